//! `frost inspect`: one line per file saying what it is and what loads it.
//!
//! Files of other `.mpy` versions or of the other flavour are described from their header,
//! with the releases that load them, instead of the bare "incompatible .mpy file" a device
//! prints.

use frost_formats::header::RawHeader;
use frost_formats::history::{self, RELEASES, Release};
use frost_formats::{Arch, CodeKind, Flavour, Mpy};

/// The releases that load a file with `header`, as readable ranges grouped by runtime, e.g.
/// "MicroPython 1.23.0 and later". Adjacent ranges of one runtime are merged.
pub fn loaded_by(header: [u8; 4]) -> Vec<String> {
    let matching: Vec<&'static Release> = history::loaders_of_header(header).collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < matching.len() {
        let first = matching[i];
        let mut last = first;
        let mut idx = index_of(first);
        while i + 1 < matching.len()
            && index_of(matching[i + 1]) == idx + 1
            && matching[i + 1].flavour == first.flavour
        {
            i += 1;
            idx += 1;
            last = matching[i];
        }
        out.push(match last.last {
            None => format!("{} {} and later", first.flavour, first.first),
            Some(end) if end == first.first => format!("{} {}", first.flavour, end),
            Some(end) => format!("{} {}–{}", first.flavour, first.first, end),
        });
        i += 1;
    }
    out
}

fn index_of(r: &Release) -> usize {
    RELEASES
        .iter()
        .position(|x| core::ptr::eq(x, r))
        .unwrap_or(usize::MAX - 1)
}

/// `v5`, `v6.3`; a v6 bytecode-only file (sub-version 0, which every v6 loader ignores for
/// bytecode) is just `v6`.
fn version_text(version: u8, sub: u8) -> String {
    match (version, sub) {
        (6.., 0) | (..6, _) => format!("v{version}"),
        _ => format!("v{version}.{sub}"),
    }
}

/// Describes one file; `Err` for files that are not (valid) `.mpy` files.
pub fn describe(path: &str, bytes: &[u8]) -> Result<String, String> {
    let raw = RawHeader::parse(bytes).map_err(|e| format!("{path}: not a .mpy file: {e}"))?;
    let Some(flavour) = raw.flavour() else {
        return Err(format!(
            "{path}: not a .mpy file (it starts with 0x{:02x}; .mpy files start with 'M' or 'C')",
            raw.magic
        ));
    };
    let header = [raw.magic, raw.version, raw.features, raw.byte3];
    let loaders = loaded_by(header);
    let loads = if loaders.is_empty() {
        "no released runtime loads it".to_string()
    } else {
        format!("loaded by {}", loaders.join(", "))
    };
    if raw.version != frost_formats::header::MPY_VERSION {
        let sub = if raw.version >= 6 {
            raw.features & 3
        } else {
            0
        };
        let (cur_v, cur_s) = history::current(flavour);
        return Ok(format!(
            "{path}: mpy {} ({flavour}), {} bytes; {loads}. frost reads mpy {} only, the version current releases write; recompile the source with `frost compile`{}",
            version_text(raw.version, sub),
            bytes.len(),
            version_text(cur_v, cur_s),
            if flavour == Flavour::CircuitPython {
                " --flavour circuitpython"
            } else {
                ""
            }
        ));
    }
    let m = Mpy::parse(bytes).map_err(|e| {
        format!(
            "{path}: malformed mpy {} file: {e}",
            version_text(raw.version, raw.features & 3)
        )
    })?;
    let h = m.header;
    let mut counts = [0usize; 4];
    let mut code_bytes = 0usize;
    let mut wrapped = 0usize;
    let mut stack = vec![m.root()];
    while let Some(rc) = stack.pop() {
        counts[rc.kind as usize] += 1;
        wrapped += usize::from(rc.prelude_offset_wrapped);
        code_bytes += rc.fun_data.len();
        stack.extend(rc.children());
    }
    let n_funcs: usize = counts.iter().sum();
    let mut kinds = Vec::new();
    for (k, n) in [
        CodeKind::Bytecode,
        CodeKind::Native,
        CodeKind::Viper,
        CodeKind::Asm,
    ]
    .iter()
    .zip(counts)
    {
        if n > 0 {
            kinds.push(format!("{n} {}", k.name()));
        }
    }
    let code = if h.arch == Arch::None {
        "bytecode".to_string()
    } else {
        let flags = h
            .arch_flags
            .map(|f| format!(" (arch flags {f:#x})"))
            .unwrap_or_default();
        format!("native code for {}{flags}", h.arch)
    };
    let ints = if h.small_int_bits > 31 {
        format!(
            ", needs {}-bit small ints (a 64-bit port)",
            h.small_int_bits
        )
    } else if h.small_int_bits < 31 {
        format!(", small ints limited to {} bits", h.small_int_bits)
    } else {
        String::new()
    };
    let arch_note = if h.arch == Arch::None {
        String::new()
    } else {
        format!(" on {} ports", h.arch)
    };
    let warning = if wrapped > 0 {
        format!(
            "; WARNING: {wrapped} native function{} of 64 KiB or more, whose prelude offset mpy-cross truncated to 16 bits: MicroPython will not run {} correctly",
            if wrapped == 1 { "" } else { "s" },
            if wrapped == 1 { "it" } else { "them" }
        )
    } else {
        String::new()
    };
    let plural = |n: u32| if n == 1 { "" } else { "s" };
    Ok(format!(
        "{path}: mpy {} ({}), {code}{ints}; {loads}{arch_note}; {} bytes: {} qstr{} ({} B), {} constant{} ({} B), {} raw code{} ({}) with {} B of code{warning}",
        version_text(h.version, h.sub_version),
        h.flavour,
        bytes.len(),
        m.qstrs.len(),
        plural(m.qstrs.len()),
        m.qstrs.byte_len(),
        m.consts.len(),
        plural(m.consts.len()),
        m.consts.byte_len(),
        n_funcs,
        if n_funcs == 1 { "" } else { "s" },
        kinds.join(", "),
        code_bytes
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_read_naturally() {
        assert_eq!(loaded_by(*b"M\x06\x00\x1f"), ["MicroPython 1.19 and later"]);
        assert_eq!(
            loaded_by(*b"M\x06\x0b\x1f"),
            ["MicroPython 1.23.0 and later"]
        );
        assert_eq!(
            loaded_by(*b"C\x06\x00\x1f"),
            ["CircuitPython 9.0.0 and later"]
        );
        assert_eq!(loaded_by(*b"M\x05\x00\x1f"), ["MicroPython 1.12–1.18"]);
    }

    #[test]
    fn other_versions_are_described_not_parsed() {
        let d = describe("old.mpy", b"M\x05\x00\x1f\x00").unwrap();
        assert!(
            d.contains("mpy v5 (MicroPython)") && d.contains("1.12–1.18"),
            "{d}"
        );
        let e = describe("x.bin", b"\x7fELF").unwrap_err();
        assert!(e.contains("not a .mpy file"), "{e}");
        let e = describe("short.mpy", b"M\x06").unwrap_err();
        assert!(e.contains("not a .mpy file"), "{e}");
    }
}
