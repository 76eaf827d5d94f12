//! Resolving a conflict a merge left (keep ours, take theirs), and telling conflicts in the
//! editor's language though the plan keeps their English.

use super::{Conflict, Finding, Key, Lang, Msg, Phrase, Plan, Value, get_path, set_path};

/// What choosing a side of a conflict does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// Keep what the plan holds (ours); the conflict is dropped.
    Ours,
    /// Put their values in.
    Theirs,
}

/// Why a conflict could not be resolved. [`Display`](std::fmt::Display) gives the English;
/// [`ResolveError::text`] any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResolveError {
    /// There is no conflict with this number (counted from 1).
    NoSuchConflict(usize),
    /// The conflict names something that is not an object of a plan.
    NotAnObject(String),
    /// The field was changed after the merge: their value would overwrite that change unseen.
    ChangedAfterMerge {
        /// The object, as people call it.
        name: Phrase,
        /// The field's path (empty: the whole object).
        path: String,
    },
    /// The object is no longer in the plan.
    Gone(Phrase),
    /// Their recorded value cannot be read.
    BadValue {
        /// The object's id.
        object: String,
        /// The field's path.
        path: String,
        /// What the JSON reader said (English, technical).
        error: String,
    },
    /// Their value does not make a valid object of its kind.
    NotValid {
        /// The object's id.
        object: String,
        /// What the reader said (English, technical).
        error: String,
    },
    /// A one-of-a-kind part of the plan cannot be removed.
    CannotRemove(String),
}

impl ResolveError {
    /// The message in a language.
    pub fn text(&self, lang: Lang) -> String {
        let msg = match self {
            ResolveError::NoSuchConflict(n) => Msg::new("change-resolve-no-conflict").with(
                "number",
                Phrase::Count(i64::try_from(*n).unwrap_or(i64::MAX)),
            ),
            ResolveError::NotAnObject(o) => {
                Msg::new("change-resolve-not-an-object").with("object", o)
            }
            ResolveError::ChangedAfterMerge { name, path } => {
                Msg::new("change-resolve-changed-after")
                    .with("name", name.clone())
                    .with(
                        "field",
                        if path.is_empty() {
                            Phrase::key("change-conflict-whole-object")
                        } else {
                            Phrase::Text(path.clone())
                        },
                    )
            }
            ResolveError::Gone(name) => Msg::new("change-resolve-gone").with("name", name.clone()),
            ResolveError::BadValue {
                object,
                path,
                error,
            } => Msg::new("change-resolve-bad-value")
                .with("object", object)
                .with("field", path)
                .with("error", error),
            ResolveError::NotValid { object, error } => Msg::new("change-resolve-not-valid")
                .with("object", object)
                .with("error", error),
            ResolveError::CannotRemove(object) => {
                Msg::new("change-resolve-cannot-remove").with("object", object)
            }
        };
        msg.text(lang)
    }
}

impl std::fmt::Display for ResolveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for ResolveError {}

/// The edit that resolves conflict `index` of `plan` by `pick`, as one step: their values
/// put in (for [`Pick::Theirs`]) and the conflict taken off the list.
///
/// # Errors
/// No such conflict, an object that is no longer there, or a value that does not fit.
pub fn resolve(plan: &Plan, index: usize, pick: Pick) -> Result<crate::edit::Edit, ResolveError> {
    let conflict = plan
        .conflicts
        .get(index)
        .ok_or(ResolveError::NoSuchConflict(index.saturating_add(1)))?;
    let mut rest = plan.conflicts.clone();
    rest.remove(index);
    let forget = crate::edit::Edit::Conflicts(rest);
    if pick == Pick::Ours || conflict.fields.is_empty() {
        return Ok(forget);
    }
    let key = Key::parse(&conflict.object)
        .ok_or_else(|| ResolveError::NotAnObject(conflict.object.clone()))?;
    let mut value = key.get(plan);
    for field in &conflict.fields {
        // Changed since the merge: their value would overwrite that change unseen.
        let now = get_path(value.as_ref(), &field.path).map(Value::to_string);
        if now != field.ours {
            return Err(ResolveError::ChangedAfterMerge {
                name: key.name_phrase(plan, plan),
                path: field.path.clone(),
            });
        }
        let theirs = field
            .theirs
            .as_deref()
            .map(serde_json::from_str::<Value>)
            .transpose()
            .map_err(|e| ResolveError::BadValue {
                object: key.to_string(),
                path: field.path.clone(),
                error: e.to_string(),
            })?;
        if !set_path(&mut value, &field.path, theirs) {
            return Err(ResolveError::Gone(key.name_phrase(plan, plan)));
        }
    }
    Ok(crate::edit::Edit::Batch(vec![key.edit(value)?, forget]))
}

