//! Issue 8: validation you can trust with fire safety. Each case that was seen, now right, with
//! its near miss; then property tests against independent references.

#[path = "../common/mod.rs"]
mod common;

use boothplan::model::{Hall, HallId, ObstacleKind, Plan, Point, Rect, Side};
use boothplan::validate::{Rule, validate, walking_distances};
use common::*;

/// Hall 1 (40 × 30 m, exit in the north wall) split by a stage wall at y = 15–16 m with one
/// opening `[x, x + gap)`; one booth in the southern half, reachable only through the opening.
fn split(x: i64, gap: i64) -> Plan {
    let mut p = hall_plan();
    add_obstacle(&mut p, ObstacleKind::Stage, Rect::new(0, 15 * M, x, M));
    add_obstacle(
        &mut p,
        ObstacleKind::Stage,
        Rect::new(x + gap, 15 * M, 40 * M - x - gap, M),
    );
    add_booth(&mut p, "S-1", 18 * M, 23 * M, 3 * M, 3 * M);
    p
}

fn reachable(p: &Plan) -> bool {
    !validate(p).has(Rule::ExitUnreachable)
}

#[test]
fn a_pillar_in_a_passage_narrows_it() {
    // Before: a 4 m opening is walkable.
    let mut p = split(18 * M, 4 * M);
    assert!(reachable(&p));
    // Action: an 800 mm column in its middle leaves 1.6 m either side.
    add_obstacle(
        &mut p,
        ObstacleKind::Pillar,
        Rect::new(19_600, 15_100, 800, 800),
    );
    // After: no 3 m route is left.
    assert!(!reachable(&p), "{:#?}", validate(&p).findings);
}

#[test]
fn a_pillar_leaving_exactly_the_minimum_passes_and_one_millimetre_less_fails() {
    for offset in [0, 137, 500, 733] {
        let x = 17 * M + offset;
        // Opening 4.8 m, pillar at its west end leaves 3.0 m (passes) or 2.999 m (fails).
        let mut ok = split(x, 4800);
        add_obstacle(
            &mut ok,
            ObstacleKind::Pillar,
            Rect::new(x + 1000, 15_100, 800, 800),
        );
        assert!(reachable(&ok), "offset {offset}: 3 m clear must pass");
        let mut narrow = split(x, 4800);
        add_obstacle(
            &mut narrow,
            ObstacleKind::Pillar,
            Rect::new(x + 1001, 15_100, 800, 800),
        );
        assert!(!reachable(&narrow), "offset {offset}: 2.999 m must fail");
    }
}

#[test]
fn narrow_passages_never_pass_whatever_the_grid_or_offset() {
    for grid in [250, 1000, 2000, 5000] {
        for offset in [0, 1, 137, 499, 500, 999] {
            for gap in [500, 1200, 2100, 2500, 2999] {
                let mut p = split(17 * M + offset, gap);
                p.rules.walk_grid_mm = grid;
                assert!(
                    !reachable(&p),
                    "grid {grid}, offset {offset}: a {gap} mm gap passed"
                );
            }
            for gap in [3000, 3050] {
                let mut p = split(17 * M + offset, gap);
                p.rules.walk_grid_mm = grid;
                assert!(
                    reachable(&p),
                    "grid {grid}, offset {offset}: a {gap} mm gap failed"
                );
            }
        }
    }
}

#[test]
fn a_smaller_minimum_aisle_still_refuses_a_narrower_gap() {
    let mut p = split(17_300, 1200);
    p.rules.min_aisle_mm = 2400;
    assert!(!reachable(&p));
    let mut p = split(17_300, 2400);
    p.rules.min_aisle_mm = 2400;
    assert!(reachable(&p));
}

#[test]
fn a_huge_hall_does_not_let_a_slot_through() {
    // 5 km × 3 km: far beyond the cell budget at 1 m.
    let mut p = split(17 * M, 500);
    p.halls.get_mut(&HALL).expect("hall").outline = vec![Rect::new(0, 0, 5_000_000, 3_000_000)];
    // Close the rest of the split wall across the huge hall.
    add_obstacle(
        &mut p,
        ObstacleKind::Stage,
        Rect::new(40 * M, 15 * M, 5_000_000 - 40 * M, M),
    );
    p.rules.max_travel_mm = 100_000_000;
    assert!(!reachable(&p));
}

