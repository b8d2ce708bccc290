//! The runtime against a real PostgreSQL (`DATABASE_URL`, or a throwaway server): apply, no-op
//! rerun, down/redo, status, dry-run, baseline, drift, missing, NO TRANSACTION, ENVSUB, failures
//! located at file:line with nothing left behind, goose interoperability and the lock.

use std::path::{Path, PathBuf};
use std::time::Duration;

use gander::testing::TestDatabase;
use gander::{
    Error, LOCK_KEY, MigrationSet, Migrator, Options, Progress, Version, VersionState, load_dir,
};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn set(name: &str) -> MigrationSet {
    load_dir(&data(name)).expect("test set checks clean")
}

/// A copy of a test set in a temp dir, changed by `edit` (file name → new content, or None to
/// remove the file).
fn edited(name: &str, edit: &[(&str, Option<&[u8]>)]) -> (PathBuf, MigrationSet) {
    static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "gander-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for entry in std::fs::read_dir(data(name)).expect("set") {
        let p = entry.expect("entry").path();
        std::fs::copy(&p, dir.join(p.file_name().expect("name"))).expect("copy");
    }
    for (file, content) in edit {
        match content {
            Some(c) => std::fs::write(dir.join(file), c).expect("write"),
            None => std::fs::remove_file(dir.join(file)).expect("remove"),
        }
    }
    let set = load_dir(&dir).expect("edited set checks clean");
    (dir, set)
}

use gander::testing::CapturedOutput as Captured;

async fn scalar_i64(client: &tokio_postgres::Client, sql: &str) -> i64 {
    client
        .query_one(sql, &[])
        .await
        .expect(sql)
        .get::<_, i64>(0)
}

