//! Constant arithmetic for the parser's folding, with the reference runtime's semantics
//! (`mp_binary_op`/`mp_unary_op` on ints and floats): exact big-int arithmetic, C double
//! arithmetic and libm `pow`/`fmod`, and "no result" wherever the runtime would raise
//! (division by zero, negative shift, unsupported operand types, out of memory) or produce
//! a complex number — the parser then leaves the expression unfolded.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// A number the folder works on.
#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    /// An int of any size.
    Int(BigInt),
    /// A float.
    Float(f64),
}

/// The binary operators the parser folds, in runtime order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `&`
    And,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `@`
    MatMul,
    /// `//`
    FloorDiv,
    /// `/`
    TrueDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `+x`
    Plus,
    /// `-x`
    Minus,
    /// `~x`
    Invert,
}

/// How many bits of ints may be alive while an operation runs: mpy-cross runs with a 2 MiB
/// heap, and a MemoryError abandons folding. Measured: `1 << n` folds up to about
/// n = 16.6 million. The estimates below (operands + result; see `**` for powers) are approximations of its allocator.
const MAX_BITS: u64 = 16_630_000;

/// Whether `v` is a small int of the 64-bit host (63-bit signed).
fn host_small(v: &BigInt) -> Option<i64> {
    let v = v.to_i64()?;
    if (-(1i64 << 62)..(1i64 << 62)).contains(&v) {
        Some(v)
    } else {
        None
    }
}

/// An int as the runtime converts it to a float: a host small int by a C cast, a big one
/// digit by digit (`mpz_as_float`, 32-bit digits on a 64-bit host).
pub fn int_to_float(v: &BigInt) -> f64 {
    if let Some(s) = host_small(v) {
        return s as f64;
    }
    let mut val = 0.0f64;
    for d in v.magnitude().to_u32_digits().iter().rev() {
        val = val * 4294967296.0 + *d as f64;
    }
    if v.sign() == Sign::Minus { -val } else { val }
}

/// `lhs op rhs`, or `None` where the runtime would raise or give a complex number.
pub fn binary_op(op: BinOp, lhs: &Num, rhs: &Num) -> Option<Num> {
    match (lhs, rhs) {
        (Num::Int(a), Num::Int(b)) => int_op(op, a, b),
        (Num::Int(a), Num::Float(b)) => float_op(op, int_to_float(a), *b),
        (Num::Float(a), Num::Int(b)) => float_op(op, *a, int_to_float(b)),
        (Num::Float(a), Num::Float(b)) => float_op(op, *a, *b),
    }
}

fn int_op(op: BinOp, a: &BigInt, b: &BigInt) -> Option<Num> {
    let r = match op {
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::And => a & b,
        BinOp::LShift => {
            if b.is_negative() {
                return None;
            }
            let n = b.to_i64()?;
            if a.is_zero() {
                BigInt::zero()
            } else {
                if a.bits().saturating_mul(2).saturating_add(n as u64) > MAX_BITS {
                    return None;
                }
                a << (n as usize)
            }
        }
        BinOp::RShift => {
            if b.is_negative() {
                return None;
            }
            let n = b.to_i64()? as u64;
            if n > a.bits() {
                if a.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            } else {
                a >> (n as usize)
            }
        }
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => {
            if (a.bits() + b.bits()).saturating_mul(2) > MAX_BITS {
                return None;
            }
            a * b
        }
        BinOp::MatMul => return None,
        BinOp::FloorDiv => {
            if b.is_zero() {
                return None;
            }
            a.div_floor(b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return None;
            }
            a.mod_floor(b)
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return None;
            }
            return Some(Num::Float(int_to_float(a) / int_to_float(b)));
        }
        BinOp::Pow => {
            if b.is_negative() {
                return float_op(op, int_to_float(a), int_to_float(b));
            }
            let magnitude = a.magnitude();
            if magnitude.bits() <= 1 {
                // 0, 1 and -1 stay small whatever the exponent.
                if a.is_zero() {
                    return Some(Num::Int(if b.is_zero() {
                        BigInt::from(1)
                    } else {
                        BigInt::zero()
                    }));
                }
                if a.is_positive() || b.is_even() {
                    return Some(Num::Int(BigInt::from(1)));
                }
                return Some(Num::Int(BigInt::from(-1)));
            }
            let e = b.to_u64()?;
            // Square-and-multiply keeps temporaries: about 2.4 times the result is alive
            // (measured against mpy-cross: `2**n` folds up to n ≈ 6.28e6, `64**n` up to
            // n ≈ 1.28e6, `(3<<10**6)**7` does not fold; fragmentation makes it inexact).
            if a.bits().saturating_mul(e).saturating_mul(12) / 5 > MAX_BITS {
                return None;
            }
            num_traits::pow::Pow::pow(a, e as u32)
        }
    };
    Some(Num::Int(r))
}

