//! The problems panel: every finding of the validator, grouped by severity and rule.

use egui::ScrollArea;

use super::super::Selection;
use super::super::context::{Actions, ViewContext};
use crate::i18n::{self, Arg, t, ta};
use crate::model::BoothId;
use crate::validate::{Rule, Severity};

/// The catalogue key of a severity's word ("error", "warning", "info").
pub(super) fn severity_key(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "severity-error",
        Severity::Warning => "severity-warning",
        Severity::Info => "severity-info",
    }
}

/// The problems panel: findings by severity and rule; a click selects what they are about.
pub fn problems_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions) {
    let r = cx.report();
    ui.horizontal(|ui| {
        ui.heading(t("problems-title"));
        ui.colored_label(
            super::super::theme::ERROR,
            ta("problems-errors", &[("count", Arg::from(r.errors()))]),
        );
        ui.colored_label(
            super::super::theme::WARNING,
            ta("problems-warnings", &[("count", Arg::from(r.warnings()))]),
        );
        ui.label(ta("problems-infos", &[("count", Arg::from(r.infos()))]));
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
                let title = ta(
                    "problems-rule-heading",
                    &[
                        (
                            "severity",
                            Arg::from(crate::text::capitalised(&t(severity_key(severity)))),
                        ),
                        ("rule", Arg::from(t(rule.title_key()))),
                        ("count", Arg::from(findings.len())),
                    ],
                );
                let summary = t(&format!("{}-summary", rule.title_key()));
                egui::CollapsingHeader::new(title)
                    .id_salt(rule.id())
                    .default_open(severity != Severity::Info)
                    .show(ui, |ui| {
                        let lang = i18n::current();
                        for f in findings.iter().take(500) {
                            if ui.selectable_label(false, f.text(lang)).clicked() {
                                clicked = Some(f.booth_ids.clone());
                                clicked_exhibitor = f.exhibitors.first().copied();
                            }
                        }
                        if findings.len() > 500 {
                            ui.weak(ta(
                                "problems-more",
                                &[("count", Arg::from(findings.len() - 500))],
                            ));
                        }
                    })
                    .header_response
                    .on_hover_text(summary);
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
