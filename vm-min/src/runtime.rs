//! Object semantics: allocation helpers, exceptions, truth, equality, hashing, printing,
//! operators, subscripts, attributes, calls and iteration.
//!
//! Conversions are named `to_*` yet take `&mut self`: they may run Python code (`__int__`,
//! `__str__`…) and allocate, so they need the whole VM.
#![allow(clippy::wrong_self_convention)]

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::Float;
use crate::bigint::BigInt;
use crate::builtins::B;
use crate::dict::Dict;
use crate::fmtnum;
use crate::heap::Heap;
use crate::interp::Next;
use crate::obj::{ExcData, Inst, Iter, Obj};
use crate::qstr::{Qstrs, hash_bytes};
use crate::text::{dec, fill, hex, lossy};
use crate::types::Type;
use crate::value::Value;
use crate::{PyResult, Vm};

/// Largest big int magnitude, in bytes (about 131,000 bits).
pub(crate) const MAX_BIGINT_BYTES: usize = 16 * 1024;

/// A number, unpacked for arithmetic.
pub(crate) enum Num {
    I(i64),
    B(BigInt),
    F(Float),
}

impl<'a> Vm<'a> {
    // ------------------------------------------------------------------ allocation
    pub(crate) fn alloc(&mut self, o: Obj) -> PyResult<Value> {
        if matches!(o, Obj::Property(..)) {
            self.attr_hooks = true;
        }
        match self.heap.alloc(o) {
            Ok(v) => Ok(v),
            Err(_) => Err(self.memory_error),
        }
    }
    /// Fails with `MemoryError` unless `bytes` more fit in the heap budget. Checked before
    /// building anything whose size the program controls (repeats, padding, big ints), so
    /// no input makes the VM exhaust the machine's memory.
    pub(crate) fn room(&mut self, bytes: usize) -> PyResult<()> {
        if bytes > self.heap.limit.saturating_sub(self.heap.used) {
            return Err(self.memory_error);
        }
        Ok(())
    }
    pub(crate) fn new_int(&mut self, i: i64) -> PyResult<Value> {
        if Value::fits_small(i) {
            Ok(Value::small(i))
        } else {
            self.alloc(Obj::Int(BigInt::from_i64(i)))
        }
    }
    /// Fails with `MemoryError` for big ints past [`MAX_BIGINT_BYTES`] (checked before the
    /// work: schoolbook arithmetic on larger numbers would stall a microcontroller).
    pub(crate) fn bigint_room(&mut self, bytes: usize) -> PyResult<()> {
        if bytes > MAX_BIGINT_BYTES {
            return Err(self.memory_error);
        }
        self.room(bytes)
    }
    pub(crate) fn new_big(&mut self, b: BigInt) -> PyResult<Value> {
        if b.byte_len() > MAX_BIGINT_BYTES {
            return Err(self.memory_error);
        }
        match b.to_i64() {
            Some(i) => self.new_int(i),
            None => self.alloc(Obj::Int(b)),
        }
    }
    pub(crate) fn new_float(&mut self, f: Float) -> PyResult<Value> {
        self.alloc(Obj::Float(f))
    }
    pub(crate) fn new_str(&mut self, s: &str) -> PyResult<Value> {
        if s.len() <= 8 {
            if let Some(q) = self.qstrs.find(s.as_bytes()) {
                return Ok(Value::qstr(q));
            }
        }
        self.alloc(Obj::Str(s.into()))
    }
    /// A str from bytes the caller knows are UTF-8 (invalid sequences are replaced).
    pub(crate) fn new_str_bytes(&mut self, b: &[u8]) -> PyResult<Value> {
        match core::str::from_utf8(b) {
            Ok(s) => self.new_str(s),
            Err(_) => {
                let s = lossy(b);
                self.new_str(&s)
            }
        }
    }
    pub(crate) fn new_tuple(&mut self, v: Vec<Value>) -> PyResult<Value> {
        if v.is_empty() {
            return Ok(self.empty_tuple);
        }
        self.alloc(Obj::Tuple(v.into_boxed_slice()))
    }
    pub(crate) fn new_list(&mut self, v: Vec<Value>) -> PyResult<Value> {
        self.alloc(Obj::List(v))
    }
    pub(crate) fn new_dict(&mut self) -> PyResult<Value> {
        self.alloc(Obj::Dict(Dict::new(), false))
    }
    /// A dict with MicroPython's size hint (`BUILD_MAP n` allocates exactly `n` slots).
    pub(crate) fn new_dict_sized(&mut self, n: usize) -> PyResult<Value> {
        self.alloc(Obj::Dict(Dict::with_alloc(n.min(1 << 16)), false))
    }
    pub(crate) fn new_set(&mut self, frozen: bool) -> PyResult<Value> {
        self.alloc(Obj::Set(Dict::new(), frozen))
    }
    /// A set with `n` slots (`BUILD_SET n`).
    pub(crate) fn new_set_sized(&mut self, n: usize) -> PyResult<Value> {
        self.alloc(Obj::Set(Dict::with_alloc(n.min(1 << 16)), false))
    }

