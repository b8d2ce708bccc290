//! `cargo xtask`: the project's automation, kept light (xshell, xflags, anyhow). Database work is
//! done by shelling out to the `gander` binary, never by linking the runtime here.

mod check;
mod flags;
mod test;

use std::path::PathBuf;

use anyhow::Result;
use xshell::Shell;

fn main() -> Result<()> {
    let sh = Shell::new()?;
    sh.change_dir(project_root());
    let flags = flags::Xtask::from_env_or_exit();
    match flags.subcommand {
        flags::XtaskCmd::Test(cmd) => cmd.run(&sh),
        flags::XtaskCmd::Check(cmd) => cmd.run(&sh),
        flags::XtaskCmd::Ci(_) => flags::Test { no_lint: false }.run(&sh),
    }
}

/// The workspace root (the parent of `xtask/`).
pub(crate) fn project_root() -> PathBuf {
    let dir = std::env::var("CARGO_MANIFEST_DIR")
        .unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_string());
    PathBuf::from(dir)
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

/// Prints a `::group::`-style section header with what runs next, and times it.
pub(crate) fn section<T>(name: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let started = std::time::Instant::now();
    println!("::group::{name}");
    let result = f();
    println!(
        "::endgroup:: {name}: {:.1}s",
        started.elapsed().as_secs_f64()
    );
    result
}
