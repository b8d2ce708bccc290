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
    // The source is read and checked on a thread of its own while the target is reached.
    let source = common.source.clone();
    let loading = Loading(tokio::task::spawn_blocking(move || {
        opt::load_source(source.as_deref())
    }));
    run_on(&cmd, common, loading).await
}

/// A set being read and checked (see [`run`]).
struct Loading(tokio::task::JoinHandle<Result<(MigrationSet, gander::Findings), Error>>);

impl Loading {
    /// The set and its findings; a panic while checking goes on as a panic here.
    async fn done(self) -> Result<(MigrationSet, gander::Findings), Error> {
        match self.0.await {
            Ok(loaded) => loaded,
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            // Only a runtime shutting down cancels it, which happens on a signal, and
            // `signals::interruptible_for` reports that signal itself.
            Err(_) => Err(Error::Interrupted("SIGTERM")),
        }
    }
}

/// Connects to `target` while `loading` finishes, so that the connection's round trips
/// overlap the check of the source. The source's errors come first: a connection error is
/// only reported for a set that passed. With `census`, a `migrate` also counts the tables
/// while the check goes on (a round trip, and the new session's catalog caches warmed, off
/// the run's path).
async fn connect_while_loading(
    target: &gander::Target,
    progress: &gander::Progress,
    loading: Loading,
    census: bool,
) -> Result<Connected, Error> {
    let connect = target.connect_with(progress);
    let loading = loading.done();
    tokio::pin!(connect, loading);
    // A set that passed, whose connection failed: its warnings still show.
    let failed = |(_, findings): (MigrationSet, gander::Findings), e: Error| {
        opt::print_warnings(findings);
        Err(e)
    };
    tokio::select! {
        loaded = &mut loading => {
            let loaded = loaded?;
            match connect.await {
                Ok(conn) => Ok((loaded, conn, None)),
                Err(e) => failed(loaded, e),
            }
        }
        conn = &mut connect => match conn {
            Err(e) => failed(loading.await?, e),
            Ok(conn) if census => {
                let (loaded, before) =
                    tokio::join!(loading, commands::migrate::census(&conn.client));
                Ok((loaded?, conn, Some(before)))
            }
            Ok(conn) => Ok((loading.await?, conn, None)),
        }
    }
}

/// A checked set, its connection, and the census a `migrate` took meanwhile.
type Connected = (
    (MigrationSet, gander::Findings),
    gander::Connection,
    Option<commands::migrate::Census>,
);

/// Where a database command runs.
enum Route {
    /// `wait` (`--at-least`, `--timeout` in seconds).
    Wait(Option<u64>, u64),
    /// Over these namespaces.
    Namespaces(Vec<String>),
    /// On one connection to this target.
    One(gander::Target),
}

/// Runs a database command on the set `loading` gives, printing its warnings at the end.
async fn run_on(cmd: &Command, common: &opt::Common, loading: Loading) -> Result<ExitCode, Error> {
    let (after, route) = match route(cmd, common).await {
        Ok(routed) => routed,
        Err(e) => {
            // The source's errors come first, as when it was checked before anything else.
            let (_, findings) = loading.done().await?;
            opt::print_warnings(findings);
            return Err(e);
        }
    };
    let (set, findings, result) = match route {
        Route::One(target) => {
            let progress = progress::stderr();
            let census = matches!(cmd, Command::Migrate { dry_run: false, .. });
            let ((set, findings), conn, before) =
                connect_while_loading(&target, &progress, loading, census).await?;
            let result = run_connected(cmd, common, &set, (conn, before), progress, after).await;
            (set, findings, result)
        }
        Route::Wait(at_least, timeout) => {
            let (set, findings) = loading.done().await?;
            let result = match common.target() {
                Ok(target) => commands::wait::wait(
                    &target,
                    &set,
                    common.options(),
                    at_least,
                    std::time::Duration::from_secs(timeout),
                )
                .await
                .map(|_| ExitCode::SUCCESS),
                Err(e) => Err(e),
            };
            (set, findings, result)
        }
        Route::Namespaces(all) => {
            let (set, findings) = loading.done().await?;
            let result = commands::namespaces::migrate_namespaces(cmd, common, &set, all).await;
            (set, findings, result)
        }
    };
    drop(set);
    opt::print_warnings(findings);
    result
}

/// The after-migrate files of a `migrate`, and where the command runs.
async fn route(cmd: &Command, common: &opt::Common) -> Result<(AfterMigrate, Route), Error> {
    let after = match cmd {
        Command::Migrate { .. } => common.after()?,
        _ => AfterMigrate::none(),
    };
    let route = if let Command::Wait {
        at_least, timeout, ..
    } = cmd
    {
        Route::Wait(*at_least, *timeout)
    } else if let Some(all) = commands::namespaces::named(common).await? {
        Route::Namespaces(all)
    } else if common.kube.namespaces.len() > 1
        || (common.kube.namespaces.len() == 1
            && matches!(cmd, Command::Migrate { dry_run: false, .. }))
    {
        Route::Namespaces(common.kube.namespaces.clone())
    } else {
        Route::One(common.target()?)
    };
    Ok((after, route))
}

/// A command on one connection.
async fn run_connected(
    cmd: &Command,
    common: &opt::Common,
    set: &MigrationSet,
    (conn, before): (gander::Connection, Option<commands::migrate::Census>),
    progress: gander::Progress,
    after: AfterMigrate,
) -> Result<ExitCode, Error> {
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
        } => commands::migrate::migrate(&migrator, &conn, *to, *dry_run, *format, before).await,
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
