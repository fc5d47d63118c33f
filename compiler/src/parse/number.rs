//! Number literals: the reference's `mp_parse_num_integer` / `mp_parse_num_float` rules for
//! which token texts are valid and the exact error messages.

use num_bigint::BigInt;
use num_traits::Zero;

/// The value of an integer literal token, or the message of the `SyntaxError`.
pub fn parse_integer(text: &[u8]) -> Result<BigInt, String> {
    let (base, skip) = base_prefix(text);
    let digits = &text[skip..];
    let mut value = BigInt::zero();
    let mut used = 0;
    for &c in digits {
        let d = match c {
            b'0'..=b'9' => (c - b'0') as u32,
            b'_' => {
                used += 1;
                continue;
            }
            _ => {
                let l = c | 0x20;
                if l.is_ascii_lowercase() {
                    (l - b'a') as u32 + 10
                } else {
                    break;
                }
            }
        };
        // Base 1 stands for "starts with 0": only zeros are allowed.
        let radix = if base == 1 { 1 } else { base };
        if d >= radix {
            break;
        }
        value = value * radix + d;
        used += 1;
    }
    if used == 0 || used != digits.len() {
        return Err(format!(
            "invalid syntax for integer with base {}: {}",
            if base == 1 { 0 } else { base },
            quoted(digits)
        ));
    }
    Ok(value)
}

/// The base and the prefix length (`mp_parse_num_base` with base 0): `0x`/`0o`/`0b` in any
/// case; base 1 for other numbers starting with `0`.
fn base_prefix(text: &[u8]) -> (u32, usize) {
    if text.len() <= 1 {
        return (10, 0);
    }
    if text[0] == b'0' {
        match text[1] | 0x20 {
            b'x' => (16, 2),
            b'o' => (8, 2),
            b'b' => (2, 2),
            _ => (1, 0),
        }
    } else {
        (10, 0)
    }
}

/// Python-style single-quoted text of an ASCII token fragment.
fn quoted(s: &[u8]) -> String {
    let q = if s.contains(&b'\'') && !s.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for &b in s {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if b as char == q => {
                out.push('\\');
                out.push(q);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(q);
    out
}

/// A float or imaginary literal's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatLit {
    /// A float.
    Float(f64),
    /// An imaginary number (`2.5j`).
    Imag(f64),
}

/// Message for every invalid float literal.
pub const INVALID_NUMBER: &str = "invalid syntax for number";

/// The value of a `FloatOrImag` token (`1.5`, `1e3`, `2j`, …), or the error message.
pub fn parse_float_literal(text: &[u8]) -> Result<FloatLit, String> {
    // Find the prefix that the reference's decimal scanner accepts.
    #[derive(PartialEq)]
    enum In {
        Intg,
        Frac,
        Exp,
    }
    let mut state = In::Intg;
    let mut mantissa_end = None;
    let mut exp_digits = String::new();
    let mut exp_sign = "";
    let mut pos = 0;
    while pos < text.len() {
        let c = text[pos];
        pos += 1;
        if c.is_ascii_digit() {
            if state == In::Exp {
                exp_digits.push(c as char);
            }
        } else if state == In::Intg && c == b'.' {
            state = In::Frac;
        } else if state != In::Exp && (c | 0x20) == b'e' {
            mantissa_end = Some(pos - 1);
            state = In::Exp;
            if pos < text.len() {
                if text[pos] == b'+' {
                    pos += 1;
                } else if text[pos] == b'-' {
                    pos += 1;
                    exp_sign = "-";
                }
            }
            if pos == text.len() {
                return Err(INVALID_NUMBER.into());
            }
        } else if c == b'_' {
            continue;
        } else {
            pos -= 1;
            break;
        }
    }
    let mantissa_end = mantissa_end.unwrap_or(pos);
    let mut imag = false;
    if pos < text.len() && (text[pos] | 0x20) == b'j' {
        imag = true;
        pos += 1;
    }
    if pos != text.len() {
        return Err(INVALID_NUMBER.into());
    }
    let mut normal: String = text[..mantissa_end]
        .iter()
        .filter(|&&c| c != b'_')
        .map(|&c| c as char)
        .collect();
    if !exp_digits.is_empty() {
        normal.push('e');
        normal.push_str(exp_sign);
        normal.push_str(&exp_digits);
    }
    let value = crate::float::parse_float(&normal).ok_or_else(|| INVALID_NUMBER.to_string())?;
    Ok(if imag {
        FloatLit::Imag(value)
    } else {
        FloatLit::Float(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers() {
        assert_eq!(parse_integer(b"123"), Ok(BigInt::from(123)));
        assert_eq!(parse_integer(b"0x1F"), Ok(BigInt::from(31)));
        assert_eq!(parse_integer(b"0B101"), Ok(BigInt::from(5)));
        assert_eq!(parse_integer(b"000"), Ok(BigInt::from(0)));
        assert_eq!(
            parse_integer(b"0777").unwrap_err(),
            "invalid syntax for integer with base 0: '0777'"
        );
        assert_eq!(
            parse_integer(b"0x").unwrap_err(),
            "invalid syntax for integer with base 16: ''"
        );
        assert_eq!(
            parse_integer(b"12abc").unwrap_err(),
            "invalid syntax for integer with base 10: '12abc'"
        );
        assert_eq!(
            parse_integer(b"0b12").unwrap_err(),
            "invalid syntax for integer with base 2: '12'"
        );
    }

    #[test]
    fn floats() {
        assert_eq!(parse_float_literal(b"1.5"), Ok(FloatLit::Float(1.5)));
        assert_eq!(parse_float_literal(b".5e1"), Ok(FloatLit::Float(5.0)));
        assert_eq!(parse_float_literal(b"2j"), Ok(FloatLit::Imag(2.0)));
        assert_eq!(parse_float_literal(b"1ej"), Ok(FloatLit::Imag(1.0)));
        assert!(parse_float_literal(b"1e").is_err());
        assert!(parse_float_literal(b"1.2.3").is_err());
        assert!(parse_float_literal(b"1.real").is_err());
    }
}
