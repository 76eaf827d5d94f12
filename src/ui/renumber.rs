//! The Renumber dialog: the selected booths numbered by row and place from a first row the
//! organiser types, with every new number shown before it is applied and the ones another
//! booth already has in red (applied only when none clashes).

use super::BoothApp;
use super::files::{AfterDialog, Dialog};
use crate::edit::renumber::renumber;

/// New numbers listed in the preview before "and N more".
const PREVIEW: usize = 12;

impl BoothApp {
    /// The dialog's body.
    pub(super) fn renumber_ui(
        &mut self,
        ui: &mut egui::Ui,
        first_row: &str,
        close: &mut bool,
        then: &mut Option<AfterDialog>,
    ) {
        ui.set_min_width(420.0);
        let booths: Vec<_> = self.selection.booths().iter().copied().collect();
        ui.heading(format!("Renumber {} booths", booths.len()));
        ui.label("Hall code, row, place in the row: rows from the top, places from the left.");
        let mut typed = first_row.to_owned();
        super::files::dialog_field(ui, "First row", &mut typed, 80.0);
        if typed != first_row {
            self.dialog = Some(Dialog::Renumber {
                first_row: typed.clone(),
            });
        }
        let row = typed
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|r| (1..=9_999).contains(r));
        let Some(row) = row else {
            ui.colored_label(
                ui.visuals().error_fg_color,
                "The first row is a whole number from 1 to 9999.",
            );
            if ui.button("Cancel").clicked() {
                *close = true;
            }
            return;
        };
        let plan = self.doc.plan();
        let plan_numbers = renumber(plan, &booths, row);
        egui::Grid::new("renumber-preview").show(ui, |ui| {
            for (id, number) in plan_numbers.numbers.iter().take(PREVIEW) {
                let old = plan.booths.get(id).map_or("", |b| b.number.as_str());
                ui.label(old);
                ui.label("→");
                ui.label(number);
                ui.end_row();
            }
        });
        if plan_numbers.numbers.len() > PREVIEW {
            ui.label(format!("and {} more", plan_numbers.numbers.len() - PREVIEW));
        }
        for (number, other) in &plan_numbers.collisions {
            let holder = plan
                .booths
                .get(other)
                .map_or_else(String::new, |b| format!(" (booth {})", b.number));
            ui.colored_label(
                ui.visuals().error_fg_color,
                format!("{number} is already another booth's number{holder}"),
            );
        }
        let enter = super::files::confirmed(ui);
        ui.horizontal(|ui| {
            let clear = plan_numbers.collisions.is_empty();
            let apply = ui
                .add_enabled(clear, egui::Button::new("Apply"))
                .on_disabled_hover_text("Choose a first row whose numbers no other booth has")
                .clicked();
            if apply || (enter && clear) {
                *close = true;
                if let Some(edit) = plan_numbers.edit(plan) {
                    let n = plan_numbers.numbers.len();
                    *then = Some(Box::new(move |app: &mut BoothApp| {
                        app.apply_edit(edit);
                        app.status =
                            format!("Renumbered {n} booths — Ctrl+Z puts the numbers back");
                    }));
                }
            }
            if ui.button("Cancel").clicked() {
                *close = true;
            }
        });
    }
}
