//! `boothplan diff`, `boothplan merge` and the git drivers built on them.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use boothplan::compare::{diff, merge::merge, render};
use boothplan::i18n::{t, ta};
use boothplan::io::{WriteOptions, same_file};
use boothplan::model::Plan;

use super::{
    DiffFormat, Format, HAS_ERRORS, OK, PaperArg, UNREADABLE, complain, deliver, emit,
    load_or_report, num, path_arg,
};

/// Exit code of `diff` when the plans differ, and of `merge` with conflicts.
pub const DIFFERENT: u8 = HAS_ERRORS;

/// `boothplan diff OLD NEW`.
pub fn diff_cmd(
    old_path: &Path,
    new_path: &Path,
    format: DiffFormat,
    output: Option<&Path>,
    paper: PaperArg,
    lang: Option<boothplan::i18n::Lang>,
) -> anyhow::Result<u8> {
    if matches!(format, DiffFormat::Pdf) && output.is_none() {
        complain(&t("cli-diff-pdf-needs-file"));
        return Ok(UNREADABLE);
    }
    if let Some(out) = output.filter(|o| same_file(o, old_path) || same_file(o, new_path)) {
        complain(&ta("cli-diff-output-is-input", &[("file", path_arg(out))]));
        return Ok(UNREADABLE);
    }
    let (old, new) = match (load_or_report(old_path), load_or_report(new_path)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(code), _) | (_, Err(code)) => return Ok(code),
    };
    let d = diff(&old, &new);
    let lang = super::export_language(lang, &new);
    let bytes = match format {
        DiffFormat::Text => render::text(&d, &old, &new).into_bytes(),
        DiffFormat::Json => {
            let mut text = serde_json::to_string_pretty(&render::json(&d))?;
            text.push('\n');
            text.into_bytes()
        }
        DiffFormat::Csv => {
            let rows = render::csv_rows(&d, &old, &new);
            boothplan::export::lists::to_csv(
                &render::CSV_HEADER,
                &rows,
                boothplan::export::lists::CsvEncoding::Utf8Bom,
            )?
            .0
        }
        DiffFormat::Pdf => {
            match boothplan::export::changes::changes_pdf(
                &old,
                &new,
                &d,
                boothplan::export::pdf::Paper::from(paper),
                &super::today(),
                lang,
            ) {
                Ok(bytes) => bytes,
                Err(e) => {
                    complain(&e.text(boothplan::i18n::current()));
                    return Ok(UNREADABLE);
                }
            }
        }
        DiffFormat::Html => {
            boothplan::export::changes::changes_html(&old, &new, &d, &super::today(), lang)
                .into_bytes()
        }
    };
    if !deliver(output, &bytes, matches!(format, DiffFormat::Text))? {
        return Ok(UNREADABLE);
    }
    Ok(if d.is_empty() { OK } else { DIFFERENT })
}

/// `boothplan merge BASE OURS THEIRS`: the merged plan to `output` (or standard output), the
/// conflict report to standard output (or standard error when the plan goes there).
pub fn merge_cmd(
    base: &Path,
    ours_path: &Path,
    theirs: &Path,
    output: Option<&Path>,
    format: Format,
) -> anyhow::Result<u8> {
    if let Some(out) = output.filter(|o| same_file(o, base) || same_file(o, theirs)) {
        complain(&ta("cli-merge-output-is-input", &[("file", path_arg(out))]));
        return Ok(UNREADABLE);
    }
    // Git passes an empty base when both sides added the file: there is nothing to merge
    // from, and a merge against an empty plan would double everything.
    if std::fs::metadata(base).is_ok_and(|m| m.is_file() && m.len() == 0) {
        complain(&ta("cli-merge-empty-base", &[("file", path_arg(base))]));
        return Ok(DIFFERENT);
    }
    let mut plans = Vec::with_capacity(3);
    for path in [base, ours_path, theirs] {
        match load_or_report(path) {
            Ok(plan) => plans.push(plan),
            Err(code) => return Ok(code),
        }
    }
    let [base, ours, theirs] =
        <[Plan; 3]>::try_from(plans).map_err(|_| anyhow::anyhow!("three plans were read"))?;
    let merged = merge(&base, &ours, &theirs);
    let report = match format {
        Format::Text => conflict_text(&merged.conflicts),
        Format::Json => {
            let mut text = serde_json::to_string_pretty(&serde_json::json!({
                "clean": merged.is_clean(),
                "conflicts": render::conflicts_json(&merged.conflicts),
            }))?;
            text.push('\n');
            text
        }
    };
    let Some(out) = output else {
        emit(&boothplan::io::to_ron_string(&merged.plan)?)?;
        eprint!("{}", super::terminal_safe(&report));
        return Ok(if merged.is_clean() { OK } else { DIFFERENT });
    };
    let mut plan = merged.plan.clone();
    for d in plan.drawings.values_mut() {
        d.file = boothplan::io::drawing::rebased(&d.file, Some(ours_path), out);
    }
    // No backup: as a git merge driver the output is git's own temporary file, and a `.bak`
    // beside it would be left in the working tree.
    if let Err(e) = boothplan::io::save_with(out, &plan, WriteOptions::no_backup()) {
        complain(&e.text(boothplan::i18n::current()));
        return Ok(UNREADABLE);
    }
    emit(&report)?;
    Ok(if merged.is_clean() { OK } else { DIFFERENT })
}

