//! Everything on a printed sheet but the map: the title strip, the sheet's name, crop marks and
//! neighbours, the legend, the scale bar and the key map, laid out as SVG in points.

use std::fmt::Write as _;

use super::MARGIN;
use super::layout::{FOOTER_RIGHT, LEGEND_COLUMN, LEGEND_ROW, Plot, Sheet, sheet_name};
use crate::export::MapOptions;
use crate::export::label::shorten;
use crate::export::scene::legend_items;
use crate::export::svg::esc;
use crate::fonts::FAMILY as FONT;
use crate::i18n::{Arg, Lang, tr};
use crate::model::Plan;

/// Everything on a sheet but the map: title strip, sheet name, crop marks and neighbours,
/// legend, scale bar and key map. SVG in points.
pub(super) fn sheet_svg(
    plan: &Plan,
    options: &MapOptions,
    plot: &Plot,
    column: usize,
    row: usize,
) -> String {
    let Sheet {
        width,
        height,
        enlarge,
        footer,
        legend_columns,
        ..
    } = plot.sheet;
    let [ax, ay, aw, ah] = plot.sheet.frame_area();
    let tiled = plot.sheets() > 1;
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.2}" height="{height:.2}" viewBox="0 0 {width:.2} {height:.2}" font-family="{FONT}"><g transform="scale({enlarge:.5})">"#
    );
    let _ = write!(
        s,
        "<defs>{}</defs>",
        crate::export::scene::hatch_pattern(3.0, 1.0)
    );
    title_strip(&mut s, plan, options, plot, (column, row), width / enlarge);
    let right = width / enlarge - MARGIN;
    // The map area's frame.
    let _ = write!(
        s,
        r##"<rect x="{ax:.2}" y="{ay:.2}" width="{aw:.2}" height="{ah:.2}" fill="none" stroke="#999" stroke-width="0.4"/>"##
    );
    if tiled {
        crop_marks(&mut s, plot, column, row, options.lang);
    }
    // Legend.
    let fy = ay + ah + 8.0;
    let items = legend_items(plan, options);
    let room = plot.sheet.legend_room;
    for (i, (swatch, label)) in items.iter().enumerate() {
        let lx = MARGIN + LEGEND_COLUMN * (i % legend_columns) as f64;
        let ly = fy + LEGEND_ROW * (i / legend_columns) as f64;
        if items.len() > room && i + 1 == room {
            let _ = write!(
                s,
                r##"<text x="{lx:.2}" y="{:.2}" font-size="7" fill="#222">{}</text>"##,
                ly + 7.0,
                esc(&tr(
                    options.lang,
                    "sheet-and-more",
                    &[("count", Arg::from(items.len() - i))]
                ))
            );
            break;
        }
        let _ = write!(
            s,
            r##"<g transform="translate({lx:.2} {ly:.2}) scale({:.4})">{}</g><text x="{:.2}" y="{:.2}" font-size="7" fill="#222">{}</text>"##,
            8.0 / 14.0,
            crate::export::svg::fragment(swatch),
            lx + 11.0,
            ly + 7.0,
            esc(&shorten(label, 7.0, LEGEND_COLUMN - 15.0))
        );
    }
    scale_bar(&mut s, plot, right - FOOTER_RIGHT, fy);
    if tiled {
        key_map(
            &mut s,
            plan,
            options,
            plot,
            (column, row),
            [right - 95.0, fy, 95.0, footer - 4.0],
        );
    }
    s.push_str("</g></svg>");
    s
}

