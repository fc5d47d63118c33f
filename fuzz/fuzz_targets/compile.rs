//! Fuzzes the compiler: any bytes as Python source must give either a module that the reader
//! accepts or compile errors whose spans lie inside the source — never a panic or a hang.

#![no_main]

use frost_compiler::Options;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = Options {
        source_name: "fuzz.py".into(),
        ..Options::default()
    };
    match frost_compiler::compile(data, &opts) {
        Ok(bytes) => {
            if let Err(e) = frost_formats::Mpy::parse(&bytes) {
                panic!("the compiler wrote a module the reader rejects: {e}");
            }
        }
        Err(errors) => {
            assert!(!errors.is_empty(), "a failed compile must report an error");
            for e in errors {
                assert!(
                    e.span.start <= e.span.end && e.span.end <= data.len() + 1,
                    "bad span {e:?}"
                );
            }
        }
    }
});
