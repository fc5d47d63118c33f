//! A small soft-float that behaves like the x87 80-bit `long double` of the host mpy-cross
//! was built on (x86-64 Linux, precision control left at 64 bits).
//!
//! MicroPython's float parser and printer (`py/parsenum.c`, `py/formatfloat.c`, in the EXACT
//! variant) compute in `long double`, and every one of those operations rounds to a 64-bit
//! significand. Those intermediate roundings show up in the printed digits, so `f64` cannot
//! stand in for them. Only what those two algorithms need is implemented: non-negative values,
//! multiplication, division, addition, and exact conversions from `u64`/`f64` plus the two
//! conversions back (`f64` rounded to nearest-even, `u64` truncated).
//!
//! Range: x87 overflows to infinity above `2^16384`; we do the same. Below the smallest normal
//! x87 value (`2^-16382`) real hardware goes gradually subnormal, while we keep full precision
//! down to a much lower limit and then flush to zero. The two algorithms only ever move a value
//! monotonically towards a result that is finally rounded to `f64`, and anything that small
//! becomes `0.0` as an `f64` either way, so the difference cannot be observed.

/// A non-negative extended-precision value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ext {
    /// Zero.
    Zero,
    /// `sig * 2^(exp - 63)`, with bit 63 of `sig` always set.
    Finite {
        /// The significand, normalised so that its top bit is set.
        sig: u64,
        /// The binary exponent of the top significand bit.
        exp: i32,
    },
    /// Positive infinity (x87 overflow).
    Inf,
}

/// Largest binary exponent of a finite x87 extended value.
const MAX_EXP: i32 = 16383;
/// Below this exponent we flush to zero (far under the x87 subnormal range, see module docs).
const MIN_EXP: i32 = -16500;

impl Ext {
    /// One half, as added before truncating a decimal mantissa.
    pub(crate) const HALF: Ext = Ext::Finite {
        sig: 1 << 63,
        exp: -1,
    };

    /// One.
    pub(crate) const ONE: Ext = Ext::Finite {
        sig: 1 << 63,
        exp: 0,
    };

    /// `m * 2^e2`, exactly (any `u64` fits in 64 significand bits).
    const fn from_parts(m: u64, e2: i32) -> Ext {
        if m == 0 {
            return Ext::Zero;
        }
        let lz = m.leading_zeros();
        Ext::Finite {
            sig: m << lz,
            exp: 63 - lz as i32 + e2,
        }
    }

    /// The exact value of an integer.
    pub(crate) const fn from_u64(m: u64) -> Ext {
        Ext::from_parts(m, 0)
    }

    /// The exact value of a finite, non-negative `f64` (the sign is ignored).
    pub(crate) fn from_f64(x: f64) -> Ext {
        let bits = x.to_bits();
        let field = ((bits >> 52) & 0x7ff) as i32;
        let frac = bits & ((1 << 52) - 1);
        match field {
            0 => Ext::from_parts(frac, -1074),
            0x7ff => Ext::Inf,
            _ => Ext::from_parts(frac | (1 << 52), field - 1075),
        }
    }

    /// Builds a finite result, applying the exponent range.
    const fn finite(sig: u64, exp: i32) -> Ext {
        if exp > MAX_EXP {
            Ext::Inf
        } else if exp < MIN_EXP {
            Ext::Zero
        } else {
            Ext::Finite { sig, exp }
        }
    }

    /// Rounds `wide` (a value whose top set bit is bit `shift + 63`) to 64 bits, ties to even.
    /// `sticky` says whether nonzero bits below `wide` were already discarded. The result's
    /// exponent is `exp`, or `exp + 1` if rounding carried into a new top bit.
    const fn round(wide: u128, shift: u32, sticky: bool, exp: i32) -> Ext {
        let mut q = (wide >> shift) as u64;
        let rest = wide & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let above_half = rest > half || (rest == half && sticky);
        let tie = rest == half && !sticky;
        if above_half || (tie && q & 1 == 1) {
            q = q.wrapping_add(1);
            if q == 0 {
                // Carried out of 64 bits: the significand becomes 1.000…
                return Ext::finite(1 << 63, exp + 1);
            }
        }
        Ext::finite(q, exp)
    }

    /// `self * rhs`, rounded once.
    ///
    /// `0 * inf` cannot arise in the callers; it yields zero here.
    pub(crate) const fn mul(self, rhs: Ext) -> Ext {
        match (self, rhs) {
            (Ext::Zero, _) | (_, Ext::Zero) => Ext::Zero,
            (Ext::Inf, _) | (_, Ext::Inf) => Ext::Inf,
            (Ext::Finite { sig: a, exp: ea }, Ext::Finite { sig: b, exp: eb }) => {
                let p = a as u128 * b as u128;
                // Both factors are in [2^63, 2^64), so the product is in [2^126, 2^128).
                if p >> 127 != 0 {
                    Ext::round(p, 64, false, ea + eb + 1)
                } else {
                    Ext::round(p, 63, false, ea + eb)
                }
            }
        }
    }

