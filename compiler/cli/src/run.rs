//! `frost run`: runs a `.py` or `.mpy` program on vm-min on the host, with MicroPython's unix
//! port conventions (stdout/stderr, traceback on stderr, exit status).

use std::io::Write;
use std::path::{Path, PathBuf};

use frost_vm_min::{Config, Embedder, Outcome, Vm};

/// Where program output goes: stream (1 stdout, 2 stderr) and bytes.
pub type Sink = Box<dyn FnMut(u8, &[u8]) + Send>;

/// Host embedder: stdout/stderr, modules from the given files (by base name), wall clock.
struct Host {
    modules: Vec<(String, &'static [u8])>,
    out: Sink,
    start: std::time::Instant,
}

impl Embedder<'static> for Host {
    fn write(&mut self, stream: u8, data: &[u8]) {
        (self.out)(stream, data);
    }
    fn load(&mut self, name: &[u8]) -> Option<&'static [u8]> {
        let name = std::str::from_utf8(name).ok()?;
        self.modules
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| *b)
    }
    fn ticks_ms(&mut self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }
    fn sleep_ms(&mut self, ms: u64) {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

/// Compiles a `.py` file to `.mpy` bytes with frost's compiler, in-process. Errors are
/// rendered as mpy-cross renders them, as MicroPython's unix port would report them.
pub fn compile_py(path: &Path) -> Result<Vec<u8>, String> {
    let source = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("main.py");
    let opts = frost_compiler::Options {
        source_name: name.to_string(),
        ..Default::default()
    };
    frost_compiler::compile_first_error(&source, &opts).map_err(|e| {
        crate::diag::mpy_cross_text(&e, &path.display().to_string(), name, opts.flavour)
    })
}

fn module_bytes(path: &Path) -> Result<Vec<u8>, String> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("py") => compile_py(path),
        Some("mpy") => std::fs::read(path).map_err(|e| format!("{}: {e}", path.display())),
        _ => Err(format!("{}: not a .py or .mpy file", path.display())),
    }
}

/// Output of a captured run.
pub struct Captured {
    /// Bytes written to stdout.
    pub stdout: Vec<u8>,
    /// Bytes written to stderr.
    pub stderr: Vec<u8>,
    /// Exit status.
    pub status: u8,
}

/// Runs `main` (with importable `modules`) and returns the exit status; output goes to `out`.
pub fn run_with(main: &Path, modules: &[PathBuf], heap: usize, out: Sink) -> Result<u8, String> {
    let bytes: &'static [u8] = Box::leak(module_bytes(main)?.into_boxed_slice());
    let mut mods = Vec::new();
    for m in modules {
        let b: &'static [u8] = Box::leak(module_bytes(m)?.into_boxed_slice());
        let stem = m
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        mods.push((stem, b));
    }
    let host = Host {
        modules: mods,
        out,
        start: std::time::Instant::now(),
    };
    // Python recursion runs on the Rust stack: give the VM a big one, and have it check
    // its use (all but a margin) as well as the call depth.
    const STACK: usize = 512 << 20;
    let handle = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            let mut vm = Vm::new(
                Box::new(host),
                Config {
                    heap_size: heap,
                    max_depth: 1000,
                    max_steps: 0,
                    stack_size: STACK - (16 << 20),
                },
            );
            vm.run_main(bytes)
        })
        .map_err(|e| e.to_string())?;
    match handle.join() {
        Ok(Outcome::Exit(s)) => Ok(s),
        Ok(Outcome::Load(e)) => Err(format!("{}: {e}", main.display())),
        Err(_) => Err("the VM panicked".into()),
    }
}

/// Runs a program capturing its output.
pub fn run_captured(main: &Path, modules: &[PathBuf], heap: usize) -> Result<Captured, String> {
    let buf = std::sync::Arc::new(std::sync::Mutex::new((Vec::new(), Vec::new())));
    let b2 = buf.clone();
    let status = run_with(
        main,
        modules,
        heap,
        Box::new(move |s, d| {
            if let Ok(mut g) = b2.lock() {
                if s == 2 {
                    g.1.extend_from_slice(d)
                } else {
                    g.0.extend_from_slice(d)
                }
            }
        }),
    )?;
    let (stdout, stderr) = buf.lock().map(|g| g.clone()).unwrap_or_default();
    Ok(Captured {
        stdout,
        stderr,
        status,
    })
}

/// `frost run`: streams output to this process's stdout/stderr; returns the exit status.
pub fn run(main: &Path, modules: &[PathBuf], heap: usize) -> u8 {
    let r = run_with(
        main,
        modules,
        heap,
        Box::new(|s, d| {
            if s == 2 {
                let _ = std::io::stderr().write_all(d);
            } else {
                let mut o = std::io::stdout().lock();
                let _ = o.write_all(d);
                let _ = o.flush();
            }
        }),
    );
    match r {
        Ok(s) => s,
        // Compile errors arrive already laid out as MicroPython prints them (ending in a
        // newline); other failures get the command's name.
        Err(e) if e.ends_with('\n') => {
            eprint!("{e}");
            1
        }
        Err(e) => {
            eprintln!("frost run: {e}");
            1
        }
    }
}

/// Parses a heap size like `256k`, `8m` or `100000`.
pub fn parse_size(s: &str) -> Option<usize> {
    let (n, mul) = match s.as_bytes().last()? {
        b'k' | b'K' => (&s[..s.len() - 1], 1024),
        b'm' | b'M' => (&s[..s.len() - 1], 1 << 20),
        _ => (s, 1),
    };
    n.parse::<usize>().ok().map(|n| n * mul)
}
