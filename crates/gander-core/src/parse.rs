//! One migration file: goose directives, sections, units (as goose cuts them) and statements (as
//! PostgreSQL's lexer cuts them), with every disagreement between the two reported.

use std::borrow::Cow;

use crate::diagnostic::{Code, Diagnostic};
use crate::envsub::{self, Values};
use crate::lexer::{LexStmt, Lexer, Mode, Pos};
use crate::model::RESERVED;
use crate::pg;
use crate::rules;
use crate::set::{Section, Statement, Unit};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Directive {
    Up,
    Down,
    StatementBegin,
    StatementEnd,
    NoTransaction,
    EnvsubOn,
    EnvsubOff,
}

const DIRECTIVES: &[(&str, Directive)] = &[
    ("Up", Directive::Up),
    ("Down", Directive::Down),
    ("StatementBegin", Directive::StatementBegin),
    ("StatementEnd", Directive::StatementEnd),
    ("NO TRANSACTION", Directive::NoTransaction),
    ("ENVSUB ON", Directive::EnvsubOn),
    ("ENVSUB OFF", Directive::EnvsubOff),
];

enum LineKind {
    Directive(Directive),
    /// A `+goose` comment that is not a valid directive (already reported).
    BadDirective,
    Other,
}

/// goose's rule: does this line end a statement? (Its last word before a `--` word ends in `;`.)
fn ends_with_semicolon(line: &str) -> bool {
    let mut prev = "";
    for word in line.split_whitespace() {
        if word.starts_with("--") {
            break;
        }
        prev = word;
    }
    prev.ends_with(';')
}

fn column_of(line: &str, byte: usize) -> u32 {
    line.get(..byte).map_or(1, |s| s.chars().count() as u32 + 1)
}

struct Ctx<'a> {
    path: &'a str,
    lines: Vec<&'a str>,
    /// Lines as goose sends them where `ENVSUB ON` changed them (compile time: defaults and
    /// placeholders); `None` where the line is sent as written.
    substituted: Vec<Option<String>>,
    /// Lines `ENVSUB ON` applies to (goose substitutes them at run time).
    envsub: Vec<bool>,
    diags: Vec<Diagnostic>,
}

impl Ctx<'_> {
    fn diag(&self, code: Code, line_index: usize, message: impl Into<String>) -> Diagnostic {
        let src = self.lines.get(line_index).copied().unwrap_or("");
        let first = src.len() - src.trim_start().len();
        let width = src.trim().chars().count() as u32;
        Diagnostic::new(code, self.path, line_index as u32 + 1, message)
            .source(src)
            .at(column_of(src, first), width)
    }

    fn diag_at(&self, code: Code, pos: Pos, width: u32, message: impl Into<String>) -> Diagnostic {
        let src = self.lines.get(pos.line).copied().unwrap_or("");
        Diagnostic::new(code, self.path, pos.line as u32 + 1, message)
            .source(src)
            .at(column_of(src, pos.byte), width)
    }

    fn classify(&mut self, index: usize) -> LineKind {
        let line = self.lines[index];
        let trimmed = line.trim_start();
        let Some(body) = trimmed.strip_prefix("--") else {
            return LineKind::Other;
        };
        let body = body.trim();
        let is_goose = body
            .get(..6)
            .is_some_and(|b| b.eq_ignore_ascii_case("+goose"));
        if !is_goose {
            return LineKind::Other;
        }
        if trimmed.len() != line.len() {
            let d = self
                .diag(
                    Code::IndentedDirective,
                    index,
                    "goose directive does not start at column 1",
                )
                .label("goose reads this line as a comment and ignores the directive")
                .help("remove the whitespace before `--`");
            self.diags.push(d);
            return LineKind::BadDirective;
        }
        if body.to_ascii_lowercase().matches("+goose").count() > 1 {
            let d = self
                .diag(
                    Code::TwoDirectives,
                    index,
                    "two goose directives on one line",
                )
                .help("put each `-- +goose` directive on a line of its own");
            self.diags.push(d);
            return LineKind::BadDirective;
        }
        let rest = body.get(6..).unwrap_or("");
        if let Some(name) = rest.strip_prefix(' ')
            && let Some((_, d)) = DIRECTIVES
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            return LineKind::Directive(*d);
        }
        let d = self
            .diag(Code::UnknownDirective, index, format!("unknown goose directive `{}`", body.trim()))
            .help("goose knows `-- +goose Up`, `Down`, `StatementBegin`, `StatementEnd`, `NO TRANSACTION`, `ENVSUB ON` and `ENVSUB OFF` (one space after `+goose`)");
        self.diags.push(d);
        LineKind::BadDirective
    }
}

/// A unit as cut while reading, with the lexer's view of its statements.
struct RawUnit {
    unit: Unit,
    stmts: Vec<LexStmt>,
    /// The text as goose sends it when `ENVSUB ON` changed it (with compile-time values); the
    /// checks and the statements' offsets use this text.
    substituted: Option<String>,
    /// Where each line starts: (byte offset in the untrimmed text, line index).
    starts: Vec<(usize, usize)>,
    /// Bytes trimmed from the start of the text.
    lead: usize,
}

