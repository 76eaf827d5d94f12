//! The embedded demo show: the show of shared/DOMAIN.md, clean, and committed up to date.

use std::collections::BTreeSet;

use boothplan::demo::{DEMO_EXHIBITORS, demo_plan};
use boothplan::model::{BoothStatus, geom::m2};
use boothplan::validate::{Rule, validate};

const COMMITTED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/demo/global-ict-2026.ron"
);

#[test]
fn the_committed_demo_matches_the_generator() {
    let committed =
        std::fs::read_to_string(COMMITTED).expect("assets/demo/global-ict-2026.ron is committed");
    let generated = boothplan::io::to_ron_string(&demo_plan()).expect("serialise");
    assert!(
        committed == generated,
        "assets/demo/global-ict-2026.ron is stale: run `cargo run --release -- demo -o assets/demo/global-ict-2026.ron`"
    );
}

#[test]
fn the_demo_is_the_busan_show() {
    let plan = demo_plan();
    assert_eq!(plan.halls.len(), 3);
    let area: f64 = plan.halls.values().map(|h| m2(h.area_mm2())).sum();
    assert!(
        (24_000.0..29_000.0).contains(&area),
        "about 26,500 m², got {area}"
    );
    assert!(
        plan.halls.values().any(|h| h.outline.len() > 1),
        "one hall is not a plain rectangle"
    );
    assert_eq!(plan.exhibitors.len(), DEMO_EXHIBITORS);
    let names: Vec<&str> = plan.exhibitors.values().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"한빛통신"));
    assert!(names.contains(&"Công ty Viễn thông Sông Hồng"));
    let hangul = names
        .iter()
        .filter(|n| n.chars().any(|c| ('가'..='힣').contains(&c)))
        .count();
    let vietnamese = names
        .iter()
        .filter(|n| n.contains("Công ty") || n.contains("Tập đoàn"))
        .count();
    let latin = names.len() - hangul - vietnamese;
    assert!(
        hangul > 50 && vietnamese > 30 && latin > 50,
        "{hangul} Hangul, {vietnamese} Vietnamese, {latin} Latin"
    );
    let areas: BTreeSet<i64> = plan
        .exhibitors
        .values()
        .map(|e| e.contracted_area_mm2 / 1_000_000)
        .collect();
    assert_eq!(areas.first(), Some(&9));
    assert!(*areas.last().expect("areas") >= 200);
    let pairs = plan
        .exhibitors
        .values()
        .filter(|e| !e.competitors.is_empty())
        .count();
    assert!(pairs >= 10, "competitor pairs: {pairs}");
    for name in [
        "5G & Mobile",
        "Cybersecurity",
        "Spectrum & Satellite",
        "ICT for Women",
        "Korea Pavilion",
    ] {
        assert!(plan.zones.values().any(|z| z.name == name), "zone {name}");
    }
    assert!(
        plan.booths
            .values()
            .any(|b| b.status == BoothStatus::OnHold)
    );
    assert!(
        plan.booths
            .values()
            .any(|b| b.status == BoothStatus::Reserved)
    );
}

#[test]
fn the_demo_has_no_errors_and_only_deliberate_warnings() {
    let plan = demo_plan();
    let report = validate(&plan);
    assert_eq!(report.errors(), 0, "{:#?}", report.findings);
    let warnings: BTreeSet<Rule> = report
        .findings
        .iter()
        .filter(|f| f.severity() == boothplan::validate::Severity::Warning)
        .map(|f| f.rule)
        .collect();
    assert_eq!(
        warnings,
        [
            Rule::ExhibitorMultipleBooths,
            Rule::AreaMismatch,
            Rule::ZoneMismatch
        ]
        .into_iter()
        .collect(),
        "{:#?}",
        report.findings
    );
    assert_eq!(report.warnings(), 3);
}

#[test]
fn unallocated_exhibitors_each_have_a_free_booth_that_fits() {
    let plan = demo_plan();
    let waiting: Vec<_> = plan
        .exhibitors
        .iter()
        .filter(|(id, _)| plan.booths_of(**id).next().is_none())
        .collect();
    assert!(
        (20..=40).contains(&waiting.len()),
        "{} unallocated",
        waiting.len()
    );
    let mut free: Vec<_> = plan
        .booths
        .values()
        .filter(|b| b.exhibitor.is_none() && b.status == BoothStatus::Available)
        .collect();
    for (_, e) in waiting {
        let pos = free
            .iter()
            .position(|b| {
                b.area_mm2() == i128::from(e.contracted_area_mm2)
                    && e.preferred_zone == plan.zone_of(b)
            })
            .unwrap_or_else(|| panic!("{} has no free booth that fits", e.name));
        free.remove(pos);
    }
}
