//! Fuzzes the `.mpy` reader, the disassembler and the writer: no input may panic, and any
//! input that parses must survive a write/read round trip.
//!
//! Inputs whose first byte is even get a valid v6 header prepended, so the fuzzer spends its
//! time past the header checks.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match data.split_first() {
        Some((&b, rest)) if b & 1 == 0 => {
            let mut v = Vec::with_capacity(rest.len() + 4);
            v.extend_from_slice(b"M\x06\x00\x1f");
            v.extend_from_slice(rest);
            frost_tests::exercise_mpy(&v);
        }
        _ => {
            frost_tests::exercise_mpy(data);
        }
    }
});
