//! Importing exhibitor lists: encodings, quoting, bad rows with their lines, XLSX, re-import.

mod common;

use std::fmt::Write as _;
use std::path::PathBuf;

use boothplan::io::import::{Field, TextEncoding, apply, read_list};

fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/import")
        .join(name)
}

fn names(list: &boothplan::io::import::List) -> Vec<String> {
    list.rows
        .iter()
        .map(|r| r.values[&Field::Name].clone())
        .collect()
}

#[test]
fn utf8_with_and_without_bom_read_the_same() {
    let plain = read_list(&corpus("good-utf8.csv"), None).expect("reads");
    let bom = read_list(&corpus("good-utf8-bom.csv"), None).expect("reads");
    assert_eq!(plain, bom);
    assert!(plain.problems.is_empty(), "{:?}", plain.problems);
    assert_eq!(
        names(&plain),
        [
            "한빛통신",
            "Công ty Viễn thông Sông Hồng",
            "Nordwave Systems, Inc."
        ]
    );
    assert_eq!(plain.rows[0].area_mm2, Some(18_000_000));
    assert_eq!(plain.rows[1].values[&Field::Competitors], "한빛통신");
    assert_eq!(plain.rows[2].line, 4);
}

#[test]
fn cp949_is_detected_and_korean_headers_recognised() {
    let list = read_list(&corpus("korean-cp949.csv"), None).expect("reads");
    assert!(list.problems.is_empty(), "{:?}", list.problems);
    assert!(
        list.unknown_columns.is_empty(),
        "{:?}",
        list.unknown_columns
    );
    assert_eq!(names(&list), ["한빛통신", "새솔네트웍스"]);
    assert_eq!(list.rows[1].values[&Field::Country], "대한민국");
    let forced = read_list(&corpus("korean-cp949.csv"), Some(TextEncoding::Cp949)).expect("reads");
    assert_eq!(forced, list);
    let wrong =
        read_list(&corpus("korean-cp949.csv"), Some(TextEncoding::Utf8)).expect_err("not UTF-8");
    assert!(wrong.to_string().contains("--encoding cp949"), "{wrong}");
}

#[test]
fn quoted_fields_with_commas_quotes_and_line_breaks() {
    let list = read_list(&corpus("quoted-multiline.csv"), None).expect("reads");
    assert_eq!(names(&list), ["Quote \"Labs\", Ltd", "Plain Co"]);
    assert_eq!(list.rows[0].values[&Field::Country], "Line one\nline two");
    assert_eq!(
        list.rows[1].line, 4,
        "the second row starts after the two-line field"
    );
    assert_eq!(list.unknown_columns, ["notes column"]);
}

#[test]
fn empty_and_header_only_files() {
    let empty = read_list(&corpus("empty.csv"), None).expect_err("empty");
    assert!(
        empty.to_string().contains("empty") && empty.to_string().contains("empty.csv"),
        "{empty}"
    );
    let header = read_list(&corpus("header-only.csv"), None).expect("a list with no rows");
    assert!(header.rows.is_empty() && header.problems.is_empty());
    let no_name = read_list(&corpus("no-name-column.csv"), None).expect_err("no name column");
    assert!(
        no_name.to_string().contains("no company name column"),
        "{no_name}"
    );
}

#[test]
fn each_bad_row_is_reported_with_its_line() {
    let list = read_list(&corpus("malformed.csv"), None).expect("reads");
    assert_eq!(names(&list), ["Good One", "Good Two"]);
    let problems: Vec<String> = list.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "line 3: no company name",
            "line 4: area \"lots\" is not a number of m²",
            "line 5: 5 fields, but the header has 4",
            "line 6: priority \"high\" is not a whole number",
        ]
    );
}

#[test]
fn xlsx_sheets_import_like_csv() {
    let list = read_list(&corpus("exhibitors.xlsx"), None).expect("reads");
    assert_eq!(
        names(&list),
        [
            "한빛통신",
            "Công ty Viễn thông Sông Hồng",
            "Nordwave Systems"
        ]
    );
    assert_eq!(list.rows[1].area_mm2, Some(9_500_000));
    assert_eq!(list.rows[0].values[&Field::ExternalId], "X-001");
    assert_eq!(list.problems.len(), 1);
    assert_eq!(list.problems[0].line, 5);
}