    /// `self / rhs`, rounded once.
    ///
    /// The divisor is never zero in the callers, and `inf / inf` cannot arise; division by zero
    /// yields infinity and `inf / inf` zero here.
    pub(crate) fn div(self, rhs: Ext) -> Ext {
        match (self, rhs) {
            (Ext::Zero, _) => Ext::Zero,
            (_, Ext::Inf) => Ext::Zero,
            (Ext::Inf, _) | (_, Ext::Zero) => Ext::Inf,
            (Ext::Finite { sig: a, exp: ea }, Ext::Finite { sig: b, exp: eb }) => {
                // Scale the dividend so that the quotient lands in [2^63, 2^64).
                let (num, exp) = if a >= b {
                    ((a as u128) << 63, ea - eb)
                } else {
                    ((a as u128) << 64, ea - eb - 1)
                };
                let b = b as u128;
                let q = num / b;
                let r = num % b;
                // The quotient is below 2^64; the remainder against half the divisor decides
                // the rounding, ties going to the even quotient.
                let twice = 2 * r;
                let up = twice > b || (twice == b && q & 1 == 1);
                let q = q as u64;
                if up {
                    match q.checked_add(1) {
                        Some(q) => Ext::finite(q, exp),
                        None => Ext::finite(1 << 63, exp + 1),
                    }
                } else {
                    Ext::finite(q, exp)
                }
            }
        }
    }

    /// `self + rhs`, rounded once.
    pub(crate) fn add(self, rhs: Ext) -> Ext {
        match (self, rhs) {
            (Ext::Zero, x) | (x, Ext::Zero) => x,
            (Ext::Inf, _) | (_, Ext::Inf) => Ext::Inf,
            (Ext::Finite { sig: a, exp: ea }, Ext::Finite { sig: b, exp: eb }) => {
                let (big, small, diff) = if ea >= eb {
                    (a, b, (ea - eb) as u32)
                } else {
                    (b, a, (eb - ea) as u32)
                };
                let exp = ea.max(eb);
                // Work 62 bits below the larger operand, which keeps the sum under 2^127;
                // anything shifted out of the smaller one is only needed as a sticky bit.
                let big = (big as u128) << 62;
                let (small_part, sticky) = if diff >= 126 {
                    (0, true)
                } else {
                    let wide = (small as u128) << 62;
                    let kept = wide >> diff;
                    (kept, kept << diff != wide)
                };
                let sum = big + small_part;
                if sum >> 126 != 0 {
                    Ext::round(sum, 63, sticky, exp + 1)
                } else {
                    Ext::round(sum, 62, sticky, exp)
                }
            }
        }
    }

    /// Converts to `f64` with a single rounding to nearest-even, subnormals included
    /// (what `fstp` to a 64-bit memory operand does).
    pub(crate) fn to_f64(self) -> f64 {
        let (sig, exp) = match self {
            Ext::Zero => return 0.0,
            Ext::Inf => return f64::INFINITY,
            Ext::Finite { sig, exp } => (sig, exp),
        };
        if exp > 1023 {
            return f64::INFINITY;
        }
        // Number of significand bits that do not fit: 11 for normal results, more for
        // subnormal ones (whose last bit is worth 2^-1074).
        let drop = if exp >= -1022 {
            11
        } else {
            (-1011 - exp) as u32
        };
        if drop > 64 {
            // Below half of the smallest subnormal.
            return 0.0;
        }
        let wide = sig as u128;
        let mut q = (wide >> drop) as u64;
        let rest = wide & ((1u128 << drop) - 1);
        let half = 1u128 << (drop - 1);
        if rest > half || (rest == half && q & 1 == 1) {
            q += 1;
        }
        // For a normal result `q` still holds the hidden bit, so adding it to a field one lower
        // than the real one gives the right encoding, and a rounding carry into 2^53 moves the
        // exponent up by itself. Subnormals have a zero field, and a carry into 2^52 turns
        // them into the smallest normal number the same way.
        let bits = if exp >= -1022 {
            (((exp + 1022) as u64) << 52) + q
        } else {
            q
        };
        if bits >= 0x7ff << 52 {
            f64::INFINITY
        } else {
            f64::from_bits(bits)
        }
    }

