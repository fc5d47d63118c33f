//! The builtin types, including the exception hierarchy. A builtin type is an immediate value
//! (`Value::ty`), so `int`, `ValueError`… need no heap.

macro_rules! types {
    ($( $v:ident $name:literal $base:ident; )*) => {
        /// A builtin type.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        #[allow(missing_docs)]
        pub enum Type { $( $v, )* }
        const ALL: &[Type] = &[ $( Type::$v, )* ];
        impl Type {
            /// The type's `__name__`.
            pub fn name(self) -> &'static str {
                const NAMES: &str = concat!($( $name, )*);
                const ENDS: [u16; ALL.len()] = name_ends([$( $name.len(), )*]);
                name_at(NAMES, &ENDS, self as usize)
            }
            /// The (single) base class, `None` for `object`.
            pub fn base(self) -> Option<Type> {
                let b = match self { $( Type::$v => Type::$base, )* };
                if b == self { None } else { Some(b) }
            }
        }
    };
}

/// Where each name ends in the concatenation of names whose lengths are `lens`: names kept
/// as one string and a `u16` per name take a fraction of a table of `&str`s.
pub(crate) const fn name_ends<const N: usize>(lens: [usize; N]) -> [u16; N] {
    let mut ends = [0u16; N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        at += lens[i];
        ends[i] = at as u16;
        i += 1;
    }
    ends
}

