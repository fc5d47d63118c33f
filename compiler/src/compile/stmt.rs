//! Statements: assignments, deletes, control flow, exception handling, `with`, imports,
//! `global`/`nonlocal`, and function/class definitions.

use crate::emit::{Access, BREAK_FROM_FOR, Block, Build, Label, Pass, binop};
use crate::error::ErrorKind;
use crate::parse_tree::{Node, Rule, StructNode, TokenKind as T};
use crate::scope::{
    self, ID_FLAG_IS_DBL_STAR_PARAM, ID_FLAG_IS_PARAM, ID_FLAG_IS_STAR_PARAM, IdKind, ScopeKind,
    flags,
};

use super::{Compiler, INVALID_LABEL};

/// How `c_assign` uses the target.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum AssignKind {
    Store,
    AugLoad,
    AugStore,
}

fn child(pns: &StructNode, i: usize) -> &Node {
    pns.children.get(i).unwrap_or(&Node::Null)
}

impl<'a> Compiler<'a> {
    /// `c_if_cond`: jumps to `label` if `pn` is `jump_if`.
    pub(super) fn c_if_cond(&mut self, pn: &'a Node, jump_if: bool, label: Label) {
        if self.is_const_false(pn) {
            if !jump_if {
                self.e.jump(label);
            }
            return;
        } else if self.is_const_true(pn) {
            if jump_if {
                self.e.jump(label);
            }
            return;
        } else if let Node::Struct(pns) = pn {
            let n = pns.children.len();
            let is_or = pns.rule == Rule::OrTest;
            if is_or || pns.rule == Rule::AndTest {
                // `or` with jump_if false and `and` with jump_if true need a local label.
                if is_or != jump_if {
                    let label2 = self.next_label();
                    for c in &pns.children[..n.saturating_sub(1)] {
                        self.c_if_cond(c, !jump_if, label2);
                    }
                    if let Some(last) = pns.children.last() {
                        self.c_if_cond(last, jump_if, label);
                    }
                    self.e.label_assign(label2);
                } else {
                    for c in &pns.children {
                        self.c_if_cond(c, jump_if, label);
                    }
                }
                return;
            } else if pns.rule == Rule::NotTest2 {
                self.c_if_cond(child(pns, 0), !jump_if, label);
                return;
            }
        }
        self.compile_node(pn);
        self.e.pop_jump_if(jump_if, label);
    }

    fn c_assign_atom_expr(&mut self, pns: &'a StructNode, kind: AssignKind) {
        if kind != AssignKind::AugStore {
            self.compile_node(child(pns, 0));
        }
        if let Node::Struct(pns1) = child(pns, 1) {
            let mut pns1: &'a StructNode = pns1;
            if pns1.rule == Rule::AtomExprTrailers {
                let n = pns1.children.len();
                if kind != AssignKind::AugStore {
                    for c in &pns1.children[..n.saturating_sub(1)] {
                        self.compile_node(c);
                    }
                }
                match pns1.children.last() {
                    Some(Node::Struct(last)) => pns1 = last,
                    _ => {
                        self.error_line(pns.line, "can't assign to expression");
                        return;
                    }
                }
            }
            if pns1.rule == Rule::TrailerBracket {
                if kind == AssignKind::AugStore {
                    self.e.rot_three();
                    self.e.subscr(Access::Store);
                } else {
                    self.compile_node(child(pns1, 0));
                    if kind == AssignKind::AugLoad {
                        self.e.dup_top_two();
                        self.e.subscr(Access::Load);
                    } else {
                        self.e.subscr(Access::Store);
                    }
                }
                return;
            } else if pns1.rule == Rule::TrailerPeriod {
                let Node::Id(q) = child(pns1, 0) else {
                    return;
                };
                if kind == AssignKind::AugLoad {
                    self.e.dup_top();
                    self.e.attr(&mut self.t, *q, Access::Load);
                } else {
                    if kind == AssignKind::AugStore {
                        self.e.rot_two();
                    }
                    self.e.attr(&mut self.t, *q, Access::Store);
                }
                return;
            }
        }
        self.error_line(pns.line, "can't assign to expression");
    }

    fn c_assign_tuple(&mut self, nodes: &'a [Node]) {
        let num = nodes.len() as u32;
        let mut have_star: Option<usize> = None;
        for (i, n) in nodes.iter().enumerate() {
            if n.is_rule(Rule::StarExpr) {
                if have_star.is_none() {
                    self.e.unpack_ex(i as u32, num - i as u32 - 1);
                    have_star = Some(i);
                } else {
                    self.syntax_error(n, "multiple *x in assignment");
                    return;
                }
            }
        }
        if have_star.is_none() {
            self.e.unpack_sequence(num);
        }
        for (i, n) in nodes.iter().enumerate() {
            if Some(i) == have_star {
                if let Node::Struct(s) = n {
                    self.c_assign(child(s, 0), AssignKind::Store);
                }
            } else {
                self.c_assign(n, AssignKind::Store);
            }
        }
    }

    /// `c_assign`: assigns the top of the stack to `pn`.
    pub(super) fn c_assign(&mut self, pn: &'a Node, kind: AssignKind) {
        match pn {
            Node::Id(q) => match kind {
                AssignKind::Store | AssignKind::AugStore => self.store_id(*q),
                AssignKind::AugLoad => self.load_id(*q),
            },
            Node::Struct(pns) => match pns.rule {
                Rule::AtomExprNormal => self.c_assign_atom_expr(pns, kind),
                Rule::TestlistStarExpr | Rule::Exprlist => {
                    if kind != AssignKind::Store {
                        self.syntax_error(pn, "can't assign to expression");
                        return;
                    }
                    self.c_assign_tuple(&pns.children);
                }
                Rule::AtomParen => match child(pns, 0) {
                    Node::Struct(inner) if inner.rule == Rule::TestlistComp => {
                        if kind != AssignKind::Store {
                            self.syntax_error(pn, "can't assign to expression");
                            return;
                        }
                        self.assign_testlist_comp(pn, inner);
                    }
                    _ => self.syntax_error(pn, "can't assign to expression"),
                },
                Rule::AtomBracket => {
                    if kind != AssignKind::Store {
                        self.syntax_error(pn, "can't assign to expression");
                        return;
                    }
                    match &pns.children.first() {
                        None | Some(Node::Null) => self.c_assign_tuple(&[]),
                        Some(Node::Struct(inner)) if inner.rule == Rule::TestlistComp => {
                            self.assign_testlist_comp(pn, inner);
                        }
                        Some(_) => self.c_assign_tuple(&pns.children[..1]),
                    }
                }
                _ => self.syntax_error(pn, "can't assign to expression"),
            },
            _ => self.syntax_error(pn, "can't assign to expression"),
        }
    }

