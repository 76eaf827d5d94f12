//! The Sales window: how much is sold, by hall, zone, country, sector and booth type, as
//! figures and as stacked bars. A click on a bar (or a group's name) selects its booths; the
//! figures follow every edit, computed once per change of the plan.

use egui_plot::{Bar, BarChart, GridMark, Plot};

use super::BoothApp;
use super::selection::Selection;
use crate::i18n::{self, Arg, t, ta};
use crate::model::BoothStatus;
use crate::sales::{
    Breakdown, Group, GroupName, STACK, Sales, Tally, booths_of, breakdown_key, groups, sales,
};

/// What the bars measure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Measure {
    /// Floor, m².
    #[default]
    Area,
    /// Number of booths.
    Booths,
    /// Money.
    Revenue,
}

impl Measure {
    fn of(self, x: &Tally) -> f64 {
        match self {
            Measure::Area => crate::model::geom::m2(x.area_mm2),
            Measure::Booths => x.booths as f64,
            Measure::Revenue => x.revenue_minor as f64 / 100.0,
        }
    }

    /// A value of this measure for a bar's tooltip: "1,234.5 m²", "12 booths", "USD 1,234".
    fn text(self, lang: i18n::Lang, v: f64) -> String {
        match self {
            Measure::Area => format!("{} m²", i18n::decimal(lang, v, 1)),
            Measure::Booths => i18n::tr(
                lang,
                "report-booths",
                &[("count", Arg::Int(v.round() as i64))],
            ),
            Measure::Revenue => i18n::decimal(lang, v, 2),
        }
    }

    /// A value on the axis: whole numbers grouped the language's way.
    fn axis_text(self, lang: i18n::Lang, v: f64) -> String {
        let n = i18n::decimal(lang, v, 0);
        match self {
            Measure::Area => format!("{n} m²"),
            Measure::Booths | Measure::Revenue => n,
        }
    }

    fn key(self) -> &'static str {
        match self {
            Measure::Area => "sales-measure-area",
            Measure::Booths => "sales-measure-booths",
            Measure::Revenue => "sales-measure-revenue",
        }
    }
}

/// The Sales window's state.
#[derive(Default)]
pub struct SalesView {
    /// Shown.
    pub open: bool,
    /// The breakdown the chart and table show.
    pub by: Breakdown,
    /// What the bars measure.
    pub measure: Measure,
    /// The figures and the document generation they were computed for.
    cache: Option<(u64, Sales)>,
    /// Where the chart was last drawn: plot to screen.
    chart: Option<egui_plot::PlotTransform>,
}

impl SalesView {
    /// Where on the screen a point of the chart was last drawn: `value` along the bar of the
    /// group in `row` (0 is the top bar). For tests and automation that click a bar.
    pub fn chart_position(&self, row: usize, value: f64) -> Option<egui::Pos2> {
        let at = egui_plot::PlotPoint::new(value, -(row as f64));
        self.chart.as_ref().map(|t| t.position_from_point(&at))
    }
}

/// A group's name in the current language.
pub fn group_name(name: &GroupName) -> String {
    name.text(i18n::current())
}

/// The group and status under a point of the chart (bars lie along x at y = 0, -1, -2, …,
/// stacked in [`STACK`] order): `None` off every bar, a status `None` past a bar's end.
pub fn hit(values: &[[f64; 4]], x: f64, y: f64) -> Option<(usize, Option<BoothStatus>)> {
    let row = (-y).round();
    if !(0.0..values.len() as f64).contains(&row) || (row + y).abs() > 0.4 || x < 0.0 {
        return None;
    }
    let index = row as usize;
    let mut end = 0.0;
    for (status, v) in STACK.iter().zip(values[index]) {
        end += v;
        if x < end {
            return Some((index, Some(*status)));
        }
    }
    Some((index, None))
}

impl BoothApp {
    /// Opens or closes the Sales window.
    pub(super) fn toggle_sales(&mut self) {
        self.sales.open = !self.sales.open;
    }

