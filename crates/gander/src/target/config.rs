//! Connection settings, written once: a libpq-style connection string parsed (`sslmode` and
//! the TLS files, `passfile`, `options`, the `PG*` fallbacks), TLS set up with rustls, every
//! password redacted, and the one dedicated connection every target ends in. A leaf: it imports
//! no other target module.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::task::JoinHandle;
use tokio_postgres::config::{Host, SslMode};

use crate::ephemeral::EphemeralServer;
use crate::error::{Error, Result};

/// A connection string understood the way libpq understands it: `sslmode` (all six),
/// `sslrootcert`, `sslcert`/`sslkey`, `passfile` (and `PGPASSFILE`, `~/.pgpass`), `options`
/// (and `PGOPTIONS`), spaces around `=` and tabs between pairs.
#[derive(Clone)]
pub struct PgConfig {
    config: tokio_postgres::Config,
    ssl: Ssl,
    files: TlsFiles,
}

/// The TLS files a connection string names.
#[derive(Clone, Debug, Default)]
struct TlsFiles {
    root_cert: Option<PathBuf>,
    cert: Option<PathBuf>,
    key: Option<PathBuf>,
}

impl fmt::Debug for PgConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PgConfig")
            .field("target", &self.describe())
            .field("ssl", &self.ssl)
            .field("files", &self.files)
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
    /// TLS, certificate chain verified, host name not (libpq's `verify-ca`).
    VerifyCa,
    /// TLS, certificate verified against the roots (sslrootcert, else the web PKI) and the host name.
    VerifyFull,
}

/// Parameters gander handles itself instead of the driver.
const OWN_KEYS: [&str; 5] = ["sslmode", "sslrootcert", "sslcert", "sslkey", "passfile"];

impl PgConfig {
    /// Parses a URL or key=value string; missing parameters come from `env` (`PGHOST`, …).
    /// A string that cannot be parsed is reported with every password in it masked.
    pub fn parse(url: &str, env: impl Fn(&str) -> Option<String>) -> Result<PgConfig> {
        let bad = |why: String| {
            let mut message = format!("{}: {why}", redact(url));
            for secret in secrets(url) {
                message = message.replace(&secret, "***");
            }
            Error::BadUrl(message)
        };
        let (mut text, own) = split_own_params(url).map_err(&bad)?;
        let get = |k: &str| {
            own.iter()
                .rev()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        };
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
            text.parse()
                .map_err(|e: tokio_postgres::Error| bad(e.to_string()))?
        };
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
        if config.get_options().is_none()
            && let Some(o) = env("PGOPTIONS")
            && !o.trim().is_empty()
        {
            config.options(&o);
        }
        if config.get_application_name().is_none() {
            config.application_name("gander");
        }
        if config.get_password().is_none() {
            let file = get("passfile")
                .or_else(|| env("PGPASSFILE"))
                .or_else(|| env("HOME").map(|h| format!("{h}/.pgpass")));
            if let Some(file) = file
                && let Some(p) = passfile_password(Path::new(&file), &config)
            {
                config.password(p);
            }
        }
        let files = TlsFiles {
            root_cert: get("sslrootcert")
                .or_else(|| env("PGSSLROOTCERT"))
                .map(PathBuf::from),
            cert: get("sslcert")
                .or_else(|| env("PGSSLCERT"))
                .map(PathBuf::from),
            key: get("sslkey").or_else(|| env("PGSSLKEY")).map(PathBuf::from),
        };
        let mode = get("sslmode").or_else(|| env("PGSSLMODE"));
        let ssl = match mode.as_deref() {
            Some("disable") | Some("allow") => Ssl::Disable,
            // libpq: with a root certificate file, `require` verifies the chain like verify-ca.
            Some("require") if files.root_cert.is_some() => Ssl::VerifyCa,
            Some("require") => Ssl::Require,
            Some("verify-ca") => Ssl::VerifyCa,
            Some("verify-full") => Ssl::VerifyFull,
            Some("prefer") | None => Ssl::Prefer,
            Some(other) => {
                return Err(Error::BadUrl(format!(
                    "sslmode={other} is not a known sslmode (disable, allow, prefer, require, verify-ca, verify-full)"
                )));
            }
        };
        config.ssl_mode(match ssl {
            Ssl::Disable => SslMode::Disable,
            Ssl::Prefer => SslMode::Prefer,
            Ssl::Require | Ssl::VerifyCa | Ssl::VerifyFull => SslMode::Require,
        });
        Ok(PgConfig { config, ssl, files })
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