impl RawUnit {
    /// The text the checks see: what goose sends, with compile-time ENVSUB values.
    fn text(&self) -> &str {
        self.substituted.as_deref().unwrap_or(&self.unit.sql)
    }

    /// The file place of a byte offset in [`RawUnit::text`].
    fn pos_of(&self, byte: usize) -> Pos {
        let at = byte + self.lead;
        let i = self
            .starts
            .partition_point(|&(o, _)| o <= at)
            .saturating_sub(1);
        match self.starts.get(i) {
            Some(&(o, line)) => Pos { line, byte: at - o },
            None => Pos::default(),
        }
    }
}

struct SectionState {
    line: usize,
    units: Vec<RawUnit>,
    /// Line of a lexer error: statement-level diagnostics from here on are dropped.
    poisoned_from: Option<u32>,
    /// Statement-level diagnostics found while cutting (goose-split, missing-semicolon).
    diags: Vec<Diagnostic>,
    /// Whether any SQL (not only comments) appeared in the section.
    content: bool,
}

impl SectionState {
    fn new(line: usize) -> Self {
        SectionState {
            line,
            units: Vec::new(),
            poisoned_from: None,
            diags: Vec::new(),
            content: false,
        }
    }
}

/// The result of parsing one file.
pub(crate) struct ParsedFile {
    pub no_transaction: bool,
    pub up: Section,
    pub down: Option<Section>,
    /// `-- +gander assume …` declarations.
    pub assumes: Vec<crate::set::Assumption>,
}

#[derive(PartialEq, Eq)]
enum Phase {
    Start,
    Up,
    Down,
}

struct Parser<'a> {
    ctx: Ctx<'a>,
    phase: Phase,
    lexer: Lexer,
    /// goose's buffer: line indices of the unit being collected.
    buf: Vec<usize>,
    block: Option<usize>,
    envsub: bool,
    no_transaction: bool,
    split_reported: Option<Pos>,
    up: Option<SectionState>,
    down: Option<SectionState>,
}

impl<'a> Parser<'a> {
    fn section(&mut self) -> Option<&mut SectionState> {
        match self.phase {
            Phase::Start => None,
            Phase::Up => self.up.as_mut(),
            Phase::Down => self.down.as_mut(),
        }
    }

    fn first_content_line(&self) -> Option<usize> {
        self.buf
            .iter()
            .copied()
            .find(|&i| !self.ctx.lines[i].trim().is_empty())
    }

    fn build_unit(&self, stmts: Vec<LexStmt>, block: bool) -> RawUnit {
        let lines = &self.ctx.lines;
        let mut text = String::new();
        let mut sent = String::new();
        let mut changed = false;
        // (line index, offset in `text`, offset in `sent`)
        let mut offsets: Vec<(usize, usize, usize)> = Vec::with_capacity(self.buf.len());
        for &i in &self.buf {
            offsets.push((i, text.len(), sent.len()));
            text.push_str(lines[i]);
            text.push('\n');
            match &self.ctx.substituted[i] {
                Some(s) => {
                    sent.push_str(s);
                    changed = true;
                }
                None => sent.push_str(lines[i]),
            }
            sent.push('\n');
        }
        let lead = text.len() - text.trim_start().len();
        let sql = text.trim().to_string();
        let sent_lead = sent.len() - sent.trim_start().len();
        let (mut line, mut column) = (0u32, 1u32);
        for &(i, off, _) in &offsets {
            let l = lines[i];
            if off + l.len() >= lead && !l.trim().is_empty() {
                line = i as u32 + 1;
                column = column_of(l, lead.saturating_sub(off).min(l.len()));
                break;
            }
        }
        let in_sql = |off: usize| off.saturating_sub(lead).min(sql.len()) as u32;
        let envsub: Vec<(u32, u32)> = offsets
            .iter()
            .filter(|(i, _, _)| self.ctx.envsub[*i])
            .map(|&(i, off, _)| (in_sql(off), in_sql(off + lines[i].len())))
            .filter(|(a, b)| a < b)
            .collect();
        let mut skipped = Vec::new();
        for w in offsets.windows(2) {
            for _ in w[0].0 + 1..w[1].0 {
                skipped.push(in_sql(w[1].1));
            }
        }
        let checked_len = if changed {
            sent.trim().len()
        } else {
            sql.len()
        };
        let offset_of = |p: Pos| -> u32 {
            let base = offsets
                .iter()
                .find(|(i, _, _)| *i == p.line)
                .map_or(0, |(_, _, o)| *o + p.byte);
            base.saturating_sub(sent_lead).min(checked_len) as u32
        };
        let statements: Vec<Statement> = stmts
            .iter()
            .map(|s| Statement {
                start: offset_of(s.start),
                end: offset_of(s.end),
                line: s.start.line as u32 + 1,
                column: column_of(lines[s.start.line], s.start.byte),
            })
            .collect();
        RawUnit {
            unit: Unit {
                sql: Cow::Owned(sql),
                line,
                column,
                block,
                envsub: Cow::Owned(envsub),
                skipped: Cow::Owned(skipped),
                statements: Cow::Owned(statements),
            },
            stmts,
            substituted: changed.then(|| sent.trim().to_string()),
            starts: offsets.iter().map(|&(i, _, o)| (o, i)).collect(),
            lead: sent_lead,
        }
    }

