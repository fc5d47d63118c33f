//! The run test of the compiler: every program of our own (`tests/programs`,
//! `tests/conformance`, `tests/bench`) is compiled twice, by frost and by the reference
//! mpy-cross, and both `.mpy` files run in the real MicroPython VM (the 1.27 WebAssembly
//! port, through `scripts/run-micropython`). What they print (stdout, stderr and exit status)
//! must be identical. Needs the reference tools; see `frost_tests::require`.

use std::path::{Path, PathBuf};
use std::process::Command;

use frost_compiler::Options;
use frost_tests::{files_with_ext, mpy_cross, repo_root, require};

/// The issue asks for at least this many programs.
const MIN_PROGRAMS: usize = 150;

const DIRS: [&str; 3] = ["tests/programs", "tests/conformance", "tests/bench"];

/// A program: its source, the module name it runs under, and importable helper modules.
struct Program {
    source: PathBuf,
    module: String,
}

fn programs() -> Vec<Program> {
    let root = repo_root();
    let mut out = Vec::new();
    for d in DIRS {
        let dir = root.join(d);
        let prefix = d.rsplit('/').next().unwrap_or(d);
        for f in files_with_ext(&dir, ".py") {
            if f.parent() != Some(dir.as_path()) {
                continue; // helper modules (e.g. tests/conformance/lib) are not programs
            }
            let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
            out.push(Program {
                source: f,
                module: format!("{prefix}_{stem}"),
            });
        }
    }
    out
}

fn compile_frost(src: &Path, name: &str) -> Result<Vec<u8>, String> {
    let source = std::fs::read(src).map_err(|e| e.to_string())?;
    let opts = Options {
        source_name: name.to_string(),
        ..Options::default()
    };
    frost_compiler::compile(&source, &opts).map_err(|e| format!("{e:?}"))
}

fn compile_reference(mpy: &Path, src: &Path, name: &str, out: &Path) -> Result<(), String> {
    let r = Command::new(mpy)
        .arg("-s")
        .arg(name)
        .arg("-o")
        .arg(out)
        .arg(src)
        .output()
        .map_err(|e| e.to_string())?;
    if r.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&r.stderr).into_owned())
    }
}

/// Runs every `.mpy` in `dir` in the real VM (one fresh VM each), writing `NAME.out` files.
fn run_batch(dir: &Path, libs: &[PathBuf]) {
    let mut cmd = Command::new(repo_root().join("scripts/run-micropython"));
    cmd.arg("--batch")
        .arg("--timeout")
        .arg("20")
        .arg("--out-dir")
        .arg(dir);
    for l in libs {
        cmd.arg("--lib").arg(l);
    }
    cmd.args(files_with_ext(dir, ".mpy"));
    let st = cmd.status().expect("run scripts/run-micropython");
    assert!(
        st.success(),
        "scripts/run-micropython --batch failed in {}",
        dir.display()
    );
}

#[test]
fn frost_compiled_programs_print_what_mpy_cross_compiled_ones_print() {
    let Some(mpy) = require(
        "the reference mpy-cross",
        mpy_cross(),
        "run scripts/setup-oracles",
    ) else {
        return;
    };
    let root = repo_root();
    let vm_ready = Command::new(root.join("scripts/setup-oracles"))
        .arg("--check")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and(Command::new("node").arg("--version").output().ok());
    if require(
        "the MicroPython wasm VM",
        vm_ready,
        "run scripts/setup-oracles",
    )
    .is_none()
    {
        return;
    }
    let progs = programs();
    assert!(
        progs.len() >= MIN_PROGRAMS,
        "the run test needs at least {MIN_PROGRAMS} programs, found {}",
        progs.len()
    );
    let tmp = std::env::temp_dir().join(format!("frost-run-programs-{}", std::process::id()));
    let (dir_f, dir_r, dir_lib) = (tmp.join("frost"), tmp.join("mpy-cross"), tmp.join("lib"));
    for d in [&dir_f, &dir_r, &dir_lib] {
        std::fs::create_dir_all(d).unwrap();
    }
    // Helper modules the conformance programs import, compiled by the reference.
    let mut libs = Vec::new();
    for l in files_with_ext(&root.join("tests/conformance/lib"), ".py") {
        let name = l.file_name().unwrap().to_string_lossy().into_owned();
        let out = dir_lib.join(l.with_extension("mpy").file_name().unwrap());
        compile_reference(&mpy, &l, &name, &out).unwrap();
        libs.push(out);
    }
    let mut problems = Vec::new();
    let mut compiled = Vec::new();
    for p in &progs {
        let name = format!("{}.py", p.module);
        let out_r = dir_r.join(format!("{}.mpy", p.module));
        let reference = compile_reference(&mpy, &p.source, &name, &out_r);
        match (compile_frost(&p.source, &name), reference) {
            (Ok(bytes), Ok(())) => {
                std::fs::write(dir_f.join(format!("{}.mpy", p.module)), bytes).unwrap();
                compiled.push(p);
            }
            (Err(_), Err(_)) => {}
            (f, r) => problems.push(format!(
                "{}: frost {:?} / mpy-cross {:?}",
                p.source.display(),
                f.is_ok(),
                r.is_ok()
            )),
        }
    }
    run_batch(&dir_f, &libs);
    run_batch(&dir_r, &libs);
    let mut same = 0;
    for p in &compiled {
        let f = std::fs::read(dir_f.join(format!("{}.out", p.module))).unwrap_or_default();
        let r = std::fs::read(dir_r.join(format!("{}.out", p.module))).unwrap_or_default();
        if f == r {
            same += 1;
        } else {
            problems.push(format!("{}: output differs", p.source.display()));
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    eprintln!(
        "run test: {same} of {} programs print the same in the real VM whichever compiler built them",
        compiled.len()
    );
    let _ = std::fs::write(
        root.join("target/run-programs.txt"),
        format!(
            "{same} of {} programs identical in the real MicroPython VM\n",
            compiled.len()
        ),
    );
    assert!(
        compiled.len() >= MIN_PROGRAMS,
        "only {} programs compiled (need {MIN_PROGRAMS})",
        compiled.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
