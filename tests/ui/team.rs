//! Working as a team: the file changed behind the editor's back, Compare with…, and Resolve
//! conflicts — through the dialogs and windows, as a user would.

use boothplan::edit::Edit;

use crate::support::*;

/// An editor on the demo saved at a scratch path, as `boothplan show.ron` opens it.
fn on_file(name: &str) -> (Harness<'static, BoothApp>, std::path::PathBuf, Plan) {
    let dir = common::scratch_dir(name);
    let path = dir.join("show.ron");
    let demo = boothplan::demo::demo_plan();
    boothplan::io::save(&path, &demo).expect("save");
    let mut app = BoothApp::new(demo.clone(), Some(path.clone()));
    app.doc.set_disk(boothplan::io::stamp::Stamp::read(&path));
    (harness_of(app), path, demo)
}

/// Someone else saves the file with another show name.
fn someone_saves(path: &std::path::Path, demo: &Plan) -> Plan {
    let mut theirs = demo.clone();
    theirs.meta.show_name = "Theirs".into();
    theirs.meta.revision += 1;
    boothplan::io::save(path, &theirs).expect("save");
    theirs
}

fn renumber_first(h: &mut Harness<'_, BoothApp>, number: &str) -> BoothId {
    let id = *h.state().plan().booths.keys().next().expect("booth");
    let edit =
        Edit::update_booth(h.state().plan(), id, |b| b.number = number.into()).expect("booth");
    h.state_mut().apply_now(edit);
    id
}

#[test]
fn a_file_changed_behind_the_editor_is_noticed_on_focus_and_merged_as_one_step() {
    let (mut h, path, demo) = on_file("ui-disk-merge");
    let id = renumber_first(&mut h, "OURS");
    someone_saves(&path, &demo);
    h.event(egui::Event::WindowFocused(true));
    h.run();
    assert_eq!(
        h.state().dialog,
        Some(Dialog::ChangedOnDisk { saving: false })
    );
    h.get_by_label("The file changed on disk");
    h.get_by_label("Merge").click();
    h.run();
    assert!(h.state().dialog.is_none());
    assert_eq!(
        h.state().plan().meta.show_name,
        "Theirs",
        "their change is in"
    );
    assert_eq!(h.state().plan().booths[&id].number, "OURS", "ours is kept");
    // Focus again: nothing new on disk, nothing asked.
    h.event(egui::Event::WindowFocused(true));
    h.run();
    assert!(h.state().dialog.is_none());
    // Now the save goes through, over the version that was merged.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.state().dialog.is_none(), "{:?}", h.state().dialog);
    let saved = boothplan::io::load(&path).expect("load");
    assert_eq!(
        (
            saved.meta.show_name.as_str(),
            saved.booths[&id].number.as_str()
        ),
        ("Theirs", "OURS")
    );
}

#[test]
fn saving_over_a_changed_file_asks_first_and_writes_nothing() {
    let (mut h, path, demo) = on_file("ui-disk-save");
    renumber_first(&mut h, "OURS");
    let theirs = someone_saves(&path, &demo);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(
        h.state().dialog,
        Some(Dialog::ChangedOnDisk { saving: true })
    );
    h.get_by_label_contains("Nothing was saved");
    assert_eq!(
        boothplan::io::load(&path).expect("load"),
        theirs,
        "their save is intact"
    );
    // Reload takes the file as it is.
    h.get_by_label("Reload").click();
    h.run();
    assert_eq!(h.state().plan(), &theirs);
    assert!(!h.state().doc.is_modified());
}

