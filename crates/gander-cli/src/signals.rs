//! SIGINT and SIGTERM: the running statement of every registered session is cancelled, the run
//! rolls back and releases the lock (within a grace period), and the command exits 130 or 143.

use std::process::ExitCode;

use gander::Error;

/// The sessions whose running statement a signal cancels.
static CANCELLERS: std::sync::Mutex<Vec<gander::Canceller>> = std::sync::Mutex::new(Vec::new());

/// Registers `conn`'s session to be cancelled on a signal.
pub fn cancel_on_signal(conn: &gander::Connection) {
    if let Ok(mut c) = CANCELLERS.lock() {
        c.push(conn.canceller());
    }
}

async fn cancel_all() {
    let all: Vec<gander::Canceller> = CANCELLERS.lock().map(|c| c.clone()).unwrap_or_default();
    for c in all {
        if let Err(e) = c.cancel().await {
            eprintln!("gander: {e}");
        }
    }
}

/// SIGINT and SIGTERM, as they arrive.
pub struct Signals {
    int: Option<tokio::signal::unix::Signal>,
    term: Option<tokio::signal::unix::Signal>,
}

impl std::fmt::Debug for Signals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Signals")
    }
}

impl Signals {
    pub fn new() -> Signals {
        use tokio::signal::unix::{SignalKind, signal};
        Signals {
            int: signal(SignalKind::interrupt()).ok(),
            term: signal(SignalKind::terminate()).ok(),
        }
    }

    /// The next signal's name.
    pub async fn next(&mut self) -> &'static str {
        async fn recv(s: &mut Option<tokio::signal::unix::Signal>) {
            match s {
                Some(s) => {
                    s.recv().await;
                }
                None => std::future::pending().await,
            }
        }
        tokio::select! {
            () = recv(&mut self.int) => "SIGINT",
            () = recv(&mut self.term) => "SIGTERM",
        }
    }
}

/// How long, after the cancel request, a run may take to roll back and release the lock
/// before its session is simply closed.
pub const GRACE: std::time::Duration = std::time::Duration::from_millis(1500);

/// How long a run that made a scratch database (`check`'s round trip, `dump-schema`) may take
/// to drop it after a signal: `DROP DATABASE` waits for a checkpoint, seconds on a busy server.
pub const SCRATCH_GRACE: std::time::Duration = std::time::Duration::from_secs(30);

/// [`interruptible_for`] with [`GRACE`].
pub async fn interruptible(
    work: impl Future<Output = Result<ExitCode, Error>>,
) -> Result<ExitCode, Error> {
    interruptible_for(work, GRACE).await
}

/// Runs `work`; on SIGINT or SIGTERM sends PostgreSQL's cancel request for every registered
/// session's statement, lets the run roll back, release the lock and clean up (up to `grace`),
/// and returns [`Error::Interrupted`]. A second signal exits at once.
pub async fn interruptible_for(
    work: impl Future<Output = Result<ExitCode, Error>>,
    grace: std::time::Duration,
) -> Result<ExitCode, Error> {
    let mut signals = Signals::new();
    tokio::pin!(work);
    let signal = tokio::select! {
        r = &mut work => return r,
        s = signals.next() => s,
    };
    eprintln!(
        "gander: {signal}: cancelling the running statement, rolling back and releasing the lock (send it again to exit at once)"
    );
    cancel_all().await;
    tokio::select! {
        r = &mut work => {
            if let Err(e) = &r && !matches!(e, Error::Interrupted(_)) {
                eprintln!("gander: the interrupted run ended with: {e}");
            }
        }
        s = signals.next() => {
            eprintln!("error: {s} again: exiting at once");
            std::process::exit(if s == "SIGINT" { 130 } else { 143 });
        }
        () = tokio::time::sleep(grace) => {
            // Still running (between statements, or in a retry's backoff): cancel whatever
            // started since, and close the sessions (dropping `work`), which ends them.
            cancel_all().await;
        }
    }
    Err(Error::Interrupted(signal))
}
