//! Builtin modules (`sys`, `math`, `gc`, `time`, `micropython`, `collections`, `io`,
//! `struct`, `array`, `errno`) and imports of `.mpy` modules through the embedder's loader.

use alloc::collections::VecDeque;
use alloc::vec::Vec;

use crate::bigint::BigInt;
use crate::builtins::B;
use crate::mathf;
use crate::mathf::consts::{self, PI};
use crate::mathf::{Float, ceil, f32_of, f64_of, fabs, float_of_f32, float_of_f64, floor};
use crate::methods::text_of;
use crate::obj::Obj;
use crate::runtime::splice;
use crate::text::fill;
use crate::types::Type;
use crate::value::Value;
use crate::{PyResult, Vm};

const ERRNO: [(&str, i64); 22] = [
    ("EPERM", 1),
    ("ENOENT", 2),
    ("EIO", 5),
    ("EBADF", 9),
    ("EAGAIN", 11),
    ("ENOMEM", 12),
    ("EACCES", 13),
    ("EEXIST", 17),
    ("ENODEV", 19),
    ("EISDIR", 21),
    ("EINVAL", 22),
    ("EOPNOTSUPP", 95),
    ("EADDRINUSE", 98),
    ("ECONNABORTED", 103),
    ("ECONNRESET", 104),
    ("ENOBUFS", 105),
    ("ENOTCONN", 107),
    ("ETIMEDOUT", 110),
    ("ECONNREFUSED", 111),
    ("EHOSTUNREACH", 113),
    ("EALREADY", 114),
    ("EINPROGRESS", 115),
];

/// The symbolic name of an errno value.
pub(crate) fn errno_name(n: i64) -> Option<&'static str> {
    ERRNO.iter().find(|e| e.1 == n).map(|e| e.0)
}

const fn bf(b: B) -> Value {
    Value::builtin(b as u16)
}

/// The builtin modules whose members are all builtin functions or types, with their members
/// in the order they are bound (each under its own name). `math` also gets its constants.
static MODULE_ITEMS: [(&[u8], &[Value]); 8] = {
    use B::*;
    [
        (
            b"math",
            &[
                bf(MathSqrt),
                bf(MathExp),
                bf(MathLog),
                bf(MathLog2),
                bf(MathLog10),
                bf(MathPow),
                bf(MathSin),
                bf(MathCos),
                bf(MathTan),
                bf(MathAsin),
                bf(MathAcos),
                bf(MathAtan),
                bf(MathAtan2),
                bf(MathFloor),
                bf(MathCeil),
                bf(MathTrunc),
                bf(MathFabs),
                bf(MathIsnan),
                bf(MathIsinf),
                bf(MathIsfinite),
                bf(MathDegrees),
                bf(MathRadians),
                bf(MathCopysign),
                bf(MathFmod),
                bf(MathModf),
                bf(MathFrexp),
                bf(MathLdexp),
                bf(MathExpm1),
                bf(MathCosh),
                bf(MathSinh),
                bf(MathTanh),
                bf(MathAcosh),
                bf(MathAsinh),
                bf(MathAtanh),
                #[cfg(feature = "math-special")]
                bf(MathErf),
                #[cfg(feature = "math-special")]
                bf(MathErfc),
                #[cfg(feature = "math-special")]
                bf(MathGamma),
                #[cfg(feature = "math-special")]
                bf(MathLgamma),
                bf(MathIsclose),
                bf(MathFactorial),
            ],
        ),
        (
            b"gc",
            &[
                bf(GcCollect),
                bf(GcMemFree),
                bf(GcMemAlloc),
                bf(GcEnable),
                bf(GcDisable),
                bf(GcIsenabled),
            ],
        ),
        (
            b"time",
            &[
                bf(TimeTicksMs),
                bf(TimeTicksUs),
                bf(TimeTicksDiff),
                bf(TimeTicksAdd),
                bf(TimeSleepMs),
                bf(TimeSleep),
                bf(TimeSleepUs),
                bf(TimeTime),
            ],
        ),
        (
            b"micropython",
            &[
                bf(MpConst),
                bf(MpOptLevel),
                bf(MpHeapLock),
                bf(MpHeapUnlock),
            ],
        ),
        (
            b"collections",
            &[
                bf(CollNamedtuple),
                Value::ty(Type::OrderedDict),
                Value::ty(Type::Deque),
            ],
        ),
        (
            b"io",
            &[Value::ty(Type::StringIO), Value::ty(Type::BytesIO)],
        ),
        (
            b"struct",
            &[
                bf(StructPack),
                bf(StructUnpack),
                bf(StructCalcsize),
                bf(StructPackInto),
                bf(StructUnpackFrom),
            ],
        ),
        (b"array", &[Value::ty(Type::Array)]),
    ]
};

/// The name a builtin function or type is bound under in its module.
fn item_name(v: Value) -> &'static str {
    match (v.as_builtin().and_then(B::from_id), v.as_type()) {
        (Some(b), _) => b.name(),
        (_, Some(t)) => t.name(),
        _ => "",
    }
}

fn arg(pos: &[Value], i: usize) -> Value {
    pos.get(i).copied().unwrap_or(Value::NULL)
}

use mathf::{atan, atan2};

/// Calls a module-level builtin; `None` when `id` is not one.
pub(crate) fn call_module_fn(
    vm: &mut Vm<'_>,
    id: u16,
    pos: &[Value],
    kw: &[(Value, Value)],
) -> Option<PyResult<Value>> {
    let b = B::from_id(id)?;
    if (b as u16) < (B::MathSqrt as u16) {
        return None;
    }
    Some(module_fn(vm, b, pos, kw))
}

fn f(vm: &mut Vm<'_>, pos: &[Value], i: usize) -> PyResult<Float> {
    let v = arg(pos, i);
    if v.is_null() {
        return Err(vm.err_static(Type::TypeError, "missing argument"));
    }
    vm.to_float(v)
}

fn math_domain(vm: &mut Vm<'_>) -> Value {
    vm.err_static(Type::ValueError, "math domain error")
}

