//! The Data Storage schema on a real PostgreSQL: applied through the library entry point, rolled
//! all the way back through every Down section, and applied again, ending with the same tables.

use gander::testing::TestDatabase;
use gander::{Migrator, Version};

async fn tables(client: &gander::tokio_postgres::Client) -> Vec<String> {
    client
        .query(
            "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition \
             AND c.relname NOT LIKE 'goose_db_version%' ORDER BY 1",
            &[],
        )
        .await
        .expect("tables")
        .iter()
        .map(|r| r.get(0))
        .collect()
}

#[tokio::test]
async fn applies_rolls_back_and_applies_again() {
    let db = TestDatabase::empty("datastorage")
        .await
        .expect("test database");
    let target = gander::Target::Url(db.url());
    let report = datastorage_schema::migrate(&target, std::io::sink())
        .await
        .expect("migrate");
    assert_eq!(report.applied.len(), datastorage_schema::MIGRATIONS.len());
    assert_eq!(report.to, datastorage_schema::LATEST);

    let conn = db.connect().await.expect("connect");
    let c = &conn.client;
    let first = tables(c).await;
    for t in [
        "notification_audit",
        "audit_events",
        "remediation_workflow_catalog",
        "resource_action_traces",
        "effectiveness_assessments",
    ] {
        assert!(first.iter().any(|x| x == t), "{t} missing from {first:?}");
    }
    let partitions: i64 = c
        .query_one(
            "SELECT count(*) FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'audit_events'",
            &[],
        )
        .await
        .expect("partitions")
        .get(0);
    assert!(
        partitions >= 12,
        "audit_events has monthly partitions: {partitions}"
    );

    let m = Migrator::new(&datastorage_schema::MIGRATIONS);
    let down = m
        .down(c, Some(Version::new(0)))
        .await
        .expect("every Down section runs");
    assert_eq!(down.rolled_back.len(), datastorage_schema::MIGRATIONS.len());
    assert!(tables(c).await.is_empty(), "the Downs undo everything");
    let again = m.migrate(c, None).await.expect("migrate again");
    assert_eq!(again.applied.len(), datastorage_schema::MIGRATIONS.len());
    assert_eq!(tables(c).await, first);
}
