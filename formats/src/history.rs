//! Which MicroPython and CircuitPython releases load which `.mpy` format version.
//!
//! Built from the release tags of the two projects (`py/persistentcode.h`, and before that
//! `py/persistentcode.c` / `py/emitglue.c`, at each tag), and from the table in MicroPython's
//! `docs/reference/mpyfiles.rst`. Lets a tool say "this file is mpy v6.3 (MicroPython); it is
//! loaded by MicroPython 1.23.0 and later".
//!
//! # The header, by era
//!
//! Every `.mpy` starts `magic, version, features, small_int_bits`:
//!
//! * **Magic.** MicroPython always writes `M`. CircuitPython wrote `M` too, up to and
//!   including 6.3.0; since 7.0.0 it writes and requires `C` (commit `ef3ec93c8b`, "Change the
//!   first byte of CircuitPython 'mpy' files to "C"", first in 7.0.0-alpha.2). So a file with
//!   magic `M` and version 0, 2 or 3 may also be loaded by old CircuitPython releases; see
//!   [`Release::magic`] and [`loaders_of_header`].
//! * **Version 0** (MicroPython 1.5.1–1.8.7) was not bumped when the bytecode changed, so two
//!   v0 files are not necessarily interchangeable; 1.5.1 and 1.5.2 even wrote a 3-byte header
//!   (no small-int byte).
//! * **Versions 2–5: feature flags.** Byte 2 bit 0 was `MICROPY_OPT_CACHE_MAP_LOOKUP_IN_BYTECODE`
//!   and bit 1 `MICROPY_PY_BUILTINS_STR_UNICODE`; a loader required them to equal its own build
//!   configuration, so whether a given firmware loads a given v2–v5 file also depends on how
//!   both were built. From version 4 (MicroPython 1.11) bits 2–7 hold the native architecture.
//!   There is no sub-version before v6: the tables here record sub-version 0 and ignore byte 2.
//! * **Version 6: sub-version.** MicroPython 1.19 reused bits 0–1 (now always 0); from 1.20.0
//!   they are `MPY_SUB_VERSION`, which versions the *native* ABI only. mpy-cross writes 0 there
//!   for bytecode-only files, and a 6.x loader ignores the field unless the file holds native
//!   code, in which case it must match exactly. (The 1.19 loader still compares the two bits with
//!   0, so it only takes bytecode files whose sub-version field is 0, as mpy-cross writes them.)
//! * **Architecture flags.** Since MicroPython 1.27.0 (commit `a6bc1ccbe5`) bit 6 of byte 2
//!   (`MPY_FEATURE_ARCH_FLAGS`, 0x40) says an arch-flags vuint follows the header. Older
//!   loaders read that bit as part of the architecture number and reject the file. CircuitPython
//!   took this change in 10.2.0.
//!
//! CircuitPython's own `.mpy` format also differs from MicroPython's in ways no header field
//! records (the scope-flag layout, and how `await` is compiled); this module only tracks
//! which release loads which header.

use crate::header::Flavour;

/// A range of releases of one runtime that load one `.mpy` version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Release {
    /// Which runtime family the releases belong to ([`Flavour::MicroPython`] or
    /// [`Flavour::CircuitPython`]). This is the runtime, not the magic byte: CircuitPython
    /// releases before 7.0.0 used magic `M` (see [`Release::magic`]).
    pub flavour: Flavour,
    /// Major `.mpy` version (header byte 1).
    pub mpy_version: u8,
    /// Sub-version (`MPY_SUB_VERSION`, .mpy v6 from MicroPython 1.20.0 on); 0 where the format
    /// had none.
    pub mpy_sub_version: u8,
    /// First release of the range, as tagged without the leading `v` (e.g. `"1.23.0"`).
    pub first: &'static str,
    /// Last release of the range; `None` while the range is still current.
    pub last: Option<&'static str>,
}

