//! The replay: every migration's Up statements in version order over one model, then each Down
//! over the model its Up left, with every reference checked against what can exist there.

use std::collections::BTreeSet;
use std::sync::Arc;

use sqlparser::ast::{Ident, ObjectName};
use sqlparser::tokenizer::Span;

use super::names::{Written, quote};
use super::{
    Cause, Column, Doubtful, Gone, Key, Namespace, Origin, RelKind, Relation, Routines,
    SchemaModel, Slot, TEMP_SCHEMA, Touch, TypeDef, TypeKind, builtins,
};
use crate::diagnostic::{Code, Diagnostic};
use crate::set::{Migration, MigrationSet, Section, Unit, Version};

/// What replaying a set found: diagnostics, and the model after each migration.
#[derive(Clone, Debug, Default)]
pub struct Replayed {
    /// Errors (references that cannot hold) and warnings (references the model cannot vouch
    /// for), in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// The model after each migration's Up section, in version order ([`replay`]), or after
    /// the last one only ([`replay_last`]).
    pub states: Vec<(Version, SchemaModel)>,
    /// How long the replay took.
    pub elapsed: std::time::Duration,
}

impl Replayed {
    /// Makes every finding a warning: at run time the server is the authority on names, so a
    /// finding it might not share must not refuse a set.
    pub fn downgrade(&mut self) {
        for d in &mut self.diagnostics {
            d.severity = crate::Severity::Warning;
        }
    }

    /// The model after every migration up to `version` (a fresh database for version 0).
    pub fn at(&self, version: Version) -> SchemaModel {
        self.states
            .iter()
            .take_while(|(v, _)| *v <= version)
            .last()
            .map_or_else(SchemaModel::fresh, |(_, m)| m.clone())
    }

    /// The model after the last migration.
    pub fn latest(&self) -> SchemaModel {
        self.states
            .last()
            .map_or_else(SchemaModel::fresh, |(_, m)| m.clone())
    }
}

/// Replays `set`: Up sections in version order, then each Down section over the model left by
/// its own Up (where a reverse replay reaches it), so that a wrong Down does not cascade.
pub fn replay(set: &MigrationSet) -> Replayed {
    replay_with(set, true)
}

/// [`replay`] keeping only the last state, for a caller that wants the findings and the final
/// schema (the checker, `embed_migrations!` and the run time's check of `--source`). Each
/// statement is parsed when it is replayed and dropped after: holding every parsed statement
/// of a large set at once cost more than the parse itself.
pub fn replay_last(set: &MigrationSet) -> Replayed {
    replay_with(set, false)
}

fn replay_with(set: &MigrationSet, every_state: bool) -> Replayed {
    let started = std::time::Instant::now();
    let mut model = SchemaModel::fresh();
    let mut diagnostics = Vec::new();
    let mut states = Vec::with_capacity(set.len());
    for (i, m) in set.iter().enumerate() {
        let mut r = Replayer::new(&mut model, m, &mut diagnostics, false);
        r.declared_assumptions();
        r.section(&m.up);
        r.finish();
        // The Down runs over what its Up left, on a copy (relations are shared until changed).
        if let Some(down) = &m.down {
            let mut after = model.clone();
            let mut r = Replayer::new(&mut after, m, &mut diagnostics, true);
            r.section(down);
        }
        if every_state || i + 1 == set.len() {
            states.push((m.version, model.clone()));
        }
    }
    Replayed {
        diagnostics,
        states,
        elapsed: started.elapsed(),
    }
}

/// Which catalog a name lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Space {
    /// Tables, views, indexes, sequences (`pg_class`).
    Relation,
    /// Types and domains (`pg_type`), which also holds every table's row type.
    Type,
    /// Functions, procedures, aggregates (`pg_proc`).
    Routine,
}

/// A reference to something that cannot exist, for [`Replayer::report_missing`].
pub(crate) struct Missing<'n> {
    pub code: Code,
    pub span: Span,
    /// `table \`x\``.
    pub what: &'n str,
    /// What became of it, when it existed before.
    pub gone: Option<&'n Gone>,
    /// Names nearby, for "did you mean".
    pub candidates: Vec<String>,
    pub name: &'n str,
    /// A `DROP`: the help suggests `IF EXISTS`.
    pub dropping: bool,
}

/// Which names a [`Replayer::touch`] covers.
pub(crate) enum Names {
    Words(Arc<super::names::WordSet>),
    All,
}

/// What a [`Replayer::touch`] may have done to the names it covers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    /// Created them (what exists under those names stays certain).
    Create,
    /// Created them under names PostgreSQL generates (no warning when one is created again).
    Generated,
    /// Created, changed or dropped them.
    Any,
}

/// What a name in one schema is.
pub(crate) enum Look {
    Here,
    Maybe(Cause),
    Absent(Option<Gone>),
}

/// What a name in a statement resolves to.
pub(crate) enum Res {
    Here(Key),
    /// A `pg_catalog` or other system object.
    System,
    Maybe(Key, Cause),
    Missing(Key, Option<Gone>),
    NoSchema(String),
}

/// How a creation may proceed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Free {
    /// The name is free (or taken and already reported): create.
    Yes,
    /// Taken, `IF NOT EXISTS`: nothing happens.
    No,
    /// May be taken, `IF NOT EXISTS`: the object exists afterwards, its shape unknown.
    Unsure,
}

