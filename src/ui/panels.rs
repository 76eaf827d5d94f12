//! Side panels: exhibitors (search, filters, drag to allocate), inspector, problems.

use egui::{RichText, ScrollArea};

use super::{BoothApp, Item, Selection};
use crate::edit::Edit;
use crate::model::derive::{fmt_price, fmt_size};
use crate::model::geom::fmt_m2;
use crate::model::{BoothId, BoothStatus, ExhibitorId, ZoneId};
use crate::validate::{Rule, Severity};

/// A single-line text field that reports a new value when editing ends (Enter or focus lost),
/// so one edit is one undo step, not one per key.
pub(super) fn committed_text(
    ui: &mut egui::Ui,
    id: egui::Id,
    current: &str,
    label: egui::Id,
) -> Option<String> {
    committed_text_sized(ui, id, current, label, f32::INFINITY)
}

/// [`committed_text`] with a field `width` points wide.
pub(super) fn committed_text_sized(
    ui: &mut egui::Ui,
    id: egui::Id,
    current: &str,
    label: egui::Id,
    width: f32,
) -> Option<String> {
    let mut buffer = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| current.to_owned());
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut buffer)
                .id(id)
                .desired_width(width),
        )
        .labelled_by(label);
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, buffer));
        None
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
        // Enter or a click elsewhere keeps what was typed; Esc throws it away.
        let escaped = ui.input(|i| i.key_pressed(egui::Key::Escape));
        (response.lost_focus() && !escaped && buffer != current).then_some(buffer)
    }
}

/// A filter combo box: "Any …" or one of `options`.
fn text_filter_ui(ui: &mut egui::Ui, label: &str, options: &[String], value: &mut Option<String>) {
    let any = format!("Any {}", label.to_lowercase());
    egui::ComboBox::new(("filter", label), label)
        .selected_text(value.clone().unwrap_or_else(|| any.clone()))
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, any.as_str());
            for option in options {
                ui.selectable_value(value, Some(option.clone()), option.as_str());
            }
        });
}

/// The company name following the pointer while it is dragged to a booth.
fn drag_label_ui(ctx: &egui::Context, name: &str) {
    let Some(pos) = ctx.pointer_interact_pos() else {
        return;
    };
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Tooltip,
        egui::Id::unique("dragged-company"),
    ));
    let galley = painter.layout_no_wrap(
        name.to_owned(),
        egui::FontId::proportional(14.0),
        ctx.global_style().visuals.strong_text_color(),
    );
    // Above the pointer: the booth it is carried to stays in view.
    let rect = egui::Rect::from_min_size(
        pos + egui::vec2(14.0, -galley.size().y - 18.0),
        galley.size(),
    )
    .expand(4.0);
    painter.rect_filled(rect, 4.0, ctx.global_style().visuals.window_fill);
    painter.rect_stroke(
        rect,
        4.0,
        ctx.global_style().visuals.window_stroke,
        egui::StrokeKind::Inside,
    );
    painter.galley(
        rect.min + egui::vec2(4.0, 4.0),
        galley,
        egui::Color32::PLACEHOLDER,
    );
}

impl BoothApp {
    /// Exhibitors matching the search and filters, in name order (cached until the search,
    /// the filters or the plan change).
    pub fn filtered_exhibitors(&mut self) -> Vec<ExhibitorId> {
        if let Some((search, filters, list)) = &self.list_cache {
            if *search == self.search && *filters == self.filters {
                return list.clone();
            }
        }
        let query = self.search.trim().to_owned();
        let folded_query = crate::text::fold(&query);
        let lookup = self.doc.lookup();
        let out: Vec<ExhibitorId> = lookup
            .folded
            .iter()
            .filter(|(id, folded)| {
                let Some(e) = self.doc.plan().exhibitors.get(id) else {
                    return false;
                };
                let f = &self.filters;
                let booths = lookup.booths_of.get(id).map_or(&[][..], Vec::as_slice);
                if (f.unallocated && !booths.is_empty())
                    || (f.zone.is_some() && e.preferred_zone != f.zone)
                    || f.sector.as_ref().is_some_and(|s| *s != e.sector)
                    || f.country.as_ref().is_some_and(|c| *c != e.country)
                {
                    return false;
                }
                folded_query.is_empty()
                    || crate::text::matches(folded, &query)
                    || crate::text::fold(&e.country).contains(&folded_query)
                    || booths
                        .iter()
                        .filter_map(|b| self.doc.plan().booths.get(b))
                        .any(|b| crate::text::fold(&b.number).contains(&folded_query))
            })
            .map(|(id, _)| *id)
            .collect();
        self.list_cache = Some((self.search.clone(), self.filters.clone(), out.clone()));
        out
    }

