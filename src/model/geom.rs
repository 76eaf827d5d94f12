//! Exact integer geometry in millimetres.
//!
//! Site coordinates: `x` grows to the east (right on screen), `y` grows to the south (down on
//! screen). Every position and size is an `i64` number of millimetres; areas are `i128` square
//! millimetres so that no product of two lengths can overflow. Arithmetic saturates instead of
//! wrapping, so arbitrary (even absurd) plans never panic.

use serde::{Deserialize, Serialize};

/// Square millimetres in one square metre.
pub const MM2_PER_M2: i128 = 1_000_000;

/// A point on the site, in millimetres.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// East–west position.
    pub x_mm: i64,
    /// North–south position (grows to the south).
    pub y_mm: i64,
}

impl Point {
    /// A point from its coordinates.
    pub const fn new(x_mm: i64, y_mm: i64) -> Self {
        Self { x_mm, y_mm }
    }
}

/// An axis-aligned rectangle: the half-open box `[x, x + w) × [y, y + d)`.
///
/// A rectangle whose width or depth is zero or negative is empty: it covers nothing.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Rect {
    /// West edge.
    pub x_mm: i64,
    /// North edge.
    pub y_mm: i64,
    /// Width, east–west.
    pub w_mm: i64,
    /// Depth, north–south.
    pub d_mm: i64,
}

impl Rect {
    /// A rectangle from its north-west corner and size.
    pub const fn new(x_mm: i64, y_mm: i64, w_mm: i64, d_mm: i64) -> Self {
        Self {
            x_mm,
            y_mm,
            w_mm,
            d_mm,
        }
    }

    /// A rectangle from its two edges on each axis (`x0 ≤ x1`, `y0 ≤ y1` for a non-empty one).
    #[must_use]
    pub fn from_edges(x0: i64, y0: i64, x1: i64, y1: i64) -> Self {
        Self::new(x0, y0, x1.saturating_sub(x0), y1.saturating_sub(y0))
    }

    /// East edge (exclusive).
    pub fn right(&self) -> i64 {
        self.x_mm.saturating_add(self.w_mm.max(0))
    }

    /// South edge (exclusive).
    pub fn bottom(&self) -> i64 {
        self.y_mm.saturating_add(self.d_mm.max(0))
    }

    /// True when the rectangle covers no area.
    pub fn is_empty(&self) -> bool {
        self.w_mm <= 0 || self.d_mm <= 0
    }

    /// Area in square millimetres (0 for an empty rectangle).
    pub fn area_mm2(&self) -> i128 {
        if self.is_empty() {
            0
        } else {
            (i128::from(self.right()) - i128::from(self.x_mm))
                * (i128::from(self.bottom()) - i128::from(self.y_mm))
        }
    }

    /// The common part of two rectangles, if it has positive area.
    pub fn intersection(&self, other: &Rect) -> Option<Rect> {
        let x0 = self.x_mm.max(other.x_mm);
        let y0 = self.y_mm.max(other.y_mm);
        let x1 = self.right().min(other.right());
        let y1 = self.bottom().min(other.bottom());
        (x0 < x1 && y0 < y1 && !self.is_empty() && !other.is_empty())
            .then(|| Rect::from_edges(x0, y0, x1, y1))
    }

    /// Area of the common part, in square millimetres.
    pub fn overlap_area_mm2(&self, other: &Rect) -> i128 {
        self.intersection(other).map_or(0, |r| r.area_mm2())
    }

    /// True when the two rectangles share positive area.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.intersection(other).is_some()
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains_rect(&self, other: &Rect) -> bool {
        other.x_mm >= self.x_mm
            && other.y_mm >= self.y_mm
            && other.right() <= self.right()
            && other.bottom() <= self.bottom()
    }

    /// True when the point lies in the half-open box.
    pub fn contains_point(&self, p: Point) -> bool {
        p.x_mm >= self.x_mm
            && p.x_mm < self.right()
            && p.y_mm >= self.y_mm
            && p.y_mm < self.bottom()
    }

