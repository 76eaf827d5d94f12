//! The plan's file on disk: noticing that it changed behind the editor's back (another
//! person, a `git pull`, a sync client), and taking that change in — reloading it, or merging
//! it with the work in the editor — instead of ever overwriting it silently.

use std::path::Path;

use super::Document;
use crate::compare::merge::{edit_between, merge};
use crate::io::LoadError;
use crate::io::stamp::{Stamp, load_stamped};
use crate::model::Plan;

/// What was known of the file before a merge of its newer content, to put back when the
/// merge is undone (their work is then no longer in the plan: a save must ask again).
#[derive(Debug)]
pub(super) struct MergeMark {
    depth: usize,
    base: Plan,
    disk: Option<Stamp>,
}

/// What a merge of the file's newer content brought.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MergedIn {
    /// Conflicts left to resolve (ours kept for each).
    pub conflicts: usize,
}

impl Document {
    /// The plan as its file held it when last read or written.
    pub fn base(&self) -> &Plan {
        &self.base
    }

    /// The file as last read or written.
    pub fn disk(&self) -> Option<&Stamp> {
        self.disk.as_ref()
    }

    /// Says what the plan's file held when the plan was read from it: its stamp. Without it a
    /// save over an existing file asks first.
    pub fn set_disk(&mut self, stamp: Option<Stamp>) {
        self.disk = stamp;
    }

    /// Says what the file held when last read, where that differs from the plan (a restored
    /// copy of unsaved work): the common ancestor of a later merge.
    pub fn set_base(&mut self, base: Plan) {
        self.base = base;
    }

