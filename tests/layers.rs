//! The layers, checked on the source: `src/core/` does no IO (no terminal,
//! no files, no environment, no clock, no process-wide globals), the core
//! and the store never reach up into a front end, and no two modules import
//! each other, directly or round a loop.
//!
//! A module here is a file under `src/` (a folder's files count as one
//! module below the second level: `tui::view` is all of `src/tui/view/`).
//! Its imports are every `crate::…` and `super::…` path in its code, `use`
//! lines and inline paths alike. Unit tests (`#[cfg(test)]` to the end of
//! the file, or a `tests.rs` its module declares after `#[cfg(test)]`) are
//! left out: they may use what the code may not.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Whether `path` is a `tests.rs` that its module (the `mod.rs` beside it)
/// declares only for tests: `#[cfg(test)]`, then `mod tests;`.
fn is_unit_tests(path: &Path) -> bool {
    if path.file_name().is_none_or(|n| n != "tests.rs") {
        return false;
    }
    let parent = path.with_file_name("mod.rs");
    let Ok(text) = std::fs::read_to_string(parent) else {
        return false;
    };
    text.split("#[cfg(test)]").skip(1).any(|after| {
        after
            .trim_start()
            .lines()
            .next()
            .is_some_and(|l| l.trim().ends_with("mod tests;"))
    })
}

