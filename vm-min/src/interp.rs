//! The interpreter: frames, the dispatch loop, calls and exception unwinding.
//!
//! A frame's `state` holds `n_state` values (from the prelude): local `i` is
//! `state[n_state - 1 - i]` and the value stack grows up from `state[0]`, exactly
//! MicroPython's layout, so every index the validated bytecode uses fits. Instructions are
//! decoded in place from the `.mpy` bytes with `frost_formats::opcode::decode`; the common
//! ones that cannot fail (and do not call or collect) run first in `run_simple`, which
//! reads them straight from the bytes and leaves anything unusual — other types, overflow,
//! a missing key, bad bytes — to the full path, which raises what it should.
//!
//! Exceptions are Rust `Err(exception)` values. A frame keeps a stack of handlers pushed by
//! `SETUP_EXCEPT/FINALLY/WITH`; when an instruction fails, handlers whose code is already
//! running are dropped, and the innermost remaining one gets the exception pushed on the
//! value stack at its saved depth — MicroPython's protocol, including the small-int markers
//! `END_FINALLY` uses to resume a `return` or `break` through a `finally`.

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

use frost_formats::opcode::{self, Arg, op};

use crate::obj::{Fun, Gen, Obj};
use crate::text::{dec, fill};
use crate::types::Type;
use crate::value::Value;
use crate::{PyResult, Vm};

/// An active exception handler.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    /// Where the handler code starts.
    pub target: usize,
    /// Stack depth to restore.
    pub sp: usize,
    /// A finally (or with) block rather than an except block.
    pub finally: bool,
    /// The exception being handled (for a bare `raise`), or NULL.
    pub prev_exc: Value,
}

/// One activation of a bytecode function.
#[derive(Debug)]
pub struct Frame {
    /// Index into the VM's code table.
    pub code: u32,
    /// The globals dict.
    pub globals: Value,
    /// Locals (at the top) and the value stack (from 0).
    pub state: Vec<Value>,
    /// Stack depth.
    pub sp: usize,
    /// Offset of the next instruction.
    pub ip: usize,
    /// Offset of the instruction running now.
    pub op_ip: usize,
    /// Handler stack.
    pub handlers: Vec<Handler>,
    /// An exception to raise when a generator resumes (`throw`).
    pub inject: Value,
}

impl Frame {
    /// Calls `f` on every value the frame holds.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.globals);
        f(self.inject);
        self.state.iter().for_each(|&v| f(v));
        self.handlers.iter().for_each(|h| f(h.prev_exc));
    }
    /// Approximate bytes owned.
    pub fn heap_size(&self) -> usize {
        self.state.capacity() * core::mem::size_of::<Value>()
            + self.handlers.capacity() * core::mem::size_of::<Handler>()
    }
}

/// How a frame stopped.
pub enum Stop {
    /// `return` with this value.
    Return(Value),
    /// `yield` this value (generators).
    Yield(Value),
}

/// Where the simple-instruction loop stopped.
enum Simple {
    /// At an instruction for the full path.
    Other,
    /// At a return with no handler to unwind, with this value.
    Return(Value),
    /// At a positional-only call with this many arguments (method call or not), already
    /// counted and stepped over.
    Call(usize, bool),
}

/// What `FOR_ITER`-style iteration produced.
pub enum Next {
    /// An item.
    Item(Value),
    /// The end (with the generator's return value, if any).
    Done(Value),
}

macro_rules! fr {
    ($vm:ident) => {
        $vm.frame_mut()?
    };
}

impl<'a> Vm<'a> {
    /// The running frame (one copy of the lookup for every use of `fr!`).
    #[inline(never)]
    fn frame_mut(&mut self) -> PyResult<&mut Frame> {
        self.frames.last_mut().ok_or(Value::NULL)
    }
    pub(crate) fn push(&mut self, v: Value) -> PyResult<()> {
        let f = self.frames.last_mut().ok_or(Value::NULL)?;
        if f.sp >= f.state.len() {
            return Err(self.err_static(Type::RuntimeError, "value stack overflow"));
        }
        f.state[f.sp] = v;
        f.sp += 1;
        Ok(())
    }
    pub(crate) fn pop(&mut self) -> PyResult<Value> {
        let f = self.frames.last_mut().ok_or(Value::NULL)?;
        if f.sp == 0 {
            return Err(self.err_static(Type::RuntimeError, "value stack underflow"));
        }
        f.sp -= 1;
        Ok(f.state[f.sp])
    }
    fn peek(&mut self, depth: usize) -> PyResult<Value> {
        let f = self.frames.last_mut().ok_or(Value::NULL)?;
        if depth >= f.sp {
            return Err(self.err_static(Type::RuntimeError, "value stack underflow"));
        }
        Ok(f.state[f.sp - 1 - depth])
    }
    fn set_peek(&mut self, depth: usize, v: Value) -> PyResult<()> {
        let f = self.frames.last_mut().ok_or(Value::NULL)?;
        if depth >= f.sp {
            return Err(self.err_static(Type::RuntimeError, "value stack underflow"));
        }
        f.state[f.sp - 1 - depth] = v;
        Ok(())
    }
    fn pop_n(&mut self, n: usize) -> PyResult<Vec<Value>> {
        let f = self.frames.last_mut().ok_or(Value::NULL)?;
        if n > f.sp {
            return Err(self.err_static(Type::RuntimeError, "value stack underflow"));
        }
        f.sp -= n;
        Ok(f.state[f.sp..f.sp + n].to_vec())
    }
    fn local_slot(&mut self, i: u32) -> PyResult<usize> {
        let f = fr!(self);
        let n = f.state.len();
        if (i as usize) < n {
            Ok(n - 1 - i as usize)
        } else {
            Err(self.err_static(Type::RuntimeError, "bad local index"))
        }
    }

