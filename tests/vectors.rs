//! Conformance: every vector in `../shared/domain/vectors` (or `$VECTORS_DIR`), then our own
//! boundary vectors in `tests/vectors/`.

mod common;

use std::path::PathBuf;

fn run(dir: PathBuf) {
    assert!(dir.is_dir(), "vector directory {} does not exist (set VECTORS_DIR)", dir.display());
    let (total, failures) = common::run_dir(&dir);
    assert!(total > 0, "no *.json vectors in {}", dir.display());
    println!("{} vectors in {}: {} passed, {} failed", total, dir.display(), total - failures.len(), failures.len());
    assert!(failures.is_empty(), "{} of {total} vectors failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn shared_conformance_vectors() {
    run(common::shared_dir());
}

#[test]
fn own_boundary_vectors() {
    run(common::own_dir());
}