/// Every release range, grouped by flavour and sorted oldest first within each flavour.
///
/// Only final releases are listed (no alphas, betas or release candidates).
pub static RELEASES: &[Release] = &[
    // ---- MicroPython (magic 'M' throughout) ----
    // Initial version 0: persistent bytecode added in d8c834c95d, first tagged v1.5.1 (3-byte
    // header); v1.6 added the small-int-bits byte, still version 0, up to v1.8.7.
    mp(0, 0, "1.5.1", Some("1.8.7")),
    // MPY_VERSION (2) in py/persistentcode.c at v1.9..v1.9.2 (version 1 = 6a11048af1 was never
    // released; dd11af209d bumped to 2 before v1.9).
    mp(2, 0, "1.9", Some("1.9.2")),
    // MPY_VERSION (3) at v1.9.3..v1.10 (ff93fd4f50).
    mp(3, 0, "1.9.3", Some("1.10")),
    // MPY_VERSION 4 at v1.11 (9a5f92ea72): native code, arch in feature bits 2-7, qstr window.
    mp(4, 0, "1.11", Some("1.11")),
    // MPY_VERSION 5 at v1.12..v1.18 (5716c5cf65: opcodes added and renumbered).
    mp(5, 0, "1.12", Some("1.18")),
    // MPY_VERSION 6 introduced in v1.19 (f2040bfc7e); no MPY_SUB_VERSION yet (flags bits = 0).
    mp(6, 0, "1.19", Some("1.19.1")),
    // MPY_SUB_VERSION 1 at v1.20.0..v1.21.0 (d94141e147 introduced the sub-version).
    mp(6, 1, "1.20.0", Some("1.21.0")),
    // MPY_SUB_VERSION 2 at v1.22.0..v1.22.2 (6967ff3c58).
    mp(6, 2, "1.22.0", Some("1.22.2")),
    // MPY_SUB_VERSION 3 from v1.23.0 (bdbc869f9e); no arch-flags support before v1.27.0.
    mp(6, 3, "1.23.0", Some("1.26.1")),
    // MPY_SUB_VERSION 3 still at v1.28.0 (and 1.29 preview); MPY_FEATURE_ARCH_FLAGS (0x40)
    // read since v1.27.0 (a6bc1ccbe5).
    mp(6, 3, "1.27.0", None),
    // ---- CircuitPython ----
    // 0.8.0..1.0.0 write header {'M', 0, ...} in py/persistentcode.c (pre-MPY_VERSION code).
    cp(0, 0, "0.8.0", Some("1.0.0")),
    // MPY_VERSION (2), magic 'M', at 2.0.0..2.3.1.
    cp(2, 0, "2.0.0", Some("2.3.1")),
    // MPY_VERSION (3), magic 'M', at 3.0.0..6.3.0.
    cp(3, 0, "3.0.0", Some("6.3.0")),
    // MPY_VERSION 5, magic 'C' (ef3ec93c8b), at 7.0.0..8.2.10.
    cp(5, 0, "7.0.0", Some("8.2.10")),
    // MPY_VERSION 6, MPY_SUB_VERSION 1, magic 'C', at 9.0.0..9.1.4 (MicroPython 1.21 base).
    cp(6, 1, "9.0.0", Some("9.1.4")),
    // MPY_SUB_VERSION 3 from 9.2.0 (MicroPython 1.23 base); no arch flags before 10.2.0.
    cp(6, 3, "9.2.0", Some("10.1.4")),
    // MPY_SUB_VERSION 3 still at 10.2.1 / 10.3.0-alpha.4; MPY_FEATURE_ARCH_FLAGS since 10.2.0
    // (MicroPython 1.27 base).
    cp(6, 3, "10.2.0", None),
];

/// First MicroPython release that reads the arch-flags bit (0x40) of header byte 2.
const MICROPYTHON_ARCH_FLAGS_SINCE: &str = "1.27.0";
/// First CircuitPython release that reads the arch-flags bit (0x40) of header byte 2.
const CIRCUITPYTHON_ARCH_FLAGS_SINCE: &str = "10.2.0";
/// First CircuitPython release that writes and requires magic `C`.
const CIRCUITPYTHON_MAGIC_C_SINCE: &str = "7.0.0";
/// Feature-byte bit: an arch-flags vuint follows the header (`MPY_FEATURE_ARCH_FLAGS`).
const FEATURE_ARCH_FLAGS: u8 = 0x40;

