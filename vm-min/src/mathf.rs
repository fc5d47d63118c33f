//! Floating-point functions, from the `libm` crate (a port of musl's libm, the same code the
//! reference WebAssembly VM links), so results match bit for bit.

pub use libm::{
    acos, asin, atan, atan2, ceil, cos, exp, fabs, floor, fmod, hypot, ldexp, log, log2, log10,
    pow, sin, sqrt, tan, trunc,
};

/// Natural logarithm.
pub fn ln(x: f64) -> f64 {
    log(x)
}
