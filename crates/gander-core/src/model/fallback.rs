//! Statements sqlparser cannot parse (`DO`, `COMMENT ON FUNCTION f(args)`, `ALTER SEQUENCE`,
//! `DROP INDEX CONCURRENTLY IF EXISTS`, …): lowered from PostgreSQL's own parse tree (the
//! `pg_query` crate, which has already accepted every statement) onto the same `Replayer` rules
//! the sqlparser path uses. What the tree reader does not follow is made uncertain: every name
//! in its text may have changed.
//!
//! The tree gives each statement's structure and its names, folded as PostgreSQL folds them;
//! the statement's tokens only give those names their places (the tree has a position for a
//! relation name, none for most others), a routine's argument list as written, and the text of
//! a view's query and of a `CREATE SCHEMA`'s elements.

use pg_query::NodeEnum;
use pg_query::protobuf::{self as pb, Node};
use sqlparser::ast::{CommentObject, FunctionDesc, Ident, ObjectName, ObjectType, Statement};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Location, Span, Token, Tokenizer};

use super::ddl::{NewConstraint, NewKind, ViewBody, ViewHow, span_of};
use super::names::{Written, clip, fold};
use super::replay::{Change, Free, Names, Replayer, Space};
use super::{Effects, IndexNaming, IndexPart, RelKind, Relation, RoutineKind, TypeKind};

/// One token of the statement (no whitespace or comments) and its byte offset.
struct Tok {
    token: Token,
    span: Span,
    at: usize,
}

/// The statement's tokens, to place the names the tree gives, with a cursor: names without a
/// position in the tree are looked for from it on.
struct Tree {
    toks: Vec<Tok>,
    pos: usize,
}

impl Tree {
    fn new(sql: &str) -> Self {
        let raw = Tokenizer::new(&PostgreSqlDialect {}, sql)
            .tokenize_with_location()
            .unwrap_or_default();
        let mut toks = Vec::with_capacity(raw.len());
        let mut chars = sql.char_indices().peekable();
        let (mut line, mut column) = (1u64, 1u64);
        for t in raw {
            if matches!(t.token, Token::Whitespace(_) | Token::EOF) {
                continue;
            }
            let want = (t.span.start.line, t.span.start.column);
            while (line, column) < want {
                match chars.next() {
                    Some((_, '\n')) => {
                        line += 1;
                        column = 1;
                    }
                    Some(_) => column += 1,
                    None => break,
                }
            }
            let at = chars.peek().map_or(sql.len(), |(i, _)| *i);
            toks.push(Tok {
                token: t.token,
                span: t.span,
                at,
            });
        }
        Tree { toks, pos: 0 }
    }

    /// The token starting at byte `at`.
    fn index_at(&self, at: i32) -> Option<usize> {
        let at = usize::try_from(at).ok()?;
        self.toks.binary_search_by_key(&at, |t| t.at).ok()
    }

