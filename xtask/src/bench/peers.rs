//! `cargo xtask bench --peers`: gander beside the migration tools people would otherwise use
//! (sqlx-cli, refinery_cli, dbmate) and beside `psql` running the same SQL, on the Data Storage
//! set and on generated sets of 100 and 1,000 migrations. Every tool gets the same SQL (the Up
//! sections as gander would send them, converted to each tool's file layout in a scratch folder),
//! a fresh database per run, and the runs are interleaved so that the server's drift touches
//! every column alike: the rounds follow a Williams design ([`order`]), in which every tool runs
//! after every other equally often (a plain rotation put each tool after the same one every
//! round, and what a tool leaves the server doing, backends still exiting, lands on the next).
//! Figures are whole-process wall times.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use xshell::{Shell, cmd};

use super::{Databases, Row, median, ms, time};
use crate::{project_root, section};

/// One tool: how to find it, how to install it, how to run it on a folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tool {
    Gander,
    Psql,
    Sqlx,
    Refinery,
    Dbmate,
}

impl Tool {
    const PEERS: [Tool; 3] = [Tool::Sqlx, Tool::Refinery, Tool::Dbmate];

    fn name(self) -> &'static str {
        match self {
            Tool::Gander => "gander",
            Tool::Psql => "psql",
            Tool::Sqlx => "sqlx-cli",
            Tool::Refinery => "refinery_cli",
            Tool::Dbmate => "dbmate",
        }
    }
}

/// Where the peers' binaries are: `$GANDER_PEERS` (default `/work/peers`: `bin/` for the cargo
/// installs, `node_modules/.bin/` for dbmate), then `PATH`.
struct Peers {
    sqlx: PathBuf,
    refinery: PathBuf,
    dbmate: PathBuf,
}

const INSTALL: &str = "install the peers with:\n  \
    cargo install --locked --root $GANDER_PEERS sqlx-cli --no-default-features --features postgres,rustls\n  \
    cargo install --locked --root $GANDER_PEERS refinery_cli --no-default-features --features postgresql\n  \
    npm install --prefix $GANDER_PEERS dbmate\n\
    (GANDER_PEERS defaults to /work/peers; binaries on PATH are used too)";

impl Peers {
    fn find() -> Result<Peers> {
        let root = std::env::var("GANDER_PEERS").unwrap_or_else(|_| "/work/peers".into());
        let root = PathBuf::from(root);
        let look = |name: &str, dirs: &[PathBuf]| -> Option<PathBuf> {
            let path = std::env::var_os("PATH").unwrap_or_default();
            dirs.iter()
                .cloned()
                .chain(std::env::split_paths(&path))
                .map(|d| d.join(name))
                .find(|p| p.is_file())
        };
        let cargo = [root.join("bin")];
        let npm = [
            root.join("node_modules/.bin"),
            root.join("node_modules/@dbmate/linux-x64/bin"),
        ];
        let (sqlx, refinery, dbmate) = (
            look("sqlx", &cargo),
            look("refinery", &cargo),
            look("dbmate", &npm),
        );
        let missing: Vec<&str> = [
            (sqlx.is_none(), "sqlx (sqlx-cli)"),
            (refinery.is_none(), "refinery (refinery_cli)"),
            (dbmate.is_none(), "dbmate"),
        ]
        .iter()
        .filter(|(m, _)| *m)
        .map(|(_, n)| *n)
        .collect();
        match (sqlx, refinery, dbmate) {
            (Some(sqlx), Some(refinery), Some(dbmate)) => Ok(Peers {
                sqlx,
                refinery,
                dbmate,
            }),
            _ => bail!(
                "bench --peers: not found: {}; {INSTALL}",
                missing.join(", ")
            ),
        }
    }
}

/// One migration as every tool gets it: the Up section's statements, as gander sends them.
struct Plain {
    name: String,
    no_transaction: bool,
    sql: String,
}

