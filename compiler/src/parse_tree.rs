//! The parse tree: the reference parser's node model (`py/parse.h`), as plain Rust data, so
//! that the compiler can follow the reference compiler (`py/compile.c`) decision for decision.
//!
//! # Producing a tree
//!
//! ```text
//! let mut interner = Interner::new();          // static + ROM qstrs of mpy-cross
//! interner.intern(input_path.as_bytes());     // mpy-cross interns the path first,
//! interner.intern(opts.source_name.as_bytes()); // then the -s name (same if no -s)
//! let tree: ParseTree = crate::parse::parse(source_bytes, &opts, &mut interner)?;
//! ```
//!
//! [`crate::parse::parse`] has the signature
//! `pub fn parse(source: &[u8], opts: &Options, interner: &mut Interner) -> Result<ParseTree, CompileError>`.
//! It lexes and parses the whole file, folding constants and `const()` on the way, and
//! interns identifiers and string literals in source order exactly as the reference does,
//! so that "is this long string literal already a qstr" (which decides between a
//! [`Node::Str`] leaf and a [`ConstValue::Str`] object) matches mpy-cross. After the parse,
//! the interner holds every qstr the parser created; the compiler resolves [`Qstr`] ids
//! with [`Interner::get`].
//!
//! # Shape
//!
//! The tree has exactly the reference's shape. In particular:
//! * The root is a [`Rule::FileInput2`] struct (its children are statements and stray
//!   `Token(Newline)` leaves, e.g. from a leading comment line) — or, since lists of one item
//!   collapse (see below), a single statement, or a lone `Token(Newline)` (a file of only
//!   comments/blank lines) — or, for an empty file, a [`Rule::FileInput`] struct with one
//!   [`Node::Null`] child.
//! * **Lists** (`one_or_more`, `list`, `list_with_end` rules such as
//!   [`Rule::SuiteBlockStmts`], [`Rule::DottedName`], [`Rule::Arglist`], [`Rule::Testlist`])
//!   carry their items as children, without separators. A list of exactly one item is not
//!   built at all: the item stands alone — except when a `list_with_end` list had a trailing
//!   separator (`x = 1,` gives a one-child `testlist_star_expr`, which then usually becomes a
//!   const tuple). Use [`Node::list_items`] (the reference's `mp_parse_node_extract_list`)
//!   to read either form.
//! * **Or** rules never appear: they are replaced by the alternative that matched.
//! * **`and_ident`** rules whose children are all null but one are replaced by that child
//!   (e.g. `test_if_expr` without `if`, `power` without `**`, `atom_expr_normal` without
//!   trailers, `namedexpr_test` without `:=`, `expr_stmt_assign`, `else_stmt`, `suite_block`,
//!   `generic_colon_test`, `dotted_as_name` without `as` …).
//! * **And** rules keep one child per rule argument (null if an optional rule did not
//!   match) and one per `NAME` token; other tokens are dropped. `and_blank` rules
//!   ([`Rule::Funcdef`], [`Rule::Lambdef`], [`Rule::LambdefNocond`], [`Rule::Classdef`],
//!   [`Rule::CompFor`]) get one extra trailing [`Node::Null`].
//! * Tokens kept as leaves ([`Node::Token`]) are those matched by or-rules and lists:
//!   `True`/`False`/`None`/`...` atoms, comparison operators (`<` … `!=`, `in`), the
//!   operators between operands of `shift_expr`/`arith_expr`/`term` (children alternate
//!   operand, operator, operand), `factor_op` (`+ - ~`), `augassign` operators,
//!   `period_or_ellipsis` in relative imports, `*` in `from m import *`, and `Newline` in
//!   the file list. `not in` is a zero-child [`Rule::CompOpNotIn`] struct; `is` / `is not`
//!   a [`Rule::CompOpIs`] with one child (null, or a zero-child [`Rule::CompOpIsNot`]).
//! * `( x )` is just `x`; `()` is an [`Rule::AtomParen`] with one null child; `(a, b)` and
//!   `[a, b]` are `atom_paren`/`atom_bracket` over a [`Rule::TestlistComp`] whose children
//!   are the items (`testlist_comp_3b`/`3c` never survive); `(x for …)` keeps
//!   `testlist_comp(x, comp_for)`.
//! * Constant folding ([`crate::parse`]): arithmetic on int/float constants, unary ops and
//!   `math.<const>` become a small-int leaf or a [`Node::Const`] with line 0; `not c`
//!   becomes a `KwTrue`/`KwFalse` token; `and`/`or` drop the operands a constant decides
//!   (leaving the single survivor, or a shorter `or_test`/`and_test`). Tuples of constants
//!   (`a, b`, `(a, b)`, `x[a, b]`, `return a, b`, `for x in a, b`) become
//!   [`ConstValue::Tuple`] const nodes carrying the tuple's line.
//! * `__debug__` never reaches the parser: the lexer turns it into `True` (optimisation
//!   level 0) or `False`.
//! * Lonely constant statements (docstrings, `1`, `...`, `None`) become a zero-child
//!   [`Rule::PassStmt`] with the statement's line; `_NAME = const(v)` becomes a zero-child
//!   `pass_stmt` with line **0**. `NAME = const(v)` (or `NAME: T = const(v)`) stays an
//!   `expr_stmt(Id(NAME), v)` — the call replaced by its argument, an annotation dropped.
//! * A name bound by `const()` is replaced, wherever it later appears as an atom, by the
//!   value (a small-int leaf or a const node with the atom's line); `True`/`None`/str/tuple
//!   values become const nodes ([`ConstValue::True`], …), as the reference emits them as
//!   objects.
//!
//! [`Node::dump`] prints a tree in the format of the reference's `mp_parse_node_print` (with
//! rule and token names instead of numbers), for tests.

