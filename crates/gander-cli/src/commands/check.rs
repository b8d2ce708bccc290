//! `gander check`: the static checks of a folder (names, directives, splitting, goose-split
//! hazards, transaction rules, syntax, the schema model), then, with a server, the round trip
//! (every Up, every Down in reverse, every Up again) on a scratch database.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use gander::scratch::ScratchServer;
use gander::{Error, MigrationSet, Target};
use serde_json::json;

use crate::opt::Format;
use crate::signals::Signals;

/// The flags of `gander check`.
#[derive(Debug)]
pub struct CheckArgs<'a> {
    pub source: &'a Path,
    pub assume: &'a [gander::Assumption],
    pub format: Format,
}

/// Static checks only.
pub fn check(args: &CheckArgs<'_>) -> ExitCode {
    check_printed(args).0
}

/// Prints every diagnostic and the summary (text, or one JSON object); returns the exit code and
/// the set that was read.
fn check_printed(args: &CheckArgs<'_>) -> (ExitCode, MigrationSet) {
    let started = Instant::now();
    let display = args.source.to_string_lossy();
    let options = gander::CheckOptions {
        assume: args.assume.to_vec(),
        ..gander::CheckOptions::default()
    };
    let checked = gander::check_dir_with(args.source, &display, &options);
    let elapsed = started.elapsed();
    let diags = &checked.diagnostics;
    if !diags.has_errors() && checked.set.is_empty() {
        let e = Error::EmptySource(display.to_string());
        if args.format == Format::Json {
            println!(
                "{}",
                json!({ "ok": false, "error": super::json::error(&e, None) })
            );
        }
        crate::opt::report(&e);
        return (ExitCode::FAILURE, checked.set);
    }
    let code = if diags.has_errors() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    };
    let (total_ms, model_ms) = (
        elapsed.as_secs_f64() * 1000.0,
        checked.schema.elapsed.as_secs_f64() * 1000.0,
    );
    if args.format == Format::Json {
        println!(
            "{}",
            json!({
                "ok": !diags.has_errors(),
                "source": display,
                "summary": checked.summary(),
                "migrations": checked.set.len(),
                "errors": diags.error_count(),
                "warnings": diags.warning_count(),
                "elapsed_ms": total_ms,
                "model_ms": model_ms,
                "diagnostics": diags.render(),
            })
        );
        return (code, checked.set);
    }
    if !diags.0.is_empty() {
        print!("{}", diags.render());
    }
    println!(
        "{display}: {}; {} error(s), {} warning(s) ({total_ms:.1} ms, of which the schema model {model_ms:.1} ms)",
        checked.summary(),
        diags.error_count(),
        diags.warning_count(),
    );
    (code, checked.set)
}

/// Static checks, then the round trip on the target's server.
pub async fn check_on_server(args: &CheckArgs<'_>, target: &Target) -> Result<ExitCode, Error> {
    let (code, set) = check_printed(args);
    if code != ExitCode::SUCCESS {
        return Ok(code);
    }
    let started = Instant::now();
    let server = ScratchServer::of(target).await?;
    let progress = crate::progress::stderr();
    // On a signal the scratch database is dropped before the run returns.
    let mut signals = Signals::new();
    let trip = gander::verify::round_trip_until(&server, &set, &progress, signals.next()).await?;
    println!(
        "{}: round trip on a real server passed: {} migrations up, down and up again, {} schema facts compared ({:.2} s)",
        args.source.display(),
        trip.migrations,
        trip.facts,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
