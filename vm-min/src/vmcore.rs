//! The VM object: state, loading, the collector's roots and the embedder API.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use frost_formats::{Const, Mpy, RawCode};

use crate::heap::Heap;
use crate::interp::{Frame, Stop};
use crate::obj::Obj;
use crate::qstr::Qstrs;
use crate::text::{dec, fill};
use crate::types::Type;
use crate::value::Value;
use crate::{LoadError, PyResult};

/// What the embedder provides.
pub trait Embedder<'a> {
    /// Writes program output: `stream` 1 is stdout, 2 is stderr.
    fn write(&mut self, stream: u8, data: &[u8]);
    /// The `.mpy` bytes of module `name`, if it exists. The bytes must outlive the VM (flash
    /// or a leaked buffer), because code runs from them in place.
    fn load(&mut self, name: &[u8]) -> Option<&'a [u8]>;
    /// Milliseconds from an arbitrary start.
    fn ticks_ms(&mut self) -> u64;
    /// Waits `ms` milliseconds.
    fn sleep_ms(&mut self, ms: u64);
}

/// VM limits.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Heap budget in bytes.
    pub heap_size: usize,
    /// Deepest Python call nesting. Python calls nest on the machine stack, so size this to
    /// the stack the VM runs on (the host runner uses 1000 on a 512 MiB thread).
    pub max_depth: usize,
    /// Instruction budget, 0 for none; past it the VM raises `RuntimeError` (for fuzzing and
    /// watchdogs — MicroPython itself has no such limit).
    pub max_steps: u64,
    /// Bytes of machine stack the VM may use below the point where [`Vm::run_main`] is
    /// entered, 0 for no check. Python calls made from Rust code (`__call__`, special
    /// methods, key functions, …) nest on the machine stack; past this many bytes a call
    /// raises `RuntimeError: maximum recursion depth exceeded`, as MicroPython's stack check
    /// does. Leave a margin below the real stack for the deepest code between two calls.
    pub stack_size: usize,
}

/// An address in the caller's stack frame (where the machine stack is now).
#[inline(always)]
pub(crate) fn stack_here() -> usize {
    let marker = 0u8;
    core::hint::black_box(&marker) as *const u8 as usize
}

/// How a program ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Exit status 0 … 255 (0 normal, 1 uncaught exception, SystemExit's code).
    Exit(u8),
    /// The module could not be loaded.
    Load(LoadError),
}

/// One code object of a loaded module, borrowing its bytecode.
#[derive(Debug)]
pub struct Code<'a> {
    /// The instructions.
    pub code: &'a [u8],
    /// Absolute offset of `code[0]` in the file (for decode errors).
    pub base: usize,
    /// Module index.
    pub module: u32,
    /// `n_state`.
    pub n_state: u32,
    /// Handler depth.
    pub n_exc_stack: u32,
    /// Scope flags.
    pub flags: u8,
    /// Positional parameters (including closed-over cells).
    pub n_pos: u32,
    /// Keyword-only parameters.
    pub n_kwonly: u32,
    /// Name (VM qstr).
    pub name: u32,
    /// Source file (VM qstr).
    pub file: u32,
    /// Parameter names (VM qstrs).
    pub arg_names: Box<[u32]>,
    /// Cell locals.
    pub cells: &'a [u8],
    /// The line table.
    pub lines: &'a [u8],
    /// Children's indices in the code table.
    pub children: Box<[u32]>,
    /// Positional parameters only (no `*args`, `**kwargs`, keyword-only parameters or
    /// cells) and not a generator: calls bind arguments straight into the frame.
    pub simple: bool,
}

impl Code<'_> {
    /// Source line of bytecode offset `ip`.
    pub fn line_of(&self, ip: usize) -> u32 {
        let mut line = 1;
        for e in frost_formats::prelude::LineTable::new(self.lines, 0).flatten() {
            if e.offset as usize > ip {
                break;
            }
            line = e.line;
        }
        line
    }
}

