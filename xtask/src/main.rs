//! `cargo xtask`: the project's automation (xshell, xflags, anyhow). Migrations are run by
//! shelling out to the `gander` binary, read back through its `--format json` (serde); the
//! scratch databases, URLs and statistics of the bench come from the runtime and the test kit
//! (`gander::scratch`, `gander::PgConfig`, `gander_testkit::stats`), and the API-server double
//! and template bench from the `gander-testkit` binary. `corpus` links the pure checker
//! (gander-core) and a plain PostgreSQL client, because the oracle must send each unit itself
//! and see exactly where PostgreSQL stops.

mod bench;
mod check;
mod children;
mod codegen;
mod corpus;
mod flags;
mod fuzz;
mod migrate;
mod test;

use std::path::PathBuf;

use anyhow::Result;
use xshell::Shell;

fn main() -> Result<()> {
    let sh = Shell::new()?;
    sh.change_dir(project_root());
    // `migrate` and `status` pass every argument through to `gander`, flags included.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(cmd @ ("migrate" | "status")) = args.first().map(String::as_str) {
        return migrate::passthrough(&sh, cmd, &args[1..]);
    }
    let flags = flags::Xtask::from_env_or_exit();
    match flags.subcommand {
        flags::XtaskCmd::Test(cmd) => cmd.run(&sh),
        flags::XtaskCmd::Check(cmd) => cmd.run(&sh),
        flags::XtaskCmd::Schema(cmd) => cmd.run(&sh),
        flags::XtaskCmd::Ci(_) => flags::Test { no_lint: false }.run(&sh),
        flags::XtaskCmd::Bench(cmd) => cmd.run(&sh),
        flags::XtaskCmd::Fuzz(cmd) => cmd.run(&sh),
        flags::XtaskCmd::Corpus(cmd) => cmd.run(&sh),
        flags::XtaskCmd::Migrate(cmd) => migrate::passthrough(&sh, "migrate", &cmd.args),
        flags::XtaskCmd::Status(cmd) => migrate::passthrough(&sh, "status", &cmd.args),
        flags::XtaskCmd::Codegen(cmd) => cmd.run(),
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

/// Builds the `gander` binary (debug profile unless `release`) and returns its path.
pub(crate) fn gander_bin(sh: &Shell, release: bool) -> Result<PathBuf> {
    built(sh, "gander-cli", "gander", release)
}

/// Builds the test kit's `gander-testkit` binary (never shipped) and returns its path.
pub(crate) fn testkit_bin(sh: &Shell, release: bool) -> Result<PathBuf> {
    built(sh, "gander-testkit", "gander-testkit", release)
}

fn built(sh: &Shell, package: &str, bin: &str, release: bool) -> Result<PathBuf> {
    let profile: &[&str] = if release { &["--release"] } else { &[] };
    xshell::cmd!(
        sh,
        "cargo build --quiet --locked --package {package} --bin {bin} {profile...}"
    )
    .run()?;
    let dir = if release { "release" } else { "debug" };
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| project_root().join("target"));
    Ok(target.join(dir).join(bin))
}
