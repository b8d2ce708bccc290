//! Statement rules: PostgreSQL's command list (for "did you mean"), transaction rules, `DO`
//! blocks, and `sqlparser`'s typed AST for the schema model.

use crate::lexer::{LexStmt, Tok};

/// Objects that follow `CREATE`, `ALTER` and `DROP` (PostgreSQL 15, `\h`).
const OBJECTS: &[&str] = &[
    "ACCESS METHOD",
    "AGGREGATE",
    "CAST",
    "COLLATION",
    "CONVERSION",
    "DATABASE",
    "DOMAIN",
    "EVENT TRIGGER",
    "EXTENSION",
    "FOREIGN DATA WRAPPER",
    "FOREIGN TABLE",
    "FUNCTION",
    "GROUP",
    "INDEX",
    "LANGUAGE",
    "MATERIALIZED VIEW",
    "OPERATOR",
    "POLICY",
    "PROCEDURE",
    "PUBLICATION",
    "ROLE",
    "ROUTINE",
    "RULE",
    "SCHEMA",
    "SEQUENCE",
    "SERVER",
    "STATISTICS",
    "SUBSCRIPTION",
    "TABLE",
    "TABLESPACE",
    "TEXT SEARCH CONFIGURATION",
    "TEXT SEARCH DICTIONARY",
    "TEXT SEARCH PARSER",
    "TEXT SEARCH TEMPLATE",
    "TRANSFORM",
    "TRIGGER",
    "TYPE",
    "USER",
    "VIEW",
];

/// Objects only one of the three verbs has.
const ALTER_ONLY: &[&str] = &["DEFAULT PRIVILEGES", "LARGE OBJECT", "SYSTEM"];
const DROP_ONLY: &[&str] = &["OWNED"];

/// Commands that are not `CREATE`/`ALTER`/`DROP` (first words, or full multi-word commands).
const OTHER_COMMANDS: &[&str] = &[
    "ABORT",
    "ANALYZE",
    "ANALYSE",
    "BEGIN",
    "CALL",
    "CHECKPOINT",
    "CLOSE",
    "CLUSTER",
    "COMMENT",
    "COMMIT",
    "COPY",
    "DEALLOCATE",
    "DECLARE",
    "DELETE",
    "DISCARD",
    "DO",
    "END",
    "EXECUTE",
    "EXPLAIN",
    "FETCH",
    "GRANT",
    "IMPORT FOREIGN SCHEMA",
    "INSERT",
    "LISTEN",
    "LOAD",
    "LOCK",
    "MERGE",
    "MOVE",
    "NOTIFY",
    "PREPARE",
    "REASSIGN OWNED",
    "REFRESH MATERIALIZED VIEW",
    "REINDEX",
    "RELEASE",
    "RESET",
    "REVOKE",
    "ROLLBACK",
    "SAVEPOINT",
    "SECURITY LABEL",
    "SELECT",
    "SET",
    "SHOW",
    "START TRANSACTION",
    "TABLE",
    "TRUNCATE",
    "UNLISTEN",
    "UPDATE",
    "VACUUM",
    "VALUES",
    "WITH",
];

/// Words PostgreSQL allows between `CREATE` and the object kind.
const CREATE_MODIFIERS: &[&str] = &[
    "OR",
    "REPLACE",
    "UNIQUE",
    "TEMP",
    "TEMPORARY",
    "UNLOGGED",
    "GLOBAL",
    "LOCAL",
    "RECURSIVE",
    "TRUSTED",
    "PROCEDURAL",
    "DEFAULT",
    "CONSTRAINT",
];

fn matches_prefix(words: &[&str], command: &str) -> bool {
    command
        .split(' ')
        .enumerate()
        .all(|(n, part)| words.get(n) == Some(&part))
}

/// The PostgreSQL command a statement starts with, if any (`CREATE TABLE`, `SELECT`, …).
pub(crate) fn known_command(stmt: &LexStmt) -> Option<String> {
    if matches!(stmt.tokens.first().map(|t| &t.tok), Some(Tok::Other('('))) {
        return Some("SELECT".into());
    }
    let words: Vec<&str> = stmt.words().take(8).collect();
    let first = *words.first()?;
    match first {
        "CREATE" | "ALTER" | "DROP" => {
            let mut rest: &[&str] = &words[1..];
            if first == "CREATE" {
                while let Some(w) = rest.first() {
                    if CREATE_MODIFIERS.contains(w) {
                        rest = &rest[1..];
                    } else {
                        break;
                    }
                }
            }
            let extra: &[&str] = match first {
                "ALTER" => ALTER_ONLY,
                "DROP" => DROP_ONLY,
                _ => &[],
            };
            OBJECTS
                .iter()
                .chain(extra)
                .filter(|o| matches_prefix(rest, o))
                .max_by_key(|o| o.len())
                .map(|o| format!("{first} {o}"))
        }
        _ => OTHER_COMMANDS
            .iter()
            .filter(|c| matches_prefix(&words, c))
            .max_by_key(|c| c.len())
            .map(|c| c.to_string()),
    }
}

