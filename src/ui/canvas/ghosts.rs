//! Compare with… on the floor: dashed outlines where booths were (blue: moved or resized;
//! red: removed) and a green outline around booths that are new.

use egui::{Pos2, Shape, Stroke};

use super::Canvas;
use crate::compare::{Kind, Object};
use crate::ui::context::ViewContext;
use crate::ui::theme;

/// A rectangle's outline as dashes.
fn dashed(r: egui::Rect, stroke: Stroke) -> Vec<Shape> {
    let points: Vec<Pos2> = vec![
        r.left_top(),
        r.right_top(),
        r.right_bottom(),
        r.left_bottom(),
        r.left_top(),
    ];
    Shape::dashed_line(&points, stroke, 6.0, 4.0)
}

impl Canvas {
    pub(super) fn paint_ghosts(&self, cx: &ViewContext<'_>, painter: &egui::Painter) {
        let Some(diff) = cx.compared else {
            return;
        };
        let clip = painter.clip_rect();
        for c in diff.changes.iter().filter(|c| c.object == Object::Booth) {
            let (rect, colour, dash) = match (c.kind, c.old_rect, c.new_rect) {
                (Kind::Moved | Kind::Resized, Some(old), _) => (old, theme::GHOST_MOVED, true),
                (Kind::Removed, Some(old), _) => (old, theme::GHOST_REMOVED, true),
                (Kind::Added, _, Some(new)) => (new, theme::GHOST_ADDED, false),
                _ => continue,
            };
            let r = self.view.rect_in_screen(&rect);
            if !r.intersects(clip) {
                continue;
            }
            let stroke = Stroke::new(2.0, colour);
            if dash {
                painter.extend(dashed(r, stroke));
            } else {
                painter.rect_stroke(r.expand(2.0), 0.0, stroke, egui::StrokeKind::Outside);
            }
        }
    }
}
