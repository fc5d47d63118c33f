//! Number formatting the way MicroPython prints: floats in `%g` style with 16 significant
//! digits when that reads back exactly, 17 otherwise; `%`-style and `format()` helpers.

use alloc::string::String;

use crate::bigint::BigInt;
pub use crate::mathf::{fabs, floor};
use alloc::vec::Vec;
use core::cmp::Ordering;

/// The decimal digits of `x` (finite, positive) rounded to `n >= 1` significant digits,
/// ties away from zero as MicroPython's formatter does, and the power of ten of the first
/// digit: `x ≈ d0.d1d2… × 10^exp`.
fn sig_digits(x: f64, n: usize) -> (Vec<u8>, i32) {
    if n > 16 {
        // Past 16 digits MicroPython uses the shortest digits that read back exactly
        // (16 or 17) and pads with zeros.
        for k in [16, 17] {
            let (d, e) = sig_digits_exact(x, k);
            if k == 17 || decimal_to_f64(&d, i64::from(e) - (k as i64 - 1)) == x {
                let mut d = d;
                d.resize(n, b'0');
                return (d, e);
            }
        }
    }
    sig_digits_exact(x, n)
}

fn sig_digits_exact(x: f64, n: usize) -> (Vec<u8>, i32) {
    let (all, mut exp) = digits61(x);
    // MicroPython finds the exponent by comparing with powers of ten rounded to doubles, so
    // the double nearest 10^k counts as 10^k even when it lies below it: `1e23` prints as
    // `1e+23`, not `9.999999999999999e+22`.
    if all[..15].iter().all(|&c| c == b'9') && decimal_to_f64(b"1", i64::from(exp) + 1) == x {
        let mut d = alloc::vec![b'0'; n];
        d[0] = b'1';
        return (d, exp + 1);
    }
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

/// `num / den` (both positive) rounded to an integer, ties to even.
fn div_round_even(num: &BigInt, den: &BigInt) -> BigInt {
    let Some((q, r)) = num.divmod(den) else {
        return BigInt::zero();
    };
    match r.shl(1).compare(den) {
        Ordering::Greater => q.add(&BigInt::from_i64(1)),
        Ordering::Equal if q.low_u64() & 1 == 1 => q.add(&BigInt::from_i64(1)),
        _ => q,
    }
}

/// `num / 2^s` (`num` positive, `s >= 1`) rounded to an integer, ties to even.
fn shr_round_even(num: &BigInt, s: usize) -> BigInt {
    let half = num.shr(s - 1);
    let q = half.shr(1);
    let exact_half = half.shl(s - 1) == *num;
    if half.low_u64() & 1 == 1 && (!exact_half || q.low_u64() & 1 == 1) {
        q.add(&BigInt::from_i64(1))
    } else {
        q
    }
}

fn pow10(k: i32) -> BigInt {
    BigInt::from_i64(10).pow(u64::from(k.unsigned_abs()))
}

/// The sign bit, biased exponent and fraction of a double as `(mantissa, exp2)`, so that a
/// finite `x >= 0` is exactly `mantissa × 2^exp2`.
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let frac = bits & ((1 << 52) - 1);
    match ((bits >> 52) & 0x7ff) as i32 {
        0 => (frac, -1074),
        be => (frac | (1 << 52), be - 1075),
    }
}

/// The first 61 significant decimal digits (ASCII) of a finite `x > 0`, rounded half to
/// even, and the power of ten of the first digit; computed exactly with big integers.
fn digits61(x: f64) -> (Vec<u8>, i32) {
    let (m, e) = decompose(x);
    let m = BigInt::from_i64(m as i64);
    // floor(log10(x)) or one less: 78913 / 2^18 is just under log10(2).
    let top = m.bits() as i32 - 1 + e;
    let mut exp = (top * 78913) >> 18;
    loop {
        let k = 60 - exp;
        let q = match (e >= 0, k >= 0) {
            (true, true) => m.mul(&pow10(k)).shl(e as usize),
            (true, false) => div_round_even(&m.shl(e as usize), &pow10(k)),
            (false, true) => shr_round_even(&m.mul(&pow10(k)), e.unsigned_abs() as usize),
            (false, false) => div_round_even(&m, &pow10(k).shl(e.unsigned_abs() as usize)),
        };
        let d = q.to_radix(10);
        match d.len() {
            61 => return (d, exp),
            n if n > 61 => exp += 1,
            _ => exp -= 1,
        }
    }
}

/// The double nearest `num / den` (both positive), ties to even; infinite past the range.
fn ratio_to_f64(num: &BigInt, den: &BigInt) -> f64 {
    // Scale so the quotient has 53 or 54 bits, or fewer for a subnormal result.
    let mut s = (53 - (num.bits() as i64 - den.bits() as i64)).min(1074);
    let (a, b) = if s >= 0 {
        (num.shl(s as usize), den.clone())
    } else {
        (num.clone(), den.shl(s.unsigned_abs() as usize))
    };
    let Some((q, r)) = a.divmod(&b) else {
        return 0.0;
    };
    let mut q = q.low_u64();
    let mut half = r.shl(1).compare(&b);
    if q >> 53 != 0 {
        half = match (q & 1, r.is_zero()) {
            (0, _) => Ordering::Less,
            (_, true) => Ordering::Equal,
            _ => Ordering::Greater,
        };
        q >>= 1;
        s -= 1;
    }
    if half == Ordering::Greater || (half == Ordering::Equal && q & 1 == 1) {
        q += 1;
    }
    let s = s.clamp(-2000, 2000) as i32;
    crate::mathf::ldexp(q as f64, -s)
}

