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

impl ErrorKind {
    /// Writes the message piece by piece without `core::fmt` (so firmware can print it
    /// without the formatting machinery); `Display` writes the same text.
    pub fn write_text(&self, out: &mut TextOut<'_>) {
        match *self {
            ErrorKind::Truncated { what } => {
                out("file ends in the middle of ");
                out(what);
            }
            ErrorKind::BadMagic { found } => {
                out("not a .mpy file: expected magic byte 'M' (0x4d) or 'C' (0x43), found 0x");
                write_num(out, found.into(), 16, 2);
            }
            ErrorKind::UnsupportedVersion { found } => {
                out("unsupported .mpy version ");
                write_num(out, found.into(), 10, 1);
                out(": this reader handles version 6");
            }
            ErrorKind::Invalid { expected } => {
                out("expected ");
                out(expected);
            }
            ErrorKind::IndexOutOfRange { table, index, len } => {
                out(table);
                out(" index ");
                write_num(out, index.into(), 10, 1);
                out(" is out of range (the table has ");
                write_num(out, len.into(), 10, 1);
                out(" entries)");
            }
            ErrorKind::TrailingBytes => out("unexpected bytes after the module's raw code"),
            ErrorKind::TooDeep => out("nesting is too deep"),
        }
    }
}

impl Error {
    /// Writes the message piece by piece without `core::fmt`; `Display` writes the same text.
    pub fn write_text(&self, out: &mut TextOut<'_>) {
        out("at byte ");
        write_num(out, self.offset as u64, 10, 1);
        out(" (0x");
        write_num(out, self.offset as u64, 16, 1);
        out("): ");
        self.kind.write_text(out);
    }
}

/// Where `write_text` methods put the pieces of a message.
pub type TextOut<'a> = dyn FnMut(&str) + 'a;

/// Writes `v` in base `radix` (10 or 16, lower-case), zero-padded to at least `width` digits.
pub fn write_num(out: &mut TextOut<'_>, mut v: u64, radix: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut n = buf.len();
    while n > 0 && (v > 0 || buf.len() - n < width.max(1)) {
        n -= 1;
        buf[n] = b"0123456789abcdef"[(v % radix) as usize];
        v /= radix;
    }
    out(core::str::from_utf8(&buf[n..]).unwrap_or(""));
}

/// `Display` through a `write_text` method: the same text, and `fmt`'s error if a write fails.
pub fn display_text(f: &mut fmt::Formatter<'_>, text: &dyn Fn(&mut TextOut<'_>)) -> fmt::Result {
    let mut r = Ok(());
    text(&mut |s| {
        if r.is_ok() {
            r = f.write_str(s);
        }
    });
    r
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        display_text(f, &|out| self.write_text(out))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        display_text(f, &|out| self.write_text(out))
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

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::ToString;

    #[test]
    fn messages() {
        let e = Error::new(0x1f, ErrorKind::BadMagic { found: 0x0a });
        assert_eq!(
            e.to_string(),
            "at byte 31 (0x1f): not a .mpy file: expected magic byte 'M' (0x4d) or 'C' (0x43), found 0x0a"
        );
        let k = ErrorKind::IndexOutOfRange {
            table: "qstr",
            index: 12,
            len: 0,
        };
        assert_eq!(
            k.to_string(),
            "qstr index 12 is out of range (the table has 0 entries)"
        );
        let k = ErrorKind::UnsupportedVersion { found: 5 };
        assert_eq!(
            k.to_string(),
            "unsupported .mpy version 5: this reader handles version 6"
        );
    }
}
