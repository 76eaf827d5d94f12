//! The measure tool (M): drag from one point to another for the distance and, when both ends
//! rest on things (booths, obstacles), the clear width between them; hover a booth or an
//! obstacle for the clear distance to what stands nearest on each side and to the nearest
//! wall. The figures come from [`crate::model::measure`]; this module draws them.

#![allow(
    clippy::wildcard_imports,
    reason = "the canvas's own types and helpers"
)]

use super::*;
use crate::model::measure::{Clearance, Surroundings, clearance, standing_between, surroundings};
use crate::model::spatial::ItemKind;

/// Something a measurement rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Thing {
    /// What people call it: a booth's number, an obstacle's kind.
    pub name: String,
    /// Where it stands.
    pub rect: Rect,
    /// What it is, as the spatial index names it.
    pub kind: ItemKind,
}

/// A measurement on the floor, kept on the canvas until the next one, Esc, or another tool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Measurement {
    /// Where the drag began, in whole millimetres.
    pub from_mm: (i64, i64),
    /// Where it ends.
    pub to_mm: (i64, i64),
    /// What stands under the start.
    pub from: Option<Thing>,
    /// What stands under the end.
    pub to: Option<Thing>,
    /// What stands on the floor between the two things, so the gap is no clear passage
    /// (names: booth numbers, obstacle kinds, "wall").
    pub between: Vec<String>,
}

/// The booth or obstacle under a plan point, if any (a pillar in a booth is the pillar).
pub fn thing_at(cx: &ViewContext<'_>, at: (f64, f64)) -> Option<Thing> {
    let plan = cx.doc.plan();
    match hit::pick(cx, at)? {
        Item::Booth(id) => {
            let b = plan.booths.get(&id)?;
            Some(Thing {
                name: b.number.clone(),
                rect: b.rect,
                kind: ItemKind::Booth(id),
            })
        }
        Item::Venue(Venue::Obstacle(id)) => obstacle_thing(plan, id),
        _ => None,
    }
}

fn obstacle_thing(plan: &Plan, id: crate::model::ObstacleId) -> Option<Thing> {
    let o = plan.obstacles.get(&id)?;
    Some(Thing {
        name: obstacle_name(o.kind),
        rect: o.rect,
        kind: ItemKind::Obstacle(id, o.kind),
    })
}

impl Measurement {
    /// A measurement from `from` to `to` (plan points), with what stands under each end.
    pub fn new(cx: &ViewContext<'_>, from_at: (f64, f64), to_at: (f64, f64)) -> Self {
        let whole = |p: (f64, f64)| (p.0.round() as i64, p.1.round() as i64);
        let (from, to) = (thing_at(cx, from_at), thing_at(cx, to_at));
        let plan = cx.doc.plan();
        let between = match (&from, &to) {
            (Some(a), Some(b)) => {
                standing_between(plan, &cx.derived().site_booths, &a.rect, &b.rect)
                    .into_iter()
                    .map(|kind| kind_name(plan, kind))
                    .collect()
            }
            _ => Vec::new(),
        };
        Self {
            from_mm: whole(from_at),
            to_mm: whole(to_at),
            from,
            to,
            between,
        }
    }

    /// The straight distance between the two ends.
    pub fn length_mm(&self) -> f64 {
        let dx = (self.to_mm.0 - self.from_mm.0) as f64;
        let dy = (self.to_mm.1 - self.from_mm.1) as f64;
        dx.hypot(dy)
    }

    /// The clear floor between the two things under the ends, when they are two things.
    pub fn clear(&self) -> Option<Clearance> {
        match (&self.from, &self.to) {
            (Some(a), Some(b)) if a.kind != b.kind => Some(clearance(&a.rect, &b.rect)),
            _ => None,
        }
    }

