//! The bytecode instruction set of mpy v6: one table, shared by the compiler (to emit), the
//! disassembler (to print) and the VM (to decode).
//!
//! Each defined byte has an [`OpInfo`]: its operand encoding, whether an extra byte follows
//! the operand, and the stack effect the compiler accounts for when sizing a frame
//! (`n_state`); [`name`] gives its name. [`decode`] reads one instruction, validating its
//! operand.

use crate::error::{Error, Result};
use crate::varint::Cursor;

/// How an instruction's operand is encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// No operand bytes.
    None,
    /// A vuint index into the module's qstr table.
    Qstr,
    /// A vuint whose meaning is given by [`UintKind`].
    Uint(UintKind),
    /// An svarint (only `LOAD_CONST_SMALL_INT`).
    SmallInt,
    /// A 1- or 2-byte jump offset, signed (backward jumps allowed).
    JumpSigned,
    /// A 1- or 2-byte jump offset, unsigned (forward only).
    JumpUnsigned,
    /// No operand bytes; the value is `opcode - base` (the `*_MULTI` ranges).
    Implicit(ImplicitKind),
}

/// What a vuint operand means (for printing and validation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UintKind {
    /// Index into the constant-object table.
    Const,
    /// Index of a child raw code.
    Child,
    /// A local-variable slot.
    Local,
    /// A count (items to build, unpack, …).
    Count,
    /// `n_positional | n_keyword << 8`.
    CallArgs,
    /// `n_before | n_after << 8` for `UNPACK_EX`.
    UnpackEx,
    /// `(stack index << 2) | kind` for `STORE_COMP`.
    StoreComp,
}

/// The value carried by the opcode byte itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImplicitKind {
    /// `LOAD_CONST_SMALL_INT_MULTI`: value = opcode − 0x80 (−16..=47).
    SmallInt,
    /// `LOAD_FAST_MULTI` / `STORE_FAST_MULTI`: local = opcode − base (0..=15).
    Local,
    /// `UNARY_OP_MULTI`: unary op = opcode − 0xd0.
    UnaryOp,
    /// `BINARY_OP_MULTI`: binary op = opcode − 0xd7.
    BinaryOp,
}

/// Stack effect as the compiler counts it, possibly depending on the operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stack {
    /// A fixed amount.
    Fixed(i8),
    /// `1 - n` (build n items into one).
    Build,
    /// `n - 1` (unpack one into n).
    Unpack,
    /// `before + after` of `UNPACK_EX`.
    UnpackEx,
    /// `-(p + 2k) - extra` for the call family.
    Call(i8),
    /// `base - n_closed` (`MAKE_CLOSURE*`: extra byte = number of closed-over values).
    Closure(i8),
    /// `-1` (list/set) or `-2` (dict) for `STORE_COMP`.
    StoreComp,
}

/// Description of one opcode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpInfo {
    /// Operand encoding.
    pub operand: Operand,
    /// Whether one more raw byte follows the operand.
    pub extra_byte: bool,
    /// Stack effect.
    pub stack: Stack,
}

macro_rules! opcodes {
    ($( $byte:literal $name:ident $operand:expr, $extra:literal, $stack:expr; )*) => {
        /// Opcode byte values. `*_MULTI` constants are the first byte of their range.
        #[allow(missing_docs)]
        pub mod op {
            $( pub const $name: u8 = $byte; )*
        }

        const SINGLE: &[(u8, OpInfo)] = &[
            $( ($byte, OpInfo { operand: $operand, extra_byte: $extra, stack: $stack }), )*
        ];

        /// Names, apart from the table the decoder reads (firmware never links them).
        const NAMES: &[(u8, &str)] = &[ $( ($byte, stringify!($name)), )* ];
    };
}

use ImplicitKind as I;
use Operand as O;
use Stack as S;
use UintKind as U;

