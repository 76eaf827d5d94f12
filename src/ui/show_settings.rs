//! The Show settings window: the show's name, venue, dates and currency, prices, the grid
//! pitch, and every venue rule with its unit and default. Each change is one undo step and is
//! validated at once.

use crate::edit::Edit;
use crate::i18n::{Arg, t, ta};
use crate::model::{Meta, Pricing, VenueRules};

use super::BoothApp;
use super::panels::committed_text_sized;
use super::panels::{decimal_mark, show_metres};
use crate::model::geom::plain_number;

/// Width of a text field in the window (points).
const FIELD: f32 = 240.0;
/// Width of a number field (points).
const NUMBER: f32 = 90.0;

/// How a rule's number is shown and typed.
#[derive(Clone, Copy)]
enum Unit {
    /// Millimetres, shown and typed in metres.
    Metres,
    /// Square millimetres, shown and typed in square metres.
    SquareMetres,
    /// Per mille, shown and typed in per cent.
    Percent,
}

impl Unit {
    fn show(self, v: i64) -> String {
        match self {
            Unit::Metres => show_metres(v),
            Unit::SquareMetres => decimal_mark(plain_number(v as f64 / 1e6)),
            Unit::Percent => decimal_mark(plain_number(v as f64 / 10.0)),
        }
    }

    fn parse(self, text: &str) -> Option<i64> {
        // A number as typed, its unit optional, a comma as a decimal point.
        let number = || -> Option<f64> {
            let cleaned =
                super::panels::plain_decimal(text.trim().trim_end_matches(['m', '²', '%']));
            let v: f64 = cleaned.parse().ok()?;
            (v.is_finite() && v.abs() <= 1e9).then_some(v)
        };
        match self {
            // "2400 mm" and "2.4 m" alike.
            Unit::Metres => super::panels::parse_metres(text, 1),
            Unit::SquareMetres => number().map(|v| (v * 1e6).round() as i64),
            Unit::Percent => number().map(|v| (v * 10.0).round() as i64),
        }
    }

    fn suffix(self) -> &'static str {
        match self {
            Unit::Metres => "m",
            Unit::SquareMetres => "m²",
            Unit::Percent => "%",
        }
    }
}

/// Each venue rule: its name's catalogue key (also its field's id), unit, how to read and
/// write it, and whether 0 is allowed.
type RuleField = (
    &'static str,
    Unit,
    fn(&VenueRules) -> i64,
    fn(&mut VenueRules, i64),
    // May be 0 (the validator refuses only negatives for it: a tolerance, a facing gap, a
    // smallest area).
    bool,
);

const RULES: [RuleField; 13] = [
    (
        "show-settings-rule-min-aisle",
        Unit::Metres,
        |r| r.min_aisle_mm,
        |r, v| r.min_aisle_mm = v,
        false,
    ),
    (
        "show-settings-rule-exit-clearance",
        Unit::Metres,
        |r| r.exit_clearance_mm,
        |r, v| r.exit_clearance_mm = v,
        false,
    ),
    (
        "show-settings-rule-fire-clearance",
        Unit::Metres,
        |r| r.fire_equipment_clearance_mm,
        |r, v| r.fire_equipment_clearance_mm = v,
        false,
    ),
    (
        "show-settings-rule-max-travel",
        Unit::Metres,
        |r| r.max_travel_mm,
        |r, v| r.max_travel_mm = v,
        false,
    ),
    (
        "show-settings-rule-max-dead-end",
        Unit::Metres,
        |r| r.max_dead_end_mm,
        |r, v| r.max_dead_end_mm = v,
        false,
    ),
    (
        "show-settings-rule-max-row",
        Unit::Metres,
        |r| r.max_row_length_mm,
        |r, v| r.max_row_length_mm = v,
        false,
    ),
    (
        "show-settings-rule-max-depth",
        Unit::Metres,
        |r| r.max_booth_depth_mm,
        |r, v| r.max_booth_depth_mm = v,
        false,
    ),
    (
        "show-settings-rule-min-area",
        Unit::SquareMetres,
        |r| r.min_booth_area_mm2,
        |r, v| r.min_booth_area_mm2 = v,
        true,
    ),
    (
        "show-settings-rule-min-side",
        Unit::Metres,
        |r| r.min_booth_side_mm,
        |r, v| r.min_booth_side_mm = v,
        false,
    ),
    (
        "show-settings-rule-area-tolerance",
        Unit::Percent,
        |r| r.area_tolerance_permille,
        |r, v| r.area_tolerance_permille = v,
        true,
    ),
    (
        "show-settings-rule-competitor-gap",
        Unit::Metres,
        |r| r.competitor_facing_gap_mm,
        |r, v| r.competitor_facing_gap_mm = v,
        true,
    ),
    (
        "show-settings-rule-clear-width",
        Unit::Metres,
        |r| r.min_clear_width_mm,
        |r, v| r.min_clear_width_mm = v,
        false,
    ),
    (
        "show-settings-rule-walk-grid",
        Unit::Metres,
        |r| r.walk_grid_mm,
        |r, v| r.walk_grid_mm = v,
        false,
    ),
];

