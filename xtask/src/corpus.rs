//! `cargo xtask corpus`: the differential oracle. Each public goose set of the manifest is read
//! from its git mirror by commit (never committed here), checked by gander, and sent unit by unit
//! to a scratch database of a real PostgreSQL exactly as goose sends it (Up, Down in reverse, Up
//! again). The two verdicts are held against each other (false rejections, misses), and the
//! schema model after the first Up is compared with the catalog.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::str::FromStr;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use gander_core::model::SchemaModel;
use gander_core::{Code, Diagnostic, MigrationSet, Unit, panic_message};
use serde::{Deserialize, Serialize};
use xshell::Shell;

use crate::flags;

/// How many differences of one set the text output prints.
const SHOWN_DIFFS: usize = 10;

#[derive(Deserialize)]
struct Manifest {
    #[serde(default)]
    set: Vec<Entry>,
}

#[derive(Deserialize, Clone)]
struct Entry {
    repo: String,
    commit: String,
    folder: String,
    files: Option<usize>,
}

/// Where PostgreSQL refused a unit.
#[derive(Serialize, Clone, Debug)]
struct Rejection {
    phase: &'static str,
    file: String,
    line: u32,
    sqlstate: String,
    message: String,
}

#[derive(Serialize, Debug)]
struct Phase {
    name: &'static str,
    /// Units sent (the rejected one included).
    sent: usize,
    /// `ok`, `fails`, or `skipped` (an earlier phase failed).
    verdict: &'static str,
}

/// A gander error where PostgreSQL accepts the unit.
#[derive(Serialize, Debug)]
struct FalseRejection {
    file: String,
    line: u32,
    code: String,
    message: String,
    postgres: String,
}

/// A unit PostgreSQL rejects where gander has no error.
#[derive(Serialize, Debug)]
struct Miss {
    kind: &'static str,
    #[serde(flatten)]
    rejection: Rejection,
}

/// An error of goose's own rules (file names, directives, goose's split), which PostgreSQL cannot
/// judge: listed, not counted as a false rejection.
#[derive(Serialize, Debug)]
struct GooseRule {
    file: String,
    line: u32,
    code: String,
    message: String,
}

#[derive(Serialize, Debug, Default)]
struct ModelVerdict {
    /// The version the model was compared at (the last one PostgreSQL applied).
    at_version: Option<u64>,
    objects: usize,
    differences: Vec<String>,
}

#[derive(Serialize, Debug)]
struct SetReport {
    repo: String,
    commit: Option<String>,
    folder: String,
    /// `None` when the set ran; otherwise why it could not.
    not_available: Option<String>,
    files: usize,
    units: usize,
    statements: usize,
    /// A panic inside gander's check.
    crash: Option<String>,
    errors: usize,
    warnings: usize,
    uncertain_warnings: usize,
    /// Whether the schema model ran (gander runs it only when nothing else is wrong).
    model_checked: bool,
    phases: Vec<Phase>,
    rejection: Option<Rejection>,
    false_rejections: Vec<FalseRejection>,
    confirmed: usize,
    unjudged: usize,
    goose_rules: Vec<GooseRule>,
    misses: Vec<Miss>,
    model: Option<ModelVerdict>,
    check_ms: u128,
    postgres_ms: u128,
}

impl SetReport {
    fn new(repo: &str, commit: Option<&str>, folder: &str) -> Self {
        SetReport {
            repo: repo.to_string(),
            commit: commit.map(str::to_string),
            folder: folder.to_string(),
            not_available: None,
            files: 0,
            units: 0,
            statements: 0,
            crash: None,
            errors: 0,
            warnings: 0,
            uncertain_warnings: 0,
            model_checked: false,
            phases: Vec::new(),
            rejection: None,
            false_rejections: Vec::new(),
            confirmed: 0,
            unjudged: 0,
            goose_rules: Vec::new(),
            misses: Vec::new(),
            model: None,
            check_ms: 0,
            postgres_ms: 0,
        }
    }

    fn syntax_misses(&self) -> usize {
        self.misses.iter().filter(|m| m.kind == "syntax").count()
    }
}

