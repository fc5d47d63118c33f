//! The parser: tokens → [`crate::parse_tree`], equivalent to the reference parser
//! (`py/parse.c`): a table-driven parser over [`crate::grammar`] with a rule stack and a
//! result stack, no backtracking over consumed tokens, and the same simplifications while
//! building nodes (collapsed rules, lonely constants → `pass`, vanishing parentheses), the
//! same constant folding, const tuples and `const()` handling, and the same errors (the
//! first one stops the parse).
//!
//! Entry point: [`parse`].

mod fold;
mod number;

use crate::hash::FastMap as HashMap;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::grammar::{Act, Arg, DESCENT, FAIL_DEPTH, MAY_START, OR_FIRST, RESUME_NOOP, Rule};
use crate::lexer::{Lexer, TokenKind};
use crate::parse_tree::{ConstNode, ConstValue, Interner, Node, ParseTree, Qstr, StructNode};
use crate::{CompileError, ErrorKind, Options};

use fold::{BinOp, Num, UnOp};

/// Longest string literal that is always interned (`MICROPY_ALLOC_PARSE_INTERN_STRING_LEN`).
const INTERN_STRING_LEN: usize = 10;

/// Longest name (qstr) MicroPython can intern; longer names fail with `RuntimeError`.
const MAX_QSTR_LEN: usize = 255;

/// The rule stack may not grow beyond this many entries: mpy-cross's 2 MiB heap cannot grow
/// its rule stack (16-byte entries, grown 16 at a time) past this, and it fails with
/// `MemoryError` (deeply nested brackets, about 8000 levels). It also keeps trees shallow
/// enough to walk recursively.
const MAX_RULE_STACK: usize = 129_904;

/// Parses a whole module. `interner` must already hold the input path and the source name
/// (see [`crate::parse_tree`]); on success it also holds every identifier and interned
/// string literal of the file, interned in source order.
pub fn parse(
    source: &[u8],
    opts: &Options,
    interner: &mut Interner,
) -> Result<ParseTree, CompileError> {
    parse_measured(source, opts, interner).map(|(tree, _)| tree)
}

/// [`parse`], also returning a bound on how deep the rule stack got (at most twice the
/// depth): a bound on the depth of the tree, and so on how deep the compiler's recursive walk
/// will go.
pub(crate) fn parse_measured(
    source: &[u8],
    opts: &Options,
    interner: &mut Interner,
) -> Result<(ParseTree, usize), CompileError> {
    let circuitpython = opts.flavour == frost_formats::Flavour::CircuitPython;
    let lex = Lexer::with_tstrings(source, opts.opt_level, !circuitpython)?;
    let mut parser = Parser {
        lex,
        interner,
        annotated_const: !circuitpython,
        small_int_bits: opts.small_int_bits.clamp(1, 63),
        rule_stack: Vec::new(),
        results: Vec::new(),
        consts: HashMap::default(),
    };
    let root = parser.run()?;
    // The stack's capacity bounds its deepest use (within a factor of two) at no cost.
    Ok((ParseTree { root }, parser.rule_stack.capacity()))
}

#[derive(Clone, Copy)]
struct Frame {
    rule: Rule,
    arg_i: usize,
    line: u32,
}

struct Parser<'a, 'i> {
    lex: Lexer<'a>,
    interner: &'i mut Interner,
    small_int_bits: u8,
    /// Whether `NAME: T = const(v)` is a constant (MicroPython 1.29; not CircuitPython, whose
    /// parser is MicroPython 1.27 based).
    annotated_const: bool,
    rule_stack: Vec<Frame>,
    results: Vec<Node>,
    /// Names bound by `NAME = const(value)`.
    consts: HashMap<Qstr, ConstValue>,
}

/// Stands in for the first item of a `testlist_comp` that a `testlist_comp_3c` node took
/// over; never left in a finished tree.
const STOLEN: Node = Node::Token(TokenKind::Invalid);

