//! Writing JSON text byte for byte as serde_json did for a save: `to_string_pretty` of the
//! envelope struct (fields in declaration order, two-space indent) for files, and
//! `Value::to_string` (no whitespace, keys sorted, since serde_json's map is a `BTreeMap`) for the
//! stored value and the history state.

use super::Json;

/// The layout of a downloaded file: members in their own order, indented by two spaces.
pub fn to_pretty(value: &Json) -> String {
    let mut out = String::new();
    write(&mut out, value, Some(0));
    out
}

/// The layout of a stored value: no whitespace, and every object's keys in byte order.
pub fn to_compact_sorted(value: &Json) -> String {
    let mut out = String::new();
    write(&mut out, value, None);
    out
}

/// `indent`: the nesting level when pretty, `None` when compact.
fn write(out: &mut String, value: &Json, indent: Option<usize>) {
    let inner = indent.map(|level| level + 1);
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Uint(n) => push_uint(out, *n, 1),
        Json::Number(text) => out.push_str(text),
        Json::Str(s) => push_string(out, s),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                separate(out, i, inner);
                write(out, item, inner);
            }
            close(out, items.is_empty(), indent, ']');
        }
        Json::Object(members) => {
            // Sorted by insertion (stable, and objects hold a few dozen keys at most): std's
            // sort would add kilobytes to the wasm for this one use.
            let mut order: Vec<&(String, Json)> = Vec::with_capacity(members.len());
            for member in members {
                let at = match indent {
                    None => order.iter().position(|o| o.0 > member.0).unwrap_or(order.len()),
                    Some(_) => order.len(),
                };
                order.insert(at, member);
            }
            out.push('{');
            for (i, (key, item)) in order.iter().enumerate() {
                separate(out, i, inner);
                push_string(out, key);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                write(out, item, inner);
            }
            close(out, members.is_empty(), indent, '}');
        }
    }
}

fn separate(out: &mut String, index: usize, level: Option<usize>) {
    if index > 0 {
        out.push(',');
    }
    if let Some(level) = level {
        new_line(out, level);
    }
}

/// serde_json writes an empty container as `[]` or `{}`, also when pretty.
fn close(out: &mut String, empty: bool, level: Option<usize>, bracket: char) {
    if let (false, Some(level)) = (empty, level) {
        new_line(out, level);
    }
    out.push(bracket);
}

fn new_line(out: &mut String, level: usize) {
    out.push('\n');
    for _ in 0..level {
        out.push_str("  ");
    }
}

/// `n` in decimal, with leading zeros up to `width` digits (dates use this too).
pub(in crate::storage) fn push_uint(out: &mut String, n: u64, width: usize) {
    let mut digits = 1;
    let mut unit: u64 = 1;
    while n / unit >= 10 {
        unit *= 10;
        digits += 1;
    }
    for _ in digits..width {
        out.push('0');
    }
    while unit > 0 {
        out.push(char::from(b'0' + (n / unit % 10) as u8));
        unit /= 10;
    }
}

/// A string with serde_json's escapes: quote, backslash and the control characters, the
/// common ones by letter and the others as `\u00xx`; everything else as it is.
fn push_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                out.push_str("\\u00");
                for nibble in [u32::from(c) >> 4, u32::from(c) & 0xF] {
                    out.push(char::from_digit(nibble, 16).unwrap_or('0'));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