const fn mp(v: u8, s: u8, first: &'static str, last: Option<&'static str>) -> Release {
    Release {
        flavour: Flavour::MicroPython,
        mpy_version: v,
        mpy_sub_version: s,
        first,
        last,
    }
}

const fn cp(v: u8, s: u8, first: &'static str, last: Option<&'static str>) -> Release {
    Release {
        flavour: Flavour::CircuitPython,
        mpy_version: v,
        mpy_sub_version: s,
        first,
        last,
    }
}

impl Release {
    /// The magic byte (header byte 0) these releases write and require: `M` for MicroPython,
    /// and for CircuitPython before 7.0.0; `C` for CircuitPython 7.0.0 and later.
    pub fn magic(&self) -> u8 {
        match self.flavour {
            Flavour::MicroPython => b'M',
            Flavour::CircuitPython => {
                if version_ge(self.first, CIRCUITPYTHON_MAGIC_C_SINCE) {
                    b'C'
                } else {
                    b'M'
                }
            }
        }
    }

    /// Whether these releases understand the arch-flags bit (0x40) of header byte 2, i.e. load
    /// files that carry an arch-flags vuint (MicroPython 1.27.0+, CircuitPython 10.2.0+).
    pub fn reads_arch_flags(&self) -> bool {
        let since = match self.flavour {
            Flavour::MicroPython => MICROPYTHON_ARCH_FLAGS_SINCE,
            Flavour::CircuitPython => CIRCUITPYTHON_ARCH_FLAGS_SINCE,
        };
        self.mpy_version == 6 && version_ge(self.first, since)
    }

    /// Whether these releases accept a file with this version, sub-version and content,
    /// ignoring the magic byte (check [`Release::magic`] for that), the small-int width and
    /// the native architecture.
    ///
    /// For version 6: bytecode-only files load whatever this range's sub-version, except that
    /// the 6.0 loader (MicroPython 1.19) wants the field to be 0, as mpy-cross writes it;
    /// native files need `mpy_sub_version` to match exactly. Files with arch flags need
    /// [`Release::reads_arch_flags`]. Before version 6 only the version is compared (byte 2
    /// then held build-configuration flags that cannot be judged from a table).
    pub fn loads(
        &self,
        mpy_version: u8,
        mpy_sub_version: u8,
        has_native: bool,
        has_arch_flags: bool,
    ) -> bool {
        if self.mpy_version != mpy_version {
            return false;
        }
        if mpy_version < 6 {
            return true;
        }
        if has_arch_flags && !self.reads_arch_flags() {
            return false;
        }
        if has_native || self.mpy_sub_version == 0 {
            mpy_sub_version == self.mpy_sub_version
        } else {
            true
        }
    }
}

/// Release ranges of `flavour` that load files of this version and sub-version.
///
/// `has_native` says whether the file holds native code (a non-zero architecture in header
/// byte 2). For MicroPython and CircuitPython `.mpy` v6 a bytecode-only file (sub-version
/// written as 0) is loaded by every v6 range, while a native file is loaded only by ranges with
/// exactly its sub-version. Before v6 there was no sub-version: pass 0. Files carrying arch
/// flags (header byte 2 bit 6) are further limited to ranges where
/// [`Release::reads_arch_flags`] holds; [`loaders_of_header`] applies that too.
///
/// The magic byte is not checked: `loaders(Flavour::CircuitPython, 3, 0, false)` lists the
/// CircuitPython 3.0.0–6.3.0 range, whose files had magic `M`.
pub fn loaders(
    flavour: Flavour,
    mpy_version: u8,
    mpy_sub_version: u8,
    has_native: bool,
) -> impl Iterator<Item = &'static Release> {
    RELEASES.iter().filter(move |r| {
        r.flavour == flavour && r.loads(mpy_version, mpy_sub_version, has_native, false)
    })
}

