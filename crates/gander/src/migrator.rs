//! The executor: plan against the history, then apply or roll back under the lock, each
//! transactional migration in one pipelined round trip together with its history rows.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde::Serialize;
use tokio_postgres::Client;
use tokio_postgres::error::ErrorPosition;

use crate::error::{Error, Result, StatementError};
use crate::history::{self, State, Tables};
use crate::lock;
use crate::report::{Applied, Progress, Report};
use crate::target::PgConfig;
use crate::waits;
use crate::{Migration, MigrationSet, Section, Unit, Version};

/// How a run behaves.
#[derive(Clone, Debug)]
pub struct Options {
    /// goose's table, optionally schema-qualified (`goose_db_version`).
    pub table: String,
    /// How long to wait for the migration lock (default 5 minutes).
    pub lock_timeout: Duration,
    /// Apply even though applied files changed since (goose has no such check).
    pub allow_drift: bool,
    /// Apply even though the database has versions the set lacks, or pending versions older
    /// than its current one (goose's `--allow-missing`: out-of-order).
    pub allow_missing: bool,
    /// PostgreSQL's `lock_timeout` for migration statements: a statement queued behind another
    /// session's lock fails (55P03) after this long, its migration rolls back and is retried
    /// with backoff until `lock_timeout`. `None`: the session's own setting when the connection
    /// string's `options`, `PGOPTIONS` or the role set one, else [`crate::DEFAULT_STATEMENT_LOCK_TIMEOUT`];
    /// `Some(Duration::ZERO)`: no limit.
    pub statement_lock_timeout: Option<Duration>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            table: "goose_db_version".into(),
            lock_timeout: Duration::from_secs(300),
            allow_drift: false,
            allow_missing: false,
            statement_lock_timeout: None,
        }
    }
}

/// Where one version stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VersionState {
    /// Applied, and the file is unchanged (or was applied by goose, which stores no checksum).
    Applied,
    /// In the set, not applied.
    Pending,
    /// Applied, but no longer in the set.
    Missing,
    /// Applied, but the file changed since.
    Drifted,
    /// Not applied: a NO TRANSACTION migration whose last run stopped part-way (the units it
    /// completed stay applied; `units_done` says how many).
    Partial,
}

/// One line of `status`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatusEntry {
    /// The version.
    pub version: Version,
    /// Its file, when it is in the set.
    pub path: Option<String>,
    /// Where it stands.
    pub state: VersionState,
    /// When it was applied (server time), if it was.
    pub applied_at: Option<String>,
    /// Whether it runs without a transaction.
    pub no_transaction: bool,
    /// For [`VersionState::Partial`]: the units its last run completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units_done: Option<u32>,
    /// Of those units, how many the file has.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<usize>,
    /// Whether gander's checksum is older than goose's row (goose re-applied it): not compared.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub checksum_stale: bool,
}

/// The whole `status`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Status {
    /// goose CLI's current version: the version of the newest applied row (0 for none).
    pub current: Version,
    /// The highest applied version (what goose's Provider API reports as the version); it
    /// differs from `current` after an out-of-order apply.
    pub highest: Version,
    /// The set's newest version.
    pub latest: Version,
    /// Every version in the set or in the history, in order.
    pub versions: Vec<StatusEntry>,
}

impl Status {
    /// Versions in a given state.
    pub fn count(&self, state: VersionState) -> usize {
        self.versions.iter().filter(|v| v.state == state).count()
    }
}

/// A statement that would run, for `--dry-run`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlannedUnit {
    /// File line.
    pub line: u32,
    /// The SQL exactly as it would be sent.
    pub sql: String,
}

/// A migration that would run, for `--dry-run`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlannedMigration {
    /// Its version.
    pub version: Version,
    /// Its file.
    pub path: String,
    /// Whether each unit runs in its own implicit transaction.
    pub no_transaction: bool,
    /// Up or down.
    pub direction: &'static str,
    /// The units, in order.
    pub units: Vec<PlannedUnit>,
}

/// Applies a [`MigrationSet`] to a database through any `tokio_postgres::Client`.
#[derive(Debug)]
pub struct Migrator<'a> {
    set: &'a MigrationSet,
    options: Options,
    progress: Progress,
    tables: Tables,
    watcher: Option<PgConfig>,
    after: crate::AfterMigrate,
}

impl<'a> Migrator<'a> {
    /// A migrator for `set` with default options and no progress output.
    pub fn new(set: &'a MigrationSet) -> Self {
        let options = Options::default();
        Migrator {
            set,
            tables: Tables::new(&options.table),
            options,
            progress: Progress::silent(),
            watcher: None,
            after: crate::AfterMigrate::none(),
        }
    }

    /// Runs these after-migrate files after every successful [`Migrator::migrate`] and
    /// [`Migrator::up_by_one`] (also when nothing was pending), in one transaction under the
    /// migration lock.
    pub fn with_after_migrate(mut self, after: crate::AfterMigrate) -> Self {
        self.after = after;
        self
    }

