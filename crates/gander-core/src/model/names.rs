//! Names as PostgreSQL stores them: folded identifiers, qualified keys, the names PostgreSQL
//! generates for constraints, indexes and sequences, and the word sets of statements the model
//! cannot follow.

use std::collections::HashSet;
use std::fmt;

use sqlparser::ast::{Ident, ObjectName};
use sqlparser::tokenizer::Span;

/// PostgreSQL's identifier limit (NAMEDATALEN - 1).
pub(crate) const MAX_IDENT: usize = 63;

/// Cuts `s` to at most `max` bytes on a character boundary.
pub(crate) fn clip(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// An identifier as PostgreSQL stores it: unquoted ones folded to lower case (ASCII only, like
/// PostgreSQL), quoted ones kept; both cut to 63 bytes.
pub(crate) fn fold(ident: &Ident) -> String {
    let value = if ident.quote_style.is_some() {
        ident.value.clone()
    } else {
        ident.value.to_ascii_lowercase()
    };
    clip(&value, MAX_IDENT).to_string()
}

/// A schema-qualified object name, resolved.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    /// The schema (`public`).
    pub schema: String,
    /// The object's name within the schema.
    pub name: String,
}

impl Key {
    pub(crate) fn new(schema: &str, name: &str) -> Self {
        Key {
            schema: schema.to_string(),
            name: name.to_string(),
        }
    }
}

impl fmt::Display for Key {
    /// `name` for objects in `public`, else `schema.name`, quoted where PostgreSQL would quote.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.schema == "public" {
            f.write_str(&quote(&self.name))
        } else {
            write!(f, "{}.{}", quote(&self.schema), quote(&self.name))
        }
    }
}

/// `name`, or `"Name"` when it needs quotes to mean itself.
pub(crate) fn quote(name: &str) -> String {
    let plain = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '$');
    if plain {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// A name as written in a statement: optional schema, the name, and where it is.
#[derive(Clone, Debug)]
pub(crate) struct Written {
    pub schema: Option<String>,
    pub name: String,
    pub span: Span,
}

impl Written {
    pub(crate) fn from_object(name: &ObjectName) -> Option<Self> {
        let idents: Vec<&Ident> = name.0.iter().filter_map(|p| p.as_ident()).collect();
        if idents.len() != name.0.len() || idents.is_empty() || idents.len() > 3 {
            return None;
        }
        let last = idents[idents.len() - 1];
        let schema = (idents.len() >= 2).then(|| fold(idents[idents.len() - 2]));
        let first = idents[0].span;
        Some(Written {
            schema,
            name: fold(last),
            span: first.union(&last.span),
        })
    }

    pub(crate) fn from_ident(ident: &Ident) -> Self {
        Written {
            schema: None,
            name: fold(ident),
            span: ident.span,
        }
    }

    /// `schema.name` or `name`, as written (folded).
    pub(crate) fn shown(&self) -> String {
        match &self.schema {
            Some(s) => format!("{}.{}", quote(s), quote(&self.name)),
            None => quote(&self.name),
        }
    }
}

/// PostgreSQL's `makeObjectName`: `name1_name2_label`, with name1 and name2 shortened (the
/// longer first) so that the whole fits in 63 bytes.
pub(crate) fn make_object_name(name1: &str, name2: Option<&str>, label: &str) -> String {
    let mut n1 = name1.len();
    let mut n2 = name2.map_or(0, str::len);
    let mut overhead = 0;
    if name2.is_some() {
        overhead += 1;
    }
    if !label.is_empty() {
        overhead += label.len() + 1;
    }
    let avail = MAX_IDENT.saturating_sub(overhead);
    while n1 + n2 > avail {
        if n1 > n2 {
            n1 -= 1;
        } else {
            n2 -= 1;
        }
    }
    let mut out = clip(name1, n1).to_string();
    if let Some(n2s) = name2 {
        out.push('_');
        out.push_str(clip(n2s, n2));
    }
    if !label.is_empty() {
        out.push('_');
        out.push_str(label);
    }
    out
}

/// What PostgreSQL names an index column in a generated name (`ChooseIndexColumnNames`):
/// each column's name, `expr` otherwise, made unique by appending numbers; then joined with `_`
/// until the result would be longer than an identifier (`ChooseIndexNameAddition`).
pub(crate) fn index_name_addition(columns: &[String]) -> String {
    let mut unique: Vec<String> = Vec::with_capacity(columns.len());
    for c in columns {
        let mut name = c.clone();
        let mut i = 1;
        while unique.contains(&name) {
            name = format!("{c}{i}");
            i += 1;
        }
        unique.push(name);
    }
    let mut out = String::new();
    for name in unique {
        if !out.is_empty() {
            out.push('_');
        }
        out.push_str(&name);
        if out.len() >= MAX_IDENT {
            break;
        }
    }
    clip(&out, MAX_IDENT).to_string()
}

/// The words of a statement the model cannot follow: every name it could create, change or
/// drop is among them, or starts with one of them followed by `_` (PostgreSQL's generated
/// names), or (for long words) with their first 27 bytes (generated names shorten long names
/// down to no less than that).
#[derive(Clone, Debug, Default)]
pub(crate) struct WordSet {
    exact: HashSet<String>,
    keywords: HashSet<String>,
    long: HashSet<String>,
    raw_prefixes: Vec<String>,
}

const TRUNCATED: usize = 27;

/// PostgreSQL's reserved key words: unquoted, they never name an object.
pub(crate) const RESERVED: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "constraint",
    "create",
    "current_catalog",
    "current_date",
    "current_role",
    "current_time",
    "current_timestamp",
    "current_user",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "false",
    "fetch",
    "for",
    "foreign",
    "from",
    "grant",
    "group",
    "having",
    "in",
    "initially",
    "intersect",
    "into",
    "lateral",
    "leading",
    "limit",
    "localtime",
    "localtimestamp",
    "not",
    "null",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "placing",
    "primary",
    "references",
    "returning",
    "select",
    "session_user",
    "some",
    "symmetric",
    "table",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "variadic",
    "when",
    "where",
    "window",
    "with",
];