    /// The same settings on another host and port (a proxy in front of the server, say).
    pub fn with_host_port(&self, host: &str, port: u16) -> PgConfig {
        let mut c = self.clone();
        let mut config = tokio_postgres::Config::new();
        config.host(host).port(port);
        if let Some(u) = c.config.get_user() {
            config.user(u);
        }
        if let Some(p) = c.config.get_password() {
            config.password(p);
        }
        if let Some(d) = c.config.get_dbname() {
            config.dbname(d);
        }
        if let Some(o) = c.config.get_options() {
            config.options(o);
        }
        config.ssl_mode(c.config.get_ssl_mode());
        c.config = config;
        c
    }

    /// A `postgres://` URL with these settings (password included, percent-encoded), for a
    /// child process; never print it (see [`PgConfig::describe`]).
    pub fn url(&self) -> String {
        let (host, port) = self.first_host();
        let user = self.config.get_user().unwrap_or("postgres");
        let db = self.config.get_dbname().unwrap_or(user);
        let password = self
            .config
            .get_password()
            .map(|p| format!(":{}", percent_encode(&String::from_utf8_lossy(p))))
            .unwrap_or_default();
        let sslmode = match self.ssl {
            Ssl::Disable => "disable",
            Ssl::Prefer => "prefer",
            Ssl::Require => "require",
            Ssl::VerifyCa => "verify-ca",
            Ssl::VerifyFull => "verify-full",
        };
        let host = if host.contains('/') {
            percent_encode(&host)
        } else {
            host
        };
        format!(
            "postgres://{}{password}@{host}:{port}/{}?sslmode={sslmode}",
            percent_encode(user),
            percent_encode(db)
        )
    }

    /// The first host a connection tries and its port.
    fn first_host(&self) -> (String, u16) {
        let host = match self.config.get_hosts().first() {
            Some(Host::Tcp(h)) => h.clone(),
            #[cfg(unix)]
            Some(Host::Unix(p)) => p.display().to_string(),
            None => "localhost".into(),
        };
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        (host, port)
    }

    /// `postgres://user@host:port/db`, never with the password.
    pub fn describe(&self) -> String {
        let (host, port) = self.first_host();
        let user = self.config.get_user().unwrap_or("?");
        let db = self.config.get_dbname().unwrap_or(user);
        format!("postgres://{user}@{host}:{port}/{db}")
    }