    /// The Sales window, when open.
    pub(super) fn sales_ui(&mut self, ctx: &egui::Context) {
        if !self.sales.open {
            return;
        }
        // Figures made while the derived values lag an edit applied this frame (a paste, a
        // dialog's follow-up) are made again next frame, not kept for this generation.
        let generation = if self.doc.is_current() {
            self.doc.generation()
        } else {
            u64::MAX
        };
        if self
            .sales
            .cache
            .as_ref()
            .is_none_or(|(g, _)| *g != generation || *g == u64::MAX)
        {
            let figures = sales(self.doc.plan(), self.doc.derived());
            self.sales.cache = Some((generation, figures));
        }
        let mut open = true;
        let mut pick: Pick = None;
        let view = &mut self.sales;
        let Some((_, figures)) = view.cache.as_ref() else {
            return;
        };
        let plan = self.doc.plan();
        let lang = i18n::current();
        let currency = &plan.meta.currency;
        let money = |minor: i128| i18n::money(lang, minor, currency);
        egui::Window::new(t("sales-title"))
            .id(egui::Id::unique("boothplan-sales"))
            .open(&mut open)
            .default_width(560.0)
            .default_pos(egui::pos2(340.0, 90.0))
            .show(ctx, |ui| {
                totals_ui(ui, figures, &money);
                ui.separator();
                ui.horizontal(|ui| {
                    for by in Breakdown::ALL {
                        ui.selectable_value(&mut view.by, by, t(breakdown_key(by)));
                    }
                });
                ui.horizontal(|ui| {
                    ui.label(t("sales-measure"));
                    for m in [Measure::Area, Measure::Booths, Measure::Revenue] {
                        ui.selectable_value(&mut view.measure, m, t(m.key()));
                    }
                });
                let list = groups(plan, figures, view.by);
                let (picked, transform) = chart_ui(ui, &list, view.measure);
                view.chart = Some(transform);
                if let Some(p) = picked {
                    pick = Some(p);
                }
                ui.label(egui::RichText::new(t("sales-click-hint")).weak());
                if let Some(p) = table_ui(ui, &list, view.by, &money) {
                    pick = Some(p);
                }
            });
        if let Some((members, status)) = pick {
            let ids = booths_of(self.doc.plan(), self.doc.derived(), &members, status);
            self.status = ta("sales-selected", &[("count", Arg::from(ids.len()))]);
            self.selection = Selection::of_booths(ids);
        }
        if !open {
            self.sales.open = false;
        }
    }
}

fn totals_ui(ui: &mut egui::Ui, s: &Sales, money: &dyn Fn(i128) -> String) {
    let lang = i18n::current();
    egui::Grid::new("sales-totals")
        .num_columns(4)
        .striped(true)
        .show(ui, |ui| {
            ui.strong("");
            ui.strong(t("sales-col-booths"));
            ui.strong(t("sales-col-area"));
            ui.strong(t("sales-col-revenue"));
            ui.end_row();
            for status in STACK {
                let x = s.total.of(status);
                ui.label(t(status.key()));
                ui.label(i18n::count(lang, x.booths as i128));
                ui.label(i18n::area(lang, x.area_mm2));
                ui.label(money(x.revenue_minor));
                ui.end_row();
            }
            let all = s.total.total();
            ui.strong(t("sales-total"));
            ui.strong(i18n::count(lang, all.booths as i128));
            ui.strong(i18n::area(lang, all.area_mm2));
            ui.strong(money(all.revenue_minor));
            ui.end_row();
        });
    ui.label(ta(
        "sales-revenue-line",
        &[
            ("booked", Arg::from(money(s.total.sold.revenue_minor))),
            ("pending", Arg::from(money(s.total.pending_minor()))),
            (
                "potential",
                Arg::from(money(s.total.available.revenue_minor)),
            ),
        ],
    ));
    ui.label(ta(
        "sales-waiting",
        &[
            ("count", Arg::from(s.waiting)),
            ("area", Arg::from(i18n::area(lang, s.waiting_area_mm2))),
        ],
    ));
}

/// What a click on the chart picked: a group's booths, of one status or all.
type Pick = Option<(crate::sales::Members, Option<BoothStatus>)>;

/// The stacked bars; returns what a click picked, and where the chart was drawn.
fn chart_ui(
    ui: &mut egui::Ui,
    list: &[Group],
    measure: Measure,
) -> (Pick, egui_plot::PlotTransform) {
    let values: Vec<[f64; 4]> = list
        .iter()
        .map(|g| STACK.map(|s| measure.of(g.figures.of(s))))
        .collect();
    let names: Vec<String> = list
        .iter()
        .map(|g| crate::text::visible(&group_name(&g.name)))
        .collect();
    let lang = i18n::current();
    legend_ui(ui);
    let mut charts: Vec<BarChart> = Vec::new();
    for (i, status) in STACK.iter().enumerate() {
        let bars = values
            .iter()
            .enumerate()
            .map(|(row, v)| {
                Bar::new(-(row as f64), v[i])
                    .base_offset(v[..i].iter().sum())
                    .width(0.7)
                    .fill(super::theme::status_fill(*status))
                    .name(&names[row])
            })
            .collect();
        let status_name = t(status.key());
        charts.push(
            BarChart::new(t(status.key()), bars)
                .horizontal()
                .color(super::theme::status_fill(*status))
                .element_formatter(Box::new(move |bar, _| {
                    format!(
                        "{}\n{status_name}: {}",
                        bar.name,
                        measure.text(lang, bar.value)
                    )
                })),
        );
    }
    let rows = list.len();
    let label_names = names.clone();
    let height = (rows as f32 * 26.0 + 60.0).clamp(140.0, 360.0);
    let response = Plot::new("boothplan-sales-chart")
        .height(height)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([true, false])
        .include_x(0.0)
        .include_y(0.6)
        .include_y(-(rows as f64) + 0.4)
        .y_axis_min_width(150.0)
        .x_axis_formatter(move |mark: GridMark, _| {
            if mark.value < 0.0 {
                String::new()
            } else {
                measure.axis_text(lang, mark.value)
            }
        })
        .y_grid_spacer(move |_| {
            (0..rows)
                .map(|i| GridMark {
                    value: -(i as f64),
                    step_size: 1.0,
                })
                .collect()
        })
        .y_axis_formatter(move |mark: GridMark, _| {
            let row = (-mark.value).round();
            if (row + mark.value).abs() > 0.01 || row < 0.0 {
                return String::new();
            }
            label_names
                .get(row as usize)
                .map(|n| short(n, 22))
                .unwrap_or_default()
        })
        .show(ui, |plot| {
            for c in charts {
                plot.bar_chart(c);
            }
        });
    let transform = response.transform;
    let picked = response
        .response
        .clicked()
        .then(|| response.response.interact_pointer_pos())
        .flatten()
        .and_then(|pos| {
            let point = transform.value_from_position(pos);
            hit(&values, point.x, point.y)
        })
        .map(|(row, status)| (list[row].members.clone(), status));
    (picked, transform)
}

