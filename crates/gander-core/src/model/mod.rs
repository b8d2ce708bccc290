//! The schema model: what the database holds after each migration, found by replaying the
//! parsed statements in version order, so that the compiler can reject a statement that needs an
//! object that cannot exist at that point (or creates one that already does), and service code
//! can name tables and columns through generated constants.
//!
//! Soundness comes first: the model never rejects a history PostgreSQL accepts. Whatever it
//! cannot follow (a `DO` block, a function that runs DDL, a statement sqlparser cannot parse, an
//! extension's objects) makes it *uncertain* about the names involved, and a reference to an
//! uncertain name is at most a warning.

mod builtins;
mod ddl;
mod fallback;
mod map;
mod names;
mod objects;
mod render;
mod replay;
mod types;

/// The model's maps: persistent (structure shared between snapshots), so that copying the model
/// for a Down replay or a saved state costs O(1), not O(objects).
/// Statements at least this long that only read or write rows (seed data: `INSERT … VALUES`
/// of megabytes; not `SELECT`, which may be `SELECT … INTO`) are not parsed for the model: their tree would cost many times their size in
/// memory, and rows change no name. They count as code that runs (triggers may fire).
pub(crate) const BULK_BYTES: usize = 1 << 20;

/// Whether `sql` is a long statement that only reads or writes rows (see [`BULK_BYTES`]).
pub(crate) fn is_bulk(sql: &str) -> bool {
    if sql.len() < BULK_BYTES {
        return false;
    }
    let first = sql
        .trim_start_matches(|c: char| c.is_whitespace() || c == '(')
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    ["INSERT", "UPDATE", "DELETE", "COPY", "MERGE", "VALUES"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

/// In-place changes to a [`Map`]: only the entries changed are copied out of shared structure.
pub(crate) trait MapExt<V> {
    /// `f` on every entry (in no particular order).
    fn each_mut(&mut self, f: impl FnMut(&str, &mut V));
    /// `f` on the entries `select` picks (in no particular order).
    fn each_mut_where(&mut self, select: impl Fn(&str, &V) -> bool, f: impl FnMut(&str, &mut V));
    /// Removes the entries `keep` refuses.
    fn keep_only(&mut self, keep: impl Fn(&str, &V) -> bool);
}

impl<V: Clone> MapExt<V> for Map<V> {
    fn each_mut(&mut self, f: impl FnMut(&str, &mut V)) {
        self.each_mut_where(|_, _| true, f);
    }

    fn each_mut_where(
        &mut self,
        select: impl Fn(&str, &V) -> bool,
        mut f: impl FnMut(&str, &mut V),
    ) {
        let picked: Vec<Arc<str>> = self
            .iter()
            .filter(|(k, v)| select(k, v))
            .map(|(k, _)| k.clone())
            .collect();
        for k in picked {
            if let Some(v) = self.get_mut(&k) {
                f(&k, v);
            }
        }
    }

    fn keep_only(&mut self, keep: impl Fn(&str, &V) -> bool) {
        let gone: Vec<Arc<str>> = self
            .iter()
            .filter(|(k, v)| !keep(k, v))
            .map(|(k, _)| k.clone())
            .collect();
        for k in gone {
            self.remove(&k);
        }
    }
}
use std::fmt;
use std::sync::Arc;

pub use names::Key;
pub(crate) use names::RESERVED;
pub use replay::{Replayed, replay, replay_last};
pub use types::{ColumnType, TypeRef};

pub(crate) use map::{Map, NameSet};
use names::WordSet;

/// Where the model learnt something: a migration file and line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The file as shown in diagnostics (`migrations/013_create_audit_events_table.sql`).
    pub path: Arc<str>,
    /// 1-based line.
    pub line: u32,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.path, self.line)
    }
}

/// Why the model cannot tell whether a name exists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cause {
    /// `the DO block`, `the statement sqlparser cannot parse`, …
    pub what: String,
    /// Where; `None` for what a fresh database or an extension may hold.
    pub at: Option<Origin>,
    /// A name PostgreSQL generates: it may exist, but nothing was dropped or changed, and a
    /// new object colliding with it is not worth a warning.
    pub generated: bool,
    /// A name found under only one of two search paths that may be in force (an earlier
    /// migration's session-level `SET search_path`, or a new session's default).
    pub session_path: bool,
}