/// Release ranges, of any flavour, whose loader accepts a file starting with these four header
/// bytes (magic, version, features, small-int bits).
///
/// Takes the magic into account (an `M` file may be loaded by CircuitPython before 7.0.0) and,
/// for version 6, decodes the sub-version, native architecture and arch-flags bit from byte 2
/// as MicroPython does. The small-int width and whether the target's architecture matches are
/// not checked.
pub fn loaders_of_header(header: [u8; 4]) -> impl Iterator<Item = &'static Release> {
    let [magic, version, features, _] = header;
    let sub = features & 3;
    // MPY_FEATURE_DECODE_ARCH(feat) is (((feat) >> 2) & 0x2F) since 1.27.0.
    let has_native = (features >> 2) & 0x2F != 0;
    let has_arch_flags = features & FEATURE_ARCH_FLAGS != 0;
    RELEASES
        .iter()
        .filter(move |r| r.magic() == magic && r.loads(version, sub, has_native, has_arch_flags))
}

/// The newest `.mpy` version and sub-version `flavour` writes today (both write v6.3).
pub fn current(flavour: Flavour) -> (u8, u8) {
    RELEASES
        .iter()
        .rev()
        .find(|r| r.flavour == flavour && r.last.is_none())
        .map(|r| (r.mpy_version, r.mpy_sub_version))
        .unwrap_or((0, 0))
}

/// Parse `"1.23.0"` / `"1.9"` into `[major, minor, micro]`; missing parts are 0.
const fn parse_version(s: &str) -> [u16; 3] {
    let b = s.as_bytes();
    let mut out = [0u16; 3];
    let mut part = 0;
    let mut i = 0;
    while i < b.len() && part < 3 {
        let c = b[i];
        if c == b'.' {
            part += 1;
        } else if c.is_ascii_digit() {
            out[part] = out[part] * 10 + (c - b'0') as u16;
        }
        i += 1;
    }
    out
}

