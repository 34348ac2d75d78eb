//! Reading JSON text: strict RFC 8259, and refusing exactly what serde_json 1 (without its
//! `float_roundtrip` and `arbitrary_precision` features, as we build it) refuses when it reads a
//! `serde_json::Value`. Every step uses checked access, so no input can make it panic; recursion
//! is bounded by [`MAX_DEPTH`], and the caller bounds the length (`storage::MAX_BYTES`).

use super::Json;

/// The deepest nesting of arrays and objects accepted. serde_json counts down from 128 and
/// refuses the container that reaches 0, so 127 levels pass and 128 do not.
pub const MAX_DEPTH: usize = 127;

/// The value of a whole JSON text (surrounding whitespace allowed), or `None` if it is not JSON.
pub fn parse(text: &str) -> Option<Json> {
    let mut p = Parser { text, pos: 0, depth: 0 };
    p.skip_ws();
    let value = p.value()?;
    p.skip_ws();
    (p.pos == text.len()).then_some(value)
}

struct Parser<'a> {
    text: &'a str,
    /// Always at a byte that starts a character (every byte we step over singly is ASCII).
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.pos += 1;
        Some(b)
    }

    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        if hit {
            self.pos += 1;
        }
        hit
    }

    /// JSON's four whitespace characters only (not Unicode's).
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.pos += 1;
        }
    }

    /// The next byte as a decimal digit (0–9), if it is one.
    fn digit(&mut self) -> Option<u8> {
        let d = self.peek().filter(u8::is_ascii_digit)?;
        self.pos += 1;
        Some(d - b'0')
    }

    fn value(&mut self) -> Option<Json> {
        match self.peek()? {
            b'n' => self.word("null", Json::Null),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'"' => self.string().map(Json::Str),
            b'[' => self.nested(Self::array),
            b'{' => self.nested(Self::object),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Option<Json> {
        let end = self.pos.checked_add(word.len())?;
        if self.text.as_bytes().get(self.pos..end)? != word.as_bytes() {
            return None;
        }
        self.pos = end;
        Some(value)
    }

    fn nested(&mut self, read: fn(&mut Self) -> Option<Json>) -> Option<Json> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn array(&mut self) -> Option<Json> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.eat(b']') {
            return Some(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_ws();
            match self.bump()? {
                b',' => self.skip_ws(),
                b']' => return Some(Json::Array(items)),
                _ => return None,
            }
        }
    }

    fn object(&mut self) -> Option<Json> {
        self.pos += 1;
        let mut members = Vec::new();
        self.skip_ws();
        if self.eat(b'}') {
            return Some(Json::Object(members));
        }
        loop {
            if self.peek()? != b'"' {
                return None;
            }
            let key = self.string()?;
            self.skip_ws();
            if !self.eat(b':') {
                return None;
            }
            self.skip_ws();
            members.push((key, self.value()?));
            self.skip_ws();
            match self.bump()? {
                b',' => self.skip_ws(),
                b'}' => return Some(Json::Object(members)),
                _ => return None,
            }
        }
    }

    /// A string, from its opening quote. Raw control characters are refused; escapes are
    /// resolved, and `\u` surrogates must come as a pair (serde_json refuses lone ones).
    fn string(&mut self) -> Option<String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b >= 0x20 && b != b'"' && b != b'\\') {
                self.pos += 1;
            }
            // Both ends sit at an ASCII byte (or the end), so this slice never splits a character.
            out.push_str(self.text.get(start..self.pos)?);
            match self.bump()? {
                b'"' => return Some(out),
                b'\\' => out.push(self.escape()?),
                _ => return None,
            }
        }
    }

    fn escape(&mut self) -> Option<char> {
        Some(match self.bump()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                if (0xD800..=0xDBFF).contains(&unit) {
                    if !(self.eat(b'\\') && self.eat(b'u')) {
                        return None;
                    }
                    let low = self.hex4()?;
                    if !(0xDC00..=0xDFFF).contains(&low) {
                        return None;
                    }
                    char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))?
                } else {
                    // `None` for a lone trailing surrogate (DC00–DFFF), which is no character.
                    char::from_u32(unit)?
                }
            }
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut n = 0;
        for _ in 0..4 {
            n = n * 16 + char::from(self.bump()?).to_digit(16)?;
        }
        Some(n)
    }

    /// A number: JSON's grammar, then serde_json's range rule. serde_json keeps up to a `u64` of
    /// significant digits (`sig`) and a power of ten (`exp`), exactly as mirrored here, and
    /// refuses the number if `sig as f64 * 10^exp` is infinite. Only `Uint` needs the value.
    fn number(&mut self) -> Option<Json> {
        let start = self.pos;
        let negative = self.eat(b'-');
        let mut sig: u64 = 0;
        let mut exp: i32 = 0;
        // The integer part no longer fits: its further digits only scale the number.
        let mut full = false;
        match self.digit()? {
            0 => {
                if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                    return None;
                }
            }
            first => {
                sig = u64::from(first);
                while let Some(d) = self.digit() {
                    match sig.checked_mul(10).and_then(|s| s.checked_add(u64::from(d))) {
                        Some(s) if !full => sig = s,
                        _ => {
                            full = true;
                            exp += 1;
                        }
                    }
                }
            }
        }
        let fraction = self.eat(b'.');
        if fraction {
            // At least one digit; once one no longer fits, it and all after it are dropped.
            let mut dropping = false;
            let mut any = false;
            while let Some(d) = self.digit() {
                any = true;
                match sig.checked_mul(10).and_then(|s| s.checked_add(u64::from(d))) {
                    Some(s) if !dropping => {
                        sig = s;
                        exp -= 1;
                    }
                    _ => dropping = true,
                }
            }
            if !any {
                return None;
            }
        }
        let exponent = matches!(self.peek(), Some(b'e' | b'E'));
        if exponent {
            self.pos += 1;
            let down = self.eat(b'-');
            if !down {
                self.eat(b'+');
            }
            let mut e = i32::from(self.digit()?);
            let mut overflow = false;
            while let Some(d) = self.digit() {
                match e.checked_mul(10).and_then(|x| x.checked_add(i32::from(d))) {
                    Some(x) if !overflow => e = x,
                    _ => overflow = true,
                }
            }
            if overflow {
                // serde_json gives up on an exponent beyond i32: "out of range" if it points up
                // from a non-zero significand, else zero.
                if sig != 0 && !down {
                    return None;
                }
                exp = 0;
            } else {
                exp = if down { exp.saturating_sub(e) } else { exp.saturating_add(e) };
            }
        }
        if !fits_f64(sig, exp) {
            return None;
        }
        if !negative && !fraction && !exponent && !full {
            return Some(Json::Uint(sig));
        }
        Some(Json::Number(self.text.get(start..self.pos)?.to_string()))
    }
}

/// 10^289 to 10^308, the only powers of ten at which a `u64` significand can overflow an `f64`.
const POW10_FROM_289: [f64; 20] = [
    1e289, 1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300, 1e301, 1e302, 1e303, 1e304,
    1e305, 1e306, 1e307, 1e308,
];

/// serde_json's `f64_from_parts` without its result: false where it reports "number out of
/// range". A negative power only divides, and below 10^289 even `u64::MAX` (< 1.9e19) stays
/// below `f64::MAX` (1.8e308).
fn fits_f64(sig: u64, exp: i32) -> bool {
    if sig == 0 || exp < 289 {
        return true;
    }
    match usize::try_from(exp - 289).ok().and_then(|i| POW10_FROM_289.get(i)) {
        Some(pow) => (sig as f64 * pow).is_finite(),
        None => false,
    }
}