    fn assign_testlist_comp(&mut self, pn: &'a Node, inner: &'a StructNode) {
        if inner.children.len() == 2 && inner.children[1].is_rule(Rule::CompFor) {
            self.syntax_error(pn, "can't assign to expression");
            return;
        }
        self.c_assign_tuple(&inner.children);
    }

    /// `close_over_variables_etc`: loads closed-over cells and makes the function.
    pub(super) fn close_over_variables_etc(
        &mut self,
        this: usize,
        n_pos_defaults: u32,
        n_kw_defaults: u32,
    ) {
        if n_kw_defaults > 0 {
            self.scopes[this].scope_flags |= flags::DEFKWARGS;
        }
        self.scopes[this].num_def_pos_args = n_pos_defaults;
        let mut nfree = 0;
        if self.scope().kind != ScopeKind::Module {
            let cur_ids = self.scopes[self.cur].id_info.clone();
            for id in &cur_ids {
                if matches!(id.kind, IdKind::Cell | IdKind::Free) {
                    let matches = self.scopes[this]
                        .id_info
                        .iter()
                        .filter(|id2| id2.kind == IdKind::Free && id2.qst == id.qst)
                        .count();
                    for _ in 0..matches {
                        self.e.load_local(id.local_num, false);
                        nfree += 1;
                    }
                }
            }
        }
        let has_defaults = n_pos_defaults > 0 || n_kw_defaults > 0;
        if nfree == 0 {
            self.e.make_function(&mut self.t, this, has_defaults);
        } else {
            self.e.make_closure(&mut self.t, this, nfree, has_defaults);
        }
    }

    fn funcdef_lambdef_param(&mut self, pn: &'a Node) {
        let (pn_id, pn_equal): (&'a Node, &'a Node) = match pn {
            Node::Id(_) => (pn, &Node::Null),
            Node::Struct(pns) => match pns.rule {
                Rule::TypedargslistStar | Rule::VarargslistStar => {
                    self.have_star = true;
                    return;
                }
                Rule::TypedargslistDblStar | Rule::VarargslistDblStar => return,
                Rule::TypedargslistName => (child(pns, 0), child(pns, 2)),
                _ => (child(pns, 0), child(pns, 1)),
            },
            _ => return,
        };
        if pn_equal.is_null() {
            if !self.have_star && self.num_default_params != 0 {
                self.syntax_error(pn, "non-default argument follows default argument");
            }
        } else if self.have_star {
            self.num_dict_params += 1;
            if self.num_dict_params == 1 {
                if self.num_default_params > 0 {
                    self.e.build(self.num_default_params, Build::Tuple);
                } else {
                    self.e.load_null();
                }
                self.e.build(0, Build::Map);
            }
            self.compile_node(pn_equal);
            if let Node::Id(q) = pn_id {
                self.e.load_const_str(&mut self.t, *q);
            }
            self.e.store_map();
        } else {
            self.num_default_params += 1;
            self.compile_node(pn_equal);
        }
    }

    /// `compile_funcdef_lambdef`: defaults, then the function object.
    pub(super) fn funcdef_lambdef(&mut self, this: usize, params: &'a Node, list_rule: Rule) {
        let orig = (
            self.have_star,
            self.num_dict_params,
            self.num_default_params,
        );
        self.have_star = false;
        self.num_dict_params = 0;
        self.num_default_params = 0;
        for p in params.list_items(list_rule) {
            self.funcdef_lambdef_param(p);
        }
        if self.has_error() {
            return;
        }
        if self.num_default_params > 0 && self.num_dict_params == 0 {
            self.e.build(self.num_default_params, Build::Tuple);
            self.e.load_null();
        }
        self.close_over_variables_etc(this, self.num_default_params, self.num_dict_params);
        (
            self.have_star,
            self.num_dict_params,
            self.num_default_params,
        ) = orig;
    }

    fn funcdef_helper(
        &mut self,
        pns: &'a StructNode,
        native: bool,
    ) -> Option<crate::parse_tree::Qstr> {
        let Node::Id(name) = child(pns, 0) else {
            return None;
        };
        let s = self.scope_for(ScopeKind::Function, pns, *name);
        if self.pass == Pass::Scope && native {
            self.scopes[s].emit_native = true;
        }
        self.funcdef_lambdef(s, child(pns, 1), Rule::Typedargslist);
        Some(*name)
    }

    fn classdef_helper(&mut self, pns: &'a StructNode) -> Option<crate::parse_tree::Qstr> {
        let Node::Id(name) = child(pns, 0) else {
            return None;
        };
        let s = self.scope_for(ScopeKind::Class, pns, *name);
        self.e.load_build_class();
        self.close_over_variables_etc(s, 0, 0);
        self.e.load_const_str(&mut self.t, *name);
        let mut parents = child(pns, 1);
        if parents.is_rule(Rule::Classdef2) {
            parents = &Node::Null;
        }
        self.trailer_paren_helper(parents, false, 2);
        Some(*name)
    }

    pub(super) fn compile_funcdef(&mut self, pns: &'a StructNode) {
        if let Some(name) = self.funcdef_helper(pns, false) {
            self.store_id(name);
        }
    }

    pub(super) fn compile_classdef(&mut self, pns: &'a StructNode) {
        if let Some(name) = self.classdef_helper(pns) {
            self.store_id(name);
        }
    }

