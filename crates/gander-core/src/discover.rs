//! Discovery: which files of a folder are migrations, their versions, and the whole-set checks
//! (duplicates, encodings), then each file through the parser.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::{Code, Diagnostic, Diagnostics};
use crate::parse::parse_file;
use crate::set::{Assumption, Checksum, Migration, MigrationSet, Version};

/// One file of a migration folder: its name and bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// The file name, without any directory (`001_init.sql`).
    pub name: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// What checking a folder produced: the migrations that could be read, and every diagnostic.
#[derive(Clone, Debug, Default)]
pub struct Checked {
    /// The migrations, in version order. Complete only when there is no error.
    pub set: MigrationSet,
    /// Errors and warnings, sorted by file and line.
    pub diagnostics: Diagnostics,
    /// The schema model after each migration (empty when the set has other errors, which the
    /// replay would only repeat).
    pub schema: crate::model::Replayed,
}

impl Checked {
    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.has_errors()
    }

    /// The set, or the diagnostics when there is any error.
    pub fn into_result(self) -> Result<MigrationSet, Diagnostics> {
        if self.has_errors() {
            Err(self.diagnostics)
        } else {
            Ok(self.set)
        }
    }

    /// `N migrations, M statements`.
    pub fn summary(&self) -> String {
        format!(
            "{} migrations, {} statements",
            self.set.len(),
            self.set.statement_count()
        )
    }
}

enum Kind {
    Migration(Version, String),
    Ignored,
}

fn display_path(dir: &str, name: &str) -> String {
    let dir = dir.trim_end_matches('/');
    if dir.is_empty() || dir == "." {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

/// Classifies a file name; pushes a diagnostic for names that look like migrations but are not.
fn classify(dir: &str, name: &str, diags: &mut Vec<Diagnostic>) -> Kind {
    let path = display_path(dir, name);
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) => (s, e),
        None => return Kind::Ignored,
    };
    let numbered = stem
        .split_once('_')
        .filter(|(v, _)| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()));
    if ext == "go" {
        if numbered.is_some() && !stem.ends_with("_test") {
            diags.push(
                Diagnostic::new(Code::GoMigration, &path, 1, "Go migration in an SQL migration folder")
                    .label("gander runs SQL migrations only; skipping this file would leave a hole in the set")
                    .help("rewrite the migration in SQL (`<version>_<description>.sql`), or move it out of this folder"),
            );
        }
        return Kind::Ignored;
    }
    if ext != "sql" {
        if ext.eq_ignore_ascii_case("sql") {
            diags.push(
                Diagnostic::new(
                    Code::BadExtension,
                    &path,
                    1,
                    format!("`.{ext}` is not `.sql`"),
                )
                .label(
                    "goose only reads files ending in lower-case `.sql`, so it would skip this one",
                )
                .help(format!("rename it to `{stem}.sql`")),
            );
        }
        return Kind::Ignored;
    }
    if name == "schema.sql" {
        // Reserved for the schema snapshot that `cargo xtask schema` writes.
        return Kind::Ignored;
    }
    let bad_name = |diags: &mut Vec<Diagnostic>| {
        diags.push(
            Diagnostic::new(
                Code::BadFileName,
                &path,
                1,
                format!("`{name}` is not named `<version>_<description>.sql`"),
            )
            .label("goose skips files without a version prefix, so this migration would never run")
            .help(
                "rename it to a positive number, `_` and a description, e.g. `003_add_index.sql`",
            ),
        );
        Kind::Ignored
    };
    let Some((digits, description)) = numbered else {
        return bad_name(diags);
    };
    if description.is_empty() {
        return bad_name(diags);
    }
    match digits.parse::<u64>() {
        Ok(0) => {
            diags.push(
                Diagnostic::new(Code::VersionZero, &path, 1, "version 0 is reserved")
                    .label("goose uses version 0 for its own \"nothing applied\" row and skips this file")
                    .help("number migrations from 1"),
            );
            Kind::Ignored
        }
        Ok(v) if v <= Version::MAX.get() => {
            Kind::Migration(Version::new(v), description.to_string())
        }
        _ => {
            diags.push(
                Diagnostic::new(Code::VersionOverflow, &path, 1, format!("version `{digits}` is too large"))
                    .label("goose stores versions as bigint (at most 9223372036854775807)")
                    .help("use a smaller version, e.g. the next free number or a yyyymmddhhmmss timestamp"),
            );
            Kind::Ignored
        }
    }
}

/// What a check does beyond the file rules and PostgreSQL's parser.
#[derive(Clone, Debug)]
pub struct Options {
    /// Replay the set over the schema model.
    pub model: bool,
    /// Objects the migrations need but do not create, as `-- +gander assume` would declare them
    /// in the first migration (an extension the platform creates, another service's table).
    pub assume: Vec<Assumption>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            model: true,
            assume: Vec::new(),
        }
    }
}

/// Reads `KIND:NAME` (`table:audit.events`, `extension:postgis`) as an assumption.
pub fn parse_assumption(spec: &str) -> Result<Assumption, String> {
    let Some((kind, name)) = spec.split_once(':') else {
        return Err(format!(
            "`{spec}` is not KIND:NAME (for example `table:audit.events` or `extension:postgis`)"
        ));
    };
    let kind = kind.trim().to_ascii_lowercase();
    if !crate::parse::ASSUMABLE.contains(&kind.as_str()) {
        return Err(format!(
            "`{kind}` cannot be assumed: the kinds are {}",
            crate::parse::ASSUMABLE.join(", ")
        ));
    }
    let name = name.trim();
    if name.is_empty() {
        return Err(format!("`{spec}` names no object"));
    }
    Ok(Assumption {
        kind: Cow::Owned(kind),
        name: Cow::Owned(name.to_string()),
        line: 0,
    })
}

