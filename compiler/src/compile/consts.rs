//! Parse-tree constants → `.mpy` constant objects.

use frost_formats::model::ConstObj;

use crate::parse_tree::ConstValue;

/// The constant object the reference stores for `v`.
pub(super) fn const_obj(v: &ConstValue) -> ConstObj {
    match v {
        ConstValue::Int(i) => ConstObj::Int(i.to_string()),
        ConstValue::Float(f) => ConstObj::Float(float_text(*f)),
        ConstValue::Complex(f) => ConstObj::Complex(imag_text(*f)),
        ConstValue::Str(s) => ConstObj::Str(s.clone()),
        ConstValue::Bytes(s) => ConstObj::Bytes(s.clone()),
        ConstValue::Tuple(items) => ConstObj::Tuple(items.iter().map(const_obj).collect()),
        ConstValue::None => ConstObj::None,
        ConstValue::True => ConstObj::True,
        ConstValue::False => ConstObj::False,
        ConstValue::Ellipsis => ConstObj::Ellipsis,
    }
}

fn float_text(f: f64) -> String {
    crate::float::float_repr(f)
}

fn imag_text(f: f64) -> String {
    crate::float::imag_repr(f)
}
