//! The `gander` binary as users and CI run it: exit codes, a throwaway server, status JSON, a
//! failing set, and 16 processes racing to migrate one database.

use std::process::{Command, Output, Stdio};

use gander_testkit::TestDatabase;

fn gander(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gander"))
        .args(args)
        .env_remove("DATABASE_URL")
        .env_remove("PGHOST")
        .output()
        .expect("run gander")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn no_target_exits_2_and_says_how_to_name_one() {
    let out = gander(&["migrate"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("--database-url"), "{}", text(&out));
}

#[test]
fn ephemeral_migrate_applies_the_data_storage_schema() {
    let out = gander(&["migrate", "--ephemeral"]);
    let t = text(&out);
    assert!(out.status.success(), "{t}");
    assert!(
        t.contains("applied 20 migration(s) to throwaway PostgreSQL"),
        "{t}"
    );
    assert!(
        t.contains("created 9 table(s) (2 partitioned) and 62 partition(s)"),
        "{t}"
    );
    assert!(t.contains("version 0 -> 1000"), "{t}");
}

#[tokio::test]
async fn status_json_and_a_failing_set() {
    let db = TestDatabase::empty("clistatus")
        .await
        .expect("test database");
    let url = db.url();
    let out = gander(&["migrate", "--database-url", &url, "--to", "13"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = gander(&["status", "--database-url", &url, "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out));
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("status JSON on stdout");
    assert_eq!(json["current"], 13);
    assert_eq!(json["latest"], 1000);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../gander/tests/data/failing");
    let db2 = TestDatabase::empty("clifail").await.expect("test database");
    let out = gander(&["migrate", "--database-url", &db2.url(), "--source", dir]);
    assert_eq!(out.status.code(), Some(1));
    let t = text(&out);
    assert!(
        t.contains("002_replace_parent.sql:5:1")
            && t.contains("SQLSTATE 2BP01")
            && t.contains("hint: Use DROP ... CASCADE"),
        "{t}"
    );
}

#[tokio::test]
async fn sixteen_racing_processes_apply_each_version_once() {
    // GANDER_RACE_ROUNDS=20 for the long variant.
    let rounds: usize = std::env::var("GANDER_RACE_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(2);
    for round in 0..rounds {
        let db = TestDatabase::empty("race").await.expect("test database");
        let url = db.url();
        let spawned: Vec<_> = (0..16)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_gander"))
                    .args(["migrate", "--database-url", &url])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn gander")
            })
            .collect();
        let outputs: Vec<Output> = spawned
            .into_iter()
            .map(|c| c.wait_with_output().expect("wait"))
            .collect();
        for o in &outputs {
            assert!(o.status.success(), "round {round}: {}", text(o));
        }
        let conn = db.connect().await.expect("connect");
        let q = |sql: &'static str| {
            let c = &conn.client;
            async move { c.query_one(sql, &[]).await.expect(sql).get::<_, i64>(0) }
        };
        let dupes = q("SELECT count(*) FROM (SELECT version_id FROM goose_db_version GROUP BY version_id HAVING count(*) > 1) d").await;
        assert_eq!(dupes, 0, "round {round}: a version was applied twice");
        assert_eq!(
            q("SELECT count(*) FROM goose_db_version WHERE version_id > 0").await,
            20,
            "round {round}"
        );
        let locks = q("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' \
                       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
        .await;
        assert_eq!(locks, 0, "round {round}: no advisory lock left");
        let applied_by_one = outputs
            .iter()
            .filter(|o| String::from_utf8_lossy(&o.stdout).contains("applied 20 migration(s)"))
            .count();
        assert_eq!(
            applied_by_one, 1,
            "round {round}: exactly one process applied the set"
        );
    }
}

/// `gander migrate --namespace … --kubeconfig …` (what `cargo xtask migrate` passes on) against
/// the API-server double: one line per namespace, exit 1 when one fails.
#[tokio::test]
async fn migrate_namespaces_through_the_api_server_double() {
    let server = gander_testkit::TestServer::shared().await.expect("server");
    let port = server
        .config()
        .config()
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432);
    let double = gander_testkit::ApiServerDouble::start()
        .await
        .expect("double");
    let admin = server.admin().await.expect("admin");
    let pid = std::process::id();
    for ns in ["east", "west"] {
        double.add_labelled_namespace(ns, "team=storage,env=e2e");
        double.add_pod(
            ns,
            "postgresql-0",
            "app=postgresql",
            format!("127.0.0.1:{port}").parse().expect("addr"),
            0,
        );
        admin
            .client
            .batch_execute(&format!("DROP DATABASE IF EXISTS gk_{pid}_{ns}"))
            .await
            .expect("drop");
        admin
            .client
            .batch_execute(&format!("CREATE DATABASE gk_{pid}_{ns}"))
            .await
            .expect("create");
    }
    double.add_labelled_namespace("north", "team=other");
    let kubeconfig = std::env::temp_dir().join(format!("gander-cli-{pid}.kubeconfig"));
    std::fs::write(&kubeconfig, double.kubeconfig("east")).expect("kubeconfig");
    let database = format!("gk_{pid}_{{namespace}}");
    let run = |namespaces: &[&str]| {
        let mut args: Vec<String> = vec!["migrate".into()];
        for ns in namespaces {
            match ns.strip_prefix("selector:") {
                Some(sel) => args.extend(["--namespace-selector".to_string(), sel.to_string()]),
                None => args.extend(["--namespace".to_string(), ns.to_string()]),
            }
        }
        args.extend([
            "--kubeconfig".into(),
            kubeconfig.display().to_string(),
            "--database".into(),
            database.clone(),
        ]);
        args.extend(["--wait".into(), "1".into()]);
        let exe = env!("CARGO_BIN_EXE_gander");
        tokio::task::spawn_blocking(move || {
            Command::new(exe)
                .args(&args)
                .env_remove("DATABASE_URL")
                .output()
                .expect("run")
        })
    };
    let out = run(&["east", "west"]).await.expect("join");
    let t = text(&out);
    assert!(out.status.success(), "{t}");
    assert!(t.contains("2 namespace(s)"), "{t}");
    assert!(
        t.lines().any(|l| l.contains("east")
            && l.contains("ok")
            && l.contains("version   1000")
            && l.contains("20 applied")),
        "{t}"
    );
    // A label selector over namespaces picks east and west (up to date now), not north.
    let out = run(&["selector:team=storage"]).await.expect("join");
    let t = text(&out);
    assert!(out.status.success(), "{t}");
    assert!(
        t.contains("2 namespace(s)") && t.contains("west") && !t.contains("north"),
        "{t}"
    );
    let out = run(&["east", "north"]).await.expect("join");
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(
        t.lines()
            .any(|l| l.contains("east") && l.contains("ok") && l.contains("0 applied")),
        "{t}"
    );
    assert!(
        t.lines()
            .any(|l| l.contains("north") && l.contains("FAILED")),
        "{t}"
    );
    for ns in ["east", "west"] {
        let _ = admin
            .client
            .batch_execute(&format!(
                "DROP DATABASE IF EXISTS gk_{pid}_{ns} WITH (FORCE)"
            ))
            .await;
    }
}

/// A password given in the URL, in PGPASSWORD or in a flag never appears in anything gander
/// prints: progress, results, errors, --dry-run, status, or debug logs.
#[tokio::test]
async fn passwords_never_appear_in_output() {
    const SECRET: &str = "Tr0ub4dor-and-3";
    let db = TestDatabase::empty("secrets").await.expect("test database");
    // The test server trusts local connections, so any password is accepted and passed along.
    let url = db
        .url()
        .replace("postgres@", &format!("postgres:{SECRET}@"));
    let failing = concat!(env!("CARGO_MANIFEST_DIR"), "/../gander/tests/data/failing");
    let db2 = TestDatabase::empty("secrets2")
        .await
        .expect("test database");
    let url2 = db2
        .url()
        .replace("postgres@", &format!("postgres:{SECRET}@"));
    let runs: Vec<Vec<&str>> = vec![
        vec!["migrate", "--database-url", &url, "--to", "9"],
        vec!["migrate", "--database-url", &url, "--dry-run"],
        vec![
            "migrate",
            "--database-url",
            &url,
            "--dry-run",
            "--format",
            "json",
        ],
        vec!["status", "--database-url", &url],
        vec!["status", "--database-url", &url, "--format", "json"],
        vec!["migrate", "--database-url", &url2, "--source", failing],
        vec![
            "migrate",
            "--database-url",
            "postgres://postgres:Tr0ub4dor-and-3@127.0.0.1:1/nowhere?connect_timeout=2",
        ],
        vec![
            "migrate",
            "--database-url",
            "host=127.0.0.1 port=1 user=postgres password=Tr0ub4dor-and-3 connect_timeout=2",
        ],
        vec![
            "migrate",
            "--database-url",
            "postgres://postgres:Tr0ub4dor-and-3@127.0.0.1/x?sslmode=nonsense",
        ],
    ];
    let mut everything = String::new();
    for args in &runs {
        let out = Command::new(env!("CARGO_BIN_EXE_gander"))
            .args(args)
            .env("GANDER_LOG", "debug")
            .env("PGPASSWORD", SECRET)
            .output()
            .expect("run gander");
        everything.push_str(&text(&out));
    }
    // A PGPASSWORD-only target, failing to connect.
    let out = Command::new(env!("CARGO_BIN_EXE_gander"))
        .args(["status"])
        .env_remove("DATABASE_URL")
        .env("PGHOST", "127.0.0.1")
        .env("PGPORT", "1")
        .env("PGPASSWORD", SECRET)
        .env("GANDER_LOG", "debug")
        .output()
        .expect("run gander");
    everything.push_str(&text(&out));
    assert!(
        everything.contains("cannot connect to postgres://postgres@127.0.0.1:1/"),
        "{everything}"
    );
    assert!(
        everything.contains("SQLSTATE"),
        "the failing run is among the outputs"
    );
    assert!(
        everything.contains("***") || !everything.contains("password="),
        "redacted forms only"
    );
    assert!(
        !everything.contains(SECRET),
        "the password leaked:\n{everything}"
    );
}

/// Polls `sql` (a count) until it is zero or the deadline passes; returns the last value.
async fn until_zero(c: &gander::tokio_postgres::Client, sql: &str, secs: u64) -> i64 {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        let n: i64 = c.query_one(sql, &[]).await.expect(sql).get(0);
        if n == 0 || std::time::Instant::now() >= deadline {
            return n;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

fn sigterm(child: &std::process::Child) {
    let ok = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(ok.success());
}

#[tokio::test]
async fn sigterm_mid_lock_wait_leaves_no_backend_and_no_lock() {
    let db = TestDatabase::empty("sigterm").await.expect("test database");
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
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../gander/tests/data/gated");
    // No statement lock timeout: the backend waits in the lock queue until cancelled.
    let child = Command::new(env!("CARGO_BIN_EXE_gander"))
        .args([
            "migrate",
            "--database-url",
            &db.url(),
            "--source",
            dir,
            "--statement-lock-timeout",
            "0",
        ])
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let pid: i32 = loop {
        let row = w
            .query_opt("SELECT pid FROM pg_locks WHERE NOT granted AND relation = 'gate'::regclass LIMIT 1", &[])
            .await
            .expect("pg_locks");
        if let Some(r) = row {
            break r.get(0);
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the run never queued at the gate"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    let sent = std::time::Instant::now();
    sigterm(&child);
    let out = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .expect("join")
        .expect("wait");
    let exited = sent.elapsed();
    let t = text(&out);
    assert_eq!(out.status.code(), Some(143), "{t}");
    assert!(t.contains("interrupted by SIGTERM"), "{t}");
    assert!(
        exited < std::time::Duration::from_secs(2),
        "exited after {exited:?}: {t}"
    );
    let backend = until_zero(
        w,
        &format!("SELECT count(*) FROM pg_stat_activity WHERE pid = {pid}"),
        5,
    )
    .await;
    let locks = until_zero(
        w,
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        5,
    )
    .await;
    eprintln!("SIGTERM to exit: {exited:?}; backend gone, lock released within 5 s");
    assert_eq!((backend, locks), (0, 0), "{t}");
    holder.client.batch_execute("ROLLBACK").await.expect("open");
    assert_eq!(
        w.query_one(
            "SELECT count(*) FROM pg_class WHERE relname = 'second'",
            &[]
        )
        .await
        .expect("second")
        .get::<_, i64>(0),
        0
    );
}

#[tokio::test]
async fn check_interrupted_drops_its_scratch_database() {
    let db = TestDatabase::empty("checksig")
        .await
        .expect("test database");
    let dir = std::env::temp_dir().join(format!("gander-checksig-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(
        dir.join("001_slow.sql"),
        "-- +goose Up\nCREATE TABLE slow (id int);\nSELECT pg_sleep(60);\n\n-- +goose Down\nDROP TABLE slow;\n",
    )
    .expect("write");
    let child = Command::new(env!("CARGO_BIN_EXE_gander"))
        .args([
            "check",
            "--source",
            &dir.display().to_string(),
            "--database-url",
            &db.url(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let pattern = format!("gander_check_{}_%", child.id());
    let conn = db.connect().await.expect("connect");
    let c = &conn.client;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let n: i64 = c
            .query_one("SELECT count(*) FROM pg_stat_activity WHERE datname LIKE $1 AND query LIKE '%pg_sleep%'", &[&pattern])
            .await
            .expect("activity")
            .get(0);
        if n > 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the check never reached pg_sleep"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    sigterm(&child);
    let out = tokio::task::spawn_blocking(move || child.wait_with_output())
        .await
        .expect("join")
        .expect("wait");
    assert_eq!(out.status.code(), Some(143), "{}", text(&out));
    let left: i64 = c
        .query_one(
            "SELECT count(*) FROM pg_database WHERE datname LIKE $1",
            &[&pattern],
        )
        .await
        .expect("pg_database")
        .get(0);
    assert_eq!(left, 0, "{}", text(&out));
}

#[tokio::test]
async fn an_empty_source_and_a_bad_string_are_errors_that_say_so() {
    let db = TestDatabase::empty("cliempty")
        .await
        .expect("test database");
    let dir = std::env::temp_dir().join(format!("gander-cli-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let d = dir.display().to_string();
    for args in [
        vec!["migrate", "--source", &d, "--database-url", &db.url()],
        vec!["check", "--source", &d],
    ] {
        let out = gander(&args);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        assert!(
            text(&out).contains(&format!("no migration in {d}")),
            "{}",
            text(&out)
        );
    }
    for url in [
        "postgres:/u:s3cr3tPW@h/db",
        "host=h password = 's3cr3tPW port=1",
        "host=h\tpassword=s3cr3tPW\tport=x",
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_gander"))
            .args(["status", "--database-url", url])
            .env("GANDER_LOG", "debug")
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        assert!(!text(&out).contains("s3cr3tPW"), "{}", text(&out));
        assert!(
            text(&out).contains("invalid connection string"),
            "{}",
            text(&out)
        );
    }
    let nope = db
        .url()
        .replacen(db.name(), &format!("{}_nope", db.name()), 1);
    let out = gander(&["status", "--database-url", &nope]);
    assert!(
        text(&out).contains("does not exist (SQLSTATE 3D000)"),
        "{}",
        text(&out)
    );
}

/// At run time the server decides: a table the platform created in the database, which the
/// migrations alter but never create, is an error for `gander check` (compile time) and only a
/// printed warning for `migrate --source`, which applies the set.
#[tokio::test]
async fn run_time_prints_model_findings_as_warnings_and_applies() {
    let db = TestDatabase::empty("clidefer")
        .await
        .expect("test database");
    let conn = db.connect().await.expect("connect");
    conn.client
        .batch_execute("CREATE TABLE platform_events (id bigint PRIMARY KEY)")
        .await
        .expect("the platform's table");
    let dir = std::env::temp_dir().join(format!("gander-cli-defer-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(
        dir.join("001_note.sql"),
        "-- +goose Up\nALTER TABLE platform_events ADD COLUMN note text;\n\n-- +goose Down\nALTER TABLE platform_events DROP COLUMN note;\n",
    )
    .expect("write");
    let d = dir.display().to_string();
    let out = gander(&["check", "--source", &d]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("error[unknown-table]"),
        "{}",
        text(&out)
    );
    let out = gander(&["migrate", "--source", &d, "--database-url", &db.url()]);
    let t = text(&out);
    assert!(out.status.success(), "{t}");
    assert!(
        t.contains("warning[unknown-table]") && t.contains("001_note.sql:2"),
        "{t}"
    );
    let n: i64 = conn
        .client
        .query_one(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'platform_events' AND column_name = 'note'",
            &[],
        )
        .await
        .expect("columns")
        .get(0);
    assert_eq!(n, 1, "the column was added: {t}");
    let _ = std::fs::remove_dir_all(&dir);
}
