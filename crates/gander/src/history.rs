//! goose's `goose_db_version` table, written exactly as goose writes it, and gander's companion
//! table for what goose does not store (checksum, applied by, duration, goose's row id, and how
//! far an interrupted NO TRANSACTION migration got).
//!
//! goose's rules, from its source: the table name is pasted into SQL unquoted, so PostgreSQL
//! folds it to lower case; the current version is the newest row (by `id`) whose version's
//! latest row says applied; `down` walks those rows newest first.

use std::collections::BTreeMap;

use futures_util::{StreamExt, pin_mut};
use tokio_postgres::{Client, SimpleQueryMessage};

use crate::error::{Error, Result};
use crate::{Checksum, Version};

/// The SQLSTATE of "relation does not exist".
const UNDEFINED_TABLE: &str = "42P01";

/// The two tables, quoted, schema-qualified once resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tables {
    /// `"goose_db_version"` or `"schema"."goose_db_version"`.
    pub goose: String,
    /// `"goose_db_version_gander"` in the same schema.
    pub meta: String,
    /// The schema as PostgreSQL stores it, when named or resolved.
    schema: Option<String>,
    /// Whether the schema was named in `--table` (then it is created when missing).
    named_schema: bool,
    /// The table's name as PostgreSQL stores it (folded as goose's unquoted SQL folds it).
    name: String,
}

pub(crate) fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

pub(crate) fn quote_literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Splits `schema.table` the way PostgreSQL reads the name goose pastes into its SQL: a part in
/// double quotes is taken as written (`""` for a quote), any other part is folded to lower case
/// (ASCII only, as PostgreSQL does in UTF-8). A dot inside quotes does not split.
pub(crate) fn parse_table_name(table: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut chars = table.trim().chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (false, '"') => quoted = true,
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                current.push('"');
            }
            (true, '"') => quoted = false,
            (false, '.') => parts.push(std::mem::take(&mut current)),
            (true, c) => current.push(c),
            (false, c) => current.push(c.to_ascii_lowercase()),
        }
    }
    parts.push(current);
    parts
}

impl Tables {
    pub fn new(table: &str) -> Tables {
        let mut parts = parse_table_name(table);
        let name = parts.pop().unwrap_or_default();
        // `db.schema.table`: PostgreSQL accepts the current database's name first.
        let schema = parts.pop();
        let mut t = Tables {
            goose: String::new(),
            meta: String::new(),
            named_schema: schema.is_some(),
            schema,
            name,
        };
        t.quote();
        t
    }

    fn quote(&mut self) {
        let q = |n: &str| match &self.schema {
            Some(s) => format!("{}.{}", quote_ident(s), quote_ident(n)),
            None => quote_ident(n),
        };
        self.goose = q(&self.name);
        self.meta = q(&format!("{}_gander", self.name));
    }

    /// The same tables, qualified with the schema `search_path` resolved them to.
    fn resolved(&self, schema: &str) -> Tables {
        let mut t = self.clone();
        t.schema = Some(schema.to_string());
        t.quote();
        t
    }

    /// Whether the tables are already schema-qualified.
    pub fn is_qualified(&self) -> bool {
        self.schema.is_some()
    }
}

/// One applied version as the tables record it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppliedRow {
    /// When goose's row was written (`tstamp`, server time).
    pub applied_at: Option<String>,
    /// The file's checksum when gander applied it; `None` when goose applied it, or when goose
    /// applied it again after gander did (then gander's checksum is stale, see
    /// [`AppliedRow::checksum_stale`]).
    pub checksum: Option<Checksum>,
    /// Whether gander's checksum row is older than goose's row for the version (goose rolled
    /// it back and applied it again, possibly from an edited file): the checksum proves nothing.
    pub checksum_stale: bool,
}

/// A NO TRANSACTION migration whose last run stopped part-way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Partial {
    /// Units that completed (each in its own implicit transaction, so they stay applied).
    pub units_done: u32,
}

