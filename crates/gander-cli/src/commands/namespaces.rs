//! `gander migrate` over many namespaces (`--namespace` repeated, `--namespace-selector`),
//! `--parallel` at a time: one line (or one JSON object) per namespace, exit code 1 if any
//! failed.

use std::process::ExitCode;
use std::time::Instant;

use gander::{Error, MigrationSet};

use crate::opt::{Command, Common, PlanFormat};

/// The namespaces the flags name: `--namespace` ones first, then the selector's others.
pub async fn named(common: &Common) -> Result<Option<Vec<String>>, Error> {
    let Some(selector) = &common.kube.namespace_selector else {
        return Ok(None);
    };
    let template = gander::kube::NamespaceTarget {
        kubeconfig: common.kube.kubeconfig.clone(),
        context: common.kube.context.clone(),
        ..gander::kube::NamespaceTarget::new("")
    };
    let mut names = gander::kube::namespaces_matching(&template, selector).await?;
    if names.is_empty() && common.kube.namespaces.is_empty() {
        return Err(Error::Kubernetes {
            namespace: selector.clone(),
            message: "no namespace matches the selector".into(),
            source: None,
        });
    }
    names.retain(|n| !common.kube.namespaces.contains(n));
    let mut all = common.kube.namespaces.clone();
    all.extend(names);
    Ok(Some(all))
}

/// `migrate` over namespaces, `--parallel` at a time; one line per namespace at the end; exit
/// code 1 if any failed.
pub async fn migrate_namespaces(
    cmd: &Command,
    common: &Common,
    set: &MigrationSet,
    namespaces: Vec<String>,
) -> Result<ExitCode, Error> {
    let Command::Migrate { to: None, .. } = cmd else {
        return Ok(crate::opt::usage(
            "several namespaces work with `migrate` (without --to or --dry-run) only; name one namespace for the other commands",
        ));
    };
    let targets = common.kube.targets_for(&namespaces);
    let started = Instant::now();
    let progress = std::sync::Arc::new(crate::progress::stderr());
    let after = common.after()?;
    let results = gander::kube::migrate_namespaces_with(
        set,
        &targets,
        &common.options(),
        &after,
        common.kube.parallel,
        progress,
    )
    .await;
    let mut failed = 0;
    if let Command::Migrate {
        format: PlanFormat::Json,
        ..
    } = cmd
    {
        let all: Vec<serde_json::Value> = results
            .iter()
            .map(|r| match &r.result {
                Ok(report) => {
                    let mut v = super::json::report(report, &r.namespace);
                    v["namespace"] = serde_json::json!(r.namespace);
                    v
                }
                Err(e) => serde_json::json!({
                    "ok": false,
                    "namespace": r.namespace,
                    "error": super::json::error(e, Some(&r.namespace)),
                }),
            })
            .collect();
        let ok = results.iter().all(|r| r.result.is_ok());
        let first = results.iter().find_map(|r| {
            r.result
                .as_ref()
                .err()
                .map(|e| super::json::error(e, Some(&r.namespace)))
        });
        let mut out = serde_json::json!({ "ok": ok, "namespaces": all });
        if let Some(e) = first {
            out["error"] = e;
        }
        println!("{out}");
        for r in &results {
            if let Err(e) = &r.result {
                eprintln!("error: {}: {e}", r.namespace);
            }
        }
        return Ok(if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        });
    }
    println!(
        "{} namespace(s) in {:.2} s:",
        results.len(),
        started.elapsed().as_secs_f64()
    );
    for r in &results {
        match &r.result {
            Ok(report) => println!(
                "  {:<24} ok      version {:>6}  {:>3} applied  {:>8.1} ms",
                r.namespace,
                report.to.to_string(),
                report.applied.len(),
                r.duration.as_secs_f64() * 1000.0
            ),
            Err(e) => {
                failed += 1;
                let first = e.to_string();
                let first = first.lines().next().unwrap_or("");
                println!("  {:<24} FAILED  {first}", r.namespace);
            }
        }
    }
    for r in &results {
        if let Err(e) = &r.result {
            eprintln!("error: {}: {e}", r.namespace);
        }
    }
    if failed > 0 {
        eprintln!("error: {failed} of {} namespace(s) failed", results.len());
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
