//! The freezer: takes `.mpy` bytes (never source) and lays modules out for firmware.
//!
//! It depends on `frost-formats` for the data it consumes, not on the compiler that
//! produced it.

#![deny(missing_docs)]

pub use frost_formats as formats;
