//! The sales figures (issue 14: under 10 ms for 60,000 booths), and what the Sales window
//! adds per change of the plan: the groups of every breakdown.
#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::hint::black_box;

use boothplan::model::Derived;
use boothplan::sales::{Breakdown, groups, sales};
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("sales");
    group.sample_size(20);
    let demo = boothplan::demo::demo_plan();
    let demo_derived = Derived::new(&demo);
    group.bench_function("figures, demo (1,000 booths)", |b| {
        b.iter(|| sales(black_box(&demo), &demo_derived));
    });
    let big = boothplan::demo::synthetic_plan(60_000, 1);
    let derived = Derived::new(&big);
    group.bench_function("figures, 60,000 booths", |b| {
        b.iter(|| sales(black_box(&big), &derived));
    });
    let figures = sales(&big, &derived);
    group.bench_function("every breakdown's groups, 60,000 booths", |b| {
        b.iter(|| {
            for by in Breakdown::ALL {
                black_box(groups(&big, &figures, by));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
