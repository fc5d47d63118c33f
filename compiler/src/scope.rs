//! Scopes and the names they bind: which names are locals, cells, free variables or globals,
//! and which slot each local gets.
//!
//! This mirrors the reference compiler's `py/scope.c` and the scope half of `py/compile.c`
//! (`scope_compute_things`), because the order in which names are recorded decides local
//! numbers, argument-name order and closure order, all of which show up in the output bytes.

use crate::parse_tree::Qstr as Sym;

/// Index of a scope in the compiler's scope list (module = 0, then in creation order).
pub type ScopeId = usize;

/// Scope flag bits (`MP_SCOPE_FLAG_*`) that end up in the prelude signature.
pub mod flags {
    /// The function is a generator.
    pub const GENERATOR: u8 = 0x01;
    /// The function takes `**kwargs`.
    pub const VARKEYWORDS: u8 = 0x02;
    /// The function takes a named `*args`.
    pub const VARARGS: u8 = 0x04;
    /// Some keyword-only parameter has a default.
    pub const DEFKWARGS: u8 = 0x08;
    /// CircuitPython only: the function is `async def` (set with [`GENERATOR`]).
    pub const CP_ASYNC: u8 = frost_formats::prelude::CP_SCOPE_ASYNC;
}

/// What kind of block a scope is. The order matters: everything from `Lambda` on is
/// "function-like", and the comprehension kinds sit together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ScopeKind {
    /// The module.
    Module,
    /// A class body.
    Class,
    /// A lambda.
    Lambda,
    /// `[... for ...]`.
    ListComp,
    /// `{k: v for ...}`.
    DictComp,
    /// `{... for ...}`.
    SetComp,
    /// `(... for ...)`.
    GenExpr,
    /// A `def`.
    Function,
}

impl ScopeKind {
    /// Function-like scopes resolve unknown names as explicit globals.
    pub fn is_func_like(self) -> bool {
        self >= ScopeKind::Lambda
    }

    /// Comprehensions and generator expressions.
    pub fn is_comp_like(self) -> bool {
        (ScopeKind::ListComp..=ScopeKind::GenExpr).contains(&self)
    }
}

/// How a name is bound in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    /// Seen in a `global`/`nonlocal` statement but not yet classified.
    Undecided,
    /// Only read: a global (or builtin) looked up by name.
    GlobalImplicit,
    /// Assigned in a module or class scope: stored by name, never closed over.
    GlobalImplicitAssigned,
    /// Declared `global`, or an unresolved name in a function.
    GlobalExplicit,
    /// A fast local.
    Local,
    /// A local that inner scopes close over.
    Cell,
    /// A variable of an enclosing function.
    Free,
}

/// The identifier is a parameter.
pub const ID_FLAG_IS_PARAM: u8 = 0x01;
/// The identifier is the `*args` parameter.
pub const ID_FLAG_IS_STAR_PARAM: u8 = 0x02;
/// The identifier is the `**kwargs` parameter.
pub const ID_FLAG_IS_DBL_STAR_PARAM: u8 = 0x04;

/// One name known to a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdInfo {
    /// Binding kind.
    pub kind: IdKind,
    /// `ID_FLAG_*` bits.
    pub flags: u8,
    /// Slot number for locals, cells and free variables.
    pub local_num: u32,
    /// The name.
    pub qst: Sym,
}

/// One scope (module, class, function, lambda or comprehension).
#[derive(Clone, Debug)]
pub struct Scope {
    /// Kind.
    pub kind: ScopeKind,
    /// Enclosing scope (`None` for the module).
    pub parent: Option<ScopeId>,
    /// The simple name written in the prelude.
    pub simple_name: Sym,
    /// The source line of the defining node (for errors without a better line).
    pub def_line: u32,
    /// `MP_SCOPE_FLAG_*` bits.
    pub scope_flags: u8,
    /// Positional parameters (plus free variables after [`compute_things`]).
    pub num_pos_args: u32,
    /// Keyword-only parameters.
    pub num_kwonly_args: u32,
    /// Positional parameters with defaults.
    pub num_def_pos_args: u32,
    /// Number of local slots.
    pub num_locals: u32,
    /// Maximum value-stack depth.
    pub stack_size: u32,
    /// Maximum exception-handler nesting.
    pub exc_stack_size: u32,
    /// Names in first-seen order.
    pub id_info: Vec<IdInfo>,
    /// Emitter requested by a `@micropython.*` decorator (or inherited).
    pub emit_native: bool,
}

impl Scope {
    /// A new, empty scope.
    pub fn new(kind: ScopeKind, parent: Option<ScopeId>, simple_name: Sym) -> Scope {
        Scope {
            kind,
            parent,
            simple_name,
            def_line: 0,
            scope_flags: 0,
            num_pos_args: 0,
            num_kwonly_args: 0,
            num_def_pos_args: 0,
            num_locals: 0,
            stack_size: 0,
            exc_stack_size: 0,
            id_info: Vec::new(),
            emit_native: false,
        }
    }

    /// Index of `qst` in `id_info`.
    pub fn find(&self, qst: Sym) -> Option<usize> {
        self.id_info.iter().position(|id| id.qst == qst)
    }

