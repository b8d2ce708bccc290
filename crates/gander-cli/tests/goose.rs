//! gander driven through goose's exact command lines and environment on a real PostgreSQL:
//! the hook Job's line verbatim (binary invoked as `goose`), every goose command, goose's exit
//! codes, and goose_db_version compared with what the native commands write. Also `create` and
//! `fix`, and `gander wait`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use gander_testkit::TestDatabase;

/// The hook Job's command line (deploy/base/migrate-job.yaml), verbatim.
const HOOK_LINE: &str = r#"goose -dir /migrations postgres "$GOOSE_DBSTRING" up"#;

const EXE: &str = env!("CARGO_BIN_EXE_gander");

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn clean(cmd: &mut Command) -> &mut Command {
    for v in [
        "DATABASE_URL",
        "PGHOST",
        "GOOSE_DRIVER",
        "GOOSE_DBSTRING",
        "GOOSE_MIGRATION_DIR",
        "GOOSE_TABLE",
    ] {
        cmd.env_remove(v);
    }
    cmd
}

/// `gander goose ARGS…`.
fn goose(args: &[&str]) -> Output {
    clean(Command::new(EXE).arg("goose").args(args))
        .output()
        .expect("run gander goose")
}

fn gander(args: &[&str]) -> Output {
    clean(Command::new(EXE).args(args))
        .output()
        .expect("run gander")
}

