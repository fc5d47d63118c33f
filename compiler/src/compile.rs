//! The compiler proper: walks the parse tree scope by scope and pass by pass, asking the
//! [`crate::emit`] emitter for instructions, exactly in the order the reference compiler
//! (`py/compile.c`) does, so that qstr order, constant order, labels, jump sizes and line
//! entries come out the same.
//!
//! * [`compile`] is the entry point: parse, compile, serialise.
//! * `stmt.rs`: statements (assignment, control flow, try/with, imports, definitions).
//! * `expr.rs`: expressions (operators, calls, displays, comprehensions, lambdas).
//! * `consts.rs`: turning parse-tree constants into `.mpy` constant objects.

mod consts;
mod expr;
mod stmt;

use crate::hash::FastMap as HashMap;

use frost_formats::header::Header;
use frost_formats::model::{Module, RawCodeBuf};

use crate::emit::{self, Access, Emitter, Label, Pass, Tables};
use crate::error::{CompileError, ErrorKind};
use crate::options::{Emit, Options};
use crate::parse_tree::{Interner, Node, ParseTree, Qstr, Rule, StructNode};
use crate::scope::{self, IdKind, Scope, ScopeId, ScopeKind};

/// No `break`/`continue` target.
const INVALID_LABEL: Label = 0xffff;

/// Stack size of the thread [`compile`] runs on: enough for the deepest tree the parser
/// accepts.
pub const BIG_STACK: usize = 256 << 20;

/// Stack the parser may need on the calling thread in [`compile_with_stack`]. The parser
/// itself keeps explicit stacks, but nested constant tuples are cloned and dropped
/// recursively: the deepest nesting the parser accepts (about 7000 levels) takes about
/// 1.5 MiB.
const PARSE_STACK: usize = 4 << 20;

/// Stack the compile stage needs per rule-stack level of the parse (the deepest measured
/// shape, nested lambdas, takes about 170 bytes), with a wide margin.
const COMPILE_STACK_PER_LEVEL: usize = 1 << 10;

/// Stack the compile stage needs besides that.
const COMPILE_STACK_BASE: usize = 512 << 10;

/// Compiles Python source to `.mpy` bytes, or returns every error found: first the error
/// mpy-cross reports, then the others in source order (see `crate::recover`).
///
/// The work runs on a thread with a large stack ([`BIG_STACK`]), as the parse tree is walked
/// recursively and deeply nested source would otherwise overflow the caller's stack.
pub fn compile(source: &[u8], opts: &Options) -> Result<Vec<u8>, Vec<CompileError>> {
    on_big_stack(|| compile_here(source, opts, BIG_STACK, true, true))
}

/// Like [`compile`], but returns only the error mpy-cross reports, without looking for more
/// (for mpy-cross's error text, which has one error).
pub fn compile_first_error(source: &[u8], opts: &Options) -> Result<Vec<u8>, CompileError> {
    on_big_stack(|| compile_here(source, opts, BIG_STACK, false, true))
        .map_err(|mut errs| errs.swap_remove(0))
}

/// [`compile`] for a caller that knows it has `stack` bytes of stack free (the main thread
/// of a process, 8 MiB by default on Linux; a worker spawned with [`BIG_STACK`]).
///
/// Avoids a thread per file: the parser runs here if `stack` covers its worst case, and the
/// compile stage too if the parse tree is shallow enough for `stack`, which real code always
/// is (the deepest of ~2000 files in the test corpora needs a tenth of the 8 MiB); only
/// pathologically nested source, and the search for further errors after a syntax error
/// (which compiles patched copies of the source), move to a thread with a [`BIG_STACK`]
/// stack.
pub fn compile_with_stack(
    source: &[u8],
    opts: &Options,
    stack: usize,
) -> Result<Vec<u8>, Vec<CompileError>> {
    compile_here(source, opts, stack, true, true)
}

/// [`compile_first_error`] on a thread with `stack` bytes of stack (see
/// [`compile_with_stack`]).
pub fn compile_first_error_with_stack(
    source: &[u8],
    opts: &Options,
    stack: usize,
) -> Result<Vec<u8>, CompileError> {
    compile_here(source, opts, stack, false, true).map_err(|mut errs| errs.swap_remove(0))
}

/// [`compile_first_error_with_stack`] for a process that exits soon after: the parse tree is
/// left for the operating system to take back at exit instead of being freed node by node
/// (about 6% of the work for a large file).
pub fn compile_first_error_no_free(
    source: &[u8],
    opts: &Options,
    stack: usize,
) -> Result<Vec<u8>, CompileError> {
    compile_here(source, opts, stack, false, false).map_err(|mut errs| errs.swap_remove(0))
}

