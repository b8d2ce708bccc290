//! Where migrations go, chosen once ([`Target::choose`]): a URL (or libpq key=value string), the
//! `PG*` variables, a throwaway server, or a Kubernetes namespace, each a sibling module here
//! over the leaf [`config`] (connection settings, TLS, redaction). Every target ends as one
//! dedicated `tokio_postgres::Client`. The fan-out over many namespaces is `crate::fanout`.

pub(crate) mod config;
mod ephemeral;
#[cfg(feature = "kube")]
pub(crate) mod namespace;
mod pgenv;
mod url;

use std::fmt;

pub use config::{Canceller, Connection, PgConfig, redact};

use crate::error::{Error, Result};

/// A database to migrate.
#[derive(Clone)]
#[non_exhaustive]
pub enum Target {
    /// A `postgres://` URL or a libpq key=value string. Parameters it leaves out come from
    /// `PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE`, like libpq.
    /// An empty string means "the `PG*` variables only".
    Url(String),
    /// A throwaway server started from the installed PostgreSQL binaries, removed afterwards.
    Ephemeral,
    /// The PostgreSQL of a Kubernetes namespace (port-forward, or its service in the cluster).
    #[cfg(feature = "kube")]
    Namespace(Box<namespace::NamespaceTarget>),
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Url(u) => f.debug_tuple("Url").field(&redact(u)).finish(),
            Target::Ephemeral => f.write_str("Ephemeral"),
            #[cfg(feature = "kube")]
            Target::Namespace(n) => f.debug_tuple("Namespace").field(n).finish(),
        }
    }
}

/// What a caller named, as a command line takes it; [`Target::choose`] picks the one target.
#[derive(Clone, Debug, Default)]
pub struct Choice {
    /// A namespace (wins over everything else).
    #[cfg(feature = "kube")]
    pub namespace: Option<namespace::NamespaceTarget>,
    /// A throwaway server.
    pub ephemeral: bool,
    /// A URL or libpq key=value string.
    pub url: Option<String>,
    /// When nothing is named and the environment names nothing either: a throwaway server
    /// instead of [`Error::NoTarget`].
    pub or_ephemeral: bool,
}

impl Target {
    /// The one place a target is chosen: a namespace, else a throwaway server, else the URL,
    /// else the environment ([`Target::from_env`]), else (with `or_ephemeral`) a throwaway
    /// server, else [`Error::NoTarget`].
    pub fn choose(choice: Choice) -> Result<Target> {
        #[cfg(feature = "kube")]
        if let Some(n) = choice.namespace {
            return Ok(Target::Namespace(Box::new(n)));
        }
        if choice.ephemeral {
            return Ok(Target::Ephemeral);
        }
        if let Some(url) = choice.url {
            return Ok(Target::Url(url));
        }
        match Target::from_env() {
            Err(Error::NoTarget) if choice.or_ephemeral => Ok(Target::Ephemeral),
            other => other,
        }
    }

    /// `DATABASE_URL`, else the `PG*` variables when `PGHOST` is set, else [`Error::NoTarget`].
    pub fn from_env() -> Result<Target> {
        pgenv::from_env()
    }

    /// Opens the dedicated connection.
    pub async fn connect(&self) -> Result<Connection> {
        self.connect_with(&crate::report::Progress::silent()).await
    }

    /// Opens the dedicated connection, reporting progress (waiting for a pod, say).
    pub async fn connect_with(&self, progress: &crate::report::Progress) -> Result<Connection> {
        match self {
            Target::Url(url) => url::connect(url).await,
            Target::Ephemeral => ephemeral::connect(progress).await,
            #[cfg(feature = "kube")]
            Target::Namespace(n) => n.connect(progress).await,
        }
    }
}