/// The plan of `source` on an empty database, as gander would run it (`--dry-run --format
/// json`), one entry per migration. A NO TRANSACTION migration becomes one entry per unit:
/// the peers send a file as one query, and `CREATE INDEX CONCURRENTLY` must be alone in one.
fn plain_set(sh: &Shell, gander: &Path, source: &Path, url: &str) -> Result<Vec<Plain>> {
    let json = cmd!(
        sh,
        "{gander} migrate --source {source} --database-url {url} --dry-run --format json"
    )
    .quiet()
    .ignore_stderr()
    .read()?;
    let plan: serde_json::Value = serde_json::from_str(&json).context("gander's JSON plan")?;
    let mut out = Vec::new();
    for m in plan.as_array().context("a JSON array")? {
        let path = m["path"].as_str().unwrap_or("migration");
        let stem = Path::new(path)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("migration");
        // `001_initial_schema` → `initial_schema`.
        let name: String = stem
            .split_once('_')
            .map_or(stem, |(_, rest)| rest)
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let no_transaction = m["no_transaction"].as_bool().unwrap_or(false);
        let units: Vec<String> = m["units"]
            .as_array()
            .context("units")?
            .iter()
            .filter_map(|u| u["sql"].as_str())
            .map(|s| {
                let s = s.trim_end();
                format!("{s}{}\n", if s.ends_with(';') { "" } else { ";" })
            })
            .collect();
        if no_transaction {
            for (i, u) in units.into_iter().enumerate() {
                out.push(Plain {
                    name: format!("{name}_{}", i + 1),
                    no_transaction,
                    sql: u,
                });
            }
        } else {
            out.push(Plain {
                name,
                no_transaction,
                sql: units.concat(),
            });
        }
    }
    Ok(out)
}

/// Writes the set in `tool`'s layout under `dir`.
fn write_layout(tool: Tool, set: &[Plain], dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    for (i, m) in set.iter().enumerate() {
        let n = i + 1;
        let (file, text) = match tool {
            Tool::Sqlx => (
                format!("{n:06}_{}.sql", m.name),
                if m.no_transaction {
                    format!("-- no-transaction\n{}", m.sql)
                } else {
                    m.sql.clone()
                },
            ),
            // refinery_cli runs every migration in a transaction and has no way out of it:
            // its copies of NO TRANSACTION statements build their indexes without CONCURRENTLY
            // (the same work on tables this new).
            Tool::Refinery => (
                format!("V{n}__{}.sql", m.name),
                if m.no_transaction {
                    m.sql.replace("CONCURRENTLY ", "")
                } else {
                    m.sql.clone()
                },
            ),
            Tool::Dbmate => (
                format!("{n:06}_{}.sql", m.name),
                format!(
                    "-- migrate:up{}\n{}\n-- migrate:down\n",
                    if m.no_transaction {
                        " transaction:false"
                    } else {
                        ""
                    },
                    m.sql
                ),
            ),
            Tool::Gander | Tool::Psql => continue,
        };
        std::fs::write(dir.join(file), text)?;
    }
    Ok(())
}

/// A generated goose set: `n` migrations, each a table referencing the previous one, an index
/// and a comment (three statements), with a Down section.
fn generate(dir: &Path, n: usize) -> Result<()> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir)?;
    for i in 1..=n {
        let fk = if i > 1 {
            format!(",\n    parent_id bigint REFERENCES t{:04} (id)", i - 1)
        } else {
            String::new()
        };
        let text = format!(
            "-- +goose Up\n\
             CREATE TABLE t{i:04} (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    name text NOT NULL,\n    \
             created_at timestamptz NOT NULL DEFAULT now(){fk}\n);\n\
             CREATE INDEX t{i:04}_name_idx ON t{i:04} (name, created_at DESC);\n\
             COMMENT ON TABLE t{i:04} IS 'generated table {i}';\n\n\
             -- +goose Down\nDROP TABLE t{i:04};\n"
        );
        std::fs::write(dir.join(format!("{i:05}_create_t{i:04}.sql")), text)?;
    }
    Ok(())
}

