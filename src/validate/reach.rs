//! Walking paths: every booth must reach an exit along aisles at least the minimum width, and
//! the nearest exit must be within the travel-distance limit.
//!
//! Each hall is rasterised into cells (a cell is blocked when its centre lies in a booth, a
//! blocking obstacle or outside the outline). A cell is passable when it lies in some fully
//! free square as wide as the minimum aisle (a morphological opening, O(cells) with prefix
//! sums); exit clearance zones are passable too, since doors are narrower than aisles. One
//! multi-source Dijkstra from all exit doors (8-neighbour, weights 5 and 7 ≈ 1 and √2, with a
//! bucket queue) gives every cell its walking distance; a booth's distance is the smallest over
//! the cells touching its sides.

use super::{Rule, Sink};
use crate::model::geom::{Rect, fmt_m};
use crate::model::{Derived, HallId, Plan};

/// Largest number of cells one hall is gridded into; larger halls get coarser cells.
const MAX_CELLS: i64 = 4_000_000;
const ORTHO: u32 = 5;
const DIAG: u32 = 7;

pub(super) fn check(plan: &Plan, derived: &Derived, sink: &mut Sink<'_>) {
    for hall_id in plan.halls.keys() {
        check_hall(plan, derived, *hall_id, sink);
    }
}

/// Cell geometry of one hall's walking grid.
struct Grid {
    x0: i64,
    y0: i64,
    cell: i64,
    cols: usize,
    rows: usize,
}

impl Grid {
    fn new(bounds: &Rect, wanted_cell: i64) -> Option<Self> {
        if bounds.is_empty() {
            return None;
        }
        let w = bounds.right().saturating_sub(bounds.x_mm);
        let d = bounds.bottom().saturating_sub(bounds.y_mm);
        let mut cell = wanted_cell.max(100);
        while (w / cell + 1).saturating_mul(d / cell + 1) > MAX_CELLS {
            cell = cell.saturating_mul(2);
        }
        let cols = (w / cell + i64::from(w % cell != 0)).max(1) as usize;
        let rows = (d / cell + i64::from(d % cell != 0)).max(1) as usize;
        Some(Self {
            x0: bounds.x_mm,
            y0: bounds.y_mm,
            cell,
            cols,
            rows,
        })
    }

    /// Range of cell indices on one axis whose centres lie in `[lo, hi)`.
    fn span(&self, lo: i64, hi: i64, origin: i64, n: usize) -> Option<(usize, usize)> {
        let half = self.cell / 2;
        // Centre of cell i: origin + i·cell + half; want lo ≤ centre < hi.
        let first = (lo.saturating_sub(origin).saturating_sub(half)).div_euclid(self.cell)
            + i64::from(
                (lo.saturating_sub(origin).saturating_sub(half)).rem_euclid(self.cell) != 0,
            );
        let last = (hi
            .saturating_sub(1)
            .saturating_sub(origin)
            .saturating_sub(half))
        .div_euclid(self.cell);
        let first = first.max(0);
        let last = last.min(n as i64 - 1);
        (first <= last).then_some((first as usize, last as usize))
    }

    /// Cells whose centres lie inside `r`, as column and row ranges.
    fn cells_in(&self, r: &Rect) -> Option<((usize, usize), (usize, usize))> {
        if r.is_empty() {
            return None;
        }
        Some((
            self.span(r.x_mm, r.right(), self.x0, self.cols)?,
            self.span(r.y_mm, r.bottom(), self.y0, self.rows)?,
        ))
    }

    fn fill(&self, cells: &mut [bool], r: &Rect, value: bool) {
        if let Some(((c0, c1), (r0, r1))) = self.cells_in(r) {
            for row in r0..=r1 {
                cells[row * self.cols + c0..=row * self.cols + c1].fill(value);
            }
        }
    }
}

