//! The zero-copy reader: [`Mpy::parse`] validates a whole file once, then hands out views
//! (qstrs, constants, raw codes, preludes, instructions) that borrow the input bytes.
//!
//! Validation covers everything a loader relies on: every length fits in the file, every qstr,
//! constant, child and local index is in range, every opcode is defined, every jump lands
//! inside its function, and nothing follows the outermost raw code. After `parse` succeeds,
//! walking the views cannot fail.

use crate::error::{Error, ErrorKind, Result};
use crate::header::{Arch, Header};
use crate::opcode::{self, Arg, Operand, UintKind};
use crate::prelude::Prelude;
use crate::qstr_static::{STATIC_QSTR_COUNT, static_qstr};
use crate::varint::Cursor;

/// Deepest nesting of raw codes, or of tuples inside constants, that the reader accepts.
/// Real programs stay far below; the limit keeps the reader's recursion bounded.
pub const MAX_DEPTH: u32 = 64;

/// Viper scope flag: a relocation stream follows the children.
pub const VIPER_FLAG_RELOC: u32 = 0x10;
/// Viper scope flag: the record carries read-only data.
pub const VIPER_FLAG_RODATA: u32 = 0x20;
/// Viper scope flag: the record asks for zeroed data.
pub const VIPER_FLAG_BSS: u32 = 0x40;

/// A validated `.mpy` file.
#[derive(Clone, Copy, Debug)]
pub struct Mpy<'a> {
    data: &'a [u8],
    /// The header.
    pub header: Header,
    /// The qstr table.
    pub qstrs: QstrTable<'a>,
    /// The constant-object table.
    pub consts: ConstTable<'a>,
    root: usize,
}

#[derive(Clone, Copy, Debug)]
struct Ctx {
    n_qstr: u32,
    n_obj: u32,
    arch: Arch,
}

impl<'a> Mpy<'a> {
    /// Parses and validates `data` as a version-6 `.mpy` file.
    pub fn parse(data: &'a [u8]) -> Result<Mpy<'a>> {
        let mut c = Cursor::new(data, 0);
        let header = Header::read(&mut c)?;
        let n_qstr = c.len_vuint("the qstr count", 1)? as u32;
        let n_obj = c.len_vuint("the constant count", 1)? as u32;
        let q_start = c.pos();
        for _ in 0..n_qstr {
            read_qstr(&mut c)?;
        }
        let qstrs = QstrTable {
            data,
            start: q_start,
            end: c.pos(),
            len: n_qstr,
        };
        let o_start = c.pos();
        for _ in 0..n_obj {
            read_const(&mut c, 0)?;
        }
        let consts = ConstTable {
            data,
            start: o_start,
            end: c.pos(),
            len: n_obj,
        };
        let root = c.pos();
        let ctx = Ctx {
            n_qstr,
            n_obj,
            arch: header.arch,
        };
        let end = RawCode::parse(data, root, &ctx, 0, true)?.end;
        if end != data.len() {
            return Err(Error::new(end, ErrorKind::TrailingBytes));
        }
        Ok(Mpy {
            data,
            header,
            qstrs,
            consts,
            root,
        })
    }

    /// The whole input.
    pub fn bytes(&self) -> &'a [u8] {
        self.data
    }

    /// The module's raw code (the root of the tree).
    pub fn root(&self) -> RawCode<'a> {
        let ctx = self.ctx();
        // The file was validated in `parse`, so the structural walk cannot fail.
        RawCode::parse(self.data, self.root, &ctx, 0, false).unwrap_or_else(|_| RawCode::empty())
    }

    /// The source file name: qstr 0, by convention.
    pub fn source_name(&self) -> Option<&'a [u8]> {
        self.qstrs.get(0).map(|q| q.bytes())
    }

    fn ctx(&self) -> Ctx {
        Ctx {
            n_qstr: self.qstrs.len,
            n_obj: self.consts.len,
            arch: self.header.arch,
        }
    }
}

/// One entry of the qstr table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qstr<'a> {
    /// A static qstr, by id (1..=165).
    Static(u16),
    /// A string spelled out in the file (bytes as stored, normally UTF-8).
    Str(&'a [u8]),
}

impl<'a> Qstr<'a> {
    /// The qstr's text.
    pub fn bytes(&self) -> &'a [u8] {
        match *self {
            Qstr::Static(id) => static_qstr(usize::from(id)),
            Qstr::Str(s) => s,
        }
    }
}

