//! `frost compile` and `frost mpy-cross` as a user runs them: a whole tree gives the same
//! bytes as compiling each file alone, whatever the number of jobs, including for source
//! nested too deeply for the main thread's stack; a failing file fails only itself.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn frost(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_frost"))
        .args(args)
        .output()
        .expect("run frost")
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("frost-cli-compile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// (relative path, source): small and large files, a deeply nested one, a syntax error.
fn sources() -> Vec<(String, String)> {
    let mut v = vec![
        ("a.py".to_string(), "x = 1\nprint(x + 2)\n".to_string()),
        (
            "pkg/b.py".to_string(),
            "def f(a, *b, **c):\n    return [i * 2 for i in b if i]\n".to_string(),
        ),
        (
            "pkg/sub/bad.py".to_string(),
            "def f(:\n    pass\n".to_string(),
        ),
    ];
    let mut big = String::new();
    for i in 0..2000 {
        big += &format!("def f{i}(x):\n    return x * {i} + len('{i}')\n");
    }
    v.push(("pkg/big.py".to_string(), big));
    // Deep enough that its compile stage leaves the main thread's stack.
    let n = 6000;
    v.push((
        "deep.py".to_string(),
        format!("x = {}y{}\n", "[".repeat(n), "]".repeat(n)),
    ));
    let lambdas = "lambda: ".repeat(1500);
    v.push(("pkg/lambdas.py".to_string(), format!("x = {lambdas}1\n")));
    v
}

fn read_tree(root: &Path, files: &[(String, String)]) -> Vec<Option<Vec<u8>>> {
    files
        .iter()
        .map(|(rel, _)| std::fs::read(root.join(rel).with_extension("mpy")).ok())
        .collect()
}

#[test]
fn tree_matches_single_files_at_any_job_count() {
    let src = scratch("src");
    let files = sources();
    for (rel, text) in &files {
        let p = src.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    // One process per file, as mpy-cross is used.
    let single = scratch("single");
    let mut expected = Vec::new();
    for (rel, _) in &files {
        let out = single.join(rel.replace('/', "_")).with_extension("mpy");
        let o = frost(&[
            "mpy-cross",
            "-o",
            out.to_str().unwrap(),
            "-s",
            rel,
            src.join(rel).to_str().unwrap(),
        ]);
        if rel.ends_with("bad.py") {
            assert_eq!(o.status.code(), Some(1), "{rel}");
            assert!(String::from_utf8_lossy(&o.stderr).contains("SyntaxError"));
            expected.push(None);
        } else {
            assert_eq!(o.status.code(), Some(0), "{rel}: {o:?}");
            expected.push(Some(std::fs::read(&out).unwrap()));
        }
    }
    for jobs in ["1", "2", "3"] {
        let out = scratch(&format!("tree{jobs}"));
        let o = frost(&[
            "compile",
            "-j",
            jobs,
            src.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(1), "one file fails: {o:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("1 failed"), "{err}");
        assert_eq!(read_tree(&out, &files), expected, "-j {jobs}");
        let _ = std::fs::remove_dir_all(&out);
    }
    let _ = std::fs::remove_dir_all(&src);
    let _ = std::fs::remove_dir_all(&single);
}

/// A rebuild into an existing output tree rewrites each module in place (same file, longer
/// stale contents cut off), and inputs reached through symbolic links (to files and to
/// directories) are compiled under the link's path.
#[cfg(unix)]
#[test]
fn rebuild_rewrites_in_place_and_follows_links() {
    use std::os::unix::fs::{MetadataExt, symlink};
    let real = scratch("real");
    std::fs::create_dir_all(real.join("pkg")).unwrap();
    std::fs::write(real.join("a.py"), "x = 1\n").unwrap();
    std::fs::write(real.join("pkg/b.py"), "def f():\n    return 2\n").unwrap();
    let src = scratch("links");
    symlink(real.join("a.py"), src.join("a.py")).unwrap();
    symlink(real.join("pkg"), src.join("pkg")).unwrap();
    let out = scratch("rebuild");
    let run = || {
        let o = frost(&[
            "compile",
            src.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(0), "{o:?}");
    };
    run();
    let a = out.join("a.mpy");
    let b = out.join("pkg/b.mpy");
    let (a_bytes, b_bytes) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    let single = frost(&[
        "mpy-cross",
        "-s",
        "pkg/b.py",
        "-o",
        "-",
        real.join("pkg/b.py").to_str().unwrap(),
    ]);
    assert_eq!(
        single.stdout, b_bytes,
        "source name is the path under the link"
    );
    std::fs::write(&a, vec![0xa5; 10_000]).unwrap();
    let inode = std::fs::metadata(&a).unwrap().ino();
    run();
    assert_eq!(std::fs::read(&a).unwrap(), a_bytes);
    assert_eq!(std::fs::read(&b).unwrap(), b_bytes);
    assert_eq!(
        std::fs::metadata(&a).unwrap().ino(),
        inode,
        "rewritten in place"
    );
    for d in [real, src, out] {
        let _ = std::fs::remove_dir_all(d);
    }
}
