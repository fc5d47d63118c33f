//! The worked example of `spec/mpy-format.md` §10, compiled from a hand-built parse tree, so
//! the scope, compiler and emitter stages are checked byte for byte without the parser.

use frost_compiler::Options;
use frost_compiler::compile::compile_tree;
use frost_compiler::parse_tree::{
    ConstNode, ConstValue, Interner, Node, ParseTree, Rule, StructNode, TokenKind,
};

fn s(rule: Rule, line: u32, children: Vec<Node>) -> Node {
    Node::Struct(Box::new(StructNode {
        rule,
        line,
        children,
    }))
}

#[test]
fn demo_module_from_the_format_spec() {
    let mut i = Interner::new();
    let source = i.intern(b"demo.py");
    let mut id = |name: &str| Node::Id(i.intern(name.as_bytes()));
    let (micropython, n, scale, x, k, items, print) = (
        id("micropython"),
        id("N"),
        id("scale"),
        id("x"),
        id("k"),
        id("items"),
        id("print"),
    );
    let body = vec![
        s(Rule::ImportName, 1, vec![micropython]),
        s(Rule::ExprStmt, 2, vec![n.clone(), Node::SmallInt(1000)]),
        s(
            Rule::Funcdef,
            3,
            vec![
                scale.clone(),
                s(
                    Rule::Typedargslist,
                    3,
                    vec![
                        x.clone(),
                        s(
                            Rule::TypedargslistName,
                            3,
                            vec![k.clone(), Node::Null, Node::SmallInt(2)],
                        ),
                    ],
                ),
                Node::Null,
                s(
                    Rule::ReturnStmt,
                    4,
                    vec![s(
                        Rule::ArithExpr,
                        4,
                        vec![
                            s(Rule::Term, 4, vec![x, Node::Token(TokenKind::OpStar), k]),
                            Node::Token(TokenKind::OpPlus),
                            n.clone(),
                        ],
                    )],
                ),
                Node::Null,
            ],
        ),
        s(
            Rule::ExprStmt,
            5,
            vec![
                items.clone(),
                Node::Const(Box::new(ConstNode {
                    line: 5,
                    value: ConstValue::Tuple(vec![
                        ConstValue::Float(1.5),
                        ConstValue::Str(b"text".to_vec()),
                        ConstValue::Int((-1).into()),
                    ]),
                })),
            ],
        ),
        s(
            Rule::ExprStmt,
            6,
            vec![
                s(
                    Rule::AtomExprNormal,
                    6,
                    vec![
                        print,
                        s(
                            Rule::TrailerParen,
                            6,
                            vec![s(
                                Rule::Arglist,
                                6,
                                vec![
                                    s(
                                        Rule::AtomExprNormal,
                                        6,
                                        vec![scale, s(Rule::TrailerParen, 6, vec![n])],
                                    ),
                                    items,
                                ],
                            )],
                        ),
                    ],
                ),
                Node::Null,
            ],
        ),
    ];
    let tree = ParseTree {
        root: s(Rule::FileInput2, 1, body),
    };
    let opts = Options {
        source_name: "demo.py".into(),
        ..Options::default()
    };
    let bytes = compile_tree(&tree, i, source, &opts).expect("compiles");
    let expected: &[u8] = &[
        0x4d, 0x06, 0x00, 0x1f, 0x09, 0x01, 0x0e, 0x64, 0x65, 0x6d, 0x6f, 0x2e, 0x70, 0x79, 0x00,
        0x0f, 0x81, 0x67, 0x0a, 0x73, 0x63, 0x61, 0x6c, 0x65, 0x00, 0x02, 0x4e, 0x00, 0x81, 0x4d,
        0x81, 0x77, 0x02, 0x78, 0x00, 0x02, 0x6b, 0x00, 0x0a, 0x03, 0x08, 0x03, 0x31, 0x2e, 0x35,
        0x05, 0x04, 0x74, 0x65, 0x78, 0x74, 0x00, 0x07, 0x02, 0x2d, 0x31, 0x82, 0x6c, 0x10, 0x0a,
        0x01, 0x26, 0x25, 0x48, 0x24, 0x80, 0x51, 0x1b, 0x02, 0x16, 0x02, 0x22, 0x87, 0x68, 0x16,
        0x04, 0x82, 0x2a, 0x01, 0x53, 0x33, 0x00, 0x16, 0x03, 0x23, 0x00, 0x16, 0x05, 0x11, 0x06,
        0x11, 0x03, 0x11, 0x04, 0x34, 0x01, 0x11, 0x05, 0x34, 0x02, 0x59, 0x51, 0x63, 0x01, 0x70,
        0x9a, 0x01, 0x08, 0x03, 0x07, 0x08, 0x60, 0xb0, 0xb1, 0xf4, 0x12, 0x04, 0xf2, 0x63,
    ];
    assert_eq!(bytes, expected);
}
