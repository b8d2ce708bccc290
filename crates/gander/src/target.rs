//! Where migrations go: a URL (or libpq key=value string, or the `PG*` variables) or a throwaway
//! server. Every target ends as one dedicated `tokio_postgres::Client`.

use std::fmt;
use std::sync::Arc;

use tokio::task::JoinHandle;
use tokio_postgres::config::{Host, SslMode};

use crate::ephemeral::EphemeralServer;
use crate::error::{Error, Result};

/// A database to migrate.
#[derive(Clone)]
#[non_exhaustive]
pub enum Target {
    /// A `postgres://` URL or a libpq key=value string. Parameters it leaves out come from
    /// `PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE`, like libpq.
    /// An empty string means "the `PG*` variables only".
    Url(String),
    /// A throwaway server started from the installed PostgreSQL binaries, removed afterwards.
    Ephemeral,
    /// The PostgreSQL of a Kubernetes namespace (port-forward, or its service in the cluster).
    #[cfg(feature = "kube")]
    Namespace(Box<crate::kube::NamespaceTarget>),
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Url(u) => f.debug_tuple("Url").field(&redact(u)).finish(),
            Target::Ephemeral => f.write_str("Ephemeral"),
            #[cfg(feature = "kube")]
            Target::Namespace(n) => f.debug_tuple("Namespace").field(n).finish(),
        }
    }
}

impl Target {
    /// `DATABASE_URL`, else the `PG*` variables when `PGHOST` is set, else [`Error::NoTarget`].
    pub fn from_env() -> Result<Target> {
        if let Ok(url) = std::env::var("DATABASE_URL")
            && !url.is_empty()
        {
            return Ok(Target::Url(url));
        }
        if std::env::var_os("PGHOST").is_some() {
            return Ok(Target::Url(String::new()));
        }
        Err(Error::NoTarget)
    }

    /// Opens the dedicated connection.
    pub async fn connect(&self) -> Result<Connection> {
        self.connect_with(&crate::report::Progress::silent()).await
    }

    /// Opens the dedicated connection, reporting progress (waiting for a pod, say).
    pub async fn connect_with(&self, progress: &crate::report::Progress) -> Result<Connection> {
        match self {
            Target::Url(url) => {
                let cfg = PgConfig::parse(url, |k| std::env::var(k).ok())?;
                cfg.connect().await
            }
            Target::Ephemeral => {
                progress
                    .line("gander: starting a throwaway PostgreSQL from the installed binaries");
                let server = tokio::task::spawn_blocking(EphemeralServer::start)
                    .await
                    .map_err(|e| Error::Ephemeral(format!("start-up task failed: {e}")))??;
                let cfg = PgConfig::parse(&server.url(), |_| None)?;
                let mut conn = cfg.connect().await?;
                conn.description = format!("throwaway PostgreSQL at {}", conn.description);
                conn.server = Some(Arc::new(server));
                Ok(conn)
            }
            #[cfg(feature = "kube")]
            Target::Namespace(n) => n.connect(progress).await,
        }
    }
}

/// A connection string with `sslmode` understood the way libpq understands it.
#[derive(Clone)]
pub struct PgConfig {
    config: tokio_postgres::Config,
    ssl: Ssl,
}

impl fmt::Debug for PgConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PgConfig")
            .field("target", &self.describe())
            .field("ssl", &self.ssl)
            .finish()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ssl {
    Disable,
    /// TLS if the server offers it, certificate not verified (libpq's `prefer`).
    Prefer,
    /// TLS, certificate not verified (libpq's `require`).
    Require,
    /// TLS, certificate verified against the web PKI roots and the host name.
    VerifyFull,
}

