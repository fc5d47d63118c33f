//! The bytecode emitter: turns the compiler's requests ("load this name", "jump to that
//! label") into mpy v6 bytecode and the function prelude, pass by pass.
//!
//! It reproduces the reference emitter (`py/emitbc.c`, `py/emitcommon.c`) exactly, because
//! its quirks are visible in the output:
//!
//! * passes: [`Pass::Scope`] (output discarded), [`Pass::StackSize`] (every jump takes 3 bytes),
//!   [`Pass::CodeSize`] and [`Pass::Emit`] (repeated until the sizes stop changing);
//! * one label-offset array updated in place by every pass, so a forward jump is sized with
//!   the target offset of the *previous* pass (see `bytecode.md` §4);
//! * after an unconditional control transfer nothing is written until the next label, but
//!   names, constants, children, stack accounting and line entries still happen;
//! * the qstr and constant tables are shared by the module and filled in first-use order.

use crate::hash::FastMap as HashMap;

use frost_formats::model::ConstObj;
use frost_formats::opcode::op;
use frost_formats::prelude::{Signature, SizeInfo, push_line_delta};
use frost_formats::varint::{push_svarint, push_vuint};

/// [`push_vuint`], with the common one-byte case inline.
#[inline]
fn push_uint(out: &mut Vec<u8>, v: u32) {
    if v < 0x80 {
        out.push(v as u8);
    } else {
        push_vuint(out, v);
    }
}

use crate::parse_tree::{Interner, Qstr as Sym};
use crate::scope::{IdKind, Scope, ScopeId, flags};

/// A compiler pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pass {
    /// Creates scopes and records names; output discarded.
    Scope,
    /// Computes the maximum stack depth.
    StackSize,
    /// Computes the code size.
    CodeSize,
    /// Writes the code (possibly several times, until the size is stable).
    Emit,
}

/// A label number, local to one scope.
pub type Label = u32;

/// Set on a `break` label when leaving a `for` loop (the iterator must be popped).
pub const BREAK_FROM_FOR: Label = 0x8000;

/// Slots an iterator occupies on the stack (`MP_OBJ_ITER_BUF_NSLOTS`).
pub const ITER_BUF_NSLOTS: i32 = 4;

/// `MP_BINARY_OP_*` values used by the compiler beyond the bytecode-visible ones.
pub mod binop {
    /// `<`.
    pub const LESS: u8 = 0;
    /// `>`.
    pub const MORE: u8 = 1;
    /// `in`.
    pub const IN: u8 = 6;
    /// `is`.
    pub const IS: u8 = 7;
    /// Exception match.
    pub const EXCEPTION_MATCH: u8 = 8;
    /// `|=` (first in-place op).
    pub const INPLACE_OR: u8 = 9;
    /// `+=`.
    pub const INPLACE_ADD: u8 = 14;
    /// `|` (first plain binary op).
    pub const OR: u8 = 22;
    /// `<<`.
    pub const LSHIFT: u8 = 25;
    /// `**`.
    pub const POWER: u8 = 34;
    /// `not in` (not a bytecode op: `in` then `not`).
    pub const NOT_IN: u8 = 35;
    /// `is not` (not a bytecode op: `is` then `not`).
    pub const IS_NOT: u8 = 36;
}

/// `MP_UNARY_OP_*` values.
pub mod unop {
    /// `+x`.
    pub const POSITIVE: u8 = 0;
    /// `-x`.
    pub const NEGATIVE: u8 = 1;
    /// `~x`.
    pub const INVERT: u8 = 2;
    /// `not x`.
    pub const NOT: u8 = 3;
}

/// What `build` makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Build {
    /// `BUILD_TUPLE`.
    Tuple,
    /// `BUILD_LIST`.
    List,
    /// `BUILD_MAP`.
    Map,
    /// `BUILD_SET`.
    Set,
    /// `BUILD_SLICE`.
    Slice,
}

/// Which block `setup_block` opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// `SETUP_WITH`.
    With,
    /// `SETUP_EXCEPT`.
    Except,
    /// `SETUP_FINALLY`.
    Finally,
}

/// Load, store or delete (`MP_EMIT_*_LOAD/STORE/DELETE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Read.
    Load,
    /// Write.
    Store,
    /// Delete.
    Delete,
}

/// The module-wide tables: qstrs, constant objects and the child counter
/// (`mp_emit_common_t`).
#[derive(Debug, Default)]
pub struct Tables {
    /// Table index by qstr id (`u32::MAX`: not in the table yet).
    qstr_index: Vec<u32>,
    /// Qstr table in first-use order.
    pub qstrs: Vec<Sym>,
    /// Constant table in first-use order.
    pub consts: Vec<ConstObj>,
    const_by_identity: HashMap<usize, u32>,
    /// [`const_key`] of each entry of `consts`.
    const_keys: Vec<u64>,
    /// Children allocated so far in the current pass of the current scope.
    ct_cur_child: u32,
    /// The children of the current scope, recorded in the emit pass.
    pub children: Vec<ScopeId>,
    pass_is_emit: bool,
}

impl Tables {
    /// Tables whose qstr 0 is the source file name.
    pub fn new(source_file: Sym) -> Tables {
        let mut t = Tables::default();
        t.use_qstr(source_file);
        t
    }

    /// Starts a pass of a scope (`mp_emit_common_start_pass`).
    pub fn start_pass(&mut self, pass: Pass) {
        self.ct_cur_child = 0;
        self.pass_is_emit = pass == Pass::Emit;
        self.children.clear();
    }

