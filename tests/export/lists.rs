//! Lists (CSV, PDF) and the export command line: rows, columns, encodings, pages.

use crate::support::*;

#[test]
fn csv_list_reads_back_as_the_plan_rows() {
    let plan = boothplan::demo::demo_plan();
    let rows = list_rows(&plan, ListOrder::Booth);
    assert_eq!(
        rows.len(),
        plan.booths.len(),
        "one row per booth, available ones too"
    );
    let (bytes, lost) = to_csv(&LIST_COLUMNS, &rows, CsvEncoding::Utf8Bom).expect("csv");
    assert_eq!(lost, boothplan::export::lists::Loss::default());
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a BOM for Excel");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(
        reader.headers().expect("header").iter().collect::<Vec<_>>(),
        LIST_COLUMNS
    );
    let back: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("row").iter().map(str::to_owned).collect())
        .collect();
    let expected: Vec<Vec<String>> = rows.iter().map(|r| r.to_vec()).collect();
    assert_eq!(back, expected);
    assert!(back.iter().any(|r| r[6] == "available" && r[7].is_empty()));
    assert!(back.iter().any(|r| r[7] == "Công ty Viễn thông Sông Hồng"));
    let by_company = list_rows(&plan, ListOrder::Company);
    assert!(
        by_company.first().is_some_and(|r| !r[7].is_empty())
            && by_company.last().is_some_and(|r| r[7].is_empty())
    );
}

#[test]
fn directory_is_alphabetical_with_booth_numbers() {
    let plan = boothplan::demo::demo_plan();
    let rows = directory_rows(&plan);
    assert_eq!(rows.len(), plan.exhibitors.len());
    let keys: Vec<String> = rows.iter().map(|r| boothplan::text::fold(&r[0])).collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]));
    let hanbit = rows.iter().find(|r| r[0] == "한빛통신").expect("listed");
    assert_eq!(hanbit[3], "A-101");
}

#[test]
fn cli_exports_and_refuses_unknown_formats() {
    let dir = common::scratch_dir("export-cli");
    let plan = demo_file(&dir);
    let p = plan.to_str().expect("utf-8");
    for (args, file) in [
        (vec!["export", "list", p, "-o"], "list.csv"),
        (vec!["export", "directory", p, "-o"], "directory.csv"),
        (
            vec!["export", "map", p, "--highlight", "A-101", "-o"],
            "map.html",
        ),
    ] {
        let out = dir.join(file);
        let mut args = args.clone();
        args.push(out.to_str().expect("utf-8"));
        let o = run(&args);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(out.is_file());
    }
    let cp949 = dir.join("list-cp949.csv");
    let o = run(&[
        "export",
        "list",
        p,
        "--encoding",
        "cp949",
        "-o",
        cp949.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("written without their diacritics"),
        "Vietnamese letters are reported"
    );
    let raw = std::fs::read(&cp949).expect("read");
    let (text, _, errors) = encoding_rs::EUC_KR.decode(&raw);
    assert!(!errors && text.contains("한빛통신"));
    // Issue 12: Vietnamese names lose only their diacritics, never become "?".
    assert!(
        text.contains("Cong ty Vien thong Song Hong"),
        "Sông Hồng without diacritics"
    );
    assert!(!text.contains('?'), "nothing became ?");
    let bad = dir.join("map.docx");
    let o = run(&["export", "map", p, "-o", bad.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(".svg, .png, .pdf or .html") && err.contains("map.docx"),
        "{err}"
    );
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn pdf_list_holds_every_booth_and_company_on_numbered_pages() {
    if !poppler() {
        return;
    }
    let dir = common::scratch_dir("export-pdf-list");
    let plan_path = demo_file(&dir);
    let out = dir.join("list.pdf");
    export_ok("list", &plan_path, &out, &["--by", "hall"]);
    let plan = boothplan::demo::demo_plan();
    let text = pdftotext(&out).expect("text");
    let pages = pdf_pages(&out);
    assert!(pages >= 10, "{pages} pages");
    for b in plan.booths.values() {
        assert!(text.contains(&b.number), "booth {} is listed", b.number);
    }
    // Company names are printed whole (set smaller where the column is narrow), on A4 and on
    // the narrower letter paper.
    let letter = dir.join("list-letter.pdf");
    export_ok("list", &plan_path, &letter, &["--paper", "letter"]);
    let letter_text = pdftotext(&letter).expect("text");
    for e in plan.exhibitors.values().filter(|e| {
        plan.booths_of(
            *plan
                .exhibitors
                .iter()
                .find(|(_, x)| x.name == e.name)
                .expect("id")
                .0,
        )
        .next()
        .is_some()
    }) {
        assert!(text.contains(&e.name), "company {} is listed whole", e.name);
        assert!(
            letter_text.contains(&e.name),
            "company {} is listed whole on letter paper",
            e.name
        );
    }
    assert!(
        text.matches("Booth").count() >= pages,
        "the header row repeats on every page"
    );
    assert!(
        text.contains(&format!("page 1 of {pages}"))
            && text.contains(&format!("page {pages} of {pages}"))
    );
    assert!(text.contains("plan revision 1"));
    assert!(text.contains("Hall 2"), "grouped by hall");
    let letter = dir.join("letter.pdf");
    let o = run(&[
        "export",
        "list",
        plan_path.to_str().expect("utf-8"),
        "--paper",
        "letter",
        "-o",
        letter.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success());
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn the_pdf_list_by_hall_repeats_its_hall_on_each_page_and_ends_with_totals() {
    if !poppler() {
        return;
    }
    let dir = common::scratch_dir("export-pdf-totals");
    let plan_path = demo_file(&dir);
    let out = dir.join("list.pdf");
    export_ok("list", &plan_path, &out, &["--by", "hall"]);
    let plan = boothplan::demo::demo_plan();
    // Every page after the first opens with its hall.
    for page in 2..=pdf_pages(&out) {
        let o = Command::new("pdftotext")
            .args(["-layout", "-f", &page.to_string(), "-l", &page.to_string()])
            .arg(&out)
            .arg("-")
            .output()
            .expect("pdftotext");
        let text = String::from_utf8_lossy(&o.stdout);
        let first_row = text
            .lines()
            .skip_while(|l| !l.starts_with("Booth"))
            .nth(1)
            .unwrap_or_default()
            .trim()
            .to_owned();
        assert!(
            first_row.starts_with("Hall "),
            "page {page} starts with its hall, not {first_row:?}"
        );
    }
    let text = pdftotext(&out).expect("text");
    let all = text
        .lines()
        .find(|l| l.contains("All halls"))
        .expect("an overall total");
    assert!(
        all.contains(&format!("{} booths", plan.booths.len())),
        "{all}"
    );
    let area: i128 = plan
        .booths
        .values()
        .map(boothplan::model::Booth::area_mm2)
        .sum();
    assert!(
        all.contains(&format!("{}", boothplan::model::geom::m2(area))),
        "{all}"
    );
    std::fs::remove_dir_all(dir).expect("cleanup");
}
