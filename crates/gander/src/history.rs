//! goose's `goose_db_version` table, written exactly as goose writes it, and gander's companion
//! table for what goose does not store (checksum, applied by, duration).

use std::collections::BTreeMap;

use futures_util::{StreamExt, pin_mut};
use tokio_postgres::{Client, SimpleQueryMessage};

use crate::error::{Error, Result};
use crate::{Checksum, Version};

/// The SQLSTATE of "relation does not exist".
const UNDEFINED_TABLE: &str = "42P01";

/// The two tables, quoted and schema-qualified as configured.
#[derive(Clone, Debug)]
pub(crate) struct Tables {
    /// `"goose_db_version"` or `"schema"."goose_db_version"`.
    pub goose: String,
    /// `"goose_db_version_gander"` in the same schema.
    pub meta: String,
    schema: Option<String>,
}

pub(crate) fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

pub(crate) fn quote_literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

impl Tables {
    pub fn new(table: &str) -> Tables {
        let (schema, name) = match table.split_once('.') {
            Some((s, n)) => (Some(s.to_string()), n.to_string()),
            None => (None, table.to_string()),
        };
        let q = |n: &str| match &schema {
            Some(s) => format!("{}.{}", quote_ident(s), quote_ident(n)),
            None => quote_ident(n),
        };
        Tables {
            goose: q(&name),
            meta: q(&format!("{name}_gander")),
            schema,
        }
    }
}

/// One applied version as the tables record it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppliedRow {
    /// When goose's row was written (`tstamp`, server time).
    pub applied_at: Option<String>,
    /// The file's checksum when gander applied it; `None` when goose applied it.
    pub checksum: Option<Checksum>,
}

/// What the history says.
#[derive(Clone, Debug, Default)]
pub(crate) struct State {
    /// Whether goose's table exists.
    pub exists: bool,
    /// Whether the companion table exists.
    pub meta_exists: bool,
    /// Applied versions (never 0).
    pub applied: BTreeMap<Version, AppliedRow>,
}

impl State {
    /// The newest applied version, or 0.
    pub fn current(&self) -> Version {
        self.applied.keys().next_back().copied().unwrap_or_default()
    }
}

/// Reads both tables in one round trip (one simple query with two statements).
pub(crate) async fn read(client: &Client, t: &Tables) -> Result<State> {
    let sql = format!(
        "SELECT version_id, is_applied, tstamp::text FROM {} ORDER BY id; SELECT version_id, checksum FROM {}",
        t.goose, t.meta
    );
    let stream = client
        .simple_query_raw(&sql)
        .await
        .map_err(|e| Error::db("reading the migration history", e))?;
    pin_mut!(stream);
    let mut state = State::default();
    let mut latest: BTreeMap<Version, (bool, Option<String>)> = BTreeMap::new();
    let mut checksums: BTreeMap<Version, Checksum> = BTreeMap::new();
    let mut completed = 0;
    let mut error = None;
    while let Some(msg) = stream.next().await {
        match msg {
            Ok(SimpleQueryMessage::Row(row)) => {
                let version = row
                    .get(0)
                    .and_then(|v| v.parse::<u64>().ok())
                    .map(Version::new)
                    .unwrap_or_default();
                if completed == 0 {
                    let applied = row.get(1) == Some("t");
                    latest.insert(version, (applied, row.get(2).map(str::to_string)));
                } else if let Some(c) = row.get(1).and_then(Checksum::from_hex) {
                    checksums.insert(version, c);
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
    match error {
        None => {
            state.exists = true;
            state.meta_exists = true;
        }
        Some(e)
            if e.as_db_error()
                .is_some_and(|d| d.code().code() == UNDEFINED_TABLE) =>
        {
            // The first statement failing means no goose table; the second, no companion.
            state.exists = completed > 0 || !latest.is_empty();
            state.meta_exists = false;
            if !state.exists {
                return Ok(state);
            }
            // The aborted query lost nothing: goose's rows came before the error.
        }
        Some(e) => return Err(Error::db("reading the migration history", e)),
    }
    for (version, (applied, at)) in latest {
        if applied && version.get() != 0 {
            state.applied.insert(
                version,
                AppliedRow {
                    applied_at: at,
                    checksum: checksums.get(&version).copied(),
                },
            );
        }
    }
    Ok(state)
}

/// Creates goose's table (goose ≥ 3.22 layout, with its version-0 row) and the companion table,
/// whichever is missing. Call under the lock.
pub(crate) async fn ensure(client: &Client, t: &Tables, state: &State) -> Result<()> {
    let mut sql = String::from("BEGIN;");
    if let Some(s) = &t.schema {
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
             gander_version text NOT NULL);",
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
pub(crate) fn applied_by() -> String {
    let user = std::env::var("USER").unwrap_or_else(|_| "unknown".into());
    let host = std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "unknown".into());
    format!("{user}@{host}")
}

/// The statements that record version `v` as applied, inside the migration's transaction.
/// `duration_ms` is `None` to have the server measure the transaction so far.
pub(crate) fn record_up(
    t: &Tables,
    v: Version,
    checksum: &Checksum,
    duration_ms: Option<f64>,
) -> String {
    let duration = match duration_ms {
        Some(ms) => format!("{ms}"),
        None => "extract(epoch from clock_timestamp() - now()) * 1000".to_string(),
    };
    format!(
        "INSERT INTO {g} (version_id, is_applied) VALUES ({v}, true);\
         INSERT INTO {m} (version_id, checksum, applied_by, duration_ms, gander_version) \
         VALUES ({v}, '{c}', {by}, {duration}, {gv}) \
         ON CONFLICT (version_id) DO UPDATE SET checksum = EXCLUDED.checksum, applied_by = EXCLUDED.applied_by, \
         applied_at = EXCLUDED.applied_at, duration_ms = EXCLUDED.duration_ms, gander_version = EXCLUDED.gander_version;",
        g = t.goose,
        m = t.meta,
        c = checksum.to_hex(),
        by = quote_literal(&applied_by()),
        gv = quote_literal(env!("CARGO_PKG_VERSION")),
    )
}

/// The statements that forget version `v` (goose deletes its rows on down).
pub(crate) fn record_down(t: &Tables, v: Version) -> String {
    format!(
        "DELETE FROM {} WHERE version_id = {v}; DELETE FROM {} WHERE version_id = {v};",
        t.goose, t.meta
    )
}
