//! `frost compile` on a file with several mistakes: every error is shown (miette, in source
//! order, with a count), the exit status is 1 and no output file is written;
//! `--error-format mpy-cross` prints exactly mpy-cross's single error.

use std::process::{Command, Output};

fn frost(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_frost"))
        .args(args)
        .output()
        .expect("run frost")
}

const BAD: &str = "\
def f(a, a):
    pass
x = (1,
y = 2
z = 3
break
";

#[test]
fn every_error_is_shown_and_nothing_is_written() {
    let dir = std::env::temp_dir().join(format!("frost-cli-errors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("bad.py");
    std::fs::write(&src, BAD).unwrap();
    let out = dir.join("bad.mpy");
    let o = frost(&[
        "compile",
        src.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!out.exists(), "no output file for a rejected source");
    let text = String::from_utf8(o.stderr).unwrap();
    // The duplicate argument (compile phase), the bracket never closed (reported where the
    // parser gives up) and the `break` outside a loop (compile phase, found in the text
    // patched past the bracket).
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing in:\n{text}"))
    };
    let first = at("bad.py:1:1");
    let second = at("bad.py:4:3");
    let third = at("bad.py:6:1");
    assert!(first < second && second < third, "{text}");
    assert!(text.contains("argument name reused"), "{text}");
    assert!(text.contains("'break'/'continue' outside loop"), "{text}");
    assert!(text.contains("bad.py: 3 errors"), "{text}");

    let o = frost(&[
        "compile",
        "--error-format",
        "mpy-cross",
        src.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!out.exists());
    assert_eq!(
        String::from_utf8(o.stderr).unwrap(),
        format!(
            "Traceback (most recent call last):\n  File \"{}\", line 4\nSyntaxError: invalid syntax\n",
            src.display()
        )
    );
    let _ = std::fs::remove_dir_all(&dir);
}
