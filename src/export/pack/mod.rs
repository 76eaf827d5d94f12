//! Exhibitor packs: one PDF per allocated exhibitor, a page for each of its booths. A page
//! tells the exhibitor what it needs on the day: the booth, its size, type and open sides, its
//! neighbours, pillars inside it, the organiser's contact; and shows it on a map that fills
//! the page, of the booth's neighbourhood at a stated scale, with the booth's dimensions on
//! its edges, the pillars in it ringed and the walk to the nearest exit drawn with its length
//! (the validator's own route), and the whole hall as a key map in the corner.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::label::{shorten, wrap};
use super::pdf::{MARGIN, Page, Paper, Placed, pack_file_name, page_start, render};
use super::print::{largest_number, pt_per_unit, scales};
use super::scene::{Anchor, Item, MM_PER_UNIT, Paint, SheetPart, Text};
use super::svg::{Frame, esc};
use super::{ExportError, MapOptions};
use crate::i18n::{Arg, Lang, date, tr};
use crate::model::geom::fmt_m;
use crate::model::{BoothId, Derived, ExhibitorId, ObstacleKind, Plan, Rect};
use crate::validate::Route;

mod facts;

/// Floor shown round the booth, at least.
const AROUND_MM: i64 = 8_000;
const ROUTE_GREEN: [u8; 3] = [0x1b, 0x5e, 0x20];
const RED: [u8; 3] = [0xc6, 0x28, 0x28];

/// What every pack of a plan shares: derived facts, each booth's neighbours and routes.
struct Packs<'p> {
    plan: &'p Plan,
    lang: Lang,
    derived: Derived,
    near: BTreeMap<BoothId, Vec<BoothId>>,
    routes: BTreeMap<BoothId, Option<Route>>,
}

impl<'p> Packs<'p> {
    fn new(plan: &'p Plan, booths: &[BoothId], lang: Lang) -> Self {
        let derived = Derived::new(plan);
        // Neighbours of every booth, once for the whole run, from the index Derived has.
        let near = crate::layout::allocate::neighbours(plan, &derived.index);
        let routes = crate::validate::routes_to_exits(plan, &derived, booths);
        Self {
            plan,
            lang,
            derived,
            near,
            routes,
        }
    }

    /// The pack of one exhibitor: a page for each of its booths, that booth highlighted.
    fn exhibitor(
        &self,
        exhibitor: ExhibitorId,
        booths: &[BoothId],
        paper: Paper,
    ) -> Result<Vec<u8>, ExportError> {
        if booths.is_empty() {
            return Err(ExportError::NotFound(crate::io::message::msg!(
                "export-holds-no-booth",
                exhibitor = exhibitor.to_string()
            )));
        }
        let pages = booths
            .iter()
            .map(|b| self.page(*b, paper))
            .collect::<Result<Vec<_>, _>>()?;
        let name = self
            .plan
            .exhibitors
            .get(&exhibitor)
            .map_or("", |e| e.name.as_str());
        render(&pages, &format!("{} — {name}", self.plan.meta.show_name))
    }

    /// The booths reaching into `area`, in id order, from the spatial index.
    fn booths_in(&self, area: &Rect) -> Vec<BoothId> {
        self.derived.site_booths.booths_in(area)
    }

    /// A booth's way out, and the name of the exit it leaves by.
    pub(super) fn route(&self, booth: BoothId) -> Option<(String, &Route)> {
        let route = self.routes.get(&booth)?.as_ref()?;
        let exit = self.plan.exits.get(&route.exit)?;
        Some((exit.label.clone(), route))
    }

