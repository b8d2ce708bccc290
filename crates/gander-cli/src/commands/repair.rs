//! `gander repair`: rewrite the stored checksums of applied migrations after a deliberate edit.

use std::process::ExitCode;

use gander::{Error, Migrator};

/// `gander repair`.
pub async fn repair(
    migrator: &Migrator<'_>,
    client: &gander::tokio_postgres::Client,
) -> Result<ExitCode, Error> {
    let changed = migrator.repair(client).await?;
    println!("repaired {} checksum(s)", changed.len());
    Ok(ExitCode::SUCCESS)
}
