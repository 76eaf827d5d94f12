//! Commands and the one selection: what each command can do, and undo bringing back what was
//! selected.

use crate::support::*;

#[test]
fn commands_know_whether_they_can_run_and_their_state() {
    use boothplan::ui::Command;
    let mut h = demo();
    // Before: nothing to undo, nothing selected; the grid toggle shows the setting.
    assert!(!Command::Undo.enabled(&h.state().context()));
    assert!(!Command::Delete.enabled(&h.state().context()));
    let grid = h.state().settings.show_grid;
    assert_eq!(
        Command::ToggleGrid.checked(&h.state().context()),
        Some(grid)
    );
    // A shortcut of a disabled command does nothing.
    let before = h.state().plan().clone();
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(h.state().plan(), &before);
    // After: a booth nudged and selected: undo and delete can run; G flips the grid.
    let id = free_standing_booth(h.state().plan());
    h.state_mut().selection = std::iter::once(id).collect();
    h.key_press(Key::ArrowRight);
    h.run();
    assert!(Command::Undo.enabled(&h.state().context()));
    assert!(Command::Delete.enabled(&h.state().context()));
    h.key_press(Key::G);
    h.run();
    assert_eq!(
        Command::ToggleGrid.checked(&h.state().context()),
        Some(!grid)
    );
}

#[test]
fn undo_and_redo_bring_back_the_selection_of_their_step() {
    let mut h = demo();
    let id = free_standing_booth(h.state().plan());
    // Before: one booth selected, then deleted, then the selection cleared.
    h.state_mut().selection = std::iter::once(id).collect();
    h.run();
    h.key_press(Key::Delete);
    h.run();
    assert!(h.state().selection.is_empty());
    // Action: undo.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    // After: the booth is back and selected, as before the step.
    assert!(h.state().plan().booths.contains_key(&id));
    assert_eq!(h.state().selection, std::iter::once(id).collect());
    // Redo: deleted again, and the selection is what it was after the step (nothing).
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert!(!h.state().plan().booths.contains_key(&id));
    assert!(h.state().selection.is_empty());
}

/// Holds Shift for the gestures `f` sends.
fn with_shift(h: &mut Harness<'_, BoothApp>, f: impl FnOnce(&mut Harness<'_, BoothApp>)) {
    h.event(egui::Event::ModifiersChanged(Modifiers::SHIFT));
    f(h);
    h.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    h.run();
}

#[test]
fn a_booth_and_a_pillar_selected_together_move_as_one_step_and_undo_brings_both_back() {
    let mut h = demo();
    let (pillar, pillar_at) = free_pillar(&h);
    let booth = free_standing_booth(h.state().plan());
    let (booth_before, pillar_before) = (
        h.state().plan().booths[&booth].rect,
        h.state().plan().obstacles[&pillar].rect,
    );
    // Before: the booth is clicked, then the pillar Shift+clicked.
    let booth_at = booth_centre(&h, booth);
    click_at(&mut h, booth_at);
    with_shift(&mut h, |h| click_at(h, pillar_at));
    let both = {
        let mut s = Selection::one(Item::Booth(booth));
        s.insert(Item::Venue(boothplan::ui::Venue::Obstacle(pillar)));
        s
    };
    assert_eq!(h.state().selection, both);
    h.get_by_label("1 booth, 1 pillar selected");
    // Action: the booth is dragged 4 m south.
    let from = booth_centre(&h, booth);
    let to = from + Vec2::new(0.0, px(&h, 4.0));
    drag(&mut h, from, to);
    // After: both moved by the same whole grid step, in one undo step.
    let plan = h.state().plan();
    let dy = plan.booths[&booth].rect.y_mm - booth_before.y_mm;
    assert!(dy >= 3000, "moved south, by {dy} mm");
    assert_eq!(plan.booths[&booth].rect, booth_before.translated(0, dy));
    assert_eq!(
        plan.obstacles[&pillar].rect,
        pillar_before.translated(0, dy)
    );
    assert_eq!(h.state().doc.history().undo_depth(), 1);
    // Clicking elsewhere, then undo: both back, and selected again.
    h.state_mut().selection.clear();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().plan().booths[&booth].rect, booth_before);
    assert_eq!(h.state().plan().obstacles[&pillar].rect, pillar_before);
    assert_eq!(h.state().selection, both);
}

