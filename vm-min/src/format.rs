//! `str % args` and `str.format`.

use alloc::string::String;
use alloc::vec::Vec;

use crate::fmtnum;
use crate::obj::Obj;
use crate::runtime::{Num, splice};
use crate::text::{dec, fill, hex};
use crate::types::Type;
use crate::value::Value;
use crate::{PyResult, Vm};

/// Pads `body` to `width` bytes (MicroPython pads to a width in bytes, not characters) with
/// `fill`, aligned as `align` says: `<` left, `^` centred, `=` after the first `keep` bytes
/// (a sign, a base prefix), else right.
fn pad(out: &mut Vec<u8>, body: &[u8], width: usize, align: u8, fill: u8, keep: usize) {
    let n = body.len();
    let k = width.saturating_sub(n);
    let (before, at) = match align {
        b'<' => (0, n),
        b'^' => (k / 2, 0),
        b'=' => (k, keep.min(n)),
        _ => (k, 0),
    };
    out.extend_from_slice(&body[..at]);
    out.extend(core::iter::repeat_n(fill, before));
    out.extend_from_slice(&body[at..]);
    out.extend(core::iter::repeat_n(fill, k - before));
}

/// `n` followed by the decimal digits at `f[*i..]` (saturating); `*i` moves past them.
pub(crate) fn number_at(f: &[u8], i: &mut usize, mut n: usize) -> usize {
    while let Some(d) = f.get(*i).filter(|c| c.is_ascii_digit()) {
        n = n.saturating_mul(10).saturating_add(usize::from(d - b'0'));
        *i += 1;
    }
    n
}

fn fmt_number(
    vm: &mut Vm<'_>,
    v: Value,
    conv: u8,
    prec: Option<usize>,
    sign: u8,
    alt: bool,
) -> PyResult<Vec<u8>> {
    let mut s: Vec<u8> = match conv {
        b'd' | b'i' | b'u' | b'x' | b'X' | b'o' | b'b' => {
            let r = match conv {
                b'o' => 8,
                b'b' => 2,
                b'x' | b'X' => 16,
                _ => 10,
            };
            let b = match vm.num(v) {
                // A decimal conversion truncates a float; the others want an integer.
                Some(Num::F(f)) if r == 10 => crate::bigint::BigInt::from_float(f),
                _ => match vm.to_big(v) {
                    Some(b) => b,
                    // Anything else by its __int__ (or a TypeError).
                    None if r == 10 => crate::bigint::BigInt::from_i64(vm.to_i64(v)?),
                    None => {
                        return Err(
                            vm.err_static(Type::TypeError, "%x format: an integer is required")
                        );
                    }
                },
            };
            let mut d = b.to_radix(r);
            if alt && r != 10 {
                let at = usize::from(d[0] == b'-');
                splice(&mut d, at, at, &[b'0', conv]);
            }
            if conv == b'X' {
                d.make_ascii_uppercase();
            }
            d
        }
        b'f' | b'F' | b'e' | b'E' | b'g' | b'G' | b'%' => {
            let mut f = vm.to_float(v)?;
            if conv == b'%' {
                f *= 100.0;
            }
            // The single-precision reference formats into a byte less when a sign is shown,
            // a minus or a `+`/` ` flag alike: format as negative, then drop the minus.
            let flip =
                cfg!(feature = "float32") && sign != 0 && !f.is_sign_negative() && !f.is_nan();
            if flip {
                f = -f;
            }
            let p = prec.unwrap_or(6);
            let mut t = match conv {
                b'f' | b'F' | b'%' => fmtnum::format_f(f, p),
                b'e' | b'E' => fmtnum::format_e(f, p),
                _ => fmtnum::format_g(f, if p == 0 { 1 } else { p }, false),
            }
            .into_bytes();
            if conv.is_ascii_uppercase() {
                t.make_ascii_uppercase();
            }
            if flip {
                t.remove(0);
            }
            if conv == b'%' {
                t.push(b'%');
            }
            t
        }
        _ => return Err(vm.err_static(Type::ValueError, "unsupported format character")),
    };
    if sign != 0 && s.first() != Some(&b'-') {
        s.insert(0, sign);
    }
    Ok(s)
}