    #[expect(
        clippy::too_many_lines,
        reason = "one panel laid out top to bottom as it appears"
    )]
    pub(super) fn exhibitors_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading("Exhibitors");
        ui.horizontal(|ui| {
            let search_label = ui.label("Search").id;
            ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text("company, booth or country")
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(search_label);
        });
        ui.horizontal_wrapped(|ui| {
            ui.checkbox(&mut self.filters.unallocated, "Unallocated");
            let zones: Vec<(ZoneId, String)> = self
                .doc
                .plan()
                .zones
                .iter()
                .map(|(id, z)| (*id, z.name.clone()))
                .collect();
            let zone_text = self
                .filters
                .zone
                .and_then(|z| self.doc.plan().zones.get(&z))
                .map_or("Any zone".to_owned(), |z| z.name.clone());
            egui::ComboBox::new("zone-filter", "Zone")
                .selected_text(zone_text)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.filters.zone, None, "Any zone");
                    for (id, name) in zones {
                        ui.selectable_value(&mut self.filters.zone, Some(id), name);
                    }
                });
            text_filter_ui(
                ui,
                "Sector",
                &self.doc.lookup().sectors,
                &mut self.filters.sector,
            );
            text_filter_ui(
                ui,
                "Country",
                &self.doc.lookup().countries,
                &mut self.filters.country,
            );
        });
        let list = self.filtered_exhibitors();
        ui.label(
            RichText::new(format!(
                "{} shown · drag a company onto a booth to allocate it",
                list.len()
            ))
            .weak(),
        );
        ui.separator();
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        ScrollArea::vertical().auto_shrink(false).show_rows(
            ui,
            row_height,
            list.len(),
            |ui, range| {
                for id in &list[range] {
                    let Some(e) = self.doc.plan().exhibitors.get(id) else {
                        continue;
                    };
                    let booths: Vec<&str> = self
                        .doc
                        .lookup()
                        .booths_of
                        .get(id)
                        .into_iter()
                        .flatten()
                        .filter_map(|b| self.doc.plan().booths.get(b))
                        .map(|b| b.number.as_str())
                        .collect();
                    let where_ = if booths.is_empty() {
                        "no booth".to_owned()
                    } else {
                        booths.join(", ")
                    };
                    // What the organiser allocates by: contract area and the zone asked for.
                    let zone = e
                        .preferred_zone
                        .and_then(|z| self.doc.plan().zones.get(&z))
                        .map_or(String::new(), |z| format!(" · {}", z.name));
                    let text = format!(
                        "{} · {} · {} · {}{zone}",
                        e.name,
                        e.country,
                        fmt_m2(i128::from(e.contracted_area_mm2)),
                        where_
                    );
                    let selected = self.selection.contains(Item::Exhibitor(*id));
                    // Click selects; dragging carries the company to a booth on the canvas.
                    let row = ui
                        .selectable_label(selected, text)
                        .interact(egui::Sense::click_and_drag())
                        .on_hover_cursor(egui::CursorIcon::Grab);
                    if row.drag_started() {
                        egui::DragAndDrop::set_payload(ui.ctx(), *id);
                    }
                    if row.dragged() {
                        drag_label_ui(ui.ctx(), &e.name);
                    }
                    if row.clicked() {
                        if ui.input(|i| i.modifiers.shift || i.modifiers.command) {
                            self.selection.toggle(Item::Exhibitor(*id));
                        } else {
                            self.select_exhibitor(*id);
                        }
                    }
                }
            },
        );
    }

    /// Selects a company alone and reveals its booths (outlined as selected).
    pub fn select_exhibitor(&mut self, id: ExhibitorId) {
        self.selection = Selection::one(Item::Exhibitor(id));
        self.zoom_to_selection();
    }

    /// The inspector: exactly what is selected, never a mix of one thing's fields beside
    /// another's.
    pub(super) fn inspector_ui(&mut self, ui: &mut egui::Ui) {
        ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| match self.selection.single() {
                Some(Item::Booth(id)) => self.booth_inspector_ui(ui, id),
                Some(Item::Exhibitor(id)) => self.exhibitor_inspector_ui(ui, id),
                Some(Item::Venue(v)) => self.venue_inspector_ui(ui, v),
                None if self.selection.is_empty() => {
                    ui.heading("Inspector");
                    ui.label("Select a booth, a company, or anything drawn on the floor.");
                }
                None => self.many_inspector_ui(ui),
            });
    }

    /// Several things selected: what they are, and a way to narrow down to one kind.
    fn many_inspector_ui(&mut self, ui: &mut egui::Ui) {
        let plan = self.doc.plan();
        ui.heading(format!("{} selected", self.selection.describe(plan)));
        let booths = self.selection.booths();
        if !booths.is_empty() {
            let area: i128 = booths
                .iter()
                .filter_map(|id| plan.booths.get(id))
                .map(crate::model::Booth::area_mm2)
                .sum();
            ui.label(format!("Booth area {}", fmt_m2(area)));
        }
        let kinds = [
            !booths.is_empty(),
            !self.selection.exhibitors().is_empty(),
            !self.selection.venue().is_empty(),
        ];
        if kinds.iter().filter(|k| **k).count() > 1 {
            ui.horizontal_wrapped(|ui| {
                ui.label("Keep only:");
                if kinds[0] && ui.button("Booths").clicked() {
                    self.selection = Selection::of_booths(self.selection.booths().clone());
                }
                if kinds[1] && ui.button("Companies").clicked() {
                    let mut only = Selection::default();
                    for e in self.selection.exhibitors() {
                        only.insert(Item::Exhibitor(*e));
                    }
                    self.selection = only;
                }
                if kinds[2] && ui.button("Venue objects").clicked() {
                    let mut only = Selection::default();
                    for v in self.selection.venue() {
                        only.insert(Item::Venue(*v));
                    }
                    self.selection = only;
                }
            });
        }
    }

    #[expect(
        clippy::too_many_lines,
        reason = "one panel laid out top to bottom as it appears"
    )]
    fn booth_inspector_ui(&mut self, ui: &mut egui::Ui, id: BoothId) {
        let Some(booth) = self.doc.plan().booths.get(&id).cloned() else {
            return;
        };
        ui.heading(format!("Booth {}", booth.number));
        egui::Grid::new("booth-fields")
            .num_columns(2)
            .show(ui, |ui| {
                let label = ui.label("Number").id;
                if let Some(n) = committed_text(
                    ui,
                    egui::Id::unique(("booth-number", id.0)),
                    &booth.number,
                    label,
                ) {
                    self.push_edit(Edit::Booth(
                        id,
                        Some(crate::model::Booth {
                            number: n,
                            ..booth.clone()
                        }),
                    ));
                }
                ui.end_row();
                let label = ui.label("Status");
                let mut status = booth.status;
                egui::ComboBox::from_id_salt(("booth-status", id.0))
                    .selected_text(status.label())
                    .show_ui(ui, |ui| {
                        for s in BoothStatus::ALL {
                            ui.selectable_value(&mut status, s, s.label());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if status != booth.status {
                    self.push_edit(Edit::Booth(
                        id,
                        Some(crate::model::Booth {
                            status,
                            ..booth.clone()
                        }),
                    ));
                }
                ui.end_row();
                let label = ui.label("Price override").id;
                let current = booth
                    .price_override_minor
                    .map_or(String::new(), |p| format!("{:.2}", p as f64 / 100.0));
                if let Some(text) =
                    committed_text(ui, egui::Id::unique(("booth-price", id.0)), &current, label)
                {
                    let parsed = text.trim().replace(',', "");
                    if parsed.is_empty() {
                        self.push_edit(Edit::Booth(
                            id,
                            Some(crate::model::Booth {
                                price_override_minor: None,
                                ..booth.clone()
                            }),
                        ));
                    } else if let Ok(v) = parsed.parse::<f64>() {
                        self.push_edit(Edit::Booth(
                            id,
                            Some(crate::model::Booth {
                                price_override_minor: Some((v * 100.0).round() as i64),
                                ..booth.clone()
                            }),
                        ));
                    } else {
                        self.status = format!("\"{text}\" is not a price");
                    }
                }
                ui.end_row();
                let pitch = self.doc.plan().meta.grid_pitch_mm;
                if let Some(r) = self.rect_fields_ui(ui, ("booth", id.0), booth.rect, pitch) {
                    self.push_edit(Edit::Booth(
                        id,
                        Some(crate::model::Booth {
                            rect: r,
                            ..booth.clone()
                        }),
                    ));
                }
                ui.label("Exhibitor");
                let current_name = booth
                    .exhibitor
                    .and_then(|e| self.doc.plan().exhibitors.get(&e))
                    .map_or("none".to_owned(), |e| e.name.clone());
                ui.horizontal(|ui| {
                    match booth.exhibitor {
                        Some(e) => {
                            if ui
                                .link(current_name)
                                .on_hover_text("Select the company")
                                .clicked()
                            {
                                self.selection = Selection::one(Item::Exhibitor(e));
                            }
                        }
                        None => {
                            ui.label(current_name);
                        }
                    }
                    if booth.exhibitor.is_some() && ui.button("Unassign").clicked() {
                        if let Some(e) = Edit::unassign(self.doc.plan(), id) {
                            self.push_edit(e);
                        }
                    }
                });
                ui.end_row();
            });
        ui.separator();
        let open = self.derived().open_sides(id);
        egui::Grid::new("booth-derived")
            .num_columns(2)
            .show(ui, |ui| {
                ui.label("Size");
                ui.label(fmt_size(&booth.rect));
                ui.end_row();
                ui.label("Area");
                ui.label(fmt_m2(booth.area_mm2()));
                ui.end_row();
                ui.label("Type");
                ui.label(open.booth_type().label());
                ui.end_row();
                ui.label("Open sides");
                ui.label(open.describe());
                ui.end_row();
                ui.label("Zone");
                ui.label(
                    self.doc
                        .plan()
                        .zone_of(&booth)
                        .and_then(|z| self.doc.plan().zones.get(&z))
                        .map_or("none", |z| z.name.as_str()),
                );
                ui.end_row();
                ui.label("Price");
                ui.label(
                    self.derived()
                        .price_minor(self.doc.plan(), id)
                        .map_or(String::new(), |p| {
                            fmt_price(p, &self.doc.plan().meta.currency)
                        }),
                );
                ui.end_row();
            });
        let findings: Vec<String> = self
            .report()
            .findings
            .iter()
            .filter(|f| f.booth_ids.contains(&id))
            .map(|f| format!("{}: {}", f.severity(), f.message))
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
    fn exhibitor_inspector_ui(&mut self, ui: &mut egui::Ui, id: ExhibitorId) {
        let Some(e) = self.doc.plan().exhibitors.get(&id).cloned() else {
            return;
        };
        ui.heading(&e.name);
        let mut changed = e.clone();
        egui::Grid::new("exhibitor-fields")
            .num_columns(2)
            .show(ui, |ui| {
                for (label, key, value) in [
                    ("Name", "name", &e.name),
                    ("Country", "country", &e.country),
                    ("Sector", "sector", &e.sector),
                    ("E-mail", "email", &e.contact.email),
                    ("Contact", "person", &e.contact.person),
                    ("Notes", "notes", &e.notes),
                ] {
                    let label = ui.label(label).id;
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
                let label = ui.label("Contracted m²").id;
                let current = format!("{}", e.contracted_area_mm2 as f64 / 1e6);
                if let Some(text) = committed_text(
                    ui,
                    egui::Id::unique(("exhibitor-area", id.0)),
                    &current,
                    label,
                ) {
                    match text.trim().replace(',', ".").parse::<f64>() {
                        Ok(v) if v >= 0.0 => changed.contracted_area_mm2 = (v * 1e6).round() as i64,
                        _ => self.status = format!("\"{text}\" is not an area in m²"),
                    }
                }
                ui.end_row();
                let label = ui.label("Priority").id;
                if let Some(text) = committed_text(
                    ui,
                    egui::Id::unique(("exhibitor-priority", id.0)),
                    &e.priority.to_string(),
                    label,
                ) {
                    match text.trim().parse::<i32>() {
                        Ok(v) => changed.priority = v,
                        Err(_) => self.status = format!("\"{text}\" is not a whole number"),
                    }
                }
                ui.end_row();
                let label = ui.label("Zone");
                let zone_text = changed
                    .preferred_zone
                    .and_then(|z| self.doc.plan().zones.get(&z))
                    .map_or("none".to_owned(), |z| z.name.clone());
                egui::ComboBox::from_id_salt(("exhibitor-zone", id.0))
                    .selected_text(zone_text)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut changed.preferred_zone, None, "none");
                        for (zid, z) in &self.doc.plan().zones {
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
        ui.label("Competitors");
        for c in e.competitors.clone() {
            ui.horizontal(|ui| {
                ui.label(
                    self.doc
                        .plan()
                        .exhibitors
                        .get(&c)
                        .map_or_else(|| c.to_string(), |x| x.name.clone()),
                );
                if ui.small_button("Remove").clicked() {
                    changed.competitors.remove(&c);
                }
            });
        }
        egui::ComboBox::new(("add-competitor", id.0), "Add competitor")
            .selected_text("choose…")
            .show_ui(ui, |ui| {
                for (other, x) in &self.doc.plan().exhibitors {
                    if *other != id
                        && !changed.competitors.contains(other)
                        && ui.selectable_label(false, x.name.as_str()).clicked()
                    {
                        changed.competitors.insert(*other);
                    }
                }
            });
        let booths: Vec<(BoothId, String)> = self
            .doc
            .plan()
            .booths_of(id)
            .map(|(b, booth)| (b, booth.number.clone()))
            .collect();
        ui.horizontal_wrapped(|ui| {
            ui.label("Booths:");
            if booths.is_empty() {
                ui.weak("none yet: drag the company onto a booth");
            }
            for (b, number) in booths {
                if ui.link(number).clicked() {
                    self.selection = Selection::one(Item::Booth(b));
                    self.zoom_to_selection();
                }
            }
        });
        if changed != e {
            self.push_edit(Edit::Exhibitor(id, Some(changed)));
        }
        ui.separator();
        if ui
            .button("Remove company")
            .on_hover_text("Frees its booths; undo brings it back")
            .clicked()
        {
            self.push_edit(Edit::remove_exhibitor(self.doc.plan(), id));
            self.selection.clear();
            self.status = format!("{} removed — Ctrl+Z brings it back", e.name);
        }
    }

    pub(super) fn problems_ui(&mut self, ui: &mut egui::Ui) {
        let r = self.report();
        ui.horizontal(|ui| {
            ui.heading("Problems");
            ui.colored_label(super::theme::ERROR, format!("{} errors", r.errors()));
            ui.colored_label(super::theme::WARNING, format!("{} warnings", r.warnings()));
            ui.label(format!("{} infos", r.infos()));
        });
        let mut clicked: Option<Vec<BoothId>> = None;
        let mut clicked_exhibitor = None;
        ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
            for severity in [Severity::Error, Severity::Warning, Severity::Info] {
                for rule in Rule::ALL.iter().filter(|rule| rule.severity() == severity) {
                    let findings: Vec<_> = self.report().of_rule(*rule).collect();
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
                    self.select_exhibitor(e);
                }
            } else {
                self.selection = Selection::of_booths(booths);
                self.zoom_to_selection();
            }
        }
    }
}
