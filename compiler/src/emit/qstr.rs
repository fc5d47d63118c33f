//! Interned names. Every identifier and interned string the compiler handles becomes a
//! [`Sym`], so scopes compare names by number; the module's qstr table ([`super::Tables`])
//! maps symbols to table indices in first-use order.

use std::collections::HashMap;

/// An interned byte string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

/// Names the compiler itself refers to, interned first so they have fixed symbols.
pub mod well_known {
    use super::Sym;
    /// `""` (the hidden comprehension argument, `from . import`).
    pub const EMPTY: Sym = Sym(0);
    /// `<module>`.
    pub const MODULE: Sym = Sym(1);
    /// `<lambda>`.
    pub const LAMBDA: Sym = Sym(2);
    /// `<listcomp>`.
    pub const LISTCOMP: Sym = Sym(3);
    /// `<dictcomp>`.
    pub const DICTCOMP: Sym = Sym(4);
    /// `<setcomp>`.
    pub const SETCOMP: Sym = Sym(5);
    /// `<genexpr>`.
    pub const GENEXPR: Sym = Sym(6);
    /// `*` (argument name of slots that are not parameters; `from m import *`).
    pub const STAR: Sym = Sym(7);
    /// `__class__`.
    pub const CLASS: Sym = Sym(8);
    /// `__name__`.
    pub const NAME: Sym = Sym(9);
    /// `__module__`.
    pub const MODULE_ATTR: Sym = Sym(10);
    /// `__qualname__`.
    pub const QUALNAME: Sym = Sym(11);
    /// `AssertionError`.
    pub const ASSERTION_ERROR: Sym = Sym(12);
    /// `super`.
    pub const SUPER: Sym = Sym(13);
    /// `range`.
    pub const RANGE: Sym = Sym(14);
    /// `micropython`.
    pub const MICROPYTHON: Sym = Sym(15);
    /// `__aiter__`.
    pub const AITER: Sym = Sym(16);
    /// `__anext__`.
    pub const ANEXT: Sym = Sym(17);
    /// `__aenter__`.
    pub const AENTER: Sym = Sym(18);
    /// `__aexit__`.
    pub const AEXIT: Sym = Sym(19);
    /// `StopAsyncIteration`.
    pub const STOP_ASYNC_ITERATION: Sym = Sym(20);
    /// `BaseException`.
    pub const BASE_EXCEPTION: Sym = Sym(21);
    /// `bytecode`.
    pub const BYTECODE: Sym = Sym(22);
    /// `native`.
    pub const NATIVE: Sym = Sym(23);
    /// `viper`.
    pub const VIPER: Sym = Sym(24);
    /// `asm_thumb`.
    pub const ASM_THUMB: Sym = Sym(25);
    /// `asm_xtensa`.
    pub const ASM_XTENSA: Sym = Sym(26);
    /// `asm_rv32`.
    pub const ASM_RV32: Sym = Sym(27);

    pub(super) const ALL: [&str; 28] = [
        "",
        "<module>",
        "<lambda>",
        "<listcomp>",
        "<dictcomp>",
        "<setcomp>",
        "<genexpr>",
        "*",
        "__class__",
        "__name__",
        "__module__",
        "__qualname__",
        "AssertionError",
        "super",
        "range",
        "micropython",
        "__aiter__",
        "__anext__",
        "__aenter__",
        "__aexit__",
        "StopAsyncIteration",
        "BaseException",
        "bytecode",
        "native",
        "viper",
        "asm_thumb",
        "asm_xtensa",
        "asm_rv32",
    ];
}

/// The interner.
#[derive(Clone, Debug)]
pub struct Interner {
    map: HashMap<Vec<u8>, Sym>,
    names: Vec<Vec<u8>>,
}

impl Default for Interner {
    fn default() -> Self {
        Self::new()
    }
}

impl Interner {
    /// An interner holding the [`well_known`] names.
    pub fn new() -> Interner {
        let mut i = Interner {
            map: HashMap::new(),
            names: Vec::new(),
        };
        for s in well_known::ALL {
            i.intern(s.as_bytes());
        }
        i
    }

    /// The symbol of `s`, interning it if needed.
    pub fn intern(&mut self, s: &[u8]) -> Sym {
        if let Some(&q) = self.map.get(s) {
            return q;
        }
        let q = Sym(self.names.len() as u32);
        self.names.push(s.to_vec());
        self.map.insert(s.to_vec(), q);
        q
    }

    /// The symbol of `s` if it is interned.
    pub fn get(&self, s: &[u8]) -> Option<Sym> {
        self.map.get(s).copied()
    }

    /// The bytes of `q`.
    pub fn name(&self, q: Sym) -> &[u8] {
        self.names.get(q.0 as usize).map_or(&[], |v| v.as_slice())
    }
}
