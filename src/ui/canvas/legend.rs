//! The legend on the canvas: what booth colours mean (status, zone or sector, whichever is
//! shown), the outlines that mark problems and the selection, and the venue objects on the
//! floor; and which layers are hidden, so a hidden pillar is never forgotten.

#![allow(
    clippy::wildcard_imports,
    reason = "the canvas's own types and helpers"
)]

use super::*;
use crate::model::BoothStatus;

/// At most this many zones or sectors are listed; the rest are counted.
const MAX_ENTRIES: usize = 12;

/// One line of the legend: how it is drawn, and what it means.
enum Swatch {
    /// A filled box.
    Fill(Color32),
    /// An outlined box (problems, the selection).
    Outline(Color32),
    /// An exit: its clearance zone with the door on one side.
    Exit,
}

fn swatch_ui(ui: &mut egui::Ui, swatch: &Swatch, text: &str) {
    ui.horizontal(|ui| {
        let (r, _) = ui.allocate_exact_size(vec2(18.0, 12.0), Sense::hover());
        let p = ui.painter();
        match swatch {
            Swatch::Fill(c) => {
                p.rect_filled(r, CornerRadius::ZERO, *c);
                p.rect_stroke(
                    r,
                    CornerRadius::ZERO,
                    Stroke::new(0.5, Color32::from_gray(120)),
                    StrokeKind::Inside,
                );
            }
            Swatch::Outline(c) => {
                p.rect_filled(r, CornerRadius::ZERO, Color32::from_gray(240));
                p.rect_stroke(
                    r,
                    CornerRadius::ZERO,
                    Stroke::new(2.0, *c),
                    StrokeKind::Inside,
                );
            }
            Swatch::Exit => {
                p.rect_filled(r, CornerRadius::ZERO, theme::exit_zone());
                let door = egui::Rect::from_min_size(r.left_top(), vec2(r.width(), 3.0));
                p.rect_filled(door, CornerRadius::ZERO, theme::EXIT);
            }
        }
        ui.label(text);
    });
}

/// Lists named colours, at most [`MAX_ENTRIES`] of them and a count of the rest (`more`: the
/// message key of that count, given `$count`).
fn named_swatches(ui: &mut egui::Ui, entries: &[(String, Color32)], more: &str) {
    for (name, colour) in entries.iter().take(MAX_ENTRIES) {
        swatch_ui(ui, &Swatch::Fill(*colour), name);
    }
    if entries.len() > MAX_ENTRIES {
        ui.weak(ta(
            more,
            &[("count", Arg::from(entries.len() - MAX_ENTRIES))],
        ));
    }
}

/// Each zone's name and colour (as `paint` draws it), by name; one entry per name and colour.
fn zone_entries(plan: &Plan, paint: fn([u8; 3]) -> Color32) -> Vec<(String, Color32)> {
    let mut zones: Vec<(String, [u8; 3])> = plan
        .zones
        .values()
        .map(|z| (z.name.clone(), z.colour))
        .collect();
    zones.sort();
    zones.dedup();
    zones.into_iter().map(|(n, c)| (n, paint(c))).collect()
}

/// The layers hidden, in words ("zones, obstacles"), or `None` when all are shown.
fn hidden_layers(settings: &crate::ui::Settings) -> Option<String> {
    let hidden: Vec<String> = [
        (settings.show_zones, "canvas-layer-zones"),
        (settings.show_obstacles, "canvas-layer-obstacles"),
        (settings.show_drawings, "canvas-layer-drawings"),
        (settings.show_labels, "canvas-layer-labels"),
        (settings.show_grid, "canvas-layer-grid"),
    ]
    .into_iter()
    .filter(|(shown, _)| !shown)
    .map(|(_, key)| t(key))
    .collect();
    (!hidden.is_empty()).then(|| hidden.join(", "))
}

