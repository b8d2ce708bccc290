//! Lock waits of migration statements: bounded by PostgreSQL's `lock_timeout`, retried with
//! backoff until the run's `--lock-timeout`, and watched from a second session so that each
//! wait names the backend that blocks it (`pg_blocking_pids`, its query, how long its
//! transaction has been open).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio_postgres::{Client, SimpleQueryMessage};

use crate::error::{Error, Result};
use crate::report::Progress;
use crate::target::PgConfig;

/// The statement lock timeout when neither the options nor the session set one.
pub const DEFAULT_STATEMENT_LOCK_TIMEOUT: Duration = Duration::from_secs(5);

/// SQLSTATE `lock_not_available`: what `lock_timeout` raises.
const LOCK_NOT_AVAILABLE: &str = "55P03";

/// Whether `e` is a statement that gave up waiting for a lock.
pub(crate) fn is_lock_timeout(e: &Error) -> bool {
    e.sqlstate() == Some(LOCK_NOT_AVAILABLE)
}

/// A backend another one waits for.
#[derive(Clone, Debug)]
pub(crate) struct Blocker {
    pid: i32,
    user: String,
    application: String,
    state: String,
    query: String,
    /// How long its transaction (or, outside one, its session) has been open.
    held: f64,
    /// The relation locks it holds.
    modes: String,
}

impl std::fmt::Display for Blocker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "backend {} (user {}", self.pid, self.user)?;
        if !self.application.is_empty() {
            write!(f, ", application {}", self.application)?;
        }
        write!(
            f,
            ", {}, its transaction open for {:.1} s",
            self.state, self.held
        )?;
        if !self.modes.is_empty() {
            write!(f, ", holding {}", self.modes)?;
        }
        let query: String = self.query.split_whitespace().collect::<Vec<_>>().join(" ");
        write!(f, "): {query}")
    }
}

/// The statement settings of one apply, and the watcher of its lock waits.
pub(crate) struct Session {
    /// `lock_timeout` as it was before, to restore; `None` when gander did not change it.
    previous: Option<String>,
    /// The timeout in force, for messages.
    pub timeout: String,
    watch: Option<Watch>,
}

/// What the watcher saw last, and when.
type Seen = Arc<Mutex<Option<(Instant, Vec<Blocker>)>>>;

