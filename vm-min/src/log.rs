//! Logging shim: `debug!` goes to `defmt` with the `defmt` feature and vanishes otherwise, so
//! the VM logs on a device without costing anything on the host.

#[cfg(feature = "defmt")]
macro_rules! debug {
    ($($t:tt)*) => { defmt::debug!($($t)*) };
}

#[cfg(not(feature = "defmt"))]
macro_rules! debug {
    ($($t:tt)*) => {{}};
}

pub(crate) use debug;
