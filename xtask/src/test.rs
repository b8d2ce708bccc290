//! `cargo xtask test`: everything CI requires, in the order that fails fastest.

use anyhow::Result;
use xshell::{Shell, cmd};

use crate::{flags, section};

impl flags::Test {
    pub(crate) fn run(self, sh: &Shell) -> Result<()> {
        if !self.no_lint {
            section("cargo fmt --check", || {
                Ok(cmd!(sh, "cargo fmt --all -- --check").run()?)
            })?;
            section("cargo clippy", || {
                Ok(cmd!(
                    sh,
                    "cargo clippy --workspace --all-targets --locked -- -D warnings"
                )
                .run()?)
            })?;
        }
        section("cargo test", || {
            Ok(cmd!(sh, "cargo test --workspace --locked").run()?)
        })?;
        flags::Check.run(sh)?;
        // The README's main command on the throwaway-server path, exactly as a user runs it.
        section("cargo xtask migrate (no target: throwaway server)", || {
            Ok(cmd!(sh, "cargo xtask migrate")
                .env_remove("DATABASE_URL")
                .env_remove("PGHOST")
                .run()?)
        })
    }
}