async fn goose_rows(client: &tokio_postgres::Client) -> Vec<(i64, bool)> {
    client
        .query(
            "SELECT version_id, is_applied FROM goose_db_version ORDER BY id",
            &[],
        )
        .await
        .expect("goose rows")
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

async fn advisory_locks_held(client: &tokio_postgres::Client) -> i64 {
    gander::testing::migration_locks_held(client)
        .await
        .expect("pg_locks")
}

#[tokio::test]
async fn applies_once_and_a_rerun_is_a_no_op() {
    let db = TestDatabase::empty("apply").await.expect("test database");
    let conn = db.connect().await.expect("connect");
    let set = set("basic");
    let out = Captured::default();
    let m = Migrator::new(&set).with_progress(Progress::new(out.clone()));
    let report = m.migrate(&conn.client, None).await.expect("migrate");
    assert_eq!(report.applied.len(), 4);
    assert_eq!((report.from, report.to), (Version::new(0), Version::new(4)));
    assert!(!report.up_to_date);
    assert!(
        out.text()
            .contains("applied 003_index_accounts_concurrently.sql (2 unit(s), no transaction")
    );
    // Both CONCURRENTLY indexes exist and are valid.
    let valid = scalar_i64(
        &conn.client,
        "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid \
         WHERE c.relname IN ('accounts_email_idx', 'accounts_region_idx') AND i.indisvalid",
    )
    .await;
    assert_eq!(valid, 2);
    // ENVSUB: the default for an unset variable, and a variable that is set.
    let regions: Vec<String> = conn
        .client
        .query("SELECT region FROM accounts ORDER BY id", &[])
        .await
        .expect("regions")
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(regions, vec!["eu-west", "path-set"]);
    // goose's table, exactly as goose leaves it.
    assert_eq!(
        goose_rows(&conn.client).await,
        vec![(0, true), (1, true), (2, true), (3, true), (4, true)]
    );

    let again = m.migrate(&conn.client, None).await.expect("rerun");
    assert!(again.up_to_date && again.applied.is_empty());
    assert_eq!(
        goose_rows(&conn.client).await.len(),
        5,
        "a rerun writes nothing"
    );
    assert_eq!(advisory_locks_held(&conn.client).await, 0);
}

#[tokio::test]
async fn down_redo_and_targets() {
    let db = TestDatabase::empty("down").await.expect("test database");
    let conn = db.connect().await.expect("connect");
    let set = set("basic");
    let m = Migrator::new(&set);
    let c = &conn.client;
    let r = m.migrate(c, Some(Version::new(2))).await.expect("up to 2");
    assert_eq!(r.to, Version::new(2));
    assert_eq!(
        m.status(c)
            .await
            .expect("status")
            .count(VersionState::Pending),
        2
    );
    m.migrate(c, None).await.expect("up");
    let r = m.down(c, None).await.expect("down one");
    assert_eq!((r.rolled_back.len(), r.to), (1, Version::new(3)));
    assert_eq!(
        scalar_i64(c, "SELECT count(*) FROM accounts").await,
        0,
        "004's Down ran"
    );
    let r = m.down(c, Some(Version::new(1))).await.expect("down to 1");
    assert_eq!(
        r.rolled_back
            .iter()
            .map(|a| a.version.get())
            .collect::<Vec<_>>(),
        vec![3, 2]
    );
    assert_eq!(
        scalar_i64(
            c,
            "SELECT count(*) FROM pg_proc WHERE proname = 'accounts_touch'"
        )
        .await,
        0
    );
    assert_eq!(
        goose_rows(c).await,
        vec![(0, true), (1, true)],
        "goose deletes rows on down"
    );
    let r = m.redo(c).await.expect("redo");
    assert_eq!(
        (r.rolled_back.len(), r.applied.len(), r.to),
        (1, 1, Version::new(1))
    );
    let r = m.down(c, Some(Version::new(0))).await.expect("down to 0");
    assert_eq!(r.to, Version::new(0));
    assert_eq!(
        scalar_i64(
            c,
            "SELECT count(*) FROM pg_class WHERE relname = 'accounts'"
        )
        .await,
        0
    );
    let err = m
        .down(c, Some(Version::new(7)))
        .await
        .expect_err("unknown version");
    assert!(matches!(err, Error::UnknownVersion(v) if v.get() == 7));
}

#[tokio::test]
async fn status_json_and_dry_run() {
    let db = TestDatabase::empty("status").await.expect("test database");
    let conn = db.connect().await.expect("connect");
    let set = set("basic");
    let m = Migrator::new(&set);
    m.migrate(&conn.client, Some(Version::new(1)))
        .await
        .expect("up to 1");
    let status = m.status(&conn.client).await.expect("status");
    let json: serde_json::Value = serde_json::to_value(&status).expect("json");
    assert_eq!(json["current"], 1);
    assert_eq!(json["latest"], 4);
    assert_eq!(json["versions"][0]["state"], "applied");
    assert_eq!(json["versions"][1]["state"], "pending");
    assert_eq!(json["versions"][2]["no_transaction"], true);
    assert!(json["versions"][0]["applied_at"].is_string());

    let plan = m.plan(&conn.client, None).await.expect("plan");
    assert_eq!(
        plan.iter().map(|p| p.version.get()).collect::<Vec<_>>(),
        vec![2, 3, 4]
    );
    assert_eq!(plan[1].units.len(), 2);
    assert!(
        plan[1].units[0]
            .sql
            .starts_with("CREATE INDEX CONCURRENTLY accounts_email_idx")
    );
    assert!(
        plan[2].units[0].sql.contains("'eu-west'"),
        "dry-run shows the substituted SQL"
    );
    assert_eq!(
        plan[0].units[1].line, 5,
        "the block's first line, after its StatementBegin"
    );
    let columns = scalar_i64(&conn.client, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'accounts' AND column_name = 'updated_at'").await;
    assert_eq!(columns, 0, "a dry run changes nothing");
}

#[tokio::test]
async fn baseline_marks_without_running() {
    let db = TestDatabase::empty("baseline")
        .await
        .expect("test database");
    let conn = db.connect().await.expect("connect");
    let c = &conn.client;
    // A database created before gander: the schema of 001 and 002 exists, no history.
    c.batch_execute(
        "CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, \
         region text NOT NULL DEFAULT 'eu', updated_at timestamptz NOT NULL DEFAULT now())",
    )
    .await
    .expect("legacy schema");
    let set = set("basic");
    let m = Migrator::new(&set);
    let r = m.baseline(c, Version::new(2)).await.expect("baseline");
    assert_eq!(r.applied.len(), 2);
    assert_eq!(goose_rows(c).await, vec![(0, true), (1, true), (2, true)]);
    let r = m.migrate(c, None).await.expect("migrate after baseline");
    assert_eq!(
        r.applied
            .iter()
            .map(|a| a.version.get())
            .collect::<Vec<_>>(),
        vec![3, 4]
    );
    assert!(matches!(
        m.baseline(c, Version::new(1)).await,
        Err(Error::Baseline(..))
    ));
}

#[tokio::test]
async fn drift_is_refused_but_crlf_is_not_drift() {
    let db = TestDatabase::empty("drift").await.expect("test database");
    let conn = db.connect().await.expect("connect");
    let c = &conn.client;
    let original = set("basic");
    Migrator::new(&original)
        .migrate(c, Some(Version::new(2)))
        .await
        .expect("up to 2");

    let text =
        std::fs::read_to_string(data("basic").join("001_create_accounts.sql")).expect("read");
    let crlf = text.replace('\n', "\r\n");
    let (_d, crlf_set) = edited(
        "basic",
        &[("001_create_accounts.sql", Some(crlf.as_bytes()))],
    );
    let r = Migrator::new(&crlf_set)
        .migrate(c, None)
        .await
        .expect("CRLF-only change is not drift");
    assert_eq!(r.applied.len(), 2);

    let changed = text.replace(
        "'customer accounts; one row per login'",
        "'edited after it was applied'",
    );
    let (_d, drifted) = edited(
        "basic",
        &[("001_create_accounts.sql", Some(changed.as_bytes()))],
    );
    let m = Migrator::new(&drifted);
    let err = m.migrate(c, None).await.expect_err("drift refused");
    assert!(
        matches!(&err, Error::Drift(files) if files[0].ends_with("001_create_accounts.sql")),
        "{err}"
    );
    assert_eq!(
        m.status(c).await.expect("status").versions[0].state,
        VersionState::Drifted
    );
    let allowed = Migrator::new(&drifted).with_options(Options {
        allow_drift: true,
        ..Options::default()
    });
    allowed.migrate(c, None).await.expect("--allow-drift");
    assert_eq!(m.repair(c).await.expect("repair"), vec![Version::new(1)]);
    m.migrate(c, None)
        .await
        .expect("after repair the edit is accepted");
    assert_eq!(
        m.status(c)
            .await
            .expect("status")
            .count(VersionState::Drifted),
        0
    );
}

#[tokio::test]
async fn missing_and_out_of_order_are_refused_unless_allowed() {
    let db = TestDatabase::empty("missing").await.expect("test database");
    let conn = db.connect().await.expect("connect");
    let c = &conn.client;
    let (_d, without_2) = edited(
        "basic",
        &[
            ("002_add_touch_trigger.sql", None),
            ("004_seed_default_account.sql", None),
        ],
    );
    Migrator::new(&without_2)
        .migrate(c, None)
        .await
        .expect("apply 1 and 3");
    let full = set("basic");
    let err = Migrator::new(&full)
        .migrate(c, None)
        .await
        .expect_err("out of order");
    assert!(
        matches!(&err, Error::OutOfOrder { current, pending } if current.get() == 3 && pending == &[Version::new(2)]),
        "{err}"
    );
    let allow = Options {
        allow_missing: true,
        ..Options::default()
    };
    let r = Migrator::new(&full)
        .with_options(allow.clone())
        .migrate(c, None)
        .await
        .expect("--allow-missing");
    assert_eq!(
        r.applied
            .iter()
            .map(|a| a.version.get())
            .collect::<Vec<_>>(),
        vec![2, 4]
    );

    let (_d, without_4) = edited("basic", &[("004_seed_default_account.sql", None)]);
    let err = Migrator::new(&without_4)
        .migrate(c, None)
        .await
        .expect_err("missing");
    assert!(
        matches!(&err, Error::Missing(v) if v == &[Version::new(4)]),
        "{err}"
    );
    let st = Migrator::new(&without_4).status(c).await.expect("status");
    assert_eq!(st.count(VersionState::Missing), 1);
    Migrator::new(&without_4)
        .with_options(allow)
        .migrate(c, None)
        .await
        .expect("allowed");
}

#[tokio::test]
async fn a_failing_statement_is_located_and_leaves_nothing() {
    let db = TestDatabase::empty("failing").await.expect("test database");
    let conn = db.connect().await.expect("connect");
    let c = &conn.client;
    let set = set("failing");
    let err = Migrator::new(&set)
        .migrate(c, None)
        .await
        .expect_err("002 fails");
    let s = err.statement().expect("a statement error");
    assert!(s.path.ends_with("002_replace_parent.sql"), "{}", s.path);
    assert_eq!((s.line, s.column), (5, 1));
    // A dependency the schema model does not track (a view on one column): only PostgreSQL
    // finds it.
    assert_eq!(s.first_line, "ALTER TABLE parent DROP COLUMN name;");
    assert_eq!(s.code, "2BP01");
    assert!(
        s.detail
            .as_deref()
            .is_some_and(|d| d.contains("view parent_names depends on column name of table parent")),
        "{s:?}"
    );
    assert!(
        s.hint.as_deref().is_some_and(|h| h.contains("CASCADE")),
        "{s:?}"
    );
    assert_eq!(
        s.applied
            .iter()
            .map(|a| a.version.get())
            .collect::<Vec<_>>(),
        vec![1]
    );
    let text = err.to_string();
    assert!(
        text.contains("002_replace_parent.sql:5:1") && text.contains("SQLSTATE 2BP01"),
        "{text}"
    );
    // Nothing of 002 is left, and the history stops at 1.
    assert_eq!(
        scalar_i64(
            c,
            "SELECT count(*) FROM pg_class WHERE relname = 'replacement'"
        )
        .await,
        0
    );
    // 003 was in the same pipeline; the guard stopped it, and no transaction is left open.
    let after = "SELECT count(*) FROM pg_class WHERE relname = 'after_the_failure'";
    assert_eq!(scalar_i64(c, after).await, 0);
    let open = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'";
    assert_eq!(scalar_i64(c, open).await, 0);
    assert_eq!(goose_rows(c).await, vec![(0, true), (1, true)]);
    assert_eq!(
        advisory_locks_held(c).await,
        0,
        "the lock is released after a failure"
    );
}

#[tokio::test]
async fn a_migration_that_fails_at_commit_stops_the_rest_of_its_pipeline() {
    let db = TestDatabase::empty("failscommit")
        .await
        .expect("test database");
    let conn = db.connect().await.expect("connect");
    let c = &conn.client;
    let set = set("fails_at_commit");
    let err = Migrator::new(&set)
        .migrate(c, None)
        .await
        .expect_err("002's COMMIT fails");
    let text = err.to_string();
    assert!(text.contains("version 2: COMMIT"), "{text}");
    assert!(text.contains("23503"), "{text}");
    // 003 was sent in the same pipeline and its BEGIN succeeded (002's transaction had ended):
    // only the guard on 002's history row stops it.
    let after = "SELECT count(*) FROM pg_class WHERE relname = 'after_the_commit'";
    assert_eq!(scalar_i64(c, after).await, 0);
    assert_eq!(scalar_i64(c, "SELECT count(*) FROM order_lines").await, 0);
    assert_eq!(goose_rows(c).await, vec![(0, true), (1, true)]);
    let open = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'";
    assert_eq!(scalar_i64(c, open).await, 0);
    assert_eq!(advisory_locks_held(c).await, 0);
}

/// The statements gander prepares for its bookkeeping of a run.
async fn gander_statements(client: &tokio_postgres::Client) -> i64 {
    scalar_i64(
        client,
        "SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'gander%'",
    )
    .await
}

#[tokio::test]
async fn the_prepared_bookkeeping_leaves_nothing_and_yields_to_a_deallocate() {
    // Two runs on one session: each run's prepared statements are its own and gone after it.
    let db = TestDatabase::empty("prepared")
        .await
        .expect("test database");
    let conn = db.connect().await.expect("connect");
    let c = &conn.client;
    // A fifth migration notes what the session had prepared while it ran.
    let (_dir, basic) = edited(
        "basic",
        &[(
            "005_note_prepared_statements.sql",
            Some(
                b"-- +goose Up\nCREATE TABLE seen AS SELECT count(*) AS n FROM pg_prepared_statements WHERE name LIKE 'gander%';\n\n-- +goose Down\nDROP TABLE seen;\n",
            ),
        )],
    );
    let first = Migrator::new(&basic)
        .migrate(c, Some(Version::new(2)))
        .await
        .expect("first run");
    assert_eq!(first.applied.len(), 2);
    assert_eq!(gander_statements(c).await, 0);
    let second = Migrator::new(&basic)
        .migrate(c, None)
        .await
        .expect("second run");
    assert_eq!(second.applied.len(), 3);
    assert_eq!(gander_statements(c).await, 0);
    // The guard and the record were prepared statements while the pipeline ran.
    assert_eq!(scalar_i64(c, "SELECT n FROM seen").await, 2);
    let recorded = "SELECT count(*) FROM goose_db_version_gander WHERE checksum IS NOT NULL AND duration_ms IS NOT NULL AND goose_id IS NOT NULL";
    assert_eq!(scalar_i64(c, recorded).await, 5);
    // A failed run leaves none either.
    let failing = set("fails_at_commit");
    let db = TestDatabase::empty("preparedfail")
        .await
        .expect("test database");
    let conn = db.connect().await.expect("connect");
    Migrator::new(&failing)
        .migrate(&conn.client, None)
        .await
        .expect_err("002's COMMIT fails");
    assert_eq!(gander_statements(&conn.client).await, 0);

    // A migration that runs DEALLOCATE ALL: the run records every version with plain statements.
    let db = TestDatabase::empty("deallocate")
        .await
        .expect("test database");
    let conn = db.connect().await.expect("connect");
    let c = &conn.client;
    let report = Migrator::new(&set("deallocates"))
        .migrate(c, None)
        .await
        .expect("a set that drops prepared statements applies");
    assert_eq!(report.applied.len(), 3);
    assert_eq!(
        goose_rows(c).await,
        vec![(0, true), (1, true), (2, true), (3, true)]
    );
    assert_eq!(scalar_i64(c, "SELECT count(*) FROM ledger").await, 2);
}

#[tokio::test]
async fn error_positions_map_to_file_lines() {
    let db = TestDatabase::empty("position")
        .await
        .expect("test database");
    let conn = db.connect().await.expect("connect");
    let set = set("position");
    let err = Migrator::new(&set)
        .migrate(&conn.client, None)
        .await
        .expect_err("fails");
    let s = err.statement().expect("statement error");
    assert_eq!(s.code, "42883");
    assert_eq!(
        (s.line, s.column),
        (3, 1),
        "the statement that failed, not the migration"
    );
    assert_eq!(
        s.position,
        Some((5, 8)),
        "PostgreSQL's position, in the file"
    );
    assert!(s.hint.is_some());
}

#[tokio::test]
async fn goose_interop_both_table_layouts() {
    for (label, create) in [
        (
            "goose322",
            "CREATE TABLE goose_db_version (id integer PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY, \
             version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp NOT NULL DEFAULT now())",
        ),
        (
            "gooseserial",
            "CREATE TABLE goose_db_version (id serial NOT NULL, version_id bigint NOT NULL, \
             is_applied boolean NOT NULL, tstamp timestamp NULL default now(), PRIMARY KEY(id))",
        ),
    ] {
        let db = TestDatabase::empty(label).await.expect("test database");
        let conn = db.connect().await.expect("connect");
        let c = &conn.client;
        let set = set("basic");
        // What goose leaves after `goose up-to 1` (and a down/up of 2 in the old style).
        c.batch_execute(create).await.expect("goose table");
        c.batch_execute("INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, true), (1, true), (2, true), (2, false)")
            .await
            .expect("goose rows");
        for u in set.get(Version::new(1)).expect("001").up.units.iter() {
            c.batch_execute(&u.sql).await.expect("001 as goose ran it");
        }
        let m = Migrator::new(&set);
        let st = m.status(c).await.expect("status");
        assert_eq!(
            st.current,
            Version::new(1),
            "{label}: the latest row of 2 says not applied"
        );
        let r = m
            .migrate(c, None)
            .await
            .expect("gander continues goose's database");
        assert_eq!(
            r.applied
                .iter()
                .map(|a| a.version.get())
                .collect::<Vec<_>>(),
            vec![2, 3, 4],
            "{label}"
        );
        let rows = goose_rows(c).await;
        assert_eq!(&rows[4..], &[(2, true), (3, true), (4, true)], "{label}");
    }
    // A database gander created has goose's exact table.
    let db = TestDatabase::empty("ganderlayout")
        .await
        .expect("test database");
    let conn = db.connect().await.expect("connect");
    let c = &conn.client;
    let set = set("basic");
    Migrator::new(&set).migrate(c, None).await.expect("migrate");
    let columns: Vec<(String, String, String, String)> = c
        .query(
            "SELECT column_name::text, data_type::text, is_nullable::text, is_identity::text \
             FROM information_schema.columns WHERE table_name = 'goose_db_version' ORDER BY ordinal_position",
            &[],
        )
        .await
        .expect("columns")
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
        .collect();
    let want = [
        ("id", "integer", "NO", "YES"),
        ("version_id", "bigint", "NO", "NO"),
        ("is_applied", "boolean", "NO", "NO"),
        ("tstamp", "timestamp without time zone", "NO", "NO"),
    ];
    let want: Vec<(String, String, String, String)> = want
        .iter()
        .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()))
        .collect();
    assert_eq!(columns, want);
    // goose reads the current version as the newest applied row: 4.
    let current: i64 = c
        .query_one(
            "SELECT version_id FROM goose_db_version WHERE is_applied ORDER BY id DESC LIMIT 1",
            &[],
        )
        .await
        .expect("current")
        .get(0);
    assert_eq!(current, 4);
}

