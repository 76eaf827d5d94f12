//! Venue drawings in the editor: adding one under a hall (a file dialog, read on a worker),
//! the distance dialog of a calibration, and a hall's drawing in the inspector (opacity,
//! lock, hide, calibrate, remove, a changed file accepted).

use super::context::{Action, Actions, ViewContext};
use super::files::{AfterDialog, Dialog, PathPurpose};
use super::{BoothApp, DrawingStatus, Tool};
use crate::edit::Edit;
use crate::i18n::{Arg, t, ta};
use crate::model::{Drawing, DrawingId, HallId};

impl BoothApp {
    /// Asks for a drawing file (PNG, JPEG or PDF) with the system's dialog, or with the
    /// in-app path field for `purpose` where there is none.
    fn pick_drawing_file(&mut self, purpose: PathPurpose) -> Option<std::path::PathBuf> {
        self.pick_file(
            purpose,
            &t("drawings-filter"),
            &["png", "jpg", "jpeg", "pdf"],
        )
    }

    /// Asks for a drawing file to put under `hall`.
    pub(super) fn ask_drawing(&mut self, hall: HallId) {
        if let Some(path) = self.pick_drawing_file(PathPurpose::Drawing(hall)) {
            self.add_drawing(hall, &path);
        }
    }

    /// Asks where a drawing's file is now.
    pub(super) fn ask_relink(&mut self, id: DrawingId) {
        if let Some(path) = self.pick_drawing_file(PathPurpose::Relink(id)) {
            self.relink_drawing(id, &path);
        }
    }

    /// Names another file for a drawing, keeping its calibration and its hash: the same
    /// file moved is drawn as before, another version of it is said to have changed. One
    /// undo step.
    pub fn relink_drawing(&mut self, id: DrawingId, path: &std::path::Path) {
        let file = crate::io::drawing::file_name(self.doc.path(), path);
        if let Some(d) = self.doc.plan().drawings.get(&id) {
            let moved = Drawing { file, ..d.clone() };
            self.doc.apply(Edit::Drawing(id, Some(moved)));
            self.status = ta(
                "drawings-relinked",
                &[("path", Arg::from(path.display().to_string()))],
            );
        }
    }

    /// Starts reading a drawing file for `hall`; it joins the plan when read.
    pub fn add_drawing(&mut self, hall: HallId, path: &std::path::Path) {
        // A path typed in the in-app field is from the current folder.
        let path = crate::io::drawing::absolute(path);
        if self.canvas.underlays.start_adding(hall, path) {
            self.status = t("drawings-reading-status");
        } else {
            self.status = t("drawings-busy");
        }
    }

    /// The distance dialog of a calibration: the real distance between the two points.
    pub(super) fn calibrate_ui(
        &mut self,
        ui: &mut egui::Ui,
        (id, a, b): (DrawingId, (i64, i64), (i64, i64)),
        text: &str,
        close: &mut bool,
        then: &mut Option<AfterDialog>,
    ) {
        ui.heading(t("drawings-calibrate-heading"));
        ui.label(t("drawings-calibrate-question"));
        let mut typed = text.to_owned();
        super::files::dialog_field(ui, &t("drawings-distance"), &mut typed, 100.0);
        if typed != text {
            self.dialog = Some(Dialog::Calibrate {
                drawing: id,
                a,
                b,
                text: typed.clone(),
            });
        }
        let px = |p: (i64, i64)| (p.0 as f64 / 100.0, p.1 as f64 / 100.0);
        let result = super::panels::parse_metres(&typed, 1)
            .ok_or_else(|| t("drawings-distance-hint"))
            .and_then(|mm| {
                self.doc
                    .plan()
                    .drawings
                    .get(&id)
                    .ok_or_else(|| t("drawings-gone"))?
                    .calibrated(px(a), px(b), mm)
                    .map_err(|e| crate::text::capitalised(&e.to_string()))
            });
        match &result {
            Ok(d) => {
                ui.label(ta(
                    "drawings-pixel-size",
                    &[("size", Arg::from(per_pixel(d)))],
                ));
            }
            Err(why) if !typed.trim().is_empty() => {
                ui.colored_label(ui.visuals().error_fg_color, why);
            }
            Err(_) => {}
        }
        let enter = super::files::confirmed(ui);
        ui.horizontal(|ui| {
            let ok = ui.add_enabled(
                result.is_ok(),
                egui::Button::new(t("drawings-calibrate-button")),
            );
            if let Ok(d) = result
                && (ok.clicked() || enter)
            {
                *close = true;
                *then = Some(Box::new(move |app: &mut BoothApp| {
                    app.doc.apply(Edit::Drawing(id, Some(d)));
                    app.status = t("drawings-calibrated");
                }));
            }
            if ui.button(t("drawings-cancel")).clicked() {
                *close = true;
            }
        });
    }
}

/// One pixel's length on the floor, in words ("12.5 mm").
fn per_pixel(d: &Drawing) -> String {
    format!(
        "{} mm",
        crate::model::geom::plain_number(d.um_per_px as f64 / 1000.0)
    )
}

