//! The function prelude at the start of a bytecode function (and inside a native function):
//! the bit-interleaved signature, the packed size info, the source info (name, argument names,
//! line-number table) and the cell list.

use crate::error::{Error, Result};
use crate::varint::Cursor;

/// Scope flag: the function is a generator (has `yield`/`await`, or is `async def`).
pub const SCOPE_GENERATOR: u8 = 0x01;
/// Scope flag: the function takes `**kwargs`.
pub const SCOPE_VARKEYWORDS: u8 = 0x02;
/// Scope flag: the function takes a named `*args`.
pub const SCOPE_VARARGS: u8 = 0x04;
/// Scope flag: at least one keyword-only parameter has a default.
pub const SCOPE_DEFKWARGS: u8 = 0x08;

/// CircuitPython only: the function is `async def` (set together with [`SCOPE_GENERATOR`]).
pub const CP_SCOPE_ASYNC: u8 = 0x10;

/// Continuation bytes accepted after the first signature byte. 12 covers every 32-bit field.
const MAX_SIG_EXTRA: u32 = 12;
/// Continuation bytes accepted after the first size byte.
const MAX_SIZE_EXTRA: u32 = 5;

/// The decoded signature: everything needed to bind arguments and size the frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Signature {
    /// Locals plus maximum stack depth; at least 1.
    pub n_state: u32,
    /// Maximum nesting of exception handlers.
    pub n_exc_stack: u32,
    /// The signature's scope flags (`SCOPE_*`): 4 bits from MicroPython, 5 from CircuitPython
    /// (which adds [`CP_SCOPE_ASYNC`]).
    pub scope_flags: u8,
    /// Positional parameters, including closed-over variables passed in the first slots.
    pub n_pos_args: u32,
    /// Keyword-only parameters.
    pub n_kwonly_args: u32,
    /// Positional parameters with defaults.
    pub n_def_pos_args: u32,
}

impl Signature {
    /// Decodes a signature, returning it and the number of bytes used.
    pub fn decode(c: &mut Cursor<'_>) -> Result<Signature> {
        let start = c.offset();
        let z = c.byte("the prelude signature")?;
        let mut s = u32::from((z >> 3) & 0xf);
        let mut e = u32::from((z >> 2) & 1);
        let mut a = u32::from(z & 3);
        let (mut f, mut k, mut d) = (0u32, 0u32, 0u32);
        let mut z = z;
        let mut n = 0u32;
        while z & 0x80 != 0 {
            if n == MAX_SIG_EXTRA {
                return Err(Error::invalid(
                    start,
                    "a prelude signature of at most 13 bytes",
                ));
            }
            z = c.byte("the prelude signature")?;
            let z32 = u32::from(z);
            s |= (z32 & 0x30) << (2 * n);
            e |= (z32 & 0x02) << n;
            f |= ((z32 & 0x40) >> 6) << n;
            a |= (z32 & 0x04) << n;
            k |= ((z32 & 0x08) >> 3) << n;
            d |= (z32 & 0x01) << n;
            n += 1;
        }
        // MicroPython stores 4 flag bits here and CircuitPython 5 (its extra ASYNC flag).
        if f > 0xff {
            return Err(Error::invalid(start, "scope flags that fit in a byte"));
        }
        let n_state = s.checked_add(1).ok_or(Error::invalid(
            start,
            "a prelude signature with a 32-bit n_state",
        ))?;
        Ok(Signature {
            n_state,
            n_exc_stack: e,
            scope_flags: f as u8,
            n_pos_args: a,
            n_kwonly_args: k,
            n_def_pos_args: d,
        })
    }

    /// Encodes the signature into `out`, returning the number of bytes written (at most 16).
    pub fn encode(&self, out: &mut [u8; 16]) -> usize {
        let mut s = self.n_state.saturating_sub(1);
        let mut e = self.n_exc_stack;
        let mut f = u32::from(self.scope_flags);
        let mut a = self.n_pos_args;
        let mut k = self.n_kwonly_args;
        let mut d = self.n_def_pos_args;
        out[0] = (((s & 0xf) << 3) | ((e & 1) << 2) | (a & 3)) as u8;
        s >>= 4;
        e >>= 1;
        a >>= 2;
        let mut n = 1;
        while (s | e | f | a | k | d) != 0 && n < out.len() {
            out[n - 1] |= 0x80;
            out[n] = (((f & 1) << 6)
                | ((s & 3) << 4)
                | ((k & 1) << 3)
                | ((a & 1) << 2)
                | ((e & 1) << 1)
                | (d & 1)) as u8;
            s >>= 2;
            e >>= 1;
            f >>= 1;
            a >>= 1;
            k >>= 1;
            d >>= 1;
            n += 1;
        }
        n
    }
}

/// The decoded size info: lengths of the source-info and cell sections.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SizeInfo {
    /// Bytes of source info (name, argument names and line table).
    pub n_info: u32,
    /// Number of cell variables (one byte each).
    pub n_cell: u32,
}

