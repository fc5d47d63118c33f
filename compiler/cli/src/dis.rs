//! `frost dis`: a full listing of a `.mpy` file.
//!
//! The file is first turned into a [`Listing`], a plain data structure; the text and JSON
//! outputs are two renderings of that same structure, so they always agree.

use std::fmt::Write as _;

use frost_formats::opcode::{self, Arg, ImplicitKind, Operand, UintKind};
use frost_formats::prelude::{
    CP_SCOPE_ASYNC, LineEntry, Prelude, SCOPE_DEFKWARGS, SCOPE_GENERATOR, SCOPE_VARARGS,
    SCOPE_VARKEYWORDS,
};
use frost_formats::{Flavour, Mpy, Qstr, RawCode, Trailer};
use serde::Serialize;

use crate::repr::{const_kind, const_repr, str_repr};

/// Everything `frost dis` knows about one file.
#[derive(Serialize)]
pub struct Listing {
    pub path: String,
    pub size: usize,
    pub header: HeaderInfo,
    pub qstrs: Vec<QstrInfo>,
    pub consts: Vec<ConstInfo>,
    pub module: CodeInfo,
}

#[derive(Serialize)]
pub struct HeaderInfo {
    pub magic: String,
    pub flavour: &'static str,
    pub version: u8,
    pub sub_version: u8,
    pub arch: &'static str,
    pub arch_flags: Option<u32>,
    pub small_int_bits: u8,
}

#[derive(Serialize)]
pub struct QstrInfo {
    pub index: u32,
    pub offset: usize,
    pub text: String,
    pub static_id: Option<u16>,
}

#[derive(Serialize)]
pub struct ConstInfo {
    pub index: u32,
    pub offset: usize,
    pub kind: &'static str,
    pub repr: String,
}

#[derive(Serialize)]
pub struct CodeInfo {
    pub name: String,
    pub kind: &'static str,
    pub offset: usize,
    pub fun_data_offset: usize,
    pub fun_data_len: usize,
    pub prelude: Option<PreludeInfo>,
    pub trailer: Option<TrailerInfo>,
    pub relocs_len: usize,
    /// Native only: the stored prelude offset was cut to 16 bits by mpy-cross.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wrapped_prelude_offset: Option<WrappedOffset>,
    pub lines: Vec<LineInfo>,
    pub instructions: Vec<InstrInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hex: Option<String>,
    pub children: Vec<CodeInfo>,
}

#[derive(Serialize)]
pub struct PreludeInfo {
    pub offset: usize,
    pub n_state: u32,
    pub n_exc_stack: u32,
    pub scope_flags: u8,
    pub flags: Vec<&'static str>,
    pub n_pos_args: u32,
    pub n_kwonly_args: u32,
    pub n_def_pos_args: u32,
    pub n_info: u32,
    pub n_cell: u32,
    pub simple_name: String,
    pub arg_names: Vec<String>,
    pub cells: Vec<u8>,
    pub code_offset: usize,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TrailerInfo {
    Native {
        prelude_offset: u32,
    },
    Viper {
        scope_flags: u32,
        rodata_size: Option<u32>,
        bss_size: Option<u32>,
    },
    Asm {
        scope_flags: u32,
        n_pos_args: u32,
        type_sig: u32,
    },
}

#[derive(Serialize)]
pub struct WrappedOffset {
    pub stored: u32,
    pub real: u32,
}

#[derive(Serialize)]
pub struct LineInfo {
    pub offset: u32,
    pub line: u32,
}

#[derive(Serialize)]
pub struct InstrInfo {
    pub offset: u32,
    pub line: Option<u32>,
    pub opcode: u8,
    pub name: &'static str,
    pub arg: Option<i64>,
    pub extra: Option<u8>,
    pub target: Option<u32>,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<String>,
}

/// Names of the scope flags set in `f`; CircuitPython adds an `async` flag.
fn flag_names(f: u8, flavour: Flavour) -> Vec<&'static str> {
    let mut v = Vec::new();
    let cp_async = if flavour == Flavour::CircuitPython {
        CP_SCOPE_ASYNC
    } else {
        0
    };
    for (bit, name) in [
        (SCOPE_GENERATOR, "generator"),
        (SCOPE_VARKEYWORDS, "varkeywords"),
        (SCOPE_VARARGS, "varargs"),
        (SCOPE_DEFKWARGS, "defkwargs"),
        (cp_async, "async"),
    ] {
        if bit == 0 {
            continue;
        }
        if f & bit != 0 {
            v.push(name);
        }
    }
    v
}

fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// Shared lookups while building a listing.
struct Ctx<'a> {
    qstrs: Vec<Qstr<'a>>,
    consts: Vec<String>,
    raw: bool,
    flavour: Flavour,
}

