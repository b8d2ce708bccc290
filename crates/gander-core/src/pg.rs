//! PostgreSQL's own parser (libpg_query, PostgreSQL 15's grammar compiled from its C source and
//! linked by the `pg_query` crate): the syntax authority for every unit goose sends, and for
//! PL/pgSQL bodies.
//!
//! The `pg_query` crate's safe API drops the error's position and context, which a diagnostic
//! needs, so this module calls the three C entry points it uses itself. It is the only place in
//! the workspace with `unsafe`: each call passes a NUL-terminated copy of the text, reads the
//! result's C strings before freeing it with its own free function, and keeps no pointer.
#![allow(unsafe_code)]

use std::ffi::{CStr, CString, c_char, c_int};

#[repr(C)]
struct PgQueryError {
    message: *mut c_char,
    funcname: *mut c_char,
    filename: *mut c_char,
    lineno: c_int,
    cursorpos: c_int,
    context: *mut c_char,
}

#[repr(C)]
struct PgQuerySplitStmt {
    stmt_location: c_int,
    stmt_len: c_int,
}

#[repr(C)]
struct PgQuerySplitResult {
    stmts: *mut *mut PgQuerySplitStmt,
    n_stmts: c_int,
    stderr_buffer: *mut c_char,
    error: *mut PgQueryError,
}

#[repr(C)]
struct PgQueryPlpgsqlParseResult {
    plpgsql_funcs: *mut c_char,
    error: *mut PgQueryError,
}

unsafe extern "C" {
    fn pg_query_split_with_parser(input: *const c_char) -> PgQuerySplitResult;
    fn pg_query_free_split_result(result: PgQuerySplitResult);
    fn pg_query_parse_plpgsql(input: *const c_char) -> PgQueryPlpgsqlParseResult;
    fn pg_query_free_plpgsql_parse_result(result: PgQueryPlpgsqlParseResult);
}

/// An error PostgreSQL's parser reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PgError {
    /// PostgreSQL's message (`syntax error at or near "FROM"`).
    pub message: String,
    /// 1-based character position in the parsed text, when PostgreSQL gives one.
    pub cursor: Option<u32>,
    /// PostgreSQL's error context (for PL/pgSQL: `compilation of PL/pgSQL function "f" near line 3`).
    pub context: Option<String>,
}

/// Copies a C string owned by libpg_query.
///
/// # Safety
/// `p` is null or points at a NUL-terminated string that stays alive during the call.
unsafe fn owned(p: *const c_char) -> Option<String> {
    if p.is_null() {
        return None;
    }
    // SAFETY: non-null and NUL-terminated, as libpg_query documents for every string it returns.
    let s = unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned();
    (!s.is_empty()).then_some(s)
}

/// Copies an error owned by libpg_query.
///
/// # Safety
/// `e` points at a live `PgQueryError`.
unsafe fn read_error(e: *const PgQueryError) -> PgError {
    // SAFETY: the caller passes a live error; its strings live as long as it does.
    unsafe {
        let e = &*e;
        PgError {
            message: owned(e.message).unwrap_or_else(|| "syntax error".to_string()),
            cursor: u32::try_from(e.cursorpos).ok().filter(|&c| c > 0),
            context: owned(e.context),
        }
    }
}

/// A text PostgreSQL cannot see: it stops reading at a NUL byte.
fn nul_error(sql: &str) -> PgError {
    let at = sql.find('\0').unwrap_or(0);
    PgError {
        message: "a NUL character cannot appear in SQL text".to_string(),
        cursor: Some(sql[..at].chars().count() as u32 + 1),
        context: None,
    }
}

/// Parses `sql` (one simple query: one or more statements) with PostgreSQL's grammar, exactly as
/// the server's `raw_parser` does, and returns the byte ranges of its statements.
pub(crate) fn split(sql: &str) -> Result<Vec<(usize, usize)>, PgError> {
    let Ok(input) = CString::new(sql) else {
        return Err(nul_error(sql));
    };
    // SAFETY: `input` is NUL-terminated and outlives the call; the result is read, then freed
    // once with libpg_query's own function, and none of its pointers escape.
    unsafe {
        let result = pg_query_split_with_parser(input.as_ptr());
        let out = if result.error.is_null() {
            let n = usize::try_from(result.n_stmts).unwrap_or(0);
            let mut ranges = Vec::with_capacity(n);
            for i in 0..n {
                let s = &**result.stmts.add(i);
                let start = usize::try_from(s.stmt_location).unwrap_or(0);
                let len = usize::try_from(s.stmt_len).unwrap_or(0);
                // A last statement without `;` has length 0: it runs to the end.
                let end = if len == 0 { sql.len() } else { start + len };
                ranges.push((start.min(sql.len()), end.min(sql.len())));
            }
            Ok(ranges)
        } else {
            Err(read_error(result.error))
        };
        pg_query_free_split_result(result);
        out
    }
}

