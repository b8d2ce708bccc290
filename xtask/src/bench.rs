//! `cargo xtask bench`: every speed claim as a figure measured side by side in one run, printed
//! as one table and written to `target/bench.json`. Migrations go through the `gander` and `psql`
//! binaries (gander's figures read from its `--format json`), scratch databases through
//! `gander::scratch`, medians through `gander_testkit::stats`; the 1 ms link is a delay line on
//! loopback (std threads).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use xshell::{Shell, cmd};

use gander::PgConfig;
use gander::scratch::{ScratchDatabase, ScratchServer};
use gander_testkit::CloneFigures;
use gander_testkit::stats::median as median_of;
use serde::{Deserialize, Serialize};

mod peers;
mod rebuild;
mod scaling;

use crate::children::{KubeDouble, Server};
use crate::{flags, gander_bin, project_root, section, testkit_bin};

#[derive(Serialize)]
struct Row {
    name: String,
    value: String,
    detail: String,
}

/// What the bench reads of `gander check --format json`.
#[derive(Deserialize)]
pub(crate) struct CheckFigures {
    pub(crate) elapsed_ms: f64,
    pub(crate) model_ms: f64,
}

pub(crate) fn median(v: Vec<f64>) -> f64 {
    median_of(&v)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The bench's scratch databases, on the throwaway server, all dropped at the end.
struct Databases {
    rt: tokio::runtime::Runtime,
    server: ScratchServer,
    made: Vec<ScratchDatabase>,
}

impl Databases {
    fn on(url: &str) -> Result<Databases> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let server = rt.block_on(ScratchServer::of(&gander::Target::Url(url.to_string())))?;
        Ok(Databases {
            rt,
            server,
            made: Vec::new(),
        })
    }

    /// A fresh database; its URL.
    fn fresh(&mut self, label: &str) -> Result<String> {
        let name = format!(
            "gander_bench_{label}_{}_{}",
            std::process::id(),
            self.made.len()
        );
        self.named(&name)
    }

    /// A fresh database of this name; its URL.
    fn named(&mut self, name: &str) -> Result<String> {
        let db = self.rt.block_on(async {
            let admin = self.server.admin().await?;
            self.server.replace(&admin, name).await
        })?;
        let url = db.url();
        self.made.push(db);
        Ok(url)
    }
}

impl Drop for Databases {
    fn drop(&mut self) {
        for db in &self.made {
            let _ = self.rt.block_on(db.drop_now());
        }
    }
}

/// Milliseconds of one quiet `gander migrate --database-url URL`, the whole process.
fn migrate_ms(sh: &Shell, gander: &Path, url: &str) -> Result<f64> {
    time(|| {
        Ok(cmd!(sh, "{gander} migrate --database-url {url}")
            .quiet()
            .ignore_stdout()
            .ignore_stderr()
            .run()?)
    })
    .map(ms)
}

fn time<F: FnMut() -> Result<()>>(mut f: F) -> Result<Duration> {
    let t = Instant::now();
    f()?;
    Ok(t.elapsed())
}

