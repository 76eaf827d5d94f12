//! What the export tests share: the demo on disk, running the binary, reading PDFs back.

pub use std::path::{Path, PathBuf};
pub use std::process::Command;

pub use boothplan::export::lists::{
    CsvEncoding, LIST_COLUMNS, ListOrder, directory_rows, list_rows, to_csv,
};
pub use boothplan::export::{MapOptions, export_map};

pub(crate) use crate::common;

pub fn demo_file(dir: &Path) -> PathBuf {
    let path = dir.join("demo.ron");
    boothplan::io::save(&path, &boothplan::demo::demo_plan()).expect("save");
    path
}

pub fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_boothplan"))
        .args(args)
        .output()
        .expect("runs")
}

pub fn pdftotext(path: &Path) -> Option<String> {
    let o = Command::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .ok()?;
    o.status
        .success()
        .then(|| String::from_utf8_lossy(&o.stdout).into_owned())
}

pub fn pdf_pages(path: &Path) -> usize {
    let o = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo runs");
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .find_map(|l| {
            l.strip_prefix("Pages:")
                .map(|n| n.trim().parse().unwrap_or(0))
        })
        .unwrap_or(0)
}

pub fn poppler() -> bool {
    let found = Command::new("pdftotext").arg("-v").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have poppler-utils (.ci/run installs it)"
        );
        eprintln!("skipped: poppler-utils is not installed here (CI installs it)");
    }
    found
}

/// The words pdftotext finds in a PDF, each as the reader would select it.
pub fn pdf_words(path: &Path) -> std::collections::BTreeSet<String> {
    let o = Command::new("pdftotext")
        .arg("-bbox")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(o.status.success());
    let html = String::from_utf8_lossy(&o.stdout);
    html.split("<word")
        .skip(1)
        .filter_map(|w| {
            let text = w.split_once('>')?.1.split_once("</word>")?.0;
            Some(
                text.replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'"),
            )
        })
        .collect()
}

/// Runs `boothplan export KIND PLAN EXTRA… -o OUT` and checks it succeeded.
pub fn export_ok(kind: &str, plan: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["export", kind, plan.to_str().expect("utf-8")];
    args.extend(extra);
    args.extend(["-o", out.to_str().expect("utf-8")]);
    let o = run(&args);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}