#[test]
fn narrow_doors_are_destinations() {
    for (width, grid) in [
        (900, 1000),
        (900, 5000),
        (1800, 2000),
        (1800, 4000),
        (1, 1000),
    ] {
        for offset in [0, 250, 333] {
            let mut p = hall_plan();
            p.rules.walk_grid_mm = grid;
            set_door(&mut p, 20 * M + offset, width);
            add_booth(&mut p, "A-1", 10 * M, 10 * M, 3 * M, 3 * M);
            let report = validate(&p);
            assert!(
                !report.has(Rule::ExitUnreachable),
                "door {width} mm, grid {grid}, offset {offset}: {:#?}",
                report.findings
            );
        }
    }
}

/// A 100 × 100 m hall with a 2.4 m door at x = 2 m on the north wall, and one booth whose
/// north-west corner is `dist` mm from the door's east jamb along the diagonal.
fn diagonal(dist_mm: f64) -> Plan {
    let mut p = Plan::default();
    p.halls.insert(
        HALL,
        Hall {
            name: "Hall 1".into(),
            code: "A".into(),
            outline: vec![Rect::new(0, 0, 100 * M, 100 * M)],
        },
    );
    add_exit(&mut p, Side::North, Point::new(2 * M, 0));
    let d = (dist_mm / std::f64::consts::SQRT_2).round() as i64;
    add_booth(&mut p, "D-1", 3200 + d, d, 3 * M, 3 * M);
    p
}

#[test]
fn diagonal_walks_are_not_overestimated() {
    let p = diagonal(58_500.0);
    let report = validate(&p);
    assert!(!report.has(Rule::TravelDistance), "{:#?}", report.findings);
    let d = walking_distances(&p)[&boothplan::model::BoothId(1)].expect("reachable");
    assert!((58_500.0..=59_000.0).contains(&d), "{d}");
    // Near miss: 61.7 m in a straight line is over the 61 m limit.
    let report = validate(&diagonal(61_700.0));
    let f = report
        .of_rule(Rule::TravelDistance)
        .next()
        .expect("over the limit");
    let shown: f64 = f
        .message
        .split(" is a ")
        .nth(1)
        .and_then(|t| t.split(" m walk").next())
        .and_then(|t| t.parse().ok())
        .expect("a figure");
    assert!(
        (61.7..=62.2).contains(&shown),
        "within 0.5 m: {}",
        f.message
    );
}

#[test]
fn an_aisle_filled_by_another_booth_is_no_aisle() {
    // A-1 | A-2 | A-3 touching in a row, A-2 only 2 m wide.
    let mut p = hall_plan();
    add_booth(&mut p, "A-1", 10 * M, 10 * M, 3 * M, 3 * M);
    add_booth(&mut p, "A-2", 13 * M, 10 * M, 2 * M, 3 * M);
    add_booth(&mut p, "A-3", 15 * M, 10 * M, 3 * M, 3 * M);
    assert!(!validate(&p).has(Rule::AisleTooNarrow));
    // Near miss: without A-2 the 2 m gap is a pinched aisle.
    p.booths.remove(&boothplan::model::BoothId(2));
    assert!(validate(&p).has(Rule::AisleTooNarrow));
}

#[test]
fn a_row_of_narrow_booths_is_not_a_row_of_aisles() {
    let mut p = hall_plan();
    for i in 0..8 {
        add_booth(
            &mut p,
            &format!("R-{i}"),
            5 * M + i * 2500,
            10 * M,
            2500,
            3 * M,
        );
    }
    assert!(!validate(&p).has(Rule::AisleTooNarrow));
}

#[test]
fn a_booth_flush_with_the_wall_makes_no_aisle_for_its_neighbour() {
    let mut p = hall_plan();
    add_booth(&mut p, "W-1", 0, 10 * M, 2 * M, 3 * M);
    add_booth(&mut p, "W-2", 2 * M, 10 * M, 3 * M, 3 * M);
    assert!(!validate(&p).has(Rule::AisleTooNarrow));
    // Near miss: with the wall booth gone, W-2 is 2 m from the wall.
    p.booths.remove(&boothplan::model::BoothId(1));
    assert!(validate(&p).has(Rule::AisleTooNarrow));
}

