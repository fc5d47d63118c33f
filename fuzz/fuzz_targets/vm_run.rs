//! Fuzzes vm-min on arbitrary `.mpy` bytes: loading validates the file, and whatever loads
//! runs under small limits (heap, call depth, instruction budget). No input may panic, hang
//! or abort; a malformed file is a load error, and anything else ends as an exit status.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = frost_tests::run_vm_quietly(data, 64 << 10, 20_000);
});
