//! The `frost` command line.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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

#[derive(Subcommand)]
enum Command {
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
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
