//! `gander status`: every version, applied, pending, missing (applied, not in the set) or
//! drifted, as a table or JSON.

use std::process::ExitCode;

use gander::{Error, Migrator};

use crate::opt::Format;

/// `gander status`.
pub async fn status(
    migrator: &Migrator<'_>,
    client: &gander::tokio_postgres::Client,
    format: Format,
) -> Result<ExitCode, Error> {
    let status = migrator.status(client).await?;
    match format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&status).unwrap_or_default()
        ),
        Format::Text => {
            println!(
                "current version {}, latest in the set {}",
                status.current, status.latest
            );
            if status.highest != status.current {
                println!(
                    "note: the highest applied version is {} (what goose's Provider API reports); the current version is goose CLI's, the newest applied row: migrations were applied out of order, and down/redo start from {}",
                    status.highest, status.current
                );
            }
            for v in &status.versions {
                let extra = match (v.state, v.units_done, v.units) {
                    (gander::VersionState::Partial, Some(done), Some(n)) => format!(
                        "  NO TRANSACTION: an earlier run stopped after {done} of {n} unit(s), which stay applied"
                    ),
                    _ if v.checksum_stale => {
                        "  re-applied by goose after gander: checksum not compared".into()
                    }
                    _ => String::new(),
                };
                println!(
                    "{:>8}  {:<8}  {}{}{extra}",
                    v.version.to_string(),
                    format!("{:?}", v.state).to_lowercase(),
                    v.path.as_deref().unwrap_or("(not in the set)"),
                    v.applied_at
                        .as_deref()
                        .map(|a| format!("  applied {a}"))
                        .unwrap_or_default()
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
