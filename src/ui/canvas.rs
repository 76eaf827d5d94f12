//! The floor canvas: draws halls, obstacles, exits, zones and booths, and turns pointer input
//! into edits (select, move, resize, draw booths, drop companies onto booths).
//!
//! Coordinate spaces are explicit: `*_mm` is plan space (integer millimetres), `Pos2` is screen
//! space; [`View`] converts between them.

use egui::{
    Color32, CornerRadius, FontId, Key, Modifiers, Pos2, Sense, Stroke, StrokeKind, Vec2, pos2,
    vec2,
};
use serde::{Deserialize, Serialize};

use super::{BoothApp, theme};
use crate::edit::Edit;
use crate::model::geom::{fmt_m, fmt_m2};
use crate::model::{Booth, BoothId, BoothStatus, ExhibitorId, HallId, ObstacleKind, Plan, Rect};
use crate::validate::Severity;

/// The active canvas tool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    /// Select, move and resize.
    Select,
    /// Draw new booths.
    NewBooth,
    /// Fill a rectangle with a generated booth block.
    Block,
    /// Draw a new hall (or add a wing to the hall the drag starts in).
    Hall,
    /// Draw an obstacle of a kind.
    Obstacle(ObstacleKind),
    /// Click near a hall wall to put an exit there.
    Exit,
}

impl Tool {
    /// Tools that draw plan elements other than booths, for the Draw menu.
    pub const ELEMENTS: [Tool; 7] = [
        Tool::Hall,
        Tool::Obstacle(ObstacleKind::Pillar),
        Tool::Obstacle(ObstacleKind::FireEquipment),
        Tool::Obstacle(ObstacleKind::ServiceCore),
        Tool::Obstacle(ObstacleKind::Stage),
        Tool::Obstacle(ObstacleKind::ReservedAisle),
        Tool::Exit,
    ];

    /// Name for people.
    pub fn label(self) -> &'static str {
        match self {
            Tool::Select => "Select",
            Tool::NewBooth => "New booth",
            Tool::Block => "Booth block",
            Tool::Hall => "Hall",
            Tool::Obstacle(kind) => match kind {
                ObstacleKind::Pillar => "Pillar",
                ObstacleKind::FireEquipment => "Fire equipment",
                ObstacleKind::ServiceCore => "Service core",
                ObstacleKind::Stage => "Stage / no-build area",
                ObstacleKind::ReservedAisle => "Reserved aisle",
            },
            Tool::Exit => "Exit",
        }
    }
}

/// How booths are coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ColourBy {
    /// Sales status.
    Status,
    /// Zone or pavilion.
    Zone,
    /// Exhibitor's sector.
    Sector,
}

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
}

impl Default for View {
    fn default() -> Self {
        Self {
            scale: 0.005,
            pan: Vec2::ZERO,
            fitted: false,
            canvas: egui::Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0)),
        }
    }
}

/// Largest zoom: 1 mm = 1 point would hide the site; 0.5 points per mm is plenty.
const MAX_SCALE: f32 = 0.5;
const MIN_SCALE: f32 = 1e-6;
const HANDLE: f32 = 8.0;

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
        let size = self.canvas.size();
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

/// A drag in progress.
#[derive(Clone, Debug)]
pub(super) enum Drag {
    Move {
        grab_mm: (f64, f64),
        anchor: Rect,
        originals: Vec<(BoothId, Rect)>,
    },
    Resize {
        id: BoothId,
        corner: Corner,
        original: Rect,
    },
    Create {
        hall: Option<HallId>,
        start_mm: (i64, i64),
        end_mm: (i64, i64),
    },
    Marquee {
        start: Pos2,
        end: Pos2,
        additive: bool,
    },
}

/// The rectangle spanned by two corners, in any order.
fn span_rect(a: (i64, i64), b: (i64, i64)) -> Rect {
    Rect::from_edges(a.0.min(b.0), a.1.min(b.1), a.0.max(b.0), a.1.max(b.1))
}

/// Rounds a plan coordinate to the nearest grid line.
pub fn snap(v_mm: f64, pitch_mm: i64) -> i64 {
    let pitch = pitch_mm.max(1) as f64;
    ((v_mm / pitch).round() * pitch) as i64
}

