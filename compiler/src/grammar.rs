//! The grammar: one entry per rule of the reference grammar (`py/grammar.h` of MicroPython,
//! with async/await, `:=`, slices and sets enabled), in the reference's rule order, driving
//! the table-driven parser in [`crate::parse`].
//!
//! A rule is an *or* (first alternative that matches), an *and* (a sequence; tokens other than
//! `NAME` are matched but not kept), or a *list* (`one_or_more`: `item+`; `list`:
//! `item (sep item)*`; `list_with_end`: `item (sep item)* [sep]`). `and_ident` rules vanish
//! when only one child is not null; `and_blank` rules get an extra null child at the end
//! (the compiler keeps per-scope data there in the reference).

use crate::lexer::TokenKind as K;

/// Every rule of the grammar. The first 58 are the rules with a compile function in the
/// reference (they can appear as struct nodes in a parse tree); the others are helper rules,
/// some of which also appear in trees (e.g. lists like [`Rule::DottedName`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Rule {
    /// `file_input`
    FileInput,
    /// `file_input_2`
    FileInput2,
    /// `decorated`
    Decorated,
    /// `funcdef`
    Funcdef,
    /// `simple_stmt_2`
    SimpleStmt2,
    /// `expr_stmt`
    ExprStmt,
    /// `testlist_star_expr`
    TestlistStarExpr,
    /// `del_stmt`
    DelStmt,
    /// `pass_stmt`
    PassStmt,
    /// `break_stmt`
    BreakStmt,
    /// `continue_stmt`
    ContinueStmt,
    /// `return_stmt`
    ReturnStmt,
    /// `yield_stmt`
    YieldStmt,
    /// `raise_stmt`
    RaiseStmt,
    /// `import_name`
    ImportName,
    /// `import_from`
    ImportFrom,
    /// `global_stmt`
    GlobalStmt,
    /// `nonlocal_stmt`
    NonlocalStmt,
    /// `assert_stmt`
    AssertStmt,
    /// `async_stmt`
    AsyncStmt,
    /// `if_stmt`
    IfStmt,
    /// `while_stmt`
    WhileStmt,
    /// `for_stmt`
    ForStmt,
    /// `try_stmt`
    TryStmt,
    /// `with_stmt`
    WithStmt,
    /// `suite_block_stmts`
    SuiteBlockStmts,
    /// `namedexpr_test`
    NamedexprTest,
    /// `test_if_expr`
    TestIfExpr,
    /// `lambdef`
    Lambdef,
    /// `lambdef_nocond`
    LambdefNocond,
    /// `or_test`
    OrTest,
    /// `and_test`
    AndTest,
    /// `not_test_2`
    NotTest2,
    /// `comparison`
    Comparison,
    /// `star_expr`
    StarExpr,
    /// `expr`
    Expr,
    /// `xor_expr`
    XorExpr,
    /// `and_expr`
    AndExpr,
    /// `shift_expr`
    ShiftExpr,
    /// `arith_expr`
    ArithExpr,
    /// `term`
    Term,
    /// `factor_2`
    Factor2,
    /// `power`
    Power,
    /// `atom_expr_await`
    AtomExprAwait,
    /// `atom_expr_normal`
    AtomExprNormal,
    /// `atom_paren`
    AtomParen,
    /// `atom_bracket`
    AtomBracket,
    /// `atom_brace`
    AtomBrace,
    /// `trailer_paren`
    TrailerParen,
    /// `trailer_bracket`
    TrailerBracket,
    /// `trailer_period`
    TrailerPeriod,
    /// `subscriptlist`
    Subscriptlist,
    /// `subscript_2`
    Subscript2,
    /// `subscript_3`
    Subscript3,
    /// `testlist`
    Testlist,
    /// `dictorsetmaker_item`
    DictorsetmakerItem,
    /// `classdef`
    Classdef,
    /// `yield_expr`
    YieldExpr,
    /// `generic_colon_test`
    GenericColonTest,
    /// `generic_equal_test`
    GenericEqualTest,
    /// `single_input`
    SingleInput,
    /// `file_input_3`
    FileInput3,
    /// `eval_input`
    EvalInput,
    /// `eval_input_2`
    EvalInput2,
    /// `decorator`
    Decorator,
    /// `decorators`
    Decorators,
    /// `decorated_body`
    DecoratedBody,
    /// `async_funcdef`
    AsyncFuncdef,
    /// `funcdefrettype`
    Funcdefrettype,
    /// `typedargslist`
    Typedargslist,
    /// `typedargslist_item`
    TypedargslistItem,
    /// `typedargslist_name`
    TypedargslistName,
    /// `typedargslist_star`
    TypedargslistStar,
    /// `typedargslist_dbl_star`
    TypedargslistDblStar,
    /// `tfpdef`
    Tfpdef,
    /// `varargslist`
    Varargslist,
    /// `varargslist_item`
    VarargslistItem,
    /// `varargslist_name`
    VarargslistName,
    /// `varargslist_star`
    VarargslistStar,
    /// `varargslist_dbl_star`
    VarargslistDblStar,
    /// `vfpdef`
    Vfpdef,
    /// `stmt`
    Stmt,
    /// `simple_stmt`
    SimpleStmt,
    /// `small_stmt`
    SmallStmt,
    /// `expr_stmt_2`
    ExprStmt2,
    /// `expr_stmt_augassign`
    ExprStmtAugassign,
    /// `expr_stmt_assign_list`
    ExprStmtAssignList,
    /// `expr_stmt_assign`
    ExprStmtAssign,
    /// `expr_stmt_6`
    ExprStmt6,
    /// `testlist_star_expr_2`
    TestlistStarExpr2,
    /// `annassign`
    Annassign,
    /// `augassign`
    Augassign,
    /// `flow_stmt`
    FlowStmt,
    /// `raise_stmt_arg`
    RaiseStmtArg,
    /// `raise_stmt_from`
    RaiseStmtFrom,
    /// `import_stmt`
    ImportStmt,
    /// `import_from_2`
    ImportFrom2,
    /// `import_from_2b`
    ImportFrom2b,
    /// `import_from_3`
    ImportFrom3,
    /// `import_as_names_paren`
    ImportAsNamesParen,
    /// `one_or_more_period_or_ellipsis`
    OneOrMorePeriodOrEllipsis,
    /// `period_or_ellipsis`
    PeriodOrEllipsis,
    /// `import_as_name`
    ImportAsName,
    /// `dotted_as_name`
    DottedAsName,
    /// `as_name`
    AsName,
    /// `import_as_names`
    ImportAsNames,
    /// `dotted_as_names`
    DottedAsNames,
    /// `dotted_name`
    DottedName,
    /// `name_list`
    NameList,
    /// `assert_stmt_extra`
    AssertStmtExtra,
    /// `compound_stmt`
    CompoundStmt,
    /// `async_stmt_2`
    AsyncStmt2,
    /// `if_stmt_elif_list`
    IfStmtElifList,
    /// `if_stmt_elif`
    IfStmtElif,
    /// `try_stmt_2`
    TryStmt2,
    /// `try_stmt_except_and_more`
    TryStmtExceptAndMore,
    /// `try_stmt_except`
    TryStmtExcept,
    /// `try_stmt_as_name`
    TryStmtAsName,
    /// `try_stmt_except_list`
    TryStmtExceptList,
    /// `try_stmt_finally`
    TryStmtFinally,
    /// `else_stmt`
    ElseStmt,
    /// `with_stmt_list`
    WithStmtList,
    /// `with_item`
    WithItem,
    /// `with_item_as`
    WithItemAs,
    /// `suite`
    Suite,
    /// `suite_block`
    SuiteBlock,
    /// `namedexpr_test_2`
    NamedexprTest2,
    /// `test`
    Test,
    /// `test_if_else`
    TestIfElse,
    /// `test_nocond`
    TestNocond,
    /// `not_test`
    NotTest,
    /// `comp_op`
    CompOp,
    /// `comp_op_not_in`
    CompOpNotIn,
    /// `comp_op_is`
    CompOpIs,
    /// `comp_op_is_not`
    CompOpIsNot,
    /// `shift_op`
    ShiftOp,
    /// `arith_op`
    ArithOp,
    /// `term_op`
    TermOp,
    /// `factor`
    Factor,
    /// `factor_op`
    FactorOp,
    /// `atom_expr`
    AtomExpr,
    /// `atom_expr_trailers`
    AtomExprTrailers,
    /// `power_dbl_star`
    PowerDblStar,
    /// `atom`
    Atom,
    /// `atom_2b`
    Atom2b,
    /// `testlist_comp`
    TestlistComp,
    /// `testlist_comp_2`
    TestlistComp2,
    /// `testlist_comp_3`
    TestlistComp3,
    /// `testlist_comp_3b`
    TestlistComp3b,
    /// `testlist_comp_3c`
    TestlistComp3c,
    /// `trailer`
    Trailer,
    /// `subscript`
    Subscript,
    /// `subscript_3b`
    Subscript3b,
    /// `subscript_3c`
    Subscript3c,
    /// `subscript_3d`
    Subscript3d,
    /// `sliceop`
    Sliceop,
    /// `exprlist`
    Exprlist,
    /// `exprlist_2`
    Exprlist2,
    /// `dictorsetmaker`
    Dictorsetmaker,
    /// `dictorsetmaker_tail`
    DictorsetmakerTail,
    /// `dictorsetmaker_list`
    DictorsetmakerList,
    /// `dictorsetmaker_list2`
    DictorsetmakerList2,
    /// `classdef_2`
    Classdef2,
    /// `arglist`
    Arglist,
    /// `arglist_2`
    Arglist2,
    /// `arglist_star`
    ArglistStar,
    /// `arglist_dbl_star`
    ArglistDblStar,
    /// `argument`
    Argument,
    /// `argument_2`
    Argument2,
    /// `argument_3`
    Argument3,
    /// `comp_iter`
    CompIter,
    /// `comp_for`
    CompFor,
    /// `comp_if`
    CompIf,
    /// `yield_arg`
    YieldArg,
    /// `yield_arg_from`
    YieldArgFrom,
}

