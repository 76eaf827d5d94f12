//! `dead-end-aisle`: a passage with one way out may be at most 18 m long (venue rule
//! `max_dead_end_mm`), measured along its centre line from where a second, independent way out
//! opens to its closed end. Each case with its near miss.

mod common;

use boothplan::model::{HallId, ObstacleKind, Plan, Point, Rect, Side};
use boothplan::validate::{Finding, Rule, Severity, validate};
use common::*;

/// Hall 1 made 40 × 50 m, with exits in the middle of its north and south walls: the open
/// floor north and south of the booths below is wider than any passage.
fn big_hall() -> Plan {
    let mut p = hall_plan();
    p.halls.get_mut(&HallId(1)).expect("hall 1").outline = vec![Rect::new(0, 0, 40 * M, 50 * M)];
    add_exit(&mut p, Side::South, Point::new(20 * M, 50 * M));
    p
}

/// Two rows of booths 3 m deep along y = 20–23 m and y = 26–29 m running east from `x0` to
/// `x1`: an aisle 3 m wide between them. The rows are single booths `N-1` and `S-1`.
fn aisle(x0: i64, x1: i64) -> Plan {
    let mut p = big_hall();
    add_booth(&mut p, "N-1", x0, 20 * M, x1 - x0, 3 * M);
    add_booth(&mut p, "S-1", x0, 26 * M, x1 - x0, 3 * M);
    p
}

fn dead_ends(p: &Plan) -> Vec<Finding> {
    validate(p).of_rule(Rule::DeadEndAisle).cloned().collect()
}

/// The length a finding states, in metres.
fn length_m(f: &Finding) -> f64 {
    let (_, rest) = f.message.split_once(" is ").expect("a length");
    let (num, _) = rest.split_once(" m long").expect("a length in m");
    num.parse().expect("a number")
}

#[test]
fn an_aisle_closed_by_the_wall_may_be_18_m_long_and_no_more() {
    // Before: rows from the west wall 18 m long: the aisle is exactly at the limit.
    assert!(dead_ends(&aisle(0, 18 * M)).is_empty());
    // Action: the rows grow by half a metre.
    let found = dead_ends(&aisle(0, 18_500));
    // After: one dead end, 18.5 m long, naming both booths that give onto it.
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    assert!(f.message.contains("18.5 m long"), "{}", f.message);
    assert!(f.message.contains("the limit is 18 m"), "{}", f.message);
    assert_eq!(f.booths, vec!["N-1".to_owned(), "S-1".to_owned()]);
    assert_eq!(f.severity(), Severity::Error);
}

#[test]
fn the_limit_is_a_venue_rule() {
    let mut p = aisle(0, 18_500);
    p.rules.max_dead_end_mm = 20 * M;
    assert!(dead_ends(&p).is_empty());
    let mut q = aisle(0, 12_500);
    assert!(dead_ends(&q).is_empty());
    q.rules.max_dead_end_mm = 12 * M;
    assert_eq!(dead_ends(&q).len(), 1);
}

#[test]
fn an_aisle_open_at_both_ends_is_no_dead_end_however_long() {
    // A 3 m passage between the rows' west ends and the wall joins the aisle to the floor on
    // either side: two ways out.
    assert!(dead_ends(&aisle(3 * M, 35 * M)).is_empty());
    // Near miss: 2.999 m is no passage, so the aisle is closed again: 35 m of dead end.
    let found = dead_ends(&aisle(2999, 35 * M));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].message.contains("35 m long"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_door_at_the_closed_end_opens_it() {
    let mut p = aisle(0, 30 * M);
    assert_eq!(dead_ends(&p).len(), 1);
    add_exit(&mut p, Side::West, Point::new(0, 24_500));
    assert!(dead_ends(&p).is_empty(), "{:#?}", dead_ends(&p));
}

#[test]
fn a_booth_across_the_aisle_closes_it_as_a_wall_does() {
    // Rows start 5 m from the wall: open.
    let mut p = aisle(5 * M, 22 * M);
    assert!(dead_ends(&p).is_empty());
    // A booth across the aisle's west end, 2 m from the wall (no passage behind it): a dead
    // end 17 m long, within the default limit, over a limit of 16.5 m.
    add_booth(&mut p, "X-1", 2 * M, 20 * M, 3 * M, 9 * M);
    assert!(dead_ends(&p).is_empty(), "{:#?}", dead_ends(&p));
    p.rules.max_dead_end_mm = 16_500;
    let found = dead_ends(&p);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].message.contains("17 m long"),
        "{}",
        found[0].message
    );
    assert!(found[0].booths.contains(&"X-1".to_owned()));
}

