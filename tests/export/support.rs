//! What the export tests share: the demo on disk, running the binary, reading PDFs back.

pub use std::path::{Path, PathBuf};
pub use std::process::Command;

pub use boothplan::export::lists::{
    CsvEncoding, LIST_COLUMNS, ListOrder, directory_rows, list_rows, to_csv,
};
pub use boothplan::export::{MapOptions, MapOutput, export_map};

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

/// A word pdftotext finds in a PDF, with its page (from 1) and box in points.
#[derive(Clone, Debug)]
pub struct Word {
    pub page: usize,
    pub text: String,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

/// Every word of a PDF with its page and box (`pdftotext -bbox`).
pub fn pdf_word_boxes(path: &Path) -> Vec<Word> {
    let o = Command::new("pdftotext")
        .arg("-bbox")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(o.status.success());
    let html = String::from_utf8_lossy(&o.stdout);
    let attr = |tag: &str, name: &str| -> f64 {
        tag.split_once(&format!("{name}=\""))
            .and_then(|(_, rest)| rest.split_once('"'))
            .and_then(|(v, _)| v.parse().ok())
            .unwrap_or(f64::NAN)
    };
    let mut words = Vec::new();
    for (page, body) in html.split("<page").skip(1).enumerate() {
        for w in body.split("<word").skip(1) {
            let Some((tag, rest)) = w.split_once('>') else {
                continue;
            };
            let Some((text, _)) = rest.split_once("</word>") else {
                continue;
            };
            words.push(Word {
                page: page + 1,
                text: text
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'"),
                x0: attr(tag, "xMin"),
                y0: attr(tag, "yMin"),
                x1: attr(tag, "xMax"),
                y1: attr(tag, "yMax"),
            });
        }
    }
    words
}

/// The words pdftotext finds in a PDF, each as the reader would select it.
pub fn pdf_words(path: &Path) -> std::collections::BTreeSet<String> {
    pdf_word_boxes(path).into_iter().map(|w| w.text).collect()
}

/// Page sizes of a PDF in points, rounded to a tenth (`pdfinfo`).
pub fn pdf_page_sizes(path: &Path) -> Vec<(f64, f64)> {
    let o = Command::new("pdfinfo")
        .args(["-f", "1", "-l", "100000"])
        .arg(path)
        .output()
        .expect("pdfinfo runs");
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter(|l| l.starts_with("Page") && l.contains("size:"))
        .filter_map(|l| {
            let (_, size) = l.split_once("size:")?;
            let mut it = size.split_whitespace();
            let w: f64 = it.next()?.parse().ok()?;
            it.next()?;
            let h: f64 = it.next()?.parse().ok()?;
            Some(((w * 10.0).round() / 10.0, (h * 10.0).round() / 10.0))
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
