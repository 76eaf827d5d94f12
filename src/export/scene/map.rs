//! The map of a plan as a scene: title block, halls, zones, obstacles, exits, booths with
//! their labels, the legend and the scale bar, in painting order.

use std::collections::BTreeSet;

use super::{
    Anchor, EXIT_LABEL, Item, LEGEND_COLUMN, MARGIN, MM_PER_UNIT, Paint, Rgb, Scene, SheetPart,
    Text, placed,
};
use crate::export::MapOptions;
use crate::export::label::{shorten, text_width};
use crate::export::svg::{Frame, all_highlight_notes, shown_booths};
use crate::i18n::{self, Arg, tr};
use crate::model::{BoothId, BoothStatus, ObstacleKind, Plan, Rect, Side};

/// Floor colour of a hall.
const HALL_FILL: Rgb = [0xf1, 0xf1, 0xf1];
/// How strongly a zone tints the floor.
const ZONE_OPACITY: f64 = 0.12;
const EXIT_GREEN: Rgb = [0x2e, 0x7d, 0x32];
const INK: Rgb = [0x11, 0x11, 0x11];
const DARK: Rgb = [0x22, 0x22, 0x22];
const GREY: Rgb = [0x44, 0x44, 0x44];
const RED: Rgb = [0xc6, 0x28, 0x28];
const WHITE: Rgb = [0xff, 0xff, 0xff];

fn u(mm: i64) -> f64 {
    mm as f64 / MM_PER_UNIT
}

fn text(x: f64, y: f64, size: f64, colour: Rgb, anchor: Anchor, s: &str) -> Item {
    Item::Text(Text {
        x,
        y,
        size,
        anchor,
        colour,
        halo: false,
        text: crate::text::nfc(s).into_owned(),
    })
}

fn fill(r: [f64; 4], paint: Paint, opacity: f64) -> Item {
    Item::Rect {
        r,
        fill: Some(paint),
        opacity,
        stroke: None,
    }
}

/// How an obstacle is drawn: fill and opacity.
pub fn obstacle_fill(kind: ObstacleKind) -> (Paint, f64) {
    match kind {
        ObstacleKind::Pillar => (Paint::Solid([0x55, 0x55, 0x55]), 1.0),
        ObstacleKind::FireEquipment => (Paint::Solid([0xe5, 0x39, 0x35]), 1.0),
        ObstacleKind::ServiceCore => (Paint::Solid([0x9e, 0x9e, 0x9e]), 1.0),
        ObstacleKind::Stage => (Paint::Solid([0x95, 0x75, 0xcd]), 1.0),
        // Hatched: a pale fill would read as a booth on hold.
        ObstacleKind::ReservedAisle => (Paint::Hatch, 1.0),
    }
}

/// A booth's fill for its status.
pub fn status_fill(status: BoothStatus) -> Rgb {
    match status {
        BoothStatus::Available => [0xc8, 0xe6, 0xc9],
        BoothStatus::OnHold => [0xff, 0xec, 0xb3],
        BoothStatus::Reserved => [0xff, 0xcc, 0x80],
        BoothStatus::Sold => [0x90, 0xca, 0xf9],
    }
}

/// The legend's words for booths of a status ("booth sold").
fn legend_status_key(status: BoothStatus) -> &'static str {
    match status {
        BoothStatus::Available => "map-legend-available",
        BoothStatus::OnHold => "map-legend-on-hold",
        BoothStatus::Reserved => "map-legend-reserved",
        BoothStatus::Sold => "map-legend-sold",
    }
}

