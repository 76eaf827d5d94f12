//! `export map --underlay`: the venue drawings under the halls on SVG, PNG and PDF maps; a
//! drawing that cannot be read stops the export with its name; the HTML map refuses.

use crate::common::{HALL, hall_plan, scratch_dir};
use crate::support::*;
use boothplan::model::{Drawing, DrawingId, Point};

/// A plan of the 40 × 30 m hall with a magenta drawing covering it, saved in `dir`.
fn plan_with_drawing(dir: &Path) -> PathBuf {
    image::RgbaImage::from_pixel(400, 300, image::Rgba([255, 0, 255, 255]))
        .save(dir.join("venue.png"))
        .expect("drawing written");
    let mut plan = hall_plan();
    let mut d = Drawing::new(
        HALL,
        "venue.png".into(),
        String::new(),
        Point::new(0, 0),
        100_000,
    );
    d.opacity_pct = 100;
    plan.drawings.insert(DrawingId(1), d);
    let path = dir.join("show.ron");
    boothplan::io::save(&path, &plan).expect("plan saved");
    path
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
    let with_s = with.to_str().expect("utf-8");
    let o = run(&[
        "export",
        "map",
        plan,
        "--underlay",
        "--dpi",
        "40",
        "-o",
        with_s,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = run(&[
        "export",
        "map",
        plan,
        "--dpi",
        "40",
        "-o",
        without.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success());
    let (m_with, m_without) = (magenta_pixels(&with), magenta_pixels(&without));
    assert_eq!(m_without, 0, "no drawing unless asked");
    // The hall is 40 × 30 m: at 40 dpi and 1:100 about 63 × 47 px... the drawing covers it.
    assert!(m_with > 1_000, "{m_with} magenta pixels");

    let svg = dir.join("with.svg");
    let o = run(&[
        "export",
        "map",
        plan,
        "--underlay",
        "-o",
        svg.to_str().expect("utf-8"),
    ]);
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
    let o = run(&[
        "export",
        "map",
        plan,
        "--underlay",
        "-o",
        pdf.to_str().expect("utf-8"),
    ]);
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
fn a_missing_drawing_stops_the_export_with_its_name_and_html_refuses() {
    let dir = scratch_dir("underlay-missing");
    let plan = plan_with_drawing(&dir);
    let plan = plan.to_str().expect("utf-8");
    let html = dir.join("map.html");
    let o = run(&[
        "export",
        "map",
        plan,
        "--underlay",
        "-o",
        html.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("HTML"));
    assert!(!html.exists());
    std::fs::remove_file(dir.join("venue.png")).expect("removed");
    let png = dir.join("map.png");
    let o = run(&[
        "export",
        "map",
        plan,
        "--underlay",
        "-o",
        png.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("missing") && err.contains("venue.png"),
        "{err}"
    );
    assert!(!png.exists(), "nothing half-written");
    // Without --underlay the map is made all the same.
    let o = run(&["export", "map", plan, "-o", png.to_str().expect("utf-8")]);
    assert!(o.status.success());
    let _ = std::fs::remove_dir_all(&dir);
}
