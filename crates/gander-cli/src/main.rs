//! The `gander` command-line tool.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

/// gander: goose-compatible PostgreSQL migrations, checked before they run.
#[derive(Debug, Parser)]
#[command(name = "gander", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a migration folder: file names, goose directives, statement splitting, goose-split
    /// hazards, transaction rules and syntax. Prints every diagnostic; exit code 1 on any error.
    Check {
        /// The folder of goose `.sql` migrations.
        #[arg(long, default_value = "migrations")]
        source: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { source } => check(&source),
    }
}

fn check(source: &std::path::Path) -> ExitCode {
    let started = Instant::now();
    let display = source.to_string_lossy();
    let checked = gander_core::check_dir(source, &display);
    let elapsed = started.elapsed();
    let diags = &checked.diagnostics;
    if !diags.0.is_empty() {
        print!("{}", diags.render());
    }
    println!(
        "{display}: {}; {} error(s), {} warning(s) ({:.1} ms)",
        checked.summary(),
        diags.error_count(),
        diags.warning_count(),
        elapsed.as_secs_f64() * 1000.0
    );
    if diags.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
