//! Saving and loading plan files, and reading a big venue drawing (a 10,000 × 7,000 px scan:
//! decoded, hashed and cut into tiles on the editor's worker thread).
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

fn drawing(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("boothplan-bench-drawing-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("scan.png");
    // A scan-like page: grey lines on white every 50 px, some noise.
    image::RgbaImage::from_fn(10_000, 7_000, |x, y| {
        let line = x % 50 == 0 || y % 50 == 0;
        let v = if line {
            90
        } else {
            250 - ((x * 7 + y * 13) % 5) as u8
        };
        image::Rgba([v, v, v, 255])
    })
    .save(&path)
    .expect("scan written");
    let mut group = c.benchmark_group("drawing");
    group.sample_size(10);
    group.bench_function("read a 10000 x 7000 PNG into tiles", |b| {
        b.iter(|| boothplan::io::drawing::load(black_box(&path), 1, &|_| {}));
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench, drawing);
criterion_main!(benches);