opcodes! {
    0x10 LOAD_CONST_STRING O::Qstr, false, S::Fixed(1);
    0x11 LOAD_NAME O::Qstr, false, S::Fixed(1);
    0x12 LOAD_GLOBAL O::Qstr, false, S::Fixed(1);
    0x13 LOAD_ATTR O::Qstr, false, S::Fixed(0);
    0x14 LOAD_METHOD O::Qstr, false, S::Fixed(1);
    0x15 LOAD_SUPER_METHOD O::Qstr, false, S::Fixed(-1);
    0x16 STORE_NAME O::Qstr, false, S::Fixed(-1);
    0x17 STORE_GLOBAL O::Qstr, false, S::Fixed(-1);
    0x18 STORE_ATTR O::Qstr, false, S::Fixed(-2);
    0x19 DELETE_NAME O::Qstr, false, S::Fixed(0);
    0x1a DELETE_GLOBAL O::Qstr, false, S::Fixed(0);
    0x1b IMPORT_NAME O::Qstr, false, S::Fixed(-1);
    0x1c IMPORT_FROM O::Qstr, false, S::Fixed(1);
    0x20 MAKE_CLOSURE O::Uint(U::Child), true, S::Closure(1);
    0x21 MAKE_CLOSURE_DEFARGS O::Uint(U::Child), true, S::Closure(-1);
    0x22 LOAD_CONST_SMALL_INT O::SmallInt, false, S::Fixed(1);
    0x23 LOAD_CONST_OBJ O::Uint(U::Const), false, S::Fixed(1);
    0x24 LOAD_FAST_N O::Uint(U::Local), false, S::Fixed(1);
    0x25 LOAD_DEREF O::Uint(U::Local), false, S::Fixed(1);
    0x26 STORE_FAST_N O::Uint(U::Local), false, S::Fixed(-1);
    0x27 STORE_DEREF O::Uint(U::Local), false, S::Fixed(-1);
    0x28 DELETE_FAST O::Uint(U::Local), false, S::Fixed(0);
    0x29 DELETE_DEREF O::Uint(U::Local), false, S::Fixed(0);
    0x2a BUILD_TUPLE O::Uint(U::Count), false, S::Build;
    0x2b BUILD_LIST O::Uint(U::Count), false, S::Build;
    0x2c BUILD_MAP O::Uint(U::Count), false, S::Fixed(1);
    0x2d BUILD_SET O::Uint(U::Count), false, S::Build;
    0x2e BUILD_SLICE O::Uint(U::Count), false, S::Build;
    0x2f STORE_COMP O::Uint(U::StoreComp), false, S::StoreComp;
    0x30 UNPACK_SEQUENCE O::Uint(U::Count), false, S::Unpack;
    0x31 UNPACK_EX O::Uint(U::UnpackEx), false, S::UnpackEx;
    0x32 MAKE_FUNCTION O::Uint(U::Child), false, S::Fixed(1);
    0x33 MAKE_FUNCTION_DEFARGS O::Uint(U::Child), false, S::Fixed(-1);
    0x34 CALL_FUNCTION O::Uint(U::CallArgs), false, S::Call(0);
    0x35 CALL_FUNCTION_VAR_KW O::Uint(U::CallArgs), false, S::Call(1);
    0x36 CALL_METHOD O::Uint(U::CallArgs), false, S::Call(1);
    0x37 CALL_METHOD_VAR_KW O::Uint(U::CallArgs), false, S::Call(2);
    0x40 UNWIND_JUMP O::JumpSigned, true, S::Fixed(0);
    0x42 JUMP O::JumpSigned, false, S::Fixed(0);
    0x43 POP_JUMP_IF_TRUE O::JumpSigned, false, S::Fixed(-1);
    0x44 POP_JUMP_IF_FALSE O::JumpSigned, false, S::Fixed(-1);
    0x45 JUMP_IF_TRUE_OR_POP O::JumpUnsigned, false, S::Fixed(-1);
    0x46 JUMP_IF_FALSE_OR_POP O::JumpUnsigned, false, S::Fixed(-1);
    0x47 SETUP_WITH O::JumpUnsigned, false, S::Fixed(2);
    0x48 SETUP_EXCEPT O::JumpUnsigned, false, S::Fixed(0);
    0x49 SETUP_FINALLY O::JumpUnsigned, false, S::Fixed(0);
    0x4a POP_EXCEPT_JUMP O::JumpUnsigned, false, S::Fixed(0);
    0x4b FOR_ITER O::JumpUnsigned, false, S::Fixed(1);
    0x50 LOAD_CONST_FALSE O::None, false, S::Fixed(1);
    0x51 LOAD_CONST_NONE O::None, false, S::Fixed(1);
    0x52 LOAD_CONST_TRUE O::None, false, S::Fixed(1);
    0x53 LOAD_NULL O::None, false, S::Fixed(1);
    0x54 LOAD_BUILD_CLASS O::None, false, S::Fixed(1);
    0x55 LOAD_SUBSCR O::None, false, S::Fixed(-1);
    0x56 STORE_SUBSCR O::None, false, S::Fixed(-3);
    0x57 DUP_TOP O::None, false, S::Fixed(1);
    0x58 DUP_TOP_TWO O::None, false, S::Fixed(2);
    0x59 POP_TOP O::None, false, S::Fixed(-1);
    0x5a ROT_TWO O::None, false, S::Fixed(0);
    0x5b ROT_THREE O::None, false, S::Fixed(0);
    0x5c WITH_CLEANUP O::None, false, S::Fixed(-2);
    0x5d END_FINALLY O::None, false, S::Fixed(-1);
    0x5e GET_ITER O::None, false, S::Fixed(0);
    0x5f GET_ITER_STACK O::None, false, S::Fixed(3);
    0x62 STORE_MAP O::None, false, S::Fixed(-2);
    0x63 RETURN_VALUE O::None, false, S::Fixed(-1);
    0x64 RAISE_LAST O::None, false, S::Fixed(0);
    0x65 RAISE_OBJ O::None, false, S::Fixed(-1);
    0x66 RAISE_FROM O::None, false, S::Fixed(-2);
    0x67 YIELD_VALUE O::None, false, S::Fixed(0);
    0x68 YIELD_FROM O::None, false, S::Fixed(-1);
    0x69 IMPORT_STAR O::None, false, S::Fixed(-1);
    0x70 LOAD_CONST_SMALL_INT_MULTI O::Implicit(I::SmallInt), false, S::Fixed(1);
    0xb0 LOAD_FAST_MULTI O::Implicit(I::Local), false, S::Fixed(1);
    0xc0 STORE_FAST_MULTI O::Implicit(I::Local), false, S::Fixed(-1);
    0xd0 UNARY_OP_MULTI O::Implicit(I::UnaryOp), false, S::Fixed(0);
    0xd7 BINARY_OP_MULTI O::Implicit(I::BinaryOp), false, S::Fixed(-1);
}