#[derive(Serialize, Debug, Default)]
struct Totals {
    sets: usize,
    available: usize,
    files: usize,
    units: usize,
    statements: usize,
    errors: usize,
    false_rejections: usize,
    confirmed: usize,
    unjudged: usize,
    goose_rule_errors: usize,
    syntax_misses: usize,
    runtime_only_misses: usize,
    crashes: usize,
    model_equal_sets: usize,
    model_compared_sets: usize,
    uncertain_warnings: usize,
    uncertain_per_1000_statements: f64,
}

#[derive(Serialize, Debug)]
struct Report {
    sets: Vec<SetReport>,
    totals: Totals,
}

impl flags::Corpus {
    pub(crate) fn run(self, _sh: &Shell) -> Result<()> {
        let json = match self.format.as_deref() {
            None | Some("text") => false,
            Some("json") => true,
            Some(other) => bail!("unknown --format `{other}`: use `text` or `json`"),
        };
        let root = crate::project_root();
        let mirrors = self
            .mirrors
            .clone()
            .or_else(|| std::env::var_os("GANDER_CORPUS_MIRRORS").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("/work/.mirror"));
        let target = std::env::var("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|_| root.join("target"));
        let scratch_root = target.join("corpus-sets");
        let url = std::env::var("DATABASE_URL")
            .ok()
            .filter(|u| !u.is_empty())
            .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/postgres".to_string());
        let mut server = Server::connect(&url)?;

        let mut reports = Vec::new();
        if self.dirs.is_empty() {
            let path = self
                .manifest
                .clone()
                .unwrap_or_else(|| root.join("corpus/manifest.toml"));
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read the manifest {}", path.display()))?;
            let manifest: Manifest = toml::from_str(&text)
                .with_context(|| format!("{} is not a valid manifest", path.display()))?;
            let entries: Vec<Entry> = manifest
                .set
                .into_iter()
                .filter(|e| {
                    self.only
                        .as_deref()
                        .is_none_or(|o| o.eq_ignore_ascii_case(&e.repo))
                })
                .collect();
            if entries.is_empty() {
                bail!(
                    "no set to run: {} has no [[set]]{}",
                    path.display(),
                    self.only
                        .as_deref()
                        .map_or(String::new(), |o| format!(" for --only {o}"))
                );
            }
            for entry in entries {
                if !json {
                    eprintln!("corpus: {} …", entry.repo);
                }
                let report = run_entry(&entry, &mirrors, &scratch_root, &mut server);
                if !json {
                    println!("{}", summary_line(&report));
                }
                reports.push(report);
            }
        } else {
            for dir in &self.dirs {
                let shown = dir.display().to_string();
                let mut report = SetReport::new(&shown, None, &shown);
                if dir.is_dir() {
                    run_folder(&mut report, dir, &shown, &mut server);
                } else {
                    report.not_available = Some(format!("{shown} is not a folder"));
                }
                if !json {
                    println!("{}", summary_line(&report));
                }
                reports.push(report);
            }
        }
        let totals = totals(&reports);
        let report = Report {
            sets: reports,
            totals,
        };
        if json {
            println!("{}", serde_json::to_string_pretty(&report)?);
        } else {
            print!("{}", details(&report));
        }
        let t = &report.totals;
        if t.available == 0 {
            bail!(
                "no set was available: no mirror under {} (set --mirrors DIR or GANDER_CORPUS_MIRRORS)",
                mirrors.display()
            );
        }
        if t.false_rejections > 0 || t.crashes > 0 || t.syntax_misses > 0 {
            bail!(
                "{} false rejections, {} crashes, {} syntax misses",
                t.false_rejections,
                t.crashes,
                t.syntax_misses
            );
        }
        Ok(())
    }
}

/// Extracts one manifest set from its mirror into a temp dir under `target/` and runs it.
fn run_entry(entry: &Entry, mirrors: &Path, scratch_root: &Path, server: &mut Server) -> SetReport {
    let mut report = SetReport::new(&entry.repo, Some(&entry.commit), &entry.folder);
    let git_dir = mirrors.join(entry.repo.replace('/', "+")).join("repo");
    if !git_dir.is_dir() {
        report.not_available = Some(format!("no mirror at {}", git_dir.display()));
        return report;
    }
    let tmp = scratch_root.join(entry.repo.replace('/', "+"));
    let _ = std::fs::remove_dir_all(&tmp);
    match extract(&git_dir, &entry.commit, &entry.folder, &tmp) {
        Ok(()) => {
            let dir = tmp.join(&entry.folder);
            run_folder(&mut report, &dir, &entry.folder, server);
            if let Some(expected) = entry.files
                && report.not_available.is_none()
                && expected != report.files
            {
                eprintln!(
                    "corpus: {}: the manifest says {expected} files, the folder has {}",
                    entry.repo, report.files
                );
            }
        }
        Err(e) => report.not_available = Some(format!("{e:#}")),
    }
    let _ = std::fs::remove_dir_all(&tmp);
    report
}

/// `git --git-dir=… archive <commit> <folder> | tar -x -C <tmp>`.
fn extract(git_dir: &Path, commit: &str, folder: &str, tmp: &Path) -> Result<()> {
    std::fs::create_dir_all(tmp)?;
    let known = Command::new("git")
        .arg("--git-dir")
        .arg(git_dir)
        .args(["cat-file", "-e", &format!("{commit}^{{commit}}")])
        .stderr(Stdio::null())
        .status()?;
    if !known.success() {
        bail!("commit {commit} is not in the mirror {}", git_dir.display());
    }
    let mut git = Command::new("git")
        .arg("--git-dir")
        .arg(git_dir)
        .args(["archive", "--format=tar", commit, "--", folder])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot run git")?;
    let stdout = git.stdout.take().context("git archive has no stdout")?;
    let tar = Command::new("tar")
        .arg("-x")
        .arg("-C")
        .arg(tmp)
        .stdin(stdout)
        .status()
        .context("cannot run tar")?;
    let git = git.wait_with_output()?;
    if !git.status.success() {
        bail!(
            "git archive {commit} {folder}: {}",
            String::from_utf8_lossy(&git.stderr).trim()
        );
    }
    if !tar.success() {
        bail!("tar could not extract {folder} of {commit}");
    }
    Ok(())
}

/// The codes of goose's own rules: a real server cannot say whether they hold.
fn goose_rule(code: Code) -> bool {
    matches!(
        code,
        Code::Io
            | Code::BadFileName
            | Code::BadExtension
            | Code::VersionZero
            | Code::VersionOverflow
            | Code::DuplicateVersion
            | Code::GoMigration
            | Code::NotUtf8
            | Code::ByteOrderMark
            | Code::UnknownDirective
            | Code::IndentedDirective
            | Code::TwoDirectives
            | Code::MissingUp
            | Code::DuplicateUp
            | Code::DuplicateDown
            | Code::DownBeforeUp
            | Code::SqlBeforeUp
            | Code::UnclosedBlock
            | Code::StrayStatementEnd
            | Code::NestedBlock
            | Code::GooseSplit
            | Code::MissingSemicolon
            | Code::TransactionControl
            | Code::Envsub
            | Code::EmptyUp
    )
}

/// Which unit: migration index, Down section or not, unit index.
type UnitKey = (usize, bool, usize);

/// Checks one folder and runs it on the server; fills `report`.
fn run_folder(report: &mut SetReport, dir: &Path, shown: &str, server: &mut Server) {
    report.files = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .filter(|e| e.path().is_file())
                .filter(|e| e.file_name().to_string_lossy().ends_with(".sql"))
                .count()
        })
        .unwrap_or(0);
    let started = Instant::now();
    let checked = catch_unwind(AssertUnwindSafe(|| gander_core::check_dir(dir, shown)));
    let checked = match checked {
        Ok(c) => c,
        Err(panic) => {
            report.crash = Some(panic_message(&*panic));
            return;
        }
    };
    // Every state of the model, to compare it where PostgreSQL stopped (gander keeps only the
    // last one).
    let replayed = catch_unwind(AssertUnwindSafe(|| {
        gander_core::model::replay(&checked.set)
    }));
    report.check_ms = started.elapsed().as_millis();
    let replayed = match replayed {
        Ok(r) => r,
        Err(panic) => {
            report.crash = Some(format!("model replay: {}", panic_message(&*panic)));
            return;
        }
    };
    let set = &checked.set;
    let diags = &checked.diagnostics.0;
    report.errors = checked.diagnostics.error_count();
    report.warnings = checked.diagnostics.warning_count();
    report.uncertain_warnings = diags
        .iter()
        .filter(|d| d.code == Code::UncertainReference)
        .count();
    report.model_checked = !checked.schema.states.is_empty();
    report.statements = set.statement_count();
    report.units = set
        .iter()
        .map(|m| m.up.units.len() + m.down.as_ref().map_or(0, |s| s.units.len()))
        .sum();

    let started = Instant::now();
    let run = server.run(&report.repo, set, |client, applied, partial| {
        let at = applied
            .and_then(|i| set.as_slice().get(i))
            .map(|m| m.version);
        let model = match partial {
            // A NO TRANSACTION migration PostgreSQL stopped in: its first units stay applied,
            // so the model replays exactly those.
            Some((i, units)) => {
                let mut kept: Vec<gander_core::Migration> = set.as_slice()[..=i].to_vec();
                if let Some(last) = kept.last_mut() {
                    last.up.units = last.up.units[..units].to_vec().into();
                    last.down = None;
                }
                gander_core::model::replay(&MigrationSet::from_vec(kept)).latest()
            }
            None => at.map_or_else(SchemaModel::fresh, |v| replayed.at(v)),
        };
        let (objects, differences) =
            gander_testkit::catalog::model_against_catalog(client, &model)?;
        Ok(ModelVerdict {
            at_version: at.map(|v| v.get()),
            objects,
            differences,
        })
    });
    report.postgres_ms = started.elapsed().as_millis();
    let run = match run {
        Ok(r) => r,
        Err(e) => {
            report.not_available = Some(format!("PostgreSQL: {e:#}"));
            return;
        }
    };
    report.phases = run.phases;
    report.model = Some(run.model);
    report.rejection = run.rejection.as_ref().map(|(_, r)| r.clone());

    // Hold gander's errors against PostgreSQL's verdict.
    let rejected: Option<UnitKey> = run.rejection.as_ref().map(|(k, _)| *k);
    let whole_set_applied = rejected.is_none();
    let mut units_with_errors: BTreeSet<UnitKey> = BTreeSet::new();
    for d in diags.iter().filter(|d| d.is_error()) {
        if goose_rule(d.code) {
            report.goose_rules.push(GooseRule {
                file: d.path.clone(),
                line: d.line,
                code: d.code.to_string(),
                message: d.message.clone(),
            });
            if let Some(k) = unit_of(set, d) {
                units_with_errors.insert(k);
            }
            continue;
        }
        let key = unit_of(set, d);
        if let Some(k) = key {
            units_with_errors.insert(k);
        }
        let verdict = match key {
            Some(k) if Some(k) == rejected => None,
            Some(k) => match run.sent.get(&k) {
                Some(phase) => Some(format!("PostgreSQL accepted this unit ({phase})")),
                None => {
                    report.unjudged += 1;
                    continue;
                }
            },
            None if whole_set_applied => {
                Some("PostgreSQL applied the whole set (the line is in no unit)".to_string())
            }
            None => {
                report.unjudged += 1;
                continue;
            }
        };
        match verdict {
            None => report.confirmed += 1,
            Some(postgres) => report.false_rejections.push(FalseRejection {
                file: d.path.clone(),
                line: d.line,
                code: d.code.to_string(),
                message: d.message.clone(),
                postgres,
            }),
        }
    }
    if let Some((k, r)) = &run.rejection
        && !units_with_errors.contains(k)
    {
        report.misses.push(Miss {
            kind: if r.sqlstate == "42601" {
                "syntax"
            } else {
                "runtime-only"
            },
            rejection: r.clone(),
        });
    }
}

