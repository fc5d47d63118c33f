//! The object heap and its mark-and-sweep collector.
//!
//! Objects live in a table of slots; a [`Value`] names a slot by index (see [`crate::value`]),
//! so the collector never follows a raw pointer and a dangling value cannot cause undefined
//! behaviour. Free slots form a linked list. Marking is iterative (an explicit stack), so deep
//! structures cannot overflow the machine stack. Sweeping drops unmarked objects, returning
//! their memory to the allocator and their slot to the free list.
//!
//! The budget: the embedder gives the VM a heap size; `used` tracks the bytes objects
//! occupy (the slot plus what they own). When an allocation would pass the budget the VM
//! collects (at a safe point) and, if that is not enough, raises `MemoryError`.

use alloc::vec::Vec;

use crate::obj::Obj;
use crate::value::Value;

const NIL: u32 = u32::MAX;

/// The heap.
#[derive(Debug)]
pub struct Heap {
    slots: Vec<Obj>,
    marks: Vec<u32>,
    free: u32,
    /// Bytes in use (approximate).
    pub used: usize,
    /// The budget in bytes.
    pub limit: usize,
    /// Bytes allocated since the last collection.
    pub since_gc: usize,
    /// Number of collections so far.
    pub collections: u32,
    /// `micropython.heap_lock()` depth: while above 0 every allocation fails.
    pub locked: u32,
}

/// Why an allocation failed.
#[derive(Clone, Copy, Debug)]
pub struct OutOfMemory;

impl Heap {
    /// A heap with a budget of `limit` bytes.
    pub fn new(limit: usize) -> Heap {
        Heap {
            slots: Vec::new(),
            marks: Vec::new(),
            free: NIL,
            used: 0,
            limit,
            since_gc: 0,
            collections: 0,
            locked: 0,
        }
    }

    fn slot_cost() -> usize {
        core::mem::size_of::<Obj>()
    }

    /// Stores `o`, returning its value. Fails past the budget (the caller may collect and
    /// retry, or raise `MemoryError`).
    pub fn alloc(&mut self, o: Obj) -> Result<Value, OutOfMemory> {
        let cost = o.size() + Self::slot_cost();
        if self.used + cost > self.limit || self.locked > 0 {
            return Err(OutOfMemory);
        }
        self.used += cost;
        self.since_gc += cost;
        if self.free != NIL {
            let i = self.free;
            let next = match self.slots.get(i as usize) {
                Some(Obj::Free(n)) => *n,
                _ => NIL,
            };
            self.free = next;
            if let Some(s) = self.slots.get_mut(i as usize) {
                *s = o;
            }
            return Ok(Value::heap(i));
        }
        let i = self.slots.len();
        if i >= (NIL as usize) - 1 || i >= (usize::MAX >> 3) {
            return Err(OutOfMemory);
        }
        if self.slots.try_reserve(1).is_err() {
            return Err(OutOfMemory);
        }
        self.slots.push(o);
        Ok(Value::heap(i as u32))
    }

    /// Records that an object grew or shrank by `delta` bytes (lists appending…).
    pub fn resize(&mut self, old: usize, new: usize) -> Result<(), OutOfMemory> {
        if new > old {
            let d = new - old;
            if self.used + d > self.limit {
                return Err(OutOfMemory);
            }
            self.used += d;
            self.since_gc += d;
        } else {
            self.used = self.used.saturating_sub(old - new);
        }
        Ok(())
    }

    /// The object `v` names, if it is a live heap object.
    #[inline]
    pub fn get(&self, v: Value) -> Option<&Obj> {
        let i = v.as_heap()?;
        match self.slots.get(i as usize) {
            Some(Obj::Free(_)) | None => None,
            Some(o) => Some(o),
        }
    }

    /// Mutable access to the object `v` names.
    #[inline]
    pub fn get_mut(&mut self, v: Value) -> Option<&mut Obj> {
        let i = v.as_heap()?;
        match self.slots.get_mut(i as usize) {
            Some(Obj::Free(_)) | None => None,
            Some(o) => Some(o),
        }
    }

    fn mark_bit(&mut self, i: usize) -> bool {
        let (w, b) = (i / 32, 1u32 << (i % 32));
        match self.marks.get_mut(w) {
            Some(m) if *m & b == 0 => {
                *m |= b;
                true
            }
            _ => false,
        }
    }

    /// Starts a collection: clears the marks.
    pub fn begin_mark(&mut self) {
        self.marks.clear();
        self.marks.resize(self.slots.len().div_ceil(32), 0);
    }

    /// Marks everything reachable from `roots`.
    pub fn mark_from(&mut self, roots: &[Value]) {
        let mut stack: Vec<u32> = Vec::new();
        let push = |heap: &mut Heap, stack: &mut Vec<u32>, v: Value| {
            if let Some(i) = v.as_heap() {
                if (i as usize) < heap.slots.len() && heap.mark_bit(i as usize) {
                    stack.push(i);
                }
            }
        };
        for &r in roots {
            push(self, &mut stack, r);
        }
        let mut children: Vec<Value> = Vec::new();
        while let Some(i) = stack.pop() {
            children.clear();
            if let Some(o) = self.slots.get(i as usize) {
                o.trace(&mut |v| children.push(v));
            }
            for &c in &children {
                push(self, &mut stack, c);
            }
        }
    }

    /// Frees every unmarked object and recounts the bytes in use. Returns the number freed.
    pub fn sweep(&mut self) -> usize {
        let mut freed = 0;
        let mut used = 0;
        for i in 0..self.slots.len() {
            let marked = self
                .marks
                .get(i / 32)
                .is_some_and(|m| m & (1 << (i % 32)) != 0);
            if matches!(self.slots[i], Obj::Free(_)) {
                continue;
            }
            if marked {
                used += self.slots[i].size() + Self::slot_cost();
            } else {
                self.slots[i] = Obj::Free(self.free);
                self.free = i as u32;
                freed += 1;
            }
        }
        self.used = used;
        self.since_gc = 0;
        self.collections += 1;
        freed
    }

    /// Number of live objects.
    pub fn live(&self) -> usize {
        self.slots
            .iter()
            .filter(|o| !matches!(o, Obj::Free(_)))
            .count()
    }
}
