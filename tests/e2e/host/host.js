// The host page keeps every message it receives, so the tests can check that Spoorwijzer's frame
// sends nothing but its height.
window.__berichten = [];
window.addEventListener('message', (e) => {
  let data;
  try { data = JSON.parse(JSON.stringify(e.data)); } catch { data = String(e.data); }
  window.__berichten.push({ origin: e.origin, data });
});