/// The last file line of a unit.
fn last_line(unit: &Unit) -> u32 {
    unit.file_position(unit.sql.chars().count().max(1) as u32).0
}

/// The unit a diagnostic points into.
fn unit_of(set: &MigrationSet, d: &Diagnostic) -> Option<UnitKey> {
    let (i, m) = set.iter().enumerate().find(|(_, m)| m.path == d.path)?;
    let sections = [(false, Some(&m.up)), (true, m.down.as_ref())];
    for (down, section) in sections {
        let Some(section) = section else { continue };
        for (u, unit) in section.units.iter().enumerate() {
            if (unit.line..=last_line(unit)).contains(&d.line) {
                return Some((i, down, u));
            }
        }
    }
    None
}

/// The file line PostgreSQL's error position points at (the unit's first line without one).
fn error_line(unit: &Unit, sent: &str, e: &postgres::Error) -> u32 {
    use postgres::error::ErrorPosition;
    let Some(db) = e.as_db_error() else {
        return unit.line;
    };
    let byte = db.position().and_then(|p| match p {
        ErrorPosition::Original(p) => Some(
            sent.char_indices()
                .nth((*p as usize).saturating_sub(1))
                .map_or(sent.len(), |(b, _)| b),
        ),
        ErrorPosition::Internal { position, query } => {
            let base = sent.find(query.as_str())?;
            query
                .char_indices()
                .nth((*position as usize).saturating_sub(1))
                .map(|(b, _)| base + b)
        }
    });
    // Substitution is per line, so the k-th line sent is the k-th line of the unit.
    byte.map_or(unit.line, |b| {
        let k = sent.get(..b).map_or(0, |s| s.matches('\n').count());
        let start: usize = unit
            .sql
            .split('\n')
            .take(k)
            .map(|l| l.chars().count() + 1)
            .sum();
        unit.file_position(start as u32 + 1).0
    })
}

