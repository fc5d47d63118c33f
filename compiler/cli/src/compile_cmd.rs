//! `frost compile`: one file, or whole trees in one process.
//!
//! Tree mode compiles every `.py` under the given directories in parallel, writing
//! `OUTDIR/<relative path>.mpy` with the relative path as the embedded source name (as
//! MicroPython's freezing does). A failing file does not stop the others; the exit status says
//! whether any failed. Output bytes do not depend on the number of jobs or on the order files
//! finish in.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use frost_compiler::{CompileError, Options};

use crate::diag;

/// How errors are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ErrorFormat {
    /// Source excerpts, labels and hints.
    Human,
    /// Exactly mpy-cross's text, for tools that parse it.
    MpyCross,
}

/// The outcome of compiling one file.
pub struct FileResult {
    /// The input.
    pub path: PathBuf,
    /// Rendered errors (empty on success).
    pub errors: String,
    /// True when the file compiled and was written.
    pub ok: bool,
}

/// Compiles `source` (read from `path`) and renders any errors in `format`.
pub fn compile_source(
    path: &str,
    source: &[u8],
    opts: &Options,
    format: ErrorFormat,
    color: bool,
) -> Result<Vec<u8>, String> {
    match format {
        // One error only: no need to look for more.
        ErrorFormat::MpyCross => frost_compiler::compile_first_error(source, opts)
            .map_err(|e| render_errors(&[e], path, source, opts, format, color)),
        ErrorFormat::Human => frost_compiler::compile(source, opts)
            .map_err(|errs| render_errors(&errs, path, source, opts, format, color)),
    }
}

fn render_errors(
    errs: &[CompileError],
    path: &str,
    source: &[u8],
    opts: &Options,
    format: ErrorFormat,
    color: bool,
) -> String {
    match format {
        // mpy-cross stops at the first error, so tools expect exactly one.
        ErrorFormat::MpyCross => errs
            .first()
            .map(|e| diag::mpy_cross_text(e, path, &opts.source_name, opts.flavour))
            .unwrap_or_default(),
        ErrorFormat::Human => {
            // In source order (the library puts the error mpy-cross reports first).
            let mut errs = errs.to_vec();
            errs.sort_by_key(|e| (e.line, e.column));
            let mut out = String::new();
            for e in &errs {
                out.push_str(&diag::render(
                    &diag::Report::new(e.clone(), path, source),
                    color,
                ));
            }
            if errs.len() >= frost_compiler::MAX_ERRORS {
                out.push_str(&format!(
                    "{path}: {} errors (stopped looking after {})\n",
                    errs.len(),
                    frost_compiler::MAX_ERRORS
                ));
            } else if errs.len() > 1 {
                out.push_str(&format!("{path}: {} errors\n", errs.len()));
            }
            out
        }
    }
}

/// Compiles one file to `out` (default: the input with `.py` replaced by `.mpy`).
pub fn compile_one(
    input: &Path,
    out: Option<&Path>,
    opts: &Options,
    format: ErrorFormat,
) -> FileResult {
    let shown = input.display().to_string();
    let color = std::io::stderr().is_terminal();
    let fail = |errors: String| FileResult {
        path: input.to_path_buf(),
        errors,
        ok: false,
    };
    let source = match std::fs::read(input) {
        Ok(s) => s,
        Err(e) => return fail(format!("frost compile: {shown}: cannot read: {e}\n")),
    };
    let bytes = match compile_source(&shown, &source, opts, format, color) {
        Ok(b) => b,
        Err(text) => return fail(text),
    };
    let out = out
        .map(Path::to_path_buf)
        .unwrap_or_else(|| input.with_extension("mpy"));
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Err(e) = std::fs::create_dir_all(dir) {
            return fail(format!(
                "frost compile: {}: cannot create directory: {e}\n",
                dir.display()
            ));
        }
    }
    // Write to a temporary name and rename, so a reader never sees a half-written module.
    let tmp = out.with_extension(format!("mpy.tmp{}", std::process::id()));
    if let Err(e) = std::fs::write(&tmp, &bytes).and_then(|()| std::fs::rename(&tmp, &out)) {
        let _ = std::fs::remove_file(&tmp);
        return fail(format!(
            "frost compile: {}: cannot write: {e}\n",
            out.display()
        ));
    }
    FileResult {
        path: input.to_path_buf(),
        errors: String::new(),
        ok: true,
    }
}

/// Every `.py` file under `root`, sorted, as (full path, path relative to `root` with `/`).
pub fn python_files(root: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                let rel = p
                    .strip_prefix(root)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((p, rel));
            }
        }
    }
    out.sort();
    out
}

/// Summary of a tree compilation.
pub struct TreeSummary {
    /// Files found.
    pub files: usize,
    /// Files that failed.
    pub failed: usize,
    /// Wall time.
    pub seconds: f64,
}

/// Compiles every `.py` under each of `roots` into `out_dir`, in parallel.
pub fn compile_tree(
    roots: &[PathBuf],
    out_dir: &Path,
    base: &Options,
    format: ErrorFormat,
    jobs: usize,
) -> TreeSummary {
    let start = Instant::now();
    let mut work: Vec<(PathBuf, String)> = Vec::new();
    for r in roots {
        if r.is_dir() {
            work.extend(python_files(r));
        } else {
            let name = r
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            work.push((r.clone(), name));
        }
    }
    let total = work.len();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, FileResult)>> = Mutex::new(Vec::new());
    let progress = std::io::stderr().is_terminal();
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((path, rel)) = work.get(i) else {
                        break;
                    };
                    let opts = Options {
                        source_name: rel.clone(),
                        ..base.clone()
                    };
                    let out = out_dir.join(Path::new(rel).with_extension("mpy"));
                    let r = compile_one(path, Some(&out), &opts, format);
                    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                    if progress {
                        eprint!("\r\x1b[2K[{n}/{total}] {rel}");
                    }
                    results
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .push((i, r));
                }
            });
        }
    });
    if progress {
        eprint!("\r\x1b[2K");
    }
    let mut results = results.into_inner().unwrap_or_else(|p| p.into_inner());
    results.sort_by_key(|(i, _)| *i);
    let mut failed = 0;
    for (_, r) in &results {
        if !r.ok {
            failed += 1;
            eprint!("{}", r.errors);
        }
    }
    TreeSummary {
        files: total,
        failed,
        seconds: start.elapsed().as_secs_f64(),
    }
}
