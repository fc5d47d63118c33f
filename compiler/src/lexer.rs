//! The lexer: source bytes → tokens, with the reference lexer's quirks (see
//! `spec/bytecode.md` §6.8).
//!
//! Under construction: only the token kinds exist so far.

/// A token kind. The order is that of the reference lexer, so that operator groups can be
/// mapped to runtime operator numbers by offset (`OpLess..=OpNotEqual` are the comparison
/// operators, `OpPipe..=OpDblStar` the binary operators, `DelPipeEqual..=DelDblStarEqual` the
/// in-place operators, each in runtime operator order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum TokenKind {
    /// End of input.
    End,
    /// A byte or sequence that is no token (also bad escapes in literals).
    Invalid,
    /// A dedent to a column that matches no enclosing indentation level.
    DedentMismatch,
    /// A string literal without its closing quote.
    LonelyStringOpen,
    /// An f-string with an empty `{}`.
    MalformedFstring,
    /// End of a logical line.
    Newline,
    /// Indentation increased.
    Indent,
    /// Indentation decreased (one token per level).
    Dedent,
    /// An identifier.
    Name,
    /// An integer literal.
    Integer,
    /// A float or imaginary literal.
    FloatOrImag,
    /// A str literal (after concatenation and escapes).
    String,
    /// A bytes literal.
    Bytes,
    /// `...`
    Ellipsis,
    /// `False` (also `__debug__` at optimisation level ≥ 1).
    KwFalse,
    /// `None`
    KwNone,
    /// `True` (also `__debug__` at optimisation level 0).
    KwTrue,
    /// `__debug__`; never produced, the lexer turns it into `True`/`False`.
    KwDebug,
    /// `and`
    KwAnd,
    /// `as`
    KwAs,
    /// `assert`
    KwAssert,
    /// `async`
    KwAsync,
    /// `await`
    KwAwait,
    /// `break`
    KwBreak,
    /// `class`
    KwClass,
    /// `continue`
    KwContinue,
    /// `def`
    KwDef,
    /// `del`
    KwDel,
    /// `elif`
    KwElif,
    /// `else`
    KwElse,
    /// `except`
    KwExcept,
    /// `finally`
    KwFinally,
    /// `for`
    KwFor,
    /// `from`
    KwFrom,
    /// `global`
    KwGlobal,
    /// `if`
    KwIf,
    /// `import`
    KwImport,
    /// `in`
    KwIn,
    /// `is`
    KwIs,
    /// `lambda`
    KwLambda,
    /// `nonlocal`
    KwNonlocal,
    /// `not`
    KwNot,
    /// `or`
    KwOr,
    /// `pass`
    KwPass,
    /// `raise`
    KwRaise,
    /// `return`
    KwReturn,
    /// `try`
    KwTry,
    /// `while`
    KwWhile,
    /// `with`
    KwWith,
    /// `yield`
    KwYield,
    /// `:=`
    OpAssign,
    /// `~`
    OpTilde,
    /// `<`
    OpLess,
    /// `>`
    OpMore,
    /// `==`
    OpDblEqual,
    /// `<=`
    OpLessEqual,
    /// `>=`
    OpMoreEqual,
    /// `!=`
    OpNotEqual,
    /// `|`
    OpPipe,
    /// `^`
    OpCaret,
    /// `&`
    OpAmpersand,
    /// `<<`
    OpDblLess,
    /// `>>`
    OpDblMore,
    /// `+`
    OpPlus,
    /// `-`
    OpMinus,
    /// `*`
    OpStar,
    /// `@`
    OpAt,
    /// `//`
    OpDblSlash,
    /// `/`
    OpSlash,
    /// `%`
    OpPercent,
    /// `**`
    OpDblStar,
    /// `|=`
    DelPipeEqual,
    /// `^=`
    DelCaretEqual,
    /// `&=`
    DelAmpersandEqual,
    /// `<<=`
    DelDblLessEqual,
    /// `>>=`
    DelDblMoreEqual,
    /// `+=`
    DelPlusEqual,
    /// `-=`
    DelMinusEqual,
    /// `*=`
    DelStarEqual,
    /// `@=`
    DelAtEqual,
    /// `//=`
    DelDblSlashEqual,
    /// `/=`
    DelSlashEqual,
    /// `%=`
    DelPercentEqual,
    /// `**=`
    DelDblStarEqual,
    /// `(`
    DelParenOpen,
    /// `)`
    DelParenClose,
    /// `[`
    DelBracketOpen,
    /// `]`
    DelBracketClose,
    /// `{`
    DelBraceOpen,
    /// `}`
    DelBraceClose,
    /// `,`
    DelComma,
    /// `:`
    DelColon,
    /// `.`
    DelPeriod,
    /// `;`
    DelSemicolon,
    /// `=`
    DelEqual,
    /// `->`
    DelMinusMore,
}

