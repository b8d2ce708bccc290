//! `cargo xtask codegen builtins`: writes `crates/gander-core/src/model/builtins.rs` from the
//! catalog of a real PostgreSQL 15 (`DATABASE_URL`): the types, relations and routines (with
//! their argument types) of `pg_catalog`, and what each contrib extension creates, read after
//! installing every available extension into a scratch database. The test below fails when the
//! committed file differs from what this would write.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use anyhow::{Context, Result, bail};
use gander::scratch::ScratchServer;

/// The generated file, relative to the workspace root.
pub(crate) const BUILTINS: &str = "crates/gander-core/src/model/builtins.rs";

/// The catalog's lists.
#[derive(Debug, Default)]
struct Catalog {
    types: Vec<String>,
    relations: Vec<String>,
    routines: Vec<(String, String)>,
    /// Extension → (relations, types), its required extensions' included.
    extensions: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>,
}

/// The server `DATABASE_URL` names; an error, never a skip, when it is unset.
fn server_url() -> Result<String> {
    match std::env::var("DATABASE_URL") {
        Ok(url) if !url.is_empty() => Ok(url),
        _ => bail!(
            "DATABASE_URL is not set: the builtins are read from a real PostgreSQL 15 (e.g. postgres://postgres@127.0.0.1:5432/postgres)"
        ),
    }
}

async fn rows(client: &gander::tokio_postgres::Client, sql: &str) -> Result<Vec<Vec<String>>> {
    let rows = client
        .query(sql, &[])
        .await
        .with_context(|| sql.to_string())?;
    Ok(rows
        .iter()
        .map(|r| (0..r.len()).map(|i| r.get::<_, String>(i)).collect())
        .collect())
}

const NOT_ARRAY: &str = "NOT (t.typcategory = 'A' AND t.typname LIKE '\\_%')";

async fn read(url: &str) -> Result<Catalog> {
    let server = ScratchServer::of(&gander::Target::Url(url.to_string())).await?;
    let admin = server.admin().await?;
    let version = rows(
        &admin.client,
        "SELECT current_setting('server_version_num')",
    )
    .await?;
    let major = version
        .first()
        .and_then(|r| r.first())
        .and_then(|v| v.parse::<u32>().ok())
        .unwrap_or(0)
        / 10_000;
    if major != 15 {
        bail!("{url} is PostgreSQL {major}: the builtins are PostgreSQL 15's");
    }
    let name = format!("gander_codegen_{}", std::process::id());
    let db = server.replace(&admin, &name).await?;
    let result = async {
        let conn = db.connect().await?;
        let c = &conn.client;
        let mut cat = Catalog {
            types: column(rows(c, &format!(
                "SELECT t.typname::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace \
                 WHERE n.nspname = 'pg_catalog' AND {NOT_ARRAY}"
            )).await?),
            relations: column(rows(c,
                "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                 WHERE n.nspname = 'pg_catalog' AND c.relkind IN ('r', 'v', 'm', 'p', 'f')"
            ).await?),
            routines: rows(c,
                "SELECT p.proname::text, oidvectortypes(p.proargtypes) FROM pg_proc p \
                 JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'pg_catalog'"
            ).await?
                .into_iter()
                .map(|r| (r[0].clone(), r[1].clone()))
                .collect(),
            ..Catalog::default()
        };
        cat.routines.sort();
        cat.routines.dedup();
        let available = column(rows(c,
            "SELECT name::text FROM pg_available_extensions WHERE name NOT IN (SELECT extname FROM pg_extension)"
        ).await?);
        for e in &available {
            c.batch_execute(&format!("CREATE EXTENSION IF NOT EXISTS \"{e}\" CASCADE"))
                .await
                .with_context(|| format!("CREATE EXTENSION {e}"))?;
        }
        let requires: BTreeMap<String, Vec<String>> = rows(c,
            "SELECT e.extname::text, coalesce(array_to_string(v.requires, ','), '') FROM pg_extension e \
             LEFT JOIN pg_available_extension_versions v ON v.name = e.extname AND v.version = e.extversion"
        ).await?
            .into_iter()
            .map(|r| (r[0].clone(), r[1].split(',').filter(|s| !s.is_empty()).map(String::from).collect()))
            .collect();
        let member = "FROM pg_depend d JOIN pg_extension e ON d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid";
        let mut own: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
        for r in rows(c, &format!(
            "SELECT e.extname::text, c.relname::text {member} JOIN pg_class c ON d.classid = 'pg_class'::regclass \
             AND d.objid = c.oid WHERE d.deptype = 'e' AND c.relkind IN ('r', 'v', 'm', 'p', 'f') \
             UNION SELECT e.extname::text, t.typname::text {member} JOIN pg_type t ON d.classid = 'pg_type'::regclass \
             AND d.objid = t.oid WHERE d.deptype = 'e' AND t.typtype = 'c'"
        )).await? {
            own.entry(r[0].clone()).or_default().0.insert(r[1].clone());
        }
        for r in rows(c, &format!(
            "SELECT e.extname::text, t.typname::text {member} JOIN pg_type t ON d.classid = 'pg_type'::regclass \
             AND d.objid = t.oid WHERE d.deptype = 'e' AND t.typtype <> 'c' AND {NOT_ARRAY}"
        )).await? {
            own.entry(r[0].clone()).or_default().1.insert(r[1].clone());
        }
        for e in &available {
            let mut all = (BTreeSet::new(), BTreeSet::new());
            let mut todo = vec![e.clone()];
            let mut seen = BTreeSet::new();
            while let Some(x) = todo.pop() {
                if !seen.insert(x.clone()) {
                    continue;
                }
                if let Some((r, t)) = own.get(&x) {
                    all.0.extend(r.iter().cloned());
                    all.1.extend(t.iter().cloned());
                }
                todo.extend(requires.get(&x).into_iter().flatten().cloned());
            }
            cat.extensions.insert(e.clone(), all);
        }
        Ok::<_, anyhow::Error>(cat)
    }
    .await;
    let _ = db.drop_on(&admin).await;
    result
}