/// What the server made of a set.
struct Run {
    phases: Vec<Phase>,
    /// The phase in which each unit PostgreSQL accepted was first sent.
    sent: BTreeMap<UnitKey, &'static str>,
    rejection: Option<(UnitKey, Rejection)>,
    model: ModelVerdict,
}

/// The real server: an admin connection, and a scratch database with its own superuser per set
/// (so `ALTER ROLE current_user …` in a migration touches no role of anyone else).
struct Server {
    admin: postgres::Client,
    config: postgres::Config,
}

impl Server {
    fn connect(url: &str) -> Result<Self> {
        let config = postgres::Config::from_str(url)
            .with_context(|| "DATABASE_URL is not a PostgreSQL connection string".to_string())?;
        let admin = config.connect(postgres::NoTls).with_context(|| {
            "cannot connect to PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres)"
        })?;
        Ok(Server { admin, config })
    }

    fn roles(&mut self) -> Result<BTreeSet<String>> {
        Ok(self
            .admin
            .query("SELECT rolname::text FROM pg_roles", &[])?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }

    /// Creates the scratch database, runs `set` on it, and always drops it (and the roles the
    /// set created) afterwards. `compare` runs after the first Up, given the index of the last
    /// migration applied.
    fn run(
        &mut self,
        repo: &str,
        set: &MigrationSet,
        compare: impl FnOnce(
            &mut postgres::Client,
            Option<usize>,
            Option<(usize, usize)>,
        ) -> Result<ModelVerdict>,
    ) -> Result<Run> {
        let slug: String = repo
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        // One process's names: two runs on one server do not touch each other's objects.
        let pid = std::process::id();
        let runner = format!("gander_corpus_runner_{pid}");
        let db: String = format!("gander_corpus_{slug}").chars().take(50).collect();
        let db = format!("{db}_{pid}");
        self.admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)"))?;
        self.admin
            .batch_execute(&format!("DROP ROLE IF EXISTS {runner}"))?;
        let roles_before = self.roles()?;
        self.admin
            .batch_execute(&format!("CREATE ROLE {runner} LOGIN SUPERUSER"))?;
        self.admin
            .batch_execute(&format!("CREATE DATABASE \"{db}\" OWNER {runner}"))?;
        let mut config = self.config.clone();
        config.dbname(&db).user(&runner);
        let outcome = catch_unwind(AssertUnwindSafe(|| -> Result<Run> {
            let mut client = config
                .connect(postgres::NoTls)
                .context("cannot connect to the scratch database")?;
            run_phases(&mut client, set, compare)
        }));
        // Cleanup, always: the database, the runner, and the roles the set created (only
        // names its SQL mentions, so roles another session creates meanwhile are left alone).
        let _ = self
            .admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)"));
        let text: String = set
            .iter()
            .flat_map(|m| {
                m.up.units
                    .iter()
                    .chain(m.down.iter().flat_map(|s| s.units.iter()))
            })
            .map(|u| u.sql.to_ascii_lowercase())
            .collect::<Vec<_>>()
            .join("\n");
        let after = self.roles().unwrap_or_default();
        for role in after.difference(&roles_before) {
            if *role != runner && text.contains(&role.to_ascii_lowercase()) {
                let _ = self.admin.batch_execute(&format!(
                    "DROP ROLE IF EXISTS \"{}\"",
                    role.replace('"', "\"\"")
                ));
            }
        }
        let _ = self
            .admin
            .batch_execute(&format!("DROP ROLE IF EXISTS {runner}"));
        match outcome {
            Ok(r) => r,
            Err(panic) => bail!("panic while running the set: {}", panic_message(&*panic)),
        }
    }
}

