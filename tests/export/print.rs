//! Maps printed to scale: sheets of the paper asked for, at the scale asked for, tiled with
//! every booth number whole and readable, read back from the PDF with poppler.

use std::collections::{BTreeMap, BTreeSet};

use crate::support::*;

/// Points per millimetre of paper.
const PT_PER_MM: f64 = 72.0 / 25.4;

/// The words lying whole inside a sheet's map area (text clipped away at a sheet's edge is
/// still in the PDF, so its box must lie inside the margins, below the title strip and above
/// the legend). `enlarge` is how much larger than on A4 the sheet's surroundings are.
fn whole_in_map_area(words: &[Word], (width, _): (f64, f64), enlarge: f64) -> BTreeSet<String> {
    let margin = 10.0 * PT_PER_MM * enlarge;
    let legend_top = |page: usize| {
        words
            .iter()
            .filter(|w| w.page == page && w.text == "sold")
            .map(|w| w.y0)
            .fold(f64::INFINITY, f64::min)
    };
    words
        .iter()
        .filter(|w| {
            w.x0 >= margin
                && w.x1 <= width - margin
                && w.y0 >= margin + 42.0 * enlarge
                && w.y1 <= legend_top(w.page) - 4.0
        })
        .map(|w| w.text.clone())
        .collect()
}

/// Size in points of each word whose text is in `numbers`, from its box height, calibrated on
/// `reference` (a word set at `reference_pt`): poppler's box is the font's ascent and descent.
fn number_sizes(
    words: &[Word],
    numbers: &BTreeSet<String>,
    reference: &str,
    reference_pt: f64,
) -> Vec<(String, f64)> {
    let calibration = words
        .iter()
        .find(|w| w.text == reference)
        .map(|w| (w.y1 - w.y0) / reference_pt)
        .expect("the reference word is printed");
    // A turned label's box is as wide as its text is tall.
    words
        .iter()
        .filter(|w| numbers.contains(&w.text))
        .map(|w| {
            let across = (w.y1 - w.y0).min(w.x1 - w.x0);
            (w.text.clone(), across / calibration)
        })
        .collect()
}

/// The demo printed with `args`: what the export said, the PDF's words and its page sizes;
/// `None` (said) without poppler.
struct Printed {
    said: String,
    words: Vec<Word>,
    sizes: Vec<(f64, f64)>,
}

fn print_demo(name: &str, args: &[&str]) -> Option<Printed> {
    if !poppler() {
        return None;
    }
    let dir = common::scratch_dir(name);
    let plan_path = demo_file(&dir);
    let out = dir.join("map.pdf");
    let o = export_ok("map", &plan_path, &out, args);
    let printed = Printed {
        said: String::from_utf8_lossy(&o.stdout).into_owned(),
        words: pdf_word_boxes(&out),
        sizes: pdf_page_sizes(&out),
    };
    std::fs::remove_dir_all(dir).expect("cleanup");
    Some(printed)
}

#[test]
fn a_hall_printed_at_a_stated_scale_puts_booths_at_their_true_distance() {
    let Some(Printed { said, words, sizes }) = print_demo(
        "print-scale",
        &[
            "--hall",
            "A",
            "--paper",
            "a3",
            "--landscape",
            "--scale",
            "1:500",
        ],
    ) else {
        return;
    };
    assert!(
        said.contains("1:500") && said.contains("A3 landscape"),
        "{said}"
    );
    // A3 landscape, in points.
    assert_eq!(sizes, vec![(1190.6, 841.9)]);
    assert!(
        words.iter().any(|w| w.text == "1:500"),
        "the scale is printed"
    );
    // Booth numbers set upright inside their booth are centred on it: between the leftmost and
    // the rightmost, the paper distance is the floor distance at 1:500.
    let plan = boothplan::demo::demo_plan();
    let hall = plan
        .halls
        .iter()
        .find(|(_, h)| h.code == "A")
        .map(|(id, _)| *id)
        .expect("hall A");
    let centred: BTreeMap<String, f64> = plan
        .booths
        .values()
        .filter(|b| b.hall == hall)
        .filter(|b| {
            let company = b
                .exhibitor
                .and_then(|e| plan.exhibitors.get(&e))
                .map_or("", |e| e.name.as_str());
            let l = boothplan::export::label::fit(
                &b.number,
                company,
                b.rect.w_mm as f64 / 100.0,
                b.rect.d_mm as f64 / 100.0,
            );
            !l.rotated && !l.outside
        })
        .map(|b| (b.number.clone(), (b.rect.x_mm + b.rect.w_mm / 2) as f64))
        .collect();
    let on_paper: Vec<(f64, f64)> = words
        .iter()
        .filter(|w| words.iter().filter(|v| v.text == w.text).count() == 1)
        .filter_map(|w| {
            centred
                .get(&w.text)
                .map(|mm| (*mm, f64::midpoint(w.x0, w.x1)))
        })
        .collect();
    assert!(on_paper.len() > 50, "{} numbers found", on_paper.len());
    let left = on_paper
        .iter()
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .expect("some");
    let right = on_paper
        .iter()
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .expect("some");
    let floor_mm = right.0 - left.0;
    let paper_pt = right.1 - left.1;
    let expected_pt = floor_mm / 500.0 * PT_PER_MM;
    assert!(
        (paper_pt - expected_pt).abs() < 1.0,
        "{floor_mm} mm of floor is {paper_pt:.1} pt on paper, not {expected_pt:.1} pt (1:500)"
    );
}

