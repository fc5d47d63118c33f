//! The text `float()` accepts, by MicroPython's rules (`mp_parse_num_float`), which are
//! looser than Python's: surrounding whitespace, a sign, `inf`/`infinity`/`nan` in any case,
//! or a decimal whose parts may all be missing (`"."`, `"e5"` and `"_"` are `0.0`), with
//! underscores anywhere; only an exponent marker at the very end is an error.

use alloc::vec::Vec;

use crate::Float;

/// The value of `s` as `float(s)` reads it, or `None` for a `ValueError`.
pub(crate) fn float_from_text(s: &[u8]) -> Option<Float> {
    let is_space = |c: &u8| crate::methods::is_space(*c);
    let start = s.iter().position(|c| !is_space(c)).unwrap_or(s.len());
    let mut s = &s[start..];
    let neg = match s.first() {
        Some(b'-') => true,
        Some(b'+') => false,
        _ => false,
    };
    if matches!(s.first(), Some(b'-' | b'+')) {
        s = &s[1..];
    }
    let (value, rest) = if starts_with_ci(s, b"inf") {
        let rest = &s[3..];
        // "infinity" only when all of it is there.
        let rest = if starts_with_ci(rest, b"inity") {
            &rest[5..]
        } else {
            rest
        };
        (Float::INFINITY, rest)
    } else if starts_with_ci(s, b"nan") {
        (Float::NAN, &s[3..])
    } else {
        decimal(s)?
    };
    if rest.len() == s.len() || !rest.iter().all(is_space) {
        // Nothing read, or something other than whitespace after the number.
        return None;
    }
    Some(if neg { -value } else { value })
}

fn starts_with_ci(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// A decimal at the start of `s` and what follows it; `None` when an exponent marker (and
/// its sign) ends the text.
fn decimal(s: &[u8]) -> Option<(Float, &[u8])> {
    // The number rewritten as the parser's strict syntax: digits, `.`, `e`, sign, digits.
    let mut text = Vec::with_capacity(s.len() + 2);
    text.push(b'0');
    let (mut frac, mut exp) = (false, false);
    let mut i = 0;
    while let Some(&c) = s.get(i) {
        i += 1;
        match c {
            b'0'..=b'9' => text.push(c),
            b'.' if !frac && !exp => {
                frac = true;
                text.push(b'.');
            }
            b'e' | b'E' if !exp => {
                exp = true;
                text.push(b'e');
                if let Some(&sign @ (b'+' | b'-')) = s.get(i) {
                    text.push(sign);
                    i += 1;
                }
                if i == s.len() {
                    return None;
                }
                text.push(b'0');
            }
            b'_' => {}
            _ => {
                i -= 1;
                break;
            }
        }
    }
    let value = crate::fmtnum::parse_float(&text)?;
    Some((value, &s[i..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn micropython_float_syntax() {
        let ok: &[(&str, Float)] = &[
            ("1.5", 1.5),
            ("  -2.5e1 ", -25.0),
            (".", 0.0),
            ("e5", 0.0),
            ("_", 0.0),
            ("1_000.5", 1000.5),
            ("1e_2", 100.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("+1E-2", 0.01),
            ("1e05", 100000.0),
            ("inf", Float::INFINITY),
            ("-Infinity", Float::NEG_INFINITY),
            ("+iNf ", Float::INFINITY),
        ];
        for &(t, want) in ok {
            assert_eq!(float_from_text(t.as_bytes()), Some(want), "{t:?}");
        }
        assert_eq!(
            float_from_text(b"-.").map(Float::is_sign_negative),
            Some(true)
        );
        assert!(float_from_text(b"nan").is_some_and(Float::is_nan));
        assert!(float_from_text(b"-NaN").is_some_and(Float::is_nan));
        for t in [
            "", " ", "-", "+", "e", "1e", "1e+", "1.e", "+e", "1..2", "1.2.3", "0x10", "1e5e",
            "infinit", "infx", "nana", "1 2", "1j", "--1", "e-",
        ] {
            assert_eq!(float_from_text(t.as_bytes()), None, "{t:?}");
        }
    }
}
