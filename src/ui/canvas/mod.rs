//! The floor canvas: draws halls, obstacles, exits, zones and booths, and turns pointer input
//! into edits (select, move, resize, draw booths, drop companies onto booths).
//!
//! Coordinate spaces are explicit: `*_mm` is plan space (integer millimetres), `Pos2` is screen
//! space; [`View`] converts between them.

mod calibrate;
mod drag;
mod ghosts;
mod hit;
mod input;
mod legend;
mod measure;
mod paint;
mod underlay;
mod view;

pub use drag::{Moving, Shape, duplicate_venue};
pub use hit::{Venue, booth_at};
pub use measure::{Measurement, Thing};
pub use underlay::{Status as DrawingStatus, Underlays};

pub use view::{Corner, View, snap};

use hit::hall_at;
use view::{HANDLE, corner_pos, span_rect};

use egui::{Color32, CornerRadius, FontId, Key, Pos2, Sense, Stroke, StrokeKind, pos2, vec2};
use serde::{Deserialize, Serialize};

use super::context::{Action, Actions, ViewContext};
use super::{Item, Selection, theme};
use crate::edit::Edit;
use crate::i18n::{self, Arg, t, ta};
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
    /// Measure distances and clear widths; hover for what stands around a booth.
    Measure,
    /// Calibrate a venue drawing (two clicks and a distance) or drag it into place.
    Calibrate,
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

    /// Name for people, in the editor's language.
    pub fn label(self) -> String {
        t(match self {
            Tool::Select => "tool-select",
            Tool::NewBooth => "tool-new-booth",
            Tool::Block => "tool-booth-block",
            Tool::Measure => "tool-measure",
            Tool::Calibrate => "canvas-tool-calibrate",
            Tool::Hall => "canvas-tool-hall",
            Tool::Obstacle(kind) => obstacle_title_key(kind),
            Tool::Exit => "canvas-tool-exit",
            Tool::Zone(crate::model::ZoneKind::Theme) => "canvas-tool-zone",
            Tool::Zone(crate::model::ZoneKind::Pavilion) => "canvas-tool-pavilion",
        })
    }
}

/// The message key of an obstacle kind's name for the start of a line ("Pillar").
fn obstacle_title_key(kind: ObstacleKind) -> &'static str {
    match kind {
        ObstacleKind::Pillar => "canvas-obstacle-pillar",
        ObstacleKind::FireEquipment => "canvas-obstacle-fire-equipment",
        ObstacleKind::ServiceCore => "canvas-obstacle-service-core",
        ObstacleKind::Stage => "canvas-obstacle-stage",
        ObstacleKind::ReservedAisle => "canvas-obstacle-reserved-aisle",
    }
}

/// An obstacle kind's name within a sentence ("pillar"), in the editor's language.
fn obstacle_name(kind: ObstacleKind) -> String {
    t(match kind {
        ObstacleKind::Pillar => "canvas-thing-pillar",
        ObstacleKind::FireEquipment => "canvas-thing-fire-equipment",
        ObstacleKind::ServiceCore => "canvas-thing-service-core",
        ObstacleKind::Stage => "canvas-thing-stage",
        ObstacleKind::ReservedAisle => "canvas-thing-reserved-aisle",
    })
}

/// A side's name within a sentence ("north"), in the editor's language.
fn side_name(side: crate::model::Side) -> String {
    t(match side {
        crate::model::Side::North => "canvas-side-north",
        crate::model::Side::East => "canvas-side-east",
        crate::model::Side::South => "canvas-side-south",
        crate::model::Side::West => "canvas-side-west",
    })
}

/// A side's name for the start of a line ("North"), in the editor's language.
fn side_title(side: crate::model::Side) -> String {
    t(match side {
        crate::model::Side::North => "canvas-side-north-title",
        crate::model::Side::East => "canvas-side-east-title",
        crate::model::Side::South => "canvas-side-south-title",
        crate::model::Side::West => "canvas-side-west-title",
    })
}

/// A length in the editor's language ("3.2 m", "3,2 m").
fn length_text(mm: i64) -> String {
    i18n::length(i18n::current(), mm)
}

/// An area in the editor's language ("9 m²").
fn area_text(mm2: i128) -> String {
    i18n::area(i18n::current(), mm2)
}

/// A rectangle's sides in the editor's language ("3 m × 6 m").
fn size_text(r: &Rect) -> String {
    format!("{} × {}", length_text(r.w_mm), length_text(r.d_mm))
}

