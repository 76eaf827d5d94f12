//! The editor, driven like a user would: pointer drags, keys, panels. Runs on the CPU.

mod common;

use boothplan::model::{BoothId, BoothStatus, ExhibitorId, Plan, Rect};
use boothplan::ui::{BoothApp, Dialog};
use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness(plan: Plan) -> Harness<'static, BoothApp> {
    let app = BoothApp::new(plan, None);
    let mut h = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_context_setup(boothplan::ui::fonts::install)
        .build_ui_state(|ui, app: &mut BoothApp| app.frame_ui(ui), app);
    h.run();
    h
}

fn demo() -> Harness<'static, BoothApp> {
    harness(boothplan::demo::demo_plan())
}

fn booth_centre(h: &Harness<'_, BoothApp>, id: BoothId) -> Pos2 {
    let app = h.state();
    app.view
        .rect_in_screen(&app.plan().booths[&id].rect)
        .center()
}

/// Screen points for `metres` at the current zoom.
fn px(h: &Harness<'_, BoothApp>, metres: f32) -> f32 {
    metres * 1000.0 * h.state().view.scale
}

/// Types a path into the in-app path field (shown where no native file dialog can be).
fn type_path(h: &mut Harness<'_, BoothApp>, path: &std::path::Path) {
    h.get_by_role_and_label(Role::TextInput, "Path").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Path")
        .type_text(path.to_str().expect("utf-8"));
    h.run();
}

/// Presses at `from`, moves in steps to `to`, releases there.
fn drag(h: &mut Harness<'_, BoothApp>, from: Pos2, to: Pos2) {
    h.drag_at(from);
    h.run();
    for i in 1..=5 {
        h.hover_at(from + (to - from) * (i as f32 / 5.0));
        h.run();
    }
    h.drop_at(to);
    h.run();
}

fn booth_numbered(plan: &Plan, number: &str) -> BoothId {
    *plan
        .booths
        .iter()
        .find(|(_, b)| b.number == number)
        .expect("booth exists")
        .0
}

/// An available booth with nothing within 6 m east of it, for moves that must not collide.
fn free_standing_booth(plan: &Plan) -> BoothId {
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
fn dragging_a_booth_onto_another_shows_the_overlap_problem() {
    let mut h = demo();
    assert!(h.query_by_label_contains("booth-overlap").is_none());
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
    h.get_by_label_contains("booth-overlap");
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
    h.state_mut().search = exhibitor.name.clone();
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
    assert_eq!(h.state().drop_target, Some(booth));
    h.drop_at(target);
    h.run();
    assert_eq!(h.state().drop_target, None);
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
        h.state_mut().search = query.to_owned();
        h.run();
        let found = h.state_mut().filtered_exhibitors();
        let names: Vec<String> = found
            .iter()
            .map(|id| h.state().plan().exhibitors[id].name.clone())
            .collect();
        assert!(names.iter().any(|n| n == expected), "{query} → {names:?}");
        h.get_by_label_contains(expected);
    }
    h.state_mut().search = "A-101".to_owned();
    h.run();
    assert_eq!(
        h.state_mut().filtered_exhibitors().len(),
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
    assert_eq!(h.state().search, "vien");
    h.get_by_label_contains("Công ty Viễn thông Sông Hồng");
}

#[test]
fn save_writes_a_file_that_loads_equal() {
    let dir = common::scratch_dir("ui-save");
    let path = dir.join("show.ron");
    let mut h = demo();
    let id = free_standing_booth(h.state().plan());
    let edit =
        boothplan::edit::Edit::set_rects(h.state().plan(), [(id, Rect::new(0, 0, 3000, 3000))]);
    h.state_mut().apply_now(edit);
    h.state_mut().doc.set_path(path.clone());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.state().dialog.is_none(), "{:?}", h.state().dialog);
    let loaded = boothplan::io::load(&path).expect("saved file loads");
    assert_eq!(&loaded, h.state().plan());
    assert_eq!(loaded.meta.revision, 2, "saving raises the revision");
    assert!(!h.state().doc.history().is_dirty());
    assert_eq!(h.state().window_title(), "boothplan — show.ron");
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn new_with_unsaved_changes_asks_first() {
    let mut h = demo();
    let id = free_standing_booth(h.state().plan());
    let edit =
        boothplan::edit::Edit::update_booth(h.state().plan(), id, |b| b.number = "Z-1".into())
            .expect("booth");
    h.state_mut().apply_now(edit);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert!(matches!(h.state().dialog, Some(Dialog::Unsaved { .. })));
    h.get_by_label("Unsaved changes");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().dialog.is_none());
    assert_eq!(
        h.state().plan().booths[&id].number,
        "Z-1",
        "cancel keeps the work"
    );

    // Esc is Cancel too.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Unsaved changes");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.state().dialog.is_none(), "Esc closes the prompt");
    assert_eq!(h.state().plan().booths[&id].number, "Z-1");

    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Discard").click();
    h.run();
    assert!(h.state().plan().booths.is_empty(), "a new, empty plan");
    assert!(!h.state().doc.history().is_dirty());
}

