//! The offline HTML map: small, self-contained, drawn from data, and working in a real browser
//! on a desktop and a phone — searching, listing, and saying so when nothing matches.

use crate::support::*;

/// The value of a `data-…` attribute of the page's body, as the DOM dump shows it.
fn body_attr(dom: &str, name: &str) -> Option<String> {
    let body = dom.split("<body").nth(1)?.split('>').next()?;
    let value = body
        .split(&format!(" {name}=\""))
        .nth(1)?
        .split('"')
        .next()?;
    Some(
        value
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

fn number(dom: &str, name: &str) -> usize {
    body_attr(dom, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{name} on the body: {dom:.400}"))
}

#[test]
fn the_demo_map_is_small_self_contained_and_carries_its_fonts() {
    let plan = boothplan::demo::demo_plan();
    let page = boothplan::export::html::map_page(&plan, &MapOptions::default());
    assert!(
        page.len() < 500_000,
        "the demo's page is {} bytes (about 0.25 MB; the issue allows 1.5 MB)",
        page.len()
    );
    for needle in [
        "src=\"http",
        "src='http",
        "href=\"http",
        "href='http",
        "@import",
        "url(http",
    ] {
        assert!(!page.contains(needle), "external reference {needle}");
    }
    // The booths are data, drawn by the page; the panel's fonts are cut from the bundled ones.
    assert!(page.contains("\"A-101\""));
    assert!(page.contains("한빛통신"));
    assert_eq!(page.matches("@font-face").count(), 2, "Latin and Hangul");
    assert!(!page.contains("<svg"), "no map drawn as SVG nodes");
}

#[test]
fn a_60000_booth_map_is_written_small() {
    let plan = boothplan::demo::synthetic_plan(60_000, 7);
    let page = boothplan::export::html::map_page(&plan, &MapOptions::default());
    assert!(
        page.len() < 12_000_000,
        "{} MB for 60,000 booths (about 6 MB; the issue allows 40 MB)",
        page.len() / 1_000_000
    );
}

#[test]
fn the_map_works_in_a_real_browser() {
    let Some(browser) = common::chromium() else {
        return; // Skipped, and said so (CI fails instead).
    };
    let dir = common::scratch_dir("export-browser");
    let page = dir.join("map.html");
    let plan = boothplan::demo::demo_plan();
    export_map(&plan, &MapOptions::default(), &page, &MapOutput::at_dpi(96)).expect("exports");
    // A booth from the address: selected, its card filled, labels drawn around it.
    let dom = common::dump_dom(&browser, &page, "booth=A-101");
    assert_eq!(number(&dom, "data-ready"), 522, "the page read every booth");
    assert_eq!(
        body_attr(&dom, "data-highlighted").as_deref(),
        Some("A-101")
    );
    assert!(number(&dom, "data-drawn") > 0 && number(&dom, "data-labels") > 0);
    let card = dom
        .split("id=\"info\"")
        .nth(1)
        .and_then(|s| s.split("</dl>").next())
        .expect("the card");
    for field in [
        "한빛통신",
        "Hall 1",
        "Zone",
        "Sector",
        "Country",
        "Size",
        "Type",
        "Nearest exit",
    ] {
        assert!(card.contains(field), "the card shows {field}: {card}");
    }
    // Search without diacritics finds one company and selects its booth.
    let dom = common::dump_dom(&browser, &page, "search=vien%20thong%20song%20hong");
    assert_eq!(number(&dom, "data-results"), 1);
    let song_hong = plan
        .booths
        .values()
        .find(|b| {
            b.exhibitor
                .and_then(|e| plan.exhibitors.get(&e))
                .is_some_and(|e| e.name == "Công ty Viễn thông Sông Hồng")
        })
        .map(|b| b.number.clone())
        .expect("allocated");
    assert_eq!(body_attr(&dom, "data-highlighted"), Some(song_hong));
    // By country (and the Korea Pavilion zone): more than a page of results, and it says
    // how many are shown.
    let korea = plan
        .booths
        .values()
        .filter(|b| {
            let e = b.exhibitor.and_then(|e| plan.exhibitors.get(&e));
            let zone = plan.zone_of(b).and_then(|z| plan.zones.get(&z));
            e.is_some_and(|e| {
                [&e.country, &e.name, &e.sector]
                    .iter()
                    .any(|t| t.to_lowercase().contains("korea"))
            }) || zone.is_some_and(|z| z.name.to_lowercase().contains("korea"))
        })
        .count();
    assert!(korea > 30);
    let dom = common::dump_dom(&browser, &page, "search=korea");
    assert_eq!(number(&dom, "data-results"), 30);
    assert_eq!(number(&dom, "data-matches"), korea);
    assert_eq!(
        body_attr(&dom, "data-message"),
        Some(format!(
            "30 of {korea} shown: type more to narrow the search."
        ))
    );
    // By sector.
    let dom = common::dump_dom(&browser, &page, "search=cybersecurity");
    assert!(number(&dom, "data-matches") > 0, "sectors are searched");
    // Nothing found, and a booth that is not there, are said.
    let dom = common::dump_dom(&browser, &page, "search=zzqqxx");
    assert_eq!(number(&dom, "data-results"), 0);
    assert!(body_attr(&dom, "data-message").is_some_and(|m| m.starts_with("Nothing matches")));
    let dom = common::dump_dom(&browser, &page, "booth=Z-999");
    assert_eq!(
        body_attr(&dom, "data-message").as_deref(),
        Some("No booth “Z-999” on this map.")
    );
    // Every exhibitor A–Z: one row per allocated booth, the first 200 shown.
    let allocated = plan
        .booths
        .values()
        .filter(|b| b.exhibitor.is_some())
        .count();
    let dom = common::dump_dom(&browser, &page, "list=az");
    assert_eq!(number(&dom, "data-matches"), allocated);
    assert_eq!(number(&dom, "data-results"), allocated.min(200));
    assert!(dom.contains("Show more ("), "and a button for the rest");
    // A number typed without its dash, a zone's name, and "+" for a space are found.
    let dom = common::dump_dom(&browser, &page, "search=A101");
    assert_eq!(
        body_attr(&dom, "data-highlighted").as_deref(),
        Some("A-101")
    );
    let dom = common::dump_dom(&browser, &page, "search=korea+pavilion");
    assert!(number(&dom, "data-matches") > 0, "zones are searched");
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn on_a_phone_the_map_takes_the_whole_width() {
    let Some(browser) = common::chromium() else {
        return; // Skipped, and said so (CI fails instead).
    };
    let dir = common::scratch_dir("export-phone");
    let page = dir.join("map.html");
    export_map(
        &boothplan::demo::demo_plan(),
        &MapOptions::default(),
        &page,
        &MapOutput::at_dpi(96),
    )
    .expect("exports");
    // Headless Chromium keeps a window at least 500 px wide: still a phone's layout.
    let dom = common::dump_dom_sized(&browser, &page, "", Some((390, 844)));
    assert_eq!(body_attr(&dom, "data-layout").as_deref(), Some("narrow"));
    let window = number(&dom, "data-window-width");
    assert!(window <= 700, "{window}");
    assert_eq!(
        number(&dom, "data-map-width"),
        window,
        "the map is as wide as the window"
    );
    for control in ["zoom-in", "zoom-out", "fit", "hall", "search"] {
        assert!(dom.contains(&format!("id=\"{control}\"")), "{control}");
    }
    let dom = common::dump_dom_sized(&browser, &page, "", Some((1280, 800)));
    assert_eq!(body_attr(&dom, "data-layout").as_deref(), Some("wide"));
    assert!(number(&dom, "data-map-width") >= 900);
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn a_60000_booth_map_opens_in_a_real_browser() {
    let Some(browser) = common::chromium() else {
        return; // Skipped, and said so (CI fails instead).
    };
    let dir = common::scratch_dir("export-browser-60k");
    let page = dir.join("map.html");
    export_map(
        &boothplan::demo::synthetic_plan(60_000, 7),
        &MapOptions::default(),
        &page,
        &MapOutput::at_dpi(96),
    )
    .expect("exports");
    let dom = common::dump_dom(&browser, &page, "booth=S1-101");
    assert_eq!(number(&dom, "data-ready"), 60_000);
    assert_eq!(
        body_attr(&dom, "data-highlighted").as_deref(),
        Some("S1-101")
    );
    assert!(number(&dom, "data-labels") > 0);
    std::fs::remove_dir_all(dir).expect("cleanup");
}