/// Runs `f` on a fresh thread with a [`BIG_STACK`] stack (here if no thread can be made).
fn on_big_stack<R: Send, F: FnOnce() -> R + Send>(f: F) -> R {
    let f = std::sync::Mutex::new(Some(f));
    let take = || f.lock().ok().and_then(|mut f| f.take());
    let spawned = std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("frost-compile".into())
            .stack_size(BIG_STACK)
            .spawn_scoped(s, || take().map(|f| f()))
            .map(|h| h.join())
    });
    match spawned {
        Ok(Ok(Some(r))) => r,
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        // Could not spawn: run here.
        Ok(Ok(None)) | Err(_) => match take() {
            Some(f) => f(),
            None => unreachable!("the closure ran on the thread"),
        },
    }
}

/// Compiles on this thread, which has `stack` bytes of stack; `all`: look for every error;
/// `free_tree`: free the parse tree (else leave it to the process exit).
fn compile_here(
    source: &[u8],
    opts: &Options,
    stack: usize,
    all: bool,
    free_tree: bool,
) -> Result<Vec<u8>, Vec<CompileError>> {
    if stack < PARSE_STACK {
        return on_big_stack(|| compile_here(source, opts, BIG_STACK, all, free_tree));
    }
    if opts.emit != Emit::Bytecode {
        return Err(vec![not_supported_error(
            1,
            "native code generation (-X emit=native/viper) is not supported yet for this arch",
        )]);
    }
    let mut interner = Interner::new();
    let source_file = interner.intern(opts.source_name.as_bytes());
    match crate::parse::parse_measured(source, opts, &mut interner) {
        Ok((tree, depth)) => {
            let need =
                COMPILE_STACK_BASE.saturating_add(depth.saturating_mul(COMPILE_STACK_PER_LEVEL));
            let r = if need <= stack {
                compile_tree_all(&tree, interner, source_file, opts)
            } else {
                on_big_stack(|| compile_tree_all(&tree, interner, source_file, opts))
            };
            if !free_tree {
                core::mem::forget(tree);
            }
            r.map_err(|errs| crate::recover::finish(source, errs))
        }
        Err(first) if !all => Err(crate::recover::finish(source, vec![first])),
        // Look for more errors in the rest of the file (see `crate::recover`); the patched
        // copies it compiles are not measured first, so this needs the big stack.
        Err(first) if stack < BIG_STACK => Err(on_big_stack(|| recover_all(source, opts, first))),
        Err(first) => Err(recover_all(source, opts, first)),
    }
}

/// The errors after `first`, a syntax error, by compiling patched copies of `source`.
fn recover_all(source: &[u8], opts: &Options, first: CompileError) -> Vec<CompileError> {
    crate::recover::recover(source, first, |text| match parse_fresh(text, opts) {
        Ok((tree, interner, source_file)) => (
            false,
            compile_tree_all(&tree, interner, source_file, opts)
                .err()
                .unwrap_or_default(),
        ),
        Err(e) => (true, vec![e]),
    })
}

/// Parses `source` with a new interner holding the source name.
fn parse_fresh(source: &[u8], opts: &Options) -> Result<(ParseTree, Interner, Qstr), CompileError> {
    let mut interner = Interner::new();
    let source_file = interner.intern(opts.source_name.as_bytes());
    let tree = crate::parse::parse(source, opts, &mut interner)?;
    Ok((tree, interner, source_file))
}

/// Compiles an already parsed module; on failure returns the error mpy-cross reports.
pub fn compile_tree(
    tree: &ParseTree,
    interner: Interner,
    source_file: Qstr,
    opts: &Options,
) -> Result<Vec<u8>, CompileError> {
    compile_tree_all(tree, interner, source_file, opts).map_err(|mut errs| errs.swap_remove(0))
}

/// Compiles an already parsed module; on failure returns every error found: the one mpy-cross
/// reports first, then the others in the order they were found (never empty).
fn compile_tree_all(
    tree: &ParseTree,
    interner: Interner,
    source_file: Qstr,
    opts: &Options,
) -> Result<Vec<u8>, Vec<CompileError>> {
    let mut c = Compiler::new(interner, source_file, opts);
    c.run(&tree.root)?;
    Ok(c.into_module(opts).to_bytes())
}

fn not_supported_error(line: u32, msg: &str) -> CompileError {
    CompileError {
        kind: ErrorKind::SyntaxError,
        message: msg.into(),
        line,
        column: 0,
        span: 0..0,
        help: Some(
            "frost only emits bytecode so far; drop the decorator or compile this module with mpy-cross"
                .into(),
        ),
        in_scope: None,
        traceback: true,
    }
}

