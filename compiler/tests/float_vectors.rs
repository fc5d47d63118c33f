//! Float constant text against vectors recorded from mpy-cross 1.29.
//!
//! `data/float/vectors.tsv` holds one case per line, `kind \t input \t expected`, where the
//! expected text was read from the constant table of a `.mpy` that the real mpy-cross wrote
//! for a tuple of those literals:
//!
//! * `lit`: a float literal, possibly negated (`-1.5` is folded to a constant); checks
//!   [`parse_float`] and [`float_repr`] together.
//! * `imag`: an imaginary literal without its `j`; checks [`parse_float`] and [`imag_repr`].
//! * `bits`: the `f64` bits (hex) of a folded expression such as `1/3` or `2**0.5`; checks
//!   [`float_repr`] alone.
//!
//! Every case runs; the test fails with a count and the first mismatches.

use frost_compiler::float::{float_repr, imag_repr, parse_float};

const VECTORS: &str = include_str!("data/float/vectors.tsv");

fn actual(kind: &str, input: &str) -> Option<String> {
    match kind {
        "lit" => parse_float(input).map(float_repr),
        "imag" => parse_float(input).map(imag_repr),
        "bits" => u64::from_str_radix(input, 16)
            .ok()
            .map(|b| float_repr(f64::from_bits(b))),
        _ => None,
    }
}

/// Checks every case in `vectors`; returns the number of cases and the mismatches.
fn check(name: &str, vectors: &str) -> (usize, Vec<String>) {
    let mut total = 0;
    let mut failures = Vec::new();
    for (n, line) in vectors.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(kind), Some(input), Some(expected), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            panic!("{name}:{}: malformed line", n + 1);
        };
        total += 1;
        let got = actual(kind, input);
        if got.as_deref() != Some(expected) {
            failures.push(format!(
                "{name}:{}: {kind} {input:.60}: expected {expected}, got {got:?}",
                n + 1
            ));
        }
    }
    (total, failures)
}

fn assert_all_match(name: &str, vectors: &str) {
    let (total, failures) = check(name, vectors);
    println!(
        "{name}: {} of {total} vectors match",
        total - failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {total} vectors differ from mpy-cross:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

#[test]
fn float_text_matches_mpy_cross() {
    assert!(
        check("vectors.tsv", VECTORS).0 > 20_000,
        "vectors.tsv lost its cases"
    );
    assert_all_match("vectors.tsv", VECTORS);
}

/// A bigger, uncommitted vector file in the same format can be checked with
/// `FROST_FLOAT_VECTORS=path cargo test -p frost-compiler --test float_vectors`.
#[test]
fn float_text_matches_extra_vectors() {
    if let Some(path) = std::env::var_os("FROST_FLOAT_VECTORS") {
        let text =
            std::fs::read_to_string(&path).expect("FROST_FLOAT_VECTORS names a readable file");
        assert_all_match(&path.to_string_lossy(), &text);
    }
}