    /// Handles `@micropython.*`; returns whether the decorator was one, and whether it asks
    /// for native code.
    fn built_in_decorator(&mut self, name_nodes: &'a [Node], native: &mut bool) -> bool {
        let Some(Node::Id(first)) = name_nodes.first() else {
            return false;
        };
        if *first != self.names.micropython {
            return false;
        }
        if name_nodes.len() != 2 {
            self.syntax_error(&name_nodes[0], "invalid micropython decorator");
            return true;
        }
        let Node::Id(attr) = &name_nodes[1] else {
            return true;
        };
        let attr = *attr;
        let n = &self.names;
        if attr == n.bytecode {
            *native = false;
        } else if attr == n.native
            || attr == n.viper
            || attr == n.asm_thumb
            || attr == n.asm_xtensa
            || attr == n.asm_rv32
        {
            if !self.has_arch {
                self.syntax_error(&name_nodes[1], "invalid arch");
            } else {
                self.error_at(
                    &name_nodes[1],
                    ErrorKind::SyntaxError,
                    "native code (@micropython.native/viper/asm_*) is not supported yet for this arch",
                    Some("frost only emits bytecode so far; use @micropython.bytecode or compile with mpy-cross"),
                );
            }
            *native = true;
        } else {
            self.syntax_error(&name_nodes[1], "invalid micropython decorator");
        }
        true
    }

    pub(super) fn compile_decorated(&mut self, pns: &'a StructNode) {
        let decorators = child(pns, 0).list_items(Rule::Decorators);
        let mut native = self.scope().emit_native;
        let mut num_built_in = 0;
        for d in decorators {
            let Node::Struct(dec) = d else { continue };
            let name_nodes = child(dec, 0).list_items(Rule::DottedName);
            if self.built_in_decorator(name_nodes, &mut native) {
                num_built_in += 1;
            } else {
                if let Some(first) = name_nodes.first() {
                    self.compile_node(first);
                }
                for n in name_nodes.iter().skip(1) {
                    if let Node::Id(q) = n {
                        self.e.attr(&mut self.t, *q, Access::Load);
                    }
                }
                let args = child(dec, 1);
                if !args.is_null() {
                    self.compile_node(args);
                }
            }
        }
        let Node::Struct(body) = child(pns, 1) else {
            return;
        };
        let name = match body.rule {
            Rule::Funcdef => self.funcdef_helper(body, native),
            Rule::AsyncFuncdef => {
                let Node::Struct(f) = child(body, 0) else {
                    return;
                };
                let name = self.funcdef_helper(f, native);
                self.mark_coroutine(f);
                name
            }
            _ => self.classdef_helper(body),
        };
        for _ in 0..decorators.len() - num_built_in {
            self.e.call_function(1, 0, false);
        }
        if let Some(name) = name {
            self.store_id(name);
        }
    }

    fn c_del_stmt(&mut self, pn: &'a Node) {
        match pn {
            Node::Id(q) => self.delete_id(*q),
            Node::Struct(pns) if pns.rule == Rule::AtomExprNormal => {
                self.compile_node(child(pns, 0));
                if let Node::Struct(pns1) = child(pns, 1) {
                    let mut pns1: &'a StructNode = pns1;
                    if pns1.rule == Rule::AtomExprTrailers {
                        let n = pns1.children.len();
                        for c in &pns1.children[..n.saturating_sub(1)] {
                            self.compile_node(c);
                        }
                        match pns1.children.last() {
                            Some(Node::Struct(last)) => pns1 = last,
                            _ => return self.syntax_error(pn, "can't delete expression"),
                        }
                    }
                    if pns1.rule == Rule::TrailerBracket {
                        self.compile_node(child(pns1, 0));
                        self.e.subscr(Access::Delete);
                    } else if pns1.rule == Rule::TrailerPeriod {
                        if let Node::Id(q) = child(pns1, 0) {
                            self.e.attr(&mut self.t, *q, Access::Delete);
                        }
                    } else {
                        self.syntax_error(pn, "can't delete expression");
                    }
                } else {
                    self.syntax_error(pn, "can't delete expression");
                }
            }
            Node::Struct(pns) if pns.rule == Rule::AtomParen => match child(pns, 0) {
                Node::Struct(inner) if inner.rule == Rule::TestlistComp => {
                    if inner.children.len() == 2 && inner.children[1].is_rule(Rule::CompFor) {
                        self.syntax_error(pn, "can't delete expression");
                        return;
                    }
                    for c in &inner.children {
                        self.c_del_stmt(c);
                    }
                }
                _ => self.syntax_error(pn, "can't delete expression"),
            },
            _ => self.syntax_error(pn, "can't delete expression"),
        }
    }

    pub(super) fn compile_del_stmt(&mut self, pns: &'a StructNode) {
        for n in child(pns, 0).list_items(Rule::Exprlist) {
            self.c_del_stmt(n);
        }
    }

    pub(super) fn compile_break_cont(&mut self, pns: &'a StructNode) {
        let label = if pns.rule == Rule::BreakStmt {
            self.break_label
        } else {
            self.continue_label
        };
        if label == INVALID_LABEL {
            self.error_line(pns.line, "'break'/'continue' outside loop");
        }
        let depth = self
            .cur_except_level
            .saturating_sub(self.break_continue_except_level);
        self.e.unwind_jump(label, depth);
    }

    pub(super) fn compile_return(&mut self, pns: &'a StructNode) {
        if self.scope().kind != ScopeKind::Function {
            self.error_line(pns.line, "'return' outside function");
            return;
        }
        let value = child(pns, 0);
        if value.is_null() {
            self.e.load_const_none();
        } else if let Some(ifx) = value.as_rule(Rule::TestIfExpr) {
            let Node::Struct(if_else) = child(ifx, 1) else {
                self.compile_node(value);
                self.e.return_value();
                return;
            };
            let l_fail = self.next_label();
            self.c_if_cond(child(if_else, 0), false, l_fail);
            self.compile_node(child(ifx, 0));
            self.e.return_value();
            self.e.label_assign(l_fail);
            self.compile_node(child(if_else, 1));
        } else {
            self.compile_node(value);
        }
        self.e.return_value();
    }

    pub(super) fn compile_raise(&mut self, pns: &'a StructNode) {
        let arg = child(pns, 0);
        if arg.is_null() {
            self.e.raise_varargs(0);
        } else if let Some(a) = arg.as_rule(Rule::RaiseStmtArg) {
            self.compile_node(child(a, 0));
            self.compile_node(child(a, 1));
            self.e.raise_varargs(2);
        } else {
            self.compile_node(arg);
            self.e.raise_varargs(1);
        }
    }

