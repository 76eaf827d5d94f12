//! The boothplan binary.
fn main() {
    let plan = boothplan::demo::demo_plan();
    let report = boothplan::validate::validate(&plan);
    println!(
        "booths {} exhibitors {} allocated {}",
        plan.booths.len(),
        plan.exhibitors.len(),
        plan.allocated_exhibitor_count()
    );
    for h in plan.halls.values() {
        println!("{} {} m2", h.name, h.area_mm2() / 1_000_000);
    }
    let mut h = std::collections::BTreeMap::new();
    for b in plan.booths.values() {
        *h.entry(b.area_mm2() / 1_000_000).or_insert(0) += 1;
    }
    println!(
        "{h:?} booth m2 {} sold {}",
        plan.booths.values().map(|b| b.area_mm2()).sum::<i128>() / 1_000_000,
        plan.area_sold_mm2() / 1_000_000
    );
    for f in &report.findings {
        println!("{} {} {}", f.severity(), f.rule, f.message);
    }
}
#[allow(dead_code)]
fn hist() {}