    /// The table index of `q`, appending it if new.
    pub fn use_qstr(&mut self, q: Sym) -> u32 {
        let k = q.0 as usize;
        if let Some(&i) = self.qstr_index.get(k).filter(|&&i| i != u32::MAX) {
            return i;
        }
        let i = self.qstrs.len() as u32;
        self.qstrs.push(q);
        if k >= self.qstr_index.len() {
            self.qstr_index
                .resize((k + 1).next_power_of_two().max(1024), u32::MAX);
        }
        self.qstr_index[k] = i;
        i
    }

    /// The index [`Tables::use_const`] gave the object of `identity`, if it was given one.
    pub fn const_by_identity(&self, identity: usize) -> Option<u32> {
        self.const_by_identity.get(&identity).copied()
    }

    /// The table index of `obj`, appending it unless a strictly equal object is there.
    /// `identity` names the object (the parse node it comes from): the reference first
    /// compares object pointers, so the same NaN constant compiled in several passes is one
    /// entry while two NaN literals are two.
    pub fn use_const(&mut self, obj: &ConstObj, identity: Option<usize>) -> u32 {
        if let Some(&i) = identity.and_then(|k| self.const_by_identity.get(&k)) {
            return i;
        }
        // Equal objects have equal keys: compare keys first, objects only when they match.
        let key = const_key(obj);
        let found = self
            .const_keys
            .iter()
            .zip(&self.consts)
            .position(|(&k, c)| k == key && strictly_equal(c, obj));
        let i = match found {
            Some(i) => i as u32,
            None => {
                self.consts.push(obj.clone());
                self.const_keys.push(key);
                (self.consts.len() - 1) as u32
            }
        };
        if let Some(k) = identity {
            self.const_by_identity.insert(k, i);
        }
        i
    }

    fn alloc_child(&mut self, child: ScopeId) -> u32 {
        if self.pass_is_emit {
            self.children.push(child);
        }
        let i = self.ct_cur_child;
        self.ct_cur_child += 1;
        i
    }
}

/// A hash of `obj`'s content: equal for objects that [`strictly_equal`] calls equal.
fn const_key(obj: &ConstObj) -> u64 {
    use core::hash::Hasher as _;
    fn feed(h: &mut crate::hash::FastHasher, obj: &ConstObj) {
        let (tag, bytes): (u8, &[u8]) = match obj {
            ConstObj::FunTable => (0, &[]),
            ConstObj::None => (1, &[]),
            ConstObj::False => (2, &[]),
            ConstObj::True => (3, &[]),
            ConstObj::Ellipsis => (4, &[]),
            ConstObj::Str(s) => (5, s),
            ConstObj::Bytes(s) => (6, s),
            ConstObj::Int(s) => (7, s.as_bytes()),
            ConstObj::Float(s) => (8, s.as_bytes()),
            ConstObj::Complex(s) => (9, s.as_bytes()),
            ConstObj::Tuple(items) => {
                h.write_u8(10);
                h.write_usize(items.len());
                for item in items {
                    feed(h, item);
                }
                return;
            }
        };
        h.write_u8(tag);
        h.write_usize(bytes.len());
        h.write(bytes);
    }
    let mut h = crate::hash::FastHasher::default();
    feed(&mut h, obj);
    h.finish()
}

/// Equality as the reference compares constants: same type and value, `0.0` and `-0.0`
/// distinct, NaN never equal.
pub fn strictly_equal(a: &ConstObj, b: &ConstObj) -> bool {
    match (a, b) {
        (ConstObj::Tuple(x), ConstObj::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| strictly_equal(p, q))
        }
        (ConstObj::Float(x), ConstObj::Float(y)) | (ConstObj::Complex(x), ConstObj::Complex(y)) => {
            x == y && !x.contains("nan")
        }
        _ => a == b,
    }
}

/// What [`Emitter::end_pass`] reports.
#[derive(Debug, PartialEq, Eq)]
pub enum PassEnd {
    /// Not an emit pass, or the code changed size and another emit pass is needed.
    Continue,
    /// The final emit pass: the function's `fun_data` (prelude and bytecode).
    Finished(Vec<u8>),
    /// A jump does not fit its 2-byte offset (`RuntimeError: bytecode overflow`).
    Overflow,
}

/// The emitter of one scope at a time; reused for every scope like the reference's.
#[derive(Debug)]
pub struct Emitter {
    pass: Pass,
    suppress: bool,
    stack_size: i32,
    /// Largest stack depth seen (copied from and back to the scope around each pass).
    pub max_stack: u32,
    /// Set when a `yield` was emitted in this pass.
    pub is_generator: bool,
    last_source_line_offset: usize,
    last_source_line: u32,
    label_offsets: Vec<usize>,
    code_info: Vec<u8>,
    code_info_size: usize,
    bytecode: Vec<u8>,
    bytecode_size: usize,
    overflow: bool,
    n_info: usize,
    n_cell: usize,
    source_lines: bool,
    /// The primitive steps of the current scope's stack-size pass, when recording.
    steps: Vec<Step>,
    recording: bool,
}

/// One primitive step of a pass, as recorded in the stack-size pass so that the code-size
/// and emit passes can replay it instead of walking the parse tree again.
///
/// Every public emitting method comes down to these steps, and none of them depends on the
/// pass except inside the steps themselves (jump sizes, stack accounting, the line table),
/// so replaying the steps through the same primitives gives the bytes the walk would. Table
/// lookups made once are kept as their results: a qstr or constant keeps the index it was
/// given (using an entry again changes nothing), while a child scope is allocated again,
/// since the emit pass collects the children.
#[derive(Clone, Copy, Debug)]
enum Step {
    Op(i32, u8),
    Raw(u8),
    OpUint(i32, u8, u32),
    OpLabel(i32, u8, Label),
    SmallInt(i64),
    Child(i32, u8, ScopeId),
    Adjust(i32),
    Line(u32),
    Label(Label),
    Suppress,
    Generator,
}

