//! What the editor tests share: a harness on a plan, pointer gestures, finding things.

pub use boothplan::model::{BoothId, BoothStatus, ExhibitorId, Plan, Rect};
pub use boothplan::ui::{BoothApp, Dialog, Item, Selection};
pub use egui::accesskit::Role;
pub use egui::{Key, Modifiers, Pos2, Vec2};
pub use egui_kittest::Harness;
pub use egui_kittest::kittest::Queryable;

pub(crate) use crate::common;

pub fn harness(plan: Plan) -> Harness<'static, BoothApp> {
    harness_of(BoothApp::new(plan, None))
}

/// A harness on an editor made by the test (a file, a recovery folder).
pub fn harness_of(app: BoothApp) -> Harness<'static, BoothApp> {
    let mut h = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_context_setup(boothplan::ui::fonts::install)
        .build_ui_state(|ui, app: &mut BoothApp| app.frame_ui(ui), app);
    h.run();
    h
}

pub fn demo() -> Harness<'static, BoothApp> {
    harness(boothplan::demo::demo_plan())
}

pub fn booth_centre(h: &Harness<'_, BoothApp>, id: BoothId) -> Pos2 {
    let app = h.state();
    app.canvas
        .view
        .rect_in_screen(&app.plan().booths[&id].rect)
        .center()
}

/// Screen points for `metres` at the current zoom.
pub fn px(h: &Harness<'_, BoothApp>, metres: f32) -> f32 {
    metres * 1000.0 * h.state().canvas.view.scale
}

/// Types a path into the in-app path field (shown where no native file dialog can be).
pub fn type_path(h: &mut Harness<'_, BoothApp>, path: &std::path::Path) {
    h.get_by_role_and_label(Role::TextInput, "Path").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Path")
        .type_text(path.to_str().expect("utf-8"));
    h.run();
}

/// Presses at `from`, moves in steps to `to`, releases there.
pub fn drag(h: &mut Harness<'_, BoothApp>, from: Pos2, to: Pos2) {
    h.drag_at(from);
    h.run();
    for i in 1..=5 {
        h.hover_at(from + (to - from) * (i as f32 / 5.0));
        h.run();
    }
    h.drop_at(to);
    h.run();
}

pub fn booth_numbered(plan: &Plan, number: &str) -> BoothId {
    *plan
        .booths
        .iter()
        .find(|(_, b)| b.number == number)
        .expect("booth exists")
        .0
}

/// An available booth with nothing within 6 m east of it, for moves that must not collide.
pub fn free_standing_booth(plan: &Plan) -> BoothId {
    *plan
        .booths
        .iter()
        .find(|(id, b)| {
            let probe = Rect::new(b.rect.right(), b.rect.y_mm, 6000, b.rect.d_mm);
            b.exhibitor.is_none()
                && plan
                    .booths
                    .iter()
                    .all(|(o, ob)| o == *id || !ob.rect.overlaps(&probe))
                && plan.obstacles.values().all(|ob| !ob.rect.overlaps(&probe))
        })
        .expect("some booth has room to its east")
        .0
}

/// Presses and releases at one point: a click on the canvas.
pub fn click_at(h: &mut Harness<'_, BoothApp>, at: Pos2) {
    h.drag_at(at);
    h.run();
    h.drop_at(at);
    h.run();
}

/// A pillar of the demo standing on open floor (in no booth), and its centre on screen.
pub fn free_pillar(h: &Harness<'_, BoothApp>) -> (boothplan::model::ObstacleId, Pos2) {
    let app = h.state();
    let plan = app.plan();
    let (id, o) = plan
        .obstacles
        .iter()
        .find(|(_, o)| {
            o.kind == boothplan::model::ObstacleKind::Pillar
                && !plan
                    .booths
                    .values()
                    .any(|b| b.rect.expanded(3000).overlaps(&o.rect))
        })
        .expect("a pillar on open floor");
    (*id, app.canvas.view.rect_in_screen(&o.rect).center())
}
