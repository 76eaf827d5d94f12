//! Comparing and merging big plans: two 60,000-booth plans with 1,000 changes compared (the
//! target is under a second), beside a full validation of one plan, which a diff runs twice.
#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::hint::black_box;

use boothplan::compare::{Side, diff, diff_sides, merge::merge};
use boothplan::demo::synthetic_plan;
use boothplan::model::{BoothStatus, Plan};
use boothplan::validate::validate;
use criterion::{Criterion, criterion_group, criterion_main};

/// `plan` with `n` changes spread over it: booths renumbered, re-priced and given another
/// status, in turn; `offset` keeps two sides' changes apart.
fn changed(plan: &Plan, n: usize, offset: usize) -> Plan {
    let mut out = plan.clone();
    let ids: Vec<_> = plan.booths.keys().copied().collect();
    let stride = (ids.len() / (2 * n)).max(1);
    for i in 0..n {
        let id = ids[(offset + 2 * i * stride) % ids.len()];
        let Some(b) = out.booths.get_mut(&id) else {
            continue;
        };
        match i % 3 {
            0 => b.number = format!("{}-R", b.number),
            1 => b.price_override_minor = Some(100_000 + i as i64),
            _ => b.status = BoothStatus::OnHold,
        }
    }
    out.meta.revision += 1;
    out
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("compare");
    group.sample_size(10);
    let base = synthetic_plan(60_000, 1);
    let ours = changed(&base, 1_000, 0);
    let theirs = changed(&base, 1_000, 1);
    assert_eq!(
        diff(&base, &ours)
            .changes
            .iter()
            .filter(|c| c.object == boothplan::compare::Object::Booth)
            .count(),
        1_000
    );
    group.bench_function("validate one 60000-booth plan", |b| {
        b.iter(|| validate(black_box(&base)));
    });
    group.bench_function("diff 60000 booths, 1000 changes", |b| {
        b.iter(|| diff(black_box(&base), black_box(&ours)));
    });
    // The editor's Changes window after an edit: the older side made once, the document's
    // report borrowed, so only the comparison itself runs.
    let (older, newer) = (Side::new(&base), Side::new(&ours));
    group.bench_function("diff 60000 booths, 1000 changes, sides at hand", |b| {
        b.iter(|| diff_sides(black_box(&older), black_box(&newer)));
    });
    group.bench_function("merge 60000 booths, 1000 + 1000 changes", |b| {
        b.iter(|| merge(black_box(&base), black_box(&ours), black_box(&theirs)));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
