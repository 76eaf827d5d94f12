//! Properties over arbitrary plans: validation never panics; files round-trip exactly.

mod common;

use std::collections::BTreeSet;

use boothplan::model::{
    Booth, BoothId, BoothStatus, Contact, Exhibitor, ExhibitorId, Exit, ExitId, Hall, HallId,
    Obstacle, ObstacleId, ObstacleKind, Plan, Point, Rect, Side, VenueRules, Zone, ZoneId,
    ZoneKind,
};
use proptest::prelude::*;
use proptest::strategy::ValueTree;

/// Coordinates: mostly plausible, sometimes zero, negative or enormous.
fn coord() -> impl Strategy<Value = i64> {
    prop_oneof![
        6 => (0i64..60).prop_map(|m| m * 1000),
        2 => -5_000i64..80_000,
        1 => Just(0i64),
        1 => prop_oneof![Just(i64::MIN), Just(i64::MAX), Just(i64::MAX / 2), Just(-(1i64 << 40))],
    ]
}

fn size() -> impl Strategy<Value = i64> {
    prop_oneof![
        6 => (1i64..10).prop_map(|m| m * 1000),
        1 => Just(0i64),
        1 => -3000i64..0,
        1 => prop_oneof![Just(i64::MAX), Just(1i64 << 50)],
    ]
}

fn rect() -> impl Strategy<Value = Rect> {
    (coord(), coord(), size(), size()).prop_map(|(x, y, w, d)| Rect::new(x, y, w, d))
}

/// Printable text in the three scripts, with quotes, backslashes and control characters.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9 \\-]{0,12}",
        "[가-힣]{1,6}",
        "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễđìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ ]{1,10}",
        any::<String>(),
        Just("quote \" backslash \\ hash # r#\"raw\"#".to_owned()),
    ]
}

fn hall_id() -> impl Strategy<Value = HallId> {
    (0u32..4).prop_map(HallId) // 0 and 3 are often dangling
}

fn exhibitor_id() -> impl Strategy<Value = ExhibitorId> {
    (0u32..12).prop_map(ExhibitorId)
}

fn side() -> impl Strategy<Value = Side> {
    prop::sample::select(Side::ALL.to_vec())
}

fn status() -> impl Strategy<Value = BoothStatus> {
    prop::sample::select(BoothStatus::ALL.to_vec())
}

fn kind() -> impl Strategy<Value = ObstacleKind> {
    prop::sample::select(ObstacleKind::ALL.to_vec())
}

fn rules() -> impl Strategy<Value = VenueRules> {
    prop_oneof![
        4 => Just(VenueRules::default()),
        1 => (
            prop_oneof![Just(0i64), Just(-1000i64), 1i64..6000, Just(i64::MAX)],
            prop_oneof![Just(0i64), Just(-5i64), 100i64..3000, Just(i64::MAX)],
            any::<i64>(),
        )
            .prop_map(|(aisle, grid, other)| VenueRules {
                min_aisle_mm: aisle,
                walk_grid_mm: grid,
                competitor_facing_gap_mm: other,
                min_clear_width_mm: other.wrapping_neg(),
                area_tolerance_permille: other,
                max_travel_mm: other,
                ..VenueRules::default()
            }),
    ]
}

fn exhibitor() -> impl Strategy<Value = Exhibitor> {
    (
        text(),
        text(),
        any::<i64>(),
        prop::option::of((0u32..4).prop_map(ZoneId)),
        prop::collection::btree_set(exhibitor_id(), 0..3),
        any::<i32>(),
        text(),
        prop::option::of(text()),
    )
        .prop_map(
            |(name, country, area, zone, competitors, priority, notes, external_id)| Exhibitor {
                name,
                country,
                sector: "5G".into(),
                contracted_area_mm2: area,
                preferred_zone: zone,
                competitors,
                priority,
                contact: Contact {
                    person: notes.clone(),
                    email: "a@example.com".into(),
                    phone: String::new(),
                },
                notes,
                external_id,
            },
        )
}