    /// Converts to `u64`, truncating the fraction. Values of 2^64 and above do not arise in
    /// the callers; they saturate.
    pub(crate) fn to_u64_trunc(self) -> u64 {
        match self {
            Ext::Zero => 0,
            Ext::Inf => u64::MAX,
            Ext::Finite { sig, exp } => {
                if exp < 0 {
                    0
                } else if exp > 63 {
                    u64::MAX
                } else {
                    sig >> (63 - exp)
                }
            }
        }
    }
}

/// `10^(2^k)` as MicroPython's repeated squaring computes it in `long double`: each entry is
/// the previous one squared and rounded. Entries past `10^4096` overflow the x87 range.
const POW10_SQUARES: [Ext; 32] = {
    let mut table = [Ext::Inf; 32];
    let mut p = Ext::from_u64(10);
    let mut k = 0;
    while k < 32 {
        table[k] = p;
        p = p.mul(p);
        k += 1;
    }
    table
};

/// `num * 10^dec_exp` with MicroPython's square-and-multiply (`mp_decimal_exp`): multiply, or
/// divide for negative exponents, by `10^(2^k)` for each set bit `k`, low bits first, rounding
/// after every step.
pub(crate) fn decimal_exp(num: Ext, dec_exp: i64) -> Ext {
    if dec_exp == 0 || num == Ext::Zero {
        return num;
    }
    let neg = dec_exp < 0;
    let mut rest = dec_exp.unsigned_abs();
    let mut res = num;
    let mut k = 0;
    while rest != 0 {
        // Past the table every power is infinite; so is every further one.
        let power = POW10_SQUARES.get(k).copied().unwrap_or(Ext::Inf);
        if rest & 1 == 1 {
            res = if neg { res.div(power) } else { res.mul(power) };
        }
        rest >>= 1;
        k += 1;
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Operations recorded on real x87 hardware.
    const X87_OPS: &str = include_str!("../../tests/data/float/x87_ops.tsv");

    fn operand(text: &str) -> Ext {
        match text {
            "zero" => Ext::Zero,
            "inf" => Ext::Inf,
            _ => {
                let (sig, exp) = text.split_once(':').expect("sig:exp");
                Ext::Finite {
                    sig: u64::from_str_radix(sig, 16).expect("hex significand"),
                    exp: exp.parse().expect("exponent"),
                }
            }
        }
    }

    #[test]
    fn matches_x87_hardware() {
        let mut checked = 0;
        for line in X87_OPS.lines().filter(|l| !l.starts_with('#')) {
            let fields: Vec<&str> = line.split('\t').collect();
            let [op, a, b, want] = fields[..] else {
                panic!("malformed line {line}");
            };
            let a = operand(a);
            match op {
                "*" => assert_eq!(a.mul(operand(b)), operand(want), "{line}"),
                "/" => assert_eq!(a.div(operand(b)), operand(want), "{line}"),
                "+" => assert_eq!(a.add(operand(b)), operand(want), "{line}"),
                "d" => assert_eq!(
                    a.to_f64().to_bits(),
                    u64::from_str_radix(want, 16).expect("hex bits"),
                    "{line}"
                ),
                "h" => assert_eq!(
                    a.add(Ext::HALF).to_u64_trunc(),
                    want.parse::<u64>().expect("integer"),
                    "{line}"
                ),
                _ => panic!("unknown operation in {line}"),
            }
            checked += 1;
        }
        assert_eq!(checked, 8000);
    }

    #[test]
    fn powers_of_ten_by_squaring() {
        // 10^(2^k), each the rounded square of the previous, as the x87 computes them.
        let expected: [(u64, i32); 13] = [
            (0xa000000000000000, 3),
            (0xc800000000000000, 6),
            (0x9c40000000000000, 13),
            (0xbebc200000000000, 26),
            (0x8e1bc9bf04000000, 53),
            (0x9dc5ada82b70b59e, 106),
            (0xc2781f49ffcfa6d5, 212),
            (0x93ba47c980e98cdf, 425),
            (0xaa7eebfb9df9de8c, 850),
            (0xe319a0aea60e91c2, 1700),
            (0xc976758681750c0f, 3401),
            (0x9e8b3b5dc53d5dd7, 6803),
            (0xc46052028a209779, 13606),
        ];
        for (k, (sig, exp)) in expected.into_iter().enumerate() {
            assert_eq!(POW10_SQUARES[k], Ext::Finite { sig, exp }, "10^(2^{k})");
        }
        // 10^8192 is beyond the x87 range.
        assert!(POW10_SQUARES[13..].iter().all(|&p| p == Ext::Inf));
    }
}