impl Parser<'_, '_> {
    #[cold]
    #[inline(never)]
    fn too_deep(&self) -> CompileError {
        CompileError {
            kind: ErrorKind::MemoryError,
            message: format!(
                "memory allocation failed, allocating {} bytes",
                (MAX_RULE_STACK + 16) * 16
            ),
            line: self.lex.tok.line,
            column: self.lex.tok.column,
            span: self.lex.tok.span.clone(),
            help: Some("the code is nested too deeply for mpy-cross's heap; split it up".into()),
            in_scope: None,
            traceback: false,
        }
    }

    #[inline]
    fn push_rule(&mut self, line: u32, rule: Rule, arg_i: usize) -> Result<(), CompileError> {
        if self.rule_stack.len() >= MAX_RULE_STACK {
            return Err(self.too_deep());
        }
        self.rule_stack.push(Frame { rule, arg_i, line });
        Ok(())
    }

    /// Whether trying `rule` at the current token would fail at once (see
    /// [`crate::grammar::MAY_START`]), so the attempt can be skipped. Near the rule-stack
    /// limit every attempt is made, so that overflows happen exactly where they would.
    #[inline]
    fn fails_at_once(&self, rule: Rule) -> bool {
        MAY_START[rule as usize] >> (self.lex.tok.kind as u8 & 127) & 1 == 0
            && self.rule_stack.len() + FAIL_DEPTH < MAX_RULE_STACK
    }

    fn peek_rule(&self, n: usize) -> Option<Rule> {
        let len = self.rule_stack.len();
        if n < len {
            Some(self.rule_stack[len - 1 - n].rule)
        } else {
            None
        }
    }

    fn peek(&self, n: usize) -> &Node {
        let len = self.results.len();
        if n < len {
            &self.results[len - 1 - n]
        } else {
            &Node::Null
        }
    }

    fn pop(&mut self) -> Node {
        self.results.pop().unwrap_or(Node::Null)
    }

    fn pop_n(&mut self, n: usize) -> Vec<Node> {
        let at = self.results.len().saturating_sub(n);
        self.results.split_off(at)
    }

    fn syntax_error(&self) -> CompileError {
        let tok = &self.lex.tok;
        let (kind, message, help) = match tok.kind {
            TokenKind::Indent => (
                ErrorKind::IndentationError,
                "unexpected indent",
                "this line is indented more than the block it is in",
            ),
            TokenKind::DedentMismatch => (
                ErrorKind::IndentationError,
                "unindent doesn't match any outer indent level",
                "dedent to the column of an enclosing block (tabs count to the next multiple of 8)",
            ),
            TokenKind::MalformedFstring => (
                ErrorKind::SyntaxError,
                "malformed f-string",
                "every `{}` of an f-string needs an expression inside",
            ),
            TokenKind::LonelyStringOpen => (
                ErrorKind::SyntaxError,
                "invalid syntax",
                "this string literal has no closing quote",
            ),
            TokenKind::Invalid => (
                ErrorKind::SyntaxError,
                "invalid syntax",
                "this is not a valid token (or a string literal has a bad \\x/\\u escape)",
            ),
            _ => (
                ErrorKind::SyntaxError,
                "invalid syntax",
                "MicroPython's parser cannot continue at this token",
            ),
        };
        CompileError {
            kind,
            message: message.into(),
            line: tok.line,
            column: tok.column,
            span: tok.span.clone(),
            help: Some(help.into()),
            in_scope: None,
            traceback: true,
        }
    }

    fn error_at_token(&self, message: String, help: &str) -> CompileError {
        let tok = &self.lex.tok;
        CompileError {
            kind: ErrorKind::SyntaxError,
            message,
            line: tok.line,
            column: tok.column,
            span: tok.span.clone(),
            help: Some(help.into()),
            in_scope: None,
            traceback: true,
        }
    }

