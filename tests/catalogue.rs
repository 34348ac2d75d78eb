//! The two languages hold the same catalogue: every file of `src/content/nl/` has its English
//! twin in `src/content/en/` with the same public items and signatures, and no more. (The English
//! build, `--features en`, refuses to compile when a text the UI uses is missing; this test
//! also catches a text that only one language has, and it runs with a plain `cargo test`.)
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, base: &Path, out: &mut BTreeSet<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, base, out);
        } else if path.extension().is_some_and(|e| e == "rs") && path.file_name().is_some_and(|n| n != "tests.rs") {
            out.insert(path.strip_prefix(base).unwrap().to_path_buf());
        }
    }
}

/// The public items of a file, as their signatures with whitespace normalised: `pub fn`
/// up to the body, `pub const`/`static` up to the value, `pub use` and `pub mod` as written.
fn public_items(text: &str) -> BTreeSet<String> {
    let code: Vec<&str> = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
    let flat = code.join("\n").split_whitespace().collect::<Vec<_>>().join(" ");
    let mut items = BTreeSet::new();
    for (i, _) in flat.match_indices("pub ") {
        // Only items at the start of a statement, not `pub` fields inside a struct.
        let before = flat[..i].trim_end();
        if !(before.is_empty() || before.ends_with('}') || before.ends_with(';') || before.ends_with(']')) {
            continue;
        }
        let rest = &flat[i..];
        let end = if rest.starts_with("pub fn") {
            rest.find(" {").or_else(|| rest.find(';'))
        } else if rest.starts_with("pub const") || rest.starts_with("pub static") {
            rest.find(" =")
        } else {
            rest.find(';')
        };
        items.insert(rest[..end.unwrap_or(rest.len())].to_string());
    }
    items
}

#[test]
fn both_languages_have_the_same_files_and_public_items() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
    let (nl_dir, en_dir) = (root.join("nl"), root.join("en"));
    let (mut nl, mut en) = (BTreeSet::new(), BTreeSet::new());
    rust_files(&nl_dir, &nl_dir, &mut nl);
    rust_files(&en_dir, &en_dir, &mut en);
    assert_eq!(nl, en, "the files of src/content/nl and src/content/en differ");
    let mut checked = 0;
    for file in &nl {
        let a = public_items(&fs::read_to_string(nl_dir.join(file)).unwrap());
        let b = public_items(&fs::read_to_string(en_dir.join(file)).unwrap());
        let only_nl: Vec<_> = a.difference(&b).collect();
        let only_en: Vec<_> = b.difference(&a).collect();
        assert!(only_nl.is_empty() && only_en.is_empty(), "{}: only in nl: {only_nl:#?}\nonly in en: {only_en:#?}", file.display());
        checked += a.len();
    }
    // The parse found the catalogue (it is a few hundred items), not nothing.
    assert!(checked > 200, "only {checked} public items found");
}

#[test]
fn the_item_parser_sees_a_missing_text() {
    let nl = public_items("pub const A: &str = \"a\";\npub fn b(x: u8) -> &'static str { \"b\" }\npub struct S { pub f: u8 }");
    let en = public_items("pub const A: &str = \"a\";\npub struct S { pub f: u8 }");
    assert_eq!(nl.difference(&en).collect::<Vec<_>>(), vec!["pub fn b(x: u8) -> &'static str"]);
}