    /// `do_import_name`: emits `IMPORT_NAME` and returns the name to bind.
    fn do_import_name(&mut self, pn: &'a Node) -> crate::parse_tree::Qstr {
        let mut pn = pn;
        let mut is_as = false;
        let mut q_base = self.names.empty;
        if let Some(das) = pn.as_rule(Rule::DottedAsName) {
            if let Node::Id(q) = child(das, 1) {
                q_base = *q;
            }
            pn = child(das, 0);
            is_as = true;
        }
        match pn {
            Node::Null => {
                q_base = self.names.empty;
                self.e.import_name(&mut self.t, self.names.empty);
            }
            Node::Id(q) => {
                if !is_as {
                    q_base = *q;
                }
                self.e.import_name(&mut self.t, *q);
            }
            Node::Struct(pns) => {
                if !is_as {
                    if let Some(Node::Id(q)) = pns.children.first() {
                        q_base = *q;
                    }
                }
                let mut full = Vec::new();
                for (i, c) in pns.children.iter().enumerate() {
                    if i > 0 {
                        full.push(b'.');
                    }
                    if let Node::Id(q) = c {
                        full.extend_from_slice(self.interner.get(*q));
                    }
                }
                if full.len() > 255 {
                    self.fatal_error(
                        ErrorKind::RuntimeError,
                        "name too long",
                        "a dotted module name can be at most 255 bytes",
                    );
                }
                let q_full = self.interner.intern(&full);
                self.e.import_name(&mut self.t, q_full);
                if is_as {
                    for c in pns.children.iter().skip(1) {
                        if let Node::Id(q) = c {
                            self.e.attr(&mut self.t, *q, Access::Load);
                        }
                    }
                }
            }
            _ => {}
        }
        q_base
    }

    pub(super) fn compile_import_name(&mut self, pns: &'a StructNode) {
        for n in child(pns, 0).list_items(Rule::DottedAsNames) {
            self.e.load_const_small_int(0);
            self.e.load_const_none();
            let q = self.do_import_name(n);
            self.store_id(q);
        }
    }

    pub(super) fn compile_import_from(&mut self, pns: &'a StructNode) {
        let mut source = child(pns, 0);
        let mut level: i64 = 0;
        let rel: Option<&'a Node> = if matches!(source, Node::Token(_))
            || source.is_rule(Rule::OneOrMorePeriodOrEllipsis)
        {
            let r = source;
            source = &Node::Null;
            Some(r)
        } else if let Some(b) = source.as_rule(Rule::ImportFrom2b) {
            source = child(b, 1);
            Some(child(b, 0))
        } else {
            None
        };
        if let Some(rel) = rel {
            for n in rel.list_items(Rule::OneOrMorePeriodOrEllipsis) {
                if n.is_token(T::DelPeriod) {
                    level += 1;
                } else {
                    level += 3;
                }
            }
        }
        let what = child(pns, 1);
        if what.is_token(T::OpStar) {
            if self.scope().kind != ScopeKind::Module {
                self.error_line(pns.line, "import * not at module level");
                return;
            }
            self.e.load_const_small_int(level);
            self.e.load_const_str(&mut self.t, self.names.star);
            self.e.build(1, Build::Tuple);
            self.do_import_name(source);
            self.e.import_star();
        } else {
            self.e.load_const_small_int(level);
            let items = what.list_items(Rule::ImportAsNames);
            for it in items {
                if let Some((q, _)) = import_as_name(it) {
                    self.e.load_const_str(&mut self.t, q);
                }
            }
            self.e.build(items.len() as u32, Build::Tuple);
            self.do_import_name(source);
            for it in items {
                let Some((q, alias)) = import_as_name(it) else {
                    continue;
                };
                self.e.import_from(&mut self.t, q);
                self.store_id(alias.unwrap_or(q));
            }
            self.e.pop_top();
        }
    }

    fn declare_global(&mut self, pn: &'a Node, idx: usize) {
        let kind = self.scopes[self.cur].id_info[idx].kind;
        if kind != IdKind::Undecided && kind != IdKind::GlobalExplicit {
            self.syntax_error(pn, "identifier redefined as global");
            return;
        }
        self.scopes[self.cur].id_info[idx].kind = IdKind::GlobalExplicit;
        let q = self.scopes[self.cur].id_info[idx].qst;
        if let Some(g) = scope::find_global(&self.scopes, q) {
            self.scopes[0].id_info[g].kind = IdKind::GlobalExplicit;
        }
    }

    fn declare_nonlocal(&mut self, pn: &'a Node, idx: usize) {
        let kind = self.scopes[self.cur].id_info[idx].kind;
        if kind == IdKind::Undecided {
            self.scopes[self.cur].id_info[idx].kind = IdKind::GlobalImplicit;
            scope::check_to_close_over(&mut self.scopes, self.cur, idx);
            if self.scopes[self.cur].id_info[idx].kind == IdKind::GlobalImplicit {
                self.syntax_error(pn, "no binding for nonlocal found");
            }
        } else if kind != IdKind::Free {
            self.syntax_error(pn, "identifier redefined as nonlocal");
        }
    }

    pub(super) fn declare_global_or_nonlocal(&mut self, pn: &'a Node, idx: usize, is_global: bool) {
        if is_global {
            self.declare_global(pn, idx);
        } else {
            self.declare_nonlocal(pn, idx);
        }
    }

    pub(super) fn compile_global_nonlocal(&mut self, pns: &'a StructNode) {
        if self.pass != Pass::Scope {
            return;
        }
        let is_global = pns.rule == Rule::GlobalStmt;
        if !is_global && self.scope().kind == ScopeKind::Module {
            self.error_line(pns.line, "can't declare nonlocal in outer code");
            return;
        }
        for n in child(pns, 0).list_items(Rule::NameList) {
            let Node::Id(q) = n else { continue };
            let idx = self.scopes[self.cur].find_or_add(*q, IdKind::Undecided);
            self.declare_global_or_nonlocal_struct(pns, idx, is_global);
        }
    }