/// `a >= b` as release numbers.
const fn version_ge(a: &str, b: &str) -> bool {
    let a = parse_version(a);
    let b = parse_version(b);
    let mut i = 0;
    while i < 3 {
        if a[i] != b[i] {
            return a[i] > b[i];
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn firsts(it: impl Iterator<Item = &'static Release>) -> ([&'static str; 8], usize) {
        let mut out = [""; 8];
        let mut n = 0;
        for r in it {
            out[n] = r.first;
            n += 1;
        }
        (out, n)
    }

    #[test]
    fn mpy_cross_1_29_native_loaded_by_1_23_on() {
        let (f, n) = firsts(loaders(Flavour::MicroPython, 6, 3, true));
        assert_eq!(&f[..n], &["1.23.0", "1.27.0"]);
        assert!(loaders(Flavour::MicroPython, 6, 3, true).any(|r| r.last.is_none()));
        // Not by 1.22.x or older.
        assert!(loaders(Flavour::MicroPython, 6, 3, true).all(|r| version_ge(r.first, "1.23.0")));
    }

    #[test]
    fn bytecode_v6_loaded_by_every_v6_micropython() {
        let (f, n) = firsts(loaders(Flavour::MicroPython, 6, 0, false));
        assert_eq!(&f[..n], &["1.19", "1.20.0", "1.22.0", "1.23.0", "1.27.0"]);
        // A (non-standard) bytecode file with sub-version 3 is refused only by 1.19.
        let (f, n) = firsts(loaders(Flavour::MicroPython, 6, 3, false));
        assert_eq!(&f[..n], &["1.20.0", "1.22.0", "1.23.0", "1.27.0"]);
    }

    #[test]
    fn native_needs_exact_sub_version() {
        let (f, n) = firsts(loaders(Flavour::MicroPython, 6, 1, true));
        assert_eq!(&f[..n], &["1.20.0"]);
        let (f, n) = firsts(loaders(Flavour::MicroPython, 6, 0, true));
        assert_eq!(&f[..n], &["1.19"]);
        let (f, n) = firsts(loaders(Flavour::CircuitPython, 6, 2, true));
        assert_eq!(n, 0, "{:?}", &f[..n]);
    }

    #[test]
    fn header_lookup() {
        // mpy-cross 1.29 bytecode.
        let (f, n) = firsts(loaders_of_header(*b"M\x06\x00\x1f"));
        assert_eq!(&f[..n], &["1.19", "1.20.0", "1.22.0", "1.23.0", "1.27.0"]);
        // armv7emsp (7) native, sub 3.
        let (f, n) = firsts(loaders_of_header([b'M', 6, 3 | 7 << 2, 31]));
        assert_eq!(&f[..n], &["1.23.0", "1.27.0"]);
        // rv32imc (11) with arch flags.
        let (f, n) = firsts(loaders_of_header([b'M', 6, 0x40 | 3 | 11 << 2, 31]));
        assert_eq!(&f[..n], &["1.27.0"]);
        // CircuitPython 9.x bytecode.
        let (f, n) = firsts(loaders_of_header(*b"C\x06\x00\x1f"));
        assert_eq!(&f[..n], &["9.0.0", "9.2.0", "10.2.0"]);
        // An 'M' v3 file: MicroPython 1.9.3-1.10 and CircuitPython 3.0.0-6.3.0.
        let (f, n) = firsts(loaders_of_header(*b"M\x03\x00\x1f"));
        assert_eq!(&f[..n], &["1.9.3", "3.0.0"]);
        // A 'C' v5 file: CircuitPython 7.x/8.x only.
        let (f, n) = firsts(loaders_of_header(*b"C\x05\x00\x1f"));
        assert_eq!(&f[..n], &["7.0.0"]);
        assert_eq!(loaders_of_header(*b"X\x06\x00\x1f").count(), 0);
    }

    #[test]
    fn magic_by_era() {
        for r in RELEASES {
            let want = match r.flavour {
                Flavour::MicroPython => b'M',
                Flavour::CircuitPython if r.mpy_version >= 5 => b'C',
                Flavour::CircuitPython => b'M',
            };
            assert_eq!(r.magic(), want, "{r:?}");
        }
    }

    #[test]
    fn current_versions() {
        assert_eq!(current(Flavour::MicroPython), (6, 3));
        assert_eq!(current(Flavour::CircuitPython), (6, 3));
        assert_eq!(
            current(Flavour::MicroPython),
            (crate::header::MPY_VERSION, crate::header::MPY_SUB_VERSION)
        );
    }

    #[test]
    fn ranges_are_ordered_and_disjoint() {
        for flavour in [Flavour::MicroPython, Flavour::CircuitPython] {
            let mut prev: Option<&Release> = None;
            let mut open = 0;
            for r in RELEASES.iter().filter(|r| r.flavour == flavour) {
                if let Some(last) = r.last {
                    assert!(version_ge(last, r.first), "{r:?}");
                } else {
                    open += 1;
                }
                if let Some(p) = prev {
                    let p_last = p.last.expect("only the newest range may be open");
                    assert!(!version_ge(p_last, r.first), "{p:?} overlaps {r:?}");
                    assert!(
                        (p.mpy_version, p.mpy_sub_version) <= (r.mpy_version, r.mpy_sub_version),
                        "{p:?} then {r:?}"
                    );
                }
                prev = Some(r);
            }
            assert_eq!(open, 1, "{flavour}");
        }
    }

    #[test]
    fn version_parsing() {
        assert_eq!(parse_version("1.9"), [1, 9, 0]);
        assert_eq!(parse_version("10.2.1"), [10, 2, 1]);
        assert!(version_ge("1.10", "1.9.4"));
        assert!(!version_ge("1.9.4", "1.10"));
        assert!(version_ge("1.23.0", "1.23"));
    }
}
