//! `gander::testing`'s template databases driven from a process (for tests of the template
//! cache across processes) and their bench: N clones of a set's template against the set
//! re-applied to empty databases.

use std::path::Path;
use std::time::Instant;

use gander::testing::TestDatabase;
use gander::{Migrator, Result};

use crate::stats::{CloneFigures, median, percentile};

/// A test database for the set in `source`, as `#[gander::test]` gets one; prints its name and
/// whether this process built the template. With `fail`, panics while holding it (it must be
/// kept and named).
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

/// Times `n` clones of the set's template (after one warm-up) and `max(n / 6, 3)` re-applications
/// of the set to empty databases.
pub async fn bench(source: &Path, n: usize) -> Result<CloneFigures> {
    let set = gander::load_dir(source)?;
    drop(TestDatabase::new(&set).await?);
    let mut clone = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        let db = TestDatabase::new(&set).await?;
        clone.push(t.elapsed().as_secs_f64() * 1000.0);
        drop(db);
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
