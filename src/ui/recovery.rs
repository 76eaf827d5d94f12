//! Never losing work to a crash: a recovery copy of unsaved changes every minute, in the app's
//! data folder (never over the user's file), offered back at the next start — with what the
//! plan's file held when the work began, so a save after the restore never overwrites a
//! colleague's save made meanwhile, and a merge has the right base.

use std::path::{Path, PathBuf};

use super::BoothApp;
use super::files::Dialog;
use crate::i18n::{Arg, t, ta};
use crate::io::{self, WriteOptions};

/// Seconds between autosaves while there are unsaved changes.
pub const AUTOSAVE_SECS: f64 = 60.0;
const RECOVERY_FILE: &str = "recovery.ron";
const RECOVERY_SOURCE: &str = "recovery.path";
/// The plan as its file held it when last read (the base of a later merge).
const RECOVERY_BASE: &str = "recovery-base.ron";
/// The SHA-256 of the file's content then: a save after the restore checks it is still so.
const RECOVERY_SHA: &str = "recovery.sha256";

impl BoothApp {
    /// Writes a recovery copy at most every minute while there are unsaved changes.
    pub fn autosave(&mut self, now_secs: f64) {
        let Some(dir) = self.recovery_dir.clone() else {
            return;
        };
        if !self.doc.is_modified() || self.doc.history().in_transaction() {
            return;
        }
        if self.last_autosave_secs > 0.0 && now_secs - self.last_autosave_secs < AUTOSAVE_SECS {
            return;
        }
        if self.last_autosave_secs == 0.0 {
            // The first change starts the clock; the first copy follows a minute later.
            self.last_autosave_secs = now_secs.max(f64::MIN_POSITIVE);
            return;
        }
        self.last_autosave_secs = now_secs;
        self.write_recovery(&dir);
    }

    /// Seconds until the next recovery copy is due, while there are unsaved changes.
    pub fn autosave_due_in(&self, now_secs: f64) -> Option<f64> {
        if self.recovery_dir.is_none() || !self.doc.is_modified() {
            return None;
        }
        let since = if self.last_autosave_secs > 0.0 {
            now_secs - self.last_autosave_secs
        } else {
            0.0
        };
        Some((AUTOSAVE_SECS - since).clamp(0.05, AUTOSAVE_SECS))
    }

    /// Writes the recovery copy now (never over the user's file).
    pub fn write_recovery(&mut self, dir: &Path) {
        let result = std::fs::create_dir_all(dir)
            .and_then(|()| io::to_ron_string(self.doc.plan()).map_err(std::io::Error::other))
            .and_then(|text| {
                io::write_atomic(
                    &dir.join(RECOVERY_FILE),
                    text.as_bytes(),
                    WriteOptions::no_backup(),
                )
            })
            .and_then(|()| {
                // What the file held, so that a save after a restore never overwrites a
                // colleague's save made meanwhile, and a merge has the right base.
                let base = io::to_ron_string(self.doc.base()).map_err(std::io::Error::other)?;
                io::write_atomic(
                    &dir.join(RECOVERY_BASE),
                    base.as_bytes(),
                    WriteOptions::no_backup(),
                )?;
                let sha = self.doc.disk().map_or("", |d| d.sha256.as_str());
                io::write_atomic(
                    &dir.join(RECOVERY_SHA),
                    sha.as_bytes(),
                    WriteOptions::no_backup(),
                )
            })
            .and_then(|()| {
                let source = self
                    .doc
                    .path()
                    .map_or_else(String::new, |p| p.display().to_string());
                io::write_atomic(
                    &dir.join(RECOVERY_SOURCE),
                    source.as_bytes(),
                    WriteOptions::no_backup(),
                )
            });
        self.status = match result {
            Ok(()) => t("recovery-written"),
            Err(e) => ta(
                "recovery-autosave-failed",
                &[("error", Arg::from(e.to_string()))],
            ),
        };
    }

    pub(super) fn remove_recovery(&mut self) {
        if let Some(dir) = &self.recovery_dir {
            let _ = std::fs::remove_file(dir.join(RECOVERY_FILE));
            let _ = std::fs::remove_file(dir.join(RECOVERY_SOURCE));
            let _ = std::fs::remove_file(dir.join(RECOVERY_BASE));
            let _ = std::fs::remove_file(dir.join(RECOVERY_SHA));
        }
    }

    /// Offers to restore a recovery copy left by a session that ended with unsaved work.
    pub fn offer_recovery(&mut self) {
        let Some(dir) = &self.recovery_dir else {
            return;
        };
        let recovery = dir.join(RECOVERY_FILE);
        if recovery.is_file() {
            let source = std::fs::read_to_string(dir.join(RECOVERY_SOURCE))
                .ok()
                .filter(|s| !s.trim().is_empty())
                .map(PathBuf::from);
            self.dialog = Some(Dialog::Restore { recovery, source });
        }
    }

    pub(super) fn restore(&mut self, recovery: &Path, source: Option<PathBuf>) {
        match io::load(recovery) {
            Ok(plan) => {
                self.replace_document(plan, source);
                // What the file held when the work began: a save checks it still does.
                let dir = recovery.parent().unwrap_or(Path::new("."));
                if let Ok(base) = io::load(&dir.join(RECOVERY_BASE)) {
                    self.doc.set_base(base);
                }
                let sha = std::fs::read_to_string(dir.join(RECOVERY_SHA)).unwrap_or_default();
                if !sha.trim().is_empty() {
                    self.doc
                        .set_disk(Some(io::stamp::Stamp::of_hash(sha.trim().to_owned())));
                }
                // Restored work is not in any file yet.
                self.doc.mark_unsaved();
                self.remove_recovery();
                self.status = t("recovery-restored");
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: t("recovery-could-not-restore"),
                    message: e.to_string(),
                });
            }
        }
    }
}
