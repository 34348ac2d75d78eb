// The binary Trunk builds for the browser. Natively there is nothing to run: the engine has
// its own command-line front end (`cargo run --bin assess`).
#[cfg(target_arch = "wasm32")]
fn main() {
    spoorwijzer::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Spoorwijzer is a web app: serve it with `bash scripts/serve.sh` (see README.md).");
    eprintln!("For the rules engine on the command line: cargo run --bin assess -- situation.json");
}