impl WordSet {
    pub(crate) fn from_text(text: &str) -> Self {
        let mut set = WordSet::default();
        for (w, quoted) in words_quoted(text) {
            if quoted || !RESERVED.contains(&w.as_str()) {
                set.insert(w);
            } else {
                // Kept for what the words say (DDL, dynamic SQL), not as a name.
                set.keywords.insert(w);
            }
        }
        set
    }

    pub(crate) fn insert(&mut self, word: String) {
        if word.len() > TRUNCATED {
            self.long.insert(clip(&word, TRUNCATED).to_string());
        }
        self.exact.insert(word);
    }

    /// Names starting with `prefix` (any continuation) are covered.
    pub(crate) fn prefix(prefix: String) -> Self {
        WordSet {
            raw_prefixes: vec![prefix],
            ..WordSet::default()
        }
    }

    pub(crate) fn contains_word(&self, word: &str) -> bool {
        self.exact.contains(word) || self.keywords.contains(word)
    }

    pub(crate) fn words(&self) -> impl Iterator<Item = &String> {
        self.exact.iter()
    }

    pub(crate) fn covers(&self, name: &str) -> bool {
        if self.exact.contains(name) {
            return true;
        }
        for (i, _) in name.match_indices('_') {
            if i > 0 && self.exact.contains(&name[..i]) {
                return true;
            }
        }
        if name.len() >= TRUNCATED && self.long.contains(clip(name, TRUNCATED)) {
            return true;
        }
        self.raw_prefixes
            .iter()
            .any(|p| name.starts_with(p.as_str()))
    }
}

/// Identifier-like words of a text, everywhere (inside strings and bodies too): unquoted ones
/// lower-cased, `"quoted"` ones as written.
pub(crate) fn words(text: &str) -> Vec<String> {
    words_quoted(text).into_iter().map(|(w, _)| w).collect()
}