/// Checks an in-memory folder. `dir` is how the folder is shown in messages (`migrations`).
pub fn check_files(dir: &str, files: Vec<SourceFile>) -> Checked {
    check_files_with(dir, files, &Options::default())
}

/// [`check_files`] with [`Options`].
pub fn check_files_with(dir: &str, mut files: Vec<SourceFile>, options: &Options) -> Checked {
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let mut diags = Vec::new();
    let mut by_version: BTreeMap<Version, Vec<(String, SourceFile)>> = BTreeMap::new();
    for file in files {
        if let Kind::Migration(v, description) = classify(dir, &file.name, &mut diags) {
            by_version.entry(v).or_default().push((description, file));
        }
    }
    let mut migrations = Vec::new();
    for (version, files) in by_version {
        let first_name = files[0].1.name.clone();
        for (i, (description, file)) in files.into_iter().enumerate() {
            let path = display_path(dir, &file.name);
            if i > 0 {
                diags.push(
                    Diagnostic::new(
                        Code::DuplicateVersion,
                        &path,
                        1,
                        format!(
                            "version {version} is used by both `{first_name}` and `{}`",
                            file.name
                        ),
                    )
                    .label("goose fails at run time when two files share a version")
                    .help("give one of them the next free version number"),
                );
            }
            if let Some(m) = check_file(&path, version, description, &file.bytes, &mut diags)
                && i == 0
            {
                migrations.push(m);
            }
        }
    }
    // `by_version` is ordered, so `migrations` are in version order already.
    if let Some(first) = migrations.first_mut()
        && !options.assume.is_empty()
    {
        let mut all = options.assume.clone();
        all.extend(first.assumes.iter().cloned());
        first.assumes = Cow::Owned(all);
    }
    let set = MigrationSet::from_vec(migrations);
    let mut schema = crate::model::Replayed::default();
    if options.model && !diags.iter().any(Diagnostic::is_error) {
        schema = crate::model::replay_last(&set);
        diags.append(&mut schema.diagnostics);
    }
    let mut diagnostics = Diagnostics(diags);
    diagnostics.sort();
    Checked {
        set,
        diagnostics,
        schema,
    }
}

fn check_file(
    path: &str,
    version: Version,
    description: String,
    bytes: &[u8],
    diags: &mut Vec<Diagnostic>,
) -> Option<Migration> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        diags.push(
            Diagnostic::new(
                Code::ByteOrderMark,
                path,
                1,
                "file starts with a UTF-8 byte-order mark",
            )
            .label("goose does not strip it and its first directive is not recognised")
            .help("save the file as UTF-8 without BOM"),
        );
        return None;
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|b| **b == b'\n').count() as u32 + 1;
            let line_start = good.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
            let prefix = String::from_utf8_lossy(&good[line_start..]).to_string();
            let line_end = bytes[line_start..]
                .iter()
                .position(|b| *b == b'\n')
                .map_or(bytes.len(), |p| line_start + p);
            let shown = String::from_utf8_lossy(&bytes[line_start..line_end]).to_string();
            diags.push(
                Diagnostic::new(Code::NotUtf8, path, line, "file is not valid UTF-8")
                    .source(&shown)
                    .at(prefix.chars().count() as u32 + 1, 1)
                    .label(format!("byte 0x{:02X} here", bytes[e.valid_up_to()]))
                    .help("save the file as UTF-8"),
            );
            return None;
        }
    };
    let parsed = parse_file(path, text, diags)?;
    let migration = Migration {
        version,
        name: Cow::Owned(description),
        path: Cow::Owned(path.to_string()),
        checksum: Checksum::of(bytes),
        no_transaction: parsed.no_transaction,
        up: parsed.up,
        down: parsed.down,
        assumes: Cow::Owned(parsed.assumes),
    };
    Some(migration)
}

/// Reads and checks a migration folder (not recursive). `display` is how the folder is named in
/// messages, normally its path relative to the crate or the working directory.
pub fn check_dir(dir: &Path, display: &str) -> Checked {
    check_dir_with(dir, display, &Options::default())
}

/// [`check_dir`] with [`Options`].
pub fn check_dir_with(dir: &Path, display: &str, options: &Options) -> Checked {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            return Checked {
                set: MigrationSet::default(),
                schema: crate::model::Replayed::default(),
                diagnostics: Diagnostics(vec![
                    Diagnostic::new(Code::Io, display, 1, format!("cannot read the migration folder: {e}"))
                        .help("check the path: it is relative to the crate root (CARGO_MANIFEST_DIR) or the working directory"),
                ]),
            };
        }
    };
    let mut files = Vec::new();
    let mut diags = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.is_file() {
            continue;
        }
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        let interesting = name.to_ascii_lowercase().ends_with(".sql") || name.ends_with(".go");
        if !interesting {
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => files.push(SourceFile { name, bytes }),
            Err(e) => diags.push(Diagnostic::new(
                Code::Io,
                &display_path(display, &name),
                1,
                format!("cannot read the file: {e}"),
            )),
        }
    }
    let mut checked = check_files_with(display, files, options);
    if !diags.is_empty() {
        checked.diagnostics.0.extend(diags);
        checked.diagnostics.sort();
    }
    checked
}