/// A hall's venue drawings in the inspector, and a button to add one.
pub fn hall_drawing_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions, hall: HallId) {
    ui.separator();
    ui.strong(t("drawings-heading"));
    for (id, d) in cx.plan().drawings.iter().filter(|(_, d)| d.hall == hall) {
        ui.push_id(id.0, |ui| drawing_ui(ui, cx, out, *id, d));
    }
    if ui.button(t("drawings-add")).clicked() {
        out.push(Action::AddDrawing(hall));
    }
}

/// How a drawing's file stands: reading, not readable, its size, changed.
fn status_ui(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    out: &mut Actions,
    id: DrawingId,
    d: &Drawing,
) {
    match cx.drawings.get(&id) {
        Some(DrawingStatus::Loading(f)) => {
            ui.add(egui::ProgressBar::new(*f).text(t("drawings-reading")));
        }
        Some(DrawingStatus::Failed(why)) => {
            let why = crate::text::printable(why);
            ui.colored_label(ui.visuals().error_fg_color, why);
            if ui
                .button(t("drawings-find-file"))
                .on_hover_text(t("drawings-find-file-tip"))
                .clicked()
            {
                out.push(Action::RelinkDrawing(id));
            }
        }
        Some(DrawingStatus::Ready { size_px, changed }) => {
            ui.label(ta(
                "drawings-size",
                &[
                    ("width", Arg::from(size_px.0.to_string())),
                    ("height", Arg::from(size_px.1.to_string())),
                    ("pixel", Arg::from(per_pixel(d))),
                ],
            ));
            if *changed {
                ui.colored_label(super::theme::WARNING, t("drawings-changed"));
                if ui.button(t("drawings-keep-changed")).clicked() {
                    out.push(Action::AcceptDrawing(id));
                }
            }
        }
        None => {}
    }
}

/// A number edited by a widget that may be dragged: shown as held while dragged (from the
/// plan's `value` otherwise), and given back once, when let go or typed: one undo step,
/// never an edit the user did not make (a value out of the widget's range is not "changed").
fn held_value<T: Copy + Send + Sync + 'static>(
    ui: &mut egui::Ui,
    key: (&'static str, u32),
    value: T,
    widget: impl FnOnce(&mut egui::Ui, &mut T) -> egui::Response,
) -> Option<T> {
    let id = egui::Id::unique(("held", key));
    let mut shown = ui.data(|m| m.get_temp::<T>(id)).unwrap_or(value);
    let r = widget(ui, &mut shown);
    if r.dragged() {
        ui.data_mut(|m| m.insert_temp(id, shown));
        return None;
    }
    let held = ui.data_mut(|m| {
        let held = m.get_temp::<T>(id);
        m.remove::<T>(id);
        held
    });
    (r.drag_stopped() || r.changed() || held.is_some()).then_some(shown)
}

/// One drawing: its file and state, page, opacity, lock, hide, calibrate, remove.
fn drawing_ui(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    out: &mut Actions,
    id: DrawingId,
    d: &Drawing,
) {
    ui.label(crate::text::printable(&d.file));
    status_ui(ui, cx, out, id, d);
    let put = |out: &mut Actions, changed: Drawing| out.edit(Edit::Drawing(id, Some(changed)));
    if std::path::Path::new(&d.file)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
    {
        let page = held_value(ui, ("page", id.0), d.page, |ui, v| {
            ui.horizontal(|ui| {
                ui.label(t("drawings-page"));
                ui.add(egui::DragValue::new(v).range(1..=9999))
            })
            .inner
        });
        if let Some(page) = page.filter(|p| *p != d.page) {
            put(out, Drawing { page, ..d.clone() });
        }
    }
    let opacity = held_value(ui, ("opacity", id.0), d.opacity_pct, |ui, v| {
        ui.add(egui::Slider::new(v, 0..=100).text(t("drawings-opacity")))
    });
    if let Some(opacity_pct) = opacity.filter(|o| *o != d.opacity_pct) {
        put(
            out,
            Drawing {
                opacity_pct,
                ..d.clone()
            },
        );
    }
    ui.horizontal(|ui| {
        let (mut locked, mut hidden) = (d.locked, d.hidden);
        if ui.checkbox(&mut locked, t("drawings-locked")).changed() {
            put(
                out,
                Drawing {
                    locked,
                    ..d.clone()
                },
            );
        }
        if ui.checkbox(&mut hidden, t("drawings-hidden")).changed() {
            put(
                out,
                Drawing {
                    hidden,
                    ..d.clone()
                },
            );
        }
    });
    ui.horizontal(|ui| {
        if ui
            .add_enabled(!d.locked, egui::Button::new(t("drawings-calibrate")))
            .on_hover_text(t("drawings-calibrate-tip"))
            .clicked()
        {
            out.tool(Tool::Calibrate);
            out.status(t("drawings-calibrate-status"));
        }
        if ui.button(t("drawings-remove")).clicked() {
            out.edit(Edit::Drawing(id, None));
        }
    });
}
