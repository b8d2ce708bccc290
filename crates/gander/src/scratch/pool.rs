//! The warm pool behind [`super::TestDatabase::new`]: databases cloned from a set's template
//! ahead of time, claimed in one round trip, refilled in the background, and never leaked.
//!
//! One service thread per test process, with a runtime of its own (every `#[gander::test]` has
//! its own runtime, which a connection must not outlive), holds three sessions on the server's
//! maintenance database:
//! - the *claim* session holds this process's owner lock (a session advisory lock keyed by a
//!   random token that every database this process names carries) and claims pooled databases
//!   by renaming them (`ALTER DATABASE gander_pool_… RENAME TO gt_…`): a rename is atomic, so
//!   two processes never get the same database, and the loser just tries the next one;
//! - the *refill* session clones the template into the pool up to [`target_size`] databases
//!   per template (counted across processes), one at a time, after each claim;
//! - the *drop* session drops finished databases (synchronously, from `Drop`, so that nothing
//!   is left when the test process exits) and, once at start, sweeps the test databases of
//!   processes that are gone (their owner lock is free): those killed, or that aborted.
//!
//! When the pool is empty the caller clones the template itself (the fallback). Pooled
//! databases are complete clones, visible only once `CREATE DATABASE` committed, and owned by no
//! process: another process may claim them, so the pool outlives a test run (as the template
//! does) and is at most [`target_size`] databases per template.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::{Notify, OnceCell, mpsc, oneshot};
use tokio_postgres::SimpleQueryMessage;

use crate::error::{Error, Result};
use crate::history::{quote_ident, quote_literal};
use crate::target::{Connection, PgConfig};

/// The class of the owner locks (`pg_advisory_lock(CLASS, token)`): "gand".
const OWNER_CLASS: i32 = 0x6761_6e64;

/// The comment that marks a failed test's database kept on purpose (the sweep spares it).
pub(crate) const KEPT_COMMENT: &str = "gander: kept for inspection";

/// How many pooled databases to keep per template: `GANDER_TEST_POOL`, else 8 (enough for
/// eight tests starting at once); 0 turns the pool off.
pub(crate) fn target_size() -> usize {
    std::env::var("GANDER_TEST_POOL")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(8)
}

/// The process's handle on the service.
#[derive(Debug)]
pub(crate) struct Pool {
    token: u32,
    counter: AtomicU64,
    requests: mpsc::UnboundedSender<Request>,
}

enum Request {
    Claim {
        template: String,
        file_copy: bool,
        name: String,
        reply: oneshot::Sender<Result<bool>>,
    },
    Drop {
        name: String,
        keep: bool,
        reply: std::sync::mpsc::Sender<Result<()>>,
    },
}

static POOL: OnceCell<Pool> = OnceCell::const_new();

/// The running service, started on first use (with its owner lock held before any database of
/// this process is named).
pub(crate) async fn get(admin: &PgConfig) -> Result<&'static Pool> {
    POOL.get_or_try_init(|| Pool::start(admin.clone())).await
}

/// The service, if it was started.
pub(crate) fn started() -> Option<&'static Pool> {
    POOL.get()
}

fn io(what: &str) -> Error {
    Error::Io {
        context: "gander test database pool".into(),
        source: std::io::Error::other(what.to_string()),
    }
}

/// A token no other live process uses (checked by taking its lock).
fn random_token(salt: u64) -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    h.write_u64(salt);
    if let Ok(t) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        h.write_u128(t.as_nanos());
    }
    // Top bit clear and never zero, so that the name's hex and the int4 lock key agree simply.
    ((h.finish() as u32) & 0x7fff_ffff).max(1)
}

async fn rows(conn: &Connection, sql: &str, what: &str) -> Result<Vec<Vec<Option<String>>>> {
    let msgs = conn
        .client
        .simple_query(sql)
        .await
        .map_err(|e| Error::db(what.to_string(), e))?;
    Ok(msgs
        .iter()
        .filter_map(|m| match m {
            SimpleQueryMessage::Row(r) => {
                Some((0..r.len()).map(|i| r.get(i).map(str::to_string)).collect())
            }
            _ => None,
        })
        .collect())
}

fn sqlstate(e: &tokio_postgres::Error) -> Option<&str> {
    e.as_db_error().map(|d| d.code().code())
}