    fn is_kw(&self, i: usize, kw: &str) -> bool {
        matches!(self.toks.get(i).map(|t| &t.token), Some(Token::Word(w)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(kw))
    }

    /// The spans of `parts` written as `a.b.c` from token `i` on.
    fn match_at(&self, i: usize, parts: &[String]) -> Option<Vec<Span>> {
        if parts.is_empty() {
            return None;
        }
        let mut spans = Vec::with_capacity(parts.len());
        for (k, part) in parts.iter().enumerate() {
            let t = self.toks.get(i + 2 * k)?;
            let Token::Word(w) = &t.token else {
                return None;
            };
            let ident = Ident {
                value: w.value.clone(),
                quote_style: w.quote_style,
                span: t.span,
            };
            if fold(&ident) != *part {
                return None;
            }
            if k + 1 < parts.len()
                && !matches!(
                    self.toks.get(i + 2 * k + 1).map(|t| &t.token),
                    Some(Token::Period)
                )
            {
                return None;
            }
            spans.push(t.span);
        }
        Some(spans)
    }

    /// `parts` (as the tree gives them: folded) as an `ObjectName` placed where the statement
    /// writes it: at byte `location` when the tree knows it, else the next match from the
    /// cursor on. Every part is quoted, so that it means exactly what the tree says. The second
    /// value says whether the name was found in the text.
    fn locate(&mut self, parts: &[String], location: i32) -> (ObjectName, bool) {
        let found = self
            .index_at(location)
            .and_then(|i| self.match_at(i, parts).map(|s| (i, s)))
            .or_else(|| {
                (self.pos..self.toks.len()).find_map(|i| self.match_at(i, parts).map(|s| (i, s)))
            });
        let spans = match &found {
            Some((i, spans)) => {
                self.pos = i + 2 * parts.len() - 1;
                spans.clone()
            }
            None => vec![Span::empty(); parts.len()],
        };
        let idents: Vec<Ident> = parts
            .iter()
            .zip(spans)
            .map(|(p, span)| Ident {
                value: p.clone(),
                quote_style: Some('"'),
                span,
            })
            .collect();
        (ObjectName::from(idents), found.is_some())
    }

    fn name(&mut self, parts: &[String], location: i32) -> ObjectName {
        self.locate(parts, location).0
    }

    fn ident(&mut self, name: &str) -> Ident {
        let parts = [clip(name, super::names::MAX_IDENT).to_string()];
        let n = self.name(&parts, -1);
        n.0.into_iter()
            .next()
            .and_then(|p| p.as_ident().cloned())
            .unwrap_or_else(|| Ident::new(name))
    }

    fn range(&mut self, rv: &pb::RangeVar) -> ObjectName {
        let parts: Vec<String> = [&rv.catalogname, &rv.schemaname, &rv.relname]
            .into_iter()
            .filter(|s| !s.is_empty())
            .cloned()
            .collect();
        self.name(&parts, rv.location)
    }

    /// The byte range of the parenthesised group starting at the cursor, if one does.
    fn parens(&mut self) -> Option<(usize, usize)> {
        let start = self.toks.get(self.pos)?;
        if !matches!(start.token, Token::LParen) {
            return None;
        }
        let from = start.at;
        let mut depth = 0;
        for j in self.pos..self.toks.len() {
            match self.toks[j].token {
                Token::LParen => depth += 1,
                Token::RParen => {
                    depth -= 1;
                    if depth == 0 {
                        self.pos = j + 1;
                        return Some((from, self.toks[j].at + 1));
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// The index of the next top-level token that is the word `kw`, from token `from` on.
    fn find_top(&self, from: usize, kw: &str) -> Option<usize> {
        let mut depth = 0i32;
        for j in from..self.toks.len() {
            match self.toks[j].token {
                Token::LParen => depth += 1,
                Token::RParen => depth -= 1,
                _ if depth == 0 && self.is_kw(j, kw) => return Some(j),
                _ => {}
            }
        }
        None
    }
}

/// The text after a routine's signature (`CREATE FUNCTION f(…)`): its options and body.
pub(crate) fn body_after_signature(sql: &str) -> &str {
    let mut t = Tree::new(sql);
    let Some(open) = t.toks.iter().position(|t| matches!(t.token, Token::LParen)) else {
        return sql;
    };
    t.pos = open;
    if t.parens().is_none() {
        return "";
    }
    match t.toks.get(t.pos) {
        Some(tok) => sql.get(tok.at..).unwrap_or(""),
        None => "",
    }
}

/// The strings of a list of `String` nodes (a qualified name), `None` if any is something else.
fn strings(nodes: &[Node]) -> Option<Vec<String>> {
    nodes
        .iter()
        .map(|n| match n.node.as_ref() {
            Some(NodeEnum::String(s)) => Some(s.sval.clone()),
            _ => None,
        })
        .collect()
}

/// The parts of a name node: a list of strings, a string, or a type name; and its position.
fn parts_of(node: Option<&Node>) -> Option<(Vec<String>, i32)> {
    match node?.node.as_ref()? {
        NodeEnum::List(l) => strings(&l.items).map(|p| (p, -1)),
        NodeEnum::String(s) => Some((vec![s.sval.clone()], -1)),
        NodeEnum::TypeName(t) if t.array_bounds.is_empty() && !t.pct_type => {
            strings(&t.names).map(|p| (p, t.location))
        }
        _ => None,
    }
}

fn object_type(v: i32) -> pb::ObjectType {
    pb::ObjectType::from_i32(v).unwrap_or(pb::ObjectType::Undefined)
}

/// The relation kinds: sqlparser's object type and the word for diagnostics.
fn relation_kind(k: pb::ObjectType) -> Option<(ObjectType, &'static str)> {
    use pb::ObjectType as O;
    Some(match k {
        O::ObjectTable => (ObjectType::Table, "table"),
        O::ObjectView => (ObjectType::View, "view"),
        O::ObjectMatview => (ObjectType::MaterializedView, "materialized view"),
        O::ObjectIndex => (ObjectType::Index, "index"),
        O::ObjectSequence => (ObjectType::Sequence, "sequence"),
        O::ObjectForeignTable => (ObjectType::ForeignTable, "foreign table"),
        _ => return None,
    })
}

fn routine_kind(k: pb::ObjectType) -> Option<RoutineKind> {
    use pb::ObjectType as O;
    Some(match k {
        O::ObjectFunction | O::ObjectRoutine => RoutineKind::Function,
        O::ObjectProcedure => RoutineKind::Procedure,
        O::ObjectAggregate => RoutineKind::Aggregate,
        _ => return None,
    })
}

/// Object kinds in catalogs the model does not track.
fn untracked(k: pb::ObjectType) -> bool {
    use pb::ObjectType as O;
    matches!(
        k,
        O::ObjectAccessMethod
            | O::ObjectAmop
            | O::ObjectAmproc
            | O::ObjectCast
            | O::ObjectCollation
            | O::ObjectConversion
            | O::ObjectDatabase
            | O::ObjectDefault
            | O::ObjectDefacl
            | O::ObjectEventTrigger
            | O::ObjectFdw
            | O::ObjectForeignServer
            | O::ObjectLanguage
            | O::ObjectLargeobject
            | O::ObjectOpclass
            | O::ObjectOperator
            | O::ObjectOpfamily
            | O::ObjectParameterAcl
            | O::ObjectPolicy
            | O::ObjectPublication
            | O::ObjectPublicationNamespace
            | O::ObjectPublicationRel
            | O::ObjectRole
            | O::ObjectRule
            | O::ObjectStatisticExt
            | O::ObjectSubscription
            | O::ObjectTablespace
            | O::ObjectTransform
            | O::ObjectTsconfiguration
            | O::ObjectTsdictionary
            | O::ObjectTsparser
            | O::ObjectTstemplate
            | O::ObjectUserMapping
            | O::ObjectExtension
    )
}

fn need_name(
    r: &mut Replayer<'_>,
    name: &ObjectName,
    space: Space,
    what: &str,
    if_exists: bool,
    dropping: bool,
) -> Option<super::Key> {
    let w = Written::from_object(name)?;
    r.need(&w, space, what, if_exists, dropping)
}

/// A `FunctionDesc` for a routine named `parts` whose argument list (when `with_args`) follows
/// its name in the text, read by sqlparser through `DROP FUNCTION`.
fn routine_desc(
    r: &Replayer<'_>,
    t: &mut Tree,
    parts: &[String],
    with_args: bool,
) -> Option<FunctionDesc> {
    let (name, found) = t.locate(parts, -1);
    if !with_args {
        return Some(FunctionDesc { name, args: None });
    }
    if !found {
        return None;
    }
    let (a, b) = t.parens()?;
    let text = format!("DROP FUNCTION f{}", r.sql.get(a..b)?);
    let parsed = crate::rules::parse_statements(&text).ok()?;
    match parsed.into_iter().next()? {
        Statement::DropFunction(d) => {
            let mut desc = d.func_desc.into_iter().next()?;
            desc.name = name;
            Some(desc)
        }
        _ => None,
    }
}

fn object_with_args(r: &Replayer<'_>, t: &mut Tree, node: Option<&Node>) -> Option<FunctionDesc> {
    let Some(NodeEnum::ObjectWithArgs(o)) = node?.node.as_ref() else {
        return None;
    };
    let parts = strings(&o.objname)?;
    routine_desc(r, t, &parts, !o.args_unspecified)
}

pub(crate) fn apply(r: &mut Replayer<'_>) {
    let Ok(parsed) = pg_query::parse(r.sql) else {
        return r.unfollowable("a statement the model cannot read");
    };
    let mut t = Tree::new(r.sql);
    for raw in &parsed.protobuf.stmts {
        let Some(node) = raw.stmt.as_ref().and_then(|s| s.node.as_ref()) else {
            continue;
        };
        t.pos = t
            .toks
            .iter()
            .position(|k| k.at >= usize::try_from(raw.stmt_location).unwrap_or(0))
            .unwrap_or(0);
        statement(r, &mut t, node);
    }
}

fn statement(r: &mut Replayer<'_>, t: &mut Tree, node: &NodeEnum) {
    match node {
        NodeEnum::DoStmt(_) => do_block(r),
        NodeEnum::CommentStmt(c) => comment(r, t, c),
        NodeEnum::DropStmt(d) => drop(r, t, d),
        NodeEnum::AlterTableStmt(a) => alter_table(r, t, a),
        NodeEnum::AlterSeqStmt(a) => alter_sequence(r, t, a),
        NodeEnum::RenameStmt(s) => rename(r, t, s),
        NodeEnum::AlterObjectSchemaStmt(s) => set_schema(r, t, s),
        NodeEnum::CreateStmt(c) => create_table(r, t, c, false),
        NodeEnum::CreateForeignTableStmt(f) => {
            if let Some(c) = &f.base_stmt {
                create_table(r, t, c, true);
            }
        }
        NodeEnum::ViewStmt(v) => create_view(r, t, v),
        NodeEnum::CreateTableAsStmt(c) => create_table_as(r, t, c),
        NodeEnum::CreateSeqStmt(s) => create_sequence(r, t, s),
        NodeEnum::IndexStmt(i) => create_index(r, t, i),
        NodeEnum::CreateSchemaStmt(s) => create_schema(r, t, s),
        NodeEnum::CreateTrigStmt(c) => create_trigger(r, t, c),
        NodeEnum::CreateFunctionStmt(f) => create_function(r, t, f),
        NodeEnum::DefineStmt(d) => define(r, t, d),
        NodeEnum::CompositeTypeStmt(c) => {
            if let Some(rv) = &c.typevar {
                let name = t.range(rv);
                create_type(r, &name, TypeKind::Other);
            }
        }
        NodeEnum::CreateEnumStmt(e) => create_type_of(r, t, &e.type_name, TypeKind::Other),
        NodeEnum::CreateRangeStmt(e) => create_type_of(r, t, &e.type_name, TypeKind::Other),
        NodeEnum::CreateDomainStmt(d) => {
            create_type_of(r, t, &d.domainname, TypeKind::Domain(None))
        }
        NodeEnum::CreateEventTrigStmt(_) => r.model.event_triggers = true,
        NodeEnum::CreateExtensionStmt(e) => {
            let ident = t.ident(&e.extname);
            let mut schema = None;
            for o in &e.options {
                if let Some(NodeEnum::DefElem(d)) = o.node.as_ref()
                    && d.defname == "schema"
                    && let Some(NodeEnum::String(s)) = d.arg.as_ref().and_then(|a| a.node.as_ref())
                {
                    schema = Some(s.sval.clone());
                }
            }
            let schema = schema.unwrap_or_else(|| r.creation_schema());
            r.create_extension(&fold(&ident), &schema, ident.span, e.if_not_exists);
        }
        NodeEnum::AlterFunctionStmt(a) => {
            let kind = routine_kind(object_type(a.objtype)).unwrap_or(RoutineKind::Function);
            if let Some(f) = &a.func
                && let Some(parts) = strings(&f.objname)
                && let Some(desc) = routine_desc(r, t, &parts, !f.args_unspecified)
            {
                r.need_routine(&desc, false, kind);
            }
        }
        NodeEnum::AlterEnumStmt(a) => need_type(r, t, &a.type_name, "type"),
        NodeEnum::AlterDomainStmt(a) => need_type(r, t, &a.type_name, "domain"),
        NodeEnum::SelectStmt(s) => {
            if s.into_clause.is_some() {
                r.unfollowable("a `SELECT … INTO` the model cannot parse");
            }
            r.run_code(false);
        }
        NodeEnum::InsertStmt(_)
        | NodeEnum::UpdateStmt(_)
        | NodeEnum::DeleteStmt(_)
        | NodeEnum::MergeStmt(_)
        | NodeEnum::CopyStmt(_)
        | NodeEnum::CallStmt(_)
        | NodeEnum::ExecuteStmt(_)
        | NodeEnum::TruncateStmt(_) => r.run_code(false),
        NodeEnum::VariableSetStmt(v) => {
            let reset_all = v.kind == pb::VariableSetKind::VarResetAll as i32;
            if v.name.eq_ignore_ascii_case("search_path") || reset_all {
                r.unfollowable_all("a `SET search_path` the model cannot parse");
            }
        }
        // `DROP OWNED` drops whatever a role owns: any name.
        NodeEnum::DropOwnedStmt(_) => {
            r.unfollowable_all("a `DROP OWNED` (it drops any object the role owns)")
        }
        NodeEnum::TransactionStmt(_)
        | NodeEnum::GrantStmt(_)
        | NodeEnum::GrantRoleStmt(_)
        | NodeEnum::AlterDefaultPrivilegesStmt(_)
        | NodeEnum::ClusterStmt(_)
        | NodeEnum::VacuumStmt(_)
        | NodeEnum::ReindexStmt(_)
        | NodeEnum::CheckPointStmt(_)
        | NodeEnum::RefreshMatViewStmt(_)
        | NodeEnum::NotifyStmt(_)
        | NodeEnum::ListenStmt(_)
        | NodeEnum::UnlistenStmt(_)
        | NodeEnum::VariableShowStmt(_)
        | NodeEnum::DiscardStmt(_)
        | NodeEnum::LockStmt(_)
        | NodeEnum::PrepareStmt(_)
        | NodeEnum::DeallocateStmt(_)
        | NodeEnum::LoadStmt(_)
        | NodeEnum::FetchStmt(_)
        | NodeEnum::ClosePortalStmt(_)
        | NodeEnum::DeclareCursorStmt(_)
        | NodeEnum::ExplainStmt(_)
        | NodeEnum::ReassignOwnedStmt(_)
        | NodeEnum::ConstraintsSetStmt(_)
        | NodeEnum::SecLabelStmt(_)
        | NodeEnum::AlterOwnerStmt(_)
        | NodeEnum::CreateRoleStmt(_)
        | NodeEnum::AlterRoleStmt(_)
        | NodeEnum::AlterRoleSetStmt(_)
        | NodeEnum::DropRoleStmt(_)
        | NodeEnum::AlterTableMoveAllStmt(_)
        | NodeEnum::AlterExtensionStmt(_)
        | NodeEnum::AlterExtensionContentsStmt(_)
        | NodeEnum::AlterEventTrigStmt(_)
        | NodeEnum::CreateCastStmt(_)
        | NodeEnum::CreateOpClassStmt(_)
        | NodeEnum::CreateOpFamilyStmt(_)
        | NodeEnum::AlterOpFamilyStmt(_)
        | NodeEnum::AlterOperatorStmt(_)
        | NodeEnum::CreateStatsStmt(_)
        | NodeEnum::AlterStatsStmt(_)
        | NodeEnum::CreatePublicationStmt(_)
        | NodeEnum::AlterPublicationStmt(_)
        | NodeEnum::CreateSubscriptionStmt(_)
        | NodeEnum::AlterSubscriptionStmt(_)
        | NodeEnum::DropSubscriptionStmt(_)
        | NodeEnum::CreateFdwStmt(_)
        | NodeEnum::AlterFdwStmt(_)
        | NodeEnum::CreateForeignServerStmt(_)
        | NodeEnum::AlterForeignServerStmt(_)
        | NodeEnum::CreateUserMappingStmt(_)
        | NodeEnum::AlterUserMappingStmt(_)
        | NodeEnum::DropUserMappingStmt(_)
        | NodeEnum::CreatePlangStmt(_)
        | NodeEnum::CreateConversionStmt(_)
        | NodeEnum::CreateTransformStmt(_)
        | NodeEnum::CreateAmStmt(_)
        | NodeEnum::CreateTableSpaceStmt(_)
        | NodeEnum::DropTableSpaceStmt(_)
        | NodeEnum::AlterTableSpaceOptionsStmt(_)
        | NodeEnum::AlterTsdictionaryStmt(_)
        | NodeEnum::AlterTsconfigurationStmt(_)
        | NodeEnum::AlterCollationStmt(_)
        | NodeEnum::AlterSystemStmt(_)
        | NodeEnum::CreatedbStmt(_)
        | NodeEnum::AlterDatabaseStmt(_)
        | NodeEnum::AlterDatabaseSetStmt(_)
        | NodeEnum::AlterDatabaseRefreshCollStmt(_)
        | NodeEnum::DropdbStmt(_)
        | NodeEnum::RuleStmt(_)
        | NodeEnum::CreatePolicyStmt(_)
        | NodeEnum::AlterPolicyStmt(_) => {}
        _ => r.unfollowable("a statement the schema model cannot parse"),
    }
}

/// `DO`: its code runs now. Names it could touch are in its text, unless it builds statements
/// at run time (then any name could be).
fn do_block(r: &mut Replayer<'_>) {
    r.run_code(false);
    let effects = Effects::of(r.sql);
    if !effects.ddl {
        return;
    }
    // A PL/pgSQL body without dynamic SQL: its statements, as PostgreSQL's compiler reads them.
    if !effects.dynamic
        && matches!(crate::pg::body(r.sql), Some(crate::pg::Body::PlPgSql(_)))
        && let Some(statements) = crate::pg::plpgsql_statements(r.sql)
    {
        return follow_body(r, statements);
    }
    {
        let words = if effects.dynamic {
            Names::All
        } else {
            Names::Words(effects.words)
        };
        r.touch(words, "the `DO` block".into(), Change::Any);
    }
}

/// The statements of a `DO` block's body: those that always run are replayed as statements of
/// their own; those in a condition, a loop or a block with an exception handler may or may not
/// run, so what they name becomes uncertain.
fn follow_body(r: &mut Replayer<'_>, statements: Vec<crate::pg::PlStatement>) {
    let (whole, line, column) = (r.sql, r.line, r.column);
    let mut from = 0;
    for st in statements {
        let found = whole
            .get(from..)
            .and_then(|rest| rest.find(st.query.as_str()))
            .map(|i| from + i);
        if let Some(at) = found {
            from = at + st.query.len();
        }
        match found {
            Some(at) if st.always => {
                let text = &whole[at..at + st.query.len()];
                let before = &whole[..at];
                r.sql = text;
                match before.rfind('\n') {
                    Some(nl) => {
                        r.line = line + before.matches('\n').count() as u32;
                        r.column = before[nl + 1..].chars().count() as u32 + 1;
                    }
                    None => {
                        r.line = line;
                        r.column = column + before.chars().count() as u32;
                    }
                }
                match crate::rules::parse_statements(text) {
                    Ok(parsed) => {
                        for s in &parsed {
                            r.apply(s);
                        }
                    }
                    Err(_) => apply(r),
                }
                (r.sql, r.line, r.column) = (whole, line, column);
            }
            _ => {
                // A `CREATE` that may run makes its one name uncertain; anything else, every
                // name it mentions.
                if let Some(name) = created_name(&st.query) {
                    let mut words = super::names::WordSet::default();
                    words.insert(name);
                    r.touch(
                        Names::Words(std::sync::Arc::new(words)),
                        "a `CREATE` of the `DO` block that may or may not run (in a condition, a loop or a block with an exception handler)".into(),
                        Change::Create,
                    );
                    continue;
                }
                let words = super::names::WordSet::from_text(&st.query);
                if super::names::has_ddl_words(&words) {
                    r.touch(
                        Names::Words(std::sync::Arc::new(words)),
                        "a statement of the `DO` block that may or may not run (in a condition, a loop or a block with an exception handler)".into(),
                        Change::Any,
                    );
                }
            }
        }
    }
}

/// The name a plain `CREATE TABLE`, `INDEX`, `VIEW`, `SEQUENCE` or `TYPE` statement makes
/// (not `OR REPLACE`, which may change what exists).
fn created_name(sql: &str) -> Option<String> {
    let Ok(parsed) = crate::rules::parse_statements(sql) else {
        return created_name_in_tree(sql);
    };
    let [statement] = &parsed[..] else {
        return None;
    };
    let name = match statement {
        Statement::CreateTable(t) if !t.or_replace => &t.name,
        Statement::CreateIndex(i) => i.name.as_ref()?,
        Statement::CreateView(v) if !v.or_replace => &v.name,
        Statement::CreateSequence { name, .. } => name,
        Statement::CreateType { name, .. } => name,
        _ => return None,
    };
    Written::from_object(name).map(|w| w.name)
}

/// [`created_name`] of a statement sqlparser cannot parse, from PostgreSQL's tree.
fn created_name_in_tree(sql: &str) -> Option<String> {
    let parsed = pg_query::parse(sql).ok()?;
    let [raw] = &parsed.protobuf.stmts[..] else {
        return None;
    };
    let rv = match raw.stmt.as_ref()?.node.as_ref()? {
        NodeEnum::CreateStmt(c) => c.relation.as_ref()?,
        NodeEnum::IndexStmt(i) if !i.idxname.is_empty() => return Some(i.idxname.clone()),
        NodeEnum::ViewStmt(v) if !v.replace => v.view.as_ref()?,
        NodeEnum::CreateSeqStmt(s) => s.sequence.as_ref()?,
        NodeEnum::CreateTableAsStmt(c) if !c.is_select_into => c.into.as_ref()?.rel.as_ref()?,
        _ => return None,
    };
    Some(rv.relname.clone())
}

fn create_type(r: &mut Replayer<'_>, name: &ObjectName, kind: TypeKind) {
    if let Some(w) = Written::from_object(name) {
        r.create_type_named(&w, kind, false);
    }
}

fn create_type_of(r: &mut Replayer<'_>, t: &mut Tree, names: &[Node], kind: TypeKind) {
    match strings(names) {
        Some(parts) => {
            let name = t.name(&parts, -1);
            create_type(r, &name, kind);
        }
        None => r.unfollowable("a type name the model cannot read"),
    }
}

fn need_type(r: &mut Replayer<'_>, t: &mut Tree, names: &[Node], what: &str) {
    if let Some(parts) = strings(names) {
        let name = t.name(&parts, -1);
        need_name(r, &name, Space::Type, what, false, false);
    }
}

fn comment(r: &mut Replayer<'_>, t: &mut Tree, c: &pb::CommentStmt) {
    use pb::ObjectType as O;
    let kind = object_type(c.objtype);
    let object = c.object.as_deref();
    if let Some(rk) = routine_kind(kind) {
        if let Some(desc) = object_with_args(r, t, object) {
            r.need_routine(&desc, false, rk);
        }
        return;
    }
    let Some((parts, location)) = parts_of(object) else {
        return;
    };
    let sql_kind = match kind {
        O::ObjectTable => CommentObject::Table,
        O::ObjectView => CommentObject::View,
        O::ObjectMatview => CommentObject::MaterializedView,
        O::ObjectForeignTable => CommentObject::ForeignTable,
        O::ObjectIndex => CommentObject::Index,
        O::ObjectSequence => CommentObject::Sequence,
        O::ObjectColumn => CommentObject::Column,
        O::ObjectType => CommentObject::Type,
        O::ObjectDomain => CommentObject::Domain,
        O::ObjectSchema => CommentObject::Schema,
        O::ObjectExtension => CommentObject::Extension,
        O::ObjectTabconstraint | O::ObjectTrigger => {
            // `name ON table`: the tree lists the table's parts, then the member's name.
            let Some((member, table)) = parts.split_last() else {
                return;
            };
            let ident = t.ident(member);
            let table = t.name(table, -1);
            if let Some(k) = need_name(r, &table, Space::Relation, "table", false, false) {
                if kind == O::ObjectTabconstraint {
                    r.need_constraint(&k, &ident, false);
                } else {
                    r.need_trigger(&k, &ident, false);
                }
            }
            return;
        }
        _ => return,
    };
    let name = t.name(&parts, location);
    r.comment(sql_kind, &name, false);
}

fn drop(r: &mut Replayer<'_>, t: &mut Tree, d: &pb::DropStmt) {
    use pb::ObjectType as O;
    let kind = object_type(d.remove_type);
    let cascade = d.behavior == pb::DropBehavior::DropCascade as i32;
    let if_exists = d.missing_ok;
    let names = |t: &mut Tree| -> Option<Vec<ObjectName>> {
        d.objects
            .iter()
            .map(|o| parts_of(Some(o)).map(|(p, at)| t.name(&p, at)))
            .collect()
    };
    if let Some((object_type, _)) = relation_kind(kind) {
        let Some(names) = names(t) else {
            return r.unfollowable("a `DROP` the model cannot parse");
        };
        return r.drop(object_type, &names, if_exists, cascade);
    }
    if let Some(rk) = routine_kind(kind) {
        let descs: Option<Vec<FunctionDesc>> = d
            .objects
            .iter()
            .map(|o| object_with_args(r, t, Some(o)))
            .collect();
        match descs {
            // What the sqlparser path does with `DROP FUNCTION` and `DROP PROCEDURE`.
            Some(descs) if matches!(kind, O::ObjectFunction | O::ObjectProcedure) => {
                for desc in &descs {
                    r.drop_routine(desc, if_exists, cascade, rk);
                }
            }
            descs => {
                for desc in descs.iter().flatten() {
                    r.need_routine(desc, if_exists, rk);
                }
                // Dropping is recorded as uncertainty: an aggregate's or routine's overloads
                // are not all known here.
                r.unfollowable("a `DROP` of a routine the model cannot parse");
            }
        }
        return;
    }
    match kind {
        O::ObjectType | O::ObjectDomain => {
            let Some(names) = names(t) else {
                return r.unfollowable("a `DROP` the model cannot parse");
            };
            let what = if kind == O::ObjectDomain {
                "domain"
            } else {
                "type"
            };
            r.drop_types(&names, if_exists, cascade, what);
        }
        O::ObjectSchema => {
            let Some(names) = names(t) else {
                return r.unfollowable("a `DROP` the model cannot parse");
            };
            r.drop(ObjectType::Schema, &names, if_exists, cascade);
        }
        O::ObjectExtension => {
            for o in &d.objects {
                if let Some((parts, _)) = parts_of(Some(o))
                    && let [name] = &parts[..]
                {
                    let ident = t.ident(name);
                    r.drop_extension(&ident, if_exists);
                }
            }
            if cascade {
                r.unfollowable("a `DROP EXTENSION … CASCADE` (it drops what uses the extension)");
            }
        }
        O::ObjectTrigger | O::ObjectRule | O::ObjectPolicy => {
            for o in &d.objects {
                let Some((parts, _)) = parts_of(Some(o)) else {
                    continue;
                };
                let Some((member, table)) = parts.split_last() else {
                    continue;
                };
                let member = t.name(std::slice::from_ref(member), -1);
                let table = t.name(table, -1);
                let (Some(tw), Some(nw)) =
                    (Written::from_object(&table), Written::from_object(&member))
                else {
                    continue;
                };
                if kind == O::ObjectTrigger {
                    r.drop_trigger(&tw, &nw, if_exists);
                } else {
                    r.need(&tw, Space::Relation, "table", if_exists, false);
                }
            }
        }
        k if untracked(k) => {
            if cascade {
                r.unfollowable("a `DROP … CASCADE` the model cannot parse");
            }
        }
        _ => r.unfollowable("a `DROP` the model cannot parse"),
    }
}

fn alter_table(r: &mut Replayer<'_>, t: &mut Tree, a: &pb::AlterTableStmt) {
    use pb::AlterTableType as A;
    use pb::ObjectType as O;
    let Some(rv) = &a.relation else { return };
    let name = t.range(rv);
    let kind = object_type(a.objtype);
    match kind {
        O::ObjectTable | O::ObjectForeignTable => {}
        O::ObjectType => {
            need_name(r, &name, Space::Type, "type", a.missing_ok, false);
            return;
        }
        k => {
            if let Some((_, what)) = relation_kind(k) {
                need_name(r, &name, Space::Relation, what, a.missing_ok, false);
            } else {
                r.unfollowable("an `ALTER` the model cannot parse");
            }
            return;
        }
    }
    let Some(table) = need_name(r, &name, Space::Relation, "table", a.missing_ok, false) else {
        return;
    };
    let only = !rv.inh;
    for cmd in &a.cmds {
        let Some(NodeEnum::AlterTableCmd(cmd)) = cmd.node.as_ref() else {
            continue;
        };
        let subtype = A::from_i32(cmd.subtype).unwrap_or(A::Undefined);
        let cascade = cmd.behavior == pb::DropBehavior::DropCascade as i32;
        // The column an `ALTER COLUMN` names.
        let column = |r: &mut Replayer<'_>, t: &mut Tree, if_exists: bool| -> Option<String> {
            if cmd.name.is_empty() {
                return None;
            }
            let ident = t.ident(&cmd.name);
            r.need_column(&table, &ident, if_exists)
                .then(|| fold(&ident))
        };
        match subtype {
            A::AtAlterColumnType => {
                let followed = match cmd.def.as_ref().and_then(|d| d.node.as_ref()) {
                    Some(NodeEnum::ColumnDef(def)) => {
                        reparse_action(r, t, &table, def.location, "ALTER COLUMN", only)
                    }
                    _ => false,
                };
                if !followed {
                    column(r, t, false);
                    r.unfollowable("an `ALTER COLUMN` the model cannot parse");
                }
            }
            A::AtAddIdentity => {
                column(r, t, false);
                r.unfollowable("an `ALTER COLUMN` the model cannot parse");
            }
            // `IF EXISTS` is about the identity, not the column.
            A::AtDropIdentity => {
                if let Some(c) = column(r, t, false) {
                    r.drop_identity(&table, &c);
                }
            }
            A::AtDropExpression => {
                if let Some(c) = column(r, t, false) {
                    r.drop_expression(&table, &c);
                }
            }
            A::AtSetNotNull | A::AtDropNotNull => {
                if let Some(c) = column(r, t, false) {
                    r.set_not_null(&table, &[c], subtype == A::AtSetNotNull);
                }
            }
            A::AtColumnDefault => {
                column(r, t, false);
                // The default's code may run in later statements.
                let words = super::names::words(r.sql);
                if let Some(rel) = r.model.relation_mut(&table) {
                    rel.code_words.extend(words);
                }
            }
            A::AtSetStatistics
            | A::AtSetOptions
            | A::AtResetOptions
            | A::AtSetStorage
            | A::AtSetCompression
            | A::AtSetIdentity
            | A::AtAlterColumnGenericOptions => {
                column(r, t, false);
            }
            A::AtClusterOn => {
                let ix = t.ident(&cmd.name);
                let w = Written {
                    schema: Some(table.schema.clone()),
                    ..Written::from_ident(&ix)
                };
                r.need(&w, Space::Relation, "index", false, false);
            }
            A::AtAttachPartition | A::AtDetachPartition | A::AtDetachPartitionFinalize => {
                let Some(NodeEnum::PartitionCmd(p)) =
                    cmd.def.as_ref().and_then(|d| d.node.as_ref())
                else {
                    continue;
                };
                let Some(prv) = &p.name else { continue };
                let pname = t.range(prv);
                let Some(pw) = Written::from_object(&pname) else {
                    continue;
                };
                match subtype {
                    A::AtAttachPartition => r.attach_partition(&table, &pw),
                    A::AtDetachPartition => r.detach_partition(&table, &pw),
                    _ => {
                        need_name(r, &pname, Space::Relation, "partition", false, false);
                    }
                }
            }
            A::AtAddColumn | A::AtAddColumnRecurse => {
                let head = if cmd.missing_ok {
                    "ADD COLUMN IF NOT EXISTS"
                } else {
                    "ADD COLUMN"
                };
                let followed = match cmd.def.as_ref().and_then(|d| d.node.as_ref()) {
                    Some(NodeEnum::ColumnDef(def)) => {
                        reparse_action(r, t, &table, def.location, head, only)
                    }
                    _ => false,
                };
                if !followed {
                    if let Some(rel) = r.model.relation_mut(&table) {
                        rel.blur();
                    }
                    return r.unfollowable("an `ALTER TABLE … ADD COLUMN` the model cannot parse");
                }
            }
            A::AtAddConstraint | A::AtAddConstraintRecurse => {
                let def = match cmd.def.as_ref().and_then(|d| d.node.as_ref()) {
                    Some(NodeEnum::Constraint(c)) => Some(c),
                    _ => None,
                };
                let constraint = def.and_then(|c| table_constraint(t, c));
                let Some(c) = constraint else {
                    // A shape the tree reader does not lower may still be sqlparser's alone.
                    if def.is_some_and(|c| reparse_action(r, t, &table, c.location, "ADD", only)) {
                        continue;
                    }
                    if let Some(rel) = r.model.relation_mut(&table) {
                        rel.blur();
                    }
                    return r
                        .unfollowable("an `ALTER TABLE … ADD CONSTRAINT` the model cannot parse");
                };
                r.add_constraints(&table, vec![c], true, only);
            }
            A::AtDropConstraint | A::AtDropConstraintRecurse => {
                let ident = t.ident(&cmd.name);
                r.drop_named_constraint(&table, &ident, cmd.missing_ok, cascade, only);
            }
            A::AtDropColumn | A::AtDropColumnRecurse => {
                let ident = t.ident(&cmd.name);
                r.drop_columns(&table, &[ident], cmd.missing_ok, cascade, only);
            }
            A::AtEnableTrig | A::AtEnableAlwaysTrig | A::AtEnableReplicaTrig | A::AtDisableTrig => {
                let ident = t.ident(&cmd.name);
                r.need_trigger(&table, &ident, false);
            }
            A::AtValidateConstraint => {
                let ident = t.ident(&cmd.name);
                r.need_constraint(&table, &ident, false);
            }
            A::AtAlterConstraint => {
                if let Some(NodeEnum::Constraint(c)) =
                    cmd.def.as_ref().and_then(|d| d.node.as_ref())
                {
                    let ident = t.ident(&c.conname);
                    r.need_constraint(&table, &ident, false);
                }
            }
            A::AtChangeOwner
            | A::AtDropCluster
            | A::AtSetLogged
            | A::AtSetUnLogged
            | A::AtDropOids
            | A::AtSetAccessMethod
            | A::AtSetTableSpace
            | A::AtSetRelOptions
            | A::AtResetRelOptions
            | A::AtReplaceRelOptions
            | A::AtEnableTrigAll
            | A::AtDisableTrigAll
            | A::AtEnableTrigUser
            | A::AtDisableTrigUser
            | A::AtEnableRule
            | A::AtEnableAlwaysRule
            | A::AtEnableReplicaRule
            | A::AtDisableRule
            | A::AtReplicaIdentity
            | A::AtEnableRowSecurity
            | A::AtDisableRowSecurity
            | A::AtForceRowSecurity
            | A::AtNoForceRowSecurity
            | A::AtGenericOptions => {}
            // Columns, constraints, inheritance, `OF`: not followed here.
            _ => {
                if let Some(rel) = r.model.relation_mut(&table) {
                    rel.blur();
                }
                return r.unfollowable("an `ALTER TABLE` the model cannot parse");
            }
        }
    }
}

/// One action of an `ALTER TABLE` sqlparser cannot parse as a whole (`ADD COLUMN`, `ALTER
/// COLUMN … TYPE`, `ADD CONSTRAINT`), whose text starts at byte `location` (the tree's position
/// of its column or constraint) and runs to the end of the action: read by sqlparser on its own
/// after `head` (`ADD COLUMN`), through the sqlparser path's `alter_table_op`. `false` when
/// sqlparser cannot read it either.
fn reparse_action(
    r: &mut Replayer<'_>,
    t: &mut Tree,
    table: &super::Key,
    location: i32,
    head: &str,
    only: bool,
) -> bool {
    use sqlparser::ast::AlterTableOperation as Op;
    let Some(start) = t.index_at(location) else {
        return false;
    };
    let mut depth = 0i32;
    let mut end = t.toks.len();
    for (j, tok) in t.toks.iter().enumerate().skip(start) {
        match tok.token {
            Token::LParen => depth += 1,
            Token::RParen if depth == 0 => {
                end = j;
                break;
            }
            Token::RParen => depth -= 1,
            Token::Comma | Token::SemiColon if depth == 0 => {
                end = j;
                break;
            }
            _ => {}
        }
    }
    let from = t.toks[start].at;
    let to = t.toks.get(end).map_or(r.sql.len(), |k| k.at);
    let Some(text) = r.sql.get(from..to).map(str::trim_end) else {
        return false;
    };
    // The names of the actions after it are looked for after it.
    t.pos = end;
    // The action goes on a line of its own, indented as in the file, so that its spans are the
    // file's columns (a span after a statement's first line is placed by its own column).
    let loc = t.toks[start].span.start;
    let (line, column) = if loc.line == 1 {
        (r.line, r.column + loc.column as u32 - 1)
    } else {
        (r.line + loc.line as u32 - 1, loc.column as u32)
    };
    let text = format!(
        "ALTER TABLE t {head}\n{}{text}",
        " ".repeat(column.saturating_sub(1) as usize)
    );
    let Ok(parsed) = crate::rules::parse_statements(&text) else {
        return false;
    };
    let [Statement::AlterTable(at)] = &parsed[..] else {
        return false;
    };
    let [op] = &at.operations[..] else {
        return false;
    };
    let expected = match head.split_whitespace().nth(1) {
        Some("COLUMN") if head.starts_with("ADD") => matches!(op, Op::AddColumn { .. }),
        Some("COLUMN") => matches!(op, Op::AlterColumn { .. }),
        _ => matches!(op, Op::AddConstraint { .. }),
    };
    if !expected {
        return false;
    }
    let saved = r.line;
    r.line = line - 1;
    r.alter_table_op(table, op, only);
    r.line = saved;
    true
}

/// `ALTER SEQUENCE`: of its options, `OWNED BY` matters.
fn alter_sequence(r: &mut Replayer<'_>, t: &mut Tree, a: &pb::AlterSeqStmt) {
    let Some(rv) = &a.sequence else { return };
    let name = t.range(rv);
    let Some(key) = need_name(r, &name, Space::Relation, "sequence", a.missing_ok, false) else {
        return;
    };
    owned_by(r, t, &key, &a.options);
}

/// The `OWNED BY` option of `CREATE` or `ALTER SEQUENCE`.
fn owned_by(r: &mut Replayer<'_>, t: &mut Tree, seq: &super::Key, options: &[Node]) {
    for o in options {
        let Some(NodeEnum::DefElem(d)) = o.node.as_ref() else {
            continue;
        };
        if d.defname != "owned_by" {
            continue;
        }
        let Some(NodeEnum::List(l)) = d.arg.as_ref().and_then(|a| a.node.as_ref()) else {
            continue;
        };
        let Some(parts) = strings(&l.items) else {
            continue;
        };
        if parts.len() == 1 && parts[0] == "none" {
            r.set_owned_by(seq, None);
        } else {
            let col = t.name(&parts, d.location);
            r.set_owned_by(seq, Some(&col));
        }
    }
}

fn rename(r: &mut Replayer<'_>, t: &mut Tree, s: &pb::RenameStmt) {
    use pb::ObjectType as O;
    let kind = object_type(s.rename_type);
    if let Some((_, what)) = relation_kind(kind) {
        let Some(rv) = &s.relation else { return };
        let name = t.range(rv);
        let new = t.ident(&s.newname);
        let Some(old) = Written::from_object(&name) else {
            return;
        };
        match need_name(r, &name, Space::Relation, what, s.missing_ok, false) {
            Some(key) => r.rename_relation(&key, &Written::from_ident(&new), "relation"),
            None if s.missing_ok => {
                r.renamed_if_it_existed(&old, Space::Relation, &fold(&new));
            }
            None => {}
        }
        return;
    }
    if let Some(rk) = routine_kind(kind) {
        let desc = object_with_args(r, t, s.object.as_deref());
        let new = t.ident(&s.newname);
        if let Some(desc) = desc
            && let Some(found) = r.need_routine(&desc, false, rk)
        {
            if matches!(kind, O::ObjectFunction | O::ObjectProcedure) {
                r.rename_routine(&found, &fold(&new), new.span);
            } else {
                r.unfollowable("an `ALTER … RENAME` of a routine the model cannot parse");
            }
        }
        return;
    }
    let relation_type = object_type(s.relation_type);
    match kind {
        O::ObjectColumn => {
            let Some(rv) = &s.relation else { return };
            let name = t.range(rv);
            let what = relation_kind(relation_type).map_or("table", |(_, w)| w);
            let Some(key) = need_name(r, &name, Space::Relation, what, s.missing_ok, false) else {
                return;
            };
            if matches!(relation_type, O::ObjectTable | O::ObjectForeignTable) {
                let old = t.ident(&s.subname);
                let new = t.ident(&s.newname);
                r.rename_column(&key, &old, &new);
            } else {
                if let Some(rel) = r.model.relation_mut(&key) {
                    rel.blur();
                }
                r.unfollowable("an `ALTER … RENAME` the model cannot parse");
            }
        }
        O::ObjectTrigger => {
            let Some(rv) = &s.relation else { return };
            let old = t.ident(&s.subname);
            let name = t.range(rv);
            let new = t.ident(&s.newname);
            if let Some(key) = need_name(r, &name, Space::Relation, "table", s.missing_ok, false)
                && r.need_trigger(&key, &old, false).is_some()
            {
                r.rename_trigger(&key, &old, &new);
            }
        }
        O::ObjectTabconstraint | O::ObjectRule | O::ObjectPolicy => {
            let Some(rv) = &s.relation else { return };
            let name = t.range(rv);
            if let Some(key) = need_name(r, &name, Space::Relation, "table", s.missing_ok, false)
                && kind == O::ObjectTabconstraint
            {
                if let Some(rel) = r.model.relation_mut(&key) {
                    rel.blur();
                }
                r.unfollowable("an `ALTER … RENAME` the model cannot parse");
            }
        }
        O::ObjectSchema => {
            let old = t.ident(&s.subname);
            let new = t.ident(&s.newname);
            let old = Written::from_ident(&old);
            if r.need_schema(&old.name, old.span, false) {
                r.rename_schema(&old.name, &Written::from_ident(&new));
            }
        }
        O::ObjectType | O::ObjectDomain => {
            alter_type_or_domain(r, t, kind, s.object.as_deref(), s.missing_ok);
        }
        // `ALTER TYPE t RENAME ATTRIBUTE a TO b`, `ALTER DOMAIN d RENAME CONSTRAINT`.
        O::ObjectAttribute => {
            if let Some(rv) = &s.relation {
                let name = t.range(rv);
                need_name(r, &name, Space::Type, "type", false, false);
            }
        }
        O::ObjectDomconstraint => {
            if let Some((parts, at)) = parts_of(s.object.as_deref()) {
                let name = t.name(&parts, at);
                need_name(r, &name, Space::Type, "domain", false, false);
            }
        }
        k if untracked(k) => {}
        _ => r.unfollowable("an `ALTER` the model cannot parse"),
    }
}

/// A rename or `SET SCHEMA` of a type or domain the model cannot follow: the type must exist
/// (unless `IF EXISTS`), and what it becomes is unknown.
fn alter_type_or_domain(
    r: &mut Replayer<'_>,
    t: &mut Tree,
    kind: pb::ObjectType,
    object: Option<&Node>,
    missing_ok: bool,
) {
    if let Some((parts, at)) = parts_of(object) {
        let name = t.name(&parts, at);
        let what = if kind == pb::ObjectType::ObjectDomain {
            "domain"
        } else {
            "type"
        };
        if need_name(r, &name, Space::Type, what, missing_ok, false).is_some() {
            r.unfollowable("an `ALTER TYPE` the model cannot parse");
        }
    }
}

fn set_schema(r: &mut Replayer<'_>, t: &mut Tree, s: &pb::AlterObjectSchemaStmt) {
    use pb::ObjectType as O;
    let kind = object_type(s.object_type);
    if let Some((_, what)) = relation_kind(kind) {
        let Some(rv) = &s.relation else { return };
        let name = t.range(rv);
        let schema = t.ident(&s.newschema);
        if let Some(key) = need_name(r, &name, Space::Relation, what, s.missing_ok, false) {
            r.set_relation_schema(&key, &Written::from_ident(&schema));
        }
        return;
    }
    if let Some(rk) = routine_kind(kind) {
        if let Some(desc) = object_with_args(r, t, s.object.as_deref())
            && r.need_routine(&desc, false, rk).is_some()
        {
            r.unfollowable("an `ALTER … SET SCHEMA` of a routine the model cannot parse");
        }
        return;
    }
    match kind {
        O::ObjectType | O::ObjectDomain => {
            alter_type_or_domain(r, t, kind, s.object.as_deref(), s.missing_ok);
        }
        // An extension's objects move with it.
        O::ObjectExtension => r.unfollowable("an `ALTER EXTENSION … SET SCHEMA`"),
        k if untracked(k) => {}
        _ => r.unfollowable("an `ALTER` the model cannot parse"),
    }
}

fn temporary(rv: &pb::RangeVar) -> bool {
    rv.relpersistence == "t"
}

fn create_table(r: &mut Replayer<'_>, t: &mut Tree, c: &pb::CreateStmt, foreign: bool) {
    let Some(rv) = &c.relation else { return };
    let name = t.range(rv);
    let Some(w) = Written::from_object(&name) else {
        return;
    };
    let temporary = temporary(rv);
    let Some((key, free)) = r.begin_create(&w, temporary, Space::Relation, c.if_not_exists) else {
        return;
    };
    let rel_kind = if foreign {
        RelKind::ForeignTable
    } else if c.partspec.is_some() {
        RelKind::PartitionedTable
    } else {
        RelKind::Table
    };
    let mut rel = Relation::new(key.clone(), rel_kind, Some(r.origin_at(w.span)));
    rel.temporary = temporary;
    let parents: Vec<&pb::RangeVar> = c
        .inh_relations
        .iter()
        .filter_map(|p| match p.node.as_ref() {
            Some(NodeEnum::RangeVar(rv)) => Some(rv),
            _ => None,
        })
        .collect();
    if parents.len() != c.inh_relations.len() {
        rel.blur();
    }
    // The sqlparser path's rules for what parents give: PARTITION OF, INHERITS, LIKE.
    for parent in parents {
        let parent = t.range(parent);
        if c.partbound.is_some() {
            r.take_partition_parent(&mut rel, &parent);
        } else {
            r.take_parent(&mut rel, &parent);
        }
    }
    let mut own = 0;
    let mut likes = 0;
    for e in &c.table_elts {
        match e.node.as_ref() {
            Some(NodeEnum::TableLikeClause(like)) => match &like.relation {
                Some(src) => {
                    let src = t.range(src);
                    r.take_like(&mut rel, &src);
                    likes += 1;
                }
                None => rel.blur(),
            },
            _ => own += 1,
        }
    }
    // Column definitions and table constraints are not lowered from the tree, nor the columns
    // of `OF type`: the table's columns and constraints are not known exactly. Nor are they
    // when a `LIKE` comes with another source of columns (it replaces what came before).
    if own > 0
        || c.of_typename.is_some()
        || likes > 1
        || (likes == 1 && !c.inh_relations.is_empty())
    {
        rel.blur();
    }
    if free == Free::Unsure {
        rel.blur();
    }
    let partition_of = rel.partition_of.clone();
    r.insert_relation(rel);
    // A partition gets its own copy of every index of its parent.
    if let Some(parent) = partition_of {
        r.copy_parent_indexes(&parent, &key);
    }
    r.may_create_prefix(
        &format!("{}_", clip(&key.name, 27)),
        format!("what PostgreSQL names after relation `{key}`"),
    );
}

/// A view's query as sqlparser reads it, from the top-level `AS` after token `from` on,
/// without a trailing `WITH [NO] DATA` or `WITH … CHECK OPTION`: what it reads and yields,
/// checked with diagnostics placed in the statement.
fn view_body(r: &mut Replayer<'_>, t: &Tree, from: usize) -> Option<ViewBody> {
    let a = t.find_top(from, "AS")?;
    let tok = t.toks.get(a + 1)?;
    let (sql, line, column) = (r.sql, r.line, r.column);
    let mut text = sql
        .get(tok.at..)?
        .trim_end()
        .trim_end_matches(';')
        .trim_end();
    let upper = text.to_ascii_uppercase();
    for tail in [
        "WITH CASCADED CHECK OPTION",
        "WITH LOCAL CHECK OPTION",
        "WITH CHECK OPTION",
        "WITH NO DATA",
        "WITH DATA",
    ] {
        if upper.ends_with(tail) {
            text = text[..text.len() - tail.len()].trim_end();
            break;
        }
    }
    let stmts = crate::rules::parse_statements(text).ok()?;
    let Some(Statement::Query(q)) = stmts.first() else {
        return None;
    };
    // The query's spans count from its own start.
    let loc: Location = tok.span.start;
    r.line = line + loc.line as u32 - 1;
    r.column = if loc.line == 1 {
        column + loc.column as u32 - 1
    } else {
        loc.column as u32
    };
    r.sql = text;
    let reads = r.check_query(q);
    let (columns, exact) = r.query_columns(q);
    (r.sql, r.line, r.column) = (sql, line, column);
    Some(ViewBody {
        reads,
        columns,
        exact,
        code_words: super::names::words(text),
    })
}

fn create_view(r: &mut Replayer<'_>, t: &mut Tree, v: &pb::ViewStmt) {
    let Some(rv) = &v.view else { return };
    let start = t.pos;
    let name = t.range(rv);
    let after_name = t.pos;
    let Some(w) = Written::from_object(&name) else {
        return;
    };
    // `CREATE RECURSIVE VIEW` reads itself: its query is not checked.
    let recursive = (start..after_name).any(|i| t.is_kw(i, "RECURSIVE"));
    let given = strings(&v.aliases).unwrap_or_default();
    let how = ViewHow {
        kind: RelKind::View,
        temporary: temporary(rv),
        or_replace: v.replace,
        if_not_exists: false,
    };
    r.define_view(&w, how, &given, |r| {
        if recursive {
            None
        } else {
            view_body(r, t, after_name)
        }
    });
}

fn create_table_as(r: &mut Replayer<'_>, t: &mut Tree, c: &pb::CreateTableAsStmt) {
    let Some(into) = &c.into else { return };
    let Some(rv) = &into.rel else { return };
    if c.is_select_into {
        r.unfollowable("a `SELECT … INTO` the model cannot parse");
        return r.run_code(false);
    }
    let name = t.range(rv);
    let after_name = t.pos;
    let Some(w) = Written::from_object(&name) else {
        return;
    };
    if object_type(c.objtype) == pb::ObjectType::ObjectMatview {
        let given = strings(&into.col_names).unwrap_or_default();
        let how = ViewHow {
            kind: RelKind::MaterializedView,
            temporary: false,
            or_replace: false,
            if_not_exists: c.if_not_exists,
        };
        return r.define_view(&w, how, &given, |r| view_body(r, t, after_name));
    }
    let temporary = temporary(rv);
    let Some((key, _)) = r.begin_create(&w, temporary, Space::Relation, c.if_not_exists) else {
        return;
    };
    let mut rel = Relation::new(key.clone(), RelKind::Table, Some(r.origin_at(w.span)));
    rel.temporary = temporary;
    rel.blur();
    r.insert_relation(rel);
    r.may_create_prefix(
        &format!("{}_", clip(&key.name, 27)),
        format!("what PostgreSQL names after relation `{key}`"),
    );
}

fn create_sequence(r: &mut Replayer<'_>, t: &mut Tree, s: &pb::CreateSeqStmt) {
    let Some(rv) = &s.sequence else { return };
    let name = t.range(rv);
    if let Some(key) = r.create_sequence(&name, temporary(rv), s.if_not_exists) {
        owned_by(r, t, &key, &s.options);
    }
}

/// What PostgreSQL calls an index expression in a generated name (`FigureIndexColname`), when
/// the model can tell, and the columns it reads (with their places).
fn index_expr(node: &Node, reads: &mut Vec<(String, i32)>) -> Option<String> {
    let name = match node.node.as_ref()? {
        NodeEnum::FuncCall(f) => strings(&f.funcname).and_then(|n| n.last().cloned()),
        NodeEnum::ColumnRef(c) => strings(&c.fields).and_then(|n| n.last().cloned()),
        _ => None,
    };
    let _ = column_refs(node, reads);
    name
}

/// The columns an expression reads, pushed onto `out`; `false` when the expression holds
/// something the model does not walk (a subquery, …), so that the list may be incomplete.
fn column_refs(node: &Node, out: &mut Vec<(String, i32)>) -> bool {
    fn all(nodes: &[Node], out: &mut Vec<(String, i32)>) -> bool {
        // Every node is walked (no short circuit): an index's reads are wanted even when
        // incomplete.
        let mut ok = true;
        for n in nodes {
            ok &= column_refs(n, out);
        }
        ok
    }
    fn opt(node: Option<&Node>, out: &mut Vec<(String, i32)>) -> bool {
        node.is_none_or(|n| column_refs(n, out))
    }
    let Some(n) = node.node.as_ref() else {
        return true;
    };
    match n {
        NodeEnum::ColumnRef(c) => match strings(&c.fields).and_then(|n| n.last().cloned()) {
            Some(name) => {
                out.push((name, c.location));
                true
            }
            None => false,
        },
        NodeEnum::AConst(_) | NodeEnum::SqlvalueFunction(_) => true,
        NodeEnum::FuncCall(f) => {
            f.agg_filter.is_none()
                && f.over.is_none()
                && f.agg_order.is_empty()
                && all(&f.args, out)
        }
        NodeEnum::AExpr(a) => {
            let l = opt(a.lexpr.as_deref(), out);
            opt(a.rexpr.as_deref(), out) && l
        }
        NodeEnum::BoolExpr(b) => all(&b.args, out),
        NodeEnum::TypeCast(c) => opt(c.arg.as_deref(), out),
        NodeEnum::NullTest(t) => opt(t.arg.as_deref(), out),
        NodeEnum::BooleanTest(t) => opt(t.arg.as_deref(), out),
        NodeEnum::CoalesceExpr(c) => all(&c.args, out),
        NodeEnum::MinMaxExpr(m) => all(&m.args, out),
        NodeEnum::RowExpr(e) => all(&e.args, out),
        NodeEnum::AArrayExpr(e) => all(&e.elements, out),
        NodeEnum::List(l) => all(&l.items, out),
        NodeEnum::CollateClause(c) => opt(c.arg.as_deref(), out),
        NodeEnum::CaseExpr(c) => {
            let a = opt(c.arg.as_deref(), out);
            let b = all(&c.args, out);
            opt(c.defresult.as_deref(), out) && a && b
        }
        NodeEnum::CaseWhen(w) => {
            let a = opt(w.expr.as_deref(), out);
            opt(w.result.as_deref(), out) && a
        }
        _ => false,
    }
}

/// A table constraint of `ALTER TABLE … ADD`, as the sqlparser path declares it; `None` when
/// the model does not follow its shape (`USING INDEX`, a check it cannot read, …).
fn table_constraint(t: &mut Tree, c: &pb::Constraint) -> Option<NewConstraint> {
    use pb::ConstrType as C;
    let name = (!c.conname.is_empty()).then(|| t.ident(&c.conname));
    let idents = |t: &mut Tree, nodes: &[Node]| -> Option<Vec<Ident>> {
        strings(nodes).map(|v| v.iter().map(|s| t.ident(s)).collect())
    };
    let name_span = name.as_ref().map_or(Span::empty(), |n| n.span);
    Some(match C::from_i32(c.contype)? {
        kind @ (C::ConstrPrimary | C::ConstrUnique) if c.indexname.is_empty() => {
            let columns = idents(t, &c.keys)?;
            NewConstraint {
                name,
                kind: if kind == C::ConstrPrimary {
                    NewKind::PrimaryKey
                } else {
                    NewKind::Unique
                },
                span: span_of(&columns),
                columns,
            }
        }
        C::ConstrForeign => {
            let columns = idents(t, &c.fk_attrs)?;
            let table = t.range(c.pktable.as_ref()?);
            let referred = idents(t, &c.pk_attrs)?;
            NewConstraint {
                name,
                kind: NewKind::ForeignKey { table, referred },
                span: span_of(&columns),
                columns,
            }
        }
        C::ConstrCheck => {
            let mut reads = Vec::new();
            if !column_refs(c.raw_expr.as_deref()?, &mut reads) {
                return None;
            }
            NewConstraint {
                name,
                kind: NewKind::Check(reads.into_iter().map(|(c, _)| c).collect()),
                columns: Vec::new(),
                span: name_span,
            }
        }
        C::ConstrExclusion => {
            let mut columns = Vec::new();
            for x in &c.exclusions {
                if let Some(NodeEnum::List(l)) = x.node.as_ref()
                    && let Some(NodeEnum::IndexElem(e)) =
                        l.items.first().and_then(|n| n.node.as_ref())
                    && !e.name.is_empty()
                {
                    columns.push(t.ident(&e.name));
                }
            }
            NewConstraint {
                name,
                kind: NewKind::Exclude,
                columns,
                span: name_span,
            }
        }
        _ => return None,
    })
}

fn create_index(r: &mut Replayer<'_>, t: &mut Tree, ix: &pb::IndexStmt) {
    let Some(rv) = &ix.relation else { return };
    // The index's name comes before `ON table`.
    let index_name = (!ix.idxname.is_empty()).then(|| Written::from_ident(&t.ident(&ix.idxname)));
    let table_name = t.range(rv);
    let Some(table) = need_name(r, &table_name, Space::Relation, "table", false, false) else {
        return;
    };
    let mut parts = Vec::new();
    let mut reads_at = Vec::new();
    for p in &ix.index_params {
        let Some(NodeEnum::IndexElem(e)) = p.node.as_ref() else {
            continue;
        };
        if !e.name.is_empty() {
            let ident = t.ident(&e.name);
            r.need_column(&table, &ident, false);
            let col = fold(&ident);
            parts.push(IndexPart {
                name: Some(col.clone()),
                reads: vec![col],
            });
        } else if let Some(expr) = &e.expr {
            let mut reads = Vec::new();
            let name = index_expr(expr, &mut reads);
            parts.push(IndexPart {
                name,
                reads: reads.iter().map(|(c, _)| c.clone()).collect(),
            });
            reads_at.extend(reads);
        }
    }
    let mut others = Vec::new();
    for p in &ix.index_including_params {
        if let Some(NodeEnum::IndexElem(e)) = p.node.as_ref()
            && !e.name.is_empty()
        {
            let ident = t.ident(&e.name);
            r.need_column(&table, &ident, false);
            others.push(fold(&ident));
        }
    }
    if let Some(w) = &ix.where_clause {
        let mut reads = Vec::new();
        let _ = column_refs(w, &mut reads);
        others.extend(reads.iter().map(|(c, _)| c.clone()));
        reads_at.extend(reads);
    }
    for (col, at) in reads_at {
        let (name, _) = t.locate(&[col], at);
        if let Some(ident) = name.0.first().and_then(|p| p.as_ident()) {
            r.need_column(&table, ident, false);
        }
    }
    let naming = IndexNaming {
        parts: Some(parts),
        label: "idx",
        others,
    };
    r.create_index_named(&table, index_name, ix.if_not_exists, naming, !rv.inh);
}

/// `CREATE SCHEMA name [AUTHORIZATION role] CREATE TABLE … CREATE VIEW …`: each element is
/// created in the new schema.
fn create_schema(r: &mut Replayer<'_>, t: &mut Tree, s: &pb::CreateSchemaStmt) {
    let name = if s.schemaname.is_empty() {
        match s.authrole.as_ref() {
            Some(role) if !role.rolename.is_empty() => role.rolename.clone(),
            _ => return r.unfollowable("a `CREATE SCHEMA` the model cannot parse"),
        }
    } else {
        s.schemaname.clone()
    };
    let schema = Written::from_ident(&t.ident(&name));
    r.create_schema(&schema.name, schema.span, s.if_not_exists);
    if s.schema_elts.is_empty() {
        return;
    }
    // Elements: the statement's text split at top-level CREATE and GRANT, one per element of
    // the tree.
    let mut starts = Vec::new();
    let mut depth = 0;
    for (j, tok) in t.toks.iter().enumerate().skip(1) {
        match tok.token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            _ if depth == 0 && (t.is_kw(j, "CREATE") || t.is_kw(j, "GRANT")) => starts.push(j),
            _ => {}
        }
    }
    if starts.len() != s.schema_elts.len() {
        return r.unfollowable("a `CREATE SCHEMA` the model cannot parse");
    }
    let saved = (r.sql, r.line, r.column, r.search_path.clone());
    r.search_path = vec![schema.name.clone()];
    for (n, &st) in starts.iter().enumerate() {
        let from = t.toks[st].at;
        let to = starts.get(n + 1).map_or(saved.0.len(), |&e| t.toks[e].at);
        let text = saved.0[from..to].trim_end().trim_end_matches(';');
        let loc = t.toks[st].span.start;
        r.sql = text;
        r.line = saved.1 + loc.line as u32 - 1;
        r.column = if loc.line == 1 {
            saved.2 + loc.column as u32 - 1
        } else {
            loc.column as u32
        };
        match crate::rules::parse_statements(text) {
            Ok(stmts) => {
                for s in &stmts {
                    r.apply(s);
                }
            }
            Err(_) => apply(r),
        }
    }
    r.sql = saved.0;
    r.line = saved.1;
    r.column = saved.2;
    r.search_path = saved.3;
}

fn create_trigger(r: &mut Replayer<'_>, t: &mut Tree, c: &pb::CreateTrigStmt) {
    let Some(rv) = &c.relation else { return };
    let trigger = t.name(std::slice::from_ref(&c.trigname), -1);
    let table = t.range(rv);
    let Some(tw) = Written::from_object(&table) else {
        return;
    };
    let function = strings(&c.funcname).map(|parts| t.name(&parts, -1));
    r.define_trigger(&tw, &trigger, c.replace, function.as_ref());
}

fn create_function(r: &mut Replayer<'_>, t: &mut Tree, f: &pb::CreateFunctionStmt) {
    let rk = if f.is_procedure {
        RoutineKind::Procedure
    } else {
        RoutineKind::Function
    };
    let desc = strings(&f.funcname).and_then(|parts| routine_desc(r, t, &parts, true));
    let Some(desc) = desc else {
        return r.unfollowable("a routine the model cannot parse");
    };
    let Some(w) = Written::from_object(&desc.name) else {
        return;
    };
    let args = desc.args.as_ref().map(|a| {
        a.iter()
            .filter(|a| !matches!(a.mode, Some(sqlparser::ast::ArgMode::Out)))
            .map(|a| r.arg_signature(&a.data_type, w.span))
            .collect()
    });
    let effects = Effects::of(body_after_signature(r.sql));
    r.create_routine(
        &w,
        rk,
        args.filter(|_| rk != RoutineKind::Procedure),
        Some(effects),
        f.replace,
        false,
    );
}

/// `CREATE AGGREGATE`, `CREATE TYPE name (…)` (a base or shell type), `CREATE OPERATOR`, ….
fn define(r: &mut Replayer<'_>, t: &mut Tree, d: &pb::DefineStmt) {
    use pb::ObjectType as O;
    let Some(parts) = strings(&d.defnames) else {
        return r.unfollowable("a statement the schema model cannot parse");
    };
    match object_type(d.kind) {
        O::ObjectAggregate => {
            let name = t.name(&parts, -1);
            let Some(w) = Written::from_object(&name) else {
                return;
            };
            let effects = Effects::of(body_after_signature(r.sql));
            r.create_routine(
                &w,
                RoutineKind::Aggregate,
                None,
                Some(effects),
                d.replace,
                false,
            );
        }
        O::ObjectType => {
            let name = t.name(&parts, -1);
            create_type(r, &name, TypeKind::Other);
        }
        _ => {}
    }
}
