//! Independent references. Walks: the visibility graph of the blockers grown by half the
//! minimum aisle (the classic configuration-space construction), where a point is walkable
//! when the open square around it, half an aisle each way, meets no blocker and stays in the
//! hall (or lies in a door's clear approach); sight lines are checked point by point every
//! 10 mm. Aisles: every facing pair by brute force on a 100 mm raster of the gap.

use boothplan::model::{BoothId, Derived, HallId, Plan, Rect, Side, geom::facing_gap};

/// A door line, from one end to the other.
type Segment = ((f64, f64), (f64, f64));

struct Space {
    r: f64,
    hall: (f64, f64, f64, f64),
    blockers: Vec<(f64, f64, f64, f64)>,
    approaches: Vec<(f64, f64, f64, f64)>,
}

fn edges(r: &Rect) -> (f64, f64, f64, f64) {
    (
        r.x_mm as f64,
        r.y_mm as f64,
        r.right() as f64,
        r.bottom() as f64,
    )
}

impl Space {
    fn new(plan: &Plan) -> Self {
        let blockers: Vec<_> = plan
            .booths
            .values()
            .map(|b| edges(&b.rect))
            .chain(
                plan.obstacles
                    .values()
                    .filter(|o| o.kind.blocks_walking())
                    .map(|o| edges(&o.rect)),
            )
            .collect();
        let approaches = plan
            .exits
            .values()
            .map(|e| edges(&e.zone(plan.rules.min_aisle_mm)))
            .map(|z| {
                let clear = !blockers
                    .iter()
                    .any(|b| b.0 < z.2 && z.0 < b.2 && b.1 < z.3 && z.1 < b.3);
                // An obstructed approach is no way out: an empty box reaches nothing.
                if clear {
                    z
                } else {
                    (f64::NAN, f64::NAN, f64::NAN, f64::NAN)
                }
            })
            .collect();
        Self {
            // Half a millimetre short, as the rule is stated: a passage of exactly the
            // minimum in whole millimetres passes.
            r: plan.rules.min_aisle_mm as f64 / 2.0 - 0.5,
            hall: edges(&plan.halls[&HallId(1)].bounds()),
            blockers,
            approaches,
        }
    }

    fn walkable(&self, (x, y): (f64, f64)) -> bool {
        let r = self.r;
        let e = 1e-6;
        x >= self.hall.0 + r - e
            && x <= self.hall.2 - r + e
            && y >= self.hall.1 + r - e
            && y <= self.hall.3 - r + e
            && self.blockers.iter().all(|b| {
                x + r <= b.0 + e || x - r >= b.2 - e || y + r <= b.1 + e || y - r >= b.3 - e
            })
    }

    /// Leaving through the best clear door approach whose square-reach holds `p`: into the
    /// approach, then to the door line.
    fn door_cost(&self, p: (f64, f64), doors: &[Segment]) -> f64 {
        let r = self.r;
        self.approaches
            .iter()
            .zip(doors)
            .filter(|(z, _)| p.0 >= z.0 - r && p.0 <= z.2 + r && p.1 >= z.1 - r && p.1 <= z.3 + r)
            .map(|(z, (a, b))| {
                let c = (p.0.clamp(z.0, z.2), p.1.clamp(z.1, z.3));
                (p.0 - c.0).hypot(p.1 - c.1) + seg_dist(c, *a, *b)
            })
            .fold(f64::INFINITY, f64::min)
    }

    fn sees(&self, p: (f64, f64), q: (f64, f64)) -> bool {
        let n = ((q.0 - p.0).hypot(q.1 - p.1) / 10.0).ceil().max(1.0) as usize;
        (0..=n).all(|i| {
            let t = i as f64 / n as f64;
            self.walkable((p.0 + (q.0 - p.0) * t, p.1 + (q.1 - p.1) * t))
        })
    }

