//! Float parsing and printing never panic, and printing always gives text the parser accepts.

use frost_compiler::float::{float_repr, imag_repr, parse_float};

/// splitmix64: a fixed pseudo-random sequence.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[test]
fn every_bit_pattern_prints_and_reads_back() {
    let mut rng = Rng(1);
    let specials = [
        0,
        1,
        2,
        0x000f_ffff_ffff_ffff,
        0x0010_0000_0000_0000,
        0x7fef_ffff_ffff_ffff,
        0x7ff0_0000_0000_0000,
        0x7ff0_0000_0000_0001,
        0x7ff8_0000_0000_0000,
        0x7fff_ffff_ffff_ffff,
    ];
    let patterns = specials
        .iter()
        .flat_map(|&b| [b, b | 1 << 63])
        .chain((0..20_000).map(|_| rng.next()));
    for bits in patterns {
        let x = f64::from_bits(bits);
        let text = float_repr(x);
        let imag = imag_repr(x);
        assert!(imag.ends_with('j'), "{bits:#x}: {imag}");
        let back = parse_float(&text);
        assert!(back.is_some(), "{bits:#x}: {text} does not parse");
        let back = back.unwrap_or_default();
        if x.is_nan() {
            assert!(back.is_nan(), "{bits:#x}: {text}");
        } else {
            // MicroPython's 19-digit last resort is not guaranteed to read back exactly, but it
            // is always within a couple of units in the last place.
            let ulps = back.to_bits().abs_diff(x.to_bits());
            assert!(ulps <= 2, "{bits:#x}: {text} reads back {ulps} ulps away");
        }
    }
}

#[test]
fn arbitrary_text_does_not_panic() {
    let mut rng = Rng(2);
    let alphabet = b"0123456789012345678901234567890123456789.eE+-_ jinfatyINF\t\xc3\xa9x";
    for _ in 0..50_000 {
        let len = (rng.next() % 40) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize])
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        if let Some(x) = parse_float(&text) {
            let _ = float_repr(x);
        }
    }
    for text in [
        "1e2147483647",
        "1e-2147483648",
        "1e99999999999999999999999999999",
        "0e99999999999999999999999999999",
        "-1e-99999999999999999999999999999",
        "18446744073709551615999999999999999999e-999999999",
    ] {
        let _ = parse_float(text).map(float_repr);
    }
    let long_zeros = format!("0.{}1e100300", "0".repeat(100_000));
    assert_eq!(
        parse_float(&long_zeros).map(float_repr).as_deref(),
        Some("1e+299")
    );
    let long_digits = format!("{}.5", "7".repeat(100_000));
    assert_eq!(parse_float(&long_digits), Some(f64::INFINITY));
}