    /// The host:port pairs a connection tries, in order.
    pub fn tried(&self) -> String {
        let ports = self.config.get_ports();
        let all: Vec<String> = self
            .config
            .get_hosts()
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let port = ports
                    .get(i)
                    .or_else(|| ports.first())
                    .copied()
                    .unwrap_or(5432);
                match h {
                    Host::Tcp(h) => format!("{h}:{port}"),
                    #[cfg(unix)]
                    Host::Unix(p) => format!("{}/.s.PGSQL.{port}", p.display()),
                }
            })
            .collect();
        all.join(", ")
    }

    /// Connects, with TLS as `sslmode` says.
    pub async fn connect(&self) -> Result<Connection> {
        let target = self.describe();
        let connect_err = |source| Error::Connect {
            target: target.clone(),
            tried: self.tried(),
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
            Ssl::Prefer | Ssl::Require | Ssl::VerifyCa | Ssl::VerifyFull => {
                let tls = tls_connector(self.ssl, &self.files)?;
                let (client, conn) = self.config.connect(tls).await.map_err(connect_err)?;
                (client, tokio::spawn(drive(conn)))
            }
        };
        Ok(Connection {
            client,
            task,
            description: target,
            server: None,
            config: Some(self.clone()),
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
    pub(super) description: String,
    pub(super) server: Option<Arc<EphemeralServer>>,
    config: Option<PgConfig>,
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
            config: None,
        }
    }

    /// What sends PostgreSQL's cancel request for the statement this session is running (from
    /// a signal handler, say). Cancelling needs the server's address: a port-forwarded session
    /// cannot be cancelled this way (closing it is what ends it).
    pub fn canceller(&self) -> Canceller {
        Canceller {
            token: self.client.cancel_token(),
            tls: self.config.as_ref().map(|c| (c.ssl, c.files.clone())),
        }
    }

    /// The settings it was opened with, when it was opened from a connection string (for a
    /// second session to the same server, such as the lock-wait watcher).
    pub fn config(&self) -> Option<&PgConfig> {
        self.config.as_ref()
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

/// Sends PostgreSQL's cancel request for whatever statement one session is running.
#[derive(Clone)]
pub struct Canceller {
    token: tokio_postgres::CancelToken,
    tls: Option<(Ssl, TlsFiles)>,
}

impl fmt::Debug for Canceller {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Canceller").finish_non_exhaustive()
    }
}

impl Canceller {
    /// Sends the cancel request (a new connection to the server, as libpq's `PQcancel`). The
    /// statement then fails with SQLSTATE 57014 and its transaction rolls back.
    pub async fn cancel(&self) -> Result<()> {
        let err = |e: tokio_postgres::Error| Error::Database {
            context: "sending the cancel request".into(),
            source: e,
        };
        match &self.tls {
            Some((Ssl::Disable, _)) | None => self
                .token
                .cancel_query(tokio_postgres::NoTls)
                .await
                .map_err(err),
            Some((ssl, files)) => self
                .token
                .cancel_query(tls_connector(*ssl, files)?)
                .await
                .map_err(err),
        }
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

/// One libpq `key = value` pair list: spaces (or tabs) around `=` and between pairs, values
/// bare or in single quotes, `\` escaping the next character. `Err` says what is wrong (never
/// quoting a value).
fn parse_kv(s: &str) -> std::result::Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.peek().is_none() {
            return Ok(out);
        }
        let mut key = String::new();
        while let Some(&c) = chars.peek() {
            if c == '=' || c.is_whitespace() {
                break;
            }
            key.push(c);
            chars.next();
        }
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.next() != Some('=') {
            return Err(format!(
                "a key without \"=\" at character {} (libpq's form is key=value)",
                s.len() - chars.clone().count() - key.len()
            ));
        }
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let mut value = String::new();
        if chars.peek() == Some(&'\'') {
            chars.next();
            loop {
                match chars.next() {
                    Some('\\') => value.extend(chars.next()),
                    Some('\'') => break,
                    Some(c) => value.push(c),
                    None => {
                        return Err(format!(
                            "the quoted value of {} is not closed",
                            if key == "password" {
                                "the password"
                            } else {
                                "a key"
                            }
                        ));
                    }
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                chars.next();
                if c == '\\' {
                    value.extend(chars.next());
                } else {
                    value.push(c);
                }
            }
        }
        out.push((key, value));
    }
}

fn quote_kv(value: &str) -> String {
    format!("'{}'", value.replace('\\', "\\\\").replace('\'', "\\'"))
}

fn is_url(s: &str) -> bool {
    let s = s.trim_start();
    s.starts_with("postgres://") || s.starts_with("postgresql://")
}

/// Takes the parameters gander handles itself ([`OWN_KEYS`]) out of a URL's query or a
/// key=value string, and normalises a key=value string's spacing for the driver.
fn split_own_params(url: &str) -> std::result::Result<(String, Vec<(String, String)>), String> {
    let trimmed = url.trim();
    if trimmed.is_empty() {
        return Ok((String::new(), Vec::new()));
    }
    if !is_url(trimmed) {
        let pairs = parse_kv(trimmed).map_err(|why| {
            if url_userinfo(trimmed).is_some() || trimmed.split_whitespace().next().is_some_and(|w| w.contains(":/")) {
                "not a postgres:// or postgresql:// URL (is the scheme mistyped?), nor a key=value string".to_string()
            } else {
                why
            }
        })?;
        let (own, rest): (Vec<_>, Vec<_>) = pairs
            .into_iter()
            .partition(|(k, _)| OWN_KEYS.contains(&k.as_str()));
        let text: Vec<String> = rest
            .iter()
            .map(|(k, v)| format!("{k}={}", quote_kv(v)))
            .collect();
        return Ok((text.join(" "), own));
    }
    let Some((base, query)) = trimmed.split_once('?') else {
        return Ok((trimmed.to_string(), Vec::new()));
    };
    let mut own = Vec::new();
    let mut rest = Vec::new();
    for param in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = param.split_once('=').unwrap_or((param, ""));
        if OWN_KEYS.contains(&k) {
            own.push((k.to_string(), percent_decode(v)));
        } else {
            rest.push(param);
        }
    }
    let text = if rest.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", rest.join("&"))
    };
    Ok((text, own))
}

