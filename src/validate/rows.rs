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

use super::{Rule, Sink};
use crate::model::geom::{Rect, fmt_m, in_range};
use crate::model::spatial::ItemKind;
use crate::model::{BoothId, Derived, Plan};

pub(super) fn check(plan: &Plan, derived: &Derived, sink: &mut Sink<'_>) {
    depth(plan, derived, sink);
    rows(plan, derived, sink);
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

fn depth(plan: &Plan, derived: &Derived, sink: &mut Sink<'_>) {
    let limit = plan.rules.max_booth_depth_mm;
    if limit <= 0 {
        return; // invalid-rule
    }
    for (id, booth) in &plan.booths {
        if !in_range(&booth.rect) {
            continue;
        }
        let Some(depth) = booth_depth_mm(&booth.rect, derived.open_sides(*id)) else {
            continue; // booth-no-aisle-access
        };
        if depth > limit {
            sink.push(
                Rule::BoothTooDeep,
                Some(booth.hall),
                vec![*id],
                booth.exhibitor.into_iter().collect(),
                format!(
                    "A point inside booth {} is {} from its nearest open side ({}); the limit is {}.",
                    sink.booth_label(*id),
                    fmt_m(depth),
                    derived.open_sides(*id).describe(),
                    fmt_m(limit)
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

fn rows(plan: &Plan, derived: &Derived, sink: &mut Sink<'_>) {
    let limit = plan.rules.max_row_length_mm;
    if limit <= 0 {
        return; // invalid-rule
    }
    let index = &derived.site_booths;
    let n = index.items.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut scratch = Vec::new();
    for (i, item) in index.items.iter().enumerate() {
        index.query(&item.rect, &mut scratch);
        for &j in &scratch {
            let j = j as usize;
            if j <= i {
                continue;
            }
            let other = &index.items[j].rect;
            // Touching along an edge of positive length (overlaps are booth-overlap).
            let edge = (item.rect.x_gap(other) == 0 && item.rect.y_overlap(other) > 0)
                || (item.rect.y_gap(other) == 0 && item.rect.x_overlap(other) > 0);
            if edge {
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
    for members in groups.values().filter(|m| m.len() > 1) {
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
            format!(
                "The row of {} booths ({ends}) runs {} without a cross aisle; the limit is {}.",
                labels.len(),
                fmt_m(length),
                fmt_m(limit)
            ),
        );
    }
}
