//! Statements sqlparser cannot parse (`DO`, `COMMENT ON FUNCTION f(args)`, `ALTER SEQUENCE`,
//! `DROP INDEX CONCURRENTLY IF EXISTS`, …): read from their tokens where their shape is simple,
//! and otherwise made uncertain: every name in their text may have changed.

use sqlparser::ast::{FunctionDesc, Ident, ObjectName, ObjectType, Statement};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Location, Token, TokenWithSpan, Tokenizer};

use super::names::{Written, fold};
use super::replay::{Change, Names, Replayer, Space};
use super::{Effects, RelKind, Relation, RoutineKind, TypeKind};

/// The tokens of a statement (no whitespace or comments), with a cursor.
struct Cursor {
    toks: Vec<TokenWithSpan>,
    i: usize,
}

impl Cursor {
    fn new(sql: &str) -> Option<Self> {
        let toks = Tokenizer::new(&PostgreSqlDialect {}, sql)
            .tokenize_with_location()
            .ok()?
            .into_iter()
            .filter(|t| !matches!(t.token, Token::Whitespace(_) | Token::EOF))
            .collect();
        Some(Cursor { toks, i: 0 })
    }

    fn peek(&self) -> Option<&TokenWithSpan> {
        self.toks.get(self.i)
    }

    fn is_kw(t: &TokenWithSpan, kw: &str) -> bool {
        matches!(&t.token, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(kw))
    }

    fn peek_kw(&self, kw: &str) -> bool {
        self.peek().is_some_and(|t| Self::is_kw(t, kw))
    }

