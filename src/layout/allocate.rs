//! Automatic allocation of exhibitors to available booths.
//!
//! Greedy and deterministic: exhibitors in order of priority (then larger contracts first,
//! then id) each take the best available booth: in their zone or pavilion before outside it,
//! an exact area (within the plan's tolerance) before the nearest larger one, never a smaller
//! one, and never one that touches or faces a competitor's booth. Every exhibitor left unplaced
//! gets a reason.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::Serialize;

use crate::edit::Edit;
use crate::model::geom::fmt_m2;
use crate::model::spatial::{ItemKind, SiteIndex};
use crate::model::{BoothId, BoothStatus, ExhibitorId, Plan, ZoneId};

/// How an exhibitor was placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Placement {
    /// In its zone, with the contracted area.
    ExactInZone,
    /// In its zone, in the nearest larger booth.
    LargerInZone,
    /// Outside its zone (no fitting booth there), with the contracted area.
    ExactOutsideZone,
    /// Outside its zone, in the nearest larger booth.
    LargerOutsideZone,
}

impl Placement {
    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            Placement::ExactInZone => "exact area, in their zone",
            Placement::LargerInZone => "nearest larger booth, in their zone",
            Placement::ExactOutsideZone => "exact area, outside their zone",
            Placement::LargerOutsideZone => "nearest larger booth, outside their zone",
        }
    }
}

/// One proposed assignment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    /// The exhibitor.
    pub exhibitor: ExhibitorId,
    /// The booth it gets.
    pub booth: BoothId,
    /// Which criterion placed it.
    pub placement: Placement,
}

/// An exhibitor the allocator could not place, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unplaced {
    /// The exhibitor.
    pub exhibitor: ExhibitorId,
    /// Why, in words ("no available booth of 36 m² or more in Spectrum & Satellite").
    pub reason: String,
}

/// The allocator's proposal: apply it with [`Allocation::edit`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Allocation {
    /// Assignments, in the order they were made.
    pub assignments: Vec<Assignment>,
    /// Exhibitors left without a booth.
    pub unplaced: Vec<Unplaced>,
}

impl Allocation {
    /// All assignments as one undoable edit (each booth becomes reserved).
    pub fn edit(&self, plan: &Plan) -> Edit {
        Edit::Batch(
            self.assignments
                .iter()
                .filter_map(|a| Edit::allocate(plan, a.booth, a.exhibitor))
                .collect(),
        )
    }

    /// How many were placed by each criterion.
    pub fn by_placement(&self) -> BTreeMap<Placement, usize> {
        let mut counts = BTreeMap::new();
        for a in &self.assignments {
            *counts.entry(a.placement).or_insert(0) += 1;
        }
        counts
    }

    /// A summary for people.
    pub fn summary(&self) -> String {
        let mut s = format!(
            "{} placed, {} unplaced",
            self.assignments.len(),
            self.unplaced.len()
        );
        for (p, n) in self.by_placement() {
            let _ = write!(s, "; {n} {}", p.label());
        }
        s
    }
}

/// Booths that touch a booth or face it across open floor no wider than the competitor rule.
/// `index` must reach at least that far beyond each hall (as [`crate::model::Derived`]'s does).
pub fn neighbours(plan: &Plan, index: &SiteIndex) -> BTreeMap<BoothId, Vec<BoothId>> {
    let reach = plan.rules.competitor_facing_gap_mm.clamp(0, 1_000_000);
    let mut out: BTreeMap<BoothId, Vec<BoothId>> = BTreeMap::new();
    let mut scratch = Vec::new();
    let mut between = Vec::new();
    for (id, booth) in &plan.booths {
        let Some(hall) = index.halls.get(&booth.hall) else {
            continue;
        };
        hall.query(&booth.rect.expanded(reach), &mut scratch);
        for &j in &scratch {
            let item = hall.items[j as usize];
            let ItemKind::Booth(other) = item.kind else {
                continue;
            };
            if other == *id {
                continue;
            }
            let Some(gap) = crate::model::geom::facing_gap(&booth.rect, &item.rect) else {
                continue;
            };
            if gap > reach {
                continue;
            }
            if gap > 0
                && !hall.open_floor_between((*id, &booth.rect), (other, &item.rect), &mut between)
            {
                continue;
            }
            out.entry(*id).or_default().push(other);
        }
    }
    out
}

/// Free booths by area.
type ByArea = BTreeMap<i128, BTreeSet<BoothId>>;

/// The best acceptable booth: the closest area within the tolerance (then the lowest id), else
/// the smallest larger one. `true` with it when the area counts as exact.
fn pick(
    index: &ByArea,
    contract: i128,
    min_area: i128,
    max_exact: i128,
    ok: &impl Fn(BoothId) -> bool,
) -> Option<(BoothId, bool)> {
    let exact = index
        .range(min_area..=max_exact)
        .filter_map(|(area, ids)| {
            ids.iter()
                .copied()
                .find(|b| ok(*b))
                .map(|b| ((area - contract).abs(), b))
        })
        .min();
    if let Some((_, b)) = exact {
        return Some((b, true));
    }
    index
        .range(max_exact.saturating_add(1)..)
        .find_map(|(_, ids)| ids.iter().copied().find(|b| ok(*b)))
        .map(|b| (b, false))
}

