//! The command line's options: every subcommand and flag (clap), and how the shared flags map
//! onto the runtime's target, set, after-migrate files and options.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use gander::{AfterMigrate, Error, MigrationSet, Options, Target};

/// gander: goose-compatible PostgreSQL migrations, checked before they run.
#[derive(Debug, Parser)]
#[command(name = "gander", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
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
        /// Run the round trip on the environment's server (DATABASE_URL, or the PG* variables
        /// when PGHOST is set), else on a throwaway server.
        #[arg(long, conflicts_with_all = ["database_url", "ephemeral"])]
        or_ephemeral: bool,
        /// Output format: text, or json (the summary and figures as one JSON object on stdout,
        /// the diagnostics rendered in it).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    Text,
    Json,
    Sql,
}

#[derive(Debug, Args)]
pub struct Common {
    /// A folder of migrations to use instead of the embedded Data Storage set.
    #[arg(long)]
    pub source: Option<PathBuf>,
    /// The database: a postgres:// URL or libpq key=value string (default: DATABASE_URL, or
    /// the PG* variables when PGHOST is set).
    #[arg(long, conflicts_with = "ephemeral")]
    pub database_url: Option<String>,
    /// Start a throwaway PostgreSQL from the installed binaries, migrate it, remove it.
    #[arg(long)]
    pub ephemeral: bool,
    /// When no target is named here or in the environment: a throwaway server instead of an
    /// error.
    #[arg(long)]
    pub or_ephemeral: bool,
    #[command(flatten)]
    pub kube: KubeArgs,
    /// goose's history table, optionally schema-qualified.
    #[arg(long, default_value = "goose_db_version")]
    pub table: String,
    /// Seconds to wait for the migration lock, and in all for the locks migration statements
    /// queue behind (each wait is bounded by --statement-lock-timeout and retried).
    #[arg(long, default_value_t = 300)]
    pub lock_timeout: u64,
    /// Seconds a migration statement may wait for another session's lock before its migration
    /// rolls back and is retried (PostgreSQL's lock_timeout; 0: no limit). Default: the
    /// session's lock_timeout when the connection string's options or PGOPTIONS set one, else 5.
    #[arg(long, value_name = "SECS")]
    pub statement_lock_timeout: Option<f64>,
    /// Proceed although applied files changed since they were applied.
    #[arg(long)]
    pub allow_drift: bool,
    /// Proceed although the database has versions the set lacks, and apply pending versions
    /// older than the current one (goose's --allow-missing).
    #[arg(long)]
    pub allow_missing: bool,
    /// After-migrate SQL files, run after every successful migrate in one transaction under the
    /// lock (default: `<source>/after-migrate` when that folder exists).
    #[arg(long, value_name = "DIR")]
    pub after_migrate: Option<PathBuf>,
}

/// A PostgreSQL in Kubernetes namespaces (port-forward through the API server, or the service
/// when running in the cluster). No kubectl and no psql needed.
#[derive(Debug, Args)]
pub struct KubeArgs {
    /// A namespace whose PostgreSQL to migrate; repeat for several (applied concurrently).
    #[arg(long = "namespace", value_name = "NS")]
    pub namespaces: Vec<String>,
    /// Also every namespace whose labels match this selector (`team=storage,env=e2e`).
    #[arg(long, value_name = "LABELS")]
    pub namespace_selector: Option<String>,
    /// Kubeconfig file (default: KUBECONFIG, else ~/.kube/config).
    #[arg(long)]
    pub kubeconfig: Option<PathBuf>,
    /// Kubeconfig context (default: the current one).
    #[arg(long)]
    pub context: Option<String>,
    /// Label selector of the PostgreSQL pod.
    #[arg(long, default_value = "app=postgresql")]
    pub selector: String,
    /// Service name, in the cluster.
    #[arg(long, default_value = "postgresql")]
    pub service: String,
    /// PostgreSQL's port in the pod and service.
    #[arg(long, default_value_t = 5432)]
    pub port: u16,
    /// Database (`{namespace}` in it is replaced by each namespace's name).
    #[arg(long, default_value = "postgres")]
    pub database: String,
    /// User.
    #[arg(long, default_value = "postgres")]
    pub user: String,
    /// Password from a Secret in the namespace: NAME[/KEY] (key default `password`); else
    /// PGPASSWORD.
    #[arg(long, value_name = "NAME[/KEY]")]
    pub password_secret: Option<String>,
    /// Seconds to wait for a Ready pod.
    #[arg(long, default_value_t = 60)]
    pub wait: u64,
    /// Connect to the service instead of port-forwarding (default: detected from the
    /// service-account environment).
    #[arg(long)]
    pub in_cluster: bool,
    /// Namespaces migrated at once.
    #[arg(long, default_value_t = 4)]
    pub parallel: usize,
}

