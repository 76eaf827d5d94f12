//! The change report for staff (`diff --format pdf|html`): by hall, then booth, a map of each
//! hall marking the changed booths, read back as a person would.

use boothplan::model::Plan;

use crate::support::*;

/// The demo with a booth moved in one hall, a booth removed in another, and a company renamed
/// to something hostile.
fn changed(demo: &Plan) -> Plan {
    let mut new = demo.clone();
    let in_hall = |h: u32| {
        *demo
            .booths
            .iter()
            .find(|(_, b)| b.hall.0 == h && b.exhibitor.is_none())
            .expect("a free booth")
            .0
    };
    let moved = in_hall(1);
    new.booths.get_mut(&moved).expect("booth").rect.y_mm += 3000;
    new.booths.remove(&in_hall(2));
    let e = *new.exhibitors.keys().next().expect("exhibitor");
    new.exhibitors.get_mut(&e).expect("exhibitor").name =
        "<script>alert(1)</script> 하늘 Công ty".into();
    new.meta.revision += 1;
    new
}

#[test]
fn the_pdf_report_groups_changes_by_hall_with_a_map_and_page_numbers() {
    if !poppler() {
        return;
    }
    let dir = common::scratch_dir("changes-pdf");
    let demo = boothplan::demo::demo_plan();
    let (a, b) = (dir.join("monday.ron"), dir.join("today.ron"));
    boothplan::io::save(&a, &demo).expect("save");
    boothplan::io::save(&b, &changed(&demo)).expect("save");
    let pdf = dir.join("changes.pdf");
    let o = run(&[
        "diff",
        a.to_str().expect("utf-8"),
        b.to_str().expect("utf-8"),
        "--format",
        "pdf",
        "-o",
        pdf.to_str().expect("utf-8"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = pdftotext(&pdf).expect("pdftotext reads it");
    let squeezed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(squeezed.contains("Changes to"), "{squeezed}");
    assert!(squeezed.contains("moved 3 m south"), "{squeezed}");
    assert!(squeezed.contains("removed from Hall 2"), "{squeezed}");
    assert!(
        squeezed.contains("하늘 Công ty"),
        "Hangul and Vietnamese from the bundled fonts: {squeezed}"
    );
    let (h1, h2) = (
        squeezed.find("Hall 1").expect("hall 1"),
        squeezed.find("Hall 2").expect("hall 2"),
    );
    assert!(h1 < h2, "halls in order");
    assert!(
        squeezed.contains(&format!("Page 1 of {}", pdf_pages(&pdf))),
        "{squeezed}"
    );
}

#[test]
fn the_html_report_is_one_file_with_maps_and_names_as_data() {
    let demo = boothplan::demo::demo_plan();
    let new = changed(&demo);
    let d = boothplan::compare::diff(&demo, &new);
    let html = boothplan::export::changes::changes_html(
        &demo,
        &new,
        &d,
        "2026-11-29",
        boothplan::i18n::Lang::En,
    );
    assert!(
        !html.contains("<script>alert"),
        "a name is data, never markup"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        html.contains("@font-face"),
        "the bundled fonts travel with the page"
    );
    assert!(
        !html.contains("src=\"http") && !html.contains("url(http"),
        "nothing fetched"
    );
    assert!(
        html.matches("<svg").count() >= 2,
        "a map for each hall with changes"
    );
    assert!(html.contains("moved 3 m south"));
}
