//! The namespace target through the real kube-rs client, an in-process API-server double and the
//! real PostgreSQL: port-forward, a pod that becomes Ready late, no pod, Secrets, RBAC denials, a
//! stream cut mid-migration, several namespaces at once, and kubectl accepting the double.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use gander::kube::{NamespaceTarget, Password, migrate_namespaces};
use gander::testing::{TestDatabase, TestServer};
use gander::{Error, MigrationSet, Migrator, Options, Progress, load_dir};
use gander_testkit::ApiServerDouble;

fn set(name: &str) -> MigrationSet {
    load_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name),
    )
    .expect("set")
}

fn datastorage() -> MigrationSet {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations"))
        .expect("Data Storage set")
}

/// Where the test PostgreSQL listens: what the fake pods forward to.
async fn backend() -> SocketAddr {
    let server = TestServer::shared().await.expect("server");
    let c = server.config().config();
    let host = match c.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(h)) if h != "localhost" => h.clone(),
        _ => "127.0.0.1".to_string(),
    };
    let port = c.get_ports().first().copied().unwrap_or(5432);
    format!("{host}:{port}").parse().expect("socket address")
}

struct Cluster {
    double: ApiServerDouble,
    kubeconfig: PathBuf,
}

async fn cluster(label: &str) -> Cluster {
    let double = ApiServerDouble::start().await.expect("double");
    let kubeconfig =
        std::env::temp_dir().join(format!("gander-kubeconfig-{label}-{}", std::process::id()));
    std::fs::write(&kubeconfig, double.kubeconfig("default")).expect("kubeconfig");
    Cluster { double, kubeconfig }
}

fn target(c: &Cluster, ns: &str, db: &TestDatabase) -> NamespaceTarget {
    let mut t = NamespaceTarget::new(ns);
    t.kubeconfig = Some(c.kubeconfig.clone());
    t.database = db.name().to_string();
    t.wait = Duration::from_secs(5);
    t.in_cluster = Some(false);
    t
}

use gander::testing::CapturedOutput as Captured;

#[tokio::test]
async fn migrates_through_a_port_forward_once_the_pod_is_ready() {
    let c = cluster("happy").await;
    c.double.add_namespace("team-a");
    c.double.add_pod(
        "team-a",
        "postgresql-0",
        "app=postgresql",
        backend().await,
        3,
    );
    c.double
        .add_secret("team-a", "pg-credentials", "password", "s3cr3t-Pa55");
    let db = TestDatabase::empty("kubehappy").await.expect("db");
    let mut t = target(&c, "team-a", &db);
    t.password = Password::secret("pg-credentials");
    let out = Captured::default();
    let progress = Progress::new(out.clone());
    let conn = t
        .connect(&progress)
        .await
        .expect("connect through the port-forward");
    let report = Migrator::new(&set("basic"))
        .with_progress(progress)
        .migrate(&conn.client, None)
        .await
        .expect("migrate");
    assert_eq!(report.applied.len(), 4);
    let text = out.text();
    assert!(text.contains("waiting for a Ready pod (pod postgresql-0 is Pending, Ready=False (ContainersNotReady))"), "{text}");
    assert!(
        text.contains("pod postgresql-0 is Ready")
            && text.contains("connected through a port-forward"),
        "{text}"
    );
    assert!(
        !text.contains("s3cr3t-Pa55") && !format!("{t:?}").contains("s3cr3t-Pa55"),
        "the password never shows"
    );
    let reqs = c.double.requests();
    assert!(
        reqs.iter()
            .any(|r| r.starts_with("GET /api/v1/namespaces/team-a/pods/postgresql-0/portforward?")),
        "{reqs:?}"
    );
    assert!(
        reqs.iter()
            .any(|r| r.contains("labelSelector=app%3Dpostgresql")),
        "{reqs:?}"
    );
    assert!(
        reqs.iter()
            .any(|r| r.starts_with("GET /api/v1/namespaces/team-a/secrets/pg-credentials")),
        "{reqs:?}"
    );
    // The database really changed: read back over a direct connection.
    let direct = db.connect().await.expect("direct");
    let n: i64 = direct
        .client
        .query_one("SELECT count(*) FROM accounts", &[])
        .await
        .expect("rows")
        .get(0);
    assert_eq!(n, 2);
}

