//! The walking field of one hall: where a stream of visitors at least the minimum aisle wide
//! can go, and how far every such place is from the nearest exit door.
//!
//! # Model
//! The free floor is the hall's outline minus every booth (of any hall) and every obstacle that
//! blocks walking. A stream of visitors is an axis-aligned square whose side is the minimum
//! aisle `w` (less half a millimetre, so that a passage of exactly `w` whole millimetres passes
//! and one a millimetre narrower does not). A route is passable when the square can travel along
//! it on free floor, so the walking field is the set of places the square's *centre* can be:
//! the free floor shrunk by `w/2` (the configuration space of the square). Two rooms joined by a
//! doorway narrower than `w` are not joined, however the squares on either side touch. Between
//! two parallel faces a passage is passable exactly when it is at least `w` wide; between two
//! corners that face each other diagonally the square asks for `w` along one axis, which errs on
//! the safe side of the straight-line width.
//!
//! Doors are narrower than aisles: the approach in front of each exit door (the door's width,
//! `w` deep) is walkable when nothing at all stands in it, so a door of any width is a
//! destination; a door whose approach holds anything is no way out (and `exit-blocked` says so).
//!
//! Walks are measured along the centre line of the stream, from the door opening to the line
//! half an aisle in front of an open side of the booth (or round its corners), plus the step
//! from there to the booth's face: never shorter than a person's walk through passages of the
//! minimum width, and longer by at most a few tenths of a metre at each turn.
//!
//! # Exact cells
//! The field is computed exactly on a rectilinear grid whose lines are the exposed edges `e` of
//! blockers and `e ± w/2` (coordinates are doubled so `w/2` stays an integer), the door
//! approaches' edges, and evenly spaced lines at most two walk-grid steps apart. Each cell then
//! lies wholly inside or wholly outside the field: no passage is lost or invented by where the
//! grid falls. When a hall needs more lines than the cell budget, lines are thinned; a cell
//! counts only when it is wholly clear, so a thinned grid can only lose floor, never invent it.
//!
//! # Distances
//! A search from the door cells over cell centres (8 neighbours, a diagonal step only where both
//! orthogonal cells are walkable) gives every walkable cell the length of a real path to a door:
//! an upper bound, never an underestimate. Where that bound exceeds the travel limit, the exact
//! shortest path is computed: Dijkstra over the visibility graph of the field's reflex corners,
//! with door and booth points every 250 mm and on every grid line, sight lines tested exactly
//! (integer arithmetic) against the cells they cross, zero-width pinches refused.

mod dead_end;
mod exact;
mod grid;

pub use dead_end::PASSAGE_AISLES;

pub use crate::model::geom::{MAX_COORD_MM, in_range};
use crate::model::geom::{Rect, Side};
use crate::model::{Derived, HallId, Plan};
use grid::{cover, exposed_sides, for_cells_inside, lines};

/// Largest number of cells one hall is gridded into.
const MAX_CELLS: usize = 6_000_000;
/// Largest number of nodes the exact visibility pass takes on; beyond it the grid bound stands.
const MAX_VISIBILITY_NODES: usize = 6000;
/// Most points taken on one segment (each of regular samples and grid-line crossings).
const MAX_POINTS_PER_SEGMENT: usize = 256;
/// Spacing of door and booth-face sample points for the exact pass (doubled millimetres).
const SAMPLE_STEP: i64 = 500;

/// A rectangle in doubled millimetres: `[x0, x1) × [y0, y1)`.
#[derive(Clone, Copy, Debug)]
struct R2 {
    x0: i64,
    y0: i64,
    x1: i64,
    y1: i64,
}

impl R2 {
    fn of(r: &Rect) -> Self {
        Self {
            x0: r.x_mm * 2,
            y0: r.y_mm * 2,
            x1: r.right() * 2,
            y1: r.bottom() * 2,
        }
    }

    fn grown(self, by: i64) -> Self {
        Self {
            x0: self.x0 - by,
            y0: self.y0 - by,
            x1: self.x1 + by,
            y1: self.y1 + by,
        }
    }
}

/// A point in doubled millimetres.
type P2 = (i64, i64);

/// The walking field of one hall.
pub struct Field {
    xs: Vec<i64>,
    ys: Vec<i64>,
    cols: usize,
    rows: usize,
    walk: Vec<bool>,
    /// Upper bound of the walk from each cell centre to a door, in doubled millimetres.
    dist: Vec<f64>,
    doors: Vec<Door>,
    hall_has_exits: bool,
    /// Half the square's side, in doubled millimetres.
    half: i64,
}