/// Compiles the PL/pgSQL body of one `CREATE FUNCTION … LANGUAGE plpgsql AS …` or `DO` statement
/// as the server does when `check_function_bodies` is on (its default): PL/pgSQL's grammar, and
/// PostgreSQL's grammar for every SQL statement and expression inside.
///
/// Only call it for a statement whose parse tree is such a function with an `AS` body, or a `DO`:
/// libpg_query asserts that a body exists.
pub(crate) fn check_plpgsql(sql: &str) -> Result<(), PgError> {
    let Ok(input) = CString::new(sql) else {
        return Err(nul_error(sql));
    };
    // SAFETY: as in `split`.
    unsafe {
        let result = pg_query_parse_plpgsql(input.as_ptr());
        let out = if result.error.is_null() {
            Ok(())
        } else {
            Err(read_error(result.error))
        };
        pg_query_free_plpgsql_parse_result(result);
        out
    }
}

/// One SQL statement of a PL/pgSQL body, as PL/pgSQL's compiler found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PlStatement {
    /// The statement's text, as written in the body.
    pub query: String,
    /// It runs whenever the body runs to its end: not inside a condition, a loop or a block
    /// with an exception handler (which may swallow its failure).
    pub always: bool,
}

/// The SQL statements of a PL/pgSQL body (a `DO` block or a function), in order; `None` when
/// the body builds statements at run time (`EXECUTE`, `FOR … IN EXECUTE`, `OPEN … FOR
/// EXECUTE`) or does not compile.
///
/// Only call it as [`check_plpgsql`] says.
pub(crate) fn plpgsql_statements(sql: &str) -> Option<Vec<PlStatement>> {
    let input = CString::new(sql).ok()?;
    // SAFETY: as in `split`; the JSON is copied before the result is freed.
    let json = unsafe {
        let result = pg_query_parse_plpgsql(input.as_ptr());
        let out = if result.error.is_null() {
            owned(result.plpgsql_funcs)
        } else {
            None
        };
        pg_query_free_plpgsql_parse_result(result);
        out
    }?;
    let tree: serde_json::Value = serde_json::from_str(&json).ok()?;
    let mut out = Vec::new();
    let functions = tree.as_array()?;
    for f in functions {
        let action = f.get("PLpgSQL_function")?.get("action")?;
        walk_plpgsql(action, true, &mut out)?;
    }
    Some(out)
}

/// [`plpgsql_statements`] over one node of PL/pgSQL's tree; `None` on dynamic SQL.
fn walk_plpgsql(node: &serde_json::Value, always: bool, out: &mut Vec<PlStatement>) -> Option<()> {
    use serde_json::Value;
    match node {
        Value::Array(items) => {
            for i in items {
                walk_plpgsql(i, always, out)?;
            }
        }
        Value::Object(map) => {
            for (kind, inner) in map {
                match kind.as_str() {
                    "PLpgSQL_stmt_dynexecute" | "PLpgSQL_stmt_dynfors" => return None,
                    "PLpgSQL_stmt_open" if inner.get("dynquery").is_some() => return None,
                    "PLpgSQL_stmt_execsql" => {
                        let query = inner
                            .get("sqlstmt")?
                            .get("PLpgSQL_expr")?
                            .get("query")?
                            .as_str()?;
                        out.push(PlStatement {
                            query: query.to_string(),
                            always,
                        });
                    }
                    "PLpgSQL_stmt_block" => {
                        let handled = inner.get("exceptions").is_some();
                        if let Some(body) = inner.get("body") {
                            walk_plpgsql(body, always && !handled, out)?;
                        }
                        if let Some(handlers) = inner.get("exceptions") {
                            walk_plpgsql(handlers, false, out)?;
                        }
                    }
                    // Conditions, loops, handlers and anything else holding statements: they
                    // may run or not.
                    _ => walk_plpgsql(inner, false, out)?,
                }
            }
        }
        _ => {}
    }
    Some(())
}

/// The body of a routine PostgreSQL compiles when it runs the statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Body {
    /// `CREATE FUNCTION … LANGUAGE plpgsql AS '…'` or a `DO` block (PL/pgSQL unless it says
    /// otherwise).
    PlPgSql(String),
    /// `CREATE FUNCTION … LANGUAGE sql AS '…'`: with `check_function_bodies` on, the server parses
    /// it at creation.
    Sql(String),
}

