//! One object of a plan by its stable id, read and written through its serde form: what a
//! conflict names, and how picking a side becomes an [`Edit`].

use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::fields::tree;
use super::merge::ResolveError;
use super::phrase::Phrase;
use crate::edit::Edit;
use crate::i18n::Lang;
use crate::model::{BoothId, DrawingId, ExhibitorId, ExitId, HallId, ObstacleId, Plan, ZoneId};

/// An object of a plan: a singleton part or one record by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    /// The show's metadata.
    Meta,
    /// The venue rules.
    Rules,
    /// The pricing.
    Pricing,
    /// A hall.
    Hall(HallId),
    /// An obstacle.
    Obstacle(ObstacleId),
    /// An exit.
    Exit(ExitId),
    /// A zone.
    Zone(ZoneId),
    /// A venue drawing.
    Drawing(DrawingId),
    /// A booth.
    Booth(BoothId),
    /// An exhibitor.
    Exhibitor(ExhibitorId),
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Meta => f.write_str("meta"),
            Key::Rules => f.write_str("rules"),
            Key::Pricing => f.write_str("pricing"),
            Key::Hall(id) => id.fmt(f),
            Key::Obstacle(id) => id.fmt(f),
            Key::Exit(id) => id.fmt(f),
            Key::Zone(id) => id.fmt(f),
            Key::Drawing(id) => id.fmt(f),
            Key::Booth(id) => id.fmt(f),
            Key::Exhibitor(id) => id.fmt(f),
        }
    }
}

fn get_in<K: Ord, V: Serialize>(map: &std::collections::BTreeMap<K, V>, id: &K) -> Option<Value> {
    map.get(id).map(tree)
}

fn typed<V: DeserializeOwned>(v: Option<Value>) -> Result<Option<V>, serde_json::Error> {
    v.map(serde_json::from_value).transpose()
}

impl Key {
    /// Reads a key as [`Display`](fmt::Display) writes it ("B17", "meta").
    pub fn parse(s: &str) -> Option<Key> {
        match s {
            "meta" => return Some(Key::Meta),
            "rules" => return Some(Key::Rules),
            "pricing" => return Some(Key::Pricing),
            _ => {}
        }
        let mut chars = s.chars();
        let prefix = chars.next()?;
        let n: u32 = chars.as_str().parse().ok()?;
        Some(match prefix {
            'H' => Key::Hall(HallId(n)),
            'O' => Key::Obstacle(ObstacleId(n)),
            'X' => Key::Exit(ExitId(n)),
            'Z' => Key::Zone(ZoneId(n)),
            'D' => Key::Drawing(DrawingId(n)),
            'B' => Key::Booth(BoothId(n)),
            'E' => Key::Exhibitor(ExhibitorId(n)),
            _ => return None,
        })
    }

    /// The object's serde form in `plan`; `None` when it does not exist there.
    pub fn get(self, plan: &Plan) -> Option<Value> {
        match self {
            Key::Meta => Some(tree(&plan.meta)),
            Key::Rules => Some(tree(&plan.rules)),
            Key::Pricing => Some(tree(&plan.pricing)),
            Key::Hall(id) => get_in(&plan.halls, &id),
            Key::Obstacle(id) => get_in(&plan.obstacles, &id),
            Key::Exit(id) => get_in(&plan.exits, &id),
            Key::Zone(id) => get_in(&plan.zones, &id),
            Key::Drawing(id) => get_in(&plan.drawings, &id),
            Key::Booth(id) => get_in(&plan.booths, &id),
            Key::Exhibitor(id) => get_in(&plan.exhibitors, &id),
        }
    }

    /// The edit that puts `value` (or removes the object, for `None`).
    ///
    /// # Errors
    /// When `value` is not a valid object of this kind, or a singleton would be removed.
    pub fn edit(self, value: Option<Value>) -> Result<Edit, ResolveError> {
        let bad = |e: serde_json::Error| ResolveError::NotValid {
            object: self.to_string(),
            error: e.to_string(),
        };
        let whole =
            |v: Option<Value>| v.ok_or_else(|| ResolveError::CannotRemove(self.to_string()));
        Ok(match self {
            Key::Meta => Edit::Meta(serde_json::from_value(whole(value)?).map_err(bad)?),
            Key::Rules => Edit::Rules(serde_json::from_value(whole(value)?).map_err(bad)?),
            Key::Pricing => Edit::Pricing(serde_json::from_value(whole(value)?).map_err(bad)?),
            Key::Hall(id) => Edit::Hall(id, typed(value).map_err(bad)?),
            Key::Obstacle(id) => Edit::Obstacle(id, typed(value).map_err(bad)?),
            Key::Exit(id) => Edit::Exit(id, typed(value).map_err(bad)?),
            Key::Zone(id) => Edit::Zone(id, typed(value).map_err(bad)?),
            Key::Drawing(id) => Edit::Drawing(id, typed(value).map_err(bad)?),
            Key::Booth(id) => Edit::Booth(id, typed(value).map_err(bad)?),
            Key::Exhibitor(id) => Edit::Exhibitor(id, typed(value).map_err(bad)?),
        })
    }

