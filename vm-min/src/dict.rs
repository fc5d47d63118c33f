//! The hash table behind `dict`, `set`, module globals and instance/class namespaces.
//!
//! It reproduces MicroPython's `py/map.c` layout so that iteration order (and so printed
//! output) matches the reference VM: open addressing with linear probing from
//! `hash % alloc`, table sizes from the same growth sequence, growth only when the table is
//! full, deleted slots become a tombstone unless the next slot is empty, and a rehash
//! re-inserts in slot order. An *ordered* table (`OrderedDict`) is a plain insertion-ordered
//! array, as MicroPython's ordered maps are.
//!
//! Equality of keys may need the VM (user `__eq__`), so the table only offers probing with a
//! caller-supplied comparison; the VM (`runtime.rs`) does the rest.

use alloc::vec::Vec;

use crate::value::Value;

/// A tombstone (deleted slot).
const DELETED: Value = Value::SENTINEL;

/// One slot.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The key (`NULL` empty, `SENTINEL` deleted).
    pub key: Value,
    /// The value (`NULL` in sets).
    pub value: Value,
    /// The key's hash (MicroPython's 32-bit hash).
    pub hash: u32,
}

const EMPTY: Entry = Entry {
    key: Value::NULL,
    value: Value::NULL,
    hash: 0,
};

const SIZES: [usize; 34] = [
    0, 2, 4, 6, 8, 10, 12, 17, 23, 29, 37, 47, 59, 73, 97, 127, 167, 223, 293, 389, 521, 691, 919,
    1223, 1627, 2161, 3229, 4831, 7243, 10861, 16273, 24407, 36607, 54907,
];

fn alloc_at_least(x: usize) -> usize {
    SIZES
        .iter()
        .copied()
        .find(|&s| s >= x)
        .unwrap_or((x + x / 2) | 1)
}

/// The table.
#[derive(Clone, Debug, Default)]
pub struct Dict {
    /// Slots (hash order), or entries in insertion order when `ordered`.
    pub entries: Vec<Entry>,
    used: usize,
    /// Insertion-ordered (`OrderedDict`).
    pub ordered: bool,
}

/// Where a key is, or where it would go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Probe {
    /// Found at this slot.
    Found(usize),
    /// Absent; insert at this slot.
    Vacant(usize),
    /// Absent and the table is full: grow first.
    Full,
}

