//! A [`Diff`] as text for people, CSV for spreadsheets and JSON for tools.

use std::fmt::Write as _;

use super::phrase::{Msg, Phrase};
use super::{Change, Diff, Kind, Object};
use crate::i18n::{Lang, tr};
use crate::model::Conflict;
use crate::model::{HallId, Plan};

/// The heading of a hall's group: its name and code in the newer plan (else the older), or
/// "Whole site" for changes that belong to no hall.
pub fn hall_heading(hall: Option<HallId>, old: &Plan, new: &Plan) -> String {
    hall_heading_in(hall, old, new, Lang::En)
}

/// [`hall_heading`] in a language.
pub fn hall_heading_in(hall: Option<HallId>, old: &Plan, new: &Plan, lang: Lang) -> String {
    hall_phrase(hall, old, new).text(lang)
}

/// [`hall_heading`] as a phrase.
pub(super) fn hall_phrase(hall: Option<HallId>, old: &Plan, new: &Plan) -> Phrase {
    match hall {
        None => Phrase::key("change-whole-site"),
        Some(id) => new
            .halls
            .get(&id)
            .or_else(|| old.halls.get(&id))
            .map_or_else(
                || {
                    Msg::new("change-hall-missing")
                        .with("id", id.to_string())
                        .into()
                },
                |h| Phrase::Text(crate::text::visible(&h.name)),
            ),
    }
}

/// The changes grouped by hall, in the diff's order.
pub fn by_hall(diff: &Diff) -> Vec<(Option<HallId>, Vec<&Change>)> {
    let mut groups: Vec<(Option<HallId>, Vec<&Change>)> = Vec::new();
    for c in &diff.changes {
        match groups.last_mut() {
            Some((hall, list)) if *hall == c.hall => list.push(c),
            _ => groups.push((c.hall, vec![c])),
        }
    }
    groups
}

/// One line of a change: "Booth A-101 (B17): moved 3 m east, …".
pub fn line(c: &Change) -> String {
    line_in(c, Lang::En)
}

/// [`line`] in a language.
pub fn line_in(c: &Change, lang: Lang) -> String {
    let (name, detail) = (c.name_in(lang), c.detail_in(lang));
    match c.object {
        Object::Finding => Msg::new(if c.kind == Kind::Appeared {
            "change-line-new"
        } else {
            "change-line-resolved"
        })
        .with("name", name)
        .with("detail", detail)
        .text(lang),
        // The show, the rules, the pricing: one of each, no id to tell them apart by.
        Object::Show | Object::Rules | Object::Pricing => format!("{name}: {detail}"),
        _ => format!("{name} ({}): {detail}", c.id),
    }
}

/// Counts for a summary line: (added, removed, changed objects, new findings, resolved).
pub fn counts(diff: &Diff) -> [usize; 5] {
    let mut n = [0; 5];
    let mut changed = std::collections::BTreeSet::new();
    for c in &diff.changes {
        match (c.object, c.kind) {
            (Object::Finding, Kind::Appeared) => n[3] += 1,
            (Object::Finding, _) => n[4] += 1,
            (_, Kind::Added) => n[0] += 1,
            (_, Kind::Removed) => n[1] += 1,
            _ => {
                changed.insert(&c.id);
            }
        }
    }
    n[2] = changed.len();
    n
}

/// "3 added, 1 removed, 12 changed; 2 new findings, 5 resolved".
pub fn summary(diff: &Diff) -> String {
    summary_in(diff, Lang::En)
}

/// [`summary`] in a language.
pub fn summary_in(diff: &Diff, lang: Lang) -> String {
    if diff.is_empty() {
        return tr(lang, "change-summary-same", &[]);
    }
    let n = |v: usize| Phrase::Count(i64::try_from(v).unwrap_or(i64::MAX));
    let [added, removed, changed, appeared, resolved] = counts(diff);
    Msg::new("change-summary")
        .with("added", n(added))
        .with("removed", n(removed))
        .with("changed", n(changed))
        .with("appeared", n(appeared))
        .with("resolved", n(resolved))
        .text(lang)
}

/// The diff as lines for people, grouped by hall. Every name is printable (no control
/// characters reach a terminal).
pub fn text(diff: &Diff, old: &Plan, new: &Plan) -> String {
    let mut out = format!("{}\n", summary(diff));
    for (hall, changes) in by_hall(diff) {
        let _ = write!(out, "\n{}\n", hall_heading(hall, old, new));
        for c in changes {
            let _ = writeln!(out, "  {}", line(c));
        }
    }
    out
}

