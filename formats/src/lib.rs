//! The `.mpy` v6.3 file format of MicroPython and CircuitPython, for frost's compiler,
//! disassembler, freezer and on-device VM.
//!
//! * [`read`]: a zero-copy reader. [`Mpy::parse`] validates a whole file and never panics on
//!   bad bytes; every error names the byte offset and what was expected there.
//! * [`opcode`]: the one opcode table (name, operand encoding, stack effect) that the compiler,
//!   the disassembler and the VM share.
//! * [`prelude`]: function signatures, size info and the line-number table.
//! * [`model`] and [`write`] (feature `alloc`): an owned model of a module and the writer that
//!   turns it back into bytes.
//!
//! The crate is `no_std`; reading needs no allocator. The layout is described in prose in
//! `formats/FORMAT.md`.

#![no_std]
#![deny(missing_docs)]

#[cfg(any(feature = "alloc", test))]
extern crate alloc;

pub mod error;
pub mod header;
pub mod history;
#[cfg(feature = "alloc")]
pub mod model;
pub mod opcode;
pub mod prelude;
pub mod qstr_static;
pub mod read;
pub mod varint;
#[cfg(feature = "alloc")]
pub mod write;

pub use error::{Error, ErrorKind, Result};
pub use header::{Arch, Flavour, Header, RawHeader};
pub use read::{CodeKind, Const, Mpy, Qstr, RawCode, Trailer};