#[test]
fn a_partly_filled_gap_is_still_pinched() {
    let mut p = hall_plan();
    add_booth(&mut p, "A-1", 10 * M, 10 * M, 3 * M, 6 * M);
    add_booth(&mut p, "A-3", 15 * M, 10 * M, 3 * M, 6 * M);
    // A 2 × 3 m booth fills only half of the 2 m × 6 m gap.
    add_booth(&mut p, "A-2", 13 * M, 10 * M, 2 * M, 3 * M);
    assert!(validate(&p).has(Rule::AisleTooNarrow));
}

#[test]
fn booths_outside_their_hall_still_overlap() {
    let mut p = hall_plan();
    add_booth(&mut p, "X-1", -9 * M, 10 * M, 3 * M, 3 * M);
    add_booth(&mut p, "X-2", -8 * M, 11 * M, 3 * M, 3 * M);
    let report = validate(&p);
    assert!(report.has(Rule::BoothOverlap), "{:#?}", report.findings);
    assert!(report.has(Rule::BoothOutsideHall));
    // No invented aisle to a wall the booth stands beyond.
    assert!(
        !report
            .of_rule(Rule::AisleTooNarrow)
            .any(|f| f.message.contains("wall")),
        "{:#?}",
        report.findings
    );
}

#[test]
fn a_booth_of_one_hall_over_a_booth_of_another_overlaps() {
    let mut p = hall_plan();
    p.halls.insert(
        HallId(2),
        Hall {
            name: "Hall 2".into(),
            code: "B".into(),
            outline: vec![Rect::new(50 * M, 0, 40 * M, 30 * M)],
        },
    );
    add_booth(&mut p, "B-1", 60 * M, 10 * M, 3 * M, 3 * M);
    p.booths.values_mut().for_each(|b| b.hall = HallId(2));
    add_booth(&mut p, "A-1", 61 * M, 10 * M, 3 * M, 3 * M); // names hall 1
    let report = validate(&p);
    assert!(report.has(Rule::BoothOverlap), "{:#?}", report.findings);
}

#[test]
fn nonsense_is_an_error_with_a_true_message() {
    // Obstacle outside its hall; near miss inside.
    let mut p = hall_plan();
    add_obstacle(
        &mut p,
        ObstacleKind::Pillar,
        Rect::new(45 * M, 10 * M, 800, 800),
    );
    assert!(validate(&p).has(Rule::ObstacleOutsideHall));
    let mut p = hall_plan();
    add_obstacle(
        &mut p,
        ObstacleKind::Pillar,
        Rect::new(39_200, 10 * M, 800, 800),
    );
    assert!(!validate(&p).has(Rule::ObstacleOutsideHall));
    // Obstacle at i64 extremes.
    let mut p = hall_plan();
    add_obstacle(
        &mut p,
        ObstacleKind::Stage,
        Rect::new(i64::MIN, i64::MAX, i64::MAX, 5),
    );
    assert!(validate(&p).has(Rule::ObstacleOutsideHall));
    // An exit that is not on a wall.
    let mut p = hall_plan();
    p.exits
        .values_mut()
        .for_each(|e| e.at = Point::new(20 * M, 5 * M));
    assert!(validate(&p).has(Rule::ObstacleOutsideHall));
    // Rules that cannot be right.
    for f in [
        |p: &mut Plan| p.rules.min_aisle_mm = -3000,
        |p: &mut Plan| p.rules.exit_clearance_mm = -4500,
        |p: &mut Plan| p.meta.grid_pitch_mm = 0,
        |p: &mut Plan| p.rules.walk_grid_mm = 0,
        |p: &mut Plan| p.rules.min_aisle_mm = 50 * M,
    ] {
        let mut p = hall_plan();
        f(&mut p);
        assert!(validate(&p).has(Rule::InvalidRule));
    }
    assert!(!validate(&hall_plan()).has(Rule::InvalidRule));
    // Geometry too large to measure: one true error, no self-contradicting sizes.
    let mut p = hall_plan();
    add_booth(&mut p, "Z-1", i64::MAX - 1000, 10 * M, 3 * M, 3 * M);
    let report = validate(&p);
    assert!(report.has(Rule::BoothOutOfRange));
    assert!(!report.has(Rule::BoothTooSmall), "{:#?}", report.findings);
    let mut p = hall_plan();
    add_booth(&mut p, "Z-1", 999_000 * M, 10 * M, 3 * M, 3 * M);
    assert!(!validate(&p).has(Rule::BoothOutOfRange));
}