    fn run(&mut self) -> Result<Node, CompileError> {
        let line = self.lex.tok.line;
        self.push_rule(line, Rule::FileInput, 0)?;
        let mut backtrack = false;

        'next_rule: loop {
            if !backtrack && !self.peek(0).is_null() {
                // Back after the first sub-rule, with nothing left to do (see RESUME_NOOP):
                // drop such entries in a row (none of them changes the results, the token
                // or the stack below it).
                let row = &RESUME_NOOP[self.lex.tok.kind as usize & 127];
                while let Some(top) = self.rule_stack.last() {
                    if top.arg_i == 1
                        && row[top.rule as usize]
                        && self.rule_stack.len() + FAIL_DEPTH <= MAX_RULE_STACK
                    {
                        self.rule_stack.pop();
                    } else {
                        break;
                    }
                }
            }
            let Some(frame) = self.rule_stack.pop() else {
                break;
            };
            let mut rule = frame.rule;
            let mut i = frame.arg_i;
            let mut rule_line = frame.line;
            if i == 0 && !backtrack {
                // A fresh attempt: go down at once through the rules whose attempt at this
                // token only enters a sub-rule, pushing the same entries the steps below
                // would push one round at a time.
                let row = &DESCENT[self.lex.tok.kind as usize & 127];
                while let Some((child, resume)) = row[rule as usize] {
                    if self.rule_stack.len() + FAIL_DEPTH + 2 >= MAX_RULE_STACK {
                        break;
                    }
                    if resume != 0 {
                        self.rule_stack.push(Frame {
                            rule,
                            arg_i: resume as usize,
                            line: rule_line,
                        });
                    }
                    rule = child;
                    rule_line = self.lex.tok.line;
                }
            }
            let def = rule.def();
            let args = def.args;
            let n = args.len();

            match def.act {
                Act::Or => {
                    if i > 0 && !backtrack {
                        continue 'next_rule;
                    }
                    backtrack = false;
                    if i == 0 && self.rule_stack.len() + FAIL_DEPTH < MAX_RULE_STACK {
                        // Straight to the first alternative that does not fail at once.
                        i = OR_FIRST[self.lex.tok.kind as usize & 127][rule as usize] as usize;
                    }
                    while i < n {
                        match args[i] {
                            Arg::T(k) => {
                                if self.lex.tok.kind == k {
                                    self.push_result_token(rule)?;
                                    self.lex.advance()?;
                                    continue 'next_rule;
                                }
                            }
                            Arg::R(r) | Arg::O(r) => {
                                if self.fails_at_once(r) {
                                    i += 1;
                                    continue;
                                }
                                if i + 1 < n {
                                    self.push_rule(rule_line, rule, i + 1)?;
                                }
                                let line = self.lex.tok.line;
                                self.push_rule(line, r, 0)?;
                                continue 'next_rule;
                            }
                        }
                        i += 1;
                    }
                    backtrack = true;
                }

                Act::And | Act::AndIdent | Act::AndBlank => {
                    if backtrack {
                        if i == 0 {
                            continue 'next_rule;
                        }
                        if let Arg::O(_) = args[i - 1] {
                            // An optional rule that did not match: a null child.
                            self.results.push(Node::Null);
                            backtrack = false;
                        } else if i > 1 {
                            // Tokens were consumed, so there is no way back.
                            return Err(self.syntax_error());
                        } else {
                            continue 'next_rule;
                        }
                    }

                    while i < n {
                        match args[i] {
                            Arg::T(k) => {
                                if self.lex.tok.kind == k {
                                    if k == TokenKind::Name {
                                        self.push_result_token(rule)?;
                                    }
                                    self.lex.advance()?;
                                } else if i > 0 {
                                    return Err(self.syntax_error());
                                } else {
                                    backtrack = true;
                                    continue 'next_rule;
                                }
                            }
                            Arg::R(r) | Arg::O(r) => {
                                if self.fails_at_once(r) {
                                    // What the failed attempt would have come back to.
                                    if let Arg::O(_) = args[i] {
                                        self.results.push(Node::Null);
                                    } else if i > 0 {
                                        return Err(self.syntax_error());
                                    } else {
                                        backtrack = true;
                                        continue 'next_rule;
                                    }
                                } else {
                                    self.push_rule(rule_line, rule, i + 1)?;
                                    let line = self.lex.tok.line;
                                    self.push_rule(line, r, 0)?;
                                    continue 'next_rule;
                                }
                            }
                        }
                        i += 1;
                    }

                    // Matched: build the node.
                    if rule == Rule::ExprStmt && self.peek(0).is_null() {
                        let p = self.peek(1);
                        let lonely_constant = (p.is_leaf() && !matches!(p, Node::Id(_)))
                            || matches!(p, Node::Const(_));
                        if lonely_constant {
                            // Docstrings and other lonely constants become `pass`.
                            self.pop();
                            self.pop();
                            self.push_result_rule(rule_line, Rule::PassStmt, 0)?;
                            continue 'next_rule;
                        }
                    }

                    let mut count = 0;
                    let mut num_not_nil = 0;
                    for arg in args.iter().rev() {
                        match arg {
                            Arg::T(k) => {
                                if *k == TokenKind::Name {
                                    count += 1;
                                    num_not_nil += 1;
                                }
                            }
                            Arg::R(_) | Arg::O(_) => {
                                if !self.peek(count).is_null() {
                                    num_not_nil += 1;
                                }
                                count += 1;
                            }
                        }
                    }

                    if num_not_nil == 1 && def.act == Act::AndIdent {
                        // The one non-null child replaces the rule's results, in place.
                        let at = self.results.len().saturating_sub(count);
                        let pn = match self.results[at..].iter_mut().find(|p| !p.is_null()) {
                            Some(p) => core::mem::replace(p, Node::Null),
                            None => Node::Null,
                        };
                        self.results.truncate(at);
                        self.results.push(pn);
                    } else {
                        if def.act == Act::AndBlank {
                            self.results.push(Node::Null);
                            count += 1;
                        }
                        self.push_result_rule(rule_line, rule, count)?;
                    }
                }

                Act::OneOrMore | Act::List | Act::ListWithEnd => {
                    let n = match def.act {
                        Act::List => 1,
                        Act::OneOrMore => 2,
                        _ => 3,
                    };
                    let mut had_trailing_sep = false;
                    let mut failed = backtrack;
                    if !backtrack {
                        loop {
                            let arg = args.get(i & 1 & n).copied().unwrap_or(args[0]);
                            match arg {
                                Arg::T(k) => {
                                    if self.lex.tok.kind == k {
                                        if i & 1 & n == 0 {
                                            self.push_result_token(rule)?;
                                        }
                                        self.lex.advance()?;
                                        i += 1;
                                    } else {
                                        i += 1;
                                        backtrack = true;
                                        failed = true;
                                        break;
                                    }
                                }
                                Arg::R(r) | Arg::O(r) => {
                                    if self.fails_at_once(r) {
                                        i += 1;
                                        backtrack = true;
                                        failed = true;
                                        break;
                                    }
                                    self.push_rule(rule_line, rule, i + 1)?;
                                    let line = self.lex.tok.line;
                                    self.push_rule(line, r, 0)?;
                                    continue 'next_rule;
                                }
                            }
                        }
                    }
                    if failed {
                        if n == 2 {
                            if i == 1 {
                                continue 'next_rule;
                            }
                            backtrack = false;
                        } else if i == 1 {
                            continue 'next_rule;
                        } else if i & 1 == 1 {
                            if n == 3 {
                                had_trailing_sep = true;
                                backtrack = false;
                            } else {
                                return Err(self.syntax_error());
                            }
                        } else {
                            backtrack = false;
                        }
                    }

                    let mut count = i.saturating_sub(1);
                    if n & 1 == 1 && matches!(args.get(1), Some(Arg::T(_))) {
                        // Token separators are not kept.
                        count = count.div_ceil(2);
                    }
                    if count == 1 {
                        if had_trailing_sep {
                            self.push_result_rule(rule_line, rule, count)?;
                        }
                    } else {
                        self.push_result_rule(rule_line, rule, count)?;
                    }
                }
            }
        }

