//! The checked migration set: versions, migrations, sections, units and statements.
//!
//! Every text field is a `Cow<'static, _>` so that one type serves both a set loaded from disk at
//! run time and a set embedded as `static` data by `embed_migrations!`.

use std::borrow::Cow;
use std::fmt;

/// A migration version: the numeric prefix of its file name (`013_x.sql` is version 13).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(transparent))]
pub struct Version(u64);

impl Version {
    /// The largest version goose accepts (it stores versions as `bigint`).
    pub const MAX: Version = Version(i64::MAX as u64);

    /// Wraps a version number. Version 0 is goose's "nothing applied" marker.
    pub const fn new(version: u64) -> Self {
        Version(version)
    }

    /// The version number.
    pub const fn get(self) -> u64 {
        self.0
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl From<u64> for Version {
    fn from(v: u64) -> Self {
        Version(v)
    }
}

/// SHA-256 of a migration file's bytes with every CRLF replaced by LF.
///
/// This definition is frozen: checksums are stored in databases and compared across releases.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Checksum(pub [u8; 32]);

impl Checksum {
    /// The checksum of `bytes`, CRLF normalised to LF first.
    pub fn of(bytes: &[u8]) -> Self {
        use sha2::{Digest, Sha256};
        let mut hasher = Sha256::new();
        let mut rest = bytes;
        while let Some(pos) = rest.windows(2).position(|w| w == b"\r\n") {
            hasher.update(&rest[..pos]);
            hasher.update(b"\n");
            rest = &rest[pos + 2..];
        }
        hasher.update(rest);
        Checksum(hasher.finalize().into())
    }

    /// Lower-case hexadecimal form (64 characters).
    pub fn to_hex(&self) -> String {
        use fmt::Write;
        let mut s = String::with_capacity(64);
        for b in self.0 {
            let _ = write!(s, "{b:02x}");
        }
        s
    }

    /// Parses the form written by [`Checksum::to_hex`].
    pub fn from_hex(hex: &str) -> Option<Self> {
        let hex = hex.as_bytes();
        if hex.len() != 64 {
            return None;
        }
        let mut out = [0u8; 32];
        for (i, pair) in hex.chunks(2).enumerate() {
            let s = std::str::from_utf8(pair).ok()?;
            out[i] = u8::from_str_radix(s, 16).ok()?;
        }
        Some(Checksum(out))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Checksum {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl fmt::Debug for Checksum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Checksum({})", self.to_hex())
    }
}

impl fmt::Display for Checksum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// One statement inside a [`Unit`], located in its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    /// Byte range of the statement (from its first token through its `;`) in [`Unit::sql`].
    pub start: u32,
    /// End of that byte range (exclusive).
    pub end: u32,
    /// 1-based line of the first token in the file.
    pub line: u32,
    /// 1-based column (in characters) of the first token.
    pub column: u32,
}

/// What goose sends to the server in one simple query: one statement, or a whole
/// `StatementBegin`/`StatementEnd` block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// The text exactly as goose sends it (lines joined by `\n`, trimmed).
    pub sql: Cow<'static, str>,
    /// 1-based line of the unit's first character in the file.
    pub line: u32,
    /// 1-based column of the unit's first character.
    pub column: u32,
    /// Whether the unit is a `StatementBegin`/`StatementEnd` block.
    pub block: bool,
    /// Byte ranges of [`Unit::sql`], one per line, that goose substitutes (`-- +goose ENVSUB ON`
    /// was in force when it read the line); empty for most units.
    pub envsub: Cow<'static, [(u32, u32)]>,
    /// Byte offsets of [`Unit::sql`] where goose left out a directive line of the file (an
    /// `ENVSUB` or `NO TRANSACTION` line inside the unit), one per line left out.
    pub skipped: Cow<'static, [u32]>,
    /// The statements inside, as PostgreSQL's lexer splits them.
    pub statements: Cow<'static, [Statement]>,
}

impl Unit {
    /// The text of statement `index` of this unit.
    pub fn statement_sql(&self, index: usize) -> &str {
        let s = &self.statements[index];
        self.sql.get(s.start as usize..s.end as usize).unwrap_or("")
    }

    /// Maps a 1-based character position inside [`Unit::sql`] (PostgreSQL's error `position`)
    /// to a 1-based file line and column.
    pub fn file_position(&self, position: u32) -> (u32, u32) {
        let mut line = self.line;
        let mut column = self.column;
        for (i, (byte, ch)) in self.sql.char_indices().enumerate() {
            if i + 1 >= position as usize {
                break;
            }
            if ch == '\n' {
                line += 1 + self
                    .skipped
                    .iter()
                    .filter(|&&s| s as usize == byte + 1)
                    .count() as u32;
                column = 1;
            } else {
                column += 1;
            }
        }
        (line, column)
    }

