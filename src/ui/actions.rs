//! What the commands do: undo and redo with their selection, delete, duplicate, rotate, and
//! every other menu command, in one place after the UI pass.

use std::collections::BTreeSet;

use super::{AfterPrompt, BoothApp, ColourBy, Command, Dialog, Tool, canvas, files};
use crate::edit::Edit;
use crate::model::Rect;

impl BoothApp {
    pub(super) fn execute(&mut self, command: Command) {
        // A shortcut of a command that cannot run does what its greyed-out menu item does.
        if !command.enabled(self) {
            return;
        }
        match command {
            Command::New => self.guard_unsaved(AfterPrompt::New),
            Command::Open => self.guard_unsaved(AfterPrompt::Open),
            Command::Save => self.save(),
            Command::SaveAs => self.save_as(),
            Command::Quit => self.guard_unsaved(AfterPrompt::Quit),
            Command::Undo => self.step(true),
            Command::Redo => self.step(false),
            Command::Delete => self.delete_selection(),
            Command::Duplicate => self.duplicate_selection(),
            Command::SelectAll => self.selection = self.doc.plan().booths.keys().copied().collect(),
            Command::Rotate => self.reshape_selection(Rect::rotated),
            Command::ZoomToFit => self.view.fitted = false,
            Command::ZoomToSelection => self.zoom_to_booths(&self.selection.clone()),
            Command::ToggleGrid => self.settings.show_grid = !self.settings.show_grid,
            Command::ToggleLabels => self.settings.show_labels = !self.settings.show_labels,
            Command::ColourByStatus => self.settings.colour_by = ColourBy::Status,
            Command::ColourByZone => self.settings.colour_by = ColourBy::Zone,
            Command::ColourBySector => self.settings.colour_by = ColourBy::Sector,
            Command::ToggleTheme => self.settings.dark = !self.settings.dark,
            Command::SelectTool => self.tool = Tool::Select,
            Command::BoothTool => self.tool = Tool::NewBooth,
            Command::BlockTool => self.tool = Tool::Block,
            Command::ImportExhibitors => self.ask_import(),
            Command::Allocate => self.preview_allocation(),
            Command::ShowSettings => self.dialog = Some(Dialog::ShowSettings),
            Command::ExportMap => self.ask_export(files::ExportKind::Map),
            Command::ExportList => self.ask_export(files::ExportKind::List),
            Command::ExportDirectory => self.ask_export(files::ExportKind::Directory),
            Command::ExportPacks => self.ask_export(files::ExportKind::Packs),
        }
    }

    /// Copies the selected booths one booth-width to the east, numbered after the last booth.
    fn duplicate_selection(&mut self) {
        let mut free = crate::model::free_ids(self.doc.plan().booths.keys().map(|k| k.0).collect());
        let mut edits = Vec::new();
        let mut copies = BTreeSet::new();
        for id in &self.selection {
            let Some(b) = self.doc.plan().booths.get(id) else {
                continue;
            };
            let mut copy = b.clone();
            copy.rect = b.rect.translated(b.rect.w_mm, 0);
            copy.exhibitor = None;
            copy.status = crate::model::BoothStatus::Available;
            copy.number = format!("{}-copy", b.number);
            let Some(next) = free.next().map(crate::model::BoothId) else {
                break;
            };
            edits.push(Edit::Booth(next, Some(copy)));
            copies.insert(next);
        }
        if !edits.is_empty() {
            self.apply_edit(Edit::Batch(edits));
            self.selection = copies;
        }
    }

    /// Deletes the selected booths, or else the selected venue object, saying what went.
    fn delete_selection(&mut self) {
        if self.selection.is_empty() {
            if let Some(v) = self.venue.take() {
                self.delete_venue(v);
            }
            return;
        }
        let plan = self.doc.plan();
        let gone: Vec<&crate::model::Booth> = self
            .selection
            .iter()
            .filter_map(|id| plan.booths.get(id))
            .collect();
        let area = gone
            .iter()
            .map(|b| b.area_mm2())
            .fold(0, i128::saturating_add);
        let what = match gone.as_slice() {
            [one] => format!("booth {}", one.number),
            many => format!("{} booths", many.len()),
        };
        self.status = format!(
            "Deleted {what} ({}) — Ctrl+Z brings it back",
            crate::model::geom::fmt_m2(area)
        );
        self.apply_edit(Edit::remove_booths(self.selection.iter().copied()));
        self.selection.clear();
    }

    /// Gives every selected booth the rectangle `f` makes of its own, as one undo step
    /// (rotate, nudge).
    pub(super) fn reshape_selection(&mut self, f: impl Fn(&Rect) -> Rect) {
        let plan = self.doc.plan();
        let rects: Vec<_> = self
            .selection
            .iter()
            .filter_map(|id| plan.booths.get(id).map(|b| (*id, f(&b.rect))))
            .collect();
        let edit = Edit::set_rects(plan, rects);
        self.apply_edit(edit);
    }

    /// Undoes (or redoes) a step, rolling back a drag first, and selects the step's booths as
    /// they were before it (after it).
    fn step(&mut self, undo: bool) {
        self.drag = None;
        let depth = self.doc.history().undo_depth();
        let gesture = self.doc.history().in_transaction();
        let done = if undo {
            self.doc.undo()
        } else {
            self.doc.redo()
        };
        if !done {
            return;
        }
        self.status = if undo { "Undone" } else { "Redone" }.to_owned();
        self.stepped = true;
        let remembered = if undo {
            depth
                .checked_sub(1)
                .and_then(|d| self.step_selection.get(d))
                .map(|(before, _)| before)
        } else {
            self.step_selection.get(depth).map(|(_, after)| after)
        };
        if let (false, Some(selection)) = (gesture, remembered) {
            self.selection = selection.clone();
            self.venue = None;
        }
    }

    /// Notes the selection around the step this frame added, so undo and redo restore it.
    pub(super) fn remember_step_selection(&mut self) {
        let depth = self.doc.history().undo_depth();
        let (start, ref before) = self.frame_start;
        if self.stepped || depth != start + 1 {
            return;
        }
        self.step_selection.truncate(start);
        self.step_selection
            .push((before.clone(), self.selection.clone()));
    }

    /// Deletes a venue object, saying what went (undoable).
    fn delete_venue(&mut self, v: canvas::Venue) {
        use canvas::Venue;
        let plan = self.doc.plan();
        let (edit, what) = match v {
            Venue::Obstacle(id) => (
                Edit::Obstacle(id, None),
                plan.obstacles
                    .get(&id)
                    .map(|o| format!("{} {}", o.kind.title(), o.label)),
            ),
            Venue::Exit(id) => (
                Edit::Exit(id, None),
                plan.exits.get(&id).map(|e| e.label.clone()),
            ),
            Venue::Zone(id) => (
                Edit::Zone(id, None),
                plan.zones.get(&id).map(|z| format!("zone {}", z.name)),
            ),
            Venue::Hall(id) => {
                let named = plan.booths.values().filter(|b| b.hall == id).count();
                (
                    Edit::Hall(id, None),
                    plan.halls
                        .get(&id)
                        .map(|h| format!("{} ({named} booths still name it)", h.name)),
                )
            }
        };
        if let Some(what) = what {
            self.status = format!("Deleted {what} — Ctrl+Z brings it back");
            self.apply_edit(edit);
        }
    }
}
