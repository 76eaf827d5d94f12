//! Pointer gestures on the canvas: moving and resizing booths (one transaction each, Esc
//! rolls back), drawing booths, halls, obstacles and zones, placing exits.

#![allow(
    clippy::wildcard_imports,
    reason = "the canvas's own types and helpers"
)]

use super::*;

impl Canvas {
    pub(super) fn start_drag(
        &mut self,
        cx: &ViewContext<'_>,
        out: &mut Actions,
        origin: Pos2,
        shift: bool,
    ) {
        let at_mm = self.view.pos_in_plan(origin);
        if cx.tool == Tool::Measure {
            self.measure = Some(Measurement::new(cx, at_mm, at_mm));
            self.drag = Some(Drag::Measure);
            return;
        }
        if cx.tool == Tool::Calibrate {
            self.start_drawing_drag(cx, out, at_mm);
            return;
        }
        if !matches!(cx.tool, Tool::Select) {
            let hall = hall_at(cx.doc.plan(), at_mm);
            // Only a hall may be drawn outside every hall.
            if hall.is_some() || cx.tool == Tool::Hall {
                let pitch = cx.doc.plan().meta.grid_pitch_mm;
                let start = (snap(at_mm.0, pitch), snap(at_mm.1, pitch));
                self.drag = Some(Drag::Create {
                    hall,
                    start_mm: start,
                    end_mm: start,
                });
            }
            return;
        }
        if let Some((shape, corner, original)) = self.handle_at(cx, origin) {
            out.push(Action::Begin);
            self.drag = Some(Drag::Resize {
                shape,
                corner,
                original,
            });
            return;
        }
        // A booth, an obstacle or an exit is dragged at once; a zone or a hall (large, under
        // everything) once it is selected; elsewhere the drag selects by rectangle.
        let grabbed = hit::pick(cx, at_mm).filter(|item| match item {
            Item::Booth(_) | Item::Venue(Venue::Obstacle(_) | Venue::Exit(_)) => true,
            Item::Venue(v @ Venue::Zone(_)) => cx.selection.contains(Item::Venue(*v)),
            // Dragging on a hall's open floor draws a selection rectangle; a hall moves with
            // arrow keys, its X and Y, or together with a dragged item.
            Item::Venue(Venue::Hall(_)) | Item::Exhibitor(_) => false,
        });
        if let Some(item) = grabbed {
            // Grabbing something outside the selection selects it (Shift: adds it).
            let mut selection = cx.selection.clone();
            if !selection.contains(item) {
                if !shift {
                    selection.clear();
                }
                selection.insert(item);
                out.select(selection.clone());
            }
            let moving = Moving::of(cx.doc.plan(), &selection);
            // A grabbed booth's corner snaps to the grid; venue objects move by whole grid
            // steps, so a pillar on a column line keeps its offset from the booth grid.
            let anchor = match item {
                Item::Booth(id) => cx.doc.plan().booths.get(&id).map(|b| b.rect),
                _ => None,
            };
            out.push(Action::Begin);
            self.drag = Some(Drag::Move {
                grab_mm: at_mm,
                anchor,
                moving,
            });
            return;
        }
        self.drag = Some(Drag::Marquee {
            start: origin,
            end: origin,
            additive: shift,
        });
    }

