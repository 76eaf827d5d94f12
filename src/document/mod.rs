//! The document: one plan with its file, its history, its validation report and the lookups the
//! panels read. It is the only thing that changes the plan: every change is an [`Edit`] applied
//! here (or an undo, redo or rollback of one), so the caches follow a generation counter and are
//! never marked stale by hand.
//!
//! A change that only moves or resizes booths is validated live ([`Live`]): a drag step costs
//! what the move can change, at any plan size. Anything else is validated in full.

mod disk;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::edit::{Edit, History};
use crate::model::{BoothId, BoothStatus, Derived, ExhibitorId, Plan};
use crate::validate::{Live, Report, Severity};

/// Plans larger than this are validated in full only when a gesture ends (a change other than
/// booths moving during a drag on a huge plan).
pub const FULL_DURING_GESTURE_LIMIT: usize = 5_000;

/// What the panels look up every frame, computed once per change of what they show.
#[derive(Clone, Debug, Default)]
pub struct Lookup {
    /// Exhibitor names folded for search, in name order.
    pub folded: Vec<(ExhibitorId, String)>,
    /// Each exhibitor's booths.
    pub booths_of: BTreeMap<ExhibitorId, Vec<BoothId>>,
    /// Every sector named, sorted.
    pub sectors: Vec<String>,
    /// Every country named, sorted.
    pub countries: Vec<String>,
    /// Exhibitors holding a booth.
    pub allocated: usize,
    /// Area of sold booths, mm².
    pub sold_mm2: i128,
}

impl Lookup {
    /// Computes every lookup of a plan.
    pub fn new(plan: &Plan) -> Self {
        let mut booths_of: BTreeMap<ExhibitorId, Vec<BoothId>> = BTreeMap::new();
        for (id, b) in &plan.booths {
            if let Some(e) = b.exhibitor {
                booths_of.entry(e).or_default().push(*id);
            }
        }
        let mut by_name: Vec<(&str, ExhibitorId)> = plan
            .exhibitors
            .iter()
            .map(|(id, e)| (e.name.as_str(), *id))
            .collect();
        by_name.sort_unstable();
        let sectors: BTreeSet<&str> = plan
            .exhibitors
            .values()
            .map(|e| e.sector.as_str())
            .collect();
        let countries: BTreeSet<&str> = plan
            .exhibitors
            .values()
            .map(|e| e.country.as_str())
            .collect();
        Self {
            folded: by_name
                .into_iter()
                .map(|(name, id)| (id, crate::text::fold(name)))
                .collect(),
            allocated: booths_of
                .keys()
                .filter(|e| plan.exhibitors.contains_key(e))
                .count(),
            booths_of,
            sectors: sectors.into_iter().map(str::to_owned).collect(),
            countries: countries.into_iter().map(str::to_owned).collect(),
            sold_mm2: plan.area_sold_mm2(),
        }
    }
}

/// What changed since the report was made.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Pending {
    /// Nothing: the report is current.
    Nothing,
    /// Only these booths were put (moved, resized, or anything else about them).
    Booths(BTreeSet<BoothId>),
    /// Anything else.
    All,
}

/// A plan being edited.
pub struct Document {
    plan: Plan,
    path: Option<PathBuf>,
    history: History,
    live: Live,
    lookup: Lookup,
    marks: BTreeMap<BoothId, Severity>,
    /// Bumped by every change of the plan.
    generation: u64,
    /// Bumped when the lookups are rebuilt: anything but booths moving or resizing.
    lookup_generation: u64,
    /// Bumped by every change of what stands on the floor: anything but venue drawings
    /// (what the walking field and the report see).
    floor_generation: u64,
    /// The highest revision saved or loaded.
    saved_revision: u64,
    pending: Pending,
    /// True when a change since the lookups were made can alter them (more than rectangles).
    lookup_stale: bool,
    /// The plan as its file held it when last read or written: the common ancestor when the
    /// file's newer content is merged in.
    base: Plan,
    /// The file as last read or written (`None`: no file, or not known).
    disk: Option<crate::io::stamp::Stamp>,
    /// After a merge of the file's newer content: the undo depth just after it, and the base
    /// and file stamp from before it (put back when the merge is undone).
    merged_in: Option<disk::MergeMark>,
}

