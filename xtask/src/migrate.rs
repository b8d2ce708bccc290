//! `cargo xtask migrate|status ARGS…`: runs `gander` with the arguments as given; `migrate`
//! adds `--or-ephemeral`, so that with no target named (flags or environment) the runtime's one
//! target choice picks a throwaway server and says so.

use anyhow::{Result, bail};
use xshell::{Shell, cmd};

use crate::gander_bin;

pub(crate) fn passthrough(sh: &Shell, command: &str, args: &[String]) -> Result<()> {
    let mut args = args.to_vec();
    if command == "migrate" {
        args.push("--or-ephemeral".into());
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
