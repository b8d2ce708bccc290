//! What only a real server finds: every Up applied, every Down in reverse, every Up again on a
//! scratch database, comparing the catalog after each step, so a Down that does not undo its Up
//! is named with the objects that differ.

use std::collections::BTreeSet;

use tokio_postgres::{Client, SimpleQueryMessage};

use crate::error::{Error, Result};
use crate::report::Progress;
use crate::scratch::ScratchServer;
use crate::target::PgConfig;
use crate::{MigrationSet, Migrator, Options, Version};

/// The schema as a set of one-line facts (`column public.t.a integer not null default 0`).
pub type Snapshot = BTreeSet<String>;

/// Catalog queries, one fact per row. System schemas, extension members and gander's own
/// history tables are left out.
const FACTS: &[&str] = &[
    "SELECT 'schema ' || nspname FROM pg_namespace WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' AND nspname <> 'public'",
    "SELECT 'extension ' || extname || ' ' || extversion FROM pg_extension",
    "SELECT 'relation ' || n.nspname || '.' || c.relname || ' kind=' || c.relkind::text || ' persistence=' || c.relpersistence::text \
       || coalesce(' partition by ' || pg_get_partkeydef(c.oid), '') \
       || coalesce(' partition of ' || (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid AND c.relispartition) || ' ' || pg_get_expr(c.relpartbound, c.oid), '') \
       || coalesce(' comment ' || obj_description(c.oid, 'pg_class'), '') \
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c') AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' \
       AND c.relname !~ '^goose_db_version' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')",
    "SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) \
       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END \
       || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') \
       || CASE a.attidentity WHEN 'a' THEN ' identity always' WHEN 'd' THEN ' identity by default' ELSE '' END \
       || CASE a.attgenerated WHEN 's' THEN ' generated' ELSE '' END \
       || coalesce(' collate ' || (SELECT collname FROM pg_collation co WHERE co.oid = a.attcollation AND a.attcollation <> 100), '') \
       || coalesce(' comment ' || col_description(c.oid, a.attnum), '') \
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum \
     WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c') \
       AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' AND c.relname !~ '^goose_db_version' \
       AND NOT EXISTS (SELECT 1 FROM pg_depend dd WHERE dd.objid = c.oid AND dd.deptype = 'e')",
    "SELECT 'constraint ' || n.nspname || '.' || coalesce(c.relname, t.typname) || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid) \
     FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace \
     LEFT JOIN pg_class c ON c.oid = con.conrelid LEFT JOIN pg_type t ON t.oid = con.contypid \
     WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' AND coalesce(c.relname, '') !~ '^goose_db_version' \
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = con.oid AND d.deptype = 'e')",
    "SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid \
     JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_class t ON t.oid = i.indrelid \
     WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' AND t.relname !~ '^goose_db_version' \
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')",
    "SELECT 'function ' || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') kind=' || p.prokind::text \
       || CASE WHEN p.prokind IN ('f', 'p') THEN ' body ' || md5(pg_get_functiondef(p.oid)) ELSE '' END \
     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace \
     WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' \
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')",
    "SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE NOT t.tgisinternal",
    "SELECT 'event trigger ' || evtname || ' ' || evtevent || ' ' || evtfoid::regproc::text FROM pg_event_trigger",
    "SELECT 'view ' || n.nspname || '.' || c.relname || ' ' || md5(pg_get_viewdef(c.oid)) FROM pg_class c \
     JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'",
    "SELECT 'sequence ' || n.nspname || '.' || c.relname || ' ' || format_type(s.seqtypid, NULL) || ' start ' || s.seqstart \
       || ' increment ' || s.seqincrement || ' min ' || s.seqmin || ' max ' || s.seqmax || ' cache ' || s.seqcache || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END \
     FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
     WHERE c.relname !~ '^goose_db_version'",
    "SELECT 'type ' || n.nspname || '.' || t.typname || ' ' || t.typtype::text \
       || CASE WHEN t.typtype = 'e' THEN ' (' || (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) || ')' \
               WHEN t.typtype = 'd' THEN ' over ' || format_type(t.typbasetype, t.typtypmod) || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END \
               ELSE '' END \
     FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace \
     WHERE t.typtype IN ('e', 'd', 'r', 'c') AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' \
       AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c') \
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')",
    "SELECT 'policy ' || schemaname || '.' || tablename || '.' || policyname || ' ' || cmd || ' ' || coalesce(qual, '') || ' ' || coalesce(with_check, '') FROM pg_policies",
    "SELECT 'rule ' || schemaname || '.' || tablename || '.' || rulename || ' ' || md5(definition) FROM pg_rules WHERE schemaname !~ '^pg_'",
];

