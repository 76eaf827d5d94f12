//! The map as SVG source: halls, zones with a legend, obstacles, exits, booths with number and
//! company, a title block and a scale bar. One SVG unit is 100 mm.

use std::fmt::Write as _;

use super::MapOptions;
use super::label::{shorten, text_width};
use crate::model::geom::{fmt_m, fmt_m2};
use crate::model::{BoothId, BoothStatus, ObstacleKind, Plan, Rect, Side};

/// Millimetres per SVG unit.
const MM_PER_UNIT: f64 = 100.0;
const MARGIN: f64 = 40.0;
const HEADER: f64 = 70.0;
/// Width of one legend column.
const LEGEND_COLUMN: f64 = 230.0;
const FONT: &str = "Noto Sans, NanumGothic, sans-serif";
/// Floor colour of a hall.
const HALL_FILL: &str = "#f1f1f1";
/// Size of exit names.
const EXIT_LABEL: f64 = 9.0;
/// How strongly a zone tints the floor.
const ZONE_OPACITY: f64 = 0.12;

fn u(mm: i64) -> f64 {
    mm as f64 / MM_PER_UNIT
}

/// Escapes text for XML.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Writes a booth's label (see [`super::label::fit`]) into the booth at `[x, y, w, h]`.
///
/// A number too small to read inside its booth is returned instead, set beside the booth with
/// a leader line and a white halo, for drawing after every booth (so no neighbour covers it).
fn write_label(
    s: &mut String,
    (number, company): (&str, &str),
    [bx, by, bw, bh]: [f64; 4],
    largest: f64,
) -> Option<String> {
    let l = super::label::fit_at_most(number, company, bw, bh, largest);
    let (cx, cy) = (bx + bw / 2.0, by + bh / 2.0);
    if l.outside {
        let tx = bx + bw + 1.5;
        return Some(format!(
            r##"<line x1="{cx:.2}" y1="{cy:.2}" x2="{:.2}" y2="{cy:.2}" stroke="#333" stroke-width="0.25"/><text x="{tx:.2}" y="{:.2}" font-size="{:.2}" fill="#111" stroke="#fff" stroke-width="0.8" paint-order="stroke">{}</text>"##,
            tx - 0.3,
            cy + l.number_size * 0.36,
            l.number_size,
            esc(&l.number)
        ));
    }
    let open = if l.rotated {
        format!(r#"<g transform="rotate(-90 {cx:.2} {cy:.2})">"#)
    } else {
        "<g>".to_owned()
    };
    s.push_str(&open);
    let mut top = cy - l.height() / 2.0;
    let _ = write!(
        s,
        r##"<text x="{cx:.2}" y="{:.2}" font-size="{:.2}" fill="#111" text-anchor="middle">{}</text>"##,
        top + l.number_size * 0.93,
        l.number_size,
        esc(&l.number)
    );
    top += l.number_size * 1.15;
    for line in &l.company {
        let _ = write!(
            s,
            r##"<text x="{cx:.2}" y="{:.2}" font-size="{:.2}" fill="#222" text-anchor="middle">{}</text>"##,
            top + l.company_size * 0.93,
            l.company_size,
            esc(line)
        );
        top += l.company_size * 1.15;
    }
    s.push_str("</g>\n");
    None
}

/// How an obstacle is drawn: fill and opacity.
fn obstacle_fill(kind: ObstacleKind) -> (&'static str, f64) {
    match kind {
        ObstacleKind::Pillar => ("#555555", 1.0),
        ObstacleKind::FireEquipment => ("#e53935", 1.0),
        ObstacleKind::ServiceCore => ("#9e9e9e", 1.0),
        ObstacleKind::Stage => ("#9575cd", 1.0),
        // Hatched: a pale fill would read as a booth on hold.
        ObstacleKind::ReservedAisle => ("url(#aisle)", 1.0),
    }
}

/// One legend entry: the swatch as drawn on the map (SVG at the origin, 14 × 14), and its
/// words.
pub(super) fn legend_items(plan: &Plan, options: &MapOptions) -> Vec<(String, String)> {
    let in_view = |hall: crate::model::HallId| options.hall.is_none_or(|h| h == hall);
    let mut items: Vec<(String, String)> = plan
        .zones
        .values()
        .filter(|z| in_view(z.hall))
        .map(|z| {
            let [r, g, b] = z.colour;
            (
                // The tint as it lies on the floor.
                format!(
                    r##"<rect width="14" height="14" fill="{HALL_FILL}" stroke="#555" stroke-width="0.5"/><rect width="14" height="14" fill="rgb({r},{g},{b})" fill-opacity="{ZONE_OPACITY}"/>"##
                ),
                z.name.clone(),
            )
        })
        .collect();
    for (status, label) in [
        (BoothStatus::Sold, "sold"),
        (BoothStatus::Reserved, "reserved"),
        (BoothStatus::OnHold, "on hold"),
        (BoothStatus::Available, "available"),
    ] {
        items.push((
            format!(
                r##"<rect width="14" height="14" fill="{}" stroke="#444" stroke-width="0.6"/>"##,
                status_fill(status)
            ),
            format!("booth {label}"),
        ));
    }
    if plan.exits.values().any(|e| in_view(e.hall)) {
        items.push((
            r##"<rect width="14" height="14" fill="#2e7d32" fill-opacity="0.15"/><rect width="14" height="3" fill="#2e7d32"/>"##.to_owned(),
            "exit (clear zone in front)".to_owned(),
        ));
    }
    for kind in ObstacleKind::ALL {
        if plan
            .obstacles
            .values()
            .any(|o| o.kind == kind && in_view(o.hall))
        {
            let (fill, opacity) = obstacle_fill(kind);
            items.push((
                format!(
                    r#"<rect width="14" height="14" fill="{HALL_FILL}"/><rect width="14" height="14" fill="{fill}" fill-opacity="{opacity}"/>"#
                ),
                kind.label().to_owned(),
            ));
        }
    }
    items
}

fn status_fill(status: BoothStatus) -> &'static str {
    match status {
        BoothStatus::Available => "#c8e6c9",
        BoothStatus::OnHold => "#ffecb3",
        BoothStatus::Reserved => "#ffcc80",
        BoothStatus::Sold => "#90caf9",
    }
}

