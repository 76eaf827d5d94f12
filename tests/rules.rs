//! Every validation rule: the smallest plan that triggers it, and the nearest plan that does not.

mod common;

use std::collections::BTreeSet;

use boothplan::model::{ObstacleKind, Plan, Point, Rect, Side};
use boothplan::validate::{Rule, Severity, validate};
use common::*;

/// A lone 3 × 3 m booth in the middle of the hall, sold to an exhibitor who contracted 9 m².
fn one_booth() -> Plan {
    let mut p = hall_plan();
    let b = add_booth(&mut p, "A-1", 10 * M, 10 * M, 3 * M, 3 * M);
    add_exhibitor(&mut p, "한빛통신", 9_000_000, Some(b));
    p
}

/// Two 3 × 3 m booths side by side with `gap` mm between them, each sold.
fn two_booths(gap: i64) -> Plan {
    let mut p = hall_plan();
    let a = add_booth(&mut p, "A-1", 10 * M, 10 * M, 3 * M, 3 * M);
    let b = add_booth(&mut p, "A-2", 13 * M + gap, 10 * M, 3 * M, 3 * M);
    add_exhibitor(&mut p, "Công ty Viễn thông Sông Hồng", 9_000_000, Some(a));
    add_exhibitor(&mut p, "Nordwave Systems", 9_000_000, Some(b));
    p
}

fn competitors(gap: i64) -> Plan {
    let mut p = two_booths(gap);
    make_competitors(
        &mut p,
        boothplan::model::ExhibitorId(1),
        boothplan::model::ExhibitorId(2),
    );
    p
}

fn with_obstacle(kind: ObstacleKind, rect: Rect) -> Plan {
    let mut p = one_booth();
    add_obstacle(&mut p, kind, rect);
    p
}

type Case = (Rule, fn() -> Plan, fn() -> Plan);

