//! Compiles every bytecode golden in `tests/data/mpy` (files whose `# mpy-cross:` header asks
//! for no native code) and compares the bytes with the committed reference `.mpy`.
//!
//! Files in [`FIXME_DIFFERENT`] are known to differ today; the test asserts that they still
//! do, so the list has to shrink as they get fixed. Goldens that need native code must be
//! refused with an error, never compiled to wrong bytes.

use std::path::{Path, PathBuf};

use frost_compiler::Options;
use frost_compiler::options::Emit;

/// Bytecode goldens that do not come out identical yet.
const FIXME_DIFFERENT: &[&str] = &[];

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/mpy")
}

/// Options from a `# mpy-cross: ...` header line; `None` for native targets.
pub fn options_from_header(name: &str, header: &str) -> (Options, bool) {
    let mut opts = Options {
        source_name: name.to_string(),
        ..Options::default()
    };
    let mut native = false;
    let args = header.trim_start_matches("# mpy-cross:");
    let mut it = args.split_whitespace();
    while let Some(a) = it.next() {
        if a == "-X" {
            match it.next() {
                Some("no-source-lines") => opts.no_source_lines = true,
                Some("emit=native") => {
                    opts.emit = Emit::Native;
                    native = true;
                }
                Some("emit=viper") => {
                    opts.emit = Emit::Viper;
                    native = true;
                }
                _ => {}
            }
        } else if let Some(n) = a.strip_prefix("-msmall-int-bits=") {
            opts.small_int_bits = n.parse().unwrap_or(31);
        } else if let Some(arch) = a.strip_prefix("-march=") {
            opts.arch = frost_compiler::formats::Arch::from_name(arch);
            native = true;
        } else if let Some(o) = a.strip_prefix("-O") {
            opts.opt_level = o.parse().unwrap_or(1 + o.len() as u8);
        }
    }
    (opts, native)
}

#[test]
fn bytecode_goldens_are_identical() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("golden dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    let (mut same, mut total) = (0, 0);
    let mut failures = Vec::new();
    for py in &files {
        let name = py.file_name().unwrap().to_str().unwrap().to_string();
        let src = std::fs::read(py).unwrap();
        let header =
            String::from_utf8_lossy(src.split(|&b| b == b'\n').next().unwrap_or(b"")).into_owned();
        let (opts, native) = options_from_header(&name, &header);
        let expected = std::fs::read(py.with_extension("mpy")).unwrap();
        let got = frost_compiler::compile(&src, &opts);
        if native {
            // Only native code in these: frost must refuse rather than guess.
            if let Ok(bytes) = &got {
                if bytes != &expected {
                    failures.push(format!("{name}: native golden compiled to different bytes"));
                }
            }
            continue;
        }
        total += 1;
        let ok = got.as_ref().is_ok_and(|b| b == &expected);
        if ok {
            same += 1;
        }
        let fixme = FIXME_DIFFERENT.contains(&name.as_str());
        match (ok, fixme) {
            (false, false) => failures.push(match &got {
                Ok(_) => format!("{name}: bytes differ"),
                Err(e) => format!("{name}: error {}", e[0]),
            }),
            (true, true) => failures.push(format!(
                "{name}: now identical, remove it from FIXME_DIFFERENT"
            )),
            _ => {}
        }
    }
    eprintln!("bytecode goldens identical: {same}/{total}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
