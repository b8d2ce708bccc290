//! `cargo xtask bench --scaling`: how the check's cost grows with the number of migrations, on
//! generated goose sets of 400, 2,000 and 4,000 migrations (the replay must stay linear).

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result};
use xshell::{Shell, cmd};

use crate::project_root;

/// Sizes measured; the acceptance compares 2,000 with 400.
const SIZES: [usize; 3] = [400, 2_000, 4_000];

/// One migration of a generated set: a table with a foreign key to the one before, an index, a
/// view every tenth, a column added to an older table every fifth, and a Down that undoes it.
/// Names are zero-padded, so that every migration is the same size and a set of 2,000 is
/// exactly five times one of 400 (unpadded, the longer numbers made it 5.06 times the bytes).
fn migration(i: usize) -> String {
    let mut up = String::new();
    let mut down = String::new();
    let _ = writeln!(
        up,
        "CREATE TABLE item_{i:05} (\n    id bigserial PRIMARY KEY,\n    label text NOT NULL,\n    \
         amount numeric(12, 2) DEFAULT 0 CHECK (amount >= 0),\n    created_at timestamptz NOT NULL DEFAULT now(){}\n);",
        if i > 1 {
            format!(",\n    prev_id bigint REFERENCES item_{:05} (id)", i - 1)
        } else {
            String::new()
        }
    );
    let _ = writeln!(
        up,
        "CREATE INDEX item_{i:05}_label_idx ON item_{i:05} (label);"
    );
    if i.is_multiple_of(5) && i > 3 {
        let _ = writeln!(
            up,
            "ALTER TABLE item_{:05} ADD COLUMN extra_{i:05} integer;",
            i - 3
        );
        let _ = writeln!(
            down,
            "ALTER TABLE item_{:05} DROP COLUMN extra_{i:05};",
            i - 3
        );
    }
    if i.is_multiple_of(10) {
        let _ = writeln!(
            up,
            "CREATE VIEW item_{i:05}_recent AS SELECT id, label FROM item_{i:05} WHERE created_at > now() - interval '1 day';"
        );
        let _ = writeln!(down, "DROP VIEW item_{i:05}_recent;");
    }
    let _ = writeln!(down, "DROP TABLE item_{i:05};");
    format!("-- +goose Up\n{up}\n-- +goose Down\n{down}")
}

fn generate(dir: &Path, n: usize) -> Result<()> {
    if dir.join(format!("{n:05}_item_{n:05}.sql")).exists() {
        return Ok(());
    }
    std::fs::create_dir_all(dir)?;
    for i in 1..=n {
        std::fs::write(dir.join(format!("{i:05}_item_{i:05}.sql")), migration(i))?;
    }
    Ok(())
}

pub(crate) fn run(sh: &Shell, gander: &Path, runs: usize) -> Result<()> {
    let root = project_root().join("target/bench-scaling");
    let mut rows: Vec<(usize, f64, f64)> = Vec::new();
    for n in SIZES {
        let dir = root.join(n.to_string());
        generate(&dir, n)?;
        let mut totals = Vec::new();
        let mut models = Vec::new();
        for _ in 0..runs {
            let out = cmd!(sh, "{gander} check --source {dir} --format json")
                .quiet()
                .read()
                .with_context(|| format!("gander check of the generated {n}-migration set"))?;
            let figures: super::CheckFigures = serde_json::from_str(&out)
                .with_context(|| format!("gander check --format json printed: {out}"))?;
            totals.push(figures.elapsed_ms);
            models.push(figures.model_ms);
        }
        rows.push((n, super::median(totals), super::median(models)));
    }
    println!("check cost by set size (generated sets, release build, median of {runs}):");
    println!(
        "  {:>6}  {:>11}  {:>14}  {:>10}",
        "files", "check ms", "of which model", "× 400"
    );
    let base = rows.first().map_or(1.0, |r| r.1.max(0.001));
    for (n, total, model) in &rows {
        println!(
            "  {n:>6}  {total:>11.1}  {model:>14.1}  {:>10.2}",
            total / base
        );
    }
    Ok(())
}
