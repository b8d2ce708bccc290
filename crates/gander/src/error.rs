//! The runtime's one error type: the context in the message, the cause in `source()`.

use std::fmt;
use std::time::Duration;

use crate::Version;
use crate::report::Applied;

/// The cause of an error that wraps another library's (`source()`).
pub type Cause = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong while connecting, planning or applying.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No target was named.
    #[error(
        "no database to migrate: name a connection string (or set DATABASE_URL, or PGHOST and the other PG* variables), a throwaway server, or a namespace"
    )]
    NoTarget,
    /// The connection string could not be parsed.
    #[error("invalid connection string: {0}")]
    BadUrl(String),
    /// Connecting failed: PostgreSQL's or the operating system's own words, and where.
    #[error("cannot connect to {target} (tried {tried}): {}", connect_cause(.source))]
    Connect {
        /// The target, password hidden.
        target: String,
        /// The host:port pairs tried, in order.
        tried: String,
        /// The driver's error.
        #[source]
        source: tokio_postgres::Error,
    },
    /// TLS set-up failed: what, and the cause (the file's I/O error, rustls' error) in `source()`.
    #[error("TLS: {message}")]
    Tls {
        /// What failed, the cause's words included.
        message: String,
        /// The cause, when there is one.
        #[source]
        source: Option<Cause>,
    },
    /// A throwaway server could not be started.
    #[error("throwaway PostgreSQL: {0}")]
    Ephemeral(String),
    /// A statement of a migration failed; nothing of that migration is left behind.
    #[error("{0}")]
    Statement(Box<StatementError>),
    /// A migration statement kept timing out waiting for another session's lock.
    #[error(
        "{place}: gave up after {attempts} attempt(s) in {:.1} s, each rolled back after waiting lock_timeout for a lock; {blockers}\nhelp: end or wait out the blocking session (pg_terminate_backend(pid)), or allow more time: the lock timeout bounds the retries, the statement lock timeout each wait",
        .waited.as_secs_f64()
    )]
    StatementLockTimeout {
        /// `file:line` of the statement.
        place: String,
        /// Attempts made.
        attempts: u32,
        /// Time since the first timeout.
        waited: Duration,
        /// Who blocked the last attempt.
        blockers: String,
        /// The last attempt's failure.
        #[source]
        source: Box<Error>,
    },
    /// A migration folder has no migration in it.
    #[error(
        "no migration in {0}: a goose migration is a file named <version>_<description>.sql\nhelp: check the folder (a relative path is relative to the working directory)"
    )]
    EmptySource(String),
    /// The run was interrupted by a signal; its running statement was cancelled.
    #[error(
        "interrupted by {0}: the running statement was cancelled and its migration rolled back; the migration lock is released"
    )]
    Interrupted(&'static str),
    /// Another migrator held the lock for too long.
    #[error(
        "timed out after {0:?} waiting for the migration lock (pg_advisory_lock 4097083626): another gander or goose run holds it; see pg_locks"
    )]
    LockTimeout(Duration),
    /// Files changed after they were applied.
    #[error(
        "{} applied migration(s) changed since they were applied: {}\nhelp: restore the files, or repair the stored checksums after a deliberate edit, or allow drift",
        .0.len(), list(.0)
    )]
    Drift(Vec<String>),
    /// The database has versions the set does not know.
    #[error(
        "the database has applied version(s) missing from the migration set: {}\nhelp: add the files back, or allow missing versions",
        list(.0)
    )]
    Missing(Vec<Version>),
    /// Pending versions older than the database's current version (goose's out-of-order case).
    #[error(
        "pending version(s) older than the current version {current}: {}\nhelp: allow missing versions to apply them out of order (goose's allow-missing)",
        list(.pending)
    )]
    OutOfOrder {
        /// The database's current version.
        current: Version,
        /// The older pending versions.
        pending: Vec<Version>,
    },
    /// A version named on the command line is not in the set.
    #[error("version {0} is not in the migration set")]
    UnknownVersion(Version),
    /// A migration has no Down section.
    #[error("{path} has no `-- +goose Down` section: it cannot be rolled back")]
    NoDown {
        /// The file.
        path: String,
    },
    /// An applied version cannot be rolled back because its file is gone.
    #[error("version {0} is applied but its file is not in the set: cannot run its Down section")]
    DownMissing(Version),
    /// `baseline` on a database that already has history beyond it.
    #[error("cannot baseline at {0}: {1}")]
    Baseline(Version, String),
    /// goose's ENVSUB cannot substitute a line: a `${VAR?message}` with VAR unset, or a `$` that
    /// starts no variable.
    #[error("{path}:{line}: ENVSUB: {message}")]
    Envsub {
        /// The file.
        path: String,
        /// The unit's line.
        line: u32,
        /// What is wrong.
        message: String,
    },
    /// A database error outside any migration statement (history, lock, catalog).
    #[error("{context}: {}", db_message(.source))]
    Database {
        /// What gander was doing.
        context: String,
        /// The driver's error.
        #[source]
        source: tokio_postgres::Error,
    },
    /// An I/O error (reading a migration folder, writing progress).
    #[error("{context}: {source}")]
    Io {
        /// What gander was doing.
        context: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A Down section that does not restore the schema its Up started from.
    #[error(
        "{path}:{line}: the Down section does not undo the Up section; the schema differs in:\n  {}\nhelp: make the Down section drop what the Up created and restore what it changed",
        .differences.join("\n  ")
    )]
    NotReversible {
        /// The migration's file.
        path: String,
        /// The line of its `-- +goose Down`.
        line: u32,
        /// `- fact` (lost) and `+ fact` (left over) lines.
        differences: Vec<String>,
    },
    /// Reaching PostgreSQL in a Kubernetes namespace failed.
    #[error("namespace {namespace}: {message}")]
    Kubernetes {
        /// The namespace.
        namespace: String,
        /// What failed and what to do about it.
        message: String,
        /// The Kubernetes client's error, when there is one.
        #[source]
        source: Option<Cause>,
    },
    /// The command cannot work with the target it was given.
    #[error("{0}")]
    Unsupported(String),
    /// A migration folder did not check clean.
    #[error("the migration set has errors:\n{0}")]
    Check(gander_core::Diagnostics),
    /// An after-migrate file failed; its transaction (every after-migrate file of the run) was
    /// rolled back, and the migrations it followed stay applied.
    #[error(
        "after-migrate SQL failed: {}\n --> {}:{}:{}\n  | {}\n  = SQLSTATE {}{}{}\n  = note: the after-migrate transaction was rolled back; the migrations before it stay applied",
        .0.message, .0.path, .0.line, .0.column, .0.first_line, .0.code,
        .0.detail.as_deref().map(|d| format!("\n  = detail: {d}")).unwrap_or_default(),
        .0.hint.as_deref().map(|h| format!("\n  = hint: {h}")).unwrap_or_default()
    )]
    AfterMigrate(Box<StatementError>),
    /// `wait` gave up: the server did not accept connections, or the history did not reach the
    /// version, in time.
    #[error(
        "timed out after {:.1} s waiting for {target} to reach version {version}; last state: {last}\nhelp: check that the migration job ran and succeeded, or wait longer",
        .waited.as_secs_f64()
    )]
    WaitTimeout {
        /// The target, password hidden.
        target: String,
        /// The version waited for.
        version: Version,
        /// How long it waited.
        waited: Duration,
        /// The last state seen (the version reached, or why it could not connect).
        last: String,
    },
}

