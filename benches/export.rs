//! Export speed: the PDF list of the demo; the map in every format and the directory of a
//! 60,000-booth plan; all demo packs.
#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::hint::black_box;

use boothplan::export::pdf::{Paper, Table, table_pdf, write_packs};
use boothplan::export::{MapOptions, MapOutput, export_map, lists, scene, svg};
use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    let demo = boothplan::demo::demo_plan();
    let rows: Vec<Vec<String>> = lists::list_rows(&demo, lists::ListOrder::Booth)
        .into_iter()
        .map(|r| r.to_vec())
        .collect();
    group.bench_function("PDF list, 522 rows", |b| {
        b.iter(|| {
            let table = Table {
                columns: &lists::LIST_COLUMNS,
                widths: &[5.0, 5.0, 10.0, 7.0, 5.5, 6.0, 5.5, 16.0, 7.5, 9.5, 9.0],
                rows: rows.clone(),
                title: "list".to_owned(),
                right: &[4, 10],
                whole: &[0, 7],
                lang: boothplan::i18n::Lang::En,
            };
            table_pdf(black_box(&demo), &table, Paper::A4, "2026-11-28")
        });
    });
    let big = boothplan::demo::synthetic_plan(60_000, 1);
    // Every map format of the big plan (issue 12: PDF 28 s and 4 GB, PNG 19 s and 2.7 GB
    // through one 125 MB SVG; now each is drawn from the scene).
    for extension in ["svg", "png", "pdf", "html"] {
        let path = std::env::temp_dir().join(format!(
            "boothplan-bench-map-{}.{extension}",
            std::process::id()
        ));
        group.bench_function(format!("{extension} map, 60000 booths"), |b| {
            b.iter(|| {
                export_map(
                    black_box(&big),
                    &MapOptions::default(),
                    &path,
                    &MapOutput::at_dpi(96),
                )
            });
        });
        let _ = std::fs::remove_file(&path);
    }
    // The directory was quadratic (each company scanned every booth): 32 s for the CSV and
    // 3 min 42 s for the PDF at 60,000.
    let settings = boothplan::export::ListSettings::default();
    for extension in ["csv", "pdf"] {
        let path = std::env::temp_dir().join(format!(
            "boothplan-bench-directory-{}.{extension}",
            std::process::id()
        ));
        group.bench_function(format!("directory {extension}, 60000 booths"), |b| {
            b.iter(|| {
                boothplan::export::export_list(
                    black_box(&big),
                    boothplan::export::ListKind::Directory,
                    &settings,
                    &path,
                )
            });
        });
        let _ = std::fs::remove_file(&path);
    }
    group.bench_function("SVG map, demo (outlined)", |b| {
        b.iter(|| {
            svg::to_svg(
                &scene::map(black_box(&demo), &MapOptions::default(), None),
                svg::TextAs::Outlines,
            )
        });
    });
    let dir = std::env::temp_dir().join(format!("boothplan-bench-packs-{}", std::process::id()));
    group.bench_function("packs, 391 booths", |b| {
        b.iter(|| {
            write_packs(
                black_box(&demo),
                &dir,
                Paper::A4,
                boothplan::i18n::Lang::En,
                |_, _, _| {},
            )
        });
    });
    let _ = std::fs::remove_dir_all(&dir);
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
