//! Error recovery: finding every independent error of a file, not just the first.
//!
//! The parser, like the reference's, stops at the first error. Recovery is a driver around
//! it that never changes how a file is parsed: after an error it *patches the source text* so
//! that the mistake is gone, and parses the patched text again (from the top-level statement
//! holding the first patched line: the lines before it are blanked, as they parsed in an
//! earlier round and top-level statements parse independently; not when a `const()` before
//! could be used after, as constants carry over). Every patch
//! keeps the number of lines (lines are replaced, re-indented or blanked, never inserted or
//! removed), so line numbers of later errors are those of the original file, and byte offsets
//! are mapped back line by line. The driver stops when the patched text parses, when a patch
//! would change nothing, or after [`MAX_ERRORS`] errors.
//!
//! What is patched depends on where the error is, using a light scan of the text into logical
//! lines (brackets, strings, comments and `\` continuations, as the lexer sees them):
//!
//! * `unexpected indent`: the statement before, if it was dedented by mistake (this line's
//!   level was open before it), is put back; else the unexpectedly indented block is moved
//!   back to the level of the statement before it;
//! * `unindent doesn't match any outer indent level`: the line (and the block it heads) is
//!   moved to the nearest level that is open;
//! * an error on the first token of a statement whose previous line is a header without a
//!   body (`if x:` followed by a line that is not indented): ` pass` is appended to the
//!   header; a `try:` block that ended without `except`/`finally`: the header becomes
//!   `if 1:`;
//! * an error after a bracket that was never closed (the scan ends a bracket at a line that
//!   starts a statement): the statement with the bracket is replaced;
//! * code right after a triple-quoted string that starts a statement on an earlier line
//!   (a docstring that lost its opening quotes turns every later docstring inside out): the
//!   line with the stray opening quotes is blanked;
//! * any other error: the whole logical statement is replaced by `pass`, by `if 1:` when an
//!   indented block follows it (so that the block is still checked), or by a neutral clause
//!   (`else:`, `except BaseException:`, …) when it was an `elif`/`else`/`except`/`finally`
//!   clause, so the statement around it keeps its shape; a replaced `def` or `class` loses
//!   its decorators.
//!
//! When the patched text finally parses, it is compiled too, and compile-phase errors (which
//! the compiler itself collects statement by statement, see `Compiler::collect_error`) are
//! added, except on lines a patch touched or inside a block whose header was replaced: those
//! could be consequences of the patch rather than mistakes of their own.
//!
//! The first error is always the one the reference compiler reports (it comes from the
//! unpatched text); the others follow in source order.

use crate::error::{CompileError, ErrorKind};

/// [`crate::compile`] reports no more errors than this for one file.
pub const MAX_ERRORS: usize = 100;

/// Parses and re-parses at most this many times.
const MAX_ROUNDS: usize = 4 * MAX_ERRORS;

/// Keywords that start a statement and can never appear inside brackets: a line starting with
/// one of them inside an unclosed bracket means the bracket was never closed.
const STATEMENT_ONLY: &[&[u8]] = &[
    b"def",
    b"class",
    b"return",
    b"import",
    b"while",
    b"try",
    b"except",
    b"finally",
    b"pass",
    b"break",
    b"continue",
    b"global",
    b"nonlocal",
    b"del",
    b"assert",
    b"raise",
    b"with",
    b"elif",
];

/// One physical line of the (possibly patched) text.
#[derive(Clone)]
struct Line {
    /// The text, without its line ending.
    text: Vec<u8>,
    /// Offset of the line in the original source.
    orig_start: usize,
    /// Length of the original line (without its ending).
    orig_len: usize,
    /// Whether a patch changed this line.
    changed: bool,
}