/// What the history says.
#[derive(Clone, Debug)]
pub(crate) struct State {
    /// The tables, schema-qualified: later statements do not depend on `search_path`.
    pub tables: Tables,
    /// Whether goose's table exists.
    pub exists: bool,
    /// Whether the companion table exists.
    pub meta_exists: bool,
    /// Whether the companion table has every column this gander writes.
    pub meta_current: bool,
    /// Applied versions (never 0).
    pub applied: BTreeMap<Version, AppliedRow>,
    /// Applied versions by the `id` of their latest row, newest first: goose's order for the
    /// current version, `down` and `redo`.
    pub newest_first: Vec<Version>,
    /// NO TRANSACTION migrations, not applied, whose last run stopped part-way.
    pub partial: BTreeMap<Version, Partial>,
}

impl State {
    fn empty(tables: Tables) -> State {
        State {
            tables,
            exists: false,
            meta_exists: false,
            meta_current: false,
            applied: BTreeMap::new(),
            newest_first: Vec::new(),
            partial: BTreeMap::new(),
        }
    }

    /// goose CLI's current version: the newest applied row, or 0.
    pub fn current(&self) -> Version {
        self.newest_first.first().copied().unwrap_or_default()
    }

    /// The highest applied version, or 0 (what goose's Provider API reports).
    pub fn highest(&self) -> Version {
        self.applied.keys().next_back().copied().unwrap_or_default()
    }
}