impl Emitter {
    /// A new emitter; `source_lines` enables the line-number table.
    pub fn new(source_lines: bool) -> Emitter {
        Emitter {
            pass: Pass::Scope,
            suppress: false,
            stack_size: 0,
            max_stack: 0,
            is_generator: false,
            last_source_line_offset: 0,
            last_source_line: 1,
            label_offsets: Vec::new(),
            code_info: Vec::new(),
            code_info_size: 0,
            bytecode: Vec::new(),
            bytecode_size: 0,
            overflow: false,
            n_info: 0,
            n_cell: 0,
            source_lines,
            steps: Vec::new(),
            recording: false,
        }
    }

    /// Starts recording this pass's steps (the stack-size pass of a scope), dropping any
    /// earlier recording.
    pub fn record(&mut self) {
        self.steps.clear();
        self.recording = true;
    }

    /// Stops recording; the steps stay available to [`Emitter::replay`].
    pub fn stop_recording(&mut self) {
        self.recording = false;
    }

    /// Runs the recorded steps again in the current pass, in place of the compiler's walk
    /// of the scope (after [`Emitter::start_pass`], before [`Emitter::end_pass`]).
    pub fn replay(&mut self, t: &mut Tables) {
        let steps = core::mem::take(&mut self.steps);
        for &step in &steps {
            match step {
                Step::Op(adj, b) => self.write_op(adj, b),
                Step::Raw(b) => self.write_raw(b),
                Step::OpUint(adj, b, v) => self.write_op_uint(adj, b, v),
                Step::OpLabel(adj, b, l) => self.write_op_label(adj, b, l),
                Step::SmallInt(v) => self.load_const_small_int(v),
                Step::Child(adj, b, child) => self.write_op_child(t, adj, b, child),
                Step::Adjust(d) => self.adjust_stack_size(d),
                Step::Line(l) => self.set_source_line(l),
                Step::Label(l) => self.label_assign(l),
                Step::Suppress => self.suppress = true,
                Step::Generator => self.is_generator = true,
            }
        }
        self.steps = steps;
    }

    #[inline]
    fn step(&mut self, step: Step) {
        if self.recording {
            self.steps.push(step);
        }
    }

    /// Starts dead code (nothing is written until the next label).
    fn suppress(&mut self) {
        self.step(Step::Suppress);
        self.suppress = true;
    }

    /// The current pass.
    pub fn pass(&self) -> Pass {
        self.pass
    }

    /// True while emission is suppressed after an unconditional jump.
    pub fn is_suppressed(&self) -> bool {
        self.suppress
    }

    /// Starts a pass over `scope` (`mp_emit_bc_start_pass`): writes the signature, size info
    /// (from the previous pass), simple name and argument names.
    pub fn start_pass(&mut self, pass: Pass, scope: &Scope, t: &mut Tables, star: Sym) {
        self.pass = pass;
        self.stack_size = 0;
        self.suppress = false;
        self.last_source_line_offset = 0;
        self.last_source_line = 1;
        self.bytecode.clear();
        self.code_info.clear();
        self.overflow = false;
        self.max_stack = scope.stack_size;
        self.is_generator = false;
        if pass == Pass::StackSize {
            self.label_offsets.clear();
        }

        let n_state = (scope.num_locals + scope.stack_size).max(1);
        let sig = Signature {
            n_state,
            n_exc_stack: scope.exc_stack_size,
            scope_flags: scope.scope_flags & 0x1f,
            n_pos_args: scope.num_pos_args,
            n_kwonly_args: scope.num_kwonly_args,
            n_def_pos_args: scope.num_def_pos_args,
        };
        let mut buf = [0u8; 16];
        let n = sig.encode(&mut buf);
        self.code_info.extend_from_slice(&buf[..n]);

        if pass >= Pass::CodeSize {
            let size = SizeInfo {
                n_info: self.n_info as u32,
                n_cell: self.n_cell as u32,
            };
            let mut buf = [0u8; 8];
            let n = size.encode(&mut buf);
            self.code_info.extend_from_slice(&buf[..n]);
        }

        self.n_info = self.code_info.len();
        let name = t.use_qstr(scope.simple_name);
        push_uint(&mut self.code_info, name);
        for i in 0..scope.num_pos_args + scope.num_kwonly_args {
            let q = scope
                .id_info
                .iter()
                .find(|id| id.flags & crate::scope::ID_FLAG_IS_PARAM != 0 && id.local_num == i)
                .map_or(star, |id| id.qst);
            let qi = t.use_qstr(q);
            push_uint(&mut self.code_info, qi);
        }
    }

    /// Ends a pass (`mp_emit_bc_end_pass`).
    pub fn end_pass(&mut self, scope: &Scope) -> PassEnd {
        if self.pass == Pass::Scope {
            return PassEnd::Continue;
        }
        self.n_info = self.code_info.len() - self.n_info;
        self.n_cell = 0;
        for id in &scope.id_info {
            if id.kind == IdKind::Cell {
                self.code_info.push(id.local_num as u8);
                self.n_cell += 1;
            }
        }
        match self.pass {
            Pass::CodeSize => {
                self.code_info_size = self.code_info.len();
                self.bytecode_size = self.bytecode.len();
                PassEnd::Continue
            }
            Pass::Emit => {
                if self.code_info.len() != self.code_info_size
                    || self.bytecode.len() != self.bytecode_size
                {
                    self.code_info_size = self.code_info.len();
                    self.bytecode_size = self.bytecode.len();
                    return PassEnd::Continue;
                }
                if self.overflow {
                    return PassEnd::Overflow;
                }
                let mut out = Vec::with_capacity(self.code_info.len() + self.bytecode.len());
                out.extend_from_slice(&self.code_info);
                out.extend_from_slice(&self.bytecode);
                PassEnd::Finished(out)
            }
            _ => PassEnd::Continue,
        }
    }

