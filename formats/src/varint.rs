//! The two variable-length integer encodings of `.mpy` files.
//!
//! * vuint: unsigned, 7 bits per byte, most significant group first, bit 7 set on every byte
//!   but the last. Used for every count, length and index, and for most bytecode operands.
//! * svarint: the same groups holding a two's-complement value whose sign is bit 6 of the first
//!   byte. Used only by `LOAD_CONST_SMALL_INT`.

use crate::error::{Error, Result};

/// Longest vuint accepted for a 32-bit value: 5 groups of 7 bits.
const MAX_VUINT32_LEN: usize = 5;
/// Longest svarint accepted: 10 groups cover a 64-bit value plus sign.
const MAX_SVARINT_LEN: usize = 10;

/// A cursor over a byte slice that remembers the absolute offset of its start, so that errors
/// can name the position in the whole file.
#[derive(Clone, Copy, Debug)]
pub struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
    base: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `data`, which starts at absolute offset `base`.
    pub const fn new(data: &'a [u8], base: usize) -> Self {
        Cursor { data, pos: 0, base }
    }

    /// Absolute offset of the next byte.
    pub const fn offset(&self) -> usize {
        self.base + self.pos
    }

    /// Position relative to the start of the slice.
    pub const fn pos(&self) -> usize {
        self.pos
    }

    /// Bytes not yet read.
    pub fn remaining(&self) -> &'a [u8] {
        &self.data[self.pos..]
    }

    /// The bytes between relative position `start` and the current position.
    pub fn slice_from(&self, start: usize) -> &'a [u8] {
        &self.data[start.min(self.pos)..self.pos]
    }

    /// True when every byte has been read.
    pub const fn is_empty(&self) -> bool {
        self.pos >= self.data.len()
    }

    /// Reads one byte; `what` names the item for the error message.
    pub fn byte(&mut self, what: &'static str) -> Result<u8> {
        match self.data.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => Err(Error::truncated(self.offset(), what)),
        }
    }

    /// Reads `n` bytes.
    pub fn bytes(&mut self, n: usize, what: &'static str) -> Result<&'a [u8]> {
        let rest = self.remaining();
        if n > rest.len() {
            return Err(Error::truncated(self.base + self.data.len(), what));
        }
        self.pos += n;
        Ok(&rest[..n])
    }

    /// Reads a vuint that must fit in 32 bits.
    pub fn vuint(&mut self, what: &'static str) -> Result<u32> {
        let start = self.offset();
        let mut v: u64 = 0;
        for i in 0..MAX_VUINT32_LEN {
            let b = self.byte(what)?;
            v = (v << 7) | u64::from(b & 0x7f);
            if b & 0x80 == 0 {
                return u32::try_from(v)
                    .map_err(|_| Error::invalid(start, "a 32-bit unsigned varint"));
            }
            if i + 1 == MAX_VUINT32_LEN {
                break;
            }
        }
        Err(Error::invalid(
            start,
            "an unsigned varint of at most 5 bytes",
        ))
    }

    /// Reads a vuint used as a length or count: also checks that at least `min_unit * value`
    /// bytes remain, so that a corrupt length cannot ask for more than the file holds.
    pub fn len_vuint(&mut self, what: &'static str, min_unit: usize) -> Result<usize> {
        let at = self.offset();
        let n = self.vuint(what)? as usize;
        if n.saturating_mul(min_unit) > self.remaining().len() {
            return Err(Error::truncated(at, what));
        }
        Ok(n)
    }

    /// Reads an svarint (`LOAD_CONST_SMALL_INT` operand).
    pub fn svarint(&mut self, what: &'static str) -> Result<i64> {
        let start = self.offset();
        let first = self.byte(what)?;
        let mut v: i64 = if first & 0x40 != 0 { -1 } else { 0 };
        let mut b = first;
        let mut n = 1;
        loop {
            v = v.wrapping_shl(7) | i64::from(b & 0x7f);
            if b & 0x80 == 0 {
                return Ok(v);
            }
            if n == MAX_SVARINT_LEN {
                return Err(Error::invalid(start, "a signed varint of at most 10 bytes"));
            }
            b = self.byte(what)?;
            n += 1;
        }
    }
}

/// Number of bytes [`write_vuint`] uses for `v`.
pub const fn vuint_len(mut v: u32) -> usize {
    let mut n = 1;
    while v >= 0x80 {
        v >>= 7;
        n += 1;
    }
    n
}

