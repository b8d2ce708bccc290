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

/// Where progress goes. Cheap to share; every line also goes to `tracing`.
pub struct Progress {
    writer: Mutex<Box<dyn Write + Send>>,
    bar: Option<indicatif::ProgressBar>,
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Progress")
            .field("bar", &self.bar.is_some())
            .finish()
    }
}

impl Progress {
    /// Progress lines to `writer`.
    pub fn new(writer: impl Write + Send + 'static) -> Self {
        Progress {
            writer: Mutex::new(Box::new(writer)),
            bar: None,
        }
    }

    /// Lines go to `parent`, each prefixed with `prefix: ` (one namespace among several).
    pub fn prefixed(parent: &std::sync::Arc<Progress>, prefix: &str) -> Self {
        Progress::new(Forward {
            parent: parent.clone(),
            prefix: prefix.to_string(),
            line: Vec::new(),
        })
    }

    /// No progress lines (tracing events only).
    pub fn silent() -> Self {
        Progress::new(std::io::sink())
    }

    /// Progress lines to stderr; a progress bar instead when stderr is a terminal.
    pub fn stderr() -> Self {
        use std::io::IsTerminal;
        let mut p = Progress::new(std::io::stderr());
        if std::io::stderr().is_terminal() {
            let bar = indicatif::ProgressBar::new(0);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            p.bar = Some(bar);
        }
        p
    }

    /// A progress line.
    pub fn line(&self, text: &str) {
        tracing::info!(target: "gander", "{text}");
        match &self.bar {
            Some(bar) => bar.println(text),
            None => {
                if let Ok(mut w) = self.writer.lock() {
                    let _ = writeln!(w, "{text}");
                    let _ = w.flush();
                }
            }
        }
    }

    pub(crate) fn start(&self, total: usize) {
        if let Some(bar) = &self.bar {
            bar.set_length(total as u64);
            bar.set_position(0);
        }
    }

    pub(crate) fn step(&self, msg: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(msg.to_string());
        }
    }

    pub(crate) fn advance(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

struct Forward {
    parent: std::sync::Arc<Progress>,
    prefix: String,
    line: Vec<u8>,
}

impl Write for Forward {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for &b in buf {
            if b == b'\n' {
                let text = String::from_utf8_lossy(&self.line).to_string();
                let text = text.strip_prefix("gander: ").unwrap_or(&text);
                self.parent
                    .line(&format!("gander: {}: {text}", self.prefix));
                self.line.clear();
            } else {
                self.line.push(b);
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
