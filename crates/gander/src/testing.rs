//! Test support: a PostgreSQL server for tests (`DATABASE_URL`, or a throwaway server started
//! once per test process) and a fresh database per test, dropped when the test ends, also when
//! it fails (`GANDER_KEEP_FAILED_DB=1` keeps a failed test's database, named, for inspection).
//!
//! [`TestDatabase::new`] gives a database with a whole migration set applied in about a
//! millisecond: it is taken from a warm pool of clones of the set's template (see `pool`), and
//! cloned (`CREATE DATABASE … TEMPLATE`) on the spot when the pool is empty. The template is
//! built once per server and per set checksum, shared by every test and test process. Building
//! is coordinated with an advisory lock, and a template becomes visible under its final name
//! only once it is complete (it is built under another name and renamed), so it is never used
//! half-built.

mod pool;

use std::collections::HashMap;
use std::sync::Mutex;

use tokio::sync::OnceCell;

#[cfg(feature = "kube")]
pub use crate::apiserver::ApiServerDouble;
use crate::ephemeral::EphemeralServer;
use crate::error::{Error, Result};
use crate::history::quote_ident;
use crate::target::{Connection, PgConfig};
use crate::{Checksum, MigrationSet, Migrator, Version};

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

/// The server tests use.
#[derive(Debug)]
pub struct TestServer {
    config: PgConfig,
    url: String,
    fsync_off: bool,
    _ephemeral: Option<EphemeralServer>,
}

static SERVER: OnceCell<TestServer> = OnceCell::const_new();
/// Templates this process has made sure of: set key → template name.
static TEMPLATES: Mutex<Option<HashMap<String, String>>> = Mutex::new(None);

impl TestServer {
    /// `DATABASE_URL` when set, else a throwaway server started once for this process (removed
    /// by its watchdog when the process exits). Never silently absent: an error says why.
    pub async fn shared() -> Result<&'static TestServer> {
        SERVER
            .get_or_try_init(|| async {
                match std::env::var("DATABASE_URL") {
                    Ok(url) if !url.is_empty() => {
                        let config = PgConfig::parse(&url, |k| std::env::var(k).ok())?;
                        let fsync_off = fsync_off(&config).await?;
                        Ok(TestServer {
                            config,
                            url,
                            fsync_off,
                            _ephemeral: None,
                        })
                    }
                    _ => {
                        let server = tokio::task::spawn_blocking(EphemeralServer::start)
                            .await
                            .map_err(|e| Error::Ephemeral(e.to_string()))??;
                        Ok(TestServer {
                            config: PgConfig::parse(&server.url(), |_| None)?,
                            url: server.url(),
                            fsync_off: true,
                            _ephemeral: Some(server),
                        })
                    }
                }
            })
            .await
    }

    /// The server's connection settings (its maintenance database).
    pub fn config(&self) -> &PgConfig {
        &self.config
    }

    /// Its URL, to hand to child processes as `DATABASE_URL`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// A connection to its maintenance database.
    pub async fn admin(&self) -> Result<Connection> {
        self.config.connect().await
    }
}

async fn fsync_off(config: &PgConfig) -> Result<bool> {
    let conn = config.connect().await?;
    let row = conn
        .client
        .query_one("SELECT current_setting('fsync') = 'off'", &[])
        .await
        .map_err(|e| Error::db("reading fsync", e))?;
    Ok(row.get(0))
}

/// A fresh, uniquely named database for one test.
#[derive(Debug)]
pub struct TestDatabase {
    name: String,
    config: PgConfig,
    built_template: bool,
}

/// A stable digest of a set (versions and checksums) and the version it stops at.
fn set_key(set: &MigrationSet, upto: Option<Version>) -> String {
    use std::fmt::Write;
    let mut text = String::new();
    for m in set.iter().filter(|m| upto.is_none_or(|u| m.version <= u)) {
        let _ = write!(text, "{}:{};", m.version, m.checksum);
    }
    let digest = Checksum::of(text.as_bytes()).to_hex();
    digest[..16].to_string()
}

async fn exists(admin: &Connection, name: &str) -> Result<bool> {
    let rows = admin
        .client
        .query("SELECT 1 FROM pg_database WHERE datname = $1", &[&name])
        .await
        .map_err(|e| Error::db("looking up a template", e))?;
    Ok(!rows.is_empty())
}