pub(crate) struct Replayer<'a> {
    pub model: &'a mut SchemaModel,
    pub m: &'a Migration,
    pub path: Arc<str>,
    diags: &'a mut Vec<Diagnostic>,
    pub down: bool,
    /// The effective `search_path` for unqualified names.
    pub search_path: Vec<String>,
    /// What a session-level `SET search_path` left, and where.
    session_path: Option<(Vec<String>, Origin)>,
    /// The `search_path` that may be in force instead of `search_path` (a new session's
    /// default while an earlier migration's session-level `SET` is carried), and where that
    /// `SET` is: a name missing under one but found under the other is uncertain, not missing.
    pub(crate) alt_path: Option<(Vec<String>, Origin)>,
    /// This section has been warned that it relies on an earlier migration's `search_path`.
    warned_session_path: bool,
    pub unit: Option<&'a Unit>,
    pub sql: &'a str,
    pub line: u32,
    pub column: u32,
    /// `descendants` for this statement (cleared when partitions or parents change).
    pub(crate) families: std::cell::RefCell<std::collections::HashMap<Key, Vec<Key>>>,
}

pub(crate) fn default_path() -> Vec<String> {
    vec!["public".to_string()]
}

impl<'a> Replayer<'a> {
    pub(crate) fn new(
        model: &'a mut SchemaModel,
        m: &'a Migration,
        diags: &'a mut Vec<Diagnostic>,
        down: bool,
    ) -> Self {
        // A session-level `SET` of an earlier migration is still in force when this one runs
        // in the same session (a fresh `up`); in a new session the default is.
        let (search_path, alt_path) = match &model.session_path {
            Some((path, at)) if *path != default_path() => {
                (path.clone(), Some((default_path(), at.clone())))
            }
            _ => (default_path(), None),
        };
        Replayer {
            model,
            path: Arc::from(m.path.as_ref()),
            m,
            diags,
            down,
            search_path,
            session_path: None,
            alt_path,
            warned_session_path: false,
            unit: None,
            sql: "",
            line: 1,
            column: 1,
            families: std::cell::RefCell::default(),
        }
    }

    fn section(&mut self, section: &'a Section) {
        for unit in section.units.iter() {
            let path_before = self.search_path.clone();
            for i in 0..unit.statements.len() {
                self.statement(unit, i);
            }
            if self.m.no_transaction && self.session_path.is_none() {
                // `SET LOCAL` lasts for the unit's own implicit transaction only.
                self.search_path = path_before;
            }
        }
    }

    /// `-- +gander assume <kind> <name>`: objects that exist although no migration creates them.
    fn declared_assumptions(&mut self) {
        for a in self.m.assumes.iter() {
            let parsed = sqlparser::parser::Parser::new(&sqlparser::dialect::PostgreSqlDialect {})
                .try_with_sql(&a.name)
                .and_then(|mut p| p.parse_object_name(false));
            let Some(w) = parsed.ok().as_ref().and_then(Written::from_object) else {
                continue;
            };
            let origin = Origin {
                path: self.path.clone(),
                line: a.line,
            };
            self.line = a.line;
            match a.kind.as_ref() {
                "schema" => {
                    if self.model.namespace(&w.name).is_none() {
                        self.model.schemas.insert(
                            w.name.as_str().into(),
                            Slot::Here(Namespace::new(&w.name, Some(origin))),
                        );
                    }
                }
                "extension" => {
                    let schema = self.creation_schema();
                    self.create_extension(&w.name, &schema, w.span, true);
                }
                kind => {
                    let (space, what) = match kind {
                        "type" => (Space::Type, "type"),
                        "function" | "procedure" => (Space::Routine, kind),
                        _ => (Space::Relation, kind),
                    };
                    let key = match &w.schema {
                        Some(s) => Key::new(s, &w.name),
                        None => Key::new(&self.creation_schema(), &w.name),
                    };
                    self.assume(&key, space, what);
                }
            }
        }
    }

    /// The end of the migration: what lasts only for the session becomes uncertain.
    fn finish(&mut self) {
        if let Some(ns) = self.model.namespace_mut(TEMP_SCHEMA) {
            let names: Vec<String> = ns
                .relations
                .iter()
                .filter(|(_, slot)| slot.here().is_some())
                .map(|(name, _)| name.to_string())
                .collect();
            ns.relations.clear();
            if !names.is_empty() {
                let mut words = super::names::WordSet::default();
                for n in names {
                    words.insert(n);
                }
                let what = "a temporary table (it lasts until the session ends)".to_string();
                self.touch(Names::Words(Arc::new(words)), what, Change::Create);
            }
        }
        if let Some((path, at)) = self.session_path.take() {
            // Carried into the migrations after this one (the Down replays on a copy).
            self.model.session_path = (path != default_path()).then_some((path, at));
        }
    }