/// Sorted by byte (the order `binary_search` on `&str` uses).
fn column(rows: Vec<Vec<String>>) -> Vec<String> {
    let mut v: Vec<String> = rows
        .into_iter()
        .filter_map(|r| r.into_iter().next())
        .collect();
    v.sort();
    v.dedup();
    v
}

fn list(out: &mut String, doc: &str, name: &str, items: &[String]) {
    let _ = writeln!(
        out,
        "{doc}\n#[rustfmt::skip]\npub(crate) const {name}: &[&str] = &["
    );
    for i in items {
        let _ = writeln!(out, "    {i:?},");
    }
    out.push_str("];\n\n");
}

fn strs(items: &BTreeSet<String>) -> String {
    let all: Vec<String> = items.iter().map(|i| format!("{i:?}")).collect();
    format!("&[{}]", all.join(", "))
}

fn render(cat: &Catalog) -> String {
    let mut out = String::from(
        "//! What a fresh PostgreSQL 15 database already has in `pg_catalog`, and what each contrib\n\
         //! extension creates: the names the schema model resolves without any migration creating them.\n\
         //! Generated by `cargo xtask codegen builtins` from a real server's catalog; do not edit.\n\
         //! `cargo test -p xtask` fails when this file differs from what the generator writes, and the\n\
         //! test below when a list is out of the byte order the lookups' binary search needs.\n\n",
    );
    list(
        &mut out,
        "/// Types of `pg_catalog` except the array types `_x`, which are derived from their element, sorted.",
        "TYPES",
        &cat.types,
    );
    list(
        &mut out,
        "/// Tables and views of `pg_catalog`, sorted.",
        "RELATIONS",
        &cat.relations,
    );
    let mut names: Vec<String> = cat.routines.iter().map(|(n, _)| n.clone()).collect();
    names.dedup();
    list(
        &mut out,
        "/// Distinct names of `pg_catalog` functions, procedures and aggregates, sorted.",
        "ROUTINES",
        &names,
    );
    out.push_str(
        "/// Every `pg_catalog` routine with its argument types (`oidvectortypes`), sorted: for\n\
         /// matching a routine by signature (the model matches `ROUTINES` by name today).\n\
         #[rustfmt::skip]\n#[cfg_attr(not(test), allow(dead_code))]\n\
         pub(crate) const ROUTINE_ARGUMENTS: &[(&str, &str)] = &[\n",
    );
    for (n, a) in &cat.routines {
        let _ = writeln!(out, "    ({n:?}, {a:?}),");
    }
    out.push_str("];\n\n");
    out.push_str(
        "/// What each extension of PostgreSQL 15's contrib creates besides functions and operators\n\
         /// (with the extensions it requires): (name, relations, types), sorted by name. Other\n\
         /// extensions may create anything.\n\
         #[rustfmt::skip]\npub(crate) const EXTENSIONS: &[(&str, &[&str], &[&str])] = &[\n",
    );
    for (e, (r, t)) in &cat.extensions {
        let _ = writeln!(out, "    ({e:?}, {}, {}),", strs(r), strs(t));
    }
    out.push_str("];\n");
    out.push_str(
        "\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n\
         \x20   fn sorted<T: Ord + std::fmt::Debug>(name: &str, v: &[T]) {\n\
         \x20       for w in v.windows(2) {\n\
         \x20           assert!(w[0] < w[1], \"{name}: {:?} before {:?}\", w[0], w[1]);\n\
         \x20       }\n\
         \x20   }\n\n\
         \x20   #[test]\n\
         \x20   fn every_list_is_strictly_sorted_for_binary_search() {\n\
         \x20       sorted(\"TYPES\", TYPES);\n\
         \x20       sorted(\"RELATIONS\", RELATIONS);\n\
         \x20       sorted(\"ROUTINES\", ROUTINES);\n\
         \x20       sorted(\"ROUTINE_ARGUMENTS\", ROUTINE_ARGUMENTS);\n\
         \x20       let names: Vec<&str> = EXTENSIONS.iter().map(|e| e.0).collect();\n\
         \x20       sorted(\"EXTENSIONS\", &names);\n\
         \x20       for (e, relations, types) in EXTENSIONS {\n\
         \x20           sorted(e, relations);\n\
         \x20           sorted(e, types);\n\
         \x20       }\n\
         \x20   }\n}\n",
    );
    out
}

