//! Heap objects.

use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::vec::Vec;

use crate::bigint::BigInt;
use crate::dict::Dict;
use crate::interp::Frame;
use crate::value::Value;

/// A function made by `MAKE_FUNCTION*`/`MAKE_CLOSURE*`.
#[derive(Debug)]
pub struct Fun {
    /// Index into the VM's code table.
    pub code: u32,
    /// The module's globals dict.
    pub globals: Value,
    /// Tuple of positional defaults, or NULL.
    pub defaults: Value,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: Value,
    /// Closed-over cells.
    pub closure: Box<[Value]>,
}

/// A class defined in Python.
#[derive(Debug)]
pub struct Class {
    /// `__name__` (a str value).
    pub name: Value,
    /// Direct bases (classes or builtin types).
    pub bases: Box<[Value]>,
    /// The class namespace.
    pub dict: Dict,
}

/// State of an exception instance.
#[derive(Debug)]
pub struct ExcData {
    /// `args` (a tuple).
    pub args: Value,
    /// Traceback entries (file qstr, line, scope-name qstr), innermost last.
    pub tb: Vec<(u32, u32, u32)>,
}

/// An instance of a Python class (or of a builtin exception).
#[derive(Debug)]
pub struct Inst {
    /// Its class.
    pub class: Value,
    /// `__dict__`.
    pub dict: Dict,
    /// Exception state, for instances of exception classes.
    pub exc: Option<Box<ExcData>>,
    /// The native object inside an instance of a subclass of list, dict, str, … (`NULL`
    /// until constructed).
    pub base: Value,
}

/// A generator's state.
#[derive(Debug)]
pub struct Gen {
    /// The suspended frame (`None` while running or when finished).
    pub frame: Option<Box<Frame>>,
    /// Running right now (re-entry raises ValueError).
    pub running: bool,
    /// Finished.
    pub done: bool,
    /// The generator function's name (qstr).
    pub name: u32,
}

/// Builtin iterators.
#[derive(Debug)]
pub enum Iter {
    /// Over a sequence (list, tuple, str, bytes…) by index.
    Seq(Value, usize),
    /// Over a dict's keys/values/items (0/1/2) by entry position.
    Dict(Value, usize, u8),
    /// Counting (`range`).
    Range(i64, i64, i64),
    /// `enumerate`.
    Enumerate(Value, Value),
    /// `zip`.
    Zip(Box<[Value]>),
    /// `map`.
    Map(Value, Box<[Value]>),
    /// `filter`.
    Filter(Value, Value),
    /// Backwards over a sequence.
    Reversed(Value, usize),
    /// Calls `__getitem__` with 0, 1, 2… until IndexError.
    GetItem(Value, usize),
    /// A string's characters by byte offset.
    Str(Value, usize),
}

/// Everything that lives on the heap.
#[derive(Debug)]
pub enum Obj {
    /// A free slot; the payload is the next free slot (or `u32::MAX`).
    Free(u32),
    /// `str` (valid UTF-8).
    Str(Box<str>),
    /// `bytes`.
    Bytes(Box<[u8]>),
    /// `bytearray`.
    ByteArray(Vec<u8>),
    /// A big `int`.
    Int(BigInt),
    /// `float`.
    Float(crate::Float),
    /// `tuple`.
    Tuple(Box<[Value]>),
    /// `list`.
    List(Vec<Value>),
    /// `dict` (and `OrderedDict` when the flag is set).
    Dict(Dict, bool),
    /// `set` / `frozenset` (flag).
    Set(Dict, bool),
    /// `range(start, stop, step)`.
    Range(i64, i64, i64),
    /// `slice(start, stop, step)`.
    Slice(Value, Value, Value),
    /// A bytecode function.
    Fun(Fun),
    /// A cell of a closed-over variable.
    Cell(Value),
    /// A bound method: (self, function).
    Bound(Value, Value),
    /// A Python class.
    Class(Class),
    /// An instance of a Python class or builtin exception.
    Inst(Inst),
    /// A generator.
    Gen(Gen),
    /// A builtin iterator.
    Iter(Iter),
    /// A module: (name qstr, globals dict).
    Module(u32, Value),
    /// `property(fget, fset, fdel)`.
    Property(Value, Value, Value),
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `super(cls, obj)`.
    Super(Value, Value),
    /// `io.StringIO` / `io.BytesIO` (flag: bytes), buffer and position.
    Stream(Vec<u8>, usize, bool),
    /// `collections.deque` with its maxlen.
    Deque(VecDeque<Value>, usize),
    /// `array.array`: typecode and raw little-endian items.
    Array(u8, Vec<u8>),
    /// A namedtuple class: (name, field names tuple).
    NamedTupleType(Value, Value),
    /// A namedtuple instance: (class, items tuple).
    NamedTuple(Value, Value),
    /// A builtin method bound to a receiver: (builtin id value, self).
    BuiltinBound(Value, Value),
    /// `memoryview` over an object: (object, start, len).
    MemoryView(Value, usize, usize),
    /// A dict view: (dict, 0 keys / 1 values / 2 items).
    DictView(Value, u8),
}