    pub(super) fn update_drag(
        &mut self,
        cx: &ViewContext<'_>,
        out: &mut Actions,
        pos: Pos2,
        pitch: i64,
    ) {
        let at_mm = self.view.pos_in_plan(pos);
        let edit = match &mut self.drag {
            Some(Drag::Move {
                grab_mm,
                anchor,
                moving,
            }) => {
                let (dx, dy) = match anchor {
                    Some(a) => (
                        snap(a.x_mm as f64 + at_mm.0 - grab_mm.0, pitch) - a.x_mm,
                        snap(a.y_mm as f64 + at_mm.1 - grab_mm.1, pitch) - a.y_mm,
                    ),
                    None => (
                        snap(at_mm.0 - grab_mm.0, pitch),
                        snap(at_mm.1 - grab_mm.1, pitch),
                    ),
                };
                moving.edit(cx.doc.plan(), dx, dy)
            }
            Some(Drag::Resize {
                shape,
                corner,
                original,
            }) => {
                let (x, y) = (snap(at_mm.0, pitch), snap(at_mm.1, pitch));
                let (mut x0, mut y0, mut x1, mut y1) = (
                    original.x_mm,
                    original.y_mm,
                    original.right(),
                    original.bottom(),
                );
                match corner {
                    Corner::Nw => (x0, y0) = (x.min(x1 - pitch), y.min(y1 - pitch)),
                    Corner::Ne => (x1, y0) = (x.max(x0 + pitch), y.min(y1 - pitch)),
                    Corner::Se => (x1, y1) = (x.max(x0 + pitch), y.max(y0 + pitch)),
                    Corner::Sw => (x0, y1) = (x.min(x1 - pitch), y.max(y0 + pitch)),
                }
                shape.with_rect(cx.doc.plan(), Rect::from_edges(x0, y0, x1, y1))
            }
            Some(Drag::Create { end_mm, .. }) => {
                *end_mm = (snap(at_mm.0, pitch), snap(at_mm.1, pitch));
                None
            }
            Some(Drag::Marquee { end, .. }) => {
                *end = pos;
                None
            }
            Some(Drag::MoveDrawing { id, grab_mm, from }) => {
                Self::drawing_dragged(cx, (*id, *grab_mm, *from), at_mm)
            }
            Some(Drag::Measure) => {
                if let Some(m) = &self.measure {
                    let from = (m.from_mm.0 as f64, m.from_mm.1 as f64);
                    self.measure = Some(Measurement::new(cx, from, at_mm));
                }
                None
            }
            None => None,
        };
        if let Some(edit) = edit {
            out.gesture_edit(edit);
        }
    }

    pub(super) fn finish_drag(&mut self, cx: &ViewContext<'_>, out: &mut Actions) {
        match self.drag.take() {
            Some(Drag::Move { .. } | Drag::Resize { .. } | Drag::MoveDrawing { .. }) => {
                // The plan is as the last frame of the drag left it (and validated live).
                out.push(Action::Commit);
            }
            Some(Drag::Create {
                hall,
                start_mm,
                end_mm,
            }) => {
                let r = span_rect(start_mm, end_mm);
                if !r.is_empty() {
                    Self::finish_create(cx, out, hall, r);
                }
            }
            Some(Drag::Marquee {
                start,
                end,
                additive,
            }) => {
                let a = self.view.pos_in_plan(start);
                let b = self.view.pos_in_plan(end);
                let area = Rect::from_edges(
                    a.0.min(b.0) as i64,
                    a.1.min(b.1) as i64,
                    a.0.max(b.0) as i64,
                    a.1.max(b.1) as i64,
                );
                let mut selection = if additive {
                    cx.selection.clone()
                } else {
                    Selection::default()
                };
                selection.add_booths(
                    cx.plan()
                        .booths
                        .iter()
                        .filter(|(_, b)| b.rect.overlaps(&area))
                        .map(|(id, _)| *id),
                );
                out.select(selection);
            }
            // The measurement stays on the canvas to be read.
            Some(Drag::Measure) | None => {}
        }
    }

    /// Ends a drawing drag: what the rectangle becomes depends on the tool.
    pub(super) fn finish_create(
        cx: &ViewContext<'_>,
        out: &mut Actions,
        hall: Option<HallId>,
        r: Rect,
    ) {
        match (cx.tool, hall) {
            (Tool::Block, Some(hall)) => out.push(Action::PreviewBlock(hall, r)),
            (Tool::NewBooth, Some(hall)) => {
                let (edit, id) = Edit::new_booth(cx.doc.plan(), hall, r);
                out.edit(edit);
                out.select(Selection::one(Item::Booth(id)));
            }
            // Starting inside a hall adds a wing to it.
            (Tool::Hall, Some(hall)) => out.maybe_edit(Edit::add_wing(cx.doc.plan(), hall, r)),
            (Tool::Hall, None) => {
                let (edit, id) = Edit::new_hall(cx.doc.plan(), r);
                out.edit(edit);
                out.select(Selection::one(Item::Venue(Venue::Hall(id))));
            }
            (Tool::Obstacle(kind), Some(hall)) => {
                let (edit, id) = Edit::new_obstacle(cx.doc.plan(), hall, kind, r);
                out.edit(edit);
                out.select(Selection::one(Item::Venue(Venue::Obstacle(id))));
            }
            (Tool::Zone(kind), Some(hall)) => {
                // Drawn from inside the selected zone of this hall: one more area of it.
                if let Some(Item::Venue(Venue::Zone(zid))) = cx.selection.single()
                    && let Some(edit) = Edit::add_zone_area(cx.doc.plan(), zid, hall, r)
                    && cx.plan().zones.get(&zid).is_some_and(|z| z.kind == kind)
                {
                    out.edit(edit);
                    return;
                }
                let (edit, id) = Edit::new_zone(cx.doc.plan(), hall, kind, r, &theme::ZONE_PALETTE);
                out.edit(edit);
                out.select(Selection::one(Item::Venue(Venue::Zone(id))));
            }
            _ => {}
        }
    }

