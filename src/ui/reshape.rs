//! Merge booths and Split booth in the editor: one undo step each, from a command, the
//! inspector or the canvas's context menu.

use super::files::{AfterDialog, Dialog};
use super::{BoothApp, Selection};
use crate::edit::reshape::{Along, checked, merge_booths, parts_of, split_booth};
use crate::i18n::{self, Arg, t, ta};
use crate::model::Rect;

/// A booth's size in the editor's language: "3 m × 2.5 m".
fn size_text(r: &Rect) -> String {
    let lang = i18n::current();
    format!(
        "{} × {}",
        i18n::length(lang, r.w_mm),
        i18n::length(lang, r.d_mm)
    )
}

impl BoothApp {
    /// Merges the selected booths into the one at the top left (its number is kept).
    pub(super) fn merge_selection(&mut self) {
        let plan = self.doc.plan();
        let mut ids: Vec<_> = self
            .selection
            .booths()
            .iter()
            .filter_map(|id| {
                plan.booths
                    .get(id)
                    .map(|b| ((b.rect.y_mm, b.rect.x_mm), *id))
            })
            .collect();
        ids.sort();
        let ids: Vec<_> = ids.into_iter().map(|(_, id)| id).collect();
        match merge_booths(plan, &ids)
            .and_then(|edit| checked(plan, self.doc.is_current().then(|| self.doc.report()), edit))
        {
            Ok(edit) => {
                let first = ids[0];
                self.apply_edit(edit);
                self.selection = Selection::of_booths([first]);
                self.status = ta(
                    "reshape-merged",
                    &[
                        ("count", Arg::from(ids.len())),
                        ("booth", Arg::from(self.doc.plan().booth_label(first))),
                    ],
                );
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: t("reshape-merge-failed"),
                    message: crate::text::capitalised(&e.text(i18n::current())),
                });
            }
        }
    }

    /// Opens Split booth for the one selected booth.
    pub(super) fn ask_split(&mut self) {
        if let [id] = self.selection.booths().iter().copied().collect::<Vec<_>>()[..] {
            self.dialog = Some(Dialog::Split {
                booth: id,
                parts: 2,
                along: Along::Width,
            });
        }
    }

    pub(super) fn split_ui(
        &mut self,
        ui: &mut egui::Ui,
        (booth, parts, along): (crate::model::BoothId, u32, Along),
        close: &mut bool,
        then: &mut Option<AfterDialog>,
    ) {
        let plan = self.doc.plan();
        let Some(b) = plan.booths.get(&booth) else {
            *close = true;
            return;
        };
        ui.heading(ta(
            "reshape-split-heading",
            &[("booth", Arg::from(b.label(booth)))],
        ));
        let (mut n, mut way) = (parts, along);
        ui.horizontal(|ui| {
            let label = ui.label(t("reshape-parts")).id;
            ui.add(egui::DragValue::new(&mut n).range(2..=26))
                .labelled_by(label);
        });
        ui.radio_value(&mut way, Along::Width, t("reshape-side-by-side"));
        ui.radio_value(&mut way, Along::Depth, t("reshape-one-behind"));
        if (n, way) != (parts, along) {
            self.dialog = Some(Dialog::Split {
                booth,
                parts: n,
                along: way,
            });
        }
        let result = split_booth(plan, booth, n, way);
        match &result {
            Ok(_) => {
                let sizes: Vec<String> = parts_of(&b.rect, n, way).iter().map(size_text).collect();
                let first = sizes.first().cloned().unwrap_or_default();
                let text = if sizes.iter().all(|s| *s == first) {
                    ta(
                        "reshape-split-equal",
                        &[
                            ("count", Arg::from(n)),
                            ("size", Arg::from(first)),
                            ("number", Arg::from(b.number.trim())),
                        ],
                    )
                } else {
                    ta(
                        "reshape-split-sizes",
                        &[
                            ("count", Arg::from(n)),
                            ("sizes", Arg::from(sizes.join(", "))),
                        ],
                    )
                };
                ui.label(text);
            }
            Err(e) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    crate::text::capitalised(&e.text(i18n::current())),
                );
            }
        }
        let enter = super::files::confirmed(ui);
        ui.horizontal(|ui| {
            if (ui
                .add_enabled(result.is_ok(), egui::Button::new(t("reshape-split")))
                .clicked()
                || (enter && result.is_ok()))
                && let Ok(edit) = result
            {
                *close = true;
                // Checked against the validator once, when asked, not every frame.
                *then = Some(Box::new(move |app: &mut BoothApp| {
                    match checked(
                        app.doc.plan(),
                        app.doc.is_current().then(|| app.doc.report()),
                        edit,
                    ) {
                        Ok(edit) => {
                            app.apply_edit(edit);
                            app.status = ta("reshape-split-done", &[("count", Arg::from(n))]);
                        }
                        Err(e) => {
                            app.dialog = Some(Dialog::Error {
                                title: t("reshape-split-failed"),
                                message: crate::text::capitalised(&e.text(i18n::current())),
                            });
                        }
                    }
                }));
            }
            if ui.button(t("reshape-cancel")).clicked() {
                *close = true;
            }
        });
    }
}
