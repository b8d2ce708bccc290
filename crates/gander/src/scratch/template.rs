//! Template databases: a fresh database with a whole migration set applied in milliseconds,
//! cloned (`CREATE DATABASE … TEMPLATE`) from a template built once per server and per set
//! checksum, shared by every test and test process. Building is coordinated with an advisory
//! lock, and a template becomes visible under its final name only once it is complete (it is
//! built under another name and renamed), so it is never used half-built. Taken from a warm
//! pool of clones (`pool`) when one is ready. Dropped when the test ends, also when it fails
//! (`GANDER_KEEP_FAILED_DB=1` keeps a failed test's database, named). `gander::testing` (and
//! `#[gander::test]`) and the test kit name these.

use std::collections::HashMap;
use std::sync::Mutex;

use super::{ScratchDatabase, ScratchServer, pool};
use crate::error::{Error, Result};
use crate::history::quote_ident;
use crate::target::{Connection, PgConfig};
use crate::{Checksum, MigrationSet, Migrator, Version};

/// Templates this process has made sure of: set key → template name.
static TEMPLATES: Mutex<Option<HashMap<String, String>>> = Mutex::new(None);

/// A fresh, uniquely named database for one test.
#[derive(Debug)]
pub struct TestDatabase {
    db: ScratchDatabase,
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
    server: &ScratchServer,
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
            let conn = server.config().with_dbname(&building).connect().await?;
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
        let server = ScratchServer::shared().await?;
        let pool = pool::get(server.config()).await?;
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
        let server = ScratchServer::shared().await?;
        let pool = pool::get(server.config()).await?;
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
        if pool.claim(&template, server.fsync_off(), &name).await? {
            return Ok(TestDatabase {
                db: server.adopt(&name),
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
        let server = ScratchServer::shared().await?;
        let db = server.create(admin, &name, template.as_deref()).await?;
        Ok(TestDatabase { db, built_template })
    }

    /// Whether this call had to build the set's template (the first use on a server, or after
    /// the set changed).
    pub fn built_template(&self) -> bool {
        self.built_template
    }

    /// Its name.
    pub fn name(&self) -> &str {
        self.db.name()
    }

    /// Its connection settings.
    pub fn config(&self) -> &PgConfig {
        self.db.config()
    }

    /// A `postgres://` URL for it (for child processes).
    pub fn url(&self) -> String {
        self.db.url()
    }

    /// A new dedicated connection to it.
    pub async fn connect(&self) -> Result<Connection> {
        self.db.connect().await
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let name = self.db.name();
        let keep = std::thread::panicking()
            && std::env::var_os("GANDER_KEEP_FAILED_DB").is_some_and(|v| !v.is_empty() && v != "0");
        if std::thread::panicking() {
            if keep {
                eprintln!(
                    "gander: test failed; its database {name} is kept for inspection (GANDER_KEEP_FAILED_DB)"
                );
            } else {
                eprintln!(
                    "gander: test failed; its database {name} is dropped (GANDER_KEEP_FAILED_DB=1 keeps it)"
                );
            }
        }
        // Synchronous, on the pool's own thread: nothing is left behind when the process exits
        // right after the test. A process that dies before this runs leaves the database to
        // the next process's sweep.
        match pool::started() {
            Some(pool) => {
                if let Err(e) = pool.drop_database(name, keep) {
                    eprintln!("gander: could not drop test database {name}: {e}");
                }
            }
            None if !keep => self.db.drop_blocking(),
            None => {}
        }
    }
}
