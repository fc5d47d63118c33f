//! File-based parser tests: every `tests/data/parse/ok/*.py` must parse, and its tree dump
//! must equal the `.dump` file beside it; every `tests/data/parse/err/*.py` must fail with
//! the error in the `.err` file beside it (`line N: Type: message`, plus `[no traceback]`
//! for the errors mpy-cross prints without a traceback header). The expectations were
//! checked against a debug build of the reference mpy-cross (its `mp_parse_node_print`
//! output). `FROST_BLESS=1 cargo test` rewrites them.
//!
//! A first line `# options: -O -msmall-int-bits=N` sets compiler options.

use std::path::{Path, PathBuf};

use frost_compiler::Options;
use frost_compiler::parse::parse;
use frost_compiler::parse_tree::Interner;

fn data_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/parse")
        .join(kind)
}

fn options_for(source: &[u8]) -> Options {
    let mut opts = Options::default();
    let first = source.split(|&b| b == b'\n').next().unwrap_or(b"");
    let first = String::from_utf8_lossy(first);
    if let Some(rest) = first.strip_prefix("# options:") {
        for opt in rest.split_whitespace() {
            if let Some(bits) = opt.strip_prefix("-msmall-int-bits=") {
                opts.small_int_bits = bits.parse().expect("small int bits");
            } else if let Some(level) = opt.strip_prefix("-O") {
                opts.opt_level = if level.is_empty() {
                    1
                } else {
                    level.parse().expect("opt level")
                };
            } else {
                panic!("unknown option {opt}");
            }
        }
    }
    opts
}

/// What a parse of `path` gives, as text: the tree dump or the error line.
fn outcome(path: &Path) -> (bool, String) {
    let source = std::fs::read(path).expect("read test input");
    let opts = options_for(&source);
    let mut interner = Interner::new();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    interner.intern(name.as_bytes());
    match parse(&source, &opts, &mut interner) {
        Ok(tree) => (true, tree.root.dump(&interner)),
        Err(e) => (
            false,
            format!(
                "line {}: {}: {}{}\n",
                e.line,
                e.kind.name(),
                e.message,
                if e.traceback { "" } else { " [no traceback]" }
            ),
        ),
    }
}

fn check_dir(kind: &str, want_ok: bool, ext: &str) {
    let bless = std::env::var_os("FROST_BLESS").is_some();
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(data_dir(kind))
        .expect("test data dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty());
    let mut failures = Vec::new();
    for input in &inputs {
        let (ok, text) = outcome(input);
        let expected_path = input.with_extension(ext);
        if ok != want_ok {
            failures.push(format!(
                "{}: expected {}, got:\n{text}",
                input.display(),
                if want_ok { "success" } else { "an error" }
            ));
            continue;
        }
        if bless {
            std::fs::write(&expected_path, &text).expect("write expectation");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != text {
            failures.push(format!(
                "{}: output differs from {} (FROST_BLESS=1 to rewrite):\n--- expected\n{expected}\n--- got\n{text}",
                input.display(),
                expected_path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn parse_ok_files() {
    check_dir("ok", true, "dump");
}

#[test]
fn parse_err_files() {
    check_dir("err", false, "err");
}

/// mpy-cross parses brackets nested about 7700 deep (its heap gives out a little later); the
/// parser and the tree (dump, drop) must cope without recursion, even on a test thread's
/// small stack.
#[test]
fn deep_nesting() {
    let n = 7000;
    let src = format!("x = {}{}\n", "[".repeat(n), "]".repeat(n));
    let mut interner = Interner::new();
    let tree = parse(src.as_bytes(), &Options::default(), &mut interner).expect("parses");
    assert_eq!(tree.root.dump(&interner).lines().count(), n + 3);

    let n = 8200;
    let src = format!("x = {}{}\n", "[".repeat(n), "]".repeat(n));
    let err = parse(src.as_bytes(), &Options::default(), &mut interner).unwrap_err();
    assert_eq!(
        err.message,
        "memory allocation failed, allocating 2078720 bytes"
    );
    assert!(!err.traceback);
}

/// Random byte strings and random token soup never make the lexer or parser panic.
#[test]
fn random_inputs_do_not_panic() {
    const PIECES: &[&str] = &[
        "x",
        "1",
        "1.5",
        "2j",
        "0x",
        "'s'",
        "b'b'",
        "f'{x}'",
        "t'{y!r}'",
        "f'{",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        ",",
        ";",
        ".",
        "...",
        "=",
        ":=",
        "+",
        "-",
        "*",
        "**",
        "/",
        "//",
        "%",
        "@",
        "<<",
        ">>",
        "&",
        "|",
        "^",
        "~",
        "<",
        ">",
        "==",
        "!=",
        "not",
        "and",
        "or",
        "if",
        "else",
        "elif",
        "for",
        "in",
        "while",
        "def",
        "class",
        "lambda",
        "yield",
        "await",
        "async",
        "return",
        "import",
        "from",
        "as",
        "with",
        "try",
        "except",
        "finally",
        "raise",
        "del",
        "pass",
        "const(",
        "X = const(1)",
        "\n",
        "\n    ",
        "\t",
        " ",
        "\\\n",
        "#c",
        "\"\"\"",
        "\\",
        "\r",
        "\0",
        "\u{e9}",
        "__debug__",
        "math.pi",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let opts = Options::default();
    for round in 0..4000 {
        let mut src = Vec::new();
        let len = (next() % 40) as usize;
        for _ in 0..len {
            if round % 2 == 0 {
                src.push((next() % 256) as u8);
            } else {
                let piece = PIECES[(next() % PIECES.len() as u64) as usize];
                src.extend_from_slice(piece.as_bytes());
                src.push(b' ');
            }
        }
        let mut interner = Interner::new();
        let _ = parse(&src, &opts, &mut interner);
    }
}
