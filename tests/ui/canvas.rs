//! Booths on the canvas: moving, problems, companies carried onto booths, the inspector.

use crate::support::*;

#[test]
fn opens_on_the_demo_with_its_numbers() {
    let h = demo();
    assert_eq!(
        h.state().window_title(),
        "boothplan — Global ICT Exhibition 2026"
    );
    h.get_by_label(&format!("{} booths", h.state().plan().booths.len()));
    h.get_by_label("390 / 420 exhibitors allocated");
    assert!(h.query_all_by_label("0 errors").next().is_some());
}

#[test]
fn dragging_a_booth_moves_it_on_the_grid_and_undo_redo_replay_it() {
    let mut h = demo();
    let id = free_standing_booth(h.state().plan());
    let before = h.state().plan().booths[&id].rect;
    let from = booth_centre(&h, id);
    // 2.4 m to the east snaps to 2 m.
    let to = from + Vec2::new(px(&h, 2.4), 0.0);
    drag(&mut h, from, to);
    let after = h.state().plan().booths[&id].rect;
    assert_eq!(after, before.translated(2000, 0));
    assert_eq!(
        h.state().doc.history().undo_depth(),
        1,
        "one drag is one undo step"
    );
    assert!(h.state().window_title().ends_with(" •"), "unsaved marker");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().plan().booths[&id].rect, before);
    assert!(!h.state().window_title().ends_with(" •"));

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().plan().booths[&id].rect, after);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(
        h.state().plan().booths[&id].rect,
        after,
        "Ctrl+Y redoes too"
    );
}

#[test]
fn escape_during_a_drag_rolls_it_back() {
    let mut h = demo();
    let id = free_standing_booth(h.state().plan());
    let before = h.state().plan().booths[&id].rect;
    let from = booth_centre(&h, id);
    h.drag_at(from);
    h.run();
    for i in 1..=4 {
        h.hover_at(from + Vec2::new(px(&h, 1.0) * i as f32, 0.0));
        h.run();
    }
    assert_ne!(
        h.state().plan().booths[&id].rect,
        before,
        "the booth follows the pointer"
    );
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().plan().booths[&id].rect, before);
    h.drop_at(from + Vec2::new(px(&h, 4.0), 0.0));
    h.run();
    assert_eq!(h.state().plan().booths[&id].rect, before);
    assert!(!h.state().doc.history().can_undo());
}

#[test]
fn undo_pressed_while_the_pointer_moves_a_booth_rolls_the_drag_back_and_leaves_no_step() {
    let mut h = demo();
    let id = free_standing_booth(h.state().plan());
    let before = h.state().plan().booths[&id].rect;
    let from = booth_centre(&h, id);
    h.drag_at(from);
    h.run();
    for i in 1..=3 {
        h.hover_at(from + Vec2::new(px(&h, 1.0) * i as f32, 0.0));
        h.run();
    }
    // Ctrl+Z in the same frame as one more step of the pointer.
    h.hover_at(from + Vec2::new(px(&h, 4.0), 0.0));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().plan().booths[&id].rect, before);
    h.hover_at(from + Vec2::new(px(&h, 6.0), 0.0));
    h.run();
    h.drop_at(from + Vec2::new(px(&h, 6.0), 0.0));
    h.run();
    assert_eq!(h.state().plan().booths[&id].rect, before);
    assert!(!h.state().doc.history().can_undo(), "nothing to undo");
    assert!(!h.state().doc.is_modified());
}

#[test]
fn dragging_a_booth_onto_another_shows_the_overlap_problem() {
    let mut h = demo();
    assert!(h.query_by_label_contains("Booth overlap").is_none());
    let plan = h.state().plan();
    let a = booth_numbered(plan, "A-102");
    let b_rect = plan.booths[&a].rect;
    // The booth right next to it in the same row.
    let neighbour = *plan
        .booths
        .iter()
        .find(|(_, b)| b.rect.x_mm == b_rect.right() && b.rect.y_mm == b_rect.y_mm)
        .expect("a neighbour")
        .0;
    let from = booth_centre(&h, neighbour);
    let to = from - Vec2::new(px(&h, 2.0), 0.0);
    drag(&mut h, from, to);
    assert!(
        h.state()
            .report()
            .has(boothplan::validate::Rule::BoothOverlap)
    );
    h.get_by_label_contains("Error: Booth overlap");
    assert!(
        h.state().marks().contains_key(&neighbour),
        "the offending booth is marked on the canvas"
    );
}

