//! goose's command line: `gander goose [goose flags] DRIVER DBSTRING COMMAND [ARGS]`, and the
//! same when the binary is invoked as `goose`. goose's flags (parsed the way Go's `flag` package
//! and goose's `xflag.ParseToEnd` do: `-flag`, `--flag`, `-flag=value`, `-flag value`, anywhere
//! among the arguments), its environment (`GOOSE_DRIVER`, `GOOSE_DBSTRING`,
//! `GOOSE_MIGRATION_DIR`, `GOOSE_TABLE`, a `.env` file), its commands, its messages (on stderr
//! with Go's `log` prefix, in UTC) and its exit codes: 0 on success, 1 for a failed command or
//! a missing argument (goose's `log.Fatalf`), 2 for a flag goose's parser rejects.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use gander::{AfterMigrate, Error, MigrationSet, Migrator, Options, Progress, Report, Version};

use super::Civil;
use super::create::{self, Numbering};

const BOOL_FLAGS: &[&str] = &[
    "v",
    "h",
    "help",
    "version",
    "s",
    "allow-missing",
    "no-versioning",
    "no-color",
];
const VALUE_FLAGS: &[&str] = &[
    "dir", "table", "certfile", "ssl-cert", "ssl-key", "timeout", "env",
];

/// goose's flags, as given.
#[derive(Debug, Default)]
struct Flags {
    dir: Option<String>,
    table: Option<String>,
    verbose: bool,
    help: bool,
    version: bool,
    sequential: bool,
    allow_missing: bool,
    no_versioning: bool,
    timeout: Option<Duration>,
    env: Option<String>,
}

/// A line on stderr the way goose's `log.Printf` writes it.
fn log(line: &str) {
    eprintln!("{}{line}", Civil::now().log_prefix());
}

/// goose's `log.Fatalf`: the message, exit code 1.
fn fatal(line: &str) -> ExitCode {
    log(line);
    ExitCode::from(1)
}

