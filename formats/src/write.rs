//! The writer: turns the owned [`Module`] model back into `.mpy` bytes, using the same
//! encodings mpy-cross uses (minimal varints, NUL-terminated strings, depth-first children).

use alloc::vec::Vec;

use crate::model::{BytecodeFn, ConstObj, Module, QstrEntry, RawCodeBuf, TrailerBuf};
use crate::prelude::SizeInfo;
use crate::read::tag;
use crate::varint::push_vuint;

impl Module {
    /// Serialises the module.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.write_to(&mut out);
        out
    }

    /// Appends the serialised module to `out`.
    pub fn write_to(&self, out: &mut Vec<u8>) {
        let h = &self.header;
        out.extend_from_slice(&[
            h.flavour.magic(),
            h.version,
            h.feature_byte(),
            h.small_int_bits,
        ]);
        if let Some(f) = h.arch_flags {
            push_vuint(out, f);
        }
        push_vuint(out, len32(self.qstrs.len()));
        push_vuint(out, len32(self.consts.len()));
        for q in &self.qstrs {
            write_qstr(out, q);
        }
        for c in &self.consts {
            write_const(out, c);
        }
        write_raw_code(out, &self.root);
    }
}

fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn write_qstr(out: &mut Vec<u8>, q: &QstrEntry) {
    match q {
        QstrEntry::Static(id) => push_vuint(out, (u32::from(*id) << 1) | 1),
        QstrEntry::Str(s) => {
            push_vuint(out, len32(s.len()) << 1);
            out.extend_from_slice(s);
            out.push(0);
        }
    }
}

/// Appends one constant object in the file encoding.
pub fn write_const(out: &mut Vec<u8>, c: &ConstObj) {
    let text = |out: &mut Vec<u8>, t: u8, s: &[u8]| {
        out.push(t);
        push_vuint(out, len32(s.len()));
        out.extend_from_slice(s);
    };
    match c {
        ConstObj::FunTable => out.push(tag::FUN_TABLE),
        ConstObj::None => out.push(tag::NONE),
        ConstObj::False => out.push(tag::FALSE),
        ConstObj::True => out.push(tag::TRUE),
        ConstObj::Ellipsis => out.push(tag::ELLIPSIS),
        ConstObj::Str(s) => {
            text(out, tag::STR, s);
            out.push(0);
        }
        ConstObj::Bytes(s) => {
            text(out, tag::BYTES, s);
            out.push(0);
        }
        ConstObj::Int(s) => text(out, tag::INT, s.as_bytes()),
        ConstObj::Float(s) => text(out, tag::FLOAT, s.as_bytes()),
        ConstObj::Complex(s) => text(out, tag::COMPLEX, s.as_bytes()),
        ConstObj::Tuple(items) => {
            out.push(tag::TUPLE);
            push_vuint(out, len32(items.len()));
            for i in items {
                write_const(out, i);
            }
        }
    }
}

fn write_raw_code(out: &mut Vec<u8>, rc: &RawCodeBuf) {
    let has_children = u32::from(!rc.children.is_empty());
    push_vuint(
        out,
        (len32(rc.fun_data.len()) << 3) | (has_children << 2) | rc.kind as u32,
    );
    out.extend_from_slice(&rc.fun_data);
    match &rc.trailer {
        TrailerBuf::None => {}
        TrailerBuf::Native { prelude_offset } => push_vuint(out, *prelude_offset),
        TrailerBuf::Viper {
            scope_flags,
            rodata_size,
            bss_size,
            rodata,
        } => {
            push_vuint(out, *scope_flags);
            if let Some(n) = rodata_size {
                push_vuint(out, *n);
            }
            if let Some(n) = bss_size {
                push_vuint(out, *n);
            }
            out.extend_from_slice(rodata);
        }
        TrailerBuf::Asm {
            scope_flags,
            n_pos_args,
            type_sig,
        } => {
            push_vuint(out, *scope_flags);
            push_vuint(out, *n_pos_args);
            push_vuint(out, *type_sig);
        }
    }
    if has_children != 0 {
        push_vuint(out, len32(rc.children.len()));
        for c in &rc.children {
            write_raw_code(out, c);
        }
    }
    out.extend_from_slice(&rc.relocs);
}

impl BytecodeFn {
    /// Encodes the prelude and code as a bytecode raw code's `fun_data`.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(8 + self.line_table.len() + self.code.len());
        let mut sig = [0u8; 16];
        let n = self.sig.encode(&mut sig);
        out.extend_from_slice(&sig[..n]);
        let mut info = Vec::new();
        push_vuint(&mut info, self.simple_name);
        for &a in &self.arg_names {
            push_vuint(&mut info, a);
        }
        info.extend_from_slice(&self.line_table);
        let size = SizeInfo {
            n_info: len32(info.len()),
            n_cell: len32(self.cells.len()),
        };
        let mut sz = [0u8; 8];
        let n = size.encode(&mut sz);
        out.extend_from_slice(&sz[..n]);
        out.extend_from_slice(&info);
        out.extend_from_slice(&self.cells);
        out.extend_from_slice(&self.code);
        out
    }
}
