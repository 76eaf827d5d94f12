//! Venue objects: pillars, zones, exits and halls selected, moved, edited and deleted.

use crate::support::*;

#[test]
fn a_pillar_is_selected_dragged_and_deleted_like_a_booth() {
    let mut h = demo();
    let (id, at) = free_pillar(&h);
    let (label, before) = {
        let o = &h.state().plan().obstacles[&id];
        (o.label.clone(), o.rect)
    };
    // Click: selected, in the inspector with its numbers.
    click_at(&mut h, at);
    h.run();
    assert_eq!(
        h.state().selection,
        Selection::one(boothplan::ui::Venue::Obstacle(id))
    );
    h.get_by_label(&format!("Pillar {label}"));
    h.get_by_role_and_label(Role::TextInput, "X (m)");
    // Drag 2.4 m east: moved on the grid (2 m), one undo step.
    let to = at + Vec2::new(px(&h, 2.4), 0.0);
    drag(&mut h, at, to);
    assert_eq!(
        h.state().plan().obstacles[&id].rect,
        before.translated(2000, 0)
    );
    assert_eq!(h.state().doc.history().undo_depth(), 1);
    // Delete: gone, said so, and Ctrl+Z brings it back.
    h.key_press(Key::Delete);
    h.run();
    assert!(!h.state().plan().obstacles.contains_key(&id));
    h.get_by_label_contains(&format!("Deleted pillar {label} — Ctrl+Z brings it back"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().plan().obstacles[&id].rect,
        before.translated(2000, 0)
    );
}

#[test]
fn a_width_typed_in_the_inspector_resizes_the_booth_on_the_grid() {
    let mut h = demo();
    let id = free_standing_booth(h.state().plan());
    let before = h.state().plan().booths[&id].rect;
    h.state_mut().selection = std::iter::once(id).collect();
    h.run();
    let field = h.get_by_role_and_label(Role::TextInput, "Width (m)");
    field.click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    // 1.6 m wider than it is, typed with a decimal point.
    let typed = format!("{:.1}", (before.w_mm + 1600) as f64 / 1000.0);
    h.get_by_role_and_label(Role::TextInput, "Width (m)")
        .type_text(&typed);
    h.key_press(Key::Enter);
    h.run();
    h.run();
    // Snapped to the 1 m grid: 2 m wider, one undo step.
    assert_eq!(
        h.state().plan().booths[&id].rect,
        Rect {
            w_mm: before.w_mm + 2000,
            ..before
        }
    );
    assert_eq!(h.state().doc.history().undo_depth(), 1);
}

#[test]
fn clicking_a_zone_selects_it_and_a_second_drag_moves_it() {
    let mut h = demo();
    // A point in a zone with no booth and no obstacle on it.
    let (zid, point) = {
        let plan = h.state().plan();
        plan.zones
            .iter()
            .find_map(|(zid, z)| {
                z.areas.iter().find_map(|a| {
                    // Away from the area's corners, where the resize handles are.
                    (4..16)
                        .flat_map(|i| (4..16).map(move |j| (i, j)))
                        .find_map(|(i, j)| {
                            let p = boothplan::model::Point::new(
                                a.x_mm + a.w_mm * i / 20 + 250,
                                a.y_mm + a.d_mm * j / 20 + 250,
                            );
                            let free = !plan.booths.values().any(|b| b.rect.contains_point(p))
                                && !plan.obstacles.values().any(|o| o.rect.contains_point(p))
                                && !plan.exits.values().any(|e| e.zone(3000).contains_point(p));
                            free.then_some((*zid, p))
                        })
                })
            })
            .expect("open floor in a zone")
    };
    let at = h.state().canvas.view.pos_in_screen(point.x_mm, point.y_mm);
    let before = h.state().plan().zones[&zid].areas.clone();
    click_at(&mut h, at);
    h.run();
    assert_eq!(
        h.state().selection,
        Selection::one(boothplan::ui::Venue::Zone(zid))
    );
    let name = h.state().plan().zones[&zid].name.clone();
    h.get_by_label(&format!("Zone {name}"));
    let to = at + Vec2::new(0.0, px(&h, 3.0));
    drag(&mut h, at, to);
    let after = &h.state().plan().zones[&zid].areas;
    assert_eq!(
        after,
        &before
            .iter()
            .map(|r| r.translated(0, 3000))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_rule_changed_in_show_settings_is_validated_at_once_and_undone_in_one_step() {
    let mut h = demo();
    assert!(
        !h.state()
            .report()
            .has(boothplan::validate::Rule::AisleTooNarrow)
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    h.run();
    h.get_by_label("Show settings");
    // A new window settles in a frame or two, as it does for a person.
    h.run();
    h.run();
    let r = h
        .get_by_role_and_label(Role::TextInput, "Minimum aisle (m)")
        .rect();
    click_at(&mut h, r.center());
    h.run();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Minimum aisle (m)")
        .type_text("4");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.run();
    // The demo's 3 m aisles are now too narrow, reported at once.
    assert_eq!(h.state().plan().rules.min_aisle_mm, 4000);
    assert!(
        h.state()
            .report()
            .has(boothplan::validate::Rule::AisleTooNarrow)
    );
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().dialog.is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().plan().rules.min_aisle_mm, 3000);
    assert!(
        !h.state()
            .report()
            .has(boothplan::validate::Rule::AisleTooNarrow)
    );
}

#[test]
fn drawing_a_pavilion_makes_a_zone_and_selects_it() {
    let mut h = harness(common::hall_plan());
    h.state_mut().tool = boothplan::ui::Tool::Zone(boothplan::model::ZoneKind::Pavilion);
    let from = h.state().canvas.view.pos_in_screen(4_000, 4_000);
    let to = h.state().canvas.view.pos_in_screen(14_000, 10_000);
    drag(&mut h, from, to);
    let plan = h.state().plan();
    assert_eq!(plan.zones.len(), 1);
    let (zid, z) = plan.zones.iter().next().expect("a zone");
    assert_eq!(z.kind, boothplan::model::ZoneKind::Pavilion);
    assert_eq!(z.areas, vec![Rect::new(4_000, 4_000, 10_000, 6_000)]);
    assert_eq!(
        h.state().selection,
        Selection::one(boothplan::ui::Venue::Zone(*zid))
    );
    // A second rectangle drawn from inside the selected pavilion is one more area of it.
    let from = h.state().canvas.view.pos_in_screen(13_000, 5_000);
    let to = h.state().canvas.view.pos_in_screen(18_000, 8_000);
    drag(&mut h, from, to);
    let plan = h.state().plan();
    assert_eq!(plan.zones.len(), 1);
    assert_eq!(plan.zones.values().next().expect("zone").areas.len(), 2);
}

#[test]
fn delete_takes_the_selected_booths_never_the_hall_clicked_before() {
    let mut h = demo();
    // Before: a click on open floor selects the hall there.
    let hall = *h.state().plan().halls.keys().next().expect("a hall");
    h.state_mut().selection = Selection::one(boothplan::ui::Venue::Hall(hall));
    // Action: booths are selected (as a rubber band or Ctrl+A would), then Delete.
    let id = free_standing_booth(h.state().plan());
    h.state_mut().selection = std::iter::once(id).collect();
    h.run();
    h.key_press(Key::Delete);
    h.run();
    // After: the booth is gone, the hall is not.
    assert!(!h.state().plan().booths.contains_key(&id));
    assert!(h.state().plan().halls.contains_key(&hall));
}

#[test]
fn esc_in_an_inspector_field_throws_the_typing_away() {
    let mut h = demo();
    let id = free_standing_booth(h.state().plan());
    let before = h.state().plan().booths[&id].rect;
    h.state_mut().selection = std::iter::once(id).collect();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Width (m)")
        .focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Width (m)")
        .type_text("12");
    h.run();
    h.key_press(Key::Escape);
    h.run();
    h.run();
    assert_eq!(h.state().plan().booths[&id].rect, before);
    assert!(!h.state().doc.history().can_undo());
}

#[test]
fn an_exit_is_dragged_along_its_wall_only() {
    let mut h = demo();
    let (id, before) = {
        let plan = h.state().plan();
        let (id, e) = plan
            .exits
            .iter()
            .find(|(_, e)| e.wall == boothplan::model::Side::North)
            .expect("an exit in a north wall");
        (*id, e.clone())
    };
    // Grab the door a little inside the hall, drag 3 m east and 2 m south.
    let at = h
        .state()
        .canvas
        .view
        .pos_in_screen(before.at.x_mm, before.at.y_mm + 500);
    let to = at + Vec2::new(px(&h, 3.0), px(&h, 2.0));
    drag(&mut h, at, to);
    let after = &h.state().plan().exits[&id];
    assert_eq!(after.at.x_mm, before.at.x_mm + 3000, "moved along the wall");
    assert_eq!(after.at.y_mm, before.at.y_mm, "still on the wall");
    assert_eq!(h.state().doc.history().undo_depth(), 1);
}

/// Replaces the text of the field labelled `label` and presses Enter.
fn type_into(h: &mut Harness<'_, BoothApp>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label).click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    h.key_press(Key::Enter);
    h.run();
    h.run();
}

#[test]
fn a_hall_of_several_wings_moves_as_a_whole_by_its_x_field() {
    let mut h = demo();
    let (hall, before) = h
        .state()
        .plan()
        .halls
        .iter()
        .find(|(_, h)| h.outline.len() > 1)
        .map(|(id, h)| (*id, h.clone()))
        .expect("a hall with wings");
    // Clicked on its open floor: the hall is selected.
    h.state_mut().selection = Selection::one(boothplan::ui::Venue::Hall(hall));
    h.run();
    let x = before.bounds().x_mm;
    type_into(&mut h, "X (m)", &format!("{}", (x + 5000) as f64 / 1000.0));
    let after = h.state().plan().halls[&hall].clone();
    assert_eq!(
        after.outline,
        before
            .outline
            .iter()
            .map(|w| w.translated(5000, 0))
            .collect::<Vec<_>>()
    );
    // Its width cannot be typed (which wing would grow?): it says how instead.
    type_into(&mut h, "Width (m)", "500");
    assert_eq!(h.state().plan().halls[&hall].outline, after.outline.clone());
    h.get_by_label_contains("wings: drag a wing's corner to resize it");
    assert_eq!(h.state().doc.history().undo_depth(), 1);
}

#[test]
fn a_pavilion_gets_its_own_price_per_square_metre_and_its_booths_follow() {
    let mut h = demo();
    let (zid, booth) = {
        let plan = h.state().plan();
        plan.booths
            .iter()
            .find_map(|(id, b)| plan.zone_of(b).map(|z| (z, *id)))
            .expect("a booth in a zone")
    };
    h.state_mut().selection = Selection::one(boothplan::ui::Venue::Zone(zid));
    h.run();
    type_into(&mut h, "Price per m²", "1,234.5");
    let plan = h.state().plan();
    assert_eq!(plan.zones[&zid].price_per_m2_minor, Some(123_450));
    if plan.booths[&booth].price_override_minor.is_none() {
        let area_m2 = plan.booths[&booth].area_mm2() as f64 / 1e6;
        let price = h
            .state()
            .derived()
            .price_minor(plan, booth)
            .expect("a price");
        assert!(
            price as f64 >= 123_450.0 * area_m2 - 1.0,
            "the zone's rate is the booth's base: {price} for {area_m2} m²"
        );
    }
    // Nonsense is refused with a word, and changes nothing.
    type_into(&mut h, "Price per m²", "-3");
    assert_eq!(
        h.state().plan().zones[&zid].price_per_m2_minor,
        Some(123_450)
    );
    h.get_by_label_contains("\"-3\" is not a price");
}

#[test]
fn an_exit_dragged_past_the_end_of_its_wall_stops_with_all_of_the_door_in_the_wall() {
    let mut h = demo();
    let (id, before, hall) = {
        let plan = h.state().plan();
        let (id, e) = plan
            .exits
            .iter()
            .find(|(_, e)| e.wall == boothplan::model::Side::North)
            .expect("an exit in a north wall");
        (*id, e.clone(), plan.halls[&e.hall].clone())
    };
    let at = h
        .state()
        .canvas
        .view
        .pos_in_screen(before.at.x_mm, before.at.y_mm + 500);
    // Far past the hall's west end.
    let to = h
        .state()
        .canvas
        .view
        .pos_in_screen(hall.bounds().x_mm - 30_000, before.at.y_mm + 500);
    drag(&mut h, at, to);
    let after = &h.state().plan().exits[&id];
    assert!(after.is_on_wall(&hall), "{after:?} in {hall:?}");
    assert!(after.at.x_mm < before.at.x_mm, "it went west");
}

#[test]
fn a_hall_moved_with_the_arrow_keys_carries_its_booths_exits_and_pillars() {
    let mut h = demo();
    let hall = *h.state().plan().halls.keys().next().expect("a hall");
    let before = h.state().plan().clone();
    let problems = h.state().report().findings.len();
    h.state_mut().selection = Selection::one(boothplan::ui::Venue::Hall(hall));
    h.run();
    h.key_press(Key::ArrowRight);
    h.run();
    let pitch = before.meta.grid_pitch_mm;
    let plan = h.state().plan();
    for (id, b) in before.booths.iter().filter(|(_, b)| b.hall == hall) {
        assert_eq!(plan.booths[id].rect, b.rect.translated(pitch, 0));
    }
    for (id, e) in before.exits.iter().filter(|(_, e)| e.hall == hall) {
        assert_eq!(plan.exits[id].at.x_mm, e.at.x_mm + pitch);
        assert_eq!(plan.exits[id].at.y_mm, e.at.y_mm);
    }
    for (id, o) in before.obstacles.iter().filter(|(_, o)| o.hall == hall) {
        assert_eq!(plan.obstacles[id].rect, o.rect.translated(pitch, 0));
    }
    assert!(
        h.state().report().findings.len() <= problems + 2,
        "moving a hall by a metre does not break it: {:#?}",
        h.state()
            .report()
            .findings
            .iter()
            .map(|f| &f.message)
            .collect::<Vec<_>>()
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().plan(), &before);
}

#[test]
fn a_pillar_standing_in_a_booth_is_drawn_over_it_and_picked_first() {
    let mut h = demo();
    let (pillar, _) = free_pillar(&h);
    let booth = free_standing_booth(h.state().plan());
    // The pillar moved into the middle of the booth.
    let centre = h.state().plan().booths[&booth].rect.centre();
    let mut moved = h.state().plan().obstacles[&pillar].clone();
    moved.rect = Rect::new(centre.x_mm - 400, centre.y_mm - 400, 800, 800);
    h.state_mut()
        .apply_now(boothplan::edit::Edit::Obstacle(pillar, Some(moved)));
    h.run();
    let at = booth_centre(&h, booth);
    click_at(&mut h, at);
    assert_eq!(
        h.state().selection,
        Selection::one(boothplan::ui::Venue::Obstacle(pillar))
    );
}
