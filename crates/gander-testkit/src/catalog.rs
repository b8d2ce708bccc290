//! The schema model against a real server's catalog, after a set was applied: what the corpus
//! run (`cargo xtask corpus`) and gander-core's data-driven tests both check, written once.

use std::collections::{BTreeMap, BTreeSet};

use gander_core::model::{RelKind, SchemaModel, TypeKind, TypeRef};

/// Relations, columns, constraints and enums of user schemas (not extensions', not goose's).
const USER_SCHEMA: &str = "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' \
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass \
     AND d.objid = c.oid AND d.deptype = 'e') AND c.relname NOT LIKE 'goose\\_db\\_version%'";

/// Compares what the schema model holds with the catalog: relations by kind (tables,
/// partitions and their parent, views, indexes, sequences), columns with `format_type` and NOT
/// NULL, constraints by name, enum labels in order. Where the model could not follow a statement
/// (`columns_exact`, `is_exact`, …) only what it is sure of is compared.
pub fn model_against_catalog(
    client: &mut postgres::Client,
    model: &SchemaModel,
) -> Result<(usize, Vec<String>), postgres::Error> {
    // The model shows types as `format_type` does with the default search path, whatever path
    // the migrations left the session with (inside a transaction the caller rolls back, the
    // setting goes with it).
    client.batch_execute("SET search_path TO \"$user\", public")?;
    // (schema, name) → (relkind, the partitioned table it is a partition of).
    type Name = (String, String);
    let mut real: BTreeMap<Name, (String, Option<Name>)> = BTreeMap::new();
    for row in client.query(
        &format!(
            "SELECT n.nspname::text, c.relname::text, c.relkind::text, pn.nspname::text, p.relname::text \
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             LEFT JOIN pg_inherits i ON i.inhrelid = c.oid AND c.relispartition \
             LEFT JOIN pg_class p ON p.oid = i.inhparent LEFT JOIN pg_namespace pn ON pn.oid = p.relnamespace \
             WHERE c.relkind IN ('r','p','v','m','i','I','S','f') AND {USER_SCHEMA}"
        ),
        &[],
    )? {
        let parent = match (row.get::<_, Option<String>>(3), row.get::<_, Option<String>>(4)) {
            (Some(s), Some(n)) => Some((s, n)),
            _ => None,
        };
        real.insert((row.get(0), row.get(1)), (row.get(2), parent));
    }
    type Cols = Vec<(String, String, bool)>;
    let mut columns: BTreeMap<(String, String), Cols> = BTreeMap::new();
    for row in client.query(
        &format!(
            "SELECT n.nspname::text, c.relname::text, a.attname::text, \
             format_type(a.atttypid, a.atttypmod), a.attnotnull \
             FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid \
             JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE a.attnum > 0 AND NOT a.attisdropped AND {USER_SCHEMA} ORDER BY a.attnum"
        ),
        &[],
    )? {
        columns.entry((row.get(0), row.get(1))).or_default().push((
            row.get(2),
            row.get(3),
            row.get(4),
        ));
    }
    let mut constraints: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for row in client.query(
        &format!(
            "SELECT n.nspname::text, c.relname::text, con.conname::text FROM pg_constraint con \
             JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE con.contype IN ('p','u','f','c','x') AND {USER_SCHEMA} ORDER BY 3"
        ),
        &[],
    )? {
        constraints
            .entry((row.get(0), row.get(1)))
            .or_default()
            .push(row.get(2));
    }
    let mut enums: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for row in client.query(
        "SELECT n.nspname::text, t.typname::text, e.enumlabel::text FROM pg_enum e \
         JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace \
         WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass \
         AND d.objid = t.oid AND d.deptype = 'e') ORDER BY e.enumsortorder",
        &[],
    )? {
        enums
            .entry((row.get(0), row.get(1)))
            .or_default()
            .push(row.get(2));
    }

    let mut out = Vec::new();
    let mut compared = 0;
    let certain: Vec<_> = model
        .relations()
        .filter(|r| !r.temporary && r.is_certain())
        .collect();
    for r in &certain {
        let key = (r.key.schema.clone(), r.key.name.clone());
        let kind = match r.kind {
            RelKind::Table => "r",
            RelKind::PartitionedTable => "p",
            RelKind::View => "v",
            RelKind::MaterializedView => "m",
            RelKind::Index => "i",
            RelKind::Sequence => "S",
            RelKind::ForeignTable => "f",
        };
        let Some((k, parent)) = real.get(&key) else {
            out.push(format!(
                "{}: the model has this {}, PostgreSQL does not",
                r.key,
                r.kind.as_str()
            ));
            continue;
        };
        compared += 1;
        if k != kind && !(kind == "i" && k == "I") {
            out.push(format!(
                "{}: kind {kind} in the model, {k} in PostgreSQL",
                r.key
            ));
        }
        let model_parent = r
            .partition_of
            .as_ref()
            .map(|p| (p.schema.clone(), p.name.clone()));
        if r.kind.is_table() && model_parent != *parent {
            let show = |p: &Option<(String, String)>| {
                p.as_ref().map_or("no parent".to_string(), |(s, n)| {
                    format!("a partition of {s}.{n}")
                })
            };
            out.push(format!(
                "{}: {} in the model, {} in PostgreSQL",
                r.key,
                show(&model_parent),
                show(parent)
            ));
        }
        if r.kind.has_columns() && r.columns_exact {
            let real_cols = columns.get(&key).cloned().unwrap_or_default();
            let names: Vec<&str> = real_cols.iter().map(|(n, _, _)| n.as_str()).collect();
            let model_names: Vec<&str> = r.columns.iter().map(|c| c.name.as_str()).collect();
            if names != model_names {
                out.push(format!(
                    "{}: columns {model_names:?} in the model, {names:?} in PostgreSQL",
                    r.key
                ));
            } else {
                for (c, (_, ty, not_null)) in r.columns.iter().zip(&real_cols) {
                    if let Some(t) = &c.ty
                        && !matches!(t.base, TypeRef::Other(_))
                        && t.to_string() != *ty
                    {
                        out.push(format!(
                            "{}.{}: type {t} in the model, {ty} in PostgreSQL",
                            r.key, c.name
                        ));
                    }
                    if r.kind.is_table() && c.not_null != *not_null {
                        let say = |b: bool| if b { "NOT NULL" } else { "nullable" };
                        out.push(format!(
                            "{}.{}: {} in the model, {} in PostgreSQL",
                            r.key,
                            c.name,
                            say(c.not_null),
                            say(*not_null)
                        ));
                    }
                }
            }
        }
        if r.kind.is_table() && r.constraints_exact {
            let mut model_names: Vec<&str> =
                r.constraints.iter().map(|c| c.name.as_str()).collect();
            model_names.sort_unstable();
            let real_names: Vec<&str> = constraints
                .get(&key)
                .map(|v| v.iter().map(String::as_str).collect())
                .unwrap_or_default();
            if model_names != real_names {
                out.push(format!(
                    "{}: constraints {model_names:?} in the model, {real_names:?} in PostgreSQL",
                    r.key
                ));
            }
        }
    }
    let exact = model.is_exact();
    if exact {
        for (schema, name) in real.keys() {
            if !certain
                .iter()
                .any(|r| r.key.schema == *schema && r.key.name == *name)
            {
                out.push(format!(
                    "{schema}.{name}: PostgreSQL has it, the model does not"
                ));
            }
        }
    }
    let mut model_enums = BTreeSet::new();
    for t in model.types() {
        let TypeKind::Enum(labels) = &t.kind else {
            continue;
        };
        let key = (t.key.schema.clone(), t.key.name.clone());
        model_enums.insert(key.clone());
        compared += 1;
        match enums.get(&key) {
            None => out.push(format!(
                "enum {}: the model has it, PostgreSQL does not",
                t.key
            )),
            Some(real) if real != labels => out.push(format!(
                "enum {}: labels {labels:?} in the model, {real:?} in PostgreSQL",
                t.key
            )),
            Some(_) => {}
        }
    }
    if exact {
        for (schema, name) in enums.keys() {
            if !model_enums.contains(&(schema.clone(), name.clone())) {
                out.push(format!(
                    "enum {schema}.{name}: PostgreSQL has it, the model does not"
                ));
            }
        }
    }
    Ok((compared, out))
}
