//! A Kubernetes namespace as a target (the fan-out over many is `crate::fanout`): the Ready PostgreSQL pod of a namespace reached through a
//! port-forward opened by the API server (out of the cluster), or its service (in the cluster).
//! No `kubectl`, no `psql`.

use std::fmt;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use k8s_openapi::api::core::v1::{Namespace, Pod, Secret};
use kube::api::{Api, ListParams};

use super::config::{Connection, PgConfig};
use crate::error::{Error, Result};
use crate::report::Progress;

/// Where the password comes from.
#[derive(Clone, Default)]
pub enum Password {
    /// `PGPASSWORD`, else none (trust or peer authentication).
    #[default]
    FromEnv,
    /// A key of a Secret in the namespace (`--password-secret NAME[/KEY]`, key default
    /// `password`).
    Secret {
        /// The Secret's name.
        name: String,
        /// The key in its `data`.
        key: String,
    },
    /// Given directly.
    Value(String),
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Password::FromEnv => f.write_str("FromEnv"),
            Password::Secret { name, key } => write!(f, "Secret({name}/{key})"),
            Password::Value(_) => f.write_str("Value(***)"),
        }
    }
}

impl Password {
    /// Parses `NAME[/KEY]`.
    pub fn secret(spec: &str) -> Password {
        match spec.split_once('/') {
            Some((name, key)) => Password::Secret {
                name: name.to_string(),
                key: key.to_string(),
            },
            None => Password::Secret {
                name: spec.to_string(),
                key: "password".to_string(),
            },
        }
    }
}

/// A PostgreSQL in a Kubernetes namespace.
#[derive(Clone, Debug)]
pub struct NamespaceTarget {
    /// The namespace.
    pub namespace: String,
    /// `--kubeconfig` (else `KUBECONFIG`, else `~/.kube/config`).
    pub kubeconfig: Option<PathBuf>,
    /// `--context` (else the current context).
    pub context: Option<String>,
    /// Label selector of the PostgreSQL pod (default `app=postgresql`).
    pub selector: String,
    /// Service name, in the cluster (default `postgresql`).
    pub service: String,
    /// PostgreSQL's port in the pod and service (default 5432).
    pub port: u16,
    /// Database (default `postgres`).
    pub database: String,
    /// User (default `postgres`).
    pub user: String,
    /// Password source.
    pub password: Password,
    /// How long to wait for a Ready pod (default 60 s).
    pub wait: Duration,
    /// `Some(true)`: connect to the service (in the cluster); `None`: detect from the
    /// service-account environment.
    pub in_cluster: Option<bool>,
    /// Host to use instead of `<service>.<namespace>.svc.cluster.local` (tests).
    pub in_cluster_host: Option<String>,
}

impl NamespaceTarget {
    /// Defaults for `namespace`.
    pub fn new(namespace: impl Into<String>) -> Self {
        NamespaceTarget {
            namespace: namespace.into(),
            kubeconfig: None,
            context: None,
            selector: "app=postgresql".into(),
            service: "postgresql".into(),
            port: 5432,
            database: "postgres".into(),
            user: "postgres".into(),
            password: Password::FromEnv,
            wait: Duration::from_secs(60),
            in_cluster: None,
            in_cluster_host: None,
        }
    }

    fn in_cluster(&self) -> bool {
        self.in_cluster.unwrap_or_else(|| {
            std::env::var_os("KUBERNETES_SERVICE_HOST").is_some() && self.kubeconfig.is_none()
        })
    }

    /// A Kubernetes client the way kubectl resolves one.
    pub async fn client(&self) -> Result<kube::Client> {
        let options = kube::config::KubeConfigOptions {
            context: self.context.clone(),
            ..Default::default()
        };
        let config = if self.in_cluster() && self.kubeconfig.is_none() {
            kube::Config::incluster()
                .map_err(|e| kube_err(&self.namespace, format!("in-cluster configuration: {e}")))?
        } else {
            match &self.kubeconfig {
                Some(path) => {
                    let kc = kube::config::Kubeconfig::read_from(path).map_err(|e| {
                        kube_err(
                            &self.namespace,
                            format!("kubeconfig {}: {e}", path.display()),
                        )
                    })?;
                    kube::Config::from_custom_kubeconfig(kc, &options)
                        .await
                        .map_err(|e| {
                            kube_err(
                                &self.namespace,
                                format!("kubeconfig {}: {e}", path.display()),
                            )
                        })?
                }
                None => kube::Config::from_kubeconfig(&options).await.map_err(|e| {
                    kube_err(
                        &self.namespace,
                        format!("kubeconfig (KUBECONFIG or ~/.kube/config): {e}"),
                    )
                })?,
            }
        };
        kube::Client::try_from(config)
            .map_err(|e| kube_err(&self.namespace, format!("Kubernetes client: {e}")))
    }

