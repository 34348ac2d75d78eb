// Every public conformance vector, answered through the real wizard in Chromium as a user
// would, against the release build: the result page must show the vector's verdict, sick
// week, deadlines (as dates a person reads), overdue steps and notices. Employee and employer;
// spoor 1, spoor 2, both, not yet; a contract ending while sick; pregnancy; a late 42nd-week
// report; a recovered employee; samentelling; holidays. `VECTORS_DIR` runs another folder.
import { test } from './fixtures.mjs';
import { expectResult, journey, loadVectors } from './wizard.mjs';

for (const vector of loadVectors()) {
  test(`${vector.file}: ${vector.name}`, async ({ page }) => {
    await journey(page, vector);
    await expectResult(page, vector.expect);
  });
}