/// Decodes `%XX` escapes (a malformed one stays as written), as libpq does in a URI.
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// Percent-encodes all but RFC 3986's unreserved characters.
fn percent_encode(s: &str) -> String {
    const RESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(s, RESERVED).to_string()
}

/// libpq's password file: `host:port:database:user:password` lines, `*` matching anything,
/// `\` escaping `:` and `\`. Ignored, as by libpq, when group or others may read it.
fn passfile_password(path: &Path, config: &tokio_postgres::Config) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            tracing::warn!(target: "gander", "password file {} has group or world access; permissions should be u=rw (0600) or less: ignored", path.display());
            return None;
        }
    }
    if !meta.is_file() {
        return None;
    }
    let text = std::fs::read_to_string(path).ok()?;
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        #[cfg(unix)]
        Some(Host::Unix(_)) => "localhost".into(),
        None => "localhost".into(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config.get_user().unwrap_or_default();
    let db = config.get_dbname().unwrap_or(user);
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => field.extend(chars.next()),
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
                c => field.push(c),
            }
        }
        fields.push(field);
        if fields.len() != 5 {
            continue;
        }
        let ok = |f: &str, want: &str| f == "*" || f == want;
        if ok(&fields[0], &host)
            && ok(&fields[1], &port)
            && ok(&fields[2], db)
            && ok(&fields[3], user)
        {
            return fields.pop();
        }
    }
    None
}

