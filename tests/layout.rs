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

// ---- the allocation against an independent optimum ----

use boothplan::demo::random_contracts;

/// The least-cost assignment of every row to a distinct column (rows ≤ columns), by the
/// Hungarian algorithm with potentials: an implementation independent of the allocator's
/// minimum-cost flow. The column of each row.
fn hungarian(cost: &[Vec<i128>]) -> Vec<usize> {
    let (n, m) = (cost.len(), cost.first().map_or(0, Vec::len));
    let inf = i128::MAX / 4;
    let (mut u, mut v) = (vec![0i128; n + 1], vec![0i128; m + 1]);
    let (mut p, mut way) = (vec![0usize; m + 1], vec![0usize; m + 1]);
    for i in 1..=n {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![inf; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let (i0, mut delta, mut j1) = (p[j0], inf, 0);
            for j in 1..=m {
                if !used[j] {
                    let cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut col = vec![0; n];
    for j in 1..=m {
        if p[j] != 0 {
            col[p[j] - 1] = j - 1;
        }
    }
    col
}

/// (placed, outside their zone, m² given away) of the allocator, and the reference optimum:
/// the most companies any assignment places, then, for the same companies to the same booths,
/// the fewest outside their zone and then the least floor given away.
fn against_the_optimum(plan: &Plan) -> ((usize, usize, i128), (usize, usize, i128)) {
    use boothplan::model::{BoothId, ExhibitorId};
    let a = allocate(plan);
    let free: Vec<BoothId> = plan
        .booths
        .iter()
        .filter(|(_, b)| b.exhibitor.is_none() && b.status == BoothStatus::Available)
        .map(|(id, _)| *id)
        .collect();
    let fits = |e: ExhibitorId, b: BoothId| {
        let c = i128::from(plan.exhibitors[&e].contracted_area_mm2);
        plan.booths[&b].area_mm2() * 1000 >= c * 950
    };
    let waiting: Vec<ExhibitorId> = plan.exhibitors.keys().copied().collect();
    let big = 1_000_000_000_000i128;
    // Most placed: fitting costs 0, a dummy column (unplaced) 1.
    let count_cost: Vec<Vec<i128>> = waiting
        .iter()
        .map(|e| {
            free.iter()
                .map(|b| if fits(*e, *b) { 0 } else { big })
                .chain(std::iter::repeat_n(1, waiting.len()))
                .collect()
        })
        .collect();
    let best_placed = hungarian(&count_cost)
        .iter()
        .filter(|c| **c < free.len())
        .count();
    // The same companies as the allocator placed: zone first, then area given away.
    let placed: Vec<ExhibitorId> = a.assignments.iter().map(|x| x.exhibitor).collect();
    let outside = |e: ExhibitorId, b: BoothId| {
        plan.exhibitors[&e]
            .preferred_zone
            .is_some_and(|z| plan.zone_of(&plan.booths[&b]) != Some(z))
    };
    let give = |e: ExhibitorId, b: BoothId| {
        (plan.booths[&b].area_mm2() - i128::from(plan.exhibitors[&e].contracted_area_mm2)).max(0)
    };
    let zone_cost: Vec<Vec<i128>> = placed
        .iter()
        .map(|e| {
            free.iter()
                .map(|b| {
                    if fits(*e, *b) {
                        i128::from(outside(*e, *b)) * big + give(*e, *b) / 10_000
                    } else {
                        big * big
                    }
                })
                .collect()
        })
        .collect();
    let cols = hungarian(&zone_cost);
    let reference = placed.iter().zip(&cols).fold((0, 0), |(o, g), (e, c)| {
        (
            o + usize::from(outside(*e, free[*c])),
            g + give(*e, free[*c]),
        )
    });
    let ours = (a.assignments.len(), a.outside_zone(), a.given_away_mm2);
    (ours, (best_placed, reference.0, reference.1))
}

#[test]
fn on_random_contracts_the_allocation_is_as_good_as_an_independent_optimum() {
    for seed in [1, 2, 3] {
        let plan = random_contracts(seed);
        let (ours, best) = against_the_optimum(&plan);
        eprintln!(
            "seed {seed}: placed {} (optimum {}), outside their zone {} (optimum {}), given away {:.0} m² (optimum {:.0} m²)",
            ours.0,
            best.0,
            ours.1,
            best.1,
            ours.2 as f64 / 1e6,
            best.2 as f64 / 1e6
        );
        assert_eq!(ours.0, best.0, "as many placed as any assignment could");
        assert!(
            ours.1 <= best.1 + 2,
            "outside their zone: {} vs {}",
            ours.1,
            best.1
        );
        assert!(
            ours.2 * 10 <= best.2 * 11,
            "given away: {} vs {}",
            ours.2,
            best.2
        );
    }
}

#[test]
fn merging_neighbouring_booths_places_more_companies_and_adds_no_error() {
    use boothplan::layout::{AllocateOptions, allocate_with};
    for seed in [1, 2, 3] {
        let plan = random_contracts(seed);
        let plain = allocate(&plan);
        let merging = allocate_with(&plan, AllocateOptions { merge: true });
        assert_eq!(
            merging,
            allocate_with(&plan, AllocateOptions { merge: true }),
            "deterministic"
        );
        let (_, best) = against_the_optimum(&plan);
        eprintln!(
            "seed {seed}: {} placed without merging (optimum {}), {} with {} merges; given away {:.0} m² and {:.0} m²",
            plain.assignments.len(),
            best.0,
            merging.assignments.len(),
            merging.merged.len(),
            plain.given_away_mm2 as f64 / 1e6,
            merging.given_away_mm2 as f64 / 1e6
        );
        assert!(merging.assignments.len() > plain.assignments.len());
        let mut after = plan.clone();
        boothplan::edit::apply(&mut after, merging.edit(&plan));
        let report = validate(&after);
        assert_eq!(
            report.errors(),
            validate(&plan).errors(),
            "{:#?}",
            report.findings
        );
        assert!(!report.has(Rule::CompetitorsAdjacent));
        // Every company has at least its contract, less the tolerance, in one booth.
        for a in &merging.assignments {
            let contract = i128::from(plan.exhibitors[&a.exhibitor].contracted_area_mm2);
            let booth = &after.booths[&a.booth];
            assert_eq!(booth.exhibitor, Some(a.exhibitor));
            assert!(booth.area_mm2() * 1000 >= contract * 950);
        }
        // Merged booths cover exactly the floor of their parts.
        let area = |p: &Plan| {
            p.booths
                .values()
                .map(boothplan::model::Booth::area_mm2)
                .sum::<i128>()
        };
        assert_eq!(area(&after), area(&plan));
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(12))]

    /// On the demo with some companies already placed by hand and the rest given random
    /// contracts: those placed keep their booths, nobody gets less than the contract beyond
    /// the tolerance or stands beside a competitor, and the answer is always the same.
    #[test]
    fn allocation_keeps_placed_companies_contracts_and_competitors(seed in 0u64..1_000, keep_every in 2usize..6, merge in proptest::bool::ANY) {
        use boothplan::layout::{AllocateOptions, allocate_with};
        let demo = boothplan::demo::demo_plan();
        let mut plan = random_contracts(seed);
        // Every n-th of the demo's allocations stays, as if placed by hand.
        let kept: Vec<_> = demo
            .booths
            .iter()
            .filter(|(_, b)| b.exhibitor.is_some())
            .step_by(keep_every)
            .map(|(id, b)| (*id, b.exhibitor))
            .collect();
        for (id, e) in &kept {
            let b = plan.booths.get_mut(id).expect("booth");
            b.exhibitor = *e;
            b.status = BoothStatus::Sold;
        }
        let options = AllocateOptions { merge };
        let a = allocate_with(&plan, options);
        proptest::prop_assert_eq!(&a, &allocate_with(&plan, options));
        let mut after = plan.clone();
        boothplan::edit::apply(&mut after, a.edit(&plan));
        for (id, e) in &kept {
            proptest::prop_assert_eq!(after.booths.get(id).and_then(|b| b.exhibitor), *e);
        }
        for x in &a.assignments {
            let contract = i128::from(plan.exhibitors[&x.exhibitor].contracted_area_mm2);
            proptest::prop_assert!(after.booths[&x.booth].area_mm2() * 1000 >= contract * 950);
        }
        let before = validate(&plan);
        let report = validate(&after);
        let pairs = |r: &boothplan::validate::Report| {
            r.findings.iter().filter(|f| f.rule == Rule::CompetitorsAdjacent).count()
        };
        proptest::prop_assert!(pairs(&report) <= pairs(&before), "no new competitors side by side");
        proptest::prop_assert!(report.errors() <= before.errors());
    }
}

#[test]
fn a_company_its_class_cannot_seat_leaves_the_booth_to_the_next_by_priority() {
    // One free booth, beside the booth of a competitor of the highest-priority company.
    let mut plan = common::hall_plan();
    let taken = add_booth(&mut plan, "A-1", 10 * M, 10 * M, 3 * M, 3 * M);
    add_booth(&mut plan, "A-2", 13 * M, 10 * M, 3 * M, 3 * M);
    let rival = add_exhibitor(&mut plan, "Rival", 9_000_000, Some(taken));
    let first = add_exhibitor(&mut plan, "First", 9_000_000, None);
    let second = add_exhibitor(&mut plan, "Second", 9_000_000, None);
    let last = add_exhibitor(&mut plan, "Last", 9_000_000, None);
    let far = add_exhibitor(&mut plan, "Far away", 9_000_000, None);
    make_competitors(&mut plan, first, rival);
    // The lowest priority has a competitor too (far away): it is handed out early, yet it must
    // not take the booth before a higher priority.
    make_competitors(&mut plan, last, far);
    for (e, p) in [(first, 5), (second, 3), (last, 0), (far, 0)] {
        plan.exhibitors.get_mut(&e).expect("e").priority = p;
    }
    let a = allocate(&plan);
    let placed: Vec<_> = a.assignments.iter().map(|x| x.exhibitor).collect();
    assert_eq!(placed, [second], "{a:?}");
    let first_reason = &a
        .unplaced
        .iter()
        .find(|u| u.exhibitor == first)
        .expect("first")
        .reason;
    assert!(first_reason.contains("competitor"), "{first_reason}");
}
