//! `cargo xtask check` and `cargo xtask schema`: the project's migrations through `gander`:
//! static checks, the round trip on a real server, and the committed schema snapshot.

use anyhow::{Result, bail};
use xshell::{Shell, cmd};

use crate::{flags, gander_bin, section};

/// The environment's server (`DATABASE_URL`, `PG*`), else a throwaway one: the runtime's choice.
fn server_args() -> Vec<String> {
    vec!["--or-ephemeral".into()]
}

const SNAPSHOT: &str = "migrations/schema.sql";

impl flags::Check {
    pub(crate) fn run(self, sh: &Shell) -> Result<()> {
        let gander = gander_bin(sh, false)?;
        let server = server_args();
        section(
            "gander check --source migrations (static checks + round trip)",
            || {
                let server = server.clone();
                Ok(cmd!(sh, "{gander} check --source migrations {server...}").run()?)
            },
        )?;
        section("schema snapshot", || {
            let dump = cmd!(sh, "{gander} dump-schema --source migrations {server...}")
                .quiet()
                .read()?;
            let committed = std::fs::read_to_string(SNAPSHOT).unwrap_or_default();
            if normalise(&committed) == normalise(&dump) {
                println!("{SNAPSHOT} matches what the migrations produce");
                return Ok(());
            }
            let fresh = crate::project_root().join("target/schema.sql");
            std::fs::write(&fresh, format!("{dump}\n"))?;
            let _ = cmd!(sh, "diff -u {SNAPSHOT} {fresh}").ignore_status().run();
            bail!(
                "{SNAPSHOT} is out of date: run `cargo xtask schema` and commit the result (diff above)"
            )
        })
    }
}

fn normalise(s: &str) -> String {
    s.trim_end().to_string()
}

impl flags::Schema {
    pub(crate) fn run(self, sh: &Shell) -> Result<()> {
        let gander = gander_bin(sh, false)?;
        let server = server_args();
        let dump = cmd!(sh, "{gander} dump-schema --source migrations {server...}")
            .quiet()
            .read()?;
        std::fs::write(SNAPSHOT, format!("{dump}\n"))?;
        println!("wrote {SNAPSHOT} ({} lines)", dump.lines().count());
        Ok(())
    }
}