#[test]
fn problems_follow_a_drag_before_the_drop() {
    let mut h = demo();
    let plan = h.state().plan();
    let a = booth_numbered(plan, "A-102");
    let a_rect = plan.booths[&a].rect;
    let neighbour = *plan
        .booths
        .iter()
        .find(|(_, b)| b.rect.x_mm == a_rect.right() && b.rect.y_mm == a_rect.y_mm)
        .expect("a neighbour")
        .0;
    let from = booth_centre(&h, neighbour);
    let to = from - Vec2::new(px(&h, 2.0), 0.0);
    // Before: pressed, moved half way and then onto A-102, not yet released.
    h.drag_at(from);
    h.run();
    for i in 1..=4 {
        h.hover_at(from + (to - from) * (i as f32 / 4.0));
        h.run();
        // Every frame of the drag: the live report is the full report of the plan as drawn.
        let full = boothplan::validate::validate(h.state().plan());
        assert_eq!(h.state().report(), &full, "frame {i} of the drag");
    }
    // After: the overlap is shown while the button is still down.
    assert!(h.state().doc.history().in_transaction(), "still dragging");
    assert!(
        h.state()
            .report()
            .has(boothplan::validate::Rule::BoothOverlap)
    );
    assert!(h.state().marks().contains_key(&neighbour));
    h.drop_at(to);
    h.run();
    assert_eq!(
        h.state().report(),
        &boothplan::validate::validate(h.state().plan())
    );
}

#[test]
fn dragging_a_company_onto_an_empty_booth_allocates_it() {
    let mut h = demo();
    let plan = h.state().plan();
    let (eid, exhibitor) = plan
        .exhibitors
        .iter()
        .find(|(id, _)| plan.booths_of(**id).next().is_none())
        .map(|(id, e)| (*id, e.clone()))
        .expect("an unallocated company");
    let booth = *plan
        .booths
        .iter()
        .find(|(_, b)| b.exhibitor.is_none() && b.status == BoothStatus::Available)
        .expect("an empty booth")
        .0;
    // Narrow the list to the company, then drag its row onto the booth.
    h.state_mut().exhibitors.search = exhibitor.name.clone();
    h.run();
    let row = h
        .get_by_label_contains(&format!("{} · ", exhibitor.name))
        .rect()
        .center();
    let target = booth_centre(&h, booth);
    // While carried over the booth, the booth is marked as the drop target.
    h.drag_at(row);
    h.run();
    for i in 1..=5 {
        h.hover_at(row + (target - row) * (i as f32 / 5.0));
        h.run();
    }
    assert_eq!(h.state().canvas.drop_target, Some(booth));
    h.drop_at(target);
    h.run();
    assert_eq!(h.state().canvas.drop_target, None);
    let b = &h.state().plan().booths[&booth];
    assert_eq!(b.exhibitor, Some(eid));
    assert_eq!(b.status, BoothStatus::Reserved);
    assert_eq!(h.state().doc.history().undo_depth(), 1);
}

#[test]
fn search_finds_hangul_vietnamese_and_unaccented_names() {
    let mut h = demo();
    for (query, expected) in [
        ("한빛", "한빛통신"),
        ("Viễn", "Công ty Viễn thông Sông Hồng"),
        ("vien thong song", "Công ty Viễn thông Sông Hồng"),
    ] {
        h.state_mut().exhibitors.search = query.to_owned();
        h.run();
        let found = {
            let app = h.state_mut();
            app.exhibitors.filtered(&app.doc)
        };
        let names: Vec<String> = found
            .iter()
            .map(|id| h.state().plan().exhibitors[id].name.clone())
            .collect();
        assert!(names.iter().any(|n| n == expected), "{query} → {names:?}");
        h.get_by_label_contains(expected);
    }
    h.state_mut().exhibitors.search = "A-101".to_owned();
    h.run();
    assert_eq!(
        {
            let app = h.state_mut();
            app.exhibitors.filtered(&app.doc)
        }
        .len(),
        1,
        "booth numbers are searchable"
    );
}

#[test]
fn typing_in_the_search_box_filters_the_list() {
    let mut h = demo();
    h.get_by_role_and_label(Role::TextInput, "Search").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Search")
        .type_text("vien");
    h.run();
    assert_eq!(h.state().exhibitors.search, "vien");
    h.get_by_label_contains("Công ty Viễn thông Sông Hồng");
}

#[test]
fn clicking_a_problem_selects_its_booths() {
    let mut plan = boothplan::demo::demo_plan();
    let a = booth_numbered(&plan, "A-102");
    let rect = plan.booths[&a].rect;
    let copy = plan.next_booth_id();
    let mut overlapping = plan.booths[&a].clone();
    overlapping.number = "A-999".into();
    overlapping.exhibitor = None;
    overlapping.status = BoothStatus::Available;
    overlapping.rect = rect.translated(1000, 0);
    plan.booths.insert(copy, overlapping);
    let mut h = harness(plan);
    h.get_by_label_contains("Booth A-102 overlaps A-999")
        .click();
    h.run();
    assert_eq!(h.state().selection, [a, copy].into_iter().collect());
}