#[test]
fn ten_thousand_rows() {
    let dir = common::scratch_dir("import-10k");
    let path = dir.join("big.csv");
    let mut text = String::from("Company,Country,Area,External ID\n");
    for i in 0..10_000 {
        let _ = writeln!(text, "Company {i},Korea,{},ID-{i}", 9 + i % 4 * 3);
    }
    std::fs::write(&path, text).expect("write");
    let list = read_list(&path, None).expect("reads");
    assert_eq!(list.rows.len(), 10_000);
    let applied = apply(&common::hall_plan(), &list.rows);
    assert_eq!(applied.added, 10_000);
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn reimporting_updates_instead_of_duplicating() {
    let list = read_list(&corpus("good-utf8.csv"), None).expect("reads");
    let mut plan = boothplan::demo::demo_plan();
    let before = plan.exhibitors.len();
    let first = apply(&plan, &list.rows);
    // 한빛통신 exists (matched by name), the other two are new or matched by name.
    assert_eq!(first.added + first.updated, 3);
    boothplan::edit::apply(&mut plan, first.edit.expect("changes"));
    let after_first = plan.exhibitors.len();
    assert_eq!(after_first, before + first.added);
    let again = apply(&plan, &list.rows);
    assert_eq!(again.added, 0);
    assert_eq!(again.updated, 3);
    assert!(again.edit.is_none(), "nothing changes the second time");
    let hanbit = plan
        .exhibitors
        .values()
        .find(|e| e.name == "한빛통신")
        .expect("exists");
    assert_eq!(hanbit.contracted_area_mm2, 18_000_000);
    assert_eq!(hanbit.external_id.as_deref(), Some("X-001"));
    let song_hong = plan
        .exhibitors
        .iter()
        .find(|(_, e)| e.name == "Công ty Viễn thông Sông Hồng")
        .expect("exists");
    let hanbit_id = plan
        .exhibitors
        .iter()
        .find(|(_, e)| e.name == "한빛통신")
        .expect("exists")
        .0;
    assert!(
        song_hong.1.competitors.contains(hanbit_id),
        "competitors resolved by name"
    );
}

/// Issue 9, item 6: new ids never overwrite: with an exhibitor at the highest possible id,
/// imported companies take free ids below it.
#[test]
fn new_ids_never_overwrite_when_the_highest_id_is_taken() {
    let mut plan = common::hall_plan();
    let top = boothplan::model::ExhibitorId(u32::MAX);
    plan.exhibitors
        .insert(top, boothplan::model::Exhibitor::new("Top Corp", 9_000_000));
    let list =
        boothplan::io::import::list_from_text("name,area\nAlpha,9\nBeta,12\n").expect("list");
    let applied = apply(&plan, &list.rows);
    assert_eq!(applied.added, 2);
    let edit = applied.edit.expect("an edit");
    let mut after = plan.clone();
    let mut history = boothplan::edit::History::default();
    history.apply(&mut after, edit);
    assert_eq!(after.exhibitors.len(), 3);
    assert_eq!(after.exhibitors[&top].name, "Top Corp");
    let names: Vec<&str> = after.exhibitors.values().map(|e| e.name.as_str()).collect();
    assert!(
        names.contains(&"Alpha") && names.contains(&"Beta"),
        "{names:?}"
    );
}

fn problems_of(text: &str) -> Vec<(usize, String)> {
    boothplan::io::import::list_from_text(text)
        .expect("a list")
        .problems
        .into_iter()
        .map(|p| (p.line, p.message))
        .collect()
}

/// Issue 9, item 10: lines are the file's lines whatever the line endings.
#[test]
fn crlf_files_report_the_right_lines() {
    let lf = "name,area\nAlpha,9\nBeta,x\nGamma,\"multi\nline\"\nDelta,y\n";
    let crlf = lf.replace('\n', "\r\n");
    for text in [lf.to_owned(), crlf] {
        let p = problems_of(&text);
        let lines: Vec<usize> = p.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [3, 4, 6], "{p:?}");
    }
}