    /// Every reflex corner of the walkable region: crossings of the lines its boundary can
    /// lie on, kept where exactly three of the four quadrants around are walkable.
    fn corners(&self) -> Vec<(f64, f64)> {
        let r = self.r;
        let mut xs = vec![self.hall.0 + r, self.hall.2 - r];
        let mut ys = vec![self.hall.1 + r, self.hall.3 - r];
        for b in &self.blockers {
            xs.extend([b.0 - r, b.2 + r]);
            ys.extend([b.1 - r, b.3 + r]);
        }

        let mut out = Vec::new();
        for &x in &xs {
            for &y in &ys {
                let around = [(-0.5, -0.5), (0.5, -0.5), (-0.5, 0.5), (0.5, 0.5)]
                    .iter()
                    .filter(|(dx, dy)| self.walkable((x + dx, y + dy)))
                    .count();
                if around == 3 && !out.contains(&(x, y)) {
                    out.push((x, y));
                }
            }
        }
        out
    }
}

fn along(a: (f64, f64), b: (f64, f64), step: f64) -> Vec<(f64, f64)> {
    let n = ((b.0 - a.0).hypot(b.1 - a.1) / step).ceil().max(1.0) as usize;
    (0..=n)
        .map(|i| {
            let t = i as f64 / n as f64;
            (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
        })
        .collect()
}

fn seg_dist(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (vx, vy) = (b.0 - a.0, b.1 - a.1);
    let l = vx * vx + vy * vy;
    let t = if l > 0.0 {
        (((p.0 - a.0) * vx + (p.1 - a.1) * vy) / l).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (p.0 - a.0 - t * vx).hypot(p.1 - a.1 - t * vy)
}

/// Shortest walk from any door to each booth's open faces, by brute force.
#[expect(
    clippy::too_many_lines,
    reason = "the independent reference is kept in one piece so it can be read against the module"
)]
pub fn walks(plan: &Plan) -> Vec<(BoothId, Option<f64>)> {
    let space = Space::new(plan);
    let doors: Vec<_> = plan
        .exits
        .values()
        .map(|e| {
            let d = edges(&e.zone(0));
            match e.wall {
                Side::North | Side::South => ((d.0, d.1), (d.2, d.1)),
                _ => ((d.0, d.1), (d.0, d.3)),
            }
        })
        .collect();
    let mut nodes: Vec<(f64, f64)> = Vec::new();
    let r = space.r;
    for z in &space.approaches {
        // The reach of each clear approach sampled every 50 mm on a lattice of lines: its
        // edges, the approach's edges and middles, and the walking field's edge lines.
        let (x0, y0, x1, y1) = (z.0 - r, z.1 - r, z.2 + r, z.3 + r);
        let mut vx = vec![
            x0,
            x1,
            z.0,
            z.2,
            f64::midpoint(z.0, z.2),
            space.hall.0 + r,
            space.hall.2 - r,
        ];
        let mut hy = vec![
            y0,
            y1,
            z.1,
            z.3,
            f64::midpoint(z.1, z.3),
            space.hall.1 + r,
            space.hall.3 - r,
        ];
        for b in &space.blockers {
            vx.extend([b.0 - r, b.2 + r]);
            hy.extend([b.1 - r, b.3 + r]);
        }
        for x in vx.into_iter().filter(|x| *x >= x0 && *x <= x1) {
            nodes.extend(
                along((x, y0), (x, y1), 50.0)
                    .into_iter()
                    .filter(|p| space.walkable(*p)),
            );
        }
        for y in hy.into_iter().filter(|y| *y >= y0 && *y <= y1) {
            nodes.extend(
                along((x0, y), (x1, y), 50.0)
                    .into_iter()
                    .filter(|p| space.walkable(*p)),
            );
        }
    }
    nodes.extend(space.corners());
    let n = nodes.len();
    let mut dist: Vec<f64> = nodes.iter().map(|p| space.door_cost(*p, &doors)).collect();
    let mut done = vec![false; n];
    while let Some(u) = (0..n)
        .filter(|i| !done[*i] && dist[*i].is_finite())
        .min_by(|a, b| dist[*a].total_cmp(&dist[*b]))
    {
        done[u] = true;
        for v in 0..n {
            let nd = dist[u] + (nodes[u].0 - nodes[v].0).hypot(nodes[u].1 - nodes[v].1);
            if !done[v] && nd < dist[v] && space.sees(nodes[u], nodes[v]) {
                dist[v] = nd;
            }
        }
    }
    let derived = Derived::new(plan);
    plan.booths
        .iter()
        .filter(|(id, _)| derived.open_sides(**id).count() > 0)
        .map(|(id, b)| {
            let (x0, y0, x1, y1) = edges(&b.rect);
            let faces: Vec<_> = derived
                .open_sides(*id)
                .sides()
                .map(|side| match side {
                    Side::North => ((x0, y0), (x1, y0)),
                    Side::South => ((x0, y1), (x1, y1)),
                    Side::West => ((x0, y0), (x0, y1)),
                    Side::East => ((x1, y0), (x1, y1)),
                })
                .collect();
            // Points half an aisle in front of the booth (its square ring), with the step
            // in to the nearest open face.
            let ring = [
                ((x0 - r, y0 - r), (x1 + r, y0 - r)),
                ((x0 - r, y1 + r), (x1 + r, y1 + r)),
                ((x0 - r, y0 - r), (x0 - r, y1 + r)),
                ((x1 + r, y0 - r), (x1 + r, y1 + r)),
            ];
            let mut best = f64::INFINITY;
            for (a, c) in ring {
                for t in along(a, c, 100.0) {
                    if !space.walkable(t) {
                        continue;
                    }
                    let step_in = faces
                        .iter()
                        .map(|(fa, fb)| seg_dist(t, *fa, *fb))
                        .fold(f64::INFINITY, f64::min);
                    if step_in > r * std::f64::consts::SQRT_2 + 1.0 {
                        continue; // In front of a closed side only.
                    }
                    best = best.min(space.door_cost(t, &doors) + step_in);
                    for (u, p) in nodes.iter().enumerate() {
                        let d = dist[u] + (p.0 - t.0).hypot(p.1 - t.1) + step_in;
                        if d < best && space.sees(*p, t) {
                            best = d;
                        }
                    }
                }
            }
            (*id, best.is_finite().then_some(best))
        })
        .collect()
}