    /// Adds `delta` to the stack depth, tracking the maximum (not in the scope pass).
    pub fn adjust_stack_size(&mut self, delta: i32) {
        self.step(Step::Adjust(delta));
        self.adjust(delta);
    }

    fn adjust(&mut self, delta: i32) {
        if self.pass == Pass::Scope {
            return;
        }
        self.stack_size += delta;
        if self.stack_size > self.max_stack as i32 {
            self.max_stack = self.stack_size as u32;
        }
    }

    /// Records that code from here on comes from `line` (`mp_emit_bc_set_source_line`).
    pub fn set_source_line(&mut self, line: u32) {
        self.step(Step::Line(line));
        if !self.source_lines {
            return;
        }
        if line > self.last_source_line {
            let b = (self.bytecode.len() - self.last_source_line_offset) as u32;
            let l = line - self.last_source_line;
            push_line_delta(&mut self.code_info, b, l);
            self.last_source_line_offset = self.bytecode.len();
            self.last_source_line = line;
        }
    }

    /// Places label `l` here; ends any dead-code region.
    pub fn label_assign(&mut self, l: Label) {
        self.step(Step::Label(l));
        self.suppress = false;
        if self.pass == Pass::Scope {
            return;
        }
        let l = l as usize;
        if l >= self.label_offsets.len() {
            self.label_offsets.resize(l + 1, 0);
        }
        self.label_offsets[l] = self.bytecode.len();
    }

    fn write_op(&mut self, stack_adj: i32, b: u8) {
        self.step(Step::Op(stack_adj, b));
        self.adjust(stack_adj);
        if !self.suppress {
            self.bytecode.push(b);
        }
    }

    fn write_raw(&mut self, b: u8) {
        self.step(Step::Raw(b));
        if !self.suppress {
            self.bytecode.push(b);
        }
    }

    fn write_op_uint(&mut self, stack_adj: i32, b: u8, v: u32) {
        self.step(Step::OpUint(stack_adj, b, v));
        self.adjust(stack_adj);
        if !self.suppress {
            self.bytecode.push(b);
            push_uint(&mut self.bytecode, v);
        }
    }

    fn write_op_label(&mut self, stack_adj: i32, b: u8, label: Label) {
        self.step(Step::OpLabel(stack_adj, b, label));
        self.adjust(stack_adj);
        if self.suppress {
            return;
        }
        let is_signed = b <= op::POP_JUMP_IF_FALSE;
        let mut wide = true;
        let mut off: i64 = 0;
        if self.pass >= Pass::CodeSize {
            let target = self.label_offsets.get(label as usize).copied().unwrap_or(0) as i64;
            off = target - self.bytecode.len() as i64 - 2;
            if (is_signed && (-64..=63).contains(&off)) || (!is_signed && (0..=127).contains(&off))
            {
                wide = false;
            }
            if wide {
                off -= 1;
            }
        }
        self.bytecode.push(b);
        if !wide {
            if is_signed {
                off += 0x40;
            }
            self.bytecode.push(off as u8);
        } else {
            if is_signed {
                off += 0x4000;
            }
            if self.pass == Pass::Emit && !(0..=0x7fff).contains(&off) {
                self.overflow = true;
            }
            self.bytecode.push(0x80 | (off & 0x7f) as u8);
            self.bytecode.push((off >> 7) as u8);
        }
    }

    fn write_op_qstr(&mut self, t: &mut Tables, stack_adj: i32, b: u8, q: Sym) {
        let i = t.use_qstr(q);
        self.write_op_uint(stack_adj, b, i);
    }

    /// `IMPORT_NAME q`.
    pub fn import_name(&mut self, t: &mut Tables, q: Sym) {
        self.write_op_qstr(t, -1, op::IMPORT_NAME, q);
    }

    /// `IMPORT_FROM q`.
    pub fn import_from(&mut self, t: &mut Tables, q: Sym) {
        self.write_op_qstr(t, 1, op::IMPORT_FROM, q);
    }

    /// `IMPORT_STAR`.
    pub fn import_star(&mut self) {
        self.write_op(-1, op::IMPORT_STAR);
    }

    /// `LOAD_CONST_FALSE/NONE/TRUE`.
    pub fn load_const_false(&mut self) {
        self.write_op(1, op::LOAD_CONST_FALSE);
    }

    /// `LOAD_CONST_NONE`.
    pub fn load_const_none(&mut self) {
        self.write_op(1, op::LOAD_CONST_NONE);
    }

    /// `LOAD_CONST_TRUE`.
    pub fn load_const_true(&mut self) {
        self.write_op(1, op::LOAD_CONST_TRUE);
    }

    /// `...` as `LOAD_CONST_OBJ`.
    pub fn load_const_ellipsis(&mut self, t: &mut Tables) {
        self.load_const_obj(t, &ConstObj::Ellipsis, None);
    }