impl Document {
    /// A document on `plan`, read from `path` if given; its state counts as saved.
    pub fn new(plan: Plan, path: Option<PathBuf>) -> Self {
        let live = Live::new(&plan);
        let lookup = Lookup::new(&plan);
        let mut doc = Self {
            base: plan.clone(),
            disk: None,
            merged_in: None,
            plan,
            path,
            history: History::new(),
            live,
            lookup,
            marks: BTreeMap::new(),
            generation: 0,
            lookup_generation: 0,
            floor_generation: 0,
            saved_revision: 0,
            pending: Pending::Nothing,
            lookup_stale: false,
        };
        doc.saved_revision = doc.plan.meta.revision;
        doc.mark_problems();
        doc
    }

    /// The plan as it is now.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The file the plan came from or was last saved to.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Sets the file the next Save writes to.
    pub fn set_path(&mut self, path: PathBuf) {
        self.path = Some(path);
    }

    /// Undo and redo, transactions, and the saved point.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// A number that changes whenever the plan does.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// A number that changes whenever the lookups are rebuilt (names, allocations, numbers
    /// changed; not when booths only move or resize).
    pub fn lookup_generation(&self) -> u64 {
        self.lookup_generation
    }

    /// A counter bumped by every change of what stands on the floor (not by venue drawings):
    /// what caches of the walking field follow.
    pub fn floor_generation(&self) -> u64 {
        self.floor_generation
    }

    /// True when the plan differs from the file (or was never saved).
    pub fn is_modified(&self) -> bool {
        self.history.is_dirty()
    }

    /// The validation report, as of the last [`Document::refresh`].
    pub fn report(&self) -> &Report {
        self.live.report()
    }

    /// Open sides, types, prices and the spatial index, as of the last refresh.
    pub fn derived(&self) -> &Derived {
        self.live.derived()
    }

    /// The panels' lookups, as of the last refresh.
    pub fn lookup(&self) -> &Lookup {
        &self.lookup
    }

    /// The worst severity of the findings naming each booth, as of the last refresh.
    pub fn marks(&self) -> &BTreeMap<BoothId, Severity> {
        &self.marks
    }

    /// True when the report and lookups describe the plan as it is now.
    pub fn is_current(&self) -> bool {
        self.pending == Pending::Nothing && !self.lookup_stale
    }

    /// Applies an edit as one undoable step (or as part of the open gesture).
    pub fn apply(&mut self, edit: Edit) {
        if edit.is_noop(&self.plan) {
            return;
        }
        // A venue drawing is under the floor: nothing the validator sees changes.
        let floor = !edit.only_drawings();
        let mut booths = match std::mem::replace(&mut self.pending, Pending::Nothing) {
            Pending::Nothing => Some(BTreeSet::new()),
            Pending::Booths(set) => Some(set),
            Pending::All => None,
        };
        if let Some(set) = booths.as_mut()
            && !booths_put(&edit, set)
        {
            booths = None;
        }
        self.pending = match booths {
            None => Pending::All,
            Some(set) if set.is_empty() => Pending::Nothing,
            Some(set) => Pending::Booths(set),
        };
        if !self.only_places_change(&edit) {
            self.lookup_stale = true;
        }
        let mut put = BTreeSet::new();
        booths_put(&edit, &mut put);
        let sold_before = self.sold_area_of(&put);
        self.history.apply(&mut self.plan, edit);
        self.keep_revision();
        // Moved and resized sold booths change the sold area, and nothing else looked up.
        if !self.lookup_stale {
            let sold_after = self.sold_area_of(&put);
            self.lookup.sold_mm2 = self.lookup.sold_mm2 - sold_before + sold_after;
        }
        self.generation += 1;
        if floor {
            self.floor_generation += 1;
        }
    }