impl Pool {
    async fn start(admin: PgConfig) -> Result<Pool> {
        let (requests, rx) = mpsc::unbounded_channel();
        let (ready_tx, ready_rx) = oneshot::channel::<Result<u32>>();
        std::thread::Builder::new()
            .name("gander-test-pool".into())
            .spawn(move || {
                let rt = match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(rt) => rt,
                    Err(e) => {
                        let _ = ready_tx.send(Err(io(&format!("cannot start its runtime: {e}"))));
                        return;
                    }
                };
                rt.block_on(serve(admin, rx, ready_tx));
            })
            .map_err(|e| io(&format!("cannot start its thread: {e}")))?;
        let token = ready_rx
            .await
            .map_err(|_| io("the service stopped while starting"))??;
        Ok(Pool {
            token,
            counter: AtomicU64::new(0),
            requests,
        })
    }

    /// A fresh name carrying this process's token: `gt_<label>_<token>_<n>`.
    pub(crate) fn name(&self, label: &str) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
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
        format!("gt_{clean}_{:08x}_{n}", self.token)
    }

    /// Renames a pooled clone of `template` to `name`; `false` when the pool had none (then the
    /// caller clones the template itself). Either way the pool is topped up in the background.
    pub(crate) async fn claim(&self, template: &str, file_copy: bool, name: &str) -> Result<bool> {
        let (reply, rx) = oneshot::channel();
        self.requests
            .send(Request::Claim {
                template: template.to_string(),
                file_copy,
                name: name.to_string(),
                reply,
            })
            .map_err(|_| io("the service stopped"))?;
        rx.await.map_err(|_| io("the service stopped"))?
    }

    /// Drops `name` (or, with `keep`, marks it kept), waiting until done: callable from `Drop`
    /// in any runtime, since the work happens on the service's thread.
    pub(crate) fn drop_database(&self, name: &str, keep: bool) -> Result<()> {
        let (reply, rx) = std::sync::mpsc::channel();
        self.requests
            .send(Request::Drop {
                name: name.to_string(),
                keep,
                reply,
            })
            .map_err(|_| io("the service stopped"))?;
        rx.recv().map_err(|_| io("the service stopped"))?
    }
}

/// The pooled databases the service knows of, per template, and the templates to top up.
#[derive(Default)]
struct Shelves {
    ready: HashMap<String, VecDeque<String>>,
    /// Templates (with their clone strategy) whose pool may be short.
    wanted: HashMap<String, bool>,
}

fn pool_prefix(template: &str) -> String {
    // `gander_tpl_<key>` → `gander_pool_<key>_`.
    format!(
        "gander_pool_{}_",
        template.strip_prefix("gander_tpl_").unwrap_or(template)
    )
}

async fn serve(
    admin: PgConfig,
    mut rx: mpsc::UnboundedReceiver<Request>,
    ready: oneshot::Sender<Result<u32>>,
) {
    let started = async {
        let claim = admin.connect().await?;
        let mut token = 0;
        for salt in 0..16 {
            let t = random_token(salt);
            let got = rows(
                &claim,
                &format!("SELECT pg_try_advisory_lock({OWNER_CLASS}, {})", t as i32),
                "taking the test pool's owner lock",
            )
            .await?;
            if got.first().and_then(|r| r[0].as_deref()) == Some("t") {
                token = t;
                break;
            }
        }
        if token == 0 {
            return Err(io("no free owner token"));
        }
        // A claim is a catalog rename: not worth a WAL flush on a test server (a crash loses at
        // most the name change of databases that tests were about to use).
        claim.exec("SET synchronous_commit = off").await?;
        let drop = admin.connect().await?;
        let refill = admin.connect().await?;
        Ok((token, claim, drop, refill))
    }
    .await;
    let (token, claim, drop, refill) = match started {
        Ok(s) => s,
        Err(e) => {
            let _ = ready.send(Err(e));
            return;
        }
    };
    let _ = ready.send(Ok(token));
    let shelves = Arc::new(Mutex::new(Shelves::default()));
    let wake = Arc::new(Notify::new());
    let (drops, mut drop_rx) =
        mpsc::unbounded_channel::<(String, bool, std::sync::mpsc::Sender<Result<()>>)>();
    // Drops (and the sweep first) on their own session, so that claims never queue behind one.
    tokio::spawn(async move {
        sweep(&drop, token).await;
        while let Some((name, keep, reply)) = drop_rx.recv().await {
            let sql = if keep {
                format!(
                    "COMMENT ON DATABASE {} IS {}",
                    quote_ident(&name),
                    quote_literal(KEPT_COMMENT)
                )
            } else {
                format!(
                    "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                    quote_ident(&name)
                )
            };
            let r = drop
                .client
                .batch_execute(&sql)
                .await
                .map_err(|e| Error::db(format!("dropping test database {name}"), e));
            let _ = reply.send(r);
        }
    });
    tokio::spawn(refiller(refill, shelves.clone(), wake.clone(), token));
    while let Some(req) = rx.recv().await {
        match req {
            Request::Drop { name, keep, reply } => {
                let _ = drops.send((name, keep, reply));
            }
            Request::Claim {
                template,
                file_copy,
                name,
                reply,
            } => {
                let r = take(&claim, &shelves, &template, &name).await;
                if let Ok(mut s) = shelves.lock() {
                    s.wanted.insert(template, file_copy);
                }
                wake.notify_one();
                let _ = reply.send(r);
            }
        }
    }
}

