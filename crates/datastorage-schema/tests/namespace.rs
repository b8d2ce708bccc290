//! The seed's entry point, `apply_migrations(namespace, kubeconfig, writer)`, against the
//! API-server double bridged to a throwaway PostgreSQL (whose `postgres` database the seed's
//! defaults migrate).

use gander::ephemeral::EphemeralServer;
use gander_testkit::ApiServerDouble;

#[tokio::test]
async fn apply_migrations_reaches_a_namespace() {
    let server = tokio::task::spawn_blocking(EphemeralServer::start)
        .await
        .expect("join")
        .expect("throwaway server");
    let double = ApiServerDouble::start().await.expect("double");
    double.add_namespace("e2e-datastorage");
    let backend = format!("127.0.0.1:{}", server.port())
        .parse()
        .expect("addr");
    double.add_pod(
        "e2e-datastorage",
        "postgresql-0",
        "app=postgresql",
        backend,
        1,
    );
    let kubeconfig =
        std::env::temp_dir().join(format!("gander-seed-{}.kubeconfig", std::process::id()));
    std::fs::write(&kubeconfig, double.kubeconfig("e2e-datastorage")).expect("kubeconfig");

    let log = gander::testing::CapturedOutput::default();
    let report =
        datastorage_schema::apply_migrations("e2e-datastorage", Some(&kubeconfig), log.clone())
            .await
            .expect("apply_migrations");
    assert_eq!(report.to, datastorage_schema::LATEST);
    assert_eq!(report.applied.len(), datastorage_schema::MIGRATIONS.len());
    let text = log.text();
    assert!(
        text.contains("e2e-datastorage: pod postgresql-0 is Ready"),
        "{text}"
    );
    assert!(
        text.contains("applied 1000_create_audit_events_partitions.sql"),
        "{text}"
    );
    // Re-applying after a PostgreSQL restart (the seed's DLQ tests) is a no-op, not a failure.
    let again =
        datastorage_schema::apply_migrations("e2e-datastorage", Some(&kubeconfig), std::io::sink())
            .await
            .expect("second apply");
    assert!(again.up_to_date);
    let _ = std::fs::remove_file(&kubeconfig);
}