/// Names the compiler uses itself, interned once.
struct Names {
    empty: Qstr,
    star: Qstr,
    class: Qstr,
    name: Qstr,
    module_attr: Qstr,
    qualname: Qstr,
    assertion_error: Qstr,
    super_: Qstr,
    range: Qstr,
    micropython: Qstr,
    aiter: Qstr,
    anext: Qstr,
    aenter: Qstr,
    aexit: Qstr,
    stop_async_iteration: Qstr,
    base_exception: Qstr,
    bytecode: Qstr,
    native: Qstr,
    viper: Qstr,
    asm_thumb: Qstr,
    asm_xtensa: Qstr,
    asm_rv32: Qstr,
    module: Qstr,
    lambda: Qstr,
    listcomp: Qstr,
    dictcomp: Qstr,
    setcomp: Qstr,
    genexpr: Qstr,
    await_: Qstr,
}

impl Names {
    fn new(i: &mut Interner) -> Names {
        let mut q = |s: &str| i.intern(s.as_bytes());
        Names {
            empty: q(""),
            star: q("*"),
            class: q("__class__"),
            name: q("__name__"),
            module_attr: q("__module__"),
            qualname: q("__qualname__"),
            assertion_error: q("AssertionError"),
            super_: q("super"),
            range: q("range"),
            micropython: q("micropython"),
            aiter: q("__aiter__"),
            anext: q("__anext__"),
            await_: q("__await__"),
            aenter: q("__aenter__"),
            aexit: q("__aexit__"),
            stop_async_iteration: q("StopAsyncIteration"),
            base_exception: q("BaseException"),
            bytecode: q("bytecode"),
            native: q("native"),
            viper: q("viper"),
            asm_thumb: q("asm_thumb"),
            asm_xtensa: q("asm_xtensa"),
            asm_rv32: q("asm_rv32"),
            module: q("<module>"),
            lambda: q("<lambda>"),
            listcomp: q("<listcomp>"),
            dictcomp: q("<dictcomp>"),
            setcomp: q("<setcomp>"),
            genexpr: q("<genexpr>"),
        }
    }
}

/// A pending compile error: the first one wins, its line is filled in lazily.
struct PendingError {
    kind: ErrorKind,
    message: &'static str,
    help: Option<&'static str>,
    line: u32,
    /// False for errors the reference raises out of the compiler at once (no traceback
    /// header); such an error also replaces a syntax error registered earlier.
    traceback: bool,
}

/// The compiler state (`compiler_t`).
pub(crate) struct Compiler<'a> {
    interner: Interner,
    names: Names,
    opt_level: u8,
    small_int_bits: u8,
    has_arch: bool,
    /// CircuitPython flavour: `async def` gets its own scope flag, `await` calls
    /// `__await__`, and `yield from` is refused in coroutines.
    circuitpython: bool,
    pass: Pass,
    error: Option<PendingError>,
    /// Errors already moved out of `error` by [`Compiler::collect_error`], in the order found.
    errors: Vec<CompileError>,
    next_label: Label,
    have_star: bool,
    num_dict_params: u32,
    num_default_params: u32,
    break_label: Label,
    continue_label: Label,
    cur_except_level: u32,
    break_continue_except_level: u32,
    scopes: Vec<Scope>,
    scope_nodes: Vec<&'a StructNode>,
    scope_of_node: HashMap<usize, ScopeId>,
    fun_data: Vec<Vec<u8>>,
    children: Vec<Vec<ScopeId>>,
    cur: ScopeId,
    e: Emitter,
    t: Tables,
}

/// The module node of an empty file.
static EMPTY_MODULE: StructNode = StructNode {
    rule: Rule::FileInput2,
    line: 0,
    children: Vec::new(),
};

fn node_key(s: &StructNode) -> usize {
    s as *const StructNode as usize
}

