//! Column and argument types: sqlparser's `DataType` turned into PostgreSQL's own names, shown
//! the way `format_type` shows them (`timestamp with time zone`, `numeric(4,3)`, `real[]`).

use std::fmt;

use sqlparser::ast::{
    ArrayElemTypeDef, CharacterLength, DataType, ExactNumberInfo, GeometricTypeKind, ObjectName,
    TimezoneInfo,
};

use super::builtins;
use super::names::{Key, Written};

/// What a column's type names.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeRef {
    /// A `pg_catalog` type, by its `typname` (`int4`, `timestamptz`).
    Builtin(String),
    /// A type the migrations created (an enum, domain, composite or range type, or a table's
    /// row type).
    User(Key),
    /// A type the model does not resolve (an extension's, or one sqlparser names oddly), as
    /// written.
    Other(String),
}

/// A column's type: the type, its modifiers (`(4,3)`) and whether it is an array.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ColumnType {
    /// The element type.
    pub base: TypeRef,
    /// Type modifiers as PostgreSQL shows them, with parentheses, or empty.
    pub modifiers: String,
    /// Whether it is an array of `base` (PostgreSQL does not keep the dimensions).
    pub array: bool,
}

/// A type as written in a statement, before it is resolved against the model.
#[derive(Clone, Debug)]
pub(crate) enum WrittenKind {
    /// A type sqlparser knows by name, already resolved to `pg_catalog`.
    Builtin(String, String),
    /// A name to resolve: `Custom(name)` in sqlparser.
    Named(Written, String),
    /// Something else (not a PostgreSQL type, or a table type); shown as written.
    Other(String),
}

/// A type from a statement: what to resolve, the modifiers, and the array flag.
#[derive(Clone, Debug)]
pub(crate) struct WrittenType {
    pub kind: WrittenKind,
    pub array: bool,
    /// `serial`, `bigserial`, …: an integer column with a sequence and a default.
    pub serial: bool,
}

fn len(l: &Option<CharacterLength>) -> String {
    match l {
        Some(CharacterLength::IntegerLength { length, .. }) => format!("({length})"),
        _ => String::new(),
    }
}

fn precision(p: &Option<u64>) -> String {
    p.map_or(String::new(), |p| format!("({p})"))
}

fn numeric(info: &ExactNumberInfo) -> String {
    match info {
        ExactNumberInfo::None => String::new(),
        ExactNumberInfo::Precision(p) => format!("({p},0)"),
        ExactNumberInfo::PrecisionAndScale(p, s) => format!("({p},{s})"),
    }
}

fn builtin(name: &str, mods: String) -> WrittenKind {
    WrittenKind::Builtin(name.to_string(), mods)
}

