//! Helper processes the xtask drives through the `gander` binary: a throwaway server
//! (`gander serve`) and an API-server double (`gander kube-double`), each stopped when dropped
//! (their stdin closes).

use std::io::BufRead;
use std::path::Path;

use anyhow::{Context, Result, bail};

fn spawn(gander: &Path, args: &[String]) -> Result<(std::process::Child, String)> {
    let mut child = std::process::Command::new(gander)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .with_context(|| format!("gander {}", args.join(" ")))?;
    let mut line = String::new();
    let stdout = child.stdout.take().context("stdout")?;
    std::io::BufReader::new(stdout).read_line(&mut line)?;
    if line.trim().is_empty() {
        bail!("gander {} printed nothing", args.join(" "));
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

    /// The TCP port.
    pub(crate) fn port(&self) -> Result<u16> {
        self.url
            .rsplit_once(':')
            .and_then(|(_, rest)| rest.split('/').next())
            .and_then(|p| p.parse().ok())
            .context("port of the throwaway server")
    }

    /// (`postgres://user@host:port`, admin URL)
    pub(crate) fn base(&self) -> (String, String) {
        let without_query = self.url.split('?').next().unwrap_or(&self.url).to_string();
        let base = without_query
            .rsplit_once('/')
            .map(|(b, _)| b.to_string())
            .unwrap_or(without_query);
        (base, self.url.clone())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}

/// `gander kube-double`: namespaces ns1..nsN whose pod forwards to `port` on 127.0.0.1.
pub(crate) struct KubeDouble {
    child: std::process::Child,
    pub(crate) kubeconfig: String,
}

impl KubeDouble {
    pub(crate) fn start(gander: &Path, namespaces: usize, port: u16) -> Result<KubeDouble> {
        let args = [
            "kube-double".to_string(),
            "--namespaces".to_string(),
            namespaces.to_string(),
            "--backend".to_string(),
            format!("127.0.0.1:{port}"),
        ];
        let (child, kubeconfig) = spawn(gander, &args)?;
        Ok(KubeDouble { child, kubeconfig })
    }
}

impl Drop for KubeDouble {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}
