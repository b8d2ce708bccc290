//! What `kubectl apply` leaves on the API-server double: a store of the kinds the deploy base
//! and its RBAC hold (ConfigMaps, ServiceAccounts, Secrets' neighbours aside; Jobs; Roles and
//! RoleBindings), their discovery, and the verbs apply uses: server-side apply's PATCH
//! (`application/apply-patch+yaml`, the applied configuration as JSON), client-side apply's
//! GET then POST (and merge PATCH on a second apply), then GET, list and DELETE to read back.
//! A leaf: the HTTP framing is the double's.

use std::collections::BTreeMap;

use serde_json::{Value, json};

/// A kind the store keeps.
#[derive(Debug)]
pub(crate) struct Kind {
    /// API group (`""`: the core group, under `/api`).
    pub(crate) group: &'static str,
    pub(crate) version: &'static str,
    /// The plural resource name of the URL.
    pub(crate) resource: &'static str,
    pub(crate) singular: &'static str,
    pub(crate) kind: &'static str,
}

/// Every kind the store keeps, all namespaced.
pub(crate) const KINDS: &[Kind] = &[
    Kind {
        group: "",
        version: "v1",
        resource: "configmaps",
        singular: "configmap",
        kind: "ConfigMap",
    },
    Kind {
        group: "",
        version: "v1",
        resource: "serviceaccounts",
        singular: "serviceaccount",
        kind: "ServiceAccount",
    },
    Kind {
        group: "batch",
        version: "v1",
        resource: "jobs",
        singular: "job",
        kind: "Job",
    },
    Kind {
        group: "rbac.authorization.k8s.io",
        version: "v1",
        resource: "roles",
        singular: "role",
        kind: "Role",
    },
    Kind {
        group: "rbac.authorization.k8s.io",
        version: "v1",
        resource: "rolebindings",
        singular: "rolebinding",
        kind: "RoleBinding",
    },
];

const VERBS: [&str; 7] = [
    "create", "delete", "get", "list", "patch", "update", "watch",
];

impl Kind {
    fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.to_string()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }
}

/// The `APIResourceList` entries of `group`/`version` (core: `""`).
pub(crate) fn resources(group: &str, version: &str) -> Vec<Value> {
    KINDS
        .iter()
        .filter(|k| k.group == group && k.version == version)
        .map(|k| {
            json!({"name": k.resource, "singularName": k.singular, "namespaced": true,
                   "kind": k.kind, "verbs": VERBS})
        })
        .collect()
}

/// The `APIGroupList` entries: every non-core group of [`KINDS`].
pub(crate) fn groups() -> Vec<Value> {
    let mut seen = BTreeMap::new();
    for k in KINDS.iter().filter(|k| !k.group.is_empty()) {
        seen.entry(k.group).or_insert(k.version);
    }
    seen.into_iter()
        .map(|(g, v)| {
            let gv = json!({"groupVersion": format!("{g}/{v}"), "version": v});
            json!({"name": g, "versions": [gv.clone()], "preferredVersion": gv})
        })
        .collect()
}

/// The kind, namespace and (for one object) name a path addresses, when it is a stored kind.
pub(crate) fn route<'a>(parts: &[&'a str]) -> Option<(&'static Kind, &'a str, Option<&'a str>)> {
    let (group, version, rest) = match parts {
        ["api", v, rest @ ..] => ("", *v, rest),
        ["apis", g, v, rest @ ..] => (*g, *v, rest),
        _ => return None,
    };
    let (ns, resource, name) = match rest {
        ["namespaces", ns, r] => (*ns, *r, None),
        ["namespaces", ns, r, n] => (*ns, *r, Some(*n)),
        _ => return None,
    };
    let kind = KINDS
        .iter()
        .find(|k| k.group == group && k.version == version && k.resource == resource)?;
    Some((kind, ns, name))
}

/// A failure, as the double renders a `Status`.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) code: u16,
    pub(crate) reason: &'static str,
    pub(crate) message: String,
    pub(crate) name: String,
}

/// The applied objects: (resource, namespace, name) → object.
#[derive(Debug, Default)]
pub(crate) struct Store {
    objects: BTreeMap<(String, String, String), Value>,
    version: u64,
}

/// One request to a stored kind.
#[derive(Debug)]
pub(crate) struct Call<'a> {
    pub(crate) method: &'a str,
    pub(crate) content_type: &'a str,
    pub(crate) body: &'a [u8],
}

