//! The parser: tokens → [`crate::parse_tree`], with the reference parser's constant folding,
//! const tuples and `const()`.
//!
//! Under construction: the signature below is final, the body is not written yet.

use crate::parse_tree::{Interner, ParseTree};
use crate::{CompileError, ErrorKind, Options};

/// Parses a whole module. `interner` must already hold the input path and the source name
/// (see [`crate::parse_tree`]); on success it also holds every identifier and interned
/// string literal of the file.
pub fn parse(
    source: &[u8],
    opts: &Options,
    interner: &mut Interner,
) -> Result<ParseTree, CompileError> {
    let _ = (source, opts, interner);
    Err(CompileError {
        kind: ErrorKind::SyntaxError,
        message: "parser not written yet".into(),
        line: 1,
        column: 0,
        span: 0..0,
        help: None,
        in_scope: None,
        traceback: true,
    })
}
