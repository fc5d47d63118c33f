//! Interned strings (qstrs). Ids below [`STATIC_QSTR_COUNT`] are MicroPython's static qstrs
//! (from `frost_formats::qstr_static`); later ids are interned at run time. A string interned
//! from a `.mpy` borrows the file's bytes, so loading a module copies no names.

use alloc::boxed::Box;
use alloc::vec::Vec;

use frost_formats::qstr_static::{STATIC_QSTR_COUNT, static_qstr};

/// The hash of every string key, str and qstr alike: MicroPython's (djb2, `h * 33 ^ byte`,
/// kept to 16 bits, never 0), so dict order matches the reference VM.
pub fn hash_bytes(b: &[u8]) -> u32 {
    let mut h: u32 = 5381;
    for &c in b {
        h = (h << 5).wrapping_add(h) ^ u32::from(c);
    }
    h &= 0xffff;
    if h == 0 { 1 } else { h }
}

#[derive(Debug)]
enum Text<'a> {
    Static(&'static [u8]),
    Borrowed(&'a [u8]),
    Owned(Box<[u8]>),
}

/// The qstr table.
#[derive(Debug)]
pub struct Qstrs<'a> {
    texts: Vec<(Text<'a>, u32)>,
    index: Vec<u32>,
}

impl<'a> Qstrs<'a> {
    /// A table holding the static qstrs.
    pub fn new() -> Qstrs<'a> {
        let mut q = Qstrs {
            texts: Vec::new(),
            index: Vec::new(),
        };
        for id in 0..STATIC_QSTR_COUNT {
            let s = static_qstr(id);
            q.texts.push((Text::Static(s), hash_bytes(s)));
        }
        q.rebuild();
        q
    }

    fn rebuild(&mut self) {
        let size = (self.texts.len() * 2).next_power_of_two().max(64);
        self.index.clear();
        self.index.resize(size, u32::MAX);
        for i in 1..self.texts.len() {
            if i == 1 || i >= STATIC_QSTR_COUNT || !self.bytes(i as u32).is_empty() {
                self.insert_index(i as u32);
            }
        }
    }

    fn insert_index(&mut self, id: u32) {
        let mask = self.index.len() - 1;
        let mut i = (self.texts[id as usize].1 as usize) & mask;
        while self.index[i] != u32::MAX {
            i = (i + 1) & mask;
        }
        self.index[i] = id;
    }

    /// The text of qstr `id` (empty for an unknown id).
    pub fn bytes(&self, id: u32) -> &[u8] {
        match self.texts.get(id as usize) {
            Some((Text::Static(s), _)) => s,
            Some((Text::Borrowed(b), _)) => b,
            Some((Text::Owned(b), _)) => b,
            None => b"",
        }
    }

    /// The content hash of qstr `id`.
    pub fn hash(&self, id: u32) -> u32 {
        self.texts.get(id as usize).map_or(0, |t| t.1)
    }

    /// The id of `s`, if interned.
    pub fn find(&self, s: &[u8]) -> Option<u32> {
        let h = hash_bytes(s);
        let mask = self.index.len() - 1;
        let mut i = (h as usize) & mask;
        loop {
            let id = *self.index.get(i)?;
            if id == u32::MAX {
                return None;
            }
            if self.texts[id as usize].1 == h && self.bytes(id) == s {
                return Some(id);
            }
            i = (i + 1) & mask;
        }
    }

    fn add(&mut self, t: Text<'a>, h: u32) -> u32 {
        let id = self.texts.len() as u32;
        self.texts.push((t, h));
        if self.texts.len() * 2 > self.index.len() {
            self.rebuild();
        } else {
            self.insert_index(id);
        }
        id
    }

    /// Interns bytes that live as long as the VM's code (no copy).
    pub fn intern_borrowed(&mut self, s: &'a [u8]) -> u32 {
        match self.find(s) {
            Some(id) => id,
            None => self.add(Text::Borrowed(s), hash_bytes(s)),
        }
    }

    /// Interns a string, copying it if it is new.
    pub fn intern(&mut self, s: &[u8]) -> u32 {
        match self.find(s) {
            Some(id) => id,
            None => self.add(Text::Owned(s.into()), hash_bytes(s)),
        }
    }

    /// Interns a static string.
    pub fn intern_static(&mut self, s: &'static str) -> u32 {
        match self.find(s.as_bytes()) {
            Some(id) => id,
            None => self.add(Text::Static(s.as_bytes()), hash_bytes(s.as_bytes())),
        }
    }
}

impl Default for Qstrs<'_> {
    fn default() -> Self {
        Self::new()
    }
}
