//! Operators, subscripts, attributes, calls and iteration.

use alloc::string::String;
use alloc::vec::Vec;

use crate::Float;
use crate::bigint::BigInt;
use crate::builtins::B;
use crate::dict::Dict;
use crate::fmtnum;
use crate::interp::Next;
use crate::obj::{Class, Inst, Iter, Obj};
use crate::runtime::{Num, range_len, splice};
use crate::text::{fill, lossy};
use crate::types::Type;
use crate::value::Value;
use crate::{PyResult, Vm};

const BINOP_DUNDERS: [&str; 35] = [
    "__lt__",
    "__gt__",
    "__eq__",
    "__le__",
    "__ge__",
    "__ne__",
    "__contains__",
    "",
    "",
    "__ior__",
    "__ixor__",
    "__iand__",
    "__ilshift__",
    "__irshift__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imatmul__",
    "__ifloordiv__",
    "__itruediv__",
    "__imod__",
    "__ipow__",
    "__or__",
    "__xor__",
    "__and__",
    "__lshift__",
    "__rshift__",
    "__add__",
    "__sub__",
    "__mul__",
    "__matmul__",
    "__floordiv__",
    "__truediv__",
    "__mod__",
    "__pow__",
];
impl<'a> Vm<'a> {
    // ------------------------------------------------------------------ operators
    pub(crate) fn unary_op(&mut self, op: u8, v: Value) -> PyResult<Value> {
        if op == 3 {
            return Ok(Value::bool(!self.truthy(v)?));
        }
        match self.num(v) {
            Some(Num::I(i)) => {
                return match op {
                    0 => self.new_int(i),
                    1 => self.new_big(BigInt::from_i64(i).neg()),
                    _ => self.new_int(!i),
                };
            }
            Some(Num::B(b)) => {
                return match op {
                    0 => self.new_big(b),
                    1 => self.new_big(b.neg()),
                    _ => self.new_big(b.neg().sub(&BigInt::from_i64(1))),
                };
            }
            Some(Num::F(f)) if op != 2 => {
                return self.new_float(if op == 0 { f } else { -f });
            }
            _ => {}
        }
        if self.builtin_type(v).is_none() {
            let name = ["__pos__", "__neg__", "__invert__", ""][op as usize & 3];
            let q = self.qstrs.intern_static(name);
            if let Some(r) = self.try_dunder(v, q, &[])? {
                return Ok(r);
            }
        }
        let name = ["+", "-", "~", "not"][op as usize & 3];
        let m = fill(
            "unsupported type for {}: '{}'",
            &[unary_dunder(name), &self.type_name(v)],
        );
        Err(self.type_error(m))
    }

