//! Lexer unit tests: token kinds and values for the reference lexer's rules and quirks
//! (`spec/bytecode.md` §6.8).

use frost_compiler::ErrorKind;
use frost_compiler::lexer::{TokenKind as K, tokenize};

fn kinds(src: &[u8]) -> Vec<K> {
    tokenize(src, 0).unwrap().iter().map(|t| t.kind).collect()
}

/// Tokens as `KIND` or `KIND:text` (for names, numbers and literals).
fn toks(src: &[u8]) -> Vec<String> {
    tokenize(src, 0)
        .unwrap()
        .iter()
        .map(|t| match t.kind {
            K::Name | K::Integer | K::FloatOrImag | K::String | K::Bytes => {
                format!("{}:{}", t.kind.name(), String::from_utf8_lossy(&t.text))
            }
            k => k.name().to_string(),
        })
        .collect()
}

fn text_of(src: &[u8]) -> Vec<u8> {
    tokenize(src, 0).unwrap()[0].text.clone()
}

#[test]
fn newlines_and_final_newline() {
    use K::*;
    assert_eq!(kinds(b"x"), [Name, Newline, End]);
    assert_eq!(
        kinds(b"x\r\ny\rz\n"),
        [Name, Newline, Name, Newline, Name, Newline, End]
    );
    assert_eq!(kinds(b""), [End]);
    assert_eq!(kinds(b"\n\n# c\n"), [Newline, End]);
    let t = tokenize(b"a\r\n\r\nb", 0).unwrap();
    assert_eq!(t[2].line, 3);
}

#[test]
fn indentation() {
    use K::*;
    assert_eq!(
        kinds(b"if x:\n    y\n    if z:\n        w\nv\n"),
        [
            KwIf, Name, DelColon, Newline, Indent, Name, Newline, KwIf, Name, DelColon, Newline,
            Indent, Name, Newline, Dedent, Dedent, Name, Newline, End
        ]
    );
    // A tab advances to the next multiple of 8, so it matches 8 spaces.
    assert_eq!(
        kinds(b"if x:\n\ty\n        z\n"),
        [
            KwIf, Name, DelColon, Newline, Indent, Name, Newline, Name, Newline, Dedent, End
        ]
    );
    assert_eq!(
        kinds(b"if x:\n    y\n  z\n")[..8],
        [
            KwIf,
            Name,
            DelColon,
            Newline,
            Indent,
            Name,
            DedentMismatch,
            Dedent
        ]
    );
    // First token not in column 1.
    assert_eq!(kinds(b"  x\n")[0], Indent);
    assert_eq!(kinds(b"\n  x\n")[..2], [Newline, Indent]);
    // Brackets join lines.
    assert_eq!(
        kinds(b"f(1,\n  2)\n"),
        [
            Name,
            DelParenOpen,
            Integer,
            DelComma,
            Integer,
            DelParenClose,
            Newline,
            End
        ]
    );
    // Line continuation.
    assert_eq!(
        kinds(b"x = \\\n  1\n"),
        [Name, DelEqual, Integer, Newline, End]
    );
}

#[test]
fn identifiers_and_keywords() {
    assert_eq!(toks(b"caf\xc3\xa9")[0], "NAME:café");
    // A BOM is not skipped: it starts the first name.
    assert_eq!(
        tokenize(b"\xef\xbb\xbfx = 1", 0).unwrap()[0].text,
        b"\xef\xbb\xbfx"
    );
    assert_eq!(
        kinds(b"match case type _ async await"),
        [
            K::Name,
            K::Name,
            K::Name,
            K::Name,
            K::KwAsync,
            K::KwAwait,
            K::Newline,
            K::End
        ]
    );
    assert_eq!(kinds(b"__debug__")[0], K::KwTrue);
    assert_eq!(tokenize(b"__debug__", 1).unwrap()[0].kind, K::KwFalse);
    assert_eq!(kinds(b"x\x00")[1], K::Invalid);
}

#[test]
fn numbers() {
    assert_eq!(toks(b"1if")[0], "INTEGER:1if");
    assert_eq!(toks(b"1__0")[0], "INTEGER:10");
    assert_eq!(toks(b"1_")[0], "INTEGER:1");
    assert_eq!(toks(b"1E+5")[0], "FLOAT_OR_IMAG:1e+5");
    assert_eq!(toks(b"0x1e5")[0], "INTEGER:0x1e5");
    assert_eq!(toks(b"0B1e")[0], "INTEGER:0B1e");
    assert_eq!(toks(b"2J")[0], "FLOAT_OR_IMAG:2J");
    assert_eq!(toks(b".5")[0], "FLOAT_OR_IMAG:.5");
    assert_eq!(toks(b"1.real")[0], "FLOAT_OR_IMAG:1.real");
    assert_eq!(toks(b"1..2")[0], "FLOAT_OR_IMAG:1..2");
    assert_eq!(toks(b"x.y")[1], "DEL_PERIOD");
}