impl Store {
    /// Serves `call` for `kind` in `ns` (`name`: one object); the status code and body.
    pub(crate) fn serve(
        &mut self,
        kind: &Kind,
        ns: &str,
        name: Option<&str>,
        call: &Call<'_>,
    ) -> Result<(u16, Value), Failure> {
        let not_found = |name: &str| Failure {
            code: 404,
            reason: "NotFound",
            message: format!("{}.{} \"{name}\" not found", kind.resource, kind.group)
                .replace(". \"", " \""),
            name: name.to_string(),
        };
        let key = |name: &str| (kind.resource.to_string(), ns.to_string(), name.to_string());
        match (call.method, name) {
            ("GET", Some(n)) => self
                .objects
                .get(&key(n))
                .map(|o| (200, o.clone()))
                .ok_or_else(|| not_found(n)),
            ("GET", None) => {
                let items: Vec<Value> = self
                    .objects
                    .iter()
                    .filter(|((r, o, _), _)| r == kind.resource && o == ns)
                    .map(|(_, v)| v.clone())
                    .collect();
                Ok((
                    200,
                    json!({"apiVersion": kind.api_version(), "kind": format!("{}List", kind.kind),
                           "metadata": {"resourceVersion": self.version.to_string()}, "items": items}),
                ))
            }
            ("POST", None) => {
                let object = parse(call.body)?;
                let n = object["metadata"]["name"]
                    .as_str()
                    .unwrap_or("")
                    .to_string();
                if n.is_empty() {
                    return Err(invalid("metadata.name is required".into(), ""));
                }
                if self.objects.contains_key(&key(&n)) {
                    return Err(Failure {
                        code: 409,
                        reason: "AlreadyExists",
                        message: format!("{} \"{n}\" already exists", kind.resource),
                        name: n,
                    });
                }
                let stored = self.admit(kind, ns, &n, object, None)?;
                self.objects.insert(key(&n), stored.clone());
                Ok((201, stored))
            }
            ("PATCH", Some(n)) => {
                let patch = parse(call.body)?;
                let existing = self.objects.get(&key(n)).cloned();
                let apply = call.content_type.starts_with("application/apply-patch");
                let merged = match existing {
                    // Server-side apply of a single manager: the applied configuration is the
                    // object (fields it no longer names are dropped), the server's fields kept.
                    Some(old) if apply => {
                        let mut fresh = patch;
                        fresh["status"] = old["status"].clone();
                        self.admit(kind, ns, n, fresh, Some(&old))?
                    }
                    Some(old) => {
                        let mut merged = old.clone();
                        merge(&mut merged, &patch);
                        self.admit(kind, ns, n, merged, Some(&old))?
                    }
                    None if apply => self.admit(kind, ns, n, patch, None)?,
                    None => return Err(not_found(n)),
                };
                let created = !self.objects.contains_key(&key(n));
                self.objects.insert(key(n), merged.clone());
                Ok((if created { 201 } else { 200 }, merged))
            }
            ("DELETE", Some(n)) => match self.objects.remove(&key(n)) {
                Some(_) => Ok((
                    200,
                    json!({"kind": "Status", "apiVersion": "v1", "status": "Success",
                           "details": {"name": n, "kind": kind.resource}}),
                )),
                None => Err(not_found(n)),
            },
            (m, _) => Err(Failure {
                code: 405,
                reason: "MethodNotAllowed",
                message: format!("{m} is not supported on {}", kind.resource),
                name: name.unwrap_or("").to_string(),
            }),
        }
    }

    /// Checks `object` against the URL and fills what the server sets.
    fn admit(
        &mut self,
        kind: &Kind,
        ns: &str,
        name: &str,
        mut object: Value,
        old: Option<&Value>,
    ) -> Result<Value, Failure> {
        if object["kind"].as_str() != Some(kind.kind)
            || object["apiVersion"].as_str() != Some(&kind.api_version())
        {
            return Err(invalid(
                format!(
                    "the object is a {} {}, the URL a {} {}",
                    object["apiVersion"],
                    object["kind"],
                    kind.api_version(),
                    kind.kind
                ),
                name,
            ));
        }
        let body_ns = object["metadata"]["namespace"].as_str().unwrap_or(ns);
        let body_name = object["metadata"]["name"].as_str().unwrap_or(name);
        if body_ns != ns || body_name != name {
            return Err(invalid(
                format!("the object is {body_ns}/{body_name}, the URL {ns}/{name}"),
                name,
            ));
        }
        self.version += 1;
        let meta = &mut object["metadata"];
        meta["name"] = json!(name);
        meta["namespace"] = json!(ns);
        meta["resourceVersion"] = json!(self.version.to_string());
        let (uid, created) = match old {
            Some(o) => (
                o["metadata"]["uid"].clone(),
                o["metadata"]["creationTimestamp"].clone(),
            ),
            None => (
                json!(format!("double-{}-{ns}-{name}", kind.resource)),
                json!("2026-01-01T00:00:00Z"),
            ),
        };
        meta["uid"] = uid;
        meta["creationTimestamp"] = created;
        if object.get("status").is_none_or(Value::is_null) && kind.kind == "Job" {
            object["status"] = json!({});
        }
        Ok(object)
    }
}

fn invalid(message: String, name: &str) -> Failure {
    Failure {
        code: 422,
        reason: "Invalid",
        message,
        name: name.to_string(),
    }
}

fn parse(body: &[u8]) -> Result<Value, Failure> {
    serde_json::from_slice(body).map_err(|e| Failure {
        code: 400,
        reason: "BadRequest",
        message: format!("the body is not JSON: {e}"),
        name: String::new(),
    })
}

/// RFC 7386 JSON merge patch (what a strategic merge patch of plain fields amounts to).
fn merge(target: &mut Value, patch: &Value) {
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) => {
            for (k, v) in p {
                if v.is_null() {
                    t.remove(k);
                } else {
                    merge(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        (t, p) => *t = p.clone(),
    }
}
