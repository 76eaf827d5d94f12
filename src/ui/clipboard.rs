//! Copy, cut and paste (Ctrl+C, Ctrl+X, Ctrl+V) of booths and obstacles through the system
//! clipboard, as the RON text of [`crate::edit::clip`]: between two boothplan windows too.

use super::canvas::Venue;
use super::{BoothApp, Command, Item, Selection};
use crate::edit::clip;
use crate::i18n::{Arg, t, ta};
use crate::model::{ObstacleId, Point};

impl BoothApp {
    /// The selected obstacles.
    fn selected_obstacles(&self) -> Vec<ObstacleId> {
        self.selection
            .venue()
            .iter()
            .filter_map(|v| match v {
                Venue::Obstacle(id) => Some(*id),
                _ => None,
            })
            .collect()
    }

    /// Copies the selected booths and obstacles to the clipboard; `true` when something was.
    fn copy_selection(&mut self, ctx: &egui::Context) -> bool {
        let booths: Vec<_> = self.selection.booths().iter().copied().collect();
        let obstacles = self.selected_obstacles();
        if let Some(text) = clip::copy(self.doc.plan(), &booths, &obstacles) {
            ctx.copy_text(text);
            self.status = ta(
                "clipboard-copied",
                &[("what", Arg::from(self.selection.describe(self.doc.plan())))],
            );
            true
        } else {
            self.status = t("clipboard-nothing-to-copy");
            false
        }
    }

    /// Pastes clipboard text at the pointer (on the canvas; else the middle of the view),
    /// snapped to the grid, and selects what it added.
    fn paste(&mut self, ctx: &egui::Context, text: &str) {
        let view = &self.canvas.view;
        let screen = ctx
            .input(|i| i.pointer.hover_pos())
            .filter(|p| view.canvas.contains(*p))
            .unwrap_or(view.canvas.center());
        let (x, y) = view.pos_in_plan(screen);
        let pitch = self.doc.plan().meta.grid_pitch_mm.max(1);
        let at = Point::new(super::canvas::snap(x, pitch), super::canvas::snap(y, pitch));
        match clip::paste(self.doc.plan(), text, at) {
            Ok((edit, booths, obstacles)) => {
                self.apply_edit(edit);
                let mut pasted = Selection::of_booths(booths);
                for id in obstacles {
                    pasted.insert(Item::Venue(Venue::Obstacle(id)));
                }
                self.status = ta(
                    "clipboard-pasted",
                    &[("what", Arg::from(pasted.describe(self.doc.plan())))],
                );
                self.selection = pasted;
            }
            Err(e) => {
                self.status = ta(
                    "clipboard-nothing-pasted",
                    &[("error", Arg::from(e.text(crate::i18n::current())))],
                );
            }
        }
    }

    /// Does what a clipboard event asks.
    pub(super) fn clipboard_event(&mut self, ctx: &egui::Context, event: egui::Event) {
        match event {
            egui::Event::Copy => {
                self.copy_selection(ctx);
            }
            egui::Event::Cut if self.copy_selection(ctx) => {
                let copied = self.selection.describe(self.doc.plan());
                self.run(Command::Delete);
                self.status = ta("clipboard-cut", &[("what", Arg::from(copied))]);
            }
            egui::Event::Paste(text) => self.paste(ctx, &text),
            _ => {}
        }
    }
}