/// The nearest command to what the statement starts with, for a "did you mean" help line.
pub(crate) fn suggest(stmt: &LexStmt) -> Option<String> {
    let words: Vec<&str> = stmt.words().take(4).collect();
    let first = *words.first()?;
    let verbs = ["CREATE", "ALTER", "DROP"];
    if verbs.contains(&first) {
        let second = words.get(1)?;
        let candidates = OBJECTS
            .iter()
            .chain(if first == "ALTER" { ALTER_ONLY } else { &[] })
            .map(|o| o.split(' ').next().unwrap_or(o))
            .chain(
                CREATE_MODIFIERS
                    .iter()
                    .copied()
                    .filter(|_| first == "CREATE"),
            );
        nearest(second, candidates).map(|w| format!("{first} {w}"))
    } else {
        let candidates = OTHER_COMMANDS
            .iter()
            .map(|c| c.split(' ').next().unwrap_or(c))
            .chain(verbs);
        let w = nearest(first, candidates)?;
        let tail: Vec<&str> = words[1..].iter().take(1).copied().collect();
        if verbs.contains(&w) && !tail.is_empty() {
            Some(format!("{w} {}", tail.join(" ")))
        } else {
            Some(w.to_string())
        }
    }
}

pub(crate) fn nearest<'a>(
    word: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .map(|c| (distance(word, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance with adjacent transpositions.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// `BEGIN`, `COMMIT` and the like: the statement's name if it controls the transaction.
pub(crate) fn transaction_control(stmt: &LexStmt) -> Option<&'static str> {
    let words: Vec<&str> = stmt.words().take(3).collect();
    match words.as_slice() {
        ["BEGIN", ..] => Some("BEGIN"),
        ["START", "TRANSACTION", ..] => Some("START TRANSACTION"),
        ["COMMIT", "PREPARED", ..] => Some("COMMIT PREPARED"),
        ["COMMIT", ..] => Some("COMMIT"),
        ["END", ..] => Some("END"),
        ["ABORT", ..] => Some("ABORT"),
        ["PREPARE", "TRANSACTION", ..] => Some("PREPARE TRANSACTION"),
        ["ROLLBACK", rest @ ..] => {
            if rest.contains(&"TO") {
                None
            } else if rest.first() == Some(&"PREPARED") {
                Some("ROLLBACK PREPARED")
            } else {
                Some("ROLLBACK")
            }
        }
        _ => None,
    }
}

/// Statements PostgreSQL refuses inside a transaction block: their name, if this is one.
pub(crate) fn non_transactional(stmt: &LexStmt) -> Option<&'static str> {
    let words: Vec<&str> = stmt
        .tokens
        .iter()
        .filter_map(|t| match &t.tok {
            Tok::Word(w) => Some(w.as_str()),
            _ => None,
        })
        .collect();
    let leading: Vec<&str> = stmt.words().take(6).collect();
    let first = *leading.first()?;
    let followed = |a: &str, b: &str| words.windows(2).any(|w| w[0] == a && w[1] == b);
    match first {
        "CREATE" => {
            let rest: Vec<&str> = leading[1..]
                .iter()
                .copied()
                .filter(|w| *w != "UNIQUE")
                .collect();
            match rest.as_slice() {
                ["INDEX", "CONCURRENTLY", ..] => Some("CREATE INDEX CONCURRENTLY"),
                ["DATABASE", ..] => Some("CREATE DATABASE"),
                ["TABLESPACE", ..] => Some("CREATE TABLESPACE"),
                ["SUBSCRIPTION", ..] => Some("CREATE SUBSCRIPTION"),
                _ => None,
            }
        }
        "DROP" => match &leading[1..] {
            ["INDEX", "CONCURRENTLY", ..] => Some("DROP INDEX CONCURRENTLY"),
            ["DATABASE", ..] => Some("DROP DATABASE"),
            ["TABLESPACE", ..] => Some("DROP TABLESPACE"),
            _ => None,
        },
        "REINDEX" => {
            if words.contains(&"CONCURRENTLY") {
                Some("REINDEX CONCURRENTLY")
            } else if words
                .iter()
                .take(4)
                .any(|w| matches!(*w, "DATABASE" | "SYSTEM" | "SCHEMA"))
            {
                Some("REINDEX SCHEMA/DATABASE/SYSTEM")
            } else {
                None
            }
        }
        "ALTER" => match &leading[1..] {
            ["SYSTEM", ..] => Some("ALTER SYSTEM"),
            ["DATABASE", ..] if followed("SET", "TABLESPACE") => {
                Some("ALTER DATABASE … SET TABLESPACE")
            }
            ["TABLE", ..] if followed("DETACH", "PARTITION") && words.contains(&"CONCURRENTLY") => {
                Some("DETACH PARTITION … CONCURRENTLY")
            }
            _ => None,
        },
        "VACUUM" => Some("VACUUM"),
        "CLUSTER" if stmt.tokens.len() == 1 => Some("CLUSTER without a table"),
        "DISCARD" if leading.get(1) == Some(&"ALL") => Some("DISCARD ALL"),
        _ => None,
    }
}

/// The structural check of `DO [LANGUAGE l] 'body' [LANGUAGE l]`: `None` when it is well formed,
/// else what is wrong.
pub(crate) fn check_do(stmt: &LexStmt) -> Option<&'static str> {
    let toks: Vec<&Tok> = stmt.tokens.iter().skip(1).map(|t| &t.tok).collect();
    let is_name = |t: &Tok| matches!(t, Tok::Word(_) | Tok::QuotedIdent | Tok::Str);
    let lang = |t: &[&Tok]| {
        t.len() == 2 && matches!(t[0], Tok::Word(w) if w == "LANGUAGE") && is_name(t[1])
    };
    let Some(body) = toks.iter().position(|t| **t == Tok::Str) else {
        return Some("`DO` needs its code as one string constant, such as `DO $$ … $$;`");
    };
    let (before, after) = (&toks[..body], &toks[body + 1..]);
    let before_ok = before.is_empty() || lang(before);
    let after_ok = after.is_empty() || lang(after);
    if before_ok && after_ok && !(before.len() == 2 && after.len() == 2) {
        None
    } else {
        Some("`DO` takes one string constant and an optional `LANGUAGE name`; found more")
    }
}