    /// Puts an exit on the outside wall nearest to a plan point (snapped to the grid along
    /// the wall), and selects it.
    pub(super) fn place_exit(cx: &ViewContext<'_>, out: &mut Actions, at_mm: (f64, f64)) {
        let pitch = cx.doc.plan().meta.grid_pitch_mm;
        let at = crate::model::Point::new(snap(at_mm.0, pitch), snap(at_mm.1, pitch));
        // The snapped point may fall just outside the hall: the unsnapped one then decides.
        let placed = Edit::new_exit(cx.doc.plan(), at).or_else(|_| {
            Edit::new_exit(
                cx.doc.plan(),
                crate::model::Point::new(at_mm.0.floor() as i64, at_mm.1.floor() as i64),
            )
        });
        match placed {
            Ok((edit, id)) => {
                out.edit(edit);
                out.select(Selection::one(Item::Venue(Venue::Exit(id))));
            }
            Err(why) => out.status(crate::text::capitalised(&why.text(crate::i18n::current()))),
        }
    }
}

/// Everything a move carries: the selected booths and venue objects as they were when it
/// began.
#[derive(Clone, Debug, Default)]
pub struct Moving {
    booths: Vec<(BoothId, Rect)>,
    venue: Vec<(Venue, Vec<Rect>)>,
    /// Exits of moving halls: carried with their wall, not slid along it.
    exits: Vec<(crate::model::ExitId, crate::model::Point)>,
    /// Venue drawings under moving halls (unless locked): the drawing stays under its hall.
    drawings: Vec<(crate::model::DrawingId, crate::model::Point)>,
}

impl Moving {
    /// The selection's rectangles in `plan`. A hall carries everything in it (booths,
    /// obstacles, zones, exits): moving a building moves what stands in it. Companies do not
    /// move; their booths do when selected.
    pub fn of(plan: &Plan, selection: &Selection) -> Self {
        let halls: std::collections::BTreeSet<HallId> = selection
            .venue()
            .iter()
            .filter_map(|v| match v {
                Venue::Hall(h) => Some(*h),
                _ => None,
            })
            .collect();
        let mut booths: Vec<(BoothId, Rect)> = selection
            .booths()
            .iter()
            .filter_map(|id| plan.booths.get(id).map(|b| (*id, b.rect)))
            .filter(|(id, _)| plan.booths.get(id).is_none_or(|b| !halls.contains(&b.hall)))
            .collect();
        let mut venue: Vec<Venue> = selection
            .venue()
            .iter()
            .copied()
            .filter(|v| match v {
                Venue::Obstacle(id) => plan
                    .obstacles
                    .get(id)
                    .is_none_or(|o| !halls.contains(&o.hall)),
                Venue::Zone(id) => plan.zones.get(id).is_none_or(|z| !halls.contains(&z.hall)),
                Venue::Exit(id) => plan.exits.get(id).is_none_or(|e| !halls.contains(&e.hall)),
                Venue::Hall(_) => true,
            })
            .collect();
        let mut exits = Vec::new();
        if !halls.is_empty() {
            booths.extend(
                plan.booths
                    .iter()
                    .filter(|(_, b)| halls.contains(&b.hall))
                    .map(|(id, b)| (*id, b.rect)),
            );
            venue.extend(
                plan.obstacles
                    .iter()
                    .filter(|(_, o)| halls.contains(&o.hall))
                    .map(|(id, _)| Venue::Obstacle(*id)),
            );
            venue.extend(
                plan.zones
                    .iter()
                    .filter(|(_, z)| halls.contains(&z.hall))
                    .map(|(id, _)| Venue::Zone(*id)),
            );
            exits.extend(
                plan.exits
                    .iter()
                    .filter(|(_, e)| halls.contains(&e.hall))
                    .map(|(id, e)| (*id, e.at)),
            );
        }
        Self {
            booths,
            venue: venue
                .into_iter()
                .map(|v| (v, venue_rects(plan, v)))
                .filter(|(_, r)| !r.is_empty())
                .collect(),
            exits,
            drawings: plan
                .drawings
                .iter()
                .filter(|(_, d)| halls.contains(&d.hall) && !d.locked)
                .map(|(id, d)| (*id, d.at))
                .collect(),
        }
    }