struct Watch {
    /// What the watcher saw last, and when.
    seen: Seen,
    /// When the current attempt started (observations before it belong to an older wait).
    armed: Arc<Mutex<Instant>>,
    /// Why the second session could not be opened, once it failed.
    failed: Arc<Mutex<Option<String>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Session {
    /// Sets the statement lock timeout on this session (one round trip) and, with a watcher
    /// configuration, starts watching this session's lock waits from a second one.
    pub async fn start(
        client: &Client,
        timeout: Option<Duration>,
        watcher: Option<&PgConfig>,
    ) -> Result<Session> {
        let value = match timeout {
            Some(d) if d.is_zero() => None,
            Some(d) => Some(format!("'{}ms'", d.as_millis())),
            None => Some(format!(
                "CASE WHEN current_setting('lock_timeout') IN ('0', '') THEN '{}ms' ELSE current_setting('lock_timeout') END",
                DEFAULT_STATEMENT_LOCK_TIMEOUT.as_millis()
            )),
        };
        let sql = match &value {
            Some(v) => format!(
                "SELECT current_setting('lock_timeout'), set_config('lock_timeout', {v}, false), pg_backend_pid()"
            ),
            None => "SELECT current_setting('lock_timeout'), current_setting('lock_timeout'), pg_backend_pid()".into(),
        };
        let rows = client
            .simple_query(&sql)
            .await
            .map_err(|e| Error::db("setting the statement lock timeout", e))?;
        let row = rows.iter().find_map(|m| match m {
            SimpleQueryMessage::Row(r) => Some(r),
            _ => None,
        });
        let get = |i: usize| row.and_then(|r| r.get(i)).unwrap_or_default().to_string();
        let (previous, now, pid) = (get(0), get(1), get(2).parse::<i32>().unwrap_or_default());
        // The second session is opened in the background, and only once the run has lasted
        // half the lock timeout: a lock wait lasts the whole timeout, so the watcher (which
        // polls at once, then every 200 ms) sees it before it ends, and a run shorter than that
        // opens no second session (a backend's start-up costs the server a few milliseconds of
        // the CPU the migrations need: measured 1.05x the fastest peer on 100 migrations that
        // took 320 ms, with the session opened at 250 ms).
        let delay = setting_duration(&now)
            .filter(|d| !d.is_zero())
            .map_or(WATCH_AFTER, |d| d / 2);
        let watch = watcher.map(|cfg| Watch::start(cfg.clone(), pid, delay));
        Ok(Session {
            previous: value.map(|_| previous),
            timeout: now,
            watch,
        })
    }

    /// Marks the start of an attempt: what the watcher saw before is forgotten.
    pub fn arm(&self) {
        if let Some(w) = &self.watch
            && let Ok(mut a) = w.armed.lock()
        {
            *a = Instant::now();
        }
    }

    /// The backends that blocked the last attempt, as the watcher saw them.
    fn blockers(&self) -> Option<Vec<Blocker>> {
        let w = self
            .watch
            .as_ref()
            .filter(|w| self.unwatched_because(w).is_none())?;
        let armed = *w.armed.lock().ok()?;
        let seen = w.seen.lock().ok()?;
        match &*seen {
            Some((at, b)) if *at >= armed => Some(b.clone()),
            _ => Some(Vec::new()),
        }
    }

    /// Why the watcher could not open its session, if it could not.
    fn unwatched_because(&self, w: &Watch) -> Option<String> {
        w.failed.lock().ok().and_then(|f| f.clone())
    }

    /// Restores `lock_timeout` and stops the watcher. Errors are ignored: the session may be
    /// gone, and then its settings are too.
    pub async fn finish(self, client: &Client) {
        if let Some(w) = &self.watch {
            w.task.abort();
        }
        if let Some(prev) = &self.previous {
            let _ = client
                .simple_query(&format!(
                    "SELECT set_config('lock_timeout', {}, false)",
                    crate::history::quote_literal(prev)
                ))
                .await;
        }
    }
}

impl Watch {
    fn start(cfg: PgConfig, pid: i32, delay: Duration) -> Watch {
        let seen: Seen = Arc::new(Mutex::new(None));
        let armed = Arc::new(Mutex::new(Instant::now()));
        let failed = Arc::new(Mutex::new(None));
        let task = {
            let seen = seen.clone();
            let failed = failed.clone();
            tokio::spawn(async move {
                tokio::time::sleep(delay).await;
                let conn = match cfg.connect().await {
                    Ok(conn) => conn,
                    Err(e) => {
                        if let Ok(mut f) = failed.lock() {
                            *f = Some(e.to_string());
                        }
                        return;
                    }
                };
                let sql = format!(
                    "SELECT a.pid, coalesce(a.usename::text, ''), coalesce(a.application_name, ''), coalesce(a.state, ''), \
                     left(coalesce(a.query, ''), 300), extract(epoch from now() - coalesce(a.xact_start, a.backend_start))::float8, \
                     coalesce((SELECT string_agg(DISTINCT l.mode || ' on ' || l.relation::regclass::text, ', ') FROM pg_locks l \
                       WHERE l.pid = a.pid AND l.granted AND l.locktype = 'relation' AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())), '') \
                     FROM pg_stat_activity a WHERE a.pid = ANY(pg_blocking_pids({pid})) ORDER BY a.pid"
                );
                loop {
                    let Ok(rows) = conn.client.simple_query(&sql).await else {
                        return;
                    };
                    let blockers: Vec<Blocker> = rows
                        .iter()
                        .filter_map(|m| match m {
                            SimpleQueryMessage::Row(r) => Some(Blocker {
                                pid: r.get(0).and_then(|p| p.parse().ok()).unwrap_or_default(),
                                user: r.get(1).unwrap_or_default().to_string(),
                                application: r.get(2).unwrap_or_default().to_string(),
                                state: r.get(3).unwrap_or_default().to_string(),
                                query: r.get(4).unwrap_or_default().to_string(),
                                held: r.get(5).and_then(|p| p.parse().ok()).unwrap_or_default(),
                                modes: r.get(6).unwrap_or_default().to_string(),
                            }),
                            _ => None,
                        })
                        .collect();
                    if !blockers.is_empty()
                        && let Ok(mut s) = seen.lock()
                    {
                        *s = Some((Instant::now(), blockers));
                    }
                    // The poll interval of the watcher; it only reads pg_stat_activity.
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            })
        };
        Watch {
            seen,
            armed,
            failed,
            task,
        }
    }
}

/// When a run without a lock timeout starts watching its lock waits from a second session.
const WATCH_AFTER: Duration = Duration::from_millis(250);

/// A duration setting as PostgreSQL shows it (`5s`, `300ms`, `1min`, `0`), or `None`.
fn setting_duration(shown: &str) -> Option<Duration> {
    let shown = shown.trim();
    let digits = shown
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(shown.len());
    let n: u64 = shown[..digits].parse().ok()?;
    let ms = match shown[digits..].trim() {
        "" | "ms" => 1,
        "s" => 1_000,
        "min" => 60_000,
        "h" => 3_600_000,
        "d" => 86_400_000,
        _ => return None,
    };
    Some(Duration::from_millis(n.saturating_mul(ms)))
}

/// Retries of one migration (or one NO TRANSACTION unit) that timed out waiting for a lock.
pub(crate) struct Retry {
    budget: Duration,
    first: Option<Instant>,
    attempt: u32,
}

impl Retry {
    pub fn new(budget: Duration) -> Retry {
        Retry {
            budget,
            first: None,
            attempt: 0,
        }
    }

