//! Issue 9: every string in a plan is hostile wherever it goes. Payloads in every text field
//! reach the HTML map as data (never code), the SVG stays valid XML with unique ids, and CSV
//! cells cannot become spreadsheet formulas.

mod common;

use boothplan::export::MapOptions;
use boothplan::export::lists::{CsvEncoding, ListOrder, list_rows, to_csv};
use boothplan::model::{BoothId, Plan};

const PAYLOADS: [&str; 7] = [
    "A';document.body.dataset.pwned='1';'",
    "</script><script>document.body.dataset.pwned='2'</script>",
    "<!--<script>",
    "\"><img src=x onerror=\"document.body.dataset.pwned='3'\">",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "line\u{2028}break\u{2029}&amp;<b>",
    // Not allowed in XML at all: a file with them would not parse back.
    "no\u{fffe}xml\u{ffff}char\u{1}",
];

/// The demo with a payload in every text field people can type.
fn hostile_plan() -> Plan {
    let mut p = boothplan::demo::demo_plan();
    let pick = |i: usize| PAYLOADS[i % PAYLOADS.len()];
    p.meta.show_name = pick(0).to_owned();
    p.meta.venue = pick(1).to_owned();
    p.meta.start_date = pick(2).to_owned();
    for (i, h) in p.halls.values_mut().enumerate() {
        h.name = format!("{}{i}", pick(i + 3));
    }
    for (i, z) in p.zones.values_mut().enumerate() {
        z.name = pick(i).to_owned();
    }
    for (i, b) in p.booths.values_mut().take(12).enumerate() {
        b.number = format!("{}{i}", pick(i));
    }
    for (i, e) in p.exhibitors.values_mut().take(30).enumerate() {
        e.name = pick(i).to_owned();
        e.country = pick(i + 1).to_owned();
        e.sector = pick(i + 2).to_owned();
        e.notes = pick(i + 3).to_owned();
    }
    p
}

#[test]
fn the_svg_stays_valid_xml_with_unique_ids() {
    let plan = hostile_plan();
    let source = boothplan::export::svg::map_source(&plan, &MapOptions::default());
    boothplan::export::parse(&source).expect("the SVG parses back");
    // The file `export map` writes (text as outlines, names in aria-label) too, and every
    // PDF whose pages are laid out as SVG: a printed sheet and the packs.
    let dir = common::scratch_dir("hostile-files");
    for name in ["map.svg", "map.pdf"] {
        let path = dir.join(name);
        boothplan::export::export_map(
            &plan,
            &MapOptions::default(),
            &path,
            &boothplan::export::MapOutput::default(),
        )
        .expect("exports");
        if name == "map.svg" {
            let written = std::fs::read_to_string(&path).expect("read");
            boothplan::export::parse(&written).expect("the written SVG parses back");
        }
    }
    boothplan::export::pdf::write_packs(
        &plan,
        &dir.join("packs"),
        boothplan::export::pdf::Paper::A4,
        boothplan::i18n::Lang::En,
        |_, _, _| {},
    )
    .expect("packs");
    std::fs::remove_dir_all(dir).expect("cleanup");
    let ids: Vec<&str> = source
        .split(" id=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect();
    let unique: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(ids.len(), unique.len(), "ids are unique");
    assert!(
        ids.iter()
            .all(|id| id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')),
        "ids are plain names: {ids:?}"
    );
}

/// The content of each `<script ...>` block of a page, with its opening tag.
fn scripts(page: &str) -> Vec<(&str, &str)> {
    page.split("<script")
        .skip(1)
        .filter_map(|s| {
            let (tag, rest) = s.split_once('>')?;
            Some((tag, rest.split("</script>").next()?))
        })
        .collect()
}

fn hostile_page(highlight: Option<BoothId>) -> String {
    let plan = hostile_plan();
    let options = MapOptions {
        highlight: highlight.into_iter().collect(),
        ..MapOptions::default()
    };
    boothplan::export::html::map_page(&plan, &options)
}

#[test]
fn plan_strings_reach_the_page_only_as_data() {
    let page = hostile_page(Some(BoothId(1)));
    let blocks = scripts(&page);
    assert_eq!(blocks.len(), 2, "the data block and the map's own script");
    for (tag, body) in &blocks {
        if tag.contains("application/json") {
            assert!(
                !body.contains('<') && !body.contains('\u{2028}'),
                "a data block cannot be ended early: {body:.200}"
            );
            serde_json::from_str::<serde_json::Value>(body).expect("valid JSON");
        } else {
            assert!(!body.contains("pwned"), "no payload inside code");
        }
    }
    // The payloads' markup never reaches the page as markup.
    assert!(!page.contains("<img src=x"));
    assert!(!page.contains("<!--<script>"));
}

#[test]
fn payloads_run_no_script_in_a_real_browser_and_the_map_works() {
    let Some(browser) = common::chromium() else {
        return; // Skipped, and said so (CI fails instead).
    };
    let plan = hostile_plan();
    let dir = common::scratch_dir("hostile-html");
    for highlight in [None, Some(BoothId(1)), Some(BoothId(2))] {
        let page = dir.join("map.html");
        std::fs::write(&page, hostile_page(highlight)).expect("write");
        let dom = common::dump_dom(&browser, &page, "");
        assert!(!dom.contains("data-pwned"), "a payload ran: {highlight:?}");
        assert!(
            dom.contains(&format!("data-ready=\"{}\"", plan.booths.len())),
            "the map built its booths: {dom:.300}"
        );
        if let Some(id) = highlight {
            let number = &plan.booths[&id].number;
            let shown = dom
                .split("data-highlighted=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .map(|s| {
                    s.replace("&quot;", "\"")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&amp;", "&")
                });
            assert_eq!(
                shown.as_deref(),
                Some(number.as_str()),
                "the hostile booth number is highlighted as data"
            );
        }
    }
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn csv_cells_cannot_become_formulas() {
    let plan = hostile_plan();
    let rows = list_rows(&plan, ListOrder::Booth);
    let header: Vec<&str> = (0..11).map(|_| "h").collect();
    let (bytes, _) = to_csv(&header, &rows, CsvEncoding::Utf8Bom).expect("csv");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let mut formulas_seen = 0;
    for record in reader.records() {
        for cell in &record.expect("a record") {
            assert!(
                !(cell.starts_with(['=', '+', '@', '\t', '\r'])
                    || (cell.starts_with('-') && cell.parse::<f64>().is_err())),
                "a live formula: {cell:?}"
            );
            if cell.starts_with("'=") {
                formulas_seen += 1;
            }
        }
    }
    assert!(
        formulas_seen > 0,
        "the payload reached the list, neutralised"
    );
}