fn read_qstr<'a>(c: &mut Cursor<'a>) -> Result<Qstr<'a>> {
    let at = c.offset();
    let v = c.vuint("a qstr entry")?;
    if v & 1 == 1 {
        let id = v >> 1;
        if id == 0 || id as usize >= STATIC_QSTR_COUNT {
            return Err(Error::invalid(at, "a static qstr id in 1..=165"));
        }
        Ok(Qstr::Static(id as u16))
    } else {
        let s = c.bytes((v >> 1) as usize, "a qstr string")?;
        let nul_at = c.offset();
        if c.byte("a qstr's NUL terminator")? != 0 {
            return Err(Error::invalid(nul_at, "a NUL byte after the qstr string"));
        }
        Ok(Qstr::Str(s))
    }
}

/// The qstr table.
#[derive(Clone, Copy, Debug)]
pub struct QstrTable<'a> {
    data: &'a [u8],
    start: usize,
    end: usize,
    len: u32,
}

impl<'a> QstrTable<'a> {
    /// Number of entries.
    pub fn len(&self) -> u32 {
        self.len
    }
    /// True when the table is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Entries in order, each with its absolute file offset.
    pub fn iter(&self) -> impl Iterator<Item = (usize, Qstr<'a>)> + 'a {
        let mut c = Cursor::new(&self.data[self.start..self.end], self.start);
        let n = self.len;
        (0..n).map_while(move |_| {
            let at = c.offset();
            read_qstr(&mut c).ok().map(|q| (at, q))
        })
    }
    /// Entry `i` (a linear scan; build an index if you need many lookups).
    pub fn get(&self, i: u32) -> Option<Qstr<'a>> {
        self.iter().nth(i as usize).map(|(_, q)| q)
    }
    /// Byte size of the table in the file.
    pub fn byte_len(&self) -> usize {
        self.end - self.start
    }
}

/// Tag bytes of the constant-object table (`MP_PERSISTENT_OBJ_*`).
pub mod tag {
    /// The `mp_fun_table` marker used by native code.
    pub const FUN_TABLE: u8 = 0;
    /// `None`.
    pub const NONE: u8 = 1;
    /// `False`.
    pub const FALSE: u8 = 2;
    /// `True`.
    pub const TRUE: u8 = 3;
    /// `...`.
    pub const ELLIPSIS: u8 = 4;
    /// `str`: length, bytes, NUL.
    pub const STR: u8 = 5;
    /// `bytes`: length, bytes, NUL.
    pub const BYTES: u8 = 6;
    /// `int`: length, decimal text.
    pub const INT: u8 = 7;
    /// `float`: length, text.
    pub const FLOAT: u8 = 8;
    /// `complex`: length, text.
    pub const COMPLEX: u8 = 9;
    /// `tuple`: count, then that many nested objects.
    pub const TUPLE: u8 = 10;
}