#[test]
fn arrow_keys_nudge_and_delete_removes() {
    let mut h = demo();
    let id = free_standing_booth(h.state().plan());
    let before = h.state().plan().booths[&id].rect;
    h.state_mut().selection = std::iter::once(id).collect();
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(
        h.state().plan().booths[&id].rect,
        before.translated(1000, 0)
    );
    let (number, area) = {
        let b = &h.state().plan().booths[&id];
        (
            b.number.clone(),
            boothplan::model::geom::fmt_m2(b.area_mm2()),
        )
    };
    h.key_press(Key::Delete);
    h.run();
    assert!(!h.state().plan().booths.contains_key(&id));
    // Said in the status bar, with the way back.
    h.get_by_label_contains(&format!(
        "Deleted booth {number} ({area}) — Ctrl+Z brings it back"
    ));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().plan().booths.contains_key(&id));
}

#[test]
fn drawing_a_booth_with_the_new_booth_tool() {
    let mut h = harness(common::hall_plan());
    let count = h.state().plan().booths.len();
    h.key_press(Key::B);
    h.run();
    let from = h.state().canvas.view.pos_in_screen(10_000, 10_000);
    let to = h.state().canvas.view.pos_in_screen(16_000, 13_000);
    drag(&mut h, from, to);
    let plan = h.state().plan();
    assert_eq!(plan.booths.len(), count + 1);
    let (_, b) = plan.booths.iter().next_back().expect("new booth");
    assert_eq!(b.rect, Rect::new(10_000, 10_000, 6000, 3000));
    assert_eq!(b.number, "A-N1");
}

#[test]
fn selecting_a_company_selects_it_alone_and_outlines_its_booth() {
    let mut h = demo();
    let e = ExhibitorId(1);
    h.state_mut().exhibitors.search = "한빛통신".to_owned();
    h.run();
    // The row says what the company contracted for.
    let contract = boothplan::model::geom::fmt_m2(i128::from(
        h.state().plan().exhibitors[&e].contracted_area_mm2,
    ));
    h.get_by_label_contains(&format!("한빛통신 · Korea · {contract}"));
    h.get_by_label_contains("한빛통신 · Korea").click();
    h.run();
    // The company alone is selected (the inspector shows it, and only it); its booth is in
    // view.
    assert_eq!(h.state().selection, Selection::one(Item::Exhibitor(e)));
    let view = h.state().canvas.view;
    for (_, b) in h.state().plan().booths_of(e) {
        assert!(view.canvas.contains_rect(view.rect_in_screen(&b.rect)));
    }
    h.get_by_role_and_label(Role::TextInput, "Contracted m²");
    assert!(h.query_by_label_contains("Booth A-").is_none());
}

#[test]
fn the_inspector_never_shows_one_company_beside_another_booth() {
    let mut h = demo();
    // Before: a booth of one company is selected.
    let (booth, owner) = h
        .state()
        .plan()
        .booths
        .iter()
        .find_map(|(id, b)| b.exhibitor.map(|e| (*id, e)))
        .expect("an allocated booth");
    h.state_mut().selection = std::iter::once(booth).collect();
    h.run();
    let number = h.state().plan().booths[&booth].number.clone();
    h.get_by_label(&format!("Booth {number}"));
    // Action: a company without a booth is clicked in the list.
    let (other, name) = h
        .state()
        .plan()
        .exhibitors
        .iter()
        .find(|(e, _)| **e != owner && h.state().plan().booths_of(**e).next().is_none())
        .map(|(e, x)| (*e, x.name.clone()))
        .expect("a company without a booth");
    // Clicked in the list (the row may be scrolled out of view: the same action).
    h.state_mut()
        .handle(boothplan::ui::Action::Select(Selection::one(
            Item::Exhibitor(other),
        )));
    h.run();
    // After: only that company is selected, and only it is in the inspector.
    assert_eq!(h.state().selection, Selection::one(Item::Exhibitor(other)));
    assert!(h.query_by_label(&format!("Booth {number}")).is_none());
    h.get_by_label_contains(&name);
    // And a finding's booths selected later hide the company's fields.
    h.state_mut().selection = std::iter::once(booth).collect();
    h.run();
    assert!(
        h.query_all_by_label_contains("Contracted").next().is_none(),
        "no company fields beside another company's booth"
    );
}
