//! Rough throughput of float parsing and printing (no benchmark harness, just a clock).
//!
//! Runs a small batch by default so that it stays cheap in debug test runs. For a real number,
//! run it optimised with a bigger batch and look at the printed line:
//!
//! ```text
//! FROST_FLOAT_BENCH=1000000 cargo test --release -p frost-compiler --test float_throughput -- --nocapture
//! ```

use std::time::Instant;

use frost_compiler::float::{float_repr, parse_float};

/// A fixed pseudo-random sequence of finite doubles across the whole exponent range
/// (splitmix64, so that runs are comparable).
fn doubles(count: usize) -> Vec<f64> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        let x = f64::from_bits(z >> 1);
        if x.is_finite() {
            out.push(x);
        }
    }
    out
}

#[test]
fn float_throughput() {
    let count = std::env::var("FROST_FLOAT_BENCH")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let values = doubles(count);

    let start = Instant::now();
    let texts: Vec<String> = values.iter().map(|&x| float_repr(x)).collect();
    let format_time = start.elapsed();

    let start = Instant::now();
    let mut parsed = 0usize;
    for t in &texts {
        parsed += usize::from(parse_float(t).is_some());
    }
    let parse_time = start.elapsed();

    println!(
        "float_repr: {count} values in {format_time:?} ({:.0} ns each); parse_float: {parse_time:?} ({:.0} ns each)",
        format_time.as_nanos() as f64 / count as f64,
        parse_time.as_nanos() as f64 / count as f64,
    );
    assert_eq!(parsed, count);
}