/// What a one-argument math function checks (`MATH_*`) before the generic check of its
/// result: the argument must be above zero.
const MATH_POS: u8 = 2;
/// The result is rounded to an int (floor, ceil, trunc).
const MATH_INT: u8 = 4;
/// A non-finite result from finite arguments is no domain error (log, degrees, radians).
const MATH_UNCHECKED: u8 = 8;
/// Not a one-argument math function.
const MATH_NOT1: u8 = 16;

/// The `MATH_*` checks of `b`, a one-argument math function.
fn math1_checks(b: B) -> u8 {
    use B::*;
    match b {
        MathLog | MathLog2 | MathLog10 => MATH_POS | MATH_UNCHECKED,
        MathFloor | MathCeil | MathTrunc => MATH_INT,
        MathDegrees | MathRadians => MATH_UNCHECKED,
        MathSqrt | MathAsin | MathAcos | MathExp | MathSin | MathCos | MathTan | MathAtan
        | MathFabs | MathExpm1 | MathCosh | MathSinh | MathTanh | MathAcosh | MathAsinh
        | MathAtanh => 0,
        #[cfg(feature = "math-special")]
        MathErf | MathErfc | MathGamma | MathLgamma => 0,
        _ => MATH_NOT1,
    }
}

/// One-argument math function `b` of `x`.
fn math1(b: B, x: Float) -> Float {
    use B::*;
    match b {
        MathSqrt => mathf::sqrt(x),
        MathExp => mathf::exp(x),
        MathLog => mathf::ln(x),
        MathLog2 => mathf::log2(x),
        MathLog10 => mathf::log10(x),
        MathSin => mathf::sin(x),
        MathCos => mathf::cos(x),
        MathTan => mathf::tan(x),
        MathAsin => mathf::asin(x),
        MathAcos => mathf::acos(x),
        MathAtan => atan(x),
        // Through a float even for an int, as the reference does (`floor(10**20)` is
        // `100000002004087734272` with single precision).
        MathFloor => floor(x),
        MathCeil => ceil(x),
        MathTrunc => mathf::trunc(x),
        MathDegrees => x * (180.0 / PI),
        MathRadians => x * (PI / 180.0),
        MathExpm1 => mathf::expm1(x),
        MathCosh => mathf::cosh(x),
        MathSinh => mathf::sinh(x),
        MathTanh => mathf::tanh(x),
        MathAcosh => mathf::acosh(x),
        MathAsinh => mathf::asinh(x),
        MathAtanh => mathf::atanh(x),
        #[cfg(feature = "math-special")]
        MathErf => mathf::erf(x),
        #[cfg(feature = "math-special")]
        MathErfc => mathf::erfc(x),
        #[cfg(feature = "math-special")]
        MathGamma => mathf::tgamma(x),
        #[cfg(feature = "math-special")]
        MathLgamma => mathf::lgamma(x),
        _ => fabs(x),
    }
}

/// `r` as the result of a math function of `pos`: as the reference's math functions (but
/// log, ldexp, degrees, radians) do, a NaN from arguments without one, or an infinity from
/// finite ones, is a domain error (`exp(1000)`, and with single precision already `exp(89)`).
fn math_result(vm: &mut Vm<'_>, pos: &[Value], r: Float, checked: bool) -> PyResult<Value> {
    if checked && !r.is_finite() && !non_finite_arg(vm, pos, r.is_nan()) {
        return Err(math_domain(vm));
    }
    vm.new_float(r)
}

fn module_fn(vm: &mut Vm<'_>, b: B, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    use B::*;
    let a0 = arg(pos, 0);
    if b == MathLog && pos.len() > 1 {
        let (x, base) = (f(vm, pos, 0)?, f(vm, pos, 1)?);
        if x <= 0.0 || base <= 0.0 {
            return Err(math_domain(vm));
        }
        if base == 1.0 {
            return Err(vm.err_static(Type::ZeroDivisionError, "divide by zero"));
        }
        return vm.new_float(mathf::ln(x) / mathf::ln(base));
    }
    let how = math1_checks(b);
    if how != MATH_NOT1 {
        let x = f(vm, pos, 0)?;
        if how & MATH_POS != 0 && x <= 0.0 {
            return Err(math_domain(vm));
        }
        if how & MATH_INT != 0 {
            // floor, ceil and trunc keep NaN and the infinities, which int_of_float refuses.
            return crate::builtins::int_of_float(vm, math1(b, x));
        }
        return math_result(vm, pos, math1(b, x), how & MATH_UNCHECKED == 0);
    }
    let r: Float = match b {
        MathPow | MathAtan2 | MathCopysign | MathFmod => {
            let (x, y) = (f(vm, pos, 0)?, f(vm, pos, 1)?);
            match b {
                MathPow => mathf::pow(x, y),
                MathAtan2 => atan2(x, y),
                MathCopysign if y.is_sign_negative() => -fabs(x),
                MathCopysign => fabs(x),
                _ => mathf::fmod(x, y),
            }
        }
        MathIsnan | MathIsinf | MathIsfinite => {
            let x = f(vm, pos, 0)?;
            return Ok(Value::bool(match b {
                MathIsnan => x.is_nan(),
                MathIsinf => x.is_infinite(),
                _ => x.is_finite(),
            }));
        }
        MathIsclose => {
            let (x, y) = (f(vm, pos, 0)?, f(vm, pos, 1)?);
            crate::builtins::only_kwargs(vm, kw, &[b"rel_tol", b"abs_tol"])?;
            let mut rel = 1e-9;
            let mut abs = 0.0;
            for &(k, v) in kw {
                if vm.str_bytes(k) == Some(b"rel_tol") {
                    rel = vm.to_float(v)?;
                } else {
                    abs = vm.to_float(v)?;
                }
            }
            if rel < 0.0 || abs < 0.0 {
                return Err(math_domain(vm));
            }
            let d = fabs(x - y);
            // An infinite difference (one side infinite) is never close.
            let close = x == y
                || (!d.is_infinite() && (d <= abs || d <= fabs(rel * x) || d <= fabs(rel * y)));
            return Ok(Value::bool(close));
        }
        MathFactorial => {
            let n = vm.to_i64(a0)?;
            if n < 0 {
                return Err(vm.err_static(Type::ValueError, "negative factorial"));
            }
            vm.room((n as usize).saturating_mul(2))?;
            let mut acc = BigInt::from_i64(1);
            for i in 2..=n {
                acc = acc.mul(&BigInt::from_i64(i));
            }
            return vm.new_big(acc);
        }
        MathModf | MathFrexp => {
            let x = f(vm, pos, 0)?;
            let (a, b2) = if b == MathModf {
                let i = mathf::trunc(x);
                // A whole `x` keeps its sign on the zero fraction, as C's `modf` does.
                let frac = if x == i && x.is_sign_negative() {
                    -0.0
                } else {
                    x - i
                };
                (vm.new_float(frac)?, vm.new_float(i)?)
            } else {
                let (m, e) = frexp(x);
                (vm.new_float(m)?, Value::small(e))
            };
            return vm.new_tuple(alloc::vec![a, b2]);
        }
        MathLdexp => {
            let x = f(vm, pos, 0)?;
            let e = vm.to_i64(arg(pos, 1))?;
            return vm.new_float(mathf::ldexp(x, e.clamp(-5000, 5000) as i32));
        }
        _ => return other_fn(vm, b, pos, kw),
    };
    math_result(vm, pos, r, true)
}