use core::fmt::Write as _;

use num_bigint::BigInt;

pub use crate::grammar::Rule;
pub use crate::lexer::TokenKind;

/// An interned string (a qstr), as an index into an [`Interner`]. The numbers are ours, not
/// MicroPython's qstr ids; compare texts (or ids from the same interner).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Qstr(pub u32);

/// mpy-cross's ROM qstrs longer than 10 bytes (`spec/rom-qstrs-long.txt`): interned before any
/// source is read, so a long string literal equal to one of them is a qstr.
pub static ROM_QSTRS_LONG: [&str; 50] = [
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "GeneratorExit",
    "ImportError",
    "IndentationError",
    "Interpolation",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "NotImplementedError",
    "OverflowError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "UnicodeError",
    "ViperTypeError",
    "ZeroDivisionError",
    "__build_class__",
    "__complex__",
    "__contains__",
    "__delitem__",
    "__getattr__",
    "__getitem__",
    "__qualname__",
    "__repl_print__",
    "__reversed__",
    "__setitem__",
    "__template__",
    "__traceback__",
    "bound_method",
    "classmethod",
    "difference_update",
    "format_spec",
    "heap_unlock",
    "interpolations",
    "intersection",
    "intersection_update",
    "maximum recursion depth exceeded",
    "micropython",
    "staticmethod",
    "string.templatelib",
    "symmetric_difference",
    "symmetric_difference_update",
    "templatelib",
    "unpack_from",
    "vcvt_f32_s32",
    "vcvt_s32_f32",
];

/// The qstr pool: every string interned so far, in interning order.
///
/// [`Interner::new`] starts with the 165 static qstrs of the `.mpy` format and mpy-cross's
/// long ROM qstrs; whether a string is in the pool is what the parser's string rule asks.
///
/// The texts live end to end in one buffer, found through an open-addressing table of ids
/// (one allocation per growth, not per string).
#[derive(Clone, Debug)]
pub struct Interner {
    /// Every text, end to end.
    bytes: Vec<u8>,
    /// Where each id's text ends in `bytes` (it starts where the previous one ends).
    ends: Vec<u32>,
    /// Open addressing, linear probing: `EMPTY` or an id. Its length is a power of two,
    /// at least twice the number of ids.
    table: Vec<u32>,
}

const EMPTY: u32 = u32::MAX;

impl Default for Interner {
    fn default() -> Self {
        Self::new()
    }
}

impl Interner {
    /// A pool holding what mpy-cross has interned before it reads a file.
    pub fn new() -> Self {
        // Built once per process, then copied (three allocations).
        static BASE: std::sync::OnceLock<Interner> = std::sync::OnceLock::new();
        BASE.get_or_init(Self::build_base).clone()
    }

    fn build_base() -> Self {
        let mut interner = Interner {
            bytes: Vec::with_capacity(8 << 10),
            ends: Vec::with_capacity(1024),
            table: vec![EMPTY; 2048],
        };
        for s in frost_formats::qstr_static::STATIC_QSTRS.iter().skip(1) {
            interner.intern(s.as_bytes());
        }
        for s in ROM_QSTRS_LONG.iter() {
            interner.intern(s.as_bytes());
        }
        interner
    }