    /// Sets the options.
    pub fn with_options(mut self, options: Options) -> Self {
        self.tables = Tables::new(&options.table);
        self.options = options;
        self
    }

    /// Watches lock waits from a second session on this server (`pg_blocking_pids`), so that
    /// each wait names the backend that blocks it. Without it, a wait says how long it took.
    pub fn with_watcher(mut self, config: Option<PgConfig>) -> Self {
        self.watcher = config;
        self
    }

    /// Sends progress lines there.
    pub fn with_progress(mut self, progress: Progress) -> Self {
        self.progress = progress;
        self
    }

    /// The progress sink.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// Status of every version, without taking the lock.
    pub async fn status(&self, client: &Client) -> Result<Status> {
        let state = history::read(client, &self.tables).await?;
        Ok(self.status_of(&state))
    }

    fn status_of(&self, state: &State) -> Status {
        let mut versions: BTreeMap<Version, StatusEntry> = BTreeMap::new();
        for m in self.set.iter() {
            let partial = state.partial.get(&m.version);
            let (st, at) = match state.applied.get(&m.version) {
                None if partial.is_some() => (VersionState::Partial, None),
                Some(row) => {
                    let drifted = row.checksum.is_some_and(|c| c != m.checksum);
                    (
                        if drifted {
                            VersionState::Drifted
                        } else {
                            VersionState::Applied
                        },
                        row.applied_at.clone(),
                    )
                }
                None => (VersionState::Pending, None),
            };
            versions.insert(
                m.version,
                StatusEntry {
                    version: m.version,
                    path: Some(m.path.to_string()),
                    state: st,
                    applied_at: at,
                    no_transaction: m.no_transaction,
                    units_done: partial.map(|p| p.units_done),
                    units: partial.map(|_| m.up.units.len()),
                    checksum_stale: state
                        .applied
                        .get(&m.version)
                        .is_some_and(|r| r.checksum_stale),
                },
            );
        }
        for (v, row) in &state.applied {
            versions.entry(*v).or_insert_with(|| StatusEntry {
                version: *v,
                path: None,
                state: VersionState::Missing,
                applied_at: row.applied_at.clone(),
                no_transaction: false,
                units_done: None,
                units: None,
                checksum_stale: row.checksum_stale,
            });
        }
        Status {
            current: state.current(),
            highest: state.highest(),
            latest: self.set.latest().unwrap_or_default(),
            versions: versions.into_values().collect(),
        }
    }

