//! The embedded set equals gander-core's loading of the same folder, and names the schema's
//! versions as typed constants.

use std::path::Path;

#[test]
fn macro_output_equals_runtime_loading() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations");
    // Named relative to the workspace root, where commands run: `migrations/013_….sql`.
    let loaded = gander_core::check_dir(&dir, "migrations")
        .into_result()
        .unwrap_or_else(|d| panic!("the Data Storage set must check clean:\n{d}"));
    assert_eq!(datastorage_schema::MIGRATIONS, loaded);
    assert!(datastorage_schema::MIGRATIONS.len() >= 20);
}

#[test]
fn typed_constants_name_the_versions() {
    use datastorage_schema as schema;
    const _: () = assert!(schema::LATEST.get() == 1000);
    assert_eq!(schema::V013_CREATE_AUDIT_EVENTS_TABLE.get(), 13);
    assert_eq!(schema::V1000_CREATE_AUDIT_EVENTS_PARTITIONS, schema::LATEST);
    assert!(schema::V009_UPDATE_VECTOR_DIMENSIONS < schema::V1000_CREATE_AUDIT_EVENTS_PARTITIONS);
    let m = schema::MIGRATIONS
        .get(schema::V013_CREATE_AUDIT_EVENTS_TABLE)
        .expect("013 is embedded");
    assert_eq!(m.file_name(), "013_create_audit_events_table.sql");
    assert_eq!(m.path, "migrations/013_create_audit_events_table.sql");
    assert!(
        schema::MIGRATIONS.get(gander::Version::new(14)).is_none(),
        "014 is a gap"
    );
}

#[test]
fn typed_names_are_the_schema_after_the_last_migration() {
    use datastorage_schema::{tables, views};
    use tables::audit_events;
    // Usable in consts: a renamed or dropped column stops the build, not a query at run time.
    const EVENT_ID: &str = audit_events::columns::EVENT_ID;
    assert_eq!(audit_events::NAME, "audit_events");
    assert_eq!(EVENT_ID, "event_id");
    assert_eq!(audit_events::COLUMNS.first(), Some(&"event_id"));
    // 011 renamed alert_* to signal_*: only the new names exist.
    assert_eq!(
        tables::resource_action_traces::columns::SIGNAL_NAME,
        "signal_name"
    );
    assert_eq!(
        views::action_effectiveness_summary::columns::SIGNAL_NAME,
        "signal_name"
    );
    // Every table and column of the model has its constant, in order.
    let model = gander_core::check_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations"),
        "migrations",
    )
    .schema
    .latest();
    let workflow = model
        .relation("public", "remediation_workflow_catalog")
        .expect("the catalog table");
    let names: Vec<&str> = workflow.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        tables::remediation_workflow_catalog::COLUMNS,
        names.as_slice()
    );
}
