//! Data-driven tests: every folder under `tests/data/err` must produce exactly the diagnostics in
//! its `expected.txt`; every folder under `tests/data/ok` must pass the checks and then be accepted
//! by a real PostgreSQL (Up, Down in reverse, Up again), so no case is valid only by assumption.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use gander_core::{Checked, Code, Diagnostic, MigrationSet, check_dir};

fn cases(kind: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(kind);
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// `file:line: severity code`, one per diagnostic, as `expected.txt` lists them.
fn listing(checked: &Checked) -> String {
    let mut out = String::new();
    for d in &checked.diagnostics.0 {
        let _ = writeln!(
            out,
            "{}:{}: {} {}",
            d.path,
            d.line,
            d.severity.as_str(),
            d.code
        );
    }
    out
}

fn expected(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("expected.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn error_cases_produce_exactly_their_diagnostics() {
    let cases = cases("err");
    assert!(cases.len() >= 40, "only {} error cases", cases.len());
    let mut failures = String::new();
    let mut codes = std::collections::BTreeSet::new();
    for dir in &cases {
        let checked = check_dir(dir, "");
        let got = listing(&checked);
        let want = expected(dir);
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        if got != want {
            let _ = writeln!(
                failures,
                "== {name}\n-- expected:\n{want}-- got:\n{got}{}",
                checked.diagnostics.render()
            );
        }
        if !checked.has_errors() {
            let _ = writeln!(failures, "== {name}: no error at all");
        }
        for d in &checked.diagnostics.0 {
            codes.insert(d.code);
            // Every rendered diagnostic names the file and line, and says how to fix it.
            let text = d.render();
            let place = format!("{}:{}:", d.path, d.line);
            if !text.contains(&place) || !text.contains(d.code.as_str()) || d.help.is_none() {
                let _ = writeln!(failures, "== {name}: badly rendered diagnostic:\n{text}");
            }
        }
    }
    assert!(failures.is_empty(), "{failures}");
    for code in Code::ALL {
        if *code != Code::Io {
            assert!(codes.contains(code), "no error case covers `{code}`");
        }
    }
}

/// The server the tests use: `DATABASE_URL`, or the machine's PostgreSQL on 127.0.0.1:5432.
fn admin() -> (postgres::Client, String) {
    let url = std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string());
    match postgres::Client::connect(&url, postgres::NoTls) {
        Ok(c) => (c, url),
        Err(e) => panic!(
            "these tests need a real PostgreSQL: cannot connect to {url}: {e}\n\
             start one, or set DATABASE_URL (cargo xtask test does both)"
        ),
    }
}

/// A new, empty database for one case (an old one of the same name is dropped first).
fn scratch_database(admin: &mut postgres::Client, kind: &str, case: &str) -> String {
    let db = format!(
        "gander_{kind}_{}_{}",
        case.to_ascii_lowercase(),
        std::process::id()
    );
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS \"{db}\""))
        .expect("drop old scratch database");
    admin
        .batch_execute(&format!("CREATE DATABASE \"{db}\""))
        .expect("create scratch database");
    db
}

fn with_database(url: &str, db: &str) -> String {
    let (base, _) = url.rsplit_once('/').unwrap_or((url, ""));
    let base = base.split('?').next().unwrap_or(base);
    format!("{base}/{db}")
}

fn apply(client: &mut postgres::Client, set: &MigrationSet, up: bool) -> Result<(), String> {
    let ordered: Vec<_> = if up {
        set.iter().collect()
    } else {
        set.iter().rev().collect()
    };
    for m in ordered {
        let section = if up { Some(&m.up) } else { m.down.as_ref() };
        let Some(section) = section else { continue };
        let run = |client: &mut postgres::Client| -> Result<(), String> {
            for unit in section.units.iter() {
                let sent = unit
                    .substituted(gander_core::envsub::Values::Env(&|_| None))
                    .map_err(|e| format!("{}:{}: ENVSUB: {e}", m.path, unit.line))?;
                client
                    .batch_execute(&sent)
                    .map_err(|e| format!("{}:{}: {e:?}\n{}", m.path, unit.line, unit.sql))?;
            }
            Ok(())
        };
        if m.no_transaction {
            run(client)?;
        } else {
            client.batch_execute("BEGIN").map_err(|e| e.to_string())?;
            if let Err(e) = run(client) {
                let _ = client.batch_execute("ROLLBACK");
                return Err(e);
            }
            client
                .batch_execute("COMMIT")
                .map_err(|e| format!("{}: commit: {e:?}", m.path))?;
        }
    }
    Ok(())
}