    /// The migrations `migrate` would apply (up to `to`), refusing as `migrate` would.
    fn pending(&self, state: &State, to: Option<Version>) -> Result<Vec<&'a Migration>> {
        if let Some(t) = to
            && t.get() != 0
            && self.set.get(t).is_none()
        {
            return Err(Error::UnknownVersion(t));
        }
        let status = self.status_of(state);
        let missing: Vec<Version> = status
            .versions
            .iter()
            .filter(|v| v.state == VersionState::Missing)
            .map(|v| v.version)
            .collect();
        if !missing.is_empty() && !self.options.allow_missing {
            return Err(Error::Missing(missing));
        }
        let drifted: Vec<String> = status
            .versions
            .iter()
            .filter(|v| v.state == VersionState::Drifted)
            .map(|v| v.path.clone().unwrap_or_default())
            .collect();
        if !drifted.is_empty() && !self.options.allow_drift {
            return Err(Error::Drift(drifted));
        }
        // goose calls a pending version below the highest applied one "missing" (out of order).
        let current = state.highest();
        let pending: Vec<&Migration> = self
            .set
            .iter()
            .filter(|m| !state.applied.contains_key(&m.version))
            .filter(|m| to.is_none_or(|t| m.version <= t))
            .collect();
        let older: Vec<Version> = pending
            .iter()
            .filter(|m| m.version < current)
            .map(|m| m.version)
            .collect();
        if !older.is_empty() && !self.options.allow_missing {
            return Err(Error::OutOfOrder {
                current,
                pending: older,
            });
        }
        Ok(pending)
    }

    /// What `migrate` (up to `to`) would run, statement by statement, without running it.
    pub async fn plan(
        &self,
        client: &Client,
        to: Option<Version>,
    ) -> Result<Vec<PlannedMigration>> {
        let state = history::read(client, &self.tables).await?;
        self.pending(&state, to)?
            .into_iter()
            .map(|m| planned(m, &m.up, "up"))
            .collect()
    }

    /// What `down` (to `to`, or one step) would run.
    pub async fn plan_down(
        &self,
        client: &Client,
        to: Option<Version>,
    ) -> Result<Vec<PlannedMigration>> {
        let state = history::read(client, &self.tables).await?;
        self.down_list(&state, to)?
            .into_iter()
            .map(|m| match &m.down {
                Some(d) => planned(m, d, "down"),
                None => Err(Error::NoDown {
                    path: m.path.to_string(),
                }),
            })
            .collect()
    }

    /// Applies every pending migration (up to `to`), under the lock. An up-to-date database
    /// costs one query and no lock.
    pub async fn migrate(&self, client: &Client, to: Option<Version>) -> Result<Report> {
        let state = history::read(client, &self.tables).await?;
        let pending = self.pending(&state, to)?;
        if pending.is_empty() && state.exists && state.meta_exists && self.after.is_empty() {
            let v = state.current();
            self.progress
                .line(&format!("gander: up to date at version {v}"));
            return Ok(Report {
                from: v,
                to: v,
                up_to_date: true,
                ..Report::default()
            });
        }
        self.locked(client, |state| {
            Box::pin(async move {
                let report = self.migrate_locked(client, state, to, usize::MAX).await?;
                self.after_migrate(client, report).await
            })
        })
        .await
    }

    /// Applies the next pending migration only (goose's `up-by-one`); then the after-migrate
    /// files. `report.applied` is empty when nothing was pending.
    pub async fn up_by_one(&self, client: &Client) -> Result<Report> {
        self.locked(client, |state| {
            Box::pin(async move {
                let report = self.migrate_locked(client, state, None, 1).await?;
                self.after_migrate(client, report).await
            })
        })
        .await
    }

    async fn after_migrate(&self, client: &Client, mut report: Report) -> Result<Report> {
        if self.after.is_empty() {
            return Ok(report);
        }
        self.after.run(client).await?;
        report.after_migrate = self.after.len();
        self.progress.line(&format!(
            "gander: ran {} after-migrate file(s): {}",
            self.after.len(),
            self.after.paths().join(", ")
        ));
        Ok(report)
    }

    async fn migrate_locked(
        &self,
        client: &Client,
        state: State,
        to: Option<Version>,
        limit: usize,
    ) -> Result<Report> {
        let mut pending = self.pending(&state, to)?;
        pending.truncate(limit);
        let mut report = Report {
            from: state.current(),
            to: state.current(),
            ..Report::default()
        };
        if pending.is_empty() {
            self.progress
                .line(&format!("gander: up to date at version {}", report.to));
            report.up_to_date = true;
            return Ok(report);
        }
        self.progress.start(pending.len());
        report.applied = self.apply(client, &state, &pending, true, &[]).await?;
        // goose's current version is the newest row: the last one applied.
        if let Some(last) = report.applied.last() {
            report.to = last.version;
        }
        self.progress.finish();
        Ok(report)
    }

    fn down_list(&self, state: &State, to: Option<Version>) -> Result<Vec<&'a Migration>> {
        if let Some(t) = to
            && t.get() != 0
            && self.set.get(t).is_none()
        {
            return Err(Error::UnknownVersion(t));
        }
        // goose (CLI and Provider): the newest applied row first; `--to V` stops at the first
        // row whose version is V or lower, even if a higher version was applied before it.
        let newest_first = state.newest_first.iter().copied();
        let chosen: Vec<Version> = match to {
            Some(t) => newest_first.take_while(|v| *v > t).collect(),
            None => newest_first.take(1).collect(),
        };
        chosen
            .into_iter()
            .map(|v| self.set.get(v).ok_or(Error::DownMissing(v)))
            .collect()
    }

    /// Rolls back the newest applied migration, or every one above `to`.
    pub async fn down(&self, client: &Client, to: Option<Version>) -> Result<Report> {
        self.locked(client, |state| {
            Box::pin(self.down_locked(client, state, to))
        })
        .await
    }

    async fn down_locked(
        &self,
        client: &Client,
        state: State,
        to: Option<Version>,
    ) -> Result<Report> {
        let list = self.down_list(&state, to)?;
        let mut report = Report {
            from: state.current(),
            to: state.current(),
            ..Report::default()
        };
        if let Some(m) = list.iter().find(|m| m.down.is_none()) {
            return Err(Error::NoDown {
                path: m.path.to_string(),
            });
        }
        report.rolled_back = self.apply(client, &state, &list, false, &[]).await?;
        report.to = state
            .newest_first
            .iter()
            .find(|v| !report.rolled_back.iter().any(|a| a.version == **v))
            .copied()
            .unwrap_or_default();
        if report.rolled_back.is_empty() {
            self.progress.line("gander: nothing to roll back");
        }
        Ok(report)
    }

    /// Rolls back the newest applied migration and applies it again.
    pub async fn redo(&self, client: &Client) -> Result<Report> {
        self.locked(client, |state| {
            Box::pin(async move {
                let current = state.current();
                let tables = state.clone();
                let mut report = self.down_locked(client, state, None).await?;
                let m = self.set.get(current).ok_or(Error::DownMissing(current))?;
                report.applied = self.apply(client, &tables, &[m], true, &[]).await?;
                report.to = current;
                Ok(report)
            })
        })
        .await
    }

    /// Records every version up to `version` as applied without running it (for databases
    /// created before gander or goose).
    pub async fn baseline(&self, client: &Client, version: Version) -> Result<Report> {
        if self.set.get(version).is_none() {
            return Err(Error::UnknownVersion(version));
        }
        self.locked(client, |state| {
            Box::pin(async move {
                if let Some(newer) = state.applied.keys().find(|v| **v > version) {
                    return Err(Error::Baseline(version, format!("version {newer} is already applied")));
                }
                let mut sql = String::from("BEGIN;");
                let mut report = Report {
                    from: state.current(),
                    to: version,
                    ..Report::default()
                };
                for m in self.set.iter().filter(|m| m.version <= version) {
                    if !state.applied.contains_key(&m.version) {
                        sql.push_str(&history::record_up(&state.tables, m.version, &m.checksum, Some(0.0)));
                        report.applied.push(Applied {
                            version: m.version,
                            path: m.path.to_string(),
                            units: 0,
                            duration: Duration::ZERO,
                        });
                    }
                }
                sql.push_str("COMMIT;");
                client
                    .batch_execute(&sql)
                    .await
                    .map_err(|e| Error::db("recording the baseline", e))?;
                self.progress.line(&format!(
                    "gander: baselined at version {version} ({} version(s) marked applied without running)",
                    report.applied.len()
                ));
                Ok(report)
            })
        })
        .await
    }

    /// Rewrites the stored checksums of applied migrations to the files' current checksums
    /// (after a deliberate edit). Returns the versions whose checksum changed.
    pub async fn repair(&self, client: &Client) -> Result<Vec<Version>> {
        self.locked(client, |state| {
            Box::pin(async move {
                let mut changed = Vec::new();
                let mut sql = String::from("BEGIN;");
                for (v, row) in &state.applied {
                    if let Some(m) = self.set.get(*v)
                        && row.checksum != Some(m.checksum)
                    {
                        changed.push(*v);
                        sql.push_str(&format!(
                            "INSERT INTO {t} (version_id, checksum, applied_by, gander_version, goose_id) VALUES ({v}, '{c}', {by}, {gv}, \
                             (SELECT max(id) FROM {g} WHERE version_id = {v})) \
                             ON CONFLICT (version_id) DO UPDATE SET checksum = EXCLUDED.checksum, goose_id = EXCLUDED.goose_id, units_done = NULL;",
                            t = state.tables.meta,
                            g = state.tables.goose,
                            c = m.checksum.to_hex(),
                            by = history::quote_literal(history::applied_by()),
                            gv = history::quote_literal(env!("CARGO_PKG_VERSION")),
                        ));
                    }
                }
                sql.push_str("COMMIT;");
                client
                    .batch_execute(&sql)
                    .await
                    .map_err(|e| Error::db("repairing checksums", e))?;
                self.progress.line(&format!("gander: repaired {} checksum(s)", changed.len()));
                Ok(changed)
            })
        })
        .await
    }

    /// Runs `body` holding the lock, with the history tables ensured and read under it; the lock
    /// is released on success and on error (and by the session's end on panic or cancellation).
    async fn locked<'b, T>(
        &'b self,
        client: &'b Client,
        body: impl FnOnce(State) -> std::pin::Pin<Box<dyn Future<Output = Result<T>> + Send + 'b>>,
    ) -> Result<T> {
        // One round trip for the first poll and the history read under it.
        let (first, state) =
            tokio::join!(lock::try_lock(client), history::read(client, &self.tables));
        let first = first?;
        lock::acquire(client, first, self.options.lock_timeout, &self.progress).await?;
        let result = async {
            // If the lock had to be waited for, the history read with the first poll is stale.
            let state = if first {
                state?
            } else {
                history::read(client, &self.tables).await?
            };
            let state = if !state.exists || !state.meta_exists || !state.meta_current {
                history::ensure(client, &state).await?;
                State {
                    exists: true,
                    meta_exists: true,
                    meta_current: true,
                    ..state
                }
            } else {
                state
            };
            body(state).await
        }
        .await;
        let released = lock::release(client).await;
        match (result, released) {
            (Err(e), _) => Err(e),
            (Ok(_), Err(e)) => Err(e),
            (Ok(v), Ok(())) => Ok(v),
        }
    }

    /// Applies (or rolls back) `list` in order: each run of transactional migrations as one
    /// pipeline, each NO TRANSACTION migration unit by unit. `before` is what the run already
    /// did, for the report that comes with an error. Statements run under the statement lock
    /// timeout; one that times out (55P03) rolls its migration back, and the migration is
    /// retried with backoff until `--lock-timeout`, each wait naming the backend that blocks it.
    async fn apply(
        &self,
        client: &Client,
        state: &State,
        list: &[&Migration],
        up: bool,
        before: &[Applied],
    ) -> Result<Vec<Applied>> {
        let start = waits::Session::start(
            client,
            self.options.statement_lock_timeout,
            self.watcher.as_ref(),
        );
        // Going up, the guard and the record of every pipelined migration are prepared once,
        // in the same round trip as the session's settings.
        let prepared = (up
            && list.iter().any(|m| !m.no_transaction)
            && !list.iter().any(|m| {
                section_of(m, up)
                    .map(|s| s.units.iter().any(|u| history::drops_prepared(&u.sql)))
                    .unwrap_or(false)
            }))
        .then(history::Prepared::new);
        let deallocate = |p: &history::Prepared| {
            let [guard, record] = p.deallocate();
            async move {
                // One that was never prepared fails alone; a session gone has none left.
                let _ = tokio::join!(client.batch_execute(&guard), client.batch_execute(&record));
            }
        };
        let (session, prepared) = match &prepared {
            Some(p) => {
                let sql = p.prepare(&state.tables);
                let (session, made) = tokio::join!(start, client.batch_execute(&sql));
                if made.is_err() {
                    // The run records its versions with plain statements.
                    deallocate(p).await;
                }
                (session, made.is_ok().then_some(p))
            }
            None => (start.await, None),
        };
        let session = match session {
            Ok(s) => s,
            Err(e) => {
                if let Some(p) = prepared {
                    deallocate(p).await;
                }
                return Err(e);
            }
        };
        let result = self
            .apply_in(client, &session, state, list, up, before, prepared)
            .await;
        match prepared {
            Some(p) => {
                tokio::join!(session.finish(client), deallocate(p));
            }
            None => session.finish(client).await,
        }
        result
    }

    #[allow(clippy::too_many_arguments)]
    async fn apply_in(
        &self,
        client: &Client,
        session: &waits::Session,
        state: &State,
        list: &[&Migration],
        up: bool,
        before: &[Applied],
        prepared: Option<&history::Prepared>,
    ) -> Result<Vec<Applied>> {
        let tables = &state.tables;
        let mut done: Vec<Applied> = Vec::with_capacity(list.len());
        for batch in batches(list) {
            self.progress.step(batch[0].file_name());
            let mut rest: &[&Migration] = batch;
            let mut retry = waits::Retry::new(self.options.lock_timeout);
            while !rest.is_empty() {
                let mut so_far = before.to_vec();
                so_far.extend(done.iter().cloned());
                if rest[0].no_transaction {
                    let partial = if up {
                        state.partial.get(&rest[0].version).copied()
                    } else {
                        None
                    };
                    let a = self
                        .run_no_transaction(client, session, tables, rest[0], up, partial, &so_far)
                        .await?;
                    self.progress.advance();
                    done.push(a);
                    rest = &rest[1..];
                    continue;
                }
                session.arm();
                let (applied, err) = self
                    .run_batch(client, tables, rest, up, &so_far, prepared)
                    .await;
                for _ in &applied {
                    self.progress.advance();
                }
                rest = &rest[applied.len()..];
                done.extend(applied);
                match err {
                    None => {}
                    Some(e) if waits::is_lock_timeout(&e) => {
                        retry.wait(e, session, &self.progress).await?;
                    }
                    Some(e) => return Err(e),
                }
            }
        }
        Ok(done)
    }

    /// A NO TRANSACTION migration: each unit in its own implicit transaction, then its history
    /// rows in a transaction of their own. Going up, gander's row notes how many units completed
    /// (so that an interrupted run shows as `partial`); a unit that times out waiting for a lock
    /// is retried alone.
    #[allow(clippy::too_many_arguments)]
    async fn run_no_transaction(
        &self,
        client: &Client,
        session: &waits::Session,
        tables: &Tables,
        m: &Migration,
        up: bool,
        partial: Option<history::Partial>,
        before: &[Applied],
    ) -> Result<Applied> {
        let started = Instant::now();
        let section = section_of(m, up)?;
        let units = substituted(m, section)?;
        if let Some(p) = partial {
            self.progress.line(&format!(
                "gander: {}: an earlier run stopped after {} of {} unit(s) (NO TRANSACTION: those stay applied); running it again from its first unit",
                m.file_name(),
                p.units_done,
                units.len()
            ));
        }
        let track = |sql: String| async move {
            client.batch_execute(&sql).await.map_err(|e| {
                Error::db(
                    format!("recording the progress of version {}", m.version),
                    e,
                )
            })
        };
        // A `… CONCURRENTLY` build that times out leaves an INVALID index behind, and its
        // retry then fails on the name: it runs without the statement lock timeout. The
        // timeout is turned off before a run of such units and restored after it, each change
        // riding on the history message next to it (one round trip, not three, per unit).
        let concurrently: Vec<bool> = units
            .iter()
            .map(|sql| sql.to_ascii_uppercase().contains("CONCURRENTLY"))
            .collect();
        let restore = format!(
            "SELECT set_config('lock_timeout', {}, false)",
            history::quote_literal(&session.timeout)
        );
        // The change due before unit `i` (`i == units.len()`: after the last).
        let toggle = |i: usize| -> Option<&str> {
            let was = i > 0 && concurrently[i - 1];
            match (was, concurrently.get(i).copied().unwrap_or(false)) {
                (false, true) => Some("SELECT set_config('lock_timeout', '0', false)"),
                (true, false) => Some(restore.as_str()),
                _ => None,
            }
        };
        let with_toggle = |sql: Option<String>, i: usize| -> Option<String> {
            match (sql, toggle(i)) {
                (Some(s), Some(t)) => Some(format!("{s};\n{t}")),
                (Some(s), None) => Some(s),
                (None, t) => t.map(str::to_string),
            }
        };
        let first = with_toggle(
            up.then(|| history::record_started(tables, m.version, &m.checksum)),
            0,
        );
        if let Some(sql) = first {
            track(sql).await?;
        }
        for (i, sql) in units.iter().enumerate() {
            let mut retry = waits::Retry::new(self.options.lock_timeout);
            let result = loop {
                session.arm();
                match client.batch_execute(sql).await {
                    Ok(()) => break Ok(()),
                    Err(e) => {
                        let err = statement_error(
                            m,
                            &section.units[i],
                            sql,
                            e,
                            before,
                            Located::default(),
                        );
                        let err = match err {
                            Error::Statement(mut s) => {
                                s.unit_index = i;
                                s.units = units.len();
                                s.earlier_run_units_done = partial.map(|p| p.units_done);
                                Error::Statement(s)
                            }
                            other => other,
                        };
                        if waits::is_lock_timeout(&err) && !concurrently[i] {
                            if let Err(e) = retry.wait(err, session, &self.progress).await {
                                break Err(e);
                            }
                        } else {
                            break Err(err);
                        }
                    }
                }
            };
            if let Err(e) = result {
                if concurrently[i] {
                    // The error is what matters; a session that is gone has no setting left.
                    let _ = client.simple_query(&restore).await;
                }
                return Err(e);
            }
            let next = with_toggle(
                up.then(|| history::record_progress(tables, m.version, i + 1)),
                i + 1,
            );
            if let Some(sql) = next {
                track(sql).await?;
            }
        }
        let record = if up {
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            history::record_up(tables, m.version, &m.checksum, Some(ms))
        } else {
            history::record_down(tables, m.version)
        };
        client
            .batch_execute(&format!("BEGIN;{record}COMMIT;"))
            .await
            .map_err(|e| Error::db(format!("recording version {}", m.version), e))?;
        let duration = started.elapsed();
        self.progress.line(&format!(
            "gander: {} {} ({} unit(s), no transaction, {:.1} ms)",
            if up { "applied" } else { "rolled back" },
            m.file_name(),
            units.len(),
            duration.as_secs_f64() * 1000.0
        ));
        Ok(Applied {
            version: m.version,
            path: m.path.to_string(),
            units: units.len(),
            duration,
        })
    }
}

