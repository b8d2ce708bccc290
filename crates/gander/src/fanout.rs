//! The fan-out: one migration set applied to many Kubernetes namespaces, a bounded number at a
//! time, each with its own connection and prefixed progress, every outcome kept.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::error::Result;
use crate::report::{Progress, Report};
use crate::target::namespace::NamespaceTarget;
use crate::{MigrationSet, Migrator, Options};

/// One namespace's outcome.
#[derive(Debug)]
pub struct NamespaceResult {
    /// The namespace.
    pub namespace: String,
    /// What was applied, or why not.
    pub result: Result<Report>,
    /// Wall time, connection included.
    pub duration: Duration,
}

/// Applies `set` to every namespace, at most `parallel` at once; one failing does not stop the
/// others. Results come back in the order of `targets`.
pub async fn migrate_namespaces(
    set: &MigrationSet,
    targets: &[NamespaceTarget],
    options: &Options,
    parallel: usize,
    progress: Arc<Progress>,
) -> Vec<NamespaceResult> {
    let none = crate::AfterMigrate::none();
    migrate_namespaces_with(set, targets, options, &none, parallel, progress).await
}

/// [`migrate_namespaces`], running `after` (see [`crate::AfterMigrate`]) after each
/// namespace's successful migrate.
pub async fn migrate_namespaces_with(
    set: &MigrationSet,
    targets: &[NamespaceTarget],
    options: &Options,
    after: &crate::AfterMigrate,
    parallel: usize,
    progress: Arc<Progress>,
) -> Vec<NamespaceResult> {
    use futures_util::StreamExt;
    let work = targets.iter().map(|t| {
        let progress = progress.clone();
        let options = options.clone();
        async move {
            let started = Instant::now();
            let result = async {
                let conn = t.connect(&progress).await?;
                Migrator::new(set)
                    .with_options(options)
                    .with_progress(Progress::prefixed(&progress, &t.namespace))
                    .with_after_migrate(after.clone())
                    .migrate(&conn.client, None)
                    .await
            }
            .await;
            NamespaceResult {
                namespace: t.namespace.clone(),
                result,
                duration: started.elapsed(),
            }
        }
    });
    futures_util::stream::iter(work)
        .buffered(parallel.max(1))
        .collect()
        .await
}
