//! Number formatting the way MicroPython prints: floats in `%g` style with 16 significant
//! digits when that reads back exactly, 17 otherwise; `%`-style and `format()` helpers.

use alloc::string::String;

pub use crate::mathf::{fabs, floor};
use alloc::vec::Vec;
use core::fmt::Write;

/// The decimal digits of `x` (finite, positive) rounded to `n >= 1` significant digits,
/// ties away from zero as MicroPython's formatter does, and the power of ten of the first
/// digit: `x ≈ d0.d1d2… × 10^exp`.
fn sig_digits(x: f64, n: usize) -> (Vec<u8>, i32) {
    if n > 16 {
        // Past 16 digits MicroPython uses the shortest digits that read back exactly
        // (16 or 17) and pads with zeros.
        for k in [16, 17] {
            let (d, e) = sig_digits_exact(x, k);
            let mut t = String::new();
            for &c in &d {
                t.push(c as char);
            }
            let _ = write!(t, "e{}", i64::from(e) - (k as i64 - 1));
            if k == 17 || t.parse::<f64>().ok() == Some(x) {
                let mut d = d;
                d.resize(n, b'0');
                return (d, e);
            }
        }
    }
    sig_digits_exact(x, n)
}

fn sig_digits_exact(x: f64, n: usize) -> (Vec<u8>, i32) {
    let mut s = String::new();
    let _ = write!(s, "{:.60e}", x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let mut exp: i32 = exp.parse().unwrap_or(0);
    let all: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    let n = n.min(all.len() - 1);
    let mut d: Vec<u8> = all[..n].to_vec();
    if all[n] >= b'5' {
        let mut i = n;
        loop {
            if i == 0 {
                d.insert(0, b'1');
                d.pop();
                exp += 1;
                break;
            }
            i -= 1;
            if d[i] == b'9' {
                d[i] = b'0';
            } else {
                d[i] += 1;
                break;
            }
        }
    }
    (d, exp)
}

/// Lays out digits `d` (first digit at 10^exp) with exactly `p` decimals (padding with zeros).
fn layout_fixed(d: &[u8], exp: i32, p: usize, out: &mut String) {
    let digit = |i: i64| -> char {
        if i >= 0 && (i as usize) < d.len() {
            d[i as usize] as char
        } else {
            '0'
        }
    };
    if exp < 0 {
        out.push('0');
    } else {
        for i in 0..=i64::from(exp) {
            out.push(digit(i));
        }
    }
    if p > 0 {
        out.push('.');
        for k in 1..=p as i64 {
            out.push(digit(i64::from(exp) + k));
        }
    }
}

fn layout_exp(d: &[u8], exp: i32, decimals: usize, out: &mut String) {
    out.push(d[0] as char);
    if decimals > 0 {
        out.push('.');
        for i in 1..=decimals {
            out.push(*d.get(i).unwrap_or(&b'0') as char);
        }
    }
    let _ = write!(
        out,
        "e{}{:02}",
        if exp < 0 { '-' } else { '+' },
        exp.unsigned_abs()
    );
}

fn strip_zeros(s: &mut String) {
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
}

/// `repr(float)`: 16 significant digits, or 17 when 16 do not read back exactly.
pub fn float_repr(x: f64) -> String {
    if !x.is_finite() {
        return special(x);
    }
    let mut s = format_g_limit(x, 16, false, 16);
    if s.parse::<f64>().ok() != Some(x) {
        s = format_g_limit(x, 17, false, 16);
    }
    if !s.contains(['.', 'e', 'n', 'i']) {
        s.push_str(".0");
    }
    s
}

/// `%g` with `prec` significant digits; `alt` keeps trailing zeros (`%#g`).
pub fn format_g(x: f64, prec: usize, alt: bool) -> String {
    format_g_limit(x, prec, alt, prec.max(1) as i32)
}

fn format_g_limit(x: f64, prec: usize, alt: bool, exp_limit: i32) -> String {
    if !x.is_finite() {
        return special(x);
    }
    let prec = prec.max(1);
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    let ax = fabs(x);
    if ax == 0.0 {
        out.push('0');
        if alt && prec > 1 {
            out.push('.');
            out.extend(core::iter::repeat_n('0', prec - 1));
        }
        return out;
    }
    let (d, e) = sig_digits(ax, prec);
    let mut body = String::new();
    if e < -4 || e >= exp_limit {
        let mut m = d.clone();
        if !alt {
            while m.len() > 1 && m.last() == Some(&b'0') {
                m.pop();
            }
        }
        layout_exp(&m, e, m.len() - 1, &mut body);
    } else {
        let decimals = (prec as i32 - 1 - e).max(0) as usize;
        layout_fixed(&d, e, decimals, &mut body);
        if !alt {
            strip_zeros(&mut body);
        }
    }
    out.push_str(&body);
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
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    let ax = fabs(x);
    if ax == 0.0 {
        layout_fixed(b"0", 0, prec, &mut out);
        return out;
    }
    let mut s = String::new();
    let _ = write!(s, "{:.60e}", ax);
    let e0: i64 = s
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    let first = s.as_bytes()[0];
    if e0 > 0 && e0 + prec as i64 + 2 > 33 {
        // Too wide for MicroPython's buffer: it switches to %g with one more digit.
        out.push_str(&format_g(ax, prec + 1, false));
        return out;
    }
    let n = e0 + 1 + prec as i64;
    if n <= 0 {
        // Only the last decimal can become 1 (when the value is at least half of it).
        let digits = if n == 0 && first >= b'5' {
            [b'1']
        } else {
            [b'0']
        };
        layout_fixed(&digits, -(prec as i32), prec, &mut out);
        return out;
    }
    let (d, e) = sig_digits(ax, n as usize);
    layout_fixed(&d, e, prec, &mut out);
    out
}

/// `%.{prec}e`.
pub fn format_e(x: f64, prec: usize) -> String {
    if !x.is_finite() {
        return special(x);
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    let ax = fabs(x);
    if ax == 0.0 {
        layout_exp(b"0", 0, prec, &mut out);
        return out;
    }
    let (d, e) = sig_digits(ax, prec + 1);
    layout_exp(&d, e, prec, &mut out);
    out
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
        assert_eq!(float_repr(12345678901234567.0), "1.2345678901234568e+16");
        assert_eq!(format_f(2.5, 0), "3");
        assert_eq!(format_f(0.125, 2), "0.13");
        assert_eq!(format_f(1.005, 2), "1.00");
        assert_eq!(format_f(0.0001, 2), "0.00");
        assert_eq!(format_f(0.005, 2), "0.01");
        assert_eq!(format_e(0.0625, 1), "6.3e-02");
        assert_eq!(format_g(100.5, 3, false), "101");
    }
}