/// The Up section, or the Down section (an error when the file has none).
fn section_of(m: &Migration, up: bool) -> Result<&Section> {
    if up {
        Ok(&m.up)
    } else {
        m.down.as_ref().ok_or_else(|| Error::NoDown {
            path: m.path.to_string(),
        })
    }
}

/// Most transactional migrations sent in one pipeline (one round trip for all of them).
const MAX_BATCH: usize = 64;

/// Splits a run into batches: each NO TRANSACTION migration alone, and runs of transactional
/// migrations (up to [`MAX_BATCH`]) together.
fn batches<'m>(list: &'m [&'m Migration]) -> Vec<&'m [&'m Migration]> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < list.len() {
        let j = if list[i].no_transaction {
            i + 1
        } else {
            (i..list.len())
                .find(|&k| list[k].no_transaction)
                .unwrap_or(list.len())
                .min(i + MAX_BATCH)
        };
        out.push(&list[i..j]);
        i = j;
    }
    out
}

/// Drives futures to completion, polling them in index order every time, and yields their
/// outputs in that order. tokio-postgres writes a request when its future is first polled, so
/// this sends the requests in exactly the order given (a guarantee `join_all`, which switches to
/// an unordered set above 30 futures, does not make).
struct InOrder<F: Future> {
    futures: Vec<Option<std::pin::Pin<Box<F>>>>,
    outputs: Vec<Option<F::Output>>,
}

