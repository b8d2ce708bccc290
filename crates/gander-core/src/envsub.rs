//! `-- +goose ENVSUB ON` substitution with the rules of the library goose uses
//! (mfridman/interpolate): goose expands each line on its own, as it reads it, while the
//! directive is on. One implementation serves the runtime (the real environment) and the
//! compile-time check (defaults, and a placeholder for a variable that has none).
//!
//! The grammar: `\\` stays `\\`; `\$` and `$$` become `$`; `$(` stays; `$NAME` and `${NAME}`
//! expand to the value (empty when unset); `${NAME:-expr}` uses `expr` when the value is unset or
//! empty; `${NAME-expr}` when it is unset; `${NAME?expr}` fails when it is unset; `${NAME:off}` and
//! `${NAME:off:len}` take a substring. A `$` that starts none of these (`$1`, `${1}`) is an error,
//! as it is for goose: a `$` as the last character stays. Names start with a letter and go on
//! with letters, digits and `_`.

use std::fmt;

/// Where values come from.
#[derive(Clone, Copy)]
pub enum Values<'a> {
    /// The environment, as goose sees it at run time.
    Env(&'a dyn Fn(&str) -> Option<String>),
    /// Compile time: every default is taken, and a variable with none stands for one identifier,
    /// its own name.
    Placeholders,
}

impl fmt::Debug for Values<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Values::Env(_) => "Env",
            Values::Placeholders => "Placeholders",
        })
    }
}

/// Why a line cannot be substituted: goose fails the migration with this message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnvsubError {
    /// 0-based character offset in the line where the problem is.
    pub column: usize,
    pub message: String,
}

impl fmt::Display for EnvsubError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EnvsubError {}

/// Substitutes one line.
pub fn substitute_line(line: &str, values: Values<'_>) -> Result<String, EnvsubError> {
    let chars: Vec<char> = line.chars().collect();
    let mut p = Parser {
        chars: &chars,
        pos: 0,
        values,
    };
    p.expression(None)
}

struct Parser<'a> {
    chars: &'a [char],
    pos: usize,
    values: Values<'a>,
}

fn is_name_start(c: char) -> bool {
    c.is_alphabetic()
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn at(&self, s: &str) -> bool {
        s.chars()
            .enumerate()
            .all(|(i, c)| self.chars.get(self.pos + i) == Some(&c))
    }

    fn fail<T>(&self, message: String) -> Result<T, EnvsubError> {
        Err(EnvsubError {
            column: self.pos,
            message,
        })
    }

    fn lookup(&self, name: &str) -> Option<String> {
        match self.values {
            Values::Env(f) => f(name),
            Values::Placeholders => None,
        }
    }

    fn placeholder(&self, name: &str) -> Option<String> {
        matches!(self.values, Values::Placeholders).then(|| name.to_string())
    }

    /// Text and expansions up to `stop` (not consumed) or the end.
    fn expression(&mut self, stop: Option<char>) -> Result<String, EnvsubError> {
        let mut out = String::new();
        while let Some(c) = self.peek() {
            if Some(c) == stop {
                break;
            }
            if self.at("\\\\") {
                out.push_str("\\\\");
                self.pos += 2;
            } else if self.at("\\$") || self.at("$$") {
                out.push('$');
                self.pos += 2;
            } else if self.at("$(") {
                out.push_str("$(");
                self.pos += 2;
            } else if c == '$' && self.pos + 1 < self.chars.len() {
                out.push_str(&self.expansion()?);
            } else {
                out.push(c);
                self.pos += 1;
            }
        }
        Ok(out)
    }

    fn name(&mut self) -> Result<String, EnvsubError> {
        match self.peek() {
            Some(c) if is_name_start(c) => {}
            Some(c) => {
                return self.fail(format!(
                    "`$` must be followed by a variable name, found `{c}` (write `$$` for a literal `$`)"
                ));
            }
            None => return self.fail("`$` must be followed by a variable name".to_string()),
        }
        let start = self.pos;
        while self.peek().is_some_and(is_name_char) {
            self.pos += 1;
        }
        Ok(self.chars[start..self.pos].iter().collect())
    }

    fn expansion(&mut self) -> Result<String, EnvsubError> {
        self.pos += 1; // `$`
        if self.peek() != Some('{') {
            let name = self.name()?;
            return Ok(self
                .lookup(&name)
                .or_else(|| self.placeholder(&name))
                .unwrap_or_default());
        }
        self.pos += 1; // `{`
        let name = self.name()?;
        if self.peek() == Some('}') {
            self.pos += 1;
            return Ok(self
                .lookup(&name)
                .or_else(|| self.placeholder(&name))
                .unwrap_or_default());
        }
        let value = self.lookup(&name);
        let result = match self.peek() {
            Some(':') if self.chars.get(self.pos + 1) == Some(&'-') => {
                self.pos += 2;
                let fallback = self.expression(Some('}'))?;
                match value {
                    Some(v) if !v.is_empty() => v,
                    _ => fallback,
                }
            }
            Some(':') => {
                self.pos += 1;
                let spec: String = self.chars[self.pos..]
                    .iter()
                    .take_while(|&&c| c != '}')
                    .collect();
                let mut parts = spec.splitn(2, ':').map(|s| s.trim().parse::<i64>());
                let (Some(Ok(offset)), length) = (parts.next(), parts.next()) else {
                    return self.fail(format!("`${{{name}:{spec}}}`: the offset is not a number"));
                };
                let length = match length {
                    None => None,
                    Some(Ok(l)) => Some(l),
                    Some(Err(_)) => {
                        return self
                            .fail(format!("`${{{name}:{spec}}}`: the length is not a number"));
                    }
                };
                self.pos += spec.chars().count();
                match value {
                    Some(v) => substring(&v, offset, length),
                    None => self.placeholder(&name).unwrap_or_default(),
                }
            }
            Some('-') => {
                self.pos += 1;
                let fallback = self.expression(Some('}'))?;
                value.unwrap_or(fallback)
            }
            Some('?') => {
                self.pos += 1;
                let message = self.expression(Some('}'))?;
                match (value, self.placeholder(&name)) {
                    (Some(v), _) => v,
                    (None, Some(p)) => p,
                    (None, None) => {
                        let message = if message.is_empty() {
                            "not set".to_string()
                        } else {
                            message
                        };
                        return self.fail(format!("${name}: {message}"));
                    }
                }
            }
            Some(c) => {
                return self.fail(format!(
                    "`${{{name}` must go on with `}}`, `:-`, `-`, `?` or `:`, found `{c}`"
                ));
            }
            None => return self.fail(format!("`${{{name}` is never closed with `}}`")),
        };
        if self.peek() != Some('}') {
            return self.fail(format!("`${{{name}…` is never closed with `}}`"));
        }
        self.pos += 1;
        Ok(result)
    }
}