    /// The edit that puts everything `dx_mm`, `dy_mm` from where it was (`None` when nothing
    /// moves).
    pub fn edit(&self, plan: &Plan, dx_mm: i64, dy_mm: i64) -> Option<Edit> {
        if self.booths.is_empty() && self.venue.is_empty() {
            return None;
        }
        let mut edits = vec![Edit::set_rects(
            plan,
            self.booths
                .iter()
                .map(|(id, r)| (*id, r.translated(dx_mm, dy_mm))),
        )];
        // Halls first: an exit slid along a moved wall must find the wall where it now is.
        let mut moved_plan = None;
        for (v, rects) in &self.venue {
            let moved: Vec<Rect> = rects.iter().map(|r| r.translated(dx_mm, dy_mm)).collect();
            if let Venue::Exit(_) = v {
                continue;
            }
            edits.extend(venue_with_rects(plan, *v, &moved));
        }
        for (id, at) in &self.exits {
            if let Some(e) = plan.exits.get(id) {
                let mut carried = e.clone();
                carried.at = crate::model::Point::new(at.x_mm + dx_mm, at.y_mm + dy_mm);
                edits.push(Edit::Exit(*id, Some(carried)));
            }
        }
        for (id, at) in &self.drawings {
            if let Some(d) = plan.drawings.get(id) {
                let mut carried = d.clone();
                carried.at = crate::model::Point::new(at.x_mm + dx_mm, at.y_mm + dy_mm);
                edits.push(Edit::Drawing(*id, Some(carried)));
            }
        }
        for (v, rects) in &self.venue {
            if let Venue::Exit(_) = v {
                let moved: Vec<Rect> = rects.iter().map(|r| r.translated(dx_mm, dy_mm)).collect();
                // Only when a hall moves too is its wall elsewhere than in `plan`.
                let halls_move = self.venue.iter().any(|(v, _)| matches!(v, Venue::Hall(_)));
                let after = if halls_move {
                    moved_plan.get_or_insert_with(|| {
                        let mut p = plan.clone();
                        crate::edit::apply(&mut p, Edit::Batch(edits.clone()));
                        p
                    })
                } else {
                    plan
                };
                edits.extend(venue_with_rects(after, *v, &moved));
            }
        }
        Some(Edit::Batch(edits))
    }
}

/// One rectangle a resize handle holds: a booth's, or one of a venue object's (a zone's area,
/// a hall's wing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A booth.
    Booth(BoothId),
    /// Rectangle `usize` of a venue object.
    Venue(Venue, usize),
}

impl Shape {
    /// The resizable rectangles of a selected item.
    pub fn of(plan: &Plan, item: Item) -> Vec<(Shape, Rect)> {
        match item {
            Item::Booth(id) => plan
                .booths
                .get(&id)
                .map(|b| (Shape::Booth(id), b.rect))
                .into_iter()
                .collect(),
            // An exit's size is its width along the wall: typed in the inspector.
            Item::Venue(Venue::Exit(_)) | Item::Exhibitor(_) => Vec::new(),
            Item::Venue(v) => venue_rects(plan, v)
                .into_iter()
                .enumerate()
                .map(|(i, r)| (Shape::Venue(v, i), r))
                .collect(),
        }
    }

    /// The edit that gives this shape the rectangle `r`.
    pub fn with_rect(self, plan: &Plan, r: Rect) -> Option<Edit> {
        match self {
            Shape::Booth(id) => Some(Edit::set_rects(plan, [(id, r)])),
            Shape::Venue(v, i) => {
                let mut rects = venue_rects(plan, v);
                *rects.get_mut(i)? = r;
                venue_with_rects(plan, v, &rects)
            }
        }
    }
}

/// The rectangles of a venue object that a drag moves or resizes (an exit: its door's middle
/// as a point).
pub(super) fn venue_rects(plan: &Plan, what: Venue) -> Vec<Rect> {
    match what {
        Venue::Obstacle(id) => plan.obstacles.get(&id).map(|o| vec![o.rect]),
        Venue::Zone(id) => plan.zones.get(&id).map(|z| z.areas.clone()),
        Venue::Exit(id) => plan
            .exits
            .get(&id)
            .map(|e| vec![Rect::new(e.at.x_mm, e.at.y_mm, 1, 1)]),
        Venue::Hall(id) => plan.halls.get(&id).map(|h| h.outline.clone()),
    }
    .unwrap_or_default()
}