/// One legend entry: the swatch as drawn on the map (a 14 × 14 box at the origin), and its
/// words.
pub fn legend_items(plan: &Plan, options: &MapOptions) -> Vec<(Vec<Item>, String)> {
    let in_view = |hall: crate::model::HallId| options.hall.is_none_or(|h| h == hall);
    let square = [0.0, 0.0, 14.0, 14.0];
    let mut items: Vec<(Vec<Item>, String)> = plan
        .zones
        .values()
        .filter(|z| in_view(z.hall))
        .map(|z| {
            (
                // The tint as it lies on the floor.
                vec![
                    Item::Rect {
                        r: square,
                        fill: Some(Paint::Solid(HALL_FILL)),
                        opacity: 1.0,
                        stroke: Some(([0x55, 0x55, 0x55], 0.5)),
                    },
                    fill(square, Paint::Solid(z.colour), ZONE_OPACITY),
                ],
                z.name.clone(),
            )
        })
        .collect();
    for status in [
        BoothStatus::Sold,
        BoothStatus::Reserved,
        BoothStatus::OnHold,
        BoothStatus::Available,
    ] {
        items.push((
            vec![Item::Rect {
                r: square,
                fill: Some(Paint::Solid(status_fill(status))),
                opacity: 1.0,
                stroke: Some((GREY, 0.6)),
            }],
            tr(options.lang, legend_status_key(status), &[]),
        ));
    }
    if plan.exits.values().any(|e| in_view(e.hall)) {
        items.push((
            vec![
                fill(square, Paint::Solid(EXIT_GREEN), 0.15),
                fill([0.0, 0.0, 14.0, 3.0], Paint::Solid(EXIT_GREEN), 1.0),
            ],
            tr(options.lang, "map-legend-exit", &[]),
        ));
    }
    for kind in ObstacleKind::ALL {
        if plan
            .obstacles
            .values()
            .any(|o| o.kind == kind && in_view(o.hall))
        {
            let (paint, opacity) = obstacle_fill(kind);
            items.push((
                vec![
                    fill(square, Paint::Solid(HALL_FILL), 1.0),
                    fill(square, paint, opacity),
                ],
                tr(options.lang, kind.key(), &[]),
            ));
        }
    }
    items
}

/// A booth's label (see [`crate::export::label::fit`]) for the booth at `[x, y, w, h]`: the items
/// inside it, or, for a number too small to read inside, the number beside the booth with a
/// leader line and a white halo, for drawing after every booth (so no neighbour covers it).
fn booth_label(
    (number, company): (&str, &str),
    [bx, by, bw, bh]: [f64; 4],
    largest: f64,
) -> (Vec<Item>, Option<Vec<Item>>) {
    let l = crate::export::label::fit_at_most(number, company, bw, bh, largest);
    let (cx, cy) = (bx + bw / 2.0, by + bh / 2.0);
    if l.outside {
        let tx = bx + bw + 1.5;
        return (
            Vec::new(),
            Some(vec![
                Item::Lines {
                    segments: vec![[cx, cy, tx - 0.3, cy]],
                    colour: [0x33, 0x33, 0x33],
                    width: 0.25,
                },
                Item::Text(Text {
                    x: tx,
                    y: cy + l.number_size * 0.36,
                    size: l.number_size,
                    anchor: Anchor::Start,
                    colour: INK,
                    halo: true,
                    text: l.number,
                }),
            ]),
        );
    }
    let mut lines = Vec::new();
    let mut top = cy - l.height() / 2.0;
    lines.push(text(
        cx,
        top + l.number_size * 0.93,
        l.number_size,
        INK,
        Anchor::Middle,
        &l.number,
    ));
    top += l.number_size * 1.15;
    for line in &l.company {
        lines.push(text(
            cx,
            top + l.company_size * 0.93,
            l.company_size,
            DARK,
            Anchor::Middle,
            line,
        ));
        top += l.company_size * 1.15;
    }
    if l.rotated {
        (
            vec![Item::Turned {
                about: [cx, cy],
                items: lines,
            }],
            None,
        )
    } else {
        (lines, None)
    }
}