/// How a rule matches its arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Act {
    /// The first argument that matches.
    Or,
    /// All arguments in sequence.
    And,
    /// All arguments in sequence; if only one child is not null the rule is replaced by it.
    AndIdent,
    /// All arguments in sequence, plus one null child at the end.
    AndBlank,
    /// `item+` (args: item, item).
    OneOrMore,
    /// `item (sep item)*` (args: item, separator).
    List,
    /// `item (sep item)* [sep]` (args: item, separator).
    ListWithEnd,
}

/// One argument of a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A token.
    T(K),
    /// A rule that must match.
    R(Rule),
    /// An optional rule (null child if it does not match).
    O(Rule),
}

use Arg::{O, R, T};

/// The definition of one rule.
#[derive(Clone, Copy, Debug)]
pub struct RuleDef {
    /// The reference name (`expr_stmt`), used in dumps.
    pub name: &'static str,
    /// How the arguments are matched.
    pub act: Act,
    /// The arguments.
    pub args: &'static [Arg],
}

/// Number of rules.
pub const RULE_COUNT: usize = 175;

impl Rule {
    /// The rule's definition.
    pub fn def(self) -> &'static RuleDef {
        &RULES[self as usize]
    }

    /// The reference name of the rule (`atom_expr_normal`).
    pub fn name(self) -> &'static str {
        RULES[self as usize].name
    }
}

/// The rule table, indexed by `Rule as usize`.
pub static RULES: [RuleDef; RULE_COUNT] = RULE_TABLE;

/// For each rule, the tokens (bit `TokenKind as u8`) at which an attempt of the rule may do
/// anything but fail at once: fail without consuming a token, pushing a result or raising
/// an error, exactly as the parser would find out by trying. The parser skips attempts at
/// other tokens. Computed from [`RULES`] when frost is built.
pub static MAY_START: [u128; RULE_COUNT] = MAY_START_SETS;

const MAY_START_SETS: [u128; RULE_COUNT] = may_start();

/// For each rule and token kind (`TokenKind as u8`), what a fresh attempt of the rule at
/// that token does first when all it does is enter a sub-rule, skipping the alternatives that
/// would fail at once ([`MAY_START`]): `(sub-rule, argument index)`, where the index is the
/// one the rule's own entry, pushed before the sub-rule's, resumes at, or 0 if the rule
/// pushes no entry of its own (an `Or` rule's last alternative). `None` when the attempt
/// does anything else first: consumes a token, pushes a null result or fails. Valid only
/// where [`MAY_START`] may be used, away from the rule-stack limit ([`FAIL_DEPTH`]).
///
/// Indexed by token kind, then rule: a chain looks up rules of one token's row, which stays
/// in the cache.
pub static DESCENT: [[Option<(Rule, u8)>; RULE_COUNT]; 128] = descent();