/// The code of a file: without its unit tests and without comments.
fn code(path: &Path) -> String {
    if is_unit_tests(path) {
        return String::new();
    }
    let text = std::fs::read_to_string(path).unwrap();
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => &text[..],
    };
    text.lines()
        .map(|l| match l.find("//") {
            // A `//` inside a string ("https://") is rare in code lines and
            // only hides the rest of that line.
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// "core::bank" for src/core/bank.rs, "tui" for src/tui/mod.rs, "" for lib.rs.
fn module_of(path: &Path) -> Vec<String> {
    let rel = path.strip_prefix(src()).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The node a module counts as: its first two levels.
fn node(path: &[String]) -> String {
    path.iter().take(2).cloned().collect::<Vec<_>>().join("::")
}

/// The module paths this file's code names, resolved from the crate root.
fn imports(module: &[String], code: &str, modules: &BTreeSet<Vec<String>>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let bytes = code.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    for (start, _) in code
        .match_indices("crate::")
        .chain(code.match_indices("super::"))
    {
        if start > 0 && (ident(bytes[start - 1]) || bytes[start - 1] == b':') {
            continue;
        }
        let mut end = start;
        while end < bytes.len() && (ident(bytes[end]) || bytes[end] == b':') {
            end += 1;
        }
        let mut segs: Vec<&str> = code[start..end]
            .split("::")
            .filter(|s| !s.is_empty())
            .collect();
        let mut base: Vec<String> = if segs[0] == "crate" {
            segs.remove(0);
            Vec::new()
        } else {
            // `super` from a file's module: its parent.
            let mut b = module.to_vec();
            while segs.first() == Some(&"super") {
                segs.remove(0);
                b.pop();
            }
            b
        };
        // The longest prefix that is a module.
        let mut found = base.clone();
        for s in segs {
            base.push(s.to_string());
            if modules.contains(&base) {
                found = base.clone();
            } else {
                break;
            }
        }
        if !found.is_empty() {
            out.insert(node(&found));
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = rust_files(&src());
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(f)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let module = module_of(f);
        if module.is_empty() {
            continue; // lib.rs and main.rs only declare and start
        }
        let from = node(&module);
        let to = imports(&module, &code(f), &modules);
        let edges = graph.entry(from.clone()).or_default();
        edges.extend(to.into_iter().filter(|t| *t != from));
    }
    graph
}

/// Each loop as its modules, found by Tarjan's strongly connected components.
fn loops(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct T<'a> {
        g: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    impl<'a> T<'a> {
        fn visit(&mut self, v: &'a str) {
            let i = self.index.len();
            self.index.insert(v, i);
            self.low.insert(v, i);
            self.stack.push(v);
            self.on.insert(v);
            for w in self.g.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let lw = self.low[w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(lw);
                } else if self.on.contains(w) {
                    let iw = self.index[w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(iw);
                }
            }
            if self.low[v] == self.index[v] {
                let mut scc = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on.remove(w);
                    scc.push(w.to_string());
                    if w == v {
                        break;
                    }
                }
                if scc.len() > 1 {
                    scc.sort();
                    self.out.push(scc);
                }
            }
        }
    }
    let mut t = T {
        g: graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !t.index.contains_key(v.as_str()) {
            t.visit(v);
        }
    }
    t.out
}

#[test]
fn no_module_imports_itself_round_a_loop() {
    let g = graph();
    assert!(g.len() > 20, "src/ could not be read: {g:?}");
    let found = loops(&g);
    assert!(found.is_empty(), "import loops: {found:#?}");
}

#[test]
fn the_top_level_layers_have_no_loop() {
    let mut top: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in graph() {
        let head = |m: &str| m.split("::").next().unwrap().to_string();
        let edges = top.entry(head(&from)).or_default();
        edges.extend(to.iter().map(|t| head(t)).filter(|t| *t != head(&from)));
    }
    let found = loops(&top);
    assert!(found.is_empty(), "import loops between layers: {found:#?}");
}

#[test]
fn the_core_and_the_store_never_reach_up() {
    let allowed = |from: &str, to: &str| {
        let (layer, target) = (
            from.split("::").next().unwrap(),
            to.split("::").next().unwrap(),
        );
        match layer {
            "core" => matches!(target, "core" | "strings" | "strings_es"),
            // The store reads the clock (a save is stamped when it happens).
            "store" => matches!(
                target,
                "core" | "store" | "strings" | "strings_es" | "clock"
            ),
            _ => true,
        }
    };
    let mut wrong = Vec::new();
    for (from, to) in graph() {
        for t in to {
            if !allowed(&from, &t) {
                wrong.push(format!("{from} uses {t}"));
            }
        }
    }
    assert!(wrong.is_empty(), "layers crossed: {wrong:#?}");
}

#[test]
fn the_core_does_no_io() {
    // What the core must not name: a terminal, the disk, the environment,
    // the clock, the process, or a global that changes.
    let forbidden = [
        "ratatui",
        "crossterm",
        "std::fs",
        "fs::",
        "std::env",
        "env::",
        "env!(",
        "std::process",
        "std::net",
        "std::thread",
        "std::io::stdin",
        "std::io::stdout",
        "std::io::stderr",
        "println!",
        "eprintln!",
        "print!(",
        "SystemTime",
        "Instant",
        "now_secs",
        "static mut",
        "Atomic",
        "OnceLock",
        "OnceCell",
        "LazyLock",
        "thread_local",
        "Mutex",
        "RwLock",
        "RandomState",
        "try_system",
    ];
    let files = rust_files(&src().join("core"));
    assert!(files.len() > 10, "src/core could not be read: {files:?}");
    let mut found = Vec::new();
    for f in &files {
        let code = code(f);
        for (n, line) in code.lines().enumerate() {
            for word in forbidden {
                if line.contains(word) {
                    let name = f.strip_prefix(src()).unwrap().display().to_string();
                    found.push(format!("src/{name}:{}: {word}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "IO in src/core: {found:#?}");
}

/// The checker itself: a planted loop and planted IO are found.
#[test]
fn the_checks_find_what_they_look_for() {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    g.entry("a".into()).or_default().insert("b".into());
    g.entry("b".into()).or_default().insert("c".into());
    g.entry("c".into()).or_default().insert("a".into());
    g.entry("d".into()).or_default().insert("a".into());
    assert_eq!(loops(&g), vec![vec!["a", "b", "c"]]);
    // A module's `tests.rs` is left out; its code is not.
    assert!(is_unit_tests(&src().join("core/session/tests.rs")));
    assert!(!is_unit_tests(&src().join("core/session/mod.rs")));
    let modules: BTreeSet<Vec<String>> = [
        vec!["tui".to_string()],
        vec!["tui".into(), "view".into()],
        vec!["cli".into()],
    ]
    .into_iter()
    .collect();
    let module = vec!["tui".to_string(), "app".to_string()];
    let found = imports(
        &module,
        "use super::view::Hit;\nlet x = crate::cli::Context::new();",
        &modules,
    );
    assert_eq!(
        found,
        ["cli".to_string(), "tui::view".to_string()]
            .into_iter()
            .collect()
    );
}