    /// A small int: a `MULTI` opcode for −16…47, else `LOAD_CONST_SMALL_INT`.
    pub fn load_const_small_int(&mut self, v: i64) {
        if (-16..48).contains(&v) {
            self.write_op(1, (op::LOAD_CONST_SMALL_INT_MULTI as i64 + 16 + v) as u8);
        } else {
            self.step(Step::SmallInt(v));
            self.adjust(1);
            if !self.suppress {
                self.bytecode.push(op::LOAD_CONST_SMALL_INT);
                push_svarint(&mut self.bytecode, v);
            }
        }
    }

    /// `LOAD_CONST_STRING q`.
    pub fn load_const_str(&mut self, t: &mut Tables, q: Sym) {
        self.write_op_qstr(t, 1, op::LOAD_CONST_STRING, q);
    }

    /// `LOAD_CONST_OBJ obj` (see [`Tables::use_const`] for `identity`).
    pub fn load_const_obj(&mut self, t: &mut Tables, obj: &ConstObj, identity: Option<usize>) {
        let i = t.use_const(obj, identity);
        self.load_const_index(i);
    }

    /// `LOAD_CONST_OBJ` of the constant table's entry `i`.
    pub fn load_const_index(&mut self, i: u32) {
        self.write_op_uint(1, op::LOAD_CONST_OBJ, i);
    }

    /// `LOAD_NULL`.
    pub fn load_null(&mut self) {
        self.write_op(1, op::LOAD_NULL);
    }

    /// `LOAD_FAST` / `LOAD_DEREF`.
    pub fn load_local(&mut self, local: u32, deref: bool) {
        if !deref && local <= 15 {
            self.write_op(1, op::LOAD_FAST_MULTI + local as u8);
        } else {
            let b = if deref {
                op::LOAD_DEREF
            } else {
                op::LOAD_FAST_N
            };
            self.write_op_uint(1, b, local);
        }
    }

    /// `LOAD_NAME` / `LOAD_GLOBAL`.
    pub fn load_global(&mut self, t: &mut Tables, q: Sym, explicit: bool) {
        let b = if explicit {
            op::LOAD_GLOBAL
        } else {
            op::LOAD_NAME
        };
        self.write_op_qstr(t, 1, b, q);
    }

    /// `STORE_FAST` / `STORE_DEREF`.
    pub fn store_local(&mut self, local: u32, deref: bool) {
        if !deref && local <= 15 {
            self.write_op(-1, op::STORE_FAST_MULTI + local as u8);
        } else {
            let b = if deref {
                op::STORE_DEREF
            } else {
                op::STORE_FAST_N
            };
            self.write_op_uint(-1, b, local);
        }
    }

    /// `STORE_NAME` / `STORE_GLOBAL`.
    pub fn store_global(&mut self, t: &mut Tables, q: Sym, explicit: bool) {
        let b = if explicit {
            op::STORE_GLOBAL
        } else {
            op::STORE_NAME
        };
        self.write_op_qstr(t, -1, b, q);
    }

    /// `DELETE_FAST` / `DELETE_DEREF`.
    pub fn delete_local(&mut self, local: u32, deref: bool) {
        let b = if deref {
            op::DELETE_DEREF
        } else {
            op::DELETE_FAST
        };
        self.write_op_uint(0, b, local);
    }

    /// `DELETE_NAME` / `DELETE_GLOBAL`.
    pub fn delete_global(&mut self, t: &mut Tables, q: Sym, explicit: bool) {
        let b = if explicit {
            op::DELETE_GLOBAL
        } else {
            op::DELETE_NAME
        };
        self.write_op_qstr(t, 0, b, q);
    }

    /// `LOAD_METHOD q` or `LOAD_SUPER_METHOD q`.
    pub fn load_method(&mut self, t: &mut Tables, q: Sym, is_super: bool) {
        if is_super {
            self.write_op_qstr(t, -1, op::LOAD_SUPER_METHOD, q);
        } else {
            self.write_op_qstr(t, 1, op::LOAD_METHOD, q);
        }
    }

    /// `LOAD_BUILD_CLASS`.
    pub fn load_build_class(&mut self) {
        self.write_op(1, op::LOAD_BUILD_CLASS);
    }

    /// Subscript load, store or delete.
    pub fn subscr(&mut self, kind: Access) {
        match kind {
            Access::Load => self.write_op(-1, op::LOAD_SUBSCR),
            Access::Store => self.write_op(-3, op::STORE_SUBSCR),
            Access::Delete => {
                self.load_null();
                self.rot_three();
                self.write_op(-3, op::STORE_SUBSCR);
            }
        }
    }

    /// Attribute load, store or delete.
    pub fn attr(&mut self, t: &mut Tables, q: Sym, kind: Access) {
        match kind {
            Access::Load => self.write_op_qstr(t, 0, op::LOAD_ATTR, q),
            Access::Store => self.write_op_qstr(t, -2, op::STORE_ATTR, q),
            Access::Delete => {
                self.load_null();
                self.rot_two();
                self.write_op_qstr(t, -2, op::STORE_ATTR, q);
            }
        }
    }

    /// `DUP_TOP`.
    pub fn dup_top(&mut self) {
        self.write_op(1, op::DUP_TOP);
    }

    /// `DUP_TOP_TWO`.
    pub fn dup_top_two(&mut self) {
        self.write_op(2, op::DUP_TOP_TWO);
    }

    /// `POP_TOP`.
    pub fn pop_top(&mut self) {
        self.write_op(-1, op::POP_TOP);
    }

    /// `ROT_TWO`.
    pub fn rot_two(&mut self) {
        self.write_op(0, op::ROT_TWO);
    }

    /// `ROT_THREE`.
    pub fn rot_three(&mut self) {
        self.write_op(0, op::ROT_THREE);
    }