/// Grid pitches offered: half a metre, a metre, ten feet.
const PITCHES: [(i64, &str); 3] = [(500, "0.5 m"), (1000, "1 m"), (3048, "10 ft (3.048 m)")];

impl BoothApp {
    /// The Show settings window's contents; `close` when it is done.
    pub(super) fn show_settings_ui(&mut self, ui: &mut egui::Ui, close: &mut bool) {
        ui.heading(t("show-settings-heading"));
        let plan = self.doc.plan();
        let (meta, pricing, rules) = (plan.meta.clone(), plan.pricing.clone(), plan.rules.clone());
        egui::ScrollArea::vertical()
            .max_height(560.0)
            .show(ui, |ui| {
                egui::Grid::new("show-meta").num_columns(2).show(ui, |ui| {
                    self.meta_fields_ui(ui, &meta);
                    self.pricing_fields_ui(ui, &meta, &pricing);
                });
                ui.separator();
                ui.label(t("show-settings-rules-heading"));
                egui::Grid::new("show-rules").num_columns(3).show(ui, |ui| {
                    let defaults = VenueRules::default();
                    for (key, unit, get, set, zero_ok) in RULES {
                        let name = t(key);
                        let label = ui.label(format!("{name} ({})", unit.suffix())).id;
                        if let Some(text) = committed_text_sized(
                            ui,
                            egui::Id::unique(("rule", key)),
                            &unit.show(get(&rules)),
                            label,
                            NUMBER,
                        ) {
                            match unit.parse(&text) {
                                Some(v) if v > 0 || (v == 0 && zero_ok) => {
                                    let mut changed = rules.clone();
                                    set(&mut changed, v);
                                    self.push_edit(Edit::Rules(changed));
                                }
                                _ => {
                                    let message = if zero_ok {
                                        "show-settings-not-number-zero-ok"
                                    } else {
                                        "show-settings-not-number-positive"
                                    };
                                    self.status = ta(
                                        message,
                                        &[("rule", Arg::from(&name)), ("text", Arg::from(&text))],
                                    );
                                }
                            }
                        }
                        ui.weak(ta(
                            "show-settings-rule-default",
                            &[(
                                "value",
                                Arg::from(format!(
                                    "{} {}",
                                    unit.show(get(&defaults)),
                                    unit.suffix()
                                )),
                            )],
                        ));
                        ui.end_row();
                    }
                });
            });
        ui.horizontal(|ui| {
            if ui.button(t("show-settings-restore-rules")).clicked() {
                self.push_edit(Edit::Rules(VenueRules::default()));
            }
            if ui.button(t("show-settings-close")).clicked() {
                *close = true;
            }
        });
    }

