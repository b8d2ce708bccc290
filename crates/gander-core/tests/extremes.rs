//! Inputs at the extremes, generated rather than committed: 10,000-line files, a 5 MB statement,
//! comments nested 10,000 deep, binary garbage, and a set with an error in every file.

use gander_core::{Code, SourceFile, check_files};

fn file(name: &str, text: impl Into<Vec<u8>>) -> SourceFile {
    SourceFile {
        name: name.into(),
        bytes: text.into(),
    }
}

fn codes(checked: &gander_core::Checked) -> Vec<(String, u32, Code)> {
    checked
        .diagnostics
        .0
        .iter()
        .map(|d| (d.path.clone(), d.line, d.code))
        .collect()
}

#[test]
fn ten_thousand_line_files() {
    let mut up = String::from("-- +goose Up\nCREATE TABLE t (id int);\n");
    for i in 0..9_996 {
        up.push_str(&format!("INSERT INTO t VALUES ({i});\n"));
    }
    up.push_str("-- +goose Down\nDROP TABLE t;\n");
    assert_eq!(up.lines().count(), 10_000);
    let checked = check_files("", vec![file("001_big.sql", up.clone())]);
    assert!(codes(&checked).is_empty(), "{}", checked.diagnostics);
    assert_eq!(checked.set.statement_count(), 9_998);
    // The same file with one typo on its last Up line: found at exactly that line.
    let broken = up.replace(
        "INSERT INTO t VALUES (9995);",
        "INSRT INTO t VALUES (9995);",
    );
    let checked = check_files("", vec![file("001_big.sql", broken)]);
    assert_eq!(
        codes(&checked),
        vec![("001_big.sql".into(), 9_998, Code::UnknownCommand)]
    );
}

#[test]
fn a_five_megabyte_statement() {
    let values: Vec<String> = (0..400_000).map(|i| format!("({i})")).collect();
    let text = format!(
        "-- +goose Up\nCREATE TABLE t (v int);\nINSERT INTO t VALUES {};\n-- +goose Down\nDROP TABLE t;\n",
        values.join(",")
    );
    assert!(text.len() > 3_000_000);
    let checked = check_files("", vec![file("001_huge.sql", text)]);
    assert!(!checked.has_errors(), "{}", checked.diagnostics);
    assert_eq!(checked.set.statement_count(), 3);
}

#[test]
fn comments_nested_ten_thousand_deep() {
    let open = "/* ".repeat(10_000);
    let close = "*/ ".repeat(10_000);
    let ok = format!("-- +goose Up\n{open}\n{close}\nSELECT 1;\n");
    let checked = check_files("", vec![file("001_nested.sql", ok)]);
    assert!(!checked.has_errors(), "{}", checked.diagnostics);
    assert_eq!(checked.set.statement_count(), 1);
    let unbalanced = format!(
        "-- +goose Up\nSELECT 1;\n{open}\n{}\nSELECT 2;\n",
        "*/ ".repeat(9_999)
    );
    let checked = check_files("", vec![file("001_nested.sql", unbalanced)]);
    assert_eq!(
        codes(&checked),
        vec![("001_nested.sql".into(), 3, Code::UnterminatedComment)]
    );
}

#[test]
fn binary_garbage() {
    let mut bytes = b"-- +goose Up\nSELECT 1;\n".to_vec();
    let mut x: u32 = 12_345;
    for _ in 0..4_096 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        bytes.push((x >> 16) as u8);
    }
    let checked = check_files("", vec![file("001_garbage.sql", bytes.clone())]);
    let found = codes(&checked);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, Code::NotUtf8);
    assert!(found[0].1 >= 3, "named at the line of the first bad byte");
    // NUL bytes and control characters that are valid UTF-8 are just unknown statements.
    let nul = b"-- +goose Up\n\x00\x01\x02;\n".to_vec();
    let checked = check_files("", vec![file("002_nul.sql", nul)]);
    assert_eq!(
        codes(&checked),
        vec![("002_nul.sql".into(), 2, Code::UnknownCommand)]
    );
    let rendered = checked.diagnostics.render();
    assert!(rendered.contains("002_nul.sql:2:1"), "{rendered}");
}

#[test]
fn an_error_in_every_file_all_reported_sorted() {
    let set = vec![
        file(
            "003_c.sql",
            "-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (a);\n",
        ),
        file("001_a.sql", "BEGIN;\nCREATE TABLE t (a int);\nCOMMIT;\n"),
        file(
            "002_b.sql",
            "-- +goose Up\nCREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql;\n",
        ),
        file("2_dup.sql", "-- +goose Up\nSELECT 1;\n"),
        file(
            "004_d.sql",
            "-- +goose Up\nSELECT 1;\n-- +goose Down\nCRAETE TABLE x (a int);\n",
        ),
    ];
    let checked = check_files("m", set);
    assert_eq!(
        codes(&checked),
        vec![
            ("m/001_a.sql".into(), 1, Code::MissingUp),
            ("m/002_b.sql".into(), 4, Code::GooseSplit),
            ("m/003_c.sql".into(), 2, Code::NeedsNoTransaction),
            ("m/004_d.sql".into(), 4, Code::UnknownCommand),
            ("m/2_dup.sql".into(), 1, Code::DuplicateVersion),
        ]
    );
}
