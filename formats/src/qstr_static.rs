//! The static qstr table of MicroPython (mpy v6): strings that every firmware interns under
//! fixed ids, so a `.mpy` can refer to them by number instead of spelling them out.
//!
//! Entry `k` is the string with static id `k`. Id 0 is the null qstr and is never written to a
//! file. The list has not changed since MicroPython 1.19.

/// Number of entries in [`STATIC_QSTRS`], including the null entry at index 0.
pub const STATIC_QSTR_COUNT: usize = 166;

/// Static qstr strings indexed by id. Index 0 (the null qstr) is the empty placeholder.
/// (Code that only needs the bytes of one entry should use [`static_qstr`], which reads a
/// packed copy a fraction of this table's size.)
pub static STATIC_QSTRS: [&str; STATIC_QSTR_COUNT] = LIST;

const LIST: [&str; STATIC_QSTR_COUNT] = [
    "",                    // 0
    "",                    // 1
    "__dir__",             // 2
    "\n",                  // 3
    " ",                   // 4
    "*",                   // 5
    "/",                   // 6
    "<module>",            // 7
    "_",                   // 8
    "__call__",            // 9
    "__class__",           // 10
    "__delitem__",         // 11
    "__enter__",           // 12
    "__exit__",            // 13
    "__getattr__",         // 14
    "__getitem__",         // 15
    "__hash__",            // 16
    "__init__",            // 17
    "__int__",             // 18
    "__iter__",            // 19
    "__len__",             // 20
    "__main__",            // 21
    "__module__",          // 22
    "__name__",            // 23
    "__new__",             // 24
    "__next__",            // 25
    "__qualname__",        // 26
    "__repr__",            // 27
    "__setitem__",         // 28
    "__str__",             // 29
    "ArithmeticError",     // 30
    "AssertionError",      // 31
    "AttributeError",      // 32
    "BaseException",       // 33
    "EOFError",            // 34
    "Ellipsis",            // 35
    "Exception",           // 36
    "GeneratorExit",       // 37
    "ImportError",         // 38
    "IndentationError",    // 39
    "IndexError",          // 40
    "KeyError",            // 41
    "KeyboardInterrupt",   // 42
    "LookupError",         // 43
    "MemoryError",         // 44
    "NameError",           // 45
    "NoneType",            // 46
    "NotImplementedError", // 47
    "OSError",             // 48
    "OverflowError",       // 49
    "RuntimeError",        // 50
    "StopIteration",       // 51
    "SyntaxError",         // 52
    "SystemExit",          // 53
    "TypeError",           // 54
    "ValueError",          // 55
    "ZeroDivisionError",   // 56
    "abs",                 // 57
    "all",                 // 58
    "any",                 // 59
    "append",              // 60
    "args",                // 61
    "bool",                // 62
    "builtins",            // 63
    "bytearray",           // 64
    "bytecode",            // 65
    "bytes",               // 66
    "callable",            // 67
    "chr",                 // 68
    "classmethod",         // 69
    "clear",               // 70
    "close",               // 71
    "const",               // 72
    "copy",                // 73
    "count",               // 74
    "dict",                // 75
    "dir",                 // 76
    "divmod",              // 77
    "end",                 // 78
    "endswith",            // 79
    "eval",                // 80
    "exec",                // 81
    "extend",              // 82
    "find",                // 83
    "format",              // 84
    "from_bytes",          // 85
    "get",                 // 86
    "getattr",             // 87
    "globals",             // 88
    "hasattr",             // 89
    "hash",                // 90
    "id",                  // 91
    "index",               // 92
    "insert",              // 93
    "int",                 // 94
    "isalpha",             // 95
    "isdigit",             // 96
    "isinstance",          // 97
    "islower",             // 98
    "isspace",             // 99
    "issubclass",          // 100
    "isupper",             // 101
    "items",               // 102
    "iter",                // 103
    "join",                // 104
    "key",                 // 105
    "keys",                // 106
    "len",                 // 107
    "list",                // 108
    "little",              // 109
    "locals",              // 110
    "lower",               // 111
    "lstrip",              // 112
    "main",                // 113
    "map",                 // 114
    "micropython",         // 115
    "next",                // 116
    "object",              // 117
    "open",                // 118
    "ord",                 // 119
    "pop",                 // 120
    "popitem",             // 121
    "pow",                 // 122
    "print",               // 123
    "range",               // 124
    "read",                // 125
    "readinto",            // 126
    "readline",            // 127
    "remove",              // 128
    "replace",             // 129
    "repr",                // 130
    "reverse",             // 131
    "rfind",               // 132
    "rindex",              // 133
    "round",               // 134
    "rsplit",              // 135
    "rstrip",              // 136
    "self",                // 137
    "send",                // 138
    "sep",                 // 139
    "set",                 // 140
    "setattr",             // 141
    "setdefault",          // 142
    "sort",                // 143
    "sorted",              // 144
    "split",               // 145
    "start",               // 146
    "startswith",          // 147
    "staticmethod",        // 148
    "step",                // 149
    "stop",                // 150
    "str",                 // 151
    "strip",               // 152
    "sum",                 // 153
    "super",               // 154
    "throw",               // 155
    "to_bytes",            // 156
    "tuple",               // 157
    "type",                // 158
    "update",              // 159
    "upper",               // 160
    "utf-8",               // 161
    "value",               // 162
    "values",              // 163
    "write",               // 164
    "zip",                 // 165
];