impl Ctx<'_> {
    fn qstr(&self, i: u32) -> String {
        match self.qstrs.get(i as usize) {
            Some(q) => String::from_utf8_lossy(q.bytes()).into_owned(),
            None => format!("<qstr {i}>"),
        }
    }
}

/// Builds the listing of a parsed file.
pub fn listing(path: &str, m: &Mpy<'_>, raw: bool) -> Listing {
    let h = m.header;
    let ctx = Ctx {
        qstrs: m.qstrs.iter().map(|(_, q)| q).collect(),
        consts: m.consts.iter().map(|(_, c)| const_repr(&c)).collect(),
        raw,
        flavour: h.flavour,
    };
    Listing {
        path: path.to_string(),
        size: m.bytes().len(),
        header: HeaderInfo {
            magic: (h.flavour.magic() as char).to_string(),
            flavour: h.flavour.name(),
            version: h.version,
            sub_version: h.sub_version,
            arch: h.arch.name(),
            arch_flags: h.arch_flags,
            small_int_bits: h.small_int_bits,
        },
        qstrs: m
            .qstrs
            .iter()
            .enumerate()
            .map(|(i, (offset, q))| QstrInfo {
                index: i as u32,
                offset,
                text: String::from_utf8_lossy(q.bytes()).into_owned(),
                static_id: match q {
                    Qstr::Static(id) => Some(id),
                    Qstr::Str(_) => None,
                },
            })
            .collect(),
        consts: m
            .consts
            .iter()
            .enumerate()
            .map(|(i, (offset, c))| ConstInfo {
                index: i as u32,
                offset,
                kind: const_kind(&c),
                repr: const_repr(&c),
            })
            .collect(),
        module: code_info(&ctx, &m.root()),
    }
}

fn code_info(ctx: &Ctx<'_>, rc: &RawCode<'_>) -> CodeInfo {
    let prelude: Option<Prelude<'_>> = rc.prelude().and_then(|p| p.ok());
    let children: Vec<CodeInfo> = rc.children().map(|c| code_info(ctx, &c)).collect();
    let name = match &prelude {
        Some(p) => ctx.qstr(p.simple_name),
        None => format!("<{} code>", rc.kind.name()),
    };
    let lines: Vec<LineEntry> = prelude
        .as_ref()
        .map(|p| p.lines().filter_map(|l| l.ok()).collect())
        .unwrap_or_default();
    let arg_names: Vec<String> = prelude
        .as_ref()
        .map(|p| p.arg_name_indices().map(|q| ctx.qstr(q)).collect())
        .unwrap_or_default();
    let mut instructions = Vec::new();
    if let Some((code, _)) = rc.bytecode() {
        let names: Vec<String> = children.iter().map(|c| c.name.clone()).collect();
        for ins in opcode::Instrs::new(code, 0).filter_map(|i| i.ok()) {
            let line = lines
                .iter()
                .take_while(|l| l.offset <= ins.offset)
                .last()
                .map(|l| l.line);
            let line = line.or(Some(1));
            instructions.push(instr_info(ctx, &ins, code, line, &arg_names, &names));
        }
    }
    let prelude_info = prelude.as_ref().map(|p| {
        let start = rc.prelude_start as usize;
        PreludeInfo {
            offset: rc.fun_data_offset + start,
            n_state: p.sig.n_state,
            n_exc_stack: p.sig.n_exc_stack,
            scope_flags: p.sig.scope_flags,
            flags: flag_names(p.sig.scope_flags, ctx.flavour),
            n_pos_args: p.sig.n_pos_args,
            n_kwonly_args: p.sig.n_kwonly_args,
            n_def_pos_args: p.sig.n_def_pos_args,
            n_info: p.size.n_info,
            n_cell: p.size.n_cell,
            simple_name: ctx.qstr(p.simple_name),
            arg_names: arg_names.clone(),
            cells: p.cells.to_vec(),
            code_offset: rc.fun_data_offset + start + p.len,
        }
    });
    let trailer = match rc.trailer {
        Trailer::None => None,
        Trailer::Native { prelude_offset } => Some(TrailerInfo::Native { prelude_offset }),
        Trailer::Viper {
            scope_flags,
            rodata_size,
            bss_size,
            ..
        } => Some(TrailerInfo::Viper {
            scope_flags,
            rodata_size,
            bss_size,
        }),
        Trailer::Asm {
            scope_flags,
            n_pos_args,
            type_sig,
        } => Some(TrailerInfo::Asm {
            scope_flags,
            n_pos_args,
            type_sig,
        }),
    };
    CodeInfo {
        name,
        kind: rc.kind.name(),
        offset: rc.offset,
        fun_data_offset: rc.fun_data_offset,
        fun_data_len: rc.fun_data.len(),
        prelude: prelude_info,
        trailer,
        relocs_len: rc.relocs.len(),
        wrapped_prelude_offset: match rc.trailer {
            Trailer::Native { prelude_offset } if rc.prelude_offset_wrapped => {
                Some(WrappedOffset {
                    stored: prelude_offset,
                    real: rc.prelude_start,
                })
            }
            _ => None,
        },
        lines: lines
            .iter()
            .map(|l| LineInfo {
                offset: l.offset,
                line: l.line,
            })
            .collect(),
        instructions,
        hex: ctx.raw.then(|| hex(rc.fun_data)),
        children,
    }
}

