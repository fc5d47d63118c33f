//! MicroPython's float parsing and printing, reproduced bit for bit.
//!
//! A float constant reaches the `.mpy` file as text (tag `0x08`, and the imaginary part of a
//! complex constant, tag `0x09`), so frost must produce the exact text mpy-cross 1.29 writes.
//! That text is not CPython's shortest repr: MicroPython tries 16 significant digits, then 17,
//! 18 and 19, and stops at the first that its *own* parser reads back to the same `f64`. Both
//! the parser (`py/parsenum.c`) and the digit generation (`py/formatfloat.c`, EXACT variant)
//! compute in the build host's `long double`, which on x86-64 Linux is the x87 80-bit format,
//! so [`ext`] emulates it. The layout is `%g`-like: plain digits for decimal exponents
//! `-4..16`, otherwise `d.ddde±XX`.
//!
//! The spec is `spec/mpy-format.md` §5 ("Float text"), and `spec/ref/mp_float_ref.py` is the
//! executable model the test vectors were checked against.
//!
//! Consumed by the parser (literals and constant folding) and the constant-table writer.

mod ext;

use ext::{Ext, decimal_exp};

/// Parses a float literal (decimal digits, '.', exponent; also "inf"/"nan" forms as the lexer passes them; no 'j' suffix) exactly as MicroPython's parser does on a 64-bit Linux host (long double accumulation), returning None if it is not a valid literal.
///
/// The accepted syntax is that of MicroPython's `float()` on a string: optional surrounding
/// ASCII whitespace, an optional sign, then `inf`, `infinity` or `nan` (any case) or a decimal
/// number in which `_` is ignored. Like MicroPython, this is lenient about forms the lexer never
/// produces (`"."` and `"e5"` read as `0.0`), and rejects an exponent marker with no digits
/// after it (`"1e"`, `"1e+"`).
pub fn parse_float(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut pos = skip_space(bytes, 0);
    let mut negative = false;
    match bytes.get(pos) {
        Some(b'+') => pos += 1,
        Some(b'-') => {
            negative = true;
            pos += 1;
        }
        _ => {}
    }
    let start = pos;
    let (value, end) = if has_word(bytes, pos, b"inf") {
        let after = pos + 3;
        if has_word(bytes, after, b"inity") {
            (f64::INFINITY, after + 5)
        } else {
            (f64::INFINITY, after)
        }
    } else if has_word(bytes, pos, b"nan") {
        (f64::NAN, pos + 3)
    } else {
        parse_decimal(&bytes[pos..]).map(|(v, used)| (v, pos + used))?
    };
    if end == start {
        return None;
    }
    if skip_space(bytes, end) != bytes.len() {
        return None;
    }
    Some(if negative { -value } else { value })
}

/// Whether `word` (lower case ASCII) starts at `pos`, compared case-insensitively.
fn has_word(bytes: &[u8], pos: usize, word: &[u8]) -> bool {
    bytes.len() >= pos + word.len()
        && bytes[pos..pos + word.len()]
            .iter()
            .zip(word)
            .all(|(b, w)| b | 0x20 == *w)
}

/// Skips the bytes MicroPython's `unichar_isspace` accepts: `\t\n\v\f\r` and space.
fn skip_space(bytes: &[u8], mut pos: usize) -> usize {
    while matches!(bytes.get(pos), Some(b'\t'..=b'\r' | b' ')) {
        pos += 1;
    }
    pos
}

/// Largest accumulated mantissa that can take one more decimal digit without leaving `u64`.
const MANTISSA_MAX: u64 = 0x1999_9999_9999_9998;

/// Exponent digits stop accumulating once the value reaches this (the result is `inf` or `0.0`
/// by then anyway), mirroring the reference's `int` overflow guard.
const EXP_DIGITS_LIMIT: i64 = ((i32::MAX as i64) / 2 - 9) / 10;

/// Where a digit of the decimal number was found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Integer,
    Fraction,
    Exponent,
}

