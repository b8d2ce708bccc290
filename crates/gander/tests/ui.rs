//! Compile-fail tests: what a user sees when a migration set is wrong (`tests/ui/*.stderr`).

use std::path::Path;

#[test]
#[allow(unsafe_code)]
fn ui() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui/data");
    let shared = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../gander-core/tests/data/ok/non_ascii_everywhere");
    let dirs = std::fs::read_dir(&data)
        .expect("tests/ui/data")
        .map(|e| e.expect("entry").path())
        .chain([shared]);
    for dir in dirs {
        if dir.ends_with("not_tracked") {
            continue;
        }
        let canonical = dir.canonicalize().expect("canonical path");
        // SAFETY: set before trybuild starts any thread; this test binary runs this one test.
        // It stands in for the build script's `cargo:rustc-env` line, which trybuild's generated
        // crates do not have.
        unsafe { std::env::set_var(gander_core::tracking_env_var(&canonical), "1") };
    }
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass_*.rs");
    t.compile_fail("tests/ui/[!p]*.rs");
}