/// Claims one pooled clone of `template` as `name`: the ones this service knows of first, then
/// whatever the catalog lists (made by other processes); `false` when there is none.
async fn take(
    claim: &Connection,
    shelves: &Mutex<Shelves>,
    template: &str,
    name: &str,
) -> Result<bool> {
    if target_size() == 0 {
        return Ok(false);
    }
    let mut listed = false;
    loop {
        let next = shelves
            .lock()
            .ok()
            .and_then(|mut s| s.ready.get_mut(template).and_then(VecDeque::pop_front));
        let candidate = match next {
            Some(c) => c,
            None if listed => return Ok(false),
            None => {
                listed = true;
                let found = list(claim, template).await?;
                if let Ok(mut s) = shelves.lock() {
                    s.ready
                        .entry(template.to_string())
                        .or_default()
                        .extend(found);
                }
                continue;
            }
        };
        let sql = format!(
            "ALTER DATABASE {} RENAME TO {}",
            quote_ident(&candidate),
            quote_ident(name)
        );
        match claim.client.batch_execute(&sql).await {
            Ok(()) => return Ok(true),
            // Another process claimed it first (gone), or is connected to it (someone's
            // mistake): try the next one.
            Err(e) if matches!(sqlstate(&e), Some("3D000" | "55006")) => {}
            Err(e) => return Err(Error::db(format!("claiming test database {candidate}"), e)),
        }
    }
}

async fn list(conn: &Connection, template: &str) -> Result<Vec<String>> {
    let prefix = pool_prefix(template);
    let found = rows(
        conn,
        &format!(
            "SELECT datname FROM pg_database WHERE left(datname, {}) = {} ORDER BY random()",
            prefix.len(),
            quote_literal(&prefix)
        ),
        "listing the test database pool",
    )
    .await?;
    Ok(found.into_iter().filter_map(|r| r[0].clone()).collect())
}

/// Tops up the pools of the templates claimed from, one clone at a time, up to the target
/// counted in the catalog (so that processes sharing a server share one pool).
async fn refiller(conn: Connection, shelves: Arc<Mutex<Shelves>>, wake: Arc<Notify>, token: u32) {
    let mut n = 0u64;
    loop {
        wake.notified().await;
        let wanted: Vec<(String, bool)> = match shelves.lock() {
            Ok(s) => s.wanted.iter().map(|(k, v)| (k.clone(), *v)).collect(),
            Err(_) => return,
        };
        for (template, file_copy) in wanted {
            loop {
                let Ok(have) = list(&conn, &template).await else {
                    break;
                };
                if have.len() >= target_size() {
                    break;
                }
                n += 1;
                let name = format!("{}{token:08x}_{n}", pool_prefix(&template));
                let sql = format!(
                    "CREATE DATABASE {} TEMPLATE {}{}",
                    quote_ident(&name),
                    quote_ident(&template),
                    if file_copy { " STRATEGY FILE_COPY" } else { "" }
                );
                if conn.client.batch_execute(&sql).await.is_err() {
                    // The template is busy or gone: the next claim tries again.
                    break;
                }
                if let Ok(mut s) = shelves.lock() {
                    s.ready.entry(template.clone()).or_default().push_back(name);
                }
            }
        }
    }
}

/// Drops the test databases (`gt_<label>_<token>_<n>`) of processes that are gone: their owner
/// lock is free. Kept databases (commented) are spared. Errors are ignored: this is upkeep.
async fn sweep(conn: &Connection, mine: u32) {
    let Ok(found) = rows(
        conn,
        "SELECT datname FROM pg_database d WHERE datname ~ '^gt_.*_[0-9a-f]{8}_[0-9]+$' \
         AND shobj_description(d.oid, 'pg_database') IS DISTINCT FROM 'gander: kept for inspection'",
        "listing test databases",
    )
    .await
    else {
        return;
    };
    let mut by_owner: HashMap<u32, Vec<String>> = HashMap::new();
    for name in found.into_iter().filter_map(|r| r[0].clone()) {
        let token = name
            .rsplit('_')
            .nth(1)
            .and_then(|t| u32::from_str_radix(t, 16).ok());
        if let Some(t) = token.filter(|t| *t != mine) {
            by_owner.entry(t).or_default().push(name);
        }
    }
    for (owner, names) in by_owner {
        let Ok(got) = rows(
            conn,
            &format!(
                "SELECT pg_try_advisory_lock({OWNER_CLASS}, {})",
                owner as i32
            ),
            "checking an owner",
        )
        .await
        else {
            continue;
        };
        if got.first().and_then(|r| r[0].as_deref()) != Some("t") {
            continue; // Its process is alive.
        }
        for name in names {
            let _ = conn
                .client
                .batch_execute(&format!(
                    "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                    quote_ident(&name)
                ))
                .await;
        }
        let _ = conn
            .client
            .batch_execute(&format!(
                "SELECT pg_advisory_unlock({OWNER_CLASS}, {})",
                owner as i32
            ))
            .await;
    }
}
