//! The exhibitors panel: search (any script, diacritics optional), filters, the list, and
//! companies carried onto booths.

use egui::{RichText, ScrollArea};

use super::super::context::{Actions, ViewContext};
use super::super::{Item, Selection};
use crate::document::Document;
use crate::i18n::{self, Arg, t, ta};
use crate::model::{ExhibitorId, ZoneId};

/// Filters of the exhibitors panel.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Only exhibitors without a booth.
    pub unallocated: bool,
    /// Only this zone.
    pub zone: Option<ZoneId>,
    /// Only this sector.
    pub sector: Option<String>,
    /// Only this country.
    pub country: Option<String>,
}

/// The exhibitors panel and what it keeps between frames.
#[derive(Default)]
pub struct ExhibitorsPanel {
    /// Search text.
    pub search: String,
    /// Filters.
    pub filters: Filters,
    /// The last list, with the search, filters and lookups generation it was made from.
    cache: Option<(String, Filters, u64, Vec<ExhibitorId>)>,
}

/// Selects a company alone and reveals its booths (outlined as selected).
pub fn select_exhibitor(out: &mut Actions, id: ExhibitorId) {
    out.select(Selection::one(Item::Exhibitor(id)));
    out.zoom_to_selection();
}

/// A filter combo box: "Any …" or one of `options`. `salt` keeps its id the same in every
/// language; `label` and `any` are the catalogue keys of its label and of "Any …".
fn text_filter_ui(
    ui: &mut egui::Ui,
    salt: &str,
    label: &str,
    any: &str,
    options: &[String],
    value: &mut Option<String>,
) {
    let any = t(any);
    egui::ComboBox::new(("filter", salt), t(label))
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

impl ExhibitorsPanel {
    /// Forgets a zone filter whose zone is gone.
    pub fn forget_missing(&mut self, plan: &crate::model::Plan) {
        if self
            .filters
            .zone
            .is_some_and(|z| !plan.zones.contains_key(&z))
        {
            self.filters.zone = None;
        }
    }

    /// Exhibitors matching the search and filters, in name order (cached until the search,
    /// the filters or the plan change).
    pub fn filtered(&mut self, doc: &Document) -> Vec<ExhibitorId> {
        if let Some((search, filters, generation, list)) = &self.cache
            && *search == self.search
            && *filters == self.filters
            && *generation == doc.lookup_generation()
        {
            return list.clone();
        }
        let query = self.search.trim().to_owned();
        let folded_query = crate::text::fold(&query);
        let lookup = doc.lookup();
        let out: Vec<ExhibitorId> = lookup
            .folded
            .iter()
            .filter(|(id, folded)| {
                let Some(e) = doc.plan().exhibitors.get(id) else {
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
                        .filter_map(|b| doc.plan().booths.get(b))
                        .any(|b| crate::text::fold(&b.number).contains(&folded_query))
            })
            .map(|(id, _)| *id)
            .collect();
        self.cache = Some((
            self.search.clone(),
            self.filters.clone(),
            doc.lookup_generation(),
            out.clone(),
        ));
        out
    }

    #[expect(
        clippy::too_many_lines,
        reason = "one panel laid out top to bottom as it appears"
    )]
    /// Draws the panel; a click selects a company, a drag carries it to a booth.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions) {
        ui.heading(t("exhibitors-title"));
        ui.horizontal(|ui| {
            let search_label = ui.label(t("exhibitors-search")).id;
            ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text(t("exhibitors-search-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(search_label);
        });
        ui.horizontal_wrapped(|ui| {
            ui.checkbox(&mut self.filters.unallocated, t("exhibitors-unallocated"));
            let zones: Vec<(ZoneId, String)> = cx
                .doc
                .plan()
                .zones
                .iter()
                .map(|(id, z)| (*id, z.name.clone()))
                .collect();
            let zone_text = self
                .filters
                .zone
                .and_then(|z| cx.doc.plan().zones.get(&z))
                .map_or_else(|| t("exhibitors-any-zone"), |z| z.name.clone());
            egui::ComboBox::new("zone-filter", t("exhibitors-zone"))
                .selected_text(zone_text)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.filters.zone, None, t("exhibitors-any-zone"));
                    for (id, name) in zones {
                        ui.selectable_value(&mut self.filters.zone, Some(id), name);
                    }
                });
            text_filter_ui(
                ui,
                "Sector",
                "exhibitors-sector",
                "exhibitors-any-sector",
                &cx.doc.lookup().sectors,
                &mut self.filters.sector,
            );
            text_filter_ui(
                ui,
                "Country",
                "exhibitors-country",
                "exhibitors-any-country",
                &cx.doc.lookup().countries,
                &mut self.filters.country,
            );
        });
        let list = self.filtered(cx.doc);
        ui.label(RichText::new(ta("exhibitors-shown", &[("count", Arg::from(list.len()))])).weak());
        ui.separator();
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        let lang = i18n::current();
        let no_booth = t("exhibitors-no-booth");
        ScrollArea::vertical().auto_shrink(false).show_rows(
            ui,
            row_height,
            list.len(),
            |ui, range| {
                for id in &list[range] {
                    let Some(e) = cx.doc.plan().exhibitors.get(id) else {
                        continue;
                    };
                    let booths: Vec<&str> = cx
                        .doc
                        .lookup()
                        .booths_of
                        .get(id)
                        .into_iter()
                        .flatten()
                        .filter_map(|b| cx.doc.plan().booths.get(b))
                        .map(|b| b.number.as_str())
                        .collect();
                    let where_ = if booths.is_empty() {
                        no_booth.clone()
                    } else {
                        booths.join(", ")
                    };
                    // What the organiser allocates by: contract area and the zone asked for.
                    let zone = e
                        .preferred_zone
                        .and_then(|z| cx.doc.plan().zones.get(&z))
                        .map_or(String::new(), |z| format!(" · {}", z.name));
                    let text = format!(
                        "{} · {} · {} · {}{zone}",
                        e.name,
                        e.country,
                        i18n::area(lang, i128::from(e.contracted_area_mm2)),
                        where_
                    );
                    // The company selected, or the one in a selected booth.
                    let selected = cx.selection.contains(Item::Exhibitor(*id))
                        || cx
                            .lookup()
                            .booths_of
                            .get(id)
                            .is_some_and(|b| b.iter().any(|b| cx.selection.has_booth(*b)));
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
                            let mut more = cx.selection.clone();
                            more.toggle(Item::Exhibitor(*id));
                            out.select(more);
                        } else {
                            select_exhibitor(out, *id);
                        }
                    }
                }
            },
        );
    }
}
