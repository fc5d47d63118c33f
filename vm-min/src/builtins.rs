//! Builtin functions, types' constructors and methods of builtin types.

use alloc::string::String;
use alloc::vec::Vec;

use crate::bigint::BigInt;
use crate::dict::Dict;
use crate::fmtnum;
use crate::interp::Next;
use crate::methods::text_of;
use crate::obj::{Iter, Obj};
use crate::runtime::Num;
use crate::text::{dec, fill, hex};
use crate::types::Type;
use crate::value::Value;
use crate::{Float, PyResult, Vm};

macro_rules! builtins {
    ($( $v:ident $name:literal; )*) => {
        /// Builtin functions and methods, by id.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u16)]
        #[allow(missing_docs)]
        pub enum B { $( $v, )* }
        const ALL: &[B] = &[ $( B::$v, )* ];
        impl B {
            /// The Python-visible name.
            pub fn name(self) -> &'static str {
                const NAMES: &str = concat!($( $name, )*);
                const ENDS: [u16; ALL.len()] = crate::types::name_ends([$( $name.len(), )*]);
                crate::types::name_at(NAMES, &ENDS, self as usize)
            }
        }
    };
}

builtins! {
    BuildClass "__build_class__"; Print "print"; Len "len"; Repr "repr"; Abs "abs";
    Min "min"; Max "max"; Sum "sum"; Sorted "sorted"; Isinstance "isinstance";
    Issubclass "issubclass"; Hasattr "hasattr"; Getattr "getattr"; Setattr "setattr";
    Delattr "delattr"; Id "id"; Hash "hash"; Chr "chr"; Ord "ord"; Hex "hex"; Oct "oct";
    Bin "bin"; Iter_ "iter"; Next_ "next"; Callable "callable"; Globals "globals";
    Locals "locals"; All "all"; Any "any"; Divmod "divmod"; Pow "pow"; Round "round";
    ObjectInit "__init__"; ObjectNew "__new__"; ObjectSetattr "__setattr__";
    ObjectDelattr "__delattr__"; ExcInit "__init__"; NativeInit "__init__";
    NativeSlot "__slot__";
    PropGetter "getter"; PropSetter "setter"; PropDeleter "deleter";
    // list
    ListAppend "append"; ListExtend "extend"; ListPop "pop"; ListInsert "insert";
    ListRemove "remove"; ListIndex "index"; ListCount "count"; ListSort "sort";
    ListReverse "reverse"; ListClear "clear"; ListCopy "copy";
    // dict
    DictGet "get"; DictKeys "keys"; DictValues "values"; DictItems "items"; DictPop "pop";
    DictSetdefault "setdefault"; DictUpdate "update"; DictClear "clear"; DictCopy "copy";
    DictPopitem "popitem"; DictFromkeys "fromkeys";
    // set
    SetAdd "add"; SetRemove "remove"; SetDiscard "discard"; SetPop "pop"; SetUnion "union";
    SetIntersection "intersection"; SetDifference "difference"; SetIssubset "issubset";
    SetIssuperset "issuperset"; SetUpdate "update"; SetClear "clear"; SetCopy "copy";
    SetSymDiff "symmetric_difference"; SetIsdisjoint "isdisjoint";
    SetDifferenceUpdate "difference_update"; SetIntersectionUpdate "intersection_update";
    SetSymDiffUpdate "symmetric_difference_update";
    // str / bytes
    StrJoin "join"; StrSplit "split"; StrRsplit "rsplit"; StrStrip "strip";
    StrLstrip "lstrip"; StrRstrip "rstrip"; StrUpper "upper"; StrLower "lower";
    StrReplace "replace"; StrStartswith "startswith"; StrEndswith "endswith";
    StrFind "find"; StrRfind "rfind"; StrIndex "index"; StrRindex "rindex"; StrCount "count"; StrFormat "format";
    StrIsdigit "isdigit"; StrIsalpha "isalpha"; StrIsspace "isspace"; StrIsupper "isupper";
    StrIslower "islower"; StrEncode "encode"; StrDecode "decode";
    StrCenter "center";
    StrSplitlines "splitlines"; StrPartition "partition"; StrRpartition "rpartition";
    StrHex "hex";
    // tuple
    TupleIndex "index"; TupleCount "count";
    // int
    IntToBytes "to_bytes"; IntFromBytes "from_bytes";

    // generators
    GenSend "send"; GenThrow "throw"; GenClose "close";
    // iterators and generators
    IterNext "__next__";
    // exceptions
    ExcWithTraceback "with_traceback";
    // slices
    SliceIndices "indices";
    BytesFromhex "fromhex";
    // modules
    MathSqrt "sqrt"; MathExp "exp"; MathLog "log"; MathLog2 "log2"; MathLog10 "log10";
    MathPow "pow"; MathSin "sin"; MathCos "cos"; MathTan "tan"; MathAsin "asin";
    MathAcos "acos"; MathAtan "atan"; MathAtan2 "atan2"; MathFloor "floor"; MathCeil "ceil";
    MathTrunc "trunc"; MathFabs "fabs"; MathIsnan "isnan"; MathIsinf "isinf";
    MathIsfinite "isfinite"; MathDegrees "degrees"; MathRadians "radians";
    MathCopysign "copysign"; MathFmod "fmod"; MathModf "modf"; MathFrexp "frexp";
    MathLdexp "ldexp"; MathExpm1 "expm1"; MathCosh "cosh"; MathSinh "sinh"; MathTanh "tanh";
    MathAcosh "acosh"; MathAsinh "asinh"; MathAtanh "atanh"; MathErf "erf"; MathErfc "erfc";
    MathGamma "gamma"; MathLgamma "lgamma"; MathIsclose "isclose"; MathFactorial "factorial";
    SysExit "exit"; StreamWriteFd "write";
    GcCollect "collect"; GcMemFree "mem_free"; GcMemAlloc "mem_alloc"; GcEnable "enable";
    GcDisable "disable"; GcIsenabled "isenabled";
    TimeTicksMs "ticks_ms"; TimeTicksUs "ticks_us"; TimeTicksDiff "ticks_diff";
    TimeTicksAdd "ticks_add"; TimeSleepMs "sleep_ms"; TimeSleep "sleep"; TimeSleepUs "sleep_us";
    TimeTime "time";
    MpConst "const"; MpOptLevel "opt_level"; MpHeapLock "heap_lock"; MpHeapUnlock "heap_unlock";
    CollNamedtuple "namedtuple";
    StructPack "pack"; StructUnpack "unpack"; StructCalcsize "calcsize";
    StructPackInto "pack_into"; StructUnpackFrom "unpack_from";
    StreamGetvalue "getvalue"; StreamRead "read"; StreamReadline "readline";
    StreamSeek "seek"; StreamTell "tell"; StreamClose "close"; StreamWrite "write";
    StreamEnter "__enter__"; StreamExit "__exit__"; StreamFlush "flush";
    StreamReadinto "readinto";
    DequeAppend "append"; DequeAppendleft "appendleft"; DequePop "pop"; DequePopleft "popleft";
    DequeExtend "extend";
    ArrayAppend "append"; ArrayExtend "extend";
}