/// An exit door whose approach is clear: the door opening and the strip in front of it.
#[derive(Clone, Copy, Debug)]
struct Door {
    /// The exit this door is.
    exit: crate::model::ExitId,
    opening: (P2, P2),
    approach: R2,
    /// The approach grown by half the square: a stream whose centre is in here overlaps it.
    reach: R2,
}

impl Door {
    /// Length of a walk from `p` (a place the square's centre can be, within `reach`) out
    /// through the door: into the approach (inside the square around `p`), then through the
    /// approach to the opening. A real path, so never shorter than the true one.
    fn cost(&self, p: (f64, f64)) -> f64 {
        let a = self.approach;
        let c = (
            p.0.clamp(a.x0 as f64, a.x1 as f64),
            p.1.clamp(a.y0 as f64, a.y1 as f64),
        );
        let q = project(c, self.opening.0, self.opening.1);
        len(p.0 - c.0, p.1 - c.1) + len(c.0 - q.0, c.1 - q.1)
    }

    fn reaches(&self, p: (f64, f64)) -> bool {
        let r = self.reach;
        p.0 >= r.x0 as f64 && p.0 <= r.x1 as f64 && p.1 >= r.y0 as f64 && p.1 <= r.y1 as f64
    }
}

/// Where a booth's visitors step into the aisle: its open faces, and the line half a minimum
/// aisle in front of each (with the corners round it), where the centre line of a stream of
/// visitors passes.
pub struct Faces {
    rect: R2,
    faces: Vec<(P2, P2)>,
}

impl Faces {
    /// The open faces of `rect` on the given sides.
    pub fn new(rect: &Rect, sides: impl Iterator<Item = Side>) -> Self {
        let r = R2::of(rect);
        let faces = sides
            .map(|s| match s {
                Side::North => ((r.x0, r.y0), (r.x1, r.y0)),
                Side::South => ((r.x0, r.y1), (r.x1, r.y1)),
                Side::West => ((r.x0, r.y0), (r.x0, r.y1)),
                Side::East => ((r.x1, r.y0), (r.x1, r.y1)),
            })
            .collect();
        Self { rect: r, faces }
    }

    /// The segments `by` in front of each open face, reaching `by` past each end, and round
    /// each corner by `by`: every place a square of half-side `by` touches the open face.
    fn rings(&self, by: i64) -> Vec<(P2, P2)> {
        let r = self.rect;
        let mut out = Vec::new();
        for ((x0, y0), (x1, y1)) in &self.faces {
            if y0 == y1 {
                let y = if *y0 == r.y0 { y0 - by } else { y0 + by };
                let back = if *y0 == r.y0 { y0 + by } else { y0 - by };
                out.push(((x0 - by, y), (x1 + by, y)));
                out.push(((x0 - by, y), (x0 - by, back)));
                out.push(((x1 + by, y), (x1 + by, back)));
            } else {
                let x = if *x0 == r.x0 { x0 - by } else { x0 + by };
                let back = if *x0 == r.x0 { x0 + by } else { x0 - by };
                out.push(((x, y0 - by), (x, y1 + by)));
                out.push(((x, y0 - by), (back, y0 - by)));
                out.push(((x, y1 + by), (back, y1 + by)));
            }
        }
        out
    }

    /// Distance from a point in front of the booth to its nearest open face.
    fn step_in(&self, p: (f64, f64)) -> f64 {
        self.faces
            .iter()
            .map(|(a, b)| seg_dist(p, *a, *b))
            .fold(f64::INFINITY, f64::min)
    }
}