    fn declare_global_or_nonlocal_struct(
        &mut self,
        pns: &'a StructNode,
        idx: usize,
        is_global: bool,
    ) {
        // Errors point at the statement itself.
        let before = self.error.is_some();
        self.declare_global_or_nonlocal(&Node::Null, idx, is_global);
        if !before {
            if let Some(e) = &mut self.error {
                if e.line == 0 {
                    e.line = pns.line;
                }
            }
        }
    }

    pub(super) fn compile_assert(&mut self, pns: &'a StructNode) {
        if self.opt_level != 0 {
            return;
        }
        let l_end = self.next_label();
        self.c_if_cond(child(pns, 0), true, l_end);
        self.e
            .load_global(&mut self.t, self.names.assertion_error, true);
        let msg = child(pns, 1);
        if !msg.is_null() {
            self.compile_node(msg);
            self.e.call_function(1, 0, false);
        }
        self.e.raise_varargs(1);
        self.e.label_assign(l_end);
    }

    pub(super) fn compile_if(&mut self, pns: &'a StructNode) {
        let l_end = self.next_label();
        let cond = child(pns, 0);
        if !self.is_const_false(cond) {
            let l_fail = self.next_label();
            self.c_if_cond(cond, false, l_fail);
            self.compile_node(child(pns, 1));
            if self.is_const_true(cond) {
                self.e.label_assign(l_end);
                return;
            }
            if !(child(pns, 2).is_null() && child(pns, 3).is_null()) {
                self.e.jump(l_end);
            }
            self.e.label_assign(l_fail);
        }
        for elif in child(pns, 2).list_items(Rule::IfStmtElifList) {
            let Node::Struct(elif) = elif else { continue };
            let cond = child(elif, 0);
            if !self.is_const_false(cond) {
                let l_fail = self.next_label();
                self.c_if_cond(cond, false, l_fail);
                self.compile_node(child(elif, 1));
                if self.is_const_true(cond) {
                    self.e.label_assign(l_end);
                    return;
                }
                self.e.jump(l_end);
                self.e.label_assign(l_fail);
            }
        }
        self.compile_node(child(pns, 3));
        self.e.label_assign(l_end);
    }

    /// `START_BREAK_CONTINUE_BLOCK`: returns (saved state, break label, continue label).
    fn start_break_continue(&mut self) -> ((Label, Label, u32), Label, Label) {
        let saved = (
            self.break_label,
            self.continue_label,
            self.break_continue_except_level,
        );
        let b = self.next_label();
        let c = self.next_label();
        self.break_label = b;
        self.continue_label = c;
        self.break_continue_except_level = self.cur_except_level;
        (saved, b, c)
    }

    fn end_break_continue(&mut self, saved: (Label, Label, u32)) {
        (
            self.break_label,
            self.continue_label,
            self.break_continue_except_level,
        ) = saved;
    }

    pub(super) fn compile_while(&mut self, pns: &'a StructNode) {
        let (saved, break_label, continue_label) = self.start_break_continue();
        let cond = child(pns, 0);
        if !self.is_const_false(cond) {
            let top = self.next_label();
            if !self.is_const_true(cond) {
                self.e.jump(continue_label);
            }
            self.e.label_assign(top);
            self.compile_node(child(pns, 1));
            self.e.label_assign(continue_label);
            self.c_if_cond(cond, true, top);
        }
        self.end_break_continue(saved);
        self.compile_node(child(pns, 2));
        self.e.label_assign(break_label);
    }

    #[allow(clippy::too_many_arguments)]
    fn for_optimised_range(
        &mut self,
        var: &'a Node,
        start: &'a Node,
        end: &'a Node,
        step: &'a Node,
        body: &'a Node,
        else_: &'a Node,
    ) {
        let (saved, break_label, continue_label) = self.start_break_continue();
        let top = self.next_label();
        let entry = self.next_label();
        let end_on_stack = !matches!(end, Node::SmallInt(_));
        if end_on_stack {
            self.compile_node(end);
        }
        self.compile_node(start);
        self.e.jump(entry);
        self.e.label_assign(top);
        self.e.dup_top();
        self.c_assign(var, AssignKind::Store);
        self.compile_node(body);
        self.e.label_assign(continue_label);
        self.compile_node(step);
        self.e.binary_op(binop::INPLACE_ADD);
        self.e.label_assign(entry);
        if end_on_stack {
            self.e.dup_top_two();
            self.e.rot_two();
        } else {
            self.e.dup_top();
            self.compile_node(end);
        }
        let step_v = if let Node::SmallInt(v) = step { *v } else { 1 };
        if step_v >= 0 {
            self.e.binary_op(binop::LESS);
        } else {
            self.e.binary_op(binop::MORE);
        }
        self.e.pop_jump_if(true, top);
        self.end_break_continue(saved);
        let mut end_label = 0;
        if !else_.is_null() {
            self.e.pop_top();
            if end_on_stack {
                self.e.pop_top();
            }
            self.compile_node(else_);
            end_label = self.next_label();
            self.e.jump(end_label);
            self.e.adjust_stack_size(1 + end_on_stack as i32);
        }
        self.e.label_assign(break_label);
        self.e.pop_top();
        if end_on_stack {
            self.e.pop_top();
        }
        if !else_.is_null() {
            self.e.label_assign(end_label);
        }
    }

    /// Recognises `for NAME in range(...)` with plain arguments.
    fn try_for_range(&mut self, pns: &'a StructNode) -> bool {
        let var = child(pns, 0);
        if !matches!(var, Node::Id(_)) {
            return false;
        }
        let Some(it) = child(pns, 1).as_rule(Rule::AtomExprNormal) else {
            return false;
        };
        if !matches!(child(it, 0), Node::Id(q) if *q == self.names.range) {
            return false;
        }
        let Some(paren) = child(it, 1).as_rule(Rule::TrailerParen) else {
            return false;
        };
        let args = child(paren, 0).list_items(Rule::Arglist);
        static ZERO: Node = Node::SmallInt(0);
        static ONE: Node = Node::SmallInt(1);
        let (start, end, step): (&'a Node, &'a Node, &'a Node) = match args.len() {
            1 => (&ZERO, &args[0], &ONE),
            2 => (&args[0], &args[1], &ONE),
            3 => {
                if !matches!(args[2], Node::SmallInt(v) if v != 0) {
                    return false;
                }
                (&args[0], &args[1], &args[2])
            }
            _ => return false,
        };
        let plain = |n: &Node| {
            !(n.is_rule(Rule::ArglistStar)
                || n.is_rule(Rule::ArglistDblStar)
                || n.is_rule(Rule::Argument))
        };
        if !plain(start) || !plain(end) {
            return false;
        }
        self.for_optimised_range(var, start, end, step, child(pns, 2), child(pns, 3));
        true
    }

