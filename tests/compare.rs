//! `diff`, `merge` and the git drivers, run as real processes (and real git), and the check
//! that an in-place command never overwrites a file changed behind its back.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use boothplan::model::Plan;

const BIN: &str = env!("CARGO_BIN_EXE_boothplan");

fn boothplan(args: &[&Path]) -> Output {
    Command::new(BIN).args(args).output().expect("runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn save(path: &Path, plan: &Plan) {
    boothplan::io::save(path, plan).expect("saves");
}

fn load(path: &Path) -> Plan {
    boothplan::io::load(path).expect("loads")
}

/// The demo with the booth at `n` (by id) changed through `f`, saved as a new revision.
fn changed(plan: &Plan, n: usize, f: impl FnOnce(&mut boothplan::model::Booth)) -> Plan {
    let mut p = plan.clone();
    let id = *p.booths.keys().nth(n).expect("booth");
    f(p.booths.get_mut(&id).expect("booth"));
    p.meta.revision += 1;
    p
}

/// The first booth of a hall (by id).
fn first_booth_in(plan: &Plan, hall: u32) -> usize {
    plan.booths
        .values()
        .position(|b| b.hall.0 == hall)
        .expect("a booth in the hall")
}

#[test]
fn diff_exits_0_when_the_same_1_when_different_2_when_unreadable() {
    let dir = common::scratch_dir("diff-exit");
    let (a, b) = (dir.join("a.ron"), dir.join("b.ron"));
    let demo = boothplan::demo::demo_plan();
    save(&a, &demo);
    save(&b, &changed(&demo, 0, |b| b.rect.x_mm += 2000));
    let same = boothplan(&[Path::new("diff"), &a, &a]);
    assert_eq!(same.status.code(), Some(0), "{}", text(&same.stderr));
    assert_eq!(text(&same.stdout).trim(), "The plans are the same.");
    let differ = boothplan(&[Path::new("diff"), &a, &b]);
    assert_eq!(differ.status.code(), Some(1));
    let out = text(&differ.stdout);
    assert!(out.contains("moved 2 m east"), "{out}");
    assert!(
        out.contains("revision"),
        "the show's revision is a change: {out}"
    );
    let missing = boothplan(&[Path::new("diff"), &a, &dir.join("nothere.ron")]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("nothere.ron"));
}

#[test]
fn diff_writes_csv_with_one_row_per_change_and_json_for_tools() {
    let dir = common::scratch_dir("diff-formats");
    let (a, b) = (dir.join("a.ron"), dir.join("b.ron"));
    let demo = boothplan::demo::demo_plan();
    save(&a, &demo);
    // A hostile hall name, a spreadsheet formula, starts every row of its hall.
    let mut hostile = changed(&demo, 0, |b| b.number = "A-999".into());
    if let Some(h) = hostile.halls.values_mut().next() {
        h.name = "=HYPERLINK(\"x\")".into();
    }
    save(&b, &hostile);
    let csv = dir.join("changes.csv");
    let o = boothplan(&[
        Path::new("diff"),
        &a,
        &b,
        Path::new("--format"),
        Path::new("csv"),
        Path::new("-o"),
        &csv,
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    let body = std::fs::read_to_string(&csv).expect("csv");
    let rows: Vec<&str> = body.lines().collect();
    assert!(
        rows[0].ends_with("hall,object,id,name,change,detail,booth_id"),
        "{}",
        rows[0]
    );
    assert_eq!(
        rows.len(),
        4,
        "header, revision, hall renamed, renumbered: {body}"
    );
    assert!(body.contains("'=HYPERLINK"), "formula neutralised: {body}");
    assert!(
        rows.iter()
            .all(|r| !r.starts_with('=') && !r.starts_with("\"=")),
        "no cell starts a formula: {body}"
    );
    let o = boothplan(&[
        Path::new("diff"),
        &a,
        &b,
        Path::new("--format"),
        Path::new("json"),
    ]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(json["same"], false);
    let changes = json["changes"].as_array().expect("changes");
    let renumbered = changes
        .iter()
        .find(|c| c["kind"] == "renumbered")
        .expect("renumbered");
    assert_eq!(renumbered["booth"], "B1");
    assert_eq!(renumbered["hall"], "H1");
}

#[test]
fn merge_exits_0_clean_1_with_conflicts_listed_in_the_plan_2_unreadable() {
    let dir = common::scratch_dir("merge-exit");
    let demo = boothplan::demo::demo_plan();
    let [base, ours, theirs, out] =
        ["base", "ours", "theirs", "out"].map(|n| dir.join(format!("{n}.ron")));
    save(&base, &demo);
    save(&ours, &changed(&demo, 0, |b| b.number = "OURS".into()));
    save(&theirs, &changed(&demo, 1, |b| b.number = "THEIRS".into()));
    let clean = merge_into([&base, &ours, &theirs], &out, &[]);
    assert_eq!(clean.status.code(), Some(0), "{}", text(&clean.stderr));
    let merged = load(&out);
    let numbers: Vec<&str> = merged
        .booths
        .values()
        .take(2)
        .map(|b| b.number.as_str())
        .collect();
    assert_eq!(numbers, ["OURS", "THEIRS"]);
    assert!(
        !dir.join("out.ron.bak").exists(),
        "no backup beside a merge's output"
    );

    save(&theirs, &changed(&demo, 0, |b| b.number = "THEIRS".into()));
    let conflicted = merge_into([&base, &ours, &theirs], &out, &["--format", "json"]);
    assert_eq!(conflicted.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&conflicted.stdout).expect("json");
    assert_eq!(report["clean"], false);
    assert_eq!(report["conflicts"][0]["fields"][0]["theirs"], "THEIRS");
    let written = std::fs::read_to_string(&out).expect("merged plan");
    assert!(!written.contains("<<<<<<<"));
    let merged = load(&out);
    assert_eq!(
        merged.booths.values().next().map(|b| b.number.as_str()),
        Some("OURS")
    );
    assert_eq!(merged.conflicts.len(), 1);

    std::fs::write(&theirs, "not a plan").expect("write");
    let unreadable = merge_into([&base, &ours, &theirs], &out, &[]);
    assert_eq!(unreadable.status.code(), Some(2));
    assert!(text(&unreadable.stderr).contains("theirs.ron"));
}

/// `boothplan merge BASE OURS THEIRS -o OUT`, then `extra` arguments.
fn merge_into(inputs: [&Path; 3], out: &Path, extra: &[&str]) -> Output {
    Command::new(BIN)
        .arg("merge")
        .args(inputs)
        .arg("-o")
        .arg(out)
        .args(extra)
        .output()
        .expect("runs")
}

/// `git`, when installed; under CI (`.ci/run` installs it) a missing git fails the test.
fn git_available() -> bool {
    let found = Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have git (.ci/run installs it)"
        );
        eprintln!("skipped: git is not installed here (CI installs it)");
    }
    found
}

fn git(repo: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .current_dir(repo)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.com")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.com")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", repo)
        .output()
        .expect("git runs")
}

fn git_ok(repo: &Path, args: &[&str]) -> String {
    let o = git(repo, args);
    assert!(
        o.status.success(),
        "git {args:?}: {}{}",
        text(&o.stdout),
        text(&o.stderr)
    );
    text(&o.stdout)
}

/// A repository with the README's driver lines and the demo committed on `main`.
fn repo(name: &str) -> (PathBuf, Plan) {
    let dir = common::scratch_dir(name);
    git_ok(&dir, &["init", "-q", "-b", "main"]);
    std::fs::write(
        dir.join(".gitattributes"),
        "*.ron merge=boothplan diff=boothplan\n",
    )
    .expect("write");
    git_ok(
        &dir,
        &[
            "config",
            "merge.boothplan.name",
            "boothplan three-way merge",
        ],
    );
    git_ok(
        &dir,
        &[
            "config",
            "merge.boothplan.driver",
            &format!("\"{BIN}\" merge %O %A %B -o %A"),
        ],
    );
    git_ok(
        &dir,
        &[
            "config",
            "diff.boothplan.command",
            &format!("\"{BIN}\" git-diff"),
        ],
    );
    let demo = boothplan::demo::demo_plan();
    save(&dir.join("show.ron"), &demo);
    git_ok(&dir, &["add", "."]);
    git_ok(&dir, &["commit", "-q", "-m", "demo"]);
    (dir, demo)
}

fn commit_on(dir: &Path, branch: &str, plan: &Plan, new_branch: bool) {
    let args: &[&str] = if new_branch {
        &["checkout", "-q", "-b", branch, "main"]
    } else {
        &["checkout", "-q", branch]
    };
    git_ok(dir, args);
    save(&dir.join("show.ron"), plan);
    git_ok(dir, &["commit", "-q", "-am", branch]);
}

#[test]
fn git_merges_two_halls_edited_on_two_branches_through_the_driver() {
    if !git_available() {
        return;
    }
    let (dir, demo) = repo("git-clean");
    let (h1, h2) = (first_booth_in(&demo, 1), first_booth_in(&demo, 2));
    // Both branches save, so both raise the revision (ops saved twice): a line-based merge
    // conflicts there, the driver takes the higher.
    commit_on(
        &dir,
        "sales",
        &changed(&demo, h1, |b| b.number = "SALES-1".into()),
        true,
    );
    let mut ops = changed(&demo, h2, |b| b.rect.y_mm += 1000);
    ops.meta.revision += 1;
    commit_on(&dir, "ops", &ops, true);
    let merge = git(&dir, &["merge", "-q", "--no-edit", "sales"]);
    assert!(
        merge.status.success(),
        "{}{}",
        text(&merge.stdout),
        text(&merge.stderr)
    );
    let merged = load(&dir.join("show.ron"));
    let b1 = merged.booths.values().nth(h1).expect("booth");
    assert_eq!(b1.number, "SALES-1");
    let b2 = merged.booths.values().nth(h2).expect("booth");
    assert_eq!(
        b2.rect.y_mm,
        demo.booths.values().nth(h2).expect("booth").rect.y_mm + 1000
    );
    // Unlike either side: one above both.
    assert_eq!(merged.meta.revision, demo.meta.revision + 3);
    assert!(merged.conflicts.is_empty());
}

#[test]
fn git_reports_a_conflict_on_one_booth_changed_on_both_branches_without_markers() {
    if !git_available() {
        return;
    }
    let (dir, demo) = repo("git-conflict");
    commit_on(
        &dir,
        "sales",
        &changed(&demo, 0, |b| b.number = "SALES".into()),
        true,
    );
    commit_on(
        &dir,
        "ops",
        &changed(&demo, 0, |b| b.number = "OPS".into()),
        true,
    );
    let merge = git(&dir, &["merge", "--no-edit", "sales"]);
    assert!(!merge.status.success(), "a conflict stops the merge");
    let out = text(&merge.stdout) + &text(&merge.stderr);
    assert!(
        out.contains("CONFLICT") && out.contains("show.ron"),
        "{out}"
    );
    let body = std::fs::read_to_string(dir.join("show.ron")).expect("file");
    assert!(!body.contains("<<<<<<<"), "never git's markers in a plan");
    let merged = load(&dir.join("show.ron"));
    assert_eq!(
        merged.booths.values().next().map(|b| b.number.as_str()),
        Some("OPS"),
        "ours kept"
    );
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(
        merged.conflicts[0].fields[0].theirs.as_deref(),
        Some("\"SALES\"")
    );
}

#[test]
fn git_diff_and_log_tell_changes_in_words_through_the_diff_driver() {
    if !git_available() {
        return;
    }
    let (dir, demo) = repo("git-diff");
    save(
        &dir.join("show.ron"),
        &changed(&demo, 0, |b| b.number = "A-999".into()),
    );
    let diff = git_ok(&dir, &["diff"]);
    assert!(diff.contains("boothplan diff show.ron"), "{diff}");
    assert!(
        diff.contains("renumbered from \"A-101\" to \"A-999\""),
        "{diff}"
    );
    git_ok(&dir, &["commit", "-q", "-am", "renumber"]);
    let log = git_ok(&dir, &["log", "-p", "--ext-diff"]);
    assert!(
        log.contains("renumbered from \"A-101\" to \"A-999\""),
        "{log}"
    );
    // The first commit added the file: told in one line, not as a thousand additions.
    assert!(log.contains("new plan: Global ICT Exhibition"), "{log}");
    // A .ron file that is not a plan still shows what changed, line by line.
    std::fs::write(dir.join("show.ron"), "not a plan any more\n").expect("write");
    let diff = git_ok(&dir, &["diff"]);
    assert!(diff.contains("cannot be read as a plan"), "{diff}");
    assert!(diff.contains("+not a plan any more"), "{diff}");
}

#[test]
fn an_in_place_command_refuses_to_overwrite_a_file_changed_behind_it() {
    let dir = common::scratch_dir("stale");
    let plan_path = dir.join("show.ron");
    let mut demo = boothplan::demo::demo_plan();
    // Exhibitors without booths, so `allocate` has work and saves.
    for b in demo.booths.values_mut() {
        b.exhibitor = None;
        b.status = boothplan::model::BoothStatus::Available;
    }
    save(&plan_path, &demo);
    let go = dir.join("go");
    let child = Command::new(BIN)
        .args([Path::new("allocate"), &plan_path])
        .env("BOOTHPLAN_TEST_HOLD", &go)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("starts");
    let ready = dir.join("go.ready");
    for _ in 0..600 {
        if ready.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(ready.exists(), "the command read the plan");
    // Someone else saves meanwhile.
    let theirs = changed(&demo, 0, |b| b.number = "SOMEONE-ELSE".into());
    save(&plan_path, &theirs);
    std::fs::write(&go, b"").expect("go");
    let out = child.wait_with_output().expect("ends");
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("changed on disk") && err.contains("show.ron"),
        "{err}"
    );
    assert_eq!(load(&plan_path), theirs, "their save is intact");
}

#[test]
fn a_git_pull_under_an_open_plan_is_noticed_and_merged_never_overwritten() {
    if !git_available() {
        return;
    }
    let (origin, demo) = repo("git-pull-origin");
    let clone = common::scratch_dir("git-pull-clone");
    git_ok(
        &clone,
        &["clone", "-q", origin.to_str().expect("utf-8"), "."],
    );
    let path = clone.join("show.ron");
    let mut doc = boothplan::document::Document::open(&path).expect("opens");
    let id = *demo.booths.keys().next().expect("booth");
    let edit = boothplan::edit::Edit::update_booth(doc.plan(), id, |b| b.number = "MINE".into())
        .expect("booth");
    doc.apply(edit);
    // A colleague's change reaches the clone by `git pull`, under the open plan.
    let mut theirs = demo.clone();
    theirs.meta.show_name = "Pulled".into();
    theirs.meta.revision += 1;
    commit_on(&origin, "main", &theirs, false);
    git_ok(&clone, &["pull", "-q", "--ff-only"]);
    assert!(doc.disk_change().is_some(), "the pull is noticed");
    let refused = doc.save_to(&path);
    assert!(
        matches!(refused, Err(boothplan::io::SaveError::ChangedOnDisk { .. })),
        "{refused:?}"
    );
    assert_eq!(load(&path), theirs, "the pulled file is intact");
    doc.merge_disk().expect("merges");
    doc.save_to(&path).expect("saves the merge");
    let saved = load(&path);
    assert_eq!(saved.meta.show_name, "Pulled");
    assert_eq!(saved.booths[&id].number, "MINE");
}

#[test]
fn an_output_naming_an_input_is_refused_and_the_input_kept() {
    let dir = common::scratch_dir("out-is-input");
    let demo = boothplan::demo::demo_plan();
    let [base, ours, theirs] = ["base", "ours", "theirs"].map(|n| dir.join(format!("{n}.ron")));
    save(&base, &demo);
    save(&ours, &changed(&demo, 0, |b| b.number = "OURS".into()));
    save(&theirs, &changed(&demo, 1, |b| b.number = "THEIRS".into()));
    let o = boothplan(&[Path::new("diff"), &base, &ours, Path::new("-o"), &ours]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("names one of the plans compared"),
        "{}",
        text(&o.stderr)
    );
    assert_eq!(
        load(&ours)
            .booths
            .values()
            .next()
            .map(|b| b.number.as_str()),
        Some("OURS")
    );
    let o = merge_into([&base, &ours, &theirs], &base, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(load(&base), demo, "the base is kept");
    // Over ours, as git's driver writes, is the merge.
    let o = merge_into([&base, &ours, &theirs], &ours, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
}

#[test]
fn a_plan_added_on_both_sides_has_no_base_and_is_not_merged_into_a_double() {
    let dir = common::scratch_dir("empty-base");
    let demo = boothplan::demo::demo_plan();
    let [base, ours, theirs] = ["base", "ours", "theirs"].map(|n| dir.join(format!("{n}.ron")));
    std::fs::write(&base, b"").expect("empty base, as git passes it");
    save(&ours, &demo);
    save(&theirs, &changed(&demo, 1, |b| b.number = "THEIRS".into()));
    let o = merge_into([&base, &ours, &theirs], &ours, &[]);
    assert_eq!(o.status.code(), Some(1), "a conflict for git");
    assert!(
        text(&o.stderr).contains("no common version"),
        "{}",
        text(&o.stderr)
    );
    assert_eq!(load(&ours), demo, "ours is left as it is");
}
