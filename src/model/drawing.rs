//! Venue drawings: the venue's own hall plan (a scan, a CAD export as PNG, JPEG or PDF)
//! shown under a hall so the organiser draws halls, pillars, exits and booths on top of it.
//!
//! A plan keeps where the file is (relative to the plan file), a hash of its bytes and how
//! it lies on the floor; never its pixels. Placing a drawing is exact integer geometry: its
//! top-left corner in millimetres and the length of one of its pixels in micrometres.

use serde::{Deserialize, Serialize};

use super::{HallId, Point, Rect};

/// A drawing placed under a hall.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Drawing {
    /// The hall it is drawn under.
    pub hall: HallId,
    /// The file: relative to the plan file's folder with `/` between folders, or absolute
    /// when the plan had no file when the drawing was added.
    pub file: String,
    /// SHA-256 of the file's bytes, in lower-case hex: a file changed since is noticed.
    pub sha256: String,
    /// The page of a PDF (1 is the first); 1 for an image.
    pub page: u32,
    /// Where the drawing's top-left corner lies on the site.
    pub at: Point,
    /// How long one pixel of the drawing is on the floor, in micrometres.
    pub um_per_px: i64,
    /// How opaque it is drawn, in percent (0–100).
    pub opacity_pct: u8,
    /// Locked drawings are not moved or calibrated by a click.
    pub locked: bool,
    /// Hidden drawings are not drawn.
    pub hidden: bool,
}

/// Why a calibration cannot be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CalibrationError {
    /// The two points are the same pixel.
    #[error("the two points are the same: click two points apart on the drawing")]
    SamePoint,
    /// The distance is zero, negative or absurd.
    #[error("the distance must be more than 0 m and less than 10 km")]
    BadDistance,
    /// The scale would be finer than a micrometre or coarser than a kilometre per pixel.
    #[error("that makes one pixel of the drawing {0} µm long: check the points and the distance")]
    BadScale(i64),
}

/// The longest distance a calibration takes (10 km).
const MAX_DISTANCE_MM: i64 = 10_000_000;

impl Drawing {
    /// A drawing of a hall at `at`, each pixel `um_per_px` long, half opaque, unlocked.
    pub fn new(hall: HallId, file: String, sha256: String, at: Point, um_per_px: i64) -> Self {
        Self {
            hall,
            file,
            sha256,
            page: 1,
            at,
            um_per_px,
            opacity_pct: 50,
            locked: false,
            hidden: false,
        }
    }

    /// How long one pixel is on the floor, in millimetres.
    pub fn mm_per_px(&self) -> f64 {
        self.um_per_px as f64 / 1000.0
    }

    /// A pixel position of the drawing on the floor, in millimetres (not rounded).
    pub fn floor_of(&self, (px, py): (f64, f64)) -> (f64, f64) {
        let s = self.mm_per_px();
        (self.at.x_mm as f64 + px * s, self.at.y_mm as f64 + py * s)
    }

    /// The pixel of the drawing at a floor point (not rounded).
    pub fn pixel_at(&self, (x, y): (f64, f64)) -> (f64, f64) {
        let s = self.um_per_px.max(1) as f64 / 1000.0;
        ((x - self.at.x_mm as f64) / s, (y - self.at.y_mm as f64) / s)
    }

    /// The floor a drawing of `width_px` × `height_px` pixels covers.
    pub fn floor_rect(&self, (width_px, height_px): (u32, u32)) -> Rect {
        let len = |px: u32| {
            i64::try_from(i128::from(px) * i128::from(self.um_per_px.max(0)) / 1000)
                .unwrap_or(i64::MAX)
        };
        Rect::new(self.at.x_mm, self.at.y_mm, len(width_px), len(height_px))
    }

    /// The drawing scaled so the two pixel points `a` and `b` lie `distance_mm` apart on the
    /// floor, with the floor point under `a` staying where it was.
    ///
    /// # Errors
    /// When the points coincide, the distance is out of range, or the scale is absurd.
    pub fn calibrated(
        &self,
        a: (f64, f64),
        b: (f64, f64),
        distance_mm: i64,
    ) -> Result<Drawing, CalibrationError> {
        let px = (b.0 - a.0).hypot(b.1 - a.1);
        if !px.is_finite() || px < 0.5 {
            return Err(CalibrationError::SamePoint);
        }
        if distance_mm <= 0 || distance_mm > MAX_DISTANCE_MM {
            return Err(CalibrationError::BadDistance);
        }
        let um_per_px = (distance_mm as f64 * 1000.0 / px).round() as i64;
        if !(1..=1_000_000_000).contains(&um_per_px) {
            return Err(CalibrationError::BadScale(um_per_px));
        }
        let (x, y) = self.floor_of(a);
        let scaled = Drawing {
            um_per_px,
            ..self.clone()
        };
        Ok(scaled.aligned(a, Point::new(x.round() as i64, y.round() as i64)))
    }

