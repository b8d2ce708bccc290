//! Diagnostics: what is wrong, where, and how to fix it, rendered the way rustc renders errors.

use std::fmt;

/// How serious a diagnostic is. Any error makes the set unusable; warnings are shown only.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Severity {
    /// The set is rejected.
    Error,
    /// Shown by `gander check`; the set is still accepted.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// The stable name of each kind of diagnostic; shown as `error[name]`.
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[non_exhaustive]
        pub enum Code {
            $($(#[$doc])* $variant,)*
        }

        impl Code {
            /// The kebab-case name (`duplicate-version`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];
        }
    };
}

codes! {
    /// The folder cannot be read.
    Io = "io",
    /// A `.sql` file whose name is not `<version>_<description>.sql`.
    BadFileName = "bad-file-name",
    /// A migration-like name with a look-alike extension (`.SQL`).
    BadExtension = "bad-extension",
    /// Version 0 is goose's "nothing applied" marker.
    VersionZero = "version-zero",
    /// A version above goose's `bigint` range.
    VersionOverflow = "version-overflow",
    /// Two files with one version.
    DuplicateVersion = "duplicate-version",
    /// A Go migration, which an SQL-only tool cannot run.
    GoMigration = "go-migration",
    /// Bytes that are not UTF-8.
    NotUtf8 = "not-utf8",
    /// A UTF-8 byte-order mark.
    ByteOrderMark = "byte-order-mark",
    /// `-- +goose Something` that goose does not know.
    UnknownDirective = "unknown-directive",
    /// A directive that does not start at column 1.
    IndentedDirective = "indented-directive",
    /// Two directives on one line.
    TwoDirectives = "two-directives",
    /// A file without `-- +goose Up`.
    MissingUp = "missing-up",
    /// A second `-- +goose Up`.
    DuplicateUp = "duplicate-up",
    /// A second `-- +goose Down`.
    DuplicateDown = "duplicate-down",
    /// `-- +goose Down` before `-- +goose Up`.
    DownBeforeUp = "down-before-up",
    /// SQL before `-- +goose Up`.
    SqlBeforeUp = "sql-before-up",
    /// `StatementBegin` without `StatementEnd`.
    UnclosedBlock = "unclosed-block",
    /// `StatementEnd` without `StatementBegin`.
    StrayStatementEnd = "stray-statement-end",
    /// `StatementBegin` inside an open block.
    NestedBlock = "nested-block",
    /// A `'` string that never closes.
    UnterminatedString = "unterminated-string",
    /// A `"` identifier that never closes.
    UnterminatedIdentifier = "unterminated-identifier",
    /// A `$tag$` body that never closes.
    UnterminatedDollarQuote = "unterminated-dollar-quote",
    /// A `/*` comment that never closes.
    UnterminatedComment = "unterminated-comment",
    /// goose's line rule would cut a statement in two.
    GooseSplit = "goose-split",
    /// goose would be left with an unfinished statement.
    MissingSemicolon = "missing-semicolon",
    /// `BEGIN`/`COMMIT`/… inside a transactional migration.
    TransactionControl = "transaction-control",
    /// A statement PostgreSQL refuses inside a transaction block, in a transactional migration.
    NeedsNoTransaction = "needs-no-transaction",
    /// Such a statement sharing one simple query with other statements.
    SharedUnit = "shared-unit",
    /// A statement that starts with no PostgreSQL command.
    UnknownCommand = "unknown-command",
    /// A unit PostgreSQL's own parser rejects (also inside PL/pgSQL and SQL function bodies).
    Syntax = "syntax",
    /// A line goose's `ENVSUB ON` substitution refuses (`$1`, an unclosed `${`).
    Envsub = "envsub",
    /// A `DO` statement whose body is not one string constant.
    BadDoBlock = "bad-do-block",
    /// An Up section without any statement (a placeholder migration).
    EmptyUp = "empty-up",
    /// A table, view, sequence or materialized view that cannot exist at that point.
    UnknownTable = "unknown-table",
    /// A column that the table cannot have at that point.
    UnknownColumn = "unknown-column",
    /// An index that cannot exist at that point.
    UnknownIndex = "unknown-index",
    /// A type or domain that cannot exist at that point.
    UnknownType = "unknown-type",
    /// A function, procedure or aggregate that cannot exist at that point.
    UnknownFunction = "unknown-function",
    /// A schema, extension, constraint, trigger or enum label that cannot exist at that point.
    UnknownObject = "unknown-object",
    /// Creating (or renaming to) a name that is taken at that point, without `IF NOT EXISTS`.
    AlreadyExists = "already-exists",
    /// Dropping, without `CASCADE`, an object that others depend on.
    DependentObjects = "dependent-objects",
    /// A name the schema model cannot vouch for (after a statement it could not follow).
    UncertainReference = "uncertain-reference",
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding, located in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The stable kind.
    pub code: Code,
    /// The file, as shown (relative to the crate root, e.g. `migrations/004_x.sql`).
    pub path: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// How many characters to underline (at least 1).
    pub width: u32,
    /// The source line, when there is one to show.
    pub source_line: Option<String>,
    /// What is wrong, lowercase, no trailing period.
    pub message: String,
    /// Label under the caret.
    pub label: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    pub(crate) fn new(code: Code, path: &str, line: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: if matches!(code, Code::EmptyUp | Code::UncertainReference) {
                Severity::Warning
            } else {
                Severity::Error
            },
            code,
            path: path.to_string(),
            line,
            column: 1,
            width: 1,
            source_line: None,
            message: message.into(),
            label: None,
            help: None,
        }
    }

    pub(crate) fn at(mut self, column: u32, width: u32) -> Self {
        self.column = column.max(1);
        self.width = width.max(1);
        self
    }

    pub(crate) fn source(mut self, line: &str) -> Self {
        self.source_line = Some(line.trim_end_matches('\r').to_string());
        self
    }

    pub(crate) fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub(crate) fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders like rustc: `error[code]: message`, `--> path:line:col`, the line, a caret, help.
    pub fn render(&self) -> String {
        use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let title = level.primary_title(&self.message).id(self.code.as_str());
        let mut group = Group::with_title(title);
        let source;
        match &self.source_line {
            Some(text) => {
                source = sanitize(text);
                let start = char_to_byte(&source, self.column.saturating_sub(1) as usize);
                let end = char_to_byte(&source, (self.column - 1 + self.width) as usize)
                    .max(start)
                    .min(source.len());
                let mut ann = AnnotationKind::Primary.span(start..end);
                if let Some(label) = &self.label {
                    ann = ann.label(label);
                }
                group = group.element(
                    Snippet::source(&source)
                        .line_start(self.line as usize)
                        .path(&self.path)
                        .annotation(ann),
                );
            }
            None => {
                group = group.element(
                    annotate_snippets::Origin::path(&self.path)
                        .line(self.line as usize)
                        .char_column(self.column as usize),
                );
            }
        }
        let mut report = vec![group];
        if let (None, Some(label)) = (&self.source_line, &self.label) {
            report.push(Group::with_title(Level::NOTE.secondary_title(label)));
        }
        if let Some(help) = &self.help {
            report.push(Group::with_title(Level::HELP.secondary_title(help)));
        }
        Renderer::plain().render(&report).to_string()
    }
}

/// Replaces tabs and control characters so the caret lines up.
fn sanitize(line: &str) -> String {
    line.chars()
        .map(|c| {
            if c == '\t' {
                ' '
            } else if c.is_control() {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

fn char_to_byte(s: &str, chars: usize) -> usize {
    s.char_indices().nth(chars).map_or(s.len(), |(i, _)| i)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

/// Every diagnostic of a set, sorted by file and line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.0.len() - self.error_count()
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// All diagnostics rendered, separated by blank lines.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for d in &self.0 {
            out.push_str(&d.render());
            out.push_str("\n\n");
        }
        out
    }

    /// Puts the findings in file order (path, line, column).
    pub fn sort(&mut self) {
        self.0.sort_by(|a, b| {
            (&a.path, a.line, a.column, a.code).cmp(&(&b.path, b.line, b.column, b.code))
        });
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

impl std::error::Error for Diagnostics {}