/// Number of unary ops reachable from bytecode (`UNARY_OP_MULTI` range length).
pub const NUM_UNARY_OPS: u8 = 4;
/// Number of binary ops reachable from bytecode (`BINARY_OP_MULTI` range length).
pub const NUM_BINARY_OPS: u8 = 35;

/// First and last opcode of each `*_MULTI` range.
const MULTI_RANGES: [(u8, u8); 5] = [
    (op::LOAD_CONST_SMALL_INT_MULTI, 0xaf),
    (op::LOAD_FAST_MULTI, 0xbf),
    (op::STORE_FAST_MULTI, 0xcf),
    (op::UNARY_OP_MULTI, op::UNARY_OP_MULTI + NUM_UNARY_OPS - 1),
    (
        op::BINARY_OP_MULTI,
        op::BINARY_OP_MULTI + NUM_BINARY_OPS - 1,
    ),
];

/// Unary operators (`MP_UNARY_OP_*`) in bytecode order.
pub const UNARY_OP_NAMES: [&str; NUM_UNARY_OPS as usize] = ["+", "-", "~", "not"];

/// Binary operators (`MP_BINARY_OP_*`) in bytecode order.
pub const BINARY_OP_NAMES: [&str; NUM_BINARY_OPS as usize] = [
    "<",
    ">",
    "==",
    "<=",
    ">=",
    "!=",
    "in",
    "is",
    "exception match",
    "|=",
    "^=",
    "&=",
    "<<=",
    ">>=",
    "+=",
    "-=",
    "*=",
    "@=",
    "//=",
    "/=",
    "%=",
    "**=",
    "|",
    "^",
    "&",
    "<<",
    ">>",
    "+",
    "-",
    "*",
    "@",
    "//",
    "/",
    "%",
    "**",
];

const fn build_table() -> [Option<OpInfo>; 256] {
    let mut t = [None; 256];
    let mut i = 0;
    while i < SINGLE.len() {
        let (byte, info) = SINGLE[i];
        t[byte as usize] = Some(info);
        i += 1;
    }
    let mut r = 0;
    while r < MULTI_RANGES.len() {
        let (lo, hi) = MULTI_RANGES[r];
        let info = t[lo as usize];
        let mut b = lo as usize + 1;
        while b <= hi as usize {
            t[b] = info;
            b += 1;
        }
        r += 1;
    }
    t
}

/// The opcode table, indexed by byte. `None` marks an undefined opcode.
pub static OPCODES: [Option<OpInfo>; 256] = build_table();

