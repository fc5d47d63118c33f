//! Arbitrary-precision integers for values that do not fit a small int: sign and magnitude,
//! 32-bit limbs, least significant first, no leading zero limbs (zero has no limbs).
//! Simple schoolbook algorithms: programs on a microcontroller rarely need huge numbers.

use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::mathf::{EXP_BIAS, FRAC_BITS, Float, biased_exp};

/// An integer of any size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigInt {
    neg: bool,
    mag: Vec<u32>,
}

fn trim(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for (i, &x) in a.iter().enumerate() {
        let s = u64::from(x) + u64::from(*b.get(i).unwrap_or(&0)) + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    out
}

/// a - b where |a| >= |b|.
fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for (i, &x) in a.iter().enumerate() {
        let mut d = i64::from(x) - i64::from(*b.get(i).unwrap_or(&0)) - borrow;
        if d < 0 {
            d += 1 << 32;
            borrow = 1;
        } else {
            borrow = 0;
        }
        out.push(d as u32);
    }
    trim(&mut out);
    out
}

fn mul_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut out = alloc::vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = u64::from(x) * u64::from(y) + u64::from(out[i + j]) + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        let mut k = i + b.len();
        while carry != 0 && k < out.len() {
            let t = u64::from(out[k]) + carry;
            out[k] = t as u32;
            carry = t >> 32;
            k += 1;
        }
    }
    trim(&mut out);
    out
}

/// Divides a magnitude by a small divisor in place, returning the remainder.
fn divrem_small(a: &mut Vec<u32>, d: u32) -> u32 {
    let mut rem = 0u64;
    for i in (0..a.len()).rev() {
        let cur = (rem << 32) | u64::from(a[i]);
        a[i] = (cur / u64::from(d)) as u32;
        rem = cur % u64::from(d);
    }
    trim(a);
    rem as u32
}

fn shl_mag(a: &[u32], n: usize) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let (limbs, bits) = (n / 32, n % 32);
    let mut out = alloc::vec![0u32; limbs];
    let mut carry = 0u32;
    for &x in a {
        if bits == 0 {
            out.push(x);
        } else {
            out.push((x << bits) | carry);
            carry = x >> (32 - bits);
        }
    }
    if carry != 0 {
        out.push(carry);
    }
    out
}

fn shr_mag(a: &[u32], n: usize) -> Vec<u32> {
    let (limbs, bits) = (n / 32, n % 32);
    if limbs >= a.len() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(a.len() - limbs);
    for i in limbs..a.len() {
        let lo = a[i] >> bits;
        let hi = if bits == 0 {
            0
        } else {
            a.get(i + 1).map_or(0, |&h| h << (32 - bits))
        };
        out.push(lo | hi);
    }
    trim(&mut out);
    out
}

fn bit_len(a: &[u32]) -> usize {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() - 1) * 32 + (32 - top.leading_zeros() as usize),
    }
}

/// Truncating division of magnitudes: (quotient, remainder). `b` is non-empty.
fn divrem_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if cmp_mag(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let mut q = a.to_vec();
        let r = divrem_small(&mut q, b[0]);
        let mut r = alloc::vec![r];
        trim(&mut r);
        return (q, r);
    }
    // Binary long division: fine for the sizes embedded programs use.
    let n = bit_len(a);
    let mut q = alloc::vec![0u32; a.len()];
    let mut r: Vec<u32> = Vec::new();
    for i in (0..n).rev() {
        r = shl_mag(&r, 1);
        if (a[i / 32] >> (i % 32)) & 1 == 1 {
            if r.is_empty() {
                r.push(1);
            } else {
                r[0] |= 1;
            }
        }
        if cmp_mag(&r, b) != Ordering::Less {
            r = sub_mag(&r, b);
            q[i / 32] |= 1 << (i % 32);
        }
    }
    trim(&mut q);
    (q, r)
}