impl SizeInfo {
    /// Decodes the size info.
    pub fn decode(c: &mut Cursor<'_>) -> Result<SizeInfo> {
        let start = c.offset();
        let z = c.byte("the prelude size info")?;
        let mut i = u32::from((z >> 1) & 0x3f);
        let mut cell = u32::from(z & 1);
        let mut z = z;
        let mut n = 0u32;
        while z & 0x80 != 0 {
            if n == MAX_SIZE_EXTRA {
                return Err(Error::invalid(
                    start,
                    "a prelude size info of at most 6 bytes",
                ));
            }
            z = c.byte("the prelude size info")?;
            let z32 = u32::from(z);
            i |= ((z32 >> 1) & 0x3f) << (6 + 6 * n);
            cell |= (z32 & 1) << (1 + n);
            n += 1;
        }
        Ok(SizeInfo {
            n_info: i,
            n_cell: cell,
        })
    }

    /// Encodes into `out`, returning the number of bytes written (at most 8).
    pub fn encode(&self, out: &mut [u8; 8]) -> usize {
        let mut i = self.n_info;
        let mut c = self.n_cell;
        out[0] = (((i & 0x3f) << 1) | (c & 1)) as u8;
        i >>= 6;
        c >>= 1;
        let mut n = 1;
        while (i | c) != 0 && n < out.len() {
            out[n - 1] |= 0x80;
            out[n] = (((i & 0x3f) << 1) | (c & 1)) as u8;
            i >>= 6;
            c >>= 1;
            n += 1;
        }
        n
    }
}

/// A parsed prelude, borrowing the function's bytes.
#[derive(Clone, Copy, Debug)]
pub struct Prelude<'a> {
    /// The signature.
    pub sig: Signature,
    /// The size info.
    pub size: SizeInfo,
    /// Qstr-table index of the function's name.
    pub simple_name: u32,
    /// The argument-name vuints (`n_pos_args + n_kwonly_args` of them).
    pub arg_names: &'a [u8],
    /// Absolute offset of `arg_names`.
    pub arg_names_offset: usize,
    /// The line-number table.
    pub line_table: &'a [u8],
    /// Absolute offset of `line_table`.
    pub line_table_offset: usize,
    /// One local index per cell variable.
    pub cells: &'a [u8],
    /// Bytes from the start of the prelude to the end of the cells.
    pub len: usize,
}

impl<'a> Prelude<'a> {
    /// Parses a prelude from the start of `data` (absolute offset `base`), checking that every
    /// qstr index is below `n_qstr`.
    pub fn parse(data: &'a [u8], base: usize, n_qstr: u32) -> Result<Prelude<'a>> {
        let mut c = Cursor::new(data, base);
        let sig = Signature::decode(&mut c)?;
        let size = SizeInfo::decode(&mut c)?;
        let info_at = c.offset();
        let info = c.bytes(size.n_info as usize, "the prelude source info")?;
        let mut ic = Cursor::new(info, info_at);
        let simple_name = qstr_index(&mut ic, n_qstr, "the function name")?;
        let args_at = ic.pos();
        let n_args = u64::from(sig.n_pos_args) + u64::from(sig.n_kwonly_args);
        if n_args > info.len() as u64 {
            return Err(Error::truncated(info_at + info.len(), "the argument names"));
        }
        for _ in 0..n_args {
            qstr_index(&mut ic, n_qstr, "an argument name")?;
        }
        let arg_names = &info[args_at..ic.pos()];
        let line_table_offset = ic.offset();
        let line_table = ic.remaining();
        let cells = c.bytes(size.n_cell as usize, "the cell list")?;
        Ok(Prelude {
            sig,
            size,
            simple_name,
            arg_names,
            arg_names_offset: info_at + args_at,
            line_table,
            line_table_offset,
            cells,
            len: c.pos(),
        })
    }

    /// Iterates the argument names as qstr-table indices.
    pub fn arg_name_indices(&self) -> impl Iterator<Item = u32> + 'a {
        let mut c = Cursor::new(self.arg_names, self.arg_names_offset);
        core::iter::from_fn(move || if c.is_empty() { None } else { c.vuint("").ok() })
    }

    /// Iterates the line-number table.
    pub fn lines(&self) -> LineTable<'a> {
        LineTable::new(self.line_table, self.line_table_offset)
    }
}

fn qstr_index(c: &mut Cursor<'_>, n_qstr: u32, what: &'static str) -> Result<u32> {
    let at = c.offset();
    let q = c.vuint(what)?;
    if q >= n_qstr {
        return Err(Error::new(
            at,
            crate::ErrorKind::IndexOutOfRange {
                table: "qstr",
                index: q,
                len: n_qstr,
            },
        ));
    }
    Ok(q)
}

/// One row of the line-number table: from `offset` on, code belongs to source line `line`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineEntry {
    /// Bytecode offset where the line starts.
    pub offset: u32,
    /// 1-based source line.
    pub line: u32,
}