/// An unsigned decimal number's mantissa as MicroPython accumulates it: at most about 19
/// digits in a `u64`, later digits dropped (not rounded), zeros deferred until a nonzero digit
/// shows they are significant.
struct Mantissa {
    value: u64,
    /// Power of ten the accumulated digits still need to be scaled by.
    exp_extra: i64,
}

impl Mantissa {
    fn accept(&mut self, digit: u64, part: Part) {
        if self.value < MANTISSA_MAX {
            self.value = 10 * self.value + digit;
            if part == Part::Fraction {
                self.exp_extra -= 1;
            }
        } else if part == Part::Integer {
            // No room for the digit; it still counts towards the magnitude.
            self.exp_extra += 1;
        }
    }
}

/// MicroPython's unsigned decimal parser (`mp_parse_float_internal`): returns the value and
/// the number of bytes consumed (it stops at the first byte it does not understand), or `None`
/// if an exponent marker is not followed by anything.
fn parse_decimal(bytes: &[u8]) -> Option<(f64, usize)> {
    let mut part = Part::Integer;
    let mut mant = Mantissa {
        value: 0,
        exp_extra: 0,
    };
    let mut exp_neg = false;
    let mut exp_val: i64 = 0;
    let mut zeros_int: i64 = 0;
    let mut zeros_frac: i64 = 0;
    let mut pos = 0;
    while let Some(&c) = bytes.get(pos) {
        pos += 1;
        match c {
            b'0'..=b'9' => {
                let digit = u64::from(c - b'0');
                if part == Part::Exponent {
                    if exp_val < EXP_DIGITS_LIMIT {
                        exp_val = 10 * exp_val + digit as i64;
                    }
                } else if digit == 0 || mant.value >= MANTISSA_MAX {
                    // Zeros only matter if a nonzero digit follows; a full mantissa treats
                    // every further digit as a zero.
                    if part == Part::Integer {
                        zeros_int += 1;
                    } else {
                        zeros_frac += 1;
                    }
                } else {
                    while zeros_int > 0 {
                        mant.accept(0, Part::Integer);
                        zeros_int -= 1;
                    }
                    while zeros_frac > 0 {
                        mant.accept(0, Part::Fraction);
                        zeros_frac -= 1;
                    }
                    mant.accept(digit, part);
                }
            }
            b'.' if part == Part::Integer => part = Part::Fraction,
            b'e' | b'E' if part != Part::Exponent => {
                part = Part::Exponent;
                match bytes.get(pos) {
                    Some(b'+') => pos += 1,
                    Some(b'-') => {
                        exp_neg = true;
                        pos += 1;
                    }
                    _ => {}
                }
                if pos == bytes.len() {
                    return None;
                }
            }
            b'_' => {}
            _ => {
                pos -= 1;
                break;
            }
        }
    }
    if exp_neg {
        exp_val = -exp_val;
    }
    // Deferred integer zeros scale the value; deferred fraction zeros are simply dropped.
    let dec_exp = exp_val + mant.exp_extra + zeros_int;
    let value = decimal_exp(Ext::from_u64(mant.value), dec_exp).to_f64();
    Some((value, pos))
}

/// The text mpy-cross writes for a float constant (tag 0x08): repr with 16/17/18/19 significant digits chosen by MicroPython's round-trip rule, 'g' layout, ".0" appended when needed; "inf", "-inf", "nan", "-0.0".
pub fn float_repr(x: f64) -> String {
    let mut out = repr(x);
    if !out.bytes().any(|b| matches!(b, b'.' | b'e' | b'n')) {
        out.push_str(".0");
    }
    out
}

/// The text of a complex constant's imaginary part (tag 0x09): the same digits, with 'j' appended and no ".0" added (e.g. "2j", "0.5j", "infj", "1.5e-07j").
pub fn imag_repr(x: f64) -> String {
    let mut out = repr(x);
    out.push('j');
    out
}