    pub(super) fn compile_for(&mut self, pns: &'a StructNode) {
        if self.try_for_range(pns) {
            return;
        }
        let (saved, break_label, continue_label) = self.start_break_continue();
        self.break_label |= BREAK_FROM_FOR;
        let pop_label = self.next_label();
        self.compile_node(child(pns, 1));
        self.e.get_iter(true);
        self.e.label_assign(continue_label);
        self.e.for_iter(pop_label);
        self.c_assign(child(pns, 0), AssignKind::Store);
        self.compile_node(child(pns, 2));
        self.e.jump(continue_label);
        self.e.label_assign(pop_label);
        self.e.for_iter_end();
        self.end_break_continue(saved);
        self.compile_node(child(pns, 3));
        self.e.label_assign(break_label);
    }

    fn try_except(&mut self, body: &'a Node, excepts: &'a [Node], else_: &'a Node) {
        let l1 = self.next_label();
        let success = self.next_label();
        self.increase_except_level(l1, Block::Except);
        self.compile_node(body);
        self.e.pop_except_jump(success);
        self.e.label_assign(l1);
        self.e.start_except_handler();
        let l2 = self.next_label();
        for (i, exc) in excepts.iter().enumerate() {
            let Node::Struct(pe) = exc else { continue };
            let mut local = None;
            let end_finally = self.next_label();
            let test = child(pe, 0);
            if test.is_null() {
                if i + 1 != excepts.len() {
                    self.syntax_error(exc, "default 'except' must be last");
                    self.decrease_except_level();
                    return;
                }
            } else {
                let mut expr = test;
                if let Some(asn) = test.as_rule(Rule::TryStmtAsName) {
                    expr = child(asn, 0);
                    if let Node::Id(q) = child(asn, 1) {
                        local = Some(*q);
                    }
                }
                self.e.dup_top();
                self.compile_node(expr);
                self.e.binary_op(binop::EXCEPTION_MATCH);
                self.e.pop_jump_if(false, end_finally);
            }
            match local {
                None => self.e.pop_top(),
                Some(q) => self.store_id(q),
            }
            let mut l3 = 0;
            if local.is_some() {
                l3 = self.next_label();
                self.increase_except_level(l3, Block::Finally);
            }
            self.compile_node(child(pe, 1));
            if let Some(q) = local {
                self.e.load_const_none();
                self.e.label_assign(l3);
                self.e.adjust_stack_size(1);
                self.e.load_const_none();
                self.store_id(q);
                self.delete_id(q);
                self.e.adjust_stack_size(-1);
                self.decrease_except_level();
            }
            self.e.pop_except_jump(l2);
            self.e.label_assign(end_finally);
            self.e.adjust_stack_size(1);
        }
        self.decrease_except_level();
        self.e.end_except_handler();
        self.e.label_assign(success);
        self.compile_node(else_);
        self.e.label_assign(l2);
    }

    fn try_finally(
        &mut self,
        body: &'a Node,
        excepts: &'a [Node],
        else_: &'a Node,
        finally: &'a Node,
    ) {
        let l_finally = self.next_label();
        self.increase_except_level(l_finally, Block::Finally);
        if excepts.is_empty() {
            self.e.adjust_stack_size(3);
            self.compile_node(body);
            self.e.adjust_stack_size(-3);
        } else {
            self.try_except(body, excepts, else_);
        }
        self.e.load_const_none();
        self.e.label_assign(l_finally);
        self.e.adjust_stack_size(1);
        self.compile_node(finally);
        self.e.adjust_stack_size(-1);
        self.decrease_except_level();
    }

    pub(super) fn compile_try(&mut self, pns: &'a StructNode) {
        let body = child(pns, 0);
        let rest = child(pns, 1);
        if let Some(fin) = rest.as_rule(Rule::TryStmtFinally) {
            self.try_finally(body, &[], &Node::Null, child(fin, 0));
        } else if let Some(more) = rest.as_rule(Rule::TryStmtExceptAndMore) {
            let excepts = child(more, 0).list_items(Rule::TryStmtExceptList);
            let fin = child(more, 2);
            if fin.is_null() {
                self.try_except(body, excepts, child(more, 1));
            } else {
                let fin_body = match fin.as_rule(Rule::TryStmtFinally) {
                    Some(f) => child(f, 0),
                    None => fin,
                };
                self.try_finally(body, excepts, child(more, 1), fin_body);
            }
        } else {
            let excepts = rest.list_items(Rule::TryStmtExceptList);
            self.try_except(body, excepts, &Node::Null);
        }
    }

    fn with_helper(&mut self, nodes: &'a [Node], body: &'a Node) {
        let Some((first, rest)) = nodes.split_first() else {
            self.compile_node(body);
            return;
        };
        let l_end = self.next_label();
        if let Some(item) = first.as_rule(Rule::WithItem) {
            self.compile_node(child(item, 0));
            self.increase_except_level(l_end, Block::With);
            self.c_assign(child(item, 1), AssignKind::Store);
        } else {
            self.compile_node(first);
            self.increase_except_level(l_end, Block::With);
            self.e.pop_top();
        }
        self.with_helper(rest, body);
        self.e.with_cleanup(l_end);
        self.decrease_except_level();
    }

    pub(super) fn compile_with(&mut self, pns: &'a StructNode) {
        let nodes = child(pns, 0).list_items(Rule::WithStmtList);
        self.with_helper(nodes, child(pns, 1));
    }

    /// `compile_yield_from`.
    pub(super) fn yield_from(&mut self) {
        self.e.get_iter(false);
        self.e.load_const_none();
        self.emit_yield(true);
    }

