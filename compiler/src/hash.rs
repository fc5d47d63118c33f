//! A fast, deterministic hasher for the compiler's internal maps (qstr ids, node
//! addresses, interned text).
//!
//! The standard `HashMap` hasher (SipHash with random keys) resists hash flooding, which a
//! compiler of local files does not need, and costs several times more per lookup. No output
//! depends on the iteration order of any map using this hasher.

use core::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FastHasher>>;

const K: u64 = 0xf135_7aea_2e62_a9c5;

/// Multiply-and-rotate hashing of whole words (the scheme of rustc's `FxHasher`), with a
/// final rotation so the table's index bits depend on every input bit.
#[derive(Clone, Copy, Default)]
pub struct FastHasher {
    hash: u64,
}

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash ^ word).wrapping_mul(K);
    }
}

/// Hashes a byte string (used by the interner's own table too).
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = FastHasher::default();
    h.write(bytes);
    h.add(bytes.len() as u64);
    h.finish()
}

/// The 1 to 7 bytes of `rest` as one word, with fixed-size loads (no copy of a variable
/// length): for 4 to 7 bytes the first and the last four, which overlap but together give
/// every byte; for 1 to 3 bytes the first, middle and last. With the length hashed too,
/// different tails of one length give different words.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
        lo as u64 | (hi as u64) << 32
    } else {
        rest[0] as u64 | (rest[n / 2] as u64) << 8 | (rest[n - 1] as u64) << 16
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail_word(rest));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // hashbrown takes the top 7 bits as a tag and the low bits as the index: fold the
        // well-mixed high bits down.
        self.hash.rotate_left(26)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinguishes_lengths_and_contents() {
        assert_ne!(hash_bytes(b""), hash_bytes(b"\0"));
        assert_ne!(hash_bytes(b"a"), hash_bytes(b"a\0"));
        assert_ne!(hash_bytes(b"abcdefgh"), hash_bytes(b"abcdefgi"));
        assert_eq!(hash_bytes(b"__name__"), hash_bytes(b"__name__"));
        // Tails of every length from 1 to 7 bytes: each byte matters.
        for n in 1..8 {
            let base = [b'a'; 15];
            for i in 0..n {
                let mut other = base;
                other[8 + i] = b'b';
                assert_ne!(
                    hash_bytes(&base[..8 + n]),
                    hash_bytes(&other[..8 + n]),
                    "{n} {i}"
                );
            }
        }
    }

    #[test]
    fn map_works() {
        let mut m: FastMap<u32, u32> = FastMap::default();
        for i in 0..1000 {
            m.insert(i, i * 2);
        }
        assert!((0..1000).all(|i| m[&i] == i * 2));
    }
}
