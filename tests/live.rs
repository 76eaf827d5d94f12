//! Live validation while dragging: after booths move, the incremental report equals a full
//! validation of the new plan, on random plans and on the demo.

mod common;

use boothplan::model::{
    BoothId, Derived, ExhibitorId, Hall, HallId, ObstacleKind, Plan, Point, Rect, Side,
};
use boothplan::validate::{Live, validate};
use common::*;
use proptest::prelude::*;

/// Two halls side by side (an L-shaped hall 1 and a hall 2 sharing part of its east wall),
/// booths anywhere on the site and beyond it on a 500 mm grid (rows that touch, pinched gaps,
/// overlaps, booths deep enough for the depth rule), obstacles of every kind and of either
/// hall wherever drawn, exits, a zone, exhibitors with contracts, preferred zones and
/// competitors, and venue rules that vary what each rule looks across.
fn plan_strategy() -> impl Strategy<Value = Plan> {
    let size = prop_oneof![4 => 4i64..13, 1 => 20i64..44];
    let booth = (0i64..2, 0i64..150, 0i64..84, size, 4i64..9, 0u32..8);
    let obstacle = (0i64..2, 0i64..150, 0i64..84, 1i64..6, 0usize..5);
    let rules = (
        prop::sample::select(vec![2400i64, 3000]),
        prop::sample::select(vec![3000i64, 6000]),
        prop::sample::select(vec![915i64, 1500]),
        prop::sample::select(vec![6000i64, 15_000]),
    );
    (
        proptest::collection::vec(booth, 2..18),
        proptest::collection::vec(obstacle, 0..6),
        0i64..40,
        0i64..30,
        any::<bool>(),
        rules,
    )
        .prop_map(|(booths, obstacles, door_x, door_y, row_limit, rules)| {
            let h = 500;
            let mut p = hall_plan();
            p.halls.get_mut(&HallId(1)).expect("hall 1").outline = vec![
                Rect::new(0, 0, 40 * M, 30 * M),
                Rect::new(0, 30 * M, 20 * M, 10 * M),
            ];
            p.halls.insert(
                HallId(2),
                Hall {
                    name: "Hall 2".into(),
                    code: "B".into(),
                    outline: vec![Rect::new(40 * M, 6 * M, 26 * M, 24 * M)],
                },
            );
            let (aisle, facing, clear, depth) = rules;
            p.rules.min_aisle_mm = aisle;
            p.rules.competitor_facing_gap_mm = facing;
            p.rules.min_clear_width_mm = clear;
            p.rules.max_booth_depth_mm = depth;
            add_exit(&mut p, Side::West, Point::new(0, 2 * M + door_y * h));
            let id = add_exit(
                &mut p,
                Side::South,
                Point::new(44 * M + door_x * h / 2, 30 * M),
            );
            p.exits.get_mut(&id).expect("exit").hall = HallId(2);
            if row_limit {
                p.rules.max_row_length_mm = 9 * M;
                p.rules.max_dead_end_mm = 9 * M;
            }
            let zone = add_zone(&mut p, "5G", Rect::new(0, 0, 20 * M, 30 * M));
            for k in 0..5 {
                add_exhibitor(&mut p, &format!("Firma {k}"), 24 * M * M, None);
            }
            // Exhibitors 1 and 2 compete; 1 wants the zone.
            make_competitors(&mut p, ExhibitorId(1), ExhibitorId(2));
            p.exhibitors
                .get_mut(&ExhibitorId(1))
                .expect("e1")
                .preferred_zone = Some(zone);
            for (i, (hall, x, y, w, d, owner)) in booths.into_iter().enumerate() {
                let b = add_booth(&mut p, &format!("B{i}"), x * h, y * h, w * h, d * h);
                let booth = p.booths.get_mut(&b).expect("booth");
                booth.hall = HallId(hall as u32 + 1);
                if owner < 5 {
                    allocate(&mut p, ExhibitorId(owner + 1), b);
                }
            }
            for (hall, x, y, s, kind) in obstacles {
                let o = add_obstacle(
                    &mut p,
                    ObstacleKind::ALL[kind],
                    Rect::new(x * h, y * h, s * h, s * h),
                );
                p.obstacles.get_mut(&o).expect("obstacle").hall = HallId(hall as u32 + 1);
            }
            p
        })
}

/// One step of a drag: which booths (by position in the plan) move together, by how much (in
/// 500 mm steps), and the new size of the first of them, if it is resized.
type Step = (Vec<usize>, i64, i64, Option<(i64, i64)>);

/// Steps of a drag.
fn moves() -> impl Strategy<Value = Vec<Step>> {
    proptest::collection::vec(
        (
            proptest::collection::vec(0usize..18, 1..4),
            -40i64..40,
            -30i64..30,
            prop::option::of((4i64..13, 4i64..9)),
        ),
        1..6,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn the_live_report_equals_a_full_validation(mut p in plan_strategy(), steps in moves()) {
        let mut live = Live::new(&p);
        prop_assert_eq!(live.report(), &validate(&p));
        for (which, dx, dy, resize) in steps {
            let ids: Vec<BoothId> = p.booths.keys().copied().collect();
            let mut moved: Vec<BoothId> = which.iter().map(|k| ids[k % ids.len()]).collect();
            moved.sort();
            moved.dedup();
            let h = 500;
            for (n, id) in moved.iter().enumerate() {
                let rect = &mut p.booths.get_mut(id).expect("booth").rect;
                *rect = rect.translated(dx * h, dy * h);
                if let (0, Some((w, d))) = (n, resize) {
                    rect.w_mm = w * h;
                    rect.d_mm = d * h;
                }
            }
            live.moved(&p, &moved);
            let full = validate(&p);
            let extra: Vec<_> = live.report().findings.iter().filter(|f| !full.findings.contains(f)).collect();
            let missing: Vec<_> = full.findings.iter().filter(|f| !live.report().findings.contains(f)).collect();
            prop_assert!(
                live.report().findings == full.findings,
                "after moving {:?}: live only {:#?}, full only {:#?}",
                moved,
                extra,
                missing
            );
            // Open sides (booth types, prices) too.
            prop_assert_eq!(&live.derived().open, &Derived::new(&p).open);
        }
    }
}

#[test]
fn dragging_demo_booths_keeps_the_report_exact() {
    let mut p = boothplan::demo::demo_plan();
    let mut live = Live::new(&p);
    let ids: Vec<BoothId> = p.booths.keys().copied().collect();
    // A booth dragged across its block in steps, then several booths moved together.
    let id = ids[40];
    for step in 0..12 {
        p.booths.get_mut(&id).expect("booth").rect.x_mm += 700;
        if step % 3 == 0 {
            p.booths.get_mut(&id).expect("booth").rect.y_mm -= 1200;
        }
        live.moved(&p, &[id]);
        assert_eq!(live.report(), &validate(&p), "step {step}");
    }
    let group: Vec<BoothId> = ids.iter().copied().skip(200).step_by(37).take(6).collect();
    for g in &group {
        p.booths.get_mut(g).expect("booth").rect.y_mm += 2500;
    }
    live.moved(&p, &group);
    assert_eq!(live.report(), &validate(&p));
    // Something other than a move: validated in full.
    p.booths.remove(&ids[3]);
    live.moved(&p, &[ids[3]]);
    assert_eq!(live.report(), &validate(&p));
}
