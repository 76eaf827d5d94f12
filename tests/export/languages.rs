//! Exports in Korean and Vietnamese: `--lang` (or the plan's own language) turns the
//! headings of lists, maps, packs, the sales report and the change report, read back from
//! the PDFs with pdftotext.

use super::support::*;
use boothplan::i18n::{Lang, tr};

/// Runs an export and returns the PDF's text, or `None` where poppler is missing (the
/// skip is printed; CI has it).
fn exported_text(dir: &Path, args: &[&str], out: &str) -> Option<String> {
    let out_path = dir.join(out);
    let mut all: Vec<&str> = args.to_vec();
    let out_str = out_path.to_str().expect("utf-8");
    all.extend(["-o", out_str]);
    let o = run(&all);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    poppler().then(|| pdftotext(&out_path).expect("pdftotext reads it"))
}

fn assert_holds(text: &str, lang: Lang, keys: &[&str], what: &str) {
    for key in keys {
        let word = tr(lang, key, &[]);
        assert!(
            text.contains(&word),
            "{what} in {lang}: {word:?} ({key}) not in\n{text}"
        );
    }
    let english = tr(Lang::En, keys[0], &[]);
    assert!(
        !text.contains(&english) || english == tr(lang, keys[0], &[]),
        "{what} in {lang} still says {english:?}"
    );
}

#[test]
fn lists_sales_and_packs_speak_the_language_asked_for() {
    let dir = common::scratch_dir("export-languages");
    let plan = demo_file(&dir);
    let plan = plan.to_str().expect("utf-8");
    for lang in [Lang::Ko, Lang::Vi] {
        let code = lang.code();
        let Some(list) = exported_text(
            &dir,
            &["--lang", code, "export", "list", plan],
            &format!("list-{code}.pdf"),
        ) else {
            return;
        };
        assert_holds(
            &list,
            lang,
            &["col-company", "col-booth", "col-status", "list-totals"],
            "allocation list",
        );
        let Some(report) = exported_text(
            &dir,
            &["--lang", code, "report", "sales", plan, "--format", "pdf"],
            &format!("sales-{code}.pdf"),
        ) else {
            return;
        };
        assert_holds(
            &report,
            lang,
            &["sales-by-country", "sales-by-hall", "status-sold"],
            "sales report",
        );
    }
}

#[test]
fn the_plans_own_language_is_the_default_and_lang_overrides_it() {
    let dir = common::scratch_dir("export-plan-language");
    let mut demo = boothplan::demo::demo_plan();
    demo.meta.language = Some(Lang::Vi);
    let path = dir.join("vi.ron");
    boothplan::io::save(&path, &demo).expect("save");
    let plan = path.to_str().expect("utf-8");
    let Some(vi) = exported_text(&dir, &["export", "directory", plan], "dir-vi.pdf") else {
        return;
    };
    assert_holds(
        &vi,
        Lang::Vi,
        &["col-company", "col-country"],
        "directory (plan in Vietnamese)",
    );
    let Some(ko) = exported_text(
        &dir,
        &["--lang", "ko", "export", "directory", plan],
        "dir-ko.pdf",
    ) else {
        return;
    };
    assert_holds(
        &ko,
        Lang::Ko,
        &["col-company", "col-country"],
        "directory (--lang ko)",
    );
}

#[test]
fn the_text_sales_report_is_written_in_the_language() {
    let dir = common::scratch_dir("export-sales-text-language");
    let plan = demo_file(&dir);
    let o = run(&[
        "--lang",
        "ko",
        "report",
        "sales",
        plan.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success());
    let text = String::from_utf8_lossy(&o.stdout);
    for key in ["status-sold", "status-reserved", "sales-by-hall"] {
        assert!(text.contains(&tr(Lang::Ko, key, &[])), "{key} in\n{text}");
    }
    let bad = run(&[
        "--lang",
        "fr",
        "report",
        "sales",
        plan.to_str().expect("utf-8"),
    ]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("en, ko or vi"));
}