    /// `JUMP label`; starts dead code.
    pub fn jump(&mut self, label: Label) {
        self.write_op_label(0, op::JUMP, label);
        self.suppress();
    }

    /// `POP_JUMP_IF_TRUE/FALSE label`.
    pub fn pop_jump_if(&mut self, cond: bool, label: Label) {
        let b = if cond {
            op::POP_JUMP_IF_TRUE
        } else {
            op::POP_JUMP_IF_FALSE
        };
        self.write_op_label(-1, b, label);
    }

    /// `JUMP_IF_TRUE/FALSE_OR_POP label`.
    pub fn jump_if_or_pop(&mut self, cond: bool, label: Label) {
        let b = if cond {
            op::JUMP_IF_TRUE_OR_POP
        } else {
            op::JUMP_IF_FALSE_OR_POP
        };
        self.write_op_label(-1, b, label);
    }

    /// `break`/`continue`: a plain jump (popping a `for` iterator) or `UNWIND_JUMP`.
    pub fn unwind_jump(&mut self, label: Label, except_depth: u32) {
        let target = label & !BREAK_FROM_FOR;
        if except_depth == 0 {
            if label & BREAK_FROM_FOR != 0 {
                for _ in 0..ITER_BUF_NSLOTS {
                    self.write_raw(op::POP_TOP);
                }
            }
            self.write_op_label(0, op::JUMP, target);
        } else {
            self.write_op_label(0, op::UNWIND_JUMP, target);
            let flag = if label & BREAK_FROM_FOR != 0 { 0x80 } else { 0 };
            self.write_raw(flag | except_depth as u8);
        }
        self.suppress();
    }

    /// `SETUP_WITH/EXCEPT/FINALLY label`.
    pub fn setup_block(&mut self, label: Label, kind: Block) {
        match kind {
            Block::With => self.write_op_label(2, op::SETUP_WITH, label),
            Block::Except => self.write_op_label(0, op::SETUP_EXCEPT, label),
            Block::Finally => self.write_op_label(0, op::SETUP_FINALLY, label),
        }
    }

    /// The end of a `with` block: `LOAD_CONST_NONE; label: WITH_CLEANUP`.
    pub fn with_cleanup(&mut self, label: Label) {
        self.load_const_none();
        self.label_assign(label);
        self.write_op(2, op::WITH_CLEANUP);
        self.adjust_stack_size(-4);
    }

    /// The fixed sequence at the start of an `async with`'s finally handling.
    pub fn async_with_setup_finally(
        &mut self,
        t: &mut Tables,
        base_exception: Sym,
        label_aexit_no_exc: Label,
        label_finally_block: Label,
        label_ret_unwind_jump: Label,
    ) {
        self.load_const_none();
        self.rot_two();
        self.jump(label_aexit_no_exc);
        self.label_assign(label_finally_block);
        self.dup_top();
        self.load_global(t, base_exception, true);
        self.binary_op(binop::EXCEPTION_MATCH);
        self.pop_jump_if(false, label_ret_unwind_jump);
    }

    /// `END_FINALLY`.
    pub fn end_finally(&mut self) {
        self.write_op(-1, op::END_FINALLY);
    }

    /// `GET_ITER` or `GET_ITER_STACK`.
    pub fn get_iter(&mut self, use_stack: bool) {
        if use_stack {
            self.write_op(ITER_BUF_NSLOTS - 1, op::GET_ITER_STACK);
        } else {
            self.write_op(0, op::GET_ITER);
        }
    }

    /// `FOR_ITER label`.
    pub fn for_iter(&mut self, label: Label) {
        self.write_op_label(1, op::FOR_ITER, label);
    }

    /// Accounts for the iterator popped at the end of a `for`.
    pub fn for_iter_end(&mut self) {
        self.adjust_stack_size(-ITER_BUF_NSLOTS);
    }

    /// `POP_EXCEPT_JUMP label`; starts dead code.
    pub fn pop_except_jump(&mut self, label: Label) {
        self.write_op_label(0, op::POP_EXCEPT_JUMP, label);
        self.suppress();
    }

    /// `UNARY_OP op`.
    pub fn unary_op(&mut self, o: u8) {
        self.write_op(0, op::UNARY_OP_MULTI + o);
    }

    /// `BINARY_OP op` (with `not` after it for `not in` / `is not`).
    pub fn binary_op(&mut self, o: u8) {
        let (o, invert) = match o {
            binop::NOT_IN => (binop::IN, true),
            binop::IS_NOT => (binop::IS, true),
            _ => (o, false),
        };
        self.write_op(-1, op::BINARY_OP_MULTI + o);
        if invert {
            self.write_op(0, op::UNARY_OP_MULTI + unop::NOT);
        }
    }

    /// `BUILD_*`.
    pub fn build(&mut self, n: u32, kind: Build) {
        let (b, adj) = match kind {
            Build::Tuple => (op::BUILD_TUPLE, 1 - n as i32),
            Build::List => (op::BUILD_LIST, 1 - n as i32),
            Build::Map => (op::BUILD_MAP, 1),
            Build::Set => (op::BUILD_SET, 1 - n as i32),
            Build::Slice => (op::BUILD_SLICE, 1 - n as i32),
        };
        self.write_op_uint(adj, b, n);
    }

    /// `STORE_MAP`.
    pub fn store_map(&mut self) {
        self.write_op(-2, op::STORE_MAP);
    }

