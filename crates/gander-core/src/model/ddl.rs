//! Statements on relations: tables, columns, constraints, indexes, views, sequences and their
//! drops, applied to the model with every name they need checked.

use sqlparser::ast::Spanned;
use sqlparser::ast::{
    AlterColumnOperation, AlterIndexOperation, AlterTable, AlterTableOperation, AlterViewOperation,
    ColumnDef, ColumnOption, CreateIndex, CreateTable, CreateView, Expr, GeneratedAs, Ident,
    ObjectName, ObjectType, Query, RenameTableNameKind, SelectItem, SetExpr, TableConstraint,
    TableFactor, ViewColumnDef,
};
use sqlparser::tokenizer::Span;

use super::names::{Written, fold, index_name_addition, make_object_name, quote};
use super::replay::{Free, Missing, Replayer, Res, Space};
use super::types::{ColumnType, TypeRef, WrittenKind, written};
use std::sync::Arc;

use super::{
    Column, Constraint, ConstraintKind, IndexNaming, IndexPart, Key, MapExt, RelKind, Relation,
    Slot, Trigger, TypeKind,
};
use crate::diagnostic::Code;

/// What a table holds by name besides its columns.
#[derive(Clone, Copy)]
enum Member {
    Constraint,
    Trigger,
}

/// How a view is created, for [`Replayer::define_view`].
#[derive(Clone, Copy)]
pub(crate) struct ViewHow {
    pub kind: RelKind,
    pub temporary: bool,
    pub or_replace: bool,
    pub if_not_exists: bool,
}

/// What a view's query reads and yields.
pub(crate) struct ViewBody {
    pub reads: Vec<Key>,
    pub columns: Vec<String>,
    pub exact: bool,
    pub code_words: Vec<String>,
}

/// A constraint as a statement declares it, before it is named.
pub(crate) struct NewConstraint {
    pub name: Option<Ident>,
    pub kind: NewKind,
    pub columns: Vec<Ident>,
    /// For indexes behind the constraint: the names PostgreSQL uses in a generated name.
    pub span: Span,
}

pub(crate) enum NewKind {
    PrimaryKey,
    Unique,
    ForeignKey {
        table: ObjectName,
        referred: Vec<Ident>,
    },
    /// The columns the check reads.
    Check(Vec<String>),
    Exclude,
}

pub(crate) fn span_of(idents: &[Ident]) -> Span {
    idents
        .iter()
        .map(|i| i.span)
        .reduce(|a, b| a.union(&b))
        .unwrap_or(Span::empty())
}

/// Column names in an expression (plain and qualified references), in order.
pub(crate) fn referenced_columns(expr: &Expr) -> Vec<String> {
    use sqlparser::ast::Visit;
    use std::ops::ControlFlow;
    struct Cols(Vec<String>);
    impl sqlparser::ast::Visitor for Cols {
        type Break = ();
        fn pre_visit_expr(&mut self, e: &Expr) -> ControlFlow<()> {
            match e {
                Expr::Identifier(i) => self.0.push(fold(i)),
                Expr::CompoundIdentifier(parts) => {
                    if let Some(last) = parts.last() {
                        self.0.push(fold(last));
                    }
                }
                _ => {}
            }
            ControlFlow::Continue(())
        }
    }
    let mut v = Cols(Vec::new());
    let _ = expr.visit(&mut v);
    v.0
}

/// What PostgreSQL calls a column made from an expression (`FigureColname`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ColName {
    /// A column reference, function call, … (PostgreSQL's strength 2).
    Strong(String),
    /// A name from a cast's type or `CASE` (strength 1).
    Weak(String),
    /// `?column?` (operators, constants).
    Anonymous,
    /// An expression the model cannot name.
    Unknown,
}

impl ColName {
    /// The name, as a view column would have it.
    pub(crate) fn view_column(self) -> Option<String> {
        match self {
            ColName::Strong(n) | ColName::Weak(n) => Some(n),
            ColName::Anonymous => Some("?column?".into()),
            ColName::Unknown => None,
        }
    }

    /// The name, as an index name part would have it (`expr` for the anonymous).
    pub(crate) fn index_part(self) -> Option<String> {
        match self {
            ColName::Strong(n) | ColName::Weak(n) => Some(n),
            ColName::Anonymous => Some("expr".into()),
            ColName::Unknown => None,
        }
    }
}

/// PostgreSQL's `FigureColnameInternal`, for the expressions sqlparser gives.
pub(crate) fn figure_colname(expr: &Expr) -> ColName {
    let strong = |s: &str| ColName::Strong(s.to_string());
    match expr {
        Expr::Identifier(i) => ColName::Strong(fold(i)),
        Expr::CompoundIdentifier(parts) => parts
            .last()
            .map_or(ColName::Unknown, |p| ColName::Strong(fold(p))),
        Expr::Function(f) => f
            .name
            .0
            .last()
            .and_then(|p| p.as_ident())
            .map_or(ColName::Unknown, |i| ColName::Strong(fold(i))),
        Expr::Nested(inner) | Expr::Collate { expr: inner, .. } => figure_colname(inner),
        Expr::Cast {
            expr, data_type, ..
        } => match figure_colname(expr) {
            ColName::Strong(n) => ColName::Strong(n),
            _ => match written(data_type).kind {
                WrittenKind::Builtin(name, _) => ColName::Weak(name),
                WrittenKind::Named(n, _) => ColName::Weak(n.name),
                WrittenKind::Other(_) => ColName::Unknown,
            },
        },
        Expr::Case { else_result, .. } => match else_result.as_deref().map(figure_colname) {
            Some(ColName::Strong(n)) => ColName::Strong(n),
            _ => ColName::Weak("case".into()),
        },
        Expr::Exists { .. } => strong("exists"),
        Expr::Extract { .. } => strong("extract"),
        Expr::Substring { .. } => strong("substring"),
        Expr::Position { .. } => strong("position"),
        Expr::Array(_) => strong("array"),
        Expr::Tuple(_) => strong("row"),
        Expr::Value(_)
        | Expr::BinaryOp { .. }
        | Expr::UnaryOp { .. }
        | Expr::IsNull(_)
        | Expr::IsNotNull(_)
        | Expr::IsTrue(_)
        | Expr::IsFalse(_)
        | Expr::IsNotTrue(_)
        | Expr::IsNotFalse(_)
        | Expr::IsDistinctFrom(..)
        | Expr::IsNotDistinctFrom(..)
        | Expr::Between { .. }
        | Expr::In { .. }
        | Expr::Like { .. }
        | Expr::ILike { .. } => ColName::Anonymous,
        _ => ColName::Unknown,
    }
}

