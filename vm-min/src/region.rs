//! A block allocator over the embedder's heap region, for firmware to install as its
//! `#[global_allocator]` (the VM's objects and their payloads then live in that region).
//!
//! The region is cut into 16-byte blocks. An allocation table at the start of the region
//! keeps two bits per block — free, head of an allocation, or tail (a continuation) — like
//! MicroPython's `gc.c`, so freeing needs no size and the table costs 1/64 of the region.
//! Allocation is first fit; the lock is a spin flag, enough for a single core where the
//! allocator is never called from an interrupt.
//!
//! This is the only module with `unsafe` code: `GlobalAlloc` is an unsafe trait and hands
//! out raw pointers. Everything else works on block indices with checked arithmetic.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicBool, Ordering};

const BLOCK: usize = 16;
const FREE: u8 = 0;
const HEAD: u8 = 1;
const TAIL: u8 = 2;

struct State {
    /// Start of the block area.
    base: usize,
    /// Number of blocks.
    blocks: usize,
    /// The allocation table (2 bits per block).
    table: *mut u8,
    /// Blocks in use.
    used: usize,
    /// Where the next search starts (first block that may be free).
    hint: usize,
}

/// The allocator. Create it with [`RegionAlloc::new`] (in a `static`), then call
/// [`RegionAlloc::init`] once with the region before the first allocation.
pub struct RegionAlloc {
    lock: AtomicBool,
    state: UnsafeCell<Option<State>>,
}

// SAFETY: every access to `state` happens while `lock` is held (see `with`), so the
// allocator can be shared between threads of execution.
unsafe impl Sync for RegionAlloc {}

impl Default for RegionAlloc {
    fn default() -> Self {
        Self::new()
    }
}

impl RegionAlloc {
    /// An allocator with no region yet (every allocation fails until `init`).
    pub const fn new() -> RegionAlloc {
        RegionAlloc {
            lock: AtomicBool::new(false),
            state: UnsafeCell::new(None),
        }
    }

    fn with<R>(&self, f: impl FnOnce(&mut Option<State>) -> R) -> R {
        #[cfg(target_has_atomic = "8")]
        while self
            .lock
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            core::hint::spin_loop();
        }
        // Cores without compare-and-swap (Cortex-M0) are single-core: a flag is enough as
        // long as interrupts do not allocate.
        #[cfg(not(target_has_atomic = "8"))]
        {
            while self.lock.load(Ordering::Acquire) {
                core::hint::spin_loop();
            }
            self.lock.store(true, Ordering::Relaxed);
        }
        // SAFETY: the lock is held, so this is the only reference to the state.
        let r = f(unsafe { &mut *self.state.get() });
        self.lock.store(false, Ordering::Release);
        r
    }

    /// Hands the region to the allocator. Later calls are ignored.
    pub fn init(&self, region: &'static mut [u8]) {
        let start = region.as_mut_ptr() as usize;
        let len = region.len();
        self.with(|st| {
            if st.is_some() {
                return;
            }
            // Table first (one byte covers 4 blocks), then blocks aligned to BLOCK.
            let blocks_guess = len / (BLOCK + 1);
            let table_len = blocks_guess.div_ceil(4);
            let base = (start + table_len).next_multiple_of(BLOCK);
            let end = start + len;
            let blocks = if base < end { (end - base) / BLOCK } else { 0 };
            let blocks = blocks.min(table_len * 4);
            let table = region.as_mut_ptr();
            region[..table_len].fill(0);
            *st = Some(State {
                base,
                blocks,
                table,
                used: 0,
                hint: 0,
            });
        });
    }

    /// Bytes in use and total bytes of the block area.
    pub fn usage(&self) -> (usize, usize) {
        self.with(|st| {
            st.as_ref()
                .map_or((0, 0), |s| (s.used * BLOCK, s.blocks * BLOCK))
        })
    }
}