/// The area the map shows, in plan millimetres.
pub fn map_bounds(plan: &Plan, options: &MapOptions) -> Rect {
    match options.hall.and_then(|h| plan.halls.get(&h)) {
        Some(h) => h.bounds(),
        None => plan.site_bounds(),
    }
}

/// Booths the map shows.
pub fn shown_booths<'p>(
    plan: &'p Plan,
    options: &MapOptions,
) -> impl Iterator<Item = (BoothId, &'p crate::model::Booth)> {
    let hall = options.hall;
    plan.booths
        .iter()
        .filter(move |(_, b)| hall.is_none_or(|h| b.hall == h))
        .map(|(id, b)| (*id, b))
}

/// Notes for the highlighted booth: pillars inside it and the nearest exit (straight line).
pub fn highlight_notes(plan: &Plan, booth: BoothId) -> Vec<String> {
    let Some(b) = plan.booths.get(&booth) else {
        return Vec::new();
    };
    let mut notes = Vec::new();
    for o in plan
        .obstacles
        .values()
        .filter(|o| o.hall == b.hall && o.kind == ObstacleKind::Pillar && o.rect.overlaps(&b.rect))
    {
        notes.push(format!("Pillar {} stands inside this booth.", o.label));
    }
    let c = b.rect.centre();
    let nearest = plan
        .exits
        .values()
        .filter(|x| x.hall == b.hall)
        .map(|x| {
            (
                ((x.at.x_mm - c.x_mm) as f64).hypot((x.at.y_mm - c.y_mm) as f64),
                x,
            )
        })
        .min_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((d, x)) = nearest {
        notes.push(format!(
            "Nearest exit: {} (about {} away).",
            x.label,
            fmt_m((d / 1000.0).round() as i64 * 1000)
        ));
    }
    notes
}

