//! The `frost` command line.
//!
//! The process starts at our own C `main`, not through `std`'s runtime start: that start
//! asks the C library for the main thread's stack bounds (glibc parses `/proc/self/maps` for
//! it) to set up a stack-overflow guard, which costs more than compiling a small file, and
//! build systems that use frost as `mpy-cross` start it once per file. Nothing here relies
//! on that guard: deep compiles run on threads with a budgeted stack. Arguments still come
//! from `std::env::args_os` (glibc hands them to `std` before `main`), and leaving through
//! `std::process::exit` flushes standard output.
#![cfg_attr(not(test), no_main)]

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use frost_cli::compile_cmd::{self, ErrorFormat};
use frost_compiler::Options;
use frost_compiler::options::Emit;
use frost_formats::{Arch, Flavour};

mod alloc;

#[global_allocator]
static ALLOC: alloc::Alloc = alloc::Alloc;

#[derive(Parser)]
#[command(
    name = "frost",
    version,
    about = "Python to MicroPython .mpy toolchain"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum FlavourArg {
    Micropython,
    Circuitpython,
}

#[derive(Clone, Copy, ValueEnum)]
enum EmitArg {
    Bytecode,
    Native,
    Viper,
}

#[derive(Subcommand)]
enum Command {
    /// Compile Python source to .mpy: one file, or whole directory trees into -o OUTDIR.
    Compile {
        /// Source files or directories.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Output file (one input) or output directory (directories or several inputs).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Source name embedded in the module (one input only; trees use relative paths).
        #[arg(short = 's', long = "source-name")]
        source_name: Option<String>,
        /// Optimisation level: 1+ drops asserts and __debug__ code, 3 drops line numbers.
        #[arg(short = 'O', default_value_t = 0)]
        opt: u8,
        /// Small-int width of the target in bits.
        #[arg(long = "small-int-bits", default_value_t = 31)]
        small_int_bits: u8,
        /// Native architecture for @micropython.native/viper code.
        #[arg(long, value_parser = parse_arch)]
        march: Option<Arch>,
        /// Default emitter for undecorated functions.
        #[arg(long, value_enum, default_value = "bytecode")]
        emit: EmitArg,
        /// Target runtime.
        #[arg(long, value_enum, default_value = "micropython")]
        flavour: FlavourArg,
        /// Leave out line-number tables.
        #[arg(long)]
        no_source_lines: bool,
        /// How errors are printed.
        #[arg(long, value_enum, default_value = "human")]
        error_format: ErrorFormat,
        /// Parallel jobs for trees (default: all cores).
        #[arg(short, long)]
        jobs: Option<usize>,
    },
    /// mpy-cross's own command line, verbatim (also: run this binary as `mpy-cross`).
    #[command(name = "mpy-cross", disable_help_flag = true)]
    MpyCross {
        /// mpy-cross arguments.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<OsString>,
    },
    /// Disassemble .mpy files: header, qstrs, constants and every function's code.
    Dis {
        /// The .mpy files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Add the raw bytes of every instruction and a hex dump of each function's data.
        #[arg(long)]
        raw: bool,
        /// Print JSON (one document: an array with one object per file).
        #[arg(long)]
        json: bool,
    },
    /// Run a .py or .mpy program on vm-min (like MicroPython's unix port).
    Run {
        /// The main program, then modules it may import.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Heap size (bytes, or with a k/m suffix).
        #[arg(long, default_value = "8m")]
        heap: String,
    },
    /// One line per file: format version, flavour, architecture, which runtimes load it, sizes.
    Inspect {
        /// The files (any .mpy version or flavour).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

/// Writes `text` to stdout; a closed pipe (`frost dis x.mpy | head`) is not an error.
fn emit(text: &str) -> bool {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => true,
        Err(e) => e.kind() == std::io::ErrorKind::BrokenPipe,
    }
}

fn read_file(path: &PathBuf) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))
}

