//! `frost mpy-cross …` (and the `frost` binary invoked under the name `mpy-cross`): mpy-cross
//! 1.29's own command line, accepted verbatim, with the same outputs, messages and exit codes,
//! so build systems (`make MICROPY_MPYCROSS=…`, freezing scripts) can use frost unchanged.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use frost_compiler::Options;
use frost_compiler::options::Emit;
use frost_formats::Arch;

use crate::diag;

/// The version line mpy-cross prints for `--version`, which build systems check.
/// Tools parse the `mpy-cross emitting mpy vX.Y` part.
pub const VERSION_LINE: &str = concat!(
    "frost ",
    env!("CARGO_PKG_VERSION"),
    " (MicroPython v1.29.0 compatible); mpy-cross emitting mpy v6.3"
);

/// Where the source comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A file path, as typed (backslashes turned into slashes).
    Path(String),
    /// `-`: standard input.
    Stdin,
}

/// One compilation requested on mpy-cross's command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Job {
    /// The source.
    pub input: Input,
    /// `-o PATH`; `-` means standard output.
    pub output: Option<String>,
    /// Compiler options (the source name is already resolved).
    pub options: Options,
}

impl Job {
    /// The name parse errors report: the input path, or `<stdin>`.
    pub fn input_name(&self) -> String {
        match &self.input {
            Input::Path(p) => p.clone(),
            Input::Stdin => "<stdin>".into(),
        }
    }

    /// Where the output goes: `None` for standard output.
    pub fn output_path(&self) -> Option<PathBuf> {
        match (&self.output, &self.input) {
            (Some(o), _) if o == "-" => None,
            (Some(o), _) => Some(PathBuf::from(o)),
            (None, Input::Stdin) => None,
            (None, Input::Path(p)) => {
                // mpy-cross drops the last two bytes of the input name and appends "mpy".
                let mut b = p.as_bytes().to_vec();
                b.truncate(b.len().saturating_sub(2));
                b.extend_from_slice(b"mpy");
                Some(PathBuf::from(String::from_utf8_lossy(&b).into_owned()))
            }
        }
    }
}

/// What the command line asks for, when it is not a compilation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    /// `--version`.
    Version,
    /// Bad usage: print the usage text to stdout, exit 1.
    Usage,
    /// A message to stderr, exit 1 (`no input file`, `arch not specified`, …).
    Message(String),
}

fn usage_text(argv0: &str) -> String {
    format!(
        "usage: {argv0} [<opts>] [-X <implopt>] [--] <input filename>
Options:
--version : show version information
-o : output file for compiled bytecode (defaults to input filename with .mpy extension, or stdout if input is stdin)
-s : source filename to embed in the compiled bytecode (defaults to input file)
-v : verbose (trace various operations); can be multiple
-O[N] : apply bytecode optimizations of level N

Target specific options:
-msmall-int-bits=number : set the maximum bits used to encode a small-int
-march=<arch> : set architecture for native emitter;
                x86, x64, armv6, armv6m, armv7m, armv7em, armv7emsp,
                armv7emdp, xtensa, xtensawin, rv32imc, rv64imc, host, debug
-march-flags=<flags> : set architecture-specific flags (can be either a dec/hex/bin value or a comma-separated flags string)
                       supported flags for rv32imc: zba, zcmp

Implementation specific options:
  emit={{bytecode,native,viper}} -- set the default code emitter
  heapsize=<n> -- set the heap size for the GC (default 2097152)
  source-lines    -- include source line numbers (default)
  no-source-lines -- exclude source line numbers
"
    )
}

/// Parses an integer as C's `strtol(s, &end, 0)` does, requiring that all of `s` is used.
fn c_integer(s: &str) -> Option<i64> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (radix, digits) =
        if let Some(h) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
            (16, h)
        } else if body.len() > 1 && body.starts_with('0') {
            (8, &body[1..])
        } else {
            (10, body)
        };
    if digits.is_empty() {
        return None;
    }
    let v = i64::from_str_radix(digits, radix).ok()?;
    Some(if neg { -v } else { v })
}

/// rv32imc arch flags: a number (decimal, `0x…`, `0b…`) or a comma list of `zba`, `zcmp`.
fn rv32_flags(s: &str) -> Option<u32> {
    const ALL: u32 = 0b11;
    let v = if let Some(b) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        u32::from_str_radix(b, 2).ok()
    } else if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        u32::from_str_radix(h, 16).ok()
    } else if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        let mut v = 0;
        for name in s.split(',') {
            v |= match name {
                "zba" => 1,
                "zcmp" => 2,
                _ => return None,
            };
        }
        Some(v)
    }?;
    (v & !ALL == 0).then_some(v)
}

