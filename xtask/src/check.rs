//! `cargo xtask check`: the project's migrations through `gander check`.

use anyhow::Result;
use xshell::{Shell, cmd};

use crate::{flags, section};

impl flags::Check {
    pub(crate) fn run(self, sh: &Shell) -> Result<()> {
        section("gander check --source migrations", || {
            Ok(cmd!(
                sh,
                "cargo run --quiet --locked --package gander-cli -- check --source migrations"
            )
            .run()?)
        })
    }
}