impl Replayer<'_> {
    /// A column type; unknown user types are reported. `None` when it names nothing the model
    /// can show.
    pub(crate) fn column_type(
        &mut self,
        dt: &sqlparser::ast::DataType,
        span: Span,
    ) -> (Option<ColumnType>, bool) {
        let w = written(dt);
        let ty = match w.kind {
            WrittenKind::Builtin(name, modifiers) => Some(ColumnType {
                base: TypeRef::Builtin(name),
                modifiers,
                array: w.array,
            }),
            WrittenKind::Other(text) => Some(ColumnType {
                base: TypeRef::Other(text),
                modifiers: String::new(),
                array: w.array,
            }),
            WrittenKind::Named(mut name, modifiers) => {
                if name.span.start.line == 0 {
                    name.span = span;
                }
                match self.resolve(&name, Space::Type) {
                    Res::Here(key) => Some(ColumnType {
                        base: {
                            if self.model.relation(&key.schema, &key.name).is_some() {
                                self.model.row_types_used = true;
                            }
                            TypeRef::User(key)
                        },
                        modifiers,
                        array: w.array,
                    }),
                    Res::System => Some(ColumnType {
                        base: TypeRef::Builtin(name.name.clone()),
                        modifiers,
                        array: w.array,
                    }),
                    _ => {
                        let key = self.need(&name, Space::Type, "type", false, false);
                        let base = match key {
                            Some(k) => TypeRef::User(k),
                            None => TypeRef::Other(name.shown()),
                        };
                        Some(ColumnType {
                            base,
                            modifiers,
                            array: w.array,
                        })
                    }
                }
            }
        };
        (ty, w.serial)
    }

    /// A column definition: the column, plus the constraints written on it.
    pub(crate) fn column_def(
        &mut self,
        table: &Key,
        def: &ColumnDef,
        constraints: &mut Vec<NewConstraint>,
    ) -> Column {
        let name = fold(&def.name);
        let (ty, serial) = self.column_type(&def.data_type, def.name.span);
        let mut column = Column {
            name: name.clone(),
            ty,
            not_null: false,
            default: None,
            identity: None,
            generated: None,
            origin: Some(self.origin_at(def.name.span)),
        };
        for opt in &def.options {
            let cname = opt.name.clone();
            match &opt.option {
                ColumnOption::NotNull => column.not_null = true,
                ColumnOption::Null => column.not_null = false,
                ColumnOption::Default(e) => column.default = Some(e.to_string()),
                ColumnOption::PrimaryKey(pk) => {
                    column.not_null = true;
                    constraints.push(NewConstraint {
                        name: cname.or_else(|| pk.name.clone()),
                        kind: NewKind::PrimaryKey,
                        columns: vec![def.name.clone()],
                        span: def.name.span,
                    });
                }
                ColumnOption::Unique(u) => constraints.push(NewConstraint {
                    name: cname.or_else(|| u.name.clone()),
                    kind: NewKind::Unique,
                    columns: vec![def.name.clone()],
                    span: def.name.span,
                }),
                ColumnOption::ForeignKey(fk) => constraints.push(NewConstraint {
                    name: cname.or_else(|| fk.name.clone()),
                    kind: NewKind::ForeignKey {
                        table: fk.foreign_table.clone(),
                        referred: fk.referred_columns.clone(),
                    },
                    columns: vec![def.name.clone()],
                    span: fk.foreign_table.span(),
                }),
                ColumnOption::Check(c) => constraints.push(NewConstraint {
                    name: cname.or_else(|| c.name.clone()),
                    kind: NewKind::Check(referenced_columns(&c.expr)),
                    columns: vec![def.name.clone()],
                    span: def.name.span,
                }),
                ColumnOption::Generated {
                    generated_as,
                    generation_expr,
                    ..
                } => match (generated_as, generation_expr) {
                    (_, Some(e)) => column.generated = Some(e.to_string()),
                    (GeneratedAs::Always, None) => column.identity = Some("ALWAYS".into()),
                    (GeneratedAs::ByDefault, None) => column.identity = Some("BY DEFAULT".into()),
                    (GeneratedAs::ExpStored, None) => {}
                },
                _ => {}
            }
        }
        if column.identity.is_some() {
            column.not_null = true;
        }
        if serial || column.identity.is_some() {
            if serial {
                column.not_null = true;
            }
            if let Some(seq) = self.owned_sequence(table, &name)
                && serial
            {
                column.default = Some(format!("nextval('{seq}'::regclass)"));
            }
        }
        column
    }

    /// The sequence of an identity or serial column, named as PostgreSQL names it
    /// (`<table>_<column>_seq`); its name, when the model can tell it.
    fn owned_sequence(&mut self, table: &Key, column: &str) -> Option<String> {
        let seq = self.choose_relation_name(
            &table.schema,
            &table.name,
            Some(column),
            "seq",
            format!("the sequence of column `{}`", quote(column)),
        )?;
        let mut r = Relation::new(
            Key::new(&table.schema, &seq),
            RelKind::Sequence,
            Some(self.origin()),
        );
        r.owned_by = Some((table.clone(), column.to_string()));
        r.temporary = table.schema == super::TEMP_SCHEMA;
        self.insert_relation(r);
        Some(seq)
    }

    /// PostgreSQL's `ChooseRelationName`: the first of `n1_n2_label`, `…label1`, … that is
    /// free. `None` when the model cannot tell which (anything with the base name may exist).
    pub(crate) fn choose_relation_name(
        &mut self,
        schema: &str,
        name1: &str,
        name2: Option<&str>,
        label: &str,
        what: String,
    ) -> Option<String> {
        let base = make_object_name(name1, name2, label);
        for pass in 0..1000 {
            let label = if pass == 0 {
                label.to_string()
            } else {
                format!("{label}{pass}")
            };
            let candidate = make_object_name(name1, name2, &label);
            let taken_by_type = self
                .model
                .namespace(schema)
                .and_then(|ns| ns.types.get(candidate.as_str()))
                .is_some_and(|s| s.here().is_some());
            match self.look(schema, &candidate, Space::Relation) {
                super::replay::Look::Absent(_) if !taken_by_type => return Some(candidate),
                super::replay::Look::Here | super::replay::Look::Absent(_) => continue,
                super::replay::Look::Maybe(_) => break,
            }
        }
        self.may_create_prefix(&base, format!("{what}, which PostgreSQL names itself"));
        None
    }

    /// PostgreSQL's `ChooseConstraintName`: free among every constraint of the schema.
    fn choose_constraint_name(
        &mut self,
        table: &Key,
        name2: Option<&str>,
        label: &str,
    ) -> Option<String> {
        let first = make_object_name(&table.name, name2, label);
        if !self.model.constraint_names_seen.contains(&first)
            && self.model.touched(&first).is_none()
        {
            // No constraint ever had this name, and nothing the model could not follow may have
            // made one: free (PostgreSQL's own first choice).
            return Some(first);
        }
        let ns = self.model.namespace(&table.schema)?;
        let relations = || ns.relations.values().filter_map(Slot::here);
        if !relations().all(|r| r.constraints_exact) {
            return None;
        }
        // One pass over the schema per candidate, without copying names (the first candidate
        // is nearly always free).
        let taken = |candidate: &str| {
            relations().any(|r| r.constraints.iter().any(|c| c.name == candidate))
        };
        for pass in 0..1000 {
            let label = if pass == 0 {
                label.to_string()
            } else {
                format!("{label}{pass}")
            };
            let candidate = make_object_name(&table.name, name2, &label);
            if !taken(&candidate) {
                return Some(candidate);
            }
        }
        None
    }

    pub(crate) fn insert_relation(&mut self, r: Relation) {
        self.assume_schema_quiet_pub(&r.key.schema);
        let key = r.key.clone();
        let owners: Vec<Key> = r.links().cloned().collect();
        if let Some(ns) = self.model.namespace_mut(&r.key.schema) {
            ns.relations
                .insert(r.key.name.as_str().into(), Slot::Here(Arc::new(r)));
        }
        for owner in owners {
            self.model.link(&owner, &key);
        }
        self.families.borrow_mut().clear();
    }

    pub(crate) fn assume_schema_quiet_pub(&mut self, schema: &str) {
        if self.model.namespace(schema).is_none() {
            self.assume_schema(schema);
        }
    }

    /// Adds constraints to `table` (and the indexes behind them), naming them as PostgreSQL
    /// does; `recurse` copies them to partitions.
    pub(crate) fn add_constraints(
        &mut self,
        table: &Key,
        new: Vec<NewConstraint>,
        check_columns: bool,
        only: bool,
    ) {
        for c in new {
            let columns: Vec<String> = c.columns.iter().map(fold).collect();
            if check_columns {
                for ident in &c.columns {
                    self.need_column(table, ident, false);
                }
            }
            let explicit = c.name.as_ref().map(fold);
            if let Some(name) = &explicit {
                let taken = self
                    .model
                    .relation(&table.schema, &table.name)
                    .is_some_and(|r| r.constraints.iter().any(|k| &k.name == name));
                if taken && let Some(ident) = &c.name {
                    self.report_exists(
                        ident.span,
                        &format!("constraint `{}` of table `{table}`", quote(name)),
                        None,
                    );
                }
            }
            let (kind, label) = match &c.kind {
                NewKind::PrimaryKey => (ConstraintKind::PrimaryKey, "pkey"),
                NewKind::Unique => (ConstraintKind::Unique, "key"),
                NewKind::Exclude => (ConstraintKind::Exclude, "excl"),
                NewKind::Check(_) => (ConstraintKind::Check, "check"),
                NewKind::ForeignKey {
                    table: ft,
                    referred,
                } => {
                    let target = match self.written(ft) {
                        Some(w) => self.need(&w, Space::Relation, "table", false, false),
                        None => None,
                    };
                    if let Some(t) = &target {
                        for r in referred {
                            self.need_column(t, r, false);
                        }
                    }
                    match target {
                        Some(t) => (ConstraintKind::ForeignKey(t), "fkey"),
                        None => (
                            ConstraintKind::ForeignKey(Key::new("pg_catalog", "?")),
                            "fkey",
                        ),
                    }
                }
            };
            let index_backed = matches!(
                kind,
                ConstraintKind::PrimaryKey | ConstraintKind::Unique | ConstraintKind::Exclude
            );
            if matches!(kind, ConstraintKind::PrimaryKey) {
                self.set_not_null(table, &columns, true);
            }
            // The columns a CHECK reads: PostgreSQL drops the constraint with any of them.
            let mut check_reads: Vec<String> = Vec::new();
            let addition = match &kind {
                ConstraintKind::PrimaryKey => None,
                ConstraintKind::Check => {
                    let known: Vec<String> = self
                        .model
                        .relation(&table.schema, &table.name)
                        .map(|r| r.columns.iter().map(|c| c.name.clone()).collect())
                        .unwrap_or_default();
                    let NewKind::Check(reads) = &c.kind else {
                        unreachable!()
                    };
                    let mut used: Vec<String> = reads
                        .iter()
                        .filter(|n| known.contains(n))
                        .cloned()
                        .collect();
                    used.sort();
                    used.dedup();
                    check_reads.clone_from(&used);
                    (used.len() == 1).then(|| used[0].clone())
                }
                _ => Some(index_name_addition(&columns)),
            };
            let naming = IndexNaming::columns(&columns, label);
            let naming = if matches!(kind, ConstraintKind::PrimaryKey) {
                IndexNaming {
                    parts: None,
                    others: columns.clone(),
                    ..naming
                }
            } else {
                naming
            };
            let name = match explicit {
                Some(n) => Some(n),
                None if index_backed => self.choose_relation_name(
                    &table.schema,
                    &table.name,
                    addition.as_deref(),
                    label,
                    format!("the index of a constraint of table `{table}`"),
                ),
                None => self.choose_constraint_name(table, addition.as_deref(), label),
            };
            let Some(name) = name else {
                if let Some(r) = self.model.relation_mut(table) {
                    r.constraints_exact = false;
                }
                continue;
            };
            if index_backed {
                let key = Key::new(&table.schema, &name);
                if c.name.is_some() {
                    // The index takes the constraint's name in the relation namespace.
                    self.check_free(
                        &key,
                        Space::Relation,
                        &format!(
                            "relation `{key}` (the index of constraint `{}`)",
                            quote(&name)
                        ),
                        c.span,
                        false,
                    );
                }
                self.add_index(table, key, naming.clone(), only);
            }
            self.model.constraint_names_seen.insert(name.clone());
            if let Some(r) = self.model.relation_mut(table) {
                r.constraints.retain(|k| k.name != name);
                let mut stored = columns.clone();
                for c in &check_reads {
                    if !stored.contains(c) {
                        stored.push(c.clone());
                    }
                }
                r.constraints.push(Constraint {
                    name,
                    kind: kind.clone(),
                    columns: stored,
                });
            }
            if let ConstraintKind::ForeignKey(target) = &kind {
                self.model.link(target, table);
            }
            // Partitions get a copy; their own indexes are named after them.
            let children = if only {
                Vec::new()
            } else {
                self.descendants(table)
            };
            for child in children {
                if let Some(r) = self.model.relation_mut(&child) {
                    r.constraints_exact = false;
                    if matches!(kind, ConstraintKind::PrimaryKey) {
                        for col in r.columns.iter_mut() {
                            if columns.contains(&col.name) {
                                col.not_null = true;
                            }
                        }
                    }
                }
            }
        }
    }

    /// An index on `table` named `key`, with copies on every partition (unless `ONLY`).
    pub(crate) fn add_index(&mut self, table: &Key, key: Key, naming: IndexNaming, only: bool) {
        let mut r = Relation::new(key.clone(), RelKind::Index, Some(self.origin()));
        r.index_of = Some(table.clone());
        r.index_naming = Some(naming.clone());
        self.insert_relation(r);
        if !only {
            self.copy_index_to_partitions(table, &key, &naming);
        }
    }

    /// The name PostgreSQL gives the copy of an index on `partition`, when the model can tell.
    fn partition_index_name(&mut self, partition: &Key, naming: &IndexNaming) -> Option<String> {
        let what = format!("the index of partition `{partition}`");
        match naming.addition() {
            Ok(addition) => self.choose_relation_name(
                &partition.schema,
                &partition.name,
                addition.as_deref(),
                naming.label,
                what,
            ),
            Err(()) => {
                self.may_create_prefix(
                    &format!("{}_", super::names::clip(&partition.name, 27)),
                    format!("{what}, which PostgreSQL names itself"),
                );
                None
            }
        }
    }

    fn copy_index_to_partitions(&mut self, table: &Key, index: &Key, naming: &IndexNaming) {
        let partitions: Vec<Key> = self
            .model
            .dependents_of(table)
            .into_iter()
            .filter(|r| r.partition_of.as_ref() == Some(table))
            .map(|r| r.key.clone())
            .collect();
        for p in partitions {
            if let Some(name) = self.partition_index_name(&p, naming) {
                let key = Key::new(&p.schema, &name);
                let mut r = Relation::new(key.clone(), RelKind::Index, Some(self.origin()));
                r.index_of = Some(p.clone());
                r.index_naming = Some(naming.clone());
                r.parent_index = Some(index.clone());
                self.insert_relation(r);
                self.copy_index_to_partitions(&p, &key, naming);
            }
        }
    }

    pub(crate) fn set_not_null(&mut self, table: &Key, columns: &[String], value: bool) {
        let mut targets = vec![table.clone()];
        targets.extend(self.descendants(table));
        for t in targets {
            if let Some(r) = self.model.relation_mut(&t) {
                for c in r.columns.iter_mut() {
                    if columns.contains(&c.name) {
                        c.not_null = value;
                    }
                }
            }
        }
    }

    // ---- CREATE TABLE -----------------------------------------------------------------

    pub(crate) fn create_table(&mut self, ct: &CreateTable) {
        let Some(w) = self.written(&ct.name) else {
            return;
        };
        let Some((key, free)) =
            self.begin_create(&w, ct.temporary, Space::Relation, ct.if_not_exists)
        else {
            return;
        };
        let kind = if ct.partition_by.is_some() {
            RelKind::PartitionedTable
        } else {
            RelKind::Table
        };
        let mut rel = Relation::new(key.clone(), kind, Some(self.origin_at(w.span)));
        rel.temporary = ct.temporary;
        rel.partition_by = ct.partition_by.as_ref().map(|e| e.to_string());
        // Columns a parent gives: PARTITION OF, INHERITS, LIKE.
        if let Some(parent) = &ct.partition_of {
            self.take_partition_parent(&mut rel, parent);
        }
        for parent in ct.inherits.iter().flatten() {
            self.take_parent(&mut rel, parent);
        }
        if let Some(like) = &ct.like {
            let like = match like {
                sqlparser::ast::CreateTableLikeKind::Parenthesized(l)
                | sqlparser::ast::CreateTableLikeKind::Plain(l) => l,
            };
            self.take_like(&mut rel, &like.name);
        }
        if free == Free::Unsure {
            rel.blur();
        }
        self.insert_relation(rel);
        let mut constraints = Vec::new();
        let mut seen: Vec<String> = self
            .model
            .relation(&key.schema, &key.name)
            .map(|r| r.columns.iter().map(|c| c.name.clone()).collect())
            .unwrap_or_default();
        for def in &ct.columns {
            let column = self.column_def(&key, def, &mut constraints);
            if ct.partition_of.is_some() {
                // `PARTITION OF … (c WITH OPTIONS …)` only adds options to inherited columns.
                self.need_column(&key, &def.name, false);
                continue;
            }
            if seen.contains(&column.name) && ct.inherits.is_none() {
                self.report_exists(
                    def.name.span,
                    &format!("column `{}` of table `{key}`", quote(&column.name)),
                    None,
                );
                continue;
            }
            seen.push(column.name.clone());
            if let Some(r) = self.model.relation_mut(&key) {
                if let Some(existing) = r.column_mut(&column.name) {
                    *existing = column;
                } else {
                    r.columns.push(column);
                }
            }
        }
        for tc in &ct.constraints {
            if let Some(c) = self.table_constraint(tc) {
                constraints.push(c);
            }
        }
        if let Some(q) = &ct.query {
            self.check_query(q);
            let (cols, exact) = self.query_columns(q);
            if let Some(r) = self.model.relation_mut(&key) {
                for name in cols {
                    r.columns.push(Column::named(name));
                }
                r.columns_exact = exact;
            }
        }
        if let Some(r) = self.model.relation_mut(&key) {
            r.code_words = r
                .columns
                .iter()
                .filter_map(|c| c.default.as_deref())
                .flat_map(super::names::words)
                .collect();
        }
        if let Some(pb) = &ct.partition_by {
            for col in referenced_columns(pb) {
                let known = self
                    .model
                    .relation(&key.schema, &key.name)
                    .is_none_or(|r| !r.columns_exact || r.column(&col).is_some());
                if !known {
                    let d = self
                        .diag(
                            Code::UnknownColumn,
                            w.span,
                            format!(
                                "partition key column `{}` is not a column of table `{key}`",
                                quote(&col)
                            ),
                        )
                        .label("PostgreSQL partitions by columns of the table itself")
                        .help("add the column, or partition by one the table has");
                    self.push(d);
                }
            }
        }
        self.add_constraints(&key, dedupe_index_constraints(constraints), true, false);
        // A partition gets its own copy of every index of its parent.
        if let Some(parent) = self
            .model
            .relation(&key.schema, &key.name)
            .and_then(|r| r.partition_of.clone())
        {
            self.copy_parent_indexes(&parent, &key);
        }
    }

    /// `CREATE TABLE rel PARTITION OF parent`: the partition's columns, checks, foreign keys
    /// and triggers are its parent's.
    pub(crate) fn take_partition_parent(&mut self, rel: &mut Relation, parent: &ObjectName) {
        if let Some(pw) = self.written(parent)
            && let Some(pk) = self.need(&pw, Space::Relation, "table", false, false)
        {
            if let Some(p) = self.model.relation(&pk.schema, &pk.name) {
                rel.columns = p.columns.iter().map(|c| inherit(c, true)).collect();
                rel.columns_exact = p.columns_exact;
                rel.constraints = p
                    .constraints
                    .iter()
                    .filter(|c| {
                        matches!(
                            c.kind,
                            ConstraintKind::Check | ConstraintKind::ForeignKey(_)
                        )
                    })
                    .cloned()
                    .collect();
                rel.triggers = p.triggers.clone();
            }
            rel.constraints_exact = false;
            rel.partition_of = Some(pk);
        } else {
            rel.blur();
        }
    }

    /// `CREATE TABLE rel (…) INHERITS (parent)`: the parent's columns come first.
    pub(crate) fn take_parent(&mut self, rel: &mut Relation, parent: &ObjectName) {
        if let Some(pw) = self.written(parent)
            && let Some(pk) = self.need(&pw, Space::Relation, "table", false, false)
        {
            if let Some(p) = self.model.relation(&pk.schema, &pk.name) {
                for c in &p.columns {
                    if rel.column(&c.name).is_none() {
                        rel.columns.push(inherit(c, false));
                    }
                }
                rel.columns_exact &= p.columns_exact;
            }
            rel.constraints_exact = false;
            rel.inherits.push(pk);
            self.model.inheritance = true;
        } else {
            rel.blur();
        }
    }

    /// `CREATE TABLE rel (LIKE source …)`: the source's columns.
    pub(crate) fn take_like(&mut self, rel: &mut Relation, source: &ObjectName) {
        if let Some(lw) = self.written(source)
            && let Some(lk) = self.need(&lw, Space::Relation, "table", false, false)
            && let Some(p) = self.model.relation(&lk.schema, &lk.name)
        {
            rel.columns = p.columns.iter().map(|c| inherit(c, false)).collect();
            rel.columns_exact = p.columns_exact;
        } else {
            rel.blur();
        }
        rel.constraints_exact = false;
        let key = rel.key.clone();
        self.may_create_prefix(
            &format!("{}_", super::names::clip(&key.name, 27)),
            format!("what `LIKE` copies to table `{key}`"),
        );
    }

    pub(crate) fn copy_parent_indexes(&mut self, parent: &Key, partition: &Key) {
        let indexes: Vec<(Key, IndexNaming)> = self
            .model
            .dependents_of(parent)
            .into_iter()
            .filter(|r| r.index_of.as_ref() == Some(parent))
            .filter_map(|r| r.index_naming.clone().map(|n| (r.key.clone(), n)))
            .collect();
        for (index, naming) in indexes {
            if let Some(name) = self.partition_index_name(partition, &naming) {
                let key = Key::new(&partition.schema, &name);
                let mut r = Relation::new(key, RelKind::Index, Some(self.origin()));
                r.index_of = Some(partition.clone());
                r.index_naming = Some(naming);
                r.parent_index = Some(index);
                self.insert_relation(r);
            }
        }
    }

    pub(crate) fn table_constraint(&mut self, tc: &TableConstraint) -> Option<NewConstraint> {
        let cols = |cols: &[sqlparser::ast::IndexColumn]| -> Vec<Ident> {
            cols.iter()
                .filter_map(|c| match &c.column.expr {
                    Expr::Identifier(i) => Some(i.clone()),
                    _ => None,
                })
                .collect()
        };
        Some(match tc {
            TableConstraint::PrimaryKey(pk) => NewConstraint {
                name: pk.name.clone(),
                kind: NewKind::PrimaryKey,
                columns: cols(&pk.columns),
                span: span_of(&cols(&pk.columns)),
            },
            TableConstraint::Unique(u) => NewConstraint {
                name: u.name.clone(),
                kind: NewKind::Unique,
                columns: cols(&u.columns),
                span: span_of(&cols(&u.columns)),
            },
            TableConstraint::ForeignKey(fk) => NewConstraint {
                name: fk.name.clone(),
                kind: NewKind::ForeignKey {
                    table: fk.foreign_table.clone(),
                    referred: fk.referred_columns.clone(),
                },
                columns: fk.columns.clone(),
                span: span_of(&fk.columns),
            },
            TableConstraint::Check(c) => NewConstraint {
                name: c.name.clone(),
                kind: NewKind::Check(referenced_columns(&c.expr)),
                columns: Vec::new(),
                span: c.name.as_ref().map_or(Span::empty(), |n| n.span),
            },
            TableConstraint::Exclude(x) => NewConstraint {
                name: x.name.clone(),
                kind: NewKind::Exclude,
                columns: x
                    .elements
                    .iter()
                    .filter_map(|e| match &e.column.column.expr {
                        Expr::Identifier(i) => Some(i.clone()),
                        _ => None,
                    })
                    .collect(),
                span: x.name.as_ref().map_or(Span::empty(), |n| n.span),
            },
            _ => {
                self.unfollowable("a table constraint the model does not follow");
                return None;
            }
        })
    }

    // ---- ALTER TABLE --------------------------------------------------------------------

    pub(crate) fn alter_table(&mut self, at: &AlterTable) {
        let Some(w) = self.written(&at.name) else {
            return;
        };
        let Some(table) = self.need(&w, Space::Relation, "table", at.if_exists, false) else {
            if at.if_exists {
                for op in &at.operations {
                    if let AlterTableOperation::RenameTable {
                        table_name: RenameTableNameKind::As(n) | RenameTableNameKind::To(n),
                    } = op
                        && let Some(nw) = Written::from_object(n)
                    {
                        self.renamed_if_it_existed(&w, Space::Relation, &nw.name);
                    }
                }
            }
            return;
        };
        for op in &at.operations {
            self.alter_table_op(&table, op, at.only);
        }
    }

    /// `table` and, unless `ONLY`, its partitions and children.
    fn with_descendants(&self, table: &Key, only: bool) -> Vec<Key> {
        let mut all = vec![table.clone()];
        if !only {
            all.extend(self.descendants(table));
        }
        all
    }

    pub(crate) fn alter_table_op(&mut self, table: &Key, op: &AlterTableOperation, only: bool) {
        match op {
            AlterTableOperation::AddColumn {
                if_not_exists,
                column_def,
                ..
            } => {
                let name = fold(&column_def.name);
                let rel = self.model.relation(&table.schema, &table.name);
                let exists = rel.is_some_and(|r| r.column(&name).is_some());
                if exists {
                    if !if_not_exists {
                        let origin = rel
                            .and_then(|r| r.column(&name))
                            .and_then(|c| c.origin.clone());
                        self.report_exists(
                            column_def.name.span,
                            &format!("column `{}` of table `{table}`", quote(&name)),
                            origin.as_ref(),
                        );
                    }
                    return;
                }
                let mut constraints = Vec::new();
                let column = self.column_def(table, column_def, &mut constraints);
                for t in self.with_descendants(table, only) {
                    if let Some(r) = self.model.relation_mut(&t) {
                        r.columns.retain(|c| c.name != column.name);
                        r.columns.push(column.clone());
                        if let Some(d) = &column.default {
                            r.code_words.extend(super::names::words(d));
                        }
                    }
                }
                self.add_constraints(table, constraints, false, only);
            }
            AlterTableOperation::DropColumn {
                column_names,
                if_exists,
                drop_behavior,
                ..
            } => {
                let cascade = matches!(drop_behavior, Some(sqlparser::ast::DropBehavior::Cascade));
                self.drop_columns(table, column_names, *if_exists, cascade, only);
            }
            AlterTableOperation::RenameColumn {
                old_column_name,
                new_column_name,
            } => self.rename_column(table, old_column_name, new_column_name),
            AlterTableOperation::RenameTable { table_name } => {
                let new = match table_name {
                    RenameTableNameKind::As(n) | RenameTableNameKind::To(n) => n,
                };
                if let Some(nw) = self.written(new) {
                    self.rename_relation(table, &nw, "relation");
                }
            }
            AlterTableOperation::RenameConstraint { old_name, new_name } => {
                let Some(i) = self.need_constraint(table, old_name, false) else {
                    return;
                };
                let new = fold(new_name);
                let rel = self.model.relation(&table.schema, &table.name);
                if rel.is_some_and(|r| r.constraints.iter().any(|c| c.name == new)) {
                    self.report_exists(
                        new_name.span,
                        &format!("constraint `{}` of table `{table}`", quote(&new)),
                        None,
                    );
                    return;
                }
                let Some(old) = rel.map(|r| r.constraints[i].clone()) else {
                    return;
                };
                if matches!(
                    old.kind,
                    ConstraintKind::PrimaryKey | ConstraintKind::Unique | ConstraintKind::Exclude
                ) {
                    // The index behind it is renamed with it.
                    let ix = Key::new(&table.schema, &old.name);
                    let nw = Written::from_ident(new_name);
                    if self.model.relation(&ix.schema, &ix.name).is_some() {
                        self.rename_relation(&ix, &nw, "relation");
                    }
                }
                self.model.constraint_names_seen.insert(new.clone());
                if let Some(r) = self.model.relation_mut(table) {
                    r.constraints[i].name = new;
                }
            }
            AlterTableOperation::AddConstraint { constraint, .. } => {
                if let Some(c) = self.table_constraint(constraint) {
                    self.add_constraints(table, vec![c], true, only);
                }
            }
            AlterTableOperation::DropConstraint {
                if_exists,
                name,
                drop_behavior,
            } => {
                let cascade = matches!(drop_behavior, Some(sqlparser::ast::DropBehavior::Cascade));
                self.drop_named_constraint(table, name, *if_exists, cascade, only);
            }
            AlterTableOperation::ValidateConstraint { name } => {
                self.need_constraint(table, name, false);
            }
            AlterTableOperation::AlterColumn { column_name, op } => {
                if !self.need_column(table, column_name, false) {
                    return;
                }
                let name = fold(column_name);
                match op {
                    AlterColumnOperation::SetNotNull => {
                        self.set_not_null(table, std::slice::from_ref(&name), true)
                    }
                    AlterColumnOperation::DropNotNull => {
                        self.set_not_null(table, std::slice::from_ref(&name), false)
                    }
                    AlterColumnOperation::SetDefault { value } => {
                        let d = value.to_string();
                        self.each_column(table, &name, only, |c| c.default = Some(d.clone()));
                        if let Some(r) = self.model.relation_mut(table) {
                            r.code_words.extend(super::names::words(&value.to_string()));
                        }
                    }
                    AlterColumnOperation::DropDefault => {
                        self.each_column(table, &name, only, |c| c.default = None)
                    }
                    AlterColumnOperation::SetDataType { data_type, .. } => {
                        let (ty, _) = self.column_type(data_type, column_name.span);
                        self.each_column(table, &name, false, |c| c.ty = ty.clone());
                    }
                    AlterColumnOperation::AddGenerated { generated_as, .. } => {
                        let identity = match generated_as {
                            Some(GeneratedAs::ByDefault) => "BY DEFAULT",
                            _ => "ALWAYS",
                        };
                        self.each_column(table, &name, false, |c| {
                            c.identity = Some(identity.into());
                            c.not_null = true;
                        });
                        self.owned_sequence(table, &name);
                    }
                    AlterColumnOperation::GenericOptions { .. } => {}
                }
            }
            AlterTableOperation::AttachPartitionOf { partition, .. } => {
                if let Some(pw) = self.written(partition) {
                    self.attach_partition(table, &pw);
                }
            }
            AlterTableOperation::DetachPartitionOf { partition, .. } => {
                if let Some(pw) = self.written(partition) {
                    self.detach_partition(table, &pw);
                }
            }
            AlterTableOperation::EnableTrigger { name }
            | AlterTableOperation::DisableTrigger { name }
            | AlterTableOperation::EnableAlwaysTrigger { name }
            | AlterTableOperation::EnableReplicaTrigger { name } => {
                let n = fold(name);
                if !matches!(n.as_str(), "all" | "user") {
                    self.need_trigger(table, name, false);
                }
            }
            AlterTableOperation::Inherit { parent } => {
                if let Some(pw) = self.written(parent)
                    && let Some(p) = self.need(&pw, Space::Relation, "table", false, false)
                    && let Some(r) = self.model.relation_mut(table)
                {
                    r.inherits.push(p);
                    self.model.inheritance = true;
                    self.relink(table);
                }
            }
            AlterTableOperation::NoInherit { parent } => {
                if let Some(pw) = self.written(parent)
                    && let Some(p) = self.need(&pw, Space::Relation, "table", false, false)
                    && let Some(r) = self.model.relation_mut(table)
                {
                    r.inherits.retain(|k| *k != p);
                }
            }
            AlterTableOperation::OwnerTo { .. }
            | AlterTableOperation::SetTblProperties { .. }
            | AlterTableOperation::SetOptionsParens { .. }
            | AlterTableOperation::ResetOptions { .. }
            | AlterTableOperation::ReplicaIdentity { .. }
            | AlterTableOperation::EnableRowLevelSecurity
            | AlterTableOperation::DisableRowLevelSecurity
            | AlterTableOperation::ForceRowLevelSecurity
            | AlterTableOperation::NoForceRowLevelSecurity
            | AlterTableOperation::EnableRule { .. }
            | AlterTableOperation::DisableRule { .. }
            | AlterTableOperation::EnableAlwaysRule { .. }
            | AlterTableOperation::EnableReplicaRule { .. }
            | AlterTableOperation::SetLogged
            | AlterTableOperation::SetUnlogged => {}
            _ => {
                if let Some(r) = self.model.relation_mut(table) {
                    r.blur();
                }
                self.unfollowable("an `ALTER TABLE` action the model does not follow");
            }
        }
    }

    /// `ALTER TABLE table RENAME COLUMN old TO new`: the column, the constraints and indexes
    /// that name it, on the table and its descendants.
    pub(crate) fn rename_column(&mut self, table: &Key, old_ident: &Ident, new_ident: &Ident) {
        if !self.need_column(table, old_ident, false) {
            return;
        }
        let old = fold(old_ident);
        let new = fold(new_ident);
        if self
            .model
            .relation(&table.schema, &table.name)
            .is_some_and(|r| r.column(&new).is_some())
            && old != new
        {
            self.report_exists(
                new_ident.span,
                &format!("column `{}` of table `{table}`", quote(&new)),
                None,
            );
            return;
        }
        let gone = self.gone(format!("renamed to `{}`", quote(&new)));
        for t in self.with_descendants(table, false) {
            let indexes: Vec<Key> = self
                .model
                .dependents_of(&t)
                .into_iter()
                .filter(|ix| ix.index_of.as_ref() == Some(&t))
                .map(|ix| ix.key.clone())
                .collect();
            for ix in indexes {
                if let Some(n) = self
                    .model
                    .relation_mut(&ix)
                    .and_then(|r| r.index_naming.as_mut())
                {
                    n.rename(&old, &new);
                }
            }
            if let Some(r) = self.model.relation_mut(&t) {
                if let Some(c) = r.column_mut(&old) {
                    c.name = new.clone();
                }
                for k in r.constraints.iter_mut() {
                    for c in k.columns.iter_mut() {
                        if *c == old {
                            *c = new.clone();
                        }
                    }
                }
                r.gone_columns.push((old.clone(), gone.clone()));
            }
        }
    }

    /// `ALTER TABLE table ATTACH PARTITION pw`.
    pub(crate) fn attach_partition(&mut self, table: &Key, pw: &Written) {
        if let Some(p) = self.need(pw, Space::Relation, "table", false, false) {
            if let Some(r) = self.model.relation_mut(&p) {
                r.partition_of = Some(table.clone());
                r.constraints_exact = false;
            }
            self.relink(&p);
            // Matching indexes are attached, missing ones created with generated names.
            self.may_create_prefix(
                super::names::clip(&p.name, 27),
                format!("the indexes PostgreSQL creates on partition `{p}`"),
            );
        }
    }

    /// `ALTER TABLE table DETACH PARTITION pw`.
    pub(crate) fn detach_partition(&mut self, table: &Key, pw: &Written) {
        if let Some(p) = self.need(pw, Space::Relation, "partition", false, false) {
            let is_partition = self.model.relation(&p.schema, &p.name).is_none_or(|r| {
                r.partition_of.as_ref() == Some(table) || r.assumed || !r.constraints_exact
            });
            if !is_partition {
                let d = self
                    .diag(
                        Code::UnknownObject,
                        pw.span,
                        format!(
                            "`{}` is not a partition of `{table}` at this point",
                            pw.shown()
                        ),
                    )
                    .label("PostgreSQL can only detach a partition of this table")
                    .help("attach it first, or detach it from its own parent");
                self.push(d);
            }
            if let Some(r) = self.model.relation_mut(&p) {
                r.partition_of = None;
            }
            let parent_indexes: Vec<Key> = self
                .model
                .dependents_of(&p)
                .into_iter()
                .filter(|r| r.index_of.as_ref() == Some(&p))
                .map(|r| r.key.clone())
                .collect();
            for ix in parent_indexes {
                if let Some(r) = self.model.relation_mut(&ix) {
                    r.parent_index = None;
                }
            }
        }
    }

    /// `ALTER TABLE table DROP CONSTRAINT ident [CASCADE]`.
    pub(crate) fn drop_named_constraint(
        &mut self,
        table: &Key,
        ident: &Ident,
        if_exists: bool,
        cascade: bool,
        only: bool,
    ) {
        if let Some(i) = self.need_constraint(table, ident, if_exists) {
            self.drop_constraint(table, i, only);
        }
        if cascade {
            self.cascade_to_foreign_keys(table);
        }
    }

    /// `ALTER TABLE table DROP COLUMN ident [CASCADE]`, for each of `columns`.
    pub(crate) fn drop_columns(
        &mut self,
        table: &Key,
        columns: &[Ident],
        if_exists: bool,
        cascade: bool,
        only: bool,
    ) {
        if cascade {
            self.cascade_to_foreign_keys(table);
        }
        // Views reading the column: PostgreSQL refuses without CASCADE; the model does
        // not know which columns a view reads, so it neither reports nor drops them.
        for ident in columns {
            if self.need_column(table, ident, if_exists) {
                self.drop_column(table, &fold(ident), only);
            }
        }
    }

    fn each_column(&mut self, table: &Key, name: &str, only: bool, f: impl Fn(&mut Column)) {
        for t in self.with_descendants(table, only) {
            if let Some(r) = self.model.relation_mut(&t)
                && let Some(c) = r.column_mut(name)
            {
                f(c);
            }
        }
    }

    fn drop_column(&mut self, table: &Key, name: &str, only: bool) {
        let gone = self.gone("dropped".into());
        for t in self.with_descendants(table, only) {
            let mut dropped_indexes = Vec::new();
            if let Some(r) = self.model.relation_mut(&t) {
                r.columns.retain(|c| c.name != name);
                r.gone_columns.push((name.to_string(), gone.clone()));
                r.constraints
                    .retain(|c| !c.columns.iter().any(|c| c == name));
            }
            for ix in self.model.dependents_of(&t) {
                if ix.index_of.as_ref() == Some(&t)
                    && ix.index_naming.as_ref().is_some_and(|n| n.reads(name))
                {
                    dropped_indexes.push(ix.key.clone());
                }
            }
            for ix in dropped_indexes {
                self.remove_relation(&ix, gone.clone());
            }
        }
        // Owned sequences go with the column.
        let owned: Vec<Key> = self
            .model
            .dependents_of(table)
            .into_iter()
            .filter(|r| {
                r.owned_by
                    .as_ref()
                    .is_some_and(|(t, c)| t == table && c == name)
            })
            .map(|r| r.key.clone())
            .collect();
        for s in owned {
            self.remove_relation(&s, gone.clone());
        }
    }

    pub(crate) fn need_constraint(
        &mut self,
        table: &Key,
        ident: &Ident,
        if_exists: bool,
    ) -> Option<usize> {
        self.need_member(table, ident, if_exists, Member::Constraint)
    }

    pub(crate) fn need_trigger(
        &mut self,
        table: &Key,
        ident: &Ident,
        if_exists: bool,
    ) -> Option<usize> {
        self.need_member(table, ident, if_exists, Member::Trigger)
    }

    /// A reference to a named constraint or trigger of `table`: its index in the table's list.
    fn need_member(
        &mut self,
        table: &Key,
        ident: &Ident,
        if_exists: bool,
        member: Member,
    ) -> Option<usize> {
        let name = fold(ident);
        let rel = self.model.relation(&table.schema, &table.name)?;
        let (names, exact): (Vec<&str>, bool) = match member {
            Member::Constraint => (
                rel.constraints.iter().map(|c| c.name.as_str()).collect(),
                rel.constraints_exact,
            ),
            Member::Trigger => (
                rel.triggers.iter().map(|t| t.name.as_str()).collect(),
                rel.triggers_exact,
            ),
        };
        if let Some(i) = names.iter().position(|n| *n == name) {
            return Some(i);
        }
        let what = match member {
            Member::Constraint => format!("constraint `{}` of table `{table}`", quote(&name)),
            Member::Trigger => format!("trigger `{}` on `{table}`", quote(&name)),
        };
        if !exact || rel.assumed {
            if !if_exists && let Some(c) = rel.doubt.clone() {
                self.warn_uncertain(ident.span, &what, &c, false);
            }
            return None;
        }
        if if_exists {
            return None;
        }
        let candidates = names.iter().map(|n| n.to_string()).collect();
        self.report_missing(Missing {
            code: Code::UnknownObject,
            span: ident.span,
            what: &what,
            gone: None,
            candidates,
            name: &name,
            dropping: true,
        });
        None
    }

    pub(crate) fn drop_constraint(&mut self, table: &Key, index: usize, only: bool) {
        let Some(c) = self
            .model
            .relation(&table.schema, &table.name)
            .map(|r| r.constraints[index].clone())
        else {
            return;
        };
        let gone = self.gone(format!("dropped with constraint `{}`", quote(&c.name)));
        if let Some(r) = self.model.relation_mut(table) {
            r.constraints.remove(index);
        }
        if matches!(
            c.kind,
            ConstraintKind::PrimaryKey | ConstraintKind::Unique | ConstraintKind::Exclude
        ) {
            self.remove_relation(&Key::new(&table.schema, &c.name), gone.clone());
        }
        if !only {
            for t in self.descendants(table) {
                if let Some(r) = self.model.relation_mut(&t) {
                    r.constraints.retain(|k| k.name != c.name);
                    r.constraints_exact = false;
                }
            }
        }
    }

    /// Renames a relation (table, view, index, sequence) within its schema.
    pub(crate) fn rename_relation(&mut self, key: &Key, new: &Written, what: &str) {
        let new_key = Key::new(&key.schema, &new.name);
        if new_key == *key {
            return;
        }
        // A taken name is reported; the model then follows the rename anyway.
        self.check_free(
            &new_key,
            Space::Relation,
            &format!("{what} `{new_key}`"),
            new.span,
            false,
        );
        let gone = self.gone(format!("renamed to `{}`", quote(&new.name)));
        let Some(ns) = self.model.namespace_mut(&key.schema) else {
            return;
        };
        let Some(Slot::Here(mut r)) = ns.relations.remove(key.name.as_str()) else {
            return;
        };
        ns.relations
            .insert(key.name.as_str().into(), Slot::Gone(gone));
        Arc::make_mut(&mut r).key = new_key.clone();
        let table = (r.kind == RelKind::Index)
            .then(|| r.index_of.clone())
            .flatten();
        ns.relations.insert(new.name.as_str().into(), Slot::Here(r));
        self.rekey(key, &new_key);
        // Renaming the index behind a constraint renames the constraint.
        if let Some(t) = table.and_then(|t| self.model.relation_mut(&t)) {
            for c in t.constraints.iter_mut().filter(|c| {
                c.name == key.name
                    && matches!(
                        c.kind,
                        ConstraintKind::PrimaryKey
                            | ConstraintKind::Unique
                            | ConstraintKind::Exclude
                    )
            }) {
                c.name = new.name.clone();
            }
            self.model.constraint_names_seen.insert(new.name.clone());
        }
    }

    /// Every reference to relation `old` now names `new` (the relation itself already moved).
    pub(crate) fn rekey(&mut self, old: &Key, new: &Key) {
        let fix = |r: &mut Relation| {
            for k in [&mut r.partition_of, &mut r.index_of, &mut r.parent_index]
                .into_iter()
                .flatten()
            {
                if k == old {
                    *k = new.clone();
                }
            }
            if let Some((t, _)) = &mut r.owned_by
                && t == old
            {
                *t = new.clone();
            }
            for k in r
                .inherits
                .iter_mut()
                .chain(r.reads.iter_mut())
                .chain(r.dependents.iter_mut())
            {
                if k == old {
                    *k = new.clone();
                }
            }
            for c in r.constraints.iter_mut() {
                if let ConstraintKind::ForeignKey(k) = &mut c.kind
                    && k == old
                {
                    *k = new.clone();
                }
            }
            for c in r.columns.iter_mut() {
                if let Some(ColumnType {
                    base: TypeRef::User(k),
                    ..
                }) = &mut c.ty
                    && k == old
                {
                    *k = new.clone();
                }
            }
        };
        if !self.model.row_types_used {
            // Who names it: what depends on it, and what it depends on (their lists name it).
            let affected: Vec<Key> = self
                .model
                .relation(&new.schema, &new.name)
                .map(|r| r.dependents.iter().chain(r.links()).cloned().collect())
                .unwrap_or_default();
            for k in affected {
                if let Some(r) = self.model.relation_mut(&k) {
                    fix(r);
                }
            }
            return;
        }
        // A column has a table's row type as its type: any relation may name it.
        let names = |r: &Relation| {
            r.links().any(|k| k == old)
                || r.columns.iter().any(
                    |c| matches!(&c.ty, Some(ColumnType { base: TypeRef::User(k), .. }) if k == old),
                )
                || r.dependents.contains(old)
        };
        self.model.relations_where(names, fix);
    }

    pub(crate) fn remove_relation(&mut self, key: &Key, gone: super::Gone) {
        if let Some(ns) = self.model.namespace_mut(&key.schema)
            && let Some(Slot::Here(_)) = ns.relations.get(key.name.as_str())
        {
            ns.relations
                .insert(key.name.as_str().into(), Slot::Gone(gone));
        }
    }

    // ---- DROP of relations ----------------------------------------------------------------

    pub(crate) fn drop_relations(
        &mut self,
        object_type: ObjectType,
        names: &[ObjectName],
        if_exists: bool,
        cascade: bool,
    ) {
        let what = match object_type {
            ObjectType::Table => "table",
            ObjectType::View => "view",
            ObjectType::MaterializedView => "materialized view",
            ObjectType::Index => "index",
            ObjectType::Sequence => "sequence",
            ObjectType::ForeignTable => "foreign table",
            _ => "relation",
        };
        let mut keys = Vec::new();
        for n in names {
            let Some(w) = self.written(n) else { continue };
            if let Some(k) = self.need(&w, Space::Relation, what, if_exists, true) {
                keys.push((k, w.span));
            }
        }
        let dropping: Vec<Key> = keys.iter().map(|(k, _)| k.clone()).collect();
        for (key, span) in &keys {
            if !cascade {
                self.check_dependents(key, &dropping, *span, what);
            }
        }
        for (key, _) in keys {
            self.drop_relation_tree(&key, cascade);
        }
    }

    /// A `CASCADE` drop of a key or column of `table` drops the foreign keys that rest on it;
    /// the model does not record which referenced columns each foreign key uses, so the
    /// constraint lists of the tables referencing `table` are no longer exact.
    fn cascade_to_foreign_keys(&mut self, table: &Key) {
        let referencing: Vec<Key> = self
            .model
            .dependents_of(table)
            .into_iter()
            .filter(|r| {
                r.key != *table
                    && r.constraints
                        .iter()
                        .any(|c| matches!(&c.kind, ConstraintKind::ForeignKey(t) if t == table))
            })
            .map(|r| r.key.clone())
            .collect();
        for k in referencing {
            if let Some(r) = self.model.relation_mut(&k) {
                r.constraints_exact = false;
            }
        }
    }

    /// `DROP … RESTRICT`: what still depends on `key` makes PostgreSQL refuse.
    fn check_dependents(&mut self, key: &Key, dropping: &[Key], span: Span, what: &str) {
        let mut dependents: Vec<String> = Vec::new();
        for r in self.model.dependents_of(key) {
            if dropping.contains(&r.key) || r.doubt.is_some() {
                continue;
            }
            if r.reads.contains(key) && r.columns_exact {
                dependents.push(format!("{} `{}`", r.kind.as_str(), r.key));
            }
            if r.constraints_exact {
                for c in &r.constraints {
                    if let ConstraintKind::ForeignKey(t) = &c.kind
                        && t == key
                        && r.key != *key
                        && r.partition_of.is_none()
                    {
                        dependents.push(format!(
                            "constraint `{}` on table `{}`",
                            quote(&c.name),
                            r.key
                        ));
                    }
                }
            }
        }
        if dependents.is_empty() {
            return;
        }
        let d = self
            .diag(
                Code::DependentObjects,
                span,
                format!("cannot drop {what} `{key}` because other objects depend on it"),
            )
            .label(format!("{} still depend(s) on it", dependents.join(", ")))
            .help("drop the dependent objects first (or in the same statement), or add `CASCADE` to drop them too");
        self.push(d);
    }

    /// Drops a relation with what goes with it: its indexes, owned sequences, partitions, and
    /// (with `CASCADE`) views reading it and foreign keys to it.
    pub(crate) fn drop_relation_tree(&mut self, key: &Key, cascade: bool) {
        let gone = self.gone("dropped".into());
        // What goes with it, level by level (indexes, partitions, their indexes, …): one scan
        // of the model per level.
        let mut removed: Vec<Key> = vec![key.clone()];
        let mut level: Vec<Key> = vec![key.clone()];
        while let Some(k) = level.pop() {
            for r in self.model.dependents_of(&k) {
                let goes = [&r.index_of, &r.partition_of, &r.parent_index]
                    .into_iter()
                    .flatten()
                    .chain(r.owned_by.iter().map(|(t, _)| t))
                    .chain(r.reads.iter().chain(r.inherits.iter()).filter(|_| cascade))
                    .any(|l| *l == k);
                if goes && !removed.contains(&r.key) {
                    removed.push(r.key.clone());
                    level.push(r.key.clone());
                }
            }
        }
        // Who may hold a foreign key to what goes: the relations linked to it (the model
        // links every foreign key to its target), found before the targets go.
        let mut referencing: Vec<Key> = Vec::new();
        for k in &removed {
            for r in self.model.dependents_of(k) {
                if !removed.contains(&r.key) && !referencing.contains(&r.key) {
                    referencing.push(r.key.clone());
                }
            }
        }
        for k in &removed {
            let how = if k == key {
                gone.clone()
            } else {
                self.gone(format!("dropped with `{key}`"))
            };
            self.remove_relation(k, how);
        }
        // Foreign keys to a dropped table go (PostgreSQL refuses without CASCADE, reported).
        let to_removed = |c: &Constraint| matches!(&c.kind, ConstraintKind::ForeignKey(t) if removed.contains(t));
        for k in referencing {
            if self
                .model
                .relation(&k.schema, &k.name)
                .is_some_and(|r| r.constraints.iter().any(to_removed))
                && let Some(r) = self.model.relation_mut(&k)
            {
                r.constraints.retain(|c| !to_removed(c));
            }
        }
    }

    // ---- indexes -------------------------------------------------------------------------

    pub(crate) fn create_index(&mut self, ci: &CreateIndex) {
        let Some(tw) = self.written(&ci.table_name) else {
            return;
        };
        let Some(table) = self.need(&tw, Space::Relation, "table", false, false) else {
            return;
        };
        let mut parts = Vec::new();
        for c in &ci.columns {
            match &c.column.expr {
                Expr::Identifier(i) => {
                    self.need_column(&table, i, false);
                    parts.push(IndexPart {
                        name: Some(fold(i)),
                        reads: vec![fold(i)],
                    });
                }
                e => {
                    let reads = referenced_index_columns(e);
                    for col in &reads {
                        self.need_column(&table, col, false);
                    }
                    parts.push(IndexPart {
                        name: figure_colname(e).index_part(),
                        reads: reads.iter().map(fold).collect(),
                    });
                }
            }
        }
        for i in &ci.include {
            self.need_column(&table, i, false);
        }
        let mut others: Vec<String> = ci.include.iter().map(fold).collect();
        if let Some(p) = &ci.predicate {
            others.extend(referenced_columns(p));
        }
        let naming = IndexNaming {
            parts: Some(parts),
            label: "idx",
            others,
        };
        let name = match &ci.name {
            Some(n) => match self.written(n) {
                Some(nw) => Some(nw),
                None => return,
            },
            None => None,
        };
        self.create_index_named(&table, name, ci.if_not_exists, naming, false);
    }

    /// `CREATE INDEX [name] ON table`: the index, named as written or as PostgreSQL names it,
    /// and its copies on the partitions (unless `ON ONLY`).
    pub(crate) fn create_index_named(
        &mut self,
        table: &Key,
        name: Option<Written>,
        if_not_exists: bool,
        naming: IndexNaming,
        only: bool,
    ) {
        let name = match name {
            Some(nw) => {
                let key = Key::new(&table.schema, &nw.name);
                let free = self.check_free(
                    &key,
                    Space::Relation,
                    &format!("relation `{key}`"),
                    nw.span,
                    if_not_exists,
                );
                if free == Free::No {
                    return;
                }
                Some(nw.name)
            }
            // Unique or not, an index that is not a constraint's is labelled `idx`.
            None => match naming.addition() {
                Ok(addition) => self.choose_relation_name(
                    &table.schema,
                    &table.name,
                    addition.as_deref(),
                    "idx",
                    format!("an index on `{table}`"),
                ),
                Err(()) => {
                    self.may_create_prefix(
                        &format!("{}_", super::names::clip(&table.name, 27)),
                        format!("an index on `{table}`, which PostgreSQL names itself"),
                    );
                    None
                }
            },
        };
        let Some(name) = name else { return };
        self.add_index(table, Key::new(&table.schema, &name), naming, only);
    }

    pub(crate) fn alter_index(&mut self, name: &ObjectName, op: &AlterIndexOperation) {
        let Some(w) = self.written(name) else { return };
        let Some(key) = self.need(&w, Space::Relation, "index", false, false) else {
            return;
        };
        match op {
            AlterIndexOperation::RenameIndex { index_name } => {
                if let Some(nw) = self.written(index_name) {
                    self.rename_relation(&key, &nw, "relation");
                }
            }
        }
    }

    // ---- views ------------------------------------------------------------------------------

    pub(crate) fn create_view(&mut self, cv: &CreateView) {
        let Some(w) = self.written(&cv.name) else {
            return;
        };
        let kind = if cv.materialized {
            RelKind::MaterializedView
        } else {
            RelKind::View
        };
        let given: Vec<String> = cv
            .columns
            .iter()
            .map(|c: &ViewColumnDef| fold(&c.name))
            .collect();
        let how = ViewHow {
            kind,
            temporary: cv.temporary,
            or_replace: cv.or_replace,
            if_not_exists: cv.if_not_exists,
        };
        self.define_view(&w, how, &given, |r| {
            let reads = r.check_query(&cv.query);
            let (columns, exact) = r.query_columns(&cv.query);
            Some(ViewBody {
                reads,
                columns,
                exact,
                code_words: super::names::words(&cv.query.to_string()),
            })
        });
    }

    /// `CREATE [OR REPLACE] [MATERIALIZED] VIEW w [(given…)] AS query`, with what the query
    /// reads and yields (`None` when the model cannot read it: its columns are unknown).
    pub(crate) fn define_view(
        &mut self,
        w: &Written,
        how: ViewHow,
        given: &[String],
        body: impl FnOnce(&mut Self) -> Option<ViewBody>,
    ) {
        let ViewHow {
            kind,
            temporary,
            or_replace,
            if_not_exists,
        } = how;
        let Some(key) = self.creation_key(w, temporary) else {
            return;
        };
        let body = body(self);
        let existing = self.model.relation(&key.schema, &key.name).cloned();
        let replacing = or_replace && existing.as_ref().is_some_and(|r| r.kind == kind);
        let mut free = Free::Yes;
        if !replacing {
            free = self.check_free(
                &key,
                Space::Relation,
                &format!("relation `{key}`"),
                w.span,
                if_not_exists,
            );
            if free == Free::No {
                return;
            }
        }
        let mut rel = Relation::new(key.clone(), kind, Some(self.origin_at(w.span)));
        rel.temporary = temporary;
        let known = body.is_some();
        let ViewBody {
            reads,
            columns: mut cols,
            mut exact,
            code_words,
        } = body.unwrap_or(ViewBody {
            reads: Vec::new(),
            columns: Vec::new(),
            exact: false,
            code_words: super::names::words(self.sql),
        });
        for (i, g) in given.iter().enumerate() {
            if i < cols.len() {
                cols[i] = g.clone();
            } else {
                cols.push(g.clone());
            }
        }
        exact &= known && given.len() <= cols.len() && free != Free::Unsure;
        rel.columns = cols.into_iter().map(Column::named).collect();
        rel.columns_exact = exact;
        rel.reads = reads;
        rel.code_words = code_words;
        if !known || free == Free::Unsure {
            rel.blur();
        }
        if let Some(old) = existing
            && replacing
        {
            rel.origin = old.origin;
        }
        self.insert_relation(rel);
    }

    pub(crate) fn alter_view(
        &mut self,
        name: &ObjectName,
        materialized: bool,
        if_exists: bool,
        op: &AlterViewOperation,
    ) {
        let what = if materialized {
            "materialized view"
        } else {
            "view"
        };
        let Some(w) = self.written(name) else { return };
        let Some(key) = self.need(&w, Space::Relation, what, if_exists, false) else {
            if let AlterViewOperation::RenameTo { new_name } = op
                && if_exists
                && let Some(nw) = Written::from_object(new_name)
            {
                self.renamed_if_it_existed(&w, Space::Relation, &nw.name);
            }
            return;
        };
        match op {
            AlterViewOperation::RenameTo { new_name } => {
                if let Some(nw) = self.written(new_name) {
                    self.rename_relation(&key, &nw, "relation");
                }
            }
            AlterViewOperation::RenameColumn {
                old_column_name,
                new_column_name,
            } => {
                if self.need_column(&key, old_column_name, false) {
                    let old = fold(old_column_name);
                    let new = fold(new_column_name);
                    let gone = self.gone(format!("renamed to `{}`", quote(&new)));
                    if let Some(r) = self.model.relation_mut(&key) {
                        if let Some(c) = r.column_mut(&old) {
                            c.name = new;
                        }
                        r.gone_columns.push((old, gone));
                    }
                }
            }
            AlterViewOperation::AlterColumn { column_name, .. } => {
                self.need_column(&key, column_name, false);
            }
            AlterViewOperation::As { query, .. } => {
                let reads = self.check_query(query);
                let (cols, exact) = self.query_columns(query);
                if let Some(r) = self.model.relation_mut(&key) {
                    r.reads = reads;
                    r.columns = cols.into_iter().map(Column::named).collect();
                    r.columns_exact = exact;
                }
                self.relink(&key);
            }
            AlterViewOperation::SetSchema { schema_name } => {
                if let Some(sw) = self.written(schema_name) {
                    self.set_relation_schema(&key, &sw);
                }
            }
            AlterViewOperation::OwnerTo(_)
            | AlterViewOperation::SetOptions { .. }
            | AlterViewOperation::ResetOptions { .. } => {}
        }
    }

    /// `ALTER … SET SCHEMA`: the relation moves, and with a table its indexes and the
    /// sequences it owns (as in PostgreSQL; its partitions stay where they are).
    pub(crate) fn set_relation_schema(&mut self, key: &Key, schema: &Written) {
        let target = schema.name.clone();
        self.need_schema(&target, schema.span, false);
        let companions: Vec<Key> = self
            .model
            .dependents_of(key)
            .into_iter()
            .filter(|r| {
                r.index_of.as_ref() == Some(key)
                    || r.owned_by.as_ref().is_some_and(|(t, _)| t == key)
            })
            .map(|r| r.key.clone())
            .collect();
        for moving in std::iter::once(key.clone()).chain(companions) {
            let new_key = Key::new(&target, &moving.name);
            self.check_free(
                &new_key,
                Space::Relation,
                &format!("relation `{new_key}`"),
                schema.span,
                false,
            );
            let gone = self.gone(format!("moved to schema `{}`", quote(&target)));
            let Some(ns) = self.model.namespace_mut(&moving.schema) else {
                continue;
            };
            let Some(Slot::Here(r)) = ns.relations.remove(moving.name.as_str()) else {
                continue;
            };
            ns.relations
                .insert(moving.name.as_str().into(), Slot::Gone(gone));
            let mut r = Arc::unwrap_or_clone(r);
            r.key = new_key.clone();
            self.insert_relation(r);
            self.rekey(&moving, &new_key);
        }
    }

    /// Checks every relation a query reads; returns what it read.
    pub(crate) fn check_query(&mut self, q: &Query) -> Vec<Key> {
        let mut reads = Vec::new();
        for name in relations_of(q) {
            let Some(w) = self.written(&name) else {
                continue;
            };
            if let Some(k) = self.need(&w, Space::Relation, "relation", false, false)
                && !reads.contains(&k)
            {
                reads.push(k);
            }
        }
        reads
    }

    /// The output column names of a query, and whether the list is certain.
    pub(crate) fn query_columns(&mut self, q: &Query) -> (Vec<String>, bool) {
        let mut body = &*q.body;
        loop {
            match body {
                SetExpr::SetOperation { left, .. } => body = left,
                SetExpr::Query(inner) => body = &inner.body,
                _ => break,
            }
        }
        match body {
            SetExpr::Select(select) => {
                let mut cols = Vec::new();
                let mut exact = true;
                for item in &select.projection {
                    match item {
                        SelectItem::UnnamedExpr(e) => match figure_colname(e).view_column() {
                            Some(n) => cols.push(n),
                            None => {
                                cols.push("?column?".to_string());
                                exact = false;
                            }
                        },
                        SelectItem::ExprWithAlias { alias, .. } => cols.push(fold(alias)),
                        SelectItem::Wildcard(_) => {
                            let mut ok = true;
                            for twj in &select.from {
                                ok &= twj.joins.is_empty();
                                match &twj.relation {
                                    TableFactor::Table {
                                        name, args: None, ..
                                    } => match self.relation_columns(name) {
                                        Some(c) => cols.extend(c),
                                        None => ok = false,
                                    },
                                    _ => ok = false,
                                }
                            }
                            exact &= ok;
                        }
                        SelectItem::QualifiedWildcard(..) | SelectItem::ExprWithAliases { .. } => {
                            exact = false
                        }
                    }
                }
                (cols, exact)
            }
            SetExpr::Values(v) => {
                let n = v.rows.first().map_or(0, |r| r.len());
                ((1..=n).map(|i| format!("column{i}")).collect(), true)
            }
            _ => (Vec::new(), false),
        }
    }

    fn relation_columns(&self, name: &ObjectName) -> Option<Vec<String>> {
        let w = Written::from_object(name)?;
        let Res::Here(k) = self.resolve(&w, Space::Relation) else {
            return None;
        };
        let r = self.model.relation(&k.schema, &k.name)?;
        r.columns_exact
            .then(|| r.columns.iter().map(|c| c.name.clone()).collect())
    }

    // ---- sequences ------------------------------------------------------------------------

    pub(crate) fn create_sequence(
        &mut self,
        name: &ObjectName,
        temporary: bool,
        if_not_exists: bool,
    ) -> Option<Key> {
        let w = self.written(name)?;
        let (key, _) = self.begin_create(&w, temporary, Space::Relation, if_not_exists)?;
        let mut r = Relation::new(key.clone(), RelKind::Sequence, Some(self.origin_at(w.span)));
        r.temporary = temporary;
        self.insert_relation(r);
        Some(key)
    }

    /// `OWNED BY table.column` (or `OWNED BY NONE`) of sequence `seq`, in `CREATE SEQUENCE` and
    /// `ALTER SEQUENCE`: the sequence goes when the column or its table goes.
    pub(crate) fn set_owned_by(&mut self, seq: &Key, owner: Option<&ObjectName>) {
        let Some(col) = owner else {
            if let Some(rel) = self.model.relation_mut(seq) {
                rel.owned_by = None;
            }
            self.relink(seq);
            return;
        };
        let idents: Vec<Ident> = col.0.iter().filter_map(|p| p.as_ident().cloned()).collect();
        if idents.len() != col.0.len() {
            return;
        }
        if let Some((column, table)) = idents.split_last()
            && !table.is_empty()
            && let Some(tw) = Written::from_object(&ObjectName::from(table.to_vec()))
            && let Some(t) = self.need(&tw, Space::Relation, "table", false, false)
            && self.need_column(&t, column, false)
            && let Some(rel) = self.model.relation_mut(seq)
        {
            rel.owned_by = Some((t, fold(column)));
            self.relink(seq);
        }
    }

    /// `ALTER TABLE table ALTER COLUMN column DROP IDENTITY`: the column keeps its values, its
    /// identity sequence goes.
    pub(crate) fn drop_identity(&mut self, table: &Key, column: &str) {
        if let Some(rel) = self.model.relation_mut(table)
            && let Some(col) = rel.column_mut(column)
        {
            col.identity = None;
        }
        let owned: Vec<Key> = self
            .model
            .dependents_of(table)
            .into_iter()
            .filter(|s| {
                s.owned_by
                    .as_ref()
                    .is_some_and(|(t, c)| t == table && c == column)
            })
            .map(|s| s.key.clone())
            .collect();
        let gone = self.gone(format!(
            "dropped with the identity of column `{}`",
            quote(column)
        ));
        for s in owned {
            self.remove_relation(&s, gone.clone());
        }
    }

    /// `ALTER TABLE table ALTER COLUMN column DROP EXPRESSION`: a generated column becomes a
    /// plain one.
    pub(crate) fn drop_expression(&mut self, table: &Key, column: &str) {
        if let Some(rel) = self.model.relation_mut(table)
            && let Some(col) = rel.column_mut(column)
        {
            col.generated = None;
        }
    }

    pub(crate) fn add_trigger(&mut self, table: &Key, trigger: Trigger) {
        for t in self.with_descendants(table, false) {
            if let Some(r) = self.model.relation_mut(&t) {
                r.triggers.retain(|x| x.name != trigger.name);
                r.triggers.push(trigger.clone());
            }
        }
    }

    /// Types named by a column: renames of user types follow.
    pub(crate) fn retype(&mut self, old: &Key, new: &Key) {
        let uses = |c: &Column| matches!(&c.ty, Some(ColumnType { base: TypeRef::User(k), .. }) if k == old);
        self.model.relations_where(
            |r| r.columns.iter().any(uses),
            |r| {
                for c in r.columns.iter_mut().filter(|c| uses(c)) {
                    if let Some(ty) = &mut c.ty {
                        ty.base = TypeRef::User(new.clone());
                    }
                }
            },
        );
        let (old_sig, new_sig) = (
            format!("{}.{}", old.schema, old.name),
            format!("{}.{}", new.schema, new.name),
        );
        self.model.schemas.each_mut(|_, slot| {
            let Some(ns) = slot.here_mut() else { return };
            ns.types.each_mut(|_, slot| {
                if let Some(t) = slot.here_mut()
                    && let TypeKind::Domain(Some(ColumnType {
                        base: TypeRef::User(k),
                        ..
                    })) = &mut t.kind
                    && *k == *old
                {
                    *k = new.clone();
                }
            });
            ns.routines.each_mut(|_, slot| {
                let Some(rs) = slot.here_mut() else { return };
                for r in rs.overloads.iter_mut() {
                    for a in r.args.iter_mut().flatten() {
                        if *a == old_sig {
                            *a = new_sig.clone();
                        } else if *a == format!("{old_sig}[]") {
                            *a = format!("{new_sig}[]");
                        }
                    }
                }
            });
        });
    }
}

