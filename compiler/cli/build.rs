//! Link settings for the `frost` binary: it starts once per file when a build system calls it
//! as `mpy-cross`, so start-up is part of every compile. A position-dependent executable has
//! no relative relocations for the dynamic loader to apply, and lazy binding resolves only
//! the C library functions a run actually calls.
fn main() {
    let target = std::env::var("TARGET").unwrap_or_default();
    if target.contains("linux-gnu") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
        println!("cargo:rustc-link-arg-bins=-Wl,-z,lazy");
    }
}
