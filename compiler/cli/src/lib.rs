//! The `frost` command line, as a library so that tests can drive each command in-process.
//! `main.rs` only parses arguments and calls into here.

pub mod compile_cmd;
pub mod diag;
pub mod dis;
pub mod inspect;
pub mod mpy_cross;
mod repr;
pub mod run;