    /// Starts a gesture (a drag): its edits become one step when it is committed.
    pub fn begin(&mut self) {
        self.history.begin();
    }

    /// Ends the gesture as one undo step.
    pub fn commit(&mut self) {
        self.history.commit();
    }

    /// Rolls the gesture back: the plan is as it was when it began.
    pub fn abort(&mut self) {
        if self.history.in_transaction() {
            self.history.abort(&mut self.plan);
            self.changed_all();
        }
    }

    /// Undoes the last step (rolling back a gesture in progress first); false when there was
    /// nothing to undo.
    pub fn undo(&mut self) -> bool {
        // During a gesture, undo rolls back the gesture and nothing more.
        if self.history.in_transaction() {
            self.abort();
            return true;
        }
        let undone = self.history.undo(&mut self.plan);
        if undone {
            self.changed_all();
            self.unmerge_if_undone();
        }
        undone
    }

    /// Redoes the last undone step (rolling back a gesture in progress first); false when there
    /// was nothing to redo.
    pub fn redo(&mut self) -> bool {
        let gesture = self.history.in_transaction();
        let redone = self.history.redo(&mut self.plan);
        if redone || gesture {
            self.changed_all();
        }
        redone
    }

    /// Replaces the plan (New, Open, a restored copy) with a fresh history.
    pub fn replace(&mut self, plan: Plan, path: Option<PathBuf>) {
        let (generation, lookups, floor) = (
            self.generation,
            self.lookup_generation,
            self.floor_generation,
        );
        *self = Self::new(plan, path);
        self.generation = generation + 1;
        self.lookup_generation = lookups + 1;
        self.floor_generation = floor + 1;
    }

    /// Treats the plan as it is as saved: the user chose to discard the changes (and is about
    /// to leave the document).
    pub fn forget_changes(&mut self) {
        self.history.mark_saved();
    }

    /// Marks the current state as not saved anywhere (restored work).
    pub fn mark_unsaved(&mut self) {
        self.history.mark_unsaved();
    }

    /// Saves to `path` with the next revision number; the plan keeps that revision only when
    /// the file was written. Returns the revision saved.
    ///
    /// # Errors
    /// When the file cannot be written; the plan and the file's old contents are unchanged.
    pub fn save_to(&mut self, path: &Path) -> Result<u64, crate::io::SaveError> {
        // Never over someone else's save: the plan's own file must still be what was read or
        // last written (checked again just before the rename). A plan that never read its
        // file (a restored copy that cannot tell) asks rather than overwrite it.
        let own = self
            .path
            .as_deref()
            .is_some_and(|p| crate::io::same_file(p, path));
        if own && self.disk.is_none() && path.exists() {
            return Err(crate::io::SaveError::ChangedOnDisk {
                path: path.to_owned(),
            });
        }
        let expect = own
            .then(|| self.disk.as_ref().map(|d| d.sha256.clone()))
            .flatten();
        let revision = self.plan.meta.revision + 1;
        let mut copy = self.plan.meta.clone();
        copy.revision = revision;
        // The revision is bookkeeping, not an undoable change: it is not in the history.
        let previous = std::mem::replace(&mut self.plan.meta, copy);
        // So are the names of drawing files, relative to the plan's folder: saved into another
        // folder, each names the same file from there (in the history too).
        let old_drawings = self.plan.drawings.clone();
        let rename = self.drawing_renamer(path);
        for d in self.plan.drawings.values_mut() {
            d.file = rename(&d.file);
        }
        let options = crate::io::WriteOptions {
            keep_backup: true,
            expect_sha256: expect.as_deref(),
        };
        match crate::io::save_with(path, &self.plan, options) {
            Ok(stamp) => {
                self.disk = Some(stamp);
                self.base = self.plan.clone();
                self.history.for_each_drawing(|d| d.file = rename(&d.file));
                self.path = Some(path.to_owned());
                self.history.mark_saved();
                self.generation += 1;
                self.saved_revision = revision;
                Ok(revision)
            }
            Err(e) => {
                self.plan.meta = previous;
                self.plan.drawings = old_drawings;
                Err(e)
            }
        }
    }