    /// Index of `qst`, appending it with `kind` if it is new.
    pub fn find_or_add(&mut self, qst: Sym, kind: IdKind) -> usize {
        if let Some(i) = self.find(qst) {
            return i;
        }
        self.id_info.push(IdInfo {
            kind,
            flags: 0,
            local_num: 0,
            qst,
        });
        self.id_info.len() - 1
    }
}

/// Records a name that is read (`mp_emit_common_get_id_for_load`).
pub fn id_for_load(scope: &mut Scope, qst: Sym) {
    scope.find_or_add(qst, IdKind::GlobalImplicit);
}

/// Records a name that is assigned or deleted (`mp_emit_common_get_id_for_modification`).
pub fn id_for_modification(scope: &mut Scope, qst: Sym) -> usize {
    let i = scope.find_or_add(qst, IdKind::GlobalImplicit);
    let func_like = scope.kind.is_func_like();
    let id = &mut scope.id_info[i];
    if id.kind == IdKind::GlobalImplicit {
        id.kind = if func_like {
            IdKind::Local
        } else {
            IdKind::GlobalImplicitAssigned
        };
    }
    i
}

/// Index of `qst` in the module scope.
pub fn find_global(scopes: &[Scope], qst: Sym) -> Option<usize> {
    scopes[0].find(qst)
}

/// Marks `qst` free in every scope between `scope` and the function that binds it, and makes
/// it a cell there (`scope_close_over_in_parents`).
fn close_over_in_parents(scopes: &mut [Scope], scope: ScopeId, qst: Sym) {
    let mut s = scopes[scope].parent;
    while let Some(sid) = s {
        if scopes[sid].parent.is_none() {
            // Reached the module; the reference asserts this never happens.
            return;
        }
        let i = scopes[sid].find_or_add(qst, IdKind::Undecided);
        let id = &mut scopes[sid].id_info[i];
        if id.kind == IdKind::Undecided {
            id.kind = IdKind::Free;
        } else {
            if id.kind == IdKind::Local {
                id.kind = IdKind::Cell;
            }
            return;
        }
        s = scopes[sid].parent;
    }
}

/// If the implicit global `scopes[scope].id_info[idx]` is bound by an enclosing function,
/// turns it into a free variable (`scope_check_to_close_over`).
pub fn check_to_close_over(scopes: &mut [Scope], scope: ScopeId, idx: usize) {
    let qst = scopes[scope].id_info[idx].qst;
    let mut s = scopes[scope].parent;
    while let Some(sid) = s {
        if scopes[sid].parent.is_none() {
            break;
        }
        if let Some(j) = scopes[sid].find(qst) {
            let k = scopes[sid].id_info[j].kind;
            if matches!(k, IdKind::Local | IdKind::Cell | IdKind::Free) {
                scopes[scope].id_info[idx].kind = IdKind::Free;
                close_over_in_parents(scopes, scope, qst);
            }
            break;
        }
        s = scopes[sid].parent;
    }
}

/// Numbers the locals, cells and free variables of `scopes[sid]` (`scope_compute_things`).
pub fn compute_things(scopes: &mut [Scope], sid: ScopeId, class_sym: Sym) {
    let parent_ids: Option<Vec<IdInfo>> = scopes[sid].parent.map(|p| scopes[p].id_info.clone());
    let scope = &mut scopes[sid];

    // `*args` is moved behind the last plain parameter, so keyword-only ones number first.
    if scope.scope_flags & flags::VARARGS != 0 {
        let mut id_param: Option<usize> = None;
        for i in (0..scope.id_info.len()).rev() {
            let id = scope.id_info[i];
            if id.flags & ID_FLAG_IS_STAR_PARAM != 0 {
                if let Some(p) = id_param {
                    scope.id_info.swap(p, i);
                }
                break;
            } else if id_param.is_none() && id.flags == ID_FLAG_IS_PARAM {
                id_param = Some(i);
            }
        }
    }

    scope.num_locals = 0;
    let func_like = scope.kind.is_func_like();
    let is_class = scope.kind == ScopeKind::Class;
    for id in scope.id_info.iter_mut() {
        if is_class && id.qst == class_sym {
            continue;
        }
        if func_like && id.kind == IdKind::GlobalImplicit {
            id.kind = IdKind::GlobalExplicit;
        }
        if id.kind == IdKind::Local || id.flags & ID_FLAG_IS_PARAM != 0 {
            id.local_num = scope.num_locals;
            scope.num_locals += 1;
        }
    }
    for id in scope.id_info.iter_mut() {
        if id.kind == IdKind::Cell && id.flags & ID_FLAG_IS_PARAM == 0 {
            id.local_num = scope.num_locals;
            scope.num_locals += 1;
        }
    }

    if let Some(parent_ids) = parent_ids {
        let mut num_free = 0;
        for pid in &parent_ids {
            if matches!(pid.kind, IdKind::Cell | IdKind::Free) {
                for id2 in scope.id_info.iter_mut() {
                    if id2.kind == IdKind::Free && id2.qst == pid.qst {
                        id2.local_num = num_free;
                        num_free += 1;
                    }
                }
            }
        }
        if num_free > 0 {
            for id in scope.id_info.iter_mut() {
                if id.kind != IdKind::Free || id.flags & ID_FLAG_IS_PARAM != 0 {
                    id.local_num += num_free;
                }
            }
            scope.num_pos_args += num_free;
            scope.num_locals += num_free;
        }
    }
}
