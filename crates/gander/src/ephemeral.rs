//! A throwaway PostgreSQL: `initdb` + `pg_ctl` from the installed binaries, in a temp dir, on a
//! free port, as an unprivileged user when running as root; stopped and removed when dropped, and
//! by a watchdog process if this process dies first.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

use crate::error::{Error, Result};

/// A running throwaway server. Trust authentication (or a password), user `postgres`, on
/// 127.0.0.1.
pub struct EphemeralServer {
    dir: PathBuf,
    bin: PathBuf,
    port: u16,
    user: Option<(u32, u32)>,
    watchdog: Option<Child>,
    running: bool,
    password: Option<String>,
}

impl std::fmt::Debug for EphemeralServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EphemeralServer")
            .field("dir", &self.dir)
            .field("port", &self.port)
            .field("running", &self.running)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .finish()
    }
}

impl EphemeralServer {
    /// Starts a new server (blocking: about a second for `initdb` and start-up).
    pub fn start() -> Result<Self> {
        Self::start_inner(None)
    }

    /// Starts a server whose TCP connections must authenticate (`scram-sha-256`) as `postgres`
    /// with `password`, for tests that prove a password really reaches the server.
    pub fn start_with_password(password: &str) -> Result<Self> {
        Self::start_inner(Some(password.to_string()))
    }

    fn start_inner(password: Option<String>) -> Result<Self> {
        let bin = find_binaries()?;
        let user = unprivileged_user()?;
        let dir = make_dir(user)?;
        let mut server = EphemeralServer {
            dir,
            bin,
            port: 0,
            user,
            watchdog: None,
            running: false,
            password,
        };
        server.initdb()?;
        server.spawn_watchdog()?;
        server.start_on_free_port()?;
        Ok(server)
    }

    /// `postgres://postgres@127.0.0.1:PORT/postgres` (with the password, if the server has one).
    pub fn url(&self) -> String {
        self.url_for("postgres")
    }

    /// The URL of database `db` on this server.
    pub fn url_for(&self, db: &str) -> String {
        let user = match &self.password {
            Some(p) => format!("postgres:{p}"),
            None => "postgres".to_string(),
        };
        format!(
            "postgres://{user}@127.0.0.1:{}/{db}?sslmode=disable",
            self.port
        )
    }

    /// The TCP port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The data directory.
    pub fn data_dir(&self) -> PathBuf {
        self.dir.join("data")
    }

    /// Stops the server, keeping its data (for restart tests).
    pub fn stop(&mut self) -> Result<()> {
        if self.running {
            self.pg_ctl(&["stop", "-m", "fast", "-w", "-t", "60"])?;
            self.running = false;
        }
        Ok(())
    }

    /// Starts a stopped server again on the same port.
    pub fn restart(&mut self) -> Result<()> {
        self.stop()?;
        self.start_on(self.port)
    }

    fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(self.bin.join(program));
        if let Some((uid, gid)) = self.user {
            cmd.uid(uid).gid(gid);
        }
        cmd.current_dir(&self.dir).env_remove("PGDATA");
        cmd
    }

    fn run(&self, mut cmd: Command, what: &str) -> Result<()> {
        let out = cmd
            .stdin(Stdio::null())
            .output()
            .map_err(|e| Error::Ephemeral(format!("{what}: cannot run: {e}")))?;
        if out.status.success() {
            Ok(())
        } else {
            let log = std::fs::read_to_string(self.dir.join("log")).unwrap_or_default();
            Err(Error::Ephemeral(format!(
                "{what} failed ({}):\n{}{}\n{}",
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr),
                log.lines()
                    .rev()
                    .take(20)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect::<Vec<_>>()
                    .join("\n")
            )))
        }
    }

    fn pg_ctl(&self, args: &[&str]) -> Result<()> {
        let mut cmd = self.command("pg_ctl");
        cmd.arg("-D").arg(self.data_dir()).args(args);
        self.run(
            cmd,
            &format!("pg_ctl {}", args.first().copied().unwrap_or("")),
        )
    }

    fn initdb(&self) -> Result<()> {
        let mut cmd = self.command("initdb");
        cmd.arg("-D").arg(self.data_dir()).args([
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "--auth-local=trust",
        ]);
        match &self.password {
            None => {
                cmd.arg("--auth-host=trust");
            }
            Some(p) => {
                let file = self.dir.join("pwfile");
                std::fs::write(&file, format!("{p}\n")).map_err(|e| {
                    Error::Ephemeral(format!("cannot write the password file: {e}"))
                })?;
                if let Some((uid, gid)) = self.user {
                    let _ = std::os::unix::fs::chown(&file, Some(uid), Some(gid));
                }
                cmd.arg("--auth-host=scram-sha-256")
                    .arg(format!("--pwfile={}", file.display()));
            }
        }
        self.run(cmd, "initdb")
    }

    fn start_on(&mut self, port: u16) -> Result<()> {
        let opts = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
             -c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB",
            self.dir.display()
        );
        let log = self.dir.join("log");
        let mut cmd = self.command("pg_ctl");
        cmd.arg("-D")
            .arg(self.data_dir())
            .arg("-l")
            .arg(&log)
            .args(["-w", "-t", "60", "-o", &opts, "start"]);
        self.run(cmd, "pg_ctl start")?;
        self.port = port;
        self.running = true;
        Ok(())
    }

    fn start_on_free_port(&mut self) -> Result<()> {
        let mut last = None;
        for _ in 0..5 {
            let port = free_port()?;
            match self.start_on(port) {
                Ok(()) => return Ok(()),
                Err(e) => last = Some(e),
            }
        }
        Err(last.unwrap_or_else(|| Error::Ephemeral("no free port".into())))
    }

    /// A process that stops the server and removes its directory when our end of its stdin
    /// closes: on drop, and also when this process dies without running destructors.
    fn spawn_watchdog(&mut self) -> Result<()> {
        let script = format!(
            "read _x; '{}' -D '{}' stop -m immediate >/dev/null 2>&1; rm -rf '{}'",
            self.bin.join("pg_ctl").display(),
            self.data_dir().display(),
            self.dir.display()
        );
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(script)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some((uid, gid)) = self.user {
            cmd.uid(uid).gid(gid);
        }
        // Its own process group: a Ctrl-C to ours does not kill it before it cleans up.
        cmd.process_group(0);
        let child = cmd
            .spawn()
            .map_err(|e| Error::Ephemeral(format!("cannot start the clean-up watchdog: {e}")))?;
        self.watchdog = Some(child);
        Ok(())
    }
}

