//! gander: PostgreSQL migrations in goose's format, checked when they are compiled and applied
//! anywhere by one small runtime.
//!
//! This crate re-exports the checked-set types of `gander-core` and the `embed_migrations!` macro,
//! and provides [`build::track_migrations`] for build scripts.

pub use gander_core::{Checksum, Migration, MigrationSet, Section, Statement, Unit, Version};

/// Checks a goose migration folder at compile time and embeds it.
///
/// `embed_migrations!("migrations")` (path relative to the crate root, `CARGO_MANIFEST_DIR`)
/// expands, in the calling module, to:
/// - one constant per migration, `pub const V013_CREATE_AUDIT_EVENTS_TABLE: gander::Version`;
/// - `pub const LATEST: gander::Version`, the highest version;
/// - `pub static MIGRATIONS: gander::MigrationSet`, every migration with its statements
///   pre-split and its checksum pre-computed.
///
/// Any problem in the folder fails the build with every diagnostic (file, line, column, the
/// source line and how to fix it). The crate needs a build script calling
/// [`build::track_migrations`] with the same path, so that new files trigger a rebuild.
pub use gander_macros::embed_migrations;

pub mod build;
