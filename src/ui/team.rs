//! Working as a team in the editor: the plan's file changed on disk (Reload, Compare, Merge,
//! Save as…, never a silent overwrite), Compare with…, and Resolve conflicts.

use std::path::Path;

use super::files::{AfterDialog, Dialog, PathPurpose};
use super::{BoothApp, Item, Selection, Venue};
use crate::compare::merge::{Pick, resolve};
use crate::compare::{Diff, Key, Side, diff_sides, render};
use crate::model::Plan;

/// What Compare with… shows: the changes from another version to the plan as it is.
pub struct Comparison {
    /// What the plan is compared with, for people ("the last saved version", a file name).
    pub with: String,
    /// The other version (the older side).
    pub other: Plan,
    /// Its derived values and report, made once: the plan never changes.
    other_parts: (crate::model::Derived, crate::validate::Report),
    /// The newer side when it is not the plan being edited (what changed on disk since the
    /// plan was opened); `None`: the plan as it is, followed as it changes.
    pub against: Option<Plan>,
    /// The changes from it to the newer side, as of `generation`.
    pub diff: Diff,
    /// The document generation the changes were computed for.
    generation: u64,
}

/// The selection that shows an object of the plan (booths, companies, venue objects).
fn item_of(key: Key) -> Option<Item> {
    Some(match key {
        Key::Booth(id) => Item::Booth(id),
        Key::Exhibitor(id) => Item::Exhibitor(id),
        Key::Hall(id) => Item::Venue(Venue::Hall(id)),
        Key::Obstacle(id) => Item::Venue(Venue::Obstacle(id)),
        Key::Exit(id) => Item::Venue(Venue::Exit(id)),
        Key::Zone(id) => Item::Venue(Venue::Zone(id)),
        Key::Meta | Key::Rules | Key::Pricing | Key::Drawing(_) => return None,
    })
}