impl Cause {
    /// Uncertainty nobody needs to hear about (an extension's objects, system catalogs).
    pub(crate) fn silent(&self) -> bool {
        self.at.is_none()
    }
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            Some(at) => write!(f, "{} at {at}", self.what),
            None => f.write_str(&self.what),
        }
    }
}

/// A name that existed and no longer does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Gone {
    /// `dropped`, `renamed to \`x\``.
    pub how: String,
    pub at: Origin,
}

/// A name's entry: the object, or what became of it.
#[derive(Clone, Debug)]
pub(crate) enum Slot<T> {
    Here(T),
    Gone(Gone),
}

impl<T> Slot<T> {
    pub(crate) fn here(&self) -> Option<&T> {
        match self {
            Slot::Here(t) => Some(t),
            Slot::Gone(_) => None,
        }
    }

    pub(crate) fn here_mut(&mut self) -> Option<&mut T> {
        match self {
            Slot::Here(t) => Some(t),
            Slot::Gone(_) => None,
        }
    }
}

/// Objects whose existence may be in doubt.
pub(crate) trait Doubtful {
    fn doubt(&self) -> Option<&Cause>;
    fn set_doubt(&mut self, cause: Option<Cause>);
}

macro_rules! doubtful {
    ($($t:ty),*) => {$(
        impl Doubtful for $t {
            fn doubt(&self) -> Option<&Cause> {
                self.doubt.as_ref()
            }
            fn set_doubt(&mut self, cause: Option<Cause>) {
                self.doubt = cause;
            }
        }
    )*};
}
doubtful!(Namespace, Relation, TypeDef, Routines, Extension);

impl<T: Doubtful + Clone> Doubtful for Arc<T> {
    fn doubt(&self) -> Option<&Cause> {
        (**self).doubt()
    }
    fn set_doubt(&mut self, cause: Option<Cause>) {
        Arc::make_mut(self).set_doubt(cause);
    }
}

/// The kind of a relation (an entry of `pg_class`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RelKind {
    /// `CREATE TABLE`.
    Table,
    /// `CREATE TABLE … PARTITION BY`.
    PartitionedTable,
    /// `CREATE VIEW`.
    View,
    /// `CREATE MATERIALIZED VIEW`.
    MaterializedView,
    /// `CREATE INDEX`, or the index behind a primary key, unique or exclusion constraint.
    Index,
    /// `CREATE SEQUENCE`, or the sequence of an identity or serial column.
    Sequence,
    /// `CREATE FOREIGN TABLE`.
    ForeignTable,
}

impl RelKind {
    /// `table`, `view`, … as messages say it.
    pub fn as_str(self) -> &'static str {
        match self {
            RelKind::Table | RelKind::PartitionedTable => "table",
            RelKind::View => "view",
            RelKind::MaterializedView => "materialized view",
            RelKind::Index => "index",
            RelKind::Sequence => "sequence",
            RelKind::ForeignTable => "foreign table",
        }
    }

    /// Whether it has columns and a row type (tables, views, foreign tables).
    pub fn has_columns(self) -> bool {
        !matches!(self, RelKind::Index | RelKind::Sequence)
    }

    /// Whether it is a table (plain or partitioned).
    pub fn is_table(self) -> bool {
        matches!(self, RelKind::Table | RelKind::PartitionedTable)
    }
}

/// A column of a table, view or foreign table.
#[derive(Clone, Debug)]
pub struct Column {
    /// The column's name.
    pub name: String,
    /// Its type; `None` when the model cannot tell (a view's expression, `CREATE TABLE AS`).
    pub ty: Option<ColumnType>,
    /// `NOT NULL` (declared, or implied by a primary key or identity).
    pub not_null: bool,
    /// The default expression, as written.
    pub default: Option<String>,
    /// `ALWAYS` or `BY DEFAULT` for identity columns.
    pub identity: Option<String>,
    /// The expression of a generated column.
    pub generated: Option<String>,
    /// Where it was added.
    pub origin: Option<Origin>,
}