/// A constant object, borrowing its bytes from the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Const<'a> {
    /// The `mp_fun_table` marker.
    FunTable,
    /// `None`.
    None,
    /// `False`.
    False,
    /// `True`.
    True,
    /// `...`.
    Ellipsis,
    /// A `str` (bytes as stored).
    Str(&'a [u8]),
    /// A `bytes`.
    Bytes(&'a [u8]),
    /// An `int`, as decimal text.
    Int(&'a str),
    /// A `float`, as text.
    Float(&'a str),
    /// A `complex` (imaginary literal), as text.
    Complex(&'a str),
    /// A tuple.
    Tuple(ConstTuple<'a>),
}

/// The items of a constant tuple.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConstTuple<'a> {
    items: &'a [u8],
    offset: usize,
    len: u32,
}

impl<'a> ConstTuple<'a> {
    /// Number of items.
    pub fn len(&self) -> u32 {
        self.len
    }
    /// True for `()`.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// The items in order.
    pub fn iter(&self) -> impl Iterator<Item = Const<'a>> + 'a {
        let mut c = Cursor::new(self.items, self.offset);
        (0..self.len).map_while(move |_| read_const(&mut c, 1).ok())
    }
}

fn text_const<'a>(c: &mut Cursor<'a>, what: &'static str, ok: fn(&str) -> bool) -> Result<&'a str> {
    let at = c.offset();
    let n = c.vuint(what)? as usize;
    let bytes = c.bytes(n, what)?;
    match core::str::from_utf8(bytes) {
        Ok(s) if ok(s) => Ok(s),
        _ => Err(Error::invalid(at, what)),
    }
}

fn is_int_text(s: &str) -> bool {
    let d = s.strip_prefix('-').unwrap_or(s);
    !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())
}

fn is_float_text(s: &str) -> bool {
    let t = s.strip_prefix('-').unwrap_or(s);
    if matches!(t, "inf" | "nan") {
        return true;
    }
    let (mant, exp) = match t.bytes().position(|b| b == b'e' || b == b'E') {
        Some(i) => (&t.as_bytes()[..i], Some(&t.as_bytes()[i + 1..])),
        None => (t.as_bytes(), None),
    };
    let mut digits = 0;
    let mut dots = 0;
    for &b in mant {
        match b {
            b'0'..=b'9' => digits += 1,
            b'.' => dots += 1,
            _ => return false,
        }
    }
    if digits == 0 || dots > 1 {
        return false;
    }
    match exp {
        None => true,
        Some(e) => {
            let e = e.strip_prefix(b"+").or(e.strip_prefix(b"-")).unwrap_or(e);
            !e.is_empty() && e.iter().all(u8::is_ascii_digit)
        }
    }
}

fn is_complex_text(s: &str) -> bool {
    s.strip_suffix('j').is_some_and(is_float_text)
}

fn read_const<'a>(c: &mut Cursor<'a>, depth: u32) -> Result<Const<'a>> {
    let at = c.offset();
    if depth > MAX_DEPTH {
        return Err(Error::new(at, ErrorKind::TooDeep));
    }
    let t = c.byte("a constant's type tag")?;
    Ok(match t {
        tag::FUN_TABLE => Const::FunTable,
        tag::NONE => Const::None,
        tag::FALSE => Const::False,
        tag::TRUE => Const::True,
        tag::ELLIPSIS => Const::Ellipsis,
        tag::STR | tag::BYTES => {
            let n = c.vuint("a string constant's length")? as usize;
            let s = c.bytes(n, "a string constant")?;
            let nul_at = c.offset();
            if c.byte("a string constant's NUL terminator")? != 0 {
                return Err(Error::invalid(
                    nul_at,
                    "a NUL byte after the string constant",
                ));
            }
            if t == tag::STR {
                Const::Str(s)
            } else {
                Const::Bytes(s)
            }
        }
        tag::INT => Const::Int(text_const(c, "an int constant in decimal", is_int_text)?),
        tag::FLOAT => Const::Float(text_const(c, "a float constant's text", is_float_text)?),
        tag::COMPLEX => {
            Const::Complex(text_const(c, "a complex constant's text", is_complex_text)?)
        }
        tag::TUPLE => {
            let n = c.len_vuint("a tuple constant's length", 1)? as u32;
            let start = c.pos();
            let offset = c.offset();
            for _ in 0..n {
                read_const(c, depth + 1)?;
            }
            let all = c.slice_from(start);
            Const::Tuple(ConstTuple {
                items: all,
                offset,
                len: n,
            })
        }
        _ => return Err(Error::invalid(at, "a constant type tag (0..=10)")),
    })
}

/// The constant-object table.
#[derive(Clone, Copy, Debug)]
pub struct ConstTable<'a> {
    data: &'a [u8],
    start: usize,
    end: usize,
    len: u32,
}

impl<'a> ConstTable<'a> {
    /// Number of entries.
    pub fn len(&self) -> u32 {
        self.len
    }
    /// True when there are no constants.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Entries in order, each with its absolute file offset.
    pub fn iter(&self) -> impl Iterator<Item = (usize, Const<'a>)> + 'a {
        let mut c = Cursor::new(&self.data[self.start..self.end], self.start);
        (0..self.len).map_while(move |_| {
            let at = c.offset();
            read_const(&mut c, 0).ok().map(|k| (at, k))
        })
    }
    /// Entry `i` (a linear scan).
    pub fn get(&self, i: u32) -> Option<Const<'a>> {
        self.iter().nth(i as usize).map(|(_, k)| k)
    }
    /// Byte size of the table in the file.
    pub fn byte_len(&self) -> usize {
        self.end - self.start
    }
}

/// The kind of a raw code (low two bits of its `kind_len`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// Bytecode with a prelude.
    Bytecode = 0,
    /// `@micropython.native`: machine code plus a prelude.
    Native = 1,
    /// `@micropython.viper`: machine code.
    Viper = 2,
    /// Inline assembler: machine code.
    Asm = 3,
}