#[tokio::test]
async fn a_schema_qualified_history_table() {
    let db = TestDatabase::empty("qualified")
        .await
        .expect("test database");
    let conn = db.connect().await.expect("connect");
    let set = set("basic");
    let opts = Options {
        table: "ops.schema_history".into(),
        ..Options::default()
    };
    Migrator::new(&set)
        .with_options(opts)
        .migrate(&conn.client, None)
        .await
        .expect("migrate");
    assert_eq!(
        scalar_i64(&conn.client, "SELECT count(*) FROM ops.schema_history").await,
        5
    );
    assert_eq!(
        scalar_i64(
            &conn.client,
            "SELECT count(*) FROM ops.schema_history_gander"
        )
        .await,
        4
    );
}

#[tokio::test]
async fn lock_timeout_is_a_clear_error_and_leaves_no_lock() {
    let db = TestDatabase::empty("locktimeout")
        .await
        .expect("test database");
    let holder = db.connect().await.expect("holder");
    holder
        .client
        .query_one("SELECT pg_advisory_lock($1)", &[&LOCK_KEY])
        .await
        .expect("hold the lock");
    let conn = db.connect().await.expect("connect");
    let set = set("basic");
    let out = Captured::default();
    let m = Migrator::new(&set)
        .with_progress(Progress::new(out.clone()))
        .with_options(Options {
            lock_timeout: Duration::from_millis(300),
            ..Options::default()
        });
    let err = m
        .migrate(&conn.client, None)
        .await
        .expect_err("lock timeout");
    assert!(matches!(err, Error::LockTimeout(_)), "{err}");
    assert!(err.to_string().contains("4097083626"), "{err}");
    assert!(
        out.text()
            .contains("waiting for the migration lock (held by backend pid"),
        "{}",
        out.text()
    );
    // Only the holder's lock exists; none leaked from the migrator's session.
    assert_eq!(advisory_locks_held(&conn.client).await, 1);
    drop(holder);
    // With the holder gone (its session ending), the next run proceeds; the default timeout
    // covers the moment the server takes to notice the closed session.
    Migrator::new(&set)
        .migrate(&conn.client, None)
        .await
        .expect("proceeds");
    assert_eq!(advisory_locks_held(&conn.client).await, 0);
}

