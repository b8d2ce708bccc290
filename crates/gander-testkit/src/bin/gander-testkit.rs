//! `gander-testkit`: the test kit's processes, for tests and `cargo xtask` (never shipped):
//! `kube-double` (the API-server double until stdin closes) and `testdb` (a template database,
//! or with `--bench N` the clone-vs-re-apply figures as JSON).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use gander_testkit::ApiServerDouble;

/// gander's test kit.
#[derive(Debug, Parser)]
#[command(name = "gander-testkit")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// An in-process Kubernetes API-server double with namespaces ns1..nsN whose
    /// `app=postgresql` pod forwards to BACKEND; prints a kubeconfig path, runs until stdin
    /// closes.
    KubeDouble {
        /// Number of namespaces.
        #[arg(long, default_value_t = 1)]
        namespaces: usize,
        /// host:port of the PostgreSQL the pods forward to.
        #[arg(long)]
        backend: std::net::SocketAddr,
    },
    /// A database from `gander::testing::TestDatabase::new` (cloned from the set's template on
    /// DATABASE_URL's server).
    Testdb {
        /// The folder of migrations.
        #[arg(long)]
        source: PathBuf,
        /// Panic while holding the database (dropped; kept and named with GANDER_KEEP_FAILED_DB=1).
        #[arg(long)]
        fail: bool,
        /// Measure N test databases (8 tests at once) and N/6 re-applications; print JSON.
        #[arg(long)]
        bench: Option<usize>,
        /// With --bench: how long each test holds its database (its body), in ms.
        #[arg(long, default_value_t = 200)]
        bench_hold: u64,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result: Result<(), String> = runtime.block_on(async {
        match cli.command {
            Command::KubeDouble {
                namespaces,
                backend,
            } => kube_double(namespaces, backend)
                .await
                .map_err(|e| format!("API-server double: {e}")),
            Command::Testdb {
                source,
                bench: Some(n),
                bench_hold,
                ..
            } => {
                let figures = gander_testkit::testdb::bench(&source, n, bench_hold)
                    .await
                    .map_err(|e| e.to_string())?;
                let json = serde_json::to_string(&figures).map_err(|e| e.to_string())?;
                println!("{json}");
                Ok(())
            }
            Command::Testdb { source, fail, .. } => gander_testkit::testdb::hold(&source, fail)
                .await
                .map_err(|e| e.to_string()),
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn kube_double(namespaces: usize, backend: std::net::SocketAddr) -> std::io::Result<()> {
    let double = ApiServerDouble::start().await?;
    for i in 1..=namespaces {
        let ns = format!("ns{i}");
        double.add_namespace(&ns);
        double.add_pod(&ns, "postgresql-0", "app=postgresql", backend, 0);
    }
    let path =
        std::env::temp_dir().join(format!("gander-double-{}.kubeconfig", std::process::id()));
    std::fs::write(&path, double.kubeconfig("ns1"))?;
    println!("{}", path.display());
    std::io::Write::flush(&mut std::io::stdout())?;
    // Serve until stdin closes.
    let mut sink = Vec::new();
    let _ = tokio::io::AsyncReadExt::read_to_end(&mut tokio::io::stdin(), &mut sink).await;
    let _ = std::fs::remove_file(&path);
    Ok(())
}