#[tokio::test]
async fn clear_errors_for_what_people_get_wrong() {
    let c = cluster("errors").await;
    let db = TestDatabase::empty("kubeerrors").await.expect("db");
    let progress = Progress::silent();
    let message = |r: gander::Result<gander::Connection>| match r {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.to_string(),
    };
    // No such namespace.
    let m = message(target(&c, "nowhere", &db).connect(&progress).await);
    assert!(
        m.contains("namespace nowhere") && m.contains("not found"),
        "{m}"
    );
    // No pod after the wait.
    c.double.add_namespace("empty");
    let mut t = target(&c, "empty", &db);
    t.wait = Duration::from_millis(300);
    let m = message(t.connect(&progress).await);
    assert!(
        m.contains("no Ready PostgreSQL pod after 300ms: no pod matches app=postgresql"),
        "{m}"
    );
    // A pod that never becomes Ready: its phase and false conditions are named.
    c.double.add_namespace("stuck");
    c.double.add_pod(
        "stuck",
        "postgresql-0",
        "app=postgresql",
        backend().await,
        u32::MAX,
    );
    let mut t = target(&c, "stuck", &db);
    t.wait = Duration::from_millis(300);
    let m = message(t.connect(&progress).await);
    assert!(
        m.contains("pod postgresql-0 is Pending, Ready=False (ContainersNotReady)"),
        "{m}"
    );
    // Secret or key missing.
    c.double.add_namespace("team-b");
    c.double.add_pod(
        "team-b",
        "postgresql-0",
        "app=postgresql",
        backend().await,
        0,
    );
    c.double
        .add_secret("team-b", "pg", "postgres-password", "x");
    let mut t = target(&c, "team-b", &db);
    t.password = Password::secret("missing");
    let m = message(t.connect(&progress).await);
    assert!(m.contains("secret missing: not found"), "{m}");
    t.password = Password::secret("pg");
    let m = message(t.connect(&progress).await);
    assert!(
        m.contains("secret pg has no key `password`") && m.contains("postgres-password"),
        "{m}"
    );
    // RBAC: 403 on the port-forward names the verbs and the resource needed.
    c.double.forbid("create", "pods/portforward");
    t.password = Password::FromEnv;
    let m = message(t.connect(&progress).await);
    assert!(
        m.contains("forbidden by RBAC") && m.contains("`get` and `create` on `pods/portforward`"),
        "{m}"
    );
    c.double.forbid("list", "pods");
    let m = message(t.connect(&progress).await);
    assert!(m.contains("`list` and `get` on `pods`"), "{m}");
}

#[tokio::test]
async fn a_stream_cut_mid_migration_leaves_nothing_half_applied_and_a_rerun_completes() {
    let c = cluster("cut").await;
    c.double.add_namespace("team-c");
    c.double.add_pod(
        "team-c",
        "postgresql-0",
        "app=postgresql",
        backend().await,
        0,
    );
    let db = TestDatabase::empty("kubecut").await.expect("db");
    let t = target(&c, "team-c", &db);
    let set = datastorage();
    // Enough for the start-up, the history read and the lock, not for all the answers.
    c.double.cut_streams_after(Some(2_500));
    let progress = Progress::silent();
    let first = async {
        let conn = t.connect(&progress).await?;
        Migrator::new(&set).migrate(&conn.client, None).await
    }
    .await;
    assert!(first.is_err(), "the cut stream fails the run");
    c.double.cut_streams_after(None);
    let conn = t.connect(&progress).await.expect("reconnect");
    let status = Migrator::new(&set)
        .status(&conn.client)
        .await
        .expect("status");
    // Whatever was recorded is complete: each applied version's objects exist.
    let applied: Vec<u64> = status
        .versions
        .iter()
        .filter(|v| v.state == gander::VersionState::Applied)
        .map(|v| v.version.get())
        .collect();
    let expected_prefix: Vec<u64> = set
        .iter()
        .map(|m| m.version.get())
        .take(applied.len())
        .collect();
    assert_eq!(
        applied, expected_prefix,
        "applied versions are a prefix of the set"
    );
    let report = Migrator::new(&set)
        .with_options(Options {
            lock_timeout: Duration::from_secs(60),
            ..Options::default()
        })
        .migrate(&conn.client, None)
        .await
        .expect("rerun completes");
    assert_eq!(report.to, set.latest().expect("latest"));
    let tables: i64 = conn
        .client
        .query_one(
            "SELECT count(*) FROM pg_class WHERE relname IN ('notification_audit', 'audit_events', \
             'remediation_workflow_catalog', 'resource_action_traces', 'effectiveness_assessments')",
            &[],
        )
        .await
        .expect("tables")
        .get(0);
    assert_eq!(tables, 5);
}