#[test]
fn a_site_too_large_for_one_sheet_is_tiled_with_every_booth_number_whole_and_readable() {
    let Some(Printed { said, words, sizes }) =
        print_demo("print-tiles", &["--paper", "a4", "--scale", "1:200"])
    else {
        return;
    };
    // The demo site at 1:200 needs a grid of 7 × 4 A4 sheets (landscape: fewer than
    // portrait), two of which hold no floor and are left out.
    assert!(
        said.contains("26 A4 landscape sheets (7 × 4; 2 sheets with no floor left out"),
        "the export says how it was cut: {said}"
    );
    assert!(
        !said.contains("smaller than"),
        "at 1:200 every number is readable: {said}"
    );
    assert_eq!(sizes.len(), 26);
    assert!(sizes.iter().all(|s| *s == (841.9, 595.3)), "{sizes:?}");
    // Each sheet names itself in the set ("Sheet B2 of 7 × 4") in its title strip, in
    // reading order.
    let mut names = Vec::new();
    for page in 1..=26 {
        let sheet = words
            .iter()
            .find(|w| w.page == page && w.text == "Sheet")
            .expect("the sheet is named");
        let mut line: Vec<&Word> = words
            .iter()
            .filter(|w| w.page == page && (w.y0 - sheet.y0).abs() < 0.5 && w.x0 >= sheet.x0)
            .collect();
        line.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let line: Vec<&str> = line.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(line.len(), 6, "page {page}: {line:?}");
        assert_eq!(line[2..], ["of", "7", "×", "4"], "page {page}");
        let name = line[1];
        let column = name.as_bytes()[0] - b'A';
        let row: u8 = name[1..].parse().expect("a row number");
        assert!(column < 7 && (1..=4).contains(&row), "{name}");
        names.push((row, column));
    }
    let mut ordered = names.clone();
    ordered.sort_unstable();
    ordered.dedup();
    assert_eq!(names, ordered, "each sheet once, in reading order");
    // Every booth number is whole inside the map area of some sheet (text clipped away at a
    // sheet's edge is still in the PDF, so its box must lie between the title strip and the
    // legend), and at least 6 pt tall.
    let plan = boothplan::demo::demo_plan();
    let numbers: BTreeSet<String> = plan.booths.values().map(|b| b.number.clone()).collect();
    let found = whole_in_map_area(&words, (841.9, 595.3), 1.0);
    let missing: Vec<&String> = numbers.difference(&found).collect();
    assert!(missing.is_empty(), "not printed whole: {missing:?}");
    let small: Vec<(String, f64)> = number_sizes(&words, &numbers, "1:200", 8.0)
        .into_iter()
        .filter(|(_, pt)| *pt < 5.9)
        .collect();
    assert!(small.is_empty(), "smaller than 6 pt: {small:?}");
}

