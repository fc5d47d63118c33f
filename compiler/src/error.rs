//! Compile errors as data: the exception type mpy-cross would raise, its message, and where.
//! Rendering (miette, or mpy-cross's own text) happens in the command line.

use core::fmt;

/// The exception type of a compile error, as mpy-cross reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// `SyntaxError`.
    SyntaxError,
    /// `IndentationError` (`unindent doesn't match any outer indent level`, …).
    IndentationError,
    /// `NotImplementedError` (e.g. `\N{...}` escapes).
    NotImplementedError,
    /// `RuntimeError` (e.g. `name too long`, `bytecode overflow`).
    RuntimeError,
    /// `ValueError`.
    ValueError,
    /// `OverflowError`.
    OverflowError,
    /// `MemoryError`.
    MemoryError,
}

impl ErrorKind {
    /// The Python exception name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::NotImplementedError => "NotImplementedError",
            ErrorKind::RuntimeError => "RuntimeError",
            ErrorKind::ValueError => "ValueError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// One compile error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Exception type.
    pub kind: ErrorKind,
    /// The message mpy-cross prints after the type (`invalid syntax`).
    pub message: String,
    /// 1-based line, as mpy-cross reports it.
    pub line: u32,
    /// 1-based column of the offending token, where known (0 if not).
    pub column: u32,
    /// Byte range in the source that the error points at, for excerpts.
    pub span: core::ops::Range<usize>,
    /// A hint for the reader, shown as help text.
    pub help: Option<String>,
    /// The scope mpy-cross names after the line (`File "x.py", line 2, in f`): set for errors
    /// found while compiling a scope, `None` for lexer and parser errors.
    pub in_scope: Option<String>,
    /// False for the few errors mpy-cross prints without a traceback header (e.g.
    /// `NotImplementedError: unicode name escapes`).
    pub traceback: bool,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}: {}: {}",
            self.line,
            self.kind.name(),
            self.message
        )
    }
}

impl std::error::Error for CompileError {}
