//! `p` in the wizard and `print` in plain mode: the one-page HTML summary
//! (and the text version beside it) written where a parent will find it,
//! the Documents folder, under a name that says what it is
//! ("fitcheck-Dana-2026-12-02.html"). Never over an existing file: a
//! number is added instead. [`open`] hands the page to the system's opener
//! without waiting for it.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::core::bank::Bank;
use crate::core::summary::Summary;

/// What was written: the page to print, and the text version beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printed {
    pub html: PathBuf,
    pub text: PathBuf,
}

/// The folder printed pages go to: the user's Documents folder where the
/// system names one that exists; else a `Documents` folder in the home
/// folder (a Linux system without user-dirs.dirs names none); else home.
pub fn folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    let home = dirs.home_dir();
    [
        dirs.document_dir().map(Path::to_path_buf),
        Some(home.join("Documents")),
    ]
    .into_iter()
    .flatten()
    .find(|d| d.is_dir())
    .or_else(|| Some(home.to_path_buf()))
}

/// The file name without its extension: "fitcheck-Dana-2026-12-02", the
/// label kept to letters, digits, `-` and `_` (anything else becomes one
/// `-`), at most 40 characters; just "fitcheck-2026-12-02" without one.
pub fn stem(label: Option<&str>, date: &str) -> String {
    let mut clean = String::new();
    for c in label.unwrap_or("").chars() {
        if c.is_alphanumeric() || c == '_' {
            clean.push(c);
        } else if !clean.is_empty() && !clean.ends_with('-') {
            clean.push('-');
        }
        if clean.chars().count() >= 40 {
            break;
        }
    }
    let clean = clean.trim_end_matches('-');
    let date: String = date
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    if clean.is_empty() {
        format!("fitcheck-{date}")
    } else {
        format!("fitcheck-{clean}-{date}")
    }
}

/// Writes `html` and `text` into `dir` as `<stem>.html` and `<stem>.txt`,
/// or `<stem>-2.html` and `<stem>-2.txt` (and so on) when either is taken.
/// Each file is made new (O_EXCL), so nothing is ever written over.
pub fn write_pair(
    s: &crate::core::words::Words,
    dir: &Path,
    stem: &str,
    html: &str,
    text: &str,
) -> io::Result<Printed> {
    for n in 1..=999u32 {
        let name = if n == 1 {
            stem.to_string()
        } else {
            format!("{stem}-{n}")
        };
        let html_path = dir.join(format!("{name}.html"));
        let text_path = dir.join(format!("{name}.txt"));
        let mut file = match crate::store::create_private_new(s, &html_path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        };
        let mut other = match crate::store::create_private_new(s, &text_path) {
            Ok(f) => f,
            Err(e) => {
                // The page alone would leave a pair with a gap: try the next number.
                let _ = std::fs::remove_file(&html_path);
                if e.kind() == io::ErrorKind::AlreadyExists {
                    continue;
                }
                return Err(e);
            }
        };
        let written = file
            .write_all(html.as_bytes())
            .and_then(|()| file.sync_all())
            .and_then(|()| other.write_all(text.as_bytes()))
            .and_then(|()| other.sync_all());
        if let Err(e) = written {
            let _ = std::fs::remove_file(&html_path);
            let _ = std::fs::remove_file(&text_path);
            return Err(e);
        }
        return Ok(Printed {
            html: html_path,
            text: text_path,
        });
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        s.PRINTOUT_FULL,
    ))
}

/// Prints `sum` (of the session labelled `label`) into `dir` (usually
/// [`folder`]; None when there is none), dated today in the parent's time zone.
pub fn print(
    bank: &Bank,
    sum: &Summary,
    label: Option<&str>,
    dir: Option<&Path>,
) -> io::Result<Printed> {
    let s = bank.words();
    let dir = dir.ok_or_else(|| io::Error::other(s.PRINTOUT_NO_HOME))?;
    let date = crate::clock::today();
    let html = crate::core::html::page(bank, sum, &date);
    let text = crate::core::report::text(bank, sum, &date);
    write_pair(s, dir, &stem(label, &date), &html, &text)
}

/// How an open went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// The system's opener (its name) was started with the page.
    Started(String),
    /// Nothing here can open it: no opener, or no desktop to show it on.
    NoOpener,
    /// The opener is there but could not be started.
    Failed(String),
}