/// `${NAME:offset:length}` over bytes, as the Go library slices (clamped to char boundaries).
fn substring(v: &str, offset: i64, length: Option<i64>) -> String {
    let len = v.len() as i64;
    let mut from = if offset < 0 { offset + len } else { offset };
    from = from.clamp(0, len);
    let to = match length {
        None => len,
        Some(l) if l >= 0 => (from + l).min(len),
        Some(l) => (l + len).max(from).min(len),
    };
    let (mut from, mut to) = (from as usize, to as usize);
    while !v.is_char_boundary(from) {
        from -= 1;
    }
    while !v.is_char_boundary(to) {
        to += 1;
    }
    v[from..to].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        match name {
            "USER" => Some("alice".into()),
            "EMPTY" => Some(String::new()),
            _ => None,
        }
    }

    fn run(s: &str) -> Result<String, EnvsubError> {
        substitute_line(s, Values::Env(&env))
    }

    #[test]
    fn goose_forms() {
        assert_eq!(run("a ${USER} $USER b").unwrap(), "a alice alice b");
        assert_eq!(
            run("${NOPE:-dflt} ${EMPTY:-x} ${EMPTY-y} ${NOPE-z}").unwrap(),
            "dflt x  z"
        );
        assert_eq!(run("${NOPE:-${USER:-x}}").unwrap(), "alice");
        assert_eq!(
            run("cost $$5, \\$6, $(x) and \\\\ end $").unwrap(),
            "cost $5, $6, $(x) and \\\\ end $"
        );
        assert_eq!(
            run("${NOPE?must be set}").unwrap_err().message,
            "$NOPE: must be set"
        );
        assert_eq!(run("${NOPE?}").unwrap_err().message, "$NOPE: not set");
        assert_eq!(run("${USER?x}").unwrap(), "alice");
        assert_eq!(run("${USER:1:3} ${USER:-2}").unwrap(), "lic alice");
        assert_eq!(run("${USER:1} ${USER: -3}").unwrap(), "lice ice");
        assert_eq!(run("Ünï ${USER} 日本").unwrap(), "Ünï alice 日本");
    }

    #[test]
    fn what_goose_refuses() {
        assert!(run("WHERE id = $1").is_err());
        assert!(run("${1}").is_err());
        assert!(run("${USER").is_err());
        assert!(run("${USER!x}").is_err());
    }

    #[test]
    fn placeholders_at_compile_time() {
        let p = |s| substitute_line(s, Values::Placeholders).unwrap();
        assert_eq!(p("CREATE SCHEMA ${S:-ledger}"), "CREATE SCHEMA ledger");
        assert_eq!(
            p("CREATE TABLE ${PREFIX}_t ($A int)"),
            "CREATE TABLE PREFIX_t (A int)"
        );
        assert_eq!(p("${R?needed}"), "R");
    }
}
