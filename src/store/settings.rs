//! A preference that sticks: a small JSON file in the platform's config
//! folder (`directories::ProjectDirs::config_dir`), such as
//! `~/.config/fitcheck/settings.json`. It holds whether plain mode starts
//! by itself; fields a later fitcheck adds (the language, say) are kept as
//! they are. A file that cannot be read is named with the reason and the
//! defaults are used; it is never written over, and the file is written
//! only when a setting changes.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::core::reason;
use crate::core::words::Words;

/// The file's name inside the config folder.
pub const FILE: &str = "settings.json";
/// Far more than the file ever holds.
const MAX_BYTES: u64 = 64 * 1024;

/// What the settings file holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Start in plain mode (line by line, for screen readers) every time.
    #[serde(default)]
    pub plain: bool,
    /// Fields this version does not know, kept for the one that wrote them.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Where the settings file is: `FITCHECK_CONFIG_DIR` if set, else the
/// platform's config folder for fitcheck.
pub fn path() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("FITCHECK_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d).join(FILE));
    }
    directories::ProjectDirs::from("", "", "fitcheck").map(|p| p.config_dir().join(FILE))
}

/// Why the settings file could not be read or written. Its words for a
/// parent are [`SettingsError::message`], in the run's language.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{}", crate::core::reason::io(.0))]
    Io(#[from] io::Error),
    /// A folder, a pipe or a device.
    #[error("it is not a plain file")]
    NotPlainFile,
    #[error("it is far too large to be fitcheck's")]
    TooLarge,
    #[error("the file is empty")]
    Empty,
    /// JSON, but a setting's value is not one fitcheck reads.
    #[error("a setting has a value fitcheck does not understand: {}", crate::core::reason::json(.0))]
    BadValue(serde_json::Error),
    #[error("it is not valid JSON: {}", crate::core::reason::json(.0))]
    NotJson(serde_json::Error),
}

impl SettingsError {
    /// The reason, for a parent, in the language of `s`.
    pub fn message(&self, s: &Words) -> String {
        match self {
            SettingsError::Io(e) => reason::io_in(s, e),
            SettingsError::NotPlainFile => s.SETTINGS_NOT_PLAIN.to_string(),
            SettingsError::TooLarge => s.SETTINGS_TOO_LARGE.to_string(),
            SettingsError::Empty => s.FILE_EMPTY.to_string(),
            SettingsError::BadValue(e) => s
                .SETTINGS_BAD_VALUE
                .replace("{reason}", &reason::json_in(s, e)),
            SettingsError::NotJson(e) => s
                .SETTINGS_NOT_JSON
                .replace("{reason}", &reason::json_in(s, e)),
        }
    }
}

/// Reads the settings at `path`: the defaults when there is no file, Err
/// with the reason when it cannot be read.
pub fn load(path: &Path) -> Result<Settings, SettingsError> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Settings::default()),
        Err(e) => return Err(e.into()),
    };
    if !meta.is_file() {
        return Err(SettingsError::NotPlainFile);
    }
    if meta.len() > MAX_BYTES {
        return Err(SettingsError::TooLarge);
    }
    let bytes = std::fs::read(path)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(SettingsError::Empty);
    }
    let settings: Settings = serde_json::from_slice(&bytes).map_err(|e| {
        if e.is_data() {
            SettingsError::BadValue(e)
        } else {
            SettingsError::NotJson(e)
        }
    })?;
    Ok(settings)
}

/// Writes `settings` to `path` whole or not at all: a temporary file in the
/// same folder, synced, then renamed over the old one. Makes the folder.
pub fn save(s: &Words, path: &Path, settings: &Settings) -> io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::other(s.SETTINGS_NO_FOLDER))?;
    std::fs::create_dir_all(dir)?;
    let mut text = serde_json::to_string_pretty(settings).map_err(io::Error::other)?;
    text.push('\n');
    let mut tmp = tempfile::Builder::new()
        .prefix(".settings-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// What `--remember` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remembered {
    /// The file now says so.
    Saved,
    /// It said so already; nothing was written.
    Already,
}

/// Makes plain mode start by itself (`on`) or not, from now on. A file
/// that cannot be read is left as it is: Err says why. `s`: the words of
/// a save's own failure.
pub fn remember_plain(s: &Words, path: &Path, on: bool) -> Result<Remembered, SettingsError> {
    let mut settings = load(path)?;
    if settings.plain == on {
        return Ok(Remembered::Already);
    }
    settings.plain = on;
    save(s, path, &settings)?;
    Ok(Remembered::Saved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::words::EN;

    #[test]
    fn round_trip_keeps_what_a_later_version_added() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fitcheck").join(FILE);
        assert_eq!(
            load(&path).unwrap(),
            Settings::default(),
            "no file: the defaults"
        );
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, r#"{"plain": false, "language": "es"}"#).unwrap();
        assert_eq!(
            remember_plain(&EN, &path, true).ok(),
            Some(Remembered::Saved)
        );
        let back = load(&path).unwrap();
        assert!(back.plain);
        assert_eq!(back.extra["language"], "es");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\"plain\": true"), "{text}");
        assert_eq!(
            remember_plain(&EN, &path, false).ok(),
            Some(Remembered::Saved)
        );
        assert!(!load(&path).unwrap().plain);
    }

    #[test]
    fn nothing_is_written_without_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cfg").join(FILE);
        // Off is the default: remembering it makes no file at all.
        assert_eq!(
            remember_plain(&EN, &path, false).ok(),
            Some(Remembered::Already)
        );
        assert!(!path.exists());
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        // Written by hand, with its own spacing: left byte for byte.
        std::fs::write(&path, "{ \"plain\":true }").unwrap();
        assert_eq!(
            remember_plain(&EN, &path, true).ok(),
            Some(Remembered::Already)
        );
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "{ \"plain\":true }"
        );
    }

    #[test]
    fn a_broken_file_is_named_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE);
        for (bytes, says) in [
            ("", "empty"),
            ("{\"plain\": tr", "not valid JSON"),
            ("[1, 2]", "does not understand"),
            ("{\"plain\": \"yes\"}", "does not understand"),
            ("\u{feff}garbage", "not valid JSON"),
        ] {
            std::fs::write(&path, bytes).unwrap();
            let err = load(&path).unwrap_err().message(&EN);
            assert!(err.contains(says), "{bytes:?}: {err}");
            assert!(remember_plain(&EN, &path, true).is_err());
            assert_eq!(
                std::fs::read_to_string(&path).unwrap(),
                bytes,
                "never rewritten"
            );
        }
        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
        assert!(matches!(
            load(&path).unwrap_err(),
            SettingsError::NotPlainFile
        ));
        assert!(
            load(&path)
                .unwrap_err()
                .message(&EN)
                .contains("not a plain file")
        );
    }
}
