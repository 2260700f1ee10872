//! Privacy: sessions live in the platform's data folder (or --data-dir /
//! FITCHECK_DATA_DIR), the folder is 0700 and files 0600, looser
//! permissions are tightened with a notice. (No network crate in the
//! build: tests/privacy.rs.)

mod sessions_common;

use std::path::Path;

use sessions_common::*;

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// An exported session to import, made from the current bank.
fn export_file(dir: &Path) -> std::path::PathBuf {
    let bank = bank();
    let src = dir.join("source");
    let s = saved_finished(&bank, &src, NOW, Some("Maya"));
    let file = dir.join("export.json");
    std::fs::write(&file, stdout(&run(&src, &["export", &s.id]))).unwrap();
    file
}

#[cfg(target_os = "linux")]
#[test]
fn by_default_sessions_go_to_the_xdg_data_folder_private() {
    let tmp = tempfile::tempdir().unwrap();
    let file = export_file(tmp.path());
    let home = tmp.path().join("home");
    let xdg = tmp.path().join("xdg");
    let out = fitcheck(Path::new("unused"))
        .env_remove("FITCHECK_DATA_DIR")
        .env("HOME", &home)
        .env("XDG_DATA_HOME", &xdg)
        .args(["import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let sessions = xdg.join("fitcheck").join("sessions");
    assert!(
        stdout(&out).contains(&sessions.display().to_string()),
        "{}",
        stdout(&out)
    );
    let files = names(&sessions);
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(mode(&sessions), 0o700);
    assert_eq!(mode(&xdg.join("fitcheck")), 0o700);
    assert_eq!(mode(&sessions.join(&files[0])), 0o600);
    // Without XDG_DATA_HOME: ~/.local/share.
    let out = fitcheck(Path::new("unused"))
        .env_remove("FITCHECK_DATA_DIR")
        .env_remove("XDG_DATA_HOME")
        .env("HOME", &home)
        .args(["import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(names(&home.join(".local/share/fitcheck/sessions")).len(), 1);
}

#[test]
fn data_dir_flag_wins_over_the_environment() {
    let tmp = tempfile::tempdir().unwrap();
    let file = export_file(tmp.path());
    let (env_dir, flag_dir) = (tmp.path().join("env"), tmp.path().join("flag"));
    let out = fitcheck(&env_dir)
        .args([
            "--data-dir",
            flag_dir.to_str().unwrap(),
            "import",
            file.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(names(&flag_dir).len(), 1);
    assert!(!env_dir.exists());
    let out = fitcheck(&env_dir)
        .args(["import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0);
    assert_eq!(names(&env_dir).len(), 1);
}

#[cfg(unix)]
#[test]
fn a_shared_folder_is_left_as_it_is_with_a_notice_and_the_sessions_stay_private() {
    let tmp = tempfile::tempdir().unwrap();
    // Like a home folder: open to read, with the parent's own files in it.
    let data = tmp.path().join("home");
    std::fs::create_dir_all(data.join("Documents")).unwrap();
    std::fs::write(data.join("notes.txt"), "mine").unwrap();
    set_mode(&data, 0o755);
    let file = export_file(tmp.path());
    let out = run(&data, &["import", file.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let expected = fitcheck::strings::SHARED_DIR
        .replace("{path}", &data.display().to_string())
        .replace("{old}", "755");
    assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
    assert_eq!(mode(&data), 0o755, "not the parent's folder to change");
    assert_eq!(
        std::fs::read_to_string(data.join("notes.txt")).unwrap(),
        "mine"
    );
    let session = names(&data)
        .into_iter()
        .find(|n| n.ends_with(".json") && !n.starts_with('.'))
        .expect("the imported session");
    assert_eq!(mode(&data.join(session)), 0o600);
    // Once the foreign files are gone, the folder is fitcheck's: tightened.
    std::fs::remove_file(data.join("notes.txt")).unwrap();
    std::fs::remove_dir(data.join("Documents")).unwrap();
    let out = run(&data, &["list"]);
    assert!(stderr(&out).contains("now private"), "{}", stderr(&out));
    assert_eq!(mode(&data), 0o700);
}

#[cfg(unix)]
#[test]
fn every_file_written_is_private_and_looser_ones_are_tightened_with_a_notice() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("s");
    let file = export_file(tmp.path());
    // A folder made by someone else, open to all.
    std::fs::create_dir(&data).unwrap();
    set_mode(&data, 0o777);
    let out = run(&data, &["import", file.to_str().unwrap()]);
    assert_eq!(code(&out), 0);
    assert!(stderr(&out).contains("now private"), "{}", stderr(&out));
    assert_eq!(mode(&data), 0o700);
    let saved = names(&data);
    let name = saved
        .iter()
        .find(|n| n.ends_with(".json") && !n.starts_with('.'));
    let path = data.join(name.expect("the imported session"));
    let id = path.file_stem().unwrap().to_str().unwrap().to_string();
    assert!(stdout(&out).contains(&id));
    assert_eq!(mode(&path), 0o600, "{}", stdout(&out));
    assert_eq!(code(&run(&data, &["rename", &id, "Sam"])), 0);
    assert_eq!(mode(&path), 0o600);
    // Copied in with loose permissions: tightened when read, and said.
    set_mode(&path, 0o644);
    let out = run(&data, &["summary", &id]);
    assert_eq!(code(&out), 0);
    let err = stderr(&out);
    assert!(
        err.contains(&path.display().to_string()) && err.contains("644"),
        "{err}"
    );
    assert_eq!(mode(&path), 0o600);
    set_mode(&path, 0o604);
    set_mode(&data, 0o755);
    let out = run(&data, &["list"]);
    assert_eq!(code(&out), 0);
    assert_eq!(
        stderr(&out).matches("now private").count(),
        2,
        "{}",
        stderr(&out)
    );
    assert_eq!((mode(&data), mode(&path)), (0o700, 0o600));
    // Once private, nothing more to say.
    assert_eq!(stderr(&run(&data, &["list"])), "");
    assert_eq!(mode(&data.join(fitcheck::store::index::FILE)), 0o600);
}
