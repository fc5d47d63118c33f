//! Firmware for QEMU's mps2-an386 (Cortex-M4F): runs the `.mpy` embedded at build time on
//! vm-min and reports through semihosting. QEMU exits with the program's exit status.
//!
//! Built without an embedded program, it runs the one placed in code memory at
//! [`LOADED_AT`] instead (QEMU's `-device loader`, see `run --loaded`), so that one build
//! runs any number of programs; modules placed after it can be imported.

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

/// Where modules placed by the loader start, in the last MiB of the board's 4 MiB code
/// memory (`memory.x` keeps the firmware below it): `FRMP`, the length of what follows (u32,
/// little-endian), then one entry per module, the main program first: the name's length
/// (u16), the name, the `.mpy`'s length (u32) and its bytes.
const LOADED_AT: usize = 0x0030_0000;
/// The most bytes the entries may have.
const LOADED_MAX: usize = 0x0010_0000 - 8;

/// vm-min's own allocator, over a region of RAM this firmware gives it.
#[global_allocator]
static HEAP: RegionAlloc = RegionAlloc::new();
/// RAM given to the Rust allocator (the VM heap plus the VM's own tables).
const HEAP_SIZE: usize = 1024 * 1024;
/// Budget of the Python heap inside it.
const VM_HEAP_BUDGET: usize = 512 * 1024;
/// Machine stack kept free below the VM's recursion check.
const STACK_MARGIN: usize = 64 * 1024;

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

/// Semihosting output, a clock and the loaded modules for the VM. A program embedded at
/// build time has no modules to import.
struct Board {
    ticks: u64,
    out: Option<HostStream>,
    err: Option<HostStream>,
    /// The loaded entries (see [`LOADED_AT`]), empty if none.
    modules: &'static [u8],
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

    fn load(&mut self, name: &[u8]) -> Option<&'a [u8]> {
        entries(self.modules)
            .find(|(n, _)| *n == name)
            .map(|(_, m)| m)
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
    let mut program: &'static [u8] = core::hint::black_box(PROGRAM);
    let mut modules: &'static [u8] = &[];
    if program.is_empty() {
        modules = loaded();
        match entries(modules).next() {
            Some((_, p)) => program = p,
            None => {
                say(b"frost-qemu: no program (build with FROST_MPY=FILE.mpy, or load one)\n");
                exit(2);
            }
        }
    }
    // The machine stack grows down from about here to the end of the statically allocated
    // RAM (3 MiB on this board); the VM checks calls against it, less a margin for the
    // deepest native code between two checks.
    let here = 0u8;
    let top = core::hint::black_box(&here) as *const u8 as usize;
    let stack_size = top.saturating_sub(cortex_m_rt::heap_start() as usize + STACK_MARGIN);
    let config = Config {
        heap_size: VM_HEAP_BUDGET,
        max_depth: 1000,
        max_steps: 0,
        stack_size,
    };
    let mut vm = Vm::new(
        Box::new(Board {
            ticks: 0,
            out: hio::hstdout().ok(),
            err: hio::hstderr().ok(),
            modules,
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

/// The entries the loader placed at [`LOADED_AT`] (empty if there are none).
fn loaded() -> &'static [u8] {
    // SAFETY: the header lies in the board's code memory, which is always mapped; nothing
    // writes that memory while the firmware runs.
    let head = unsafe { core::slice::from_raw_parts(LOADED_AT as *const u8, 8) };
    if head[..4] != *b"FRMP" {
        return &[];
    }
    let len = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
    if len > LOADED_MAX {
        return &[];
    }
    // SAFETY: `len` bytes after the header stay inside code memory (checked above); they are
    // never written while the firmware runs, so a `'static` shared slice is sound.
    unsafe { core::slice::from_raw_parts((LOADED_AT + 8) as *const u8, len) }
}

/// The (name, `.mpy`) entries of `bytes`, up to the first one that does not fit.
fn entries(mut bytes: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
    core::iter::from_fn(move || {
        let (n, rest) = bytes.split_first_chunk::<2>()?;
        let (name, rest) = rest.split_at_checked(usize::from(u16::from_le_bytes(*n)))?;
        let (m, rest) = rest.split_first_chunk::<4>()?;
        let (module, rest) = rest.split_at_checked(u32::from_le_bytes(*m) as usize)?;
        bytes = rest;
        Some((name, module))
    })
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