impl PgConfig {
    /// Parses a URL or key=value string; missing parameters come from `env` (`PGHOST`, …).
    pub fn parse(url: &str, env: impl Fn(&str) -> Option<String>) -> Result<PgConfig> {
        let mut ssl = None;
        let mut text = url.to_string();
        for (mode, kind) in [
            ("verify-full", Ssl::VerifyFull),
            ("verify-ca", Ssl::VerifyFull),
        ] {
            if text.contains(&format!("sslmode={mode}")) {
                text = text.replace(&format!("sslmode={mode}"), "sslmode=require");
                ssl = Some(kind);
            }
        }
        // The URL parser fills in 5432 for a host without a port; libpq uses PGPORT instead.
        if let Some(port) = env("PGPORT")
            && !text.trim().is_empty()
            && !has_port(&text)
        {
            text = with_port(&text, &port);
        }
        let mut config: tokio_postgres::Config = if text.trim().is_empty() {
            tokio_postgres::Config::new()
        } else {
            text.parse().map_err(|e: tokio_postgres::Error| {
                Error::BadUrl(format!("{}: {e}", redact(url)))
            })?
        };
        let explicit_ssl = url.contains("sslmode=");
        if config.get_hosts().is_empty() {
            match env("PGHOST") {
                Some(h) => {
                    for host in h.split(',') {
                        config.host(host);
                    }
                }
                None => {
                    config.host("localhost");
                }
            }
        }
        if config.get_ports().is_empty()
            && let Some(p) = env("PGPORT")
        {
            let port = p
                .parse()
                .map_err(|_| Error::BadUrl(format!("PGPORT={p} is not a port")))?;
            config.port(port);
        }
        if config.get_user().is_none() {
            let user = env("PGUSER")
                .or_else(|| env("USER"))
                .unwrap_or_else(|| "postgres".into());
            config.user(&user);
        }
        if config.get_password().is_none()
            && let Some(p) = env("PGPASSWORD")
        {
            config.password(p);
        }
        if config.get_dbname().is_none()
            && let Some(d) = env("PGDATABASE")
        {
            config.dbname(&d);
        }
        if config.get_application_name().is_none() {
            config.application_name("gander");
        }
        let ssl = match ssl {
            Some(s) => s,
            None => {
                let mode = if explicit_ssl { None } else { env("PGSSLMODE") };
                match mode.as_deref() {
                    Some("disable") | Some("allow") => Ssl::Disable,
                    Some("require") => Ssl::Require,
                    Some("verify-ca") | Some("verify-full") => Ssl::VerifyFull,
                    Some("prefer") => Ssl::Prefer,
                    Some(other) => {
                        return Err(Error::BadUrl(format!(
                            "PGSSLMODE={other} is not a known sslmode"
                        )));
                    }
                    None => match config.get_ssl_mode() {
                        SslMode::Disable => Ssl::Disable,
                        SslMode::Require => Ssl::Require,
                        _ => Ssl::Prefer,
                    },
                }
            }
        };
        config.ssl_mode(match ssl {
            Ssl::Disable => SslMode::Disable,
            Ssl::Prefer => SslMode::Prefer,
            Ssl::Require | Ssl::VerifyFull => SslMode::Require,
        });
        Ok(PgConfig { config, ssl })
    }

    /// The driver's configuration.
    pub fn config(&self) -> &tokio_postgres::Config {
        &self.config
    }

    /// The same settings with this password.
    pub fn with_password(&self, password: &str) -> PgConfig {
        let mut c = self.clone();
        c.config.password(password);
        c
    }

    /// The same server, another database.
    pub fn with_dbname(&self, db: &str) -> PgConfig {
        let mut c = self.clone();
        c.config.dbname(db);
        c
    }

    /// `postgres://user@host:port/db`, never with the password.
    pub fn describe(&self) -> String {
        let host = match self.config.get_hosts().first() {
            Some(Host::Tcp(h)) => h.clone(),
            #[cfg(unix)]
            Some(Host::Unix(p)) => p.display().to_string(),
            None => "localhost".into(),
        };
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        let user = self.config.get_user().unwrap_or("?");
        let db = self.config.get_dbname().unwrap_or(user);
        format!("postgres://{user}@{host}:{port}/{db}")
    }

    /// Connects, with TLS as `sslmode` says.
    pub async fn connect(&self) -> Result<Connection> {
        let target = self.describe();
        let connect_err = |source| Error::Connect {
            target: target.clone(),
            source,
        };
        let (client, task) = match self.ssl {
            Ssl::Disable => {
                let (client, conn) = self
                    .config
                    .connect(tokio_postgres::NoTls)
                    .await
                    .map_err(connect_err)?;
                (client, tokio::spawn(drive(conn)))
            }
            Ssl::Prefer | Ssl::Require | Ssl::VerifyFull => {
                let tls = tls_connector(self.ssl == Ssl::VerifyFull)?;
                let (client, conn) = self.config.connect(tls).await.map_err(connect_err)?;
                (client, tokio::spawn(drive(conn)))
            }
        };
        Ok(Connection {
            client,
            task,
            description: target,
            server: None,
        })
    }
}

async fn drive<F: Future<Output = std::result::Result<(), tokio_postgres::Error>>>(conn: F) {
    if let Err(e) = conn.await {
        tracing::debug!(target: "gander", "connection closed: {e}");
    }
}

/// One dedicated session. Dropping it closes the session, which releases its advisory locks
/// even when a run is cancelled or panics.
pub struct Connection {
    /// The client; everything gander sends goes through it.
    pub client: tokio_postgres::Client,
    task: JoinHandle<()>,
    description: String,
    server: Option<Arc<EphemeralServer>>,
}

impl fmt::Debug for Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Connection")
            .field("target", &self.description)
            .finish()
    }
}

impl Connection {
    /// Wraps a client whose connection future is driven by `task` (a port-forward, say).
    pub fn from_parts(
        client: tokio_postgres::Client,
        task: JoinHandle<()>,
        description: String,
    ) -> Self {
        Connection {
            client,
            task,
            description,
            server: None,
        }
    }

    /// Runs `sql` as a simple query; an error names the statement.
    pub(crate) async fn exec(&self, sql: &str) -> Result<()> {
        self.client
            .batch_execute(sql)
            .await
            .map_err(|e| Error::db(sql.to_string(), e))
    }