/// Iterator over a line-number table. Each item accumulates one encoded (bytes, lines) delta
/// onto the state, which starts at offset 0, line 1.
#[derive(Clone, Debug)]
pub struct LineTable<'a> {
    c: Cursor<'a>,
    offset: u32,
    line: u32,
    failed: bool,
}

impl<'a> LineTable<'a> {
    /// Iterates the table `data` found at absolute offset `base`.
    pub fn new(data: &'a [u8], base: usize) -> Self {
        LineTable {
            c: Cursor::new(data, base),
            offset: 0,
            line: 1,
            failed: false,
        }
    }
}

impl Iterator for LineTable<'_> {
    type Item = Result<LineEntry>;
    fn next(&mut self) -> Option<Result<LineEntry>> {
        if self.failed || self.c.is_empty() {
            return None;
        }
        let b0 = self.c.byte("the line table").ok()?;
        let (b, l) = if b0 & 0x80 == 0 {
            (u32::from(b0 & 0x1f), u32::from(b0 >> 5))
        } else {
            match self.c.byte("a two-byte line-table entry") {
                Ok(b1) => (
                    u32::from(b0 & 0x0f),
                    (u32::from(b0 & 0x70) << 4) | u32::from(b1),
                ),
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        };
        self.offset = self.offset.saturating_add(b);
        self.line = self.line.saturating_add(l);
        Some(Ok(LineEntry {
            offset: self.offset,
            line: self.line,
        }))
    }
}

/// Appends the line-table encoding of one (bytecode delta, line delta) step, splitting it into
/// as many entries as the ranges of the two forms need.
#[cfg(feature = "alloc")]
pub fn push_line_delta(out: &mut alloc::vec::Vec<u8>, mut b: u32, mut l: u32) {
    while b > 0 || l > 0 {
        if l <= 6 || b > 15 {
            let bb = b.min(31);
            let ll = if bb < b { 0 } else { l.min(3) };
            out.push((bb | (ll << 5)) as u8);
            b -= bb;
            l -= ll;
        } else {
            let bb = b.min(15);
            let ll = l.min(2047);
            out.push((0x80 | bb | ((ll >> 4) & 0x70)) as u8);
            out.push((ll & 0xff) as u8);
            b -= bb;
            l -= ll;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_example_from_the_format() {
        let bytes = [0xba, 0x89, 0xc0, 0x40];
        let sig = Signature::decode(&mut Cursor::new(&bytes, 0)).unwrap();
        assert_eq!(
            sig,
            Signature {
                n_state: 8,
                n_exc_stack: 0,
                scope_flags: 6,
                n_pos_args: 2,
                n_kwonly_args: 1,
                n_def_pos_args: 1
            }
        );
        let mut out = [0; 16];
        let n = sig.encode(&mut out);
        assert_eq!(&out[..n], &bytes);
    }

    #[test]
    fn signature_round_trips() {
        for n_state in [1, 2, 16, 17, 100, 1000, 70000] {
            for a in [0, 1, 3, 4, 9, 300] {
                for (e, f, k, d) in [(0, 0, 0, 0), (1, 1, 2, 1), (5, 15, 7, 3)] {
                    let sig = Signature {
                        n_state,
                        n_exc_stack: e,
                        scope_flags: f,
                        n_pos_args: a,
                        n_kwonly_args: k,
                        n_def_pos_args: d,
                    };
                    let mut out = [0; 16];
                    let n = sig.encode(&mut out);
                    let mut c = Cursor::new(&out[..n], 0);
                    assert_eq!(Signature::decode(&mut c).unwrap(), sig);
                    assert!(c.is_empty());
                }
            }
        }
    }

    #[test]
    fn size_round_trips() {
        for n_info in [0, 5, 63, 64, 4000, 1 << 20] {
            for n_cell in [0, 1, 2, 3, 40] {
                let s = SizeInfo { n_info, n_cell };
                let mut out = [0; 8];
                let n = s.encode(&mut out);
                let mut c = Cursor::new(&out[..n], 0);
                assert_eq!(SizeInfo::decode(&mut c).unwrap(), s);
            }
        }
    }

    #[test]
    fn line_deltas_from_the_format() {
        let cases: [(u32, u32, &[u8]); 5] = [
            (3, 6, &[0x63, 0x60]),
            (3, 7, &[0x83, 0x07]),
            (61, 10, &[0x1f, 0x7e, 0x80, 0x07]),
            (3, 300, &[0x93, 0x2c]),
            (3, 3000, &[0xf3, 0xff, 0xb0, 0xb9]),
        ];
        for (b, l, bytes) in cases {
            let mut out = alloc::vec::Vec::new();
            push_line_delta(&mut out, b, l);
            assert_eq!(out, bytes, "{b} bytes, {l} lines");
            let last = LineTable::new(&out, 0).last().unwrap().unwrap();
            assert_eq!(
                last,
                LineEntry {
                    offset: b,
                    line: 1 + l
                }
            );
        }
    }
}
