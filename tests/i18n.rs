//! Every message key the code names is in the catalogues, and every finding a plan can raise
//! is written in all three languages (never as its bare key).

use std::collections::BTreeSet;
use std::path::Path;

use boothplan::i18n::{Lang, has};

/// The message keys named in the source: `t("…")`, `ta("…", …)`, `tr(lang, "…", …)`,
/// `tr("…", …)` and `msg!("…", …)`. Read from the text, independently of the code that uses
/// them.
fn keys_in_source(dir: &Path, out: &mut BTreeSet<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            keys_in_source(&path, out);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        // The catalogue's own tests name a key that is missing on purpose.
        if path.ends_with("i18n/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("source");
        // Comments show keys as examples.
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let squeezed: String = code.split_whitespace().collect::<Vec<_>>().join(" ");
        for opener in [
            "t(\"", "ta(\"", "ta( \"", "tr(\"", "tr( \"", "msg!(\"", "msg!( \"",
        ] {
            for (i, _) in squeezed.match_indices(opener) {
                // A whole call name: not the end of a longer identifier (`format!(`, `at(`).
                let before = squeezed[..i].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &squeezed[i + opener.len()..];
                let key: String = rest.chars().take_while(|c| *c != '"').collect();
                if key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && key.contains('-')
                {
                    out.insert((key, path.display().to_string()));
                }
            }
        }
        // `tr(lang, "key"` and `tr(self.lang, "key"`: the key after the first argument.
        for (i, _) in squeezed.match_indices("tr(") {
            let before = squeezed[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &squeezed[i + 3..];
            let Some(comma) = rest.find(',') else {
                continue;
            };
            let after = rest[comma + 1..].trim_start();
            if let Some(quoted) = after.strip_prefix('"') {
                let key: String = quoted.chars().take_while(|c| *c != '"').collect();
                if key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && key.contains('-')
                {
                    out.insert((key, path.display().to_string()));
                }
            }
        }
    }
}

#[test]
fn every_key_the_code_names_is_in_every_catalogue() {
    let mut keys = BTreeSet::new();
    keys_in_source(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut keys,
    );
    assert!(keys.len() > 300, "the keys were found: {}", keys.len());
    let missing: Vec<String> = keys
        .iter()
        .flat_map(|(key, file)| {
            Lang::ALL
                .into_iter()
                .filter(|lang| !has(*lang, key))
                .map(move |lang| format!("{lang}: {key} ({file})"))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "keys missing from catalogues: {missing:#?}"
    );
}

/// Plans that raise many rules: the demo, a synthetic plan, and broken ones.
fn plans() -> Vec<boothplan::model::Plan> {
    let demo = boothplan::demo::demo_plan();
    let mut crowded = demo.clone();
    // Every booth onto its neighbour's place: overlaps, blocked aisles, exits, wrong sizes.
    let ids: Vec<_> = crowded.booths.keys().copied().collect();
    for pair in ids.windows(2).step_by(7) {
        let to = crowded.booths[&pair[1]].rect;
        if let Some(b) = crowded.booths.get_mut(&pair[0]) {
            b.rect.x_mm = to.x_mm + 500;
            b.rect.y_mm = to.y_mm + 500;
        }
    }
    let mut rules = demo.clone();
    rules.rules.min_aisle_mm = 0;
    rules.rules.exit_clearance_mm = -5;
    vec![
        demo,
        crowded,
        rules,
        boothplan::demo::synthetic_plan(2_000, 3),
    ]
}

#[test]
fn every_finding_is_written_in_every_language() {
    let mut rules_seen = BTreeSet::new();
    for plan in plans() {
        let report = boothplan::validate::validate(&plan);
        for f in &report.findings {
            rules_seen.insert(f.rule.id());
            for lang in Lang::ALL {
                assert!(has(lang, f.key), "{lang} lacks {}", f.key);
                let text = f.text(lang);
                assert!(!text.contains(f.key), "{lang}: {text}");
                // Fluent writes a parameter the message names but was not given as "{$name}".
                assert!(!text.contains("{$"), "{lang}: a parameter left out: {text}");
            }
            // The English text is the message scripts read.
            assert_eq!(f.text(Lang::En), f.message);
        }
    }
    assert!(
        rules_seen.len() >= 10,
        "the plans raise many rules: {rules_seen:?}"
    );
}
