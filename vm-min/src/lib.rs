//! vm-min: the on-device half of frost. It runs `.mpy` v6.3 bytecode straight from the bytes
//! it was given (RAM or flash) without a compiler on the device, and aims to print exactly
//! what the reference MicroPython VM prints (checked by `tests/conformance`).
//!
//! # Design
//!
//! * **Values** ([`value::Value`]) are one tagged machine word: small int (`…1`, 63 or 31
//!   bits), heap reference (`…00`, a slot *index*, not a pointer), qstr (`…010`) or
//!   immediate (`…110`: None/True/False/Ellipsis/NULL, builtin functions, builtin types).
//!   Ints that do not fit are heap [`bigint::BigInt`]s (our own, no std).
//! * **Heap** ([`heap`]): a table of object slots with a free list and a byte budget (the
//!   embedder's heap size, [`Config::heap_size`]). Mark-and-sweep as in MicroPython's
//!   `gc.c`, but precise: marking starts from the roots (running frames, loaded modules,
//!   constants, class namespaces being built) and uses an explicit stack; sweeping returns
//!   unmarked slots to the free list. Offsets, not pointers: a stale value can only name a
//!   wrong or freed object, which every access checks, so the crate needs no `unsafe` at
//!   all (`#![deny(unsafe_code)]`). Collection runs only at instruction boundaries when no
//!   Rust code holds values the collector cannot see (`no_gc == 0`; builtins that call back
//!   into Python raise it). Allocating past the budget raises `MemoryError`; sizes a program
//!   controls (`"x" * n`, `[0] * n`, `2 ** n`, format widths) are checked before building.
//!   The objects' payloads come from the global allocator; on a device that is
//!   [`region::RegionAlloc`], a block allocator with a 2-bit allocation table over the
//!   embedder's region (like MicroPython's), and the budget keeps the VM inside it.
//! * **Code** is never copied: at load the module tree is walked once into a table of
//!   [`Code`] records that borrow the `.mpy` bytes (`&'a [u8]`, so frozen code runs from
//!   flash) and cache prelude fields. Instructions are decoded in place with
//!   `frost_formats::opcode::decode`, the one opcode table, except the common ones that
//!   cannot fail, which a tight loop reads straight from the bytes (anything unusual there
//!   falls back to the decoder); a file is validated by `Mpy::parse_bytecode` before anything runs,
//!   so a malformed `.mpy` is a [`LoadError`].
//! * **Frames** ([`interp::Frame`]) are sized from the prelude's `n_state`: locals at the
//!   top, the value stack from 0, MicroPython's layout. Python calls made from Rust code nest
//!   on the Rust stack; calls are capped by [`Config::max_depth`] and, like MicroPython's
//!   stack check, by [`Config::stack_size`] bytes of machine stack (`RuntimeError: maximum
//!   recursion depth exceeded`).
//!   Positional calls to functions with a simple signature bind arguments directly into a
//!   value array reused from finished frames.
//!   [`Config::max_steps`] optionally bounds the instructions run (fuzzing, watchdogs).
//! * **Exceptions** are `Err(instance)`; each frame keeps the handler stack of
//!   `SETUP_EXCEPT/FINALLY/WITH` and resumes `return`/`break` through `finally` with
//!   MicroPython's small-int markers (see [`interp`]). Tracebacks record (file, line,
//!   scope) from the line table.
//! * **Semantics follow the reference VM, not CPython**, where they differ: dicts and sets
//!   use MicroPython's hash functions and open-addressing layout ([`dict`]), so iteration
//!   order matches; `list.sort` is MicroPython's (unstable) quicksort; floats print with
//!   MicroPython's rounding; error messages are MicroPython's; missing features (str
//!   slices with a step, `str.title`, …) raise what MicroPython raises.
//! * **Qstrs** ([`qstr`]): ids below 166 are MicroPython's static qstrs
//!   (`frost_formats::qstr_static`); later ones are interned at run time, borrowing the
//!   `.mpy` bytes when they come from a file.
//! * **Embedder API**: an [`Embedder`] provides output, a module loader (bytes that outlive
//!   the VM) and a clock; [`Config`] the heap budget and limits. [`Vm::run_main`] runs a
//!   module and reports the outcome as MicroPython's unix port would (traceback on stream 2,
//!   exit status, `SystemExit`).
//! * Floating-point functions come from the `libm` crate (no_std; musl's algorithms, like
//!   the reference build). The `defmt` feature adds on-device logs and `defmt::Format` for
//!   [`LoadError`].
//! * **Floats** are [`Float`]: `f64` by default, `f32` with the `float32` feature, which
//!   behaves as MicroPython built with `MICROPY_FLOAT_IMPL_FLOAT` (single-precision
//!   arithmetic and `libm` functions, and its single-precision float printing and parsing).

