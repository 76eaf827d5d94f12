//! Import speed: rows are matched by indexed keys (issue 9, item 9).
#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::fmt::Write as _;
use std::hint::black_box;

use boothplan::demo::{demo_plan, synthetic_plan};
use boothplan::io::import::{apply, list_from_text};
use criterion::{Criterion, criterion_group, criterion_main};

fn csv(rows: usize, offset: usize) -> String {
    let mut text = String::from("name,external_id,country,area\n");
    for i in 0..rows {
        let _ = writeln!(
            text,
            "Company {},X{},Korea,{}",
            i + offset,
            i + offset,
            9 + i % 40
        );
    }
    text
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    let demo = demo_plan();
    let big_list = list_from_text(&csv(100_000, 0)).expect("list");
    group.bench_function("100,000 rows into the demo (target 3 s)", |b| {
        b.iter(|| apply(black_box(&demo), black_box(&big_list.rows)));
    });
    let big_plan = synthetic_plan(60_000, 1);
    let small_list = list_from_text(&csv(1000, 0)).expect("list");
    group.bench_function("1,000 rows into 60,000 exhibitors (target 1 s)", |b| {
        b.iter(|| apply(black_box(&big_plan), black_box(&small_list.rows)));
    });
    group.bench_function("parse 100,000 CSV rows", |b| {
        let text = csv(100_000, 0);
        b.iter(|| list_from_text(black_box(&text)));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