#[tokio::test]
async fn three_namespaces_in_parallel_one_failing() {
    let c = cluster("parallel").await;
    let mut targets = Vec::new();
    let mut dbs = Vec::new();
    for ns in ["alpha", "beta", "gamma"] {
        c.double.add_namespace(ns);
        if ns != "gamma" {
            c.double
                .add_pod(ns, "postgresql-0", "app=postgresql", backend().await, 1);
        }
        let db = TestDatabase::empty(&format!("kube{ns}")).await.expect("db");
        let mut t = target(&c, ns, &db);
        t.wait = Duration::from_millis(500);
        targets.push(t);
        dbs.push(db);
    }
    let results = migrate_namespaces(
        &set("basic"),
        &targets,
        &Options::default(),
        4,
        Arc::new(Progress::silent()),
    )
    .await;
    assert_eq!(
        results
            .iter()
            .map(|r| r.namespace.as_str())
            .collect::<Vec<_>>(),
        vec!["alpha", "beta", "gamma"]
    );
    assert_eq!(results[0].result.as_ref().expect("alpha").applied.len(), 4);
    assert_eq!(results[1].result.as_ref().expect("beta").applied.len(), 4);
    let err = results[2].result.as_ref().expect_err("gamma has no pod");
    assert!(
        matches!(err, Error::Kubernetes { namespace, .. } if namespace == "gamma"),
        "{err}"
    );
}

/// kubectl, an independent client, accepts the double: the double speaks the real API.
#[tokio::test]
async fn kubectl_accepts_the_double() {
    let c = cluster("kubectl").await;
    c.double.add_namespace("team-k");
    c.double.add_pod(
        "team-k",
        "postgresql-0",
        "app=postgresql",
        backend().await,
        0,
    );
    c.double
        .add_secret("team-k", "pg-credentials", "password", "hunter2");
    let kubeconfig = c.kubeconfig.clone();
    let run = move |args: Vec<&'static str>| {
        let kubeconfig = kubeconfig.clone();
        tokio::task::spawn_blocking(move || {
            std::process::Command::new("kubectl")
                .arg("--kubeconfig")
                .arg(&kubeconfig)
                .args(&args)
                .env_remove("HTTPS_PROXY")
                .env_remove("https_proxy")
                .output()
                .expect("kubectl is installed")
        })
    };
    let out = run(vec![
        "get",
        "pods",
        "-n",
        "team-k",
        "-l",
        "app=postgresql",
        "-o",
        "json",
    ])
    .await
    .expect("join");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(list["items"][0]["metadata"]["name"], "postgresql-0");
    let out = run(vec![
        "get",
        "secret",
        "pg-credentials",
        "-n",
        "team-k",
        "-o",
        "jsonpath={.data.password}",
    ])
    .await
    .expect("join");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "aHVudGVyMg==");
    let out = run(vec![
        "wait",
        "--for=condition=Ready",
        "pod/postgresql-0",
        "-n",
        "team-k",
        "--timeout=20s",
    ])
    .await
    .expect("join");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("condition met"));
}