    /// The rectangle grown by `by_mm` on every side.
    #[must_use]
    pub fn expanded(&self, by_mm: i64) -> Rect {
        Rect::from_edges(
            self.x_mm.saturating_sub(by_mm),
            self.y_mm.saturating_sub(by_mm),
            self.right().saturating_add(by_mm),
            self.bottom().saturating_add(by_mm),
        )
    }

    /// The rectangle moved by `(dx, dy)`.
    #[must_use]
    pub fn translated(&self, dx_mm: i64, dy_mm: i64) -> Rect {
        Rect::new(
            self.x_mm.saturating_add(dx_mm),
            self.y_mm.saturating_add(dy_mm),
            self.w_mm,
            self.d_mm,
        )
    }

    /// Length of the common part of the two x-intervals (0 when they only touch or are apart).
    pub fn x_overlap(&self, other: &Rect) -> i64 {
        self.right()
            .min(other.right())
            .saturating_sub(self.x_mm.max(other.x_mm))
            .max(0)
    }

    /// Length of the common part of the two y-intervals.
    pub fn y_overlap(&self, other: &Rect) -> i64 {
        self.bottom()
            .min(other.bottom())
            .saturating_sub(self.y_mm.max(other.y_mm))
            .max(0)
    }

    /// Free distance between the two rectangles along x (0 when they touch or overlap in x).
    pub fn x_gap(&self, other: &Rect) -> i64 {
        (other.x_mm.saturating_sub(self.right()))
            .max(self.x_mm.saturating_sub(other.right()))
            .max(0)
    }

    /// Free distance between the two rectangles along y.
    pub fn y_gap(&self, other: &Rect) -> i64 {
        (other.y_mm.saturating_sub(self.bottom()))
            .max(self.y_mm.saturating_sub(other.bottom()))
            .max(0)
    }

    /// Centre point, rounded towards the north-west.
    pub fn centre(&self) -> Point {
        Point::new(
            self.x_mm.saturating_add(self.w_mm.max(0) / 2),
            self.y_mm.saturating_add(self.d_mm.max(0) / 2),
        )
    }

    /// The smallest rectangle that holds both (empty inputs are ignored).
    #[must_use]
    pub fn union_bounds(&self, other: &Rect) -> Rect {
        if self.is_empty() {
            return *other;
        }
        if other.is_empty() {
            return *self;
        }
        Rect::from_edges(
            self.x_mm.min(other.x_mm),
            self.y_mm.min(other.y_mm),
            self.right().max(other.right()),
            self.bottom().max(other.bottom()),
        )
    }

    /// The strip of depth `depth_mm` directly outside one side of the rectangle.
    #[must_use]
    pub fn strip_outside(&self, side: Side, depth_mm: i64) -> Rect {
        match side {
            Side::North => Rect::from_edges(
                self.x_mm,
                self.y_mm.saturating_sub(depth_mm),
                self.right(),
                self.y_mm,
            ),
            Side::South => Rect::from_edges(
                self.x_mm,
                self.bottom(),
                self.right(),
                self.bottom().saturating_add(depth_mm),
            ),
            Side::West => Rect::from_edges(
                self.x_mm.saturating_sub(depth_mm),
                self.y_mm,
                self.x_mm,
                self.bottom(),
            ),
            Side::East => Rect::from_edges(
                self.right(),
                self.y_mm,
                self.right().saturating_add(depth_mm),
                self.bottom(),
            ),
        }
    }

    /// The same rectangle with width and depth swapped, about its north-west corner.
    #[must_use]
    pub fn rotated(&self) -> Rect {
        Rect::new(self.x_mm, self.y_mm, self.d_mm, self.w_mm)
    }
}

/// One of the four sides of a rectangle (or walls of a hall).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Side {
    /// Towards smaller `y`.
    North,
    /// Towards larger `x`.
    East,
    /// Towards larger `y`.
    South,
    /// Towards smaller `x`.
    West,
}

impl Side {
    /// All four sides, clockwise from north.
    pub const ALL: [Side; 4] = [Side::North, Side::East, Side::South, Side::West];

    /// The side facing the other way.
    #[must_use]
    pub fn opposite(self) -> Side {
        match self {
            Side::North => Side::South,
            Side::East => Side::West,
            Side::South => Side::North,
            Side::West => Side::East,
        }
    }

