//! An in-process Kubernetes API-server double for tests: a real HTTP/1.1 server on 127.0.0.1
//! serving what gander's namespace target and `kubectl get`/`wait`/`apply` need (discovery,
//! namespaces, pods with label selectors, secrets, `Status` errors, and the applied objects of
//! `crate::applied`) and the `v4.channel.k8s.io` port-forward WebSocket, bridged to a real
//! PostgreSQL. It can hold a pod back from Ready, answer 403 for a
//! verb on a resource, and cut a forwarded stream after N bytes.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use base64::Engine;
use futures_util::{SinkExt, StreamExt};
use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response, StatusCode};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::Role;

use crate::applied::{self, Call};

#[derive(Clone, Debug)]
struct FakePod {
    name: String,
    labels: BTreeMap<String, String>,
    /// How many more list/get answers show it not Ready.
    not_ready_polls: u32,
    /// Where its port 5432 really is.
    backend: SocketAddr,
}

/// A Secret's data: key → bytes.
type SecretData = BTreeMap<String, Vec<u8>>;

#[derive(Debug, Default)]
struct State {
    namespaces: BTreeMap<String, (Vec<FakePod>, BTreeMap<String, SecretData>)>,
    namespace_labels: BTreeMap<String, BTreeMap<String, String>>,
    forbidden: Vec<(String, String)>,
    allowed: Option<Vec<(String, String)>>,
    cut_after: Option<usize>,
    requests: Vec<String>,
    applied: applied::Store,
}

/// The double. Dropping it stops the server.
#[derive(Debug)]
pub struct ApiServerDouble {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for ApiServerDouble {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl ApiServerDouble {
    /// Starts serving on a free port of 127.0.0.1.
    pub async fn start() -> std::io::Result<ApiServerDouble> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(Mutex::new(State::default()));
        let shared = state.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let state = shared.clone();
                tokio::spawn(async move {
                    let service =
                        hyper::service::service_fn(move |req| handle(state.clone(), addr, req));
                    let io = hyper_util::rt::TokioIo::new(stream);
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(io, service)
                        .with_upgrades()
                        .await;
                });
            }
        });
        Ok(ApiServerDouble { addr, state, task })
    }

    fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        let mut guard = match self.state.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        f(&mut guard)
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Adds a namespace.
    pub fn add_namespace(&self, ns: &str) {
        self.with(|s| {
            s.namespaces.entry(ns.to_string()).or_default();
        });
    }

    /// Adds a namespace with labels (`team=storage,env=e2e`).
    pub fn add_labelled_namespace(&self, ns: &str, labels: &str) {
        let labels = parse_labels(labels);
        self.with(|s| {
            s.namespaces.entry(ns.to_string()).or_default();
            s.namespace_labels.insert(ns.to_string(), labels);
        });
    }

    /// Adds a pod with `labels` (`app=postgresql,role=primary`) whose port 5432 is `backend`;
    /// it answers not Ready to the first `not_ready_polls` lists and gets.
    pub fn add_pod(
        &self,
        ns: &str,
        name: &str,
        labels: &str,
        backend: SocketAddr,
        not_ready_polls: u32,
    ) {
        let labels = labels
            .split(',')
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        self.with(|s| {
            s.namespaces
                .entry(ns.to_string())
                .or_default()
                .0
                .push(FakePod {
                    name: name.to_string(),
                    labels,
                    not_ready_polls,
                    backend,
                });
        });
    }

    /// Adds a Secret with one key.
    pub fn add_secret(&self, ns: &str, name: &str, key: &str, value: &str) {
        self.with(|s| {
            s.namespaces
                .entry(ns.to_string())
                .or_default()
                .1
                .entry(name.to_string())
                .or_default()
                .insert(key.to_string(), value.as_bytes().to_vec());
        });
    }

    /// Answers 403 Forbidden to `verb` (`get`, `list`, `create`) on `resource` (`pods`,
    /// `secrets`, `namespaces`, `pods/portforward`).
    pub fn forbid(&self, verb: &str, resource: &str) {
        self.with(|s| s.forbidden.push((verb.to_string(), resource.to_string())));
    }

    /// Answers 403 to everything but these `(verb, resource)` pairs, as a Role that grants only
    /// them would (discovery and `/version` stay open).
    pub fn only_allow(&self, rules: &[(String, String)]) {
        self.with(|s| s.allowed = Some(rules.to_vec()));
    }

    /// Cuts every later port-forward after `bytes` bytes from PostgreSQL (`None`: never).
    pub fn cut_streams_after(&self, bytes: Option<usize>) {
        self.with(|s| s.cut_after = bytes);
    }

    /// Every request so far, as `METHOD path?query`.
    pub fn requests(&self) -> Vec<String> {
        self.with(|s| s.requests.clone())
    }

    /// A kubeconfig for this server (no TLS, no credentials) with `namespace` as the default.
    pub fn kubeconfig(&self, namespace: &str) -> String {
        format!(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: double\n  cluster:\n    server: {}\n\
             contexts:\n- name: double\n  context:\n    cluster: double\n    user: tester\n    namespace: {namespace}\n\
             current-context: double\nusers:\n- name: tester\n  user: {{}}\n",
            self.url()
        )
    }
}

