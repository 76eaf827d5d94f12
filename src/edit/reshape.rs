//! Booths made to fit contracts: free booths that together form a rectangle merged into one,
//! and a booth split into equal parts. Each is one edit (one undo step); the merged or split
//! booths cover exactly the floor of the originals.

use std::collections::BTreeSet;

use super::Edit;
use crate::i18n::{Arg, Lang, tr};
use crate::model::{Booth, BoothId, BoothStatus, NewIds, Plan, Rect, number_key};
use crate::validate::Finding;

/// Why booths cannot be merged or split. [`ReshapeError::text`] words it in any language;
/// `Display` is its English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReshapeError {
    /// Fewer than two booths to merge.
    TooFew,
    /// A booth named is not in the plan.
    Missing(String),
    /// Only free booths (available, no company) are merged or split: the booth, and what
    /// holds it.
    NotFree(String, Held),
    /// The booths stand in different halls.
    Halls(String, String),
    /// The booths do not tile one rectangle (their numbers, comma-separated).
    NotRectangle(String),
    /// A split into fewer than 2 or more than 26 parts.
    Parts(u32),
    /// The parts would be smaller than the venue's smallest booth: the booth, the number of
    /// parts, the smallest part's width and depth (mm), and the venue's smallest area (mm²)
    /// and side (mm).
    TooSmall(String, u32, (i64, i64), i128, i64),
    /// The change would break a rule the plan keeps now: the new errors.
    Breaks(Vec<Finding>),
    /// A part's number is another booth's already: the number, and that booth.
    Taken(String, String),
}

/// What keeps a booth from being merged or split.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Held {
    /// A company holds it (its name, or its id when the company is missing).
    Company(String),
    /// Its status is not available.
    Status(BoothStatus),
}

impl Held {
    /// In words, as the middle of [`ReshapeError::NotFree`]'s sentence ("taken by Nordwave",
    /// "on hold").
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Held::Company(company) => tr(
                lang,
                "edit-reshape-taken-by",
                &[("company", Arg::from(company))],
            ),
            Held::Status(status) => tr(
                lang,
                match status {
                    BoothStatus::Available => "edit-reshape-state-available",
                    BoothStatus::OnHold => "edit-reshape-state-on-hold",
                    BoothStatus::Reserved => "edit-reshape-state-reserved",
                    BoothStatus::Sold => "edit-reshape-state-sold",
                },
                &[],
            ),
        }
    }
}

impl ReshapeError {
    /// The reason in a language (lower case, as the middle of a sentence; the editor
    /// capitalises it).
    pub fn text(&self, lang: Lang) -> String {
        let length = |mm: i64| crate::i18n::length(lang, mm);
        match self {
            ReshapeError::TooFew => tr(lang, "edit-reshape-too-few", &[]),
            ReshapeError::Missing(booth) => {
                tr(lang, "edit-reshape-missing", &[("booth", Arg::from(booth))])
            }
            ReshapeError::NotFree(booth, held) => tr(
                lang,
                "edit-reshape-not-free",
                &[
                    ("booth", Arg::from(booth)),
                    ("state", Arg::from(held.text(lang))),
                ],
            ),
            ReshapeError::Halls(booth, other) => tr(
                lang,
                "edit-reshape-halls",
                &[("booth", Arg::from(booth)), ("other", Arg::from(other))],
            ),
            ReshapeError::NotRectangle(booths) => tr(
                lang,
                "edit-reshape-not-rectangle",
                &[("booths", Arg::from(booths))],
            ),
            ReshapeError::Parts(parts) => {
                tr(lang, "edit-reshape-parts", &[("count", Arg::from(*parts))])
            }
            ReshapeError::TooSmall(booth, parts, (w, d), min_area, min_side) => tr(
                lang,
                "edit-reshape-too-small",
                &[
                    ("booth", Arg::from(booth)),
                    ("count", Arg::from(*parts)),
                    (
                        "size",
                        Arg::from(format!("{} × {}", length(*w), length(*d))),
                    ),
                    ("area", Arg::from(crate::i18n::area(lang, *min_area))),
                    ("side", Arg::from(length(*min_side))),
                ],
            ),
            ReshapeError::Breaks(findings) => tr(
                lang,
                "edit-reshape-breaks",
                &[
                    ("count", Arg::from(findings.len())),
                    (
                        "errors",
                        Arg::from(
                            findings
                                .iter()
                                .map(|f| f.text(lang))
                                .collect::<Vec<_>>()
                                .join("; "),
                        ),
                    ),
                ],
            ),
            ReshapeError::Taken(number, booth) => tr(
                lang,
                "edit-reshape-taken",
                &[("number", Arg::from(number)), ("booth", Arg::from(booth))],
            ),
        }
    }
}

