//! The organiser's precision tools on the canvas: measuring, the legend and the layers.

use crate::common::{M, add_booth, add_obstacle, hall_plan};
use crate::support::*;
use boothplan::model::measure::Clearance;
use boothplan::model::spatial::ItemKind;
use boothplan::model::{ObstacleKind, Side};
use boothplan::ui::Tool;

/// Two 3 × 3 m booths 3.2 m apart side by side, and a pillar 1.5 m below the first.
fn two_booths() -> (Plan, BoothId, BoothId) {
    let mut plan = hall_plan();
    let a = add_booth(&mut plan, "A-101", 10 * M, 10 * M, 3 * M, 3 * M);
    let b = add_booth(&mut plan, "A-102", 16_200, 10 * M, 3 * M, 3 * M);
    add_obstacle(
        &mut plan,
        ObstacleKind::Pillar,
        Rect::new(11 * M, 14_500, 600, 600),
    );
    (plan, a, b)
}

#[test]
fn m_measures_the_clear_width_between_two_booths() {
    let (plan, a, b) = two_booths();
    let mut h = harness(plan);
    h.key_press(Key::M);
    h.run();
    assert_eq!(h.state().tool, Tool::Measure);
    // From somewhere in A-101 to somewhere in A-102 (not straight across).
    let from = booth_centre(&h, a) + Vec2::new(0.0, -px(&h, 1.0));
    let to = booth_centre(&h, b) + Vec2::new(0.0, px(&h, 0.8));
    let before = h.state().plan().clone();
    drag(&mut h, from, to);
    let m = h.state().canvas.measure.clone().expect("a measurement");
    assert_eq!(m.from.as_ref().map(|t| t.name.as_str()), Some("A-101"));
    assert_eq!(m.to.as_ref().map(|t| t.name.as_str()), Some("A-102"));
    assert_eq!(
        m.clear(),
        Some(Clearance::Facing {
            gap_mm: 3200,
            across_x: true
        }),
        "the clear width is the booths' gap, exact, wherever the ends are"
    );
    assert!(
        (m.length_mm() - 6_200f64.hypot(1_800.0)).abs() < 150.0,
        "{}",
        m.length_mm()
    );
    let lines = m.lines();
    assert_eq!(lines[1], "Clear width A-101–A-102: 3.2 m");
    assert_eq!(h.state().plan(), &before, "measuring changes nothing");
    assert_eq!(h.state().doc.history().undo_depth(), 0);
    // Esc puts the measurement away; the tool stays.
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().canvas.measure.is_none());
    assert_eq!(h.state().tool, Tool::Measure);
}

#[test]
fn measuring_from_open_floor_gives_the_distance_only() {
    let (plan, a, _) = two_booths();
    let mut h = harness(plan);
    h.key_press(Key::M);
    h.run();
    let from = booth_centre(&h, a) + Vec2::new(-px(&h, 5.0), 0.0);
    let to = from + Vec2::new(px(&h, 3.0), px(&h, 4.0));
    drag(&mut h, from, to);
    let m = h.state().canvas.measure.clone().expect("a measurement");
    assert!(m.from.is_none() && m.to.is_none());
    assert_eq!(m.clear(), None);
    assert!((m.length_mm() - 5000.0).abs() < 100.0, "{}", m.length_mm());
    assert_eq!(m.lines().len(), 1);
    // Another tool puts it away.
    h.key_press(Key::V);
    h.run();
    assert!(h.state().canvas.measure.is_none());
}

#[test]
fn hovering_a_booth_with_the_measure_tool_finds_its_neighbours_and_the_wall() {
    let (plan, a, b) = two_booths();
    let mut h = harness(plan);
    h.key_press(Key::M);
    h.run();
    let p = booth_centre(&h, a);
    h.hover_at(p);
    h.run();
    let (thing, around) = h.state().canvas.around.clone().expect("the hovered booth");
    assert_eq!(thing.name, "A-101");
    let gap = |side: Side| {
        around
            .sides
            .iter()
            .find(|n| n.side == side)
            .map(|n| (n.gap_mm, n.what))
    };
    assert_eq!(gap(Side::East), Some((3200, ItemKind::Booth(b))));
    assert_eq!(gap(Side::West), Some((10 * M, ItemKind::Wall)));
    assert_eq!(gap(Side::North), Some((10 * M, ItemKind::Wall)));
    assert!(
        matches!(
            gap(Side::South),
            Some((1500, ItemKind::Obstacle(_, ObstacleKind::Pillar)))
        ),
        "{:?}",
        gap(Side::South)
    );
    let wall = around.wall.expect("the nearest wall");
    assert_eq!(wall.gap_mm, 10 * M);
    // Carrying on to open floor: nothing is measured around.
    h.hover_at(p + Vec2::new(-px(&h, 5.0), 0.0));
    h.run();
    assert!(h.state().canvas.around.is_none());
}

#[test]
fn a_booth_standing_between_the_two_ends_is_no_clear_passage() {
    let (mut plan, a, _) = two_booths();
    let c = add_booth(&mut plan, "A-103", 22 * M, 10 * M, 3 * M, 3 * M);
    let mut h = harness(plan);
    h.key_press(Key::M);
    h.run();
    let (from, to) = (booth_centre(&h, a), booth_centre(&h, c));
    drag(&mut h, from, to);
    let m = h.state().canvas.measure.clone().expect("a measurement");
    assert_eq!(m.between, ["A-102"]);
    assert_eq!(
        m.lines()[1],
        "No clear passage A-101–A-103 (9 m apart): A-102 between"
    );
}

