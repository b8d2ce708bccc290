//! Connections say why they fail (PostgreSQL's or the OS's words, SQLSTATE, host:port tried),
//! libpq's `passfile`/`PGPASSFILE`, `options`/`PGOPTIONS` and `sslrootcert` work, and a string
//! that cannot be parsed never shows a password, whatever its spacing or form.

use gander::ephemeral::EphemeralServer;
use gander::{Error, PgConfig};

const SERVER: &str = "127.0.0.1:5432";

fn env_none(_: &str) -> Option<String> {
    None
}

fn server_url() -> String {
    std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| format!("postgres://postgres@{SERVER}/postgres"))
}

async fn connect_err(url: &str) -> String {
    let cfg = PgConfig::parse(url, env_none).expect("parses");
    match cfg.connect().await {
        Ok(_) => panic!("{url} connected"),
        Err(e) => {
            assert!(matches!(e, Error::Connect { .. }), "{e}");
            e.to_string()
        }
    }
}

#[tokio::test]
async fn each_connection_failure_says_why_and_where() {
    let base = server_url();
    let cfg = PgConfig::parse(&base, env_none).expect("parses");
    let hostport = cfg.tried();
    let (user_host, _) = base.rsplit_once('/').expect("db in url");
    let missing = connect_err(&format!("{user_host}/gander_no_such_db")).await;
    assert!(
        missing.contains("database \"gander_no_such_db\" does not exist")
            && missing.contains("SQLSTATE 3D000"),
        "{missing}"
    );
    assert!(missing.contains(&hostport), "{missing}");
    let role = connect_err(&format!(
        "host={} port={} user=gander_no_such_role dbname=postgres",
        cfg.config()
            .get_hosts()
            .first()
            .map(|h| match h {
                tokio_postgres::config::Host::Tcp(h) => h.clone(),
                #[allow(unreachable_patterns)]
                _ => "localhost".into(),
            })
            .unwrap_or_default(),
        cfg.config().get_ports().first().copied().unwrap_or(5432)
    ))
    .await;
    assert!(
        role.contains("role \"gander_no_such_role\" does not exist")
            && role.contains("SQLSTATE 28000"),
        "{role}"
    );
    // A port nobody listens on: bound, then released.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let refused = connect_err(&format!("postgres://postgres@127.0.0.1:{port}/postgres")).await;
    assert!(
        refused.contains("Connection refused") && refused.contains(&format!("127.0.0.1:{port}")),
        "{refused}"
    );
}

