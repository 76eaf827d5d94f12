//! The floor canvas: draws halls, obstacles, exits, zones and booths, and turns pointer input
//! into edits (select, move, resize, draw booths, drop companies onto booths).
//!
//! Coordinate spaces are explicit: `*_mm` is plan space (integer millimetres), `Pos2` is screen
//! space; [`View`] converts between them.

mod drag;
mod paint;

pub use drag::{Moving, Shape, duplicate_venue};

use egui::{
    Color32, CornerRadius, FontId, Key, Modifiers, Pos2, Sense, Stroke, StrokeKind, Vec2, pos2,
    vec2,
};
use serde::{Deserialize, Serialize};

use super::{BoothApp, Item, Selection, theme};
use crate::edit::Edit;
use crate::model::geom::{fmt_m, fmt_m2};
use crate::model::{BoothId, ExhibitorId, HallId, ObstacleKind, Plan, Rect};
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
    /// Draw a themed zone or a pavilion (a drag starting in the selected one adds an area).
    Zone(crate::model::ZoneKind),
}

impl Tool {
    /// Tools that draw plan elements other than booths, for the Draw menu.
    pub const ELEMENTS: [Tool; 9] = [
        Tool::Hall,
        Tool::Zone(crate::model::ZoneKind::Theme),
        Tool::Zone(crate::model::ZoneKind::Pavilion),
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
            Tool::Zone(crate::model::ZoneKind::Theme) => "Zone",
            Tool::Zone(crate::model::ZoneKind::Pavilion) => "Pavilion",
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
    /// The selection carried: a grabbed booth's corner snaps to the grid (`anchor`), anything
    /// else moves by whole grid steps.
    Move {
        grab_mm: (f64, f64),
        anchor: Option<Rect>,
        moving: Moving,
    },
    /// One rectangle held by a corner handle.
    Resize {
        shape: Shape,
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

/// A venue object the organiser can select: everything drawn on the floor that is not a booth.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Venue {
    /// A pillar, fire equipment, service core, stage or reserved aisle.
    Obstacle(crate::model::ObstacleId),
    /// An exit door.
    Exit(crate::model::ExitId),
    /// A themed zone or pavilion.
    Zone(crate::model::ZoneId),
    /// A hall.
    Hall(HallId),
}

/// How far into the hall an exit's door can be clicked (millimetres).
const EXIT_GRAB_MM: i64 = 1500;

/// The venue object under a plan point: an obstacle (the smallest), else an exit's door,
/// else a zone, else a hall.
pub fn venue_at(plan: &Plan, (x, y): (f64, f64)) -> Option<Venue> {
    let p = crate::model::Point::new(x.floor() as i64, y.floor() as i64);
    // The smallest obstacle there: a pillar standing in a reserved aisle is the pillar.
    if let Some((id, _)) = plan
        .obstacles
        .iter()
        .filter(|(_, o)| o.rect.contains_point(p))
        .min_by_key(|(id, o)| (o.rect.area_mm2(), std::cmp::Reverse(**id)))
    {
        return Some(Venue::Obstacle(*id));
    }
    if let Some((id, _)) = plan.exits.iter().rev().find(|(_, e)| {
        e.zone(EXIT_GRAB_MM)
            .expanded(EXIT_GRAB_MM / 5)
            .contains_point(p)
    }) {
        return Some(Venue::Exit(*id));
    }
    if let Some((id, _)) = plan
        .zones
        .iter()
        .rev()
        .find(|(_, z)| z.areas.iter().any(|r| r.contains_point(p)))
    {
        return Some(Venue::Zone(*id));
    }
    hall_at(plan, (x, y)).map(Venue::Hall)
}

impl Venue {
    /// True when the venue object is still in the plan.
    pub fn exists(self, plan: &Plan) -> bool {
        match self {
            Venue::Obstacle(id) => plan.obstacles.contains_key(&id),
            Venue::Exit(id) => plan.exits.contains_key(&id),
            Venue::Zone(id) => plan.zones.contains_key(&id),
            Venue::Hall(id) => plan.halls.contains_key(&id),
        }
    }

    /// Its kind in words, singular and plural ("pillar", "pillars").
    pub fn kind_name(self, plan: &Plan) -> (&'static str, &'static str) {
        match self {
            Venue::Obstacle(id) => match plan.obstacles.get(&id).map(|o| o.kind) {
                Some(ObstacleKind::Pillar) => ("pillar", "pillars"),
                Some(ObstacleKind::FireEquipment) => ("fire equipment", "fire equipment"),
                Some(ObstacleKind::ServiceCore) => ("service core", "service cores"),
                Some(ObstacleKind::Stage) => ("stage", "stages"),
                Some(ObstacleKind::ReservedAisle) => ("reserved aisle", "reserved aisles"),
                None => ("obstacle", "obstacles"),
            },
            Venue::Exit(_) => ("exit", "exits"),
            Venue::Zone(id) => match plan.zones.get(&id).map(|z| z.kind) {
                Some(crate::model::ZoneKind::Pavilion) => ("pavilion", "pavilions"),
                _ => ("zone", "zones"),
            },
            Venue::Hall(_) => ("hall", "halls"),
        }
    }

    /// The rectangles it covers on the floor, as the canvas outlines them (an exit: its
    /// clearance zone).
    pub fn outline(self, plan: &Plan) -> Vec<Rect> {
        match self {
            Venue::Obstacle(id) => plan.obstacles.get(&id).map(|o| vec![o.rect]),
            Venue::Exit(id) => plan.exits.get(&id).map(|e| vec![e.zone(EXIT_GRAB_MM)]),
            Venue::Zone(id) => plan.zones.get(&id).map(|z| z.areas.clone()),
            Venue::Hall(id) => plan.halls.get(&id).map(|h| h.outline.clone()),
        }
        .unwrap_or_default()
    }
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

/// The booth under a plan point through the site's spatial index (a booth of `on_top` first,
/// then the last drawn): what the pointer asks every frame, without scanning every booth.
pub fn booth_at(
    plan: &Plan,
    index: &crate::model::spatial::HallIndex,
    on_top: &std::collections::BTreeSet<BoothId>,
    (x, y): (f64, f64),
) -> Option<BoothId> {
    let p = crate::model::Point::new(x.floor() as i64, y.floor() as i64);
    let mut found = Vec::new();
    index.query(&Rect::new(p.x_mm, p.y_mm, 1, 1), &mut found);
    found
        .iter()
        .filter_map(|&i| match index.items[i as usize].kind {
            crate::model::spatial::ItemKind::Booth(id) => Some(id),
            _ => None,
        })
        .filter(|id| {
            plan.booths
                .get(id)
                .is_some_and(|b| b.rect.contains_point(p))
        })
        // Selected booths are painted on top: they are what the pointer is on.
        .max_by_key(|id| (on_top.contains(id), *id))
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
            self.view.fit(&self.doc.plan().site_bounds());
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
            if let Some(booth) = booth_at(
                self.doc.plan(),
                &self.doc.derived().site_booths,
                self.selection.booths(),
                self.view.pos_in_plan(p),
            ) {
                self.allocate(booth, *exhibitor);
            }
        }
        self.paint(ui, &painter, pointer);
        // A company carried from the list: the booth it would land on, outlined green when
        // free and amber when someone holds it.
        self.drop_target = None;
        // While something else is dragged the canvas is not "hovered": ask where the pointer is.
        let carried_over = ui
            .input(|i| i.pointer.hover_pos())
            .filter(|p| response.rect.contains(*p));
        if egui::DragAndDrop::has_payload_of_type::<ExhibitorId>(ui.ctx())
            && let Some(p) = carried_over
            && let Some(id) = booth_at(
                self.doc.plan(),
                &self.doc.derived().site_booths,
                self.selection.booths(),
                self.view.pos_in_plan(p),
            )
            && let Some(b) = self.doc.plan().booths.get(&id)
        {
            let colour = if b.exhibitor.is_some() {
                theme::WARNING
            } else {
                theme::EXIT
            };
            painter.rect_stroke(
                self.view.rect_in_screen(&b.rect).expand(3.0),
                CornerRadius::same(2),
                Stroke::new(3.0, colour),
                StrokeKind::Outside,
            );
            self.drop_target = Some(id);
        }
        if self.drag.is_none() {
            if let Some(id) = pointer.and_then(|p| {
                booth_at(
                    self.doc.plan(),
                    &self.doc.derived().site_booths,
                    self.selection.booths(),
                    self.view.pos_in_plan(p),
                )
            }) {
                response.on_hover_ui_at_pointer(|ui| self.booth_tooltip_ui(ui, id));
            }
        }
    }

    /// Allocates a company to a booth (one undo step) and selects both.
    pub fn allocate(&mut self, booth: BoothId, exhibitor: ExhibitorId) {
        if let Some(edit) = Edit::allocate(self.doc.plan(), booth, exhibitor) {
            self.push_edit(edit);
            self.selection = Selection::one(Item::Booth(booth));
            let number = self
                .doc
                .plan()
                .booths
                .get(&booth)
                .map_or("", |b| b.number.as_str())
                .to_owned();
            let name = self
                .doc
                .plan()
                .exhibitors
                .get(&exhibitor)
                .map_or("", |e| e.name.as_str())
                .to_owned();
            self.status = format!("{name} allocated to {number}");
        }
    }

    fn booth_tooltip_ui(&self, ui: &mut egui::Ui, id: BoothId) {
        let Some(b) = self.doc.plan().booths.get(&id) else {
            return;
        };
        let open = self.derived().open_sides(id);
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
        if let Some(price) = self.derived().price_minor(self.doc.plan(), id) {
            ui.label(format!(
                "Price: {}",
                crate::model::derive::fmt_price(price, &self.doc.plan().meta.currency)
            ));
        }
        match b.exhibitor.and_then(|e| self.doc.plan().exhibitors.get(&e)) {
            Some(e) => ui.label(format!("{} ({})", e.name, e.country)),
            None => ui.weak("No exhibitor"),
        };
    }

    fn pointer_edit(&mut self, ui: &egui::Ui, response: &egui::Response) {
        let pitch = self.doc.plan().meta.grid_pitch_mm.max(1);
        let shift = ui.input(|i| i.modifiers.shift);
        if self.drag.is_some() && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            // Esc during a drag rolls it back; the rest of the gesture does nothing.
            self.doc.abort();
            self.drag = None;
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

    fn click(&mut self, pos: Pos2, shift: bool) {
        if self.tool == Tool::Exit {
            self.place_exit(self.view.pos_in_plan(pos));
            return;
        }
        let at = self.view.pos_in_plan(pos);
        let item = booth_at(
            self.doc.plan(),
            &self.doc.derived().site_booths,
            self.selection.booths(),
            at,
        )
        .map(Item::Booth)
        .or_else(|| venue_at(self.doc.plan(), at).map(Item::Venue));
        match (item, shift) {
            // Shift+click adds or takes away; a hall is only ever the floor under it.
            (Some(Item::Venue(Venue::Hall(_))) | None, true) => {}
            (Some(item), true) => self.selection.toggle(item),
            (Some(item), false) => self.selection = Selection::one(item),
            (None, false) => self.selection.clear(),
        }
    }

    /// The resize handle under a screen point: the shape it holds, its corner and the shape's
    /// rectangle. Handles show when one thing is selected.
    fn handle_at(&self, p: Pos2) -> Option<(Shape, Corner, Rect)> {
        let item = self.selection.single()?;
        Shape::of(self.doc.plan(), item)
            .into_iter()
            .find_map(|(shape, rect)| {
                let r = self.view.rect_in_screen(&rect);
                // On a small shape (a pillar zoomed out) the handles would cover it: inside it
                // the pointer moves it, and only the handles' outer halves resize it.
                let small = r.width() < 4.0 * HANDLE || r.height() < 4.0 * HANDLE;
                if small && r.contains(p) {
                    return None;
                }
                [Corner::Nw, Corner::Ne, Corner::Se, Corner::Sw]
                    .into_iter()
                    .find(|c| corner_pos(r, *c).distance(p) <= HANDLE)
                    .map(|c| (shape, c, rect))
            })
    }

    fn keyboard_edit(&mut self, ui: &egui::Ui) {
        if ui.ctx().egui_wants_keyboard_input() || self.dialog.is_some() {
            return;
        }
        let pitch = self.doc.plan().meta.grid_pitch_mm.max(1);
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
            self.nudge_selection(dx, dy);
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            self.selection.clear();
        }
    }

    /// Zooms to what is selected (a company: its booths).
    pub fn zoom_to_selection(&mut self) {
        let plan = self.doc.plan();
        let lookup = self.doc.lookup();
        let booths = self.selection.booths().iter().copied().chain(
            self.selection
                .exhibitors()
                .iter()
                .filter_map(|e| lookup.booths_of.get(e))
                .flatten()
                .copied(),
        );
        let bounds = booths
            .filter_map(|id| plan.booths.get(&id).map(|b| b.rect))
            .chain(self.selection.venue().iter().flat_map(|v| v.outline(plan)))
            .fold(Rect::default(), |acc, r| acc.union_bounds(&r));
        if !bounds.is_empty() {
            self.view.fit(&bounds.expanded(12_000));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pillar_in_a_reserved_aisle_is_picked_before_the_aisle() {
        let mut plan = crate::demo::starter_plan();
        let hall = *plan.halls.keys().next().expect("a hall");
        let mut put = |id: u32, kind, rect| {
            plan.obstacles.insert(
                crate::model::ObstacleId(id),
                crate::model::Obstacle {
                    hall,
                    kind,
                    rect,
                    label: format!("O{id}"),
                },
            );
        };
        put(1, ObstacleKind::Pillar, Rect::new(10_000, 10_000, 800, 800));
        put(
            2,
            ObstacleKind::ReservedAisle,
            Rect::new(0, 8_000, 40_000, 5_000),
        );
        assert_eq!(
            venue_at(&plan, (10_400.0, 10_400.0)),
            Some(Venue::Obstacle(crate::model::ObstacleId(1)))
        );
        assert_eq!(
            venue_at(&plan, (20_000.0, 10_400.0)),
            Some(Venue::Obstacle(crate::model::ObstacleId(2)))
        );
    }

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
