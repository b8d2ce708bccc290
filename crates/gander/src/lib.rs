//! gander: PostgreSQL migrations in goose's format, checked when they are compiled and applied
//! anywhere by one small runtime.
//!
//! - [`embed_migrations!`] checks a folder at compile time and embeds it as a [`MigrationSet`].
//! - [`Migrator`] applies a set to any `tokio_postgres::Client` (feature `runtime`, default):
//!   under goose's advisory lock, recording goose's `goose_db_version`, each transactional
//!   migration in one pipelined round trip with its history rows.
//! - [`Target`] names a database: a URL, the `PG*` variables, or a throwaway server.
//! - [`build::track_migrations`] is for build scripts (works with `default-features = false`).

pub use gander_core::{
    Assumption, Checksum, Migration, MigrationSet, Section, Statement, Unit, Version,
};
/// The checker, as `embed_migrations!` runs it at compile time: for tools that check a folder
/// at run time (`gander check`).
pub use gander_core::{
    Checked, Code, Diagnostic, Diagnostics, Options as CheckOptions, Severity, check_dir,
    check_dir_with, check_files, check_files_with, envsub, model, parse_assumption,
};

/// Checks a goose migration folder at compile time and embeds it.
///
/// `embed_migrations!("migrations")` (path relative to the crate root, `CARGO_MANIFEST_DIR`)
/// expands, in the calling module, to:
/// - one constant per migration, `pub const V013_CREATE_AUDIT_EVENTS_TABLE: gander::Version`;
/// - `pub const LATEST: gander::Version`, the highest version;
/// - `pub static MIGRATIONS: gander::MigrationSet`, every migration with its statements
///   pre-split and its checksum pre-computed.
///
/// Any problem in the folder fails the build with every diagnostic (file, line, column, the
/// source line and how to fix it). The crate needs a build script calling
/// [`build::track_migrations`] with the same path, so that new files trigger a rebuild.
pub use gander_macros::embed_migrations;

pub mod build;

/// Runs an async test with a fresh database that has a migration set applied (cloned from a
/// template in milliseconds; feature `testing`):
///
/// ```text
/// #[gander::test(migrations = crate::schema::MIGRATIONS)]
/// async fn inserts(db: gander::testing::TestDatabase) {
///     let conn = db.connect().await.unwrap();
///     // …
/// }
/// ```
///
/// `version = 13` starts from that version instead of the latest. The database is dropped when
/// the test passes and kept, with its name printed, when it fails.
#[cfg(feature = "testing")]
pub use gander_macros::test;

#[cfg(feature = "runtime")]
mod after;
#[cfg(feature = "runtime")]
pub mod ephemeral;
#[cfg(feature = "runtime")]
mod error;
#[cfg(feature = "kube")]
mod fanout;
#[cfg(feature = "runtime")]
mod history;
/// Kubernetes namespaces as targets, and the fan-out over many (feature `kube`).
#[cfg(feature = "kube")]
pub mod kube {
    pub use crate::fanout::{NamespaceResult, migrate_namespaces, migrate_namespaces_with};
    pub use crate::target::namespace::{NamespaceTarget, Password, namespaces_matching};
}
#[cfg(feature = "runtime")]
mod lock;
#[cfg(feature = "runtime")]
mod migrator;
#[cfg(feature = "runtime")]
mod report;
#[cfg(feature = "runtime")]
pub mod scratch;
#[cfg(feature = "runtime")]
mod target;
#[cfg(feature = "testing")]
pub mod testing;
#[cfg(feature = "runtime")]
pub mod verify;
#[cfg(feature = "runtime")]
mod waits;

#[cfg(feature = "runtime")]
pub use after::{AFTER_MIGRATE_DIR, AfterMigrate};
#[cfg(feature = "runtime")]
pub use error::{Error, Result, StatementError};
#[cfg(feature = "runtime")]
pub use history::AppliedRow;
#[cfg(feature = "runtime")]
pub use lock::LOCK_KEY;
#[cfg(feature = "runtime")]
pub use migrator::{
    Migrator, Options, PlannedMigration, PlannedUnit, Status, StatusEntry, VersionState,
};
#[cfg(feature = "runtime")]
pub use report::{Applied, Observer, Progress, Report};
#[cfg(feature = "runtime")]
pub use target::{Canceller, Choice, Connection, PgConfig, Target, redact};
/// The driver every target ends in, re-exported so callers need not depend on it themselves.
#[cfg(feature = "runtime")]
pub use tokio_postgres;
#[cfg(feature = "runtime")]
pub use waits::DEFAULT_STATEMENT_LOCK_TIMEOUT;

/// A migration folder loaded at run time: the set, and what the schema model found in it.
#[cfg(feature = "runtime")]
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The migrations, in version order.
    pub set: MigrationSet,
    /// The schema model's findings and other warnings, for the caller to show. At run time
    /// they never refuse the set: the server is the authority on names.
    pub warnings: Diagnostics,
}

