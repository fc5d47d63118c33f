//! The lexer: source bytes → tokens, with the reference lexer's behaviour (`py/lexer.c`,
//! `spec/bytecode.md` §6.8) reproduced exactly, because token values end up in the output:
//!
//! * The source is read as bytes through a three-byte window; CR and CRLF become LF, a final
//!   LF is added if missing, a NUL byte becomes an invalid character (a syntax error).
//! * Indentation is measured in columns (a TAB advances to the next multiple of 8) and turned
//!   into `Indent`/`Dedent`/`DedentMismatch` tokens; a first token that is not in column 1 is
//!   reported as `Indent` (→ `unexpected indent`).
//! * Bytes ≥ 0x80 are identifier characters (nothing is validated; a BOM starts a name).
//! * Adjacent string literals are joined here; f-strings are rewritten into
//!   `'fmt'.format((a),(b),)` by injecting the `.format(...)` text into the character stream,
//!   t-strings into `__template__((strings,), value, 'expr', conv, 'spec', …,)`.
//!
//! The parser pulls tokens one at a time with [`Lexer::advance`], exactly like the reference
//! parser, so errors raised while lexing (`\N{…}`) happen at the same point of the parse.

use crate::{CompileError, ErrorKind};

/// End of input, as a character of the window.
const EOF: u32 = 0;
/// What a NUL byte of the source becomes, so that it is not taken for the end.
const INVALID_BYTE: u32 = 1;
/// What a NUL byte of the source is in the MicroPython 1.27 lexer (CircuitPython): an
/// ordinary character (kept as 0x00 in string literals, an invalid token elsewhere). It is
/// above the byte range so that it is neither the end nor an identifier character.
const NUL_CHAR: u32 = 0x100;
/// In the MicroPython 1.27 lexer: the end of the injected f-string arguments (also what a NUL
/// byte among them reads as, as there).
const INJECT_END: u32 = 0x101;
const TAB_SIZE: i64 = 8;

/// An operator's token kinds: alone, with `=`, and doubled (alone, with `=`) if it can be.
type OpFamily = (TokenKind, TokenKind, Option<(TokenKind, TokenKind)>);

/// One token: kind, position and value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The kind.
    pub kind: TokenKind,
    /// 1-based line (as the reference counts it, injected f-string text included).
    pub line: u32,
    /// 1-based column (tabs advance to the next multiple of 8).
    pub column: u32,
    /// Byte range of the token in the source (approximate for text injected by f-strings).
    pub span: core::ops::Range<usize>,
    /// The token's text: the name, the number text (underscores removed, exponent `e` in
    /// lower case), or the decoded string/bytes value.
    pub text: Vec<u8>,
}

/// The lexer state (one token of lookahead, like the reference).
pub struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    chr: [u32; 3],
    off: [usize; 3],
    line: u32,
    column: i64,
    emit_dent: i64,
    nested_bracket_level: i64,
    indent_level: Vec<u16>,
    debug_value: bool,
    inject: Vec<u8>,
    inject_idx: usize,
    fstring_args: Vec<u8>,
    /// Whether t-string prefixes are recognised.
    tstrings: bool,
    /// The MicroPython 1.27 lexer that CircuitPython 10.2.1 uses (see [`Lexer::legacy`]).
    legacy: bool,
    /// In the legacy lexer, the character window saved while f-string arguments are
    /// injected (read straight from `fstring_args` at `inject_idx`), with its offsets.
    saved: [u32; 3],
    saved_off: [usize; 3],
    /// The current token.
    pub tok: Token,
}

/// [`CLASS`] bit: an identifier's tail byte (`A-Z`, `a-z`, `0-9`, `_`, bytes ≥ 0x80).
const C_TAIL: u8 = 1;
/// [`CLASS`] bit: an identifier's head byte (as [`C_TAIL`] without the digits).
const C_HEAD: u8 = 2;
/// [`CLASS`] bit: a byte that [`Lexer::take_run`] may consume (single column, read as
/// itself: not `\n`, `\r`, `\t` or NUL).
const C_RUN: u8 = 4;
/// [`CLASS`] bit: a quote or a byte that may start a string prefix (`r u b f t`).
const C_STRING: u8 = 8;

/// Each byte's [`C_TAIL`], [`C_HEAD`] and [`C_RUN`] bits.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let mut v = 0;
        if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            v |= C_TAIL | C_HEAD;
        }
        if c.is_ascii_digit() {
            v |= C_TAIL;
        }
        if !matches!(c, b'\n' | b'\r' | b'\t' | 0) {
            v |= C_RUN;
        }
        if matches!(c, b'\'' | b'"' | b'r' | b'u' | b'b' | b'f' | b't') {
            v |= C_STRING;
        }
        t[b] = v;
        b += 1;
    }
    t
};

/// A byte repeated eight times is `ONES * byte`.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The [`has_byte`] mask of the bytes that end every run of [`Lexer::take_run`].
#[inline(always)]
fn run_ends(x: u64) -> u64 {
    has_byte(x, b'\n') | has_byte(x, b'\r') | has_byte(x, b'\t') | has_byte(x, 0)
}

/// In `x`, read as eight bytes: the high bit of the lowest byte equal to `b` is set, and no
/// bit below it (bits above it may be set too).
#[inline(always)]
fn has_byte(x: u64, b: u8) -> u64 {
    let y = x ^ (ONES * b as u64);
    y.wrapping_sub(ONES) & !y & (ONES << 7)
}

fn is_space(c: u32) -> bool {
    c == b' ' as u32 || (9..=13).contains(&c)
}

fn is_alpha(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

fn is_digit(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_digit()
}

fn is_xdigit(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_hexdigit()
}

fn xdigit_value(c: u32) -> u32 {
    let c = c as u8;
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        _ => ((c | 0x20) - b'a' + 10) as u32,
    }
}

/// Appends `c` UTF-8 encoded (the reference's `vstr_add_char` with unicode strings on; no
/// check for surrogates).
fn push_char(v: &mut Vec<u8>, c: u32) {
    if c < 0x80 {
        v.push(c as u8);
    } else if c < 0x800 {
        v.push(((c >> 6) | 0xc0) as u8);
        v.push(((c & 0x3f) | 0x80) as u8);
    } else if c < 0x10000 {
        v.push(((c >> 12) | 0xe0) as u8);
        v.push((((c >> 6) & 0x3f) | 0x80) as u8);
        v.push(((c & 0x3f) | 0x80) as u8);
    } else {
        v.push(((c >> 18) | 0xf0) as u8);
        v.push((((c >> 12) & 0x3f) | 0x80) as u8);
        v.push((((c >> 6) & 0x3f) | 0x80) as u8);
        v.push(((c & 0x3f) | 0x80) as u8);
    }
}