#[test]
fn compare_with_the_last_saved_version_lists_changes_that_select_their_booth() {
    let (mut h, _path, _demo) = on_file("ui-compare");
    let id = free_standing_booth(h.state().plan());
    let moved = {
        let r = h.state().plan().booths[&id].rect;
        Rect::new(r.x_mm + 2000, r.y_mm, r.w_mm, r.d_mm)
    };
    let edit = Edit::set_rects(h.state().plan(), [(id, moved)]);
    h.state_mut().apply_now(edit);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    h.run();
    assert_eq!(h.state().dialog, Some(Dialog::CompareWith));
    h.get_by_label("The last saved version").click();
    h.run();
    let comparison = h.state().comparison.as_ref().expect("comparing");
    let kinds: Vec<_> = comparison
        .diff
        .changes
        .iter()
        .filter(|c| c.booth == Some(id))
        .map(|c| c.kind)
        .collect();
    assert!(
        kinds.contains(&boothplan::compare::Kind::Moved),
        "{kinds:?}"
    );
    h.get_by_label_contains("moved 2 m east").click();
    h.run();
    assert_eq!(h.state().selection, Selection::of_booths([id]));
    // The list follows further edits.
    let number = renumber_first(&mut h, "ZZ-1");
    h.run();
    let changes = &h
        .state()
        .comparison
        .as_ref()
        .expect("comparing")
        .diff
        .changes;
    assert!(
        changes
            .iter()
            .any(|c| c.booth == Some(number) && c.detail.contains("ZZ-1")),
        "{changes:?}"
    );
}

#[test]
fn resolve_conflicts_takes_theirs_as_one_undo_step() {
    let base = boothplan::demo::demo_plan();
    let id = *base.booths.keys().next().expect("booth");
    let side = |n: &str| {
        let mut p = base.clone();
        p.booths.get_mut(&id).expect("booth").number = n.into();
        p
    };
    let merged = boothplan::compare::merge::merge(&base, &side("OURS"), &side("THEIRS"));
    let mut h = harness(merged.plan);
    h.get_by_label("Resolve conflicts (1)");
    h.get_by_label("Take theirs").click();
    h.run();
    assert_eq!(h.state().plan().booths[&id].number, "THEIRS");
    assert!(h.state().plan().conflicts.is_empty());
    assert!(
        h.query_by_label("Take theirs").is_none(),
        "the window closes with the last one"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().plan().booths[&id].number, "OURS");
    assert_eq!(h.state().plan().conflicts.len(), 1);
    h.get_by_label("Keep ours").click();
    h.run();
    assert_eq!(h.state().plan().booths[&id].number, "OURS");
    assert!(h.state().plan().conflicts.is_empty());
}

#[test]
fn not_now_is_not_asked_again_at_every_focus_but_a_save_still_asks() {
    let (mut h, path, demo) = on_file("ui-disk-not-now");
    someone_saves(&path, &demo);
    h.event(egui::Event::WindowFocused(true));
    h.run();
    h.get_by_label("Not now").click();
    h.run();
    assert!(h.state().dialog.is_none());
    h.event(egui::Event::WindowFocused(true));
    h.run();
    assert!(
        h.state().dialog.is_none(),
        "the same change is asked about once"
    );
    renumber_first(&mut h, "OURS");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(
        h.state().dialog,
        Some(Dialog::ChangedOnDisk { saving: true })
    );
}

#[test]
fn work_restored_after_a_crash_is_not_saved_over_a_colleagues_save_made_meanwhile() {
    let (mut h, path, demo) = on_file("ui-disk-restore");
    let dir = path.parent().expect("folder").join("recovery");
    h.state_mut().recovery_dir = Some(dir.clone());
    renumber_first(&mut h, "MINE");
    h.state_mut().write_recovery(&dir);
    drop(h);
    // Meanwhile a colleague saves; then boothplan starts again and restores the work.
    someone_saves(&path, &demo);
    let mut next = BoothApp::new(boothplan::demo::demo_plan(), None);
    next.recovery_dir = Some(dir);
    next.offer_recovery();
    let mut h = harness_of(next);
    h.get_by_label("Restore").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(
        h.state().dialog,
        Some(Dialog::ChangedOnDisk { saving: true })
    );
    assert_eq!(
        boothplan::io::load(&path).expect("load").meta.show_name,
        "Theirs"
    );
    // Merge has the file as it was when the work began as its base: both are kept.
    h.get_by_label("Merge").click();
    h.run();
    let plan = h.state().plan();
    assert_eq!(plan.meta.show_name, "Theirs");
    assert_eq!(
        plan.booths.values().next().map(|b| b.number.as_str()),
        Some("MINE")
    );
}