impl std::fmt::Display for ReshapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for ReshapeError {}

/// Which way a booth is cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Along {
    /// Along its width (east–west): the parts stand side by side.
    Width,
    /// Along its depth (north–south): the parts stand one behind the other.
    Depth,
}

/// A free booth, or why it is not.
fn free(plan: &Plan, id: BoothId) -> Result<&Booth, ReshapeError> {
    let b = plan
        .booths
        .get(&id)
        .ok_or_else(|| ReshapeError::Missing(id.to_string()))?;
    let name = b.label(id);
    if let Some(e) = b.exhibitor {
        let company = plan
            .exhibitors
            .get(&e)
            .map_or_else(|| e.to_string(), |x| x.name.clone());
        return Err(ReshapeError::NotFree(name, Held::Company(company)));
    }
    if !b.is_free() {
        return Err(ReshapeError::NotFree(name, Held::Status(b.status)));
    }
    Ok(b)
}

/// Merges free booths that together form one rectangle into the first: it keeps its id and
/// number, takes the whole rectangle, and its price is derived again; the others go.
///
/// # Errors
/// Fewer than two booths, a missing or taken one, two halls, or no rectangle.
pub fn merge_booths(plan: &Plan, ids: &[BoothId]) -> Result<Edit, ReshapeError> {
    let ids: Vec<BoothId> = {
        let mut seen = BTreeSet::new();
        ids.iter().copied().filter(|id| seen.insert(*id)).collect()
    };
    let [first, _, ..] = ids[..] else {
        return Err(ReshapeError::TooFew);
    };
    let booths = ids
        .iter()
        .map(|id| free(plan, *id))
        .collect::<Result<Vec<_>, _>>()?;
    let keep = booths[0];
    if let Some((i, b)) = booths.iter().enumerate().find(|(_, b)| b.hall != keep.hall) {
        return Err(ReshapeError::Halls(keep.label(first), b.label(ids[i])));
    }
    let names = || {
        ids.iter()
            .map(|id| plan.booth_label(*id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let bounds = booths
        .iter()
        .skip(1)
        .fold(keep.rect, |acc, b| acc.union_bounds(&b.rect));
    let area: i128 = booths.iter().map(|b| b.rect.area_mm2()).sum();
    let overlapping = booths
        .iter()
        .enumerate()
        .any(|(i, a)| booths[i + 1..].iter().any(|b| a.rect.overlaps(&b.rect)));
    if overlapping || area != bounds.area_mm2() {
        return Err(ReshapeError::NotRectangle(names()));
    }
    let merged = Booth {
        rect: bounds,
        price_override_minor: None,
        ..keep.clone()
    };
    let mut edits = vec![Edit::Booth(first, Some(merged))];
    edits.extend(ids[1..].iter().map(|id| Edit::Booth(*id, None)));
    Ok(Edit::Batch(edits))
}

/// The parts of `r` cut `parts` ways along `along`, in order (west to east, or north to
/// south); a length that does not divide evenly gives the first parts a millimetre more.
pub fn parts_of(r: &Rect, parts: u32, along: Along) -> Vec<Rect> {
    let n = i64::from(parts.max(1));
    let length = match along {
        Along::Width => r.w_mm,
        Along::Depth => r.d_mm,
    };
    let (each, extra) = (length / n, length % n);
    let mut at = 0;
    (0..n)
        .map(|i| {
            let size = each + i64::from(i < extra);
            let part = match along {
                Along::Width => Rect::new(r.x_mm + at, r.y_mm, size, r.d_mm),
                Along::Depth => Rect::new(r.x_mm, r.y_mm + at, r.w_mm, size),
            };
            at += size;
            part
        })
        .collect()
}

/// Splits a free booth into `parts` equal parts along its width or depth, numbered in order
/// with a letter ("A-101" → "A-101A", "A-101B", …); the first keeps the booth's id.
///
/// # Errors
/// A missing or taken booth, a number of parts outside 2–26, parts under a millimetre, or a
/// new number another booth has.
pub fn split_booth(
    plan: &Plan,
    id: BoothId,
    parts: u32,
    along: Along,
) -> Result<Edit, ReshapeError> {
    if !(2..=26).contains(&parts) {
        return Err(ReshapeError::Parts(parts));
    }
    let b = free(plan, id)?;
    let name = b.label(id);
    let rects = parts_of(&b.rect, parts, along);
    let rules = &plan.rules;
    if rects.iter().any(|r| {
        r.is_empty()
            || r.area_mm2() < i128::from(rules.min_booth_area_mm2)
            || r.w_mm.min(r.d_mm) < rules.min_booth_side_mm
    }) {
        let smallest = rects
            .iter()
            .min_by_key(|r| r.area_mm2())
            .copied()
            .unwrap_or_default();
        return Err(ReshapeError::TooSmall(
            name,
            parts,
            (smallest.w_mm, smallest.d_mm),
            i128::from(rules.min_booth_area_mm2),
            rules.min_booth_side_mm,
        ));
    }
    let numbers: Vec<String> = (0..parts)
        .map(|i| format!("{}{}", name.trim(), char::from(b'A' + i as u8)))
        .collect();
    for n in &numbers {
        if let Some((other, _)) = plan
            .booths
            .iter()
            .find(|(o, x)| **o != id && number_key(&x.number) == number_key(n))
        {
            return Err(ReshapeError::Taken(n.clone(), plan.booth_label(*other)));
        }
    }
    let mut fresh = NewIds::new(plan);
    let mut edits = Vec::with_capacity(rects.len());
    for (i, (rect, number)) in rects.into_iter().zip(numbers).enumerate() {
        let part_id = if i == 0 {
            id
        } else {
            fresh.booth().ok_or(ReshapeError::Parts(parts))?
        };
        edits.push(Edit::Booth(
            part_id,
            Some(Booth {
                number,
                rect,
                price_override_minor: None,
                ..b.clone()
            }),
        ));
    }
    Ok(Edit::Batch(edits))
}

/// `edit` on `plan`, refused when it adds a validation error the plan does not have now: a
/// merged or split plan is never more broken than before. `now` is the plan's report where
/// the caller has it (the editor's document); else it is made here.
///
/// # Errors
/// [`ReshapeError::Breaks`], with the new errors (one per message, in message order), so
/// each can be shown in any language ([`Finding::text`]).
pub fn checked(
    plan: &Plan,
    now: Option<&crate::validate::Report>,
    edit: Edit,
) -> Result<Edit, ReshapeError> {
    use crate::validate::{Report, Severity, validate};
    use std::collections::BTreeMap;
    let is_error = |f: &&Finding| f.severity() == Severity::Error;
    let messages = |r: &Report| -> BTreeSet<String> {
        r.findings
            .iter()
            .filter(is_error)
            .map(|f| f.message.clone())
            .collect()
    };
    let before = now.map_or_else(|| messages(&validate(plan)), messages);
    let mut after = plan.clone();
    super::apply(&mut after, edit.clone());
    // One per message (the same message twice is one error), in message order.
    let new: Vec<Finding> = validate(&after)
        .findings
        .into_iter()
        .filter(|f| is_error(&f) && !before.contains(&f.message))
        .map(|f| (f.message.clone(), f))
        .collect::<BTreeMap<String, Finding>>()
        .into_values()
        .collect();
    if new.is_empty() {
        Ok(edit)
    } else {
        Err(ReshapeError::Breaks(new))
    }
}

#[cfg(test)]
mod tests;
