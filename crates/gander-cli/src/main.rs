//! The `gander` command-line tool: check, migrate, roll back and report on goose-format
//! PostgreSQL migrations. Exit code 0 only on full success, 1 on failure, 2 on usage errors.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand, ValueEnum};
use gander::{AfterMigrate, Error, MigrationSet, Migrator, Options, Progress, Target, Version};

mod commands;

/// gander: goose-compatible PostgreSQL migrations, checked before they run.
#[derive(Debug, Parser)]
#[command(name = "gander", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// goose's command line: `gander goose [goose flags] DRIVER DBSTRING COMMAND [ARGS]`
    /// (also when this binary is invoked as `goose`). Commands: up, up-by-one, up-to V, down,
    /// down-to V, redo, reset, status, version, validate, create NAME sql, fix.
    #[command(disable_help_flag = true)]
    Goose {
        /// goose's flags and arguments, exactly as goose takes them.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, num_args = 0..)]
        args: Vec<String>,
    },
    /// Create a migration file from goose's template: `<version>_<name>.sql`, the version the
    /// next sequential number (padded like the newest file) when the folder's versions are
    /// sequential, else a UTC timestamp (yyyymmddhhmmss).
    Create {
        /// What the migration does (`add user email` becomes `add_user_email`).
        name: String,
        /// The folder of migrations.
        #[arg(long, default_value = "migrations")]
        source: PathBuf,
        /// Number with the next sequential version (goose's -s, 5 digits unless the folder's
        /// newest file has another width).
        #[arg(long, conflicts_with = "timestamp")]
        sequential: bool,
        /// Number with the current UTC time.
        #[arg(long)]
        timestamp: bool,
    },
    /// Rename timestamp-versioned migrations to sequential versions after the highest
    /// sequential one, in version order (goose's `fix`).
    Fix {
        /// The folder of migrations.
        #[arg(long, default_value = "migrations")]
        source: PathBuf,
    },
    /// Wait until the target accepts connections and its history reaches a version (for a
    /// dependent Deployment's initContainer). Exit 0 then; 1, with the last state seen, when
    /// the timeout passes. Read-only: takes no lock and creates nothing.
    Wait {
        #[command(flatten)]
        common: Common,
        /// The version to wait for (default: the set's latest).
        #[arg(long, value_name = "V")]
        at_least: Option<u64>,
        /// Seconds to wait in all.
        #[arg(long, value_name = "SECS", default_value_t = 300)]
        timeout: u64,
    },
    /// Apply pending migrations (all, or up to --to).
    Migrate {
        #[command(flatten)]
        common: Common,
        /// Stop at this version.
        #[arg(long)]
        to: Option<u64>,
        /// Print what would run, statement by statement, and change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Output format: text; json (with --dry-run the plan, else the report, or the error,
        /// as one JSON object on stdout); sql (--dry-run only: a psql script, one BEGIN/COMMIT
        /// per transactional migration).
        #[arg(long, value_enum, default_value_t = PlanFormat::Text)]
        format: PlanFormat,
    },
    /// Roll back the newest applied migration, or every one above --to.
    Down {
        #[command(flatten)]
        common: Common,
        /// Roll back down to this version (0: everything).
        #[arg(long)]
        to: Option<u64>,
        /// Print what would run and change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Roll back the newest applied migration and apply it again.
    Redo {
        #[command(flatten)]
        common: Common,
    },
    /// Show every version: applied, pending, missing (applied, not in the set), drifted.
    Status {
        #[command(flatten)]
        common: Common,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Record every version up to VERSION as applied without running it (for databases that
    /// predate gander and goose).
    Baseline {
        #[command(flatten)]
        common: Common,
        /// The version the database already has.
        version: u64,
    },
    /// Rewrite the stored checksums of applied migrations after a deliberate edit.
    Repair {
        #[command(flatten)]
        common: Common,
    },
    /// Test support: a database from `gander::testing::TestDatabase::new` (cloned from the set's
    /// template on DATABASE_URL's server), for tests of the template cache and for the bench.
    #[command(hide = true)]
    Testdb {
        /// The folder of migrations.
        #[arg(long)]
        source: PathBuf,
        /// Panic while holding the database (dropped; kept and named with GANDER_KEEP_FAILED_DB=1).
        #[arg(long)]
        fail: bool,
        /// Measure N test databases (8 tests at once) and N/6 re-applications; print JSON.
        #[arg(long)]
        bench: Option<usize>,
        /// With --bench: how long each test holds its database (its body), in ms.
        #[arg(long, default_value_t = 200)]
        bench_hold: u64,
    },
    /// Test support: an in-process Kubernetes API-server double with namespaces ns1..nsN whose
    /// `app=postgresql` pod forwards to BACKEND; prints a kubeconfig path, runs until stdin closes.
    #[command(hide = true)]
    KubeDouble {
        /// Number of namespaces.
        #[arg(long, default_value_t = 1)]
        namespaces: usize,
        /// host:port of the PostgreSQL the pods forward to.
        #[arg(long)]
        backend: std::net::SocketAddr,
    },
    /// Start a throwaway PostgreSQL, print its URL on stdout, and keep it until stdin closes
    /// (for benchmarks and local experiments).
    Serve,
    /// Check a migration folder: names, directives, splitting, goose-split hazards,
    /// transaction rules and syntax; with a server (--database-url or --ephemeral), also apply
    /// every Up, every Down in reverse and every Up again on a scratch database, comparing the
    /// schema. Exit code 1 on any error.
    Check {
        /// The folder of goose `.sql` migrations.
        #[arg(long, default_value = "migrations")]
        source: PathBuf,
        /// A server to run the round trip on (a scratch database is created and dropped).
        #[arg(long, conflicts_with = "ephemeral")]
        database_url: Option<String>,
        /// Run the round trip on a throwaway server.
        #[arg(long)]
        ephemeral: bool,
        /// An object the migrations need but do not create, as `KIND:NAME`
        /// (`extension:postgis`, `table:audit.events`); repeatable. Same as a
        /// `-- +gander assume KIND NAME` line in the first migration.
        #[arg(long = "assume", value_name = "KIND:NAME", value_parser = gander::parse_assumption)]
        assume: Vec<gander::Assumption>,
    },
    /// Print the schema model (no database): every object after a version (--at, default the
    /// last), or what one migration changes (--diff V), for review.
    Schema {
        /// A folder of migrations to use instead of the embedded Data Storage set.
        #[arg(long)]
        source: Option<PathBuf>,
        /// The version to show the schema after (default: the last).
        #[arg(long, conflicts_with = "diff")]
        at: Option<u64>,
        /// Show what migration V changes: `+` added, `-` removed, `~` changed.
        #[arg(long)]
        diff: Option<u64>,
    },
    /// Print the schema the migrations produce (pg_dump --schema-only of a freshly migrated
    /// scratch database, normalised so that it is the same on every machine).
    DumpSchema {
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum PlanFormat {
    Text,
    Json,
    Sql,
}

#[derive(Debug, Args)]
struct Common {
    /// A folder of migrations to use instead of the embedded Data Storage set.
    #[arg(long)]
    source: Option<PathBuf>,
    /// The database: a postgres:// URL or libpq key=value string (default: DATABASE_URL, or
    /// the PG* variables when PGHOST is set).
    #[arg(long, conflicts_with = "ephemeral")]
    database_url: Option<String>,
    /// Start a throwaway PostgreSQL from the installed binaries, migrate it, remove it.
    #[arg(long)]
    ephemeral: bool,
    #[command(flatten)]
    kube: KubeArgs,
    /// goose's history table, optionally schema-qualified.
    #[arg(long, default_value = "goose_db_version")]
    table: String,
    /// Seconds to wait for the migration lock, and in all for the locks migration statements
    /// queue behind (each wait is bounded by --statement-lock-timeout and retried).
    #[arg(long, default_value_t = 300)]
    lock_timeout: u64,
    /// Seconds a migration statement may wait for another session's lock before its migration
    /// rolls back and is retried (PostgreSQL's lock_timeout; 0: no limit). Default: the
    /// session's lock_timeout when the connection string's options or PGOPTIONS set one, else 5.
    #[arg(long, value_name = "SECS")]
    statement_lock_timeout: Option<f64>,
    /// Proceed although applied files changed since they were applied.
    #[arg(long)]
    allow_drift: bool,
    /// Proceed although the database has versions the set lacks, and apply pending versions
    /// older than the current one (goose's --allow-missing).
    #[arg(long)]
    allow_missing: bool,
    /// After-migrate SQL files, run after every successful migrate in one transaction under the
    /// lock (default: `<source>/after-migrate` when that folder exists).
    #[arg(long, value_name = "DIR")]
    after_migrate: Option<PathBuf>,
}

/// A PostgreSQL in Kubernetes namespaces (port-forward through the API server, or the service
/// when running in the cluster). No kubectl and no psql needed.
#[derive(Debug, Args)]
struct KubeArgs {
    /// A namespace whose PostgreSQL to migrate; repeat for several (applied concurrently).
    #[arg(long = "namespace", value_name = "NS")]
    namespaces: Vec<String>,
    /// Also every namespace whose labels match this selector (`team=storage,env=e2e`).
    #[arg(long, value_name = "LABELS")]
    namespace_selector: Option<String>,
    /// Kubeconfig file (default: KUBECONFIG, else ~/.kube/config).
    #[arg(long)]
    kubeconfig: Option<PathBuf>,
    /// Kubeconfig context (default: the current one).
    #[arg(long)]
    context: Option<String>,
    /// Label selector of the PostgreSQL pod.
    #[arg(long, default_value = "app=postgresql")]
    selector: String,
    /// Service name, in the cluster.
    #[arg(long, default_value = "postgresql")]
    service: String,
    /// PostgreSQL's port in the pod and service.
    #[arg(long, default_value_t = 5432)]
    port: u16,
    /// Database (`{namespace}` in it is replaced by each namespace's name).
    #[arg(long, default_value = "postgres")]
    database: String,
    /// User.
    #[arg(long, default_value = "postgres")]
    user: String,
    /// Password from a Secret in the namespace: NAME[/KEY] (key default `password`); else
    /// PGPASSWORD.
    #[arg(long, value_name = "NAME[/KEY]")]
    password_secret: Option<String>,
    /// Seconds to wait for a Ready pod.
    #[arg(long, default_value_t = 60)]
    wait: u64,
    /// Connect to the service instead of port-forwarding (default: detected from the
    /// service-account environment).
    #[arg(long)]
    in_cluster: bool,
    /// Namespaces migrated at once.
    #[arg(long, default_value_t = 4)]
    parallel: usize,
}

impl KubeArgs {
    fn targets(&self) -> Vec<gander::kube::NamespaceTarget> {
        self.targets_for(&self.namespaces)
    }

    fn targets_for(&self, namespaces: &[String]) -> Vec<gander::kube::NamespaceTarget> {
        namespaces
            .iter()
            .map(|ns| {
                let mut t = gander::kube::NamespaceTarget::new(ns.clone());
                t.kubeconfig = self.kubeconfig.clone();
                t.context = self.context.clone();
                t.selector = self.selector.clone();
                t.service = self.service.clone();
                t.port = self.port;
                t.database = self.database.replace("{namespace}", ns);
                t.user = self.user.clone();
                if let Some(spec) = &self.password_secret {
                    t.password = gander::kube::Password::secret(spec);
                }
                t.wait = std::time::Duration::from_secs(self.wait);
                if self.in_cluster {
                    t.in_cluster = Some(true);
                }
                t
            })
            .collect()
    }
}

impl Common {
    fn target(&self) -> Result<Target, Error> {
        if let Some(t) = self.kube.targets().into_iter().next() {
            Ok(Target::Namespace(Box::new(t)))
        } else if self.ephemeral {
            Ok(Target::Ephemeral)
        } else if let Some(url) = &self.database_url {
            Ok(Target::Url(url.clone()))
        } else {
            Target::from_env()
        }
    }

    fn set(&self) -> Result<MigrationSet, Error> {
        match &self.source {
            Some(dir) => gander::load_dir(dir),
            None => Ok(datastorage_schema::MIGRATIONS.clone()),
        }
    }

    /// The after-migrate files: `--after-migrate DIR`, else `<source>/after-migrate`.
    fn after(&self) -> Result<AfterMigrate, Error> {
        match (&self.after_migrate, &self.source) {
            (Some(dir), _) => AfterMigrate::load(dir),
            (None, Some(source)) => AfterMigrate::beside(source),
            (None, None) => Ok(AfterMigrate::none()),
        }
    }

    fn options(&self) -> Options {
        Options {
            table: self.table.clone(),
            lock_timeout: std::time::Duration::from_secs(self.lock_timeout),
            allow_drift: self.allow_drift,
            allow_missing: self.allow_missing,
            statement_lock_timeout: self
                .statement_lock_timeout
                .map(|s| std::time::Duration::from_secs_f64(s.max(0.0))),
        }
    }
}

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
    match &cli.command {
        Command::Goose { args } => return commands::goose::main(args.clone()),
        Command::Create {
            name,
            source,
            sequential,
            timestamp,
        } => return create(source, name, *sequential, *timestamp),
        Command::Fix { source } => return fix(source),
        Command::Check {
            source,
            database_url: None,
            ephemeral: false,
            assume,
        } => return check(source, assume),
        Command::Serve => return serve(),
        Command::Schema { source, at, diff } => return schema(source.as_deref(), *at, *diff),
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
    let result = runtime.block_on(interruptible(run(cli.command)));
    if json && let Err(e) = &result {
        println!(
            "{}",
            serde_json::json!({ "ok": false, "error": commands::json::error(e, None) })
        );
    }
    match result {
        Ok(code) => code,
        Err(Error::Interrupted(signal)) => {
            eprintln!("error: {}", Error::Interrupted(signal));
            ExitCode::from(if signal == "SIGINT" { 130 } else { 143 })
        }
        Err(Error::NoTarget) => {
            eprintln!("error: {}", Error::NoTarget);
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The sessions whose running statement a signal cancels.
static CANCELLERS: std::sync::Mutex<Vec<gander::Canceller>> = std::sync::Mutex::new(Vec::new());

fn cancel_on_signal(conn: &gander::Connection) {
    if let Ok(mut c) = CANCELLERS.lock() {
        c.push(conn.canceller());
    }
}

async fn cancel_all() {
    let all: Vec<gander::Canceller> = CANCELLERS.lock().map(|c| c.clone()).unwrap_or_default();
    for c in all {
        if let Err(e) = c.cancel().await {
            eprintln!("gander: {e}");
        }
    }
}

/// SIGINT and SIGTERM, as they arrive.
struct Signals {
    int: Option<tokio::signal::unix::Signal>,
    term: Option<tokio::signal::unix::Signal>,
}

impl Signals {
    fn new() -> Signals {
        use tokio::signal::unix::{SignalKind, signal};
        Signals {
            int: signal(SignalKind::interrupt()).ok(),
            term: signal(SignalKind::terminate()).ok(),
        }
    }

    async fn next(&mut self) -> &'static str {
        async fn recv(s: &mut Option<tokio::signal::unix::Signal>) {
            match s {
                Some(s) => {
                    s.recv().await;
                }
                None => std::future::pending().await,
            }
        }
        tokio::select! {
            () = recv(&mut self.int) => "SIGINT",
            () = recv(&mut self.term) => "SIGTERM",
        }
    }
}

/// How long, after the cancel request, a run may take to roll back and release the lock
/// before its session is simply closed.
const GRACE: std::time::Duration = std::time::Duration::from_millis(1500);

/// Runs `work`; on SIGINT or SIGTERM sends PostgreSQL's cancel request for every registered
/// session's statement, lets the run roll back and release the lock (up to [`GRACE`]), and
/// returns [`Error::Interrupted`]. A second signal exits at once.
async fn interruptible(
    work: impl Future<Output = Result<ExitCode, Error>>,
) -> Result<ExitCode, Error> {
    let mut signals = Signals::new();
    tokio::pin!(work);
    let signal = tokio::select! {
        r = &mut work => return r,
        s = signals.next() => s,
    };
    eprintln!(
        "gander: {signal}: cancelling the running statement, rolling back and releasing the lock (send it again to exit at once)"
    );
    cancel_all().await;
    tokio::select! {
        r = &mut work => {
            if let Err(e) = &r && !matches!(e, Error::Interrupted(_)) {
                eprintln!("gander: the interrupted run ended with: {e}");
            }
        }
        s = signals.next() => {
            eprintln!("error: {s} again: exiting at once");
            std::process::exit(if s == "SIGINT" { 130 } else { 143 });
        }
        () = tokio::time::sleep(GRACE) => {
            // Still running (between statements, or in a retry's backoff): cancel whatever
            // started since, and close the sessions (dropping `work`), which ends them.
            cancel_all().await;
        }
    }
    Err(Error::Interrupted(signal))
}

fn create(source: &Path, name: &str, sequential: bool, timestamp: bool) -> ExitCode {
    use commands::create::Numbering;
    let numbering = if sequential {
        let width = commands::versions_in(source)
            .ok()
            .and_then(|all| {
                all.iter()
                    .rev()
                    .find(|(v, _)| !commands::Civil::is_timestamp(*v))
                    .map(|(_, n)| n.split('_').next().unwrap_or("").len())
            })
            .unwrap_or(5);
        Numbering::Sequential { width }
    } else if timestamp {
        Numbering::Timestamp
    } else {
        Numbering::Detect
    };
    match commands::create::create(source, name, numbering) {
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

fn fix(source: &Path) -> ExitCode {
    match commands::fix::fix(source) {
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

fn check(source: &Path, assume: &[gander::Assumption]) -> ExitCode {
    check_printed(source, assume).0
}

/// Prints every diagnostic and the summary; returns the exit code and the set that was read.
fn check_printed(source: &Path, assume: &[gander::Assumption]) -> (ExitCode, MigrationSet) {
    let started = Instant::now();
    let display = source.to_string_lossy();
    let options = gander::CheckOptions {
        assume: assume.to_vec(),
        ..gander::CheckOptions::default()
    };
    let checked = gander::check_dir_with(source, &display, &options);
    let elapsed = started.elapsed();
    let diags = &checked.diagnostics;
    if !diags.has_errors() && checked.set.is_empty() {
        eprintln!("error: {}", Error::EmptySource(display.to_string()));
        return (ExitCode::FAILURE, checked.set);
    }
    if !diags.0.is_empty() {
        print!("{}", diags.render());
    }
    println!(
        "{display}: {}; {} error(s), {} warning(s) ({:.1} ms, of which the schema model {:.1} ms)",
        checked.summary(),
        diags.error_count(),
        diags.warning_count(),
        elapsed.as_secs_f64() * 1000.0,
        checked.schema.elapsed.as_secs_f64() * 1000.0
    );
    if diags.has_errors() {
        (ExitCode::FAILURE, checked.set)
    } else {
        (ExitCode::SUCCESS, checked.set)
    }
}

/// `gander schema`: the model after a version, or one migration's changes.
fn schema(source: Option<&Path>, at: Option<u64>, diff: Option<u64>) -> ExitCode {
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
    let replayed = gander_core::model::replay(&set);
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

fn serve() -> ExitCode {
    match gander::ephemeral::EphemeralServer::start() {
        Ok(server) => {
            println!("{}", server.url());
            let _ = std::io::Write::flush(&mut std::io::stdout());
            let mut sink = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut sink);
            drop(server);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn common(cmd: &Command) -> &Common {
    match cmd {
        Command::Migrate { common, .. }
        | Command::Down { common, .. }
        | Command::Redo { common }
        | Command::Status { common, .. }
        | Command::Baseline { common, .. }
        | Command::Repair { common }
        | Command::Wait { common, .. }
        | Command::DumpSchema { common } => common,
        Command::Goose { .. } | Command::Create { .. } | Command::Fix { .. } => {
            unreachable!("handled before the runtime starts")
        }
        Command::Check { .. }
        | Command::Serve
        | Command::Schema { .. }
        | Command::Testdb { .. }
        | Command::KubeDouble { .. } => {
            unreachable!("handled before connecting")
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
        assume,
    } = &cmd
    {
        return check_on_server(source, database_url.as_deref(), *ephemeral, assume).await;
    }
    if let Command::DumpSchema { common } = &cmd {
        return dump_schema(common).await.map(|()| ExitCode::SUCCESS);
    }
    if let Command::Testdb {
        source,
        fail,
        bench,
        bench_hold,
    } = &cmd
    {
        return testdb(source, *fail, *bench, *bench_hold)
            .await
            .map(|()| ExitCode::SUCCESS);
    }
    if let Command::KubeDouble {
        namespaces,
        backend,
    } = &cmd
    {
        return kube_double(*namespaces, *backend)
            .await
            .map(|()| ExitCode::SUCCESS);
    }
    let common = common(&cmd);
    let set = common.set()?;
    if let Command::Wait {
        at_least, timeout, ..
    } = &cmd
    {
        let target = common.target()?;
        return commands::wait::wait(
            &target,
            &set,
            common.options(),
            *at_least,
            std::time::Duration::from_secs(*timeout),
        )
        .await
        .map(|_| ExitCode::SUCCESS);
    }
    let after = match &cmd {
        Command::Migrate { .. } => common.after()?,
        _ => AfterMigrate::none(),
    };
    if let Some(selector) = &common.kube.namespace_selector {
        let template = gander::kube::NamespaceTarget {
            kubeconfig: common.kube.kubeconfig.clone(),
            context: common.kube.context.clone(),
            ..gander::kube::NamespaceTarget::new("")
        };
        let mut names = gander::kube::namespaces_matching(&template, selector).await?;
        if names.is_empty() && common.kube.namespaces.is_empty() {
            return Err(Error::Kubernetes {
                namespace: selector.clone(),
                message: "no namespace matches the selector".into(),
            });
        }
        names.retain(|n| !common.kube.namespaces.contains(n));
        let mut all = common.kube.namespaces.clone();
        all.extend(names);
        return migrate_namespaces(&cmd, common, &set, all).await;
    }
    if common.kube.namespaces.len() > 1
        || (common.kube.namespaces.len() == 1
            && matches!(cmd, Command::Migrate { dry_run: false, .. }))
    {
        return migrate_namespaces(&cmd, common, &set, common.kube.namespaces.clone()).await;
    }
    let target = common.target()?;
    let progress = Progress::stderr();
    let conn = target.connect_with(&progress).await?;
    cancel_on_signal(&conn);
    progress.line(&format!(
        "gander: {} ({} migrations in the set)",
        conn.describe(),
        set.len()
    ));
    let migrator = Migrator::new(&set)
        .with_options(common.options())
        .with_watcher(conn.config().cloned())
        .with_progress(progress)
        .with_after_migrate(after);
    let client = &conn.client;
    match &cmd {
        Command::Migrate {
            to,
            dry_run: true,
            format,
            ..
        } => {
            let plan = migrator.plan(client, to.map(Version::new)).await?;
            match format {
                PlanFormat::Text => print_plan(&plan),
                PlanFormat::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&plan).unwrap_or_default()
                ),
                PlanFormat::Sql => print_sql(&plan),
            }
        }
        Command::Migrate {
            format: PlanFormat::Sql,
            ..
        } => {
            return Err(Error::Unsupported(
                "--format sql prints a plan: it needs --dry-run".into(),
            ));
        }
        Command::Migrate { to, format, .. } => {
            let started = Instant::now();
            let before = census(client).await;
            let report = migrator.migrate(client, to.map(Version::new)).await?;
            let after = census(client).await;
            if *format == PlanFormat::Json {
                println!("{}", commands::json::report(&report, conn.describe()));
            } else {
                println!(
                    "{}",
                    summary(&report, conn.describe(), before, after, started.elapsed())
                );
            }
        }
        Command::Down {
            to, dry_run: true, ..
        } => {
            print_plan(&migrator.plan_down(client, to.map(Version::new)).await?);
        }
        Command::Down { to, .. } => {
            let report = migrator.down(client, to.map(Version::new)).await?;
            println!(
                "rolled back {} migration(s); version {} -> {}",
                report.rolled_back.len(),
                report.from,
                report.to
            );
        }
        Command::Redo { .. } => {
            let report = migrator.redo(client).await?;
            println!("redone version {}", report.to);
        }
        Command::Status { format, .. } => {
            let status = migrator.status(client).await?;
            match format {
                Format::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&status).unwrap_or_default()
                ),
                Format::Text => {
                    println!(
                        "current version {}, latest in the set {}",
                        status.current, status.latest
                    );
                    if status.highest != status.current {
                        println!(
                            "note: the highest applied version is {} (what goose's Provider API reports); the current version is goose CLI's, the newest applied row: migrations were applied out of order, and down/redo start from {}",
                            status.highest, status.current
                        );
                    }
                    for v in &status.versions {
                        let extra = match (v.state, v.units_done, v.units) {
                            (gander::VersionState::Partial, Some(done), Some(n)) => format!(
                                "  NO TRANSACTION: an earlier run stopped after {done} of {n} unit(s), which stay applied"
                            ),
                            _ if v.checksum_stale => {
                                "  re-applied by goose after gander: checksum not compared".into()
                            }
                            _ => String::new(),
                        };
                        println!(
                            "{:>8}  {:<8}  {}{}{extra}",
                            v.version.to_string(),
                            format!("{:?}", v.state).to_lowercase(),
                            v.path.as_deref().unwrap_or("(not in the set)"),
                            v.applied_at
                                .as_deref()
                                .map(|a| format!("  applied {a}"))
                                .unwrap_or_default()
                        );
                    }
                }
            }
        }
        Command::Baseline { version, .. } => {
            let report = migrator.baseline(client, Version::new(*version)).await?;
            println!(
                "baselined at {version}: {} version(s) recorded without running",
                report.applied.len()
            );
        }
        Command::Repair { .. } => {
            let changed = migrator.repair(client).await?;
            println!("repaired {} checksum(s)", changed.len());
        }
        Command::Check { .. }
        | Command::Serve
        | Command::Schema { .. }
        | Command::DumpSchema { .. }
        | Command::Testdb { .. }
        | Command::KubeDouble { .. }
        | Command::Goose { .. }
        | Command::Create { .. }
        | Command::Fix { .. }
        | Command::Wait { .. } => {}
    }
    Ok(ExitCode::SUCCESS)
}

/// `migrate` over namespaces, `--parallel` at a time; one line per namespace at the end; exit
/// code 1 if any failed.
async fn migrate_namespaces(
    cmd: &Command,
    common: &Common,
    set: &MigrationSet,
    namespaces: Vec<String>,
) -> Result<ExitCode, Error> {
    let Command::Migrate { to: None, .. } = cmd else {
        return Err(Error::Kubernetes {
            namespace: common.kube.namespaces.join(","),
            message: "several namespaces work with `migrate` (without --to or --dry-run) only; name one namespace for the other commands".into(),
        });
    };
    let targets = common.kube.targets_for(&namespaces);
    let started = Instant::now();
    let progress = std::sync::Arc::new(Progress::stderr());
    let after = common.after()?;
    let results = gander::kube::migrate_namespaces_with(
        set,
        &targets,
        &common.options(),
        &after,
        common.kube.parallel,
        progress,
    )
    .await;
    let mut failed = 0;
    if let Command::Migrate {
        format: PlanFormat::Json,
        ..
    } = cmd
    {
        let all: Vec<serde_json::Value> = results
            .iter()
            .map(|r| match &r.result {
                Ok(report) => {
                    let mut v = commands::json::report(report, &r.namespace);
                    v["namespace"] = serde_json::json!(r.namespace);
                    v
                }
                Err(e) => serde_json::json!({
                    "ok": false,
                    "namespace": r.namespace,
                    "error": commands::json::error(e, Some(&r.namespace)),
                }),
            })
            .collect();
        let ok = results.iter().all(|r| r.result.is_ok());
        let first = results.iter().find_map(|r| {
            r.result
                .as_ref()
                .err()
                .map(|e| commands::json::error(e, Some(&r.namespace)))
        });
        let mut out = serde_json::json!({ "ok": ok, "namespaces": all });
        if let Some(e) = first {
            out["error"] = e;
        }
        println!("{out}");
        for r in &results {
            if let Err(e) = &r.result {
                eprintln!("error: {}: {e}", r.namespace);
            }
        }
        return Ok(if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        });
    }
    println!(
        "{} namespace(s) in {:.2} s:",
        results.len(),
        started.elapsed().as_secs_f64()
    );
    for r in &results {
        match &r.result {
            Ok(report) => println!(
                "  {:<24} ok      version {:>6}  {:>3} applied  {:>8.1} ms",
                r.namespace,
                report.to.to_string(),
                report.applied.len(),
                r.duration.as_secs_f64() * 1000.0
            ),
            Err(e) => {
                failed += 1;
                let first = e.to_string();
                let first = first.lines().next().unwrap_or("");
                println!("  {:<24} FAILED  {first}", r.namespace);
            }
        }
    }
    for r in &results {
        if let Err(e) = &r.result {
            eprintln!("error: {}: {e}", r.namespace);
        }
    }
    if failed > 0 {
        eprintln!("error: {failed} of {} namespace(s) failed", results.len());
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// Static checks, then the round trip on a server.
async fn check_on_server(
    source: &Path,
    url: Option<&str>,
    ephemeral: bool,
    assume: &[gander::Assumption],
) -> Result<ExitCode, Error> {
    let (code, set) = check_printed(source, assume);
    if code != ExitCode::SUCCESS {
        return Ok(code);
    }
    let target = if ephemeral {
        Target::Ephemeral
    } else {
        Target::Url(url.unwrap_or_default().to_string())
    };
    let started = Instant::now();
    let (server, _keep) = server_for(&target).await?;
    let progress = Progress::stderr();
    // On a signal the scratch database is dropped before the run returns.
    let mut signals = Signals::new();
    let trip = gander::verify::round_trip_until(&server, &set, &progress, signals.next()).await?;
    println!(
        "{}: round trip on a real server passed: {} migrations up, down and up again, {} schema facts compared ({:.2} s)",
        source.display(),
        trip.migrations,
        trip.facts,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// The connection settings of the target's server; for a throwaway server, also the connection
/// that keeps it alive.
async fn server_for(
    target: &Target,
) -> Result<(gander::PgConfig, Option<gander::Connection>), Error> {
    match target {
        Target::Url(url) => Ok((
            gander::PgConfig::parse(url, |k| std::env::var(k).ok())?,
            None,
        )),
        Target::Ephemeral => {
            let conn = target.connect().await?;
            let url = conn.ephemeral().map(|s| s.url()).unwrap_or_default();
            Ok((gander::PgConfig::parse(&url, |_| None)?, Some(conn)))
        }
        _ => Err(Error::Unsupported(
            "this command creates a scratch database on a server: name one with --database-url or --ephemeral".into(),
        )),
    }
}

async fn kube_double(namespaces: usize, backend: std::net::SocketAddr) -> Result<(), Error> {
    let io = |e: std::io::Error| Error::Io {
        context: "API-server double".into(),
        source: e,
    };
    let double = gander::testing::ApiServerDouble::start()
        .await
        .map_err(io)?;
    for i in 1..=namespaces {
        let ns = format!("ns{i}");
        double.add_namespace(&ns);
        double.add_pod(&ns, "postgresql-0", "app=postgresql", backend, 0);
    }
    let path =
        std::env::temp_dir().join(format!("gander-double-{}.kubeconfig", std::process::id()));
    std::fs::write(&path, double.kubeconfig("ns1")).map_err(io)?;
    println!("{}", path.display());
    let _ = std::io::Write::flush(&mut std::io::stdout());
    // Serve until stdin closes.
    let mut stdin = tokio::io::stdin();
    let mut sink = Vec::new();
    let _ = tokio::io::AsyncReadExt::read_to_end(&mut stdin, &mut sink).await;
    let _ = std::fs::remove_file(&path);
    Ok(())
}

async fn testdb(source: &Path, fail: bool, bench: Option<usize>, hold: u64) -> Result<(), Error> {
    use gander::testing::TestDatabase;
    let set = gander::load_dir(source)?;
    if let Some(n) = bench {
        let warm = TestDatabase::new(&set).await?;
        drop(warm);
        // 8 tests at once, as the test harness runs them: each on a thread with a runtime of
        // its own, timing `TestDatabase::new`, then connecting and holding the database for
        // the test's body (`--bench-hold` ms of server time), then dropping it.
        let per = n.div_ceil(8);
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let set = set.clone();
                std::thread::spawn(move || -> Result<Vec<f64>, Error> {
                    let rt = gander::testing::__runtime();
                    rt.block_on(async {
                        let mut took = Vec::with_capacity(per);
                        for _ in 0..per {
                            let t = Instant::now();
                            let db = TestDatabase::new(&set).await?;
                            took.push(t.elapsed().as_secs_f64() * 1000.0);
                            let conn = db.connect().await?;
                            let body = format!("SELECT pg_sleep({})", hold as f64 / 1000.0);
                            conn.client
                                .batch_execute(&body)
                                .await
                                .map_err(|e| Error::Unsupported(e.to_string()))?;
                            drop(conn);
                            drop(db);
                        }
                        Ok(took)
                    })
                })
            })
            .collect();
        let mut parallel = Vec::with_capacity(n);
        for t in threads {
            let took = t
                .join()
                .map_err(|_| Error::Unsupported("a bench thread panicked".into()))??;
            parallel.extend(took);
        }
        let mut reapply = Vec::new();
        for _ in 0..(n / 6).max(3) {
            let t = Instant::now();
            let db = TestDatabase::empty("reapply").await?;
            let conn = db.connect().await?;
            Migrator::new(&set).migrate(&conn.client, None).await?;
            reapply.push(t.elapsed().as_secs_f64() * 1000.0);
            drop(conn);
            drop(db);
        }
        let pct = |v: &mut Vec<f64>, p: f64| {
            v.sort_by(|a, b| a.total_cmp(b));
            v[((v.len() - 1) as f64 * p).round() as usize]
        };
        println!(
            "{{\"clone_p50\": {:.1}, \"clone_p95\": {:.1}, \"reapply_p50\": {:.1}, \"clones\": {}, \"reapplies\": {}}}",
            pct(&mut parallel, 0.5),
            pct(&mut parallel, 0.95),
            pct(&mut reapply, 0.5),
            parallel.len(),
            reapply.len()
        );
        return Ok(());
    }
    let db = TestDatabase::new(&set).await?;
    println!(
        "database {} template built: {}",
        db.name(),
        db.built_template()
    );
    if fail {
        panic!("failing on purpose while holding {}", db.name());
    }
    Ok(())
}

/// Migrates a scratch database and prints its normalised `pg_dump --schema-only`.
async fn dump_schema(common: &Common) -> Result<(), Error> {
    let set = common.set()?;
    let target = common.target()?;
    let (server, _keep) = server_for(&target).await?;
    let dump = gander::verify::dump_schema(&server, &set).await?;
    print!("{dump}");
    Ok(())
}

fn print_plan(plan: &[gander::PlannedMigration]) {
    if plan.is_empty() {
        println!("nothing would run");
    }
    for m in plan {
        println!(
            "-- would {} {} ({})",
            if m.direction == "up" {
                "apply"
            } else {
                "roll back"
            },
            m.path,
            if m.no_transaction {
                "each statement on its own"
            } else {
                "one transaction"
            }
        );
        for u in &m.units {
            println!("-- line {}\n{}\n", u.line, u.sql);
        }
    }
}

/// A psql script of the plan: each transactional migration inside BEGIN/COMMIT, each unit of a
/// NO TRANSACTION migration on its own.
fn print_sql(plan: &[gander::PlannedMigration]) {
    for m in plan {
        println!("-- {}", m.path);
        if !m.no_transaction {
            println!("BEGIN;");
        }
        for u in &m.units {
            let sql = u.sql.trim_end();
            println!("{sql}{}", if sql.ends_with(';') { "" } else { ";" });
        }
        if !m.no_transaction {
            println!("COMMIT;");
        }
    }
}

/// Tables (of which partitioned) and partitions outside the system schemas.
#[derive(Clone, Copy, Debug, Default)]
struct Census {
    tables: i64,
    partitioned: i64,
    partitions: i64,
}

async fn census(client: &tokio_postgres::Client) -> Census {
    let sql = "SELECT count(*) FILTER (WHERE NOT c.relispartition), \
               count(*) FILTER (WHERE c.relkind = 'p' AND NOT c.relispartition), \
               count(*) FILTER (WHERE c.relispartition) \
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
               WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') \
               AND n.nspname NOT LIKE 'pg_toast%' AND c.relname NOT LIKE 'goose_db_version%'";
    let rows = client.simple_query(sql).await.unwrap_or_default();
    let Some(row) = rows.iter().find_map(|m| match m {
        tokio_postgres::SimpleQueryMessage::Row(r) => Some(r),
        _ => None,
    }) else {
        return Census::default();
    };
    let n = |i: usize| row.get(i).and_then(|v| v.parse().ok()).unwrap_or(0);
    Census {
        tables: n(0),
        partitioned: n(1),
        partitions: n(2),
    }
}

fn summary(
    report: &gander::Report,
    target: &str,
    before: Census,
    after: Census,
    took: std::time::Duration,
) -> String {
    let mut out = String::new();
    if report.up_to_date {
        out.push_str(&format!(
            "{target} is up to date at version {}\n",
            report.to
        ));
    } else {
        out.push_str(&format!(
            "applied {} migration(s) to {target}:\n",
            report.applied.len()
        ));
        for a in &report.applied {
            let file = a.path.rsplit('/').next().unwrap_or(&a.path);
            out.push_str(&format!(
                "  {file:<52} {:>9.1} ms\n",
                a.duration.as_secs_f64() * 1000.0
            ));
        }
        out.push_str(&format!(
            "created {} table(s) ({} partitioned) and {} partition(s)\n",
            after.tables - before.tables,
            after.partitioned - before.partitioned,
            after.partitions - before.partitions
        ));
    }
    out.push_str(&format!(
        "version {} -> {} in {:.2} s",
        report.from,
        report.to,
        took.as_secs_f64()
    ));
    out
}
