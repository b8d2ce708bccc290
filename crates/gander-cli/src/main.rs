//! The `gander` command-line tool: check, migrate, roll back and report on goose-format
//! PostgreSQL migrations. Exit code 0 only on full success, 1 on failure, 2 on usage errors.
//! Options are in `opt.rs`, each command in `commands/<command>.rs`; this file dispatches.

use std::path::Path;
use std::process::ExitCode;

use clap::Parser;
use gander::{AfterMigrate, Error, MigrationSet, Migrator};

mod commands;
mod opt;
mod progress;
mod signals;

use opt::{Cli, Command, PlanFormat};

fn main() -> ExitCode {
    if std::env::var_os("GANDER_LOG").is_some() {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::from_env("GANDER_LOG"))
            .with_writer(std::io::stderr)
            .try_init();
    }
    let mut argv: Vec<String> = std::env::args().collect();
    let invoked_as = argv
        .first()
        .and_then(|a| Path::new(a).file_name())
        .and_then(|n| n.to_str())
        .unwrap_or("");
    if invoked_as == "goose" {
        return commands::goose::main(argv.split_off(1));
    }
    if argv.get(1).map(String::as_str) == Some("goose") {
        return commands::goose::main(argv.split_off(2));
    }
    let cli = Cli::parse();
    // The commands that need no async runtime.
    match &cli.command {
        Command::Goose { args } => return commands::goose::main(args.clone()),
        Command::Create {
            name,
            source,
            sequential,
            timestamp,
        } => return commands::create::run(source, name, *sequential, *timestamp),
        Command::Fix { source } => return commands::fix::run(source),
        Command::Check {
            source,
            database_url: None,
            ephemeral: false,
            or_ephemeral: false,
            assume,
            format,
        } => {
            return commands::check::check(&commands::check::CheckArgs {
                source,
                assume,
                format: *format,
            });
        }
        Command::Serve => return commands::serve::serve(),
        Command::Schema { source, at, diff } => {
            return commands::schema::schema(source.as_deref(), *at, *diff);
        }
        _ => {}
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let json = matches!(
        cli.command,
        Command::Migrate {
            dry_run: false,
            format: PlanFormat::Json,
            ..
        }
    );
    let grace = match cli.command {
        Command::Check { .. } | Command::DumpSchema { .. } => signals::SCRATCH_GRACE,
        _ => signals::GRACE,
    };
    let result = runtime.block_on(signals::interruptible_for(run(cli.command), grace));
    if json && let Err(e) = &result {
        println!(
            "{}",
            serde_json::json!({ "ok": false, "error": commands::json::error(e, None) })
        );
    }
    exit_code(result)
}

/// The exit code of a run, its error printed: 130/143 for a signal, 2 for a usage error, else 1.
fn exit_code(result: Result<ExitCode, Error>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(Error::Interrupted(signal)) => {
            eprintln!("error: {}", Error::Interrupted(signal));
            ExitCode::from(if signal == "SIGINT" { 130 } else { 143 })
        }
        Err(Error::NoTarget) => {
            eprintln!("error: {}", opt::NO_TARGET);
            ExitCode::from(2)
        }
        Err(e) => {
            opt::report(&e);
            ExitCode::FAILURE
        }
    }
}

/// Runs a database command. `Ok` carries the exit code of a run whose failures were already
/// reported (static check errors, failed namespaces); `Err` is reported by `main`.
async fn run(cmd: Command) -> Result<ExitCode, Error> {
    if let Command::Check {
        source,
        database_url,
        ephemeral,
        or_ephemeral,
        assume,
        format,
    } = &cmd
    {
        let target = gander::Target::choose(gander::Choice {
            url: database_url.clone(),
            ephemeral: *ephemeral,
            or_ephemeral: *or_ephemeral,
            ..gander::Choice::default()
        })?;
        let args = commands::check::CheckArgs {
            source,
            assume,
            format: *format,
        };
        return commands::check::check_on_server(&args, &target).await;
    }
    let Some(common) = cmd.common() else {
        return Err(Error::Unsupported(
            "this command runs without a database".into(),
        ));
    };
    if let Command::DumpSchema { common } = &cmd {
        return commands::schema::dump_schema(common).await;
    }
    let (set, findings) = common.load()?;
    let result = run_on(&cmd, common, &set).await;
    opt::print_warnings(findings);
    result
}

/// Runs a database command on a loaded set.
async fn run_on(
    cmd: &Command,
    common: &opt::Common,
    set: &MigrationSet,
) -> Result<ExitCode, Error> {
    if let Command::Wait {
        at_least, timeout, ..
    } = cmd
    {
        let target = common.target()?;
        return commands::wait::wait(
            &target,
            set,
            common.options(),
            *at_least,
            std::time::Duration::from_secs(*timeout),
        )
        .await
        .map(|_| ExitCode::SUCCESS);
    }
    let after = match cmd {
        Command::Migrate { .. } => common.after()?,
        _ => AfterMigrate::none(),
    };
    if let Some(all) = commands::namespaces::named(common).await? {
        return commands::namespaces::migrate_namespaces(cmd, common, set, all).await;
    }
    if common.kube.namespaces.len() > 1
        || (common.kube.namespaces.len() == 1
            && matches!(cmd, Command::Migrate { dry_run: false, .. }))
    {
        let all = common.kube.namespaces.clone();
        return commands::namespaces::migrate_namespaces(cmd, common, set, all).await;
    }
    let target = common.target()?;
    let progress = progress::stderr();
    let conn = target.connect_with(&progress).await?;
    signals::cancel_on_signal(&conn);
    progress.line(&format!(
        "gander: {} ({} migrations in the set)",
        conn.describe(),
        set.len()
    ));
    let migrator = Migrator::new(set)
        .with_options(common.options())
        .with_watcher(conn.config().cloned())
        .with_progress(progress)
        .with_after_migrate(after);
    let client = &conn.client;
    match cmd {
        Command::Migrate {
            to,
            dry_run,
            format,
            ..
        } => commands::migrate::migrate(&migrator, &conn, *to, *dry_run, *format).await,
        Command::Down { to, dry_run, .. } => {
            commands::down::down(&migrator, client, *to, *dry_run).await
        }
        Command::Redo { .. } => commands::redo::redo(&migrator, client).await,
        Command::Status { format, .. } => {
            commands::status::status(&migrator, client, *format).await
        }
        Command::Baseline { version, .. } => {
            commands::baseline::baseline(&migrator, client, *version).await
        }
        Command::Repair { .. } => commands::repair::repair(&migrator, client).await,
        _ => Err(Error::Unsupported(
            "this command does not run on one connection".into(),
        )),
    }
}