/// Reads a sqlparser type.
pub(crate) fn written(dt: &DataType) -> WrittenType {
    let mut array = false;
    let mut dt = dt;
    while let DataType::Array(
        ArrayElemTypeDef::SquareBracket(inner, _) | ArrayElemTypeDef::AngleBracket(inner),
    ) = dt
    {
        array = true;
        dt = inner;
    }
    let kind = match dt {
        DataType::Character(l) | DataType::Char(l) => {
            let l = len(l);
            builtin("bpchar", if l.is_empty() { "(1)".into() } else { l })
        }
        DataType::CharacterVarying(l) | DataType::CharVarying(l) | DataType::Varchar(l) => {
            builtin("varchar", len(l))
        }
        DataType::Uuid => builtin("uuid", String::new()),
        DataType::Numeric(i) | DataType::Decimal(i) | DataType::Dec(i) => {
            builtin("numeric", numeric(i))
        }
        DataType::Float(ExactNumberInfo::Precision(p)) if *p <= 24 => {
            builtin("float4", String::new())
        }
        DataType::Float(_) | DataType::Float8 | DataType::DoublePrecision => {
            builtin("float8", String::new())
        }
        DataType::Double(ExactNumberInfo::None) => builtin("float8", String::new()),
        DataType::Int2(None) | DataType::SmallInt(None) => builtin("int2", String::new()),
        DataType::Int(None) | DataType::Int4(None) | DataType::Integer(None) => {
            builtin("int4", String::new())
        }
        DataType::Int8(None) | DataType::BigInt(None) => builtin("int8", String::new()),
        DataType::Float4 | DataType::Real => builtin("float4", String::new()),
        DataType::Bool | DataType::Boolean => builtin("bool", String::new()),
        DataType::Date => builtin("date", String::new()),
        DataType::Time(p, tz) => match tz {
            TimezoneInfo::WithTimeZone | TimezoneInfo::Tz => builtin("timetz", precision(p)),
            _ => builtin("time", precision(p)),
        },
        DataType::Timestamp(p, tz) => match tz {
            TimezoneInfo::WithTimeZone | TimezoneInfo::Tz => builtin("timestamptz", precision(p)),
            _ => builtin("timestamp", precision(p)),
        },
        DataType::Interval {
            fields,
            precision: p,
        } => {
            let mut mods = String::new();
            if let Some(f) = fields {
                mods.push(' ');
                mods.push_str(&f.to_string().to_ascii_lowercase());
            }
            mods.push_str(&precision(p));
            builtin("interval", mods)
        }
        DataType::JSON => builtin("json", String::new()),
        DataType::JSONB => builtin("jsonb", String::new()),
        DataType::Regclass => builtin("regclass", String::new()),
        DataType::Text => builtin("text", String::new()),
        DataType::Bytea => builtin("bytea", String::new()),
        DataType::Bit(p) => builtin("bit", precision(&Some(p.unwrap_or(1)))),
        DataType::BitVarying(p) | DataType::VarBit(p) => builtin("varbit", precision(p)),
        DataType::Trigger => builtin("trigger", String::new()),
        DataType::TsVector => builtin("tsvector", String::new()),
        DataType::TsQuery => builtin("tsquery", String::new()),
        DataType::GeometricType(k) => builtin(
            match k {
                GeometricTypeKind::Point => "point",
                GeometricTypeKind::Line => "line",
                GeometricTypeKind::LineSegment => "lseg",
                GeometricTypeKind::GeometricBox => "box",
                GeometricTypeKind::GeometricPath => "path",
                GeometricTypeKind::Polygon => "polygon",
                GeometricTypeKind::Circle => "circle",
            },
            String::new(),
        ),
        DataType::Custom(name, mods) => {
            let mods: Vec<String> = mods.iter().map(ToString::to_string).collect();
            return custom(name, &mods, array);
        }
        other => WrittenKind::Other(other.to_string().to_ascii_lowercase()),
    };
    WrittenType {
        kind,
        array,
        serial: false,
    }
}

fn custom(name: &ObjectName, mods: &[String], array: bool) -> WrittenType {
    let Some(w) = Written::from_object(name) else {
        return WrittenType {
            kind: WrittenKind::Other(name.to_string()),
            array,
            serial: false,
        };
    };
    let mods = if mods.is_empty() {
        String::new()
    } else {
        format!("({})", mods.join(","))
    };
    let unqualified = w.schema.is_none() || w.schema.as_deref() == Some("pg_catalog");
    if unqualified {
        let serial = match w.name.as_str() {
            "serial" | "serial4" => Some("int4"),
            "bigserial" | "serial8" => Some("int8"),
            "smallserial" | "serial2" => Some("int2"),
            _ => None,
        };
        if let Some(int) = serial {
            return WrittenType {
                kind: builtin(int, String::new()),
                array,
                serial: true,
            };
        }
        // Spellings sqlparser leaves as names.
        let alias = match w.name.as_str() {
            "int" | "integer" => Some("int4"),
            "smallint" => Some("int2"),
            "bigint" => Some("int8"),
            "float" => Some("float8"),
            "decimal" => Some("numeric"),
            "boolean" => Some("bool"),
            "character" | "char" if w.schema.is_none() => Some("bpchar"),
            _ => None,
        };
        let name = alias.unwrap_or(&w.name);
        if w.schema.is_some() || is_builtin_type(name) {
            return WrittenType {
                kind: WrittenKind::Builtin(name.to_string(), mods),
                array,
                serial: false,
            };
        }
    }
    WrittenType {
        kind: WrittenKind::Named(w, mods),
        array,
        serial: false,
    }
}

