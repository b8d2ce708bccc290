//! Property tests of the lexer and splitter: no input makes the checker panic, and statements
//! generated with every construct that hides a `;` (strings, `E''`, quoted identifiers, dollar
//! quotes, nested comments, line comments) come back out of the splitter exactly as they went in.
//!
//! `GANDER_PROPTEST_CASES` sets the number of cases per property (default 34,000: over 100,000
//! generated inputs in all).

use gander_core::{SourceFile, check_files};
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("GANDER_PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(34_000)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// One piece of a statement, as PostgreSQL writes it.
fn part() -> impl Strategy<Value = String> {
    // Non-ASCII letters are identifier characters for PostgreSQL; comments and strings take
    // anything, box-drawing separators and emoji included.
    let word = "[a-zéüßλж日本_][a-z0-9éüßλж日本_]{0,8}";
    let text = "[a-z ;,()$*/éüß日本語━─│🚀✓-]{0,12}";
    prop_oneof![
        word.prop_map(|w| w.to_string()),
        "[0-9]{1,6}".prop_map(|n| n.to_string()),
        text.prop_map(|t| format!("'{}'", t.replace('\'', "''"))),
        (text, text).prop_map(|(a, b)| format!("'{a}''{b}'")),
        text.prop_map(|t| format!("E'{}\\'{}'", t.replace('\\', ""), "")),
        text.prop_map(|t| format!("\"{}\"", t.replace('"', ""))),
        text.prop_map(|t| format!("$${}$$", t.replace('$', ""))),
        (word, text).prop_map(|(tag, t)| format!("${tag}${}${tag}$", t.replace('$', ""))),
        text.prop_map(|t| {
            let t = t.replace(['*', '/'], "");
            format!("/* {t} /* {t} */ */")
        }),
        text.prop_map(|t| format!("-- {}\n", t.replace('\n', ""))),
        Just("\n".to_string()),
        Just(", ".to_string()),
        (word, text).prop_map(|(w, t)| format!("{w}('{}')", t.replace('\'', ""))),
    ]
}

fn statement() -> impl Strategy<Value = String> {
    prop::collection::vec(part(), 0..8).prop_map(|parts| format!("SELECT {};", parts.join(" ")))
}

proptest! {
    #![proptest_config(config())]

    /// Statements in a StatementBegin/End block split back into exactly the same statements.
    #[test]
    fn split_then_join_round_trips(stmts in prop::collection::vec(statement(), 1..6)) {
        let body = stmts.join("\n");
        let file = format!("-- +goose Up\n-- +goose StatementBegin\n{body}\n-- +goose StatementEnd\n");
        let checked = check_files("", vec![SourceFile { name: "001_p.sql".into(), bytes: file.into_bytes() }]);
        let set = checked.set;
        let m = set.iter().next();
        prop_assert!(m.is_some(), "no migration: {}", checked.diagnostics);
        let unit = &m.map(|m| &m.up.units[0]).into_iter().next().cloned();
        let unit = unit.as_ref().expect("one unit");
        prop_assert_eq!(unit.sql.as_ref(), body.as_str());
        let got: Vec<&str> = (0..unit.statements.len()).map(|i| unit.statement_sql(i)).collect();
        let want: Vec<&str> = stmts.iter().map(String::as_str).collect();
        prop_assert_eq!(got, want);
    }

    /// Arbitrary text never panics the checker, whatever directives and quotes it holds.
    #[test]
    fn arbitrary_text_never_panics(text in "(-- \\+goose (Up|Down|StatementBegin|StatementEnd|NO TRANSACTION|ENVSUB ON|ENVSUB OFF)\n|-- \\+gander assume (table|type|schema) [a-zé日━]{1,6}\n|-- [━─═Üñïçødé日本語🚀]{1,12}\n|[ -~\n]{0,40}|[é日━🚀ß]{1,4}|\\$\\{[A-Zé]{0,4}(:-|-|\\?)?[a-z]{0,3}\\}?|'|\"|\\$\\$|/\\*|\\*/|;\n){0,40}") {
        let _ = check_files("", vec![SourceFile { name: "001_p.sql".into(), bytes: text.into_bytes() }]);
    }

    /// Arbitrary bytes never panic the checker either.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = check_files("", vec![SourceFile { name: "001_p.sql".into(), bytes }]);
    }
}