/// For each rule, the token kinds (bits) at which coming back to the rule's entry at argument
/// 1, after its first sub-rule matched with a result that is not null, changes nothing but
/// popping the entry: an `Or` rule (it matched); a list whose next item or separator cannot
/// start there, so that its one item stands for it; an `AndIdent` rule (other than
/// `expr_stmt`, which looks at its children) whose other arguments are all optional rules
/// that cannot start there, so that it would add null children and then be replaced by its
/// one other child. Valid only where [`MAY_START`] may be used.
///
/// Indexed by token kind, then rule: the parser looks up one token's row, every round, so
/// that row stays in the cache (flags rather than bit sets: one load).
pub static RESUME_NOOP: [[bool; RULE_COUNT]; 128] = {
    let sets = resume_noop();
    let mut table = [[false; RULE_COUNT]; 128];
    let mut r = 0;
    while r < RULE_COUNT {
        let mut k = 0;
        while k < 128 {
            table[k][r] = sets[r] >> k & 1 == 1;
            k += 1;
        }
        r += 1;
    }
    table
};

/// For each token kind and `Or` rule, the first alternative that does not fail at once at
/// that token: the token itself, or a rule that may start there (the number of alternatives
/// if none). The parser starts a fresh attempt there instead of testing the alternatives
/// before it one by one. Valid only where [`MAY_START`] may be used.
pub static OR_FIRST: [[u8; RULE_COUNT]; 128] = {
    let mut table = [[0u8; RULE_COUNT]; 128];
    let mut r = 0;
    while r < RULE_COUNT {
        let def = &RULE_TABLE[r];
        if matches!(def.act, Act::Or) {
            let mut k = 0;
            while k < 128 {
                let mut i = 0;
                while i < def.args.len() {
                    let viable = match def.args[i] {
                        T(t) => t as usize == k,
                        R(c) | O(c) => MAY_START_SETS[c as usize] >> k & 1 == 1,
                    };
                    if viable {
                        break;
                    }
                    i += 1;
                }
                table[k][r] = i as u8;
                k += 1;
            }
        }
        r += 1;
    }
    table
};

const fn resume_noop() -> [u128; RULE_COUNT] {
    let mut sets = [0u128; RULE_COUNT];
    let mut r = 0;
    while r < RULE_COUNT {
        let def = &RULE_TABLE[r];
        let args = def.args;
        sets[r] = match def.act {
            Act::Or => u128::MAX,
            // `item (sep item)*`: the separator (a token or a rule).
            Act::List | Act::ListWithEnd => match args {
                [_, T(sep)] => !(1u128 << (*sep as u8)),
                [_, R(sep) | O(sep)] => !MAY_START_SETS[*sep as usize],
                _ => 0,
            },
            // `item+`: the next item.
            Act::OneOrMore => match args[0] {
                T(t) => !(1u128 << (t as u8)),
                R(c) | O(c) => !MAY_START_SETS[c as usize],
            },
            Act::AndIdent if r != Rule::ExprStmt as usize && args.len() > 1 => {
                let mut set = u128::MAX;
                let mut i = 1;
                while i < args.len() {
                    set &= match args[i] {
                        O(c) => !MAY_START_SETS[c as usize],
                        _ => 0,
                    };
                    i += 1;
                }
                set
            }
            _ => 0,
        };
        r += 1;
    }
    sets
}

const fn descent() -> [[Option<(Rule, u8)>; RULE_COUNT]; 128] {
    let mut table = [[None; RULE_COUNT]; 128];
    let mut r = 0;
    while r < RULE_COUNT {
        let mut k = 0;
        while k < 128 {
            table[k][r] = descent_step(&RULE_TABLE[r], k as u32);
            k += 1;
        }
        r += 1;
    }
    table
}

const fn descent_step(def: &RuleDef, k: u32) -> Option<(Rule, u8)> {
    let n = def.args.len();
    if !matches!(def.act, Act::Or) {
        // And and list rules start with their first argument and always push their entry.
        return match def.args[0] {
            T(_) => None,
            R(c) | O(c) => {
                if MAY_START_SETS[c as usize] >> k & 1 == 1 {
                    Some((c, 1))
                } else {
                    None
                }
            }
        };
    }
    let mut i = 0;
    while i < n {
        match def.args[i] {
            T(t) => {
                if t as u32 == k {
                    return None;
                }
            }
            R(c) | O(c) => {
                if MAY_START_SETS[c as usize] >> k & 1 == 1 {
                    return Some((c, if i + 1 < n { (i + 1) as u8 } else { 0 }));
                }
            }
        }
        i += 1;
    }
    None
}

/// The most entries an attempt that fails at once pushes onto the rule stack (before they
/// are popped again), for any rule: skipping such an attempt cannot skip a rule-stack
/// overflow while the stack is at least this far from its limit.
pub const FAIL_DEPTH: usize = fail_depth();

// Token kinds index bits of a `u128` (the last one, too).
const _: () = assert!((K::DelMinusMore as u8) < 128);

/// The rules an attempt descends into before it consumes a token (`None` for a token).
const fn first_rule(a: Arg) -> Option<Rule> {
    match a {
        T(_) => None,
        R(r) | O(r) => Some(r),
    }
}

const fn may_start() -> [u128; RULE_COUNT] {
    let mut sets = [0u128; RULE_COUNT];
    // The grammar has no left recursion, so this least fixpoint is reached in at most
    // RULE_COUNT rounds.
    loop {
        let mut changed = false;
        let mut r = 0;
        while r < RULE_COUNT {
            let def = &RULE_TABLE[r];
            let mut set = 0u128;
            let mut i = 0;
            // Or: every alternative is tried; and/list: only the first argument, and an
            // optional first argument that fails leaves a null result behind.
            let n = if matches!(def.act, Act::Or) {
                def.args.len()
            } else {
                1
            };
            while i < n {
                set |= match def.args[i] {
                    T(k) => 1u128 << (k as u8),
                    O(_) if !matches!(def.act, Act::Or) => u128::MAX,
                    R(c) | O(c) => sets[c as usize],
                };
                i += 1;
            }
            if set != sets[r] {
                sets[r] = set;
                changed = true;
            }
            r += 1;
        }
        if !changed {
            return sets;
        }
    }
}

const fn fail_depth() -> usize {
    // depth[r]: most entries pushed by an attempt of r that fails at once, counted from
    // when r's own entry has been popped: 2 (a continuation and the child) plus the child's.
    let mut depth = [0usize; RULE_COUNT];
    let mut round = 0;
    while round < RULE_COUNT {
        let mut r = 0;
        while r < RULE_COUNT {
            let def = &RULE_TABLE[r];
            let n = if matches!(def.act, Act::Or) {
                def.args.len()
            } else {
                1
            };
            let mut i = 0;
            while i < n {
                if let Some(c) = first_rule(def.args[i]) {
                    let d = 2 + depth[c as usize];
                    if d > depth[r] {
                        depth[r] = d;
                    }
                }
                i += 1;
            }
            r += 1;
        }
        round += 1;
    }
    let mut max = 0;
    let mut r = 0;
    while r < RULE_COUNT {
        if depth[r] > max {
            max = depth[r];
        }
        r += 1;
    }
    max
}

