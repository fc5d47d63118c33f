//! Differential round trip over real-world code: every file of the three corpora
//! (`scripts/corpus all`) is compiled by the reference mpy-cross, once with default options and
//! once as native x64 code, and each `.mpy` must parse, write back byte for byte, and
//! disassemble (text and JSON). Needs the oracle; see `frost_tests::require`.
//!
//! The summary goes to stderr and to `target/corpus-roundtrip.txt`.

use std::path::Path;
use std::process::Command;

use frost_tests::{
    files_with_ext, mpy_cross_and_corpora, parallel_map, rel_name, repo_root, round_trip_problem,
};

const MODES: [(&str, &[&str]); 2] = [
    ("default", &[]),
    ("x64-native", &["-march=x64", "-X", "emit=native"]),
];

#[derive(Default)]
struct Tally {
    files: usize,
    compiled: usize,
    rejected: usize,
    identical: usize,
    problems: Vec<String>,
}

fn check_one(
    mpy_cross: &Path,
    src: &Path,
    rel: &str,
    args: &[&str],
    out: &Path,
) -> Result<bool, String> {
    let st = Command::new(mpy_cross)
        .args(args)
        .arg("-o")
        .arg(out)
        .arg("-s")
        .arg(rel)
        .arg(src)
        .output()
        .map_err(|e| format!("cannot run mpy-cross: {e}"))?;
    if !st.status.success() {
        return Ok(false);
    }
    let bytes = std::fs::read(out).map_err(|e| format!("mpy-cross wrote no output: {e}"))?;
    if let Some(p) = round_trip_problem(&bytes) {
        return Err(p);
    }
    let m = frost_formats::Mpy::parse(&bytes).map_err(|e| e.to_string())?;
    let listing = frost_cli::dis::listing(rel, &m, true);
    let mut text = String::new();
    frost_cli::dis::render_text(&listing, &mut text);
    serde_json::to_string(&listing).map_err(|e| e.to_string())?;
    Ok(true)
}

#[test]
fn corpora_round_trip_through_the_reader_and_writer() {
    let Some((mpy, dirs)) = mpy_cross_and_corpora() else {
        return;
    };
    let tmp = std::env::temp_dir().join(format!("frost-corpus-rt-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut report = String::new();
    let mut all_problems = Vec::new();
    for (name, dir) in &dirs {
        let files = files_with_ext(dir, ".py");
        assert!(!files.is_empty(), "corpus {name} is empty");
        for (mode, args) in MODES {
            let results = parallel_map(&files, |w, src| {
                let out = tmp.join(format!("w{w}.mpy"));
                let rel = rel_name(dir, src);
                let _ = std::fs::remove_file(&out);
                (rel.clone(), check_one(&mpy, src, &rel, args, &out))
            });
            let mut t = Tally {
                files: files.len(),
                ..Tally::default()
            };
            for (rel, r) in results {
                match r {
                    Ok(true) => {
                        t.compiled += 1;
                        t.identical += 1;
                    }
                    Ok(false) => t.rejected += 1,
                    Err(p) => {
                        t.compiled += 1;
                        t.problems.push(format!("{name}/{rel} [{mode}]: {p}"));
                    }
                }
            }
            let line = format!(
                "{name:<20} {mode:<11} files {:>5}  compiled by mpy-cross {:>5}  rejected {:>4}  round-trip identical {:>5}  problems {}\n",
                t.files,
                t.compiled,
                t.rejected,
                t.identical,
                t.problems.len()
            );
            eprint!("{line}");
            report.push_str(&line);
            assert!(t.compiled > 0, "mpy-cross compiled nothing in {name}");
            all_problems.extend(t.problems);
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    let _ = std::fs::write(repo_root().join("target/corpus-roundtrip.txt"), &report);
    assert!(
        all_problems.is_empty(),
        "{} files failed:\n{}",
        all_problems.len(),
        all_problems.join("\n")
    );
}
