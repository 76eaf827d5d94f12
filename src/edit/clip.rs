//! Copy and paste of booths and obstacles as RON text on the system clipboard, so a block can
//! go from one boothplan window to another (or into a text file and back). A paste is one
//! edit: new ids, new booth numbers no other booth has, no company (a copy is never an
//! allocation), placed with the copied group's top left corner where asked.

use serde::{Deserialize, Serialize};

use super::Edit;
use crate::model::{
    Booth, BoothId, BoothStatus, HallId, NewIds, Obstacle, ObstacleId, Plan, Point, Rect,
};

/// Marks the text as ours: anything else on the clipboard is not pasted.
const TAG: &str = "boothplan-clip";

/// What is on the clipboard: booths and obstacles placed from the group's top left corner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Clip {
    /// Always [`TAG`].
    kind: String,
    /// Format version.
    version: u32,
    /// Booths: number, footprint from the corner, price override.
    booths: Vec<(String, Rect, Option<i64>)>,
    /// Obstacles, footprints from the corner.
    obstacles: Vec<Obstacle>,
}

/// Why a paste did nothing. [`PasteError::text`] words it in any language; `Display` is its
/// English.
#[derive(Debug, PartialEq, Eq)]
pub enum PasteError {
    /// The clipboard holds something else (text from another program).
    NotOurs,
    /// The plan has no hall to paste into.
    NoHall,
    /// The ids ran out (a plan of four billion things).
    NoIds,
}

impl PasteError {
    /// The reason in a language (lower case, as the end of a sentence).
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::tr(
            lang,
            match self {
                PasteError::NotOurs => "edit-paste-not-ours",
                PasteError::NoHall => "edit-paste-no-hall",
                PasteError::NoIds => "edit-paste-no-ids",
            },
            &[],
        )
    }
}

impl std::fmt::Display for PasteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::i18n::Lang::En))
    }
}

impl std::error::Error for PasteError {}

/// The clipboard text for `booths` and `obstacles` of `plan`; `None` when none exists.
pub fn copy(plan: &Plan, booths: &[BoothId], obstacles: &[ObstacleId]) -> Option<String> {
    let bs: Vec<&Booth> = booths.iter().filter_map(|id| plan.booths.get(id)).collect();
    let os: Vec<&Obstacle> = obstacles
        .iter()
        .filter_map(|id| plan.obstacles.get(id))
        .collect();
    let corner = bs
        .iter()
        .map(|b| b.rect)
        .chain(os.iter().map(|o| o.rect))
        .reduce(|a, b| a.union_bounds(&b))?;
    let from = |r: &Rect| Rect::new(r.x_mm - corner.x_mm, r.y_mm - corner.y_mm, r.w_mm, r.d_mm);
    let clip = Clip {
        kind: TAG.to_owned(),
        version: 1,
        booths: bs
            .iter()
            .map(|b| (b.number.clone(), from(&b.rect), b.price_override_minor))
            .collect(),
        obstacles: os
            .iter()
            .map(|o| {
                let mut o = (*o).clone();
                o.rect = from(&o.rect);
                o
            })
            .collect(),
    };
    ron::ser::to_string_pretty(&clip, ron::ser::PrettyConfig::default()).ok()
}

/// The edit that pastes `text` with the group's top left corner at `at`, into the hall under
/// `at` (else the first hall), and the ids it adds.
///
/// # Errors
/// When the text is not a boothplan clip, or the plan has no hall.
pub fn paste(
    plan: &Plan,
    text: &str,
    at: Point,
) -> Result<(Edit, Vec<BoothId>, Vec<ObstacleId>), PasteError> {
    let clip: Clip = ron::from_str(text).map_err(|_| PasteError::NotOurs)?;
    if clip.kind != TAG {
        return Err(PasteError::NotOurs);
    }
    let hall: HallId = plan
        .halls
        .iter()
        .find(|(_, h)| h.outline.iter().any(|r| r.contains_point(at)))
        .or_else(|| plan.halls.iter().next())
        .map(|(id, _)| *id)
        .ok_or(PasteError::NoHall)?;
    let place = |r: &Rect| {
        Rect::new(
            at.x_mm.saturating_add(r.x_mm),
            at.y_mm.saturating_add(r.y_mm),
            r.w_mm,
            r.d_mm,
        )
    };
    let mut ids = NewIds::new(plan);
    let mut taken: std::collections::BTreeSet<String> = plan
        .booths
        .values()
        .map(|b| crate::model::number_key(&b.number))
        .collect();
    let mut edits = Vec::new();
    let mut booths = Vec::new();
    for (number, rect, price) in &clip.booths {
        let id = ids.booth().ok_or(PasteError::NoIds)?;
        let number = free_number(number, &taken);
        taken.insert(crate::model::number_key(&number));
        edits.push(Edit::Booth(
            id,
            Some(Booth {
                number,
                hall,
                rect: place(rect),
                status: BoothStatus::Available,
                price_override_minor: *price,
                exhibitor: None,
            }),
        ));
        booths.push(id);
    }
    let mut obstacles = Vec::new();
    for o in &clip.obstacles {
        let id = ids.obstacle().ok_or(PasteError::NoIds)?;
        let mut o = o.clone();
        o.rect = place(&o.rect);
        o.hall = hall;
        edits.push(Edit::Obstacle(id, Some(o)));
        obstacles.push(id);
    }
    Ok((Edit::Batch(edits), booths, obstacles))
}