const RULE_TABLE: [RuleDef; RULE_COUNT] = [
    RuleDef {
        name: "file_input",
        act: Act::AndIdent,
        args: &[O(Rule::FileInput2)],
    },
    RuleDef {
        name: "file_input_2",
        act: Act::OneOrMore,
        args: &[R(Rule::FileInput3)],
    },
    RuleDef {
        name: "decorated",
        act: Act::AndIdent,
        args: &[R(Rule::Decorators), R(Rule::DecoratedBody)],
    },
    RuleDef {
        name: "funcdef",
        act: Act::AndBlank,
        args: &[
            T(K::KwDef),
            T(K::Name),
            T(K::DelParenOpen),
            O(Rule::Typedargslist),
            T(K::DelParenClose),
            O(Rule::Funcdefrettype),
            T(K::DelColon),
            R(Rule::Suite),
        ],
    },
    RuleDef {
        name: "simple_stmt_2",
        act: Act::ListWithEnd,
        args: &[R(Rule::SmallStmt), T(K::DelSemicolon)],
    },
    RuleDef {
        name: "expr_stmt",
        act: Act::And,
        args: &[R(Rule::TestlistStarExpr), O(Rule::ExprStmt2)],
    },
    RuleDef {
        name: "testlist_star_expr",
        act: Act::ListWithEnd,
        args: &[R(Rule::TestlistStarExpr2), T(K::DelComma)],
    },
    RuleDef {
        name: "del_stmt",
        act: Act::And,
        args: &[T(K::KwDel), R(Rule::Exprlist)],
    },
    RuleDef {
        name: "pass_stmt",
        act: Act::And,
        args: &[T(K::KwPass)],
    },
    RuleDef {
        name: "break_stmt",
        act: Act::And,
        args: &[T(K::KwBreak)],
    },
    RuleDef {
        name: "continue_stmt",
        act: Act::And,
        args: &[T(K::KwContinue)],
    },
    RuleDef {
        name: "return_stmt",
        act: Act::And,
        args: &[T(K::KwReturn), O(Rule::Testlist)],
    },
    RuleDef {
        name: "yield_stmt",
        act: Act::And,
        args: &[R(Rule::YieldExpr)],
    },
    RuleDef {
        name: "raise_stmt",
        act: Act::And,
        args: &[T(K::KwRaise), O(Rule::RaiseStmtArg)],
    },
    RuleDef {
        name: "import_name",
        act: Act::And,
        args: &[T(K::KwImport), R(Rule::DottedAsNames)],
    },
    RuleDef {
        name: "import_from",
        act: Act::And,
        args: &[
            T(K::KwFrom),
            R(Rule::ImportFrom2),
            T(K::KwImport),
            R(Rule::ImportFrom3),
        ],
    },
    RuleDef {
        name: "global_stmt",
        act: Act::And,
        args: &[T(K::KwGlobal), R(Rule::NameList)],
    },
    RuleDef {
        name: "nonlocal_stmt",
        act: Act::And,
        args: &[T(K::KwNonlocal), R(Rule::NameList)],
    },
    RuleDef {
        name: "assert_stmt",
        act: Act::And,
        args: &[T(K::KwAssert), R(Rule::Test), O(Rule::AssertStmtExtra)],
    },
    RuleDef {
        name: "async_stmt",
        act: Act::And,
        args: &[T(K::KwAsync), R(Rule::AsyncStmt2)],
    },
    RuleDef {
        name: "if_stmt",
        act: Act::And,
        args: &[
            T(K::KwIf),
            R(Rule::NamedexprTest),
            T(K::DelColon),
            R(Rule::Suite),
            O(Rule::IfStmtElifList),
            O(Rule::ElseStmt),
        ],
    },
    RuleDef {
        name: "while_stmt",
        act: Act::And,
        args: &[
            T(K::KwWhile),
            R(Rule::NamedexprTest),
            T(K::DelColon),
            R(Rule::Suite),
            O(Rule::ElseStmt),
        ],
    },
    RuleDef {
        name: "for_stmt",
        act: Act::And,
        args: &[
            T(K::KwFor),
            R(Rule::Exprlist),
            T(K::KwIn),
            R(Rule::Testlist),
            T(K::DelColon),
            R(Rule::Suite),
            O(Rule::ElseStmt),
        ],
    },
    RuleDef {
        name: "try_stmt",
        act: Act::And,
        args: &[
            T(K::KwTry),
            T(K::DelColon),
            R(Rule::Suite),
            R(Rule::TryStmt2),
        ],
    },
    RuleDef {
        name: "with_stmt",
        act: Act::And,
        args: &[
            T(K::KwWith),
            R(Rule::WithStmtList),
            T(K::DelColon),
            R(Rule::Suite),
        ],
    },
    RuleDef {
        name: "suite_block_stmts",
        act: Act::OneOrMore,
        args: &[R(Rule::Stmt)],
    },
    RuleDef {
        name: "namedexpr_test",
        act: Act::AndIdent,
        args: &[R(Rule::Test), O(Rule::NamedexprTest2)],
    },
    RuleDef {
        name: "test_if_expr",
        act: Act::AndIdent,
        args: &[R(Rule::OrTest), O(Rule::TestIfElse)],
    },
    RuleDef {
        name: "lambdef",
        act: Act::AndBlank,
        args: &[
            T(K::KwLambda),
            O(Rule::Varargslist),
            T(K::DelColon),
            R(Rule::Test),
        ],
    },
    RuleDef {
        name: "lambdef_nocond",
        act: Act::AndBlank,
        args: &[
            T(K::KwLambda),
            O(Rule::Varargslist),
            T(K::DelColon),
            R(Rule::TestNocond),
        ],
    },
    RuleDef {
        name: "or_test",
        act: Act::List,
        args: &[R(Rule::AndTest), T(K::KwOr)],
    },
    RuleDef {
        name: "and_test",
        act: Act::List,
        args: &[R(Rule::NotTest), T(K::KwAnd)],
    },
    RuleDef {
        name: "not_test_2",
        act: Act::And,
        args: &[T(K::KwNot), R(Rule::NotTest)],
    },
    RuleDef {
        name: "comparison",
        act: Act::List,
        args: &[R(Rule::Expr), R(Rule::CompOp)],
    },
    RuleDef {
        name: "star_expr",
        act: Act::And,
        args: &[T(K::OpStar), R(Rule::Expr)],
    },
    RuleDef {
        name: "expr",
        act: Act::List,
        args: &[R(Rule::XorExpr), T(K::OpPipe)],
    },
    RuleDef {
        name: "xor_expr",
        act: Act::List,
        args: &[R(Rule::AndExpr), T(K::OpCaret)],
    },
    RuleDef {
        name: "and_expr",
        act: Act::List,
        args: &[R(Rule::ShiftExpr), T(K::OpAmpersand)],
    },
    RuleDef {
        name: "shift_expr",
        act: Act::List,
        args: &[R(Rule::ArithExpr), R(Rule::ShiftOp)],
    },
    RuleDef {
        name: "arith_expr",
        act: Act::List,
        args: &[R(Rule::Term), R(Rule::ArithOp)],
    },
    RuleDef {
        name: "term",
        act: Act::List,
        args: &[R(Rule::Factor), R(Rule::TermOp)],
    },
    RuleDef {
        name: "factor_2",
        act: Act::AndIdent,
        args: &[R(Rule::FactorOp), R(Rule::Factor)],
    },
    RuleDef {
        name: "power",
        act: Act::AndIdent,
        args: &[R(Rule::AtomExpr), O(Rule::PowerDblStar)],
    },
    RuleDef {
        name: "atom_expr_await",
        act: Act::And,
        args: &[T(K::KwAwait), R(Rule::Atom), O(Rule::AtomExprTrailers)],
    },
    RuleDef {
        name: "atom_expr_normal",
        act: Act::AndIdent,
        args: &[R(Rule::Atom), O(Rule::AtomExprTrailers)],
    },
    RuleDef {
        name: "atom_paren",
        act: Act::And,
        args: &[T(K::DelParenOpen), O(Rule::Atom2b), T(K::DelParenClose)],
    },
    RuleDef {
        name: "atom_bracket",
        act: Act::And,
        args: &[
            T(K::DelBracketOpen),
            O(Rule::TestlistComp),
            T(K::DelBracketClose),
        ],
    },
    RuleDef {
        name: "atom_brace",
        act: Act::And,
        args: &[
            T(K::DelBraceOpen),
            O(Rule::Dictorsetmaker),
            T(K::DelBraceClose),
        ],
    },
    RuleDef {
        name: "trailer_paren",
        act: Act::And,
        args: &[T(K::DelParenOpen), O(Rule::Arglist), T(K::DelParenClose)],
    },
    RuleDef {
        name: "trailer_bracket",
        act: Act::And,
        args: &[
            T(K::DelBracketOpen),
            R(Rule::Subscriptlist),
            T(K::DelBracketClose),
        ],
    },
    RuleDef {
        name: "trailer_period",
        act: Act::And,
        args: &[T(K::DelPeriod), T(K::Name)],
    },
    RuleDef {
        name: "subscriptlist",
        act: Act::ListWithEnd,
        args: &[R(Rule::Subscript), T(K::DelComma)],
    },
    RuleDef {
        name: "subscript_2",
        act: Act::AndIdent,
        args: &[R(Rule::Test), O(Rule::Subscript3)],
    },
    RuleDef {
        name: "subscript_3",
        act: Act::And,
        args: &[T(K::DelColon), O(Rule::Subscript3b)],
    },
    RuleDef {
        name: "testlist",
        act: Act::ListWithEnd,
        args: &[R(Rule::Test), T(K::DelComma)],
    },
    RuleDef {
        name: "dictorsetmaker_item",
        act: Act::AndIdent,
        args: &[R(Rule::Test), O(Rule::GenericColonTest)],
    },
    RuleDef {
        name: "classdef",
        act: Act::AndBlank,
        args: &[
            T(K::KwClass),
            T(K::Name),
            O(Rule::Classdef2),
            T(K::DelColon),
            R(Rule::Suite),
        ],
    },
    RuleDef {
        name: "yield_expr",
        act: Act::And,
        args: &[T(K::KwYield), O(Rule::YieldArg)],
    },
    RuleDef {
        name: "generic_colon_test",
        act: Act::AndIdent,
        args: &[T(K::DelColon), R(Rule::Test)],
    },
    RuleDef {
        name: "generic_equal_test",
        act: Act::AndIdent,
        args: &[T(K::DelEqual), R(Rule::Test)],
    },
    RuleDef {
        name: "single_input",
        act: Act::Or,
        args: &[T(K::Newline), R(Rule::SimpleStmt), R(Rule::CompoundStmt)],
    },
    RuleDef {
        name: "file_input_3",
        act: Act::Or,
        args: &[T(K::Newline), R(Rule::Stmt)],
    },
    RuleDef {
        name: "eval_input",
        act: Act::AndIdent,
        args: &[R(Rule::Testlist), O(Rule::EvalInput2)],
    },
    RuleDef {
        name: "eval_input_2",
        act: Act::And,
        args: &[T(K::Newline)],
    },
    RuleDef {
        name: "decorator",
        act: Act::And,
        args: &[
            T(K::OpAt),
            R(Rule::DottedName),
            O(Rule::TrailerParen),
            T(K::Newline),
        ],
    },
    RuleDef {
        name: "decorators",
        act: Act::OneOrMore,
        args: &[R(Rule::Decorator)],
    },
    RuleDef {
        name: "decorated_body",
        act: Act::Or,
        args: &[R(Rule::Classdef), R(Rule::Funcdef), R(Rule::AsyncFuncdef)],
    },
    RuleDef {
        name: "async_funcdef",
        act: Act::And,
        args: &[T(K::KwAsync), R(Rule::Funcdef)],
    },
    RuleDef {
        name: "funcdefrettype",
        act: Act::AndIdent,
        args: &[T(K::DelMinusMore), R(Rule::Test)],
    },
    RuleDef {
        name: "typedargslist",
        act: Act::ListWithEnd,
        args: &[R(Rule::TypedargslistItem), T(K::DelComma)],
    },
    RuleDef {
        name: "typedargslist_item",
        act: Act::Or,
        args: &[
            R(Rule::TypedargslistName),
            R(Rule::TypedargslistStar),
            R(Rule::TypedargslistDblStar),
        ],
    },
    RuleDef {
        name: "typedargslist_name",
        act: Act::AndIdent,
        args: &[
            T(K::Name),
            O(Rule::GenericColonTest),
            O(Rule::GenericEqualTest),
        ],
    },
    RuleDef {
        name: "typedargslist_star",
        act: Act::And,
        args: &[T(K::OpStar), O(Rule::Tfpdef)],
    },
    RuleDef {
        name: "typedargslist_dbl_star",
        act: Act::And,
        args: &[T(K::OpDblStar), T(K::Name), O(Rule::GenericColonTest)],
    },
    RuleDef {
        name: "tfpdef",
        act: Act::And,
        args: &[T(K::Name), O(Rule::GenericColonTest)],
    },
    RuleDef {
        name: "varargslist",
        act: Act::ListWithEnd,
        args: &[R(Rule::VarargslistItem), T(K::DelComma)],
    },
    RuleDef {
        name: "varargslist_item",
        act: Act::Or,
        args: &[
            R(Rule::VarargslistName),
            R(Rule::VarargslistStar),
            R(Rule::VarargslistDblStar),
        ],
    },
    RuleDef {
        name: "varargslist_name",
        act: Act::AndIdent,
        args: &[T(K::Name), O(Rule::GenericEqualTest)],
    },
    RuleDef {
        name: "varargslist_star",
        act: Act::And,
        args: &[T(K::OpStar), O(Rule::Vfpdef)],
    },
    RuleDef {
        name: "varargslist_dbl_star",
        act: Act::And,
        args: &[T(K::OpDblStar), T(K::Name)],
    },
    RuleDef {
        name: "vfpdef",
        act: Act::AndIdent,
        args: &[T(K::Name)],
    },
    RuleDef {
        name: "stmt",
        act: Act::Or,
        args: &[R(Rule::CompoundStmt), R(Rule::SimpleStmt)],
    },
    RuleDef {
        name: "simple_stmt",
        act: Act::AndIdent,
        args: &[R(Rule::SimpleStmt2), T(K::Newline)],
    },
    RuleDef {
        name: "small_stmt",
        act: Act::Or,
        args: &[
            R(Rule::DelStmt),
            R(Rule::PassStmt),
            R(Rule::FlowStmt),
            R(Rule::ImportStmt),
            R(Rule::GlobalStmt),
            R(Rule::NonlocalStmt),
            R(Rule::AssertStmt),
            R(Rule::ExprStmt),
        ],
    },
    RuleDef {
        name: "expr_stmt_2",
        act: Act::Or,
        args: &[
            R(Rule::Annassign),
            R(Rule::ExprStmtAugassign),
            R(Rule::ExprStmtAssignList),
        ],
    },
    RuleDef {
        name: "expr_stmt_augassign",
        act: Act::AndIdent,
        args: &[R(Rule::Augassign), R(Rule::ExprStmt6)],
    },
    RuleDef {
        name: "expr_stmt_assign_list",
        act: Act::OneOrMore,
        args: &[R(Rule::ExprStmtAssign)],
    },
    RuleDef {
        name: "expr_stmt_assign",
        act: Act::AndIdent,
        args: &[T(K::DelEqual), R(Rule::ExprStmt6)],
    },
    RuleDef {
        name: "expr_stmt_6",
        act: Act::Or,
        args: &[R(Rule::YieldExpr), R(Rule::TestlistStarExpr)],
    },
    RuleDef {
        name: "testlist_star_expr_2",
        act: Act::Or,
        args: &[R(Rule::StarExpr), R(Rule::Test)],
    },
    RuleDef {
        name: "annassign",
        act: Act::And,
        args: &[T(K::DelColon), R(Rule::Test), O(Rule::ExprStmtAssign)],
    },
    RuleDef {
        name: "augassign",
        act: Act::Or,
        args: &[
            T(K::DelPlusEqual),
            T(K::DelMinusEqual),
            T(K::DelStarEqual),
            T(K::DelAtEqual),
            T(K::DelSlashEqual),
            T(K::DelPercentEqual),
            T(K::DelAmpersandEqual),
            T(K::DelPipeEqual),
            T(K::DelCaretEqual),
            T(K::DelDblLessEqual),
            T(K::DelDblMoreEqual),
            T(K::DelDblStarEqual),
            T(K::DelDblSlashEqual),
        ],
    },
    RuleDef {
        name: "flow_stmt",
        act: Act::Or,
        args: &[
            R(Rule::BreakStmt),
            R(Rule::ContinueStmt),
            R(Rule::ReturnStmt),
            R(Rule::RaiseStmt),
            R(Rule::YieldStmt),
        ],
    },
    RuleDef {
        name: "raise_stmt_arg",
        act: Act::AndIdent,
        args: &[R(Rule::Test), O(Rule::RaiseStmtFrom)],
    },
    RuleDef {
        name: "raise_stmt_from",
        act: Act::AndIdent,
        args: &[T(K::KwFrom), R(Rule::Test)],
    },
    RuleDef {
        name: "import_stmt",
        act: Act::Or,
        args: &[R(Rule::ImportName), R(Rule::ImportFrom)],
    },
    RuleDef {
        name: "import_from_2",
        act: Act::Or,
        args: &[R(Rule::DottedName), R(Rule::ImportFrom2b)],
    },
    RuleDef {
        name: "import_from_2b",
        act: Act::AndIdent,
        args: &[R(Rule::OneOrMorePeriodOrEllipsis), O(Rule::DottedName)],
    },
    RuleDef {
        name: "import_from_3",
        act: Act::Or,
        args: &[
            T(K::OpStar),
            R(Rule::ImportAsNamesParen),
            R(Rule::ImportAsNames),
        ],
    },
    RuleDef {
        name: "import_as_names_paren",
        act: Act::AndIdent,
        args: &[
            T(K::DelParenOpen),
            R(Rule::ImportAsNames),
            T(K::DelParenClose),
        ],
    },
    RuleDef {
        name: "one_or_more_period_or_ellipsis",
        act: Act::OneOrMore,
        args: &[R(Rule::PeriodOrEllipsis)],
    },
    RuleDef {
        name: "period_or_ellipsis",
        act: Act::Or,
        args: &[T(K::DelPeriod), T(K::Ellipsis)],
    },
    RuleDef {
        name: "import_as_name",
        act: Act::And,
        args: &[T(K::Name), O(Rule::AsName)],
    },
    RuleDef {
        name: "dotted_as_name",
        act: Act::AndIdent,
        args: &[R(Rule::DottedName), O(Rule::AsName)],
    },
    RuleDef {
        name: "as_name",
        act: Act::AndIdent,
        args: &[T(K::KwAs), T(K::Name)],
    },
    RuleDef {
        name: "import_as_names",
        act: Act::ListWithEnd,
        args: &[R(Rule::ImportAsName), T(K::DelComma)],
    },
    RuleDef {
        name: "dotted_as_names",
        act: Act::List,
        args: &[R(Rule::DottedAsName), T(K::DelComma)],
    },
    RuleDef {
        name: "dotted_name",
        act: Act::List,
        args: &[T(K::Name), T(K::DelPeriod)],
    },
    RuleDef {
        name: "name_list",
        act: Act::List,
        args: &[T(K::Name), T(K::DelComma)],
    },
    RuleDef {
        name: "assert_stmt_extra",
        act: Act::AndIdent,
        args: &[T(K::DelComma), R(Rule::Test)],
    },
    RuleDef {
        name: "compound_stmt",
        act: Act::Or,
        args: &[
            R(Rule::IfStmt),
            R(Rule::WhileStmt),
            R(Rule::ForStmt),
            R(Rule::TryStmt),
            R(Rule::WithStmt),
            R(Rule::Funcdef),
            R(Rule::Classdef),
            R(Rule::Decorated),
            R(Rule::AsyncStmt),
        ],
    },
    RuleDef {
        name: "async_stmt_2",
        act: Act::Or,
        args: &[R(Rule::Funcdef), R(Rule::WithStmt), R(Rule::ForStmt)],
    },
    RuleDef {
        name: "if_stmt_elif_list",
        act: Act::OneOrMore,
        args: &[R(Rule::IfStmtElif)],
    },
    RuleDef {
        name: "if_stmt_elif",
        act: Act::And,
        args: &[
            T(K::KwElif),
            R(Rule::NamedexprTest),
            T(K::DelColon),
            R(Rule::Suite),
        ],
    },
    RuleDef {
        name: "try_stmt_2",
        act: Act::Or,
        args: &[R(Rule::TryStmtExceptAndMore), R(Rule::TryStmtFinally)],
    },
    RuleDef {
        name: "try_stmt_except_and_more",
        act: Act::AndIdent,
        args: &[
            R(Rule::TryStmtExceptList),
            O(Rule::ElseStmt),
            O(Rule::TryStmtFinally),
        ],
    },
    RuleDef {
        name: "try_stmt_except",
        act: Act::And,
        args: &[
            T(K::KwExcept),
            O(Rule::TryStmtAsName),
            T(K::DelColon),
            R(Rule::Suite),
        ],
    },
    RuleDef {
        name: "try_stmt_as_name",
        act: Act::AndIdent,
        args: &[R(Rule::Test), O(Rule::AsName)],
    },
    RuleDef {
        name: "try_stmt_except_list",
        act: Act::OneOrMore,
        args: &[R(Rule::TryStmtExcept)],
    },
    RuleDef {
        name: "try_stmt_finally",
        act: Act::And,
        args: &[T(K::KwFinally), T(K::DelColon), R(Rule::Suite)],
    },
    RuleDef {
        name: "else_stmt",
        act: Act::AndIdent,
        args: &[T(K::KwElse), T(K::DelColon), R(Rule::Suite)],
    },
    RuleDef {
        name: "with_stmt_list",
        act: Act::List,
        args: &[R(Rule::WithItem), T(K::DelComma)],
    },
    RuleDef {
        name: "with_item",
        act: Act::AndIdent,
        args: &[R(Rule::Test), O(Rule::WithItemAs)],
    },
    RuleDef {
        name: "with_item_as",
        act: Act::AndIdent,
        args: &[T(K::KwAs), R(Rule::Expr)],
    },
    RuleDef {
        name: "suite",
        act: Act::Or,
        args: &[R(Rule::SuiteBlock), R(Rule::SimpleStmt)],
    },
    RuleDef {
        name: "suite_block",
        act: Act::AndIdent,
        args: &[
            T(K::Newline),
            T(K::Indent),
            R(Rule::SuiteBlockStmts),
            T(K::Dedent),
        ],
    },
    RuleDef {
        name: "namedexpr_test_2",
        act: Act::AndIdent,
        args: &[T(K::OpAssign), R(Rule::Test)],
    },
    RuleDef {
        name: "test",
        act: Act::Or,
        args: &[R(Rule::Lambdef), R(Rule::TestIfExpr)],
    },
    RuleDef {
        name: "test_if_else",
        act: Act::And,
        args: &[T(K::KwIf), R(Rule::OrTest), T(K::KwElse), R(Rule::Test)],
    },
    RuleDef {
        name: "test_nocond",
        act: Act::Or,
        args: &[R(Rule::LambdefNocond), R(Rule::OrTest)],
    },
    RuleDef {
        name: "not_test",
        act: Act::Or,
        args: &[R(Rule::NotTest2), R(Rule::Comparison)],
    },
    RuleDef {
        name: "comp_op",
        act: Act::Or,
        args: &[
            T(K::OpLess),
            T(K::OpMore),
            T(K::OpDblEqual),
            T(K::OpLessEqual),
            T(K::OpMoreEqual),
            T(K::OpNotEqual),
            T(K::KwIn),
            R(Rule::CompOpNotIn),
            R(Rule::CompOpIs),
        ],
    },
    RuleDef {
        name: "comp_op_not_in",
        act: Act::And,
        args: &[T(K::KwNot), T(K::KwIn)],
    },
    RuleDef {
        name: "comp_op_is",
        act: Act::And,
        args: &[T(K::KwIs), O(Rule::CompOpIsNot)],
    },
    RuleDef {
        name: "comp_op_is_not",
        act: Act::And,
        args: &[T(K::KwNot)],
    },
    RuleDef {
        name: "shift_op",
        act: Act::Or,
        args: &[T(K::OpDblLess), T(K::OpDblMore)],
    },
    RuleDef {
        name: "arith_op",
        act: Act::Or,
        args: &[T(K::OpPlus), T(K::OpMinus)],
    },
    RuleDef {
        name: "term_op",
        act: Act::Or,
        args: &[
            T(K::OpStar),
            T(K::OpAt),
            T(K::OpSlash),
            T(K::OpPercent),
            T(K::OpDblSlash),
        ],
    },
    RuleDef {
        name: "factor",
        act: Act::Or,
        args: &[R(Rule::Factor2), R(Rule::Power)],
    },
    RuleDef {
        name: "factor_op",
        act: Act::Or,
        args: &[T(K::OpPlus), T(K::OpMinus), T(K::OpTilde)],
    },
    RuleDef {
        name: "atom_expr",
        act: Act::Or,
        args: &[R(Rule::AtomExprAwait), R(Rule::AtomExprNormal)],
    },
    RuleDef {
        name: "atom_expr_trailers",
        act: Act::OneOrMore,
        args: &[R(Rule::Trailer)],
    },
    RuleDef {
        name: "power_dbl_star",
        act: Act::AndIdent,
        args: &[T(K::OpDblStar), R(Rule::Factor)],
    },
    RuleDef {
        name: "atom",
        act: Act::Or,
        args: &[
            T(K::Name),
            T(K::Integer),
            T(K::FloatOrImag),
            T(K::String),
            T(K::Bytes),
            T(K::Ellipsis),
            T(K::KwNone),
            T(K::KwTrue),
            T(K::KwFalse),
            R(Rule::AtomParen),
            R(Rule::AtomBracket),
            R(Rule::AtomBrace),
        ],
    },
    RuleDef {
        name: "atom_2b",
        act: Act::Or,
        args: &[R(Rule::YieldExpr), R(Rule::TestlistComp)],
    },
    RuleDef {
        name: "testlist_comp",
        act: Act::AndIdent,
        args: &[R(Rule::TestlistComp2), O(Rule::TestlistComp3)],
    },
    RuleDef {
        name: "testlist_comp_2",
        act: Act::Or,
        args: &[R(Rule::StarExpr), R(Rule::NamedexprTest)],
    },
    RuleDef {
        name: "testlist_comp_3",
        act: Act::Or,
        args: &[R(Rule::CompFor), R(Rule::TestlistComp3b)],
    },
    RuleDef {
        name: "testlist_comp_3b",
        act: Act::AndIdent,
        args: &[T(K::DelComma), O(Rule::TestlistComp3c)],
    },
    RuleDef {
        name: "testlist_comp_3c",
        act: Act::ListWithEnd,
        args: &[R(Rule::TestlistComp2), T(K::DelComma)],
    },
    RuleDef {
        name: "trailer",
        act: Act::Or,
        args: &[
            R(Rule::TrailerParen),
            R(Rule::TrailerBracket),
            R(Rule::TrailerPeriod),
        ],
    },
    RuleDef {
        name: "subscript",
        act: Act::Or,
        args: &[R(Rule::Subscript3), R(Rule::Subscript2)],
    },
    RuleDef {
        name: "subscript_3b",
        act: Act::Or,
        args: &[R(Rule::Subscript3c), R(Rule::Subscript3d)],
    },
    RuleDef {
        name: "subscript_3c",
        act: Act::And,
        args: &[T(K::DelColon), O(Rule::Test)],
    },
    RuleDef {
        name: "subscript_3d",
        act: Act::AndIdent,
        args: &[R(Rule::Test), O(Rule::Sliceop)],
    },
    RuleDef {
        name: "sliceop",
        act: Act::And,
        args: &[T(K::DelColon), O(Rule::Test)],
    },
    RuleDef {
        name: "exprlist",
        act: Act::ListWithEnd,
        args: &[R(Rule::Exprlist2), T(K::DelComma)],
    },
    RuleDef {
        name: "exprlist_2",
        act: Act::Or,
        args: &[R(Rule::StarExpr), R(Rule::Expr)],
    },
    RuleDef {
        name: "dictorsetmaker",
        act: Act::AndIdent,
        args: &[R(Rule::DictorsetmakerItem), O(Rule::DictorsetmakerTail)],
    },
    RuleDef {
        name: "dictorsetmaker_tail",
        act: Act::Or,
        args: &[R(Rule::CompFor), R(Rule::DictorsetmakerList)],
    },
    RuleDef {
        name: "dictorsetmaker_list",
        act: Act::And,
        args: &[T(K::DelComma), O(Rule::DictorsetmakerList2)],
    },
    RuleDef {
        name: "dictorsetmaker_list2",
        act: Act::ListWithEnd,
        args: &[R(Rule::DictorsetmakerItem), T(K::DelComma)],
    },
    RuleDef {
        name: "classdef_2",
        act: Act::AndIdent,
        args: &[T(K::DelParenOpen), O(Rule::Arglist), T(K::DelParenClose)],
    },
    RuleDef {
        name: "arglist",
        act: Act::ListWithEnd,
        args: &[R(Rule::Arglist2), T(K::DelComma)],
    },
    RuleDef {
        name: "arglist_2",
        act: Act::Or,
        args: &[
            R(Rule::ArglistStar),
            R(Rule::ArglistDblStar),
            R(Rule::Argument),
        ],
    },
    RuleDef {
        name: "arglist_star",
        act: Act::And,
        args: &[T(K::OpStar), R(Rule::Test)],
    },
    RuleDef {
        name: "arglist_dbl_star",
        act: Act::And,
        args: &[T(K::OpDblStar), R(Rule::Test)],
    },
    RuleDef {
        name: "argument",
        act: Act::AndIdent,
        args: &[R(Rule::Test), O(Rule::Argument2)],
    },
    RuleDef {
        name: "argument_2",
        act: Act::Or,
        args: &[
            R(Rule::CompFor),
            R(Rule::GenericEqualTest),
            R(Rule::Argument3),
        ],
    },
    RuleDef {
        name: "argument_3",
        act: Act::And,
        args: &[T(K::OpAssign), R(Rule::Test)],
    },
    RuleDef {
        name: "comp_iter",
        act: Act::Or,
        args: &[R(Rule::CompFor), R(Rule::CompIf)],
    },
    RuleDef {
        name: "comp_for",
        act: Act::AndBlank,
        args: &[
            T(K::KwFor),
            R(Rule::Exprlist),
            T(K::KwIn),
            R(Rule::OrTest),
            O(Rule::CompIter),
        ],
    },
    RuleDef {
        name: "comp_if",
        act: Act::And,
        args: &[T(K::KwIf), R(Rule::TestNocond), O(Rule::CompIter)],
    },
    RuleDef {
        name: "yield_arg",
        act: Act::Or,
        args: &[R(Rule::YieldArgFrom), R(Rule::Testlist)],
    },
    RuleDef {
        name: "yield_arg_from",
        act: Act::And,
        args: &[T(K::KwFrom), R(Rule::Test)],
    },
];

