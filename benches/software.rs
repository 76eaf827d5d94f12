//! CPU cost of one editor frame on a machine without a GPU, drawn by the real renderers:
//! Mesa's software rasteriser (llvmpipe for OpenGL, lavapipe for Vulkan) then runs in the
//! app's process, on its own threads. "Time" below is CPU time per frame, not wall time:
//!
//! - `window, glow` and `window, wgpu`: the editor in a real 1600 × 1000 window (eframe, the
//!   app's own code path), on the demo, panned a little every frame so the whole canvas is
//!   drawn again: CPU of every thread of the process (user + system), and of the app's own
//!   thread alone. Needs a display (`DISPLAY`, e.g. Xvfb); says so and skips without one.
//!   Each sample is a new process (one window system event loop per process).
//! - `offscreen, wgpu`: the same frames through `egui_kittest`'s wgpu renderer into a texture
//!   (no display needed).
//!
//! Linux only (reads `/proc`); elsewhere it says so and measures nothing.
#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::time::Duration;

use boothplan::ui::{BoothApp, Renderer};
use criterion::{Criterion, criterion_group};
use egui_kittest::Harness;

/// The environment variable that makes this binary a child drawing frames in a window:
/// "glow:N", "wgpu:N", or "wgpu-dithering:N" (the editor's window as it was before glow:
/// wgpu with eframe's default dithering).
const CHILD: &str = "BOOTHPLAN_SOFTWARE_BENCH_CHILD";
/// Frames drawn before measuring (fonts, caches, the first fit).
const WARM_UP_FRAMES: u64 = 20;

/// CPU time of the whole process so far (all threads, user + system), from `/proc/self/stat`.
fn process_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name may hold spaces: fields are counted after its closing parenthesis.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the name.
    let ticks = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // The kernel's USER_HZ is 100 on every Linux this runs on.
    Some(Duration::from_millis(ticks * 10))
}

/// CPU time of the calling thread so far, from `/proc/thread-self/schedstat` (nanoseconds).
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(
        stat.split_whitespace().next()?.parse().ok()?,
    ))
}

/// The editor on the demo, panning by a few points every frame, counting frames.
struct Panning {
    app: BoothApp,
    frames: u64,
    measure: u64,
    start: Option<(Duration, Duration)>,
    step: f32,
}

impl eframe::App for Panning {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames += 1;
        if self.frames == WARM_UP_FRAMES {
            self.start = process_cpu().zip(thread_cpu());
        }
        if self.frames == WARM_UP_FRAMES + self.measure
            && let (Some((p0, t0)), Some(p1), Some(t1)) = (self.start, process_cpu(), thread_cpu())
        {
            // Read by the parent; exit at once (nothing is saved).
            println!(
                "cpu_ns {} {}",
                p1.saturating_sub(p0).as_nanos(),
                (t1.saturating_sub(t0)).as_nanos()
            );
            std::process::exit(0);
        }
        self.step = -self.step;
        self.app.canvas.view.pan.x += self.step;
        self.app.frame_ui(ui);
        ui.ctx().request_repaint();
    }
}

/// In the child: opens the window and draws `frames` measured frames.
fn child(spec: &str) -> ! {
    let (name, frames) = spec.split_once(':').unwrap_or((spec, "10"));
    let (name, dithering) = match name.strip_suffix("-dithering") {
        Some(name) => (name, true),
        None => (name, false),
    };
    let renderer = Renderer::named(name).unwrap_or(Renderer::Glow);
    let measure = frames.parse().unwrap_or(10);
    let mut options = boothplan::ui::window::native_options(renderer);
    options.dithering = dithering;
    let result = eframe::run_native(
        "boothplan software renderer bench",
        options,
        Box::new(move |cc| {
            boothplan::ui::fonts::install(&cc.egui_ctx);
            let mut app = BoothApp::new(boothplan::demo::demo_plan(), None);
            // The window's size is the one measured, whatever the remembered layout.
            app.settings = boothplan::ui::Settings::default();
            Ok(Box::new(Panning {
                app,
                frames: 0,
                measure,
                start: None,
                step: 4.0,
            }))
        }),
    );
    eprintln!("the window closed early: {result:?}");
    std::process::exit(1)
}

/// Runs a child drawing `frames` frames in the window `config` names ("glow", "wgpu",
/// "wgpu-dithering"): CPU of all its threads and of its app thread.
fn in_window(config: &str, frames: u64) -> Option<(Duration, Duration)> {
    let exe = std::env::current_exe().ok()?;
    let out = std::process::Command::new(exe)
        .env(CHILD, format!("{config}:{frames}"))
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find_map(|l| l.strip_prefix("cpu_ns "))?;
    let mut n = line.split_whitespace().map(str::parse::<u64>);
    let (Some(Ok(all)), Some(Ok(own))) = (n.next(), n.next()) else {
        return None;
    };
    Some((Duration::from_nanos(all), Duration::from_nanos(own)))
}

fn window(c: &mut Criterion) {
    let display = std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty());
    if !display || process_cpu().is_none() {
        eprintln!("window benches skipped: no DISPLAY (run under Xvfb) or no /proc");
        return;
    }
    let mut group = c.benchmark_group("software renderer, window");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(15));
    for config in ["glow", "wgpu", "wgpu-dithering"] {
        if in_window(config, 2).is_none() {
            eprintln!("{config} skipped: no window could be drawn");
            continue;
        }
        for (what, all_threads) in [("all threads", true), ("app thread", false)] {
            let name = format!("demo panning, {config}, {what}");
            group.bench_function(name, |b| {
                b.iter_custom(|iters| {
                    in_window(config, iters.max(5))
                        .map(|(all, own)| {
                            let spent = if all_threads { all } else { own };
                            // Per `iters` frames, as criterion divides.
                            spent * u32::try_from(iters).unwrap_or(u32::MAX)
                                / u32::try_from(iters.max(5)).unwrap_or(u32::MAX)
                        })
                        .unwrap_or_default()
                });
            });
        }
    }
    group.finish();
}

fn offscreen(c: &mut Criterion) {
    if process_cpu().is_none() {
        eprintln!("offscreen bench skipped: no /proc/self/stat on this system");
        return;
    }
    let app = BoothApp::new(boothplan::demo::demo_plan(), None);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_render_options(eframe::egui_wgpu::RendererOptions {
            dithering: false,
            ..Default::default()
        })
        .wgpu()
        .with_context_setup(boothplan::ui::fonts::install)
        .build_ui_state(|ui, app: &mut BoothApp| app.frame_ui(ui), app);
    h.run();
    if let Err(e) = h.render() {
        eprintln!("offscreen bench skipped: no wgpu adapter ({e})");
        return;
    }
    let mut group = c.benchmark_group("software renderer, offscreen");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(15));
    let mut step = 4.0;
    group.bench_function("demo panning, wgpu, all threads", |b| {
        b.iter_custom(|iters| {
            let start = process_cpu().unwrap_or_default();
            for _ in 0..iters {
                step = -step;
                h.state_mut().canvas.view.pan.x += step;
                h.step();
                let _ = h.render();
            }
            process_cpu().unwrap_or_default().saturating_sub(start)
        });
    });
    group.finish();
}

criterion_group!(benches, window, offscreen);

fn main() {
    if let Ok(spec) = std::env::var(CHILD) {
        child(&spec);
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