    /// `STORE_COMP` for a comprehension of `kind` whose collection is `index` deep.
    pub fn store_comp(&mut self, kind: crate::scope::ScopeKind, index: u32) {
        use crate::scope::ScopeKind as K;
        let (n, t) = match kind {
            K::ListComp => (0, 0),
            K::DictComp => (1, 1),
            _ => (0, 2),
        };
        self.write_op_uint(-1 - n as i32, op::STORE_COMP, ((index + n) << 2) | t);
    }

    /// `UNPACK_SEQUENCE n`.
    pub fn unpack_sequence(&mut self, n: u32) {
        self.write_op_uint(n as i32 - 1, op::UNPACK_SEQUENCE, n);
    }

    /// `UNPACK_EX`.
    pub fn unpack_ex(&mut self, left: u32, right: u32) {
        self.write_op_uint((left + right) as i32, op::UNPACK_EX, left | (right << 8));
    }

    /// `MAKE_FUNCTION[_DEFARGS] child`.
    pub fn make_function(&mut self, t: &mut Tables, child: ScopeId, has_defaults: bool) {
        if has_defaults {
            self.write_op_child(t, -1, op::MAKE_FUNCTION_DEFARGS, child);
        } else {
            self.write_op_child(t, 1, op::MAKE_FUNCTION, child);
        }
    }

    /// `b` with the index of `child` in this scope's child table (allocated again in every
    /// pass: the emit pass collects the children).
    fn write_op_child(&mut self, t: &mut Tables, stack_adj: i32, b: u8, child: ScopeId) {
        let i = t.alloc_child(child);
        let recording = core::mem::replace(&mut self.recording, false);
        self.write_op_uint(stack_adj, b, i);
        self.recording = recording;
        self.step(Step::Child(stack_adj, b, child));
    }

    /// `MAKE_CLOSURE[_DEFARGS] child n_closed`.
    pub fn make_closure(
        &mut self,
        t: &mut Tables,
        child: ScopeId,
        n_closed: u32,
        has_defaults: bool,
    ) {
        if has_defaults {
            self.write_op_child(t, -2 - n_closed as i32 + 1, op::MAKE_CLOSURE_DEFARGS, child);
        } else {
            self.write_op_child(t, 1 - n_closed as i32, op::MAKE_CLOSURE, child);
        }
        self.write_raw(n_closed as u8);
    }

    fn call_helper(&mut self, adj: i32, base: u8, n_pos: u32, n_kw: u32, star: bool) {
        if star {
            let adj = adj - (n_pos as i32 + 2 * n_kw as i32 + 1);
            self.write_op_uint(adj, base + 1, (n_kw << 8) | n_pos);
        } else {
            let adj = adj - (n_pos as i32 + 2 * n_kw as i32);
            self.write_op_uint(adj, base, (n_kw << 8) | n_pos);
        }
    }

    /// `CALL_FUNCTION[_VAR_KW]`.
    pub fn call_function(&mut self, n_pos: u32, n_kw: u32, star: bool) {
        self.call_helper(0, op::CALL_FUNCTION, n_pos, n_kw, star);
    }

    /// `CALL_METHOD[_VAR_KW]`.
    pub fn call_method(&mut self, n_pos: u32, n_kw: u32, star: bool) {
        self.call_helper(-1, op::CALL_METHOD, n_pos, n_kw, star);
    }

    /// `RETURN_VALUE`; starts dead code.
    pub fn return_value(&mut self) {
        self.write_op(-1, op::RETURN_VALUE);
        self.suppress();
    }

    /// `RAISE_LAST/OBJ/FROM`; starts dead code.
    pub fn raise_varargs(&mut self, n: u32) {
        self.write_op(-(n as i32), op::RAISE_LAST + n as u8);
        self.suppress();
    }

    /// `YIELD_VALUE` (`from == false`) or `YIELD_FROM`; marks the scope a generator.
    pub fn yield_(&mut self, from: bool) {
        if from {
            self.write_op(-1, op::YIELD_FROM);
        } else {
            self.write_op(0, op::YIELD_VALUE);
        }
        self.step(Step::Generator);
        self.is_generator = true;
    }

    /// Stack accounting at the start of an exception handler.
    pub fn start_except_handler(&mut self) {
        self.adjust_stack_size(4);
    }

    /// Stack accounting at the end of an exception handler.
    pub fn end_except_handler(&mut self) {
        self.adjust_stack_size(-3);
    }
}

/// Sets the generator flag on `scope` if the emitter saw a `yield`, and keeps its stack size.
pub fn finish_scope_pass(e: &Emitter, scope: &mut Scope) {
    if e.is_generator {
        scope.scope_flags |= flags::GENERATOR;
    }
    if e.pass() != Pass::Scope {
        scope.stack_size = e.max_stack;
    }
}

/// Resolves `qst` in `scope` and emits the load/store/delete for it
/// (`mp_emit_common_id_op`).
pub fn id_op(e: &mut Emitter, t: &mut Tables, scope: &Scope, qst: Sym, access: Access) {
    let Some(i) = scope.find(qst) else {
        // Every name is recorded in the scope pass; treat a miss as a global by name.
        match access {
            Access::Load => e.load_global(t, qst, false),
            Access::Store => e.store_global(t, qst, false),
            Access::Delete => e.delete_global(t, qst, false),
        }
        return;
    };
    let id = scope.id_info[i];
    match id.kind {
        IdKind::GlobalImplicit | IdKind::GlobalImplicitAssigned | IdKind::Undecided => match access
        {
            Access::Load => e.load_global(t, qst, false),
            Access::Store => e.store_global(t, qst, false),
            Access::Delete => e.delete_global(t, qst, false),
        },
        IdKind::GlobalExplicit => match access {
            Access::Load => e.load_global(t, qst, true),
            Access::Store => e.store_global(t, qst, true),
            Access::Delete => e.delete_global(t, qst, true),
        },
        IdKind::Local | IdKind::Cell | IdKind::Free => {
            let deref = id.kind != IdKind::Local;
            match access {
                Access::Load => e.load_local(id.local_num, deref),
                Access::Store => e.store_local(id.local_num, deref),
                Access::Delete => e.delete_local(id.local_num, deref),
            }
        }
    }
}