/// The map of the site or a hall; with a sheet's part, the floor alone for one printed sheet:
/// only the booths and obstacles that reach into it, no title, legend, scale bar or
/// background, every position that of the whole map.
#[expect(
    clippy::too_many_lines,
    reason = "one map drawn layer by layer, in painting order"
)]
pub fn map(plan: &Plan, options: &MapOptions, part: Option<&SheetPart<'_>>) -> Scene {
    let region = part.map(|p| p.region);
    let within = |r: &Rect| region.is_none_or(|g| g.overlaps(r));
    let largest_number = part.map_or(crate::export::label::MAX_NUMBER, |p| p.largest_number);
    let labels = part.is_none_or(|p| p.labels);
    let frame = Frame::new(plan, options);
    let (ox, oy) = (frame.ox, frame.oy);
    let x = |mm: i64| ox + u(mm);
    let y = |mm: i64| oy + u(mm);
    let rect = |r: &Rect| frame.rect(r);
    let highlight: BTreeSet<BoothId> = options
        .highlight
        .iter()
        .copied()
        .filter(|h| plan.booths.contains_key(h))
        .collect();
    let mut items = Vec::new();
    if part.is_none() {
        items.push(fill(
            [0.0, 0.0, frame.width, frame.height],
            Paint::Solid(WHITE),
            1.0,
        ));
        title(&mut items, plan, options, frame.width, &highlight);
    }
    // Halls: floors first, then the walls, the outline of the wings' union, never a wall
    // across the open floor where two wings meet.
    let mut halls = Vec::new();
    let shown_halls = || {
        plan.halls
            .iter()
            .filter(|(id, _)| options.hall.is_none_or(|k| k == **id))
            .map(|(_, h)| h)
    };
    for h in shown_halls() {
        for r in &h.outline {
            halls.push(fill(rect(r), Paint::Solid(HALL_FILL), 1.0));
        }
    }
    // Venue drawings on the floors, under the walls and everything else, each within its
    // hall's bounds (never over the title, the legend or another hall).
    halls.extend(options.underlays.iter().filter_map(|u| {
        if options.hall.is_some_and(|h| h != u.hall) {
            return None;
        }
        let hall = plan.halls.get(&u.hall)?.bounds();
        // A printed sheet holds its part of the floor only.
        let bounds = match region {
            Some(g) => hall.intersection(&g)?,
            None => hall,
        };
        let part = u.cropped(&bounds)?;
        Some(Item::Image {
            r: rect(&part.rect),
            image: part,
        })
    }));
    for h in shown_halls() {
        halls.push(Item::Lines {
            segments: h
                .outer_edges()
                .iter()
                .map(|e| {
                    let (a, b) = e.ends();
                    [x(a.x_mm), y(a.y_mm), x(b.x_mm), y(b.y_mm)]
                })
                .collect(),
            colour: [0x33, 0x33, 0x33],
            width: 2.0,
        });
        let b = h.bounds();
        halls.push(text(
            x(b.x_mm),
            y(b.y_mm) - 6.0,
            16.0,
            DARK,
            Anchor::Start,
            &h.name,
        ));
    }
    items.push(Item::Group {
        id: Some("halls".to_owned()),
        number: None,
        opacity: 1.0,
        items: halls,
    });
    // Zones.
    for z in plan
        .zones
        .values()
        .filter(|z| options.hall.is_none_or(|h| z.hall == h))
    {
        for a in &z.areas {
            items.push(fill(rect(a), Paint::Solid(z.colour), ZONE_OPACITY));
        }
    }
    // Obstacles: areas (reserved aisles, stages, service cores) first, pillars and fire
    // equipment over them, so a pillar standing in a reserved aisle stays in view.
    let mut obstacles: Vec<&crate::model::Obstacle> = plan
        .obstacles
        .values()
        .filter(|o| options.hall.is_none_or(|h| o.hall == h) && within(&o.rect))
        .collect();
    obstacles.sort_by_key(|o| o.kind.is_fixture());
    for o in obstacles {
        let (paint, opacity) = obstacle_fill(o.kind);
        let [rx, ry, rw, rh] = rect(&o.rect);
        items.push(fill([rx, ry, rw, rh], paint, opacity));
        if matches!(o.kind, ObstacleKind::Stage | ObstacleKind::ServiceCore) {
            let size = 12.0_f64.min(rh / 3.0);
            items.push(text(
                rx + rw / 2.0,
                ry + rh / 2.0 + size / 3.0,
                size,
                WHITE,
                Anchor::Middle,
                &shorten(&o.label, size, rw - 4.0),
            ));
        }
    }
    exits(&mut items, plan, options, (ox, oy));
    // Booths.
    let mut booths = Vec::new();
    let mut beside = Vec::new();
    let candidates: Box<dyn Iterator<Item = (BoothId, &crate::model::Booth)>> =
        match part.and_then(|p| p.booths) {
            Some(ids) => Box::new(
                ids.iter()
                    .filter_map(|id| plan.booths.get(id).map(|b| (*id, b)))
                    .filter(|(_, b)| options.hall.is_none_or(|h| b.hall == h)),
            ),
            None => Box::new(shown_booths(plan, options)),
        };
    for (id, b) in candidates.filter(|(_, b)| within(&b.rect)) {
        let lit = highlight.contains(&id);
        let muted = !highlight.is_empty() && !lit;
        let (stroke, stroke_w, opacity) = if lit {
            (RED, 3.0, 1.0)
        } else if muted {
            ([0x77, 0x77, 0x77], 0.6, 0.45)
        } else {
            (GREY, 0.6, 1.0)
        };
        let paint = if lit {
            [0xff, 0x8a, 0x65]
        } else {
            status_fill(b.status)
        };
        let company = b
            .exhibitor
            .and_then(|e| plan.exhibitors.get(&e))
            .map_or("", |e| e.name.as_str());
        let r = rect(&b.rect);
        // Fitted composed: a decomposed name measures and prints its marks apart.
        let (mut label, outside) = if labels {
            booth_label(
                (&crate::text::nfc(&b.number), &crate::text::nfc(company)),
                r,
                largest_number,
            )
        } else {
            (Vec::new(), None)
        };
        let mut inside = vec![Item::Rect {
            r,
            fill: Some(Paint::Solid(paint)),
            opacity: 1.0,
            stroke: Some((stroke, stroke_w)),
        }];
        inside.append(&mut label);
        booths.push(Item::Group {
            id: Some(format!("booth-{}", id.0)),
            number: Some(b.number.clone()),
            opacity,
            items: inside,
        });
        // A label beside its booth is dimmed with it.
        if let Some(outside) = outside {
            beside.push(Item::Group {
                id: None,
                number: None,
                opacity,
                items: outside,
            });
        }
    }
    items.push(Item::Group {
        id: Some("booths".to_owned()),
        number: None,
        opacity: 1.0,
        items: booths,
    });
    if !beside.is_empty() {
        items.push(Item::Group {
            id: Some("labels-beside".to_owned()),
            number: None,
            opacity: 1.0,
            items: beside,
        });
    }
    if part.is_none() {
        legend(&mut items, plan, options, &frame);
    }
    Scene {
        width: frame.width,
        height: frame.height,
        items,
    }
}