/// The booth under a plan point (the last drawn wins).
pub fn booth_at(plan: &Plan, (x, y): (f64, f64)) -> Option<BoothId> {
    let (x, y) = (x.floor() as i64, y.floor() as i64);
    plan.booths
        .iter()
        .rev()
        .find(|(_, b)| b.rect.contains_point(crate::model::Point::new(x, y)))
        .map(|(id, _)| *id)
}

fn hall_at(plan: &Plan, (x, y): (f64, f64)) -> Option<HallId> {
    let p = crate::model::Point::new(x as i64, y as i64);
    plan.halls
        .iter()
        .find(|(_, h)| h.outline.iter().any(|r| r.contains_point(p)))
        .map(|(id, _)| *id)
}

fn corner_pos(r: egui::Rect, c: Corner) -> Pos2 {
    match c {
        Corner::Nw => r.left_top(),
        Corner::Ne => r.right_top(),
        Corner::Se => r.right_bottom(),
        Corner::Sw => r.left_bottom(),
    }
}

impl BoothApp {
    pub(super) fn canvas_ui(&mut self, ui: &mut egui::Ui) {
        let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
        self.view.canvas = response.rect;
        if !self.view.fitted {
            self.view.fit(&self.plan.site_bounds());
            self.view.fitted = true;
        }
        let pointer = response.hover_pos();
        if let Some(p) = pointer {
            let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
            let factor = zoom * (scroll * 0.002).exp();
            if (factor - 1.0).abs() > f32::EPSILON {
                self.view.zoom_at(p, factor);
            }
        }
        let space = ui.input(|i| i.key_down(Key::Space));
        if response.dragged_by(egui::PointerButton::Middle)
            || (space && response.dragged_by(egui::PointerButton::Primary))
        {
            self.view.pan += response.drag_delta();
        } else {
            self.pointer_edit(ui, &response);
        }
        self.keyboard_edit(ui);
        if let (Some(exhibitor), Some(p)) = (response.dnd_release_payload::<ExhibitorId>(), pointer)
        {
            if let Some(booth) = booth_at(&self.plan, self.view.pos_in_plan(p)) {
                self.allocate(booth, *exhibitor);
            }
        }
        self.paint(ui, &painter, pointer);
        if self.drag.is_none() {
            if let Some(id) = pointer.and_then(|p| booth_at(&self.plan, self.view.pos_in_plan(p))) {
                response.on_hover_ui_at_pointer(|ui| self.booth_tooltip_ui(ui, id));
            }
        }
    }

    /// Allocates a company to a booth (one undo step) and selects both.
    pub fn allocate(&mut self, booth: BoothId, exhibitor: ExhibitorId) {
        if let Some(edit) = Edit::allocate(&self.plan, booth, exhibitor) {
            self.push_edit(edit);
            self.selection = std::iter::once(booth).collect();
            self.selected_exhibitor = Some(exhibitor);
            let number = self
                .plan
                .booths
                .get(&booth)
                .map_or("", |b| b.number.as_str())
                .to_owned();
            let name = self
                .plan
                .exhibitors
                .get(&exhibitor)
                .map_or("", |e| e.name.as_str())
                .to_owned();
            self.status = format!("{name} allocated to {number}");
        }
    }

    fn booth_tooltip_ui(&self, ui: &mut egui::Ui, id: BoothId) {
        let Some(b) = self.plan.booths.get(&id) else {
            return;
        };
        let open = self.derived.open_sides(id);
        ui.strong(&b.number);
        ui.label(format!(
            "{} ({})",
            crate::model::derive::fmt_size(&b.rect),
            fmt_m2(b.area_mm2())
        ));
        ui.label(format!(
            "{} · open: {}",
            open.booth_type().label(),
            open.describe()
        ));
        ui.label(format!("Status: {}", b.status.label()));
        if let Some(price) = self.derived.price_minor(&self.plan, id) {
            ui.label(format!(
                "Price: {}",
                crate::model::derive::fmt_price(price, &self.plan.meta.currency)
            ));
        }
        match b.exhibitor.and_then(|e| self.plan.exhibitors.get(&e)) {
            Some(e) => ui.label(format!("{} ({})", e.name, e.country)),
            None => ui.weak("No exhibitor"),
        };
    }