/// Whether a float among `pos` is a NaN (`nan`) or an infinity (`!nan`).
#[inline(never)]
fn non_finite_arg(vm: &Vm<'_>, pos: &[Value], nan: bool) -> bool {
    pos.iter().any(|&v| match vm.heap.get(v) {
        Some(Obj::Float(x)) => (nan && x.is_nan()) || (!nan && x.is_infinite()),
        _ => false,
    })
}

/// `x` as `m * 2**e` with `0.5 <= |m| < 1` (0, infinities and NaN as they are, `e` 0), read
/// off the bits.
fn frexp(x: Float) -> (Float, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // A subnormal is scaled up into the normal range first (exactly).
    let (x, scaled) = if mathf::biased_exp(x) == 0 {
        (x * 18_446_744_073_709_551_616.0, 64)
    } else {
        (x, 0)
    };
    let e = i64::from(mathf::biased_exp(x) - (mathf::EXP_BIAS - 1)) - scaled;
    let bits = (mathf::bits(x) & !(mathf::EXP_MASK << mathf::FRAC_BITS))
        | (((mathf::EXP_BIAS - 1) as u64) << mathf::FRAC_BITS);
    (Float::from_bits(bits as _), e)
}

fn other_fn(vm: &mut Vm<'_>, b: B, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    use B::*;
    let a0 = arg(pos, 0);
    let a1 = arg(pos, 1);
    match b {
        SysExit => {
            let args = if a0.is_null() {
                Vec::new()
            } else {
                alloc::vec![a0]
            };
            Err(vm.new_exc(Value::ty(Type::SystemExit), args)?)
        }
        StreamWriteFd => {
            // Bound to a small int: 1 stdout, 2 stderr.
            let fd = a0.as_small().unwrap_or(1) as u8;
            let mut out = Vec::new();
            match vm.buf_bytes(a1) {
                Some(bb) => out.extend_from_slice(bb),
                None => vm.print_to(a1, false, &mut out)?,
            }
            vm.port.write(fd, &out);
            let n = if vm.str_bytes(a1).is_some() {
                vm.len_of(a1)?
            } else {
                out.len()
            };
            vm.new_int(n as i64)
        }
        GcCollect => {
            vm.gc_requested = true;
            Ok(Value::NONE)
        }
        GcMemFree => {
            let free = vm.heap.limit.saturating_sub(vm.heap.used);
            vm.new_int(free as i64)
        }
        GcMemAlloc => vm.new_int(vm.heap.used as i64),
        GcEnable | GcDisable => {
            vm.gc_enabled = b == GcEnable;
            Ok(Value::NONE)
        }
        GcIsenabled => Ok(Value::bool(vm.gc_enabled)),
        TimeTicksMs | TimeTicksUs | TimeTime => {
            let ms = vm.port.ticks_ms();
            match b {
                TimeTicksMs => vm.new_int((ms & 0x3fff_ffff) as i64),
                TimeTicksUs => vm.new_int(((ms * 1000) & 0x3fff_ffff) as i64),
                _ => vm.new_int((ms / 1000) as i64),
            }
        }
        TimeTicksDiff => {
            let (x, y) = (vm.to_i64(a0)?, vm.to_i64(a1)?);
            // Ticks wrap at 2^30; the difference is signed in that ring.
            let d = (x - y) & 0x3fff_ffff;
            let d = if d >= 0x2000_0000 { d - 0x4000_0000 } else { d };
            vm.new_int(d)
        }
        TimeTicksAdd => {
            let (x, y) = (vm.to_i64(a0)?, vm.to_i64(a1)?);
            vm.new_int((x + y) & 0x3fff_ffff)
        }
        TimeSleepMs | TimeSleep | TimeSleepUs => {
            let ms = match b {
                TimeSleep => (vm.to_float(a0)? * 1000.0) as u64,
                TimeSleepUs => (vm.to_i64(a0)?.max(0) / 1000) as u64,
                _ => vm.to_i64(a0)?.max(0) as u64,
            };
            vm.port.sleep_ms(ms);
            Ok(Value::NONE)
        }
        MpConst => Ok(a0),
        MpOptLevel => {
            if a0.is_null() {
                return Ok(Value::small(i64::from(vm.opt_level)));
            }
            vm.opt_level = vm.to_i64(a0)?.clamp(0, 3) as u8;
            Ok(Value::NONE)
        }
        MpHeapLock => {
            vm.heap.locked += 1;
            Ok(Value::NONE)
        }
        MpHeapUnlock => {
            vm.heap.locked = vm.heap.locked.saturating_sub(1);
            Ok(Value::small(i64::from(vm.heap.locked)))
        }
        CollNamedtuple => {
            let mut fields = Vec::new();
            if let Some(s) = vm.str_bytes(a1) {
                // Names separated by spaces and commas.
                let s = s.to_vec();
                let mut start = 0;
                for i in 0..=s.len() {
                    if i == s.len() || s[i] == b' ' || s[i] == b',' {
                        if i > start {
                            fields.push(Value::qstr(vm.qstrs.intern(&s[start..i])));
                        }
                        start = i + 1;
                    }
                }
            } else {
                for x in vm.to_vec(a1)? {
                    fields.push(Value::qstr(vm.intern_value(x).unwrap_or(1)));
                }
            }
            let t = vm.new_tuple(fields)?;
            vm.alloc(Obj::NamedTupleType(a0, t))
        }
        StructPack | StructUnpack | StructCalcsize | StructUnpackFrom => {
            crate::modules::structs(vm, b, pos)
        }
        StructPackInto => {
            // pack_into(fmt, buffer, offset, *values): the room is checked first.
            let size = crate::modules::structs(vm, StructCalcsize, &[a0])?;
            let size = vm.to_i64(size)?;
            let len = vm.buf_bytes(a1).map_or(0, <[u8]>::len) as i64;
            let off = vm.to_i64(arg(pos, 2))?;
            let at = if off < 0 { off + len } else { off };
            if at < 0 || at + size > len {
                return Err(vm.err_static(Type::ValueError, "buffer too small"));
            }
            let mut p = alloc::vec![a0];
            p.extend_from_slice(pos.get(3..).unwrap_or(&[]));
            let packed = crate::modules::structs(vm, StructPack, &p)?;
            let data = vm.buf_bytes(packed).unwrap_or_default().to_vec();
            let off = vm.to_i64(arg(pos, 2))?;
            match vm.heap.get_mut(a1) {
                Some(Obj::ByteArray(b) | Obj::Array(_, b)) => {
                    let at = if off < 0 { off + b.len() as i64 } else { off };
                    if at < 0 || at as usize + data.len() > b.len() {
                        return Err(vm.err_static(Type::ValueError, "buffer too small"));
                    }
                    let at = at as usize;
                    b[at..at + data.len()].copy_from_slice(&data);
                    Ok(Value::NONE)
                }
                _ => Err(vm.err_static(Type::TypeError, "buffer is read-only")),
            }
        }
        _ => crate::modules::object_methods(vm, b, pos, kw),
    }
}