    pub(crate) fn binary_op(&mut self, op: u8, a: Value, b: Value) -> PyResult<Value> {
        match op {
            // A user __eq__/__lt__/…'s result is the value of the comparison as is.
            0..=4 => {
                let q = [self.q.lt, self.q.gt, self.q.eq, self.q.le, self.q.ge][op as usize];
                let mut declined = false;
                for (x, y) in [(a, b), (b, a)] {
                    if let Some(Obj::Inst(_)) = self.heap.get(x) {
                        if let Some(r) = self.try_dunder(x, q, &[y])? {
                            if r != Value::NOT_IMPLEMENTED {
                                return Ok(r);
                            }
                            declined = true;
                            if op != 2 {
                                // Ordering is not reflected and has no fallback.
                                let m = fill(
                                    "unsupported types for {}: '{}', '{}'",
                                    &[
                                        BINOP_DUNDERS[op as usize],
                                        &self.type_name(a),
                                        &self.type_name(b),
                                    ],
                                );
                                return Err(self.err_string(Type::TypeError, &m));
                            }
                        }
                    }
                    if op != 2 {
                        break;
                    }
                }
                if declined {
                    // Both sides' __eq__ declined: the same object or not.
                    return Ok(Value::bool(a == b));
                }
                return Ok(Value::bool(if op == 2 {
                    self.eq(a, b)?
                } else {
                    self.compare(op, a, b)?
                }));
            }
            5 => {
                // An instance's __ne__ answers as it likes; else its __eq__, negated. Each
                // side in turn, as MicroPython's mp_obj_equal_not_equal tries them.
                for (x, y) in [(a, b), (b, a)] {
                    if let Some(Obj::Inst(_)) = self.heap.get(x) {
                        if let Some(r) = self.try_dunder(x, self.q.ne, &[y])? {
                            if r != Value::NOT_IMPLEMENTED {
                                return Ok(r);
                            }
                        }
                        if let Some(r) = self.try_dunder(x, self.q.eq, &[y])? {
                            if r != Value::NOT_IMPLEMENTED {
                                return Ok(Value::bool(!self.truthy(r)?));
                            }
                        }
                    }
                }
                return Ok(Value::bool(!self.eq(a, b)?));
            }
            6 => return Ok(Value::bool(self.contains(b, a)?)),
            7 => return Ok(Value::bool(self.is(a, b))),
            8 => {
                // `except X`: X an exception class or a tuple of them, else a TypeError.
                let cands = match self.heap.get(b) {
                    Some(Obj::Tuple(t)) => t.to_vec(),
                    _ => alloc::vec![b],
                };
                for c in cands {
                    if !self.is_exc_class(c) {
                        let m = fill(
                            "unsupported types for : '{}', '{}'",
                            &[&self.type_name(a), &self.type_name(c)],
                        );
                        return Err(self.err_string(Type::TypeError, &m));
                    }
                    if self.exc_class_match(a, c) {
                        return Ok(Value::TRUE);
                    }
                }
                return Ok(Value::FALSE);
            }
            _ => {}
        }
        // In-place ops fall back to the plain op (9..=21 map to 22..=34).
        let base = if (9..=21).contains(&op) { op + 13 } else { op };
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            if let Some(r) = self.num_op(base, x, y)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.seq_op(op, base, a, b)? {
            return Ok(r);
        }
        // User classes.
        if self.builtin_type(a).is_none() {
            if base != op {
                let q = self.qstrs.intern_static(BINOP_DUNDERS[op as usize]);
                if let Some(r) = self.try_dunder(a, q, &[b])? {
                    if r != Value::NOT_IMPLEMENTED {
                        return Ok(r);
                    }
                }
            }
            let q = self.qstrs.intern_static(BINOP_DUNDERS[base as usize]);
            if let Some(r) = self.try_dunder(a, q, &[b])? {
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        if self.builtin_type(b).is_none() {
            let name = BINOP_DUNDERS[base as usize];
            let mut r = String::from("__r");
            r.push_str(&name[2..]);
            let q = self.qstrs.intern(r.as_bytes());
            if let Some(r) = self.try_dunder(b, q, &[a])? {
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        let m = fill(
            "unsupported types for {}: '{}', '{}'",
            &[
                BINOP_DUNDERS[base as usize],
                &self.type_name(a),
                &self.type_name(b),
            ],
        );
        Err(self.type_error(m))
    }

    fn exc_class_match(&self, e: Value, c: Value) -> bool {
        if self.is_class(e) {
            return self.is_subclass(e, c);
        }
        self.isinstance(e, c)
    }

    /// `a is b`: identity of the tagged words.
    pub(crate) fn is(&self, a: Value, b: Value) -> bool {
        a == b
    }

    fn num_op(&mut self, op: u8, x: Num, y: Num) -> PyResult<Option<Value>> {
        let float = matches!(x, Num::F(_)) || matches!(y, Num::F(_));
        if float || op == 32 {
            if matches!(op, 22..=26) {
                return Ok(None);
            }
            let fx = num_f(&x);
            let fy = num_f(&y);
            let r = match op {
                27 => fx + fy,
                28 => fx - fy,
                29 => fx * fy,
                32 => {
                    if fy == 0.0 {
                        return Err(self.err_static(Type::ZeroDivisionError, "divide by zero"));
                    }
                    fx / fy
                }
                31 | 33 => {
                    if fy == 0.0 {
                        return Err(self.err_static(Type::ZeroDivisionError, "divide by zero"));
                    }
                    // The reference's divmod: the remainder from `fmod`, with the sign of
                    // `fy`; the quotient from the remainder, rounded to an integer.
                    let sign0 = |v: Float| if v.is_sign_negative() { -0.0 } else { 0.0 };
                    let mut m = crate::mathf::fmod(fx, fy);
                    let mut d = (fx - m) / fy;
                    if m == 0.0 {
                        m = sign0(fy);
                    } else if (m < 0.0) != (fy < 0.0) {
                        m += fy;
                        d -= 1.0;
                    }
                    if op == 33 {
                        m
                    } else if d == 0.0 {
                        sign0(fx / fy)
                    } else {
                        let q = fmtnum::floor(d);
                        if d - q > 0.5 { q + 1.0 } else { q }
                    }
                }
                34 => {
                    if fx == 0.0 && fy < 0.0 && !fy.is_infinite() {
                        return Err(self.err_static(Type::ZeroDivisionError, "divide by zero"));
                    }
                    crate::mathf::pow(fx, fy)
                }
                _ => return Ok(None),
            };
            return self.new_float(r).map(Some);
        }
        // Integers: fast path on i64, then big.
        if let (Num::I(a), Num::I(b)) = (&x, &y) {
            let (a, b) = (*a, *b);
            let r: Option<i64> = match op {
                27 => a.checked_add(b),
                28 => a.checked_sub(b),
                29 => a.checked_mul(b),
                22 => Some(a | b),
                23 => Some(a ^ b),
                24 => Some(a & b),
                31 | 33 => {
                    if b == 0 {
                        return Err(self.err_static(Type::ZeroDivisionError, "divide by zero"));
                    }
                    if a == i64::MIN && b == -1 {
                        None
                    } else {
                        let q = a.div_euclid(b);
                        let r = a.rem_euclid(b);
                        // Python floors: adjust Euclid for negative divisors.
                        let (q, r) = if b < 0 && r != 0 {
                            (q - 1, r + b)
                        } else {
                            (q, r)
                        };
                        Some(if op == 31 { q } else { r })
                    }
                }
                26 => {
                    if b < 0 {
                        return Err(self.err_static(Type::ValueError, "negative shift count"));
                    }
                    Some(if b >= 64 {
                        if a < 0 { -1 } else { 0 }
                    } else {
                        a >> b
                    })
                }
                25 => {
                    if b < 0 {
                        return Err(self.err_static(Type::ValueError, "negative shift count"));
                    }
                    if b < 62 && a.unsigned_abs() < (1u64 << (62 - b)) {
                        Some(a << b)
                    } else {
                        None
                    }
                }
                34 => {
                    if b < 0 {
                        // A negative power is a float one (0 to it is a ZeroDivisionError).
                        return self.num_op(op, Num::F(a as Float), Num::F(b as Float));
                    }
                    let mut acc: Option<i64> = Some(1);
                    for _ in 0..b.min(64) {
                        acc = acc.and_then(|v| v.checked_mul(a));
                    }
                    if b > 64 && a.unsigned_abs() > 1 {
                        acc = None;
                    } else if b > 64 {
                        acc = Some(if a == -1 && b % 2 == 1 {
                            -1
                        } else if a == 0 {
                            0
                        } else {
                            1
                        });
                    }
                    acc
                }
                _ => return Ok(None),
            };
            if let Some(r) = r {
                return self.new_int(r).map(Some);
            }
        }
        let (bx, by) = (num_big(&x), num_big(&y));
        if op == 29 {
            self.bigint_room(bx.byte_len() + by.byte_len())?;
        }
        let r = match op {
            27 => bx.add(&by),
            28 => bx.sub(&by),
            29 => bx.mul(&by),
            22 => bx.bitop(&by, b'|'),
            23 => bx.bitop(&by, b'^'),
            24 => bx.bitop(&by, b'&'),
            31 | 33 => match bx.divmod(&by) {
                Some((q, r)) => {
                    if op == 31 {
                        q
                    } else {
                        r
                    }
                }
                None => return Err(self.err_static(Type::ZeroDivisionError, "divide by zero")),
            },
            25 | 26 => {
                let n = by.to_i64().unwrap_or(i64::MAX);
                if n < 0 {
                    return Err(self.err_static(Type::ValueError, "negative shift count"));
                }
                if op == 25 {
                    self.bigint_room((n as usize / 8).saturating_add(bx.byte_len()))?;
                    bx.shl(n as usize)
                } else {
                    bx.shr(n.min(1 << 30) as usize)
                }
            }
            34 => {
                if by.is_neg() {
                    return self
                        .new_float(crate::mathf::pow(bx.to_float(), by.to_float()))
                        .map(Some);
                }
                // 0, 1 and -1 to any power need no room (the power may be huge).
                if bx.bits() <= 1 {
                    let odd = by.low_u64() & 1 == 1;
                    let r = match () {
                        _ if by.is_zero() => 1,
                        _ if bx.is_zero() => 0,
                        _ if bx.is_neg() && odd => -1,
                        _ => 1,
                    };
                    return Ok(Some(Value::small(r)));
                }
                let e = by.to_i64().unwrap_or(i64::MAX);
                // The result has about bits(x) * e bits.
                let bits = (bx.byte_len() as u64 * 8).max(1);
                self.bigint_room(
                    usize::try_from(bits.saturating_mul(e as u64) / 8).unwrap_or(usize::MAX),
                )?;
                bx.pow(e as u64)
            }
            _ => return Ok(None),
        };
        self.new_big(r).map(Some)
    }

    fn seq_op(&mut self, op: u8, base: u8, a: Value, b: Value) -> PyResult<Option<Value>> {
        // array + array of the same type
        if let (27, Some(Obj::Array(tc, x)), Some(Obj::Array(tc2, y))) =
            (base, self.heap.get(a), self.heap.get(b))
        {
            if tc == tc2 {
                let (tc, mut v) = (*tc, x.clone());
                v.extend_from_slice(y);
                return self.alloc(Obj::Array(tc, v)).map(Some);
            }
        }
        // str + str, str * n, str % args
        if let Some(x) = self.str_bytes(a) {
            match base {
                27 => {
                    if let Some(y) = self.str_bytes(b) {
                        let mut v = x.to_vec();
                        v.extend_from_slice(y);
                        return self.new_str_bytes(&v).map(Some);
                    }
                    return Ok(None);
                }
                29 => {
                    if let Some(Num::I(n)) = self.num(b) {
                        let n = n.max(0) as usize;
                        let len = x.len();
                        self.room(len.saturating_mul(n))?;
                        let v = self.str_bytes(a).unwrap_or_default().repeat(n);
                        return self.new_str_bytes(&v).map(Some);
                    }
                }
                33 => return crate::format::percent(self, a, b).map(Some),
                _ => {}
            }
            return Ok(None);
        }
        if let (Some(Num::I(n)), Some(_)) = (self.num(a), self.str_bytes(b)) {
            if base == 29 {
                return self.seq_op(op, base, b, Value::small(n.clamp(-1, 1 << 30)));
            }
        }
        let kind = match self.heap.get(a) {
            Some(Obj::List(_)) => 1,
            // A namedtuple concatenates and repeats as a tuple.
            Some(Obj::Tuple(_) | Obj::NamedTuple(..)) => 2,
            Some(Obj::Bytes(_)) => 3,
            Some(Obj::ByteArray(_)) => 4,
            Some(Obj::Set(..)) => 5,
            Some(Obj::Dict(..)) => 6,
            Some(Obj::Deque(..)) => 7,
            _ => 0,
        };
        if kind == 0 {
            if let (Some(Num::I(_)), Some(Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_))) =
                (self.num(a), self.heap.get(b))
            {
                if base == 29 {
                    return self.seq_op(op, base, b, a);
                }
            }
            return Ok(None);
        }
        match (kind, base) {
            (1..=4, 27 | 29) => {
                // Concatenation and repetition of lists, tuples, bytes and bytearrays.
                if kind == 1 && op == 14 {
                    // list += iterable extends in place.
                    let items = self.to_vec(b)?;
                    if let Some(Obj::List(l)) = self.heap.get_mut(a) {
                        l.extend(items);
                    }
                    return Ok(Some(a));
                }
                let vals = kind <= 2;
                let items = if vals {
                    self.seq_items(a).unwrap_or_default()
                } else {
                    Vec::new()
                };
                let bytes = if vals {
                    Vec::new()
                } else {
                    self.buf_bytes(a).unwrap_or_default().to_vec()
                };
                let (mut v, mut w) = (Vec::new(), Vec::new());
                if base == 27 {
                    if vals {
                        if !matches!(
                            (kind, self.heap.get(b)),
                            (1, Some(Obj::List(_)))
                                | (2, Some(Obj::Tuple(_) | Obj::NamedTuple(..)))
                        ) {
                            return Ok(None);
                        }
                        v = items;
                        v.extend(self.seq_items(b).unwrap_or_default());
                    } else {
                        let Some(y) = self.buf_bytes(b) else {
                            return Ok(None);
                        };
                        w = bytes;
                        w.extend_from_slice(y);
                    }
                } else {
                    let Some(Num::I(n)) = self.num(b) else {
                        return Ok(None);
                    };
                    let n = n.max(0) as usize;
                    let unit = if vals {
                        items.len() * core::mem::size_of::<Value>()
                    } else {
                        bytes.len()
                    };
                    self.room(unit.saturating_mul(n))?;
                    v = items.repeat(n);
                    w = bytes.repeat(n);
                }
                // In place: `list *= n` and `bytearray += x` replace the contents.
                let inplace =
                    op != base && ((kind == 1 && base == 29) || (kind == 4 && base == 27));
                match self.heap.get_mut(a) {
                    Some(Obj::List(l)) if inplace => *l = v,
                    Some(Obj::ByteArray(x)) if inplace => *x = w,
                    _ => {
                        return match kind {
                            1 => self.new_list(v),
                            2 => self.new_tuple(v),
                            3 => self.alloc(Obj::Bytes(w.into())),
                            _ => self.alloc(Obj::ByteArray(w)),
                        }
                        .map(Some);
                    }
                }
                Ok(Some(a))
            }
            (3, 33) => crate::format::percent(self, a, b).map(Some),
            (5, 22..=24) | (5, 28) => {
                if !matches!(self.heap.get(b), Some(Obj::Set(..))) {
                    return Ok(None);
                }
                self.set_op(a, b, base, op != base).map(Some)
            }
            (6, 22) => {
                if !matches!(self.heap.get(b), Some(Obj::Dict(..))) {
                    return Ok(None);
                }
                let r = if op != base {
                    a
                } else {
                    let d = self.new_dict()?;
                    for (k, v) in self.dict_items(a) {
                        self.dict_set(d, k, v)?;
                    }
                    d
                };
                for (k, v) in self.dict_items(b) {
                    self.dict_set(r, k, v)?;
                }
                Ok(Some(r))
            }
            _ => Ok(None),
        }
    }

    /// Set algebra the way MicroPython's `objset.c` does it, so element order matches.
    pub(crate) fn set_op(
        &mut self,
        a: Value,
        b: Value,
        base: u8,
        inplace: bool,
    ) -> PyResult<Value> {
        let other = self.to_vec(b)?;
        let copy = |vm: &mut Vm<'a>| -> PyResult<Value> {
            match vm.heap.get(a) {
                Some(Obj::Set(d, f)) => {
                    let (d, f) = (d.clone(), *f);
                    vm.alloc(Obj::Set(d, f))
                }
                _ => Err(vm.err_static(Type::TypeError, "not a set")),
            }
        };
        match base {
            24 => {
                let frozen = matches!(self.heap.get(a), Some(Obj::Set(_, true)));
                let out = self.new_set(frozen)?;
                for x in other {
                    if self.set_contains(a, x)? {
                        self.set_add(out, x)?;
                    }
                }
                if inplace {
                    let d = match self.heap.get_mut(out) {
                        Some(Obj::Set(d, _)) => core::mem::take(d),
                        _ => Dict::new(),
                    };
                    if let Some(Obj::Set(sd, _)) = self.heap.get_mut(a) {
                        *sd = d;
                    }
                    return Ok(a);
                }
                Ok(out)
            }
            _ => {
                let s = if inplace { a } else { copy(self)? };
                for x in other {
                    match base {
                        22 => self.set_add(s, x)?,
                        28 => {
                            self.dict_remove(s, x)?;
                        }
                        _ => {
                            if self.dict_remove(s, x)?.is_none() {
                                self.set_add(s, x)?;
                            }
                        }
                    }
                }
                Ok(s)
            }
        }
    }

    /// `TypeError: can't convert 'int' object to str implicitly` (str and bytes don't mix).
    pub(crate) fn bad_implicit(&mut self, v: Value) -> Value {
        let name = self.type_name(v);
        let to = if name == "str" { "bytes" } else { "str" };
        let m = fill("can't convert '{}' object to {} implicitly", &[&name, to]);
        self.type_error(m)
    }

    /// `x in c`.
    pub(crate) fn contains(&mut self, c: Value, x: Value) -> PyResult<bool> {
        if let Some(hay) = self.str_bytes(c) {
            let Some(needle) = self.str_bytes(x) else {
                return Err(self.bad_implicit(x));
            };
            return Ok(find_bytes(hay, needle, 0).is_some());
        }
        match self.heap.get(c) {
            Some(Obj::Dict(..)) | Some(Obj::DictView(_, 0)) => {
                let d = match self.heap.get(c) {
                    Some(Obj::DictView(d, _)) => *d,
                    _ => c,
                };
                return Ok(self.dict_get(d, x)?.is_some());
            }
            Some(Obj::Set(..)) => return self.set_contains(c, x),
            Some(Obj::Bytes(_) | Obj::ByteArray(_)) => {
                let hay = self.buf_bytes(c).unwrap_or_default();
                if let Some(Num::I(i)) = self.num(x) {
                    return Ok(hay.contains(&(i as u8)));
                }
                let needle = self.buf_bytes(x).unwrap_or_default();
                return Ok(find_bytes(hay, needle, 0).is_some());
            }
            Some(Obj::Range(a, b, s)) => {
                let (a, b, s) = (*a, *b, *s);
                if let Some(Num::I(i)) = self.num(x) {
                    let inr = if s > 0 {
                        i >= a && i < b
                    } else {
                        i <= a && i > b
                    };
                    return Ok(inr && (i - a) % s == 0);
                }
                return Ok(false);
            }
            Some(Obj::Inst(_)) => {
                if let Some(r) = self.try_dunder(c, self.q.contains, &[x])? {
                    return self.truthy(r);
                }
            }
            _ => {}
        }
        let items = self.to_vec(c)?;
        for v in items {
            if v == x || self.eq(v, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    // ------------------------------------------------------------------ subscripts
    fn index(&mut self, len: usize, i: Value, what: &str) -> PyResult<usize> {
        let Some(Num::I(mut n)) = self.num(i) else {
            let m = fill(
                "{} indices must be integers, not {}",
                &[what, &self.type_name(i)],
            );
            return Err(self.type_error(m));
        };
        if n < 0 {
            n += len as i64;
        }
        if n < 0 || n >= len as i64 {
            let m = fill("{} index out of range", &[what]);
            return Err(self.err_string(Type::IndexError, &m));
        }
        Ok(n as usize)
    }

    /// Resolves a slice against a length: (start, stop, step) with Python's clamping.
    pub(crate) fn slice_indices(&mut self, s: Value, len: usize) -> PyResult<(i64, i64, i64)> {
        let Some(Obj::Slice(a, b, c)) = self.heap.get(s) else {
            return Err(self.err_static(Type::TypeError, "not a slice"));
        };
        let (a, b, c) = (*a, *b, *c);
        let step = if c.is_none() { 1 } else { self.to_i64(c)? };
        if step == 0 {
            return Err(self.err_static(Type::ValueError, "slice step can't be zero"));
        }
        let len = len as i64;
        let clamp = |v: i64, lo: i64, hi: i64| v.max(lo).min(hi);
        let (lo, hi) = if step > 0 { (0, len) } else { (-1, len - 1) };
        let start = if a.is_none() {
            if step > 0 { 0 } else { len - 1 }
        } else {
            let v = self.to_i64(a)?;
            clamp(if v < 0 { v + len } else { v }, lo, hi)
        };
        let stop = if b.is_none() {
            if step > 0 { len } else { -1 }
        } else {
            let v = self.to_i64(b)?;
            clamp(if v < 0 { v + len } else { v }, lo, hi)
        };
        Ok((start, stop, step))
    }

    pub(crate) fn subscr(&mut self, o: Value, i: Value) -> PyResult<Value> {
        if let (Some(k), Some(s)) = (i.as_small(), self.str_bytes(o)) {
            // One character by int index, without copying the string (errors and
            // non-UTF-8 text take the general path below).
            let c = match core::str::from_utf8(s) {
                Ok(s) if s.is_ascii() => {
                    let k = if k < 0 { k + s.len() as i64 } else { k };
                    usize::try_from(k)
                        .ok()
                        .and_then(|k| s.as_bytes().get(k))
                        .map(|&b| char::from(b))
                }
                Ok(s) => {
                    let n = s.chars().count() as i64;
                    let k = if k < 0 { k + n } else { k };
                    usize::try_from(k).ok().and_then(|k| s.chars().nth(k))
                }
                Err(_) => None,
            };
            if let Some(c) = c {
                let mut buf = [0u8; 4];
                return self.new_str(c.encode_utf8(&mut buf));
            }
        }
        let is_slice = matches!(self.heap.get(i), Some(Obj::Slice(..)));
        // Sequences share one index/slice path. Kinds: 0 str, 1 list, 2 tuple (or
        // namedtuple), 3 deque, 4 array, 5 bytes, 6 bytearray, 7 memoryview.
        let mut chars: Vec<char> = Vec::new();
        // For arrays and memoryviews: the buffer object, start byte, item width, typecode.
        let (mut buf, mut start, mut w, mut tc) = (o, 0, 1, b'B');
        let (kind, n) = if let Some(s) = self.str_bytes(o) {
            chars = lossy(s).chars().collect();
            (0, chars.len())
        } else if let Some((t, st, width, n)) = self.memoryview_parts(o) {
            (buf, start, w) = (t, st, width);
            if let Some(Obj::Array(c, _)) = self.heap.get(t) {
                tc = *c;
            }
            (7, n)
        } else {
            match self.heap.get(o) {
                Some(Obj::List(l)) => (1, l.len()),
                Some(Obj::Tuple(_) | Obj::NamedTuple(..)) => (2, self.tuple_items(o).len()),
                Some(Obj::Deque(d, _)) => (3, d.len()),
                Some(Obj::Array(c, b)) => {
                    (tc, w) = (*c, crate::builtins::array_width(*c));
                    (4, b.len() / w)
                }
                Some(Obj::Bytes(b)) => (5, b.len()),
                Some(Obj::ByteArray(b)) => (6, b.len()),
                _ => return self.subscr_other(o, i, is_slice),
            }
        };
        if is_slice {
            if kind == 3 {
                return Err(
                    self.err_static(Type::TypeError, "deque indices must be integers, not slice")
                );
            }
            let (a, b, c) = self.slice_indices(i, n)?;
            // Only lists and arrays take a step.
            if c != 1 && !matches!(kind, 1 | 4) {
                return Err(self.err_static(
                    Type::NotImplementedError,
                    "only slices with step=1 (aka None) are supported",
                ));
            }
            let ix = slice_iter(a, b, c);
            return match kind {
                0 => {
                    let s: String = ix.map(|k| chars[k]).collect();
                    self.new_str(&s)
                }
                // A slice of a memoryview is a view of the same buffer.
                7 => self.alloc(Obj::MemoryView(
                    buf,
                    start + a as usize * w,
                    (b.max(a) - a) as usize * w,
                )),
                4..=6 => {
                    let data = self.buf_bytes(o).unwrap_or_default();
                    let mut v = Vec::new();
                    for k in ix {
                        v.extend_from_slice(&data[k * w..k * w + w]);
                    }
                    self.alloc(match kind {
                        4 => Obj::Array(tc, v),
                        5 => Obj::Bytes(v.into()),
                        _ => Obj::ByteArray(v),
                    })
                }
                _ => {
                    // The number of items the slice takes.
                    let count = match c {
                        _ if c > 0 && b > a => (b - a - 1) / c + 1,
                        _ if c < 0 && a > b => (a - b - 1) / -c + 1,
                        _ => 0,
                    };
                    let mut v = Vec::with_capacity(count as usize);
                    let items = self.tuple_items(o);
                    if c == 1 {
                        v.extend_from_slice(&items[a as usize..b.max(a) as usize]);
                    } else {
                        v.extend(ix.map(|k| items[k]));
                    }
                    if kind == 2 {
                        self.new_tuple(v)
                    } else {
                        self.new_list(v)
                    }
                }
            };
        }
        let what = [
            "string",
            "list",
            "tuple",
            "deque",
            "array",
            "bytes",
            "bytearray",
            "memoryview",
        ][kind];
        let k = self.index(n, i, what)?;
        match kind {
            0 => {
                let mut b = [0u8; 4];
                self.new_str(chars[k].encode_utf8(&mut b))
            }
            4 | 7 => {
                let at = start + k * w;
                let item = match self.buf_bytes(buf).and_then(|d| d.get(at..at + w)) {
                    Some(c) => crate::builtins::array_load(tc, c),
                    None => return Err(self.err_static(Type::IndexError, "index out of range")),
                };
                match item {
                    Num::I(x) => self.new_int(x),
                    Num::F(x) => self.new_float(x),
                    Num::B(x) => self.new_big(x),
                }
            }
            5 | 6 => Ok(Value::small(i64::from(
                self.buf_bytes(o).unwrap_or_default()[k],
            ))),
            _ => Ok(match self.heap.get(o) {
                Some(Obj::Deque(d, _)) => d[k],
                _ => self.tuple_items(o)[k],
            }),
        }
    }

    /// The items of a list, tuple or namedtuple (empty for anything else).
    fn tuple_items(&self, o: Value) -> &[Value] {
        match self.heap.get(o) {
            Some(Obj::List(l)) => l,
            Some(Obj::Tuple(t)) => t,
            Some(Obj::NamedTuple(_, t)) => self.tuple_items(*t),
            _ => &[],
        }
    }

    /// `o[i]` for what is not a sequence: dicts, ranges, instances, `list[...]`-style types.
    fn subscr_other(&mut self, o: Value, i: Value, is_slice: bool) -> PyResult<Value> {
        match self.heap.get(o) {
            Some(Obj::Dict(..)) => match self.dict_get(o, i)? {
                Some(v) => Ok(v),
                None => Err(self.err_value(Type::KeyError, i)),
            },
            Some(&Obj::Range(a, b, c)) => {
                let n = range_len(a, b, c) as usize;
                if is_slice {
                    let (x, y, z) = self.slice_indices(i, n)?;
                    let start = a + x * c;
                    let stop = a + y * c;
                    return self.alloc(Obj::Range(start, stop, c * z));
                }
                let k = self.index(n, i, "range")?;
                self.new_int(a + k as i64 * c)
            }
            Some(Obj::Inst(_)) => match self.try_dunder(o, self.q.getitem, &[i])? {
                Some(v) => Ok(v),
                None => self.not_subscriptable(o),
            },
            _ => {
                if o == Value::ty(Type::List)
                    || o == Value::ty(Type::Dict)
                    || o == Value::ty(Type::Tuple)
                {
                    return Ok(o);
                }
                self.not_subscriptable(o)
            }
        }
    }

    fn not_subscriptable(&mut self, o: Value) -> PyResult<Value> {
        Err(self.type_error_obj(o, "' object isn't subscriptable"))
    }

    /// A memoryview's buffer object, start (bytes), item width and length (items).
    pub(crate) fn memoryview_parts(&self, o: Value) -> Option<(Value, usize, usize, usize)> {
        let Some(Obj::MemoryView(t, st, l)) = self.heap.get(o) else {
            return None;
        };
        let w = match self.heap.get(*t) {
            Some(Obj::Array(tc, _)) => crate::builtins::array_width(*tc),
            _ => 1,
        };
        Some((*t, *st, w, *l / w))
    }

    pub(crate) fn store_subscr(&mut self, o: Value, i: Value, v: Value) -> PyResult<()> {
        let is_slice = matches!(self.heap.get(i), Some(Obj::Slice(..)));
        if let Some((t, st, w, n)) = self.memoryview_parts(o) {
            // Writes go through to the buffer (bytearray or array).
            let (at, new) = if is_slice {
                let (a, b, _) = self.slice_indices(i, n)?;
                let new = self.buf_bytes(v).map(<[u8]>::to_vec).unwrap_or_default();
                if new.len() != (b.max(a) - a) as usize * w {
                    return Err(self.err_static(Type::ValueError, ""));
                }
                (st + a as usize * w, new)
            } else {
                let k = self.index(n, i, "memoryview")?;
                let x = self.to_i64(v)?;
                (st + k * w, x.to_le_bytes()[..w].to_vec())
            };
            return match self.heap.get_mut(t) {
                Some(Obj::ByteArray(b) | Obj::Array(_, b)) if at + new.len() <= b.len() => {
                    b[at..at + new.len()].copy_from_slice(&new);
                    Ok(())
                }
                _ => Err(self.no_item_support(o, "assignment")),
            };
        }
        match self.heap.get(o) {
            Some(Obj::Deque(d, _)) if !is_slice => {
                let k = self.index(d.len(), i, "deque")?;
                if let Some(Obj::Deque(d, _)) = self.heap.get_mut(o) {
                    d[k] = v;
                }
                Ok(())
            }
            Some(Obj::List(l)) => {
                let len = l.len();
                if is_slice {
                    let (a, b, c) = self.slice_indices(i, len)?;
                    let new = self.to_vec(v)?;
                    if c != 1 {
                        // MicroPython assigns only to contiguous slices.
                        return Err(self.err_static(Type::NotImplementedError, ""));
                    }
                    let (a, b) = (a as usize, (b.max(a)) as usize);
                    if let Some(Obj::List(l)) = self.heap.get_mut(o) {
                        splice(l, a, b, &new);
                    }
                    return Ok(());
                }
                let k = self.index(len, i, "list")?;
                if let Some(Obj::List(l)) = self.heap.get_mut(o) {
                    l[k] = v;
                }
                Ok(())
            }
            Some(Obj::ByteArray(b)) => {
                let len = b.len();
                if is_slice {
                    let (a, b2, _) = self.slice_indices(i, len)?;
                    let new = self.buf_bytes(v).map(<[u8]>::to_vec);
                    let new = match new {
                        Some(n) => n,
                        None => {
                            let items = self.to_vec(v)?;
                            let mut n = Vec::new();
                            for x in items {
                                n.push(self.to_i64(x)? as u8);
                            }
                            n
                        }
                    };
                    if let Some(Obj::ByteArray(bb)) = self.heap.get_mut(o) {
                        splice(bb, a as usize, b2.max(a) as usize, &new);
                    }
                    return Ok(());
                }
                let k = self.index(len, i, "bytearray")?;
                let x = self.to_i64(v)?;
                if let Some(Obj::ByteArray(bb)) = self.heap.get_mut(o) {
                    bb[k] = x as u8;
                }
                Ok(())
            }
            Some(Obj::Array(tc, b)) => {
                let (tc, len) = (*tc, b.len() / crate::builtins::array_width(*tc));
                let k = self.index(len, i, "array")?;
                let bytes = crate::modules::array_item(self, tc, v)?;
                let w = bytes.len();
                if let Some(Obj::Array(_, bb)) = self.heap.get_mut(o) {
                    bb[k * w..k * w + w].copy_from_slice(&bytes);
                }
                Ok(())
            }
            // MicroPython passes a plain dict a slice it must not keep, and refuses it.
            Some(Obj::Dict(_, false)) if is_slice => Err(self.unhashable(i)),
            Some(Obj::Dict(..)) => self.dict_set(o, i, v),
            Some(Obj::Inst(_)) => match self.try_dunder(o, self.q.setitem, &[i, v])? {
                Some(_) => Ok(()),
                None => Err(self.no_item_support(o, "assignment")),
            },
            _ => Err(self.no_item_support(o, "assignment")),
        }
    }

    /// `TypeError: 'T' object doesn't support item <what>`.
    fn no_item_support(&mut self, o: Value, what: &str) -> Value {
        let m = fill(
            "'{}' object doesn't support item {}",
            &[&self.type_name(o), what],
        );
        self.type_error(m)
    }

    pub(crate) fn del_subscr(&mut self, o: Value, i: Value) -> PyResult<()> {
        let is_slice = matches!(self.heap.get(i), Some(Obj::Slice(..)));
        match self.heap.get(o) {
            Some(Obj::List(l)) => {
                let len = l.len();
                if is_slice {
                    let (a, b, c) = self.slice_indices(i, len)?;
                    if c != 1 {
                        return Err(self.err_static(Type::NotImplementedError, ""));
                    }
                    if let Some(Obj::List(l)) = self.heap.get_mut(o)
                        && a < b
                    {
                        splice(l, a as usize, b as usize, &[]);
                    }
                    return Ok(());
                }
                let k = self.index(len, i, "list")?;
                if let Some(Obj::List(l)) = self.heap.get_mut(o) {
                    l.remove(k);
                }
                Ok(())
            }
            Some(Obj::ByteArray(b)) => {
                let k = self.index(b.len(), i, "bytearray")?;
                if let Some(Obj::ByteArray(b)) = self.heap.get_mut(o) {
                    b.remove(k);
                }
                Ok(())
            }
            Some(Obj::Dict(..)) => match self.dict_remove(o, i)? {
                Some(_) => Ok(()),
                None => Err(self.err_value(Type::KeyError, i)),
            },
            Some(Obj::Inst(_)) => match self.try_dunder(o, self.q.delitem, &[i])? {
                Some(_) => Ok(()),
                None => Err(self.no_item_support(o, "deletion")),
            },
            _ => Err(self.no_item_support(o, "deletion")),
        }
    }

    // ------------------------------------------------------------------ attributes
    /// Binds a class attribute found for `obj` (functions become bound methods, properties
    /// are called, static/class methods unwrap).
    pub(crate) fn bind(&mut self, f: Value, obj: Value, cls: Value) -> PyResult<Value> {
        match self.heap.get(f) {
            Some(Obj::Fun(_)) => self.alloc(Obj::Bound(obj, f)),
            Some(Obj::StaticMethod(g)) => Ok(*g),
            Some(Obj::ClassMethod(g)) => {
                let g = *g;
                self.alloc(Obj::Bound(cls, g))
            }
            Some(Obj::Property(g, _, _)) => {
                let g = *g;
                if g.is_none() || g.is_null() {
                    return Err(self.err_static(Type::AttributeError, "unreadable attribute"));
                }
                self.call(g, &[obj], &[])
            }
            Some(Obj::Inst(_)) => self.descriptor_get(f, obj, cls),
            _ => {
                // Builtin methods bind; builtin functions (abs, len, ...) stored in a class
                // do not, as in MicroPython.
                match f.as_builtin() {
                    Some(id) if id >= crate::builtins::B::ObjectInit as u16 => {
                        self.alloc(Obj::BuiltinBound(f, obj))
                    }
                    _ => Ok(f),
                }
            }
        }
    }

    /// A class attribute `f` read through instance `obj` of `cls`: what its `__get__`
    /// gives when it is a descriptor, else `f`.
    fn descriptor_get(&mut self, f: Value, obj: Value, cls: Value) -> PyResult<Value> {
        let fc = self.type_of(f);
        match self.class_lookup(fc, self.q.get) {
            Some(g) if g.as_builtin().is_none() => self.call(g, &[f, obj, cls], &[]),
            _ => Ok(f),
        }
    }

    /// `o.name`, or `None` when absent.
    pub(crate) fn get_attr(&mut self, o: Value, q: u32) -> PyResult<Option<Value>> {
        let t = self.builtin_type(o);
        match self.heap.get(o) {
            Some(Obj::Inst(inst)) => {
                if let Some(v) = self.dict_get_q(&inst.dict, q) {
                    return Ok(Some(v));
                }
                let c = inst.class;
                if let Some(f) = self.class_lookup(c, q) {
                    return self.bind(f, o, c).map(Some);
                }
                if inst.exc.is_some() {
                    let name = self.qstrs.bytes(q);
                    if name == b"args" {
                        let a = inst.exc.as_ref().map_or(Value::NONE, |e| e.args);
                        return Ok(Some(a));
                    }
                    if name == b"value" || name == b"errno" || name == b"code" {
                        return Ok(Some(self.exc_value(o)));
                    }
                }
                if q == self.q.class {
                    return Ok(Some(c));
                }
                if q == self.q.dict {
                    let items: Vec<(Value, Value)> =
                        inst.dict.iter().map(|e| (e.key, e.value)).collect();
                    let d = self.new_dict()?;
                    for (k, v) in items {
                        self.dict_set(d, k, v)?;
                    }
                    return Ok(Some(d));
                }
                // The fields of a namedtuple the class derives from.
                let base = inst.base;
                if matches!(self.heap.get(base), Some(Obj::NamedTuple(..))) {
                    if let Some(v) = self.get_attr(base, q)? {
                        return Ok(Some(v));
                    }
                }
                let Some(Obj::Inst(inst)) = self.heap.get(o) else {
                    return Ok(None);
                };
                // __getattr__ fallback.
                if let Some(ga) = self.class_lookup(c, self.q.getattr) {
                    let m = self.bind(ga, o, c)?;
                    return self.call(m, &[Value::qstr(q)], &[]).map(Some);
                }
                let recv = if inst.base.is_null() { o } else { inst.base };
                if let Some(nb) = self.native_base(c) {
                    if let Some(b) = crate::builtins::method_of(nb, self.qstrs.bytes(q)) {
                        return self
                            .alloc(Obj::BuiltinBound(Value::builtin(b as u16), recv))
                            .map(Some);
                    }
                }
                return Ok(None);
            }
            Some(Obj::Class(cl)) => {
                if q == self.q.name {
                    return Ok(Some(cl.name));
                }
                if q == self.q.dict {
                    let items: Vec<(Value, Value)> =
                        cl.dict.iter().map(|e| (e.key, e.value)).collect();
                    let d = self.new_dict()?;
                    for (k, v) in items {
                        self.dict_set(d, k, v)?;
                    }
                    return Ok(Some(d));
                }
                if q == self.q.bases {
                    let b = cl.bases.to_vec();
                    return self.new_tuple(b).map(Some);
                }
                if let Some(f) = self.class_lookup(o, q) {
                    return match self.heap.get(f) {
                        Some(Obj::StaticMethod(g)) => Ok(Some(*g)),
                        Some(Obj::ClassMethod(g)) => {
                            let g = *g;
                            self.alloc(Obj::Bound(o, g)).map(Some)
                        }
                        _ => Ok(Some(f)),
                    };
                }
                if let Some(nb) = self.native_base(o) {
                    if let Some(b) = crate::builtins::method_of(nb, self.qstrs.bytes(q)) {
                        return Ok(Some(Value::builtin(b as u16)));
                    }
                }
                return Ok(None);
            }
            Some(Obj::Module(_, g)) => {
                let g = *g;
                if q == self.q.dict {
                    return Ok(Some(g));
                }
                if let Some(Obj::Dict(d, _)) = self.heap.get(g) {
                    if let Some(v) = self.dict_get_q(d, q) {
                        return Ok(Some(v));
                    }
                }
                return Ok(None);
            }
            Some(Obj::NamedTupleType(n, _)) => {
                if q == self.q.name {
                    return Ok(Some(*n));
                }
                return Ok(None);
            }
            Some(Obj::NamedTuple(c, t)) => {
                let (c, t) = (*c, *t);
                let fields = match self.heap.get(c) {
                    Some(Obj::NamedTupleType(_, f)) => self.seq_items(*f).unwrap_or_default(),
                    _ => Vec::new(),
                };
                let name = self.qstrs.bytes(q).to_vec();
                for (i, f) in fields.iter().enumerate() {
                    if self.str_bytes(*f) == Some(&name[..]) {
                        return Ok(self.seq_items(t).and_then(|v| v.get(i).copied()));
                    }
                }
            }
            Some(Obj::Fun(f)) if q == self.q.name => {
                let n = self.codes.get(f.code as usize).map_or(0, |c| c.name);
                return Ok(Some(Value::qstr(n)));
            }
            Some(Obj::Fun(f)) if self.qstrs.bytes(q) == b"__globals__" => {
                return Ok(Some(f.globals));
            }
            Some(Obj::Gen(g)) if q == self.q.name => {
                return Ok(Some(Value::qstr(g.name)));
            }
            Some(Obj::Super(cls, obj)) => {
                let (cls, obj) = (*cls, *obj);
                let (m, s) = self.super_method(cls, obj, q)?;
                if s.is_null() {
                    return Ok(Some(m));
                }
                return match m.as_builtin() {
                    Some(_) => self.alloc(Obj::BuiltinBound(m, s)).map(Some),
                    None => self.alloc(Obj::Bound(s, m)).map(Some),
                };
            }
            Some(Obj::Bound(s, f)) => {
                let (s, f) = (*s, *f);
                if q == self.q.self_ {
                    return Ok(Some(s));
                }
                if q == self.q.func {
                    return Ok(Some(f));
                }
                return self.get_attr(f, q);
            }
            Some(Obj::Property(g, s, d)) => {
                let (g, s, d) = (*g, *s, *d);
                let name = self.qstrs.bytes(q);
                let which = match name {
                    b"setter" => 1,
                    b"getter" => 0,
                    b"deleter" => 2,
                    b"fget" => return Ok(Some(g)),
                    _ => return Ok(None),
                };
                let _ = (g, s, d);
                return self
                    .alloc(Obj::BuiltinBound(
                        Value::builtin(B::PropGetter as u16 + which),
                        o,
                    ))
                    .map(Some);
            }
            Some(Obj::Slice(a, b, c)) => {
                let (a, b, c) = (*a, *b, *c);
                match self.qstrs.bytes(q) {
                    b"start" => return Ok(Some(a)),
                    b"stop" => return Ok(Some(b)),
                    b"step" => return Ok(Some(c)),
                    b"indices" => {
                        let f = Value::builtin(crate::builtins::B::SliceIndices as u16);
                        return self.alloc(Obj::BuiltinBound(f, o)).map(Some);
                    }
                    _ => {}
                }
            }
            Some(Obj::Range(a, b, c)) => {
                let (a, b, c) = (*a, *b, *c);
                match self.qstrs.bytes(q) {
                    b"start" => return self.new_int(a).map(Some),
                    b"stop" => return self.new_int(b).map(Some),
                    b"step" => return self.new_int(c).map(Some),
                    _ => {}
                }
            }
            _ => {}
        }
        if let Some(tt) = o.as_type() {
            if q == self.q.name {
                let n = self.qstrs.intern_static(tt.name());
                return Ok(Some(Value::qstr(n)));
            }
            if let Some(b) = crate::builtins::method_of(tt, self.qstrs.bytes(q)) {
                // Class methods get the type as their first argument.
                if matches!(b, B::DictFromkeys | B::IntFromBytes | B::BytesFromhex) {
                    return self
                        .alloc(Obj::BuiltinBound(Value::builtin(b as u16), o))
                        .map(Some);
                }
                return Ok(Some(Value::builtin(b as u16)));
            }
            return Ok(None);
        }
        if q == self.q.class {
            return Ok(Some(self.type_of(o)));
        }
        if let Some(t) = t {
            if let Some(v) = self.num_attr(o, t, q)? {
                return Ok(Some(v));
            }
            if let Some(b) = crate::builtins::method_of(t, self.qstrs.bytes(q)) {
                return self
                    .alloc(Obj::BuiltinBound(Value::builtin(b as u16), o))
                    .map(Some);
            }
            // dict's item methods and set's __contains__ exist as attributes, as in
            // MicroPython; they run the native operation.
            let k = &self.q;
            let slot = match t {
                Type::Dict | Type::OrderedDict => [k.getitem, k.setitem, k.delitem].contains(&q),
                Type::Set | Type::FrozenSet => q == k.contains,
                _ => false,
            };
            if slot {
                let bound = self.new_tuple(alloc::vec![o, Value::qstr(q)])?;
                let f = Value::builtin(crate::builtins::B::NativeSlot as u16);
                return self.alloc(Obj::BuiltinBound(f, bound)).map(Some);
            }
        }
        Ok(None)
    }

    fn num_attr(&mut self, o: Value, t: Type, q: u32) -> PyResult<Option<Value>> {
        let name = self.qstrs.bytes(q);
        match (t, name) {
            (Type::Int | Type::Bool, b"real" | b"numerator") => Ok(Some(o)),
            (Type::Int | Type::Bool, b"imag") => Ok(Some(Value::small(0))),
            (Type::Int | Type::Bool, b"denominator") => Ok(Some(Value::small(1))),
            (Type::Float, b"real") => Ok(Some(o)),
            (Type::Float, b"imag") => self.new_float(0.0).map(Some),
            _ => Ok(None),
        }
    }

    pub(crate) fn load_attr(&mut self, o: Value, q: u32) -> PyResult<Value> {
        match self.get_attr(o, q)? {
            Some(v) => Ok(v),
            None => Err(self.attr_error(o, q)),
        }
    }

    pub(crate) fn attr_error(&mut self, o: Value, q: u32) -> Value {
        let m = if self.is_class(o) {
            fill(
                "type object '{}' has no attribute '{}'",
                &[&self.class_name(o), &self.qstr_text(q)],
            )
        } else if let Some(Obj::Module(n, _)) = self.heap.get(o) {
            fill(
                "module '{}' has no attribute '{}'",
                &[&self.qstr_text(*n), &self.qstr_text(q)],
            )
        } else {
            fill(
                "'{}' object has no attribute '{}'",
                &[&self.type_name(o), &self.qstr_text(q)],
            )
        };
        self.err_string(Type::AttributeError, &m)
    }

    /// `LOAD_METHOD`: (method, self) or (attribute, NULL).
    pub(crate) fn load_method(&mut self, o: Value, q: u32) -> PyResult<(Value, Value)> {
        // Builtin methods on builtin values need no bound object.
        if let Some(t) = self.builtin_type(o) {
            if !matches!(
                t,
                Type::TypeT | Type::Module | Type::BoundMethod | Type::Function
            ) {
                if let Some(b) = crate::builtins::method_of(t, self.qstrs.bytes(q)) {
                    return Ok((Value::builtin(b as u16), o));
                }
            }
        }
        if let Some(Obj::Inst(inst)) = self.heap.get(o) {
            if self.dict_get_q(&inst.dict, q).is_none() {
                let c = inst.class;
                if let Some(f) = self.class_lookup(c, q) {
                    if let Some(Obj::Fun(_)) = self.heap.get(f) {
                        return Ok((f, o));
                    }
                }
            }
        }
        let v = self.load_attr(o, q)?;
        Ok((v, Value::NULL))
    }

    pub(crate) fn super_method(
        &mut self,
        cls: Value,
        obj: Value,
        q: u32,
    ) -> PyResult<(Value, Value)> {
        // Search the bases of `cls` (depth first), skipping `cls` itself; a class without
        // bases derives from object.
        let mut bases = self.bases(cls);
        if bases.is_empty() {
            bases.push(Value::ty(Type::Object));
        }
        for b in bases {
            if let Some(f) = self.class_lookup(b, q) {
                // In a classmethod the second argument of super() is the class itself.
                let c = if matches!(self.heap.get(obj), Some(Obj::Class(_))) {
                    obj
                } else {
                    self.type_of(obj)
                };
                return match self.heap.get(f) {
                    Some(Obj::Fun(_)) => Ok((f, obj)),
                    _ => Ok((self.bind(f, obj, c)?, Value::NULL)),
                };
            }
            let nb = self.native_base(b).unwrap_or(Type::Object);
            let base = self.native_of(obj);
            if let Some(bi) = crate::builtins::method_of(nb, self.qstrs.bytes(q)) {
                return Ok((Value::builtin(bi as u16), base.unwrap_or(obj)));
            }
            if q == self.q.init {
                let f = if nb.is_exception() {
                    B::ExcInit
                } else if nb.is_native_base() {
                    B::NativeInit
                } else {
                    B::ObjectInit
                };
                return Ok((Value::builtin(f as u16), obj));
            }
            if let Some(base) = base {
                // super().__getitem__(k) and friends act on the native object.
                let t = self.new_tuple(alloc::vec![base, Value::qstr(q)])?;
                return Ok((Value::builtin(B::NativeSlot as u16), t));
            }
            if q == self.q.new {
                // `super().__new__(cls)`: the receiver is the class argument.
                return Ok((Value::builtin(B::ObjectNew as u16), Value::NULL));
            }
        }
        let m = fill(
            "'super' object has no attribute '{}'",
            &[&self.qstr_text(q)],
        );
        Err(self.err_string(Type::AttributeError, &m))
    }

    /// The native object inside an instance of a subclass of a builtin type.
    pub(crate) fn native_of(&self, v: Value) -> Option<Value> {
        match self.heap.get(v) {
            Some(Obj::Inst(i)) if !i.base.is_null() => Some(i.base),
            _ => None,
        }
    }

    /// The native type's special method `q` applied to `o` (the native object of an
    /// instance whose class does not define `q`); `None` if `q` is not one.
    pub(crate) fn native_dunder(
        &mut self,
        o: Value,
        q: u32,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let a = args.first().copied().unwrap_or(Value::NONE);
        let k = &self.q;
        let r = if q == k.len {
            let n = self.len_of(o)?;
            self.new_int(n as i64)?
        } else if q == k.getitem {
            self.subscr(o, a)?
        } else if q == k.setitem {
            let v = args.get(1).copied().unwrap_or(Value::NONE);
            self.store_subscr(o, a, v)?;
            Value::NONE
        } else if q == k.delitem {
            self.del_subscr(o, a)?;
            Value::NONE
        } else if q == k.contains {
            Value::bool(self.contains(o, a)?)
        } else if q == k.iter {
            self.get_iter(o)?
        } else if q == k.bool_ {
            Value::bool(self.truthy(o)?)
        } else if q == k.eq {
            Value::bool(self.eq(o, a)?)
        } else if q == k.hash {
            let h = self.hash(o)?;
            self.new_int(h)?
        } else if q == k.repr {
            self.to_repr(o)?
        } else if q == k.str_ {
            self.to_str(o)?
        } else if q == k.int {
            crate::builtins::construct(self, Type::Int, &[o], &[])?
        } else if let Some(op) = [k.lt, k.gt, 0, k.le, k.ge].iter().position(|&x| x == q) {
            Value::bool(self.compare(op as u8, o, a)?)
        } else {
            let name = self.qstrs.bytes(q);
            if let Some(op) = BINOP_DUNDERS.iter().position(|d| d.as_bytes() == name) {
                self.binary_op(op as u8, o, a)?
            } else if let Some(op) = ["__pos__", "__neg__", "__invert__"]
                .iter()
                .position(|d| d.as_bytes() == name)
            {
                self.unary_op(op as u8, o)?
            } else {
                return Ok(None);
            }
        };
        Ok(Some(r))
    }

    pub(crate) fn store_attr(&mut self, o: Value, q: u32, v: Value) -> PyResult<()> {
        let is_inst = matches!(self.heap.get(o), Some(Obj::Inst(_)));
        if q == self.q.setattr {
            self.attr_hooks = true;
        }
        if is_inst && self.attr_hooks {
            let c = self.type_of(o);
            if let Some(p) = self.class_lookup(c, q) {
                if let Some(Obj::Property(_, s, d)) = self.heap.get(p) {
                    let f = if v.is_null() { *d } else { *s };
                    if f.is_none() || f.is_null() {
                        // No setter (or deleter): MicroPython reports a missing attribute.
                        return Err(self.attr_error(o, q));
                    }
                    let args: &[Value] = if v.is_null() { &[o] } else { &[o, v] };
                    let args = args.to_vec();
                    self.call(f, &args, &[])?;
                    return Ok(());
                }
                // A descriptor's __set__ (or __delete__).
                if let Some(Obj::Inst(_)) = self.heap.get(p) {
                    let pc = self.type_of(p);
                    let hook = if v.is_null() {
                        self.q.delete
                    } else {
                        self.q.set
                    };
                    if let Some(h) = self.class_lookup(pc, hook) {
                        return self.call_store_hook(h, p, o, v);
                    }
                }
            }
            // __setattr__, or __delattr__ for a deletion.
            let hook = if v.is_null() {
                self.q.delattr
            } else {
                self.q.setattr
            };
            if let Some(sa) = self.class_lookup(c, hook) {
                if sa.as_builtin().is_none() {
                    return self.call_store_hook(sa, o, Value::qstr(q), v);
                }
            }
        }
        self.store_attr_direct(o, q, v)
    }

    /// Calls a store hook: `h(a, b, v)`, or `h(a, b)` for a deletion (`v` null).
    fn call_store_hook(&mut self, h: Value, a: Value, b: Value, v: Value) -> PyResult<()> {
        let args = [a, b, v];
        let n = if v.is_null() { 2 } else { 3 };
        self.call(h, &args[..n], &[]).map(|_| ())
    }

    /// `store_attr` without properties, `__setattr__` or `__delattr__`: what
    /// `object.__setattr__` and `object.__delattr__` do.
    pub(crate) fn store_attr_direct(&mut self, o: Value, q: u32, v: Value) -> PyResult<()> {
        let h = self.qstrs.hash(q);
        let key = Value::qstr(q);
        let d: Option<&mut Dict> = match self.heap.get_mut(o) {
            // Instances of builtin types (ValueError(), object()) have no __dict__.
            Some(Obj::Inst(i)) if i.class.as_type().is_none() => Some(&mut i.dict),
            Some(Obj::Class(c)) => Some(&mut c.dict),
            _ => None,
        };
        let Some(d) = d else {
            if let Some(Obj::Module(_, g)) = self.heap.get(o) {
                let g = *g;
                return if v.is_null() {
                    self.dict_remove(g, key).map(|_| ())
                } else {
                    self.dict_set(g, key, v)
                };
            }
            return Err(self.attr_error(o, q));
        };
        let found = match d.probe(h, &mut |k| k == key) {
            crate::dict::Probe::Found(i) => Some(i),
            _ => None,
        };
        match (found, v.is_null()) {
            (Some(i), false) => d.entries[i].value = v,
            (None, false) => d.insert_new(key, v, h),
            (Some(i), true) => {
                d.remove_at(i);
            }
            (None, true) => {
                return Err(self.attr_error(o, q));
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------------ calls
    /// Calls any callable from Rust code (collection is held off while Rust holds values).
    pub(crate) fn call(
        &mut self,
        f: Value,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        self.no_gc += 1;
        let r = self.call_inner(f, pos, kw);
        self.no_gc -= 1;
        r
    }

    pub(crate) fn call_method(&mut self, o: Value, q: u32, args: &[Value]) -> PyResult<Value> {
        let (m, s) = self.load_method(o, q)?;
        self.call_method_parts(m, s, args, &[])
    }

    pub(crate) fn call_method_parts(
        &mut self,
        m: Value,
        s: Value,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        if s.is_null() {
            return self.call(m, args, kw);
        }
        let mut pos = Vec::with_capacity(args.len() + 1);
        pos.push(s);
        pos.extend_from_slice(args);
        self.call(m, &pos, kw)
    }

    /// The call dispatcher.
    pub(crate) fn call_inner(
        &mut self,
        f: Value,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        if let Some(b) = f.as_builtin() {
            self.no_gc += 1;
            let r = crate::builtins::call_builtin(self, b, pos, kw);
            self.no_gc -= 1;
            return r;
        }
        if let Some(t) = f.as_type() {
            self.no_gc += 1;
            let r = crate::builtins::construct(self, t, pos, kw);
            self.no_gc -= 1;
            return r;
        }
        match self.heap.get(f) {
            Some(Obj::Fun(_)) if kw.is_empty() => self.call_simple(f, pos),
            Some(Obj::Fun(_)) => self.call_fun(f, pos, kw),
            Some(Obj::Bound(s, g)) => {
                let (s, g) = (*s, *g);
                let mut p = Vec::with_capacity(pos.len() + 1);
                p.push(s);
                p.extend_from_slice(pos);
                self.call_inner(g, &p, kw)
            }
            Some(Obj::BuiltinBound(b, s)) => {
                let (b, s) = (*b, *s);
                let mut p = Vec::with_capacity(pos.len() + 1);
                p.push(s);
                p.extend_from_slice(pos);
                self.call_inner(b, &p, kw)
            }
            Some(Obj::Class(_)) => self.instantiate(f, pos, kw),
            Some(Obj::NamedTupleType(..)) => crate::builtins::namedtuple_new(self, f, pos, kw),
            Some(Obj::Inst(_)) => {
                let c = self.type_of(f);
                match self.class_lookup(c, self.q.call) {
                    Some(cf) => {
                        let mut p = Vec::with_capacity(pos.len() + 1);
                        p.push(f);
                        p.extend_from_slice(pos);
                        self.call(cf, &p, kw)
                    }
                    None => self.not_callable(f),
                }
            }
            Some(Obj::StaticMethod(g)) => {
                let g = *g;
                self.call_inner(g, pos, kw)
            }
            _ => self.not_callable(f),
        }
    }

    fn not_callable(&mut self, f: Value) -> PyResult<Value> {
        Err(self.type_error_obj(f, "' object isn't callable"))
    }

    fn instantiate(&mut self, cls: Value, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        // __new__ (static) if defined, else a plain instance.
        let nb = self.native_base(cls);
        let user_new = self.class_lookup(cls, self.q.new);
        let obj = if let Some(nf) = user_new {
            let nf = match self.heap.get(nf) {
                Some(Obj::StaticMethod(g)) => *g,
                _ => nf,
            };
            let mut p = Vec::with_capacity(pos.len() + 1);
            p.push(cls);
            p.extend_from_slice(pos);
            let o = self.call(nf, &p, kw)?;
            if !self.isinstance(o, cls) {
                return Ok(o);
            }
            o
        } else {
            let exc = if nb.is_some_and(Type::is_exception) {
                let args = self.new_tuple(pos.to_vec())?;
                Some(alloc::boxed::Box::new(crate::obj::ExcData {
                    args,
                    tb: Vec::new(),
                }))
            } else {
                None
            };
            self.alloc(Obj::Inst(Inst {
                class: cls,
                dict: Dict::new(),
                exc,
                base: Value::NULL,
            }))?
        };
        let native = nb.filter(|t| t.is_native_base());
        if let Some(init) = self.class_lookup(cls, self.q.init) {
            let mut p = Vec::with_capacity(pos.len() + 1);
            p.push(obj);
            p.extend_from_slice(pos);
            let r = self.call(init, &p, kw)?;
            if !r.is_none() {
                return Err(self.err_static(Type::TypeError, "__init__() should return None"));
            }
            // A native base not built by super().__init__() gets all the arguments.
            if native.is_some() && self.native_of(obj).is_none() {
                crate::builtins::native_init(self, obj, pos, kw)?;
            }
        } else if native.is_some() {
            crate::builtins::native_init(self, obj, pos, kw)?;
        } else if (!pos.is_empty() || !kw.is_empty())
            && !nb.is_some_and(Type::is_exception)
            && user_new.is_none()
        {
            return Err(self.err_static(
                Type::TypeError,
                "function takes 0 positional arguments but 1 were given",
            ));
        }
        Ok(obj)
    }

    /// Creates a class: `__build_class__(body, name, *bases)`.
    pub(crate) fn build_class(&mut self, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let _ = kw;
        if pos.len() < 2 {
            return Err(self.err_static(Type::TypeError, "__build_class__ needs a body and a name"));
        }
        let (body, name) = (pos[0], pos[1]);
        let bases: Vec<Value> = pos[2..].to_vec();
        for &b in &bases {
            let ok = match b.as_type() {
                Some(t) => t.subclassable(),
                None => matches!(
                    self.heap.get(b),
                    Some(Obj::Class(_) | Obj::NamedTupleType(..))
                ),
            };
            if !ok {
                if b.as_type().is_some() {
                    // Other builtin types (bool, range, …) cannot be bases; treat as object.
                    continue;
                }
                return Err(self.err_static(Type::TypeError, "bases must be types"));
            }
        }
        let bases: Vec<Value> = bases
            .into_iter()
            .filter(|b| b.as_type().is_none_or(Type::subclassable))
            .collect();
        let ns = self.new_dict()?;
        let frame = self.make_frame(body, &[], &[])?;
        let depth = self.frames.len() + 1;
        self.class_locals.push((depth, ns));
        let r = self.run_frame(frame);
        self.class_locals.pop();
        let (stop, _) = r?;
        let cell = match stop {
            crate::interp::Stop::Return(v) => v,
            crate::interp::Stop::Yield(v) => v,
        };
        let dict = match self.heap.get_mut(ns) {
            Some(Obj::Dict(d, _)) => core::mem::take(d),
            _ => Dict::new(),
        };
        if [self.q.setattr, self.q.delattr, self.q.set, self.q.delete]
            .iter()
            .any(|&q| self.dict_get_q(&dict, q).is_some())
        {
            self.attr_hooks = true;
        }
        let own_new = self.dict_get_q(&dict, self.q.new);
        let cls = self.alloc(Obj::Class(Class {
            name,
            bases: bases.into_boxed_slice(),
            dict,
        }))?;
        if let Some(Obj::Cell(c)) = self.heap.get_mut(cell) {
            *c = cls;
        }
        // __new__ is a static method without saying so.
        if let Some(f) = own_new {
            if let Some(Obj::Fun(_)) = self.heap.get(f) {
                let sm = self.alloc(Obj::StaticMethod(f))?;
                self.store_attr_direct(cls, self.q.new, sm)?;
            }
        }
        // Attributes that want to know their owner and name get __set_name__.
        let entries: Vec<(Value, Value)> = match self.heap.get(cls) {
            Some(Obj::Class(c)) => c.dict.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        for (k, v) in entries {
            if let Some(Obj::Inst(_)) = self.heap.get(v) {
                let vc = self.type_of(v);
                if let Some(h) = self.class_lookup(vc, self.q.set_name) {
                    self.call(h, &[v, cls, k], &[])?;
                }
            }
        }
        Ok(cls)
    }

    // ------------------------------------------------------------------ iteration
    pub(crate) fn get_iter(&mut self, o: Value) -> PyResult<Value> {
        if self.str_bytes(o).is_some() {
            return self.alloc(Obj::Iter(Iter::Str(o, 0)));
        }
        let it = match self.heap.get(o) {
            Some(
                Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Bytes(_)
                | Obj::ByteArray(_)
                | Obj::NamedTuple(..)
                | Obj::Array(..)
                | Obj::MemoryView(..),
            ) => Iter::Seq(o, 0),
            Some(Obj::Deque(..)) => Iter::Seq(o, 0),
            Some(Obj::Dict(..) | Obj::Set(..)) => Iter::Dict(o, 0, 0),
            Some(Obj::DictView(d, k)) => Iter::Dict(*d, 0, *k),
            Some(Obj::Range(a, b, c)) => Iter::Range(*a, *b, *c),
            Some(Obj::Gen(_)) | Some(Obj::Iter(_)) | Some(Obj::Stream(..)) => return Ok(o),
            Some(Obj::Inst(_)) => {
                if let Some(r) = self.try_dunder(o, self.q.iter, &[])? {
                    return Ok(r);
                }
                let c = self.type_of(o);
                if self.class_lookup(c, self.q.getitem).is_some() {
                    Iter::GetItem(o, 0)
                } else {
                    return Err(self.type_error_obj(o, "' object isn't iterable"));
                }
            }
            _ => {
                return Err(self.type_error_obj(o, "' object isn't iterable"));
            }
        };
        self.alloc(Obj::Iter(it))
    }

    /// Advances an iterator.
    pub(crate) fn iter_next(&mut self, it: Value) -> PyResult<Next> {
        enum A {
            Done,
            Item(Value),
            Char(Value, usize),
            Int(i64),
            Byte(u8),
            Gen,
            Call,
            Enumerate(Value, Value),
            Zip(Vec<Value>),
            Map(Value, Vec<Value>),
            Filter(Value, Value),
            GetItem(Value, usize),
            Stream,
            ArrayItem(Value, usize),
        }
        let a = match self.heap.get_mut(it) {
            Some(Obj::Iter(i)) => match i {
                Iter::Seq(s, n) => {
                    let (s, k) = (*s, *n);
                    *n += 1;
                    match self.heap.get(s) {
                        Some(Obj::List(l)) => l.get(k).map_or(A::Done, |v| A::Item(*v)),
                        Some(Obj::Tuple(t)) => t.get(k).map_or(A::Done, |v| A::Item(*v)),
                        Some(Obj::Bytes(b)) => b.get(k).map_or(A::Done, |v| A::Byte(*v)),
                        Some(Obj::ByteArray(b)) => b.get(k).map_or(A::Done, |v| A::Byte(*v)),
                        Some(Obj::Deque(d, _)) => d.get(k).map_or(A::Done, |v| A::Item(*v)),
                        Some(Obj::Array(..) | Obj::MemoryView(..)) => A::ArrayItem(s, k),
                        _ => match self.seq_items(s) {
                            Some(v) => v.get(k).map_or(A::Done, |v| A::Item(*v)),
                            None => match self.buf_bytes(s) {
                                Some(b) => b.get(k).map_or(A::Done, |v| A::Byte(*v)),
                                None => A::Done,
                            },
                        },
                    }
                }
                Iter::Str(s, pos) => A::Char(*s, *pos),
                Iter::Range(a, b, c) => {
                    let v = *a;
                    if (*c > 0 && v < *b) || (*c < 0 && v > *b) {
                        *a = v.saturating_add(*c);
                        A::Int(v)
                    } else {
                        A::Done
                    }
                }
                Iter::Dict(d, n, kind) => {
                    let (d, kind) = (*d, *kind);
                    let mut k = *n;
                    let r = loop {
                        match self.heap.get(d) {
                            Some(Obj::Dict(dd, _) | Obj::Set(dd, _)) => {
                                if k >= dd.entries.len() {
                                    break None;
                                }
                                if let Some(e) = dd.entry_at(k) {
                                    break Some(*e);
                                }
                                k += 1;
                            }
                            _ => break None,
                        }
                    };
                    if let Some(Obj::Iter(Iter::Dict(_, n, _))) = self.heap.get_mut(it) {
                        *n = k + 1;
                    }
                    match r {
                        None => A::Done,
                        Some(e) => match kind {
                            0 => A::Item(e.key),
                            1 => A::Item(e.value),
                            _ => A::Zip(alloc::vec![e.key, e.value]),
                        },
                    }
                }
                Iter::Enumerate(i, n) => A::Enumerate(*i, *n),
                Iter::Zip(v) => A::Zip(v.to_vec()),
                Iter::Map(f, v) => A::Map(*f, v.to_vec()),
                Iter::Filter(f, i) => A::Filter(*f, *i),
                Iter::Reversed(s, n) => {
                    if *n == 0 {
                        A::Done
                    } else {
                        *n -= 1;
                        let (s, k) = (*s, *n);
                        match self.seq_items(s) {
                            Some(v) => v.get(k).map_or(A::Done, |v| A::Item(*v)),
                            None => match self.str_bytes(s) {
                                Some(_) => A::Char(s, usize::MAX - k),
                                None => match self.buf_bytes(s) {
                                    Some(b) => b.get(k).map_or(A::Done, |v| A::Byte(*v)),
                                    None => match self.heap.get(s) {
                                        Some(Obj::Range(a, _, c)) => A::Int(a + k as i64 * c),
                                        // An object with __len__ and __getitem__.
                                        Some(Obj::Inst(_)) => A::GetItem(s, k),
                                        _ => A::Done,
                                    },
                                },
                            },
                        }
                    }
                }
                Iter::GetItem(o, n) => {
                    let (o, k) = (*o, *n);
                    *n += 1;
                    A::GetItem(o, k)
                }
            },
            Some(Obj::Gen(_)) => A::Gen,
            Some(Obj::Stream(..)) => A::Stream,
            _ => A::Call,
        };
        match a {
            A::Done => Ok(Next::Done(Value::NONE)),
            A::Item(v) => Ok(Next::Item(v)),
            A::Int(i) => Ok(Next::Item(self.new_int(i)?)),
            A::Byte(b) => Ok(Next::Item(Value::small(i64::from(b)))),
            // An array's or memoryview's items by their typecode.
            A::ArrayItem(s, k) => {
                if k >= self.len_of(s)? {
                    return Ok(Next::Done(Value::NONE));
                }
                Ok(Next::Item(self.subscr(s, Value::small(k as i64))?))
            }
            A::Char(s, pos) => {
                let text = self.str_bytes(s).unwrap_or_default().to_vec();
                let st = lossy(&text);
                if pos >= usize::MAX / 2 {
                    // Reversed: index from the end by char.
                    let k = usize::MAX - pos;
                    return match st.chars().nth(k) {
                        Some(c) => {
                            let mut b = [0u8; 4];
                            Ok(Next::Item(self.new_str(c.encode_utf8(&mut b))?))
                        }
                        None => Ok(Next::Done(Value::NONE)),
                    };
                }
                match st.get(pos..).and_then(|r| r.chars().next()) {
                    Some(c) => {
                        if let Some(Obj::Iter(Iter::Str(_, p))) = self.heap.get_mut(it) {
                            *p += c.len_utf8();
                        }
                        let mut b = [0u8; 4];
                        Ok(Next::Item(self.new_str(c.encode_utf8(&mut b))?))
                    }
                    None => Ok(Next::Done(Value::NONE)),
                }
            }
            A::Gen => self.resume(it, Value::NONE, Value::NULL),
            A::Stream => {
                let line = crate::builtins::stream_readline(self, it)?;
                if self.truthy(line)? {
                    Ok(Next::Item(line))
                } else {
                    Ok(Next::Done(Value::NONE))
                }
            }
            A::Enumerate(i, n) => match self.iter_next(i)? {
                Next::Item(v) => {
                    let k = self.to_i64(n)?;
                    let nn = self.new_int(k + 1)?;
                    if let Some(Obj::Iter(Iter::Enumerate(_, c))) = self.heap.get_mut(it) {
                        *c = nn;
                    }
                    Ok(Next::Item(self.new_tuple(alloc::vec![n, v])?))
                }
                d => Ok(d),
            },
            A::Zip(its) => {
                if matches!(self.heap.get(it), Some(Obj::Iter(Iter::Dict(..)))) {
                    return Ok(Next::Item(self.new_tuple(its)?));
                }
                if its.is_empty() {
                    return Ok(Next::Done(Value::NONE));
                }
                let mut out = Vec::with_capacity(its.len());
                for i in its {
                    match self.iter_next(i)? {
                        Next::Item(v) => out.push(v),
                        d => return Ok(d),
                    }
                }
                Ok(Next::Item(self.new_tuple(out)?))
            }
            A::Map(f, its) => {
                let mut args = Vec::with_capacity(its.len());
                for i in its {
                    match self.iter_next(i)? {
                        Next::Item(v) => args.push(v),
                        d => return Ok(d),
                    }
                }
                Ok(Next::Item(self.call(f, &args, &[])?))
            }
            A::Filter(f, i) => loop {
                match self.iter_next(i)? {
                    Next::Item(v) => {
                        let keep = if f.is_none() {
                            v
                        } else {
                            self.call(f, &[v], &[])?
                        };
                        if self.truthy(keep)? {
                            return Ok(Next::Item(v));
                        }
                    }
                    d => return Ok(d),
                }
            },
            A::GetItem(o, k) => match self.subscr_call_getitem(o, k) {
                Ok(v) => Ok(Next::Item(v)),
                Err(e)
                    if self.exc_matches(e, Type::IndexError)
                        || self.exc_matches(e, Type::StopIteration) =>
                {
                    Ok(Next::Done(Value::NONE))
                }
                Err(e) => Err(e),
            },
            A::Call => {
                let c = self.type_of(it);
                match self.class_lookup(c, self.q.next) {
                    Some(f) => match self.call(f, &[it], &[]) {
                        Ok(v) => Ok(Next::Item(v)),
                        Err(e) if self.exc_matches(e, Type::StopIteration) => {
                            Ok(Next::Done(self.exc_value(e)))
                        }
                        Err(e) => Err(e),
                    },
                    None => Err(self.type_error_obj(it, "' object isn't an iterator")),
                }
            }
        }
    }

    fn subscr_call_getitem(&mut self, o: Value, k: usize) -> PyResult<Value> {
        let i = self.new_int(k as i64)?;
        self.subscr(o, i)
    }
}

fn unary_dunder(s: &str) -> &'static str {
    match s {
        "+" => "__pos__",
        "-" => "__neg__",
        "~" => "__invert__",
        _ => "not",
    }
}

fn num_f(n: &Num) -> Float {
    match n {
        Num::I(i) => *i as Float,
        Num::B(b) => b.to_float(),
        Num::F(f) => *f,
    }
}

fn num_big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from_i64(*i),
        Num::B(b) => b.clone(),
        Num::F(f) => BigInt::from_float(*f),
    }
}

/// Indices a resolved slice visits.
pub(crate) fn slice_iter(a: i64, b: i64, c: i64) -> impl Iterator<Item = usize> {
    let mut i = a;
    core::iter::from_fn(move || {
        if (c > 0 && i < b) || (c < 0 && i > b) {
            let r = i as usize;
            i += c;
            Some(r)
        } else {
            None
        }
    })
}

/// Finds `needle` in `hay` from `start`.
pub(crate) fn find_bytes(hay: &[u8], needle: &[u8], start: usize) -> Option<usize> {
    if needle.is_empty() {
        return (start <= hay.len()).then_some(start);
    }
    if needle.len() > hay.len() {
        return None;
    }
    (start..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}
