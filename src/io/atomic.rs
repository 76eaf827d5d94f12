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

use super::message::{self, Message, Value, WriteFailure, msg};

/// Suffix of backup files.
pub const BACKUP_SUFFIX: &str = ".bak";

/// Options for [`write_atomic`].
#[derive(Clone, Copy, Debug)]
pub struct WriteOptions<'a> {
    /// Keep the file being replaced as `NAME.bak`.
    pub keep_backup: bool,
    /// Replace the file only if its content still has this SHA-256 (hex): what was read or
    /// last written. Checked as late as possible, just before the backup and the rename;
    /// otherwise nothing is written and the error is [`ChangedOnDisk`]. A file that is gone
    /// is written again.
    pub expect_sha256: Option<&'a str>,
}

impl Default for WriteOptions<'_> {
    fn default() -> Self {
        Self {
            keep_backup: true,
            expect_sha256: None,
        }
    }
}

impl WriteOptions<'_> {
    /// No backup, no check (exports, recovery copies: made again at will).
    pub fn no_backup() -> Self {
        Self {
            keep_backup: false,
            expect_sha256: None,
        }
    }
}

/// The file's content was not what [`WriteOptions::expect_sha256`] said: someone else wrote
/// it. Nothing was written.
#[derive(Debug)]
pub struct ChangedOnDisk;

impl std::fmt::Display for ChangedOnDisk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the file changed on disk since it was read; nothing was written")
    }
}

impl std::error::Error for ChangedOnDisk {}

/// True when `e` is [`ChangedOnDisk`].
pub fn is_changed_on_disk(e: &io::Error) -> bool {
    e.get_ref()
        .is_some_and(<dyn std::error::Error + Send + Sync>::is::<ChangedOnDisk>)
}

/// True when `a` and `b` name the same file (links and relative paths followed); for paths
/// that do not exist yet, when they are written the same.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
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

/// Removes temporary files an interrupted save to `path` left behind: those of a process that
/// is gone, or older than an hour; never a concurrent save's.
fn remove_stray_temps(path: &Path) {
    let prefix = temp_prefix(path);
    let prefix = prefix.to_string_lossy();
    let Ok(entries) = fs::read_dir(folder_of(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Some(rest) = name.strip_prefix(prefix.as_ref()) else {
            continue;
        };
        let pid = rest.split('-').next().and_then(|p| p.parse::<u32>().ok());
        let writer_gone = match pid {
            Some(pid) if pid == std::process::id() => false,
            Some(pid) if Path::new("/proc/self").exists() => {
                !Path::new(&format!("/proc/{pid}")).exists()
            }
            _ => false,
        };
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 3600);
        if writer_gone || old {
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

/// The file a save to `path` really replaces: symbolic links are followed (the link is kept
/// and the file it points to is replaced in its own folder, as Emacs and Vim do). Anything but
/// a regular file or nothing at all is refused: a save never replaces a FIFO, a device or a
/// folder.
///
/// # Errors
/// The target is not a regular file, or a link loop.
pub fn resolve_target(path: &Path) -> io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = fs::read_link(&p)?;
                p = if link.is_absolute() {
                    link
                } else {
                    folder_of(&p).join(link)
                };
            }
            Ok(m) if m.is_file() => return Ok(p),
            Ok(m) => {
                return Err(WriteFailure::error(
                    io::ErrorKind::InvalidInput,
                    msg!(
                        "save-not-regular",
                        path = message::path(&p),
                        what = message::kind_word(super::kind_of(&m)),
                    ),
                ));
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(p),
            Err(e) => return Err(e),
        }
    }
    Err(WriteFailure::error(
        io::ErrorKind::InvalidInput,
        msg!("save-link-loop", path = message::path(path)),
    ))
}

/// An error before anything was replaced: the step that failed (a message) and why.
fn untouched(e: &io::Error, step: Message) -> io::Error {
    WriteFailure::error(
        e.kind(),
        msg!("save-untouched", step = step, error = Value::io(e)),
    )
}

/// Replaces `path` with `bytes` atomically, keeping the old file as a backup.
///
/// # Errors
/// Any I/O error, saying whether the previous file is intact.
pub fn write_atomic(path: &Path, bytes: &[u8], options: WriteOptions) -> io::Result<()> {
    let path = &resolve_target(path)?;
    let backup = backup_path(path);
    if options.keep_backup
        && let Ok(m) = fs::symlink_metadata(&backup)
        && !m.is_file()
    {
        return Err(WriteFailure::error(
            io::ErrorKind::InvalidInput,
            msg!(
                "save-backup-not-regular",
                path = message::path(&backup),
                what = message::kind_word(super::kind_of(&m)),
            ),
        ));
    }
    let previous = fs::metadata(path).ok();
    if let Some(m) = &previous
        && m.permissions().readonly()
    {
        return Err(WriteFailure::error(
            io::ErrorKind::PermissionDenied,
            msg!("save-read-only", path = message::path(path)),
        ));
    }
    remove_stray_temps(path);
    let tmp = write_temp(path, bytes).map_err(|e| untouched(&e, msg!("save-step-write-beside")))?;
    // The new file keeps the old one's permissions (a plan kept private stays private).
    if let Some(m) = &previous
        && let Err(e) = fs::set_permissions(&tmp, m.permissions())
    {
        let _ = fs::remove_file(&tmp);
        return Err(untouched(&e, msg!("save-step-keep-permissions")));
    }
    let old = if (options.keep_backup || options.expect_sha256.is_some()) && path.is_file() {
        match fs::read(path) {
            Ok(old) => Some(old),
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                return Err(untouched(&e, msg!("save-step-read-previous")));
            }
        }
    } else {
        None
    };
    if let (Some(expected), Some(old)) = (options.expect_sha256, &old)
        && super::drawing::sha256_hex(old) != expected
    {
        let _ = fs::remove_file(&tmp);
        return Err(io::Error::other(ChangedOnDisk));
    }
    if let (true, Some(old)) = (options.keep_backup, &old) {
        // Copy rather than rename: the target must exist at every instant.
        match write_temp(path, old) {
            Ok(bak_tmp) => {
                if let Err(e) = fs::rename(&bak_tmp, &backup) {
                    let _ = fs::remove_file(&bak_tmp);
                    let _ = fs::remove_file(&tmp);
                    return Err(untouched(
                        &e,
                        msg!("save-step-keep-backup", path = message::path(&backup)),
                    ));
                }
            }
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                return Err(untouched(&e, msg!("save-step-copy-backup")));
            }
        }
    }
    if let Err(e) = fs::rename(&tmp, path) {
        let _ = fs::remove_file(&tmp);
        return Err(untouched(&e, msg!("save-step-replace")));
    }
    sync_folder(folder_of(path)).map_err(|e| {
        WriteFailure::error(
            e.kind(),
            msg!("save-folder-not-synced", error = Value::io(&e)),
        )
    })
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
        // A writer that is gone (no such process), and one that is still running (this one's
        // parent: the test runner), whose temp file must be left alone.
        let stray = dir.join(".plan.ron.tmp-4000000000-0");
        let live = dir.join(format!(
            ".plan.ron.tmp-{}-0",
            std::os::unix::process::parent_id()
        ));
        fs::write(&live, b"a concurrent save").unwrap();
        fs::write(&stray, b"half a plan").unwrap();
        let other = dir.join(".other.ron.tmp-1-0");
        fs::write(&other, b"not ours").unwrap();
        write_atomic(&path, b"whole", WriteOptions::default()).unwrap();
        assert!(!stray.exists());
        assert!(live.exists(), "a running save's temp file is left alone");
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
