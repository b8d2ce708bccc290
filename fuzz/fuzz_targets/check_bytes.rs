//! Fuzz target: arbitrary bytes as one migration file, through the whole checker (encoding,
//! directives, lexer, PostgreSQL's parser, rules, schema model). It must never panic.
#![no_main]

use gander_core::{SourceFile, check_files};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let file = SourceFile {
        name: "001_fuzz.sql".to_string(),
        bytes: data.to_vec(),
    };
    let checked = check_files("fuzz", vec![file]);
    let _ = checked.diagnostics.render();
});