/// Per-module data: its qstr table mapped to VM qstrs, and its constants.
#[derive(Debug)]
pub(crate) struct ModData {
    pub qmap: Vec<u32>,
    pub consts: Vec<Value>,
}

/// Qstrs the VM uses by name.
#[derive(Debug, Default)]
pub(crate) struct Q {
    pub init: u32,
    pub new: u32,
    pub enter: u32,
    pub exit: u32,
    pub name: u32,
    pub class: u32,
    pub dict: u32,
    pub bases: u32,
    pub repr: u32,
    pub str_: u32,
    pub eq: u32,
    pub hash: u32,
    pub lt: u32,
    pub le: u32,
    pub gt: u32,
    pub ge: u32,
    pub len: u32,
    pub bool_: u32,
    pub iter: u32,
    pub next: u32,
    pub getitem: u32,
    pub setitem: u32,
    pub delitem: u32,
    pub contains: u32,
    pub call: u32,
    pub getattr: u32,
    pub setattr: u32,
    pub int: u32,
    pub keys: u32,
    pub send: u32,
    pub throw: u32,
    pub self_: u32,
    pub func: u32,
    pub abs: u32,
    pub ne: u32,
    pub close: u32,
    pub float: u32,
    pub delattr: u32,
    pub get: u32,
    pub set: u32,
    pub delete: u32,
    pub set_name: u32,
}

/// The virtual machine.
pub struct Vm<'a> {
    pub(crate) heap: Heap,
    pub(crate) qstrs: Qstrs<'a>,
    pub(crate) codes: Vec<Code<'a>>,
    pub(crate) modules_data: Vec<ModData>,
    pub(crate) frames: Vec<Frame>,
    /// Value arrays of finished frames, reused by the next calls.
    pub(crate) state_pool: Vec<Vec<Value>>,
    pub(crate) modules: Vec<(u32, Value)>,
    pub(crate) class_locals: Vec<(usize, Value)>,
    pub(crate) port: Box<dyn Embedder<'a> + 'a>,
    pub(crate) q: Q,
    pub(crate) memory_error: Value,
    pub(crate) empty_tuple: Value,
    /// A slice object reused for `x[a:b]` on builtin sequences, which never keep it.
    pub(crate) scratch_slice: Value,
    pub(crate) max_depth: usize,
    /// [`Config::stack_size`], and the stack address `run_main` started at.
    pub(crate) stack_size: usize,
    pub(crate) stack_top: usize,
    pub(crate) no_gc: u32,
    /// `micropython.opt_level()`.
    pub(crate) opt_level: u8,
    pub(crate) depth_guard: u32,
    pub(crate) fresh_raise: bool,
    pub(crate) yf_inject: Value,
    pub(crate) gc_requested: bool,
    pub(crate) gc_enabled: bool,
    /// Some class may define a property or `__setattr__` (set once one is made); until
    /// then storing an instance attribute needs no class lookups.
    pub(crate) attr_hooks: bool,
    pub(crate) steps_left: u64,
    /// Builtins found by name, direct-mapped by qstr (`q + 1`, 0 when empty): the name
    /// search runs once per name, not on every global miss.
    pub(crate) builtin_cache: [(u32, Value); BUILTIN_CACHE],
}

/// The names of [`Q`]'s fields, in order, separated by spaces.
const Q_NAMES: &str = concat!(
    "__init__ __new__ __enter__ __exit__ __name__ __class__ __dict__ ",
    "__bases__ __repr__ __str__ __eq__ __hash__ __lt__ __le__ __gt__ __ge__ ",
    "__len__ __bool__ __iter__ __next__ __getitem__ __setitem__ __delitem__ ",
    "__contains__ __call__ __getattr__ __setattr__ __int__ keys send throw ",
    "__self__ __func__ __abs__ __ne__ close __float__ __delattr__ __get__ __set__ ",
    "__delete__ __set_name__",
);
/// Number of names in [`Q_NAMES`].
const Q_COUNT: usize = 42;

