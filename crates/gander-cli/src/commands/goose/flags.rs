//! goose's flags, parsed the way Go's `flag` package and goose's `xflag.ParseToEnd` do, its
//! usage text, Go's durations, its log lines, and its environment (with a `.env` file).

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::time::Duration;

use crate::commands::Civil;

pub(super) const BOOL_FLAGS: &[&str] = &[
    "v",
    "h",
    "help",
    "version",
    "s",
    "allow-missing",
    "no-versioning",
    "no-color",
];
pub(super) const VALUE_FLAGS: &[&str] = &[
    "dir", "table", "certfile", "ssl-cert", "ssl-key", "timeout", "env",
];

/// goose's flags, as given.
#[derive(Debug, Default)]
pub(super) struct Flags {
    pub(super) dir: Option<String>,
    pub(super) table: Option<String>,
    pub(super) verbose: bool,
    pub(super) help: bool,
    pub(super) version: bool,
    pub(super) sequential: bool,
    pub(super) allow_missing: bool,
    pub(super) no_versioning: bool,
    pub(super) timeout: Option<Duration>,
    pub(super) env: Option<String>,
}

/// A line on stderr the way goose's `log.Printf` writes it.
pub(super) fn log(line: &str) {
    eprintln!("{}{line}", Civil::now().log_prefix());
}

/// goose's `log.Fatalf`: the message, exit code 1.
pub(super) fn fatal(line: &str) -> ExitCode {
    log(line);
    ExitCode::from(1)
}

pub(super) fn usage() -> String {
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
pub(super) fn parse_bool(s: &str) -> Option<bool> {
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
pub(super) fn go_duration(d: Duration) -> String {
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

pub(super) enum Parsed {
    Run(Flags, Vec<String>),
    Exit(ExitCode),
}

/// Go's `flag` rules, flags allowed anywhere (goose's `xflag.ParseToEnd`); `--` ends them.
pub(super) fn parse_flags(args: &[String]) -> Parsed {
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
pub(super) struct Env {
    file: BTreeMap<String, String>,
}

impl Env {
    pub(super) fn load(flag: Option<&str>) -> Result<Env, String> {
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
    pub(super) fn get(&self, key: &str) -> Option<String> {
        std::env::var(key)
            .ok()
            .filter(|v| !v.is_empty())
            .or_else(|| self.file.get(key).cloned().filter(|v| !v.is_empty()))
    }
}

/// Runs goose's command line; `args` excludes the program name.
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