    fn pointer_edit(&mut self, ui: &egui::Ui, response: &egui::Response) {
        let pitch = self.plan.meta.grid_pitch_mm.max(1);
        let shift = ui.input(|i| i.modifiers.shift);
        if self.drag.is_some() && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            // Esc during a drag rolls it back; the rest of the gesture does nothing.
            self.history.abort(&mut self.plan);
            self.drag = None;
            self.stale = true;
            return;
        }
        if response.drag_started_by(egui::PointerButton::Primary) {
            let origin = ui
                .input(|i| i.pointer.press_origin())
                .or(response.interact_pointer_pos());
            if let Some(origin) = origin {
                self.start_drag(origin, shift);
            }
        }
        if let (Some(pos), true) = (
            response.interact_pointer_pos(),
            response.dragged_by(egui::PointerButton::Primary),
        ) {
            self.update_drag(pos, pitch);
        }
        if response.drag_stopped() {
            self.finish_drag();
        }
        if response.clicked() {
            if let Some(pos) = response.interact_pointer_pos() {
                self.click(pos, shift);
            }
        }
    }

    fn start_drag(&mut self, origin: Pos2, shift: bool) {
        let at_mm = self.view.pos_in_plan(origin);
        if !matches!(self.tool, Tool::Select) {
            let hall = hall_at(&self.plan, at_mm);
            // Only a hall may be drawn outside every hall.
            if hall.is_some() || self.tool == Tool::Hall {
                let pitch = self.plan.meta.grid_pitch_mm;
                let start = (snap(at_mm.0, pitch), snap(at_mm.1, pitch));
                self.drag = Some(Drag::Create {
                    hall,
                    start_mm: start,
                    end_mm: start,
                });
            }
            return;
        }
        if let Some(corner) = self.handle_at(origin) {
            if let Some((&id, b)) = self
                .selection
                .first()
                .and_then(|id| self.plan.booths.get_key_value(id))
            {
                self.history.begin();
                self.drag = Some(Drag::Resize {
                    id,
                    corner,
                    original: b.rect,
                });
                return;
            }
        }
        match booth_at(&self.plan, at_mm) {
            Some(id) => {
                if !self.selection.contains(&id) {
                    if !shift {
                        self.selection.clear();
                    }
                    self.selection.insert(id);
                }
                let originals: Vec<(BoothId, Rect)> = self
                    .selection
                    .iter()
                    .filter_map(|s| self.plan.booths.get(s).map(|b| (*s, b.rect)))
                    .collect();
                self.history.begin();
                self.drag = Some(Drag::Move {
                    grab_mm: at_mm,
                    anchor: self.plan.booths[&id].rect,
                    originals,
                });
            }
            None => {
                self.drag = Some(Drag::Marquee {
                    start: origin,
                    end: origin,
                    additive: shift,
                });
            }
        }
    }

    fn update_drag(&mut self, pos: Pos2, pitch: i64) {
        let at_mm = self.view.pos_in_plan(pos);
        let edit = match &mut self.drag {
            Some(Drag::Move {
                grab_mm,
                anchor,
                originals,
            }) => {
                // Snap the grabbed booth's corner to the grid; move the others by the same step.
                let dx = snap(anchor.x_mm as f64 + at_mm.0 - grab_mm.0, pitch) - anchor.x_mm;
                let dy = snap(anchor.y_mm as f64 + at_mm.1 - grab_mm.1, pitch) - anchor.y_mm;
                Some(Edit::set_rects(
                    &self.plan,
                    originals.iter().map(|(id, r)| (*id, r.translated(dx, dy))),
                ))
            }
            Some(Drag::Resize {
                id,
                corner,
                original,
            }) => {
                let (x, y) = (snap(at_mm.0, pitch), snap(at_mm.1, pitch));
                let (mut x0, mut y0, mut x1, mut y1) = (
                    original.x_mm,
                    original.y_mm,
                    original.right(),
                    original.bottom(),
                );
                match corner {
                    Corner::Nw => (x0, y0) = (x.min(x1 - pitch), y.min(y1 - pitch)),
                    Corner::Ne => (x1, y0) = (x.max(x0 + pitch), y.min(y1 - pitch)),
                    Corner::Se => (x1, y1) = (x.max(x0 + pitch), y.max(y0 + pitch)),
                    Corner::Sw => (x0, y1) = (x.min(x1 - pitch), y.max(y0 + pitch)),
                }
                Some(Edit::set_rects(
                    &self.plan,
                    [(*id, Rect::from_edges(x0, y0, x1, y1))],
                ))
            }
            Some(Drag::Create { end_mm, .. }) => {
                *end_mm = (snap(at_mm.0, pitch), snap(at_mm.1, pitch));
                None
            }
            Some(Drag::Marquee { end, .. }) => {
                *end = pos;
                None
            }
            None => None,
        };
        if let Some(edit) = edit {
            self.history.apply(&mut self.plan, edit);
            self.stale = true;
        }
    }

    fn finish_drag(&mut self) {
        match self.drag.take() {
            Some(Drag::Move { .. } | Drag::Resize { .. }) => {
                self.history.commit();
                self.stale = true;
            }
            Some(Drag::Create {
                hall,
                start_mm,
                end_mm,
            }) => {
                let r = span_rect(start_mm, end_mm);
                if !r.is_empty() {
                    self.finish_create(hall, r);
                }
            }
            Some(Drag::Marquee {
                start,
                end,
                additive,
            }) => {
                let a = self.view.pos_in_plan(start);
                let b = self.view.pos_in_plan(end);
                let area = Rect::from_edges(
                    a.0.min(b.0) as i64,
                    a.1.min(b.1) as i64,
                    a.0.max(b.0) as i64,
                    a.1.max(b.1) as i64,
                );
                if !additive {
                    self.selection.clear();
                }
                self.selection.extend(
                    self.plan
                        .booths
                        .iter()
                        .filter(|(_, b)| b.rect.overlaps(&area))
                        .map(|(id, _)| *id),
                );
            }
            None => {}
        }
    }

    /// Ends a drawing drag: what the rectangle becomes depends on the tool.
    fn finish_create(&mut self, hall: Option<HallId>, r: Rect) {
        match (self.tool, hall) {
            (Tool::Block, Some(hall)) => self.preview_block(hall, r),
            (Tool::NewBooth, Some(hall)) => {
                let id = self.plan.next_booth_id();
                let code = self
                    .plan
                    .halls
                    .get(&hall)
                    .map_or("", |h| h.code.as_str())
                    .to_owned();
                let number = (1..=self.plan.booths.len() + 1)
                    .map(|n| format!("{code}-N{n}"))
                    .find(|n| self.plan.booths.values().all(|b| b.number != *n))
                    .unwrap_or_default();
                let booth = Booth {
                    number,
                    hall,
                    rect: r,
                    status: BoothStatus::Available,
                    price_override_minor: None,
                    exhibitor: None,
                };
                self.push_edit(Edit::Booth(id, Some(booth)));
                self.selection = std::iter::once(id).collect();
            }
            (Tool::Hall, Some(hall)) => {
                // Starting inside a hall adds a wing to it.
                if let Some(mut h) = self.plan.halls.get(&hall).cloned() {
                    h.outline.push(r);
                    self.push_edit(Edit::Hall(hall, Some(h)));
                }
            }
            (Tool::Hall, None) => {
                let id = HallId(
                    crate::model::free_ids(self.plan.halls.keys().map(|k| k.0).collect())
                        .next()
                        .unwrap_or(u32::MAX),
                );
                let code = char::from(b'A' + ((id.0 - 1) % 26) as u8).to_string();
                let hall = crate::model::Hall {
                    name: format!("Hall {}", id.0),
                    code,
                    outline: vec![r],
                };
                self.push_edit(Edit::Hall(id, Some(hall)));
            }
            (Tool::Obstacle(kind), Some(hall)) => {
                let id = crate::model::ObstacleId(
                    crate::model::free_ids(self.plan.obstacles.keys().map(|k| k.0).collect())
                        .next()
                        .unwrap_or(u32::MAX),
                );
                let label = format!("{} {}", Tool::Obstacle(kind).label(), id.0);
                self.push_edit(Edit::Obstacle(
                    id,
                    Some(crate::model::Obstacle {
                        hall,
                        kind,
                        rect: r,
                        label,
                    }),
                ));
            }
            _ => {}
        }
    }

    /// Puts an exit on the hall wall nearest to a plan point.
    fn place_exit(&mut self, at_mm: (f64, f64)) {
        let Some(hall_id) = hall_at(&self.plan, at_mm) else {
            self.status = "Click inside a hall, near the wall the exit is on".to_owned();
            return;
        };
        let Some(outline) = self.plan.halls[&hall_id]
            .outline
            .iter()
            .find(|r| r.contains_point(crate::model::Point::new(at_mm.0 as i64, at_mm.1 as i64)))
            .copied()
        else {
            return;
        };
        let pitch = self.plan.meta.grid_pitch_mm;
        let (x, y) = (snap(at_mm.0, pitch), snap(at_mm.1, pitch));
        let candidates = [
            (
                y - outline.y_mm,
                crate::model::Side::North,
                crate::model::Point::new(x, outline.y_mm),
            ),
            (
                outline.bottom() - y,
                crate::model::Side::South,
                crate::model::Point::new(x, outline.bottom()),
            ),
            (
                x - outline.x_mm,
                crate::model::Side::West,
                crate::model::Point::new(outline.x_mm, y),
            ),
            (
                outline.right() - x,
                crate::model::Side::East,
                crate::model::Point::new(outline.right(), y),
            ),
        ];
        let Some((_, wall, at)) = candidates.into_iter().min_by_key(|c| c.0) else {
            return;
        };
        let id = crate::model::ExitId(
            crate::model::free_ids(self.plan.exits.keys().map(|k| k.0).collect())
                .next()
                .unwrap_or(u32::MAX),
        );
        let exit = crate::model::Exit {
            hall: hall_id,
            label: format!("Exit {}", id.0),
            wall,
            at,
            width_mm: 2400,
            clearance_mm: None,
        };
        self.push_edit(Edit::Exit(id, Some(exit)));
    }

    fn click(&mut self, pos: Pos2, shift: bool) {
        if self.tool == Tool::Exit {
            self.place_exit(self.view.pos_in_plan(pos));
            return;
        }
        match booth_at(&self.plan, self.view.pos_in_plan(pos)) {
            Some(id) if shift && !self.selection.remove(&id) => {
                self.selection.insert(id);
            }
            Some(_) if shift => {}
            Some(id) => {
                self.selection = std::iter::once(id).collect();
                self.selected_exhibitor = self.plan.booths[&id].exhibitor;
            }
            None if !shift => self.selection.clear(),
            None => {}
        }
    }

    fn handle_at(&self, p: Pos2) -> Option<Corner> {
        if self.selection.len() != 1 {
            return None;
        }
        let b = self.plan.booths.get(self.selection.first()?)?;
        let r = self.view.rect_in_screen(&b.rect);
        [Corner::Nw, Corner::Ne, Corner::Se, Corner::Sw]
            .into_iter()
            .find(|c| corner_pos(r, *c).distance(p) <= HANDLE)
    }

    fn keyboard_edit(&mut self, ui: &egui::Ui) {
        if ui.ctx().egui_wants_keyboard_input() || self.dialog.is_some() {
            return;
        }
        let pitch = self.plan.meta.grid_pitch_mm.max(1);
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
            if self.selection.is_empty() || self.drag.is_some() {
                return;
            }
            let moves: Vec<_> = self
                .selection
                .iter()
                .filter_map(|id| {
                    self.plan
                        .booths
                        .get(id)
                        .map(|b| (*id, b.rect.translated(dx, dy)))
                })
                .collect();
            self.push_edit(Edit::set_rects(&self.plan, moves));
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            self.selection.clear();
        }
    }

    /// Zooms to a set of booths.
    pub fn zoom_to_booths(&mut self, ids: &std::collections::BTreeSet<BoothId>) {
        let bounds = ids
            .iter()
            .filter_map(|id| self.plan.booths.get(id))
            .fold(Rect::default(), |acc, b| acc.union_bounds(&b.rect));
        if !bounds.is_empty() {
            self.view.fit(&bounds.expanded(12_000));
        }
    }

    fn booth_fill(&self, b: &Booth) -> Color32 {
        match self.settings.colour_by {
            ColourBy::Status => theme::status_fill(b.status),
            ColourBy::Zone => self
                .plan
                .zone_of(b)
                .and_then(|z| self.plan.zones.get(&z))
                .map_or(Color32::from_gray(225), |z| {
                    let [r, g, bl] = z.colour;
                    Color32::from_rgb(r, g, bl).gamma_multiply(0.55).to_opaque()
                }),
            ColourBy::Sector => b
                .exhibitor
                .and_then(|e| self.plan.exhibitors.get(&e))
                .map_or(Color32::from_gray(235), |e| theme::hashed(&e.sector)),
        }
    }

    fn paint(&self, ui: &egui::Ui, painter: &egui::Painter, pointer: Option<Pos2>) {
        let dark = self.settings.dark;
        let clip = self.view.canvas;
        let v = &self.view;
        painter.rect_filled(clip, CornerRadius::ZERO, theme::site_background(dark));

        // Halls: outlines first (outside strokes), then floors over the inner seams.
        for hall in self.plan.halls.values() {
            for r in &hall.outline {
                painter.rect_stroke(
                    v.rect_in_screen(r),
                    CornerRadius::ZERO,
                    theme::hall_stroke(dark),
                    StrokeKind::Outside,
                );
            }
        }
        for hall in self.plan.halls.values() {
            for r in &hall.outline {
                painter.rect_filled(
                    v.rect_in_screen(r),
                    CornerRadius::ZERO,
                    theme::hall_fill(dark),
                );
            }
        }
        self.paint_grid(painter);
        for zone in self.plan.zones.values() {
            let [r, g, b] = zone.colour;
            for area in &zone.areas {
                let s = v.rect_in_screen(area);
                if s.intersects(clip) {
                    painter.rect_filled(
                        s,
                        CornerRadius::ZERO,
                        Color32::from_rgba_unmultiplied(r, g, b, 28),
                    );
                    if s.width() > 120.0 && self.settings.show_labels {
                        painter.text(
                            s.left_top() + vec2(4.0, 2.0),
                            egui::Align2::LEFT_TOP,
                            &zone.name,
                            FontId::proportional(12.0),
                            Color32::from_rgb(r, g, b).gamma_multiply(0.8).to_opaque(),
                        );
                    }
                }
            }
        }
        for hall in self.plan.halls.values() {
            let b = v.rect_in_screen(&hall.bounds());
            if b.width() > 60.0 {
                painter.text(
                    b.left_top() + vec2(0.0, -4.0),
                    egui::Align2::LEFT_BOTTOM,
                    &hall.name,
                    FontId::proportional(14.0),
                    ui.visuals().text_color(),
                );
            }
        }
        for exit in self.plan.exits.values() {
            let zone = v.rect_in_screen(&exit.clearance_zone(&self.plan.rules));
            // Zoomed far out an exit is under a pixel: the hall outline says enough.
            if zone.intersects(clip) && zone.width().max(zone.height()) >= 3.0 {
                painter.rect_filled(zone, CornerRadius::ZERO, theme::exit_zone());
                painter.rect_filled(
                    v.rect_in_screen(&exit.door()).expand(2.0),
                    CornerRadius::ZERO,
                    theme::EXIT,
                );
            }
        }
        for o in self.plan.obstacles.values() {
            let s = v.rect_in_screen(&o.rect);
            if !s.intersects(clip) || s.width().max(s.height()) < 1.0 {
                continue;
            }
            let s = if s.width() < 2.0 || s.height() < 2.0 {
                egui::Rect::from_center_size(s.center(), vec2(2.0, 2.0))
            } else {
                s
            };
            painter.rect_filled(s, CornerRadius::ZERO, theme::obstacle_fill(o.kind));
            if matches!(o.kind, ObstacleKind::Stage | ObstacleKind::ServiceCore)
                && s.width() > 80.0
                && self.settings.show_labels
            {
                painter.text(
                    s.center(),
                    egui::Align2::CENTER_CENTER,
                    &o.label,
                    FontId::proportional(11.0),
                    Color32::WHITE,
                );
            }
        }
        self.paint_booths(painter);
        self.paint_overlays(ui, painter, pointer);
    }

    fn paint_grid(&self, painter: &egui::Painter) {
        let pitch = self.plan.meta.grid_pitch_mm;
        let px = pitch as f32 * self.view.scale;
        if !self.settings.show_grid || pitch <= 0 || px < 8.0 {
            return;
        }
        let stroke = Stroke::new(0.5, theme::grid(self.settings.dark));
        for hall in self.plan.halls.values() {
            for r in &hall.outline {
                let s = self.view.rect_in_screen(r).intersect(self.view.canvas);
                if !s.is_positive() {
                    continue;
                }
                let (x0, y0) = self.view.pos_in_plan(s.min);
                let (x1, y1) = self.view.pos_in_plan(s.max);
                let first_x = (x0 / pitch as f64).ceil() as i64 * pitch;
                let first_y = (y0 / pitch as f64).ceil() as i64 * pitch;
                let mut x = first_x.max(r.x_mm);
                while (x as f64) <= x1 && x <= r.right() {
                    let p = self.view.pos_in_screen(x, 0).x;
                    painter.line_segment([pos2(p, s.min.y), pos2(p, s.max.y)], stroke);
                    x += pitch;
                }
                let mut y = first_y.max(r.y_mm);
                while (y as f64) <= y1 && y <= r.bottom() {
                    let p = self.view.pos_in_screen(0, y).y;
                    painter.line_segment([pos2(s.min.x, p), pos2(s.max.x, p)], stroke);
                    y += pitch;
                }
            }
        }
    }

    fn paint_booths(&self, painter: &egui::Painter) {
        let clip = self.view.canvas;
        // All fills go into one mesh. Booths under two points across share pixels when zoomed
        // out: one rectangle per pixel is enough, which keeps 60,000 booths cheap.
        let mut mesh = egui::Mesh::default();
        let mut visible: Vec<(BoothId, egui::Rect)> = Vec::new();
        let (cols, rows) = (
            clip.width().max(1.0) as usize + 1,
            clip.height().max(1.0) as usize + 1,
        );
        let mut covered = vec![false; cols * rows];
        for (id, b) in &self.plan.booths {
            let s = self.view.rect_in_screen(&b.rect);
            if !s.intersects(clip) {
                continue;
            }
            let tiny = s.width() < 2.0 && s.height() < 2.0;
            let flagged = self.marks.contains_key(id) || self.selection.contains(id);
            if tiny {
                let c = s.center() - clip.min;
                let cell = (c.y.max(0.0) as usize).min(rows - 1) * cols
                    + (c.x.max(0.0) as usize).min(cols - 1);
                if std::mem::replace(&mut covered[cell], true) && !flagged {
                    continue;
                }
            }
            let s = if s.width() < 1.0 || s.height() < 1.0 {
                egui::Rect::from_min_size(s.min, s.size().max(vec2(1.0, 1.0)))
            } else {
                s
            };
            mesh.add_colored_rect(s, self.booth_fill(b));
            if !tiny || flagged {
                visible.push((*id, s));
            }
        }
        painter.add(egui::Shape::mesh(mesh));
        let detailed = visible.len() < 4000;
        for (id, s) in &visible {
            let big = s.width() >= 4.0 && s.height() >= 4.0;
            if big && detailed {
                painter.rect_stroke(
                    *s,
                    CornerRadius::ZERO,
                    theme::booth_stroke(),
                    StrokeKind::Inside,
                );
            }
            if let Some(sev) = self.marks.get(id) {
                let colour = match sev {
                    Severity::Error => Some(theme::ERROR),
                    Severity::Warning => Some(theme::WARNING),
                    Severity::Info => None,
                };
                if let Some(c) = colour {
                    painter.rect_stroke(
                        *s,
                        CornerRadius::ZERO,
                        Stroke::new(2.5, c),
                        StrokeKind::Inside,
                    );
                }
            }
            if self.selection.contains(id) {
                painter.rect_stroke(
                    *s,
                    CornerRadius::ZERO,
                    theme::selection_stroke(),
                    StrokeKind::Outside,
                );
            }
            if self.settings.show_labels && detailed && s.height() >= 14.0 && s.width() >= 18.0 {
                self.paint_label(painter, *id, *s);
            }
        }
        if self.selection.len() == 1 && self.tool == Tool::Select {
            if let Some(b) = self
                .selection
                .first()
                .and_then(|id| self.plan.booths.get(id))
            {
                let r = self.view.rect_in_screen(&b.rect);
                for c in [Corner::Nw, Corner::Ne, Corner::Se, Corner::Sw] {
                    let h = egui::Rect::from_center_size(corner_pos(r, c), vec2(HANDLE, HANDLE));
                    painter.rect_filled(h, CornerRadius::ZERO, Color32::WHITE);
                    painter.rect_stroke(
                        h,
                        CornerRadius::ZERO,
                        theme::selection_stroke(),
                        StrokeKind::Inside,
                    );
                }
            }
        }
    }

    /// Booth number and company name, scaled to fit the booth, hidden when too small to read.
    fn paint_label(&self, painter: &egui::Painter, id: BoothId, s: egui::Rect) {
        let Some(b) = self.plan.booths.get(&id) else {
            return;
        };
        let inner = s.shrink(2.0);
        let base = (s.height() / 3.2).min(13.0);
        let fit = |text: &str, size: f32| -> Option<std::sync::Arc<egui::Galley>> {
            let galley = painter.layout_no_wrap(
                text.to_owned(),
                FontId::proportional(size),
                theme::BOOTH_TEXT,
            );
            let w = galley.size().x;
            let size = if w > inner.width() {
                size * inner.width() / w
            } else {
                size
            };
            (size >= 6.5).then(|| {
                painter.layout_no_wrap(
                    text.to_owned(),
                    FontId::proportional(size),
                    theme::BOOTH_TEXT,
                )
            })
        };
        let Some(number) = fit(&b.number, base) else {
            return;
        };
        let name = b
            .exhibitor
            .and_then(|e| self.plan.exhibitors.get(&e))
            .map(|e| e.name.as_str());
        let name = name
            .and_then(|n| fit(n, base * 0.9))
            .filter(|g| number.size().y + g.size().y <= inner.height());
        let total = number.size().y + name.as_ref().map_or(0.0, |g| g.size().y);
        let mut y = inner.center().y - total / 2.0;
        let number_h = number.size().y;
        painter.galley(
            pos2(inner.center().x - number.size().x / 2.0, y),
            number,
            theme::BOOTH_TEXT,
        );
        y += number_h;
        if let Some(g) = name {
            painter.galley(
                pos2(inner.center().x - g.size().x / 2.0, y),
                g,
                theme::BOOTH_TEXT,
            );
        }
    }

    fn paint_overlays(&self, ui: &egui::Ui, painter: &egui::Painter, pointer: Option<Pos2>) {
        let text = ui.visuals().text_color();
        match &self.drag {
            Some(Drag::Marquee { start, end, .. }) => {
                let r = egui::Rect::from_two_pos(*start, *end);
                painter.rect_filled(
                    r,
                    CornerRadius::ZERO,
                    Color32::from_rgba_unmultiplied(25, 118, 210, 30),
                );
                painter.rect_stroke(
                    r,
                    CornerRadius::ZERO,
                    Stroke::new(1.0, theme::selection_stroke().color),
                    StrokeKind::Inside,
                );
            }
            Some(Drag::Create {
                start_mm, end_mm, ..
            }) => {
                let r = span_rect(*start_mm, *end_mm);
                let s = self.view.rect_in_screen(&r);
                painter.rect_filled(
                    s,
                    CornerRadius::ZERO,
                    Color32::from_rgba_unmultiplied(76, 175, 80, 90),
                );
                painter.text(
                    s.right_bottom() + vec2(4.0, 4.0),
                    egui::Align2::LEFT_TOP,
                    format!(
                        "{} ({})",
                        crate::model::derive::fmt_size(&r),
                        fmt_m2(r.area_mm2())
                    ),
                    FontId::proportional(12.0),
                    text,
                );
            }
            _ => {}
        }
        if let Some(block) = self.pending_block() {
            for (_, b) in &block.booths {
                let s = self.view.rect_in_screen(&b.rect);
                painter.rect_filled(
                    s,
                    CornerRadius::ZERO,
                    Color32::from_rgba_unmultiplied(76, 175, 80, 120),
                );
                painter.rect_stroke(
                    s,
                    CornerRadius::ZERO,
                    Stroke::new(1.0, Color32::from_rgb(46, 125, 50)),
                    StrokeKind::Inside,
                );
            }
        }
        // Scale bar: a round length near 120 points.
        let canvas = self.view.canvas;
        let target_mm = 120.0 / f64::from(self.view.scale);
        let nice = [
            1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10_000.0,
        ]
        .into_iter()
        .map(|m| m * 1000.0)
        .rfind(|mm| *mm <= target_mm)
        .unwrap_or(1000.0);
        let len = (nice * f64::from(self.view.scale)) as f32;
        let base = canvas.left_bottom() + vec2(16.0, -18.0);
        let bar_stroke = Stroke::new(2.0, text);
        painter.line_segment([base, base + vec2(len, 0.0)], bar_stroke);
        painter.line_segment([base, base + vec2(0.0, -6.0)], bar_stroke);
        painter.line_segment([base + vec2(len, 0.0), base + vec2(len, -6.0)], bar_stroke);
        painter.text(
            base + vec2(len / 2.0, -4.0),
            egui::Align2::CENTER_BOTTOM,
            fmt_m(nice as i64),
            FontId::proportional(12.0),
            text,
        );
        if let Some(p) = pointer {
            let (x, y) = self.view.pos_in_plan(p);
            painter.text(
                canvas.right_bottom() + vec2(-10.0, -8.0),
                egui::Align2::RIGHT_BOTTOM,
                format!("x {:.1} m, y {:.1} m", x / 1000.0, y / 1000.0),
                FontId::proportional(12.0),
                text,
            );
        }
    }
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