#[test]
fn without_a_scale_the_map_fills_one_sheet_and_names_the_numbers_too_small_to_read() {
    let Some(Printed { said, words, sizes }) = print_demo("print-fit", &[]) else {
        return;
    };
    // One A3 sheet (the default paper), at a scale it states.
    assert_eq!(sizes.len(), 1);
    let scale: u32 = said
        .split("printed at 1:")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .expect("the scale is said");
    let label = format!("1:{scale}");
    assert!(words.iter().any(|w| w.text == label), "{label} is printed");
    // The numbers it says are too small are the ones that are.
    let noted: usize = said
        .split("; ")
        .find(|p| p.contains("smaller than 6 pt"))
        .and_then(|p| p.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .expect("the demo at one A3 sheet has numbers below 6 pt, and says so");
    let plan = boothplan::demo::demo_plan();
    let numbers: BTreeSet<String> = plan.booths.values().map(|b| b.number.clone()).collect();
    // The scale under the bar is 8 pt on A4, enlarged on A3 by √(A3 / A4).
    let sizes = number_sizes(&words, &numbers, &label, 8.0 * (841.89_f64 / 595.28).sqrt());
    let clearly_small = sizes.iter().filter(|(_, pt)| *pt < 5.8).count();
    let clearly_readable = sizes.iter().filter(|(_, pt)| *pt > 6.2).count();
    assert!(
        clearly_small <= noted && noted <= numbers.len() - clearly_readable,
        "said {noted} too small; measured {clearly_small} below and {clearly_readable} above 6 pt"
    );
    assert!(
        said.contains("every number reaches 6 pt"),
        "it says which scale would do: {said}"
    );
}

#[test]
fn at_a_large_scale_big_booth_numbers_are_still_whole_on_one_sheet() {
    // A newcomer's review: at 1:25 to 1:50 numbers of big booths were cut between sheets.
    let Some(Printed { words, .. }) = print_demo(
        "print-large-scale",
        &[
            "--hall",
            "A",
            "--paper",
            "a3",
            "--landscape",
            "--scale",
            "1:50",
        ],
    ) else {
        return;
    };
    let plan = boothplan::demo::demo_plan();
    let numbers: BTreeSet<String> = plan
        .booths
        .values()
        .filter(|b| b.number.starts_with("A-"))
        .map(|b| b.number.clone())
        .collect();
    let found = whole_in_map_area(&words, (1190.6, 841.9), (841.89_f64 / 595.28).sqrt());
    let missing: Vec<&String> = numbers.difference(&found).collect();
    assert!(missing.is_empty(), "not whole on any sheet: {missing:?}");
}

#[test]
fn a_print_of_hundreds_of_sheets_is_refused_with_scales_that_work() {
    let dir = common::scratch_dir("print-too-many");
    let plan_path = demo_file(&dir);
    let out = dir.join("map.pdf");
    let o = run(&[
        "export",
        "map",
        plan_path.to_str().expect("utf-8"),
        "--scale",
        "1:20",
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("at 1:20 the map would take") && err.contains("--scale 1:900 (one sheet)"),
        "{err}"
    );
    assert!(!out.exists(), "nothing written");
    // The scale it offers for readable numbers prints as many sheets as it says.
    let offered: String = err
        .split("or --scale ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .expect("a readable scale is offered")
        .to_owned();
    let sheets: usize = err
        .split(&format!("{offered} ("))
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .expect("with its sheets");
    if poppler() {
        export_ok("map", &plan_path, &out, &["--scale", &offered]);
        assert_eq!(pdf_page_sizes(&out).len(), sheets);
    }
}

#[test]
fn print_options_are_refused_where_they_mean_nothing_or_are_not_a_scale() {
    let dir = common::scratch_dir("print-refused");
    let plan_path = demo_file(&dir);
    // Each refused with exit 2, a message, and nothing written.
    let refused = |out: &Path, option: &[&str]| -> String {
        let mut args = vec!["export", "map", plan_path.to_str().expect("utf-8")];
        args.extend(option);
        args.extend(["-o", out.to_str().expect("utf-8")]);
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(!out.exists(), "nothing written for {args:?}");
        String::from_utf8_lossy(&o.stderr).into_owned()
    };
    let err = refused(&dir.join("map.svg"), &["--paper", "a3"]);
    assert!(err.contains("PDF") && err.contains("map.svg"), "{err}");
    let err = refused(&dir.join("map.pdf"), &["--scale", "1:0"]);
    assert!(err.contains("1:200"), "says how to write a scale: {err}");
}
