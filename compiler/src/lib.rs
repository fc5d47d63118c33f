//! The Python → `.mpy` compiler. Output for default options is byte-identical to mpy-cross
//! 1.29 (mpy v6.3).
//!
//! The pipeline follows the reference compiler's stages, so that every decision that shows up
//! in the output bytes (constant folding, qstr order, jump sizes, line entries) is taken at
//! the same point:
//!
//! 1. [`lexer`]: bytes → tokens (indentation, f-strings rewritten into `str.format` calls).
//! 2. [`parse`]: tokens → [`parse_tree`], folding constants and `const()` as it goes.
//! 3. [`scope`]: scopes and the kind and slot of every name.
//! 4. [`compile`] + [`emit`]: the parse tree → bytecode, in the reference's passes.
//! 5. `frost_formats::model` → `.mpy` bytes.
//!
//! A file with errors gets every error found, not just the first: `recover` re-parses
//! patched text after each parse error, and the compiler goes on past errors in the scope
//! pass. The first error is always the one the reference reports.
//!
//! [`float`] holds MicroPython's float parsing and printing (emulating the host's 80-bit
//! `long double`), which decides the text of float constants.

#![deny(missing_docs)]

pub mod compile;
pub mod emit;
pub mod error;
pub mod float;
pub mod grammar;
pub mod lexer;
pub mod options;
pub mod parse;
pub mod parse_tree;
mod recover;
pub mod scope;

pub use compile::{compile, compile_first_error};
pub use error::{CompileError, ErrorKind};
pub use frost_formats as formats;
pub use options::Options;
pub use recover::MAX_ERRORS;