impl Obj {
    /// Approximate bytes this object occupies (for the heap budget and `gc.mem_alloc`).
    pub fn size(&self) -> usize {
        let extra = match self {
            Obj::Str(s) => s.len(),
            Obj::Bytes(b) => b.len(),
            Obj::ByteArray(b) | Obj::Stream(b, _, _) | Obj::Array(_, b) => b.capacity(),
            Obj::Int(b) => b.heap_size(),
            Obj::Tuple(t) => t.len() * core::mem::size_of::<Value>(),
            Obj::List(l) => l.capacity() * core::mem::size_of::<Value>(),
            Obj::Dict(d, _) | Obj::Set(d, _) => d.heap_size(),
            Obj::Fun(f) => f.closure.len() * core::mem::size_of::<Value>(),
            Obj::Class(c) => c.dict.heap_size() + c.bases.len() * 8,
            Obj::Inst(i) => i.dict.heap_size() + i.exc.as_ref().map_or(0, |e| 32 + e.tb.len() * 12),
            Obj::Gen(g) => g.frame.as_ref().map_or(0, |f| f.heap_size()),
            Obj::Deque(d, _) => d.capacity() * core::mem::size_of::<Value>(),
            _ => 0,
        };
        16 + extra
    }

    /// Calls `f` on every value this object refers to (for marking).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Obj::Tuple(t) => t.iter().for_each(|&v| f(v)),
            Obj::List(l) => l.iter().for_each(|&v| f(v)),
            Obj::Dict(d, _) | Obj::Set(d, _) => trace_dict(d, f),
            Obj::Slice(a, b, c) | Obj::Property(a, b, c) => {
                f(*a);
                f(*b);
                f(*c);
            }
            Obj::Fun(fun) => {
                f(fun.globals);
                f(fun.defaults);
                f(fun.kwdefaults);
                fun.closure.iter().for_each(|&v| f(v));
            }
            Obj::Cell(v) | Obj::StaticMethod(v) | Obj::ClassMethod(v) => f(*v),
            Obj::Bound(a, b)
            | Obj::Super(a, b)
            | Obj::NamedTupleType(a, b)
            | Obj::NamedTuple(a, b)
            | Obj::BuiltinBound(a, b) => {
                f(*a);
                f(*b);
            }
            Obj::Class(c) => {
                f(c.name);
                c.bases.iter().for_each(|&v| f(v));
                trace_dict(&c.dict, f);
            }
            Obj::Inst(i) => {
                f(i.class);
                f(i.base);
                trace_dict(&i.dict, f);
                if let Some(e) = &i.exc {
                    f(e.args);
                }
            }
            Obj::Gen(g) => {
                if let Some(fr) = &g.frame {
                    fr.trace(f);
                }
            }
            Obj::Iter(it) => match it {
                Iter::Seq(v, _)
                | Iter::Dict(v, _, _)
                | Iter::Reversed(v, _)
                | Iter::GetItem(v, _)
                | Iter::Str(v, _) => f(*v),
                Iter::Range(..) => {}
                Iter::Enumerate(a, b) | Iter::Filter(a, b) => {
                    f(*a);
                    f(*b);
                }
                Iter::Zip(vs) => vs.iter().for_each(|&v| f(v)),
                Iter::Map(a, vs) => {
                    f(*a);
                    vs.iter().for_each(|&v| f(v));
                }
            },
            Obj::Module(_, g) => f(*g),
            Obj::Deque(d, _) => d.iter().for_each(|&v| f(v)),
            Obj::MemoryView(v, _, _) | Obj::DictView(v, _) => f(*v),
            Obj::Free(_)
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::ByteArray(_)
            | Obj::Int(_)
            | Obj::Float(_)
            | Obj::Range(..)
            | Obj::Stream(..)
            | Obj::Array(..) => {}
        }
    }
}

fn trace_dict(d: &Dict, f: &mut dyn FnMut(Value)) {
    for e in d.iter() {
        f(e.key);
        f(e.value);
    }
}
