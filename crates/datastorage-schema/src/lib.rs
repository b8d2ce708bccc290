//! The Data Storage PostgreSQL schema: the goose migrations in the workspace's `migrations/`
//! folder, checked at compile time and embedded.
//!
//! ```
//! use datastorage_schema as schema;
//! const _: () = assert!(schema::LATEST.get() >= 13);
//! assert_eq!(schema::MIGRATIONS.latest(), Some(schema::LATEST));
//! ```

gander::embed_migrations!("../../migrations");

/// Applies every pending Data Storage migration to `target`, writing progress lines to `writer`
/// (the E2E harness's log). Returns what was applied; an up-to-date database costs one query.
///
/// ```no_run
/// # async fn f() -> gander::Result<()> {
/// let target = gander::Target::from_env()?; // DATABASE_URL or PG*
/// let report = datastorage_schema::migrate(&target, std::io::stderr()).await?;
/// println!("at version {}", report.to);
/// # Ok(()) }
/// ```
pub async fn migrate(
    target: &gander::Target,
    writer: impl std::io::Write + Send + 'static,
) -> gander::Result<gander::Report> {
    let conn = target.connect().await?;
    let progress = gander::Progress::new(writer);
    progress.line(&format!("gander: migrating {}", conn.describe()));
    gander::Migrator::new(&MIGRATIONS)
        .with_progress(progress)
        .migrate(&conn.client, None)
        .await
}