    // ------------------------------------------------------------------ exceptions
    /// A new exception instance of `class` with `args`.
    pub(crate) fn new_exc(&mut self, class: Value, args: Vec<Value>) -> PyResult<Value> {
        let args = self.new_tuple(args)?;
        self.alloc(Obj::Inst(Inst {
            class,
            dict: Dict::new(),
            exc: Some(Box::new(ExcData {
                args,
                tb: Vec::new(),
            })),
            base: Value::NULL,
        }))
    }
    pub(crate) fn err_string(&mut self, t: Type, msg: &str) -> Value {
        let m = match self.new_str(msg) {
            Ok(m) => m,
            Err(e) => return e,
        };
        self.new_exc(Value::ty(t), alloc::vec![m])
            .unwrap_or_else(|e| e)
    }
    pub(crate) fn err_static(&mut self, t: Type, msg: &'static str) -> Value {
        let q = self.qstrs.intern_static(msg);
        self.new_exc(Value::ty(t), alloc::vec![Value::qstr(q)])
            .unwrap_or_else(|e| e)
    }
    /// An exception of type `t` without arguments (`TypeError()`, as MicroPython raises
    /// some).
    pub(crate) fn err_bare(&mut self, t: Type) -> Value {
        self.new_exc(Value::ty(t), Vec::new()).unwrap_or_else(|e| e)
    }
    pub(crate) fn err_value(&mut self, t: Type, v: Value) -> Value {
        self.new_exc(Value::ty(t), alloc::vec![v])
            .unwrap_or_else(|e| e)
    }
    pub(crate) fn type_error(&mut self, msg: String) -> Value {
        self.err_string(Type::TypeError, &msg)
    }
    /// `TypeError: can't convert T<to>`.
    pub(crate) fn cant_convert(&mut self, v: Value, to: &str) -> Value {
        let m = fill("can't convert {}{}", &[&self.type_name(v), to]);
        self.type_error(m)
    }
    /// `TypeError: unsupported type for __hash__: 'T'`.
    pub(crate) fn unhashable(&mut self, v: Value) -> Value {
        let m = fill("unsupported type for __hash__: '{}'", &[&self.type_name(v)]);
        self.type_error(m)
    }
    /// `TypeError: 'T<tail>` for the type of `o` (`tail` starts with the closing quote).
    pub(crate) fn type_error_obj(&mut self, o: Value, tail: &str) -> Value {
        let m = fill("'{}{}", &[&self.type_name(o), tail]);
        self.type_error(m)
    }
    pub(crate) fn is_exc_instance(&self, v: Value) -> bool {
        matches!(self.heap.get(v), Some(Obj::Inst(i)) if i.exc.is_some())
    }
    pub(crate) fn is_exc_class(&self, v: Value) -> bool {
        self.is_subclass(v, Value::ty(Type::BaseException))
    }
    /// Whether `e`, an exception or an exception class, is `t` or derives from it.
    pub(crate) fn exc_matches(&self, e: Value, t: Type) -> bool {
        let c = if self.is_class(e) { e } else { self.type_of(e) };
        self.is_subclass(c, Value::ty(t))
    }
    pub(crate) fn exc_args(&self, e: Value) -> Vec<Value> {
        match self.heap.get(e) {
            Some(Obj::Inst(Inst { exc: Some(x), .. })) => match self.heap.get(x.args) {
                Some(Obj::Tuple(t)) => t.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }
    /// The `StopIteration` a finished iterator or generator raises: with no arguments when
    /// it returned `None`, else with the returned value.
    /// (A failure to allocate it is the error instead.)
    pub(crate) fn stop_iteration(&mut self, ret: Value) -> Value {
        let args = if ret.is_none() {
            Vec::new()
        } else {
            alloc::vec![ret]
        };
        self.new_exc(Value::ty(Type::StopIteration), args)
            .unwrap_or_else(|e| e)
    }
    /// `StopIteration.value`.
    pub(crate) fn exc_value(&self, e: Value) -> Value {
        self.exc_args(e).first().copied().unwrap_or(Value::NONE)
    }

    // ------------------------------------------------------------------ types
    /// The type of `v` (a builtin type value or a class).
    pub(crate) fn type_of(&self, v: Value) -> Value {
        Value::ty(match self.builtin_type(v) {
            Some(t) => t,
            None => {
                return match self.heap.get(v) {
                    Some(Obj::Inst(i)) => i.class,
                    Some(Obj::NamedTuple(c, _)) => *c,
                    _ => Value::ty(Type::Object),
                };
            }
        })
    }
    /// The builtin type of `v`, `None` for instances of Python classes.
    pub(crate) fn builtin_type(&self, v: Value) -> Option<Type> {
        if v.as_small().is_some() {
            return Some(Type::Int);
        }
        if v.as_qstr().is_some() {
            return Some(Type::Str);
        }
        if v.as_builtin().is_some() {
            return Some(Type::BuiltinFunction);
        }
        if v.as_type().is_some() {
            return Some(Type::TypeT);
        }
        Some(match v {
            Value::NONE => Type::NoneType,
            Value::TRUE | Value::FALSE => Type::Bool,
            Value::ELLIPSIS => Type::Ellipsis,
            Value::NOT_IMPLEMENTED => Type::NotImplementedType,
            _ => match self.heap.get(v)? {
                Obj::Str(_) => Type::Str,
                Obj::Bytes(_) => Type::Bytes,
                Obj::ByteArray(_) => Type::ByteArray,
                Obj::Int(_) => Type::Int,
                Obj::Float(_) => Type::Float,
                Obj::Tuple(_) => Type::Tuple,
                Obj::List(_) => Type::List,
                Obj::Dict(_, od) => {
                    if *od {
                        Type::OrderedDict
                    } else {
                        Type::Dict
                    }
                }
                Obj::Set(_, f) => {
                    if *f {
                        Type::FrozenSet
                    } else {
                        Type::Set
                    }
                }
                Obj::Range(..) => Type::Range,
                Obj::Slice(..) => Type::Slice,
                Obj::Fun(_) => Type::Function,
                Obj::Cell(_) => Type::Cell,
                Obj::Bound(..) | Obj::BuiltinBound(..) => Type::BoundMethod,
                Obj::Class(_) | Obj::NamedTupleType(..) => Type::TypeT,
                Obj::Inst(_) | Obj::NamedTuple(..) => return None,
                Obj::Gen(_) => Type::Generator,
                Obj::Iter(it) => match it {
                    Iter::Enumerate(..) => Type::Enumerate,
                    Iter::Zip(_) => Type::Zip,
                    Iter::Map(..) => Type::Map,
                    Iter::Filter(..) => Type::Filter,
                    Iter::Reversed(..) => Type::Reversed,
                    _ => Type::Iterator,
                },
                Obj::Module(..) => Type::Module,
                Obj::Property(..) => Type::Property,
                Obj::StaticMethod(_) => Type::StaticMethod,
                Obj::ClassMethod(_) => Type::ClassMethod,
                Obj::Super(..) => Type::Super,
                Obj::Stream(_, _, b) => {
                    if *b {
                        Type::BytesIO
                    } else {
                        Type::StringIO
                    }
                }
                Obj::Deque(..) => Type::Deque,
                Obj::Array(..) => Type::Array,
                Obj::MemoryView(..) => Type::MemoryView,
                Obj::DictView(_, k) => match k {
                    0 => Type::DictKeys,
                    1 => Type::DictValues,
                    _ => Type::DictItems,
                },
                Obj::Free(_) => Type::NoneType,
            },
        })
    }
    /// `type(v).__name__`.
    pub(crate) fn type_name(&self, v: Value) -> String {
        let t = self.type_of(v);
        self.class_name(t)
    }
    pub(crate) fn class_name(&self, c: Value) -> String {
        if let Some(t) = c.as_type() {
            return t.name().into();
        }
        match self.heap.get(c) {
            Some(Obj::Class(cl)) => self.str_lossy(cl.name),
            Some(Obj::NamedTupleType(n, _)) => self.str_lossy(*n),
            _ => "?".into(),
        }
    }
    /// Direct bases of a class value.
    pub(crate) fn bases(&self, c: Value) -> Vec<Value> {
        if let Some(t) = c.as_type() {
            return t.base().map(Value::ty).into_iter().collect();
        }
        match self.heap.get(c) {
            Some(Obj::Class(cl)) => cl.bases.to_vec(),
            Some(Obj::NamedTupleType(..)) => alloc::vec![Value::ty(Type::Tuple)],
            _ => Vec::new(),
        }
    }
    pub(crate) fn is_class(&self, c: Value) -> bool {
        c.as_type().is_some()
            || matches!(
                self.heap.get(c),
                Some(Obj::Class(_)) | Some(Obj::NamedTupleType(..))
            )
    }
    /// `issubclass(a, b)` (depth-first over bases, as MicroPython does).
    pub(crate) fn is_subclass(&self, a: Value, b: Value) -> bool {
        if a == b || b == Value::ty(Type::Object) && self.is_class(a) {
            return true;
        }
        let mut stack = alloc::vec![a];
        let mut n = 0;
        while let Some(c) = stack.pop() {
            n += 1;
            if c == b || n > 1000 {
                return c == b;
            }
            stack.extend(self.bases(c));
        }
        false
    }
    /// `isinstance(v, c)`.
    pub(crate) fn isinstance(&self, v: Value, c: Value) -> bool {
        let t = self.type_of(v);
        self.is_subclass(t, c)
    }
    /// The builtin type an instance's class ultimately derives from (for exceptions).
    pub(crate) fn native_base(&self, c: Value) -> Option<Type> {
        self.find_in_bases(c, |c| c.as_type().filter(|&t| t != Type::Object))
    }
    /// The namedtuple type among the bases of class `c`, depth first.
    pub(crate) fn namedtuple_base(&self, c: Value) -> Option<Value> {
        self.find_in_bases(c, |c| {
            matches!(self.heap.get(c), Some(Obj::NamedTupleType(..))).then_some(c)
        })
    }
    /// The first of class `c` and its bases, depth first, for which `f` gives something.
    fn find_in_bases<T>(&self, c: Value, f: impl Fn(Value) -> Option<T>) -> Option<T> {
        let mut stack = alloc::vec![c];
        while let Some(c) = stack.pop() {
            if let Some(r) = f(c) {
                return Some(r);
            }
            let mut b = self.bases(c);
            b.reverse();
            stack.extend(b);
        }
        None
    }
    /// Looks `name` up in a class and its bases, depth first.
    pub(crate) fn class_lookup(&self, c: Value, name: u32) -> Option<Value> {
        if let Some(r) = class_find(&self.heap, &self.qstrs, c, name) {
            return r;
        }
        let mut stack = alloc::vec![c];
        let mut n = 0;
        while let Some(c) = stack.pop() {
            n += 1;
            if n > 1000 {
                return None;
            }
            if let Some(Obj::Class(cl)) = self.heap.get(c) {
                if let Some(v) = self.dict_get_q(&cl.dict, name) {
                    return Some(v);
                }
                let mut b = cl.bases.to_vec();
                b.reverse();
                stack.extend(b);
            }
        }
        None
    }
    /// A qstr-keyed lookup that needs no VM (keys are qstrs or strs).
    pub(crate) fn dict_get_q(&self, d: &Dict, q: u32) -> Option<Value> {
        probe_q(&self.heap, &self.qstrs, d, q)
    }

    // ------------------------------------------------------------------ strings
    /// The bytes of a str value.
    pub(crate) fn str_bytes(&self, v: Value) -> Option<&[u8]> {
        if let Some(q) = v.as_qstr() {
            return Some(self.qstrs.bytes(q));
        }
        match self.heap.get(v) {
            Some(Obj::Str(s)) => Some(s.as_bytes()),
            _ => None,
        }
    }
    /// The bytes of a bytes-like value (bytes, bytearray, array, memoryview).
    pub(crate) fn buf_bytes(&self, v: Value) -> Option<&[u8]> {
        match self.heap.get(v) {
            Some(Obj::Bytes(b)) => Some(b),
            Some(Obj::ByteArray(b)) | Some(Obj::Array(_, b)) => Some(b),
            Some(Obj::MemoryView(o, s, l)) => self.buf_bytes(*o)?.get(*s..*s + *l),
            // An instance of a subclass of bytes, bytearray or array: its native buffer.
            Some(Obj::Inst(i)) if !i.base.is_null() => self.buf_bytes(i.base),
            _ => None,
        }
    }
    pub(crate) fn str_lossy(&self, v: Value) -> String {
        match self.str_bytes(v) {
            Some(b) => lossy(b),
            None => String::new(),
        }
    }
    pub(crate) fn qstr_text(&self, q: u32) -> String {
        lossy(self.qstrs.bytes(q))
    }
    /// The qstr of a str value, interning it.
    pub(crate) fn intern_value(&mut self, v: Value) -> Option<u32> {
        if let Some(q) = v.as_qstr() {
            return Some(q);
        }
        let b = self.str_bytes(v)?.to_vec();
        Some(self.qstrs.intern(&b))
    }
    /// The qstr of a str value if it is interned already.
    pub(crate) fn qstr_of(&self, v: Value) -> Option<u32> {
        if let Some(q) = v.as_qstr() {
            return Some(q);
        }
        self.qstrs.find(self.str_bytes(v)?)
    }

    // ------------------------------------------------------------------ truth & numbers
    pub(crate) fn truthy(&mut self, v: Value) -> PyResult<bool> {
        if let Some(i) = v.as_small() {
            return Ok(i != 0);
        }
        match v {
            Value::TRUE => return Ok(true),
            Value::FALSE | Value::NONE | Value::NULL => return Ok(false),
            _ => {}
        }
        if let Some(q) = v.as_qstr() {
            return Ok(!self.qstrs.bytes(q).is_empty());
        }
        let r = match self.heap.get(v) {
            Some(Obj::Str(s)) => !s.is_empty(),
            Some(Obj::Bytes(b)) => !b.is_empty(),
            Some(Obj::ByteArray(b)) => !b.is_empty(),
            Some(Obj::Int(b)) => !b.is_zero(),
            Some(Obj::Float(f)) => *f != 0.0,
            Some(Obj::Tuple(t)) => !t.is_empty(),
            Some(Obj::List(l)) => !l.is_empty(),
            Some(Obj::Dict(d, _)) | Some(Obj::Set(d, _)) => !d.is_empty(),
            Some(Obj::Range(..) | Obj::DictView(..) | Obj::Array(..) | Obj::MemoryView(..)) => {
                self.len_of(v)? != 0
            }
            Some(Obj::Deque(d, _)) => !d.is_empty(),
            Some(Obj::NamedTuple(..)) => true,
            Some(Obj::Inst(_)) => {
                if let Some(r) = self.try_dunder(v, self.q.bool_, &[])? {
                    return self.truthy(r);
                }
                if let Some(r) = self.try_dunder(v, self.q.len, &[])? {
                    return self.truthy(r);
                }
                true
            }
            _ => true,
        };
        Ok(r)
    }
    pub(crate) fn num(&self, v: Value) -> Option<Num> {
        if let Some(i) = v.as_small() {
            return Some(Num::I(i));
        }
        match v {
            Value::TRUE => return Some(Num::I(1)),
            Value::FALSE => return Some(Num::I(0)),
            _ => {}
        }
        match self.heap.get(v)? {
            Obj::Int(b) => Some(Num::B(b.clone())),
            Obj::Float(f) => Some(Num::F(*f)),
            _ => None,
        }
    }
    /// An int value as i64 (bools count), or a TypeError. As MicroPython's
    /// `mp_obj_get_int`, a big int converts if it fits a machine word (on a 32-bit target,
    /// ints from 2**30 up are big but most still fit), else it is an OverflowError.
    pub(crate) fn to_i64(&mut self, v: Value) -> PyResult<i64> {
        match self.num(v) {
            Some(Num::I(i)) => Ok(i),
            Some(Num::B(b)) => match b.to_i64() {
                Some(i) if isize::try_from(i).is_ok() => Ok(i),
                _ => Err(self.err_static(
                    Type::OverflowError,
                    "overflow converting long int to machine word",
                )),
            },
            // An instance converts through its __int__, whose result must be an int (a
            // TypeError without a message otherwise, as MicroPython raises).
            _ => match self.try_dunder(v, self.q.int, &[])? {
                Some(r) if matches!(self.num(r), Some(Num::I(_) | Num::B(_))) => self.to_i64(r),
                Some(_) => Err(self.err_bare(Type::TypeError)),
                None => Err(self.cant_convert(v, " to int")),
            },
        }
    }
    pub(crate) fn to_float(&mut self, v: Value) -> PyResult<Float> {
        match self.num(v) {
            Some(Num::I(i)) => Ok(i as Float),
            Some(Num::B(b)) => Ok(b.to_float()),
            Some(Num::F(f)) => Ok(f),
            // An instance converts through its __float__, whose result must be a float.
            None => match self.try_dunder(v, self.q.float, &[])? {
                Some(r) => match self.num(r) {
                    Some(Num::F(f)) => Ok(f),
                    _ => Err(self.cant_convert(v, " to float")),
                },
                None => Err(self.cant_convert(v, " to float")),
            },
        }
    }
    pub(crate) fn to_big(&self, v: Value) -> Option<BigInt> {
        match self.num(v)? {
            Num::I(i) => Some(BigInt::from_i64(i)),
            Num::B(b) => Some(b),
            Num::F(_) => None,
        }
    }

    // ------------------------------------------------------------------ equality & hash
    /// MicroPython's hash of a value (the `hash()` result; dicts use it as a `u32`).
    pub(crate) fn hash(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_small() {
            return Ok(i);
        }
        if let Some(q) = v.as_qstr() {
            return Ok(i64::from(self.qstrs.hash(q)));
        }
        match v {
            Value::TRUE => return Ok(1),
            Value::FALSE => return Ok(0),
            _ => {}
        }
        let h = match self.heap.get(v) {
            Some(Obj::Str(s)) => i64::from(hash_bytes(s.as_bytes())),
            Some(Obj::Bytes(b)) => i64::from(hash_bytes(b)),
            // Equal bound methods hash alike: their receiver and function together.
            Some(Obj::Bound(s, f) | Obj::BuiltinBound(f, s)) => ((s.0 ^ f.0) >> 1) as i64,
            Some(Obj::Int(b)) => b.hash(),
            Some(Obj::Float(f)) => float_hash(*f),
            Some(Obj::Tuple(_)) | Some(Obj::NamedTuple(_, _)) => {
                let items = match self.heap.get(v) {
                    Some(Obj::Tuple(t)) => t.to_vec(),
                    Some(Obj::NamedTuple(_, t)) => self.seq_items(*t).unwrap_or_default(),
                    _ => Vec::new(),
                };
                let mut h: i64 = 0x1234;
                for x in items {
                    h = h.wrapping_add(self.hash(x)?);
                }
                h
            }
            Some(Obj::Set(_, true)) => {
                let items = self.seq_items(v).unwrap_or_default();
                let mut h: i64 = 0;
                for x in items {
                    h ^= self.hash(x)?;
                }
                h
            }
            Some(Obj::List(_))
            | Some(Obj::Dict(..))
            // Keys and items views are unhashable; a values view hashes by identity.
            | Some(Obj::DictView(_, 0 | 2))
            | Some(Obj::Set(_, false))
            | Some(Obj::ByteArray(_)) => {
                return Err(self.unhashable(v));
            }
            Some(Obj::Inst(_)) => {
                let c = self.type_of(v);
                if let Some(hf) = self.class_lookup(c, self.q.hash) {
                    if hf.is_none() {
                        return Err(self.unhashable(v));
                    }
                    let r = self.call(hf, &[v], &[])?;
                    // Any int will do; a big one is cut to a small int's bits, as
                    // MicroPython truncates it.
                    if let Some(Num::B(b)) = self.num(r) {
                        let shift = 64 - crate::value::SMALL_INT_BITS;
                        return Ok(((b.low_u64() << shift) as i64) >> shift);
                    }
                    return self.to_i64(r);
                }
                if self.class_lookup(c, self.q.eq).is_some() {
                    return Err(self.unhashable(v));
                }
                if let Some(base) = self.native_of(v) {
                    return self.hash(base);
                }
                (v.0 >> 2) as i64
            }
            _ => (v.0 >> 2) as i64,
        };
        Ok(h)
    }

    /// `a == b`.
    pub(crate) fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            match self.heap.get(a) {
                // NaN is the only value not equal to itself,
                Some(Obj::Float(f)) => return Ok(!f.is_nan()),
                // and an instance's __eq__ decides even about itself (identity only when
                // its class has none, below).
                Some(Obj::Inst(_)) => {}
                _ => return Ok(true),
            }
        }
        if let (Some(x), Some(y)) = (self.str_bytes(a), self.str_bytes(b)) {
            return Ok(x == y);
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return Ok(num_cmp(&x, &y) == Some(Ordering::Equal));
        }
        let (ta, tb) = (self.builtin_type(a), self.builtin_type(b));
        match (self.heap.get(a), self.heap.get(b)) {
            (Some(Obj::Bytes(_) | Obj::ByteArray(_)), Some(Obj::Bytes(_) | Obj::ByteArray(_))) => {
                return Ok(self.buf_bytes(a) == self.buf_bytes(b));
            }
            (Some(Obj::Array(..) | Obj::MemoryView(..)), _)
            | (_, Some(Obj::Array(..) | Obj::MemoryView(..)))
                if self.str_bytes(a).is_none() && self.str_bytes(b).is_none() =>
            {
                return self.buffers_eq(a, b);
            }
            // The same function bound to the same receiver.
            (Some(Obj::Bound(s1, f1)), Some(Obj::Bound(s2, f2)))
            | (Some(Obj::BuiltinBound(f1, s1)), Some(Obj::BuiltinBound(f2, s2))) => {
                return Ok(s1 == s2 && f1 == f2);
            }
            (Some(Obj::Tuple(_)), Some(Obj::Tuple(_)))
            | (Some(Obj::List(_)), Some(Obj::List(_)))
            | (Some(Obj::NamedTuple(..)), Some(Obj::Tuple(_) | Obj::NamedTuple(..)))
            | (Some(Obj::Tuple(_)), Some(Obj::NamedTuple(..))) => {
                let x = self.seq_items(a).unwrap_or_default();
                let y = self.seq_items(b).unwrap_or_default();
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (p, q) in x.into_iter().zip(y) {
                    if !self.eq(p, q)? {
                        return Ok(false);
                    }
                }
                return Ok(true);
            }
            (Some(Obj::Dict(_, true)), Some(Obj::Dict(_, true))) => {
                // Two OrderedDicts are equal only in the same order.
                let (x, y) = (self.dict_items(a), self.dict_items(b));
                if x.len() != y.len() {
                    return Ok(false);
                }
                for ((k1, v1), (k2, v2)) in x.into_iter().zip(y) {
                    if !self.eq(k1, k2)? || !self.eq(v1, v2)? {
                        return Ok(false);
                    }
                }
                return Ok(true);
            }
            // A dict never equals an OrderedDict (they are different types).
            (Some(Obj::Dict(_, x)), Some(Obj::Dict(_, y))) if x != y => return Ok(false),
            (Some(Obj::Dict(..)), Some(Obj::Dict(..))) => {
                let x: Vec<(Value, Value)> = self.dict_items(a);
                if x.len() != self.dict_items(b).len() {
                    return Ok(false);
                }
                for (k, v) in x {
                    match self.dict_get(b, k)? {
                        Some(w) if self.eq(v, w)? => {}
                        _ => return Ok(false),
                    }
                }
                return Ok(true);
            }
            (Some(Obj::Set(..)), Some(Obj::Set(..))) => {
                let x = self.seq_items(a).unwrap_or_default();
                if x.len() != self.seq_items(b).unwrap_or_default().len() {
                    return Ok(false);
                }
                for k in x {
                    if !self.set_contains(b, k)? {
                        return Ok(false);
                    }
                }
                return Ok(true);
            }
            _ => {}
        }
        if ta.is_none() || tb.is_none() {
            if ta.is_none() {
                if let Some(r) = self.try_dunder(a, self.q.eq, &[b])? {
                    if r != Value::NOT_IMPLEMENTED {
                        return self.truthy(r);
                    }
                }
            }
            if tb.is_none() {
                if let Some(r) = self.try_dunder(b, self.q.eq, &[a])? {
                    if r != Value::NOT_IMPLEMENTED {
                        return self.truthy(r);
                    }
                }
            }
        }
        // No equality test: the same object or not.
        Ok(a == b)
    }