/// The program that opens a file with its usual application, and the
/// arguments before the file's path. None where there is none to use.
fn opener() -> Option<(String, Vec<String>)> {
    if cfg!(target_os = "macos") {
        return Some(("open".to_string(), Vec::new()));
    }
    if cfg!(windows) {
        // `start` is a built-in of cmd.exe, which would read `&` in a
        // path as a new command; explorer opens the file with its app.
        return Some(("explorer".to_string(), Vec::new()));
    }
    // On Linux and the BSDs: xdg-open, and only with a desktop to show the
    // page on. Without one it could start a text browser in this very
    // terminal, under the wizard.
    let set = |v: &str| std::env::var_os(v).is_some_and(|x| !x.is_empty());
    if !set("DISPLAY") && !set("WAYLAND_DISPLAY") {
        return None;
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("xdg-open"))
        .find(|p| is_executable(p))
        .map(|p| (p.display().to_string(), Vec::new()))
}

fn is_executable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}

/// Opens `path` with the system's opener and returns at once: the opener
/// runs on its own, with no input and its output thrown away, and a thread
/// collects its exit so it leaves no zombie. A failure is said in the
/// words of `s`.
pub fn open(s: &crate::core::words::Words, path: &Path) -> Opened {
    let Some((program, args)) = opener() else {
        return Opened::NoOpener;
    };
    let started = std::process::Command::new(&program)
        .args(&args)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    match started {
        Ok(mut child) => {
            std::thread::spawn(move || {
                let _ = child.wait();
            });
            let name = Path::new(&program)
                .file_name()
                .map_or(program.clone(), |n| n.to_string_lossy().into_owned());
            Opened::Started(name)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Opened::NoOpener,
        Err(e) => Opened::Failed(crate::core::reason::io_in(s, &e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_says_what_it_is() {
        assert_eq!(stem(Some("Dana"), "2026-12-02"), "fitcheck-Dana-2026-12-02");
        assert_eq!(
            stem(Some("Maya - skills trainer"), "2026-12-02"),
            "fitcheck-Maya-skills-trainer-2026-12-02"
        );
        assert_eq!(stem(None, "2026-12-02"), "fitcheck-2026-12-02");
        assert_eq!(
            stem(Some("../../etc/x"), "2026-12-02"),
            "fitcheck-etc-x-2026-12-02"
        );
        assert_eq!(
            stem(Some("  /\\:*?\"<>|\u{202e}"), "2026-12-02"),
            "fitcheck-2026-12-02"
        );
        assert_eq!(stem(Some("Zoë"), "2026-12-02"), "fitcheck-Zoë-2026-12-02");
        let long = stem(Some(&"a".repeat(300)), "2026-12-02");
        assert_eq!(long, format!("fitcheck-{}-2026-12-02", "a".repeat(40)));
    }

    #[test]
    fn a_second_print_gets_a_number_and_nothing_is_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let first = write_pair(
            &crate::core::words::EN,
            dir.path(),
            "fitcheck-2026-12-02",
            "<p>1",
            "one",
        )
        .unwrap();
        assert!(first.html.ends_with("fitcheck-2026-12-02.html"));
        assert!(first.text.ends_with("fitcheck-2026-12-02.txt"));
        // A text file already there on its own moves both to the next number.
        std::fs::write(dir.path().join("fitcheck-2026-12-02-2.txt"), "mine").unwrap();
        let second = write_pair(
            &crate::core::words::EN,
            dir.path(),
            "fitcheck-2026-12-02",
            "<p>2",
            "two",
        )
        .unwrap();
        assert!(second.html.ends_with("fitcheck-2026-12-02-3.html"));
        assert_eq!(std::fs::read_to_string(&first.html).unwrap(), "<p>1");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("fitcheck-2026-12-02-2.txt")).unwrap(),
            "mine"
        );
        assert!(!dir.path().join("fitcheck-2026-12-02-2.html").exists());
        assert_eq!(std::fs::read_to_string(&second.text).unwrap(), "two");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_in_the_way_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        std::fs::write(&target, "keep").unwrap();
        std::os::unix::fs::symlink(&target, dir.path().join("fitcheck-x.html")).unwrap();
        let p = write_pair(
            &crate::core::words::EN,
            dir.path(),
            "fitcheck-x",
            "page",
            "text",
        )
        .unwrap();
        assert!(p.html.ends_with("fitcheck-x-2.html"));
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
    }
}
