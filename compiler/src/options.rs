//! Compiler options: the knobs of mpy-cross's command line that change the output.

use frost_formats::{Arch, Flavour};

/// How functions without a `@micropython.*` decorator are compiled (`-X emit=`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Emit {
    /// Bytecode (the default).
    #[default]
    Bytecode,
    /// Native machine code (`-X emit=native`).
    Native,
    /// Viper machine code (`-X emit=viper`).
    Viper,
}

/// Everything that changes what the compiler writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Source name stored as qstr 0 and used in error messages (`-s`, else the input path).
    pub source_name: String,
    /// Optimisation level (`-O<n>`): ≥1 drops asserts and makes `__debug__` false, ≥3 drops
    /// the line-number tables.
    pub opt_level: u8,
    /// Small-int width of the target (`-msmall-int-bits=`), default 31.
    pub small_int_bits: u8,
    /// Target runtime family (`--flavour`).
    pub flavour: Flavour,
    /// Default code emitter (`-X emit=`).
    pub emit: Emit,
    /// Native architecture (`-march=`), if any.
    pub arch: Option<Arch>,
    /// Architecture flags (`-march-flags=`), if any.
    pub arch_flags: Option<u32>,
    /// `-X no-source-lines`: no line-number tables.
    pub no_source_lines: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            source_name: String::from("<stdin>"),
            opt_level: 0,
            small_int_bits: 31,
            flavour: Flavour::MicroPython,
            emit: Emit::Bytecode,
            arch: None,
            arch_flags: None,
            no_source_lines: false,
        }
    }
}

impl Options {
    /// Whether line-number tables are written.
    pub fn source_lines(&self) -> bool {
        !self.no_source_lines && self.opt_level < 3
    }
}
