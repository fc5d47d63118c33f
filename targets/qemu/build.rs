//! Puts `memory.x` (and an empty `device.x`) on the linker path and embeds the program: the `.mpy` named by
//! `FROST_MPY` is copied to `OUT_DIR/program.mpy`, which `main.rs` includes.

use std::{env, fs, path::PathBuf};

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR"));
    fs::copy("memory.x", out.join("memory.x")).expect("copy memory.x");
    // cortex-m-rt's `device` feature includes `device.x` for device interrupt handlers; this
    // board binds none, so it is empty.
    fs::write(out.join("device.x"), b"").expect("write device.x");
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=memory.x");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=FROST_MPY");
    let program = out.join("program.mpy");
    match env::var_os("FROST_MPY") {
        Some(p) => {
            println!("cargo:rerun-if-changed={}", PathBuf::from(&p).display());
            fs::copy(&p, &program).expect("copy FROST_MPY");
        }
        // Without a program the firmware is built empty; it reports that and exits 2.
        None => fs::write(&program, b"").expect("write empty program"),
    }
}
