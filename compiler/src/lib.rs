//! The Python → `.mpy` compiler: lexer, parser, scope analysis, bytecode emitter and the
//! `.mpy` writer (through `frost-formats`).
//!
//! The pipeline stages land here one module at a time; today the crate holds only the
//! pieces the command line shares with the future compiler.

#![deny(missing_docs)]

pub use frost_formats as formats;