    /// The readout, one line each: the distance, and the clear width between the things.
    pub fn lines(&self) -> Vec<String> {
        let dx = (self.to_mm.0 - self.from_mm.0).abs();
        let dy = (self.to_mm.1 - self.from_mm.1).abs();
        let mut lines = vec![ta(
            "canvas-measure-distance",
            &[
                ("length", Arg::from(metres(self.length_mm()))),
                ("across", Arg::from(metres(dx as f64))),
                ("down", Arg::from(metres(dy as f64))),
            ],
        )];
        if let (Some(a), Some(b), Some(clear)) = (&self.from, &self.to, self.clear()) {
            let from = ("from", Arg::from(&a.name));
            let to = ("to", Arg::from(&b.name));
            lines.push(match clear {
                Clearance::Touching => ta("canvas-measure-touch", &[from, to]),
                Clearance::Facing { gap_mm, .. } if self.between.is_empty() => ta(
                    "canvas-measure-clear-width",
                    &[from, to, ("gap", Arg::from(length_text(gap_mm)))],
                ),
                Clearance::Facing { gap_mm, .. } => ta(
                    "canvas-measure-no-passage",
                    &[
                        from,
                        to,
                        ("gap", Arg::from(length_text(gap_mm))),
                        ("between", Arg::from(list_names(&self.between))),
                    ],
                ),
                Clearance::Diagonal { .. } => ta(
                    "canvas-measure-diagonal",
                    &[
                        from,
                        to,
                        ("distance", Arg::from(metres(clear.distance_mm()))),
                    ],
                ),
            });
        }
        lines
    }
}

/// A length to the centimetre ("6.32 m").
fn metres(mm: f64) -> String {
    format!("{} m", fixed(mm / 1000.0, 2))
}

/// "A-103", "A-103 and pillar", "A-103, A-104 and 3 more".
fn list_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => ta(
            "canvas-list-two",
            &[("first", Arg::from(a)), ("second", Arg::from(b))],
        ),
        [a, b, rest @ ..] => ta(
            "canvas-list-more",
            &[
                ("first", Arg::from(a)),
                ("second", Arg::from(b)),
                ("count", Arg::from(rest.len())),
            ],
        ),
    }
}

/// What a thing found on the floor is called.
fn kind_name(plan: &Plan, kind: ItemKind) -> String {
    match kind {
        ItemKind::Booth(id) => plan
            .booths
            .get(&id)
            .map_or_else(|| t("canvas-thing-booth"), |b| b.number.clone()),
        ItemKind::Obstacle(_, kind) => obstacle_name(kind),
        ItemKind::Wall => t("canvas-thing-wall"),
    }
}

/// The surroundings of a thing in its hall (for a booth, the hall it names; for an obstacle,
/// the hall it stands in).
pub fn surroundings_of(cx: &ViewContext<'_>, thing: &Thing) -> Option<Surroundings> {
    let plan = cx.doc.plan();
    let hall = match thing.kind {
        ItemKind::Booth(id) => plan.booths.get(&id)?.hall,
        ItemKind::Obstacle(id, _) => plan.obstacles.get(&id)?.hall,
        ItemKind::Wall => return None,
    };
    let index = cx.derived().index.halls.get(&hall)?;
    Some(surroundings(index, &thing.rect, thing.kind))
}

/// The colour of measurements on the canvas.
const MEASURE: Color32 = Color32::from_rgb(0, 121, 191);

impl Canvas {
    /// Draws the measurement (or, while hovering with the measure tool, the surroundings of the
    /// booth or obstacle under the pointer).
    pub(super) fn paint_measure(
        &self,
        cx: &ViewContext<'_>,
        painter: &egui::Painter,
        pointer: Option<Pos2>,
    ) {
        if cx.tool != Tool::Measure {
            return;
        }
        if let Some(m) = &self.measure {
            let a = self.view.pos_in_screen(m.from_mm.0, m.from_mm.1);
            let b = self.view.pos_in_screen(m.to_mm.0, m.to_mm.1);
            for thing in [&m.from, &m.to].into_iter().flatten() {
                painter.rect_stroke(
                    self.view.rect_in_screen(&thing.rect),
                    CornerRadius::ZERO,
                    Stroke::new(2.0, MEASURE),
                    StrokeKind::Outside,
                );
            }
            if let (Some(x), Some(y), Some(Clearance::Facing { gap_mm, across_x })) =
                (&m.from, &m.to, m.clear())
            {
                self.dimension(painter, &gap_line(&x.rect, &y.rect, across_x), gap_mm);
            }
            painter.line_segment([a, b], Stroke::new(1.5, MEASURE));
            for p in [a, b] {
                painter.circle_filled(p, 3.0, MEASURE);
            }
            readout(painter, self.readout_bounds(), b, &m.lines());
            return;
        }
        let Some((thing, around)) = &self.around else {
            return;
        };
        painter.rect_stroke(
            self.view.rect_in_screen(&thing.rect),
            CornerRadius::ZERO,
            Stroke::new(2.0, MEASURE),
            StrokeKind::Outside,
        );
        let mut lines = vec![thing.name.clone()];
        for n in &around.sides {
            let across_x = matches!(n.side, crate::model::Side::East | crate::model::Side::West);
            self.dimension(painter, &gap_line(&thing.rect, &n.rect, across_x), n.gap_mm);
            lines.push(ta(
                "canvas-around-side",
                &[
                    ("side", Arg::from(side_title(n.side))),
                    ("gap", Arg::from(length_text(n.gap_mm))),
                    ("what", Arg::from(kind_name(cx.doc.plan(), n.what))),
                ],
            ));
        }
        if let Some(w) = around.wall {
            lines.push(ta(
                "canvas-around-wall",
                &[
                    ("gap", Arg::from(length_text(w.gap_mm))),
                    ("side", Arg::from(side_name(w.side))),
                ],
            ));
        }
        if let Some(p) = pointer {
            readout(painter, self.readout_bounds(), p, &lines);
        }
    }

