//! Error recovery: a file with several independent mistakes gets one error for each (kind,
//! line, column), the first one is the error mpy-cross reports, and one mistake never turns
//! into a cascade of errors.

use frost_compiler::{ErrorKind, Options, compile};

/// (kind, message, line, column) of every error, in the order `compile` returns them.
fn errors(src: &str) -> Vec<(ErrorKind, String, u32, u32)> {
    match compile(src.as_bytes(), &Options::default()) {
        Ok(_) => Vec::new(),
        Err(errs) => errs
            .into_iter()
            .map(|e| (e.kind, e.message, e.line, e.column))
            .collect(),
    }
}

fn syntax(line: u32, column: u32) -> (ErrorKind, String, u32, u32) {
    (
        ErrorKind::SyntaxError,
        "invalid syntax".into(),
        line,
        column,
    )
}

fn err(kind: ErrorKind, msg: &str, line: u32, column: u32) -> (ErrorKind, String, u32, u32) {
    (kind, msg.into(), line, column)
}

#[test]
fn lexer_parser_and_compiler_errors_are_all_reported() {
    let src = "\
x = 1
def f(:
    return 1
y = = 2
return 5
for i in range(3):
    break
break
  z = 3
s = 'abc
print($)
";
    use ErrorKind::*;
    assert_eq!(
        errors(src),
        vec![
            syntax(2, 7),
            syntax(4, 5),
            err(SyntaxError, "'return' outside function", 5, 1),
            err(SyntaxError, "'break'/'continue' outside loop", 8, 1),
            err(IndentationError, "unexpected indent", 9, 3),
            syntax(10, 5),
            syntax(11, 7),
        ]
    );
}

#[test]
fn the_first_error_is_the_one_mpy_cross_reports_the_rest_follow_in_source_order() {
    // mpy-cross parses the whole file before compiling: the parse error on line 3 is its
    // error, although the compile error on line 1 comes first in the file.
    let src = "return 1\nx = 1\ny = = 2\nbreak\n";
    use ErrorKind::*;
    assert_eq!(
        errors(src),
        vec![
            syntax(3, 5),
            err(SyntaxError, "'return' outside function", 1, 1),
            err(SyntaxError, "'break'/'continue' outside loop", 4, 1),
        ]
    );
    // Compile-phase errors: the module scope is compiled before the functions in it.
    let src = "def f(a, a):\n    pass\nreturn 2\ndef g():\n    nonlocal q\n";
    assert_eq!(
        errors(src),
        vec![
            err(SyntaxError, "'return' outside function", 3, 1),
            err(SyntaxError, "argument name reused", 1, 1),
            err(SyntaxError, "no binding for nonlocal found", 5, 5),
        ]
    );
}

#[test]
fn one_mistake_gives_one_error() {
    use ErrorKind::*;
    // A header without its colon: its block is still checked, without an 'unexpected
    // indent' for it.
    assert_eq!(
        errors("if x == 1\n    foo()\n    bar(=)\n"),
        vec![syntax(1, 10), syntax(3, 9)]
    );
    // A bracket never closed: the statements after it are not all errors.
    assert_eq!(
        errors("x = foo(1,\ny = 2\nz = 3\nw = = 4\n"),
        vec![syntax(3, 1), syntax(4, 5)]
    );
    // A header without a body.
    assert_eq!(
        errors("if x:\nfoo()\nbar(=)\n"),
        vec![syntax(2, 1), syntax(3, 5)]
    );
    // `try` without `except`.
    assert_eq!(
        errors("try:\n  x\ny = 1\nz = = 2\n"),
        vec![syntax(3, 1), syntax(4, 5)]
    );
    // A clause with a mistake keeps the statement around it in shape.
    assert_eq!(
        errors("try:\n  x\nexcept ValueError\n  pass\nexcept:\n  pass\ny = = 1\n"),
        vec![syntax(3, 18), syntax(7, 5)]
    );
    // A line indented too far, in a block that goes on at the right level.
    assert_eq!(
        errors("def f():\n  x = 1\n      return x\n  y = = 2\n"),
        vec![
            err(IndentationError, "unexpected indent", 3, 7),
            syntax(4, 7)
        ]
    );
    // A line dedented by mistake (the lines after it are not unexpected indents).
    assert_eq!(
        errors("class C:\n    def f(self):\n        a = 1\nb = 2\n        c = 3\n    d = = 4\n"),
        vec![
            err(IndentationError, "unexpected indent", 5, 9),
            syntax(6, 9)
        ]
    );
    // A dedent to no open level.
    assert_eq!(
        errors("if x:\n    a = 1\n  b = 2\n    c = 3\nd = = 1\n"),
        vec![
            err(
                IndentationError,
                "unindent doesn't match any outer indent level",
                2,
                10
            ),
            syntax(5, 5)
        ]
    );
    // A docstring that lost its opening quotes: the quotes of every later docstring are
    // out of step, but that is one mistake.
    let src = "def f():\n    # \"\"\"Doc.\n    \"\"\"\n    return 1\n\ndef g():\n    \"\"\"Doc of g.\"\"\"\n    return 2\n";
    assert_eq!(errors(src), vec![syntax(7, 8)]);
    // A header whose mistake is inside its block's header line: the body is not compiled at
    // the wrong level ('return' outside function).
    assert_eq!(
        errors("class C:\n  def m(self:\n    return 1\n  def n(self):\n    return = 2\n"),
        vec![syntax(3, 5), syntax(5, 12)]
    );
}

#[test]
fn lexer_errors_and_errors_without_traceback_do_not_stop_the_search() {
    use ErrorKind::*;
    assert_eq!(
        errors("x = \"\\N{DASH}\"\ny = = 1\nprint(f\"{}\")\n"),
        vec![
            err(NotImplementedError, "unicode name escapes", 1, 7),
            syntax(2, 5),
            err(SyntaxError, "malformed f-string", 3, 7),
        ]
    );
}

#[test]
fn errors_point_into_the_original_source() {
    // The second error is found in patched text (line 2 replaced); its span still points at
    // the `=` of the original line 4.
    let src = "a = 1\nb = (\nc = 2\nd = = 3\n";
    let errs = compile(src.as_bytes(), &Options::default()).unwrap_err();
    let last = errs.last().unwrap();
    assert_eq!((last.line, last.column), (4, 5));
    assert_eq!(&src[last.span.clone()], "=");
    // An error at the end of a line points there, not into the next line.
    let src = "def f(x)\n    return x\n";
    let errs = compile(src.as_bytes(), &Options::default()).unwrap_err();
    assert_eq!(errs[0].span, 8..8);
    // Compile-phase errors know only their line; they point at its code.
    let src = "x = 1\n    \nif x:\n    pass\nbreak  # here\n";
    let errs = compile(src.as_bytes(), &Options::default()).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!(&src[errs[0].span.clone()], "break  # here");
    assert_eq!(errs[0].column, 1);
}

#[test]
fn many_errors_are_capped_and_valid_files_still_compile() {
    let src = "x = = 1\n".repeat(500);
    let errs = compile(src.as_bytes(), &Options::default()).unwrap_err();
    assert_eq!(errs.len(), 100);
    assert!(errs.iter().enumerate().all(|(i, e)| e.line == i as u32 + 1));
    assert!(compile(b"def f(a):\n    return a\n", &Options::default()).is_ok());
}

#[test]
fn a_replaced_definition_takes_its_decorators_along() {
    // Without its `def`, `@dec` would be an error of its own.
    assert_eq!(
        errors("@dec\ndef f(a, /, b):\n    return a\n\n@dec\ndef g(:\n    pass\nx = = 1\n"),
        vec![syntax(2, 10), syntax(6, 7), syntax(8, 5)]
    );
}

#[test]
fn compile_first_error_is_the_first_of_compile() {
    let opts = Options::default();
    for src in [
        "x = = 1\nreturn 2\n",
        "return 1\nx = = 2\n",
        "def f(a, a):\n    break\n",
        "  x = 1\ny = (\n",
        "x = \"\\N{DASH}\"\ny = = 1\n",
    ] {
        let mut all = compile(src.as_bytes(), &opts).unwrap_err();
        let first = frost_compiler::compile_first_error(src.as_bytes(), &opts).unwrap_err();
        // Recovery may know a better hint; everything else is the same.
        all[0].help = first.help.clone();
        assert_eq!(first, all[0], "{src:?}");
    }
}

#[test]
fn the_compiler_goes_on_statement_by_statement_and_scope_by_scope() {
    let src = "\
f() = 1
x + 1 = 2
del f()
def g():
    nonlocal zz
def h(a, a, b, b):
    pass
class C:
    return 1
while 1:
    def k():
        continue
";
    let msg = |m: &str, line: u32, column: u32| err(ErrorKind::SyntaxError, m, line, column);
    assert_eq!(
        errors(src),
        vec![
            msg("can't assign to expression", 1, 1),
            msg("can't assign to expression", 2, 1),
            msg("can't delete expression", 3, 1),
            msg("no binding for nonlocal found", 5, 5),
            // One error per statement: the second reused name is not reported again.
            msg("argument name reused", 6, 1),
            msg("'return' outside function", 9, 5),
            msg("'break'/'continue' outside loop", 12, 9),
        ]
    );
}

#[test]
fn recovery_explains_what_is_missing() {
    let help = |src: &str| -> Vec<String> {
        compile(src.as_bytes(), &Options::default())
            .unwrap_err()
            .into_iter()
            .map(|e| e.help.unwrap_or_default())
            .collect()
    };
    assert_eq!(
        help("def f(x)\n    return x\nprint(1\ny = 2\nz = [3,\n"),
        vec![
            "a `:` is missing at the end of this line",
            "the `(` on line 3, column 6 is never closed",
            "the `[` on line 5, column 5 is never closed",
        ]
    );
    assert_eq!(
        help("x = 1 +\nif x:\n"),
        vec![
            "the statement is incomplete at the end of this line",
            "the file ends before this statement is complete",
        ]
    );
    assert_eq!(
        help("for i in range(3):\nprint(i)\nwhile 1:\n    x = (\n"),
        vec![
            "the `for` on line 1 needs an indented block after its `:`",
            "the `(` on line 4, column 9 is never closed",
        ]
    );
}

/// A small deterministic generator (xorshift), so the test is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn mutated_sources_never_panic_and_keep_the_first_error() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/mpy");
    let mut sources: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    sources.sort();
    assert!(sources.len() > 10);
    let pieces: &[&[u8]] = &[
        b":", b"(", b")", b"[", b"]", b"'", b"\"", b"\"\"\"", b"\n", b"\t", b"    ", b"\\", b"=",
        b",", b"@", b"$", b"\0", b"\r", b"def ", b"if ", b"else:\n", b"try:\n", b"f\"{",
    ];
    let opts = Options::default();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut rejected = 0;
    for round in 0..400 {
        let mut src = sources[round % sources.len()].clone();
        for _ in 0..1 + rng.below(6) {
            let at = rng.below(src.len() + 1);
            match rng.below(3) {
                0 => {
                    let end = (at + 1 + rng.below(4)).min(src.len());
                    src.drain(at..end);
                }
                1 => {
                    let p = pieces[rng.below(pieces.len())];
                    src.splice(at..at, p.iter().copied());
                }
                _ => {
                    // Re-indent the line holding `at`.
                    let start = src[..at]
                        .iter()
                        .rposition(|&c| c == b'\n')
                        .map_or(0, |i| i + 1);
                    let ws = src[start..].iter().take_while(|&&c| c == b' ').count();
                    let new = rng.below(9);
                    src.splice(start..start + ws, std::iter::repeat_n(b' ', new));
                }
            }
        }
        let Err(errs) = compile(&src, &opts) else {
            continue;
        };
        rejected += 1;
        assert!(!errs.is_empty() && errs.len() <= 100);
        for e in &errs {
            assert!(
                e.span.start <= e.span.end && e.span.end <= src.len(),
                "{e:?}"
            );
        }
        let first = frost_compiler::compile_first_error(&src, &opts).unwrap_err();
        assert_eq!(
            (first.kind, &first.message, first.line),
            (errs[0].kind, &errs[0].message, errs[0].line)
        );
    }
    assert!(
        rejected > 200,
        "only {rejected} mutated sources were rejected"
    );
}