    /// A `yield`: the scope becomes a generator at once, as later checks in the same pass
    /// (`async for` outside async function, generator lambdas) look at the flag.
    pub(super) fn emit_yield(&mut self, from: bool) {
        self.e.yield_(from);
        self.scope_mut().scope_flags |= flags::GENERATOR;
    }

    /// An `async def` is a generator; CircuitPython also marks it as a coroutine.
    fn mark_coroutine(&mut self, funcdef: &StructNode) {
        let extra = if self.circuitpython {
            flags::CP_ASYNC
        } else {
            0
        };
        if let Some(&s) = self.scope_of_node.get(&super::node_key(funcdef)) {
            self.scopes[s].scope_flags |= flags::GENERATOR | extra;
        }
    }

    /// The tail of `await x` once `x` is on the stack. MicroPython iterates the awaitable;
    /// CircuitPython asks it for its `__await__` iterator first.
    pub(super) fn await_tail(&mut self) {
        if self.circuitpython {
            self.e.load_method(&mut self.t, self.names.await_, false);
            self.e.call_method(0, 0, false);
            self.e.load_const_none();
            self.emit_yield(true);
        } else {
            self.yield_from();
        }
    }

    fn await_object_method(&mut self, method: crate::parse_tree::Qstr) {
        self.e.load_method(&mut self.t, method, false);
        self.e.call_method(0, 0, false);
        self.yield_from();
    }

    fn compile_async_for(&mut self, pns: &'a StructNode) {
        let while_else = self.next_label();
        let try_exception = self.next_label();
        let try_else = self.next_label();
        let try_finally = self.next_label();
        self.compile_node(child(pns, 1));
        self.e.load_method(&mut self.t, self.names.aiter, false);
        self.e.call_method(0, 0, false);
        let (saved, break_label, continue_label) = self.start_break_continue();
        self.e.label_assign(continue_label);
        self.increase_except_level(try_exception, Block::Except);
        self.e.dup_top();
        self.await_object_method(self.names.anext);
        self.c_assign(child(pns, 0), AssignKind::Store);
        self.e.pop_except_jump(try_else);
        self.e.label_assign(try_exception);
        self.e.start_except_handler();
        self.e.dup_top();
        self.e
            .load_global(&mut self.t, self.names.stop_async_iteration, true);
        self.e.binary_op(binop::EXCEPTION_MATCH);
        self.e.pop_jump_if(false, try_finally);
        self.e.pop_top();
        self.e.pop_except_jump(while_else);
        self.e.label_assign(try_finally);
        self.e.adjust_stack_size(1);
        self.decrease_except_level();
        self.e.end_except_handler();
        self.e.label_assign(try_else);
        self.compile_node(child(pns, 2));
        self.e.jump(continue_label);
        self.end_break_continue(saved);
        self.e.label_assign(while_else);
        self.compile_node(child(pns, 3));
        self.e.label_assign(break_label);
        self.e.pop_top();
    }

    fn async_with_helper(&mut self, nodes: &'a [Node], body: &'a Node) {
        let Some((first, rest)) = nodes.split_first() else {
            self.compile_node(body);
            return;
        };
        let l_finally = self.next_label();
        let l_aexit_no_exc = self.next_label();
        let l_ret_unwind = self.next_label();
        let l_end = self.next_label();
        if let Some(item) = first.as_rule(Rule::WithItem) {
            self.compile_node(child(item, 0));
            self.e.dup_top();
            self.await_object_method(self.names.aenter);
            self.c_assign(child(item, 1), AssignKind::Store);
        } else {
            self.compile_node(first);
            self.e.dup_top();
            self.await_object_method(self.names.aenter);
            self.e.pop_top();
        }
        self.increase_except_level(l_finally, Block::Finally);
        self.e.adjust_stack_size(3);
        self.async_with_helper(rest, body);
        self.e.adjust_stack_size(-3);
        let base = self.names.base_exception;
        self.e
            .async_with_setup_finally(&mut self.t, base, l_aexit_no_exc, l_finally, l_ret_unwind);
        self.e.dup_top();
        self.e.rot_three();
        self.e.rot_two();
        self.e.load_method(&mut self.t, self.names.aexit, false);
        self.e.rot_three();
        self.e.rot_three();
        self.e.dup_top();
        self.e.attr(&mut self.t, self.names.class, Access::Load);
        self.e.rot_two();
        self.e.load_const_none();
        self.e.call_method(3, 0, false);
        self.yield_from();
        self.e.pop_jump_if(false, l_end);
        self.e.pop_top();
        self.e.load_const_none();
        self.e.jump(l_end);
        self.e.adjust_stack_size(2);
        self.e.label_assign(l_ret_unwind);
        self.e.rot_three();
        self.e.rot_three();
        self.e.label_assign(l_aexit_no_exc);
        self.e.load_method(&mut self.t, self.names.aexit, false);
        self.e.load_const_none();
        self.e.dup_top();
        self.e.dup_top();
        self.e.call_method(3, 0, false);
        self.yield_from();
        self.e.pop_top();
        self.e.adjust_stack_size(-1);
        self.e.label_assign(l_end);
        self.decrease_except_level();
    }

    pub(super) fn compile_async_stmt(&mut self, pns: &'a StructNode) {
        let Node::Struct(inner) = child(pns, 0) else {
            return;
        };
        if inner.rule == Rule::Funcdef {
            self.compile_funcdef(inner);
            self.mark_coroutine(inner);
        } else {
            if self.scope().scope_flags & flags::GENERATOR == 0 {
                self.error_line(inner.line, "async for/with outside async function");
                return;
            }
            if inner.rule == Rule::ForStmt {
                self.compile_async_for(inner);
            } else {
                let nodes = child(inner, 0).list_items(Rule::WithStmtList);
                self.async_with_helper(nodes, child(inner, 1));
            }
        }
    }

