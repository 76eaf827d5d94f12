//! CPU time of one editor frame (UI pass and tessellation), on the demo and on a 60,000-booth
//! plan, zoomed to fit (everything visible) and zoomed in.
#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use boothplan::model::Plan;
use boothplan::ui::BoothApp;
use criterion::{Criterion, criterion_group, criterion_main};

fn input(time: f64) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1600.0, 1000.0),
        )),
        time: Some(time),
        ..Default::default()
    }
}

/// An app that has drawn a few frames (fonts loaded, view fitted).
fn warm(plan: Plan) -> (egui::Context, BoothApp) {
    let ctx = egui::Context::default();
    boothplan::ui::fonts::install(&ctx);
    let mut app = BoothApp::new(plan, None);
    for i in 0..3 {
        let _ = ctx.run_ui(input(f64::from(i)), |ui| app.frame_ui(ui));
    }
    (ctx, app)
}

fn frame(ctx: &egui::Context, app: &mut BoothApp, t: &mut f64) {
    *t += 1.0 / 60.0;
    let out = ctx.run_ui(input(*t), |ui| app.frame_ui(ui));
    let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(20);
    for (name, plan) in [
        ("demo", boothplan::demo::demo_plan()),
        ("60000 booths", boothplan::demo::synthetic_plan(60_000, 1)),
    ] {
        let (ctx, mut app) = warm(plan);
        let mut t = 10.0;
        group.bench_function(format!("{name}, whole site"), |b| {
            b.iter(|| frame(&ctx, &mut app, &mut t));
        });
        // A drag: each frame moves one booth a grid step (east, then back), as a gesture, and
        // the frame brings the problems up to date.
        if let Some(id) = app
            .plan()
            .booths
            .keys()
            .nth(app.plan().booths.len() / 3)
            .copied()
        {
            app.doc.begin();
            let mut step = 1000;
            group.bench_function(format!("{name}, whole site, dragging a booth"), |b| {
                b.iter(|| {
                    let r = app.plan().booths[&id].rect.translated(step, 0);
                    step = -step;
                    let edit = boothplan::edit::Edit::set_rects(app.plan(), [(id, r)]);
                    app.push_edit(edit);
                    frame(&ctx, &mut app, &mut t);
                });
            });
            app.doc.commit();
        }
        // Zoom in on the first hall's corner: most booths are culled.
        let corner = app.canvas.view.pos_in_screen(0, 0) + egui::vec2(40.0, 40.0);
        app.canvas.view.zoom_at(corner, 40.0);
        group.bench_function(format!("{name}, zoomed in"), |b| {
            b.iter(|| frame(&ctx, &mut app, &mut t));
        });
    }
    group.finish();
}

/// The demo with a 10,000 × 7,000 px venue drawing under Hall 1 (read before measuring):
/// frames of the whole site (the smallest level drawn) and zoomed in (full-size tiles).
fn big_drawing(c: &mut Criterion) {
    use boothplan::model::{Drawing, DrawingId, Point};
    let dir = std::env::temp_dir().join(format!("boothplan-bench-frame-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("scan.png");
    image::RgbaImage::from_fn(10_000, 7_000, |x, y| {
        let v = if x % 50 == 0 || y % 50 == 0 { 90 } else { 250 };
        image::Rgba([v, v, v, 255])
    })
    .save(&path)
    .expect("scan written");
    let mut plan = boothplan::demo::demo_plan();
    let hall = *plan.halls.keys().next().expect("a hall");
    plan.drawings.insert(
        DrawingId(1),
        Drawing::new(
            hall,
            path.to_string_lossy().into_owned(),
            String::new(),
            Point::new(0, 0),
            12_000,
        ),
    );
    let (ctx, mut app) = warm(plan);
    let mut t = 10.0;
    // Until the worker has read it.
    for _ in 0..3000 {
        frame(&ctx, &mut app, &mut t);
        if app.canvas.underlays.size_px(DrawingId(1)).is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(
        app.canvas.underlays.size_px(DrawingId(1)).is_some(),
        "the drawing was read"
    );
    let mut group = c.benchmark_group("frame with a 10000 x 7000 drawing");
    group.sample_size(20);
    group.bench_function("demo, whole site", |b| {
        b.iter(|| frame(&ctx, &mut app, &mut t));
    });
    let corner = app.canvas.view.pos_in_screen(20_000, 20_000);
    app.canvas.view.zoom_at(corner, 30.0);
    frame(&ctx, &mut app, &mut t);
    group.bench_function("demo, zoomed in", |b| {
        b.iter(|| frame(&ctx, &mut app, &mut t));
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, bench, big_drawing);
criterion_main!(benches);
