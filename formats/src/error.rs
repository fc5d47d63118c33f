//! The reader's error type: what was expected, and the byte offset where it was not found.
//!
//! No allocation and no `String`, so the same error reaches a log line on a microcontroller.

use core::fmt;

/// Result type of everything in this crate that reads bytes.
pub type Result<T> = core::result::Result<T, Error>;

/// A malformed or unsupported `.mpy` file, with the offset of the offending byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error {
    /// Byte offset from the start of the buffer given to the reader.
    pub offset: usize,
    /// What went wrong there.
    pub kind: ErrorKind,
}

/// What went wrong, without the position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The data ended while `what` was being read.
    Truncated {
        /// The item being read.
        what: &'static str,
    },
    /// The first byte is neither `M` (MicroPython) nor `C` (CircuitPython).
    BadMagic {
        /// The byte found.
        found: u8,
    },
    /// The major version is not the one this reader understands (6).
    UnsupportedVersion {
        /// The version byte found.
        found: u8,
    },
    /// A byte or value that cannot be right here.
    Invalid {
        /// What was expected at this offset.
        expected: &'static str,
    },
    /// An index refers past the end of the table it indexes.
    IndexOutOfRange {
        /// The table ("qstr", "constant", "child").
        table: &'static str,
        /// The index found.
        index: u32,
        /// The table's length.
        len: u32,
    },
    /// Data follows the end of the outermost raw code.
    TrailingBytes,
    /// Raw codes or constant tuples nest deeper than the reader allows.
    TooDeep,
}

impl Error {
    pub(crate) const fn new(offset: usize, kind: ErrorKind) -> Self {
        Error { offset, kind }
    }
    pub(crate) const fn truncated(offset: usize, what: &'static str) -> Self {
        Error::new(offset, ErrorKind::Truncated { what })
    }
    pub(crate) const fn invalid(offset: usize, expected: &'static str) -> Self {
        Error::new(offset, ErrorKind::Invalid { expected })
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ErrorKind::Truncated { what } => write!(f, "file ends in the middle of {what}"),
            ErrorKind::BadMagic { found } => write!(
                f,
                "not a .mpy file: expected magic byte 'M' (0x4d) or 'C' (0x43), found 0x{found:02x}"
            ),
            ErrorKind::UnsupportedVersion { found } => {
                write!(
                    f,
                    "unsupported .mpy version {found}: this reader handles version 6"
                )
            }
            ErrorKind::Invalid { expected } => write!(f, "expected {expected}"),
            ErrorKind::IndexOutOfRange { table, index, len } => {
                write!(
                    f,
                    "{table} index {index} is out of range (the table has {len} entries)"
                )
            }
            ErrorKind::TrailingBytes => f.write_str("unexpected bytes after the module's raw code"),
            ErrorKind::TooDeep => f.write_str("nesting is too deep"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "at byte {} (0x{:x}): {}",
            self.offset, self.offset, self.kind
        )
    }
}

impl core::error::Error for Error {}

#[cfg(feature = "defmt")]
impl defmt::Format for Error {
    fn format(&self, f: defmt::Formatter) {
        match self.kind {
            ErrorKind::Truncated { what } => {
                defmt::write!(f, "at byte {}: truncated {}", self.offset, what)
            }
            ErrorKind::BadMagic { found } => {
                defmt::write!(f, "at byte {}: bad magic {=u8:x}", self.offset, found)
            }
            ErrorKind::UnsupportedVersion { found } => {
                defmt::write!(f, "at byte {}: unsupported version {}", self.offset, found)
            }
            ErrorKind::Invalid { expected } => {
                defmt::write!(f, "at byte {}: expected {}", self.offset, expected)
            }
            ErrorKind::IndexOutOfRange { table, index, len } => {
                defmt::write!(
                    f,
                    "at byte {}: {} index {} >= {}",
                    self.offset,
                    table,
                    index,
                    len
                )
            }
            ErrorKind::TrailingBytes => defmt::write!(f, "at byte {}: trailing bytes", self.offset),
            ErrorKind::TooDeep => defmt::write!(f, "at byte {}: nesting too deep", self.offset),
        }
    }
}
