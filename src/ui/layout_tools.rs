//! Import, block generation and auto-allocation in the editor: each shows a preview and
//! applies as one undoable step.

use std::path::Path;

use egui::RichText;

use super::BoothApp;
use super::files::{AfterDialog, Dialog, PathPurpose};
use crate::i18n::{Arg, t, ta};
use crate::io::import::{Field, List};
use crate::layout::allocate::Allocation;
use crate::layout::generate::{Block, BlockSpec, DEFAULT_MAX_ROW_MM};
use crate::model::{HallId, Rect};

/// Rows shown in previews before "and N more".
const PREVIEW_ROWS: usize = 200;

impl BoothApp {
    /// Asks for a list file, then shows the import preview.
    pub(super) fn ask_import(&mut self) {
        match self.native_dialog(|| {
            rfd::FileDialog::new()
                .add_filter(t("layout-tools-filter-list"), &["csv", "xlsx"])
                .pick_file()
        }) {
            super::files::Picked::Path(path) => self.preview_import(&path),
            super::files::Picked::Cancelled => {}
            super::files::Picked::Unavailable => {
                self.dialog = Some(Dialog::Path {
                    purpose: PathPurpose::Import,
                    text: String::new(),
                });
            }
        }
    }

    /// Asks where to export, then writes the export.
    pub(super) fn ask_export(&mut self, kind: super::files::ExportKind) {
        use super::files::ExportKind;
        let (name, filters): (&str, &[&str]) = match kind {
            ExportKind::Map => ("map.pdf", &["pdf", "svg", "png", "html"]),
            ExportKind::List => ("allocation-list.pdf", &["pdf", "csv"]),
            ExportKind::Directory => ("exhibitor-directory.pdf", &["pdf", "csv"]),
            ExportKind::Packs => ("packs", &[]),
        };
        let picked = self.native_dialog(|| {
            if kind == ExportKind::Packs {
                rfd::FileDialog::new()
                    .set_title(t("layout-tools-packs-folder"))
                    .pick_folder()
            } else {
                rfd::FileDialog::new()
                    .add_filter(t("layout-tools-filter-export"), filters)
                    .set_file_name(name)
                    .save_file()
            }
        });
        match picked {
            super::files::Picked::Path(path) => self.export_to(kind, &path),
            super::files::Picked::Cancelled => {}
            super::files::Picked::Unavailable => {
                self.dialog = Some(Dialog::Path {
                    purpose: PathPurpose::Export(kind),
                    text: String::new(),
                });
            }
        }
    }

