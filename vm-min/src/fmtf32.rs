//! Float printing and parsing for the `float32` configuration (`f32`), the way MicroPython
//! built with `MICROPY_FLOAT_IMPL_FLOAT` does it: its default float formatter for single
//! precision ("approximate": at most 9 significant digits, found by scaling with powers of
//! ten in `f32`, then checked by parsing the text back and corrected by a short search) and
//! its parser (digits gathered in a `u32`, then one scaling by a power of ten in `f32`).
//! Neither is exact, so both are reproduced step by step: `repr(math.pi)` is `3.1415928` and
//! `float("3.14159265358979")` is `3.1415924`, as on such a build.

use alloc::string::String;
use alloc::vec::Vec;

pub use crate::mathf::{fabs, floor};

/// Digits the formatter never goes past.
const MAX_DIGITS: i32 = 9;
/// Digits tried first.
const SAFE_DIGITS: i32 = 6;
/// The reference formats into a 36-byte buffer and gives the formatter 33 of them.
const BUF_SIZE: i32 = 33;
/// `prec` asking for `repr`'s shortest-reading precision.
const REPR_PREC: i32 = 99;

/// `5^n` rounded to the nearest `f32`, for `n` in -64..=55 (outside, 0 or infinity): the
/// values a correctly rounded `powf(5, n)` gives.
const POW5: [u32; 120] = [
    0x00000001, 0x00000007, 0x00000021, 0x000000a5, 0x00000337, 0x00001012, 0x00005059, 0x000191bc,
    0x0007d8ac, 0x00273b5d, 0x00c428d0, 0x01f53304, 0x03193fe3, 0x043f8fdb, 0x056f73d2, 0x0695a863,
    0x07bb127c, 0x08e9d71b, 0x0a122671, 0x0b36b00d, 0x0c645c11, 0x0d8eb98a, 0x0eb267ed, 0x0fdf01e8,
    0x110b6131, 0x122e397e, 0x1359c7dd, 0x14881cea, 0x15aa2425, 0x16d4ad2e, 0x1804ec3d, 0x1926274c,
    0x1a4fb11f, 0x1b81ceb3, 0x1ca24260, 0x1dcad2f8, 0x1efd87b6, 0x201e74d2, 0x21461206, 0x22779688,
    0x239abe15, 0x24c16d9a, 0x25f1c901, 0x27171da0, 0x283ce508, 0x296c1e4a, 0x2a9392ef, 0x2bb877aa,
    0x2ce69595, 0x2e101d7d, 0x2f3424dc, 0x30612e13, 0x318cbccc, 0x32afebff, 0x33dbe6ff, 0x3509705f,
    0x362bcc77, 0x3756bf95, 0x388637bd, 0x39a7c5ac, 0x3ad1b717, 0x3c03126f, 0x3d23d70a, 0x3e4ccccd,
    0x3f800000, 0x40a00000, 0x41c80000, 0x42fa0000, 0x441c4000, 0x45435000, 0x46742400, 0x47989680,
    0x48bebc20, 0x49ee6b28, 0x4b1502f9, 0x4c3a43b7, 0x4d68d4a5, 0x4e9184e7, 0x4fb5e621, 0x50e35fa9,
    0x520e1bca, 0x5331a2bc, 0x545e0b6b, 0x558ac723, 0x56ad78ec, 0x57d8d727, 0x59078678, 0x5a296816,
    0x5b53c21c, 0x5c845951, 0x5da56fa6, 0x5ececb8f, 0x60013f39, 0x61218f08, 0x6249f2ca, 0x637c6f7c,
    0x649dc5ae, 0x65c53719, 0x66f684df, 0x681a130c, 0x694097ce, 0x6a70bdc2, 0x6b967699, 0x6cbc1440,
    0x6deb1950, 0x6f12efd2, 0x7037abc6, 0x716596b8, 0x728f7e33, 0x73b35dc0, 0x74e0352f, 0x760c213e,
    0x772f298d, 0x785af3f0, 0x7988d876, 0x7aab0e94, 0x7bd5d239, 0x7d05a363, 0x7e270c3c, 0x7f50cf4b,
];

fn pow5(n: i32) -> f32 {
    match n {
        56.. => f32::INFINITY,
        ..-64 => 0.0,
        _ => f32::from_bits(POW5[(n + 64) as usize]),
    }
}