/// What a constraint is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConstraintKind {
    /// `PRIMARY KEY`.
    PrimaryKey,
    /// `UNIQUE`.
    Unique,
    /// `FOREIGN KEY … REFERENCES table`.
    ForeignKey(Key),
    /// `CHECK`.
    Check,
    /// `EXCLUDE`.
    Exclude,
}

/// A named constraint of a table.
#[derive(Clone, Debug)]
pub struct Constraint {
    /// Its name (given, or the one PostgreSQL generates).
    pub name: String,
    /// Its kind.
    pub kind: ConstraintKind,
    /// The constrained columns, where the model knows them.
    pub columns: Vec<String>,
}

/// A table's trigger.
#[derive(Clone, Debug)]
pub struct Trigger {
    /// Its name.
    pub name: String,
    /// The function it runs, when resolved.
    pub function: Option<Key>,
}

/// A table, view, index, sequence or foreign table.
#[derive(Clone, Debug)]
pub struct Relation {
    /// Its schema and name.
    pub key: Key,
    /// What it is.
    pub kind: RelKind,
    /// Columns in order (tables, views, foreign tables).
    pub columns: Vec<Column>,
    /// Whether `columns` is the whole list; `false` after something the model could not follow.
    pub columns_exact: bool,
    /// Named constraints.
    pub constraints: Vec<Constraint>,
    /// Whether `constraints` is complete.
    pub constraints_exact: bool,
    /// Triggers.
    pub triggers: Vec<Trigger>,
    /// Whether `triggers` is complete.
    pub triggers_exact: bool,
    /// The partitioned table this is a partition of.
    pub partition_of: Option<Key>,
    /// `PARTITION BY …` of a partitioned table, as written.
    pub partition_by: Option<String>,
    /// `INHERITS (…)` parents.
    pub inherits: Vec<Key>,
    /// The table an index is on.
    pub index_of: Option<Key>,
    /// The column owning a sequence (identity, serial, `OWNED BY`).
    pub owned_by: Option<(Key, String)>,
    /// Relations a view reads.
    pub reads: Vec<Key>,
    /// A temporary relation (gone when the session ends).
    pub temporary: bool,
    /// Known only because a statement used it, not because a migration created it.
    pub assumed: bool,
    /// Where it was created.
    pub origin: Option<Origin>,
    pub(crate) doubt: Option<Cause>,
    /// Columns that existed and no longer do.
    pub(crate) gone_columns: Vec<(String, Gone)>,
    /// For an index: what PostgreSQL would name a copy of it on a partition from.
    pub(crate) index_naming: Option<IndexNaming>,
    /// For a partition's index: the parent table's index it is attached to.
    pub(crate) parent_index: Option<Key>,
    /// Words of the code that reading or writing it may run (a view's query, column defaults).
    pub(crate) code_words: Vec<String>,
    /// Relations that named this one when they were created (its indexes, partitions, owned
    /// sequences, views, tables with foreign keys to it): where to look instead of scanning
    /// the model. Each is checked against its own links before use; stale entries are skipped.
    pub(crate) dependents: Vec<Key>,
}

impl Column {
    /// A column the model knows only by name.
    pub(crate) fn named(name: String) -> Self {
        Column {
            name,
            ty: None,
            not_null: false,
            default: None,
            identity: None,
            generated: None,
            origin: None,
        }
    }
}

impl Relation {
    pub(crate) fn new(key: Key, kind: RelKind, origin: Option<Origin>) -> Self {
        Relation {
            key,
            kind,
            columns: Vec::new(),
            columns_exact: true,
            constraints: Vec::new(),
            constraints_exact: true,
            triggers: Vec::new(),
            triggers_exact: true,
            partition_of: None,
            partition_by: None,
            inherits: Vec::new(),
            index_of: None,
            owned_by: None,
            reads: Vec::new(),
            temporary: false,
            assumed: false,
            origin,
            doubt: None,
            gone_columns: Vec::new(),
            index_naming: None,
            parent_index: None,
            code_words: Vec::new(),
            dependents: Vec::new(),
        }
    }

