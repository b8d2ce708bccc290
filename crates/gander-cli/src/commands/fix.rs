//! `gander fix`: renames timestamp-versioned migrations to sequential versions after the
//! highest sequential one, in version order, as goose's `fix` does.

use std::path::Path;
use std::process::ExitCode;

use super::{Civil, versions_in};

/// What can go wrong renaming.
#[derive(Debug, thiserror::Error)]
pub enum FixError {
    /// The folder could not be read, or a file renamed.
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The new name is taken.
    #[error(
        "cannot rename {from} to {to}: {to} already exists\nhelp: remove or renumber the file in the way, then run fix again"
    )]
    Taken { from: String, to: String },
}

/// Renames every timestamped file; returns `(old, new)` file names in the order renamed.
pub fn fix(dir: &Path) -> Result<Vec<(String, String)>, FixError> {
    let all = versions_in(dir).map_err(|e| FixError::Io {
        action: "cannot read the migration folder",
        path: dir.display().to_string(),
        source: e,
    })?;
    let first = all
        .iter()
        .map(|(v, _)| *v)
        .filter(|v| !Civil::is_timestamp(*v))
        .max()
        .unwrap_or(0)
        + 1;
    let mut renamed = Vec::new();
    let stamped = all.into_iter().filter(|(v, _)| Civil::is_timestamp(*v));
    for (next, (v, name)) in (first..).zip(stamped) {
        let new = name.replacen(&v.to_string(), &format!("{next:05}"), 1);
        if dir.join(&new).exists() {
            return Err(FixError::Taken {
                from: name,
                to: new,
            });
        }
        std::fs::rename(dir.join(&name), dir.join(&new)).map_err(|e| FixError::Io {
            action: "cannot rename",
            path: dir.join(&name).display().to_string(),
            source: e,
        })?;
        renamed.push((name, new));
    }
    Ok(renamed)
}

/// `gander fix`: prints each rename and the count.
pub fn run(source: &Path) -> ExitCode {
    match fix(source) {
        Ok(renamed) => {
            for (a, b) in &renamed {
                println!("renamed {a} => {b}");
            }
            println!(
                "{}: {} timestamped migration(s) renamed to sequential versions",
                source.display(),
                renamed.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
