//! `gander down`: roll back the newest applied migration, or every one above `--to`; with
//! `--dry-run`, print what would run.

use std::process::ExitCode;

use gander::{Error, Migrator, Version};

/// `gander down`.
pub async fn down(
    migrator: &Migrator<'_>,
    client: &gander::tokio_postgres::Client,
    to: Option<u64>,
    dry_run: bool,
) -> Result<ExitCode, Error> {
    if dry_run {
        super::migrate::print_plan(&migrator.plan_down(client, to.map(Version::new)).await?);
        return Ok(ExitCode::SUCCESS);
    }
    let report = migrator.down(client, to.map(Version::new)).await?;
    println!(
        "rolled back {} migration(s); version {} -> {}",
        report.rolled_back.len(),
        report.from,
        report.to
    );
    Ok(ExitCode::SUCCESS)
}