type Answer = Response<Full<Bytes>>;

fn answer(code: StatusCode, body: Value) -> Answer {
    let mut r = Response::new(Full::new(Bytes::from(body.to_string())));
    *r.status_mut() = code;
    r.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    r
}

fn status(code: u16, reason: &str, message: String, kind: &str, name: &str) -> Answer {
    answer(
        StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure", "message": message,
               "reason": reason, "details": {"name": name, "kind": kind}, "code": code}),
    )
}

fn pod_json(ns: &str, p: &FakePod, ready: bool) -> Value {
    let condition = if ready {
        json!({"type": "Ready", "status": "True", "lastTransitionTime": "2026-01-01T00:00:00Z"})
    } else {
        json!({"type": "Ready", "status": "False", "reason": "ContainersNotReady", "lastTransitionTime": "2026-01-01T00:00:00Z"})
    };
    json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": p.name, "namespace": ns, "labels": p.labels, "uid": format!("uid-{ns}-{}", p.name),
                     "resourceVersion": "1", "creationTimestamp": "2026-01-01T00:00:00Z"},
        "spec": {"containers": [{"name": "postgresql", "image": "postgres:15", "ports": [{"containerPort": 5432}]}]},
        "status": {"phase": if ready { "Running" } else { "Pending" }, "conditions": [condition]}
    })
}

fn parse_labels(labels: &str) -> BTreeMap<String, String> {
    labels
        .split(',')
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn matches(p: &FakePod, selector: &str) -> bool {
    labels_match(&p.labels, selector)
}

fn labels_match(labels: &BTreeMap<String, String>, selector: &str) -> bool {
    selector
        .split(',')
        .filter(|s| !s.is_empty())
        .all(|term| match term.split_once('=') {
            Some((k, v)) => {
                labels.get(k.trim_end_matches('=')).map(String::as_str)
                    == Some(v.trim_start_matches('='))
            }
            None => labels.contains_key(term),
        })
}

fn query_param(query: &str, key: &str) -> Option<String> {
    query.split('&').filter(|kv| !kv.is_empty()).find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == key).then(|| percent_decode(v))
    })
}

/// Decodes a query-string value: `+` is a space, `%XX` a byte.
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

