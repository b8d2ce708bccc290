//! The migration lock: goose's session-level advisory lock, polled with backoff, never blocking.

use std::time::{Duration, Instant};

use tokio_postgres::Client;

use crate::error::{Error, Result};
use crate::report::Progress;

/// goose's key: CRC-32 of "goose". gander and goose jobs exclude each other.
pub const LOCK_KEY: i64 = 4_097_083_626;

/// One poll: `pg_try_advisory_lock` as a simple query (one round trip, no prepare).
pub(crate) async fn try_lock(client: &Client) -> Result<bool> {
    let rows = client
        .simple_query(&format!("SELECT pg_try_advisory_lock({LOCK_KEY})"))
        .await
        .map_err(|e| Error::db("taking the migration lock", e))?;
    Ok(rows
        .iter()
        .any(|m| matches!(m, tokio_postgres::SimpleQueryMessage::Row(r) if r.get(0) == Some("t"))))
}

/// Takes the lock on this session, polling `pg_try_advisory_lock` with backoff (never
/// `pg_advisory_lock`, which can deadlock with `CREATE INDEX CONCURRENTLY`). `first` is the
/// result of a poll already made (pipelined with other work by the caller).
pub(crate) async fn acquire(
    client: &Client,
    first: bool,
    timeout: Duration,
    progress: &Progress,
) -> Result<()> {
    if first {
        return Ok(());
    }
    let started = Instant::now();
    let mut delay = Duration::from_millis(10);
    let mut told = false;
    loop {
        let waited = started.elapsed();
        if waited >= timeout {
            return Err(Error::LockTimeout(timeout));
        }
        if !told {
            told = true;
            let holder = holder(client)
                .await
                .map_or(String::new(), |p| format!(" (held by backend pid {p})"));
            progress.line(&format!("gander: waiting for the migration lock{holder}"));
        }
        // Backoff between polls: the time until the holder finishes is unknown.
        tokio::time::sleep(delay.min(timeout.saturating_sub(waited))).await;
        delay = (delay * 2).min(Duration::from_millis(500));
        if try_lock(client).await? {
            return Ok(());
        }
    }
}

async fn holder(client: &Client) -> Option<i32> {
    let row = client
        .query_opt(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted \
             AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) \
             AND classid = ($1::int8 >> 32)::oid AND objid = ($1::int8 & 4294967295)::oid AND objsubid = 1 LIMIT 1",
            &[&LOCK_KEY],
        )
        .await
        .ok()??;
    row.try_get(0).ok()
}

/// Releases the lock taken by [`acquire`] on this session.
pub(crate) async fn release(client: &Client) -> Result<()> {
    client
        .simple_query(&format!("SELECT pg_advisory_unlock({LOCK_KEY})"))
        .await
        .map(|_| ())
        .map_err(|e| Error::db("releasing the migration lock", e))
}