impl B {
    /// The builtin with this id.
    pub fn from_id(id: u16) -> Option<B> {
        ALL.get(id as usize).copied()
    }
    fn by_name(name: &[u8]) -> Option<B> {
        ALL.iter()
            .copied()
            .take(B::ObjectInit as usize)
            .find(|b| b.name().as_bytes() == name)
    }
}

/// The builtin method `name` of type `t`.
pub fn method_of(t: Type, name: &[u8]) -> Option<B> {
    use B::*;
    let list: &[B] = match t {
        Type::Bytes if name == b"fromhex" => return Some(BytesFromhex),
        Type::MemoryView => &[StrHex],
        Type::List => &[
            ListAppend,
            ListExtend,
            ListPop,
            ListInsert,
            ListRemove,
            ListIndex,
            ListCount,
            ListSort,
            ListReverse,
            ListClear,
            ListCopy,
        ],
        Type::Dict | Type::OrderedDict => &[
            DictGet,
            DictKeys,
            DictValues,
            DictItems,
            DictPop,
            DictSetdefault,
            DictUpdate,
            DictClear,
            DictCopy,
            DictPopitem,
            DictFromkeys,
        ],
        Type::FrozenSet => &[
            SetUnion,
            SetIntersection,
            SetDifference,
            SetIssubset,
            SetIssuperset,
            SetCopy,
            SetSymDiff,
            SetIsdisjoint,
        ],
        Type::Set => &[
            SetAdd,
            SetRemove,
            SetDiscard,
            SetPop,
            SetUnion,
            SetIntersection,
            SetDifference,
            SetIssubset,
            SetIssuperset,
            SetUpdate,
            SetClear,
            SetCopy,
            SetSymDiff,
            SetIsdisjoint,
            SetDifferenceUpdate,
            SetIntersectionUpdate,
            SetSymDiffUpdate,
        ],
        Type::Str | Type::Bytes | Type::ByteArray => &[
            StrJoin,
            StrSplit,
            StrRsplit,
            StrStrip,
            StrLstrip,
            StrRstrip,
            StrUpper,
            StrLower,
            StrReplace,
            StrStartswith,
            StrEndswith,
            StrFind,
            StrRfind,
            StrIndex,
            StrRindex,
            StrCount,
            StrFormat,
            StrIsdigit,
            StrIsalpha,
            StrIsspace,
            StrIsupper,
            StrIslower,
            StrEncode,
            StrDecode,
            StrCenter,
            StrSplitlines,
            StrPartition,
            StrRpartition,
            StrHex,
            ListAppend,
            ListExtend,
            ListPop,
        ],
        Type::Tuple => &[TupleIndex, TupleCount],
        Type::Int | Type::Bool => &[IntToBytes, IntFromBytes],
        Type::Generator => &[GenSend, GenThrow, GenClose, IterNext],
        Type::Iterator => &[IterNext],
        Type::StringIO | Type::BytesIO => &[
            StreamGetvalue,
            StreamRead,
            StreamReadline,
            StreamSeek,
            StreamTell,
            StreamClose,
            StreamWrite,
            StreamEnter,
            StreamExit,
            StreamFlush,
            StreamReadinto,
        ],
        Type::Deque => &[
            DequeAppend,
            DequeAppendleft,
            DequePop,
            DequePopleft,
            DequeExtend,
        ],
        Type::Array => &[ArrayAppend, ArrayExtend],
        Type::Object => &[ObjectInit, ObjectNew, ObjectSetattr, ObjectDelattr],
        t if t.is_exception() => &[ExcWithTraceback],
        _ => &[],
    };
    list.iter().copied().find(|b| b.name().as_bytes() == name)
}

/// Item width of an `array` typecode.
pub fn array_width(tc: u8) -> usize {
    match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'q' | b'Q' | b'd' => 8,
        _ => 4,
    }
}

/// Reads one `array` item.
pub(crate) fn array_load(tc: u8, c: &[u8]) -> Num {
    let mut b = [0u8; 8];
    b[..c.len().min(8)].copy_from_slice(&c[..c.len().min(8)]);
    let u = u64::from_le_bytes(b);
    Num::I(match tc {
        b'b' => i64::from(u as u8 as i8),
        b'h' => i64::from(u as u16 as i16),
        b'i' | b'l' => i64::from(u as u32 as i32),
        b'f' => return Num::F(crate::mathf::float_of_f32(f32::from_bits(u as u32))),
        b'd' => return Num::F(crate::mathf::float_of_f64(f64::from_bits(u))),
        b'Q' if u > i64::MAX as u64 => return Num::B(BigInt::from_i128(i128::from(u))),
        _ => u as i64,
    })
}

impl<'a> Vm<'a> {
    /// A builtin bound in the global namespace.
    pub(crate) fn builtin_global(&self, q: u32) -> Option<Value> {
        let name = self.qstrs.bytes(q);
        if let Some(t) = Type::by_name(name) {
            return Some(Value::ty(t));
        }
        match name {
            b"NotImplemented" => return Some(Value::NOT_IMPLEMENTED),
            b"Ellipsis" => return Some(Value::ELLIPSIS),
            _ => {}
        }
        B::by_name(name).map(|b| Value::builtin(b as u16))
    }
}

fn arg(pos: &[Value], i: usize) -> Value {
    pos.get(i).copied().unwrap_or(Value::NULL)
}

pub(crate) fn kwarg(vm: &Vm<'_>, kw: &[(Value, Value)], name: &[u8]) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| vm.str_bytes(*k) == Some(name))
        .map(|&(_, v)| v)
}

pub(crate) fn nargs(vm: &mut Vm<'_>, pos: &[Value], lo: usize, hi: usize) -> PyResult<()> {
    if pos.len() < lo || pos.len() > hi {
        let m = if lo == hi {
            fill(
                "function takes {} positional arguments but {} were given",
                &[&dec(lo as i64), &dec(pos.len() as i64)],
            )
        } else if pos.len() < lo {
            fill(
                "function missing {} required positional arguments",
                &[&dec((lo - pos.len()) as i64)],
            )
        } else {
            fill(
                "function expected at most {} arguments, got {}",
                &[&dec(hi as i64), &dec(pos.len() as i64)],
            )
        };
        return Err(vm.type_error(m));
    }
    Ok(())
}

/// No upper bound on the number of positional arguments.
const MANY: u8 = 7;

/// A call signature in one byte: the fewest (`lo`) and most (`hi`, up to 6 or `MANY`)
/// positional arguments and the keyword kind (`kw`).
const fn sig(lo: u8, hi: u8, kw: u8) -> u8 {
    lo | hi << 3 | kw << 6
}

/// A builtin takes no keyword arguments.
const NO_KW: u8 = 0;
/// A builtin takes keyword arguments (and checks their names itself).
const KW: u8 = 1;
/// A builtin takes named parameters, which may also be given as keyword arguments; too many
/// positional arguments are reported as MicroPython's argument parser does.
const NAMED: u8 = 2;