    /// Ordering comparison (`<` etc.), `op` one of 0..=4 minus `==`.
    pub(crate) fn compare(&mut self, op: u8, a: Value, b: Value) -> PyResult<bool> {
        let ord = self.cmp_values(op, a, b)?;
        Ok(match op {
            0 => ord == Ordering::Less,
            1 => ord == Ordering::Greater,
            3 => ord != Ordering::Greater,
            _ => ord != Ordering::Less,
        })
    }

    fn cmp_values(&mut self, op: u8, a: Value, b: Value) -> PyResult<Ordering> {
        // A tuple compares with the tuple inside an instance of a subclass of tuple (other
        // builtin types refuse such instances, as in MicroPython).
        let b = match self.native_of(b) {
            Some(n) if self.type_of(a) == Value::ty(Type::Tuple) => n,
            _ => b,
        };
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            // NaN compares false every way: report an ordering that makes the op false.
            return Ok(num_cmp(&x, &y).unwrap_or(match op {
                0 | 3 => Ordering::Greater,
                _ => Ordering::Less,
            }));
        }
        if let (Some(x), Some(y)) = (self.str_bytes(a), self.str_bytes(b)) {
            return Ok(x.cmp(y));
        }
        if let (Some(x), Some(y)) = (self.buf_bytes(a), self.buf_bytes(b)) {
            return Ok(x.cmp(y));
        }
        let seqs = matches!(
            (self.heap.get(a), self.heap.get(b)),
            (
                Some(Obj::Tuple(_) | Obj::NamedTuple(..)),
                Some(Obj::Tuple(_) | Obj::NamedTuple(..))
            ) | (Some(Obj::List(_)), Some(Obj::List(_)))
        );
        if seqs {
            let x = self.seq_items(a).unwrap_or_default();
            let y = self.seq_items(b).unwrap_or_default();
            for (p, q) in x.iter().zip(y.iter()) {
                if !self.eq(*p, *q)? {
                    // MicroPython decides < and <= as > and >= with the operands swapped.
                    return match op {
                        0 | 3 => Ok(self.cmp_values(op + 1, *q, *p)?.reverse()),
                        _ => self.cmp_values(op, *p, *q),
                    };
                }
            }
            return Ok(x.len().cmp(&y.len()));
        }
        if let (Some(Obj::Set(..)), Some(Obj::Set(..))) = (self.heap.get(a), self.heap.get(b)) {
            let x = self.seq_items(a).unwrap_or_default();
            let y = self.seq_items(b).unwrap_or_default();
            let mut sub = true;
            for k in &x {
                if !self.set_contains(b, *k)? {
                    sub = false;
                }
            }
            let mut sup = true;
            for k in &y {
                if !self.set_contains(a, *k)? {
                    sup = false;
                }
            }
            // Map subset relations onto an ordering good enough for <, <=, >, >=.
            return Ok(match (sub, sup, op) {
                (true, true, _) => Ordering::Equal,
                (true, false, _) => Ordering::Less,
                (false, true, _) => Ordering::Greater,
                (false, false, 0 | 3) => Ordering::Greater,
                _ => Ordering::Less,
            });
        }
        // User classes: __lt__ and friends.
        // MicroPython does not reflect comparisons (`a > b` never tries `b.__lt__`).
        let name = match op {
            0 => self.q.lt,
            1 => self.q.gt,
            3 => self.q.le,
            _ => self.q.ge,
        };
        if self.builtin_type(a).is_none() {
            if let Some(r) = self.try_dunder(a, name, &[b])? {
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(if self.truthy(r)? {
                        want(op)
                    } else {
                        unwant(op)
                    });
                }
            }
        }
        let opname = ["__lt__", "__gt__", "__eq__", "__le__", "__ge__"][op as usize % 5];
        let m = fill(
            "unsupported types for {}: '{}', '{}'",
            &[opname, &self.type_name(a), &self.type_name(b)],
        );
        Err(self.type_error(m))
    }

    /// Calls `name` on an instance of a Python class if its class defines it.
    pub(crate) fn try_dunder(
        &mut self,
        v: Value,
        name: u32,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let c = self.type_of(v);
        match self.class_lookup(c, name) {
            Some(f) => {
                let m = self.bind(f, v, c)?;
                Ok(Some(self.call(m, args, &[])?))
            }
            None => match self.native_of(v) {
                Some(base) => self.native_dunder(base, name, args),
                None => Ok(None),
            },
        }
    }

    // ------------------------------------------------------------------ printing
    /// Appends `str(v)` or `repr(v)` to `out`.
    pub(crate) fn print_to(&mut self, v: Value, repr: bool, out: &mut Vec<u8>) -> PyResult<()> {
        self.depth_guard += 1;
        if self.depth_guard > 200 {
            self.depth_guard -= 1;
            return Err(self.err_static(Type::RuntimeError, "maximum recursion depth exceeded"));
        }
        let r = self.print_inner(v, repr, out);
        self.depth_guard -= 1;
        r
    }

    fn print_inner(&mut self, v: Value, repr: bool, out: &mut Vec<u8>) -> PyResult<()> {
        if let Some(i) = v.as_small() {
            out.extend_from_slice(dec(i).as_bytes());
            return Ok(());
        }
        if let Some(s) = self.str_bytes(v) {
            if repr {
                let s = s.to_vec();
                str_repr(&s, out);
            } else {
                out.extend_from_slice(s);
            }
            return Ok(());
        }
        match v {
            Value::NONE => return ext(out, "None"),
            Value::TRUE => return ext(out, "True"),
            Value::FALSE => return ext(out, "False"),
            Value::ELLIPSIS => return ext(out, "Ellipsis"),
            Value::NOT_IMPLEMENTED => return ext(out, "NotImplemented"),
            Value::NULL => return ext(out, "<NULL>"),
            _ => {}
        }
        if let Some(t) = v.as_type() {
            out.extend_from_slice(fill("<class '{}'>", &[t.name()]).as_bytes());
            return Ok(());
        }
        if let Some(b) = v.as_builtin() {
            let name = B::from_id(b).map_or("?", |b| b.name());
            out.extend_from_slice(fill("<function {}>", &[name]).as_bytes());
            return Ok(());
        }
        if let Some(&Obj::Super(t, o)) = self.heap.get(v) {
            out.extend_from_slice(b"<super: ");
            self.print_to(t, false, out)?;
            out.extend_from_slice(b", ");
            self.print_to(o, false, out)?;
            out.push(b'>');
            return Ok(());
        }
        enum P {
            Seq(Vec<Value>, &'static str, &'static str),
            Text(String),
            Dict(Vec<(Value, Value)>, bool),
            Inst,
            Exc,
            NT(Value, Value),
        }
        let p = match self.heap.get(v) {
            None => P::Text("<freed>".into()),
            Some(o) => match o {
                Obj::Int(b) => P::Text(lossy(&b.to_radix(10))),
                Obj::Float(f) => P::Text(fmtnum::float_repr(*f)),
                Obj::Bytes(b) => {
                    let mut s = Vec::new();
                    bytes_repr(b, &mut s);
                    P::Text(lossy(&s))
                }
                Obj::ByteArray(b) => {
                    let mut s = Vec::from(&b"bytearray("[..]);
                    bytes_repr(b, &mut s);
                    s.push(b')');
                    P::Text(lossy(&s))
                }
                Obj::Tuple(t) => {
                    if t.len() == 1 {
                        P::Seq(t.to_vec(), "(", ",)")
                    } else {
                        P::Seq(t.to_vec(), "(", ")")
                    }
                }
                Obj::List(l) => P::Seq(l.clone(), "[", "]"),
                Obj::Dict(d, od) => P::Dict(d.iter().map(|e| (e.key, e.value)).collect(), *od),
                Obj::Set(d, frozen) => {
                    let items: Vec<Value> = d.iter().map(|e| e.key).collect();
                    if items.is_empty() {
                        P::Text(if *frozen {
                            "frozenset()".into()
                        } else {
                            "set()".into()
                        })
                    } else if *frozen {
                        P::Seq(items, "frozenset({", "})")
                    } else {
                        P::Seq(items, "{", "}")
                    }
                }
                Obj::Deque(d, _) => P::Seq(d.iter().copied().collect(), "deque([", "])"),
                Obj::Range(a, b, c) => P::Text(if *c == 1 {
                    fill("range({}, {})", &[&dec(*a), &dec(*b)])
                } else {
                    fill("range({}, {}, {})", &[&dec(*a), &dec(*b), &dec(*c)])
                }),
                Obj::Slice(a, b, c) => P::Seq(alloc::vec![*a, *b, *c], "slice(", ")"),
                Obj::Fun(f) => {
                    let name = self.codes.get(f.code as usize).map_or(0, |c| c.name);
                    P::Text(fill(
                        "<function {} at 0x{}>",
                        &[&self.qstr_text(name), &hex(v.0 as u64, 1)],
                    ))
                }
                Obj::Bound(..) | Obj::BuiltinBound(..) => {
                    P::Text(fill("<bound_method 0x{}>", &[&hex(v.0 as u64, 1)]))
                }
                Obj::Class(c) => P::Text(fill("<class '{}'>", &[&self.str_lossy(c.name)])),
                Obj::NamedTupleType(n, _) => P::Text(fill("<class '{}'>", &[&self.str_lossy(*n)])),
                Obj::Gen(g) => P::Text(fill(
                    "<generator object '{}' at 0x{}>",
                    &[&self.qstr_text(g.name), &hex(v.0 as u64, 1)],
                )),
                Obj::Module(n, _) => P::Text(fill("<module '{}'>", &[&self.qstr_text(*n)])),
                Obj::Inst(i) => {
                    if i.exc.is_some() {
                        P::Exc
                    } else {
                        P::Inst
                    }
                }
                Obj::NamedTuple(c, t) => P::NT(*c, *t),
                Obj::Cell(_) => P::Text("<cell>".into()),
                Obj::Stream(_, _, b) => P::Text(fill(
                    "<io.{} 0x{}>",
                    &[if *b { "BytesIO" } else { "StringIO" }, &hex(v.0 as u64, 1)],
                )),
                Obj::Array(tc, _) => {
                    let tc = [*tc];
                    let tc = core::str::from_utf8(&tc).unwrap_or("?");
                    let items = self.array_values(v)?;
                    if items.is_empty() {
                        P::Text(fill("array('{}')", &[tc]))
                    } else {
                        let mut s = Vec::new();
                        s.extend_from_slice(fill("array('{}', [", &[tc]).as_bytes());
                        for (i, x) in items.iter().enumerate() {
                            if i > 0 {
                                s.extend_from_slice(b", ");
                            }
                            self.print_to(*x, true, &mut s)?;
                        }
                        s.extend_from_slice(b"])");
                        P::Text(lossy(&s))
                    }
                }
                Obj::MemoryView(..) => P::Text(fill("<memoryview 0x{}>", &[&hex(v.0 as u64, 1)])),
                Obj::DictView(d, k) => {
                    let (d, k) = (*d, *k);
                    let items: Vec<(Value, Value)> = self.dict_items(d);
                    let name = ["dict_keys([", "dict_values([", "dict_items(["][k as usize % 3];
                    let mut vals = Vec::with_capacity(items.len());
                    for (key, val) in items {
                        vals.push(match k {
                            0 => key,
                            1 => val,
                            _ => self.new_tuple(alloc::vec![key, val])?,
                        });
                    }
                    P::Seq(vals, name, "])")
                }
                _ => P::Text(fill(
                    "<{} object at 0x{}>",
                    &[&self.type_name(v), &hex(v.0 as u64, 1)],
                )),
            },
        };
        match p {
            P::Text(s) => out.extend_from_slice(s.as_bytes()),
            P::Seq(items, open, close) => {
                out.extend_from_slice(open.as_bytes());
                for (i, x) in items.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(b", ");
                    }
                    self.print_to(*x, true, out)?;
                }
                out.extend_from_slice(close.as_bytes());
            }
            P::Dict(items, od) => {
                if od {
                    out.extend_from_slice(b"OrderedDict(");
                }
                out.push(b'{');
                for (i, (k, x)) in items.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(b", ");
                    }
                    self.print_to(*k, true, out)?;
                    out.extend_from_slice(b": ");
                    self.print_to(*x, true, out)?;
                }
                out.push(b'}');
                if od {
                    out.push(b')');
                }
            }
            P::NT(c, t) => {
                let name = self.class_name(c);
                out.extend_from_slice(name.as_bytes());
                out.push(b'(');
                let fields = match self.heap.get(c) {
                    Some(Obj::NamedTupleType(_, f)) => self.seq_items(*f).unwrap_or_default(),
                    _ => Vec::new(),
                };
                let items = self.seq_items(t).unwrap_or_default();
                for (i, x) in items.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(b", ");
                    }
                    if let Some(f) = fields.get(i) {
                        let fb = self.str_lossy(*f);
                        out.extend_from_slice(fb.as_bytes());
                        out.push(b'=');
                    }
                    self.print_to(*x, true, out)?;
                }
                out.push(b')');
            }
            P::Inst => {
                let name = if repr { self.q.repr } else { self.q.str_ };
                let c = self.type_of(v);
                // A native base prints itself before a user __repr__ stands in for __str__.
                let f = self.class_lookup(c, name).or_else(|| {
                    if repr || self.native_of(v).is_some() {
                        None
                    } else {
                        self.class_lookup(c, self.q.repr)
                    }
                });
                match f {
                    Some(f) => {
                        let r = self.call(f, &[v], &[])?;
                        if self.str_bytes(r).is_none() {
                            return Err(
                                self.err_static(Type::TypeError, "__str__ returned non-string")
                            );
                        }
                        self.print_to(r, false, out)?;
                    }
                    None => match self.native_of(v) {
                        Some(base) => self.print_to(base, repr, out)?,
                        None => {
                            let s = fill(
                                "<{} object at {}>",
                                &[&self.type_name(v), &hex(v.0 as u64, 1)],
                            );
                            out.extend_from_slice(s.as_bytes());
                        }
                    },
                }
            }
            P::Exc => {
                let c = self.type_of(v);
                let uf = self
                    .class_lookup(c, if repr { self.q.repr } else { self.q.str_ })
                    .or_else(|| {
                        if repr {
                            None
                        } else {
                            self.class_lookup(c, self.q.repr)
                        }
                    });
                if let Some(f) = uf {
                    let r = self.call(f, &[v], &[])?;
                    return self.print_to(r, false, out);
                }
                let args = self.exc_args(v);
                if repr {
                    out.extend_from_slice(self.class_name(c).as_bytes());
                    let t = self.new_tuple(args)?;
                    return self.print_to(t, true, out);
                }
                self.print_exc_args(v, out)?;
            }
        }
        Ok(())
    }

    /// The last line of a traceback (MicroPython's `PRINT_EXC`): a user `__repr__` if the
    /// class defines one, else `Name: ` and the arguments (`__str__` is not used).
    pub(crate) fn print_exc(&mut self, v: Value, out: &mut Vec<u8>) -> PyResult<()> {
        let c = self.type_of(v);
        if let Some(f) = self.class_lookup(c, self.q.repr) {
            let r = self.call(f, &[v], &[])?;
            return self.print_to(r, false, out);
        }
        out.extend_from_slice(self.class_name(c).as_bytes());
        out.extend_from_slice(b": ");
        self.print_exc_args(v, out)
    }

    /// An exception's arguments as `str()` shows them: nothing, the one argument, or the
    /// tuple; an `OSError` with a known errno reads `[Errno 2] ENOENT`.
    fn print_exc_args(&mut self, v: Value, out: &mut Vec<u8>) -> PyResult<()> {
        let args = self.exc_args(v);
        if self.type_of(v) == Value::ty(Type::OSError) && (1..3).contains(&args.len()) {
            if let Some(name) = args[0].as_small().and_then(crate::modules::errno_name) {
                let s = fill(
                    "[Errno {}] {}",
                    &[&dec(args[0].as_small().unwrap_or(0)), name],
                );
                out.extend_from_slice(s.as_bytes());
                if args.len() > 1 {
                    out.extend_from_slice(b": ");
                    self.print_to(args[1], false, out)?;
                }
                return Ok(());
            }
        }
        match args.len() {
            0 => Ok(()),
            1 => self.print_to(args[0], false, out),
            _ => {
                let t = self.new_tuple(args)?;
                self.print_to(t, true, out)
            }
        }
    }

    /// `str(v)` as a value.
    pub(crate) fn to_str(&mut self, v: Value) -> PyResult<Value> {
        if self.str_bytes(v).is_some() {
            return Ok(v);
        }
        let mut out = Vec::new();
        self.print_to(v, false, &mut out)?;
        self.new_str_bytes(&out)
    }
    /// `repr(v)` as a value.
    pub(crate) fn to_repr(&mut self, v: Value) -> PyResult<Value> {
        let mut out = Vec::new();
        self.print_to(v, true, &mut out)?;
        self.new_str_bytes(&out)
    }

    // ------------------------------------------------------------------ containers
    /// Items of a tuple/list/set/frozenset/dict keys/deque/namedtuple (no Python code runs).
    pub(crate) fn seq_items(&self, v: Value) -> Option<Vec<Value>> {
        Some(match self.heap.get(v)? {
            Obj::Tuple(t) => t.to_vec(),
            Obj::List(l) => l.clone(),
            Obj::Set(d, _) | Obj::Dict(d, _) => d.iter().map(|e| e.key).collect(),
            Obj::Deque(d, _) => d.iter().copied().collect(),
            Obj::NamedTuple(_, t) => return self.seq_items(*t),
            Obj::Array(tc, b) => {
                let (tc, b) = (*tc, b.clone());
                let w = crate::builtins::array_width(tc);
                b.chunks(w)
                    .map(|c| crate::builtins::array_load(tc, c))
                    .map(|x| match x {
                        Num::I(i) if Value::fits_small(i) => Value::small(i),
                        _ => Value::NONE,
                    })
                    .collect()
            }
            _ => return None,
        })
    }
    /// The items of an `array.array` (floats need allocating).
    pub(crate) fn array_values(&mut self, v: Value) -> PyResult<Vec<Value>> {
        let (tc, data) = match self.heap.get(v) {
            Some(Obj::Array(tc, b)) => (*tc, b.clone()),
            _ => return Ok(Vec::new()),
        };
        let w = crate::builtins::array_width(tc);
        let mut out = Vec::with_capacity(data.len() / w);
        for c in data.chunks(w) {
            out.push(match crate::builtins::array_load(tc, c) {
                Num::I(i) => self.new_int(i)?,
                Num::F(f) => self.new_float(f)?,
                Num::B(b) => self.new_big(b)?,
            });
        }
        Ok(out)
    }
    /// The typecode of an array's, bytearray's or memoryview's items.
    fn buffer_code(&self, v: Value) -> Option<u8> {
        match self.heap.get(v)? {
            Obj::Array(tc, _) => Some(*tc),
            Obj::ByteArray(_) | Obj::Bytes(_) => Some(b'B'),
            Obj::MemoryView(t, ..) => self.buffer_code(*t),
            _ => None,
        }
    }
    /// `a == b` where one side is an array or memoryview, as MicroPython compares them.
    /// An array compares with arrays only; a memoryview or bytearray compares with any
    /// buffer: by their bytes when the item types agree but for signedness and are not
    /// floats, false against something that is no buffer, and NotImplementedError
    /// otherwise.
    fn buffers_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        // 1 array, 2 memoryview or bytearray (which compare with other types), else 0.
        let kind = |o: Option<&Obj>| match o {
            Some(Obj::Array(..)) => 1,
            Some(Obj::ByteArray(_) | Obj::MemoryView(..)) => 2,
            _ => 0,
        };
        let (ka, kb) = (kind(self.heap.get(a)), kind(self.heap.get(b)));
        let (l, r) = if ka == 2 || (ka == 1 && kb == 1) {
            (a, b)
        } else if kb == 2 {
            (b, a)
        } else {
            return Ok(a == b);
        };
        let (Some(lc), Some(rc)) = (self.buffer_code(l), self.buffer_code(r)) else {
            return Ok(false);
        };
        let (lc, rc) = (lc.to_ascii_lowercase(), rc.to_ascii_lowercase());
        if lc == rc && lc != b'f' && lc != b'd' {
            return Ok(self.buf_bytes(l) == self.buf_bytes(r));
        }
        Err(self.err_bare(Type::NotImplementedError))
    }
    pub(crate) fn dict_items(&self, d: Value) -> Vec<(Value, Value)> {
        match self.heap.get(d) {
            Some(Obj::Dict(dd, _)) => dd.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        }
    }
    /// Any iterable into a vector.
    pub(crate) fn to_vec(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Some(Obj::Tuple(_) | Obj::List(_)) = self.heap.get(v) {
            return Ok(self.seq_items(v).unwrap_or_default());
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        self.no_gc += 1;
        let r = loop {
            if out.len() % 4096 == 4095 {
                if let Err(e) = self.room(out.len() * core::mem::size_of::<Value>()) {
                    break Err(e);
                }
            }
            match self.iter_next(it) {
                Ok(Next::Item(x)) => out.push(x),
                Ok(Next::Done(_)) => break Ok(out),
                Err(e) => break Err(e),
            }
        };
        self.no_gc -= 1;
        r
    }
    /// Finds `k` in a dict or set: (hash, found slot).
    fn find_key(&mut self, d: Value, k: Value) -> PyResult<(u32, Option<usize>)> {
        use crate::dict::Probe;
        let h = self.hash(k)? as u32;
        // Plain-data keys compare without running Python code.
        let simple = self.builtin_type(k).is_some();
        let cands = match self.heap.get(d) {
            Some(Obj::Dict(dd, _)) | Some(Obj::Set(dd, _)) => {
                if simple {
                    let kb = self.str_bytes(k);
                    let kn = self.num(k);
                    let r = dd.probe(h, &mut |key| {
                        key == k
                            || (kb.is_some() && self.str_bytes(key) == kb)
                            || match (&kn, self.num(key)) {
                                (Some(a), Some(b)) => {
                                    crate::runtime::num_cmp(a, &b) == Some(Ordering::Equal)
                                }
                                _ => false,
                            }
                    });
                    if let Probe::Found(i) = r {
                        return Ok((h, Some(i)));
                    }
                    // Strings and numbers never equal other kinds of keys.
                    if kb.is_some() || kn.is_some() {
                        return Ok((h, None));
                    }
                }
                dd.candidates(h)
            }
            _ => return Err(self.err_static(Type::TypeError, "not a dict")),
        };
        for i in cands {
            let key = match self.heap.get(d) {
                Some(Obj::Dict(dd, _)) | Some(Obj::Set(dd, _)) => dd.entries.get(i).map(|e| e.key),
                _ => None,
            };
            if let Some(key) = key {
                if self.eq(k, key)? {
                    return Ok((h, Some(i)));
                }
            }
        }
        Ok((h, None))
    }
    pub(crate) fn dict_get(&mut self, d: Value, k: Value) -> PyResult<Option<Value>> {
        if let Some(q) = k.as_qstr() {
            if let Some(Obj::Dict(dd, _)) = self.heap.get(d) {
                let h = self.qstrs.hash(q);
                let text = self.qstrs.bytes(q);
                return Ok(
                    match dd.probe(h, &mut |key| key == k || self.str_bytes(key) == Some(text)) {
                        crate::dict::Probe::Found(i) => dd.entries.get(i).map(|e| e.value),
                        _ => None,
                    },
                );
            }
        }
        let (_, i) = self.find_key(d, k)?;
        Ok(i.and_then(|i| match self.heap.get(d) {
            Some(Obj::Dict(dd, _)) => dd.entries.get(i).map(|e| e.value),
            _ => None,
        }))
    }
    pub(crate) fn dict_set(&mut self, d: Value, k: Value, v: Value) -> PyResult<()> {
        let (h, i) = self.find_key(d, k)?;
        match self.heap.get_mut(d) {
            Some(Obj::Dict(dd, _)) => {
                match i {
                    Some(i) => dd.entries[i].value = v,
                    None => dd.insert_new(k, v, h),
                }
                Ok(())
            }
            _ => Err(self.err_static(Type::TypeError, "not a dict")),
        }
    }
    pub(crate) fn dict_remove(&mut self, d: Value, k: Value) -> PyResult<Option<Value>> {
        let (_, i) = self.find_key(d, k)?;
        Ok(match (i, self.heap.get_mut(d)) {
            (Some(i), Some(Obj::Dict(dd, _))) | (Some(i), Some(Obj::Set(dd, _))) => dd
                .remove_at(i)
                .map(|e| if e.value.is_null() { e.key } else { e.value }),
            _ => None,
        })
    }
    pub(crate) fn set_add(&mut self, s: Value, k: Value) -> PyResult<()> {
        let (h, i) = self.find_key(s, k)?;
        if i.is_none() {
            if let Some(Obj::Set(dd, _)) = self.heap.get_mut(s) {
                dd.insert_new(k, Value::NULL, h);
            }
        }
        Ok(())
    }
    pub(crate) fn set_contains(&mut self, s: Value, k: Value) -> PyResult<bool> {
        Ok(self.find_key(s, k)?.1.is_some())
    }
    pub(crate) fn list_append(&mut self, l: Value, v: Value) -> PyResult<()> {
        match self.heap.get_mut(l) {
            Some(Obj::List(items)) => {
                items.push(v);
                Ok(())
            }
            _ => Err(self.err_static(Type::TypeError, "not a list")),
        }
    }
    pub(crate) fn len_of(&mut self, v: Value) -> PyResult<usize> {
        if let Some(s) = self.str_bytes(v) {
            return Ok(core::str::from_utf8(s).map_or(s.len(), |s| s.chars().count()));
        }
        let n = match self.heap.get(v) {
            Some(Obj::Bytes(b)) => b.len(),
            Some(Obj::ByteArray(b)) => b.len(),
            Some(Obj::Tuple(t)) => t.len(),
            Some(Obj::List(l)) => l.len(),
            Some(Obj::Dict(d, _)) | Some(Obj::Set(d, _)) => d.len(),
            Some(Obj::Deque(d, _)) => d.len(),
            Some(Obj::Range(a, b, c)) => range_len(*a, *b, *c) as usize,
            Some(Obj::NamedTuple(_, t)) => {
                let t = *t;
                return self.len_of(t);
            }
            Some(Obj::Array(tc, b)) => b.len() / crate::builtins::array_width(*tc),
            Some(Obj::MemoryView(..)) => self.memoryview_parts(v).map_or(0, |p| p.3),
            Some(Obj::DictView(d, _)) => {
                let d = *d;
                return self.len_of(d);
            }
            Some(Obj::Inst(_)) => {
                if let Some(r) = self.try_dunder(v, self.q.len, &[])? {
                    let n = self.to_i64(r)?;
                    return Ok(n.max(0) as usize);
                }
                usize::MAX
            }
            _ => usize::MAX,
        };
        if n == usize::MAX {
            let m = fill("object of type '{}' has no len()", &[&self.type_name(v)]);
            return Err(self.type_error(m));
        }
        Ok(n)
    }
}

