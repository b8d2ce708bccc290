//! ENVSUB turned on inside a `StatementBegin` block, applied on a real server as goose applies
//! it: with the variable unset (its default is used) and with it set. One test in its own
//! process, because it sets an environment variable.

use std::path::Path;

use gander::testing::TestDatabase;
use gander::{Migrator, load_dir};

async fn schemas(client: &tokio_postgres::Client) -> Vec<String> {
    client
        .query(
            "SELECT nspname::text FROM pg_namespace WHERE nspname LIKE 'ledger%' ORDER BY 1",
            &[],
        )
        .await
        .expect("schemas")
        .iter()
        .map(|r| r.get(0))
        .collect()
}

#[tokio::test]
#[allow(unsafe_code)]
async fn envsub_inside_a_block_uses_the_default_then_the_environment() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/envsub_block");
    let set = load_dir(&dir).expect("the set checks clean at compile time, defaults substituted");
    let db = TestDatabase::empty("envsub").await.expect("test database");
    let conn = db.connect().await.expect("connect");
    let m = Migrator::new(&set);

    // Unset: goose takes the default.
    // SAFETY: this test binary runs this one test, and no other thread reads the environment.
    unsafe { std::env::remove_var("GANDER_TEST_LEDGER_SCHEMA") };
    m.migrate(&conn.client, None)
        .await
        .expect("migrate with the default");
    assert_eq!(schemas(&conn.client).await, ["ledger_adapter"]);
    let note: String = conn
        .client
        .query_one(
            "INSERT INTO ledger_adapter.entries (id) VALUES (1) RETURNING note",
            &[],
        )
        .await
        .expect("insert")
        .get(0);
    assert_eq!(note, "costs $5", "`$$` is goose's escape for `$`");
    m.down(&conn.client, None)
        .await
        .expect("down with the default");
    assert!(schemas(&conn.client).await.is_empty());

    // Set: goose takes the environment's value, in the Up and in the Down.
    // SAFETY: as above.
    unsafe { std::env::set_var("GANDER_TEST_LEDGER_SCHEMA", "ledger_custom") };
    m.migrate(&conn.client, None)
        .await
        .expect("migrate with the variable set");
    assert_eq!(schemas(&conn.client).await, ["ledger_custom"]);
    m.down(&conn.client, None)
        .await
        .expect("down with the variable set");
    assert!(schemas(&conn.client).await.is_empty());
}
