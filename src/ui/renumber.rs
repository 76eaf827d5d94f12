//! The Renumber dialog: the selected booths numbered by row and place from a first row the
//! organiser types, with every new number shown before it is applied and the ones another
//! booth already has in red (applied only when none clashes).

use super::BoothApp;
use super::files::{AfterDialog, Dialog};
use crate::edit::renumber::renumber;
use crate::i18n::{Arg, t, ta};

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
        ui.heading(ta(
            "renumber-heading",
            &[("count", Arg::from(booths.len()))],
        ));
        ui.label(t("renumber-explain"));
        let mut typed = first_row.to_owned();
        super::files::dialog_field(ui, &t("renumber-first-row"), &mut typed, 80.0);
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
            ui.colored_label(ui.visuals().error_fg_color, t("renumber-bad-row"));
            if ui.button(t("renumber-cancel")).clicked() {
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
            ui.label(ta(
                "renumber-more",
                &[("count", Arg::from(plan_numbers.numbers.len() - PREVIEW))],
            ));
        }
        for (number, other) in &plan_numbers.collisions {
            let text = match plan.booths.get(other) {
                Some(b) => ta(
                    "renumber-taken-by",
                    &[
                        ("number", Arg::from(number)),
                        ("booth", Arg::from(&b.number)),
                    ],
                ),
                None => ta("renumber-taken", &[("number", Arg::from(number))]),
            };
            ui.colored_label(ui.visuals().error_fg_color, text);
        }
        let enter = super::files::confirmed(ui);
        ui.horizontal(|ui| {
            let clear = plan_numbers.collisions.is_empty();
            let apply = ui
                .add_enabled(clear, egui::Button::new(t("renumber-apply")))
                .on_disabled_hover_text(t("renumber-apply-disabled"))
                .clicked();
            if apply || (enter && clear) {
                *close = true;
                if let Some(edit) = plan_numbers.edit(plan) {
                    let n = plan_numbers.numbers.len();
                    *then = Some(Box::new(move |app: &mut BoothApp| {
                        app.apply_edit(edit);
                        app.status = ta("renumber-done", &[("count", Arg::from(n))]);
                    }));
                }
            }
            if ui.button(t("renumber-cancel")).clicked() {
                *close = true;
            }
        });
    }
}