    /// After a lock timeout `err`: reports the wait and its blocker, then sleeps the backoff;
    /// gives `err` back (with what blocked it) once the budget is spent.
    pub async fn wait(&mut self, err: Error, session: &Session, progress: &Progress) -> Result<()> {
        let first = *self.first.get_or_insert_with(Instant::now);
        self.attempt += 1;
        let blockers = session.blockers();
        let by = match &blockers {
            Some(b) if !b.is_empty() => {
                let all: Vec<String> = b.iter().map(ToString::to_string).collect();
                format!("blocked by {}", all.join("; "))
            }
            Some(_) => "the blocker was gone before the watcher saw it".to_string(),
            None => match session
                .watch
                .as_ref()
                .and_then(|w| session.unwatched_because(w))
            {
                Some(why) => {
                    format!("no second session to name the blocker (cannot open one: {why})")
                }
                None => "no second session to name the blocker".to_string(),
            },
        };
        let place = match err.statement() {
            Some(s) => format!("{}:{}", s.path, s.line),
            None => "a migration".to_string(),
        };
        let spent = first.elapsed();
        if spent >= self.budget {
            return Err(Error::StatementLockTimeout {
                place,
                attempts: self.attempt,
                waited: spent,
                blockers: by,
                source: Box::new(err),
            });
        }
        let delay = Duration::from_millis(250u64 << self.attempt.min(5)).min(self.budget - spent);
        progress.line(&format!(
            "gander: {place}: waited lock_timeout {} for a lock, {by}; rolled back, retrying in {:.1} s (attempt {}, giving up after {:.0} s more)",
            session.timeout,
            delay.as_secs_f64(),
            self.attempt + 1,
            (self.budget - spent).as_secs_f64()
        ));
        // Backoff before the next attempt: the blocker's end cannot be waited for directly.
        tokio::time::sleep(delay).await;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_durations_as_postgres_shows_them() {
        assert_eq!(setting_duration("5s"), Some(Duration::from_secs(5)));
        assert_eq!(setting_duration("300ms"), Some(Duration::from_millis(300)));
        assert_eq!(setting_duration("2min"), Some(Duration::from_secs(120)));
        assert_eq!(setting_duration("1h"), Some(Duration::from_secs(3600)));
        assert_eq!(setting_duration("0"), Some(Duration::ZERO));
        assert_eq!(setting_duration("1.5s"), None);
        assert_eq!(setting_duration(""), None);
    }
}