impl<F: Future> InOrder<F> {
    fn new(futures: Vec<F>) -> Self {
        let n = futures.len();
        InOrder {
            futures: futures.into_iter().map(|f| Some(Box::pin(f))).collect(),
            outputs: (0..n).map(|_| None).collect(),
        }
    }
}

impl<F: Future> Future for InOrder<F> {
    type Output = Vec<F::Output>;

    fn poll(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        let this = self.get_mut();
        let mut pending = false;
        for (slot, out) in this.futures.iter_mut().zip(this.outputs.iter_mut()) {
            if let Some(f) = slot {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => {
                        *out = Some(v);
                        *slot = None;
                    }
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(this.outputs.iter_mut().filter_map(Option::take).collect())
        }
    }
}

impl<F: Future> Unpin for InOrder<F> {}

/// Completes `f` and notes when.
async fn timed<F: Future>(f: F) -> (F::Output, Instant) {
    let out = f.await;
    (out, Instant::now())
}

/// One transactional migration as one simple query: `BEGIN`, the guard, every unit, the
/// history rows and `COMMIT`, and where each part starts (in characters, PostgreSQL's unit for
/// error positions).
struct Message {
    text: String,
    /// Statements before the first unit's (`BEGIN`, and the guard when there is one).
    prefix: usize,
    /// Per unit: its first character in `text`, and how many statements the server counts.
    units: Vec<(u32, usize)>,
}

impl Message {
    fn new(units: &[String], section: &Section, guard: Option<&str>, record: &str) -> Message {
        let mut text = String::from("BEGIN;\n");
        let mut prefix = 1;
        if let Some(g) = guard {
            text.push_str(g);
            text.push_str(";\n");
            prefix += 1;
        }
        let mut chars = text.chars().count() as u32;
        let mut spans = Vec::with_capacity(units.len());
        for (sql, unit) in units.iter().zip(section.units.iter()) {
            spans.push((chars, unit.statements.len().max(1)));
            // A newline first: a unit may end in a line comment. An extra `;` is an empty
            // statement, which the server skips without a reply.
            text.push_str(sql);
            text.push_str("\n;\n");
            chars += sql.chars().count() as u32 + 3;
        }
        text.push_str(record);
        text.push_str("\nCOMMIT;");
        Message {
            text,
            prefix,
            units: spans,
        }
    }

