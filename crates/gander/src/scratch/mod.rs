//! Scratch databases, written once for every user: a server to create them on (a URL's, or a
//! throwaway one kept alive as long as the handle), and databases created (plain, replacing a
//! leftover, or cloned from a template) and dropped `WITH (FORCE)` by name. `gander check`'s
//! round trip, `gander dump-schema`, `gander::testing` and the bench all go through it.

mod pool;
mod template;

use std::sync::Arc;

use tokio::sync::OnceCell;

pub use template::TestDatabase;

use crate::ephemeral::EphemeralServer;
use crate::error::{Error, Result};
use crate::history::quote_ident;
use crate::target::{Connection, PgConfig, Target};

/// A server scratch databases are created on.
#[derive(Debug)]
pub struct ScratchServer {
    config: PgConfig,
    url: String,
    fsync_off: bool,
    _ephemeral: Option<Arc<EphemeralServer>>,
}

static SHARED: OnceCell<ScratchServer> = OnceCell::const_new();

impl ScratchServer {
    /// The server of a URL target, or a throwaway server for [`Target::Ephemeral`] (kept until
    /// this handle is dropped). Other targets are [`Error::Unsupported`]: a scratch database is
    /// created on a server of one's own, not in someone's namespace.
    pub async fn of(target: &Target) -> Result<ScratchServer> {
        match target {
            Target::Url(url) => {
                let config = PgConfig::parse(url, |k| std::env::var(k).ok())?;
                let fsync_off = fsync_off(&config).await?;
                Ok(ScratchServer {
                    config,
                    url: url.clone(),
                    fsync_off,
                    _ephemeral: None,
                })
            }
            Target::Ephemeral => {
                let server = tokio::task::spawn_blocking(EphemeralServer::start)
                    .await
                    .map_err(|e| Error::Ephemeral(e.to_string()))??;
                Ok(ScratchServer {
                    config: PgConfig::parse(&server.url(), |_| None)?,
                    url: server.url(),
                    fsync_off: true,
                    _ephemeral: Some(Arc::new(server)),
                })
            }
            #[allow(unreachable_patterns)]
            _ => Err(Error::Unsupported(
                "scratch databases are created on a server given by URL, or on a throwaway one"
                    .into(),
            )),
        }
    }

    /// The server of `conn` when it is a throwaway one (its handle keeps it alive), else the
    /// server its settings name.
    pub async fn of_connection(conn: &Connection) -> Result<ScratchServer> {
        match (conn.ephemeral(), conn.config()) {
            (Some(server), _) => Ok(ScratchServer {
                config: PgConfig::parse(&server.url(), |_| None)?,
                url: server.url(),
                fsync_off: true,
                _ephemeral: Some(server.clone()),
            }),
            (None, Some(config)) => Ok(ScratchServer {
                config: config.clone(),
                url: config.url(),
                fsync_off: fsync_off(config).await?,
                _ephemeral: None,
            }),
            (None, None) => Err(Error::Unsupported(
                "this connection does not say which server it is on".into(),
            )),
        }
    }

    /// One server for the whole process: the environment's (`DATABASE_URL`, else the `PG*`
    /// variables), else a throwaway server started once (removed by its watchdog when the
    /// process exits). Never silently absent: an error says why.
    pub async fn shared() -> Result<&'static ScratchServer> {
        SHARED
            .get_or_try_init(|| async {
                let target = match Target::from_env() {
                    Ok(t) => t,
                    Err(Error::NoTarget) => Target::Ephemeral,
                    Err(e) => return Err(e),
                };
                ScratchServer::of(&target).await
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

    /// Whether the server runs with `fsync` off (a throwaway one does): clones then copy files.
    pub fn fsync_off(&self) -> bool {
        self.fsync_off
    }

    /// A connection to its maintenance database.
    pub async fn admin(&self) -> Result<Connection> {
        self.config.connect().await
    }

    /// Creates the database `name`, empty or cloned from `template`.
    pub async fn create(
        &self,
        admin: &Connection,
        name: &str,
        template: Option<&str>,
    ) -> Result<ScratchDatabase> {
        let sql = match template {
            // FILE_COPY copies the files (fast on a throwaway server, whose checkpoints cost no
            // fsync); WAL_LOG, PostgreSQL 15's default, is kinder to a shared server.
            Some(t) if self.fsync_off => format!(
                "CREATE DATABASE {} TEMPLATE {} STRATEGY FILE_COPY",
                quote_ident(name),
                quote_ident(t)
            ),
            Some(t) => format!(
                "CREATE DATABASE {} TEMPLATE {}",
                quote_ident(name),
                quote_ident(t)
            ),
            None => format!("CREATE DATABASE {}", quote_ident(name)),
        };
        admin
            .client
            .batch_execute(&sql)
            .await
            .map_err(|e| Error::db(format!("creating database {name}"), e))?;
        Ok(ScratchDatabase {
            name: name.to_string(),
            config: self.config.with_dbname(name),
            admin: self.config.clone(),
        })
    }

    /// Creates the empty database `name`, dropping first one a crashed run left.
    /// A database on this server that something else created (a pooled clone claimed by name).
    pub(crate) fn adopt(&self, name: &str) -> ScratchDatabase {
        ScratchDatabase {
            name: name.to_string(),
            config: self.config.with_dbname(name),
            admin: self.config.clone(),
        }
    }

    pub async fn replace(&self, admin: &Connection, name: &str) -> Result<ScratchDatabase> {
        drop_database(admin, name).await?;
        self.create(admin, name, None).await
    }
}

/// A database created on a [`ScratchServer`]. It is dropped by [`ScratchDatabase::drop_now`]
/// or [`ScratchDatabase::drop_blocking`], not when the value goes: a caller may keep it.
#[derive(Debug)]
pub struct ScratchDatabase {
    name: String,
    config: PgConfig,
    admin: PgConfig,
}

impl ScratchDatabase {
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
        self.config.url()
    }

    /// A new dedicated connection to it.
    pub async fn connect(&self) -> Result<Connection> {
        self.config.connect().await
    }

    /// Drops it (`WITH (FORCE)`, which ends its sessions).
    pub async fn drop_now(&self) -> Result<()> {
        let admin = self.admin.connect().await?;
        self.drop_on(&admin).await
    }

    /// Drops it through an open maintenance connection (no new connection to wait for: what
    /// an interrupted run has time for).
    pub async fn drop_on(&self, admin: &Connection) -> Result<()> {
        drop_database(admin, &self.name).await
    }

    /// [`ScratchDatabase::drop_now`] from synchronous code, also from inside an async runtime
    /// (a `Drop`): on a thread of its own. Errors are ignored: this is clean-up.
    pub fn drop_blocking(&self) {
        let admin = self.admin.clone();
        let name = self.name.clone();
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            rt.block_on(async {
                let conn = admin.connect().await.ok()?;
                drop_database(&conn, &name).await.ok()
            })
        })
        .join();
    }
}

/// `DROP DATABASE IF EXISTS name WITH (FORCE)`.
async fn drop_database(admin: &Connection, name: &str) -> Result<()> {
    admin
        .exec(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            quote_ident(name)
        ))
        .await
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
