//! Auto-allocation and block generation on generated plans.
#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::hint::black_box;

use boothplan::layout::generate::{BlockSpec, DEFAULT_MAX_ROW_MM, generate};
use boothplan::layout::{AllocateOptions, allocate, allocate_with};
use boothplan::model::{BoothStatus, HallId, Plan, Rect};
use criterion::{Criterion, criterion_group, criterion_main};

/// A plan with every allocation cleared, so every exhibitor waits for a booth.
fn cleared(mut plan: Plan) -> Plan {
    for b in plan.booths.values_mut() {
        b.exhibitor = None;
        if b.status != BoothStatus::OnHold {
            b.status = BoothStatus::Available;
        }
    }
    plan
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout");
    group.sample_size(10);
    let demo = cleared(boothplan::demo::demo_plan());
    group.bench_function("allocate 420 exhibitors (demo)", |b| {
        b.iter(|| allocate(black_box(&demo)));
    });
    let hard = boothplan::demo::random_contracts(1);
    group.bench_function("allocate 420 exhibitors, random contracts", |b| {
        b.iter(|| allocate(black_box(&hard)));
    });
    let merge = AllocateOptions { merge: true };
    group.bench_function("allocate 420 exhibitors, random contracts, merging", |b| {
        b.iter(|| allocate_with(black_box(&hard), merge));
    });
    let big = cleared(boothplan::demo::synthetic_plan(60_000, 1));
    group.bench_function("allocate 60000 exhibitors", |b| {
        b.iter(|| allocate(black_box(&big)));
    });
    group.bench_function("allocate 60000 exhibitors, merging", |b| {
        b.iter(|| allocate_with(black_box(&big), merge));
    });
    // Contracts in whole square feet (0.0929 m² each), 100 to 1,600 ft²: many distinct values.
    let mut feet = big.clone();
    for (i, e) in feet.exhibitors.values_mut().enumerate() {
        let ft2 = 100 + (i as i64 * 7_919) % 1_500;
        e.contracted_area_mm2 = ft2 * 92_903;
    }
    group.bench_function("allocate 60000 exhibitors, contracts in square feet", |b| {
        b.iter(|| allocate(black_box(&feet)));
    });
    let mut empty_hall = boothplan::demo::demo_plan();
    empty_hall.booths.retain(|_, b| b.hall != HallId(3));
    let spec = BlockSpec {
        hall: HallId(3),
        area: Rect::new(254_000, 0, 92_000, 71_000),
        booth_w_mm: 3000,
        booth_d_mm: 3000,
        max_row_mm: DEFAULT_MAX_ROW_MM,
    };
    group.bench_function("generate a block over hall 3", |b| {
        b.iter(|| generate(black_box(&empty_hall), &spec));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