/// goose's own table, as goose ≥ 3.22 creates it before the first migration.
const GOOSE_TABLE: &str = "CREATE TABLE goose_db_version (id integer PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY, \
     version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp NOT NULL DEFAULT now()); \
     INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, true)";

fn run_phases(
    client: &mut postgres::Client,
    set: &MigrationSet,
    compare: impl FnOnce(
        &mut postgres::Client,
        Option<usize>,
        Option<(usize, usize)>,
    ) -> Result<ModelVerdict>,
) -> Result<Run> {
    client.batch_execute(GOOSE_TABLE)?;
    let mut compare = Some(compare);
    let mut run = Run {
        phases: Vec::new(),
        sent: BTreeMap::new(),
        rejection: None,
        model: ModelVerdict::default(),
    };
    let n = set.len();
    let up: Vec<usize> = (0..n).collect();
    let down: Vec<usize> = (0..n).rev().collect();
    let plan: [(&'static str, bool, &[usize]); 3] = [
        ("up", false, &up),
        ("down", true, &down),
        ("up again", false, &up),
    ];
    for (p, (name, is_down, order)) in plan.into_iter().enumerate() {
        if run.rejection.is_some() {
            run.phases.push(Phase {
                name,
                sent: 0,
                verdict: "skipped",
            });
            continue;
        }
        let mut sent = 0;
        let mut last_applied = None;
        for &i in order {
            let m = &set.as_slice()[i];
            let section = if is_down {
                m.down.as_ref()
            } else {
                Some(&m.up)
            };
            let outcome =
                apply_migration(client, m, section, is_down, i, name, &mut run, &mut sent)?;
            if !outcome {
                break;
            }
            last_applied = Some(i);
        }
        if let (0, Some(compare)) = (p, compare.take()) {
            // The model after the last version PostgreSQL applied.
            // In a transaction rolled back afterwards, so that the comparison's `SET LOCAL
            // search_path` leaves the session as the migrations left it for the next phases.
            let _ = client.batch_execute("ROLLBACK");
            client.batch_execute("BEGIN")?;
            // A NO TRANSACTION migration rejected after some of its units ran: those stay.
            let partial = match &run.rejection {
                Some(((i, false, u), _)) if *u > 0 && set.as_slice()[*i].no_transaction => {
                    Some((*i, *u))
                }
                _ => None,
            };
            let verdict = compare(client, last_applied, partial);
            client.batch_execute("ROLLBACK")?;
            run.model = verdict?;
        }
        run.phases.push(Phase {
            name,
            sent,
            verdict: if run.rejection.is_some() {
                "fails"
            } else {
                "ok"
            },
        });
    }
    Ok(run)
}

/// Runs one section as goose does; `false` when PostgreSQL rejected a unit (recorded in `run`).
#[allow(clippy::too_many_arguments)]
fn apply_migration(
    client: &mut postgres::Client,
    m: &gander_core::Migration,
    section: Option<&gander_core::Section>,
    is_down: bool,
    index: usize,
    phase: &'static str,
    run: &mut Run,
    sent: &mut usize,
) -> Result<bool> {
    let version = m.version.get() as i64;
    let history = if is_down {
        format!("DELETE FROM goose_db_version WHERE version_id = {version}")
    } else {
        format!("INSERT INTO goose_db_version (version_id, is_applied) VALUES ({version}, true)")
    };
    let units: &[Unit] = section.map_or(&[], |s| &s.units);
    if !m.no_transaction {
        client.batch_execute("BEGIN")?;
    }
    for (u, unit) in units.iter().enumerate() {
        let key = (index, is_down, u);
        *sent += 1;
        let env = |k: &str| std::env::var(k).ok();
        let text = match unit.substituted(gander_core::envsub::Values::Env(&env)) {
            Ok(t) => t,
            Err(e) => {
                let _ = client.batch_execute("ROLLBACK");
                run.rejection = Some((
                    key,
                    Rejection {
                        phase,
                        file: m.path.to_string(),
                        line: unit.line,
                        sqlstate: "envsub".into(),
                        message: e.to_string(),
                    },
                ));
                return Ok(false);
            }
        };
        if let Err(e) = client.batch_execute(&text) {
            let _ = client.batch_execute("ROLLBACK");
            let (sqlstate, message) = match e.as_db_error() {
                Some(d) => (d.code().code().to_string(), d.message().to_string()),
                None => ("none".into(), e.to_string()),
            };
            run.rejection = Some((
                key,
                Rejection {
                    phase,
                    file: m.path.to_string(),
                    line: error_line(unit, &text, &e),
                    sqlstate,
                    message,
                },
            ));
            return Ok(false);
        }
        run.sent.entry(key).or_insert(phase);
    }
    let commit = if m.no_transaction {
        client.batch_execute(&history)
    } else {
        client
            .batch_execute(&history)
            .and_then(|()| client.batch_execute("COMMIT"))
    };
    if let Err(e) = commit {
        let _ = client.batch_execute("ROLLBACK");
        let last = units.len().saturating_sub(1);
        let (sqlstate, message) = match e.as_db_error() {
            Some(d) => (d.code().code().to_string(), d.message().to_string()),
            None => ("none".into(), e.to_string()),
        };
        run.sent.remove(&(index, is_down, last));
        run.rejection = Some((
            (index, is_down, last),
            Rejection {
                phase,
                file: m.path.to_string(),
                line: units
                    .last()
                    .map_or(section.map_or(1, |s| s.line), |u| u.line),
                sqlstate,
                message: format!("at COMMIT: {message}"),
            },
        ));
        return Ok(false);
    }
    Ok(true)
}

fn summary_line(r: &SetReport) -> String {
    if let Some(why) = &r.not_available {
        return format!("{:<44} not available: {why}", r.repo);
    }
    if let Some(crash) = &r.crash {
        return format!(
            "{:<44} {:>4} files  CRASH in gander's check: {crash}",
            r.repo, r.files
        );
    }
    let pg = match &r.rejection {
        None => "pg:ok".to_string(),
        Some(x) => {
            let phase = if x.phase == "up" {
                String::new()
            } else {
                format!(" ({})", x.phase)
            };
            format!(
                "pg:fails at {}:{} {}{phase}",
                file_name(&x.file),
                x.line,
                x.sqlstate
            )
        }
    };
    let model = match &r.model {
        None => "model: -".to_string(),
        Some(m) if m.differences.is_empty() => "model=catalog".to_string(),
        Some(m) => format!("model: {} diffs", m.differences.len()),
    };
    let goose = if r.goose_rules.is_empty() {
        String::new()
    } else {
        format!("  goose-rule errors {}", r.goose_rules.len())
    };
    format!(
        "{:<44} {:>4} files {:>5} units  {}  gander: {} errors {} warnings{}  false-rejections {}  misses {} (syntax {})  {}  {:.1}s",
        r.repo,
        r.files,
        r.units,
        pg,
        r.errors,
        r.warnings,
        goose,
        r.false_rejections.len(),
        r.misses.len(),
        r.syntax_misses(),
        model,
        (r.check_ms + r.postgres_ms) as f64 / 1000.0
    )
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn details(report: &Report) -> String {
    let mut out = String::new();
    for r in &report.sets {
        if r.false_rejections.is_empty()
            && r.misses.is_empty()
            && r.goose_rules.is_empty()
            && r.model.as_ref().is_none_or(|m| m.differences.is_empty())
        {
            continue;
        }
        let _ = writeln!(
            out,
            "\n== {} ({} at {})",
            r.repo,
            r.folder,
            r.commit.as_deref().unwrap_or("-")
        );
        for f in &r.false_rejections {
            let _ = writeln!(
                out,
                "  false rejection {}:{}: error[{}] {}\n    PostgreSQL: {}",
                f.file, f.line, f.code, f.message, f.postgres
            );
        }
        for m in &r.misses {
            let x = &m.rejection;
            let _ = writeln!(
                out,
                "  miss ({}) {}:{} ({}): SQLSTATE {} {}{}",
                m.kind,
                x.file,
                x.line,
                x.phase,
                x.sqlstate,
                x.message,
                if r.model_checked {
                    ""
                } else {
                    " [gander's schema model did not run: the set has other errors]"
                }
            );
        }
        for g in &r.goose_rules {
            let _ = writeln!(
                out,
                "  goose rule {}:{}: error[{}] {}",
                g.file, g.line, g.code, g.message
            );
        }
        if let Some(m) = &r.model
            && !m.differences.is_empty()
        {
            let _ = writeln!(
                out,
                "  model vs catalog at version {}: {} differences ({} objects compared)",
                m.at_version.map_or("0".to_string(), |v| v.to_string()),
                m.differences.len(),
                m.objects
            );
            for d in m.differences.iter().take(SHOWN_DIFFS) {
                let _ = writeln!(out, "    {d}");
            }
            if m.differences.len() > SHOWN_DIFFS {
                let _ = writeln!(out, "    … and {} more", m.differences.len() - SHOWN_DIFFS);
            }
        }
    }
    let t = &report.totals;
    let _ = writeln!(
        out,
        "\ntotals: {} sets ({} available), {} files, {} units, {} statements\n  \
         gander errors {} (confirmed by PostgreSQL {}, unjudged {}, goose-rule {})\n  \
         false rejections {}, syntax misses {}, runtime-only misses {}, crashes {}\n  \
         model=catalog {}/{} sets compared\n  \
         uncertain-reference warnings {} ({:.2} per 1,000 statements)",
        t.sets,
        t.available,
        t.files,
        t.units,
        t.statements,
        t.errors,
        t.confirmed,
        t.unjudged,
        t.goose_rule_errors,
        t.false_rejections,
        t.syntax_misses,
        t.runtime_only_misses,
        t.crashes,
        t.model_equal_sets,
        t.model_compared_sets,
        t.uncertain_warnings,
        t.uncertain_per_1000_statements
    );
    out
}

fn totals(sets: &[SetReport]) -> Totals {
    let mut t = Totals {
        sets: sets.len(),
        ..Totals::default()
    };
    for r in sets.iter().filter(|r| r.not_available.is_none()) {
        t.available += 1;
        t.files += r.files;
        t.units += r.units;
        t.statements += r.statements;
        t.errors += r.errors;
        t.false_rejections += r.false_rejections.len();
        t.confirmed += r.confirmed;
        t.unjudged += r.unjudged;
        t.goose_rule_errors += r.goose_rules.len();
        t.syntax_misses += r.syntax_misses();
        t.runtime_only_misses += r.misses.len() - r.syntax_misses();
        t.crashes += usize::from(r.crash.is_some());
        t.uncertain_warnings += r.uncertain_warnings;
        if let Some(m) = &r.model {
            t.model_compared_sets += 1;
            t.model_equal_sets += usize::from(m.differences.is_empty());
        }
    }
    if t.statements > 0 {
        t.uncertain_per_1000_statements =
            t.uncertain_warnings as f64 * 1000.0 / t.statements as f64;
    }
    t
}