/// Whether `name` is a `pg_catalog` type (arrays `_x` included).
pub(crate) fn is_builtin_type(name: &str) -> bool {
    builtins::TYPES.binary_search(&name).is_ok()
        || name
            .strip_prefix('_')
            .is_some_and(|e| builtins::TYPES.binary_search(&e).is_ok())
}

/// `format_type`'s name for a `pg_catalog` type with modifiers.
fn builtin_display(name: &str, mods: &str) -> String {
    let sql = |base: &str| format!("{base}{mods}");
    match name {
        "int2" => "smallint".into(),
        "int4" => "integer".into(),
        "int8" => "bigint".into(),
        "float4" => "real".into(),
        "float8" => "double precision".into(),
        "bool" => "boolean".into(),
        "varchar" => sql("character varying"),
        "bpchar" if mods.is_empty() => "bpchar".into(),
        "bpchar" => sql("character"),
        "varbit" => sql("bit varying"),
        "timestamptz" => format!("timestamp{mods} with time zone"),
        "timestamp" => format!("timestamp{mods} without time zone"),
        "timetz" => format!("time{mods} with time zone"),
        "time" => format!("time{mods} without time zone"),
        "char" => "\"char\"".into(),
        other => sql(other),
    }
}

/// Marks a signature type the model did not resolve: two such signatures may name the same
/// type under different spellings, so a mismatch proves nothing.
const UNRESOLVED: char = '?';

/// Whether a signature type is one the model did not resolve.
pub(crate) fn is_unresolved(sig: &str) -> bool {
    sig.starts_with(UNRESOLVED)
}

/// A signature type (`int4`, `public.mood[]`) as PostgreSQL shows it (`integer`, `mood[]`).
pub(crate) fn signature_display(sig: &str) -> String {
    let sig = sig.trim_start_matches(UNRESOLVED);
    let (base, array) = match sig.strip_suffix("[]") {
        Some(b) => (b, "[]"),
        None => (sig, ""),
    };
    let shown = match base.split_once('.') {
        Some(("public", name)) => super::names::quote(name),
        Some((schema, name)) => format!(
            "{}.{}",
            super::names::quote(schema),
            super::names::quote(name)
        ),
        None => builtin_display(base, ""),
    };
    format!("{shown}{array}")
}

/// `integer, text` for a signature.
pub(crate) fn signature_list(args: &[String]) -> String {
    args.iter()
        .map(|a| signature_display(a))
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for ColumnType {
    /// As `format_type` shows it with the default `search_path`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.base {
            TypeRef::Builtin(name) => f.write_str(&builtin_display(name, &self.modifiers))?,
            TypeRef::User(key) => write!(f, "{key}{}", self.modifiers)?,
            TypeRef::Other(text) => f.write_str(text)?,
        }
        if self.array {
            f.write_str("[]")?;
        }
        Ok(())
    }
}

impl ColumnType {
    /// A type the model does not resolve, shown as written.
    pub(crate) fn other(text: &str) -> Self {
        ColumnType {
            base: TypeRef::Other(text.to_string()),
            modifiers: String::new(),
            array: false,
        }
    }

    /// The identity of the type without modifiers, as function signatures compare types; a
    /// type the model did not resolve is marked (see [`is_unresolved`]).
    pub(crate) fn signature(&self) -> String {
        let base = match &self.base {
            TypeRef::Builtin(name) => name.clone(),
            TypeRef::User(key) => format!("{}.{}", key.schema, key.name),
            TypeRef::Other(text) => format!("{UNRESOLVED}{text}"),
        };
        if self.array {
            format!("{base}[]")
        } else {
            base
        }
    }
}