fn want(op: u8) -> Ordering {
    match op {
        0 => Ordering::Less,
        1 => Ordering::Greater,
        _ => Ordering::Equal,
    }
}
fn unwant(op: u8) -> Ordering {
    match op {
        0 | 3 => Ordering::Greater,
        _ => Ordering::Less,
    }
}

/// `v[start..end] = new`, what `Vec::splice` does without its iterator machinery (the range
/// is clamped to `v`).
pub(crate) fn splice<T: Copy>(v: &mut Vec<T>, start: usize, end: usize, new: &[T]) {
    let len = v.len();
    let end = end.min(len);
    let start = start.min(end);
    let old = end - start;
    if new.len() < old {
        v.copy_within(end..len, start + new.len());
        v.truncate(len - (old - new.len()));
    } else if new.len() > old {
        let extra = new.len() - old;
        v.extend_from_slice(&new[..extra]);
        v.copy_within(end..len, end + extra);
    }
    v[start..start + new.len()].copy_from_slice(new);
}

fn ext(out: &mut Vec<u8>, s: &str) -> PyResult<()> {
    out.extend_from_slice(s.as_bytes());
    Ok(())
}

/// Number of items in `range(a, b, c)`.
pub(crate) fn range_len(a: i64, b: i64, c: i64) -> i64 {
    if c > 0 && a < b {
        (b - a + c - 1) / c
    } else if c < 0 && a > b {
        (a - b - c - 1) / (-c)
    } else {
        0
    }
}

