//! Venue drawings on the canvas: the Calibrate tool (click two points of a drawing, type the
//! real distance between them; drag to align the drawing with the hall), drawings being
//! added, and what the canvas says about drawings that are reading, missing or changed.

#![allow(
    clippy::wildcard_imports,
    reason = "the canvas's own types and helpers"
)]

use super::*;
use crate::model::{Drawing, DrawingId, Point};
use crate::ui::DrawingStatus;

impl Canvas {
    /// The topmost shown, unlocked drawing under a plan point whose size is known.
    pub(super) fn drawing_at(&self, cx: &ViewContext<'_>, at: (f64, f64)) -> Option<DrawingId> {
        if !cx.settings.show_drawings {
            return None;
        }
        let p = Point::new(at.0.floor() as i64, at.1.floor() as i64);
        cx.plan()
            .drawings
            .iter()
            .rev()
            .filter(|(_, d)| !d.hidden && !d.locked)
            .find(|(id, d)| {
                self.underlays
                    .size_px(**id)
                    .is_some_and(|size| d.floor_rect(size).contains_point(p))
            })
            .map(|(id, _)| *id)
    }

    /// A click with the Calibrate tool: the first point, then the second (which asks for the
    /// distance between them).
    pub(super) fn calibrate_click(&mut self, cx: &ViewContext<'_>, out: &mut Actions, pos: Pos2) {
        let at = self.view.pos_in_plan(pos);
        let Some(id) = self.drawing_at(cx, at) else {
            out.status(t("canvas-calibrate-click-drawing"));
            return;
        };
        let Some(d) = cx.plan().drawings.get(&id) else {
            return;
        };
        let px = d.pixel_at(at);
        match self.calibrating.take() {
            Some((first_id, first)) if first_id == id => {
                let hundredths = |p: (f64, f64)| ((p.0 * 100.0) as i64, (p.1 * 100.0) as i64);
                out.push(Action::Calibrate(id, hundredths(first), hundredths(px)));
            }
            _ => {
                self.calibrating = Some((id, px));
                out.status(t("canvas-calibrate-first-point"));
            }
        }
    }

    /// Starts dragging the drawing under the pointer with the Calibrate tool (to align it).
    pub(super) fn start_drawing_drag(
        &mut self,
        cx: &ViewContext<'_>,
        out: &mut Actions,
        at_mm: (f64, f64),
    ) {
        let Some((id, d)) = self
            .drawing_at(cx, at_mm)
            .and_then(|id| cx.plan().drawings.get(&id).map(|d| (id, d)))
        else {
            return;
        };
        self.calibrating = None;
        out.push(Action::Begin);
        self.drag = Some(Drag::MoveDrawing {
            id,
            grab_mm: at_mm,
            from: d.at,
        });
    }

    /// The drawing dragged to follow the pointer, to the millimetre.
    pub(super) fn drawing_dragged(
        cx: &ViewContext<'_>,
        (id, grab_mm, from): (DrawingId, (f64, f64), Point),
        at_mm: (f64, f64),
    ) -> Option<Edit> {
        let d = cx.plan().drawings.get(&id)?;
        let moved = Drawing {
            at: Point::new(
                from.x_mm + (at_mm.0 - grab_mm.0).round() as i64,
                from.y_mm + (at_mm.1 - grab_mm.1).round() as i64,
            ),
            ..d.clone()
        };
        Some(Edit::Drawing(id, Some(moved)))
    }

