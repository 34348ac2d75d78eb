//! Check a case by hand: `cargo run --bin assess -- situation.json [--today YYYY-MM-DD]
//! [--format json|ics]` (`-` reads stdin). The file is either a bare situation or a vector
//! (`{today, situation, …}`; its `today` is the day the calendar is made). Prints the assessment
//! as JSON, or the deadlines as an iCalendar file; with `--compare B.json` the differences from this
//! case to B ("Wat als?") as JSON. Exit code 2 on bad input.

use std::io::Read;

use chrono::NaiveDate;
use serde::Deserialize;
use spoorwijzer::rules::{Situation, assess};

#[derive(Deserialize)]
struct VectorLike {
    today: Option<NaiveDate>,
    situation: Situation,
}

const USAGE: &str = "assess <situation.json | -> [--today YYYY-MM-DD] [--format json|ics] [--compare other.json]";

fn fail(msg: String) -> ! {
    eprintln!("assess: {msg}");
    std::process::exit(2)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut path = None;
    let mut today = None;
    let mut format = "json".to_string();
    let mut compare = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--today" => {
                let v = it.next().unwrap_or_else(|| fail("--today needs a date".into()));
                today = Some(v.parse::<NaiveDate>().unwrap_or_else(|e| fail(format!("--today {v}: {e}"))));
            }
            "--format" => {
                format = it.next().cloned().unwrap_or_else(|| fail("--format needs json or ics".into()));
                if !matches!(format.as_str(), "json" | "ics") {
                    fail(format!("--format {format}: use json or ics"));
                }
            }
            "--compare" => compare = Some(it.next().cloned().unwrap_or_else(|| fail("--compare needs a file".into()))),
            "-h" | "--help" => {
                println!("usage: {USAGE}");
                return;
            }
            p => path = Some(p.to_string()),
        }
    }
    let path = path.unwrap_or_else(|| fail(format!("usage: {USAGE}")));
    let (situation, file_today) = read(&path);
    let today = today.or(file_today).unwrap_or_else(|| fail("no date: pass --today YYYY-MM-DD".into()));
    let a = assess(&situation, today).unwrap_or_else(|e| {
        println!("{}", serde_json::to_string_pretty(&e).unwrap_or_default());
        fail(format!("invalid situation: {e}"))
    });
    if let Some(other) = compare {
        let (s2, t2) = read(&other);
        let b = assess(&s2, t2.unwrap_or(today)).unwrap_or_else(|e| fail(format!("{other}: invalid situation: {e}")));
        println!("{}", serde_json::to_string_pretty(&spoorwijzer::rules::diff::diff(&a, &b)).unwrap_or_default());
        return;
    }
    if format == "ics" {
        print!("{}", spoorwijzer::export::calendar(&a, situation.role));
    } else {
        println!("{}", serde_json::to_string_pretty(&a).unwrap_or_default());
    }
}

/// A situation file (or `-` for stdin): a vector (with its own "today") or a bare situation.
fn read(path: &str) -> (Situation, Option<NaiveDate>) {
    let text = if path == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).unwrap_or_else(|e| fail(format!("stdin: {e}")));
        s
    } else {
        std::fs::read_to_string(path).unwrap_or_else(|e| fail(format!("{path}: {e}")))
    };
    // A vector carries its own "today"; a bare situation needs --today (the engine has no clock).
    match serde_json::from_str::<VectorLike>(&text) {
        Ok(v) => (v.situation, v.today),
        Err(_) => (serde_json::from_str::<Situation>(&text).unwrap_or_else(|e| fail(format!("{path}: {e}"))), None),
    }
}