/// Compares two numbers (None when a NaN is involved).
pub(crate) fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(y)),
        (Num::F(x), Num::F(y)) => x.partial_cmp(y),
        (Num::F(x), Num::I(y)) => x.partial_cmp(&(*y as Float)),
        (Num::I(x), Num::F(y)) => (*x as Float).partial_cmp(y),
        (Num::F(x), Num::B(y)) => x.partial_cmp(&y.to_float()),
        (Num::B(x), Num::F(y)) => x.to_float().partial_cmp(y),
        (Num::I(x), Num::B(y)) => Some(BigInt::from_i64(*x).compare(y)),
        (Num::B(x), Num::I(y)) => Some(x.compare(&BigInt::from_i64(*y))),
        (Num::B(x), Num::B(y)) => Some(x.compare(y)),
    }
}

/// Appends Python's repr of a str.
pub(crate) fn str_repr(s: &[u8], out: &mut Vec<u8>) {
    let owned;
    let text = match core::str::from_utf8(s) {
        Ok(t) => t,
        Err(_) => {
            owned = lossy(s);
            &owned
        }
    };
    let q = if text.contains('\'') && !text.contains('"') {
        b'"'
    } else {
        b'\''
    };
    out.push(q);
    for ch in text.chars() {
        match ch {
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\\' => out.extend_from_slice(b"\\\\"),
            c if c as u32 == u32::from(q) => {
                out.push(b'\\');
                out.push(q);
            }
            c if (0x20..=0x7e).contains(&(c as u32)) => out.push(c as u8),
            c if (c as u32) < 0x100 => {
                out.extend_from_slice(fill("\\x{}", &[&hex(c as u64, 2)]).as_bytes());
            }
            c if (c as u32) < 0x10000 => {
                out.extend_from_slice(fill("\\u{}", &[&hex(c as u64, 4)]).as_bytes());
            }
            c => out.extend_from_slice(fill("\\U{}", &[&hex(c as u64, 8)]).as_bytes()),
        }
    }
    out.push(q);
}