/// The edit that puts a venue object's rectangles at `rects`.
pub(super) fn venue_with_rects(plan: &Plan, what: Venue, rects: &[Rect]) -> Option<Edit> {
    match what {
        Venue::Obstacle(id) => {
            let mut o = plan.obstacles.get(&id)?.clone();
            o.rect = *rects.first()?;
            Some(Edit::Obstacle(id, Some(o)))
        }
        Venue::Zone(id) => {
            let mut z = plan.zones.get(&id)?.clone();
            z.areas = rects.to_vec();
            Some(Edit::Zone(id, Some(z)))
        }
        Venue::Hall(id) => {
            let mut h = plan.halls.get(&id)?.clone();
            h.outline = rects.to_vec();
            Some(Edit::Hall(id, Some(h)))
        }
        Venue::Exit(id) => {
            // Along its wall only, to the nearest place where all of the door is in an outside
            // wall; where there is none it stays.
            let mut e = plan.exits.get(&id)?.clone();
            let r = rects.first()?;
            let hall = plan.halls.get(&e.hall)?;
            let want = match e.wall {
                crate::model::Side::North | crate::model::Side::South => r.x_mm,
                crate::model::Side::West | crate::model::Side::East => r.y_mm,
            };
            e.at = e.slid_along_wall(hall, want)?;
            Some(Edit::Exit(id, Some(e)))
        }
    }
}

/// A copy of a venue object beside it, with a new id: obstacles, zones and halls one width to
/// the east, an exit twice its width further along its wall. The edit and the copy.
pub fn duplicate_venue(
    plan: &Plan,
    v: Venue,
    ids: &mut crate::model::NewIds,
) -> Option<(Edit, Venue)> {
    let step = |rects: &[Rect]| {
        rects
            .iter()
            .fold(Rect::default(), |acc, r| acc.union_bounds(r))
            .w_mm
    };
    match v {
        Venue::Obstacle(id) => {
            let mut o = plan.obstacles.get(&id)?.clone();
            o.rect = o.rect.translated(o.rect.w_mm, 0);
            o.label = copy_name(&o.label);
            let new = ids.obstacle()?;
            Some((Edit::Obstacle(new, Some(o)), Venue::Obstacle(new)))
        }
        Venue::Zone(id) => {
            let mut z = plan.zones.get(&id)?.clone();
            let dx = step(&z.areas);
            z.areas = z.areas.iter().map(|r| r.translated(dx, 0)).collect();
            z.name = copy_name(&z.name);
            let new = ids.zone()?;
            Some((Edit::Zone(new, Some(z)), Venue::Zone(new)))
        }
        Venue::Hall(id) => {
            let mut h = plan.halls.get(&id)?.clone();
            // A hall's copy stands clear of it: a 10 m gap, as between two buildings.
            let dx = step(&h.outline) + 10_000;
            h.outline = h.outline.iter().map(|r| r.translated(dx, 0)).collect();
            h.name = copy_name(&h.name);
            let new = ids.hall()?;
            Some((Edit::Hall(new, Some(h)), Venue::Hall(new)))
        }
        Venue::Exit(id) => {
            // Twice its width along the wall, either way, wherever the whole door fits and
            // does not stand on the original.
            let mut e = plan.exits.get(&id)?.clone();
            let hall = plan.halls.get(&e.hall)?;
            let (along, width) = match e.wall {
                crate::model::Side::North | crate::model::Side::South => (e.at.x_mm, e.width_mm),
                crate::model::Side::West | crate::model::Side::East => (e.at.y_mm, e.width_mm),
            };
            let step = width.saturating_mul(2);
            let at = [along.saturating_add(step), along.saturating_sub(step)]
                .into_iter()
                .filter_map(|want| e.slid_along_wall(hall, want))
                .find(|p| {
                    let moved = match e.wall {
                        crate::model::Side::North | crate::model::Side::South => p.x_mm,
                        crate::model::Side::West | crate::model::Side::East => p.y_mm,
                    };
                    moved.abs_diff(along) >= width.unsigned_abs()
                })?;
            let new = ids.exit()?;
            e.label = copy_name(&e.label);
            e.at = at;
            Some((Edit::Exit(new, Some(e)), Venue::Exit(new)))
        }
    }
}

/// The name of a copy: "Hall A (copy)", in the editor's language.
fn copy_name(name: &str) -> String {
    ta("canvas-copy-name", &[("name", Arg::from(name))])
}