/// The double nearest `digits × 10^exp10` (`digits` ASCII, no leading zeros), ties to even.
fn decimal_to_f64(digits: &[u8], exp10: i64) -> f64 {
    let n = digits.len() as i64;
    if n == 0 {
        return 0.0;
    }
    if exp10 + n > 311 {
        return f64::INFINITY;
    }
    if exp10 + n < -326 {
        return 0.0;
    }
    let small = digits.iter().try_fold(0u64, |a, &c| {
        a.checked_mul(10)?.checked_add(u64::from(c - b'0'))
    });
    if let Some(d) = small.filter(|&d| d < 1 << 53)
        && (-22..=22).contains(&exp10)
    {
        // Exact operands (below 2^53, and 10^22 is exact), one correctly rounded operation.
        let d = d as f64;
        let mut p = 1.0;
        for _ in 0..exp10.unsigned_abs() {
            p *= 10.0;
        }
        return if exp10 < 0 { d / p } else { d * p };
    }
    let d = BigInt::parse_digits(digits, 10).unwrap_or_else(BigInt::zero);
    let p = pow10(exp10 as i32);
    if exp10 >= 0 {
        ratio_to_f64(&d.mul(&p), &BigInt::from_i64(1))
    } else {
        ratio_to_f64(&d, &p)
    }
}

/// Parses a float as Rust's `str::parse::<f64>` does: `[+-]` then `inf`, `infinity` or
/// `nan` (any case), or digits with an optional `.` (a digit on at least one side) and an
/// optional exponent `e[+-]digits`; the nearest double, ties to even.
pub fn parse_float(s: &[u8]) -> Option<f64> {
    let (neg, mut s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let v = if s.eq_ignore_ascii_case(b"inf") || s.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if s.eq_ignore_ascii_case(b"nan") {
        f64::NAN
    } else {
        let mut digits = Vec::new();
        let mut exp10: i64 = 0;
        let mut seen = false;
        let mut frac = false;
        while let [c, rest @ ..] = s {
            match c {
                b'0'..=b'9' => {
                    seen = true;
                    if !(digits.is_empty() && *c == b'0') {
                        digits.push(*c);
                    }
                    exp10 -= i64::from(frac);
                }
                b'.' if !frac => frac = true,
                _ => break,
            }
            s = rest;
        }
        if !seen {
            return None;
        }
        if let [b'e' | b'E', rest @ ..] = s {
            let (eneg, mut rest) = match rest.first() {
                Some(b'-') => (true, &rest[1..]),
                Some(b'+') => (false, &rest[1..]),
                _ => (false, rest),
            };
            let mut e: i64 = 0;
            let mut any = false;
            while let [c @ b'0'..=b'9', r @ ..] = rest {
                e = (e * 10 + i64::from(c - b'0')).min(1 << 40);
                any = true;
                rest = r;
            }
            if !any {
                return None;
            }
            exp10 += if eneg { -e } else { e };
            s = rest;
        }
        if !s.is_empty() {
            return None;
        }
        // Trailing zeros only scale.
        while digits.last() == Some(&b'0') {
            digits.pop();
            exp10 += 1;
        }
        decimal_to_f64(&digits, exp10)
    };
    Some(if neg { -v } else { v })
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
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    crate::text::radix(out, u64::from(exp.unsigned_abs()), 10, 2);
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
    if parse_float(s.as_bytes()) != Some(x) {
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
    let (all, e0) = digits61(ax);
    let (e0, first) = (i64::from(e0), all[0]);
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

    /// Doubles from a fixed pseudo-random sequence of bit patterns, plus edge cases.
    fn samples() -> Vec<f64> {
        let mut v = alloc::vec![
            f64::MIN_POSITIVE,
            f64::MAX,
            5e-324,
            f64::from_bits(0x000f_ffff_ffff_ffff),
            0.1,
            0.5,
            1.0,
            9.5,
            1e22,
            1e23,
            123456789012345680.0,
            9007199254740993.0,
            0.30000000000000004,
        ];
        let mut s: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3000 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            let x = f64::from_bits(s & !(1 << 63));
            if x.is_finite() && x > 0.0 {
                v.push(x);
            }
            // Also values near integers and short decimals, where ties are likeliest.
            v.push((s % 100_000) as f64 / 64.0 + 0.5);
        }
        v
    }

    #[test]
    fn exact_digits_match_core() {
        for x in samples() {
            let (d, e) = digits61(x);
            let s = alloc::format!("{:.60e}", x);
            let (m, ce) = s.split_once('e').unwrap();
            let want: Vec<u8> = m.bytes().filter(u8::is_ascii_digit).collect();
            assert_eq!((d, e), (want, ce.parse::<i32>().unwrap()), "{x:e}");
        }
    }

    #[test]
    fn parse_matches_core() {
        for x in samples() {
            for t in [
                alloc::format!("{x:e}"),
                alloc::format!("{x:.16e}"),
                alloc::format!("{x:.5e}"),
                alloc::format!("{x:.25e}"),
                alloc::format!("{x}"),
                alloc::format!("-{x:.3}"),
            ] {
                assert_eq!(parse_float(t.as_bytes()), t.parse::<f64>().ok(), "{t}");
            }
        }
        for t in [
            "",
            ".",
            "e5",
            "1e",
            "1e+",
            "+",
            "-",
            "1..2",
            "1.2.3",
            "0x10",
            "1_0",
            " 1",
            "inf",
            "-Infinity",
            "NaN",
            "1e400",
            "1e-400",
            "2.4703282292062328e-324",
            "2.4703282292062327e-324",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            ".5",
            "5.",
            "000.000e9",
            "0.000001e-3",
            "1E5",
            "123456789012345678901234567890",
        ] {
            let got = parse_float(t.as_bytes());
            let want = t.parse::<f64>().ok();
            assert_eq!(got.map(f64::to_bits), want.map(f64::to_bits), "{t:?}");
        }
    }
}
