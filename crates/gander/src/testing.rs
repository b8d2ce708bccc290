//! Test support: a PostgreSQL server for tests (`DATABASE_URL`, or a throwaway server started
//! once per test process) and a fresh database per test, dropped when the test ends, also when
//! it fails (`GANDER_KEEP_FAILED_DB=1` keeps a failed test's database, named, for inspection).
//!
//! [`TestDatabase::new`] gives a database with a whole migration set applied in about a
//! millisecond: it is taken from a warm pool of clones of the set's template, and cloned
//! (`CREATE DATABASE … TEMPLATE`) on the spot when the pool is empty. The template is built once
//! per server and per set checksum, shared by every test and test process. Building is
//! coordinated with an advisory lock, and a template becomes visible under its final name only
//! once it is complete (it is built under another name and renamed), so it is never used
//! half-built.

use crate::error::{Error, Result};
pub use crate::scratch::ScratchServer as TestServer;
pub use crate::scratch::TestDatabase;

#[doc(hidden)]
/// The runtime `#[gander::test]` runs a test on.
pub fn __runtime() -> tokio::runtime::Runtime {
    match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => panic!("gander::test: cannot start a tokio runtime: {e}"),
    }
}

/// A `Write` that keeps everything written to it, to hand to [`crate::Progress::new`] and then
/// search (for a password that must not be there, say). Clones share one buffer.
#[derive(Clone, Debug, Default)]
pub struct CapturedOutput(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for CapturedOutput {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.0.lock() {
            Ok(mut v) => v.extend_from_slice(buf),
            Err(p) => p.into_inner().extend_from_slice(buf),
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl CapturedOutput {
    /// Everything written so far, as text.
    pub fn text(&self) -> String {
        match self.0.lock() {
            Ok(v) => String::from_utf8_lossy(&v).to_string(),
            Err(p) => String::from_utf8_lossy(&p.into_inner()).to_string(),
        }
    }
}

/// How many sessions hold the migration lock (goose's advisory lock key) in the database
/// `client` is connected to; advisory locks are per database.
pub async fn migration_locks_held(client: &tokio_postgres::Client) -> Result<i64> {
    client
        .query_one(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' \
             AND classid = ($1::int8 >> 32)::oid AND objid = ($1::int8 & 4294967295)::oid AND objsubid = 1 \
             AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            &[&crate::LOCK_KEY],
        )
        .await
        .map(|row| row.get(0))
        .map_err(|e| Error::db("reading pg_locks", e))
}
