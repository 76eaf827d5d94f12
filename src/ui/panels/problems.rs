//! The problems panel: every finding of the validator, grouped by severity and rule.

use egui::ScrollArea;

use super::super::Selection;
use super::super::context::{Actions, ViewContext};
use crate::model::BoothId;
use crate::validate::{Rule, Severity};

/// The problems panel: findings by severity and rule; a click selects what they are about.
pub fn problems_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions) {
    let r = cx.report();
    ui.horizontal(|ui| {
        ui.heading("Problems");
        ui.colored_label(super::super::theme::ERROR, format!("{} errors", r.errors()));
        ui.colored_label(
            super::super::theme::WARNING,
            format!("{} warnings", r.warnings()),
        );
        ui.label(format!("{} infos", r.infos()));
    });
    let mut clicked: Option<Vec<BoothId>> = None;
    let mut clicked_exhibitor = None;
    ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        for severity in [Severity::Error, Severity::Warning, Severity::Info] {
            for rule in Rule::ALL.iter().filter(|rule| rule.severity() == severity) {
                let findings: Vec<_> = cx.report().of_rule(*rule).collect();
                if findings.is_empty() {
                    continue;
                }
                let title = format!("{} {} ({})", severity.label(), rule.id(), findings.len());
                egui::CollapsingHeader::new(title)
                    .id_salt(rule.id())
                    .default_open(severity != Severity::Info)
                    .show(ui, |ui| {
                        for f in findings.iter().take(500) {
                            if ui.selectable_label(false, f.message.as_str()).clicked() {
                                clicked = Some(f.booth_ids.clone());
                                clicked_exhibitor = f.exhibitors.first().copied();
                            }
                        }
                        if findings.len() > 500 {
                            ui.weak(format!("and {} more", findings.len() - 500));
                        }
                    });
            }
        }
    });
    if let Some(booths) = clicked {
        if booths.is_empty() {
            if let Some(e) = clicked_exhibitor {
                super::exhibitors::select_exhibitor(out, e);
            }
        } else {
            out.select(Selection::of_booths(booths));
            out.zoom_to_selection();
        }
    }
}
