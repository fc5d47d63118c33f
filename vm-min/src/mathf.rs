//! Floating-point functions, from the `libm` crate (a port of musl's libm, the same code the
//! reference WebAssembly VM links), so results match bit for bit. With the `float32` feature
//! the VM's float is `f32` (MicroPython's `MICROPY_FLOAT_IMPL_FLOAT`) and the same names are
//! `libm`'s single-precision functions (`sinf`, `expf`, `powf`, ...).

/// The VM's float: `f64`, or `f32` with the `float32` feature.
#[cfg(not(feature = "float32"))]
pub type Float = f64;
/// The VM's float: `f64`, or `f32` with the `float32` feature.
#[cfg(feature = "float32")]
pub type Float = f32;

/// Explicit fraction bits of [`Float`] (52 or 23).
pub const FRAC_BITS: u32 = Float::MANTISSA_DIGITS - 1;
/// Exponent bias of [`Float`] (1023 or 127).
pub const EXP_BIAS: i32 = Float::MAX_EXP - 1;
/// Mask of the biased exponent once shifted down by [`FRAC_BITS`].
pub const EXP_MASK: u64 = (2 * Float::MAX_EXP - 1) as u64;

#[cfg(feature = "float32")]
pub use core::f32::consts;
#[cfg(not(feature = "float32"))]
pub use core::f64::consts;

/// The bits of `x`, widened to `u64`.
#[allow(clippy::useless_conversion)]
pub fn bits(x: Float) -> u64 {
    u64::from(x.to_bits())
}

/// `x` as `f64` (exact; `struct` and `array` `'d'` items).
#[allow(clippy::useless_conversion)]
pub fn f64_of(x: Float) -> f64 {
    f64::from(x)
}

/// `x` as [`Float`] (exact; `struct` and `array` `'f'` items).
#[allow(clippy::useless_conversion)]
pub fn float_of_f32(x: f32) -> Float {
    Float::from(x)
}

/// `x` rounded to [`Float`] (`struct` and `array` `'d'` items).
#[allow(clippy::unnecessary_cast)]
pub fn float_of_f64(x: f64) -> Float {
    x as Float
}

/// `x` rounded to single precision (`struct` and `array` `'f'` items).
#[allow(clippy::unnecessary_cast)]
pub fn f32_of(x: Float) -> f32 {
    x as f32
}

/// The biased exponent field of `x`.
pub fn biased_exp(x: Float) -> i32 {
    ((bits(x) >> FRAC_BITS) & EXP_MASK) as i32
}

// erf, erfc, lgamma and tgamma serve the `math-special` feature.
#[cfg(not(feature = "float32"))]
#[cfg_attr(not(feature = "math-special"), allow(unused_imports))]
pub use libm::{
    acos, acosh, asin, asinh, atan, atan2, atanh, ceil, cos, cosh, erf, erfc, exp, expm1, fabs,
    floor, ldexp, lgamma, log, log2, log10, pow, sin, sinh, sqrt, tan, tanh, tgamma, trunc,
};
#[cfg(feature = "float32")]
#[cfg_attr(not(feature = "math-special"), allow(unused_imports))]
pub use libm::{
    acosf as acos, acoshf as acosh, asinf as asin, asinhf as asinh, atan2f as atan2, atanf as atan,
    atanhf as atanh, ceilf as ceil, cosf as cos, coshf as cosh, erfcf as erfc, erff as erf,
    expf as exp, expm1f as expm1, fabsf as fabs, floorf as floor, fmodf as fmod, ldexpf as ldexp,
    lgammaf as lgamma, log2f as log2, log10f as log10, logf as log, sinf as sin, sinhf as sinh,
    sqrtf as sqrt, tanf as tan, tanhf as tanh, tgammaf as tgamma, truncf as trunc,
};

