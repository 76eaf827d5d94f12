//! Align and distribute: booths and obstacles lined up on an edge or a centre line, or spread
//! so the gaps between them are equal, as one edit (one undo step). Exact millimetres: equal
//! gaps differ by at most one millimetre where the free floor does not divide evenly.

use super::Edit;
use crate::model::{BoothId, ObstacleId, Plan, Rect};

/// How to arrange.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrange {
    /// Left edges on the leftmost.
    Left,
    /// Right edges on the rightmost.
    Right,
    /// Top (north) edges on the topmost.
    Top,
    /// Bottom (south) edges on the lowest.
    Bottom,
    /// Centres on one vertical line (the middle of the whole).
    CentresAcross,
    /// Centres on one horizontal line (the middle of the whole).
    CentresDown,
    /// Equal gaps from left to right, the outermost staying put.
    SpreadAcross,
    /// Equal gaps from top to bottom, the outermost staying put.
    SpreadDown,
}

impl Arrange {
    /// Every way, in menu order.
    pub const ALL: [Arrange; 8] = [
        Arrange::Left,
        Arrange::CentresAcross,
        Arrange::Right,
        Arrange::Top,
        Arrange::CentresDown,
        Arrange::Bottom,
        Arrange::SpreadAcross,
        Arrange::SpreadDown,
    ];

    /// How many things it needs to mean anything.
    pub fn needs(self) -> usize {
        match self {
            Arrange::SpreadAcross | Arrange::SpreadDown => 3,
            _ => 2,
        }
    }
}

/// Something arranged: a booth or an obstacle, and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Thing {
    Booth(BoothId),
    Obstacle(ObstacleId),
}

/// The edit that arranges `booths` and `obstacles` of `plan`; `None` when there are too few
/// or nothing would move.
pub fn arrange(
    plan: &Plan,
    booths: &[BoothId],
    obstacles: &[ObstacleId],
    how: Arrange,
) -> Option<Edit> {
    let things: Vec<(Thing, Rect)> = booths
        .iter()
        .filter_map(|id| plan.booths.get(id).map(|b| (Thing::Booth(*id), b.rect)))
        .chain(obstacles.iter().filter_map(|id| {
            plan.obstacles
                .get(id)
                .map(|o| (Thing::Obstacle(*id), o.rect))
        }))
        .collect();
    if things.len() < how.needs() {
        return None;
    }
    let rects: Vec<Rect> = things.iter().map(|(_, r)| *r).collect();
    let placed = place(&rects, how);
    let edits: Vec<Edit> = things
        .iter()
        .zip(placed)
        .filter(|((_, old), new)| old != new)
        .filter_map(|((thing, _), new)| match thing {
            Thing::Booth(id) => plan.booths.get(id).map(|b| {
                let mut b = b.clone();
                b.rect = new;
                Edit::Booth(*id, Some(b))
            }),
            Thing::Obstacle(id) => plan.obstacles.get(id).map(|o| {
                let mut o = o.clone();
                o.rect = new;
                Edit::Obstacle(*id, Some(o))
            }),
        })
        .collect();
    (!edits.is_empty()).then_some(Edit::Batch(edits))
}

/// Where each rectangle goes (same order, same sizes).
fn place(rects: &[Rect], how: Arrange) -> Vec<Rect> {
    let min_x = rects.iter().map(|r| r.x_mm).min().unwrap_or(0);
    let max_x = rects.iter().map(Rect::right).max().unwrap_or(0);
    let min_y = rects.iter().map(|r| r.y_mm).min().unwrap_or(0);
    let max_y = rects.iter().map(Rect::bottom).max().unwrap_or(0);
    // The middle of the whole, as twice the coordinate (exact for odd spans; in i128, so no
    // coordinate a file can hold overflows).
    let (mid_x2, mid_y2) = (
        i128::from(min_x) + i128::from(max_x),
        i128::from(min_y) + i128::from(max_y),
    );
    let half = |twice: i128, len: i64| {
        i64::try_from((twice - i128::from(len)).div_euclid(2)).unwrap_or(i64::MAX)
    };
    let at = |r: &Rect, x: i64, y: i64| Rect::new(x, y, r.w_mm, r.d_mm);
    match how {
        Arrange::Left => rects.iter().map(|r| at(r, min_x, r.y_mm)).collect(),
        Arrange::Right => rects
            .iter()
            .map(|r| at(r, max_x - r.w_mm, r.y_mm))
            .collect(),
        Arrange::Top => rects.iter().map(|r| at(r, r.x_mm, min_y)).collect(),
        Arrange::Bottom => rects
            .iter()
            .map(|r| at(r, r.x_mm, max_y - r.d_mm))
            .collect(),
        Arrange::CentresAcross => rects
            .iter()
            .map(|r| at(r, half(mid_x2, r.w_mm), r.y_mm))
            .collect(),
        Arrange::CentresDown => rects
            .iter()
            .map(|r| at(r, r.x_mm, half(mid_y2, r.d_mm)))
            .collect(),
        Arrange::SpreadAcross => spread(rects, |r| (r.x_mm, r.w_mm), |r, x| at(r, x, r.y_mm)),
        Arrange::SpreadDown => spread(rects, |r| (r.y_mm, r.d_mm), |r, y| at(r, r.x_mm, y)),
    }
}

