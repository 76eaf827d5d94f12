//! Rows and depth: a continuous row of booths needs a cross aisle every so often, and no point
//! of a booth may be too far from the aisle it opens onto.
//!
//! Rows are the connected groups of booths that touch along an edge (side by side or back to
//! back), found with a union–find over the site-wide booth index; a group's length is the longer
//! side of the box around it. A booth's depth is exact: with its open sides known, the point
//! farthest from the nearest open side is `min(max over the y-axis, max over the x-axis)` of the
//! distances to the open sides on each axis (depth when one side of a pair is open, half of it
//! when both are).

use std::collections::BTreeMap;

use super::{Count, Len, Rule, Scope, Sink, msg};
use crate::model::geom::{Rect, Side, in_range};
use crate::model::spatial::ItemKind;
use crate::model::{BoothId, Derived, Plan};

pub(super) fn check(plan: &Plan, derived: &Derived, scope: Scope<'_>, sink: &mut Sink<'_>) {
    depth(plan, derived, scope, sink);
    rows(plan, derived, scope, sink);
}

/// The largest distance from a point of `r` to the nearest of its open sides, or `None` when
/// no side is open.
fn booth_depth_mm(r: &Rect, open: crate::model::OpenSides) -> Option<i64> {
    let axis = |a: bool, b: bool, len: i64| match (a, b) {
        (true, true) => Some(len / 2 + len % 2),
        (true, false) | (false, true) => Some(len),
        (false, false) => None,
    };
    let along_y = axis(open.north, open.south, r.d_mm.max(0));
    let along_x = axis(open.west, open.east, r.w_mm.max(0));
    match (along_y, along_x) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// A stretch of a booth's side, from one end to the other (millimetres).
type Stretch = ((i64, i64), (i64, i64));

/// The stretches of a booth's sides with free floor in front (at least the accessible clear
/// width deep and long), as segments; `full` is true when every stretch is a whole side.
fn open_stretches(
    plan: &Plan,
    derived: &Derived,
    booth: &crate::model::Booth,
    id: BoothId,
) -> (Vec<Stretch>, bool) {
    let mut out = Vec::new();
    let mut full = true;
    let Some(hall) = derived.index.halls.get(&booth.hall) else {
        return (out, full);
    };
    let r = booth.rect;
    let mut scratch = Vec::new();
    for side in Side::ALL {
        let along_x = matches!(side, Side::North | Side::South);
        let (lo, hi) = if along_x {
            (r.x_mm, r.right())
        } else {
            (r.y_mm, r.bottom())
        };
        let line = match side {
            Side::North => r.y_mm,
            Side::South => r.bottom(),
            Side::West => r.x_mm,
            Side::East => r.right(),
        };
        for (a, b) in
            crate::model::derive::free_stretches(plan, hall, id, booth, side, &mut scratch)
        {
            full &= a == lo && b == hi;
            out.push(if along_x {
                ((a, line), (b, line))
            } else {
                ((line, a), (line, b))
            });
        }
    }
    (out, full)
}

/// The largest distance from a point of `r` to the nearest stretch, bracketed: the largest
/// over an `n × n` lattice (a value some point has: a lower bound) and that plus the farthest
/// any point is from the lattice (the distance is 1-Lipschitz: an upper bound).
fn depth_bracket_mm(r: &Rect, stretches: &[Stretch], n: i64) -> (i64, i64) {
    let (sx, sy) = (
        r.w_mm.max(1) as f64 / n as f64,
        r.d_mm.max(1) as f64 / n as f64,
    );
    let mut worst = 0.0f64;
    for i in 0..=n {
        for j in 0..=n {
            let p = (r.x_mm as f64 + sx * i as f64, r.y_mm as f64 + sy * j as f64);
            let d = stretches
                .iter()
                .map(|(a, b)| {
                    crate::model::geom::point_segment_distance(
                        p,
                        (a.0 as f64, a.1 as f64),
                        (b.0 as f64, b.1 as f64),
                    )
                })
                .fold(f64::INFINITY, f64::min);
            worst = worst.max(d);
        }
    }
    (
        worst.floor() as i64,
        (worst + sx.hypot(sy) / 2.0).ceil() as i64,
    )
}

/// An upper bound of the depth: the distance from the best stretch to the booth's farthest
/// corner (the distance to a segment is convex, so over a rectangle it is largest at a corner).
fn farthest_corner_mm(r: &Rect, stretches: &[Stretch]) -> i64 {
    let corners = [
        (r.x_mm, r.y_mm),
        (r.right(), r.y_mm),
        (r.x_mm, r.bottom()),
        (r.right(), r.bottom()),
    ];
    let best = stretches
        .iter()
        .map(|(a, b)| {
            corners
                .iter()
                .map(|c| {
                    crate::model::geom::point_segment_distance(
                        (c.0 as f64, c.1 as f64),
                        (a.0 as f64, a.1 as f64),
                        (b.0 as f64, b.1 as f64),
                    )
                })
                .fold(0.0, f64::max)
        })
        .fold(f64::INFINITY, f64::min);
    best.ceil() as i64
}

/// The depth to report against `limit`: the sampled value when the bracket settles it (finer
/// lattices while it straddles the limit), else the upper bound (a question, never a pass).
fn depth_vs_limit_mm(r: &Rect, stretches: &[Stretch], limit: i64) -> i64 {
    let mut bracket = (0, 0);
    for n in [48, 192, 768] {
        bracket = depth_bracket_mm(r, stretches, n);
        if bracket.0 > limit || bracket.1 <= limit {
            return bracket.0;
        }
    }
    bracket.1
}

fn depth(plan: &Plan, derived: &Derived, scope: Scope<'_>, sink: &mut Sink<'_>) {
    let limit = plan.rules.max_booth_depth_mm;
    if limit <= 0 {
        return; // invalid-rule
    }
    for (id, booth) in scope.booths(plan) {
        if !in_range(&booth.rect) {
            continue;
        }
        let Some(whole_sides) = booth_depth_mm(&booth.rect, derived.open_sides(*id)) else {
            continue; // booth-no-aisle-access
        };
        // Exact when every open side is open along its whole length; otherwise measured to the
        // open stretches, from above.
        let diagonal = (booth.rect.w_mm as f64).hypot(booth.rect.d_mm as f64);
        let depth = if whole_sides > limit || diagonal <= limit as f64 {
            // No point of a booth is farther than its diagonal from any of its sides.
            whole_sides
        } else {
            let (stretches, full) = open_stretches(plan, derived, booth, *id);
            if full || stretches.is_empty() || farthest_corner_mm(&booth.rect, &stretches) <= limit
            {
                // Every point is within the limit of one stretch: no corner (where the
                // distance to a stretch is largest) is farther than that.
                whole_sides
            } else {
                depth_vs_limit_mm(&booth.rect, &stretches, limit).max(whole_sides)
            }
        };
        if depth > limit {
            sink.push(
                Rule::BoothTooDeep,
                Some(booth.hall),
                vec![*id],
                booth.exhibitor.into_iter().collect(),
                msg!(
                    "finding-booth-too-deep",
                    booth = sink.booth_label(*id),
                    depth = Len(depth),
                    limit = Len(limit),
                ),
            );
        }
    }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// True when site items `i` and `j` (booths) are in one row: touching along an edge of
/// positive length (overlaps are booth-overlap), in the same hall (booths either side of a
/// wall between halls are two rows).
fn joined(plan: &Plan, index: &crate::model::spatial::HallIndex, i: usize, j: usize) -> bool {
    let (a, b) = (&index.items[i], &index.items[j]);
    let edge = (a.rect.x_gap(&b.rect) == 0 && a.rect.y_overlap(&b.rect) > 0)
        || (a.rect.y_gap(&b.rect) == 0 && a.rect.x_overlap(&b.rect) > 0);
    edge && match (a.kind, b.kind) {
        (ItemKind::Booth(a), ItemKind::Booth(b)) => {
            plan.booths.get(&a).map(|x| x.hall) == plan.booths.get(&b).map(|x| x.hall)
        }
        _ => false,
    }
}

/// The rows (groups of site items) of every booth, or of the booths in scope.
fn groups(plan: &Plan, derived: &Derived, scope: Scope<'_>) -> Vec<Vec<usize>> {
    let index = &derived.site_booths;
    let n = index.items.len();
    let mut scratch = Vec::new();
    if let Scope::Near { near, .. } = scope {
        // Walk out from each booth in scope over the booths it touches.
        let mut seen = vec![false; n];
        let mut out = Vec::new();
        for (start, item) in index.items.iter().enumerate() {
            let ItemKind::Booth(id) = item.kind else {
                continue;
            };
            if seen[start] || !near.contains(&id) {
                continue;
            }
            seen[start] = true;
            let mut members = vec![start];
            let mut k = 0;
            while k < members.len() {
                let i = members[k];
                k += 1;
                index.query(&index.items[i].rect, &mut scratch);
                for &j in &scratch {
                    let j = j as usize;
                    if !seen[j] && j != i && joined(plan, index, i, j) {
                        seen[j] = true;
                        members.push(j);
                    }
                }
            }
            out.push(members);
        }
        return out;
    }
    let mut parent: Vec<usize> = (0..n).collect();
    for (i, item) in index.items.iter().enumerate() {
        index.query(&item.rect, &mut scratch);
        for &j in &scratch {
            let j = j as usize;
            if j > i && joined(plan, index, i, j) {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    groups.into_values().collect()
}

fn rows(plan: &Plan, derived: &Derived, scope: Scope<'_>, sink: &mut Sink<'_>) {
    let limit = plan.rules.max_row_length_mm;
    if limit <= 0 {
        return; // invalid-rule
    }
    let index = &derived.site_booths;
    for members in groups(plan, derived, scope).iter().filter(|m| m.len() > 1) {
        let bounds = members.iter().fold(Rect::default(), |acc, i| {
            acc.union_bounds(&index.items[*i].rect)
        });
        let length = bounds.w_mm.max(bounds.d_mm);
        if length <= limit {
            continue;
        }
        let mut ids: Vec<BoothId> = members
            .iter()
            .filter_map(|i| match index.items[*i].kind {
                ItemKind::Booth(id) => Some(id),
                _ => None,
            })
            .collect();
        ids.sort_unstable();
        let first = ids[0];
        let hall = plan.booths[&first].hall;
        let mut labels: Vec<String> = ids.iter().map(|id| sink.booth_label(*id)).collect();
        labels.sort();
        let ends = match labels.as_slice() {
            [a, .., b] => format!("{a} … {b}"),
            _ => labels.join(""),
        };
        sink.push(
            Rule::RowTooLong,
            Some(hall),
            ids,
            vec![],
            msg!(
                "finding-row-too-long",
                count = Count(i64::try_from(labels.len()).unwrap_or(i64::MAX)),
                ends = ends,
                length = Len(length),
                limit = Len(limit),
            ),
        );
    }
}
