//! The template cache across processes, through `gander-testkit testdb`: built once by
//! concurrent test processes, rebuilt when the set changes, and a failed test's database kept
//! and named.

use std::process::{Command, Output, Stdio};

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The template cache across processes: built once by concurrent test processes, rebuilt when
/// the set changes, and a failed test's database dropped (kept and named when asked).
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
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_gander-testkit"));
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

    let admin = server.admin().await.expect("admin");
    let count = |name: String| {
        let admin = &admin;
        async move {
            admin
                .client
                .query_one(
                    "SELECT count(*) FROM pg_database WHERE datname = $1",
                    &[&name],
                )
                .await
                .expect("count")
                .get::<_, i64>(0)
        }
    };
    let named = |o: &Output| {
        let err = String::from_utf8_lossy(&o.stderr).to_string();
        err.split("its database ")
            .nth(1)
            .and_then(|r| r.split_whitespace().next())
            .unwrap_or_else(|| panic!("the failed test names its database: {err}"))
            .to_string()
    };
    // A failed test's database is dropped with it, so that nothing is left behind...
    let failed = run(&["--fail"]).wait_with_output().expect("wait");
    assert!(!failed.status.success());
    let name = named(&failed);
    assert!(text(&failed).contains("is dropped"), "{}", text(&failed));
    assert_eq!(count(name.clone()).await, 0, "{name} is dropped");
    // ... and kept, named, when asked.
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gander-testkit"));
    cmd.args([
        "testdb",
        "--source",
        dir.to_str().expect("utf-8 path"),
        "--fail",
    ])
    .env("DATABASE_URL", server.url())
    .env("GANDER_KEEP_FAILED_DB", "1");
    let failed = cmd.output().expect("run");
    assert!(!failed.status.success());
    let name = named(&failed);
    assert!(
        text(&failed).contains("kept for inspection"),
        "{}",
        text(&failed)
    );
    assert_eq!(count(name.clone()).await, 1, "{name} is kept");
    admin
        .client
        .batch_execute(&format!("DROP DATABASE \"{name}\" WITH (FORCE)"))
        .await
        .expect("clean up");
}