impl<'a> Compiler<'a> {
    fn new(mut interner: Interner, source_file: Qstr, opts: &Options) -> Compiler<'a> {
        let names = Names::new(&mut interner);
        Compiler {
            interner,
            names,
            opt_level: opts.opt_level,
            small_int_bits: opts.small_int_bits,
            has_arch: opts.arch.is_some(),
            circuitpython: opts.flavour == frost_formats::Flavour::CircuitPython,
            pass: Pass::Scope,
            error: None,
            errors: Vec::new(),
            next_label: 0,
            have_star: false,
            num_dict_params: 0,
            num_default_params: 0,
            break_label: INVALID_LABEL,
            continue_label: INVALID_LABEL,
            cur_except_level: 0,
            break_continue_except_level: 0,
            scopes: Vec::new(),
            scope_nodes: Vec::new(),
            scope_of_node: HashMap::default(),
            fun_data: Vec::new(),
            children: Vec::new(),
            cur: 0,
            e: Emitter::new(opts.source_lines()),
            t: Tables::new(source_file),
        }
    }

    /// Runs all passes over all scopes. The scope pass goes on past syntax errors (see
    /// [`Compiler::collect_error`]); the later passes only run on an error-free module.
    fn run(&mut self, root: &'a Node) -> Result<(), Vec<CompileError>> {
        // The module scope's node: the root, wrapped if it is not a struct.
        let module_node: &'a StructNode = match root {
            Node::Struct(s) => s,
            _ => &EMPTY_MODULE,
        };
        self.new_scope(ScopeKind::Module, module_node, self.names.module);

        let mut i = 0;
        while i < self.scopes.len() && self.error.is_none() {
            self.compile_scope(i, Pass::Scope);
            self.collect_error(false);
            let n = self.scopes[i].id_info.len();
            for j in 0..n {
                if self.scopes[i].id_info[j].kind == IdKind::GlobalImplicit {
                    scope::check_to_close_over(&mut self.scopes, i, j);
                }
            }
            i += 1;
        }
        if let Some(err) = self.error.take() {
            let e = self.finish_error(err);
            self.errors.push(e);
        }
        if !self.errors.is_empty() {
            return Err(std::mem::take(&mut self.errors));
        }
        if self.error.is_none() {
            for s in 0..self.scopes.len() {
                scope::compute_things(&mut self.scopes, s, self.names.class);
            }
        }
        let mut s = 0;
        while s < self.scopes.len() && self.error.is_none() {
            self.compile_scope(s, Pass::StackSize);
            if self.error.is_none() {
                self.compile_scope(s, Pass::CodeSize);
            }
            if self.error.is_none() {
                loop {
                    let done = self.compile_scope(s, Pass::Emit);
                    if done || self.error.is_some() {
                        break;
                    }
                }
            }
            s += 1;
        }
        if let Some(err) = self.error.take() {
            return Err(vec![self.finish_error(err)]);
        }
        Ok(())
    }

    /// The error `err` registered in the current scope, as reported.
    fn finish_error(&self, err: PendingError) -> CompileError {
        let mut line = err.line;
        if line == 0 {
            line = self.scope_nodes[self.cur].line;
        }
        let scope_name = self.interner.get(self.scopes[self.cur].simple_name);
        CompileError {
            kind: err.kind,
            message: err.message.into(),
            line,
            column: 0,
            span: 0..0,
            help: err.help.map(String::from),
            in_scope: err
                .traceback
                .then(|| String::from_utf8_lossy(scope_name).into_owned()),
            traceback: err.traceback,
        }
    }

    /// In the scope pass, moves a pending syntax error (whose line is known) to the list of
    /// errors, so that compilation goes on with the next statement or scope and finds the
    /// errors after it too. The first error found stays the first, so it is the one the
    /// reference reports; later passes never run once there is an error. Errors the
    /// reference raises at once (no traceback) stop everything, as in the reference.
    /// With `need_line`, an error without a line yet is left for the enclosing statement
    /// to place. Returns whether an error was collected.
    fn collect_error(&mut self, need_line: bool) -> bool {
        match &self.error {
            Some(e) if self.pass == Pass::Scope && e.traceback && (e.line != 0 || !need_line) => {}
            _ => return false,
        }
        if let Some(err) = self.error.take() {
            let e = self.finish_error(err);
            self.errors.push(e);
        }
        true
    }

    fn into_module(self, opts: &Options) -> Module {
        fn build(c: &Compiler<'_>, s: ScopeId, depth: usize) -> RawCodeBuf {
            let children = if depth > 10_000 {
                Vec::new()
            } else {
                c.children[s]
                    .iter()
                    .map(|&k| build(c, k, depth + 1))
                    .collect()
            };
            RawCodeBuf::bytecode(c.fun_data[s].clone(), children)
        }
        let mut header = Header::bytecode();
        header.small_int_bits = opts.small_int_bits;
        header.flavour = opts.flavour;
        if opts.arch.is_some() {
            header.arch_flags = opts.arch_flags.filter(|&f| f != 0);
        }
        Module {
            header,
            qstrs: emit::qstr_entries(&self.t, &self.interner),
            consts: self.t.consts.clone(),
            root: build(&self, 0, 0),
        }
    }

    fn new_scope(&mut self, kind: ScopeKind, node: &'a StructNode, name: Qstr) -> ScopeId {
        let parent = if self.scopes.is_empty() {
            None
        } else {
            Some(self.cur)
        };
        let mut s = Scope::new(kind, parent, name);
        s.def_line = node.line;
        self.scopes.push(s);
        self.scope_nodes.push(node);
        self.fun_data.push(Vec::new());
        self.children.push(Vec::new());
        let id = self.scopes.len() - 1;
        self.scope_of_node.insert(node_key(node), id);
        id
    }

    /// The scope created for `node` in the scope pass (creating it in that pass).
    fn scope_for(&mut self, kind: ScopeKind, node: &'a StructNode, name: Qstr) -> ScopeId {
        if self.pass == Pass::Scope {
            return self.new_scope(kind, node, name);
        }
        match self.scope_of_node.get(&node_key(node)) {
            Some(&s) => s,
            None => self.new_scope(kind, node, name),
        }
    }

    fn scope(&self) -> &Scope {
        &self.scopes[self.cur]
    }

    fn scope_mut(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn next_label(&mut self) -> Label {
        let l = self.next_label;
        self.next_label += 1;
        l
    }

    /// Registers a syntax error at `pn` unless one is already pending.
    fn syntax_error(&mut self, pn: &Node, message: &'static str) {
        self.error_at(pn, ErrorKind::SyntaxError, message, None);
    }

    fn error_at(
        &mut self,
        pn: &Node,
        kind: ErrorKind,
        message: &'static str,
        help: Option<&'static str>,
    ) {
        if self.error.is_none() {
            self.error = Some(PendingError {
                kind,
                message,
                help: help.or_else(|| help_for(message)),
                line: 0,
                traceback: true,
            });
            self.error_set_line(pn);
        }
    }

    /// An error the reference raises immediately (`RuntimeError: name too long`): it wins
    /// over a syntax error merely registered before it.
    fn fatal_error(&mut self, kind: ErrorKind, message: &'static str, help: &'static str) {
        if self.error.as_ref().is_none_or(|e| e.traceback) {
            self.error = Some(PendingError {
                kind,
                message,
                help: Some(help),
                line: 0,
                traceback: false,
            });
        }
    }

    fn error_line(&mut self, line: u32, message: &'static str) {
        if self.error.is_none() {
            self.error = Some(PendingError {
                kind: ErrorKind::SyntaxError,
                message,
                help: help_for(message),
                line,
                traceback: true,
            });
        }
    }

    fn error_set_line(&mut self, pn: &Node) {
        if let Some(e) = &mut self.error {
            if e.line == 0 && matches!(pn, Node::Struct(_) | Node::Const(_)) {
                e.line = pn.line();
            }
        }
    }

    fn has_error(&self) -> bool {
        self.error.is_some()
    }

    fn increase_except_level(&mut self, label: Label, kind: emit::Block) {
        self.e.setup_block(label, kind);
        self.cur_except_level += 1;
        let cur = self.cur_except_level;
        let s = self.scope_mut();
        if cur > s.exc_stack_size {
            s.exc_stack_size = cur;
        }
    }

    fn decrease_except_level(&mut self) {
        self.cur_except_level = self.cur_except_level.saturating_sub(1);
        self.e.end_finally();
    }

    /// `compile_load_id`.
    fn load_id(&mut self, q: Qstr) {
        self.id_access(q, Access::Load);
    }

    /// `compile_store_id`.
    fn store_id(&mut self, q: Qstr) {
        self.id_access(q, Access::Store);
    }

    /// `compile_delete_id`.
    fn delete_id(&mut self, q: Qstr) {
        self.id_access(q, Access::Delete);
    }

    /// In the scope pass a name is only recorded (a load may find it elsewhere, a store or
    /// delete binds it here); later passes emit the access.
    fn id_access(&mut self, q: Qstr, access: Access) {
        if self.pass == Pass::Scope {
            let scope = &mut self.scopes[self.cur];
            if access == Access::Load {
                scope::id_for_load(scope, q);
            } else {
                scope::id_for_modification(scope, q);
            }
        } else {
            emit::id_op(&mut self.e, &mut self.t, &self.scopes[self.cur], q, access);
        }
    }

    fn is_const_true(&self, pn: &Node) -> bool {
        pn.is_const_true(&self.interner)
    }

    fn is_const_false(&self, pn: &Node) -> bool {
        pn.is_const_false(&self.interner)
    }

    /// Compiles one scope for one pass (`compile_scope`); returns whether the pass completed
    /// (an emit pass may ask for another).
    fn compile_scope(&mut self, sid: ScopeId, pass: Pass) -> bool {
        self.pass = pass;
        self.cur = sid;
        self.next_label = 0;
        self.t.start_pass(pass);
        let star = self.names.star;
        self.e
            .start_pass(pass, &self.scopes[sid], &mut self.t, star);
        if pass == Pass::Scope {
            self.scopes[sid].stack_size = 0;
            self.scopes[sid].exc_stack_size = 0;
        }
        if pass >= Pass::CodeSize {
            // The walk below calls the emitter exactly as in the stack-size pass (the
            // compiler only tells the scope pass apart), so run what that pass recorded.
            self.e.replay(&mut self.t);
        } else {
            if pass == Pass::StackSize {
                self.e.record();
            }
            self.walk_scope(sid, pass);
            self.e.stop_recording();
        }
        self.end_scope_pass(sid, pass)
    }

    /// The compiler's part of a pass over scope `sid`: its body, and the code around it.
    fn walk_scope(&mut self, sid: ScopeId, pass: Pass) {
        let pns = self.scope_nodes[sid];
        match self.scopes[sid].kind {
            ScopeKind::Module => {
                self.compile_struct(pns);
                self.e.load_const_none();
                self.e.return_value();
            }
            ScopeKind::Function => {
                if pass == Pass::Scope {
                    self.have_star = false;
                    if let Some(params) = pns.children.get(1) {
                        for p in params.list_items(Rule::Typedargslist) {
                            self.scope_param(p, true);
                        }
                    }
                }
                if let Some(body) = pns.children.get(3) {
                    self.compile_node(body);
                }
                self.e.load_const_none();
                self.e.return_value();
            }
            ScopeKind::Lambda => {
                self.e.set_source_line(pns.line);
                if pass == Pass::Scope {
                    self.have_star = false;
                    if let Some(params) = pns.children.first() {
                        for p in params.list_items(Rule::Varargslist) {
                            self.scope_param(p, false);
                        }
                    }
                }
                if let Some(body) = pns.children.get(1) {
                    self.compile_node(body);
                }
                if self.scopes[sid].scope_flags & scope::flags::GENERATOR != 0 {
                    self.e.pop_top();
                    self.e.load_const_none();
                }
                self.e.return_value();
            }
            kind if kind.is_comp_like() => {
                let arg = self.names.empty;
                if pass == Pass::Scope {
                    self.scopes[sid].find_or_add(arg, IdKind::Local);
                    self.scopes[sid].num_pos_args = 1;
                }
                self.e.set_source_line(pns.line);
                match kind {
                    ScopeKind::ListComp => self.e.build(0, emit::Build::List),
                    ScopeKind::DictComp => self.e.build(0, emit::Build::Map),
                    ScopeKind::SetComp => self.e.build(0, emit::Build::Set),
                    _ => {}
                }
                if kind == ScopeKind::GenExpr {
                    self.e.load_null();
                    self.load_id(arg);
                    self.e.load_null();
                    self.e.load_null();
                } else {
                    self.load_id(arg);
                    self.e.get_iter(true);
                }
                if let (Some(inner), Some(Node::Struct(comp_for))) =
                    (pns.children.first(), pns.children.get(1))
                {
                    self.comp_iter(comp_for, inner, 0);
                }
                if kind == ScopeKind::GenExpr {
                    self.e.load_const_none();
                }
                self.e.return_value();
            }
            _ => {
                // Class.
                let class = self.names.class;
                if pass == Pass::Scope {
                    self.scopes[sid].find_or_add(class, IdKind::Local);
                }
                self.load_id(self.names.name);
                self.store_id(self.names.module_attr);
                if let Some(Node::Id(q)) = pns.children.first() {
                    self.e.load_const_str(&mut self.t, *q);
                }
                self.store_id(self.names.qualname);
                if let Some(body) = pns.children.get(2) {
                    self.compile_node(body);
                }
                let id = self.scopes[sid]
                    .find(class)
                    .map(|i| self.scopes[sid].id_info[i]);
                match id {
                    Some(id) if id.kind != IdKind::Local => {
                        self.e.load_local(id.local_num, false);
                    }
                    _ => self.e.load_const_none(),
                }
                self.e.return_value();
            }
        }
    }

    /// Ends a pass over scope `sid`; returns whether the pass completed (an emit pass may
    /// ask for another).
    fn end_scope_pass(&mut self, sid: ScopeId, pass: Pass) -> bool {
        emit::finish_scope_pass(&self.e, &mut self.scopes[sid]);
        match self.e.end_pass(&self.scopes[sid]) {
            emit::PassEnd::Finished(data) => {
                self.fun_data[sid] = data;
                self.children[sid] = self.t.children.clone();
                true
            }
            emit::PassEnd::Continue => pass != Pass::Emit,
            emit::PassEnd::Overflow => {
                self.fatal_error(
                    ErrorKind::RuntimeError,
                    "bytecode overflow",
                    "a jump in this function is longer than 32 KiB of bytecode; split the function",
                );
                true
            }
        }
    }

    /// `compile_node`.
    fn compile_node(&mut self, pn: &'a Node) {
        match pn {
            Node::Null => {}
            Node::SmallInt(v) => self.e.load_const_small_int(*v),
            Node::Id(q) => self.load_id(*q),
            Node::Str(q) => self.e.load_const_str(&mut self.t, *q),
            Node::Token(k) => self.load_const_tok(*k),
            Node::Const(c) => {
                self.e.set_source_line(c.line);
                let identity = const_identity(c);
                // Every pass after the first finds the object by its identity: no need to
                // build it again (big ints and floats are converted to text).
                match identity.and_then(|k| self.t.const_by_identity(k)) {
                    Some(i) => self.e.load_const_index(i),
                    None => {
                        let obj = consts::const_obj(&c.value);
                        self.e.load_const_obj(&mut self.t, &obj, identity);
                    }
                }
            }
            Node::Struct(s) => self.compile_struct(s),
        }
    }

    fn load_const_tok(&mut self, k: crate::parse_tree::TokenKind) {
        use crate::parse_tree::TokenKind as T;
        match k {
            T::KwFalse => self.e.load_const_false(),
            T::KwNone => self.e.load_const_none(),
            T::KwTrue => self.e.load_const_true(),
            T::Ellipsis => self.e.load_const_ellipsis(&mut self.t),
            _ => {}
        }
    }

    fn compile_struct(&mut self, pns: &'a StructNode) {
        self.e.set_source_line(pns.line);
        match pns.rule {
            Rule::FileInput
            | Rule::FileInput2
            | Rule::SimpleStmt2
            | Rule::PassStmt
            | Rule::SuiteBlockStmts => self.generic_all_nodes(pns),
            Rule::Decorated => self.compile_decorated(pns),
            Rule::Funcdef => self.compile_funcdef(pns),
            Rule::ExprStmt => self.compile_expr_stmt(pns),
            Rule::TestlistStarExpr | Rule::Subscriptlist | Rule::Testlist => {
                self.generic_tuple(pns)
            }
            Rule::DelStmt => self.compile_del_stmt(pns),
            Rule::BreakStmt | Rule::ContinueStmt => self.compile_break_cont(pns),
            Rule::ReturnStmt => self.compile_return(pns),
            Rule::YieldStmt => {
                self.generic_child(pns, 0);
                self.e.pop_top();
            }
            Rule::RaiseStmt => self.compile_raise(pns),
            Rule::ImportName => self.compile_import_name(pns),
            Rule::ImportFrom => self.compile_import_from(pns),
            Rule::GlobalStmt | Rule::NonlocalStmt => self.compile_global_nonlocal(pns),
            Rule::AssertStmt => self.compile_assert(pns),
            Rule::AsyncStmt => self.compile_async_stmt(pns),
            Rule::IfStmt => self.compile_if(pns),
            Rule::WhileStmt => self.compile_while(pns),
            Rule::ForStmt => self.compile_for(pns),
            Rule::TryStmt => self.compile_try(pns),
            Rule::WithStmt => self.compile_with(pns),
            Rule::NamedexprTest => self.compile_namedexpr(pns),
            Rule::TestIfExpr => self.compile_test_if_expr(pns),
            Rule::Lambdef | Rule::LambdefNocond => self.compile_lambdef(pns),
            Rule::OrTest | Rule::AndTest => self.compile_or_and_test(pns),
            Rule::NotTest2 => {
                self.generic_child(pns, 0);
                self.e.unary_op(emit::unop::NOT);
            }
            Rule::Comparison => self.compile_comparison(pns),
            Rule::StarExpr => self.syntax_error_struct(pns, "*x must be assignment target"),
            Rule::Expr | Rule::XorExpr | Rule::AndExpr => self.compile_binary_op(pns),
            Rule::ShiftExpr | Rule::ArithExpr | Rule::Term => self.compile_term(pns),
            Rule::Factor2 => self.compile_factor_2(pns),
            Rule::Power => {
                self.generic_all_nodes(pns);
                self.e.binary_op(emit::binop::POWER);
            }
            Rule::AtomExprAwait => self.compile_atom_expr_await(pns),
            Rule::AtomExprNormal => self.compile_atom_expr_normal(pns),
            Rule::AtomParen => self.compile_atom_paren(pns),
            Rule::AtomBracket => self.compile_atom_bracket(pns),
            Rule::AtomBrace => self.compile_atom_brace(pns, true),
            Rule::TrailerParen => {
                let args = pns.children.first().unwrap_or(&Node::Null);
                self.trailer_paren_helper(args, false, 0);
            }
            Rule::TrailerBracket => {
                self.generic_child(pns, 0);
                self.e.subscr(Access::Load);
            }
            Rule::TrailerPeriod => {
                if let Some(Node::Id(q)) = pns.children.first() {
                    self.e.attr(&mut self.t, *q, Access::Load);
                }
            }
            Rule::Subscript2 | Rule::Subscript3 => self.compile_subscript(pns),
            Rule::DictorsetmakerItem => {
                self.generic_child(pns, 1);
                self.generic_child(pns, 0);
            }
            Rule::Classdef => self.compile_classdef(pns),
            Rule::YieldExpr => self.compile_yield_expr(pns),
            _ => self.syntax_error_struct(pns, "invalid syntax"),
        }
    }

    fn syntax_error_struct(&mut self, pns: &StructNode, message: &'static str) {
        if self.error.is_none() {
            self.error_line(pns.line, message);
        }
    }

    fn generic_child(&mut self, pns: &'a StructNode, i: usize) {
        if let Some(n) = pns.children.get(i) {
            self.compile_node(n);
        }
    }

    /// `compile_generic_all_nodes`.
    fn generic_all_nodes(&mut self, pns: &'a StructNode) {
        // A list of statements can go on after a statement with an error.
        let statements = matches!(
            pns.rule,
            Rule::FileInput | Rule::FileInput2 | Rule::SimpleStmt2 | Rule::SuiteBlockStmts
        );
        for n in &pns.children {
            self.compile_node(n);
            if self.has_error() {
                self.error_set_line(n);
                if statements && self.collect_error(true) {
                    continue;
                }
                return;
            }
        }
    }

    /// `compile_generic_tuple`.
    fn generic_tuple(&mut self, pns: &'a StructNode) {
        for n in &pns.children {
            self.compile_node(n);
        }
        self.e.build(pns.children.len() as u32, emit::Build::Tuple);
    }
}