impl State {
    fn get(&self, i: usize) -> u8 {
        // SAFETY: `i < blocks` (callers check) and the table holds `blocks` 2-bit entries
        // inside the region given to `init`, which lives for 'static.
        let byte = unsafe { *self.table.add(i / 4) };
        (byte >> ((i % 4) * 2)) & 3
    }
    fn set(&mut self, i: usize, v: u8) {
        // SAFETY: as in `get`; we hold the lock, so no one else touches the table.
        unsafe {
            let p = self.table.add(i / 4);
            let shift = (i % 4) * 2;
            *p = (*p & !(3 << shift)) | (v << shift);
        }
    }
    fn alloc(&mut self, layout: Layout) -> Option<usize> {
        let n = layout.size().max(1).div_ceil(BLOCK);
        let mut i = self.hint;
        while i + n <= self.blocks {
            // Keep the alignment: the block area starts BLOCK-aligned.
            let addr = self.base + i * BLOCK;
            if addr % layout.align() != 0 {
                i += 1;
                continue;
            }
            match (0..n).find(|&k| self.get(i + k) != FREE) {
                None => {
                    self.set(i, HEAD);
                    for k in 1..n {
                        self.set(i + k, TAIL);
                    }
                    self.used += n;
                    if i == self.hint {
                        self.hint = i + n;
                    }
                    return Some(addr);
                }
                Some(k) => i += k + 1,
            }
        }
        None
    }
    fn free(&mut self, addr: usize) {
        if addr < self.base || (addr - self.base) % BLOCK != 0 {
            return;
        }
        let i = (addr - self.base) / BLOCK;
        if i >= self.blocks || self.get(i) != HEAD {
            return;
        }
        self.set(i, FREE);
        self.used -= 1;
        let mut k = i + 1;
        while k < self.blocks && self.get(k) == TAIL {
            self.set(k, FREE);
            self.used -= 1;
            k += 1;
        }
        self.hint = self.hint.min(i);
    }
}

// SAFETY: `alloc` returns either null or the start of `ceil(size / 16)` blocks that the
// table marks as one allocation, aligned as asked, inside the 'static region and disjoint
// from every other live allocation; `dealloc` only releases blocks of such an allocation.
unsafe impl GlobalAlloc for RegionAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.with(|st| match st {
            Some(s) => s
                .alloc(layout)
                .map_or(core::ptr::null_mut(), |a| a as *mut u8),
            None => core::ptr::null_mut(),
        })
    }
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        self.with(|st| {
            if let Some(s) = st {
                s.free(ptr as usize);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    #[test]
    fn allocates_frees_and_reuses_blocks() {
        let region: &'static mut [u8] = alloc::vec![0u8; 4096].leak();
        let a = RegionAlloc::new();
        a.init(region);
        let (_, total) = a.usage();
        assert!((3500..4096).contains(&total), "{total}");
        let l = Layout::from_size_align(40, 8).unwrap();
        // SAFETY: the layouts are non-zero and every pointer is freed with its layout.
        unsafe {
            let p = a.alloc(l);
            let q = a.alloc(l);
            assert!(!p.is_null() && !q.is_null() && p != q);
            assert_eq!(a.usage().0, 2 * 48);
            p.write_bytes(0xaa, 40);
            a.dealloc(p, l);
            assert_eq!(a.usage().0, 48);
            let r = a.alloc(l);
            assert_eq!(r, p, "first fit reuses the freed blocks");
            let big = Layout::from_size_align(64, 64).unwrap();
            let b = a.alloc(big);
            assert_eq!(b as usize % 64, 0);
            // Exhaust the region: allocation fails cleanly with null.
            let mut all = Vec::new();
            loop {
                let x = a.alloc(l);
                if x.is_null() {
                    break;
                }
                all.push(x);
            }
            assert!(a.usage().0 > total - 100);
            for x in all {
                a.dealloc(x, l);
            }
            a.dealloc(b, big);
            a.dealloc(q, l);
            a.dealloc(r, l);
            assert_eq!(a.usage().0, 0);
        }
    }
}