    pub(super) fn compile_expr_stmt(&mut self, pns: &'a StructNode) {
        let lhs = child(pns, 0);
        let rhs = child(pns, 1);
        if rhs.is_null() {
            if (lhs.is_leaf() && !matches!(lhs, Node::Id(_))) || matches!(lhs, Node::Const(_)) {
                // A lonely constant does nothing.
            } else {
                self.compile_node(lhs);
                self.e.pop_top();
            }
            return;
        }
        if let Node::Struct(pns1) = rhs {
            match pns1.rule {
                Rule::Annassign => {
                    let value = child(pns1, 1);
                    if value.is_null() {
                        if self.scope().kind == ScopeKind::Function {
                            if let Node::Id(q) = lhs {
                                self.scope_mut().find_or_add(*q, IdKind::Local);
                            }
                        }
                    } else {
                        self.plain_assign(lhs, value);
                    }
                    return;
                }
                Rule::ExprStmtAugassign => {
                    self.c_assign(lhs, AssignKind::AugLoad);
                    self.compile_node(child(pns1, 1));
                    let op = match child(pns1, 0) {
                        Node::Token(k) => augassign_op(*k),
                        _ => binop::INPLACE_ADD,
                    };
                    self.e.binary_op(op);
                    self.c_assign(lhs, AssignKind::AugStore);
                    return;
                }
                Rule::ExprStmtAssignList => {
                    let n = pns1.children.len();
                    let rhs_i = n.saturating_sub(1);
                    self.compile_node(child(pns1, rhs_i));
                    if rhs_i > 0 {
                        self.e.dup_top();
                    }
                    self.c_assign(lhs, AssignKind::Store);
                    for i in 0..rhs_i {
                        if i + 1 < rhs_i {
                            self.e.dup_top();
                        }
                        self.c_assign(&pns1.children[i], AssignKind::Store);
                    }
                    return;
                }
                _ => {}
            }
        }
        self.plain_assign(lhs, rhs);
    }

    fn plain_assign(&mut self, lhs: &'a Node, rhs: &'a Node) {
        if let (Some(r), Some(l)) = (
            rhs.as_rule(Rule::TestlistStarExpr),
            lhs.as_rule(Rule::TestlistStarExpr),
        ) {
            let n = l.children.len();
            if n == r.children.len()
                && (n == 2 || n == 3)
                && !l.children.iter().any(|c| c.is_rule(Rule::StarExpr))
            {
                self.compile_node(&r.children[0]);
                self.compile_node(&r.children[1]);
                if n == 3 {
                    self.compile_node(&r.children[2]);
                    self.e.rot_three();
                }
                self.e.rot_two();
                for c in &l.children {
                    self.c_assign(c, AssignKind::Store);
                }
                return;
            }
        }
        self.compile_node(rhs);
        self.c_assign(lhs, AssignKind::Store);
    }

    /// `compile_scope_func_lambda_param`: records one parameter in the scope pass.
    pub(super) fn scope_param(&mut self, pn: &'a Node, is_def: bool) {
        if self.scope().scope_flags & flags::VARKEYWORDS != 0 {
            self.syntax_error(pn, "invalid syntax");
            return;
        }
        let mut name = None;
        let mut flag = ID_FLAG_IS_PARAM;
        match pn {
            Node::Id(q) => {
                name = Some(*q);
                self.count_param();
            }
            Node::Struct(pns) => {
                let (name_rule, star_rule) = if is_def {
                    (Rule::TypedargslistName, Rule::TypedargslistStar)
                } else {
                    (Rule::VarargslistName, Rule::VarargslistStar)
                };
                if pns.rule == name_rule {
                    if let Node::Id(q) = child(pns, 0) {
                        name = Some(*q);
                    }
                    self.count_param();
                } else if pns.rule == star_rule {
                    if self.have_star {
                        self.syntax_error(pn, "invalid syntax");
                        return;
                    }
                    self.have_star = true;
                    flag = ID_FLAG_IS_PARAM | ID_FLAG_IS_STAR_PARAM;
                    match child(pns, 0) {
                        Node::Null => {}
                        Node::Id(q) => {
                            self.scope_mut().scope_flags |= flags::VARARGS;
                            name = Some(*q);
                        }
                        Node::Struct(t) => {
                            self.scope_mut().scope_flags |= flags::VARARGS;
                            if let Node::Id(q) = child(t, 0) {
                                name = Some(*q);
                            }
                        }
                        _ => {}
                    }
                } else {
                    if let Node::Id(q) = child(pns, 0) {
                        name = Some(*q);
                    }
                    flag = ID_FLAG_IS_PARAM | ID_FLAG_IS_DBL_STAR_PARAM;
                    self.scope_mut().scope_flags |= flags::VARKEYWORDS;
                }
            }
            _ => {}
        }
        if let Some(q) = name {
            let i = self.scope_mut().find_or_add(q, IdKind::Undecided);
            if self.scope().id_info[i].kind != IdKind::Undecided {
                self.syntax_error(pn, "argument name reused");
                return;
            }
            let id = &mut self.scope_mut().id_info[i];
            id.kind = IdKind::Local;
            id.flags = flag;
        }
    }

    fn count_param(&mut self) {
        let have_star = self.have_star;
        let s = self.scope_mut();
        if have_star {
            s.num_kwonly_args += 1;
        } else {
            s.num_pos_args += 1;
        }
    }
}

/// The name and alias of an `import_as_name` item.
fn import_as_name(n: &Node) -> Option<(crate::parse_tree::Qstr, Option<crate::parse_tree::Qstr>)> {
    match n {
        Node::Id(q) => Some((*q, None)),
        Node::Struct(s) => match (child(s, 0), child(s, 1)) {
            (Node::Id(q), Node::Id(a)) => Some((*q, Some(*a))),
            (Node::Id(q), _) => Some((*q, None)),
            _ => None,
        },
        _ => None,
    }
}

fn augassign_op(k: T) -> u8 {
    match k {
        T::DelPipeEqual => 9,
        T::DelCaretEqual => 10,
        T::DelAmpersandEqual => 11,
        T::DelDblLessEqual => 12,
        T::DelDblMoreEqual => 13,
        T::DelPlusEqual => 14,
        T::DelMinusEqual => 15,
        T::DelStarEqual => 16,
        T::DelAtEqual => 17,
        T::DelDblSlashEqual => 18,
        T::DelSlashEqual => 19,
        T::DelPercentEqual => 20,
        _ => 21,
    }
}