#[expect(
    clippy::too_many_lines,
    reason = "one strategy builds one whole plan, field by field"
)]
fn plan() -> impl Strategy<Value = Plan> {
    let halls = prop::collection::vec((text(), prop::collection::vec(rect(), 0..3)), 0..3);
    let booths = prop::collection::vec(
        (
            text(),
            hall_id(),
            rect(),
            status(),
            prop::option::of(any::<i64>()),
            prop::option::of(exhibitor_id()),
        ),
        0..25,
    );
    let obstacles = prop::collection::vec((hall_id(), kind(), rect(), text()), 0..6);
    let exits = prop::collection::vec(
        (
            hall_id(),
            side(),
            coord(),
            coord(),
            size(),
            prop::option::of(size()),
        ),
        0..4,
    );
    let zones = prop::collection::vec(
        (text(), hall_id(), prop::collection::vec(rect(), 0..2)),
        0..3,
    );
    let exhibitors = prop::collection::vec(exhibitor(), 0..10);
    (
        halls,
        booths,
        obstacles,
        exits,
        zones,
        exhibitors,
        rules(),
        prop_oneof![Just(1000i64), Just(500), Just(3048), Just(0), Just(-7)],
        text(),
    )
        .prop_map(
            |(halls, booths, obstacles, exits, zones, exhibitors, rules, pitch, show)| {
                let mut p = Plan {
                    rules,
                    ..Plan::default()
                };
                p.meta.grid_pitch_mm = pitch;
                p.meta.show_name = show;
                for (i, (name, outline)) in halls.into_iter().enumerate() {
                    p.halls.insert(
                        HallId(i as u32 + 1),
                        Hall {
                            name,
                            code: "A".into(),
                            outline,
                        },
                    );
                }
                for (i, (number, hall, rect, status, price, exhibitor)) in
                    booths.into_iter().enumerate()
                {
                    p.booths.insert(
                        BoothId(i as u32 * 3 + 1),
                        Booth {
                            number,
                            hall,
                            rect,
                            status,
                            price_override_minor: price,
                            exhibitor,
                        },
                    );
                }
                for (i, (hall, kind, rect, label)) in obstacles.into_iter().enumerate() {
                    p.obstacles.insert(
                        ObstacleId(i as u32 + 1),
                        Obstacle {
                            hall,
                            kind,
                            rect,
                            label,
                        },
                    );
                }
                for (i, (hall, wall, x, y, width_mm, clearance_mm)) in exits.into_iter().enumerate()
                {
                    p.exits.insert(
                        ExitId(i as u32 + 1),
                        Exit {
                            hall,
                            label: format!("X{i}"),
                            wall,
                            at: Point::new(x, y),
                            width_mm,
                            clearance_mm,
                        },
                    );
                }
                for (i, (name, hall, areas)) in zones.into_iter().enumerate() {
                    p.zones.insert(
                        ZoneId(i as u32 + 1),
                        Zone {
                            name,
                            kind: ZoneKind::Pavilion,
                            hall,
                            colour: [1, 2, 3],
                            areas,
                            price_per_m2_minor: Some(-5),
                        },
                    );
                }
                for (i, e) in exhibitors.into_iter().enumerate() {
                    p.exhibitors.insert(ExhibitorId(i as u32 + 1), e);
                }
                p
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn validate_never_panics_and_is_deterministic(p in plan()) {
        let a = boothplan::validate::validate(&p);
        let b = boothplan::validate::validate(&p);
        prop_assert_eq!(&a, &b);
        // Every finding names only booths and exhibitors it can point at.
        for f in &a.findings {
            prop_assert_eq!(f.booths.len(), f.booth_ids.len());
            prop_assert!(!f.message.is_empty());
        }
        let derived = boothplan::model::Derived::new(&p);
        for id in p.booths.keys() {
            let _ = derived.price_minor(&p, *id);
        }
    }

    #[test]
    fn load_of_save_is_identity(p in plan()) {
        let text = boothplan::io::to_ron_string(&p).expect("serialise");
        let back = boothplan::io::from_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back, &p);
        // Deterministic: the same plan gives the same bytes.
        prop_assert_eq!(boothplan::io::to_ron_string(&back).expect("serialise"), text);
    }
}

#[test]
fn the_strategies_reach_dangling_references() {
    // Guard against a strategy that silently stops generating the hard cases.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut dangling = 0;
    for _ in 0..200 {
        let p = plan().new_tree(&mut runner).expect("tree").current();
        let ids: BTreeSet<_> = p.halls.keys().collect();
        dangling += p.booths.values().filter(|b| !ids.contains(&b.hall)).count();
    }
    assert!(dangling > 0);
}
