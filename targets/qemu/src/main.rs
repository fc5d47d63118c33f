//! Firmware for QEMU's mps2-an386 (Cortex-M4F): runs the `.mpy` embedded at build time on
//! vm-min and reports through semihosting. QEMU exits with the program's exit status.

#![no_std]
#![no_main]

extern crate alloc;

use cortex_m_rt::entry;
use alloc::boxed::Box;

use cortex_m_semihosting::{heprint, heprintln, hprint, hprintln};
use frost_vm_min::region::RegionAlloc;
use frost_vm_min::{Config, Embedder, Outcome, Vm};

/// The module to run, copied in by `build.rs` from `FROST_MPY`. It stays in flash.
static PROGRAM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/program.mpy"));

/// vm-min's own allocator, over a region of RAM this firmware gives it.
#[global_allocator]
static HEAP: RegionAlloc = RegionAlloc::new();
/// RAM given to the Rust allocator (the VM heap plus the VM's own tables).
const HEAP_SIZE: usize = 1024 * 1024;
/// Budget of the Python heap inside it.
const VM_HEAP_BUDGET: usize = 512 * 1024;

/// Exits QEMU with `code` (semihosting SYS_EXIT_EXTENDED with ADP_Stopped_ApplicationExit).
fn exit(code: u32) -> ! {
    let block = [0x20026u32, code];
    // SAFETY: SYS_EXIT_EXTENDED (0x20) takes a pointer to a two-word parameter block, which
    // lives on this stack frame for the whole call; the call does not return under QEMU.
    unsafe {
        cortex_m_semihosting::syscall(0x20, &block);
    }
    loop {
        cortex_m::asm::wfi();
    }
}

/// Semihosting output and a clock for the VM. There are no importable modules on this
/// board: everything the program needs is in the one embedded `.mpy`.
struct Board {
    ticks: u64,
}

impl<'a> Embedder<'a> for Board {
    fn write(&mut self, stream: u8, data: &[u8]) {
        // Semihosting writes go straight to QEMU's stdout/stderr.
        let text = core::str::from_utf8(data).unwrap_or("\u{fffd}");
        if stream == 2 {
            heprint!("{}", text);
        } else {
            hprint!("{}", text);
        }
    }

    fn load(&mut self, _name: &[u8]) -> Option<&'a [u8]> {
        None
    }

    fn ticks_ms(&mut self) -> u64 {
        // No timer is set up: time advances by one millisecond per query, which keeps
        // `ticks_diff` arithmetic meaningful and programs deterministic.
        self.ticks += 1;
        self.ticks
    }

    fn sleep_ms(&mut self, ms: u64) {
        self.ticks += ms;
    }
}

#[entry]
fn main() -> ! {
    {
        static mut HEAP_MEM: [u8; HEAP_SIZE] = [0; HEAP_SIZE];
        // SAFETY: `main` runs once, before anything allocates, and this is the only reference
        // to HEAP_MEM ever taken; it lives for the rest of the program.
        let region: &'static mut [u8] = unsafe { &mut *core::ptr::addr_of_mut!(HEAP_MEM) };
        HEAP.init(region);
    }
    // Opaque to the optimiser, so the firmware keeps the whole VM whatever is embedded.
    let program: &'static [u8] = core::hint::black_box(PROGRAM);
    if program.is_empty() {
        hprintln!("frost-qemu: no program embedded (build with FROST_MPY=FILE.mpy)");
        exit(2);
    }
    let config = Config { heap_size: VM_HEAP_BUDGET, max_depth: 40, max_steps: 0 };
    let mut vm = Vm::new(Box::new(Board { ticks: 0 }), config);
    match vm.run_main(program) {
        Outcome::Exit(code) => exit(u32::from(code)),
        Outcome::Load(e) => {
            heprintln!("{}", e);
            exit(1)
        }
    }
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    hprintln!("frost-qemu: internal error: {}", info);
    exit(101)
}