/// deploy/job.yaml: the Job runs `gander migrate` in its own namespace, and its Role grants
/// exactly what that in-cluster path calls: the double answers 403 to anything else, and every
/// rule is used.
#[tokio::test]
async fn the_in_cluster_job_needs_exactly_its_role() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/job.yaml"),
    )
    .expect("deploy/job.yaml");
    let docs: Vec<serde_yaml::Value> = serde_yaml::Deserializer::from_str(&text)
        .map(|d| serde::Deserialize::deserialize(d).expect("YAML document"))
        .collect();
    let kind = |k: &str| {
        docs.iter()
            .find(|d| d["kind"] == k)
            .unwrap_or_else(|| panic!("no {k} in deploy/job.yaml"))
    };
    let role = kind("Role");
    let binding = kind("RoleBinding");
    let account = kind("ServiceAccount");
    let job = kind("Job");
    assert_eq!(binding["roleRef"]["name"], role["metadata"]["name"]);
    assert_eq!(binding["subjects"][0]["name"], account["metadata"]["name"]);
    let pod = &job["spec"]["template"]["spec"];
    assert_eq!(pod["serviceAccountName"], account["metadata"]["name"]);
    let args: Vec<String> = pod["containers"][0]["args"]
        .as_sequence()
        .expect("args")
        .iter()
        .map(|a| a.as_str().expect("string arg").to_string())
        .collect();
    assert_eq!(args[0], "migrate");
    assert!(args.contains(&"--in-cluster".to_string()));
    let secret_spec = args
        .iter()
        .find_map(|a| a.strip_prefix("--password-secret="))
        .expect("--password-secret");
    let mut rules = Vec::new();
    for rule in role["rules"].as_sequence().expect("rules") {
        for r in rule["resources"].as_sequence().expect("resources") {
            for v in rule["verbs"].as_sequence().expect("verbs") {
                rules.push((
                    v.as_str().expect("verb").to_string(),
                    r.as_str().expect("resource").to_string(),
                ));
            }
        }
        if let Some(names) = rule["resourceNames"].as_sequence() {
            assert!(
                names
                    .iter()
                    .any(|n| n.as_str() == secret_spec.split('/').next()),
                "the Role names the Secret the Job reads"
            );
        }
    }
    assert_eq!(
        rules,
        vec![("get".to_string(), "secrets".to_string())],
        "least privilege"
    );

    // Run the Job's path against a double that grants only these rules.
    let c = cluster("job").await;
    c.double.add_namespace("team-j");
    let (name, key) = secret_spec.split_once('/').expect("NAME/KEY");
    c.double
        .add_secret("team-j", name, key, "irrelevant-with-trust-auth");
    c.double.only_allow(&rules);
    let db = TestDatabase::empty("kubejob").await.expect("db");
    let mut t = target(&c, "team-j", &db);
    t.in_cluster = Some(true);
    let addr = backend().await;
    t.in_cluster_host = Some(addr.ip().to_string());
    t.port = addr.port();
    t.password = Password::secret(secret_spec);
    let conn = t
        .connect(&Progress::silent())
        .await
        .expect("the Role is enough");
    Migrator::new(&set("basic"))
        .migrate(&conn.client, None)
        .await
        .expect("migrate");
    let used: Vec<String> = c
        .double
        .requests()
        .into_iter()
        .filter(|r| r.contains("/api/v1/namespaces/"))
        .collect();
    assert_eq!(
        used,
        vec![format!("GET /api/v1/namespaces/team-j/secrets/{name}?")],
        "every rule used, nothing else called"
    );
}

/// The password really travels from the Secret to PostgreSQL: against a server that demands
/// scram-sha-256, the right Secret connects and a wrong one is refused, and neither value is
/// ever shown.
#[tokio::test]
async fn a_secret_password_reaches_a_server_that_checks_it() {
    const RIGHT: &str = "c0rrect-h0rse";
    const WRONG: &str = "wr0ng-b4ttery";
    let server = tokio::task::spawn_blocking(|| {
        gander::ephemeral::EphemeralServer::start_with_password(RIGHT)
    })
    .await
    .expect("join")
    .expect("server with a password");
    assert!(!format!("{server:?}").contains(RIGHT));
    let c = cluster("scram").await;
    c.double.add_namespace("team-s");
    let backend = format!("127.0.0.1:{}", server.port())
        .parse()
        .expect("addr");
    c.double
        .add_pod("team-s", "postgresql-0", "app=postgresql", backend, 0);
    c.double.add_secret("team-s", "right", "password", RIGHT);
    c.double.add_secret("team-s", "wrong", "password", WRONG);
    let mut t = NamespaceTarget::new("team-s");
    t.kubeconfig = Some(c.kubeconfig.clone());
    t.in_cluster = Some(false);
    let out = Captured::default();
    let progress = Progress::new(out.clone());
    t.password = Password::secret("wrong");
    let err = match t.connect(&progress).await {
        Ok(_) => panic!("a wrong password must be refused"),
        Err(e) => e.to_string(),
    };
    assert!(
        err.contains("password authentication failed") || err.contains("28P01"),
        "{err}"
    );
    t.password = Password::secret("right");
    let conn = t
        .connect(&progress)
        .await
        .expect("the right password connects");
    Migrator::new(&set("basic"))
        .with_progress(progress)
        .migrate(&conn.client, None)
        .await
        .expect("migrate");
    let everything = format!("{err}\n{}\n{t:?}", out.text());
    assert!(
        !everything.contains(RIGHT) && !everything.contains(WRONG),
        "{everything}"
    );
}