fn run_dis(files: &[PathBuf], raw: bool, json: bool) -> ExitCode {
    let mut failed = false;
    let mut listings = Vec::new();
    let mut text = String::new();
    for path in files {
        let shown = path.display().to_string();
        let bytes = match read_file(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("frost dis: {e}");
                failed = true;
                continue;
            }
        };
        match frost_formats::Mpy::parse(&bytes) {
            Ok(m) => {
                let l = frost_cli::dis::listing(&shown, &m, raw);
                if json {
                    listings.push(l);
                } else {
                    if !text.is_empty() {
                        text.push('\n');
                    }
                    frost_cli::dis::render_text(&l, &mut text);
                }
            }
            Err(e) => {
                eprintln!("frost dis: {shown}: {e}");
                failed = true;
            }
        }
    }
    if json {
        text = serde_json::to_string_pretty(&listings).unwrap_or_default();
        text.push('\n');
    }
    if !emit(&text) {
        failed = true;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run_inspect(files: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    let mut text = String::new();
    for path in files {
        let shown = path.display().to_string();
        match read_file(path).and_then(|b| frost_cli::inspect::describe(&shown, &b)) {
            Ok(line) => {
                text.push_str(&line);
                text.push('\n');
            }
            Err(e) => {
                eprintln!("frost inspect: {e}");
                failed = true;
            }
        }
    }
    if !emit(&text) {
        failed = true;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn parse_arch(s: &str) -> Result<Arch, String> {
    Arch::from_name(s).ok_or_else(|| format!("unknown architecture '{s}'"))
}

#[allow(clippy::too_many_arguments)]
fn run_compile(
    inputs: &[PathBuf],
    output: Option<PathBuf>,
    source_name: Option<String>,
    opts: Options,
    error_format: ErrorFormat,
    jobs: Option<usize>,
) -> ExitCode {
    let tree = inputs.len() > 1 || inputs.iter().any(|p| p.is_dir());
    if !tree {
        let input = &inputs[0];
        let name = source_name.unwrap_or_else(|| input.to_string_lossy().replace('\\', "/"));
        let opts = Options {
            source_name: name,
            ..opts
        };
        let r = compile_cmd::compile_one(
            input,
            output.as_deref(),
            &opts,
            error_format,
            compile_cmd::MAIN_THREAD_STACK,
        );
        eprint!("{}", r.errors);
        return if r.ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }
    if source_name.is_some() {
        eprintln!(
            "frost compile: -s/--source-name applies to one input; trees use each file's relative path"
        );
        return ExitCode::from(2);
    }
    let Some(out_dir) = output else {
        eprintln!("frost compile: compiling directories or several files needs -o OUTDIR");
        return ExitCode::from(2);
    };
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let s = compile_cmd::compile_tree(inputs, &out_dir, &opts, error_format, jobs);
    eprintln!(
        "frost compile: {} files, {} compiled, {} failed in {:.2} s -> {}",
        s.files,
        s.files - s.failed,
        s.failed,
        s.seconds,
        out_dir.display()
    );
    if s.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(not(test))]
#[unsafe(no_mangle)]
extern "C" fn main(argc: std::ffi::c_int, argv: *const *const std::ffi::c_char) -> std::ffi::c_int {
    // Compiling gains from the pools, a tree or one file (about 7-22% fewer instructions
    // than `malloc` per file); everything else keeps `malloc`. See `alloc`.
    // SAFETY: the C runtime passes `argc` valid C strings; nothing has been allocated yet.
    unsafe {
        let arg = |i: usize| std::ffi::CStr::from_ptr(*argv.add(i)).to_bytes();
        let as_mpy_cross = argc >= 1
            && std::str::from_utf8(arg(0))
                .is_ok_and(|a| invoked_as_mpy_cross(std::ffi::OsStr::new(a)));
        if as_mpy_cross || (argc >= 2 && matches!(arg(1), b"compile" | b"mpy-cross")) {
            alloc::use_pools();
        }
    }
    let code = run();
    // `ExitCode` keeps its number private; it is one of the 256 a process can return.
    let status = (0..=255u8)
        .find(|&n| ExitCode::from(n) == code)
        .map_or(1, i32::from);
    std::process::exit(status)
}

/// Whether the program name (`argv[0]`) is `mpy-cross`: a symlink or copy of the binary
/// under that name behaves exactly like mpy-cross.
#[cfg_attr(test, allow(dead_code))]
fn invoked_as_mpy_cross(argv0: &std::ffi::OsStr) -> bool {
    std::path::Path::new(argv0).file_stem() == Some(std::ffi::OsStr::new("mpy-cross"))
}

#[cfg_attr(test, allow(dead_code))]
fn run() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().collect();
    // Invoked as `mpy-cross` (a symlink or copy), behave exactly like it.
    if argv.first().is_some_and(|a| invoked_as_mpy_cross(a)) {
        let argv0 = argv[0].to_string_lossy();
        return frost_cli::mpy_cross::main(&argv0, &argv[1..]);
    }
    if argv.get(1).is_some_and(|a| a == "mpy-cross") {
        return frost_cli::mpy_cross::main("frost mpy-cross", &argv[2..]);
    }
    let cli = Cli::parse();
    match cli.command {
        Command::Compile {
            inputs,
            output,
            source_name,
            opt,
            small_int_bits,
            march,
            emit,
            flavour,
            no_source_lines,
            error_format,
            jobs,
        } => {
            let opts = Options {
                opt_level: opt,
                small_int_bits,
                arch: march,
                emit: match emit {
                    EmitArg::Bytecode => Emit::Bytecode,
                    EmitArg::Native => Emit::Native,
                    EmitArg::Viper => Emit::Viper,
                },
                flavour: match flavour {
                    FlavourArg::Micropython => Flavour::MicroPython,
                    FlavourArg::Circuitpython => Flavour::CircuitPython,
                },
                no_source_lines,
                ..Options::default()
            };
            run_compile(&inputs, output, source_name, opts, error_format, jobs)
        }
        Command::MpyCross { args } => frost_cli::mpy_cross::main("frost mpy-cross", &args),
        Command::Dis { files, raw, json } => run_dis(&files, raw, json),
        Command::Run { files, heap } => match frost_cli::run::parse_size(&heap) {
            Some(h) => ExitCode::from(frost_cli::run::run(&files[0], &files[1..], h)),
            None => {
                eprintln!("frost run: bad heap size {heap}");
                ExitCode::from(2)
            }
        },
        Command::Inspect { files } => run_inspect(&files),
    }
}
