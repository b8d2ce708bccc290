//! Data-driven tests: every folder under `tests/data/err` must produce exactly the diagnostics in
//! its `expected.txt`; every folder under `tests/data/ok` must pass the checks and then be accepted
//! by a real PostgreSQL (Up, Down in reverse, Up again), so no case is valid only by assumption.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use gander_core::{Checked, MigrationSet, check_dir};

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
    for code in gander_core::Code::ALL {
        if *code != gander_core::Code::Io {
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
                client
                    .batch_execute(&unit.sql)
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
    let mut unchecked = 0;
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
        unchecked += checked.set.unchecked_count();
        let db = format!(
            "gander_ok_{}_{}",
            name.to_ascii_lowercase(),
            std::process::id()
        );
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS \"{db}\""))
            .expect("drop old scratch database");
        admin
            .batch_execute(&format!("CREATE DATABASE \"{db}\""))
            .expect("create scratch database");
        let result = postgres::Client::connect(&with_database(&url, &db), postgres::NoTls)
            .map_err(|e| e.to_string())
            .and_then(|mut c| {
                apply(&mut c, &checked.set, true).map_err(|e| format!("first Up: {e}"))?;
                apply(&mut c, &checked.set, false).map_err(|e| format!("Down: {e}"))?;
                apply(&mut c, &checked.set, true).map_err(|e| format!("second Up: {e}"))
            });
        if let Err(e) = result {
            let _ = writeln!(failures, "== {name}: the server rejected a valid case: {e}");
        }
        let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)"));
    }
    assert!(failures.is_empty(), "{failures}");
    // Zero false rejections, measured: every case above is accepted by gander and by the server.
    eprintln!(
        "{} valid cases: {statements} statements accepted by gander and PostgreSQL, {unchecked} of them unchecked by sqlparser",
        cases.len()
    );
}
