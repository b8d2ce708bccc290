//! `gander create NAME`: a new migration file from goose's template, numbered with the next
//! sequential version or a UTC timestamp (goose's `create NAME sql`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{Civil, versions_in};

/// goose's SQL migration template, byte for byte.
pub const SQL_TEMPLATE: &str =
    "-- +goose Up\nSELECT 'up SQL query';\n\n-- +goose Down\nSELECT 'down SQL query';\n";

/// How the new version is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numbering {
    /// The current UTC time, `yyyymmddhhmmss` (goose's default).
    Timestamp,
    /// The highest sequential version plus one, zero-padded to `width` digits.
    Sequential { width: usize },
    /// Sequential when the folder's migrations are sequential (padded like its newest file),
    /// timestamp when it has timestamps or nothing yet (gander's default).
    Detect,
}

/// What can go wrong creating a file.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    /// The folder could not be read or the file written.
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The file already exists.
    #[error(
        "failed to create migration file: {0} already exists\nhelp: wait a second (timestamps) or choose another name"
    )]
    Exists(String),
    /// The name has no letter or digit.
    #[error(
        "migration name {0:?} has no letter or digit to name the file with\nhelp: name the change, e.g. `gander create add_user_email`"
    )]
    BadName(String),
    /// A Go migration was asked for.
    #[error(
        "gander creates SQL migrations only, not {0:?}: Go migrations must be compiled into a custom goose binary\nhelp: pass `sql`, or leave the type out"
    )]
    NotSql(String),
}

fn is_alnum(c: char) -> bool {
    c.is_alphabetic() || c.is_numeric()
}

/// goose's `snakeCase`: runs of letters and digits lowercased, anything else between them one
/// `_`, none at the ends.
pub fn snake_case(name: &str) -> String {
    #[derive(Clone, Copy, PartialEq)]
    enum S {
        Idle,
        First,
        Alnum,
        Delim,
    }
    let mut out = String::new();
    let mut s = S::Idle;
    for c in name.chars() {
        s = match (s, is_alnum(c)) {
            (S::Idle, true) | (S::Delim, true) => S::First,
            (S::Idle, false) => S::Idle,
            (S::First, true) | (S::Alnum, true) => S::Alnum,
            (S::First, false) | (S::Alnum, false) => S::Delim,
            (S::Delim, false) => S::Idle,
        };
        match s {
            S::First | S::Alnum => out.extend(c.to_lowercase()),
            S::Delim => out.push('_'),
            S::Idle => {}
        }
    }
    // goose trims one trailing `_` only when the name ends in two or more non-alphanumerics.
    if s == S::Idle && out.ends_with('_') {
        out.pop();
    }
    out
}

/// Writes `<version>_<snake name>.sql` with goose's template into `dir`; returns its path.
pub fn create(dir: &Path, name: &str, numbering: Numbering) -> Result<PathBuf, CreateError> {
    let snake = snake_case(name);
    if snake.is_empty() {
        return Err(CreateError::BadName(name.to_string()));
    }
    let existing = || {
        versions_in(dir).map_err(|e| CreateError::Io {
            action: "cannot read the migration folder",
            path: dir.display().to_string(),
            source: e,
        })
    };
    let numbering = match numbering {
        Numbering::Detect => {
            let all = existing()?;
            if all.is_empty() || all.iter().any(|(v, _)| Civil::is_timestamp(*v)) {
                Numbering::Timestamp
            } else {
                let width = all
                    .last()
                    .map_or(5, |(_, n)| n.split('_').next().unwrap_or("").len());
                Numbering::Sequential { width }
            }
        }
        n => n,
    };
    let version = match numbering {
        Numbering::Sequential { width } => {
            let last = existing()?
                .into_iter()
                .map(|(v, _)| v)
                .filter(|v| !Civil::is_timestamp(*v))
                .max()
                .unwrap_or(0);
            format!("{:0width$}", last + 1)
        }
        _ => Civil::now().stamp(),
    };
    let path = dir.join(format!("{version}_{snake}.sql"));
    if path.exists() {
        return Err(CreateError::Exists(path.display().to_string()));
    }
    std::fs::write(&path, SQL_TEMPLATE).map_err(|e| CreateError::Io {
        action: "cannot write",
        path: path.display().to_string(),
        source: e,
    })?;
    Ok(path)
}

/// `gander create NAME`: prints the file made.
pub fn run(source: &Path, name: &str, sequential: bool, timestamp: bool) -> ExitCode {
    let numbering = if sequential {
        let width = versions_in(source)
            .ok()
            .and_then(|all| {
                all.iter()
                    .rev()
                    .find(|(v, _)| !Civil::is_timestamp(*v))
                    .map(|(_, n)| n.split('_').next().unwrap_or("").len())
            })
            .unwrap_or(5);
        Numbering::Sequential { width }
    } else if timestamp {
        Numbering::Timestamp
    } else {
        Numbering::Detect
    };
    match create(source, name, numbering) {
        Ok(path) => {
            println!("created {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::snake_case;

    #[test]
    fn snake_case_is_goose_s() {
        assert_eq!(snake_case("add user email"), "add_user_email");
        assert_eq!(snake_case("AddUser"), "adduser");
        assert_eq!(
            snake_case("_$$_This is some text, OK?!"),
            "this_is_some_text_ok"
        );
        assert_eq!(snake_case("a--b"), "a_b");
        assert_eq!(snake_case("x-"), "x_");
        assert_eq!(snake_case("$$"), "");
    }
}