/// Exits: the clear zone, the door, and the name outside the wall beside the door, moved on
/// (outwards from a north or south wall, down along a west or east one) while it would cover
/// another's.
fn exits(items: &mut Vec<Item>, plan: &Plan, options: &MapOptions, (ox, oy): (f64, f64)) {
    let rect = |r: &Rect| [ox + u(r.x_mm), oy + u(r.y_mm), u(r.w_mm), u(r.d_mm)];
    let mut placed: Vec<[f64; 4]> = Vec::new();
    for e in plan
        .exits
        .values()
        .filter(|e| options.hall.is_none_or(|h| e.hall == h))
    {
        items.push(fill(
            rect(&e.clearance_zone(&plan.rules)),
            Paint::Solid(EXIT_GREEN),
            0.15,
        ));
        items.push(fill(
            rect(&e.door().expanded(150)),
            Paint::Solid(EXIT_GREEN),
            1.0,
        ));
        let (ax, ay) = (ox + u(e.at.x_mm), oy + u(e.at.y_mm));
        let (tx, mut ty, anchor) = match e.wall {
            Side::North => (ax, ay - 4.0, Anchor::Middle),
            Side::South => (ax, ay + 4.0 + EXIT_LABEL, Anchor::Middle),
            Side::West => (ax - 4.0, ay + EXIT_LABEL * 0.35, Anchor::End),
            Side::East => (ax + 4.0, ay + EXIT_LABEL * 0.35, Anchor::Start),
        };
        let w = text_width(&e.label, EXIT_LABEL);
        let left = anchor.left(tx, w);
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
            if !covers(ty, &placed) {
                break;
            }
            ty += step;
        }
        placed.push([left, ty - EXIT_LABEL, left + w, ty]);
        items.push(text(
            tx,
            ty,
            EXIT_LABEL,
            [0x1b, 0x5e, 0x20],
            anchor,
            &e.label,
        ));
    }
}

