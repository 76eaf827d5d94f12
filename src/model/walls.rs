//! Walls: the outline of a hall's floor (the union of its wings) and doors in it.

use super::geom;
use super::{Exit, Hall, Point, Side};

impl Hall {
    /// The outside walls: every stretch of a wing's edge with no floor of the hall beyond it.
    /// Seams between wings are not walls; a hall of two rectangles has the outline of their
    /// union.
    pub fn outer_edges(&self) -> Vec<Edge> {
        let mut edges = Vec::new();
        // A rectangle with no area covers no floor and bounds none.
        for r in self.outline.iter().filter(|r| !r.is_empty()) {
            for side in [Side::North, Side::East, Side::South, Side::West] {
                let horizontal = matches!(side, Side::North | Side::South);
                let (line, start, end) = match side {
                    Side::North => (r.y_mm, r.x_mm, r.right()),
                    Side::South => (r.bottom(), r.x_mm, r.right()),
                    Side::West => (r.x_mm, r.y_mm, r.bottom()),
                    Side::East => (r.right(), r.y_mm, r.bottom()),
                };
                // The row (or column) of floor just beyond the edge.
                let outside = match side {
                    Side::North | Side::West => line - 1,
                    Side::South | Side::East => line,
                };
                let mut stretches = vec![(start, end)];
                for other in self.outline.iter().filter(|r| !r.is_empty()) {
                    let (lo, hi, across_lo, across_hi) = if horizontal {
                        (other.y_mm, other.bottom(), other.x_mm, other.right())
                    } else {
                        (other.x_mm, other.right(), other.y_mm, other.bottom())
                    };
                    if !(lo <= outside && outside < hi) {
                        continue;
                    }
                    stretches = stretches
                        .into_iter()
                        .flat_map(|(a, b)| {
                            if across_hi <= a || b <= across_lo {
                                [Some((a, b)), None]
                            } else {
                                [Some((a, across_lo.max(a))), Some((across_hi.min(b), b))]
                            }
                        })
                        .flatten()
                        .filter(|(a, b)| b > a)
                        .collect();
                }
                edges.extend(stretches.into_iter().map(|(from_mm, to_mm)| Edge {
                    side,
                    line_mm: line,
                    from_mm,
                    to_mm,
                }));
            }
        }
        // Pieces of one wall from two wings (two wings flush along their north side) are one
        // wall: a door may stand across where they meet.
        edges.sort_by_key(|e| (e.side, e.line_mm, e.from_mm, e.to_mm));
        let mut merged: Vec<Edge> = Vec::with_capacity(edges.len());
        for e in edges {
            match merged.last_mut() {
                Some(last)
                    if last.side == e.side
                        && last.line_mm == e.line_mm
                        && e.from_mm <= last.to_mm =>
                {
                    last.to_mm = last.to_mm.max(e.to_mm);
                }
                _ => merged.push(e),
            }
        }
        merged
    }
}

/// A stretch of outside wall: on the `side` of the hall's floor, along the line `line_mm` (a y
/// for a north or south wall, an x for a west or east one), from `from_mm` to `to_mm` along it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    /// Which side of the floor the wall bounds.
    pub side: Side,
    /// Where the wall line is across.
    pub line_mm: i64,
    /// Where the stretch starts along the line.
    pub from_mm: i64,
    /// Where it ends along the line.
    pub to_mm: i64,
}

impl Edge {
    /// Its two ends as plan points.
    pub fn ends(&self) -> (Point, Point) {
        match self.side {
            Side::North | Side::South => (
                Point::new(self.from_mm, self.line_mm),
                Point::new(self.to_mm, self.line_mm),
            ),
            Side::West | Side::East => (
                Point::new(self.line_mm, self.from_mm),
                Point::new(self.line_mm, self.to_mm),
            ),
        }
    }
}

impl Exit {
    /// True when the whole door opening has the hall's floor on its inner side and none on its
    /// outer side: it is in an outside wall, not on a seam between two wings, not past a
    /// corner.
    pub fn is_on_wall(&self, hall: &Hall) -> bool {
        let door = self.zone(1);
        if !geom::in_range(&door) {
            return false;
        }
        let outside = match self.wall {
            Side::North => door.translated(0, -1),
            Side::South => door.translated(0, 1),
            Side::West => door.translated(-1, 0),
            Side::East => door.translated(1, 0),
        };
        hall.contains(&door) && geom::covered_area_mm2(&outside, &hall.outline) == 0
    }

    /// The door's centre moved along its wall to the place nearest `want_mm` (an x for a north
    /// or south wall, a y for a west or east one) where the whole door is in an outside wall of
    /// `hall`; `None` when there is no such place on that wall line.
    pub fn slid_along_wall(&self, hall: &Hall, want_mm: i64) -> Option<Point> {
        let half = self.width_mm.max(0) / 2;
        let rest = self.width_mm.max(0) - half;
        let horizontal = matches!(self.wall, Side::North | Side::South);
        let line = if horizontal {
            self.at.y_mm
        } else {
            self.at.x_mm
        };
        // The wanted place, and it clamped into each stretch of outside wall on this line
        // long enough for the door.
        let mut candidates = vec![want_mm];
        candidates.extend(
            hall.outer_edges()
                .into_iter()
                .filter(|e| {
                    e.side == self.wall && e.line_mm == line && e.to_mm - e.from_mm >= self.width_mm
                })
                .map(|e| want_mm.clamp(e.from_mm + half, e.to_mm - rest)),
        );
        candidates.sort_by_key(|c| (c.abs_diff(want_mm), *c));
        candidates.into_iter().find_map(|c| {
            let at = if horizontal {
                Point::new(c, line)
            } else {
                Point::new(line, c)
            };
            let moved = Exit { at, ..self.clone() };
            moved.is_on_wall(hall).then_some(at)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rect;

    #[test]
    fn the_outer_edges_of_two_wings_are_the_outline_of_their_union() {
        // An L: 40 × 30 m and, east of it, 20 × 10 m along its north wall.
        let hall = Hall {
            name: "L".into(),
            code: "L".into(),
            outline: vec![
                Rect::new(0, 0, 40_000, 30_000),
                Rect::new(40_000, 0, 20_000, 10_000),
            ],
        };
        let edges = hall.outer_edges();
        let length: i64 = edges.iter().map(|e| e.to_mm - e.from_mm).sum();
        // The union's perimeter: 60 + 10 + 20 + 20 + 40 + 30 m.
        assert_eq!(length, 180_000);
        // No wall along the seam x = 40 m between y 0 and 10 m; a wall below it.
        let east_at_40: Vec<_> = edges
            .iter()
            .filter(|e| e.side == Side::East && e.line_mm == 40_000)
            .map(|e| (e.from_mm, e.to_mm))
            .collect();
        assert_eq!(east_at_40, vec![(10_000, 30_000)]);
        // A rectangle inside another adds no wall.
        let nested = Hall {
            outline: vec![
                Rect::new(0, 0, 10_000, 10_000),
                Rect::new(2_000, 2_000, 1_000, 1_000),
            ],
            ..hall
        };
        let length: i64 = nested
            .outer_edges()
            .iter()
            .map(|e| e.to_mm - e.from_mm)
            .sum();
        assert_eq!(length, 40_000);
    }
}
