//! The sales report for the organising committee: one or two A4 pages with the totals, the
//! revenue booked, pending and potential, and stacked bars by hall, zone or pavilion,
//! country, sector and booth type, drawn as vectors in the bundled fonts, in a language.

use std::fmt::Write as _;

use super::ExportError;
use super::label::shorten;
use super::pdf::{MARGIN, Page, Paper, page_start, render};
use super::scene::status_fill;
use super::svg::{colour, esc};
use crate::i18n::{self, Arg, Lang};
use crate::model::Plan;
use crate::sales::{Breakdown, ByStatus, STACK, Sales, Tally, breakdown_key, groups};

/// Height of one bar's row, points.
const ROW: f64 = 15.0;
/// Width of the names' column, points.
const NAMES: f64 = 130.0;
/// Width of the figures' column at the bars' end, points.
const FIGURES: f64 = 120.0;

/// Writes text at `(x, y)` (baseline), escaped and cut to `width`.
fn text(s: &mut String, (x, y): (f64, f64), size: f64, width: f64, body: &str, style: &str) {
    let _ = write!(
        s,
        r#"<text x="{x:.1}" y="{y:.1}" font-size="{size}" {style}>{}</text>"#,
        esc(&shorten(&crate::text::visible(body), size, width))
    );
}

/// One breakdown as a stacked bar per group (floor in m²); returns the height used.
fn chart(
    s: &mut String,
    top: f64,
    width: f64,
    title: &str,
    list: &[(String, ByStatus)],
    lang: Lang,
) -> f64 {
    text(
        s,
        (MARGIN, top + 12.0),
        11.0,
        width,
        title,
        r##"font-weight="bold" fill="#111""##,
    );
    let top = top + 20.0;
    let longest = list
        .iter()
        .map(|(_, g)| g.total().area_mm2)
        .max()
        .unwrap_or(0)
        .max(1);
    let span = width - NAMES - FIGURES;
    for (row, (name, g)) in list.iter().enumerate() {
        let y = top + row as f64 * ROW;
        text(
            s,
            (MARGIN, y + 10.5),
            8.0,
            NAMES - 6.0,
            name,
            r##"fill="#222""##,
        );
        let mut x = MARGIN + NAMES;
        for status in STACK {
            let w = span * g.of(status).area_mm2 as f64 / longest as f64;
            if w > 0.0 {
                let _ = write!(
                    s,
                    r##"<rect x="{x:.2}" y="{:.2}" width="{w:.2}" height="{:.2}" fill="{}" stroke="#555" stroke-width="0.3"/>"##,
                    y + 2.0,
                    ROW - 4.0,
                    colour(status_fill(status))
                );
            }
            x += w;
        }
        let all = g.total();
        let figures = format!(
            "{} / {}",
            i18n::area(lang, g.sold.area_mm2),
            i18n::area(lang, all.area_mm2)
        );
        text(
            s,
            (x + 4.0, y + 10.5),
            7.5,
            FIGURES - 4.0,
            &figures,
            r##"fill="#333""##,
        );
    }
    20.0 + list.len() as f64 * ROW + 10.0
}

