//! `migrate --format json`: the run's report, or its error, as one JSON object on stdout, for
//! callers that build typed errors from it (the Go module in `go/`).

use gander::{Error, Report};
use serde_json::{Value, json};

/// The stable kind of an error: `statement`, `after_migrate`, `lock_timeout`,
/// `statement_lock_timeout`, `connect`, `check`, `drift`, `missing`, `out_of_order`,
/// `kubernetes`, `no_target`, `interrupted`, `envsub`, `database` or `other`.
pub fn kind(e: &Error) -> &'static str {
    match e {
        Error::Statement(_) => "statement",
        Error::AfterMigrate(_) => "after_migrate",
        Error::LockTimeout(_) => "lock_timeout",
        Error::StatementLockTimeout { .. } => "statement_lock_timeout",
        Error::Connect { .. } | Error::BadUrl(_) | Error::Tls { .. } => "connect",
        Error::Check(_) | Error::EmptySource(_) => "check",
        Error::Drift(_) => "drift",
        Error::Missing(_) => "missing",
        Error::OutOfOrder { .. } => "out_of_order",
        Error::Kubernetes { .. } => "kubernetes",
        Error::NoTarget => "no_target",
        Error::Interrupted(_) => "interrupted",
        Error::Envsub { .. } => "envsub",
        Error::Database { .. } => "database",
        _ => "other",
    }
}

/// `{"kind", "message", "sqlstate"?, "path"?, "line"?, "version"?, "namespace"?}`.
pub fn error(e: &Error, namespace: Option<&str>) -> Value {
    let mut v = json!({ "kind": kind(e), "message": e.to_string() });
    if let Some(code) = e.sqlstate().filter(|c| !c.is_empty()) {
        v["sqlstate"] = json!(code);
    }
    let located = match e {
        Error::Statement(s) | Error::AfterMigrate(s) => Some(s),
        _ => None,
    };
    if let Some(s) = located {
        v["path"] = json!(s.path);
        v["line"] = json!(s.line);
        if matches!(e, Error::Statement(_)) {
            v["version"] = json!(s.version.get());
        }
    }
    if let Error::Envsub { path, line, .. } = e {
        v["path"] = json!(path);
        v["line"] = json!(line);
    }
    if let Error::Kubernetes { namespace: ns, .. } = e {
        v["namespace"] = json!(ns);
    }
    if let Some(ns) = namespace {
        v["namespace"] = json!(ns);
    }
    v
}

/// A successful run.
pub fn report(r: &Report, target: &str) -> Value {
    json!({
        "ok": true,
        "target": target,
        "from": r.from.get(),
        "to": r.to.get(),
        "applied": r.applied,
        "after_migrate": r.after_migrate,
    })
}