#[expect(
    clippy::too_many_lines,
    reason = "one table: every rule with its smallest trigger and near miss"
)]
fn cases() -> Vec<Case> {
    vec![
        (
            Rule::BoothOutsideHall,
            || {
                let mut p = one_booth();
                p.booths.values_mut().for_each(|b| b.rect.x_mm = 38 * M);
                p
            },
            || {
                let mut p = one_booth();
                p.booths.values_mut().for_each(|b| b.rect.x_mm = 37 * M); // flush with the wall
                p
            },
        ),
        (Rule::BoothOverlap, || two_booths(-M), || two_booths(0)),
        (
            Rule::BoothOnObstacle,
            || with_obstacle(ObstacleKind::Stage, Rect::new(12 * M, 10 * M, 6 * M, 6 * M)),
            || with_obstacle(ObstacleKind::Stage, Rect::new(13 * M, 10 * M, 6 * M, 6 * M)),
        ),
        (
            Rule::BoothContainsPillar,
            || with_obstacle(ObstacleKind::Pillar, Rect::new(11 * M, 11 * M, 800, 800)),
            || with_obstacle(ObstacleKind::Pillar, Rect::new(13 * M, 11 * M, 800, 800)),
        ),
        (
            Rule::ExitBlocked,
            || {
                let mut p = one_booth();
                p.booths
                    .values_mut()
                    .for_each(|b| b.rect = Rect::new(20 * M, 4 * M, 3 * M, 3 * M));
                p
            },
            || {
                let mut p = one_booth();
                p.booths
                    .values_mut()
                    .for_each(|b| b.rect = Rect::new(20 * M, 4500, 3 * M, 3 * M));
                p
            },
        ),
        (
            Rule::FireEquipmentBlocked,
            || {
                with_obstacle(
                    ObstacleKind::FireEquipment,
                    Rect::new(14_400, 11 * M, 1000, 300),
                )
            },
            || {
                with_obstacle(
                    ObstacleKind::FireEquipment,
                    Rect::new(14_500, 11 * M, 1000, 300),
                )
            },
        ),
        (
            Rule::AisleTooNarrow,
            || two_booths(2900),
            || two_booths(3000),
        ),
        (
            Rule::BoothNoAisleAccess,
            || {
                let mut p = one_booth();
                for (i, (x, y)) in [(7, 10), (13, 10), (10, 7), (10, 13)]
                    .into_iter()
                    .enumerate()
                {
                    add_booth(&mut p, &format!("N{i}"), x * M, y * M, 3 * M, 3 * M);
                }
                p
            },
            || {
                let mut p = one_booth();
                for (i, (x, y)) in [(7, 10), (13, 10), (10, 7)].into_iter().enumerate() {
                    add_booth(&mut p, &format!("N{i}"), x * M, y * M, 3 * M, 3 * M);
                }
                p
            },
        ),
        (
            Rule::ExitUnreachable,
            || {
                // A wall of stages across the hall leaves a 2 m gap: too narrow to pass.
                let mut p = one_booth();
                add_obstacle(&mut p, ObstacleKind::Stage, Rect::new(0, 6 * M, 38 * M, M));
                p
            },
            || {
                let mut p = one_booth();
                add_obstacle(&mut p, ObstacleKind::Stage, Rect::new(0, 6 * M, 37 * M, M));
                p
            },
        ),
        (
            Rule::TravelDistance,
            || {
                let mut p = long_hall();
                add_booth(&mut p, "A-1", 90 * M, 10 * M, 3 * M, 3 * M);
                p
            },
            || {
                let mut p = long_hall();
                add_booth(&mut p, "A-1", 50 * M, 10 * M, 3 * M, 3 * M);
                p
            },
        ),
        (
            Rule::DuplicateBoothNumber,
            || {
                let mut p = two_booths(M * 4);
                p.booths.values_mut().last().expect("two").number = " a-1 ".into();
                p
            },
            || two_booths(M * 4),
        ),
        (
            Rule::MissingBoothNumber,
            || {
                let mut p = one_booth();
                p.booths.values_mut().for_each(|b| b.number = "  ".into());
                p
            },
            one_booth,
        ),
        (
            Rule::UnknownExhibitor,
            || {
                let mut p = one_booth();
                p.booths
                    .values_mut()
                    .for_each(|b| b.exhibitor = Some(boothplan::model::ExhibitorId(99)));
                p
            },
            one_booth,
        ),
        (
            Rule::UnknownReference,
            || {
                let mut p = one_booth();
                add_obstacle(
                    &mut p,
                    ObstacleKind::Pillar,
                    Rect::new(30 * M, 20 * M, 800, 800),
                );
                p.obstacles
                    .values_mut()
                    .for_each(|o| o.hall = boothplan::model::HallId(9));
                p
            },
            || with_obstacle(ObstacleKind::Pillar, Rect::new(30 * M, 20 * M, 800, 800)),
        ),
        (
            Rule::BoothTooSmall,
            || {
                let mut p = one_booth();
                p.booths.values_mut().for_each(|b| b.rect.w_mm = 2 * M);
                p
            },
            one_booth,
        ),
        (
            Rule::OffGrid,
            || {
                let mut p = one_booth();
                p.booths.values_mut().for_each(|b| b.rect.x_mm = 10_500);
                p
            },
            || {
                let mut p = one_booth();
                p.booths.values_mut().for_each(|b| b.rect.x_mm = 10_500);
                p.meta.grid_pitch_mm = 500;
                p
            },
        ),
        (
            Rule::ExhibitorMultipleBooths,
            || {
                let mut p = two_booths(0);
                let first = boothplan::model::ExhibitorId(1);
                p.exhibitors
                    .get_mut(&first)
                    .expect("e1")
                    .contracted_area_mm2 = 18_000_000;
                allocate(&mut p, first, boothplan::model::BoothId(2));
                p.exhibitors.remove(&boothplan::model::ExhibitorId(2));
                p
            },
            || two_booths(0),
        ),
        (
            Rule::AreaMismatch,
            || {
                let mut p = one_booth();
                p.exhibitors
                    .values_mut()
                    .for_each(|e| e.contracted_area_mm2 = 12_000_000);
                p
            },
            || {
                let mut p = one_booth();
                p.exhibitors
                    .values_mut()
                    .for_each(|e| e.contracted_area_mm2 = 9_400_000); // 4.3 % off
                p
            },
        ),
        (
            Rule::CompetitorsAdjacent,
            || competitors(0),
            || two_booths(0),
        ),
        (
            Rule::ZoneMismatch,
            || {
                let mut p = one_booth();
                let z = add_zone(&mut p, "5G & Mobile", Rect::new(20 * M, 0, 20 * M, 30 * M));
                p.exhibitors
                    .values_mut()
                    .for_each(|e| e.preferred_zone = Some(z));
                p
            },
            || {
                let mut p = one_booth();
                let z = add_zone(&mut p, "5G & Mobile", Rect::new(0, 0, 20 * M, 30 * M));
                p.exhibitors
                    .values_mut()
                    .for_each(|e| e.preferred_zone = Some(z));
                p
            },
        ),
        (
            Rule::StatusMismatch,
            || {
                let mut p = one_booth();
                p.booths
                    .values_mut()
                    .for_each(|b| b.status = boothplan::model::BoothStatus::Available);
                p
            },
            one_booth,
        ),
        (
            Rule::BoothTooDeep,
            || {
                let mut p = hall_plan();
                add_booth(&mut p, "D-1", 0, 0, 16 * M, 30 * M); // open to the east only
                p
            },
            || {
                let mut p = hall_plan();
                add_booth(&mut p, "D-1", 0, 0, 15 * M, 30 * M);
                p
            },
        ),
        (
            // Two rows from the west wall with a 3 m aisle between them, closed by the wall:
            // 18.5 m long, then 18 m (the limit).
            Rule::DeadEndAisle,
            || {
                let mut p = hall_plan();
                add_booth(&mut p, "N-1", 0, 10 * M, 18_500, 3 * M);
                add_booth(&mut p, "S-1", 0, 16 * M, 18_500, 3 * M);
                p
            },
            || {
                let mut p = hall_plan();
                add_booth(&mut p, "N-1", 0, 10 * M, 18 * M, 3 * M);
                add_booth(&mut p, "S-1", 0, 16 * M, 18 * M, 3 * M);
                p
            },
        ),
        (
            Rule::RowTooLong,
            || {
                let mut p = hall_plan();
                add_row(&mut p, "R", (4 * M, 10 * M), 11, (3 * M, 3 * M));
                p
            },
            || {
                let mut p = hall_plan();
                add_row(&mut p, "R", (4 * M, 10 * M), 10, (3 * M, 3 * M));
                p
            },
        ),
        (
            Rule::InvalidRule,
            || {
                let mut p = one_booth();
                p.rules.min_aisle_mm = 0;
                p
            },
            || {
                let mut p = one_booth();
                p.rules.min_aisle_mm = 1;
                p
            },
        ),
        (
            Rule::BoothOutOfRange,
            || {
                let mut p = one_booth();
                p.booths
                    .values_mut()
                    .for_each(|b| b.rect.x_mm = boothplan::model::geom::MAX_COORD_MM + 1);
                p
            },
            || {
                let mut p = one_booth();
                p.booths
                    .values_mut()
                    .for_each(|b| b.rect.x_mm = boothplan::model::geom::MAX_COORD_MM);
                p
            },
        ),
        (
            Rule::ObstacleOutsideHall,
            || with_obstacle(ObstacleKind::Pillar, Rect::new(39_201, 20 * M, 800, 800)),
            || with_obstacle(ObstacleKind::Pillar, Rect::new(39_200, 20 * M, 800, 800)),
        ),
        (
            Rule::UnallocatedExhibitor,
            || {
                let mut p = one_booth();
                add_exhibitor(&mut p, "Nordwave Systems", 9_000_000, None);
                p
            },
            one_booth,
        ),
    ]
}

