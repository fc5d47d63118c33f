//! Message text built without `core::fmt`: error messages and object reprs join fixed pieces
//! and numbers with these few functions, so the firmware carries no formatting machinery.

use alloc::string::String;

/// `t` with each `{}` replaced by the next of `args`.
#[inline(never)]
pub(crate) fn fill(t: &str, args: &[&str]) -> String {
    let mut s = String::new();
    let mut args = args.iter();
    let b = t.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i + 1 < b.len() {
        if b[i] == b'{' && b[i + 1] == b'}' {
            s.push_str(t.get(start..i).unwrap_or(""));
            s.push_str(args.next().copied().unwrap_or(""));
            i += 2;
            start = i;
        } else {
            i += 1;
        }
    }
    s.push_str(t.get(start..).unwrap_or(""));
    s
}

/// `b` as text, each invalid UTF-8 sequence replaced by U+FFFD as `String::from_utf8_lossy`
/// does (without its chunk iterator).
#[inline(never)]
pub(crate) fn lossy(mut b: &[u8]) -> String {
    let mut s = String::new();
    loop {
        match core::str::from_utf8(b) {
            Ok(t) => {
                s.push_str(t);
                return s;
            }
            Err(e) => {
                let (ok, rest) = b.split_at(e.valid_up_to());
                s.push_str(core::str::from_utf8(ok).unwrap_or(""));
                s.push('\u{fffd}');
                match e.error_len() {
                    Some(n) => b = &rest[n..],
                    None => return s,
                }
            }
        }
    }
}

/// `i` in decimal.
#[inline(never)]
pub(crate) fn dec(i: i64) -> String {
    let mut s = String::new();
    if i < 0 {
        s.push('-');
    }
    radix(&mut s, i.unsigned_abs(), 10, 1);
    s
}

/// `v` in lower-case hex, zero-padded to at least `width` digits.
#[inline(never)]
pub(crate) fn hex(v: u64, width: usize) -> String {
    let mut s = String::new();
    radix(&mut s, v, 16, width);
    s
}

/// Appends `v` in base `radix` (up to 16), zero-padded to at least `width` digits.
pub(crate) fn radix(s: &mut String, mut v: u64, radix: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut n = 0;
    while n < 20 && (v > 0 || n < width.max(1)) {
        buf[n] = b"0123456789abcdef"[(v % radix) as usize];
        v /= radix;
        n += 1;
    }
    for &d in buf[..n].iter().rev() {
        s.push(char::from(d));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;

    #[test]
    fn numbers_match_core_fmt() {
        for i in [0i64, 1, -1, 9, 10, -10, 12345, i64::MAX, i64::MIN] {
            assert_eq!(dec(i), format!("{i}"));
        }
        for (v, w) in [
            (0u64, 0),
            (0, 2),
            (0xa, 2),
            (0x1f, 2),
            (0x1234, 4),
            (u64::MAX, 8),
        ] {
            assert_eq!(hex(v, w), format!("{v:0w$x}"));
        }
        assert_eq!(fill("a{}b{}", &["x", "yz"]), "axbyz");
        for b in [
            &b"plain"[..],
            b"a\xffb",
            b"\xe2\x82",
            b"x\xe2\x82y\xf0\x9f\x98\x80\xc3",
            b"\xed\xa0\x80",
            b"",
        ] {
            assert_eq!(lossy(b), alloc::string::String::from_utf8_lossy(b));
        }
        assert_eq!(fill("{}", &["é"]), "é");
        assert_eq!(fill("{} {", &["1"]), "1 {");
    }
}
