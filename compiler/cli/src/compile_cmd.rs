//! `frost compile`: one file, or whole trees in one process.
//!
//! Tree mode compiles every `.py` under the given directories in parallel, writing
//! `OUTDIR/<relative path>.mpy` with the relative path as the embedded source name (as
//! MicroPython's freezing does). A failing file does not stop the others; the exit status says
//! whether any failed. Output bytes do not depend on the number of jobs or on the order files
//! finish in.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use frost_compiler::compile::BIG_STACK;
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

/// The stack of a process's main thread that the commands count on (Linux's default
/// `ulimit -s`); see [`frost_compiler::compile::compile_with_stack`].
pub const MAIN_THREAD_STACK: usize = 8 << 20;

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

/// [`compile_source`] on a thread known to have `stack` bytes of stack, with colour if
/// stderr is a terminal.
fn compile_source_with_stack(
    path: &str,
    source: &[u8],
    opts: &Options,
    format: ErrorFormat,
    stack: usize,
) -> Result<Vec<u8>, String> {
    let color = || std::io::stderr().is_terminal();
    match format {
        // One error only: no need to look for more.
        ErrorFormat::MpyCross => {
            frost_compiler::compile::compile_first_error_with_stack(source, opts, stack)
                .map_err(|e| render_errors(&[e], path, source, opts, format, color()))
        }
        ErrorFormat::Human => frost_compiler::compile::compile_with_stack(source, opts, stack)
            .map_err(|errs| render_errors(&errs, path, source, opts, format, color())),
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

/// Compiles one file to `out` (default: the input with `.py` replaced by `.mpy`), on a thread
/// with `stack` bytes of stack ([`MAIN_THREAD_STACK`] on the main thread).
pub fn compile_one(
    input: &Path,
    out: Option<&Path>,
    opts: &Options,
    format: ErrorFormat,
    stack: usize,
) -> FileResult {
    compile_file(input, None, out, opts, format, stack)
}

/// [`compile_one`]; `size` is the input's size if known (it saves a `stat`).
fn compile_file(
    input: &Path,
    size: Option<u64>,
    out: Option<&Path>,
    opts: &Options,
    format: ErrorFormat,
    stack: usize,
) -> FileResult {
    let shown = input.display().to_string();
    let fail = |errors: String| FileResult {
        path: input.to_path_buf(),
        errors,
        ok: false,
    };
    let source = match read_source(input, size) {
        Ok(s) => s,
        Err(e) => return fail(format!("frost compile: {shown}: cannot read: {e}\n")),
    };
    let bytes = match compile_source_with_stack(&shown, &source, opts, format, stack) {
        Ok(b) => b,
        Err(text) => return fail(text),
    };
    let out = out
        .map(Path::to_path_buf)
        .unwrap_or_else(|| input.with_extension("mpy"));
    if let Err((what, e)) = write_output(&out, &bytes) {
        return fail(format!(
            "frost compile: {}: cannot {what}: {e}\n",
            out.display()
        ));
    }
    FileResult {
        path: input.to_path_buf(),
        errors: String::new(),
        ok: true,
    }
}

/// The bytes of `path`; `size` (if known) sizes the buffer, so that no `stat` is needed.
fn read_source(path: &Path, size: Option<u64>) -> std::io::Result<Vec<u8>> {
    let Some(size) = size else {
        return std::fs::read(path);
    };
    let mut f = std::fs::File::open(path)?;
    // One byte more than expected, so that the read that finds the end needs no growth.
    let mut buf = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
    f.read_to_end(&mut buf)?;
    Ok(buf)
}

/// Writes `bytes` to `out` in place, as mpy-cross and C compilers do: an existing file is
/// rewritten (no new inode, no rename), a missing one is created, with its directory if that
/// is missing too. If writing fails part way, the partial file is removed, so that a failed
/// compile never leaves a broken module behind.
///
/// The file is overwritten and then cut to length rather than opened with `O_TRUNC`: ext4
/// writes a file that was truncated to zero out to disk when it is closed (its protection for
/// programs that rewrite files without `fsync`), which would make every rebuild wait for the
/// disk.
fn write_output(out: &Path, bytes: &[u8]) -> Result<(), (&'static str, std::io::Error)> {
    let open = || {
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .open(out)
    };
    let mut f = match open() {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // The directory is missing (made only now, so that a rebuild pays nothing).
            let dir = out
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .ok_or(("write", e))?;
            std::fs::create_dir_all(dir).map_err(|e| ("create directory", e))?;
            open().map_err(|e| ("write", e))?
        }
        Err(e) => return Err(("write", e)),
    };
    let written = f
        .write_all(bytes)
        .and_then(|()| f.set_len(bytes.len() as u64));
    if let Err(e) = written {
        drop(f);
        let _ = std::fs::remove_file(out);
        return Err(("write", e));
    }
    Ok(())
}

/// Every `.py` file under `root`, sorted, as (full path, path relative to `root` with `/`).
pub fn python_files(root: &Path) -> Vec<(PathBuf, String)> {
    python_files_sized(root)
        .into_iter()
        .map(|(p, rel, _)| (p, rel))
        .collect()
}

/// [`python_files`] with each file's size (`None` if unknown).
fn python_files_sized(root: &Path) -> Vec<(PathBuf, String, Option<u64>)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let is_py = Path::new(&e.file_name())
                .extension()
                .is_some_and(|x| x == "py");
            // The directory entry's type, when the file system gives it, saves a `stat` for
            // directories and other files; symbolic links (and unknown types) are followed.
            let ty = e.file_type().ok();
            let is_file = ty.is_some_and(|t| t.is_file());
            if ty.is_some_and(|t| t.is_dir()) {
                stack.push(e.path());
                continue;
            }
            if is_file && !is_py {
                continue;
            }
            let meta = if is_file {
                e.metadata().ok()
            } else {
                std::fs::metadata(e.path()).ok()
            };
            if meta.as_ref().is_some_and(|m| m.is_dir()) {
                stack.push(e.path());
            } else if is_py {
                let p = e.path();
                let rel = p
                    .strip_prefix(root)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((p, rel, meta.map(|m| m.len())));
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

/// Compiles every `.py` under each of `roots` into `out_dir`, in parallel: `jobs` workers
/// (the calling thread, which must be the main thread, is one), largest files first.
pub fn compile_tree(
    roots: &[PathBuf],
    out_dir: &Path,
    base: &Options,
    format: ErrorFormat,
    jobs: usize,
) -> TreeSummary {
    let start = Instant::now();
    let mut work: Vec<(PathBuf, String, Option<u64>)> = Vec::new();
    for r in roots {
        if r.is_dir() {
            work.extend(python_files_sized(r));
        } else {
            let name = r
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let size = std::fs::metadata(r).ok().map(|m| m.len());
            work.push((r.clone(), name, size));
        }
    }
    let total = work.len();
    // Largest files first, so that no long file starts last and keeps one core busy alone.
    let mut order: Vec<usize> = (0..total).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(work[i].2));
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let progress = std::io::stderr().is_terminal();
    // `stack`: what the calling thread has (see `compile_with_stack`).
    let worker = |stack: usize| {
        // Each worker keeps its own results: no lock between files.
        let mut mine: Vec<(usize, FileResult)> = Vec::new();
        while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
            let (path, rel, size) = &work[i];
            let opts = Options {
                source_name: rel.clone(),
                ..base.clone()
            };
            let out = out_dir.join(Path::new(rel).with_extension("mpy"));
            let r = compile_file(path, *size, Some(&out), &opts, format, stack);
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if progress {
                eprint!("\r\x1b[2K[{n}/{total}] {rel}");
            }
            mine.push((i, r));
        }
        mine
    };
    let workers = jobs.clamp(1, total.max(1));
    let mut results: Vec<(usize, FileResult)> = std::thread::scope(|s| {
        // The main thread is one of the workers. The others get a stack that covers the
        // deepest tree, so no file needs a thread of its own (only address space is reserved
        // up front); if one cannot be made, the remaining workers take its share.
        let handles: Vec<_> = (1..workers)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .name("frost-compile".into())
                    .stack_size(BIG_STACK)
                    .spawn_scoped(s, || worker(BIG_STACK))
                    .ok()
            })
            .collect();
        let mut all = worker(MAIN_THREAD_STACK);
        for h in handles {
            all.extend(h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        }
        all
    });
    if progress {
        eprint!("\r\x1b[2K");
    }
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
