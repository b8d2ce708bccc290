//! `gander schema`: the schema model after a version, or what one migration changes (no
//! database); and `gander dump-schema`: the normalised `pg_dump --schema-only` of a freshly
//! migrated scratch database.

use std::path::Path;
use std::process::ExitCode;

use gander::scratch::ScratchServer;
use gander::{Error, MigrationSet, Version};

use crate::opt::Common;

/// `gander schema`.
pub fn schema(source: Option<&Path>, at: Option<u64>, diff: Option<u64>) -> ExitCode {
    let set = match source {
        Some(dir) => match gander::load_dir(dir) {
            Ok(set) => set,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        },
        None => datastorage_schema::MIGRATIONS.clone(),
    };
    let replayed = gander::model::replay(&set);
    for d in &replayed.diagnostics {
        eprintln!("{}\n", d.render());
    }
    if replayed.diagnostics.iter().any(|d| d.is_error()) {
        return ExitCode::FAILURE;
    }
    match diff {
        Some(v) => {
            let Some(m) = set.get(Version::new(v)) else {
                eprintln!(
                    "error: no migration has version {v}; the set has {}",
                    versions(&set)
                );
                return ExitCode::from(2);
            };
            let before = set
                .iter()
                .take_while(|x| x.version < m.version)
                .last()
                .map_or(Version::new(0), |x| x.version);
            let changes = replayed.at(m.version).diff(&replayed.at(before));
            println!("-- {} ({} -> {})", m.path, before, m.version);
            if changes.is_empty() {
                println!("-- no change the schema model can see");
            } else {
                print!("{changes}");
            }
        }
        None => {
            let v = at.map_or_else(|| set.latest().unwrap_or_default(), Version::new);
            let shown = set.iter().take_while(|m| m.version <= v).last();
            match shown {
                Some(m) => println!("-- the schema after {} (version {})", m.path, m.version),
                None => println!("-- the schema of a fresh database (version 0)"),
            }
            print!("{}", replayed.at(v).render());
        }
    }
    ExitCode::SUCCESS
}

fn versions(set: &MigrationSet) -> String {
    let all: Vec<String> = set.iter().map(|m| m.version.to_string()).collect();
    all.join(", ")
}

/// `gander dump-schema`: migrates a scratch database and prints its normalised dump.
pub async fn dump_schema(common: &Common) -> Result<ExitCode, Error> {
    let set = common.set()?;
    let server = ScratchServer::of(&common.target()?).await?;
    let dump = gander::verify::dump_schema(&server, &set).await?;
    print!("{dump}");
    Ok(ExitCode::SUCCESS)
}