/// Equal gaps along one axis: `axis` gives a rectangle's start and length on it, `moved` the
/// rectangle started elsewhere. In order of their starts; the first and last stay put.
fn spread(
    rects: &[Rect],
    axis: impl Fn(&Rect) -> (i64, i64),
    moved: impl Fn(&Rect, i64) -> Rect,
) -> Vec<Rect> {
    let mut order: Vec<usize> = (0..rects.len()).collect();
    order.sort_by_key(|i| (axis(&rects[*i]).0, *i));
    let first = axis(&rects[order[0]]).0;
    let last = order.last().map_or(first, |i| {
        let (s, l) = axis(&rects[*i]);
        s + l
    });
    // In i128: a sum of lengths or free × k can pass i64 for coordinates a file may hold.
    let lengths: i128 = rects.iter().map(|r| i128::from(axis(r).1)).sum();
    let free = i128::from(last) - i128::from(first) - lengths;
    let gaps = (order.len() - 1) as i128;
    let mut out = rects.to_vec();
    let mut used: i128 = 0;
    for (k, i) in order.iter().enumerate() {
        // The k-th gap boundary: floor(free × k / gaps), so the last lands exactly.
        let start = i128::from(first) + used + (free * k as i128).div_euclid(gaps);
        out[*i] = moved(&rects[*i], i64::try_from(start).unwrap_or(i64::MAX));
        used += i128::from(axis(&rects[*i]).1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(x: i64, y: i64, w: i64, d: i64) -> Rect {
        Rect::new(x, y, w, d)
    }

    #[test]
    fn edges_and_centres_line_up_on_the_whole() {
        let rects = [
            r(0, 0, 3_000, 3_000),
            r(5_000, 2_000, 6_000, 3_000),
            r(2_000, 9_000, 3_000, 2_000),
        ];
        let left = place(&rects, Arrange::Left);
        assert!(left.iter().all(|q| q.x_mm == 0));
        let right = place(&rects, Arrange::Right);
        assert!(right.iter().all(|q| q.right() == 11_000));
        let top = place(&rects, Arrange::Top);
        assert!(top.iter().all(|q| q.y_mm == 0));
        let bottom = place(&rects, Arrange::Bottom);
        assert!(bottom.iter().all(|q| q.bottom() == 11_000));
        let across = place(&rects, Arrange::CentresAcross);
        assert!(across.iter().all(|q| q.x_mm * 2 + q.w_mm == 11_000));
        // Sizes never change.
        for placed in [&left, &right, &top, &bottom, &across] {
            for (a, b) in rects.iter().zip(placed.iter()) {
                assert_eq!((a.w_mm, a.d_mm), (b.w_mm, b.d_mm));
            }
        }
    }

    #[test]
    fn spreading_makes_the_gaps_equal_to_the_millimetre() {
        // 0–3 m, 4–7 m, 20–23 m: 14 m free between three booths, 7 m each gap.
        let rects = [
            r(0, 0, 3_000, 3_000),
            r(20_000, 0, 3_000, 3_000),
            r(4_000, 0, 3_000, 3_000),
        ];
        let spread = place(&rects, Arrange::SpreadAcross);
        let mut xs: Vec<(i64, i64)> = spread.iter().map(|q| (q.x_mm, q.right())).collect();
        xs.sort_unstable();
        assert_eq!(xs, [(0, 3_000), (10_000, 13_000), (20_000, 23_000)]);
        // An odd free length: gaps differ by at most 1 mm, the ends stay.
        let odd = [
            r(0, 0, 1_000, 1),
            r(1_500, 0, 1_000, 1),
            r(2_000, 0, 1_000, 1),
            r(10_001, 0, 1_000, 1),
        ];
        let spread = place(&odd, Arrange::SpreadAcross);
        let mut s: Vec<Rect> = spread.clone();
        s.sort_by_key(|q| q.x_mm);
        let gaps: Vec<i64> = s.windows(2).map(|w| w[1].x_mm - w[0].right()).collect();
        assert!(
            gaps.iter().max().unwrap_or(&0) - gaps.iter().min().unwrap_or(&0) <= 1,
            "{gaps:?}"
        );
        assert_eq!((s[0].x_mm, s[3].right()), (0, 11_001));
    }

    #[test]
    fn one_edit_for_all_and_none_when_nothing_moves() {
        let plan = crate::demo::demo_plan();
        let ids: Vec<BoothId> = plan
            .booths
            .iter()
            .filter(|(_, b)| ["A-501", "A-502", "A-701"].contains(&b.number.as_str()))
            .map(|(id, _)| *id)
            .collect();
        let Some(Edit::Batch(edits)) = arrange(&plan, &ids, &[], Arrange::Left) else {
            panic!("a batch");
        };
        assert!(!edits.is_empty());
        let mut after = plan.clone();
        crate::edit::apply(&mut after, Edit::Batch(edits));
        let lefts: Vec<i64> = ids.iter().map(|id| after.booths[id].rect.x_mm).collect();
        assert!(lefts.windows(2).all(|w| w[0] == w[1]), "{lefts:?}");
        assert_eq!(
            arrange(&after, &ids, &[], Arrange::Left),
            None,
            "already aligned"
        );
        assert_eq!(
            arrange(&plan, &ids[..1], &[], Arrange::Left),
            None,
            "one is too few"
        );
        assert_eq!(arrange(&plan, &ids[..2], &[], Arrange::SpreadAcross), None);
    }
}