/// The items of a struct format (code and count; `s` keeps its count, the others repeat,
/// with `x` padding for native alignment) and whether it is little-endian. As MicroPython
/// reads formats: `=` takes only `x` and `s`, and a count must be followed by a code.
fn struct_items(vm: &mut Vm<'_>, fmt: &[u8]) -> PyResult<(bool, Vec<(u8, usize)>)> {
    let mut items = Vec::new();
    let (prefix, mut i) = match fmt.first() {
        Some(&c @ (b'<' | b'=' | b'@' | b'>' | b'!')) => (c, 1),
        _ => (b'@', 0),
    };
    let little = !matches!(prefix, b'>' | b'!');
    let mut off = 0;
    while i < fmt.len() {
        let at = i;
        let n = crate::format::number_at(fmt, &mut i, 0);
        let n = if i > at { n } else { 1 };
        let c = fmt.get(i).copied().unwrap_or(0);
        i += 1;
        let sized = matches!(c, b's' | b'x');
        if !sized && (prefix == b'=' || !b"bBhHiIlLqQfdeP".contains(&c)) {
            return Err(vm.err_static(Type::ValueError, "bad typecode"));
        }
        if c == b's' {
            items.push((c, n));
            off += n;
        } else {
            let w = struct_size(c);
            // One entry per item: a huge count is a MemoryError, not an abort.
            vm.room(n.saturating_mul(2 * core::mem::size_of::<(u8, usize)>()))?;
            for _ in 0..n {
                // Native mode aligns each item to its size.
                while prefix == b'@' && off % w != 0 {
                    items.push((b'x', 1));
                    off += 1;
                }
                items.push((c, 1));
                off += w;
            }
        }
    }
    Ok((little, items))
}

/// `x` (as a single-precision float) in the 16-bit format `e`, with MicroPython's own
/// conversion: the mantissa rounds half up, and exponents past the format's range are not
/// all caught, so the result matches the reference bit for bit.
fn half_from_f32(x: f32) -> u16 {
    let bits = x.to_bits();
    let mut m = ((bits >> 13) & 0x3ff) as i32 + ((bits >> 12) & 1) as i32;
    let mut e = ((bits >> 23) & 0xff) as i32;
    if e == 0xff {
        e = 0x1f;
    } else if e != 0 {
        e -= 127 - 15;
        if e < 0 {
            m = if e >= -11 {
                let t = (m | 0x400) >> -e;
                (t >> 1) + (t & 1)
            } else {
                0
            };
            e = 0;
        } else if e > 0x3f {
            e = 0x1f;
            m = 0;
        }
    }
    ((bits >> 16) & 0x8000) as u16 | ((e << 10) | m) as u16
}

/// The single-precision value of the 16-bit float `h`.
fn f32_from_half(h: u16) -> f32 {
    let mut m = u32::from(h & 0x3ff);
    let mut e = u32::from((h >> 10) & 0x1f);
    if e == 0x1f {
        e = 0xff;
    } else if e != 0 {
        e += 127 - 15;
    } else if m != 0 {
        // A subnormal half is a normal single.
        e = 127 - 15 + 1;
        while m & 0x400 == 0 {
            m <<= 1;
            e -= 1;
        }
        m -= 0x400;
    }
    f32::from_bits((u32::from(h & 0x8000) << 16) | (e << 23) | (m << 13))
}

fn struct_size(c: u8) -> usize {
    match c {
        b'b' | b'B' | b'x' | b's' => 1,
        b'h' | b'H' | b'e' => 2,
        b'q' | b'Q' | b'd' => 8,
        _ => 4,
    }
}