    /// A lower-case English name ("north").
    pub fn name(self) -> &'static str {
        match self {
            Side::North => "north",
            Side::East => "east",
            Side::South => "south",
            Side::West => "west",
        }
    }
}

/// The gap between two rectangles that face each other (share a stretch of x or y), or
/// `None` when they only meet diagonally.
pub fn facing_gap(a: &Rect, b: &Rect) -> Option<i64> {
    if a.y_overlap(b) > 0 {
        Some(a.x_gap(b))
    } else if a.x_overlap(b) > 0 {
        Some(a.y_gap(b))
    } else {
        None
    }
}

/// The floor between two facing rectangles (empty when they touch or overlap).
pub fn between_rect(a: &Rect, b: &Rect) -> Rect {
    if a.y_overlap(b) > 0 {
        let (x0, x1) = if a.right() <= b.x_mm {
            (a.right(), b.x_mm)
        } else {
            (b.right(), a.x_mm)
        };
        Rect::from_edges(x0, a.y_mm.max(b.y_mm), x1, a.bottom().min(b.bottom()))
    } else {
        let (y0, y1) = if a.bottom() <= b.y_mm {
            (a.bottom(), b.y_mm)
        } else {
            (b.bottom(), a.y_mm)
        };
        Rect::from_edges(a.x_mm.max(b.x_mm), y0, a.right().min(b.right()), y1)
    }
}

/// Area of the part of `r` covered by the union of `cover` (rectangles may overlap each other).
///
/// Coordinate compression over the (few) covering rectangles: fine for hall outlines and
/// zone areas, which hold a handful of rectangles.
pub fn covered_area_mm2(r: &Rect, cover: &[Rect]) -> i128 {
    let clipped: Vec<Rect> = cover.iter().filter_map(|c| c.intersection(r)).collect();
    if clipped.is_empty() {
        return 0;
    }
    let mut xs: Vec<i64> = clipped.iter().flat_map(|c| [c.x_mm, c.right()]).collect();
    let mut ys: Vec<i64> = clipped.iter().flat_map(|c| [c.y_mm, c.bottom()]).collect();
    xs.sort_unstable();
    xs.dedup();
    ys.sort_unstable();
    ys.dedup();
    let mut total = 0i128;
    for xw in xs.windows(2) {
        for yw in ys.windows(2) {
            let cell = Rect::from_edges(xw[0], yw[0], xw[1], yw[1]);
            if clipped.iter().any(|c| c.contains_rect(&cell)) {
                total = total.saturating_add(cell.area_mm2());
            }
        }
    }
    total
}

/// The parts of `bounds` not covered by any of `cover`, as disjoint rectangles.
///
/// Used to turn a hall outline (a union of rectangles) into "wall" rectangles around it.
pub fn complement_within(bounds: &Rect, cover: &[Rect]) -> Vec<Rect> {
    let clipped: Vec<Rect> = cover
        .iter()
        .filter_map(|c| c.intersection(bounds))
        .collect();
    let mut xs: Vec<i64> = vec![bounds.x_mm, bounds.right()];
    let mut ys: Vec<i64> = vec![bounds.y_mm, bounds.bottom()];
    for c in &clipped {
        xs.extend([c.x_mm, c.right()]);
        ys.extend([c.y_mm, c.bottom()]);
    }
    xs.sort_unstable();
    xs.dedup();
    ys.sort_unstable();
    ys.dedup();
    let mut out = Vec::new();
    for yw in ys.windows(2) {
        // Merge runs of uncovered cells along x so walls stay few.
        let mut run: Option<(i64, i64)> = None;
        for xw in xs.windows(2) {
            let cell = Rect::from_edges(xw[0], yw[0], xw[1], yw[1]);
            let covered = clipped.iter().any(|c| c.contains_rect(&cell));
            match (covered, run) {
                (false, None) => run = Some((xw[0], xw[1])),
                (false, Some((a, _))) => run = Some((a, xw[1])),
                (true, Some((a, b))) => {
                    out.push(Rect::from_edges(a, yw[0], b, yw[1]));
                    run = None;
                }
                (true, None) => {}
            }
        }
        if let Some((a, b)) = run {
            out.push(Rect::from_edges(a, yw[0], b, yw[1]));
        }
    }
    out
}