    /// Which part failed, from the statements the server completed before the error: a unit
    /// (and the statement inside it), else `None` (BEGIN, guard, history rows or COMMIT).
    fn failed_unit(&self, completed: usize) -> Option<(usize, usize)> {
        let mut at = completed.checked_sub(self.prefix)?;
        for (u, (_, n)) in self.units.iter().enumerate() {
            if at < *n {
                return Some((u, at));
            }
            at -= n;
        }
        None
    }
}

/// Runs one simple query, counting the statements completed before an error.
async fn run_counted(
    client: &Client,
    sql: &str,
) -> (std::result::Result<(), tokio_postgres::Error>, usize) {
    use futures_util::StreamExt;
    let stream = match client.simple_query_raw(sql).await {
        Ok(s) => s,
        Err(e) => return (Err(e), 0),
    };
    futures_util::pin_mut!(stream);
    let mut completed = 0;
    while let Some(msg) = stream.next().await {
        match msg {
            Ok(tokio_postgres::SimpleQueryMessage::CommandComplete(_)) => completed += 1,
            Ok(_) => {}
            Err(e) => return (Err(e), completed),
        }
    }
    (Ok(()), completed)
}

impl Migrator<'_> {
    /// Applies (or rolls back) transactional migrations in one pipeline, each migration one
    /// simple query of `BEGIN`, a guard, its units, its history rows and `COMMIT`, all written
    /// before any answer is read. Each migration is its own transaction. A failure stops the
    /// rest of its query and leaves its transaction aborted, so every later migration's query
    /// fails at its `BEGIN`; the guard (`1 / count(previous version's row)`) covers a failure at
    /// `COMMIT` itself (a deferred constraint), which ends the transaction. A failed run ends
    /// with a `ROLLBACK`.
    async fn run_batch(
        &self,
        client: &Client,
        tables: &Tables,
        ms: &[&Migration],
        up: bool,
        before: &[Applied],
        prepared: Option<&history::Prepared>,
    ) -> (Vec<Applied>, Option<Error>) {
        let started = Instant::now();
        let mut messages: Vec<(Message, Vec<String>)> = Vec::with_capacity(ms.len());
        for (k, m) in ms.iter().enumerate() {
            let (section, units) = match section_of(m, up)
                .and_then(|section| Ok((section, substituted(m, section)?)))
            {
                Ok(u) => u,
                Err(e) => return (Vec::new(), Some(e)),
            };
            let record = match (up, prepared) {
                (true, Some(p)) => p.record(m.version, &m.checksum),
                (true, None) => history::record_up(tables, m.version, &m.checksum, None),
                (false, _) => history::record_down(tables, m.version),
            };
            let guard = (k > 0).then(|| {
                let previous = ms[k - 1].version;
                match (up, prepared) {
                    (true, Some(p)) => p.guard(previous),
                    (true, None) => history::guard_up(tables, previous),
                    (false, _) => history::guard_down(tables, previous),
                }
            });
            let message = Message::new(&units, section, guard.as_deref(), &record);
            messages.push((message, units));
        }
        // One round trip: every request is written before the first answer is read.
        let futures = messages
            .iter()
            .map(|(msg, _)| timed(run_counted(client, &msg.text)))
            .collect();
        let results = InOrder::new(futures).await;
        let mut done: Vec<Applied> = Vec::new();
        let mut last = started;
        let mut failure = None;
        for (k, ((result, completed), at)) in results.into_iter().enumerate() {
            let m = ms[k];
            let (message, units) = &messages[k];
            match result {
                Ok(()) => {
                    let n = units.len();
                    self.progress.line(&format!(
                        "gander: {} {} ({n} unit(s), {:.1} ms)",
                        if up { "applied" } else { "rolled back" },
                        m.file_name(),
                        (at - last).as_secs_f64() * 1000.0
                    ));
                    done.push(Applied {
                        version: m.version,
                        path: m.path.to_string(),
                        units: n,
                        duration: at - last,
                    });
                    last = at;
                }
                Err(e) => {
                    let mut all = before.to_vec();
                    all.extend(done.iter().cloned());
                    let err = match (message.failed_unit(completed), section_of(m, up)) {
                        (Some((u, stmt)), Ok(section)) => statement_error(
                            m,
                            &section.units[u],
                            &units[u],
                            e,
                            &all,
                            Located {
                                shift: message.units[u].0,
                                statement: Some(stmt),
                            },
                        ),
                        (None, _) => {
                            let what = if completed < message.prefix {
                                if completed == 0 {
                                    "BEGIN"
                                } else {
                                    "the previous migration of this run is not recorded in the history table (was it changed by another session?)"
                                }
                            } else if completed
                                == message.prefix + message.units.iter().map(|u| u.1).sum::<usize>()
                            {
                                "recording the version"
                            } else {
                                "COMMIT"
                            };
                            Error::db(format!("version {}: {what}", m.version), e)
                        }
                        (_, Err(other)) => other,
                    };
                    failure = Some(err);
                    break;
                }
            }
        }
        if failure.is_some() {
            // The failed migration's transaction is still open (aborted): end it.
            let _ = client.batch_execute("ROLLBACK").await;
        }
        (done, failure)
    }
}

