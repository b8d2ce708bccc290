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