/// The title strip: show, place, venue, dates and revision; "Your booth"; the sheet's name
/// in the set and the scale.
fn title_strip(
    s: &mut String,
    plan: &Plan,
    options: &MapOptions,
    plot: &Plot,
    (column, row): (usize, usize),
    width: f64,
) {
    let m = &plan.meta;
    let place = options.hall.and_then(|h| plan.halls.get(&h)).map_or_else(
        || tr(options.lang, "sheet-site-plan", &[]),
        |h| h.name.clone(),
    );
    let lang = options.lang;
    // Each line shortened to the room the right-hand side leaves it.
    let room = width - 2.0 * MARGIN;
    let title = shorten(
        &m.show_name,
        14.0,
        room - if plot.sheets() > 1 { 130.0 } else { 0.0 },
    );
    let sub = shorten(
        &format!(
            "{place} · {}",
            tr(
                lang,
                "map-subtitle",
                &[
                    ("venue", Arg::from(&m.venue)),
                    ("start", Arg::from(crate::i18n::date(lang, &m.start_date))),
                    ("end", Arg::from(crate::i18n::date(lang, &m.end_date))),
                    ("revision", Arg::Text(m.revision.to_string())),
                ],
            )
        ),
        8.0,
        room - 260.0,
    );
    let _ = write!(
        s,
        r##"<text x="{MARGIN:.2}" y="{:.2}" font-size="14" fill="#111">{}</text><text x="{MARGIN:.2}" y="{:.2}" font-size="8" fill="#444">{}</text>"##,
        MARGIN + 13.0,
        esc(&title),
        MARGIN + 25.0,
        esc(&sub)
    );
    let numbers: Vec<&str> = options
        .highlight
        .iter()
        .filter_map(|h| plan.booths.get(h))
        .map(|b| b.number.as_str())
        .collect();
    if !numbers.is_empty() {
        let yours = tr(
            lang,
            "map-your-booth",
            &[
                ("count", Arg::from(numbers.len())),
                ("numbers", Arg::from(numbers.join(", "))),
            ],
        );
        let _ = write!(
            s,
            r##"<text x="{MARGIN:.2}" y="{:.2}" font-size="9" fill="#c62828">{}</text>"##,
            MARGIN + 37.0,
            esc(&shorten(&yours, 9.0, room))
        );
    }
    let right = width - MARGIN;
    if plot.sheets() > 1 {
        let _ = write!(
            s,
            r##"<text x="{right:.2}" y="{:.2}" font-size="13" fill="#111" text-anchor="end">{}</text>"##,
            MARGIN + 13.0,
            esc(&tr(
                lang,
                "sheet-of",
                &[
                    ("sheet", Arg::from(sheet_name(column, row))),
                    ("columns", Arg::from(plot.columns)),
                    ("rows", Arg::from(plot.rows)),
                ],
            ))
        );
    }
    let _ = write!(
        s,
        r##"<text x="{right:.2}" y="{:.2}" font-size="8" fill="#444" text-anchor="end">{}</text>"##,
        MARGIN + 25.0,
        esc(&tr(
            lang,
            "sheet-scale",
            &[
                ("scale", Arg::Text(plot.scale.to_string())),
                ("paper", Arg::from(plot.paper_name_in(lang))),
                (
                    "length",
                    Arg::from(crate::i18n::length(lang, i64::from(plot.scale) * 10))
                ),
            ],
        ))
    );
}

/// Crop marks at the map area's corners, dashed lines where a neighbour's sheet begins, and
/// the neighbour's name in the margin.
fn crop_marks(s: &mut String, plot: &Plot, column: usize, row: usize, lang: Lang) {
    let overlaps = |name: String| tr(lang, "sheet-overlaps", &[("sheet", Arg::from(name))]);
    let [ax, ay, aw, ah] = plot.sheet.frame_area();
    let overlap = plot.overlap / plot.sheet.enlarge;
    let mut d = String::new();
    for (x, y, sx, sy) in [
        (ax, ay, -1.0, -1.0),
        (ax + aw, ay, 1.0, -1.0),
        (ax, ay + ah, -1.0, 1.0),
        (ax + aw, ay + ah, 1.0, 1.0),
    ] {
        let _ = write!(
            d,
            "M{:.2} {y:.2}H{:.2}M{x:.2} {:.2}V{:.2}",
            x + sx * 3.0,
            x + sx * 14.0,
            y + sy * 3.0,
            y + sy * 14.0
        );
    }
    let _ = write!(
        s,
        r##"<path d="{d}" stroke="#000" stroke-width="0.3" fill="none"/>"##
    );
    let mut dashed = String::new();
    let mut names = String::new();
    let label = |s: &mut String, x: f64, y: f64, rotate: f64, text: &str| {
        let _ = write!(
            s,
            r##"<text x="{x:.2}" y="{y:.2}" font-size="7" fill="#555" text-anchor="middle" transform="rotate({rotate} {x:.2} {y:.2})">{}</text>"##,
            esc(text)
        );
    };
    if column > 0 {
        let _ = write!(dashed, "M{:.2} {ay:.2}V{:.2}", ax + overlap, ay + ah);
        let name = sheet_name(column - 1, row);
        label(&mut names, ax - 6.0, ay + ah / 2.0, -90.0, &overlaps(name));
    }
    if column + 1 < plot.columns {
        let _ = write!(dashed, "M{:.2} {ay:.2}V{:.2}", ax + aw - overlap, ay + ah);
        let name = sheet_name(column + 1, row);
        label(
            &mut names,
            ax + aw + 6.0,
            ay + ah / 2.0,
            90.0,
            &overlaps(name),
        );
    }
    if row > 0 {
        let _ = write!(dashed, "M{ax:.2} {:.2}H{:.2}", ay + overlap, ax + aw);
        let name = sheet_name(column, row - 1);
        label(&mut names, ax + aw / 2.0, ay - 3.0, 0.0, &overlaps(name));
    }
    if row + 1 < plot.rows {
        let _ = write!(dashed, "M{ax:.2} {:.2}H{:.2}", ay + ah - overlap, ax + aw);
        let name = sheet_name(column, row + 1);
        label(
            &mut names,
            ax + aw / 2.0,
            ay + ah + 7.0,
            0.0,
            &overlaps(name),
        );
    }
    if !dashed.is_empty() {
        let _ = write!(
            s,
            r##"<path d="{dashed}" stroke="#777" stroke-width="0.4" stroke-dasharray="3 2" fill="none"/>"##
        );
    }
    s.push_str(&names);
}