/// The keyword `text` spells, if any.
#[inline]
fn keyword(text: &[u8]) -> Option<TokenKind> {
    match text.first() {
        Some(&first) => find_keyword(first, text.len(), || pack_keyword(text)),
        _ => None,
    }
}

/// The keyword of `len` bytes starting with `first` whose bytes, packed by [`pack_keyword`],
/// are `key()` (called only if some keyword has that first byte and length): the keywords
/// that start with the same byte, compared as whole numbers (no `memcmp`).
#[inline(always)]
fn find_keyword(first: u8, len: usize, key: impl FnOnce() -> u128) -> Option<TokenKind> {
    let first = usize::from(first);
    if first >= 128 || !(2..=9).contains(&len) || KEYWORD_LENGTHS[first] & (1 << len) == 0 {
        return None;
    }
    let key = key();
    let (from, to) = KEYWORD_BUCKETS[first];
    (usize::from(from)..usize::from(to))
        .find(|&i| KEYWORDS_PACKED[i] == key)
        .map(|i| KEYWORDS[i].1)
}

/// The bytes of a name of at most 16 bytes as one number (names never hold a NUL byte, so
/// the zero padding cannot be confused with text).
#[inline]
const fn pack_keyword(text: &[u8]) -> u128 {
    let mut v = 0u128;
    let mut i = 0;
    while i < text.len() && i < 16 {
        v |= (text[i] as u128) << (8 * i);
        i += 1;
    }
    v
}

/// [`KEYWORDS`], each packed by [`pack_keyword`].
const KEYWORDS_PACKED: [u128; KEYWORDS.len()] = {
    let mut v = [0; KEYWORDS.len()];
    let mut i = 0;
    while i < KEYWORDS.len() {
        v[i] = pack_keyword(KEYWORDS[i].0);
        i += 1;
    }
    v
};

/// For each ASCII byte, the lengths (as bits) of the [`KEYWORDS`] starting with it.
const KEYWORD_LENGTHS: [u16; 128] = {
    let mut b = [0u16; 128];
    let mut i = 0;
    while i < KEYWORDS.len() {
        b[KEYWORDS[i].0[0] as usize] |= 1 << KEYWORDS[i].0.len();
        i += 1;
    }
    b
};

/// For each ASCII byte, the range of [`KEYWORDS`] starting with it (empty if none).
const KEYWORD_BUCKETS: [(u8, u8); 128] = {
    let mut b = [(0u8, 0u8); 128];
    let mut i = 0;
    while i < KEYWORDS.len() {
        let f = KEYWORDS[i].0[0] as usize;
        if b[f].0 == b[f].1 {
            b[f].0 = i as u8;
        }
        b[f].1 = i as u8 + 1;
        i += 1;
    }
    b
};

/// Sorted by their bytes (for [`keyword`]).
const KEYWORDS: [(&[u8], TokenKind); 36] = [
    (b"False", TokenKind::KwFalse),
    (b"None", TokenKind::KwNone),
    (b"True", TokenKind::KwTrue),
    (b"__debug__", TokenKind::KwDebug),
    (b"and", TokenKind::KwAnd),
    (b"as", TokenKind::KwAs),
    (b"assert", TokenKind::KwAssert),
    (b"async", TokenKind::KwAsync),
    (b"await", TokenKind::KwAwait),
    (b"break", TokenKind::KwBreak),
    (b"class", TokenKind::KwClass),
    (b"continue", TokenKind::KwContinue),
    (b"def", TokenKind::KwDef),
    (b"del", TokenKind::KwDel),
    (b"elif", TokenKind::KwElif),
    (b"else", TokenKind::KwElse),
    (b"except", TokenKind::KwExcept),
    (b"finally", TokenKind::KwFinally),
    (b"for", TokenKind::KwFor),
    (b"from", TokenKind::KwFrom),
    (b"global", TokenKind::KwGlobal),
    (b"if", TokenKind::KwIf),
    (b"import", TokenKind::KwImport),
    (b"in", TokenKind::KwIn),
    (b"is", TokenKind::KwIs),
    (b"lambda", TokenKind::KwLambda),
    (b"nonlocal", TokenKind::KwNonlocal),
    (b"not", TokenKind::KwNot),
    (b"or", TokenKind::KwOr),
    (b"pass", TokenKind::KwPass),
    (b"raise", TokenKind::KwRaise),
    (b"return", TokenKind::KwReturn),
    (b"try", TokenKind::KwTry),
    (b"while", TokenKind::KwWhile),
    (b"with", TokenKind::KwWith),
    (b"yield", TokenKind::KwYield),
];

impl<'a> Lexer<'a> {
    /// A lexer over `src`, positioned on the first token. `opt_level` decides the value of
    /// `__debug__` (true only at level 0).
    pub fn new(src: &'a [u8], opt_level: u8) -> Result<Self, CompileError> {
        Lexer::with_tstrings(src, opt_level, true)
    }

    /// Like [`Lexer::new`], choosing whether `t`/`rt`/`tr` prefixes start t-strings.
    /// CircuitPython's lexer (MicroPython 1.27 based) has no t-strings: there `t"…"` is the
    /// name `t` followed by a string. `with_tstrings(src, opt_level, false)` is that lexer,
    /// [`Lexer::legacy`].
    pub fn with_tstrings(
        src: &'a [u8],
        opt_level: u8,
        tstrings: bool,
    ) -> Result<Self, CompileError> {
        Lexer::make(src, opt_level, !tstrings)
    }

    /// The lexer of MicroPython 1.27, which CircuitPython 10.2.1's mpy-cross uses. It differs
    /// from 1.29's in what reaches the output:
    ///
    /// * no t-strings;
    /// * a NUL byte of the source is an ordinary character: kept as 0x00 in a string literal
    ///   (1.29 reads it as 0x01);
    /// * `f"{}"` is accepted (an empty argument, `'{}'.format(())`);
    /// * after `{{` in an f-string, the next character is taken as text without looking at
    ///   it, so `f"{x}{{"` does not end at its closing quote (an error later);
    /// * the `.format(...)` arguments are injected when the *next* token starts, reading
    ///   from the argument buffer itself, so an f-string nested in an argument appends its
    ///   own arguments to the end of the outer ones: `f"{f'{x}'}"` compiles as
    ///   `'{}'.format(('{}'),)(x),`.
    pub fn legacy(src: &'a [u8], opt_level: u8) -> Result<Self, CompileError> {
        Lexer::make(src, opt_level, true)
    }

