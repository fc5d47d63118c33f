//! The `frost dis` and `frost inspect` commands as a user runs them: exit status 0 on good
//! files, 1 with a message naming the byte offset on malformed ones (never a crash), and the
//! same content in text and JSON.

use std::path::PathBuf;
use std::process::{Command, Output};

fn frost(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_frost"))
        .args(args)
        .output()
        .expect("run frost")
}

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data/mpy")
        .join(name)
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let p = std::env::temp_dir().join(format!("frost-cli-{}-{name}", std::process::id()));
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn good_files_succeed_in_text_and_json() {
    let f = golden("closures_and_cells.mpy");
    let f = f.to_str().unwrap();
    let o = frost(&["dis", f]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("MAKE_CLOSURE") && text.contains("LOAD_DEREF"),
        "{text}"
    );
    let o = frost(&["dis", "--json", f]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v[0]["header"]["version"], 6);
    assert!(
        v[0]["module"]["instructions"]
            .as_array()
            .is_some_and(|a| !a.is_empty())
    );
    let o = frost(&["inspect", f, golden("native_x64.mpy").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("native code for x64"), "{text}");
}

#[test]
fn malformed_files_exit_1_with_the_offset() {
    let good = std::fs::read(golden("const_kinds.mpy")).unwrap();
    let cut = tmp("cut.mpy", &good[..good.len() / 2]);
    let mut bad = good.clone();
    bad[0] = b'X';
    let bad = tmp("bad.mpy", &bad);
    for cmd in ["dis", "inspect"] {
        for (f, needle) in [(&cut, "at byte"), (&bad, "not a .mpy file")] {
            let o = frost(&[cmd, f.to_str().unwrap()]);
            assert_eq!(o.status.code(), Some(1), "frost {cmd} {}", f.display());
            let err = String::from_utf8(o.stderr).unwrap();
            assert!(err.contains(needle), "frost {cmd}: {err}");
        }
    }
    let o = frost(&["dis", "/nonexistent/x.mpy"]);
    assert_eq!(o.status.code(), Some(1));
    let _ = std::fs::remove_file(cut);
    let _ = std::fs::remove_file(bad);
}

#[test]
fn other_versions_are_described() {
    let old = tmp("v5.mpy", b"M\x05\x00\x1f\x02\x00");
    let o = frost(&["inspect", old.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("mpy v5 (MicroPython)") && text.contains("MicroPython 1.12–1.18"),
        "{text}"
    );
    let o = frost(&["dis", old.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8(o.stderr)
            .unwrap()
            .contains("unsupported .mpy version 5")
    );
    let _ = std::fs::remove_file(old);
}
