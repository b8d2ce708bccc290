//! `cargo xtask migrate|status ARGS…`: runs `gander` with the arguments as given. With no target
//! (no `--database-url`, `--ephemeral` or `--namespace`, and no `DATABASE_URL`/`PGHOST`),
//! `migrate` uses a throwaway server and says so.

use anyhow::{Result, bail};
use xshell::{Shell, cmd};

use crate::gander_bin;

pub(crate) fn passthrough(sh: &Shell, command: &str, args: &[String]) -> Result<()> {
    let mut args = args.to_vec();
    let named = args.iter().any(|a| {
        a.starts_with("--database-url") || a == "--ephemeral" || a.starts_with("--namespace")
    });
    let from_env =
        std::env::var_os("DATABASE_URL").is_some() || std::env::var_os("PGHOST").is_some();
    if command == "migrate" && !named && !from_env {
        println!("xtask: no target given: migrating a throwaway PostgreSQL (--ephemeral)");
        args.push("--ephemeral".into());
    }
    let gander = gander_bin(sh, false)?;
    if cmd!(sh, "{gander} {command} {args...}")
        .quiet()
        .run()
        .is_err()
    {
        bail!("gander {command} failed");
    }
    Ok(())
}