/// Significant digits tried first; MicroPython calls this its "safe" digit count.
const FIRST_DIGITS: u32 = 16;
/// Most significant digits ever printed; this last attempt is not checked.
///
/// In practice 17 digits always read back: a 17-digit decimal is within a few 1e-18 (relative)
/// of `x`, far closer than the half-ulp (>= 1.1e-16) where the parser could pick another
/// double, and no case needing 18 or 19 digits turned up among 2e8 random doubles. The
/// longer attempts are kept because they cost nothing and mirror the reference.
const MAX_DIGITS: u32 = 19;
/// Decimal exponents from here on are written with an exponent rather than as zeros.
const MAX_EXP_ZEROS: i32 = 16;

/// `mp_format_float(x, 'g', MP_FLOAT_REPR_PREC)`, without the `.0` that `float` repr adds.
fn repr(x: f64) -> String {
    if x.is_nan() {
        // MicroPython drops the sign of a NaN.
        return "nan".into();
    }
    let mut out = String::with_capacity(24);
    if x.is_sign_negative() {
        out.push('-');
    }
    let x = x.abs();
    if x.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let e = decimal_exponent(x);
    let body_start = out.len();
    let value = Ext::from_f64(x);
    let mut digits = FIRST_DIGITS;
    loop {
        out.truncate(body_start);
        let dec_exp = if x == 0.0 {
            0
        } else {
            i64::from(digits) - i64::from(e) - 1
        };
        // The decimal mantissa is rounded half-up in a way that is really "round the sum to
        // 64 bits, then truncate", which is why 0.5 is added in extended precision.
        let mantissa = decimal_exp(value, dec_exp).add(Ext::HALF).to_u64_trunc();
        render(&mut out, mantissa, digits, e);
        if digits == MAX_DIGITS
            || parse_decimal(&out.as_bytes()[body_start..]).map(|(v, _)| v) == Some(x)
        {
            return out;
        }
        digits += 1;
    }
}

