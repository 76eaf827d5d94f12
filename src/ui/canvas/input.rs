//! Pointer and keyboard input on the canvas: presses start gestures, clicks select, arrow
//! keys nudge, Esc rolls a drag back or clears the selection.

use egui::{Key, Modifiers, Pos2};

use super::hit::pick;
use super::view::{Corner, HANDLE, corner_pos};
use super::{Canvas, Moving, Shape, Tool, Venue};
use crate::model::Rect;
use crate::ui::context::{Action, Actions, ViewContext};
use crate::ui::{Item, Selection};

impl Canvas {
    pub(super) fn pointer_edit(
        &mut self,
        cx: &ViewContext<'_>,
        out: &mut Actions,
        ui: &egui::Ui,
        response: &egui::Response,
    ) {
        let pitch = cx.doc.plan().meta.grid_pitch_mm.max(1);
        let shift = ui.input(|i| i.modifiers.shift);
        if self.drag.is_some() && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            // Esc during a drag rolls it back (a measurement or a marquee opened no gesture:
            // the abort does nothing); the rest of the gesture does nothing.
            out.push(Action::Abort);
            self.drag = None;
            self.measure = None;
            return;
        }
        if response.drag_started_by(egui::PointerButton::Primary) {
            let origin = ui
                .input(|i| i.pointer.press_origin())
                .or(response.interact_pointer_pos());
            if let Some(origin) = origin {
                self.start_drag(cx, out, origin, shift);
            }
        }
        if let (Some(pos), true) = (
            response.interact_pointer_pos(),
            response.dragged_by(egui::PointerButton::Primary),
        ) {
            self.update_drag(cx, out, pos, pitch);
        }
        if response.drag_stopped() {
            self.finish_drag(cx, out);
        }
        if response.clicked() && cx.tool == Tool::Measure {
            // A click with the measure tool puts the last measurement away.
            self.measure = None;
        } else if response.clicked() && cx.tool == Tool::Calibrate {
            if let Some(pos) = response.interact_pointer_pos() {
                self.calibrate_click(cx, out, pos);
            }
        } else if response.clicked()
            && let Some(pos) = response.interact_pointer_pos()
        {
            self.click(cx, out, pos, shift);
        }
    }

    fn click(&self, cx: &ViewContext<'_>, out: &mut Actions, pos: Pos2, shift: bool) {
        if cx.tool == Tool::Exit {
            Self::place_exit(cx, out, self.view.pos_in_plan(pos));
            return;
        }
        let at = self.view.pos_in_plan(pos);
        // A pillar or extinguisher standing in a booth is picked before the booth.
        let item = pick(cx, at);
        match (item, shift) {
            // Shift+click adds or takes away; a hall is only ever the floor under it.
            (Some(Item::Venue(Venue::Hall(_))) | None, true) => {}
            (Some(item), true) => {
                let mut selection = cx.selection.clone();
                selection.toggle(item);
                out.select(selection);
            }
            (Some(item), false) => out.select(Selection::one(item)),
            (None, false) => out.select(Selection::default()),
        }
    }

    /// The resize handle under a screen point: the shape it holds, its corner and the shape's
    /// rectangle. Handles show when one thing is selected.
    pub(super) fn handle_at(&self, cx: &ViewContext<'_>, p: Pos2) -> Option<(Shape, Corner, Rect)> {
        let item = cx.selection.single()?;
        // The nearest corner within reach, of any of the shape's rectangles.
        Shape::of(cx.doc.plan(), item)
            .into_iter()
            .flat_map(|(shape, rect)| {
                let r = self.view.rect_in_screen(&rect);
                // On a small shape (a pillar zoomed out) the handles would cover it: inside it
                // the pointer moves it, and only the handles' outer halves resize it.
                let small = r.width() < 4.0 * HANDLE || r.height() < 4.0 * HANDLE;
                let reachable = !(small && r.contains(p));
                [Corner::Nw, Corner::Ne, Corner::Se, Corner::Sw]
                    .into_iter()
                    .filter(move |_| reachable)
                    .map(move |c| (corner_pos(r, c).distance(p), shape, c, rect))
            })
            .filter(|(d, ..)| *d <= HANDLE)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, shape, c, rect)| (shape, c, rect))
    }

    pub(super) fn keyboard_edit(&mut self, cx: &ViewContext<'_>, out: &mut Actions, ui: &egui::Ui) {
        if ui.ctx().egui_wants_keyboard_input() || cx.dialog.is_some() {
            return;
        }
        let pitch = cx.doc.plan().meta.grid_pitch_mm.max(1);
        let step = ui.input_mut(|i| {
            [
                (Key::ArrowLeft, (-pitch, 0)),
                (Key::ArrowRight, (pitch, 0)),
                (Key::ArrowUp, (0, -pitch)),
                (Key::ArrowDown, (0, pitch)),
            ]
            .into_iter()
            .find(|(k, _)| i.consume_key(Modifiers::NONE, *k))
            .map(|(_, d)| d)
        });
        if let Some((dx, dy)) = step {
            if cx.selection.is_empty() || self.drag.is_some() {
                return;
            }
            out.maybe_edit(Moving::of(cx.plan(), cx.selection).edit(cx.plan(), dx, dy));
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            // Esc puts a measurement (or a first calibration point) away first, then the
            // selection.
            if self.measure.take().is_none() && self.calibrating.take().is_none() {
                out.select(Selection::default());
            }
        }
    }
}
