//! Validation speed on generated plans, against a naive O(n²) pairwise overlap check.
#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::hint::black_box;

use boothplan::demo::{demo_plan, synthetic_plan};
use boothplan::validate::{naive_overlap_count, validate};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("validate");
    group.sample_size(10);
    let demo = demo_plan();
    group.bench_function("demo (522 booths)", |b| {
        b.iter(|| validate(black_box(&demo)));
    });
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
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
