//! After-migrate SQL: plain SQL files (GRANTs and similar upkeep) that run after every
//! successful `migrate`, also when nothing was pending, in one transaction under the migration
//! lock. Each file is checked like a migration's Up section before anything runs.

use std::path::Path;

use gander_core::{Code, Diagnostics, Migration, SourceFile};
use tokio_postgres::Client;

use crate::error::{Error, Result};

/// The conventional folder name: `<migrations>/after-migrate/` (goose reads no subfolder, so
/// goose ignores it; gander picks it up beside the migrations it follows).
pub const AFTER_MIGRATE_DIR: &str = "after-migrate";

/// One checked after-migrate file.
#[derive(Clone, Debug)]
struct AfterFile {
    /// The file as shown in messages (`migrations/after-migrate/01_grants.sql`).
    path: String,
    /// Lines the checker saw before the file's first line (a `-- +goose Up` gander put there).
    offset: u32,
    /// The file read as a goose migration with only an Up section.
    migration: Migration,
}

/// The after-migrate files of a folder, in file-name order, checked.
#[derive(Clone, Debug, Default)]
pub struct AfterMigrate {
    files: Vec<AfterFile>,
}

/// Diagnostics of the schema model: after-migrate files run against the finished schema and
/// commonly name roles and objects outside the set, so only the file-level checks apply.
fn is_model_code(code: Code) -> bool {
    matches!(
        code,
        Code::UnknownTable
            | Code::UnknownColumn
            | Code::UnknownIndex
            | Code::UnknownType
            | Code::UnknownFunction
            | Code::UnknownObject
            | Code::AlreadyExists
            | Code::DependentObjects
            | Code::UncertainReference
            | Code::EmptyUp
    )
}

fn has_up_directive(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim_end().to_ascii_lowercase();
        l.strip_prefix("-- +goose")
            .is_some_and(|rest| rest.trim() == "up")
    })
}

impl AfterMigrate {
    /// No files.
    pub fn none() -> AfterMigrate {
        AfterMigrate::default()
    }

    /// Reads and checks every `*.sql` file of `dir` (not recursive), in file-name order. A file
    /// is plain SQL (`-- +goose StatementBegin`/`StatementEnd` around bodies with `;` inside, and
    /// `-- +goose ENVSUB ON` work as in a migration); it may also be a goose file with only an
    /// Up section. Every problem of every file is reported at file:line.
    pub fn load(dir: &Path) -> Result<AfterMigrate> {
        let display = dir.display().to_string();
        let io = |e: std::io::Error| Error::Io {
            context: format!("reading the after-migrate folder {display}"),
            source: e,
        };
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map_err(io)?
            .flatten()
            .filter(|e| e.path().is_file())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|n| n.to_ascii_lowercase().ends_with(".sql"))
            .collect();
        names.sort();
        let mut files = Vec::new();
        let mut diagnostics = Vec::new();
        for name in names {
            let path = format!("{}/{name}", display.trim_end_matches('/'));
            let bytes = std::fs::read(dir.join(&name)).map_err(io)?;
            let text = String::from_utf8_lossy(&bytes);
            let (offset, text) = if has_up_directive(&text) {
                (0, text.into_owned())
            } else {
                (1, format!("-- +goose Up\n{text}"))
            };
            let checked = gander_core::check_files(
                "",
                vec![SourceFile {
                    name: "1_after_migrate.sql".into(),
                    bytes: text.into_bytes(),
                }],
            );
            let mut failed = false;
            for mut d in checked.diagnostics.0 {
                if is_model_code(d.code) || !d.is_error() {
                    continue;
                }
                d.path = path.clone();
                d.line = d.line.saturating_sub(offset).max(1);
                failed = true;
                diagnostics.push(d);
            }
            if failed {
                continue;
            }
            if let Some(m) = checked.set.iter().next() {
                if m.down.is_some() {
                    return Err(Error::Unsupported(format!(
                        "{path}: an after-migrate file has no Down section: it runs after every migrate and is never rolled back\nhelp: remove its `-- +goose Down` part"
                    )));
                }
                if m.no_transaction {
                    return Err(Error::Unsupported(format!(
                        "{path}: after-migrate files run in one transaction: `-- +goose NO TRANSACTION` cannot apply\nhelp: move statements that need no transaction into a migration"
                    )));
                }
                files.push(AfterFile {
                    path,
                    offset,
                    migration: m.clone(),
                });
            }
        }
        if !diagnostics.is_empty() {
            return Err(Error::Check(Diagnostics(diagnostics)));
        }
        Ok(AfterMigrate { files })
    }

    /// `<migrations>/after-migrate` when that folder exists, else none.
    pub fn beside(migrations: &Path) -> Result<AfterMigrate> {
        let dir = migrations.join(AFTER_MIGRATE_DIR);
        if dir.is_dir() {
            AfterMigrate::load(&dir)
        } else {
            Ok(AfterMigrate::none())
        }
    }

    /// Whether there is no file.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// The files, as shown in messages, in the order they run.
    pub fn paths(&self) -> Vec<&str> {
        self.files.iter().map(|f| f.path.as_str()).collect()
    }

    /// Runs every file in one transaction (the caller holds the migration lock); on a failure
    /// the transaction is rolled back and the error names the file and line.
    pub(crate) async fn run(&self, client: &Client) -> Result<()> {
        if self.files.is_empty() {
            return Ok(());
        }
        client
            .batch_execute("BEGIN")
            .await
            .map_err(|e| Error::db("starting the after-migrate transaction", e))?;
        let result = self.run_in(client).await;
        let end = if result.is_ok() { "COMMIT" } else { "ROLLBACK" };
        let ended = client
            .batch_execute(end)
            .await
            .map_err(|e| Error::db(format!("ending the after-migrate transaction ({end})"), e));
        result.and(ended)
    }

    async fn run_in(&self, client: &Client) -> Result<()> {
        for f in &self.files {
            let m = &f.migration;
            for unit in m.up.units.iter() {
                let env = |k: &str| std::env::var(k).ok();
                let sql = unit
                    .substituted(gander_core::envsub::Values::Env(&env))
                    .map_err(|e| Error::Envsub {
                        path: f.path.clone(),
                        line: unit.line.saturating_sub(f.offset),
                        message: e.message,
                    })?;
                if let Err(e) = client.batch_execute(&sql).await {
                    let err = crate::migrator::statement_error(
                        m,
                        unit,
                        &sql,
                        e,
                        &[],
                        crate::migrator::Located::default(),
                    );
                    return Err(match err {
                        Error::Statement(mut s) => {
                            s.path = f.path.clone();
                            s.line = s.line.saturating_sub(f.offset).max(1);
                            s.position = s
                                .position
                                .map(|(l, c)| (l.saturating_sub(f.offset).max(1), c));
                            Error::AfterMigrate(s)
                        }
                        other => other,
                    });
                }
            }
        }
        Ok(())
    }
}
