//! What a run did, and how it tells the caller while it runs: progress lines to a writer the
//! caller passes (the E2E harness's log), events to `tracing`, and a progress bar on a terminal.

use std::io::Write;
use std::sync::Mutex;
use std::time::Duration;

use serde::Serialize;

use crate::Version;

/// One migration applied or rolled back in a run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Applied {
    /// Its version.
    pub version: Version,
    /// Its file (`migrations/013_create_audit_events_table.sql`).
    pub path: String,
    /// Units sent.
    pub units: usize,
    /// Wall time, including the history rows.
    #[serde(serialize_with = "millis")]
    pub duration: Duration,
}

fn millis<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((d.as_secs_f64() * 1000.0 * 10.0).round() / 10.0)
}

/// The result of a run: what was applied (or rolled back) and where the database ended.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Migrations applied by `migrate`/`redo`, in order.
    pub applied: Vec<Applied>,
    /// Migrations rolled back by `down`/`redo`, in order.
    pub rolled_back: Vec<Applied>,
    /// The database's version at the start.
    pub from: Version,
    /// The database's version at the end.
    pub to: Version,
    /// Whether the run was the lock-free no-op fast path, or applied nothing.
    pub up_to_date: bool,
    /// After-migrate files run at the end (see [`crate::AfterMigrate`]).
    pub after_migrate: usize,
}

impl Report {
    /// Total time spent applying and rolling back.
    pub fn duration(&self) -> Duration {
        self.applied
            .iter()
            .chain(&self.rolled_back)
            .map(|a| a.duration)
            .sum()
    }
}

/// What a run reports as it goes, for the caller to render: a terminal's progress bar (the CLI
/// draws one with indicatif), a log, a test's buffer. Every method but [`Observer::line`] has a
/// default that ignores it.
pub trait Observer: Send + Sync {
    /// A progress line (`gander: …`).
    fn line(&self, text: &str);
    /// The run will apply `total` migrations.
    fn started(&self, total: usize) {
        let _ = total;
    }
    /// What the run is doing now, in a few words.
    fn step(&self, message: &str) {
        let _ = message;
    }
    /// One more migration done.
    fn advanced(&self) {}
    /// The run is over.
    fn finished(&self) {}
}

/// Where progress goes: an [`Observer`]. Every line also goes to `tracing`.
pub struct Progress {
    observer: Box<dyn Observer>,
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Progress")
    }
}

impl Progress {
    /// Progress lines to `writer`.
    pub fn new(writer: impl Write + Send + 'static) -> Self {
        Progress::observed(Lines(Mutex::new(Box::new(writer))))
    }

    /// Progress rendered by `observer`.
    pub fn observed(observer: impl Observer + 'static) -> Self {
        Progress {
            observer: Box::new(observer),
        }
    }

    /// Lines go to `parent`, each prefixed with `prefix: ` (one namespace among several).
    pub fn prefixed(parent: &std::sync::Arc<Progress>, prefix: &str) -> Self {
        Progress::observed(Prefixed {
            parent: parent.clone(),
            prefix: prefix.to_string(),
        })
    }

    /// No progress lines (tracing events only).
    pub fn silent() -> Self {
        Progress::new(std::io::sink())
    }

    /// Progress lines to stderr.
    pub fn stderr() -> Self {
        Progress::new(std::io::stderr())
    }

    /// A progress line.
    pub fn line(&self, text: &str) {
        tracing::info!(target: "gander", "{text}");
        self.observer.line(text);
    }

    pub(crate) fn start(&self, total: usize) {
        self.observer.started(total);
    }

    pub(crate) fn step(&self, msg: &str) {
        self.observer.step(msg);
    }

    pub(crate) fn advance(&self) {
        self.observer.advanced();
    }

    pub(crate) fn finish(&self) {
        self.observer.finished();
    }
}

/// Lines to a writer, each flushed.
struct Lines(Mutex<Box<dyn Write + Send>>);

impl Observer for Lines {
    fn line(&self, text: &str) {
        if let Ok(mut w) = self.0.lock() {
            let _ = writeln!(w, "{text}");
            let _ = w.flush();
        }
    }
}

/// Lines forwarded to a parent, prefixed (one namespace among several).
struct Prefixed {
    parent: std::sync::Arc<Progress>,
    prefix: String,
}

impl Observer for Prefixed {
    fn line(&self, text: &str) {
        for line in text.lines() {
            let line = line.strip_prefix("gander: ").unwrap_or(line);
            self.parent
                .line(&format!("gander: {}: {line}", self.prefix));
        }
    }
}
