//! The inspector of venue objects (obstacles, exits, zones, halls) and the numeric place and
//! size fields shared with booths: typed in metres, snapped to the grid pitch, one undo step
//! each.

use super::super::canvas::{Venue, snap};
use super::super::context::{Actions, ViewContext};
use super::committed_text;
use crate::edit::Edit;
use crate::model::{ObstacleKind, Rect, Side, ZoneKind};

/// A length typed in metres ("12", "12.5", "12,5"), in millimetres snapped to `pitch`.
pub fn parse_metres(text: &str, pitch: i64) -> Option<i64> {
    let t = text.trim();
    // "2400 mm" is millimetres; "2.4", "2.4 m" and "2,4" are metres.
    let (number, per_unit) = match t.strip_suffix("mm") {
        Some(n) => (n, 1.0),
        None => (t.trim_end_matches('m'), 1000.0),
    };
    let v: f64 = number.trim().replace(',', ".").parse().ok()?;
    let mm = v * per_unit;
    (mm.is_finite() && mm.abs() < 1e9).then(|| snap(mm, pitch))
}

/// Shows millimetres as metres with up to three decimals ("12", "12.5").
pub fn show_metres(mm: i64) -> String {
    crate::model::geom::plain_number(crate::model::geom::m(mm))
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
    for (name, value) in [
        ("X (m)", r.x_mm),
        ("Y (m)", r.y_mm),
        ("Width (m)", r.w_mm),
        ("Depth (m)", r.d_mm),
    ] {
        let label = ui.label(name).id;
        let id = egui::Id::unique(("rect-field", key.0, key.1, name));
        if let Some(text) = committed_text(ui, id, &show_metres(value), label) {
            match parse_metres(&text, pitch) {
                Some(v) if name.starts_with('W') || name.starts_with('D') => {
                    if v <= 0 {
                        out.status(format!("A size must be more than 0, not \"{text}\""));
                    } else if name.starts_with('W') {
                        edited = Some(Rect { w_mm: v, ..r });
                    } else {
                        edited = Some(Rect { d_mm: v, ..r });
                    }
                }
                Some(v) if name.starts_with('X') => edited = Some(Rect { x_mm: v, ..r }),
                Some(v) => edited = Some(Rect { y_mm: v, ..r }),
                None => out.status(format!("\"{text}\" is not a length in metres")),
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
            ui.heading(format!("{} {}", o.kind.title(), o.label));
            egui::Grid::new("obstacle-fields")
                .num_columns(2)
                .show(ui, |ui| {
                    let label = ui.label("Label").id;
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
                    let label = ui.label("Kind");
                    let mut kind = o.kind;
                    egui::ComboBox::from_id_salt(("obstacle-kind", id.0))
                        .selected_text(kind.title())
                        .show_ui(ui, |ui| {
                            for k in ObstacleKind::ALL {
                                ui.selectable_value(&mut kind, k, k.title());
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
                format!("Exit {}", e.label)
            });
            let pitch = plan.meta.grid_pitch_mm.max(1);
            egui::Grid::new("exit-fields")
                .num_columns(2)
                .show(ui, |ui| {
                    let label = ui.label("Label").id;
                    if let Some(text) =
                        committed_text(ui, egui::Id::unique(("exit-label", id.0)), &e.label, label)
                    {
                        let mut changed = e.clone();
                        changed.label = text;
                        out.edit(Edit::Exit(id, Some(changed)));
                    }
                    ui.end_row();
                    ui.label("Wall");
                    ui.label(match e.wall {
                        Side::North => "north",
                        Side::East => "east",
                        Side::South => "south",
                        Side::West => "west",
                    });
                    ui.end_row();
                    // Moved along its wall only: the door stays on the wall.
                    let along_x = matches!(e.wall, Side::North | Side::South);
                    let along = if along_x { e.at.x_mm } else { e.at.y_mm };
                    let label = ui.label("Along the wall (m)").id;
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
                                out.status(format!("\"{text}\" is not a length in metres"));
                            }
                        }
                    }
                    ui.end_row();
                    let label = ui.label("Width (m)").id;
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
                            _ => out.status(format!("\"{text}\" is not a door width")),
                        }
                    }
                    ui.end_row();
                });
        }
        Venue::Zone(id) => {
            let Some(z) = plan.zones.get(&id).cloned() else {
                return;
            };
            ui.heading(format!("Zone {}", z.name));
            egui::Grid::new("zone-fields")
                .num_columns(2)
                .show(ui, |ui| {
                    let label = ui.label("Name").id;
                    if let Some(text) =
                        committed_text(ui, egui::Id::unique(("zone-name", id.0)), &z.name, label)
                    {
                        let mut changed = z.clone();
                        changed.name = text;
                        out.edit(Edit::Zone(id, Some(changed)));
                    }
                    ui.end_row();
                    let label = ui.label("Kind");
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
                    let label = ui.label("Price per m²").id;
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
                                out.status(format!("\"{text}\" is not a price"));
                            }
                        }
                    }
                    ui.end_row();
                    ui.label("Colour");
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
                    ui.label("Areas");
                    ui.label(format!("{} (drag a corner to resize one)", z.areas.len()));
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
                    for (name, key, value) in [("Name", "name", &h.name), ("Code", "code", &h.code)]
                    {
                        let label = ui.label(name).id;
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
                            out.status(format!(
                                "{} has {} wings: drag a wing's corner to resize it",
                                h.name,
                                h.outline.len()
                            ));
                        }
                    }
                });
            crate::ui::drawings::hall_drawing_ui(ui, cx, out, id);
        }
    }
    ui.label(match v {
        Venue::Exit(_) => "Drag along the wall to move; Delete removes it (Ctrl+Z brings it back).",
        Venue::Hall(_) => {
            "Arrow keys move it; its corners resize a wing; Delete removes it (Ctrl+Z brings it back)."
        }
        _ => "Drag to move; Delete removes it (Ctrl+Z brings it back).",
    });
}

fn zone_kind_label(k: ZoneKind) -> &'static str {
    match k {
        ZoneKind::Theme => "Theme",
        ZoneKind::Pavilion => "Pavilion",
    }
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