async fn handle(
    state: Arc<Mutex<State>>,
    addr: SocketAddr,
    mut req: Request<Incoming>,
) -> Result<Answer, Infallible> {
    let path = req.uri().path().to_string();
    let query = req.uri().query().unwrap_or("").to_string();
    let lock = || match state.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    lock()
        .requests
        .push(format!("{} {path}?{query}", req.method()));
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    let forbidden = |verb: &str, resource: &str, ns: &str, name: &str| -> Option<Answer> {
        let s = lock();
        let denied = s.forbidden.iter().any(|(v, r)| v == verb && r == resource)
            || s.allowed
                .as_ref()
                .is_some_and(|a| !a.iter().any(|(v, r)| v == verb && r == resource));
        denied.then(|| {
            status(
                403,
                "Forbidden",
                format!(
                    "{resource} \"{name}\" is forbidden: User \"system:serviceaccount:{ns}:gander\" cannot {verb} resource \"{resource}\" in API group \"\" in the namespace \"{ns}\""
                ),
                resource,
                name,
            )
        })
    };
    let watch = query_param(&query, "watch").is_some_and(|w| w == "true" || w == "1");
    if let Some((kind, ns, name)) = applied::route(&parts) {
        let method = req.method().to_string();
        let content_type = req
            .headers()
            .get(hyper::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let body = match req.into_body().collect().await {
            Ok(b) => b.to_bytes(),
            Err(e) => {
                return Ok(status(
                    400,
                    "BadRequest",
                    format!("reading the body: {e}"),
                    kind.resource,
                    "",
                ));
            }
        };
        let call = Call {
            method: &method,
            content_type: &content_type,
            body: &body,
        };
        let served = lock().applied.serve(kind, ns, name, &call);
        return Ok(match served {
            Ok((code, object)) => {
                answer(StatusCode::from_u16(code).unwrap_or(StatusCode::OK), object)
            }
            Err(f) => status(f.code, f.reason, f.message, kind.resource, &f.name),
        });
    }
    let response = match parts.as_slice() {
        ["version"] => answer(
            StatusCode::OK,
            json!({"major": "1", "minor": "32", "gitVersion": "v1.32.4", "gitCommit": "double", "gitTreeState": "clean",
                   "buildDate": "2026-01-01T00:00:00Z", "goVersion": "go1.23", "compiler": "gc", "platform": "linux/amd64"}),
        ),
        ["api"] => answer(
            StatusCode::OK,
            json!({"kind": "APIVersions", "versions": ["v1"],
                   "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": addr.to_string()}]}),
        ),
        ["apis"] => answer(
            StatusCode::OK,
            json!({"kind": "APIGroupList", "apiVersion": "v1", "groups": applied::groups()}),
        ),
        ["apis", group, version] if !applied::resources(group, version).is_empty() => answer(
            StatusCode::OK,
            json!({"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": format!("{group}/{version}"),
                   "resources": applied::resources(group, version)}),
        ),
        ["api", "v1"] => {
            let mut resources: Vec<Value> = match json!([
                {"name": "namespaces", "singularName": "namespace", "namespaced": false, "kind": "Namespace", "verbs": ["get", "list"], "shortNames": ["ns"]},
                {"name": "pods", "singularName": "pod", "namespaced": true, "kind": "Pod", "verbs": ["get", "list", "watch"], "shortNames": ["po"]},
                {"name": "pods/portforward", "singularName": "", "namespaced": true, "kind": "PodPortForwardOptions", "verbs": ["create", "get"]},
                {"name": "secrets", "singularName": "secret", "namespaced": true, "kind": "Secret", "verbs": ["get", "list"]}
            ]) {
                Value::Array(core) => core,
                _ => Vec::new(),
            };
            resources.extend(applied::resources("", "v1"));
            answer(
                StatusCode::OK,
                json!({"kind": "APIResourceList", "groupVersion": "v1", "resources": resources}),
            )
        }
        ["api", "v1", "namespaces"] => {
            if let Some(f) = forbidden("list", "namespaces", "", "") {
                f
            } else {
                let selector = query_param(&query, "labelSelector").unwrap_or_default();
                let s = lock();
                let empty = BTreeMap::new();
                let items: Vec<Value> = s
                    .namespaces
                    .keys()
                    .filter(|ns| labels_match(s.namespace_labels.get(*ns).unwrap_or(&empty), &selector))
                    .map(|ns| {
                        json!({"apiVersion": "v1", "kind": "Namespace",
                               "metadata": {"name": ns, "labels": s.namespace_labels.get(ns).unwrap_or(&empty), "resourceVersion": "1"},
                               "status": {"phase": "Active"}})
                    })
                    .collect();
                answer(
                    StatusCode::OK,
                    json!({"apiVersion": "v1", "kind": "NamespaceList", "metadata": {"resourceVersion": "1"}, "items": items}),
                )
            }
        }
        ["api", "v1", "namespaces", ns] => {
            if let Some(f) = forbidden("get", "namespaces", ns, ns) {
                f
            } else if lock().namespaces.contains_key(*ns) {
                answer(
                    StatusCode::OK,
                    json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns, "resourceVersion": "1"},
                           "status": {"phase": "Active"}}),
                )
            } else {
                status(
                    404,
                    "NotFound",
                    format!("namespaces \"{ns}\" not found"),
                    "namespaces",
                    ns,
                )
            }
        }
        ["api", "v1", "namespaces", ns, "pods"] => {
            let verb = if watch { "watch" } else { "list" };
            if let Some(f) = forbidden(verb, "pods", ns, "") {
                f
            } else {
                let selector = query_param(&query, "labelSelector").unwrap_or_default();
                let field = query_param(&query, "fieldSelector").unwrap_or_default();
                let mut s = lock();
                let items: Vec<Value> = match s.namespaces.get_mut(*ns) {
                    None => Vec::new(),
                    Some((pods, _)) => pods
                        .iter_mut()
                        .filter(|p| matches(p, &selector))
                        .filter(|p| {
                            field
                                .strip_prefix("metadata.name=")
                                .is_none_or(|n| n == p.name)
                        })
                        .map(|p| {
                            let ready = p.not_ready_polls == 0;
                            p.not_ready_polls = p.not_ready_polls.saturating_sub(1);
                            pod_json(ns, p, ready)
                        })
                        .collect(),
                };
                if watch {
                    let events: String = items
                        .into_iter()
                        .map(|o| format!("{}\n", json!({"type": "ADDED", "object": o})))
                        .collect();
                    let mut r = Response::new(Full::new(Bytes::from(events)));
                    r.headers_mut().insert(
                        hyper::header::CONTENT_TYPE,
                        hyper::header::HeaderValue::from_static("application/json"),
                    );
                    r
                } else {
                    answer(
                        StatusCode::OK,
                        json!({"apiVersion": "v1", "kind": "PodList", "metadata": {"resourceVersion": "1"}, "items": items}),
                    )
                }
            }
        }
        ["api", "v1", "namespaces", ns, "pods", name] => {
            if let Some(f) = forbidden("get", "pods", ns, name) {
                f
            } else {
                let mut s = lock();
                let found = s
                    .namespaces
                    .get_mut(*ns)
                    .and_then(|(pods, _)| pods.iter_mut().find(|p| p.name == *name));
                match found {
                    Some(p) => {
                        let ready = p.not_ready_polls == 0;
                        p.not_ready_polls = p.not_ready_polls.saturating_sub(1);
                        answer(StatusCode::OK, pod_json(ns, p, ready))
                    }
                    None => status(
                        404,
                        "NotFound",
                        format!("pods \"{name}\" not found"),
                        "pods",
                        name,
                    ),
                }
            }
        }
        ["api", "v1", "namespaces", ns, "secrets", name] => {
            if let Some(f) = forbidden("get", "secrets", ns, name) {
                f
            } else {
                let s = lock();
                match s
                    .namespaces
                    .get(*ns)
                    .and_then(|(_, secrets)| secrets.get(*name))
                {
                    Some(data) => {
                        let data: BTreeMap<&String, String> = data
                            .iter()
                            .map(|(k, v)| (k, base64::engine::general_purpose::STANDARD.encode(v)))
                            .collect();
                        answer(
                            StatusCode::OK,
                            json!({"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
                                   "metadata": {"name": name, "namespace": ns, "resourceVersion": "1"}, "data": data}),
                        )
                    }
                    None => status(
                        404,
                        "NotFound",
                        format!("secrets \"{name}\" not found"),
                        "secrets",
                        name,
                    ),
                }
            }
        }
        ["api", "v1", "namespaces", ns, "pods", name, "portforward"] => {
            if let Some(f) = forbidden("create", "pods/portforward", ns, name) {
                f
            } else {
                let backend = {
                    let s = lock();
                    s.namespaces
                        .get(*ns)
                        .and_then(|(pods, _)| pods.iter().find(|p| p.name == *name))
                        .map(|p| (p.backend, s.cut_after))
                };
                let port: u16 = query_param(&query, "ports")
                    .and_then(|p| p.parse().ok())
                    .unwrap_or(5432);
                match backend {
                    None => status(
                        404,
                        "NotFound",
                        format!("pods \"{name}\" not found"),
                        "pods",
                        name,
                    ),
                    Some((backend, cut_after)) => upgrade(&mut req, backend, port, cut_after),
                }
            }
        }
        _ => status(
            404,
            "NotFound",
            format!("the server could not find the requested resource ({path})"),
            "",
            "",
        ),
    };
    Ok(response)
}

