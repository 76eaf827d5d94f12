//! The inspector: exactly what is selected — one booth, one company, one venue object, or a
//! summary of several.

use egui::ScrollArea;

use super::super::context::{Actions, ViewContext};
use super::super::{Item, Selection};
use super::committed_text;
use crate::edit::Edit;
use crate::i18n::{self, Arg, t, ta};
use crate::model::{BoothId, BoothStatus, ExhibitorId};

/// The inspector: exactly what is selected, never a mix of one thing's fields beside
/// another's.
pub fn inspector_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions) {
    ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| match cx.selection.single() {
            Some(Item::Booth(id)) => booth_inspector_ui(ui, cx, out, id),
            Some(Item::Exhibitor(id)) => exhibitor_inspector_ui(ui, cx, out, id),
            Some(Item::Venue(v)) => super::venue::venue_inspector_ui(ui, cx, out, v),
            None if cx.selection.is_empty() => {
                ui.heading(t("inspector-title"));
                ui.label(t("inspector-hint"));
            }
            None => many_inspector_ui(ui, cx, out),
        });
}

/// Several things selected: what they are, and a way to narrow down to one kind.
fn many_inspector_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions) {
    let plan = cx.doc.plan();
    ui.heading(ta(
        "inspector-selected",
        &[("what", Arg::from(cx.selection.describe(plan)))],
    ));
    let booths = cx.selection.booths();
    if !booths.is_empty() {
        let area: i128 = booths
            .iter()
            .filter_map(|id| plan.booths.get(id))
            .map(crate::model::Booth::area_mm2)
            .sum();
        ui.label(ta(
            "inspector-booth-area",
            &[("area", Arg::from(i18n::area(i18n::current(), area)))],
        ));
        crate::ui::menu::command_button(ui, cx, out, crate::ui::Command::MergeBooths);
    }
    let kinds = [
        !booths.is_empty(),
        !cx.selection.exhibitors().is_empty(),
        !cx.selection.venue().is_empty(),
    ];
    if kinds.iter().filter(|k| **k).count() > 1 {
        ui.horizontal_wrapped(|ui| {
            ui.label(t("inspector-keep-only"));
            if kinds[0] && ui.button(t("inspector-keep-booths")).clicked() {
                out.select(Selection::of_booths(cx.selection.booths().clone()));
            }
            if kinds[1] && ui.button(t("inspector-keep-companies")).clicked() {
                let mut only = Selection::default();
                for e in cx.selection.exhibitors() {
                    only.insert(Item::Exhibitor(*e));
                }
                out.select(only);
            }
            if kinds[2] && ui.button(t("inspector-keep-venue")).clicked() {
                let mut only = Selection::default();
                for v in cx.selection.venue() {
                    only.insert(Item::Venue(*v));
                }
                out.select(only);
            }
        });
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "one panel laid out top to bottom as it appears"
)]
fn booth_inspector_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions, id: BoothId) {
    let Some(booth) = cx.doc.plan().booths.get(&id).cloned() else {
        return;
    };
    ui.heading(ta(
        "inspector-booth-heading",
        &[("number", Arg::from(&booth.number))],
    ));
    egui::Grid::new("booth-fields")
        .num_columns(2)
        .show(ui, |ui| {
            let label = ui.label(t("inspector-number")).id;
            if let Some(n) = committed_text(
                ui,
                egui::Id::unique(("booth-number", id.0)),
                &booth.number,
                label,
            ) {
                out.edit(Edit::Booth(
                    id,
                    Some(crate::model::Booth {
                        number: n,
                        ..booth.clone()
                    }),
                ));
            }
            ui.end_row();
            let label = ui.label(t("inspector-status"));
            let mut status = booth.status;
            egui::ComboBox::from_id_salt(("booth-status", id.0))
                .selected_text(t(status.key()))
                .show_ui(ui, |ui| {
                    for s in BoothStatus::ALL {
                        ui.selectable_value(&mut status, s, t(s.key()));
                    }
                })
                .response
                .labelled_by(label.id);
            if status != booth.status {
                out.edit(Edit::Booth(
                    id,
                    Some(crate::model::Booth {
                        status,
                        ..booth.clone()
                    }),
                ));
            }
            ui.end_row();
            let label = ui.label(t("inspector-price-override")).id;
            let current = super::show_money(booth.price_override_minor);
            if let Some(text) =
                committed_text(ui, egui::Id::unique(("booth-price", id.0)), &current, label)
            {
                match super::parse_money(&text) {
                    Ok(price) => out.edit(Edit::Booth(
                        id,
                        Some(crate::model::Booth {
                            price_override_minor: price,
                            ..booth.clone()
                        }),
                    )),
                    Err(super::NotAPrice) => {
                        out.status(ta("inspector-not-a-price", &[("text", Arg::from(&text))]));
                    }
                }
            }
            ui.end_row();
            let pitch = cx.doc.plan().meta.grid_pitch_mm;
            if let Some(r) =
                super::venue::rect_fields_ui(ui, out, ("booth", id.0), booth.rect, pitch)
            {
                out.edit(Edit::Booth(
                    id,
                    Some(crate::model::Booth {
                        rect: r,
                        ..booth.clone()
                    }),
                ));
            }
            ui.label(t("inspector-exhibitor"));
            let current_name = booth
                .exhibitor
                .and_then(|e| cx.doc.plan().exhibitors.get(&e))
                .map_or_else(|| t("inspector-none"), |e| e.name.clone());
            ui.horizontal(|ui| {
                match booth.exhibitor {
                    Some(e) => {
                        if ui
                            .link(current_name)
                            .on_hover_text(t("inspector-select-company"))
                            .clicked()
                        {
                            out.select(Selection::one(Item::Exhibitor(e)));
                        }
                    }
                    None => {
                        ui.label(current_name);
                    }
                }
                if booth.exhibitor.is_some()
                    && ui.button(t("inspector-unassign")).clicked()
                    && let Some(e) = Edit::unassign(cx.doc.plan(), id)
                {
                    out.edit(e);
                }
            });
            ui.end_row();
        });
    ui.separator();
    let open = cx.derived().open_sides(id);
    let lang = i18n::current();
    egui::Grid::new("booth-derived")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(t("inspector-size"));
            ui.label(format!(
                "{} × {}",
                i18n::length(lang, booth.rect.w_mm),
                i18n::length(lang, booth.rect.d_mm)
            ));
            ui.end_row();
            ui.label(t("inspector-area"));
            ui.label(i18n::area(lang, booth.area_mm2()));
            ui.end_row();
            ui.label(t("inspector-type"));
            ui.label(t(open.booth_type().key()));
            ui.end_row();
            ui.label(t("inspector-open-sides"));
            let sides: Vec<String> = open.sides().map(super::venue::side_name).collect();
            ui.label(if sides.is_empty() {
                t("inspector-none")
            } else {
                sides.join(", ")
            });
            ui.end_row();
            ui.label(t("inspector-zone"));
            ui.label(
                cx.doc
                    .plan()
                    .zone_of(&booth)
                    .and_then(|z| cx.doc.plan().zones.get(&z))
                    .map_or_else(|| t("inspector-none"), |z| z.name.clone()),
            );
            ui.end_row();
            ui.label(t("inspector-price"));
            ui.label(
                cx.derived()
                    .price_minor(cx.doc.plan(), id)
                    .map_or(String::new(), |p| {
                        i18n::money(lang, i128::from(p), &cx.doc.plan().meta.currency)
                    }),
            );
            ui.end_row();
        });
    crate::ui::menu::command_button(ui, cx, out, crate::ui::Command::SplitBooth);
    let findings: Vec<String> = cx
        .report()
        .findings
        .iter()
        .filter(|f| f.booth_ids.contains(&id))
        // "error: …": the severity word and the finding, both in the editor's language.
        .map(|f| {
            format!(
                "{}: {}",
                t(super::problems::severity_key(f.severity())),
                f.text(lang)
            )
        })
        .collect();
    if !findings.is_empty() {
        ui.separator();
        for f in findings {
            ui.label(f);
        }
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "one panel laid out top to bottom as it appears"
)]
fn exhibitor_inspector_ui(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    out: &mut Actions,
    id: ExhibitorId,
) {
    let Some(e) = cx.doc.plan().exhibitors.get(&id).cloned() else {
        return;
    };
    ui.heading(&e.name);
    let mut changed = e.clone();
    egui::Grid::new("exhibitor-fields")
        .num_columns(2)
        .show(ui, |ui| {
            for (label, key, value) in [
                ("inspector-name", "name", &e.name),
                ("inspector-country", "country", &e.country),
                ("inspector-sector", "sector", &e.sector),
                ("inspector-email", "email", &e.contact.email),
                ("inspector-contact", "person", &e.contact.person),
                ("inspector-notes", "notes", &e.notes),
            ] {
                let label = ui.label(t(label)).id;
                if let Some(v) =
                    committed_text(ui, egui::Id::unique(("exhibitor", key, id.0)), value, label)
                {
                    match key {
                        "name" => changed.name = v,
                        "country" => changed.country = v,
                        "sector" => changed.sector = v,
                        "email" => changed.contact.email = v,
                        "person" => changed.contact.person = v,
                        _ => changed.notes = v,
                    }
                }
                ui.end_row();
            }
            let label = ui.label(t("inspector-contracted-area")).id;
            let current = format!("{}", e.contracted_area_mm2 as f64 / 1e6);
            if let Some(text) = committed_text(
                ui,
                egui::Id::unique(("exhibitor-area", id.0)),
                &current,
                label,
            ) {
                match super::plain_decimal(&text).parse::<f64>() {
                    Ok(v) if v >= 0.0 => changed.contracted_area_mm2 = (v * 1e6).round() as i64,
                    _ => out.status(ta("inspector-not-an-area", &[("text", Arg::from(&text))])),
                }
            }
            ui.end_row();
            let label = ui.label(t("inspector-priority")).id;
            if let Some(text) = committed_text(
                ui,
                egui::Id::unique(("exhibitor-priority", id.0)),
                &e.priority.to_string(),
                label,
            ) {
                match text.trim().parse::<i32>() {
                    Ok(v) => changed.priority = v,
                    Err(_) => out.status(ta(
                        "inspector-not-a-whole-number",
                        &[("text", Arg::from(&text))],
                    )),
                }
            }
            ui.end_row();
            let label = ui.label(t("inspector-zone"));
            let zone_text = changed
                .preferred_zone
                .and_then(|z| cx.doc.plan().zones.get(&z))
                .map_or_else(|| t("inspector-none"), |z| z.name.clone());
            egui::ComboBox::from_id_salt(("exhibitor-zone", id.0))
                .selected_text(zone_text)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut changed.preferred_zone, None, t("inspector-none"));
                    for (zid, z) in &cx.doc.plan().zones {
                        ui.selectable_value(
                            &mut changed.preferred_zone,
                            Some(*zid),
                            z.name.as_str(),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
        });
    ui.label(t("inspector-competitors"));
    for c in e.competitors.clone() {
        ui.horizontal(|ui| {
            ui.label(
                cx.doc
                    .plan()
                    .exhibitors
                    .get(&c)
                    .map_or_else(|| c.to_string(), |x| x.name.clone()),
            );
            if ui.small_button(t("inspector-remove")).clicked() {
                changed.competitors.remove(&c);
            }
        });
    }
    egui::ComboBox::new(("add-competitor", id.0), t("inspector-add-competitor"))
        .selected_text(t("inspector-choose"))
        .show_ui(ui, |ui| {
            for (other, x) in &cx.doc.plan().exhibitors {
                if *other != id
                    && !changed.competitors.contains(other)
                    && ui.selectable_label(false, x.name.as_str()).clicked()
                {
                    changed.competitors.insert(*other);
                }
            }
        });
    let booths: Vec<(BoothId, String)> = cx
        .doc
        .plan()
        .booths_of(id)
        .map(|(b, booth)| (b, booth.number.clone()))
        .collect();
    ui.horizontal_wrapped(|ui| {
        ui.label(t("inspector-booths"));
        if booths.is_empty() {
            ui.weak(t("inspector-no-booths-yet"));
        }
        for (b, number) in booths {
            if ui.link(number).clicked() {
                out.select(Selection::one(Item::Booth(b)));
                out.zoom_to_selection();
            }
        }
    });
    if changed != e {
        out.edit(Edit::Exhibitor(id, Some(changed)));
    }
    ui.separator();
    if ui
        .button(t("inspector-remove-company"))
        .on_hover_text(t("inspector-remove-company-tip"))
        .clicked()
    {
        out.edit(Edit::remove_exhibitor(cx.doc.plan(), id));
        out.select(Selection::default());
        out.status(ta(
            "inspector-company-removed",
            &[("name", Arg::from(&e.name))],
        ));
    }
}
