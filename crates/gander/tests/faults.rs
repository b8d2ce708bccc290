//! Faults, with real processes and a real PostgreSQL: the migrating session killed mid-migration,
//! the lock holder killed, and PostgreSQL stopped during a run and restarted. Each time nothing
//! of the interrupted migration remains, no lock is left, and a rerun completes.
//!
//! A migration is held mid-way by a table lock (`gate`) that the test holds: the test then knows,
//! from `pg_locks`, that the migration is inside its transaction, without sleeping.

use std::path::Path;

use gander::ephemeral::EphemeralServer;
use gander::testing::TestDatabase;
use gander::{LOCK_KEY, MigrationSet, Migrator, PgConfig, Version, load_dir};
use tokio_postgres::Client;

fn gated() -> MigrationSet {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gated")).expect("set")
}

async fn count(c: &Client, sql: &str) -> i64 {
    c.query_one(sql, &[]).await.expect(sql).get(0)
}

/// Waits, by polling the catalog, until a session is blocked on the gate; returns its pid.
async fn blocked_at_gate(watcher: &Client) -> i32 {
    loop {
        let row = watcher
            .query_opt("SELECT pid FROM pg_locks WHERE NOT granted AND relation = 'gate'::regclass LIMIT 1", &[])
            .await
            .expect("pg_locks");
        if let Some(r) = row {
            return r.get(0);
        }
        tokio::task::yield_now().await;
    }
}

async fn advisory_locks(c: &Client) -> i64 {
    gander::testing::migration_locks_held(c)
        .await
        .expect("pg_locks")
}

async fn wait_until_no_advisory_lock(c: &Client) {
    while advisory_locks(c).await > 0 {
        tokio::task::yield_now().await;
    }
}