/// Answers the WebSocket upgrade and bridges the `v4.channel.k8s.io` stream to `backend`.
fn upgrade(
    req: &mut Request<Incoming>,
    backend: SocketAddr,
    port: u16,
    cut_after: Option<usize>,
) -> Answer {
    let Some(key) = req
        .headers()
        .get("sec-websocket-key")
        .map(|k| k.as_bytes().to_vec())
    else {
        return status(
            400,
            "BadRequest",
            "port-forward needs a WebSocket upgrade".into(),
            "pods",
            "",
        );
    };
    let on_upgrade = hyper::upgrade::on(req);
    tokio::spawn(async move {
        let Ok(upgraded) = on_upgrade.await else {
            return;
        };
        let ws = WebSocketStream::from_raw_socket(
            hyper_util::rt::TokioIo::new(upgraded),
            Role::Server,
            None,
        )
        .await;
        bridge(ws, backend, port, cut_after).await;
    });
    let mut r = Response::new(Full::new(Bytes::new()));
    *r.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
    let h = r.headers_mut();
    let accept = tokio_tungstenite::tungstenite::handshake::derive_accept_key(&key);
    h.insert(
        hyper::header::UPGRADE,
        hyper::header::HeaderValue::from_static("websocket"),
    );
    h.insert(
        hyper::header::CONNECTION,
        hyper::header::HeaderValue::from_static("Upgrade"),
    );
    if let Ok(v) = hyper::header::HeaderValue::from_str(&accept) {
        h.insert("sec-websocket-accept", v);
    }
    h.insert(
        "sec-websocket-protocol",
        hyper::header::HeaderValue::from_static("v4.channel.k8s.io"),
    );
    r
}

