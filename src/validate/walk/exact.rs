//! The exact pass: shortest walks over the visibility graph of the walking field's reflex
//! corners, with line of sight tested exactly against the cells a segment crosses.

use std::cmp::Ordering;

use super::{Faces, Field, MAX_POINTS_PER_SEGMENT, MAX_VISIBILITY_NODES, P2, SAMPLE_STEP, len};

impl Field {
    /// Exact shortest walks (millimetres) from any door to each of `targets`, given their grid
    /// bounds; an entry stays at its bound where the exact pass cannot run (too many corners).
    ///
    /// One Dijkstra over the visibility graph of the doors' reach (sampled on its edges) and the
    /// field's reflex corners; then each booth point takes the best visible node.
    pub fn exact_walks_mm(&self, targets: &[(&Faces, f64)]) -> Vec<f64> {
        let mut out: Vec<f64> = targets.iter().map(|t| t.1).collect();
        if self.doors.is_empty() {
            return out;
        }
        let mut base: Vec<P2> = Vec::new();
        for door in &self.doors {
            // Where a walk may leave the door's reach: its edges, and the lines of the
            // approach's own edges and middle across it (with every grid line they cross, so
            // the edge of the walking field is on them).
            let (r, a) = (door.reach, door.approach);
            let (mx, my) = (i64::midpoint(a.x0, a.x1), i64::midpoint(a.y0, a.y1));
            for x in [r.x0, r.x1, a.x0, a.x1, mx] {
                base.extend(self.points_on(((x, r.y0), (x, r.y1))));
            }
            for y in [r.y0, r.y1, a.y0, a.y1, my] {
                base.extend(self.points_on(((r.x0, y), (r.x1, y))));
            }
        }
        base.extend(self.reflex_corners());
        base.sort_unstable();
        base.dedup();
        if base.len() > MAX_VISIBILITY_NODES {
            return out;
        }
        let start: Vec<f64> = base.iter().map(|p| self.door_cost(*p)).collect();
        let limit = targets.iter().map(|t| t.1 * 2.0).fold(0.0, f64::max);
        let dist = self.visibility_dijkstra(&base, start, limit);
        let mut order: Vec<usize> = (0..base.len()).filter(|i| dist[*i].is_finite()).collect();
        order.sort_by(|a, b| dist[*a].total_cmp(&dist[*b]));
        for (t, (faces, _)) in targets.iter().enumerate() {
            for seg in faces.rings(self.half) {
                for p in self.points_on(seg) {
                    let pf = (p.0 as f64, p.1 as f64);
                    let mut best = self.door_cost(p);
                    for &u in &order {
                        if dist[u] >= best {
                            break; // Sorted: no node further on can do better.
                        }
                        let q = base[u];
                        let d = dist[u] + len((q.0 - p.0) as f64, (q.1 - p.1) as f64);
                        if d < best && self.visible(q, p) {
                            best = d;
                        }
                    }
                    // Doubled millimetres back to millimetres.
                    let d = f64::midpoint(best, faces.step_in(pf));
                    if d < out[t] {
                        out[t] = d;
                    }
                }
            }
        }
        out
    }

    /// The cost of leaving from `p` through the best door whose reach holds it (infinite when
    /// none does).
    fn door_cost(&self, p: P2) -> f64 {
        let pf = (p.0 as f64, p.1 as f64);
        self.doors
            .iter()
            .filter(|d| d.reaches(pf))
            .map(|d| d.cost(pf))
            .fold(f64::INFINITY, f64::min)
    }

    /// Dijkstra over the visibility graph of `nodes` from the given starting distances; stops
    /// past `limit` (doubled millimetres).
    fn visibility_dijkstra(&self, nodes: &[P2], start: Vec<f64>, limit: f64) -> Vec<f64> {
        let n = nodes.len();
        let mut dist = start;
        let mut done = vec![false; n];
        loop {
            let mut u = usize::MAX;
            let mut best = f64::INFINITY;
            for (i, d) in dist.iter().enumerate() {
                if !done[i] && *d < best {
                    best = *d;
                    u = i;
                }
            }
            if u == usize::MAX || best > limit {
                break;
            }
            done[u] = true;
            for v in 0..n {
                if done[v] {
                    continue;
                }
                let (p, q) = (nodes[u], nodes[v]);
                let nd = best + len((p.0 - q.0) as f64, (p.1 - q.1) as f64);
                if nd < dist[v] && self.visible(p, q) {
                    dist[v] = nd;
                }
            }
        }
        dist
    }

    /// Walkable points of an axis-aligned segment: every `SAMPLE_STEP` and every grid line
    /// crossing it, so that no passage the grid holds is stepped over.
    fn points_on(&self, seg: (P2, P2)) -> Vec<P2> {
        let ((ax, ay), (bx, by)) = seg;
        let mut pts: Vec<P2> = samples(seg).collect();
        let crossings = |lines: &[i64], lo: i64, hi: i64| -> Vec<i64> {
            let first = lines.partition_point(|x| *x < lo);
            let last = lines.partition_point(|x| *x <= hi);
            let all = &lines[first..last];
            // A bounded number of points per segment, however long it is.
            let stride = all.len().div_ceil(MAX_POINTS_PER_SEGMENT).max(1);
            all.iter().step_by(stride).copied().collect()
        };
        if ay == by {
            pts.extend(
                crossings(&self.xs, ax.min(bx), ax.max(bx))
                    .into_iter()
                    .map(|x| (x, ay)),
            );
        } else if ax == bx {
            pts.extend(
                crossings(&self.ys, ay.min(by), ay.max(by))
                    .into_iter()
                    .map(|y| (ax, y)),
            );
        }
        pts.sort_unstable();
        pts.dedup();
        pts.retain(|p| self.in_closure(*p));
        pts
    }