/// Entries in [`Vm::builtin_cache`] (a power of two).
pub(crate) const BUILTIN_CACHE: usize = 32;

impl<'a> Vm<'a> {
    /// A VM with an empty heap.
    pub fn new(port: Box<dyn Embedder<'a> + 'a>, config: Config) -> Vm<'a> {
        let mut vm = Vm {
            heap: Heap::new(config.heap_size),
            qstrs: Qstrs::new(),
            codes: Vec::new(),
            modules_data: Vec::new(),
            frames: Vec::new(),
            state_pool: Vec::new(),
            modules: Vec::new(),
            class_locals: Vec::new(),
            port,
            q: Q::default(),
            memory_error: Value::NONE,
            empty_tuple: Value::NONE,
            scratch_slice: Value::NONE,
            max_depth: config.max_depth,
            stack_size: config.stack_size,
            stack_top: stack_here(),
            no_gc: 0,
            opt_level: 0,
            depth_guard: 0,
            fresh_raise: false,
            yf_inject: Value::NULL,
            gc_requested: false,
            gc_enabled: true,
            attr_hooks: false,
            builtin_cache: [(0, Value::NULL); BUILTIN_CACHE],
            steps_left: if config.max_steps == 0 {
                u64::MAX
            } else {
                config.max_steps
            },
        };
        // One string rather than a call per name keeps start-up code small.
        let mut ids = [0u32; Q_COUNT];
        let (mut k, mut start) = (0, 0);
        for (i, c) in Q_NAMES.bytes().chain([b' ']).enumerate() {
            if c == b' ' {
                if let (Some(slot), Some(name)) = (ids.get_mut(k), Q_NAMES.get(start..i)) {
                    *slot = vm.qstrs.intern_static(name);
                }
                k += 1;
                start = i + 1;
            }
        }
        vm.q = Q {
            init: ids[0],
            new: ids[1],
            enter: ids[2],
            exit: ids[3],
            name: ids[4],
            class: ids[5],
            dict: ids[6],
            bases: ids[7],
            repr: ids[8],
            str_: ids[9],
            eq: ids[10],
            hash: ids[11],
            lt: ids[12],
            le: ids[13],
            gt: ids[14],
            ge: ids[15],
            len: ids[16],
            bool_: ids[17],
            iter: ids[18],
            next: ids[19],
            getitem: ids[20],
            setitem: ids[21],
            delitem: ids[22],
            contains: ids[23],
            call: ids[24],
            getattr: ids[25],
            setattr: ids[26],
            int: ids[27],
            keys: ids[28],
            send: ids[29],
            throw: ids[30],
            self_: ids[31],
            func: ids[32],
            abs: ids[33],
            ne: ids[34],
            close: ids[35],
            float: ids[36],
            delattr: ids[37],
            get: ids[38],
            set: ids[39],
            delete: ids[40],
            set_name: ids[41],
        };
        // The MemoryError instance is made before the heap can be full.
        let args = vm
            .heap
            .alloc(Obj::Tuple(Box::new([])))
            .unwrap_or(Value::NONE);
        vm.empty_tuple = args;
        vm.scratch_slice = vm
            .heap
            .alloc(Obj::Slice(Value::NONE, Value::NONE, Value::NONE))
            .unwrap_or(Value::NONE);
        vm.memory_error = vm
            .heap
            .alloc(Obj::Inst(crate::obj::Inst {
                class: Value::ty(Type::MemoryError),
                dict: crate::dict::Dict::new(),
                exc: Some(Box::new(crate::obj::ExcData {
                    args,
                    tb: Vec::new(),
                })),
                base: Value::NULL,
            }))
            .unwrap_or(Value::NONE);
        vm
    }

    /// Bytes the heap holds now.
    pub fn heap_used(&self) -> usize {
        self.heap.used
    }

    fn add_code(
        &mut self,
        rc: &RawCode<'a>,
        module: u32,
        file: u32,
        qmap: &[u32],
    ) -> Result<u32, LoadError> {
        let bad = LoadError::NotBytecode;
        let p = match rc.prelude() {
            Some(Ok(p)) => p,
            _ => return Err(bad),
        };
        // The bytecode follows the prelude (the file holds bytecode only, see `load`).
        let code = rc.fun_data.get(p.len..).ok_or(bad)?;
        let base = rc.fun_data_offset + p.len;
        let idx = self.codes.len() as u32;
        let arg_names: Vec<u32> = p
            .arg_name_indices()
            .map(|i| qmap.get(i as usize).copied().unwrap_or(0))
            .collect();
        self.codes.push(Code {
            code,
            base,
            module,
            n_state: p.sig.n_state,
            n_exc_stack: p.sig.n_exc_stack,
            flags: p.sig.scope_flags,
            n_pos: p.sig.n_pos_args,
            n_kwonly: p.sig.n_kwonly_args,
            name: qmap.get(p.simple_name as usize).copied().unwrap_or(0),
            file,
            arg_names: arg_names.into_boxed_slice(),
            cells: p.cells,
            lines: p.line_table,
            children: Box::new([]),
            simple: p.sig.scope_flags & 0x0f == 0
                && p.sig.n_kwonly_args == 0
                && p.cells.is_empty()
                && p.sig.n_pos_args <= p.sig.n_state,
        });
        let mut kids = Vec::new();
        for child in rc.children() {
            kids.push(self.add_code(&child, module, file, qmap)?);
        }
        if let Some(c) = self.codes.get_mut(idx as usize) {
            c.children = kids.into_boxed_slice();
        }
        Ok(idx)
    }

    fn make_const(&mut self, c: Const<'a>) -> PyResult<Value> {
        Ok(match c {
            Const::None | Const::FunTable => Value::NONE,
            Const::False => Value::FALSE,
            Const::True => Value::TRUE,
            Const::Ellipsis => Value::ELLIPSIS,
            Const::Str(s) => self.new_str_bytes(s)?,
            Const::Bytes(b) => self.alloc(Obj::Bytes(b.into()))?,
            Const::Int(t) => {
                // More digits than the largest big int can hold: do not even parse.
                if t.len() > crate::runtime::MAX_BIGINT_BYTES * 5 / 2 {
                    return Err(self.memory_error);
                }
                let (neg, d) = match t.strip_prefix('-') {
                    Some(d) => (true, d),
                    None => (false, t),
                };
                let b = crate::bigint::BigInt::parse_digits(d.as_bytes(), 10)
                    .unwrap_or_else(crate::bigint::BigInt::zero);
                self.new_big(if neg { b.neg() } else { b })?
            }
            Const::Float(t) => {
                let f = match t {
                    "inf" => crate::Float::INFINITY,
                    "-inf" => crate::Float::NEG_INFINITY,
                    "nan" | "-nan" => crate::Float::NAN,
                    _ => crate::fmtnum::parse_float(t.as_bytes()).unwrap_or(0.0),
                };
                self.new_float(f)?
            }
            Const::Complex(_) => {
                return Err(self.err_static(
                    Type::NotImplementedError,
                    "complex numbers are not supported",
                ));
            }
            Const::Tuple(t) => {
                let mut items = Vec::new();
                for c in t.iter() {
                    items.push(self.make_const(c)?);
                }
                self.new_tuple(items)?
            }
        })
    }

    /// Loads `bytes` as a module and runs its top level with globals `g`.
    pub(crate) fn run_module(&mut self, bytes: &'a [u8], g: Value) -> PyResult<()> {
        let port = crate::Port {
            small_int_bits: crate::value::SMALL_INT_BITS as u8,
            native_arch: None,
        };
        let loaded = crate::load(bytes, &port);
        let root = match &loaded {
            Ok(m) => self.load_tree(m),
            Err(e) => Err(*e),
        };
        let root = match root {
            Ok(r) => r,
            Err(e) => {
                let mut msg = String::new();
                e.write_text(&mut |s| msg.push_str(s));
                return Err(self.err_string(Type::ValueError, &msg));
            }
        };
        let f = self.alloc(Obj::Fun(crate::obj::Fun {
            code: root,
            globals: g,
            defaults: Value::NULL,
            kwdefaults: Value::NULL,
            closure: Box::new([]),
        }))?;
        self.no_gc += 1;
        let frame = self.make_frame(f, &[], &[]);
        self.no_gc -= 1;
        let (stop, _) = self.run_frame(frame?)?;
        let _ = matches!(stop, Stop::Return(_));
        Ok(())
    }

    fn load_tree(&mut self, m: &Mpy<'a>) -> Result<u32, LoadError> {
        let module = self.modules_data.len() as u32;
        let mut qmap = Vec::with_capacity(m.qstrs.len() as usize);
        for (_, q) in m.qstrs.iter() {
            let id = match q {
                frost_formats::Qstr::Static(id) => u32::from(id),
                frost_formats::Qstr::Str(b) => self.qstrs.intern_borrowed(b),
            };
            qmap.push(id);
        }
        let mut consts = Vec::new();
        for (_, c) in m.consts.iter() {
            let v = self.make_const(c).unwrap_or(Value::NONE);
            consts.push(v);
        }
        let file = qmap.first().copied().unwrap_or(0);
        crate::log::debug!("load: {} qstrs, {} constants", qmap.len(), m.consts.len());
        self.modules_data.push(ModData {
            qmap: qmap.clone(),
            consts,
        });
        self.add_code(&m.root(), module, file, &qmap)
    }

    pub(crate) fn const_obj(&self, i: u32) -> Value {
        let m = self
            .frames
            .last()
            .and_then(|f| self.codes.get(f.code as usize))
            .map_or(0, |c| c.module);
        self.modules_data
            .get(m as usize)
            .and_then(|md| md.consts.get(i as usize).copied())
            .unwrap_or(Value::NONE)
    }

    pub(crate) fn gc_due(&self) -> bool {
        self.no_gc == 0
            && (self.gc_requested || (self.gc_enabled && self.heap.since_gc > self.heap.limit / 4))
    }

    /// Collects garbage (only call where no Rust code holds unrooted values).
    pub(crate) fn collect(&mut self) {
        let mut roots: Vec<Value> = Vec::new();
        for f in &self.frames {
            f.trace(&mut |v| roots.push(v));
        }
        for (_, m) in &self.modules {
            roots.push(*m);
        }
        for md in &self.modules_data {
            roots.extend_from_slice(&md.consts);
        }
        for (_, d) in &self.class_locals {
            roots.push(*d);
        }
        roots.push(self.memory_error);
        roots.push(self.empty_tuple);
        roots.push(self.scratch_slice);
        roots.push(self.yf_inject);
        self.heap.begin_mark();
        self.heap.mark_from(&roots);
        let freed = self.heap.sweep();
        crate::log::debug!(
            "gc: freed {} objects, {} bytes in use",
            freed,
            self.heap.used
        );
        let _ = freed;
        self.gc_requested = false;
    }

    /// Formats an uncaught exception as MicroPython's unix port prints it.
    pub fn traceback_text(&mut self, exc: Value) -> Vec<u8> {
        let mut out = Vec::new();
        let tb = match self.heap.get(exc) {
            Some(Obj::Inst(i)) => i.exc.as_ref().map(|e| e.tb.clone()).unwrap_or_default(),
            _ => Vec::new(),
        };
        out.extend_from_slice(b"Traceback (most recent call last):\n");
        for (file, line, name) in tb.iter().rev() {
            let s = fill(
                "  File \"{}\", line {}, in {}\n",
                &[
                    &self.qstr_text(*file),
                    &dec(i64::from(*line)),
                    &self.qstr_text(*name),
                ],
            );
            out.extend_from_slice(s.as_bytes());
        }
        let mut msg = Vec::new();
        if self.print_exc(exc, &mut msg).is_err() {
            msg.clear();
            let c = self.type_of(exc);
            msg.extend_from_slice(self.class_name(c).as_bytes());
        }
        out.extend_from_slice(&msg);
        out.push(b'\n');
        out
    }

    /// Runs `bytes` as the main module (`__name__ == "__main__"`), printing an uncaught
    /// exception's traceback to stream 2. Returns the exit status like the unix port.
    pub fn run_main(&mut self, bytes: &'a [u8]) -> Outcome {
        self.stack_top = stack_here();
        let port = crate::Port {
            small_int_bits: crate::value::SMALL_INT_BITS as u8,
            native_arch: None,
        };
        if let Err(e) = crate::load(bytes, &port) {
            return Outcome::Load(e);
        }
        let g = match self.new_dict() {
            Ok(g) => g,
            Err(_) => return Outcome::Exit(1),
        };
        let main = self.qstrs.intern_static("__main__");
        let _ = self.dict_set(g, Value::qstr(self.q.name), Value::qstr(main));
        if let Ok(m) = self.alloc(Obj::Module(main, g)) {
            self.modules.push((main, m));
        }
        match self.run_module(bytes, g) {
            Ok(()) => Outcome::Exit(0),
            Err(e) => {
                self.frames.clear();
                self.no_gc = 0;
                if e.is_null() {
                    self.port.write(2, b"RuntimeError: internal VM error\n");
                    return Outcome::Exit(1);
                }
                if self.exc_matches(e, Type::SystemExit) {
                    let args = self.exc_args(e);
                    return match args.first() {
                        None => Outcome::Exit(0),
                        Some(v) if v.is_none() => Outcome::Exit(0),
                        Some(v) => match v.as_small() {
                            Some(i) => Outcome::Exit(i as u8),
                            None => {
                                let mut s = Vec::new();
                                let _ = self.print_to(*v, false, &mut s);
                                s.push(b'\n');
                                self.port.write(2, &s);
                                Outcome::Exit(1)
                            }
                        },
                    };
                }
                let t = self.traceback_text(e);
                self.port.write(2, &t);
                Outcome::Exit(1)
            }
        }
    }
}