impl CodeKind {
    /// Human-readable name.
    pub const fn name(self) -> &'static str {
        match self {
            CodeKind::Bytecode => "bytecode",
            CodeKind::Native => "native",
            CodeKind::Viper => "viper",
            CodeKind::Asm => "asm",
        }
    }
    fn from_bits(b: u32) -> CodeKind {
        match b & 3 {
            0 => CodeKind::Bytecode,
            1 => CodeKind::Native,
            2 => CodeKind::Viper,
            _ => CodeKind::Asm,
        }
    }
}

/// Fields that follow `fun_data`, by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trailer<'a> {
    /// Bytecode has none.
    None,
    /// Native: where the prelude starts inside `fun_data`.
    Native {
        /// Offset of the prelude within `fun_data`.
        prelude_offset: u32,
    },
    /// Viper: scope flags and optional data sections.
    Viper {
        /// `VIPER_FLAG_*` bits (0 from mpy-cross).
        scope_flags: u32,
        /// Size of the read-only data, when `VIPER_FLAG_RODATA` is set.
        rodata_size: Option<u32>,
        /// Size of the zeroed data, when `VIPER_FLAG_BSS` is set.
        bss_size: Option<u32>,
        /// The read-only data.
        rodata: &'a [u8],
    },
    /// Inline assembler: scope flags, argument count and type signature.
    Asm {
        /// Scope flags (0 from mpy-cross).
        scope_flags: u32,
        /// Number of arguments.
        n_pos_args: u32,
        /// Type signature of arguments and return value.
        type_sig: u32,
    },
}

/// One raw code record: a function, class body, lambda, comprehension or the module.
#[derive(Clone, Copy, Debug)]
pub struct RawCode<'a> {
    data: &'a [u8],
    ctx: Ctx,
    depth: u32,
    /// Absolute offset of the record's `kind_len`.
    pub offset: usize,
    /// The kind.
    pub kind: CodeKind,
    /// Absolute offset of `fun_data`.
    pub fun_data_offset: usize,
    /// The function data: prelude and bytecode, or machine code.
    pub fun_data: &'a [u8],
    /// Kind-specific trailer.
    pub trailer: Trailer<'a>,
    /// Number of children.
    pub n_children: u32,
    children_start: usize,
    /// Where the native prelude really starts inside `fun_data` (native code only).
    ///
    /// Normally the trailer's `prelude_offset`. mpy-cross stores that offset in 16 bits, so
    /// for a native function with 64 KiB or more of machine code it writes the offset modulo
    /// 65536 and MicroPython then reads a garbage prelude. The reader recovers the real
    /// offset (the one whose prelude parses and ends exactly at the end of `fun_data`, as
    /// mpy-cross lays it out) and sets [`RawCode::prelude_offset_wrapped`].
    pub prelude_start: u32,
    /// True when the stored native prelude offset was truncated to 16 bits (see
    /// [`RawCode::prelude_start`]): the file loads, but MicroPython misreads this function.
    pub prelude_offset_wrapped: bool,
    /// The relocation stream including its `0xff` end marker (viper with `VIPER_FLAG_RELOC`).
    pub relocs: &'a [u8],
    /// Absolute offset of `relocs`.
    pub relocs_offset: usize,
    /// Absolute offset one past the end of the record (children and relocations included).
    pub end: usize,
}

