//! What the commands do: undo and redo with their selection, delete, duplicate, rotate, and
//! every other menu command, in one place after the UI pass.

use super::{
    AfterPrompt, BoothApp, ColourBy, Command, Dialog, Item, Selection, Tool, canvas, files,
};
use crate::edit::Edit;
use crate::i18n::{self, Arg, t, ta};

fn how_label(how: crate::edit::Arrange) -> String {
    Command::Arrange(how).label()
}

impl BoothApp {
    pub(super) fn execute(&mut self, command: Command) {
        // A shortcut of a command that cannot run does what its greyed-out menu item does.
        if !command.enabled(&self.context()) {
            return;
        }
        // Any other command ends a drag in progress first, as the drop would: its edits, or a
        // dialog it opens, are never mixed into the gesture's undo step.
        if !matches!(command, Command::Undo | Command::Redo) && self.canvas.drag.take().is_some() {
            self.doc.commit();
        }
        match command {
            Command::New => self.guard_unsaved(AfterPrompt::New),
            Command::Open => self.guard_unsaved(AfterPrompt::Open),
            Command::Save => self.save(),
            Command::CompareWith => self.dialog = Some(Dialog::CompareWith),
            Command::ResolveConflicts => self.show_conflicts = true,
            Command::Sales => self.toggle_sales(),
            Command::Language(lang) => {
                self.settings.language = Some(lang);
                crate::i18n::set_current(lang);
                // A message in the language left behind would stay until the next one.
                self.status.clear();
            }
            Command::MergeBooths => self.merge_selection(),
            Command::SplitBooth => self.ask_split(),
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
            Command::ToggleHeatMap => self.settings.show_heat = !self.settings.show_heat,
            Command::ToggleZones => self.settings.show_zones = !self.settings.show_zones,
            Command::ToggleObstacles => {
                self.settings.show_obstacles = !self.settings.show_obstacles;
            }
            Command::ToggleLegend => self.settings.show_legend = !self.settings.show_legend,
            Command::ToggleDrawings => {
                self.settings.show_drawings = !self.settings.show_drawings;
            }
            Command::ColourByStatus => self.settings.colour_by = ColourBy::Status,
            Command::ColourByZone => self.settings.colour_by = ColourBy::Zone,
            Command::ColourBySector => self.settings.colour_by = ColourBy::Sector,
            Command::ToggleTheme => self.settings.dark = !self.settings.dark,
            Command::SelectTool => self.tool = Tool::Select,
            Command::BoothTool => self.tool = Tool::NewBooth,
            Command::BlockTool => self.tool = Tool::Block,
            Command::MeasureTool => self.tool = Tool::Measure,
            Command::ImportExhibitors => self.ask_import(),
            Command::Allocate => self.preview_allocation(),
            Command::ShowSettings => self.dialog = Some(Dialog::ShowSettings),
            Command::GoTo => {
                self.dialog = Some(Dialog::GoTo {
                    text: String::new(),
                });
            }
            Command::ExportMap => self.ask_export(files::ExportKind::Map),
            Command::ExportList => self.ask_export(files::ExportKind::List),
            Command::ExportDirectory => self.ask_export(files::ExportKind::Directory),
            Command::ExportPacks => self.ask_export(files::ExportKind::Packs),
            Command::Arrange(how) => self.arrange_selection(how),
            Command::Renumber => {
                let hall = self
                    .selection
                    .booths()
                    .iter()
                    .find_map(|id| self.doc.plan().booths.get(id))
                    .map(|b| b.hall);
                let row = hall.map_or(1, |h| crate::edit::renumber::next_row(self.doc.plan(), h));
                self.dialog = Some(Dialog::Renumber {
                    first_row: row.to_string(),
                });
            }
        }
    }

    /// Hidden zones and obstacles leave the selection: what cannot be seen is not moved or
    /// deleted by a key.
    pub(super) fn drop_hidden_from_selection(&mut self) {
        if self.settings.show_zones && self.settings.show_obstacles {
            return;
        }
        let hidden: Vec<canvas::Venue> = self
            .selection
            .venue()
            .iter()
            .copied()
            .filter(|v| match v {
                canvas::Venue::Zone(_) => !self.settings.show_zones,
                canvas::Venue::Obstacle(_) => !self.settings.show_obstacles,
                _ => false,
            })
            .collect();
        for v in hidden {
            self.selection.remove(Item::Venue(v));
        }
    }

    /// Aligns or spreads the selected booths and obstacles, one undo step.
    fn arrange_selection(&mut self, how: crate::edit::Arrange) {
        let booths: Vec<_> = self.selection.booths().iter().copied().collect();
        let obstacles: Vec<_> = self
            .selection
            .venue()
            .iter()
            .filter_map(|v| match v {
                canvas::Venue::Obstacle(id) => Some(*id),
                _ => None,
            })
            .collect();
        match crate::edit::arrange(self.doc.plan(), &booths, &obstacles, how) {
            Some(edit) => {
                self.apply_edit(edit);
                self.status = ta(
                    "actions-arranged",
                    &[
                        ("how", Arg::from(how_label(how))),
                        ("what", Arg::from(self.selection.describe(self.doc.plan()))),
                    ],
                );
            }
            None => self.status = t("actions-already-arranged"),
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
            self.status = ta(
                "actions-duplicated",
                &[("what", Arg::from(originals.describe(plan)))],
            );
            self.apply_edit(Edit::Batch(edits));
            self.selection = copies;
        }
    }