/// The units' SQL with ENVSUB applied where the file asked for it.
fn substituted(m: &Migration, section: &Section) -> Result<Vec<String>> {
    section
        .units
        .iter()
        .map(|u| {
            let env = |k: &str| std::env::var(k).ok();
            u.substituted(gander_core::envsub::Values::Env(&env))
                .map_err(|e| Error::Envsub {
                    path: m.path.to_string(),
                    line: u.line,
                    message: e.message,
                })
        })
        .collect()
}

fn planned(m: &Migration, section: &Section, direction: &'static str) -> Result<PlannedMigration> {
    let units = substituted(m, section)?;
    Ok(PlannedMigration {
        version: m.version,
        path: m.path.to_string(),
        no_transaction: m.no_transaction,
        direction,
        units: section
            .units
            .iter()
            .zip(units)
            .map(|(u, sql)| PlannedUnit { line: u.line, sql })
            .collect(),
    })
}

/// Where a unit sat in the query that failed.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Located {
    /// Characters before the unit in the query (subtracted from PostgreSQL's error position).
    pub shift: u32,
    /// The statement of the unit that failed, when the server's replies tell.
    pub statement: Option<usize>,
}

/// Locates a failure: the statement PostgreSQL's error position falls in, else the statement
/// the replies point at, else the unit.
pub(crate) fn statement_error(
    m: &Migration,
    unit: &Unit,
    sent: &str,
    e: tokio_postgres::Error,
    before: &[Applied],
    located: Located,
) -> Error {
    let db = e.as_db_error();
    let position = db.and_then(|d| match d.position() {
        Some(ErrorPosition::Original(p)) => p.checked_sub(located.shift).filter(|p| *p > 0),
        _ => None,
    });
    // Map the 1-based character position to a statement and a file place (exact unless ENVSUB
    // changed the text's length).
    let byte = position.and_then(|p| {
        sent.char_indices()
            .nth(p.saturating_sub(1) as usize)
            .map(|(b, _)| b as u32)
    });
    let stmt_index = match byte {
        Some(b) => unit.statements.iter().rposition(|s| s.start <= b),
        None if unit.statements.len() == 1 => Some(0),
        None => located.statement.filter(|i| *i < unit.statements.len()),
    };
    let (line, column, text) = match stmt_index {
        Some(i) => (
            unit.statements[i].line,
            unit.statements[i].column,
            unit.statement_sql(i),
        ),
        None => (unit.line, unit.column, unit.sql.as_ref()),
    };
    let first_line = text.lines().next().unwrap_or("").to_string();
    let message = db.map_or_else(|| e.to_string(), |d| d.message().to_string());
    Error::Statement(Box::new(StatementError {
        path: m.path.to_string(),
        version: m.version,
        line,
        column,
        first_line,
        code: db.map_or_else(String::new, |d| d.code().code().to_string()),
        message,
        detail: db.and_then(|d| d.detail().map(str::to_string)),
        hint: db.and_then(|d| d.hint().map(str::to_string)),
        position: position.map(|p| unit.file_position(p)),
        no_transaction: m.no_transaction,
        unit_index: 0,
        units: 0,
        earlier_run_units_done: None,
        applied: before.to_vec(),
        source: e,
    }))
}