fn scratch(label: &str) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("gander-goose-{label}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// A small set: four migrations, one of them NO TRANSACTION.
fn small_set() -> PathBuf {
    let dir = scratch("set");
    let files = [
        (
            "00001_users.sql",
            "-- +goose Up\nCREATE TABLE users (id int PRIMARY KEY);\n\n-- +goose Down\nDROP TABLE users;\n",
        ),
        (
            "00002_posts.sql",
            "-- +goose Up\nCREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users);\n\n-- +goose Down\nDROP TABLE posts;\n",
        ),
        (
            "00003_posts_index.sql",
            "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY posts_user ON posts (user_id);\n\n-- +goose Down\nDROP INDEX CONCURRENTLY posts_user;\n",
        ),
        (
            "00004_tags.sql",
            "-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION one() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$;\n-- +goose StatementEnd\nCREATE TABLE tags (id int);\n\n-- +goose Down\nDROP TABLE tags;\nDROP FUNCTION one();\n",
        ),
    ];
    for (name, body) in files {
        std::fs::write(dir.join(name), body).expect("write migration");
    }
    dir
}

/// goose_db_version as (version_id, is_applied), in row order.
async fn history(db: &TestDatabase, table: &str) -> Vec<(i64, bool)> {
    let conn = db.connect().await.expect("connect");
    conn.client
        .query(
            &format!("SELECT version_id, is_applied FROM {table} ORDER BY id"),
            &[],
        )
        .await
        .expect("read goose_db_version")
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

fn ok(o: &Output) {
    assert!(o.status.success(), "{}", text(o));
}

#[tokio::test]
async fn the_hook_job_line_verbatim_writes_what_native_migrate_writes() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let migrations = repo.join("migrations").canonicalize().expect("migrations");
    // The binary, invoked under the name `goose` (an image swap: same line, gander's binary).
    let bin = scratch("bin");
    std::os::unix::fs::symlink(EXE, bin.join("goose")).expect("symlink goose");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    // The Job mounts the set at /migrations; here the same line runs with that one path
    // pointed at the repository's folder.
    let line = HOOK_LINE.replace("/migrations", &migrations.display().to_string());
    let via_goose = TestDatabase::empty("hookgoose").await.expect("db");
    let native = TestDatabase::empty("hooknative").await.expect("db");
    let run_line = |url: String| {
        clean(Command::new("sh").arg("-c").arg(&line))
            .env("PATH", &path)
            .env("GOOSE_DBSTRING", url)
            .output()
            .expect("sh")
    };
    let out = run_line(via_goose.url());
    ok(&out);
    let t = text(&out);
    assert!(
        t.contains("OK   001_initial_schema.sql (")
            && t.contains("goose: successfully migrated database to version: 1000"),
        "{t}"
    );
    let out = gander(&[
        "migrate",
        "--source",
        migrations.to_str().expect("utf-8"),
        "--database-url",
        &native.url(),
    ]);
    ok(&out);
    let g = history(&via_goose, "goose_db_version").await;
    assert_eq!(g.len(), 21, "the version-0 row and 20 migrations: {g:?}");
    assert_eq!(g, history(&native, "goose_db_version").await);
    // Again: nothing to run, exit 0, goose's words.
    let out = run_line(via_goose.url());
    ok(&out);
    assert!(
        text(&out).contains("goose: no migrations to run. current version: 1000"),
        "{}",
        text(&out)
    );
    assert_eq!(g, history(&via_goose, "goose_db_version").await);
}

#[tokio::test]
async fn every_goose_command_matches_the_native_history_step_by_step() {
    let dir = small_set();
    let d = dir.to_str().expect("utf-8");
    let a = TestDatabase::empty("goosecmds").await.expect("db");
    let b = TestDatabase::empty("nativecmds").await.expect("db");
    let (ua, ub) = (a.url(), b.url());
    let steps: &[(&[&str], &[&str])] = &[
        (&["up-by-one"], &["migrate", "--to", "1"]),
        (&["up-to", "3"], &["migrate", "--to", "3"]),
        (&["down"], &["down"]),
        (&["up-by-one"], &["migrate", "--to", "3"]),
        (&["redo"], &["redo"]),
        (&["up"], &["migrate"]),
        (&["down-to", "1"], &["down", "--to", "1"]),
        (&["up"], &["migrate"]),
        (&["reset"], &["down", "--to", "0"]),
        (&["up"], &["migrate"]),
    ];
    for (i, (g, n)) in steps.iter().enumerate() {
        let mut args = vec!["-dir", d, "postgres", &ua];
        args.extend_from_slice(g);
        let out = goose(&args);
        assert!(out.status.success(), "step {i} goose {g:?}: {}", text(&out));
        let mut args: Vec<&str> = n.to_vec();
        args.extend(["--source", d, "--database-url", &ub]);
        let out = gander(&args);
        assert!(
            out.status.success(),
            "step {i} native {n:?}: {}",
            text(&out)
        );
        assert_eq!(
            history(&a, "goose_db_version").await,
            history(&b, "goose_db_version").await,
            "step {i}: {g:?} vs {n:?}"
        );
    }
    // status and version, in goose's layout, on stderr as goose's log writes them.
    let out = goose(&["-dir", d, "postgres", &ua, "status"]);
    ok(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("    Applied At                  Migration"),
        "{err}"
    );
    assert_eq!(
        err.lines()
            .filter(|l| l.contains(" -- 0000") && !l.contains("Pending"))
            .count(),
        4,
        "{err}"
    );
    let out = goose(&["-dir", d, "postgres", &ua, "version"]);
    ok(&out);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("goose: version 4"),
        "{}",
        text(&out)
    );
    // goose's failures: exit 1.
    let out = goose(&["-dir", d, "postgres", &ua, "up-by-one"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("goose run: no next version found"));
    let out = goose(&["-dir", d, "postgres", &ua, "up-to", "x"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("version must be a number (got 'x')"));
    let out = goose(&["-dir", d, "postgres", &ua, "frobnicate"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("\"frobnicate\": no such command"));
    let out = goose(&["-dir", d, "postgres", &ua, "reset"]);
    ok(&out);
    let out = goose(&["-dir", d, "postgres", &ua, "down"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("no current version found"));
}

#[tokio::test]
async fn goose_environment_flags_and_exit_codes() {
    let dir = small_set();
    let d = dir.to_str().expect("utf-8");
    let db = TestDatabase::empty("gooseenv").await.expect("db");
    // Everything from goose's environment; flags after the command (xflag.ParseToEnd).
    let out = clean(Command::new(EXE).args(["goose", "up", "-v"]))
        .env("GOOSE_DRIVER", "pgx")
        .env("GOOSE_DBSTRING", db.url())
        .env("GOOSE_MIGRATION_DIR", d)
        .env("GOOSE_TABLE", "public.app_versions")
        .output()
        .expect("run");
    ok(&out);
    assert_eq!(history(&db, "public.app_versions").await.len(), 5);
    // -table beats GOOSE_TABLE.
    let out = clean(Command::new(EXE).args(["goose", "-table=other_versions", "version"]))
        .env("GOOSE_DRIVER", "postgres")
        .env("GOOSE_DBSTRING", db.url())
        .env("GOOSE_MIGRATION_DIR", d)
        .env("GOOSE_TABLE", "public.app_versions")
        .output()
        .expect("run");
    ok(&out);
    assert!(text(&out).contains("goose: version 0"), "{}", text(&out));

    // A password never appears, not even in goose's `-dbstring=` error line.
    let secret_url = db.url().replace("postgres@", "postgres:S3cr3t-pw@");
    let out = goose(&["-dir", d, "mysql", &secret_url, "up"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("driver \"mysql\" is not supported"));
    assert!(!text(&out).contains("S3cr3t-pw"), "{}", text(&out));
    let out = goose(&["-dir", d, "postgres", &secret_url, "status"]);
    ok(&out);
    assert!(!text(&out).contains("S3cr3t-pw"), "{}", text(&out));

    // -no-versioning refused clearly.
    let out = goose(&["-no-versioning", "-dir", d, "postgres", &db.url(), "up"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("-no-versioning is not supported by gander"));
    // Go's flag package: an unknown flag is exit 2; no command is usage and exit 1; -h is 0.
    let out = goose(&["-frob", "postgres", &db.url(), "up"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("flag provided but not defined: -frob"));
    let out = goose(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("Usage: goose"));
    let out = goose(&["-h"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let out = goose(&["-dir", d, "postgres", &db.url()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    // A migration that fails: exit 1, goose's prefix, gander's file:line.
    std::fs::write(
        dir.join("00005_bad.sql"),
        "-- +goose Up\nALTER TABLE nowhere ADD COLUMN x int;\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("00006_worse.sql"),
        "-- +goose Up\nINSERT INTO tags VALUES ('not a number');\n",
    )
    .expect("write");
    let out = goose(&["-dir", d, "postgres", &db.url(), "up"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("goose run: "), "{}", text(&out));
    // validate: the static check, silent on success, exit 1 on an error.
    std::fs::remove_file(dir.join("00005_bad.sql")).expect("rm");
    let out = goose(&["-dir", d, "validate"]);
    ok(&out);
    assert!(text(&out).trim().is_empty(), "{}", text(&out));
    let out = goose(&["-v", "-dir", d, "validate"]);
    ok(&out);
    assert!(
        text(&out).contains("00003_posts_index.sql"),
        "{}",
        text(&out)
    );
    std::fs::write(dir.join("00007_split.sql"), "-- +goose Up\nSELEC 1;\n").expect("write");
    let out = goose(&["-dir", d, "validate"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("00007_split.sql:2"), "{}", text(&out));
}

#[test]
fn create_and_fix_follow_goose() {
    let dir = scratch("create");
    let d = dir.to_str().expect("utf-8");
    let out = goose(&["-dir", d, "create", "add users", "sql"]);
    ok(&out);
    let names = |dir: &Path| {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .expect("read")
            .map(|e| e.expect("entry").file_name().to_string_lossy().to_string())
            .collect();
        v.sort();
        v
    };
    let first = names(&dir);
    assert_eq!(first.len(), 1);
    let (stamp, rest) = first[0].split_once('_').expect("version_");
    assert_eq!(stamp.len(), 14, "{first:?}");
    assert_eq!(rest, "add_users.sql");
    assert!(text(&out).contains("Created new file: "), "{}", text(&out));
    assert_eq!(
        std::fs::read_to_string(dir.join(&first[0])).expect("read"),
        "-- +goose Up\nSELECT 'up SQL query';\n\n-- +goose Down\nSELECT 'down SQL query';\n"
    );
    // -s: the next sequential version (timestamps do not count), five digits.
    ok(&goose(&["-s", "-dir", d, "create", "Add-Posts!", "sql"]));
    assert!(
        names(&dir).contains(&"00001_add_posts_.sql".to_string()),
        "{:?}",
        names(&dir)
    );
    // A Go migration is refused.
    let out = goose(&["-dir", d, "create", "x", "go"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("SQL migrations only"), "{}", text(&out));
    // fix: the timestamped file becomes the next sequential version.
    let out = goose(&["-dir", d, "fix"]);
    ok(&out);
    assert!(
        text(&out).contains(&format!("RENAMED {} => 00002_add_users.sql", first[0])),
        "{}",
        text(&out)
    );
    assert_eq!(names(&dir), ["00001_add_posts_.sql", "00002_add_users.sql"]);
    // Native: sequential detected and padded like the newest file; fix is then a no-op.
    let out = gander(&["create", "add tags", "--source", d]);
    ok(&out);
    assert!(names(&dir).contains(&"00003_add_tags.sql".to_string()));
    let out = gander(&["fix", "--source", d]);
    ok(&out);
    assert!(
        text(&out).contains("0 timestamped migration(s) renamed"),
        "{}",
        text(&out)
    );
    // A three-digit set continues with three digits; --timestamp forces a timestamp.
    let three = scratch("three");
    std::fs::write(three.join("019_a.sql"), "-- +goose Up\nSELECT 1;\n").expect("write");
    ok(&gander(&[
        "create",
        "b",
        "--source",
        three.to_str().expect("utf-8"),
    ]));
    assert!(three.join("020_b.sql").exists(), "{:?}", names(&three));
    ok(&gander(&[
        "create",
        "c",
        "--timestamp",
        "--source",
        three.to_str().expect("utf-8"),
    ]));
    ok(&gander(&[
        "fix",
        "--source",
        three.to_str().expect("utf-8"),
    ]));
    assert_eq!(names(&three), ["00021_c.sql", "019_a.sql", "020_b.sql"]);
}

/// Polls `cond` until it holds or `secs` pass.
fn until(secs: u64, mut cond: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while Instant::now() < deadline {
        if cond() {
            return true;
        }
        // Polling the state with a deadline (not synchronising by sleeping).
        std::thread::sleep(Duration::from_millis(10));
    }
    false
}

#[tokio::test]
async fn wait_times_out_below_the_version_and_on_a_refused_port() {
    let dir = small_set();
    let d = dir.to_str().expect("utf-8");
    let db = TestDatabase::empty("waitbelow").await.expect("db");
    ok(&gander(&[
        "migrate",
        "--source",
        d,
        "--database-url",
        &db.url(),
        "--to",
        "2",
    ]));
    let started = Instant::now();
    let out = gander(&[
        "wait",
        "--source",
        d,
        "--database-url",
        &db.url(),
        "--timeout",
        "1",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(started.elapsed() >= Duration::from_secs(1));
    let t = text(&out);
    assert!(
        t.contains("waiting for") && t.contains("to reach version 4") && t.contains("version 2"),
        "{t}"
    );
    // --at-least below the current version: at once.
    let out = gander(&[
        "wait",
        "--source",
        d,
        "--database-url",
        &db.url(),
        "--at-least",
        "2",
        "--timeout",
        "5",
    ]);
    ok(&out);
    // Nothing listens: times out non-zero, the last state says why.
    let refused = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = refused.local_addr().expect("addr").port();
    drop(refused);
    let url = format!("postgres://postgres:Hidden-pw@127.0.0.1:{port}/postgres");
    let out = gander(&[
        "wait",
        "--source",
        d,
        "--database-url",
        &url,
        "--timeout",
        "1",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let t = text(&out);
    assert!(
        t.contains("cannot connect") && t.contains("timed out after"),
        "{t}"
    );
    assert!(!t.contains("Hidden-pw"), "{t}");
}

#[tokio::test]
async fn wait_returns_within_a_second_of_another_process_finishing() {
    let dir = small_set();
    let d = dir.to_str().expect("utf-8").to_string();
    let db = TestDatabase::empty("waitdone").await.expect("db");
    let url = db.url();
    let mut waiter = clean(Command::new(EXE).args([
        "wait",
        "--source",
        &d,
        "--database-url",
        &url,
        "--timeout",
        "60",
    ]))
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .expect("spawn wait");
    // The waiter is polling (connected, below the version) before the migration starts: its
    // session shows in pg_stat_activity.
    let admin = db.connect().await.expect("connect");
    let name = db.name().to_string();
    let polling = {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut seen = false;
        while Instant::now() < deadline && !seen {
            let n: i64 = admin
                .client
                .query_one(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
                    &[&name],
                )
                .await
                .expect("activity")
                .get(0);
            seen = n > 0;
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        seen
    };
    assert!(polling, "the waiter connected");
    assert!(
        waiter.try_wait().expect("try_wait").is_none(),
        "still waiting"
    );
    let out = gander(&["migrate", "--source", &d, "--database-url", &url]);
    ok(&out);
    let finished = Instant::now();
    assert!(
        until(1, || waiter.try_wait().expect("try_wait").is_some()),
        "wait returned within a second of the migration finishing"
    );
    let took = finished.elapsed();
    let out = waiter.wait_with_output().expect("wait output");
    assert!(out.status.success(), "{}", text(&out));
    assert!(took < Duration::from_secs(1), "{took:?}");
    assert!(text(&out).contains("at version 4"), "{}", text(&out));
}

/// deploy/base renders with kubectl kustomize: the hook Job carries Helm's and ArgoCD's hook
/// annotations, a TTL, no hook-succeeded deletion, and the command line the test above runs;
/// and the rendered objects apply (`kubectl apply --server-side`, twice: applying is
/// idempotent) to the API-server double, where `kubectl get` reads them back.
#[tokio::test]
async fn the_deploy_base_renders_with_the_hook_line_and_the_wait_gate_and_applies() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/base");
    let out = Command::new("kubectl")
        .arg("kustomize")
        .arg(&base)
        .output()
        .expect("kubectl is installed");
    assert!(out.status.success(), "{}", text(&out));
    let y = String::from_utf8_lossy(&out.stdout).to_string();
    for want in [
        "helm.sh/hook: post-install,post-upgrade",
        "helm.sh/hook-delete-policy: before-hook-creation",
        "argocd.argoproj.io/hook: Sync",
        "argocd.argoproj.io/sync-wave: \"-1\"",
        "ttlSecondsAfterFinished:",
        "- wait",
        HOOK_LINE,
    ] {
        assert!(y.contains(want), "missing {want:?} in:\n{y}");
    }
    assert!(!y.contains("hook-succeeded"), "{y}");

    let double = gander_testkit::ApiServerDouble::start()
        .await
        .expect("API-server double");
    double.add_namespace("deploy");
    let kubeconfig = scratch("deploy-kubeconfig").join("kubeconfig");
    std::fs::write(&kubeconfig, double.kubeconfig("deploy")).expect("kubeconfig");
    let kubectl = |args: Vec<String>, stdin: Option<String>| {
        let kubeconfig = kubeconfig.clone();
        tokio::task::spawn_blocking(move || {
            let mut child = Command::new("kubectl")
                .arg("--kubeconfig")
                .arg(&kubeconfig)
                .args(&args)
                .env_remove("HTTPS_PROXY")
                .env_remove("https_proxy")
                .env_remove("HTTP_PROXY")
                .env_remove("http_proxy")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("kubectl is installed");
            if let (Some(mut pipe), Some(input)) = (child.stdin.take(), stdin) {
                std::io::Write::write_all(&mut pipe, input.as_bytes()).expect("stdin");
            }
            child.wait_with_output().expect("kubectl runs")
        })
    };
    let apply = || {
        kubectl(
            // The double serves no OpenAPI schemas to validate against: it checks kind,
            // apiVersion, namespace and name itself.
            ["apply", "--server-side", "--validate=false", "-f", "-"]
                .map(String::from)
                .to_vec(),
            Some(y.clone()),
        )
    };
    for round in ["first", "again"] {
        let out = apply().await.expect("join");
        assert!(out.status.success(), "apply ({round}): {}", text(&out));
        let said = String::from_utf8_lossy(&out.stdout);
        for object in ["job.batch/gander-migrate", "configmap/gander-wait-snippet"] {
            assert!(
                said.contains(object),
                "apply ({round}) names {object}: {said}"
            );
        }
    }
    assert!(
        double
            .requests()
            .iter()
            .any(|r| r.starts_with("PATCH /apis/batch/v1/namespaces/deploy/jobs/gander-migrate")),
        "the Job came by server-side apply: {:?}",
        double.requests()
    );
    let get = |what: &str| {
        let args = ["get", what, "-o", "json"].map(String::from).to_vec();
        kubectl(args, None)
    };
    let out = get("job/gander-migrate").await.expect("join");
    assert!(out.status.success(), "get job: {}", text(&out));
    let job: serde_json::Value = serde_json::from_slice(&out.stdout).expect("job JSON");
    assert_eq!(job["metadata"]["namespace"], "deploy");
    let annotations = &job["metadata"]["annotations"];
    assert_eq!(annotations["helm.sh/hook"], "post-install,post-upgrade");
    assert_eq!(annotations["argocd.argoproj.io/sync-wave"], "-1");
    assert!(job["spec"]["ttlSecondsAfterFinished"].is_number(), "{job}");
    let container = job["spec"]["template"]["spec"]["containers"][0].to_string();
    let line = serde_json::to_string(HOOK_LINE).expect("JSON string");
    let line = line.trim_matches('"');
    assert!(container.contains(line), "{line} in {container}");
    let out = get("configmap/gander-wait-snippet").await.expect("join");
    assert!(out.status.success(), "get configmap: {}", text(&out));
    let map: serde_json::Value = serde_json::from_slice(&out.stdout).expect("configmap JSON");
    assert!(map["data"].to_string().contains("wait"), "{map}");
    let out = kubectl(
        ["get", "jobs", "-o", "name"].map(String::from).to_vec(),
        None,
    )
    .await
    .expect("join");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "job.batch/gander-migrate",
        "{}",
        text(&out)
    );
}
