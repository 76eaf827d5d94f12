//! Measuring the floor: the clear distance between two things, and what stands nearest a booth
//! or an obstacle on each side (another booth, an obstacle, the hall's wall).
//!
//! Exact integer geometry on the plan's rectangles; the editor's measure tool draws what these
//! functions return.

use super::Plan;
use super::geom::{self, Rect, Side, between_rect};
use super::spatial::{HallIndex, ItemKind};

/// How two rectangles stand to each other, and the free floor between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clearance {
    /// They overlap or touch: no floor between them.
    Touching,
    /// They face each other across a gap: side by side (`across_x`, the gap runs along x) or
    /// one above the other. The gap is the clear width of the passage between them.
    Facing {
        /// The clear width.
        gap_mm: i64,
        /// True when the gap runs along x (the two stand side by side).
        across_x: bool,
    },
    /// They meet only corner to corner, this far apart along each axis.
    Diagonal {
        /// Apart along x.
        dx_mm: i64,
        /// Apart along y.
        dy_mm: i64,
    },
}

impl Clearance {
    /// The shortest distance between the two, in millimetres.
    pub fn distance_mm(self) -> f64 {
        match self {
            Clearance::Touching => 0.0,
            Clearance::Facing { gap_mm, .. } => gap_mm as f64,
            Clearance::Diagonal { dx_mm, dy_mm } => (dx_mm as f64).hypot(dy_mm as f64),
        }
    }
}

/// The clear floor between two rectangles: facing as the validator sees it
/// ([`geom::facing_gap`]: sharing a stretch of x or y), else corner to corner.
pub fn clearance(a: &Rect, b: &Rect) -> Clearance {
    match geom::facing_gap(a, b) {
        Some(0) => Clearance::Touching,
        Some(gap_mm) => Clearance::Facing {
            gap_mm,
            across_x: a.y_overlap(b) > 0,
        },
        None if a.x_gap(b) == 0 && a.y_gap(b) == 0 => Clearance::Touching,
        None => Clearance::Diagonal {
            dx_mm: a.x_gap(b),
            dy_mm: a.y_gap(b),
        },
    }
}

/// What stands on the floor between two facing rectangles, so that the gap is not a clear
/// passage: booths (found in `booths`, an index of the site's booths), obstacles people cannot
/// walk through, and a wall when the floor between is not wholly inside one hall. Anything
/// with the rectangle of `a` or `b` is one of the two. Empty when the two do not face each
/// other or the floor between them is clear.
pub fn standing_between(plan: &Plan, booths: &HallIndex, a: &Rect, b: &Rect) -> Vec<ItemKind> {
    if !matches!(clearance(a, b), Clearance::Facing { .. }) {
        return Vec::new();
    }
    let floor = between_rect(a, b);
    let mut found: Vec<ItemKind> = booths
        .booths_in(&floor)
        .into_iter()
        .filter(|id| {
            plan.booths
                .get(id)
                .is_some_and(|x| x.rect.overlaps(&floor) && x.rect != *a && x.rect != *b)
        })
        .map(ItemKind::Booth)
        .collect();
    found.extend(
        plan.obstacles
            .iter()
            .filter(|(_, o)| {
                o.kind.blocks_walking() && o.rect.overlaps(&floor) && o.rect != *a && o.rect != *b
            })
            .map(|(id, o)| ItemKind::Obstacle(*id, o.kind)),
    );
    if !plan.halls.values().any(|h| h.contains(&floor)) {
        found.push(ItemKind::Wall);
    }
    found
}

/// The nearest thing on one side of a rectangle, among those straight across from it (sharing
/// a stretch of its edge's span).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Nearest {
    /// The side it is on.
    pub side: Side,
    /// The clear distance from the rectangle's edge to it.
    pub gap_mm: i64,
    /// What it is (a wall is floor outside the hall's outline).
    pub what: ItemKind,
    /// Its rectangle (for a wall, the piece of outside nearest).
    pub rect: Rect,
}

/// What stands around a rectangle.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Surroundings {
    /// The nearest booth, obstacle or wall on each side that has one, north, east, south,
    /// west. Reserved aisles are floor people walk on, so they are looked through.
    pub sides: Vec<Nearest>,
    /// The nearest wall, on whichever side.
    pub wall: Option<Nearest>,
}

/// The distance from `rect`'s edge on `side` to `other`, when `other` lies wholly beyond that
/// edge and straight across from it.
fn beyond(rect: &Rect, side: Side, other: &Rect) -> Option<i64> {
    let (gap, across) = match side {
        Side::North => (rect.y_mm - other.bottom(), rect.x_overlap(other)),
        Side::South => (other.y_mm - rect.bottom(), rect.x_overlap(other)),
        Side::West => (rect.x_mm - other.right(), rect.y_overlap(other)),
        Side::East => (other.x_mm - rect.right(), rect.y_overlap(other)),
    };
    (gap >= 0 && across > 0).then_some(gap)
}

