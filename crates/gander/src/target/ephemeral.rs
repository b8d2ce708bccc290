//! A throwaway server as a target: started from the installed PostgreSQL binaries, kept alive
//! by its connection, removed afterwards.

use std::sync::Arc;

use super::config::{Connection, PgConfig};
use crate::ephemeral::EphemeralServer;
use crate::error::{Error, Result};
use crate::report::Progress;

/// Starts the server and connects to it.
pub(super) async fn connect(progress: &Progress) -> Result<Connection> {
    progress.line("gander: starting a throwaway PostgreSQL from the installed binaries");
    let server = tokio::task::spawn_blocking(EphemeralServer::start)
        .await
        .map_err(|e| Error::Ephemeral(format!("start-up task failed: {e}")))??;
    let cfg = PgConfig::parse(&server.url(), |_| None)?;
    let mut conn = cfg.connect().await?;
    conn.description = format!("throwaway PostgreSQL at {}", conn.description);
    conn.server = Some(Arc::new(server));
    Ok(conn)
}
