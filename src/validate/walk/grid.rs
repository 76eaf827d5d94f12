//! The grid under the walking field: its lines (the geometry's own, thinned to the cell
//! budget, filled to the walk grid) and the cells that rectangles cover.

use super::{MAX_CELLS, R2};
use crate::model::geom::{Rect, Side};

/// For each rectangle, whether each side (in `Side` order) has some floor in front of it that
/// no other rectangle covers.
pub(super) fn exposed_sides(rects: &[Rect]) -> Vec<[bool; 4]> {
    use crate::model::spatial::{HallIndex, Item, ItemKind};
    let bounds = rects
        .iter()
        .fold(Rect::default(), |acc, r| acc.union_bounds(r))
        .expanded(1);
    let index = HallIndex::new(
        bounds,
        rects
            .iter()
            .map(|r| Item {
                kind: ItemKind::Wall,
                rect: *r,
            })
            .collect(),
    );
    let mut scratch = Vec::new();
    let mut cover: Vec<Rect> = Vec::new();
    rects
        .iter()
        .map(|r| {
            let mut open = [true; 4];
            for side in Side::ALL {
                let strip = r.strip_outside(side, 1);
                index.query(&strip, &mut scratch);
                cover.clear();
                cover.extend(
                    scratch
                        .iter()
                        .filter_map(|&i| index.items[i as usize].rect.intersection(&strip)),
                );
                // Nothing in front at all: open without measuring.
                open[side as usize] = cover.is_empty()
                    || crate::model::geom::covered_area_mm2(&strip, &cover) < strip.area_mm2();
            }
            open
        })
        .collect()
}

/// Sorted, unique grid lines within the bounds, with even lines filling gaps wider than `step`,
/// thinned to the cell budget.
pub(super) fn lines(
    xs: Vec<i64>,
    ys: Vec<i64>,
    (x0, x1): (i64, i64),
    (y0, y1): (i64, i64),
    step: i64,
) -> (Vec<i64>, Vec<i64>) {
    let clean = |mut v: Vec<i64>, lo: i64, hi: i64| {
        v.retain(|x| *x >= lo && *x <= hi);
        v.sort_unstable();
        v.dedup();
        v
    };
    let xs = clean(xs, x0, x1);
    let ys = clean(ys, y0, y1);
    let mut min_gap = 0;
    let mut step = step;
    // Count before building, so an absurd hall at a fine grid allocates nothing large.
    let filled = |v: &[i64], step: i64| -> usize {
        v.windows(2)
            .map(|p| usize::try_from((p[1] - p[0]) / step).unwrap_or(usize::MAX))
            .fold(v.len(), usize::saturating_add)
    };
    loop {
        let (thin_x, thin_y) = (thin(&xs, min_gap), thin(&ys, min_gap));
        let cells = (filled(&thin_x, step) - 1).saturating_mul(filled(&thin_y, step) - 1);
        if cells <= MAX_CELLS {
            return (fill(&thin_x, step), fill(&thin_y, step));
        }
        // Coarser fill first; then thin the geometry's own lines.
        if step < (x1 - x0).max(y1 - y0) {
            step *= 2;
        } else {
            min_gap = (min_gap * 2).max(2);
        }
    }
}

/// Keeps the first and last line and drops lines closer than `min_gap` to the last kept one.
pub(super) fn thin(v: &[i64], min_gap: i64) -> Vec<i64> {
    if min_gap == 0 || v.len() <= 2 {
        return v.to_vec();
    }
    let last = v[v.len() - 1];
    let mut out = vec![v[0]];
    for &x in &v[1..v.len() - 1] {
        if x - out[out.len() - 1] >= min_gap && last - x >= min_gap {
            out.push(x);
        }
    }
    out.push(last);
    out
}

/// Adds lines so that no gap is wider than `step`.
pub(super) fn fill(v: &[i64], step: i64) -> Vec<i64> {
    let mut out = Vec::with_capacity(v.len());
    for pair in v.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        out.push(a);
        let n = (b - a) / step;
        if (b - a) > step {
            for k in 1..=n {
                let x = a + (b - a) * k / (n + 1);
                out.push(x);
            }
        }
    }
    if let Some(l) = v.last() {
        out.push(*l);
    }
    out.dedup();
    out
}

/// Cells whose open box meets the open box of any rectangle.
pub(super) fn cover(xs: &[i64], ys: &[i64], rects: impl Iterator<Item = R2>) -> Vec<bool> {
    let (cols, rows) = (xs.len() - 1, ys.len() - 1);
    let w = cols + 1;
    let mut diff = vec![0i32; w * (rows + 1)];
    for r in rects {
        let c0 = xs[1..].partition_point(|x| *x <= r.x0);
        let c1 = xs[..cols].partition_point(|x| *x < r.x1);
        let r0 = ys[1..].partition_point(|y| *y <= r.y0);
        let r1 = ys[..rows].partition_point(|y| *y < r.y1);
        if c0 >= c1 || r0 >= r1 {
            continue;
        }
        diff[r0 * w + c0] += 1;
        diff[r0 * w + c1] -= 1;
        diff[r1 * w + c0] -= 1;
        diff[r1 * w + c1] += 1;
    }
    let mut out = vec![false; cols * rows];
    let mut above = vec![0i32; w];
    for r in 0..rows {
        let mut acc = 0i32;
        for c in 0..cols {
            acc += diff[r * w + c];
            above[c] += acc;
            out[r * cols + c] = above[c] > 0;
        }
    }
    out
}

/// Calls `f` for every cell lying wholly inside `z`.
pub(super) fn for_cells_inside(xs: &[i64], ys: &[i64], z: &R2, mut f: impl FnMut(usize)) {
    let cols = xs.len() - 1;
    let c0 = xs.partition_point(|x| *x < z.x0);
    let c1 = xs.partition_point(|x| *x <= z.x1).saturating_sub(1);
    let r0 = ys.partition_point(|y| *y < z.y0);
    let r1 = ys.partition_point(|y| *y <= z.y1).saturating_sub(1);
    for r in r0..r1 {
        for c in c0..c1 {
            f(r * cols + c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cover_marks_open_overlaps_only() {
        let xs = vec![0, 10, 20, 30];
        let ys = vec![0, 10];
        let c = cover(
            &xs,
            &ys,
            [R2 {
                x0: 10,
                y0: 0,
                x1: 20,
                y1: 10,
            }]
            .into_iter(),
        );
        assert_eq!(c, vec![false, true, false]);
    }

    #[test]
    fn thinning_keeps_the_ends() {
        assert_eq!(thin(&[0, 1, 2, 10, 11, 20], 5), vec![0, 10, 20]);
        assert_eq!(fill(&[0, 10], 4), vec![0, 3, 6, 10]);
    }
}
