//! (stage under construction)

// PROVISIONAL (branch cli only): replaced by the backend's compiler at merge.
/// Compiles a module.
pub fn compile(_source: &[u8], opts: &crate::Options) -> Result<Vec<u8>, Vec<crate::CompileError>> {
    Err(vec![crate::CompileError {
        kind: crate::ErrorKind::SyntaxError,
        message: format!("provisional compiler for {}", opts.source_name),
        line: 1,
        column: 1,
        span: 0..0,
        help: None,
        in_scope: None,
        traceback: true,
    }])
}