#[test]
fn a_bad_file_is_reported_and_the_plan_stays_open() {
    let dir = common::scratch_dir("ui-bad");
    let path = dir.join("broken.ron");
    std::fs::write(&path, "(\n  format_version: 2,\n  plan: oops,\n)\n").expect("write");
    let mut h = demo();
    let before = h.state().plan().clone();
    h.state_mut().open_path(&path);
    h.run();
    let Some(Dialog::Error { message, .. }) = h.state().dialog.clone() else {
        panic!("an error dialog")
    };
    assert!(
        message.contains("line 3, column") && message.contains("broken.ron"),
        "{message}"
    );
    h.get_by_label_contains("line 3, column");
    assert_eq!(h.state().plan(), &before);
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn open_without_a_native_dialog_asks_for_a_path() {
    let dir = common::scratch_dir("ui-open");
    let path = dir.join("other.ron");
    let mut other = common::hall_plan();
    common::add_booth(&mut other, "Q-1", 10_000, 10_000, 3000, 3000);
    boothplan::io::save(&path, &other).expect("save");
    let mut h = demo();
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    assert!(matches!(h.state().dialog, Some(Dialog::Path { .. })));
    type_path(&mut h, &path);
    h.get_by_label("Open").click();
    h.run();
    assert_eq!(h.state().plan(), &other);
    assert_eq!(h.state().doc.path(), Some(path.as_path()));
    std::fs::remove_dir_all(dir).expect("cleanup");
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
    let from = h.state().view.pos_in_screen(10_000, 10_000);
    let to = h.state().view.pos_in_screen(16_000, 13_000);
    drag(&mut h, from, to);
    let plan = h.state().plan();
    assert_eq!(plan.booths.len(), count + 1);
    let (_, b) = plan.booths.iter().next_back().expect("new booth");
    assert_eq!(b.rect, Rect::new(10_000, 10_000, 6000, 3000));
    assert_eq!(b.number, "A-N1");
}

#[test]
fn selecting_a_company_selects_its_booth() {
    let mut h = demo();
    let e = ExhibitorId(1);
    h.state_mut().search = "한빛통신".to_owned();
    h.run();
    // The row says what the company contracted for.
    let contract = boothplan::model::geom::fmt_m2(i128::from(
        h.state().plan().exhibitors[&e].contracted_area_mm2,
    ));
    h.get_by_label_contains(&format!("한빛통신 · Korea · {contract}"));
    h.get_by_label_contains("한빛통신 · Korea").click();
    h.run();
    let booths: std::collections::BTreeSet<BoothId> =
        h.state().plan().booths_of(e).map(|(b, _)| b).collect();
    assert_eq!(h.state().selection, booths);
    assert_eq!(h.state().selected_exhibitor, Some(e));
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
    h.state_mut().select_exhibitor(other);
    h.run();
    // After: only that company is in the inspector.
    assert!(h.state().selection.is_empty());
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

#[test]
fn a_typed_path_field_is_ready_for_typing_and_says_what_it_wants() {
    let mut h = demo();
    h.state_mut()
        .run(boothplan::ui::commands::Command::ExportList);
    h.run();
    h.run();
    let field = h.get_by_role_and_label(Role::TextInput, "Path");
    assert!(field.is_focused(), "the path field has the keyboard");
    assert!(h.query_by_label_contains("/path/to/plan.ron").is_none());
}

#[test]
fn importing_a_list_previews_then_applies_as_one_step() {
    let mut h = demo();
    let before = h.state().plan().exhibitors.len();
    let list =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/import/malformed.csv");
    h.state_mut().preview_import(&list);
    h.run();
    h.get_by_label_contains("2 good rows, 4 with problems");
    h.get_by_label("no company name");
    h.get_by_label("Import 2 rows").click();
    h.run();
    assert_eq!(h.state().plan().exhibitors.len(), before + 2);
    assert_eq!(h.state().doc.history().undo_depth(), 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().plan().exhibitors.len(), before);
}

#[test]
fn allocate_proposes_and_applies_as_one_step() {
    let mut h = demo();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::A);
    h.run();
    let Some(Dialog::Allocate { allocation }) = h.state().dialog.clone() else {
        panic!("the allocate dialog")
    };
    assert!(!allocation.assignments.is_empty());
    let apply = format!("Apply {} assignments", allocation.assignments.len());
    // The button stays where it first appeared: a click aimed at it lands on it.
    let first = h.get_by_label(&apply).rect();
    for _ in 0..4 {
        h.run();
    }
    assert_eq!(
        h.get_by_label(&apply).rect(),
        first,
        "the window does not grow"
    );
    h.get_by_label(&apply).click();
    h.run();
    let plan = h.state().plan();
    for a in &allocation.assignments {
        assert_eq!(plan.booths[&a.booth].exhibitor, Some(a.exhibitor));
    }
    assert_eq!(h.state().report().errors(), 0);
    assert_eq!(h.state().doc.history().undo_depth(), 1);
}

#[test]
fn the_block_tool_previews_and_adds_booths() {
    let mut h = harness(common::hall_plan());
    h.key_press(Key::K);
    h.run();
    let from = h.state().view.pos_in_screen(0, 6000);
    let to = h.state().view.pos_in_screen(40_000, 30_000);
    drag(&mut h, from + Vec2::new(1.0, 1.0), to - Vec2::new(1.0, 1.0));
    let Some(Dialog::Generate {
        block: Ok(block), ..
    }) = h.state().dialog.clone()
    else {
        panic!("a block preview: {:?}", h.state().dialog)
    };
    assert!(
        h.state().plan().booths.is_empty(),
        "nothing added before Apply"
    );
    h.get_by_label(&format!("Add {} booths", block.booths.len()))
        .click();
    h.run();
    assert_eq!(h.state().plan().booths.len(), block.booths.len());
    assert_eq!(
        h.state().report().errors(),
        0,
        "{:#?}",
        h.state().report().findings
    );
}

#[test]
fn export_map_from_the_menu_highlights_the_selected_booth() {
    let dir = common::scratch_dir("ui-export");
    let path = dir.join("map.svg");
    let mut h = demo();
    let a101 = booth_numbered(h.state().plan(), "A-101");
    h.state_mut().selection = std::iter::once(a101).collect();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    assert!(matches!(h.state().dialog, Some(Dialog::Path { .. })));
    type_path(&mut h, &path);
    h.get_by_label("Export").click();
    h.run();
    assert!(h.state().dialog.is_none(), "{:?}", h.state().dialog);
    let svg = std::fs::read_to_string(&path).expect("written");
    assert_eq!(
        svg.matches("id=\"booth-").count(),
        h.state().plan().booths.len()
    );
    // The selected booth's own group carries the highlight fill; no other group does (issue 9,
    // item 18: the old assertion held with or without a highlight).
    let groups: Vec<&str> = svg.split("<g id=\"booth-").skip(1).collect();
    let own = format!("{}\"", a101.0);
    let highlighted: Vec<&&str> = groups
        .iter()
        .filter(|g| g.to_ascii_lowercase().contains("ff8a65"))
        .collect();
    assert_eq!(highlighted.len(), 1, "exactly one booth stands out");
    assert!(
        highlighted[0].starts_with(&own),
        "the selected booth stands out"
    );
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn exhibitor_packs_export_in_the_background_with_progress() {
    let dir = common::scratch_dir("ui-packs");
    let mut plan = common::hall_plan();
    for (i, x) in [6, 12, 18].into_iter().enumerate() {
        let b = common::add_booth(&mut plan, &format!("A-10{i}"), x * 1000, 10_000, 3000, 3000);
        common::add_exhibitor(&mut plan, &format!("Company {i}"), 9_000_000, Some(b));
    }
    let mut h = harness(plan);
    h.state_mut().run(boothplan::ui::Command::ExportPacks);
    h.step();
    h.run();
    assert!(
        matches!(h.state().dialog, Some(Dialog::Path { .. })),
        "{:?}",
        h.state().dialog
    );
    type_path(&mut h, &dir);
    h.get_by_label("Export").click();
    h.run();
    let start = std::time::Instant::now();
    while h.state().job.is_some() && start.elapsed() < std::time::Duration::from_secs(60) {
        std::thread::sleep(std::time::Duration::from_millis(50));
        h.step();
    }
    assert!(h.state().job.is_none(), "the export finished");
    assert!(h.state().dialog.is_none(), "{:?}", h.state().dialog);
    let files = std::fs::read_dir(&dir).expect("dir").count();
    assert_eq!(files, 3);
    assert_eq!(h.state().status, "3 packs written");
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn unsaved_work_is_autosaved_and_offered_back_at_the_next_start() {
    let dir = common::scratch_dir("ui-recovery");
    let mut app = BoothApp::new(boothplan::demo::demo_plan(), None);
    app.recovery_dir = Some(dir.clone());
    let id = free_standing_booth(app.plan());
    let edit = boothplan::edit::Edit::update_booth(app.plan(), id, |b| b.number = "Z-9".into())
        .expect("booth");
    app.apply_now(edit);
    app.autosave(10.0); // the first change starts the clock
    assert!(
        !dir.join("recovery.ron").exists(),
        "not before a minute has passed"
    );
    app.autosave(71.0);
    assert!(
        dir.join("recovery.ron").exists(),
        "a recovery copy after a minute"
    );
    let edited = app.plan().clone();

    // The next start, on the demo again: the copy is offered, restored, then removed.
    let mut next = BoothApp::new(boothplan::demo::demo_plan(), None);
    next.recovery_dir = Some(dir.clone());
    next.offer_recovery();
    let mut h = Harness::builder()
        .with_size(Vec2::new(1400.0, 900.0))
        .with_context_setup(boothplan::ui::fonts::install)
        .build_ui_state(|ui, app: &mut BoothApp| app.frame_ui(ui), next);
    h.run();
    h.get_by_label("Restore unsaved work?");
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().plan(), &edited);
    assert!(
        h.state().doc.history().is_dirty(),
        "restored work is not saved anywhere yet"
    );
    assert!(
        !dir.join("recovery.ron").exists(),
        "the copy is removed once restored"
    );
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn removing_a_company_from_the_inspector_frees_its_booth_and_undo_brings_it_back() {
    let mut h = demo();
    let e = boothplan::model::ExhibitorId(1);
    let booths: Vec<BoothId> = h.state().plan().booths_of(e).map(|(b, _)| b).collect();
    h.state_mut().selected_exhibitor = Some(e);
    h.run();
    h.get_by_label("Remove company").click();
    h.run();
    assert!(!h.state().plan().exhibitors.contains_key(&e));
    assert!(
        booths
            .iter()
            .all(|b| h.state().plan().booths[b].exhibitor.is_none())
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().plan().exhibitors.contains_key(&e));
    assert!(
        booths
            .iter()
            .all(|b| h.state().plan().booths[b].exhibitor == Some(e))
    );
}

#[test]
fn drawing_halls_obstacles_and_exits() {
    let mut h = harness(boothplan::demo::starter_plan());
    assert_eq!(h.state().plan().halls.len(), 1);
    // A second hall, drawn beside the first once the view is zoomed out.
    let centre = h.state().view.canvas.center();
    h.state_mut().view.zoom_at(centre, 0.4);
    h.state_mut().tool = boothplan::ui::Tool::Hall;
    h.run();
    let from = h.state().view.pos_in_screen(120_000, 0);
    let to = h.state().view.pos_in_screen(180_000, 40_000);
    drag(&mut h, from, to);
    let plan = h.state().plan();
    assert_eq!(plan.halls.len(), 2);
    let (_, second) = plan.halls.iter().next_back().expect("new hall");
    assert_eq!(second.outline, vec![Rect::new(120_000, 0, 60_000, 40_000)]);
    assert_eq!(second.code, "B");

    // A pillar in the first hall.
    h.state_mut().tool = boothplan::ui::Tool::Obstacle(boothplan::model::ObstacleKind::Pillar);
    let from = h.state().view.pos_in_screen(20_000, 20_000);
    let to = h.state().view.pos_in_screen(21_000, 21_000);
    drag(&mut h, from, to);
    let pillar = h.state().plan().obstacles.values().next().expect("pillar");
    assert_eq!(pillar.kind, boothplan::model::ObstacleKind::Pillar);
    assert_eq!(pillar.rect, Rect::new(20_000, 20_000, 1000, 1000));

    // An exit: click just inside the south wall.
    h.state_mut().tool = boothplan::ui::Tool::Exit;
    let exits = h.state().plan().exits.len();
    let at = h.state().view.pos_in_screen(30_000, 59_000);
    h.hover_at(at);
    h.run();
    h.drag_at(at);
    h.run();
    h.drop_at(at);
    h.run();
    let plan = h.state().plan();
    assert_eq!(plan.exits.len(), exits + 1);
    let exit = plan.exits.values().next_back().expect("exit");
    assert_eq!(exit.wall, boothplan::model::Side::South);
    assert_eq!(exit.at, boothplan::model::Point::new(30_000, 60_000));
    assert_eq!(
        h.state().doc.history().undo_depth(),
        3,
        "each element is one undo step"
    );
}

/// Issue 9, item 17: an idle editor with unsaved changes still writes its recovery copy a
/// minute later. Driven like the real event loop: after each frame, time moves on by the
/// repaint delay the frame asked for, and a frame that asked for none leaves the editor idle.
#[test]
fn an_idle_editor_still_writes_its_recovery_copy() {
    let dir = common::scratch_dir("ui-idle-recovery");
    let mut h = demo();
    h.state_mut().recovery_dir = Some(dir.clone());
    let id = booth_numbered(h.state().plan(), "A-101");
    h.state_mut().selection = std::iter::once(id).collect();
    let mut now = 1.0;
    h.input_mut().time = Some(now);
    h.key_press(Key::ArrowRight); // one unsaved change
    h.run();
    assert!(h.state().doc.history().is_dirty());
    let mut frames = 0;
    while !dir.join("recovery.ron").exists() && frames < 50 && now < 200.0 {
        let delay = h
            .output()
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .map_or(std::time::Duration::MAX, |v| v.repaint_delay);
        if delay == std::time::Duration::MAX {
            break; // Idle: nothing asked to be woken.
        }
        now += delay.as_secs_f64().max(0.001);
        h.input_mut().time = Some(now);
        h.step();
        frames += 1;
    }
    assert!(
        dir.join("recovery.ron").exists(),
        "no recovery copy after {now:.0} s of idling ({frames} frames)"
    );
    assert!(now >= 60.0, "not before a minute: {now}");
    std::fs::remove_dir_all(dir).expect("cleanup");
}

/// Presses and releases at one point: a click on the canvas.
fn click_at(h: &mut Harness<'_, BoothApp>, at: Pos2) {
    h.drag_at(at);
    h.run();
    h.drop_at(at);
    h.run();
}

/// A pillar of the demo standing on open floor (in no booth), and its centre on screen.
fn free_pillar(h: &Harness<'_, BoothApp>) -> (boothplan::model::ObstacleId, Pos2) {
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
    (*id, app.view.rect_in_screen(&o.rect).center())
}

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
    assert_eq!(h.state().venue, Some(boothplan::ui::Venue::Obstacle(id)));
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
    h.get_by_label_contains(&format!("Deleted Pillar {label} — Ctrl+Z brings it back"));
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
                    (0..20)
                        .flat_map(|i| (0..20).map(move |j| (i, j)))
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
    let at = h.state().view.pos_in_screen(point.x_mm, point.y_mm);
    let before = h.state().plan().zones[&zid].areas.clone();
    click_at(&mut h, at);
    h.run();
    assert_eq!(h.state().venue, Some(boothplan::ui::Venue::Zone(zid)));
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
    let from = h.state().view.pos_in_screen(4_000, 4_000);
    let to = h.state().view.pos_in_screen(14_000, 10_000);
    drag(&mut h, from, to);
    let plan = h.state().plan();
    assert_eq!(plan.zones.len(), 1);
    let (zid, z) = plan.zones.iter().next().expect("a zone");
    assert_eq!(z.kind, boothplan::model::ZoneKind::Pavilion);
    assert_eq!(z.areas, vec![Rect::new(4_000, 4_000, 10_000, 6_000)]);
    assert_eq!(h.state().venue, Some(boothplan::ui::Venue::Zone(*zid)));
    // A second rectangle drawn from inside the selected pavilion is one more area of it.
    let from = h.state().view.pos_in_screen(13_000, 5_000);
    let to = h.state().view.pos_in_screen(18_000, 8_000);
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
    h.state_mut().venue = Some(boothplan::ui::Venue::Hall(hall));
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
        .view
        .pos_in_screen(before.at.x_mm, before.at.y_mm + 500);
    let to = at + Vec2::new(px(&h, 3.0), px(&h, 2.0));
    drag(&mut h, at, to);
    let after = &h.state().plan().exits[&id];
    assert_eq!(after.at.x_mm, before.at.x_mm + 3000, "moved along the wall");
    assert_eq!(after.at.y_mm, before.at.y_mm, "still on the wall");
    assert_eq!(h.state().doc.history().undo_depth(), 1);
}

#[test]
fn commands_know_whether_they_can_run_and_their_state() {
    use boothplan::ui::Command;
    let mut h = demo();
    // Before: nothing to undo, nothing selected; the grid toggle shows the setting.
    assert!(!Command::Undo.enabled(h.state()));
    assert!(!Command::Delete.enabled(h.state()));
    let grid = h.state().settings.show_grid;
    assert_eq!(Command::ToggleGrid.checked(h.state()), Some(grid));
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
    assert!(Command::Undo.enabled(h.state()));
    assert!(Command::Delete.enabled(h.state()));
    h.key_press(Key::G);
    h.run();
    assert_eq!(Command::ToggleGrid.checked(h.state()), Some(!grid));
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
