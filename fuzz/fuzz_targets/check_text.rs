//! Fuzz target: arbitrary UTF-8 text, cut at U+0001 into up to four migrations that start with
//! `-- +goose Up` unless they carry their own directives, so the input reaches the statement
//! rules and the schema model of a whole set. It must never panic.
#![no_main]

use gander_core::{SourceFile, check_files};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let files = text
        .split('\u{1}')
        .take(4)
        .enumerate()
        .map(|(i, part)| {
            let body = if part.contains("+goose") {
                part.to_string()
            } else {
                format!("-- +goose Up\n{part}\n")
            };
            SourceFile {
                name: format!("{:03}_part.sql", i + 1),
                bytes: body.into_bytes(),
            }
        })
        .collect();
    let checked = check_files("fuzz", files);
    let _ = checked.diagnostics.render();
    let _ = checked.schema.latest().render();
});
