//! `-- +goose ENVSUB ON` substitution, with the rules of the library goose uses (drone/envsubst):
//! `${VAR}`, `$VAR`, `${VAR:-default}`, `${VAR-default}`, `${VAR:=default}`, `${VAR=default}`,
//! `${VAR?message}`, `${VAR:?message}`, and `$$` for a literal `$`.

/// Substitutes from `lookup`. Errors carry the message of a `${VAR?message}` whose VAR is unset.
pub(crate) fn substitute(
    text: &str,
    lookup: impl Fn(&str) -> Option<String>,
) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(tail) = after.strip_prefix('$') {
            out.push('$');
            rest = tail;
        } else if let Some(inner) = after.strip_prefix('{') {
            let Some(end) = inner.find('}') else {
                out.push_str(&rest[i..]);
                return Ok(out);
            };
            out.push_str(&expand(&inner[..end], &lookup)?);
            rest = &inner[end + 1..];
        } else {
            let n = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            if n == 0 || after.starts_with(|c: char| c.is_ascii_digit()) {
                out.push('$');
                rest = after;
            } else {
                out.push_str(&lookup(&after[..n]).unwrap_or_default());
                rest = &after[n..];
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

fn expand(expr: &str, lookup: &impl Fn(&str) -> Option<String>) -> Result<String, String> {
    let n = expr
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(expr.len());
    let (name, op) = expr.split_at(n);
    let value = lookup(name);
    let set_nonempty = value.as_deref().is_some_and(|v| !v.is_empty());
    let result = match op {
        "" => value.unwrap_or_default(),
        _ if op.starts_with(":-") || op.starts_with(":=") => {
            if set_nonempty {
                value.unwrap_or_default()
            } else {
                op[2..].to_string()
            }
        }
        _ if op.starts_with('-') || op.starts_with('=') => {
            value.unwrap_or_else(|| op[1..].to_string())
        }
        _ if op.starts_with(":?") => {
            if set_nonempty {
                value.unwrap_or_default()
            } else {
                return Err(format!("{name}: {}", op[2..].trim()));
            }
        }
        _ if op.starts_with('?') => match value {
            Some(v) => v,
            None => return Err(format!("{name}: {}", op[1..].trim())),
        },
        _ => value.unwrap_or_default(),
    };
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::substitute;

    fn env(name: &str) -> Option<String> {
        match name {
            "USER" => Some("alice".into()),
            "EMPTY" => Some(String::new()),
            _ => None,
        }
    }

    #[test]
    fn forms() {
        assert_eq!(
            substitute("a ${USER} $USER b", env).unwrap(),
            "a alice alice b"
        );
        assert_eq!(
            substitute("${NOPE:-dflt} ${EMPTY:-x} ${EMPTY-y}", env).unwrap(),
            "dflt x "
        );
        assert_eq!(
            substitute("cost $$5 and $1", env).unwrap(),
            "cost $5 and $1"
        );
        assert_eq!(
            substitute("${NOPE?must be set}", env).unwrap_err(),
            "NOPE: must be set"
        );
        assert_eq!(substitute("${USER?x}", env).unwrap(), "alice");
    }
}