#[test]
fn a_pillar_is_resized_by_its_corner_handle_on_the_grid() {
    let mut h = demo();
    let (pillar, at) = free_pillar(&h);
    let before = h.state().plan().obstacles[&pillar].rect;
    // Zoomed in so the pillar is large on screen, then selected.
    let factor = 0.2 / h.state().canvas.view.scale;
    h.state_mut().canvas.view.zoom_at(at, factor);
    h.run();
    let at = h.state().canvas.view.rect_in_screen(&before).center();
    click_at(&mut h, at);
    assert_eq!(
        h.state().selection,
        Selection::one(boothplan::ui::Venue::Obstacle(pillar))
    );
    // Action: its south-east handle dragged 1.3 m east and south.
    let corner = h
        .state()
        .canvas
        .view
        .pos_in_screen(before.right(), before.bottom());
    let to = corner + Vec2::splat(px(&h, 1.3));
    drag(&mut h, corner, to);
    // After: its far corner on the grid line nearest the pointer, its near corner unmoved.
    let pitch = h.state().plan().meta.grid_pitch_mm;
    let after = h.state().plan().obstacles[&pillar].rect;
    assert_eq!((after.x_mm, after.y_mm), (before.x_mm, before.y_mm));
    let snapped = |v: i64| ((v as f64 / pitch as f64).round() as i64) * pitch;
    assert_eq!(after.right(), snapped(before.right() + 1300));
    assert_eq!(after.bottom(), snapped(before.bottom() + 1300));
    assert_eq!(h.state().doc.history().undo_depth(), 1);
}

#[test]
fn duplicate_copies_a_pillar_beside_it_and_selects_the_copy() {
    let mut h = demo();
    let (pillar, at) = free_pillar(&h);
    let before = h.state().plan().obstacles.len();
    click_at(&mut h, at);
    h.key_press_modifiers(Modifiers::COMMAND, Key::D);
    h.run();
    let plan = h.state().plan();
    assert_eq!(plan.obstacles.len(), before + 1);
    let Some(Item::Venue(boothplan::ui::Venue::Obstacle(copy))) = h.state().selection.single()
    else {
        panic!("the copy is selected: {:?}", h.state().selection);
    };
    let original = &plan.obstacles[&pillar];
    assert_eq!(
        plan.obstacles[&copy].rect,
        original.rect.translated(original.rect.w_mm, 0)
    );
    assert_eq!(plan.obstacles[&copy].kind, original.kind);
    h.get_by_label_contains("Duplicated 1 pillar");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().plan().obstacles.len(), before);
}

#[test]
fn delete_takes_everything_selected_in_one_step_and_names_it() {
    let mut h = demo();
    let (pillar, pillar_at) = free_pillar(&h);
    let booth = free_standing_booth(h.state().plan());
    let number = h.state().plan().booths[&booth].number.clone();
    let booth_at = booth_centre(&h, booth);
    click_at(&mut h, booth_at);
    with_shift(&mut h, |h| click_at(h, pillar_at));
    h.key_press(Key::Delete);
    h.run();
    assert!(!h.state().plan().booths.contains_key(&booth));
    assert!(!h.state().plan().obstacles.contains_key(&pillar));
    h.get_by_label_contains(&format!("Deleted booth {number}"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().plan().booths.contains_key(&booth));
    assert!(h.state().plan().obstacles.contains_key(&pillar));
}

#[test]
fn delete_pressed_while_dragging_deletes_the_booth_for_good() {
    let mut h = demo();
    let id = free_standing_booth(h.state().plan());
    let from = booth_centre(&h, id);
    h.drag_at(from);
    h.run();
    for i in 1..=3 {
        h.hover_at(from + Vec2::new(px(&h, 1.0) * i as f32, 0.0));
        h.run();
    }
    h.key_press(Key::Delete);
    h.run();
    for i in 4..=6 {
        h.hover_at(from + Vec2::new(px(&h, 1.0) * i as f32, 0.0));
        h.run();
    }
    h.drop_at(from + Vec2::new(px(&h, 6.0), 0.0));
    h.run();
    assert!(
        !h.state().plan().booths.contains_key(&id),
        "it stays deleted"
    );
    assert!(!h.state().doc.history().in_transaction());
    // The move so far and the delete are two steps: one Ctrl+Z brings the booth back where
    // it was carried to.
    assert_eq!(h.state().doc.history().undo_depth(), 2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().plan().booths.contains_key(&id));
}

#[test]
fn deleting_a_company_with_its_booth_removes_both() {
    let mut h = demo();
    let (booth, company) = h
        .state()
        .plan()
        .booths
        .iter()
        .find_map(|(id, b)| b.exhibitor.map(|e| (*id, e)))
        .expect("an allocated booth");
    let mut both = Selection::one(Item::Booth(booth));
    both.insert(Item::Exhibitor(company));
    h.state_mut().selection = both;
    h.run();
    h.key_press(Key::Delete);
    h.run();
    let plan = h.state().plan();
    assert!(!plan.booths.contains_key(&booth), "the booth is gone");
    assert!(
        !plan.exhibitors.contains_key(&company),
        "the company is gone"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().plan().booths[&booth].exhibitor, Some(company));
}
