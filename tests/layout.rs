//! The booth-block generator and the auto-allocator.

mod common;

use boothplan::layout::allocate::Placement;
use boothplan::layout::{BlockSpec, allocate, generate};
use boothplan::model::{BoothStatus, ObstacleKind, Plan, Rect};
use boothplan::validate::{Rule, Severity, validate};
use common::*;

fn spec(area: Rect) -> BlockSpec {
    BlockSpec {
        hall: HALL,
        area,
        booth_w_mm: 3 * M,
        booth_d_mm: 3 * M,
        max_row_mm: 30 * M,
    }
}

fn errors(plan: &Plan) -> Vec<String> {
    validate(plan)
        .findings
        .iter()
        .filter(|f| f.severity() == Severity::Error)
        .map(|f| f.message.clone())
        .collect()
}

#[test]
fn a_block_fills_the_area_in_row_pairs_and_validates() {
    let mut plan = common::hall_plan();
    let block = generate(&plan, &spec(Rect::new(0, 6 * M, 40 * M, 24 * M))).expect("generates");
    assert!(block.booths.len() >= 30, "{} booths", block.booths.len());
    boothplan::edit::apply(&mut plan, block.edit());
    assert!(errors(&plan).is_empty(), "{:#?}", errors(&plan));
    // Back to back: every booth touches another along its full depth.
    let first = &block.booths[0].1;
    assert!(first.number.starts_with("A-1"), "{}", first.number);
    let numbers: std::collections::BTreeSet<_> =
        plan.booths.values().map(|b| b.number.clone()).collect();
    assert_eq!(numbers.len(), plan.booths.len(), "numbers are unique");
}

#[test]
fn rows_get_cross_aisles() {
    let mut p = common::hall_plan();
    p.halls
        .values_mut()
        .for_each(|h| h.outline = vec![Rect::new(0, 0, 80 * M, 30 * M)]);
    let block = generate(&p, &spec(Rect::new(0, 8 * M, 80 * M, 22 * M))).expect("generates");
    // No run of touching booths in one row is longer than 30 m.
    let mut row: Vec<Rect> = block
        .booths
        .iter()
        .map(|(_, b)| b.rect)
        .filter(|r| r.y_mm == block.booths[0].1.rect.y_mm)
        .collect();
    row.sort();
    let mut run = row[0].w_mm;
    for pair in row.windows(2) {
        run = if pair[1].x_mm == pair[0].right() {
            run + pair[1].w_mm
        } else {
            pair[1].w_mm
        };
        assert!(run <= 30 * M, "a row of {run} mm without a cross aisle");
    }
}

#[test]
fn the_generator_keeps_clear_of_pillars_exits_and_fire_equipment() {
    let mut plan = common::hall_plan();
    add_obstacle(
        &mut plan,
        ObstacleKind::Pillar,
        Rect::new(15 * M, 15 * M, 800, 800),
    );
    add_obstacle(
        &mut plan,
        ObstacleKind::FireEquipment,
        Rect::new(30 * M, 29_700, 1000, 300),
    );
    let block = generate(&plan, &spec(Rect::new(0, 0, 40 * M, 30 * M))).expect("generates");
    boothplan::edit::apply(&mut plan, block.edit());
    assert!(errors(&plan).is_empty(), "{:#?}", errors(&plan));
    assert!(!validate(&plan).has(Rule::BoothContainsPillar));
}

#[test]
fn nothing_fits_is_an_error_not_an_empty_block() {
    let plan = common::hall_plan();
    assert!(generate(&plan, &spec(Rect::new(0, 0, 8 * M, 8 * M))).is_err());
    assert!(
        generate(
            &plan,
            &BlockSpec {
                booth_w_mm: 0,
                ..spec(Rect::new(0, 0, 40 * M, 30 * M))
            }
        )
        .is_err()
    );
}

fn cleared_demo() -> Plan {
    let mut plan = boothplan::demo::demo_plan();
    for b in plan.booths.values_mut() {
        b.exhibitor = None;
        if b.status != BoothStatus::OnHold {
            b.status = BoothStatus::Available;
        }
    }
    plan
}

#[test]
fn the_allocator_places_the_demo_with_no_errors_and_no_competitors_side_by_side() {
    let mut plan = cleared_demo();
    let allocation = allocate(&plan);
    assert_eq!(
        allocation.assignments.len() + allocation.unplaced.len(),
        420
    );
    for u in &allocation.unplaced {
        assert!(!u.reason.is_empty());
    }
    let placed = allocation.assignments.len();
    assert_eq!(
        placed, 420,
        "every exhibitor has a place: {:?}",
        allocation.unplaced
    );
    let edit = allocation.edit(&plan);
    boothplan::edit::apply(&mut plan, edit);
    let report = validate(&plan);
    assert_eq!(report.errors(), 0, "{:#?}", report.findings);
    assert!(!report.has(Rule::CompetitorsAdjacent));
    assert!(
        allocation
            .by_placement()
            .get(&Placement::ExactInZone)
            .copied()
            .unwrap_or(0)
            > 350,
        "{}",
        allocation.summary()
    );
}

#[test]
fn the_allocator_is_deterministic_and_never_gives_a_smaller_booth() {
    let plan = cleared_demo();
    let a = allocate(&plan);
    assert_eq!(a, allocate(&plan));
    for x in &a.assignments {
        let contract = i128::from(plan.exhibitors[&x.exhibitor].contracted_area_mm2);
        let area = plan.booths[&x.booth].area_mm2();
        assert!(
            area * 1000 >= contract * 950,
            "{} got {area} for {contract}",
            x.exhibitor
        );
    }
}

#[test]
fn competitors_are_kept_apart_and_the_reason_says_so() {
    let mut plan = common::hall_plan();
    let a = add_booth(&mut plan, "A-1", 10 * M, 10 * M, 3 * M, 3 * M);
    add_booth(&mut plan, "A-2", 13 * M, 10 * M, 3 * M, 3 * M);
    let first = add_exhibitor(&mut plan, "Nordwave", 9_000_000, Some(a));
    let second = add_exhibitor(&mut plan, "Southwave", 9_000_000, None);
    make_competitors(&mut plan, first, second);
    let allocation = allocate(&plan);
    assert!(allocation.assignments.is_empty());
    assert_eq!(
        allocation.unplaced[0].reason,
        "each of the 1 available booths of 8.55 m² or more is beside or facing a competitor"
    );
}

#[test]
fn an_unplaced_exhibitor_is_told_why() {
    let mut plan = common::hall_plan();
    add_booth(&mut plan, "A-1", 10 * M, 10 * M, 3 * M, 3 * M);
    let z = add_zone(
        &mut plan,
        "Spectrum & Satellite",
        Rect::new(0, 0, 40 * M, 30 * M),
    );
    let e = add_exhibitor(&mut plan, "Big Sat", 36_000_000, None);
    plan.exhibitors.get_mut(&e).expect("e").preferred_zone = Some(z);
    let allocation = allocate(&plan);
    assert_eq!(
        allocation.unplaced[0].reason,
        "no available booth of 34.2 m² or more in Spectrum & Satellite or elsewhere"
    );
}