/// The key under the title: what each colour means.
fn key(s: &mut String, y: f64, lang: Lang) {
    let mut x = MARGIN;
    for status in STACK {
        let _ = write!(
            s,
            r##"<rect x="{x:.1}" y="{:.1}" width="9" height="9" fill="{}" stroke="#555" stroke-width="0.3"/>"##,
            y - 8.0,
            colour(status_fill(status))
        );
        let label = i18n::tr(lang, status.key(), &[]);
        text(s, (x + 12.0, y), 8.5, 110.0, &label, r##"fill="#222""##);
        x += 12.0 + super::label::text_width(&label, 8.5) + 14.0;
    }
    let note = i18n::tr(lang, "report-bars-floor", &[]);
    text(s, (x, y), 8.0, 200.0, &note, r##"fill="#555""##);
}

/// The totals table: each status's booths, floor and revenue, then the total.
fn totals(
    s: &mut String,
    top: f64,
    figures: &Sales,
    lang: Lang,
    money: &dyn Fn(i128) -> String,
) -> f64 {
    let cols = [MARGIN, MARGIN + 150.0, MARGIN + 250.0, MARGIN + 360.0];
    let head = [
        String::new(),
        i18n::tr(lang, "sales-col-booths", &[]),
        i18n::tr(lang, "sales-col-area", &[]),
        i18n::tr(lang, "sales-col-revenue", &[]),
    ];
    for (x, h) in cols.iter().zip(&head) {
        text(
            s,
            (*x, top + 10.0),
            9.0,
            140.0,
            h,
            r##"font-weight="bold" fill="#111""##,
        );
    }
    let mut rows: Vec<(String, Tally, bool)> = STACK
        .iter()
        .map(|st| (i18n::tr(lang, st.key(), &[]), *figures.total.of(*st), false))
        .collect();
    rows.push((
        i18n::tr(lang, "sales-total", &[]),
        figures.total.total(),
        true,
    ));
    for (i, (label, t, bold)) in rows.iter().enumerate() {
        let y = top + 24.0 + i as f64 * 13.0;
        let style = if *bold {
            r##"font-weight="bold" fill="#111""##
        } else {
            r##"fill="#222""##
        };
        let cells = [
            label.clone(),
            i18n::count(lang, t.booths as i128),
            i18n::area(lang, t.area_mm2),
            money(t.revenue_minor),
        ];
        for (x, c) in cols.iter().zip(&cells) {
            text(s, (*x, y), 9.0, 140.0, c, style);
        }
    }
    24.0 + rows.len() as f64 * 13.0 + 6.0
}

/// The first page's head: title, revision and date, the totals, the revenue and waiting
/// lines; returns where the charts begin.
fn head(
    s: &mut String,
    plan: &Plan,
    figures: &Sales,
    (lang, printed): (Lang, &str),
    title: &str,
) -> f64 {
    let width = Paper::A4.portrait().0 - 2.0 * MARGIN;
    let money = |minor: i128| i18n::money(lang, minor, &plan.meta.currency);
    let tr = |key: &str, args: &[(&str, Arg)]| i18n::tr(lang, key, args);
    let revision = plan.meta.revision.to_string();
    text(
        s,
        (MARGIN, MARGIN + 14.0),
        16.0,
        width,
        title,
        r##"fill="#111""##,
    );
    let sub = tr(
        "report-sales-subtitle",
        &[
            ("revision", Arg::from(&revision)),
            ("date", Arg::from(i18n::date(lang, printed))),
        ],
    );
    text(
        s,
        (MARGIN, MARGIN + 30.0),
        9.5,
        width,
        &sub,
        r##"fill="#444""##,
    );
    let mut top = MARGIN + 40.0;
    top += totals(s, top, figures, lang, &money);
    let t = &figures.total;
    let lines = [
        tr(
            "sales-revenue-line",
            &[
                ("booked", Arg::from(money(t.sold.revenue_minor))),
                ("pending", Arg::from(money(t.pending_minor()))),
                ("potential", Arg::from(money(t.available.revenue_minor))),
            ],
        ),
        tr(
            "sales-waiting",
            &[
                ("count", Arg::from(figures.waiting)),
                (
                    "area",
                    Arg::from(i18n::area(lang, figures.waiting_area_mm2)),
                ),
            ],
        ),
    ];
    for line in &lines {
        top += 13.0;
        text(s, (MARGIN, top), 9.5, width, line, r##"fill="#111""##);
    }
    top
}

/// The sales report as PDF: A4, one or two pages, in `lang`; `printed` is today's date
/// (`YYYY-MM-DD`).
///
/// # Errors
/// When a font cannot be read or the PDF cannot be written.
pub fn sales_pdf(
    plan: &Plan,
    figures: &Sales,
    lang: Lang,
    printed: &str,
) -> Result<Vec<u8>, ExportError> {
    let (pw, ph) = Paper::A4.portrait();
    let width = pw - 2.0 * MARGIN;
    let money = |minor: i128| i18n::money(lang, minor, &plan.meta.currency);
    let tr = |key: &str, args: &[(&str, Arg)]| i18n::tr(lang, key, args);
    let title = tr(
        "report-sales-title",
        &[("show", Arg::from(&plan.meta.show_name))],
    );
    let revision = plan.meta.revision.to_string();
    let mut pages: Vec<String> = Vec::new();
    let mut s = page_start(pw, ph);
    let mut top = head(&mut s, plan, figures, (lang, printed), &title);
    top += 20.0;
    key(&mut s, top, lang);
    top += 12.0;
    let bottom = ph - MARGIN - 20.0;
    for by in Breakdown::ALL {
        let list: Vec<(String, ByStatus)> = groups(plan, figures, by)
            .into_iter()
            .map(|g| (g.name.text(lang), g.figures))
            .collect();
        let title = tr(breakdown_key(by), &[]);
        // The booth types' prices take two lines under their bars.
        let prices = if by == Breakdown::Type { 30.0 } else { 0.0 };
        let height = 30.0 + list.len() as f64 * ROW + prices;
        if top + height > bottom && top > MARGIN + 60.0 {
            pages.push(std::mem::replace(&mut s, page_start(pw, ph)));
            top = MARGIN;
        }
        // A breakdown taller than a page (hundreds of halls) is cut, not spread thin.
        let room = ((bottom - top - 44.0) / ROW).floor().max(1.0) as usize;
        let shown = &list[..list.len().min(room)];
        top += chart(&mut s, top, width, &title, shown, lang);
        if shown.len() < list.len() {
            // Said, never dropped silently: the figures above no longer add up to the totals.
            let more = tr(
                "sheet-and-more",
                &[("count", Arg::from(list.len() - shown.len()))],
            );
            text(
                &mut s,
                (MARGIN, top - 4.0),
                8.5,
                width,
                &more,
                r##"fill="#555""##,
            );
            top += 10.0;
        }
        if by == Breakdown::Type {
            top += type_prices(&mut s, top, width, shown, lang, &money);
        }
    }
    pages.push(s);
    let count = pages.len();
    let out: Vec<Page> = pages
        .into_iter()
        .enumerate()
        .map(|(n, mut s)| {
            let footer = tr(
                "report-footer",
                &[
                    ("page", Arg::from(n + 1)),
                    ("pages", Arg::from(count)),
                    ("date", Arg::from(i18n::date(lang, printed))),
                    ("show", Arg::from(&plan.meta.show_name)),
                    ("revision", Arg::from(&revision)),
                ],
            );
            text(
                &mut s,
                (MARGIN, ph - MARGIN),
                8.0,
                width,
                &footer,
                r##"fill="#555""##,
            );
            s.push_str("</svg>");
            Page {
                svg: s,
                maps: Vec::new(),
            }
        })
        .collect();
    render(&out, &title)
}

/// Under the booth-type bars: each type's average price per m².
fn type_prices(
    s: &mut String,
    top: f64,
    width: f64,
    list: &[(String, ByStatus)],
    lang: Lang,
    money: &dyn Fn(i128) -> String,
) -> f64 {
    let parts: Vec<String> = list
        .iter()
        .filter_map(|(name, g)| {
            g.total().per_m2_minor().map(|per_m2| {
                format!(
                    "{name} {}",
                    i18n::tr(
                        lang,
                        "report-average-per-m2",
                        &[("price", Arg::from(money(per_m2)))]
                    )
                )
            })
        })
        .collect();
    let mut used = 0.0;
    for line in super::label::wrap(&parts.join(" · "), 8.5, width) {
        used += 12.0;
        text(
            s,
            (MARGIN, top + used - 4.0),
            8.5,
            width,
            &line,
            r##"fill="#222""##,
        );
    }
    used + 6.0
}