/// A 100 × 20 m hall with its only exit at the west end.
fn long_hall() -> Plan {
    let mut p = Plan::default();
    p.halls.insert(
        HALL,
        boothplan::model::Hall {
            name: "Long hall".into(),
            code: "L".into(),
            outline: vec![Rect::new(0, 0, 100 * M, 20 * M)],
        },
    );
    add_exit(&mut p, Side::West, Point::new(0, 10 * M));
    p
}

#[test]
fn the_base_plans_are_clean() {
    for plan in [one_booth(), two_booths(3000), two_booths(0), hall_plan()] {
        let report = validate(&plan);
        assert!(report.findings.is_empty(), "{:#?}", report.findings);
    }
}

#[test]
fn every_rule_fires_on_its_smallest_plan_and_not_on_the_near_miss() {
    for (rule, trigger, near_miss) in cases() {
        let report = validate(&trigger());
        assert!(
            report.has(rule),
            "{rule} should fire; got {:#?}",
            report.findings
        );
        let finding = report.of_rule(rule).next().expect("present");
        assert!(
            !finding.message.is_empty() && finding.message.ends_with('.'),
            "{rule}: {}",
            finding.message
        );
        assert_eq!(finding.severity(), rule.severity());
        let report = validate(&near_miss());
        assert!(
            !report.has(rule),
            "{rule} should not fire on the near miss; got {:#?}",
            report.findings
        );
    }
}