pub(crate) fn structs(vm: &mut Vm<'_>, b: B, pos: &[Value]) -> PyResult<Value> {
    let f = arg(pos, 0);
    // The format is a str or bytes.
    let fmt = match vm.heap.get(f) {
        Some(Obj::Bytes(b)) => Some(&b[..]),
        _ => vm.str_bytes(f),
    };
    let Some(fmt) = fmt else {
        return Err(vm.bad_implicit(f));
    };
    let fmt = fmt.to_vec();
    let (little, items) = struct_items(vm, &fmt)?;
    let size: usize = items
        .iter()
        .map(|&(c, n)| if c == b's' { n } else { struct_size(c) })
        .sum();
    match b {
        B::StructCalcsize => vm.new_int(size as i64),
        B::StructPack => {
            let mut out = Vec::with_capacity(size);
            let mut ai = 1;
            for (c, n) in items {
                if c == b'x' {
                    out.push(0);
                    continue;
                }
                let v = arg(pos, ai);
                ai += 1;
                if v.is_null() {
                    // Values not given are left zero, as MicroPython packs.
                    out.resize(size, 0);
                    break;
                }
                if c == b's' {
                    vm.room(n)?;
                    let d = text_of(vm, v).unwrap_or_default();
                    let k = d.len().min(n);
                    out.extend_from_slice(&d[..k]);
                    out.resize(out.len() + n - k, 0);
                    continue;
                }
                let w = struct_size(c);
                let bytes: [u8; 8] = match c {
                    b'f' => u64::from(f32_of(vm.to_float(v)?).to_bits()).to_le_bytes(),
                    b'e' => u64::from(half_from_f32(f32_of(vm.to_float(v)?))).to_le_bytes(),
                    b'd' => f64_of(vm.to_float(v)?).to_bits().to_le_bytes(),
                    _ => {
                        let i = match vm.to_big(v) {
                            Some(bi) => bi.low_u64() as i64,
                            None => {
                                return Err(vm.err_static(Type::TypeError, "can't convert to int"));
                            }
                        };
                        i.to_le_bytes()
                    }
                };
                let at = out.len();
                out.extend_from_slice(&bytes[..w]);
                if !little {
                    out[at..].reverse();
                }
            }
            vm.alloc(Obj::Bytes(out.into()))
        }
        _ => {
            let mut data = vm.buf_bytes(arg(pos, 1)).unwrap_or_default().to_vec();
            if b == B::StructUnpackFrom && !arg(pos, 2).is_null() {
                let off = vm.to_i64(arg(pos, 2))?;
                let at = if off < 0 {
                    off + data.len() as i64
                } else {
                    off
                };
                if at < 0 || at as usize > data.len() {
                    return Err(vm.err_static(Type::ValueError, "buffer too small"));
                }
                splice(&mut data, 0, at as usize, &[]);
            }
            if data.len() < size {
                return Err(vm.err_static(Type::ValueError, "buffer too small"));
            }
            let mut vals = Vec::new();
            let mut p = 0;
            for (c, n) in items {
                if c == b's' {
                    vals.push(vm.alloc(Obj::Bytes(data[p..p + n].into()))?);
                    p += n;
                    continue;
                }
                let w = struct_size(c);
                let mut b8 = [0u8; 8];
                b8[..w].copy_from_slice(&data[p..p + w]);
                p += w;
                if c == b'x' {
                    continue;
                }
                if !little {
                    b8[..w].reverse();
                }
                let u = u64::from_le_bytes(b8);
                let v = match c {
                    b'b' => Value::small(i64::from(u as u8 as i8)),
                    b'h' => Value::small(i64::from(u as u16 as i16)),
                    b'i' | b'l' => vm.new_int(i64::from(u as u32 as i32))?,
                    b'q' => vm.new_int(u as i64)?,
                    b'Q' => vm.new_big(BigInt::from_i128(i128::from(u)))?,
                    b'f' => vm.new_float(float_of_f32(f32::from_bits(u as u32)))?,
                    b'e' => vm.new_float(float_of_f32(f32_from_half(u as u16)))?,
                    b'd' => vm.new_float(float_of_f64(f64::from_bits(u)))?,
                    _ => vm.new_int(u as i64)?,
                };
                vals.push(v);
            }
            vm.new_tuple(vals)
        }
    }
}

/// Writes `data` at the position of `s` if it is a StringIO/BytesIO (overwriting, then
/// extending); whether it is one.
fn stream_put(vm: &mut Vm<'_>, s: Value, data: &[u8]) -> PyResult<bool> {
    let gap = match vm.heap.get(s) {
        Some(Obj::Stream(buf, p, _)) => p.saturating_sub(buf.len()),
        _ => return Ok(false),
    };
    // Writing past the end fills the gap with zero bytes (if the heap has room for them).
    vm.room(gap.saturating_add(data.len()))?;
    let Some(Obj::Stream(buf, p, _)) = vm.heap.get_mut(s) else {
        return Ok(false);
    };
    let at = *p;
    if at > buf.len() {
        buf.resize(at, 0);
    }
    let end = (at + data.len()).min(buf.len());
    splice(buf, at, end, data);
    *p = at + data.len();
    Ok(true)
}

/// `getvalue()`, `read(n)` (`n` bytes, or characters of a StringIO; all for a negative `n`)
/// and `readline()` of a StringIO/BytesIO.
pub(crate) fn stream_read(vm: &mut Vm<'_>, s: Value, b: B, n: i64) -> PyResult<Value> {
    let (data, is_bytes) = match vm.heap.get_mut(s) {
        Some(Obj::Stream(buf, _, bb)) if b == B::StreamGetvalue => (buf.clone(), *bb),
        Some(Obj::Stream(buf, p, bb)) => {
            let start = (*p).min(buf.len());
            let (mut end, mut left) = (start, n);
            while end < buf.len() && left != 0 {
                end += 1;
                if b == B::StreamReadline && buf[end - 1] == b'\n' {
                    break;
                }
                while !*bb && end < buf.len() && buf[end] & 0xc0 == 0x80 {
                    end += 1;
                }
                left -= 1;
            }
            *p = end;
            (buf[start..end].to_vec(), *bb)
        }
        _ => return Err(vm.err_static(Type::TypeError, "not a stream")),
    };
    if is_bytes {
        vm.alloc(Obj::Bytes(data.into()))
    } else {
        vm.new_str_bytes(&data)
    }
}