    /// The table slot holding `s`, or the empty slot where it would go.
    #[inline]
    fn slot(&self, s: &[u8]) -> usize {
        let mask = self.table.len() - 1;
        let mut i = crate::hash::hash_bytes(s) as usize & mask;
        loop {
            let id = self.table[i];
            if id == EMPTY || self.get(Qstr(id)) == s {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// Interns `s`, returning its id (the existing one if already interned).
    pub fn intern(&mut self, s: &[u8]) -> Qstr {
        let i = self.slot(s);
        if self.table[i] != EMPTY {
            return Qstr(self.table[i]);
        }
        let id = self.ends.len() as u32;
        self.bytes.extend_from_slice(s);
        self.ends.push(self.bytes.len() as u32);
        self.table[i] = id;
        if self.ends.len() * 2 > self.table.len() {
            self.grow();
        }
        Qstr(id)
    }

    fn grow(&mut self) {
        let len = self.table.len() * 2;
        self.table.clear();
        self.table.resize(len, EMPTY);
        for id in 0..self.ends.len() as u32 {
            let i = self.slot(self.get(Qstr(id)));
            self.table[i] = id;
        }
    }

    /// The id of `s` if it is interned (the reference's `qstr_find_strn`).
    pub fn find(&self, s: &[u8]) -> Option<Qstr> {
        let id = self.table[self.slot(s)];
        (id != EMPTY).then_some(Qstr(id))
    }

    /// The text of `q` (empty for an id this pool never handed out).
    #[inline]
    pub fn get(&self, q: Qstr) -> &[u8] {
        let i = q.0 as usize;
        let Some(&end) = self.ends.get(i) else {
            return &[];
        };
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.bytes[start as usize..end as usize]
    }

    /// The `.mpy` static qstr id of `q`, if its text is a static qstr: the static qstrs are
    /// the first ids of every pool, in their order (from static id 1), and a text is interned
    /// once, so no later id holds one.
    #[inline]
    pub fn static_id(&self, q: Qstr) -> Option<u16> {
        let static_count = frost_formats::qstr_static::STATIC_QSTR_COUNT as u32 - 1;
        (q.0 < static_count).then(|| q.0 as u16 + 1)
    }

    /// Number of strings in the pool.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the pool is empty (never, after [`Interner::new`]).
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// The result of parsing a module.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseTree {
    /// The root node (see the module docs for its shape).
    pub root: Node,
}

/// A parse node.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// No node: an optional part that was absent (`MP_PARSE_NODE_NULL`).
    Null,
    /// An identifier (`MP_PARSE_NODE_ID`).
    Id(Qstr),
    /// An integer that fits the target's small int (`-msmall-int-bits`, default 31 bits:
    /// −2^30 … 2^30−1). Larger ints are [`ConstValue::Int`] const nodes.
    SmallInt(i64),
    /// An interned string literal (`MP_PARSE_NODE_STRING`): compiled as `LOAD_CONST_STRING`.
    Str(Qstr),
    /// A token kept as a leaf (see the module docs for which).
    Token(TokenKind),
    /// A rule node.
    Struct(Box<StructNode>),
    /// A constant object (the reference's `RULE_const_object`).
    Const(Box<ConstNode>),
}

/// A rule node: a rule and its children.
///
/// It implements `Drop` (to free deep trees without recursion), so take the children with
/// `std::mem::take(&mut node.children)` rather than by destructuring.
#[derive(Clone, Debug, PartialEq)]
pub struct StructNode {
    /// Which rule.
    pub rule: Rule,
    /// Source line of the rule's first token (1-based).
    pub line: u32,
    /// The children (see the module docs for what each kind of rule keeps).
    pub children: Vec<Node>,
}

/// A constant object node.
#[derive(Clone, Debug, PartialEq)]
pub struct ConstNode {
    /// Source line of the literal; 0 for a constant produced by folding.
    pub line: u32,
    /// The value.
    pub value: ConstValue,
}

/// The value of a constant object.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    /// An int. As a node, always one that does not fit the target small int; inside a tuple
    /// any int.
    Int(BigInt),
    /// A float.
    Float(f64),
    /// An imaginary literal (`2j`): a complex number with real part 0 and this imaginary part.
    Complex(f64),
    /// A str object (a literal longer than 10 bytes not already interned, or a `const()`
    /// str value substituted for a name, or a str inside a tuple).
    Str(Vec<u8>),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// A tuple of constants.
    Tuple(Vec<ConstValue>),
    /// `None` (only inside tuples or as a substituted `const()` value).
    None,
    /// `True` (idem).
    True,
    /// `False` (idem).
    False,
    /// `...` (idem).
    Ellipsis,
}

impl ConstValue {
    /// Python truthiness of the value.
    pub fn is_true(&self) -> bool {
        match self {
            ConstValue::Int(i) => i.sign() != num_bigint::Sign::NoSign,
            ConstValue::Float(f) => *f != 0.0,
            ConstValue::Complex(f) => *f != 0.0,
            ConstValue::Str(s) | ConstValue::Bytes(s) => !s.is_empty(),
            ConstValue::Tuple(t) => !t.is_empty(),
            ConstValue::None | ConstValue::False => false,
            ConstValue::True | ConstValue::Ellipsis => true,
        }
    }
}

impl Node {
    /// The struct node if this is one.
    pub fn as_struct(&self) -> Option<&StructNode> {
        match self {
            Node::Struct(s) => Some(s),
            _ => None,
        }
    }

