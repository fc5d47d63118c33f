//! Link settings for the `frost` binary. Build systems start it once per file when it stands
//! in for `mpy-cross`, so process start-up is part of every compile.
//!
//! On GNU/Linux the binary is linked statically (position-dependent, C library included)
//! when the C toolchain has the static archives: the dynamic loader then has nothing to map,
//! relocate or bind, which removes about 60% of the instructions of a one-line compile.
//! Rust only links statically through `-C target-feature=+crt-static`, which would have to
//! apply to the whole build and is refused for proc-macro crates, so this script does it at
//! the link of the binaries alone: `-static`, and a directory of one-line linker scripts that
//! make each library the standard library asks for (`-lc`, `-lm`, `-lgcc_s`, …) name its
//! static archive. Without the archives, or with `FROST_LINK=dynamic`, the binary is linked
//! dynamically but position-dependent, with lazy binding.
use std::path::{Path, PathBuf};
use std::process::Command;

/// The libraries Rust's standard library links on GNU/Linux, with the archives that stand
/// for each in a static link (`gcc_s` is the shared unwinder; `gcc_eh` is its static twin).
const LIBS: &[(&str, &[&str])] = &[
    ("c", &["libc.a"]),
    ("m", &["libm.a"]),
    ("rt", &["librt.a"]),
    ("pthread", &["libpthread.a"]),
    ("util", &["libutil.a"]),
    ("dl", &["libdl.a"]),
    ("gcc_s", &["libgcc_eh.a", "libgcc.a"]),
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=FROST_LINK");
    println!("cargo:rerun-if-env-changed=CC");
    let target = std::env::var("TARGET").unwrap_or_default();
    if !target.contains("linux-gnu") {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-no-pie");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let want_static = std::env::var("FROST_LINK").as_deref() != Ok("dynamic");
    match want_static.then(|| static_scripts(&out.join("static-libs"))) {
        Some(Ok(dir)) => {
            println!("cargo:rustc-link-arg-bins=-static");
            println!("cargo:rustc-link-arg-bins=-L{}", dir.display());
        }
        Some(Err(missing)) => {
            println!(
                "cargo:warning=no static {missing} in the C toolchain: frost is linked \
                 dynamically, which costs start-up time (install the C library's static \
                 archives, e.g. Debian's libc6-dev, for a static link)"
            );
            println!("cargo:rustc-link-arg-bins=-Wl,-z,lazy");
        }
        None => println!("cargo:rustc-link-arg-bins=-Wl,-z,lazy"),
    }
}

/// Writes `lib<name>.so` linker scripts into `dir` that point at the static archives, or
/// returns the name of the first archive the C compiler cannot find.
fn static_scripts(dir: &Path) -> Result<PathBuf, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("script directory ({e})"))?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_owned());
    for (name, archives) in LIBS {
        let mut paths = Vec::new();
        for archive in *archives {
            paths.push(find_archive(&cc, archive).ok_or_else(|| (*archive).to_owned())?);
        }
        let quoted: Vec<String> = paths.iter().map(|p| format!("\"{p}\"")).collect();
        let script = format!("GROUP ( {} )\n", quoted.join(" "));
        let file = dir.join(format!("lib{name}.so"));
        if std::fs::read_to_string(&file).ok().as_deref() != Some(script.as_str()) {
            std::fs::write(&file, script).map_err(|e| format!("{} ({e})", file.display()))?;
        }
    }
    Ok(dir.to_owned())
}

/// The absolute path of `archive` as the C compiler would find it, if it exists.
fn find_archive(cc: &str, archive: &str) -> Option<String> {
    let out = Command::new(cc)
        .arg(format!("-print-file-name={archive}"))
        .output()
        .ok()?;
    let printed = String::from_utf8(out.stdout).ok()?;
    // A name the compiler cannot find comes back as given, not as a path.
    let path = Path::new(printed.trim());
    if !path.is_absolute() {
        return None;
    }
    let path = path.canonicalize().ok()?;
    path.is_file().then(|| path.to_string_lossy().into_owned())
}