/// The bit of a deque's maxlen that marks the overflow check (`deque(it, n, True)`).
const DEQUE_CHECKED: usize = 1 << (usize::BITS - 1);

/// Methods of module-defined types (StringIO, deque, array).
pub(crate) fn object_methods(
    vm: &mut Vm<'_>,
    b: B,
    pos: &[Value],
    _kw: &[(Value, Value)],
) -> PyResult<Value> {
    use B::*;
    let s = arg(pos, 0);
    let a1 = arg(pos, 1);
    if let Some(Obj::Stream(_, usize::MAX, _)) = vm.heap.get(s) {
        if !matches!(b, StreamClose | StreamExit | StreamEnter) {
            return Err(vm.err_static(Type::ValueError, "I/O operation on closed file"));
        }
    }
    match b {
        StreamWrite => {
            let data = match text_of(vm, a1) {
                Some(d) => d,
                None => return Err(vm.err_static(Type::TypeError, "write expects str or bytes")),
            };
            // MicroPython's extended forms: write(buf, len) and write(buf, offset, len).
            let (off, len) = match pos.len() {
                3 => (0, vm.to_i64(pos[2])?),
                4 => (vm.to_i64(pos[2])?, vm.to_i64(pos[3])?),
                _ => (0, i64::MAX),
            };
            // As sizes (a negative number is a huge one), clamped to the data.
            let size = |x: i64| usize::try_from(x as u64).unwrap_or(usize::MAX);
            let off = size(off).min(data.len());
            let len = size(len).min(data.len() - off);
            stream_put(vm, s, &data[off..off + len])?;
            vm.new_int(len as i64)
        }
        StreamFlush => Ok(Value::NONE),
        StreamReadinto => {
            let room = match vm.heap.get(a1) {
                Some(Obj::ByteArray(b) | Obj::Array(_, b)) => b.len(),
                _ => {
                    return Err(
                        vm.err_static(Type::TypeError, "object with buffer protocol required")
                    );
                }
            };
            let n = if pos.len() > 2 {
                vm.to_i64(pos[2])?.max(0) as usize
            } else {
                room
            };
            let data = match vm.heap.get_mut(s) {
                Some(Obj::Stream(buf, p, _)) => {
                    let start = (*p).min(buf.len());
                    let end = (start + n.min(room)).min(buf.len());
                    *p = end;
                    buf[start..end].to_vec()
                }
                _ => Vec::new(),
            };
            if let Some(Obj::ByteArray(b) | Obj::Array(_, b)) = vm.heap.get_mut(a1) {
                b[..data.len()].copy_from_slice(&data);
            }
            vm.new_int(data.len() as i64)
        }
        StreamGetvalue | StreamRead | StreamReadline => {
            let n = if b == StreamReadline || a1.is_null() || a1.is_none() {
                -1
            } else {
                vm.to_i64(a1)?
            };
            stream_read(vm, s, b, n)
        }
        StreamSeek => {
            let off = vm.to_i64(a1)?;
            let whence = if pos.len() > 2 { vm.to_i64(pos[2])? } else { 0 };
            let mut to = 0;
            if let Some(Obj::Stream(buf, p, _)) = vm.heap.get_mut(s) {
                let from = match whence {
                    1 => *p as i64,
                    2 => buf.len() as i64,
                    _ => 0,
                };
                let Ok(t) = usize::try_from(from + off) else {
                    // A position before the start is EINVAL, as a file's seek gives.
                    return Err(vm.err_value(Type::OSError, Value::small(22)));
                };
                to = t;
                *p = to;
            }
            vm.new_int(to as i64)
        }
        StreamEnter => Ok(s),
        StreamClose | StreamExit => {
            // A closed stream is marked by an impossible position.
            if let Some(Obj::Stream(_, p, _)) = vm.heap.get_mut(s) {
                *p = usize::MAX;
            }
            Ok(Value::NONE)
        }
        StreamTell => match vm.heap.get(s) {
            Some(Obj::Stream(_, p, _)) => {
                let p = *p;
                vm.new_int(p as i64)
            }
            _ => Ok(Value::small(0)),
        },
        DequeAppend | DequeAppendleft | DequeExtend => {
            let items = if b == DequeExtend {
                vm.to_vec(a1)?
            } else {
                alloc::vec![a1]
            };
            if let Some(Obj::Deque(d, max)) = vm.heap.get_mut(s) {
                let (limit, checked) = (*max & !DEQUE_CHECKED, *max & DEQUE_CHECKED != 0);
                for x in items {
                    if checked && d.len() >= limit {
                        // A deque made with the overflow check refuses to drop items.
                        return Err(vm.err_static(Type::IndexError, "full"));
                    }
                    if b == DequeAppendleft {
                        d.push_front(x);
                        if d.len() > limit {
                            d.pop_back();
                        }
                    } else {
                        d.push_back(x);
                        if d.len() > limit {
                            d.pop_front();
                        }
                    }
                }
            }
            Ok(Value::NONE)
        }
        DequePop | DequePopleft => {
            let r = match vm.heap.get_mut(s) {
                Some(Obj::Deque(d, _)) => {
                    if b == DequePop {
                        d.pop_back()
                    } else {
                        d.pop_front()
                    }
                }
                _ => None,
            };
            r.ok_or_else(|| vm.err_static(Type::IndexError, "empty"))
        }
        ArrayAppend | ArrayExtend => {
            let items = if b == ArrayExtend {
                vm.to_vec(a1)?
            } else {
                alloc::vec![a1]
            };
            let tc = match vm.heap.get(s) {
                Some(Obj::Array(tc, _)) => *tc,
                _ => b'B',
            };
            let mut bytes = Vec::new();
            for x in items {
                array_push(vm, tc, x, &mut bytes)?;
            }
            if let Some(Obj::Array(_, d)) = vm.heap.get_mut(s) {
                d.extend(bytes);
            }
            Ok(Value::NONE)
        }
        _ => {
            let m = fill("'{}' is not supported here", &[b.name()]);
            Err(vm.type_error(m))
        }
    }
}

