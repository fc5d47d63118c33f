//! Focused compiler cases in `tests/data/compile/`: each `NAME.py` has either `NAME.mpy`
//! (the reference mpy-cross output, compiled as `mpy-cross -s NAME.py NAME.py`) or
//! `NAME.err` (mpy-cross's error text). `FROST_BLESS=1` regenerates them with mpy-cross.

use std::path::{Path, PathBuf};

use frost_compiler::Options;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/compile")
}

fn bless(dir: &Path, name: &str) {
    let tool = std::env::var_os("MPY_CROSS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var("HOME").unwrap_or_default())
                .join(".cache/frost/oracles/venv/lib/python3.11/site-packages/mpy_cross/mpy-cross")
        });
    let stem = name.trim_end_matches(".py");
    let out = std::process::Command::new(tool)
        .args(["-s", name, "-o", &format!("{stem}.mpy"), name])
        .current_dir(dir)
        .output()
        .expect("mpy-cross runs");
    let _ = std::fs::remove_file(dir.join(format!("{stem}.err")));
    if !out.status.success() {
        let _ = std::fs::remove_file(dir.join(format!("{stem}.mpy")));
        std::fs::write(dir.join(format!("{stem}.err")), out.stderr).unwrap();
    }
}

#[test]
fn compile_cases_match_mpy_cross() {
    let dir = data_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for name in &names {
        if std::env::var_os("FROST_BLESS").is_some() {
            bless(&dir, name);
        }
        let stem = name.trim_end_matches(".py");
        let src = std::fs::read(dir.join(name)).unwrap();
        let opts = Options {
            source_name: name.clone(),
            ..Options::default()
        };
        let got = frost_compiler::compile(&src, &opts);
        if let Ok(want) = std::fs::read(dir.join(format!("{stem}.mpy"))) {
            match got {
                Ok(b) if b == want => {}
                Ok(_) => failures.push(format!("{name}: bytes differ")),
                Err(e) => failures.push(format!("{name}: unexpected error {}", e[0])),
            }
        } else {
            let err = std::fs::read_to_string(dir.join(format!("{stem}.err"))).unwrap();
            let lines: Vec<&str> = err.lines().collect();
            let last = lines.last().copied().unwrap_or("");
            let loc = lines
                .iter()
                .find(|l| l.trim_start().starts_with("File "))
                .copied();
            match got {
                Ok(_) => failures.push(format!("{name}: compiled, but mpy-cross says {last}")),
                Err(e) => {
                    let e = &e[0];
                    let text = format!("{}: {}", e.kind.name(), e.message);
                    let mut want_loc = format!("line {}", e.line);
                    if let Some(s) = &e.in_scope {
                        want_loc.push_str(&format!(", in {s}"));
                    }
                    let loc_ok = match loc {
                        Some(l) => e.traceback && l.ends_with(&want_loc),
                        None => !e.traceback,
                    };
                    if text != last || !loc_ok {
                        failures.push(format!(
                            "{name}: got `{text}` at `{want_loc}`, mpy-cross: `{last}` at `{}`",
                            loc.unwrap_or("")
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
