//! The command line: every command and exit code, run as a real process.

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn boothplan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_boothplan"))
        .args(args)
        .output()
        .expect("runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8")
}

/// A failure is exactly one line on stderr, naming the file, and never a panic.
fn assert_one_line_naming(o: &Output, file: &Path) {
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("boothplan: "), "{err}");
    assert!(
        err.contains(&*file.to_string_lossy()),
        "names {}: {err}",
        file.display()
    );
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
}

fn write_demo(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("demo.ron");
    let o = boothplan(&["demo", "-o", path.to_str().expect("utf-8 path")]);
    assert!(o.status.success(), "{}", stderr(&o));
    path
}

#[test]
fn demo_writes_the_embedded_show() {
    let dir = common::scratch_dir("cli-demo");
    let path = write_demo(&dir);
    assert_eq!(
        boothplan::io::load(&path).expect("loads"),
        boothplan::demo::demo_plan()
    );
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn demo_into_a_missing_folder_fails_with_one_line() {
    let path = std::env::temp_dir()
        .join("boothplan-no-such-dir")
        .join("x.ron");
    let o = boothplan(&["demo", "-o", path.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(2));
    assert_one_line_naming(&o, &path);
}

#[test]
fn validate_a_clean_plan_exits_0() {
    let dir = common::scratch_dir("cli-validate");
    let path = write_demo(&dir);
    let o = boothplan(&["validate", path.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.lines().last() == Some("0 errors, 3 warnings, 30 infos"),
        "{out}"
    );
    assert!(out.contains("warning area-mismatch [Hall"), "{out}");
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn validate_json_lists_findings() {
    let dir = common::scratch_dir("cli-json");
    let mut plan = common::hall_plan();
    common::add_booth(&mut plan, "A-1", 10_000, 10_000, 3000, 3000);
    common::add_booth(&mut plan, "A-2", 12_000, 10_000, 3000, 3000);
    let path = dir.join("overlap.ron");
    boothplan::io::save(&path, &plan).expect("save");
    let o = boothplan(&[
        "validate",
        path.to_str().expect("utf-8"),
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(1), "errors exit 1");
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(json["errors"], 1);
    assert_eq!(json["warnings"], 0);
    assert_eq!(json["infos"], 0);
    let f = &json["findings"][0];
    assert_eq!(f["rule"], "booth-overlap");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["booths"], serde_json::json!(["A-1", "A-2"]));
    assert_eq!(f["exhibitors"], serde_json::json!([]));
    assert_eq!(f["hall"], "Hall 1");
    assert_eq!(f["message"], "Booth A-1 overlaps A-2 by 3 m².");
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn validate_an_unreadable_file_exits_2() {
    let dir = common::scratch_dir("cli-bad");
    let missing = dir.join("missing.ron");
    let o = boothplan(&["validate", missing.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(2));
    assert_one_line_naming(&o, &missing);

    let broken = dir.join("broken.ron");
    std::fs::write(&broken, "(\n  format_version: 2,\n  plan: (meta: 5),\n)\n").expect("write");
    let o = boothplan(&[
        "validate",
        broken.to_str().expect("utf-8"),
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_one_line_naming(&o, &broken);
    assert!(stderr(&o).contains("line 3, column"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn info_json_has_the_counts() {
    let dir = common::scratch_dir("cli-info");
    let path = write_demo(&dir);
    let o = boothplan(&["info", path.to_str().expect("utf-8"), "--format", "json"]);
    assert!(o.status.success());
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let plan = boothplan::demo::demo_plan();
    assert_eq!(json["halls"], 3);
    assert_eq!(json["booths"], plan.booths.len());
    assert_eq!(json["exhibitors"], 420);
    assert_eq!(
        json["allocated_exhibitors"],
        plan.allocated_exhibitor_count()
    );
    let sold = json["area_m2_sold"].as_f64().expect("number");
    assert!((sold - boothplan::model::geom::m2(plan.area_sold_mm2())).abs() < 1e-9);
    let text = stdout(&boothplan(&["info", path.to_str().expect("utf-8")]));
    assert!(
        text.starts_with("Global ICT Exhibition 2026 — BEXCO, Busan"),
        "{text}"
    );
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn synth_writes_a_plan_of_the_asked_size() {
    let dir = common::scratch_dir("cli-synth");
    let path = dir.join("big.ron");
    let o = boothplan(&[
        "synth",
        "--booths",
        "500",
        "-o",
        path.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let plan = boothplan::io::load(&path).expect("loads");
    assert!(plan.booths.len() >= 500);
    assert_eq!(boothplan::validate::validate(&plan).errors(), 0);
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn bad_arguments_exit_2_with_usage() {
    let o = boothplan(&["validate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Usage"), "{}", stderr(&o));
    let o = boothplan(&["frobnicate", "x"]);
    assert_eq!(o.status.code(), Some(2));
}

fn corpus(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/import")
        .join(name)
}

#[test]
fn import_refuses_a_list_with_bad_rows_unless_partial() {
    let dir = common::scratch_dir("cli-import");
    let plan_path = write_demo(&dir);
    let before = std::fs::read(&plan_path).expect("read");
    let list = corpus("malformed.csv");
    let o = boothplan(&[
        "import",
        plan_path.to_str().expect("utf-8"),
        list.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("line 3: no company name"), "{out}");
    assert!(out.contains("nothing imported"), "{out}");
    assert_eq!(
        std::fs::read(&plan_path).expect("read"),
        before,
        "the plan is untouched"
    );

    let partial = dir.join("partial.ron");
    let o = boothplan(&[
        "import",
        plan_path.to_str().expect("utf-8"),
        list.to_str().expect("utf-8"),
        "--accept-partial",
        "-o",
        partial.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(1), "partial with problems exits 1");
    let plan = boothplan::io::load(&partial).expect("loads");
    assert!(plan.exhibitors.values().any(|e| e.name == "Good Two"));
    assert_eq!(plan.exhibitors.len(), 422);

    let good = corpus("good-utf8.csv");
    let o = boothplan(&[
        "import",
        plan_path.to_str().expect("utf-8"),
        good.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        boothplan::io::load(&plan_path)
            .expect("loads")
            .exhibitors
            .values()
            .any(|e| e.external_id.as_deref() == Some("X-003"))
    );

    let missing = dir.join("nope.csv");
    let o = boothplan(&[
        "import",
        plan_path.to_str().expect("utf-8"),
        missing.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_one_line_naming(&o, &missing);
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn generate_fills_a_rectangle_with_booths_that_validate() {
    let dir = common::scratch_dir("cli-generate");
    let path = dir.join("hall.ron");
    boothplan::io::save(&path, &common::hall_plan()).expect("save");
    let o = boothplan(&[
        "generate",
        path.to_str().expect("utf-8"),
        "--hall",
        "Hall 1",
        "--rect",
        "0,6,40,24",
        "--booth",
        "3x3",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let plan = boothplan::io::load(&path).expect("loads");
    assert!(plan.booths.len() >= 30);
    assert_eq!(boothplan::validate::validate(&plan).errors(), 0);
    let o = boothplan(&[
        "generate",
        path.to_str().expect("utf-8"),
        "--hall",
        "Hall 9",
        "--rect",
        "0,0,10,10",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no hall \"Hall 9\""), "{}", stderr(&o));
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn allocate_json_reports_placed_and_unplaced() {
    let dir = common::scratch_dir("cli-allocate");
    let path = write_demo(&dir);
    let out_path = dir.join("allocated.ron");
    let o = boothplan(&[
        "allocate",
        path.to_str().expect("utf-8"),
        "--format",
        "json",
        "-o",
        out_path.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let placed = json["placed"].as_u64().expect("placed");
    let unplaced = json["unplaced"].as_array().expect("unplaced");
    assert_eq!(
        placed as usize + unplaced.len(),
        30,
        "the demo's 30 waiting companies"
    );
    assert!(placed >= 25, "{json}");
    for u in unplaced {
        assert!(u["exhibitor"].as_str().is_some_and(|s| s.starts_with('E')));
        assert!(!u["reason"].as_str().unwrap_or("").is_empty());
    }
    let plan = boothplan::io::load(&out_path).expect("loads");
    assert_eq!(boothplan::validate::validate(&plan).errors(), 0);
    std::fs::remove_dir_all(dir).expect("cleanup");
}

/// Issue 9, item 1: `demo -o FIFO` and `export list … -o FIFO` refuse with one line and exit
/// 2, and the FIFO is still a FIFO.
#[test]
fn writers_refuse_anything_but_a_regular_file() {
    use std::os::unix::fs::FileTypeExt;
    let dir = common::scratch_dir("cli-fifo");
    let fifo = dir.join("f.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo")
            .success()
    );
    let f = fifo.to_str().expect("utf-8");
    let o = boothplan(&["demo", "-o", f]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("FIFO"), "{}", stderr(&o));
    assert_eq!(stderr(&o).trim().lines().count(), 1, "{}", stderr(&o));
    let plan = dir.join("demo.ron");
    let p = plan.to_str().expect("utf-8");
    assert_eq!(boothplan(&["demo", "-o", p]).status.code(), Some(0));
    let csv = dir.join("n.csv");
    assert!(
        Command::new("mkfifo")
            .arg(&csv)
            .status()
            .expect("mkfifo")
            .success()
    );
    let o = boothplan(&["export", "list", p, "-o", csv.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    for path in [&fifo, &csv] {
        assert!(
            std::fs::symlink_metadata(path)
                .expect("still there")
                .file_type()
                .is_fifo()
        );
    }
    std::fs::remove_dir_all(dir).expect("cleanup");
}

/// Issue 9, items 5 and 7: `synth` refuses sizes it could not save or load, with a message
/// and exit code 2, not a backtrace.
#[test]
fn synth_refuses_impossible_sizes() {
    let dir = common::scratch_dir("cli-synth");
    let out = dir.join("s.ron");
    let o = out.to_str().expect("utf-8");
    for n in ["18446744073709551615", "400000", "0"] {
        let r = boothplan(&["synth", "--booths", n, "-o", o]);
        assert_eq!(r.status.code(), Some(2), "{n}: {}", stderr(&r));
        assert!(!stderr(&r).contains("panicked"), "{}", stderr(&r));
        assert!(!out.exists(), "nothing written for {n}");
    }
    std::fs::remove_dir_all(dir).expect("cleanup");
}

/// Issue 9, item 12: control characters in names and headers reach the terminal escaped, and
/// success is reported only after the save happened.
#[test]
fn control_characters_are_escaped_and_success_follows_the_save() {
    let dir = common::scratch_dir("cli-control");
    let plan = dir.join("plan.ron");
    let p = plan.to_str().expect("utf-8");
    assert_eq!(boothplan(&["demo", "-o", p]).status.code(), Some(0));
    let list = dir.join("list.csv");
    std::fs::write(
        &list,
        "name,area,\u{1b}]0;PWNED\u{7}\nEvil \u{1b}[31mRed\u{1b}[0m Corp,x,1\nGood Corp,9,1\n",
    )
    .expect("write");
    let o = boothplan(&[
        "import",
        p,
        list.to_str().expect("utf-8"),
        "--accept-partial",
    ]);
    let out = stdout(&o);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.contains("\\u{1b}"), "shown escaped: {out}");
    // A save that fails (the plan is now a folder's name) reports no success.
    let blocked = dir.join("blocked.ron");
    std::fs::create_dir_all(&blocked).expect("dir");
    std::fs::write(&list, "name,area\nNew Corp,9\n").expect("write");
    let o = boothplan(&[
        "import",
        p,
        list.to_str().expect("utf-8"),
        "-o",
        blocked.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!stdout(&o).contains("exhibitors added"), "{}", stdout(&o));
    std::fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn a_plan_written_into_another_folder_names_its_drawings_from_there() {
    use boothplan::model::{Drawing, DrawingId, HallId, Point};
    let root = common::scratch_dir("cli-drawing-rebase");
    let (a, b) = (root.join("a"), root.join("b"));
    std::fs::create_dir_all(&a).expect("folder");
    std::fs::create_dir_all(&b).expect("folder");
    let mut plan = boothplan::demo::demo_plan();
    plan.drawings.insert(
        DrawingId(1),
        Drawing::new(
            HallId(1),
            "venue/hall.png".into(),
            String::new(),
            Point::new(0, 0),
            10_000,
        ),
    );
    let from = a.join("plan.ron");
    boothplan::io::save(&from, &plan).expect("saved");
    let to = b.join("plan.ron");
    let o = boothplan(&[
        "allocate",
        from.to_str().expect("utf-8"),
        "-o",
        to.to_str().expect("utf-8"),
    ]);
    assert!(o.status.code().is_some_and(|c| c <= 1), "{}", stderr(&o));
    let written = boothplan::io::load(&to).expect("loads");
    assert_eq!(written.drawings[&DrawingId(1)].file, "../a/venue/hall.png");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn booth_merge_and_split_change_the_file_or_say_why_not() {
    let dir = common::scratch_dir("cli-booth");
    let path = write_demo(&dir);
    let p = path.to_str().expect("utf-8 path");
    let o = boothplan(&["booth", "merge", p, "A-503", "A-504"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Merged A-503, A-504 into A-503 (7 m × 3 m, 21 m²)"),
        "{}",
        stdout(&o)
    );
    let plan = boothplan::io::load(&path).expect("loads");
    assert!(plan.booths.values().all(|b| b.number != "A-504"));
    let o = boothplan(&["booth", "split", p, "A-907", "--parts", "3", "--along", "x"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let plan = boothplan::io::load(&path).expect("loads");
    let parts = plan
        .booths
        .values()
        .filter(|b| b.number.starts_with("A-907"))
        .count();
    assert_eq!(parts, 3);
    // Taken booths and unknown numbers are refused, and the file is left as it was.
    let before = std::fs::read(&path).expect("read");
    let o = boothplan(&["booth", "merge", p, "A-101", "A-102"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("taken by"), "{}", stderr(&o));
    let o = boothplan(&["booth", "split", p, "NOPE-1"]);
    assert_eq!(o.status.code(), Some(1));
    assert_one_line_naming(&o, &path);
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

#[test]
fn allocate_merge_joins_two_free_booths_for_a_company_no_single_one_fits() {
    use common::{M, add_booth, add_exhibitor, hall_plan};
    let dir = common::scratch_dir("cli-allocate-merge");
    let path = dir.join("small.ron");
    let mut plan = hall_plan();
    add_booth(&mut plan, "A-1", 10 * M, 10 * M, 3 * M, 3 * M);
    add_booth(&mut plan, "A-2", 13 * M, 10 * M, 3 * M, 3 * M);
    add_exhibitor(&mut plan, "Wide Co", 18_000_000, None);
    boothplan::io::save(&path, &plan).expect("save");
    let p = path.to_str().expect("utf-8 path");
    // Nothing fits, so nothing is written.
    let o = boothplan(&["allocate", p, "--format", "json"]);
    let without: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(without["placed"], 0, "no single booth fits without --merge");
    let out = dir.join("merged.ron");
    let o = boothplan(&[
        "allocate",
        p,
        "--merge",
        "--format",
        "json",
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(json["placed"], 1);
    assert_eq!(
        json["merged"][0]["booths"],
        serde_json::json!(["A-1", "A-2"])
    );
    assert_eq!(json["merged"][0]["into"], "A-1");
    let merged = boothplan::io::load(&out).expect("loads");
    assert_eq!(merged.booths.len(), 1);
    let b = merged.booths.values().next().expect("booth");
    assert_eq!(
        (b.number.as_str(), b.rect.w_mm, b.exhibitor.is_some()),
        ("A-1", 6 * M, true)
    );
}

#[test]
fn the_sales_report_agrees_with_info_and_the_allocation_list() {
    let dir = common::scratch_dir("cli-sales");
    let path = write_demo(&dir);
    let p = path.to_str().expect("utf-8 path");
    let o = boothplan(&["report", "sales", p, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let sales: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let info: serde_json::Value =
        serde_json::from_str(&stdout(&boothplan(&["info", p, "--format", "json"]))).expect("json");
    for (status, key) in [
        ("sold", "booths_sold"),
        ("reserved", "booths_reserved"),
        ("on_hold", "booths_on_hold"),
        ("available", "booths_available"),
    ] {
        assert_eq!(sales["total"][status]["booths"], info[key], "{status}");
    }
    let close = |a: &serde_json::Value, b: &serde_json::Value| {
        (a.as_f64().expect("number") - b.as_f64().expect("number")).abs() < 0.01
    };
    assert!(close(
        &sales["total"]["sold"]["area_m2"],
        &info["area_m2_sold"]
    ));
    // The list's prices, summed, are the report's revenue.
    let csv = dir.join("list.csv");
    let o = boothplan(&["export", "list", p, "-o", csv.to_str().expect("utf-8")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let body = std::fs::read_to_string(&csv).expect("csv");
    let mut reader = csv::Reader::from_reader(body.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().expect("headers").clone();
    let price = headers
        .iter()
        .position(|h| h.starts_with("Price"))
        .expect("a price column");
    let listed: f64 = reader
        .records()
        .map(|r| r.expect("row")[price].parse::<f64>().unwrap_or(0.0))
        .sum();
    let total = sales["total"]["total"]["revenue"].as_f64().expect("number");
    assert!((listed - total).abs() < 0.01, "{listed} vs {total}");
    // Every breakdown adds up to the total.
    for breakdown in [
        "hall",
        "zone_or_pavilion",
        "country",
        "sector",
        "booth_type",
    ] {
        let sum: u64 = sales[breakdown]
            .as_array()
            .expect("groups")
            .iter()
            .map(|g| g["figures"]["total"]["booths"].as_u64().expect("count"))
            .sum();
        assert_eq!(
            sum,
            sales["total"]["total"]["booths"].as_u64().expect("count"),
            "{breakdown}"
        );
    }
}