/// Reads both tables in one round trip (one simple query of several statements). An unqualified
/// table is resolved through `search_path` in the same query, and the returned state carries it
/// schema-qualified (created, when missing, in `current_schema()`).
pub(crate) async fn read(client: &Client, t: &Tables) -> Result<State> {
    let mut sql = String::new();
    let resolve = !t.is_qualified();
    if resolve {
        sql.push_str(&format!(
            "SELECT coalesce((SELECT n.nspname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE c.oid = to_regclass({lit})), current_schema()::text);",
            lit = quote_literal(&t.goose)
        ));
    }
    sql.push_str(&format!(
        "SELECT id, version_id, is_applied, tstamp::text FROM {g} ORDER BY id;\
         SELECT m.version_id, m.checksum, to_jsonb(m)->>'goose_id', to_jsonb(m)->>'units_done', \
         (m.applied_at < (SELECT max(g.tstamp) FROM {g} g WHERE g.version_id = m.version_id))::text FROM {m} m;\
         SELECT count(*) FROM pg_attribute WHERE attrelid = {ml}::regclass AND attname IN ('goose_id', 'units_done') AND NOT attisdropped",
        g = t.goose,
        m = t.meta,
        ml = quote_literal(&t.meta),
    ));
    let stream = client
        .simple_query_raw(&sql)
        .await
        .map_err(|e| Error::db("reading the migration history", e))?;
    pin_mut!(stream);
    // Statement indexes: 0 resolve (if any), then goose rows, meta rows, meta columns.
    let first = usize::from(resolve);
    let mut tables = t.clone();
    let mut schema_found = !resolve;
    struct GooseRow {
        id: i64,
        applied: bool,
        at: Option<String>,
    }
    let mut latest: BTreeMap<Version, GooseRow> = BTreeMap::new();
    struct MetaRow {
        checksum: Option<Checksum>,
        goose_id: Option<i64>,
        units_done: Option<u32>,
        older_than_goose: bool,
    }
    let mut meta: BTreeMap<Version, MetaRow> = BTreeMap::new();
    let mut meta_columns = 0;
    let mut completed = 0;
    let mut error = None;
    while let Some(msg) = stream.next().await {
        match msg {
            Ok(SimpleQueryMessage::Row(row)) => {
                let idx = completed;
                if resolve && idx == 0 {
                    if let Some(s) = row.get(0) {
                        tables = t.resolved(s);
                        schema_found = true;
                    }
                    continue;
                }
                let num = |i: usize| row.get(i).and_then(|v| v.parse::<i64>().ok());
                if idx == first {
                    let version = Version::new(num(1).unwrap_or_default().max(0) as u64);
                    latest.insert(
                        version,
                        GooseRow {
                            id: num(0).unwrap_or_default(),
                            applied: row.get(2) == Some("t"),
                            at: row.get(3).map(str::to_string),
                        },
                    );
                } else if idx == first + 1 {
                    let version = Version::new(num(0).unwrap_or_default().max(0) as u64);
                    meta.insert(
                        version,
                        MetaRow {
                            checksum: row.get(1).and_then(Checksum::from_hex),
                            goose_id: num(2),
                            units_done: num(3).map(|n| n.max(0) as u32),
                            older_than_goose: row.get(4) == Some("true"),
                        },
                    );
                } else {
                    meta_columns = num(0).unwrap_or_default();
                }
            }
            Ok(SimpleQueryMessage::CommandComplete(_)) => completed += 1,
            Ok(_) => {}
            Err(e) => {
                error = Some(e);
                break;
            }
        }
    }
    if !schema_found {
        return Err(Error::Unsupported(format!(
            "no schema to keep goose's table {} in: search_path names no existing schema\nhelp: fix search_path (SHOW search_path), or name the schema: --table schema.{}",
            t.goose, t.name
        )));
    }
    let mut state = State::empty(tables);
    match error {
        None => {
            state.exists = true;
            state.meta_exists = true;
            state.meta_current = meta_columns == 2;
        }
        Some(e)
            if e.as_db_error()
                .is_some_and(|d| d.code().code() == UNDEFINED_TABLE) =>
        {
            // Failing at goose's rows means no goose table; at gander's, no companion.
            state.exists = completed > first;
            if !state.exists {
                return Ok(state);
            }
        }
        Some(e) => return Err(Error::db("reading the migration history", e)),
    }
    let mut order: Vec<(i64, Version)> = Vec::new();
    for (version, row) in &latest {
        if !row.applied || version.get() == 0 {
            continue;
        }
        let m = meta.get(version);
        let stale = m.is_some_and(|m| match m.goose_id {
            Some(id) => id < row.id,
            // Written before gander kept goose's row id: compare the times.
            None => m.older_than_goose,
        });
        order.push((row.id, *version));
        state.applied.insert(
            *version,
            AppliedRow {
                applied_at: row.at.clone(),
                checksum: m.filter(|_| !stale).and_then(|m| m.checksum),
                checksum_stale: stale,
            },
        );
    }
    order.sort_by(|a, b| b.cmp(a));
    state.newest_first = order.into_iter().map(|(_, v)| v).collect();
    for (version, m) in &meta {
        if let Some(units_done) = m.units_done
            && !state.applied.contains_key(version)
        {
            state.partial.insert(*version, Partial { units_done });
        }
    }
    Ok(state)
}

/// Creates goose's table (goose ≥ 3.22 layout, with its version-0 row) and the companion table,
/// whichever is missing, and adds the companion's newer columns. Call under the lock.
pub(crate) async fn ensure(client: &Client, state: &State) -> Result<()> {
    let t = &state.tables;
    let mut sql = String::from("BEGIN;");
    if t.named_schema
        && let Some(s) = &t.schema
    {
        sql.push_str(&format!("CREATE SCHEMA IF NOT EXISTS {};", quote_ident(s)));
    }
    if !state.exists {
        sql.push_str(&format!(
            "CREATE TABLE {g} (id integer PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY, \
             version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp NOT NULL DEFAULT now());\
             INSERT INTO {g} (version_id, is_applied) VALUES (0, true);",
            g = t.goose
        ));
    }
    if !state.meta_exists {
        sql.push_str(&format!(
            "CREATE TABLE IF NOT EXISTS {} (version_id bigint PRIMARY KEY, checksum text, \
             applied_by text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), duration_ms double precision, \
             gander_version text NOT NULL, goose_id bigint, units_done integer);",
            t.meta
        ));
    } else if !state.meta_current {
        sql.push_str(&format!(
            "ALTER TABLE {} ADD COLUMN IF NOT EXISTS goose_id bigint, ADD COLUMN IF NOT EXISTS units_done integer;",
            t.meta
        ));
    }
    sql.push_str("COMMIT;");
    client
        .batch_execute(&sql)
        .await
        .map_err(|e| Error::db("creating the migration history tables", e))
}

