//! Venue drawings under a hall: read in the background, calibrated by two clicks and a typed
//! distance, drawn on; a missing or changed file said, never in the way of the plan.

use crate::common::{HALL, hall_plan, scratch_dir};
use crate::support::*;
use boothplan::model::{Drawing, DrawingId, Point};
use boothplan::ui::{DrawingStatus, Tool};

const ID: DrawingId = DrawingId(1);

/// A 400 × 300 px drawing, white with a black 100 px square at pixels (100, 100)–(200, 200),
/// written into `dir`; its bytes' hash.
fn write_drawing(dir: &std::path::Path) -> String {
    let img = image::RgbaImage::from_fn(400, 300, |x, y| {
        if (100..200).contains(&x) && (100..200).contains(&y) {
            image::Rgba([0, 0, 0, 255])
        } else {
            image::Rgba([255, 255, 255, 255])
        }
    });
    let path = dir.join("hall plan.png");
    img.save(&path).expect("drawing written");
    boothplan::io::drawing::sha256_hex(&std::fs::read(&path).expect("read back"))
}

/// The empty 40 × 30 m hall with the drawing under it at 50 mm a pixel (not yet calibrated),
/// opened as if from `dir/show.ron`; waits until the drawing is read.
fn opened_with_drawing(dir: &std::path::Path, sha256: String) -> Harness<'static, BoothApp> {
    let mut plan = hall_plan();
    plan.drawings.insert(
        ID,
        Drawing::new(
            HALL,
            "hall plan.png".into(),
            sha256,
            Point::new(0, 0),
            50_000,
        ),
    );
    // Saved and opened as a plan file is: the drawing is only a name in it.
    let file = dir.join("show.ron");
    boothplan::io::save(&file, &plan).expect("plan saved");
    let plan = boothplan::io::load(&file).expect("the plan opens whatever its drawing");
    let mut app = BoothApp::new(plan, Some(file.clone()));
    app.doc.set_disk(boothplan::io::stamp::Stamp::read(&file));
    let mut h = harness_of(app);
    until_read(&mut h);
    h
}