/// The decimal exponent MicroPython assigns to a positive finite `x`: an estimate from the
/// binary exponent, corrected by comparing against powers of ten that are computed in extended
/// precision and then rounded to `f64` (so it can differ from `floor(log10(x))` right at a
/// power of ten).
fn decimal_exponent(x: f64) -> i32 {
    if x == 0.0 {
        return 0;
    }
    // The raw exponent field minus the bias: subnormals count as -1023. The product is an
    // `f64` product truncated toward zero, as in C; MicroPython's 16-digit constant for
    // log10(2) is the same `f64` as `LOG10_2`.
    let binary = ((x.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut e = (f64::from(binary) * core::f64::consts::LOG10_2) as i32;
    let at_least_one = x >= 1.0;
    let bound = |e: i32| decimal_exp(Ext::ONE, i64::from(e + i32::from(at_least_one))).to_f64();
    // The bound reaches inf (or 0.0) within a few hundred steps, which ends the loop; the
    // step limit only guards against a logic error.
    for _ in 0..1000 {
        if (x >= bound(e)) != at_least_one {
            break;
        }
        e += if at_least_one { 1 } else { -1 };
    }
    e
}

/// Writes a decimal mantissa of `digits` significant digits with decimal exponent `e` in
/// MicroPython's `g` layout for repr (`mp_format_mantissa`), trailing zeros removed.
fn render(out: &mut String, mut mantissa: u64, mut digits: u32, mut e: i32) {
    // The digits beyond `digits` that MicroPython pads with zeros up to its 19-digit maximum.
    let mut trailing = (MAX_DIGITS - digits) as i32;
    // Where the decimal point goes: after digit index `point`. `None` means the text already
    // has its point in a "0.000" prefix.
    let mut point = Some(0i32);
    let cap = 10u64.pow(digits);
    if mantissa >= cap {
        // Rounding up produced one digit too many (e.g. 9.99… became 10.0…).
        mantissa /= 10;
        e += 1;
    }
    if e > 0 && e < MAX_EXP_ZEROS {
        // Small positive exponent: move the point instead, padding with zeros if it falls
        // beyond the digits.
        let p = e;
        if p >= digits as i32 {
            trailing = p - (digits as i32 - 1);
        }
        point = Some(p);
        e = 0;
    } else if (-4..0).contains(&e) {
        // Small negative exponent: "0.", zeros, then the digits. MicroPython first removes
        // trailing zero digits of the mantissa, one per step the exponent is below zero,
        // which decides how many leading zeros it writes.
        let mut removed = 0;
        while e < 0 && mantissa % 10 == 0 {
            mantissa /= 10;
            removed += 1;
            e += 1;
        }
        digits -= removed;
        out.push_str("0.");
        for _ in 0..(removed as i32 - e - 1) {
            out.push('0');
        }
        point = None;
        e = 0;
    }

    // The lowest `digits` decimal digits of the mantissa, zero-padded on the left.
    let mut buf = [b'0'; MAX_DIGITS as usize];
    let n = digits as usize;
    for slot in buf[..n].iter_mut().rev() {
        *slot = b'0' + (mantissa % 10) as u8;
        mantissa /= 10;
    }
    let mut has_point = point.is_none();
    for (i, &d) in buf[..n].iter().enumerate() {
        out.push(char::from(d));
        if point.is_some_and(|p| p as usize == i && p + 1 < digits as i32) {
            out.push('.');
            has_point = true;
        }
    }
    if trailing > 0 {
        // Pad with zeros; a point falling among them is written too.
        if let Some(p) = point {
            let mut until_point = p - (digits as i32 - 1);
            for _ in 0..trailing {
                if until_point == 0 {
                    out.push('.');
                    has_point = true;
                }
                until_point -= 1;
                out.push('0');
            }
        } else {
            for _ in 0..trailing {
                out.push('0');
            }
        }
    }
    if has_point {
        while out.ends_with('0') {
            out.pop();
        }
        if out.ends_with('.') {
            out.pop();
        }
    }
    if e != 0 {
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        let e = e.unsigned_abs();
        if e >= 100 {
            out.push(char::from(b'0' + (e / 100 % 10) as u8));
        }
        out.push(char::from(b'0' + (e / 10 % 10) as u8));
        out.push(char::from(b'0' + (e % 10) as u8));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_examples() {
        for (lit, text) in [
            ("0.1", "0.1"),
            ("1.0", "1.0"),
            ("100.0", "100.0"),
            ("1e15", "1000000000000000.0"),
            ("1e16", "1e+16"),
            ("1e-5", "1e-05"),
            ("0.0001", "0.0001"),
            ("1e22", "1e+22"),
            ("123456789012345678.0", "1.2345678901234568e+17"),
            ("5e-324", "4.940656458412465e-324"),
            ("1223383794756801.25", "1223383794756801.3"),
            ("1e29", "1e+29"),
            ("1e309", "inf"),
            ("1e-400", "0.0"),
        ] {
            let v = parse_float(lit).unwrap();
            assert_eq!(float_repr(v), text, "{lit}");
        }
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(-f64::NAN), "nan");
        assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(imag_repr(2.0), "2j");
        assert_eq!(imag_repr(0.5), "0.5j");
        assert_eq!(imag_repr(f64::INFINITY), "infj");
        assert_eq!(imag_repr(1.5e-7), "1.5e-07j");
    }

    #[test]
    fn accepted_syntax() {
        assert_eq!(parse_float("1_000.5"), Some(1000.5));
        assert_eq!(parse_float(" -2.5\n"), Some(-2.5));
        assert_eq!(parse_float("inf"), Some(f64::INFINITY));
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert!(parse_float("nan").is_some_and(f64::is_nan));
        assert_eq!(parse_float("."), Some(0.0));
        assert_eq!(parse_float("1e"), None);
        assert_eq!(parse_float("1e+"), None);
        assert_eq!(parse_float("1j"), None);
        assert_eq!(parse_float(""), None);
        assert_eq!(parse_float("-"), None);
        assert_eq!(parse_float("1.5x"), None);
        assert_eq!(parse_float("infinit"), None);
    }
}