fn usage() -> String {
    format!(
        "Usage: goose [OPTIONS] DRIVER DBSTRING COMMAND\n\nor\n\nSet environment key\nGOOSE_DRIVER=DRIVER\nGOOSE_DBSTRING=DBSTRING\nGOOSE_MIGRATION_DIR=MIGRATION_DIR\n\nUsage: goose [OPTIONS] COMMAND\n\n\
         This is gander {} speaking goose's command line: PostgreSQL only, every migration checked before any runs.\n\n\
         Drivers:\n    postgres\n    pgx\n\n\
         Examples:\n    goose -dir /migrations postgres \"$GOOSE_DBSTRING\" up\n    goose postgres \"user=postgres dbname=postgres sslmode=disable\" status\n    GOOSE_DRIVER=postgres GOOSE_DBSTRING=postgres://localhost/app goose up\n\n\
         Options:\n\
         \x20 -allow-missing\n    \tapplies missing (out-of-order) migrations\n\
         \x20 -dir string\n    \tdirectory with migration files, (GOOSE_MIGRATION_DIR env variable supported) (default \".\")\n\
         \x20 -env string\n    \tload environment variables from file (default .env)\n\
         \x20 -h\tprint help\n\
         \x20 -no-versioning\n    \tnot supported by gander (it needs goose_db_version)\n\
         \x20 -s\tuse sequential numbering for new migrations\n\
         \x20 -table string\n    \tmigrations table name\n\
         \x20 -timeout duration\n    \tmaximum allowed duration for the command to run; e.g., 1h13m\n\
         \x20 -v\tenable verbose mode (gander's own progress lines too)\n\
         \x20 -version\n    \tprint version\n\n\
         Commands:\n\
         \x20   up                   Migrate the DB to the most recent version available\n\
         \x20   up-by-one            Migrate the DB up by 1\n\
         \x20   up-to VERSION        Migrate the DB to a specific VERSION\n\
         \x20   down                 Roll back the version by 1\n\
         \x20   down-to VERSION      Roll back to a specific VERSION\n\
         \x20   redo                 Re-run the latest migration\n\
         \x20   reset                Roll back all migrations\n\
         \x20   status               Dump the migration status for the current DB\n\
         \x20   version              Print the current version of the database\n\
         \x20   create NAME [sql]    Creates new migration file with the current timestamp\n\
         \x20   fix                  Apply sequential ordering to migrations\n\
         \x20   validate             Check migration files without running them\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// Go's `strconv.ParseBool`.
fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// Go's `time.ParseDuration`: `300ms`, `1.5h`, `1h13m`.
pub fn parse_go_duration(s: &str) -> Option<Duration> {
    if s == "0" {
        return Some(Duration::ZERO);
    }
    let mut rest = s;
    let mut total = 0f64;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let num_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let n: f64 = rest[..num_end].parse().ok()?;
        rest = &rest[num_end..];
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_end] {
            "ns" => 1e-9,
            "us" | "µs" | "μs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += n * scale;
        rest = &rest[unit_end..];
    }
    Some(Duration::from_secs_f64(total))
}

/// Go's `Duration.String()` for the durations goose prints after each migration.
fn go_duration(d: Duration) -> String {
    let trim = |s: String| {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    };
    let ns = d.as_nanos();
    if ns < 1_000 {
        format!("{ns}ns")
    } else if ns < 1_000_000 {
        format!("{}µs", trim(format!("{:.3}", ns as f64 / 1e3)))
    } else if ns < 1_000_000_000 {
        format!("{}ms", trim(format!("{:.6}", ns as f64 / 1e6)))
    } else {
        format!("{}s", trim(format!("{:.9}", d.as_secs_f64())))
    }
}

enum Parsed {
    Run(Flags, Vec<String>),
    Exit(ExitCode),
}

/// Go's `flag` rules, flags allowed anywhere (goose's `xflag.ParseToEnd`); `--` ends them.
fn parse_flags(args: &[String]) -> Parsed {
    let mut flags = Flags::default();
    let mut positional = Vec::new();
    let bad = |msg: String| {
        eprintln!("{msg}");
        eprint!("{}", usage());
        Parsed::Exit(ExitCode::from(2))
    };
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if arg == "--" {
            positional.extend(args[i..].iter().cloned());
            break;
        }
        let Some(body) = arg.strip_prefix('-').filter(|b| !b.is_empty()) else {
            positional.push(arg.clone());
            continue;
        };
        let body = body.strip_prefix('-').unwrap_or(body);
        let (name, inline) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (body, None),
        };
        if BOOL_FLAGS.contains(&name) {
            let on = match inline.as_deref() {
                None => true,
                Some(v) => match parse_bool(v) {
                    Some(b) => b,
                    None => {
                        return bad(format!(
                            "invalid boolean value {v:?} for -{name}: parse error"
                        ));
                    }
                },
            };
            match name {
                "v" => flags.verbose = on,
                "h" | "help" => flags.help = on,
                "version" => flags.version = on,
                "s" => flags.sequential = on,
                "allow-missing" => flags.allow_missing = on,
                "no-versioning" => flags.no_versioning = on,
                _ => {} // -no-color: gander's goose output has no colour
            }
        } else if VALUE_FLAGS.contains(&name) {
            let value = match inline {
                Some(v) => v,
                None if i < args.len() => {
                    i += 1;
                    args[i - 1].clone()
                }
                None => return bad(format!("flag needs an argument: -{name}")),
            };
            match name {
                "dir" => flags.dir = Some(value),
                "table" => flags.table = Some(value),
                "env" => flags.env = Some(value),
                "timeout" => match parse_go_duration(&value) {
                    Some(d) => flags.timeout = Some(d).filter(|d| !d.is_zero()),
                    None => {
                        return bad(format!(
                            "invalid value {value:?} for flag -timeout: parse error"
                        ));
                    }
                },
                _ => {} // -certfile, -ssl-cert, -ssl-key: MySQL only, ignored by goose for postgres
            }
        } else {
            return bad(format!("flag provided but not defined: -{name}"));
        }
    }
    Parsed::Run(flags, positional)
}

/// The environment goose reads: the process's, plus a `.env` file's entries for names the
/// process leaves unset (godotenv.Load never overrides).
struct Env {
    file: BTreeMap<String, String>,
}

impl Env {
    fn load(flag: Option<&str>) -> Result<Env, String> {
        let (path, required) = match flag {
            None => (".env", false),
            Some("none") => {
                return Ok(Env {
                    file: BTreeMap::new(),
                });
            }
            Some(p) => (p, true),
        };
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(_) if !required => String::new(),
            Err(e) => return Err(format!("failed to load env file: open {path}: {e}")),
        };
        let mut file = BTreeMap::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let line = line.strip_prefix("export ").unwrap_or(line);
            if let Some((k, v)) = line.split_once('=') {
                let v = v.trim();
                let v = v
                    .strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                    .unwrap_or(v);
                file.insert(k.trim().to_string(), v.to_string());
            }
        }
        Ok(Env { file })
    }

    /// goose's `envOr(key, "")`: unset and empty are the same.
    fn get(&self, key: &str) -> Option<String> {
        std::env::var(key)
            .ok()
            .filter(|v| !v.is_empty())
            .or_else(|| self.file.get(key).cloned().filter(|v| !v.is_empty()))
    }
}

