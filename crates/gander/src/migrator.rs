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
}

impl Default for Options {
    fn default() -> Self {
        Options {
            table: "goose_db_version".into(),
            lock_timeout: Duration::from_secs(300),
            allow_drift: false,
            allow_missing: false,
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
}

/// The whole `status`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Status {
    /// The newest applied version (0 for none).
    pub current: Version,
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
        }
    }

    /// Sets the options.
    pub fn with_options(mut self, options: Options) -> Self {
        self.tables = Tables::new(&options.table);
        self.options = options;
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
            let (st, at) = match state.applied.get(&m.version) {
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
            });
        }
        Status {
            current: state.current(),
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
        let current = state.current();
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
        if pending.is_empty() && state.exists && state.meta_exists {
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
            Box::pin(self.migrate_locked(client, state, to))
        })
        .await
    }

    async fn migrate_locked(
        &self,
        client: &Client,
        state: State,
        to: Option<Version>,
    ) -> Result<Report> {
        let pending = self.pending(&state, to)?;
        let mut report = Report {
            from: state.current(),
            to: state.current(),
            ..Report::default()
        };
        if pending.is_empty() {
            self.progress
                .line(&format!("gander: up to date at version {}", report.to));
            return Ok(report);
        }
        self.progress.start(pending.len());
        report.applied = self.apply(client, &pending, true, &[]).await?;
        report.to = report
            .applied
            .iter()
            .map(|a| a.version)
            .fold(report.to, Version::max);
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
        let applied: Vec<Version> = state.applied.keys().rev().copied().collect();
        let chosen: Vec<Version> = match to {
            Some(t) => applied.into_iter().filter(|v| *v > t).collect(),
            None => applied.into_iter().take(1).collect(),
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
        let mut remaining = state.applied.clone();
        if let Some(m) = list.iter().find(|m| m.down.is_none()) {
            return Err(Error::NoDown {
                path: m.path.to_string(),
            });
        }
        report.rolled_back = self.apply(client, &list, false, &[]).await?;
        for a in &report.rolled_back {
            remaining.remove(&a.version);
        }
        report.to = remaining.keys().next_back().copied().unwrap_or_default();
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
                let mut report = self.down_locked(client, state, None).await?;
                let m = self.set.get(current).ok_or(Error::DownMissing(current))?;
                report.applied = self.apply(client, &[m], true, &[]).await?;
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
                        sql.push_str(&history::record_up(&self.tables, m.version, &m.checksum, Some(0.0)));
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
                            "INSERT INTO {t} (version_id, checksum, applied_by, gander_version) VALUES ({v}, '{c}', {by}, {gv}) \
                             ON CONFLICT (version_id) DO UPDATE SET checksum = EXCLUDED.checksum;",
                            t = self.tables.meta,
                            c = m.checksum.to_hex(),
                            by = history::quote_literal(&history::applied_by()),
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
            let state = if !state.exists || !state.meta_exists {
                history::ensure(client, &self.tables, &state).await?;
                State {
                    exists: true,
                    meta_exists: true,
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
    /// did, for the report that comes with an error.
    async fn apply(
        &self,
        client: &Client,
        list: &[&Migration],
        up: bool,
        before: &[Applied],
    ) -> Result<Vec<Applied>> {
        let mut done: Vec<Applied> = Vec::with_capacity(list.len());
        for batch in batches(list) {
            self.progress.step(batch[0].file_name());
            let mut so_far = before.to_vec();
            so_far.extend(done.iter().cloned());
            let applied = if batch[0].no_transaction {
                vec![
                    self.run_no_transaction(client, batch[0], up, &so_far)
                        .await?,
                ]
            } else {
                self.run_batch(client, batch, up, &so_far).await?
            };
            for _ in &applied {
                self.progress.advance();
            }
            done.extend(applied);
        }
        Ok(done)
    }

    /// A NO TRANSACTION migration: each unit in its own implicit transaction, then its history
    /// rows in a transaction of their own.
    async fn run_no_transaction(
        &self,
        client: &Client,
        m: &Migration,
        up: bool,
        before: &[Applied],
    ) -> Result<Applied> {
        let started = Instant::now();
        let section = section_of(m, up)?;
        let units = substituted(m, section)?;
        for (i, sql) in units.iter().enumerate() {
            if let Err(e) = client.batch_execute(sql).await {
                return Err(statement_error(m, &section.units[i], sql, e, before));
            }
        }
        let record = if up {
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            history::record_up(&self.tables, m.version, &m.checksum, Some(ms))
        } else {
            history::record_down(&self.tables, m.version)
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

#[derive(Clone, Copy, Debug)]
enum Role {
    Begin,
    Guard,
    Unit(usize),
    Record,
    Commit,
}

impl Migrator<'_> {
    /// Applies (or rolls back) transactional migrations in one pipeline: for each, `BEGIN`, a
    /// guard, its units, its history rows and `COMMIT`, all written before any answer is read.
    /// Each migration is its own transaction; the guard (`1 / count(previous version's row)`)
    /// makes every migration after a failed one fail too, so nothing after a failure is applied.
    async fn run_batch(
        &self,
        client: &Client,
        ms: &[&Migration],
        up: bool,
        before: &[Applied],
    ) -> Result<Vec<Applied>> {
        let started = Instant::now();
        let mut texts: Vec<(Vec<String>, String, Option<String>)> = Vec::with_capacity(ms.len());
        for (k, m) in ms.iter().enumerate() {
            let section = section_of(m, up)?;
            let units = substituted(m, section)?;
            let record = if up {
                history::record_up(&self.tables, m.version, &m.checksum, None)
            } else {
                history::record_down(&self.tables, m.version)
            };
            let guard = (k > 0).then(|| {
                let count = format!(
                    "(SELECT count(*)::int FROM {} WHERE version_id = {} AND is_applied)",
                    self.tables.goose,
                    ms[k - 1].version
                );
                if up {
                    format!("SELECT 1 / {count}")
                } else {
                    format!("SELECT 1 / (1 - least(1, {count}))")
                }
            });
            texts.push((units, record, guard));
        }
        let mut roles = Vec::new();
        let mut futures = Vec::new();
        for (k, (units, record, guard)) in texts.iter().enumerate() {
            roles.push((k, Role::Begin));
            futures.push(timed(client.batch_execute("BEGIN")));
            if let Some(g) = guard {
                roles.push((k, Role::Guard));
                futures.push(timed(client.batch_execute(g)));
            }
            for (u, sql) in units.iter().enumerate() {
                roles.push((k, Role::Unit(u)));
                futures.push(timed(client.batch_execute(sql)));
            }
            roles.push((k, Role::Record));
            futures.push(timed(client.batch_execute(record)));
            roles.push((k, Role::Commit));
            futures.push(timed(client.batch_execute("COMMIT")));
        }
        // One round trip: every request is written before the first answer is read.
        let results = InOrder::new(futures).await;
        let mut done: Vec<Applied> = Vec::new();
        let mut last = started;
        for ((k, role), (result, at)) in roles.into_iter().zip(results) {
            let m = ms[k];
            match (role, result) {
                (Role::Commit, Ok(())) => {
                    let units = texts[k].0.len();
                    self.progress.line(&format!(
                        "gander: {} {} ({units} unit(s), {:.1} ms)",
                        if up { "applied" } else { "rolled back" },
                        m.file_name(),
                        (at - last).as_secs_f64() * 1000.0
                    ));
                    done.push(Applied {
                        version: m.version,
                        path: m.path.to_string(),
                        units,
                        duration: at - last,
                    });
                    last = at;
                }
                (_, Ok(())) => {}
                (Role::Unit(u), Err(e)) => {
                    // Its COMMIT turns into ROLLBACK and the guards stop every later migration.
                    let mut all = before.to_vec();
                    all.extend(done);
                    let section = section_of(m, up)?;
                    return Err(statement_error(
                        m,
                        &section.units[u],
                        &texts[k].0[u],
                        e,
                        &all,
                    ));
                }
                (role, Err(e)) => {
                    let what = match role {
                        Role::Begin => "BEGIN",
                        Role::Guard => {
                            "the previous migration of this run is not recorded in the history table (was it changed by another session?)"
                        }
                        Role::Record => "recording the version",
                        _ => "COMMIT",
                    };
                    return Err(Error::db(format!("version {}: {what}", m.version), e));
                }
            }
        }
        Ok(done)
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

/// Locates a failure: the statement PostgreSQL's error position falls in, else the unit.
fn statement_error(
    m: &Migration,
    unit: &Unit,
    sent: &str,
    e: tokio_postgres::Error,
    before: &[Applied],
) -> Error {
    let db = e.as_db_error();
    let position = db.and_then(|d| match d.position() {
        Some(ErrorPosition::Original(p)) => Some(*p),
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
        None => None,
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
        applied: before.to_vec(),
        source: e,
    }))
}