const PACKED_LEN: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < STATIC_QSTR_COUNT {
        n += LIST[i].len();
        i += 1;
    }
    n
};

/// All the strings back to back, and the length of each: what [`static_qstr`] reads.
static PACKED: ([u8; PACKED_LEN], [u8; STATIC_QSTR_COUNT]) = {
    let mut bytes = [0u8; PACKED_LEN];
    let mut lens = [0u8; STATIC_QSTR_COUNT];
    let mut at = 0;
    let mut i = 0;
    while i < STATIC_QSTR_COUNT {
        let s = LIST[i].as_bytes();
        assert!(s.len() < 256);
        let mut j = 0;
        while j < s.len() {
            bytes[at] = s[j];
            at += 1;
            j += 1;
        }
        lens[i] = s.len() as u8;
        i += 1;
    }
    (bytes, lens)
};

/// The bytes of static qstr `id` (empty for the null qstr and for ids past the table). A scan
/// of the lengths before `id`: the table is read once per id when a VM starts.
pub fn static_qstr(id: usize) -> &'static [u8] {
    let (bytes, lens) = &PACKED;
    let Some(&len) = lens.get(id) else {
        return &[];
    };
    let start: usize = lens[..id].iter().map(|&l| usize::from(l)).sum();
    bytes.get(start..start + usize::from(len)).unwrap_or(&[])
}

/// Looks up the static id of `s`, if it has one. Id 0 is never returned.
pub fn static_qstr_id(s: &[u8]) -> Option<u16> {
    let (bytes, lens) = &PACKED;
    let mut start = usize::from(lens[0]);
    for (id, &len) in lens.iter().enumerate().skip(1) {
        let end = start + usize::from(len);
        if bytes.get(start..end) == Some(s) {
            return Some(id as u16);
        }
        start = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_copy_matches_the_table() {
        for (id, q) in STATIC_QSTRS.iter().enumerate() {
            assert_eq!(static_qstr(id), q.as_bytes(), "id {id}");
        }
        assert_eq!(static_qstr(STATIC_QSTR_COUNT), b"");
        assert_eq!(static_qstr_id(b"__init__"), Some(17));
        assert_eq!(static_qstr_id(b"zip"), Some(165));
        // Id 1 is the empty string.
        assert_eq!(static_qstr_id(b""), Some(1));
        assert_eq!(static_qstr_id(b"nope"), None);
    }
}