/// A scale bar of a round length, in four alternating parts, with the scale written under it.
fn scale_bar(s: &mut String, plot: &Plot, x: f64, y: f64) {
    // Frame units per plan millimetre.
    let k = plot.k() / plot.sheet.enlarge;
    // A round length from a millimetre to 500 km, the longest at most 100 units long.
    let lengths = (0..9).flat_map(|p| [1_i64, 2, 5].map(|m| m * 10_i64.pow(p)));
    let lengths: Vec<i64> = lengths.collect();
    let mm = lengths
        .into_iter()
        .rfind(|mm| *mm as f64 * k <= 100.0)
        .unwrap_or(10);
    let len = mm as f64 * k;
    for i in 0..4 {
        let fill = if i % 2 == 0 { "#222" } else { "#fff" };
        let _ = write!(
            s,
            r##"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="4" fill="{fill}" stroke="#222" stroke-width="0.4"/>"##,
            x + len / 4.0 * f64::from(i),
            y + 2.0,
            len / 4.0
        );
    }
    let (unit, per) = if mm >= 1_000_000 {
        ("km", 1_000_000.0)
    } else if mm >= 1_000 {
        ("m", 1_000.0)
    } else {
        ("cm", 10.0)
    };
    let number = |v: f64| crate::model::geom::plain_number(v / per);
    for (dx, text, anchor) in [
        (0.0, "0".to_owned(), "middle"),
        (len / 2.0, number(mm as f64 / 2.0), "middle"),
        (len, format!("{} {unit}", number(mm as f64)), "start"),
    ] {
        let _ = write!(
            s,
            r##"<text x="{:.2}" y="{:.2}" font-size="7" fill="#222" text-anchor="{anchor}">{text}</text>"##,
            x + dx - if anchor == "start" { 3.0 } else { 0.0 },
            y + 14.0
        );
    }
    let _ = write!(
        s,
        r##"<text x="{x:.2}" y="{:.2}" font-size="8" fill="#222">1:{}</text>"##,
        y + 25.0,
        plot.scale
    );
}

/// The whole floor in small with the grid of sheets, this one shaded.
fn key_map(
    s: &mut String,
    plan: &Plan,
    options: &MapOptions,
    plot: &Plot,
    (column, row): (usize, usize),
    [x, y, w, h]: [f64; 4],
) {
    let [_, _, aw, ah] = plot.sheet.area();
    let k = plot.k();
    // The label on top, the map under it.
    let _ = write!(
        s,
        r##"<text x="{:.2}" y="{:.2}" font-size="6" fill="#444" text-anchor="end">{}</text>"##,
        x + w,
        y + 5.0,
        esc(&tr(
            options.lang,
            "sheet-key",
            &[("sheet", Arg::from(sheet_name(column, row)))]
        ))
    );
    let (y, h) = (y + 8.0, h - 8.0);
    let (x0, y0) = plot.origin(0, 0);
    let (last_x, last_y) = plot.origin(plot.columns - 1, plot.rows - 1);
    let (ew, eh) = (last_x + aw / k - x0, last_y + ah / k - y0);
    let f = (w / ew).min(h / eh);
    let line = (aw / k * f / 8.0).min(0.3);
    let (ox, oy) = (x + w - ew * f, y);
    let at = |px: f64, py: f64| (ox + (px - x0) * f, oy + (py - y0) * f);
    let mut halls = String::new();
    for h in plan
        .halls
        .iter()
        .filter(|(id, _)| options.hall.is_none_or(|k| k == **id))
        .map(|(_, h)| h)
    {
        for r in &h.outline {
            let (rx, ry) = at(r.x_mm as f64, r.y_mm as f64);
            let _ = write!(
                halls,
                r##"<rect x="{rx:.2}" y="{ry:.2}" width="{:.2}" height="{:.2}" fill="#ddd"/>"##,
                r.w_mm as f64 * f,
                r.d_mm as f64 * f
            );
        }
    }
    s.push_str(&halls);
    for r in 0..plot.rows {
        for c in 0..plot.columns {
            let (px, py) = plot.origin(c, r);
            let (sx, sy) = at(px, py);
            let this = (c, r) == (column, row);
            let _ = write!(
                s,
                r##"<rect x="{sx:.2}" y="{sy:.2}" width="{:.2}" height="{:.2}" fill="{}" fill-opacity="0.45" stroke="#333" stroke-width="{line:.3}"/>"##,
                aw / k * f,
                ah / k * f,
                if this { "#c62828" } else { "none" }
            );
        }
    }
}