/// How builtin `b` may be called, as MicroPython checks it before the call: the fewest and
/// most positional arguments (the receiver counted for methods) and which keyword arguments
/// it takes (`NO_KW`, `KW`, `NAMED`). Builtins the VM calls for its own protocols
/// (`__build_class__`, `__init__`, ...) and `print` take anything.
fn signature(b: B) -> u8 {
    use B::*;
    match b {
        Globals | Locals | GcCollect | GcMemFree | GcMemAlloc | GcEnable | GcDisable
        | GcIsenabled | TimeTicksMs | TimeTicksUs | TimeTime => sig(0, 0, NO_KW),
        SysExit | MpOptLevel => sig(0, 1, NO_KW),
        Len | Repr | Abs | Id | Hash | Chr | Ord | Hex | Oct | Bin | Iter_ | Callable | All
        | Any | ListReverse | ListClear | ListCopy | DictKeys | DictValues | DictItems
        | DictClear | DictCopy | DictPopitem | SetPop | SetClear | SetCopy | StrUpper
        | StrLower | StrIsdigit | StrIsalpha | StrIsspace | StrIsupper | StrIslower | GenClose
        | MathSqrt | MathExp | MathLog2 | MathLog10 | MathSin | MathCos | MathTan | MathAsin
        | MathAcos | MathAtan | MathFloor | MathCeil | MathTrunc | MathFabs | MathIsnan
        | MathIsinf | MathIsfinite | MathDegrees | MathRadians | MathModf | MathFrexp
        | MathExpm1 | MathCosh | MathSinh | MathTanh | MathAcosh | MathAsinh | MathAtanh
        | MathErf | MathErfc | MathGamma | MathLgamma | MathFactorial | TimeSleepMs | TimeSleep
        | TimeSleepUs | MpConst | StructCalcsize | StreamGetvalue | StreamTell | StreamClose
        | StreamFlush | StreamEnter | DequePop | DequePopleft => sig(1, 1, NO_KW),
        ListSort => sig(1, 1, NAMED),
        Sum | Next_ | Round | ListPop | StrStrip | StrLstrip | StrRstrip | StrHex | IterNext
        | MathLog | StreamRead | StreamReadline => sig(1, 2, NO_KW),
        DictUpdate => sig(1, 2, KW),
        StrSplitlines => sig(1, 2, NAMED),
        StrSplit | StrRsplit | StrEncode | StrDecode => sig(1, 3, NO_KW),
        IntToBytes => sig(1, 4, NO_KW),
        SetDifference | SetUpdate | SetDifferenceUpdate | StructPack => sig(1, MANY, NO_KW),
        Min | Max | Sorted | StrFormat => sig(1, MANY, KW),
        Isinstance
        | Issubclass
        | Hasattr
        | Delattr
        | Divmod
        | PropGetter
        | PropSetter
        | PropDeleter
        | ListAppend
        | ListExtend
        | ListRemove
        | ListCount
        | SetAdd
        | SetRemove
        | SetDiscard
        | SetUnion
        | SetIntersection
        | SetIssubset
        | SetIssuperset
        | SetSymDiff
        | SetIsdisjoint
        | SetIntersectionUpdate
        | SetSymDiffUpdate
        | StrJoin
        | StrCenter
        | StrPartition
        | StrRpartition
        | TupleCount
        | GenSend
        | MathPow
        | MathAtan2
        | MathCopysign
        | MathFmod
        | MathLdexp
        | TimeTicksDiff
        | TimeTicksAdd
        | CollNamedtuple
        | DequeAppend
        | DequeAppendleft
        | DequeExtend
        | ArrayAppend
        | ArrayExtend
        | ExcWithTraceback
        | ObjectDelattr
        | SliceIndices
        | BytesFromhex => sig(2, 2, NO_KW),
        MathIsclose => sig(2, 2, NAMED),
        Getattr | Pow | DictGet | DictPop | DictSetdefault | DictFromkeys | StructUnpack
        | StructUnpackFrom | StreamSeek | StreamReadinto => sig(2, 3, NO_KW),
        ListIndex | StrStartswith | StrEndswith | StrFind | StrRfind | StrIndex | StrRindex
        | StrCount | TupleIndex | IntFromBytes | GenThrow | StreamWriteFd | StreamWrite => {
            sig(2, 4, NO_KW)
        }
        Setattr | ObjectSetattr | ListInsert => sig(3, 3, NO_KW),
        StrReplace => sig(3, 4, NO_KW),
        StructPackInto => sig(3, MANY, NO_KW),
        StreamExit => sig(4, 4, NO_KW),
        _ => sig(0, MANY, KW),
    }
}

/// Checks a call against a [`signature`].
#[inline]
fn check_call(vm: &mut Vm<'_>, sig: u8, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<()> {
    let (n, lo, hi) = (pos.len(), usize::from(sig & 7), usize::from(sig >> 3 & 7));
    if n >= lo && (n <= hi || hi == usize::from(MANY)) && (kw.is_empty() || sig >> 6 != NO_KW) {
        return Ok(());
    }
    call_error(vm, sig, pos, kw)
}

/// The error of a call that [`check_call`] finds wrong (`Ok` for one it was unsure of).
#[cold]
#[inline(never)]
fn call_error(vm: &mut Vm<'_>, sig: u8, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<()> {
    let (lo, hi, kws) = (sig & 7, sig >> 3 & 7, sig >> 6);
    if kws == NAMED && pos.len() > usize::from(hi) {
        return Err(vm.err_static(Type::TypeError, "extra positional arguments given"));
    }
    if kws == NO_KW && !kw.is_empty() {
        return Err(vm.err_static(Type::TypeError, "function doesn't take keyword arguments"));
    }
    // After the parser's own check, named parameters leave only a minimum to check.
    let hi = if hi == MANY || kws == NAMED {
        usize::MAX
    } else {
        usize::from(hi)
    };
    nargs(vm, pos, usize::from(lo), hi)
}

/// A `TypeError` unless every keyword argument is one of `names`.
pub(crate) fn only_kwargs(vm: &mut Vm<'_>, kw: &[(Value, Value)], names: &[&[u8]]) -> PyResult<()> {
    for &(k, _) in kw {
        let k = vm.str_bytes(k).unwrap_or_default();
        if !names.contains(&k) {
            return Err(vm.err_static(Type::TypeError, "extra keyword arguments given"));
        }
    }
    Ok(())
}

fn not_a_class(vm: &mut Vm<'_>) -> Value {
    vm.err_static(
        Type::TypeError,
        "issubclass() arg 2 must be a class or a tuple of classes",
    )
}

/// The int `f` truncates to; NaN and the infinities are errors.
pub(crate) fn int_of_float(vm: &mut Vm<'_>, f: Float) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.err_static(Type::ValueError, "can't convert NaN to int"));
    }
    if !f.is_finite() {
        return Err(vm.err_static(Type::OverflowError, "can't convert inf to int"));
    }
    vm.new_big(BigInt::from_float(f))
}