    /// Every relation this one depends on.
    pub(crate) fn links(&self) -> impl Iterator<Item = &Key> {
        [&self.index_of, &self.partition_of, &self.parent_index]
            .into_iter()
            .flatten()
            .chain(self.owned_by.iter().map(|(t, _)| t))
            .chain(self.reads.iter())
            .chain(self.inherits.iter())
            .chain(self.constraints.iter().filter_map(|c| match &c.kind {
                ConstraintKind::ForeignKey(t) => Some(t),
                _ => None,
            }))
    }

    /// Whether the model is sure the relation exists (no statement it could not follow may have
    /// dropped or changed it).
    pub fn is_certain(&self) -> bool {
        self.doubt.is_none()
    }

    /// The column named `name`.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    pub(crate) fn column_mut(&mut self, name: &str) -> Option<&mut Column> {
        self.columns.iter_mut().find(|c| c.name == name)
    }

    /// Forgets what the model knew in detail: after a statement it could not follow.
    pub(crate) fn blur(&mut self) {
        self.columns_exact = false;
        self.constraints_exact = false;
        self.triggers_exact = false;
    }
}

/// How PostgreSQL names an index after its columns (`ChooseIndexColumnNames`): the parts, and
/// the label (`idx`, `key`, `pkey`, `excl`).
#[derive(Clone, Debug)]
pub(crate) struct IndexNaming {
    /// `None` for a primary key (`<table>_pkey`).
    pub parts: Option<Vec<IndexPart>>,
    pub label: &'static str,
    /// Other table columns the index reads (a primary key's, `INCLUDE`, the `WHERE` predicate):
    /// dropping one drops the index too.
    pub others: Vec<String>,
}

/// One column of an index, for its generated name.
#[derive(Clone, Debug)]
pub(crate) struct IndexPart {
    /// The column's name, or what PostgreSQL calls the expression (`lower`, `expr`); `None`
    /// when the model cannot tell.
    pub name: Option<String>,
    /// The table columns it reads (dropping one drops the index).
    pub reads: Vec<String>,
}

impl IndexNaming {
    /// The middle of a generated name (`kind_happened_at`), `None` for a primary key, and
    /// `Err` when the model cannot tell it.
    pub(crate) fn addition(&self) -> Result<Option<String>, ()> {
        let Some(parts) = &self.parts else {
            return Ok(None);
        };
        let names: Option<Vec<String>> = parts.iter().map(|p| p.name.clone()).collect();
        names
            .map(|n| Some(names::index_name_addition(&n)))
            .ok_or(())
    }

    /// Whether the index reads column `name`.
    pub(crate) fn reads(&self, name: &str) -> bool {
        self.parts
            .iter()
            .flatten()
            .any(|p| p.reads.iter().any(|r| r == name))
            || self.others.iter().any(|r| r == name)
    }

    /// Column `old` is now `new`. The index keeps the old name for it (PostgreSQL's index
    /// attribute names do not follow the column), and so do the names of its partition copies.
    pub(crate) fn rename(&mut self, old: &str, new: &str) {
        for p in self.parts.iter_mut().flatten() {
            for r in p.reads.iter_mut().filter(|r| *r == old) {
                *r = new.to_string();
            }
        }
        for r in self.others.iter_mut().filter(|r| *r == old) {
            *r = new.to_string();
        }
    }

    /// An index over plain columns.
    pub(crate) fn columns(columns: &[String], label: &'static str) -> Self {
        IndexNaming {
            parts: Some(
                columns
                    .iter()
                    .map(|c| IndexPart {
                        name: Some(c.clone()),
                        reads: vec![c.clone()],
                    })
                    .collect(),
            ),
            label,
            others: Vec::new(),
        }
    }
}

/// What a user-defined type is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeKind {
    /// `CREATE TYPE … AS ENUM`, with its labels.
    Enum(Vec<String>),
    /// `CREATE DOMAIN`, over its base type.
    Domain(Option<ColumnType>),
    /// `CREATE TYPE … AS (…)`: attribute names.
    Composite(Vec<String>),
    /// `CREATE TYPE … AS RANGE`.
    Range,
    /// A base or shell type, or one the model only knows the name of.
    Other,
}