#[test]
fn a_booth_naming_a_missing_hall_still_overlaps() {
    let mut p = hall_plan();
    add_booth(&mut p, "Q-1", 10 * M, 10 * M, 3 * M, 3 * M);
    p.booths.values_mut().for_each(|b| b.hall = HallId(9));
    add_booth(&mut p, "Q-2", 11 * M, 10 * M, 3 * M, 3 * M);
    let report = validate(&p);
    assert!(report.has(Rule::BoothOverlap), "{:#?}", report.findings);
}

#[test]
fn a_hall_spread_beyond_measuring_range_says_so() {
    let mut p = hall_plan();
    p.halls.get_mut(&HALL).expect("hall").outline = vec![
        Rect::new(-600_000_000, 0, 40 * M, 30 * M),
        Rect::new(500_000_000, 0, 40 * M, 30 * M),
    ];
    assert!(validate(&p).has(Rule::BoothOutOfRange));
}

// ---------------------------------------------------------------------------------------------
// Independent references.

mod reference;

use proptest::prelude::*;

/// A random small hall (multiples of 500 mm) with a few booths and pillars and one or two exits.
fn small_plan() -> impl Strategy<Value = Plan> {
    let booth = (0i64..40, 0i64..30, 4i64..13, 4i64..13);
    let pillar = (0i64..44, 0i64..34, 1i64..3);
    (
        proptest::collection::vec(booth, 1..7),
        proptest::collection::vec(pillar, 0..4),
        0i64..40,
        prop::option::of(0i64..30),
        prop::sample::select(vec![1000i64, 2000, 3000]),
    )
        .prop_map(|(booths, pillars, door_x, west_door, door_w)| {
            let h = 500;
            let mut p = Plan::default();
            p.halls.insert(
                HALL,
                Hall {
                    name: "Hall 1".into(),
                    code: "A".into(),
                    outline: vec![Rect::new(0, 0, 24 * M, 18 * M)],
                },
            );
            add_exit(&mut p, Side::North, Point::new(2 * M + door_x * h, 0));
            if let Some(y) = west_door {
                add_exit(&mut p, Side::West, Point::new(0, 2 * M + y * h));
            }
            p.exits.values_mut().for_each(|e| e.width_mm = door_w);
            for (i, (x, y, w, d)) in booths.into_iter().enumerate() {
                add_booth(&mut p, &format!("B{i}"), x * h, 1500 + y * h, w * h, d * h);
            }
            for (x, y, s) in pillars {
                add_obstacle(
                    &mut p,
                    ObstacleKind::Pillar,
                    Rect::new(x * h, y * h, s * h, s * h),
                );
            }
            p
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Walking distances agree with the visibility-graph reference within 1 % or 0.5 m
    /// (whichever is larger, plus the reference's own 100 mm sampling), and are never shorter
    /// than it beyond that.
    #[test]
    fn walks_match_an_independent_reference(p in small_plan()) {
        let mine = walking_distances(&p);
        for (id, truth) in reference::walks(&p) {
            let got = mine.get(&id).copied().flatten();
            match (got, truth) {
                (None, None) => {}
                (Some(g), Some(t)) => {
                    let tol = (t * 0.01).max(500.0) + 100.0;
                    prop_assert!(g <= t + tol, "booth {id}: {g} mm against {t} mm");
                    prop_assert!(g >= t - tol, "booth {id}: {g} mm under the true {t} mm");
                }
                (g, t) => prop_assert!(false, "booth {id}: reachable {:?}, reference {:?}", g, t),
            }
        }
    }

    /// Pinched aisles between booths are exactly the brute-force pairs.
    #[test]
    fn pinched_aisles_match_brute_force(p in small_plan()) {
        let report = validate(&p);
        let mut mine: Vec<_> = report
            .of_rule(Rule::AisleTooNarrow)
            .filter(|f| f.booth_ids.len() == 2)
            .map(|f| (f.booth_ids[0], f.booth_ids[1]))
            .collect();
        mine.sort();
        prop_assert_eq!(mine, reference::pinched_pairs(&p));
    }
}

/// A 30 × 30 m hall with a 0.9 m door in the north-west corner, a room beside it closed by
/// booths A and B but for a doorway between their corners, and a booth T in the open hall.
fn corner_doorway(doorway: i64) -> Plan {
    let mut p = hall_plan();
    p.halls.get_mut(&HALL).expect("hall").outline = vec![Rect::new(0, 0, 30 * M, 30 * M)];
    set_door(&mut p, 1500, 900);
    add_booth(&mut p, "A", 3000, 0, 3000, 3000);
    add_booth(&mut p, "B", 0, 3000 + doorway, 3000, 3000);
    add_booth(&mut p, "T", 15 * M, 15 * M, 3000, 3000);
    p
}

#[test]
fn a_doorway_between_two_corners_is_as_wide_as_it_is() {
    // Review finding: squares on either side of a 2.999 m doorway touched along its edge.
    let report = validate(&corner_doorway(2999));
    assert!(
        report
            .of_rule(Rule::ExitUnreachable)
            .any(|f| f.booths == ["T"]),
        "{:#?}",
        report.findings
    );
    assert!(
        validate(&corner_doorway(10))
            .of_rule(Rule::ExitUnreachable)
            .any(|f| f.booths == ["T"])
    );
    // Near miss: a 3 m doorway passes.
    let report = validate(&corner_doorway(3000));
    assert!(
        !report
            .of_rule(Rule::ExitUnreachable)
            .any(|f| f.booths == ["T"]),
        "{:#?}",
        report.findings
    );
}

#[test]
fn a_slit_in_a_door_approach_is_no_way_out() {
    let mut p = hall_plan();
    p.exits.values_mut().for_each(|e| e.width_mm = 900);
    add_booth(&mut p, "S-1", 18 * M, 20 * M, 3 * M, 3 * M);
    assert!(reachable(&p));
    // Two stage walls across the hall, half a metre from the north wall, leave a 1 mm slit
    // inside the door's approach.
    add_obstacle(&mut p, ObstacleKind::Stage, Rect::new(0, 500, 19_900, 1000));
    add_obstacle(
        &mut p,
        ObstacleKind::Stage,
        Rect::new(19_901, 500, 20_099, 1000),
    );
    let report = validate(&p);
    assert!(report.has(Rule::ExitUnreachable), "{:#?}", report.findings);
    assert!(report.has(Rule::ExitBlocked), "the approach is not clear");
}

#[test]
fn the_exact_pass_does_not_squeeze_through_a_corner_of_zero_width() {
    let mut p = hall_plan();
    set_door(&mut p, 5 * M, 900);
    // Two stages whose corners are 2.999 m apart on both axes: the square's centres meet in
    // one point there, a pinch of zero width.
    add_obstacle(
        &mut p,
        ObstacleKind::Stage,
        Rect::new(10 * M, 10 * M, 24 * M, 5 * M),
    );
    add_obstacle(
        &mut p,
        ObstacleKind::Stage,
        Rect::new(0, 17_999, 7001, 5 * M),
    );
    add_booth(&mut p, "T", 4 * M, 26 * M, 3 * M, 3 * M);
    let report = validate(&p);
    assert!(report.has(Rule::TravelDistance), "{:#?}", report.findings);
    assert!(!report.has(Rule::ExitUnreachable));
    // Near miss: with a longer limit the same walk is fine.
    p.rules.max_travel_mm = 90 * M;
    assert!(!validate(&p).has(Rule::TravelDistance));
}

/// Review finding: doors near a corner or beside a booth flush with the wall are ways out.
#[test]
fn doors_near_corners_and_flush_booths_are_ways_out() {
    // (a) A 0.9 m door 1 m from the west wall of an empty hall.
    let mut p = hall_plan();
    set_door(&mut p, 1000, 900);
    add_booth(&mut p, "T", 18 * M, 20 * M, 3 * M, 3 * M);
    assert!(reachable(&p), "{:#?}", validate(&p).findings);
    // (b) A 1 m door right beside a booth flush with the north wall.
    let mut p = hall_plan();
    set_door(&mut p, 10_700, 1000);
    add_booth(&mut p, "W", 7 * M, 0, 3 * M, 3 * M);
    add_booth(&mut p, "T", 18 * M, 20 * M, 3 * M, 3 * M);
    assert!(reachable(&p), "{:#?}", validate(&p).findings);
    // (c) A 0.9 m door off the centre line of a 3 m aisle between blocks at the wall.
    let mut p = hall_plan();
    set_door(&mut p, 10_600, 900);
    add_booth(&mut p, "L", 4 * M, 0, 6 * M, 6 * M);
    add_booth(&mut p, "R", 13 * M, 0, 6 * M, 6 * M);
    add_booth(&mut p, "T", 18 * M, 20 * M, 3 * M, 3 * M);
    assert!(reachable(&p), "{:#?}", validate(&p).findings);
}

/// Review finding: a side open along only a metre does not make the whole side an exit from
/// the booth.
#[test]
fn a_booth_open_only_along_a_short_stretch_is_too_deep() {
    let mut p = hall_plan();
    p.halls.get_mut(&HALL).expect("hall").outline = vec![Rect::new(0, 0, 40 * M, 60 * M)];
    add_booth(&mut p, "B", 0, 20 * M, 20 * M, 20 * M);
    add_booth(&mut p, "N", M, 17 * M, 19 * M, 3 * M);
    add_booth(&mut p, "S", M, 40 * M, 19 * M, 3 * M);
    add_booth(&mut p, "E", 20 * M, 20 * M, 3 * M, 20 * M);
    let report = validate(&p);
    assert!(
        report
            .of_rule(Rule::BoothTooDeep)
            .any(|f| f.booths == ["B"]),
        "{:#?}",
        report.findings
    );
    // Near miss: with N and S moved away, B opens along both sides and is 10 m deep.
    p.booths.retain(|_, b| b.number == "B" || b.number == "E");
    assert!(!validate(&p).has(Rule::BoothTooDeep));
}

/// Review finding: booths either side of the wall between two halls are two rows.
#[test]
fn rows_stop_at_the_wall_between_halls() {
    let mut p = hall_plan();
    p.halls.insert(
        HallId(2),
        Hall {
            name: "Hall 2".into(),
            code: "B".into(),
            outline: vec![Rect::new(40 * M, 0, 40 * M, 30 * M)],
        },
    );
    add_row(&mut p, "A", (22 * M, 10 * M), 6, (3 * M, 3 * M));
    for i in 0..6 {
        let id = add_booth(
            &mut p,
            &format!("B-{i}"),
            40 * M + i * 3 * M,
            10 * M,
            3 * M,
            3 * M,
        );
        p.booths.get_mut(&id).expect("booth").hall = HallId(2);
    }
    assert!(!validate(&p).has(Rule::RowTooLong));
}

/// Review finding: a booth whose farthest point is within the limit is not flagged because of
/// the margin of a sampled bound.
#[test]
fn a_booth_just_within_the_depth_limit_passes() {
    let mut p = hall_plan();
    p.halls.get_mut(&HALL).expect("hall").outline = vec![Rect::new(0, -20 * M, 40 * M, 34_900)];
    p.exits
        .values_mut()
        .for_each(|e| e.at = Point::new(20 * M, -20 * M));
    add_booth(&mut p, "D", 0, 0, 10 * M, 14_900);
    add_booth(&mut p, "N", 10 * M, 0, 3 * M, 14_900);
    add_obstacle(&mut p, ObstacleKind::Pillar, Rect::new(0, -100, 100, 100));
    let report = validate(&p);
    assert!(!report.has(Rule::BoothTooDeep), "{:#?}", report.findings);
}

/// Review finding: a booth in a door's approach is exit-blocked even when the venue's
/// clearance zone is shallower than the approach.
#[test]
fn a_booth_in_a_door_approach_is_exit_blocked() {
    let mut p = hall_plan();
    p.exits
        .values_mut()
        .for_each(|e| e.clearance_mm = Some(1000));
    add_booth(&mut p, "X", 19 * M, 2 * M, 3 * M, 3 * M);
    assert!(validate(&p).has(Rule::ExitBlocked));
}

/// Issue 12's packs draw the walk out: the route the field takes must be one a visitor can
/// walk (never through a booth or a stage) and as long as the figure the validator checks.
/// Every booth (but `except`) and every obstacle people cannot walk through.
fn floor_nobody_walks(plan: &Plan, except: Option<boothplan::model::BoothId>) -> Vec<Rect> {
    plan.booths
        .iter()
        .filter(|(b, _)| Some(**b) != except)
        .map(|(_, b)| b.rect)
        .chain(
            plan.obstacles
                .values()
                .filter(|o| o.kind.blocks_walking())
                .map(|o| o.rect),
        )
        .collect()
}

#[test]
fn routes_to_exits_walk_the_aisles_and_measure_the_walk() {
    let plan = boothplan::demo::demo_plan();
    let ids: Vec<_> = plan.booths.keys().copied().collect();
    let derived = boothplan::model::Derived::new(&plan);
    let routes = boothplan::validate::routes_to_exits(&plan, &derived, &ids);
    // The shortest walks, measured exactly by the validator.
    let shortest = walking_distances(&plan);
    let mut seen = 0;
    for (id, route) in &routes {
        let route = route.as_ref().expect("every demo booth has a way out");
        seen += 1;
        let walk = shortest[id].expect("a way out, so a walk");
        assert!(
            route.length_mm + 1.0 >= walk,
            "{id}: told {} < shortest {walk}",
            route.length_mm
        );
        let length: f64 = route
            .points
            .windows(2)
            .map(|w| (w[1].0 - w[0].0).hypot(w[1].1 - w[0].1))
            .sum();
        // A real walk: never shorter than the shortest, and close to it.
        assert!(
            length + 1.0 >= walk,
            "{id}: drawn {length} < shortest {walk}"
        );
        assert!(
            length <= walk * 1.15 + 1_000.0,
            "{id}: drawn {length}, shortest {walk}"
        );
        let (a, z) = (route.points[0], route.points[route.points.len() - 1]);
        assert!(length + 1.0 >= (z.0 - a.0).hypot(z.1 - a.1));
        // No step enters another booth or a stage: sampled every 100 mm along each segment.
        let own = plan.booths[id].rect;
        let blocked = floor_nobody_walks(&plan, Some(*id));
        for w in route.points.windows(2) {
            // Only what lies near the segment.
            let near: Vec<&Rect> = blocked
                .iter()
                .filter(|r| {
                    (r.x_mm as f64) < w[0].0.max(w[1].0)
                        && r.right() as f64 > w[0].0.min(w[1].0)
                        && (r.y_mm as f64) < w[0].1.max(w[1].1)
                        && r.bottom() as f64 > w[0].1.min(w[1].1)
                })
                .collect();
            let steps = ((w[1].0 - w[0].0).hypot(w[1].1 - w[0].1) / 100.0)
                .ceil()
                .max(1.0) as usize;
            for k in 0..=steps {
                let t = k as f64 / steps as f64;
                let p = (
                    w[0].0 + (w[1].0 - w[0].0) * t,
                    w[0].1 + (w[1].1 - w[0].1) * t,
                );
                let inside = |r: &Rect| {
                    p.0 > r.x_mm as f64 + 1.0
                        && p.0 < r.right() as f64 - 1.0
                        && p.1 > r.y_mm as f64 + 1.0
                        && p.1 < r.bottom() as f64 - 1.0
                };
                assert!(!inside(&own), "{id}: the route goes back through its booth");
                assert!(
                    !near.iter().any(|r| inside(r)),
                    "{id}: the route crosses a booth or stage at {p:?}"
                );
            }
        }
    }
    assert!(seen > 500, "{seen} routes");
}

/// Issue 11's heat map: every cell of it is floor a visitor can stand on, and no cell's walk
/// out is shorter than the straight line to the nearest door (an independent lower bound).
#[test]
fn the_heat_map_is_floor_and_never_promises_a_walk_shorter_than_the_crow_flies() {
    let plan = boothplan::demo::demo_plan();
    let derived = boothplan::model::Derived::new(&plan);
    let cells = boothplan::validate::walking_heat(&plan, &derived);
    assert!(cells.len() > 1_000, "{} cells", cells.len());
    let doors: Vec<Rect> = plan
        .exits
        .values()
        .map(boothplan::model::Exit::door)
        .collect();
    let blocked = floor_nobody_walks(&plan, None);
    let mut reached = 0;
    for (cell, walk) in &cells {
        let c = cell.centre();
        assert!(
            !blocked
                .iter()
                .any(|b| b.contains_point(c) && b.contains_rect(cell)),
            "a cell inside a booth or obstacle: {cell:?}"
        );
        if let Some(walk) = walk {
            reached += 1;
            let crow = doors
                .iter()
                .map(|d| {
                    let dx = (d.x_mm - c.x_mm).max(c.x_mm - d.right()).max(0) as f64;
                    let dy = (d.y_mm - c.y_mm).max(c.y_mm - d.bottom()).max(0) as f64;
                    dx.hypot(dy)
                })
                .fold(f64::INFINITY, f64::min);
            assert!(
                *walk + 1.0 >= crow,
                "{cell:?}: walk {walk} < straight {crow}"
            );
        }
    }
    assert!(reached * 10 > cells.len() * 9, "most floor reaches an exit");
}
