//! Korean and Vietnamese in the editor: the language is chosen in the Settings menu,
//! remembered, and leaves no English word in menus, panels, windows and dialogs (names from
//! the plan apart).

use std::collections::BTreeSet;

use super::support::*;
use boothplan::i18n::{Lang, tr};
use boothplan::ui::Command;
use egui_kittest::kittest::NodeT;

/// Every word of two or more Latin letters in the names a plan holds: they are data, shown
/// as written in any language.
fn plan_words(plan: &Plan) -> BTreeSet<String> {
    let mut names: Vec<&str> = vec![
        &plan.meta.show_name,
        &plan.meta.venue,
        &plan.meta.currency,
        &plan.meta.organiser_contact,
    ];
    names.extend(plan.halls.values().map(|h| h.name.as_str()));
    names.extend(plan.zones.values().map(|z| z.name.as_str()));
    names.extend(plan.booths.values().map(|b| b.number.as_str()));
    names.extend(plan.obstacles.values().map(|o| o.label.as_str()));
    names.extend(plan.exits.values().map(|x| x.label.as_str()));
    for e in plan.exhibitors.values() {
        names.extend([e.name.as_str(), e.country.as_str(), e.sector.as_str()]);
    }
    names.iter().flat_map(|n| words(n)).collect()
}

/// The runs of ASCII letters in a text, lower-cased, of three letters or more.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_ascii_lowercase)
        .collect()
}

/// What any language shows as it is: key names as keyboards print them (in shortcuts), file
/// formats, the app's own name and its `--lang` option, the languages' names in the language
/// menu.
const ANY_LANGUAGE: [&str; 18] = [
    "bak",
    "lang",
    "ctrl",
    "shift",
    "alt",
    "cmd",
    "delete",
    "backspace",
    "pdf",
    "csv",
    "xlsx",
    "svg",
    "png",
    "html",
    "ron",
    "boothplan",
    "english",
    "usd",
];

/// The words of a catalogue's messages (keys and comments left out), lower-cased.
fn catalogue_words(source: &str) -> BTreeSet<String> {
    source
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split_once(" = ").map_or(l, |(_, text)| text))
        .flat_map(words)
        .collect()
}

/// English words: in the English catalogue and not in the language's. Vietnamese is written
/// in Latin letters, so for it an English word is one the English catalogue uses and the
/// Vietnamese one never does; Korean is checked harder (any Latin word).
fn english_vocabulary(lang: Lang) -> BTreeSet<String> {
    let en = catalogue_words(include_str!("../../assets/i18n/en.ftl"));
    let other = catalogue_words(match lang {
        Lang::Ko => include_str!("../../assets/i18n/ko.ftl"),
        Lang::Vi => include_str!("../../assets/i18n/vi.ftl"),
        Lang::En => "",
    });
    en.difference(&other).cloned().collect()
}

/// Labels egui itself gives window and panel chrome for screen readers (never drawn as
/// text; egui has no way to translate them), not boothplan's words.
fn egui_own(text: &str) -> bool {
    text.starts_with("Resize window ")
        || ["Resize panel", "Close window", "Hide", "Show"].contains(&text)
}

/// The English words the editor's widgets show (labels, values, descriptions).
fn english_left(h: &Harness<'_, BoothApp>, lang: Lang) -> Vec<String> {
    let allowed = plan_words(h.state().plan());
    let english = english_vocabulary(lang);
    let mut left = BTreeSet::new();
    for node in h.root().children_recursive() {
        let ak = node.accesskit_node();
        for text in [ak.label(), ak.value(), ak.description()]
            .into_iter()
            .flatten()
            .filter(|t| !egui_own(t))
        {
            for w in words(&text) {
                let foreign = match lang {
                    Lang::Vi => english.contains(&w),
                    _ => true,
                };
                if foreign && !allowed.contains(&w) && !ANY_LANGUAGE.contains(&w.as_str()) {
                    left.insert(format!("{w} (in {text:?})"));
                }
            }
        }
    }
    left.into_iter().collect()
}

fn choose_language(h: &mut Harness<'_, BoothApp>, lang: Lang) {
    // The menus are in English first.
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label_contains(lang.native_name()).click();
    h.run();
    h.run();
}

fn assert_no_english(h: &Harness<'_, BoothApp>, lang: Lang, where_: &str) {
    let left = english_left(h, lang);
    assert!(left.is_empty(), "{lang}, {where_}: English left: {left:#?}");
}

fn check_language(lang: Lang) {
    let mut h = demo();
    choose_language(&mut h, lang);
    assert_eq!(
        h.state().settings.language,
        Some(lang),
        "remembered in the settings"
    );
    assert_no_english(&h, lang, "panels and status bar");
    // Every menu of the menu bar, opened.
    for key in [
        "menu-file",
        "menu-edit",
        "menu-view",
        "menu-draw",
        "menu-settings",
    ] {
        h.get_by_label(&tr(lang, key, &[])).click();
        h.run();
        assert_no_english(&h, lang, key);
        h.key_press(Key::Escape);
        h.run();
    }
    // Windows and dialogs.
    let free = free_standing_booth(h.state().plan());
    for (command, selected) in [
        (Command::Sales, None),
        (Command::ShowSettings, None),
        (Command::GoTo, None),
        (Command::Allocate, None),
        (Command::ImportExhibitors, None),
        (Command::ExportMap, None),
        (Command::ExportPacks, None),
        (Command::CompareWith, None),
        (Command::Renumber, Some(free)),
        (Command::SplitBooth, Some(free)),
    ] {
        h.state_mut().selection =
            selected.map_or_else(Selection::default, |b| Selection::one(Item::Booth(b)));
        h.run();
        h.state_mut().run(command);
        h.run();
        h.run();
        assert_no_english(&h, lang, &format!("{command:?}"));
        h.state_mut().dialog = None;
        h.state_mut().sales.open = false;
        h.run();
    }
    // A booth selected: the inspector.
    let id = booth_numbered(h.state().plan(), "A-102");
    h.state_mut().selection = Selection::one(Item::Booth(id));
    h.run();
    assert_no_english(&h, lang, "the inspector of a booth");
    // A pillar selected: the inspector of a venue object.
    let (pillar, _) = free_pillar(&h);
    h.state_mut().selection = Selection::one(Item::Venue(boothplan::ui::Venue::Obstacle(pillar)));
    h.run();
    assert_no_english(&h, lang, "the inspector of a pillar");
}

#[test]
fn korean_leaves_no_english_in_menus_panels_and_dialogs() {
    check_language(Lang::Ko);
}

#[test]
fn vietnamese_leaves_no_english_in_menus_panels_and_dialogs() {
    check_language(Lang::Vi);
}

#[test]
fn the_language_menu_switches_back_and_ticks_the_one_spoken() {
    let mut h = demo();
    choose_language(&mut h, Lang::Ko);
    h.get_by_label(&tr(Lang::Ko, "menu-settings", &[])).click();
    h.run();
    h.get_by_label(&tr(Lang::Ko, "menu-language", &[])).click();
    h.run();
    let labels: Vec<String> = h
        .root()
        .children_recursive()
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(labels.iter().any(|l| l.trim() == "English"), "{labels:#?}");
    h.get_by_label_contains("English").click();
    h.run();
    assert_eq!(h.state().settings.language, Some(Lang::En));
    h.get_by_label("File");
}
