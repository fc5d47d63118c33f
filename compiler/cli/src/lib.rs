//! The `frost` command line, as a library so that tests can drive each command in-process.
//! `main.rs` only parses arguments and calls into here.

pub mod dis;
pub mod inspect;
mod repr;
pub mod run;
