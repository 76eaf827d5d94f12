//! The transform between plan millimetres and screen points, snapping to the grid, and the
//! corners resize handles hold.

use egui::{Pos2, Vec2, vec2};

use crate::model::Rect;

/// The transform between plan millimetres and screen points.
#[derive(Clone, Copy, Debug)]
pub struct View {
    /// Screen points per millimetre.
    pub scale: f32,
    /// Screen offset of the plan origin from the canvas corner.
    pub pan: Vec2,
    /// False until the view has been fitted to the site (and after "zoom to fit").
    pub fitted: bool,
    /// The canvas rectangle on screen.
    pub canvas: egui::Rect,
    /// How much of the canvas's right side an overlay covers (the legend): fitting leaves it
    /// free.
    pub covered_right: f32,
}

impl Default for View {
    fn default() -> Self {
        Self {
            scale: 0.005,
            pan: Vec2::ZERO,
            fitted: false,
            canvas: egui::Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0)),
            covered_right: 0.0,
        }
    }
}

/// Largest zoom: 1 mm = 1 point would hide the site; 0.5 points per mm is plenty.
pub(super) const MAX_SCALE: f32 = 0.5;
pub(super) const MIN_SCALE: f32 = 1e-6;
pub(super) const HANDLE: f32 = 8.0;

impl View {
    /// A plan point on screen.
    pub fn pos_in_screen(&self, x_mm: i64, y_mm: i64) -> Pos2 {
        self.canvas.min + self.pan + vec2(x_mm as f32 * self.scale, y_mm as f32 * self.scale)
    }

    /// A plan rectangle on screen.
    pub fn rect_in_screen(&self, r: &Rect) -> egui::Rect {
        egui::Rect::from_min_max(
            self.pos_in_screen(r.x_mm, r.y_mm),
            self.pos_in_screen(r.right(), r.bottom()),
        )
    }

    /// A screen point in plan millimetres (not rounded).
    pub fn pos_in_plan(&self, p: Pos2) -> (f64, f64) {
        let v = p - self.canvas.min - self.pan;
        (
            f64::from(v.x) / f64::from(self.scale),
            f64::from(v.y) / f64::from(self.scale),
        )
    }

    /// Zooms so `bounds` fills the canvas with a margin.
    pub fn fit(&mut self, bounds: &Rect) {
        if bounds.is_empty() {
            self.scale = 0.01;
            self.pan = vec2(20.0, 20.0);
            return;
        }
        let w = (bounds.right() - bounds.x_mm) as f32;
        let d = (bounds.bottom() - bounds.y_mm) as f32;
        // Out of what an overlay covers, unless that would leave too little.
        let free = self.canvas.width() - self.covered_right;
        let size = vec2(
            if free >= self.canvas.width() / 2.0 {
                free
            } else {
                self.canvas.width()
            },
            self.canvas.height(),
        );
        self.scale = (0.92 * (size.x / w).min(size.y / d)).clamp(MIN_SCALE, MAX_SCALE);
        let centre = vec2(
            (bounds.x_mm as f32 + w / 2.0) * self.scale,
            (bounds.y_mm as f32 + d / 2.0) * self.scale,
        );
        self.pan = size / 2.0 - centre;
    }

    /// Zooms by `factor` keeping the plan point under `screen` in place.
    pub fn zoom_at(&mut self, screen: Pos2, factor: f32) {
        let new_scale = (self.scale * factor).clamp(MIN_SCALE, MAX_SCALE);
        let anchor = screen - self.canvas.min - self.pan;
        self.pan += anchor - anchor * (new_scale / self.scale);
        self.scale = new_scale;
    }
}

/// Which corner a resize handle holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corner {
    /// North-west.
    Nw,
    /// North-east.
    Ne,
    /// South-east.
    Se,
    /// South-west.
    Sw,
}

pub(super) fn corner_pos(r: egui::Rect, c: Corner) -> Pos2 {
    match c {
        Corner::Nw => r.left_top(),
        Corner::Ne => r.right_top(),
        Corner::Se => r.right_bottom(),
        Corner::Sw => r.left_bottom(),
    }
}

/// The rectangle spanned by two corners, in any order.
pub(super) fn span_rect(a: (i64, i64), b: (i64, i64)) -> Rect {
    Rect::from_edges(a.0.min(b.0), a.1.min(b.1), a.0.max(b.0), a.1.max(b.1))
}

/// Rounds a plan coordinate to the nearest grid line.
pub fn snap(v_mm: f64, pitch_mm: i64) -> i64 {
    let pitch = pitch_mm.max(1) as f64;
    ((v_mm / pitch).round() * pitch) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapping_rounds_to_the_pitch() {
        assert_eq!(snap(1499.0, 1000), 1000);
        assert_eq!(snap(1500.0, 1000), 2000);
        assert_eq!(snap(-1400.0, 1000), -1000);
        assert_eq!(snap(4600.0, 3048), 6096);
    }

    #[test]
    fn view_round_trips_points() {
        let mut v = View::default();
        v.fit(&Rect::new(0, 0, 100_000, 50_000));
        let p = v.pos_in_screen(20_000, 10_000);
        let (x, y) = v.pos_in_plan(p);
        assert!((x - 20_000.0).abs() < 1.0 && (y - 10_000.0).abs() < 1.0);
        v.zoom_at(p, 2.0);
        let (x2, y2) = v.pos_in_plan(p);
        assert!(
            (x2 - 20_000.0).abs() < 1.0 && (y2 - 10_000.0).abs() < 1.0,
            "the point under the cursor stays put"
        );
    }
}
