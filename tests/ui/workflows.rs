//! Files, dialogs and long jobs: save, open, import, allocate, export, recovery, drawing.

use crate::support::*;

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
    let Some(Dialog::Allocate { allocation, .. }) = h.state().dialog.clone() else {
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
    let from = h.state().canvas.view.pos_in_screen(0, 6000);
    let to = h.state().canvas.view.pos_in_screen(40_000, 30_000);
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
    while h.state().job.is_some() && start.elapsed() < std::time::Duration::from_mins(1) {
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
    let mut h = harness_of(next);
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
    h.state_mut().selection = Selection::one(Item::Exhibitor(e));
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
    let centre = h.state().canvas.view.canvas.center();
    h.state_mut().canvas.view.zoom_at(centre, 0.4);
    h.state_mut().tool = boothplan::ui::Tool::Hall;
    h.run();
    let from = h.state().canvas.view.pos_in_screen(120_000, 0);
    let to = h.state().canvas.view.pos_in_screen(180_000, 40_000);
    drag(&mut h, from, to);
    let plan = h.state().plan();
    assert_eq!(plan.halls.len(), 2);
    let (_, second) = plan.halls.iter().next_back().expect("new hall");
    assert_eq!(second.outline, vec![Rect::new(120_000, 0, 60_000, 40_000)]);
    assert_eq!(second.code, "B");

    // A pillar in the first hall.
    h.state_mut().tool = boothplan::ui::Tool::Obstacle(boothplan::model::ObstacleKind::Pillar);
    let from = h.state().canvas.view.pos_in_screen(20_000, 20_000);
    let to = h.state().canvas.view.pos_in_screen(21_000, 21_000);
    drag(&mut h, from, to);
    let pillar = h.state().plan().obstacles.values().next().expect("pillar");
    assert_eq!(pillar.kind, boothplan::model::ObstacleKind::Pillar);
    assert_eq!(pillar.rect, Rect::new(20_000, 20_000, 1000, 1000));

    // An exit: click just inside the south wall.
    h.state_mut().tool = boothplan::ui::Tool::Exit;
    let exits = h.state().plan().exits.len();
    let at = h.state().canvas.view.pos_in_screen(30_000, 59_000);
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

#[test]
fn go_to_finds_an_empty_booth_by_its_number_and_shows_it() {
    // Issue 11: Ctrl+G, type a booth number (any case), Enter: the booth is selected and in view.
    let mut h = demo();
    let plan = h.state().plan().clone();
    let (id, number) = plan
        .booths
        .iter()
        .rev()
        .find(|(_, b)| b.exhibitor.is_none())
        .map(|(id, b)| (*id, b.number.clone()))
        .expect("an available booth");
    go_to_typing(&mut h, &number.to_lowercase());
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().selection, Selection::of_booths([id]));
    assert!(h.state().dialog.is_none(), "the dialog closed");
    let c = booth_centre(&h, id);
    assert!(
        (0.0..1400.0).contains(&c.x) && (0.0..900.0).contains(&c.y),
        "{number} is in view at {c:?}"
    );
}

#[test]
fn go_to_a_company_without_its_diacritics() {
    let mut h = demo();
    let plan = h.state().plan().clone();
    let (song_hong, _) = plan
        .exhibitors
        .iter()
        .find(|(_, e)| e.name == "Công ty Viễn thông Sông Hồng")
        .expect("demo");
    go_to_typing(&mut h, "song hong");
    h.get_by_label_contains("Công ty Viễn thông Sông Hồng —")
        .click();
    h.run();
    assert_eq!(
        h.state().selection,
        Selection::one(Item::Exhibitor(*song_hong))
    );
}

#[test]
fn three_booths_aligned_from_the_menu_and_back_in_one_undo() {
    // Issue 11: align the selection, one undo step.
    let (mut h, plan, ids) = demo_with_edit_menu_open(&["A-501", "A-502", "A-701"]);
    // A submenu opens as the pointer rests on it.
    h.get_by_label("Align and distribute").hover();
    h.run();
    h.get_by_label_contains("Align top edges").click();
    h.run();
    let tops: Vec<i64> = ids
        .iter()
        .map(|id| h.state().plan().booths[id].rect.y_mm)
        .collect();
    let highest = ids
        .iter()
        .map(|id| plan.booths[id].rect.y_mm)
        .min()
        .expect("three");
    assert!(tops.iter().all(|y| *y == highest), "{tops:?}");
    // Sizes kept, x kept.
    for id in &ids {
        let (before, after) = (plan.booths[id].rect, h.state().plan().booths[id].rect);
        assert_eq!(
            (before.x_mm, before.w_mm, before.d_mm),
            (after.x_mm, after.w_mm, after.d_mm)
        );
    }
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    for id in &ids {
        assert_eq!(
            h.state().plan().booths[id].rect,
            plan.booths[id].rect,
            "one undo"
        );
    }
}

#[test]
fn booths_copied_in_one_window_are_pasted_in_another_at_the_pointer() {
    // Issue 11: Ctrl+C puts RON text on the system clipboard; another boothplan window pastes
    // it with Ctrl+V where the pointer is, with new ids and numbers and no company.
    let mut first = demo();
    let ids: Vec<BoothId> = ["A-502", "A-503"]
        .iter()
        .map(|n| booth_numbered(first.state().plan(), n))
        .collect();
    first.state_mut().selection = Selection::of_booths(ids.iter().copied());
    first.run();
    first.event(egui::Event::Copy);
    first.step();
    let text = first
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .expect("copied to the clipboard");
    assert!(text.contains("boothplan-clip"), "{text}");

    let mut second = demo();
    let before = second.state().plan().booths.len();
    let target = booth_centre(&second, booth_numbered(second.state().plan(), "A-101"));
    second.hover_at(target);
    second.run();
    second.event(egui::Event::Paste(text));
    second.run();
    let app = second.state();
    assert_eq!(app.plan().booths.len(), before + 2, "two booths pasted");
    let pasted: Vec<&boothplan::model::Booth> = app
        .selection
        .booths()
        .iter()
        .map(|id| &app.plan().booths[id])
        .collect();
    assert_eq!(pasted.len(), 2, "the pasted booths are selected");
    for b in &pasted {
        assert!(b.exhibitor.is_none() && b.status == BoothStatus::Available);
        assert!(
            !["A-502", "A-503"].contains(&b.number.as_str()),
            "a new number"
        );
    }
    // The group's corner lands on the grid point under the pointer.
    let (x, y) = app.canvas.view.pos_in_plan(target);
    let corner = pasted
        .iter()
        .map(|b| b.rect)
        .reduce(|a, b| a.union_bounds(&b))
        .expect("two");
    assert!((corner.x_mm as f64 - x).abs() <= 1000.0 && (corner.y_mm as f64 - y).abs() <= 1000.0);
    // Text from another program is not pasted.
    second.event(egui::Event::Paste("hello".to_owned()));
    second.run();
    assert_eq!(second.state().plan().booths.len(), before + 2);
    assert!(second.state().status.starts_with("Nothing pasted"));
}

#[test]
fn renumbering_previews_collisions_and_applies_in_one_step() {
    // Issue 11: renumber a selection (hall code + row + place), with a preview of collisions.
    let (mut h, _, ids) = demo_with_edit_menu_open(&["A-501", "A-502", "A-701"]);
    h.get_by_label_contains("Renumber…").click();
    h.run();
    assert!(matches!(h.state().dialog, Some(Dialog::Renumber { .. })));
    // Row 1 clashes with the hall's first row: said, and Apply is greyed out.
    h.state_mut().dialog = Some(Dialog::Renumber {
        first_row: "1".to_owned(),
    });
    h.run();
    h.get_by_label_contains("A-101 is already another booth's number");
    h.get_by_label("Apply").click();
    h.run();
    assert_eq!(
        h.state().plan().booths[&ids[0]].number,
        "A-501",
        "nothing applied"
    );
    // A free row: typed, previewed, applied.
    h.state_mut().dialog = Some(Dialog::Renumber {
        first_row: String::new(),
    });
    h.run();
    h.get_by_role_and_label(Role::TextInput, "First row")
        .click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "First row")
        .type_text("60");
    h.run();
    h.get_by_label("A-6001");
    // Enter applies, as the Apply button does.
    h.key_press(Key::Enter);
    h.run();
    let numbers: Vec<String> = ids
        .iter()
        .map(|id| h.state().plan().booths[id].number.clone())
        .collect();
    assert_eq!(numbers, ["A-6001", "A-6002", "A-6101"]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().plan().booths[&ids[2]].number, "A-701", "one undo");
}