/// Reads the catalog of the database `client` is connected to.
pub async fn snapshot(client: &Client) -> Result<Snapshot> {
    let sql = FACTS.join(";\n");
    let messages = client
        .simple_query(&sql)
        .await
        .map_err(|e| Error::db("reading the catalog", e))?;
    Ok(messages
        .into_iter()
        .filter_map(|m| match m {
            SimpleQueryMessage::Row(r) => r.get(0).map(str::to_string),
            _ => None,
        })
        .collect())
}

/// `- fact` for what `expected` has and `actual` lacks, `+ fact` for the reverse.
pub fn difference(expected: &Snapshot, actual: &Snapshot) -> Vec<String> {
    let mut out: Vec<String> = expected
        .difference(actual)
        .map(|f| format!("- {f}"))
        .collect();
    out.extend(actual.difference(expected).map(|f| format!("+ {f}")));
    out
}

/// What the round trip measured.
#[derive(Clone, Debug, Default)]
pub struct RoundTrip {
    /// Migrations checked.
    pub migrations: usize,
    /// Facts in the final schema.
    pub facts: usize,
}

/// Applies every Up, every Down in reverse (checking after each that the schema is what it was
/// before that migration's Up), and every Up again (checking the schema equals the first Up's),
/// on a scratch database created on the server of `server`, dropped afterwards.
pub async fn round_trip(
    server: &ScratchServer,
    set: &MigrationSet,
    progress: &Progress,
) -> Result<RoundTrip> {
    round_trip_until(server, set, progress, std::future::pending()).await
}

/// [`round_trip`], stopped when `interrupted` completes (with the signal's name): the scratch
/// database is dropped (`WITH (FORCE)`, which ends its sessions) and the result is
/// [`Error::Interrupted`].
pub async fn round_trip_until(
    server: &ScratchServer,
    set: &MigrationSet,
    progress: &Progress,
    interrupted: impl Future<Output = &'static str>,
) -> Result<RoundTrip> {
    let name = format!(
        "gander_check_{}_{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0)
    );
    with_scratch_database(server, &name, interrupted, |scratch| async move {
        let conn = scratch.connect().await?;
        let c = &conn.client;
        let migrator = Migrator::new(set).with_options(Options::default());
        let mut before: Vec<(Version, Snapshot)> = Vec::new();
        for m in set.iter() {
            before.push((m.version, snapshot(c).await?));
            migrator.migrate(c, Some(m.version)).await?;
        }
        let full = snapshot(c).await?;
        progress.line(&format!(
            "gander check: every Up applied ({} facts in the schema)",
            full.len()
        ));
        for (version, expected) in before.iter().rev() {
            let m = set.get(*version).ok_or(Error::UnknownVersion(*version))?;
            let Some(down) = &m.down else {
                return Err(Error::NoDown {
                    path: m.path.to_string(),
                });
            };
            let target = set
                .iter()
                .map(|x| x.version)
                .rfind(|v| v < version)
                .unwrap_or_default();
            migrator.down(c, Some(target)).await?;
            let actual = snapshot(c).await?;
            if &actual != expected {
                return Err(Error::NotReversible {
                    path: m.path.to_string(),
                    line: down.line,
                    differences: difference(expected, &actual),
                });
            }
        }
        progress.line("gander check: every Down undid its Up");
        migrator.migrate(c, None).await?;
        let again = snapshot(c).await?;
        if again != full {
            let last = set
                .iter()
                .last()
                .map(|m| (m.path.to_string(), m.up.line))
                .unwrap_or_default();
            return Err(Error::NotReversible {
                path: last.0,
                line: last.1,
                differences: difference(&full, &again),
            });
        }
        progress.line("gander check: Up again gives the same schema");
        Ok(RoundTrip {
            migrations: set.len(),
            facts: full.len(),
        })
    })
    .await
}