impl KubeArgs {
    pub fn targets(&self) -> Vec<gander::kube::NamespaceTarget> {
        self.targets_for(&self.namespaces)
    }

    pub fn targets_for(&self, namespaces: &[String]) -> Vec<gander::kube::NamespaceTarget> {
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
    /// The target these flags name (the runtime's one choice: [`Target::choose`]).
    pub fn target(&self) -> Result<Target, Error> {
        Target::choose(gander::Choice {
            namespace: self.kube.targets().into_iter().next(),
            ephemeral: self.ephemeral,
            url: self.database_url.clone(),
            or_ephemeral: self.or_ephemeral,
        })
    }

    /// The set: `--source DIR` read and checked now (the schema model's findings printed to
    /// stderr as warnings: at run time the server decides), else the embedded Data Storage set.
    pub fn set(&self) -> Result<MigrationSet, Error> {
        let (set, findings) = self.load()?;
        print_warnings(findings);
        Ok(set)
    }

    /// The set, and its warnings to print when the command ends (the schema model replays
    /// `--source` beside the command, so that it costs the run no time).
    pub fn load(&self) -> Result<(MigrationSet, gander::Findings), Error> {
        load_source(self.source.as_deref())
    }

    /// The after-migrate files: `--after-migrate DIR`, else `<source>/after-migrate`.
    pub fn after(&self) -> Result<AfterMigrate, Error> {
        match (&self.after_migrate, &self.source) {
            (Some(dir), _) => AfterMigrate::load(dir),
            (None, Some(source)) => AfterMigrate::beside(source),
            (None, None) => Ok(AfterMigrate::none()),
        }
    }

    pub fn options(&self) -> Options {
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

impl Command {
    /// The shared database flags, for the commands that take them.
    pub fn common(&self) -> Option<&Common> {
        match self {
            Command::Migrate { common, .. }
            | Command::Down { common, .. }
            | Command::Redo { common }
            | Command::Status { common, .. }
            | Command::Baseline { common, .. }
            | Command::Repair { common }
            | Command::Wait { common, .. }
            | Command::DumpSchema { common } => Some(common),
            Command::Goose { .. }
            | Command::Create { .. }
            | Command::Fix { .. }
            | Command::Check { .. }
            | Command::Serve
            | Command::Schema { .. } => None,
        }
    }
}

/// What the CLI says when no target is named (the runtime's [`Error::NoTarget`] names no flag).
pub const NO_TARGET: &str = "no database to migrate: pass --database-url URL (or set DATABASE_URL / PGHOST), or --ephemeral for a throwaway server";

/// The flags that answer an error, in this CLI's words (the runtime's messages name none).
pub fn hint(e: &Error) -> Option<&'static str> {
    match e {
        Error::StatementLockTimeout { .. } => {
            Some("--lock-timeout SECS bounds the retries, --statement-lock-timeout SECS each wait")
        }
        Error::EmptySource(_) => Some("check --source (it is relative to the working directory)"),
        Error::Drift(_) => Some(
            "`gander repair` rewrites the stored checksums after a deliberate edit; --allow-drift proceeds anyway",
        ),
        Error::Missing(_) | Error::OutOfOrder { .. } => {
            Some("--allow-missing proceeds (goose's --allow-missing)")
        }
        Error::WaitTimeout { .. } => {
            Some("`gander status` shows the history; --timeout SECS waits longer")
        }
        _ => None,
    }
}

/// Prints `error: …` and, when the CLI has one, the flag that answers it.
pub fn report(e: &Error) {
    eprintln!("error: {e}");
    if let Some(h) = hint(e) {
        eprintln!("help: {h}");
    }
}

/// A usage error, the CLI's own (the runtime has none): printed, exit code 2.
pub fn usage(message: &str) -> std::process::ExitCode {
    eprintln!("error: {message}");
    std::process::ExitCode::from(2)
}

/// Prints the warnings of a loaded set to stderr, once they are all known.
pub fn print_warnings(findings: gander::Findings) {
    let warnings = findings.wait();
    if !warnings.0.is_empty() {
        eprint!("{}", warnings.render());
    }
}

/// [`Common::load`] of `--source` (`None`: the embedded Data Storage set), for a thread of its
/// own.
pub fn load_source(
    source: Option<&std::path::Path>,
) -> Result<(MigrationSet, gander::Findings), Error> {
    match source {
        Some(dir) => gander::load_deferred(dir),
        None => Ok((
            datastorage_schema::MIGRATIONS.clone(),
            gander::Findings::default(),
        )),
    }
}