/// Where plan millimetres land in the map's SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// SVG x of plan x = 0.
    pub ox: f64,
    /// SVG y of plan y = 0.
    pub oy: f64,
    /// Width of the whole map.
    pub width: f64,
    /// Height of the whole map.
    pub height: f64,
    /// Height of the legend block.
    pub legend_h: f64,
    /// Legend entries per row (as many as the width holds, at most four).
    pub legend_columns: usize,
}

/// The notes under "Your booth", one list for every highlighted booth (numbered when more
/// than one).
fn all_highlight_notes(plan: &Plan, highlight: &[BoothId]) -> Vec<String> {
    let highlight: std::collections::BTreeSet<BoothId> = highlight
        .iter()
        .copied()
        .filter(|h| plan.booths.contains_key(h))
        .collect();
    let several = highlight.len() > 1;
    highlight
        .into_iter()
        .flat_map(|h| {
            let number = plan.booths.get(&h).map_or("", |b| b.number.as_str());
            highlight_notes(plan, h)
                .into_iter()
                .map(move |n| if several { format!("{number}: {n}") } else { n })
        })
        .collect()
}

impl Frame {
    /// The frame of a map.
    pub fn new(plan: &Plan, options: &MapOptions) -> Self {
        let bounds = map_bounds(plan, options);
        let width = (u(bounds.right() - bounds.x_mm) + 2.0 * MARGIN).max(700.0);
        let legend_columns = (((width - 2.0 * MARGIN) / LEGEND_COLUMN) as usize).clamp(1, 4);
        let legend_h =
            30.0 + 22.0 * legend_items(plan, options).len().div_ceil(legend_columns) as f64;
        // The notes under "Your booth" push the plan down rather than run into it.
        let notes = all_highlight_notes(plan, &options.highlight).len();
        let header = HEADER + 14.0 * notes.saturating_sub(3) as f64;
        Self {
            ox: MARGIN - u(bounds.x_mm),
            oy: MARGIN + header - u(bounds.y_mm),
            width,
            height: u(bounds.bottom() - bounds.y_mm) + 2.0 * MARGIN + header + legend_h,
            legend_h,
            legend_columns,
        }
    }

    /// A plan rectangle in SVG units: x, y, width, height.
    pub fn rect(&self, r: &Rect) -> [f64; 4] {
        [
            self.ox + u(r.x_mm),
            self.oy + u(r.y_mm),
            u(r.w_mm),
            u(r.d_mm),
        ]
    }
}

/// The SVG source of a map (text as text; see [`super::outlined_svg`]).
pub fn map_source(plan: &Plan, options: &MapOptions) -> String {
    map_source_in(plan, options, None)
}

/// One printed sheet's part of a map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SheetPart {
    /// The floor the sheet shows, in plan millimetres.
    pub region: Rect,
    /// The largest booth number, in map units.
    pub largest_number: f64,
}

