//! The CircuitPython flavour against CircuitPython's own mpy-cross: every input in
//! `tests/data/circuitpython/` is compiled with `--flavour circuitpython` and the options on its
//! first line, and must give the committed `.mpy` byte for byte, or the committed `.err` text.
//!
//! `KNOWN_DIFFERENT` lists the inputs frost does not match yet, with the reason. The test
//! fails when one of them starts matching (so the list stays true) as well as when any other
//! input stops matching.

use frost_cli::compile_cmd::{ErrorFormat, compile_source};
use frost_cli::mpy_cross::parse_args;
use frost_formats::Flavour;
use frost_tests::{files_with_ext, repo_root};

/// Inputs frost does not match yet: native code, which frost does not generate yet.
/// (CircuitPython 10.2.1 is built on MicroPython 1.27, whose front end differs from 1.29's;
/// the flavour reproduces its lexer, see `Lexer::legacy`.)
const KNOWN_DIFFERENT: &[(&str, &str)] = &[
    ("native_asm_armv7m.py", "native code generation"),
    ("native_async_x64.py", "native code generation"),
    ("native_rv32imc.py", "native code generation"),
    ("native_try_gen_armv7m.py", "native code generation"),
    ("native_xtensawin.py", "native code generation"),
    ("viper_ptr_armv6m.py", "native code generation"),
    ("viper_unary_x64.py", "native code generation"),
    ("err_asm_xtensawin.py", "native code generation"),
];

#[test]
fn circuitpython_flavour_matches_circuitpythons_mpy_cross() {
    let dir = repo_root().join("tests/data/circuitpython");
    let inputs = files_with_ext(&dir, ".py");
    assert!(inputs.len() >= 25, "found {} inputs", inputs.len());
    let mut unexpected = Vec::new();
    let mut matched = 0;
    for input in &inputs {
        let name = input.file_name().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read(input).unwrap();
        let header = String::from_utf8_lossy(&source)
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        let opts = header
            .strip_prefix("# mpy-cross:")
            .expect("option header on line 1");
        let mut args: Vec<String> = opts.split_whitespace().map(String::from).collect();
        args.extend(["-s".into(), name.clone(), name.clone()]);
        let mut job = parse_args(&args).unwrap_or_else(|e| panic!("{name}: bad options {e:?}"));
        job.options.flavour = Flavour::CircuitPython;
        let got = compile_source(&name, &source, &job.options, ErrorFormat::MpyCross, false);
        let ok = match got {
            Ok(bytes) => std::fs::read(input.with_extension("mpy")).is_ok_and(|want| want == bytes),
            Err(text) => {
                std::fs::read(input.with_extension("err")).is_ok_and(|want| want == text.as_bytes())
            }
        };
        let known = KNOWN_DIFFERENT.iter().find(|(n, _)| *n == name);
        match (ok, known) {
            (true, None) => matched += 1,
            (false, Some(_)) => {}
            (true, Some((_, why))) => unexpected.push(format!(
                "{name} now matches ({why}): drop it from KNOWN_DIFFERENT"
            )),
            (false, None) => unexpected.push(format!("{name} differs from CircuitPython's output")),
        }
    }
    eprintln!(
        "circuitpython: {matched} of {} inputs match CircuitPython's mpy-cross",
        inputs.len()
    );
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n"));
}
