//! Plan files: round trip, determinism, migrations, and every kind of bad input.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly, like the tests"
)]

mod common;

use std::fs;

use boothplan::io::{FORMAT_VERSION, LoadErrorKind, backup_path, load, save, to_ron_string};
use boothplan::model::Plan;
use common::scratch_dir;

fn small_plan() -> Plan {
    let mut p = common::hall_plan();
    let b = common::add_booth(&mut p, "A-1", 10_000, 10_000, 3000, 3000);
    common::add_exhibitor(&mut p, "한빛통신", 9_000_000, Some(b));
    common::add_exhibitor(&mut p, "Công ty Viễn thông Sông Hồng", 9_000_000, None);
    p
}

fn load_text(name: &str, text: &[u8]) -> String {
    let dir = scratch_dir(name);
    let path = dir.join("plan.ron");
    fs::write(&path, text).unwrap();
    let err = load(&path).expect_err("must fail");
    let message = err.to_string();
    assert!(
        message.contains(&*path.to_string_lossy()),
        "names the file: {message}"
    );
    fs::remove_dir_all(dir).unwrap();
    message
}

#[test]
fn save_then_load_gives_the_same_plan_and_keeps_a_backup() {
    let dir = scratch_dir("roundtrip");
    let path = dir.join("show.ron");
    let before = small_plan();
    save(&path, &before).unwrap();
    assert_eq!(load(&path).unwrap(), before);
    let mut after = before.clone();
    after.meta.revision += 1;
    save(&path, &after).unwrap();
    assert_eq!(load(&path).unwrap(), after);
    assert_eq!(
        load(&backup_path(&path)).unwrap(),
        before,
        "the previous file is the backup"
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_same_plan_gives_the_same_bytes() {
    let demo = boothplan::demo::demo_plan();
    let a = to_ron_string(&demo).unwrap();
    let b = to_ron_string(&boothplan::demo::demo_plan()).unwrap();
    assert_eq!(a, b);
    assert!(a.contains("format_version: 2"));
    // Names stay readable in the file, not escaped.
    assert!(a.contains("\"한빛통신\""));
    assert!(a.contains("\"Công ty Viễn thông Sông Hồng\""));
}

#[test]
fn a_missing_file_is_reported() {
    let path = std::env::temp_dir().join("boothplan-does-not-exist.ron");
    let err = load(&path).unwrap_err();
    assert!(matches!(err.kind, LoadErrorKind::Io(_)));
    assert!(err.to_string().contains("boothplan-does-not-exist.ron"));
}

#[test]
fn an_empty_file_is_reported() {
    assert!(load_text("empty", b"").contains("the file is empty"));
    assert!(load_text("blank", b"  \n\n ").contains("the file is empty"));
}

#[test]
fn a_binary_file_is_reported_with_its_position() {
    let msg = load_text("binary", b"(\n  format_version: 2,\x00\x01\xff\xfe");
    assert!(msg.contains("not a text file"), "{msg}");
    assert!(msg.contains("line 2"), "{msg}");
    let png = load_text("png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert!(png.contains("line 1, column 1"), "{png}");
}

#[test]
fn a_truncated_file_names_line_and_column() {
    let text = to_ron_string(&small_plan()).unwrap();
    let cut = &text[..text.len() / 2];
    let msg = load_text("truncated", cut.as_bytes());
    assert!(msg.starts_with("line "), "{msg}");
    assert!(msg.contains(", column "), "{msg}");
}

#[test]
fn a_syntax_error_names_the_exact_line_and_column() {
    let text = to_ron_string(&small_plan()).unwrap();
    let broken = text.replacen("revision: 0,", "revision: zero,", 1);
    let line = broken.lines().position(|l| l.contains("zero")).unwrap() + 1;
    let msg = load_text("syntax", broken.as_bytes());
    // The value starts at column 23; the parser points at it or the space just before it.
    assert!(
        msg.starts_with(&format!("line {line}, column 22"))
            || msg.starts_with(&format!("line {line}, column 23")),
        "{msg}"
    );
    assert!(msg.contains("Expected integer"), "{msg}");
}

#[test]
fn unknown_fields_are_errors_not_dropped() {
    let text = to_ron_string(&small_plan()).unwrap();
    let extra = text.replacen(
        "revision: 0,",
        "revision: 0,\n            colour: \"red\",",
        1,
    );
    let msg = load_text("unknown-field", extra.as_bytes());
    assert!(msg.contains("colour"), "{msg}");
}

#[test]
fn a_newer_format_is_refused_with_a_clear_message() {
    let text = to_ron_string(&small_plan()).unwrap();
    let newer = text.replacen(
        &format!("format_version: {FORMAT_VERSION}"),
        "format_version: 99",
        1,
    );
    // A newer file may have fields this build does not know: the version is what is reported.
    let newer = newer.replacen(
        "revision: 0,",
        "revision: 0,\n            hologram: true,",
        1,
    );
    let msg = load_text("newer", newer.as_bytes());
    assert!(
        msg.contains("format version 99, newer than this boothplan understands (up to 2)"),
        "{msg}"
    );
}

#[test]
fn deeply_nested_input_is_an_error_not_a_stack_overflow() {
    // Issue 9, item 18: the old version of this test stopped at the first bracket and said
    // nothing about nesting. Plans are typed, so the reader never descends further than a
    // plan's own shape: 100,000 brackets at every depth a plan has are refused where they
    // start, with that position (an untyped reader would overflow the stack here).
    for prefix in [
        "(format_version: 2, plan: ",
        "(format_version: 2, plan: (meta: ",
        "(format_version: 2, plan: (meta: (show_name: ",
    ] {
        let text = format!("{prefix}{}", "[(".repeat(50_000));
        let msg = load_text("nested", text.as_bytes());
        let column = prefix.chars().count() + 1;
        assert!(
            msg.starts_with("line 1, column ") && msg.contains(" column "),
            "{msg}"
        );
        let at: usize = msg
            .trim_start_matches("line 1, column ")
            .split(':')
            .next()
            .and_then(|c| c.trim().parse().ok())
            .expect("a column");
        assert!(
            (column - 1..=column + 1).contains(&at),
            "refused at column {at}, where the nesting starts ({column}): {msg}"
        );
    }
}

#[test]
fn an_enormous_file_is_refused_before_reading() {
    let dir = scratch_dir("enormous");
    let path = dir.join("huge.ron");
    let f = fs::File::create(&path).unwrap();
    f.set_len(boothplan::io::MAX_FILE_BYTES + 1).unwrap(); // sparse: no disk used
    let err = load(&path).unwrap_err();
    assert!(matches!(err.kind, LoadErrorKind::TooLarge { .. }), "{err}");
    fs::remove_dir_all(dir).unwrap();
}

/// A plan as format 1 wrote it: no currency, no organiser contact, no pricing, grid pitch in
/// centimetres.
fn v1_text(plan: &Plan) -> String {
    let current = to_ron_string(plan).unwrap();
    let v1 = current
        .replacen("format_version: 2", "format_version: 1", 1)
        .replacen("            organiser_contact: \"\",\n", "", 1)
        .replacen("            currency: \"USD\",\n", "", 1)
        .replacen("grid_pitch_mm: 1000", "grid_pitch_cm: 50", 1);
    let start = v1.find("        pricing: (").unwrap();
    let end = start + v1[start..].find("        ),\n").unwrap() + "        ),\n".len();
    format!("{}{}", &v1[..start], &v1[end..])
}

#[test]
fn format_1_files_are_migrated() {
    let v1 = v1_text(&small_plan());
    assert!(!v1.contains("pricing"));
    let plan = boothplan::io::from_str(&v1).unwrap();
    let mut expected = small_plan();
    expected.meta.grid_pitch_mm = 500;
    assert_eq!(plan, expected);
}

#[test]
fn format_0_is_unknown() {
    let text =
        to_ron_string(&small_plan())
            .unwrap()
            .replacen("format_version: 2", "format_version: 0", 1);
    assert!(load_text("v0", text.as_bytes()).contains("never wrote"));
}

#[test]
fn a_failed_save_leaves_the_old_file_intact() {
    let dir = scratch_dir("failed-save");
    let path = dir.join("plan.ron");
    save(&path, &small_plan()).unwrap();
    // A folder where the backup would go makes the save fail half-way.
    fs::create_dir(backup_path(&path)).unwrap();
    let mut changed = small_plan();
    changed.meta.show_name = "changed".into();
    let err = save(&path, &changed).unwrap_err();
    assert!(err.to_string().contains("previous file is intact"), "{err}");
    assert_eq!(load(&path).unwrap(), small_plan());
    let leftovers: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );
    fs::remove_dir_all(dir).unwrap();
}

/// Issue 9, item 4: a plan saved by a Windows editor (UTF-8 BOM, CRLF) loads as the same plan.
#[test]
fn a_byte_order_mark_and_crlf_are_accepted() {
    let plan = boothplan::demo::demo_plan();
    let text = to_ron_string(&plan).expect("serialises");
    let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let dir = scratch_dir("bom");
    let path = dir.join("windows.ron");
    fs::write(&path, windows.as_bytes()).expect("write");
    assert_eq!(load(&path).expect("a BOM is accepted"), plan);
    // Near miss: a BOM anywhere but the start is still an error.
    fs::write(&path, format!("{text}\u{feff}")).expect("write");
    assert!(load(&path).is_err());
}

/// Makes a FIFO with the system's `mkfifo`.
fn mkfifo(path: &std::path::Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs")
        .success();
    assert!(ok, "mkfifo");
}

/// Runs `f` on a thread and fails if it does not finish within 10 s (a hang).
fn within_10_s<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(std::time::Duration::from_secs(10))
        .expect("finished instead of hanging")
}

/// Issue 9, item 1: a save never replaces a FIFO or a device.
#[test]
fn a_save_over_a_fifo_is_refused_and_the_fifo_stays() {
    use std::os::unix::fs::FileTypeExt;
    let dir = scratch_dir("fifo-save");
    let fifo = dir.join("f.ron");
    mkfifo(&fifo);
    let err = save(&fifo, &small_plan()).expect_err("refused");
    assert!(err.to_string().contains("FIFO"), "{err}");
    assert!(
        fs::symlink_metadata(&fifo)
            .expect("still there")
            .file_type()
            .is_fifo()
    );
    fs::remove_dir_all(dir).expect("cleanup");
}

/// Issue 9, item 1: a symlinked plan stays a link; the file it points to is replaced and its
/// backup kept beside it.
#[test]
fn a_save_through_a_symlink_keeps_the_link() {
    let dir = scratch_dir("symlink-save");
    let real_dir = dir.join("real");
    fs::create_dir_all(&real_dir).expect("dir");
    let real = real_dir.join("real.ron");
    save(&real, &small_plan()).expect("first save");
    let link = dir.join("link.ron");
    std::os::unix::fs::symlink("real/real.ron", &link).expect("link");
    let mut changed = small_plan();
    changed.meta.show_name = "Changed through the link".into();
    save(&link, &changed).expect("save through the link");
    assert!(
        fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert_eq!(load(&real).expect("real loads"), changed);
    assert!(
        backup_path(&real).is_file(),
        "the backup is beside the real file"
    );
    assert!(!backup_path(&link).exists());
    fs::remove_dir_all(dir).expect("cleanup");
}

/// Issue 9, item 7: a folder where the backup goes blocks the save with a message naming it.
#[test]
fn a_folder_named_like_the_backup_is_named_in_the_error() {
    let dir = scratch_dir("bak-folder");
    let path = dir.join("plan.ron");
    save(&path, &small_plan()).expect("first save");
    fs::create_dir_all(backup_path(&path)).expect("folder");
    let err = save(&path, &small_plan()).expect_err("refused");
    assert!(err.to_string().contains("plan.ron.bak"), "{err}");
    assert!(err.to_string().contains("folder"), "{err}");
    fs::remove_dir_all(dir).expect("cleanup");
}

/// Issue 9, item 2: a FIFO or a device is refused before it is read (no hang, no memory).
#[test]
fn unreadable_inputs_are_refused_at_once() {
    let dir = scratch_dir("fifo-load");
    let fifo = dir.join("plan.ron");
    mkfifo(&fifo);
    let err = within_10_s(move || load(&fifo).map(|_| ()).expect_err("refused").to_string());
    assert!(err.contains("FIFO"), "{err}");
    let err = within_10_s(|| {
        load(std::path::Path::new("/dev/zero"))
            .map(|_| ())
            .expect_err("refused")
            .to_string()
    });
    assert!(err.contains("device"), "{err}");
    let csv = dir.join("list.csv");
    mkfifo(&csv);
    let err = within_10_s(move || {
        boothplan::io::import::read_list(&csv, None)
            .map(|_| ())
            .expect_err("refused")
            .to_string()
    });
    assert!(err.contains("FIFO"), "{err}");
    fs::remove_dir_all(dir).expect("cleanup");
}

/// Issue 9, item 3: an id twice in a plan (a merge can write that) is an error naming both
/// lines, not a booth silently lost.
#[test]
fn a_duplicate_id_names_both_lines() {
    let mut plan = small_plan();
    let first = *plan.booths.keys().next().expect("a booth");
    let copy = plan.booths[&first].clone();
    plan.booths
        .insert(boothplan::model::BoothId(first.0 + 1000), copy);
    let text = to_ron_string(&plan).expect("text");
    let text = text.replace(
        &format!("            {}: (", first.0 + 1000),
        &format!("            {}: (", first.0),
    );
    let booths_at = text
        .lines()
        .position(|l| l.trim() == "booths: {")
        .expect("a booths section");
    let first_line = text
        .lines()
        .enumerate()
        .skip(booths_at)
        .find(|(_, l)| l.trim() == format!("{}: (", first.0))
        .map(|(i, _)| i + 1);
    let err = load_text("duplicate", text.as_bytes());
    assert!(
        err.contains("appears twice in booths")
            && err.contains(&format!("first on line {}", first_line.expect("line"))),
        "{err}"
    );
}

/// Issue 9, item 7: a newer format version is "newer" wherever the field stands.
#[test]
fn a_newer_version_is_newer_even_when_not_first() {
    let text = to_ron_string(&small_plan()).expect("text");
    let moved = text
        .replacen(&format!("format_version: {FORMAT_VERSION},"), "", 1)
        .replacen(
            "plan: (",
            &format!("format_version: {},\n    plan: (", FORMAT_VERSION + 1),
            1,
        );
    assert!(
        moved.contains(&format!("format_version: {}", FORMAT_VERSION + 1)),
        "{moved:.300}"
    );
    let err = load_text("newer-not-first", moved.as_bytes());
    assert!(err.contains("newer"), "{err}");
}

/// Review finding: a format-1 plan with an id twice is refused too, not half loaded.
#[test]
fn a_duplicate_id_in_a_format_1_plan_is_refused() {
    let text = v1_text(&small_plan());
    let at = text.find("booths: {\n").expect("booths") + "booths: {\n".len();
    let end =
        at + text[at..].find("\n            ),\n").expect("entry end") + "\n            ),\n".len();
    let doubled = format!("{}{}{}", &text[..end], &text[at..end], &text[end..]);
    let err = load_text("v1-duplicate", doubled.as_bytes());
    assert!(err.contains("appears twice"), "{err}");
}

/// Review finding: a save keeps the file's permissions, and a read-only plan is refused.
#[test]
fn a_save_keeps_permissions_and_refuses_read_only_files() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch_dir("permissions");
    let path = dir.join("plan.ron");
    save(&path, &small_plan()).expect("first save");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
    save(&path, &small_plan()).expect("second save");
    let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "still private");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
    let err = save(&path, &small_plan()).expect_err("read-only");
    assert!(err.to_string().contains("read-only"), "{err}");
    fs::remove_dir_all(dir).expect("cleanup");
}

