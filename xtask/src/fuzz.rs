//! `cargo xtask fuzz`: runs each `cargo fuzz` target of `fuzz/` for a bounded time, seeded with
//! the test data's migration files, and fails on any crash. Needs the nightly toolchain; installs
//! cargo-fuzz from crates.io when it is missing. Not part of `cargo xtask test`.
//!
//! Leak detection is off: libpg_query (C) leaks a one-byte `stderr` buffer on some of its
//! internal parse paths, which is bounded and not gander's; panics, aborts and sanitizer errors
//! still fail the run.

use std::path::Path;

use anyhow::{Context, Result, bail};
use xshell::{Shell, cmd};

use crate::flags;

const TARGETS: &[&str] = &["check_bytes", "check_text"];

impl flags::Fuzz {
    pub(crate) fn run(self, sh: &Shell) -> Result<()> {
        let seconds = self.seconds.unwrap_or(60);
        if cmd!(sh, "cargo +nightly --version")
            .quiet()
            .ignore_stdout()
            .run()
            .is_err()
        {
            bail!(
                "cargo xtask fuzz needs the nightly toolchain (`rustup toolchain install nightly`)"
            );
        }
        if cmd!(sh, "cargo +nightly fuzz --version")
            .quiet()
            .ignore_stdout()
            .ignore_stderr()
            .run()
            .is_err()
        {
            cmd!(sh, "cargo install cargo-fuzz --locked").run()?;
        }
        let targets: Vec<&str> = match &self.target {
            Some(t) if TARGETS.contains(&t.as_str()) => vec![t.as_str()],
            Some(t) => bail!(
                "no fuzz target `{t}`: the targets are {}",
                TARGETS.join(", ")
            ),
            None => TARGETS.to_vec(),
        };
        let root = crate::project_root();
        let mut report = Vec::new();
        for target in targets {
            let corpus = root.join("fuzz/corpus").join(target);
            seed(&root.join("crates/gander-core/tests/data"), &corpus)?;
            let corpus_arg = corpus.to_string_lossy().to_string();
            let total = format!("-max_total_time={seconds}");
            let started = std::time::Instant::now();
            let _dir = sh.push_dir(root.join("fuzz"));
            // See the module comment: libpg_query's one-byte leaks are not crashes.
            let _env = sh.push_env("ASAN_OPTIONS", "detect_leaks=0");
            let out = cmd!(
                sh,
                "cargo +nightly fuzz run --release {target} {corpus_arg} -- {total} -max_len=8192 -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1"
            )
            .ignore_status()
            .output()?;
            let stderr = String::from_utf8_lossy(&out.stderr);
            let runs = stderr
                .lines()
                .find_map(|l| l.strip_prefix("stat::number_of_executed_units:"))
                .map_or("?".to_string(), |s| s.trim().to_string());
            let line = format!(
                "{target}: {runs} inputs in {:.0} s, {}",
                started.elapsed().as_secs_f64(),
                if out.status.success() {
                    "no crash"
                } else {
                    "CRASH"
                }
            );
            println!("{line}");
            if !out.status.success() {
                eprintln!("{stderr}");
                bail!("fuzz target {target} crashed: the input is under fuzz/artifacts/{target}/");
            }
            report.push(line);
        }
        println!("{}", report.join("\n"));
        Ok(())
    }
}

/// Copies every `.sql` file of the test data into the corpus folder (a small, meaningful start).
fn seed(data: &Path, corpus: &Path) -> Result<()> {
    std::fs::create_dir_all(corpus).with_context(|| format!("create {}", corpus.display()))?;
    let mut stack = vec![data.to_path_buf()];
    let mut n = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).with_context(|| format!("read {}", dir.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "sql") {
                n += 1;
                std::fs::copy(&path, corpus.join(format!("seed-{n:04}.sql")))?;
            }
        }
    }
    Ok(())
}
