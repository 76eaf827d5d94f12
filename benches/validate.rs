//! Validation speed on generated plans, against a naive O(n²) pairwise overlap check.
#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::hint::black_box;

use boothplan::demo::{demo_plan, synthetic_plan};
use boothplan::model::{BoothId, Plan};
use boothplan::validate::{Live, naive_overlap_count, validate};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("validate");
    group.sample_size(10);
    let demo = demo_plan();
    group.bench_function("demo (522 booths)", |b| {
        b.iter(|| validate(black_box(&demo)));
    });
    let demo = demo.clone();
    for n in [420, 5_000, 60_000] {
        let plan = synthetic_plan(n, 1);
        group.bench_with_input(BenchmarkId::new("full report", n), &plan, |b, p| {
            b.iter(|| validate(black_box(p)));
        });
        group.bench_with_input(
            BenchmarkId::new("naive pairwise overlap", n),
            &plan,
            |b, p| {
                b.iter(|| naive_overlap_count(black_box(p)));
            },
        );
    }
    // Live while dragging: one booth moves a metre east, then back, and the report is brought
    // up to date incrementally.
    for (name, plan) in [
        ("demo (522 booths)", demo),
        ("60000", synthetic_plan(60_000, 1)),
    ] {
        let mut plan: Plan = plan;
        let Some(id): Option<BoothId> = plan.booths.keys().copied().nth(plan.booths.len() / 3)
        else {
            continue;
        };
        let mut live = Live::new(&plan);
        let mut step = 1000;
        group.bench_function(BenchmarkId::new("live: one booth moved", name), |b| {
            b.iter(|| {
                if let Some(booth) = plan.booths.get_mut(&id) {
                    booth.rect.x_mm += step;
                }
                step = -step;
                live.moved(black_box(&plan), &[id]);
                black_box(live.report().findings.len())
            });
        });
        group.bench_function(BenchmarkId::new("full report after the move", name), |b| {
            b.iter(|| validate(black_box(&plan)));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
