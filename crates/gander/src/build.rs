//! Build-script helper: makes cargo rebuild a crate when a migration is added, edited or removed.

use std::path::PathBuf;

/// Call from `build.rs` (`fn main() { … }`) with the same path as `embed_migrations!`:
///
/// ```no_run
/// gander::build::track_migrations("migrations");
/// ```
///
/// It prints two lines, which a build script can also print by hand:
/// - `cargo:rerun-if-changed=<folder>`: cargo re-runs the build script, and so rebuilds the
///   crate, when any file in the folder is added, removed or modified;
/// - `cargo:rustc-env=GANDER_TRACKED_MIGRATIONS_<hash>=1`: tells `embed_migrations!` that the
///   folder is watched (`<hash>` comes from `gander_core::tracking_env_var` of the folder's
///   canonical path).
///
/// # Panics
/// When the folder does not exist: a build script has no better way to fail.
pub fn track_migrations(dir: &str) {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let path = manifest.join(dir);
    let canonical = match path.canonicalize() {
        Ok(p) => p,
        Err(e) => panic!(
            "gander::build::track_migrations: cannot find `{}`: {e}",
            path.display()
        ),
    };
    println!("cargo:rerun-if-changed={}", canonical.display());
    println!(
        "cargo:rustc-env={}=1",
        gander_core::tracking_env_var(&canonical)
    );
}