/// Issue 9, item 11: values are never misread without a word.
#[test]
fn ambiguous_or_broken_values_are_problems_on_their_line() {
    let list = boothplan::io::import::list_from_text(
        "name,area\nOne,\"1,000\"\nTwo,\"12,5\"\nThree,\"1,000.5\"\nFour,12\n",
    )
    .expect("a list");
    assert_eq!(
        list.problems.iter().map(|p| p.line).collect::<Vec<_>>(),
        [2],
        "{:?}",
        list.problems
    );
    assert!(list.problems[0].message.contains("ambiguous"));
    let areas: Vec<Option<i64>> = list.rows.iter().map(|r| r.area_mm2).collect();
    assert_eq!(
        areas,
        [Some(12_500_000), Some(1_000_500_000), Some(12_000_000)]
    );
    // A duplicate header is refused, naming both columns.
    let err = boothplan::io::import::list_from_text("name,name\nA,B\n").expect_err("refused");
    assert!(err.contains("columns 1") && err.contains("and 2"), "{err}");
    // An unterminated quote names the line where it opens.
    let err =
        boothplan::io::import::list_from_text("name,area\nA,9\n\"B,9\nC,9\n").expect_err("refused");
    assert!(
        err.contains("line 3") && err.contains("never closed"),
        "{err}"
    );
}

/// Issue 9, item 8: a tiny sheet with one far-away cell is refused with a message, not
/// allocated (it took 2.2 GB, or aborted the program).
#[test]
fn a_far_away_cell_is_refused_not_allocated() {
    let err = read_list(&corpus("far-cell-XFD1048576.xlsx"), None)
        .expect_err("refused")
        .to_string();
    assert!(
        err.contains("row 1048576, column 16384") && err.contains("beyond"),
        "{err}"
    );
    let err = read_list(&corpus("far-cell-ZZ100000.xlsx"), None)
        .expect_err("refused")
        .to_string();
    assert!(err.contains("column 702"), "{err}");
    // Near miss: a value in column 200, row 100,000 is read: a row without a name, reported on
    // its line.
    let list = read_list(&corpus("far-cell-GR100000.xlsx"), None).expect("reads");
    assert_eq!(list.rows.len(), 1);
    assert_eq!(list.rows[0].values[&Field::Name], "Alpha");
    assert_eq!(
        list.problems.iter().map(|p| p.line).collect::<Vec<_>>(),
        [100_000]
    );
}

/// Review findings: a quote inside a field is text; a lone CR ends a line; "1.000" is as
/// ambiguous as "1,000"; "1,000,000" is not ambiguous.
#[test]
fn quotes_line_endings_and_grouped_numbers_read_as_the_csv_reader_does() {
    let list = boothplan::io::import::list_from_text("name,country\nAcme 12\" Screens,KR\n")
        .expect("a quote inside a field is text");
    assert_eq!(list.rows[0].values[&Field::Name], "Acme 12\" Screens");
    let err = boothplan::io::import::list_from_text(
        "name,country\nAcme 12\" Screens,KR\nA,B\nC,D\n\"Beta,KR\nE,F\n",
    )
    .expect_err("a quote opening a field and never closed");
    assert!(err.contains("line 5"), "{err}");
    let p = problems_of("name,area\rA,x\rB,1");
    assert_eq!(p.iter().map(|(l, _)| *l).collect::<Vec<_>>(), [2], "{p:?}");
    let list = boothplan::io::import::list_from_text(
        "name,area\nA,1.000\nB,\"1,000,000\"\nC,12.50\nD,1.000.000\n",
    )
    .expect("a list");
    assert_eq!(
        list.problems.iter().map(|p| p.line).collect::<Vec<_>>(),
        [2]
    );
    let areas: Vec<Option<i64>> = list.rows.iter().map(|r| r.area_mm2).collect();
    assert_eq!(
        areas,
        [
            Some(1_000_000_000_000),
            Some(12_500_000),
            Some(1_000_000_000_000)
        ]
    );
}

#[test]
fn decomposed_names_are_imported_composed() {
    // A list saved on a Mac may carry "Viễn" as "e" plus two combining marks: it would then
    // neither match "Viễn" in a search nor print as one letter.
    let dir = common::scratch_dir("import-nfd");
    let path = dir.join("nfd.csv");
    std::fs::write(
        &path,
        "Company,Country\nCo\u{302}ng ty Vie\u{302}\u{303}n tho\u{302}ng,Vie\u{323}\u{302}t Nam\n",
    )
    .expect("write");
    let list = read_list(&path, None).expect("reads");
    assert_eq!(names(&list), ["Công ty Viễn thông"]);
    assert_eq!(list.rows[0].values[&Field::Country], "Việt Nam");
    std::fs::remove_dir_all(dir).expect("cleanup");
}
