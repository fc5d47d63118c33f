//! An owned model of a `.mpy` module: what the compiler builds and the writer serialises.
//!
//! [`Module::from_mpy`] copies a parsed file into the model, and [`Module::to_bytes`]
//! (in [`crate::write`]) turns it back into bytes; for any file mpy-cross writes, the two
//! steps reproduce the input exactly.

use alloc::vec::Vec;

use crate::header::Header;
use crate::prelude::{Prelude, Signature};
use crate::qstr_static::static_qstr_id;
use crate::read::{CodeKind, Const, Mpy, Qstr, RawCode, Trailer};

/// A whole module.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// Header, including the arch flags.
    pub header: Header,
    /// The qstr table; entry 0 is the source file name by convention.
    pub qstrs: Vec<QstrEntry>,
    /// The constant-object table.
    pub consts: Vec<ConstObj>,
    /// The module's raw code.
    pub root: RawCodeBuf,
}

/// An owned qstr-table entry.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum QstrEntry {
    /// A static qstr id (1..=165).
    Static(u16),
    /// A string written out in full.
    Str(Vec<u8>),
}

impl QstrEntry {
    /// The entry for `s`: static when `s` is in the static table, as mpy-cross writes it.
    pub fn new(s: &[u8]) -> QstrEntry {
        match static_qstr_id(s) {
            Some(id) => QstrEntry::Static(id),
            None => QstrEntry::Str(s.to_vec()),
        }
    }
}

/// An owned constant object.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstObj {
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
    /// A `str`.
    Str(Vec<u8>),
    /// A `bytes`.
    Bytes(Vec<u8>),
    /// An `int` in decimal.
    Int(alloc::string::String),
    /// A `float` as text.
    Float(alloc::string::String),
    /// A `complex` as text.
    Complex(alloc::string::String),
    /// A tuple.
    Tuple(Vec<ConstObj>),
}

impl ConstObj {
    /// Copies a borrowed constant.
    pub fn from_const(c: &Const<'_>) -> ConstObj {
        match c {
            Const::FunTable => ConstObj::FunTable,
            Const::None => ConstObj::None,
            Const::False => ConstObj::False,
            Const::True => ConstObj::True,
            Const::Ellipsis => ConstObj::Ellipsis,
            Const::Str(s) => ConstObj::Str(s.to_vec()),
            Const::Bytes(s) => ConstObj::Bytes(s.to_vec()),
            Const::Int(s) => ConstObj::Int((*s).into()),
            Const::Float(s) => ConstObj::Float((*s).into()),
            Const::Complex(s) => ConstObj::Complex((*s).into()),
            Const::Tuple(t) => {
                ConstObj::Tuple(t.iter().map(|k| ConstObj::from_const(&k)).collect())
            }
        }
    }
}

/// Owned kind-specific trailer of a raw code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrailerBuf {
    /// Bytecode.
    None,
    /// Native: offset of the prelude inside `fun_data`.
    Native {
        /// Offset of the prelude.
        prelude_offset: u32,
    },
    /// Viper.
    Viper {
        /// Scope flags.
        scope_flags: u32,
        /// Read-only data size, if present.
        rodata_size: Option<u32>,
        /// Zeroed data size, if present.
        bss_size: Option<u32>,
        /// Read-only data.
        rodata: Vec<u8>,
    },
    /// Inline assembler.
    Asm {
        /// Scope flags.
        scope_flags: u32,
        /// Argument count.
        n_pos_args: u32,
        /// Type signature.
        type_sig: u32,
    },
}

/// An owned raw code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawCodeBuf {
    /// Kind.
    pub kind: CodeKind,
    /// Function data (prelude + bytecode, or machine code).
    pub fun_data: Vec<u8>,
    /// Kind-specific fields after `fun_data`.
    pub trailer: TrailerBuf,
    /// Children in child-index order.
    pub children: Vec<RawCodeBuf>,
    /// Relocation stream including its `0xff` end (viper with relocations only).
    pub relocs: Vec<u8>,
}

impl RawCodeBuf {
    /// A bytecode raw code.
    pub fn bytecode(fun_data: Vec<u8>, children: Vec<RawCodeBuf>) -> RawCodeBuf {
        RawCodeBuf {
            kind: CodeKind::Bytecode,
            fun_data,
            trailer: TrailerBuf::None,
            children,
            relocs: Vec::new(),
        }
    }

    /// Copies a borrowed raw code and its subtree.
    pub fn from_raw_code(rc: &RawCode<'_>) -> RawCodeBuf {
        let trailer = match rc.trailer {
            Trailer::None => TrailerBuf::None,
            Trailer::Native { prelude_offset } => TrailerBuf::Native { prelude_offset },
            Trailer::Viper {
                scope_flags,
                rodata_size,
                bss_size,
                rodata,
            } => TrailerBuf::Viper {
                scope_flags,
                rodata_size,
                bss_size,
                rodata: rodata.to_vec(),
            },
            Trailer::Asm {
                scope_flags,
                n_pos_args,
                type_sig,
            } => TrailerBuf::Asm {
                scope_flags,
                n_pos_args,
                type_sig,
            },
        };
        RawCodeBuf {
            kind: rc.kind,
            fun_data: rc.fun_data.to_vec(),
            trailer,
            children: rc
                .children()
                .map(|c| RawCodeBuf::from_raw_code(&c))
                .collect(),
            relocs: rc.relocs.to_vec(),
        }
    }
}

/// The structured contents of a bytecode function's `fun_data`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BytecodeFn {
    /// Signature.
    pub sig: Signature,
    /// Qstr index of the name.
    pub simple_name: u32,
    /// Qstr indices of the argument names (`*` for slots that are not real parameters).
    pub arg_names: Vec<u32>,
    /// Encoded line-number table (see [`crate::prelude::push_line_delta`]).
    pub line_table: Vec<u8>,
    /// Local index of each cell variable.
    pub cells: Vec<u8>,
    /// The instructions.
    pub code: Vec<u8>,
}

impl BytecodeFn {
    /// Splits a parsed bytecode raw code into its parts.
    pub fn from_prelude(p: &Prelude<'_>, code: &[u8]) -> BytecodeFn {
        BytecodeFn {
            sig: p.sig,
            simple_name: p.simple_name,
            arg_names: p.arg_name_indices().collect(),
            line_table: p.line_table.to_vec(),
            cells: p.cells.to_vec(),
            code: code.to_vec(),
        }
    }
}

impl Module {
    /// Copies a parsed file into the owned model.
    pub fn from_mpy(m: &Mpy<'_>) -> Module {
        Module {
            header: m.header,
            qstrs: m
                .qstrs
                .iter()
                .map(|(_, q)| match q {
                    Qstr::Static(id) => QstrEntry::Static(id),
                    Qstr::Str(s) => QstrEntry::Str(s.to_vec()),
                })
                .collect(),
            consts: m
                .consts
                .iter()
                .map(|(_, c)| ConstObj::from_const(&c))
                .collect(),
            root: RawCodeBuf::from_raw_code(&m.root()),
        }
    }
}
