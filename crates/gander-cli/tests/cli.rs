//! The `gander` binary as users and CI run it: exit codes, a throwaway server, status JSON, a
//! failing set, and 16 processes racing to migrate one database.

use std::process::{Command, Output, Stdio};

use gander::testing::TestDatabase;

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

/// The template cache across processes: built once by concurrent test processes, rebuilt when
/// the set changes, and a failed test's database kept and named.
#[tokio::test]
async fn test_databases_share_one_template_across_processes() {
    let server = gander::testing::TestServer::shared().await.expect("server");
    let dir = std::env::temp_dir().join(format!("gander-tpl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let nonce = format!("{:?}", std::time::SystemTime::now());
    let write = |extra: &str| {
        std::fs::write(
            dir.join("001_create_items.sql"),
            format!("-- +goose Up\n-- {nonce} {extra}\nCREATE TABLE items (id int PRIMARY KEY);\n\n-- +goose Down\nDROP TABLE items;\n"),
        )
        .expect("write");
    };
    let run = |extra_args: &[&str]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_gander"));
        cmd.args(["testdb", "--source", dir.to_str().expect("utf-8 path")])
            .args(extra_args)
            .env("DATABASE_URL", server.url())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd.spawn().expect("spawn")
    };
    let built = |outs: &[Output]| {
        outs.iter()
            .filter(|o| String::from_utf8_lossy(&o.stdout).contains("template built: true"))
            .count()
    };
    write("v1");
    let outs: Vec<Output> = (0..4)
        .map(|_| run(&[]))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|c| c.wait_with_output().expect("wait"))
        .collect();
    for o in &outs {
        assert!(o.status.success(), "{}", text(o));
    }
    assert_eq!(built(&outs), 1, "four concurrent processes, one build");
    let again = run(&[]).wait_with_output().expect("wait");
    assert_eq!(built(&[again]), 0, "reused");
    write("v2");
    let changed = run(&[]).wait_with_output().expect("wait");
    assert_eq!(built(&[changed]), 1, "a changed set rebuilds its template");

    let failed = run(&["--fail"]).wait_with_output().expect("wait");
    assert!(!failed.status.success());
    let err = String::from_utf8_lossy(&failed.stderr).to_string();
    let name = err
        .split("its database ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .unwrap_or_else(|| panic!("the failed test names its database: {err}"))
        .to_string();
    assert!(err.contains("kept for inspection"), "{err}");
    let admin = server.admin().await.expect("admin");
    let kept: i64 = admin
        .client
        .query_one(
            "SELECT count(*) FROM pg_database WHERE datname = $1",
            &[&name],
        )
        .await
        .expect("kept")
        .get(0);
    assert_eq!(kept, 1, "{name} is kept");
    admin
        .client
        .batch_execute(&format!("DROP DATABASE \"{name}\" WITH (FORCE)"))
        .await
        .expect("clean up");
}

/// `gander migrate --namespace … --kubeconfig …` (what `cargo xtask migrate` passes on) against
/// the API-server double: one line per namespace, exit 1 when one fails.
#[tokio::test]
async fn migrate_namespaces_through_the_api_server_double() {
    let server = gander::testing::TestServer::shared().await.expect("server");
    let port = server
        .config()
        .config()
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432);
    let double = gander::testing::ApiServerDouble::start()
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