    fn unclosed(&mut self, u: crate::lexer::Unclosed) {
        let (code, what, help) = match &u.mode {
            Mode::Str { .. } => (
                Code::UnterminatedString,
                "string constant".to_string(),
                "close the string with `'` (write `''` for a quote inside it)",
            ),
            Mode::Ident => (
                Code::UnterminatedIdentifier,
                "quoted identifier".to_string(),
                "close the identifier with `\"` (write `\"\"` for a quote inside it)",
            ),
            Mode::Dollar { tag } => (
                Code::UnterminatedDollarQuote,
                format!("dollar-quoted string `{tag}`"),
                "close the body with the same tag it opened with",
            ),
            Mode::Comment { .. } => (
                Code::UnterminatedComment,
                "block comment".to_string(),
                "close the comment with `*/` (block comments nest: every `/*` needs its own `*/`)",
            ),
            Mode::Normal => return,
        };
        let width = match &u.mode {
            Mode::Dollar { tag } => tag.chars().count() as u32,
            Mode::Comment { .. } => 2,
            _ => 1,
        };
        let end = if self.block.is_some() {
            "its block"
        } else {
            "the section"
        };
        let d = self
            .ctx
            .diag_at(code, u.open, width, format!("unterminated {what}"))
            .label(format!("opened here and still open at the end of {end}"))
            .help(help);
        self.ctx.diags.push(d);
        let line = u.open.line as u32 + 1;
        if let Some(s) = self.section() {
            s.poisoned_from = Some(s.poisoned_from.map_or(line, |p| p.min(line)));
        }
    }

    fn missing_semicolon(&mut self, at: usize, before: &str) {
        let comment_only = {
            let mut lx = Lexer::default();
            for &i in &self.buf {
                lx.feed(i, self.ctx.lines[i]);
            }
            lx.at_boundary()
        };
        let d = if comment_only {
            self.ctx
                .diag(
                    Code::MissingSemicolon,
                    at,
                    format!("goose is left with an unfinished statement {before}"),
                )
                .label("goose keeps this comment as the start of a statement that never ends")
                .help("move the comment above a statement, or write it as a `--` comment")
        } else {
            self.ctx
                .diag(Code::MissingSemicolon, at, format!("statement has no `;` at the end of its last line {before}"))
                .label("goose reads from here to the end and finds no end of statement")
                .help("end the statement with `;` at the end of its last line (after it, only a `--` comment may follow)")
        };
        if let Some(s) = self.section() {
            s.diags.push(d);
        }
    }

    fn start_block(&mut self, index: usize) {
        if self.block.is_some() {
            let d = self
                .ctx
                .diag(
                    Code::NestedBlock,
                    index,
                    "`StatementBegin` inside an open block",
                )
                .help("close the open block with `-- +goose StatementEnd` first");
            self.ctx.diags.push(d);
            return;
        }
        if let Some(at) = self.first_content_line() {
            self.missing_semicolon(at, "before `StatementBegin`");
            let _ = self.lexer.finish();
            self.lexer.take_done();
        }
        self.buf.clear();
        self.block = Some(index);
    }

    fn end_block(&mut self, index: usize) {
        if self.block.is_none() {
            let d = self
                .ctx
                .diag(
                    Code::StrayStatementEnd,
                    index,
                    "`StatementEnd` without `StatementBegin`",
                )
                .help("add `-- +goose StatementBegin` before the statement, or remove this line");
            self.ctx.diags.push(d);
            return;
        }
        if let Err(u) = self.lexer.finish() {
            self.unclosed(u);
            self.lexer.reset();
        }
        let stmts = self.lexer.take_done();
        let unit = self.build_unit(stmts, true);
        if let Some(s) = self.section() {
            s.units.push(unit);
        }
        self.buf.clear();
        self.block = None;
    }

    /// Ends the Up or Down section: what goose or the lexer still holds is an error.
    fn finish_section(&mut self, before: &str) {
        if let Some(b) = self.block.take() {
            let d = self
                .ctx
                .diag(Code::UnclosedBlock, b, "`StatementBegin` is never closed")
                .label(format!("block opened here reaches {before}"))
                .help("add `-- +goose StatementEnd` after the block's last statement");
            self.ctx.diags.push(d);
            self.buf.clear();
            self.lexer.reset();
        }
        match self.lexer.finish() {
            Err(u) => self.unclosed(u),
            Ok(()) => {
                if let Some(at) = self.first_content_line() {
                    self.missing_semicolon(at, before);
                }
            }
        }
        self.lexer.reset();
        self.buf.clear();
        self.split_reported = None;
    }