/// Appends Python's repr of bytes.
pub(crate) fn bytes_repr(b: &[u8], out: &mut Vec<u8>) {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push(b'b');
    out.push(q);
    for &c in b {
        match c {
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\\' => out.extend_from_slice(b"\\\\"),
            c if c == q => {
                out.push(b'\\');
                out.push(q);
            }
            0x20..=0x7e => out.push(c),
            c => out.extend_from_slice(fill("\\x{}", &[&hex(u64::from(c), 2)]).as_bytes()),
        }
    }
    out.push(q);
}

/// MicroPython's `mp_float_hash` (its builds below the "everything" feature level have no
/// "high quality" variant): the value converted to a 32-bit `mp_int_t` (towards zero,
/// saturating, as a Cortex-M and the WebAssembly build convert; NaN gives 0), then stored
/// as a 31-bit small int.
pub(crate) fn float_hash(f: Float) -> i64 {
    i64::from(((f as i32) << 1) >> 1)
}

/// A qstr-keyed lookup in `d` (keys may be qstrs or strs), for code that holds only the
/// heap and the qstr table.
pub(crate) fn probe_q(heap: &Heap, qstrs: &Qstrs<'_>, d: &Dict, q: u32) -> Option<Value> {
    let hash = qstrs.hash(q);
    if let Some(i) = d.find_exact(hash, Value::qstr(q)) {
        return d.entries.get(i).map(|e| e.value);
    }
    let text = qstrs.bytes(q);
    let found = d.probe(hash, &mut |k| match k.as_qstr() {
        Some(kq) => kq == q || qstrs.bytes(kq) == text,
        None => matches!(heap.get(k), Some(Obj::Str(s)) if s.as_bytes() == text),
    });
    match found {
        crate::dict::Probe::Found(i) => d.entries.get(i).map(|e| e.value),
        _ => None,
    }
}