/// Who applies: `user@host` of this process.
pub(crate) fn applied_by() -> &'static str {
    static BY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BY.get_or_init(|| {
        let user = std::env::var("USER").unwrap_or_else(|_| "unknown".into());
        let host = std::fs::read_to_string("/etc/hostname")
            .map(|h| h.trim().to_string())
            .unwrap_or_else(|_| "unknown".into());
        format!("{user}@{host}")
    })
}

/// The statement that records version `v` as applied, inside the migration's transaction:
/// goose's row, and gander's with goose's row id (so a later goose re-apply is recognisable).
/// `duration_ms` is `None` to have the server measure the transaction so far.
pub(crate) fn record_up(
    t: &Tables,
    v: Version,
    checksum: &Checksum,
    duration_ms: Option<f64>,
) -> String {
    let duration = match duration_ms {
        Some(ms) => format!("{ms}"),
        None => SERVER_DURATION.to_string(),
    };
    let (v, c) = (v.to_string(), format!("'{}'", checksum.to_hex()));
    format!("{};", record_up_with(t, &v, &c, &duration))
}

/// The transaction's duration so far, in milliseconds, as the server measures it.
const SERVER_DURATION: &str = "extract(epoch from clock_timestamp() - now()) * 1000";

/// [`record_up`] with its values as SQL expressions (literals, or a prepared statement's
/// parameters), without the closing `;`.
fn record_up_with(t: &Tables, v: &str, checksum: &str, duration: &str) -> String {
    format!(
        "WITH g AS (INSERT INTO {g} (version_id, is_applied) VALUES ({v}, true) RETURNING id) \
         INSERT INTO {m} (version_id, checksum, applied_by, duration_ms, gander_version, goose_id, units_done) \
         SELECT {v}, {checksum}, {by}, {duration}, {gv}, g.id, NULL FROM g \
         ON CONFLICT (version_id) DO UPDATE SET checksum = EXCLUDED.checksum, applied_by = EXCLUDED.applied_by, \
         applied_at = EXCLUDED.applied_at, duration_ms = EXCLUDED.duration_ms, gander_version = EXCLUDED.gander_version, \
         goose_id = EXCLUDED.goose_id, units_done = NULL",
        g = t.goose,
        m = t.meta,
        by = quote_literal(applied_by()),
        gv = quote_literal(env!("CARGO_PKG_VERSION")),
    )
}

/// The guard of a pipelined migration going up: fails (division by zero) unless the newest
/// goose row is version `previous` applied, that is unless the migration before it in the same
/// pipeline committed. The lock keeps other runs out, so the newest row is the previous one's:
/// one look-up in the primary key, where counting its rows would read the whole table for every
/// migration.
fn guard_up_with(t: &Tables, previous: &str) -> String {
    let g = &t.goose;
    format!(
        "SELECT 1 / (SELECT count(*)::int FROM {g} WHERE id = (SELECT max(id) FROM {g}) \
         AND version_id = {previous} AND is_applied)"
    )
}

/// [`guard_up_with`] for a version.
pub(crate) fn guard_up(t: &Tables, previous: Version) -> String {
    guard_up_with(t, &previous.to_string())
}

/// The guard going down: fails unless version `previous` is no longer applied.
pub(crate) fn guard_down(t: &Tables, previous: Version) -> String {
    format!(
        "SELECT 1 / (1 - least(1, (SELECT count(*)::int FROM {g} WHERE version_id = {previous} AND is_applied)))",
        g = t.goose
    )
}

/// The guard and the record of a pipeline going up, as statements prepared once per run: the
/// server parses and analyses them once instead of once per migration (measured: about 0.14 ms
/// of server time per migration, half of what the two cost as plain text).
#[derive(Debug)]
pub(crate) struct Prepared {
    guard: String,
    record: String,
}