/// [`map_source`], or with a sheet's part the floor alone for one printed sheet: only the
/// booths and obstacles that reach into it, no title, legend, scale bar or background; every
/// position stays that of the whole map.
#[expect(
    clippy::too_many_lines,
    reason = "one map drawn layer by layer, in painting order"
)]
pub fn map_source_in(plan: &Plan, options: &MapOptions, part: Option<&SheetPart>) -> String {
    let region = part.map(|p| p.region);
    let within = |r: &Rect| region.is_none_or(|g| g.overlaps(r));
    let largest_number = part.map_or(super::label::MAX_NUMBER, |p| p.largest_number);
    let zones: Vec<_> = plan
        .zones
        .values()
        .filter(|z| options.hall.is_none_or(|h| z.hall == h))
        .collect();
    let Frame {
        ox,
        oy,
        width,
        height,
        legend_h,
        legend_columns,
    } = Frame::new(plan, options);
    let x = |mm: i64| ox + u(mm);
    let y = |mm: i64| oy + u(mm);
    let highlight: std::collections::BTreeSet<BoothId> = options
        .highlight
        .iter()
        .copied()
        .filter(|h| plan.booths.contains_key(h))
        .collect();
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.1} {height:.1}" font-family="{FONT}">"#
    );
    if region.is_none() {
        let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    }
    let _ = writeln!(
        s,
        r##"<defs><pattern id="aisle" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#fffde7"/><rect width="1.6" height="5" fill="#fbc02d"/></pattern></defs>"##
    );
    if region.is_none() {
        write_title(&mut s, plan, options, width, &highlight);
    }
    // Halls.
    let _ = writeln!(s, r#"<g id="halls">"#);
    for h in plan
        .halls
        .iter()
        .filter(|(id, _)| options.hall.is_none_or(|k| k == **id))
        .map(|(_, h)| h)
    {
        // Floors first, then the walls: the outline of the wings' union, never a wall across
        // the open floor where two wings meet.
        for r in &h.outline {
            let _ = writeln!(
                s,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{HALL_FILL}"/>"#,
                x(r.x_mm),
                y(r.y_mm),
                u(r.w_mm),
                u(r.d_mm)
            );
        }
        let mut walls = String::new();
        for e in h.outer_edges() {
            let (a, b) = e.ends();
            let _ = write!(
                walls,
                "M{:.1} {:.1}L{:.1} {:.1}",
                x(a.x_mm),
                y(a.y_mm),
                x(b.x_mm),
                y(b.y_mm)
            );
        }
        let _ = writeln!(
            s,
            r##"<path d="{walls}" fill="none" stroke="#333" stroke-width="2" stroke-linecap="square"/>"##
        );
        let b = h.bounds();
        let _ = writeln!(
            s,
            r##"<text x="{:.1}" y="{:.1}" font-size="16" fill="#222">{}</text>"##,
            x(b.x_mm),
            y(b.y_mm) - 6.0,
            esc(&h.name)
        );
    }
    let _ = writeln!(s, "</g>");
    // Zones.
    for z in &zones {
        let [r, g, b] = z.colour;
        for a in &z.areas {
            let _ = writeln!(
                s,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="rgb({r},{g},{b})" fill-opacity="{ZONE_OPACITY}"/>"#,
                x(a.x_mm),
                y(a.y_mm),
                u(a.w_mm),
                u(a.d_mm)
            );
        }
    }
    // Obstacles and exits.
    // Areas (reserved aisles, stages, service cores) first, pillars and fire equipment over
    // them: a pillar standing in a reserved aisle stays in view.
    let mut obstacles: Vec<&crate::model::Obstacle> = plan
        .obstacles
        .values()
        .filter(|o| options.hall.is_none_or(|h| o.hall == h) && within(&o.rect))
        .collect();
    obstacles.sort_by_key(|o| o.kind.is_fixture());
    for o in obstacles {
        let (fill, opacity) = obstacle_fill(o.kind);
        let r = &o.rect;
        let _ = writeln!(
            s,
            r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{fill}" fill-opacity="{opacity}"/>"#,
            x(r.x_mm),
            y(r.y_mm),
            u(r.w_mm),
            u(r.d_mm)
        );
        if matches!(o.kind, ObstacleKind::Stage | ObstacleKind::ServiceCore) {
            let size = 12.0_f64.min(u(r.d_mm) / 3.0);
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" font-size="{size:.1}" fill="#fff" text-anchor="middle">{}</text>"##,
                x(r.x_mm) + u(r.w_mm) / 2.0,
                y(r.y_mm) + u(r.d_mm) / 2.0 + size / 3.0,
                esc(&shorten(&o.label, size, u(r.w_mm) - 4.0))
            );
        }
    }
    let mut exit_labels: Vec<[f64; 4]> = Vec::new();
    for e in plan
        .exits
        .values()
        .filter(|e| options.hall.is_none_or(|h| e.hall == h))
    {
        let z = e.clearance_zone(&plan.rules);
        let _ = writeln!(
            s,
            r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="#2e7d32" fill-opacity="0.15"/>"##,
            x(z.x_mm),
            y(z.y_mm),
            u(z.w_mm),
            u(z.d_mm)
        );
        let d = e.door().expanded(150);
        let _ = writeln!(
            s,
            r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="#2e7d32"/>"##,
            x(d.x_mm),
            y(d.y_mm),
            u(d.w_mm),
            u(d.d_mm)
        );
        // Its name outside the wall, beside the door; moved on (outwards from a north or
        // south wall, down along a west or east one) while it would cover another's.
        let (ax, ay) = (x(e.at.x_mm), y(e.at.y_mm));
        let (tx, mut ty, anchor) = match e.wall {
            Side::North => (ax, ay - 4.0, "middle"),
            Side::South => (ax, ay + 4.0 + EXIT_LABEL, "middle"),
            Side::West => (ax - 4.0, ay + EXIT_LABEL * 0.35, "end"),
            Side::East => (ax + 4.0, ay + EXIT_LABEL * 0.35, "start"),
        };
        let w = text_width(&e.label, EXIT_LABEL);
        let left = match anchor {
            "middle" => tx - w / 2.0,
            "end" => tx - w,
            _ => tx,
        };
        let step = match e.wall {
            Side::North => -EXIT_LABEL * 1.2,
            _ => EXIT_LABEL * 1.2,
        };
        let covers = |ty: f64, placed: &[[f64; 4]]| {
            placed.iter().any(|[x0, y0, x1, y1]| {
                left < *x1 && left + w > *x0 && ty - EXIT_LABEL < *y1 && ty > *y0
            })
        };
        for _ in 0..6 {
            if !covers(ty, &exit_labels) {
                break;
            }
            ty += step;
        }
        exit_labels.push([left, ty - EXIT_LABEL, left + w, ty]);
        let _ = writeln!(
            s,
            r##"<text x="{tx:.1}" y="{ty:.1}" font-size="{EXIT_LABEL}" fill="#1b5e20" text-anchor="{anchor}">{}</text>"##,
            esc(&e.label)
        );
    }
    // Booths.
    let mut outside: Vec<String> = Vec::new();
    let _ = writeln!(s, r#"<g id="booths">"#);
    for (id, b) in shown_booths(plan, options).filter(|(_, b)| within(&b.rect)) {
        let r = &b.rect;
        let fill = status_fill(b.status);
        let lit = highlight.contains(&id);
        let muted = !highlight.is_empty() && !lit;
        let (stroke, stroke_w, opacity) = if lit {
            ("#c62828", 3.0, 1.0)
        } else if muted {
            ("#777", 0.6, 0.45)
        } else {
            ("#444", 0.6, 1.0)
        };
        let fill = if lit { "#ff8a65" } else { fill };
        let company = b
            .exhibitor
            .and_then(|e| plan.exhibitors.get(&e))
            .map_or("", |e| e.name.as_str());
        let _ = writeln!(
            s,
            r#"<g id="booth-{}" data-number="{}" opacity="{opacity}"><rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{fill}" stroke="{stroke}" stroke-width="{stroke_w}"/>"#,
            id.0,
            esc(&b.number),
            x(r.x_mm),
            y(r.y_mm),
            u(r.w_mm),
            u(r.d_mm)
        );
        // A label beside its booth is dimmed with it.
        outside.extend(
            write_label(
                &mut s,
                (&b.number, company),
                [x(r.x_mm), y(r.y_mm), u(r.w_mm), u(r.d_mm)],
                largest_number,
            )
            .map(|l| format!(r#"<g opacity="{opacity}">{l}</g>"#)),
        );
        let _ = writeln!(s, "</g>");
    }
    let _ = writeln!(s, "</g>");
    if !outside.is_empty() {
        let _ = writeln!(s, r#"<g id="labels-beside">{}</g>"#, outside.concat());
    }

    if region.is_none() {
        write_legend(
            &mut s,
            plan,
            options,
            width,
            height,
            legend_h,
            legend_columns,
        );
    }
    s.push_str("</svg>\n");
    s
}

/// The title block: show, venue, dates and revision; "Your booth" and its notes.
fn write_title(
    s: &mut String,
    plan: &Plan,
    options: &MapOptions,
    width: f64,
    highlight: &std::collections::BTreeSet<BoothId>,
) {
    let m = &plan.meta;
    let _ = writeln!(
        s,
        r##"<text x="{MARGIN}" y="38" font-size="24" fill="#111">{}</text>"##,
        esc(&m.show_name)
    );
    let mut sub = format!(
        "{} · {} – {} · plan revision {}",
        m.venue, m.start_date, m.end_date, m.revision
    );
    if let Some(h) = options.hall.and_then(|h| plan.halls.get(&h)) {
        sub = format!("{} · {sub}", h.name);
    }
    let _ = writeln!(
        s,
        r##"<text x="{MARGIN}" y="60" font-size="13" fill="#444">{}</text>"##,
        esc(&sub)
    );
    if !highlight.is_empty() {
        let numbers: Vec<&str> = highlight
            .iter()
            .filter_map(|h| plan.booths.get(h))
            .map(|b| b.number.as_str())
            .collect();
        let title = if numbers.len() == 1 {
            format!("Your booth: {}", numbers.join(", "))
        } else {
            format!("Your booths: {}", numbers.join(", "))
        };
        let _ = writeln!(
            s,
            r##"<text x="{:.1}" y="38" font-size="22" fill="#c62828" text-anchor="end">{}</text>"##,
            width - MARGIN,
            esc(&title)
        );
        let ordered: Vec<BoothId> = highlight.iter().copied().collect();
        let notes = all_highlight_notes(plan, &ordered);
        for (i, note) in notes.iter().enumerate() {
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{}" font-size="12" fill="#c62828" text-anchor="end">{}</text>"##,
                width - MARGIN,
                56 + 14 * i,
                esc(note)
            );
        }
    }
}

/// The legend of everything drawn, the scale bar and the booth count under the map.
fn write_legend(
    s: &mut String,
    plan: &Plan,
    options: &MapOptions,
    width: f64,
    height: f64,
    legend_h: f64,
    legend_columns: usize,
) {
    let ly = height - legend_h - MARGIN / 2.0 + 10.0;
    for (i, (swatch, label)) in legend_items(plan, options).iter().enumerate() {
        let lx = MARGIN + LEGEND_COLUMN * (i % legend_columns) as f64;
        let row_y = ly + 22.0 * (i / legend_columns) as f64;
        let _ = writeln!(
            s,
            r##"<g transform="translate({lx:.1} {row_y:.1})">{swatch}</g><text x="{:.1}" y="{:.1}" font-size="12" fill="#222">{}</text>"##,
            lx + 20.0,
            row_y + 11.5,
            esc(label)
        );
    }
    let bar_m: i64 = [5, 10, 20, 50, 100, 200, 500]
        .into_iter()
        .rfind(|m| u(m * 1000) <= width / 4.0)
        .unwrap_or(5);
    let bar = u(bar_m * 1000);
    let by = height - MARGIN / 2.0;
    let _ = writeln!(
        s,
        r##"<g id="scale"><rect x="{MARGIN}" y="{:.1}" width="{bar:.1}" height="4" fill="#222"/><text x="{:.1}" y="{:.1}" font-size="12" fill="#222">{}</text></g>"##,
        by - 4.0,
        MARGIN + bar + 6.0,
        by,
        fmt_m(bar_m * 1000)
    );
    let area: i128 = shown_booths(plan, options).map(|(_, b)| b.area_mm2()).sum();
    let _ = writeln!(
        s,
        r##"<text x="{:.1}" y="{by:.1}" font-size="12" fill="#444" text-anchor="end">{} booths · {}</text>"##,
        width - MARGIN,
        shown_booths(plan, options).count(),
        fmt_m2(area)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_get_an_ellipsis() {
        assert_eq!(shorten("Nordwave", 10.0, 100.0), "Nordwave");
        let short = shorten("Công ty Viễn thông Sông Hồng", 10.0, 60.0);
        assert!(
            short.ends_with('…') && text_width(&short, 10.0) <= 60.0,
            "{short}"
        );
        assert_eq!(esc("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