/// Runs goose's command line; `args` excludes the program name.
pub fn main(args: Vec<String>) -> ExitCode {
    let (flags, mut args) = match parse_flags(&args) {
        Parsed::Run(f, a) => (f, a),
        Parsed::Exit(code) => return code,
    };
    if flags.version {
        println!("goose version: gander {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    let env = match Env::load(flags.env.as_deref()) {
        Ok(e) => e,
        Err(e) => return fatal(&e),
    };
    if flags.help {
        print!("{}", usage());
        return ExitCode::SUCCESS;
    }
    if args.is_empty() {
        print!("{}", usage());
        return ExitCode::from(1);
    }
    if flags.no_versioning {
        return fatal(
            "goose run: -no-versioning is not supported by gander: it applies migrations without recording them in goose_db_version, and gander's lock, history and checks rely on that table\nhelp: drop -no-versioning (gander records every version, as goose does by default)",
        );
    }
    let dir = match (&flags.dir, env.get("GOOSE_MIGRATION_DIR")) {
        (Some(d), _) if d != "." => d.clone(),
        (_, Some(d)) => d,
        _ => ".".to_string(),
    };
    let table = flags
        .table
        .clone()
        .or_else(|| env.get("GOOSE_TABLE"))
        .unwrap_or_else(|| "goose_db_version".into());
    let dir = PathBuf::from(dir);
    match args[0].as_str() {
        "create" => return create_cmd(&dir, &args[1..], flags.sequential),
        "fix" => {
            return match super::fix::fix(&dir) {
                Ok(renamed) => {
                    for (a, b) in renamed {
                        log(&format!("RENAMED {a} => {b}"));
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => fatal(&format!("goose run: {e}")),
            };
        }
        "validate" => return validate(&dir, flags.verbose),
        "env" => {
            let dbstring = env.get("GOOSE_DBSTRING").map(|s| gander::redact(&s));
            for (k, v) in [
                ("GOOSE_DRIVER", env.get("GOOSE_DRIVER")),
                ("GOOSE_DBSTRING", dbstring),
                ("GOOSE_MIGRATION_DIR", Some(dir.display().to_string())),
                ("GOOSE_TABLE", env.get("GOOSE_TABLE")),
                ("NO_COLOR", Some(env.get("NO_COLOR").is_some().to_string())),
            ] {
                println!("{k}={:?}", v.unwrap_or_default());
            }
            return ExitCode::SUCCESS;
        }
        "init" | "beta" => {
            return fatal(&format!(
                "goose run: {:?} is not supported by gander\nhelp: create the folder yourself and use `create NAME sql`",
                args[0]
            ));
        }
        _ => {}
    }
    // goose's mergeArgs puts GOOSE_DRIVER and GOOSE_DBSTRING in front of the arguments even
    // when the command line names them too (goose then takes the DBSTRING for the command and
    // fails with "no such command"). gander leaves out a value the command line already has at
    // that place, so `goose … postgres "$GOOSE_DBSTRING" up` works with the variable exported.
    if let Some(d) = env.get("GOOSE_DRIVER")
        && args.first() != Some(&d)
    {
        args.insert(0, d);
    }
    if let Some(s) = env.get("GOOSE_DBSTRING")
        && args.get(1) != Some(&s)
    {
        args.insert(1.min(args.len()), s);
    }
    if args.len() < 3 {
        print!("{}", usage());
        return ExitCode::from(1);
    }
    let driver = args[0].clone();
    let dbstring = args[1].clone();
    let command = args[2].clone();
    let rest: Vec<String> = args[3..].to_vec();
    if driver != "postgres" && driver != "pgx" {
        return fatal(&format!(
            "-dbstring={:?}: driver {driver:?} is not supported: gander migrates PostgreSQL only\nhelp: use the postgres (or pgx) driver, or goose itself for other databases",
            gander::redact(&dbstring)
        ));
    }
    let run = Run {
        dir,
        table,
        dbstring,
        command,
        args: rest,
        verbose: flags.verbose,
        allow_missing: flags.allow_missing,
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return fatal(&format!("goose run: cannot start the async runtime: {e}")),
    };
    let timeout = flags.timeout;
    let result = runtime.block_on(crate::interruptible(async move {
        match timeout {
            Some(t) => match tokio::time::timeout(t, run.run()).await {
                Ok(r) => r,
                Err(_) => Err(Error::Unsupported(format!(
                    "context deadline exceeded: the command ran longer than -timeout {:?}; its session was closed, which rolls back the running migration",
                    t
                ))),
            },
            None => run.run().await,
        }
    }));
    match result {
        Ok(code) => code,
        Err(Error::Interrupted(signal)) => {
            log(&format!("goose run: {}", Error::Interrupted(signal)));
            ExitCode::from(if signal == "SIGINT" { 130 } else { 143 })
        }
        Err(e) => fatal(&format!("goose run: {e}")),
    }
}

fn create_cmd(dir: &Path, args: &[String], sequential: bool) -> ExitCode {
    let Some(name) = args.first() else {
        return fatal(
            "goose run: create must be of form: goose [OPTIONS] DRIVER DBSTRING create NAME [go|sql]",
        );
    };
    // goose's default type is go; gander writes SQL migrations only, so no type means sql.
    if let Some(kind) = args.get(1)
        && kind != "sql"
    {
        return fatal(&format!(
            "goose run: {}",
            create::CreateError::NotSql(kind.clone())
        ));
    }
    let numbering = if sequential {
        Numbering::Sequential { width: 5 }
    } else {
        Numbering::Timestamp
    };
    match create::create(dir, name, numbering) {
        Ok(path) => {
            log(&format!("Created new file: {}", path.display()));
            ExitCode::SUCCESS
        }
        Err(e) => fatal(&format!("goose run: {e}")),
    }
}

/// goose's `validate`: nothing printed on success (a table with `-v`); gander's full check.
fn validate(dir: &Path, verbose: bool) -> ExitCode {
    let checked = gander_core::check_dir(dir, &dir.to_string_lossy());
    if checked.has_errors() {
        eprint!("{}", checked.diagnostics.render());
        return fatal(&format!(
            "goose validate: {}: {} error(s)",
            dir.display(),
            checked.diagnostics.error_count()
        ));
    }
    if checked.set.is_empty() {
        return fatal(&format!(
            "goose validate: {}",
            Error::EmptySource(dir.display().to_string())
        ));
    }
    if verbose {
        let rows: Vec<[String; 5]> = checked
            .set
            .iter()
            .map(|m| {
                [
                    "sql".to_string(),
                    if m.no_transaction { "✘" } else { "✔" }.to_string(),
                    m.up.units.len().to_string(),
                    m.down.as_ref().map_or(0, |d| d.units.len()).to_string(),
                    m.file_name().to_string(),
                ]
            })
            .collect();
        let head = [
            ["Type", "Txn", "Up", "Down", "Name"],
            ["────", "───", "──", "────", "────"],
        ];
        let mut all: Vec<[String; 5]> = head.iter().map(|r| r.map(str::to_string)).collect();
        all.extend(rows);
        let widths: Vec<usize> = (0..5)
            .map(|c| all.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
            .collect();
        for r in &all {
            let mut line = String::new();
            for (c, cell) in r.iter().enumerate() {
                line.push_str(cell);
                line.push_str(&" ".repeat(widths[c] - cell.chars().count() + 3));
            }
            println!("{}", line.trim_end());
        }
    }
    ExitCode::SUCCESS
}

/// A database command.
struct Run {
    dir: PathBuf,
    table: String,
    dbstring: String,
    command: String,
    args: Vec<String>,
    verbose: bool,
    allow_missing: bool,
}

fn version_arg(command: &str, args: &[String]) -> Result<u64, Error> {
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
fn at_or_below(set: &MigrationSet, v: u64) -> Version {
    set.iter()
        .map(|m| m.version)
        .rfind(|x| x.get() <= v)
        .unwrap_or_default()
}

fn ok_lines(applied: &[gander::Applied]) {
    for a in applied {
        let file = a.path.rsplit('/').next().unwrap_or(&a.path);
        let word = if a.units == 0 { "EMPTY" } else { "OK  " };
        log(&format!("{word} {file} ({})", go_duration(a.duration)));
    }
}

impl Run {
    async fn run(self) -> Result<ExitCode, Error> {
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
            Progress::stderr()
        } else {
            Progress::silent()
        };
        let conn = gander::Target::Url(self.dbstring.clone())
            .connect_with(&progress)
            .await?;
        crate::cancel_on_signal(&conn);
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

#[cfg(test)]
mod tests {
    use super::{go_duration, parse_go_duration};
    use std::time::Duration;

    #[test]
    fn go_durations_parse_and_print_like_go() {
        assert_eq!(parse_go_duration("1h13m"), Some(Duration::from_secs(4380)));
        assert_eq!(parse_go_duration("1.5s"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_go_duration("x"), None);
        assert_eq!(go_duration(Duration::from_micros(12_340)), "12.34ms");
        assert_eq!(go_duration(Duration::from_millis(1500)), "1.5s");
        assert_eq!(go_duration(Duration::from_nanos(350_000)), "350µs");
    }
}
