//! The few floating-point functions the VM needs, without libm.

use crate::fmtnum::{fabs, floor};

/// `e^x`.
pub fn exp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 709.8 {
        return f64::INFINITY;
    }
    if x < -745.2 {
        return 0.0;
    }
    // x = k ln2 + r, |r| <= ln2/2; e^r by Taylor series.
    let k = floor(x / core::f64::consts::LN_2 + 0.5);
    let r = x - k * core::f64::consts::LN_2;
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 1..30 {
        term *= r / f64::from(n);
        sum += term;
    }
    sum * pow2(k as i32)
}

fn pow2(k: i32) -> f64 {
    let mut r = 1.0;
    let (mut k, b) = if k < 0 { (-k, 0.5) } else { (k, 2.0) };
    while k > 0 {
        r *= b;
        k -= 1;
    }
    r
}

/// Natural logarithm.
pub fn ln(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_infinite() {
        return x;
    }
    // x = m 2^e with m in [1, 2); ln m by atanh series.
    let bits = x.to_bits();
    let mut e = ((bits >> 52) & 0x7ff) as i32 - 1023;
    let mut m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    if e == -1023 {
        // Subnormal: normalise.
        let y = x * 4503599627370496.0;
        return ln(y) - 52.0 * core::f64::consts::LN_2;
    }
    if m > core::f64::consts::SQRT_2 {
        m /= 2.0;
        e += 1;
    }
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    let mut term = s;
    let mut sum = 0.0;
    let mut n = 1.0;
    while n < 80.0 {
        sum += term / n;
        term *= s2;
        n += 2.0;
    }
    2.0 * sum + f64::from(e) * core::f64::consts::LN_2
}

/// Square root (Newton's method, exact to the last bit for normal numbers in practice).
pub fn sqrt(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 || x.is_infinite() {
        return x;
    }
    let mut g = f64::from_bits((x.to_bits() >> 1) + (0x3ff0_0000_0000_0000 >> 1));
    for _ in 0..8 {
        g = 0.5 * (g + x / g);
    }
    g
}

/// `x ** y`.
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 {
        return 1.0;
    }
    if y == floor(y) && fabs(y) < 1024.0 {
        let mut n = fabs(y) as u32;
        let mut b = x;
        let mut r = 1.0;
        while n > 0 {
            if n & 1 == 1 {
                r *= b;
            }
            b *= b;
            n >>= 1;
        }
        return if y < 0.0 { 1.0 / r } else { r };
    }
    if x < 0.0 {
        return f64::NAN;
    }
    exp(y * ln(x))
}

/// Sine (range-reduced Taylor series).
pub fn sin(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    let tau = 2.0 * core::f64::consts::PI;
    let mut r = x - tau * floor(x / tau + 0.5);
    let mut sign = 1.0;
    if r > core::f64::consts::FRAC_PI_2 {
        r = core::f64::consts::PI - r;
    } else if r < -core::f64::consts::FRAC_PI_2 {
        r = -core::f64::consts::PI - r;
    }
    if r < 0.0 {
        r = -r;
        sign = -1.0;
    }
    let r2 = r * r;
    let mut term = r;
    let mut sum = r;
    for n in 1..20 {
        term *= -r2 / f64::from((2 * n) * (2 * n + 1));
        sum += term;
    }
    sign * sum
}

/// Cosine.
pub fn cos(x: f64) -> f64 {
    sin(x + core::f64::consts::FRAC_PI_2)
}