impl Drop for EphemeralServer {
    fn drop(&mut self) {
        if self.running {
            let _ = self.pg_ctl(&["stop", "-m", "immediate", "-w"]);
            self.running = false;
        }
        let _ = std::fs::remove_dir_all(&self.dir);
        if let Some(mut w) = self.watchdog.take() {
            if let Some(mut stdin) = w.stdin.take() {
                let _ = stdin.write_all(b"\n");
            }
            let _ = w.wait();
        }
    }
}

fn free_port() -> Result<u16> {
    let l = std::net::TcpListener::bind("127.0.0.1:0")
        .map_err(|e| Error::Ephemeral(format!("cannot find a free port: {e}")))?;
    l.local_addr()
        .map(|a| a.port())
        .map_err(|e| Error::Ephemeral(format!("cannot find a free port: {e}")))
}

/// The directory holding `initdb`, `pg_ctl` and `postgres`: `GANDER_PG_BIN`, the one of `initdb`
/// on `PATH`, or the newest `/usr/lib/postgresql/*/bin`.
pub(crate) fn find_binaries() -> Result<PathBuf> {
    let has_all = |d: &Path| {
        ["initdb", "pg_ctl", "postgres"]
            .iter()
            .all(|b| d.join(b).is_file())
    };
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(dir) = std::env::var_os("GANDER_PG_BIN") {
        candidates.push(PathBuf::from(dir));
    }
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            let initdb = dir.join("initdb");
            if initdb.is_file() {
                if let Some(parent) = initdb
                    .canonicalize()
                    .ok()
                    .and_then(|p| p.parent().map(Path::to_path_buf))
                {
                    candidates.push(parent);
                }
                candidates.push(dir);
            }
        }
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse::<u32>().ok()?;
            Some((v, e.path().join("bin")))
        })
        .collect();
    versions.sort_by_key(|v| std::cmp::Reverse(v.0));
    candidates.extend(versions.into_iter().map(|(_, p)| p));
    candidates.into_iter().find(|d| has_all(d)).ok_or_else(|| {
        Error::Ephemeral(
            "no PostgreSQL server binaries (initdb, pg_ctl, postgres) found on PATH or in /usr/lib/postgresql/*/bin; \
             install them (Debian/Ubuntu: `apt-get install postgresql`) or set GANDER_PG_BIN to their directory"
                .into(),
        )
    })
}

/// `None` when not root; else the uid/gid of `postgres` (or `nobody`) from /etc/passwd.
fn unprivileged_user() -> Result<Option<(u32, u32)>> {
    let me = std::fs::metadata("/proc/self")
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m))
        .unwrap_or(1);
    if me != 0 {
        return Ok(None);
    }
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    for wanted in ["postgres", "nobody"] {
        for line in passwd.lines() {
            let f: Vec<&str> = line.split(':').collect();
            if f.len() > 3
                && f[0] == wanted
                && let (Ok(uid), Ok(gid)) = (f[2].parse(), f[3].parse())
            {
                return Ok(Some((uid, gid)));
            }
        }
    }
    Err(Error::Ephemeral(
        "running as root and no unprivileged user (`postgres` or `nobody`) to run PostgreSQL as; create one".into(),
    ))
}

fn make_dir(user: Option<(u32, u32)>) -> Result<PathBuf> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    // tmpfs when there is one: file creation dominates initdb, migrations and template clones.
    let base = match std::env::var_os("GANDER_EPHEMERAL_DIR") {
        Some(d) => PathBuf::from(d),
        None if Path::new("/dev/shm").is_dir()
            && std::fs::metadata("/dev/shm").is_ok_and(|m| !m.permissions().readonly()) =>
        {
            PathBuf::from("/dev/shm")
        }
        None => std::env::temp_dir(),
    };
    let dir = base.join(format!(
        "gander-pg-{}-{}-{nanos:x}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let io = |e: std::io::Error| Error::Ephemeral(format!("cannot create {}: {e}", dir.display()));
    std::fs::create_dir(&dir).map_err(io)?;
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).map_err(io)?;
    if let Some((uid, gid)) = user {
        std::os::unix::fs::chown(&dir, Some(uid), Some(gid)).map_err(io)?;
    }
    Ok(dir)
}