/// `CREATE TABLE` keeps one index for primary key and unique constraints over the same columns
/// (`transformIndexConstraints`): the primary key first, a later name going to an unnamed one.
fn dedupe_index_constraints(constraints: Vec<NewConstraint>) -> Vec<NewConstraint> {
    let columns = |c: &NewConstraint| c.columns.iter().map(fold).collect::<Vec<_>>();
    let mut kept: Vec<NewConstraint> = Vec::new();
    let mut rest = Vec::new();
    let (primary, others): (Vec<_>, Vec<_>) = constraints
        .into_iter()
        .partition(|c| matches!(c.kind, NewKind::PrimaryKey));
    for c in primary.into_iter().chain(others) {
        if !matches!(c.kind, NewKind::PrimaryKey | NewKind::Unique) {
            rest.push(c);
            continue;
        }
        match kept.iter_mut().find(|k| columns(k) == columns(&c)) {
            Some(prior) => {
                if prior.name.is_none() {
                    prior.name = c.name;
                }
            }
            None => kept.push(c),
        }
    }
    kept.extend(rest);
    kept
}

/// Columns of an index expression (`lower(name)` reads `name`).
fn referenced_index_columns(e: &Expr) -> Vec<Ident> {
    use sqlparser::ast::Visit;
    use std::ops::ControlFlow;
    struct Ids(Vec<Ident>);
    impl sqlparser::ast::Visitor for Ids {
        type Break = ();
        fn pre_visit_expr(&mut self, e: &Expr) -> ControlFlow<()> {
            if let Expr::Identifier(i) = e {
                self.0.push(i.clone());
            }
            ControlFlow::Continue(())
        }
    }
    let mut v = Ids(Vec::new());
    let _ = e.visit(&mut v);
    v.0
}

