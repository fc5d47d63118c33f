//! Expressions: operators, comparisons, calls and trailers, displays, comprehensions,
//! lambdas, `yield`/`await` and `:=`.

use crate::emit::{Access, Build, Pass, binop, unop};
use crate::parse_tree::{Node, Rule, StructNode, TokenKind as T};
use crate::scope::{self, IdKind, ScopeKind};

use super::Compiler;
use super::stmt::AssignKind;

fn child(pns: &StructNode, i: usize) -> &Node {
    pns.children.get(i).unwrap_or(&Node::Null)
}

fn has_comp_for(pns: &StructNode) -> bool {
    pns.children.len() == 2 && pns.children[1].is_rule(Rule::CompFor)
}

impl<'a> Compiler<'a> {
    fn namedexpr_helper(&mut self, name: &'a Node, expr: &'a Node) {
        let Node::Id(target) = name else {
            self.syntax_error(name, "can't assign to expression");
            self.compile_node(expr);
            self.e.dup_top();
            return;
        };
        let target = *target;
        self.compile_node(expr);
        self.e.dup_top();
        if self.pass == Pass::Scope && self.scope().kind.is_comp_like() {
            let parent = self.scope().parent.unwrap_or(0);
            let pi = scope::id_for_modification(&mut self.scopes[parent], target);
            if self.scopes[parent].id_info[pi].kind == IdKind::GlobalExplicit {
                self.scope_mut().find_or_add(target, IdKind::GlobalExplicit);
            } else {
                let i = self.scope_mut().find_or_add(target, IdKind::Undecided);
                let is_global = self.scopes[parent].parent.is_none();
                if !is_global && self.scope().id_info[i].kind == IdKind::GlobalImplicit {
                    self.scope_mut().id_info[i].kind = IdKind::Undecided;
                }
                self.declare_global_or_nonlocal(name, i, is_global);
            }
        }
        self.store_id(target);
    }

    pub(super) fn compile_namedexpr(&mut self, pns: &'a StructNode) {
        self.namedexpr_helper(child(pns, 0), child(pns, 1));
    }

    pub(super) fn compile_test_if_expr(&mut self, pns: &'a StructNode) {
        let Node::Struct(if_else) = child(pns, 1) else {
            self.compile_node(child(pns, 0));
            return;
        };
        let l_fail = self.next_label();
        let l_end = self.next_label();
        self.c_if_cond(child(if_else, 0), false, l_fail);
        self.compile_node(child(pns, 0));
        self.e.jump(l_end);
        self.e.label_assign(l_fail);
        self.e.adjust_stack_size(-1);
        self.compile_node(child(if_else, 1));
        self.e.label_assign(l_end);
    }

    pub(super) fn compile_lambdef(&mut self, pns: &'a StructNode) {
        let name = self.names.lambda;
        let s = self.scope_for(ScopeKind::Lambda, pns, name);
        if self.pass == Pass::Scope {
            self.scopes[s].emit_native = self.scope().emit_native;
        }
        self.funcdef_lambdef(s, child(pns, 0), Rule::Varargslist);
    }

    pub(super) fn compile_or_and_test(&mut self, pns: &'a StructNode) {
        let cond = pns.rule == Rule::OrTest;
        let l_end = self.next_label();
        let n = pns.children.len();
        for (i, c) in pns.children.iter().enumerate() {
            self.compile_node(c);
            if i + 1 < n {
                self.e.jump_if_or_pop(cond, l_end);
            }
        }
        self.e.label_assign(l_end);
    }

