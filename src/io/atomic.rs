//! Crash-safe file writing: a save leaves the old file or the new one, never a mix.
//!
//! The bytes go to a temporary file in the same folder, which is flushed and fsynced, then
//! renamed over the target (atomic on POSIX file systems), and the folder is fsynced so the
//! rename itself survives a power cut. The previous file is kept as `NAME.bak`. Temporary
//! files left by an interrupted save are removed by the next save to the same target.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Suffix of backup files.
pub const BACKUP_SUFFIX: &str = ".bak";

/// Options for [`write_atomic`].
#[derive(Clone, Copy, Debug)]
pub struct WriteOptions {
    /// Keep the file being replaced as `NAME.bak`.
    pub keep_backup: bool,
}

impl Default for WriteOptions {
    fn default() -> Self {
        Self { keep_backup: true }
    }
}

/// The path of the backup kept for `path`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name: OsString = path.file_name().map(OsString::from).unwrap_or_default();
    name.push(BACKUP_SUFFIX);
    path.with_file_name(name)
}

/// Prefix shared by every temporary file written for `path` (`.NAME.tmp-`).
fn temp_prefix(path: &Path) -> OsString {
    let mut prefix = OsString::from(".");
    prefix.push(path.file_name().unwrap_or_default());
    prefix.push(".tmp-");
    prefix
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Removes temporary files an interrupted save to `path` left behind.
fn remove_stray_temps(path: &Path) {
    let prefix = temp_prefix(path);
    let prefix = prefix.to_string_lossy();
    let Ok(entries) = fs::read_dir(folder_of(path)) else {
        return;
    };
    for entry in entries.flatten() {
        if entry
            .file_name()
            .to_string_lossy()
            .starts_with(prefix.as_ref())
        {
            // Best effort: a temp file we cannot remove does no harm to the saved document.
            let _ = fs::remove_file(entry.path());
        }
    }
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

fn unique_temp(path: &Path) -> PathBuf {
    let mut name = temp_prefix(path);
    name.push(format!(
        "{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    folder_of(path).join(name)
}

/// Writes `bytes` to a fresh temporary file beside `path`, fsynced.
fn write_temp(path: &Path, bytes: &[u8]) -> io::Result<PathBuf> {
    let tmp = unique_temp(path);
    let result = (|| {
        let mut file = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()
    })();
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Makes a rename in `folder` durable.
fn sync_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(folder)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
        Ok(())
    }
}

/// Replaces `path` with `bytes` atomically, keeping the old file as a backup.
///
/// # Errors
/// Any I/O error; the target is then untouched.
pub fn write_atomic(path: &Path, bytes: &[u8], options: WriteOptions) -> io::Result<()> {
    remove_stray_temps(path);
    let tmp = write_temp(path, bytes)?;
    if options.keep_backup && path.is_file() {
        // Copy rather than rename: the target must exist at every instant.
        match fs::read(path).and_then(|old| write_temp(path, &old)) {
            Ok(bak_tmp) => {
                if let Err(e) = fs::rename(&bak_tmp, backup_path(path)) {
                    let _ = fs::remove_file(&bak_tmp);
                    let _ = fs::remove_file(&tmp);
                    return Err(e);
                }
            }
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                return Err(e);
            }
        }
    }
    if let Err(e) = fs::rename(&tmp, path) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    sync_folder(folder_of(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("boothplan-atomic-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn replaces_and_keeps_a_backup() {
        let dir = scratch("backup");
        let path = dir.join("plan.ron");
        write_atomic(&path, b"one", WriteOptions::default()).unwrap();
        assert!(!backup_path(&path).exists());
        write_atomic(&path, b"two", WriteOptions::default()).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"one");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn stray_temp_files_are_removed_by_the_next_save() {
        let dir = scratch("stray");
        let path = dir.join("plan.ron");
        let stray = dir.join(".plan.ron.tmp-999-0");
        fs::write(&stray, b"half a plan").unwrap();
        let other = dir.join(".other.ron.tmp-1-0");
        fs::write(&other, b"not ours").unwrap();
        write_atomic(&path, b"whole", WriteOptions::default()).unwrap();
        assert!(!stray.exists());
        assert!(
            other.exists(),
            "temp files of other documents are left alone"
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_missing_folder_is_an_error_and_nothing_is_written() {
        let path = std::env::temp_dir()
            .join("boothplan-no-such-folder-xyz")
            .join("plan.ron");
        assert!(write_atomic(&path, b"x", WriteOptions::default()).is_err());
        assert!(!path.exists());
    }
}