/// The strip from `rect`'s edge on `side` to the edge of `bounds`, as wide as `rect`.
fn strip(rect: &Rect, side: Side, bounds: &Rect) -> Rect {
    let depth = match side {
        Side::North => rect.y_mm - bounds.y_mm,
        Side::South => bounds.bottom() - rect.bottom(),
        Side::West => rect.x_mm - bounds.x_mm,
        Side::East => bounds.right() - rect.right(),
    };
    rect.strip_outside(side, depth.max(0))
}

/// What stands nearest `rect` on each side in one hall's index: booths, obstacles that block
/// the floor, and the hall's walls. `own` (the measured thing itself) is skipped, and so is
/// anything overlapping `rect`.
pub fn surroundings(index: &HallIndex, rect: &Rect, own: ItemKind) -> Surroundings {
    let mut out = Surroundings::default();
    let mut found = Vec::new();
    for side in [Side::North, Side::East, Side::South, Side::West] {
        index.query(&strip(rect, side, &index.bounds), &mut found);
        let mut nearest: Option<Nearest> = None;
        let mut wall: Option<Nearest> = None;
        for item in found.iter().filter_map(|i| index.items.get(*i as usize)) {
            if item.kind == own || !item.kind.blocks_floor() || item.rect.overlaps(rect) {
                continue;
            }
            let Some(gap_mm) = beyond(rect, side, &item.rect) else {
                continue;
            };
            let candidate = Nearest {
                side,
                gap_mm,
                what: item.kind,
                rect: item.rect,
            };
            if nearest.is_none_or(|n| gap_mm < n.gap_mm) {
                nearest = Some(candidate);
            }
            if item.kind == ItemKind::Wall && wall.is_none_or(|w| gap_mm < w.gap_mm) {
                wall = Some(candidate);
            }
        }
        out.sides.extend(nearest);
        if let Some(w) = wall
            && out.wall.is_none_or(|o| w.gap_mm < o.gap_mm)
        {
            out.wall = Some(w);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::spatial::Item;
    use crate::model::{BoothId, ObstacleId, ObstacleKind};
    use proptest::prelude::*;

    #[test]
    fn clearance_names_the_passage_between_two_booths() {
        let a = Rect::new(0, 0, 3000, 3000);
        assert_eq!(
            clearance(&a, &Rect::new(6000, 1000, 3000, 3000)),
            Clearance::Facing {
                gap_mm: 3000,
                across_x: true
            }
        );
        assert_eq!(
            clearance(&a, &Rect::new(0, 5000, 3000, 3000)),
            Clearance::Facing {
                gap_mm: 2000,
                across_x: false
            }
        );
        let diagonal = clearance(&a, &Rect::new(6000, 7000, 1000, 1000));
        assert_eq!(
            diagonal,
            Clearance::Diagonal {
                dx_mm: 3000,
                dy_mm: 4000
            }
        );
        assert!((diagonal.distance_mm() - 5000.0).abs() < 1e-9);
        assert_eq!(
            clearance(&a, &Rect::new(3000, 0, 3000, 3000)),
            Clearance::Touching
        );
        // Sharing only a corner's line (y-ranges touch): corner to corner, as the validator
        // sees it, never a passage.
        assert_eq!(
            clearance(&a, &Rect::new(6000, 3000, 3000, 3000)),
            Clearance::Diagonal {
                dx_mm: 3000,
                dy_mm: 0
            }
        );
    }

    fn hall_index(items: Vec<Item>) -> HallIndex {
        HallIndex::new(Rect::new(-1000, -1000, 22_000, 12_000), items)
    }

    fn booth(id: u32, rect: Rect) -> Item {
        Item {
            kind: ItemKind::Booth(BoothId(id)),
            rect,
        }
    }

    #[test]
    fn surroundings_find_the_neighbour_the_pillar_and_the_wall() {
        // A 20 × 10 m hall at the origin: walls are the floor outside it.
        let walls = [
            Rect::new(-1000, -1000, 22_000, 1000),
            Rect::new(-1000, 10_000, 22_000, 1000),
            Rect::new(-1000, 0, 1000, 10_000),
            Rect::new(20_000, 0, 1000, 10_000),
        ];
        let me = Rect::new(2000, 3000, 3000, 3000);
        let mut items: Vec<Item> = walls
            .iter()
            .map(|r| Item {
                kind: ItemKind::Wall,
                rect: *r,
            })
            .collect();
        items.push(booth(1, me));
        items.push(booth(2, Rect::new(8000, 2000, 3000, 3000)));
        items.push(Item {
            kind: ItemKind::Obstacle(ObstacleId(1), ObstacleKind::Pillar),
            rect: Rect::new(3000, 7500, 600, 600),
        });
        // A reserved aisle north of the booth is floor: looked through.
        items.push(Item {
            kind: ItemKind::Obstacle(ObstacleId(2), ObstacleKind::ReservedAisle),
            rect: Rect::new(2000, 1000, 3000, 1000),
        });
        let s = surroundings(&hall_index(items), &me, ItemKind::Booth(BoothId(1)));
        let by_side = |side| s.sides.iter().find(|n| n.side == side).copied();
        let east = by_side(Side::East).expect("a booth east");
        assert_eq!(
            (east.gap_mm, east.what),
            (3000, ItemKind::Booth(BoothId(2)))
        );
        let south = by_side(Side::South).expect("a pillar south");
        assert_eq!(south.gap_mm, 1500);
        let north = by_side(Side::North).expect("the wall north");
        assert_eq!((north.gap_mm, north.what), (3000, ItemKind::Wall));
        let west = by_side(Side::West).expect("the wall west");
        assert_eq!((west.gap_mm, west.what), (2000, ItemKind::Wall));
        let wall = s.wall.expect("walls around");
        assert_eq!((wall.side, wall.gap_mm), (Side::West, 2000));
    }

    #[test]
    fn a_booth_an_obstacle_or_a_wall_between_two_booths_is_named() {
        use crate::model::{Booth, Hall, HallId, Obstacle};
        let mut plan = Plan::default();
        plan.halls.insert(
            HallId(1),
            Hall {
                name: "Hall 1".into(),
                code: "A".into(),
                outline: vec![Rect::new(0, 0, 20_000, 10_000)],
            },
        );
        let add = |plan: &mut Plan, id: u32, rect: Rect| {
            plan.booths.insert(
                BoothId(id),
                Booth {
                    number: format!("A-{id}"),
                    hall: HallId(1),
                    rect,
                    status: crate::model::BoothStatus::Available,
                    price_override_minor: None,
                    exhibitor: None,
                },
            );
        };
        let a = Rect::new(1000, 1000, 3000, 3000);
        let c = Rect::new(10_000, 1000, 3000, 3000);
        add(&mut plan, 1, a);
        add(&mut plan, 2, c);
        let index = crate::model::spatial::booth_index(&plan);
        assert!(standing_between(&plan, &index, &a, &c).is_empty(), "clear");
        add(&mut plan, 3, Rect::new(6000, 3500, 1000, 1000));
        let index = crate::model::spatial::booth_index(&plan);
        assert_eq!(
            standing_between(&plan, &index, &a, &c),
            [ItemKind::Booth(BoothId(3))]
        );
        plan.obstacles.insert(
            ObstacleId(1),
            Obstacle {
                hall: HallId(1),
                kind: ObstacleKind::Pillar,
                rect: Rect::new(5000, 1000, 500, 500),
                label: String::new(),
            },
        );
        assert_eq!(standing_between(&plan, &index, &a, &c).len(), 2);
        // Across the outside to a booth drawn beyond the hall's wall.
        let outside = Rect::new(25_000, 1000, 3000, 3000);
        assert!(standing_between(&plan, &index, &c, &outside).contains(&ItemKind::Wall));
    }

    fn rect_strategy() -> impl Strategy<Value = Rect> {
        (0i64..40, 0i64..40, 1i64..8, 1i64..8)
            .prop_map(|(x, y, w, d)| Rect::new(x * 500, y * 500, w * 500, d * 500))
    }

    proptest! {
        /// Against a brute force over every item: the nearest thing on each side is found,
        /// with its exact gap, whatever the index's cells hold.
        #[test]
        fn surroundings_agree_with_brute_force(
            me in rect_strategy(),
            others in proptest::collection::vec(rect_strategy(), 0..30),
        ) {
            let mut items = vec![booth(0, me)];
            items.extend(others.iter().enumerate().map(|(i, r)| booth(i as u32 + 1, *r)));
            let index = HallIndex::new(Rect::new(0, 0, 25_000, 25_000), items.clone());
            let s = surroundings(&index, &me, ItemKind::Booth(BoothId(0)));
            for side in [Side::North, Side::East, Side::South, Side::West] {
                // Written out per side, independently of `beyond`.
                let expected = items
                    .iter()
                    .skip(1)
                    .map(|i| i.rect)
                    .filter(|o| !o.overlaps(&me))
                    .filter_map(|o| {
                        let spans_x = o.x_mm < me.right() && me.x_mm < o.right();
                        let spans_y = o.y_mm < me.bottom() && me.y_mm < o.bottom();
                        match side {
                            Side::North if spans_x && o.bottom() <= me.y_mm => {
                                Some(me.y_mm - o.bottom())
                            }
                            Side::South if spans_x && o.y_mm >= me.bottom() => {
                                Some(o.y_mm - me.bottom())
                            }
                            Side::West if spans_y && o.right() <= me.x_mm => {
                                Some(me.x_mm - o.right())
                            }
                            Side::East if spans_y && o.x_mm >= me.right() => {
                                Some(o.x_mm - me.right())
                            }
                            _ => None,
                        }
                    })
                    .min();
                let got = s.sides.iter().find(|n| n.side == side).map(|n| n.gap_mm);
                prop_assert_eq!(got, expected, "side {:?}", side);
            }
        }
    }
}