/// Encodes `v` as a vuint into `buf`, returning the bytes used (at most 5).
pub fn encode_vuint(v: u32, buf: &mut [u8; 5]) -> &[u8] {
    let n = vuint_len(v);
    let mut x = v;
    for i in (0..n).rev() {
        let more = if i + 1 == n { 0 } else { 0x80 };
        buf[i] = (x & 0x7f) as u8 | more;
        x >>= 7;
    }
    &buf[..n]
}

/// Encodes `v` as an svarint into `buf`, returning the bytes used (at most 10).
pub fn encode_svarint(v: i64, buf: &mut [u8; 10]) -> &[u8] {
    // Collect groups least significant first until the rest is pure sign extension and the
    // top group's bit 6 carries the right sign.
    let mut tmp = [0u8; 10];
    let mut n = 0;
    let mut x = v;
    loop {
        tmp[n] = (x & 0x7f) as u8;
        n += 1;
        x >>= 7;
        let sign_ok = (tmp[n - 1] & 0x40 != 0) == (v < 0);
        if (x == 0 || x == -1) && sign_ok {
            break;
        }
    }
    for i in 0..n {
        let g = tmp[n - 1 - i];
        buf[i] = if i + 1 == n { g } else { g | 0x80 };
    }
    &buf[..n]
}

#[cfg(feature = "alloc")]
/// Appends `v` as a vuint.
pub fn push_vuint(out: &mut alloc::vec::Vec<u8>, v: u32) {
    let mut buf = [0u8; 5];
    out.extend_from_slice(encode_vuint(v, &mut buf));
}

#[cfg(feature = "alloc")]
/// Appends `v` as an svarint.
pub fn push_svarint(out: &mut alloc::vec::Vec<u8>, v: i64) {
    let mut buf = [0u8; 10];
    out.extend_from_slice(encode_svarint(v, &mut buf));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vu(v: u32) -> ([u8; 5], usize) {
        let mut b = [0; 5];
        let n = encode_vuint(v, &mut b).len();
        (b, n)
    }

    #[test]
    fn vuint_examples_from_the_format() {
        for (v, bytes) in [
            (0u32, &[0x00u8][..]),
            (127, &[0x7f]),
            (128, &[0x81, 0x00]),
            (247, &[0x81, 0x77]),
            (1000, &[0x87, 0x68]),
        ] {
            let (b, n) = vu(v);
            assert_eq!(&b[..n], bytes, "{v}");
            assert_eq!(Cursor::new(bytes, 0).vuint("x").unwrap(), v);
        }
        let (b, n) = vu(u32::MAX);
        assert_eq!(Cursor::new(&b[..n], 0).vuint("x").unwrap(), u32::MAX);
    }

    #[test]
    fn svarint_examples_from_the_format() {
        for (v, bytes) in [
            (1000i64, &[0x87u8, 0x68][..]),
            (16383, &[0x80, 0xff, 0x7f]),
            (-16384, &[0xff, 0x80, 0x00]),
            (-(1 << 30), &[0xfc, 0x80, 0x80, 0x80, 0x00]),
            (0, &[0x00]),
            (-1, &[0x7f]),
            (63, &[0x3f]),
            (64, &[0x80, 0x40]),
            (-64, &[0x40]),
            (-65, &[0xff, 0x3f]),
        ] {
            let mut b = [0; 10];
            assert_eq!(encode_svarint(v, &mut b), bytes, "{v}");
            assert_eq!(Cursor::new(bytes, 0).svarint("x").unwrap(), v);
        }
        for v in [i64::MIN, i64::MAX, i64::MIN + 1, 1 << 62, -(1 << 62)] {
            let mut b = [0; 10];
            let enc = encode_svarint(v, &mut b);
            assert_eq!(Cursor::new(enc, 0).svarint("x").unwrap(), v);
        }
    }

    #[test]
    fn overlong_vuint_is_an_error() {
        let e = Cursor::new(&[0x80, 0x80, 0x80, 0x80, 0x80, 0x00], 7)
            .vuint("n")
            .unwrap_err();
        assert_eq!(e.offset, 7);
        let e = Cursor::new(&[0x9f, 0xff, 0xff, 0xff, 0x7f], 0)
            .vuint("n")
            .unwrap_err();
        assert!(matches!(e.kind, crate::ErrorKind::Invalid { .. }));
        assert!(Cursor::new(&[0x81], 0).vuint("n").is_err());
    }
}