/// Looks up an opcode byte.
#[inline]
pub fn info(opcode: u8) -> Option<&'static OpInfo> {
    OPCODES[opcode as usize].as_ref()
}

/// The upper-case name of a defined opcode, as MicroPython's tools print it (`*_MULTI` for
/// every byte of a range).
pub fn name(opcode: u8) -> Option<&'static str> {
    info(opcode)?;
    let base = base_opcode(opcode);
    NAMES.iter().find(|&&(b, _)| b == base).map(|&(_, n)| n)
}

/// The first byte of the `*_MULTI` range containing `opcode`, or `opcode` itself.
pub fn base_opcode(opcode: u8) -> u8 {
    for (lo, hi) in MULTI_RANGES {
        if (lo..=hi).contains(&opcode) {
            return lo;
        }
    }
    opcode
}

/// A decoded operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg {
    /// No operand.
    None,
    /// Qstr table index.
    Qstr(u32),
    /// Unsigned operand (see [`UintKind`]), or an implicit local / op number.
    Uint(u32),
    /// Small-int value (explicit svarint or implicit).
    Int(i64),
    /// Absolute bytecode offset a jump goes to (relative to the start of the code).
    Jump(u32),
}

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    /// Offset of the opcode byte from the start of the code.
    pub offset: u32,
    /// The opcode byte.
    pub opcode: u8,
    /// The operand.
    pub arg: Arg,
    /// The extra byte, for the opcodes that have one.
    pub extra: Option<u8>,
    /// Total encoded length in bytes.
    pub len: u32,
}

impl Instr {
    /// Offset of the next instruction.
    pub fn next_offset(&self) -> u32 {
        self.offset + self.len
    }

    /// The opcode's table entry.
    pub fn info(&self) -> &'static OpInfo {
        const UNDEFINED: OpInfo = OpInfo {
            operand: Operand::None,
            extra_byte: false,
            stack: Stack::Fixed(0),
        };
        info(self.opcode).unwrap_or(&UNDEFINED)
    }

    /// The opcode's upper-case name.
    pub fn name(&self) -> &'static str {
        name(self.opcode).unwrap_or("?")
    }

    /// The operand as an unsigned value (0 for operands that have none).
    pub fn uint(&self) -> u32 {
        match self.arg {
            Arg::Qstr(v) | Arg::Uint(v) | Arg::Jump(v) => v,
            Arg::Int(v) => v as u32,
            Arg::None => 0,
        }
    }

    /// The compiler's stack accounting for this instruction.
    pub fn stack_effect(&self) -> i32 {
        stack_effect(self.info().stack, self.uint(), self.extra.unwrap_or(0))
    }

    /// True when control never falls through to the next instruction.
    pub fn is_terminator(&self) -> bool {
        matches!(
            self.opcode,
            op::JUMP
                | op::UNWIND_JUMP
                | op::RETURN_VALUE
                | op::RAISE_LAST
                | op::RAISE_OBJ
                | op::RAISE_FROM
                | op::POP_EXCEPT_JUMP
        )
    }
}

/// Stack effect of an instruction with operand `arg` and extra byte `extra`.
pub fn stack_effect(s: Stack, arg: u32, extra: u8) -> i32 {
    let a = arg as i32;
    match s {
        Stack::Fixed(n) => i32::from(n),
        Stack::Build => 1 - a,
        Stack::Unpack => a - 1,
        Stack::UnpackEx => (a & 0xff) + ((a >> 8) & 0xff),
        Stack::Call(x) => -((a & 0xff) + 2 * ((a >> 8) & 0xff)) - i32::from(x),
        Stack::Closure(base) => i32::from(base) - i32::from(extra),
        Stack::StoreComp => {
            if a & 3 == 1 {
                -2
            } else {
                -1
            }
        }
    }
}

/// Defined opcodes, one bit each (bit `b % 32` of word `b / 32`): all the decoder needs of
/// the table, so code that only decodes (the VM) does not link [`OPCODES`].
static DEFINED: [u32; 8] = {
    let mut bits = [0u32; 8];
    let mut b = 0;
    while b < 256 {
        if OPCODES[b].is_some() {
            bits[b / 32] |= 1 << (b % 32);
        }
        b += 1;
    }
    bits
};