#[test]
fn a_cross_aisle_splits_a_long_dead_end() {
    // 30 m closed at the west wall; a 3 m gap in the north row at x = 12–15 m gives a second
    // way out there, leaving a 12 m dead end west of it and a through aisle east of it.
    let mut p = big_hall();
    add_booth(&mut p, "N-1", 0, 20 * M, 12 * M, 3 * M);
    add_booth(&mut p, "N-2", 15 * M, 20 * M, 15 * M, 3 * M);
    add_booth(&mut p, "S-1", 0, 26 * M, 30 * M, 3 * M);
    assert!(dead_ends(&p).is_empty(), "{:#?}", dead_ends(&p));
    p.rules.max_dead_end_mm = 11_900;
    let found = dead_ends(&p);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].message.contains("12 m long"),
        "{}",
        found[0].message
    );
    // Near miss: a gap 2.9 m wide is no way out: the whole aisle is one 30 m dead end.
    let mut q = big_hall();
    add_booth(&mut q, "N-1", 0, 20 * M, 12 * M, 3 * M);
    add_booth(&mut q, "N-2", 14_900, 20 * M, 15_100, 3 * M);
    add_booth(&mut q, "S-1", 0, 26 * M, 30 * M, 3 * M);
    let found = dead_ends(&q);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].message.contains("30 m long"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_bent_dead_end_is_measured_round_its_corner() {
    // An L: from the open floor in the north, south between B (x 0–10) and E-1 (x 13–16) from
    // y = 20 to 27 m, then west between B and S-1 (y 27–30) to the wall. Along the centre
    // line: 8.5 m south, 11.5 m west: 20 m, though neither leg is longer than 13 m.
    let bent = |closed_at: i64| {
        let mut p = big_hall();
        add_booth(&mut p, "B", 0, 20 * M, 10 * M, 7 * M);
        add_booth(&mut p, "E-1", 13 * M, 20 * M, 3 * M, 10 * M);
        add_booth(&mut p, "S-1", 0, 30 * M, 16 * M, 3 * M);
        if closed_at > 0 {
            add_booth(&mut p, "W", 0, 27 * M, closed_at, 3 * M);
        }
        p
    };
    let found = dead_ends(&bent(0));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].message.contains("20 m long"),
        "{}",
        found[0].message
    );
    assert!(
        found[0].booths.contains(&"E-1".to_owned()),
        "{:?}",
        found[0]
    );
    // Near miss: a booth closing the west leg 2 m earlier leaves exactly 18 m.
    assert!(
        dead_ends(&bent(2 * M)).is_empty(),
        "{:#?}",
        dead_ends(&bent(2 * M))
    );
    assert_eq!(dead_ends(&bent(2001)).len(), 0, "booth W 2.001 m: 17.999 m");
}

#[test]
fn a_pillar_inside_a_dead_end_does_not_open_it() {
    // A 7 m wide dead end, 25 m long.
    let mut p = big_hall();
    add_booth(&mut p, "N-1", 0, 17 * M, 25 * M, 3 * M);
    add_booth(&mut p, "S-1", 0, 27 * M, 25 * M, 3 * M);
    let found = dead_ends(&p);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].message.contains("25 m long"),
        "{}",
        found[0].message
    );
    // A pillar in it with 3 m either side gives two ways round it, but both lead back to the
    // same mouth: a fire there still traps everyone behind it.
    add_obstacle(
        &mut p,
        ObstacleKind::Pillar,
        Rect::new(16 * M, 23 * M, M, M),
    );
    let found = dead_ends(&p);
    assert_eq!(found.len(), 1, "{found:#?}");
    // Measured round the pillar over cell centres: never shorter, a little longer.
    let len = length_m(&found[0]);
    assert!((25.0..=25.0 * 1.03).contains(&len), "{}", found[0].message);
}