/// Every facing pair of booths with a gap in (0, minimum) whose floor between is not wholly
/// covered by other booths, walking obstacles or the outside of the hall (checked on a 100 mm raster of the gap).
pub fn pinched_pairs(plan: &Plan) -> Vec<(BoothId, BoothId)> {
    let booths: Vec<_> = plan.booths.iter().collect();
    let blockers: Vec<(Option<BoothId>, Rect)> = plan
        .booths
        .iter()
        .map(|(id, b)| (Some(*id), b.rect))
        .chain(
            plan.obstacles
                .values()
                .filter(|o| o.kind.blocks_walking())
                .map(|o| (None, o.rect)),
        )
        .collect();
    let mut out = Vec::new();
    for (i, (a_id, a)) in booths.iter().enumerate() {
        for (b_id, b) in &booths[i + 1..] {
            let Some(gap) = facing_gap(&a.rect, &b.rect) else {
                continue;
            };
            if gap <= 0 || gap >= plan.rules.min_aisle_mm || a.rect.overlaps(&b.rect) {
                continue;
            }
            let floor = boothplan::model::geom::between_rect(&a.rect, &b.rect);
            let mut open = false;
            let mut y = floor.y_mm;
            while y < floor.bottom() && !open {
                let mut x = floor.x_mm;
                while x < floor.right() && !open {
                    let probe = Rect::new(
                        x,
                        y,
                        100.min(floor.right() - x),
                        100.min(floor.bottom() - y),
                    );
                    let hall = &plan.halls[&HallId(1)];
                    open = hall.outline.iter().any(|o| o.contains_rect(&probe))
                        && !blockers.iter().any(|(id, r)| {
                            *id != Some(**a_id) && *id != Some(**b_id) && r.contains_rect(&probe)
                        });
                    x += 100;
                }
                y += 100;
            }
            if open {
                out.push((**a_id, **b_id));
            }
        }
    }
    out.sort();
    out
}