    fn sql_line(&mut self, index: usize) {
        let written = self.ctx.lines[index];
        if self.buf.is_empty() && (written.trim_start().starts_with("--") || written.is_empty()) {
            // goose skips comments and empty lines before a statement; the lexer still sees them.
            self.lexer.feed(index, written);
            return;
        }
        let owned;
        let mut line = written;
        if self.envsub {
            // goose substitutes each line it keeps, as it reads it, before its `;` rule.
            self.ctx.envsub[index] = true;
            match envsub::substitute_line(written, Values::Placeholders) {
                Ok(s) if s != written => {
                    owned = s;
                    line = &owned;
                    self.ctx.substituted[index] = Some(owned.clone());
                }
                Ok(_) => {}
                Err(e) => {
                    let byte = written
                        .char_indices()
                        .nth(e.column)
                        .map_or(written.len(), |(b, _)| b);
                    let d = self
                        .ctx
                        .diag_at(Code::Envsub, Pos { line: index, byte }, 1, format!("goose's ENVSUB cannot substitute this line: {}", e.message))
                        .label("goose fails the migration here with \"variable substitution failed\"")
                        .help("write `$$` for a literal `$` while ENVSUB is on, or turn it off around this line with `-- +goose ENVSUB OFF`");
                    self.ctx.diags.push(d);
                    // goose stops here: what follows is never sent, so report nothing more.
                    let at = index as u32 + 1;
                    if let Some(s) = self.section() {
                        s.poisoned_from = Some(s.poisoned_from.map_or(at, |p| p.min(at)));
                    }
                }
            }
        }
        self.buf.push(index);
        self.lexer.feed(index, line);
        if self.lexer.tokens_seen() > 0
            && let Some(s) = self.section()
        {
            s.content = true;
        }
        if self.block.is_some() || !ends_with_semicolon(line) {
            return;
        }
        if !self.lexer.at_boundary() {
            // goose ends the statement here; PostgreSQL's lexer does not.
            let key = Some(
                self.lexer
                    .pending()
                    .map_or(self.lexer.open_pos(), |s| s.start),
            );
            if self.split_reported != key {
                self.split_reported = key;
                let inside = match self.lexer.mode() {
                    Mode::Dollar { tag } => {
                        format!(
                            "inside the `{tag}` body opened on line {}",
                            self.lexer.open_pos().line + 1
                        )
                    }
                    Mode::Str { .. } => format!(
                        "inside the string opened on line {}",
                        self.lexer.open_pos().line + 1
                    ),
                    Mode::Ident => format!(
                        "inside the identifier opened on line {}",
                        self.lexer.open_pos().line + 1
                    ),
                    Mode::Comment { .. } => format!(
                        "inside the comment opened on line {}",
                        self.lexer.open_pos().line + 1
                    ),
                    Mode::Normal => match self.lexer.pending() {
                        Some(s) => format!(
                            "in the middle of the statement that starts on line {}",
                            s.start.line + 1
                        ),
                        None => "in the middle of a statement".to_string(),
                    },
                };
                let semi = written.rfind(';').unwrap_or(0);
                let d = self
                    .ctx
                    .diag_at(Code::GooseSplit, Pos { line: index, byte: semi }, 1, "goose would cut the statement in two at this `;`")
                    .label(format!("goose ends a statement at a line ending in `;`, but this one is {inside}"))
                    .help("wrap the whole statement in `-- +goose StatementBegin` and `-- +goose StatementEnd` so goose sends it as one piece");
                if let Some(s) = self.section() {
                    s.diags.push(d);
                }
            }
            return;
        }
        let stmts = self.lexer.take_done();
        let unit = self.build_unit(stmts, false);
        if let Some(s) = self.section() {
            s.units.push(unit);
        }
        self.buf.clear();
        self.split_reported = None;
    }
}

