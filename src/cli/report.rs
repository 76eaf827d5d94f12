//! `boothplan report sales`: the committee's weekly question, how much is sold, in figures.

use std::fmt::Write as _;
use std::path::Path;

use boothplan::i18n::{self, Arg, Lang};
use boothplan::model::geom::{m2, plain_number};
use boothplan::model::{Derived, Plan};
use boothplan::sales::{Breakdown, ByStatus, GroupName, Sales, breakdown_key, groups, sales};
use boothplan::text::{display_width, padded};

use super::{OK, ReportFormat, UNREADABLE, deliver, load_or_report};

/// Every breakdown of the report: its title and groups, names in `lang`.
fn breakdowns(
    plan: &Plan,
    s: &Sales,
    name: impl Fn(&GroupName) -> String,
) -> Vec<(Breakdown, Vec<(String, ByStatus)>)> {
    Breakdown::ALL
        .into_iter()
        .map(|by| {
            let list = groups(plan, s, by)
                .into_iter()
                .map(|g| (name(&g.name), g.figures))
                .collect();
            (by, list)
        })
        .collect()
}

/// The report for people, in `lang`.
fn text(plan: &Plan, s: &Sales, lang: Lang) -> String {
    let money = |minor: i128| i18n::money(lang, minor, &plan.meta.currency);
    let area = |mm2: i128| i18n::area(lang, mm2);
    let tr = |key: &str, args: &[(&str, Arg)]| i18n::tr(lang, key, args);
    let mut out = tr(
        "report-sales-heading",
        &[
            ("show", Arg::from(&plan.meta.show_name)),
            ("revision", Arg::Text(plan.meta.revision.to_string())),
        ],
    );
    out.push_str("\n\n");
    let t = &s.total;
    let rows: Vec<(String, &boothplan::sales::Tally)> = [
        ("status-sold", &t.sold),
        ("status-reserved", &t.reserved),
        ("status-on-hold", &t.on_hold),
        ("status-available", &t.available),
    ]
    .into_iter()
    .map(|(k, x)| (tr(k, &[]), x))
    .collect();
    let width = rows
        .iter()
        .map(|(l, _)| display_width(l))
        .max()
        .unwrap_or(0);
    for (label, x) in rows {
        let booths = tr("report-booths", &[("count", Arg::from(x.booths))]);
        let _ = writeln!(
            out,
            "{} {} {} {}",
            padded(&label, width, false),
            padded(&booths, 14, true),
            padded(&area(x.area_mm2), 12, true),
            padded(&money(x.revenue_minor), 22, true)
        );
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{}",
        tr(
            "sales-revenue-line",
            &[
                ("booked", Arg::from(money(t.sold.revenue_minor))),
                ("pending", Arg::from(money(t.pending_minor()))),
                ("potential", Arg::from(money(t.available.revenue_minor))),
            ],
        )
    );
    let _ = writeln!(
        out,
        "{}",
        tr(
            "sales-waiting",
            &[
                ("count", Arg::from(s.waiting)),
                ("area", Arg::from(area(s.waiting_area_mm2))),
            ],
        )
    );
    for (by, groups) in breakdowns(plan, s, |n| n.text(lang)) {
        let _ = writeln!(
            out,
            "\n{}",
            tr(
                "report-breakdown-heading",
                &[("breakdown", Arg::from(tr(breakdown_key(by), &[])))]
            )
        );
        for (name, g) in groups {
            let total = g.total();
            let mut line = format!(
                "  {name}: {} / {}, {} / {}, {}",
                i18n::count(lang, g.sold.booths as i128),
                i18n::count(lang, total.booths as i128),
                area(g.sold.area_mm2),
                area(total.area_mm2),
                money(g.sold.revenue_minor)
            );
            if by == Breakdown::Type
                && let Some(per_m2) = total.per_m2_minor()
            {
                let _ = write!(
                    line,
                    ", {}",
                    tr(
                        "report-average-per-m2",
                        &[("price", Arg::from(money(per_m2)))]
                    )
                );
            }
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

fn tally_json(g: &ByStatus) -> serde_json::Value {
    let t = |x: &boothplan::sales::Tally| {
        serde_json::json!({
            "booths": x.booths,
            "area_m2": m2(x.area_mm2),
            "revenue": x.revenue_minor as f64 / 100.0,
        })
    };
    serde_json::json!({
        "available": t(&g.available),
        "on_hold": t(&g.on_hold),
        "reserved": t(&g.reserved),
        "sold": t(&g.sold),
        "total": t(&g.total()),
    })
}

fn json(plan: &Plan, s: &Sales) -> serde_json::Value {
    let mut out = serde_json::json!({
        "show": plan.meta.show_name,
        "revision": plan.meta.revision,
        "currency": plan.meta.currency,
        "total": tally_json(&s.total),
        "booked": s.total.sold.revenue_minor as f64 / 100.0,
        "pending": s.total.pending_minor() as f64 / 100.0,
        "potential": s.total.available.revenue_minor as f64 / 100.0,
        "waiting": s.waiting,
        "waiting_area_m2": m2(s.waiting_area_mm2),
    });
    for (by, groups) in breakdowns(plan, s, GroupName::stable) {
        out[by.key()] = groups
            .iter()
            .map(|(n, g)| serde_json::json!({ "name": n, "figures": tally_json(g) }))
            .collect();
    }
    out
}

/// One row per breakdown, group and status, numbers as numbers.
fn csv_rows(plan: &Plan, s: &Sales) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut push = |breakdown: &str, name: &str, g: &ByStatus| {
        for (status, x) in [
            ("available", &g.available),
            ("on hold", &g.on_hold),
            ("reserved", &g.reserved),
            ("sold", &g.sold),
        ] {
            rows.push(vec![
                breakdown.to_owned(),
                name.to_owned(),
                status.to_owned(),
                x.booths.to_string(),
                plain_number(m2(x.area_mm2)),
                plain_number(x.revenue_minor as f64 / 100.0),
                plan.meta.currency.clone(),
            ]);
        }
    };
    push("Total", "All booths", &s.total);
    for (by, groups) in breakdowns(plan, s, GroupName::stable) {
        let title = i18n::tr(Lang::En, breakdown_key(by), &[]);
        for (name, g) in &groups {
            push(&title, name, g);
        }
    }
    rows
}

/// `boothplan report sales PLAN`.
pub fn sales_cmd(
    path: &Path,
    format: ReportFormat,
    output: Option<&Path>,
    lang: Option<Lang>,
) -> anyhow::Result<u8> {
    let plan = match load_or_report(path) {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let s = sales(&plan, &Derived::new(&plan));
    let lang = super::export_language(lang, &plan);
    let bytes = match format {
        ReportFormat::Text => text(&plan, &s, lang).into_bytes(),
        ReportFormat::Pdf => boothplan::export::sales::sales_pdf(&plan, &s, lang, &super::today())?,
        ReportFormat::Json => (serde_json::to_string_pretty(&json(&plan, &s))? + "\n").into_bytes(),
        ReportFormat::Csv => {
            boothplan::export::lists::to_csv(
                &[
                    "breakdown",
                    "group",
                    "status",
                    "booths",
                    "area_m2",
                    "revenue",
                    "currency",
                ],
                &csv_rows(&plan, &s),
                boothplan::export::lists::CsvEncoding::Utf8Bom,
            )?
            .0
        }
    };
    let text = matches!(format, ReportFormat::Text);
    Ok(if deliver(output, &bytes, text)? {
        OK
    } else {
        UNREADABLE
    })
}
