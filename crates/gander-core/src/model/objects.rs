//! Every parsed statement dispatched to the model: schemas, types, routines, triggers,
//! extensions, comments, data statements and `SET search_path`; relations are in `ddl`.

use sqlparser::ast::{
    AlterFunctionOperation, AlterTriggerOperation, AlterType, AlterTypeOperation, ArgMode,
    AssignmentTarget, CommentObject, CreateFunction, CreateFunctionBody, CreateTrigger, DataType,
    DropBehavior, Expr, FunctionDesc, ObjectName, ObjectType, OperateFunctionArg, Reset,
    SchemaName, Set, Statement, TableObject, UserDefinedTypeRepresentation, Value,
};
use sqlparser::tokenizer::Span;

use super::names::{Written, fold, quote};
use super::replay::{Free, Missing, Replayer, Space, default_path};
use super::{
    Cause, Effects, Extension, Gone, Key, MapExt, Namespace, Routine, RoutineKind, Routines, Slot,
    Trigger, TypeDef, TypeKind,
};
use crate::diagnostic::Code;

impl Replayer<'_> {
    /// One statement sqlparser parsed.
    pub(crate) fn apply(&mut self, s: &Statement) {
        match s {
            Statement::CreateTable(ct) => self.create_table(ct),
            Statement::AlterTable(at) => self.alter_table(at),
            Statement::CreateIndex(ci) => self.create_index(ci),
            Statement::AlterIndex { name, operation } => self.alter_index(name, operation),
            Statement::CreateView(cv) => self.create_view(cv),
            Statement::AlterView(av) => {
                self.alter_view(&av.name, av.materialized, av.if_exists, &av.operation)
            }
            Statement::CreateSequence {
                temporary,
                if_not_exists,
                name,
                sequence_options,
            } => {
                if let Some(key) = self.create_sequence(name, *temporary, *if_not_exists) {
                    for o in sequence_options {
                        if let sqlparser::ast::SequenceOptions::OwnedBy(owner) = o {
                            self.set_owned_by(&key, owner.as_ref());
                        }
                    }
                }
            }
            Statement::Drop {
                object_type,
                if_exists,
                names,
                cascade,
                ..
            } => self.drop(*object_type, names, *if_exists, *cascade),
            Statement::CreateSchema {
                schema_name,
                if_not_exists,
                ..
            } => {
                let (name, span) = match schema_name {
                    SchemaName::Simple(n) | SchemaName::NamedAuthorization(n, _) => {
                        match Written::from_object(n) {
                            Some(w) => (w.name, w.span),
                            None => {
                                return self.unfollowable("a schema name the model cannot read");
                            }
                        }
                    }
                    SchemaName::UnnamedAuthorization(role) => (fold(role), role.span),
                };
                self.create_schema(&name, span, *if_not_exists);
            }
            Statement::AlterSchema(a) => {
                let Some(w) = Written::from_object(&a.name) else {
                    return;
                };
                if !self.need_schema(&w.name, w.span, a.if_exists) {
                    return;
                }
                for op in &a.operations {
                    if let sqlparser::ast::AlterSchemaOperation::Rename { name } = op
                        && let Some(nw) = Written::from_object(name)
                    {
                        self.rename_schema(&w.name, &nw);
                    }
                }
            }
            Statement::CreateType {
                name,
                representation,
            } => self.create_type(name, representation.as_ref()),
            Statement::AlterType(at) => self.alter_type(at),
            Statement::CreateDomain(cd) => {
                let Some(w) = self.written(&cd.name) else {
                    return;
                };
                let (base, _) = self.column_type(&cd.data_type, w.span);
                self.create_type_named(&w, TypeKind::Domain(base), false);
            }
            Statement::DropDomain(dd) => {
                let cascade = matches!(dd.drop_behavior, Some(DropBehavior::Cascade));
                self.drop_types(
                    std::slice::from_ref(&dd.name),
                    dd.if_exists,
                    cascade,
                    "domain",
                );
            }
            Statement::CreateFunction(cf) => self.create_function(cf),
            Statement::CreateProcedure { name, params, .. } => {
                let Some(w) = self.written(name) else { return };
                let args = params.as_ref().map(|ps| {
                    ps.iter()
                        .filter(|p| !matches!(p.mode, Some(ArgMode::Out)))
                        .map(|p| self.arg_signature(&p.data_type, p.name.span))
                        .collect()
                });
                let effects = Effects::of(super::fallback::body_after_signature(self.sql));
                self.create_routine(
                    &w,
                    RoutineKind::Procedure,
                    args,
                    Some(effects),
                    false,
                    false,
                );
            }
            Statement::CreateAggregate(ca) => {
                if let Some(w) = self.written(&ca.name) {
                    self.create_routine(
                        &w,
                        RoutineKind::Aggregate,
                        None,
                        None,
                        ca.or_replace,
                        false,
                    );
                }
            }
            Statement::DropFunction(df) => {
                let cascade = matches!(df.drop_behavior, Some(DropBehavior::Cascade));
                for d in &df.func_desc {
                    self.drop_routine(d, df.if_exists, cascade, RoutineKind::Function);
                }
            }
            Statement::DropProcedure {
                if_exists,
                proc_desc,
                drop_behavior,
            } => {
                let cascade = matches!(drop_behavior, Some(DropBehavior::Cascade));
                for d in proc_desc {
                    self.drop_routine(d, *if_exists, cascade, RoutineKind::Procedure);
                }
            }
            Statement::AlterFunction(af) => {
                let kind = match af.kind {
                    sqlparser::ast::AlterFunctionKind::Aggregate => RoutineKind::Aggregate,
                    sqlparser::ast::AlterFunctionKind::Function => RoutineKind::Function,
                };
                let Some(found) = self.need_routine(&af.function, false, kind) else {
                    return;
                };
                match &af.operation {
                    AlterFunctionOperation::RenameTo { new_name } => {
                        self.rename_routine(&found, &fold(new_name), new_name.span)
                    }
                    AlterFunctionOperation::SetSchema { .. } => {
                        self.unfollowable("`ALTER … SET SCHEMA` of a routine")
                    }
                    _ => {}
                }
            }
            Statement::CreateTrigger(ct) => self.create_trigger(ct),
            Statement::DropTrigger(dt) => {
                let Some(tn) = &dt.table_name else {
                    return self.unfollowable("`DROP TRIGGER` without a table");
                };
                let Some(tw) = self.written(tn) else { return };
                let Some(nw) = Written::from_object(&dt.trigger_name) else {
                    return;
                };
                self.drop_trigger(&tw, &nw, dt.if_exists);
            }
            Statement::AlterTrigger(at) => {
                let Some(tw) = self.written(&at.table_name) else {
                    return;
                };
                let Some(table) = self.need(&tw, Space::Relation, "table", false, false) else {
                    return;
                };
                if self.need_trigger(&table, &at.name, false).is_none() {
                    return;
                }
                if let AlterTriggerOperation::Rename { new_name } = &at.operation {
                    self.rename_trigger(&table, &at.name, new_name);
                }
            }
            Statement::CreateExtension(ce) => {
                let name = fold(&ce.name);
                let schema = match &ce.schema {
                    Some(s) => fold(s),
                    None => self.creation_schema(),
                };
                self.create_extension(&name, &schema, ce.name.span, ce.if_not_exists);
            }
            Statement::DropExtension(de) => {
                for n in &de.names {
                    self.drop_extension(n, de.if_exists);
                }
            }
            Statement::Comment {
                object_type,
                object_name,
                if_exists,
                ..
            } => self.comment(*object_type, object_name, *if_exists),
            Statement::Insert(i) => {
                if let TableObject::TableName(name) = &i.table
                    && let Some(w) = self.written(name)
                    && let Some(table) = self.need(&w, Space::Relation, "table", false, false)
                {
                    for c in &i.columns {
                        if let Some(ident) = c.0.last().and_then(|p| p.as_ident()) {
                            self.need_column(&table, ident, false);
                        }
                    }
                    if let Some(sqlparser::ast::OnInsert::OnConflict(oc)) = &i.on {
                        match &oc.conflict_target {
                            Some(sqlparser::ast::ConflictTarget::OnConstraint(n)) => {
                                if let Some(ident) = n.0.last().and_then(|p| p.as_ident()) {
                                    self.need_constraint(&table, ident, false);
                                }
                            }
                            Some(sqlparser::ast::ConflictTarget::Columns { columns, .. }) => {
                                for c in columns {
                                    self.need_column(&table, c, false);
                                }
                            }
                            _ => {}
                        }
                    }
                }
                self.check_relations(s);
                self.run_code(false);
            }
            Statement::Update(u) => {
                let target = match &u.table.relation {
                    sqlparser::ast::TableFactor::Table { name, .. } => Some(name.clone()),
                    _ => None,
                };
                self.check_relations(s);
                if let Some(name) = target
                    && let Some(w) = Written::from_object(&name)
                    && let super::replay::Res::Here(table) = self.resolve(&w, Space::Relation)
                {
                    for a in &u.assignments {
                        let names: Vec<&ObjectName> = match &a.target {
                            AssignmentTarget::ColumnName(n) => vec![n],
                            AssignmentTarget::Tuple(ns) => ns.iter().collect(),
                        };
                        for n in names {
                            // `SET col.field = …`: the first part is the column.
                            if let Some(ident) = n.0.first().and_then(|p| p.as_ident()) {
                                self.need_column(&table, ident, false);
                            }
                        }
                    }
                }
                self.run_code(false);
            }
            Statement::Delete(_) | Statement::Merge(_) => {
                self.check_relations(s);
                self.run_code(false);
            }
            Statement::Query(q) => {
                self.check_query(q);
                self.set_config(s);
                self.run_code(false);
                if let sqlparser::ast::SetExpr::Select(sel) = &*q.body
                    && let Some(into) = &sel.into
                    && let [target] = into.targets.as_slice()
                    && let Some(name) = match target {
                        Expr::Identifier(i) => Some(ObjectName::from(vec![i.clone()])),
                        Expr::CompoundIdentifier(parts) => Some(ObjectName::from(parts.clone())),
                        _ => None,
                    }
                    && let Some(w) = self.written(&name)
                    && let Some((key, _)) =
                        self.begin_create(&w, into.temporary, Space::Relation, false)
                {
                    {
                        let (cols, exact) = self.query_columns(q);
                        let mut rel = super::Relation::new(
                            key,
                            super::RelKind::Table,
                            Some(self.origin_at(w.span)),
                        );
                        rel.temporary = into.temporary;
                        rel.columns = cols.into_iter().map(super::Column::named).collect();
                        rel.columns_exact = exact;
                        self.insert_relation(rel);
                    }
                }
            }
            Statement::Call(f) => {
                let desc = FunctionDesc {
                    name: f.name.clone(),
                    args: None,
                };
                self.need_routine(&desc, false, RoutineKind::Procedure);
                self.run_code(false);
            }
            Statement::Truncate(t) => {
                for target in &t.table_names {
                    if let Some(w) = self.written(&target.name) {
                        self.need(&w, Space::Relation, "table", t.if_exists, false);
                    }
                }
            }
            Statement::Lock(l) => {
                for target in &l.tables {
                    if let Some(w) = self.written(&target.name) {
                        self.need(&w, Space::Relation, "table", false, false);
                    }
                }
            }
            Statement::RefreshMaterializedView(r) => {
                if let Some(w) = self.written(&r.name) {
                    self.need(&w, Space::Relation, "materialized view", false, false);
                }
                self.run_code(false);
            }
            Statement::CreatePolicy(p) => {
                if let Some(w) = self.written(&p.table_name) {
                    self.need(&w, Space::Relation, "table", false, false);
                }
            }
            Statement::CreateForeignTable(ft) => {
                let Some(w) = self.written(&ft.name) else {
                    return;
                };
                let Some((key, free)) =
                    self.begin_create(&w, false, Space::Relation, ft.if_not_exists)
                else {
                    return;
                };
                let mut rel = super::Relation::new(
                    key.clone(),
                    super::RelKind::ForeignTable,
                    Some(self.origin_at(w.span)),
                );
                if free == Free::Unsure {
                    rel.blur();
                }
                self.insert_relation(rel);
                let mut constraints = Vec::new();
                for def in &ft.columns {
                    let c = self.column_def(&key, def, &mut constraints);
                    if let Some(r) = self.model.relation_mut(&key) {
                        r.columns.push(c);
                    }
                }
            }
            Statement::Set(set) => self.set(set),
            Statement::Reset(r) => {
                if matches!(&r.reset, Reset::ALL)
                    || matches!(&r.reset, Reset::ConfigurationParameter(n) if n.to_string().eq_ignore_ascii_case("search_path"))
                {
                    self.set_search_path(default_path(), false);
                }
            }
            // Statements that change nothing the model tracks.
            Statement::Grant(_)
            | Statement::Revoke(_)
            | Statement::AlterDefaultPrivileges(_)
            | Statement::Analyze(_)
            | Statement::Vacuum(_)
            | Statement::Deallocate { .. }
            | Statement::Prepare { .. }
            | Statement::CreateRole(_)
            | Statement::AlterRole { .. }
            | Statement::AlterPolicy(_)
            | Statement::DropPolicy(_)
            | Statement::CreateRule(_)
            | Statement::DropRule(_)
            | Statement::CreateOperator(_)
            | Statement::DropOperator(_)
            | Statement::CreateTextSearch(_)
            | Statement::AlterTextSearch(_)
            | Statement::CreateCollation(_)
            | Statement::AlterCollation(_)
            | Statement::CreateServer(_)
            | Statement::CreateForeignDataWrapper(_)
            | Statement::CreateUserMapping(_)
            | Statement::StartTransaction { .. }
            | Statement::Commit { .. }
            | Statement::Rollback { .. }
            | Statement::Savepoint { .. }
            | Statement::ReleaseSavepoint { .. }
            | Statement::Discard { .. }
            | Statement::LISTEN { .. }
            | Statement::NOTIFY { .. }
            | Statement::UNLISTEN { .. }
            | Statement::ShowVariable { .. } => {}
            Statement::Execute { .. } | Statement::Copy { .. } => {
                self.unfollowable("a statement that runs code the model cannot see");
                self.run_code(true);
            }
            _ => self.unfollowable("a statement the schema model does not follow"),
        }
    }

    fn check_relations(&mut self, s: &Statement) {
        for name in super::ddl::relations_of(s) {
            if let Some(w) = self.written(&name) {
                self.need(&w, Space::Relation, "relation", false, false);
            }
        }
    }

    // ---- search_path ------------------------------------------------------------------------

    fn set(&mut self, set: &Set) {
        if let Set::SingleAssignment {
            scope,
            variable,
            values,
            ..
        } = set
            && variable.to_string().eq_ignore_ascii_case("search_path")
        {
            let local = matches!(scope, Some(sqlparser::ast::ContextModifier::Local));
            let mut path = Vec::new();
            for v in values {
                match v {
                    Expr::Identifier(i) => {
                        if i.quote_style.is_none() && i.value.eq_ignore_ascii_case("default") {
                            path = default_path();
                            break;
                        }
                        path.push(fold(i));
                    }
                    Expr::Value(v) => match &v.value {
                        Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) => {
                            path.extend(split_path(s))
                        }
                        _ => {}
                    },
                    _ => return self.unfollowable_all("a `SET search_path` the model cannot read"),
                }
            }
            self.set_search_path(path, local);
        }
    }

    /// `SELECT set_config('search_path', '…', is_local)` with constant arguments.
    fn set_config(&mut self, s: &Statement) {
        use sqlparser::ast::{FunctionArg, FunctionArgExpr, FunctionArguments, Visit};
        use std::ops::ControlFlow;
        fn constant(a: &FunctionArg) -> Option<String> {
            let FunctionArg::Unnamed(FunctionArgExpr::Expr(Expr::Value(v))) = a else {
                return None;
            };
            match &v.value {
                Value::SingleQuotedString(s) => Some(s.clone()),
                Value::Boolean(b) => Some(b.to_string()),
                _ => None,
            }
        }
        /// (path, local) per call; `None` when an argument is not a constant.
        struct Calls(Vec<Option<(String, bool)>>);
        impl sqlparser::ast::Visitor for Calls {
            type Break = ();
            fn pre_visit_expr(&mut self, e: &Expr) -> ControlFlow<()> {
                if let Expr::Function(f) = e
                    && f.name.to_string().eq_ignore_ascii_case("set_config")
                    && let FunctionArguments::List(list) = &f.args
                {
                    let args: Vec<Option<String>> = list.args.iter().map(constant).collect();
                    match args.as_slice() {
                        [Some(name), value, local] if name.eq_ignore_ascii_case("search_path") => {
                            self.0.push(match (value, local) {
                                (Some(v), Some(l)) => Some((v.clone(), l == "true")),
                                _ => None,
                            });
                        }
                        [None, ..] => self.0.push(None),
                        _ => {}
                    }
                }
                ControlFlow::Continue(())
            }
        }
        let mut calls = Calls(Vec::new());
        let _ = s.visit(&mut calls);
        for call in calls.0 {
            match call {
                Some((value, local)) => self.set_search_path(split_path(&value), local),
                None => {
                    self.unfollowable_all("a `set_config('search_path', …)` the model cannot read")
                }
            }
        }
    }

    // ---- schemas ------------------------------------------------------------------------------

    pub(crate) fn create_schema(&mut self, name: &str, span: Span, if_not_exists: bool) {
        let exists = self.model.namespace(name);
        match exists {
            Some(ns) if ns.doubt.is_none() => {
                if !if_not_exists {
                    let origin = ns.origin.clone();
                    self.report_exists(span, &format!("schema `{}`", quote(name)), origin.as_ref());
                }
                return;
            }
            Some(ns) => {
                let cause = ns.doubt.clone();
                if !if_not_exists && let Some(c) = cause {
                    self.warn_uncertain(span, &format!("schema `{}`", quote(name)), &c, true);
                }
                if let Some(ns) = self.model.namespace_mut(name) {
                    ns.doubt = None;
                }
                return;
            }
            None => {}
        }
        if !if_not_exists && let Some(c) = self.model.touched(name).cloned() {
            self.warn_uncertain(span, &format!("schema `{}`", quote(name)), &c, true);
        }
        let origin = self.origin_at(span);
        self.model
            .schemas
            .insert(name.into(), Slot::Here(Namespace::new(name, Some(origin))));
    }

    /// Whether schema `name` exists (reporting when it cannot).
    pub(crate) fn need_schema(&mut self, name: &str, span: Span, if_exists: bool) -> bool {
        if self.model.namespace(name).is_some() {
            return true;
        }
        let gone = match self.model.schemas.get(name) {
            Some(Slot::Gone(g)) => Some(g.clone()),
            _ => None,
        };
        if let Some(c) = self.model.touched(name).cloned() {
            if if_exists {
                return false;
            }
            self.warn_uncertain(span, &format!("schema `{}`", quote(name)), &c, false);
            self.assume_schema(name);
            return true;
        }
        if if_exists {
            return false;
        }
        let candidates = self.model.schema_names().map(str::to_string).collect();
        self.report_missing(Missing {
            code: Code::UnknownObject,
            span,
            what: &format!("schema `{}`", quote(name)),
            gone: gone.as_ref(),
            candidates,
            name,
            dropping: false,
        });
        self.assume_schema(name);
        true
    }

    pub(crate) fn rename_schema(&mut self, old: &str, new: &Written) {
        if self.model.namespace(&new.name).is_some() {
            self.report_exists(new.span, &format!("schema `{}`", quote(&new.name)), None);
            return;
        }
        let gone = self.gone(format!("renamed to `{}`", quote(&new.name)));
        let Some(Slot::Here(mut ns)) = self.model.schemas.remove(old) else {
            return;
        };
        self.model.schemas.insert(old.into(), Slot::Gone(gone));
        ns.name = new.name.clone();
        let mut moved = Vec::new();
        ns.relations.each_mut(|_, slot| {
            if let Some(r) = slot.here_mut() {
                let k = Key::new(&new.name, &r.key.name);
                moved.push((r.key.clone(), k.clone()));
                std::sync::Arc::make_mut(r).key = k;
            }
        });
        ns.types.each_mut(|_, slot| {
            if let Some(t) = slot.here_mut() {
                t.key = Key::new(&new.name, &t.key.name);
            }
        });
        ns.routines.each_mut(|_, slot| {
            if let Some(r) = slot.here_mut() {
                r.key = Key::new(&new.name, &r.key.name);
            }
        });
        let mut types: Vec<(Key, Key)> = ns
            .types
            .keys()
            .map(|n| (Key::new(old, n), Key::new(&new.name, n)))
            .collect();
        // In name order: the map's own order is its hash's, and the diagnostics these renames
        // may raise should come out the same way every run.
        moved.sort_unstable();
        types.sort_unstable();
        self.model
            .schemas
            .insert(new.name.as_str().into(), Slot::Here(ns));
        for (o, n) in moved {
            self.rekey(&o, &n);
        }
        for (o, n) in types {
            self.retype(&o, &n);
        }
        for p in self.search_path.iter_mut() {
            if p == old {
                *p = new.name.clone();
            }
        }
    }

    fn drop_schema(&mut self, names: &[ObjectName], if_exists: bool, cascade: bool) {
        for n in names {
            let Some(w) = Written::from_object(n) else {
                continue;
            };
            if !self.need_schema(&w.name, w.span, if_exists) {
                continue;
            }
            let Some(ns) = self.model.namespace(&w.name) else {
                continue;
            };
            let contents: Vec<String> = ns
                .relations
                .values()
                .filter_map(Slot::here)
                .filter(|r| r.doubt.is_none() && !r.assumed && r.kind != super::RelKind::Index)
                .map(|r| format!("{} `{}`", r.kind.as_str(), r.key))
                .chain(
                    ns.types
                        .values()
                        .filter_map(Slot::here)
                        .filter(|t| t.doubt.is_none() && !t.assumed)
                        .map(|t| format!("type `{}`", t.key)),
                )
                .collect();
            let open = ns.open.is_some();
            let keys: Vec<Key> = ns
                .relations
                .values()
                .filter_map(Slot::here)
                .map(|r| r.key.clone())
                .collect();
            if !cascade && !contents.is_empty() && !open {
                let d = self
                    .diag(
                        Code::DependentObjects,
                        w.span,
                        format!(
                            "cannot drop schema `{}` because it is not empty",
                            quote(&w.name)
                        ),
                    )
                    .label(format!("{} still in it", list(&contents)))
                    .help("drop what it holds first, or add `CASCADE` to drop it all");
                self.push(d);
            }
            for k in keys {
                self.drop_relation_tree(&k, true);
            }
            let gone = self.gone("dropped".into());
            self.model
                .schemas
                .insert(w.name.as_str().into(), Slot::Gone(gone));
        }
    }

    // ---- types ---------------------------------------------------------------------------------

    fn create_type(&mut self, name: &ObjectName, repr: Option<&UserDefinedTypeRepresentation>) {
        let Some(w) = self.written(name) else { return };
        let kind = match repr {
            Some(UserDefinedTypeRepresentation::Enum { labels }) => {
                TypeKind::Enum(labels.iter().map(|l| l.value.clone()).collect())
            }
            Some(UserDefinedTypeRepresentation::Composite { attributes }) => {
                for a in attributes {
                    self.column_type(&a.data_type, a.name.span);
                }
                TypeKind::Composite(attributes.iter().map(|a| fold(&a.name)).collect())
            }
            Some(UserDefinedTypeRepresentation::Range { .. }) => TypeKind::Range,
            _ => TypeKind::Other,
        };
        // A shell type (`CREATE TYPE name;`) is completed by a later `CREATE TYPE name (…)`.
        let completes_shell = repr.is_some()
            && matches!(kind, TypeKind::Other)
            && matches!(self.resolve(&w, Space::Type), super::replay::Res::Here(_));
        if completes_shell {
            return;
        }
        let range = matches!(kind, TypeKind::Range);
        self.create_type_named(&w, kind, false);
        if let (true, Some(UserDefinedTypeRepresentation::Range { options })) = (range, repr) {
            // A range type also creates its multirange type (named by `multirange_type_name`,
            // else as PostgreSQL's makeMultirangeTypeName names it) and constructor functions.
            let named = options.iter().find_map(|o| match o {
                sqlparser::ast::UserDefinedTypeRangeOption::MultirangeTypeName(n) => {
                    self.written(n)
                }
                _ => None,
            });
            let multi = named.unwrap_or_else(|| Written {
                schema: w.schema.clone(),
                name: multirange_name(&w.name),
                span: w.span,
            });
            self.create_type_named(&multi, TypeKind::Other, false);
            self.may_create_prefix(
                &w.name,
                format!("the constructor functions of range type `{}`", w.shown()),
            );
        }
    }

    pub(crate) fn create_type_named(&mut self, w: &Written, kind: TypeKind, if_not_exists: bool) {
        let Some((key, _)) = self.begin_create(w, false, Space::Type, if_not_exists) else {
            return;
        };
        let origin = self.origin_at(w.span);
        self.assume_schema_quiet_pub(&key.schema);
        if let Some(ns) = self.model.namespace_mut(&key.schema) {
            ns.types.insert(
                key.name.as_str().into(),
                Slot::Here(TypeDef {
                    key: key.clone(),
                    kind,
                    assumed: false,
                    origin: Some(origin),
                    doubt: None,
                }),
            );
        }
    }

    fn alter_type(&mut self, at: &AlterType) {
        let Some(w) = self.written(&at.name) else {
            return;
        };
        let Some(key) = self.need(&w, Space::Type, "type", false, false) else {
            return;
        };
        match &at.operation {
            AlterTypeOperation::Rename(r) => {
                let new = Key::new(&key.schema, &fold(&r.new_name));
                self.check_free(
                    &new,
                    Space::Type,
                    &format!("type `{new}`"),
                    r.new_name.span,
                    false,
                );
                let gone = self.gone(format!("renamed to `{}`", quote(&new.name)));
                let Some(ns) = self.model.namespace_mut(&key.schema) else {
                    return;
                };
                if let Some(Slot::Here(mut t)) = ns.types.remove(key.name.as_str()) {
                    t.key = new.clone();
                    ns.types.insert(key.name.as_str().into(), Slot::Gone(gone));
                    ns.types.insert(new.name.as_str().into(), Slot::Here(t));
                    self.retype(&key, &new);
                }
            }
            AlterTypeOperation::AddValue(v) => {
                let Some(t) = self.type_mut(&key) else { return };
                if let TypeKind::Enum(labels) = &mut t.kind {
                    if labels.contains(&v.value.value) {
                        if !v.if_not_exists {
                            self.report_exists(
                                v.value.span,
                                &format!("label '{}' of enum `{key}`", v.value.value),
                                None,
                            );
                        }
                    } else {
                        use sqlparser::ast::AlterTypeAddValuePosition as P;
                        let (anchor, after) = match &v.position {
                            Some(P::Before(a)) => (Some(a), false),
                            Some(P::After(a)) => (Some(a), true),
                            None => (None, true),
                        };
                        match anchor.map(|a| (a, labels.iter().position(|l| *l == a.value))) {
                            None => labels.push(v.value.value.clone()),
                            Some((_, Some(i))) => {
                                labels.insert(if after { i + 1 } else { i }, v.value.value.clone())
                            }
                            Some((a, None)) => {
                                let candidates = labels.clone();
                                let what = format!("label '{}' of enum `{key}`", a.value);
                                self.report_missing(Missing {
                                    code: Code::UnknownObject,
                                    span: a.span,
                                    what: &what,
                                    gone: None,
                                    candidates,
                                    name: &a.value,
                                    dropping: false,
                                });
                            }
                        }
                    }
                }
            }
            AlterTypeOperation::RenameValue(v) => {
                let Some(t) = self.type_mut(&key) else { return };
                if let TypeKind::Enum(labels) = &mut t.kind {
                    match labels.iter().position(|l| *l == v.from.value) {
                        Some(i) => labels[i] = v.to.value.clone(),
                        None => {
                            let candidates = labels.clone();
                            self.report_missing(Missing {
                                code: Code::UnknownObject,
                                span: v.from.span,
                                what: &format!("label '{}' of enum `{key}`", v.from.value),
                                gone: None,
                                candidates,
                                name: &v.from.value,
                                dropping: false,
                            });
                        }
                    }
                }
            }
        }
    }

    fn type_mut(&mut self, key: &Key) -> Option<&mut TypeDef> {
        self.model
            .namespace_mut(&key.schema)?
            .types
            .get_mut(key.name.as_str())?
            .here_mut()
    }

    pub(crate) fn drop_types(
        &mut self,
        names: &[ObjectName],
        if_exists: bool,
        cascade: bool,
        what: &str,
    ) {
        for n in names {
            let Some(w) = self.written(n) else { continue };
            let Some(key) = self.need(&w, Space::Type, what, if_exists, true) else {
                continue;
            };
            let users: Vec<(Key, String)> = self
                .model
                .relations()
                .flat_map(|r| {
                    r.columns
                        .iter()
                        .filter(|c| {
                            matches!(&c.ty, Some(super::ColumnType { base: super::TypeRef::User(k), .. }) if *k == key)
                        })
                        .map(|c| (r.key.clone(), c.name.clone()))
                        .collect::<Vec<_>>()
                })
                .collect();
            if !cascade && !users.is_empty() {
                let shown: Vec<String> = users
                    .iter()
                    .filter(|(t, _)| {
                        self.model
                            .relation(&t.schema, &t.name)
                            .is_some_and(|r| r.partition_of.is_none())
                    })
                    .map(|(t, c)| format!("column `{t}.{}`", quote(c)))
                    .collect();
                let d = self
                    .diag(
                        Code::DependentObjects,
                        w.span,
                        format!("cannot drop {what} `{key}` because other objects depend on it"),
                    )
                    .label(format!("{} still use(s) it", list(&shown)))
                    .help("drop or change those columns first, or add `CASCADE` to drop the columns too");
                self.push(d);
            }
            if cascade {
                let gone = self.gone(format!("dropped with type `{key}`"));
                for (t, c) in users {
                    if let Some(r) = self.model.relation_mut(&t) {
                        r.columns.retain(|x| x.name != c);
                        r.gone_columns.push((c, gone.clone()));
                    }
                }
            }
            let gone = self.gone("dropped".into());
            if let Some(ns) = self.model.namespace_mut(&key.schema)
                && ns.types.contains_key(key.name.as_str())
            {
                ns.types.insert(key.name.as_str().into(), Slot::Gone(gone));
            }
        }
    }

    // ---- routines --------------------------------------------------------------------------------

    /// The signature form of an argument type (no modifiers; user types qualified).
    pub(crate) fn arg_signature(&mut self, dt: &DataType, span: Span) -> String {
        let (ty, _) = self.column_type(dt, span);
        ty.map_or_else(
            || super::types::ColumnType::other(&dt.to_string().to_ascii_lowercase()).signature(),
            |t| t.signature(),
        )
    }

    fn signature(&mut self, args: &[OperateFunctionArg], kind: RoutineKind) -> Vec<String> {
        args.iter()
            .filter(|a| match a.mode {
                Some(ArgMode::Out) => kind == RoutineKind::Procedure,
                _ => true,
            })
            .map(|a| {
                let span = a.name.as_ref().map_or(Span::empty(), |n| n.span);
                self.arg_signature(&a.data_type, span)
            })
            .collect()
    }

    fn create_function(&mut self, cf: &CreateFunction) {
        let Some(w) = self.written(&cf.name) else {
            return;
        };
        let args = cf
            .args
            .as_ref()
            .map(|a| self.signature(a, RoutineKind::Function))
            .or(Some(Vec::new()));
        let body = match &cf.function_body {
            Some(CreateFunctionBody::AsBeforeOptions { body, .. })
            | Some(CreateFunctionBody::AsAfterOptions(body)) => match body {
                Expr::Value(v) => match &v.value {
                    Value::SingleQuotedString(s) => Some(s.clone()),
                    Value::DollarQuotedString(d) => Some(d.value.clone()),
                    _ => Some(body.to_string()),
                },
                other => Some(other.to_string()),
            },
            _ => None,
        };
        let effects = Some(match body {
            Some(b) => Effects::of(&b),
            None => Effects::of(super::fallback::body_after_signature(self.sql)),
        });
        self.create_routine(
            &w,
            RoutineKind::Function,
            args,
            effects,
            cf.or_replace,
            cf.if_not_exists,
        );
    }

    pub(crate) fn create_routine(
        &mut self,
        w: &Written,
        kind: RoutineKind,
        args: Option<Vec<String>>,
        effects: Option<Effects>,
        or_replace: bool,
        if_not_exists: bool,
    ) {
        let Some(key) = self.creation_key(w, false) else {
            return;
        };
        let origin = self.origin_at(w.span);
        let shown = |args: &Option<Vec<String>>| match args {
            Some(a) => format!(
                "{} `{key}({})`",
                kind.as_str(),
                super::types::signature_list(a)
            ),
            None => format!("{} `{key}`", kind.as_str()),
        };
        let existing = self
            .model
            .namespace(&key.schema)
            .and_then(|ns| ns.routines.get(key.name.as_str()))
            .and_then(Slot::here)
            .cloned();
        let mut set = match existing {
            Some(rs) => rs,
            None => {
                if let Some(c) = self.model.touched(&key.name).cloned()
                    && !or_replace
                    && !if_not_exists
                {
                    self.warn_uncertain(w.span, &shown(&args), &c, true);
                }
                Routines {
                    key: key.clone(),
                    overloads: Vec::new(),
                    exact: self.model.touched(&key.name).is_none(),
                    doubt: None,
                }
            }
        };
        let same = set
            .overloads
            .iter()
            .position(|r| args.is_some() && r.args == args);
        match same {
            Some(i) => {
                if !or_replace && !if_not_exists && set.doubt.is_none() {
                    let o = set.overloads[i].origin.clone();
                    self.report_exists(w.span, &shown(&args), o.as_ref());
                }
                if !if_not_exists {
                    set.overloads[i] = Routine {
                        kind,
                        args,
                        origin: Some(origin),
                        effects,
                    };
                }
            }
            None => set.overloads.push(Routine {
                kind,
                args,
                origin: Some(origin),
                effects,
            }),
        }
        set.doubt = None;
        self.assume_schema_quiet_pub(&key.schema);
        if let Some(ns) = self.model.namespace_mut(&key.schema) {
            ns.routines
                .insert(key.name.as_str().into(), Slot::Here(set));
        }
    }

    /// A reference to a routine; returns its key and the overload index when known.
    pub(crate) fn need_routine(
        &mut self,
        desc: &FunctionDesc,
        if_exists: bool,
        kind: RoutineKind,
    ) -> Option<(Key, Option<usize>)> {
        let w = self.written(&desc.name)?;
        let key = self.need(&w, Space::Routine, kind.as_str(), if_exists, false)?;
        let args = desc.args.as_ref().map(|a| self.signature(a, kind));
        let set = self
            .model
            .namespace(&key.schema)
            .and_then(|ns| ns.routines.get(key.name.as_str()))
            .and_then(Slot::here)?;
        let Some(args) = args else {
            return Some((key, (set.overloads.len() == 1).then_some(0)));
        };
        if let Some(i) = set
            .overloads
            .iter()
            .position(|r| r.args.as_ref() == Some(&args))
        {
            return Some((key, Some(i)));
        }
        let certain = set.exact
            && set.doubt.is_none()
            && set
                .overloads
                .iter()
                .all(|r| r.args.is_some() && r.kind != RoutineKind::Procedure)
            && kind != RoutineKind::Procedure
            && args.iter().all(|a| !super::types::is_unresolved(a));
        if !certain {
            // It exists; which overload the model cannot tell.
            return Some((key, None));
        }
        if if_exists {
            return None;
        }
        let have: Vec<String> = set
            .overloads
            .iter()
            .filter_map(|r| {
                r.args
                    .as_ref()
                    .map(|a| format!("{}({})", key.name, super::types::signature_list(a)))
            })
            .collect();
        let what = format!(
            "{} `{key}({})`",
            kind.as_str(),
            super::types::signature_list(&args)
        );
        let d = self
            .diag(
                Code::UnknownFunction,
                w.span,
                format!(
                    "{what} does not exist at this point of the {} section",
                    if self.down { "Down" } else { "Up" }
                ),
            )
            .label(format!(
                "no overload takes these argument types; there is {}",
                list(&have)
            ))
            .help("write the argument types of an existing overload (types only, in order)");
        self.push(d);
        None
    }

    pub(crate) fn drop_routine(
        &mut self,
        desc: &FunctionDesc,
        if_exists: bool,
        cascade: bool,
        kind: RoutineKind,
    ) {
        let Some((key, index)) = self.need_routine(desc, if_exists, kind) else {
            return;
        };
        if !cascade {
            let users: Vec<String> = self
                .model
                .relations()
                .flat_map(|r| {
                    r.triggers
                        .iter()
                        .filter(|t| t.function.as_ref() == Some(&key))
                        .map(|t| format!("trigger `{}` on `{}`", quote(&t.name), r.key))
                        .collect::<Vec<_>>()
                })
                .collect();
            let only_overload = self
                .model
                .namespace(&key.schema)
                .and_then(|ns| ns.routines.get(key.name.as_str()))
                .and_then(Slot::here)
                .is_some_and(|s| s.overloads.len() == 1 && s.exact);
            if !users.is_empty()
                && only_overload
                && let Some(w) = Written::from_object(&desc.name)
            {
                let d = self
                    .diag(
                        Code::DependentObjects,
                        w.span,
                        format!(
                            "cannot drop {} `{key}` because other objects depend on it",
                            kind.as_str()
                        ),
                    )
                    .label(format!("{} still use(s) it", list(&users)))
                    .help("drop the triggers first, or add `CASCADE` to drop them too");
                self.push(d);
            }
        } else {
            let uses = |t: &Trigger| t.function.as_ref() == Some(&key);
            self.model.relations_where(
                |r| r.triggers.iter().any(uses),
                |r| r.triggers.retain(|t| !uses(t)),
            );
        }
        let gone = self.gone("dropped".into());
        let Some(ns) = self.model.namespace_mut(&key.schema) else {
            return;
        };
        let Some(Slot::Here(set)) = ns.routines.get_mut(key.name.as_str()) else {
            return;
        };
        match index {
            Some(i) => {
                set.overloads.remove(i);
            }
            None => set.exact = false,
        }
        if set.overloads.is_empty() && set.exact {
            ns.routines
                .insert(key.name.as_str().into(), Slot::Gone(gone));
        }
    }

    pub(crate) fn rename_routine(&mut self, found: &(Key, Option<usize>), new: &str, span: Span) {
        let (key, index) = found;
        let new_key = Key::new(&key.schema, new);
        let Some(ns) = self.model.namespace_mut(&key.schema) else {
            return;
        };
        let Some(Slot::Here(set)) = ns.routines.get_mut(key.name.as_str()) else {
            return;
        };
        let moved = match index {
            Some(i) => vec![set.overloads.remove(*i)],
            None => {
                set.exact = false;
                Vec::new()
            }
        };
        let emptied = set.overloads.is_empty() && set.exact;
        if !ns.routines.contains_key(new) {
            ns.routines.insert(
                new.into(),
                Slot::Here(Routines {
                    key: new_key.clone(),
                    overloads: Vec::new(),
                    exact: true,
                    doubt: None,
                }),
            );
        }
        let Some(target) = ns.routines.get_mut(new) else {
            return;
        };
        if let Slot::Gone(_) = target {
            *target = Slot::Here(Routines {
                key: new_key.clone(),
                overloads: Vec::new(),
                exact: true,
                doubt: None,
            });
        }
        if let Slot::Here(t) = target {
            if moved.is_empty() {
                t.exact = false;
            }
            t.overloads.extend(moved);
        }
        if emptied {
            let gone = Gone {
                how: format!("renamed to `{}`", quote(new)),
                at: self.origin_at(span),
            };
            if let Some(ns) = self.model.namespace_mut(&key.schema) {
                ns.routines
                    .insert(key.name.as_str().into(), Slot::Gone(gone));
            }
        }
    }

    // ---- triggers ------------------------------------------------------------------------------

    /// `ALTER TRIGGER old ON table RENAME TO new`, on the table and its descendants.
    pub(crate) fn rename_trigger(
        &mut self,
        table: &Key,
        old_ident: &sqlparser::ast::Ident,
        new_ident: &sqlparser::ast::Ident,
    ) {
        let old = fold(old_ident);
        let new = fold(new_ident);
        let taken = self
            .model
            .relation(&table.schema, &table.name)
            .is_some_and(|r| r.triggers.iter().any(|t| t.name == new));
        if taken {
            self.report_exists(
                new_ident.span,
                &format!("trigger `{}` on `{table}`", quote(&new)),
                None,
            );
        }
        for t in std::iter::once(table.clone()).chain(self.descendants(table)) {
            if let Some(r) = self.model.relation_mut(&t) {
                for tr in r.triggers.iter_mut().filter(|x| x.name == old) {
                    tr.name = new.clone();
                }
            }
        }
    }

    /// `DROP TRIGGER nw ON tw`: the trigger goes from the table and its descendants.
    pub(crate) fn drop_trigger(&mut self, tw: &Written, nw: &Written, if_exists: bool) {
        let table = match self.need(tw, Space::Relation, "table", if_exists, false) {
            Some(t) => t,
            // A table the model is unsure of: its trigger of that name is gone too
            // once PostgreSQL has run the drop.
            None => match self.resolve(tw, Space::Relation) {
                super::replay::Res::Maybe(k, _) => k,
                _ => return,
            },
        };
        let ident = sqlparser::ast::Ident::with_span(nw.span, nw.name.clone());
        let ident = sqlparser::ast::Ident {
            quote_style: Some('"'),
            ..ident
        };
        let _ = self.need_trigger(&table, &ident, if_exists);
        // Once PostgreSQL has run the drop, the trigger is gone, whatever the model
        // knew of it (also when the table was in doubt and the model could not vouch
        // for it).
        for t in std::iter::once(table.clone()).chain(self.descendants(&table)) {
            if let Some(r) = self.model.relation_mut(&t) {
                r.triggers.retain(|x| x.name != nw.name);
            }
        }
    }

    fn create_trigger(&mut self, ct: &CreateTrigger) {
        let Some(tw) = self.written(&ct.table_name) else {
            return;
        };
        let function = ct.exec_body.as_ref().map(|b| &b.func_desc.name);
        self.define_trigger(&tw, &ct.name, ct.or_replace, function);
    }

    /// `CREATE [OR REPLACE] TRIGGER name … ON tw … EXECUTE FUNCTION function()`.
    pub(crate) fn define_trigger(
        &mut self,
        tw: &Written,
        name: &ObjectName,
        or_replace: bool,
        function: Option<&ObjectName>,
    ) {
        // A table the model is unsure of may have lost or gained triggers it did not see.
        let certain = matches!(
            self.resolve(tw, Space::Relation),
            super::replay::Res::Here(_)
        );
        let Some(table) = self.need(tw, Space::Relation, "table", false, false) else {
            return;
        };
        let function = function.and_then(|f| {
            let desc = FunctionDesc {
                name: f.clone(),
                // Trigger functions take no declared arguments; the list holds TG_ARGV.
                args: Some(Vec::new()),
            };
            self.need_trigger_function(&desc)
        });
        let Some(nw) = Written::from_object(name) else {
            return;
        };
        let taken = certain
            && self
                .model
                .relation(&table.schema, &table.name)
                .is_some_and(|r| r.doubt.is_none() && r.triggers.iter().any(|t| t.name == nw.name));
        if taken && !or_replace {
            self.report_exists(
                nw.span,
                &format!("trigger `{}` on `{table}`", quote(&nw.name)),
                None,
            );
        }
        self.add_trigger(
            &table,
            Trigger {
                name: nw.name,
                function,
            },
        );
    }

    fn need_trigger_function(&mut self, desc: &FunctionDesc) -> Option<Key> {
        let w = self.written(&desc.name)?;
        let key = self.need(&w, Space::Routine, "function", false, false)?;
        let set = self
            .model
            .namespace(&key.schema)
            .and_then(|ns| ns.routines.get(key.name.as_str()))
            .and_then(Slot::here)?;
        let has_no_arg = set
            .overloads
            .iter()
            .any(|r| r.args.as_deref().is_none_or(|a| a.is_empty()));
        if !has_no_arg && set.exact && set.doubt.is_none() {
            let d = self
                .diag(
                    Code::UnknownFunction,
                    w.span,
                    format!("function `{key}()` does not exist at this point"),
                )
                .label("a trigger runs a function that takes no arguments (its arguments arrive in TG_ARGV)")
                .help("declare the trigger function without arguments: `CREATE FUNCTION f() RETURNS trigger …`");
            self.push(d);
        }
        Some(key)
    }

    // ---- extensions --------------------------------------------------------------------------

    pub(crate) fn create_extension(
        &mut self,
        name: &str,
        schema: &str,
        span: Span,
        if_not_exists: bool,
    ) {
        match self.model.extensions.get(name) {
            Some(Slot::Here(e)) if e.doubt.is_none() => {
                if !if_not_exists {
                    let o = e.origin.clone();
                    self.report_exists(span, &format!("extension `{}`", quote(name)), o.as_ref());
                }
                return;
            }
            _ => {
                if !if_not_exists && let Some(c) = self.model.touched(name).cloned() {
                    self.warn_uncertain(span, &format!("extension `{}`", quote(name)), &c, true);
                }
            }
        }
        if !self.need_schema(schema, span, false) {
            return;
        }
        let origin = self.origin_at(span);
        self.model.extensions.insert(
            name.into(),
            Slot::Here(Extension {
                name: name.to_string(),
                schema: schema.to_string(),
                origin: Some(origin),
                doubt: None,
            }),
        );
        let cause = Cause {
            what: format!("the objects of extension `{}`", quote(name)),
            at: None,
            generated: false,
            session_path: false,
        };
        let known = super::builtins::EXTENSIONS
            .binary_search_by_key(&name, |(n, _, _)| n)
            .ok()
            .map(|i| super::builtins::EXTENSIONS[i]);
        let Some(ns) = self.model.namespace_mut(schema) else {
            return;
        };
        match known {
            // A contrib extension: its relations and types are known by name; its functions
            // and operators are not tracked.
            Some((_, relations, types)) => {
                for r in relations {
                    let mut rel =
                        super::Relation::new(Key::new(schema, r), super::RelKind::View, None);
                    rel.blur();
                    rel.assumed = true;
                    ns.relations
                        .insert((*r).into(), Slot::Here(std::sync::Arc::new(rel)));
                }
                for t in types {
                    ns.types.insert(
                        (*t).into(),
                        Slot::Here(TypeDef {
                            key: Key::new(schema, t),
                            kind: TypeKind::Other,
                            assumed: true,
                            origin: None,
                            doubt: None,
                        }),
                    );
                }
                ns.open_routines.get_or_insert(cause);
            }
            None => {
                ns.open.get_or_insert(cause);
            }
        }
    }

    pub(crate) fn drop_extension(&mut self, ident: &sqlparser::ast::Ident, if_exists: bool) {
        let name = fold(ident);
        match self.model.extensions.get(name.as_str()) {
            Some(Slot::Here(_)) => {}
            other => {
                let gone = match other {
                    Some(Slot::Gone(g)) => Some(g.clone()),
                    _ => None,
                };
                if let Some(c) = self.model.touched(&name).cloned() {
                    if !if_exists {
                        self.warn_uncertain(
                            ident.span,
                            &format!("extension `{}`", quote(&name)),
                            &c,
                            false,
                        );
                    }
                } else if !if_exists {
                    let candidates = self.model.extensions().map(|e| e.name.clone()).collect();
                    self.report_missing(Missing {
                        code: Code::UnknownObject,
                        span: ident.span,
                        what: &format!("extension `{}`", quote(&name)),
                        gone: gone.as_ref(),
                        candidates,
                        name: &name,
                        dropping: true,
                    });
                }
            }
        }
        let gone = self.gone("dropped".into());
        self.model.extensions.insert(name.into(), Slot::Gone(gone));
    }

    // ---- DROP, COMMENT ----------------------------------------------------------------------------

    pub(crate) fn drop(
        &mut self,
        object_type: ObjectType,
        names: &[ObjectName],
        if_exists: bool,
        cascade: bool,
    ) {
        match object_type {
            ObjectType::Table
            | ObjectType::View
            | ObjectType::MaterializedView
            | ObjectType::Index
            | ObjectType::Sequence
            | ObjectType::ForeignTable => {
                self.drop_relations(object_type, names, if_exists, cascade)
            }
            ObjectType::Type => self.drop_types(names, if_exists, cascade, "type"),
            ObjectType::Schema => self.drop_schema(names, if_exists, cascade),
            _ => {}
        }
    }

    pub(crate) fn comment(
        &mut self,
        object_type: CommentObject,
        name: &ObjectName,
        if_exists: bool,
    ) {
        match object_type {
            CommentObject::Table
            | CommentObject::View
            | CommentObject::MaterializedView
            | CommentObject::ForeignTable
            | CommentObject::Sequence
            | CommentObject::Index => {
                let what = match object_type {
                    CommentObject::View => "view",
                    CommentObject::MaterializedView => "materialized view",
                    CommentObject::Sequence => "sequence",
                    CommentObject::Index => "index",
                    CommentObject::ForeignTable => "foreign table",
                    _ => "table",
                };
                if let Some(w) = self.written(name) {
                    self.need(&w, Space::Relation, what, if_exists, false);
                }
            }
            CommentObject::Column => {
                let parts: Vec<&sqlparser::ast::Ident> =
                    name.0.iter().filter_map(|p| p.as_ident()).collect();
                if parts.len() < 2 || parts.len() != name.0.len() {
                    return;
                }
                let (column, table) = parts
                    .split_last()
                    .map(|(c, t)| (*c, t.to_vec()))
                    .unwrap_or((parts[0], Vec::new()));
                let table_name = ObjectName::from(table.into_iter().cloned().collect::<Vec<_>>());
                if let Some(w) = self.written(&table_name)
                    && let Some(k) = self.need(&w, Space::Relation, "table", if_exists, false)
                {
                    self.need_column(&k, column, if_exists);
                }
            }
            CommentObject::Type | CommentObject::Domain => {
                if let Some(w) = self.written(name) {
                    let what = if object_type == CommentObject::Domain {
                        "domain"
                    } else {
                        "type"
                    };
                    self.need(&w, Space::Type, what, if_exists, false);
                }
            }
            CommentObject::Function | CommentObject::Procedure => {
                let kind = if object_type == CommentObject::Procedure {
                    RoutineKind::Procedure
                } else {
                    RoutineKind::Function
                };
                let desc = FunctionDesc {
                    name: name.clone(),
                    args: None,
                };
                self.need_routine(&desc, if_exists, kind);
            }
            CommentObject::Schema => {
                if let Some(w) = Written::from_object(name) {
                    self.need_schema(&w.name, w.span, if_exists);
                }
            }
            CommentObject::Extension => {
                if let Some(w) = Written::from_object(name)
                    && self
                        .model
                        .extensions
                        .get(w.name.as_str())
                        .and_then(Slot::here)
                        .is_none()
                    && !if_exists
                    && self.model.touched(&w.name).is_none()
                {
                    let candidates = self.model.extensions().map(|e| e.name.clone()).collect();
                    self.report_missing(Missing {
                        code: Code::UnknownObject,
                        span: w.span,
                        what: &format!("extension `{}`", quote(&w.name)),
                        gone: None,
                        candidates,
                        name: &w.name,
                        dropping: false,
                    });
                }
            }
            _ => {}
        }
    }

    pub(crate) fn set_search_path(&mut self, path: Vec<String>, local: bool) {
        self.search_path = if path.is_empty() {
            default_path()
        } else {
            path
        };
        // The migration names its own path from here on: no earlier one's is in doubt.
        self.alt_path = None;
        if !local {
            self.note_session_path();
        }
    }
}

fn split_path(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            if let Some(q) = p.strip_prefix('"').and_then(|p| p.strip_suffix('"')) {
                q.replace("\"\"", "\"")
            } else {
                p.to_ascii_lowercase()
            }
        })
        .filter(|p| p != "$user" && p != "pg_catalog" && p != "pg_temp")
        .collect()
}

/// `a, b and 3 more`.
pub(crate) fn list(items: &[String]) -> String {
    match items.len() {
        0 => "nothing".into(),
        1..=4 => items.join(", "),
        n => format!("{} and {} more", items[..3].join(", "), n - 3),
    }
}

/// The multirange type PostgreSQL creates with a range type (`makeMultirangeTypeName`): `multi`
/// before the first `range` in the name, else `_multirange` after it, within 63 bytes.
fn multirange_name(range: &str) -> String {
    let name = match range.find("range") {
        Some(i) => format!("{}multi{}", &range[..i], &range[i..]),
        None => format!("{range}_multirange"),
    };
    super::names::clip(&name, 63).to_string()
}
