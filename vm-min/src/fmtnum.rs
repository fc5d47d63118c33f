//! Number formatting the way MicroPython prints: floats in `%g` style with 16 significant
//! digits when that reads back exactly, 17 otherwise; `%`-style and `format()` helpers.

use alloc::string::String;

pub use crate::mathf::{fabs, floor};
use alloc::vec::Vec;
use core::fmt::Write;

/// Decimal digits and exponent of `x` (finite, positive) rounded to `prec` significant digits:
/// `x ≈ 0.d1d2… × 10^exp`, returned as (digits, exp) with the first digit non-zero.
fn digits(x: f64, prec: usize) -> (Vec<u8>, i32) {
    let mut s = String::new();
    let _ = write!(s, "{:.*e}", prec.saturating_sub(1), x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    (d, exp + 1)
}

/// `repr(float)`.
pub fn float_repr(x: f64) -> String {
    let mut s = String::new();
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let mut prec = 16;
    let text = loop {
        let t = format_g(x, prec, false);
        if prec >= 17 || t.parse::<f64>().ok() == Some(x) {
            break t;
        }
        prec += 1;
    };
    s.push_str(&text);
    if !s.contains(['.', 'e', 'n', 'i']) {
        s.push_str(".0");
    }
    s
}

/// `%g` with `prec` significant digits; `alt` keeps trailing zeros (`%#g`).
pub fn format_g(x: f64, prec: usize, alt: bool) -> String {
    if !x.is_finite() {
        return special(x);
    }
    let prec = prec.max(1);
    let neg = x.is_sign_negative();
    let ax = crate::fmtnum::fabs(x);
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if ax == 0.0 {
        out.push('0');
        if alt && prec > 1 {
            out.push('.');
            for _ in 1..prec {
                out.push('0');
            }
        }
        return out;
    }
    let (d, exp) = digits(ax, prec);
    let e = exp - 1;
    if e < -4 || e >= prec as i32 {
        let mut m: Vec<u8> = d.clone();
        if !alt {
            while m.len() > 1 && m.last() == Some(&b'0') {
                m.pop();
            }
        }
        out.push(m[0] as char);
        if m.len() > 1 {
            out.push('.');
            m[1..].iter().for_each(|&c| out.push(c as char));
        }
        let _ = write!(
            out,
            "e{}{:02}",
            if e < 0 { "-" } else { "+" },
            e.unsigned_abs()
        );
    } else {
        let mut s: Vec<u8> = Vec::new();
        if e < 0 {
            s.extend_from_slice(b"0.");
            s.extend(core::iter::repeat_n(b'0', (-e - 1) as usize));
            s.extend_from_slice(&d);
        } else {
            let int_len = (e + 1) as usize;
            for i in 0..int_len {
                s.push(*d.get(i).unwrap_or(&b'0'));
            }
            if d.len() > int_len {
                s.push(b'.');
                s.extend_from_slice(&d[int_len..]);
            }
        }
        if !alt && s.contains(&b'.') {
            while s.last() == Some(&b'0') {
                s.pop();
            }
            if s.last() == Some(&b'.') {
                s.pop();
            }
        }
        s.iter().for_each(|&c| out.push(c as char));
    }
    out
}

fn special(x: f64) -> String {
    if x.is_nan() {
        "nan".into()
    } else if x < 0.0 {
        "-inf".into()
    } else {
        "inf".into()
    }
}

/// `%.{prec}f`.
pub fn format_f(x: f64, prec: usize) -> String {
    if !x.is_finite() {
        return special(x);
    }
    let mut s = String::new();
    let _ = write!(s, "{:.*}", prec, x);
    s
}

/// `%.{prec}e`.
pub fn format_e(x: f64, prec: usize) -> String {
    if !x.is_finite() {
        return special(x);
    }
    let mut s = String::new();
    let _ = write!(s, "{:.*e}", prec, x);
    // Rust writes `1.5e3`; Python wants `1.5e+03`.
    if let Some((m, e)) = s.clone().split_once('e') {
        let ev: i32 = e.parse().unwrap_or(0);
        s.clear();
        let _ = write!(s, "{m}e{}{:02}", if ev < 0 { '-' } else { '+' }, ev.abs());
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn reprs() {
        assert_eq!(float_repr(1.0 / 3.0), "0.3333333333333333");
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(2.5e-5), "2.5e-05");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(100.0), "100.0");
        assert_eq!(format_g(0.0001, 6, false), "0.0001");
    }
}
