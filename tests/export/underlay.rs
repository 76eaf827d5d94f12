//! `export map --underlay`: the venue drawings under the halls on SVG, PNG and PDF maps; a
//! drawing that cannot be read stops the export with its name; the HTML map refuses.

use crate::common::{HALL, hall_plan, scratch_dir};
use crate::support::*;
use boothplan::model::{Drawing, DrawingId, Point};

/// A plan of the 40 × 30 m hall with a magenta drawing reaching 20 m beyond it on every side
/// (80 × 70 m), saved in `dir`.
fn plan_with_drawing(dir: &Path) -> PathBuf {
    image::RgbaImage::from_pixel(800, 700, image::Rgba([255, 0, 255, 255]))
        .save(dir.join("venue.png"))
        .expect("drawing written");
    let mut plan = hall_plan();
    let mut d = Drawing::new(
        HALL,
        "venue.png".into(),
        String::new(),
        Point::new(-20_000, -20_000),
        100_000,
    );
    d.opacity_pct = 100;
    plan.drawings.insert(DrawingId(1), d);
    let path = dir.join("show.ron");
    boothplan::io::save(&path, &plan).expect("plan saved");
    path
}

/// `boothplan export map PLAN [ARGS…] -o OUT`.
fn export_map(plan: &str, args: &[&str], out: &Path) -> std::process::Output {
    let mut all = vec!["export", "map", plan];
    all.extend_from_slice(args);
    all.extend(["-o", out.to_str().expect("utf-8")]);
    run(&all)
}

fn magenta_pixels(png: &Path) -> usize {
    let img = image::open(png).expect("a PNG").into_rgba8();
    img.pixels()
        .filter(|p| p.0[0] > 200 && p.0[1] < 90 && p.0[2] > 200)
        .count()
}