fn check_hall(plan: &Plan, derived: &Derived, hall_id: HallId, sink: &mut Sink<'_>) {
    let hall = &plan.halls[&hall_id];
    let rules = &plan.rules;
    let Some(grid) = Grid::new(&hall.bounds(), rules.walk_grid_mm) else {
        return;
    };
    let Some(index) = derived.index.halls.get(&hall_id) else {
        return;
    };
    let n = grid.cols * grid.rows;

    // Free floor: inside the outline, outside booths and blocking obstacles.
    let mut free = vec![false; n];
    for r in &hall.outline {
        grid.fill(&mut free, r, true);
    }
    for item in &index.items {
        if item.kind.blocks_floor() && item.kind != crate::model::spatial::ItemKind::Wall {
            grid.fill(&mut free, &item.rect, false);
        }
    }

    let k = (rules.min_aisle_mm / grid.cell).clamp(1, 1 << 20) as usize;
    let mut passable = opening(&free, grid.cols, grid.rows, k);
    let exits: Vec<_> = plan.exits.values().filter(|e| e.hall == hall_id).collect();
    for exit in &exits {
        if let Some(((c0, c1), (r0, r1))) = grid.cells_in(&exit.clearance_zone(rules)) {
            for row in r0..=r1 {
                for c in c0..=c1 {
                    let i = row * grid.cols + c;
                    passable[i] = passable[i] || free[i];
                }
            }
        }
    }

    // Seeds: free cells right behind each door, one cell deep.
    let mut seeds = Vec::new();
    for exit in &exits {
        let door = exit.zone(grid.cell);
        if let Some(((c0, c1), (r0, r1))) = grid.cells_in(&door) {
            for row in r0..=r1 {
                for c in c0..=c1 {
                    let i = row * grid.cols + c;
                    if passable[i] {
                        seeds.push(i);
                    }
                }
            }
        }
    }
    let dist = distances(&passable, grid.cols, grid.rows, &seeds);

    for (id, booth) in &plan.booths {
        if booth.hall != hall_id || booth.rect.is_empty() {
            continue;
        }
        let open = derived.open_sides(*id);
        if open.count() == 0 {
            continue; // Already booth-no-aisle-access.
        }
        let mut best = u32::MAX;
        for side in open.sides() {
            let ring = booth.rect.strip_outside(side, grid.cell);
            if let Some(((c0, c1), (r0, r1))) = grid.cells_in(&ring) {
                for row in r0..=r1 {
                    for c in c0..=c1 {
                        best = best.min(dist[row * grid.cols + c]);
                    }
                }
            }
        }
        let exhibitors = booth.exhibitor.into_iter().collect();
        if best == u32::MAX {
            let why = if exits.is_empty() {
                format!("{} has no exit", hall.name)
            } else {
                format!(
                    "no path at least {} wide leads to an exit",
                    fmt_m(rules.min_aisle_mm)
                )
            };
            sink.push(
                Rule::ExitUnreachable,
                Some(hall_id),
                vec![*id],
                exhibitors,
                format!(
                    "Booth {} cannot reach an exit: {why}.",
                    sink.booth_label(*id)
                ),
            );
        } else {
            let walk_mm = i64::from(best).saturating_mul(grid.cell) / i64::from(ORTHO);
            if walk_mm > rules.max_travel_mm {
                sink.push(
                    Rule::TravelDistance,
                    Some(hall_id),
                    vec![*id],
                    exhibitors,
                    format!(
                        "Booth {} is a {} walk from the nearest exit; the limit is {}.",
                        sink.booth_label(*id),
                        fmt_m(walk_mm / 100 * 100),
                        fmt_m(rules.max_travel_mm)
                    ),
                );
            }
        }
    }
}

