//! `gander redo`: roll back the newest applied migration and apply it again.

use std::process::ExitCode;

use gander::{Error, Migrator};

/// `gander redo`.
pub async fn redo(
    migrator: &Migrator<'_>,
    client: &gander::tokio_postgres::Client,
) -> Result<ExitCode, Error> {
    let report = migrator.redo(client).await?;
    println!("redone version {}", report.to);
    Ok(ExitCode::SUCCESS)
}
