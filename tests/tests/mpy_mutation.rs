//! Mutation test of the reader: truncated and corrupted versions of the golden files must each
//! give either an error or a valid parse, never a panic, a hang or an out-of-bounds read.
//! A valid parse must also be fully walkable, and writing it out and reading that back must
//! give the same model.

use frost_formats::Mpy;
use frost_tests::{exercise_mpy as exercise, files_with_ext, repo_root};

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn truncated_and_corrupted_files_never_panic() {
    let files = files_with_ext(&repo_root().join("tests/data/mpy"), ".mpy");
    assert!(!files.is_empty());
    let originals: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut inputs, mut valid) = (0usize, 0usize);

    // Every truncation of every file.
    for data in &originals {
        for n in 0..data.len() {
            inputs += 1;
            assert!(
                !exercise(&data[..n]) || n == data.len(),
                "a strict prefix parsed as a whole file"
            );
        }
    }
    // Random corruption: flipped bits, replaced bytes, inserted and deleted runs, and
    // "interesting" values (0x00, 0x7f, 0x80, 0xff) that exercise varint edges.
    for round in 0..24_000 {
        let src = &originals[round % originals.len()];
        let mut d = src.clone();
        let edits = 1 + rng.below(4);
        for _ in 0..edits {
            if d.is_empty() {
                break;
            }
            let at = rng.below(d.len());
            match rng.below(6) {
                0 => d[at] ^= 1 << rng.below(8),
                1 => d[at] = rng.next() as u8,
                2 => d[at] = [0x00, 0x7f, 0x80, 0xff][rng.below(4)],
                3 => {
                    let n = 1 + rng.below(8);
                    for _ in 0..n {
                        d.insert(at, rng.next() as u8);
                    }
                }
                4 => {
                    let n = (1 + rng.below(8)).min(d.len() - at);
                    d.drain(at..at + n);
                }
                _ => d.truncate(at),
            }
        }
        inputs += 1;
        if exercise(&d) {
            valid += 1;
        }
    }
    eprintln!(
        "mutation test: {inputs} inputs, {valid} parsed as valid files, the rest were rejected"
    );
    assert!(inputs >= 10_000);
}

#[test]
fn error_messages_name_offsets() {
    let e = Mpy::parse(b"").unwrap_err();
    assert_eq!(
        e.to_string(),
        "at byte 0 (0x0): file ends in the middle of the magic byte"
    );
    let e = Mpy::parse(b"X\x06\x00\x1f").unwrap_err();
    assert!(e.to_string().contains("not a .mpy file"), "{e}");
    let e = Mpy::parse(b"M\x05\x00\x1f").unwrap_err();
    assert!(e.to_string().contains("unsupported .mpy version 5"), "{e}");
}

/// Inputs the fuzzer found, each once a panic; they must now parse or be rejected cleanly.
#[test]
fn fuzz_findings_stay_fixed() {
    let files = files_with_ext(&repo_root().join("tests/data/fuzz"), ".bin");
    assert!(!files.is_empty());
    for f in files {
        let data = std::fs::read(&f).unwrap();
        // Raw and with the header the fuzz target prepends to even-first-byte inputs.
        exercise(&data);
        let mut v = b"M\x06\x00\x1f".to_vec();
        v.extend_from_slice(data.get(1..).unwrap_or(&[]));
        exercise(&v);
    }
}