fn words_quoted(text: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '"' {
            let mut word = String::new();
            loop {
                match chars.next() {
                    Some((_, '"')) => {
                        if matches!(chars.peek(), Some((_, '"'))) {
                            chars.next();
                            word.push('"');
                        } else {
                            break;
                        }
                    }
                    Some((_, ch)) => word.push(ch),
                    None => break,
                }
            }
            if !word.is_empty() {
                out.push((clip(&word, MAX_IDENT).to_string(), true));
            }
        } else if c.is_alphabetic() || c == '_' {
            let mut end = i + c.len_utf8();
            while let Some(&(j, ch)) = chars.peek() {
                if ch.is_alphanumeric() || ch == '_' || ch == '$' {
                    end = j + ch.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push((
                clip(&text[i..end].to_ascii_lowercase(), MAX_IDENT).to_string(),
                false,
            ));
        }
    }
    out
}

/// Whether a function body or a `DO` block can change the schema: it names a DDL command
/// (possibly inside a string it executes).
pub(crate) fn has_ddl_words(words: &WordSet) -> bool {
    ["create", "alter", "drop", "comment", "import"]
        .iter()
        .any(|w| words.contains_word(w))
}

/// Whether a body builds statements at run time, so its names cannot be read from its text:
/// PL/pgSQL's `EXECUTE` of anything but one string constant, or `dblink`.
pub(crate) fn has_dynamic_sql(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    if lower.contains("dblink") {
        return true;
    }
    let bytes = lower.as_bytes();
    let mut from = 0;
    while let Some(found) = lower[from..].find("execute") {
        let at = from + found;
        from = at + 7;
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(at + 7).copied();
        let word = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_');
        if word(before) || word(after) {
            continue;
        }
        let rest = lower[at + 7..].trim_start();
        if rest.starts_with("function") || rest.starts_with("procedure") {
            continue;
        }
        // `EXECUTE 'constant';` (or `USING`/`INTO` after it) runs text the words already hold.
        if let Some(body) = rest.strip_prefix('\'') {
            let mut chars = body.char_indices().peekable();
            let mut end = None;
            while let Some((i, c)) = chars.next() {
                if c == '\'' {
                    if matches!(chars.peek(), Some((_, '\''))) {
                        chars.next();
                    } else {
                        end = Some(i + 1);
                        break;
                    }
                }
            }
            if let Some(end) = end {
                let tail = body[end..].trim_start();
                if tail.starts_with(';') || tail.starts_with("using") || tail.starts_with("into") {
                    continue;
                }
            }
        }
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_names_follow_postgres() {
        assert_eq!(make_object_name("t", Some("id"), "seq"), "t_id_seq");
        assert_eq!(make_object_name("t", None, "pkey"), "t_pkey");
        // PostgreSQL: resource_action_traces_2025_01_action_history_id_action_tim_idx
        let long = make_object_name(
            "resource_action_traces_2025_01",
            Some("action_history_id_action_timestamp"),
            "idx",
        );
        // Both read off PostgreSQL 15.
        assert_eq!(
            long,
            "resource_action_traces_2025_0_action_history_id_action_time_idx"
        );
        assert_eq!(
            make_object_name(
                "t_with_a_rather_long_name_here_and_more_x",
                Some("a_very_long_column_name_for_testing_ok"),
                "seq"
            ),
            "t_with_a_rather_long_name_her_a_very_long_column_name_for_t_seq"
        );
        assert_eq!(
            index_name_addition(&["a".into(), "a".into(), "expr".into()]),
            "a_a1_expr"
        );
    }

    #[test]
    fn word_sets_cover_generated_names() {
        let w = WordSet::from_text("CREATE TABLE foo (id serial); EXECUTE 'DROP TABLE \"Bar\"'");
        assert!(w.covers("foo"));
        assert!(w.covers("foo_id_seq"));
        assert!(w.covers("Bar"));
        assert!(!w.covers("bar"));
        assert!(!w.covers("foobar"));
        assert!(has_ddl_words(&w));
        assert!(!has_dynamic_sql("EXECUTE 'DROP TABLE \"Bar\"';"));
        assert!(has_dynamic_sql("EXECUTE format('DROP TABLE %I', t);"));
        assert!(has_dynamic_sql("EXECUTE 'DROP TABLE ' || t;"));
        assert!(!has_dynamic_sql(
            "CREATE TRIGGER x AFTER INSERT ON t EXECUTE FUNCTION f();"
        ));
    }
}