    /// One page: the booth's facts, then its neighbourhood filling the rest of the page with
    /// the hall as a key map in its corner.
    fn page(&self, booth: BoothId, paper: Paper) -> Result<Page, ExportError> {
        let plan = self.plan;
        let b = plan.booths.get(&booth).ok_or_else(|| {
            ExportError::NotFound(crate::io::message::msg!(
                "export-no-booth",
                booth = booth.to_string()
            ))
        })?;
        let (pw, ph) = paper.portrait();
        let width = pw - 2.0 * MARGIN;
        let mut s = page_start(pw, ph);
        let _ = write!(
            s,
            r##"<text x="{MARGIN}" y="{:.1}" font-size="11" fill="#555">{}</text>"##,
            MARGIN + 4.0,
            esc(&shorten(
                &crate::text::single_line(&format!(
                    "{} · {} – {}",
                    plan.meta.show_name,
                    date(self.lang, &plan.meta.start_date),
                    date(self.lang, &plan.meta.end_date)
                )),
                11.0,
                width
            ))
        );
        let _ = write!(
            s,
            r##"<text x="{MARGIN}" y="{:.1}" font-size="22" fill="#c62828">{}</text>"##,
            MARGIN + 32.0,
            esc(&shorten(
                &tr(
                    self.lang,
                    "map-your-booth",
                    &[
                        ("count", Arg::from(1_usize)),
                        ("numbers", Arg::from(crate::text::single_line(&b.number)))
                    ]
                ),
                22.0,
                width - 60.0
            ))
        );
        if let Some(e) = b.exhibitor.and_then(|e| plan.exhibitors.get(&e)) {
            let _ = write!(
                s,
                r##"<text x="{MARGIN}" y="{:.1}" font-size="16" fill="#111">{}</text>"##,
                MARGIN + 54.0,
                esc(&shorten(&crate::text::single_line(&e.name), 16.0, width))
            );
        }
        let mut y = MARGIN + 78.0;
        // The map keeps at least half the page: facts past that are left out.
        let last_line = ph * 0.45;
        let facts = self.facts(booth);
        // The values start after the widest label (Vietnamese labels are long), never less
        // than 70 pt in, never more than a third of the page.
        let indent = facts
            .iter()
            .map(|(label, _)| super::label::text_width(label, 9.0) + 10.0)
            .fold(70.0, f64::max)
            .min(width / 3.0);
        for (label, value) in facts {
            if y > last_line {
                break;
            }
            let _ = write!(
                s,
                r##"<text x="{MARGIN}" y="{y:.1}" font-size="9" fill="#333">{}</text>"##,
                esc(&shorten(&label, 9.0, indent - 6.0))
            );
            // A name written right to left ends with its line: it cannot turn the next one.
            for line in wrap(&crate::text::single_line(&value), 9.0, width - indent)
                .iter()
                .take(3)
            {
                let _ = write!(
                    s,
                    r##"<text x="{:.1}" y="{y:.1}" font-size="9" fill="#222">{}</text>"##,
                    MARGIN + indent,
                    esc(line)
                );
                y += 11.5;
            }
            y += 2.5;
        }
        // The neighbourhood, to the bottom of the page.
        let inset = [MARGIN, y + 4.0, width, ph - MARGIN - 14.0 - (y + 4.0)];
        let (maps, caption) = self.maps(booth, inset)?;
        let _ = write!(
            s,
            r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="none" stroke="#999" stroke-width="0.5"/><text x="{MARGIN}" y="{:.1}" font-size="8" fill="#444">{}</text>"##,
            inset[0],
            inset[1],
            inset[2],
            inset[3],
            ph - MARGIN,
            esc(&shorten(&crate::text::single_line(&caption), 8.0, width))
        );
        s.push_str("</svg>");
        Ok(Page { svg: s, maps })
    }

    /// The floor a booth's page shows: round the booth, and the whole walk out, within its
    /// hall.
    fn around(&self, booth: BoothId, rect: &Rect) -> Rect {
        let mut region = rect.expanded(AROUND_MM.max(rect.w_mm.max(rect.d_mm) / 2));
        if let Some((_, r)) = self.route(booth) {
            for &(px, py) in &r.points {
                let p = Rect::new(px as i64, py as i64, 1, 1).expanded(3_000);
                region = region.union_bounds(&p);
            }
        }
        let hall = self
            .plan
            .booths
            .get(&booth)
            .and_then(|b| self.plan.halls.get(&b.hall));
        if let Some(h) = hall {
            region = region
                .intersection(&h.bounds().expanded(3_000))
                .unwrap_or(region);
        }
        region
    }

    /// Marks over a booth's neighbourhood: the walk out in green and the pillars in the booth
    /// ringed in red. `to` places plan millimetres in map units, `pt` turns points on paper
    /// into map units.
    fn marks(
        &self,
        booth: BoothId,
        route: Option<&Route>,
        to: &impl Fn(f64, f64) -> (f64, f64),
        pt: &impl Fn(f64) -> f64,
    ) -> Vec<Item> {
        let mut items = Vec::new();
        if let Some(r) = route {
            let points: Vec<(f64, f64)> = r.points.iter().map(|(px, py)| to(*px, *py)).collect();
            items.push(Item::Lines {
                segments: points
                    .windows(2)
                    .map(|w| [w[0].0, w[0].1, w[1].0, w[1].1])
                    .collect(),
                colour: ROUTE_GREEN,
                width: pt(2.2),
            });
        }
        let Some(b) = self.plan.booths.get(&booth) else {
            return items;
        };
        for o in self.plan.obstacles.values().filter(|o| {
            o.hall == b.hall && o.kind == ObstacleKind::Pillar && o.rect.overlaps(&b.rect)
        }) {
            let (px, py) = to(o.rect.x_mm as f64, o.rect.y_mm as f64);
            let (qx, qy) = to(o.rect.right() as f64, o.rect.bottom() as f64);
            let ring = pt(3.0);
            items.push(Item::Rect {
                r: [
                    px - ring,
                    py - ring,
                    qx - px + 2.0 * ring,
                    qy - py + 2.0 * ring,
                ],
                fill: None,
                opacity: 1.0,
                stroke: Some((RED, pt(1.2))),
            });
        }
        items
    }