/// `num × 10^dec_exp` as the reference computes it in single precision: `2^dec_exp` is
/// added to the exponent field (modulo 256, the field's width: far out of range this makes
/// an infinity or a NaN, as the reference does), then one multiplication by `5^dec_exp`, or
/// a division by `5^-dec_exp` when that is exact.
fn decimal_exp(num: f32, dec_exp: i32) -> f32 {
    if dec_exp == 0 || num == 0.0 {
        return num;
    }
    let bits = num.to_bits();
    let field = (((bits >> 23) & 0xff) as i32).wrapping_add(dec_exp) & 0xff;
    let x = f32::from_bits((bits & !(0xff << 23)) | ((field as u32) << 23));
    if (-10..0).contains(&dec_exp) {
        x / pow5(-dec_exp)
    } else {
        x * pow5(dec_exp)
    }
}

/// Parses unsigned decimal text (digits, an optional `.` and fraction, an optional exponent)
/// the reference's way: up to about nine digits are kept in a `u32`, later ones only move
/// the decimal point; zeros are held back until a non-zero digit follows.
fn parse_unsigned(s: &[u8]) -> f32 {
    const MANTISSA_MAX: u32 = 0x1999_9998;
    let mut mantissa: u32 = 0;
    let (mut frac, mut in_exp, mut exp_neg) = (false, false, false);
    let (mut exp_val, mut exp_extra) = (0i32, 0i32);
    let (mut zeros_int, mut zeros_frac) = (0i32, 0i32);
    let accept = |m: &mut u32, d: u32, in_frac: bool, extra: &mut i32| {
        if *m < MANTISSA_MAX {
            *extra -= i32::from(in_frac);
            *m = 10 * *m + d;
        } else {
            *extra += i32::from(!in_frac);
        }
    };
    let mut i = 0;
    while let Some(&c) = s.get(i) {
        i += 1;
        match c {
            b'0'..=b'9' => {
                let d = u32::from(c - b'0');
                if in_exp {
                    if exp_val < (i32::MAX / 2 - 9) / 10 {
                        exp_val = 10 * exp_val + d as i32;
                    }
                } else if d == 0 || mantissa >= MANTISSA_MAX {
                    if frac {
                        zeros_frac += 1;
                    } else {
                        zeros_int += 1;
                    }
                } else {
                    for _ in 0..zeros_int {
                        accept(&mut mantissa, 0, false, &mut exp_extra);
                    }
                    for _ in 0..zeros_frac {
                        accept(&mut mantissa, 0, true, &mut exp_extra);
                    }
                    (zeros_int, zeros_frac) = (0, 0);
                    accept(&mut mantissa, d, frac, &mut exp_extra);
                }
            }
            b'.' if !frac && !in_exp => frac = true,
            b'e' | b'E' if !in_exp => {
                in_exp = true;
                match s.get(i) {
                    Some(b'+') => i += 1,
                    Some(b'-') => {
                        i += 1;
                        exp_neg = true;
                    }
                    _ => {}
                }
            }
            _ => break,
        }
    }
    if exp_neg {
        exp_val = -exp_val;
    }
    decimal_exp(mantissa as f32, exp_val + exp_extra + zeros_int)
}

