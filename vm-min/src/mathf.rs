//! Floating-point functions, from the `libm` crate (a port of musl's libm, the same code the
//! reference WebAssembly VM links), so results match bit for bit.

// erf, erfc, lgamma and tgamma serve the `math-special` feature.
#[cfg_attr(not(feature = "math-special"), allow(unused_imports))]
pub use libm::{
    acos, acosh, asin, asinh, atan, atan2, atanh, ceil, cos, cosh, erf, erfc, exp, expm1, fabs,
    floor, ldexp, lgamma, log, log2, log10, pow, sin, sinh, sqrt, tan, tanh, tgamma, trunc,
};

/// Natural logarithm.
pub fn ln(x: f64) -> f64 {
    log(x)
}

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

/// `p / p`: NaN for 0, an infinity or NaN, with the sign and payload the FPU gives.
#[allow(clippy::eq_op)]
fn nan_of(p: f64) -> f64 {
    p / p
}

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

#[cfg(test)]
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