    fn walkable(&self, c: i64, r: i64) -> bool {
        c >= 0
            && r >= 0
            && (c as usize) < self.cols
            && (r as usize) < self.rows
            && self.walk[r as usize * self.cols + c as usize]
    }

    /// True when the point lies in the closed walkable region.
    fn in_closure(&self, p: P2) -> bool {
        let cs = axis_cells(&self.xs, p.0);
        let rs = axis_cells(&self.ys, p.1);
        cs.iter()
            .flatten()
            .any(|c| rs.iter().flatten().any(|r| self.walkable(*c, *r)))
    }

    /// Grid vertices where exactly three of the four cells around are walkable.
    fn reflex_corners(&self) -> Vec<P2> {
        let mut out = Vec::new();
        for j in 1..self.rows {
            for i in 1..self.cols {
                let (i2, j2) = (i as i64, j as i64);
                let n = [(i2 - 1, j2 - 1), (i2, j2 - 1), (i2 - 1, j2), (i2, j2)]
                    .iter()
                    .filter(|(c, r)| self.walkable(*c, *r))
                    .count();
                if n == 3 {
                    out.push((self.xs[i], self.ys[j]));
                }
            }
        }
        out
    }

    /// True when the whole segment lies in the closed walkable region, with no zero-width pinch.
    fn visible(&self, p: P2, q: P2) -> bool {
        let (dx, dy) = (q.0 - p.0, q.1 - p.1);
        if dx == 0 && dy == 0 {
            return self.in_closure(p);
        }
        let sx = dx.signum();
        let sy = dy.signum();
        // Start cell (or the two cells either side of a line the segment runs along).
        let start = |lines: &[i64], v: i64, s: i64| -> (i64, bool) {
            let k = lines.partition_point(|x| *x < v);
            let on = k < lines.len() && lines[k] == v;
            if on {
                match s {
                    1 => (k as i64, false),
                    -1 => (k as i64 - 1, false),
                    _ => (k as i64, true),
                }
            } else {
                (k as i64 - 1, false)
            }
        };
        let (mut c, on_x) = start(&self.xs, p.0, sx);
        let (mut r, on_y) = start(&self.ys, p.1, sy);
        // Which of the cells beside the segment are walkable: both sides of a line it runs
        // along (bit 0 before the line, bit 1 after), or the one cell it crosses.
        let sides = |c: i64, r: i64| -> u8 {
            if on_x {
                u8::from(self.walkable(c - 1, r)) | (u8::from(self.walkable(c, r)) << 1)
            } else if on_y {
                u8::from(self.walkable(c, r - 1)) | (u8::from(self.walkable(c, r)) << 1)
            } else {
                u8::from(self.walkable(c, r))
            }
        };
        // Along a line, the walkable side may not swap at a vertex where only two diagonal
        // cells are walkable: that is a pinch of zero width.
        let mut prev = sides(c, r);
        if prev == 0 {
            return false;
        }
        let mut ok = |c: i64, r: i64| {
            let m = sides(c, r);
            let pass = m & prev != 0;
            prev = m;
            pass
        };
        // Next line crossed on each axis (strictly between p and q).
        let next_line = |lines: &[i64], cell: i64, s: i64, end: i64| -> Option<i64> {
            let idx = if s > 0 { cell + 1 } else { cell };
            if s == 0 || idx < 0 || idx as usize >= lines.len() {
                return None;
            }
            let v = lines[idx as usize];
            ((s > 0 && v < end) || (s < 0 && v > end)).then_some(v)
        };
        loop {
            let nx = next_line(&self.xs, c, sx, q.0);
            let ny = next_line(&self.ys, r, sy, q.1);
            let order = match (nx, ny) {
                (None, None) => return true,
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (Some(x), Some(y)) => {
                    let tx = i128::from((x - p.0).abs()) * i128::from(dy.abs());
                    let ty = i128::from((y - p.1).abs()) * i128::from(dx.abs());
                    tx.cmp(&ty)
                }
            };
            match order {
                Ordering::Less => c += sx,
                Ordering::Greater => r += sy,
                Ordering::Equal => {
                    // Through a grid vertex: one of the two side cells must be walkable too.
                    if !self.walkable(c + sx, r) && !self.walkable(c, r + sy) {
                        return false;
                    }
                    c += sx;
                    r += sy;
                }
            }
            if !ok(c, r) {
                return false;
            }
        }
    }
}

/// Cell indices either side of a coordinate on one axis (both when it lies on a line).
fn axis_cells(lines: &[i64], v: i64) -> [Option<i64>; 2] {
    let k = lines.partition_point(|x| *x < v);
    if k < lines.len() && lines[k] == v {
        [Some(k as i64 - 1), Some(k as i64)]
    } else {
        [Some(k as i64 - 1), None]
    }
}

/// Points along a segment: both ends and every `SAMPLE_STEP` between.
fn samples((a, b): (P2, P2)) -> impl Iterator<Item = P2> {
    let len = (b.0 - a.0).abs().max((b.1 - a.1).abs());
    let n = (len / SAMPLE_STEP).clamp(1, MAX_POINTS_PER_SEGMENT as i64);
    (0..=n).map(move |k| (a.0 + (b.0 - a.0) * k / n, a.1 + (b.1 - a.1) * k / n))
}