fn remove(index: &mut ByArea, area: i128, booth: BoothId) {
    if let Some(ids) = index.get_mut(&area) {
        ids.remove(&booth);
        if ids.is_empty() {
            index.remove(&area);
        }
    }
}

/// Proposes booths for every exhibitor that has none. Pure and deterministic.
#[expect(
    clippy::too_many_lines,
    reason = "the allocation's passes in the order they run"
)]
pub fn allocate(plan: &Plan) -> Allocation {
    let index = SiteIndex::new(
        plan,
        plan.rules.competitor_facing_gap_mm.clamp(1, 1_000_000) + 1,
    );
    let near = neighbours(plan, &index);
    let tolerance = i128::from(plan.rules.area_tolerance_permille.clamp(0, 1000));

    // Who holds which booth, updated as the allocator goes.
    let mut holder: BTreeMap<BoothId, ExhibitorId> = plan
        .booths
        .iter()
        .filter_map(|(id, b)| b.exhibitor.map(|e| (*id, e)))
        .collect();
    let held: BTreeSet<ExhibitorId> = holder.values().copied().collect();
    let free: Vec<BoothId> = plan
        .booths
        .iter()
        .filter(|(_, b)| {
            b.exhibitor.is_none()
                && b.status == BoothStatus::Available
                && plan.halls.contains_key(&b.hall)
        })
        .map(|(id, _)| *id)
        .collect();
    let zone_of: BTreeMap<BoothId, Option<ZoneId>> = plan
        .booths
        .iter()
        .map(|(id, b)| (*id, plan.zone_of(b)))
        .collect();

    let mut waiting: Vec<ExhibitorId> = plan
        .exhibitors
        .keys()
        .filter(|e| !held.contains(e))
        .copied()
        .collect();
    waiting.sort_by_key(|e| {
        let x = &plan.exhibitors[e];
        (
            std::cmp::Reverse(x.priority),
            std::cmp::Reverse(x.contracted_area_mm2),
            *e,
        )
    });

    // Free booths by area, over the whole site and per zone.
    let mut all: ByArea = BTreeMap::new();
    let mut by_zone: BTreeMap<ZoneId, ByArea> = BTreeMap::new();
    for booth in &free {
        let area = plan.booths[booth].area_mm2();
        all.entry(area).or_default().insert(*booth);
        if let Some(z) = zone_of[booth] {
            by_zone
                .entry(z)
                .or_default()
                .entry(area)
                .or_default()
                .insert(*booth);
        }
    }

    let mut result = Allocation::default();
    for eid in waiting {
        let ex = &plan.exhibitors[&eid];
        let contract = i128::from(ex.contracted_area_mm2.max(0));
        let min_area = contract - contract * tolerance / 1000;
        let max_exact = contract + contract * tolerance / 1000;
        let ok = |booth: BoothId| {
            !near.get(&booth).is_some_and(|ns| {
                ns.iter().any(|n| {
                    holder.get(n).is_some_and(|other| {
                        ex.competitors.contains(other)
                            || plan
                                .exhibitors
                                .get(other)
                                .is_some_and(|o| o.competitors.contains(&eid))
                    })
                })
            })
        };
        let zone_index = ex.preferred_zone.and_then(|z| by_zone.get(&z));
        let picked = match (ex.preferred_zone, zone_index) {
            (None, _) => {
                pick(&all, contract, min_area, max_exact, &ok).map(|(b, exact)| (b, exact, true))
            }
            (Some(_), index) => index
                .and_then(|i| pick(i, contract, min_area, max_exact, &ok))
                .map(|(b, exact)| (b, exact, true))
                .or_else(|| {
                    pick(&all, contract, min_area, max_exact, &ok)
                        .map(|(b, exact)| (b, exact, false))
                }),
        };
        if let Some((booth, exact, in_zone)) = picked {
            let placement = match (in_zone, exact) {
                (true, true) => Placement::ExactInZone,
                (true, false) => Placement::LargerInZone,
                (false, true) => Placement::ExactOutsideZone,
                (false, false) => Placement::LargerOutsideZone,
            };
            let area = plan.booths[&booth].area_mm2();
            remove(&mut all, area, booth);
            if let Some(z) = zone_of[&booth] {
                if let Some(index) = by_zone.get_mut(&z) {
                    remove(index, area, booth);
                }
            }
            holder.insert(booth, eid);
            result.assignments.push(Assignment {
                exhibitor: eid,
                booth,
                placement,
            });
        } else {
            let fitting: usize = all.range(min_area..).map(|(_, ids)| ids.len()).sum();
            let size = fmt_m2(min_area.max(0));
            let reason = if fitting > 0 {
                format!(
                    "each of the {fitting} available booths of {size} or more is beside or facing a competitor"
                )
            } else if let Some(zone) = ex.preferred_zone.and_then(|z| plan.zones.get(&z)) {
                format!(
                    "no available booth of {size} or more in {} or elsewhere",
                    zone.name
                )
            } else {
                format!("no available booth of {size} or more")
            };
            result.unplaced.push(Unplaced {
                exhibitor: eid,
                reason,
            });
        }
    }
    result
}