/// `fmt % args`.
pub(crate) fn percent(vm: &mut Vm<'_>, fmt: Value, args: Value) -> PyResult<Value> {
    let is_bytes = vm.str_bytes(fmt).is_none();
    let f = crate::methods::text_of(vm, fmt).unwrap_or_default();
    let items = match vm.heap.get(args) {
        Some(Obj::Tuple(_) | Obj::NamedTuple(..)) => vm.seq_items(args).unwrap_or_default(),
        _ => alloc::vec![args],
    };
    let is_map = matches!(vm.heap.get(args), Some(Obj::Dict(..)));
    let mut out = Vec::new();
    let mut ai = 0;
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        let mut v = Value::NULL;
        if f.get(i) == Some(&b'(') {
            if !is_map {
                return Err(vm.err_static(Type::TypeError, "format needs a dict"));
            }
            // The dict is used up as the one positional argument too.
            ai = 1;
            let Some(end) = f[i..].iter().position(|&c| c == b')').map(|p| i + p) else {
                return Err(vm.err_static(Type::ValueError, "incomplete format key"));
            };
            let key = vm.new_str_bytes(&f[i + 1..end])?;
            v = vm.subscr(args, key)?;
            i = end + 1;
        }
        let (mut left, mut zero, mut sign, mut alt) = (false, false, 0u8, false);
        while let Some(&fl) = f.get(i) {
            match fl {
                b'-' => left = true,
                b'0' => zero = true,
                b'+' => sign = b'+',
                b' ' if sign == 0 => sign = b' ',
                b' ' => {}
                b'#' => alt = true,
                _ => break,
            }
            i += 1;
        }
        // A `*` width or precision takes the next argument.
        let mut star = |vm: &mut Vm<'_>, i: &mut usize| -> PyResult<Option<usize>> {
            if f.get(*i) != Some(&b'*') {
                return Ok(None);
            }
            *i += 1;
            let Some(&n) = items.get(ai) else {
                return Err(vm.err_static(Type::TypeError, "format string needs more arguments"));
            };
            ai += 1;
            Ok(Some(vm.to_i64(n)?.max(0) as usize))
        };
        let width = match star(vm, &mut i)? {
            Some(w) => w,
            None => number_at(&f, &mut i, 0),
        };
        let mut prec = None;
        if f.get(i) == Some(&b'.') {
            i += 1;
            prec = Some(match star(vm, &mut i)? {
                Some(p) => p,
                None => number_at(&f, &mut i, 0),
            });
        }
        vm.room(width.saturating_add(prec.unwrap_or(0)))?;
        let Some(&conv) = f.get(i) else {
            return Err(vm.err_static(Type::ValueError, "incomplete format"));
        };
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        if !b"sr-cdiuxXofFeEgG".contains(&conv) || conv == b'-' {
            let m = fill(
                "unsupported format character '{}' (0x{}) at index {}",
                &[
                    &String::from(char::from(conv)),
                    &hex(u64::from(conv), 1),
                    &dec(i as i64 - 1),
                ],
            );
            return Err(vm.err_string(Type::ValueError, &m));
        }
        if v.is_null() {
            v = match items.get(ai) {
                Some(&x) => x,
                None => {
                    return Err(
                        vm.err_static(Type::TypeError, "format string needs more arguments")
                    );
                }
            };
            ai += 1;
        }
        let body = match conv {
            b's' | b'r' => {
                let mut b = Vec::new();
                match vm.buf_bytes(v) {
                    // In a bytes format, %s inserts a bytes argument as is.
                    Some(raw) if is_bytes && conv == b's' => b.extend_from_slice(raw),
                    _ => vm.print_to(v, conv == b'r', &mut b)?,
                }
                if let Some(p) = prec {
                    b.truncate(p);
                }
                b
            }
            b'c' => {
                if let Some(s) = vm.str_bytes(v) {
                    // One byte, as MicroPython counts it.
                    if s.len() != 1 {
                        return Err(vm.err_static(Type::TypeError, "%c needs int or char"));
                    }
                    s.to_vec()
                } else if !matches!(vm.num(v), Some(Num::I(_) | Num::B(_))) {
                    return Err(vm.err_static(Type::TypeError, "integer needed"));
                } else {
                    let n = vm.to_i64(v)?;
                    let mut buf = [0u8; 4];
                    char::from_u32(n as u32)
                        .unwrap_or('?')
                        .encode_utf8(&mut buf)
                        .as_bytes()
                        .to_vec()
                }
            }
            _ => {
                let mut b = fmt_number(vm, v, conv, prec, sign, alt && conv != b'o')?;
                if alt && conv == b'o' {
                    let at = usize::from(b[0] == b'-');
                    splice(&mut b, at, at, b"0o");
                }
                if let (Some(p), true) = (prec, b"diuxXo".contains(&conv)) {
                    // An integer precision is a minimum number of digits.
                    let at = b.iter().position(u8::is_ascii_digit).unwrap_or(0);
                    let at = if alt && b"xXo".contains(&conv) {
                        at + 2
                    } else {
                        at
                    };
                    let n = b.len() - at;
                    if n < p {
                        splice(&mut b, at, at, &alloc::vec![b'0'; p - n]);
                    }
                }
                b
            }
        };
        // A left-aligned integer with a precision above 1 is padded with spaces.
        let int_prec = prec.is_some_and(|p| p > 1) && b"diuxXo".contains(&conv);
        let zero = zero && !matches!(conv, b's' | b'r' | b'c') && !(left && int_prec);
        // MicroPython pads on the right with the fill, zeros included; zeros on the left go
        // after the sign and after a base prefix (`0x`).
        let keep = usize::from(matches!(body.first(), Some(b'-' | b'+' | b' ')))
            + if alt && b"xXob".contains(&conv) { 2 } else { 0 };
        let align = match (left, zero) {
            (true, _) => b'<',
            (_, true) => b'=',
            _ => b'>',
        };
        pad(
            &mut out,
            &body,
            width,
            align,
            if zero { b'0' } else { b' ' },
            keep,
        );
    }
    if ai < items.len() && !is_map {
        return Err(vm.err_static(
            Type::TypeError,
            "format string didn't convert all arguments",
        ));
    }
    if is_bytes {
        vm.alloc(Obj::Bytes(out.into()))
    } else {
        vm.new_str_bytes(&out)
    }
}

