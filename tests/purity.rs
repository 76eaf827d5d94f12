//! The core stays pure: no GUI crate, no file system, no clock in model/, validate/, layout/,
//! demo/.

use std::path::Path;

const PURE: &[&str] = &["src/model", "src/validate", "src/layout", "src/demo"];
const FORBIDDEN: &[&str] = &[
    "egui",
    "eframe",
    "rfd",
    "std::fs",
    "std::net",
    "SystemTime",
    "Instant::now",
    "std::env",
    "std::process",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_core_imports_no_gui_and_does_no_io() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in PURE {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() >= 8, "found the core's files: {files:?}");
    let mut offences = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in FORBIDDEN {
                if code.contains(word) {
                    offences.push(format!("{}:{}: {word}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "the pure core must not use these:\n{}",
        offences.join("\n")
    );
}