/// The conflicts for people, in the CLI's language.
fn conflict_text(conflicts: &[boothplan::model::Conflict]) -> String {
    if conflicts.is_empty() {
        return t("cli-merge-clean") + "\n";
    }
    let mut out = ta("cli-merge-conflicts", &[("count", num(conflicts.len()))]) + "\n";
    for c in conflicts {
        let _ = writeln!(out, "  - {}", c.what);
        for line in render::conflict_lines(c) {
            let _ = writeln!(out, "      {line}");
        }
    }
    out
}

/// The lines that differ between two text files, for a `.ron` file that is not a plan: the
/// common head and tail left out, the rest shown as removed (`-`) and added (`+`). Not the
/// shortest diff, but every change is in it, in linear time whatever the files.
fn lines_changed(old: &Path, new: &Path) -> String {
    let read = |p: &Path| {
        boothplan::io::read_regular_file(p, boothplan::io::MAX_FILE_BYTES)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default()
    };
    let (a, b) = (read(old), read(new));
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mut out = format!("@@ line {} @@\n", head + 1);
    for line in &a[head..a.len() - tail] {
        let _ = writeln!(out, "-{line}");
    }
    for line in &b[head..b.len() - tail] {
        let _ = writeln!(out, "+{line}");
    }
    out
}

/// A plan in one line: "Global ICT Exhibition 2026, revision 4: 3 halls, 522 booths, 420
/// exhibitors".
fn outline(plan: &Plan) -> String {
    format!(
        "{}, revision {}: {} halls, {} booths, {} exhibitors",
        plan.meta.show_name,
        plan.meta.revision,
        plan.halls.len(),
        plan.booths.len(),
        plan.exhibitors.len()
    )
}

/// `boothplan git-diff PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE`, as git runs
/// an external diff driver. Always exit 0: git stops the whole `log -p` at a driver that fails,
/// so a plan that cannot be read is said in the output instead.
pub fn git_diff_cmd(args: &[PathBuf]) -> u8 {
    let [path, old, _, _, new, ..] = args else {
        complain(&t("cli-git-diff-usage"));
        return UNREADABLE;
    };
    let read = |p: &Path| -> Result<Plan, String> {
        if p == Path::new("/dev/null") {
            Ok(Plan::default())
        } else {
            boothplan::io::load(p).map_err(|e| e.kind.to_string())
        }
    };
    let name = path.display().to_string();
    let dev_null = |p: &Path| p == Path::new("/dev/null");
    let text = match (read(old), read(new)) {
        (Ok(_), Ok(b)) if dev_null(old) => format!("new plan: {}\n", outline(&b)),
        (Ok(a), Ok(_)) if dev_null(new) => format!("plan deleted: {}\n", outline(&a)),
        (Ok(a), Ok(b)) => render::text(&diff(&a, &b), &a, &b),
        (Err(e), _) => format!(
            "the older version cannot be read as a plan ({e}); its lines:\n{}",
            lines_changed(old, new)
        ),
        (_, Err(e)) => format!(
            "the newer version cannot be read as a plan ({e}); its lines:\n{}",
            lines_changed(old, new)
        ),
    };
    // Best effort: a closed pager is not an error worth a failed exit.
    let _ = emit(&format!("boothplan diff {name}\n{text}"));
    OK
}