/// Parses a file's text. Diagnostics go to `diags`; the sections come back even with errors
/// (for counting), or `None` when the file has no usable structure.
pub(crate) fn parse_file(
    path: &str,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<ParsedFile> {
    let mut lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    if text.ends_with('\n') {
        lines.pop();
    }
    let mut p = Parser {
        ctx: Ctx {
            path,
            substituted: vec![None; lines.len()],
            envsub: vec![false; lines.len()],
            lines,
            diags: Vec::new(),
        },
        phase: Phase::Start,
        lexer: Lexer::default(),
        buf: Vec::new(),
        block: None,
        envsub: false,
        no_transaction: false,
        split_reported: None,
        up: None,
        down: None,
    };
    let mut sql_before_up: Option<usize> = None;
    let mut down_first: Option<usize> = None;
    for index in 0..p.ctx.lines.len() {
        match p.ctx.classify(index) {
            LineKind::BadDirective => {}
            LineKind::Directive(d) => match d {
                Directive::Up => match p.phase {
                    Phase::Start => {
                        p.phase = Phase::Up;
                        p.up = Some(SectionState::new(index));
                    }
                    _ => {
                        let d = p
                            .ctx
                            .diag(Code::DuplicateUp, index, "second `-- +goose Up`")
                            .help("a file holds one migration: keep one `-- +goose Up`, or move the rest to a new file");
                        p.ctx.diags.push(d);
                    }
                },
                Directive::Down => match p.phase {
                    Phase::Start => {
                        down_first = Some(index);
                        break;
                    }
                    Phase::Up => {
                        p.finish_section("`-- +goose Down`");
                        p.phase = Phase::Down;
                        p.down = Some(SectionState::new(index));
                    }
                    Phase::Down => {
                        let d = p
                            .ctx
                            .diag(Code::DuplicateDown, index, "second `-- +goose Down`")
                            .help("keep one `-- +goose Down` section, after the Up section");
                        p.ctx.diags.push(d);
                    }
                },
                Directive::StatementBegin => {
                    if p.phase == Phase::Start {
                        sql_before_up.get_or_insert(index);
                    } else {
                        p.start_block(index);
                    }
                }
                Directive::StatementEnd => {
                    if p.phase == Phase::Start {
                        sql_before_up.get_or_insert(index);
                    } else {
                        p.end_block(index);
                    }
                }
                Directive::NoTransaction => p.no_transaction = true,
                Directive::EnvsubOn => p.envsub = true,
                Directive::EnvsubOff => p.envsub = false,
            },
            LineKind::Other => {
                if p.phase == Phase::Start {
                    let t = p.ctx.lines[index].trim();
                    if !t.is_empty() && !t.starts_with("--") {
                        sql_before_up.get_or_insert(index);
                    }
                } else {
                    p.sql_line(index);
                }
            }
        }
    }
    let has_up_later = |from: usize, ctx: &Ctx<'_>| ctx.lines[from..].iter().any(|l| is_up(l));
    if let Some(down) = down_first {
        if has_up_later(down, &p.ctx) {
            let d = p
                .ctx
                .diag(
                    Code::DownBeforeUp,
                    down,
                    "`-- +goose Down` before `-- +goose Up`",
                )
                .help("put the Up section first, then the Down section");
            p.ctx.diags.push(d);
        } else {
            p.ctx.diags.push(missing_up(path));
        }
        diags.append(&mut p.ctx.diags);
        return None;
    }
    if p.phase == Phase::Start {
        p.ctx.diags.push(missing_up(path));
        diags.append(&mut p.ctx.diags);
        return None;
    }
    if let Some(i) = sql_before_up {
        let d = p
            .ctx
            .diag(Code::SqlBeforeUp, i, "SQL before `-- +goose Up`")
            .label("goose refuses anything but comments before the Up directive")
            .help("move this below `-- +goose Up`, or make it a `--` comment");
        p.ctx.diags.push(d);
    }
    p.finish_section("the end of the file");

    let no_tx = p.no_transaction;
    let mut sections = Vec::new();
    for state in [p.up.take(), p.down.take()].into_iter().flatten() {
        sections.push(finish_rules(&mut p.ctx, state, no_tx));
    }
    diags.append(&mut p.ctx.diags);
    let mut it = sections.into_iter();
    let up = it.next()?;
    let down = it.next();
    let assumes = gander_directives(&p.ctx.lines, path, diags);
    Some(ParsedFile {
        no_transaction: no_tx,
        up,
        down,
        assumes,
    })
}

/// Kinds `-- +gander assume` accepts.
pub(crate) const ASSUMABLE: &[&str] = &[
    "table",
    "view",
    "index",
    "sequence",
    "type",
    "function",
    "procedure",
    "schema",
    "extension",
];

/// `-- +gander assume <kind> <name>` lines (comments to goose), anywhere in the file.
fn gander_directives(
    lines: &[&str],
    path: &str,
    diags: &mut Vec<Diagnostic>,
) -> Vec<crate::set::Assumption> {
    let mut out = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let Some(body) = line.trim_start().strip_prefix("--") else {
            continue;
        };
        let body = body.trim();
        let Some(rest) = body
            .get(..7)
            .filter(|b| b.eq_ignore_ascii_case("+gander"))
            .and_then(|_| body.get(7..))
        else {
            continue;
        };
        let words: Vec<&str> = rest.split_whitespace().collect();
        let line_no = index as u32 + 1;
        let first = line.len() - line.trim_start().len();
        let bad = |message: String, help: &str| {
            Diagnostic::new(Code::UnknownDirective, path, line_no, message)
                .source(line)
                .at(column_of(line, first), line.trim().chars().count() as u32)
                .help(help.to_string())
        };
        match words.as_slice() {
            [verb, kind, name] if verb.eq_ignore_ascii_case("assume") => {
                let kind = kind.to_ascii_lowercase();
                let readable = sqlparser::parser::Parser::new(&sqlparser::dialect::PostgreSqlDialect {})
                    .try_with_sql(name)
                    .and_then(|mut p| p.parse_object_name(false))
                    .is_ok_and(|n| n.0.len() <= 2);
                if !readable {
                    diags.push(bad(
                        format!("`{name}` is not a name `-- +gander assume` can read"),
                        "write the name as in SQL: `name`, `schema.name` or `\"Quoted\"`",
                    ));
                } else if ASSUMABLE.contains(&kind.as_str()) {
                    out.push(crate::set::Assumption {
                        kind: Cow::Owned(kind),
                        name: Cow::Owned((*name).to_string()),
                        line: line_no,
                    });
                } else {
                    diags.push(bad(
                        format!("`-- +gander assume` cannot declare a `{kind}`"),
                        &format!("declare one of: {}", ASSUMABLE.join(", ")),
                    ));
                }
            }
            _ => diags.push(bad(
                "unknown `-- +gander` directive".to_string(),
                "gander knows `-- +gander assume <kind> <name>`, for an object the migrations need but do not create (`-- +gander assume table audit.events`)",
            )),
        }
    }
    out
}