/// `x ** y` in single precision, correctly rounded but in the rarest cases: `libm`'s
/// double-precision `pow` rounded once to `f32` (`libm`'s `powf` is often a unit in the last
/// place off, e.g. `5.0 ** 11`; the reference build's C library rounds correctly).
#[cfg(feature = "float32")]
pub fn pow(x: f32, y: f32) -> f32 {
    libm::pow(f64::from(x), f64::from(y)) as f32
}

/// Natural logarithm.
pub fn ln(x: Float) -> Float {
    log(x)
}

#[cfg(not(feature = "float32"))]
/// The significand of a finite non-zero `|x|` bits with its implicit bit, shifted so bit 52
/// is the leading one, and the matching biased exponent (below 1 for subnormals).
fn normalize(bits: u64) -> (u64, i32) {
    let e = ((bits >> 52) & 0x7ff) as i32;
    if e == 0 {
        let lz = (bits << 12).leading_zeros() as i32;
        (bits << (lz + 1), -lz)
    } else {
        ((bits & ((1 << 52) - 1)) | (1 << 52), e)
    }
}

#[cfg(not(feature = "float32"))]
/// `p / p`: NaN for 0, an infinity or NaN, with the sign and payload the FPU gives.
#[allow(clippy::eq_op)]
fn nan_of(p: f64) -> f64 {
    p / p
}

#[cfg(not(feature = "float32"))]
/// `x - trunc(x / y) * y`, exactly: shift-and-subtract on the significands (the remainder
/// is always representable, so this matches any correct `fmod`, `libm`'s included, and is a
/// fraction of the size of `libm`'s wide-division version).
pub fn fmod(x: f64, y: f64) -> f64 {
    let (ux, uy) = (x.to_bits() & !(1 << 63), y.to_bits() & !(1 << 63));
    if uy == 0 || uy > 0x7ff0_0000_0000_0000 || ux >= 0x7ff0_0000_0000_0000 {
        // NaN (an infinite `x`, a zero `y`, or a NaN operand), made as `libm` makes it.
        return nan_of(x * y);
    }
    if ux <= uy {
        return if ux == uy { 0.0 * x } else { x };
    }
    let (mut mx, mut ex) = normalize(ux);
    let (my, ey) = normalize(uy);
    loop {
        if let Some(d) = mx.checked_sub(my) {
            if d == 0 {
                return 0.0 * x;
            }
            mx = d;
        }
        if ex == ey {
            break;
        }
        mx <<= 1;
        ex -= 1;
    }
    while mx >> 52 == 0 {
        mx <<= 1;
        ex -= 1;
    }
    let bits = if ex > 0 {
        (mx - (1 << 52)) | ((ex as u64) << 52)
    } else {
        mx >> (1 - ex)
    };
    f64::from_bits(bits | (x.to_bits() & (1 << 63)))
}

#[cfg(all(test, not(feature = "float32")))]
mod tests {
    #[test]
    fn fmod_matches_libm() {
        let mut s: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        let special = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            3.0,
            1e300,
            -1e-300,
            5e-324,
            1e-310,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            f64::MAX,
            f64::MIN_POSITIVE,
            7.5,
            -2.25,
        ];
        let mut cases = alloc::vec::Vec::new();
        for &a in &special {
            for &b in &special {
                cases.push((a, b));
            }
        }
        for _ in 0..20000 {
            let (a, b) = (f64::from_bits(next()), f64::from_bits(next()));
            cases.push((a, b));
            // Close exponents, where the loop does the most work per bit.
            cases.push((a, f64::from_bits((a.to_bits() & !0xfff) ^ (next() >> 40))));
            cases.push((
                (next() % 100_000) as f64 / 8.0,
                (next() % 1000 + 1) as f64 / 16.0,
            ));
        }
        for (a, b) in cases {
            let (got, want) = (super::fmod(a, b), libm::fmod(a, b));
            assert!(
                got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()),
                "fmod({a:e}, {b:e}) = {got:e}, want {want:e}"
            );
        }
    }
}