    /// The neighbourhood map in `[x, y, w, h]` at a round scale, and the key map of the hall
    /// in its lower right corner; and a caption saying the scale and the walk.
    fn maps(
        &self,
        booth: BoothId,
        [x, y, w, h]: [f64; 4],
    ) -> Result<(Vec<Placed>, String), ExportError> {
        let plan = self.plan;
        let b = plan.booths.get(&booth).ok_or_else(|| {
            ExportError::NotFound(crate::io::message::msg!(
                "export-no-booth",
                booth = booth.to_string()
            ))
        })?;
        let hall = plan.halls.get(&b.hall);
        let options = MapOptions {
            hall: Some(b.hall),
            highlight: vec![booth],
            underlays: Vec::new(),
            lang: self.lang,
        };
        let frame = Frame::new(plan, &options);
        let route = self.route(booth);
        let region = self.around(booth, &b.rect);
        // The largest round scale at which it fits.
        let fits = |scale: u32| {
            let k = pt_per_unit(scale) / MM_PER_UNIT;
            region.w_mm as f64 * k <= w && region.d_mm as f64 * k <= h
        };
        let scale = scales()
            .find(|s| fits(*s))
            .unwrap_or_else(|| scales().last().unwrap_or(100_000));
        let k = pt_per_unit(scale);
        let unit = |mm: f64| mm / MM_PER_UNIT;
        // Centred: the region's centre on the box's.
        let (cx, cy) = (
            frame.ox + unit(region.x_mm as f64 + region.w_mm as f64 / 2.0),
            frame.oy + unit(region.y_mm as f64 + region.d_mm as f64 / 2.0),
        );
        let at = (x + w / 2.0 - cx * k, y + h / 2.0 - cy * k);
        // What is seen, in plan millimetres (the box may be wider than the region).
        let seen = Rect::from_edges(
            region.x_mm + region.w_mm / 2 - (w / 2.0 / k * MM_PER_UNIT) as i64,
            region.y_mm + region.d_mm / 2 - (h / 2.0 / k * MM_PER_UNIT) as i64,
            region.x_mm + region.w_mm / 2 + (w / 2.0 / k * MM_PER_UNIT) as i64,
            region.y_mm + region.d_mm / 2 + (h / 2.0 / k * MM_PER_UNIT) as i64,
        );
        let booths = self.booths_in(&seen.expanded(2_500));
        let mut inset = super::scene::map(
            plan,
            &options,
            Some(&SheetPart {
                region: seen.expanded(2_500),
                booths: Some(&booths),
                largest_number: largest_number(scale),
                labels: true,
            }),
        );
        // Marks over the map: sized in points on paper, set in map units.
        let pt = |p: f64| p / k;
        let to = |mm_x: f64, mm_y: f64| (frame.ox + unit(mm_x), frame.oy + unit(mm_y));
        inset
            .items
            .extend(self.marks(booth, route.as_ref().map(|(_, r)| *r), &to, &pt));
        inset.items.extend(dimensions(&b.rect, to, pt));
        let mut maps = vec![Placed {
            scene: inset,
            k,
            at,
            clip: Some([x, y, w, h]),
        }];
        // The key map goes in a corner where it hides neither the booth nor the way out.
        let on_page = |(mx, my): (f64, f64)| {
            let (ux, uy) = to(mx, my);
            (at.0 + ux * k, at.1 + uy * k)
        };
        let mut avoid: Vec<(f64, f64)> = vec![
            on_page((b.rect.x_mm as f64, b.rect.y_mm as f64)),
            on_page((b.rect.right() as f64, b.rect.bottom() as f64)),
        ];
        if let Some((_, r)) = &route {
            avoid.extend(r.points.iter().map(|p| on_page(*p)));
            // And the exit's name beside its door.
            if let Some(&end) = r.points.last() {
                let (ex, ey) = on_page(end);
                for (dx, dy) in [(-45.0, 0.0), (45.0, 0.0), (0.0, -25.0), (0.0, 25.0)] {
                    avoid.push((ex + dx, ey + dy));
                }
            }
        }
        let hall_booths = hall
            .map(|h| self.booths_in(&h.bounds()))
            .unwrap_or_default();
        if let Some(key) = hall.and_then(|hall| {
            key_map(
                plan,
                &options,
                (hall, &hall_booths),
                &seen,
                [x, y, w, h],
                &avoid,
            )
        }) {
            maps.push(key);
        }
        let caption = self.caption(scale, route.as_ref().map(|(exit, r)| (exit.as_str(), *r)));
        Ok((maps, caption))
    }
}