impl BoothApp {
    /// When the window comes back into focus, looks whether the plan's file changed on disk
    /// and, once per new content, asks what to do.
    pub(super) fn check_disk_on_focus(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        });
        if focused && self.dialog.is_none() {
            self.check_disk();
        }
    }

    /// Looks whether the plan's file changed on disk; asks once per new content.
    pub fn check_disk(&mut self) {
        let Some(now) = self.doc.disk_change() else {
            return;
        };
        let hash = now.map(|s| s.sha256).unwrap_or_default();
        if self.disk_announced.as_ref() != Some(&hash) {
            self.disk_announced = Some(hash);
            self.dialog = Some(Dialog::ChangedOnDisk { saving: false });
        }
    }

    pub(super) fn changed_on_disk_ui(
        &mut self,
        ui: &mut egui::Ui,
        saving: bool,
        close: &mut bool,
        then: &mut Option<AfterDialog>,
    ) {
        ui.heading("The file changed on disk");
        ui.label(format!(
            "{} was changed by another program or person since you opened or last saved it.",
            self.document_name()
        ));
        if saving {
            ui.label("Nothing was saved: saving would have overwritten their changes.");
        }
        ui.label(if self.doc.is_modified() {
            "Merge takes their changes into yours (where both changed the same thing, yours is kept and theirs listed to resolve); Reload drops your unsaved changes."
        } else {
            "You have no unsaved changes: Reload shows the file as it is now."
        });
        ui.horizontal(|ui| {
            let mut choose = |label: &str, tip: &str, f: AfterDialog| {
                if ui.button(label).on_hover_text(tip).clicked() {
                    *close = true;
                    *then = Some(f);
                }
            };
            choose(
                "Merge",
                "Their changes and yours together, as one undo step",
                Box::new(BoothApp::merge_disk),
            );
            choose(
                "Compare",
                "What was changed on disk since you opened or last saved the file",
                Box::new(|app: &mut BoothApp| match app.doc.read_disk() {
                    Ok((disk, _)) => {
                        let base = app.doc.base().clone();
                        app.show_changes(
                            base,
                            Some(disk),
                            "made on disk since you opened or saved it".to_owned(),
                        );
                    }
                    Err(e) => app.problem("Could not read the file", &e.to_string()),
                }),
            );
            choose(
                "Reload",
                "The file as it is now; unsaved changes are dropped",
                Box::new(|app: &mut BoothApp| match app.doc.reload() {
                    Ok(()) => {
                        app.after_reload();
                        app.status = "Reloaded the file from disk".to_owned();
                    }
                    Err(e) => app.problem("Could not reload", &e.to_string()),
                }),
            );
            choose(
                "Save as…",
                "Keep both: your plan goes to another file",
                Box::new(BoothApp::save_as),
            );
            if ui.button("Not now").clicked() {
                *close = true;
            }
        });
    }

    fn problem(&mut self, title: &str, message: &str) {
        self.dialog = Some(Dialog::Error {
            title: title.to_owned(),
            message: message.to_owned(),
        });
    }

    /// After the document was replaced by its file.
    fn after_reload(&mut self) {
        self.document_replaced();
        self.disk_announced = None;
    }

    /// Merges the file's newer content into the plan, as one undo step.
    pub fn merge_disk(&mut self) {
        match self.doc.merge_disk() {
            Ok(merged) => {
                self.disk_announced = None;
                self.status = match merged.conflicts {
                    0 => "Merged the changes on disk; save to keep the result".to_owned(),
                    n => format!("Merged the changes on disk with {n} conflict(s) to resolve"),
                };
                self.show_conflicts = merged.conflicts > 0;
            }
            Err(e) => self.problem("Could not merge", &e.to_string()),
        }
    }

    pub(super) fn compare_with_ui(
        &mut self,
        ui: &mut egui::Ui,
        close: &mut bool,
        then: &mut Option<AfterDialog>,
    ) {
        ui.heading("Compare with");
        ui.label("Show what changed from another version to the plan as it is now.");
        // Beside the file a link points to, where saves keep it.
        let backup = self.doc.path().map(|p| {
            crate::io::backup_path(
                &crate::io::atomic::resolve_target(p).unwrap_or_else(|_| p.to_owned()),
            )
        });
        ui.horizontal(|ui| {
            if ui.button("A file…").clicked() {
                *close = true;
                *then = Some(Box::new(BoothApp::ask_compare_file));
            }
            if ui
                .button("The last saved version")
                .on_hover_text("The plan as it was last opened or saved")
                .clicked()
            {
                *close = true;
                *then = Some(Box::new(|app: &mut BoothApp| {
                    let base = app.doc.base().clone();
                    app.compare_with(base, "the last saved version");
                }));
            }
            let has_backup = backup.as_deref().is_some_and(Path::is_file);
            let tip = backup.as_ref().map_or_else(
                || "The plan has no file yet".to_owned(),
                |b| format!("{} (the version before the last save)", b.display()),
            );
            if ui
                .add_enabled(has_backup, egui::Button::new("The backup (.bak)"))
                .on_hover_text(tip.clone())
                .on_disabled_hover_text(tip)
                .clicked()
                && let Some(b) = backup.clone()
            {
                *close = true;
                *then = Some(Box::new(move |app: &mut BoothApp| {
                    app.compare_with_file(&b);
                }));
            }
            if ui.button("Cancel").clicked() {
                *close = true;
            }
        });
    }

    fn ask_compare_file(&mut self) {
        if let Some(path) = self.pick_plan(PathPurpose::Compare) {
            self.compare_with_file(&path);
        }
    }

    /// Shows the changes from the plan in `path` to the plan being edited.
    pub fn compare_with_file(&mut self, path: &Path) {
        match crate::io::load(path) {
            Ok(other) => self.compare_with(other, &path.display().to_string()),
            Err(e) => self.problem("Could not read the plan to compare with", &e.to_string()),
        }
    }

    /// Shows the changes from `other` to the plan being edited.
    pub fn compare_with(&mut self, other: Plan, with: &str) {
        self.show_changes(other, None, format!("since {with}"));
    }

    /// Shows the changes from `other` to `against` (the plan being edited when `None`).
    fn show_changes(&mut self, other: Plan, against: Option<Plan>, with: String) {
        let older = Side::new(&other);
        let diff = match &against {
            Some(plan) => diff_sides(&older, &Side::new(plan)),
            None => diff_sides(&older, &self.current_side()),
        };
        let other_parts = older.into_parts();
        self.status = format!("Showing the changes {with}");
        self.comparison = Some(Comparison {
            with,
            other,
            other_parts,
            against,
            diff,
            // A report not yet brought up to date is compared again next frame.
            generation: if self.doc.is_current() {
                self.doc.generation()
            } else {
                u64::MAX
            },
        });
    }

    /// The plan being edited, with the derived values and report the document keeps.
    fn current_side(&self) -> Side<'_> {
        Side::with(self.doc.plan(), self.doc.derived(), self.doc.report())
    }

    /// The Changes and Resolve conflicts windows.
    pub(super) fn team_ui(&mut self, ctx: &egui::Context) {
        self.changes_ui(ctx);
        self.conflicts_ui(ctx);
    }

    fn changes_ui(&mut self, ctx: &egui::Context) {
        // The plan changed: the list follows it, between gestures.
        let generation = self.doc.generation();
        // Only the plan being edited is derived and validated again, and the document has
        // done that already.
        if let Some(c) = self.comparison.as_ref()
            && c.against.is_none()
            && c.generation != generation
            && self.canvas.drag.is_none()
            && self.doc.is_current()
        {
            let older = Side::with(&c.other, &c.other_parts.0, &c.other_parts.1);
            let fresh = diff_sides(&older, &self.current_side());
            if let Some(c) = self.comparison.as_mut() {
                c.diff = fresh;
                c.generation = generation;
            }
        }
        let Some(c) = self.comparison.as_ref() else {
            return;
        };
        let mut open = true;
        let mut select: Option<Item> = None;
        egui::Window::new("Changes")
            .id(egui::Id::unique("boothplan-changes"))
            .open(&mut open)
            .default_width(420.0)
            .default_pos(egui::pos2(320.0, 80.0))
            .show(ctx, |ui| {
                ui.label(format!(
                    "{}: {}",
                    crate::text::capitalised(&c.with),
                    render::summary(&c.diff)
                ));
                ui.label("Dashed outlines on the floor show where booths were.");
                ui.separator();
                egui::ScrollArea::vertical()
                    .max_height(420.0)
                    .show(ui, |ui| {
                        for (hall, changes) in render::by_hall(&c.diff) {
                            let newer = c.against.as_ref().unwrap_or(self.doc.plan());
                            ui.strong(render::hall_heading(hall, &c.other, newer));
                            for change in changes {
                                let target = Key::parse(&change.id).and_then(item_of);
                                let text = render::line(change);
                                if target.is_none() {
                                    ui.label(text);
                                } else if ui.link(text).clicked() {
                                    select = target;
                                }
                            }
                        }
                    });
            });
        if let Some(item) = select {
            self.selection = Selection::one(item);
            self.run(super::Command::ZoomToSelection);
        }
        if !open {
            self.comparison = None;
        }
    }

    fn conflicts_ui(&mut self, ctx: &egui::Context) {
        let conflicts = &self.doc.plan().conflicts;
        if conflicts.is_empty() || !self.show_conflicts {
            return;
        }
        let mut open = true;
        let mut picked: Option<(usize, Pick)> = None;
        let mut select: Option<Item> = None;
        egui::Window::new(format!("Resolve conflicts ({})", conflicts.len()))
            .id(egui::Id::unique("boothplan-conflicts"))
            .open(&mut open)
            .default_width(460.0)
            .default_pos(egui::pos2(340.0, 120.0))
            .show(ctx, |ui| {
                ui.label(
                    "A merge kept ours for each of these and recorded theirs. Pick a side for each (one undo step each); the list is saved with the plan until then.",
                );
                ui.separator();
                egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
                    for (i, c) in conflicts.iter().enumerate() {
                        let target = Key::parse(&c.object).and_then(item_of);
                        if target.is_some() {
                            if ui.link(crate::text::printable(&c.what)).clicked() {
                                select = target;
                            }
                        } else {
                            ui.label(crate::text::printable(&c.what));
                        }
                        for line in render::conflict_lines(c) {
                            ui.label(line);
                        }
                        ui.horizontal(|ui| {
                            if c.fields.is_empty() {
                                if ui.button("Dismiss").clicked() {
                                    picked = Some((i, Pick::Ours));
                                }
                            } else {
                                if ui.button("Keep ours").clicked() {
                                    picked = Some((i, Pick::Ours));
                                }
                                if ui.button("Take theirs").clicked() {
                                    picked = Some((i, Pick::Theirs));
                                }
                            }
                        });
                        ui.separator();
                    }
                });
            });
        if let Some(item) = select {
            self.selection = Selection::one(item);
            self.run(super::Command::ZoomToSelection);
        }
        if let Some((i, pick)) = picked {
            match resolve(self.doc.plan(), i, pick) {
                Ok(edit) => {
                    self.push_edit(edit);
                    let left = self.doc.plan().conflicts.len().saturating_sub(1);
                    self.status = format!(
                        "{} — {left} conflict(s) left",
                        if pick == Pick::Theirs {
                            "Took theirs"
                        } else {
                            "Kept ours"
                        }
                    );
                }
                Err(e) => self.problem("Could not resolve the conflict", &e),
            }
        }
        if !open {
            self.show_conflicts = false;
        }
    }
}