/// The title block: show, venue, dates and revision; "Your booth" and its notes.
fn title(
    items: &mut Vec<Item>,
    plan: &Plan,
    options: &MapOptions,
    width: f64,
    highlight: &BTreeSet<BoothId>,
) {
    let m = &plan.meta;
    // The show's name and the line under it keep clear of "Your booth" on the right, and of
    // the edge: a long name is cut with "…".
    let room = (width - 2.0 * MARGIN) * if highlight.is_empty() { 1.0 } else { 0.55 };
    items.push(text(
        MARGIN,
        38.0,
        24.0,
        INK,
        Anchor::Start,
        &shorten(&m.show_name, 24.0, room),
    ));
    let lang = options.lang;
    let mut sub = tr(
        lang,
        "map-subtitle",
        &[
            ("venue", Arg::from(&m.venue)),
            ("start", Arg::from(i18n::date(lang, &m.start_date))),
            ("end", Arg::from(i18n::date(lang, &m.end_date))),
            ("revision", Arg::Text(m.revision.to_string())),
        ],
    );
    if let Some(h) = options.hall.and_then(|h| plan.halls.get(&h)) {
        sub = format!("{} · {sub}", h.name);
    }
    items.push(text(
        MARGIN,
        60.0,
        13.0,
        GREY,
        Anchor::Start,
        &shorten(&sub, 13.0, room),
    ));
    if !highlight.is_empty() {
        let numbers: Vec<&str> = highlight
            .iter()
            .filter_map(|h| plan.booths.get(h))
            .map(|b| b.number.as_str())
            .collect();
        let title = tr(
            lang,
            "map-your-booth",
            &[
                ("count", Arg::from(numbers.len())),
                ("numbers", Arg::from(numbers.join(", "))),
            ],
        );
        items.push(text(
            width - MARGIN,
            38.0,
            22.0,
            RED,
            Anchor::End,
            &shorten(&title, 22.0, (width - 2.0 * MARGIN) * 0.43),
        ));
        let ordered: Vec<BoothId> = highlight.iter().copied().collect();
        for (i, note) in all_highlight_notes(plan, &ordered, lang).iter().enumerate() {
            items.push(text(
                width - MARGIN,
                56.0 + 14.0 * i as f64,
                12.0,
                RED,
                Anchor::End,
                &shorten(note, 12.0, (width - 2.0 * MARGIN) * 0.43),
            ));
        }
    }
}

/// The legend of everything drawn, the scale bar and the booth count under the map.
fn legend(items: &mut Vec<Item>, plan: &Plan, options: &MapOptions, frame: &Frame) {
    let ly = frame.height - frame.legend_h - MARGIN / 2.0 + 10.0;
    for (i, (swatch, label)) in legend_items(plan, options).iter().enumerate() {
        let lx = MARGIN + LEGEND_COLUMN * (i % frame.legend_columns) as f64;
        let row_y = ly + 22.0 * (i / frame.legend_columns) as f64;
        items.extend(placed(swatch, (lx, row_y), 1.0));
        // Cut to its column: a long label (Vietnamese) never runs into the next one.
        items.push(text(
            lx + 20.0,
            row_y + 11.5,
            12.0,
            DARK,
            Anchor::Start,
            &shorten(label, 12.0, LEGEND_COLUMN - 26.0),
        ));
    }
    let bar_m: i64 = [5, 10, 20, 50, 100, 200, 500]
        .into_iter()
        .rfind(|m| u(m * 1000) <= frame.width / 4.0)
        .unwrap_or(5);
    let bar = u(bar_m * 1000);
    let by = frame.height - MARGIN / 2.0;
    items.push(Item::Group {
        id: Some("scale".to_owned()),
        number: None,
        opacity: 1.0,
        items: vec![
            fill([MARGIN, by - 4.0, bar, 4.0], Paint::Solid(DARK), 1.0),
            text(
                MARGIN + bar + 6.0,
                by,
                12.0,
                DARK,
                Anchor::Start,
                &i18n::length(options.lang, bar_m * 1000),
            ),
        ],
    });
    let area: i128 = shown_booths(plan, options).map(|(_, b)| b.area_mm2()).sum();
    items.push(text(
        frame.width - MARGIN,
        by,
        12.0,
        GREY,
        Anchor::End,
        &tr(
            options.lang,
            "map-booth-count",
            &[
                ("count", Arg::from(shown_booths(plan, options).count())),
                ("area", Arg::from(i18n::area(options.lang, area))),
            ],
        ),
    ));
}
