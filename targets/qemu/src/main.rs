//! Firmware for QEMU's mps2-an386 (Cortex-M4F): runs the `.mpy` embedded at build time on
//! vm-min and reports through semihosting. QEMU exits with the program's exit status.

#![no_std]
#![no_main]

extern crate alloc;

use alloc::boxed::Box;
use cortex_m_rt::{ExceptionFrame, entry, exception};

use cortex_m_semihosting::hio::{self, HostStream};
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

unsafe extern "C" {
    /// cortex-m-rt's default exception handler (an endless loop).
    fn DefaultHandler();
}

/// The device-specific part of the vector table. The firmware enables no interrupt, so one
/// entry stands in for the 240 a generic cortex-m-rt build reserves (960 B of flash).
#[unsafe(link_section = ".vector_table.interrupts")]
#[unsafe(no_mangle)]
static __INTERRUPTS: [unsafe extern "C" fn(); 1] = [DefaultHandler];

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
    out: Option<HostStream>,
    err: Option<HostStream>,
}

impl<'a> Embedder<'a> for Board {
    fn write(&mut self, stream: u8, data: &[u8]) {
        // Semihosting writes go straight to QEMU's stdout/stderr, bytes as they are.
        let host = if stream == 2 {
            &mut self.err
        } else {
            &mut self.out
        };
        if let Some(h) = host {
            let _ = h.write_all(data);
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
        say(b"frost-qemu: no program embedded (build with FROST_MPY=FILE.mpy)\n");
        exit(2);
    }
    let config = Config {
        heap_size: VM_HEAP_BUDGET,
        max_depth: 40,
        max_steps: 0,
    };
    let mut vm = Vm::new(
        Box::new(Board {
            ticks: 0,
            out: hio::hstdout().ok(),
            err: hio::hstderr().ok(),
        }),
        config,
    );
    match vm.run_main(program) {
        Outcome::Exit(code) => exit(u32::from(code)),
        Outcome::Load(e) => {
            // Written in pieces, so the firmware carries no `core::fmt`.
            if let Ok(mut err) = hio::hstderr() {
                e.write_text(&mut |s| {
                    let _ = err.write_all(s.as_bytes());
                });
                let _ = err.write_all(b"\n");
            }
            exit(1)
        }
    }
}

/// Writes `msg` to the host's stdout.
fn say(msg: &[u8]) {
    if let Ok(mut out) = hio::hstdout() {
        let _ = out.write_all(msg);
    }
}

// The firmware is built with `panic = immediate-abort` (see `.cargo/config.toml`): a panic
// is a trap with no message text in flash, which lands in `HardFault` below. vm-min never
// panics by design, so either is an internal error.
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    say(b"frost-qemu: internal error: panic\n");
    exit(101)
}

#[exception]
unsafe fn HardFault(_: &ExceptionFrame) -> ! {
    say(b"frost-qemu: internal error: hard fault (a panic or a bad access)\n");
    exit(101)
}