/// Makes sure the template for `set` (up to `upto`) exists; returns its name and whether this
/// call built it.
async fn ensure_template(
    server: &TestServer,
    admin: &Connection,
    set: &MigrationSet,
    upto: Option<Version>,
) -> Result<(String, bool)> {
    let key = set_key(set, upto);
    let name = format!("gander_tpl_{key}");
    if exists(admin, &name).await? {
        return Ok((name, false));
    }
    // One builder per template, across processes: a session lock keyed by the set digest,
    // polled (a blocking pg_advisory_lock could wait on CREATE INDEX CONCURRENTLY forever).
    let lock_key = i64::from_str_radix(&key[..15], 16).unwrap_or(1);
    loop {
        let got: bool = admin
            .client
            .query_one("SELECT pg_try_advisory_lock($1)", &[&lock_key])
            .await
            .map_err(|e| Error::db("locking the template", e))?
            .get(0);
        if got {
            break;
        }
        if exists(admin, &name).await? {
            return Ok((name, false));
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let built = async {
        if exists(admin, &name).await? {
            return Ok(false);
        }
        let building = format!("{name}_building");
        let building_q = quote_ident(&building);
        admin
            .exec(&format!(
                "DROP DATABASE IF EXISTS {building_q} WITH (FORCE)"
            ))
            .await?;
        admin.exec(&format!("CREATE DATABASE {building_q}")).await?;
        {
            let conn = server.config.with_dbname(&building).connect().await?;
            Migrator::new(set).migrate(&conn.client, upto).await?;
        }
        // Visible under its final name only when complete.
        let name_q = quote_ident(&name);
        admin
            .exec(&format!("ALTER DATABASE {building_q} RENAME TO {name_q}"))
            .await?;
        admin
            .exec(&format!("ALTER DATABASE {name_q} WITH IS_TEMPLATE true"))
            .await?;
        Ok(true)
    }
    .await;
    let _ = admin
        .client
        .query_one("SELECT pg_advisory_unlock($1)", &[&lock_key])
        .await;
    Ok((name, built?))
}

impl TestDatabase {
    /// Creates an empty database named after `label`.
    pub async fn empty(label: &str) -> Result<TestDatabase> {
        let server = TestServer::shared().await?;
        let pool = pool::get(&server.config).await?;
        let admin = server.admin().await?;
        Self::create(&admin, pool.name(label), None, false).await
    }

    /// A fresh database with every migration of `set` applied: a pooled clone of the set's
    /// template, or a clone made on the spot when the pool is empty.
    pub async fn new(set: &MigrationSet) -> Result<TestDatabase> {
        Self::with_version(set, None).await
    }

    /// A fresh database with `set` applied up to `version` (`None`: all of it).
    pub async fn with_version(
        set: &MigrationSet,
        version: Option<Version>,
    ) -> Result<TestDatabase> {
        let server = TestServer::shared().await?;
        let pool = pool::get(&server.config).await?;
        let key = set_key(set, version);
        let known = TEMPLATES
            .lock()
            .ok()
            .and_then(|t| t.as_ref().and_then(|t| t.get(&key).cloned()));
        let name = pool.name("db");
        let (template, built) = match known {
            Some(t) => (t, false),
            None => {
                let admin = server.admin().await?;
                let (t, built) = ensure_template(server, &admin, set, version).await?;
                if let Ok(mut known) = TEMPLATES.lock() {
                    known
                        .get_or_insert_with(HashMap::new)
                        .insert(key, t.clone());
                }
                (t, built)
            }
        };
        if pool.claim(&template, server.fsync_off, &name).await? {
            return Ok(TestDatabase {
                config: server.config.with_dbname(&name),
                name,
                built_template: built,
            });
        }
        let admin = server.admin().await?;
        Self::create(&admin, name, Some(template), built).await
    }

    async fn create(
        admin: &Connection,
        name: String,
        template: Option<String>,
        built_template: bool,
    ) -> Result<TestDatabase> {
        let server = TestServer::shared().await?;
        let sql = match &template {
            // FILE_COPY copies the files (fast on a throwaway server, whose checkpoints cost no
            // fsync); WAL_LOG, PostgreSQL 15's default, is kinder to a shared server.
            Some(t) if server.fsync_off => format!(
                "CREATE DATABASE {} TEMPLATE {} STRATEGY FILE_COPY",
                quote_ident(&name),
                quote_ident(t)
            ),
            Some(t) => format!(
                "CREATE DATABASE {} TEMPLATE {}",
                quote_ident(&name),
                quote_ident(t)
            ),
            None => format!("CREATE DATABASE {}", quote_ident(&name)),
        };
        admin
            .client
            .batch_execute(&sql)
            .await
            .map_err(|e| Error::db(format!("creating test database {name}"), e))?;
        Ok(TestDatabase {
            config: server.config.with_dbname(&name),
            name,
            built_template,
        })
    }

    /// Whether this call had to build the set's template (the first use on a server, or after
    /// the set changed).
    pub fn built_template(&self) -> bool {
        self.built_template
    }

    /// Its name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Its connection settings.
    pub fn config(&self) -> &PgConfig {
        &self.config
    }

    /// A `postgres://` URL for it (for child processes).
    pub fn url(&self) -> String {
        let c = self.config.config();
        let host = match c.get_hosts().first() {
            Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
            _ => "localhost".into(),
        };
        let port = c.get_ports().first().copied().unwrap_or(5432);
        let user = c.get_user().unwrap_or("postgres");
        format!(
            "postgres://{user}@{host}:{port}/{}?sslmode=disable",
            self.name
        )
    }

    /// A new dedicated connection to it.
    pub async fn connect(&self) -> Result<Connection> {
        self.config.connect().await
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let keep = std::thread::panicking()
            && std::env::var_os("GANDER_KEEP_FAILED_DB").is_some_and(|v| !v.is_empty() && v != "0");
        if std::thread::panicking() {
            if keep {
                eprintln!(
                    "gander: test failed; its database {} is kept for inspection (GANDER_KEEP_FAILED_DB)",
                    self.name
                );
            } else {
                eprintln!(
                    "gander: test failed; its database {} is dropped (GANDER_KEEP_FAILED_DB=1 keeps it)",
                    self.name
                );
            }
        }
        // Synchronous, on the pool's own thread: nothing is left behind when the process exits
        // right after the test. A process that dies before this runs leaves the database to
        // the next process's sweep.
        if let Some(pool) = pool::started()
            && let Err(e) = pool.drop_database(&self.name, keep)
        {
            eprintln!("gander: could not drop test database {}: {e}", self.name);
        }
    }
}

/// A `Write` that keeps everything written to it, to hand to [`crate::Progress::new`] and then
/// search (for a password that must not be there, say). Clones share one buffer.
#[derive(Clone, Debug, Default)]
pub struct CapturedOutput(std::sync::Arc<Mutex<Vec<u8>>>);

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