#[test]
fn operators() {
    use K::*;
    assert_eq!(
        kinds(b"-> := ** **= // //= << <<= >> >>= != == ... .. @= ~"),
        [
            DelMinusMore,
            OpAssign,
            OpDblStar,
            DelDblStarEqual,
            OpDblSlash,
            DelDblSlashEqual,
            OpDblLess,
            DelDblLessEqual,
            OpDblMore,
            DelDblMoreEqual,
            OpNotEqual,
            OpDblEqual,
            Ellipsis,
            DelPeriod,
            DelPeriod,
            DelAtEqual,
            OpTilde,
            Newline,
            End
        ]
    );
    assert_eq!(kinds(b"!x")[0], Invalid);
    assert_eq!(kinds(b"$")[0], Invalid);
    assert_eq!(kinds(b"?")[0], Invalid);
}

#[test]
fn string_prefixes_and_joining() {
    assert_eq!(toks(b"'a' \"b\" '''c'''")[0], "STRING:abc");
    assert_eq!(toks(b"b'a' rb'\\n' br'x'")[0], "BYTES:a\\nx");
    assert_eq!(toks(b"u'x'")[0], "STRING:x");
    assert_eq!(toks(b"r'\\n'")[0], "STRING:\\n");
    // Uppercase prefixes are names followed by a string.
    assert_eq!(toks(b"R'x'")[..2], ["NAME:R", "STRING:x"]);
    // str and bytes do not join: two tokens.
    assert_eq!(toks(b"'a' b'b'")[..2], ["STRING:a", "BYTES:b"]);
    assert_eq!(kinds(b"'abc")[0], K::LonelyStringOpen);
    assert_eq!(kinds(b"'a\nb'")[0], K::LonelyStringOpen);
}

#[test]
fn escapes() {
    assert_eq!(
        text_of(b"'\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"'"),
        b"\x07\x08\x0c\n\r\t\x0b\\'\""
    );
    assert_eq!(text_of(b"'\\x41\\101\\0\\q'"), b"AA\x00\\q");
    assert_eq!(text_of("'\\u00e9\\U0001F600'".as_bytes()), "é😀".as_bytes());
    // Octal escapes above 0x7f are code points in str, bytes in bytes.
    assert_eq!(text_of(b"'\\377'"), "\u{ff}".as_bytes());
    assert_eq!(text_of(b"b'\\377'"), b"\xff");
    // \u stays literal in bytes.
    assert_eq!(text_of(b"b'\\u1234'"), b"\\u1234");
    // Escaped newline is dropped; raw strings keep the backslash before a quote.
    assert_eq!(text_of(b"'a\\\nb'"), b"ab");
    assert_eq!(text_of(b"r'a\\'b'"), b"a\\'b");
    // A raw backslash before a byte >= 0x80 encodes that byte as a code point (quirk).
    assert_eq!(text_of(b"r'\\\xc3\xa9'"), b"\\\xc3\x83\xa9");
    assert_eq!(kinds(b"'\\x4g'")[0], K::Invalid);
    // The failed escape swallows the character after it, here the closing quote.
    assert_eq!(kinds(b"'\\x4'")[0], K::LonelyStringOpen);
    assert_eq!(kinds(b"'\\U00110000'")[0], K::Invalid);
    assert_eq!(kinds(b"b'\\400'")[0], K::Invalid);
    let err = tokenize(b"'\\N{DASH}'", 0).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotImplementedError);
    assert_eq!(err.message, "unicode name escapes");
    assert!(!err.traceback);
}

#[test]
fn fstrings() {
    assert_eq!(
        toks(b"f'a{x!r:>{w}}b'"),
        [
            "STRING:a{!r:>{}}b",
            "DEL_PERIOD",
            "NAME:format",
            "DEL_PAREN_OPEN",
            "DEL_PAREN_OPEN",
            "NAME:x",
            "DEL_PAREN_CLOSE",
            "DEL_COMMA",
            "DEL_PAREN_OPEN",
            "NAME:w",
            "DEL_PAREN_CLOSE",
            "DEL_COMMA",
            "DEL_PAREN_CLOSE",
            "NEWLINE",
            "END"
        ]
    );
    assert_eq!(toks(b"f'{x=}'")[0], "STRING:x={}");
    assert_eq!(toks(b"f'{{a}}{b}'")[0], "STRING:{{a}}{}");
    // Nested quotes of the same kind are fine: the expression is cut at `}`.
    assert_eq!(
        toks(b"f\"{\"a\"}\"")[..6],
        [
            "STRING:{}",
            "DEL_PERIOD",
            "NAME:format",
            "DEL_PAREN_OPEN",
            "DEL_PAREN_OPEN",
            "STRING:a"
        ]
    );
    // `!=` inside the expression is not a conversion.
    assert_eq!(
        toks(b"f'{a!=b}'")[..7],
        [
            "STRING:{}",
            "DEL_PERIOD",
            "NAME:format",
            "DEL_PAREN_OPEN",
            "DEL_PAREN_OPEN",
            "NAME:a",
            "OP_NOT_EQUAL"
        ]
    );
    // Plain literals joined to an f-string become part of the format string.
    assert_eq!(toks(b"'{' f'{x}'")[0], "STRING:{{}");
    assert_eq!(kinds(b"f'{}'")[0], K::MalformedFstring);
    // Nested f-strings inject into the injected text.
    assert_eq!(
        toks(b"f'{f\"{x}\"}'")[..8],
        [
            "STRING:{}",
            "DEL_PERIOD",
            "NAME:format",
            "DEL_PAREN_OPEN",
            "DEL_PAREN_OPEN",
            "STRING:{}",
            "DEL_PERIOD",
            "NAME:format"
        ]
    );
}