/// The relations a query reads (tables and views in `FROM` and `JOIN` at any depth; table
/// functions and common table expressions excluded).
pub(crate) fn relations_of<V: sqlparser::ast::Visit>(node: &V) -> Vec<ObjectName> {
    use std::ops::ControlFlow;
    #[derive(Default)]
    struct Rels {
        ctes: Vec<String>,
        found: Vec<ObjectName>,
    }
    impl sqlparser::ast::Visitor for Rels {
        type Break = ();
        fn pre_visit_query(&mut self, q: &Query) -> ControlFlow<()> {
            if let Some(with) = &q.with {
                for cte in &with.cte_tables {
                    self.ctes.push(fold(&cte.alias.name));
                }
            }
            ControlFlow::Continue(())
        }
        fn pre_visit_table_factor(&mut self, t: &TableFactor) -> ControlFlow<()> {
            if let TableFactor::Table {
                name, args: None, ..
            } = t
            {
                self.found.push(name.clone());
            }
            ControlFlow::Continue(())
        }
    }
    let mut v = Rels::default();
    let _ = node.visit(&mut v);
    v.found
        .into_iter()
        .filter(|n| {
            !(n.0.len() == 1 && n.0[0].as_ident().is_some_and(|i| v.ctes.contains(&fold(i))))
        })
        .collect()
}

fn inherit(c: &Column, partition: bool) -> Column {
    Column {
        default: if partition { c.default.clone() } else { None },
        identity: None,
        origin: c.origin.clone(),
        ..c.clone()
    }
}