#[tokio::test]
async fn the_migrating_session_killed_mid_migration() {
    let db = TestDatabase::empty("terminate").await.expect("db");
    let watcher = db.connect().await.expect("watcher");
    let w = &watcher.client;
    w.batch_execute("CREATE TABLE gate (id int)")
        .await
        .expect("gate");
    let holder = db.connect().await.expect("holder");
    holder
        .client
        .batch_execute("BEGIN; LOCK TABLE gate IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("close the gate");
    let set = gated();
    let run = {
        let set = set.clone();
        let conn = db.connect().await.expect("migrator");
        tokio::spawn(async move { Migrator::new(&set).migrate(&conn.client, None).await })
    };
    let pid = blocked_at_gate(w).await;
    let killed: bool = w
        .query_one("SELECT pg_terminate_backend($1)", &[&pid])
        .await
        .expect("terminate")
        .get(0);
    assert!(killed);
    let result = run.await.expect("join");
    assert!(result.is_err(), "the run reports the killed session");
    holder
        .client
        .batch_execute("ROLLBACK")
        .await
        .expect("open the gate");
    // Nothing of 002 remains; the history stops at 001; the lock went with the session.
    assert_eq!(
        count(w, "SELECT count(*) FROM pg_class WHERE relname = 'second'").await,
        0
    );
    assert_eq!(
        count(w, "SELECT max(version_id) FROM goose_db_version").await,
        1
    );
    wait_until_no_advisory_lock(w).await;
    let again = Migrator::new(&set)
        .migrate(w, None)
        .await
        .expect("rerun completes");
    assert_eq!(
        again
            .applied
            .iter()
            .map(|a| a.version.get())
            .collect::<Vec<_>>(),
        vec![2]
    );
}

#[tokio::test]
async fn the_lock_holder_killed() {
    let db = TestDatabase::empty("holderkilled").await.expect("db");
    let holder = db.connect().await.expect("holder");
    let pid: i32 = holder
        .client
        .query_one("SELECT pg_backend_pid()", &[])
        .await
        .expect("pid")
        .get(0);
    holder
        .client
        .query_one("SELECT pg_advisory_lock($1)", &[&LOCK_KEY])
        .await
        .expect("take the lock");
    let watcher = db.connect().await.expect("watcher");
    let w = &watcher.client;
    w.batch_execute("CREATE TABLE gate (id int)")
        .await
        .expect("gate");
    assert_eq!(advisory_locks(w).await, 1);
    w.query_one("SELECT pg_terminate_backend($1)", &[&pid])
        .await
        .expect("terminate");
    wait_until_no_advisory_lock(w).await;
    let r = Migrator::new(&gated())
        .migrate(w, None)
        .await
        .expect("the next run proceeds");
    assert_eq!(r.to, Version::new(2));
}

#[tokio::test]
async fn postgres_restarted_between_and_during_runs() {
    let mut server = tokio::task::spawn_blocking(EphemeralServer::start)
        .await
        .expect("join")
        .expect("throwaway server");
    let cfg = PgConfig::parse(&server.url(), |_| None).expect("config");
    let set = gated();
    {
        let conn = cfg.connect().await.expect("connect");
        conn.client
            .batch_execute("CREATE TABLE gate (id int)")
            .await
            .expect("gate");
        Migrator::new(&set)
            .migrate(&conn.client, Some(Version::new(1)))
            .await
            .expect("up to 1");
    }
    // Between runs.
    let mut server = tokio::task::spawn_blocking(move || {
        server.restart().expect("restart");
        server
    })
    .await
    .expect("join");
    // During a run: held at the gate, then the server stops under it.
    let holder = cfg.connect().await.expect("holder");
    holder
        .client
        .batch_execute("BEGIN; LOCK TABLE gate IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("close the gate");
    let watcher = cfg.connect().await.expect("watcher");
    let run = {
        let set = set.clone();
        let conn = cfg.connect().await.expect("migrator");
        tokio::spawn(async move { Migrator::new(&set).migrate(&conn.client, None).await })
    };
    blocked_at_gate(&watcher.client).await;
    // The gate stays closed (its holder alive) until the server stops under the migration.
    server = tokio::task::spawn_blocking(move || {
        server.restart().expect("restart during the run");
        server
    })
    .await
    .expect("join");
    assert!(
        run.await.expect("join").is_err(),
        "the run fails with the server"
    );
    drop(holder);
    drop(watcher);
    let conn = cfg.connect().await.expect("reconnect");
    let c = &conn.client;
    assert_eq!(
        count(c, "SELECT count(*) FROM pg_class WHERE relname = 'second'").await,
        0
    );
    assert_eq!(
        count(c, "SELECT max(version_id) FROM goose_db_version").await,
        1
    );
    let again = Migrator::new(&set)
        .migrate(c, None)
        .await
        .expect("rerun completes");
    assert_eq!(again.to, Version::new(2));
    drop(conn);
    drop(server);
}

/// Waits, by polling the captured progress with a deadline, until it contains `what`.
async fn progress_says(out: &gander::testing::CapturedOutput, what: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !out.text().contains(what) {
        assert!(
            std::time::Instant::now() < deadline,
            "no {what:?} in 30 s:\n{}",
            out.text()
        );
        tokio::task::yield_now().await;
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn a_held_table_lock_is_named_retried_and_outlived() {
    let db = TestDatabase::empty("tablelock").await.expect("db");
    let watcher = db.connect().await.expect("watcher");
    let w = &watcher.client;
    w.batch_execute("CREATE TABLE gate (id int)")
        .await
        .expect("gate");
    let holder = db.connect().await.expect("holder");
    holder
        .client
        .batch_execute("BEGIN; LOCK TABLE gate IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("close the gate");
    let holder_pid: i32 = w
        .query_one(
            "SELECT pid FROM pg_locks WHERE relation = 'gate'::regclass AND granted AND mode = 'AccessExclusiveLock'",
            &[],
        )
        .await
        .expect("holder pid")
        .get(0);
    let out = gander::testing::CapturedOutput::default();
    let run = {
        let set = gated();
        let conn = db.connect().await.expect("migrator");
        let out = out.clone();
        let cfg = db.config().clone();
        tokio::spawn(async move {
            Migrator::new(&set)
                .with_options(gander::Options {
                    statement_lock_timeout: Some(std::time::Duration::from_millis(300)),
                    lock_timeout: std::time::Duration::from_secs(60),
                    ..gander::Options::default()
                })
                .with_watcher(Some(cfg))
                .with_progress(gander::Progress::new(out))
                .migrate(&conn.client, None)
                .await
        })
    };
    // The run names the blocker, rolls back and retries while the lock is held.
    progress_says(&out, &format!("blocked by backend {holder_pid}")).await;
    progress_says(&out, "(attempt 3,").await;
    let text = out.text();
    assert!(
        text.contains("LOCK TABLE gate IN ACCESS EXCLUSIVE MODE"),
        "{text}"
    );
    assert!(text.contains("002_wait_at_the_gate.sql:"), "{text}");
    // Between attempts nothing of 002 is left.
    holder
        .client
        .batch_execute("ROLLBACK")
        .await
        .expect("open the gate");
    let report = run
        .await
        .expect("join")
        .expect("succeeds once the lock is released");
    assert_eq!(report.to, Version::new(2));
    assert_eq!(count(w, "SELECT count(*) FROM second").await, 1);
    assert_eq!(advisory_locks(w).await, 0);
    let lt: String = w
        .query_one("SHOW lock_timeout", &[])
        .await
        .expect("show")
        .get(0);
    assert_eq!(lt, "0", "the watcher's own session is untouched");
}

#[tokio::test]
async fn statement_lock_waits_give_up_after_the_lock_timeout() {
    let db = TestDatabase::empty("tablelockgiveup").await.expect("db");
    let w = db.connect().await.expect("watcher");
    w.client
        .batch_execute("CREATE TABLE gate (id int)")
        .await
        .expect("gate");
    let holder = db.connect().await.expect("holder");
    holder
        .client
        .batch_execute("BEGIN; LOCK TABLE gate IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("close the gate");
    let conn = db.connect().await.expect("migrator");
    let err = Migrator::new(&gated())
        .with_options(gander::Options {
            statement_lock_timeout: Some(std::time::Duration::from_millis(100)),
            lock_timeout: std::time::Duration::from_millis(700),
            ..gander::Options::default()
        })
        .with_watcher(Some(db.config().clone()))
        .migrate(&conn.client, None)
        .await
        .expect_err("gives up");
    assert!(
        matches!(err, gander::Error::StatementLockTimeout { .. }),
        "{err}"
    );
    assert_eq!(err.sqlstate(), Some("55P03"));
    assert!(
        err.to_string().contains("002_wait_at_the_gate.sql"),
        "{err}"
    );
    assert_eq!(
        count(
            &w.client,
            "SELECT count(*) FROM pg_class WHERE relname = 'second'"
        )
        .await,
        0
    );
    assert_eq!(advisory_locks(&w.client).await, 0);
}

/// A `CREATE INDEX CONCURRENTLY` queued behind a table lock is not cut short by the statement
/// lock timeout (a timed-out build leaves an INVALID index that its retry would trip on): it
/// waits past the timeout, completes once the lock is released, and leaves a valid index.
#[tokio::test]
async fn a_concurrent_index_build_outlives_the_statement_lock_timeout() {
    let db = TestDatabase::empty("cictimeout").await.expect("db");
    let watcher = db.connect().await.expect("watcher");
    let w = &watcher.client;
    w.batch_execute("CREATE TABLE gate (id int)")
        .await
        .expect("gate");
    let holder = db.connect().await.expect("holder");
    holder
        .client
        .batch_execute("BEGIN; LOCK TABLE gate IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("close the gate");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gated_concurrently");
    let set = load_dir(&dir).expect("set");
    let run = {
        let conn = db.connect().await.expect("migrator");
        tokio::spawn(async move {
            let report = Migrator::new(&set)
                .with_options(gander::Options {
                    statement_lock_timeout: Some(std::time::Duration::from_millis(200)),
                    lock_timeout: std::time::Duration::from_secs(60),
                    ..gander::Options::default()
                })
                .migrate(&conn.client, None)
                .await;
            let lt: String = conn
                .client
                .query_one("SHOW lock_timeout", &[])
                .await
                .expect("show")
                .get(0);
            (report, lt)
        })
    };
    // The build has waited on the lock for well over the 200 ms statement lock timeout.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let waited = count(
            w,
            "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX CONCURRENTLY%' \
             AND wait_event_type = 'Lock' AND now() - query_start > interval '1 second'",
        )
        .await;
        if waited == 1 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the build never waited a second"
        );
        tokio::task::yield_now().await;
    }
    holder
        .client
        .batch_execute("ROLLBACK")
        .await
        .expect("open the gate");
    let (report, lt) = run.await.expect("join");
    assert_eq!(report.expect("the build completes").to, Version::new(1));
    assert_eq!(
        count(
            w,
            "SELECT count(*) FROM pg_index WHERE indexrelid = 'gate_id_idx'::regclass AND indisvalid"
        )
        .await,
        1
    );
    assert_eq!(
        lt, "0",
        "the session's own lock_timeout is restored after the run"
    );
}