/// Loads and checks a migration folder at run time (for `--source DIR`): the file rules and
/// PostgreSQL's parser refuse what goose would break on; the schema model runs too, but its
/// findings come back as warnings ([`Loaded::warnings`]).
/// A folder without any migration is an error naming it: applying nothing from the wrong
/// folder must not look like success.
#[cfg(feature = "runtime")]
pub fn load(dir: &std::path::Path) -> Result<Loaded> {
    let (set, findings) = load_deferred(dir)?;
    Ok(Loaded {
        set,
        warnings: findings.wait(),
    })
}

/// [`load`] without waiting for the schema model: the set comes back as soon as the file rules
/// and PostgreSQL's parser have passed it, and the model replays it on a thread of its own
/// while the caller applies it (its findings only warn at run time, so they need not hold the
/// run up). [`Findings::wait`] gives every warning once the replay is done.
#[cfg(feature = "runtime")]
pub fn load_deferred(dir: &std::path::Path) -> Result<(MigrationSet, Findings)> {
    let options = gander_core::Options {
        model: false,
        ..gander_core::Options::default()
    };
    let checked = check_dir_with(dir, &dir.to_string_lossy(), &options);
    if checked.has_errors() {
        return Err(Error::Check(checked.diagnostics));
    }
    if checked.set.is_empty() {
        return Err(Error::EmptySource(dir.display().to_string()));
    }
    let replay = |set: MigrationSet| {
        let mut replayed = model::replay_last(&set);
        replayed.downgrade();
        replayed.diagnostics
    };
    let copy = checked.set.clone();
    let model = match std::thread::Builder::new()
        .name("gander-model".into())
        .spawn(move || {
            yield_to_the_server();
            replay(copy)
        }) {
        Ok(handle) => Pending::Running(handle),
        // No thread to be had: replay here and now.
        Err(_) => Pending::Done(replay(checked.set.clone())),
    };
    Ok((
        checked.set,
        Findings {
            dir: dir.display().to_string(),
            now: checked.diagnostics,
            model,
        },
    ))
}

/// Lowers the calling thread's scheduling priority (Linux's `nice` is per thread): the replay
/// of [`load_deferred`] only warns, so it should take the CPU that the run and a PostgreSQL
/// server on the same machine leave. (On 2 cores and the Data Storage set, `--source` cost
/// about 6 ms of a 640 ms apply over the embedded set, before and after this; the difference
/// it makes was smaller than the runs' spread.)
#[cfg(feature = "runtime")]
#[allow(unsafe_code)]
fn yield_to_the_server() {
    #[cfg(target_os = "linux")]
    // SAFETY: `setpriority` only reads its arguments; `who = 0` is the calling thread on Linux.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

/// The warnings of a [`load_deferred`] folder: the file rules' at once, the schema model's when
/// its replay ends.
#[cfg(feature = "runtime")]
#[derive(Debug)]
pub struct Findings {
    dir: String,
    now: Diagnostics,
    model: Pending,
}

#[cfg(feature = "runtime")]
#[derive(Debug)]
enum Pending {
    Running(std::thread::JoinHandle<Vec<Diagnostic>>),
    Done(Vec<Diagnostic>),
}

#[cfg(feature = "runtime")]
impl Default for Findings {
    /// No warning (a set embedded at compile time was checked then).
    fn default() -> Self {
        Findings {
            dir: String::new(),
            now: Diagnostics(Vec::new()),
            model: Pending::Done(Vec::new()),
        }
    }
}

#[cfg(feature = "runtime")]
impl Findings {
    /// Every warning, in file order; waits for the model's replay if it is still running. A
    /// replay that crashed is one warning saying so (the set itself was checked).
    pub fn wait(self) -> Diagnostics {
        let mut all = self.now;
        match self.model {
            Pending::Done(found) => all.0.extend(found),
            Pending::Running(handle) => match handle.join() {
                Ok(found) => all.0.extend(found),
                Err(panic) => {
                    let what = gander_core::panic_message(&*panic);
                    all.0.push(Diagnostic {
                        severity: Severity::Warning,
                        code: Code::UncertainReference,
                        path: self.dir,
                        line: 1,
                        column: 1,
                        width: 1,
                        source_line: None,
                        message: format!("the schema model crashed, so no name was checked: {what}"),
                        label: None,
                        help: Some("this is a bug in gander, not in the migrations: please report it with the folder's files".into()),
                    });
                }
            },
        }
        all.sort();
        all
    }
}

/// [`load`], keeping only the set (the warnings are dropped).
#[cfg(feature = "runtime")]
pub fn load_dir(dir: &std::path::Path) -> Result<MigrationSet> {
    load(dir).map(|l| l.set)
}
