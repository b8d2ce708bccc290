//! goose's command line: `gander goose [goose flags] DRIVER DBSTRING COMMAND [ARGS]`, and the
//! same when the binary is invoked as `goose`. goose's flags (parsed the way Go's `flag` package
//! and goose's `xflag.ParseToEnd` do: `-flag`, `--flag`, `-flag=value`, `-flag value`, anywhere
//! among the arguments), its environment (`GOOSE_DRIVER`, `GOOSE_DBSTRING`,
//! `GOOSE_MIGRATION_DIR`, `GOOSE_TABLE`, a `.env` file), its commands, its messages (on stderr
//! with Go's `log` prefix, in UTC) and its exit codes: 0 on success, 1 for a failed command or
//! a missing argument (goose's `log.Fatalf`), 2 for a flag goose's parser rejects.

mod flags;
mod run;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gander::Error;

use super::create::{self, Numbering};
use flags::{Env, Parsed, fatal, log, parse_flags, usage};
use run::Run;

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
    let result = runtime.block_on(crate::signals::interruptible(async move {
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
    let checked = gander::check_dir(dir, &dir.to_string_lossy());
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
