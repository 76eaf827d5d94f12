//! Issue 9: thousands of deterministic mutants of the demo plan file (byte flips, truncations,
//! duplicated and dropped lines, huge numbers, BOM, CRLF, NULs) go through load → validate →
//! SVG export, and mutants of a CSV list through import: no panic, no hang, and every error is
//! one line naming the file.

mod common;

use std::sync::mpsc;
use std::time::Duration;

use boothplan::export::MapOptions;

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const HUGE: [&str; 5] = [
    "99999999999999999999999",
    "-9223372036854775808",
    "9223372036854775807",
    "4294967295",
    "-1",
];

/// One mutant of `text`, by the kind `k`.
fn mutate(text: &str, rng: &mut Rng, k: usize) -> Vec<u8> {
    let bytes = text.as_bytes();
    let lines: Vec<&str> = text.lines().collect();
    match k % 9 {
        0 => {
            let mut b = bytes.to_vec();
            let i = rng.below(b.len());
            b[i] ^= 1 << rng.below(8);
            b
        }
        1 => bytes[..rng.below(bytes.len())].to_vec(),
        2 => {
            let mut l = lines.clone();
            let i = rng.below(l.len());
            l.insert(i, lines[i]);
            l.join("\n").into_bytes()
        }
        3 => {
            let mut l = lines.clone();
            l.remove(rng.below(l.len()));
            l.join("\n").into_bytes()
        }
        4 => {
            // A number replaced by a huge or negative one.
            let starts: Vec<usize> = text
                .char_indices()
                .filter(|(i, c)| {
                    c.is_ascii_digit() && (*i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
                })
                .map(|(i, _)| i)
                .collect();
            let at = starts[rng.below(starts.len())];
            let end = at + text[at..].chars().take_while(char::is_ascii_digit).count();
            format!(
                "{}{}{}",
                &text[..at],
                HUGE[rng.below(HUGE.len())],
                &text[end..]
            )
            .into_bytes()
        }
        5 => format!("\u{feff}{text}").into_bytes(),
        6 => text.replace('\n', "\r\n").into_bytes(),
        7 => {
            let mut b = bytes.to_vec();
            b.insert(rng.below(b.len()), 0);
            b
        }
        _ => {
            let mut l = lines.clone();
            let (i, j) = (rng.below(l.len()), rng.below(l.len()));
            l.swap(i, j);
            l.join("\n").into_bytes()
        }
    }
}

/// Runs `f` on its own thread and fails if it does not end within `secs` (a hang).
fn bounded(secs: u64, f: impl FnOnce() + Send + 'static) {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        f();
        let _ = tx.send(());
    });
    rx.recv_timeout(Duration::from_secs(secs))
        .expect("finished in time, without a panic");
}

fn one_line_naming(message: &str, path: &std::path::Path) {
    assert!(!message.contains('\n'), "one line: {message}");
    assert!(
        message.contains(&*path.to_string_lossy()),
        "names the file: {message}"
    );
}

#[test]
fn mutants_of_the_demo_plan_load_validate_and_export_or_fail_in_one_line() {
    bounded(1200, || {
        let dir = common::scratch_dir("mutants-plan");
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/demo/global-ict-2026.ron"
        ))
        .expect("demo");
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let (mut loaded, mut refused) = (0, 0);
        for k in 0..1800 {
            let path = dir.join(format!("m{k}.ron"));
            std::fs::write(&path, mutate(&text, &mut rng, k)).expect("write");
            match boothplan::io::load(&path) {
                Err(e) => {
                    one_line_naming(&e.to_string(), &path);
                    refused += 1;
                }
                Ok(plan) => {
                    let _ = boothplan::validate::validate(&plan);
                    let svg = boothplan::export::svg::map_source(&plan, &MapOptions::default());
                    boothplan::export::parse(&svg).expect("the SVG parses back");
                    loaded += 1;
                }
            }
            let _ = std::fs::remove_file(&path);
        }
        eprintln!("plan mutants: {loaded} loaded, validated and exported; {refused} refused");
        assert!(loaded > 100 && refused > 100, "{loaded} / {refused}");
        let _ = std::fs::remove_dir_all(dir);
    });
}

#[test]
fn mutants_of_a_list_import_or_fail_in_one_line() {
    bounded(600, || {
        let dir = common::scratch_dir("mutants-list");
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/import/quoted-multiline.csv"
        ))
        .expect("csv");
        let plan = boothplan::demo::demo_plan();
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let (mut read, mut refused) = (0, 0);
        for k in 0..2000 {
            let path = dir.join(format!("m{k}.csv"));
            std::fs::write(&path, mutate(&text, &mut rng, k)).expect("write");
            match boothplan::io::import::read_list(&path, None) {
                Err(e) => {
                    one_line_naming(&e.to_string(), &path);
                    refused += 1;
                }
                Ok(list) => {
                    let _ = boothplan::io::import::apply(&plan, &list.rows);
                    read += 1;
                }
            }
            let _ = std::fs::remove_file(&path);
        }
        eprintln!("list mutants: {read} read and applied; {refused} refused");
        assert!(read > 100, "{read} / {refused}");
        let _ = std::fs::remove_dir_all(dir);
    });
}