    /// How a drawing's file name reads from the folder of `new_path`, the plan's file now
    /// being `self.path`.
    fn drawing_renamer(&self, new_path: &Path) -> impl Fn(&str) -> String + use<> {
        let (old, new) = (self.path.clone(), new_path.to_path_buf());
        move |file: &str| crate::io::drawing::rebased(file, old.as_deref(), &new)
    }

    /// Brings the report, marks and lookups up to date with the plan (once a frame).
    pub fn refresh(&mut self) {
        match std::mem::replace(&mut self.pending, Pending::Nothing) {
            Pending::Nothing => {}
            Pending::Booths(ids) => {
                let ids: Vec<BoothId> = ids.into_iter().collect();
                self.live.moved(&self.plan, &ids);
                self.mark_problems();
            }
            Pending::All => {
                if self.history.in_transaction()
                    && self.plan.booths.len() > FULL_DURING_GESTURE_LIMIT
                {
                    self.pending = Pending::All; // On a huge plan: when the gesture ends.
                } else {
                    self.live = Live::new(&self.plan);
                    self.mark_problems();
                }
            }
        }
        if self.lookup_stale {
            self.lookup = Lookup::new(&self.plan);
            self.lookup_stale = false;
            self.lookup_generation += 1;
        }
    }

    fn changed_all(&mut self) {
        self.pending = Pending::All;
        self.lookup_stale = true;
        self.generation += 1;
        self.floor_generation += 1;
        self.keep_revision();
    }

    /// The revision only rises: undoing a change of the show's details (which carries the
    /// revision it had then) never takes it below the last one saved.
    fn keep_revision(&mut self) {
        self.plan.meta.revision = self.plan.meta.revision.max(self.saved_revision);
    }

    fn mark_problems(&mut self) {
        self.marks.clear();
        for f in &self.live.report().findings {
            for b in &f.booth_ids {
                let worst = self.marks.entry(*b).or_insert(f.severity());
                *worst = (*worst).min(f.severity());
            }
        }
    }

    /// True when `edit` changes nothing the lookups hold (names, countries, sectors,
    /// allocations, numbers): booths moving or resizing, venue objects, rules, the show.
    fn only_places_change(&self, edit: &Edit) -> bool {
        match edit {
            Edit::Obstacle(..)
            | Edit::Exit(..)
            | Edit::Zone(..)
            | Edit::Hall(..)
            | Edit::Drawing(..)
            | Edit::Meta(_)
            | Edit::Rules(_)
            | Edit::Pricing(_)
            | Edit::Conflicts(_) => true,
            Edit::Booth(id, Some(new)) => self.plan.booths.get(id).is_some_and(|old| {
                old.number == new.number
                    && old.hall == new.hall
                    && old.status == new.status
                    && old.exhibitor == new.exhibitor
                    && old.price_override_minor == new.price_override_minor
            }),
            Edit::Batch(edits) => edits.iter().all(|e| self.only_places_change(e)),
            _ => false,
        }
    }

    /// The sold area of these booths, as the plan is now.
    fn sold_area_of(&self, ids: &BTreeSet<BoothId>) -> i128 {
        ids.iter()
            .filter_map(|id| self.plan.booths.get(id))
            .filter(|b| b.status == BoothStatus::Sold)
            .map(crate::model::Booth::area_mm2)
            .fold(0, i128::saturating_add)
    }
}

