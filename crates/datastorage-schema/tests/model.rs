//! The schema model after the Data Storage set is the schema PostgreSQL ends with: every
//! relation (tables, partitions, views, indexes and sequences, with the names PostgreSQL
//! generated), every column with its type and nullability, and every enum with its labels.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use gander::testing::TestDatabase;
use gander_core::model::RelKind;

/// `relation kind`, one line per relation, and `relation.column type [not null]`.
type Catalog = (BTreeMap<String, String>, BTreeMap<String, Vec<String>>);

fn kind(k: RelKind) -> &'static str {
    match k {
        RelKind::Table => "table",
        RelKind::PartitionedTable => "partitioned table",
        RelKind::View => "view",
        RelKind::MaterializedView => "materialized view",
        RelKind::Index => "index",
        RelKind::Sequence => "sequence",
        RelKind::ForeignTable => "foreign table",
    }
}

async fn catalog(c: &gander::tokio_postgres::Client) -> (Catalog, BTreeMap<String, Vec<String>>) {
    let mut relations = BTreeMap::new();
    for row in c
        .query(
            "SELECT c.relname::text, CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' \
             WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index' \
             WHEN 'I' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' ELSE c.relkind::text END \
             FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace \
             AND c.relname NOT LIKE 'goose_db_version%' AND c.relkind <> 'c'",
            &[],
        )
        .await
        .expect("relations")
    {
        relations.insert(row.get::<_, String>(0), row.get::<_, String>(1));
    }
    let mut columns: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in c
        .query(
            "SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull, c.relkind::text \
             FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid \
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f') \
             AND c.relname NOT LIKE 'goose_db_version%' AND a.attnum > 0 AND NOT a.attisdropped \
             ORDER BY c.relname, a.attnum",
            &[],
        )
        .await
        .expect("columns")
    {
        let relkind: String = row.get(4);
        let line = if relkind == "v" || relkind == "m" {
            // The model names a view's columns; their types come from expressions.
            row.get::<_, String>(1)
        } else {
            format!(
                "{} {}{}",
                row.get::<_, String>(1),
                row.get::<_, String>(2),
                if row.get::<_, bool>(3) { " not null" } else { "" }
            )
        };
        columns.entry(row.get(0)).or_default().push(line);
    }
    let mut enums: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in c
        .query(
            "SELECT t.typname::text, e.enumlabel::text FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid \
             WHERE t.typnamespace = 'public'::regnamespace ORDER BY t.typname, e.enumsortorder",
            &[],
        )
        .await
        .expect("enums")
    {
        enums.entry(row.get(0)).or_default().push(row.get(1));
    }
    ((relations, columns), enums)
}

fn model() -> (Catalog, BTreeMap<String, Vec<String>>) {
    let replayed = gander_core::model::replay(&datastorage_schema::MIGRATIONS);
    assert!(
        replayed.diagnostics.is_empty(),
        "the Data Storage set replays without a diagnostic: {:?}",
        replayed.diagnostics
    );
    let m = replayed.latest();
    assert!(
        m.is_exact(),
        "the model follows every statement of the Data Storage set: {:?}",
        m.uncertainties()
    );
    let mut relations = BTreeMap::new();
    let mut columns: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in m.relations().filter(|r| r.key.schema == "public") {
        relations.insert(r.key.name.clone(), kind(r.kind).to_string());
        if !r.kind.has_columns() {
            continue;
        }
        assert!(r.columns_exact, "the model knows every column of {}", r.key);
        for c in &r.columns {
            let line = if matches!(r.kind, RelKind::View | RelKind::MaterializedView) {
                c.name.clone()
            } else {
                let ty = c.ty.as_ref().map_or("?".to_string(), ToString::to_string);
                format!(
                    "{} {ty}{}",
                    c.name,
                    if c.not_null { " not null" } else { "" }
                )
            };
            columns.entry(r.key.name.clone()).or_default().push(line);
        }
    }
    let mut enums = BTreeMap::new();
    for t in m.types().filter(|t| t.key.schema == "public") {
        if let gander_core::model::TypeKind::Enum(labels) = &t.kind {
            enums.insert(t.key.name.clone(), labels.clone());
        }
    }
    ((relations, columns), enums)
}

fn differences<V: PartialEq + std::fmt::Debug>(
    what: &str,
    model: &BTreeMap<String, V>,
    real: &BTreeMap<String, V>,
    out: &mut String,
) {
    for (k, v) in real {
        match model.get(k) {
            None => {
                let _ = writeln!(
                    out,
                    "{what} {k}: PostgreSQL has {v:?}, the model has nothing"
                );
            }
            Some(m) if m != v => {
                let _ = writeln!(out, "{what} {k}:\n  PostgreSQL: {v:?}\n  model:      {m:?}");
            }
            Some(_) => {}
        }
    }
    for (k, v) in model {
        if !real.contains_key(k) {
            let _ = writeln!(
                out,
                "{what} {k}: the model has {v:?}, PostgreSQL has nothing"
            );
        }
    }
}

#[tokio::test]
async fn the_model_is_the_catalog_after_the_data_storage_set() {
    let db = TestDatabase::new(&datastorage_schema::MIGRATIONS)
        .await
        .expect("migrated test database");
    let conn = db.connect().await.expect("connect");
    let ((real_relations, real_columns), real_enums) = catalog(&conn.client).await;
    let ((model_relations, model_columns), model_enums) = model();
    let mut out = String::new();
    differences("relation", &model_relations, &real_relations, &mut out);
    differences("columns of", &model_columns, &real_columns, &mut out);
    differences("enum", &model_enums, &real_enums, &mut out);
    assert!(out.is_empty(), "the model differs from the catalog:\n{out}");
    let columns: usize = real_columns.values().map(Vec::len).sum();
    eprintln!(
        "model = catalog: {} relations, {columns} columns, {} enums",
        real_relations.len(),
        real_enums.len()
    );
}
