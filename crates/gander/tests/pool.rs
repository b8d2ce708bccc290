//! The warm pool of test databases: pooled databases are migrated and never handed out twice,
//! and no test database outlives its process — not when a test panics (its `Drop` drops it),
//! and not when the process dies without unwinding (the next process's sweep drops it).
//!
//! The child processes are this test binary itself, running one of the `child_*` tests (marked
//! ignored: they are run only by their parent, never on their own).

use std::process::{Command, Output};

use gander::testing::{TestDatabase, TestServer};

fn set() -> gander::MigrationSet {
    gander::load_dir(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/basic"
    )))
    .expect("the basic set loads")
}

/// Runs `child` of this binary on the parent's server.
fn child(name: &str, url: &str) -> Output {
    let exe = std::env::current_exe().expect("this test binary");
    Command::new(exe)
        .args([
            name,
            "--exact",
            "--include-ignored",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env("DATABASE_URL", url)
        .env_remove("GANDER_KEEP_FAILED_DB")
        .output()
        .expect("run the child")
}

/// The database name a child printed (`GANDER_CHILD_DB=<name>`).
fn printed(o: &Output) -> String {
    let out = String::from_utf8_lossy(&o.stdout);
    out.lines()
        .find_map(|l| l.split_once("GANDER_CHILD_DB=").map(|(_, n)| n))
        .and_then(|n| n.split_whitespace().next())
        .map(str::to_string)
        .unwrap_or_else(|| {
            panic!(
                "the child names its database:\n{out}\n{}",
                String::from_utf8_lossy(&o.stderr)
            )
        })
}

async fn count_like(pattern: &str) -> i64 {
    let admin = TestServer::shared()
        .await
        .expect("server")
        .admin()
        .await
        .expect("admin");
    admin
        .client
        .query_one(
            "SELECT count(*) FROM pg_database WHERE datname LIKE $1",
            &[&pattern],
        )
        .await
        .expect("count")
        .get(0)
}

/// `gt_db_<token>_<n>` → `gt\_%\_<token>\_%`: every database of that process.
fn of_process(name: &str) -> String {
    let token = name.rsplit('_').nth(1).expect("a token in the name");
    format!("gt\\_%\\_{token}\\_%")
}

#[tokio::test]
async fn parallel_tests_get_distinct_migrated_databases() {
    let set = set();
    let mut started = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let set = set.clone();
        started.spawn(async move { TestDatabase::new(&set).await });
    }
    let dbs: Vec<TestDatabase> = started
        .join_all()
        .await
        .into_iter()
        .map(|db| db.expect("a test database"))
        .collect();
    let mut names = Vec::new();
    for db in &dbs {
        let conn = db.connect().await.expect("connect");
        let applied: i64 = conn
            .client
            .query_one(
                "SELECT count(*) FROM goose_db_version WHERE version_id > 0",
                &[],
            )
            .await
            .expect("the set is applied")
            .get(0);
        assert_eq!(applied as usize, set.len(), "{}", db.name());
        // Each is its own database: a table made in one is in no other.
        conn.client
            .batch_execute("CREATE TABLE only_here (id int)")
            .await
            .expect("a fresh database");
        names.push(db.name().to_string());
    }
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 8, "eight distinct databases");
    drop(dbs);
    for name in &names {
        assert_eq!(count_like(name).await, 0, "{name} is dropped with its test");
    }
}

#[tokio::test]
async fn a_panicking_test_leaves_no_database() {
    let server = TestServer::shared().await.expect("server");
    let out = child("child_panics_holding_a_database", server.url());
    assert!(!out.status.success(), "the child's test failed");
    let name = printed(&out);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("is dropped"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        count_like(&of_process(&name)).await,
        0,
        "nothing of the child's process ({name}) is left"
    );
}

#[tokio::test]
async fn a_process_that_dies_without_unwinding_is_swept() {
    let server = TestServer::shared().await.expect("server");
    let out = child("child_aborts_holding_a_database", server.url());
    assert!(!out.status.success(), "the child aborted");
    let name = printed(&out);
    assert_eq!(
        count_like(&name).await,
        1,
        "an aborted process cannot drop its database"
    );
    // The next test process's pool sweeps it when it starts: its owner lock is free.
    let next = child("child_starts_its_pool", server.url());
    assert!(
        next.status.success(),
        "{}",
        String::from_utf8_lossy(&next.stderr)
    );
    assert_eq!(
        count_like(&of_process(&name)).await,
        0,
        "the sweep dropped the aborted process's databases ({name})"
    );
}

#[tokio::test]
#[ignore = "a child process of a_panicking_test_leaves_no_database"]
async fn child_panics_holding_a_database() {
    let db = TestDatabase::new(&set()).await.expect("db");
    let _empty = TestDatabase::empty("alsohere").await.expect("db");
    println!("GANDER_CHILD_DB={}", db.name());
    panic!("failing on purpose while holding {}", db.name());
}

#[tokio::test]
#[ignore = "a child process of a_process_that_dies_without_unwinding_is_swept"]
async fn child_aborts_holding_a_database() {
    let db = TestDatabase::new(&set()).await.expect("db");
    println!("GANDER_CHILD_DB={}", db.name());
    std::process::abort();
}

#[tokio::test]
#[ignore = "a child process of a_process_that_dies_without_unwinding_is_swept"]
async fn child_starts_its_pool() {
    // Its own database's drop waits behind the sweep (one session does both, in order).
    let db = TestDatabase::empty("sweeper").await.expect("db");
    drop(db);
}
