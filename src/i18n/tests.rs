use std::collections::{BTreeMap, BTreeSet};

use super::*;

/// Each message of a catalogue with the `$parameters` it uses, read from the source text
/// (independently of Fluent's parser): a message starts at column 0 with `key =`, and its
/// indented lines continue it.
fn messages(source: &str) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut out: BTreeMap<String, (String, BTreeSet<String>)> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ')
            && let Some((key, _)) = line.split_once(" =")
        {
            assert!(
                out.insert(key.to_owned(), (String::new(), BTreeSet::new()))
                    .is_none(),
                "{key} twice"
            );
            current = Some(key.to_owned());
        }
        let key = current.clone().expect("text before the first message");
        let entry = out.get_mut(&key).expect("just inserted");
        entry.0.push_str(line);
        entry.0.push('\n');
        let mut rest = line;
        while let Some(i) = rest.find('$') {
            rest = &rest[i + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            entry.1.insert(name);
        }
    }
    out
}

#[test]
fn catalogues_parse_without_errors() {
    for lang in Lang::ALL {
        if let Err((_, errors)) = FluentResource::try_new(lang.source().to_owned()) {
            panic!("{lang}: {errors:?}");
        }
    }
}

#[test]
fn every_message_is_in_every_language_with_the_same_parameters() {
    let en = messages(Lang::En.source());
    assert!(
        en.len() > 100,
        "the English catalogue was read: {}",
        en.len()
    );
    for lang in [Lang::Ko, Lang::Vi] {
        let other = messages(lang.source());
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
        for (key, (_, params)) in &en {
            assert_eq!(&other[key].1, params, "{lang}: {key}'s parameters");
        }
    }
}

#[test]
fn korean_and_vietnamese_are_translated_not_copied() {
    let en = messages(Lang::En.source());
    let hangul = |s: &str| s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    for (key, (text, _)) in messages(Lang::Ko.source()) {
        // The language menu names each language in itself; Korean adds the name in Korean.
        assert!(
            hangul(&text) || key == "cmd-language-en",
            "ko: {key} = {text}"
        );
    }
    // Vietnamese shares words with English (names, "m²"), so only a copy is refused, and
    // the few messages the same in both are listed.
    let same_in_both = ["cmd-language-en", "sales-measure-area"];
    for (key, (text, _)) in messages(Lang::Vi.source()) {
        if !same_in_both.contains(&key.as_str()) {
            assert_ne!(text, en[&key].0, "vi: {key} is the English text");
        }
    }
}

#[test]
fn every_message_formats_cleanly_with_its_parameters() {
    for lang in Lang::ALL {
        let bundle = &bundles()[lang as usize];
        for (key, (_, params)) in messages(lang.source()) {
            let message = bundle.get_message(&key).expect("parsed");
            let pattern = message.value().expect("a value");
            let mut args = FluentArgs::new();
            for p in &params {
                args.set(p.clone(), FluentValue::from(2));
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{lang}: {key}: {errors:?}");
            assert!(!text.trim().is_empty(), "{lang}: {key} is empty");
        }
    }
}

#[test]
fn plurals_and_numbers_follow_the_language() {
    let one = tr(Lang::En, "status-booths", &[("count", Arg::from(1_usize))]);
    let many = tr(
        Lang::En,
        "status-booths",
        &[("count", Arg::from(12_345_usize))],
    );
    assert_eq!(one, "1 booth");
    assert_eq!(many, "12,345 booths");
    let vi = tr(
        Lang::Vi,
        "status-booths",
        &[("count", Arg::from(12_345_usize))],
    );
    assert!(vi.starts_with("12.345 "), "{vi}");
    // A missing key shows itself, never a blank.
    assert_eq!(tr(Lang::Ko, "no-such-key", &[]), "no-such-key");
}

#[test]
fn locales_name_their_language() {
    assert_eq!(from_locale(Some("ko-KR")), Lang::Ko);
    assert_eq!(from_locale(Some("vi_VN.UTF-8")), Lang::Vi);
    assert_eq!(from_locale(Some("EN-gb")), Lang::En);
    assert_eq!(from_locale(Some("de-DE")), Lang::En);
    assert_eq!(from_locale(None), Lang::En);
    assert_eq!(Lang::from_code("ko"), Some(Lang::Ko));
    assert_eq!(Lang::from_code("fr"), None);
}

#[test]
fn a_plan_language_this_version_does_not_speak_reads_as_none() {
    let read = |language: &str| {
        let text = format!(
            "(show_name: \"S\", venue: \"\", start_date: \"\", end_date: \"\", organiser_contact: \"\", revision: 1, currency: \"USD\", grid_pitch_mm: 1000{language})"
        );
        ron::from_str::<crate::model::Meta>(&text).map(|m| m.language)
    };
    assert_eq!(read(""), Ok(None));
    assert_eq!(read(", language: None"), Ok(None));
    assert_eq!(read(", language: Some(Ko)"), Ok(Some(Lang::Ko)));
    assert_eq!(read(", language: Some(vi)"), Ok(Some(Lang::Vi)));
    assert_eq!(read(", language: Some(Fr)"), Ok(None));
    assert!(read(", language: Some(12)").is_err());
    // Written back as it was read.
    let meta = crate::model::Meta {
        language: Some(Lang::Ko),
        ..Default::default()
    };
    let text = ron::to_string(&meta).expect("ron");
    assert!(text.contains("language:Some(Ko)"), "{text}");
    assert_eq!(
        ron::from_str::<crate::model::Meta>(&text).map(|m| m.language),
        Ok(Some(Lang::Ko))
    );
}