impl TokenKind {
    /// The reference lexer's name for the kind (`OP_PLUS`, `KW_NONE`, …), as used in dumps.
    pub fn name(self) -> &'static str {
        TOKEN_NAMES[self as usize]
    }
}

static TOKEN_NAMES: [&str; 96] = [
    "END",
    "INVALID",
    "DEDENT_MISMATCH",
    "LONELY_STRING_OPEN",
    "MALFORMED_FSTRING",
    "NEWLINE",
    "INDENT",
    "DEDENT",
    "NAME",
    "INTEGER",
    "FLOAT_OR_IMAG",
    "STRING",
    "BYTES",
    "ELLIPSIS",
    "KW_FALSE",
    "KW_NONE",
    "KW_TRUE",
    "KW___DEBUG__",
    "KW_AND",
    "KW_AS",
    "KW_ASSERT",
    "KW_ASYNC",
    "KW_AWAIT",
    "KW_BREAK",
    "KW_CLASS",
    "KW_CONTINUE",
    "KW_DEF",
    "KW_DEL",
    "KW_ELIF",
    "KW_ELSE",
    "KW_EXCEPT",
    "KW_FINALLY",
    "KW_FOR",
    "KW_FROM",
    "KW_GLOBAL",
    "KW_IF",
    "KW_IMPORT",
    "KW_IN",
    "KW_IS",
    "KW_LAMBDA",
    "KW_NONLOCAL",
    "KW_NOT",
    "KW_OR",
    "KW_PASS",
    "KW_RAISE",
    "KW_RETURN",
    "KW_TRY",
    "KW_WHILE",
    "KW_WITH",
    "KW_YIELD",
    "OP_ASSIGN",
    "OP_TILDE",
    "OP_LESS",
    "OP_MORE",
    "OP_DBL_EQUAL",
    "OP_LESS_EQUAL",
    "OP_MORE_EQUAL",
    "OP_NOT_EQUAL",
    "OP_PIPE",
    "OP_CARET",
    "OP_AMPERSAND",
    "OP_DBL_LESS",
    "OP_DBL_MORE",
    "OP_PLUS",
    "OP_MINUS",
    "OP_STAR",
    "OP_AT",
    "OP_DBL_SLASH",
    "OP_SLASH",
    "OP_PERCENT",
    "OP_DBL_STAR",
    "DEL_PIPE_EQUAL",
    "DEL_CARET_EQUAL",
    "DEL_AMPERSAND_EQUAL",
    "DEL_DBL_LESS_EQUAL",
    "DEL_DBL_MORE_EQUAL",
    "DEL_PLUS_EQUAL",
    "DEL_MINUS_EQUAL",
    "DEL_STAR_EQUAL",
    "DEL_AT_EQUAL",
    "DEL_DBL_SLASH_EQUAL",
    "DEL_SLASH_EQUAL",
    "DEL_PERCENT_EQUAL",
    "DEL_DBL_STAR_EQUAL",
    "DEL_PAREN_OPEN",
    "DEL_PAREN_CLOSE",
    "DEL_BRACKET_OPEN",
    "DEL_BRACKET_CLOSE",
    "DEL_BRACE_OPEN",
    "DEL_BRACE_CLOSE",
    "DEL_COMMA",
    "DEL_COLON",
    "DEL_PERIOD",
    "DEL_SEMICOLON",
    "DEL_EQUAL",
    "DEL_MINUS_MORE",
];