    /// The edit that puts the object as `from` has it (or removes it, where `from` has none).
    pub fn put_from(self, from: &Plan) -> Edit {
        match self {
            Key::Meta => Edit::Meta(from.meta.clone()),
            Key::Rules => Edit::Rules(from.rules.clone()),
            Key::Pricing => Edit::Pricing(from.pricing.clone()),
            Key::Hall(id) => Edit::Hall(id, from.halls.get(&id).cloned()),
            Key::Obstacle(id) => Edit::Obstacle(id, from.obstacles.get(&id).cloned()),
            Key::Exit(id) => Edit::Exit(id, from.exits.get(&id).cloned()),
            Key::Zone(id) => Edit::Zone(id, from.zones.get(&id).cloned()),
            Key::Drawing(id) => Edit::Drawing(id, from.drawings.get(&id).cloned()),
            Key::Booth(id) => Edit::Booth(id, from.booths.get(&id).cloned()),
            Key::Exhibitor(id) => Edit::Exhibitor(id, from.exhibitors.get(&id).cloned()),
        }
    }

    /// The catalogue key of what the object is, for the start of a name ("Booth", "Venue
    /// rules").
    pub fn title_key(self) -> &'static str {
        match self {
            Key::Meta => "change-title-show",
            Key::Rules => "change-title-rules",
            Key::Pricing => "change-title-pricing",
            Key::Hall(_) => "change-title-hall",
            Key::Obstacle(_) => "change-title-obstacle",
            Key::Exit(_) => "change-title-exit",
            Key::Zone(_) => "change-title-zone",
            Key::Drawing(_) => "change-title-drawing",
            Key::Booth(_) => "change-title-booth",
            Key::Exhibitor(_) => "change-title-exhibitor",
        }
    }

    /// What people call the object in `plan` (or in `other`, where it is gone from `plan`):
    /// "Booth A-101", "Exhibitor Samsung Electronics", "Venue rules".
    pub fn name(self, plan: &Plan, other: &Plan) -> String {
        self.name_phrase(plan, other).text(Lang::En)
    }

    /// [`Key::name`] in any language.
    pub fn name_phrase(self, plan: &Plan, other: &Plan) -> Phrase {
        if matches!(self, Key::Meta | Key::Rules | Key::Pricing) {
            return Phrase::key(self.title_key());
        }
        let kind = Phrase::key(self.title_key());
        let called = self
            .get(plan)
            .or_else(|| self.get(other))
            .and_then(|v| called(&v).map(str::to_owned));
        match called {
            Some(c) => Phrase::words(vec![
                kind,
                Phrase::Text(crate::text::visible(&c)),
                Phrase::Text(format!("({self})")),
            ]),
            None => Phrase::words(vec![kind, Phrase::Text(self.to_string())]),
        }
    }
}

/// What people call an object, from its serde form: its number, name, label or file.
pub(super) fn called(v: &Value) -> Option<&str> {
    ["number", "name", "label", "file"]
        .iter()
        .find_map(|f| v.get(*f).and_then(Value::as_str))
        .filter(|s| !s.trim().is_empty())
}

/// The value at a dotted path inside `v` ("" is `v` itself).
pub(super) fn get_path<'v>(v: Option<&'v Value>, path: &str) -> Option<&'v Value> {
    if path.is_empty() {
        return v;
    }
    path.split('.').try_fold(v?, |v, k| v.get(k))
}

/// Puts `value` at a dotted path inside `v` (removing the field for `None`); false when the
/// path's parent is not there.
pub(super) fn set_path(v: &mut Option<Value>, path: &str, value: Option<Value>) -> bool {
    if path.is_empty() {
        *v = value;
        return true;
    }
    let Some(mut at) = v.as_mut() else {
        return false;
    };
    let mut parts: Vec<&str> = path.split('.').collect();
    let Some(last) = parts.pop() else {
        return false;
    };
    for p in parts {
        match at.get_mut(p) {
            Some(next) => at = next,
            None => return false,
        }
    }
    let Some(map) = at.as_object_mut() else {
        return false;
    };
    match value {
        Some(value) => {
            map.insert(last.to_owned(), value);
        }
        None => {
            map.remove(last);
        }
    }
    true
}
