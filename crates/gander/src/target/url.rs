//! A connection string as a target: a `postgres://` URL or libpq key=value string, what it
//! leaves out taken from the `PG*` variables.

use super::config::{Connection, PgConfig};
use crate::error::Result;

/// Connects to `url`.
pub(super) async fn connect(url: &str) -> Result<Connection> {
    let cfg = PgConfig::parse(url, |k| std::env::var(k).ok())?;
    cfg.connect().await
}