/// Field names in a list: "number, status".
pub(super) fn fields_phrase(paths: &[String]) -> Phrase {
    Phrase::Join(
        paths.iter().map(|p| Phrase::Field(p.clone())).collect(),
        ", ",
    )
}

/// What a conflict says happened ([`Conflict::what`], kept in English in the plan file) in a
/// language. The descriptions a merge writes are read back and told again; a validator
/// finding quoted in one is told again when `findings` (the plan's own, say) has it. Anything
/// else, from an older version or typed by hand, is shown as it is.
pub fn what_in(c: &Conflict, lang: Lang, findings: &[Finding]) -> String {
    if lang == Lang::En {
        return c.what.clone();
    }
    said(c, findings).map_or_else(|| c.what.clone(), |m| m.text(lang))
}

/// A conflict's description as the message it was made from, when it is one of the merge's.
fn said(c: &Conflict, findings: &[Finding]) -> Option<Msg> {
    let key = Key::parse(&c.object);
    let name = |n: &str| name_phrase(n, key);
    let finding = |message: &str| -> Phrase {
        findings
            .iter()
            .find(|f| crate::text::visible(&f.message) == message)
            .map_or_else(
                || Phrase::Text(message.to_owned()),
                |f| Phrase::Finding {
                    key: f.key,
                    params: f.params.clone(),
                },
            )
    };
    let what = c.what.as_str();
    // "The merge causes a problem neither side had (rule): message".
    if let Some(rest) = what.strip_prefix("The merge causes a problem neither side had (")
        && let Some((rule, message)) = rest.split_once("): ")
    {
        return Some(
            Msg::new("change-conflict-merge-problem")
                .with("rule", rule)
                .with("message", finding(message)),
        );
    }
    let taken = ": their change is not taken, because with it: ";
    if let Some((n, message)) = what.split_once(taken) {
        return Some(
            Msg::new("change-conflict-taken-back")
                .with("name", name(n))
                .with("message", finding(message)),
        );
    }
    let kept = format!(
        "; theirs is kept too, as {} (remove one if they are the same)",
        c.object
    );
    if let Some(rest) = what.strip_suffix(kept.as_str())
        && let Some(rest) = rest.strip_suffix(" with different content")
        && let Some((n, from)) = rest.rsplit_once(": added on both sides as ")
    {
        return Some(
            Msg::new("change-conflict-kept-both")
                .with("name", name(n))
                .with("from", from)
                .with("to", &c.object),
        );
    }
    for k in [
        "change-conflict-added-both",
        "change-conflict-removed-ours",
        "change-conflict-removed-theirs",
        "change-conflict-changed-both",
    ] {
        // The English text after the name: ": added on both sides with different content".
        let tail = Msg::new(k).with("name", "").text(Lang::En);
        if let Some(n) = what.strip_suffix(tail.as_str()) {
            return Some(Msg::new(k).with("name", name(n)));
        }
    }
    let paths: Vec<String> = c.fields.iter().map(|f| f.path.clone()).collect();
    let tail = Msg::new("change-conflict-fields-both")
        .with("name", "")
        .with("fields", fields_phrase(&paths))
        .text(Lang::En);
    if !paths.is_empty()
        && let Some(n) = what.strip_suffix(tail.as_str())
    {
        return Some(
            Msg::new("change-conflict-fields-both")
                .with("name", name(n))
                .with("fields", fields_phrase(&paths)),
        );
    }
    None
}

/// An object's English name as a merge wrote it ("Booth A-101 (B17)", "Venue rules"), with
/// what it is told again in any language.
fn name_phrase(name: &str, key: Option<Key>) -> Phrase {
    let Some(key) = key else {
        return Phrase::Text(name.to_owned());
    };
    let title = crate::i18n::tr(Lang::En, key.title_key(), &[]);
    if name == title {
        return Phrase::key(key.title_key());
    }
    match name
        .strip_prefix(title.as_str())
        .and_then(|r| r.strip_prefix(' '))
    {
        Some(rest) => Phrase::words(vec![Phrase::key(key.title_key()), Phrase::from(rest)]),
        None => Phrase::Text(name.to_owned()),
    }
}