impl Canvas {
    /// The legend in the canvas's top right corner, folded away with a click on its title.
    pub(super) fn legend_ui(&mut self, cx: &ViewContext<'_>, ui: &egui::Ui) {
        if !cx.settings.show_legend {
            self.view.covered_right = 0.0;
            return;
        }
        let canvas = self.view.canvas;
        let shown = egui::Area::new(egui::Id::unique("canvas legend"))
            .pivot(egui::Align2::RIGHT_TOP)
            .fixed_pos(canvas.right_top() + vec2(-8.0, 8.0))
            .constrain_to(canvas)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.spacing_mut().item_spacing.y = 2.0;
                    egui::CollapsingHeader::new(t("canvas-legend"))
                        .id_salt("boothplan-canvas-legend")
                        .default_open(true)
                        .show(ui, |ui| {
                            let room = (canvas.height() - 60.0).max(80.0);
                            egui::ScrollArea::vertical()
                                .max_height(room)
                                .min_scrolled_height(room)
                                .show(ui, |ui| Self::legend_entries(cx, ui));
                        });
                });
            });
        // What "zoom to fit" leaves free next time.
        self.view.covered_right = canvas.right() - shown.response.rect.left() + 8.0;
    }

    fn legend_entries(cx: &ViewContext<'_>, ui: &mut egui::Ui) {
        let plan = cx.doc.plan();
        match cx.settings.colour_by {
            ColourBy::Status => {
                ui.strong(t("canvas-legend-by-status"));
                for s in BoothStatus::ALL {
                    swatch_ui(ui, &Swatch::Fill(theme::status_fill(s)), &t(s.key()));
                }
            }
            ColourBy::Zone => {
                ui.strong(t("canvas-legend-by-zone"));
                named_swatches(
                    ui,
                    &zone_entries(plan, theme::zone_fill),
                    "canvas-legend-more-zones",
                );
                swatch_ui(
                    ui,
                    &Swatch::Fill(theme::NO_ZONE),
                    &t("canvas-legend-no-zone"),
                );
            }
            ColourBy::Sector => {
                ui.strong(t("canvas-legend-by-sector"));
                let sectors: Vec<(String, Color32)> = cx
                    .lookup()
                    .sectors
                    .iter()
                    .map(|s| (s.clone(), theme::hashed(s)))
                    .collect();
                named_swatches(ui, &sectors, "canvas-legend-more-sectors");
                swatch_ui(
                    ui,
                    &Swatch::Fill(theme::NO_SECTOR),
                    &t("canvas-legend-no-company"),
                );
            }
        }
        swatch_ui(
            ui,
            &Swatch::Outline(theme::ERROR),
            &t("canvas-legend-has-error"),
        );
        swatch_ui(
            ui,
            &Swatch::Outline(theme::WARNING),
            &t("canvas-legend-has-warning"),
        );
        swatch_ui(
            ui,
            &Swatch::Outline(theme::selection_stroke().color),
            &t("canvas-legend-selected"),
        );
        ui.add_space(4.0);
        ui.strong(t("canvas-legend-on-floor"));
        if !plan.exits.is_empty() {
            swatch_ui(ui, &Swatch::Exit, &t("canvas-legend-exit"));
        }
        if cx.settings.show_obstacles {
            for kind in ObstacleKind::ALL {
                if plan.obstacles.values().any(|o| o.kind == kind) {
                    swatch_ui(
                        ui,
                        &Swatch::Fill(theme::obstacle_fill(kind)),
                        &t(obstacle_title_key(kind)),
                    );
                }
            }
        }
        if cx.settings.show_zones && cx.settings.colour_by != ColourBy::Zone {
            named_swatches(
                ui,
                &zone_entries(plan, theme::zone_tint),
                "canvas-legend-more-zones",
            );
        }
        if let Some(hidden) = hidden_layers(cx.settings) {
            ui.add_space(4.0);
            ui.colored_label(
                theme::WARNING,
                ta("canvas-legend-hidden", &[("layers", Arg::from(hidden))]),
            );
        }
    }
}