    fn make(src: &'a [u8], opt_level: u8, legacy: bool) -> Result<Self, CompileError> {
        let mut lex = Lexer {
            tstrings: !legacy,
            legacy,
            saved: [EOF; 3],
            saved_off: [0; 3],
            src,
            pos: 0,
            chr: [EOF; 3],
            off: [0; 3],
            line: 1,
            column: -2,
            emit_dent: 0,
            nested_bracket_level: 0,
            indent_level: vec![0],
            debug_value: opt_level == 0,
            inject: Vec::new(),
            inject_idx: 0,
            fstring_args: Vec::new(),
            tok: Token {
                kind: TokenKind::End,
                line: 1,
                column: 1,
                span: 0..0,
                text: Vec::new(),
            },
        };
        lex.next_char();
        lex.next_char();
        lex.next_char();
        lex.advance()?;
        if lex.tok.column != 1 && lex.tok.kind != TokenKind::Newline {
            lex.tok.kind = TokenKind::Indent;
        }
        Ok(lex)
    }

    fn c0(&self) -> u32 {
        self.chr[0]
    }

    fn is(&self, c: u8) -> bool {
        self.chr[0] == c as u32
    }

    fn is_or(&self, a: u8, b: u8) -> bool {
        self.is(a) || self.is(b)
    }

    fn is_end(&self) -> bool {
        self.chr[0] == EOF
    }

    fn is_and(&self, a: u8, b: u8) -> bool {
        self.chr[0] == a as u32 && self.chr[1] == b as u32
    }

    fn read_byte(&mut self) -> (u32, usize) {
        match self.src.get(self.pos) {
            Some(&b) => {
                let at = self.pos;
                self.pos += 1;
                let c = match b {
                    0 if self.legacy => NUL_CHAR,
                    0 => INVALID_BYTE,
                    b => b as u32,
                };
                (c, at)
            }
            None => (EOF, self.src.len()),
        }
    }

    #[inline(always)]
    fn next_char(&mut self) {
        if self.chr[0] == b'\n' as u32 {
            self.line = self.line.saturating_add(1);
            self.column = 1;
        } else if self.chr[0] == b'\t' as u32 {
            self.column = ((self.column - 1 + TAB_SIZE) / TAB_SIZE) * TAB_SIZE + 1;
        } else {
            self.column += 1;
        }
        self.chr[0] = self.chr[1];
        self.chr[1] = self.chr[2];
        self.off[0] = self.off[1];
        self.off[1] = self.off[2];
        if self.inject_idx == 0 && self.chr[1] != b'\r' as u32 {
            // The common case: a source byte that needs no translation.
            if let Some(&b) = self.src.get(self.pos) {
                if b != 0 && b != b'\r' {
                    self.chr[2] = b as u32;
                    self.off[2] = self.pos;
                    self.pos += 1;
                    return;
                }
            }
        }
        self.refill();
    }

    /// The rest of [`Self::next_char`]: fills the window's last character when it is not a
    /// plain source byte (injected text, line endings, NUL, the end).
    #[inline(never)]
    fn refill(&mut self) {
        if self.legacy && self.inject_idx != 0 {
            // Injecting f-string arguments (MicroPython 1.27): read them from the argument
            // buffer, which may still grow, until the end marker reaches the window's head.
            self.chr[2] = match self.fstring_args.get(self.inject_idx) {
                Some(&b) => {
                    self.inject_idx += 1;
                    if b == 0 { INJECT_END } else { b as u32 }
                }
                None => INJECT_END,
            };
            self.off[2] = self.off[1];
            if self.chr[0] == INJECT_END {
                self.chr = self.saved;
                self.off = self.saved_off;
                self.fstring_args.clear();
                self.inject_idx = 0;
            }
            return;
        }
        let (mut c2, mut o2);
        loop {
            if self.inject_idx != 0 {
                c2 = self.inject.get(self.inject_idx).copied().unwrap_or(0) as u32;
                o2 = self.off[1];
                self.inject_idx += 1;
                if self.inject_idx >= self.inject.len() {
                    self.inject.clear();
                    self.inject_idx = 0;
                }
            } else {
                (c2, o2) = self.read_byte();
            }
            if self.chr[1] == b'\r' as u32 {
                self.chr[1] = b'\n' as u32;
                if c2 == b'\n' as u32 {
                    continue;
                }
            }
            break;
        }
        if c2 == EOF && self.chr[1] != EOF && self.chr[1] != b'\n' as u32 {
            c2 = b'\n' as u32;
        }
        self.chr[2] = c2;
        self.off[2] = o2;
    }

    fn is_string_or_bytes(&self) -> bool {
        let q = |c: u32| c == b'\'' as u32 || c == b'"' as u32;
        let c0 = self.chr[0];
        if q(c0) {
            return true;
        }
        let one = [b'r', b'u', b'b', b'f', b't'];
        let t_ok = |c: u8| c != b't' || self.tstrings;
        if one.iter().any(|&p| c0 == p as u32 && t_ok(p)) && q(self.chr[1]) {
            return true;
        }
        let two: [(u8, u8); 6] = [
            (b'r', b'f'),
            (b'f', b'r'),
            (b'r', b't'),
            (b't', b'r'),
            (b'r', b'b'),
            (b'b', b'r'),
        ];
        two.iter()
            .any(|&(a, b)| t_ok(a) && t_ok(b) && self.is_and(a, b))
            && q(self.chr[2])
    }

    fn is_head_of_identifier(&self) -> bool {
        let c = self.chr[0];
        is_alpha(c) || c == b'_' as u32 || (0x80..0x100).contains(&c)
    }

    fn is_tail_of_identifier(&self) -> bool {
        self.is_head_of_identifier() || is_digit(self.chr[0])
    }

    fn get_hex(&mut self, num_digits: usize) -> Option<u32> {
        let mut num: u32 = 0;
        for _ in 0..num_digits {
            self.next_char();
            let c = self.c0();
            if !is_xdigit(c) {
                return None;
            }
            num = (num << 4).wrapping_add(xdigit_value(c));
        }
        Some(num)
    }