    pub(super) fn compile_comparison(&mut self, pns: &'a StructNode) {
        let n = pns.children.len();
        self.compile_node(child(pns, 0));
        let multi = n > 3;
        let l_fail = if multi { self.next_label() } else { 0 };
        let mut i = 1;
        while i + 1 < n {
            self.compile_node(&pns.children[i + 1]);
            if i + 2 < n {
                self.e.dup_top();
                self.e.rot_three();
            }
            let op = match &pns.children[i] {
                Node::Token(k) => match k {
                    T::OpLess => 0,
                    T::OpMore => 1,
                    T::OpDblEqual => 2,
                    T::OpLessEqual => 3,
                    T::OpMoreEqual => 4,
                    T::OpNotEqual => 5,
                    _ => binop::IN,
                },
                Node::Struct(s) if s.rule == Rule::CompOpNotIn => binop::NOT_IN,
                Node::Struct(s) => {
                    if child(s, 0).is_null() {
                        binop::IS
                    } else {
                        binop::IS_NOT
                    }
                }
                _ => binop::IS,
            };
            self.e.binary_op(op);
            if i + 2 < n {
                self.e.jump_if_or_pop(false, l_fail);
            }
            i += 2;
        }
        if multi {
            let l_end = self.next_label();
            self.e.jump(l_end);
            self.e.label_assign(l_fail);
            self.e.adjust_stack_size(1);
            self.e.rot_two();
            self.e.pop_top();
            self.e.label_assign(l_end);
        }
    }

    pub(super) fn compile_binary_op(&mut self, pns: &'a StructNode) {
        let op = match pns.rule {
            Rule::Expr => binop::OR,
            Rule::XorExpr => binop::OR + 1,
            _ => binop::OR + 2,
        };
        self.compile_node(child(pns, 0));
        for c in pns.children.iter().skip(1) {
            self.compile_node(c);
            self.e.binary_op(op);
        }
    }

    pub(super) fn compile_term(&mut self, pns: &'a StructNode) {
        let n = pns.children.len();
        self.compile_node(child(pns, 0));
        let mut i = 1;
        while i + 1 < n {
            self.compile_node(&pns.children[i + 1]);
            let op = match &pns.children[i] {
                Node::Token(k) => match k {
                    T::OpDblLess => binop::LSHIFT,
                    T::OpDblMore => binop::LSHIFT + 1,
                    T::OpPlus => binop::LSHIFT + 2,
                    T::OpMinus => binop::LSHIFT + 3,
                    T::OpStar => binop::LSHIFT + 4,
                    T::OpAt => binop::LSHIFT + 5,
                    T::OpDblSlash => binop::LSHIFT + 6,
                    T::OpSlash => binop::LSHIFT + 7,
                    _ => binop::LSHIFT + 8,
                },
                _ => binop::LSHIFT + 2,
            };
            self.e.binary_op(op);
            i += 2;
        }
    }

    pub(super) fn compile_factor_2(&mut self, pns: &'a StructNode) {
        self.compile_node(child(pns, 1));
        let op = match child(pns, 0) {
            Node::Token(T::OpTilde) => unop::INVERT,
            Node::Token(T::OpMinus) => unop::NEGATIVE,
            _ => unop::POSITIVE,
        };
        self.e.unary_op(op);
    }

    pub(super) fn compile_atom_expr_await(&mut self, pns: &'a StructNode) {
        let k = self.scope().kind;
        if k != ScopeKind::Function && k != ScopeKind::Lambda {
            self.error_line(pns.line, "'await' outside function");
            return;
        }
        self.compile_atom_expr_normal(pns);
        self.await_tail();
    }