/// `class_lookup` along a single-inheritance chain, without allocating: `Some(result)`,
/// or `None` when a class with several bases needs the general search.
pub(crate) fn class_find(
    heap: &Heap,
    qstrs: &Qstrs<'_>,
    mut c: Value,
    q: u32,
) -> Option<Option<Value>> {
    for _ in 0..1000 {
        match heap.get(c) {
            Some(Obj::Class(cl)) => {
                if let Some(v) = probe_q(heap, qstrs, &cl.dict, q) {
                    return Some(Some(v));
                }
                match cl.bases[..] {
                    [] => return Some(None),
                    [b] => c = b,
                    _ => return None,
                }
            }
            _ => return Some(None),
        }
    }
    Some(None)
}

#[cfg(test)]
mod tests {
    use super::splice;
    use alloc::vec;

    #[test]
    fn splice_matches_vec_splice() {
        let base = vec![1u8, 2, 3, 4, 5];
        for start in 0..=5 {
            for end in start..=5 {
                for new in [&[][..], &[9], &[9, 8], &[9, 8, 7, 6, 5, 4]] {
                    let mut want = base.clone();
                    want.splice(start..end, new.iter().copied());
                    let mut got = base.clone();
                    splice(&mut got, start, end, new);
                    assert_eq!(got, want, "{start}..{end} = {new:?}");
                }
            }
        }
        let mut v = base.clone();
        splice(&mut v, 4, 9, &[0]);
        assert_eq!(v, [1, 2, 3, 4, 0]);
    }
}