#![no_std]
#![deny(missing_docs)]
#![deny(unsafe_code)]

extern crate alloc;

pub mod bigint;
mod builtins;
pub mod dict;
mod floattext;
#[cfg_attr(feature = "float32", path = "fmtf32.rs")]
mod fmtnum;
mod format;
pub mod heap;
pub mod interp;
mod log;
mod mathf;
mod methods;
mod modules;
pub mod obj;
mod ops;
pub mod qstr;
#[allow(unsafe_code)]
pub mod region;
mod runtime;
mod text;
pub mod types;
pub mod value;
mod vmcore;

pub use mathf::Float;
pub use vmcore::{Code, Config, Embedder, Outcome, Vm};

use core::fmt;

use frost_formats::{Arch, Flavour, Header, Mpy};

use crate::value::Value;

/// Result of anything that can raise: `Err` holds the exception instance.
pub(crate) type PyResult<T> = Result<T, Value>;

/// What the port running the VM supports, as far as loading `.mpy` files is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Port {
    /// Width of a small int on this port (31 for 32-bit ports, 63 for 64-bit).
    pub small_int_bits: u8,
    /// The native architecture, when the port can run native code.
    pub native_arch: Option<Arch>,
}

/// Why a module cannot be loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The bytes are not a valid `.mpy` v6 file.
    Malformed(frost_formats::Error),
    /// The file is valid but written for CircuitPython.
    WrongFlavour,
    /// The code needs wider small ints than the port has.
    SmallIntTooNarrow {
        /// Bits the file needs.
        needed: u8,
        /// Bits the port has.
        have: u8,
    },
    /// The file holds native code for an architecture this port cannot run.
    NativeArch(Arch),
    /// Native code with a sub-version other than the one this VM understands.
    BadSubVersion(u8),
    /// The file holds native code for this port's architecture, but this VM runs bytecode
    /// only.
    NotBytecode,
}