/// The key map in the lower right corner of `[x, y, w, h]`: the whole hall, booths without
/// labels, the booth highlighted and the floor the neighbourhood map shows outlined in red.
fn key_map(
    plan: &Plan,
    options: &MapOptions,
    (hall, booths): (&crate::model::Hall, &[BoothId]),
    seen: &Rect,
    [x, y, w, h]: [f64; 4],
    avoid: &[(f64, f64)],
) -> Option<Placed> {
    let frame = Frame::new(plan, options);
    let unit = |mm: f64| mm / MM_PER_UNIT;
    let to = |mm_x: f64, mm_y: f64| (frame.ox + unit(mm_x), frame.oy + unit(mm_y));
    let whole = hall.bounds().expanded(1_500);
    if whole.is_empty() {
        return None;
    }
    let (kw, kh) = (w * 0.3, h * 0.3);
    let kk = (kw / unit(whole.w_mm as f64)).min(kh / unit(whole.d_mm as f64));
    let (bw, bh) = (unit(whole.w_mm as f64) * kk, unit(whole.d_mm as f64) * kk);
    // Lower right, unless the booth or its way out is there (then lower left, upper right,
    // upper left); the box is what the booth and the walk must stay out of.
    let (left, right, top, bottom) = (x + 4.0, x + w - bw - 4.0, y + 4.0, y + h - bh - 4.0);
    let (booth_min, booth_max) = avoid.iter().take(2).fold(
        ((f64::MAX, f64::MAX), (f64::MIN, f64::MIN)),
        |(lo, hi), p| {
            (
                (lo.0.min(p.0), lo.1.min(p.1)),
                (hi.0.max(p.0), hi.1.max(p.1)),
            )
        },
    );
    let clear = |(bx, by): (f64, f64)| {
        let inside = |p: &(f64, f64)| p.0 >= bx && p.0 <= bx + bw && p.1 >= by && p.1 <= by + bh;
        let over_booth =
            booth_min.0 < bx + bw && booth_max.0 > bx && booth_min.1 < by + bh && booth_max.1 > by;
        !over_booth && !avoid.iter().skip(2).any(inside)
    };
    let corners = [(right, bottom), (left, bottom), (right, top), (left, top)];
    let (bx, by) = corners
        .into_iter()
        .find(|c| clear(*c))
        .unwrap_or((right, bottom));
    let mut key = super::scene::map(
        plan,
        options,
        Some(&SheetPart {
            region: whole,
            booths: Some(booths),
            largest_number: super::label::MAX_NUMBER,
            labels: false,
        }),
    );
    let (wx, wy) = to(whole.x_mm as f64, whole.y_mm as f64);
    let (sx, sy) = to(seen.x_mm as f64, seen.y_mm as f64);
    key.items.insert(
        0,
        Item::Rect {
            r: [wx, wy, unit(whole.w_mm as f64), unit(whole.d_mm as f64)],
            fill: Some(Paint::Solid([0xff, 0xff, 0xff])),
            opacity: 1.0,
            stroke: Some(([0x99, 0x99, 0x99], 0.5 / kk)),
        },
    );
    key.items.push(Item::Rect {
        r: [sx, sy, unit(seen.w_mm as f64), unit(seen.d_mm as f64)],
        fill: None,
        opacity: 1.0,
        stroke: Some((RED, 1.2 / kk)),
    });
    Some(Placed {
        scene: key,
        k: kk,
        at: (bx - wx * kk, by - wy * kk),
        clip: Some([bx, by, bw, bh]),
    })
}

