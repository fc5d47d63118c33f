//! Fuzzes vm-min on arbitrary `.mpy` bytes: loading validates the file, and whatever loads
//! runs under small limits (heap, call depth, instruction budget). No input may panic, hang
//! or abort; a malformed file is a load error, and anything else ends as an exit status.

#![no_main]

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
    let config = Config {
        heap_size: 64 << 10,
        max_depth: 24,
        max_steps: 20_000,
        stack_size: 0,
    };
    let mut vm = Vm::new(Box::new(Sink), config);
    let _ = vm.run_main(data);
});
