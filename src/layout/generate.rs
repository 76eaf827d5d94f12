//! The booth-block generator: fill a rectangle of a hall with back-to-back rows of booths.
//!
//! Rows run east–west in pairs (backs touching), with aisles of the minimum width between the
//! pairs and around the block, and cross aisles so that no row is longer than the limit.
//! Candidates that would stand on an obstacle, in an exit's clearance zone, near fire equipment
//! or on an existing booth are skipped, and then the validator itself prunes any candidate still
//! involved in an error (a pinched gap beside a pillar, say) until none is: whatever the
//! generator returns validates with no new errors.

use std::collections::BTreeSet;

use crate::edit::Edit;
use crate::model::{Booth, BoothId, BoothStatus, HallId, ObstacleKind, Plan, Rect};
use crate::validate::{Severity, validate};

/// What to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockSpec {
    /// Hall to fill.
    pub hall: HallId,
    /// Area to fill, site coordinates.
    pub area: Rect,
    /// Booth width along the row.
    pub booth_w_mm: i64,
    /// Booth depth (a row pair is twice as deep).
    pub booth_d_mm: i64,
    /// Longest row without a cross aisle (30 m by default).
    pub max_row_mm: i64,
}

/// Why nothing could be generated. [`GenerateError::text`] words it in any language;
/// `Display` is its English.
#[derive(Debug, PartialEq, Eq)]
pub enum GenerateError {
    /// The hall does not exist.
    NoHall(HallId),
    /// The booth size is not positive.
    BadSize,
    /// Nothing fits.
    NothingFits,
}

impl GenerateError {
    /// The reason in a language (lower case; a caller starting a sentence with it capitalises
    /// it).
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{Arg, tr};
        match self {
            GenerateError::NoHall(hall) => tr(
                lang,
                "layout-generate-no-hall",
                &[("hall", Arg::from(hall.to_string()))],
            ),
            GenerateError::BadSize => tr(lang, "layout-generate-bad-size", &[]),
            GenerateError::NothingFits => tr(lang, "layout-generate-nothing-fits", &[]),
        }
    }
}

impl std::fmt::Display for GenerateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::i18n::Lang::En))
    }
}

impl std::error::Error for GenerateError {}

/// The generated booths.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// New booths with the ids they will get.
    pub booths: Vec<(BoothId, Booth)>,
    /// Candidates dropped by the validator pass.
    pub pruned: usize,
}

impl Block {
    /// The booths as one undoable edit.
    pub fn edit(&self) -> Edit {
        Edit::Batch(
            self.booths
                .iter()
                .map(|(id, b)| Edit::Booth(*id, Some(b.clone())))
                .collect(),
        )
    }
}

/// Default longest row without a cross aisle.
pub const DEFAULT_MAX_ROW_MM: i64 = 30_000;

/// Generates a block of booths. Pure: the plan is not changed.
///
/// # Errors
/// When the hall does not exist, the size is not positive, or nothing fits.
pub fn generate(plan: &Plan, spec: &BlockSpec) -> Result<Block, GenerateError> {
    let hall = plan
        .halls
        .get(&spec.hall)
        .ok_or(GenerateError::NoHall(spec.hall))?;
    let (w, d) = (spec.booth_w_mm, spec.booth_d_mm);
    if w <= 0 || d <= 0 {
        return Err(GenerateError::BadSize);
    }
    let aisle = plan.rules.min_aisle_mm.max(0);
    let inner = Rect::from_edges(
        spec.area.x_mm + aisle,
        spec.area.y_mm + aisle,
        spec.area.right() - aisle,
        spec.area.bottom() - aisle,
    );
    let max_row = spec.max_row_mm.max(w);
    let per_segment = (max_row / w).max(1);

    // Keep-out areas: obstacles with their clearances, exit zones, existing booths.
    let mut keep_out: Vec<Rect> = Vec::new();
    for o in plan.obstacles.values().filter(|o| o.hall == spec.hall) {
        let margin = match o.kind {
            ObstacleKind::FireEquipment => plan.rules.fire_equipment_clearance_mm.max(aisle),
            ObstacleKind::ReservedAisle => 0,
            _ => aisle,
        };
        keep_out.push(o.rect.expanded(margin));
    }
    for x in plan.exits.values().filter(|x| x.hall == spec.hall) {
        keep_out.push(x.clearance_zone(&plan.rules));
    }
    for b in plan.booths.values().filter(|b| b.hall == spec.hall) {
        keep_out.push(b.rect.expanded(aisle));
    }

    let mut candidates: Vec<(i64, i64, Rect)> = Vec::new(); // (row, position, rect)
    let mut y = inner.y_mm;
    let mut row = 0;
    while y + 2 * d <= inner.bottom() {
        for (half, ry) in [(0, y), (1, y + d)] {
            let mut x = inner.x_mm;
            let mut in_segment = 0;
            let mut pos = 0;
            while x + w <= inner.right() {
                if in_segment == per_segment {
                    x += aisle; // Cross aisle.
                    in_segment = 0;
                    continue;
                }
                let r = Rect::new(x, ry, w, d);
                let inside = hall.outline.iter().any(|o| o.contains_rect(&r));
                if inside && !keep_out.iter().any(|k| k.overlaps(&r)) {
                    pos += 1;
                    candidates.push((row * 2 + half, pos, r));
                }
                x += w;
                in_segment += 1;
            }
        }
        y += 2 * d + aisle;
        row += 1;
    }
    if candidates.is_empty() {
        return Err(GenerateError::NothingFits);
    }

    let first_row = next_row_number(plan, &hall.code);
    let mut numbers: BTreeSet<String> = plan
        .booths
        .values()
        .map(|b| crate::model::number_key(&b.number))
        .collect();
    let mut free = crate::model::free_ids(plan.booths.keys().map(|k| k.0).collect());
    let mut booths = Vec::new();
    for (row, pos, rect) in candidates {
        let mut number = format!("{}-{}{:02}", hall.code, first_row + row, pos);
        while numbers.contains(&crate::model::number_key(&number)) {
            number.push('A');
        }
        numbers.insert(crate::model::number_key(&number));
        let Some(next) = free.next().map(BoothId) else {
            break; // every id is taken: no more booths can be added
        };
        booths.push((
            next,
            Booth {
                number,
                hall: spec.hall,
                rect,
                status: BoothStatus::Available,
                price_override_minor: None,
                exhibitor: None,
            },
        ));
    }
    let pruned = prune(plan, &mut booths);
    if booths.is_empty() {
        return Err(GenerateError::NothingFits);
    }
    Ok(Block { booths, pruned })
}