impl BigInt {
    /// Zero.
    pub fn zero() -> BigInt {
        BigInt {
            neg: false,
            mag: Vec::new(),
        }
    }
    fn make(neg: bool, mut mag: Vec<u32>) -> BigInt {
        trim(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }
    /// From a machine integer.
    pub fn from_i64(v: i64) -> BigInt {
        Self::from_i128(i128::from(v))
    }
    /// From a wide machine integer.
    pub fn from_i128(v: i128) -> BigInt {
        let neg = v < 0;
        let mut m = v.unsigned_abs();
        let mut mag = Vec::new();
        while m != 0 {
            mag.push(m as u32);
            m >>= 32;
        }
        BigInt { neg, mag }
    }
    /// The value as an `i64`, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        if self.mag.len() > 2 {
            return None;
        }
        let mut m: u64 = 0;
        for (i, &l) in self.mag.iter().enumerate() {
            m |= u64::from(l) << (32 * i);
        }
        if self.neg {
            if m <= 1 << 63 {
                Some((m as i64).wrapping_neg())
            } else {
                None
            }
        } else {
            i64::try_from(m).ok()
        }
    }
    /// Nearest float (may be infinite).
    pub fn to_float(&self) -> Float {
        let mut f: Float = 0.0;
        for &l in self.mag.iter().rev() {
            f = f * 4294967296.0 + l as Float;
        }
        if self.neg { -f } else { f }
    }
    /// The integer part of a finite float.
    pub fn from_float(f: Float) -> BigInt {
        // |f| = m × 2^e exactly, with the implicit bit in m; below 1 the integer part is 0.
        let be = biased_exp(f);
        if be < EXP_BIAS {
            return BigInt::zero();
        }
        let m = (crate::mathf::bits(f) & ((1 << FRAC_BITS) - 1)) | (1 << FRAC_BITS);
        let e = be - EXP_BIAS - FRAC_BITS as i32;
        let r = if e >= 0 {
            BigInt::from_i64(m as i64).shl(e as usize)
        } else {
            BigInt::from_i64((m >> -e) as i64)
        };
        if f.is_sign_negative() { r.neg() } else { r }
    }
    /// Bits in the magnitude (0 for zero).
    pub fn bits(&self) -> usize {
        bit_len(&self.mag)
    }
    /// True for a negative value.
    pub fn is_neg(&self) -> bool {
        self.neg
    }
    /// True for zero.
    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }
    /// Negation.
    pub fn neg(&self) -> BigInt {
        BigInt::make(!self.neg, self.mag.clone())
    }
    /// Absolute value.
    pub fn abs(&self) -> BigInt {
        BigInt::make(false, self.mag.clone())
    }
    /// Sum.
    pub fn add(&self, o: &BigInt) -> BigInt {
        if self.neg == o.neg {
            return BigInt::make(self.neg, add_mag(&self.mag, &o.mag));
        }
        match cmp_mag(&self.mag, &o.mag) {
            Ordering::Less => BigInt::make(o.neg, sub_mag(&o.mag, &self.mag)),
            _ => BigInt::make(self.neg, sub_mag(&self.mag, &o.mag)),
        }
    }
    /// Difference.
    pub fn sub(&self, o: &BigInt) -> BigInt {
        self.add(&o.neg())
    }
    /// Product.
    pub fn mul(&self, o: &BigInt) -> BigInt {
        BigInt::make(self.neg != o.neg, mul_mag(&self.mag, &o.mag))
    }
    /// Floor division and modulo (Python semantics). `None` when `o` is zero.
    pub fn divmod(&self, o: &BigInt) -> Option<(BigInt, BigInt)> {
        if o.is_zero() {
            return None;
        }
        let (q, r) = divrem_mag(&self.mag, &o.mag);
        let mut q = BigInt::make(self.neg != o.neg, q);
        let mut r = BigInt::make(self.neg, r);
        if !r.is_zero() && r.neg != o.neg {
            q = q.sub(&BigInt::from_i64(1));
            r = r.add(o);
        }
        Some((q, r))
    }
    /// `self ** e`.
    pub fn pow(&self, mut e: u64) -> BigInt {
        let mut base = self.clone();
        let mut acc = BigInt::from_i64(1);
        while e > 0 {
            if e & 1 == 1 {
                acc = acc.mul(&base);
            }
            e >>= 1;
            if e > 0 {
                base = base.mul(&base);
            }
        }
        acc
    }
    /// Left shift.
    pub fn shl(&self, n: usize) -> BigInt {
        BigInt::make(self.neg, shl_mag(&self.mag, n))
    }
    /// Arithmetic (flooring) right shift.
    pub fn shr(&self, n: usize) -> BigInt {
        if !self.neg {
            return BigInt::make(false, shr_mag(&self.mag, n));
        }
        // floor(-m / 2^n) = -ceil(m / 2^n)
        let q = shr_mag(&self.mag, n);
        let back = shl_mag(&q, n);
        let q = BigInt::make(false, q);
        let q = if cmp_mag(&back, &self.mag) != Ordering::Equal {
            q.add(&BigInt::from_i64(1))
        } else {
            q
        };
        q.neg()
    }
    /// Compares two integers.
    pub fn compare(&self, o: &BigInt) -> Ordering {
        match (self.neg, o.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &o.mag),
            (true, true) => cmp_mag(&o.mag, &self.mag),
        }
    }
    /// Two's complement limbs, `n` long.
    /// The low `len` bytes of the two's complement value, least significant first
    /// (`int.to_bytes`).
    pub fn to_le_bytes(&self, len: usize) -> Vec<u8> {
        let w = self.twos(len.div_ceil(4));
        (0..len)
            .map(|i| (w[i / 4] >> (8 * (i % 4))) as u8)
            .collect()
    }
    /// The non-negative integer of `b`, least significant byte first (`int.from_bytes`).
    pub fn from_le_bytes(b: &[u8]) -> BigInt {
        let mut mag = alloc::vec![0u32; b.len().div_ceil(4)];
        for (i, &x) in b.iter().enumerate() {
            mag[i / 4] |= u32::from(x) << (8 * (i % 4));
        }
        BigInt::make(false, mag)
    }
    fn twos(&self, n: usize) -> Vec<u32> {
        let mut v = self.mag.clone();
        v.resize(n, 0);
        if self.neg {
            let mut carry = 1u64;
            for l in v.iter_mut() {
                let t = u64::from(!*l) + carry;
                *l = t as u32;
                carry = t >> 32;
            }
        }
        v
    }
    fn from_twos(mut v: Vec<u32>) -> BigInt {
        let neg = v.last().is_some_and(|&t| t & 0x8000_0000 != 0);
        if neg {
            let mut carry = 1u64;
            for l in v.iter_mut() {
                let t = u64::from(!*l) + carry;
                *l = t as u32;
                carry = t >> 32;
            }
        }
        BigInt::make(neg, v)
    }
    /// Bitwise and/or/xor (`op` = b'&', b'|', b'^') with Python's infinite two's complement.
    pub fn bitop(&self, o: &BigInt, op: u8) -> BigInt {
        let n = self.mag.len().max(o.mag.len()) + 1;
        let (a, b) = (self.twos(n), o.twos(n));
        let v = a
            .iter()
            .zip(&b)
            .map(|(x, y)| match op {
                b'&' => x & y,
                b'|' => x | y,
                _ => x ^ y,
            })
            .collect();
        BigInt::from_twos(v)
    }
    /// Digits in `radix` (2..=36), lower case, with a leading `-` when negative.
    pub fn to_radix(&self, radix: u32) -> Vec<u8> {
        if self.is_zero() {
            return alloc::vec![b'0'];
        }
        // As many digits per pass over the limbs as a power of the radix fits in 32 bits.
        let (mut chunk, mut per) = (radix, 1);
        while let Some(c) = chunk.checked_mul(radix) {
            chunk = c;
            per += 1;
        }
        let mut m = self.mag.clone();
        let mut out = Vec::new();
        while !m.is_empty() {
            let mut r = divrem_small(&mut m, chunk);
            for _ in 0..per {
                out.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(r % radix) as usize]);
                r /= radix;
                if m.is_empty() && r == 0 {
                    break;
                }
            }
        }
        if self.neg {
            out.push(b'-');
        }
        out.reverse();
        out
    }
    /// Parses digits (no sign, no prefix, no underscores) in `radix`.
    pub fn parse_digits(s: &[u8], radix: u32) -> Option<BigInt> {
        if s.is_empty() || !(2..=36).contains(&radix) {
            return None;
        }
        let mut mag: Vec<u32> = Vec::new();
        // Several digits per pass over the limbs: radix^k still fits 32 bits.
        let per = match radix {
            2 => 31,
            3..=6 => 12,
            7..=16 => 7,
            _ => 6,
        };
        for chunk in s.chunks(per) {
            let mut mul: u64 = 1;
            let mut val: u64 = 0;
            for &c in chunk {
                let d = (c as char).to_digit(radix)?;
                val = val * u64::from(radix) + u64::from(d);
                mul *= u64::from(radix);
            }
            let mut carry = val;
            for l in mag.iter_mut() {
                let t = u64::from(*l) * mul + carry;
                *l = t as u32;
                carry = t >> 32;
            }
            while carry != 0 {
                mag.push(carry as u32);
                carry >>= 32;
            }
        }
        Some(BigInt::make(false, mag))
    }
    /// MicroPython's hash of an int: the value's low machine word (negated for a negative
    /// value) wrapped into the small-int range, so it depends on the word size as there.
    pub fn hash(&self) -> i64 {
        let lo = u64::from(self.mag.first().copied().unwrap_or(0))
            | (u64::from(self.mag.get(1).copied().unwrap_or(0)) << 32);
        let mut val = lo as usize;
        if self.neg {
            val = val.wrapping_neg();
        }
        ((val << 1) as isize >> 1) as i64
    }
    /// The low 64 bits of the two's complement value (what `struct.pack` stores).
    pub fn low_u64(&self) -> u64 {
        let v = self.twos(self.mag.len().max(2) + 1);
        u64::from(v[0]) | (u64::from(v[1]) << 32)
    }
    /// Bytes of magnitude.
    pub fn byte_len(&self) -> usize {
        self.mag.len() * 4
    }
    /// Approximate heap bytes.
    pub fn heap_size(&self) -> usize {
        self.mag.capacity() * 4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        let (neg, d) = match s.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, s),
        };
        let b = BigInt::parse_digits(d.as_bytes(), 10).unwrap();
        if neg { b.neg() } else { b }
    }
    /// Values from MicroPython's unix port (64-bit words); `hash` wraps the low word into the
    /// small-int range as it does.
    #[cfg(target_pointer_width = "64")]
    #[test]
    fn hash_is_the_low_word_wrapped_to_a_small_int() {
        for (v, h) in [
            ("18446744073709551621", 5),
            ("-18446744073709551621", -5),
            ("9223372036854775808", 0),
            ("-9223372036854775808", 0),
            ("4611686018427387904", -4611686018427387904),
            ("-4611686018427387905", 4611686018427387903),
            ("1180591620717411303424", 0),
        ] {
            assert_eq!(big(v).hash(), h, "hash({v})");
        }
    }
    fn s(b: &BigInt) -> alloc::string::String {
        alloc::string::String::from_utf8(b.to_radix(10)).unwrap()
    }

    #[test]
    fn arithmetic() {
        let a = big("123456789012345678901234567890");
        let b = big("-987654321098765432109876543210");
        assert_eq!(s(&a.add(&b)), "-864197532086419753208641975320");
        assert_eq!(
            s(&a.mul(&b)),
            "-121932631137021795226185032733622923332237463801111263526900"
        );
        let (q, r) = b.divmod(&a).unwrap();
        assert_eq!(
            (s(&q), s(&r)),
            ("-9".into(), "123456780012345678001234567800".into())
        );
        assert_eq!(
            s(&BigInt::from_i64(2).pow(100)),
            "1267650600228229401496703205376"
        );
        assert_eq!(s(&big("-5").shr(1)), "-3");
        assert_eq!(s(&big("-1").bitop(&big("255"), b'&')), "255");
        assert_eq!(BigInt::from_i64(i64::MIN).to_i64(), Some(i64::MIN));
    }

    #[test]
    #[cfg(not(feature = "float32"))]
    fn from_f64_truncates() {
        let mut x: u64 = 0x1234_5678_9abc_def1;
        for _ in 0..5000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Magnitudes from below 1 to about 2^120, both signs.
            let f = f64::from_bits((x % (1150 << 52)) | (x & (1 << 63)));
            assert_eq!(BigInt::from_float(f), BigInt::from_i128(f as i128), "{f:e}");
        }
        assert_eq!(
            s(&BigInt::from_float(1e30)),
            "1000000000000000019884624838656"
        );
        assert_eq!(s(&BigInt::from_float(-2.5)), "-2");
        assert!(BigInt::from_float(-0.75).is_zero());
    }

    #[test]
    fn radix_digits_in_chunks() {
        // Zeros inside and at the end of a chunk, and chunk-sized values, in several radixes.
        for t in [
            "1000000000",
            "999999999",
            "1000000000000000000",
            "10",
            "7",
            "4294967296",
        ] {
            assert_eq!(s(&big(t)), t);
            assert_eq!(s(&big(t).neg()), alloc::format!("-{t}"));
        }
        assert_eq!(BigInt::zero().to_radix(10), b"0");
        let x = BigInt::from_i64(2).pow(70).add(&BigInt::from_i64(5));
        assert_eq!(x.to_radix(16), b"400000000000000005");
        assert_eq!(x.to_radix(2).len(), 71);
        assert_eq!(x.to_radix(36), b"6x5kxtvuwilukl");
    }
}