#[tokio::test]
async fn a_wrong_password_is_refused_in_postgres_words_and_passfile_works() {
    let server = tokio::task::spawn_blocking(|| EphemeralServer::start_with_password("right-pw"))
        .await
        .expect("join")
        .expect("server demanding scram-sha-256");
    let port = server.port();
    let url = format!("postgres://postgres:wrong-pw@127.0.0.1:{port}/postgres");
    let wrong = connect_err(&url).await;
    assert!(
        wrong.contains("password authentication failed for user \"postgres\"")
            && wrong.contains("28P01"),
        "{wrong}"
    );
    assert!(!wrong.contains("wrong-pw"), "{wrong}");
    // libpq's password file, named by `passfile` or by PGPASSFILE; `*` and `\:` as libpq reads them.
    let dir = std::env::temp_dir().join(format!("gander-passfile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("pgpass");
    std::fs::write(
        &file,
        format!("# comment\nother:*:*:*:nope\n127.0.0.1:{port}:*:postgres:right-pw\n"),
    )
    .expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    let kv = format!(
        "host=127.0.0.1 port={port} user=postgres dbname=postgres passfile={}",
        file.display()
    );
    let conn = PgConfig::parse(&kv, env_none)
        .expect("parse")
        .connect()
        .await
        .expect("passfile");
    drop(conn);
    let f = file.display().to_string();
    let via_env = move |k: &str| (k == "PGPASSFILE").then(|| f.clone());
    let conn = PgConfig::parse(
        &format!("postgres://postgres@127.0.0.1:{port}/postgres"),
        via_env,
    )
    .expect("parse")
    .connect()
    .await
    .expect("PGPASSFILE");
    drop(conn);
    // As libpq does, a file others may read is ignored.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        let e = PgConfig::parse(&kv, env_none)
            .expect("parse")
            .connect()
            .await
            .expect_err("ignored");
        assert!(e.to_string().contains("password"), "{e}");
    }
    drop(server);
}

#[tokio::test]
async fn options_and_pgoptions_reach_the_session() {
    let base = server_url();
    let with_pgoptions = |k: &str| (k == "PGOPTIONS").then(|| "-c lock_timeout=1234ms".to_string());
    let conn = PgConfig::parse(&base, with_pgoptions)
        .expect("parse")
        .connect()
        .await
        .expect("connect");
    let v: String = conn
        .client
        .query_one("SHOW lock_timeout", &[])
        .await
        .expect("show")
        .get(0);
    assert_eq!(v, "1234ms");
    let sep = if base.contains('?') { '&' } else { '?' };
    let url = format!("{base}{sep}options=-c%20statement_timeout%3D4321");
    let conn = PgConfig::parse(&url, with_pgoptions)
        .expect("parse")
        .connect()
        .await
        .expect("connect");
    let v: String = conn
        .client
        .query_one("SHOW statement_timeout", &[])
        .await
        .expect("show")
        .get(0);
    assert_eq!(v, "4321ms", "the URL's options win over PGOPTIONS");
}

#[tokio::test]
async fn sslrootcert_is_read_and_verifies_the_chain() {
    // The server's own certificate as the root: verify-ca checks the chain only.
    let base = server_url();
    let cert = "/etc/ssl/certs/ssl-cert-snakeoil.pem";
    let sep = if base.contains('?') { '&' } else { '?' };
    let missing = PgConfig::parse(
        &format!("{base}{sep}sslmode=verify-ca&sslrootcert=/nonexistent/root.crt"),
        env_none,
    )
    .expect("parse")
    .connect()
    .await
    .expect_err("no such file");
    assert!(
        missing.to_string().contains("/nonexistent/root.crt"),
        "{missing}"
    );
    let ssl_on = {
        let c = PgConfig::parse(&base, env_none)
            .expect("parse")
            .connect()
            .await
            .expect("connect");
        let v: String = c
            .client
            .query_one("SHOW ssl", &[])
            .await
            .expect("show")
            .get(0);
        v == "on" && std::path::Path::new(cert).exists()
    };
    assert!(
        ssl_on,
        "this test needs the server's TLS (ssl = on, {cert})"
    );
    let url = format!("{base}{sep}sslmode=verify-ca&sslrootcert={cert}");
    match PgConfig::parse(&url, env_none)
        .expect("parse")
        .connect()
        .await
    {
        Ok(conn) => {
            let tls: bool = conn
                .client
                .query_one(
                    "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
                    &[],
                )
                .await
                .expect("pg_stat_ssl")
                .get(0);
            assert!(tls);
        }
        // webpki does not take a self-signed end-entity certificate as its own root; the error
        // must then be the certificate's, reached through sslrootcert.
        Err(e) => {
            eprintln!("verify-ca with the snakeoil root: {e}");
            assert!(e.to_string().to_lowercase().contains("certificate"), "{e}")
        }
    }
}

#[test]
fn malformed_strings_never_show_a_password() {
    let secret = "s3cr3tPW";
    let forms = [
        format!("host=h password = {secret} port=notaport"),
        format!("host=h\tpassword={secret}\tport=notaport"),
        format!("host=h password='{secret}' bogus"),
        format!("host=h password = '{secret} and more"),
        format!("host=h password=\t'{secret}' port=99999999"),
        format!("postgres:/u:{secret}@h/db"),
        format!("postgres//u:{secret}@h/db"),
        format!("postgresql://u:{secret}@h:notaport/db"),
        format!("postgres://u:{secret}/x@h/db?sslmode=bogus"),
        format!("postgres://u@h/db?password={secret}&port=x&bogus=1"),
        format!("mysql://u:{secret}@h/db"),
        format!("user=u password={secret} sslmode=sideways"),
    ];
    for form in &forms {
        let err = PgConfig::parse(form, env_none).expect_err(form);
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains(secret), "{form} -> {shown}");
        assert!(!shown.contains("3cr3t"), "{form} -> {shown}");
        assert!(
            !format!("{:?}", gander::Target::Url(form.clone())).contains(secret),
            "{form}"
        );
    }
    // Spacing libpq accepts parses, and Debug hides the password.
    for form in [
        format!("host=h password = {secret} user=u"),
        format!("host=h\tpassword={secret}\tuser=u"),
    ] {
        let cfg = PgConfig::parse(&form, env_none).expect(&form);
        assert_eq!(cfg.config().get_password(), Some(secret.as_bytes()));
        assert!(!format!("{cfg:?}").contains(secret));
    }
}