    fn statement(&mut self, unit: &'a Unit, index: usize) {
        let st = &unit.statements[index];
        self.unit = Some(unit);
        self.sql = unit.statement_sql(index);
        self.line = st.line;
        self.column = st.column;
        self.families.borrow_mut().clear();
        if super::is_bulk(self.sql) {
            self.run_code(false);
            return;
        }
        let parsed = if unit.envsub.is_empty() {
            crate::rules::parse_statements(self.sql).ok()
        } else {
            // The statement as goose sends it, with compile-time ENVSUB values.
            unit.substituted(crate::envsub::Values::Placeholders)
                .ok()
                .and_then(|t| {
                    t.get(st.start as usize..st.end as usize)
                        .and_then(|s| crate::rules::parse_statements(s).ok())
                })
        };
        if parsed.is_none() && !unit.envsub.is_empty() {
            self.unfollowable_all("a statement with `-- +goose ENVSUB ON` substitutions");
            return;
        }
        match parsed {
            Some(statements) => {
                for s in statements.iter() {
                    self.apply(s);
                }
            }
            None => super::fallback::apply(self),
        }
        if self.model.event_triggers {
            self.run_code(true);
        }
    }

    // ---- places and diagnostics -------------------------------------------------------

    pub(crate) fn origin(&self) -> Origin {
        Origin {
            path: self.path.clone(),
            line: self.line,
        }
    }

    pub(crate) fn origin_at(&self, span: Span) -> Origin {
        Origin {
            path: self.path.clone(),
            line: self.place(span).0,
        }
    }

    fn place(&self, span: Span) -> (u32, u32, u32) {
        if span.start.line == 0 {
            let width = self
                .sql
                .split_whitespace()
                .next()
                .map_or(1, |w| w.chars().count() as u32);
            return (self.line, self.column, width);
        }
        let line = self.line + span.start.line as u32 - 1;
        let column = if span.start.line == 1 {
            self.column + span.start.column as u32 - 1
        } else {
            span.start.column as u32
        };
        let width = if span.end.line == span.start.line && span.end.column > span.start.column {
            (span.end.column - span.start.column) as u32
        } else {
            1
        };
        (line, column, width)
    }

    fn source_line(&self, line: u32) -> String {
        let Some(unit) = self.unit else {
            return String::new();
        };
        let index = line.saturating_sub(unit.line) as usize;
        let text = unit.sql.lines().nth(index).unwrap_or("");
        if index == 0 {
            format!(
                "{}{text}",
                " ".repeat(unit.column.saturating_sub(1) as usize)
            )
        } else {
            text.to_string()
        }
    }

    pub(crate) fn diag(&self, code: Code, span: Span, message: String) -> Diagnostic {
        let (line, column, width) = self.place(span);
        Diagnostic::new(code, &self.path, line, message)
            .source(&self.source_line(line))
            .at(column, width)
    }