/// Removes candidates until the plan has no error it did not have before. Returns how many
/// went.
///
/// Each round drops one new booth per new error (the last numbered of those involved), so a
/// pinched gap costs one booth, not both. A new error that names only existing booths (one
/// walled in, say) drops the new booths close to them. After 32 rounds every offender goes.
fn prune(plan: &Plan, booths: &mut Vec<(BoothId, Booth)>) -> usize {
    let start = booths.len();
    let key = |f: &crate::validate::Finding| (f.rule, f.booth_ids.clone());
    let baseline: BTreeSet<_> = validate(plan)
        .findings
        .iter()
        .filter(|f| f.severity() == Severity::Error)
        .map(key)
        .collect();
    let near = plan.rules.min_aisle_mm.max(0) * 2;
    for round in 0..=32 {
        let mut trial = plan.clone();
        trial.booths.extend(booths.iter().cloned());
        let new: BTreeSet<BoothId> = booths.iter().map(|(id, _)| *id).collect();
        let report = validate(&trial);
        let fresh: Vec<&crate::validate::Finding> = report
            .findings
            .iter()
            .filter(|f| f.severity() == Severity::Error && !baseline.contains(&key(f)))
            .collect();
        if fresh.is_empty() {
            break;
        }
        let mut drop = BTreeSet::new();
        for f in fresh {
            let mine: Vec<BoothId> = f
                .booth_ids
                .iter()
                .copied()
                .filter(|id| new.contains(id))
                .collect();
            if round < 32 && !mine.is_empty() {
                drop.extend(mine.iter().max().copied());
            } else if !mine.is_empty() {
                drop.extend(mine);
            } else {
                let theirs: Vec<Rect> = f
                    .booth_ids
                    .iter()
                    .filter_map(|id| plan.booths.get(id))
                    .map(|b| b.rect.expanded(near))
                    .collect();
                drop.extend(
                    booths
                        .iter()
                        .filter(|(_, b)| theirs.iter().any(|t| t.overlaps(&b.rect)))
                        .map(|(id, _)| *id),
                );
            }
        }
        if drop.is_empty() {
            break; // Errors the generator cannot fix by removing its own booths.
        }
        booths.retain(|(id, _)| !drop.contains(id));
    }
    start - booths.len()
}

/// One more than the highest row number used in the hall's booth numbers ("A-1203" → row 12):
/// the row a new block of booths, or a renumbered selection, starts at.
pub fn next_row_number(plan: &Plan, code: &str) -> i64 {
    let prefix = format!("{code}-");
    plan.booths
        .values()
        .filter_map(|b| b.number.strip_prefix(&prefix))
        .filter_map(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            (digits.len() >= 3)
                .then(|| digits[..digits.len() - 2].parse::<i64>().ok())
                .flatten()
        })
        .max()
        .map_or(1, |r| r.saturating_add(1))
}
