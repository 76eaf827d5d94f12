//! Objects as trees of fields (through their serde form), for comparing and merging any of
//! the plan's types field by field without writing each field out by hand.
//!
//! A rectangle (`x_mm`, `y_mm`, `w_mm`, `d_mm`) and a list are one field: moving a booth's west
//! edge changes its position and width together, so half of one rectangle is never merged with
//! half of another.

use std::collections::BTreeMap;
use std::fmt::Display;

use serde::Serialize;
use serde_json::Value;

use super::{Change, Kind, Object};
use crate::model::HallId;
use crate::model::geom::{fmt_m, fmt_m2};

/// An object's serde form (`Null` if it cannot be had, which the model's types never do).
pub(super) fn tree<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// True for a JSON object that is a rectangle: compared and merged whole.
pub(super) fn is_rect(v: &Value) -> bool {
    v.as_object().is_some_and(|m| {
        m.len() == 4
            && ["x_mm", "y_mm", "w_mm", "d_mm"]
                .iter()
                .all(|k| m.contains_key(*k))
    })
}

/// True for a JSON object that is a measure (a rectangle, a point: every field in mm):
/// compared and merged whole, never one coordinate from each side.
fn is_measure(v: &Value) -> bool {
    v.as_object()
        .is_some_and(|m| !m.is_empty() && m.keys().all(|k| k.ends_with("_mm")))
}

/// True when `v` is a struct whose fields are compared one by one.
pub(super) fn has_fields(v: Option<&Value>) -> bool {
    v.is_some_and(|v| v.is_object() && !is_measure(v))
}

/// Every leaf field that differs, as (dotted path, old, new); `None` where a field is absent.
pub(super) fn differences<'v>(
    old: Option<&'v Value>,
    new: Option<&'v Value>,
    path: &str,
    out: &mut Vec<(String, Option<&'v Value>, Option<&'v Value>)>,
) {
    if old == new {
        return;
    }
    if has_fields(old) && has_fields(new) {
        let (Some(Value::Object(a)), Some(Value::Object(b))) = (old, new) else {
            return;
        };
        let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
        for k in keys {
            differences(a.get(k), b.get(k), &join(path, k), out);
        }
    } else {
        out.push((path.to_owned(), old, new));
    }
}

