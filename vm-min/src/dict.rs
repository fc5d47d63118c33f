//! Insertion-ordered hash table, the storage of `dict`, `set`, instance and class namespaces.
//!
//! Entries live in a vector in insertion order; an open-addressing index of entry numbers
//! finds them by hash. Deleting leaves a hole (`Value::NULL` key) that a rebuild squeezes
//! out. Equality of keys needs the VM (user `__eq__`), so the table only answers "which
//! entries have this hash" ([`Dict::probe`]); the caller decides equality.

use alloc::vec::Vec;

use crate::value::Value;

const EMPTY: u32 = u32::MAX;

/// One entry.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The key (`NULL` for a deleted entry).
    pub key: Value,
    /// The value (`NULL` in sets).
    pub value: Value,
    /// The key's hash.
    pub hash: u64,
}

/// The table.
#[derive(Clone, Debug, Default)]
pub struct Dict {
    /// Entries in insertion order, holes included.
    pub entries: Vec<Entry>,
    index: Vec<u32>,
    len: usize,
}

impl Dict {
    /// An empty table.
    pub fn new() -> Dict {
        Dict::default()
    }
    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.len
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Live entries in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }
    /// The `n`-th slot of the entry vector, if live (for iterators that walk by position).
    pub fn entry_at(&self, n: usize) -> Option<&Entry> {
        self.entries.get(n).filter(|e| !e.key.is_null())
    }
    /// Calls `f` on entry numbers whose hash is `hash`, in probe order, until it returns
    /// true; returns that entry number.
    pub fn probe(&self, hash: u64, mut f: impl FnMut(usize, &Entry) -> bool) -> Option<usize> {
        if self.index.is_empty() {
            return None;
        }
        let mask = self.index.len() - 1;
        let mut i = (hash as usize) & mask;
        loop {
            let e = self.index[i];
            if e == EMPTY {
                return None;
            }
            if let Some(ent) = self.entries.get(e as usize) {
                if ent.hash == hash && !ent.key.is_null() && f(e as usize, ent) {
                    return Some(e as usize);
                }
            }
            i = (i + 1) & mask;
        }
    }
    /// Entry numbers with this hash (a copy, so the caller may run Python code to compare).
    pub fn candidates(&self, hash: u64) -> Vec<usize> {
        let mut v = Vec::new();
        self.probe(hash, |i, _| {
            v.push(i);
            false
        });
        v
    }
    fn rebuild(&mut self, cap: usize) {
        self.entries.retain(|e| !e.key.is_null());
        let mut size = 8;
        while size < cap * 2 {
            size *= 2;
        }
        self.index.clear();
        self.index.resize(size, EMPTY);
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let mut i = (e.hash as usize) & mask;
            while self.index[i] != EMPTY {
                i = (i + 1) & mask;
            }
            self.index[i] = n as u32;
        }
    }
    /// Appends a new entry (the caller checked the key is absent).
    pub fn push(&mut self, key: Value, value: Value, hash: u64) {
        if (self.entries.len() + 1) * 2 > self.index.len() {
            self.rebuild(self.len + 1);
        }
        let n = self.entries.len() as u32;
        self.entries.push(Entry { key, value, hash });
        self.len += 1;
        let mask = self.index.len() - 1;
        let mut i = (hash as usize) & mask;
        while self.index[i] != EMPTY {
            i = (i + 1) & mask;
        }
        self.index[i] = n;
    }
    /// Removes entry `n`, returning it.
    pub fn remove_at(&mut self, n: usize) -> Option<Entry> {
        let e = *self.entries.get(n)?;
        if e.key.is_null() {
            return None;
        }
        self.entries[n].key = Value::NULL;
        self.entries[n].value = Value::NULL;
        self.len -= 1;
        Some(e)
    }
    /// Removes everything.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }
    /// Approximate heap bytes.
    pub fn heap_size(&self) -> usize {
        self.entries.capacity() * core::mem::size_of::<Entry>() + self.index.capacity() * 4
    }
}