impl LoadError {
    /// Writes the message piece by piece without `core::fmt` (so firmware can print it
    /// without the formatting machinery); `Display` writes the same text.
    pub fn write_text(&self, out: &mut frost_formats::error::TextOut<'_>) {
        use frost_formats::error::write_num;
        match self {
            LoadError::Malformed(e) => {
                out("malformed .mpy file: ");
                e.write_text(out);
            }
            LoadError::WrongFlavour => out("incompatible .mpy file: written for CircuitPython"),
            LoadError::SmallIntTooNarrow { needed, have } => {
                out("incompatible .mpy file: needs ");
                write_num(out, (*needed).into(), 10, 1);
                out("-bit small ints, this port has ");
                write_num(out, (*have).into(), 10, 1);
            }
            LoadError::NativeArch(a) => {
                out("incompatible .mpy arch: native code for ");
                out(a.name());
            }
            LoadError::NotBytecode => out("native code in .mpy unsupported"),
            LoadError::BadSubVersion(v) => {
                out("incompatible .mpy file: native code of sub-version ");
                write_num(out, (*v).into(), 10, 1);
                out(", expected 3");
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        frost_formats::error::display_text(f, &|out| self.write_text(out))
    }
}

#[cfg(feature = "defmt")]
impl defmt::Format for LoadError {
    fn format(&self, f: defmt::Formatter) {
        match self {
            LoadError::Malformed(e) => defmt::write!(f, "malformed .mpy file: {}", e),
            LoadError::WrongFlavour => defmt::write!(f, "incompatible .mpy file: CircuitPython"),
            LoadError::SmallIntTooNarrow { needed, have } => defmt::write!(
                f,
                "incompatible .mpy file: needs {}-bit small ints, port has {}",
                needed,
                have
            ),
            LoadError::NativeArch(a) => {
                defmt::write!(f, "incompatible .mpy arch: native code {}", a.code())
            }
            LoadError::BadSubVersion(v) => {
                defmt::write!(f, "incompatible .mpy file: sub-version {}", v)
            }
            LoadError::NotBytecode => defmt::write!(f, "native code in .mpy unsupported"),
        }
    }
}

/// Parses `bytes` and checks that `port` can load it. The returned module borrows `bytes`, so
/// code can run in place from flash.
///
/// The header is checked first, as MicroPython does: a file for another port is reported as
/// such even if the rest would not parse. This VM runs bytecode only, so a file with native
/// code is refused here ([`LoadError::NotBytecode`] when the port would take its
/// architecture), and the reader of native records is not linked.
pub fn load<'a>(bytes: &'a [u8], port: &Port) -> Result<Mpy<'a>, LoadError> {
    let h = Header::parse(bytes).map_err(LoadError::Malformed)?;
    if h.flavour != Flavour::MicroPython {
        return Err(LoadError::WrongFlavour);
    }
    if h.small_int_bits > port.small_int_bits {
        return Err(LoadError::SmallIntTooNarrow {
            needed: h.small_int_bits,
            have: port.small_int_bits,
        });
    }
    if h.arch != Arch::None {
        if h.sub_version != frost_formats::header::MPY_SUB_VERSION {
            return Err(LoadError::BadSubVersion(h.sub_version));
        }
        return Err(match port.native_arch {
            Some(a) if a.loads(h.arch) => LoadError::NotBytecode,
            _ => LoadError::NativeArch(h.arch),
        });
    }
    Mpy::parse_bytecode(bytes).map_err(LoadError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PORT: Port = Port {
        small_int_bits: 31,
        native_arch: None,
    };

    #[test]
    fn rejects_bad_bytes_and_wrong_headers() {
        assert!(matches!(load(b"", &PORT), Err(LoadError::Malformed(_))));
        assert!(matches!(
            load(b"M\x05\x00\x1f", &PORT),
            Err(LoadError::Malformed(_))
        ));
        // The smallest valid module: one qstr (static `<module>`... as name), no constants,
        // a bytecode raw code `LOAD_CONST_NONE; RETURN_VALUE`.
        let ok = [
            b'M', 6, 0, 31, 1, 0, 0x0f, 0x28, 0x00, 0x02, 0x00, 0x51, 0x63,
        ];
        assert!(load(&ok, &PORT).is_ok(), "{:?}", load(&ok, &PORT).err());
        let mut wide = ok;
        wide[3] = 63;
        assert!(matches!(
            load(&wide, &PORT),
            Err(LoadError::SmallIntTooNarrow { .. })
        ));
        let mut cp = ok;
        cp[0] = b'C';
        assert_eq!(load(&cp, &PORT).err(), Some(LoadError::WrongFlavour));
        // Native code for x64 (feature byte: arch 2, sub-version 3): the header decides, whatever
        // follows it.
        let native = [b'M', 6, (2 << 2) | 3, 31, 0xff, 0xff];
        assert_eq!(
            load(&native, &PORT).err(),
            Some(LoadError::NativeArch(Arch::X64))
        );
        let x64 = Port {
            small_int_bits: 63,
            native_arch: Some(Arch::X64),
        };
        assert_eq!(load(&native, &x64).err(), Some(LoadError::NotBytecode));
        let mut old_sub = native;
        old_sub[2] = 2 << 2;
        assert_eq!(
            load(&old_sub, &PORT).err(),
            Some(LoadError::BadSubVersion(0))
        );
    }
}