        if self.lex.tok.kind != TokenKind::End || self.results.is_empty() {
            return Err(self.syntax_error());
        }
        Ok(self.pop())
    }

    /// A node for a constant value: a small-int leaf if it is an int that fits the target's
    /// small int, else a const node.
    fn const_node(&self, line: u32, value: ConstValue) -> Node {
        if let ConstValue::Int(v) = &value {
            if let Some(s) = self.small_int(v) {
                return Node::SmallInt(s);
            }
        }
        Node::Const(Box::new(ConstNode { line, value }))
    }

    fn small_int(&self, v: &BigInt) -> Option<i64> {
        let s = v.to_i64()?;
        let bits = self.small_int_bits as u32;
        let min = -(1i64 << (bits - 1));
        let max = (1i64 << (bits - 1)) - 1;
        if (-(1i64 << 62)..(1i64 << 62)).contains(&s) && (min..=max).contains(&s) {
            Some(s)
        } else {
            None
        }
    }

    fn push_result_token(&mut self, rule: Rule) -> Result<(), CompileError> {
        let line = self.lex.tok.line;
        let node = match self.lex.tok.kind {
            TokenKind::Name => {
                if self.lex.tok.text.len() > MAX_QSTR_LEN {
                    let tok = &self.lex.tok;
                    return Err(CompileError {
                        kind: ErrorKind::RuntimeError,
                        message: "name too long".into(),
                        line: tok.line,
                        column: tok.column,
                        span: tok.span.clone(),
                        help: Some(format!(
                            "MicroPython names are at most {MAX_QSTR_LEN} bytes long"
                        )),
                        in_scope: None,
                        traceback: false,
                    });
                }
                let q = self.interner.intern(&self.lex.tok.text);
                match self.consts.get(&q) {
                    Some(value) if rule == Rule::Atom => self.const_node(line, value.clone()),
                    _ => Node::Id(q),
                }
            }
            TokenKind::Integer => match number::parse_integer(&self.lex.tok.text) {
                Ok(v) => self.const_node(line, ConstValue::Int(v)),
                Err(msg) => {
                    return Err(self.error_at_token(
                        msg,
                        "a number must be followed by a space or an operator, and only \
                         0x/0o/0b prefixes are allowed before other digits",
                    ));
                }
            },
            TokenKind::FloatOrImag => match number::parse_float_literal(&self.lex.tok.text) {
                Ok(number::FloatLit::Float(f)) => self.const_node(line, ConstValue::Float(f)),
                Ok(number::FloatLit::Imag(f)) => self.const_node(line, ConstValue::Complex(f)),
                Err(msg) => {
                    return Err(self.error_at_token(
                        msg,
                        "a number must be followed by a space or an operator",
                    ));
                }
            },
            TokenKind::String => {
                let text = &self.lex.tok.text;
                let q = if text.len() <= INTERN_STRING_LEN {
                    Some(self.interner.intern(text))
                } else {
                    self.interner.find(text)
                };
                match q {
                    Some(q) => Node::Str(q),
                    None => self.const_node(line, ConstValue::Str(text.clone())),
                }
            }
            TokenKind::Bytes => self.const_node(line, ConstValue::Bytes(self.lex.tok.text.clone())),
            k => Node::Token(k),
        };
        self.results.push(node);
        Ok(())
    }

    fn push_result_rule(
        &mut self,
        line: u32,
        rule: Rule,
        mut num_args: usize,
    ) -> Result<(), CompileError> {
        match rule {
            Rule::AtomParen => {
                let top = self.peek(0);
                if !(top.is_null() || top.is_rule(Rule::TestlistComp)) {
                    // Parentheses around a single expression vanish.
                    return Ok(());
                }
            }
            Rule::TestlistComp => {
                if self.peek(0).is_rule(Rule::TestlistComp3b) {
                    // One item with a trailing comma.
                    self.pop();
                    num_args -= 1;
                } else if self.peek(0).is_rule(Rule::TestlistComp3c) {
                    // Many items: the 3c node already holds them all.
                    let mut node = self.pop();
                    self.pop(); // the stand-in for the stolen first item
                    if let Node::Struct(s) = &mut node {
                        s.rule = Rule::TestlistComp;
                    }
                    self.results.push(node);
                    return Ok(());
                }
            }
            Rule::TestlistComp3c => {
                // Take over the first item of the enclosing testlist_comp.
                num_args += 1;
            }
            _ => {}
        }

        if self.fold_logical_constants(rule, &mut num_args) {
            return Ok(());
        }
        if self.fold_constants(rule, num_args)? {
            return Ok(());
        }
        if self.build_tuple(line, rule, num_args) {
            return Ok(());
        }

        let children = self.pop_n(num_args);
        let node = Node::Struct(Box::new(StructNode {
            rule,
            line,
            children,
        }));
        if rule == Rule::TestlistComp3c {
            self.results.push(STOLEN);
        }
        self.results.push(node);
        Ok(())
    }

    fn fold_logical_constants(&mut self, rule: Rule, num_args: &mut usize) -> bool {
        match rule {
            Rule::OrTest | Rule::AndTest => {
                let is_or = rule == Rule::OrTest;
                let operands = self.pop_n(*num_args);
                let count = operands.len();
                let mut kept = Vec::with_capacity(count);
                for (idx, pn) in operands.into_iter().enumerate() {
                    if idx + 1 == count {
                        kept.push(pn);
                        break;
                    }
                    let truth = pn.const_truth(self.interner);
                    if truth == Some(is_or) {
                        // Decides the result: later operands are never evaluated.
                        kept.push(pn);
                        break;
                    } else if truth.is_none() {
                        kept.push(pn);
                    }
                }
                *num_args = kept.len();
                self.results.extend(kept);
                *num_args == 1
            }
            Rule::NotTest2 => {
                let value = match self.peek(0).const_truth(self.interner) {
                    Some(false) => TokenKind::KwTrue,
                    Some(true) => TokenKind::KwFalse,
                    None => return false,
                };
                self.pop();
                self.results.push(Node::Token(value));
                true
            }
            _ => false,
        }
    }

    fn number(&self, node: &Node) -> Option<Num> {
        match node {
            Node::SmallInt(v) => Some(Num::Int(BigInt::from(*v))),
            Node::Const(c) => match &c.value {
                ConstValue::Int(i) => Some(Num::Int(i.clone())),
                ConstValue::Float(f) => Some(Num::Float(*f)),
                _ => None,
            },
            _ => None,
        }
    }

    fn fold_constants(&mut self, rule: Rule, num_args: usize) -> Result<bool, CompileError> {
        if num_args < 2 {
            // Every folded rule has at least two children (operands, operator tokens).
            return Ok(false);
        }
        let result = match rule {
            Rule::Expr | Rule::XorExpr | Rule::AndExpr | Rule::Power => {
                let op = match rule {
                    Rule::Expr => BinOp::Or,
                    Rule::XorExpr => BinOp::Xor,
                    Rule::AndExpr => BinOp::And,
                    _ => BinOp::Pow,
                };
                let Some(mut acc) = self.number(self.peek(num_args - 1)) else {
                    return Ok(false);
                };
                for i in (0..num_args - 1).rev() {
                    let Some(rhs) = self.number(self.peek(i)) else {
                        return Ok(false);
                    };
                    match fold::binary_op(op, &acc, &rhs) {
                        Some(r) => acc = r,
                        None => return Ok(false),
                    }
                }
                acc
            }
            Rule::ShiftExpr | Rule::ArithExpr | Rule::Term => {
                let Some(mut acc) = self.number(self.peek(num_args - 1)) else {
                    return Ok(false);
                };
                let mut i = num_args as isize - 2;
                while i >= 1 {
                    let Some(rhs) = self.number(self.peek(i as usize - 1)) else {
                        return Ok(false);
                    };
                    let op = match self.peek(i as usize) {
                        Node::Token(TokenKind::OpDblLess) => BinOp::LShift,
                        Node::Token(TokenKind::OpDblMore) => BinOp::RShift,
                        Node::Token(TokenKind::OpPlus) => BinOp::Add,
                        Node::Token(TokenKind::OpMinus) => BinOp::Sub,
                        Node::Token(TokenKind::OpStar) => BinOp::Mul,
                        Node::Token(TokenKind::OpAt) => BinOp::MatMul,
                        Node::Token(TokenKind::OpDblSlash) => BinOp::FloorDiv,
                        Node::Token(TokenKind::OpSlash) => BinOp::TrueDiv,
                        Node::Token(TokenKind::OpPercent) => BinOp::Mod,
                        _ => return Ok(false),
                    };
                    match fold::binary_op(op, &acc, &rhs) {
                        Some(r) => acc = r,
                        None => return Ok(false),
                    }
                    i -= 2;
                }
                acc
            }
            Rule::Factor2 => {
                let Some(arg) = self.number(self.peek(0)) else {
                    return Ok(false);
                };
                let op = match self.peek(1) {
                    Node::Token(TokenKind::OpTilde) => {
                        if !matches!(arg, Num::Int(_)) {
                            return Ok(false);
                        }
                        UnOp::Invert
                    }
                    Node::Token(TokenKind::OpMinus) => UnOp::Minus,
                    _ => UnOp::Plus,
                };
                match fold::unary_op(op, &arg) {
                    Some(r) => r,
                    None => return Ok(false),
                }
            }
            Rule::ExprStmt => return self.fold_const_assignment(),
            Rule::AtomExprNormal => {
                let (Node::Id(base), Some(trailer)) =
                    (self.peek(1), self.peek(0).as_rule(Rule::TrailerPeriod))
                else {
                    return Ok(false);
                };
                let Some(Node::Id(attr)) = trailer.children.first() else {
                    return Ok(false);
                };
                if self.interner.get(*base) != b"math" {
                    return Ok(false);
                }
                let value = match self.interner.get(*attr) {
                    b"e" => core::f64::consts::E,
                    b"pi" => core::f64::consts::PI,
                    b"tau" => core::f64::consts::TAU,
                    b"inf" => f64::INFINITY,
                    b"nan" => f64::NAN,
                    _ => return Ok(false),
                };
                Num::Float(value)
            }
            _ => return Ok(false),
        };

        self.pop_n(num_args);
        let value = match result {
            Num::Int(i) => ConstValue::Int(i),
            Num::Float(f) => ConstValue::Float(f),
        };
        let node = self.const_node(0, value);
        self.results.push(node);
        Ok(true)
    }

    /// `NAME = const(value)` / `NAME: T = const(value)`: records the constant; returns true
    /// if the statement became `pass` (private `_NAME`).
    fn fold_const_assignment(&mut self) -> Result<bool, CompileError> {
        let pn1 = self.peek(0);
        if pn1.is_null()
            || pn1.is_rule(Rule::ExprStmtAugassign)
            || pn1.is_rule(Rule::ExprStmtAssignList)
        {
            return Ok(false);
        }
        let Node::Id(id) = *self.peek(1) else {
            return Ok(false);
        };
        let rhs = match pn1.as_rule(Rule::Annassign) {
            Some(_) if !self.annotated_const => return Ok(false),
            Some(ann) => ann.children.get(1),
            None => Some(pn1),
        };
        let Some(call) = rhs.and_then(|r| r.as_rule(Rule::AtomExprNormal)) else {
            return Ok(false);
        };
        let (Some(Node::Id(callee)), Some(trailer)) = (
            call.children.first(),
            call.children
                .get(1)
                .and_then(|t| t.as_rule(Rule::TrailerParen)),
        ) else {
            return Ok(false);
        };
        if self.interner.get(*callee) != b"const" {
            return Ok(false);
        }
        let value_node = trailer.children.first().cloned().unwrap_or(Node::Null);
        if !value_node.is_const() {
            let tok = &self.lex.tok;
            return Err(CompileError {
                kind: ErrorKind::SyntaxError,
                message: "not a constant".into(),
                line: call.line,
                column: 0,
                span: tok.span.clone(),
                help: Some(
                    "the argument of const() must be a number, string, bytes, None/True/False, \
                     a tuple of those, or an expression of constants the parser can fold"
                        .into(),
                ),
                in_scope: None,
                traceback: true,
            });
        }
        let value = self.const_value(&value_node);
        let private = self.interner.get(id).first() == Some(&b'_');
        self.consts.insert(id, value);
        if private {
            // A private constant needs no run-time binding.
            self.pop();
            self.pop();
            self.push_result_rule(0, Rule::PassStmt, 0)?;
            return Ok(true);
        }
        self.pop();
        self.results.push(value_node);
        Ok(false)
    }

    /// The object a constant node stands for (`mp_parse_node_convert_to_obj`).
    fn const_value(&self, node: &Node) -> ConstValue {
        match node {
            Node::SmallInt(v) => ConstValue::Int(BigInt::from(*v)),
            Node::Str(q) => ConstValue::Str(self.interner.get(*q).to_vec()),
            Node::Token(TokenKind::KwNone) => ConstValue::None,
            Node::Token(TokenKind::KwTrue) => ConstValue::True,
            Node::Token(TokenKind::KwFalse) => ConstValue::False,
            Node::Token(_) => ConstValue::Ellipsis,
            Node::Const(c) => c.value.clone(),
            _ => ConstValue::Tuple(Vec::new()),
        }
    }

    fn build_tuple_from_stack(&mut self, line: u32, num_args: usize) -> bool {
        if num_args > self.results.len() || !(0..num_args).all(|i| self.peek(i).is_const()) {
            return false;
        }
        let items = self.pop_n(num_args);
        let values = items.iter().map(|n| self.const_value(n)).collect();
        self.results.push(Node::Const(Box::new(ConstNode {
            line,
            value: ConstValue::Tuple(values),
        })));
        true
    }

    fn build_tuple(&mut self, line: u32, rule: Rule, num_args: usize) -> bool {
        match rule {
            // `(a,)`
            Rule::TestlistComp if self.peek_rule(0) == Some(Rule::AtomParen) => {
                self.build_tuple_from_stack(line, num_args)
            }
            // `(a, b, c)`
            Rule::TestlistComp3c
                if self.peek_rule(2) == Some(Rule::AtomParen)
                    && self.build_tuple_from_stack(line, num_args) =>
            {
                // The tuple replaces the enclosing testlist_comp_3b and testlist_comp.
                let len = self.rule_stack.len();
                self.rule_stack.truncate(len.saturating_sub(2));
                true
            }
            // `x = a, b`, `return a, b`, `for x in a, b:`, `x[a, b]`
            Rule::TestlistStarExpr | Rule::Testlist | Rule::Subscriptlist => {
                self.build_tuple_from_stack(line, num_args)
            }
            _ => false,
        }
    }
}