/// Builds the qstr entry list for the module file from symbols.
pub fn qstr_entries(t: &Tables, names: &Interner) -> Vec<frost_formats::model::QstrEntry> {
    t.qstrs
        .iter()
        .map(|&q| match names.static_id(q) {
            Some(id) => frost_formats::model::QstrEntry::Static(id),
            None => frost_formats::model::QstrEntry::Str(names.get(q).to_vec()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scope::ScopeKind;

    /// Runs the stack-size, code-size and emit passes of one module-like scope whose body
    /// is produced by `body`, and returns the bytecode (without the prelude).
    fn emit_code(body: impl Fn(&mut Emitter, &mut Tables)) -> Vec<u8> {
        let mut names = Interner::new();
        let src = names.intern(b"t.py");
        let star = names.intern(b"*");
        let mut scope = Scope::new(ScopeKind::Module, None, names.intern(b"<module>"));
        let mut t = Tables::new(src);
        let mut e = Emitter::new(true);
        for pass in [
            Pass::StackSize,
            Pass::CodeSize,
            Pass::Emit,
            Pass::Emit,
            Pass::Emit,
        ] {
            t.start_pass(pass);
            e.start_pass(pass, &scope, &mut t, star);
            body(&mut e, &mut t);
            finish_scope_pass(&e, &mut scope);
            if let PassEnd::Finished(data) = e.end_pass(&scope) {
                // Prelude: 1 signature byte, 1 size byte, 1 name byte, line table.
                let n_info = usize::from(data[1] >> 1);
                return data[2 + n_info..].to_vec();
            }
        }
        panic!("emit passes did not converge");
    }

    fn skip_over(n: usize, op: fn(&mut Emitter, Label)) -> Vec<u8> {
        emit_code(|e, _| {
            e.load_const_true();
            op(e, 0);
            for _ in 0..n {
                e.rot_two();
            }
            e.label_assign(0);
            e.load_const_none();
            e.return_value();
        })
    }

    #[test]
    fn forward_jump_of_63_bytes_stays_long() {
        // bytecode.md §4: the target offset of the previous pass includes the 3-byte jump.
        let pop_false = |e: &mut Emitter, l| e.pop_jump_if(false, l);
        assert_eq!(&skip_over(62, pop_false)[1..3], &[0x44, 0x7e]);
        assert_eq!(&skip_over(63, pop_false)[1..4], &[0x44, 0xbf, 0x80]);
        let or_pop = |e: &mut Emitter, l| e.jump_if_or_pop(true, l);
        assert_eq!(&skip_over(126, or_pop)[1..3], &[0x45, 0x7e]);
        assert_eq!(&skip_over(127, or_pop)[1..4], &[0x45, 0xff, 0x00]);
    }

    #[test]
    fn backward_jump_sizes_are_exact() {
        let code = |n: usize| {
            emit_code(move |e, _| {
                e.label_assign(0);
                for _ in 0..n {
                    e.rot_two();
                }
                e.jump(0);
                e.label_assign(1);
                e.load_const_none();
                e.return_value();
            })
        };
        // Offset −(n + 2) fits one byte down to −64.
        assert_eq!(&code(62)[62..], &[0x42, 0x00, 0x51, 0x63]);
        assert_eq!(&code(63)[63..], &[0x42, 0xbe, 0x7f, 0x51, 0x63]);
    }

    #[test]
    fn dead_code_is_suppressed_until_a_label() {
        let code = emit_code(|e, t| {
            e.load_const_small_int(5);
            e.return_value();
            let q = Sym(3);
            e.load_global(t, q, false);
            e.pop_top();
            e.label_assign(0);
            e.load_const_small_int(6);
            e.return_value();
        });
        assert_eq!(code, [0x85, 0x63, 0x86, 0x63]);
    }

    #[test]
    fn small_ints_and_locals_pick_their_forms() {
        let code = emit_code(|e, _| {
            e.load_const_small_int(-16);
            e.load_const_small_int(47);
            e.load_const_small_int(48);
            e.load_const_small_int(-17);
            e.load_local(15, false);
            e.load_local(16, false);
            e.store_local(3, true);
            e.build(4, Build::Tuple);
            e.return_value();
        });
        assert_eq!(
            code,
            [
                0x70, 0xaf, 0x22, 0x30, 0x22, 0x6f, 0xbf, 0x24, 0x10, 0x27, 0x03, 0x2a, 0x04, 0x63
            ]
        );
    }

    #[test]
    fn strict_equality_of_constants() {
        let f = |s: &str| ConstObj::Float(s.into());
        assert!(strictly_equal(&f("1.5"), &f("1.5")));
        assert!(!strictly_equal(&f("0.0"), &f("-0.0")));
        assert!(!strictly_equal(&f("nan"), &f("nan")));
        assert!(!strictly_equal(&ConstObj::Int("1".into()), &f("1.0")));
        let mut t = Tables::default();
        assert_eq!(t.use_const(&f("nan"), Some(7)), 0);
        assert_eq!(t.use_const(&f("nan"), Some(7)), 0);
        assert_eq!(t.use_const(&f("nan"), Some(8)), 1);
    }
}