    /// Builds a frame for code `code` with `args` bound (the caller handles closures by
    /// prepending cells to `pos`).
    pub(crate) fn make_frame(
        &mut self,
        fun: Value,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Frame> {
        let (code_i, globals, defaults, kwdefaults, closure) = match self.heap.get(fun) {
            Some(Obj::Fun(Fun {
                code,
                globals,
                defaults,
                kwdefaults,
                closure,
            })) => (*code, *globals, *defaults, *kwdefaults, closure.clone()),
            _ => return Err(self.err_static(Type::TypeError, "not a function")),
        };
        let c = match self.codes.get(code_i as usize) {
            Some(c) => c,
            None => return Err(self.err_static(Type::RuntimeError, "bad code")),
        };
        let n_state = c.n_state as usize;
        let n_pos = c.n_pos as usize;
        let n_kwonly = c.n_kwonly as usize;
        let flags = c.flags;
        let arg_names = c.arg_names.clone();
        let name = c.name;
        let cells: Vec<u8> = c.cells.to_vec();
        let mut state = vec![Value::NULL; n_state];
        let slot = |i: usize| n_state - 1 - i;
        // Closed-over cells come first, as extra positional arguments.
        let mut all_pos: Vec<Value> = Vec::with_capacity(closure.len() + pos.len());
        all_pos.extend_from_slice(&closure);
        all_pos.extend_from_slice(pos);
        // Argument binding follows MicroPython's `mp_setup_code_state` step by step, so the
        // same calls fail with the same messages.
        let n_args = all_pos.len();
        let n_kw = kw.len();
        let varargs = flags & frost_formats::prelude::SCOPE_VARARGS != 0;
        let varkw = flags & frost_formats::prelude::SCOPE_VARKEYWORDS != 0;
        let defkw = flags & frost_formats::prelude::SCOPE_DEFKWARGS != 0;
        let defs: Vec<Value> = match self.heap.get(defaults) {
            Some(Obj::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let n_def = defs.len().min(n_pos);
        let mut var_slot = n_pos + n_kwonly;
        let mismatch = |vm: &mut Self, expected: usize, given: usize| {
            let m = fill(
                "{}() takes {} positional arguments but {} were given",
                &[
                    &vm.qstr_text(name),
                    &dec(expected as i64),
                    &dec(given as i64),
                ],
            );
            vm.err_string(Type::TypeError, &m)
        };
        let mut bound = n_args;
        // Slots for *args and **kwargs must exist (a malformed prelude could claim them).
        if n_pos + n_kwonly + usize::from(varargs) + usize::from(varkw) > n_state {
            return Err(self.err_static(Type::RuntimeError, "invalid function prelude"));
        }
        if n_args > n_pos {
            if !varargs {
                return Err(mismatch(self, n_pos, n_args));
            }
            state[slot(var_slot)] = self.new_tuple(all_pos[n_pos..].to_vec())?;
            var_slot += 1;
            bound = n_pos;
        } else {
            if varargs {
                state[slot(var_slot)] = self.empty_tuple;
                var_slot += 1;
            }
            if n_kw == 0 && !defkw {
                if n_args >= n_pos - n_def {
                    for i in n_args..n_pos {
                        state[slot(i)] = defs[i - (n_pos - n_def)];
                    }
                } else {
                    return Err(mismatch(self, n_pos - n_def, n_args));
                }
            }
        }
        for (i, &v) in all_pos.iter().take(bound).enumerate() {
            state[slot(i)] = v;
        }
        if n_kw != 0 || defkw {
            let mut dict = Value::NULL;
            if varkw {
                dict = self.new_dict_sized(n_kw)?;
                if var_slot < n_state {
                    state[slot(var_slot)] = dict;
                }
            }
            for &(k, v) in kw {
                let kq = self.qstr_of(k);
                match arg_names.iter().position(|&an| Some(an) == kq) {
                    Some(j) => {
                        if !state[slot(j)].is_null() {
                            let m = fill(
                                "function got multiple values for argument '{}'",
                                &[&self.str_lossy(k)],
                            );
                            return Err(self.err_string(Type::TypeError, &m));
                        }
                        state[slot(j)] = v;
                    }
                    None => {
                        if !varkw {
                            let m = fill("unexpected keyword argument '{}'", &[&self.str_lossy(k)]);
                            return Err(self.err_string(Type::TypeError, &m));
                        }
                        if self.dict_get(dict, k)?.is_some() {
                            let m = fill(
                                "function got multiple values for argument '{}'",
                                &[&self.str_lossy(k)],
                            );
                            return Err(self.err_string(Type::TypeError, &m));
                        }
                        self.dict_set(dict, k, v)?;
                    }
                }
            }
            // Positional defaults fill the last parameters that are still empty.
            for i in 0..n_def {
                let j = n_pos - 1 - i;
                if state[slot(j)].is_null() {
                    state[slot(j)] = defs[n_def - 1 - i];
                }
            }
            for j in (0..n_pos).rev() {
                if state[slot(j)].is_null() {
                    let m = fill(
                        "function missing required positional argument #{}",
                        &[&dec(j as i64)],
                    );
                    return Err(self.err_string(Type::TypeError, &m));
                }
            }
            for i in 0..n_kwonly {
                let j = n_pos + i;
                if state[slot(j)].is_null() {
                    let an = arg_names.get(j).copied().unwrap_or(0);
                    let mut v = None;
                    if defkw && !kwdefaults.is_null() {
                        v = self.dict_get(kwdefaults, Value::qstr(an))?;
                    }
                    match v {
                        Some(v) => state[slot(j)] = v,
                        None => {
                            let m = fill(
                                "function missing required keyword argument '{}'",
                                &[&self.qstr_text(an)],
                            );
                            return Err(self.err_string(Type::TypeError, &m));
                        }
                    }
                }
            }
        } else {
            if n_kwonly != 0 {
                return Err(
                    self.err_static(Type::TypeError, "function missing keyword-only argument")
                );
            }
            if varkw && var_slot < n_state {
                state[slot(var_slot)] = self.new_dict()?;
            }
        }
        for &ci in &cells {
            let s = slot(ci as usize);
            let inner = state[s];
            // Closed-over arguments arrive as cells already; others get a fresh cell.
            if (ci as usize) < closure.len() {
                continue;
            }
            state[s] = self.alloc(Obj::Cell(inner))?;
        }
        let n_exc = self.codes.get(code_i as usize).map_or(0, |c| c.n_exc_stack);
        Ok(Frame {
            code: code_i,
            globals,
            state,
            sp: 0,
            ip: 0,
            op_ip: 0,
            handlers: Vec::with_capacity(n_exc as usize),
            inject: Value::NULL,
        })
    }

    /// Calls a bytecode function with positional arguments: functions with a simple
    /// signature get their frame without the general binding (`make_frame`), reusing a
    /// pooled value array; anything else goes through [`Vm::call_fun`].
    pub(crate) fn call_simple(&mut self, fun: Value, args: &[Value]) -> PyResult<Value> {
        let (code_i, globals, defaults) = match self.heap.get(fun) {
            Some(Obj::Fun(f)) if f.closure.is_empty() => (f.code, f.globals, f.defaults),
            _ => return self.call_fun(fun, args, &[]),
        };
        let (n_state, n_pos) = match self.codes.get(code_i as usize) {
            Some(c) if c.simple && args.len() <= c.n_pos as usize => {
                (c.n_state as usize, c.n_pos as usize)
            }
            _ => return self.call_fun(fun, args, &[]),
        };
        let mut state = self.state_pool.pop().unwrap_or_default();
        state.clear();
        state.resize(n_state, Value::NULL);
        for (i, &v) in args.iter().enumerate() {
            state[n_state - 1 - i] = v;
        }
        if args.len() < n_pos {
            // Missing arguments come from the defaults tuple (or the call fails there).
            let defs = match self.heap.get(defaults) {
                Some(Obj::Tuple(t)) => &t[..],
                _ => &[],
            };
            let n_def = defs.len().min(n_pos);
            if args.len() < n_pos - n_def {
                self.state_pool.push(state);
                return self.call_fun(fun, args, &[]);
            }
            for i in args.len()..n_pos {
                state[n_state - 1 - i] = defs[i - (n_pos - n_def)];
            }
        }
        if self.too_deep() {
            self.state_pool.push(state);
            return Err(self.err_static(Type::RuntimeError, "maximum recursion depth exceeded"));
        }
        self.frames.push(Frame {
            code: code_i,
            globals,
            state,
            sp: 0,
            ip: 0,
            op_ip: 0,
            handlers: Vec::new(),
            inject: Value::NULL,
        });
        let r = self.execute();
        if let Some(frame) = self.frames.pop() {
            if self.state_pool.len() < 32 {
                self.state_pool.push(frame.state);
            }
        }
        match r? {
            Stop::Return(v) | Stop::Yield(v) => Ok(v),
        }
    }

    /// Calls a bytecode function.
    pub(crate) fn call_fun(
        &mut self,
        fun: Value,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let frame = self.make_frame(fun, pos, kw)?;
        let is_gen = self
            .codes
            .get(frame.code as usize)
            .is_some_and(|c| c.flags & frost_formats::prelude::SCOPE_GENERATOR != 0);
        if is_gen {
            let name = self.codes.get(frame.code as usize).map_or(0, |c| c.name);
            return self.alloc(Obj::Gen(Gen {
                frame: Some(Box::new(frame)),
                running: false,
                done: false,
                name,
            }));
        }
        match self.run_frame(frame)? {
            (Stop::Return(v), _) | (Stop::Yield(v), _) => Ok(v),
        }
    }

    /// Runs a frame until it returns, yields or raises. Returns the frame back (generators
    /// keep it).
    pub(crate) fn run_frame(&mut self, frame: Frame) -> PyResult<(Stop, Frame)> {
        if self.too_deep() {
            return Err(self.err_static(Type::RuntimeError, "maximum recursion depth exceeded"));
        }
        self.frames.push(frame);
        let r = self.execute();
        let frame = match self.frames.pop() {
            Some(f) => f,
            None => return Err(self.err_static(Type::RuntimeError, "frame stack corrupt")),
        };
        r.map(|s| (s, frame))
    }

    /// The dispatch loop with exception handling around it.
    fn execute(&mut self) -> PyResult<Stop> {
        // A generator resumed by `throw` raises at its yield point.
        let inject = fr!(self).inject;
        let mut pending: Option<Value> = None;
        if !inject.is_null() {
            fr!(self).inject = Value::NULL;
            pending = Some(inject);
        }
        loop {
            let r = match pending.take() {
                Some(e) => Err(e),
                None => self.dispatch(),
            };
            match r {
                Ok(stop) => return Ok(stop),
                Err(exc) => {
                    if exc.is_null() {
                        return Err(exc);
                    }
                    self.add_traceback(exc);
                    // Find a handler that is not already running.
                    let f = fr!(self);
                    while let Some(h) = f.handlers.last() {
                        if h.target <= f.op_ip {
                            f.handlers.pop();
                        } else {
                            break;
                        }
                    }
                    match f.handlers.last_mut() {
                        Some(h) => {
                            h.prev_exc = exc;
                            let (t, sp) = (h.target, h.sp);
                            f.ip = t;
                            f.sp = sp;
                            self.push(exc)?;
                        }
                        None => return Err(exc),
                    }
                }
            }
        }
    }

    fn add_traceback(&mut self, exc: Value) {
        let f = match self.frames.last() {
            Some(f) => f,
            None => return,
        };
        // Re-raises by END_FINALLY and bare `raise` keep the original traceback.
        let Some(c) = self.codes.get(f.code as usize) else {
            return;
        };
        if matches!(
            c.code.get(f.op_ip),
            Some(&op::END_FINALLY) | Some(&op::RAISE_LAST)
        ) && !self.fresh_raise
        {
            return;
        }
        self.fresh_raise = false;
        let line = c.line_of(f.op_ip);
        let (file, name) = (c.file, c.name);
        if let Some(Obj::Inst(i)) = self.heap.get_mut(exc) {
            if let Some(e) = i.exc.as_mut() {
                if e.tb.len() < 64 {
                    e.tb.push((file, line, name));
                }
            }
        }
    }

    fn decode_current(&mut self) -> PyResult<opcode::Instr> {
        let f = fr!(self);
        let ip = f.ip;
        let code = f.code;
        let c = match self.codes.get(code as usize) {
            Some(c) => c,
            None => return Err(Value::NULL),
        };
        match opcode::decode(c.code, ip, c.base) {
            Ok(i) => Ok(i),
            Err(_) => Err(self.err_static(Type::RuntimeError, "invalid bytecode")),
        }
    }

    fn qarg(&self, i: &opcode::Instr) -> u32 {
        let m = self
            .frames
            .last()
            .and_then(|f| self.codes.get(f.code as usize))
            .map_or(0, |c| c.module);
        match i.arg {
            Arg::Qstr(q) => self
                .modules_data
                .get(m as usize)
                .and_then(|md| md.qmap.get(q as usize).copied())
                .unwrap_or(0),
            _ => 0,
        }
    }

    /// Runs the instructions that need neither the collector nor a call and cannot fail
    /// (locals, constants, jumps, small-int arithmetic, globals, `range` loops) without the
    /// general decoder, until one that needs the full path; that one is left at `f.ip`.
    /// Anything unusual (bad bytes, a value of another type) also goes to the full path,
    /// which decodes the instruction properly and raises what it should.
    /// A call with `np` (< 8) positional arguments on the stack (after the function, and
    /// the self slot for a method call): straight from the stack, no vectors.
    fn call_positional(&mut self, np: usize, is_method: bool) -> PyResult<()> {
        let f = fr!(self);
        let need = np + 1 + usize::from(is_method);
        if f.sp < need || f.sp > f.state.len() {
            return Err(self.err_static(Type::RuntimeError, "value stack underflow"));
        }
        let base = f.sp - need;
        let fun = f.state[base];
        let mut from = base + 1;
        if is_method && f.state[from].is_null() {
            from += 1;
        }
        let mut buf = [Value::NULL; 8];
        let args = &mut buf[..f.sp - from];
        args.copy_from_slice(&f.state[from..f.sp]);
        f.sp = base;
        let r = if self.heap.get(fun).is_some_and(|o| matches!(o, Obj::Fun(_))) {
            self.call_simple(fun, args)?
        } else {
            self.call_inner(fun, args, &[])?
        };
        self.push(r)
    }

    fn run_simple(&mut self) -> Simple {
        let Some(f) = self.frames.last_mut() else {
            return Simple::Other;
        };
        let Some(c) = self.codes.get(f.code as usize) else {
            return Simple::Other;
        };
        let code: &[u8] = c.code;
        let qmap: &[u32] = self
            .modules_data
            .get(c.module as usize)
            .map_or(&[], |m| &m.qmap[..]);
        let heap = &mut self.heap;
        let qstrs = &self.qstrs;
        let attr_hooks = self.attr_hooks;
        let steps = &mut self.steps_left;
        let mut left = *steps;
        let st = &mut f.state[..];
        let n = st.len();
        let mut ip = f.ip;
        let mut sp = f.sp;
        loop {
            if left <= 1 {
                break;
            }
            let Some(&b) = code.get(ip) else { break };
            match b {
                0x70..=0xaf => {
                    if sp >= n {
                        break;
                    }
                    st[sp] = Value::small(i64::from(b) - 0x80);
                    sp += 1;
                    ip += 1;
                }
                0xb0..=0xbf | op::LOAD_FAST_N => {
                    let mut p = ip + 1;
                    let Some(i) = fast_local(code, &mut p, b, 0xb0, op::LOAD_FAST_N) else {
                        break;
                    };
                    if i >= n || sp >= n {
                        break;
                    }
                    let v = st[n - 1 - i];
                    if v.is_null() {
                        break;
                    }
                    st[sp] = v;
                    sp += 1;
                    ip = p;
                }
                0xc0..=0xcf | op::STORE_FAST_N => {
                    let mut p = ip + 1;
                    let Some(i) = fast_local(code, &mut p, b, 0xc0, op::STORE_FAST_N) else {
                        break;
                    };
                    if i >= n || sp == 0 || sp > n {
                        break;
                    }
                    sp -= 1;
                    st[n - 1 - i] = st[sp];
                    ip = p;
                }
                op::LOAD_CONST_NONE
                | op::LOAD_CONST_FALSE
                | op::LOAD_CONST_TRUE
                | op::LOAD_NULL => {
                    if sp >= n {
                        break;
                    }
                    st[sp] = match b {
                        op::LOAD_CONST_NONE => Value::NONE,
                        op::LOAD_CONST_FALSE => Value::FALSE,
                        op::LOAD_CONST_TRUE => Value::TRUE,
                        _ => Value::NULL,
                    };
                    sp += 1;
                    ip += 1;
                }
                op::LOAD_CONST_STRING | op::LOAD_GLOBAL => {
                    let mut p = ip + 1;
                    let Some(q) = read_vuint(code, &mut p) else {
                        break;
                    };
                    let Some(&q) = qmap.get(q as usize) else {
                        break;
                    };
                    if sp >= n {
                        break;
                    }
                    let v = if b == op::LOAD_CONST_STRING {
                        Value::qstr(q)
                    } else {
                        let Some(Obj::Dict(d, _)) = heap.get(f.globals) else {
                            break;
                        };
                        match d.find_exact(qstrs.hash(q), Value::qstr(q)) {
                            Some(i) => d.entries[i].value,
                            None => break,
                        }
                    };
                    st[sp] = v;
                    sp += 1;
                    ip = p;
                }
                op::DUP_TOP_TWO => {
                    if sp < 2 || sp + 2 > n {
                        break;
                    }
                    st[sp] = st[sp - 2];
                    st[sp + 1] = st[sp - 1];
                    sp += 2;
                    ip += 1;
                }
                op::ROT_THREE => {
                    if sp < 3 || sp > n {
                        break;
                    }
                    // (a, b, c) with c on top becomes (c, a, b).
                    let c = st[sp - 1];
                    st[sp - 1] = st[sp - 2];
                    st[sp - 2] = st[sp - 3];
                    st[sp - 3] = c;
                    ip += 1;
                }
                op::POP_TOP => {
                    if sp == 0 || sp > n {
                        break;
                    }
                    sp -= 1;
                    ip += 1;
                }
                op::DUP_TOP => {
                    if sp == 0 || sp >= n {
                        break;
                    }
                    st[sp] = st[sp - 1];
                    sp += 1;
                    ip += 1;
                }
                op::ROT_TWO => {
                    if sp < 2 || sp > n {
                        break;
                    }
                    st.swap(sp - 1, sp - 2);
                    ip += 1;
                }
                op::JUMP | op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_FALSE => {
                    let mut p = ip + 1;
                    let Some(t) = read_jump(code, &mut p, true) else {
                        break;
                    };
                    if b == op::JUMP {
                        ip = t;
                    } else {
                        if sp == 0 || sp > n {
                            break;
                        }
                        let v = st[sp - 1];
                        let truth = match v {
                            Value::TRUE => true,
                            Value::FALSE | Value::NONE => false,
                            _ => match v.as_small() {
                                Some(i) => i != 0,
                                None => break,
                            },
                        };
                        sp -= 1;
                        ip = if truth == (b == op::POP_JUMP_IF_TRUE) {
                            t
                        } else {
                            p
                        };
                    }
                }
                op::FOR_ITER => {
                    let mut p = ip + 1;
                    let Some(t) = read_jump(code, &mut p, false) else {
                        break;
                    };
                    if sp < 4 || sp >= n {
                        break;
                    }
                    let Some(Obj::Iter(crate::obj::Iter::Range(a, b, c))) =
                        heap.get_mut(st[sp - 3])
                    else {
                        break;
                    };
                    let v = *a;
                    if (*c > 0 && v < *b) || (*c < 0 && v > *b) {
                        if !Value::fits_small(v) {
                            break;
                        }
                        *a = v.saturating_add(*c);
                        st[sp] = Value::small(v);
                        sp += 1;
                        ip = p;
                    } else {
                        sp -= 4;
                        ip = t;
                    }
                }
                0xd0..=0xd3 => {
                    // Unary +, -, ~ on small ints; `not` on bools, None and small ints.
                    if sp == 0 || sp > n {
                        break;
                    }
                    let v = st[sp - 1];
                    st[sp - 1] = match (b - 0xd0, v.as_small()) {
                        (0, Some(_)) => v,
                        (1, Some(x)) if Value::fits_small(-x) => Value::small(-x),
                        (2, Some(x)) => Value::small(!x),
                        (3, Some(x)) => Value::bool(x == 0),
                        (3, None) => match v {
                            Value::TRUE => Value::FALSE,
                            Value::FALSE | Value::NONE => Value::TRUE,
                            _ => break,
                        },
                        _ => break,
                    };
                    ip += 1;
                }
                0xd7..=0xf9 => {
                    if sp < 2 || sp > n {
                        break;
                    }
                    let (Some(x), Some(y)) = (st[sp - 2].as_small(), st[sp - 1].as_small()) else {
                        // Float arithmetic and ordering (a small int may be on one side).
                        let (Some(x), Some(y)) =
                            (float_of(heap, st[sp - 2]), float_of(heap, st[sp - 1]))
                        else {
                            break;
                        };
                        let r = match b - 0xd7 {
                            0 => Value::bool(x < y),
                            1 => Value::bool(x > y),
                            3 => Value::bool(x <= y),
                            4 => Value::bool(x >= y),
                            o @ (14 | 15 | 16 | 19 | 27 | 28 | 29 | 32) => {
                                let r = match o {
                                    14 | 27 => x + y,
                                    15 | 28 => x - y,
                                    16 | 29 => x * y,
                                    _ if y != 0.0 => x / y,
                                    _ => break,
                                };
                                // Allocating: leave it to the full path when a collection
                                // is due, so the collector runs first.
                                if heap.since_gc > heap.limit / 4 {
                                    break;
                                }
                                match heap.alloc(Obj::Float(r)) {
                                    Ok(v) => v,
                                    Err(_) => break,
                                }
                            }
                            _ => break,
                        };
                        sp -= 1;
                        st[sp - 1] = r;
                        ip += 1;
                        left -= 1;
                        continue;
                    };
                    let r = match b - 0xd7 {
                        0 => Value::bool(x < y),
                        1 => Value::bool(x > y),
                        2 | 7 => Value::bool(x == y),
                        3 => Value::bool(x <= y),
                        4 => Value::bool(x >= y),
                        5 => Value::bool(x != y),
                        9 | 22 => Value::small(x | y),
                        10 | 23 => Value::small(x ^ y),
                        11 | 24 => Value::small(x & y),
                        o @ (14 | 15 | 16 | 27 | 28 | 29) => {
                            let r = match o {
                                14 | 27 => x.checked_add(y),
                                15 | 28 => x.checked_sub(y),
                                _ => x.checked_mul(y),
                            };
                            match r {
                                Some(r) if Value::fits_small(r) => Value::small(r),
                                _ => break,
                            }
                        }
                        18 | 31 if y != 0 => {
                            // Floor division: Python rounds towards minus infinity.
                            let (Some(q), Some(m)) = (x.checked_div(y), x.checked_rem(y)) else {
                                break;
                            };
                            let q = if m != 0 && ((m < 0) != (y < 0)) {
                                q - 1
                            } else {
                                q
                            };
                            if !Value::fits_small(q) {
                                break;
                            }
                            Value::small(q)
                        }
                        20 | 33 if y != 0 => {
                            let Some(m) = x.checked_rem(y) else { break };
                            Value::small(if m != 0 && ((m < 0) != (y < 0)) {
                                m + y
                            } else {
                                m
                            })
                        }
                        _ => break,
                    };
                    sp -= 1;
                    st[sp - 1] = r;
                    ip += 1;
                }
                op::LOAD_ATTR => {
                    // An attribute found in the instance's own dict under its qstr.
                    let mut p = ip + 1;
                    let Some(q) = read_vuint(code, &mut p) else {
                        break;
                    };
                    let Some(&q) = qmap.get(q as usize) else {
                        break;
                    };
                    if sp == 0 || sp > n {
                        break;
                    }
                    let Some(Obj::Inst(inst)) = heap.get(st[sp - 1]) else {
                        break;
                    };
                    let v = match inst.dict.find_exact(qstrs.hash(q), Value::qstr(q)) {
                        Some(i) => inst.dict.entries[i].value,
                        None => break,
                    };
                    st[sp - 1] = v;
                    ip = p;
                }
                op::STORE_ATTR if !attr_hooks => {
                    // Overwriting an attribute already in the instance's dict.
                    let mut p = ip + 1;
                    let Some(q) = read_vuint(code, &mut p) else {
                        break;
                    };
                    let Some(&q) = qmap.get(q as usize) else {
                        break;
                    };
                    if sp < 2 || sp > n {
                        break;
                    }
                    let v = st[sp - 2];
                    if v.is_null() {
                        break;
                    }
                    let Some(Obj::Inst(inst)) = heap.get_mut(st[sp - 1]) else {
                        break;
                    };
                    match inst.dict.find_exact(qstrs.hash(q), Value::qstr(q)) {
                        Some(i) => inst.dict.entries[i].value = v,
                        None => break,
                    }
                    sp -= 2;
                    ip = p;
                }
                op::LOAD_METHOD => {
                    // A function found in the class of an instance that does not shadow it.
                    let mut p = ip + 1;
                    let Some(q) = read_vuint(code, &mut p) else {
                        break;
                    };
                    let Some(&q) = qmap.get(q as usize) else {
                        break;
                    };
                    if sp == 0 || sp >= n {
                        break;
                    }
                    let o = st[sp - 1];
                    let Some(Obj::Inst(inst)) = heap.get(o) else {
                        break;
                    };
                    if crate::runtime::probe_q(heap, qstrs, &inst.dict, q).is_some() {
                        break;
                    }
                    let Some(Some(m)) = crate::runtime::class_find(heap, qstrs, inst.class, q)
                    else {
                        break;
                    };
                    if !matches!(heap.get(m), Some(Obj::Fun(_))) {
                        break;
                    }
                    st[sp - 1] = m;
                    st[sp] = o;
                    sp += 1;
                    ip = p;
                }
                op::LOAD_SUBSCR => {
                    if sp < 2 || sp > n {
                        break;
                    }
                    let Some(i) = st[sp - 1].as_small() else {
                        break;
                    };
                    let items = match heap.get(st[sp - 2]) {
                        Some(Obj::List(l)) => &l[..],
                        Some(Obj::Tuple(t)) => &t[..],
                        _ => break,
                    };
                    let i = if i < 0 { i + items.len() as i64 } else { i };
                    let Some(&v) = usize::try_from(i).ok().and_then(|i| items.get(i)) else {
                        break;
                    };
                    sp -= 1;
                    st[sp - 1] = v;
                    ip += 1;
                }
                op::STORE_SUBSCR => {
                    if sp < 3 || sp > n {
                        break;
                    }
                    let (v, o, i) = (st[sp - 3], st[sp - 2], st[sp - 1]);
                    let Some(i) = i.as_small() else {
                        break;
                    };
                    if v.is_null() {
                        break;
                    }
                    let Some(Obj::List(l)) = heap.get_mut(o) else {
                        break;
                    };
                    let i = if i < 0 { i + l.len() as i64 } else { i };
                    let Some(slot) = usize::try_from(i).ok().and_then(|i| l.get_mut(i)) else {
                        break;
                    };
                    *slot = v;
                    sp -= 3;
                    ip += 1;
                }
                op::RETURN_VALUE => {
                    // A return with no handler to run on the way out.
                    if !f.handlers.is_empty() || sp == 0 || sp > n {
                        break;
                    }
                    *steps = left - 1;
                    f.op_ip = ip;
                    f.ip = ip + 1;
                    f.sp = sp - 1;
                    return Simple::Return(st[sp - 1]);
                }
                op::CALL_FUNCTION | op::CALL_METHOD => {
                    // Positional-only calls are made by `call_positional` (no decoding).
                    let mut p = ip + 1;
                    let Some(u) = read_vuint(code, &mut p) else {
                        break;
                    };
                    if u >= 8 {
                        break;
                    }
                    *steps = left - 1;
                    f.op_ip = ip;
                    f.ip = p;
                    f.sp = sp;
                    return Simple::Call(u as usize, b == op::CALL_METHOD);
                }
                _ => break,
            }
            left -= 1;
        }
        *steps = left;
        f.ip = ip;
        f.sp = sp;
        Simple::Other
    }

    fn dispatch(&mut self) -> PyResult<Stop> {
        loop {
            match self.run_simple() {
                Simple::Return(v) => return Ok(Stop::Return(v)),
                Simple::Call(np, is_method) => {
                    if self.gc_due() {
                        self.collect();
                    }
                    self.call_positional(np, is_method)?;
                    continue;
                }
                Simple::Other => {}
            }
            // Collect at this boundary (the simple instructions stop when one that
            // allocates finds a collection due).
            if self.gc_due() {
                self.collect();
            }
            // The instruction about to run is "current" even if it fails before decoding
            // (budget, bad bytes), so a handler it lands in counts as active.
            {
                let f = fr!(self);
                f.op_ip = f.ip;
            }
            self.steps_left = self.steps_left.saturating_sub(1);
            if self.steps_left == 0 {
                return Err(self.err_static(Type::RuntimeError, "instruction budget exhausted"));
            }
            let ins = self.decode_current()?;
            {
                let f = fr!(self);
                f.op_ip = f.ip;
                f.ip = ins.next_offset() as usize;
            }
            let u = ins.uint();
            match ins.opcode {
                op::LOAD_CONST_FALSE => self.push(Value::FALSE)?,
                op::LOAD_CONST_NONE => self.push(Value::NONE)?,
                op::LOAD_CONST_TRUE => self.push(Value::TRUE)?,
                op::LOAD_NULL => self.push(Value::NULL)?,
                op::LOAD_CONST_SMALL_INT | 0x70..=0xaf => {
                    let v = match ins.arg {
                        Arg::Int(i) => self.new_int(i)?,
                        _ => Value::small(0),
                    };
                    self.push(v)?
                }
                op::LOAD_CONST_STRING => {
                    let q = self.qarg(&ins);
                    self.push(Value::qstr(q))?
                }
                op::LOAD_CONST_OBJ => {
                    let v = self.const_obj(u);
                    self.push(v)?
                }
                op::LOAD_FAST_N | 0xb0..=0xbf => {
                    let s = self.local_slot(u)?;
                    let v = fr!(self).state[s];
                    if v.is_null() {
                        return Err(self.err_static(
                            Type::NameError,
                            "local variable referenced before assignment",
                        ));
                    }
                    self.push(v)?
                }
                op::STORE_FAST_N | 0xc0..=0xcf => {
                    let v = self.pop()?;
                    let s = self.local_slot(u)?;
                    fr!(self).state[s] = v;
                }
                op::DELETE_FAST => {
                    let s = self.local_slot(u)?;
                    if fr!(self).state[s].is_null() {
                        return Err(self.err_static(
                            Type::NameError,
                            "local variable referenced before assignment",
                        ));
                    }
                    fr!(self).state[s] = Value::NULL;
                }
                op::LOAD_DEREF => {
                    let s = self.local_slot(u)?;
                    let cell = fr!(self).state[s];
                    let v = match self.heap.get(cell) {
                        Some(Obj::Cell(v)) => *v,
                        _ => Value::NULL,
                    };
                    if v.is_null() {
                        return Err(self.err_static(
                            Type::NameError,
                            "local variable referenced before assignment",
                        ));
                    }
                    self.push(v)?
                }
                op::STORE_DEREF | op::DELETE_DEREF => {
                    let v = if ins.opcode == op::STORE_DEREF {
                        self.pop()?
                    } else {
                        Value::NULL
                    };
                    let s = self.local_slot(u)?;
                    let cell = fr!(self).state[s];
                    match self.heap.get_mut(cell) {
                        // Deleting a variable that holds nothing is a NameError.
                        Some(Obj::Cell(c)) if v.is_null() && c.is_null() => {
                            return Err(self.err_static(
                                Type::NameError,
                                "local variable referenced before assignment",
                            ));
                        }
                        Some(Obj::Cell(c)) => *c = v,
                        _ => return Err(self.err_static(Type::RuntimeError, "not a cell")),
                    }
                }
                op::LOAD_NAME | op::LOAD_GLOBAL => {
                    let q = self.qarg(&ins);
                    let v = self.load_name(q, ins.opcode == op::LOAD_NAME)?;
                    self.push(v)?
                }
                op::STORE_NAME | op::STORE_GLOBAL => {
                    let q = self.qarg(&ins);
                    let v = self.pop()?;
                    let d = if ins.opcode == op::STORE_NAME {
                        self.locals_dict()
                    } else {
                        fr!(self).globals
                    };
                    self.dict_set(d, Value::qstr(q), v)?;
                }
                op::DELETE_NAME | op::DELETE_GLOBAL => {
                    let q = self.qarg(&ins);
                    let d = if ins.opcode == op::DELETE_NAME {
                        self.locals_dict()
                    } else {
                        fr!(self).globals
                    };
                    if self.dict_remove(d, Value::qstr(q))?.is_none() {
                        // MicroPython deletes from the dict: a missing name is a KeyError.
                        return Err(self.err_value(Type::KeyError, Value::qstr(q)));
                    }
                }
                op::LOAD_ATTR => {
                    let q = self.qarg(&ins);
                    let o = self.pop()?;
                    let v = self.load_attr(o, q)?;
                    self.push(v)?
                }
                op::LOAD_METHOD => {
                    let q = self.qarg(&ins);
                    let o = self.pop()?;
                    let (m, s) = self.load_method(o, q)?;
                    self.push(m)?;
                    self.push(s)?;
                }
                op::LOAD_SUPER_METHOD => {
                    let q = self.qarg(&ins);
                    let obj = self.pop()?;
                    let cls = self.pop()?;
                    let _sup = self.pop()?;
                    let (m, s) = self.super_method(cls, obj, q)?;
                    self.push(m)?;
                    self.push(s)?;
                }
                op::STORE_ATTR => {
                    let q = self.qarg(&ins);
                    let o = self.pop()?;
                    let v = self.pop()?;
                    self.store_attr(o, q, v)?;
                }
                op::LOAD_SUBSCR => {
                    let i = self.pop()?;
                    let o = self.pop()?;
                    let v = self.subscr(o, i)?;
                    self.push(v)?
                }
                op::STORE_SUBSCR => {
                    let i = self.pop()?;
                    let o = self.pop()?;
                    let v = self.pop()?;
                    if v.is_null() {
                        self.del_subscr(o, i)?;
                    } else {
                        self.store_subscr(o, i, v)?;
                    }
                }
                op::IMPORT_NAME => {
                    let q = self.qarg(&ins);
                    let fromlist = self.pop()?;
                    let level = self.pop()?;
                    let m = self.import_name(q, fromlist, level)?;
                    self.push(m)?
                }
                op::IMPORT_FROM => {
                    let q = self.qarg(&ins);
                    let m = self.peek(0)?;
                    let v = match self.load_attr(m, q) {
                        Ok(v) => v,
                        Err(_) => {
                            let msg = fill("can't import name {}", &[&self.qstr_text(q)]);
                            return Err(self.err_string(Type::ImportError, &msg));
                        }
                    };
                    self.push(v)?
                }
                op::IMPORT_STAR => {
                    let m = self.pop()?;
                    self.import_star(m)?;
                }
                op::DUP_TOP => {
                    let v = self.peek(0)?;
                    self.push(v)?
                }
                op::DUP_TOP_TWO => {
                    let a = self.peek(1)?;
                    let b = self.peek(0)?;
                    self.push(a)?;
                    self.push(b)?;
                }
                op::POP_TOP => {
                    self.pop()?;
                }
                op::ROT_TWO => {
                    let a = self.peek(0)?;
                    let b = self.peek(1)?;
                    self.set_peek(0, b)?;
                    self.set_peek(1, a)?;
                }
                op::ROT_THREE => {
                    let a = self.peek(0)?;
                    let b = self.peek(1)?;
                    let c = self.peek(2)?;
                    self.set_peek(0, b)?;
                    self.set_peek(1, c)?;
                    self.set_peek(2, a)?;
                }
                op::JUMP => fr!(self).ip = u as usize,
                op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_FALSE => {
                    let v = self.pop()?;
                    let t = self.truthy(v)?;
                    if t == (ins.opcode == op::POP_JUMP_IF_TRUE) {
                        fr!(self).ip = u as usize;
                    }
                }
                op::JUMP_IF_TRUE_OR_POP | op::JUMP_IF_FALSE_OR_POP => {
                    let v = self.peek(0)?;
                    let t = self.truthy(v)?;
                    if t == (ins.opcode == op::JUMP_IF_TRUE_OR_POP) {
                        fr!(self).ip = u as usize;
                    } else {
                        self.pop()?;
                    }
                }
                op::SETUP_EXCEPT | op::SETUP_FINALLY => {
                    let f = fr!(self);
                    let sp = f.sp;
                    f.handlers.push(Handler {
                        target: u as usize,
                        sp,
                        finally: ins.opcode == op::SETUP_FINALLY,
                        prev_exc: Value::NULL,
                    });
                }
                op::SETUP_WITH => {
                    let obj = self.pop()?;
                    let (em, es) = self.load_method(obj, self.q.exit)?;
                    let (nm, ns) = self.load_method(obj, self.q.enter)?;
                    self.push(em)?;
                    self.push(es)?;
                    let r = self.call_method_parts(nm, ns, &[], &[])?;
                    let f = fr!(self);
                    let sp = f.sp;
                    f.handlers.push(Handler {
                        target: u as usize,
                        sp,
                        finally: true,
                        prev_exc: Value::NULL,
                    });
                    self.push(r)?;
                }
                op::WITH_CLEANUP => self.with_cleanup()?,
                op::END_FINALLY => {
                    fr!(self).handlers.pop();
                    let t = self.peek(0)?;
                    if t.is_none() {
                        self.pop()?;
                    } else if let Some(cause) = t.as_small() {
                        self.pop()?;
                        if cause < 0 {
                            let v = self.pop()?;
                            if let Some(s) = self.unwind_return(v)? {
                                return Ok(s);
                            }
                        } else {
                            self.unwind_jump(cause as u32)?;
                        }
                    } else {
                        return Err(t);
                    }
                }
                op::UNWIND_JUMP => {
                    let dest = u as i64;
                    let n = u32::from(ins.extra.unwrap_or(0));
                    self.push(Value::small(dest))?;
                    self.unwind_jump(n)?;
                }
                op::POP_EXCEPT_JUMP => {
                    fr!(self).handlers.pop();
                    fr!(self).ip = u as usize;
                }
                op::GET_ITER => {
                    let o = self.pop()?;
                    let it = self.get_iter(o)?;
                    self.push(it)?
                }
                op::GET_ITER_STACK => {
                    let o = self.pop()?;
                    let it = self.get_iter(o)?;
                    self.push(Value::NULL)?;
                    self.push(it)?;
                    self.push(Value::NULL)?;
                    self.push(Value::NULL)?;
                }
                op::FOR_ITER => {
                    let it = self.peek(2)?;
                    // As in MicroPython, a StopIteration raised while a for loop asks for
                    // the next item (by a function `map` calls, say) ends the loop.
                    let next = match self.iter_next(it) {
                        Err(e) if self.exc_matches(e, Type::StopIteration) => {
                            Next::Done(Value::NONE)
                        }
                        r => r?,
                    };
                    match next {
                        Next::Item(v) => self.push(v)?,
                        Next::Done(_) => {
                            let f = fr!(self);
                            f.sp = f.sp.saturating_sub(4);
                            f.ip = u as usize;
                        }
                    }
                }
                op::BUILD_TUPLE => {
                    let items = self.pop_n(u as usize)?;
                    let t = self.new_tuple(items)?;
                    self.push(t)?
                }
                op::BUILD_LIST => {
                    let items = self.pop_n(u as usize)?;
                    let t = self.new_list(items)?;
                    self.push(t)?
                }
                op::BUILD_MAP => {
                    let d = self.new_dict_sized(u as usize)?;
                    self.push(d)?
                }
                op::STORE_MAP => {
                    let k = self.pop()?;
                    let v = self.pop()?;
                    let d = self.peek(0)?;
                    self.dict_set(d, k, v)?;
                }
                op::BUILD_SET => {
                    let items = self.pop_n(u as usize)?;
                    let s = self.new_set_sized(items.len())?;
                    for v in items {
                        self.set_add(s, v)?;
                    }
                    self.push(s)?
                }
                op::BUILD_SLICE => {
                    let step = if u == 3 { self.pop()? } else { Value::NONE };
                    let stop = self.pop()?;
                    let start = self.pop()?;
                    let s = if self.slice_is_transient(start, stop, step) {
                        // Only the subscript that follows reads it: reuse one object.
                        if let Some(Obj::Slice(a, b, c)) = self.heap.get_mut(self.scratch_slice) {
                            (*a, *b, *c) = (start, stop, step);
                        }
                        self.scratch_slice
                    } else {
                        self.alloc(Obj::Slice(start, stop, step))?
                    };
                    self.push(s)?
                }
                op::STORE_COMP => {
                    let kind = u & 3;
                    let depth = (u >> 2) as usize;
                    let Some(depth) = depth.checked_sub(1 + usize::from(kind == 1)) else {
                        return Err(self.err_static(Type::RuntimeError, "invalid bytecode"));
                    };
                    if kind == 1 {
                        let k = self.pop()?;
                        let v = self.pop()?;
                        let d = self.peek(depth)?;
                        self.dict_set(d, k, v)?;
                    } else {
                        let v = self.pop()?;
                        let c = self.peek(depth)?;
                        if kind == 0 {
                            self.list_append(c, v)?;
                        } else {
                            self.set_add(c, v)?;
                        }
                    }
                }
                op::UNPACK_SEQUENCE => {
                    let s = self.pop()?;
                    let items = self.unpack(s, u as usize)?;
                    for v in items.into_iter().rev() {
                        self.push(v)?;
                    }
                }
                op::UNPACK_EX => {
                    let s = self.pop()?;
                    let (before, after) = ((u & 0xff) as usize, ((u >> 8) & 0xff) as usize);
                    let items = self.to_vec(s)?;
                    if items.len() < before + after {
                        let m = fill(
                            "need more than {} values to unpack",
                            &[&dec(items.len() as i64)],
                        );
                        return Err(self.err_string(Type::ValueError, &m));
                    }
                    let mid = items[before..items.len() - after].to_vec();
                    for &v in items[items.len() - after..].iter().rev() {
                        self.push(v)?;
                    }
                    let l = self.new_list(mid)?;
                    self.push(l)?;
                    for &v in items[..before].iter().rev() {
                        self.push(v)?;
                    }
                }
                op::MAKE_FUNCTION | op::MAKE_FUNCTION_DEFARGS => {
                    let (defs, kwdefs) = if ins.opcode == op::MAKE_FUNCTION_DEFARGS {
                        let k = self.pop()?;
                        let d = self.pop()?;
                        (d, k)
                    } else {
                        (Value::NULL, Value::NULL)
                    };
                    let f = self.make_function(u, defs, kwdefs, Vec::new())?;
                    self.push(f)?
                }
                op::MAKE_CLOSURE | op::MAKE_CLOSURE_DEFARGS => {
                    let n = ins.extra.unwrap_or(0) as usize;
                    let cells = self.pop_n(n)?;
                    let (defs, kwdefs) = if ins.opcode == op::MAKE_CLOSURE_DEFARGS {
                        let k = self.pop()?;
                        let d = self.pop()?;
                        (d, k)
                    } else {
                        (Value::NULL, Value::NULL)
                    };
                    let f = self.make_function(u, defs, kwdefs, cells)?;
                    self.push(f)?
                }
                op::CALL_FUNCTION
                | op::CALL_FUNCTION_VAR_KW
                | op::CALL_METHOD
                | op::CALL_METHOD_VAR_KW => {
                    let np = (u & 0xff) as usize;
                    let nk = ((u >> 8) & 0xff) as usize;
                    let var = matches!(
                        ins.opcode,
                        op::CALL_FUNCTION_VAR_KW | op::CALL_METHOD_VAR_KW
                    );
                    let is_method = matches!(ins.opcode, op::CALL_METHOD | op::CALL_METHOD_VAR_KW);
                    if !var && nk == 0 && np < 8 {
                        self.call_positional(np, is_method)?;
                        continue;
                    }
                    let bitmap = if var {
                        self.pop()?.as_small().unwrap_or(0)
                    } else {
                        0
                    };
                    let kwflat = self.pop_n(2 * nk)?;
                    let posv = self.pop_n(np)?;
                    let (fun, selfv) = if is_method {
                        let s = self.pop()?;
                        let f = self.pop()?;
                        (f, s)
                    } else {
                        (self.pop()?, Value::NULL)
                    };
                    let mut pos: Vec<Value> = Vec::with_capacity(np + 1);
                    if !selfv.is_null() {
                        pos.push(selfv);
                    }
                    let mut kw: Vec<(Value, Value)> = Vec::with_capacity(nk);
                    if var {
                        for (i, &p) in posv.iter().enumerate() {
                            if i < 63 && bitmap & (1 << i) != 0 {
                                let items = self.to_vec(p)?;
                                pos.extend(items);
                            } else {
                                pos.push(p);
                            }
                        }
                        for c in kwflat.chunks(2) {
                            if c[0].is_null() {
                                self.merge_kwargs(c[1], &mut kw)?;
                            } else {
                                kw.push((c[0], c[1]));
                            }
                        }
                    } else {
                        pos.extend_from_slice(&posv);
                        for c in kwflat.chunks(2) {
                            kw.push((c[0], c[1]));
                        }
                    }
                    let r = self.call_inner(fun, &pos, &kw)?;
                    self.push(r)?
                }
                op::RETURN_VALUE => {
                    let v = self.pop()?;
                    if let Some(s) = self.unwind_return(v)? {
                        return Ok(s);
                    }
                }
                op::RAISE_LAST => {
                    let mut e = Value::NULL;
                    for h in fr!(self).handlers.iter().rev() {
                        if !h.prev_exc.is_null() {
                            e = h.prev_exc;
                            break;
                        }
                    }
                    if e.is_null() {
                        self.fresh_raise = true;
                        return Err(
                            self.err_static(Type::RuntimeError, "no active exception to reraise")
                        );
                    }
                    return Err(e);
                }
                op::RAISE_OBJ | op::RAISE_FROM => {
                    if ins.opcode == op::RAISE_FROM && !self.pop()?.is_none() {
                        // MicroPython ignores the cause and says so on stderr.
                        self.port
                            .write(2, b"Warning: exception chaining not supported\n");
                    }
                    let o = self.pop()?;
                    let e = self.make_raise_obj(o)?;
                    return Err(e);
                }
                op::YIELD_VALUE => {
                    let v = self.pop()?;
                    return Ok(Stop::Yield(v));
                }
                op::YIELD_FROM => {
                    let send = self.pop()?;
                    let genv = self.peek(0)?;
                    let inject = core::mem::replace(&mut self.yf_inject, Value::NULL);
                    let r = if inject.is_null() {
                        self.resume(genv, send, Value::NULL)
                    } else {
                        self.resume(genv, Value::NULL, inject)
                    };
                    match r {
                        Ok(Next::Item(v)) => {
                            // Stay on this instruction for the next resume.
                            let f = fr!(self);
                            f.ip = f.op_ip;
                            return Ok(Stop::Yield(v));
                        }
                        Ok(Next::Done(v)) => {
                            self.set_peek(0, v)?;
                            if !inject.is_null() && self.exc_matches(inject, Type::GeneratorExit) {
                                return Err(self.make_raise_obj(inject).unwrap_or_else(|e| e));
                            }
                        }
                        // A StopIteration out of a plain iterator ends the delegation
                        // with its value, as MicroPython has it.
                        Err(e) if self.exc_matches(e, Type::StopIteration) => {
                            let v = self.exc_value(e);
                            self.set_peek(0, v)?;
                        }
                        Err(e) => {
                            self.pop()?;
                            return Err(e);
                        }
                    }
                }
                op::LOAD_BUILD_CLASS => {
                    self.push(Value::builtin(crate::builtins::B::BuildClass as u16))?
                }
                op::UNARY_OP_MULTI..=0xd3 => {
                    let v = self.pop()?;
                    let r = self.unary_op(u as u8, v)?;
                    self.push(r)?
                }
                op::BINARY_OP_MULTI..=0xf9 => {
                    let rhs = self.pop()?;
                    let lhs = self.pop()?;
                    let r = self.binary_op(u as u8, lhs, rhs)?;
                    self.push(r)?
                }
                _ => return Err(self.err_static(Type::NotImplementedError, "opcode not supported")),
            }
        }
    }

    fn unwind_return(&mut self, v: Value) -> PyResult<Option<Stop>> {
        loop {
            let f = fr!(self);
            let Some(h) = f.handlers.last().copied() else {
                return Ok(Some(Stop::Return(v)));
            };
            if h.finally {
                if h.target > f.op_ip {
                    // Run the finally block, then come back here (marker -1).
                    f.sp = h.sp;
                    f.ip = h.target;
                    self.push(v)?;
                    self.push(Value::small(-1))?;
                    return Ok(None);
                }
                // Returning from inside a running finally block: the value replaces the
                // block's pending state (it must be on the stack for that).
                self.push(v)?;
                self.cancel_active_finally()?;
                self.pop()?;
            }
            fr!(self).handlers.pop();
        }
    }

    fn cancel_active_finally(&mut self) -> PyResult<()> {
        // Stack: (..., prev_dest, prev_cause, x) or (..., None/exc, x): drop the finally's
        // pending state, keeping x.
        let x = self.pop()?;
        let below = self.peek(0)?;
        if below.as_small().is_some() {
            self.pop()?;
            self.pop()?;
        } else {
            self.pop()?;
        }
        self.push(x)
    }

    fn unwind_jump(&mut self, mut n: u32) -> PyResult<()> {
        while n & 0x7f > 0 {
            n -= 1;
            let f = fr!(self);
            let Some(h) = f.handlers.last().copied() else {
                break;
            };
            if h.finally {
                if h.target > f.op_ip {
                    self.push(Value::small(i64::from(n)))?;
                    fr!(self).ip = h.target;
                    return Ok(());
                }
                self.cancel_active_finally()?;
            }
            fr!(self).handlers.pop();
        }
        let dest = self.pop()?.as_small().unwrap_or(0) as usize;
        let f = fr!(self);
        f.ip = dest;
        if n != 0 {
            f.sp = f.sp.saturating_sub(4);
        }
        Ok(())
    }

    fn with_cleanup(&mut self) -> PyResult<()> {
        let top = self.peek(0)?;
        if top.is_none() {
            self.pop()?;
            let s = self.pop()?;
            let m = self.pop()?;
            self.call_method_parts(m, s, &[Value::NONE, Value::NONE, Value::NONE], &[])?;
            self.push(Value::NONE)
        } else if top.as_small().is_some() {
            let cause = self.pop()?;
            let data = self.pop()?;
            let s = self.pop()?;
            let m = self.pop()?;
            self.call_method_parts(m, s, &[Value::NONE, Value::NONE, Value::NONE], &[])?;
            self.push(data)?;
            self.push(cause)
        } else {
            let exc = self.pop()?;
            let s = self.pop()?;
            let m = self.pop()?;
            let t = self.type_of(exc);
            let r = self.call_method_parts(m, s, &[t, exc, Value::NONE], &[])?;
            if self.truthy(r)? {
                self.push(Value::NONE)
            } else {
                self.push(exc)
            }
        }
    }

    /// Whether the slice being built is only read by the subscript right after it: the
    /// next instruction subscripts a builtin sequence (which copies what it needs and runs
    /// no Python code for it) and the bounds are small ints or None.
    fn slice_is_transient(&self, start: Value, stop: Value, step: Value) -> bool {
        let plain = |v: Value| v.is_none() || v.as_small().is_some();
        if !(plain(start) && plain(stop) && plain(step)) {
            return false;
        }
        let Some(f) = self.frames.last() else {
            return false;
        };
        let Some(code) = self.codes.get(f.code as usize) else {
            return false;
        };
        let container = match code.code.get(f.ip) {
            Some(&op::LOAD_SUBSCR | &op::STORE_SUBSCR) => f.sp.checked_sub(1),
            _ => None,
        };
        matches!(
            container
                .and_then(|k| f.state.get(k))
                .map(|&c| self.heap.get(c)),
            Some(Some(
                Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_)
            ))
        )
    }

    /// Resumes a generator (or any iterator, for `yield from`) with `send` or `throw`.
    pub(crate) fn resume(&mut self, genv: Value, send: Value, throw: Value) -> PyResult<Next> {
        let frame = match self.heap.get_mut(genv) {
            Some(Obj::Gen(g)) => {
                if g.running {
                    return Err(self.err_static(Type::ValueError, "generator already executing"));
                }
                if g.done {
                    if !throw.is_null() {
                        return Err(self.make_raise_obj(throw).unwrap_or_else(|e| e));
                    }
                    return Ok(Next::Done(Value::NONE));
                }
                match g.frame.take() {
                    Some(f) => {
                        g.running = true;
                        f
                    }
                    None => return Ok(Next::Done(Value::NONE)),
                }
            }
            Some(_) | None => return self.resume_iterator(genv, send, throw),
        };
        let mut frame = *frame;
        let started = frame.ip != 0 || frame.sp != 0;
        if !started && !send.is_none() && !send.is_null() && throw.is_null() {
            if let Some(Obj::Gen(g)) = self.heap.get_mut(genv) {
                g.frame = Some(Box::new(frame));
                g.running = false;
            }
            return Err(self.err_static(
                Type::TypeError,
                "can't send non-None value to a just-started generator",
            ));
        }
        if started && throw.is_null() {
            frame.state[frame.sp] = if send.is_null() { Value::NONE } else { send };
            frame.sp += 1;
        }
        if !throw.is_null() {
            // A pending `yield from` forwards the exception to its sub-iterator.
            let c = self.codes.get(frame.code as usize);
            if c.is_some_and(|c| c.code.get(frame.ip) == Some(&op::YIELD_FROM)) && started {
                frame.state[frame.sp] = Value::NONE;
                frame.sp += 1;
                self.yf_inject = throw;
            } else {
                frame.inject = self.make_raise_obj(throw).unwrap_or_else(|e| e);
                frame.op_ip = frame.ip;
                self.fresh_raise = true;
            }
        }
        let r = self.run_frame_keep(frame);
        let (result, frame) = match r {
            Ok((stop, f)) => (Ok(stop), Some(f)),
            Err(e) => (Err(e), None),
        };
        if let Some(Obj::Gen(g)) = self.heap.get_mut(genv) {
            g.running = false;
            match &result {
                Ok(Stop::Yield(_)) => g.frame = frame.map(Box::new),
                _ => g.done = true,
            }
        }
        match result {
            Ok(Stop::Yield(v)) => Ok(Next::Item(v)),
            Ok(Stop::Return(v)) => Ok(Next::Done(v)),
            Err(e) => {
                if self.exc_matches(e, Type::StopIteration) {
                    return Err(
                        self.err_static(Type::RuntimeError, "generator raised StopIteration")
                    );
                }
                Err(e)
            }
        }
    }

    /// `resume` for what a `yield from` delegates to when it is no generator: the next
    /// item, `send()`, or for a thrown value: `close()` for a GeneratorExit (when there is
    /// one; the delegation then ends), the iterator's own `throw()` otherwise, else the
    /// value raised here.
    fn resume_iterator(&mut self, it: Value, send: Value, throw: Value) -> PyResult<Next> {
        if throw.is_null() {
            if send.is_none() || send.is_null() {
                return self.iter_next(it);
            }
            let (m, s) = self.load_method(it, self.q.send)?;
            let r = self.call_method_parts(m, s, &[send], &[]);
            return self.next_from_result(r);
        }
        // By the thrown value's type: a GeneratorExit class goes to throw().
        let exit = self.is_subclass(self.type_of(throw), Value::ty(Type::GeneratorExit));
        let name = if exit { self.q.close } else { self.q.throw };
        if let Ok((m, s)) = self.load_method(it, name) {
            let args: &[Value] = if exit { &[] } else { &[throw] };
            let r = self.call_method_parts(m, s, args, &[]);
            if exit {
                return r.map(Next::Done);
            }
            return self.next_from_result(r);
        }
        if self.exc_matches(throw, Type::StopIteration) {
            return Err(self.err_static(Type::RuntimeError, "generator raised StopIteration"));
        }
        Err(self.make_raise_obj(throw).unwrap_or_else(|e| e))
    }

    fn run_frame_keep(&mut self, frame: Frame) -> PyResult<(Stop, Frame)> {
        if self.too_deep() {
            return Err(self.err_static(Type::RuntimeError, "maximum recursion depth exceeded"));
        }
        self.frames.push(frame);
        let r = self.execute();
        let frame = self.frames.pop();
        match (r, frame) {
            (Ok(s), Some(f)) => Ok((s, f)),
            (Err(e), _) => Err(e),
            (Ok(_), None) => Err(Value::NULL),
        }
    }

    fn next_from_result(&mut self, r: PyResult<Value>) -> PyResult<Next> {
        match r {
            Ok(v) => Ok(Next::Item(v)),
            Err(e) if self.exc_matches(e, Type::StopIteration) => {
                let v = self.exc_value(e);
                Ok(Next::Done(v))
            }
            Err(e) => Err(e),
        }
    }

    /// The dict STORE_NAME writes to: the class namespace inside a class body.
    fn locals_dict(&mut self) -> Value {
        let n = self.frames.len();
        match self.class_locals.last() {
            Some(&(depth, d)) if depth == n => d,
            _ => self.frames.last().map_or(Value::NULL, |f| f.globals),
        }
    }

    fn load_name(&mut self, q: u32, local: bool) -> PyResult<Value> {
        let key = Value::qstr(q);
        if local {
            let d = self.locals_dict();
            let g = self.frames.last().map_or(Value::NULL, |f| f.globals);
            if d != g {
                if let Some(v) = self.dict_get(d, key)? {
                    return Ok(v);
                }
            }
        }
        let g = fr!(self).globals;
        if let Some(v) = self.dict_get(g, key)? {
            return Ok(v);
        }
        let slot = q as usize & (crate::vmcore::BUILTIN_CACHE - 1);
        let (k, v) = self.builtin_cache[slot];
        if k == q.wrapping_add(1) {
            return Ok(v);
        }
        if let Some(v) = self.builtin_global(q) {
            self.builtin_cache[slot] = (q.wrapping_add(1), v);
            return Ok(v);
        }
        let m = fill("name '{}' isn't defined", &[&self.qstr_text(q)]);
        Err(self.err_string(Type::NameError, &m))
    }

    fn make_function(
        &mut self,
        child: u32,
        defaults: Value,
        kwdefaults: Value,
        closure: Vec<Value>,
    ) -> PyResult<Value> {
        let f = fr!(self);
        let (globals, fcode) = (f.globals, f.code);
        let code = self
            .codes
            .get(fcode as usize)
            .and_then(|c| c.children.get(child as usize).copied());
        let Some(code) = code else {
            return Err(self.err_static(Type::RuntimeError, "bad child index"));
        };
        self.alloc(Obj::Fun(Fun {
            code,
            globals,
            defaults,
            kwdefaults,
            closure: closure.into_boxed_slice(),
        }))
    }

    fn merge_kwargs(&mut self, d: Value, kw: &mut Vec<(Value, Value)>) -> PyResult<()> {
        match self.heap.get(d) {
            Some(Obj::Dict(dd, _)) => {
                kw.extend(dd.iter().map(|e| (e.key, e.value)));
                Ok(())
            }
            _ => {
                // Any mapping: keys() then [].
                let keys = self.call_method(d, self.q.keys, &[])?;
                let keys = self.to_vec(keys)?;
                for k in keys {
                    let v = self.subscr(d, k)?;
                    kw.push((k, v));
                }
                Ok(())
            }
        }
    }

    fn unpack(&mut self, s: Value, n: usize) -> PyResult<Vec<Value>> {
        let items = self.to_vec(s)?;
        if items.len() < n {
            let m = fill(
                "need more than {} values to unpack",
                &[&dec(items.len() as i64)],
            );
            return Err(self.err_string(Type::ValueError, &m));
        }
        if items.len() > n {
            let m = fill("too many values to unpack (expected {})", &[&dec(n as i64)]);
            return Err(self.err_string(Type::ValueError, &m));
        }
        Ok(items)
    }

    /// Turns the operand of `raise` into an exception instance.
    pub(crate) fn make_raise_obj(&mut self, o: Value) -> PyResult<Value> {
        self.fresh_raise = true;
        if self.is_exc_instance(o) {
            return Ok(o);
        }
        if self.is_exc_class(o) {
            return self.call(o, &[], &[]);
        }
        Err(self.err_static(Type::TypeError, "exceptions must derive from BaseException"))
    }
}

/// A float operand's value: a float, or a small int on the other side of one.
#[inline]
fn float_of(heap: &crate::heap::Heap, v: Value) -> Option<crate::Float> {
    match v.as_small() {
        Some(i) => Some(i as crate::Float),
        None => match heap.get(v) {
            Some(Obj::Float(x)) => Some(*x),
            _ => None,
        },
    }
}

/// Reads a MicroPython variable-length unsigned operand at `*p`.
#[inline]
fn read_vuint(code: &[u8], p: &mut usize) -> Option<u32> {
    let mut v: u32 = 0;
    for _ in 0..5 {
        let b = *code.get(*p)?;
        *p += 1;
        if v > u32::MAX >> 7 {
            return None;
        }
        v = (v << 7) | u32::from(b & 0x7f);
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

/// Reads a jump operand at `*p` and returns its target, if inside the code.
#[inline]
fn read_jump(code: &[u8], p: &mut usize, signed: bool) -> Option<usize> {
    let b0 = *code.get(*p)?;
    *p += 1;
    let (raw, wide) = if b0 & 0x80 != 0 {
        let b1 = *code.get(*p)?;
        *p += 1;
        ((usize::from(b0 & 0x7f)) | (usize::from(b1) << 7), true)
    } else {
        (usize::from(b0), false)
    };
    let bias = match (signed, wide) {
        (false, _) => 0,
        (true, true) => 0x4000,
        (true, false) => 0x40,
    };
    let t = (*p + raw).checked_sub(bias)?;
    if t > code.len() {
        return None;
    }
    Some(t)
}

/// The local-variable index of a `LOAD_FAST`/`STORE_FAST` opcode `b` at `code[*p - 1]`:
/// `b - short` for the forms with the index in the opcode byte, else (for `wide`) the varint
/// at `*p`, which `*p` then passes.
#[inline(always)]
fn fast_local(code: &[u8], p: &mut usize, b: u8, short: u8, wide: u8) -> Option<usize> {
    if b == wide {
        read_vuint(code, p).map(|i| i as usize)
    } else {
        Some(usize::from(b - short))
    }
}