/// The demo with the booths numbered `numbers` selected and the Edit menu open: the plan as
/// it was and their ids.
fn demo_with_edit_menu_open(numbers: &[&str]) -> (Harness<'static, BoothApp>, Plan, Vec<BoothId>) {
    let mut h = demo();
    let plan = h.state().plan().clone();
    let ids: Vec<BoothId> = numbers.iter().map(|n| booth_numbered(&plan, n)).collect();
    h.state_mut().selection = Selection::of_booths(ids.iter().copied());
    h.run();
    h.get_by_label("Edit").click();
    h.run();
    (h, plan, ids)
}

#[test]
fn h_shows_the_walking_distance_heat_map_and_hides_it_again() {
    // Issue 11: the validator's walking field as a layer, measured again only after an edit.
    let mut h = demo();
    assert!(!h.state().settings.show_heat);
    h.key_press(Key::H);
    h.run();
    assert!(h.state().settings.show_heat);
    let (generation, cells) = h.state().canvas.heat.clone().expect("measured");
    assert!(cells.len() > 1_000);
    assert!(
        cells.iter().any(|(_, d)| d.is_some_and(|d| d < 5_000.0)),
        "floor by the doors"
    );
    // A frame without an edit keeps the measurement; an edit renews it.
    h.run();
    assert_eq!(
        h.state().canvas.heat.as_ref().map(|(g, _)| *g),
        Some(generation)
    );
    let id = booth_numbered(h.state().plan(), "A-502");
    h.state_mut().selection = Selection::of_booths([id]);
    h.key_press(Key::Delete);
    h.run();
    assert_ne!(
        h.state().canvas.heat.as_ref().map(|(g, _)| *g),
        Some(generation)
    );
    h.key_press(Key::H);
    h.run();
    assert!(!h.state().settings.show_heat);
}

/// Opens Go to with Ctrl+G and types `text` into it.
fn go_to_typing(h: &mut Harness<'static, BoothApp>, text: &str) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::G);
    h.run();
    let field = "Booth number, company, hall or zone";
    h.get_by_role_and_label(Role::TextInput, field).click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, field)
        .type_text(text);
    h.run();
}
