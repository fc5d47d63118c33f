//! Fuzzes vm-min's semantics: any bytes as Python source that frost compiles are run under
//! small limits (heap, call depth, instruction budget). Mutated programs reach builtins,
//! methods and operators with arguments no test thought of; none may panic, hang or abort.

#![no_main]

use frost_compiler::Options;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = Options {
        source_name: "fuzz.py".into(),
        ..Options::default()
    };
    if let Ok(bytes) = frost_compiler::compile(data, &opts) {
        let _ = frost_tests::run_vm_quietly(&bytes, 256 << 10, 50_000);
    }
});