#[test]
fn valid_cases_pass_and_a_real_server_accepts_them() {
    let cases = cases("ok");
    assert!(cases.len() >= 40, "only {} valid cases", cases.len());
    let (mut admin, url) = admin();
    let mut failures = String::new();
    let mut statements = 0;
    let mut compared = 0;
    for dir in &cases {
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let checked = check_dir(dir, "");
        let got = listing(&checked);
        let want = expected(dir);
        if got != want {
            let _ = writeln!(
                failures,
                "== {name}\n-- expected:\n{want}-- got:\n{got}{}",
                checked.diagnostics.render()
            );
            continue;
        }
        statements += checked.set.statement_count();
        let db = scratch_database(&mut admin, "ok", &name);
        let result = postgres::Client::connect(&with_database(&url, &db), postgres::NoTls)
            .map_err(|e| e.to_string())
            .and_then(|mut c| {
                apply(&mut c, &checked.set, true).map_err(|e| format!("first Up: {e}"))?;
                apply(&mut c, &checked.set, false).map_err(|e| format!("Down: {e}"))?;
                apply(&mut c, &checked.set, true).map_err(|e| format!("second Up: {e}"))?;
                let model = checked.schema.latest();
                let (objects, differences) =
                    gander_testkit::catalog::model_against_catalog(&mut c, &model)
                        .map_err(|e| e.to_string())?;
                compared += objects;
                if differences.is_empty() {
                    Ok(())
                } else {
                    Err(format!(
                        "the schema model differs from the catalog:\n  {}",
                        differences.join("\n  ")
                    ))
                }
            });
        if let Err(e) = result {
            let _ = writeln!(failures, "== {name}: the server rejected a valid case: {e}");
        }
        let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)"));
    }
    assert!(failures.is_empty(), "{failures}");
    // Zero false rejections, measured: every case above is accepted by gander and by the server.
    eprintln!(
        "{} valid cases: {statements} statements accepted by gander and PostgreSQL; {compared} objects of the schema model found in the catalog as modelled",
        cases.len()
    );
}

/// The codes of the schema model: references to what cannot exist at that point.
const MODEL_CODES: &[Code] = &[
    Code::UnknownTable,
    Code::UnknownColumn,
    Code::UnknownIndex,
    Code::UnknownType,
    Code::UnknownFunction,
    Code::UnknownObject,
    Code::AlreadyExists,
    Code::DependentObjects,
];

/// Runs every statement in goose's order (Up by version, then Down in reverse) and returns
/// where PostgreSQL first fails: the file and the statement's line range.
fn first_failure(
    client: &mut postgres::Client,
    set: &MigrationSet,
) -> Option<(String, u32, u32, String)> {
    let ups = set.iter().map(|m| (m, Some(&m.up)));
    let downs = set.iter().rev().map(|m| (m, m.down.as_ref()));
    for (m, section) in ups.chain(downs) {
        let Some(section) = section else { continue };
        if !m.no_transaction {
            client.batch_execute("BEGIN").expect("BEGIN");
        }
        for unit in section.units.iter() {
            for (i, st) in unit.statements.iter().enumerate() {
                let sql = unit.statement_sql(i);
                if let Err(e) = client.batch_execute(sql) {
                    let last = st.line + sql.lines().count().saturating_sub(1) as u32;
                    let _ = client.batch_execute("ROLLBACK");
                    let message = e
                        .as_db_error()
                        .map_or(e.to_string(), |d| d.message().to_string());
                    return Some((m.path.to_string(), st.line, last, message));
                }
            }
        }
        if !m.no_transaction {
            client.batch_execute("COMMIT").expect("COMMIT");
        }
    }
    None
}

/// Each defect the schema model reports is a real one: applied to PostgreSQL, the set fails at
/// the statement the model names first (in the order goose runs them), not before, not after.
#[test]
fn model_errors_are_where_postgres_fails() {
    let (mut admin, url) = admin();
    let mut failures = String::new();
    let mut agreed = 0;
    for dir in cases("err") {
        let checked = check_dir(&dir, "");
        let errors: Vec<&Diagnostic> = checked
            .diagnostics
            .0
            .iter()
            .filter(|d| d.is_error())
            .collect();
        if errors.is_empty() || !errors.iter().all(|d| MODEL_CODES.contains(&d.code)) {
            continue;
        }
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let order = |d: &Diagnostic| -> (u8, i128, u32) {
            let Some(m) = checked.set.iter().find(|m| m.path == d.path) else {
                return (2, 0, d.line);
            };
            let version = i128::from(m.version.get());
            if m.down.as_ref().is_some_and(|s| d.line >= s.line) {
                (1, -version, d.line)
            } else {
                (0, version, d.line)
            }
        };
        let Some(first) = errors.iter().min_by_key(|d| order(d)) else {
            continue;
        };
        let db = scratch_database(&mut admin, "model", &name);
        let mut client = postgres::Client::connect(&with_database(&url, &db), postgres::NoTls)
            .expect("connect to the scratch database");
        match first_failure(&mut client, &checked.set) {
            Some((path, from, to, message)) => {
                if path == first.path && (from..=to).contains(&first.line) {
                    agreed += 1;
                } else {
                    let _ = writeln!(
                        failures,
                        "== {name}: the model says {}:{} ({}), PostgreSQL fails at {path}:{from}-{to}: {message}",
                        first.path, first.line, first.code
                    );
                }
            }
            None => {
                let _ = writeln!(
                    failures,
                    "== {name}: the model says {}:{} ({}), but PostgreSQL applies every Up and Down",
                    first.path, first.line, first.code
                );
            }
        }
        drop(client);
        let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)"));
    }
    assert!(failures.is_empty(), "{failures}");
    assert!(
        agreed >= 25,
        "only {agreed} schema-model defects checked against PostgreSQL"
    );
    eprintln!("{agreed} schema-model defects: PostgreSQL fails at the statement the model names");
}