#[test]
fn a_plan_saved_into_another_folder_still_finds_its_drawing() {
    use boothplan::model::{Drawing, DrawingId, HallId, Point};
    let root = scratch_dir("drawing-rebase");
    let (a, b) = (root.join("a"), root.join("b"));
    fs::create_dir_all(a.join("venue")).expect("folders");
    fs::create_dir_all(&b).expect("folders");
    let mut plan = small_plan();
    let hall = *plan.halls.keys().next().unwrap_or(&HallId(1));
    let drawing = Drawing::new(
        hall,
        "venue/hall.png".into(),
        String::new(),
        Point::new(0, 0),
        10_000,
    );
    plan.drawings.insert(DrawingId(1), drawing.clone());
    let mut doc = boothplan::document::Document::new(plan, Some(a.join("show.ron")));
    // An undo step that puts the drawing back as it was named from `a`.
    doc.apply(boothplan::edit::Edit::Drawing(
        DrawingId(1),
        Some(Drawing {
            opacity_pct: 80,
            ..drawing
        }),
    ));
    doc.save_to(&b.join("show.ron")).expect("saved");
    assert_eq!(
        doc.plan().drawings[&DrawingId(1)].file,
        "../a/venue/hall.png"
    );
    assert_eq!(
        load(&b.join("show.ron")).expect("loads").drawings[&DrawingId(1)].file,
        "../a/venue/hall.png"
    );
    // Undo brings the old opacity back, with the file named from `b`.
    assert!(doc.undo());
    let d = &doc.plan().drawings[&DrawingId(1)];
    assert_eq!(
        (d.opacity_pct, d.file.as_str()),
        (50, "../a/venue/hall.png")
    );
    // Saved back into `a`, the name is short again.
    doc.save_to(&a.join("show.ron")).expect("saved");
    assert_eq!(doc.plan().drawings[&DrawingId(1)].file, "venue/hall.png");
    let _ = fs::remove_dir_all(&root);
}
