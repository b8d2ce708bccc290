//! gander-core: reads a folder of goose-format PostgreSQL migrations and returns either a
//! checked [`MigrationSet`] or every [`Diagnostic`] at once. Pure: no async, no database.
//!
//! The checks: file names and versions, goose directives, a PostgreSQL-aware split of every
//! section into units (what goose sends) and statements (what PostgreSQL runs), every place where
//! goose's line rule would cut differently from PostgreSQL's lexer, transaction rules, and the
//! syntax check of every unit (and every PL/pgSQL and SQL function body) by PostgreSQL 15's own
//! parser (libpg_query). Then [`model`] replays the set over a model of the schema and rejects
//! statements that need objects that cannot exist.

mod diagnostic;
mod discover;
pub mod envsub;
mod lexer;
pub mod model;
mod parse;
mod pg;
mod rules;
mod set;

pub use diagnostic::{Code, Diagnostic, Diagnostics, Severity};
pub use discover::{
    Checked, Options, SourceFile, check_dir, check_dir_with, check_files, check_files_with,
    parse_assumption,
};
pub use set::{Assumption, Checksum, Migration, MigrationSet, Section, Statement, Unit, Version};

/// What a caught panic of the checker said, for the error or warning that reports it.
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".to_string())
}

/// The name of the environment variable through which `gander::build::track_migrations` tells
/// `embed_migrations!` that a build script watches `dir` (an absolute, canonical path).
///
/// The build script prints `cargo:rustc-env=<name>=1`; the macro refuses to embed a folder that no
/// build script watches, because new files would then not trigger a rebuild.
pub fn tracking_env_var(dir: &std::path::Path) -> String {
    // FNV-1a over the path bytes: stable across Rust releases, unlike `DefaultHasher`.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in dir.to_string_lossy().bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("GANDER_TRACKED_MIGRATIONS_{hash:016X}")
}