fn list<T: fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The cause of a connection failure: PostgreSQL's message with its SQLSTATE, detail and hint,
/// or the driver's and the operating system's message.
pub(crate) fn connect_cause(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut out = format!("{} (SQLSTATE {})", db.message(), db.code().code());
            if let Some(d) = db.detail() {
                out.push_str(&format!("; detail: {d}"));
            }
            if let Some(h) = db.hint() {
                out.push_str(&format!("; hint: {h}"));
            }
            out
        }
        None => {
            let mut out = e.to_string();
            let mut cause = std::error::Error::source(e);
            while let Some(c) = cause {
                let text = c.to_string();
                if !out.contains(&text) {
                    out.push_str(&format!(": {text}"));
                }
                cause = c.source();
            }
            out
        }
    }
}

pub(crate) fn db_message(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{} ({}): {}", db.severity(), db.code().code(), db.message()),
        None => e.to_string(),
    }
}

impl Error {
    /// A TLS error without a cause of its own.
    pub(crate) fn tls(message: impl Into<String>) -> Self {
        Error::Tls {
            message: message.into(),
            source: None,
        }
    }

    /// A TLS error: `message` (`{e}` is appended) caused by `e`.
    pub(crate) fn tls_from(
        message: impl Into<String>,
        e: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        Error::Tls {
            message: format!("{}: {e}", message.into()),
            source: Some(Box::new(e)),
        }
    }