/// The colours of the bars, in the order they are stacked (what is sold first).
fn legend_ui(ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        for status in STACK {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, 2.0, super::theme::status_fill(status));
            ui.painter().rect_stroke(
                rect,
                2.0,
                egui::Stroke::new(1.0, egui::Color32::from_gray(90)),
                egui::StrokeKind::Inside,
            );
            ui.label(t(status.key()));
            ui.add_space(8.0);
        }
    });
}

/// At most `n` characters, with an ellipsis when cut.
fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(n - 1).collect();
        out.push('…');
        out
    }
}

/// The figures of each group; returns the group whose name was clicked.
fn table_ui(
    ui: &mut egui::Ui,
    list: &[Group],
    by: Breakdown,
    money: &dyn Fn(i128) -> String,
) -> Pick {
    let lang = i18n::current();
    let mut pick = None;
    egui::ScrollArea::vertical()
        .max_height(260.0)
        .show(ui, |ui| {
            egui::Grid::new("sales-groups")
                .num_columns(6)
                .striped(true)
                .show(ui, |ui| {
                    ui.strong(t(breakdown_key(by)));
                    ui.strong(t("sales-col-booths-sold"));
                    ui.strong(t("sales-col-area-sold"));
                    ui.strong(t("sales-booked"));
                    ui.strong(t("sales-pending"));
                    ui.strong(if by == Breakdown::Type {
                        t("sales-average-per-m2")
                    } else {
                        t("sales-potential")
                    });
                    ui.end_row();
                    for g in list {
                        let f = &g.figures;
                        let all = f.total();
                        if ui
                            .link(crate::text::visible(&group_name(&g.name)))
                            .on_hover_text(t("sales-select-group"))
                            .clicked()
                        {
                            pick = Some((g.members.clone(), None));
                        }
                        ui.label(format!(
                            "{} / {}",
                            i18n::count(lang, f.sold.booths as i128),
                            i18n::count(lang, all.booths as i128)
                        ));
                        ui.label(format!(
                            "{} / {}",
                            i18n::area(lang, f.sold.area_mm2),
                            i18n::area(lang, all.area_mm2)
                        ));
                        ui.label(money(f.sold.revenue_minor));
                        ui.label(money(f.pending_minor()));
                        if by == Breakdown::Type {
                            ui.label(all.per_m2_minor().map_or_else(|| "—".to_owned(), money));
                        } else {
                            ui.label(money(f.available.revenue_minor));
                        }
                        ui.end_row();
                    }
                });
        });
    pick
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_on_a_bar_names_its_group_and_status() {
        // Row 0: 2 sold, 1 reserved, 0 on hold, 3 available; row 1: all available.
        let values = [[2.0, 1.0, 0.0, 3.0], [0.0, 0.0, 0.0, 4.0]];
        assert_eq!(hit(&values, 1.0, 0.1), Some((0, Some(BoothStatus::Sold))));
        assert_eq!(
            hit(&values, 2.5, -0.2),
            Some((0, Some(BoothStatus::Reserved)))
        );
        assert_eq!(
            hit(&values, 3.5, 0.0),
            Some((0, Some(BoothStatus::Available)))
        );
        assert_eq!(hit(&values, 9.0, 0.0), Some((0, None)));
        assert_eq!(
            hit(&values, 0.5, -1.0),
            Some((1, Some(BoothStatus::Available)))
        );
        // Between bars, above the first, below the last, left of the axis: nothing.
        assert_eq!(hit(&values, 1.0, -0.5), None);
        assert_eq!(hit(&values, 1.0, 0.9), None);
        assert_eq!(hit(&values, 1.0, -2.0), None);
        assert_eq!(hit(&values, -0.1, 0.0), None);
    }
}
