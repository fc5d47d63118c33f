//! End-to-end tests of the VM through its embedder API: code runs from `&'static` bytes (as
//! frozen code runs from flash), the collector reclaims garbage, running out of heap raises
//! `MemoryError`, and malformed files are rejected at load time without panicking.
//!
//! The `.mpy` inputs are committed next to their `.py` sources (compiled by the pinned
//! mpy-cross: `mpy-cross -s NAME.py -o NAME.mpy NAME.py`).

use std::sync::{Arc, Mutex};

use frost_vm_min::{Config, Embedder, LoadError, Outcome, Vm};

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Embedder<'static> for Capture {
    fn write(&mut self, _stream: u8, data: &[u8]) {
        self.0.lock().unwrap().extend_from_slice(data);
    }
    fn load(&mut self, _name: &[u8]) -> Option<&'static [u8]> {
        None
    }
    fn ticks_ms(&mut self) -> u64 {
        0
    }
    fn sleep_ms(&mut self, _ms: u64) {}
}

fn run(bytes: &'static [u8], heap: usize, max_steps: u64) -> (Outcome, String) {
    run_with(
        bytes,
        Config {
            heap_size: heap,
            max_depth: 200,
            max_steps,
            stack_size: 0,
        },
    )
}

fn run_with(bytes: &'static [u8], config: Config) -> (Outcome, String) {
    let cap = Capture::default();
    let out = cap.0.clone();
    // Python calls nest on the machine stack; give the VM room.
    let outcome = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let mut vm = Vm::new(Box::new(cap), config);
            vm.run_main(bytes)
        })
        .unwrap()
        .join()
        .expect("the VM must not panic");
    let text = String::from_utf8_lossy(&out.lock().unwrap()).into_owned();
    (outcome, text)
}

static MIXED: &[u8] = include_bytes!("../../tests/conformance/mixed_basics.mpy");
static GC_RECLAIMS: &[u8] = include_bytes!("data/gc_reclaims.mpy");
static MEMORY_ERROR: &[u8] = include_bytes!("data/memory_error.mpy");
static SPIN: &[u8] = include_bytes!("data/spin.mpy");
static CALL_RECURSION: &[u8] = include_bytes!("data/call_recursion.mpy");
static HUGE_REQUESTS: &[u8] = include_bytes!("data/huge_requests.mpy");

#[test]
fn runs_code_in_place_from_static_bytes() {
    let (o, text) = run(MIXED, 1 << 20, 0);
    assert_eq!(o, Outcome::Exit(0));
    #[cfg(not(feature = "float32"))]
    let expected = include_str!("../../tests/conformance/mixed_basics.out");
    #[cfg(feature = "float32")]
    let expected = include_str!("../../tests/conformance-f32/mixed_basics.out");
    assert_eq!(text, expected);
}

#[test]
fn collector_reclaims_garbage_in_a_small_heap() {
    let (o, text) = run(GC_RECLAIMS, 96 * 1024, 0);
    assert_eq!(
        text,
        "['item 0', 'item 500', 'item 1000', 'item 1500'] 50\ndone\n"
    );
    assert_eq!(o, Outcome::Exit(0));
}

#[test]
fn running_out_of_heap_raises_memory_error() {
    let (o, text) = run(MEMORY_ERROR, 256 * 1024, 0);
    assert_eq!(text, "MemoryError\nrecovered [1, 2, 3]\n");
    assert_eq!(o, Outcome::Exit(0));
}

#[test]
fn requests_beyond_the_heap_are_memory_errors() {
    let (o, text) = run(HUGE_REQUESTS, 256 * 1024, 0);
    assert_eq!(text, "MemoryError\n".repeat(4) + "still running\n");
    assert_eq!(o, Outcome::Exit(0));
}

#[test]
fn instruction_budget_stops_an_endless_loop() {
    let (o, text) = run(SPIN, 64 * 1024, 10_000);
    assert_eq!(o, Outcome::Exit(1));
    assert!(
        text.ends_with("RuntimeError: instruction budget exhausted\n"),
        "{text}"
    );
}

#[test]
fn stack_budget_stops_recursion_through_rust_calls() {
    // No frame limit to speak of: the machine-stack budget is what stops `__call__`
    // recursing (each level nests Rust calls), well inside the thread's 64 MiB.
    let (o, text) = run_with(
        CALL_RECURSION,
        Config {
            heap_size: 16 << 20,
            max_depth: 1_000_000,
            max_steps: 0,
            stack_size: 1 << 20,
        },
    );
    assert_eq!(
        text,
        "RuntimeError: maximum recursion depth exceeded\nalive\n"
    );
    assert_eq!(o, Outcome::Exit(0));
}

#[test]
fn malformed_files_are_rejected_at_load_time() {
    // Every truncation of a valid file fails to load (or, for the full file, runs).
    for n in 0..MIXED.len() {
        let bytes: &'static [u8] = Box::leak(MIXED[..n].to_vec().into_boxed_slice());
        let (o, _) = run(bytes, 1 << 20, 100_000);
        assert!(
            matches!(o, Outcome::Load(LoadError::Malformed(_))),
            "truncation to {n} bytes: {o:?}"
        );
    }
}

#[test]
fn corrupted_files_never_panic() {
    // Flip each byte of a real program in a few ways: the file is either rejected or runs
    // to some end (an exception, or the budget) — never a panic, never a hang.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for i in 0..MIXED.len() {
        for _ in 0..2 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut v = MIXED.to_vec();
            v[i] ^= (seed as u8) | 1;
            let bytes: &'static [u8] = Box::leak(v.into_boxed_slice());
            let (o, _) = run(bytes, 256 * 1024, 20_000);
            assert!(matches!(o, Outcome::Exit(_) | Outcome::Load(_)));
        }
    }
}
