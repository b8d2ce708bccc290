//! The goose commands that talk to the database (`up`, `down`, `redo`, `reset`, `status`,
//! `version`, …), with goose's messages.

use std::path::PathBuf;
use std::process::ExitCode;

use gander::{AfterMigrate, Error, MigrationSet, Migrator, Options, Progress, Report, Version};

use super::flags::{go_duration, log};
use crate::commands::Civil;

/// A database command.
pub(super) struct Run {
    pub(super) dir: PathBuf,
    pub(super) table: String,
    pub(super) dbstring: String,
    pub(super) command: String,
    pub(super) args: Vec<String>,
    pub(super) verbose: bool,
    pub(super) allow_missing: bool,
}

pub(super) fn version_arg(command: &str, args: &[String]) -> Result<u64, Error> {
    let Some(a) = args.first() else {
        return Err(Error::Unsupported(format!(
            "{command} must be of form: goose [OPTIONS] DRIVER DBSTRING {command} VERSION"
        )));
    };
    a.parse::<i64>()
        .map(|v| v.max(0) as u64)
        .map_err(|_| Error::Unsupported(format!("version must be a number (got '{a}')")))
}

/// The highest version of the set at or below `v` (goose's up-to and down-to take any number).
pub(super) fn at_or_below(set: &MigrationSet, v: u64) -> Version {
    set.iter()
        .map(|m| m.version)
        .rfind(|x| x.get() <= v)
        .unwrap_or_default()
}

pub(super) fn ok_lines(applied: &[gander::Applied]) {
    for a in applied {
        let file = a.path.rsplit('/').next().unwrap_or(&a.path);
        let word = if a.units == 0 { "EMPTY" } else { "OK  " };
        log(&format!("{word} {file} ({})", go_duration(a.duration)));
    }
}

impl Run {
    pub(super) async fn run(self) -> Result<ExitCode, Error> {
        let known = [
            "up",
            "up-by-one",
            "up-to",
            "down",
            "down-to",
            "redo",
            "reset",
            "status",
            "version",
        ];
        if !known.contains(&self.command.as_str()) {
            return Err(Error::Unsupported(format!(
                "{:?}: no such command",
                self.command
            )));
        }
        let set = gander::load_dir(&self.dir)?;
        let ups = matches!(self.command.as_str(), "up" | "up-by-one" | "up-to");
        let after = if ups {
            AfterMigrate::beside(&self.dir)?
        } else {
            AfterMigrate::none()
        };
        let progress = if self.verbose {
            crate::progress::stderr()
        } else {
            Progress::silent()
        };
        let conn = gander::Target::Url(self.dbstring.clone())
            .connect_with(&progress)
            .await?;
        crate::signals::cancel_on_signal(&conn);
        let options = Options {
            table: self.table.clone(),
            allow_missing: self.allow_missing,
            ..Options::default()
        };
        let migrator = Migrator::new(&set)
            .with_options(options)
            .with_watcher(conn.config().cloned())
            .with_progress(progress)
            .with_after_migrate(after);
        let client = &conn.client;
        let finished = |r: &Report| {
            ok_lines(&r.applied);
            if r.applied.is_empty() {
                log(&format!(
                    "goose: no migrations to run. current version: {}",
                    r.to
                ));
            } else {
                log(&format!(
                    "goose: successfully migrated database to version: {}",
                    r.to
                ));
            }
        };
        match self.command.as_str() {
            "up" => finished(&migrator.migrate(client, None).await?),
            "up-to" => {
                let v = version_arg("up-to", &self.args)?;
                finished(&migrator.migrate(client, Some(at_or_below(&set, v))).await?);
            }
            "up-by-one" => {
                let r = migrator.up_by_one(client).await?;
                if r.applied.is_empty() {
                    return Err(Error::Unsupported("no next version found".into()));
                }
                ok_lines(&r.applied);
            }
            "down" | "redo" => {
                let current = migrator.status(client).await?.current;
                if current.get() == 0 {
                    return Err(Error::Unsupported(format!(
                        "migration {current}: no current version found"
                    )));
                }
                let r = if self.command == "down" {
                    migrator.down(client, None).await?
                } else {
                    migrator.redo(client).await?
                };
                ok_lines(&r.rolled_back);
                ok_lines(&r.applied);
            }
            "down-to" => {
                let v = version_arg("down-to", &self.args)?;
                let r = migrator.down(client, Some(at_or_below(&set, v))).await?;
                ok_lines(&r.rolled_back);
                log(&format!(
                    "goose: no migrations to run. current version: {}",
                    r.to
                ));
            }
            "reset" => {
                let r = migrator.down(client, Some(Version::new(0))).await?;
                ok_lines(&r.rolled_back);
            }
            "status" => {
                let status = migrator.status(client).await?;
                log("    Applied At                  Migration");
                log("    =======================================");
                for v in status.versions.iter().filter(|v| v.path.is_some()) {
                    let at = match v.state {
                        gander::VersionState::Applied | gander::VersionState::Drifted => v
                            .applied_at
                            .as_deref()
                            .and_then(Civil::parse_pg)
                            .map_or_else(|| "applied".to_string(), |c| c.ansic()),
                        _ => "Pending".to_string(),
                    };
                    let file = v.path.as_deref().unwrap_or("");
                    let file = file.rsplit('/').next().unwrap_or(file);
                    log(&format!("    {at:<24} -- {file}"));
                }
            }
            "version" => {
                let status = migrator.status(client).await?;
                log(&format!("goose: version {}", status.current));
            }
            _ => {}
        }
        Ok(ExitCode::SUCCESS)
    }
}