/// Every password value a connection string holds, however it is written (for scrubbing).
fn secrets(url: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(pairs) = parse_kv(url) {
        out.extend(
            pairs
                .into_iter()
                .filter(|(k, _)| k == "password")
                .map(|(_, v)| v),
        );
    }
    if let Some((_, userinfo)) = url_userinfo(url)
        && let Some((_, p)) = userinfo.split_once(':')
    {
        out.push(p.to_string());
        out.push(percent_decode(p));
    }
    if parse_kv(url).is_err()
        && let Some((colon, at)) = loose_userinfo(url)
    {
        out.push(url[colon + 1..at].to_string());
    }
    for param in url.split(['?', '&', ' ', '\t']) {
        if let Some(v) = param.trim().strip_prefix("password=") {
            out.push(v.to_string());
            out.push(percent_decode(v));
        }
    }
    out.retain(|s| !s.is_empty());
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// The `scheme:` prefix and the userinfo of a URL-like string (`postgres://u:p@h`, also
/// mistyped `postgres:/u:p@h`): everything before the last `@` ahead of any query.
fn url_userinfo(url: &str) -> Option<(usize, &str)> {
    let colon = url.find(':')?;
    let scheme = &url[..colon];
    if scheme.is_empty()
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.')
    {
        return None;
    }
    let start = colon + 1 + url[colon + 1..].chars().take_while(|c| *c == '/').count();
    let rest = &url[start..];
    let query = rest.find('?').unwrap_or(rest.len());
    let at = rest[..query].rfind('@')?;
    Some((start, &rest[..at]))
}

/// Hides every password of a URL or key=value string, whatever its spacing or form: a URL's
/// `user:password@`, a `password=` query parameter, and libpq's `password = value` pairs
/// (bare or quoted). A string that cannot be read either way has anything that could be a
/// password replaced.
pub fn redact(url: &str) -> String {
    if let Some((start, userinfo)) = url_userinfo(url) {
        let mut out = url[..start].to_string();
        match userinfo.split_once(':') {
            Some((user, _)) => out.push_str(&format!("{user}:***")),
            None => out.push_str(userinfo),
        }
        let tail = &url[start + userinfo.len()..];
        out.push_str(&redact_params(tail));
        return out;
    }
    if parse_kv(url).is_err()
        && let Some((colon, at)) = loose_userinfo(url)
    {
        // Neither a URL nor key=value, but `user:password@host`-shaped: hide the middle.
        return format!("{}***{}", &url[..=colon], redact_params(&url[at..]));
    }
    redact_params(url)
}

/// In a string that is neither a URL nor key=value: the first `:` and the last `@` after it.
fn loose_userinfo(url: &str) -> Option<(usize, usize)> {
    let colon = url.find(':')?;
    let at = url.rfind('@')?;
    (at > colon).then_some((colon, at))
}

/// Masks `password=value` wherever the key stands (after a separator), with any spacing
/// around `=`, quoted or not.
fn redact_params(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("password") {
        let boundary = i == 0
            || matches!(
                rest.as_bytes()[i - 1],
                b' ' | b'\t' | b'\n' | b'\r' | b'?' | b'&'
            );
        out.push_str(&rest[..i + 8]);
        rest = &rest[i + 8..];
        let after = rest.trim_start_matches([' ', '\t', '\n', '\r']);
        if !boundary || !after.starts_with('=') {
            continue;
        }
        let spaced = rest.len() - after.len();
        out.push_str(&rest[..spaced + 1]);
        rest = &after[1..];
        let value = rest.trim_start_matches([' ', '\t', '\n', '\r']);
        out.push_str(&rest[..rest.len() - value.len()]);
        let end = if let Some(quoted) = value.strip_prefix('\'') {
            let mut end = value.len();
            let mut escaped = false;
            for (j, c) in quoted.char_indices() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '\'' => {
                        end = j + 2;
                        break;
                    }
                    _ => {}
                }
            }
            end
        } else {
            value
                .find([' ', '\t', '\n', '\r', '&'])
                .unwrap_or(value.len())
        };
        out.push_str("***");
        rest = &value[end..];
    }
    out.push_str(rest);
    out
}

fn read_pem_certs(path: &Path) -> Result<Vec<rustls::pki_types::CertificateDer<'static>>> {
    use rustls::pki_types::pem::PemObject;
    let certs: std::result::Result<Vec<_>, _> =
        rustls::pki_types::CertificateDer::pem_file_iter(path)
            .map_err(|e| {
                Error::tls_from(
                    format!("cannot read certificates from {}", path.display()),
                    e,
                )
            })?
            .collect();
    let certs = certs.map_err(|e| {
        Error::tls_from(
            format!("cannot read certificates from {}", path.display()),
            e,
        )
    })?;
    if certs.is_empty() {
        return Err(Error::tls(format!(
            "{} holds no PEM certificate",
            path.display()
        )));
    }
    Ok(certs)
}

