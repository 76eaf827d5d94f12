//! Working as a team in the editor: the plan's file changed on disk (Reload, Compare, Merge,
//! Save as…, never a silent overwrite), Compare with…, and Resolve conflicts.

use std::path::Path;

use super::files::{AfterDialog, Dialog, PathPurpose};
use super::{BoothApp, Item, Selection, Venue};
use crate::compare::merge::{Pick, resolve, what_in};
use crate::compare::{Diff, Key, Side, diff_sides, render};
use crate::i18n::{Arg, current, t, ta};
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
        ui.heading(t("team-changed-on-disk"));
        ui.label(ta(
            "team-changed-by-others",
            &[("name", Arg::from(self.document_name()))],
        ));
        if saving {
            ui.label(t("team-nothing-saved"));
        }
        ui.label(t(if self.doc.is_modified() {
            "team-merge-or-reload"
        } else {
            "team-no-unsaved-changes"
        }));
        ui.horizontal(|ui| {
            let mut choose = |label: &str, tip: &str, f: AfterDialog| {
                if ui.button(label).on_hover_text(tip).clicked() {
                    *close = true;
                    *then = Some(f);
                }
            };
            choose(
                &t("team-merge"),
                &t("team-merge-tip"),
                Box::new(BoothApp::merge_disk),
            );
            choose(
                &t("team-compare"),
                &t("team-compare-tip"),
                Box::new(|app: &mut BoothApp| match app.doc.read_disk() {
                    Ok((disk, _)) => {
                        let base = app.doc.base().clone();
                        app.show_changes(base, Some(disk), t("team-made-on-disk"));
                    }
                    Err(e) => app.problem(
                        &t("team-could-not-read-file"),
                        &e.text(crate::i18n::current()),
                    ),
                }),
            );
            choose(
                &t("team-reload"),
                &t("team-reload-tip"),
                Box::new(|app: &mut BoothApp| match app.doc.reload() {
                    Ok(()) => {
                        app.after_reload();
                        app.status = t("team-reloaded");
                    }
                    Err(e) => {
                        app.problem(&t("team-could-not-reload"), &e.text(crate::i18n::current()));
                    }
                }),
            );
            choose(
                &t("team-save-as"),
                &t("team-save-as-tip"),
                Box::new(BoothApp::save_as),
            );
            if ui.button(t("team-not-now")).clicked() {
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
                    0 => t("team-merged"),
                    n => ta("team-merged-with-conflicts", &[("count", Arg::from(n))]),
                };
                self.show_conflicts = merged.conflicts > 0;
            }
            Err(e) => self.problem(&t("team-could-not-merge"), &e.text(crate::i18n::current())),
        }
    }

    pub(super) fn compare_with_ui(
        &mut self,
        ui: &mut egui::Ui,
        close: &mut bool,
        then: &mut Option<AfterDialog>,
    ) {
        ui.heading(t("team-compare-with"));
        ui.label(t("team-compare-with-intro"));
        // Beside the file a link points to, where saves keep it.
        let backup = self.doc.path().map(|p| {
            crate::io::backup_path(
                &crate::io::atomic::resolve_target(p).unwrap_or_else(|_| p.to_owned()),
            )
        });
        ui.horizontal(|ui| {
            if ui.button(t("team-a-file")).clicked() {
                *close = true;
                *then = Some(Box::new(BoothApp::ask_compare_file));
            }
            if ui
                .button(t("team-last-saved"))
                .on_hover_text(t("team-last-saved-tip"))
                .clicked()
            {
                *close = true;
                *then = Some(Box::new(|app: &mut BoothApp| {
                    let base = app.doc.base().clone();
                    app.compare_with(base, &t("team-the-last-saved-version"));
                }));
            }
            let has_backup = backup.as_deref().is_some_and(Path::is_file);
            let tip = backup.as_ref().map_or_else(
                || t("team-no-file-yet"),
                |b| {
                    ta(
                        "team-backup-tip",
                        &[("path", Arg::from(b.display().to_string()))],
                    )
                },
            );
            if ui
                .add_enabled(has_backup, egui::Button::new(t("team-backup")))
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
            if ui.button(t("team-cancel")).clicked() {
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
            Err(e) => self.problem(
                &t("team-could-not-read-plan"),
                &e.text(crate::i18n::current()),
            ),
        }
    }

    /// Shows the changes from `other` to the plan being edited.
    pub fn compare_with(&mut self, other: Plan, with: &str) {
        self.show_changes(other, None, ta("team-since", &[("with", Arg::from(with))]));
    }

    /// Shows the changes from `other` to `against` (the plan being edited when `None`).
    fn show_changes(&mut self, other: Plan, against: Option<Plan>, with: String) {
        let older = Side::new(&other);
        let diff = match &against {
            Some(plan) => diff_sides(&older, &Side::new(plan)),
            None => diff_sides(&older, &self.current_side()),
        };
        let other_parts = older.into_parts();
        self.status = ta("team-showing-changes", &[("with", Arg::from(&with))]);
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
        let lang = current();
        let mut open = true;
        let mut select: Option<Item> = None;
        egui::Window::new(t("team-changes"))
            .id(egui::Id::unique("boothplan-changes"))
            .open(&mut open)
            .default_width(420.0)
            .default_pos(egui::pos2(320.0, 80.0))
            .show(ctx, |ui| {
                ui.label(format!(
                    "{}: {}",
                    crate::text::capitalised(&c.with),
                    render::summary_in(&c.diff, lang)
                ));
                ui.label(t("team-dashed-outlines"));
                ui.separator();
                egui::ScrollArea::vertical()
                    .max_height(420.0)
                    .show(ui, |ui| {
                        for (hall, changes) in render::by_hall(&c.diff) {
                            let newer = c.against.as_ref().unwrap_or(self.doc.plan());
                            ui.strong(render::hall_heading_in(hall, &c.other, newer, lang));
                            for change in changes {
                                let target = Key::parse(&change.id).and_then(item_of);
                                let text = render::line_in(change, lang);
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
        let lang = current();
        // A finding a conflict quotes is told again in the language when the plan has it.
        let findings = &self.doc.report().findings;
        let mut open = true;
        let mut picked: Option<(usize, Pick)> = None;
        let mut select: Option<Item> = None;
        egui::Window::new(ta(
            "team-resolve-conflicts",
            &[("count", Arg::from(conflicts.len()))],
        ))
        .id(egui::Id::unique("boothplan-conflicts"))
        .open(&mut open)
        .default_width(460.0)
        .default_pos(egui::pos2(340.0, 120.0))
        .show(ctx, |ui| {
            ui.label(t("team-conflicts-intro"));
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(420.0)
                .show(ui, |ui| {
                    for (i, c) in conflicts.iter().enumerate() {
                        let target = Key::parse(&c.object).and_then(item_of);
                        let what = crate::text::printable(&what_in(c, lang, findings));
                        if target.is_some() {
                            if ui.link(what).clicked() {
                                select = target;
                            }
                        } else {
                            ui.label(what);
                        }
                        for line in render::conflict_lines_in(c, lang) {
                            ui.label(line);
                        }
                        ui.horizontal(|ui| {
                            if c.fields.is_empty() {
                                if ui.button(t("team-dismiss")).clicked() {
                                    picked = Some((i, Pick::Ours));
                                }
                            } else {
                                if ui.button(t("team-keep-ours")).clicked() {
                                    picked = Some((i, Pick::Ours));
                                }
                                if ui.button(t("team-take-theirs")).clicked() {
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
                    self.status = ta(
                        if pick == Pick::Theirs {
                            "team-took-theirs"
                        } else {
                            "team-kept-ours"
                        },
                        &[("count", Arg::from(left))],
                    );
                }
                Err(e) => self.problem(&t("team-could-not-resolve"), &e.text(current())),
            }
        }
        if !open {
            self.show_conflicts = false;
        }
    }
}