/// Runs frames until the drawing has been read (or could not be), at most about 5 s.
fn until_read(h: &mut Harness<'static, BoothApp>) {
    // Frame by frame: while the drawing is read in the background the editor keeps asking
    // for frames, so `run` (which waits for it to settle within a few) could give up.
    for _ in 0..500 {
        h.step();
        if !matches!(
            h.state().canvas.underlays.status(ID, h.state().plan()),
            None | Some(DrawingStatus::Loading(_))
        ) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// Where a pixel of the drawing is on screen now.
fn pixel_on_screen(h: &Harness<'_, BoothApp>, px: (f64, f64)) -> Pos2 {
    let d = &h.state().plan().drawings[&ID];
    let (x, y) = d.floor_of(px);
    h.state()
        .canvas
        .view
        .pos_in_screen(x.round() as i64, y.round() as i64)
}

#[test]
fn a_drawing_calibrated_by_two_clicks_and_a_distance_gives_booths_their_real_size() {
    let dir = scratch_dir("drawing-calibrate");
    let sha = write_drawing(&dir);
    let mut h = opened_with_drawing(&dir, sha);
    assert_eq!(
        h.state().canvas.underlays.status(ID, h.state().plan()),
        Some(DrawingStatus::Ready {
            size_px: (400, 300),
            changed: false
        })
    );
    // Draw → Calibrate drawing.
    h.get_by_label("Draw").click();
    h.run();
    h.get_by_label("Calibrate drawing").click();
    h.run();
    assert_eq!(h.state().tool, Tool::Calibrate);
    // The square's left corners are 200 px apart: pixels (100, 100) and (300, 100).
    let a = pixel_on_screen(&h, (100.0, 100.0));
    let b = pixel_on_screen(&h, (300.0, 100.0));
    click_at(&mut h, a);
    click_at(&mut h, b);
    assert!(
        matches!(h.state().dialog, Some(Dialog::Calibrate { .. })),
        "{:?}",
        h.state().dialog
    );
    // They are 20 m apart on the floor.
    h.get_by_role_and_label(Role::TextInput, "Distance (m)")
        .type_text("20");
    h.run();
    // Enter confirms, as the Calibrate button does.
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().dialog.is_none());
    let d = h.state().plan().drawings[&ID].clone();
    let near = |v: i64, mm: i64| (v - mm).abs() <= 1_000;
    assert!(
        near(d.um_per_px, 100_000),
        "100 mm a pixel: {}",
        d.um_per_px
    );
    let corner = d.floor_of((100.0, 100.0));
    assert!(
        (corner.0 - 5_000.0).abs() < 20.0 && (corner.1 - 5_000.0).abs() < 20.0,
        "the first point stays where it was: {corner:?}"
    );
    assert_eq!(h.state().doc.history().undo_depth(), 1, "one undo step");
    // A booth drawn over the square is the square's real size: 10 × 10 m.
    h.key_press(Key::B);
    h.run();
    let (from, to) = (
        pixel_on_screen(&h, (100.0, 100.0)),
        pixel_on_screen(&h, (200.0, 200.0)),
    );
    drag(&mut h, from, to);
    let booth = h
        .state()
        .plan()
        .booths
        .values()
        .next()
        .expect("a booth drawn")
        .rect;
    assert_eq!(booth, Rect::new(5_000, 5_000, 10_000, 10_000));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dragging_with_the_calibrate_tool_aligns_the_drawing_in_one_undo_step() {
    let dir = scratch_dir("drawing-align");
    let sha = write_drawing(&dir);
    let mut h = opened_with_drawing(&dir, sha);
    h.state_mut().tool = Tool::Calibrate;
    h.run();
    let from = pixel_on_screen(&h, (150.0, 150.0));
    let to = from + Vec2::new(px(&h, 2.0), px(&h, 1.0));
    drag(&mut h, from, to);
    let at = h.state().plan().drawings[&ID].at;
    assert!(
        (at.x_mm - 2_000).abs() < 100 && (at.y_mm - 1_000).abs() < 100,
        "{at:?}"
    );
    assert_eq!(h.state().doc.history().undo_depth(), 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().plan().drawings[&ID].at, Point::new(0, 0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_or_changed_drawing_is_said_and_the_plan_still_opens() {
    let dir = scratch_dir("drawing-missing");
    // No file at all: the plan opens, the drawing is said to be missing.
    let mut h = opened_with_drawing(&dir, "0".repeat(64));
    match h.state().canvas.underlays.status(ID, h.state().plan()) {
        Some(DrawingStatus::Failed(why)) => {
            assert!(
                why.contains("missing") && why.contains("hall plan.png"),
                "{why}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(h.state().plan().halls.len(), 1);
    // The file there but not the one placed: drawn, and said to have changed; kept on request.
    let sha = write_drawing(&dir);
    let mut h2 = opened_with_drawing(&dir, "0".repeat(64));
    assert!(matches!(
        h2.state().canvas.underlays.status(ID, h2.state().plan()),
        Some(DrawingStatus::Ready { changed: true, .. })
    ));
    let hall = Selection::one(Item::Venue(boothplan::ui::Venue::Hall(HALL)));
    h2.state_mut().selection = hall;
    h2.run();
    h2.get_by_label("Keep the changed file").click();
    h2.run();
    assert_eq!(h2.state().plan().drawings[&ID].sha256, sha);
    h2.run();
    assert!(h2.query_by_label("Keep the changed file").is_none());
    h.run();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_moved_drawing_is_found_again_with_its_calibration_kept() {
    let dir = scratch_dir("drawing-moved");
    let sha = write_drawing(&dir);
    let moved = dir.join("venue");
    std::fs::create_dir_all(&moved).expect("folder");
    std::fs::rename(dir.join("hall plan.png"), moved.join("hall plan.png")).expect("moved");
    let mut h = opened_with_drawing(&dir, sha);
    assert!(matches!(
        h.state().canvas.underlays.status(ID, h.state().plan()),
        Some(DrawingStatus::Failed(_))
    ));
    h.state_mut().selection = Selection::one(Item::Venue(boothplan::ui::Venue::Hall(HALL)));
    h.run();
    h.get_by_label("Find the file…").click();
    h.run();
    type_path(&mut h, &moved.join("hall plan.png"));
    h.get_by_label("Use this file").click();
    h.step();
    until_read(&mut h);
    let d = &h.state().plan().drawings[&ID];
    assert_eq!(
        d.file, "venue/hall plan.png",
        "named from the plan's folder"
    );
    assert_eq!(d.um_per_px, 50_000, "the calibration is kept");
    assert_eq!(
        h.state().canvas.underlays.status(ID, h.state().plan()),
        Some(DrawingStatus::Ready {
            size_px: (400, 300),
            changed: false
        }),
        "the same file, moved: no change to report"
    );
    assert_eq!(h.state().doc.history().undo_depth(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_opacity_slider_changes_the_drawing_in_one_undo_step() {
    let dir = scratch_dir("drawing-opacity");
    let sha = write_drawing(&dir);
    let mut h = opened_with_drawing(&dir, sha);
    h.state_mut().selection = Selection::one(Item::Venue(boothplan::ui::Venue::Hall(HALL)));
    h.run();
    let slider = h.get_by_role(Role::Slider);
    let r = slider.rect();
    // From the middle (50 %) to the right end.
    let (from, to) = (r.center(), r.right_center() + Vec2::new(20.0, 0.0));
    drag(&mut h, from, to);
    h.run();
    assert_eq!(h.state().plan().drawings[&ID].opacity_pct, 100);
    assert_eq!(
        h.state().doc.history().undo_depth(),
        1,
        "one step for the drag"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