/// A type the migrations created.
#[derive(Clone, Debug)]
pub struct TypeDef {
    /// Its schema and name.
    pub key: Key,
    /// What it is.
    pub kind: TypeKind,
    /// Known only because a statement used it.
    pub assumed: bool,
    /// Where it was created.
    pub origin: Option<Origin>,
    pub(crate) doubt: Option<Cause>,
}

/// Functions, procedures and aggregates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoutineKind {
    /// `CREATE FUNCTION`.
    Function,
    /// `CREATE PROCEDURE`.
    Procedure,
    /// `CREATE AGGREGATE`.
    Aggregate,
}

impl RoutineKind {
    /// `function`, `procedure`, `aggregate`.
    pub fn as_str(self) -> &'static str {
        match self {
            RoutineKind::Function => "function",
            RoutineKind::Procedure => "procedure",
            RoutineKind::Aggregate => "aggregate",
        }
    }
}

/// One function, procedure or aggregate.
#[derive(Clone, Debug)]
pub struct Routine {
    /// What it is.
    pub kind: RoutineKind,
    /// The argument types that identify it (input arguments), when the model knows them.
    pub args: Option<Vec<String>>,
    /// Where it was created.
    pub origin: Option<Origin>,
    /// What running its body may do; `None` when the model has no body to read.
    pub(crate) effects: Option<Effects>,
}

/// What running a body may do to the schema.
#[derive(Clone, Debug)]
pub(crate) struct Effects {
    /// Every word of the body.
    pub words: Arc<WordSet>,
    /// It names a DDL command.
    pub ddl: bool,
    /// It builds statements at run time.
    pub dynamic: bool,
}

impl Effects {
    pub(crate) fn of(text: &str) -> Self {
        let words = WordSet::from_text(text);
        // A SQL-standard body (`BEGIN ATOMIC … END`) cannot hold DDL.
        let upper = text.trim_start().to_ascii_uppercase();
        let atomic = upper
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w == ["BEGIN", "ATOMIC"]);
        Effects {
            ddl: names::has_ddl_words(&words) && !atomic,
            dynamic: names::has_dynamic_sql(text),
            words: Arc::new(words),
        }
    }
}

/// Every overload of one routine name in one schema.
#[derive(Clone, Debug)]
pub struct Routines {
    /// Schema and name.
    pub key: Key,
    /// The overloads.
    pub overloads: Vec<Routine>,
    /// Whether `overloads` is complete.
    pub exact: bool,
    pub(crate) doubt: Option<Cause>,
}

/// An installed extension.
#[derive(Clone, Debug)]
pub struct Extension {
    /// Its name.
    pub name: String,
    /// The schema holding its objects.
    pub schema: String,
    /// Where it was created; `None` for `plpgsql`, which every database has.
    pub origin: Option<Origin>,
    pub(crate) doubt: Option<Cause>,
}

/// One schema and what it holds.
#[derive(Clone, Debug)]
pub(crate) struct Namespace {
    pub name: String,
    pub origin: Option<Origin>,
    /// Shared between the model's snapshots; copied when one of them changes it.
    pub relations: Map<Slot<Arc<Relation>>>,
    pub types: Map<Slot<TypeDef>>,
    pub routines: Map<Slot<Routines>>,
    /// Objects the model does not track may be here (an unknown extension's), silently.
    pub open: Option<Cause>,
    /// Functions the model does not track may be here (a known extension's), silently.
    pub open_routines: Option<Cause>,
    pub doubt: Option<Cause>,
}

impl Namespace {
    pub(crate) fn new(name: &str, origin: Option<Origin>) -> Self {
        Namespace {
            name: name.to_string(),
            origin,
            relations: Map::new(),
            types: Map::new(),
            routines: Map::new(),
            open: None,
            open_routines: None,
            doubt: None,
        }
    }
}

/// Names that something the model could not follow may have created, changed or dropped.
#[derive(Clone, Debug)]
pub(crate) struct Touch {
    pub words: Arc<WordSet>,
    /// Every name.
    pub all: bool,
    pub cause: Cause,
}

