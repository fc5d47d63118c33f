//! Float literal parsing (provisional: Rust's correctly rounded parser; the real module
//! emulates MicroPython's algorithm and replaces this file).

/// The value of a float literal `text` (digits, `.`, exponent; no `j` suffix), or `None` if
/// it is not a valid float literal.
pub fn parse_float(text: &str) -> Option<f64> {
    text.parse::<f64>().ok()
}