    /// Deletes everything selected (booths, companies, venue objects) as one undo step, and
    /// says in the status bar what went.
    fn delete_selection(&mut self) {
        let plan = self.doc.plan();
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
            let area = i18n::area(i18n::current(), area);
            said.push(match gone.as_slice() {
                [one] => ta(
                    "actions-deleted-booth",
                    &[("booth", Arg::from(&one.number)), ("area", Arg::from(area))],
                ),
                many => ta(
                    "actions-deleted-booths",
                    &[("count", Arg::from(many.len())), ("area", Arg::from(area))],
                ),
            });
        }
        said.extend(
            self.selection
                .exhibitors()
                .iter()
                .filter_map(|e| plan.exhibitors.get(e))
                .map(|x| ta("actions-deleted-company", &[("name", Arg::from(&x.name))])),
        );
        said.extend(
            self.selection
                .venue()
                .iter()
                .filter_map(|v| delete_venue(plan, *v).map(|(_, what)| what)),
        );
        if said.is_empty() {
            return;
        }
        // Companies first (freeing their booths, leaving competitor lists), then booths and
        // venue objects, each built from the plan as the ones before left it: no whole-record
        // edit brings back what an earlier one removed.
        // Booth and venue deletions are by id and never overlap: only companies need the
        // scratch copy.
        let mut scratch = if self.selection.exhibitors().is_empty() {
            std::borrow::Cow::Borrowed(plan)
        } else {
            std::borrow::Cow::Owned(plan.clone())
        };
        let mut edits = Vec::new();
        let mut step = |scratch: &mut std::borrow::Cow<'_, crate::model::Plan>, edit: Edit| {
            if let std::borrow::Cow::Owned(p) = scratch {
                crate::edit::apply(p, edit.clone());
            }
            edits.push(edit);
        };
        for e in self.selection.exhibitors() {
            if scratch.exhibitors.contains_key(e) {
                let edit = Edit::remove_exhibitor(&scratch, *e);
                step(&mut scratch, edit);
            }
        }
        step(
            &mut scratch,
            Edit::remove_booths(self.selection.booths().iter().copied()),
        );
        for v in self.selection.venue() {
            if let Some((edit, _)) = delete_venue(&scratch, *v) {
                step(&mut scratch, edit);
            }
        }
        self.status = ta("actions-deleted", &[("what", Arg::from(said.join(", ")))]);
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
        self.status = t(if undo {
            "actions-undone"
        } else {
            "actions-redone"
        });
        self.stepped = true;
        let remembered = if undo {
            depth
                .checked_sub(1)
                .and_then(|d| self.step_selection.get(d))
                .and_then(Option::as_ref)
                .map(|(before, _)| before)
        } else {
            self.step_selection
                .get(depth)
                .and_then(Option::as_ref)
                .map(|(_, after)| after)
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
        // Indexed by depth: steps whose selection was not kept hold `None`.
        self.step_selection.resize(start, None);
        self.step_selection
            .push(Some((before.clone(), self.selection.clone())));
    }
}

/// The edit that deletes a venue object, and what it was in words.
fn delete_venue(plan: &crate::model::Plan, v: canvas::Venue) -> Option<(Edit, String)> {
    use canvas::Venue;
    match v {
        Venue::Obstacle(id) => plan.obstacles.get(&id).map(|o| {
            (
                Edit::Obstacle(id, None),
                ta(obstacle_key(o.kind), &[("name", Arg::from(&o.label))]),
            )
        }),
        Venue::Exit(id) => plan
            .exits
            .get(&id)
            .map(|e| (Edit::Exit(id, None), e.label.clone())),
        Venue::Zone(id) => plan.zones.get(&id).map(|z| {
            (
                Edit::Zone(id, None),
                ta("actions-deleted-zone", &[("name", Arg::from(&z.name))]),
            )
        }),
        Venue::Hall(id) => plan.halls.get(&id).map(|h| {
            let named = plan.booths.values().filter(|b| b.hall == id).count();
            // Its venue drawings go with it: there is nothing left to draw them under.
            let mut edits = vec![Edit::Hall(id, None)];
            edits.extend(
                plan.drawings
                    .iter()
                    .filter(|(_, d)| d.hall == id)
                    .map(|(d, _)| Edit::Drawing(*d, None)),
            );
            (
                Edit::Batch(edits),
                ta(
                    "actions-deleted-hall",
                    &[("hall", Arg::from(&h.name)), ("count", Arg::from(named))],
                ),
            )
        }),
    }
}

/// The catalogue key that names a deleted obstacle of `kind` ("pillar P-3").
fn obstacle_key(kind: crate::model::ObstacleKind) -> &'static str {
    use crate::model::ObstacleKind;
    match kind {
        ObstacleKind::Pillar => "actions-deleted-pillar",
        ObstacleKind::FireEquipment => "actions-deleted-fire-equipment",
        ObstacleKind::ServiceCore => "actions-deleted-service-core",
        ObstacleKind::Stage => "actions-deleted-stage",
        ObstacleKind::ReservedAisle => "actions-deleted-reserved-aisle",
    }
}
