//! Floating-point functions, from the `libm` crate (a port of musl's libm, the same code the
//! reference WebAssembly VM links), so results match bit for bit.

pub use libm::{
    acos, acosh, asin, asinh, atan, atan2, atanh, ceil, cos, cosh, erf, erfc, exp, expm1, fabs,
    floor, fmod, ldexp, lgamma, log, log2, log10, pow, sin, sinh, sqrt, tan, tanh, tgamma, trunc,
};

/// Natural logarithm.
pub fn ln(x: f64) -> f64 {
    log(x)
}