impl flags::Bench {
    pub(crate) fn run(self, sh: &Shell) -> Result<()> {
        let runs = self.runs.unwrap_or(5).max(1);
        // `GANDER_BENCH_BIN`: a gander binary built elsewhere (to compare two versions).
        let gander = match std::env::var_os("GANDER_BENCH_BIN") {
            Some(bin) => std::path::PathBuf::from(bin),
            None => gander_bin(sh, true)?,
        };
        if self.scaling {
            return scaling::run(sh, &gander, runs);
        }
        let testkit = testkit_bin(sh, true)?;
        let server = Server::start(&gander)?;
        let mut dbs = Databases::on(&server.url)?;
        let mut rows = Vec::new();
        if self.peers {
            peers::run(sh, &gander, &mut dbs, runs, &mut rows)?;
            return finish(&rows, "bench-peers.json");
        }
        if self.rebuild {
            rebuild::run(sh, &mut rows)?;
            return finish(&rows, "bench-rebuild.json");
        }

        // 1. gander-core's check of the set, as the binary measures it (no process start-up).
        section("check time", || {
            let mut times = Vec::new();
            let mut model = Vec::new();
            for _ in 0..runs.max(10) {
                let out = cmd!(sh, "{gander} check --source migrations --format json")
                    .quiet()
                    .read()?;
                let figures: CheckFigures = serde_json::from_str(&out)
                    .with_context(|| format!("gander check --format json printed: {out}"))?;
                times.push(figures.elapsed_ms);
                model.push(figures.model_ms);
            }
            rows.push(Row {
                name: "gander-core check of migrations/".into(),
                value: format!("{:.1} ms", median(times.clone())),
                detail: format!(
                    "median of {} runs, min {:.1} ms (goal < 50 ms)",
                    times.len(),
                    times.iter().cloned().fold(f64::MAX, f64::min)
                ),
            });
            rows.push(Row {
                name: "  of which the schema model (replay of every Up and Down)".into(),
                value: format!("{:.1} ms", median(model.clone())),
                detail: "release build; the same code runs in embed_migrations! at compile time"
                    .into(),
            });
            Ok(())
        })?;

        // 1b. What PostgreSQL's own parser costs a cold build: libpg_query's C source, bindgen
        // and the protobuf types, built by the pg_query crate.
        if self.clean_build {
            section("clean build of pg_query", || {
                let dir = project_root().join("target/bench-clean-build");
                let _ = std::fs::remove_dir_all(&dir);
                let took =
                    time(|| Ok(cmd!(sh, "cargo build -q -p pg_query --target-dir {dir}").run()?))?;
                let _ = std::fs::remove_dir_all(&dir);
                rows.push(Row {
                    name: "cold build of pg_query (PostgreSQL's parser), dev profile".into(),
                    value: format!("{:.0} s", took.as_secs_f64()),
                    detail: "what gander-core's syntax authority adds to a clean build, its dependencies included".into(),
                });
                Ok(())
            })?;
        }

        // 2. Apply the Data Storage set: gander vs psql running the same SQL.
        let script = project_root().join("target/bench-plan.sql");
        section("plan as a psql script", || {
            let url = dbs.fresh("plan")?;
            let sql = cmd!(
                sh,
                "{gander} migrate --database-url {url} --dry-run --format sql"
            )
            .quiet()
            .ignore_stderr()
            .read()?;
            std::fs::write(&script, sql)?;
            Ok(())
        })?;
        let upstream = server.config()?;
        let proxy = DelayProxy::start(&upstream, Duration::from_millis(1))?;
        let slow = DelayProxy::start(&upstream, Duration::from_millis(20))?;
        // Interleaved, so that the server's drift during the run affects every column alike.
        let (mut g, mut gl, mut p, mut pl) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        section(
            "apply: loopback and a 1 ms delay line, gander and psql, interleaved",
            || {
                for _ in 0..runs {
                    for (port, out) in [(None, &mut g), (Some(proxy.port), &mut gl)] {
                        let url = via(&dbs.fresh("apply")?, port);
                        out.push(migrate_ms(sh, &gander, &url)?);
                    }
                    for (port, out) in [(None, &mut p), (Some(proxy.port), &mut pl)] {
                        let url = via(&dbs.fresh("apply")?, port);
                        out.push(ms(time(|| {
                            Ok(
                                cmd!(sh, "psql -X -q -v ON_ERROR_STOP=1 -d {url} -f {script}")
                                    .quiet()
                                    .ignore_stdout()
                                    .run()?,
                            )
                        })?));
                    }
                }
                Ok(())
            },
        )?;
        let (g_loop, g_lat, p_loop, p_lat) = (median(g), median(gl), median(p), median(pl));
        // Round trips, measured: the extra time through a 20 ms one-way delay line / 40 ms.
        let trips = section("round trips of one run (20 ms delay line)", || {
            let direct = via(&dbs.fresh("trips")?, None);
            let t0 = migrate_ms(sh, &gander, &direct)?;
            let delayed = via(&dbs.fresh("trips")?, Some(slow.port));
            let t20 = migrate_ms(sh, &gander, &delayed)?;
            Ok(((t20 - t0) / 40.0).round())
        })?;
        rows.push(Row {
            name: "apply Data Storage set (20 migrations)".into(),
            value: format!("{:.2}x psql", g_loop / p_loop),
            detail: format!("gander {g_loop:.0} ms vs psql {p_loop:.0} ms, medians of {runs}, fresh database each (goal <= 1.05)"),
        });
        rows.push(Row {
            name: "apply with 1 ms one-way latency".into(),
            value: format!("{:.2}x loopback", g_lat / g_loop),
            detail: format!(
                "gander {g_lat:.0} ms vs {g_loop:.0} ms (goal <= 1.15); about {trips} round trips per whole run; psql {p_lat:.0} ms ({:.2}x its loopback)",
                p_lat / p_loop
            ),
        });

        // 3. The no-op run on an up-to-date database.
        section("no-op run", || {
            let url = dbs.fresh("noop")?;
            cmd!(sh, "{gander} migrate --database-url {url}")
                .quiet()
                .ignore_stdout()
                .ignore_stderr()
                .run()?;
            let mut t = Vec::new();
            for _ in 0..runs.max(10) {
                t.push(migrate_ms(sh, &gander, &url)?);
            }
            let lat = via(&url, Some(proxy.port));
            let mut tl = Vec::new();
            for _ in 0..runs.max(10) {
                tl.push(migrate_ms(sh, &gander, &lat)?);
            }
            rows.push(Row {
                name: "no-op run (up to date)".into(),
                value: format!("{:.1} ms", median(t.clone())),
                detail: format!("whole process incl. connect; {:.1} ms through the 1 ms delay line; one query, no lock", median(tl)),
            });
            Ok(())
        })?;

        // 4. Test databases: 8 tests at once, from the warm pool and by template clone (the
        // fallback, the pool turned off), vs re-applying the set.
        section("test databases: pool vs clone vs re-apply", || {
            let url = &server.url;
            let bench = |pool: &str| -> Result<CloneFigures> {
                let json = cmd!(sh, "{testkit} testdb --source migrations --bench 64")
                    .env("DATABASE_URL", url)
                    .env("GANDER_TEST_POOL", pool)
                    .quiet()
                    .ignore_stderr()
                    .read()?;
                serde_json::from_str(&json)
                    .with_context(|| format!("gander-testkit testdb --bench printed: {json}"))
            };
            // The first run fills the pool for the template; the second is what a test run
            // after another one sees.
            bench("8")?;
            let pooled = bench("8")?;
            let cloned = bench("0")?;
            let (p50, p95) = (pooled.clone_p50, pooled.clone_p95);
            let (c50, c95) = (cloned.clone_p50, cloned.clone_p95);
            let re = pooled.reapply_p50;
            rows.push(Row {
                name: "fresh migrated test database (warm pool, 8 tests at once)".into(),
                value: format!("p50 {p50:.1} ms"),
                detail: format!("p95 {p95:.1} ms over 64, each test holding its database 200 ms (goal p50 <= 5 ms, p95 <= 15 ms)"),
            });
            rows.push(Row {
                name: "  by template clone (pool off: GANDER_TEST_POOL=0)".into(),
                value: format!("p50 {c50:.1} ms"),
                detail: format!(
                    "p95 {c95:.1} ms; re-applying the set: p50 {re:.0} ms = {:.1}x the clone",
                    re / c50
                ),
            });
            Ok(())
        })?;

        // 5. `cargo xtask check` on the Data Storage set (static + round trip + snapshot).
        section("cargo xtask check", || {
            gander_bin(sh, false)?;
            cmd!(sh, "cargo build --quiet --locked --package xtask").run()?;
            let t = time(|| {
                Ok(cmd!(sh, "cargo xtask check")
                    .env("DATABASE_URL", &server.url)
                    .quiet()
                    .ignore_stdout()
                    .run()?)
            })?;
            rows.push(Row {
                name: "cargo xtask check (static, round trip, snapshot)".into(),
                value: format!("{:.2} s", t.as_secs_f64()),
                detail: "whole command on the Data Storage set, binaries already built".into(),
            });
            Ok(())
        })?;

        // 6. Namespaces through the API-server double: 8 in parallel vs 1. Once with the Data
        // Storage set straight to the server, once with a small set over the 1 ms link, where
        // the time is waiting rather than the one server's two cores doing DDL.
        for (label, source, port, name) in [
            (
                "ds",
                "migrations",
                server.port()?,
                "8 namespaces in parallel / 1 (Data Storage set)",
            ),
            (
                "small",
                "crates/gander/tests/data/basic",
                proxy.port,
                "8 namespaces in parallel / 1 (4-migration set, 1 ms link)",
            ),
        ] {
            section(&format!("namespaces: 8 in parallel vs 1 ({label})"), || {
                let double = KubeDouble::start(&testkit, 8, port)?;
                let kubeconfig = double.kubeconfig.clone();
                let mut one = Vec::new();
                let mut eight = Vec::new();
                for run in 0..runs.clamp(1, 3) {
                    for (count, out) in [(1usize, &mut one), (8usize, &mut eight)] {
                        let mut args = Vec::new();
                        for i in 1..=count {
                            dbs.named(&format!("gb_{label}_{run}_{count}_ns{i}"))?;
                            args.push("--namespace".to_string());
                            args.push(format!("ns{i}"));
                        }
                        let database = format!("gb_{label}_{run}_{count}_{{namespace}}");
                        out.push(ms(time(|| {
                            let args = args.clone();
                            Ok(cmd!(
                                sh,
                                "{gander} migrate --source {source} {args...} --kubeconfig {kubeconfig} --database {database} --parallel 8"
                            )
                            .quiet()
                            .ignore_stdout()
                            .ignore_stderr()
                            .run()?)
                        })?));
                    }
                }
                let (a, b) = (median(one), median(eight));
                rows.push(Row {
                    name: name.into(),
                    value: format!("{:.2}x", b / a),
                    detail: format!("{b:.0} ms vs {a:.0} ms through the API-server double and port-forwards; all 8 share this machine's 2 cores and one server (goal <= 2)"),
                });
                Ok(())
            })?;
        }

        // 7. Rebuild after touching one migration.
        section("rebuild after touching one migration", || {
            cmd!(
                sh,
                "cargo build --quiet --locked --package datastorage-schema"
            )
            .run()?;
            let file = Path::new("migrations/013_create_audit_events_table.sql");
            let mut touched = Vec::new();
            let mut noop = Vec::new();
            for _ in 0..3 {
                noop.push(ms(time(|| {
                    Ok(cmd!(
                        sh,
                        "cargo build --quiet --locked --package datastorage-schema"
                    )
                    .run()?)
                })?));
                let content = std::fs::read(file)?;
                std::fs::write(file, &content)?;
                touched.push(ms(time(|| {
                    Ok(cmd!(
                        sh,
                        "cargo build --quiet --locked --package datastorage-schema"
                    )
                    .run()?)
                })?));
            }
            let (t, n) = (median(touched), median(noop));
            rows.push(Row {
                name: "cargo build after touching one migration".into(),
                value: format!("+{:.2} s", (t - n) / 1000.0),
                detail: format!(
                    "{:.2} s vs {:.2} s for a no-change build (datastorage-schema, debug)",
                    t / 1000.0,
                    n / 1000.0
                ),
            });
            Ok(())
        })?;

        rebuild::run(sh, &mut rows)?;
        finish(&rows, "bench.json")
    }
}

