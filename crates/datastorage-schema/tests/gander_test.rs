//! The Data Storage schema's own tests, written with `#[gander::test]`: each gets a fresh
//! database with the set applied, cloned from a template built once.

use gander::testing::TestDatabase;

#[gander::test(migrations = datastorage_schema::MIGRATIONS)]
async fn audit_events_route_to_monthly_partitions(db: TestDatabase) {
    let conn = db.connect().await.expect("connect");
    let c = &conn.client;
    let parts: Vec<String> = c
        .query(
            "SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid \
             JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'audit_events' ORDER BY 1",
            &[],
        )
        .await
        .expect("partitions")
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(parts.len() >= 13, "{parts:?}");
    let version: i64 = c
        .query_one(
            "SELECT max(version_id) FROM goose_db_version WHERE is_applied",
            &[],
        )
        .await
        .expect("version")
        .get(0);
    assert_eq!(version as u64, datastorage_schema::LATEST.get());
}

#[gander::test(migrations = datastorage_schema::MIGRATIONS)]
async fn each_test_gets_its_own_database(db: TestDatabase) {
    let other = TestDatabase::new(&datastorage_schema::MIGRATIONS)
        .await
        .expect("second database");
    assert_ne!(db.name(), other.name());
    let a = db.connect().await.expect("a");
    a.client
        .batch_execute("CREATE TABLE only_in_a (id int)")
        .await
        .expect("create");
    let b = other.connect().await.expect("b");
    let seen: i64 = b
        .client
        .query_one(
            "SELECT count(*) FROM pg_class WHERE relname = 'only_in_a'",
            &[],
        )
        .await
        .expect("count")
        .get(0);
    assert_eq!(seen, 0);
}

#[gander::test(migrations = datastorage_schema::MIGRATIONS, version = 9)]
async fn starts_from_a_given_version(db: TestDatabase) {
    let conn = db.connect().await.expect("connect");
    let status = gander::Migrator::new(&datastorage_schema::MIGRATIONS)
        .status(&conn.client)
        .await
        .expect("status");
    assert_eq!(status.current.get(), 9);
    assert_eq!(
        status.count(gander::VersionState::Pending),
        datastorage_schema::MIGRATIONS.len() - 9
    );
}
