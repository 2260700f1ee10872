//! Privacy: fitcheck makes no network connection, ever. This fails if
//! Cargo.lock gains a crate whose purpose is HTTP, TLS, DNS or sockets, or
//! if the source in src/ names `std::net` or a socket call, and checks that
//! what the parent types survives a save and reload intact.

use fitcheck::core::answers::Answer;
use fitcheck::core::bank::Bank;
use fitcheck::core::session::Session;
use fitcheck::store::Store;

/// Crates that exist to talk over a network.
const NETWORK_CRATES: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "attohttpc",
    "h2",
    "h3",
    "http-body",
    "tungstenite",
    "tokio-tungstenite",
    "websocket",
    "native-tls",
    "openssl",
    "openssl-sys",
    "rustls",
    "tokio-rustls",
    "socket2",
    "trust-dns-resolver",
    "hickory-resolver",
    "quinn",
    "libp2p",
    "tokio",
    "async-std",
    "smol",
    "awc",
    "actix-web",
    "axum",
    "warp",
    "rocket",
    "tiny_http",
];

#[test]
fn cargo_lock_has_no_network_crate() {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).unwrap();
    let names: Vec<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .map(|l| l.trim_end_matches('"'))
        .collect();
    assert!(
        names.contains(&"fitcheck"),
        "Cargo.lock could not be read as expected"
    );
    let found: Vec<&&str> = names
        .iter()
        .filter(|n| NETWORK_CRATES.contains(n))
        .collect();
    assert!(found.is_empty(), "network crates in Cargo.lock: {found:?}");
}

/// Words in source code that open a network connection: the standard
/// library's network module and its types, and the C socket calls.
const NETWORK_CODE: &[&str] = &[
    "std::net",
    "core::net",
    "TcpStream",
    "TcpListener",
    "UdpSocket",
    "ToSocketAddrs",
    "SocketAddr",
    "UnixStream",
    "UnixListener",
    "UnixDatagram",
    "libc::socket",
    "libc::connect",
    "libc::bind",
    "libc::listen",
    "libc::accept",
    "libc::sendto",
    "libc::getaddrinfo",
];

/// Every `.rs` file under `dir`.
fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The words of `NETWORK_CODE` in `text`, spaces removed first, so
/// `std :: net` or `use std::{net, ...}` are caught as well.
fn network_words(text: &str) -> Vec<&'static str> {
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut found: Vec<&str> = NETWORK_CODE
        .iter()
        .copied()
        .filter(|w| squeezed.contains(w))
        .collect();
    // `use std::{..., net, ...}` and `use std::{net::...}`.
    for (i, _) in squeezed.match_indices("std::{") {
        let group = &squeezed[i..];
        let end = group.find("};").unwrap_or(group.len());
        let names = &group["std::{".len()..end];
        if names
            .split([',', '{', '}'])
            .any(|n| n == "net" || n.starts_with("net::"))
        {
            found.push("std::{net}");
        }
    }
    found
}

#[test]
fn the_source_opens_no_socket() {
    let mut files = Vec::new();
    rust_files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 20, "src/ could not be read: {files:?}");
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for w in network_words(&text) {
            found.push(format!("{}: {w}", f.display()));
        }
    }
    assert!(found.is_empty(), "network code in src/: {found:#?}");
}

#[test]
fn the_socket_check_sees_each_way_of_writing_it() {
    for text in [
        "use std::net::TcpStream;",
        "let s = std :: net :: UdpSocket::bind(a);",
        "use std::{io, net};",
        "use std::{fs, net::TcpListener};",
        "let fd = unsafe { libc::socket(2, 1, 0) };",
        "use std::os::unix::net::UnixStream;",
    ] {
        assert!(!network_words(text).is_empty(), "{text}");
    }
    assert!(network_words("use std::{io, fs};\nlet internet = 1;").is_empty());
}

#[test]
fn any_text_survives_a_save_and_reload_intact() {
    let bank = Bank::embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path().join("sessions"));
    let text_question = bank
        .questions
        .iter()
        .find(|q| q.kind == fitcheck::core::bank::Kind::Text)
        .expect("the bank has a free-text question");
    let samples = [
        "Maya 😀👨‍👩‍👧 — skills trainer".to_string(),
        "治疗师 セラピスト 상담사".to_string(),
        "مرحبا بالعالم שלום".to_string(),
        "e\u{301} n\u{303} a\u{30a}\u{0327}".to_string(),
        "bell\u{7} esc\u{1b}[31m nul\u{0} del\u{7f}".to_string(),
        "x".repeat(100 * 1024),
    ];
    for (i, sample) in samples.iter().enumerate() {
        let mut s = Session::new(&bank, 1_795_478_400 + i as i64);
        s.id = format!("session-{i}");
        s.label = Some(sample.clone());
        s.answers
            .map_mut(Some(0))
            .insert(text_question.id.clone(), Answer::One(sample.clone()));
        store.save(&s).unwrap();
        let back = Store::load_path(&store.path(&s.id)).unwrap();
        assert_eq!(back, s, "sample {i} changed on the way through the disk");
    }
}