/// Prints the table and writes it to `target/<file>`.
fn finish(rows: &[Row], file: &str) -> Result<()> {
    print_table(rows);
    let out = project_root().join("target").join(file);
    std::fs::write(&out, format!("{}\n", serde_json::to_string_pretty(rows)?))?;
    println!("written to {}", out.display());
    Ok(())
}

fn print_table(rows: &[Row]) {
    let w = rows.iter().map(|r| r.name.len()).max().unwrap_or(0);
    let v = rows.iter().map(|r| r.value.len()).max().unwrap_or(0);
    println!("\n{:<w$}  {:<v$}  detail", "measure", "figure");
    for r in rows {
        println!("{:<w$}  {:<v$}  {}", r.name, r.value, r.detail);
    }
}

/// The URL with its host:port replaced by the delay proxy's.
fn via(url: &str, proxy: Option<u16>) -> String {
    let Some(port) = proxy else {
        return url.to_string();
    };
    match PgConfig::parse(url, |_| None) {
        Ok(c) => c.with_host_port("127.0.0.1", port).url(),
        Err(_) => url.to_string(),
    }
}

/// A TCP delay line: every chunk is forwarded `delay` after it arrived, in both directions.
struct DelayProxy {
    port: u16,
}

impl DelayProxy {
    fn start(server: &PgConfig, delay: Duration) -> Result<DelayProxy> {
        let upstream = server.tried();
        let upstream = upstream
            .split(", ")
            .next()
            .context("server address")?
            .to_string();
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let port = listener.local_addr()?.port();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let Ok(server) = TcpStream::connect(&upstream) else {
                    continue;
                };
                let _ = client.set_nodelay(true);
                let _ = server.set_nodelay(true);
                for (from, to) in [(&client, &server), (&server, &client)] {
                    if let (Ok(from), Ok(to)) = (from.try_clone(), to.try_clone()) {
                        pipe(from, to, delay);
                    }
                }
            }
        });
        if port == 0 {
            bail!("no port");
        }
        Ok(DelayProxy { port })
    }
}

fn pipe(mut from: TcpStream, mut to: TcpStream, delay: Duration) {
    let (tx, rx) = mpsc::channel::<(Instant, Vec<u8>)>();
    std::thread::spawn(move || {
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            match from.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if tx
                        .send((Instant::now() + delay, buf[..n].to_vec()))
                        .is_err()
                    {
                        break;
                    }
                }
            }
        }
    });
    std::thread::spawn(move || {
        while let Ok((due, chunk)) = rx.recv() {
            let now = Instant::now();
            if due > now {
                // The delay line itself: this is the latency being simulated.
                std::thread::sleep(due - now);
            }
            if to.write_all(&chunk).is_err() {
                break;
            }
        }
        let _ = to.shutdown(std::net::Shutdown::Write);
    });
}
