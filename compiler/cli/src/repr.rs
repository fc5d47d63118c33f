//! Python-style `repr()` text for the constants and qstrs a disassembly prints.

use frost_formats::Const;

/// `repr()` of a `str` (or of qstr bytes), following MicroPython: single quotes unless the
/// text holds `'` and no `"`; `\\`, `\n`, `\r`, `\t` and other control bytes escaped.
pub fn str_repr(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `repr()` of a `bytes`.
pub fn bytes_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b == quote => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            b => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `repr()` of a constant object.
pub fn const_repr(c: &Const<'_>) -> String {
    match c {
        Const::FunTable => "<mp_fun_table>".into(),
        Const::None => "None".into(),
        Const::False => "False".into(),
        Const::True => "True".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Str(s) => str_repr(s),
        Const::Bytes(s) => bytes_repr(s),
        Const::Int(s) | Const::Float(s) | Const::Complex(s) => (*s).to_string(),
        Const::Tuple(t) => {
            let items: Vec<String> = t.iter().map(|k| const_repr(&k)).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
    }
}

/// The kind name of a constant, as used in the JSON output.
pub fn const_kind(c: &Const<'_>) -> &'static str {
    match c {
        Const::FunTable => "fun_table",
        Const::None => "none",
        Const::False | Const::True => "bool",
        Const::Ellipsis => "ellipsis",
        Const::Str(_) => "str",
        Const::Bytes(_) => "bytes",
        Const::Int(_) => "int",
        Const::Float(_) => "float",
        Const::Complex(_) => "complex",
        Const::Tuple(_) => "tuple",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs_like_python() {
        assert_eq!(str_repr(b"a'b"), "\"a'b\"");
        assert_eq!(str_repr(b"a'\"b"), "'a\\'\"b'");
        assert_eq!(str_repr(b"\n\x01"), "'\\n\\x01'");
        assert_eq!(bytes_repr(b"\x00\xffA"), "b'\\x00\\xffA'");
        assert_eq!(bytes_repr(b""), "b''");
    }
}