    /// The text goose sends: each [`Unit::envsub`] line substituted from `values` (at run time
    /// the environment), then trimmed, as goose does.
    pub fn substituted(
        &self,
        values: crate::envsub::Values<'_>,
    ) -> Result<String, crate::envsub::EnvsubError> {
        if self.envsub.is_empty() {
            return Ok(self.sql.to_string());
        }
        let mut out = String::with_capacity(self.sql.len());
        let mut at = 0usize;
        for &(from, to) in self.envsub.iter() {
            let (from, to) = (from as usize, to as usize);
            let (Some(plain), Some(line)) = (self.sql.get(at..from), self.sql.get(from..to)) else {
                continue;
            };
            out.push_str(plain);
            out.push_str(&crate::envsub::substitute_line(line, values)?);
            at = to;
        }
        out.push_str(self.sql.get(at..).unwrap_or(""));
        Ok(out.trim().to_string())
    }
}

/// The `Up` or `Down` part of a migration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// 1-based line of the `-- +goose Up` / `-- +goose Down` directive.
    pub line: u32,
    /// The units, in file order.
    pub units: Cow<'static, [Unit]>,
}

impl Section {
    /// Number of statements over all units.
    pub fn statement_count(&self) -> usize {
        self.units.iter().map(|u| u.statements.len()).sum()
    }
}

/// An object a migration needs that no migration creates, declared in the file with
/// `-- +gander assume <kind> <name>` (a comment to goose): the schema model takes it as existing
/// from that migration on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assumption {
    /// `table`, `view`, `index`, `sequence`, `type`, `function`, `procedure`, `schema` or
    /// `extension`.
    pub kind: Cow<'static, str>,
    /// The name as written (`gate`, `billing.invoices`, `"Mixed"`).
    pub name: Cow<'static, str>,
    /// 1-based line of the comment.
    pub line: u32,
}

/// One migration file, parsed and checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Migration {
    /// The version from the file name.
    pub version: Version,
    /// The description from the file name (`create_audit_events_table`).
    pub name: Cow<'static, str>,
    /// The path shown in messages (`migrations/013_create_audit_events_table.sql`).
    pub path: Cow<'static, str>,
    /// See [`Checksum`].
    pub checksum: Checksum,
    /// `-- +goose NO TRANSACTION`: each unit runs in its own implicit transaction.
    pub no_transaction: bool,
    /// The Up section.
    pub up: Section,
    /// The Down section, if the file has one.
    pub down: Option<Section>,
    /// Objects declared with `-- +gander assume`, which no migration creates.
    pub assumes: Cow<'static, [Assumption]>,
}

impl Migration {
    /// The file name (`013_create_audit_events_table.sql`).
    pub fn file_name(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(&self.path)
    }
}

/// Every migration of a folder, ordered by version, each version once.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MigrationSet {
    migrations: Cow<'static, [Migration]>,
}

impl MigrationSet {
    /// A set over static data (what `embed_migrations!` emits). The slice must be sorted by
    /// version with no duplicates; the macro guarantees that.
    pub const fn from_static(migrations: &'static [Migration]) -> Self {
        MigrationSet {
            migrations: Cow::Borrowed(migrations),
        }
    }

    /// A set from owned migrations; sorts them by version.
    pub fn from_vec(mut migrations: Vec<Migration>) -> Self {
        migrations.sort_by_key(|m| m.version);
        MigrationSet {
            migrations: Cow::Owned(migrations),
        }
    }

    /// Number of migrations.
    pub fn len(&self) -> usize {
        self.migrations.len()
    }

    /// Whether the set has no migration.
    pub fn is_empty(&self) -> bool {
        self.migrations.is_empty()
    }

    /// The migrations in version order.
    pub fn iter(&self) -> std::slice::Iter<'_, Migration> {
        self.migrations.iter()
    }

    /// The migrations as a slice, in version order.
    pub fn as_slice(&self) -> &[Migration] {
        &self.migrations
    }

    /// The migration with this version.
    pub fn get(&self, version: Version) -> Option<&Migration> {
        self.migrations
            .binary_search_by_key(&version, |m| m.version)
            .ok()
            .map(|i| &self.migrations[i])
    }

    /// The highest version, or `None` for an empty set.
    pub fn latest(&self) -> Option<Version> {
        self.migrations.last().map(|m| m.version)
    }

    /// Total number of statements in Up and Down sections.
    pub fn statement_count(&self) -> usize {
        self.iter()
            .map(|m| m.up.statement_count() + m.down.as_ref().map_or(0, Section::statement_count))
            .sum()
    }
}

impl<'a> IntoIterator for &'a MigrationSet {
    type Item = &'a Migration;
    type IntoIter = std::slice::Iter<'a, Migration>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}
