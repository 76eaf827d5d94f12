//! Maps (SVG, PNG, PDF, HTML) and packs: what they show, read back from the files.

use crate::support::*;

#[test]
fn svg_map_has_every_booth_outlined_and_no_font_dependency() {
    let dir = common::scratch_dir("export-svg");
    let plan = boothplan::demo::demo_plan();
    let path = dir.join("map.svg");
    export_map(&plan, &MapOptions::default(), &path, &MapOutput::at_dpi(96)).expect("exports");
    let svg = std::fs::read_to_string(&path).expect("read");
    assert_eq!(svg.matches("id=\"booth-").count(), plan.booths.len());
    assert!(!svg.contains("<text"), "text is converted to outlines");
    assert!(!svg.contains("font-family"), "no font is needed to open it");
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn highlighted_map_marks_the_booth_and_notes_the_nearest_exit() {
    let plan = boothplan::demo::demo_plan();
    let options = MapOptions::resolve(&plan, Some("Hall 1"), Some("A-102")).expect("resolves");
    let source = boothplan::export::svg::map_source(&plan, &options);
    assert!(source.contains("Your booth: A-102"));
    assert!(
        source.contains("Nearest exit: Exit A"),
        "{}",
        &source[..2000]
    );
    assert!(source.contains(r#"data-number="A-102" opacity="1">"#));
    assert!(
        source.contains(r#"data-number="A-103" opacity="0.45">"#),
        "the rest is muted"
    );
    assert!(!source.contains("data-number=\"B-"), "one hall only");
    // By exhibitor id too.
    let by_id = MapOptions::resolve(&plan, None, Some("E1")).expect("resolves");
    assert_eq!(
        by_id.highlight,
        plan.booths_of(boothplan::model::ExhibitorId(1))
            .map(|(id, _)| id)
            .collect::<Vec<_>>()
    );
    assert!(MapOptions::resolve(&plan, Some("Hall 9"), None).is_err());
    assert!(MapOptions::resolve(&plan, None, Some("Z-999")).is_err());
}

#[test]
fn a_hall_map_refuses_a_booth_of_another_hall_and_an_exhibitor_shows_all_its_booths() {
    // Issue 12: "--hall B --highlight A-101" drew hall 2 and said "Your booth: A-101".
    let plan = boothplan::demo::demo_plan();
    let err =
        MapOptions::resolve(&plan, Some("Hall 2"), Some("A-101")).expect_err("A-101 is in Hall 1");
    assert!(
        err.to_string()
            .contains("A-101 is in Hall 1, not in Hall 2"),
        "{err}"
    );
    // The exhibitor with two booths: both highlighted, both named.
    let (e, booths): (boothplan::model::ExhibitorId, Vec<_>) = plan
        .exhibitors
        .keys()
        .map(|e| {
            (
                *e,
                plan.booths_of(*e)
                    .map(|(_, b)| b.number.clone())
                    .collect::<Vec<_>>(),
            )
        })
        .find(|(_, b)| b.len() == 2)
        .expect("the demo has an exhibitor with two booths");
    let options = MapOptions::resolve(&plan, None, Some(&e.to_string())).expect("resolves");
    assert_eq!(options.highlight.len(), 2);
    let source = boothplan::export::svg::map_source(&plan, &options);
    assert!(source.contains(&format!("Your booths: {}, {}", booths[0], booths[1])));
    for n in &booths {
        assert!(
            source.contains(&format!(r#"data-number="{n}" opacity="1">"#)),
            "{n} is highlighted"
        );
    }
}

#[test]
fn png_map_is_large_enough_and_the_highlight_changes_its_pixels() {
    let dir = common::scratch_dir("export-png");
    let plan = boothplan::demo::demo_plan();
    let plain = dir.join("plain.png");
    let marked = dir.join("marked.png");
    let hall = MapOptions::resolve(&plan, Some("Hall 1"), None).expect("hall");
    export_map(&plan, &hall, &plain, &MapOutput::at_dpi(96)).expect("plain");
    let highlighted = MapOptions::resolve(&plan, Some("Hall 1"), Some("A-102")).expect("highlight");
    export_map(&plan, &highlighted, &marked, &MapOutput::at_dpi(96)).expect("marked");
    let decode = |p: &Path| {
        resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(p).expect("read")).expect("png")
    };
    let (a, b) = (decode(&plain), decode(&marked));
    assert!(
        a.width() >= 800 && a.height() >= 500,
        "{} × {}",
        a.width(),
        a.height()
    );
    assert_eq!((a.width(), a.height()), (b.width(), b.height()));
    // The booth's centre in pixels.
    let frame = boothplan::export::svg::Frame::new(&plan, &hall);
    let booth = plan
        .booths
        .values()
        .find(|x| x.number == "A-102")
        .expect("booth");
    let [x, y, w, h] = frame.rect(&booth.rect);
    let scale = f64::from(a.width()) / frame.width;
    let (px, py) = (
        ((x + w / 2.0) * scale) as u32,
        ((y + h / 3.0) * scale) as u32,
    );
    assert_ne!(
        a.pixel(px, py),
        b.pixel(px, py),
        "the highlighted booth looks different"
    );
    // Sharper at a higher dpi.
    let hi = dir.join("hi.png");
    export_map(&plan, &hall, &hi, &MapOutput::at_dpi(300)).expect("300 dpi");
    assert!(decode(&hi).width() > a.width() * 2);
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn a_big_map_is_outlined_too_each_glyph_defined_once() {
    let dir = common::scratch_dir("export-huge");
    let plan = boothplan::demo::synthetic_plan(6_000, 3);
    let path = dir.join("huge.svg");
    export_map(&plan, &MapOptions::default(), &path, &MapOutput::at_dpi(96)).expect("exports");
    let svg = std::fs::read_to_string(&path).expect("read");
    assert_eq!(svg.matches("id=\"booth-").count(), plan.booths.len());
    assert!(!svg.contains("<text"), "text is outlines");
    // Every glyph is defined once and used by reference.
    let defined = svg.matches("<path id=\"g").count();
    assert!(defined > 10 && defined < 500, "{defined} glyphs");
    assert!(svg.matches("<use ").count() > plan.booths.len());
    boothplan::export::parse(&svg).expect("the file parses back");
    assert_eq!(boothplan::export::base64(b"Man"), "TWFu");
    assert_eq!(boothplan::export::base64(b"Ma"), "TWE=");
    assert_eq!(boothplan::export::base64(b"M"), "TQ==");
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn every_booth_number_is_printed_whole_on_site_hall_and_pack_maps() {
    // Issue 12: numbers were cut to "A-14…" on every map.
    if !poppler() {
        return;
    }
    let dir = common::scratch_dir("export-numbers-whole");
    let plan_path = demo_file(&dir);
    let plan = boothplan::demo::demo_plan();
    let check = |file: &Path, hall: Option<boothplan::model::HallId>| {
        let words = pdf_words(file);
        let missing: Vec<&str> = plan
            .booths
            .values()
            .filter(|b| hall.is_none_or(|h| b.hall == h))
            .map(|b| b.number.as_str())
            .filter(|n| !words.contains(*n))
            .collect();
        assert!(
            missing.is_empty(),
            "{}: {} numbers not found whole: {missing:?}",
            file.display(),
            missing.len()
        );
        assert!(!words.iter().any(|w| w.contains('…') && w.contains('-')));
    };
    let site = dir.join("site.pdf");
    export_ok("map", &plan_path, &site, &[]);
    check(&site, None);
    for (id, hall) in &plan.halls {
        let file = dir.join(format!("hall-{}.pdf", hall.code));
        let o = run(&[
            "export",
            "map",
            plan_path.to_str().expect("utf-8"),
            "--hall",
            &hall.code,
            "-o",
            file.to_str().expect("utf-8"),
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        check(&file, Some(*id));
    }
    // Packs: a sample across the halls, Hangul and Vietnamese names among them; each pack's
    // map shows its booth's neighbourhood, the booth's number and every neighbour's whole.
    let packs = dir.join("packs");
    export_ok("packs", &plan_path, &packs, &[]);
    let mut files: Vec<_> = std::fs::read_dir(&packs)
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for file in files.iter().step_by(40) {
        let name = file
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let booth = plan
            .booths
            .values()
            .filter(|b| name.starts_with(&format!("{}-", b.number)))
            .max_by_key(|b| b.number.len())
            .expect("the pack is named after its booth");
        let around = booth.rect.expanded(3_000);
        // Only words on the map count: below the facts (which name the neighbours too) and
        // above the caption, on the pack's first page.
        let words = pdf_word_boxes(file);
        let facts_end = words
            .iter()
            .filter(|w| w.page == 1 && w.text == "Organiser")
            .map(|w| w.y1)
            .fold(0.0, f64::max);
        let caption = words
            .iter()
            .filter(|w| w.page == 1 && w.text == "Around")
            .map(|w| w.y0)
            .fold(f64::INFINITY, f64::min);
        assert!(
            facts_end > 0.0 && caption.is_finite(),
            "{name}: facts and caption"
        );
        let on_map: std::collections::BTreeSet<&str> = words
            .iter()
            .filter(|w| w.page == 1 && w.y0 > facts_end && w.y1 < caption)
            .map(|w| w.text.as_str())
            .collect();
        let missing: Vec<&str> = plan
            .booths
            .values()
            .filter(|b| b.hall == booth.hall && b.rect.overlaps(&around))
            .map(|b| b.number.as_str())
            .filter(|n| !on_map.contains(*n))
            .collect();
        assert!(
            missing.is_empty(),
            "{name}: {missing:?} not whole around {}",
            booth.number
        );
    }
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn a_number_too_long_for_its_booth_is_set_beside_it_over_every_booth() {
    // Review of issue 12: a number set outside was covered by the next booth drawn.
    let mut plan = common::hall_plan();
    common::add_booth(
        &mut plan,
        "HALL-A-EXTENSION-1001",
        10_000,
        10_000,
        1_000,
        1_000,
    );
    common::add_booth(
        &mut plan,
        "HALL-A-EXTENSION-1002",
        11_000,
        10_000,
        1_000,
        1_000,
    );
    let source = boothplan::export::svg::map_source(&plan, &MapOptions::default());
    let booths_end = source
        .find("<g id=\"labels-beside\">")
        .expect("labels beside booths");
    let last_booth = source.rfind("<g id=\"booth-").expect("booths");
    assert!(last_booth < booths_end, "drawn after every booth");
    let beside = &source[booths_end..];
    for n in ["HALL-A-EXTENSION-1001", "HALL-A-EXTENSION-1002"] {
        assert!(
            beside.contains(&format!(">{n}</text>")),
            "{n} whole, beside its booth"
        );
    }
    // And still whole in the PDF.
    if !poppler() {
        return;
    }
    let dir = common::scratch_dir("export-beside");
    let pdf = dir.join("map.pdf");
    export_map(&plan, &MapOptions::default(), &pdf, &MapOutput::at_dpi(96)).expect("pdf");
    let words = pdf_words(&pdf);
    assert!(words.contains("HALL-A-EXTENSION-1001") && words.contains("HALL-A-EXTENSION-1002"));
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn pdf_map_and_packs_have_selectable_text() {
    if !poppler() {
        return;
    }
    let dir = common::scratch_dir("export-pdf-map");
    let plan_path = demo_file(&dir);
    let map = dir.join("map.pdf");
    export_ok(
        "map",
        &plan_path,
        &map,
        &["--hall", "Hall 3", "--highlight", "E2"],
    );
    let text = pdftotext(&map).expect("text");
    assert!(
        text.contains("Your booth:") && text.contains("Global ICT Exhibition 2026"),
        "{}",
        &text[..text.len().min(300)]
    );

    let packs = dir.join("packs");
    let o = export_ok("packs", &plan_path, &packs, &[]);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("pack 1/"),
        "progress is printed"
    );
    let plan = boothplan::demo::demo_plan();
    // One pack per allocated exhibitor (one demo exhibitor holds two booths: two pages).
    let allocated: std::collections::BTreeSet<_> =
        plan.booths.values().filter_map(|b| b.exhibitor).collect();
    let allocated = allocated.len();
    let files: Vec<_> = std::fs::read_dir(&packs)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files.len(), allocated);
    assert!(files.iter().all(|f| f.is_ascii()
        && Path::new(f).extension().is_some_and(|e| e == "pdf")
        && !f.contains([' ', '/', ':', '"'])));
    let song_hong = files
        .iter()
        .find(|f| f.contains("cong-ty-vien-thong-song-hong"))
        .expect("a pack for Sông Hồng");
    let text = pdftotext(&packs.join(song_hong)).expect("text");
    assert!(
        text.contains("Công ty Viễn thông Sông Hồng"),
        "Vietnamese is selectable text"
    );
    assert!(
        text.contains("Way out")
            && text.contains("walk")
            && text.contains("Neighbours")
            && text.contains("exhibit@example.org")
            && text.contains("scale 1:"),
        "{text}"
    );
    let hanbit = plan
        .booths
        .values()
        .find(|b| b.exhibitor == Some(boothplan::model::ExhibitorId(1)))
        .expect("allocated");
    // Its file name is readable too: the booth number and the name romanized.
    let text =
        pdftotext(&packs.join(format!("{}-hanbittongsin-E1.pdf", hanbit.number))).expect("text");
    assert!(text.contains("한빛통신"), "Hangul is selectable text");
    // The exhibitor holding two booths gets one pack with a page for each, each highlighted.
    let two: Vec<_> = plan
        .booths
        .iter()
        .filter(|(_, b)| b.exhibitor.is_some_and(|e| plan.booths_of(e).count() == 2))
        .collect();
    assert_eq!(two.len(), 2, "the demo has one exhibitor with two booths");
    let e = two[0].1.exhibitor.expect("held");
    let file = packs.join(boothplan::export::pdf::pack_file_name(
        &two[0].1.number,
        &plan.exhibitors[&e].name,
        e,
    ));
    assert_eq!(pdf_pages(&file), 2);
    let text = pdftotext(&file).expect("text");
    for (_, b) in &two {
        assert!(
            text.contains(&format!("Your booth: {}", b.number)),
            "{text}"
        );
    }
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn exit_names_do_not_cover_each_other_and_pillars_show_over_reserved_aisles() {
    // Review of issue 12: "Exit C4" and "Exit C8" were printed on top of each other at the
    // inner corner of Hall 3, and a hatched aisle must not hide its pillar.
    let plan = boothplan::demo::demo_plan();
    for hall in plan.halls.values() {
        let options = MapOptions::resolve(&plan, Some(&hall.code), None).expect("hall");
        let source = boothplan::export::svg::map_source(&plan, &options);
        // Each exit name's box: from its anchor, its width in the bundled fonts, 9 units tall.
        let boxes: Vec<[f64; 4]> = source
            .split("<text ")
            .filter(|t| t.contains("fill=\"#1b5e20\""))
            .filter_map(|t| {
                let attr = |key: &str| -> Option<&str> {
                    t.split(&format!("{key}=\"")).nth(1)?.split('"').next()
                };
                let (x, y): (f64, f64) = (attr("x")?.parse().ok()?, attr("y")?.parse().ok()?);
                let label = t.split('>').nth(1)?.split('<').next()?;
                let w = boothplan::export::label::text_width(label, 9.0);
                let left = match attr("text-anchor") {
                    Some("middle") => x - w / 2.0,
                    Some("end") => x - w,
                    _ => x,
                };
                Some([left, y - 9.0, left + w, y])
            })
            .collect();
        assert!(!boxes.is_empty(), "{} has named exits", hall.name);
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                assert!(
                    !overlap,
                    "{}: exit names at {a:?} and {b:?} overlap",
                    hall.name
                );
            }
        }
        if let Some(aisle) = source.find("fill=\"url(#aisle)\"") {
            let pillar = source.find("fill=\"#555555\"").expect("pillars");
            assert!(
                aisle < pillar,
                "{}: pillars are drawn over aisles",
                hall.name
            );
        }
    }
}