    /// The drawing moved so that its pixel `p` lies on the floor point `to`.
    #[must_use]
    pub fn aligned(&self, p: (f64, f64), to: Point) -> Drawing {
        let s = self.mm_per_px();
        Drawing {
            at: Point::new(
                to.x_mm - (p.0 * s).round() as i64,
                to.y_mm - (p.1 * s).round() as i64,
            ),
            ..self.clone()
        }
    }
}

/// The name a plan keeps for a drawing's file: relative to the plan file's folder (`/`
/// between parts, `..` to go up) when both are absolute paths on one root; the absolute path
/// otherwise (another drive, or a plan with no file yet).
pub fn relative_file(plan_dir: Option<&std::path::Path>, file: &std::path::Path) -> String {
    use std::path::Component;
    let absolute = file.to_string_lossy().into_owned();
    let Some(dir) = plan_dir.filter(|d| d.is_absolute() && file.is_absolute()) else {
        return absolute;
    };
    let (a, b): (Vec<Component>, Vec<Component>) =
        (dir.components().collect(), file.components().collect());
    // Another root (a Windows drive): no relative way there.
    if a.first() != b.first() {
        return absolute;
    }
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = vec!["..".to_owned(); a.len() - common];
    parts.extend(
        b[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    if parts.is_empty() {
        return absolute;
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawing() -> Drawing {
        Drawing::new(
            HallId(1),
            "hall.png".into(),
            String::new(),
            Point::new(1000, 2000),
            10_000,
        )
    }

    #[test]
    fn calibrating_scales_about_the_first_point() {
        let d = drawing();
        // Pixels (100, 100) and (400, 500) are 500 px apart; they are 25 m apart really.
        let before = d.floor_of((100.0, 100.0));
        let c = d
            .calibrated((100.0, 100.0), (400.0, 500.0), 25_000)
            .expect("calibrated");
        assert_eq!(c.um_per_px, 50_000, "50 mm a pixel");
        let after = c.floor_of((100.0, 100.0));
        assert!((after.0 - before.0).abs() <= 1.0 && (after.1 - before.1).abs() <= 1.0);
        let (a, b) = (c.floor_of((100.0, 100.0)), c.floor_of((400.0, 500.0)));
        assert!(((b.0 - a.0).hypot(b.1 - a.1) - 25_000.0).abs() < 1.0);
        assert_eq!(c.floor_rect((1000, 800)).w_mm, 50_000);
    }

    #[test]
    fn a_calibration_that_makes_no_sense_is_refused() {
        let d = drawing();
        assert_eq!(
            d.calibrated((5.0, 5.0), (5.0, 5.2), 1000),
            Err(CalibrationError::SamePoint)
        );
        assert_eq!(
            d.calibrated((0.0, 0.0), (100.0, 0.0), 0),
            Err(CalibrationError::BadDistance)
        );
        assert_eq!(
            d.calibrated((0.0, 0.0), (f64::NAN, 0.0), 1000),
            Err(CalibrationError::SamePoint)
        );
        assert!(matches!(
            d.calibrated((0.0, 0.0), (1e9, 0.0), 1),
            Err(CalibrationError::BadScale(_))
        ));
    }

    #[test]
    fn aligning_puts_a_pixel_on_a_floor_point() {
        let d = drawing().aligned((200.0, 50.0), Point::new(30_000, 40_000));
        let p = d.floor_of((200.0, 50.0));
        assert_eq!((p.0.round() as i64, p.1.round() as i64), (30_000, 40_000));
    }

    #[test]
    fn files_are_named_from_the_plan_folder() {
        let dir = std::path::Path::new("/shows/busan");
        assert_eq!(
            relative_file(
                Some(dir),
                std::path::Path::new("/shows/busan/venue/hall 1.pdf")
            ),
            "venue/hall 1.pdf"
        );
        assert_eq!(
            relative_file(Some(dir), std::path::Path::new("/shows/venue/hall.png")),
            "../venue/hall.png"
        );
        assert_eq!(
            relative_file(Some(dir), std::path::Path::new("/elsewhere/hall.png")),
            "../../elsewhere/hall.png"
        );
        assert_eq!(
            relative_file(None, std::path::Path::new("/elsewhere/hall.png")),
            "/elsewhere/hall.png"
        );
    }
}