    /// Where a readout may go: the canvas, less the side the legend covers.
    fn readout_bounds(&self) -> egui::Rect {
        let c = self.view.canvas;
        let right = (c.right() - self.view.covered_right).max(c.left() + c.width() / 2.0);
        egui::Rect::from_min_max(c.min, egui::pos2(right, c.bottom()))
    }

    /// With the measure tool and no measurement showing, what stands around the booth or
    /// obstacle under the pointer; `None` otherwise.
    pub(super) fn measure_hover(
        &self,
        cx: &ViewContext<'_>,
        pointer: Option<Pos2>,
    ) -> Option<(Thing, Surroundings)> {
        if cx.tool != Tool::Measure || self.measure.is_some() || self.drag.is_some() {
            return None;
        }
        let thing = thing_at(cx, self.view.pos_in_plan(pointer?))?;
        let around = surroundings_of(cx, &thing)?;
        Some((thing, around))
    }

    /// A dimension line across a gap, with its length written beside it.
    fn dimension(&self, painter: &egui::Painter, (a, b): &((i64, i64), (i64, i64)), gap_mm: i64) {
        let a = self.view.pos_in_screen(a.0, a.1);
        let b = self.view.pos_in_screen(b.0, b.1);
        if a.distance(b) < 2.0 {
            return;
        }
        let stroke = Stroke::new(1.0, MEASURE);
        painter.line_segment([a, b], stroke);
        // Ticks across the line at both ends.
        let dir = (b - a).normalized();
        let tick = vec2(-dir.y, dir.x) * 5.0;
        for p in [a, b] {
            painter.line_segment([p - tick, p + tick], stroke);
        }
        let mid = a + (b - a) / 2.0;
        let galley =
            painter.layout_no_wrap(length_text(gap_mm), FontId::proportional(11.0), MEASURE);
        let at = mid + tick * 1.2;
        let r = egui::Align2::CENTER_CENTER.anchor_size(at, galley.size());
        painter.rect_filled(r.expand(2.0), CornerRadius::same(2), Color32::WHITE);
        painter.galley(r.min, galley, MEASURE);
    }
}

/// The line across the clear gap between two facing rectangles, in the middle of the stretch
/// they share.
fn gap_line(a: &Rect, b: &Rect, across_x: bool) -> ((i64, i64), (i64, i64)) {
    let floor = crate::model::geom::between_rect(a, b);
    let mid = floor.centre();
    if across_x {
        ((floor.x_mm, mid.y_mm), (floor.right(), mid.y_mm))
    } else {
        ((mid.x_mm, floor.y_mm), (mid.x_mm, floor.bottom()))
    }
}

/// Lines of text on a white card below and right of a screen point, or on whichever side
/// keeps the card within `bounds` (the canvas less the legend's side).
fn readout(painter: &egui::Painter, bounds: egui::Rect, at: Pos2, lines: &[String]) {
    let galley = painter.layout_no_wrap(lines.join("\n"), FontId::proportional(12.0), MEASURE);
    let bounds = bounds.shrink(6.0);
    let size = galley.size();
    let mut min = at + vec2(16.0, 16.0);
    if min.x + size.x > bounds.right() {
        min.x = at.x - 16.0 - size.x;
    }
    if min.y + size.y > bounds.bottom() {
        min.y = at.y - 16.0 - size.y;
    }
    let r = egui::Rect::from_min_size(min.max(bounds.min), size);
    painter.rect_filled(
        r.expand(4.0),
        CornerRadius::same(3),
        Color32::from_white_alpha(235),
    );
    painter.galley(r.min, galley, MEASURE);
}