/// The bytes of `x` as an item of an `array` of typecode `tc`.
pub(crate) fn array_item(vm: &mut Vm<'_>, tc: u8, x: Value) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    array_push(vm, tc, x, &mut out)?;
    Ok(out)
}

/// Appends the bytes of `x` as an item of an `array` of typecode `tc` to `out`.
fn array_push(vm: &mut Vm<'_>, tc: u8, x: Value, out: &mut Vec<u8>) -> PyResult<()> {
    let u = match tc {
        b'f' => u64::from(f32_of(vm.to_float(x)?).to_bits()),
        b'd' => f64_of(vm.to_float(x)?).to_bits(),
        // Any int, big ones too, stores its low bytes (as MicroPython stores a big int).
        _ => match vm.to_big(x) {
            Some(b) => b.low_u64(),
            None => vm.to_i64(x)? as u64,
        },
    };
    out.extend_from_slice(&u.to_le_bytes()[..crate::builtins::array_width(tc)]);
    Ok(())
}

/// Types that belong to modules (`io.StringIO`, `collections.deque`, `array.array`).
pub(crate) fn construct_module_type(
    vm: &mut Vm<'_>,
    t: Type,
    pos: &[Value],
    _kw: &[(Value, Value)],
) -> PyResult<Value> {
    let a0 = arg(pos, 0);
    match t {
        Type::StringIO | Type::BytesIO => {
            let init = text_of(vm, a0).unwrap_or_default();
            vm.alloc(Obj::Stream(init, 0, t == Type::BytesIO))
        }
        Type::Deque => {
            let items = if a0.is_null() {
                Vec::new()
            } else {
                vm.to_vec(a0)?
            };
            let max = vm.to_i64(arg(pos, 1))?;
            if max < 0 {
                return Err(vm.err_bare(Type::ValueError));
            }
            let max = usize::try_from(max).unwrap_or(usize::MAX) & !DEQUE_CHECKED;
            // Past maxlen, the first items are dropped.
            let skip = items.len().saturating_sub(max);
            // MicroPython's third argument: fail instead of dropping when full.
            let checked = if pos.len() > 2 && vm.truthy(pos[2])? {
                DEQUE_CHECKED
            } else {
                0
            };
            vm.alloc(Obj::Deque(
                items.into_iter().skip(skip).collect::<VecDeque<_>>(),
                max | checked,
            ))
        }
        Type::Array => {
            let tc = vm
                .str_bytes(a0)
                .and_then(|s| s.first().copied())
                .unwrap_or(b'B');
            if !b"bBhHiIlLqQfd".contains(&tc) {
                return Err(vm.err_static(Type::ValueError, "bad typecode"));
            }
            let mut data = Vec::new();
            let init = arg(pos, 1);
            if !init.is_null() {
                let raw = match vm.heap.get(init) {
                    Some(Obj::Bytes(b)) => Some(&b[..]),
                    Some(Obj::ByteArray(b)) => Some(&b[..]),
                    _ => None,
                };
                if let Some(b) = raw {
                    // Bytes are copied raw, whole items only; anything else is iterated
                    // (another array too, item by item).
                    let w = crate::builtins::array_width(tc);
                    data = b[..b.len() / w * w].to_vec();
                } else {
                    for x in vm.to_vec(init)? {
                        array_push(vm, tc, x, &mut data)?;
                    }
                }
            }
            vm.alloc(Obj::Array(tc, data))
        }
        _ => {
            let m = fill("cannot create '{}' instances", &[t.name()]);
            Err(vm.type_error(m))
        }
    }
}

/// `d.keys()` / `.values()` / `.items()` views.
pub(crate) fn dict_view(vm: &mut Vm<'_>, d: Value, kind: u8) -> PyResult<Value> {
    vm.alloc(Obj::DictView(d, kind))
}

impl<'a> Vm<'a> {
    /// Writes to a stream-like object (`print(file=…)`).
    pub(crate) fn write_to(&mut self, f: Value, data: &[u8]) -> PyResult<()> {
        if stream_put(self, f, data)? {
            return Ok(());
        }
        let s = self.new_str_bytes(data)?;
        let q = self.qstrs.intern_static("write");
        self.call_method(f, q, &[s])?;
        Ok(())
    }

    /// A new module named `q` with only `__name__` bound, and its globals.
    #[inline(never)]
    fn new_module(&mut self, q: u32) -> PyResult<(Value, Value)> {
        let g = self.new_dict()?;
        let m = self.alloc(Obj::Module(q, g))?;
        self.dict_set(g, Value::qstr(self.q.name), Value::qstr(q))?;
        Ok((m, g))
    }

    /// Binds `name` to `v` in module globals `g`.
    #[inline(never)]
    fn bind_name(&mut self, g: Value, name: &'static str, v: Value) -> PyResult<()> {
        let q = self.qstrs.intern_static(name);
        self.dict_set(g, Value::qstr(q), v)
    }