    fn kw(&mut self, kw: &str) -> bool {
        if self.peek_kw(kw) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn kws(&mut self, kws: &[&str]) -> bool {
        let start = self.i;
        for k in kws {
            if !self.kw(k) {
                self.i = start;
                return false;
            }
        }
        true
    }

    /// `ident[.ident…]` as an `ObjectName` with the tokens' spans.
    fn name(&mut self) -> Option<ObjectName> {
        let mut idents = Vec::new();
        loop {
            let t = self.peek()?;
            let Token::Word(w) = &t.token else { break };
            idents.push(Ident {
                value: w.value.clone(),
                quote_style: w.quote_style,
                span: t.span,
            });
            self.i += 1;
            if matches!(self.peek().map(|t| &t.token), Some(Token::Period)) {
                self.i += 1;
            } else {
                break;
            }
        }
        (!idents.is_empty()).then(|| ObjectName::from(idents))
    }

    /// The object kind after `DROP`, `ALTER`, `COMMENT ON`, upper-case: one word, or
    /// `MATERIALIZED VIEW`, `FOREIGN TABLE`, `EVENT TRIGGER`.
    fn object_kind(&mut self) -> Option<String> {
        for two in [
            ["MATERIALIZED", "VIEW"],
            ["FOREIGN", "TABLE"],
            ["EVENT", "TRIGGER"],
        ] {
            if self.kws(&two) {
                return Some(two.join(" "));
            }
        }
        let Some(TokenWithSpan {
            token: Token::Word(w),
            ..
        }) = self.peek()
        else {
            return None;
        };
        let kind = w.value.to_ascii_uppercase();
        self.i += 1;
        Some(kind)
    }

    /// Skips a parenthesised group; returns the index just past it.
    fn skip_parens(&mut self) -> bool {
        if !matches!(self.peek().map(|t| &t.token), Some(Token::LParen)) {
            return false;
        }
        let mut depth = 0;
        while let Some(t) = self.peek() {
            match t.token {
                Token::LParen => depth += 1,
                Token::RParen => {
                    depth -= 1;
                    if depth == 0 {
                        self.i += 1;
                        return true;
                    }
                }
                _ => {}
            }
            self.i += 1;
        }
        false
    }

    /// The index of the next top-level token that is the word `kw`, from the cursor on.
    fn find_top(&self, kw: &str) -> Option<usize> {
        let mut depth = 0i32;
        for (j, t) in self.toks.iter().enumerate().skip(self.i) {
            match t.token {
                Token::LParen => depth += 1,
                Token::RParen => depth -= 1,
                _ if depth == 0 && Self::is_kw(t, kw) => return Some(j),
                _ => {}
            }
        }
        None
    }
}

/// The text after a routine's signature (`CREATE FUNCTION f(…)`): its options and body.
pub(crate) fn body_after_signature(sql: &str) -> &str {
    let Some(mut c) = Cursor::new(sql) else {
        return sql;
    };
    while let Some(t) = c.peek() {
        if matches!(t.token, Token::LParen) {
            break;
        }
        c.i += 1;
    }
    c.skip_parens();
    match c.peek() {
        Some(t) => &sql[offset(sql, t.span.start)..],
        None => "",
    }
}

/// The byte offset of a token location in `sql`.
fn offset(sql: &str, loc: Location) -> usize {
    let mut line = 1u64;
    let mut col = 1u64;
    for (i, c) in sql.char_indices() {
        if line == loc.line && col == loc.column {
            return i;
        }
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    sql.len()
}

const MODIFIERS: &[&str] = &[
    "OR",
    "REPLACE",
    "GLOBAL",
    "LOCAL",
    "TEMP",
    "TEMPORARY",
    "UNLOGGED",
    "RECURSIVE",
    "TRUSTED",
    "PROCEDURAL",
    "DEFAULT",
    "CONSTRAINT",
    "UNIQUE",
];

/// Object kinds that live in catalogs the model does not track.
const UNTRACKED: &[&str] = &[
    "CAST",
    "OPERATOR",
    "STATISTICS",
    "PUBLICATION",
    "SUBSCRIPTION",
    "SERVER",
    "FOREIGN",
    "USER",
    "TEXT",
    "COLLATION",
    "RULE",
    "POLICY",
    "ACCESS",
    "LANGUAGE",
    "CONVERSION",
    "TRANSFORM",
    "TABLESPACE",
    "DATABASE",
    "ROLE",
    "GROUP",
    "EVENT",
    "DEFAULT",
    "SYSTEM",
    "LARGE",
    "EXTENSION",
];

pub(crate) fn apply(r: &mut Replayer<'_>) {
    let Some(mut c) = Cursor::new(r.sql) else {
        return r.unfollowable("a statement the model cannot read");
    };
    let first = match c.peek() {
        Some(TokenWithSpan {
            token: Token::Word(w),
            ..
        }) => w.value.to_ascii_uppercase(),
        _ => return r.run_code(false),
    };
    c.i += 1;
    match first.as_str() {
        "DO" => do_block(r),
        "COMMENT" => comment(r, &mut c),
        "DROP" => drop(r, &mut c),
        "ALTER" => alter(r, &mut c),
        "CREATE" => create(r, &mut c),
        "SELECT" | "WITH" | "VALUES" | "TABLE" => {
            if c.find_top("INTO").is_some() && c.find_top("INSERT").is_none() {
                r.unfollowable("a `SELECT … INTO` the model cannot parse");
            }
            r.run_code(false);
        }
        "INSERT" | "UPDATE" | "DELETE" | "MERGE" | "COPY" | "CALL" | "EXECUTE" => r.run_code(false),
        "GRANT" | "REVOKE" | "CLUSTER" | "VACUUM" | "REINDEX" | "ANALYZE" | "ANALYSE"
        | "CHECKPOINT" | "SECURITY" | "REFRESH" | "LISTEN" | "NOTIFY" | "UNLISTEN" | "SHOW"
        | "DISCARD" | "LOCK" | "BEGIN" | "START" | "COMMIT" | "END" | "ROLLBACK" | "ABORT"
        | "SAVEPOINT" | "RELEASE" | "PREPARE" | "DEALLOCATE" | "LOAD" | "FETCH" | "MOVE"
        | "CLOSE" | "DECLARE" | "EXPLAIN" | "REASSIGN" | "SET" | "RESET" => {
            if first == "SET" || first == "RESET" {
                let upper = r.sql.to_ascii_uppercase();
                if upper.contains("SEARCH_PATH") {
                    r.unfollowable_all("a `SET search_path` the model cannot parse");
                }
            }
        }
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
    let parsed = crate::rules::parse_statements(sql).ok()?;
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

/// A `FunctionDesc` for `name(args)` at the cursor, read by sqlparser through `DROP FUNCTION`.
fn function_desc(r: &Replayer<'_>, c: &mut Cursor) -> Option<FunctionDesc> {
    let name = c.name()?;
    let start = c.i;
    let has_args = c.skip_parens();
    let args_text = if has_args {
        let a = c.toks.get(start)?.span.start;
        let b = c.toks.get(c.i - 1)?.span.end;
        &r.sql[offset(r.sql, a)..offset(r.sql, b)]
    } else {
        ""
    };
    let text = format!("DROP FUNCTION {}{args_text}", name);
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

fn comment(r: &mut Replayer<'_>, c: &mut Cursor) {
    if !c.kw("ON") {
        return;
    }
    let Some(kind) = c.object_kind() else {
        return;
    };
    match kind.as_str() {
        "FUNCTION" | "PROCEDURE" | "ROUTINE" | "AGGREGATE" => {
            let rk = routine_kind(&kind);
            if let Some(desc) = function_desc(r, c) {
                r.need_routine(&desc, false, rk);
            }
        }
        "COLUMN" => {
            let Some(name) = c.name() else { return };
            let idents: Vec<Ident> = name
                .0
                .iter()
                .filter_map(|p| p.as_ident().cloned())
                .collect();
            if idents.len() < 2 {
                return;
            }
            let Some((col, table)) = idents.split_last() else {
                return;
            };
            if let Some(k) = need_name(
                r,
                &ObjectName::from(table.to_vec()),
                Space::Relation,
                "table",
                false,
                false,
            ) {
                r.need_column(&k, col, false);
            }
        }
        "CONSTRAINT" | "TRIGGER" => {
            let Some(name) = c.name() else { return };
            if !c.kw("ON") || c.kw("DOMAIN") {
                return;
            }
            let Some(table) = c.name() else { return };
            let Some(ident) = name.0.last().and_then(|p| p.as_ident()).cloned() else {
                return;
            };
            if let Some(k) = need_name(r, &table, Space::Relation, "table", false, false) {
                if kind == "CONSTRAINT" {
                    r.need_constraint(&k, &ident, false);
                } else {
                    r.need_trigger(&k, &ident, false);
                }
            }
        }
        "TABLE" | "VIEW" | "MATERIALIZED VIEW" | "FOREIGN TABLE" | "INDEX" | "SEQUENCE" => {
            if let Some(name) = c.name() {
                let what = kind.to_ascii_lowercase();
                need_name(r, &name, Space::Relation, &what, false, false);
            }
        }
        "TYPE" | "DOMAIN" => {
            if let Some(name) = c.name() {
                need_name(
                    r,
                    &name,
                    Space::Type,
                    &kind.to_ascii_lowercase(),
                    false,
                    false,
                );
            }
        }
        "SCHEMA" => {
            if let Some(name) = c.name()
                && let Some(w) = Written::from_object(&name)
            {
                r.need_schema(&w.name, w.span, false);
            }
        }
        _ => {}
    }
}

fn routine_kind(kind: &str) -> RoutineKind {
    match kind {
        "PROCEDURE" => RoutineKind::Procedure,
        "AGGREGATE" => RoutineKind::Aggregate,
        _ => RoutineKind::Function,
    }
}

/// Reads `name[, name…]` for a `DROP` and whether it ends in `CASCADE`.
fn names_list(c: &mut Cursor) -> (Vec<ObjectName>, bool) {
    let mut names = Vec::new();
    while let Some(n) = c.name() {
        names.push(n);
        if matches!(c.peek().map(|t| &t.token), Some(Token::Comma)) {
            c.i += 1;
        } else {
            break;
        }
    }
    (names, c.kw("CASCADE"))
}

fn drop(r: &mut Replayer<'_>, c: &mut Cursor) {
    let Some(kind) = c.object_kind() else {
        return;
    };
    c.kw("CONCURRENTLY");
    let if_exists = c.kws(&["IF", "EXISTS"]);
    match kind.as_str() {
        "TABLE" | "VIEW" | "MATERIALIZED VIEW" | "INDEX" | "SEQUENCE" | "FOREIGN TABLE" => {
            let object_type = match kind.as_str() {
                "TABLE" => ObjectType::Table,
                "VIEW" => ObjectType::View,
                "MATERIALIZED VIEW" => ObjectType::MaterializedView,
                "INDEX" => ObjectType::Index,
                "SEQUENCE" => ObjectType::Sequence,
                _ => ObjectType::ForeignTable,
            };
            let (names, cascade) = names_list(c);
            r.drop_relations(object_type, &names, if_exists, cascade);
        }
        "TYPE" | "DOMAIN" => {
            let (names, cascade) = names_list(c);
            r.drop_types(&names, if_exists, cascade, &kind.to_ascii_lowercase());
        }
        "FUNCTION" | "PROCEDURE" | "ROUTINE" | "AGGREGATE" => {
            let rk = routine_kind(&kind);
            while let Some(desc) = function_desc(r, c) {
                r.need_routine(&desc, if_exists, rk);
                if matches!(c.peek().map(|t| &t.token), Some(Token::Comma)) {
                    c.i += 1;
                } else {
                    break;
                }
            }
            // Dropping is recorded as uncertainty: an aggregate's or routine's overloads are
            // not all known here.
            r.unfollowable("a `DROP` of a routine the model cannot parse");
        }
        "TRIGGER" | "RULE" | "POLICY" => {
            let Some(name) = c.name() else { return };
            if !c.kw("ON") {
                return;
            }
            let Some(table) = c.name() else { return };
            if let Some(k) = need_name(r, &table, Space::Relation, "table", if_exists, false)
                && kind == "TRIGGER"
                && let Some(ident) = name.0.last().and_then(|p| p.as_ident()).cloned()
                && r.need_trigger(&k, &ident, if_exists).is_some()
            {
                let n = fold(&ident);
                for t in std::iter::once(k.clone()).chain(r.descendants(&k)) {
                    if let Some(rel) = r.model.relation_mut(&t) {
                        rel.triggers.retain(|x| x.name != n);
                    }
                }
            }
        }
        k if UNTRACKED.contains(&k) => {
            if r.sql.to_ascii_uppercase().contains("CASCADE") {
                r.unfollowable("a `DROP … CASCADE` the model cannot parse");
            }
        }
        _ => r.unfollowable("a `DROP` the model cannot parse"),
    }
}

fn alter(r: &mut Replayer<'_>, c: &mut Cursor) {
    let Some(kind) = c.object_kind() else {
        return;
    };
    match kind.as_str() {
        "TABLE" | "FOREIGN TABLE" => alter_table(r, c),
        "SEQUENCE" | "INDEX" | "VIEW" | "MATERIALIZED VIEW" => {
            if kind == "INDEX" && c.peek_kw("ALL") {
                return;
            }
            let if_exists = c.kws(&["IF", "EXISTS"]);
            let Some(name) = c.name() else { return };
            let what = kind.to_ascii_lowercase();
            let Some(key) = need_name(r, &name, Space::Relation, &what, if_exists, false) else {
                if if_exists
                    && c.kws(&["RENAME", "TO"])
                    && let (Some(old), Some(new)) = (
                        Written::from_object(&name),
                        c.name().and_then(|n| Written::from_object(&n)),
                    )
                {
                    r.renamed_if_it_existed(&old, Space::Relation, &new.name);
                }
                return;
            };
            if c.kws(&["RENAME", "TO"]) {
                if let Some(new) = c.name().and_then(|n| Written::from_object(&n)) {
                    r.rename_relation(&key, &new, "relation");
                }
            } else if c.kws(&["SET", "SCHEMA"]) {
                if let Some(s) = c.name().and_then(|n| Written::from_object(&n)) {
                    r.set_relation_schema(&key, &s);
                }
            } else if c.kws(&["OWNED", "BY"]) {
                if c.kw("NONE") {
                    if let Some(rel) = r.model.relation_mut(&key) {
                        rel.owned_by = None;
                    }
                } else if let Some(col) = c.name() {
                    let idents: Vec<Ident> =
                        col.0.iter().filter_map(|p| p.as_ident().cloned()).collect();
                    if let Some((column, table)) = idents.split_last()
                        && !table.is_empty()
                        && let Some(t) = need_name(
                            r,
                            &ObjectName::from(table.to_vec()),
                            Space::Relation,
                            "table",
                            false,
                            false,
                        )
                        && r.need_column(&t, column, false)
                        && let Some(rel) = r.model.relation_mut(&key)
                    {
                        rel.owned_by = Some((t, fold(column)));
                        r.relink(&key);
                    }
                }
            } else if c.kws(&["RENAME", "COLUMN"]) || c.kw("RENAME") {
                r.unfollowable("an `ALTER … RENAME` the model cannot parse");
            }
        }
        "TYPE" | "DOMAIN" => {
            let Some(name) = c.name() else { return };
            let what = kind.to_ascii_lowercase();
            if need_name(r, &name, Space::Type, &what, false, false).is_some()
                && (c.kw("RENAME")
                    && !c.peek_kw("ATTRIBUTE")
                    && !c.peek_kw("VALUE")
                    && !c.peek_kw("CONSTRAINT")
                    || c.kws(&["SET", "SCHEMA"]))
            {
                r.unfollowable("an `ALTER TYPE` the model cannot parse");
            }
        }
        "FUNCTION" | "PROCEDURE" | "ROUTINE" | "AGGREGATE" => {
            let rk = routine_kind(&kind);
            let Some(desc) = function_desc(r, c) else {
                return;
            };
            if r.need_routine(&desc, false, rk).is_some()
                && (c.kw("RENAME") || c.kws(&["SET", "SCHEMA"]))
            {
                r.unfollowable("an `ALTER … RENAME` of a routine the model cannot parse");
            }
        }
        "SCHEMA" => {
            let Some(name) = c.name().and_then(|n| Written::from_object(&n)) else {
                return;
            };
            if r.need_schema(&name.name, name.span, false) && c.kw("RENAME") {
                r.unfollowable("an `ALTER SCHEMA … RENAME` the model cannot parse");
            }
        }
        k if UNTRACKED.contains(&k) => {}
        _ => r.unfollowable("an `ALTER` the model cannot parse"),
    }
}

fn alter_table(r: &mut Replayer<'_>, c: &mut Cursor) {
    let if_exists = c.kws(&["IF", "EXISTS"]);
    c.kw("ONLY");
    let Some(name) = c.name() else { return };
    if matches!(c.peek().map(|t| &t.token), Some(Token::Mul)) {
        c.i += 1;
    }
    let Some(table) = need_name(r, &name, Space::Relation, "table", if_exists, false) else {
        return;
    };
    // Actions, separated by top-level commas.
    loop {
        let start = c.i;
        if c.kw("ALTER") {
            c.kw("COLUMN");
            let Some(TokenWithSpan {
                token: Token::Word(w),
                span,
            }) = c.peek().cloned()
            else {
                break;
            };
            c.i += 1;
            let ident = Ident {
                value: w.value.clone(),
                quote_style: w.quote_style,
                span,
            };
            if r.need_column(&table, &ident, false) {
                let column = fold(&ident);
                if c.kws(&["DROP", "IDENTITY"]) {
                    if let Some(rel) = r.model.relation_mut(&table)
                        && let Some(col) = rel.column_mut(&column)
                    {
                        col.identity = None;
                    }
                    let owned: Vec<super::Key> = r
                        .model
                        .dependents_of(&table)
                        .into_iter()
                        .filter(|s| {
                            s.owned_by
                                .as_ref()
                                .is_some_and(|(t, c)| *t == table && *c == column)
                        })
                        .map(|s| s.key.clone())
                        .collect();
                    let gone = r.gone(format!("dropped with the identity of column `{column}`"));
                    for s in owned {
                        r.remove_relation(&s, gone.clone());
                    }
                } else if c.kws(&["DROP", "EXPRESSION"]) {
                    if let Some(rel) = r.model.relation_mut(&table)
                        && let Some(col) = rel.column_mut(&column)
                    {
                        col.generated = None;
                    }
                } else if c.peek_kw("TYPE") || c.kws(&["SET", "DATA"]) || c.kw("ADD") {
                    r.unfollowable("an `ALTER COLUMN` the model cannot parse");
                }
            }
        } else if c.kws(&["SET", "SCHEMA"]) {
            if let Some(s) = c.name().and_then(|n| Written::from_object(&n)) {
                r.set_relation_schema(&table, &s);
            }
            break;
        } else if c.kws(&["CLUSTER", "ON"]) {
            if let Some(ix) = c.name()
                && let Some(w) = Written::from_object(&ix)
            {
                let w = Written {
                    schema: Some(table.schema.clone()),
                    ..w
                };
                r.need(&w, Space::Relation, "index", false, false);
            }
        } else if c.kws(&["DETACH", "PARTITION"]) || c.kws(&["ATTACH", "PARTITION"]) {
            let attach = c
                .toks
                .get(start)
                .is_some_and(|t| Cursor::is_kw(t, "ATTACH"));
            if let Some(p) = c.name()
                && let Some(k) = need_name(r, &p, Space::Relation, "table", false, false)
                && let Some(rel) = r.model.relation_mut(&k)
            {
                rel.partition_of = attach.then(|| table.clone());
                r.relink(&k);
            }
        } else if c.peek_kw("ADD")
            || c.peek_kw("DROP")
            || c.peek_kw("RENAME")
            || c.peek_kw("INHERIT")
            || c.peek_kw("OF")
            || c.peek_kw("NO")
        {
            if let Some(rel) = r.model.relation_mut(&table) {
                rel.blur();
            }
            r.unfollowable("an `ALTER TABLE` the model cannot parse");
            return;
        }
        // Skip to the next top-level comma.
        let mut depth = 0;
        while let Some(t) = c.peek() {
            match t.token {
                Token::LParen => depth += 1,
                Token::RParen => depth -= 1,
                Token::Comma if depth == 0 => break,
                _ => {}
            }
            c.i += 1;
        }
        if c.peek().is_none() {
            break;
        }
        c.i += 1;
    }
}

fn create(r: &mut Replayer<'_>, c: &mut Cursor) {
    let mut temporary = false;
    while let Some(t) = c.peek() {
        if MODIFIERS.iter().any(|m| Cursor::is_kw(t, m)) {
            temporary |= Cursor::is_kw(t, "TEMP") || Cursor::is_kw(t, "TEMPORARY");
            c.i += 1;
        } else {
            break;
        }
    }
    let Some(kind) = c.object_kind() else {
        return;
    };
    match kind.as_str() {
        "TABLE" | "VIEW" | "MATERIALIZED VIEW" | "SEQUENCE" | "FOREIGN TABLE" => {
            create_relation(r, c, &kind, temporary)
        }
        "INDEX" => create_index(r, c),
        "TYPE" | "DOMAIN" => {
            let if_not_exists = c.kws(&["IF", "NOT", "EXISTS"]);
            let Some(name) = c.name().and_then(|n| Written::from_object(&n)) else {
                return;
            };
            let kind = if kind == "DOMAIN" {
                TypeKind::Domain(None)
            } else {
                TypeKind::Other
            };
            r.create_type_named(&name, kind, if_not_exists);
        }
        "FUNCTION" | "PROCEDURE" | "AGGREGATE" => {
            let rk = routine_kind(&kind);
            let desc = function_desc(r, c);
            let Some(desc) = desc else {
                return r.unfollowable("a routine the model cannot parse");
            };
            let Some(w) = Written::from_object(&desc.name) else {
                return;
            };
            let args = if rk == RoutineKind::Aggregate {
                None
            } else {
                desc.args.as_ref().map(|a| {
                    a.iter()
                        .filter(|a| {
                            !matches!(a.mode, Some(sqlparser::ast::ArgMode::Out))
                                || rk == RoutineKind::Procedure
                        })
                        .map(|a| r.arg_signature(&a.data_type, w.span))
                        .collect()
                })
            };
            let effects = Effects::of(body_after_signature(r.sql));
            let or_replace = r
                .sql
                .get(..40)
                .is_some_and(|h| h.to_ascii_uppercase().contains("OR REPLACE"));
            r.create_routine(
                &w,
                rk,
                args.filter(|_| rk != RoutineKind::Procedure),
                Some(effects),
                or_replace,
                false,
            );
        }
        "EVENT TRIGGER" => {
            r.model.event_triggers = true;
        }
        "SCHEMA" => create_schema(r, c),
        "TRIGGER" => {
            let Some(name) = c.name() else { return };
            let Some(on) = c.find_top("ON") else { return };
            c.i = on + 1;
            let Some(table) = c.name() else { return };
            if let Some(k) = need_name(r, &table, Space::Relation, "table", false, false)
                && let Some(w) = Written::from_object(&name)
            {
                r.add_trigger(
                    &k,
                    super::Trigger {
                        name: w.name,
                        function: None,
                    },
                );
            }
        }
        k if UNTRACKED.contains(&k) => {}
        _ => r.unfollowable("a `CREATE` the model cannot parse"),
    }
}

fn create_relation(r: &mut Replayer<'_>, c: &mut Cursor, kind: &str, temporary: bool) {
    let if_not_exists = c.kws(&["IF", "NOT", "EXISTS"]);
    let Some(name) = c.name().and_then(|n| Written::from_object(&n)) else {
        return;
    };
    let Some((key, free)) = r.begin_create(&name, temporary, Space::Relation, if_not_exists) else {
        return;
    };
    let rel_kind = match kind {
        "VIEW" => RelKind::View,
        "MATERIALIZED VIEW" => RelKind::MaterializedView,
        "SEQUENCE" => RelKind::Sequence,
        "FOREIGN TABLE" => RelKind::ForeignTable,
        _ if r.sql.to_ascii_uppercase().contains("PARTITION BY") => RelKind::PartitionedTable,
        _ => RelKind::Table,
    };
    let mut rel = Relation::new(key.clone(), rel_kind, Some(r.origin_at(name.span)));
    rel.temporary = temporary;
    if rel_kind.has_columns() {
        rel.blur();
    }
    // `(LIKE source …)` alone copies the source's columns.
    let after_name = c.i;
    if matches!(c.peek().map(|t| &t.token), Some(Token::LParen)) {
        c.i += 1;
        if c.kw("LIKE")
            && let Some(src) = c.name()
            && let Some(sk) = need_name(r, &src, Space::Relation, "table", false, false)
            && let Some(s) = r.model.relation(&sk.schema, &sk.name)
        {
            rel.columns = s
                .columns
                .iter()
                .map(|col| super::Column {
                    default: None,
                    identity: None,
                    ..col.clone()
                })
                .collect();
            // Only `LIKE x [INCLUDING …]` inside the parentheses keeps the list exact.
            let mut depth = 1;
            let mut other = false;
            while let Some(t) = c.peek() {
                match t.token {
                    Token::LParen => depth += 1,
                    Token::RParen => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Token::Comma if depth == 1 => other = true,
                    _ => {}
                }
                c.i += 1;
            }
            rel.columns_exact = s.columns_exact && !other;
        }
    }
    c.i = after_name;
    if let Some(p) = c.find_top("PARTITION") {
        c.i = p + 1;
        if c.kw("OF")
            && let Some(parent) = c.name()
            && let Some(pk) = need_name(r, &parent, Space::Relation, "table", false, false)
        {
            if let Some(p) = r.model.relation(&pk.schema, &pk.name) {
                rel.columns = p.columns.clone();
                rel.columns_exact = p.columns_exact;
            }
            rel.partition_of = Some(pk);
        }
    }
    if free == super::replay::Free::Unsure {
        rel.blur();
    }
    // A view may read itself (`CREATE RECURSIVE VIEW`): it exists before its query is read.
    r.insert_relation(rel.clone());
    // A view's query, when sqlparser reads it: what it reads and its columns.
    c.i = after_name;
    if matches!(rel_kind, RelKind::View | RelKind::MaterializedView)
        && let Some(a) = c.find_top("AS")
        && let Some(t) = c.toks.get(a + 1)
    {
        let start = offset(r.sql, t.span.start);
        let mut text = r.sql[start..].trim_end().trim_end_matches(';').trim_end();
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
        if let Ok(stmts) = crate::rules::parse_statements(text)
            && let Some(Statement::Query(q)) = stmts.first()
        {
            let (line, column) = (r.line, r.column);
            let loc = t.span.start;
            r.line = line + loc.line as u32 - 1;
            r.column = if loc.line == 1 {
                column + loc.column as u32 - 1
            } else {
                loc.column as u32
            };
            let saved = r.sql;
            r.sql = text;
            let reads = r.check_query(q);
            let (cols, exact) = r.query_columns(q);
            r.sql = saved;
            r.line = line;
            r.column = column;
            rel.reads = reads;
            let explicit = !c
                .toks
                .get(after_name)
                .is_some_and(|t| matches!(t.token, Token::LParen));
            if explicit && free != super::replay::Free::Unsure {
                rel.columns = cols.into_iter().map(super::Column::named).collect();
                rel.columns_exact = exact;
            }
            r.insert_relation(rel);
        }
    }
    if rel_kind.is_table() {
        r.may_create_prefix(
            &format!("{}_", super::names::clip(&key.name, 27)),
            format!("what PostgreSQL names after relation `{key}`"),
        );
    }
}

fn create_index(r: &mut Replayer<'_>, c: &mut Cursor) {
    c.kw("CONCURRENTLY");
    let if_not_exists = c.kws(&["IF", "NOT", "EXISTS"]);
    let name = if c.peek_kw("ON") { None } else { c.name() };
    if !c.kw("ON") {
        return r.unfollowable("a `CREATE INDEX` the model cannot parse");
    }
    c.kw("ONLY");
    let Some(table) = c.name() else { return };
    let Some(tk) = need_name(r, &table, Space::Relation, "table", false, false) else {
        return;
    };
    match name.and_then(|n| Written::from_object(&n)) {
        Some(w) => {
            let key = super::Key::new(&tk.schema, &w.name);
            let free = r.check_free(
                &key,
                Space::Relation,
                &format!("relation `{key}`"),
                w.span,
                if_not_exists,
            );
            if free != super::replay::Free::No {
                let mut rel = Relation::new(key, RelKind::Index, Some(r.origin_at(w.span)));
                rel.index_of = Some(tk.clone());
                r.insert_relation(rel);
                r.may_create_prefix(
                    super::names::clip(&tk.name, 27),
                    format!("indexes on the partitions of `{tk}`"),
                );
            }
        }
        None => r.may_create_prefix(
            &format!("{}_", super::names::clip(&tk.name, 27)),
            format!("an index on `{tk}`, which PostgreSQL names itself"),
        ),
    }
}

/// `CREATE SCHEMA name [AUTHORIZATION role] CREATE TABLE … CREATE VIEW …`: each element is
/// created in the new schema.
fn create_schema(r: &mut Replayer<'_>, c: &mut Cursor) {
    let if_not_exists = c.kws(&["IF", "NOT", "EXISTS"]);
    let name = if c.peek_kw("AUTHORIZATION") {
        None
    } else {
        c.name().and_then(|n| Written::from_object(&n))
    };
    let mut schema = name.clone();
    if c.kw("AUTHORIZATION")
        && let Some(role) = c.name().and_then(|n| Written::from_object(&n))
        && schema.is_none()
    {
        schema = Some(role);
    }
    let Some(schema) = schema else { return };
    r.create_schema(&schema.name, schema.span, if_not_exists);
    // Elements: split at top-level CREATE and GRANT.
    let mut starts = Vec::new();
    let mut depth = 0;
    for (j, t) in c.toks.iter().enumerate().skip(c.i) {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            _ if depth == 0 && (Cursor::is_kw(t, "CREATE") || Cursor::is_kw(t, "GRANT")) => {
                starts.push(j)
            }
            _ => {}
        }
    }
    if starts.is_empty() {
        return;
    }
    let saved = (r.sql, r.line, r.column, r.search_path.clone());
    r.search_path = vec![schema.name.clone()];
    for (n, &s) in starts.iter().enumerate() {
        let from = offset(saved.0, c.toks[s].span.start);
        let to = starts
            .get(n + 1)
            .map_or(saved.0.len(), |&e| offset(saved.0, c.toks[e].span.start));
        let text = saved.0[from..to].trim_end().trim_end_matches(';');
        let loc = c.toks[s].span.start;
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