impl Dict {
    /// An empty table.
    pub fn new() -> Dict {
        Dict::default()
    }
    /// An empty table with room for `n` (MicroPython's size hint: exactly `n` slots).
    pub fn with_alloc(n: usize) -> Dict {
        Dict {
            entries: alloc::vec![EMPTY; n],
            used: 0,
            ordered: false,
        }
    }
    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.used
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    /// Number of slots.
    pub fn alloc(&self) -> usize {
        self.entries.len()
    }
    /// Live entries in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| live(e.key))
    }
    /// Slot `n` if it holds a live entry (for iterators that walk by position).
    pub fn entry_at(&self, n: usize) -> Option<&Entry> {
        self.entries.get(n).filter(|e| live(e.key))
    }
    /// The slot holding exactly `key` (the same word, e.g. a qstr), if any: the cheap
    /// lookup for interned names. A miss says nothing about keys equal to `key` in value.
    #[inline]
    pub fn find_exact(&self, hash: u32, key: Value) -> Option<usize> {
        let n = self.entries.len();
        if n == 0 {
            return None;
        }
        if self.ordered {
            return self.entries.iter().position(|e| e.key == key);
        }
        let mut pos = hash as usize % n;
        for _ in 0..n {
            let e = self.entries.get(pos)?;
            if e.key == key {
                return Some(pos);
            }
            if e.key.is_null() {
                return None;
            }
            pos += 1;
            if pos == n {
                pos = 0;
            }
        }
        None
    }
    /// Looks for a key with this hash; `eq` decides equality of a candidate key.
    /// (One copy for every caller: `eq` is a trait object, not a generic.)
    #[inline(never)]
    pub fn probe(&self, hash: u32, eq: &mut dyn FnMut(Value) -> bool) -> Probe {
        if self.ordered {
            for (i, e) in self.entries.iter().enumerate() {
                if live(e.key) && e.hash == hash && eq(e.key) {
                    return Probe::Found(i);
                }
            }
            return Probe::Vacant(self.entries.len());
        }
        let n = self.entries.len();
        if n == 0 {
            return Probe::Full;
        }
        let start = hash as usize % n;
        let mut pos = start;
        let mut avail = None;
        loop {
            let e = &self.entries[pos];
            if e.key.is_null() {
                return Probe::Vacant(avail.unwrap_or(pos));
            } else if e.key == DELETED {
                if avail.is_none() {
                    avail = Some(pos);
                }
            } else if e.hash == hash && eq(e.key) {
                return Probe::Found(pos);
            }
            pos += 1;
            if pos == n {
                pos = 0;
            }
            if pos == start {
                return match avail {
                    Some(a) => Probe::Vacant(a),
                    None => Probe::Full,
                };
            }
        }
    }
    /// Slots whose key has this hash, in probe order (copied, so the caller may run Python
    /// code to compare).
    pub fn candidates(&self, hash: u32) -> Vec<usize> {
        let mut v = Vec::new();
        if self.ordered {
            for (i, e) in self.entries.iter().enumerate() {
                if live(e.key) && e.hash == hash {
                    v.push(i);
                }
            }
            return v;
        }
        let n = self.entries.len();
        if n == 0 {
            return v;
        }
        let start = hash as usize % n;
        let mut pos = start;
        loop {
            let e = &self.entries[pos];
            if e.key.is_null() {
                break;
            }
            if live(e.key) && e.hash == hash {
                v.push(pos);
            }
            pos = (pos + 1) % n;
            if pos == start {
                break;
            }
        }
        v
    }
    /// Grows the table (MicroPython's rehash).
    pub fn grow(&mut self) {
        if self.ordered {
            return;
        }
        let old = core::mem::take(&mut self.entries);
        self.entries = alloc::vec![EMPTY; alloc_at_least(old.len() + 1)];
        self.used = 0;
        for e in old.into_iter().filter(|e| live(e.key)) {
            if let Probe::Vacant(p) = self.probe(e.hash, &mut |_| false) {
                self.entries[p] = e;
                self.used += 1;
            }
        }
    }
    /// Inserts a key known to be absent.
    pub fn insert_new(&mut self, key: Value, value: Value, hash: u32) {
        loop {
            match self.probe(hash, &mut |_| false) {
                Probe::Vacant(p) => {
                    let e = Entry { key, value, hash };
                    if p == self.entries.len() {
                        self.entries.push(e);
                    } else {
                        self.entries[p] = e;
                    }
                    self.used += 1;
                    return;
                }
                _ => self.grow(),
            }
        }
    }
    /// Removes slot `n`, returning its entry.
    pub fn remove_at(&mut self, n: usize) -> Option<Entry> {
        let e = *self.entries.get(n)?;
        if !live(e.key) {
            return None;
        }
        self.used -= 1;
        if self.ordered {
            self.entries.remove(n);
            return Some(e);
        }
        let next = (n + 1) % self.entries.len();
        self.entries[n] = if self.entries[next].key.is_null() {
            EMPTY
        } else {
            Entry {
                key: DELETED,
                ..EMPTY
            }
        };
        Some(e)
    }
    /// Removes everything (MicroPython frees the table).
    pub fn clear(&mut self) {
        self.entries.clear();
        self.used = 0;
    }
    /// Approximate heap bytes.
    pub fn heap_size(&self) -> usize {
        self.entries.capacity() * core::mem::size_of::<Entry>()
    }
}

fn live(k: Value) -> bool {
    !k.is_null() && k != DELETED
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_follows_micropython_layout() {
        // Small ints hash to themselves: {5, 1, 2} in a fresh dict lands in slot order.
        let mut d = Dict::new();
        for k in [5i64, 1, 2] {
            d.insert_new(Value::small(k), Value::NONE, k as u32);
        }
        let keys: Vec<i64> = d.iter().filter_map(|e| e.key.as_small()).collect();
        // 0 -> 2 slots (5 at 1, 1 at 0), full -> 4 slots, rehashed in slot order
        // (1 at 1, 5 at 2), then 2 probes from 2 to 3.
        assert_eq!(keys, [1, 5, 2]);
        assert_eq!(d.alloc(), 4);
    }
}