    fn builtin_module(&mut self, q: u32) -> PyResult<Option<Value>> {
        use B::*;
        let name = self.qstrs.bytes(q).to_vec();
        let known = MODULE_ITEMS.iter().find(|(n, _)| *n == &name[..]);
        if known.is_none() && name != b"sys" && name != b"errno" {
            return Ok(None);
        }
        let (m, g) = self.new_module(q)?;
        if let Some((_, vals)) = known {
            for &v in vals.iter() {
                self.bind_name(g, item_name(v), v)?;
            }
            if name == b"math" {
                for &(n, x) in &[
                    ("pi", PI),
                    ("e", consts::E),
                    ("tau", consts::TAU),
                    ("inf", Float::INFINITY),
                    ("nan", Float::NAN),
                ] {
                    let f = self.new_float(x)?;
                    self.bind_name(g, n, f)?;
                }
            }
        } else if name == b"sys" {
            for &(n, fd) in &[("stdout", 1), ("stderr", 2)] {
                let w = self.alloc(Obj::BuiltinBound(bf(StreamWriteFd), Value::small(fd)))?;
                let nq = self.qstrs.intern_static(n);
                let (stream, sg) = self.new_module(nq)?;
                self.bind_name(sg, "write", w)?;
                self.bind_name(g, n, stream)?;
            }
            let argv = self.new_list(Vec::new())?;
            self.bind_name(g, "argv", argv)?;
            let little = self.qstrs.intern_static("little");
            self.bind_name(g, "byteorder", Value::qstr(little))?;
            let maxsize = self.new_int(2147483647)?;
            self.bind_name(g, "maxsize", maxsize)?;
            let vi = self.new_tuple(alloc::vec![
                Value::small(3),
                Value::small(4),
                Value::small(0)
            ])?;
            self.bind_name(g, "version_info", vi)?;
            // sys.implementation: a tuple with named fields and no type name (MicroPython's
            // "attrtuple"), for the language level this VM follows and its .mpy version
            // (6.3, no native code).
            let mut names = Vec::new();
            for n in ["name", "version", "_machine", "_mpy"] {
                names.push(Value::qstr(self.qstrs.intern_static(n)));
            }
            let fields = self.new_tuple(names)?;
            let empty = self.qstrs.intern_static("");
            let ty = self.alloc(Obj::NamedTupleType(Value::qstr(empty), fields))?;
            let version = self.new_tuple(alloc::vec![
                Value::small(1),
                Value::small(27),
                Value::small(0),
                Value::qstr(empty)
            ])?;
            let mp = Value::qstr(self.qstrs.intern_static("micropython"));
            let machine = Value::qstr(self.qstrs.intern_static("frost vm-min"));
            let mpy = Value::small(6 | 3 << 8);
            let values = self.new_tuple(alloc::vec![mp, version, machine, mpy])?;
            let imp = self.alloc(Obj::NamedTuple(ty, values))?;
            self.bind_name(g, "implementation", imp)?;
            let path = self.new_list(alloc::vec![Value::qstr(empty)])?;
            self.bind_name(g, "path", path)?;
            let ver = self.qstrs.intern_static("3.4.0; frost vm-min");
            self.bind_name(g, "version", Value::qstr(ver))?;
            let plat = self.qstrs.intern_static("frost");
            self.bind_name(g, "platform", Value::qstr(plat))?;
            self.bind_name(g, "exit", bf(SysExit))?;
        } else {
            let codes = self.new_dict()?;
            for &(n, c) in ERRNO.iter() {
                self.bind_name(g, n, Value::small(c))?;
                let nq = self.qstrs.intern_static(n);
                self.dict_set(codes, Value::small(c), Value::qstr(nq))?;
            }
            self.bind_name(g, "errorcode", codes)?;
        }
        Ok(Some(m))
    }

    /// `IMPORT_NAME`.
    pub(crate) fn import_name(
        &mut self,
        q: u32,
        fromlist: Value,
        _level: Value,
    ) -> PyResult<Value> {
        let _ = fromlist;
        for &(n, m) in &self.modules {
            if n == q {
                return Ok(m);
            }
        }
        if let Some(m) = self.builtin_module(q)? {
            self.modules.push((q, m));
            return Ok(m);
        }
        let name = self.qstrs.bytes(q).to_vec();
        let Some(bytes) = self.port.load(&name) else {
            let m = fill("no module named '{}'", &[&self.qstr_text(q)]);
            return Err(self.err_string(Type::ImportError, &m));
        };
        let g = self.new_dict()?;
        let m = self.alloc(Obj::Module(q, g))?;
        self.modules.push((q, m));
        self.dict_set(g, Value::qstr(self.q.name), Value::qstr(q))?;
        if let Err(e) = self.run_module(bytes, g) {
            self.modules.retain(|&(n, _)| n != q);
            return Err(e);
        }
        Ok(m)
    }

    /// `from m import *`.
    pub(crate) fn import_star(&mut self, m: Value) -> PyResult<()> {
        let g = match self.heap.get(m) {
            Some(Obj::Module(_, g)) => *g,
            _ => return Ok(()),
        };
        let dest = self.frames.last().map_or(Value::NULL, |f| f.globals);
        for (k, v) in self.dict_items(g) {
            if self.str_bytes(k).is_some_and(|b| b.first() != Some(&b'_')) {
                self.dict_set(dest, k, v)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{Float, fabs, frexp};

    /// `frexp` by halving and doubling, the definition.
    fn frexp_by_steps(x: Float) -> (Float, i64) {
        if x == 0.0 || !x.is_finite() {
            return (x, 0);
        }
        let (mut m, mut e) = (x, 0);
        while fabs(m) >= 1.0 {
            m /= 2.0;
            e += 1;
        }
        while fabs(m) < 0.5 {
            m *= 2.0;
            e -= 1;
        }
        (m, e)
    }

    #[test]
    fn frexp_matches_its_definition() {
        let mut s: u64 = 0x2545_f491_4f6c_dd1d;
        let mut xs: alloc::vec::Vec<Float> = alloc::vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            3.0,
            -0.75,
            Float::MAX,
            Float::MIN_POSITIVE,
            Float::MIN_POSITIVE / 2.0,
            Float::from_bits(1),
            Float::INFINITY,
            Float::NEG_INFINITY,
            Float::NAN,
        ];
        for _ in 0..20000 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            xs.push(Float::from_bits(s as _));
        }
        for x in xs {
            let (got, want) = (frexp(x), frexp_by_steps(x));
            assert!(
                (got.0.to_bits() == want.0.to_bits() || (got.0.is_nan() && want.0.is_nan()))
                    && got.1 == want.1,
                "frexp({x:e}) = {got:?}, want {want:?}"
            );
        }
    }
}