/// Parses a float: `[+-]` then `inf`, `infinity` or `nan` (any case), or digits with an
/// optional `.` (a digit on at least one side) and an optional exponent `e[+-]digits`
/// (the syntax of the `f64` build); the value is the reference's single-precision parse.
pub fn parse_float(s: &[u8]) -> Option<f32> {
    let (neg, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let v = if s.eq_ignore_ascii_case(b"inf") || s.eq_ignore_ascii_case(b"infinity") {
        f32::INFINITY
    } else if s.eq_ignore_ascii_case(b"nan") {
        f32::NAN
    } else {
        let int = s.iter().take_while(|c| c.is_ascii_digit()).count();
        let mut rest = &s[int..];
        let mut digits = int;
        if let [b'.', r @ ..] = rest {
            let n = r.iter().take_while(|c| c.is_ascii_digit()).count();
            digits += n;
            rest = &r[n..];
        }
        if digits == 0 {
            return None;
        }
        if let [b'e' | b'E', r @ ..] = rest {
            let r = match r {
                [b'+' | b'-', r @ ..] => r,
                _ => r,
            };
            let n = r.iter().take_while(|c| c.is_ascii_digit()).count();
            if n == 0 {
                return None;
            }
            rest = &r[n..];
        }
        if !rest.is_empty() {
            return None;
        }
        parse_unsigned(s)
    };
    Some(if neg { -v } else { v })
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    E,
    F,
    G,
}

/// `x` (not negative) converted to `u32` as the reference's C cast does on x86-64 (through a
/// 64-bit conversion, keeping the low 32 bits), so an out-of-range mantissa (subnormal
/// inputs give such) wraps rather than saturating.
fn to_u32(x: f32) -> u32 {
    if x < 9.223_372e18 { x as i64 as u32 } else { 0 }
}

/// Appends `0.` and `n` zeros.
fn push_zeros(buf: &mut Vec<u8>, n: i32) {
    buf.extend_from_slice(b"0.");
    buf.extend(core::iter::repeat_n(b'0', n.max(0) as usize));
}

/// The fixed parts of one formatting attempt.
struct Layout {
    mode: Mode,
    /// Bytes of `buf` before the digits (leading `0.00…` of `%f`).
    prefix: usize,
    /// `10^num_digits`: a mantissa this large has one digit too many.
    cap: u32,
    num_digits: i32,
    max_exp_zeros: i32,
    trailing_zeros: i32,
    /// Digits before the decimal point, minus one (255: the point is in the prefix).
    dec: i32,
    /// The decimal exponent shown.
    e: i32,
}

/// Writes `mantissa` (`num_digits` decimal digits) into `buf` after the prefix, with the
/// point, zeros and exponent the layout asks for.
fn put_mantissa(buf: &mut Vec<u8>, l: &Layout, mut mantissa: u32) {
    buf.truncate(l.prefix);
    let (mut num_digits, mut dec, mut e) = (l.num_digits, l.dec, l.e);
    let mut trailing_zeros = l.trailing_zeros;
    if mantissa != 0 && mantissa >= l.cap {
        // Rounding made one digit more.
        if l.mode == Mode::F {
            num_digits += 1;
            dec += 1;
        } else {
            mantissa /= 10;
            e += 1;
        }
    }
    if l.mode == Mode::G && e != 0 {
        if e > 0 {
            if e < l.max_exp_zeros {
                dec += e;
                if dec >= num_digits {
                    trailing_zeros = dec - (num_digits - 1);
                }
                e = 0;
            }
        } else if e >= -4 {
            let mut cnt = 0;
            while e < 0 && mantissa % 10 == 0 {
                mantissa /= 10;
                cnt += 1;
                e += 1;
            }
            num_digits -= cnt;
            push_zeros(buf, cnt - e - 1);
            dec = 255;
            e = 0;
        }
    }
    let start = buf.len();
    let point = dec + 1 < num_digits;
    let n = num_digits.max(0) as usize;
    buf.resize(start + n + usize::from(point), b'.');
    for digit in (0..n).rev() {
        let at = if point && digit as i32 > dec {
            digit + 1
        } else {
            digit
        };
        buf[start + at] = b'0' + (mantissa % 10) as u8;
        mantissa /= 10;
    }
    let mut dot = dec >= 255 || point;
    if trailing_zeros > 0 {
        dec -= num_digits - 1;
        for _ in 0..trailing_zeros {
            if dec == 0 {
                buf.push(b'.');
                dot = true;
            }
            dec -= 1;
            buf.push(b'0');
        }
    }
    if l.mode == Mode::G && dot {
        while buf.last() == Some(&b'0') {
            buf.pop();
        }
        if buf.last() == Some(&b'.') {
            buf.pop();
        }
    }
    if (e != 0 || l.mode == Mode::E) && l.mode != Mode::F {
        buf.push(b'e');
        buf.push(if e < 0 { b'-' } else { b'+' });
        let e = e.unsigned_abs();
        if e >= 100 {
            buf.push(b'0' + (e / 100) as u8);
        }
        buf.push(b'0' + (e / 10 % 10) as u8);
        buf.push(b'0' + (e % 10) as u8);
    }
}

/// `check - f`, and whether it is exactly +0 (the text reads back as `f`).
fn miss(buf: &[u8], f: f32) -> (f32, bool) {
    let d = parse_unsigned(buf) - f;
    (d, d.to_bits() == 0)
}

/// The reference's `mp_format_float` for `fmt` (`e`, `f` or `g`) and `prec` (`REPR_PREC`
/// for `repr`).
fn format(x: f32, fmt: Mode, prec: i32) -> String {
    let mut out = String::new();
    let mut buf_size = BUF_SIZE;
    let f = if x.is_sign_negative() && !x.is_nan() {
        out.push('-');
        buf_size -= 1;
        -x
    } else {
        x
    };
    if f.is_infinite() {
        out.push_str("inf");
        return out;
    }
    if f.is_nan() {
        out.push_str("nan");
        return out;
    }
    let mut mode = fmt;
    let mut prec = if prec < 0 { 6 } else { prec };
    let mut max_exp_zeros = prec.min(buf_size - 3);
    if prec == REPR_PREC {
        prec = MAX_DIGITS;
        max_exp_zeros = 16;
    }
    let zero = f.to_bits() == 0;
    // The decimal exponent: estimated from the binary one, then corrected.
    let mut e = 0;
    if !zero {
        e = ((((f.to_bits() >> 23) & 0xff) as i32 - 127) as f32 * core::f32::consts::LOG10_2)
            as i32;
        let up = f.to_bits() >= 0x3f80_0000;
        let step = if up { 1 } else { -1 };
        while (f >= decimal_exp(1.0, e + i32::from(up))) == up {
            e += step;
        }
    }
    if mode == Mode::F && e > 0 && e + prec + 2 > buf_size {
        // Too wide for the buffer: %g with one more digit.
        mode = Mode::G;
        prec += 1;
    }
    let mut max_digits = prec;
    let mut lead_zeros = 0;
    let mut trail_zeros = 0;
    if mode == Mode::F {
        max_digits = max_digits.min(buf_size - 3);
        if e < 0 {
            if max_digits > 2 && e < -2 {
                lead_zeros = (-e).min(max_digits) - 2;
                max_digits -= lead_zeros;
            } else {
                max_digits += 1;
            }
        } else {
            max_digits += e + 1;
        }
    } else if mode != Mode::G || max_digits == 0 {
        max_digits += 1;
    }
    if max_digits > MAX_DIGITS {
        trail_zeros = max_digits - MAX_DIGITS;
        max_digits = MAX_DIGITS;
    }
    let overhead = if mode == Mode::F { 3 } else { 7 };
    trail_zeros = trail_zeros.min(buf_size - max_digits - overhead);

    let mut num_digits = SAFE_DIGITS.min(max_digits);
    let mut buf = Vec::new();
    'attempt: loop {
        buf.clear();
        let mut dec = 0;
        let mut decexp = if zero {
            0
        } else if mode == Mode::F {
            let mut d = num_digits - 1;
            if e < 0 {
                if lead_zeros > 0 {
                    push_zeros(&mut buf, lead_zeros);
                    d += lead_zeros + 1;
                    dec = 255;
                }
            } else {
                d -= e;
                dec = e;
            }
            d
        } else {
            num_digits - e - 1
        };
        let l = Layout {
            mode,
            prefix: buf.len(),
            cap: 10u32.wrapping_pow(num_digits.max(1) as u32),
            num_digits,
            max_exp_zeros,
            trailing_zeros: trail_zeros + (max_digits - num_digits),
            dec,
            e,
        };
        // The last digits come from integer multiplications where `f32` runs out.
        let mut mantissa: u32 = 1;
        if num_digits > SAFE_DIGITS && decexp > 1 {
            if num_digits > SAFE_DIGITS + 1 && decexp > 2 {
                mantissa = 100;
                decexp -= 2;
            } else {
                mantissa = 10;
                decexp -= 1;
            }
        }
        mantissa = mantissa.wrapping_mul(to_u32(decimal_exp(f, decexp) + 0.5));
        put_mantissa(&mut buf, &l, mantissa);

        // Read the text back; if it misses, search nearby mantissas (halving steps).
        let (mut diff, exact) = miss(&buf, f);
        if !exact {
            let (mut best_diff, mut best) = (diff, mantissa);
            let mut err_range: u32 = 1 << (3 * (num_digits - SAFE_DIGITS).max(0));
            for _ in 0..3 + 3 * (MAX_DIGITS - SAFE_DIGITS) {
                mantissa = if diff.is_sign_negative() {
                    mantissa.wrapping_add(err_range)
                } else {
                    mantissa.wrapping_sub(err_range)
                };
                put_mantissa(&mut buf, &l, mantissa);
                let exact;
                (diff, exact) = miss(&buf, f);
                if exact {
                    break;
                }
                let delta = fabs(diff) - fabs(best_diff);
                if delta.is_sign_negative() || (delta.to_bits() == 0 && mantissa % 10 == 0) {
                    (best_diff, best) = (diff, mantissa);
                }
                if err_range > 1 {
                    err_range >>= 1;
                } else {
                    if num_digits < max_digits {
                        num_digits += 1;
                        continue 'attempt;
                    }
                    if mantissa != best {
                        put_mantissa(&mut buf, &l, best);
                    }
                    break;
                }
            }
        }
        break;
    }
    out.extend(buf.iter().map(|&c| c as char));
    out
}