/// `a.b` from `a` and `b` (just `b` at the top).
pub(super) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// The fields that differ between two objects, in words: "country \"Korea\" → \"Viet Nam\";
/// priority 0 → 2". Fields named in `skip` are left out.
pub(super) fn changed_fields<T: Serialize>(old: &T, new: &T, skip: &[&str]) -> String {
    let (a, b) = (tree(old), tree(new));
    let mut out = Vec::new();
    differences(Some(&a), Some(&b), "", &mut out);
    out.iter()
        .filter(|(path, _, _)| !skip.contains(&path.as_str()))
        .map(|(path, old, new)| {
            format!(
                "{} {} → {}",
                field_name(path),
                value_text(path, *old),
                value_text(path, *new)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A field's path for people: `contact.email` → "contact email", `min_aisle_mm` → "min aisle".
pub(super) fn field_name(path: &str) -> String {
    path.split('.')
        .map(|part| {
            let part = ["_mm2", "_mm", "_minor", "_permille", "_pct", "_px"]
                .iter()
                .find_map(|suffix| part.strip_suffix(suffix))
                .unwrap_or(part);
            part.replace('_', " ")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A field's value for people, by what its name says it holds.
pub(super) fn value_text(path: &str, v: Option<&Value>) -> String {
    let Some(v) = v else {
        return "(absent)".to_owned();
    };
    let leaf = path.rsplit('.').next().unwrap_or(path);
    match v {
        Value::Null => "none".to_owned(),
        Value::Bool(b) => if *b { "yes" } else { "no" }.to_owned(),
        Value::Number(n) => match n.as_i64() {
            // References read as the ids people see ("E421", "H2").
            Some(i) if matches!(leaf, "exhibitor" | "competitors") => format!("E{i}"),
            Some(i) if leaf == "hall" => format!("H{i}"),
            Some(i) if leaf == "preferred_zone" => format!("Z{i}"),
            Some(i) if leaf.ends_with("_mm2") => fmt_m2(i128::from(i)),
            Some(i) if leaf.ends_with("_mm") => fmt_m(i),
            Some(i) if leaf.ends_with("_minor") => crate::model::derive::fmt_price(i, "")
                .trim_start()
                .to_owned(),
            Some(i) if leaf.ends_with("_permille") => format!("{i} ‰"),
            Some(i) if leaf.ends_with("_pct") => format!("{i} %"),
            _ => n.to_string(),
        },
        // Kinds and states read as words: "OnHold" → "on hold", "FireEquipment" → "fire
        // equipment".
        Value::String(s) if matches!(leaf, "status" | "kind" | "wall") => words(s),
        Value::String(s) => {
            let s = crate::text::visible(s);
            let short: String = s.chars().take(60).collect();
            if short.len() < s.len() {
                format!("\"{short}…\"")
            } else {
                format!("\"{short}\"")
            }
        }
        Value::Array(items) => {
            if items.iter().all(is_rect) && !items.is_empty() {
                items.iter().map(rect_text).collect::<Vec<_>>().join(" + ")
            } else if items.len() <= 6 && items.iter().all(|i| !i.is_object() && !i.is_array()) {
                let inner: Vec<String> = items.iter().map(|i| value_text(leaf, Some(i))).collect();
                format!("[{}]", inner.join(", "))
            } else {
                format!("{} items", items.len())
            }
        }
        Value::Object(_) if is_rect(v) => rect_text(v),
        Value::Object(m) if m.len() == 2 && m.contains_key("x_mm") && m.contains_key("y_mm") => {
            let n = |k: &str| v.get(k).and_then(Value::as_i64).unwrap_or_default();
            format!("({}, {})", fmt_m(n("x_mm")), fmt_m(n("y_mm")))
        }
        Value::Object(m) => format!("{} fields", m.len()),
    }
}

/// A variant's name in lower-case words.
fn words(variant: &str) -> String {
    let mut out = String::new();
    for c in crate::text::visible(variant).chars() {
        if c.is_uppercase() && !out.is_empty() {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// "6 m × 3 m at (12 m, 4 m)".
fn rect_text(v: &Value) -> String {
    let n = |k: &str| v.get(k).and_then(Value::as_i64).unwrap_or_default();
    format!(
        "{} × {} at ({}, {})",
        fmt_m(n("w_mm")),
        fmt_m(n("d_mm")),
        fmt_m(n("x_mm")),
        fmt_m(n("y_mm"))
    )
}

/// The change of a one-of-a-kind part of the plan (show, rules, pricing), if any.
pub(super) fn singleton<T: Serialize + PartialEq>(
    out: &mut Vec<Change>,
    object: Object,
    id: &str,
    old: &T,
    new: &T,
) {
    if old != new {
        out.push(Change {
            object,
            kind: Kind::Changed,
            id: id.to_owned(),
            hall: None,
            name: crate::text::capitalised(object.label()),
            detail: changed_fields(old, new, &[]),
            booth: None,
            old_rect: None,
            new_rect: None,
        });
    }
}

/// "Pillar C4", "Exit 3"; a name that already says what it is stays as it is ("Hall 2",
/// "Main Hall"), never "Hall Main Hall".
fn named(object: Object, name: &str) -> String {
    let kind = crate::text::capitalised(object.label());
    let name = crate::text::visible(name);
    if name.to_lowercase().contains(&object.label().to_lowercase()) {
        name
    } else {
        format!("{kind} {name}")
    }
}

/// Changes to objects kept by id, told generically field by field: `name_of` gives each its
/// hall and what people call it.
pub(super) fn objects<K: Ord + Display, V: Serialize + PartialEq>(
    out: &mut Vec<Change>,
    object: Object,
    old: &BTreeMap<K, V>,
    new: &BTreeMap<K, V>,
    name_of: impl Fn(&K, &V) -> (Option<HallId>, String),
) {
    let change = |id: &K, v: &V, kind, detail: String| {
        let (hall, name) = name_of(id, v);
        Change {
            object,
            kind,
            id: id.to_string(),
            hall,
            name: named(object, &name),
            detail,
            booth: None,
            old_rect: None,
            new_rect: None,
        }
    };
    for (id, a) in old {
        match new.get(id) {
            None => out.push(change(id, a, Kind::Removed, "removed".to_owned())),
            Some(b) if a != b => out.push(change(id, b, Kind::Changed, changed_fields(a, b, &[]))),
            Some(_) => {}
        }
    }
    for (id, b) in new.iter().filter(|(id, _)| !old.contains_key(id)) {
        out.push(change(id, b, Kind::Added, "added".to_owned()));
    }
}