/// Adds to `ids` the booths an edit puts or removes; false when it changes anything else.
fn booths_put(edit: &Edit, ids: &mut BTreeSet<BoothId>) -> bool {
    match edit {
        Edit::Booth(id, _) => {
            ids.insert(*id);
            true
        }
        Edit::Batch(edits) => edits.iter().all(|e| booths_put(e, ids)),
        // Under the floor: no booth to check again, nothing else either.
        Edit::Drawing(..) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{Rule, validate};

    fn demo() -> Document {
        Document::new(crate::demo::demo_plan(), None)
    }

    /// A booth of the demo and the edit that moves it onto its east neighbour.
    fn onto_neighbour(doc: &Document) -> (BoothId, Edit) {
        let plan = doc.plan();
        let (id, a) = plan
            .booths
            .iter()
            .find(|(_, a)| {
                plan.booths
                    .values()
                    .any(|b| b.rect.x_mm == a.rect.right() && b.rect.y_mm == a.rect.y_mm)
            })
            .expect("a booth with an east neighbour");
        let mut moved = a.clone();
        moved.rect = moved.rect.translated(a.rect.w_mm / 2, 0);
        (*id, Edit::Booth(*id, Some(moved)))
    }

    #[test]
    fn a_move_is_validated_live_and_the_lookups_are_kept() {
        // Before: the demo has no overlap.
        let mut doc = demo();
        assert!(!doc.report().has(Rule::BoothOverlap));
        let folded = doc.lookup().folded.as_ptr();
        let generation = doc.generation();
        // Action: a booth moves half its width onto its neighbour, within a gesture.
        let (id, edit) = onto_neighbour(&doc);
        doc.begin();
        doc.apply(edit);
        assert!(!doc.is_current());
        doc.refresh();
        // After: the overlap is reported before the gesture ends, the report equals a full
        // validation, the booth is marked, and the lookups were not rebuilt for a move.
        assert!(doc.report().has(Rule::BoothOverlap));
        assert_eq!(doc.report(), &validate(doc.plan()));
        assert_eq!(doc.marks().get(&id), Some(&Severity::Error));
        assert_eq!(doc.lookup().folded.as_ptr(), folded);
        assert!(doc.generation() > generation);
        assert_eq!(doc.lookup().sold_mm2, doc.plan().area_sold_mm2());
        doc.commit();
        assert!(doc.is_modified());
    }

    #[test]
    fn undo_abort_and_other_edits_validate_in_full() {
        let mut doc = demo();
        let (_, edit) = onto_neighbour(&doc);
        doc.begin();
        doc.apply(edit.clone());
        doc.refresh();
        doc.abort();
        doc.refresh();
        assert!(!doc.report().has(Rule::BoothOverlap), "rolled back");
        doc.apply(edit);
        doc.refresh();
        assert!(doc.undo());
        doc.refresh();
        assert_eq!(doc.report(), &validate(doc.plan()));
        assert!(doc.redo());
        doc.refresh();
        assert!(doc.report().has(Rule::BoothOverlap));
        // A change of the rules: everything again.
        let mut rules = doc.plan().rules.clone();
        rules.min_aisle_mm = 3500;
        doc.apply(Edit::Rules(rules));
        doc.refresh();
        assert_eq!(doc.report(), &validate(doc.plan()));
        assert!(doc.is_current());
    }

    #[test]
    fn undo_during_a_gesture_only_rolls_the_gesture_back() {
        let mut doc = demo();
        let mut rules = doc.plan().rules.clone();
        rules.max_travel_mm = 60_000;
        doc.apply(Edit::Rules(rules));
        let before = doc.plan().clone();
        let (_, edit) = onto_neighbour(&doc);
        doc.begin();
        doc.apply(edit);
        assert!(doc.undo());
        assert_eq!(doc.plan(), &before, "the earlier step stays");
        assert!(doc.history().can_undo());
    }

    #[test]
    fn the_revision_never_goes_back_below_the_last_save() {
        let mut doc = demo();
        let mut meta = doc.plan().meta.clone();
        meta.show_name = "Renamed".into();
        doc.apply(Edit::Meta(meta));
        let dir = std::env::temp_dir().join(format!("boothplan-rev-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let saved = doc.save_to(&dir.join("plan.ron")).expect("saved");
        assert!(doc.undo());
        assert_ne!(doc.plan().meta.show_name, "Renamed");
        assert_eq!(
            doc.plan().meta.revision,
            saved,
            "undo keeps the saved revision"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn moving_a_pillar_keeps_the_lookups() {
        let mut doc = demo();
        let lookups = doc.lookup_generation();
        let (id, o) = doc.plan().obstacles.iter().next().expect("an obstacle");
        let (id, mut o) = (*id, o.clone());
        o.rect = o.rect.translated(1000, 0);
        doc.apply(Edit::Obstacle(id, Some(o)));
        doc.refresh();
        assert_eq!(doc.lookup_generation(), lookups);
        assert_eq!(doc.report(), &validate(doc.plan()));
    }

    #[test]
    fn renaming_an_exhibitor_rebuilds_the_lookups() {
        let mut doc = demo();
        let (eid, e) = doc.plan().exhibitors.iter().next().expect("an exhibitor");
        let (eid, mut e) = (*eid, e.clone());
        e.name = "Zzz Renamed Holdings".into();
        doc.apply(Edit::Exhibitor(eid, Some(e)));
        doc.refresh();
        assert!(
            doc.lookup()
                .folded
                .iter()
                .any(|(id, name)| *id == eid && name.contains("zzz renamed"))
        );
    }

    #[test]
    fn a_failed_save_keeps_the_revision_and_the_modified_mark() {
        let mut doc = demo();
        let (_, edit) = onto_neighbour(&doc);
        doc.apply(edit);
        let revision = doc.plan().meta.revision;
        let dir = std::env::temp_dir().join(format!("boothplan-doc-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        // A folder where the file should go cannot be replaced.
        let blocked = dir.join("plan.ron");
        std::fs::create_dir_all(&blocked).expect("folder");
        assert!(doc.save_to(&blocked).is_err());
        assert_eq!(doc.plan().meta.revision, revision);
        assert!(doc.is_modified());
        let file = dir.join("saved.ron");
        assert_eq!(doc.save_to(&file).expect("saved"), revision + 1);
        assert_eq!(doc.plan().meta.revision, revision + 1);
        assert!(!doc.is_modified());
        assert_eq!(doc.path(), Some(file.as_path()));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_drawing_edit_leaves_the_report_and_the_floor_alone() {
        use crate::model::{Drawing, DrawingId, Point};
        let plan = crate::demo::demo_plan();
        let hall = *plan.halls.keys().next().expect("a hall");
        let mut doc = Document::new(plan, None);
        doc.refresh();
        let (floor, report) = (doc.floor_generation(), doc.report().clone());
        let d = Drawing::new(
            hall,
            "hall.png".into(),
            String::new(),
            Point::new(0, 0),
            10_000,
        );
        doc.apply(Edit::Drawing(DrawingId(1), Some(d)));
        assert!(doc.is_current(), "nothing to validate again");
        assert_eq!(doc.floor_generation(), floor);
        assert_eq!(doc.report(), &report);
        // A booth moved is a change of the floor.
        let (id, b) = doc
            .plan()
            .booths
            .iter()
            .next()
            .map(|(i, b)| (*i, b.clone()))
            .expect("booths");
        doc.apply(Edit::Booth(
            id,
            Some(crate::model::Booth {
                rect: b.rect.translated(1000, 0),
                ..b
            }),
        ));
        assert!(doc.floor_generation() > floor);
    }
}