impl Touch {
    pub(crate) fn covers(&self, name: &str) -> bool {
        self.all || self.words.covers(name)
    }
}

/// The database as the migrations leave it at one point of the history.
#[derive(Clone, Debug)]
pub struct SchemaModel {
    pub(crate) schemas: Map<Slot<Namespace>>,
    pub(crate) extensions: Map<Slot<Extension>>,
    pub(crate) touches: imbl::Vector<Touch>,
    /// Event triggers may run their functions around every DDL statement.
    pub(crate) event_triggers: bool,
    /// Some table inherits from another (`INHERITS`): plain tables may have children.
    pub(crate) inheritance: bool,
    /// Some column's type is a table's row type: renaming a table renames column types.
    pub(crate) row_types_used: bool,
    /// The `search_path` a session-level `SET` left in force for the migrations after it when
    /// they run in the same session (a fresh `up`, as goose and gander run it), and where.
    pub(crate) session_path: Option<(Vec<String>, Origin)>,
    /// Every constraint name the model has recorded, in any schema, dropped ones included: a
    /// generated name outside it (and outside every touch) is free without scanning the schema.
    pub(crate) constraint_names_seen: NameSet,
}

/// `items` sorted by `key` (names are unique within a kind, so the order is total).
fn in_order<'a, T: 'a>(
    items: impl Iterator<Item = &'a T>,
    key: impl Fn(&T) -> &Key,
) -> std::vec::IntoIter<&'a T> {
    let mut all: Vec<&T> = items.collect();
    all.sort_unstable_by(|a, b| key(a).cmp(key(b)));
    all.into_iter()
}

/// Where temporary relations live (one per session).
pub(crate) const TEMP_SCHEMA: &str = "pg_temp";

/// Schemas every database has and the model does not track.
pub(crate) const SYSTEM_SCHEMAS: &[&str] = &["pg_catalog", "information_schema", "pg_toast"];

impl Default for SchemaModel {
    fn default() -> Self {
        Self::fresh()
    }
}

impl SchemaModel {
    /// A fresh database: `public`, the system schemas and `plpgsql`.
    pub fn fresh() -> Self {
        let mut schemas = Map::new();
        schemas.insert(
            ("public").into(),
            Slot::Here(Namespace::new("public", None)),
        );
        for s in SYSTEM_SCHEMAS {
            let mut ns = Namespace::new(s, None);
            ns.open = Some(Cause {
                what: format!("the system schema `{s}`"),
                at: None,
                generated: false,
                session_path: false,
            });
            schemas.insert((*s).into(), Slot::Here(ns));
        }
        let mut extensions = Map::new();
        extensions.insert(
            ("plpgsql").into(),
            Slot::Here(Extension {
                name: "plpgsql".into(),
                schema: "pg_catalog".into(),
                origin: None,
                doubt: None,
            }),
        );
        // goose's history table (any name the runner is given) lives next to the schema.
        let touches = imbl::vector![Touch {
            words: Arc::new(WordSet::prefix("goose_".into())),
            all: false,
            cause: Cause {
                what: "goose's version table".into(),
                at: None,
                generated: false,
                session_path: false,
            },
        }];
        SchemaModel {
            schemas,
            extensions,
            touches,
            event_triggers: false,
            inheritance: false,
            row_types_used: false,
            session_path: None,
            constraint_names_seen: NameSet::new(),
        }
    }

    /// Every relation the migrations created (not the system's), by schema and name.
    pub fn relations(&self) -> impl Iterator<Item = &Relation> {
        in_order(self.relations_any_order(), |r| &r.key)
    }

    /// [`SchemaModel::relations`] in no particular order, for a caller that only looks for
    /// some of them (sorting would cost more than the search).
    pub(crate) fn relations_any_order(&self) -> impl Iterator<Item = &Relation> {
        self.namespaces()
            .flat_map(|ns| ns.relations.values().filter_map(Slot::here))
            .map(|r| &**r)
            .filter(|r| !r.assumed)
    }

    /// Plain and partitioned tables, partitions included, by schema and name.
    pub fn tables(&self) -> impl Iterator<Item = &Relation> {
        self.relations().filter(|r| r.kind.is_table())
    }