/// Runs `work` against a fresh database `name` on `server` (replacing one a crashed run left),
/// and drops the database afterwards, whatever `work` returned.
async fn with_scratch_database<T, F, Fut>(
    server: &ScratchServer,
    name: &str,
    interrupted: impl Future<Output = &'static str>,
    work: F,
) -> Result<T>
where
    F: FnOnce(PgConfig) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let admin = server.admin().await?;
    let db = server.replace(&admin, name).await?;
    let result = tokio::select! {
        r = work(db.config().clone()) => r,
        signal = interrupted => Err(Error::Interrupted(signal)),
    };
    let _ = db.drop_on(&admin).await;
    result
}

/// `pg_dump --schema-only` of a scratch database with `set` applied, normalised: no version
/// banner, no `\restrict` keys, no owners, and without goose's and gander's history tables, so
/// that it is the same on every machine and can be committed (`migrations/schema.sql`).
pub async fn dump_schema(server: &ScratchServer, set: &MigrationSet) -> Result<String> {
    let name = format!("gander_dump_{}", std::process::id());
    let db = name.clone();
    with_scratch_database(
        server,
        &name,
        std::future::pending(),
        |scratch| async move {
            {
                let conn = scratch.connect().await?;
                Migrator::new(set).migrate(&conn.client, None).await?;
            }
            pg_dump(server.config(), &db).await
        },
    )
    .await
}

async fn pg_dump(server: &PgConfig, db: &str) -> Result<String> {
    let c = server.config();
    let bin = crate::ephemeral::find_binaries()
        .map(|d| d.join("pg_dump"))
        .ok()
        .filter(|p| p.is_file())
        .unwrap_or_else(|| "pg_dump".into());
    let mut cmd = tokio::process::Command::new(&bin);
    cmd.args([
        "--schema-only",
        "--no-owner",
        "--exclude-table=goose_db_version*",
        "--dbname",
        db,
    ]);
    if let Some(tokio_postgres::config::Host::Tcp(h)) = c.get_hosts().first() {
        cmd.args(["--host", h]);
    }
    if let Some(p) = c.get_ports().first() {
        cmd.args(["--port", &p.to_string()]);
    }
    if let Some(u) = c.get_user() {
        cmd.args(["--username", u]);
    }
    if let Some(pw) = c.get_password() {
        // Through the environment, never on the command line.
        cmd.env("PGPASSWORD", String::from_utf8_lossy(pw).to_string());
    }
    cmd.env("PGSSLMODE", "prefer");
    let out = cmd.output().await.map_err(|e| Error::Io {
        context: format!("running {}", bin.display()),
        source: e,
    })?;
    if !out.status.success() {
        return Err(Error::Ephemeral(format!(
            "pg_dump failed: {}",
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    Ok(normalise_dump(&String::from_utf8_lossy(&out.stdout)))
}

/// Drops what differs between machines and runs from a pg_dump, and squeezes blank lines.
pub fn normalise_dump(dump: &str) -> String {
    let mut out = String::with_capacity(dump.len());
    let mut blank = 0;
    for line in dump.lines() {
        if line.starts_with("-- Dumped from")
            || line.starts_with("-- Dumped by")
            || line.starts_with("\\restrict")
            || line.starts_with("\\unrestrict")
        {
            continue;
        }
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}