    /// Finds the Ready pod, reads the password, opens the connection.
    pub async fn connect(&self, progress: &Progress) -> Result<Connection> {
        let client = self.client().await?;
        let ns = &self.namespace;
        let password = self.password(&client).await?;
        if self.in_cluster() {
            let host = self
                .in_cluster_host
                .clone()
                .unwrap_or_else(|| format!("{}.{ns}.svc.cluster.local", self.service));
            let url = format!(
                "postgres://{}@{host}:{}/{}?sslmode=prefer",
                self.user, self.port, self.database
            );
            let mut pg = PgConfig::parse(&url, |_| None)?;
            if let Some(p) = &password {
                pg = pg.with_password(p);
            }
            progress.line(&format!(
                "gander: {ns}: in the cluster, connecting to service {host}:{}",
                self.port
            ));
            return pg.connect().await;
        }
        // A missing namespace is named as such; reading namespaces is cluster-scoped and often
        // not granted, so a 403 here is no reason to stop.
        let namespaces: Api<Namespace> = Api::all(client.clone());
        match namespaces.get(ns).await {
            Err(kube::Error::Api(status)) if status.code == 403 => {}
            Err(e) => {
                return Err(api_err(
                    ns,
                    e,
                    "get",
                    "namespaces",
                    &format!("namespace {ns}"),
                ));
            }
            Ok(_) => {}
        }
        let pod = self.wait_for_pod(&client, progress).await?;
        let pods: Api<Pod> = Api::namespaced(client, ns);
        let mut forwarder = pods.portforward(&pod, &[self.port]).await.map_err(|e| {
            api_err(
                ns,
                e,
                "create",
                "pods/portforward",
                &format!("port-forward to pod {pod}"),
            )
        })?;
        let stream = forwarder.take_stream(self.port).ok_or_else(|| {
            kube_err(
                ns,
                format!(
                    "port-forward to pod {pod}: no stream for port {}",
                    self.port
                ),
            )
        })?;
        let error = forwarder.take_error(self.port);
        let mut cfg = tokio_postgres::Config::new();
        cfg.user(&self.user)
            .dbname(&self.database)
            .application_name("gander");
        if let Some(p) = &password {
            cfg.password(p.as_bytes());
        }
        let description = format!(
            "postgres://{}@{ns}/{}/{}:{} (port-forward)",
            self.user, pod, self.database, self.port
        );
        let (pg, connection) = match cfg.connect_raw(stream, tokio_postgres::NoTls).await {
            Ok(pair) => pair,
            Err(e) if e.as_db_error().is_some() => {
                // The stream works; PostgreSQL itself said no (a wrong password, say).
                return Err(kube_err(
                    ns,
                    format!(
                        "PostgreSQL in pod {pod} refused the connection as user {}: {}",
                        self.user,
                        crate::error::db_message(&e)
                    ),
                ));
            }
            Err(e) => {
                let why = match error {
                    Some(err) => tokio::time::timeout(Duration::from_secs(2), err)
                        .await
                        .ok()
                        .flatten(),
                    None => None,
                };
                let why = why
                    .map(|w| format!(": the API server says: {w}"))
                    .unwrap_or_default();
                return Err(kube_err(
                    ns,
                    format!(
                        "port-forward to pod {pod} port {} refused{why}: {}",
                        self.port,
                        crate::error::db_message(&e)
                    ),
                ));
            }
        };
        progress.line(&format!(
            "gander: {ns}: connected through a port-forward to pod {pod}"
        ));
        let task = tokio::spawn(async move {
            let _ = connection.await;
            drop(forwarder);
        });
        Ok(Connection::from_parts(pg, task, description))
    }

    async fn password(&self, client: &kube::Client) -> Result<Option<String>> {
        let ns = &self.namespace;
        match &self.password {
            Password::FromEnv => Ok(std::env::var("PGPASSWORD").ok()),
            Password::Value(v) => Ok(Some(v.clone())),
            Password::Secret { name, key } => {
                let secrets: Api<Secret> = Api::namespaced(client.clone(), ns);
                let secret = secrets
                    .get(name)
                    .await
                    .map_err(|e| api_err(ns, e, "get", "secrets", &format!("secret {name}")))?;
                let data = secret.data.unwrap_or_default();
                let Some(value) = data.get(key) else {
                    let keys: Vec<&String> = data.keys().collect();
                    return Err(kube_err(
                        ns,
                        format!(
                            "secret {name} has no key `{key}` (it has: {keys:?}); use --password-secret {name}/KEY"
                        ),
                    ));
                };
                String::from_utf8(value.0.clone())
                    .map(|s| Some(s.trim_end_matches('\n').to_string()))
                    .map_err(|_| kube_err(ns, format!("secret {name}/{key} is not UTF-8")))
            }
        }
    }