/// `number`, or the next one no booth has: its last run of digits counted up ("A-101" to
/// "A-102"), or "-2", "-3"… added to a number without digits.
fn free_number(number: &str, taken: &std::collections::BTreeSet<String>) -> String {
    let free = |n: &str| !taken.contains(&crate::model::number_key(n));
    if free(number) {
        return number.to_owned();
    }
    let digits_at = number
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit())
        .last()
        .map(|(i, _)| i);
    if let Some(i) = digits_at
        && let Ok(n) = number[i..].parse::<u64>()
    {
        let width = number.len() - i;
        for k in n.saturating_add(1)..n.saturating_add(100_000) {
            let candidate = format!("{}{:0width$}", &number[..i], k);
            if free(&candidate) {
                return candidate;
            }
        }
    }
    // The taken numbers are finite: one of this many is free.
    (2..taken.len() as u64 + 3)
        .map(|k| format!("{number}-{k}"))
        .find(|c| free(c))
        .unwrap_or_else(|| format!("{number}-copy"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo_ids(plan: &Plan, numbers: &[&str]) -> Vec<BoothId> {
        numbers
            .iter()
            .filter_map(|n| {
                plan.booths
                    .iter()
                    .find(|(_, b)| b.number == *n)
                    .map(|(id, _)| *id)
            })
            .collect()
    }

    #[test]
    fn a_copy_pasted_into_another_window_keeps_its_shape_with_new_numbers_and_no_company() {
        // "Another window": the text is all that travels, into a plan of its own.
        let source = crate::demo::demo_plan();
        let ids = demo_ids(&source, &["A-502", "A-503", "A-601"]);
        let pillar = source
            .obstacles
            .iter()
            .find(|(_, o)| o.kind == crate::model::ObstacleKind::Pillar)
            .map(|(id, _)| *id)
            .expect("a pillar");
        let text = copy(&source, &ids, &[pillar]).expect("copied");
        assert!(
            text.contains("boothplan-clip") && text.contains("A-502"),
            "{text}"
        );
        let mut target = crate::demo::demo_plan();
        let at = Point::new(10_000, 20_000);
        let (edit, booths, obstacles) = paste(&target, &text, at).expect("pasted");
        crate::edit::apply(&mut target, edit);
        assert_eq!((booths.len(), obstacles.len()), (3, 1));
        // The same shape, moved so the group's corner is at `at`.
        let before: Vec<Rect> = ids.iter().map(|id| source.booths[id].rect).collect();
        let corner = before
            .iter()
            .copied()
            .chain(std::iter::once(source.obstacles[&pillar].rect))
            .reduce(|a, b| a.union_bounds(&b))
            .expect("some");
        for (old, new) in ids.iter().zip(&booths) {
            let (o, n) = (source.booths[old].rect, target.booths[new].rect);
            assert_eq!(
                (n.x_mm - at.x_mm, n.y_mm - at.y_mm, n.w_mm, n.d_mm),
                (o.x_mm - corner.x_mm, o.y_mm - corner.y_mm, o.w_mm, o.d_mm)
            );
            let b = &target.booths[new];
            assert!(b.exhibitor.is_none() && b.status == BoothStatus::Available);
        }
        // Every number is still unique, as the validator keys them.
        let mut numbers: Vec<String> = target
            .booths
            .values()
            .map(|b| crate::model::number_key(&b.number))
            .collect();
        let all = numbers.len();
        numbers.sort();
        numbers.dedup();
        assert_eq!(numbers.len(), all, "no number twice");
        // A-502 was taken: the copy counts up from it to a number nobody has.
        let first = &target.booths[&booths[0]].number;
        assert!(first.starts_with("A-5") && first != "A-502", "{first}");
        assert!(!source.booths.values().any(|b| &b.number == first));
    }

    #[test]
    fn text_from_elsewhere_is_not_pasted() {
        let plan = crate::demo::demo_plan();
        assert_eq!(
            paste(&plan, "hello", Point::new(0, 0)).map(|_| ()),
            Err(PasteError::NotOurs)
        );
        assert_eq!(
            paste(
                &plan,
                "(kind: \"other\", version: 1, booths: [], obstacles: [])",
                Point::new(0, 0)
            )
            .map(|_| ()),
            Err(PasteError::NotOurs)
        );
        assert!(
            copy(&plan, &[], &[]).is_none(),
            "nothing selected, nothing copied"
        );
    }

    #[test]
    fn numbers_count_up_to_the_next_free_one() {
        let taken: std::collections::BTreeSet<String> =
            ["a-101", "a-102", "stage", "b-009", "STRASSE-1"]
                .iter()
                .map(|s| crate::model::number_key(s))
                .collect();
        assert_eq!(free_number("A-101", &taken), "A-103");
        assert_eq!(free_number("A-200", &taken), "A-200");
        assert_eq!(free_number("B-009", &taken), "B-010");
        assert_eq!(free_number("Stage", &taken), "Stage-2");
        // Keyed as the validator keys them: "Straße-1" is "STRASSE-1", taken.
        assert_eq!(free_number("Straße-1", &taken), "Straße-2");
    }
}
