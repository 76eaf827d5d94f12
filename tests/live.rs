//! Live validation while dragging: after booths move, the incremental report equals a full
//! validation of the new plan, on random plans and on the demo.

mod common;

use boothplan::model::{BoothId, ExhibitorId, Hall, HallId, ObstacleKind, Plan, Point, Rect, Side};
use boothplan::validate::{Live, validate};
use common::*;
use proptest::prelude::*;

/// Two halls side by side (the second shifted, so walls meet partly), booths on a 500 mm grid
/// (rows that touch, pinched gaps, overlaps), pillars and fire equipment, exits, a zone,
/// exhibitors with contracts, preferred zones and competitors.
fn plan_strategy() -> impl Strategy<Value = Plan> {
    let booth = (0i64..2, 0i64..52, 0i64..34, 4i64..13, 4i64..9, 0u32..8);
    let obstacle = (0i64..2, 0i64..52, 0i64..34, 1i64..4, any::<bool>());
    (
        proptest::collection::vec(booth, 2..16),
        proptest::collection::vec(obstacle, 0..5),
        0i64..40,
        0i64..30,
        any::<bool>(),
    )
        .prop_map(|(booths, obstacles, door_x, door_y, row_limit)| {
            let h = 500;
            let mut p = hall_plan();
            p.halls.insert(
                HallId(2),
                Hall {
                    name: "Hall 2".into(),
                    code: "B".into(),
                    outline: vec![Rect::new(40 * M, 6 * M, 26 * M, 24 * M)],
                },
            );
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
            for (hall, x, y, s, fire) in obstacles {
                let kind = if fire {
                    ObstacleKind::FireEquipment
                } else {
                    ObstacleKind::Pillar
                };
                let o = add_obstacle(&mut p, kind, Rect::new(x * h, y * h, s * h, s * h));
                p.obstacles.get_mut(&o).expect("obstacle").hall = HallId(hall as u32 + 1);
            }
            p
        })
}

/// Moves: which booth (by position in the plan), where to, and what size.
fn moves() -> impl Strategy<Value = Vec<(usize, i64, i64, i64, i64)>> {
    proptest::collection::vec((0usize..16, 0i64..56, 0i64..36, 4i64..13, 4i64..9), 1..5)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn the_live_report_equals_a_full_validation(mut p in plan_strategy(), steps in moves()) {
        let mut live = Live::new(&p);
        prop_assert_eq!(live.report(), &validate(&p));
        for (k, x, y, w, d) in steps {
            let ids: Vec<BoothId> = p.booths.keys().copied().collect();
            let id = ids[k % ids.len()];
            let h = 500;
            p.booths.get_mut(&id).expect("booth").rect = Rect::new(x * h, y * h, w * h, d * h);
            live.moved(&p, &[id]);
            let full = validate(&p);
            let extra: Vec<_> = live.report().findings.iter().filter(|f| !full.findings.contains(f)).collect();
            let missing: Vec<_> = full.findings.iter().filter(|f| !live.report().findings.contains(f)).collect();
            prop_assert!(
                live.report().findings == full.findings,
                "after moving {} to {:?}: live only {:#?}, full only {:#?}",
                id,
                p.booths[&id].rect,
                extra,
                missing
            );
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