    /// Polls for a Ready pod matching the selector, with progress lines, until `wait` runs out.
    async fn wait_for_pod(&self, client: &kube::Client, progress: &Progress) -> Result<String> {
        let ns = &self.namespace;
        let pods: Api<Pod> = Api::namespaced(client.clone(), ns);
        let started = Instant::now();
        let mut last_state = String::new();
        let mut delay = Duration::from_millis(50);
        loop {
            let list = pods
                .list(&ListParams::default().labels(&self.selector))
                .await
                .map_err(|e| {
                    api_err(
                        ns,
                        e,
                        "list",
                        "pods",
                        &format!("pods with {}", self.selector),
                    )
                })?;
            if let Some(ready) = list.items.iter().find(|p| is_ready(p)) {
                let name = ready.metadata.name.clone().unwrap_or_default();
                progress.line(&format!("gander: {ns}: pod {name} is Ready"));
                return Ok(name);
            }
            let state = match list.items.first() {
                None => format!("no pod matches {}", self.selector),
                Some(p) => describe_pod(p),
            };
            if started.elapsed() >= self.wait {
                return Err(kube_err(
                    ns,
                    format!("no Ready PostgreSQL pod after {:?}: {state}", self.wait),
                ));
            }
            if state != last_state {
                progress.line(&format!("gander: {ns}: waiting for a Ready pod ({state})"));
                last_state = state;
            }
            // Polling the API server (no watch): the pod becomes Ready on its own schedule.
            tokio::time::sleep(delay.min(self.wait.saturating_sub(started.elapsed()))).await;
            delay = (delay * 2).min(Duration::from_secs(1));
        }
    }
}

fn is_ready(p: &Pod) -> bool {
    p.status.as_ref().is_some_and(|s| {
        s.phase.as_deref() == Some("Running")
            && s.conditions
                .as_ref()
                .is_some_and(|c| c.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
    })
}

fn describe_pod(p: &Pod) -> String {
    let name = p.metadata.name.clone().unwrap_or_default();
    let status = p.status.clone().unwrap_or_default();
    let phase = status.phase.unwrap_or_else(|| "Unknown".into());
    let not_true: Vec<String> = status
        .conditions
        .unwrap_or_default()
        .into_iter()
        .filter(|c| c.status != "True")
        .map(|c| match c.reason {
            Some(r) => format!("{}={} ({r})", c.type_, c.status),
            None => format!("{}={}", c.type_, c.status),
        })
        .collect();
    if not_true.is_empty() {
        format!("pod {name} is {phase}")
    } else {
        format!("pod {name} is {phase}, {}", not_true.join(", "))
    }
}

fn kube_err(namespace: &str, message: String) -> Error {
    Error::Kubernetes {
        namespace: namespace.to_string(),
        message,
        source: None,
    }
}

/// Turns an API error into one a person can act on, naming the RBAC rule when it is a 403.
fn api_err(namespace: &str, e: kube::Error, verb: &str, resource: &str, what: &str) -> Error {
    let message = match &e {
        kube::Error::Api(status) if status.code == 403 => {
            let needed = if resource == "pods/portforward" {
                "`get` and `create` on `pods/portforward`".to_string()
            } else if resource == "pods" {
                "`list` and `get` on `pods`".to_string()
            } else if resource == "namespaces" && verb == "list" {
                "`list` on `namespaces` (a ClusterRole)".to_string()
            } else {
                format!("`{verb}` on `{resource}`")
            };
            format!(
                "{what}: forbidden by RBAC: the identity needs {needed} in namespace {namespace} (the API server says: {})",
                status.message
            )
        }
        kube::Error::Api(status) if status.code == 404 => format!("{what}: not found"),
        other => format!("{what}: {other}"),
    };
    Error::Kubernetes {
        namespace: namespace.to_string(),
        message,
        source: Some(Box::new(e)),
    }
}

/// The names of the namespaces whose labels match `selector` (`team=storage,env=e2e`), sorted.
pub async fn namespaces_matching(
    template: &NamespaceTarget,
    selector: &str,
) -> Result<Vec<String>> {
    let client = template.client().await?;
    let api: Api<Namespace> = Api::all(client);
    let list = api
        .list(&ListParams::default().labels(selector))
        .await
        .map_err(|e| {
            api_err(
                "*",
                e,
                "list",
                "namespaces",
                &format!("namespaces with {selector}"),
            )
        })?;
    let mut names: Vec<String> = list
        .items
        .into_iter()
        .filter_map(|n| n.metadata.name)
        .collect();
    names.sort();
    Ok(names)
}