/// Applies a format spec (`[[fill]align][sign][0][width][,][.prec][type]`) to `v`.
pub(crate) fn format_spec(vm: &mut Vm<'_>, v: Value, spec: &[u8]) -> PyResult<Vec<u8>> {
    let mut i = 0;
    let mut fill = b' ';
    let mut align = 0u8;
    if spec.len() >= 2 && matches!(spec[1], b'<' | b'>' | b'^' | b'=') {
        fill = spec[0];
        align = spec[1];
        i = 2;
    } else if !spec.is_empty() && matches!(spec[0], b'<' | b'>' | b'^' | b'=') {
        align = spec[0];
        i = 1;
    }
    let mut sign = 0u8;
    if let Some(&s) = spec.get(i) {
        if s == b'+' || s == b'-' || s == b' ' {
            sign = if s == b'-' { 0 } else { s };
            i += 1;
        }
    }
    let alt = spec.get(i) == Some(&b'#');
    i += usize::from(alt);
    let mut zero = false;
    if spec.get(i) == Some(&b'0') {
        zero = true;
        i += 1;
    }
    let width = number_at(spec, &mut i, 0);
    // A digit-grouping character.
    let mut sep = 0;
    if let Some(&c @ (b',' | b'_')) = spec.get(i) {
        sep = c;
        i += 1;
    }
    let mut prec = None;
    if spec.get(i) == Some(&b'.') {
        i += 1;
        prec = Some(number_at(spec, &mut i, 0));
    }
    vm.room(width.saturating_add(prec.unwrap_or(0)))?;
    let ty = spec
        .get(i)
        .copied()
        .filter(|c| b"bcdeEfFgGnosxX%".contains(c));
    i += usize::from(ty.is_some());
    if i != spec.len() {
        return Err(vm.err_static(Type::ValueError, "invalid format specifier"));
    }
    if sign != 0 && ty == Some(b's') {
        return Err(vm.err_static(
            Type::ValueError,
            "sign not allowed in string format specifier",
        ));
    }
    if sign != 0 && ty == Some(b'c') {
        return Err(vm.err_static(
            Type::ValueError,
            "sign not allowed with integer format specifier 'c'",
        ));
    }
    let is_num = vm.num(v).is_some() && vm.str_bytes(v).is_none();
    let is_float = matches!(vm.num(v), Some(Num::F(_)));
    if !is_num && align == b'=' {
        return Err(vm.err_static(
            Type::ValueError,
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if let Some(c) = ty {
        let ok: &[u8] = if !is_num {
            b"s"
        } else if is_float {
            b"eEfFgGn%"
        } else {
            b"bcdoxXneEfFgG%"
        };
        if !ok.contains(&c) {
            let m = crate::text::fill(
                "unknown format code '{}' for object of type '{}'",
                &[&String::from(char::from(c)), &vm.type_name(v)],
            );
            return Err(vm.err_string(Type::ValueError, &m));
        }
    }
    let mut body = match ty {
        Some(b's') | None if !is_num || ty == Some(b's') => {
            let mut b = Vec::new();
            vm.print_to(v, false, &mut b)?;
            if let Some(p) = prec {
                b.truncate(p);
            }
            b
        }
        None => {
            // A float with a spec but no type is `g` (6 digits by default), as the reference
            // does; only an empty spec prints `str(v)`.
            if is_float && !spec.is_empty() {
                fmt_number(vm, v, b'g', prec, sign, false)?
            } else if !spec.is_empty() && matches!(v, Value::TRUE | Value::FALSE) {
                // So does a bool, as the int it is.
                fmt_number(vm, v, b'd', prec, sign, false)?
            } else {
                let mut b = Vec::new();
                vm.print_to(v, false, &mut b)?;
                if sign != 0 && b.first() != Some(&b'-') {
                    b.insert(0, sign);
                }
                b
            }
        }
        // An int as the character of that code point.
        Some(b'c') => {
            let code = vm.to_i64(v)?;
            let ch = u32::try_from(code).ok().and_then(char::from_u32);
            let Some(ch) = ch else {
                return Err(vm.err_static(Type::ValueError, "chr() arg not in range(0x110000)"));
            };
            let mut b = [0u8; 4];
            ch.encode_utf8(&mut b).as_bytes().to_vec()
        }
        Some(c) => {
            let c = match c {
                b'n' if is_float => b'g',
                b'n' => b'd',
                c => c,
            };
            fmt_number(vm, v, c, prec, sign, alt)?
        }
    };
    // Digits are grouped by four in binary, octal and hex, else by three.
    let group = if matches!(ty, Some(b'b' | b'o' | b'x' | b'X')) {
        4
    } else {
        3
    };
    // MicroPython groups the digits of ints only.
    let sep = if is_float { 0 } else { sep };
    if sep != 0 {
        // A separator between every group of the integer part, from the right.
        let start = body
            .iter()
            .position(|c| c.is_ascii_alphanumeric())
            .unwrap_or(0);
        let start = if body[start..].starts_with(b"0") && alt {
            start + 2
        } else {
            start
        };
        let mut k = body.len();
        while k > start + group {
            k -= group;
            body.insert(k, sep);
        }
    }
    let align = if align == 0 {
        // A `0` flag pads numbers after their sign, and text on the right.
        if zero && is_num {
            b'='
        } else if is_num {
            b'>'
        } else {
            b'<'
        }
    } else {
        align
    };
    let fill = if zero && fill == b' ' { b'0' } else { fill };
    let mut keep = usize::from(matches!(body.first(), Some(b'-' | b'+' | b' ')));
    if alt && is_num && !is_float {
        keep += 2;
    }
    let mut out = Vec::new();
    if sep != 0 && fill == b'0' && align == b'=' {
        // MicroPython zero-pads grouped digits with a repeating "000," ("0000_" for "_")
        // aligned so the separators fall where the digits' own would; the padding never
        // starts with a separator, taking one more zero instead.
        let (pat, p): (&[u8], usize) = if sep == b'_' {
            (b"0000_", 5)
        } else {
            (b"000,", 4)
        };
        let keep = keep.min(body.len());
        let mut w = width.saturating_sub(keep);
        let mut n = w as isize - (body.len() - keep) as isize;
        if w % p == 0 {
            n += 1;
            w += 1;
        }
        let o = p - 1 - w % p;
        out.extend_from_slice(&body[..keep]);
        out.extend((0..n.max(0) as usize).map(|j| pat[(o + j) % p]));
        out.extend_from_slice(&body[keep..]);
        return Ok(out);
    }
    pad(&mut out, &body, width, align, fill, keep);
    Ok(out)
}

/// The value of a replacement field's name (`""` automatic, digits positional, else a
/// keyword), checking that automatic and manual numbering are not mixed.
fn field_value(
    vm: &mut Vm<'_>,
    base: &[u8],
    args: &[Value],
    kw: &[(Value, Value)],
    auto: &mut usize,
    manual: &mut Option<bool>,
) -> PyResult<Value> {
    let v = if base.is_empty() {
        if *manual == Some(true) {
            return Err(vm.err_static(
                Type::ValueError,
                "can't switch from manual field specification to automatic field numbering",
            ));
        }
        *manual = Some(false);
        *auto += 1;
        args.get(*auto - 1).copied()
    } else if base.iter().all(u8::is_ascii_digit) {
        if *manual == Some(false) {
            return Err(vm.err_static(
                Type::ValueError,
                "can't switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = Some(true);
        // Too many digits saturate to an index past any argument.
        args.get(number_at(base, &mut 0, 0)).copied()
    } else {
        let v = kw
            .iter()
            .find(|(k, _)| vm.str_bytes(*k) == Some(base))
            .map(|&(_, v)| v);
        if v.is_none() {
            let k = vm.new_str_bytes(base)?;
            return Err(vm.err_value(Type::KeyError, k));
        }
        v
    };
    v.ok_or_else(|| vm.err_static(Type::IndexError, "tuple index out of range"))
}

/// `fmt.format(*args, **kw)`.
pub(crate) fn str_format(
    vm: &mut Vm<'_>,
    fmt: Value,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let f = vm.str_bytes(fmt).unwrap_or_default().to_vec();
    let mut out = Vec::new();
    let mut auto = 0usize;
    // Whether fields are numbered by hand (None until a positional field is seen).
    let mut manual: Option<bool> = None;
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        if c == b'}' {
            if f.get(i + 1) != Some(&b'}') {
                return Err(
                    vm.err_static(Type::ValueError, "single '}' encountered in format string")
                );
            }
            out.push(b'}');
            i += 2;
            continue;
        }
        if c != b'{' {
            out.push(c);
            i += 1;
            continue;
        }
        if f.get(i + 1) == Some(&b'{') {
            out.push(b'{');
            i += 2;
            continue;
        }
        // "{" [name] ["!" conversion] [":" spec] "}", a spec possibly holding nested fields.
        i += 1;
        let start = i;
        while i < f.len() && !matches!(f[i], b'}' | b'!' | b':') {
            i += 1;
        }
        let name = &f[start..i];
        let mut conv = None;
        if f.get(i) == Some(&b'!') {
            match f.get(i + 1) {
                Some(&c @ (b'r' | b's')) => conv = Some(c),
                Some(&c) => {
                    let m = crate::text::fill(
                        "unknown conversion specifier {}",
                        &[&String::from(char::from(c))],
                    );
                    return Err(vm.err_string(Type::ValueError, &m));
                }
                None => {
                    return Err(vm.err_static(
                        Type::ValueError,
                        "end of format while looking for conversion specifier",
                    ));
                }
            }
            i += 2;
        }
        let mut spec: &[u8] = &[];
        if f.get(i) == Some(&b':') {
            i += 1;
            let s0 = i;
            let mut depth = 0;
            while i < f.len() {
                match f[i] {
                    b'{' => depth += 1,
                    b'}' if depth == 0 => break,
                    b'}' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            spec = &f[s0..i];
        }
        match f.get(i) {
            None => return Err(vm.err_static(Type::ValueError, "unmatched '{' in format")),
            Some(b'}') => i += 1,
            Some(_) => {
                return Err(vm.err_static(Type::ValueError, "expected ':' after format specifier"));
            }
        }
        if name.iter().any(|&c| c == b'.' || c == b'[') {
            return Err(vm.err_static(Type::NotImplementedError, "attributes not supported"));
        }
        let mut val = field_value(vm, name, args, kw, &mut auto, &mut manual)?;
        if let Some(c) = conv {
            val = if c == b'r' {
                vm.to_repr(val)?
            } else {
                vm.to_str(val)?
            };
        }
        // Nested fields in the spec (`{:{width}.{prec}f}`) are filled in first.
        let mut sp = Vec::new();
        let mut k = 0;
        while k < spec.len() {
            if spec[k] == b'{' {
                let e = spec[k..]
                    .iter()
                    .position(|&c| c == b'}')
                    .map_or(spec.len(), |p| k + p);
                let v = field_value(vm, &spec[k + 1..e], args, kw, &mut auto, &mut manual)?;
                vm.print_to(v, false, &mut sp)?;
                k = e + 1;
            } else {
                sp.push(spec[k]);
                k += 1;
            }
        }
        let piece = format_spec(vm, val, &sp)?;
        out.extend_from_slice(&piece);
    }
    vm.new_str_bytes(&out)
}