impl<'a> RawCode<'a> {
    fn empty() -> RawCode<'static> {
        RawCode {
            data: &[],
            ctx: Ctx {
                n_qstr: 0,
                n_obj: 0,
                arch: Arch::None,
            },
            depth: 0,
            offset: 0,
            kind: CodeKind::Bytecode,
            fun_data_offset: 0,
            fun_data: &[],
            trailer: Trailer::None,
            n_children: 0,
            children_start: 0,
            prelude_start: 0,
            prelude_offset_wrapped: false,
            relocs: &[],
            relocs_offset: 0,
            end: 0,
        }
    }

    fn parse(data: &'a [u8], offset: usize, ctx: &Ctx, depth: u32, validate: bool) -> Result<Self> {
        if depth > MAX_DEPTH {
            return Err(Error::new(offset, ErrorKind::TooDeep));
        }
        let mut c = Cursor::new(&data[offset.min(data.len())..], offset);
        let kind_len = c.vuint("a raw code's kind and length")?;
        let kind = CodeKind::from_bits(kind_len);
        let has_children = kind_len & 4 != 0;
        if kind != CodeKind::Bytecode && ctx.arch == Arch::None {
            return Err(Error::invalid(
                offset,
                "bytecode (the header names no native architecture)",
            ));
        }
        let fun_data_offset = c.offset();
        let fun_data = c.bytes((kind_len >> 3) as usize, "a raw code's function data")?;
        let trailer = match kind {
            CodeKind::Bytecode => Trailer::None,
            CodeKind::Native => {
                let at = c.offset();
                let prelude_offset = c.vuint("a native prelude offset")?;
                if prelude_offset as usize >= fun_data.len() {
                    return Err(Error::invalid(
                        at,
                        "a prelude offset inside the native code",
                    ));
                }
                Trailer::Native { prelude_offset }
            }
            CodeKind::Viper => {
                let scope_flags = c.vuint("viper scope flags")?;
                let rodata_size = if scope_flags & VIPER_FLAG_RODATA != 0 {
                    Some(c.vuint("the viper rodata size")?)
                } else {
                    None
                };
                let bss_size = if scope_flags & VIPER_FLAG_BSS != 0 {
                    Some(c.vuint("the viper bss size")?)
                } else {
                    None
                };
                let rodata = match rodata_size {
                    Some(n) => c.bytes(n as usize, "viper rodata")?,
                    None => &[],
                };
                Trailer::Viper {
                    scope_flags,
                    rodata_size,
                    bss_size,
                    rodata,
                }
            }
            CodeKind::Asm => Trailer::Asm {
                scope_flags: c.vuint("asm scope flags")?,
                n_pos_args: c.vuint("the asm argument count")?,
                type_sig: c.vuint("the asm type signature")?,
            },
        };
        let mut n_children = 0;
        if has_children {
            let at = c.offset();
            n_children = c.len_vuint("the child count", 1)? as u32;
            if n_children == 0 {
                return Err(Error::invalid(
                    at,
                    "a non-zero child count (the has-children bit is set)",
                ));
            }
        }
        let children_start = c.offset();
        let mut pos = children_start;
        for _ in 0..n_children {
            pos = RawCode::parse(data, pos, ctx, depth + 1, validate)?.end;
        }
        let mut c = Cursor::new(&data[pos..], pos);
        let relocs_offset = pos;
        if let Trailer::Viper { scope_flags, .. } = trailer {
            if scope_flags & VIPER_FLAG_RELOC != 0 {
                read_relocs(&mut c)?;
            }
        }
        let relocs = &data[relocs_offset..c.offset()];
        let (prelude_start, prelude_offset_wrapped) = match trailer {
            Trailer::Native { prelude_offset } => {
                resolve_native_prelude(fun_data, fun_data_offset, prelude_offset, ctx.n_qstr)
            }
            _ => (0, false),
        };
        let rc = RawCode {
            data,
            ctx: *ctx,
            depth,
            offset,
            kind,
            fun_data_offset,
            fun_data,
            trailer,
            n_children,
            children_start,
            prelude_start,
            prelude_offset_wrapped,
            relocs,
            relocs_offset,
            end: c.offset(),
        };
        if validate {
            rc.validate()?;
        }
        Ok(rc)
    }

    fn validate(&self) -> Result<()> {
        match self.kind {
            CodeKind::Bytecode => {
                let p = Prelude::parse(self.fun_data, self.fun_data_offset, self.ctx.n_qstr)?;
                self.check_prelude(&p)?;
                let code_at = self.fun_data_offset + p.len;
                for ins in opcode::Instrs::new(&self.fun_data[p.len..], code_at) {
                    let ins = ins?;
                    self.check_operand(&ins, &p, code_at)?;
                }
                Ok(())
            }
            CodeKind::Native => {
                let p = self
                    .prelude()
                    .ok_or(Error::invalid(self.fun_data_offset, "a prelude"))??;
                self.check_prelude(&p)
            }
            CodeKind::Viper | CodeKind::Asm => Ok(()),
        }
    }

    fn check_prelude(&self, p: &Prelude<'_>) -> Result<()> {
        let at = self.fun_data_offset;
        let sig = p.sig;
        if sig.n_def_pos_args > sig.n_pos_args {
            return Err(Error::invalid(
                at,
                "no more positional defaults than positional arguments",
            ));
        }
        if u64::from(sig.n_pos_args) + u64::from(sig.n_kwonly_args) > u64::from(sig.n_state) {
            return Err(Error::invalid(
                at,
                "an n_state large enough to hold the arguments",
            ));
        }
        for (i, &cell) in p.cells.iter().enumerate() {
            if u32::from(cell) >= sig.n_state {
                let off = at + p.len - p.cells.len() + i;
                return Err(Error::invalid(off, "a cell index below n_state"));
            }
        }
        // Native preludes have no line table from mpy-cross, but whatever the source-info
        // bytes hold must still decode.
        for line in p.lines() {
            line?;
        }
        Ok(())
    }

    fn check_operand(&self, ins: &opcode::Instr, p: &Prelude<'_>, code_at: usize) -> Result<()> {
        let at = code_at + ins.offset as usize;
        let range = |table: &'static str, index: u32, len: u32| {
            if index >= len {
                Err(Error::new(
                    at,
                    ErrorKind::IndexOutOfRange { table, index, len },
                ))
            } else {
                Ok(())
            }
        };
        match (ins.info.operand, ins.arg) {
            (Operand::Qstr, Arg::Qstr(q)) => range("qstr", q, self.ctx.n_qstr),
            (Operand::Uint(UintKind::Const), Arg::Uint(i)) => range("constant", i, self.ctx.n_obj),
            (Operand::Uint(UintKind::Child), Arg::Uint(i)) => range("child", i, self.n_children),
            (Operand::Uint(UintKind::Local), Arg::Uint(i))
            | (Operand::Implicit(opcode::ImplicitKind::Local), Arg::Uint(i)) => {
                range("local", i, p.sig.n_state)
            }
            _ => Ok(()),
        }
    }

    /// The prelude: for bytecode at the start of `fun_data`, for native code at the trailer's
    /// offset. `None` for viper and asm, which have none.
    pub fn prelude(&self) -> Option<Result<Prelude<'a>>> {
        let start = match self.kind {
            CodeKind::Bytecode => 0,
            CodeKind::Native => self.prelude_start as usize,
            _ => return None,
        };
        let data = &self.fun_data[start.min(self.fun_data.len())..];
        Some(Prelude::parse(
            data,
            self.fun_data_offset + start,
            self.ctx.n_qstr,
        ))
    }

    /// For bytecode: the instructions after the prelude, and the absolute offset of the first.
    pub fn bytecode(&self) -> Option<(&'a [u8], usize)> {
        if self.kind != CodeKind::Bytecode {
            return None;
        }
        let p = self.prelude()?.ok()?;
        Some((&self.fun_data[p.len..], self.fun_data_offset + p.len))
    }

    /// The children, in child-index order.
    pub fn children(&self) -> Children<'a> {
        Children {
            parent: *self,
            pos: self.children_start,
            left: self.n_children,
        }
    }
}

