//! Values: one tagged machine word.
//!
//! | low bits | meaning                                         |
//! |----------|-------------------------------------------------|
//! | `…1`     | small int, the word shifted right by one         |
//! | `…00`    | heap reference: the object's slot index, `<< 2`   |
//! | `…010`   | interned string: qstr id `<< 3`                  |
//! | `…110`   | immediate: constants, builtin functions, types   |
//!
//! A heap reference is an index into the object table of [`crate::heap::Heap`], never a
//! pointer, so a stale or forged value can at worst name the wrong object: every access is
//! bounds-checked and a freed slot reads as an error, never as memory.

use crate::types::Type;

/// A Python value.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(pub(crate) usize);

/// Kinds of immediates (bits 3..7 of the word).
const IMM_CONST: usize = 0;
const IMM_BUILTIN: usize = 1;
const IMM_TYPE: usize = 2;

/// Bits in a small int on this target (one less than a machine word).
pub const SMALL_INT_BITS: u32 = usize::BITS - 1;
/// Largest small int.
pub const SMALL_INT_MAX: i64 = ((1u64 << (SMALL_INT_BITS - 1)) - 1) as i64;
/// Smallest small int.
pub const SMALL_INT_MIN: i64 = -SMALL_INT_MAX - 1;

impl Value {
    const fn imm(kind: usize, id: usize) -> Value {
        Value((id << 8) | (kind << 3) | 6)
    }
    /// The "no value" marker: unbound locals, missing defaults, deleted entries.
    pub const NULL: Value = Value::imm(IMM_CONST, 0);
    /// `None`.
    pub const NONE: Value = Value::imm(IMM_CONST, 1);
    /// `False`.
    pub const FALSE: Value = Value::imm(IMM_CONST, 2);
    /// `True`.
    pub const TRUE: Value = Value::imm(IMM_CONST, 3);
    /// `...`.
    pub const ELLIPSIS: Value = Value::imm(IMM_CONST, 4);
    /// `NotImplemented`.
    pub const NOT_IMPLEMENTED: Value = Value::imm(IMM_CONST, 5);
    /// A deleted hash-table slot (never visible to programs).
    pub const SENTINEL: Value = Value::imm(IMM_CONST, 6);

    /// `True` or `False`.
    pub const fn bool(b: bool) -> Value {
        if b { Value::TRUE } else { Value::FALSE }
    }
    /// A small int; the caller guarantees the range ([`Value::fits_small`]).
    pub const fn small(i: i64) -> Value {
        Value(((i as isize as usize) << 1) | 1)
    }
    /// Whether `i` fits a small int.
    pub const fn fits_small(i: i64) -> bool {
        i >= SMALL_INT_MIN && i <= SMALL_INT_MAX
    }
    /// An interned string.
    pub const fn qstr(q: u32) -> Value {
        Value(((q as usize) << 3) | 2)
    }
    /// A heap reference.
    pub const fn heap(i: u32) -> Value {
        Value((i as usize) << 2)
    }
    /// A builtin function or method.
    pub const fn builtin(id: u16) -> Value {
        Value::imm(IMM_BUILTIN, id as usize)
    }
    /// A builtin type.
    pub const fn ty(t: Type) -> Value {
        Value::imm(IMM_TYPE, t as usize)
    }

    /// The small int, if this is one.
    #[inline]
    pub fn as_small(self) -> Option<i64> {
        if self.0 & 1 == 1 {
            Some(((self.0 as isize) >> 1) as i64)
        } else {
            None
        }
    }
    /// The qstr id, if this is an interned string.
    #[inline]
    pub fn as_qstr(self) -> Option<u32> {
        if self.0 & 7 == 2 {
            Some((self.0 >> 3) as u32)
        } else {
            None
        }
    }
    /// The heap slot, if this is a heap reference.
    #[inline]
    pub fn as_heap(self) -> Option<u32> {
        if self.0 & 3 == 0 {
            Some((self.0 >> 2) as u32)
        } else {
            None
        }
    }
    fn imm_parts(self) -> Option<(usize, usize)> {
        if self.0 & 7 == 6 {
            Some(((self.0 >> 3) & 31, self.0 >> 8))
        } else {
            None
        }
    }
    /// The builtin function id, if this is one.
    pub fn as_builtin(self) -> Option<u16> {
        match self.imm_parts() {
            Some((IMM_BUILTIN, id)) => Some(id as u16),
            _ => None,
        }
    }
    /// The builtin type, if this is one.
    pub fn as_type(self) -> Option<Type> {
        match self.imm_parts() {
            Some((IMM_TYPE, id)) => Type::from_index(id),
            _ => None,
        }
    }
    /// True for [`Value::NULL`].
    #[inline]
    pub fn is_null(self) -> bool {
        self == Value::NULL
    }
    /// True for `None`.
    #[inline]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }
}

impl core::fmt::Debug for Value {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if let Some(i) = self.as_small() {
            write!(f, "Int({i})")
        } else if let Some(q) = self.as_qstr() {
            write!(f, "Qstr({q})")
        } else if let Some(h) = self.as_heap() {
            write!(f, "Heap({h})")
        } else {
            write!(f, "Imm({:#x})", self.0)
        }
    }
}