    /// The relation `schema.name`.
    pub fn relation(&self, schema: &str, name: &str) -> Option<&Relation> {
        self.namespace(schema)?
            .relations
            .get(name)?
            .here()
            .map(|r| &**r)
    }

    /// Types the migrations created, by schema and name.
    pub fn types(&self) -> impl Iterator<Item = &TypeDef> {
        in_order(
            self.namespaces()
                .flat_map(|ns| ns.types.values().filter_map(Slot::here))
                .filter(|t| !t.assumed),
            |t| &t.key,
        )
    }

    /// Functions, procedures and aggregates the migrations created, by schema and name.
    pub fn routines(&self) -> impl Iterator<Item = &Routines> {
        in_order(
            self.namespaces()
                .flat_map(|ns| ns.routines.values().filter_map(Slot::here)),
            |r| &r.key,
        )
    }

    /// Schemas (system schemas excluded), by name.
    pub fn schema_names(&self) -> impl Iterator<Item = &str> {
        let mut names: Vec<&str> = self.namespaces().map(|ns| ns.name.as_str()).collect();
        names.sort_unstable();
        names.into_iter()
    }

    /// Installed extensions, by name.
    pub fn extensions(&self) -> impl Iterator<Item = &Extension> {
        let mut all: Vec<&Extension> = self.extensions.values().filter_map(Slot::here).collect();
        all.sort_unstable_by(|a, b| a.name.cmp(&b.name));
        all.into_iter()
    }

    /// Whether everything the model holds is certain: no statement it could not follow.
    pub fn is_exact(&self) -> bool {
        self.touches.iter().all(|t| t.cause.silent())
    }