    /// The struct node if this is one of rule `rule`.
    pub fn as_rule(&self, rule: Rule) -> Option<&StructNode> {
        match self {
            Node::Struct(s) if s.rule == rule => Some(s),
            _ => None,
        }
    }

    /// The identifier if this is an id leaf.
    pub fn as_id(&self) -> Option<Qstr> {
        match self {
            Node::Id(q) => Some(*q),
            _ => None,
        }
    }

    /// The value if this is a small-int leaf.
    pub fn as_small_int(&self) -> Option<i64> {
        match self {
            Node::SmallInt(v) => Some(*v),
            _ => None,
        }
    }

    /// The kind if this is a token leaf.
    pub fn as_token(&self) -> Option<TokenKind> {
        match self {
            Node::Token(k) => Some(*k),
            _ => None,
        }
    }

    /// The constant if this is a const node.
    pub fn as_const(&self) -> Option<&ConstNode> {
        match self {
            Node::Const(c) => Some(c),
            _ => None,
        }
    }

    /// The children of a struct node (nothing for other nodes).
    pub fn children(&self) -> &[Node] {
        match self {
            Node::Struct(s) => &s.children,
            _ => &[],
        }
    }

    /// Whether this is a struct node of rule `rule` (`MP_PARSE_NODE_IS_STRUCT_KIND`).
    pub fn is_rule(&self, rule: Rule) -> bool {
        self.as_rule(rule).is_some()
    }

    /// Whether this is the null node.
    pub fn is_null(&self) -> bool {
        matches!(self, Node::Null)
    }

    /// Whether this is a leaf (id, small int, str or token).
    pub fn is_leaf(&self) -> bool {
        matches!(
            self,
            Node::Id(_) | Node::SmallInt(_) | Node::Str(_) | Node::Token(_)
        )
    }

    /// Whether this is the token leaf `kind`.
    pub fn is_token(&self, kind: TokenKind) -> bool {
        matches!(self, Node::Token(k) if *k == kind)
    }

    /// The source line of a struct or const node (0 for leaves and folded constants).
    pub fn line(&self) -> u32 {
        match self {
            Node::Struct(s) => s.line,
            Node::Const(c) => c.line,
            _ => 0,
        }
    }

    /// The items of a list node of rule `rule`: its children if it is one, nothing if null,
    /// else the node itself as a one-item list (`mp_parse_node_extract_list`).
    pub fn list_items(&self, rule: Rule) -> &[Node] {
        match self {
            Node::Null => &[],
            Node::Struct(s) if s.rule == rule => &s.children,
            other => core::slice::from_ref(other),
        }
    }

    /// Whether the node is a compile-time constant (`mp_parse_node_is_const`): small int,
    /// str leaf, `None`/`True`/`False`/`...` token, const node, or `()`.
    pub fn is_const(&self) -> bool {
        match self {
            Node::SmallInt(_) | Node::Str(_) | Node::Const(_) => true,
            Node::Token(k) => matches!(
                k,
                TokenKind::KwNone | TokenKind::KwFalse | TokenKind::KwTrue | TokenKind::Ellipsis
            ),
            Node::Struct(s) => {
                s.rule == Rule::AtomParen && s.children.first().is_some_and(Node::is_null)
            }
            Node::Null | Node::Id(_) => false,
        }
    }

    /// Truthiness of a constant node, `None` if the node is not a constant. A str leaf is
    /// true iff its text is not empty.
    pub fn const_truth(&self, interner: &Interner) -> Option<bool> {
        if !self.is_const() {
            return None;
        }
        Some(match self {
            Node::SmallInt(v) => *v != 0,
            Node::Str(q) => !interner.get(*q).is_empty(),
            Node::Const(c) => c.value.is_true(),
            Node::Token(k) => matches!(k, TokenKind::KwTrue | TokenKind::Ellipsis),
            _ => false, // `()`
        })
    }