#[test]
fn tstrings() {
    let t: Vec<String> = toks(b"t'hi {name!r}'");
    assert_eq!(
        t,
        [
            "NAME:__template__",
            "DEL_PAREN_OPEN",
            "DEL_PAREN_OPEN",
            "STRING:hi ",
            "DEL_COMMA",
            "STRING:",
            "DEL_COMMA",
            "DEL_PAREN_CLOSE",
            "DEL_COMMA",
            "DEL_PAREN_OPEN",
            "NAME:name",
            "DEL_PAREN_CLOSE",
            "DEL_COMMA",
            "STRING:name",
            "DEL_COMMA",
            "STRING:r",
            "DEL_COMMA",
            "STRING:",
            "DEL_COMMA",
            "DEL_PAREN_CLOSE",
            "NEWLINE",
            "END"
        ]
    );
}

/// Tokens of the MicroPython 1.27 lexer (CircuitPython), as `toks` writes them.
fn legacy_toks(src: &[u8]) -> Vec<String> {
    let mut lex = frost_compiler::lexer::Lexer::legacy(src, 0).unwrap();
    let mut out = Vec::new();
    loop {
        let t = &lex.tok;
        out.push(match t.kind {
            K::Name | K::Integer | K::FloatOrImag | K::String | K::Bytes => {
                format!("{}:{}", t.kind.name(), String::from_utf8_lossy(&t.text))
            }
            k => k.name().to_string(),
        });
        if t.kind == K::End || out.len() > 1000 {
            return out;
        }
        lex.advance().unwrap();
    }
}

#[test]
fn legacy_lexer_keeps_nul_bytes_in_literals() {
    let mut lex = frost_compiler::lexer::Lexer::legacy(b"'a\0b' b'\\\0'", 0).unwrap();
    assert_eq!(lex.tok.text, b"a\0b");
    lex.advance().unwrap();
    assert_eq!((lex.tok.kind, &lex.tok.text[..]), (K::Bytes, &b"\\\0"[..]));
    // Outside a literal a NUL is an invalid token; 1.29 reads it as 0x01 everywhere.
    assert_eq!(legacy_toks(b"1\0")[1], "INVALID");
    assert_eq!(text_of(b"'a\0b'"), b"a\x01b");
}

#[test]
fn legacy_lexer_fstring_quirks() {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    // An empty field is an empty argument (1.29: malformed f-string).
    assert_eq!(
        legacy_toks(b"f'{}'"),
        s(&[
            "STRING:{}",
            "DEL_PERIOD",
            "NAME:format",
            "DEL_PAREN_OPEN",
            "DEL_PAREN_OPEN",
            "DEL_PAREN_CLOSE",
            "DEL_COMMA",
            "DEL_PAREN_CLOSE",
            "NEWLINE",
            "END"
        ])
    );
    assert_eq!(kinds(b"f'{}'")[0], K::MalformedFstring);
    // A nested f-string appends its argument to the end of the outer ones.
    assert_eq!(
        legacy_toks(b"f\"{f'{x}'}\""),
        s(&[
            "STRING:{}",
            "DEL_PERIOD",
            "NAME:format",
            "DEL_PAREN_OPEN",
            "DEL_PAREN_OPEN",
            "STRING:{}",
            "DEL_PAREN_CLOSE",
            "DEL_COMMA",
            "DEL_PAREN_CLOSE",
            "DEL_PAREN_OPEN",
            "NAME:x",
            "DEL_PAREN_CLOSE",
            "DEL_COMMA",
            "NEWLINE",
            "END"
        ])
    );
    // After `{{` the next character is text, even the closing quote.
    assert_eq!(legacy_toks(b"f'{{'\n")[0], "LONELY_STRING_OPEN");
    assert_eq!(toks(b"f'{{'")[0], "STRING:{{");
    // Otherwise the same as 1.29.
    assert_eq!(legacy_toks(b"f'a{x!r:>3}b'"), toks(b"f'a{x!r:>3}b'"));
    assert_eq!(legacy_toks(b"t'a'")[0], "NAME:t");
}