/// Calls builtin `id`.
pub(crate) fn call_builtin(
    vm: &mut Vm<'_>,
    id: u16,
    pos: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let Some(b) = B::from_id(id) else {
        return Err(vm.err_static(Type::TypeError, "bad builtin"));
    };
    check_call(vm, signature(b), pos, kw)?;
    if let Some(r) = crate::modules::call_module_fn(vm, id, pos, kw) {
        return r;
    }
    use B::*;
    let a0 = arg(pos, 0);
    let a1 = arg(pos, 1);
    match b {
        BuildClass => vm.build_class(pos, kw),
        Print => {
            let sep = kwarg(vm, kw, b"sep");
            let end = kwarg(vm, kw, b"end");
            for v in [sep, end].into_iter().flatten() {
                if vm.str_bytes(v).is_none() {
                    return Err(vm.bad_implicit(v));
                }
            }
            let file = kwarg(vm, kw, b"file").filter(|v| !v.is_none());
            let mut out = Vec::new();
            for (i, &v) in pos.iter().enumerate() {
                if i > 0 {
                    match sep {
                        Some(s) => vm.print_to(s, false, &mut out)?,
                        None => out.push(b' '),
                    }
                }
                vm.print_to(v, false, &mut out)?;
            }
            match end {
                Some(e) => vm.print_to(e, false, &mut out)?,
                None => out.push(b'\n'),
            }
            match file {
                Some(f) => vm.write_to(f, &out)?,
                None => vm.port.write(1, &out),
            }
            Ok(Value::NONE)
        }
        Len => {
            let n = vm.len_of(a0)?;
            vm.new_int(n as i64)
        }
        Repr => vm.to_repr(a0),
        Abs => match vm.num(a0) {
            Some(Num::I(i)) => vm.new_big(BigInt::from_i64(i).abs()),
            Some(Num::B(b)) => vm.new_big(b.abs()),
            Some(Num::F(f)) => vm.new_float(fmtnum::fabs(f)),
            None => match vm.try_dunder(a0, vm.q.abs, &[])? {
                Some(r) => Ok(r),
                None => {
                    let m = fill("unsupported type for __abs__: '{}'", &[&vm.type_name(a0)]);
                    Err(vm.type_error(m))
                }
            },
        },
        Min | Max => {
            let items = if pos.len() == 1 {
                vm.to_vec(a0)?
            } else {
                pos.to_vec()
            };
            // Unlike sorted's, a key of None is called (and fails).
            let key = kwarg(vm, kw, b"key");
            if items.is_empty() {
                if let Some(d) = kwarg(vm, kw, b"default") {
                    return Ok(d);
                }
                return Err(vm.err_static(Type::ValueError, "arg is an empty sequence"));
            }
            let mut best = items[0];
            let mut bk = match key {
                Some(k) => vm.call(k, &[best], &[])?,
                None => best,
            };
            for &x in &items[1..] {
                let xk = match key {
                    Some(k) => vm.call(k, &[x], &[])?,
                    None => x,
                };
                if vm.compare(u8::from(b == Max), xk, bk)? {
                    best = x;
                    bk = xk;
                }
            }
            Ok(best)
        }
        Sum => {
            let items = vm.to_vec(a0)?;
            let mut acc = if pos.len() > 1 { a1 } else { Value::small(0) };
            for x in items {
                acc = vm.binary_op(27, acc, x)?;
            }
            Ok(acc)
        }
        Sorted => {
            if pos.len() > 1 {
                return Err(vm.err_static(
                    Type::TypeError,
                    "must use keyword argument for key function",
                ));
            }
            let items = vm.to_vec(a0)?;
            let l = vm.new_list(items)?;
            list_sort(vm, l, kw)?;
            Ok(l)
        }
        Isinstance | Issubclass => {
            if b == Issubclass && !vm.is_class(a0) {
                return Err(vm.err_static(Type::TypeError, "issubclass() arg 1 must be a class"));
            }
            let one = [a1];
            // Entries of a tuple are not checked to be classes (a non-class never matches).
            let classes: &[Value] = match vm.heap.get(a1) {
                Some(Obj::Tuple(t)) => t,
                _ if vm.is_class(a1) => &one,
                _ => return Err(not_a_class(vm)),
            };
            let found = classes.iter().any(|&c| {
                if b == Isinstance {
                    vm.isinstance(a0, c)
                } else {
                    vm.is_subclass(a0, c)
                }
            });
            Ok(Value::bool(found))
        }
        Hasattr | Getattr | Setattr | Delattr => {
            let Some(q) = vm.intern_value(a1) else {
                return Err(vm.err_static(Type::TypeError, "attribute name must be a string"));
            };
            if matches!(b, Setattr | Delattr) {
                let v = if b == Setattr {
                    arg(pos, 2)
                } else {
                    Value::NULL
                };
                vm.store_attr(a0, q, v)?;
                return Ok(Value::NONE);
            }
            let r = vm.get_attr(a0, q);
            match (b, r) {
                (Hasattr, Ok(v)) => Ok(Value::bool(v.is_some())),
                (Hasattr, Err(e)) if vm.exc_matches(e, Type::AttributeError) => Ok(Value::FALSE),
                (_, Ok(Some(v))) => Ok(v),
                (_, Ok(None)) => {
                    if pos.len() > 2 {
                        Ok(pos[2])
                    } else {
                        Err(vm.attr_error(a0, q))
                    }
                }
                (_, Err(e)) if pos.len() > 2 && vm.exc_matches(e, Type::AttributeError) => {
                    Ok(pos[2])
                }
                (_, Err(e)) => Err(e),
            }
        }
        Id => vm.new_int((a0.0 >> 1) as i64),
        Hash => {
            let h = vm.hash(a0)?;
            vm.new_int(h)
        }
        Chr => {
            let i = vm.to_i64(a0)?;
            match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(c) => {
                    let mut buf = [0u8; 4];
                    vm.new_str(c.encode_utf8(&mut buf))
                }
                None => Err(vm.err_static(Type::ValueError, "chr() arg not in range(0x110000)")),
            }
        }
        Ord => {
            let (n, c) = if let Some(s) = vm.str_bytes(a0) {
                let c = core::str::from_utf8(s).ok().and_then(|t| t.chars().next());
                (crate::methods::char_count(s), c.map_or(0, u32::from))
            } else if let Some(Obj::Bytes(b)) = vm.heap.get(a0) {
                (b.len(), b.first().map_or(0, |&c| u32::from(c)))
            } else {
                return Err(vm.bad_implicit(a0));
            };
            if n == 1 {
                return vm.new_int(i64::from(c));
            }
            let m = fill(
                "ord() expected a character, but string of length {} found",
                &[&dec(n as i64)],
            );
            Err(vm.type_error(m))
        }
        Hex | Oct | Bin => {
            let Some(n) = vm.to_big(a0) else {
                return Err(vm.cant_convert(a0, " to int"));
            };
            let (radix, letter) = match b {
                Hex => (16, b'x'),
                Oct => (8, b'o'),
                _ => (2, b'b'),
            };
            let mut s = Vec::new();
            if n.is_neg() {
                s.push(b'-');
            }
            s.extend_from_slice(&[b'0', letter]);
            s.extend(n.abs().to_radix(radix));
            vm.new_str_bytes(&s)
        }
        Iter_ => vm.get_iter(a0),
        Next_ => match vm.iter_next(a0)? {
            Next::Item(v) => Ok(v),
            Next::Done(v) => {
                if pos.len() > 1 {
                    return Ok(a1);
                }
                Err(vm.stop_iteration(v))
            }
        },
        Callable => {
            let c = a0.as_builtin().is_some()
                || a0.as_type().is_some()
                || match vm.heap.get(a0) {
                    Some(
                        Obj::Fun(_)
                        | Obj::Bound(..)
                        | Obj::BuiltinBound(..)
                        | Obj::Class(_)
                        | Obj::NamedTupleType(..),
                    ) => true,
                    Some(Obj::Inst(i)) => vm.class_lookup(i.class, vm.q.call).is_some(),
                    _ => false,
                };
            Ok(Value::bool(c))
        }
        Globals => Ok(vm.frames.last().map_or(Value::NONE, |f| f.globals)),
        Locals => {
            let n = vm.frames.len();
            match vm.class_locals.last() {
                Some(&(d, ns)) if d == n => Ok(ns),
                _ => Ok(vm.frames.last().map_or(Value::NONE, |f| f.globals)),
            }
        }
        All | Any => {
            // Stops at the deciding element, leaving the rest of the iterator unconsumed.
            let it = vm.get_iter(a0)?;
            vm.no_gc += 1;
            let r = loop {
                match vm.iter_next(it) {
                    Ok(Next::Item(x)) => match vm.truthy(x) {
                        Ok(t) if t == (b == Any) => break Ok(Value::bool(t)),
                        Ok(_) => {}
                        Err(e) => break Err(e),
                    },
                    Ok(Next::Done(_)) => break Ok(Value::bool(b == All)),
                    Err(e) => break Err(e),
                }
            };
            vm.no_gc -= 1;
            r
        }
        Divmod => {
            let q = vm.binary_op(31, a0, a1)?;
            let r = vm.binary_op(33, a0, a1)?;
            vm.new_tuple(alloc::vec![q, r])
        }
        Pow => {
            if pos.len() == 3 {
                let (Some(x), Some(e), Some(m)) = (vm.to_big(a0), vm.to_big(a1), vm.to_big(pos[2]))
                else {
                    return Err(
                        vm.err_static(Type::TypeError, "pow() with 3 arguments requires integers")
                    );
                };
                if m.is_zero() {
                    return Err(vm.err_static(Type::ValueError, "divide by zero"));
                }
                // MicroPython's rules: 0 for a zero base, a negative exponent (no modular
                // inverse) or a modulus of 1 or -1; 1, unreduced, for a zero exponent.
                if x.is_zero() || e.is_neg() || m.abs().compare(&BigInt::from_i64(1)).is_eq() {
                    return Ok(Value::small(0));
                }
                if e.is_zero() {
                    return Ok(Value::small(1));
                }
                // Square and multiply on plain ints (no Python code runs, so no collection).
                let m = vm.new_big(m)?;
                let mut e = vm.new_big(e)?;
                let x = vm.new_big(x)?;
                let mut base = vm.binary_op(33, x, m)?;
                let mut result = Value::small(1);
                while vm.truthy(e)? {
                    let bit = vm.binary_op(24, e, Value::small(1))?;
                    if vm.truthy(bit)? {
                        let p = vm.binary_op(29, result, base)?;
                        result = vm.binary_op(33, p, m)?;
                    }
                    let sq = vm.binary_op(29, base, base)?;
                    base = vm.binary_op(33, sq, m)?;
                    e = vm.binary_op(26, e, Value::small(1))?;
                }
                return Ok(result);
            }
            vm.binary_op(34, a0, a1)
        }
        Round => {
            let nd = if pos.len() > 1 && !a1.is_none() {
                Some(vm.to_i64(a1)?)
            } else {
                None
            };
            // MicroPython rounds a bool as the float it stands for (an int comes back).
            // Anything else rounds as the float it converts to (by its __float__).
            let num = match a0 {
                Value::TRUE => Num::F(1.0),
                Value::FALSE => Num::F(0.0),
                _ => match vm.num(a0) {
                    Some(n) => n,
                    None => Num::F(vm.to_float(a0)?),
                },
            };
            match num {
                Num::F(f) => {
                    let scale = crate::mathf::pow(10.0, nd.unwrap_or(0) as Float);
                    let x = f * scale;
                    let r = fmtnum::floor(x);
                    let diff = x - r;
                    // Half way goes to even (`r` is whole and below 2**52 when `diff` is 0.5).
                    let odd = fmtnum::floor(r * 0.5) != r * 0.5;
                    let mut r = if diff > 0.5 || (diff == 0.5 && odd) {
                        r + 1.0
                    } else {
                        r
                    };
                    r /= scale;
                    if r == 0.0 && x < 0.0 {
                        r = -0.0;
                    }
                    if nd.is_none() {
                        return int_of_float(vm, r);
                    }
                    vm.new_float(r)
                }
                _ => {
                    if let Some(n) = nd {
                        if n < 0 {
                            // Half way rounds to even, as MicroPython does.
                            let p = vm.binary_op(34, Value::small(10), Value::small(-n))?;
                            let half = vm.binary_op(31, p, Value::small(2))?;
                            let m = vm.binary_op(33, a0, p)?;
                            let down = vm.binary_op(28, a0, m)?;
                            let q = vm.binary_op(31, a0, p)?;
                            let odd = vm.binary_op(24, q, Value::small(1))?;
                            let up = vm.compare(1, m, half)?
                                || (!vm.compare(1, half, m)? && vm.truthy(odd)?);
                            return if up {
                                vm.binary_op(27, down, p)
                            } else {
                                Ok(down)
                            };
                        }
                    }
                    Ok(a0)
                }
            }
        }
        ObjectInit => Ok(Value::NONE),
        // bytes.fromhex(text): pairs of hex digits, with whitespace between the pairs.
        BytesFromhex => {
            let Some(t) = vm.str_bytes(a1) else {
                return Err(vm.bad_implicit(a1));
            };
            let mut out = Vec::new();
            let mut i = 0;
            while i < t.len() {
                if crate::methods::is_space(t[i]) {
                    i += 1;
                    continue;
                }
                let digit = |c: Option<&u8>| c.and_then(|&c| char::from(c).to_digit(16));
                let (Some(h), Some(l)) = (digit(t.get(i)), digit(t.get(i + 1))) else {
                    return Err(vm.err_static(Type::ValueError, "non-hex digit found"));
                };
                out.push((h * 16 + l) as u8);
                i += 2;
            }
            vm.alloc(Obj::Bytes(out.into()))
        }
        // slice.indices(length): the slice resolved against a sequence of that length.
        SliceIndices => {
            let n = vm.to_i64(a1)?;
            let (start, stop, step) = vm.slice_indices(a0, n.max(0) as usize)?;
            let items = alloc::vec![vm.new_int(start)?, vm.new_int(stop)?, vm.new_int(step)?];
            vm.new_tuple(items)
        }
        ObjectSetattr | ObjectDelattr => {
            let Some(q) = vm.intern_value(a1) else {
                return Err(vm.bad_implicit(a1));
            };
            let v = if b == ObjectSetattr {
                arg(pos, 2)
            } else {
                Value::NULL
            };
            vm.store_attr_direct(a0, q, v)?;
            Ok(Value::NONE)
        }
        ObjectNew => {
            let cls = a0;
            if !vm.is_class(cls) {
                return Err(vm.err_static(Type::TypeError, "__new__ arg must be a type"));
            }
            if cls.as_type().is_some() {
                return Err(vm.err_static(Type::TypeError, "__new__ arg must be a user-type"));
            }
            let exc = if vm.native_base(cls).is_some_and(Type::is_exception) {
                let args = vm.new_tuple(pos[1.min(pos.len())..].to_vec())?;
                Some(alloc::boxed::Box::new(crate::obj::ExcData {
                    args,
                    tb: Vec::new(),
                }))
            } else {
                None
            };
            vm.alloc(Obj::Inst(crate::obj::Inst {
                class: cls,
                dict: Dict::new(),
                exc,
                base: Value::NULL,
            }))
        }
        NativeInit => {
            native_init(vm, a0, &pos[1.min(pos.len())..], kw)?;
            Ok(Value::NONE)
        }
        NativeSlot => {
            let (base, q) = match vm.heap.get(a0) {
                Some(Obj::Tuple(t)) if t.len() == 2 => (t[0], t[1].as_qstr().unwrap_or(0)),
                _ => return Err(vm.err_static(Type::TypeError, "bad slot")),
            };
            match vm.native_dunder(base, q, &pos[1..])? {
                Some(r) => Ok(r),
                None => {
                    let m = fill("'super' object has no attribute '{}'", &[&vm.qstr_text(q)]);
                    Err(vm.err_string(Type::AttributeError, &m))
                }
            }
        }
        ExcInit => {
            let args = vm.new_tuple(pos[1.min(pos.len())..].to_vec())?;
            if let Some(Obj::Inst(i)) = vm.heap.get_mut(a0) {
                if let Some(e) = i.exc.as_mut() {
                    e.args = args;
                }
            }
            Ok(Value::NONE)
        }
        PropGetter | PropSetter | PropDeleter => {
            let Some(Obj::Property(g, s, d)) = vm.heap.get(a0) else {
                return Err(vm.err_static(Type::TypeError, "not a property"));
            };
            let (mut g, mut s, mut d) = (*g, *s, *d);
            match b {
                PropGetter => g = a1,
                PropSetter => s = a1,
                _ => d = a1,
            }
            vm.alloc(Obj::Property(g, s, d))
        }
        _ => crate::methods::call_method_builtin(vm, b, pos, kw),
    }
}