/// True when `opcode` is a defined opcode (what [`info`] says, without the table).
#[inline]
pub fn is_defined(opcode: u8) -> bool {
    (DEFINED[usize::from(opcode >> 5)] >> (opcode & 31)) & 1 != 0
}

/// Decodes the instruction at `pc` of `code`. `base` is the absolute file offset of `code[0]`,
/// used in errors. Jump targets are checked to lie inside the code (the end counts as inside).
///
/// The operand encoding comes from the opcode byte by the format's rule (operand class by
/// high nibble, extra byte when `opcode & 0x9e == 0`), which the table agrees with (tests
/// below), so decoding reads no [`OpInfo`].
pub fn decode(code: &[u8], pc: usize, base: usize) -> Result<Instr> {
    let mut c = Cursor::new(code, base);
    c.bytes(pc, "bytecode")?;
    let opcode = c.byte("an opcode")?;
    if !is_defined(opcode) {
        return Err(Error::invalid(base + pc, "a defined opcode"));
    }
    let arg = match (0x3a4u32 >> (2 * (opcode >> 4))) & 3 {
        1 => Arg::Qstr(c.vuint("a qstr operand")?),
        2 if opcode == op::LOAD_CONST_SMALL_INT => Arg::Int(c.svarint("a small-int operand")?),
        2 => Arg::Uint(c.vuint("an operand")?),
        3 => {
            let at = c.offset();
            let b0 = c.byte("a jump offset")?;
            let (mut rel, half) = if b0 & 0x80 != 0 {
                let b1 = c.byte("a jump offset")?;
                (isize::from(b0 & 0x7f) | (isize::from(b1) << 7), 0x4000)
            } else {
                (isize::from(b0), 0x40)
            };
            // UNWIND_JUMP, JUMP and the POP_JUMP_IFs take signed offsets.
            if opcode <= op::POP_JUMP_IF_FALSE {
                rel -= half;
            }
            let target = c.pos().wrapping_add_signed(rel);
            if target > code.len() {
                return Err(Error::invalid(
                    at,
                    "a jump target inside the function's bytecode",
                ));
            }
            Arg::Jump(target as u32)
        }
        // The *_MULTI ranges carry their value in the opcode byte.
        _ => match opcode {
            0x70..=0xaf => Arg::Int(i64::from(opcode) - 0x80),
            0xb0..=0xcf => Arg::Uint(u32::from(opcode & 0x0f)),
            0xd0..=0xd6 => Arg::Uint(u32::from(opcode - op::UNARY_OP_MULTI)),
            op::BINARY_OP_MULTI.. => Arg::Uint(u32::from(opcode - op::BINARY_OP_MULTI)),
            _ => Arg::None,
        },
    };
    let extra = if opcode & 0x9e == 0 {
        Some(c.byte("the instruction's extra byte")?)
    } else {
        None
    };
    Ok(Instr {
        offset: pc as u32,
        opcode,
        arg,
        extra,
        len: (c.pos() - pc) as u32,
    })
}

/// Iterator over the instructions of a code block; stops after the first error.
#[derive(Clone, Debug)]
pub struct Instrs<'a> {
    code: &'a [u8],
    pc: usize,
    base: usize,
    failed: bool,
}

impl<'a> Instrs<'a> {
    /// Iterates `code`, whose first byte is at absolute offset `base`.
    pub fn new(code: &'a [u8], base: usize) -> Self {
        Instrs {
            code,
            pc: 0,
            base,
            failed: false,
        }
    }
}