    fn meta_fields_ui(&mut self, ui: &mut egui::Ui, meta: &Meta) {
        for (name, key, value) in [
            ("show-settings-show-name", "show", &meta.show_name),
            ("show-settings-venue", "venue", &meta.venue),
            ("show-settings-first-day", "start", &meta.start_date),
            ("show-settings-last-day", "end", &meta.end_date),
            ("show-settings-contact", "contact", &meta.organiser_contact),
            ("show-settings-currency", "currency", &meta.currency),
        ] {
            let label = ui.label(t(name)).id;
            if let Some(text) =
                committed_text_sized(ui, egui::Id::unique(("meta", key)), value, label, FIELD)
            {
                let mut changed = meta.clone();
                match key {
                    "show" => changed.show_name = text,
                    "venue" => changed.venue = text,
                    "start" => changed.start_date = text,
                    "end" => changed.end_date = text,
                    "contact" => changed.organiser_contact = text,
                    _ => changed.currency = text.trim().to_uppercase(),
                }
                self.push_edit(Edit::Meta(changed));
            }
            ui.end_row();
        }
        let label = ui.label(t("show-settings-grid-pitch"));
        let mut pitch = meta.grid_pitch_mm;
        let shown = PITCHES.iter().find(|(p, _)| *p == pitch).map_or_else(
            || format!("{} m", show_metres(pitch)),
            |(_, s)| (*s).to_owned(),
        );
        egui::ComboBox::from_id_salt("grid-pitch")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for (p, name) in PITCHES {
                    ui.selectable_value(&mut pitch, p, name);
                }
            })
            .response
            .labelled_by(label.id);
        if pitch != meta.grid_pitch_mm {
            let mut changed = meta.clone();
            changed.grid_pitch_mm = pitch;
            self.push_edit(Edit::Meta(changed));
        }
        ui.end_row();
        // The language of this show's maps, lists, packs and reports (one undo step).
        let label = ui.label(t("show-settings-export-language"));
        let mut language = meta.language;
        let name = |l: Option<crate::i18n::Lang>| {
            l.map_or_else(
                || t("show-settings-export-language-default"),
                |l| l.native_name().to_owned(),
            )
        };
        egui::ComboBox::from_id_salt("export-language")
            .selected_text(name(language))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut language, None, name(None));
                for l in crate::i18n::Lang::ALL {
                    ui.selectable_value(&mut language, Some(l), name(Some(l)));
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(t("show-settings-export-language-tip"));
        if language != meta.language {
            let mut changed = meta.clone();
            changed.language = language;
            self.push_edit(Edit::Meta(changed));
        }
        ui.end_row();
    }

    fn pricing_fields_ui(&mut self, ui: &mut egui::Ui, meta: &Meta, pricing: &Pricing) {
        let label = ui
            .label(ta(
                "show-settings-price-per-m2",
                &[("currency", Arg::from(&meta.currency))],
            ))
            .id;
        if let Some(text) = committed_text_sized(
            ui,
            egui::Id::unique("price-per-m2"),
            &super::panels::show_money(Some(pricing.per_m2_minor)),
            label,
            NUMBER,
        ) {
            // The show's rate is never empty: an empty field is no price.
            match super::panels::parse_money(&text) {
                Ok(Some(minor)) => {
                    let mut changed = pricing.clone();
                    changed.per_m2_minor = minor;
                    self.push_edit(Edit::Pricing(changed));
                }
                _ => {
                    self.status = ta("show-settings-not-price", &[("text", Arg::from(&text))]);
                }
            }
        }
        ui.end_row();
        let label = ui.label(t("show-settings-open-side-premium")).id;
        if let Some(text) = committed_text_sized(
            ui,
            egui::Id::unique("open-side-premium"),
            &Unit::Percent.show(pricing.open_side_premium_permille),
            label,
            NUMBER,
        ) {
            match Unit::Percent.parse(&text) {
                Some(v) if v >= 0 => {
                    let mut changed = pricing.clone();
                    changed.open_side_premium_permille = v;
                    self.push_edit(Edit::Pricing(changed));
                }
                _ => {
                    self.status = ta(
                        "show-settings-not-percentage",
                        &[("text", Arg::from(&text))],
                    );
                }
            }
        }
        ui.end_row();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_units_read_what_people_type() {
        assert_eq!(Unit::Metres.parse("2.4"), Some(2400));
        assert_eq!(Unit::Metres.parse("2,4 m"), Some(2400));
        assert_eq!(Unit::Metres.parse("2400 mm"), Some(2400));
        assert_eq!(Unit::SquareMetres.parse("9 m²"), Some(9_000_000));
        assert_eq!(Unit::Percent.parse("5 %"), Some(50));
        assert_eq!(Unit::Metres.parse("three"), None);
        assert_eq!(Unit::Metres.show(61_000), "61");
        assert_eq!(Unit::Percent.show(50), "5");
    }
}