fn missing_up(path: &str) -> Diagnostic {
    Diagnostic::new(Code::MissingUp, path, 1, "file has no `-- +goose Up` directive")
        .label("goose refuses a migration without it")
        .help("put `-- +goose Up` on a line of its own before the first statement (and `-- +goose Down` before the statements that undo it); do not write BEGIN/COMMIT: each migration already runs in a transaction")
}

/// Runs the statement rules over a section's units and returns the finished section.
fn finish_rules(ctx: &mut Ctx<'_>, state: SectionState, no_tx: bool) -> Section {
    let mut found = state.diags;
    let mut units = Vec::with_capacity(state.units.len());
    for raw in state.units {
        check_unit(ctx, &raw, no_tx, &mut found);
        units.push(raw.unit);
    }
    if let Some(from) = state.poisoned_from {
        found.retain(|d| d.line < from);
    } else if !state.content && state.line < ctx.lines.len() && is_up(ctx.lines[state.line]) {
        found.push(
            ctx.diag(Code::EmptyUp, state.line, "the Up section has no statement")
                .label("this migration does nothing when applied")
                .help("fine for a placeholder that keeps version numbers aligned; otherwise add the statements"),
        );
    }
    ctx.diags.append(&mut found);
    Section {
        line: state.line as u32 + 1,
        units: Cow::Owned(units),
    }
}

/// The byte offset of a 1-based character position (PostgreSQL's cursor) in `text`.
fn byte_of_char(text: &str, cursor: u32) -> usize {
    text.char_indices()
        .nth(cursor.saturating_sub(1) as usize)
        .map_or(text.len(), |(b, _)| b)
}

/// The token a PostgreSQL message quotes (`syntax error at or near "b"`).
fn quoted_token(message: &str) -> Option<&str> {
    let rest = message.split_once("at or near \"")?.1;
    rest.strip_suffix('"')
        .or_else(|| rest.rsplit_once('"').map(|(t, _)| t))
}

/// A `help:` line for a syntax error at `byte` of `text`: the likely fix where the shape of the
/// text suggests one.
fn syntax_help(message: &str, text: &str, byte: usize) -> String {
    let before = &text[..byte.min(text.len())];
    let prev_line = before
        .rsplit_once('\n')
        .map(|(head, _)| {
            head.lines()
                .rev()
                .map(str::trim)
                .find(|l| !l.is_empty() && !l.starts_with("--"))
        })
        .unwrap_or(None);
    let at_line_start = before
        .rsplit_once('\n')
        .map_or(before.trim().is_empty(), |(_, tail)| tail.trim().is_empty());
    if message.ends_with("at end of input") {
        return "the statement ends too early: is a closing `)`, `END` or the rest of the statement missing?".to_string();
    }
    if let Some(tok) = quoted_token(message) {
        let lower = tok.to_ascii_lowercase();
        let after_list = before.trim_end().ends_with(['(', ',']);
        if RESERVED.contains(&lower.as_str()) && after_list {
            return format!(
                "`{tok}` is a reserved word in PostgreSQL: quote it (`\"{lower}\"`) or choose another name"
            );
        }
        if at_line_start && let Some(prev) = prev_line {
            let starts_statement = matches!(
                lower.as_str(),
                "create"
                    | "alter"
                    | "drop"
                    | "insert"
                    | "update"
                    | "delete"
                    | "select"
                    | "grant"
                    | "comment"
                    | "with"
                    | "revoke"
                    | "truncate"
                    | "do"
                    | "set"
            );
            if starts_statement && !prev.ends_with(';') {
                return format!("is a `;` missing at the end of `{}`?", names_clip(prev));
            }
            if !prev.ends_with([',', '(']) && !starts_statement {
                return format!("is a `,` missing at the end of `{}`?", names_clip(prev));
            }
        }
        if tok == ")" && before.trim_end().ends_with(',') {
            return "remove the `,` before `)`: PostgreSQL allows no trailing comma".to_string();
        }
    }
    "PostgreSQL 15 cannot parse the statement here; compare it with the syntax psql's `\\h` shows for the command".to_string()
}

fn names_clip(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((b, _)) => format!("{}…", &s[..b]),
        None => s.to_string(),
    }
}

/// The width to underline at `byte`: the token PostgreSQL names, else one character.
fn token_width(message: &str) -> u32 {
    quoted_token(message).map_or(1, |t| t.chars().count().max(1) as u32)
}

