//! `gander::testing`'s template databases driven from a process (for tests of the template
//! cache across processes) and their bench: N clones of a set's template against the set
//! re-applied to empty databases.

use std::path::Path;
use std::time::Instant;

use gander::testing::TestDatabase;
use gander::{Migrator, Result};

use crate::stats::{CloneFigures, median, percentile};

/// A test database for the set in `source`, as `#[gander::test]` gets one; prints its name and
/// whether this process built the template. With `fail`, panics while holding it (it is dropped,
/// or kept and named with `GANDER_KEEP_FAILED_DB=1`).
pub async fn hold(source: &Path, fail: bool) -> Result<()> {
    let set = gander::load_dir(source)?;
    let db = TestDatabase::new(&set).await?;
    println!(
        "database {} template built: {}",
        db.name(),
        db.built_template()
    );
    if fail {
        panic!("failing on purpose while holding {}", db.name());
    }
    Ok(())
}

/// Times `n` test databases taken 8 at a time, as the test harness runs tests (each on a thread
/// with a runtime of its own, timing `TestDatabase::new`, then holding the database for the
/// test's body, `hold_ms` of server time, then dropping it), after one warm-up; and
/// `max(n / 6, 3)` re-applications of the set to empty databases.
pub async fn bench(source: &Path, n: usize, hold_ms: u64) -> Result<CloneFigures> {
    let set = gander::load_dir(source)?;
    drop(TestDatabase::new(&set).await?);
    let per = n.div_ceil(8);
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let set = set.clone();
            std::thread::spawn(move || -> Result<Vec<f64>> {
                let rt = gander::testing::__runtime();
                rt.block_on(async {
                    let mut took = Vec::with_capacity(per);
                    for _ in 0..per {
                        let t = Instant::now();
                        let db = TestDatabase::new(&set).await?;
                        took.push(t.elapsed().as_secs_f64() * 1000.0);
                        let conn = db.connect().await?;
                        let body = format!("SELECT pg_sleep({})", hold_ms as f64 / 1000.0);
                        conn.client.batch_execute(&body).await.map_err(|e| {
                            gander::Error::Unsupported(format!("holding a test database: {e}"))
                        })?;
                        drop(conn);
                        drop(db);
                    }
                    Ok(took)
                })
            })
        })
        .collect();
    let mut clone = Vec::with_capacity(n);
    for t in threads {
        let took = t
            .join()
            .map_err(|_| gander::Error::Unsupported("a bench thread panicked".into()))??;
        clone.extend(took);
    }
    let mut reapply = Vec::new();
    for _ in 0..(n / 6).max(3) {
        let t = Instant::now();
        let db = TestDatabase::empty("reapply").await?;
        let conn = db.connect().await?;
        Migrator::new(&set).migrate(&conn.client, None).await?;
        reapply.push(t.elapsed().as_secs_f64() * 1000.0);
        drop(conn);
        drop(db);
    }
    Ok(CloneFigures {
        clone_p50: percentile(&clone, 0.5),
        clone_p95: percentile(&clone, 0.95),
        reapply_p50: median(&reapply),
        clones: clone.len(),
        reapplies: reapply.len(),
    })
}
