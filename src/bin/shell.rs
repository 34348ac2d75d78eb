//! Prints the served page's content for one language as JSON (`src/static_page.rs`), for the
//! build hook `scripts/externalize-boot.mjs`: `cargo run --bin shell -- nl`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let lang = std::env::args().nth(1).unwrap_or_default();
    match spoorwijzer::static_page::shell(&lang) {
        Some(shell) => print!("{}", spoorwijzer::static_page::to_json(&shell)),
        None => {
            eprintln!("usage: shell nl|en");
            std::process::exit(2);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