/// The routine body that one statement (already accepted by [`split`]) makes the server compile,
/// if any.
pub(crate) fn body(stmt: &str) -> Option<Body> {
    use pg_query::NodeEnum;
    let parsed = pg_query::parse(stmt).ok()?;
    let node = parsed
        .protobuf
        .stmts
        .first()?
        .stmt
        .as_ref()?
        .node
        .as_ref()?;
    let (options, default_language) = match node {
        NodeEnum::CreateFunctionStmt(f) => (&f.options, None),
        NodeEnum::DoStmt(d) => (&d.args, Some("plpgsql")),
        _ => return None,
    };
    let mut language = default_language.map(str::to_string);
    let mut source = None;
    for opt in options {
        let Some(NodeEnum::DefElem(d)) = opt.node.as_ref() else {
            continue;
        };
        let arg = d.arg.as_ref().and_then(|a| a.node.as_ref());
        match (d.defname.as_str(), arg) {
            ("language", Some(NodeEnum::String(s))) => language = Some(s.sval.clone()),
            ("as", Some(NodeEnum::String(s))) => source = Some(s.sval.clone()),
            ("as", Some(NodeEnum::List(l))) if l.items.len() == 1 => {
                if let Some(NodeEnum::String(s)) = l.items[0].node.as_ref() {
                    source = Some(s.sval.clone());
                }
            }
            _ => {}
        }
    }
    match language.as_deref()? {
        "plpgsql" => source.map(Body::PlPgSql),
        "sql" => source.map(Body::Sql),
        _ => None,
    }
}

/// The 1-based line within a PL/pgSQL body that an error's context names (`… near line 3`,
/// `… line 3 at …`).
pub(crate) fn plpgsql_line(context: &str) -> Option<u32> {
    let first = context.lines().next()?;
    let after = first
        .rsplit_once("near line ")
        .or_else(|| first.rsplit_once(" line "))?
        .1;
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_as_postgres_does() {
        let sql = "CREATE TABLE a (x int); SELECT ';' ; select 1";
        let ranges = split(sql).expect("valid");
        let parts: Vec<&str> = ranges.iter().map(|&(s, e)| &sql[s..e]).collect();
        assert_eq!(
            parts,
            ["CREATE TABLE a (x int)", " SELECT ';' ", " select 1"]
        );
    }

    #[test]
    fn syntax_errors_carry_the_position() {
        let e = split("CREATE TABLE t (\n  a int\n  b int\n)").expect_err("missing comma");
        assert_eq!(e.message, "syntax error at or near \"b\"");
        assert_eq!(e.cursor, Some(28));
        let e = split("SELECT 'ü' FRM t").expect_err("typo");
        assert_eq!(e.cursor, Some(16), "characters, not bytes");
        assert!(split("SELECT 1\0").is_err());
    }

    #[test]
    fn plpgsql_bodies_are_compiled() {
        let ok =
            "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND\n$$";
        assert_eq!(check_plpgsql(ok), Ok(()));
        let bad = "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1\n  x := 2;\nEND\n$$";
        let e = check_plpgsql(bad).expect_err("missing semicolon");
        assert!(e.message.contains("syntax error"), "{e:?}");
        // PL/pgSQL names the line where the broken statement starts.
        assert_eq!(
            e.context.as_deref().and_then(plpgsql_line),
            Some(3),
            "{e:?}"
        );
        assert_eq!(
            body("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END"),
            None
        );
        assert_eq!(
            body("DO $x$ BEGIN NULL; END $x$"),
            Some(Body::PlPgSql(" BEGIN NULL; END ".into()))
        );
        assert_eq!(
            body("create function f() returns int as 'select 1' language SQL"),
            Some(Body::Sql("select 1".into()))
        );
        let body = "DO $$\nDECLARE n int;\nBEGIN\n  CREATE TABLE a (id int);\n  IF n > 0 THEN\n    DROP TABLE b;\n  END IF;\n  BEGIN\n    ALTER TABLE c ADD COLUMN x int;\n  EXCEPTION WHEN others THEN NULL;\n  END;\nEND\n$$";
        let found: Vec<(String, bool)> = plpgsql_statements(body)
            .expect("a static body")
            .into_iter()
            .map(|s| (s.query, s.always))
            .collect();
        assert_eq!(
            found,
            vec![
                ("CREATE TABLE a (id int)".to_string(), true),
                ("DROP TABLE b".to_string(), false),
                ("ALTER TABLE c ADD COLUMN x int".to_string(), false),
            ]
        );
        assert_eq!(
            plpgsql_statements("DO $$BEGIN EXECUTE 'DROP TABLE ' || 'x'; END$$"),
            None
        );
        let sql_typo = "DO $$\nBEGIN\n  PERFORM 1;\n  UPDATE t SETT x = 1;\nEND\n$$";
        let e = check_plpgsql(sql_typo).expect_err("typo in SQL");
        assert_eq!(e.message, "syntax error at or near \"x\"");
        assert!(
            e.context.as_deref().and_then(plpgsql_line).is_some(),
            "{e:?}"
        );
    }
}