    pub(crate) fn db(context: impl Into<String>, source: tokio_postgres::Error) -> Self {
        Error::Database {
            context: context.into(),
            source,
        }
    }

    /// The statement failure, if this is one.
    pub fn statement(&self) -> Option<&StatementError> {
        match self {
            Error::Statement(s) => Some(s),
            _ => None,
        }
    }

    /// PostgreSQL's SQLSTATE, when the database reported the error.
    pub fn sqlstate(&self) -> Option<&str> {
        match self {
            Error::Statement(s) | Error::AfterMigrate(s) => Some(&s.code),
            Error::StatementLockTimeout { source, .. } => source.sqlstate(),
            Error::Connect { source, .. } | Error::Database { source, .. } => {
                source.as_db_error().map(|d| d.code().code())
            }
            _ => None,
        }
    }
}

/// A failed statement, located in its file, in PostgreSQL's own words.
#[derive(Debug)]
pub struct StatementError {
    /// The migration's file (`migrations/006_x.sql`).
    pub path: String,
    /// The migration's version.
    pub version: Version,
    /// Line of the failing statement (or of the block it is in).
    pub line: u32,
    /// Column of that statement.
    pub column: u32,
    /// The statement's first line.
    pub first_line: String,
    /// SQLSTATE (`42P01`).
    pub code: String,
    /// PostgreSQL's message.
    pub message: String,
    /// DETAIL, if any.
    pub detail: Option<String>,
    /// HINT, if any.
    pub hint: Option<String>,
    /// Where PostgreSQL's error position falls in the file, if it gave one.
    pub position: Option<(u32, u32)>,
    /// Whether the migration ran without a transaction (then earlier units stay applied).
    pub no_transaction: bool,
    /// Index of the failing unit in its section (NO TRANSACTION: the units before it stay).
    pub unit_index: usize,
    /// Units in the section.
    pub units: usize,
    /// NO TRANSACTION: the units an earlier, interrupted run of this migration completed.
    pub earlier_run_units_done: Option<u32>,
    /// What was applied before the failure, in this run.
    pub applied: Vec<Applied>,
    /// The driver's error.
    pub source: tokio_postgres::Error,
}

impl fmt::Display for StatementError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "migration {} failed: {}", self.version, self.message)?;
        writeln!(f, " --> {}:{}:{}", self.path, self.line, self.column)?;
        writeln!(f, "  | {}", self.first_line)?;
        writeln!(f, "  = SQLSTATE {}", self.code)?;
        if let Some((l, c)) = self.position {
            writeln!(f, "  = error position: {}:{l}:{c}", self.path)?;
        }
        if let Some(d) = &self.detail {
            writeln!(f, "  = detail: {d}")?;
        }
        if let Some(h) = &self.hint {
            writeln!(f, "  = hint: {h}")?;
        }
        if self.no_transaction {
            if self.unit_index == 0 {
                write!(
                    f,
                    "  = note: NO TRANSACTION migration: it failed at its first unit, so this run applied none of it; the version is not recorded"
                )?;
            } else {
                write!(
                    f,
                    "  = note: NO TRANSACTION migration: the {} unit(s) before this one (of {}) stay applied; the version is not recorded",
                    self.unit_index, self.units
                )?;
            }
            if let Some(done) = self.earlier_run_units_done {
                write!(
                    f,
                    "\n  = note: an earlier run of this migration stopped part-way, after {done} of {} unit(s), which stay applied: this rerun started again from its first unit\n  = help: make its statements idempotent (IF NOT EXISTS), or undo those units by hand, then rerun",
                    self.units
                )?;
            }
        } else {
            write!(
                f,
                "  = note: the migration's transaction was rolled back: nothing of it is left"
            )?;
        }
        if !self.applied.is_empty() {
            let done: Vec<String> = self.applied.iter().map(|a| a.version.to_string()).collect();
            write!(
                f,
                "\n  = note: applied before the failure in this run: {}",
                done.join(", ")
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for StatementError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