#[test]
fn the_legend_says_what_colours_mean_for_whichever_colouring_is_shown() {
    let mut h = demo();
    for entry in [
        "Available",
        "Sold",
        "Has an error",
        "Exit and its clear zone",
        "Pillar",
        "Fire equipment",
        "Reserved aisle",
    ] {
        assert!(
            h.query_by_label(entry).is_some(),
            "the legend lists {entry:?}"
        );
    }
    // Coloured by zone: the zones' names, and booths in none.
    h.state_mut().settings.colour_by = boothplan::ui::ColourBy::Zone;
    h.run();
    assert!(h.query_by_label("In no zone").is_some());
    assert!(h.query_by_label("Available").is_none());
    let zone = h
        .state()
        .plan()
        .zones
        .values()
        .next()
        .expect("zones")
        .name
        .clone();
    assert!(h.query_by_label(&zone).is_some(), "{zone}");
    // Hidden: nothing of it is left.
    h.state_mut().settings.show_legend = false;
    h.run();
    assert!(h.query_by_label("In no zone").is_none());
}

#[test]
fn zoom_to_fit_leaves_the_legend_clear_of_the_halls() {
    let mut h = demo();
    h.key_press(Key::F);
    h.run();
    let app = h.state();
    let covered = app.canvas.view.covered_right;
    assert!(covered > 100.0, "{covered}");
    let free_right = app.canvas.view.canvas.right() - covered;
    for hall in app.plan().halls.values() {
        let r = app.canvas.view.rect_in_screen(&hall.bounds());
        assert!(r.right() <= free_right, "{} under the legend", hall.name);
    }
}

#[test]
fn o_hides_obstacles_and_a_hidden_pillar_cannot_be_picked_but_is_still_checked() {
    let mut h = demo();
    let (id, at) = free_pillar(&h);
    let pillar = Item::Venue(boothplan::ui::Venue::Obstacle(id));
    click_at(&mut h, at);
    assert!(
        h.state().selection.contains(pillar),
        "shown, the pillar is picked"
    );
    h.key_press(Key::O);
    h.run();
    assert!(!h.state().settings.show_obstacles);
    assert!(
        !h.state().selection.contains(pillar),
        "hidden, it leaves the selection (Delete or arrows cannot touch it unseen)"
    );
    assert!(h.query_by_label("Hidden: obstacles").is_some());
    assert!(h.query_by_label("Pillar").is_none(), "not in the legend");
    click_at(&mut h, at);
    assert!(
        !h.state().selection.contains(pillar),
        "hidden, it is looked through"
    );
    // Hiding is a view, not an edit: a booth moved onto the hidden pillar is still an error.
    assert_eq!(h.state().doc.history().undo_depth(), 0);
    let pillar_rect = h.state().plan().obstacles[&id].rect;
    let booth = free_standing_booth(h.state().plan());
    let onto = {
        let b = h.state().plan().booths[&booth].clone();
        boothplan::model::Booth {
            rect: Rect::new(pillar_rect.x_mm, pillar_rect.y_mm, b.rect.w_mm, b.rect.d_mm),
            ..b
        }
    };
    h.state_mut()
        .push_edit(boothplan::edit::Edit::Booth(booth, Some(onto)));
    h.run();
    assert!(
        h.state().doc.report().findings.iter().any(|f| {
            f.rule == boothplan::validate::Rule::BoothContainsPillar && f.booth_ids.contains(&booth)
        }),
        "the validator still sees the hidden pillar: {:?}",
        h.state()
            .doc
            .report()
            .findings
            .iter()
            .filter(|f| f.booth_ids.contains(&booth))
            .map(|f| f.rule)
            .collect::<Vec<_>>()
    );
    h.key_press(Key::O);
    h.run();
    assert!(h.state().settings.show_obstacles);
    assert!(h.query_by_label("Hidden: obstacles").is_none());
}

/// The demo in a 1200 × 800 window drawn by wgpu (Mesa's software rasteriser here), zoomed to
/// Hall 1.
fn drawn_demo_hall_1() -> Harness<'static, BoothApp> {
    let app = BoothApp::new(boothplan::demo::demo_plan(), None);
    let mut h = Harness::builder()
        .with_size(Vec2::new(1200.0, 800.0))
        .wgpu()
        .with_context_setup(boothplan::ui::fonts::install)
        .build_ui_state(|ui, app: &mut BoothApp| app.frame_ui(ui), app);
    h.run();
    let hall = *h.state().plan().halls.keys().next().expect("a hall");
    h.state_mut().selection = Selection::one(Item::Venue(boothplan::ui::Venue::Hall(hall)));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    h.run();
    h.state_mut().selection = Selection::default();
    h.run();
    h
}

#[test]
fn snapshot_of_the_canvas_with_its_legend() {
    let mut h = drawn_demo_hall_1();
    h.snapshot("canvas_legend_by_status");
}

#[test]
fn snapshot_of_the_walking_distance_heat_map() {
    let mut h = drawn_demo_hall_1();
    h.key_press(Key::H);
    h.run();
    h.snapshot("canvas_heat_map");
}