/// The CSV header.
pub const CSV_HEADER: [&str; 7] = [
    "hall", "object", "id", "name", "change", "detail", "booth_id",
];

/// A value a conflict recorded (JSON text), in words: "6 m × 3 m at (12 m, 4 m)", "\"A-101\"";
/// a whole object by what people call it.
fn conflict_value(path: &str, json: Option<&str>) -> Phrase {
    let Some(v) = parse(json) else {
        return Phrase::key("change-value-absent");
    };
    if path.is_empty() {
        return match super::key::called(&v) {
            Some(c) => Phrase::Text(format!("\"{}\"", crate::text::visible(c))),
            None => Phrase::key("change-value-present"),
        };
    }
    super::fields::value_phrase(path, Some(&v))
}

/// A value a conflict recorded as JSON text.
fn parse(json: Option<&str>) -> Option<serde_json::Value> {
    json.and_then(|j| serde_json::from_str(j).ok())
}

/// A conflict's fields, one line each: "number: ours \"A-101\" · theirs \"A-110\"". An
/// object in conflict whole is told by the fields that differ between the two sides.
pub fn conflict_lines(c: &Conflict) -> Vec<String> {
    conflict_lines_in(c, Lang::En)
}

/// [`conflict_lines`] in a language.
pub fn conflict_lines_in(c: &Conflict, lang: Lang) -> Vec<String> {
    let line = |field: Phrase, ours: Phrase, theirs: Phrase| {
        Msg::new("change-conflict-line")
            .with("field", field)
            .with("ours", ours)
            .with("theirs", theirs)
            .text(lang)
    };
    let mut lines = Vec::new();
    for f in &c.fields {
        let (ours, theirs) = (parse(f.ours.as_deref()), parse(f.theirs.as_deref()));
        if f.path.is_empty() && ours.is_some() && theirs.is_some() {
            let mut diffs = Vec::new();
            super::fields::differences(ours.as_ref(), theirs.as_ref(), "", &mut diffs);
            for (path, a, b) in diffs {
                lines.push(line(
                    Phrase::Field(path.clone()),
                    super::fields::value_phrase(&path, a),
                    super::fields::value_phrase(&path, b),
                ));
            }
            continue;
        }
        let name = if f.path.is_empty() {
            Phrase::key("change-conflict-whole-object")
        } else {
            Phrase::Field(f.path.clone())
        };
        lines.push(line(
            name,
            conflict_value(&f.path, f.ours.as_deref()),
            conflict_value(&f.path, f.theirs.as_deref()),
        ));
    }
    lines
}

/// Conflicts for tools: each field's values as JSON, not JSON inside strings.
pub fn conflicts_json(conflicts: &[Conflict]) -> serde_json::Value {
    let parse = |v: &Option<String>| parse(v.as_deref());
    conflicts
        .iter()
        .map(|c| {
            serde_json::json!({
                "object": c.object,
                "what": c.what,
                "fields": c.fields.iter().map(|f| serde_json::json!({
                    "path": f.path,
                    "base": parse(&f.base),
                    "ours": parse(&f.ours),
                    "theirs": parse(&f.theirs),
                })).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// The diff as CSV rows, one per change (formulas neutralised when written).
pub fn csv_rows(diff: &Diff, old: &Plan, new: &Plan) -> Vec<Vec<String>> {
    diff.changes
        .iter()
        .map(|c| {
            vec![
                hall_heading(c.hall, old, new),
                c.object.label().to_owned(),
                c.id.clone(),
                c.name.clone(),
                c.kind.label().to_owned(),
                c.detail.clone(),
                c.booth.map(|b| b.to_string()).unwrap_or_default(),
            ]
        })
        .collect()
}

/// The diff as one JSON object: `same`, a summary's counts, and every change.
pub fn json(diff: &Diff) -> serde_json::Value {
    let [added, removed, changed, appeared, resolved] = counts(diff);
    serde_json::json!({
        "same": diff.is_empty(),
        "added": added,
        "removed": removed,
        "changed": changed,
        "findings_appeared": appeared,
        "findings_resolved": resolved,
        "changes": diff.changes,
    })
}