impl Iterator for Instrs<'_> {
    type Item = Result<Instr>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pc >= self.code.len() {
            return None;
        }
        match decode(self.code, self.pc, self.base) {
            Ok(i) => {
                self.pc = i.next_offset() as usize;
                Some(Ok(i))
            }
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_the_format_class_formula() {
        // Operand class by high nibble: qstr 0x1_, vuint 0x2_/0x3_, offset 0x4_, else none.
        for b in 0..=255u8 {
            let Some(i) = info(b) else { continue };
            let class = (0x0000_03a4u32 >> (2 * (b >> 4))) & 3;
            let expect = match i.operand {
                Operand::None | Operand::Implicit(_) => 0,
                Operand::Qstr => 1,
                Operand::Uint(_) | Operand::SmallInt => 2,
                Operand::JumpSigned | Operand::JumpUnsigned => 3,
            };
            assert_eq!(class, expect, "opcode {b:#04x} {:?}", name(b));
            assert_eq!(i.extra_byte, b & 0x9e == 0, "extra byte of {b:#04x}");
        }
    }

    #[test]
    fn defined_opcode_count() {
        let n = OPCODES.iter().filter(|o| o.is_some()).count();
        // 74 single opcodes + 64 + 16 + 16 + 4 + 35 in the ranges, minus the 5 range heads.
        assert_eq!(n, SINGLE.len() - 5 + 64 + 16 + 16 + 4 + 35);
        assert!(info(0xd4).is_none() && info(0xfa).is_none() && info(0x41).is_none());
        assert_eq!(NAMES.len(), SINGLE.len());
        for b in 0..=255u8 {
            assert_eq!(name(b).is_some(), info(b).is_some(), "{b:#04x}");
        }
        assert_eq!(name(op::LOAD_ATTR), Some("LOAD_ATTR"));
        assert_eq!(name(0xc5), Some("STORE_FAST_MULTI"));
    }

    /// The decoder works from the opcode byte alone; every defined opcode must decode as its
    /// table entry says, and every undefined one must be rejected.
    #[test]
    fn decoder_agrees_with_the_table() {
        for b in 0..=255u8 {
            let Some(inf) = info(b) else {
                assert!(!is_defined(b), "{b:#04x}");
                assert!(decode(&[b, 0x40, 0x07, 0x00], 0, 0).is_err(), "{b:#04x}");
                continue;
            };
            assert!(is_defined(b));
            // A one-byte operand (0x40: 64 as a vuint or svarint, a jump of +64 unsigned or
            // 0 signed), then an extra byte, then padding so the unsigned jump lands inside.
            let mut code = [0u8; 80];
            code[..3].copy_from_slice(&[b, 0x40, 0x07]);
            let i = decode(&code, 0, 0).unwrap_or_else(|e| panic!("{b:#04x}: {e}"));
            assert_eq!(i.info(), inf);
            let operand_len = match inf.operand {
                Operand::None | Operand::Implicit(_) => 0,
                _ => 1,
            };
            assert_eq!(i.extra.is_some(), inf.extra_byte, "{b:#04x}");
            assert_eq!(
                i.len,
                1 + operand_len + u32::from(inf.extra_byte),
                "{b:#04x}"
            );
            let want = match inf.operand {
                Operand::None => Arg::None,
                Operand::Qstr => Arg::Qstr(64),
                Operand::Uint(_) => Arg::Uint(64),
                Operand::SmallInt => Arg::Int(-64),
                Operand::JumpSigned => Arg::Jump(2),
                Operand::JumpUnsigned => Arg::Jump(2 + 64),
                Operand::Implicit(ImplicitKind::SmallInt) => Arg::Int(i64::from(b) - 0x80),
                Operand::Implicit(_) => Arg::Uint(u32::from(b - base_opcode(b))),
            };
            assert_eq!(i.arg, want, "{b:#04x}");
            if inf.operand == Operand::JumpSigned {
                // 0x00 is -64 from offset 2: before the code.
                code[1] = 0;
                assert!(decode(&code, 0, 0).is_err(), "{b:#04x}");
            }
        }
    }

    #[test]
    fn decodes_jumps_both_widths() {
        // POP_JUMP_IF_FALSE +62 (1 byte) and JUMP_IF_TRUE_OR_POP with a 2-byte offset.
        let mut code = [0u8; 200];
        code[0] = op::POP_JUMP_IF_FALSE;
        code[1] = 0x7e;
        let i = decode(&code, 0, 0).unwrap();
        assert_eq!(i.arg, Arg::Jump(2 + 62));
        code[0] = op::JUMP_IF_TRUE_OR_POP;
        code[1] = 0xff;
        code[2] = 0x00;
        let i = decode(&code, 0, 0).unwrap();
        assert_eq!(i.arg, Arg::Jump(3 + 127));
        code[0] = op::JUMP;
        code[1] = 0x00; // -64 from offset 2: out of range
        assert!(decode(&code, 0, 0).is_err());
    }

    #[test]
    fn multi_ranges_carry_values() {
        let i = decode(&[0x70], 0, 0).unwrap();
        assert_eq!(i.arg, Arg::Int(-16));
        let i = decode(&[0xaf], 0, 0).unwrap();
        assert_eq!(i.arg, Arg::Int(47));
        let i = decode(&[0xf9], 0, 0).unwrap();
        assert_eq!((i.name(), i.arg), ("BINARY_OP_MULTI", Arg::Uint(34)));
    }
}