impl Vm<'_> {
    /// Whether one more Python call would nest too deep: [`Config::max_depth`] frames, or
    /// [`Config::stack_size`] bytes of machine stack. The stack is measured at every fourth
    /// frame (a few frames' worth of stack is well inside the margin the embedder leaves).
    #[inline]
    pub(crate) fn too_deep(&self) -> bool {
        let n = self.frames.len();
        n >= self.max_depth
            || (n % 4 == 0
                && self.stack_size != 0
                && self.stack_top.wrapping_sub(stack_here()) > self.stack_size)
    }
}

/// Keeps `String` imported for formatting helpers.
pub(crate) fn _s(_: String) {}

#[cfg(test)]
mod tests {
    use super::*;

    struct Quiet;
    impl<'a> crate::Embedder<'a> for Quiet {
        fn write(&mut self, _: u8, _: &[u8]) {}
        fn load(&mut self, _: &[u8]) -> Option<&'a [u8]> {
            None
        }
        fn ticks_ms(&mut self) -> u64 {
            0
        }
        fn sleep_ms(&mut self, _: u64) {}
    }

    #[test]
    fn q_names_fill_every_field_in_order() {
        assert_eq!(Q_NAMES.split(' ').count(), Q_COUNT);
        let vm = Vm::new(
            Box::new(Quiet),
            crate::Config {
                heap_size: 4096,
                max_depth: 10,
                max_steps: 0,
                stack_size: 0,
            },
        );
        let q = &vm.q;
        for (id, name) in [
            (q.init, "__init__"),
            (q.dict, "__dict__"),
            (q.contains, "__contains__"),
            (q.keys, "keys"),
            (q.abs, "__abs__"),
        ] {
            assert_eq!(vm.qstrs.bytes(id), name.as_bytes());
        }
    }
}
