//! `-- +gander assume <kind> <name>`: objects that something other than the migrations creates
//! are declared where they are needed, and the schema model takes them as existing from there on.

use gander_core::{Code, SourceFile, check_files};

fn file(name: &str, text: &str) -> SourceFile {
    SourceFile {
        name: name.into(),
        bytes: text.as_bytes().to_vec(),
    }
}

fn codes(files: Vec<SourceFile>) -> Vec<(String, u32, Code)> {
    check_files("", files)
        .diagnostics
        .0
        .iter()
        .map(|d| (d.path.clone(), d.line, d.code))
        .collect()
}

const USES_EXTERNAL: &str = "-- +goose Up
LOCK TABLE gate IN ACCESS SHARE MODE;
INSERT INTO audit.events (what) VALUES ('migrated');
SELECT notify_change('users');
";

#[test]
fn an_undeclared_external_object_is_an_error_that_names_the_declaration() {
    let checked = check_files("", vec![file("001_uses.sql", USES_EXTERNAL)]);
    let found: Vec<_> = checked
        .diagnostics
        .0
        .iter()
        .map(|d| (d.line, d.code))
        .collect();
    assert_eq!(
        found,
        vec![(2, Code::UnknownTable), (3, Code::UnknownObject)],
        "{}",
        checked.diagnostics
    );
    let help = checked.diagnostics.0[0].help.as_deref().unwrap_or("");
    assert!(help.contains("-- +gander assume table gate"), "{help}");
}

#[test]
fn declared_objects_exist_from_their_migration_on() {
    let declared = format!(
        "-- +gander assume table gate\n-- +gander assume schema audit\n-- +gander assume table audit.events\n-- +gander assume function notify_change\n{USES_EXTERNAL}"
    );
    assert_eq!(codes(vec![file("001_uses.sql", &declared)]), vec![]);
    // A later migration may use them too; one before the declaration may not.
    let later = "-- +goose Up\nALTER TABLE gate ADD COLUMN opened boolean;\n";
    assert_eq!(
        codes(vec![
            file("001_uses.sql", &declared),
            file("002_later.sql", later)
        ]),
        vec![]
    );
    let earlier = "-- +goose Up\nALTER TABLE gate ADD COLUMN opened boolean;\n";
    assert_eq!(
        codes(vec![
            file("001_earlier.sql", earlier),
            file("002_uses.sql", &declared)
        ]),
        vec![("001_earlier.sql".to_string(), 2, Code::UnknownTable)]
    );
}

#[test]
fn declared_objects_are_not_the_migrations_own() {
    let checked = check_files(
        "",
        vec![file(
            "001_uses.sql",
            "-- +gander assume table gate\n-- +goose Up\nCREATE TABLE mine (id int);\n",
        )],
    );
    let model = checked.schema.latest();
    let tables: Vec<&str> = model.tables().map(|t| t.key.name.as_str()).collect();
    assert_eq!(
        tables,
        ["mine"],
        "typed names and the model list only what migrations create"
    );
}

#[test]
fn a_bad_declaration_is_reported_at_its_line() {
    let found = codes(vec![file(
        "001_bad.sql",
        "-- +gander assume column gate.id\n-- +gander asume table gate\n-- +gander assume table a.b.c\n-- +goose Up\nSELECT 1;\n",
    )]);
    assert_eq!(
        found,
        vec![
            ("001_bad.sql".to_string(), 1, Code::UnknownDirective),
            ("001_bad.sql".to_string(), 2, Code::UnknownDirective),
            ("001_bad.sql".to_string(), 3, Code::UnknownDirective),
        ]
    );
}

#[test]
fn a_type_an_extension_creates_names_the_extension() {
    let checked = check_files(
        "",
        vec![file(
            "001_users.sql",
            "-- +goose Up\nCREATE TABLE users (id int PRIMARY KEY, email citext NOT NULL, spot geometry);\n",
        )],
    );
    let found: Vec<_> = checked
        .diagnostics
        .0
        .iter()
        .map(|d| (d.line, d.code, d.help.clone().unwrap_or_default()))
        .collect();
    assert_eq!(found.len(), 2, "{}", checked.diagnostics);
    assert_eq!((found[0].0, found[0].1), (2, Code::UnknownType));
    assert!(
        found[0]
            .2
            .contains("CREATE EXTENSION IF NOT EXISTS citext;")
            && found[0].2.contains("-- +gander assume extension citext"),
        "{}",
        found[0].2
    );
    assert!(
        found[1]
            .2
            .contains("CREATE EXTENSION IF NOT EXISTS postgis;"),
        "{}",
        found[1].2
    );
}
