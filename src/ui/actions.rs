//! What the commands do: undo and redo with their selection, delete, duplicate, rotate, and
//! every other menu command, in one place after the UI pass.

use super::{
    AfterPrompt, BoothApp, ColourBy, Command, Dialog, Item, Selection, Tool, canvas, files,
};
use crate::edit::Edit;
use crate::model::geom::fmt_m2;

impl BoothApp {
    pub(super) fn execute(&mut self, command: Command) {
        // A shortcut of a command that cannot run does what its greyed-out menu item does.
        if !command.enabled(&self.context()) {
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
            Command::SelectAll => {
                self.selection = Selection::of_booths(self.doc.plan().booths.keys().copied());
            }
            Command::Rotate => self.rotate_selection(),
            Command::ZoomToFit => self.canvas.view.fitted = false,
            Command::ZoomToSelection => self.zoom_to_selection(),
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

    /// Copies everything selected beside itself (booths one booth-width to the east, free and
    /// numbered "-copy"; exits further along their wall), as one undo step, and selects the
    /// copies.
    fn duplicate_selection(&mut self) {
        let plan = self.doc.plan();
        let mut ids = crate::model::NewIds::new(plan);
        let mut edits = Vec::new();
        let mut copies = Selection::default();
        let mut originals = Selection::default();
        for id in self.selection.booths() {
            let Some(b) = plan.booths.get(id) else {
                continue;
            };
            let mut copy = b.clone();
            copy.rect = b.rect.translated(b.rect.w_mm, 0);
            copy.exhibitor = None;
            copy.status = crate::model::BoothStatus::Available;
            copy.number = format!("{}-copy", b.number);
            let Some(next) = ids.booth() else {
                break;
            };
            edits.push(Edit::Booth(next, Some(copy)));
            copies.insert(Item::Booth(next));
            originals.insert(Item::Booth(*id));
        }
        for v in self.selection.venue() {
            if let Some((edit, copy)) = canvas::duplicate_venue(plan, *v, &mut ids) {
                edits.push(edit);
                copies.insert(Item::Venue(copy));
                originals.insert(Item::Venue(*v));
            }
        }
        if !edits.is_empty() {
            self.status = format!(
                "Duplicated {} — Ctrl+Z takes the copies away",
                originals.describe(plan)
            );
            self.apply_edit(Edit::Batch(edits));
            self.selection = copies;
        }
    }

    /// Deletes everything selected (booths, companies, venue objects) as one undo step, and
    /// says in the status bar what went.
    fn delete_selection(&mut self) {
        let plan = self.doc.plan();
        let mut edits = Vec::new();
        let mut said = Vec::new();
        let gone: Vec<&crate::model::Booth> = self
            .selection
            .booths()
            .iter()
            .filter_map(|id| plan.booths.get(id))
            .collect();
        if !gone.is_empty() {
            let area = gone
                .iter()
                .map(|b| b.area_mm2())
                .fold(0, i128::saturating_add);
            said.push(match gone.as_slice() {
                [one] => format!("booth {} ({})", one.number, fmt_m2(area)),
                many => format!("{} booths ({})", many.len(), fmt_m2(area)),
            });
            edits.push(Edit::remove_booths(self.selection.booths().iter().copied()));
        }
        for e in self.selection.exhibitors() {
            if let Some(x) = plan.exhibitors.get(e) {
                said.push(format!("company {}", x.name));
                edits.push(Edit::remove_exhibitor(plan, *e));
            }
        }
        for v in self.selection.venue() {
            if let Some((edit, what)) = delete_venue(plan, *v) {
                said.push(what);
                edits.push(edit);
            }
        }
        if edits.is_empty() {
            return;
        }
        self.status = format!("Deleted {} — Ctrl+Z brings it back", said.join(", "));
        self.apply_edit(Edit::Batch(edits));
        self.selection.clear();
    }

    /// Turns the selected booths and obstacles a quarter turn about their own corner, as one
    /// undo step.
    fn rotate_selection(&mut self) {
        let plan = self.doc.plan();
        let mut edits = vec![Edit::set_rects(
            plan,
            self.selection
                .booths()
                .iter()
                .filter_map(|id| plan.booths.get(id).map(|b| (*id, b.rect.rotated()))),
        )];
        for v in self.selection.venue() {
            if let canvas::Venue::Obstacle(id) = v
                && let Some(o) = plan.obstacles.get(id)
            {
                let mut turned = o.clone();
                turned.rect = o.rect.rotated();
                edits.push(Edit::Obstacle(*id, Some(turned)));
            }
        }
        self.apply_edit(Edit::Batch(edits));
    }

    /// Undoes (or redoes) a step, rolling back a drag first, and selects the step's booths as
    /// they were before it (after it).
    fn step(&mut self, undo: bool) {
        self.canvas.drag = None;
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
}

/// The edit that deletes a venue object, and what it was in words.
fn delete_venue(plan: &crate::model::Plan, v: canvas::Venue) -> Option<(Edit, String)> {
    use canvas::Venue;
    match v {
        Venue::Obstacle(id) => plan.obstacles.get(&id).map(|o| {
            (
                Edit::Obstacle(id, None),
                format!("{} {}", o.kind.label(), o.label),
            )
        }),
        Venue::Exit(id) => plan
            .exits
            .get(&id)
            .map(|e| (Edit::Exit(id, None), e.label.clone())),
        Venue::Zone(id) => plan
            .zones
            .get(&id)
            .map(|z| (Edit::Zone(id, None), format!("zone {}", z.name))),
        Venue::Hall(id) => plan.halls.get(&id).map(|h| {
            let named = plan.booths.values().filter(|b| b.hall == id).count();
            (
                Edit::Hall(id, None),
                format!("{} ({named} booths still name it)", h.name),
            )
        }),
    }
}