/// What the generator writes for the server at `DATABASE_URL`.
pub(crate) fn generate() -> Result<String> {
    generate_from(&server_url()?)
}

/// The file, from the catalog of the server at `url`.
fn generate_from(url: &str) -> Result<String> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let cat = rt.block_on(read(url))?;
    Ok(render(&cat))
}

impl crate::flags::Codegen {
    pub(crate) fn run(self) -> Result<()> {
        if self.what != "builtins" {
            bail!(
                "cargo xtask codegen: unknown target {:?} (known: builtins)",
                self.what
            );
        }
        let text = generate()?;
        let path = crate::project_root().join(BUILTINS);
        std::fs::write(&path, &text)?;
        println!("wrote {} ({} lines)", path.display(), text.lines().count());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// On the tests' server (`DATABASE_URL`, else a throwaway one from the installed binaries):
    /// fails, never skips, when there is none.
    #[test]
    fn builtins_rs_is_what_the_generator_writes() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let server = rt
            .block_on(ScratchServer::shared())
            .expect("a PostgreSQL server for the tests");
        let fresh = generate_from(server.url()).expect("generate the builtins");
        let path = crate::project_root().join(BUILTINS);
        let committed = std::fs::read_to_string(&path).expect("read builtins.rs");
        if committed != fresh {
            let first = committed
                .lines()
                .zip(fresh.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(committed.lines().count().min(fresh.lines().count()));
            panic!(
                "{BUILTINS} differs from what `cargo xtask codegen builtins` writes (first at line {}): committed {:?}, generated {:?}; run it and commit",
                first + 1,
                committed.lines().nth(first),
                fresh.lines().nth(first)
            );
        }
    }
}