impl Prepared {
    /// Names no other run of this process uses, so runs on one session never collide.
    pub(crate) fn new() -> Prepared {
        static RUNS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Prepared {
            guard: format!("gander_guard_{n}"),
            record: format!("gander_record_{n}"),
        }
    }

    /// The `PREPARE` statements, run once before the pipeline.
    pub(crate) fn prepare(&self, t: &Tables) -> String {
        format!(
            "PREPARE {} (bigint) AS {}; PREPARE {} (bigint, text) AS {};",
            self.guard,
            guard_up_with(t, "$1"),
            self.record,
            record_up_with(t, "$1", "$2", SERVER_DURATION)
        )
    }

    /// The `DEALLOCATE` statements, run once after it: each on its own, since a `PREPARE` that
    /// failed may have left the other one prepared.
    pub(crate) fn deallocate(&self) -> [String; 2] {
        [
            format!("DEALLOCATE {}", self.guard),
            format!("DEALLOCATE {}", self.record),
        ]
    }

    /// [`guard_up`], prepared.
    pub(crate) fn guard(&self, previous: Version) -> String {
        format!("EXECUTE {}({previous})", self.guard)
    }

    /// [`record_up`] with the server's duration, prepared.
    pub(crate) fn record(&self, v: Version, checksum: &Checksum) -> String {
        format!("EXECUTE {}({v}, '{}');", self.record, checksum.to_hex())
    }
}

/// Whether a unit may drop this session's prepared statements (`DEALLOCATE`, `DISCARD`): a run
/// holding such a unit records its versions with plain statements.
pub(crate) fn drops_prepared(sql: &str) -> bool {
    let lower = sql.to_ascii_lowercase();
    lower.contains("deallocate") || lower.contains("discard")
}

/// Marks a NO TRANSACTION migration as started (no unit done yet), before its first unit.
pub(crate) fn record_started(t: &Tables, v: Version, checksum: &Checksum) -> String {
    format!(
        "INSERT INTO {m} (version_id, checksum, applied_by, gander_version, goose_id, units_done) \
         VALUES ({v}, '{c}', {by}, {gv}, NULL, 0) \
         ON CONFLICT (version_id) DO UPDATE SET checksum = EXCLUDED.checksum, applied_by = EXCLUDED.applied_by, \
         applied_at = now(), gander_version = EXCLUDED.gander_version, goose_id = NULL, units_done = 0",
        m = t.meta,
        c = checksum.to_hex(),
        by = quote_literal(applied_by()),
        gv = quote_literal(env!("CARGO_PKG_VERSION")),
    )
}

/// Notes that `done` units of a NO TRANSACTION migration completed.
pub(crate) fn record_progress(t: &Tables, v: Version, done: usize) -> String {
    format!(
        "UPDATE {} SET units_done = {done} WHERE version_id = {v}",
        t.meta
    )
}

/// The statements that forget version `v` (goose deletes its rows on down).
pub(crate) fn record_down(t: &Tables, v: Version) -> String {
    format!(
        "DELETE FROM {} WHERE version_id = {v}; DELETE FROM {} WHERE version_id = {v};",
        t.goose, t.meta
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_names_fold_as_goose_unquoted_sql_does() {
        assert_eq!(Tables::new("MyVersions").goose, "\"myversions\"");
        assert_eq!(Tables::new("\"MyVersions\"").goose, "\"MyVersions\"");
        assert_eq!(
            Tables::new("Ops.Schema_History").meta,
            "\"ops\".\"schema_history_gander\""
        );
        assert_eq!(
            Tables::new("\"a.b\".\"T\"\"x\"").goose,
            "\"a.b\".\"T\"\"x\""
        );
        // Only ASCII folds, as in PostgreSQL with UTF-8.
        assert_eq!(Tables::new("Ünïcode").goose, "\"Ünïcode\"");
    }
}