/// Cells covered by some fully free `k × k` square.
fn opening(free: &[bool], cols: usize, rows: usize, k: usize) -> Vec<bool> {
    let mut out = vec![false; free.len()];
    if k > cols || k > rows {
        return out;
    }
    // Prefix sums of blocked cells, (rows + 1) × (cols + 1).
    let w = cols + 1;
    let mut blocked = vec![0u32; (rows + 1) * w];
    for r in 0..rows {
        let mut row_sum = 0u32;
        for c in 0..cols {
            row_sum += u32::from(!free[r * cols + c]);
            blocked[(r + 1) * w + c + 1] = blocked[r * w + c + 1] + row_sum;
        }
    }
    // Difference array marking every cell of each free square.
    let mut diff = vec![0i32; (rows + 1) * w];
    for r in 0..=rows - k {
        for c in 0..=cols - k {
            let sum = blocked[(r + k) * w + c + k] + blocked[r * w + c]
                - blocked[r * w + c + k]
                - blocked[(r + k) * w + c];
            if sum == 0 {
                diff[r * w + c] += 1;
                diff[r * w + c + k] -= 1;
                diff[(r + k) * w + c] -= 1;
                diff[(r + k) * w + c + k] += 1;
            }
        }
    }
    // Integrate the difference array in place.
    for r in 0..rows {
        let mut row_acc = 0i32;
        for c in 0..cols {
            row_acc += diff[r * w + c];
            let above = if r > 0 { diff[(r - 1) * w + c] } else { 0 };
            // Store the 2-D prefix in `diff` row by row.
            diff[r * w + c] = row_acc + above;
            out[r * cols + c] = diff[r * w + c] > 0;
        }
    }
    out
}

/// Multi-source Dijkstra with a bucket queue; `u32::MAX` marks unreachable cells.
fn distances(passable: &[bool], cols: usize, rows: usize, seeds: &[usize]) -> Vec<u32> {
    let mut dist = vec![u32::MAX; passable.len()];
    let mut buckets: [Vec<u32>; 8] = Default::default();
    for &s in seeds {
        dist[s] = 0;
        buckets[0].push(s as u32);
    }
    let mut pending = seeds.len();
    let mut d = 0u32;
    while pending > 0 {
        let slot = (d % 8) as usize;
        let batch = std::mem::take(&mut buckets[slot]);
        pending -= batch.len();
        for v in &batch {
            let v = *v as usize;
            if dist[v] != d {
                continue;
            }
            let (r, c) = (v / cols, v % cols);
            let up = r > 0 && passable[v - cols];
            let down = r + 1 < rows && passable[v + cols];
            let left = c > 0 && passable[v - 1];
            let right = c + 1 < cols && passable[v + 1];
            let mut relax = |u: usize, w: u32| {
                let nd = d + w;
                if nd < dist[u] {
                    dist[u] = nd;
                    buckets[(nd % 8) as usize].push(u as u32);
                    pending += 1;
                }
            };
            if up {
                relax(v - cols, ORTHO);
            }
            if down {
                relax(v + cols, ORTHO);
            }
            if left {
                relax(v - 1, ORTHO);
            }
            if right {
                relax(v + 1, ORTHO);
            }
            // Diagonals only where both orthogonal cells are free: no cutting corners.
            if up && left && passable[v - cols - 1] {
                relax(v - cols - 1, DIAG);
            }
            if up && right && passable[v - cols + 1] {
                relax(v - cols + 1, DIAG);
            }
            if down && left && passable[v + cols - 1] {
                relax(v + cols - 1, DIAG);
            }
            if down && right && passable[v + cols + 1] {
                relax(v + cols + 1, DIAG);
            }
        }
        d += 1;
    }
    dist
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_keeps_only_wide_passages() {
        // 6 × 3 grid: a corridor 2 cells wide on the left, 1 cell wide on the right.
        let f = false;
        let t = true;
        #[rustfmt::skip]
        let free = vec![
            t, t, f, t, f, f,
            t, t, f, t, f, f,
            t, t, f, t, f, f,
        ];
        let open = opening(&free, 6, 3, 2);
        assert_eq!(&open[0..6], &[t, t, f, f, f, f]);
    }

    #[test]
    fn distances_walk_around_walls() {
        // 3 × 3 with a wall in the middle column except the bottom cell.
        let t = true;
        let f = false;
        #[rustfmt::skip]
        let passable = vec![
            t, f, t,
            t, f, t,
            t, t, t,
        ];
        let d = distances(&passable, 3, 3, &[0]);
        assert_eq!(d[2], 6 * 5); // corners may not be cut: six straight steps
        assert_eq!(d[1], u32::MAX);
    }
}
