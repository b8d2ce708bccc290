//! `gander baseline V`: record every version up to V as applied without running it (for
//! databases that predate gander and goose).

use std::process::ExitCode;

use gander::{Error, Migrator, Version};

/// `gander baseline`.
pub async fn baseline(
    migrator: &Migrator<'_>,
    client: &gander::tokio_postgres::Client,
    version: u64,
) -> Result<ExitCode, Error> {
    let report = migrator.baseline(client, Version::new(version)).await?;
    println!(
        "baselined at {version}: {} version(s) recorded without running",
        report.applied.len()
    );
    Ok(ExitCode::SUCCESS)
}