/// The instruction's name without the `_MULTI` suffix of the ranged opcodes.
fn display_name(name: &'static str) -> &'static str {
    name.strip_suffix("_MULTI").unwrap_or(name)
}

fn instr_info(
    ctx: &Ctx<'_>,
    ins: &opcode::Instr,
    code: &[u8],
    line: Option<u32>,
    arg_names: &[String],
    children: &[String],
) -> InstrInfo {
    let local = |i: u32| match arg_names.get(i as usize) {
        Some(n) if n != "*" => format!("{i} ({n})"),
        _ => i.to_string(),
    };
    let (arg, target, text) = match (ins.info().operand, ins.arg) {
        (Operand::Qstr, Arg::Qstr(q)) => {
            let t = if ins.opcode == opcode::op::LOAD_CONST_STRING {
                str_repr(ctx.qstr(q).as_bytes())
            } else {
                ctx.qstr(q)
            };
            (Some(i64::from(q)), None, t)
        }
        (Operand::Uint(kind), Arg::Uint(v)) => {
            let t = match kind {
                UintKind::Const => format!(
                    "{v} {}",
                    ctx.consts
                        .get(v as usize)
                        .map(String::as_str)
                        .unwrap_or("?")
                ),
                UintKind::Child => format!(
                    "{v} -> {}",
                    children.get(v as usize).map(String::as_str).unwrap_or("?")
                ),
                UintKind::Local => local(v),
                UintKind::Count => v.to_string(),
                UintKind::CallArgs => format!("n_pos={} n_kw={}", v & 0xff, (v >> 8) & 0xff),
                UintKind::UnpackEx => format!("before={} after={}", v & 0xff, (v >> 8) & 0xff),
                UintKind::StoreComp => {
                    let k = match v & 3 {
                        0 => "list",
                        1 => "dict",
                        2 => "set",
                        _ => "?",
                    };
                    format!("{k} at stack depth {}", v >> 2)
                }
            };
            (Some(i64::from(v)), None, t)
        }
        (Operand::SmallInt, Arg::Int(v)) => (Some(v), None, v.to_string()),
        (Operand::JumpSigned | Operand::JumpUnsigned, Arg::Jump(t)) => {
            (Some(i64::from(t)), Some(t), format!("-> {t}"))
        }
        (Operand::Implicit(kind), a) => match (kind, a) {
            (ImplicitKind::SmallInt, Arg::Int(v)) => (Some(v), None, v.to_string()),
            (ImplicitKind::Local, Arg::Uint(v)) => (Some(i64::from(v)), None, local(v)),
            (ImplicitKind::UnaryOp, Arg::Uint(v)) => (
                Some(i64::from(v)),
                None,
                format!(
                    "{v} ({})",
                    opcode::UNARY_OP_NAMES.get(v as usize).unwrap_or(&"?")
                ),
            ),
            (ImplicitKind::BinaryOp, Arg::Uint(v)) => (
                Some(i64::from(v)),
                None,
                format!(
                    "{v} ({})",
                    opcode::BINARY_OP_NAMES.get(v as usize).unwrap_or(&"?")
                ),
            ),
            _ => (None, None, String::new()),
        },
        _ => (None, None, String::new()),
    };
    let mut text = text;
    if let Some(x) = ins.extra {
        let extra = match ins.opcode {
            opcode::op::UNWIND_JUMP => {
                let from_for = if x & 0x80 != 0 {
                    ", leaving a for loop"
                } else {
                    ""
                };
                format!("unwind {}{from_for}", x & 0x7f)
            }
            _ => format!("n_closed={x}"),
        };
        text = if text.is_empty() {
            extra
        } else {
            format!("{text}, {extra}")
        };
    }
    let start = ins.offset as usize;
    let bytes = &code[start..start + ins.len as usize];
    InstrInfo {
        offset: ins.offset,
        line,
        opcode: ins.opcode,
        name: display_name(ins.name()),
        arg,
        extra: ins.extra,
        target,
        text,
        bytes: ctx.raw.then(|| hex(bytes)),
    }
}

/// Renders a listing as text.
pub fn render_text(l: &Listing, out: &mut String) {
    let h = &l.header;
    let _ = writeln!(
        out,
        "{}: mpy v{}.{} ({}), arch {}{}, small-int bits {}, {} bytes",
        l.path,
        h.version,
        h.sub_version,
        h.flavour,
        h.arch,
        h.arch_flags
            .map(|f| format!(" (flags {f:#x})"))
            .unwrap_or_default(),
        h.small_int_bits,
        l.size
    );
    let _ = writeln!(out, "\nqstrs ({}):", l.qstrs.len());
    for q in &l.qstrs {
        let stat = q
            .static_id
            .map(|id| format!("  [static {id}]"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {:>4}  {}{stat}",
            q.index,
            str_repr(q.text.as_bytes())
        );
    }
    let _ = writeln!(out, "\nconstants ({}):", l.consts.len());
    for c in &l.consts {
        let _ = writeln!(out, "  {:>4}  {:<9} {}", c.index, c.kind, c.repr);
    }
    render_code(&l.module, 0, out);
}

fn render_code(c: &CodeInfo, depth: usize, out: &mut String) {
    let ind = "  ".repeat(depth);
    let _ = writeln!(
        out,
        "\n{ind}{} {}: raw code at {:#x}, fun_data {} bytes at {:#x}, {} child{}",
        c.kind,
        c.name,
        c.offset,
        c.fun_data_len,
        c.fun_data_offset,
        c.children.len(),
        if c.children.len() == 1 { "" } else { "ren" }
    );
    if let Some(p) = &c.prelude {
        let flags = if p.flags.is_empty() {
            String::new()
        } else {
            format!(" ({})", p.flags.join(", "))
        };
        let _ = writeln!(
            out,
            "{ind}  prelude at {:#x}: n_state {}, n_exc_stack {}, scope flags {:#x}{flags}",
            p.offset, p.n_state, p.n_exc_stack, p.scope_flags
        );
        let _ = writeln!(
            out,
            "{ind}  args: {} positional ({} with defaults), {} keyword-only: [{}]",
            p.n_pos_args,
            p.n_def_pos_args,
            p.n_kwonly_args,
            p.arg_names.join(", ")
        );
        let _ = writeln!(
            out,
            "{ind}  source info {} bytes, cells {:?}, prelude ends at {:#x}",
            p.n_info, p.cells, p.code_offset
        );
    }
    match &c.trailer {
        Some(TrailerInfo::Native { prelude_offset }) => {
            let code = c
                .wrapped_prelude_offset
                .as_ref()
                .map_or(*prelude_offset, |w| w.real);
            let _ = writeln!(
                out,
                "{ind}  machine code {code} bytes, prelude offset {prelude_offset}"
            );
            if let Some(w) = &c.wrapped_prelude_offset {
                let _ = writeln!(
                    out,
                    "{ind}  warning: the prelude really starts at {}; mpy-cross stored its offset modulo 65536 ({}), so MicroPython misreads this function",
                    w.real, w.stored
                );
            }
        }
        Some(TrailerInfo::Viper {
            scope_flags,
            rodata_size,
            bss_size,
        }) => {
            let _ = writeln!(
                out,
                "{ind}  machine code {} bytes, scope flags {scope_flags:#x}, rodata {}, bss {}, relocations {} bytes",
                c.fun_data_len,
                rodata_size.unwrap_or(0),
                bss_size.unwrap_or(0),
                c.relocs_len
            );
        }
        Some(TrailerInfo::Asm {
            scope_flags,
            n_pos_args,
            type_sig,
        }) => {
            let _ = writeln!(
                out,
                "{ind}  machine code {} bytes, scope flags {scope_flags:#x}, {n_pos_args} args, type signature {type_sig:#x}",
                c.fun_data_len
            );
        }
        None => {}
    }
    if !c.lines.is_empty() {
        let lines: Vec<String> = c
            .lines
            .iter()
            .map(|l| format!("{}:{}", l.offset, l.line))
            .collect();
        let _ = writeln!(out, "{ind}  line table (offset:line): {}", lines.join(" "));
    }
    let mut last_line = None;
    for i in &c.instructions {
        if i.line != last_line {
            if let Some(n) = i.line {
                let _ = writeln!(out, "{ind}  line {n}:");
            }
            last_line = i.line;
        }
        let bytes = i
            .bytes
            .as_ref()
            .map(|b| format!("{b:<15} "))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{ind}    {:>5}  {bytes}{:<22} {}",
            i.offset, i.name, i.text
        );
    }
    if let Some(h) = &c.hex {
        let _ = writeln!(out, "{ind}  fun_data:");
        for (n, chunk) in h.split(' ').collect::<Vec<_>>().chunks(16).enumerate() {
            let _ = writeln!(out, "{ind}    {:06x}  {}", n * 16, chunk.join(" "));
        }
    }
    for ch in &c.children {
        render_code(ch, depth + 1, out);
    }
}
