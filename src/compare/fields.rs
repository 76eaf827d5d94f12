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

use super::phrase::{Msg, Phrase};
use super::{Change, Kind, Object};
use crate::i18n::Lang;
use crate::model::HallId;

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
pub(super) fn changed_fields<T: Serialize>(old: &T, new: &T, skip: &[&str]) -> Phrase {
    let (a, b) = (tree(old), tree(new));
    let mut out = Vec::new();
    differences(Some(&a), Some(&b), "", &mut out);
    Phrase::Join(
        out.iter()
            .filter(|(path, _, _)| !skip.contains(&path.as_str()))
            .map(|(path, old, new)| {
                Msg::new("change-one-field")
                    .with("field", Phrase::Field(path.clone()))
                    .with("old", value_phrase(path, *old))
                    .with("new", value_phrase(path, *new))
                    .into()
            })
            .collect(),
        "; ",
    )
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

/// A field's name in a language: the catalogue's `change-field-…` (`change-field-contact-email`),
/// or the English words for a field the catalogue does not name.
pub(super) fn field_name_in(lang: Lang, path: &str) -> String {
    let words = field_name(path);
    let key = format!("change-field-{}", words.replace(' ', "-"));
    if crate::i18n::has(lang, &key) {
        crate::i18n::tr(lang, &key, &[])
    } else {
        words
    }
}

/// A field's value for people, by what its name says it holds.
pub(super) fn value_phrase(path: &str, v: Option<&Value>) -> Phrase {
    let Some(v) = v else {
        return Phrase::key("change-value-absent");
    };
    let leaf = path.rsplit('.').next().unwrap_or(path);
    match v {
        Value::Null => Phrase::key("change-value-none"),
        Value::Bool(b) => Phrase::key(if *b {
            "change-value-yes"
        } else {
            "change-value-no"
        }),
        Value::Number(n) => match n.as_i64() {
            // References read as the ids people see ("E421", "H2").
            Some(i) if matches!(leaf, "exhibitor" | "competitors") => Phrase::Text(format!("E{i}")),
            Some(i) if leaf == "hall" => Phrase::Text(format!("H{i}")),
            Some(i) if leaf == "preferred_zone" => Phrase::Text(format!("Z{i}")),
            Some(i) if leaf.ends_with("_mm2") => Phrase::Area(i128::from(i)),
            Some(i) if leaf.ends_with("_mm") => Phrase::Length(i),
            Some(i) if leaf.ends_with("_minor") => Phrase::Price {
                minor: i,
                currency: String::new(),
            },
            Some(i) if leaf.ends_with("_permille") => Phrase::Text(format!("{i} ‰")),
            Some(i) if leaf.ends_with("_pct") => Phrase::Text(format!("{i} %")),
            _ => Phrase::Text(n.to_string()),
        },
        // Kinds and states read as words: "OnHold" → "on hold", "FireEquipment" → "fire
        // equipment".
        Value::String(s) if matches!(leaf, "status" | "kind" | "wall") => Phrase::Word(words(s)),
        Value::String(s) => {
            let s = crate::text::visible(s);
            let short: String = s.chars().take(60).collect();
            Phrase::Text(if short.len() < s.len() {
                format!("\"{short}…\"")
            } else {
                format!("\"{short}\"")
            })
        }
        Value::Array(items) => {
            if items.iter().all(is_rect) && !items.is_empty() {
                Phrase::Join(items.iter().map(rect_phrase).collect(), " + ")
            } else if items.len() <= 6 && items.iter().all(|i| !i.is_object() && !i.is_array()) {
                let inner: Vec<Phrase> =
                    items.iter().map(|i| value_phrase(leaf, Some(i))).collect();
                Phrase::Join(
                    vec![
                        Phrase::Text("[".to_owned()),
                        Phrase::Join(inner, ", "),
                        Phrase::Text("]".to_owned()),
                    ],
                    "",
                )
            } else {
                Msg::new("change-value-items")
                    .with("count", Phrase::Count(count(items.len())))
                    .into()
            }
        }
        Value::Object(_) if is_rect(v) => rect_phrase(v),
        Value::Object(m) if m.len() == 2 && m.contains_key("x_mm") && m.contains_key("y_mm") => {
            let n = |k: &str| v.get(k).and_then(Value::as_i64).unwrap_or_default();
            Phrase::Position {
                x_mm: n("x_mm"),
                y_mm: n("y_mm"),
            }
        }
        Value::Object(m) => Msg::new("change-value-fields")
            .with("count", Phrase::Count(count(m.len())))
            .into(),
    }
}

/// A length of a list as a count.
fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
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
fn rect_phrase(v: &Value) -> Phrase {
    let n = |k: &str| v.get(k).and_then(Value::as_i64).unwrap_or_default();
    Msg::new("change-rect")
        .with(
            "size",
            Phrase::Size {
                w_mm: n("w_mm"),
                d_mm: n("d_mm"),
            },
        )
        .with(
            "position",
            Phrase::Position {
                x_mm: n("x_mm"),
                y_mm: n("y_mm"),
            },
        )
        .into()
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
        out.push(Change::new(
            object,
            Kind::Changed,
            id.to_owned(),
            None,
            Phrase::key(object.title_key()),
            changed_fields(old, new, &[]),
        ));
    }
}

/// "Pillar C4", "Exit 3"; a name that already says what it is stays as it is ("Hall 2",
/// "Main Hall"), never "Hall Main Hall". The name is printable already.
fn named(object: Object, name: Phrase) -> Phrase {
    let english = name.text(Lang::En);
    if english
        .to_lowercase()
        .contains(&object.label().to_lowercase())
    {
        name
    } else {
        Phrase::words(vec![Phrase::key(object.title_key()), name])
    }
}

/// Changes to objects kept by id, told generically field by field: `name_of` gives each its
/// hall and what people call it (printable).
pub(super) fn objects<K: Ord + Display, V: Serialize + PartialEq>(
    out: &mut Vec<Change>,
    object: Object,
    old: &BTreeMap<K, V>,
    new: &BTreeMap<K, V>,
    name_of: impl Fn(&K, &V) -> (Option<HallId>, Phrase),
) {
    let change = |id: &K, v: &V, kind, detail: Phrase| {
        let (hall, name) = name_of(id, v);
        Change::new(
            object,
            kind,
            id.to_string(),
            hall,
            named(object, name),
            detail,
        )
    };
    for (id, a) in old {
        match new.get(id) {
            None => out.push(change(id, a, Kind::Removed, Phrase::key("change-removed"))),
            Some(b) if a != b => out.push(change(id, b, Kind::Changed, changed_fields(a, b, &[]))),
            Some(_) => {}
        }
    }
    for (id, b) in new.iter().filter(|(id, _)| !old.contains_key(id)) {
        out.push(change(id, b, Kind::Added, Phrase::key("change-added")));
    }
}