/// The rules for one unit: PostgreSQL's parser over the whole text goose sends, then the
/// transaction rules, routine bodies and the typed AST of each statement.
fn check_unit(ctx: &Ctx<'_>, raw: &RawUnit, no_tx: bool, out: &mut Vec<Diagnostic>) {
    let text = raw.text();
    let unit_ok = pg::split(text);
    let count = raw.stmts.len();
    let mut reported = false;
    for (i, stmt) in raw.stmts.iter().enumerate() {
        let st = &raw.unit.statements[i];
        let (from, to) = (st.start as usize, (st.end as usize).min(text.len()));
        let stext = text.get(from..to).unwrap_or("");
        check_transaction_rules(ctx, stmt, no_tx, count, raw.unit.block, out);
        let verdict = match &unit_ok {
            Ok(_) => Ok(()),
            Err(_) => pg::split(stext).map(|_| ()),
        };
        match verdict {
            Err(e) => {
                reported = true;
                out.push(syntax_diagnostic(ctx, raw, stmt, from, stext, &e));
            }
            Ok(()) => {
                // PostgreSQL's grammar takes any list of strings and `LANGUAGE`s after `DO`;
                // running it then fails unless there is exactly one body.
                if stmt.words().next() == Some("DO")
                    && let Some(problem) = rules::check_do(stmt)
                {
                    out.push(bad_do_block(ctx, stmt, problem));
                    continue;
                }
                check_bodies(ctx, raw, stmt, from, stext, out);
            }
        }
    }
    if let (Err(e), false) = (&unit_ok, reported) {
        // Only the whole unit fails (the statements parse one by one): report it where
        // PostgreSQL stops.
        let byte = e.cursor.map_or(text.len(), |c| byte_of_char(text, c));
        let pos = raw.pos_of(byte);
        out.push(
            ctx.diag_at(
                Code::Syntax,
                pos,
                token_width(&e.message),
                e.message.clone(),
            )
            .label("PostgreSQL's parser stops here")
            .help(syntax_help(&e.message, text, byte)),
        );
    }
}

/// A syntax error in one statement: `unknown-command` or `bad-do-block` where they say more,
/// else PostgreSQL's own message at its position.
fn syntax_diagnostic(
    ctx: &Ctx<'_>,
    raw: &RawUnit,
    stmt: &LexStmt,
    from: usize,
    stext: &str,
    e: &pg::PgError,
) -> Diagnostic {
    let lead_width = lead_width(stmt);
    if rules::known_command(stmt).is_none() {
        let first = stmt.words().next().unwrap_or("?");
        let d = ctx
            .diag_at(
                Code::UnknownCommand,
                stmt.start,
                lead_width,
                "statement does not start with a PostgreSQL command",
            )
            .label(format!(
                "`{first}` does not begin any PostgreSQL 15 command"
            ));
        return match rules::suggest(stmt) {
            Some(s) => d.help(format!("did you mean `{s}`?")),
            None => d.help("start the statement with a PostgreSQL 15 command (see `\\h` in psql)"),
        };
    }
    if stmt.words().next() == Some("DO")
        && let Some(problem) = rules::check_do(stmt)
    {
        return bad_do_block(ctx, stmt, problem);
    }
    let byte = e.cursor.map_or(stext.len(), |c| byte_of_char(stext, c));
    ctx.diag_at(
        Code::Syntax,
        raw.pos_of(from + byte),
        token_width(&e.message),
        e.message.clone(),
    )
    .label("PostgreSQL's parser stops here")
    .help(syntax_help(&e.message, stext, byte))
}

/// Whether a PL/pgSQL error from libpg_query is one the server certainly raises too. libpg_query
/// compiles PL/pgSQL without a catalog, so only grammar errors count, and not one that names a
/// declared cursor (`c CURSOR FOR …`, `c refcursor`): libpg_query does not know cursor variables
/// as such, and rejects `FOR r IN c LOOP` that the server accepts.
fn certain_plpgsql_error(message: &str, body: &str) -> bool {
    if !message.starts_with("syntax error") {
        return false;
    }
    let Some(tok) = quoted_token(message) else {
        return true;
    };
    let lower = body.to_lowercase();
    let tok = tok.to_lowercase();
    let mut words = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty());
    while let Some(w) = words.by_ref().find(|w| *w == tok) {
        let next: Vec<&str> = words.clone().take(3).collect();
        let is_cursor = matches!(
            next.as_slice(),
            ["cursor", ..]
                | ["refcursor", ..]
                | ["no", "scroll", "cursor"]
                | ["scroll", "cursor", ..]
        );
        if is_cursor && w == tok {
            return false;
        }
    }
    true
}

fn bad_do_block(ctx: &Ctx<'_>, stmt: &LexStmt, problem: &str) -> Diagnostic {
    ctx.diag_at(Code::BadDoBlock, stmt.start, lead_width(stmt), "malformed `DO` statement")
        .label(problem)
        .help("write `DO $$ BEGIN … END $$;` (optionally with `LANGUAGE name` before or after the body), inside `-- +goose StatementBegin`/`StatementEnd` when the body has `;` at line ends")
}

