//! vm-min: the on-device half of frost. It runs `.mpy` bytecode straight from the bytes it
//! was given (RAM or flash) without a compiler on the device.
//!
//! This crate is `no_std` and uses `alloc` only for the heap the embedder provides.
//! Today it holds the load-time checks a firmware applies before running a module: the file
//! must parse, and its header must suit the port it is loaded on.

#![no_std]
#![deny(missing_docs)]

extern crate alloc;

use core::fmt;

use frost_formats::{Arch, Flavour, Mpy};

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
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Malformed(e) => write!(f, "malformed .mpy file: {e}"),
            LoadError::WrongFlavour => {
                f.write_str("incompatible .mpy file: written for CircuitPython")
            }
            LoadError::SmallIntTooNarrow { needed, have } => write!(
                f,
                "incompatible .mpy file: needs {needed}-bit small ints, this port has {have}"
            ),
            LoadError::NativeArch(a) => write!(f, "incompatible .mpy arch: native code for {a}"),
            LoadError::BadSubVersion(v) => {
                write!(
                    f,
                    "incompatible .mpy file: native code of sub-version {v}, expected 3"
                )
            }
        }
    }
}

/// Parses `bytes` and checks that `port` can load it. The returned module borrows `bytes`, so
/// code can run in place from flash.
pub fn load<'a>(bytes: &'a [u8], port: &Port) -> Result<Mpy<'a>, LoadError> {
    let m = Mpy::parse(bytes).map_err(LoadError::Malformed)?;
    let h = &m.header;
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
        match port.native_arch {
            Some(a) if a.loads(h.arch) => {}
            _ => return Err(LoadError::NativeArch(h.arch)),
        }
    }
    Ok(m)
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
    }
}