fn float_op(op: BinOp, x: f64, y: f64) -> Option<Num> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv => {
            if y == 0.0 {
                return None;
            }
            float_divmod(x, y).0
        }
        BinOp::TrueDiv => {
            if y == 0.0 {
                return None;
            }
            x / y
        }
        BinOp::Mod => {
            if y == 0.0 {
                return None;
            }
            let mut m = x % y;
            if m == 0.0 {
                m = 0.0f64.copysign(y);
            } else if (m < 0.0) != (y < 0.0) {
                m += y;
            }
            m
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 && !y.is_infinite() {
                return None;
            }
            if x < 0.0 && y != y.floor() && !y.is_nan() {
                // The runtime answers with a complex number, which is never folded.
                return None;
            }
            x.powf(y)
        }
        BinOp::Or | BinOp::Xor | BinOp::And | BinOp::LShift | BinOp::RShift | BinOp::MatMul => {
            return None;
        }
    };
    Some(Num::Float(r))
}

/// Python's float divmod as the runtime computes it: (floor quotient, modulo).
fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m == 0.0 {
        m = 0.0f64.copysign(y);
    } else if (m < 0.0) != (y < 0.0) {
        m += y;
        div -= 1.0;
    }
    let floordiv = if div == 0.0 {
        0.0f64.copysign(x / y)
    } else {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    };
    (floordiv, m)
}

/// `op x`; `~` only applies to ints (the caller checks).
pub fn unary_op(op: UnOp, x: &Num) -> Option<Num> {
    Some(match (op, x) {
        (UnOp::Plus, n) => n.clone(),
        (UnOp::Minus, Num::Int(i)) => Num::Int(-i),
        (UnOp::Minus, Num::Float(f)) => Num::Float(-f),
        (UnOp::Invert, Num::Int(i)) => Num::Int(!i),
        (UnOp::Invert, Num::Float(_)) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(v: i64) -> Num {
        Num::Int(BigInt::from(v))
    }

    #[test]
    fn int_semantics() {
        assert_eq!(binary_op(BinOp::FloorDiv, &i(-7), &i(2)), Some(i(-4)));
        assert_eq!(binary_op(BinOp::Mod, &i(-7), &i(2)), Some(i(1)));
        assert_eq!(binary_op(BinOp::RShift, &i(-7), &i(1)), Some(i(-4)));
        assert_eq!(binary_op(BinOp::RShift, &i(-7), &i(1000)), Some(i(-1)));
        assert_eq!(binary_op(BinOp::LShift, &i(1), &i(-1)), None);
        assert_eq!(binary_op(BinOp::FloorDiv, &i(1), &i(0)), None);
        assert_eq!(binary_op(BinOp::Pow, &i(2), &i(-1)), Some(Num::Float(0.5)));
        assert_eq!(binary_op(BinOp::Pow, &i(-1), &i(3)), Some(i(-1)));
        assert_eq!(binary_op(BinOp::MatMul, &i(1), &i(2)), None);
        assert_eq!(unary_op(UnOp::Invert, &i(5)), Some(i(-6)));
    }

    #[test]
    fn float_semantics() {
        let f = Num::Float;
        assert_eq!(binary_op(BinOp::Mod, &f(-7.0), &f(2.0)), Some(f(1.0)));
        assert_eq!(binary_op(BinOp::FloorDiv, &f(-7.0), &f(2.0)), Some(f(-4.0)));
        assert_eq!(binary_op(BinOp::Pow, &f(-8.0), &f(0.5)), None);
        assert_eq!(binary_op(BinOp::TrueDiv, &f(1.0), &i(0)), None);
        assert_eq!(binary_op(BinOp::Or, &f(1.0), &i(0)), None);
    }
}
