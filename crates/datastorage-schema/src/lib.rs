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
    let progress = gander::Progress::new(writer);
    let conn = target.connect_with(&progress).await?;
    progress.line(&format!("gander: migrating {}", conn.describe()));
    gander::Migrator::new(&MIGRATIONS)
        .with_progress(progress)
        .migrate(&conn.client, None)
        .await
}

/// The seed's `ApplyMigrations(ctx, namespace, kubeconfigPath, writer)` in Rust: applies every
/// pending Data Storage migration to the PostgreSQL of `namespace` (the Ready pod labelled
/// `app=postgresql`, reached through a port-forward, or the `postgresql` service in the
/// cluster), with the kubeconfig at `kubeconfig` (`None`: `KUBECONFIG` or `~/.kube/config`).
/// User and database default to `postgres`; the password comes from `PGPASSWORD`. For anything
/// else, build a [`gander::kube::NamespaceTarget`] and call [`migrate`]. Feature `kube`.
#[cfg(feature = "kube")]
pub async fn apply_migrations(
    namespace: &str,
    kubeconfig: Option<&std::path::Path>,
    writer: impl std::io::Write + Send + 'static,
) -> gander::Result<gander::Report> {
    let mut target = gander::kube::NamespaceTarget::new(namespace);
    target.kubeconfig = kubeconfig.map(std::path::Path::to_path_buf);
    migrate(&gander::Target::Namespace(Box::new(target)), writer).await
}