/// Parses mpy-cross's arguments (without argv\[0\]), following its rules exactly: `-X` options
/// are read in a first pass, the rest in order; the last `-O`/`-march` wins.
pub fn parse_args(args: &[String]) -> Result<Job, Exit> {
    let mut emit = None;
    let mut no_source_lines = false;
    // First pass: implementation options (-X ...), as mpy-cross reads them before anything else.
    let mut i = 0;
    while i < args.len() {
        if args[i] == "-X" {
            let Some(opt) = args.get(i + 1) else {
                return Err(Exit::Usage);
            };
            match opt.as_str() {
                "emit=bytecode" => emit = Some(Emit::Bytecode),
                "emit=native" => emit = Some(Emit::Native),
                "emit=viper" => emit = Some(Emit::Viper),
                "source-lines" => no_source_lines = false,
                "no-source-lines" => no_source_lines = true,
                o if o.starts_with("heapsize=") => {}
                _ => return Err(Exit::Usage),
            }
            i += 1;
        }
        i += 1;
    }
    let mut opt_level = 0u8;
    let mut small_int_bits: i64 = 31;
    let mut arch: Option<Arch> = None;
    let mut arch_flags: Option<&str> = None;
    let mut input: Option<Input> = None;
    let mut output = None;
    let mut source = None;
    let mut options_active = true;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if options_active && a.starts_with('-') && a.len() > 1 {
            if a == "-X" {
                i += 1;
            } else if a == "--version" {
                return Err(Exit::Version);
            } else if a == "-v" {
            } else if let Some(rest) = a.strip_prefix("-O") {
                opt_level = match rest.as_bytes().first() {
                    Some(d) if d.is_ascii_digit() => d & 0xf,
                    _ => 1 + rest.bytes().take_while(|&b| b == b'O').count() as u8,
                };
            } else if a == "-o" || a == "-s" {
                let Some(v) = args.get(i + 1) else {
                    return Err(Exit::Usage);
                };
                i += 1;
                if a == "-o" {
                    output = Some(v.clone());
                } else {
                    source = Some(v.replace('\\', "/"));
                }
            } else if let Some(n) = a.strip_prefix("-msmall-int-bits=") {
                small_int_bits = c_integer(n).ok_or(Exit::Usage)?;
            } else if let Some(name) = a.strip_prefix("-march=") {
                arch = Some(match name {
                    "host" => host_arch().ok_or_else(|| {
                        Exit::Message(
                            "unable to determine host architecture for -march=host".into(),
                        )
                    })?,
                    n => Arch::from_name(n).ok_or(Exit::Usage)?,
                });
            } else if let Some(f) = a.strip_prefix("-march-flags=") {
                arch_flags = Some(f);
            } else if a == "--" {
                options_active = false;
            } else {
                return Err(Exit::Usage);
            }
        } else {
            if input.is_some() {
                return Err(Exit::Message("multiple input files".into()));
            }
            input = Some(if a == "-" {
                Input::Stdin
            } else {
                Input::Path(a.replace('\\', "/"))
            });
        }
        i += 1;
    }
    let mut flags = None;
    if let (Some(f), Some(a)) = (arch_flags, arch) {
        match rv32_flags(f) {
            Some(v) if a == Arch::Rv32imc => flags = Some(v).filter(|&v| v != 0),
            _ => return Err(Exit::Message("unrecognised arch flags".into())),
        }
    }
    let emit = emit.unwrap_or(Emit::Bytecode);
    if emit != Emit::Bytecode && arch.is_none() {
        return Err(Exit::Message("arch not specified".into()));
    }
    let Some(input) = input else {
        return Err(Exit::Message("no input file".into()));
    };
    let source_name = source.unwrap_or_else(|| match &input {
        Input::Path(p) => p.clone(),
        Input::Stdin => "<stdin>".into(),
    });
    Ok(Job {
        input,
        output,
        options: Options {
            source_name,
            opt_level,
            // mpy-cross stores the value in a byte without checking its range.
            small_int_bits: small_int_bits as u8,
            emit,
            arch,
            arch_flags: flags,
            no_source_lines,
            ..Options::default()
        },
    })
}

fn host_arch() -> Option<Arch> {
    if cfg!(target_arch = "x86_64") {
        Some(Arch::X64)
    } else if cfg!(target_arch = "x86") {
        Some(Arch::X86)
    } else if cfg!(target_arch = "arm") {
        Some(Arch::Armv6)
    } else if cfg!(target_arch = "riscv64") {
        Some(Arch::Rv64imc)
    } else {
        None
    }
}

