//! Differential test of the compiler over the three corpora: every `.py` is compiled by frost
//! (in-process) and by the reference mpy-cross, with default options and with `-O3` (and, on the
//! two smaller corpora, `-O1`, `-O2`, `-msmall-int-bits=15`, `-X no-source-lines`,
//! `-X emit=bytecode` and `-march=x64`), and the results must agree: byte-identical `.mpy`, or both rejecting the file with the same
//! exception type and line.
//!
//! Any disagreement fails the test. The totals are printed and written to
//! `target/compile-corpus.txt`.

use std::path::Path;
use std::process::Command;

use frost_cli::mpy_cross::parse_args;
use frost_tests::{files_with_ext, mpy_cross_and_corpora, parallel_map, rel_name, repo_root};

/// Option sets (mpy-cross arguments) run on every corpus.
const MODES: &[(&str, &str)] = &[("default", ""), ("O3", "-O3")];
/// Further option sets, run on the two smaller corpora.
const MORE_MODES: &[(&str, &str)] = &[
    ("O1", "-O1"),
    ("O2", "-O2"),
    ("small-int-15", "-msmall-int-bits=15"),
    ("no-source-lines", "-X no-source-lines"),
    ("emit-bytecode", "-X emit=bytecode"),
    ("march-x64", "-march=x64"),
];

/// What a compiler did with a file.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Bytes(Vec<u8>),
    /// Exception type and line.
    Rejected(String, u32),
}

/// Reads mpy-cross's error text: the line from `File "...", line N`, the type from the last line.
fn parse_mpy_cross_error(text: &str) -> Outcome {
    let line = text
        .lines()
        .find_map(|l| {
            l.trim_start()
                .strip_prefix("File \"")
                .and_then(|r| r.split(", line ").nth(1))
        })
        .and_then(|r| r.split(',').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    let kind = text
        .lines()
        .last()
        .unwrap_or("")
        .split(':')
        .next()
        .unwrap_or("")
        .to_string();
    Outcome::Rejected(kind, line)
}

fn reference(mpy: &Path, src: &Path, rel: &str, args: &str, out: &Path) -> Outcome {
    let mut cmd = Command::new(mpy);
    cmd.args(args.split_whitespace());
    let r = cmd
        .arg("-o")
        .arg(out)
        .arg("-s")
        .arg(rel)
        .arg(src)
        .output()
        .expect("run mpy-cross");
    if r.status.success() {
        Outcome::Bytes(std::fs::read(out).expect("mpy-cross output"))
    } else {
        parse_mpy_cross_error(&String::from_utf8_lossy(&r.stderr))
    }
}

/// Compiles with frost, taking the options from the same mpy-cross arguments.
fn frost(src: &Path, rel: &str, args: &str) -> Outcome {
    let source = std::fs::read(src).expect("read source");
    let mut argv: Vec<String> = args.split_whitespace().map(String::from).collect();
    argv.extend(["-s".to_string(), rel.to_string(), "input.py".to_string()]);
    let opts = parse_args(&argv)
        .expect("valid mpy-cross arguments")
        .options;
    match frost_compiler::compile(&source, &opts) {
        Ok(b) => Outcome::Bytes(b),
        Err(e) => {
            let first = e.first();
            // mpy-cross prints no line for the errors it reports without a traceback.
            Outcome::Rejected(
                first.map(|e| e.kind.name().to_string()).unwrap_or_default(),
                first.filter(|e| e.traceback).map_or(0, |e| e.line),
            )
        }
    }
}

#[test]
fn compiler_agrees_with_mpy_cross_on_the_corpora() {
    let Some((mpy, dirs)) = mpy_cross_and_corpora() else {
        return;
    };
    let tmp = std::env::temp_dir().join(format!("frost-compile-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut differing = Vec::new();
    let mut report = String::new();
    for (name, dir) in &dirs {
        let files = files_with_ext(dir, ".py");
        let modes = MODES.iter().chain(if *name == "cpython-stdlib" {
            &[][..]
        } else {
            MORE_MODES
        });
        for &(mode, args) in modes {
            let results = parallel_map(&files, |w, src| {
                let out = tmp.join(format!("w{w}.mpy"));
                let rel = rel_name(dir, src);
                let _ = std::fs::remove_file(&out);
                let want = reference(&mpy, src, &rel, args, &out);
                let got = frost(src, &rel, args);
                (rel, want, got)
            });
            let mut c = [0usize; 4]; // identical, same rejection, differ, total
            for (rel, want, got) in results {
                let slot = match (&want, &got) {
                    (Outcome::Bytes(a), Outcome::Bytes(b)) if a == b => 0,
                    (Outcome::Rejected(..), Outcome::Rejected(..)) if want == got => 1,
                    _ => 2,
                };
                if slot == 2 {
                    let what = match (&want, &got) {
                        (Outcome::Bytes(_), Outcome::Bytes(_)) => "different bytes".to_string(),
                        (Outcome::Bytes(_), Outcome::Rejected(k, l)) => {
                            format!("frost rejects it ({k}, line {l}), mpy-cross compiles it")
                        }
                        (Outcome::Rejected(k, l), Outcome::Bytes(_)) => {
                            format!("mpy-cross rejects it ({k}, line {l}), frost compiles it")
                        }
                        (Outcome::Rejected(k, l), Outcome::Rejected(k2, l2)) => {
                            format!("mpy-cross: {k} line {l}; frost: {k2} line {l2}")
                        }
                    };
                    differing.push(format!("{name}/{rel} [{mode}]: {what}"));
                }
                c[slot] += 1;
                c[3] += 1;
            }
            let line = format!(
                "{name:<20} {mode:<15} files {:>5}  identical {:>5}  same rejection {:>4}  differ {:>5}\n",
                c[3], c[0], c[1], c[2]
            );
            eprint!("{line}");
            report.push_str(&line);
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    report.push_str(&format!("disagreements: {}\n", differing.len()));
    let _ = std::fs::write(repo_root().join("target/compile-corpus.txt"), &report);
    assert!(
        differing.is_empty(),
        "frost disagrees with mpy-cross on {} files:\n{}",
        differing.len(),
        differing
            .iter()
            .take(50)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
