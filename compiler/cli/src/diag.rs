//! Rendering compile errors for people (miette: path:line:col, source excerpt, label, help)
//! and for tools (`--error-format=mpy-cross`: exactly the text mpy-cross prints).

use frost_compiler::CompileError;
use frost_formats::Flavour;
use miette::{Diagnostic, LabeledSpan, NamedSource, Severity};

/// The text mpy-cross prints on stderr for `e`. Errors found by the lexer and parser name the
/// input path; errors found while compiling a scope name the `-s` source name and the scope.
/// CircuitPython's mpy-cross ends the `Traceback` line and the `in <scope>` line with CR LF.
pub fn mpy_cross_text(
    e: &CompileError,
    input_name: &str,
    source_name: &str,
    flavour: Flavour,
) -> String {
    let eol = if flavour == Flavour::CircuitPython {
        "\r\n"
    } else {
        "\n"
    };
    let head = match &e.in_scope {
        _ if !e.traceback => String::new(),
        Some(scope) => format!(
            "Traceback (most recent call last):{eol}  File \"{source_name}\", line {}, in {scope}{eol}",
            e.line
        ),
        None => format!(
            "Traceback (most recent call last):{eol}  File \"{input_name}\", line {}\n",
            e.line
        ),
    };
    format!("{head}{}: {}\n", e.kind.name(), e.message)
}

/// A compile error with its source, as a miette diagnostic.
#[derive(Debug)]
pub struct Report {
    error: CompileError,
    source: NamedSource<String>,
}

impl Report {
    /// Pairs an error with the file it came from.
    pub fn new(error: CompileError, path: &str, source: &[u8]) -> Report {
        let text = String::from_utf8_lossy(source).into_owned();
        Report {
            error,
            source: NamedSource::new(path, text).with_language("Python"),
        }
    }
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.error.kind.name(), self.error.message)
    }
}

impl std::error::Error for Report {}

impl Diagnostic for Report {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new(format!("frost::{}", self.error.kind.name())))
    }

    fn severity(&self) -> Option<Severity> {
        Some(Severity::Error)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.error
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn std::fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let len = self.source.inner().len();
        let start = self.error.span.start.min(len);
        let end = self.error.span.end.clamp(start, len);
        let label = match &self.error.in_scope {
            Some(scope) if scope != "<module>" => format!("{} (in {scope})", self.error.message),
            _ => self.error.message.clone(),
        };
        Some(Box::new(std::iter::once(LabeledSpan::new(
            Some(label),
            start,
            end - start,
        ))))
    }
}

/// Renders a report for a terminal (colours when `color` is set) or plain text.
pub fn render(report: &Report, color: bool) -> String {
    let handler = if color {
        miette::GraphicalReportHandler::new()
    } else {
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
    };
    let mut out = String::new();
    if handler.render_report(&mut out, report).is_err() {
        out = format!("error: {report}\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use frost_compiler::ErrorKind;

    fn err(in_scope: Option<&str>, traceback: bool) -> CompileError {
        CompileError {
            kind: ErrorKind::SyntaxError,
            message: "invalid syntax".into(),
            line: 2,
            column: 5,
            span: 10..11,
            help: Some("close the parenthesis".into()),
            in_scope: in_scope.map(String::from),
            traceback,
        }
    }

    #[test]
    fn mpy_cross_texts() {
        assert_eq!(
            mpy_cross_text(&err(None, true), "e1.py", "other.py", Flavour::MicroPython),
            "Traceback (most recent call last):\n  File \"e1.py\", line 2\nSyntaxError: invalid syntax\n"
        );
        assert_eq!(
            mpy_cross_text(
                &err(Some("f"), true),
                "e1.py",
                "other.py",
                Flavour::MicroPython
            ),
            "Traceback (most recent call last):\n  File \"other.py\", line 2, in f\nSyntaxError: invalid syntax\n"
        );
        assert_eq!(
            mpy_cross_text(&err(None, false), "e1.py", "o", Flavour::MicroPython),
            "SyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn miette_report_has_path_excerpt_and_help() {
        let src = b"x = 1\ny = (1 +\n";
        let text = render(&Report::new(err(None, true), "e.py", src), false);
        assert!(text.contains("e.py:2:5"), "{text}");
        assert!(text.contains("y = (1 +"), "{text}");
        assert!(text.contains("close the parenthesis"), "{text}");
    }
}
