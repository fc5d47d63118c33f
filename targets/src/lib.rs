//! Plain data about the machines frost compiles for: which `.mpy` native architecture each
//! one has, its word size, how many bits a small int gets, whether it has floats, and which
//! Cranelift triple (if any) generates its code. No I/O.

#![no_std]
#![deny(missing_docs)]

use frost_formats::Arch;

/// Floating-point support of a port.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Float {
    /// No float type.
    None,
    /// `float` is IEEE single precision.
    Single,
    /// `float` is IEEE double precision.
    Double,
}

/// One target architecture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    /// The `.mpy` arch code native code for this target carries.
    pub arch: Arch,
    /// Machine word size in bytes.
    pub word_bytes: u8,
    /// Width of a small int on this target's usual ports (object representation A/C).
    pub small_int_bits: u8,
    /// Float support of the usual ports.
    pub float: Float,
    /// Cranelift target triple, where Cranelift has a backend for it.
    pub cranelift_triple: Option<&'static str>,
}

/// Every architecture mpy-cross can name with `-march=`.
pub static TARGETS: &[Target] = &[
    Target {
        arch: Arch::X86,
        word_bytes: 4,
        small_int_bits: 31,
        float: Float::Double,
        cranelift_triple: None,
    },
    Target {
        arch: Arch::X64,
        word_bytes: 8,
        small_int_bits: 63,
        float: Float::Double,
        cranelift_triple: Some("x86_64-unknown-linux-gnu"),
    },
    Target {
        arch: Arch::Armv6,
        word_bytes: 4,
        small_int_bits: 31,
        float: Float::Double,
        cranelift_triple: None,
    },
    Target {
        arch: Arch::Armv6m,
        word_bytes: 4,
        small_int_bits: 31,
        float: Float::Single,
        cranelift_triple: None,
    },
    Target {
        arch: Arch::Armv7m,
        word_bytes: 4,
        small_int_bits: 31,
        float: Float::Single,
        cranelift_triple: None,
    },
    Target {
        arch: Arch::Armv7em,
        word_bytes: 4,
        small_int_bits: 31,
        float: Float::Single,
        cranelift_triple: None,
    },
    Target {
        arch: Arch::Armv7emsp,
        word_bytes: 4,
        small_int_bits: 31,
        float: Float::Single,
        cranelift_triple: None,
    },
    Target {
        arch: Arch::Armv7emdp,
        word_bytes: 4,
        small_int_bits: 31,
        float: Float::Double,
        cranelift_triple: None,
    },
    Target {
        arch: Arch::Xtensa,
        word_bytes: 4,
        small_int_bits: 31,
        float: Float::Single,
        cranelift_triple: None,
    },
    Target {
        arch: Arch::Xtensawin,
        word_bytes: 4,
        small_int_bits: 31,
        float: Float::Single,
        cranelift_triple: None,
    },
    Target {
        arch: Arch::Rv32imc,
        word_bytes: 4,
        small_int_bits: 31,
        float: Float::Single,
        cranelift_triple: None,
    },
    Target {
        arch: Arch::Rv64imc,
        word_bytes: 8,
        small_int_bits: 63,
        float: Float::Double,
        cranelift_triple: Some("riscv64gc-unknown-linux-gnu"),
    },
    Target {
        arch: Arch::Debug,
        word_bytes: 8,
        small_int_bits: 63,
        float: Float::Double,
        cranelift_triple: None,
    },
];

/// The description of `arch`, if it names a machine.
pub fn lookup(arch: Arch) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.arch == arch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_native_arch_is_described_once() {
        for a in Arch::ALL.iter().skip(1) {
            assert_eq!(TARGETS.iter().filter(|t| t.arch == *a).count(), 1, "{a}");
        }
        assert!(lookup(Arch::None).is_none());
    }
}