/// Sorts a list in place (`key=`, `reverse=`) with MicroPython's quicksort, so that the
/// (unstable) order of equal keys matches the reference VM. Keys are recomputed for every
/// comparison, as MicroPython does.
pub(crate) fn list_sort(vm: &mut Vm<'_>, l: Value, kw: &[(Value, Value)]) -> PyResult<()> {
    only_kwargs(vm, kw, &[b"key", b"reverse"])?;
    let key = kwarg(vm, kw, b"key").filter(|k| !k.is_none());
    let rev = match kwarg(vm, kw, b"reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let mut items = vm.seq_items(l).unwrap_or_default();
    if items.len() > 1 {
        let tail = items.len() as isize - 1;
        quicksort(vm, &mut items, -1, tail, key, !rev)?;
    }
    if let Some(Obj::List(v)) = vm.heap.get_mut(l) {
        *v = items;
    }
    Ok(())
}

fn keyed(vm: &mut Vm<'_>, key: Option<Value>, v: Value) -> PyResult<Value> {
    match key {
        Some(f) => vm.call(f, &[v], &[]),
        None => Ok(v),
    }
}

fn quicksort(
    vm: &mut Vm<'_>,
    v: &mut [Value],
    mut head: isize,
    mut tail: isize,
    key: Option<Value>,
    less: bool,
) -> PyResult<()> {
    while tail - head > 1 {
        let (mut h, mut t) = (head, tail);
        let pivot = keyed(vm, key, v[tail as usize])?;
        loop {
            loop {
                h += 1;
                if h >= t {
                    break;
                }
                let k = keyed(vm, key, v[h as usize])?;
                if vm.compare(0, k, pivot)? != less {
                    break;
                }
            }
            loop {
                t -= 1;
                if h >= t {
                    break;
                }
                let k = keyed(vm, key, v[t as usize])?;
                if vm.compare(0, pivot, k)? != less {
                    break;
                }
            }
            if h >= t {
                break;
            }
            v.swap(h as usize, t as usize);
        }
        v.swap(h as usize, tail as usize);
        if t - head < tail - h {
            quicksort(vm, v, head, t, key, less)?;
            head = h;
        } else {
            quicksort(vm, v, h, tail, key, less)?;
            tail = t;
        }
    }
    Ok(())
}

/// `s` without leading and trailing whitespace as MicroPython's number parsers skip it
/// (space and `\t` to `\r`; no other Unicode spaces).
fn trim_space(s: &[u8]) -> &[u8] {
    let (mut start, mut end) = (0, s.len());
    while start < end && crate::methods::is_space(s[start]) {
        start += 1;
    }
    while end > start && crate::methods::is_space(s[end - 1]) {
        end -= 1;
    }
    &s[start..end]
}

fn parse_int(vm: &mut Vm<'_>, s: &[u8], base: i64) -> PyResult<Value> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(vm.err_static(Type::ValueError, "int() arg 2 must be >= 2 and <= 36"));
    }
    let mut base = base as u32;
    vm.room(s.len())?;
    let text = trim_space(s);
    // Text that is not UTF-8 has no digits, and is quoted whole.
    let valid = core::str::from_utf8(text).is_ok();
    let (neg, mut body) = match text {
        _ if !valid => (false, &[][..]),
        [b'-', r @ ..] => (true, r),
        [b'+', r @ ..] => (false, r),
        _ => (false, text),
    };
    if let [b'0', p, rest @ ..] = body {
        let b = match p | 0x20 {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if b != 0 && (base == 0 || base == b) {
            body = rest;
            base = b;
        }
    }
    // Base 0 reads decimal without a prefix, but a leading zero only on zero itself (an
    // error reported with base 0).
    let leading_zero =
        base == 0 && body.first() == Some(&b'0') && body.iter().any(|&c| c != b'0' && c != b'_');
    if base == 0 && !leading_zero {
        base = 10;
    }
    let mut digits = Vec::with_capacity(body.len());
    for &c in body {
        if c != b'_' {
            digits.push(c);
        }
    }
    let value = if leading_zero {
        None
    } else {
        BigInt::parse_digits(&digits, base)
    };
    match value {
        Some(b) => vm.new_big(if neg { b.neg() } else { b }),
        _ => {
            // MicroPython quotes the text after the spaces, the sign and the base prefix.
            let off = (body.as_ptr() as usize).wrapping_sub(s.as_ptr() as usize);
            let tail = s.get(off..).unwrap_or(s);
            let mut q = String::new();
            for &c in tail {
                match c {
                    b'\\' | b'\'' => q.extend(['\\', char::from(c)]),
                    b'\n' => q.push_str("\\n"),
                    b'\r' => q.push_str("\\r"),
                    b'\t' => q.push_str("\\t"),
                    0x20..=0x7e => q.push(char::from(c)),
                    _ => {
                        q.push_str("\\x");
                        q.push_str(&hex(u64::from(c), 2));
                    }
                }
            }
            let m = fill(
                "invalid syntax for integer with base {}: '{}'",
                &[&dec(i64::from(base)), &q],
            );
            Err(vm.err_string(Type::ValueError, &m))
        }
    }
}

/// Builds the native object inside `obj`, an instance of a subclass of list, dict, str, …
pub(crate) fn native_init(
    vm: &mut Vm<'_>,
    obj: Value,
    pos: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    let c = vm.type_of(obj);
    // A class derived from a namedtuple type wraps one of those.
    let v = if let Some(nt) = vm.namedtuple_base(c) {
        namedtuple_new(vm, nt, pos, kw)?
    } else {
        let Some(t) = vm.native_base(c).filter(|t| t.is_native_base()) else {
            return Ok(());
        };
        construct(vm, t, pos, kw)?
    };
    if let Some(Obj::Inst(i)) = vm.heap.get_mut(obj) {
        i.base = v;
    }
    Ok(())
}

/// How builtin type `t` may be called, as [`signature`] says for functions; types that
/// check their own arguments take anything here.
fn type_signature(t: Type) -> u8 {
    use Type::*;
    match t {
        Bool | Float | Tuple | List | Set | FrozenSet => sig(0, 1, NO_KW),
        Int => sig(0, 2, NO_KW),
        ByteArray => sig(0, 3, NO_KW),
        Str => sig(0, 3, KW),
        Range => sig(1, 3, NO_KW),
        Zip => sig(0, MANY, NO_KW),
        Map => sig(2, MANY, NO_KW),
        Filter => sig(2, 2, NO_KW),
        Reversed | StaticMethod | ClassMethod | MemoryView => sig(1, 1, NO_KW),
        Super => sig(2, 2, NO_KW),
        Enumerate => sig(0, 2, NAMED),
        Property => sig(0, 4, NAMED),
        Deque => sig(2, 3, NO_KW),
        Array => sig(1, 2, NO_KW),
        _ => sig(0, MANY, KW),
    }
}

/// Calls a builtin type: `int(x)`, `list(it)`, `ValueError("…")`, …
pub(crate) fn construct(
    vm: &mut Vm<'_>,
    t: Type,
    pos: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    check_call(vm, type_signature(t), pos, kw)?;
    let a0 = arg(pos, 0);
    match t {
        _ if t.is_exception() => vm.new_exc(Value::ty(t), pos.to_vec()),
        Type::Object => vm.alloc(Obj::Inst(crate::obj::Inst {
            class: Value::ty(Type::Object),
            dict: Dict::new(),
            exc: None,
            base: Value::NULL,
        })),
        Type::TypeT => match pos.len() {
            1 => Ok(vm.type_of(a0)),
            3 => {
                // type(name, bases, dict) makes a class.
                let bases = vm.to_vec(pos[1])?;
                let dict = match vm.heap.get(pos[2]) {
                    Some(Obj::Dict(d, _)) if vm.str_bytes(a0).is_some() => d.clone(),
                    _ => {
                        return Err(vm.err_static(Type::TypeError, "type() needs str, tuple, dict"));
                    }
                };
                for &b in &bases {
                    if !vm.is_class(b) {
                        return Err(vm.err_static(Type::TypeError, "bases must be types"));
                    }
                }
                vm.alloc(Obj::Class(crate::obj::Class {
                    name: a0,
                    bases: bases.into_boxed_slice(),
                    dict,
                }))
            }
            _ => Err(vm.err_static(Type::TypeError, "type() takes 1 or 3 arguments")),
        },
        Type::Bool => Ok(Value::bool(!pos.is_empty() && vm.truthy(a0)?)),
        Type::Int => {
            if pos.is_empty() {
                return Ok(Value::small(0));
            }
            let text = text_of(vm, a0);
            if pos.len() > 1 || text.is_some() {
                let base = if pos.len() > 1 {
                    vm.to_i64(pos[1])?
                } else {
                    10
                };
                return parse_int(vm, &text.unwrap_or_default(), base);
            }
            match vm.num(a0) {
                Some(Num::I(i)) => vm.new_int(i),
                Some(Num::B(b)) => vm.new_big(b),
                Some(Num::F(f)) => int_of_float(vm, f),
                // An instance by its __int__, which must give an int.
                None => match vm.try_dunder(a0, vm.q.int, &[])? {
                    Some(v) if matches!(vm.num(v), Some(Num::I(_) | Num::B(_))) => Ok(v),
                    Some(_) => Err(vm.err_bare(Type::TypeError)),
                    None => Err(vm.cant_convert(a0, " to int")),
                },
            }
        }
        Type::Float => {
            if pos.is_empty() {
                return vm.new_float(0.0);
            }
            // Text, or any buffer holding text (bytes, bytearray, ...).
            if let Some(s) = vm.str_bytes(a0).or_else(|| vm.buf_bytes(a0)) {
                return match crate::floattext::float_from_text(s) {
                    Some(f) => vm.new_float(f),
                    None => Err(vm.err_static(Type::ValueError, "invalid syntax for number")),
                };
            }
            // Anything else through `to_float` (an instance by its __float__, which must
            // give a float).
            let f = vm.to_float(a0)?;
            vm.new_float(f)
        }
        Type::Str | Type::Bytes if !kw.is_empty() => Err(vm.err_static(
            Type::NotImplementedError,
            "keyword argument(s) not implemented - use normal args instead",
        )),
        Type::Str => {
            if pos.is_empty() {
                return Ok(Value::qstr(1));
            }
            if pos.len() > 1 {
                if let Some(b) = vm.buf_bytes(a0) {
                    let b = b.to_vec();
                    if core::str::from_utf8(&b).is_err() {
                        return Err(vm.err_bare(Type::UnicodeError));
                    }
                    return vm.new_str_bytes(&b);
                }
            }
            vm.to_str(a0)
        }
        Type::Bytes | Type::ByteArray => {
            let data: Vec<u8> = if pos.is_empty() {
                Vec::new()
            } else if vm.str_bytes(a0).is_some() && !(2..=3).contains(&pos.len()) {
                return Err(vm.err_static(Type::TypeError, "string argument without an encoding"));
            } else if t == Type::Bytes && pos.len() > 1 && vm.str_bytes(a0).is_none() {
                return Err(vm.err_static(Type::TypeError, "wrong number of arguments"));
            } else if let Some(d) = text_of(vm, a0) {
                d
            } else if let Some(Num::I(_) | Num::B(_)) = vm.num(a0) {
                let n = vm.to_i64(a0)?;
                if n < 0 {
                    return Err(vm.err_bare(Type::ValueError));
                }
                let n = n as usize;
                vm.room(n)?;
                alloc::vec![0u8; n]
            } else {
                let items = vm.to_vec(a0)?;
                let mut v = Vec::with_capacity(items.len());
                for x in items {
                    let i = vm.to_i64(x)?;
                    if !(0..256).contains(&i) {
                        return Err(vm.err_static(Type::ValueError, "bytes value out of range"));
                    }
                    v.push(i as u8);
                }
                v
            };
            if t == Type::Bytes {
                vm.alloc(Obj::Bytes(data.into()))
            } else {
                vm.alloc(Obj::ByteArray(data))
            }
        }
        Type::Tuple => {
            if pos.is_empty() {
                return vm.new_tuple(Vec::new());
            }
            if let Some(Obj::Tuple(_)) = vm.heap.get(a0) {
                return Ok(a0);
            }
            let v = vm.to_vec(a0)?;
            vm.new_tuple(v)
        }
        Type::List => {
            let v = if pos.is_empty() {
                Vec::new()
            } else {
                vm.to_vec(a0)?
            };
            vm.new_list(v)
        }
        Type::Dict | Type::OrderedDict => {
            if pos.len() > 1 {
                // MicroPython counts the new dict among the arguments.
                let m = fill(
                    "function expected at most 2 arguments, got {}",
                    &[&dec(pos.len() as i64 + 1)],
                );
                return Err(vm.type_error(m));
            }
            let d = vm.new_dict()?;
            if t == Type::OrderedDict {
                if let Some(Obj::Dict(dd, od)) = vm.heap.get_mut(d) {
                    *od = true;
                    dd.ordered = true;
                }
            }
            if !pos.is_empty() {
                crate::methods::dict_update(vm, d, a0)?;
            }
            for &(k, v) in kw {
                vm.dict_set(d, k, v)?;
            }
            Ok(d)
        }
        Type::Set | Type::FrozenSet => {
            let s = vm.new_set(t == Type::FrozenSet)?;
            if !pos.is_empty() {
                for x in vm.to_vec(a0)? {
                    vm.set_add(s, x)?;
                }
            }
            Ok(s)
        }
        Type::Range => {
            let mut ints = [0i64; 3];
            for (i, v) in pos.iter().enumerate().take(3) {
                ints[i] = vm.to_i64(*v)?;
            }
            let (a, b, c) = match pos.len() {
                1 => (0, ints[0], 1),
                2 => (ints[0], ints[1], 1),
                3 => (ints[0], ints[1], ints[2]),
                _ => return Err(vm.err_static(Type::TypeError, "range expected 1 to 3 arguments")),
            };
            if c == 0 {
                return Err(vm.err_static(Type::ValueError, "zero step"));
            }
            vm.alloc(Obj::Range(a, b, c))
        }
        Type::Slice => Err(vm.err_static(Type::TypeError, "can't create 'slice' instances")),
        Type::Enumerate => {
            only_kwargs(vm, kw, &[b"iterable", b"start"])?;
            let src = match kwarg(vm, kw, b"iterable") {
                Some(v) => v,
                None if !pos.is_empty() => a0,
                None => {
                    return Err(vm.err_static(Type::TypeError, "'iterable' argument required"));
                }
            };
            let it = vm.get_iter(src)?;
            let start = match kwarg(vm, kw, b"start") {
                Some(s) => s,
                None if pos.len() > 1 => pos[1],
                None => Value::small(0),
            };
            vm.alloc(Obj::Iter(Iter::Enumerate(it, start)))
        }
        Type::Zip | Type::Map => {
            let map = t == Type::Map;
            let mut its = Vec::new();
            for &p in &pos[usize::from(map).min(pos.len())..] {
                its.push(vm.get_iter(p)?);
            }
            let its = its.into_boxed_slice();
            vm.alloc(Obj::Iter(if map {
                Iter::Map(a0, its)
            } else {
                Iter::Zip(its)
            }))
        }
        Type::Filter => {
            let it = vm.get_iter(arg(pos, 1))?;
            vm.alloc(Obj::Iter(Iter::Filter(a0, it)))
        }
        Type::Reversed => {
            if vm.builtin_type(a0).is_none() {
                if let Some(r) = {
                    let q = vm.qstrs.intern_static("__reversed__");
                    vm.try_dunder(a0, q, &[])?
                } {
                    return Ok(r);
                }
            }
            let n = vm.len_of(a0)?;
            vm.alloc(Obj::Iter(Iter::Reversed(a0, n)))
        }
        Type::Property => {
            // The accessors are positional only; a `doc` is accepted and dropped.
            only_kwargs(vm, kw, &[b"doc"])?;
            let f = |i: usize| pos.get(i).copied().unwrap_or(Value::NONE);
            vm.alloc(Obj::Property(f(0), f(1), f(2)))
        }
        Type::StaticMethod => vm.alloc(Obj::StaticMethod(a0)),
        Type::ClassMethod => vm.alloc(Obj::ClassMethod(a0)),
        Type::Super => {
            // The object (or class) must be an instance (or subclass) of the class.
            let obj = pos[1];
            let second = if vm.is_class(obj) {
                obj
            } else {
                vm.type_of(obj)
            };
            if !vm.is_class(a0) {
                return Err(not_a_class(vm));
            }
            if !vm.is_subclass(second, a0) {
                return Err(vm.err_bare(Type::TypeError));
            }
            vm.alloc(Obj::Super(a0, obj))
        }
        Type::MemoryView => {
            let n = vm.buf_bytes(a0).map(<[u8]>::len);
            match n {
                Some(n) => vm.alloc(Obj::MemoryView(a0, 0, n)),
                None => Err(vm.err_static(
                    Type::TypeError,
                    "object doesn't support the buffer protocol",
                )),
            }
        }
        _ => crate::modules::construct_module_type(vm, t, pos, kw),
    }
}

/// `NamedTupleType(*args, **kw)`.
pub(crate) fn namedtuple_new(
    vm: &mut Vm<'_>,
    cls: Value,
    pos: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let fields = match vm.heap.get(cls) {
        Some(Obj::NamedTupleType(_, f)) => vm.seq_items(*f).unwrap_or_default(),
        _ => Vec::new(),
    };
    let mut items: Vec<Value> = pos.to_vec();
    items.resize(fields.len().max(items.len()), Value::NULL);
    for &(k, v) in kw {
        let kb = vm.str_bytes(k);
        if let Some(i) = fields.iter().position(|f| vm.str_bytes(*f) == kb) {
            items[i] = v;
        }
    }
    if items.len() != fields.len() || items.iter().any(|v| v.is_null()) {
        return Err(vm.err_static(Type::TypeError, "wrong number of arguments"));
    }
    let t = vm.new_tuple(items)?;
    vm.alloc(Obj::NamedTuple(cls, t))
}

/// `StringIO.readline()` (also drives iteration over a stream).
pub(crate) fn stream_readline(vm: &mut Vm<'_>, s: Value) -> PyResult<Value> {
    crate::modules::stream_read(vm, s, B::StreamReadline, -1)
}
