//! Methods of builtin types (list, dict, set, str/bytes, tuple, int, generators).

use alloc::string::String;
use alloc::vec::Vec;

use crate::bigint::BigInt;
use crate::builtins::B;
use crate::interp::Next;
use crate::obj::{Iter, Obj};
use crate::ops::find_bytes;
use crate::runtime::Num;
use crate::text::{fill, hex};
use crate::types::Type;
use crate::value::Value;
use crate::{PyResult, Vm};

fn arg(pos: &[Value], i: usize) -> Value {
    pos.get(i).copied().unwrap_or(Value::NULL)
}

/// `d.update(other)`.
pub(crate) fn dict_update(vm: &mut Vm<'_>, d: Value, other: Value) -> PyResult<()> {
    if let Some(Obj::Dict(..)) = vm.heap.get(other) {
        for (k, v) in vm.dict_items(other) {
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    for item in vm.to_vec(other)? {
        let kv = vm.to_vec(item)?;
        if kv.len() != 2 {
            return Err(vm.err_static(Type::ValueError, "dict update sequence has wrong length"));
        }
        vm.dict_set(d, kv[0], kv[1])?;
    }
    Ok(())
}

/// A `start`/`end` argument (negative counts from the end) clamped to `0..=len`; `dflt`
/// when absent or None.
fn clamp_index(vm: &mut Vm<'_>, v: Value, len: usize, dflt: usize) -> PyResult<usize> {
    if v.is_null() || v.is_none() {
        return Ok(dflt);
    }
    let n = vm.to_i64(v)?;
    let len = len as i64;
    Ok(if n < 0 { n + len } else { n }.clamp(0, len) as usize)
}

/// A `start`/`end` argument of find/count/startswith: a character index of `text` as a
/// byte offset.
fn span_index(
    vm: &mut Vm<'_>,
    text: &[u8],
    is_str: bool,
    v: Value,
    dflt: usize,
) -> PyResult<usize> {
    if !is_str || v.is_null() || v.is_none() {
        return clamp_index(vm, v, text.len(), dflt);
    }
    if text.is_ascii() {
        return clamp_index(vm, v, text.len(), 0);
    }
    let starts = |&&c: &&u8| c & 0xc0 != 0x80;
    let i = clamp_index(vm, v, text.iter().filter(starts).count(), 0)?;
    let mut seen = 0;
    for (k, &c) in text.iter().enumerate() {
        if c & 0xc0 != 0x80 {
            if seen == i {
                return Ok(k);
            }
            seen += 1;
        }
    }
    Ok(text.len())
}

/// The number of characters in valid UTF-8 `text`.
pub(crate) fn char_count(text: &[u8]) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    text.iter().filter(|&&c| c & 0xc0 != 0x80).count()
}

/// A result of the receiver's kind: 0 str, 1 bytes, 2 bytearray.
fn make_like(vm: &mut Vm<'_>, like: u8, b: &[u8]) -> PyResult<Value> {
    match like {
        0 => vm.new_str_bytes(b),
        1 => vm.alloc(Obj::Bytes(b.into())),
        _ => vm.alloc(Obj::ByteArray(b.to_vec())),
    }
}

/// Calls a builtin method (`pos[0]` is the receiver).
pub(crate) fn call_method_builtin(
    vm: &mut Vm<'_>,
    b: B,
    pos: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    use B::*;
    let s = arg(pos, 0);
    let a1 = arg(pos, 1);
    let a2 = arg(pos, 2);
    // `pop` of a dict or set reached through the list method's id.
    let b = match (b, vm.heap.get(s)) {
        (ListPop, Some(Obj::Dict(..))) => DictPop,
        (ListPop, Some(Obj::Set(..))) => SetPop,
        _ => b,
    };
    match b {
        ListAppend | ListExtend if matches!(vm.heap.get(s), Some(Obj::ByteArray(_))) => {
            bytearray_method(vm, b, s, a1)
        }
        ListAppend => {
            vm.list_append(s, a1)?;
            Ok(Value::NONE)
        }
        ListExtend => {
            let items = vm.to_vec(a1)?;
            if let Some(Obj::List(l)) = vm.heap.get_mut(s) {
                l.extend(items);
            }
            Ok(Value::NONE)
        }
        ListPop => {
            let n = vm.len_of(s)? as i64;
            if n == 0 {
                return Err(vm.err_static(Type::IndexError, "pop from empty list"));
            }
            let mut i = if a1.is_null() { n - 1 } else { vm.to_i64(a1)? };
            if i < 0 {
                i += n;
            }
            if i < 0 || i >= n {
                return Err(vm.err_static(Type::IndexError, "list index out of range"));
            }
            match vm.heap.get_mut(s) {
                Some(Obj::List(l)) => Ok(l.remove(i as usize)),
                _ => Err(vm.err_static(Type::TypeError, "not a list")),
            }
        }
        ListInsert => {
            let n = vm.len_of(s)? as i64;
            let mut i = vm.to_i64(a1)?;
            if i < 0 {
                i += n;
            }
            let i = i.clamp(0, n) as usize;
            if let Some(Obj::List(l)) = vm.heap.get_mut(s) {
                l.insert(i, a2);
            }
            Ok(Value::NONE)
        }
        ListRemove | SetRemove if matches!(vm.heap.get(s), Some(Obj::Set(..))) => {
            if vm.dict_remove(s, a1)?.is_none() {
                return Err(vm.err_value(Type::KeyError, a1));
            }
            Ok(Value::NONE)
        }
        ListIndex | TupleIndex | ListCount | TupleCount | ListRemove
            if vm.str_bytes(s).is_none() && vm.buf_bytes(s).is_none() =>
        {
            let items = vm.seq_items(s).unwrap_or_default();
            let len = items.len();
            let count = matches!(b, ListCount | TupleCount);
            let (lo, hi) = if matches!(b, ListIndex | TupleIndex) {
                let lo = clamp_index(vm, a2, len, 0)?;
                (lo, clamp_index(vm, arg(pos, 3), len, len)?)
            } else {
                (0, len)
            };
            let mut n = 0;
            for (k, &x) in items[lo..hi.max(lo)].iter().enumerate() {
                let i = lo + k;
                if vm.eq(x, a1)? {
                    if count {
                        n += 1;
                    } else if b == ListRemove {
                        if let Some(Obj::List(l)) = vm.heap.get_mut(s) {
                            l.remove(i);
                        }
                        return Ok(Value::NONE);
                    } else {
                        return vm.new_int(i as i64);
                    }
                }
            }
            if !count {
                return Err(vm.err_static(Type::ValueError, "object not in sequence"));
            }
            vm.new_int(n)
        }
        ListSort => {
            if pos.len() > 1 {
                return Err(vm.err_static(Type::TypeError, "extra positional arguments given"));
            }
            crate::builtins::list_sort(vm, s, kw)?;
            Ok(Value::NONE)
        }
        ListReverse => {
            if let Some(Obj::List(l)) = vm.heap.get_mut(s) {
                l.reverse();
            }
            Ok(Value::NONE)
        }
        ListClear | DictClear | SetClear => {
            match vm.heap.get_mut(s) {
                Some(Obj::List(l)) => l.clear(),
                Some(Obj::Dict(d, _)) | Some(Obj::Set(d, _)) => d.clear(),
                _ => {}
            }
            Ok(Value::NONE)
        }
        ListCopy | DictCopy | SetCopy => match vm.heap.get(s) {
            Some(Obj::List(l)) => {
                let l = l.clone();
                vm.new_list(l)
            }
            Some(Obj::Dict(d, od)) => {
                let (d, od) = (d.clone(), *od);
                vm.alloc(Obj::Dict(d, od))
            }
            Some(Obj::Set(d, f)) => {
                let (d, f) = (d.clone(), *f);
                vm.alloc(Obj::Set(d, f))
            }
            _ => Ok(s),
        },
        DictGet => Ok(vm
            .dict_get(s, a1)?
            .unwrap_or(if a2.is_null() { Value::NONE } else { a2 })),
        DictKeys | DictValues | DictItems => {
            // MicroPython returns views; a list prints differently, so build views as iterators
            // over a snapshot list wrapped in the view type name.
            let kind = match b {
                DictKeys => 0,
                DictValues => 1,
                _ => 2,
            };
            crate::modules::dict_view(vm, s, kind)
        }
        DictPop => match vm.dict_remove(s, a1)? {
            Some(v) => Ok(v),
            None if !a2.is_null() => Ok(a2),
            None => Err(vm.err_value(Type::KeyError, a1)),
        },
        DictSetdefault => match vm.dict_get(s, a1)? {
            Some(v) => Ok(v),
            None => {
                let d = if a2.is_null() { Value::NONE } else { a2 };
                vm.dict_set(s, a1, d)?;
                Ok(d)
            }
        },
        DictUpdate => {
            if !a1.is_null() {
                dict_update(vm, s, a1)?;
            }
            for &(k, v) in kw {
                vm.dict_set(s, k, v)?;
            }
            Ok(Value::NONE)
        }
        DictPopitem => {
            let last = match vm.heap.get(s) {
                // MicroPython pops the first slot; an ordered dict pops the newest entry.
                Some(Obj::Dict(d, _)) if d.ordered => d.iter().last().map(|e| (e.key, e.value)),
                Some(Obj::Dict(d, _)) => d.iter().next().map(|e| (e.key, e.value)),
                _ => None,
            };
            match last {
                Some((k, v)) => {
                    vm.dict_remove(s, k)?;
                    vm.new_tuple(alloc::vec![k, v])
                }
                None => {
                    let m = vm.new_str("popitem(): dictionary is empty")?;
                    Err(vm.err_value(Type::KeyError, m))
                }
            }
        }
        DictFromkeys => {
            // A class method: `s` is the type (or a dict when called on an instance).
            let d = match vm.len_of(a1) {
                Ok(n) => vm.new_dict_sized(n)?,
                Err(_) => vm.new_dict()?,
            };
            let v = if a2.is_null() { Value::NONE } else { a2 };
            for k in vm.to_vec(a1)? {
                vm.dict_set(d, k, v)?;
            }
            Ok(d)
        }
        SetAdd => {
            vm.set_add(s, a1)?;
            Ok(Value::NONE)
        }
        SetDiscard => {
            vm.dict_remove(s, a1)?;
            Ok(Value::NONE)
        }
        SetPop => {
            let first = match vm.heap.get(s) {
                Some(Obj::Set(d, _)) => d.iter().next().map(|e| e.key),
                _ => None,
            };
            match first {
                Some(k) => {
                    vm.dict_remove(s, k)?;
                    Ok(k)
                }
                None => Err(vm.err_static(Type::KeyError, "pop from an empty set")),
            }
        }
        SetUnion
        | SetIntersection
        | SetDifference
        | SetSymDiff
        | SetUpdate
        | SetDifferenceUpdate
        | SetIntersectionUpdate
        | SetSymDiffUpdate => {
            let base = match b {
                SetUnion | SetUpdate => 22,
                SetIntersection | SetIntersectionUpdate => 24,
                SetDifference | SetDifferenceUpdate => 28,
                _ => 23,
            };
            let inplace = matches!(
                b,
                SetUpdate | SetDifferenceUpdate | SetIntersectionUpdate | SetSymDiffUpdate
            );
            if matches!(b, SetUpdate | SetDifference | SetDifferenceUpdate) {
                // Any number of iterables, none too; difference works on a copy of the
                // set (of its kind).
                let empty = vm.empty_tuple;
                let first = pos.get(1).copied().unwrap_or(empty);
                let r = vm.set_op(s, first, base, inplace)?;
                for &o in pos.iter().skip(2) {
                    vm.set_op(r, o, base, true)?;
                }
                return Ok(if inplace { Value::NONE } else { r });
            }
            // The others take exactly one (checked with the call's signature).
            let r = vm.set_op(s, a1, base, inplace)?;
            Ok(if inplace { Value::NONE } else { r })
        }
        SetIssubset | SetIssuperset | SetIsdisjoint => {
            let o = crate::builtins::construct(vm, Type::Set, &[a1], &[])?;
            match b {
                SetIssubset => Ok(Value::bool(vm.compare(3, s, o)?)),
                SetIssuperset => Ok(Value::bool(vm.compare(4, s, o)?)),
                _ => {
                    let i = vm.binary_op(24, s, o)?;
                    Ok(Value::bool(!vm.truthy(i)?))
                }
            }
        }
        GenSend | GenThrow => {
            let (v, e) = if b == GenSend {
                (a1, Value::NULL)
            } else {
                // throw(type, value): a value other than None is what gets thrown, as
                // MicroPython reduces the arguments. It is passed on as it is: the
                // generator makes it an exception where it is raised, and a `yield from`
                // hands it to its iterator's own throw().
                let exc = if a2.is_null() || a2.is_none() { a1 } else { a2 };
                (Value::NONE, exc)
            };
            match vm.resume(s, v, e)? {
                Next::Item(v) => Ok(v),
                Next::Done(v) => Err(vm.stop_iteration(v)),
            }
        }
        IterNext => match vm.iter_next(s)? {
            Next::Item(v) => Ok(v),
            Next::Done(v) => Err(vm.stop_iteration(v)),
        },
        GenClose => {
            let started = match vm.heap.get(s) {
                Some(Obj::Gen(g)) => {
                    !g.done && g.frame.as_ref().is_some_and(|f| f.ip != 0 || f.sp != 0)
                }
                _ => false,
            };
            if !started {
                if let Some(Obj::Gen(g)) = vm.heap.get_mut(s) {
                    g.done = true;
                    g.frame = None;
                }
                return Ok(Value::NONE);
            }
            let e = vm.new_exc(Value::ty(Type::GeneratorExit), Vec::new())?;
            match vm.resume(s, Value::NONE, e) {
                Ok(Next::Item(_)) => {
                    Err(vm.err_static(Type::RuntimeError, "generator ignored GeneratorExit"))
                }
                Ok(Next::Done(_)) => Ok(Value::NONE),
                Err(x)
                    if vm.exc_matches(x, Type::GeneratorExit)
                        || vm.exc_matches(x, Type::StopIteration) =>
                {
                    Ok(Value::NONE)
                }
                Err(x) => Err(x),
            }
        }
        ExcWithTraceback => Ok(s),
        IntToBytes | IntFromBytes => {
            // Big-endian unless the byte order is "little" (the default is "big").
            let big = a2.is_null() || vm.str_bytes(a2) != Some(b"little");
            if b == IntToBytes {
                let n = vm.to_big(s).unwrap_or_else(BigInt::zero);
                let len = if a1.is_null() { 1 } else { vm.to_i64(a1)? };
                let Ok(len) = usize::try_from(len) else {
                    return Err(vm.err_bare(Type::ValueError));
                };
                // Negative numbers as two's complement (as if signed=True), others as
                // unsigned; what does not fit is an OverflowError.
                let need = if n.is_neg() {
                    (n.abs().sub(&BigInt::from_i64(1)).bits() + 8) / 8
                } else {
                    n.bits().div_ceil(8)
                };
                if need > len {
                    return Err(vm.err_static(Type::OverflowError, "buffer too small"));
                }
                vm.room(len)?;
                let mut out = n.to_le_bytes(len);
                if big {
                    out.reverse();
                }
                return vm.alloc(Obj::Bytes(out.into()));
            }
            let mut data = vm.buf_bytes(a1).unwrap_or_default().to_vec();
            if big {
                data.reverse();
            }
            vm.new_big(BigInt::from_le_bytes(&data))
        }
        StrFormat => crate::format::str_format(vm, s, &pos[1..], kw),
        _ => str_method(vm, b, pos, kw),
    }
}

/// The bytes of a str or buffer (bytes, bytearray, array, memoryview), copied.
pub(crate) fn text_of(vm: &Vm<'_>, v: Value) -> Option<Vec<u8>> {
    vm.str_bytes(v)
        .or_else(|| vm.buf_bytes(v))
        .map(<[u8]>::to_vec)
}

/// [`text_of`] for an argument of a str or bytes method: of the receiver's kind only (a
/// str for a str, bytes-like for bytes), as MicroPython checks it.
fn arg_of(vm: &Vm<'_>, is_str: bool, v: Value) -> Option<Vec<u8>> {
    if vm.str_bytes(v).is_some() != is_str {
        return None;
    }
    text_of(vm, v)
}

/// The last index at or after `start` where `needle` starts in `hay`.
fn rfind_bytes(hay: &[u8], needle: &[u8], start: usize) -> Option<usize> {
    let mut i = hay.len().checked_sub(needle.len())? + 1;
    while i > start {
        i -= 1;
        if hay[i..].starts_with(needle) {
            return Some(i);
        }
    }
    None
}

/// `'T' object has no attribute 'name'` for method `b` of `s`.
#[inline(never)]
fn no_method(vm: &mut Vm<'_>, s: Value, b: B) -> Value {
    let m = fill(
        "'{}' object has no attribute '{}'",
        &[&vm.type_name(s), b.name()],
    );
    vm.err_string(Type::AttributeError, &m)
}

/// The pieces `parts` of `text` as objects of the receiver's kind (see [`make_like`]), in a
/// list or (`tuple`) a tuple.
fn pieces(
    vm: &mut Vm<'_>,
    like: u8,
    text: &[u8],
    parts: &[(usize, usize)],
    tuple: bool,
) -> PyResult<Value> {
    let mut vals = Vec::with_capacity(parts.len());
    for &(a, e) in parts {
        vals.push(make_like(vm, like, &text[a..e])?);
    }
    if tuple {
        vm.new_tuple(vals)
    } else {
        vm.new_list(vals)
    }
}

/// MicroPython's whitespace: space and `\t` to `\r` (so `\v` too, which Rust's
/// `is_ascii_whitespace` leaves out).
pub(crate) fn is_space(c: u8) -> bool {
    c == b' ' || (b'\t'..=b'\r').contains(&c)
}

/// A test on one byte (`u8::is_ascii_digit`, ...).
type BytePred = fn(&u8) -> bool;

fn str_method(vm: &mut Vm<'_>, b: B, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    use B::*;
    let s = arg(pos, 0);
    let a1 = arg(pos, 1);
    let a2 = arg(pos, 2);
    let is_str = vm.str_bytes(s).is_some();
    let like = match vm.heap.get(s) {
        _ if is_str => 0,
        Some(Obj::ByteArray(_)) => 2,
        _ => 1,
    };
    let Some(text) = text_of(vm, s) else {
        return Err(no_method(vm, s, b));
    };
    let len = text.len();
    let ws = is_space;
    match b {
        StrJoin => {
            let items = vm.to_vec(a1)?;
            let mut out = Vec::new();
            for (i, &x) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&text);
                }
                // Items of the receiver's kind only: str for a str, buffers for bytes.
                let piece = if is_str {
                    vm.str_bytes(x)
                } else {
                    vm.buf_bytes(x)
                };
                let Some(piece) = piece else {
                    return Err(vm.err_static(
                        Type::TypeError,
                        "join expects a list of str/bytes objects consistent with self object",
                    ));
                };
                out.extend_from_slice(piece);
            }
            make_like(vm, like, &out)
        }
        StrSplit | StrRsplit => {
            let maxsplit = if a2.is_null() { -1 } else { vm.to_i64(a2)? };
            let mut parts: Vec<(usize, usize)> = Vec::new();
            let mut n = 0;
            if a1.is_null() || a1.is_none() {
                if b == StrRsplit && maxsplit >= 0 {
                    return Err(vm.err_static(Type::NotImplementedError, "rsplit(None,n)"));
                }
                // Words between whitespace runs; after maxsplit of them, the rest verbatim.
                let mut i = 0;
                loop {
                    while i < len && ws(text[i]) {
                        i += 1;
                    }
                    if i == len {
                        break;
                    }
                    if maxsplit >= 0 && n >= maxsplit {
                        parts.push((i, len));
                        break;
                    }
                    let start = i;
                    while i < len && !ws(text[i]) {
                        i += 1;
                    }
                    parts.push((start, i));
                    n += 1;
                }
            } else {
                // A separator of the receiver's kind, and not a bytearray (MicroPython reads
                // it as str or bytes data).
                let sep = match vm.heap.get(a1) {
                    Some(Obj::ByteArray(_)) => None,
                    _ => arg_of(vm, is_str, a1),
                };
                let Some(sep) = sep else {
                    return Err(vm.bad_implicit(a1));
                };
                if sep.is_empty() {
                    return Err(vm.err_static(Type::ValueError, "empty separator"));
                }
                let (mut start, mut end) = (0, len);
                while maxsplit < 0 || n < maxsplit {
                    let found = if b == StrSplit {
                        find_bytes(&text, &sep, start)
                    } else {
                        rfind_bytes(&text[..end], &sep, 0)
                    };
                    let Some(i) = found else { break };
                    if b == StrSplit {
                        parts.push((start, i));
                        start = i + sep.len();
                    } else {
                        parts.push((i + sep.len(), end));
                        end = i;
                    }
                    n += 1;
                }
                parts.push((start, end));
                if b == StrRsplit {
                    parts.reverse();
                }
            }
            pieces(vm, like, &text, &parts, false)
        }
        StrStrip | StrLstrip | StrRstrip => {
            let set = if a1.is_null() || a1.is_none() {
                None
            } else {
                match arg_of(vm, is_str, a1) {
                    Some(set) => Some(set),
                    None => return Err(vm.bad_implicit(a1)),
                }
            };
            let strip = |c: u8| match &set {
                Some(s) => s.contains(&c),
                None => is_space(c),
            };
            let (mut start, mut end) = (0, len);
            while b != StrRstrip && start < end && strip(text[start]) {
                start += 1;
            }
            while b != StrLstrip && end > start && strip(text[end - 1]) {
                end -= 1;
            }
            if start == 0 && end == len {
                // Nothing stripped: the same object, as MicroPython returns it.
                return Ok(s);
            }
            make_like(vm, like, &text[start..end])
        }
        StrUpper | StrLower => {
            // MicroPython changes the case of ASCII letters only.
            let mut out = text;
            if b == StrUpper {
                out.make_ascii_uppercase();
            } else {
                out.make_ascii_lowercase();
            }
            make_like(vm, like, &out)
        }
        StrReplace => {
            let (Some(old), Some(new)) = (arg_of(vm, is_str, a1), arg_of(vm, is_str, a2)) else {
                let bad = if arg_of(vm, is_str, a1).is_none() {
                    a1
                } else {
                    a2
                };
                return Err(vm.bad_implicit(bad));
            };
            let count = if pos.len() > 3 {
                vm.to_i64(pos[3])?
            } else {
                -1
            };
            let mut out = Vec::new();
            let (mut i, mut n) = (0, 0);
            while count < 0 || n < count {
                let Some(j) = find_bytes(&text, &old, i) else {
                    break;
                };
                out.extend_from_slice(&text[i..j]);
                out.extend_from_slice(&new);
                n += 1;
                i = j + old.len();
                if old.is_empty() {
                    // An empty pattern matches between characters: keep the next one.
                    if j < len {
                        out.push(text[j]);
                    }
                    i += 1;
                    if i > len {
                        break;
                    }
                }
            }
            out.extend_from_slice(&text[i.min(len)..]);
            make_like(vm, like, &out)
        }
        StrStartswith | StrEndswith => {
            let cands = match vm.heap.get(a1) {
                Some(Obj::Tuple(t)) => t.to_vec(),
                _ => alloc::vec![a1],
            };
            // The text between start and end (both optional, None too), as a slice takes it.
            let start = span_index(vm, &text, is_str, a2, 0)?;
            let end = span_index(vm, &text, is_str, arg(pos, 3), len)?;
            let t = &text[start..end.max(start)];
            for c in cands {
                let Some(p) = text_of(vm, c) else {
                    return Err(vm.bad_implicit(c));
                };
                if (b == StrStartswith && t.starts_with(&p))
                    || (b == StrEndswith && t.ends_with(&p))
                {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }
        StrFind | StrRfind | StrIndex | StrRindex | StrCount | ListIndex | ListCount
        | TupleIndex | TupleCount => {
            let Some(p) = arg_of(vm, is_str, a1) else {
                return Err(vm.bad_implicit(a1));
            };
            let count = matches!(b, StrCount | ListCount | TupleCount);
            let raise = matches!(b, StrIndex | StrRindex | ListIndex | TupleIndex);
            let start = span_index(vm, &text, is_str, a2, 0)?;
            let end = span_index(vm, &text, is_str, arg(pos, 3), len)?;
            let text = &text[..end.max(start)];
            if count {
                let mut n = 0;
                let mut i = start;
                while let Some(j) = find_bytes(text, &p, i).filter(|_| start <= end) {
                    n += 1;
                    i = j + p.len().max(1);
                    if i > text.len() {
                        break;
                    }
                }
                return vm.new_int(n);
            }
            let r = if start > end {
                None
            } else if matches!(b, StrRfind | StrRindex) {
                rfind_bytes(text, &p, start)
            } else {
                find_bytes(text, &p, start)
            };
            match r {
                Some(i) => {
                    let ci = if is_str { char_count(&text[..i]) } else { i };
                    vm.new_int(ci as i64)
                }
                None if raise => Err(vm.err_static(Type::ValueError, "substring not found")),
                None => Ok(Value::small(-1)),
            }
        }
        StrIsdigit | StrIsalpha | StrIsspace | StrIsupper | StrIslower => {
            let (all, none): (BytePred, BytePred) = match b {
                StrIsdigit => (u8::is_ascii_digit, |_| false),
                StrIsalpha => (u8::is_ascii_alphabetic, |_| false),
                StrIsspace => (|c: &u8| is_space(*c), |_| false),
                StrIsupper => (|_| true, u8::is_ascii_lowercase),
                _ => (|_| true, u8::is_ascii_uppercase),
            };
            let cased = matches!(b, StrIsupper | StrIslower);
            let ok = !text.is_empty()
                && text.iter().all(all)
                && !text.iter().any(none)
                && (!cased || text.iter().any(u8::is_ascii_alphabetic));
            Ok(Value::bool(ok))
        }
        StrEncode => vm.alloc(Obj::Bytes(text.into())),
        StrDecode if core::str::from_utf8(&text).is_err() => Err(vm.err_bare(Type::UnicodeError)),
        StrDecode => vm.new_str_bytes(&text),
        StrCenter if pos.len() > 2 => Err(vm.err_static(
            Type::TypeError,
            "function takes 2 positional arguments but 3 were given",
        )),
        StrCenter => {
            let width = vm.to_i64(a1)?.max(0) as usize;
            vm.room(width)?;
            // MicroPython 1.27 measures the width in bytes.
            if len >= width {
                return Ok(s);
            }
            let pad = width - len;
            let l = pad / 2;
            let mut out = alloc::vec![b' '; width];
            out[l..l + len].copy_from_slice(&text);
            make_like(vm, like, &out)
        }
        StrSplitlines => {
            // Lines end at "\n", "\r" or "\r\n"; with keepends the ends stay on them.
            crate::builtins::only_kwargs(vm, kw, &[b"keepends"])?;
            let keep = match crate::builtins::kwarg(vm, kw, b"keepends") {
                Some(v) => vm.truthy(v)?,
                None => !a1.is_null() && vm.truthy(a1)?,
            };
            let mut parts = Vec::new();
            let mut start = 0;
            while start < len {
                let i = text[start..]
                    .iter()
                    .position(|&c| c == b'\n' || c == b'\r')
                    .map_or(len, |k| start + k);
                let end_len = match text.get(i..i + 2) {
                    Some(b"\r\n") => 2,
                    _ if i < len => 1,
                    _ => 0,
                };
                parts.push((start, if keep { i + end_len } else { i }));
                start = i + end_len;
            }
            pieces(vm, like, &text, &parts, false)
        }
        StrPartition | StrRpartition => {
            let Some(sep) = arg_of(vm, is_str, a1) else {
                return Err(vm.bad_implicit(a1));
            };
            if sep.is_empty() {
                return Err(vm.err_static(Type::ValueError, "empty separator"));
            }
            let found = if b == StrPartition {
                find_bytes(&text, &sep, 0)
            } else {
                rfind_bytes(&text, &sep, 0)
            };
            // The separator found is `sep`'s bytes: all three pieces are ranges of `text`.
            let parts = match found {
                Some(i) => [(0, i), (i, i + sep.len()), (i + sep.len(), len)],
                None if b == StrPartition => [(0, len), (len, len), (len, len)],
                None => [(0, 0), (0, 0), (0, len)],
            };
            pieces(vm, like, &text, &parts, true)
        }
        StrHex => {
            // hex([sep]): two digits per byte, with the separator between bytes.
            let sep = if a1.is_null() {
                Vec::new()
            } else {
                match vm.str_bytes(a1) {
                    Some(t) => t.to_vec(),
                    None => return Err(vm.bad_implicit(a1)),
                }
            };
            if text.is_empty() {
                // MicroPython gives empty bytes here.
                return vm.alloc(Obj::Bytes(Vec::new().into()));
            }
            let mut out = String::new();
            for (i, c) in text.iter().enumerate() {
                if i > 0 {
                    out.push_str(&crate::text::lossy(&sep));
                }
                out.push_str(&hex(u64::from(*c), 2));
            }
            vm.new_str(&out)
        }
        ListAppend | ListExtend | ListPop if !is_str => bytearray_method(vm, b, s, a1),
        _ => Err(no_method(vm, s, b)),
    }
}

fn bytearray_method(vm: &mut Vm<'_>, b: B, s: Value, a1: Value) -> PyResult<Value> {
    let add: Vec<u8> = match b {
        B::ListAppend => alloc::vec![vm.to_i64(a1)? as u8],
        B::ListExtend => match vm.buf_bytes(a1) {
            Some(b) => b.to_vec(),
            None => {
                let mut out = Vec::new();
                for x in vm.to_vec(a1)? {
                    out.push(vm.to_i64(x)? as u8);
                }
                out
            }
        },
        _ => Vec::new(),
    };
    match vm.heap.get_mut(s) {
        Some(Obj::ByteArray(v)) => {
            if b == B::ListPop {
                return match v.pop() {
                    Some(x) => Ok(Value::small(i64::from(x))),
                    None => Err(vm.err_static(Type::IndexError, "pop from empty list")),
                };
            }
            v.extend(add);
            Ok(Value::NONE)
        }
        _ => Err(vm.err_static(Type::AttributeError, "bytes object has no such method")),
    }
}

/// Keeps `Iter`/`Num` in use for views.
pub(crate) fn _unused(_: Iter, _: Num) {}