/// `repr(float)` and `str(float)`.
pub fn float_repr(x: f32) -> String {
    let mut s = format(x, Mode::G, REPR_PREC);
    if !s.contains(['.', 'e', 'n']) {
        s.push_str(".0");
    }
    s
}

/// `%g` with `prec` significant digits (`alt`, `%#g`, changes nothing, as in the reference).
pub fn format_g(x: f32, prec: usize, _alt: bool) -> String {
    format(x, Mode::G, prec.min(1000) as i32)
}

/// `%.{prec}f`.
pub fn format_f(x: f32, prec: usize) -> String {
    format(x, Mode::F, prec.min(1000) as i32)
}

/// `%.{prec}e`.
pub fn format_e(x: f32, prec: usize) -> String {
    format(x, Mode::E, prec.min(1000) as i32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bigint::BigInt;
    use core::cmp::Ordering;

    #[test]
    fn pow5_table_is_correctly_rounded() {
        // v = m × 2^e with unit 2^e; |v - 5^n| <= 2^e / 2 (ties to an even m), checked on
        // integers after scaling both sides by 2^(k+1) × 5^j.
        let big = |v: i64| BigInt::from_i64(v);
        for n in -64..=55 {
            let b = pow5(n).to_bits();
            let (m, e) = match b >> 23 {
                0 => (b, -149),
                be => ((b & 0x7f_ffff) | 0x80_0000, be as i32 - 150),
            };
            let (k, j) = ((-e).max(0), (-n).max(0));
            let v = big(i64::from(m))
                .shl((e + 1 + k) as usize)
                .mul(&big(5).pow(j as u64));
            let x = big(5).pow((n + j) as u64).shl((1 + k) as usize);
            let half = big(5).pow(j as u64).shl((e + k) as usize);
            match v.sub(&x).abs().compare(&half) {
                Ordering::Less => {}
                Ordering::Equal => assert_eq!(m & 1, 0, "5^{n}: tie not to even"),
                Ordering::Greater => panic!("5^{n} is not correctly rounded"),
            }
        }
        assert_eq!(pow5(56), f32::INFINITY);
        assert_eq!(pow5(-65), 0.0);
    }

    #[test]
    fn prints_like_the_reference_build() {
        let third = 1.0f32 / 3.0;
        assert_eq!(float_repr(third), "0.33333334");
        assert_eq!(float_repr(core::f32::consts::PI), "3.1415928");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(123456789.0), "123456790.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(f32::from_bits(1)), "2.44318106e-44");
        assert_eq!(format_f(third, 10), "0.3333333400");
        assert_eq!(format_f(third, 20), "0.33333334000000000000");
        assert_eq!(format_e(0.1, 15), "1.000000000000000e-01");
        assert_eq!(format_g(third, 3, false), "0.333");
        assert_eq!(format_f(1e30, 6), "1e+30");
    }

    /// Every formatter on bit patterns from the whole range (NaNs, infinities and
    /// subnormals included) and precisions up to past the buffer: text comes out, and the
    /// text parses back (to a float, not necessarily the same one).
    #[test]
    fn formats_anything_without_panicking() {
        let mut s: u32 = 0x9e37_79b9;
        for i in 0..20_000u32 {
            s ^= s << 13;
            s ^= s >> 17;
            s ^= s << 5;
            let x = f32::from_bits(if i < 64 { i.rotate_right(i % 9) } else { s });
            let p = (i % 45) as usize;
            for t in [
                float_repr(x),
                format_g(x, p, false),
                format_f(x, p),
                format_e(x, p),
            ] {
                assert!(!t.is_empty());
                assert!(
                    parse_float(t.as_bytes()).is_some(),
                    "{t:?} from {:#x}",
                    x.to_bits()
                );
            }
        }
    }

    #[test]
    fn parses_like_the_reference_build() {
        let p = |s: &str| parse_float(s.as_bytes()).map(f32::to_bits);
        assert_eq!(p("0.1"), Some(0.1f32.to_bits()));
        // Digits past the ninth are dropped, and the scaling rounds once more.
        assert_eq!(p("3.14159265358979"), Some(0x4049_0fda));
        assert_eq!(p("3.141592653589793"), Some(0x4049_0fda));
        assert_eq!(p("1e-45"), Some(1));
        assert_eq!(p("1e39"), Some(f32::INFINITY.to_bits()));
        // The exponent field wraps: the reference gives a NaN here.
        assert!(parse_float(b"3e127").is_some_and(f32::is_nan));
        assert_eq!(p("-Infinity"), Some(f32::NEG_INFINITY.to_bits()));
        for bad in ["", ".", "e5", "1e", "1.2.3", "0x10", "1e+", " 1"] {
            assert_eq!(p(bad), None, "{bad:?}");
        }
    }
}
