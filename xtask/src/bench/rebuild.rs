//! `cargo xtask bench --rebuild`: what editing one migration costs a user's build. A one-file
//! crate outside this workspace (so with cargo's default dev profile, where proc macros and
//! their dependencies are built unoptimised) embeds the Data Storage set (about 400
//! statements) with `embed_migrations!`; one migration is edited (a comment line added or
//! taken away, so its checksum changes) and the crate rebuilt, five times.

use anyhow::Result;
use xshell::{Shell, cmd};

use super::{Row, median, ms, time};
use crate::{project_root, section};

pub(super) fn run(sh: &Shell, rows: &mut Vec<Row>) -> Result<()> {
    section(
        "rebuild of a one-file crate after editing one migration",
        || {
            let root = project_root();
            let dir = root.join("target/bench-rebuild/embed");
            let target = root.join("target/bench-rebuild/target");
            let migrations = dir.join("migrations");
            std::fs::create_dir_all(dir.join("src"))?;
            let _ = std::fs::remove_dir_all(&migrations);
            std::fs::create_dir_all(&migrations)?;
            let mut statements = 0;
            for entry in std::fs::read_dir(root.join("migrations"))? {
                let path = entry?.path();
                let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                if name.ends_with(".sql") && name.as_bytes()[0].is_ascii_digit() {
                    let text = std::fs::read_to_string(&path)?;
                    statements += text.matches(';').count();
                    std::fs::write(migrations.join(name), text)?;
                }
            }
            let gander = root.join("crates/gander");
            let gander = gander.display();
            std::fs::write(
                dir.join("Cargo.toml"),
                format!(
                    "[package]\nname = \"embed-bench\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
                 [dependencies]\ngander = {{ path = \"{gander}\", default-features = false }}\n\n\
                 [build-dependencies]\ngander = {{ path = \"{gander}\", default-features = false }}\n\n\
                 [workspace]\n"
                ),
            )?;
            std::fs::write(
                dir.join("build.rs"),
                "fn main() {\n    gander::build::track_migrations(\"migrations\");\n}\n",
            )?;
            std::fs::write(
                dir.join("src/lib.rs"),
                "//! Embeds a migration set.\ngander::embed_migrations!(\"migrations\");\n",
            )?;
            // The workspace's lock file, so that the same versions build (offline).
            std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))?;
            let manifest = dir.join("Cargo.toml");
            let build = || -> Result<()> {
                Ok(cmd!(
                    sh,
                    "cargo build --quiet --offline --manifest-path {manifest} --target-dir {target}"
                )
                .env_remove("RUSTFLAGS")
                .env_remove("CARGO_TARGET_DIR")
                .run()?)
            };
            build()?;
            let edited = migrations.join("013_create_audit_events_table.sql");
            let original = std::fs::read_to_string(&edited)?;
            let mut touched = Vec::new();
            let mut noop = Vec::new();
            for i in 0..5 {
                noop.push(ms(time(build)?));
                let text = if i % 2 == 0 {
                    format!("{original}\n-- edited by the bench\n")
                } else {
                    original.clone()
                };
                std::fs::write(&edited, text)?;
                touched.push(ms(time(build)?));
            }
            let lo = touched.iter().cloned().fold(f64::MAX, f64::min);
            let hi = touched.iter().cloned().fold(f64::MIN, f64::max);
            let (t, n) = (median(touched), median(noop));
            rows.push(Row {
            name: "rebuild after editing one migration (one-file crate, dev profile)".into(),
            value: format!("{t:.0} ms"),
            detail: format!(
                "median of 5 ({lo:.0}–{hi:.0}); {} migrations, about {statements} statements; a no-change build {n:.0} ms (goal <= 400 ms)",
                std::fs::read_dir(&migrations)?.count()
            ),
        });
            Ok(())
        },
    )
}
