//! Fuzzes vm-min's semantics: any bytes as Python source that frost compiles are run under
//! small limits (heap, call depth, instruction budget). Mutated programs reach builtins,
//! methods and operators with arguments no test thought of; none may panic, hang or abort.

#![no_main]

use frost_compiler::Options;
use frost_vm_min::{Config, Embedder, Vm};
use libfuzzer_sys::fuzz_target;

/// Output goes nowhere; there are no other modules and no time.
struct Sink;

impl<'a> Embedder<'a> for Sink {
    fn write(&mut self, _stream: u8, _data: &[u8]) {}
    fn load(&mut self, _name: &[u8]) -> Option<&'a [u8]> {
        None
    }
    fn ticks_ms(&mut self) -> u64 {
        0
    }
    fn sleep_ms(&mut self, _ms: u64) {}
}

fuzz_target!(|data: &[u8]| {
    let opts = Options { source_name: "fuzz.py".into(), ..Options::default() };
    let Ok(bytes) = frost_compiler::compile(data, &opts) else {
        return;
    };
    let config = Config {
        heap_size: 256 << 10,
        max_depth: 24,
        max_steps: 50_000,
        stack_size: 0,
    };
    let mut vm = Vm::new(Box::new(Sink), config);
    let _ = vm.run_main(&bytes);
});