    /// Writes an export of the plan as it is now; a map highlights the selected booths (or the
    /// selected company's).
    pub fn export_to(&mut self, kind: super::files::ExportKind, path: &Path) {
        use super::files::ExportKind;
        if kind == ExportKind::Packs {
            if let Some(ctx) = self.ctx.clone() {
                self.start_packs(&ctx, path.to_owned());
            }
            return;
        }
        let settings = crate::export::ListSettings {
            printed: self.today.clone(),
            lang: self.export_language(),
            ..crate::export::ListSettings::default()
        };
        let result = match kind {
            ExportKind::Map => {
                // The selected booths, or the selected company's.
                let lookup = self.doc.lookup();
                let highlight: Vec<_> = self
                    .selection
                    .booths()
                    .iter()
                    .copied()
                    .chain(
                        self.selection
                            .exhibitors()
                            .iter()
                            .filter_map(|e| lookup.booths_of.get(e))
                            .flatten()
                            .copied(),
                    )
                    .collect();
                let options = crate::export::MapOptions {
                    hall: None,
                    highlight,
                    underlays: Vec::new(),
                    lang: self.export_language(),
                };
                crate::export::export_map(
                    self.doc.plan(),
                    &options,
                    path,
                    &crate::export::MapOutput::default(),
                )
            }
            ExportKind::List => crate::export::export_list(
                self.doc.plan(),
                crate::export::ListKind::Allocation,
                &settings,
                path,
            )
            .map(|_| None),
            ExportKind::Directory => crate::export::export_list(
                self.doc.plan(),
                crate::export::ListKind::Directory,
                &settings,
                path,
            )
            .map(|_| None),
            ExportKind::Packs => Ok(None), // Started above, on a worker thread.
        };
        match result {
            Ok(None) => {
                self.status = ta(
                    "layout-tools-exported",
                    &[("path", Arg::from(path.display().to_string()))],
                );
            }
            Ok(Some(note)) => {
                self.status = ta(
                    "layout-tools-exported-note",
                    &[
                        ("path", Arg::from(path.display().to_string())),
                        ("note", Arg::from(note)),
                    ],
                );
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: t("layout-tools-export-failed"),
                    message: e.text(crate::i18n::current()),
                });
            }
        }
    }

    /// Reads a list and shows what importing it would do.
    pub fn preview_import(&mut self, path: &Path) {
        match crate::io::import::read_list(path, None) {
            Ok(list) => {
                self.dialog = Some(Dialog::Import {
                    path: path.to_owned(),
                    list,
                });
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: t("layout-tools-read-failed"),
                    message: e.text(crate::i18n::current()),
                });
            }
        }
    }

    /// Proposes booths for every exhibitor without one and shows the proposal.
    pub fn preview_allocation(&mut self) {
        self.preview_allocation_with(false);
    }

    /// The proposal, merging neighbouring free booths for companies no single one fits when
    /// `merge`.
    fn preview_allocation_with(&mut self, merge: bool) {
        let options = crate::layout::AllocateOptions { merge };
        let allocation = crate::layout::allocate_with(self.doc.plan(), options);
        self.dialog = Some(Dialog::Allocate { allocation, merge });
    }

    /// Generates a block of booths for a rectangle drawn on the canvas and shows the preview.
    pub(super) fn preview_block(&mut self, hall: HallId, area: Rect) {
        let spec = BlockSpec {
            hall,
            area,
            booth_w_mm: 3000,
            booth_d_mm: 3000,
            max_row_mm: DEFAULT_MAX_ROW_MM,
        };
        let block = crate::layout::generate(self.doc.plan(), &spec)
            .map_err(|e| e.text(crate::i18n::current()));
        self.dialog = Some(Dialog::Generate { spec, block });
    }

    pub(super) fn import_dialog_ui(
        ui: &mut egui::Ui,
        path: &Path,
        list: &List,
        close: &mut bool,
        then: &mut Option<AfterDialog>,
    ) {
        ui.heading(t("layout-tools-import-heading"));
        ui.label(ta(
            "layout-tools-import-summary",
            &[
                ("path", Arg::from(path.display().to_string())),
                ("count", Arg::from(list.rows.len())),
                ("problems", Arg::from(list.problems.len())),
            ],
        ));
        if !list.unknown_columns.is_empty() {
            ui.label(ta(
                "layout-tools-unused-columns",
                &[("columns", Arg::from(list.unknown_columns.join(", ")))],
            ));
        }
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                egui::Grid::new("import-preview")
                    .striped(true)
                    .num_columns(5)
                    .show(ui, |ui| {
                        for h in [
                            "layout-tools-col-line",
                            "layout-tools-col-company",
                            "layout-tools-col-country",
                            "layout-tools-col-area",
                            "layout-tools-col-problem",
                        ] {
                            ui.strong(t(h));
                        }
                        ui.end_row();
                        for row in list.rows.iter().take(PREVIEW_ROWS) {
                            ui.label(row.line.to_string());
                            ui.label(row.values.get(&Field::Name).map_or("", String::as_str));
                            ui.label(row.values.get(&Field::Country).map_or("", String::as_str));
                            ui.label(
                                row.area_mm2
                                    .map_or(String::new(), |a| format!("{}", a as f64 / 1e6)),
                            );
                            ui.label("");
                            ui.end_row();
                        }
                        for p in list.problems.iter().take(PREVIEW_ROWS) {
                            ui.label(p.line.to_string());
                            ui.label("");
                            ui.label("");
                            ui.label("");
                            ui.label(
                                RichText::new(p.message_text(crate::i18n::current()))
                                    .color(super::theme::ERROR),
                            );
                            ui.end_row();
                        }
                    });
                let hidden = list.rows.len().saturating_sub(PREVIEW_ROWS)
                    + list.problems.len().saturating_sub(PREVIEW_ROWS);
                if hidden > 0 {
                    ui.weak(ta(
                        "layout-tools-more-rows",
                        &[("count", Arg::from(hidden))],
                    ));
                }
            });
        ui.horizontal(|ui| {
            let n = list.rows.len();
            if ui
                .add_enabled(
                    n > 0,
                    egui::Button::new(ta("layout-tools-import-rows", &[("count", Arg::from(n))])),
                )
                .clicked()
            {
                let rows = list.rows.clone();
                *close = true;
                *then = Some(Box::new(move |app: &mut BoothApp| {
                    let applied = crate::io::import::apply(app.plan(), &rows);
                    if let Some(edit) = applied.edit {
                        app.push_edit(edit);
                    }
                    app.status = ta(
                        "layout-tools-imported",
                        &[
                            ("count", Arg::from(applied.added)),
                            ("updated", Arg::from(applied.updated)),
                        ],
                    );
                }));
            }
            if ui.button(t("layout-tools-cancel")).clicked() {
                *close = true;
            }
        });
    }

    pub(super) fn allocate_dialog_ui(
        &self,
        ui: &mut egui::Ui,
        (allocation, merge): (&Allocation, bool),
        close: &mut bool,
        then: &mut Option<AfterDialog>,
    ) {
        // One size from the first frame: the Apply button never moves under the pointer.
        ui.set_min_width(500.0);
        ui.heading(t("layout-tools-allocate-heading"));
        ui.label(allocation.summary_text(crate::i18n::current()));
        ui.small(t("layout-tools-allocate-keep"));
        let mut merging = merge;
        ui.checkbox(&mut merging, t("layout-tools-allocate-merge"));
        if merging != merge {
            *then = Some(Box::new(move |app: &mut BoothApp| {
                app.preview_allocation_with(merging);
            }));
        }

        egui::ScrollArea::vertical()
            .max_height(360.0)
            .min_scrolled_height(360.0)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let plan = self.doc.plan();
                for m in &allocation.merged {
                    let numbers: Vec<String> =
                        m.booths.iter().map(|b| plan.booth_label(*b)).collect();
                    let name = plan
                        .exhibitors
                        .get(&m.exhibitor)
                        .map_or("", |e| e.name.as_str());
                    ui.label(ta(
                        "layout-tools-merge-for",
                        &[
                            ("booths", Arg::from(numbers.join(" + "))),
                            ("company", Arg::from(name)),
                        ],
                    ));
                }
                for a in allocation.assignments.iter().take(PREVIEW_ROWS) {
                    let name = self
                        .doc
                        .plan()
                        .exhibitors
                        .get(&a.exhibitor)
                        .map_or("", |e| e.name.as_str());
                    let booth = self
                        .doc
                        .plan()
                        .booths
                        .get(&a.booth)
                        .map_or("", |b| b.number.as_str());
                    ui.label(format!(
                        "{name} → {booth} ({})",
                        a.placement.text(crate::i18n::current())
                    ));
                }
                for u in &allocation.unplaced {
                    let name = self
                        .doc
                        .plan()
                        .exhibitors
                        .get(&u.exhibitor)
                        .map_or("", |e| e.name.as_str());
                    ui.label(
                        RichText::new(format!("{name}: {}", u.text(crate::i18n::current())))
                            .color(super::theme::WARNING),
                    );
                }
            });
        ui.horizontal(|ui| {
            let n = allocation.assignments.len();
            if ui
                .add_enabled(
                    n > 0,
                    egui::Button::new(ta(
                        "layout-tools-apply-assignments",
                        &[("count", Arg::from(n))],
                    )),
                )
                .clicked()
            {
                let edit = allocation.edit(self.doc.plan());
                *close = true;
                *then = Some(Box::new(move |app: &mut BoothApp| {
                    app.push_edit(edit);
                    app.status = ta("layout-tools-allocated", &[("count", Arg::from(n))]);
                }));
            }
            if ui.button(t("layout-tools-cancel")).clicked() {
                *close = true;
            }
        });
    }

    pub(super) fn generate_dialog_ui(
        &mut self,
        ui: &mut egui::Ui,
        spec: &BlockSpec,
        block: &Result<Block, String>,
        close: &mut bool,
        then: &mut Option<AfterDialog>,
    ) {
        ui.heading(t("layout-tools-generate-heading"));
        let mut changed = spec.clone();
        ui.horizontal(|ui| {
            for (label, value) in [
                ("layout-tools-booth-width", &mut changed.booth_w_mm),
                ("layout-tools-booth-depth", &mut changed.booth_d_mm),
                ("layout-tools-longest-row", &mut changed.max_row_mm),
            ] {
                let l = ui.label(t(label));
                let mut metres = *value as f64 / 1000.0;
                if ui
                    .add(
                        egui::DragValue::new(&mut metres)
                            .range(1.0..=200.0)
                            .speed(0.5),
                    )
                    .labelled_by(l.id)
                    .changed()
                {
                    *value = (metres * 1000.0).round() as i64;
                }
            }
        });
        match block {
            Ok(b) => {
                ui.label(ta(
                    "layout-tools-block-summary",
                    &[
                        ("count", Arg::from(b.booths.len())),
                        ("pruned", Arg::from(b.pruned)),
                    ],
                ));
            }
            Err(e) => {
                ui.colored_label(super::theme::ERROR, e);
            }
        }
        ui.horizontal(|ui| {
            if let Ok(b) = block
                && ui
                    .button(ta(
                        "layout-tools-add-booths",
                        &[("count", Arg::from(b.booths.len()))],
                    ))
                    .clicked()
            {
                let edit = b.edit();
                let ids: std::collections::BTreeSet<_> =
                    b.booths.iter().map(|(id, _)| *id).collect();
                *close = true;
                *then = Some(Box::new(move |app: &mut BoothApp| {
                    app.push_edit(edit);
                    app.selection = super::Selection::of_booths(ids);
                }));
            }
            if ui.button(t("layout-tools-cancel")).clicked() {
                *close = true;
            }
        });
        if changed != *spec {
            let block = crate::layout::generate(self.doc.plan(), &changed)
                .map_err(|e| e.text(crate::i18n::current()));
            self.dialog = Some(Dialog::Generate {
                spec: changed,
                block,
            });
        }
    }
}
