//! The inspector of venue objects (obstacles, exits, zones, halls) and the numeric place and
//! size fields shared with booths: typed in metres, snapped to the grid pitch, one undo step
//! each.

use super::super::canvas::{Venue, snap};
use super::super::context::{Actions, ViewContext};
use super::committed_text;
use crate::edit::Edit;
use crate::i18n::{Arg, t, ta};
use crate::model::{ObstacleKind, Rect, Side, ZoneKind};

/// A length typed in metres ("12", "12.5", "12,5"), in millimetres snapped to `pitch`.
pub fn parse_metres(text: &str, pitch: i64) -> Option<i64> {
    let t = text.trim();
    // "2400 mm" is millimetres; "2.4", "2.4 m" and "2,4" are metres.
    let (number, per_unit) = match t.strip_suffix("mm") {
        Some(n) => (n, 1.0),
        None => (t.trim_end_matches('m'), 1000.0),
    };
    let v: f64 = super::plain_decimal(number).parse().ok()?;
    let mm = v * per_unit;
    (mm.is_finite() && mm.abs() < 1e9).then(|| snap(mm, pitch))
}

/// Shows millimetres as metres with up to three decimals ("12", "12.5").
pub fn show_metres(mm: i64) -> String {
    super::decimal_mark(crate::model::geom::plain_number(crate::model::geom::m(mm)))
}

/// X, Y, W and D fields for a rectangle; the edited rectangle when one was committed.
pub fn rect_fields_ui(
    ui: &mut egui::Ui,
    out: &mut Actions,
    key: (&str, u32),
    r: Rect,
    pitch: i64,
) -> Option<Rect> {
    let pitch = pitch.max(1);
    let mut edited = None;
    // `name` keeps the field's id the same in every language; `label` is what people read.
    for (name, label, value) in [
        ("X (m)", "venue-x", r.x_mm),
        ("Y (m)", "venue-y", r.y_mm),
        ("Width (m)", "venue-width", r.w_mm),
        ("Depth (m)", "venue-depth", r.d_mm),
    ] {
        let label = ui.label(t(label)).id;
        let id = egui::Id::unique(("rect-field", key.0, key.1, name));
        if let Some(text) = committed_text(ui, id, &show_metres(value), label) {
            match parse_metres(&text, pitch) {
                Some(v) if name.starts_with('W') || name.starts_with('D') => {
                    if v <= 0 {
                        out.status(ta("venue-size-not-positive", &[("text", Arg::from(&text))]));
                    } else if name.starts_with('W') {
                        edited = Some(Rect { w_mm: v, ..r });
                    } else {
                        edited = Some(Rect { d_mm: v, ..r });
                    }
                }
                Some(v) if name.starts_with('X') => edited = Some(Rect { x_mm: v, ..r }),
                Some(v) => edited = Some(Rect { y_mm: v, ..r }),
                None => out.status(ta("venue-not-a-length", &[("text", Arg::from(&text))])),
            }
        }
        ui.end_row();
    }
    edited
}