/// Name `i` of the concatenation `names` laid out by [`name_ends`].
pub(crate) fn name_at(names: &'static str, ends: &[u16], i: usize) -> &'static str {
    let start = match i {
        0 => 0,
        _ => ends.get(i - 1).map_or(0, |&e| usize::from(e)),
    };
    let end = ends.get(i).map_or(0, |&e| usize::from(e));
    names.get(start..end).unwrap_or("")
}

types! {
    Object "object" Object;
    TypeT "type" Object;
    NoneType "NoneType" Object;
    Bool "bool" Object;
    Int "int" Object;
    Float "float" Object;
    Str "str" Object;
    Bytes "bytes" Object;
    ByteArray "bytearray" Object;
    Tuple "tuple" Object;
    List "list" Object;
    Dict "dict" Object;
    Set "set" Object;
    FrozenSet "frozenset" Object;
    Range "range" Object;
    Slice "slice" Object;
    Function "function" Object;
    BoundMethod "bound_method" Object;
    Closure "closure" Object;
    Generator "generator" Object;
    Iterator "iterator" Object;
    Module "module" Object;
    Cell "cell" Object;
    Property "property" Object;
    StaticMethod "staticmethod" Object;
    ClassMethod "classmethod" Object;
    Super "super" Object;
    Enumerate "enumerate" Object;
    Zip "zip" Object;
    Map "map" Object;
    Filter "filter" Object;
    Reversed "reversed" Object;
    Ellipsis "" Object;
    NotImplementedType "NotImplementedType" Object;
    BuiltinFunction "function" Object;
    StringIO "StringIO" Object;
    BytesIO "BytesIO" Object;
    Deque "deque" Object;
    OrderedDict "OrderedDict" Dict;
    Array "array" Object;
    MemoryView "memoryview" Object;
    DictKeys "dict_view" Object;
    DictValues "dict_view" Object;
    DictItems "dict_view" Object;
    BaseException "BaseException" BaseException;
    SystemExit "SystemExit" BaseException;
    KeyboardInterrupt "KeyboardInterrupt" BaseException;
    GeneratorExit "GeneratorExit" BaseException;
    Exception "Exception" BaseException;
    StopAsyncIteration "StopAsyncIteration" Exception;
    StopIteration "StopIteration" Exception;
    ArithmeticError "ArithmeticError" Exception;
    OverflowError "OverflowError" ArithmeticError;
    ZeroDivisionError "ZeroDivisionError" ArithmeticError;
    AssertionError "AssertionError" Exception;
    AttributeError "AttributeError" Exception;
    EOFError "EOFError" Exception;
    ImportError "ImportError" Exception;
    LookupError "LookupError" Exception;
    IndexError "IndexError" LookupError;
    KeyError "KeyError" LookupError;
    MemoryError "MemoryError" Exception;
    NameError "NameError" Exception;
    UnboundLocalError "UnboundLocalError" NameError;
    OSError "OSError" Exception;
    RuntimeError "RuntimeError" Exception;
    NotImplementedError "NotImplementedError" RuntimeError;
    SyntaxError "SyntaxError" Exception;
    IndentationError "IndentationError" SyntaxError;
    TypeError "TypeError" Exception;
    ValueError "ValueError" Exception;
    UnicodeError "UnicodeError" ValueError;
}

impl Type {
    /// The type with discriminant `i`.
    pub fn from_index(i: usize) -> Option<Type> {
        ALL.get(i).copied()
    }
    /// Whether `self` is `other` or derives from it.
    pub fn is_subtype(self, other: Type) -> bool {
        let mut t = Some(self);
        while let Some(x) = t {
            if x == other {
                return true;
            }
            t = x.base();
        }
        other == Type::Object
    }
    /// Whether this is an exception class.
    pub fn is_exception(self) -> bool {
        self.is_subtype(Type::BaseException)
    }
    /// Types that user classes may derive from (their instances are plain instances).
    pub fn subclassable(self) -> bool {
        self.is_exception() || self == Type::Object || self.is_native_base()
    }
    /// A type whose instances a subclass's instances wrap (`class L(list)`).
    pub fn is_native_base(self) -> bool {
        matches!(
            self,
            Type::List
                | Type::Dict
                | Type::Str
                | Type::Int
                | Type::Float
                | Type::Tuple
                | Type::Set
                | Type::FrozenSet
                | Type::Bytes
                | Type::ByteArray
                | Type::Array
                | Type::Deque
                | Type::StringIO
                | Type::BytesIO
        )
    }
    /// Looks a builtin type up by its global name (`int`, `ValueError`, …).
    pub fn by_name(name: &[u8]) -> Option<Type> {
        if name == b"function" || name == b"NoneType" || name == b"iterator" {
            return None;
        }
        ALL.iter()
            .copied()
            .find(|t| t.name().as_bytes() == name && t.is_global())
    }
    fn is_global(self) -> bool {
        matches!(
            self,
            Type::Object
                | Type::TypeT
                | Type::Bool
                | Type::Int
                | Type::Float
                | Type::Str
                | Type::Bytes
                | Type::ByteArray
                | Type::Tuple
                | Type::List
                | Type::Dict
                | Type::Set
                | Type::FrozenSet
                | Type::Range
                | Type::Slice
                | Type::Property
                | Type::StaticMethod
                | Type::ClassMethod
                | Type::Super
                | Type::Enumerate
                | Type::Zip
                | Type::Map
                | Type::Filter
                | Type::Reversed
                | Type::MemoryView
        ) || self.is_exception()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::B;

    #[test]
    fn names_from_the_packed_tables() {
        assert_eq!(Type::Object.name(), "object");
        assert_eq!(Type::Bool.name(), "bool");
        assert_eq!(Type::UnicodeError.name(), "UnicodeError");
        // MicroPython's ellipsis type is the one with an empty name.
        assert!(
            ALL.iter()
                .all(|t| !t.name().is_empty() || *t == Type::Ellipsis)
        );
        assert_eq!(B::BuildClass.name(), "__build_class__");
        assert_eq!(B::Print.name(), "print");
        assert_eq!(B::SetSymDiffUpdate.name(), "symmetric_difference_update");
        let mut id = 0;
        while let Some(b) = B::from_id(id) {
            assert!(!b.name().is_empty(), "builtin {id}");
            id += 1;
        }
        assert!(id > 100);
        assert_eq!(name_at("abcde", &[2, 5], 1), "cde");
        assert_eq!(name_at("abcde", &[2, 5], 2), "");
    }
}