    /// Where it is connected, password hidden.
    pub fn describe(&self) -> &str {
        &self.description
    }

    /// The throwaway server behind it, if any.
    pub fn ephemeral(&self) -> Option<&Arc<EphemeralServer>> {
        self.server.as_ref()
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Whether a URL or key=value string names a port.
fn has_port(text: &str) -> bool {
    match text.split_once("://") {
        Some((_, rest)) => {
            let authority = rest.split(['/', '?']).next().unwrap_or("");
            let hosts = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
            match hosts.rfind(']') {
                Some(end) => hosts[end..].contains(':'),
                None => hosts.contains(':'),
            }
        }
        None => text.split_whitespace().any(|kv| kv.starts_with("port=")),
    }
}

fn with_port(text: &str, port: &str) -> String {
    match text.split_once("://") {
        Some((scheme, rest)) => {
            let end = rest.find(['/', '?']).unwrap_or(rest.len());
            if rest[..end]
                .rsplit_once('@')
                .map_or(rest[..end].is_empty(), |(_, h)| h.is_empty())
            {
                return text.to_string();
            }
            format!("{scheme}://{}:{port}{}", &rest[..end], &rest[end..])
        }
        None => format!("{text} port={port}"),
    }
}

/// Hides the password of a URL or key=value string.
pub fn redact(url: &str) -> String {
    if let Some(rest) = url.split_once("://").map(|(_, r)| r) {
        let scheme = &url[..url.len() - rest.len()];
        let (auth_end, _) = rest
            .char_indices()
            .find(|(_, c)| *c == '/' || *c == '?')
            .unwrap_or((rest.len(), ' '));
        let authority = &rest[..auth_end];
        let mut out = String::from(scheme);
        match authority.rfind('@') {
            Some(at) => {
                let userinfo = &authority[..at];
                match userinfo.split_once(':') {
                    Some((user, _)) => out.push_str(&format!("{user}:***")),
                    None => out.push_str(userinfo),
                }
                out.push_str(&authority[at..]);
            }
            None => out.push_str(authority),
        }
        let tail = &rest[auth_end..];
        out.push_str(&redact_params(tail));
        out
    } else {
        redact_params(url)
    }
}

fn redact_params(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("password=") {
        let boundary = i == 0 || matches!(rest.as_bytes()[i - 1], b' ' | b'?' | b'&');
        out.push_str(&rest[..i + 9]);
        rest = &rest[i + 9..];
        if !boundary {
            continue;
        }
        let end = if let Some(quoted) = rest.strip_prefix('\'') {
            quoted.find('\'').map_or(rest.len(), |e| e + 2)
        } else {
            rest.find([' ', '&']).unwrap_or(rest.len())
        };
        out.push_str("***");
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn tls_connector(verify: bool) -> Result<tokio_postgres_rustls::MakeRustlsConnect> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Tls(e.to_string()))?;
    let config = if verify {
        let roots =
            rustls::RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        builder.with_root_certificates(roots).with_no_client_auth()
    } else {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerify(provider)))
            .with_no_client_auth()
    };
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

/// libpq's `sslmode=require`: encrypt, but do not verify the server's certificate.
#[derive(Debug)]
struct NoVerify(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for NoVerify {
    fn verify_server_cert(
        &self,
        _end_entity: &rustls::pki_types::CertificateDer<'_>,
        _intermediates: &[rustls::pki_types::CertificateDer<'_>],
        _server_name: &rustls::pki_types::ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls::pki_types::UnixTime,
    ) -> std::result::Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> std::result::Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_passwords() {
        assert_eq!(
            redact("postgres://u:s3cret@h:5432/db?sslmode=require"),
            "postgres://u:***@h:5432/db?sslmode=require"
        );
        assert_eq!(
            redact("host=h password=s3cret user=u"),
            "host=h password=*** user=u"
        );
        assert_eq!(
            redact("host=h password='a b' user=u"),
            "host=h password=*** user=u"
        );
        assert_eq!(
            redact("postgres://h/db?password=s3cret&x=1"),
            "postgres://h/db?password=***&x=1"
        );
        assert!(
            !format!("{:?}", Target::Url("postgres://u:s3cret@h/db".into())).contains("s3cret")
        );
    }

    #[test]
    fn env_fills_what_the_url_leaves_out() {
        let env = |k: &str| match k {
            "PGUSER" => Some("alice".to_string()),
            "PGPASSWORD" => Some("pw".to_string()),
            "PGDATABASE" => Some("app".to_string()),
            "PGPORT" => Some("6543".to_string()),
            _ => None,
        };
        let c = PgConfig::parse("postgres://bob@db.example/", env).unwrap();
        assert_eq!(c.describe(), "postgres://bob@db.example:6543/app");
        assert_eq!(c.config().get_password(), Some(&b"pw"[..]));
        assert!(!format!("{c:?}").contains("pw\""));
        let c = PgConfig::parse("", env).unwrap();
        assert_eq!(c.describe(), "postgres://alice@localhost:6543/app");
    }
}
