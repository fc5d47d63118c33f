//! Differential measurement on the real-world corpora built by `scripts/corpus`: compiles
//! every file with frost and with the reference mpy-cross (default options and `-O3`) and
//! counts byte-identical outputs.
//!
//! Slow (thousands of files, each also run through mpy-cross), so it runs only when
//! `FROST_CORPUS=1` is set and otherwise prints a visible `SKIPPED` line. Reference outputs
//! are cached under `$FROST_CACHE/backend-ref/`. Set `FROST_CORPUS_LIST=path` to write the
//! names of the differing files there, and `FROST_CORPUS_DIR=dir` to measure another
//! directory instead (its reference outputs are cached under the name `extra`).

use std::path::{Path, PathBuf};
use std::process::Command;

use frost_compiler::Options;

fn cache() -> PathBuf {
    std::env::var_os("FROST_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/frost")))
        .unwrap_or_else(|| PathBuf::from("/tmp"))
}

fn mpy_cross() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("MPY_CROSS") {
        return Some(PathBuf::from(p));
    }
    let p = cache().join("oracles/venv/lib/python3.11/site-packages/mpy_cross/mpy-cross");
    p.is_file().then_some(p)
}

fn py_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Whether frost's error matches mpy-cross's stderr (type, message, line and scope).
fn same_error(e: &frost_compiler::CompileError, stderr: &str) -> bool {
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    let last = lines.last().copied().unwrap_or("");
    if last != format!("{}: {}", e.kind.name(), e.message) {
        return false;
    }
    match lines.iter().find(|l| l.trim_start().starts_with("File ")) {
        None => true,
        Some(loc) => {
            let mut want = format!("line {}", e.line);
            if let Some(s) = &e.in_scope {
                want.push_str(&format!(", in {s}"));
            }
            loc.ends_with(&want)
        }
    }
}

fn reference_error(rel: &str, tag: &str) -> String {
    let err = cache()
        .join("backend-ref")
        .join(tag)
        .join(format!("{rel}.err"));
    std::fs::read_to_string(err).unwrap_or_default()
}

/// Reference output: `Some(bytes)` or `None` when mpy-cross reports an error.
fn reference(tool: &Path, root: &Path, rel: &str, opt: &str, tag: &str) -> Option<Vec<u8>> {
    let out = cache()
        .join("backend-ref")
        .join(tag)
        .join(format!("{rel}.mpy"));
    let err = cache()
        .join("backend-ref")
        .join(tag)
        .join(format!("{rel}.err"));
    if let Ok(b) = std::fs::read(&out) {
        return Some(b);
    }
    if err.is_file() {
        return None;
    }
    std::fs::create_dir_all(out.parent()?).ok()?;
    let mut cmd = Command::new(tool);
    if !opt.is_empty() {
        cmd.arg(opt);
    }
    let status = cmd
        .arg("-s")
        .arg(rel)
        .arg("-o")
        .arg(&out)
        .arg(rel)
        .current_dir(root)
        .output()
        .ok()?;
    if status.status.success() {
        std::fs::read(&out).ok()
    } else {
        let _ = std::fs::write(&err, &status.stderr);
        None
    }
}