#[tokio::test]
async fn tls_follows_sslmode() {
    let db = TestDatabase::empty("tls").await.expect("test database");
    let conn = db.connect().await.expect("connect");
    let ssl_on: String = conn
        .client
        .query_one("SHOW ssl", &[])
        .await
        .expect("show ssl")
        .get(0);
    let url = db.url().replace("sslmode=disable", "sslmode=require");
    let result = gander::Target::Url(url).connect().await;
    if ssl_on == "on" {
        let tls = result.expect("sslmode=require connects over TLS");
        let encrypted: bool = tls
            .client
            .query_one(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                &[],
            )
            .await
            .expect("pg_stat_ssl")
            .get(0);
        assert!(encrypted);
    } else {
        let err = result.expect_err("a server without TLS refuses sslmode=require");
        assert!(matches!(err, Error::Connect { .. }), "{err}");
    }
}

/// A run cancelled while it holds the lock (its future dropped mid-migration) leaves no lock and
/// no partial migration once its session ends: the migration is applied whole or not at all.
#[tokio::test]
async fn a_cancelled_run_releases_the_lock_and_leaves_nothing() {
    let db = TestDatabase::empty("cancel").await.expect("test database");
    let blocker = db.connect().await.expect("blocker");
    blocker
        .client
        .batch_execute("CREATE TABLE gate (id int)")
        .await
        .expect("gate");
    let dir = std::env::temp_dir().join(format!("gander-cancel-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(
        dir.join("001_wait_at_the_gate.sql"),
        "-- +gander assume table gate\n-- +goose Up\nCREATE TABLE half_done (id int);\nLOCK TABLE gate IN ACCESS EXCLUSIVE MODE;\n\n-- +goose Down\nDROP TABLE half_done;\n",
    )
    .expect("write");
    let set = load_dir(&dir).expect("set");
    // The blocker holds the gate, so the migration blocks inside its transaction.
    blocker
        .client
        .batch_execute("BEGIN; LOCK TABLE gate IN ACCESS EXCLUSIVE MODE")
        .await
        .expect("hold gate");
    let conn = db.connect().await.expect("connect");
    let run = {
        let set = set.clone();
        let conn = conn;
        tokio::spawn(async move {
            let m = Migrator::new(&set);
            let _ = m.migrate(&conn.client, None).await;
            drop(conn);
        })
    };
    // Wait until the migrator holds the advisory lock and is blocked at the gate.
    let watcher = db.connect().await.expect("watcher");
    loop {
        let waiting: i64 = watcher
            .client
            .query_one(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'gate'::regclass",
                &[],
            )
            .await
            .expect("pg_locks")
            .get(0);
        if waiting > 0 {
            break;
        }
        tokio::task::yield_now().await;
    }
    assert_eq!(advisory_locks_held(&watcher.client).await, 1);
    run.abort(); // cancellation: the future and its connection are dropped
    let _ = run.await;
    blocker
        .client
        .batch_execute("ROLLBACK")
        .await
        .expect("open the gate");
    // The backend notices its client is gone when it next writes, and ends its session.
    loop {
        if advisory_locks_held(&watcher.client).await == 0 {
            break;
        }
        tokio::task::yield_now().await;
    }
    // The requests already sent may or may not run to their COMMIT before the server notices
    // the client is gone; either way the migration is all or nothing, with its history row.
    let half: i64 = watcher
        .client
        .query_one(
            "SELECT count(*) FROM pg_class WHERE relname = 'half_done'",
            &[],
        )
        .await
        .expect("half_done")
        .get(0);
    let recorded: i64 = watcher
        .client
        .query_one(
            "SELECT count(*) FROM goose_db_version WHERE version_id = 1",
            &[],
        )
        .await
        .expect("history")
        .get(0);
    assert_eq!(
        half, recorded,
        "all or nothing: the table exists exactly when its version is recorded"
    );
    let again = Migrator::new(&set)
        .migrate(&watcher.client, None)
        .await
        .expect("rerun completes");
    assert_eq!(again.applied.len() as i64, 1 - recorded);
    assert_eq!(again.to, Version::new(1));
}

/// `gander check --database-url`'s round trip: a Down that does not undo its Up, and an Up that
/// fails only on a real server, are both named at their file and line.
#[tokio::test]
async fn the_round_trip_finds_what_only_a_server_finds() {
    let server = gander::testing::TestServer::shared().await.expect("server");
    let progress = Progress::silent();
    let trip = gander::verify::round_trip(server, &set("basic"), &progress)
        .await
        .expect("basic reverses");
    assert_eq!(trip.migrations, 4);

    let err = gander::verify::round_trip(server, &set("irreversible"), &progress)
        .await
        .expect_err("002's Down forgets the index");
    match &err {
        Error::NotReversible {
            path,
            line,
            differences,
        } => {
            assert!(path.ends_with("002_index_and_column.sql"), "{path}");
            assert_eq!(*line, 5);
            assert_eq!(
                differences,
                &vec![
                    "+ index CREATE INDEX notes_name_idx ON public.notes USING btree (name)"
                        .to_string()
                ]
            );
        }
        other => panic!("expected NotReversible, got {other}"),
    }
    assert!(
        err.to_string()
            .contains("002_index_and_column.sql:5: the Down section does not undo the Up section")
    );

    let err = gander::verify::round_trip(server, &set("failing"), &progress)
        .await
        .expect_err("002's DROP COLUMN is blocked by a view");
    let s = err.statement().expect("statement error");
    assert!(
        s.path.ends_with("002_replace_parent.sql") && s.line == 5,
        "{err}"
    );
    assert!(s.detail.is_some() && s.hint.is_some(), "{err}");
}