/// Coordinates beyond this (in millimetres) are out of range for measuring.
pub const MAX_COORD_MM: i64 = 1_000_000_000;

/// True when a rectangle is small enough and near enough to measure exactly.
pub fn in_range(r: &Rect) -> bool {
    let ok = |v: i64| v.unsigned_abs() <= MAX_COORD_MM as u64;
    ok(r.x_mm) && ok(r.y_mm) && ok(r.w_mm) && ok(r.d_mm)
}

/// Euclidean distance from point `p` to the segment `a`–`b` (any units).
pub fn point_segment_distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (vx, vy) = (b.0 - a.0, b.1 - a.1);
    let len2 = vx * vx + vy * vy;
    let t = if len2 > 0.0 {
        (((p.0 - a.0) * vx + (p.1 - a.1) * vy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (dx, dy) = (p.0 - a.0 - t * vx, p.1 - a.1 - t * vy);
    // Not `hypot`: these coordinates are far from overflow, and it is ten times slower.
    (dx * dx + dy * dy).sqrt()
}

/// Square millimetres as square metres, for display.
pub fn m2(area_mm2: i128) -> f64 {
    area_mm2 as f64 / MM2_PER_M2 as f64
}

/// Millimetres as metres, for display.
pub fn m(len_mm: i64) -> f64 {
    len_mm as f64 / 1000.0
}

/// A length in metres for people: "3 m", "2.5 m", "3.048 m".
pub fn fmt_m(len_mm: i64) -> String {
    format!("{} m", plain_number(m(len_mm)))
}

/// A number as people type it back and a spreadsheet reads it in any locale: up to three
/// decimals, no trailing zeros, no grouping, a point ("12", "12.5", "0.125").
pub fn plain_number(v: f64) -> String {
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// An area in square metres for people: "9 m²", "1.5 m²".
pub fn fmt_m2(area_mm2: i128) -> String {
    let s = format!("{:.2}", m2(area_mm2));
    let s = s.trim_end_matches('0').trim_end_matches('.');
    format!("{s} m²")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intersection_needs_positive_area() {
        let a = Rect::new(0, 0, 3000, 3000);
        let touching = Rect::new(3000, 0, 3000, 3000);
        let overlapping = Rect::new(2000, 1000, 3000, 3000);
        assert_eq!(a.intersection(&touching), None);
        assert_eq!(a.overlap_area_mm2(&overlapping), 1000 * 2000);
    }

    #[test]
    fn gaps_and_overlaps() {
        let a = Rect::new(0, 0, 3000, 3000);
        let b = Rect::new(5000, 1000, 3000, 3000);
        assert_eq!(a.x_gap(&b), 2000);
        assert_eq!(b.x_gap(&a), 2000);
        assert_eq!(a.y_overlap(&b), 2000);
        assert_eq!(a.y_gap(&b), 0);
    }

    #[test]
    fn complement_of_an_l_shape() {
        let bounds = Rect::new(0, 0, 10, 10);
        let cover = [Rect::new(0, 0, 10, 5), Rect::new(0, 5, 5, 5)];
        let walls = complement_within(&bounds, &cover);
        assert_eq!(walls, vec![Rect::new(5, 5, 5, 5)]);
        assert_eq!(covered_area_mm2(&bounds, &cover), 75);
    }

    #[test]
    fn formatting() {
        assert_eq!(fmt_m(3000), "3 m");
        assert_eq!(fmt_m(3048), "3.048 m");
        assert_eq!(fmt_m2(1_500_000), "1.5 m²");
    }

    #[test]
    fn absurd_sizes_saturate() {
        let a = Rect::new(i64::MAX - 5, 0, i64::MAX, 10);
        assert_eq!(a.right(), i64::MAX);
        assert!(a.area_mm2() > 0);
        let neg = Rect::new(0, 0, -5, 10);
        assert!(neg.is_empty());
        assert_eq!(neg.area_mm2(), 0);
    }
}
