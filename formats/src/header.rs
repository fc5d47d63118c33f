//! The 4-byte file header (plus the optional arch-flags vuint) and the native architectures.

use core::fmt;

use crate::error::{Error, ErrorKind, Result};
use crate::varint::Cursor;

/// The `.mpy` major version this crate reads and writes.
pub const MPY_VERSION: u8 = 6;
/// The sub-version written when a file holds native code (mpy v6.3).
pub const MPY_SUB_VERSION: u8 = 3;
/// Feature-byte bit: an arch-flags vuint follows the header.
pub const FEATURE_ARCH_FLAGS: u8 = 0x40;

/// Which runtime family a file was written for: the magic byte tells them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flavour {
    /// Magic `M`.
    MicroPython,
    /// Magic `C`: CircuitPython's fork of the format.
    CircuitPython,
}

impl Flavour {
    /// The magic byte of this flavour.
    pub const fn magic(self) -> u8 {
        match self {
            Flavour::MicroPython => b'M',
            Flavour::CircuitPython => b'C',
        }
    }

    /// The flavour with magic byte `b`.
    pub const fn from_magic(b: u8) -> Option<Flavour> {
        match b {
            b'M' => Some(Flavour::MicroPython),
            b'C' => Some(Flavour::CircuitPython),
            _ => None,
        }
    }

    /// Human-readable name.
    pub const fn name(self) -> &'static str {
        match self {
            Flavour::MicroPython => "MicroPython",
            Flavour::CircuitPython => "CircuitPython",
        }
    }
}

impl fmt::Display for Flavour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Native-code architecture of a file (`MP_NATIVE_ARCH_*`). `None` means bytecode only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
#[allow(missing_docs)]
pub enum Arch {
    None = 0,
    X86 = 1,
    X64 = 2,
    Armv6 = 3,
    Armv6m = 4,
    Armv7m = 5,
    Armv7em = 6,
    Armv7emsp = 7,
    Armv7emdp = 8,
    Xtensa = 9,
    Xtensawin = 10,
    Rv32imc = 11,
    Rv64imc = 12,
    Debug = 13,
}

impl Arch {
    /// Every architecture, in code order.
    pub const ALL: [Arch; 14] = [
        Arch::None,
        Arch::X86,
        Arch::X64,
        Arch::Armv6,
        Arch::Armv6m,
        Arch::Armv7m,
        Arch::Armv7em,
        Arch::Armv7emsp,
        Arch::Armv7emdp,
        Arch::Xtensa,
        Arch::Xtensawin,
        Arch::Rv32imc,
        Arch::Rv64imc,
        Arch::Debug,
    ];

    /// The architecture with numeric code `c`.
    pub fn from_code(c: u8) -> Option<Arch> {
        Arch::ALL.get(usize::from(c)).copied()
    }

    /// The numeric code stored in the feature byte.
    pub const fn code(self) -> u8 {
        self as u8
    }

    /// The `-march=` spelling (and `"bytecode"` for [`Arch::None`]).
    pub const fn name(self) -> &'static str {
        match self {
            Arch::None => "bytecode",
            Arch::X86 => "x86",
            Arch::X64 => "x64",
            Arch::Armv6 => "armv6",
            Arch::Armv6m => "armv6m",
            Arch::Armv7m => "armv7m",
            Arch::Armv7em => "armv7em",
            Arch::Armv7emsp => "armv7emsp",
            Arch::Armv7emdp => "armv7emdp",
            Arch::Xtensa => "xtensa",
            Arch::Xtensawin => "xtensawin",
            Arch::Rv32imc => "rv32imc",
            Arch::Rv64imc => "rv64imc",
            Arch::Debug => "debug",
        }
    }

    /// The architecture spelled `s` on mpy-cross's command line.
    pub fn from_name(s: &str) -> Option<Arch> {
        Arch::ALL
            .iter()
            .copied()
            .find(|a| *a != Arch::None && a.name() == s)
    }

    /// True for the Thumb family, where a core also loads code for any older Thumb arch.
    pub const fn is_thumb(self) -> bool {
        matches!(
            self,
            Arch::Armv6m | Arch::Armv7m | Arch::Armv7em | Arch::Armv7emsp | Arch::Armv7emdp
        )
    }

    /// Whether a runtime built for `self` loads native code compiled for `code`.
    pub fn loads(self, code: Arch) -> bool {
        code == Arch::None || code == self || (self.is_thumb() && code.is_thumb() && code <= self)
    }
}