/// Iterator over a raw code's children.
#[derive(Clone, Debug)]
pub struct Children<'a> {
    parent: RawCode<'a>,
    pos: usize,
    left: u32,
}

impl<'a> Iterator for Children<'a> {
    type Item = RawCode<'a>;
    fn next(&mut self) -> Option<RawCode<'a>> {
        if self.left == 0 {
            return None;
        }
        let p = &self.parent;
        let rc = RawCode::parse(p.data, self.pos, &p.ctx, p.depth + 1, false).ok()?;
        self.left -= 1;
        self.pos = rc.end;
        Some(rc)
    }
}

/// Finds where a native prelude really starts; see [`RawCode::prelude_start`].
fn resolve_native_prelude(fun_data: &[u8], base: usize, stored: u32, n_qstr: u32) -> (u32, bool) {
    let fits = |start: usize| {
        Prelude::parse(&fun_data[start..], base + start, n_qstr)
            .is_ok_and(|p| start + p.len == fun_data.len())
    };
    let stored_ok = fits(stored as usize);
    if stored_ok || fun_data.len() <= 0xffff {
        return (stored, false);
    }
    let mut cand = stored as usize + 0x1_0000;
    while cand < fun_data.len() {
        if fits(cand) {
            return (cand as u32, true);
        }
        cand += 0x1_0000;
    }
    (stored, false)
}

fn read_relocs(c: &mut Cursor<'_>) -> Result<()> {
    loop {
        let op = c.byte("the relocation stream (ended by 0xff)")?;
        if op == 0xff {
            return Ok(());
        }
        if op & 1 != 0 {
            c.vuint("a relocation address")?;
        }
        let k = op >> 1;
        if k <= 5 && k & 1 != 0 {
            c.vuint("a relocation count")?;
        }
    }
}