#[test]
fn a_pillar_at_the_mouth_does_not_move_the_mouth_in() {
    // A 7 m aisle 22 m long closed by the west wall, with a 2 × 1 m pillar in its mouth
    // leaving 3 m either side: a fire at the mouth closes both lanes, so the dead end is 22 m,
    // wherever the pillar stands near the mouth.
    for x in [20 * M, 19 * M, 19_500] {
        let mut p = big_hall();
        add_booth(&mut p, "N-1", 0, 17 * M, 22 * M, 3 * M);
        add_booth(&mut p, "S-1", 0, 27 * M, 22 * M, 3 * M);
        add_obstacle(&mut p, ObstacleKind::Pillar, Rect::new(x, 23 * M, 2 * M, M));
        let found = dead_ends(&p);
        assert_eq!(found.len(), 1, "pillar at {x}: {found:#?}");
        let len = length_m(&found[0]);
        assert!((22.0..=22.0 * 1.03).contains(&len), "{}", found[0].message);
    }
}

#[test]
fn an_island_in_a_bay_opens_nothing() {
    // A bay 9 m wide and 30 m deep against the west wall, with an island block in it leaving
    // 3 m lanes either side and behind it: everyone in the bay leaves through its mouth.
    let mut p = big_hall();
    add_booth(&mut p, "N-1", 0, 17 * M, 30 * M, 3 * M);
    add_booth(&mut p, "S-1", 0, 29 * M, 30 * M, 3 * M);
    add_booth(&mut p, "I-1", 3 * M, 23 * M, 27 * M, 3 * M);
    let found = dead_ends(&p);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(length_m(&found[0]) >= 30.0, "{}", found[0].message);
    assert!(found[0].booths.contains(&"I-1".to_owned()));
}

#[test]
fn absurd_rules_do_not_overflow() {
    let mut p = aisle(0, 18_500);
    p.rules.min_aisle_mm = i64::MAX / 2;
    let _ = validate(&p);
    p.rules.min_aisle_mm = i64::MAX;
    p.rules.max_dead_end_mm = i64::MAX;
    let _ = validate(&p);
}

#[test]
fn a_wide_dead_end_counts_too() {
    // 6 m wide, 19 m long, closed by the west wall.
    let wide = |len: i64| {
        let mut p = big_hall();
        add_booth(&mut p, "N-1", 0, 18 * M, len, 3 * M);
        add_booth(&mut p, "S-1", 0, 27 * M, len, 3 * M);
        p
    };
    let found = dead_ends(&wide(19 * M));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].message.contains("19 m long"),
        "{}",
        found[0].message
    );
    assert!(
        dead_ends(&wide(18 * M)).is_empty(),
        "{:#?}",
        dead_ends(&wide(18 * M))
    );
}

#[test]
fn floor_wider_than_three_aisles_is_open_floor_not_a_passage() {
    // A bay 9 m wide and 25 m deep is a passage (a dead end); one 9.5 m wide is open floor,
    // where visitors can turn and pass each other, and the travel-distance rule governs.
    let bay = |width: i64| {
        let mut p = big_hall();
        add_booth(&mut p, "N-1", 0, 14 * M, 25 * M, 3 * M);
        add_booth(&mut p, "S-1", 0, 17 * M + width, 25 * M, 3 * M);
        p
    };
    assert_eq!(dead_ends(&bay(9 * M)).len(), 1);
    assert!(dead_ends(&bay(9500)).is_empty());
}

#[test]
fn the_demo_has_no_dead_end() {
    let demo = boothplan::demo::demo_plan();
    assert!(dead_ends(&demo).is_empty(), "{:#?}", dead_ends(&demo));
}