    /// Consumes, at once, the longest run of bytes from the current character on for which
    /// `plain` holds, exactly as that many [`Self::next_char`] calls would, appending them to
    /// the token text if `keep`; returns how many. Only single-column bytes qualify (never
    /// `\n`, `\r`, `\t` or NUL), and only while the character window mirrors the source
    /// (no injected f-string text) and can be refilled from it without line-ending or
    /// end-of-input handling; otherwise it consumes nothing and the caller goes byte by byte.
    ///
    /// `stops`, if given, maps eight bytes (read as a little-endian number) to a mask whose
    /// lowest set bit lies in the first byte at which the run may end: the run is then first
    /// skipped eight bytes at a time.
    #[inline]
    fn take_run(
        &mut self,
        plain: impl Fn(u8) -> bool,
        keep: bool,
        stops: Option<impl Fn(u64) -> u64>,
    ) -> usize {
        let start = self.off[0];
        if !self.mirrors_source() {
            return 0;
        }
        let src = self.src;
        let mut end = start;
        if let Some(stops) = stops {
            while let Some(chunk) = src.get(end..end + 8) {
                let m = stops(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
                if m != 0 {
                    end += (m.trailing_zeros() / 8) as usize;
                    break;
                }
                end += 8;
            }
        }
        while let Some(&b) = src.get(end) {
            if CLASS[b as usize] & C_RUN == 0 || !plain(b) {
                break;
            }
            end += 1;
        }
        if end == start || !self.jump_to(end, keep) {
            return 0;
        }
        end - start
    }

    /// Whether the character window holds the source's next three bytes as they are (no
    /// injected f-string text, no translated line ending), so that the source can be read
    /// directly from the current character on.
    #[inline(always)]
    fn mirrors_source(&self) -> bool {
        let start = self.off[0];
        self.inject_idx == 0
            && self.off[1] == start + 1
            && self.off[2] == start + 2
            && self.pos == start + 3
    }

    /// When [`Self::mirrors_source`]: consumes the source bytes from the current character
    /// up to `end` (single-column bytes, none of them a line ending), exactly as that many
    /// [`Self::next_char`] calls would, appending them to the token text if `keep`. Does
    /// nothing and returns false if the three bytes from `end` on, which refill the window,
    /// are missing or would need translation (CR line endings, NUL).
    #[inline(always)]
    fn jump_to(&mut self, end: usize, keep: bool) -> bool {
        let start = self.off[0];
        let Some(next) = self.src.get(end..end + 3) else {
            return false;
        };
        if next.iter().any(|&b| b == b'\r' || b == 0) {
            return false;
        }
        if keep {
            self.tok.text.extend_from_slice(&self.src[start..end]);
        }
        self.column += (end - start) as i64;
        for (k, &b) in next.iter().enumerate() {
            self.chr[k] = b as u32;
            self.off[k] = end + k;
        }
        self.pos = end + 3;
        true
    }

    /// Skips spaces, comments and line continuations; returns whether a newline was crossed
    /// (with `stop_at_newline`, stops on that newline unless inside brackets).
    fn skip_whitespace(&mut self, stop_at_newline: bool) -> bool {
        while !self.is_end() {
            if self.is(b'\n') {
                if stop_at_newline && self.nested_bracket_level == 0 {
                    return true;
                }
                self.next_char();
            } else if is_space(self.c0()) {
                if self.take_run(|b| b == b' ', false, Some(|x| x ^ (ONES * b' ' as u64))) == 0 {
                    self.next_char();
                }
            } else if self.is(b'#') {
                self.next_char();
                while !self.is_end() && !self.is(b'\n') {
                    if self.take_run(|_| true, false, Some(run_ends)) == 0 {
                        self.next_char();
                    }
                }
            } else if self.is_and(b'\\', b'\n') {
                self.next_char();
                self.next_char();
            } else {
                break;
            }
        }
        false
    }

    /// Moves to the next token. Fails only for `\N{…}` escapes (NotImplementedError, as in
    /// the reference); every other problem becomes a token kind the parser reports.
    pub fn advance(&mut self) -> Result<(), CompileError> {
        if self.legacy && !self.fstring_args.is_empty() && self.inject_idx == 0 {
            // The f-string before is complete: inject its arguments (MicroPython 1.27).
            self.fstring_args.push(b')');
            self.saved = self.chr;
            self.saved_off = self.off;
            for k in 0..3 {
                self.chr[k] = self.fstring_args.get(k).map_or(INJECT_END, |&b| b as u32);
                self.off[k] = self.saved_off[0];
            }
            self.inject_idx = 3;
        }
        self.tok.text.clear();
        let c0 = self.chr[0];
        let quiet = |c: u32| c > b' ' as u32 && c != b'#' as u32 && c != b'\\' as u32;
        let had_physical_newline = if quiet(c0) {
            // Nothing to skip (the usual case between tokens), or one space.
            false
        } else if c0 == b' ' as u32 && quiet(self.chr[1]) {
            self.next_char();
            false
        } else if c0 == b'\n' as u32 && self.nested_bracket_level == 0 {
            // Where `skip_whitespace` stops at once: the end of a logical line.
            true
        } else {
            self.skip_whitespace(true)
        };
        self.tok.line = self.line;
        self.tok.column = self.column.clamp(0, u32::MAX as i64) as u32;
        let start = self.off[0];

        if self.emit_dent < 0 {
            self.tok.kind = TokenKind::Dedent;
            self.emit_dent += 1;
        } else if self.emit_dent > 0 {
            self.tok.kind = TokenKind::Indent;
            self.emit_dent -= 1;
        } else if had_physical_newline {
            self.skip_whitespace(false);
            self.tok.kind = TokenKind::Newline;
            let num_spaces = (self.column - 1).max(0) as usize;
            let top = |l: &Self| l.indent_level.last().copied().unwrap_or(0) as usize;
            if num_spaces == top(self) {
            } else if num_spaces > top(self) {
                self.indent_level.push(num_spaces as u16);
                self.emit_dent += 1;
            } else {
                while num_spaces < top(self) && self.indent_level.len() > 1 {
                    self.indent_level.pop();
                    self.emit_dent -= 1;
                }
                if num_spaces != top(self) {
                    self.tok.kind = TokenKind::DedentMismatch;
                }
            }
        } else if self.is_end() {
            self.tok.kind = TokenKind::End;
        } else if self.c0() < 0x100
            && CLASS[self.c0() as usize] & C_STRING != 0
            && self.is_string_or_bytes()
        {
            self.lex_strings()?;
        } else if self.c0() < 0x100 && CLASS[self.c0() as usize] & C_HEAD != 0 {
            if !self.lex_name() {
                self.lex_name_slowly();
            }
        } else if is_digit(self.c0()) || (self.is(b'.') && is_digit(self.chr[1])) {
            self.lex_number();
        } else {
            self.lex_operator();
        }
        let end = self.off[0].max(start);
        self.tok.span = start..end;
        Ok(())
    }

    /// A name read straight from the source, when the window mirrors it and the three bytes
    /// after the name need no translation (what the general path below does byte by byte);
    /// returns whether it did.
    #[inline(always)]
    fn lex_name(&mut self) -> bool {
        let start = self.off[0];
        let src = self.src;
        if !self.mirrors_source() || start >= src.len() {
            return false;
        }
        let rest = &src[start + 1..];
        let n = 1 + rest
            .iter()
            .position(|&b| CLASS[b as usize] & C_TAIL == 0)
            .unwrap_or(rest.len());
        if !self.jump_to(start + n, true) {
            return false;
        }
        // The name's bytes as one number, read at once where 16 bytes of source follow.
        let key = || match src.get(start..start + 16) {
            Some(window) => {
                u128::from_le_bytes(window.try_into().unwrap_or([0; 16])) & ((1u128 << (8 * n)) - 1)
            }
            None => pack_keyword(&src[start..start + n]),
        };
        self.tok.kind = self.name_kind(find_keyword(src[start], n, key));
        true
    }

    /// A name, byte by byte where it can not be read straight from the source.
    fn lex_name_slowly(&mut self) {
        self.tok.text.push(self.c0() as u8);
        self.next_char();
        self.take_run(
            |b| CLASS[b as usize] & C_TAIL != 0,
            true,
            None::<fn(u64) -> u64>,
        );
        while !self.is_end() && self.is_tail_of_identifier() {
            self.tok.text.push(self.c0() as u8);
            self.next_char();
        }
        self.tok.kind = self.name_kind(keyword(&self.tok.text));
    }

    /// The token kind of a name that spells `keyword` (`__debug__` is `True` or `False`).
    #[inline(always)]
    fn name_kind(&self, keyword: Option<TokenKind>) -> TokenKind {
        match keyword {
            None => TokenKind::Name,
            Some(TokenKind::KwDebug) if self.debug_value => TokenKind::KwTrue,
            Some(TokenKind::KwDebug) => TokenKind::KwFalse,
            Some(k) => k,
        }
    }

    fn lex_number(&mut self) {
        let mut forced_integer = false;
        if self.is(b'.') {
            self.tok.kind = TokenKind::FloatOrImag;
        } else {
            self.tok.kind = TokenKind::Integer;
            let c1 = self.chr[1] | 0x20;
            if self.is(b'0') && (c1 == b'b' as u32 || c1 == b'o' as u32 || c1 == b'x' as u32) {
                forced_integer = true;
            }
        }
        self.tok.text.push(self.c0() as u8);
        self.next_char();
        while !self.is_end() {
            if !forced_integer && self.is_or(b'e', b'E') {
                self.tok.kind = TokenKind::FloatOrImag;
                self.tok.text.push(b'e');
                self.next_char();
                if self.is_or(b'+', b'-') {
                    self.tok.text.push(self.c0() as u8);
                    self.next_char();
                }
            } else if is_alpha(self.c0()) || is_digit(self.c0()) || self.is(b'.') {
                if self.is(b'.') || self.is_or(b'j', b'J') {
                    self.tok.kind = TokenKind::FloatOrImag;
                }
                self.tok.text.push(self.c0() as u8);
                self.next_char();
            } else if self.is(b'_') {
                self.next_char();
            } else {
                break;
            }
        }
    }

    fn lex_operator(&mut self) {
        use TokenKind as K;
        let c = self.c0();
        self.next_char();
        let c = if c < 128 { c as u8 } else { 0 };
        // Operators with an optional `=` and/or a doubled form: (single, single=, double,
        // double=).
        let family = |c: u8| -> Option<OpFamily> {
            Some(match c {
                b'<' => (
                    K::OpLess,
                    K::OpLessEqual,
                    Some((K::OpDblLess, K::DelDblLessEqual)),
                ),
                b'>' => (
                    K::OpMore,
                    K::OpMoreEqual,
                    Some((K::OpDblMore, K::DelDblMoreEqual)),
                ),
                b'*' => (
                    K::OpStar,
                    K::DelStarEqual,
                    Some((K::OpDblStar, K::DelDblStarEqual)),
                ),
                b'/' => (
                    K::OpSlash,
                    K::DelSlashEqual,
                    Some((K::OpDblSlash, K::DelDblSlashEqual)),
                ),
                b'+' => (K::OpPlus, K::DelPlusEqual, None),
                b'-' => (K::OpMinus, K::DelMinusEqual, None),
                b'&' => (K::OpAmpersand, K::DelAmpersandEqual, None),
                b'|' => (K::OpPipe, K::DelPipeEqual, None),
                b'%' => (K::OpPercent, K::DelPercentEqual, None),
                b'^' => (K::OpCaret, K::DelCaretEqual, None),
                b'@' => (K::OpAt, K::DelAtEqual, None),
                b'=' => (K::DelEqual, K::OpDblEqual, None),
                b':' => (K::DelColon, K::OpAssign, None),
                _ => return None,
            })
        };
        let kind = match c {
            b'(' => K::DelParenOpen,
            b')' => K::DelParenClose,
            b'[' => K::DelBracketOpen,
            b']' => K::DelBracketClose,
            b'{' => K::DelBraceOpen,
            b'}' => K::DelBraceClose,
            b',' => K::DelComma,
            b';' => K::DelSemicolon,
            b'~' => K::OpTilde,
            b'!' => {
                if self.is(b'=') {
                    self.next_char();
                    K::OpNotEqual
                } else {
                    K::Invalid
                }
            }
            b'.' => {
                if self.is_and(b'.', b'.') {
                    self.next_char();
                    self.next_char();
                    K::Ellipsis
                } else {
                    K::DelPeriod
                }
            }
            b'-' if self.is(b'>') => {
                self.next_char();
                K::DelMinusMore
            }
            _ => match family(c) {
                None => K::Invalid,
                Some((single, single_eq, double)) => {
                    if self.is(b'=') {
                        self.next_char();
                        single_eq
                    } else if let Some((dbl, dbl_eq)) = double.filter(|_| self.is(c)) {
                        self.next_char();
                        if self.is(b'=') {
                            self.next_char();
                            dbl_eq
                        } else {
                            dbl
                        }
                    } else {
                        single
                    }
                }
            },
        };
        self.tok.kind = kind;
        match kind {
            K::DelParenOpen | K::DelBracketOpen | K::DelBraceOpen => self.nested_bracket_level += 1,
            K::DelParenClose | K::DelBracketClose | K::DelBraceClose => {
                self.nested_bracket_level -= 1
            }
            _ => {}
        }
    }

    /// A run of adjacent string/bytes literals, joined into one token.
    fn lex_strings(&mut self) -> Result<(), CompileError> {
        // `End` marks "no literal seen yet".
        self.tok.kind = TokenKind::End;
        let mut had_tstring = false;
        loop {
            let mut is_raw = false;
            let mut is_fstring = false;
            let mut is_tstring = false;
            let mut kind = TokenKind::String;
            let mut n_char = 0;
            let c1 = self.chr[1];
            if self.is(b'u') {
                n_char = 1;
            } else if self.is(b'b') {
                kind = TokenKind::Bytes;
                n_char = 1;
                if c1 == b'r' as u32 {
                    is_raw = true;
                    n_char = 2;
                }
            } else if self.is(b'r') {
                is_raw = true;
                n_char = 1;
                if c1 == b'b' as u32 {
                    kind = TokenKind::Bytes;
                    n_char = 2;
                } else if c1 == b'f' as u32 {
                    is_fstring = true;
                    n_char = 2;
                } else if c1 == b't' as u32 {
                    is_tstring = true;
                    n_char = 2;
                }
            } else if self.is(b'f') {
                is_fstring = true;
                n_char = 1;
                if c1 == b'r' as u32 {
                    is_raw = true;
                    n_char = 2;
                }
            } else if self.is(b't') {
                is_tstring = true;
                n_char = 1;
                if c1 == b'r' as u32 {
                    is_raw = true;
                    n_char = 2;
                }
            }
            if is_tstring {
                had_tstring = true;
            }
            if self.tok.kind == TokenKind::End {
                self.tok.kind = kind;
            } else if self.tok.kind != kind {
                // str and bytes do not join; the parser will reject the next literal.
                break;
            }
            for _ in 0..n_char {
                self.next_char();
            }
            self.parse_string_literal(is_raw, is_fstring, is_tstring)?;
            let c0 = self.c0();
            if c0 <= b' ' as u32 || c0 == b'#' as u32 || c0 == b'\\' as u32 {
                self.skip_whitespace(true);
            }
            let c0 = self.c0();
            if c0 >= 0x100 || CLASS[c0 as usize] & C_STRING == 0 || !self.is_string_or_bytes() {
                break;
            }
        }

        if had_tstring {
            self.tok.text.extend_from_slice(b",),");
            let mut args = core::mem::take(&mut self.tok.text);
            args.extend_from_slice(&self.fstring_args);
            self.fstring_args = args;
            if self.tok.kind > TokenKind::MalformedFstring {
                self.tok.kind = TokenKind::Name;
                self.tok.text.clear();
                self.tok.text.extend_from_slice(b"__template__");
            }
        }

        if !self.fstring_args.is_empty() && !self.legacy {
            // Inject `.format(...)` (or the template arguments) into the character stream.
            self.fstring_args.push(b')');
            if self.inject_idx == 0 {
                self.inject.clear();
                for c in self.chr {
                    self.inject.push(c as u8);
                }
            } else {
                self.inject_idx = self.inject_idx.saturating_sub(3);
            }
            let at = self.inject_idx.min(self.inject.len());
            let args = core::mem::take(&mut self.fstring_args);
            self.inject.splice(at..at, args);
            for k in 0..3 {
                self.chr[k] = self.inject.get(self.inject_idx).copied().unwrap_or(0) as u32;
                self.inject_idx += 1;
            }
            if self.inject_idx >= self.inject.len() {
                self.inject.clear();
                self.inject_idx = 0;
            }
        }
        Ok(())
    }

    fn parse_string_literal(
        &mut self,
        is_raw: bool,
        is_fstring: bool,
        is_tstring: bool,
    ) -> Result<(), CompileError> {
        let quote_char = if self.is(b'"') { b'"' } else { b'\'' };
        self.next_char();
        let num_quotes = if self.is_and(quote_char, quote_char) {
            self.next_char();
            self.next_char();
            3
        } else {
            1
        };
        let mut n_closing = 0;
        if is_fstring && self.fstring_args.is_empty() {
            self.fstring_args.extend_from_slice(b".format(");
        }
        if is_tstring && self.fstring_args.is_empty() {
            self.tok.text.extend_from_slice(b"((");
            for _ in 0..num_quotes {
                self.tok.text.push(quote_char);
            }
        }
        let mut tstring_num_interpolations = 0usize;
        let mut end_of_format_index = 0usize;
        let mut nested_formatting_in_tstring = 0usize;
        let mut nested_formatting_needs_fstring = false;

        while !self.is_end() && (num_quotes > 1 || !self.is(b'\n')) && n_closing < num_quotes {
            if !is_tstring
                && self.take_run(
                    |b| b != quote_char && b != b'\\' && !(is_fstring && b == b'{'),
                    true,
                    Some(|x| {
                        run_ends(x)
                            | has_byte(x, quote_char)
                            | has_byte(x, b'\\')
                            | has_byte(x, b'{')
                    }),
                ) > 0
            {
                // Plain text, as the last branch below takes it byte by byte.
                n_closing = 0;
                continue;
            }
            if self.is(quote_char) {
                n_closing += 1;
                self.tok.text.push(quote_char);
            } else if is_tstring && self.is(b'\n') {
                self.tok.text.extend_from_slice(b"\\n");
            } else {
                n_closing = 0;
                if self.legacy && is_fstring && self.is(b'{') {
                    // MicroPython 1.27: after the fields, the current character is taken as
                    // text below without checking for the closing quote.
                    while self.is(b'{') {
                        self.next_char();
                        if self.is(b'{') {
                            self.tok.text.push(b'{');
                            self.next_char();
                        } else {
                            self.fstring_argument(
                                false,
                                quote_char,
                                num_quotes,
                                &mut nested_formatting_in_tstring,
                                &mut end_of_format_index,
                            );
                        }
                        self.tok.text.push(b'{');
                    }
                } else if (is_fstring || is_tstring) && self.is(b'{') {
                    if is_tstring && nested_formatting_in_tstring > 0 {
                        nested_formatting_in_tstring += 1;
                    } else {
                        self.next_char();
                        if self.is(b'{') {
                            // `{{` stays for str.format to handle.
                            if !is_tstring {
                                self.tok.text.push(b'{');
                            }
                            self.next_char();
                        } else {
                            self.fstring_argument(
                                is_tstring,
                                quote_char,
                                num_quotes,
                                &mut nested_formatting_in_tstring,
                                &mut end_of_format_index,
                            );
                        }
                        self.tok.text.push(b'{');
                        continue;
                    }
                }

                if is_tstring && self.is(b'\\') {
                    // The template text is lexed again later, so keep the escape.
                    self.tok.text.push(b'\\');
                    if is_raw {
                        self.tok.text.push(b'\\');
                    } else {
                        self.next_char();
                        self.tok.text.push(self.c0() as u8);
                    }
                } else if self.is(b'\\') {
                    self.next_char();
                    let mut c = self.c0();
                    if c == NUL_CHAR {
                        c = 0;
                    }
                    if is_raw {
                        // Raw strings keep the backslash (and it still escapes a quote).
                        self.tok.text.push(b'\\');
                    } else {
                        match c {
                            0x0a => {
                                // An escaped newline is dropped.
                                self.next_char();
                                continue;
                            }
                            0x5c | 0x27 | 0x22 => {}
                            0x61 => c = 0x07,
                            0x62 => c = 0x08,
                            0x74 => c = 0x09,
                            0x6e => c = 0x0a,
                            0x76 => c = 0x0b,
                            0x66 => c = 0x0c,
                            0x72 => c = 0x0d,
                            0x75 | 0x55 if self.tok.kind == TokenKind::Bytes => {
                                self.tok.text.push(b'\\');
                            }
                            0x75 | 0x55 | 0x78 => {
                                let digits = match c {
                                    0x78 => 2,
                                    0x75 => 4,
                                    _ => 8,
                                };
                                match self.get_hex(digits) {
                                    Some(v) => c = v,
                                    None => {
                                        self.tok.kind = TokenKind::Invalid;
                                        c = 0;
                                    }
                                }
                            }
                            0x4e => {
                                return Err(CompileError {
                                    kind: ErrorKind::NotImplementedError,
                                    message: "unicode name escapes".into(),
                                    line: self.line,
                                    column: self.column.clamp(0, u32::MAX as i64) as u32,
                                    span: self.off[0]..self.off[0] + 1,
                                    help: Some(
                                        "MicroPython has no table of Unicode names; write the \
                                         character itself or a \\u/\\U escape"
                                            .into(),
                                    ),
                                    in_scope: None,
                                    traceback: false,
                                });
                            }
                            0x30..=0x37 => {
                                let mut digits = 3;
                                let mut num = c - 0x30;
                                loop {
                                    let n1 = self.chr[1];
                                    if !(0x30..=0x37).contains(&n1) {
                                        break;
                                    }
                                    digits -= 1;
                                    if digits == 0 {
                                        break;
                                    }
                                    self.next_char();
                                    num = num * 8 + (self.c0() - 0x30);
                                }
                                c = num;
                            }
                            _ => {
                                // Unknown escapes keep their backslash.
                                self.tok.text.push(b'\\');
                            }
                        }
                    }
                    if c < 0x110000 && self.tok.kind == TokenKind::String {
                        push_char(&mut self.tok.text, c);
                    } else if c < 0x100 && self.tok.kind == TokenKind::Bytes {
                        self.tok.text.push(c as u8);
                    } else {
                        self.tok.kind = TokenKind::Invalid;
                    }
                } else if is_tstring && nested_formatting_in_tstring > 0 && self.is(b'}') {
                    nested_formatting_in_tstring -= 1;
                    if nested_formatting_in_tstring > 0 {
                        nested_formatting_needs_fstring = true;
                        self.tok.text.push(b'}');
                    } else {
                        tstring_num_interpolations += 1;
                        if nested_formatting_needs_fstring {
                            self.fstring_args.push(b'f');
                            nested_formatting_needs_fstring = false;
                        }
                        self.fstring_args.push(quote_char);
                        let from = (end_of_format_index + 1).min(self.tok.text.len());
                        let spec = self.tok.text[from..].to_vec();
                        self.fstring_args.extend_from_slice(&spec);
                        self.tok.text.truncate(end_of_format_index);
                        self.fstring_args.push(quote_char);
                        self.fstring_args.push(b',');
                    }
                } else {
                    self.tok.text.push(self.c0() as u8);
                    if is_tstring && self.is_and(b'}', b'}') {
                        self.next_char();
                    } else if is_tstring && self.is(b'}') {
                        self.tok.kind = TokenKind::MalformedFstring;
                    }
                }
            }
            self.next_char();
        }

        if n_closing < num_quotes {
            self.tok.kind = TokenKind::LonelyStringOpen;
        }
        if is_tstring {
            if nested_formatting_in_tstring > 0 {
                self.tok.kind = TokenKind::MalformedFstring;
            }
            if 1 + tstring_num_interpolations * 4 > 255 {
                // Too many arguments for one call: wrap the interpolations in a tuple.
                self.fstring_args.insert(0, b'(');
                self.fstring_args.push(b')');
            }
        } else {
            let len = self.tok.text.len().saturating_sub(n_closing);
            self.tok.text.truncate(len);
        }
        Ok(())
    }

    /// The `{expr…}` part of an f-/t-string, positioned after the `{`: moves the expression
    /// text into the argument list and leaves the conversion/spec for the caller.
    fn fstring_argument(
        &mut self,
        is_tstring: bool,
        quote_char: u8,
        num_quotes: usize,
        nested_formatting_in_tstring: &mut usize,
        end_of_format_index: &mut usize,
    ) {
        self.fstring_args.push(b'(');
        let i = self.fstring_args.len();
        // The expression ends at `:`, `}` or `!r`/`!s` + `:`/`}` outside brackets; quotes are
        // not understood (a reference limitation that decides what is accepted).
        let mut level: u32 = 0;
        loop {
            if self.is_end() {
                break;
            }
            if level == 0 {
                let c1 = self.chr[1];
                let c2 = self.chr[2];
                let conv = self.is(b'!')
                    && (c1 == b'r' as u32 || c1 == b's' as u32)
                    && (c2 == b':' as u32 || c2 == b'}' as u32);
                if self.is_or(b':', b'}') || conv {
                    break;
                }
            }
            let c = self.c0();
            if c == b'[' as u32 || c == b'{' as u32 {
                level = level.wrapping_add(1);
            } else if c == b']' as u32 || c == b'}' as u32 {
                level = level.wrapping_sub(1);
            }
            self.fstring_args.push(c as u8);
            self.next_char();
        }
        let mut was_debug = false;
        if self.fstring_args.last() == Some(&b'=') {
            // `f'{a=}'` → `'a={}'.format(a)`
            let arg = self.fstring_args[i..].to_vec();
            self.tok.text.extend_from_slice(&arg);
            self.fstring_args.pop();
            was_debug = true;
        }
        if is_tstring {
            while self
                .fstring_args
                .last()
                .is_some_and(|&b| is_space(b as u32))
            {
                self.fstring_args.pop();
            }
        }
        if self.fstring_args.len() == i && !self.legacy {
            // MicroPython 1.27 accepts `{}` (an empty argument).
            self.tok.kind = TokenKind::MalformedFstring;
        }
        self.fstring_args.push(b')');
        self.fstring_args.push(b',');
        if is_tstring {
            self.fstring_args.push(quote_char);
            let nn = self.fstring_args.len().saturating_sub(i + 3);
            for j in 0..nn {
                let b = self.fstring_args[i + j];
                if b == quote_char || b == b'\\' {
                    self.fstring_args.push(b'\\');
                }
                self.fstring_args.push(b);
            }
            self.fstring_args.push(quote_char);
            self.fstring_args.push(b',');
            for _ in 0..num_quotes {
                self.tok.text.push(quote_char);
            }
            self.tok.text.push(b',');
            for _ in 0..num_quotes {
                self.tok.text.push(quote_char);
            }
            if self.is(b'!') {
                self.next_char();
                self.fstring_args.push(quote_char);
                self.fstring_args.push(self.c0() as u8);
                self.next_char();
                self.fstring_args.push(quote_char);
                self.fstring_args.push(b',');
            } else if was_debug && !self.is(b':') {
                self.fstring_args.extend_from_slice(b"'r',");
            } else {
                self.fstring_args.extend_from_slice(b"None,");
            }
            if self.is(b':') {
                self.next_char();
            }
            *nested_formatting_in_tstring = 1;
            *end_of_format_index = self.tok.text.len();
        }
    }
}

/// All tokens of `src` up to and including `End` (or up to the first lexer error), for
/// tests and tools. Stops after `End` or after 1,000,000 tokens.
pub fn tokenize(src: &[u8], opt_level: u8) -> Result<Vec<Token>, CompileError> {
    let mut lex = Lexer::new(src, opt_level)?;
    let mut out = Vec::new();
    loop {
        out.push(lex.tok.clone());
        if lex.tok.kind == TokenKind::End || out.len() >= 1_000_000 {
            return Ok(out);
        }
        lex.advance()?;
    }
}

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

#[cfg(test)]
mod keyword_tests {
    use super::*;

