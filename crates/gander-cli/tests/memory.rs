//! Memory on a real PostgreSQL: a migration holding one 20 MB statement is applied, and then
//! read again by a no-op run, each in under 20 times its size of resident memory (the peak of the
//! whole `gander` process, as GNU time reports it).

use std::path::PathBuf;
use std::process::Command;

use gander::testing::TestDatabase;

const EXE: &str = env!("CARGO_BIN_EXE_gander");

/// The statement's size: 20 MB of `INSERT … VALUES` rows.
const SIZE: usize = 20 * 1024 * 1024;

fn bulk_set() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gander-memory-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(
        dir.join("001_bulk.sql"),
        "-- +goose Up\nCREATE TABLE bulk (id int PRIMARY KEY, payload text NOT NULL);\n\n-- +goose Down\nDROP TABLE bulk;\n",
    )
    .expect("write");
    let mut sql = String::with_capacity(SIZE + 1024);
    sql.push_str("-- +goose Up\n-- Données de référence: ünïcödé in the rows too.\nINSERT INTO bulk (id, payload) VALUES\n");
    let mut id = 0;
    while sql.len() < SIZE {
        id += 1;
        if id > 1 {
            sql.push_str(",\n");
        }
        sql.push_str(&format!(
            "({id}, 'row {id}: ¿qué? 日本語 — a payload long enough to look like real seed data, with a ; inside')"
        ));
    }
    sql.push_str(";\n\n-- +goose Down\nDELETE FROM bulk;\n");
    std::fs::write(dir.join("002_seed.sql"), sql).expect("write");
    dir
}

/// Peak resident memory in bytes of `gander ARGS`, which must succeed.
fn peak(args: &[&str]) -> u64 {
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(EXE)
        .args(args)
        .env_remove("DATABASE_URL")
        .output()
        .expect("GNU time (/usr/bin/time, Debian package `time`) runs gander");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "gander {args:?} failed:\n{}{stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    let kib: u64 = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or_else(|| panic!("no peak RSS from GNU time in: {stderr}"));
    kib * 1024
}

#[tokio::test]
async fn a_twenty_megabyte_statement_costs_under_twenty_times_its_size() {
    let dir = bulk_set();
    let d = dir.to_str().expect("utf-8");
    let db = TestDatabase::empty("memory").await.expect("db");
    let url = db.url();
    let limit = 20 * SIZE as u64;
    let applied = peak(&["migrate", "--source", d, "--database-url", &url]);
    let noop = peak(&["migrate", "--source", d, "--database-url", &url]);
    let status = peak(&["status", "--source", d, "--database-url", &url]);
    println!(
        "peak RSS for a {} MB statement: migrate {:.0} MB ({:.1}x), no-op migrate {:.0} MB ({:.1}x), status {:.0} MB ({:.1}x)",
        SIZE >> 20,
        applied as f64 / 1048576.0,
        applied as f64 / SIZE as f64,
        noop as f64 / 1048576.0,
        noop as f64 / SIZE as f64,
        status as f64 / 1048576.0,
        status as f64 / SIZE as f64,
    );
    for (what, bytes) in [
        ("migrate", applied),
        ("no-op migrate", noop),
        ("status", status),
    ] {
        assert!(
            bytes < limit,
            "{what}: {bytes} bytes, over 20x the statement's {SIZE}"
        );
    }
    let conn = db.connect().await.expect("connect");
    let rows: i64 = conn
        .client
        .query_one("SELECT count(*) FROM bulk", &[])
        .await
        .expect("count")
        .get(0);
    assert!(rows > 100_000, "the rows were applied: {rows}");
    let _ = std::fs::remove_dir_all(&dir);
}
