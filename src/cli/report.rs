//! `boothplan report sales`: the committee's weekly question, how much is sold, in figures.

use std::fmt::Write as _;
use std::path::Path;

use boothplan::model::derive::fmt_price;
use boothplan::model::geom::{fmt_m2, m2, plain_number};
use boothplan::model::{Derived, Plan};
use boothplan::sales::{ByStatus, Sales, sales, top_ten};

use super::{OK, ReportFormat, UNREADABLE, deliver, load_or_report};

/// A breakdown's groups by name, in order.
type Groups = Vec<(String, ByStatus)>;

/// Every breakdown of the report: its title and groups.
fn breakdowns(plan: &Plan, s: &Sales) -> Vec<(&'static str, Groups)> {
    let halls = s
        .by_hall
        .iter()
        .map(|(h, g)| {
            let name = plan
                .halls
                .get(h)
                .map_or_else(|| h.to_string(), |x| x.name.clone());
            (name, g.clone())
        })
        .collect();
    let zones = s
        .by_zone
        .iter()
        .map(|(z, g)| {
            let name = z
                .and_then(|z| plan.zones.get(&z))
                .map_or_else(|| "(no zone)".to_owned(), |x| x.name.clone());
            (name, g.clone())
        })
        .collect();
    let named = |groups: &std::collections::BTreeMap<String, ByStatus>, none: &str| {
        top_ten(groups)
            .into_iter()
            .map(|(n, g)| (if n.is_empty() { none.to_owned() } else { n }, g))
            .collect()
    };
    let types = s
        .by_type
        .iter()
        .map(|(t, g)| (t.label().to_owned(), g.clone()))
        .collect();
    vec![
        ("Hall", halls),
        ("Zone or pavilion", zones),
        ("Country", named(&s.by_country, "(no company)")),
        ("Sector", named(&s.by_sector, "(no company)")),
        ("Booth type", types),
    ]
}

fn text(plan: &Plan, s: &Sales) -> String {
    let money = |minor: i128| {
        fmt_price(
            minor.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64,
            &plan.meta.currency,
        )
    };
    let mut out = format!(
        "Sales: {} (revision {})\n\n",
        plan.meta.show_name, plan.meta.revision
    );
    let t = &s.total;
    for (label, x) in [
        ("Sold", &t.sold),
        ("Reserved", &t.reserved),
        ("On hold", &t.on_hold),
        ("Available", &t.available),
    ] {
        let _ = writeln!(
            out,
            "{label:<10} {:>5} booths {:>12} {:>22}",
            x.booths,
            fmt_m2(x.area_mm2),
            money(x.revenue_minor)
        );
    }
    let _ = writeln!(
        out,
        "\nRevenue booked {}, pending {}, potential {}",
        money(t.sold.revenue_minor),
        money(t.pending_minor()),
        money(t.available.revenue_minor)
    );
    let _ = writeln!(
        out,
        "Companies without a booth: {} ({} contracted)",
        s.waiting,
        fmt_m2(s.waiting_area_mm2)
    );
    for (title, groups) in breakdowns(plan, s) {
        let _ = writeln!(
            out,
            "\n{title}: booths sold / total, m² sold / total, booked"
        );
        for (name, g) in groups {
            let total = g.total();
            let mut line = format!(
                "  {name}: {} / {}, {} / {}, {}",
                g.sold.booths,
                total.booths,
                fmt_m2(g.sold.area_mm2),
                fmt_m2(total.area_mm2),
                money(g.sold.revenue_minor)
            );
            if title == "Booth type" && total.area_mm2 > 0 {
                let per_m2 = total.revenue_minor * 1_000_000 / total.area_mm2;
                let _ = write!(line, ", average {} per m²", money(per_m2));
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
    for (title, groups) in breakdowns(plan, s) {
        let key = title.to_lowercase().replace(' ', "_");
        out[key] = groups
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
    for (title, groups) in breakdowns(plan, s) {
        for (name, g) in &groups {
            push(title, name, g);
        }
    }
    rows
}

/// `boothplan report sales PLAN`.
pub fn sales_cmd(path: &Path, format: ReportFormat, output: Option<&Path>) -> anyhow::Result<u8> {
    let plan = match load_or_report(path) {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let s = sales(&plan, &Derived::new(&plan));
    let bytes = match format {
        ReportFormat::Text => text(&plan, &s).into_bytes(),
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
