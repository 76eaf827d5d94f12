//! Merge booths and Split booth, from a shortcut, the context menu and the inspector.

use crate::support::*;

fn right_click(h: &mut Harness<'_, BoothApp>, at: Pos2) {
    h.hover_at(at);
    h.run();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.run();
    }
}

#[test]
fn two_free_booths_side_by_side_merge_with_a_shortcut_as_one_step() {
    let mut h = demo();
    let (a, b) = (
        booth_numbered(h.state().plan(), "A-503"),
        booth_numbered(h.state().plan(), "A-504"),
    );
    let before = h.state().plan().clone();
    h.state_mut().selection = Selection::of_booths([b, a]);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    h.run();
    let plan = h.state().plan();
    assert!(!plan.booths.contains_key(&b));
    assert_eq!(
        plan.booths[&a].rect,
        before.booths[&a].rect.union_bounds(&before.booths[&b].rect)
    );
    assert_eq!(
        plan.booths[&a].number, "A-503",
        "the top-left booth's number"
    );
    assert_eq!(h.state().selection, Selection::of_booths([a]));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().plan(), &before, "one undo step");
}

#[test]
fn booths_apart_are_not_merged_and_say_why() {
    let mut h = demo();
    let (a, b) = (
        booth_numbered(h.state().plan(), "A-503"),
        booth_numbered(h.state().plan(), "A-907"),
    );
    let before = h.state().plan().clone();
    h.state_mut().selection = Selection::of_booths([a, b]);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    h.run();
    h.get_by_label("Cannot merge these booths");
    h.get_by_label_contains("do not form one rectangle");
    assert_eq!(h.state().plan(), &before);
}

#[test]
fn a_booth_is_split_from_its_context_menu_into_parts_numbered_in_order() {
    let mut h = demo();
    let id = booth_numbered(h.state().plan(), "A-907");
    let area = h.state().plan().booths[&id].area_mm2();
    let at = booth_centre(&h, id);
    right_click(&mut h, at);
    assert_eq!(
        h.state().selection,
        Selection::of_booths([id]),
        "a right click selects"
    );
    // The inspector's button, and the context menu's item drawn over the canvas.
    let items: Vec<_> = h.get_all_by_label_contains("Split booth…").collect();
    assert_eq!(items.len(), 2, "the context menu is open");
    items[1].click();
    h.run();
    h.get_by_label("Split booth A-907");
    h.key_press(Key::Enter);
    h.run();
    let plan = h.state().plan();
    let parts: Vec<_> = plan
        .booths
        .values()
        .filter(|b| b.number.starts_with("A-907"))
        .collect();
    let numbers: Vec<&str> = parts.iter().map(|b| b.number.as_str()).collect();
    assert_eq!(numbers.len(), 2);
    assert!(
        numbers.contains(&"A-907A") && numbers.contains(&"A-907B"),
        "{numbers:?}"
    );
    assert_eq!(parts.iter().map(|b| b.area_mm2()).sum::<i128>(), area);
}

#[test]
fn the_inspector_offers_split_for_a_booth_and_merge_for_several() {
    let mut h = demo();
    let (a, b) = (
        booth_numbered(h.state().plan(), "A-503"),
        booth_numbered(h.state().plan(), "A-504"),
    );
    h.state_mut().selection = Selection::of_booths([a]);
    h.run();
    h.get_by_label_contains("Split booth…").click();
    h.run();
    assert!(matches!(h.state().dialog, Some(Dialog::Split { .. })));
    h.key_press(Key::Escape);
    h.run();
    h.state_mut().selection = Selection::of_booths([a, b]);
    h.run();
    h.get_by_label_contains("Merge booths").click();
    h.run();
    assert!(!h.state().plan().booths.contains_key(&b));
}
