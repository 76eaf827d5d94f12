//! Merge booths and Split booth in the editor: one undo step each, from a command, the
//! inspector or the canvas's context menu.

use super::files::{AfterDialog, Dialog};
use super::{BoothApp, Selection};
use crate::edit::reshape::{Along, checked, merge_booths, parts_of, split_booth};
use crate::model::derive::fmt_size;

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
                self.status = format!(
                    "Merged {} booths into {}",
                    ids.len(),
                    self.doc.plan().booth_label(first)
                );
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: "Cannot merge these booths".to_owned(),
                    message: crate::text::capitalised(&e.to_string()),
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
        ui.heading(format!("Split booth {}", b.label(booth)));
        let (mut n, mut way) = (parts, along);
        ui.horizontal(|ui| {
            let label = ui.label("Parts").id;
            ui.add(egui::DragValue::new(&mut n).range(2..=26))
                .labelled_by(label);
        });
        ui.radio_value(
            &mut way,
            Along::Width,
            "Side by side (cut across the width)",
        );
        ui.radio_value(
            &mut way,
            Along::Depth,
            "One behind another (cut across the depth)",
        );
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
                let sizes: Vec<String> = parts_of(&b.rect, n, way).iter().map(fmt_size).collect();
                let first = sizes.first().cloned().unwrap_or_default();
                let text = if sizes.iter().all(|s| *s == first) {
                    format!(
                        "{n} booths of {first}, numbered {0}A, {0}B, …",
                        b.number.trim()
                    )
                } else {
                    format!("{n} booths: {}", sizes.join(", "))
                };
                ui.label(text);
            }
            Err(e) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    crate::text::capitalised(&e.to_string()),
                );
            }
        }
        let enter = super::files::confirmed(ui);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(result.is_ok(), egui::Button::new("Split"))
                .clicked()
                || (enter && result.is_ok())
            {
                if let Ok(edit) = result {
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
                                app.status = format!("Split into {n} booths");
                            }
                            Err(e) => {
                                app.dialog = Some(Dialog::Error {
                                    title: "Cannot split this booth".to_owned(),
                                    message: crate::text::capitalised(&e.to_string()),
                                });
                            }
                        }
                    }));
                }
            }
            if ui.button("Cancel").clicked() {
                *close = true;
            }
        });
    }
}
