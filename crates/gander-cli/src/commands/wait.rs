//! `gander wait --at-least V [--timeout SECS]`: a readiness gate for a dependent Deployment's
//! initContainer. Polls the target until the server accepts connections and goose's history
//! reaches V (default: the set's latest); exit 0 then, 1 with the last state seen when the
//! timeout passes. Read-only: no lock, no table created.

use std::time::{Duration, Instant};

use gander::{Error, MigrationSet, Migrator, Options, Target, Version};

/// How often the target is polled.
pub const POLL: Duration = Duration::from_millis(200);

/// Waits; `Ok(version reached)` or [`Error::WaitTimeout`].
pub async fn wait(
    target: &Target,
    set: &MigrationSet,
    options: Options,
    at_least: Option<u64>,
    timeout: Duration,
) -> Result<Version, Error> {
    let want = at_least.map_or_else(|| set.latest().unwrap_or_default(), Version::new);
    let started = Instant::now();
    let deadline = started + timeout;
    let describe = match target {
        Target::Url(u) => gander::redact(u),
        Target::Namespace(n) => format!("the PostgreSQL of namespace {}", n.namespace),
        Target::Ephemeral => "a throwaway PostgreSQL".to_string(),
        _ => "the target".to_string(),
    };
    let migrator = Migrator::new(set).with_options(options);
    let mut conn: Option<gander::Connection> = None;
    let mut last = String::from("not polled yet");
    let mut announced = false;
    loop {
        let remaining = deadline.saturating_duration_since(Instant::now());
        if conn.is_none() {
            match tokio::time::timeout(remaining.max(Duration::from_millis(1)), target.connect())
                .await
            {
                Ok(Ok(c)) => {
                    crate::signals::cancel_on_signal(&c);
                    conn = Some(c);
                }
                Ok(Err(e)) => last = format!("cannot connect: {e}"),
                Err(_) => last = "cannot connect: the connection attempt did not finish".into(),
            }
        }
        if let Some(c) = &conn {
            match migrator.status(&c.client).await {
                Ok(status) if status.current >= want => {
                    eprintln!(
                        "gander: {} is at version {} (waited for {want}, {:.1} s)",
                        c.describe(),
                        status.current,
                        started.elapsed().as_secs_f64()
                    );
                    return Ok(status.current);
                }
                Ok(status) => {
                    let pending = status.count(gander::VersionState::Pending);
                    last = format!(
                        "connected; version {} ({pending} migration(s) of the set pending)",
                        status.current
                    );
                    if !announced {
                        eprintln!(
                            "gander: waiting for {} to reach version {want} (now {}), up to {:.0} s",
                            c.describe(),
                            status.current,
                            timeout.as_secs_f64()
                        );
                        announced = true;
                    }
                }
                Err(e) => {
                    last = format!("reading the history failed: {e}");
                    conn = None;
                }
            }
        }
        if Instant::now() >= deadline {
            return Err(Error::WaitTimeout {
                target: describe,
                version: want,
                waited: started.elapsed(),
                last,
            });
        }
        // A poll with a deadline, not synchronisation: the state is read again each time.
        let pause = POLL.min(deadline.saturating_duration_since(Instant::now()));
        tokio::time::sleep(pause).await;
    }
}
