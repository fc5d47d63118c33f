//! Firmware for QEMU's mps2-an386 (Cortex-M4F): runs the `.mpy` embedded at build time on
//! vm-min and reports through semihosting. QEMU exits with the program's exit status.

#![no_std]
#![no_main]

extern crate alloc;

use core::mem::MaybeUninit;

use cortex_m_rt::entry;
use cortex_m_semihosting::{hprint, hprintln};
use embedded_alloc::LlffHeap as Heap;

/// The module to run, copied in by `build.rs` from `FROST_MPY`. It stays in flash.
static PROGRAM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/program.mpy"));

#[global_allocator]
static HEAP: Heap = Heap::empty();
const HEAP_SIZE: usize = 64 * 1024;

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

#[entry]
fn main() -> ! {
    {
        static mut HEAP_MEM: [MaybeUninit<u8>; HEAP_SIZE] = [MaybeUninit::uninit(); HEAP_SIZE];
        // SAFETY: `main` runs once, before anything allocates, and this is the only reference
        // to HEAP_MEM ever taken.
        unsafe { HEAP.init(core::ptr::addr_of_mut!(HEAP_MEM) as usize, HEAP_SIZE) }
    }
    // Opaque to the optimiser, so the firmware keeps the whole VM whatever is embedded.
    let program: &[u8] = core::hint::black_box(PROGRAM);
    if program.is_empty() {
        hprintln!("frost-qemu: no program embedded (build with FROST_MPY=FILE.mpy)");
        exit(2);
    }
    let port = frost_vm_min::Port { small_int_bits: 31, native_arch: None };
    match frost_vm_min::load(program, &port) {
        Ok(m) => {
            hprint!("loaded: {} qstrs, {} constants\n", m.qstrs.len(), m.consts.len());
            exit(0)
        }
        Err(e) => {
            hprintln!("{}", e);
            exit(1)
        }
    }
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    hprintln!("frost-qemu: internal error: {}", info);
    exit(101)
}
