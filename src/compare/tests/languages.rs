//! Changes and conflicts told in Korean and Vietnamese, and the same in English.

use super::*;

/// Every leaf field path of an object's serde form, as changes and conflicts name them.
fn field_paths(v: &serde_json::Value, path: &str, out: &mut Vec<String>) {
    if fields::has_fields(Some(v)) {
        if let serde_json::Value::Object(m) = v {
            for (k, v) in m {
                field_paths(v, &fields::join(path, k), out);
            }
        }
    } else {
        out.push(path.to_owned());
    }
}

#[test]
fn every_field_of_a_plan_has_its_name_in_each_language_and_english_is_unchanged() {
    let plan = demo();
    let mut trees = vec![
        fields::tree(&plan.meta),
        fields::tree(&plan.rules),
        fields::tree(&plan.pricing),
    ];
    trees.extend(plan.halls.values().take(1).map(fields::tree));
    trees.extend(plan.obstacles.values().take(1).map(fields::tree));
    trees.extend(plan.exits.values().take(1).map(fields::tree));
    trees.extend(plan.zones.values().take(1).map(fields::tree));
    trees.extend(plan.booths.values().take(1).map(fields::tree));
    trees.extend(plan.exhibitors.values().take(1).map(fields::tree));
    trees.push(fields::tree(&crate::model::Drawing::new(
        HallId(1),
        "hall.png".to_owned(),
        String::new(),
        crate::model::Point::default(),
        1000,
    )));
    let mut paths = Vec::new();
    for t in &trees {
        field_paths(t, "", &mut paths);
    }
    assert!(paths.len() > 40, "{paths:?}");
    for path in paths {
        assert_eq!(
            fields::field_name_in(Lang::En, &path),
            fields::field_name(&path),
            "English stays as it was"
        );
        for lang in [Lang::Ko, Lang::Vi] {
            let key = format!(
                "change-field-{}",
                fields::field_name(&path).replace(' ', "-")
            );
            assert!(crate::i18n::has(lang, &key), "{key} in {lang}");
        }
    }
}

#[test]
fn a_diff_reads_in_korean_and_vietnamese_and_the_same_in_english() {
    let old = demo();
    let id = booth(&old, 3);
    let mut new = edited(
        &old,
        Edit::update_booth(&old, id, |b| {
            b.rect.x_mm += 3000;
            b.rect.y_mm -= 2000;
            b.rect.w_mm += 1000;
            b.number = "Z-999".to_owned();
            b.status = if b.status == BoothStatus::OnHold {
                BoothStatus::Sold
            } else {
                BoothStatus::OnHold
            };
            b.price_override_minor = Some(1_234_567);
        }),
    );
    new.rules.min_aisle_mm = 5000;
    new.booths.remove(&booth(&old, 7));
    let e = *new.exhibitors.keys().next().expect("exhibitor");
    new.exhibitors
        .get_mut(&e)
        .expect("exhibitor")
        .contracted_area_mm2 += 3_000_000;
    let d = diff(&old, &new);
    for c in &d.changes {
        assert_eq!(c.name_phrase.text(Lang::En), c.name, "{c:?}");
        assert_eq!(c.detail_phrase.text(Lang::En), c.detail, "{c:?}");
        assert_eq!(render::line_in(c, Lang::En), render::line(c));
        for lang in [Lang::Ko, Lang::Vi] {
            let line = render::line_in(c, lang);
            assert!(
                !line.contains("change-"),
                "a key shown, not its text: {line}"
            );
            assert!(!c.kind.label_in(lang).contains("change-"));
            if lang == Lang::Vi {
                assert_ne!(line, render::line(c), "told in Vietnamese: {line}");
            }
        }
    }
    let moved = d
        .changes
        .iter()
        .find(|c| c.kind == Kind::Moved)
        .expect("moved");
    assert!(
        moved.detail.contains("3 m east and 2 m north"),
        "{}",
        moved.detail
    );
    assert!(
        moved.detail_in(Lang::Ko).contains("동쪽으로 3 m"),
        "{}",
        moved.detail_in(Lang::Ko)
    );
    // The price of the booth edited (others' derived prices move with their new neighbours).
    let price = d
        .changes
        .iter()
        .find(|c| c.kind == Kind::Price && c.id == id.to_string())
        .expect("price");
    assert!(
        price.detail.contains("12,345.67 (agreed)"),
        "{}",
        price.detail
    );
    assert!(
        price.detail_in(Lang::Vi).contains("12.345,67"),
        "{}",
        price.detail_in(Lang::Vi)
    );
    let status = d
        .changes
        .iter()
        .find(|c| c.kind == Kind::Status)
        .expect("status");
    let (en, ko) = if new.booths[&id].status == BoothStatus::OnHold {
        ("→ on hold", "→ 보류")
    } else {
        ("→ sold", "→ 판매 완료")
    };
    assert!(status.detail.ends_with(en), "{}", status.detail);
    assert!(
        status.detail_in(Lang::Ko).ends_with(ko),
        "{}",
        status.detail_in(Lang::Ko)
    );
    let rules = d
        .changes
        .iter()
        .find(|c| c.object == Object::Rules)
        .expect("rules");
    assert_eq!(rules.detail_in(Lang::Ko), "최소 통로 폭 변경: 3 m → 5 m");
    assert_eq!(render::summary_in(&d, Lang::En), render::summary(&d));
    assert!(render::summary_in(&d, Lang::Ko).contains("추가"));
    let same = diff(&old, &old);
    assert_eq!(render::summary(&same), "The plans are the same.");
}

#[test]
fn a_conflict_is_described_in_the_language_though_the_plan_keeps_english() {
    let base = demo();
    let a = booth(&base, 1);
    let (ours, theirs) = numbered_apart(&base, a);
    let m = merge(&base, &ours, &theirs);
    let c = &m.plan.conflicts[0];
    assert!(
        c.what
            .ends_with(": number changed differently on both sides"),
        "{}",
        c.what
    );
    assert_eq!(super::merge::what_in(c, Lang::En, &[]), c.what);
    let ko = super::merge::what_in(c, Lang::Ko, &[]);
    assert!(ko.starts_with("부스 OURS"), "{ko}");
    assert!(ko.contains("번호"), "{ko}");
    let vi = super::merge::what_in(c, Lang::Vi, &[]);
    assert!(vi.starts_with("Gian hàng OURS"), "{vi}");
    assert_eq!(
        render::conflict_lines_in(c, Lang::En),
        render::conflict_lines(c)
    );
    let lines = render::conflict_lines_in(c, Lang::Ko).join("\n");
    assert!(lines.contains("상대 값 \"THEIRS\""), "{lines}");
    // Something a merge did not write is shown as it is.
    let typed = crate::model::Conflict {
        object: String::new(),
        what: "Look at the stage".to_owned(),
        fields: Vec::new(),
    };
    assert_eq!(
        super::merge::what_in(&typed, Lang::Ko, &[]),
        "Look at the stage"
    );
    // A stale pick says why, in the language.
    let later = edited(
        &m.plan,
        Edit::update_booth(&m.plan, a, |b| b.number = "LATER".into()),
    );
    let e = resolve(&later, 0, Pick::Theirs).expect_err("stale");
    assert_eq!(e.text(Lang::En), e.to_string());
    assert!(
        e.text(Lang::Ko).contains("병합 후에"),
        "{}",
        e.text(Lang::Ko)
    );
}