async fn bridge<S>(ws: WebSocketStream<S>, backend: SocketAddr, port: u16, cut_after: Option<usize>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (mut ws_tx, mut ws_rx) = ws.split();
    let prefix = port.to_le_bytes();
    // The server's first message on each channel: the channel and the port, little-endian.
    if ws_tx
        .send(Message::binary(vec![0, prefix[0], prefix[1]]))
        .await
        .is_err()
        || ws_tx
            .send(Message::binary(vec![1, prefix[0], prefix[1]]))
            .await
            .is_err()
    {
        return;
    }
    let tcp = match TcpStream::connect(backend).await {
        Ok(t) => t,
        Err(e) => {
            let mut msg = vec![1u8];
            msg.extend_from_slice(format!("error forwarding port {port} to pod: {e}").as_bytes());
            let _ = ws_tx.send(Message::binary(msg)).await;
            let _ = ws_tx.send(Message::Close(None)).await;
            return;
        }
    };
    let (mut tcp_rx, mut tcp_tx) = tcp.into_split();
    let upstream = async move {
        while let Some(Ok(msg)) = ws_rx.next().await {
            match msg {
                Message::Binary(data)
                    if data.first() == Some(&0) && tcp_tx.write_all(&data[1..]).await.is_err() =>
                {
                    break;
                }
                Message::Close(_) => break,
                _ => {}
            }
        }
        let _ = tcp_tx.shutdown().await;
    };
    let downstream = async move {
        let mut buf = vec![0u8; 32 * 1024];
        let mut sent = 0usize;
        loop {
            let n = match tcp_rx.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let n = match cut_after {
                Some(limit) if sent + n >= limit => {
                    // Cut: forward up to the limit, then drop both sides without a Close.
                    let keep = limit.saturating_sub(sent);
                    if keep > 0 {
                        let mut msg = vec![0u8];
                        msg.extend_from_slice(&buf[..keep]);
                        let _ = ws_tx.send(Message::binary(msg)).await;
                    }
                    return;
                }
                _ => n,
            };
            sent += n;
            let mut msg = Vec::with_capacity(n + 1);
            msg.push(0);
            msg.extend_from_slice(&buf[..n]);
            if ws_tx.send(Message::binary(msg)).await.is_err() {
                return;
            }
        }
        let _ = ws_tx.send(Message::Close(None)).await;
    };
    // A cut ends both directions at once: PostgreSQL sees its client vanish.
    tokio::select! {
        _ = upstream => {}
        _ = downstream => {}
    }
}