/// Times every tool on every set and adds the table rows.
/// The order of `n` tools in round `round`: a Williams design, whose rounds (2n of them for an
/// odd n, n for an even one) put every tool in every position, and right after every other
/// tool, equally often.
fn order(n: usize, round: usize) -> Vec<usize> {
    // 0, 1, n-1, 2, n-2, …: consecutive differences all distinct modulo n.
    let base: Vec<usize> = (0..n)
        .map(|j| {
            if j % 2 == 1 {
                j.div_ceil(2)
            } else {
                (n - j / 2) % n
            }
        })
        .collect();
    let rows = if n % 2 == 1 { 2 * n } else { n };
    let r = round % rows.max(1);
    let mut seq: Vec<usize> = base.iter().map(|b| (b + r) % n).collect();
    if r >= n {
        seq.reverse();
    }
    seq
}

pub(super) fn run(
    sh: &Shell,
    gander: &Path,
    dbs: &mut Databases,
    runs: usize,
    rows: &mut Vec<Row>,
) -> Result<()> {
    let peers = Peers::find()?;
    let scratch = project_root().join("target/bench-peers");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch)?;
    let sets: Vec<(&'static str, PathBuf, usize)> = vec![
        ("Data Storage set", project_root().join("migrations"), runs),
        ("generated 100", scratch.join("gen100"), runs),
        ("generated 1,000", scratch.join("gen1000"), runs.clamp(1, 5)),
    ];
    generate(&scratch.join("gen100"), 100)?;
    generate(&scratch.join("gen1000"), 1000)?;
    let tools = [
        Tool::Gander,
        Tool::Psql,
        Tool::Sqlx,
        Tool::Refinery,
        Tool::Dbmate,
    ];
    for (label, source, runs) in sets {
        section(&format!("peers: {label}"), || {
            let url = dbs.fresh("peerplan")?;
            let plain = plain_set(sh, gander, &source, &url)?;
            let key = label.replace([' ', ','], "");
            let dirs: Vec<PathBuf> = tools
                .iter()
                .map(|t| scratch.join(format!("{key}-{}", t.name())))
                .collect();
            for (t, d) in tools.iter().zip(&dirs) {
                write_layout(*t, &plain, d)?;
            }
            let script = scratch.join(format!("{key}.sql"));
            let sql = cmd!(
                sh,
                "{gander} migrate --source {source} --database-url {url} --dry-run --format sql"
            )
            .quiet()
            .ignore_stderr()
            .read()?;
            std::fs::write(&script, sql)?;
            let mut times: Vec<Vec<f64>> = vec![Vec::new(); tools.len()];
            for round in 0..runs {
                for i in order(tools.len(), round) {
                    let url = dbs.fresh("peer")?;
                    let dir = &dirs[i];
                    let took = match tools[i] {
                        Tool::Gander => time(|| {
                            Ok(cmd!(
                                sh,
                                "{gander} migrate --source {source} --database-url {url}"
                            )
                            .quiet()
                            .ignore_stdout()
                            .ignore_stderr()
                            .run()?)
                        })?,
                        Tool::Psql => time(|| {
                            Ok(
                                cmd!(sh, "psql -X -q -v ON_ERROR_STOP=1 -d {url} -f {script}")
                                    .quiet()
                                    .ignore_stdout()
                                    .run()?,
                            )
                        })?,
                        Tool::Sqlx => {
                            let bin = &peers.sqlx;
                            time(|| {
                                Ok(cmd!(
                                    sh,
                                    "{bin} migrate run --no-dotenv --source {dir} --database-url {url}"
                                )
                                .quiet()
                                .ignore_stdout()
                                .run()?)
                            })?
                        }
                        Tool::Refinery => {
                            let bin = &peers.refinery;
                            time(|| {
                                Ok(cmd!(sh, "{bin} migrate -e GANDER_BENCH_URL -p {dir}")
                                    .env("GANDER_BENCH_URL", &url)
                                    .quiet()
                                    .ignore_stdout()
                                    .run()?)
                            })?
                        }
                        Tool::Dbmate => {
                            let bin = &peers.dbmate;
                            time(|| {
                                Ok(cmd!(
                                    sh,
                                    "{bin} --url {url} --migrations-dir {dir} --no-dump-schema migrate"
                                )
                                .quiet()
                                .ignore_stdout()
                                .run()?)
                            })?
                        }
                    };
                    times[i].push(ms(took));
                }
            }
            let spread = |v: &[f64]| {
                let lo = v.iter().cloned().fold(f64::MAX, f64::min);
                let hi = v.iter().cloned().fold(f64::MIN, f64::max);
                (median(v.to_vec()), lo, hi)
            };
            let figures: Vec<(f64, f64, f64)> = times.iter().map(|v| spread(v)).collect();
            let (g, p) = (figures[0].0, figures[1].0);
            let (fastest, fastest_ms, fastest_at) = Tool::PEERS
                .iter()
                .map(|t| {
                    let i = tools.iter().position(|x| x == t).unwrap_or(0);
                    (*t, figures[i].0, i)
                })
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .context("peers")?;
            // The same comparison paired by round: each round ran every tool back to back, so
            // the per-round ratio cancels what drifts between rounds.
            let paired: Vec<f64> = times[0]
                .iter()
                .zip(&times[fastest_at])
                .map(|(g, f)| g / f)
                .collect();
            let (q1, q2, q3) = (
                gander_testkit::stats::percentile(&paired, 0.25),
                gander_testkit::stats::median(&paired),
                gander_testkit::stats::percentile(&paired, 0.75),
            );
            let detail: Vec<String> = tools
                .iter()
                .zip(&figures)
                .map(|(t, (m, lo, hi))| format!("{} {m:.0} ms ({lo:.0}–{hi:.0})", t.name()))
                .collect();
            rows.push(Row {
                name: format!("apply {label}: gander / fastest peer"),
                value: format!("{:.2}x", g / fastest_ms),
                detail: format!(
                    "fastest peer {} ; medians of {runs} (min–max), fresh database each, interleaved: {}; paired by round: median ratio {q2:.2} (quartiles {q1:.2}–{q3:.2}) (goal <= 1.00)",
                    fastest.name(),
                    detail.join(", ")
                ),
            });
            rows.push(Row {
                name: format!("apply {label}: gander / psql"),
                value: format!("{:.2}x", g / p),
                detail: format!(
                    "gander {g:.0} ms vs psql -f {p:.0} ms, the same SQL (goal <= 1.02)"
                ),
            });
            Ok(())
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::order;

    #[test]
    fn every_tool_follows_every_other_equally_often() {
        for n in 2..=7 {
            let rows = if n % 2 == 1 { 2 * n } else { n };
            let mut after = vec![vec![0; n]; n];
            let mut at = vec![vec![0; n]; n];
            for r in 0..rows {
                let seq = order(n, r);
                let mut sorted = seq.clone();
                sorted.sort_unstable();
                assert_eq!(
                    sorted,
                    (0..n).collect::<Vec<_>>(),
                    "n={n} round {r}: {seq:?}"
                );
                for (pos, &t) in seq.iter().enumerate() {
                    at[t][pos] += 1;
                }
                for w in seq.windows(2) {
                    after[w[1]][w[0]] += 1;
                }
            }
            let per = rows / n;
            let want = if n % 2 == 1 { 2 } else { 1 };
            for (t, (positions, predecessors)) in at.iter().zip(&after).enumerate() {
                assert!(positions.iter().all(|&c| c == per), "n={n}: {positions:?}");
                for (p, &count) in predecessors.iter().enumerate() {
                    if p != t {
                        assert_eq!(count, want, "n={n}: {t} after {p}");
                    }
                }
            }
        }
    }
}