/// The identity of a constant object for de-duplication (see [`Tables::use_const`]): the
/// parse node, except for `math.nan`, which the reference folds to one static object
/// everywhere. It is recognised as a folded (line 0) positive quiet NaN; NaNs computed by
/// folding come out of the x87/SSE unit with the sign bit set.
fn const_identity(c: &crate::parse_tree::ConstNode) -> Option<usize> {
    const MATH_NAN: usize = 1;
    if let crate::parse_tree::ConstValue::Float(f) = c.value {
        if c.line == 0 && f.is_nan() && f.to_bits() == 0x7ff8_0000_0000_0000 {
            return Some(MATH_NAN);
        }
    }
    Some(c as *const crate::parse_tree::ConstNode as usize)
}

/// Our own explanation for the reference's terse messages.
fn help_for(message: &str) -> Option<&'static str> {
    Some(match message {
        "'return' outside function" => "`return` can only appear inside a `def`",
        "'yield' outside function" => "`yield` can only appear inside a `def` or `lambda`",
        "'await' outside function" => "`await` can only appear inside an `async def`",
        "'break'/'continue' outside loop" => {
            "`break` and `continue` must be inside a `for` or `while` loop"
        }
        "can't assign to expression" => {
            "only names, attributes, subscripts and tuples/lists of them can be assigned to"
        }
        "can't delete expression" => {
            "only names, attributes, subscripts and tuples of them can be deleted"
        }
        "multiple *x in assignment" => "an assignment target may contain at most one starred name",
        "*x must be assignment target" => {
            "MicroPython allows `*x` only on the left of an assignment"
        }
        "* arg after **" => "put `*args` before `**kwargs` in the call",
        "* arg after kwarg" => "MicroPython needs `*args` before any keyword argument",
        "positional arg after **" => "put positional arguments before `**kwargs`",
        "positional arg after keyword arg" => "put positional arguments before keyword arguments",
        "LHS of keyword arg must be an id" => "a keyword argument must be written `name=value`",
        "non-default argument follows default argument" => {
            "parameters without defaults must come before those with defaults"
        }
        "argument name reused" => "each parameter needs a distinct name",
        "identifier redefined as global" => {
            "declare the name `global` before using or assigning it"
        }
        "identifier redefined as nonlocal" => {
            "declare the name `nonlocal` before using or assigning it"
        }
        "no binding for nonlocal found" => {
            "`nonlocal` names must be bound in an enclosing function"
        }
        "can't declare nonlocal in outer code" => {
            "`nonlocal` is only meaningful inside a nested function"
        }
        "import * not at module level" => "`from m import *` is only allowed at module level",
        "default 'except' must be last" => "move the bare `except:` clause to the end",
        "expecting key:value for dict" => "every item of a dict display needs `key: value`",
        "expecting just a value for set" => "a set display cannot contain `key: value` items",
        "super() can't find self" => "`super()` without arguments needs the method to take `self`",
        "async for/with outside async function" => {
            "use `async for`/`async with` inside an `async def`"
        }
        "invalid micropython decorator" => {
            "valid decorators are @micropython.bytecode, .native, .viper and .asm_*"
        }
        "invalid arch" => "native code needs a target architecture (-march=...)",
        "too many args" => {
            "too many positional arguments before a `*args` for the target's small ints"
        }
        _ => return None,
    })
}