/// A number with exactly `places` decimals and the editor's decimal mark, no grouping
/// ("6.32", "6,32").
fn fixed(v: f64, places: usize) -> String {
    let s = format!("{v:.places$}");
    let mark = i18n::decimal(i18n::current(), 0.5, 1)
        .chars()
        .nth(1)
        .unwrap_or('.');
    if mark == '.' {
        s
    } else {
        s.replace('.', &mark.to_string())
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

/// The canvas: its view of the floor and the gesture in progress. It reads the editor through
/// a [`ViewContext`] and sends [`Actions`]; a drag is a transaction (begin, edits, commit or
/// abort), one undo step.
#[derive(Default)]
pub struct Canvas {
    /// The transform between plan and screen.
    pub view: View,
    /// The gesture in progress.
    pub(super) drag: Option<Drag>,
    /// The booth a company carried from the list would be dropped on, this frame.
    pub drop_target: Option<BoothId>,
    /// The walking field's cells and their walk out, for the heat map, and the document's
    /// floor generation they were measured at.
    pub heat: Option<(u64, crate::validate::HeatCells)>,
    /// The last measurement of the measure tool, shown until the next one, Esc or another
    /// tool.
    pub measure: Option<Measurement>,
    /// With the measure tool, the booth or obstacle under the pointer and what stands around
    /// it (measured each frame, drawn as dimension lines).
    pub around: Option<(Thing, crate::model::measure::Surroundings)>,
    /// The venue drawings, read from their files.
    pub underlays: Underlays,
    /// With the Calibrate tool: the drawing and its pixel clicked first.
    pub calibrating: Option<(crate::model::DrawingId, (f64, f64))>,
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
    /// The measure tool's drag: the measurement itself is `Canvas::measure`.
    Measure,
    /// A venue drawing dragged into place with the Calibrate tool.
    MoveDrawing {
        id: crate::model::DrawingId,
        grab_mm: (f64, f64),
        from: crate::model::Point,
    },
}

impl Canvas {
    /// The booth under a screen point (a selected one first, as a click picks).
    fn booth_under(&self, cx: &ViewContext<'_>, at: egui::Pos2) -> Option<crate::model::BoothId> {
        booth_at(
            cx.doc.plan(),
            &cx.doc.derived().site_booths,
            cx.selection.booths(),
            self.view.pos_in_plan(at),
        )
    }

    /// The right-click menu: a booth outside the selection is selected first; the menu then
    /// acts on the selection.
    fn context_menu(
        &self,
        cx: &ViewContext<'_>,
        out: &mut Actions,
        response: &egui::Response,
        pointer: Option<egui::Pos2>,
    ) {
        if response.secondary_clicked()
            && let Some(p) = pointer
            && let Some(booth) = self.booth_under(cx, p)
            && !cx.selection.has_booth(booth)
        {
            out.select(crate::ui::Selection::of_booths([booth]));
        }
        response.context_menu(|ui| crate::ui::menu::selection_menu_ui(ui, cx, out));
    }

    /// Draws the floor and turns pointer and keys into actions.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions) {
        let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
        self.view.canvas = response.rect;
        self.underlays.sync(ui.ctx(), cx.doc.plan(), cx.doc.path());
        self.take_added_drawing(cx, out);
        if cx.tool != Tool::Calibrate {
            self.calibrating = None;
        }
        // The heat map is measured again only when the plan changed.
        // Not during a drag: measured again once the gesture ends.
        if cx.settings.show_heat
            && !cx.doc.history().in_transaction()
            && self
                .heat
                .as_ref()
                .is_none_or(|(g, _)| *g != cx.doc.floor_generation())
        {
            let cells = crate::validate::walking_heat(cx.doc.plan(), cx.doc.derived());
            self.heat = Some((cx.doc.floor_generation(), cells));
        }
        if cx.tool != Tool::Measure {
            self.measure = None;
        }
        if !self.view.fitted {
            // Before the legend is first drawn, room for it is guessed.
            if cx.settings.show_legend && self.view.covered_right == 0.0 {
                self.view.covered_right = 240.0;
            }
            self.view.fit(&cx.doc.plan().site_bounds());
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
            self.pointer_edit(cx, out, ui, &response);
        }
        self.keyboard_edit(cx, out, ui);
        self.context_menu(cx, out, &response, pointer);
        if let (Some(exhibitor), Some(p)) = (response.dnd_release_payload::<ExhibitorId>(), pointer)
            && let Some(booth) = self.booth_under(cx, p)
        {
            allocate(cx, out, booth, *exhibitor);
        }
        self.around = self.measure_hover(cx, pointer);
        self.paint(cx, ui, &painter, pointer);
        // A company carried from the list: the booth it would land on, outlined green when
        // free and amber when someone holds it.
        self.drop_target = None;
        // While something else is dragged the canvas is not "hovered": ask where the pointer is.
        let carried_over = ui
            .input(|i| i.pointer.hover_pos())
            .filter(|p| response.rect.contains(*p));
        if egui::DragAndDrop::has_payload_of_type::<ExhibitorId>(ui.ctx())
            && let Some(p) = carried_over
            && let Some(id) = self.booth_under(cx, p)
            && let Some(b) = cx.doc.plan().booths.get(&id)
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
        self.legend_ui(cx, ui);
        // With the measure tool the readout says what matters; a booth's card would cover it.
        if self.drag.is_none()
            && cx.tool != Tool::Measure
            && let Some(id) = pointer.and_then(|p| self.booth_under(cx, p))
        {
            response.on_hover_ui_at_pointer(|ui| booth_tooltip_ui(cx, ui, id));
        }
    }
}

/// The rectangle around everything selected (a company: its booths); empty for nothing.
pub fn selection_bounds(cx: &ViewContext<'_>) -> Rect {
    let plan = cx.doc.plan();
    let lookup = cx.lookup();
    let booths = cx.selection.booths().iter().copied().chain(
        cx.selection
            .exhibitors()
            .iter()
            .filter_map(|e| lookup.booths_of.get(e))
            .flatten()
            .copied(),
    );
    booths
        .filter_map(|id| plan.booths.get(&id).map(|b| b.rect))
        .chain(cx.selection.venue().iter().flat_map(|v| v.outline(plan)))
        .fold(Rect::default(), |acc, r| acc.union_bounds(&r))
}

/// Allocates a company to a booth (one undo step) and selects the booth.
pub fn allocate(cx: &ViewContext<'_>, out: &mut Actions, booth: BoothId, exhibitor: ExhibitorId) {
    if let Some(edit) = Edit::allocate(cx.doc.plan(), booth, exhibitor) {
        out.edit(edit);
        out.select(Selection::one(Item::Booth(booth)));
        let number = cx
            .doc
            .plan()
            .booths
            .get(&booth)
            .map_or("", |b| b.number.as_str())
            .to_owned();
        let name = cx
            .doc
            .plan()
            .exhibitors
            .get(&exhibitor)
            .map_or("", |e| e.name.as_str())
            .to_owned();
        out.status(ta(
            "canvas-allocated",
            &[("company", Arg::from(name)), ("booth", Arg::from(number))],
        ));
    }
}

fn booth_tooltip_ui(cx: &ViewContext<'_>, ui: &mut egui::Ui, id: BoothId) {
    let Some(b) = cx.doc.plan().booths.get(&id) else {
        return;
    };
    let open = cx.derived().open_sides(id);
    ui.strong(&b.number);
    ui.label(format!(
        "{} ({})",
        size_text(&b.rect),
        area_text(b.area_mm2())
    ));
    let sides: Vec<String> = open.sides().map(side_name).collect();
    let sides = if sides.is_empty() {
        t("canvas-open-none")
    } else {
        sides.join(", ")
    };
    ui.label(ta(
        "canvas-tip-type-open",
        &[
            ("type", Arg::from(t(open.booth_type().key()))),
            ("sides", Arg::from(sides)),
        ],
    ));
    ui.label(ta(
        "canvas-tip-status",
        &[("status", Arg::from(t(b.status.key())))],
    ));
    if let Some(price) = cx.derived().price_minor(cx.doc.plan(), id) {
        ui.label(ta(
            "canvas-tip-price",
            &[(
                "price",
                Arg::from(i18n::money(
                    i18n::current(),
                    i128::from(price),
                    &cx.doc.plan().meta.currency,
                )),
            )],
        ));
    }
    match b.exhibitor.and_then(|e| cx.doc.plan().exhibitors.get(&e)) {
        Some(e) => ui.label(format!("{} ({})", e.name, e.country)),
        None => ui.weak(t("canvas-tip-no-exhibitor")),
    };
}