/// The inspector of the selected venue object.
#[expect(
    clippy::too_many_lines,
    reason = "one match arm per kind of venue object; each arm is short"
)]
pub fn venue_inspector_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions, v: Venue) {
    let plan = cx.plan();
    match v {
        Venue::Obstacle(id) => {
            let Some(o) = plan.obstacles.get(&id).cloned() else {
                return;
            };
            // "Pillar P-3": the kind in the editor's language, then the label from the plan.
            ui.heading(format!("{} {}", obstacle_kind_title(o.kind), o.label));
            egui::Grid::new("obstacle-fields")
                .num_columns(2)
                .show(ui, |ui| {
                    let label = ui.label(t("venue-label")).id;
                    if let Some(text) = committed_text(
                        ui,
                        egui::Id::unique(("obstacle-label", id.0)),
                        &o.label,
                        label,
                    ) {
                        let mut changed = o.clone();
                        changed.label = text;
                        out.edit(Edit::Obstacle(id, Some(changed)));
                    }
                    ui.end_row();
                    let label = ui.label(t("venue-kind"));
                    let mut kind = o.kind;
                    egui::ComboBox::from_id_salt(("obstacle-kind", id.0))
                        .selected_text(obstacle_kind_title(kind))
                        .show_ui(ui, |ui| {
                            for k in ObstacleKind::ALL {
                                ui.selectable_value(&mut kind, k, obstacle_kind_title(k));
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    ui.end_row();
                    if kind != o.kind {
                        let mut changed = o.clone();
                        changed.kind = kind;
                        out.edit(Edit::Obstacle(id, Some(changed)));
                    }
                    // Columns and equipment stand where the building puts them: to the
                    // centimetre, not on the booth grid.
                    if let Some(r) = rect_fields_ui(ui, out, ("obstacle", id.0), o.rect, 10) {
                        let mut changed = o.clone();
                        changed.rect = r;
                        out.edit(Edit::Obstacle(id, Some(changed)));
                    }
                });
        }
        Venue::Exit(id) => {
            let Some(e) = plan.exits.get(&id).cloned() else {
                return;
            };
            // Labels usually say "Exit …" already.
            ui.heading(if e.label.to_lowercase().starts_with("exit") {
                e.label.clone()
            } else {
                ta("venue-exit-heading", &[("label", Arg::from(&e.label))])
            });
            let pitch = plan.meta.grid_pitch_mm.max(1);
            egui::Grid::new("exit-fields")
                .num_columns(2)
                .show(ui, |ui| {
                    let label = ui.label(t("venue-label")).id;
                    if let Some(text) =
                        committed_text(ui, egui::Id::unique(("exit-label", id.0)), &e.label, label)
                    {
                        let mut changed = e.clone();
                        changed.label = text;
                        out.edit(Edit::Exit(id, Some(changed)));
                    }
                    ui.end_row();
                    ui.label(t("venue-wall"));
                    ui.label(side_name(e.wall));
                    ui.end_row();
                    // Moved along its wall only: the door stays on the wall.
                    let along_x = matches!(e.wall, Side::North | Side::South);
                    let along = if along_x { e.at.x_mm } else { e.at.y_mm };
                    let label = ui.label(t("venue-along-wall")).id;
                    if let Some(text) = committed_text(
                        ui,
                        egui::Id::unique(("exit-along", id.0)),
                        &show_metres(along),
                        label,
                    ) {
                        match parse_metres(&text, pitch) {
                            Some(v) => {
                                let mut changed = e.clone();
                                if along_x {
                                    changed.at.x_mm = v;
                                } else {
                                    changed.at.y_mm = v;
                                }
                                out.edit(Edit::Exit(id, Some(changed)));
                            }
                            None => {
                                out.status(ta("venue-not-a-length", &[("text", Arg::from(&text))]));
                            }
                        }
                    }
                    ui.end_row();
                    let label = ui.label(t("venue-width")).id;
                    if let Some(text) = committed_text(
                        ui,
                        egui::Id::unique(("exit-width", id.0)),
                        &show_metres(e.width_mm),
                        label,
                    ) {
                        // A door's width is its own, not the booth grid's: to the millimetre.
                        match parse_metres(&text, 1) {
                            Some(v) if v > 0 => {
                                let mut changed = e.clone();
                                changed.width_mm = v;
                                out.edit(Edit::Exit(id, Some(changed)));
                            }
                            _ => out.status(ta(
                                "venue-not-a-door-width",
                                &[("text", Arg::from(&text))],
                            )),
                        }
                    }
                    ui.end_row();
                });
        }
        Venue::Zone(id) => {
            let Some(z) = plan.zones.get(&id).cloned() else {
                return;
            };
            ui.heading(ta("venue-zone-heading", &[("name", Arg::from(&z.name))]));
            egui::Grid::new("zone-fields")
                .num_columns(2)
                .show(ui, |ui| {
                    let label = ui.label(t("venue-name")).id;
                    if let Some(text) =
                        committed_text(ui, egui::Id::unique(("zone-name", id.0)), &z.name, label)
                    {
                        let mut changed = z.clone();
                        changed.name = text;
                        out.edit(Edit::Zone(id, Some(changed)));
                    }
                    ui.end_row();
                    let label = ui.label(t("venue-kind"));
                    let mut kind = z.kind;
                    egui::ComboBox::from_id_salt(("zone-kind", id.0))
                        .selected_text(zone_kind_label(kind))
                        .show_ui(ui, |ui| {
                            for k in [ZoneKind::Theme, ZoneKind::Pavilion] {
                                ui.selectable_value(&mut kind, k, zone_kind_label(k));
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    ui.end_row();
                    if kind != z.kind {
                        let mut changed = z.clone();
                        changed.kind = kind;
                        out.edit(Edit::Zone(id, Some(changed)));
                    }
                    let label = ui.label(t("venue-price-per-m2")).id;
                    if let Some(text) = committed_text(
                        ui,
                        egui::Id::unique(("zone-price", id.0)),
                        &super::show_money(z.price_per_m2_minor),
                        label,
                    ) {
                        match super::parse_money(&text) {
                            Ok(price) => {
                                let mut changed = z.clone();
                                changed.price_per_m2_minor = price;
                                out.edit(Edit::Zone(id, Some(changed)));
                            }
                            Err(super::NotAPrice) => {
                                out.status(ta("venue-not-a-price", &[("text", Arg::from(&text))]));
                            }
                        }
                    }
                    ui.end_row();
                    ui.label(t("venue-colour"));
                    ui.horizontal(|ui| {
                        for c in crate::ui::theme::ZONE_PALETTE {
                            let colour = egui::Color32::from_rgb(c[0], c[1], c[2]);
                            let (rect, response) = ui
                                .allocate_exact_size(egui::vec2(18.0, 18.0), egui::Sense::click());
                            ui.painter().rect_filled(rect, 3.0, colour);
                            if c == z.colour {
                                ui.painter().rect_stroke(
                                    rect.expand(2.0),
                                    3.0,
                                    ui.visuals().selection.stroke,
                                    egui::StrokeKind::Outside,
                                );
                            }
                            if response.clicked() && c != z.colour {
                                let mut changed = z.clone();
                                changed.colour = c;
                                out.edit(Edit::Zone(id, Some(changed)));
                            }
                        }
                    });
                    ui.end_row();
                    ui.label(t("venue-areas"));
                    ui.label(ta(
                        "venue-areas-count",
                        &[("count", Arg::from(z.areas.len()))],
                    ));
                    ui.end_row();
                });
        }
        Venue::Hall(id) => {
            let Some(h) = plan.halls.get(&id).cloned() else {
                return;
            };
            ui.heading(h.name.clone());
            let b = h.bounds();
            egui::Grid::new("hall-fields")
                .num_columns(2)
                .show(ui, |ui| {
                    for (name, key, value) in [
                        ("venue-name", "name", &h.name),
                        ("venue-code", "code", &h.code),
                    ] {
                        let label = ui.label(t(name)).id;
                        if let Some(text) =
                            committed_text(ui, egui::Id::unique(("hall", key, id.0)), value, label)
                        {
                            let mut changed = h.clone();
                            if key == "name" {
                                changed.name = text;
                            } else {
                                changed.code = text;
                            }
                            out.edit(Edit::Hall(id, Some(changed)));
                        }
                        ui.end_row();
                    }
                    // The hall as a whole: X and Y move every wing; a single-wing hall is
                    // also resized here, a hall of several wings by its corner handles.
                    if let Some(r) = rect_fields_ui(ui, out, ("hall", id.0), b, 10) {
                        let mut changed = h.clone();
                        if r.w_mm == b.w_mm && r.d_mm == b.d_mm {
                            // Everything in the hall comes with it.
                            let moving = crate::ui::canvas::Moving::of(
                                cx.plan(),
                                &crate::ui::Selection::one(Venue::Hall(id)),
                            );
                            out.maybe_edit(moving.edit(
                                cx.plan(),
                                r.x_mm - b.x_mm,
                                r.y_mm - b.y_mm,
                            ));
                        } else if h.outline.len() == 1 {
                            changed.outline = vec![r];
                            out.edit(Edit::Hall(id, Some(changed)));
                        } else {
                            out.status(ta(
                                "venue-hall-has-wings",
                                &[
                                    ("hall", Arg::from(&h.name)),
                                    ("count", Arg::from(h.outline.len())),
                                ],
                            ));
                        }
                    }
                });
            crate::ui::drawings::hall_drawing_ui(ui, cx, out, id);
        }
    }
    ui.label(t(match v {
        Venue::Exit(_) => "venue-hint-exit",
        Venue::Hall(_) => "venue-hint-hall",
        _ => "venue-hint-move",
    }));
}

/// A zone's kind, in the editor's language.
fn zone_kind_label(k: ZoneKind) -> String {
    t(match k {
        ZoneKind::Theme => "venue-zone-theme",
        ZoneKind::Pavilion => "venue-zone-pavilion",
    })
}

/// An obstacle's kind for the start of a sentence ("Pillar"), in the editor's language.
fn obstacle_kind_title(k: ObstacleKind) -> String {
    t(match k {
        ObstacleKind::Pillar => "venue-obstacle-pillar",
        ObstacleKind::FireEquipment => "venue-obstacle-fire-equipment",
        ObstacleKind::ServiceCore => "venue-obstacle-service-core",
        ObstacleKind::Stage => "venue-obstacle-stage",
        ObstacleKind::ReservedAisle => "venue-obstacle-reserved-aisle",
    })
}

/// A side or wall ("north"), in the editor's language.
pub(super) fn side_name(side: Side) -> String {
    t(match side {
        Side::North => "venue-side-north",
        Side::East => "venue-side-east",
        Side::South => "venue-side-south",
        Side::West => "venue-side-west",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metres_are_read_as_people_type_them_and_snapped() {
        assert_eq!(parse_metres("12", 1000), Some(12_000));
        assert_eq!(parse_metres("12,5 m", 500), Some(12_500));
        assert_eq!(parse_metres(" 3.26 ", 1000), Some(3000));
        assert_eq!(parse_metres("-2", 1000), Some(-2000));
        assert_eq!(parse_metres("abc", 1000), None);
        assert_eq!(parse_metres("1e300", 1000), None);
        assert_eq!(parse_metres("2400 mm", 1), Some(2400));
        assert_eq!(parse_metres("2400mm", 1000), Some(2000));
        assert_eq!(parse_metres("0.6", 10), Some(600));
        assert_eq!(show_metres(12_500), "12.5");
        assert_eq!(show_metres(3000), "3");
    }
}
