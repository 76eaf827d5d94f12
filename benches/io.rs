//! Saving and loading plan files.
#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::hint::black_box;

use boothplan::demo::{demo_plan, synthetic_plan};
use boothplan::io::{from_str, to_ron_string};
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("io");
    group.sample_size(10);
    for (name, plan) in [
        ("demo", demo_plan()),
        ("60000 booths", synthetic_plan(60_000, 1)),
    ] {
        let text = to_ron_string(&plan).expect("serialise");
        group.bench_function(format!("serialise {name}"), |b| {
            b.iter(|| to_ron_string(black_box(&plan)));
        });
        group.bench_function(format!("parse {name}"), |b| {
            b.iter(|| from_str(black_box(&text)));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