#[test]
fn corpora_against_mpy_cross() {
    if std::env::var_os("FROST_CORPUS").is_none() {
        eprintln!("SKIPPED: set FROST_CORPUS=1 to compare the corpora with mpy-cross");
        return;
    }
    let Some(tool) = mpy_cross() else {
        eprintln!("SKIPPED: mpy-cross not installed (scripts/setup-oracles)");
        return;
    };
    let mut listing = String::new();
    for (opt, level) in [("", 0u8), ("-O3", 3u8)] {
        let tag = if level == 0 { "default" } else { "O3" };
        let extra = std::env::var_os("FROST_CORPUS_DIR").map(PathBuf::from);
        let corpora: Vec<&str> = if extra.is_some() {
            vec!["extra"]
        } else {
            vec!["cpython-stdlib", "micropython-lib", "circuitpython-libs"]
        };
        for corpus in corpora {
            let root = match &extra {
                Some(d) => d.clone(),
                None => cache().join("corpus").join(corpus),
            };
            if !root.is_dir() {
                eprintln!("SKIPPED: corpus {corpus} missing (scripts/corpus all)");
                continue;
            }
            let (mut same, mut both_err, mut total, mut panics) = (0, 0, 0, 0);
            let mut err_same = 0;
            let (mut differ, mut we_err, mut they_err) = (0, 0, 0);
            for p in py_files(&root) {
                let rel = p.strip_prefix(&root).unwrap().to_str().unwrap().to_string();
                let src = std::fs::read(&p).unwrap();
                total += 1;
                let want = reference(&tool, &root, &rel, opt, &format!("{tag}/{corpus}"));
                let opts = Options {
                    source_name: rel.clone(),
                    opt_level: level,
                    ..Options::default()
                };
                let got = std::panic::catch_unwind(|| frost_compiler::compile(&src, &opts));
                let verdict = match (&got, &want) {
                    (Err(_), _) => {
                        panics += 1;
                        "panic"
                    }
                    (Ok(Ok(g)), Some(w)) if g == w => {
                        same += 1;
                        continue;
                    }
                    (Ok(Err(e)), None) => {
                        both_err += 1;
                        if same_error(&e[0], &reference_error(&rel, &format!("{tag}/{corpus}"))) {
                            err_same += 1;
                            continue;
                        }
                        "error-text"
                    }
                    (Ok(Ok(_)), Some(_)) => {
                        differ += 1;
                        "differ"
                    }
                    (Ok(Err(_)), Some(_)) => {
                        we_err += 1;
                        "we-error"
                    }
                    (Ok(Ok(_)), None) => {
                        they_err += 1;
                        "they-error"
                    }
                };
                listing.push_str(&format!("{tag}\t{corpus}\t{rel}\t{verdict}\n"));
            }
            eprintln!(
                "{tag:7} {corpus:20} identical {same}/{total}, both error {both_err} (same error {err_same}), \
                 differ {differ}, frost error {we_err}, only mpy-cross error {they_err}, panics {panics}"
            );
        }
    }
    if let Some(path) = std::env::var_os("FROST_CORPUS_LIST") {
        let _ = std::fs::write(path, listing);
    }
}

/// Debugging aid: `FROST_COMPILE_ONE=in.py FROST_COMPILE_OUT=out.mpy [FROST_COMPILE_ARGS=-O3]`
/// compiles one file (source name = `FROST_COMPILE_NAME` or the path as given) and writes the result or the error.
#[test]
fn compile_one_file() {
    let (Some(input), Some(out)) = (
        std::env::var_os("FROST_COMPILE_ONE"),
        std::env::var_os("FROST_COMPILE_OUT"),
    ) else {
        return;
    };
    let name = std::env::var("FROST_COMPILE_NAME")
        .unwrap_or_else(|_| input.to_string_lossy().into_owned());
    let src = std::fs::read(&input).expect("input");
    let mut opts = Options {
        source_name: name,
        ..Options::default()
    };
    for a in std::env::var("FROST_COMPILE_ARGS")
        .unwrap_or_default()
        .split_whitespace()
    {
        if let Some(o) = a.strip_prefix("-O") {
            opts.opt_level = o.parse().unwrap_or(1);
        } else if a == "no-source-lines" {
            opts.no_source_lines = true;
        } else if let Some(n) = a.strip_prefix("-msmall-int-bits=") {
            opts.small_int_bits = n.parse().unwrap_or(31);
        } else if let Some(arch) = a.strip_prefix("-march=") {
            opts.arch = frost_compiler::formats::Arch::from_name(arch);
        } else if let Some(f) = a.strip_prefix("-march-flags=") {
            opts.arch_flags = Some(match f {
                "zba" => 1,
                "zcmp" => 2,
                _ => f.parse().unwrap_or(0),
            });
        }
    }
    match frost_compiler::compile(&src, &opts) {
        Ok(b) => std::fs::write(out, b).unwrap(),
        Err(e) => std::fs::write(out, format!("ERROR {:?}\n", e)).unwrap(),
    }
}