/// Runs mpy-cross's command line. `argv0` is printed in the usage text.
pub fn main(argv0: &str, args: &[OsString]) -> ExitCode {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let job = match parse_args(&args) {
        Ok(j) => j,
        Err(Exit::Version) => {
            println!("{VERSION_LINE}");
            return ExitCode::SUCCESS;
        }
        Err(Exit::Usage) => {
            print!("{}", usage_text(argv0));
            return ExitCode::FAILURE;
        }
        Err(Exit::Message(m)) => {
            eprintln!("{m}");
            return ExitCode::FAILURE;
        }
    };
    let source = match &job.input {
        Input::Stdin => {
            let mut v = Vec::new();
            if std::io::stdin().read_to_end(&mut v).is_err() {
                eprintln!("OSError: (5, \"can't read <stdin>\")");
                return ExitCode::FAILURE;
            }
            v
        }
        Input::Path(p) => match std::fs::read(p) {
            Ok(v) => v,
            Err(e) => {
                eprintln!(
                    "OSError: ({}, \"can't open {p}\")",
                    e.raw_os_error().unwrap_or(2)
                );
                return ExitCode::FAILURE;
            }
        },
    };
    let bytes = match frost_compiler::compile_first_error(&source, &job.options) {
        Ok(b) => b,
        Err(e) => {
            eprint!(
                "{}",
                diag::mpy_cross_text(
                    &e,
                    &job.input_name(),
                    &job.options.source_name,
                    job.options.flavour
                )
            );
            return ExitCode::FAILURE;
        }
    };
    match job.output_path() {
        None => {
            let mut out = std::io::stdout().lock();
            if out.write_all(&bytes).and_then(|()| out.flush()).is_err() {
                return ExitCode::FAILURE;
            }
        }
        Some(path) => {
            if std::fs::write(&path, &bytes).is_err() {
                eprintln!("OSError: (2, \"can't open {}\")", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Job, Exit> {
        let v: Vec<String> = s.split_whitespace().map(String::from).collect();
        parse_args(&v)
    }

    #[test]
    fn options_like_mpy_cross() {
        let j = parse("-O3 -o out.mpy -s name.py src\\x.py").unwrap();
        assert_eq!(j.options.opt_level, 3);
        assert_eq!(j.options.source_name, "name.py");
        assert_eq!(j.input, Input::Path("src/x.py".into()));
        assert_eq!(j.output_path(), Some(PathBuf::from("out.mpy")));
        assert_eq!(parse("-OO x.py").unwrap().options.opt_level, 2);
        assert_eq!(parse("-O x.py").unwrap().options.opt_level, 1);
        assert_eq!(parse("-O3 -O x.py").unwrap().options.opt_level, 1);
        assert_eq!(
            parse("x.txt").unwrap().output_path(),
            Some(PathBuf::from("x.tmpy"))
        );
        assert_eq!(parse("-").unwrap().output_path(), None);
        assert_eq!(parse("-").unwrap().options.source_name, "<stdin>");
        assert_eq!(
            parse("-msmall-int-bits=0x10 x.py")
                .unwrap()
                .options
                .small_int_bits,
            16
        );
        assert_eq!(parse("-msmall-int-bits=15z x.py").unwrap_err(), Exit::Usage);
        assert_eq!(parse("-q x.py").unwrap_err(), Exit::Usage);
        assert_eq!(
            parse("-X emit=native x.py").unwrap_err(),
            Exit::Message("arch not specified".into())
        );
        assert_eq!(
            parse("-X emit=native -march=x64 x.py")
                .unwrap()
                .options
                .emit,
            Emit::Native
        );
        assert_eq!(
            parse("x.py y.py").unwrap_err(),
            Exit::Message("multiple input files".into())
        );
        assert_eq!(
            parse("-O2").unwrap_err(),
            Exit::Message("no input file".into())
        );
        assert_eq!(parse("-march=bogus x.py").unwrap_err(), Exit::Usage);
        assert_eq!(parse("--version x.py").unwrap_err(), Exit::Version);
        assert_eq!(
            parse("-- -weird.py").unwrap().input,
            Input::Path("-weird.py".into())
        );
    }

    #[test]
    fn arch_flags_only_for_rv32() {
        let j = parse("-march=rv32imc -march-flags=zba,zcmp x.py").unwrap();
        assert_eq!(j.options.arch_flags, Some(3));
        assert_eq!(
            parse("-march=rv32imc -march-flags=0b01 x.py")
                .unwrap()
                .options
                .arch_flags,
            Some(1)
        );
        assert_eq!(
            parse("-march=x64 -march-flags=1 x.py").unwrap_err(),
            Exit::Message("unrecognised arch flags".into())
        );
        assert_eq!(
            parse("-march-flags=1 x.py").unwrap().options.arch_flags,
            None
        );
    }
}