/// Sends every unit exactly as goose does (Up by version, then Down in reverse; ENVSUB with an
/// empty environment) and returns where PostgreSQL first fails: the file, the line its error
/// position points at, and its message.
fn first_unit_failure(
    client: &mut postgres::Client,
    set: &MigrationSet,
) -> Option<(String, u32, String)> {
    use postgres::error::ErrorPosition;
    let ups = set.iter().map(|m| (m, Some(&m.up)));
    let downs = set.iter().rev().map(|m| (m, m.down.as_ref()));
    for (m, section) in ups.chain(downs) {
        let Some(section) = section else { continue };
        if !m.no_transaction {
            client.batch_execute("BEGIN").expect("BEGIN");
        }
        for unit in section.units.iter() {
            let sent = unit
                .substituted(gander_core::envsub::Values::Env(&|_| None))
                .expect("ENVSUB");
            let Err(e) = client.batch_execute(&sent) else {
                continue;
            };
            let _ = client.batch_execute("ROLLBACK");
            let db = e.as_db_error();
            let message = db.map_or(e.to_string(), |d| d.message().to_string());
            // The byte PostgreSQL points at in the text sent (inside a routine body for
            // PL/pgSQL: the body is found in the text).
            let byte = db.and_then(|d| match d.position()? {
                ErrorPosition::Original(p) => Some(
                    sent.char_indices()
                        .nth(*p as usize - 1)
                        .map_or(sent.len(), |(b, _)| b),
                ),
                ErrorPosition::Internal { position, query } => {
                    let base = sent.find(query.as_str())?;
                    query
                        .char_indices()
                        .nth(*position as usize - 1)
                        .map(|(b, _)| base + b)
                }
            });
            // Substitution is per line, so the k-th line sent is the k-th line of the unit.
            let line = byte.map_or(unit.line, |b| {
                let k = sent[..b].matches('\n').count();
                let start: usize = unit
                    .sql
                    .split('\n')
                    .take(k)
                    .map(|l| l.chars().count() + 1)
                    .sum();
                unit.file_position(start as u32 + 1).0
            });
            return Some((m.path.to_string(), line, message));
        }
        if !m.no_transaction {
            client.batch_execute("COMMIT").expect("COMMIT");
        }
    }
    None
}

/// Each syntax error gander reports is PostgreSQL's: applied to a real server as goose sends
/// it, the set fails at the same file and line, and not before.
#[test]
fn syntax_errors_are_where_postgres_fails() {
    let (mut admin, url) = admin();
    let mut failures = String::new();
    let mut agreed = 0;
    for dir in cases("err") {
        let checked = check_dir(&dir, "");
        let errors: Vec<&Diagnostic> = checked
            .diagnostics
            .0
            .iter()
            .filter(|d| d.is_error())
            .collect();
        if errors.len() != 1 || errors[0].code != Code::Syntax {
            continue;
        }
        let first = errors[0];
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let db = scratch_database(&mut admin, "syntax", &name);
        let mut client = postgres::Client::connect(&with_database(&url, &db), postgres::NoTls)
            .expect("connect to the scratch database");
        match first_unit_failure(&mut client, &checked.set) {
            // PL/pgSQL errors: libpg_query gives the line of the statement PL/pgSQL was reading,
            // which is the line PostgreSQL names or up to two lines above it.
            Some((path, line, message))
                if path == first.path
                    && (line == first.line
                        || (first.message.starts_with("PL/pgSQL body:")
                            && (first.line..=first.line + 2).contains(&line))) =>
            {
                agreed += 1;
                if !first.message.ends_with(&message) {
                    let _ = writeln!(
                        failures,
                        "== {name}: gander says `{}`, PostgreSQL says `{message}`",
                        first.message
                    );
                }
            }
            Some((path, line, message)) => {
                let _ = writeln!(
                    failures,
                    "== {name}: gander says {}:{}, PostgreSQL fails at {path}:{line}: {message}",
                    first.path, first.line
                );
            }
            None => {
                let _ = writeln!(
                    failures,
                    "== {name}: gander says {}:{}, but PostgreSQL applies every Up and Down",
                    first.path, first.line
                );
            }
        }
        drop(client);
        let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)"));
    }
    assert!(failures.is_empty(), "{failures}");
    assert!(
        agreed >= 30,
        "only {agreed} syntax errors checked against PostgreSQL"
    );
    eprintln!("{agreed} syntax errors: PostgreSQL fails at the line gander names");
}
