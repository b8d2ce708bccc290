//! The model as text for review: every object with its details (`gander schema --at V`), and
//! what one migration changes (`gander schema --diff V`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::names::quote;
use super::{ConstraintKind, RelKind, SchemaModel, TypeKind};

/// One object: a header line and its detail lines.
type Entry = (String, Vec<String>);

impl SchemaModel {
    /// The objects in a stable order, keyed by their header's identity.
    fn entries(&self) -> BTreeMap<String, Entry> {
        let mut out = BTreeMap::new();
        for name in self.schema_names() {
            out.insert(
                format!("0 {name}"),
                (format!("schema {}", quote(name)), Vec::new()),
            );
        }
        for e in self.extensions() {
            if e.origin.is_some() {
                out.insert(
                    format!("1 {}", e.name),
                    (
                        format!("extension {} (schema {})", quote(&e.name), quote(&e.schema)),
                        Vec::new(),
                    ),
                );
            }
        }
        for t in self.types() {
            let (header, details) = match &t.kind {
                TypeKind::Enum(labels) => (
                    format!("type {} enum", t.key),
                    labels.iter().map(|l| format!("label '{l}'")).collect(),
                ),
                TypeKind::Domain(base) => (
                    format!(
                        "domain {} {}",
                        t.key,
                        base.as_ref().map_or("?".to_string(), ToString::to_string)
                    ),
                    Vec::new(),
                ),
                TypeKind::Composite(attrs) => (
                    format!("type {} composite", t.key),
                    attrs
                        .iter()
                        .map(|a| format!("attribute {}", quote(a)))
                        .collect(),
                ),
                TypeKind::Range => (format!("type {} range", t.key), Vec::new()),
                TypeKind::Other => (format!("type {}", t.key), Vec::new()),
            };
            out.insert(format!("2 {}", t.key), (header, details));
        }
        for r in self.relations() {
            let mut header = format!("{} {}", r.kind.as_str(), r.key);
            match r.kind {
                RelKind::PartitionedTable => {
                    let _ = write!(
                        header,
                        " partition by {}",
                        r.partition_by.as_deref().unwrap_or("?")
                    );
                }
                RelKind::Index => {
                    if let Some(t) = &r.index_of {
                        let _ = write!(header, " on {t}");
                    }
                }
                RelKind::Sequence => {
                    if let Some((t, c)) = &r.owned_by {
                        let _ = write!(header, " owned by {t}.{}", quote(c));
                    }
                }
                _ => {}
            }
            if let Some(p) = &r.partition_of {
                let _ = write!(header, " partition of {p}");
            }
            if !r.inherits.is_empty() {
                let parents: Vec<String> = r.inherits.iter().map(ToString::to_string).collect();
                let _ = write!(header, " inherits {}", parents.join(", "));
            }
            let mut details = Vec::new();
            for c in &r.columns {
                let mut line = format!(
                    "column {} {}",
                    quote(&c.name),
                    c.ty.as_ref().map_or("?".to_string(), ToString::to_string)
                );
                if c.not_null {
                    line.push_str(" not null");
                }
                if let Some(i) = &c.identity {
                    let _ = write!(line, " generated {} as identity", i.to_ascii_lowercase());
                }
                if let Some(g) = &c.generated {
                    let _ = write!(line, " generated always as ({g}) stored");
                }
                if let Some(d) = &c.default {
                    let _ = write!(line, " default {d}");
                }
                details.push(line);
            }
            if !r.columns_exact && r.kind.has_columns() {
                details.push("(other columns the model cannot see)".into());
            }
            if r.partition_of.is_none() {
                for c in &r.constraints {
                    let kind = match &c.kind {
                        ConstraintKind::PrimaryKey => "primary key".to_string(),
                        ConstraintKind::Unique => "unique".to_string(),
                        ConstraintKind::ForeignKey(t) => format!("foreign key references {t} from"),
                        ConstraintKind::Check => "check".to_string(),
                        ConstraintKind::Exclude => "exclude".to_string(),
                    };
                    let cols = if c.columns.is_empty() {
                        String::new()
                    } else {
                        format!(
                            " ({})",
                            c.columns
                                .iter()
                                .map(|c| quote(c))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    };
                    details.push(format!("constraint {} {kind}{cols}", quote(&c.name)));
                }
                for t in &r.triggers {
                    let f = t
                        .function
                        .as_ref()
                        .map_or("?".to_string(), ToString::to_string);
                    details.push(format!("trigger {} executes {f}()", quote(&t.name)));
                }
            }
            if !r.reads.is_empty() {
                let reads: Vec<String> = r.reads.iter().map(ToString::to_string).collect();
                details.push(format!("reads {}", reads.join(", ")));
            }
            let order = match r.kind {
                RelKind::Index => 5,
                RelKind::Sequence => 4,
                RelKind::View | RelKind::MaterializedView => 6,
                _ => 3,
            };
            out.insert(format!("{order} {}", r.key), (header, details));
        }
        for rs in self.routines() {
            for (i, o) in rs.overloads.iter().enumerate() {
                let args = o
                    .args
                    .as_ref()
                    .map_or("…".to_string(), |a| super::types::signature_list(a));
                out.insert(
                    format!("7 {} {i}", rs.key),
                    (
                        format!("{} {}({args})", o.kind.as_str(), rs.key),
                        Vec::new(),
                    ),
                );
            }
        }
        out
    }

    /// Every object with its details, one per block.
    pub fn render(&self) -> String {
        let mut s = String::new();
        for (header, details) in self.entries().into_values() {
            s.push_str(&header);
            s.push('\n');
            for d in details {
                let _ = writeln!(s, "    {d}");
            }
        }
        for u in self.uncertainties() {
            let _ = writeln!(s, "-- uncertain after {u}");
        }
        s
    }

    /// What changes from `before` to `self`: `+` added, `-` removed, `~` changed (with the
    /// added and removed details under it).
    pub fn diff(&self, before: &SchemaModel) -> String {
        let old = before.entries();
        let new = self.entries();
        let mut s = String::new();
        let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            match (old.get(k), new.get(k)) {
                (None, Some((h, d))) => {
                    let _ = writeln!(s, "+ {h}");
                    for line in d {
                        let _ = writeln!(s, "+     {line}");
                    }
                }
                (Some((h, _)), None) => {
                    let _ = writeln!(s, "- {h}");
                }
                (Some((oh, od)), Some((nh, nd))) => {
                    if oh == nh && od == nd {
                        continue;
                    }
                    if oh != nh {
                        let _ = writeln!(s, "- {oh}");
                        let _ = writeln!(s, "+ {nh}");
                    } else {
                        let _ = writeln!(s, "~ {nh}");
                    }
                    for line in od.iter().filter(|l| !nd.contains(l)) {
                        let _ = writeln!(s, "-     {line}");
                    }
                    for line in nd.iter().filter(|l| !od.contains(l)) {
                        let _ = writeln!(s, "+     {line}");
                    }
                }
                (None, None) => {}
            }
        }
        s
    }
}