    pub(crate) fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    fn section_word(&self) -> &'static str {
        if self.down { "Down" } else { "Up" }
    }

    /// `X does not exist at this point`.
    pub(crate) fn report_missing(&mut self, m: Missing<'_>) {
        let Missing {
            code,
            span,
            what,
            gone,
            candidates,
            name,
            dropping,
        } = m;
        let label = match gone {
            Some(g) => format!("{} at {}", g.how, g.at),
            None if self.down => {
                "neither an earlier migration nor this migration's Up section creates it"
                    .to_string()
            }
            None => "no earlier statement creates it".to_string(),
        };
        let renamed = gone.and_then(|g| g.how.strip_prefix("renamed to "));
        let help = match crate::rules::nearest(name, candidates.iter().map(String::as_str)) {
            _ if renamed.is_some() => format!(
                "it is called {} from then on: use that name",
                renamed.unwrap_or_default()
            ),
            _ if gone.is_some() && !dropping => {
                "move this statement before the one that removed it, or create it again first"
                    .to_string()
            }
            Some(near) if near != name => format!("did you mean `{near}`?"),
            _ if dropping => format!(
                "remove the statement, or write `IF EXISTS` if it may run where the {} is absent",
                what.split(' ').next().unwrap_or(what)
            ),
            _ if self.down => {
                "create it in the Up section or an earlier migration, or correct the name (and its schema)"
                    .to_string()
            }
            _ => {
                let kind = match what.split(' ').next().unwrap_or(what) {
                    "relation" => "table",
                    k => k,
                };
                if let Some(ext) = providing_extension(kind, name) {
                    format!(
                        "the extension `{ext}` creates it: add `CREATE EXTENSION IF NOT EXISTS {ext};` before this statement; if the platform creates the extension, declare it instead: `-- +gander assume extension {ext}` in this file (or `assume = [\"extension:{ext}\"]` in `embed_migrations!`, `--assume extension:{ext}` for `gander check`)"
                    )
                } else if crate::parse::ASSUMABLE.contains(&kind) {
                    format!(
                        "create it in an earlier statement or migration, or correct the name; if something other than the migrations creates it, declare it in this file: `-- +gander assume {kind} {name}` (or, without editing the files, `assume = [\"{kind}:{name}\"]` in `embed_migrations!` and `--assume {kind}:{name}` for `gander check`)"
                    )
                } else {
                    "create it in an earlier statement or migration, or correct the name".to_string()
                }
            }
        };
        let d = self
            .diag(
                code,
                span,
                format!(
                    "{what} does not exist at this point of the {} section",
                    self.section_word()
                ),
            )
            .label(label)
            .help(help);
        self.push(d);
    }

    pub(crate) fn report_exists(&mut self, span: Span, what: &str, origin: Option<&Origin>) {
        let label = match origin {
            Some(o) => format!("already created at {o}"),
            None => "every database has it".to_string(),
        };
        let d = self
            .diag(Code::AlreadyExists, span, format!("{what} already exists at this point"))
            .label(label)
            .help("remove the statement, or write `IF NOT EXISTS` (or `OR REPLACE`) if it may run where it exists");
        self.push(d);
    }

    pub(crate) fn warn_uncertain(&mut self, span: Span, what: &str, cause: &Cause, exists: bool) {
        if cause.silent() || (exists && cause.generated) {
            return;
        }
        let question = if exists {
            format!("cannot tell whether {what} already exists here")
        } else {
            format!("cannot tell whether {what} exists here")
        };
        if cause.session_path {
            let d = self
                .diag(Code::UncertainReference, span, format!("{what} is found only while {cause} is in force"))
                .label("an earlier migration set this path for the session: a fresh `up` runs both in one session, a later `up` runs this migration in a session of its own, with the default path")
                .help("name the schema in this migration's statements, or repeat the `SET search_path` at its top (this warning is given once per section)");
            self.push(d);
            return;
        }
        let d = self
            .diag(Code::UncertainReference, span, question)
            .label(format!("{cause} may have created, changed or dropped it"))
            .help("the schema model cannot follow that statement, so PostgreSQL checks this one when the migration runs; from here on the model assumes the statement succeeds");
        self.push(d);
    }

    // ---- uncertainty ------------------------------------------------------------------

    /// Names that something here (`what`) may have created or, with `Change::Any`, changed or
    /// dropped: `words` and the names PostgreSQL would generate from them, or every name.
    pub(crate) fn touch(&mut self, words: Names, what: String, change: Change) {
        let (words, all) = match words {
            Names::Words(w) => (w, false),
            Names::All => (Arc::default(), true),
        };
        let cause = Cause {
            what,
            at: Some(self.origin()),
            generated: change == Change::Generated,
            session_path: false,
        };
        self.model
            .apply_touch(Touch { words, all, cause }, change == Change::Any);
    }

    /// A statement the model cannot follow: every name in its text may have changed.
    pub(crate) fn unfollowable(&mut self, what: &str) {
        let words = Arc::new(super::names::WordSet::from_text(self.sql));
        self.touch(Names::Words(words), what.to_string(), Change::Any);
    }

    pub(crate) fn unfollowable_all(&mut self, what: &str) {
        self.touch(Names::All, what.to_string(), Change::Any);
    }

    /// A name PostgreSQL generates that the model cannot compute exactly: anything starting
    /// with `prefix` may now exist.
    pub(crate) fn may_create_prefix(&mut self, prefix: &str, what: String) {
        let words = Arc::new(super::names::WordSet::prefix(prefix.to_string()));
        self.touch(Names::Words(words), what, Change::Generated);
    }

    /// A statement that runs code (DML, `SELECT`, `CALL`, `DO`): the functions it may reach
    /// and that can change the schema make their names uncertain.
    pub(crate) fn run_code(&mut self, everything: bool) {
        let routines: Vec<(String, super::Effects)> = self
            .model
            .routines()
            .flat_map(|rs| {
                rs.overloads
                    .iter()
                    .filter_map(|r| r.effects.clone().map(|e| (rs.key.name.clone(), e)))
            })
            .collect();
        if !routines.iter().any(|(_, e)| e.ddl) {
            return;
        }
        let mut reach: BTreeSet<String> = super::names::words(self.sql).into_iter().collect();
        let everything = everything || self.model.event_triggers;
        // Triggers of the tables the statement names, and the code of views and defaults.
        let mut extra = Vec::new();
        for r in self.model.relations_any_order() {
            if reach.contains(&r.key.name) {
                extra.extend(
                    r.triggers
                        .iter()
                        .filter_map(|t| t.function.as_ref())
                        .map(|k| k.name.clone()),
                );
                extra.extend(r.code_words.iter().cloned());
            }
        }
        reach.extend(extra);
        loop {
            let before = reach.len();
            for (name, e) in &routines {
                if everything || reach.contains(name) {
                    let words: Vec<String> = e.words.words().cloned().collect();
                    reach.extend(words);
                    reach.insert(name.clone());
                }
            }
            if reach.len() == before {
                break;
            }
        }
        for (name, e) in routines {
            if e.ddl && (everything || reach.contains(&name)) {
                let words = if e.dynamic {
                    Names::All
                } else {
                    Names::Words(e.words)
                };
                let what = format!(
                    "function `{name}`, which can change the schema and may run in the statement"
                );
                self.touch(words, what, Change::Any);
            }
        }
    }

    // ---- names --------------------------------------------------------------------------

    pub(crate) fn written(&mut self, name: &ObjectName) -> Option<Written> {
        let w = Written::from_object(name);
        if w.is_none() {
            self.unfollowable("a name the model cannot read");
        }
        w
    }

    fn schema_look(&self, schema: &str) -> Look {
        match self.model.schemas.get(schema) {
            Some(Slot::Here(ns)) => match &ns.doubt {
                Some(c) => Look::Maybe(c.clone()),
                None => Look::Here,
            },
            Some(Slot::Gone(g)) => Look::Absent(Some(g.clone())),
            None => match self.model.touched(schema) {
                Some(c) => Look::Maybe(c.clone()),
                None => Look::Absent(None),
            },
        }
    }

    /// What `name` is in `schema`, in one catalog.
    pub(crate) fn look(&self, schema: &str, name: &str, space: Space) -> Look {
        let Some(ns) = self.model.namespace(schema) else {
            return match self.schema_look(schema) {
                Look::Maybe(c) => Look::Maybe(c),
                _ => Look::Absent(None),
            };
        };
        fn entry<T: Doubtful>(slot: Option<&Slot<T>>) -> Option<Look> {
            match slot? {
                Slot::Here(t) => Some(match t.doubt() {
                    Some(c) => Look::Maybe(c.clone()),
                    None => Look::Here,
                }),
                Slot::Gone(g) => Some(Look::Absent(Some(g.clone()))),
            }
        }
        let found = match space {
            Space::Relation => entry(ns.relations.get(name)),
            Space::Routine => entry(ns.routines.get(name)),
            Space::Type => match entry(ns.types.get(name)) {
                Some(Look::Here) => Some(Look::Here),
                other => {
                    // Every table, view and foreign table has a row type of its name.
                    match ns.relations.get(name) {
                        Some(Slot::Here(r)) if r.kind.has_columns() => {
                            entry(ns.relations.get(name))
                        }
                        _ => other,
                    }
                }
            },
        };
        match found {
            // A touch after the tombstone would have removed it.
            Some(l) => l,
            None => {
                if let Some(c) = self.model.touched(name) {
                    Look::Maybe(c.clone())
                } else if let Some(c) = ns.open.as_ref().or(ns.doubt.as_ref()) {
                    Look::Maybe(c.clone())
                } else if let (Space::Routine, Some(c)) = (space, &ns.open_routines) {
                    Look::Maybe(c.clone())
                } else {
                    Look::Absent(None)
                }
            }
        }
    }

    fn is_system(space: Space, name: &str) -> bool {
        match space {
            Space::Relation => {
                name.starts_with("pg_") || builtins::RELATIONS.binary_search(&name).is_ok()
            }
            Space::Type => super::types::is_builtin_type(name),
            Space::Routine => builtins::ROUTINES.binary_search(&name).is_ok(),
        }
    }

    /// The schemas an unqualified name is looked up in, in order.
    fn lookup_path(&self, space: Space) -> Vec<String> {
        self.lookup_path_in(space, &self.search_path)
    }

    fn lookup_path_in(&self, space: Space, search_path: &[String]) -> Vec<String> {
        let mut path = Vec::with_capacity(search_path.len() + 1);
        if space != Space::Routine && self.model.namespace(TEMP_SCHEMA).is_some() {
            path.push(TEMP_SCHEMA.to_string());
        }
        path.extend(search_path.iter().cloned());
        path
    }

    /// The schema unqualified `CREATE`s go to.
    pub(crate) fn creation_schema(&self) -> String {
        self.creation_schema_in(&self.search_path)
    }

    fn creation_schema_in(&self, search_path: &[String]) -> String {
        search_path
            .iter()
            .find(|s| self.model.namespace(s).is_some())
            .cloned()
            .unwrap_or_else(|| "public".to_string())
    }

    pub(crate) fn resolve(&self, w: &Written, space: Space) -> Res {
        if let Some(schema) = &w.schema {
            if schema == "pg_catalog" && Self::is_system(space, &w.name) {
                return Res::System;
            }
            let key = Key::new(schema, &w.name);
            return match self.schema_look(schema) {
                Look::Absent(_) => Res::NoSchema(schema.clone()),
                Look::Maybe(c) => Res::Maybe(key, c),
                Look::Here => match self.look(schema, &w.name, space) {
                    Look::Here => Res::Here(key),
                    Look::Maybe(c) => Res::Maybe(key, c),
                    Look::Absent(g) => Res::Missing(key, g),
                },
            };
        }
        let found = self.resolve_unqualified(w, space, &self.search_path);
        let Some((alt, at)) = &self.alt_path else {
            return found;
        };
        // Found under only one of the two paths: it holds in a fresh `up` (one session) but
        // not when this migration runs in a session of its own, or the other way round.
        let other = self.resolve_unqualified(w, space, alt);
        let path = self.search_path.join(", ");
        // `session_path`: found in a fresh `up` only (the model follows it, and warns once).
        let uncertain = |key: Key, what: String, session_path: bool| {
            Res::Maybe(
                key,
                Cause {
                    what,
                    at: Some(at.clone()),
                    generated: false,
                    session_path,
                },
            )
        };
        match (found, other) {
            // Missing in a fresh `up`, found in a session of its own: nothing to follow.
            (Res::Missing(..), Res::Here(key) | Res::Maybe(key, _)) => uncertain(
                key,
                format!(
                    "the default search_path of a session of its own (in a fresh `up`, the session-level `SET search_path TO {path}` is in force)"
                ),
                false,
            ),
            // Made by this migration under the same path: found either way.
            (Res::Here(key), Res::Missing(..))
                if self
                    .origin_of(&key, space)
                    .is_some_and(|o| o.path == self.path) =>
            {
                Res::Here(key)
            }
            (Res::Here(key), Res::Missing(..)) => uncertain(
                key,
                format!("the session-level `SET search_path TO {path}`"),
                true,
            ),
            (found, _) => found,
        }
    }

    fn resolve_unqualified(&self, w: &Written, space: Space, search_path: &[String]) -> Res {
        let path = self.lookup_path_in(space, search_path);
        let mut maybe: Option<(Key, Cause)> = None;
        let mut gone: Option<Gone> = None;
        let system_first = Self::is_system(space, &w.name);
        for (i, schema) in path.iter().enumerate() {
            if system_first && (i > 0 || schema != TEMP_SCHEMA) {
                // pg_catalog comes before the path (after pg_temp for relations and types).
                return maybe.map_or(Res::System, |(k, c)| Res::Maybe(k, c));
            }
            let key = Key::new(schema, &w.name);
            match self.look(schema, &w.name, space) {
                Look::Here => {
                    return match maybe {
                        Some((_, c)) => Res::Maybe(key, c),
                        None => Res::Here(key),
                    };
                }
                Look::Maybe(c) => {
                    maybe.get_or_insert((key, c));
                }
                Look::Absent(g) => {
                    if gone.is_none() {
                        gone = g;
                    }
                }
            }
        }
        if system_first {
            return maybe.map_or(Res::System, |(k, c)| Res::Maybe(k, c));
        }
        match maybe {
            Some((k, c)) => Res::Maybe(k, c),
            None => Res::Missing(
                Key::new(&self.creation_schema_in(search_path), &w.name),
                gone,
            ),
        }
    }

    /// Names of one catalog visible to an unqualified lookup (for "did you mean").
    pub(crate) fn visible_names(&self, space: Space, schema: Option<&str>) -> Vec<String> {
        let schemas: Vec<String> = match schema {
            Some(s) => vec![s.to_string()],
            None => self.lookup_path(space),
        };
        let mut out = Vec::new();
        for s in schemas {
            if let Some(ns) = self.model.namespace(&s) {
                fn present<T: Clone>(map: &super::Map<Slot<T>>) -> Vec<String> {
                    map.iter()
                        .filter(|(_, v)| v.here().is_some())
                        .map(|(k, _)| k.to_string())
                        .collect()
                }
                out.extend(match space {
                    Space::Relation => present(&ns.relations),
                    Space::Type => present(&ns.types),
                    Space::Routine => present(&ns.routines),
                });
            }
        }
        // Ranked by closeness later; sorted first, so that ties do not depend on the hashing.
        out.sort_unstable();
        out
    }

    /// Where a new object named `w` goes; `None` when it cannot be created (already reported).
    pub(crate) fn creation_key(&mut self, w: &Written, temporary: bool) -> Option<Key> {
        if temporary {
            if self.model.namespace(TEMP_SCHEMA).is_none() {
                self.model.schemas.insert(
                    TEMP_SCHEMA.into(),
                    Slot::Here(Namespace::new(TEMP_SCHEMA, None)),
                );
            }
            return Some(Key::new(TEMP_SCHEMA, &w.name));
        }
        match &w.schema {
            None => Some(Key::new(&self.creation_schema(), &w.name)),
            Some(s) => {
                match self.schema_look(s) {
                    Look::Here => {}
                    Look::Maybe(c) => {
                        self.warn_uncertain(w.span, &format!("schema `{}`", quote(s)), &c, false);
                        self.assume_schema(s);
                    }
                    Look::Absent(g) => {
                        let candidates = self.model.schema_names().map(str::to_string).collect();
                        self.report_missing(Missing {
                            code: Code::UnknownObject,
                            span: w.span,
                            what: &format!("schema `{}`", quote(s)),
                            gone: g.as_ref(),
                            candidates,
                            name: s,
                            dropping: false,
                        });
                        self.assume_schema(s);
                    }
                }
                Some(Key::new(s, &w.name))
            }
        }
    }

    /// Where a new object named `w` goes and whether it may be created there; `None` when
    /// nothing is to be done (`IF NOT EXISTS` on a name that is taken).
    pub(crate) fn begin_create(
        &mut self,
        w: &Written,
        temporary: bool,
        space: Space,
        if_not_exists: bool,
    ) -> Option<(Key, Free)> {
        let key = self.creation_key(w, temporary)?;
        let what = match space {
            Space::Type => format!("type `{key}`"),
            _ => format!("relation `{key}`"),
        };
        match self.check_free(&key, space, &what, w.span, if_not_exists) {
            Free::No => None,
            free => Some((key, free)),
        }
    }

    pub(crate) fn assume_schema(&mut self, schema: &str) {
        match self.model.schemas.get_mut(schema) {
            Some(Slot::Here(ns)) => ns.doubt = None,
            _ => {
                let mut ns = Namespace::new(schema, None);
                ns.open = Some(Cause {
                    what: format!("schema `{}`, which the model only assumes", quote(schema)),
                    at: None,
                    generated: false,
                    session_path: false,
                });
                self.model.schemas.insert(schema.into(), Slot::Here(ns));
            }
        }
    }

    /// Whether `key` may be created in `space`.
    pub(crate) fn check_free(
        &mut self,
        key: &Key,
        space: Space,
        what: &str,
        span: Span,
        if_not_exists: bool,
    ) -> Free {
        let mut look = self.look(&key.schema, &key.name, space);
        if space == Space::Relation && matches!(look, Look::Absent(_)) {
            // A composite type takes a relation name too.
            if let Some(Slot::Here(t)) = self
                .model
                .namespace(&key.schema)
                .and_then(|ns| ns.types.get(key.name.as_str()))
                && matches!(t.kind, TypeKind::Composite(_))
            {
                look = match &t.doubt {
                    Some(c) => Look::Maybe(c.clone()),
                    None => Look::Here,
                };
            }
        }
        match look {
            Look::Here if if_not_exists => Free::No,
            Look::Here => {
                let origin = self.origin_of(key, space);
                self.report_exists(span, what, origin.as_ref());
                Free::Yes
            }
            Look::Maybe(_) if if_not_exists => Free::Unsure,
            Look::Maybe(c) => {
                self.warn_uncertain(span, what, &c, true);
                Free::Yes
            }
            Look::Absent(_) => Free::Yes,
        }
    }

    fn origin_of(&self, key: &Key, space: Space) -> Option<Origin> {
        let ns = self.model.namespace(&key.schema)?;
        let relation = || ns.relations.get(key.name.as_str())?.here()?.origin.clone();
        let typedef = || ns.types.get(key.name.as_str())?.here()?.origin.clone();
        match space {
            Space::Relation => relation().or_else(typedef),
            Space::Type => typedef().or_else(relation),
            Space::Routine => ns
                .routines
                .get(key.name.as_str())?
                .here()?
                .overloads
                .first()?
                .origin
                .clone(),
        }
    }

    /// A reference that needs `w` to exist. Returns the key of what it names, or `None` when
    /// there is nothing the model tracks (a system object, or absent under `IF EXISTS`).
    pub(crate) fn need(
        &mut self,
        w: &Written,
        space: Space,
        what: &str,
        if_exists: bool,
        dropping: bool,
    ) -> Option<Key> {
        let shown = format!("{what} `{}`", w.shown());
        match self.resolve(w, space) {
            Res::Here(k) => Some(k),
            Res::System => None,
            // Found in a fresh `up` only: the model follows the fresh `up`, and says so.
            Res::Maybe(k, c) if c.session_path => {
                // Once per section: the fix (name the schema, or repeat the `SET`) is one.
                if !self.warned_session_path {
                    self.warned_session_path = true;
                    self.warn_uncertain(w.span, &shown, &c, false);
                }
                Some(k)
            }
            Res::Maybe(k, c) => {
                if w.schema.is_none() {
                    // The model cannot tell which object an unqualified name reaches here: the
                    // statement may drop, rename or alter any object of that name, so none of
                    // them stays certain.
                    let mut words = super::names::WordSet::default();
                    words.insert(w.name.clone());
                    self.touch(
                        Names::Words(Arc::new(words)),
                        format!("a statement on {shown}, which the model cannot place in a schema"),
                        Change::Any,
                    );
                }
                if dropping && if_exists && w.schema.is_some() {
                    // Whatever was there, nothing of that name is left once it succeeds.
                    return Some(k);
                }
                if if_exists || c.silent() {
                    return None;
                }
                self.warn_uncertain(w.span, &shown, &c, false);
                self.assume(&k, space, what);
                Some(k)
            }
            Res::Missing(k, gone) => {
                if if_exists {
                    return None;
                }
                let code = match (space, what) {
                    (Space::Relation, "index") => Code::UnknownIndex,
                    (Space::Relation, _) => Code::UnknownTable,
                    (Space::Type, _) => Code::UnknownType,
                    (Space::Routine, _) => Code::UnknownFunction,
                };
                let candidates = self.visible_names(space, w.schema.as_deref());
                self.report_missing(Missing {
                    code,
                    span: w.span,
                    what: &shown,
                    gone: gone.as_ref(),
                    candidates,
                    name: &w.name,
                    dropping,
                });
                self.assume(&k, space, what);
                Some(k)
            }
            Res::NoSchema(s) => {
                if if_exists {
                    return None;
                }
                let candidates = self.model.schema_names().map(str::to_string).collect();
                self.report_missing(Missing {
                    code: Code::UnknownObject,
                    span: w.span,
                    what: &format!("schema `{}`", quote(&s)),
                    gone: None,
                    candidates,
                    name: &s,
                    dropping: false,
                });
                None
            }
        }
    }

    /// `ALTER … IF EXISTS x RENAME TO y` on an `x` the model is unsure of: `y` may exist now.
    pub(crate) fn renamed_if_it_existed(&mut self, w: &Written, space: Space, new: &str) {
        if let Res::Maybe(_, cause) = self.resolve(w, space) {
            let mut words = super::names::WordSet::default();
            words.insert(new.to_string());
            let command: Vec<&str> = self.sql.split_whitespace().take(2).collect();
            let what = format!(
                "`{} IF EXISTS … RENAME` of a name the model is unsure of ({cause})",
                command.join(" ")
            );
            self.touch(Names::Words(Arc::new(words)), what, Change::Create);
        }
    }

    /// After a reference succeeds, what it named exists (with unknown details).
    pub(crate) fn assume(&mut self, key: &Key, space: Space, what: &str) {
        self.assume_schema_quiet(&key.schema);
        let Some(ns) = self.model.namespace_mut(&key.schema) else {
            return;
        };
        match space {
            Space::Relation => {
                if let Some(Slot::Here(r)) = ns.relations.get_mut(key.name.as_str()) {
                    r.set_doubt(None);
                    return;
                }
                let kind = match what {
                    "index" => RelKind::Index,
                    "sequence" => RelKind::Sequence,
                    "view" => RelKind::View,
                    "materialized view" => RelKind::MaterializedView,
                    _ => RelKind::Table,
                };
                let mut r = Relation::new(key.clone(), kind, None);
                r.blur();
                r.assumed = true;
                ns.relations
                    .insert(key.name.as_str().into(), Slot::Here(Arc::new(r)));
            }
            Space::Type => {
                if let Some(Slot::Here(t)) = ns.types.get_mut(key.name.as_str()) {
                    t.doubt = None;
                    return;
                }
                if let Some(Slot::Here(r)) = ns.relations.get_mut(key.name.as_str()) {
                    r.set_doubt(None);
                    return;
                }
                ns.types.insert(
                    key.name.as_str().into(),
                    Slot::Here(TypeDef {
                        key: key.clone(),
                        kind: TypeKind::Other,
                        assumed: true,
                        origin: None,
                        doubt: None,
                    }),
                );
            }
            Space::Routine => {
                if let Some(Slot::Here(r)) = ns.routines.get_mut(key.name.as_str()) {
                    r.doubt = None;
                    r.exact = false;
                    return;
                }
                ns.routines.insert(
                    key.name.as_str().into(),
                    Slot::Here(Routines {
                        key: key.clone(),
                        overloads: Vec::new(),
                        exact: false,
                        doubt: None,
                    }),
                );
            }
        }
    }

    fn assume_schema_quiet(&mut self, schema: &str) {
        if self.model.namespace(schema).is_none() {
            self.assume_schema(schema);
        }
    }

    /// A reference to column `ident` of `table`. Returns whether it exists (or is assumed to).
    pub(crate) fn need_column(&mut self, table: &Key, ident: &Ident, if_exists: bool) -> bool {
        let name = super::names::fold(ident);
        let Some(rel) = self.model.relation(&table.schema, &table.name) else {
            return true;
        };
        if rel.column(&name).is_some() {
            return true;
        }
        let what = format!(
            "column `{}` of {} `{}`",
            quote(&name),
            rel.kind.as_str(),
            table
        );
        if !rel.columns_exact {
            if if_exists {
                return false;
            }
            if let Some(c) = rel.doubt.clone() {
                self.warn_uncertain(ident.span, &what, &c, false);
            }
            self.add_assumed_column(table, &name);
            return true;
        }
        if if_exists {
            return false;
        }
        let gone = rel
            .gone_columns
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, g)| g.clone());
        let candidates = rel.columns.iter().map(|c| c.name.clone()).collect();
        self.report_missing(Missing {
            code: Code::UnknownColumn,
            span: ident.span,
            what: &what,
            gone: gone.as_ref(),
            candidates,
            name: &name,
            dropping: false,
        });
        self.add_assumed_column(table, &name);
        true
    }

    fn add_assumed_column(&mut self, table: &Key, name: &str) {
        if let Some(rel) = self.model.relation_mut(table) {
            rel.columns.push(Column::named(name.to_string()));
        }
    }

    /// Every partition and inheritance child of `table`, recursively (not `table` itself).
    pub(crate) fn descendants(&self, table: &Key) -> Vec<Key> {
        if let Some(known) = self.families.borrow().get(table) {
            return known.clone();
        }
        let found = self.find_descendants(table);
        self.families
            .borrow_mut()
            .insert(table.clone(), found.clone());
        found
    }

    /// Partitions or parents changed: forget the families found so far.
    pub(crate) fn relink(&mut self, key: &Key) {
        self.model.relink(key);
        self.families.borrow_mut().clear();
    }

    fn find_descendants(&self, table: &Key) -> Vec<Key> {
        // Only a partitioned table has partitions; only inheritance gives a plain table children.
        let partitioned = self
            .model
            .relation(&table.schema, &table.name)
            .is_some_and(|r| r.kind == RelKind::PartitionedTable);
        if !partitioned && !self.model.inheritance {
            return Vec::new();
        }
        let mut out: Vec<Key> = Vec::new();
        let mut frontier = vec![table.clone()];
        while let Some(parent) = frontier.pop() {
            for r in self.model.dependents_of(&parent) {
                if (r.partition_of.as_ref() == Some(&parent) || r.inherits.contains(&parent))
                    && r.key != *table
                    && !out.contains(&r.key)
                {
                    out.push(r.key.clone());
                    frontier.push(r.key.clone());
                }
            }
        }
        out
    }

    /// A session-level `SET search_path` (or `RESET`): it outlives the migration.
    pub(crate) fn note_session_path(&mut self) {
        let origin = self.origin();
        self.session_path = Some((self.search_path.clone(), origin));
    }

    pub(crate) fn gone(&self, how: String) -> Gone {
        Gone {
            how,
            at: self.origin(),
        }
    }
}

/// Widely used extensions outside contrib and the types they create (contrib's are in
/// [`builtins::EXTENSIONS`]).
const OTHER_EXTENSIONS: &[(&str, &[&str])] = &[
    ("postgis", &["box2d", "box3d", "geography", "geometry"]),
    ("vector", &["halfvec", "sparsevec", "vector"]),
];

/// The extension that creates a missing type or relation called `name`, when one is known.
fn providing_extension(kind: &str, name: &str) -> Option<&'static str> {
    let is_type = matches!(kind, "type" | "domain");
    builtins::EXTENSIONS
        .iter()
        .find(|(_, relations, types)| {
            if is_type {
                types.contains(&name)
            } else {
                relations.contains(&name)
            }
        })
        .map(|(ext, _, _)| *ext)
        .or_else(|| {
            OTHER_EXTENSIONS
                .iter()
                .find(|(_, types)| is_type && types.contains(&name))
                .map(|(ext, _)| *ext)
        })
}