/// The booth's width and depth written along its top and left edges, with dimension lines.
fn dimensions(r: &Rect, to: impl Fn(f64, f64) -> (f64, f64), pt: impl Fn(f64) -> f64) -> Vec<Item> {
    let (x0, y0) = to(r.x_mm as f64, r.y_mm as f64);
    let (x1, y1) = to(r.right() as f64, r.bottom() as f64);
    let (gap, tick, size) = (pt(5.0), pt(2.5), pt(8.0));
    let ink = [0x33, 0x33, 0x33];
    let label = |x: f64, y: f64, text: String| {
        Item::Text(Text {
            x,
            y,
            size,
            anchor: Anchor::Middle,
            colour: ink,
            halo: true,
            text,
        })
    };
    let (ty, lx) = (y0 - gap, x0 - gap);
    vec![
        Item::Lines {
            segments: vec![
                [x0, ty, x1, ty],
                [x0, ty - tick, x0, ty + tick],
                [x1, ty - tick, x1, ty + tick],
                [lx, y0, lx, y1],
                [lx - tick, y0, lx + tick, y0],
                [lx - tick, y1, lx + tick, y1],
            ],
            colour: ink,
            width: pt(0.6),
        },
        label(f64::midpoint(x0, x1), ty - pt(2.0), fmt_m(r.w_mm)),
        Item::Turned {
            about: [lx - pt(2.0), f64::midpoint(y0, y1)],
            items: vec![label(lx - pt(2.0), f64::midpoint(y0, y1), fmt_m(r.d_mm))],
        },
    ]
}

/// Writes one pack per allocated exhibitor into `dir`, calling `progress(done, total, name)`.
///
/// # Errors
/// The first failure, with the file.
pub fn write_packs(
    plan: &Plan,
    dir: &Path,
    paper: Paper,
    lang: Lang,
    mut progress: impl FnMut(usize, usize, &str),
) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Io {
        path: dir.to_owned(),
        source,
    })?;
    // One pack per allocated exhibitor (all its booths), named after its first booth.
    let mut by_exhibitor: BTreeMap<ExhibitorId, Vec<BoothId>> = BTreeMap::new();
    for (id, b) in &plan.booths {
        if let Some(e) = b.exhibitor.filter(|e| plan.exhibitors.contains_key(e)) {
            by_exhibitor.entry(e).or_default().push(*id);
        }
    }
    let all: Vec<BoothId> = by_exhibitor.values().flatten().copied().collect();
    let packs = Packs::new(plan, &all, lang);
    let mut written = Vec::with_capacity(by_exhibitor.len());
    let total = by_exhibitor.len();
    for (i, (id, booths)) in by_exhibitor.iter().enumerate() {
        let company = plan.exhibitors.get(id).map_or("", |e| e.name.as_str());
        let number = plan
            .booths
            .get(&booths[0])
            .map_or("", |b| b.number.as_str());
        let path = dir.join(pack_file_name(number, company, *id));
        let bytes = packs.exhibitor(*id, booths, paper)?;
        super::write(&path, &bytes)?;
        progress(i + 1, total, number);
        written.push(path);
    }
    Ok(written)
}

/// The pack of one exhibitor: a page for each of its booths.
///
/// # Errors
/// When the exhibitor holds no booth or rendering fails.
pub fn exhibitor_pack_pdf(
    plan: &Plan,
    exhibitor: ExhibitorId,
    paper: Paper,
    lang: Lang,
) -> Result<Vec<u8>, ExportError> {
    let booths: Vec<BoothId> = plan.booths_of(exhibitor).map(|(id, _)| id).collect();
    Packs::new(plan, &booths, lang).exhibitor(exhibitor, &booths, paper)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_route_leads_from_the_booth_to_a_door_and_is_drawn_on_its_page() {
        let plan = crate::demo::demo_plan();
        let (id, _) = plan
            .booths
            .iter()
            .find(|(_, b)| b.number == "A-502")
            .expect("demo booth");
        let packs = Packs::new(&plan, &[*id], Lang::En);
        let (exit, route) = packs.route(*id).expect("a way out");
        assert!(exit.starts_with("Exit A"), "{exit}");
        assert!(route.points.len() >= 3);
        // It ends on the wall at that exit's door.
        let door = plan
            .exits
            .values()
            .find(|e| e.label == exit)
            .expect("exit")
            .door();
        let &(ex, ey) = route.points.last().expect("points");
        assert!(
            door.expanded(1)
                .contains_point(crate::model::Point::new(ex as i64, ey as i64)),
            "ends at {ex},{ey}, door {door:?}"
        );
        // The page mentions it.
        let facts = packs.facts(*id);
        assert!(
            facts
                .iter()
                .any(|(k, v)| k == "Way out" && v.starts_with(&exit)),
            "{facts:?}"
        );
    }
}