    #[test]
    fn keywords_are_sorted_and_found() {
        assert!(KEYWORDS.windows(2).all(|w| w[0].0 < w[1].0));
        for (k, kind) in KEYWORDS {
            assert_eq!(keyword(k), Some(kind));
        }
        for not in [
            &b"x"[..],
            b"Fals",
            b"Falsey",
            b"__debug",
            b"yields",
            b"i",
            b"nonlocals",
            b"an",
            b"asx",
            b"el",
            b"\xffif",
            b"zz",
            b"__debug__x",
        ] {
            assert_eq!(keyword(not), None);
        }
    }
}

#[cfg(test)]
mod run_tests {
    use super::*;

    /// (kind, line, column, text) of every token.
    fn tokens(src: &[u8]) -> Vec<(TokenKind, u32, u32, Vec<u8>)> {
        let mut lx = Lexer::new(src, 0).unwrap();
        let mut out = Vec::new();
        loop {
            let t = &lx.tok;
            out.push((t.kind, t.line, t.column, t.text.clone()));
            if t.kind == TokenKind::End {
                return out;
            }
            lx.advance().unwrap();
        }
    }

    /// Runs of plain bytes are taken at once only where that changes nothing: positions
    /// after long names, strings and comments next to CR, tabs, NUL and the end of input.
    #[test]
    fn runs_keep_positions() {
        let name = "n".repeat(40);
        let text = "t".repeat(40);
        let cases: Vec<Vec<u8>> = vec![
            format!("{name} = '{text}'  # {text}\n{name}").into_bytes(),
            format!("{name} = '{text}'\r\nx = 1\r\n").into_bytes(),
            format!("x = '{text}'\ry\r").into_bytes(),
            format!("x = '{text}\t{text}'\ny").into_bytes(),
            format!("x = '{text}\0{text}'\ny").into_bytes(),
            format!("x = {name}").into_bytes(),
            format!("# {text}").into_bytes(),
            format!("x = '''{text}\n{text}'''; y").into_bytes(),
            format!("x = f'{text}{{a}}{text}'\ny").into_bytes(),
            format!("x = '{text}").into_bytes(),
            format!("if x:\n        {name}\n").into_bytes(),
        ];
        for src in cases {
            let toks = tokens(&src);
            for (kind, line, column, _) in &toks {
                assert!(*line >= 1 && *column >= 1, "{kind:?} at {line}:{column}");
            }
            let last = toks.iter().rev().find(|t| t.0 == TokenKind::Name);
            if let Some((_, line, column, text)) = last {
                // The position of the last name, worked out from the text.
                let s = String::from_utf8_lossy(&src)
                    .replace("\r\n", "\n")
                    .replace('\r', "\n");
                let at = s.rfind(&*String::from_utf8_lossy(text)).unwrap();
                let before = &s[..at];
                let l = before.matches('\n').count() as u32 + 1;
                let line_start = before.rfind('\n').map_or(0, |i| i + 1);
                let mut col = 1u32;
                for c in before[line_start..].bytes() {
                    col = if c == b'\t' {
                        (col - 1 + 8) / 8 * 8 + 1
                    } else {
                        col + 1
                    };
                }
                assert_eq!((*line, *column), (l, col), "{}", s.escape_debug());
            }
        }
    }
}
