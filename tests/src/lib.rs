//! Helpers shared by frost's integration tests (in `tests/tests/`): where the repository, the
//! reference tools and the corpora are, and the rule for tests that need them.
//!
//! A test that needs a reference tool calls [`require`]: when the tool is missing it fails
//! loudly under CI (`CI` set in the environment) and otherwise prints a visible `SKIPPED` line.

use std::path::{Path, PathBuf};

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// `$FROST_CACHE`, or `$HOME/.cache/frost`.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(c) = std::env::var_os("FROST_CACHE") {
        return Some(PathBuf::from(c));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/frost"))
}

/// True when running under CI, where missing reference tools are errors.
pub fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "0" && v != "false")
}

/// Unwraps a reference tool: `None` fails under CI and prints a visible skip message otherwise.
pub fn require<T>(what: &str, found: Option<T>, how: &str) -> Option<T> {
    if found.is_none() {
        if in_ci() {
            panic!("{what} is missing, and CI must run this test; {how}");
        }
        eprintln!("SKIPPED: {what} is missing ({how})");
    }
    found
}

/// The pinned reference compiler (mpy-cross 1.29 native binary): `$MPY_CROSS`, or where
/// `scripts/setup-oracles` installs it.
pub fn mpy_cross() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("MPY_CROSS") {
        return Some(PathBuf::from(p)).filter(|p| p.is_file());
    }
    let lib = cache_dir()?.join("oracles/venv/lib");
    for entry in std::fs::read_dir(lib).ok()?.flatten() {
        let p = entry.path().join("site-packages/mpy_cross/mpy-cross");
        if p.is_file() {
            return Some(p);
        }
    }
    None
}

/// A corpus built by `scripts/corpus` (it has a `MANIFEST.tsv`).
pub fn corpus(name: &str) -> Option<PathBuf> {
    let d = cache_dir()?.join("corpus").join(name);
    d.join("MANIFEST.tsv").is_file().then_some(d)
}

