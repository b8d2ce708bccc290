//! Test support: a PostgreSQL server for tests (`DATABASE_URL`, or a throwaway server started
//! once per test process) and a fresh database per test, dropped when the test passes and kept,
//! with its name printed, when it fails.

use std::sync::OnceLock;

use tokio::sync::OnceCell;

use crate::ephemeral::EphemeralServer;
use crate::error::{Error, Result};
use crate::history::quote_ident;
use crate::target::{Connection, PgConfig};

/// The server tests use.
#[derive(Debug)]
pub struct TestServer {
    config: PgConfig,
    _ephemeral: Option<EphemeralServer>,
}

static SERVER: OnceCell<TestServer> = OnceCell::const_new();
static COUNTER: OnceLock<std::sync::atomic::AtomicU64> = OnceLock::new();

impl TestServer {
    /// `DATABASE_URL` when set, else a throwaway server started once for this process (removed
    /// by its watchdog when the process exits). Never silently absent: an error says why.
    pub async fn shared() -> Result<&'static TestServer> {
        SERVER
            .get_or_try_init(|| async {
                match std::env::var("DATABASE_URL") {
                    Ok(url) if !url.is_empty() => Ok(TestServer {
                        config: PgConfig::parse(&url, |k| std::env::var(k).ok())?,
                        _ephemeral: None,
                    }),
                    _ => {
                        let server = tokio::task::spawn_blocking(EphemeralServer::start)
                            .await
                            .map_err(|e| Error::Ephemeral(e.to_string()))??;
                        Ok(TestServer {
                            config: PgConfig::parse(&server.url(), |_| None)?,
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

    /// A connection to its maintenance database.
    pub async fn admin(&self) -> Result<Connection> {
        self.config.connect().await
    }
}

/// A fresh, uniquely named database for one test.
#[derive(Debug)]
pub struct TestDatabase {
    name: String,
    config: PgConfig,
    admin: PgConfig,
}

impl TestDatabase {
    /// Creates an empty database named after `label`.
    pub async fn empty(label: &str) -> Result<TestDatabase> {
        let server = TestServer::shared().await?;
        let n = COUNTER
            .get_or_init(|| std::sync::atomic::AtomicU64::new(0))
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let clean: String = label
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .take(30)
            .collect();
        let name = format!("gt_{clean}_{}_{n}", std::process::id());
        let admin = server.admin().await?;
        admin
            .client
            .batch_execute(&format!("CREATE DATABASE {}", quote_ident(&name)))
            .await
            .map_err(|e| Error::db(format!("creating test database {name}"), e))?;
        Ok(TestDatabase {
            config: server.config.with_dbname(&name),
            admin: server.config.clone(),
            name,
        })
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
        if std::thread::panicking() {
            eprintln!(
                "gander: test failed; its database {} is kept for inspection",
                self.name
            );
            return;
        }
        let admin = self.admin.clone();
        let name = self.name.clone();
        // Drop runs inside the test's runtime, which cannot block on itself: use a thread.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            rt.block_on(async {
                let conn = admin.connect().await.ok()?;
                conn.client
                    .batch_execute(&format!(
                        "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                        quote_ident(&name)
                    ))
                    .await
                    .ok()
            })
        })
        .join();
    }
}