impl fmt::Display for Arch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The decoded file header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header {
    /// From the magic byte.
    pub flavour: Flavour,
    /// Major version (byte 1).
    pub version: u8,
    /// Sub-version (low 2 bits of byte 2): 3 when native code is present, else 0 from mpy-cross.
    pub sub_version: u8,
    /// Native architecture (bits 2..5 and 7 of byte 2).
    pub arch: Arch,
    /// The arch-flags vuint, when bit 6 of byte 2 says one follows.
    pub arch_flags: Option<u32>,
    /// Byte 3: the small-int width, in bits, that the code needs from the runtime.
    pub small_int_bits: u8,
}

/// The first four bytes, read without interpreting version-specific fields. Used to describe
/// files of other versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawHeader {
    /// Byte 0.
    pub magic: u8,
    /// Byte 1.
    pub version: u8,
    /// Byte 2.
    pub features: u8,
    /// Byte 3.
    pub byte3: u8,
}

impl RawHeader {
    /// Reads the four header bytes, whatever their meaning.
    pub fn parse(data: &[u8]) -> Result<RawHeader> {
        let mut c = Cursor::new(data, 0);
        let b = c.bytes(4, "the 4-byte header")?;
        Ok(RawHeader {
            magic: b[0],
            version: b[1],
            features: b[2],
            byte3: b[3],
        })
    }

    /// The flavour, if the magic byte is one we know.
    pub fn flavour(&self) -> Option<Flavour> {
        Flavour::from_magic(self.magic)
    }
}

impl Header {
    /// The header of a bytecode-only MicroPython file with the default 31 small-int bits.
    pub const fn bytecode() -> Header {
        Header {
            flavour: Flavour::MicroPython,
            version: MPY_VERSION,
            sub_version: 0,
            arch: Arch::None,
            arch_flags: None,
            small_int_bits: 31,
        }
    }

    /// The feature byte (byte 2) this header encodes to.
    pub fn feature_byte(&self) -> u8 {
        let arch = self.arch.code();
        let flags = if self.arch_flags.is_some() {
            FEATURE_ARCH_FLAGS
        } else {
            0
        };
        ((arch & 0x0f) << 2) | ((arch & 0x20) << 2) | flags | (self.sub_version & 3)
    }

    /// Reads and checks the header at the start of a version-6 file, without looking further.
    pub fn parse(data: &[u8]) -> Result<Header> {
        Header::read(&mut Cursor::new(data, 0))
    }

    /// Reads and checks the header of a version-6 file.
    pub(crate) fn read(c: &mut Cursor<'_>) -> Result<Header> {
        let magic = c.byte("the magic byte")?;
        let flavour = Flavour::from_magic(magic)
            .ok_or(Error::new(0, ErrorKind::BadMagic { found: magic }))?;
        let version = c.byte("the version byte")?;
        if version != MPY_VERSION {
            return Err(Error::new(
                1,
                ErrorKind::UnsupportedVersion { found: version },
            ));
        }
        let feat = c.byte("the feature byte")?;
        if feat & 0x80 != 0 {
            return Err(Error::invalid(2, "a feature byte with bit 7 clear"));
        }
        let arch_code = (feat >> 2) & 0x2f;
        let arch = Arch::from_code(arch_code).ok_or(Error::invalid(
            2,
            "a known native architecture code (0..=13)",
        ))?;
        let small_int_bits = c.byte("the small-int bits byte")?;
        let arch_flags = if feat & FEATURE_ARCH_FLAGS != 0 {
            Some(c.vuint("the arch flags")?)
        } else {
            None
        };
        Ok(Header {
            flavour,
            version,
            sub_version: feat & 3,
            arch,
            arch_flags,
            small_int_bits,
        })
    }
}