/// PL/pgSQL bodies (`CREATE FUNCTION … LANGUAGE plpgsql`, `DO`) and SQL-language function bodies:
/// the server compiles them when it runs the statement, so a syntax error in them fails the
/// migration.
fn check_bodies(
    ctx: &Ctx<'_>,
    raw: &RawUnit,
    stmt: &LexStmt,
    from: usize,
    stext: &str,
    out: &mut Vec<Diagnostic>,
) {
    let words: Vec<&str> = stmt.words().take(4).collect();
    let routine = match words.as_slice() {
        ["DO", ..] => true,
        ["CREATE", "OR", "REPLACE", w] | ["CREATE", w, ..] => {
            matches!(*w, "FUNCTION" | "PROCEDURE")
        }
        _ => false,
    };
    if !routine {
        return;
    }
    let Some(body) = pg::body(stext) else {
        return;
    };
    let (source, result, plpgsql) = match &body {
        pg::Body::PlPgSql(b) => (b.as_str(), pg::check_plpgsql(stext), true),
        pg::Body::Sql(b) => (b.as_str(), pg::split(b).map(|_| ()), false),
    };
    let Err(e) = result else {
        return;
    };
    if plpgsql && !certain_plpgsql_error(&e.message, source) {
        return;
    }
    // Where the body stands in the statement (verbatim inside a dollar quote; else unknown).
    let body_at = (!source.is_empty()).then(|| stext.find(source)).flatten();
    let in_body = if plpgsql {
        // PL/pgSQL names the body's line; PostgreSQL's token narrows it to a column.
        let line = e.context.as_deref().and_then(pg::plpgsql_line).unwrap_or(1);
        let line_start = source
            .match_indices('\n')
            .nth((line as usize).saturating_sub(2))
            .map_or(0, |(i, _)| if line <= 1 { 0 } else { i + 1 });
        let tok = quoted_token(&e.message);
        // libpg_query keeps no position inside the body: the line is PL/pgSQL's, the column
        // that of the token on it, when it stands there.
        let line_end = source[line_start..]
            .find('\n')
            .map_or(source.len(), |i| line_start + i);
        let indent =
            source[line_start..line_end].len() - source[line_start..line_end].trim_start().len();
        tok.and_then(|t| find_token(&source[line_start..line_end], t).map(|i| line_start + i))
            .unwrap_or(line_start + indent)
    } else {
        e.cursor.map_or(0, |c| byte_of_char(source, c))
    };
    let (pos, message) = match body_at {
        Some(b) => (raw.pos_of(from + b + in_body), e.message.clone()),
        None => (stmt.start, e.message.clone()),
    };
    let what = if plpgsql { "PL/pgSQL" } else { "SQL function" };
    out.push(
        ctx.diag_at(Code::Syntax, pos, token_width(&message), format!("{what} body: {message}"))
            .label(if plpgsql {
                "PostgreSQL compiles the body when it runs the statement; PL/pgSQL reports the error near this line"
            } else {
                "PostgreSQL parses the body when it runs the statement, and stops here"
            })
            .help(syntax_help(&message, source, in_body)),
    );
}

/// The first place `tok` stands in `text` as a token of its own (not inside a longer word).
fn find_token(text: &str, tok: &str) -> Option<usize> {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let wordy = tok.chars().all(word);
    text.match_indices(tok).map(|(i, _)| i).find(|&i| {
        !wordy
            || (!text[..i].chars().next_back().is_some_and(word)
                && !text[i + tok.len()..].chars().next().is_some_and(word))
    })
}

fn lead_width(stmt: &LexStmt) -> u32 {
    stmt.words()
        .take(2)
        .map(|w| w.len() as u32 + 1)
        .sum::<u32>()
        .saturating_sub(1)
        .max(1)
}

fn is_up(line: &str) -> bool {
    line.strip_prefix("--")
        .map(|b| b.trim().eq_ignore_ascii_case("+goose up"))
        .unwrap_or(false)
}

/// The transaction rules of one statement.
fn check_transaction_rules(
    ctx: &Ctx<'_>,
    stmt: &LexStmt,
    no_tx: bool,
    unit_statements: usize,
    block: bool,
    out: &mut Vec<Diagnostic>,
) {
    let lead_width = lead_width(stmt);
    let at = |code, msg: String| ctx.diag_at(code, stmt.start, lead_width, msg);
    if let Some(tc) = rules::transaction_control(stmt)
        && !no_tx
    {
        out.push(
            at(Code::TransactionControl, format!("`{tc}` in a transactional migration"))
                .label("the migration already runs in a transaction of its own")
                .help("remove it; if the file must manage transactions itself, add `-- +goose NO TRANSACTION` at its top"),
        );
    }
    if let Some(nt) = rules::non_transactional(stmt) {
        if !no_tx {
            out.push(
                at(Code::NeedsNoTransaction, format!("`{nt}` cannot run inside a transaction block"))
                    .label("this migration runs in a transaction")
                    .help("move the statement to a migration of its own that starts with `-- +goose NO TRANSACTION`"),
            );
        } else if unit_statements > 1 {
            let how = if block {
                "in one StatementBegin/End block"
            } else {
                "on one line"
            };
            out.push(
                at(Code::SharedUnit, format!("`{nt}` shares one query with other statements ({how})"))
                    .label("PostgreSQL runs a multi-statement query as one implicit transaction")
                    .help("give this statement a unit of its own: outside any StatementBegin/End block, on its own line(s), ending with `;`"),
            );
        }
    }
}