#[test]
fn every_rule_has_a_case() {
    let covered: BTreeSet<Rule> = cases().iter().map(|c| c.0).collect();
    let all: BTreeSet<Rule> = Rule::ALL.iter().copied().collect();
    assert_eq!(covered, all);
}

#[test]
fn rule_ids_are_unique_kebab_case() {
    let ids: BTreeSet<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
    assert_eq!(ids.len(), Rule::ALL.len());
    for id in ids {
        assert!(
            id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{id}"
        );
    }
}

#[test]
fn overlap_message_names_booths_and_area() {
    // Before: two booths apart. Action: move the second 1 m into the first. After: one finding.
    let report = validate(&two_booths(-M));
    let f = report.of_rule(Rule::BoothOverlap).next().expect("overlap");
    assert_eq!(f.message, "Booth A-1 overlaps A-2 by 3 m².");
    assert_eq!(f.booths, vec!["A-1".to_owned(), "A-2".to_owned()]);
    assert_eq!(f.severity(), Severity::Error);
    assert_eq!(f.hall, Some(HALL));
}

#[test]
fn competitors_facing_across_one_aisle_or_blocked_by_a_booth() {
    assert!(
        validate(&competitors(3000)).has(Rule::CompetitorsAdjacent),
        "facing across 3 m"
    );
    assert!(
        validate(&competitors(6000)).has(Rule::CompetitorsAdjacent),
        "facing across 6 m"
    );
    assert!(
        !validate(&competitors(6500)).has(Rule::CompetitorsAdjacent),
        "beyond the facing limit"
    );
    let mut blocked = competitors(6000);
    add_booth(&mut blocked, "A-3", 13 * M + 1500, 10 * M, 3 * M, 3 * M);
    assert!(
        !validate(&blocked).has(Rule::CompetitorsAdjacent),
        "a booth stands between them"
    );
}