#[test]
fn the_drawing_is_under_the_hall_on_png_svg_and_pdf_maps_when_asked() {
    let dir = scratch_dir("underlay-maps");
    let plan = plan_with_drawing(&dir);
    let plan = plan.to_str().expect("utf-8");
    let (with, without) = (dir.join("with.png"), dir.join("without.png"));
    let o = export_map(plan, &["--underlay", "--dpi", "40"], &with);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = export_map(plan, &["--dpi", "40"], &without);
    assert!(o.status.success());
    let (m_with, m_without) = (magenta_pixels(&with), magenta_pixels(&without));
    assert_eq!(m_without, 0, "no drawing unless asked");
    // Only within the hall: never over the title strip, the legend or the margins.
    let img = image::open(&with).expect("a PNG").into_rgba8();
    let magenta = |p: &image::Rgba<u8>| p.0[0] > 200 && p.0[1] < 90 && p.0[2] > 200;
    let (w, h) = img.dimensions();
    for (x, y) in [
        (0, 0),
        (w / 2, 2),
        (2, h / 2),
        (w - 1, h - 1),
        (w / 2, h - 3),
    ] {
        assert!(
            !magenta(img.get_pixel(x, y)),
            "magenta at the edge ({x}, {y})"
        );
    }
    // The hall is 40 × 30 m: at 40 dpi and 1:100 about 63 × 47 px... the drawing covers it.
    assert!(m_with > 1_000, "{m_with} magenta pixels");

    let svg = dir.join("with.svg");
    let o = export_map(plan, &["--underlay"], &svg);
    assert!(o.status.success());
    let text = std::fs::read_to_string(&svg).expect("svg");
    assert!(text.contains("<image ") && text.contains("data:image/png;base64,"));
    let image_at = text.find("<image ").expect("image");
    let first_booth_or_wall = text.find("stroke-linecap").expect("walls");
    assert!(
        image_at < first_booth_or_wall,
        "the drawing is under the walls"
    );

    let pdf = dir.join("with.pdf");
    let o = export_map(plan, &["--underlay"], &pdf);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    if poppler() {
        let list = Command::new("pdfimages")
            .arg("-list")
            .arg(&pdf)
            .output()
            .expect("pdfimages runs");
        let images = String::from_utf8_lossy(&list.stdout)
            .lines()
            .skip(2)
            .filter(|l| l.contains("image"))
            .count();
        assert!(images >= 1, "{}", String::from_utf8_lossy(&list.stdout));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_drawing_cropped_to_a_hall_keeps_its_pixels_in_place() {
    use boothplan::export::Underlay;
    use boothplan::model::Rect;
    let rgba: Vec<u8> = (0..100u32 * 100)
        .flat_map(|i| [(i % 100) as u8, (i / 100) as u8, 0, 255])
        .collect();
    let u = Underlay {
        hall: HALL,
        rect: Rect::new(0, 0, 10_000, 10_000),
        size_px: (100, 100),
        rgba: std::sync::Arc::new(rgba),
        opacity_pct: 100,
    };
    let part = u
        .cropped(&Rect::new(2_500, 4_000, 5_000, 1_000))
        .expect("they meet");
    // Pixel columns 25..=75 and rows 40..=50, and the floor they cover.
    assert_eq!(part.size_px, (51, 11));
    assert_eq!(part.rect, Rect::from_edges(2_500, 4_000, 7_600, 5_100));
    assert_eq!(&part.rgba[..4], &[25, 40, 0, 255]);
    let last = part.rgba.len() - 4;
    assert_eq!(&part.rgba[last..], &[75, 50, 0, 255]);
    assert!(u.cropped(&Rect::new(20_000, 0, 1_000, 1_000)).is_none());
}

#[test]
fn a_missing_drawing_stops_the_export_with_its_name_and_html_refuses() {
    let dir = scratch_dir("underlay-missing");
    let plan = plan_with_drawing(&dir);
    let plan = plan.to_str().expect("utf-8");
    let html = dir.join("map.html");
    let o = export_map(plan, &["--underlay"], &html);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("HTML"));
    assert!(!html.exists());
    std::fs::remove_file(dir.join("venue.png")).expect("removed");
    let png = dir.join("map.png");
    let o = export_map(plan, &["--underlay"], &png);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("missing") && err.contains("venue.png"),
        "{err}"
    );
    assert!(!png.exists(), "nothing half-written");
    // Without --underlay the map is made all the same.
    let o = export_map(plan, &[], &png);
    assert!(o.status.success());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_pdf_page_is_drawn_as_poppler_draws_it() {
    // The reference is poppler's pdftoppm, an independent renderer: the demo's Hall 1 map (a
    // vector PDF with text, lines and fills, as CAD programs write) rasterised by both.
    if !poppler() {
        return;
    }
    let dir = scratch_dir("underlay-pdf");
    let demo = demo_file(&dir);
    let pdf = dir.join("hall.pdf");
    let o = export_map(demo.to_str().expect("utf-8"), &["--hall", "A"], &pdf);
    assert!(o.status.success());
    let ours = boothplan::io::drawing::load(&pdf, 1, &|_| {}).expect("the PDF is read");
    let ((w, h), rgba) = boothplan::io::drawing::stitched(&ours, u32::MAX);
    assert!(w > 2000 && h > 1000, "about 200 dpi: {w} × {h}");
    let o = Command::new("pdftoppm")
        .args(["-png", "-singlefile", "-scale-to-x"])
        .arg(w.to_string())
        .arg("-scale-to-y")
        .arg(h.to_string())
        .arg(&pdf)
        .arg(dir.join("poppler"))
        .output()
        .expect("pdftoppm runs");
    assert!(o.status.success());
    let reference = image::open(dir.join("poppler.png"))
        .expect("poppler's page")
        .into_rgba8();
    assert_eq!(reference.dimensions(), (w, h));
    let (mut total, mut far) = (0u64, 0u64);
    for (a, b) in rgba.chunks_exact(4).zip(reference.pixels()) {
        let d = (0..3)
            .map(|i| u64::from(a[i].abs_diff(b.0[i])))
            .max()
            .unwrap_or(0);
        total += d;
        far += u64::from(d > 96);
    }
    let n = u64::from(w) * u64::from(h);
    let mean = total as f64 / n as f64;
    let far_share = far as f64 / n as f64;
    eprintln!(
        "hayro against pdftoppm, {w} × {h}: mean difference {mean:.2} of 255, {:.3} % of pixels far apart",
        far_share * 100.0
    );
    assert!(mean < 6.0, "mean difference {mean:.2} of 255");
    assert!(
        far_share < 0.02,
        "{:.2} % of pixels far apart",
        far_share * 100.0
    );
    let _ = std::fs::remove_dir_all(&dir);
}
