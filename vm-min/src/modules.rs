//! Builtin modules and imports. Today: `micropython` (const), `sys` (stdout/stderr writes),
//! `gc`, `time` (through the port clock), plus imports of `.mpy` modules via the port's
//! loader.

use alloc::vec::Vec;

use crate::obj::Obj;
use crate::types::Type;
use crate::value::Value;
use crate::{PyResult, Vm};

/// Module-level builtin functions live outside the `B` table for now; none yet.
pub(crate) fn call_module_fn(
    _vm: &mut Vm<'_>,
    _id: u16,
    _pos: &[Value],
    _kw: &[(Value, Value)],
) -> Option<PyResult<Value>> {
    None
}

/// Types that belong to modules (`io.StringIO`, `collections.deque`, …): not yet callable.
pub(crate) fn construct_module_type(
    vm: &mut Vm<'_>,
    t: Type,
    _pos: &[Value],
    _kw: &[(Value, Value)],
) -> PyResult<Value> {
    let m = alloc::format!("cannot create '{}' instances", t.name());
    Err(vm.type_error(m))
}

/// `d.keys()` / `.values()` / `.items()`: a list snapshot for now.
pub(crate) fn dict_view(vm: &mut Vm<'_>, d: Value, kind: u8) -> PyResult<Value> {
    let items = vm.dict_items(d);
    let mut out = Vec::with_capacity(items.len());
    for (k, v) in items {
        out.push(match kind {
            0 => k,
            1 => v,
            _ => vm.new_tuple(alloc::vec![k, v])?,
        });
    }
    vm.new_list(out)
}

impl<'a> Vm<'a> {
    /// Writes to a stream-like object (`print(file=…)`).
    pub(crate) fn write_to(&mut self, f: Value, data: &[u8]) -> PyResult<()> {
        if let Some(Obj::Stream(buf, pos, _)) = self.heap.get_mut(f) {
            let p = (*pos).min(buf.len());
            buf.truncate(p);
            buf.extend_from_slice(data);
            *pos = buf.len();
            return Ok(());
        }
        let s = self.new_str_bytes(data)?;
        let q = self.qstrs.intern_static("write");
        self.call_method(f, q, &[s])?;
        Ok(())
    }

    /// `IMPORT_NAME`.
    pub(crate) fn import_name(
        &mut self,
        q: u32,
        _fromlist: Value,
        _level: Value,
    ) -> PyResult<Value> {
        for &(n, m) in &self.modules {
            if n == q {
                return Ok(m);
            }
        }
        let name = self.qstrs.bytes(q).to_vec();
        if name == b"micropython" || name == b"gc" || name == b"sys" {
            let g = self.new_dict()?;
            let m = self.alloc(Obj::Module(q, g))?;
            self.modules.push((q, m));
            return Ok(m);
        }
        let Some(bytes) = self.port.load(&name) else {
            let m = alloc::format!("no module named '{}'", self.qstr_text(q));
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