/// `file`'s path below `dir`, with `/` separators: the name mpy-cross is given with `-s`
/// and the name reports use.
pub fn rel_name(dir: &Path, file: &Path) -> String {
    file.strip_prefix(dir)
        .unwrap_or(file)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Every file under `dir` (recursively) whose name ends with `ext`, sorted.
pub fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_str().is_some_and(|s| s.ends_with(ext)) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// True when `FROST_BLESS=1`: expectation files are rewritten instead of compared.
pub fn blessing() -> bool {
    std::env::var_os("FROST_BLESS").is_some_and(|v| v == "1")
}

/// Compares `actual` with the expectation file `path`, or rewrites it when blessing.
/// Returns a description of the mismatch, if any.
pub fn check_expectation(path: &Path, actual: &str) -> Option<String> {
    if blessing() {
        std::fs::write(path, actual).expect("write expectation");
        return None;
    }
    match std::fs::read_to_string(path) {
        Ok(expected) if expected == actual => None,
        Ok(expected) => {
            let line = expected
                .lines()
                .zip(actual.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(expected.lines().count().min(actual.lines().count()));
            Some(format!(
                "{} differs from the actual output at line {} (rerun with FROST_BLESS=1 to accept)",
                path.display(),
                line + 1
            ))
        }
        Err(_) => Some(format!(
            "{} is missing (run with FROST_BLESS=1 to create it)",
            path.display()
        )),
    }
}

/// Checks that a parsed file survives the model round trip byte for byte, including
/// re-encoding every bytecode function from its decoded parts. Returns the first problem.
pub fn round_trip_problem(bytes: &[u8]) -> Option<String> {
    use frost_formats::model::{BytecodeFn, Module};
    let m = match frost_formats::Mpy::parse(bytes) {
        Ok(m) => m,
        Err(e) => return Some(format!("parse error: {e}")),
    };
    let model = Module::from_mpy(&m);
    let out = model.to_bytes();
    if out != bytes {
        let at = out
            .iter()
            .zip(bytes)
            .position(|(a, b)| a != b)
            .unwrap_or(out.len().min(bytes.len()));
        return Some(format!(
            "write differs at byte {at} ({} vs {} bytes)",
            out.len(),
            bytes.len()
        ));
    }
    let mut stack = vec![m.root()];
    while let Some(rc) = stack.pop() {
        if let (Some(Ok(p)), Some((code, _))) = (rc.prelude(), rc.bytecode()) {
            let f = BytecodeFn::from_prelude(&p, code);
            if f.encode() != rc.fun_data {
                return Some(format!(
                    "bytecode function at {:#x} re-encodes differently",
                    rc.offset
                ));
            }
        }
        stack.extend(rc.children());
    }
    None
}

/// Parses `data` as a `.mpy` file; if it parses, walks every view (qstrs, constants, preludes,
/// line tables, instructions, the `frost dis` listing) and checks that writing the model out
/// and reading it back gives the same model. Returns whether `data` parsed. Panics on any
/// broken invariant, which is what the mutation test and the fuzz target look for.
pub fn exercise_mpy(data: &[u8]) -> bool {
    use frost_formats::model::Module;
    use frost_formats::{Mpy, opcode};
    // The bytecode-only reader (the VM's) accepts exactly the valid files without native
    // code, and sees the same tree.
    let bytecode_only = Mpy::parse_bytecode(data);
    let Ok(m) = Mpy::parse(data) else {
        assert!(
            bytecode_only.is_err(),
            "the bytecode-only reader took a bad file"
        );
        return false;
    };
    match bytecode_only {
        Ok(b) => {
            assert_eq!(m.header.arch, frost_formats::Arch::None);
            let walk = |m: &Mpy<'_>| {
                let mut out = Vec::new();
                let mut stack = vec![m.root()];
                while let Some(rc) = stack.pop() {
                    out.push((rc.offset, rc.kind, rc.end, rc.n_children, rc.fun_data.len()));
                    stack.extend(rc.children());
                }
                out
            };
            assert_eq!(walk(&b), walk(&m));
        }
        Err(_) => assert_ne!(m.header.arch, frost_formats::Arch::None),
    }
    for (_, q) in m.qstrs.iter() {
        let _ = q.bytes();
    }
    for (_, c) in m.consts.iter() {
        let _ = format!("{c:?}");
    }
    let mut stack = vec![m.root()];
    while let Some(rc) = stack.pop() {
        if let Some(p) = rc.prelude() {
            let p = p.expect("a validated file has readable preludes");
            assert_eq!(p.lines().filter(|l| l.is_err()).count(), 0);
            let _ = p.arg_name_indices().count();
        }
        if let Some((code, base)) = rc.bytecode() {
            for i in opcode::Instrs::new(code, base) {
                i.expect("a validated file has decodable bytecode");
            }
        }
        stack.extend(rc.children());
    }
    let listing = frost_cli::dis::listing("input", &m, true);
    let mut text = String::new();
    frost_cli::dis::render_text(&listing, &mut text);
    let _ = frost_cli::inspect::describe("input", data);
    let model = Module::from_mpy(&m);
    let again = model.to_bytes();
    let m2 = Mpy::parse(&again).expect("the writer's output of a valid model parses");
    assert_eq!(Module::from_mpy(&m2), model, "write/read is not a fixpoint");
    true
}

/// Applies `f` to every item on all cores and returns the results in item order. `f` gets a
/// worker number (for per-worker scratch files) and the item.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8);
    std::thread::scope(|s| {
        for w in 0..workers {
            let (next, results, f) = (&next, &results, &f);
            s.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let r = f(w, item);
                    results
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .push((i, r));
                }
            });
        }
    });
    let mut v = results.into_inner().unwrap_or_else(|p| p.into_inner());
    v.sort_by_key(|(i, _)| *i);
    v.into_iter().map(|(_, r)| r).collect()
}

/// The corpora `scripts/corpus all` builds.
pub const CORPORA: [&str; 3] = ["cpython-stdlib", "micropython-lib", "circuitpython-libs"];

/// The reference compiler and the directory of every corpus, for the corpus tests; `None`
/// (after [`require`]'s failure under CI or visible skip) when any is missing.
pub fn mpy_cross_and_corpora() -> Option<(PathBuf, Vec<(&'static str, PathBuf)>)> {
    let mpy = require(
        "the reference mpy-cross",
        mpy_cross(),
        "run scripts/setup-oracles",
    )?;
    let mut dirs = Vec::new();
    for name in CORPORA {
        let dir = require(
            &format!("corpus {name}"),
            corpus(name),
            "run scripts/corpus all",
        )?;
        dirs.push((name, dir));
    }
    Some((mpy, dirs))
}

/// Embedder for runs whose output nobody reads: no modules, no clock.
struct Quiet;

impl<'a> frost_vm_min::Embedder<'a> for Quiet {
    fn write(&mut self, _stream: u8, _data: &[u8]) {}
    fn load(&mut self, _name: &[u8]) -> Option<&'a [u8]> {
        None
    }
    fn ticks_ms(&mut self) -> u64 {
        0
    }
    fn sleep_ms(&mut self, _ms: u64) {}
}

/// Runs `.mpy` bytes on vm-min with `heap` bytes of heap, 24 nested calls and `max_steps`
/// instructions at most, discarding the output (for fuzzing, where what matters is that
/// nothing panics, hangs or aborts).
pub fn run_vm_quietly(bytes: &[u8], heap: usize, max_steps: u64) -> frost_vm_min::Outcome {
    let config = frost_vm_min::Config {
        heap_size: heap,
        max_depth: 24,
        max_steps,
        stack_size: 0,
    };
    frost_vm_min::Vm::new(Box::new(Quiet), config).run_main(bytes)
}