    /// `mp_parse_node_is_const_true`.
    pub fn is_const_true(&self, interner: &Interner) -> bool {
        self.const_truth(interner) == Some(true)
    }

    /// `mp_parse_node_is_const_false`.
    pub fn is_const_false(&self, interner: &Interner) -> bool {
        self.const_truth(interner) == Some(false)
    }

    /// A text dump in the format of the reference's `mp_parse_node_print`, one node per line:
    /// `[line] ` (struct and const nodes) or 7 spaces, then two spaces per depth, then
    /// `rule_name (n=N)`, `id(x)`, `int(5)`, `str(x)`, `tok(NAME)`, `const(repr)` or `NULL`.
    pub fn dump(&self, interner: &Interner) -> String {
        let mut out = String::new();
        // An explicit stack rather than recursion: trees can be thousands of levels deep.
        let mut stack = vec![(self, 0usize)];
        while let Some((node, indent)) = stack.pop() {
            node.dump_line(interner, indent, &mut out);
            if let Node::Struct(s) = node {
                for child in s.children.iter().rev() {
                    stack.push((child, indent + 2));
                }
            }
        }
        out
    }

    fn dump_line(&self, interner: &Interner, indent: usize, out: &mut String) {
        match self {
            // The reference prints lines with `% 4d`: a sign space, then width 4.
            Node::Struct(s) => {
                let _ = write!(out, "[{:>4}] ", format!(" {}", s.line));
            }
            Node::Const(c) => {
                let _ = write!(out, "[{:>4}] ", format!(" {}", c.line));
            }
            _ => out.push_str("       "),
        }
        for _ in 0..indent {
            out.push(' ');
        }
        match self {
            Node::Null => out.push_str("NULL\n"),
            Node::SmallInt(v) => {
                let _ = writeln!(out, "int({v})");
            }
            Node::Id(q) => {
                let _ = writeln!(out, "id({})", escape_text(interner.get(*q)));
            }
            Node::Str(q) => {
                let _ = writeln!(out, "str({})", escape_text(interner.get(*q)));
            }
            Node::Token(k) => {
                let _ = writeln!(out, "tok({})", k.name());
            }
            Node::Const(c) => {
                let _ = writeln!(out, "const({})", c.value.repr());
            }
            Node::Struct(s) => {
                let _ = writeln!(out, "{} (n={})", s.rule.name(), s.children.len());
            }
        }
    }
}

impl Drop for StructNode {
    /// Drops the subtree without recursion (a tree can be thousands of levels deep, e.g.
    /// nested brackets), so dropping never overflows the stack.
    fn drop(&mut self) {
        let mut pending = core::mem::take(&mut self.children);
        while let Some(mut node) = pending.pop() {
            if let Node::Struct(s) = &mut node {
                pending.append(&mut s.children);
            }
        }
    }
}

impl ConstValue {
    /// A Python-like repr for dumps (floats use Rust's shortest round-trip text).
    pub fn repr(&self) -> String {
        match self {
            ConstValue::Int(i) => i.to_string(),
            ConstValue::Float(f) => float_repr(*f),
            ConstValue::Complex(f) => format!("{}j", float_repr(*f)),
            ConstValue::Str(s) => format!("'{}'", escape_text(s).replace('\'', "\\'")),
            ConstValue::Bytes(s) => format!("b'{}'", escape_text(s).replace('\'', "\\'")),
            ConstValue::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(ConstValue::repr).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            ConstValue::None => "None".into(),
            ConstValue::True => "True".into(),
            ConstValue::False => "False".into(),
            ConstValue::Ellipsis => "Ellipsis".into(),
        }
    }
}

fn float_repr(f: f64) -> String {
    if f.is_nan() {
        "nan".into()
    } else if f.is_infinite() {
        if f > 0.0 { "inf".into() } else { "-inf".into() }
    } else {
        format!("{f:?}")
    }
}

/// Text for dumps: printable ASCII as is, everything else (including bytes ≥ 0x80) as
/// `\xNN`, and the backslash doubled.
fn escape_text(s: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s {
        match b {
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out
}

#[cfg(test)]
mod static_id_tests {
    use super::*;

    #[test]
    fn static_ids_match_the_format_table() {
        let mut names = Interner::new();
        let extra = [
            names.intern(b"not_static_at_all"),
            names.intern(b"__init__"),
        ];
        for id in (0..names.len() as u32).chain(extra.iter().map(|q| q.0)) {
            let text = names.get(Qstr(id));
            assert_eq!(
                names.static_id(Qstr(id)),
                frost_formats::qstr_static::static_qstr_id(text),
                "{}",
                String::from_utf8_lossy(text)
            );
        }
    }
}
