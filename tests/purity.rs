//! The rules core must stay pure: no web dependency, no clock, no I/O, no panics by design.
//! This scans the source so that a stray `use leptos` or `Local::now()` fails the build's tests.

use std::path::Path;

fn scan(dir: &Path, forbidden: &[&str], hits: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            scan(&path, forbidden, hits);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            // Everything from a `#[cfg(test)]` module on is test code, which may unwrap.
            for (n, line) in text.lines().enumerate().take_while(|(_, l)| !l.contains("#[cfg(test)]")) {
                let code = line.split("//").next().unwrap_or("");
                for f in forbidden {
                    if code.contains(f) {
                        hits.push(format!("{}:{}: {f}", path.display(), n + 1));
                    }
                }
            }
        }
    }
}

#[test]
fn pure_modules_have_no_web_clock_or_io() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let forbidden = [
        "leptos::", "web_sys", "wasm_bindgen", "js_sys", "gloo_storage", "gloo::", "Utc::now", "Local::now", "SystemTime", "Instant::now",
        "std::fs", "std::net", "std::env", ".unwrap()", ".expect(", "panic!(", "unreachable!(", "todo!(",
    ];
    let mut hits = Vec::new();
    for dir in ["rules", "wizard", "storage", "content"] {
        let p = root.join(dir);
        if p.is_dir() {
            scan(&p, &forbidden, &mut hits);
        }
    }
    // `panic!` in a const fn evaluated at compile time (regime::date) cannot fire at run time.
    hits.retain(|h| !(h.contains("regime.rs") && h.ends_with("panic!(")));
    // Test modules may unwrap.
    hits.retain(|h| !h.contains("/tests") && !h.contains("_test"));
    assert!(hits.is_empty(), "impure or panicking code in the pure core:\n{}", hits.join("\n"));
}
