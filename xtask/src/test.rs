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
        // `cargo xtask migrate --namespace` against the API-server double, bridged to a
        // throwaway server (whose `postgres` database the defaults migrate).
        section(
            "cargo xtask migrate --namespace (API-server double)",
            || {
                let gander = crate::gander_bin(sh, false)?;
                let testkit = crate::testkit_bin(sh, false)?;
                let server = crate::children::Server::start(&gander)?;
                let double = crate::children::KubeDouble::start(&testkit, 1, server.port()?)?;
                let kubeconfig = &double.kubeconfig;
                Ok(cmd!(
                    sh,
                    "cargo xtask migrate --namespace ns1 --kubeconfig {kubeconfig}"
                )
                .env_remove("DATABASE_URL")
                .env_remove("PGHOST")
                .run()?)
            },
        )?;
        // The README's main command on the throwaway-server path, exactly as a user runs it.
        section("cargo xtask migrate (no target: throwaway server)", || {
            Ok(cmd!(sh, "cargo xtask migrate")
                .env_remove("DATABASE_URL")
                .env_remove("PGHOST")
                .run()?)
        })
    }
}