    /// A document on the plan in `path`, knowing what the file held.
    ///
    /// # Errors
    /// The file cannot be read or is not a plan.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        let mut doc = Self::new(Plan::default(), None);
        doc.reopen(path)?;
        Ok(doc)
    }

    /// After an undo: when the merge of the file's content was undone, the file is again
    /// what it was before (their work is not in the plan), so a save asks again.
    pub(super) fn unmerge_if_undone(&mut self) {
        if self
            .merged_in
            .as_ref()
            .is_some_and(|m| self.history.undo_depth() < m.depth)
            && let Some(mark) = self.merged_in.take()
        {
            self.base = mark.base;
            self.disk = mark.disk;
        }
    }

    /// The file's stamp now, when it differs from the one last read or written (the file was
    /// changed, removed or cannot be read); `None` when it is the same, or the plan has no
    /// file. Cheap when nothing changed: size and time are compared first, the content is
    /// hashed only when they differ.
    pub fn disk_change(&self) -> Option<Option<Stamp>> {
        let (path, known) = (self.path.as_deref()?, self.disk.as_ref()?);
        if !known.looks_changed(path) {
            return None;
        }
        let now = Stamp::read(path);
        (now.as_ref().map(|s| &s.sha256) != Some(&known.sha256)).then_some(now)
    }

    /// Reads the file's current content (to compare with, or to merge).
    ///
    /// # Errors
    /// The plan has no file, or it cannot be read.
    pub fn read_disk(&self) -> Result<(Plan, Stamp), LoadError> {
        let path = self.path.as_deref().unwrap_or(Path::new(""));
        load_stamped(path)
    }

    /// Replaces the plan with the file's current content, dropping unsaved changes and the
    /// history.
    ///
    /// # Errors
    /// The file cannot be read; the plan is then unchanged.
    pub fn reload(&mut self) -> Result<(), LoadError> {
        let path = self.path.clone().unwrap_or_default();
        self.reopen(&path)
    }

    /// Replaces the plan with the one in `path` (Open), knowing what the file held; a fresh
    /// history.
    ///
    /// # Errors
    /// The file cannot be read or is not a plan; the plan is then unchanged.
    pub fn reopen(&mut self, path: &Path) -> Result<(), LoadError> {
        let (plan, stamp) = load_stamped(path)?;
        self.replace(plan, Some(path.to_owned()));
        self.disk = Some(stamp);
        Ok(())
    }

    /// Merges the file's current content (theirs) into the plan (ours), with the plan as it
    /// was last read or written as the common ancestor: one undo step. The file's content
    /// becomes the new ancestor, so a save then writes the merge over it.
    ///
    /// # Errors
    /// The file cannot be read; the plan is then unchanged.
    pub fn merge_disk(&mut self) -> Result<MergedIn, LoadError> {
        let (theirs, stamp) = self.read_disk()?;
        let merged = merge(&self.base, &self.plan, &theirs);
        let edit = edit_between(&self.plan, &merged.plan);
        self.apply(edit);
        self.merged_in = Some(MergeMark {
            depth: self.history.undo_depth(),
            base: std::mem::replace(&mut self.base, theirs),
            disk: self.disk.replace(stamp),
        });
        Ok(MergedIn {
            conflicts: merged.conflicts.len(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("boothplan-disk-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("dir");
        dir.join("show.ron")
    }

    /// A document on the demo saved at a scratch path, and the demo as someone else then
    /// saves it (another show name).
    fn opened_then_saved_elsewhere(name: &str) -> (std::path::PathBuf, Document, Plan, Plan) {
        let path = scratch(name);
        let demo = crate::demo::demo_plan();
        crate::io::save(&path, &demo).expect("save");
        let doc = Document::open(&path).expect("opens");
        let mut theirs = demo.clone();
        theirs.meta.show_name = "Theirs".into();
        (path, doc, demo, theirs)
    }

    fn first_booth(plan: &Plan) -> crate::model::BoothId {
        *plan.booths.keys().next().expect("booth")
    }

    #[test]
    fn a_save_over_a_file_changed_behind_the_editor_is_refused_and_the_file_kept() {
        let (path, mut doc, _, theirs) = opened_then_saved_elsewhere("refuse");
        assert_eq!(doc.disk_change(), None);
        // Someone else saves.
        crate::io::save(&path, &theirs).expect("save");
        assert!(doc.disk_change().is_some(), "noticed");
        let e = doc.save_to(&path).expect_err("refused");
        assert!(
            matches!(e, crate::io::SaveError::ChangedOnDisk { .. }),
            "{e}"
        );
        assert!(e.to_string().contains("show.ron"), "{e}");
        assert_eq!(
            crate::io::load(&path).expect("load").meta.show_name,
            "Theirs"
        );
    }

    #[test]
    fn merging_the_change_on_disk_keeps_both_and_then_saves() {
        let (path, mut doc, demo, theirs) = opened_then_saved_elsewhere("merge");
        let id = first_booth(&demo);
        doc.apply(Edit::update_booth(doc.plan(), id, |b| b.number = "OURS".into()).expect("booth"));
        crate::io::save(&path, &theirs).expect("save");
        let merged = doc.merge_disk().expect("merges");
        assert_eq!(merged.conflicts, 0);
        assert_eq!(doc.plan().meta.show_name, "Theirs");
        assert_eq!(doc.plan().booths[&id].number, "OURS");
        assert_eq!(doc.disk_change(), None, "the file's content is now known");
        doc.save_to(&path).expect("saves over what it merged");
        let saved = crate::io::load(&path).expect("load");
        assert_eq!(
            (
                saved.meta.show_name.as_str(),
                saved.booths[&id].number.as_str()
            ),
            ("Theirs", "OURS")
        );
        // Merged again after someone else's next save, then undone: one undo step, and
        // their work is no longer in the plan, so a save asks again.
        let mut later = saved.clone();
        later.meta.venue = "Later".into();
        crate::io::save(&path, &later).expect("save");
        doc.merge_disk().expect("merges");
        assert_eq!(doc.plan().meta.venue, "Later");
        doc.undo();
        assert_eq!(doc.plan().meta.venue, saved.meta.venue);
        assert!(matches!(
            doc.save_to(&path),
            Err(crate::io::SaveError::ChangedOnDisk { .. })
        ));
    }

    #[test]
    fn reloading_takes_the_file_as_it_is_now() {
        let (path, mut doc, _, theirs) = opened_then_saved_elsewhere("reload");
        crate::io::save(&path, &theirs).expect("save");
        doc.reload().expect("reloads");
        assert_eq!(doc.plan(), &theirs);
        assert!(!doc.is_modified());
        assert_eq!(doc.disk_change(), None);
    }
}
