//! Helper processes the xtask drives: a throwaway server (`gander serve`) and the test kit's
//! API-server double (`gander-testkit kube-double`), each stopped when dropped (their stdin
//! closes).

use std::io::BufRead;
use std::path::Path;

use anyhow::{Context, Result, bail};

fn spawn(program: &Path, args: &[String]) -> Result<(std::process::Child, String)> {
    let mut child = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .with_context(|| format!("{} {}", program.display(), args.join(" ")))?;
    let mut line = String::new();
    let stdout = child.stdout.take().context("stdout")?;
    std::io::BufReader::new(stdout).read_line(&mut line)?;
    if line.trim().is_empty() {
        bail!("{} {} printed nothing", program.display(), args.join(" "));
    }
    Ok((child, line.trim().to_string()))
}

fn stop(child: &mut std::process::Child) {
    drop(child.stdin.take());
    let _ = child.wait();
}

/// A throwaway server from `gander serve` (fsync off: the figures measure gander and the
/// protocol, not this machine's disk). Stopped when dropped (its stdin closes).
pub(crate) struct Server {
    child: std::process::Child,
    pub(crate) url: String,
}

impl Server {
    pub(crate) fn start(gander: &Path) -> Result<Server> {
        let (child, url) = spawn(gander, &["serve".to_string()])?;
        Ok(Server { child, url })
    }

    /// Its connection settings (the maintenance database).
    pub(crate) fn config(&self) -> Result<gander::PgConfig> {
        gander::PgConfig::parse(&self.url, |_| None).context("the throwaway server's URL")
    }

    /// The TCP port.
    pub(crate) fn port(&self) -> Result<u16> {
        let config = self.config()?;
        config
            .config()
            .get_ports()
            .first()
            .copied()
            .context("port of the throwaway server")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}

/// `gander-testkit kube-double`: namespaces ns1..nsN whose pod forwards to `port` on 127.0.0.1.
pub(crate) struct KubeDouble {
    child: std::process::Child,
    pub(crate) kubeconfig: String,
}

impl KubeDouble {
    pub(crate) fn start(testkit: &Path, namespaces: usize, port: u16) -> Result<KubeDouble> {
        let args = [
            "kube-double".to_string(),
            "--namespaces".to_string(),
            namespaces.to_string(),
            "--backend".to_string(),
            format!("127.0.0.1:{port}"),
        ];
        let (child, kubeconfig) = spawn(testkit, &args)?;
        Ok(KubeDouble { child, kubeconfig })
    }
}

impl Drop for KubeDouble {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}