/// The statements of `sql` as `sqlparser`'s PostgreSQL dialect parses them.
pub(crate) fn parse_statements(sql: &str) -> Result<Vec<sqlparser::ast::Statement>, String> {
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::parser::Parser;
    Parser::new(&PostgreSqlDialect {})
        .with_recursion_limit(200)
        .try_with_sql(sql)
        .and_then(|mut p| p.parse_statements())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexer::Lexer;

    fn stmt(sql: &str) -> LexStmt {
        let mut lx = Lexer::default();
        lx.feed(0, sql);
        let _ = lx.finish();
        lx.take_done().remove(0)
    }

    #[test]
    fn commands_with_modifiers() {
        assert_eq!(
            known_command(&stmt("create or replace function f()")).as_deref(),
            Some("CREATE FUNCTION")
        );
        assert_eq!(
            known_command(&stmt("CREATE UNIQUE INDEX x")).as_deref(),
            Some("CREATE INDEX")
        );
        assert_eq!(
            known_command(&stmt("create text search configuration x")).as_deref(),
            Some("CREATE TEXT SEARCH CONFIGURATION")
        );
        assert_eq!(known_command(&stmt("CREATE TABEL x ()")), None);
        assert_eq!(known_command(&stmt("CRAETE TABLE x ()")), None);
        assert_eq!(
            known_command(&stmt("(select 1) union (select 2)")).as_deref(),
            Some("SELECT")
        );
    }

    #[test]
    fn suggestions() {
        assert_eq!(
            suggest(&stmt("CRAETE TABLE x ()")).as_deref(),
            Some("CREATE TABLE")
        );
        assert_eq!(
            suggest(&stmt("CREATE TABEL x ()")).as_deref(),
            Some("CREATE TABLE")
        );
        assert_eq!(suggest(&stmt("INSRT INTO x")).as_deref(), Some("INSERT"));
    }

    #[test]
    fn transaction_rules() {
        assert_eq!(transaction_control(&stmt("begin")), Some("BEGIN"));
        assert_eq!(transaction_control(&stmt("ROLLBACK TO SAVEPOINT a")), None);
        assert_eq!(
            non_transactional(&stmt("create unique index concurrently i on t(a)")),
            Some("CREATE INDEX CONCURRENTLY")
        );
        assert_eq!(non_transactional(&stmt("create index i on t(a)")), None);
        assert_eq!(
            non_transactional(&stmt("alter table t detach partition p concurrently")),
            Some("DETACH PARTITION … CONCURRENTLY")
        );
    }

    #[test]
    fn do_blocks() {
        assert_eq!(check_do(&stmt("do $$ begin end $$")), None);
        assert_eq!(check_do(&stmt("do language plpgsql $$ begin end $$")), None);
        assert_eq!(check_do(&stmt("do $$ begin end $$ language plpgsql")), None);
        assert!(check_do(&stmt("do 42")).is_some());
        assert!(check_do(&stmt("do $$ x $$ $$y$$")).is_some());
    }
}