#[test]
fn narrow_aisle_against_the_wall() {
    let mut p = one_booth();
    p.booths.values_mut().for_each(|b| b.rect.x_mm = 34_500); // 2.5 m from the east wall
    let report = validate(&p);
    let f = report
        .of_rule(Rule::AisleTooNarrow)
        .next()
        .expect("pinched");
    assert!(f.message.contains("wall"), "{}", f.message);
    p.booths.values_mut().for_each(|b| b.rect.x_mm = 34 * M);
    assert!(!validate(&p).has(Rule::AisleTooNarrow));
}

#[test]
fn a_hall_without_exits_says_so() {
    let mut p = one_booth();
    p.exits.clear();
    let report = validate(&p);
    let f = report
        .of_rule(Rule::ExitUnreachable)
        .next()
        .expect("unreachable");
    assert!(f.message.contains("Hall 1 has no exit"), "{}", f.message);
}

#[test]
fn travel_distance_follows_the_aisles_not_a_straight_line() {
    // Before: a booth 50 m from the exit, with a clear walk, is fine.
    let mut p = long_hall();
    add_booth(&mut p, "A-1", 53 * M, 8 * M, 3 * M, 3 * M);
    assert!(!validate(&p).has(Rule::TravelDistance));
    // Action: two stage walls make a zigzag with 4 m passages.
    add_obstacle(&mut p, ObstacleKind::Stage, Rect::new(30 * M, 0, M, 16 * M));
    add_obstacle(
        &mut p,
        ObstacleKind::Stage,
        Rect::new(35 * M, 4 * M, M, 16 * M),
    );
    // After: the walk around the stage corners (about 62.4 m) is longer than 61 m, though the
    // straight line is 53 m.
    let report = validate(&p);
    assert!(report.has(Rule::TravelDistance), "{:#?}", report.findings);
}

#[test]
fn l_shaped_halls_have_walls_inside_their_bounds() {
    let mut p = hall_plan();
    p.halls.values_mut().for_each(|h| {
        h.outline = vec![
            Rect::new(0, 0, 40 * M, 15 * M),
            Rect::new(0, 15 * M, 20 * M, 15 * M),
        ];
    });
    add_booth(&mut p, "A-1", 22 * M, 20 * M, 3 * M, 3 * M); // in the missing corner
    add_booth(&mut p, "A-2", 15 * M, 20 * M, 3 * M, 3 * M); // 2 m from the inner wall
    let report = validate(&p);
    assert_eq!(
        report
            .of_rule(Rule::BoothOutsideHall)
            .map(|f| f.booths[0].as_str())
            .collect::<Vec<_>>(),
        vec!["A-1"]
    );
    assert!(
        report
            .of_rule(Rule::AisleTooNarrow)
            .any(|f| f.booths == ["A-2"])
    );
}

#[test]
fn booth_types_follow_open_sides() {
    use boothplan::model::{BoothType, Derived};
    let mut p = hall_plan();
    // A row of three inline booths backed by a row of three.
    for i in 0..3 {
        add_booth(
            &mut p,
            &format!("F{i}"),
            (10 + 3 * i) * M,
            10 * M,
            3 * M,
            3 * M,
        );
        add_booth(
            &mut p,
            &format!("B{i}"),
            (10 + 3 * i) * M,
            13 * M,
            3 * M,
            3 * M,
        );
    }
    let island = add_booth(&mut p, "I", 25 * M, 20 * M, 6 * M, 6 * M);
    let d = Derived::new(&p);
    let ty = |n: &str| {
        d.booth_type(
            *p.booths
                .iter()
                .find(|(_, b)| b.number == n)
                .expect("booth")
                .0,
        )
    };
    assert_eq!(ty("F0"), BoothType::Corner);
    assert_eq!(ty("F1"), BoothType::Inline);
    assert_eq!(ty("B2"), BoothType::Corner);
    assert_eq!(d.booth_type(island), BoothType::Island);
    // Price: 36 m² at the base rate plus three extra open sides at 10 % each.
    let base = 36 * p.pricing.per_m2_minor;
    assert_eq!(d.price_minor(&p, island), Some(base * 13 / 10));
}
