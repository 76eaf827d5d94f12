//! Booths made to fit contracts: free booths that together form a rectangle merged into one,
//! and a booth split into equal parts. Each is one edit (one undo step); the merged or split
//! booths cover exactly the floor of the originals.

use std::collections::BTreeSet;

use super::Edit;
use crate::model::{Booth, BoothId, NewIds, Plan, Rect, number_key};

/// Why booths cannot be merged or split.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReshapeError {
    /// Fewer than two booths to merge.
    #[error("pick two or more booths to merge")]
    TooFew,
    /// A booth named is not in the plan.
    #[error("there is no booth {0}")]
    Missing(String),
    /// Only free booths (available, no company) are merged or split.
    #[error("booth {0} is {1}; only free booths (available, no company) are merged or split")]
    NotFree(String, String),
    /// The booths stand in different halls.
    #[error("booths {0} and {1} are in different halls")]
    Halls(String, String),
    /// The booths do not tile one rectangle.
    #[error(
        "booths {0} do not form one rectangle: they must touch along whole sides, with no gap and no overlap"
    )]
    NotRectangle(String),
    /// A split into fewer than 2 or more than 26 parts.
    #[error("a booth is split into 2 to 26 parts, not {0}")]
    Parts(u32),
    /// The parts would be smaller than the venue's smallest booth.
    #[error(
        "booth {0} split into {1} parts makes booths of {2}, smaller than the venue's smallest booth ({3}, sides of {4} at least)"
    )]
    TooSmall(String, u32, String, String, String),
    /// The change would break a rule the plan keeps now.
    #[error("that would add {} error(s): {}", .0.len(), .0.join("; "))]
    Breaks(Vec<String>),
    /// A part's number is another booth's already.
    #[error("the new number {0} is booth {1}'s already: renumber one of them first")]
    Taken(String, String),
}

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
        return Err(ReshapeError::NotFree(name, format!("taken by {company}")));
    }
    if !b.is_free() {
        return Err(ReshapeError::NotFree(name, b.status.label().to_owned()));
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
            crate::model::derive::fmt_size(&smallest),
            crate::model::geom::fmt_m2(i128::from(rules.min_booth_area_mm2)),
            crate::model::geom::fmt_m(rules.min_booth_side_mm),
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
/// [`ReshapeError::Breaks`], with the new errors' messages.
pub fn checked(
    plan: &Plan,
    now: Option<&crate::validate::Report>,
    edit: Edit,
) -> Result<Edit, ReshapeError> {
    use crate::validate::{Report, Severity, validate};
    let errors = |r: &Report| -> BTreeSet<String> {
        r.findings
            .iter()
            .filter(|f| f.severity() == Severity::Error)
            .map(|f| f.message.clone())
            .collect()
    };
    let before = now.map_or_else(|| errors(&validate(plan)), errors);
    let mut after = plan.clone();
    super::apply(&mut after, edit.clone());
    let new: Vec<String> = errors(&validate(&after))
        .difference(&before)
        .cloned()
        .collect();
    if new.is_empty() {
        Ok(edit)
    } else {
        Err(ReshapeError::Breaks(new))
    }
}

#[cfg(test)]
mod tests;