    /// A drawing read for adding becomes part of the plan (one undo step), fitted to its
    /// hall's width until it is calibrated; a file that could not be read is said.
    pub(super) fn take_added_drawing(&mut self, cx: &ViewContext<'_>, out: &mut Actions) {
        // Not in the middle of a gesture: the drawing would join its undo step (and leave
        // with an Esc).
        if self.drag.is_some() || cx.doc.history().in_transaction() {
            return;
        }
        let Some(added) = self.underlays.take_added() else {
            return;
        };
        let (hall, loaded) = match added {
            Ok(a) => a,
            Err(why) => {
                out.status(t("canvas-drawing-not-added"));
                out.push(Action::Problem(t("canvas-drawing-add-failed"), why));
                return;
            }
        };
        let plan = cx.plan();
        let Some(h) = plan.halls.get(&hall) else {
            out.status(t("canvas-drawing-hall-gone"));
            return;
        };
        // Named from the plan's folder as it is now (a Save As may have moved it meanwhile).
        let file = crate::io::drawing::file_name(cx.doc.path(), &loaded.path);
        let b = h.bounds();
        let um_per_px = (i128::from(b.w_mm.max(1000)) * 1000 / i128::from(loaded.size_px.0.max(1)))
            .clamp(1, 1_000_000_000) as i64;
        let id = DrawingId(crate::model::next_free(&plan.drawings, |d| d.0));
        let drawing = Drawing::new(
            hall,
            file,
            loaded.sha256.clone(),
            Point::new(b.x_mm, b.y_mm),
            um_per_px,
        );
        out.edit(Edit::Drawing(id, Some(drawing)));
        out.status(ta("canvas-drawing-added", &[("hall", Arg::from(&h.name))]));
        self.underlays.adopt(id, loaded);
    }

    /// The first calibration point, progress of drawings being read, and drawings that could
    /// not be read or changed since they were placed, in the canvas's top left corner.
    pub(super) fn paint_drawing_notes(
        &self,
        cx: &ViewContext<'_>,
        painter: &egui::Painter,
        pointer: Option<Pos2>,
    ) {
        if cx.tool == Tool::Calibrate
            && let Some((id, px)) = self.calibrating
            && let Some(d) = cx.plan().drawings.get(&id)
        {
            let (x, y) = d.floor_of(px);
            let p = self.view.pos_in_screen(x.round() as i64, y.round() as i64);
            let stroke = Stroke::new(2.0, theme::ERROR);
            painter.line_segment([p - vec2(8.0, 0.0), p + vec2(8.0, 0.0)], stroke);
            painter.line_segment([p - vec2(0.0, 8.0), p + vec2(0.0, 8.0)], stroke);
            // A line to the pointer: the length that will be typed.
            if let Some(to) = pointer {
                painter.line_segment([p, to], Stroke::new(1.0, theme::ERROR));
            }
        }
        let mut lines: Vec<(String, Color32)> = Vec::new();
        if let Some(f) = self.underlays.adding_progress() {
            lines.push((
                ta("canvas-drawing-reading", &[("percent", percent(f))]),
                theme::BOOTH_TEXT,
            ));
        }
        let plan = cx.plan();
        for (id, d) in &plan.drawings {
            let hall = plan.halls.get(&d.hall).map_or("?", |h| h.name.as_str());
            match cx.drawings.get(id) {
                Some(DrawingStatus::Loading(f)) => lines.push((
                    ta(
                        "canvas-drawing-reading-hall",
                        &[("hall", Arg::from(hall)), ("percent", percent(*f))],
                    ),
                    theme::BOOTH_TEXT,
                )),
                Some(DrawingStatus::Failed(why)) => lines.push((
                    ta(
                        "canvas-drawing-not-shown",
                        &[
                            ("hall", Arg::from(hall)),
                            ("reason", Arg::from(crate::text::printable(why))),
                        ],
                    ),
                    theme::ERROR,
                )),
                Some(DrawingStatus::Ready { changed: true, .. }) => lines.push((
                    ta(
                        "canvas-drawing-changed",
                        &[
                            ("hall", Arg::from(hall)),
                            ("file", Arg::from(crate::text::printable(&d.file))),
                        ],
                    ),
                    theme::WARNING,
                )),
                _ => {}
            }
        }
        let mut at = self.view.canvas.left_top() + vec2(10.0, 10.0);
        for (text, colour) in lines {
            let galley = painter.layout(
                text,
                FontId::proportional(12.0),
                colour,
                (self.view.canvas.width() - 280.0).max(200.0),
            );
            let r = egui::Rect::from_min_size(at, galley.size());
            painter.rect_filled(
                r.expand(4.0),
                CornerRadius::same(3),
                Color32::from_white_alpha(235),
            );
            at.y += galley.size().y + 10.0;
            painter.galley(r.min, galley, colour);
        }
    }
}

/// A share read so far (0 to 1) as a whole percentage, for a message's `$percent`.
fn percent(f: f32) -> Arg {
    Arg::from((f64::from(f) * 100.0).round() as i64)
}