impl Field {
    /// Builds the field of `hall_id`; `None` when the hall is empty or out of range.
    #[expect(
        clippy::too_many_lines,
        reason = "one algorithm in its order; split, its invariants would be spread out"
    )]
    pub fn new(plan: &Plan, derived: &Derived, hall_id: HallId) -> Option<Self> {
        let hall = plan.halls.get(&hall_id)?;
        let rules = &plan.rules;
        let bounds = hall.bounds();
        if bounds.is_empty() || !in_range(&bounds) || hall.outline.iter().any(|r| !in_range(r)) {
            return None;
        }
        let w = rules.min_aisle_mm.clamp(1, MAX_COORD_MM) * 2;
        let half = w / 2;
        // Even lines at most two walk-grid steps apart (doubled units: four).
        let step = rules.walk_grid_mm.clamp(50, 100_000) * 4;
        let b2 = R2::of(&bounds);

        // Blockers: booths of any hall and walking obstacles on this floor, and the walls.
        let mut raw: Vec<Rect> = Vec::new();
        let reach = bounds.expanded(rules.min_aisle_mm.clamp(1, MAX_COORD_MM));
        let mut found = Vec::new();
        derived.site_booths.query(&reach, &mut found);
        for i in &found {
            let rect = derived.site_booths.items[*i as usize].rect;
            if !rect.is_empty() && in_range(&rect) && rect.overlaps(&reach) {
                raw.push(rect);
            }
        }
        for o in plan.obstacles.values() {
            if o.kind.blocks_walking()
                && !o.rect.is_empty()
                && in_range(&o.rect)
                && o.rect.overlaps(&reach)
            {
                raw.push(o.rect);
            }
        }
        for wall in crate::model::geom::complement_within(
            &bounds.expanded(rules.min_aisle_mm.clamp(1, MAX_COORD_MM) + 1),
            &hall.outline,
        ) {
            raw.push(wall);
        }

        // Exit doors and the zones in front of them.
        let mut zones = Vec::new();
        let mut doors = Vec::new();
        let exits: Vec<_> = plan
            .exits
            .iter()
            .filter(|(_, e)| e.hall == hall_id && e.width_mm > 0)
            .collect();
        let mut door_exits = Vec::new();
        for (exit_id, exit) in &exits {
            // The door's approach: as deep as the minimum aisle, so it meets the centre line of
            // the aisles in front of it.
            let zone = exit.zone(rules.min_aisle_mm.clamp(1, MAX_COORD_MM));
            if !in_range(&zone) {
                continue;
            }
            let z = R2::of(&zone);
            zones.push(z);
            door_exits.push(**exit_id);
            doors.push(match exit.wall {
                Side::North => ((z.x0, z.y0), (z.x1, z.y0)),
                Side::South => ((z.x0, z.y1), (z.x1, z.y1)),
                Side::West => ((z.x0, z.y0), (z.x0, z.y1)),
                Side::East => ((z.x1, z.y0), (z.x1, z.y1)),
            });
        }

        let mut xs = vec![b2.x0, b2.x1];
        let mut ys = vec![b2.y0, b2.y1];
        // A square half a millimetre short of the minimum, so that a passage of exactly the
        // minimum (in whole millimetres) passes and one a millimetre narrower does not.
        let half = half - 1;
        // Only a side with free floor in front of it can bound the walkable floor: the sides
        // of booths inside a block, or flush with a wall, add no lines.
        let exposed = exposed_sides(&raw);
        let blockers: Vec<R2> = raw.iter().map(R2::of).collect();
        for (b, open) in blockers.iter().zip(&exposed) {
            for (side, edge, sign, on_x) in [
                (Side::West, b.x0, -1, true),
                (Side::East, b.x1, 1, true),
                (Side::North, b.y0, -1, false),
                (Side::South, b.y1, 1, false),
            ] {
                if open[side as usize] {
                    let lines = if on_x { &mut xs } else { &mut ys };
                    lines.extend([edge, edge + sign * half]);
                }
            }
        }
        for z in &zones {
            xs.extend([z.x0, z.x1, z.x0 - half, z.x1 + half]);
            ys.extend([z.y0, z.y1, z.y0 - half, z.y1 + half]);
        }
        let (xs, ys) = lines(xs, ys, (b2.x0, b2.x1), (b2.y0, b2.y1), step);
        let cols = xs.len() - 1;
        let rows = ys.len() - 1;
        if cols == 0 || rows == 0 {
            return None;
        }

        // Where the centre of a free w × w square can be: cells clear of every blocker grown by
        // w/2. People walk where such a square can travel: a route is passable exactly when the
        // centre can move along it.
        let blocked = cover(&xs, &ys, blockers.iter().map(|b| b.grown(half)));
        let walk: Vec<bool> = blocked.iter().map(|b| !b).collect();
        // A door is a way out when nothing at all stands in its approach (the door's width,
        // one minimum aisle deep): then a stream whose square overlaps the approach can leave
        // through it, however narrow the door. Otherwise the door is no way out.
        let mut open_doors = Vec::new();
        for ((z, opening), exit) in zones.iter().zip(&doors).zip(&door_exits) {
            let mut any = false;
            for_cells_inside(&xs, &ys, z, |_| any = true);
            // Tested against the blockers themselves, so a thinned grid cannot miss one.
            let clear = !blockers
                .iter()
                .any(|b| b.x0 < z.x1 && z.x0 < b.x1 && b.y0 < z.y1 && z.y0 < b.y1);
            if clear && any {
                open_doors.push(Door {
                    exit: *exit,
                    opening: *opening,
                    approach: *z,
                    reach: z.grown(half),
                });
            }
        }
        let doors = open_doors;
        let mut field = Self {
            xs,
            ys,
            cols,
            rows,
            walk,
            dist: Vec::new(),
            doors,
            hall_has_exits: !exits.is_empty(),
            half,
        };
        field.dist = field.grid_distances();
        Some(field)
    }

    /// True when the hall has at least one exit.
    pub fn has_exits(&self) -> bool {
        self.hall_has_exits
    }

    fn centre(&self, i: usize) -> (f64, f64) {
        let (c, r) = (i % self.cols, i / self.cols);
        (
            (self.xs[c] + self.xs[c + 1]) as f64 / 2.0,
            (self.ys[r] + self.ys[r + 1]) as f64 / 2.0,
        )
    }

    /// Indices of walkable cells whose closed box touches the box spanned by `a` and `b`.
    fn cells_touching(&self, (a, b): (P2, P2), mut f: impl FnMut(usize)) {
        let (x0, x1) = (a.0.min(b.0), a.0.max(b.0));
        let (y0, y1) = (a.1.min(b.1), a.1.max(b.1));
        let c0 = self.xs[1..].partition_point(|x| *x < x0);
        let c1 = self.xs[..self.cols].partition_point(|x| *x <= x1);
        let r0 = self.ys[1..].partition_point(|y| *y < y0);
        let r1 = self.ys[..self.rows].partition_point(|y| *y <= y1);
        for r in r0..r1 {
            for c in c0..c1 {
                let i = r * self.cols + c;
                if self.walk[i] {
                    f(i);
                }
            }
        }
    }

    /// Walks from the doors to every cell centre over 8 neighbours (a diagonal step only where
    /// both orthogonal cells are walkable). Weights are whole doubled millimetres rounded up, so
    /// every figure is the length of a real path or a little more. Buckets of a fixed width
    /// with re-insertion (a label-correcting search) keep it linear in practice.
    #[expect(
        clippy::too_many_lines,
        reason = "one algorithm in its order; split, its invariants would be spread out"
    )]
    fn grid_distances(&self) -> Vec<f64> {
        const NONE: u32 = u32::MAX;
        let (cols, rows) = (self.cols, self.rows);
        let n = cols * rows;
        let cx: Vec<i64> = self.xs.windows(2).map(|w| w[0] + w[1]).collect();
        let cy: Vec<i64> = self.ys.windows(2).map(|w| w[0] + w[1]).collect();
        // Centre-to-centre steps, in doubled millimetres (centres are doubled again: halve).
        let dx: Vec<u64> = cx
            .windows(2)
            .map(|w| (w[1] - w[0]).unsigned_abs().div_ceil(2))
            .collect();
        let dy: Vec<u64> = cy
            .windows(2)
            .map(|w| (w[1] - w[0]).unsigned_abs().div_ceil(2))
            .collect();
        // The diagonal rounded up, in integers (no call to `ceil`).
        let diag = |a: u64, b: u64| {
            let v = a * a + b * b;
            let s = (v as f64).sqrt() as u64;
            if s * s < v { s + 1 } else { s }
        };
        let max_w = dx.iter().chain(&dy).copied().max().unwrap_or(1).max(1) * 2;
        // Bucket width and count are powers of two: a shift and a mask per step. Each bucket
        // is a list threaded through one arena, so no bucket allocates.
        let shift = (max_w / 16).max(1).ilog2();
        let slots = ((max_w >> shift) + 2).next_power_of_two() as usize;
        let mask = slots - 1;
        let mut head = vec![NONE; slots];
        let mut arena: Vec<(u32, u32)> = Vec::with_capacity(n + n / 4);
        let mut dist = vec![u64::MAX; n];
        let mut pending = 0usize;
        let push = |head: &mut [u32], arena: &mut Vec<(u32, u32)>, d: u64, node: usize| {
            let slot = (d >> shift) as usize & mask;
            arena.push((node as u32, head[slot]));
            head[slot] = (arena.len() - 1) as u32;
        };
        for door in &self.doors {
            let r = door.reach;
            self.cells_touching(((r.x0, r.y0), (r.x1, r.y1)), |i| {
                // From the centre to the nearest point of the reach (inside this cell, which
                // is wholly walkable), then out.
                let p = self.centre(i);
                let q = (
                    p.0.clamp(r.x0 as f64, r.x1 as f64),
                    p.1.clamp(r.y0 as f64, r.y1 as f64),
                );
                let d = (len(p.0 - q.0, p.1 - q.1) + door.cost(q)).ceil() as u64;
                if d < dist[i] {
                    dist[i] = d;
                    push(&mut head, &mut arena, d, i);
                    pending += 1;
                }
            });
        }
        let mut slot = 0usize;
        while pending > 0 {
            let mut e = std::mem::replace(&mut head[slot], NONE);
            while e != NONE {
                let (v, next) = arena[e as usize];
                e = next;
                pending -= 1;
                let v = v as usize;
                let d = dist[v];
                let (c, r) = (v % cols, v / cols);
                let up = r > 0 && self.walk[v - cols];
                let down = r + 1 < rows && self.walk[v + cols];
                let left = c > 0 && self.walk[v - 1];
                let right = c + 1 < cols && self.walk[v + 1];
                // A step of length `a` (straight) or the diagonal of `a` and `b`, taken only
                // when it can improve `u` (so most diagonals are never computed).
                let mut relax = |u: usize, a: u64, b: Option<u64>| {
                    let lower = b.map_or(a, |b| a.max(b));
                    if d + lower >= dist[u] {
                        return;
                    }
                    let nd = d + b.map_or(a, |b| diag(a, b));
                    if nd < dist[u] {
                        dist[u] = nd;
                        push(&mut head, &mut arena, nd, u);
                        pending += 1;
                    }
                };
                if up {
                    relax(v - cols, dy[r - 1], None);
                }
                if down {
                    relax(v + cols, dy[r], None);
                }
                if left {
                    relax(v - 1, dx[c - 1], None);
                }
                if right {
                    relax(v + 1, dx[c], None);
                }
                if up && left && self.walk[v - cols - 1] {
                    relax(v - cols - 1, dx[c - 1], Some(dy[r - 1]));
                }
                if up && right && self.walk[v - cols + 1] {
                    relax(v - cols + 1, dx[c], Some(dy[r - 1]));
                }
                if down && left && self.walk[v + cols - 1] {
                    relax(v + cols - 1, dx[c - 1], Some(dy[r]));
                }
                if down && right && self.walk[v + cols + 1] {
                    relax(v + cols + 1, dx[c], Some(dy[r]));
                }
            }
            // A node improved within the current bucket is processed again before moving on.
            if head[slot] == NONE {
                slot = (slot + 1) & mask;
            }
        }
        dist.iter()
            .map(|d| {
                if *d == u64::MAX {
                    f64::INFINITY
                } else {
                    *d as f64
                }
            })
            .collect()
    }

    /// Upper bound of the walk from a door to the booth's open faces, in millimetres (`None`:
    /// no path). From a walkable cell's centre to the line in front of the booth, then in.
    pub fn grid_walk_mm(&self, faces: &Faces) -> Option<f64> {
        let mut best = f64::INFINITY;
        for (a, b) in faces.rings(self.half) {
            self.cells_touching((a, b), |i| {
                if self.dist[i] >= best {
                    return; // The rest of the walk only adds to it.
                }
                let c = self.centre(i);
                let p = project(c, a, b);
                let d = self.dist[i] + len(c.0 - p.0, c.1 - p.1) + faces.step_in(p);
                best = best.min(d);
            });
        }
        best.is_finite().then_some(best / 2.0)
    }

    /// The floor visitors can stand on, cell by cell of the walking grid: each cell in plan
    /// millimetres, and the walk from its centre out through the nearest door (millimetres,
    /// never shorter than the shortest; `None` where no door is reached). The editor's heat map.
    pub fn cells_mm(&self) -> Vec<(Rect, Option<f64>)> {
        let mut out = Vec::new();
        for r in 0..self.rows {
            for c in 0..self.cols {
                let i = r * self.cols + c;
                if !self.walk[i] {
                    continue;
                }
                let cell = Rect::from_edges(
                    self.xs[c].div_euclid(2),
                    self.ys[r].div_euclid(2),
                    self.xs[c + 1].div_euclid(2),
                    self.ys[r + 1].div_euclid(2),
                );
                let d = self.dist[i];
                out.push((cell, d.is_finite().then_some(d / 2.0)));
            }
        }
        out
    }

    /// A walk from the booth's open face to a door, as points in millimetres, and the exit it
    /// leaves by: into the aisle, downhill over the grid's cell centres (each step to the
    /// neighbour nearest a door) and out through the opening. A real path, so never shorter
    /// than the shortest walk; `None` where no path leads to a door.
    pub fn grid_route_mm(&self, faces: &Faces) -> Option<(Vec<(f64, f64)>, crate::model::ExitId)> {
        let mut best = (f64::INFINITY, usize::MAX, (0.0, 0.0));
        for (a, b) in faces.rings(self.half) {
            self.cells_touching((a, b), |i| {
                let c = self.centre(i);
                let p = project(c, a, b);
                let d = self.dist[i] + len(c.0 - p.0, c.1 - p.1) + faces.step_in(p);
                if d < best.0 {
                    best = (d, i, p);
                }
            });
        }
        let (d, mut v, p) = best;
        if !d.is_finite() {
            return None;
        }
        let on_face = faces
            .faces
            .iter()
            .map(|(a, b)| project(p, *a, *b))
            .min_by(|x, y| len(x.0 - p.0, x.1 - p.1).total_cmp(&len(y.0 - p.0, y.1 - p.1)))
            .unwrap_or(p);
        let mut points = vec![on_face, p, self.centre(v)];
        // Each step to the neighbour nearest a door (the distances fall strictly, so this
        // ends), diagonals only where both straight neighbours are floor, as they were walked.
        loop {
            let (c, r) = (v % self.cols, v / self.cols);
            let walk = |cc: usize, rr: usize| self.walk[rr * self.cols + cc];
            let mut next = v;
            for (dc, dr) in [
                (-1, 0),
                (1, 0),
                (0, -1),
                (0, 1),
                (-1, -1),
                (1, -1),
                (-1, 1),
                (1, 1),
            ] {
                let (Some(cc), Some(rr)) = (c.checked_add_signed(dc), r.checked_add_signed(dr))
                else {
                    continue;
                };
                if cc >= self.cols || rr >= self.rows || !walk(cc, rr) {
                    continue;
                }
                if dc != 0 && dr != 0 && !(walk(cc, r) && walk(c, rr)) {
                    continue;
                }
                let u = rr * self.cols + cc;
                if self.dist[u] < self.dist[next] {
                    next = u;
                }
            }
            if next == v {
                break;
            }
            v = next;
            points.push(self.centre(v));
        }
        // Out through the door that cell was measured to.
        let c = self.centre(v);
        let door = self
            .doors
            .iter()
            .min_by(|a, b| a.cost(c).total_cmp(&b.cost(c)))?;
        points.push(project(c, door.opening.0, door.opening.1));
        Some((
            points
                .into_iter()
                .map(|(x, y)| (x / 2.0, y / 2.0))
                .collect(),
            door.exit,
        ))
    }
}

/// Length of a vector (as `hypot`, without its care for overflow, which these coordinates never
/// come near: a tenth of the time).
#[inline]
fn len(dx: f64, dy: f64) -> f64 {
    (dx * dx + dy * dy).sqrt()
}

/// The point of a segment nearest to `p`.
fn project(p: (f64, f64), a: P2, b: P2) -> (f64, f64) {
    let (ax, ay) = (a.0 as f64, a.1 as f64);
    let (vx, vy) = (b.0 as f64 - ax, b.1 as f64 - ay);
    let len2 = vx * vx + vy * vy;
    let t = if len2 > 0.0 {
        (((p.0 - ax) * vx + (p.1 - ay) * vy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (ax + t * vx, ay + t * vy)
}

/// Euclidean distance from a point to a segment.
fn seg_dist(p: (f64, f64), a: P2, b: P2) -> f64 {
    let q = project(p, a, b);
    len(p.0 - q.0, p.1 - q.1)
}