    /// What made the model uncertain, each once, in order: `the DO block at x.sql:12`.
    pub fn uncertainties(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for t in self.touches.iter().filter(|t| !t.cause.silent()) {
            let s = t.cause.to_string();
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }

    /// The schemas the migrations made or may use, in no particular order.
    pub(crate) fn namespaces(&self) -> impl Iterator<Item = &Namespace> {
        self.schemas
            .values()
            .filter_map(Slot::here)
            .filter(|ns| !SYSTEM_SCHEMAS.contains(&ns.name.as_str()) && ns.name != TEMP_SCHEMA)
    }

    pub(crate) fn namespace(&self, schema: &str) -> Option<&Namespace> {
        self.schemas.get(schema)?.here()
    }

    pub(crate) fn namespace_mut(&mut self, schema: &str) -> Option<&mut Namespace> {
        self.schemas.get_mut(schema)?.here_mut()
    }

    /// The relation, to change: copied first if another snapshot shares it.
    pub(crate) fn relation_mut(&mut self, key: &Key) -> Option<&mut Relation> {
        self.namespace_mut(&key.schema)?
            .relations
            .get_mut(key.name.as_str())?
            .here_mut()
            .map(Arc::make_mut)
    }

    /// Every relation that `select` picks, to change (only those are copied).
    pub(crate) fn relations_where(
        &mut self,
        select: impl Fn(&Relation) -> bool,
        mut change: impl FnMut(&mut Relation),
    ) {
        self.schemas.each_mut(|_, slot| {
            if let Slot::Here(ns) = slot {
                ns.relations.each_mut_where(
                    |_, s| s.here().is_some_and(|r| select(r)),
                    |_, s| {
                        if let Some(r) = s.here_mut() {
                            change(Arc::make_mut(r));
                        }
                    },
                );
            }
        });
    }

    /// The relations that depend on `key` now (see [`Relation::dependents`]).
    pub(crate) fn dependents_of(&self, key: &Key) -> Vec<&Relation> {
        let Some(owner) = self.relation(&key.schema, &key.name) else {
            return Vec::new();
        };
        let mut out: Vec<&Relation> = Vec::new();
        for k in &owner.dependents {
            if let Some(r) = self.relation(&k.schema, &k.name)
                && r.links().any(|l| l == key)
                && !out.iter().any(|o| o.key == r.key)
            {
                out.push(r);
            }
        }
        out
    }

    /// Records every relation `key` names as its owner (after its links changed).
    pub(crate) fn relink(&mut self, key: &Key) {
        let owners: Vec<Key> = self
            .relation(&key.schema, &key.name)
            .map(|r| r.links().cloned().collect())
            .unwrap_or_default();
        for owner in owners {
            self.link(&owner, key);
        }
    }

    /// Records that `dependent` names `owner`.
    pub(crate) fn link(&mut self, owner: &Key, dependent: &Key) {
        let known = self
            .relation(&owner.schema, &owner.name)
            .is_some_and(|o| o.dependents.contains(dependent));
        if !known && let Some(o) = self.relation_mut(owner) {
            o.dependents.push(dependent.clone());
        }
    }

    /// The most recent thing that may have touched `name`.
    pub(crate) fn touched(&self, name: &str) -> Option<&Cause> {
        self.touches
            .iter()
            .rev()
            .find(|t| t.covers(name))
            .map(|t| &t.cause)
    }

    /// Records that `touch` may have created any name it covers, and, when `changes`, that it
    /// may have changed or dropped what exists under those names.
    pub(crate) fn apply_touch(&mut self, touch: Touch, changes: bool) {
        let covers = |name: &str| touch.covers(name);
        let cause = &touch.cause;
        fn weaken<T: Doubtful + Clone>(
            map: &mut Map<Slot<T>>,
            covers: &dyn Fn(&str) -> bool,
            cause: &Cause,
            changes: bool,
            blur: &dyn Fn(&mut T),
        ) {
            map.keep_only(|name, slot| !(matches!(slot, Slot::Gone(_)) && covers(name)));
            if changes {
                map.each_mut_where(
                    |name, slot| matches!(slot, Slot::Here(_)) && covers(name),
                    |_, slot| {
                        if let Slot::Here(t) = slot {
                            t.set_doubt(Some(cause.clone()));
                            blur(t);
                        }
                    },
                );
            }
        }
        self.schemas.each_mut(|_, slot| {
            let Slot::Here(ns) = slot else { return };
            if SYSTEM_SCHEMAS.contains(&ns.name.as_str()) {
                return;
            }
            weaken(
                &mut ns.relations,
                &covers,
                cause,
                changes,
                &|r: &mut Arc<Relation>| Arc::make_mut(r).blur(),
            );
            weaken(&mut ns.types, &covers, cause, changes, &|_| {});
            weaken(
                &mut ns.routines,
                &covers,
                cause,
                changes,
                &|r: &mut Routines| r.exact = false,
            );
            // A table not named may still lose a column or constraint whose name is: its
            // details stop being exact.
            if changes {
                ns.relations.each_mut_where(
                    |_, s| {
                        s.here().is_some_and(|r| {
                            r.columns.iter().any(|c| covers(&c.name))
                                || r.constraints.iter().any(|c| covers(&c.name))
                        })
                    },
                    |_, s| {
                        if let Some(r) = s.here_mut() {
                            Arc::make_mut(r).blur();
                        }
                    },
                );
            }
        });
        weaken(&mut self.schemas, &covers, cause, changes, &|_| {});
        weaken(&mut self.extensions, &covers, cause, changes, &|_| {});
        self.touches.push_back(touch);
    }
}

#[cfg(test)]
mod bulk_tests {
    use super::{BULK_BYTES, is_bulk};

    #[test]
    fn only_long_row_statements_skip_the_model() {
        let rows = "(1, 'x'),".repeat(BULK_BYTES / 9 + 1);
        assert!(is_bulk(&format!("INSERT INTO t VALUES {rows}(2, 'y')")));
        assert!(is_bulk(&format!("  insert into t values {rows}(2, 'y')")));
        assert!(!is_bulk("INSERT INTO t VALUES (1, 'x')"), "short: parsed");
        // `SELECT … INTO` creates a table: never skipped, however long.
        assert!(!is_bulk(&format!(
            "SELECT * INTO t2 FROM (VALUES {rows}(2, 'y')) v"
        )));
        assert!(!is_bulk(&format!(
            "CREATE TABLE t AS VALUES {rows}(2, 'y')"
        )));
    }
}