    pub(super) fn compile_atom_expr_normal(&mut self, pns: &'a StructNode) {
        let base = child(pns, 0);
        self.compile_node(base);
        let trail_node = child(pns, 1);
        let trails: &'a [Node] = match trail_node {
            Node::Null => return,
            Node::Struct(s) if s.rule == Rule::AtomExprTrailers => &s.children,
            other => core::slice::from_ref(other),
        };
        let trail = |i: usize| trails.get(i).and_then(Node::as_struct);
        let mut i = 0;
        if self.scope().kind == ScopeKind::Function
            && matches!(base, Node::Id(q) if *q == self.names.super_)
            && trail(0).is_some_and(|t| t.rule == Rule::TrailerParen && child(t, 0).is_null())
        {
            self.load_id(self.names.class);
            let first_param = self
                .scope()
                .id_info
                .iter()
                .find(|id| id.flags & scope::ID_FLAG_IS_PARAM != 0)
                .map(|id| id.qst);
            match first_param {
                Some(q) => self.load_id(q),
                None => {
                    self.syntax_error(&trails[0], "super() can't find self");
                    return;
                }
            }
            if trails.len() >= 3
                && trail(1).is_some_and(|t| t.rule == Rule::TrailerPeriod)
                && trail(2).is_some_and(|t| t.rule == Rule::TrailerParen)
            {
                if let (Some(period), Some(paren)) = (trail(1), trail(2)) {
                    if let Node::Id(m) = child(period, 0) {
                        self.e.load_method(&mut self.t, *m, true);
                    }
                    self.trailer_paren_helper(child(paren, 0), true, 0);
                }
                i = 3;
            } else {
                self.e.call_function(2, 0, false);
                i = 1;
            }
        }
        while i < trails.len() {
            if i + 1 < trails.len()
                && trail(i).is_some_and(|t| t.rule == Rule::TrailerPeriod)
                && trail(i + 1).is_some_and(|t| t.rule == Rule::TrailerParen)
            {
                if let (Some(period), Some(paren)) = (trail(i), trail(i + 1)) {
                    if let Node::Id(m) = child(period, 0) {
                        self.e.load_method(&mut self.t, *m, false);
                    }
                    self.trailer_paren_helper(child(paren, 0), true, 0);
                }
                i += 2;
            } else {
                self.compile_node(&trails[i]);
                i += 1;
            }
        }
    }

    /// `compile_trailer_paren_helper`: the callee (and self) are on the stack.
    pub(super) fn trailer_paren_helper(
        &mut self,
        arglist: &'a Node,
        is_method_call: bool,
        n_positional_extra: u32,
    ) {
        let args = arglist.list_items(Rule::Arglist);
        let mut n_positional = n_positional_extra;
        let mut n_keyword = 0u32;
        let mut star_single = false;
        let mut star_double = false;
        let mut star_args: u64 = 0;
        for (i, arg) in args.iter().enumerate() {
            let normal = match arg {
                Node::Struct(pa) if pa.rule == Rule::ArglistStar => {
                    if star_double {
                        self.syntax_error(arg, "* arg after **");
                        return;
                    }
                    // MicroPython 1.29 refuses `*x` after a keyword argument; CircuitPython's
                    // compiler (MicroPython 1.27 based) still accepts it.
                    if n_keyword > 0 && !self.circuitpython {
                        self.syntax_error(arg, "* arg after kwarg");
                        return;
                    }
                    if i + 1 >= usize::from(self.small_int_bits) || i >= 63 {
                        self.syntax_error(arg, "too many args");
                        return;
                    }
                    star_single = true;
                    star_args |= 1u64 << i;
                    self.compile_node(child(pa, 0));
                    n_positional += 1;
                    false
                }
                Node::Struct(pa) if pa.rule == Rule::ArglistDblStar => {
                    star_double = true;
                    self.e.load_null();
                    self.compile_node(child(pa, 0));
                    n_keyword += 1;
                    false
                }
                Node::Struct(pa) if pa.rule == Rule::Argument => {
                    let rhs = child(pa, 1);
                    if let Some(a3) = rhs.as_rule(Rule::Argument3) {
                        self.namedexpr_helper(child(pa, 0), child(a3, 0));
                        n_positional += 1;
                    } else if !rhs.is_rule(Rule::CompFor) {
                        let Node::Id(kw) = child(pa, 0) else {
                            self.syntax_error(arg, "LHS of keyword arg must be an id");
                            return;
                        };
                        self.e.load_const_str(&mut self.t, *kw);
                        self.compile_node(rhs);
                        n_keyword += 1;
                    } else {
                        self.compile_comprehension(pa, ScopeKind::GenExpr);
                        n_positional += 1;
                    }
                    false
                }
                _ => true,
            };
            if normal {
                if star_double {
                    self.syntax_error(arg, "positional arg after **");
                    return;
                }
                if n_keyword > 0 {
                    self.syntax_error(arg, "positional arg after keyword arg");
                    return;
                }
                self.compile_node(arg);
                n_positional += 1;
            }
        }
        let star = star_single || star_double;
        if star {
            self.e.load_const_small_int(star_args as i64);
        }
        if is_method_call {
            self.e.call_method(n_positional, n_keyword, star);
        } else {
            self.e.call_function(n_positional, n_keyword, star);
        }
    }

    /// `compile_comprehension`: `pns` has the element and a `comp_for`.
    pub(super) fn compile_comprehension(&mut self, pns: &'a StructNode, kind: ScopeKind) {
        let Some(comp_for) = child(pns, 1).as_rule(Rule::CompFor) else {
            return;
        };
        let name = match kind {
            ScopeKind::ListComp => self.names.listcomp,
            ScopeKind::DictComp => self.names.dictcomp,
            ScopeKind::SetComp => self.names.setcomp,
            _ => self.names.genexpr,
        };
        // The scope is keyed by the comprehension node; its body is compiled from `pns`.
        let s = self.scope_for(kind, pns, name);
        if self.pass == Pass::Scope {
            self.scopes[s].emit_native = self.scope().emit_native;
        }
        self.close_over_variables_etc(s, 0, 0);
        self.compile_node(child(comp_for, 1));
        if kind == ScopeKind::GenExpr {
            self.e.get_iter(false);
        }
        self.e.call_function(1, 0, false);
    }

    /// `compile_scope_comp_iter`.
    pub(super) fn comp_iter(&mut self, comp_for: &'a StructNode, inner: &'a Node, for_depth: u32) {
        let l_top = self.next_label();
        let l_end = self.next_label();
        self.e.label_assign(l_top);
        self.e.for_iter(l_end);
        self.c_assign(child(comp_for, 0), AssignKind::Store);
        let mut pn_iter = child(comp_for, 2);
        loop {
            match pn_iter {
                Node::Struct(s) if s.rule == Rule::CompIf => {
                    self.c_if_cond(child(s, 0), false, l_top);
                    pn_iter = child(s, 1);
                }
                Node::Struct(s) if s.rule == Rule::CompFor => {
                    self.compile_node(child(s, 1));
                    self.e.get_iter(true);
                    self.comp_iter(s, inner, for_depth + 1);
                    break;
                }
                _ => {
                    self.compile_node(inner);
                    let kind = self.scope().kind;
                    if kind == ScopeKind::GenExpr {
                        self.emit_yield(false);
                        self.e.pop_top();
                    } else {
                        self.e.store_comp(kind, 4 * for_depth + 5);
                    }
                    break;
                }
            }
        }
        self.e.jump(l_top);
        self.e.label_assign(l_end);
        self.e.for_iter_end();
    }

    pub(super) fn compile_atom_paren(&mut self, pns: &'a StructNode) {
        match child(pns, 0) {
            Node::Null => self.e.build(0, Build::Tuple),
            Node::Struct(inner) if inner.rule == Rule::TestlistComp => {
                if has_comp_for(inner) {
                    self.compile_comprehension(inner, ScopeKind::GenExpr);
                } else {
                    self.generic_tuple(inner);
                }
            }
            other => self.compile_node(other),
        }
    }

    pub(super) fn compile_atom_bracket(&mut self, pns: &'a StructNode) {
        match child(pns, 0) {
            Node::Null => self.e.build(0, Build::List),
            Node::Struct(inner) if inner.rule == Rule::TestlistComp => {
                if has_comp_for(inner) {
                    self.compile_comprehension(inner, ScopeKind::ListComp);
                } else {
                    self.generic_all_nodes(inner);
                    self.e.build(inner.children.len() as u32, Build::List);
                }
            }
            other => {
                self.compile_node(other);
                self.e.build(1, Build::List);
            }
        }
    }

    /// `compile_atom_brace_helper`.
    pub(super) fn compile_atom_brace(&mut self, pns: &'a StructNode, create_map: bool) {
        let pn = child(pns, 0);
        match pn {
            Node::Null => {
                if create_map {
                    self.e.build(0, Build::Map);
                }
            }
            Node::Struct(s) if s.rule == Rule::DictorsetmakerItem => {
                if create_map {
                    self.e.build(1, Build::Map);
                }
                self.compile_node(pn);
                self.e.store_map();
            }
            Node::Struct(s) if s.rule == Rule::Dictorsetmaker => {
                let tail = child(s, 1);
                if let Some(list) = tail.as_rule(Rule::DictorsetmakerList) {
                    let nodes = child(list, 0).list_items(Rule::DictorsetmakerList2);
                    let first = child(s, 0);
                    let is_dict = first.is_rule(Rule::DictorsetmakerItem);
                    if is_dict {
                        if create_map {
                            self.e.build(1 + nodes.len() as u32, Build::Map);
                        }
                        self.compile_node(first);
                        self.e.store_map();
                    } else {
                        self.compile_node(first);
                    }
                    for n in nodes {
                        let is_kv = n.is_rule(Rule::DictorsetmakerItem);
                        self.compile_node(n);
                        if is_dict {
                            if !is_kv {
                                self.error_line(s.line, "expecting key:value for dict");
                                return;
                            }
                            self.e.store_map();
                        } else if is_kv {
                            self.error_line(s.line, "expecting just a value for set");
                            return;
                        }
                    }
                    if !is_dict {
                        self.e.build(1 + nodes.len() as u32, Build::Set);
                    }
                } else if child(s, 0).is_rule(Rule::DictorsetmakerItem) {
                    self.compile_comprehension(s, ScopeKind::DictComp);
                } else {
                    self.compile_comprehension(s, ScopeKind::SetComp);
                }
            }
            _ => {
                self.compile_node(pn);
                self.e.build(1, Build::Set);
            }
        }
    }

    pub(super) fn compile_subscript(&mut self, pns: &'a StructNode) {
        let mut pns = pns;
        if pns.rule == Rule::Subscript2 {
            self.compile_node(child(pns, 0));
            match child(pns, 1) {
                Node::Struct(s) => pns = s,
                _ => return,
            }
        } else {
            self.e.load_const_none();
        }
        let pn = child(pns, 0);
        match pn {
            Node::Null => {
                self.e.load_const_none();
                self.e.build(2, Build::Slice);
            }
            Node::Struct(s) if s.rule == Rule::Subscript3c => {
                self.e.load_const_none();
                let step = child(s, 0);
                if step.is_null() {
                    self.e.build(2, Build::Slice);
                } else {
                    self.compile_node(step);
                    self.e.build(3, Build::Slice);
                }
            }
            Node::Struct(s) if s.rule == Rule::Subscript3d => {
                self.compile_node(child(s, 0));
                let step = match child(s, 1) {
                    Node::Struct(so) => child(so, 0),
                    _ => &Node::Null,
                };
                if step.is_null() {
                    self.e.build(2, Build::Slice);
                } else {
                    self.compile_node(step);
                    self.e.build(3, Build::Slice);
                }
            }
            _ => {
                self.compile_node(pn);
                self.e.build(2, Build::Slice);
            }
        }
    }

    pub(super) fn compile_yield_expr(&mut self, pns: &'a StructNode) {
        let k = self.scope().kind;
        if k != ScopeKind::Function && k != ScopeKind::Lambda {
            self.error_line(pns.line, "'yield' outside function");
            return;
        }
        let arg = child(pns, 0);
        if arg.is_null() {
            self.e.load_const_none();
            self.emit_yield(false);
        } else if let Some(from) = arg.as_rule(Rule::YieldArgFrom) {
            if self.circuitpython && self.scope().scope_flags & scope::flags::CP_ASYNC != 0 {
                self.error_line(from.line, "'yield from' inside async function");
                return;
            }
            self.compile_node(child(from, 0));
            self.yield_from();
        } else {
            self.compile_node(arg);
            self.emit_yield(false);
        }
    }

    /// Unused-variable guard for the attribute access kinds.
    #[allow(dead_code)]
    fn load_attr(&mut self, q: crate::parse_tree::Qstr) {
        self.e.attr(&mut self.t, q, Access::Load);
    }
}
