//! No import circle between the modules of a crate: every `crate::…` and `super::…` path in
//! each crate's sources (a `use` line or a path written inline) is an edge from the module it is
//! written in to the module it names; the graph of each crate must have no cycle. Re-exports
//! (`pub use`, `pub(crate) use`) and the crate root (a facade of re-exports) are not edges.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A crate's modules: module path (`target::config`) → source text.
fn modules(src: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let rel = path.strip_prefix(src).unwrap_or(&path).to_path_buf();
            if path.is_dir() {
                // Each file under src/bin is a crate of its own.
                if rel != Path::new("bin") {
                    stack.push(path);
                }
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let mut parts: Vec<String> = rel
                .iter()
                .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
                .collect();
            if parts.last().is_some_and(|l| l == "mod") {
                parts.pop();
            }
            if parts.len() == 1 && (parts[0] == "lib" || parts[0] == "main") {
                parts.clear();
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            out.insert(parts.join("::"), text);
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The paths after `crate::` or `super::` in `line` (a `{…}` group expanded one level), as
/// segments relative to the crate root.
fn paths_in(line: &str, module: &[&str], is_mod_rs: bool) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (prefix, base) in [
        ("crate::", Vec::new()),
        ("super::", parent(module, is_mod_rs)),
    ] {
        let mut rest = line;
        while let Some(at) = rest.find(prefix) {
            let before = rest[..at].chars().last();
            rest = &rest[at + prefix.len()..];
            if before.is_some_and(|c| is_ident(c) || c == ':') {
                continue;
            }
            let mut heads = Vec::new();
            if let Some(group) = rest.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                heads.extend(inner.split(',').map(|s| s.trim().to_string()));
            } else {
                heads.push(rest.to_string());
            }
            for head in heads {
                let mut segs = base.clone();
                for seg in head.split("::") {
                    let seg: String = seg.chars().take_while(|c| is_ident(*c)).collect();
                    if seg.is_empty() {
                        break;
                    }
                    segs.push(seg);
                }
                out.push(segs);
            }
        }
    }
    out
}

fn parent(module: &[&str], is_mod_rs: bool) -> Vec<String> {
    // In `a/b.rs` (module a::b) and in `a/b/mod.rs` alike, `super` is `a`.
    let _ = is_mod_rs;
    let mut p: Vec<String> = module.iter().map(|s| s.to_string()).collect();
    p.pop();
    p
}

/// Module → the modules it imports.
fn graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mods = modules(src);
    let known: BTreeSet<&String> = mods.keys().collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, text) in &mods {
        if name.is_empty() {
            continue;
        }
        let segs: Vec<&str> = name.split("::").collect();
        let mut in_test = false;
        for line in text.lines() {
            let t = line.trim_start();
            if t.starts_with("//") {
                continue;
            }
            // Unit tests may reach anywhere.
            if t.starts_with("#[cfg(test)]") {
                in_test = true;
            }
            if in_test {
                continue;
            }
            if t.starts_with("pub use ") || t.starts_with("pub(crate) use ") {
                continue;
            }
            for path in paths_in(t, &segs, true) {
                let target = (1..=path.len())
                    .rev()
                    .map(|n| path[..n].join("::"))
                    .find(|m| known.contains(m));
                if let Some(target) = target
                    && &target != name
                    && !name.starts_with(&format!("{target}::"))
                {
                    edges.entry(name.clone()).or_default().insert(target);
                }
            }
        }
    }
    edges
}

/// A cycle, if any, as `a -> b -> a`.
fn cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<String> {
    fn visit(
        n: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<String> {
        match state.get(n) {
            Some(2) => return None,
            Some(1) => {
                let start = path.iter().position(|p| p == n).unwrap_or(0);
                let mut c = path[start..].to_vec();
                c.push(n.to_string());
                return Some(c.join(" -> "));
            }
            _ => {}
        }
        state.insert(n.to_string(), 1);
        path.push(n.to_string());
        for m in edges.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, edges, state, path) {
                return Some(c);
            }
        }
        path.pop();
        state.insert(n.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in edges.keys() {
        if let Some(c) = visit(n, edges, &mut state, &mut Vec::new()) {
            return Some(c);
        }
    }
    None
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Circles known and owned elsewhere: (crate's src, from, to) edges left out of the search.
/// gander-core's schema model: `replay` hands the statements sqlparser cannot parse to
/// `fallback`, which lowers PostgreSQL's tree onto the rules of `replay` and `ddl` (so
/// `replay -> fallback -> replay` and `ddl -> replay -> fallback -> ddl`); the dispatch edge is
/// left out until one applier takes a list of changes from both front-ends. Each entry must
/// still exist, so the list shrinks when the circle is cut.
const KNOWN: &[(&str, &str, &str)] =
    &[("crates/gander-core/src", "model::replay", "model::fallback")];

#[test]
fn no_crate_has_an_import_circle_between_its_modules() {
    let root = workspace();
    let mut srcs: Vec<PathBuf> = std::fs::read_dir(root.join("crates"))
        .expect("crates/")
        .flatten()
        .map(|e| e.path().join("src"))
        .filter(|p| p.is_dir())
        .collect();
    srcs.push(root.join("xtask/src"));
    assert!(srcs.len() >= 6, "found the crates: {srcs:?}");
    let mut circles = Vec::new();
    let mut edges_seen = 0;
    for src in &srcs {
        let mut g = graph(src);
        for (dir, from, to) in KNOWN {
            if src.ends_with(dir) {
                let removed = g.get_mut(*from).is_some_and(|e| e.remove(*to));
                assert!(
                    removed,
                    "{dir}: {from} -> {to} is gone: remove it from KNOWN"
                );
            }
        }
        edges_seen += g.values().map(BTreeSet::len).sum::<usize>();
        if let Some(c) = cycle(&g) {
            circles.push(format!("{}: {c}", src.display()));
        }
    }
    assert!(edges_seen > 20, "the scan sees the imports ({edges_seen})");
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

#[test]
fn the_scan_finds_a_planted_circle() {
    let dir = std::env::temp_dir().join(format!("gander-cycles-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("t")).expect("dir");
    std::fs::write(dir.join("lib.rs"), "mod a;\nmod t;\npub use a::A;\n").expect("write");
    std::fs::write(dir.join("a.rs"), "use crate::t::x::X;\npub struct A;\n").expect("write");
    std::fs::write(dir.join("t/mod.rs"), "pub mod x;\n").expect("write");
    std::fs::write(
        dir.join("t/x.rs"),
        "pub struct X(Box<crate::a::A>);\nuse super::y;\n",
    )
    .expect("write");
    let g = graph(&dir);
    let c = cycle(&g).expect("a -> t::x -> a is found");
    assert!(c.contains("a") && c.contains("t::x"), "{c}");
    let _ = std::fs::remove_dir_all(&dir);
}