#[cfg(test)]
mod descent_tests {
    use super::*;

    /// Each step of `DESCENT` is the first thing a fresh attempt does, derived by hand here
    /// from the rule table: a sub-rule that may start at the token, resumed after it.
    #[test]
    fn descent_steps_follow_the_rules() {
        let may = |r: Rule, k: usize| MAY_START[r as usize] >> k & 1 == 1;
        let mut steps = 0;
        for (r, def) in RULES.iter().enumerate() {
            for (k, row) in DESCENT.iter().enumerate() {
                let got = row[r];
                let first = match def.act {
                    Act::Or => def.args.iter().enumerate().find(|(_, a)| match a {
                        T(t) => *t as usize == k,
                        R(c) | O(c) => may(*c, k),
                    }),
                    _ => def.args.first().map(|a| (0, a)),
                };
                let want = match first {
                    Some((i, R(c) | O(c))) if may(*c, k) => {
                        let resume = if def.act != Act::Or || i + 1 < def.args.len() {
                            i as u8 + 1
                        } else {
                            0
                        };
                        Some((*c, resume))
                    }
                    _ => None,
                };
                assert_eq!(got, want, "{} at token {k}", def.name);
                steps += usize::from(want.is_some());
                if want.is_some() {
                    assert!(MAY_START[r] >> k & 1 == 1, "{}", def.name);
                }
            }
        }
        assert!(steps > 1000, "{steps}");
    }
}
