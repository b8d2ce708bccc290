//! After-migrate SQL on a real PostgreSQL: `<migrations>/after-migrate/*.sql` runs after every
//! successful migrate (also when nothing was pending), in one transaction under the migration
//! lock; a failing file fails the run at file:line and leaves nothing of the after-migrate
//! transaction; a file that does not check is refused before anything runs.

use std::path::PathBuf;
use std::process::{Command, Output};

use gander_testkit::TestDatabase;

const EXE: &str = env!("CARGO_BIN_EXE_gander");

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn run(args: &[&str]) -> Output {
    Command::new(EXE)
        .args(args)
        .env_remove("DATABASE_URL")
        .env_remove("PGHOST")
        .env_remove("GOOSE_DBSTRING")
        .env_remove("GOOSE_DRIVER")
        .output()
        .expect("run gander")
}

fn set(label: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gander-after-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("after-migrate")).expect("dirs");
    std::fs::write(
        dir.join("001_runs.sql"),
        "-- +goose Up\nCREATE TABLE upkeep_runs (file text NOT NULL, locked boolean NOT NULL, tx bigint NOT NULL);\n\n-- +goose Down\nDROP TABLE upkeep_runs;\n",
    )
    .expect("write");
    // Each file records whether this session holds goose's advisory lock, and its transaction.
    for name in ["01_grants.sql", "02_refresh.sql"] {
        std::fs::write(
            dir.join("after-migrate").join(name),
            format!(
                "-- upkeep that runs after every migrate\nINSERT INTO upkeep_runs\n  SELECT '{name}', count(*) > 0, txid_current()\n  FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND objid = 4097083626;\n"
            ),
        )
        .expect("write");
    }
    dir
}

async fn runs(db: &TestDatabase) -> Vec<(String, bool, i64)> {
    let conn = db.connect().await.expect("connect");
    conn.client
        .query(
            "SELECT file, locked, tx FROM upkeep_runs ORDER BY tx, file",
            &[],
        )
        .await
        .expect("upkeep_runs")
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect()
}

#[tokio::test]
async fn after_migrate_files_run_on_every_migrate_in_one_transaction_under_the_lock() {
    let dir = set("every");
    let d = dir.to_str().expect("utf-8");
    let db = TestDatabase::empty("afterevery").await.expect("db");
    let url = db.url();
    let out = run(&["migrate", "--source", d, "--database-url", &url]);
    assert!(out.status.success(), "{}", text(&out));
    let first = runs(&db).await;
    assert_eq!(first.len(), 2, "{first:?}");
    assert!(
        first.iter().all(|r| r.1),
        "under the migration lock: {first:?}"
    );
    assert_eq!(first[0].2, first[1].2, "one transaction: {first:?}");
    // Nothing pending: the files run again (the lock is taken for them).
    let out = run(&["migrate", "--source", d, "--database-url", &url]);
    assert!(out.status.success(), "{}", text(&out));
    let second = runs(&db).await;
    assert_eq!(second.len(), 4, "{second:?}");
    assert!(second.iter().all(|r| r.1), "{second:?}");
    assert_ne!(second[0].2, second[2].2, "a transaction per run");
    // goose's `up` runs them too; `status` does not.
    let out = run(&["goose", "-dir", d, "postgres", &url, "up"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = run(&["status", "--source", d, "--database-url", &url]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(runs(&db).await.len(), 6);
    // --after-migrate names another folder.
    let other = dir.join("elsewhere");
    std::fs::create_dir_all(&other).expect("dir");
    std::fs::write(
        other.join("x.sql"),
        "INSERT INTO upkeep_runs VALUES ('x.sql', true, txid_current());\n",
    )
    .expect("write");
    let out = run(&[
        "migrate",
        "--source",
        d,
        "--database-url",
        &url,
        "--after-migrate",
        other.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(runs(&db).await.len(), 7);
    let conn = db.connect().await.expect("connect");
    let locks: i64 = conn
        .client
        .query_one(
            // Advisory locks are per database; the server is shared with other tests.
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid() \
             AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            &[],
        )
        .await
        .expect("locks")
        .get(0);
    assert_eq!(locks, 0, "the lock is released");
}

#[tokio::test]
async fn a_failing_after_migrate_file_fails_the_run_at_file_and_line() {
    let dir = set("failing");
    let d = dir.to_str().expect("utf-8");
    std::fs::write(
        dir.join("after-migrate").join("03_grant.sql"),
        "-- grants for a role that does not exist\n\nGRANT SELECT ON upkeep_runs TO no_such_role_here;\n",
    )
    .expect("write");
    let db = TestDatabase::empty("afterfail").await.expect("db");
    let url = db.url();
    let out = run(&["migrate", "--source", d, "--database-url", &url]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let t = text(&out);
    assert!(
        t.contains("after-migrate SQL failed")
            && t.contains("after-migrate/03_grant.sql:3:1")
            && t.contains("SQLSTATE 42704"),
        "{t}"
    );
    // The migration stays applied; the after-migrate transaction left nothing.
    assert!(runs(&db).await.is_empty());
    let conn = db.connect().await.expect("connect");
    let v: i64 = conn
        .client
        .query_one("SELECT max(version_id) FROM goose_db_version", &[])
        .await
        .expect("version")
        .get(0);
    assert_eq!(v, 1);
    // goose's line fails the same way, with goose's exit code.
    let out = run(&["goose", "-dir", d, "postgres", &url, "up"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("03_grant.sql:3"), "{}", text(&out));
}

#[tokio::test]
async fn an_after_migrate_file_that_does_not_check_stops_the_run_before_anything_runs() {
    let dir = set("unchecked");
    let d = dir.to_str().expect("utf-8");
    std::fs::write(
        dir.join("after-migrate").join("04_typo.sql"),
        "-- a typo\nGRANT SELECT ON upkeep_runs TOO PUBLIC;\n",
    )
    .expect("write");
    let db = TestDatabase::empty("afterchk").await.expect("db");
    let out = run(&["migrate", "--source", d, "--database-url", &db.url()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let t = text(&out);
    assert!(t.contains("after-migrate/04_typo.sql:2"), "{t}");
    let conn = db.connect().await.expect("connect");
    let tables: i64 = conn
        .client
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE tablename = 'goose_db_version'",
            &[],
        )
        .await
        .expect("tables")
        .get(0);
    assert_eq!(tables, 0, "nothing ran: {t}");
}