/// A logical line (one statement, or a compound statement's header).
#[derive(Clone, Debug)]
struct Logical {
    /// First and last physical line (0-based).
    first: usize,
    last: usize,
    /// Indentation of the first line, in columns.
    indent: usize,
    /// End of the code (before a trailing comment or spaces) in the last line.
    code_end: usize,
    /// The code ends with `:` (a compound statement's header).
    header: bool,
    /// Ends inside an open bracket: the next line starts a new statement, so the bracket was
    /// never closed. The innermost open bracket: line, byte offset, character.
    unclosed: Option<(usize, usize, u8)>,
    /// When the statement starts with a triple-quoted string that ends on a later line: that
    /// line and the offset after the closing quotes.
    lead_string_end: Option<(usize, usize)>,
}

fn is_prefix(c: u8) -> bool {
    matches!(c, b'r' | b'b' | b'u' | b'f' | b'R' | b'B' | b'U' | b'F')
}

/// Whether `rest` starts with a triple-quoted string literal.
fn starts_triple_quoted(rest: &[u8]) -> bool {
    let q = rest.iter().take_while(|c| is_prefix(**c)).count();
    q <= 2 && (rest[q..].starts_with(b"\"\"\"") || rest[q..].starts_with(b"'''"))
}

fn is_space(c: u8) -> bool {
    c == b' ' || (9..=13).contains(&c)
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Length of the leading whitespace of `line` and the column it ends at (0-based; a tab
/// advances to the next multiple of 8, as in the lexer).
fn leading(line: &[u8]) -> (usize, usize) {
    let mut col = 0;
    let mut n = 0;
    for &c in line {
        match c {
            b'\t' => col = (col / 8 + 1) * 8,
            b' ' | 0x0b | 0x0c => col += 1,
            _ => break,
        }
        n += 1;
    }
    (n, col)
}

/// The 1-based column of byte `at` of `line`, counted like the lexer counts.
fn column_of(line: &[u8], at: usize) -> u32 {
    let mut col = 1u32;
    for &c in line.iter().take(at) {
        if c == b'\t' {
            col = ((col - 1) / 8 + 1) * 8 + 1;
        } else {
            col = col.saturating_add(1);
        }
    }
    col
}

/// The first word of `line` after its indentation.
fn first_word(line: &[u8]) -> &[u8] {
    let (ws, _) = leading(line);
    let rest = &line[ws..];
    let n = rest.iter().take_while(|&&c| is_ident(c)).count();
    &rest[..n]
}

/// Whether a line inside an unclosed bracket shows that the bracket was never closed: it
/// starts with a statement keyword, or it is an assignment at or left of the indentation of
/// the statement the bracket belongs to.
fn starts_new_statement(line: &[u8], stmt_indent: usize) -> bool {
    let (ws, col) = leading(line);
    let word = first_word(line);
    if STATEMENT_ONLY.contains(&word) {
        return true;
    }
    if word.is_empty() || col > stmt_indent || word[0].is_ascii_digit() {
        return false;
    }
    // `name = …`, `name.attr += …`
    let mut i = ws;
    while i < line.len() && (is_ident(line[i]) || line[i] == b'.') {
        i += 1;
    }
    while i < line.len() && line[i] == b' ' {
        i += 1;
    }
    let rest = &line[i..];
    match rest {
        [b'=', b'=', ..] => false,
        [b'=', ..] => true,
        [op, b'=', ..] => b"+-*/%&|^@".contains(op),
        _ => false,
    }
}

/// Splits `lines` into logical lines, skipping blank and comment-only lines.
fn scan(lines: &[Line]) -> Vec<Logical> {
    let mut out = Vec::new();
    scan_from(lines, 0, &mut out);
    out
}

/// [`scan`] from line `from` on (the start of a logical line, or a blank line), appending to
/// `out`.
fn scan_from(lines: &[Line], from: usize, out: &mut Vec<Logical>) {
    let n = lines.len();
    let mut i = from;
    while i < n {
        let (ws, indent) = leading(&lines[i].text);
        let t = &lines[i].text;
        if ws == t.len() || t[ws] == b'#' {
            i += 1;
            continue;
        }
        let first = i;
        // Open brackets: line, byte offset, character.
        let mut open: Vec<(usize, usize, u8)> = Vec::new();
        // Open string: quote and whether triple-quoted.
        let mut in_str: Option<(u8, bool)> = None;
        let mut j = i;
        let mut p = ws;
        let lead_string = starts_triple_quoted(&t[ws..]);
        let mut lead_string_end = None;
        loop {
            let l = &lines[j].text;
            let mut code_end = 0;
            let mut backslash_eol = false;
            while p < l.len() {
                let c = l[p];
                if let Some((q, triple)) = in_str {
                    if c == b'\\' {
                        if p + 1 >= l.len() {
                            backslash_eol = true;
                        }
                        p += 2;
                        continue;
                    }
                    if c == q {
                        if !triple {
                            in_str = None;
                            p += 1;
                            code_end = p;
                            continue;
                        }
                        if l[p..].starts_with(&[q, q, q]) {
                            in_str = None;
                            p += 3;
                            code_end = p;
                            if lead_string && j > first && lead_string_end.is_none() {
                                lead_string_end = Some((j, p));
                            }
                            continue;
                        }
                    }
                    p += 1;
                    code_end = p;
                    continue;
                }
                match c {
                    b'#' => break,
                    b'\'' | b'"' => {
                        let triple = l[p..].starts_with(&[c, c, c]);
                        in_str = Some((c, triple));
                        p += if triple { 3 } else { 1 };
                        code_end = p;
                        continue;
                    }
                    b'(' | b'[' | b'{' => open.push((j, p, c)),
                    b')' | b']' | b'}' => {
                        open.pop();
                    }
                    b'\\' if p + 1 == l.len() => {
                        backslash_eol = true;
                        p += 1;
                        continue;
                    }
                    _ => {}
                }
                if !is_space(c) {
                    code_end = p + 1;
                }
                p += 1;
            }
            let continues = match in_str {
                Some((_, true)) => true,
                Some((_, false)) if backslash_eol => true,
                Some((_, false)) => {
                    // An unterminated string ends at the end of the line.
                    in_str = None;
                    !open.is_empty()
                }
                None => backslash_eol || !open.is_empty(),
            };
            let split = in_str.is_none()
                && !backslash_eol
                && !open.is_empty()
                && j + 1 < n
                && starts_new_statement(&lines[j + 1].text, indent);
            if !continues || split || j + 1 >= n {
                let header = l[..code_end.min(l.len())]
                    .iter()
                    .rev()
                    .find(|c| !is_space(**c))
                    == Some(&b':');
                out.push(Logical {
                    first,
                    last: j,
                    indent,
                    code_end,
                    header,
                    unclosed: if split || (j + 1 >= n && in_str.is_none()) {
                        open.last().copied()
                    } else {
                        None
                    },
                    lead_string_end,
                });
                break;
            }
            j += 1;
            p = 0;
        }
        i = j + 1;
    }
}

/// The source being patched.
struct Doc {
    lines: Vec<Line>,
    /// The first line changed since [`Doc::round`].
    first_changed: Option<usize>,
}

impl Doc {
    /// Splits `src` into lines the way the lexer counts them (LF, CR LF and lone CR).
    fn new(src: &[u8]) -> Doc {
        let mut lines = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i < src.len() {
            let c = src[i];
            if c == b'\n' || c == b'\r' {
                lines.push(Line {
                    text: src[start..i].to_vec(),
                    orig_start: start,
                    orig_len: i - start,
                    changed: false,
                });
                if c == b'\r' && src.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            i += 1;
        }
        if start < src.len() {
            lines.push(Line {
                text: src[start..].to_vec(),
                orig_start: start,
                orig_len: src.len() - start,
                changed: false,
            });
        }
        Doc {
            lines,
            first_changed: None,
        }
    }

    /// Starts a round of patching.
    fn round(&mut self) {
        self.first_changed = None;
    }

    /// The text with lines before `start` blank (same line numbers, much less to parse).
    fn window(&self, start: usize) -> Vec<u8> {
        let mut out = vec![b'\n'; start.min(self.lines.len())];
        for l in self.lines.iter().skip(start) {
            out.extend_from_slice(&l.text);
            out.push(b'\n');
        }
        out
    }

    fn text(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for l in &self.lines {
            out.extend_from_slice(&l.text);
            out.push(b'\n');
        }
        out
    }

    /// Replaces line `i` by `text`; returns whether it changed.
    fn set(&mut self, i: usize, text: Vec<u8>) -> bool {
        let l = &mut self.lines[i];
        if l.text == text {
            return false;
        }
        l.text = text;
        l.changed = true;
        self.first_changed = Some(self.first_changed.map_or(i, |f| f.min(i)));
        true
    }

    /// Moves the first line of logical line `lg` to `col` columns of indentation.
    fn reindent(&mut self, lg: &Logical, col: usize) -> bool {
        let t = &self.lines[lg.first].text;
        let (ws, _) = leading(t);
        let mut text = vec![b' '; col];
        text.extend_from_slice(&t[ws..]);
        self.set(lg.first, text)
    }

    /// Replaces logical line `lg` by `code` at its indentation, blanking its other lines.
    fn replace(&mut self, lg: &Logical, code: &[u8]) -> bool {
        let t = &self.lines[lg.first].text;
        let (ws, _) = leading(t);
        let mut text = t[..ws].to_vec();
        text.extend_from_slice(code);
        let mut changed = self.set(lg.first, text);
        for i in lg.first + 1..=lg.last {
            changed |= self.set(i, Vec::new());
        }
        changed
    }

    /// Byte offset in the patched text (its [`Doc::window`] from line `window` on) →
    /// offset in the original source.
    fn map_offset(&self, off: usize, window: usize) -> usize {
        let mut start = 0;
        for (i, l) in self.lines.iter().enumerate() {
            let len = if i < window { 0 } else { l.text.len() };
            let end = start + len;
            if off <= end {
                let rel = off - start;
                return l.orig_start + rel.min(l.orig_len);
            }
            start = end + 1;
        }
        self.lines.last().map_or(0, |l| l.orig_start + l.orig_len)
    }
}

/// Lines a patch touched, or whose meaning a patch may have changed.
#[derive(Default)]
struct Suspect {
    ranges: Vec<(usize, usize)>,
}

impl Suspect {
    fn add(&mut self, first: usize, last: usize) {
        self.ranges.push((first, last));
    }

    fn contains(&self, line: usize) -> bool {
        self.ranges.iter().any(|&(a, b)| a <= line && line <= b)
    }
}

/// The logical lines after `k` that belong to the block `lg[k]` heads (indented further).
fn block_end(lg: &[Logical], k: usize) -> usize {
    let mut e = k;
    while e + 1 < lg.len() && lg[e + 1].indent > lg[k].indent {
        e += 1;
    }
    e
}

/// The indentation levels open after `lg`, as the lexer keeps them.
fn open_levels(lg: &[Logical]) -> Vec<usize> {
    let mut stack = vec![0usize];
    for l in lg {
        if l.indent > *stack.last().unwrap_or(&0) {
            stack.push(l.indent);
        } else {
            while stack.len() > 1 && l.indent < *stack.last().unwrap_or(&0) {
                stack.pop();
            }
        }
    }
    stack
}

/// Changes `doc` so that `err` (found in its current text) goes away. Returns false when no
/// patch changes anything, which ends recovery.
/// `hint` receives a better help text for `err` when the patch knows its cause.
fn patch(
    doc: &mut Doc,
    lg: &[Logical],
    err: &CompileError,
    suspect: &mut Suspect,
    hint: &mut Option<String>,
) -> bool {
    if lg.is_empty() {
        return false;
    }
    let line = (err.line as usize).saturating_sub(1);
    // The logical line holding the error; an error past the last one (at the end of the
    // file) belongs to the last.
    let (mut k, past_end) = match lg.iter().position(|l| l.first <= line && line <= l.last) {
        Some(k) => (k, false),
        None => match lg.iter().rposition(|l| l.first <= line) {
            Some(k) => (k, true),
            None => (0, false),
        },
    };
    // A dedent that matches no level is reported at the end of the line before it.
    if err.message == "unindent doesn't match any outer indent level" && !past_end {
        match lg.iter().position(|l| l.first > line) {
            Some(n) if lg[k].last == line => k = n,
            _ => {}
        }
    }
    let here = lg[k].clone();
    let first_col = {
        let t = &doc.lines[here.first].text;
        column_of(t, leading(t).0)
    };
    let mut at_first_token = !past_end && line == here.first && err.column == first_col;

    match err.message.as_str() {
        "unexpected indent" if !past_end => {
            let p = if k > 0 { lg[k - 1].indent } else { 0 };
            // The statement before was dedented by mistake (this line's level was open
            // before it): put it back.
            if k > 0
                && !lg[k - 1].header
                && open_levels(&lg[..k - 1]).contains(&here.indent)
                && doc.reindent(&lg[k - 1], here.indent)
            {
                suspect.add(lg[k - 1].first, lg[k - 1].last);
                return true;
            }
            // Else move the block back to the level of the statement before.
            let delta = here.indent.saturating_sub(p);
            let mut changed = false;
            let mut e = k;
            while e < lg.len() && lg[e].indent >= here.indent {
                changed |= doc.reindent(&lg[e], lg[e].indent - delta);
                e += 1;
            }
            if changed {
                suspect.add(here.first, lg[e - 1].last);
                return true;
            }
        }
        "unindent doesn't match any outer indent level" if !past_end => {
            let stack = open_levels(&lg[..k]);
            let d = here.indent;
            // The nearest open level, or the one above when the lines after continue there.
            let target = match lg.get(k + 1) {
                Some(n) if !here.header && n.indent > d && stack.contains(&n.indent) => {
                    stack.iter().copied().filter(|&s| s > d).min()
                }
                _ => None,
            };
            let target = target.unwrap_or_else(|| {
                stack
                    .iter()
                    .copied()
                    .min_by_key(|&s| (s.abs_diff(d), s))
                    .unwrap_or(0)
            });
            let mut changed = false;
            let mut e = k;
            let mut in_body = false;
            while e < lg.len() {
                let ind = lg[e].indent;
                let take = e == k || ind == d || (ind > d && in_body);
                if !take {
                    break;
                }
                in_body = (ind == d && lg[e].header) || (ind > d && in_body);
                let col = (ind + target).saturating_sub(d);
                changed |= doc.reindent(&lg[e], col);
                e += 1;
            }
            if changed {
                suspect.add(here.first, lg[e - 1].last);
                return true;
            }
        }
        _ => {}
    }

    // Code right after a triple-quoted string that began a statement on an earlier line:
    // most likely quotes got out of step (a docstring's opening quotes lost, so its closing
    // quotes open a string that runs to the next docstring). Dropping the line with the
    // opening quotes puts them back in step.
    if let Some((end_line, end_off)) = here.lead_string_end {
        let t = &doc.lines[here.first].text;
        let (ws, _) = leading(t);
        let only_quotes = t[ws..]
            .iter()
            .all(|&c| is_prefix(c) || c == b'"' || c == b'\'');
        let end_col = column_of(&doc.lines[end_line].text, end_off);
        if line == end_line
            && err.column >= end_col
            && only_quotes
            && doc.set(here.first, Vec::new())
        {
            suspect.add(here.first, here.first);
            return true;
        }
    }

    // An error after a bracket that was never closed: the lexer is still inside the
    // bracket, so the statement with the bracket is the mistake.
    // Where the parser gave up at the end of a line: say what is missing.
    if err.kind == ErrorKind::SyntaxError && err.message == "invalid syntax" {
        let l = &lg[k];
        let eol = column_of(&doc.lines[l.last].text, l.code_end);
        let compound = matches!(
            first_word(&doc.lines[l.first].text),
            b"if"
                | b"elif"
                | b"else"
                | b"for"
                | b"while"
                | b"def"
                | b"class"
                | b"try"
                | b"except"
                | b"finally"
                | b"with"
                | b"async"
        );
        if past_end {
            *hint = Some("the file ends before this statement is complete".into());
        } else if line == l.last && err.column >= eol {
            *hint = Some(if compound && !l.header {
                "a `:` is missing at the end of this line".into()
            } else {
                "the statement is incomplete at the end of this line".into()
            });
        }
    }
    let bracket_line = match lg[..k].iter().rposition(|l| l.unclosed.is_some()) {
        Some(j) => {
            k = j;
            at_first_token = false;
            Some(j)
        }
        None => lg[k].unclosed.is_some().then_some(k),
    };
    if let Some((line, at, c)) = bracket_line.and_then(|j| lg[j].unclosed) {
        let col = column_of(&doc.lines[line].text, at);
        if (err.line as usize, err.column) > (line + 1, col) {
            *hint = Some(format!(
                "the `{}` on line {}, column {col} is never closed",
                c as char,
                line + 1
            ));
        }
    }
    let here = lg[k].clone();

    if at_first_token || past_end {
        // A header whose body is missing: give it one.
        let prev = if past_end { Some(k) } else { k.checked_sub(1) };
        if let Some(pk) = prev {
            let p = &lg[pk];
            let missing = p.header && (past_end || here.indent <= p.indent);
            if missing {
                if hint.is_none() {
                    let word = String::from_utf8_lossy(first_word(&doc.lines[p.first].text));
                    *hint = Some(format!(
                        "the `{word}` on line {} needs an indented block after its `:`",
                        p.first + 1
                    ));
                }
                let mut text = doc.lines[p.last].text.clone();
                let at = p.code_end.min(text.len());
                text.splice(at..at, b" pass".iter().copied());
                if doc.set(p.last, text) {
                    suspect.add(p.first, p.last);
                    return true;
                }
            }
        }
        // A `try:` block that ended without a handler: make it an `if`.
        let limit = if past_end { 0 } else { here.indent };
        let mut min = usize::MAX;
        let mut j = if past_end { k + 1 } else { k };
        while j > 0 {
            j -= 1;
            let l = &lg[j];
            if l.indent < min {
                min = l.indent;
                if l.indent < limit {
                    break;
                }
                if l.header && first_word(&doc.lines[l.first].text) == b"try" {
                    let t = &doc.lines[l.first].text;
                    if t[leading(t).0..].starts_with(b"try") && doc.replace(l, b"if 1:") {
                        let end = block_end(lg, j);
                        suspect.add(l.first, lg[end].last);
                        return true;
                    }
                }
            }
        }
    }

    // Replace the whole statement.
    let has_block = lg.get(k + 1).is_some_and(|n| n.indent > here.indent);
    let word = first_word(&doc.lines[here.first].text).to_vec();
    let clause: Option<&[u8]> = match &word[..] {
        _ if at_first_token => None,
        b"elif" => Some(b"elif 1:"),
        b"else" => Some(b"else:"),
        b"except" => Some(b"except BaseException:"),
        b"finally" => Some(b"finally:"),
        _ => None,
    };
    let mut code = match clause {
        Some(c) => c.to_vec(),
        None if has_block => b"if 1:".to_vec(),
        None => b"pass".to_vec(),
    };
    if code.ends_with(b":") && !has_block {
        code.extend_from_slice(b" pass");
    }
    let end = if has_block { block_end(lg, k) } else { k };
    if clause.is_none() && matches!(&word[..], b"def" | b"class" | b"async") {
        // Its decorators would decorate nothing.
        for d in lg[..k].iter().rev() {
            let t = &doc.lines[d.first].text;
            if d.indent != here.indent || t.get(leading(t).0) != Some(&b'@') {
                break;
            }
            if doc.replace(d, b"") {
                suspect.add(d.first, d.last);
            }
        }
    }
    if doc.replace(&here, &code) || (code != b"pass" && doc.replace(&here, b"pass")) {
        let last = if code.ends_with(b":") {
            lg[end].last
        } else {
            here.last
        };
        suspect.add(here.first, last);
        return true;
    }
    false
}

/// Where `err`, found in the patched text of `doc`, is in the original source.
fn map_error(doc: &Doc, window: usize, orig: &[u8], mut err: CompileError) -> CompileError {
    let line = (err.line as usize).saturating_sub(1);
    let changed = doc.lines.get(line).is_some_and(|l| l.changed);
    if err.span.end > err.span.start || err.span.start > 0 {
        let start = doc.map_offset(err.span.start, window);
        let end = doc.map_offset(err.span.end, window).max(start);
        err.span = start..end;
        if changed && err.column > 0 {
            if let Some(l) = doc.lines.get(line) {
                let rel = start.saturating_sub(l.orig_start).min(l.orig_len);
                err.column = column_of(&orig[l.orig_start..l.orig_start + l.orig_len], rel);
            }
        }
    }
    err
}

/// Points an error that only knows its line (compile-phase errors) at that line's code, so
/// excerpts show the right place.
fn locate_line(orig: &Doc, src: &[u8], err: &mut CompileError) {
    if err.column != 0 || err.span.end > err.span.start || err.line == 0 {
        return;
    }
    let Some(l) = orig.lines.get(err.line as usize - 1) else {
        return;
    };
    let text = &src[l.orig_start..l.orig_start + l.orig_len];
    let (ws, _) = leading(text);
    let end = text
        .iter()
        .rposition(|c| !is_space(*c))
        .map_or(ws, |e| e + 1)
        .max(ws);
    err.span = l.orig_start + ws..l.orig_start + end;
    err.column = column_of(text, ws);
}

/// Two reports of one error: same type, message and place.
fn same_error(a: &CompileError, b: &CompileError) -> bool {
    a.kind == b.kind && a.message == b.message && a.line == b.line && a.column == b.column
}

/// The final list: the reference's error first, then the others in source order, without
/// duplicates, every one pointing into the original source.
pub(crate) fn finish(src: &[u8], mut errors: Vec<CompileError>) -> Vec<CompileError> {
    let doc = Doc::new(src);
    for e in &mut errors {
        locate_line(&doc, src, e);
        // A token span never runs into the next line (a newline token's span covers the
        // indentation after it): excerpts show the line the error is on.
        let start = e.span.start.min(src.len());
        let end = e.span.end.clamp(start, src.len());
        if let Some(nl) = src[start..end]
            .iter()
            .position(|&c| c == b'\n' || c == b'\r')
        {
            e.span = start..start + nl;
        }
    }
    let mut out: Vec<CompileError> = Vec::with_capacity(errors.len());
    for e in errors {
        if !out.iter().any(|o| same_error(o, &e)) {
            out.push(e);
        }
    }
    if out.len() > 2 {
        out[1..].sort_by_key(|e| (e.line, e.column));
    }
    out.truncate(MAX_ERRORS);
    out
}

/// Every error of `src`, given the first (`first`, from parsing the unpatched text).
/// `parse_and_compile` parses and compiles a text and returns its errors (empty when it
/// compiles): a parse error alone, or the compile-phase errors.
pub(crate) fn recover(
    src: &[u8],
    first: CompileError,
    mut parse_and_compile: impl FnMut(&[u8]) -> (bool, Vec<CompileError>),
) -> Vec<CompileError> {
    let mut doc = Doc::new(src);
    let mut suspect = Suspect::default();
    let mut errors = vec![first.clone()];
    let mut err = first;
    // Where `err` is in `errors`.
    let mut err_index = Some(0);
    // Patches never add a `const(`: look for the first one once.
    let first_const = doc
        .lines
        .iter()
        .position(|l| l.text.windows(6).any(|w| w == b"const("));
    let mut lg = scan(&doc.lines);
    // Where the last round's patches began: a logical line's start.
    let mut window = 0;
    for round in 0..MAX_ROUNDS {
        if round > 0 {
            // Logical lines before the window are unchanged; scan again from there.
            let keep = lg.partition_point(|l| l.last < window);
            lg.truncate(keep);
            scan_from(&doc.lines, window, &mut lg);
        }
        doc.round();
        let mut hint = None;
        if errors.len() >= MAX_ERRORS || !patch(&mut doc, &lg, &err, &mut suspect, &mut hint) {
            break;
        }
        if let (Some(h), Some(i)) = (hint, err_index) {
            errors[i].help = Some(h);
        }
        // Top-level statements parse independently of each other, and everything before
        // the first changed line parsed in an earlier round: parse from the top-level
        // statement holding that line. (Not when a `const()` before it could be used after.)
        let changed = doc.first_changed.unwrap_or(0);
        let start = lg
            .iter()
            .rev()
            .find(|l| {
                let t = &doc.lines[l.first].text;
                l.first <= changed
                    && l.indent == 0
                    && leading(t).1 == 0
                    && !matches!(first_word(t), b"elif" | b"else" | b"except" | b"finally")
            })
            .map_or(0, |l| l.first);
        let uses_const = first_const.is_some_and(|c| c < start);
        let mut result = None;
        if start > 0 && !uses_const {
            let (parse_failed, errs) = parse_and_compile(&doc.window(start));
            if parse_failed {
                result = Some((parse_failed, errs, start));
            }
        }
        // The whole text, when the rest parses: it is compiled for compile-phase errors.
        let (parse_failed, errs, parsed_from) = result.unwrap_or_else(|| {
            let (parse_failed, errs) = parse_and_compile(&doc.text());
            (parse_failed, errs, 0)
        });
        window = start;
        if !parse_failed {
            for e in errs {
                if !suspect.contains((e.line as usize).saturating_sub(1)) {
                    errors.push(map_error(&doc, 0, src, e));
                }
            }
            break;
        }
        let Some(e) = errs.into_iter().next() else {
            break;
        };
        let mapped = map_error(&doc, parsed_from, src, e.clone());
        err_index = errors.iter().position(|o| same_error(o, &mapped));
        if err_index.is_none() {
            err_index = Some(errors.len());
            errors.push(mapped);
        }
        err = e;
    }
    finish(src, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn logical(src: &str) -> Vec<(usize, usize, usize, bool)> {
        scan(&Doc::new(src.as_bytes()).lines)
            .iter()
            .map(|l| (l.first, l.last, l.indent, l.header))
            .collect()
    }

    #[test]
    fn scan_finds_logical_lines() {
        assert_eq!(
            logical("x = (1,\n  2)\n# c\n\nif x:  # c\n\ty = '''a\nb'''\n"),
            vec![(0, 1, 0, false), (4, 4, 0, true), (5, 6, 8, false)]
        );
        assert_eq!(
            logical("s = 'abc\ny = 1\nz = \\\n  2\n"),
            vec![(0, 0, 0, false), (1, 1, 0, false), (2, 3, 0, false)]
        );
    }

    #[test]
    fn scan_ends_unclosed_brackets_at_a_new_statement() {
        assert_eq!(
            logical("x = f(1,\ny = 2\ndef g(:\n    return 1\n"),
            vec![
                (0, 0, 0, false),
                (1, 1, 0, false),
                (2, 2, 0, true),
                (3, 3, 4, false)
            ]
        );
    }

    #[test]
    fn lines_and_offsets_map_back() {
        let mut doc = Doc::new(b"a\r\nbb\rccc");
        assert_eq!(doc.text(), b"a\nbb\nccc\n");
        assert_eq!(doc.map_offset(5, 0), 6);
        let lg = scan(&doc.lines);
        assert!(doc.replace(&lg[1], b"pass"));
        assert_eq!(doc.first_changed, Some(1));
        assert_eq!(doc.window(1), b"\npass\nccc\n");
        assert_eq!(doc.text(), b"a\npass\nccc\n");
        assert_eq!(doc.map_offset(7, 0), 6);
        assert_eq!(doc.map_offset(2, 1), 4);
    }
}