fn tls_connector(ssl: Ssl, files: &TlsFiles) -> Result<tokio_postgres_rustls::MakeRustlsConnect> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::tls_from("protocol versions", e))?;
    let builder = if matches!(ssl, Ssl::VerifyCa | Ssl::VerifyFull) {
        let mut roots = rustls::RootCertStore::empty();
        match &files.root_cert {
            Some(path) => {
                for cert in read_pem_certs(path)? {
                    roots.add(cert).map_err(|e| {
                        Error::tls_from(format!("sslrootcert {}", path.display()), e)
                    })?;
                }
            }
            None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
        }
        let verifier = rustls::client::WebPkiServerVerifier::builder_with_provider(
            Arc::new(roots),
            provider.clone(),
        )
        .build()
        .map_err(|e| Error::tls_from("certificate verifier", e))?;
        if ssl == Ssl::VerifyCa {
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(Unnamed {
                    chain: Some(verifier),
                    provider,
                }))
        } else {
            builder.with_webpki_verifier(verifier)
        }
    } else {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(Unnamed {
                chain: None,
                provider,
            }))
    };
    let config = match (&files.cert, &files.key) {
        (Some(cert), Some(key)) => {
            use rustls::pki_types::pem::PemObject;
            let chain = read_pem_certs(cert)?;
            let key = rustls::pki_types::PrivateKeyDer::from_pem_file(key).map_err(|e| {
                Error::tls_from(format!("cannot read the private key {}", key.display()), e)
            })?;
            builder
                .with_client_auth_cert(chain, key)
                .map_err(|e| Error::tls_from("sslcert/sslkey", e))?
        }
        (Some(_), None) | (None, Some(_)) => {
            return Err(Error::tls(
                "sslcert and sslkey go together: name both, or neither",
            ));
        }
        (None, None) => builder.with_no_client_auth(),
    };
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

/// The server-certificate check of libpq's `sslmode=verify-ca` (with `chain`: it must lead to a
/// trusted root; the name is not checked) and of `require` (without: not checked at all). The
/// handshake's signatures are verified in both, with the provider's algorithms.
#[derive(Debug)]
struct Unnamed {
    chain: Option<Arc<rustls::client::WebPkiServerVerifier>>,
    provider: Arc<rustls::crypto::CryptoProvider>,
}

impl rustls::client::danger::ServerCertVerifier for Unnamed {
    fn verify_server_cert(
        &self,
        end_entity: &rustls::pki_types::CertificateDer<'_>,
        intermediates: &[rustls::pki_types::CertificateDer<'_>],
        server_name: &rustls::pki_types::ServerName<'_>,
        ocsp_response: &[u8],
        now: rustls::pki_types::UnixTime,
    ) -> std::result::Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        let Some(chain) = &self.chain else {
            return Ok(rustls::client::danger::ServerCertVerified::assertion());
        };
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            Err(rustls::Error::InvalidCertificate(
                rustls::CertificateError::NotValidForName
                | rustls::CertificateError::NotValidForNameContext { .. },
            )) => Ok(rustls::client::danger::ServerCertVerified::assertion()),
            other => other,
        }
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
            &self.provider.signature_verification_algorithms,
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
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
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
            !format!(
                "{:?}",
                crate::Target::Url("postgres://u:s3cret@h/db".into())
            )
            .contains("s3cret")
        );
    }

    #[test]
    fn percent_escapes_as_libpq_reads_and_writes_them() {
        assert_eq!(percent_decode("p%40ss%C3%BC"), "p@ssü");
        // Malformed escapes stay as written; `+` is not a space in a URI's parts.
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%zz+1"), "%zz+1");
        assert_eq!(percent_encode("a-b.c_d~e"), "a-b.c_d~e");
        assert_eq!(percent_encode("p@ss wörd/:"), "p%40ss%20w%C3%B6rd%2F%3A");
        assert_eq!(
            percent_decode(&percent_encode("p@ss wörd/:%")),
            "p@ss wörd/:%"
        );
    }

    #[test]
    fn url_round_trips_and_moves_to_another_host() {
        let none = |_: &str| None;
        let c = PgConfig::parse(
            "postgres://u:p%40ss@db.example:6432/app?sslmode=disable",
            none,
        )
        .expect("parse");
        assert_eq!(
            c.url(),
            "postgres://u:p%40ss@db.example:6432/app?sslmode=disable"
        );
        let back = PgConfig::parse(&c.url(), none).expect("reparse");
        assert_eq!(back.describe(), c.describe());
        assert_eq!(back.config().get_password(), Some(&b"p@ss"[..]));
        let moved = c.with_host_port("127.0.0.1", 7000);
        assert_eq!(
            moved.url(),
            "postgres://u:p%40ss@127.0.0.1:7000/app?sslmode=disable"
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
