//! Golden `.mpy` files from the reference compiler (`tests/data/mpy/*.mpy`, made by
//! `scripts/bless-mpy-goldens`): each must parse, round-trip byte for byte, and disassemble to
//! its blessed listing (`*.dis`; `FROST_BLESS=1` rewrites them).

use frost_tests::{check_expectation, files_with_ext, repo_root, round_trip_problem};

#[test]
fn golden_files_round_trip_and_match_their_listings() {
    let dir = repo_root().join("tests/data/mpy");
    let files = files_with_ext(&dir, ".mpy");
    assert!(
        files.len() >= 20,
        "expected the golden set in {}, found {} files",
        dir.display(),
        files.len()
    );
    let mut problems = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        if let Some(p) = round_trip_problem(&bytes) {
            problems.push(format!("{}: {p}", f.display()));
            continue;
        }
        let m = frost_formats::Mpy::parse(&bytes).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let listing = frost_cli::dis::listing(&name, &m, true);
        let mut text = String::new();
        frost_cli::dis::render_text(&listing, &mut text);
        if let Some(p) = check_expectation(&f.with_extension("dis"), &text) {
            problems.push(p);
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} golden files failed:\n{}",
        problems.len(),
        files.len(),
        problems.join("\n")
    );
}

#[test]
fn goldens_cover_every_opcode_and_constant_kind() {
    use frost_formats::Const;
    use frost_formats::opcode::{self, OPCODES};
    let dir = repo_root().join("tests/data/mpy");
    let mut seen = [false; 256];
    let mut kinds = std::collections::BTreeSet::new();
    let mut code_kinds = std::collections::BTreeSet::new();
    for f in files_with_ext(&dir, ".mpy") {
        let bytes = std::fs::read(&f).unwrap();
        let m = frost_formats::Mpy::parse(&bytes).unwrap();
        fn walk(c: &Const<'_>, kinds: &mut std::collections::BTreeSet<&'static str>) {
            let k = match c {
                Const::FunTable => "fun_table",
                Const::None => "none",
                Const::False => "false",
                Const::True => "true",
                Const::Ellipsis => "ellipsis",
                Const::Str(_) => "str",
                Const::Bytes(_) => "bytes",
                Const::Int(_) => "int",
                Const::Float(_) => "float",
                Const::Complex(_) => "complex",
                Const::Tuple(t) => {
                    for i in t.iter() {
                        walk(&i, kinds);
                    }
                    "tuple"
                }
            };
            kinds.insert(k);
        }
        for (_, c) in m.consts.iter() {
            walk(&c, &mut kinds);
        }
        let mut stack = vec![m.root()];
        while let Some(rc) = stack.pop() {
            code_kinds.insert(rc.kind.name());
            if let Some((code, _)) = rc.bytecode() {
                for i in opcode::Instrs::new(code, 0) {
                    seen[i.unwrap().opcode as usize] = true;
                }
            }
            stack.extend(rc.children());
        }
    }
    // Every single-byte opcode, and both ends of each ranged opcode.
    let missing: Vec<String> = (0..256usize)
        .filter(|&b| OPCODES[b].is_some())
        .filter(|&b| {
            let base = opcode::base_opcode(b as u8) as usize;
            let is_end =
                base == b || b == 255 || opcode::name(b as u8 + 1) != opcode::name(b as u8);
            is_end && !seen[b]
        })
        .map(|b| format!("{b:#04x} {}", opcode::name(b as u8).unwrap_or("?")))
        .collect();
    assert!(
        missing.is_empty(),
        "opcodes no golden file uses: {missing:?}"
    );
    let all_kinds = [
        "fun_table",
        "none",
        "false",
        "true",
        "ellipsis",
        "str",
        "bytes",
        "int",
        "float",
        "complex",
        "tuple",
    ];
    let missing: Vec<_> = all_kinds.iter().filter(|k| !kinds.contains(*k)).collect();
    assert!(
        missing.is_empty(),
        "constant kinds no golden file uses: {missing:?}"
    );
    for k in ["bytecode", "native", "viper"] {
        assert!(code_kinds.contains(k), "no golden file has a {k} raw code");
    }
}

#[test]
fn circuitpython_goldens_round_trip() {
    let files = files_with_ext(&repo_root().join("tests/data/circuitpython"), ".mpy");
    assert!(
        files.len() >= 20,
        "expected the CircuitPython golden set, found {}",
        files.len()
    );
    let mut problems = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        match frost_formats::Mpy::parse(&bytes) {
            Ok(m) if m.header.flavour != frost_formats::Flavour::CircuitPython => {
                problems.push(format!("{}: not read as CircuitPython", f.display()))
            }
            Ok(_) => {
                if let Some(p) = round_trip_problem(&bytes) {
                    problems.push(format!("{}: {p}", f.display()));
                }
            }
            Err(e) => problems.push(format!("{}: {e}", f.display())),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
