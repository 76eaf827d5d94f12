//! Live validation while booths are dragged: after booths move or change size, only what the
//! change can reach is checked again, and the report equals a full validation of the new plan.
//!
//! What a moved booth can change, and nothing else:
//! - findings that involve a booth within reach of its old or new place (the largest distance
//!   any pairwise rule looks across: the minimum aisle, the competitors' facing gap or the
//!   accessible clear width): overlaps, gaps, open sides, depth, competitors, exits and fire
//!   equipment, and the rows those booths stand in;
//! - its own size and grid findings, and the area and zone findings of its exhibitor;
//! - the walking paths of every hall whose floor (grown by a minimum aisle) it leaves or
//!   enters, and of every hall whose booths' open sides may have changed.
//!
//! The spatial indexes are patched in place (a moved booth is searched one by one until the next
//! full rebuild), the open sides of the booths within reach are recomputed, and the findings of
//! the site-wide families are replaced for those booths only. Anything that is not a change of
//! booth rectangles (or a booth that leaves the measurable range) falls back to a full
//! validation.

use std::collections::{BTreeMap, BTreeSet};

use super::{Finding, Fixed, Job, Report, Rule, Scope, in_parallel, reach, run_job, sort_findings};
use crate::model::derive::open_sides;
use crate::model::geom::in_range;
use crate::model::spatial::{ItemKind, touches};
use crate::model::{Booth, BoothId, Derived, ExhibitorId, HallId, Plan, Rect};

/// After this many moved booths the indexes are rebuilt from scratch.
const MAX_PATCHED: usize = 1024;

/// A report kept up to date as booths move.
pub struct Live {
    derived: Derived,
    /// Findings of the site-wide families (geometry, rows, data).
    site: Vec<Finding>,
    /// Walking-path findings of each hall.
    halls: BTreeMap<HallId, Vec<Finding>>,
    report: Report,
    /// Each booth as last validated.
    booths: BTreeMap<BoothId, Booth>,
    /// Each booth's item in the site-wide index.
    site_item: BTreeMap<BoothId, usize>,
    /// Each booth's item in its hall's index (a drag step finds it without a scan).
    hall_item: BTreeMap<BoothId, usize>,
    /// The booths of each hall that can be measured.
    by_hall: BTreeMap<HallId, Vec<BoothId>>,
    /// Competitors and who holds which booth: unchanged while booths only move.
    fixed: Fixed,
}

impl Live {
    /// Validates `plan` in full.
    pub fn new(plan: &Plan) -> Self {
        let derived = Derived::new(plan);
        let by_hall = reach::booths_by_hall(plan);
        let mut jobs: Vec<Job<'_>> = vec![Job::Geometry, Job::Rows, Job::Data];
        jobs.extend(
            plan.halls
                .keys()
                .map(|h| Job::Hall(*h, by_hall.get(h).map_or(&[][..], Vec::as_slice))),
        );
        let mut results = in_parallel(jobs.len(), |k| {
            run_job(plan, &derived, &jobs[k], Scope::All)
        })
        .into_iter();
        let site: Vec<Finding> = results.by_ref().take(3).flatten().collect();
        let halls: BTreeMap<HallId, Vec<Finding>> =
            plan.halls.keys().copied().zip(results).collect();
        let site_item = derived
            .site_booths
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| match item.kind {
                ItemKind::Booth(id) => Some((id, i)),
                _ => None,
            })
            .collect();
        let hall_item = derived
            .index
            .halls
            .values()
            .flat_map(|index| {
                index
                    .items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, item)| match item.kind {
                        ItemKind::Booth(id) => Some((id, i)),
                        _ => None,
                    })
            })
            .collect();
        let by_hall = by_hall.into_iter().collect();
        let mut live = Self {
            derived,
            site,
            halls,
            report: Report::default(),
            booths: plan.booths.clone(),
            site_item,
            hall_item,
            by_hall,
            fixed: Fixed::new(plan),
        };
        live.assemble();
        live
    }

    /// The current report.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The derived values (open sides, indexes) the report was made with.
    pub fn derived(&self) -> &Derived {
        &self.derived
    }

    /// Brings the report up to date after the booths in `moved` changed place or size, and
    /// nothing else in the plan changed. Anything else about those booths (added, removed,
    /// renumbered, allocated, moved to another hall or out of range) is validated in full.
    #[expect(
        clippy::too_many_lines,
        reason = "the steps of one live update, in the order they must run"
    )]
    pub fn moved(&mut self, plan: &Plan, moved: &[BoothId]) {
        let mut changed: BTreeSet<BoothId> = BTreeSet::new();
        let mut regions: Vec<Rect> = Vec::new();
        for id in moved {
            let (Some(booth), Some(before)) = (plan.booths.get(id), self.booths.get(id)) else {
                *self = Self::new(plan);
                return;
            };
            let old = before.rect;
            if booth == before {
                continue;
            }
            let measurable = |r: &Rect| !r.is_empty() && in_range(r);
            let same_but_place = Booth {
                rect: old,
                ..booth.clone()
            } == *before;
            if !same_but_place
                || !measurable(&old)
                || !measurable(&booth.rect)
                || !self.site_item.contains_key(id)
            {
                *self = Self::new(plan);
                return;
            }
            changed.insert(*id);
            regions.extend([old, booth.rect]);
        }
        if changed.is_empty() {
            return;
        }
        self.patch_indexes(plan, &changed);
        // Counted once per booth however often it moves: a long drag stays live.
        if self.derived.site_booths.moved_count() > MAX_PATCHED {
            *self = Self::new(plan);
            return;
        }

        // Every booth whose findings a move can change.
        let rules = &plan.rules;
        let reach = rules
            .min_aisle_mm
            .max(rules.competitor_facing_gap_mm)
            .max(rules.min_clear_width_mm)
            .clamp(1, super::MAX_COORD_MM)
            + 1;
        let mut near: BTreeSet<BoothId> = changed.clone();
        let mut scratch = Vec::new();
        for r in &regions {
            self.derived
                .site_booths
                .query(&r.expanded(reach), &mut scratch);
            near.extend(scratch.iter().filter_map(|&i| {
                match self.derived.site_booths.items[i as usize].kind {
                    ItemKind::Booth(id) => Some(id),
                    _ => None,
                }
            }));
        }
        for id in &near {
            if let Some(booth) = plan.booths.get(id) {
                let open = open_sides(plan, &self.derived.index, *id, booth, &mut scratch);
                self.derived.open.insert(*id, open);
            }
        }

        // Halls whose walking field or booths' open sides the moves touch.
        let aisle = rules.min_aisle_mm.clamp(1, super::MAX_COORD_MM) + 1;
        let mut halls: BTreeSet<HallId> = plan
            .halls
            .iter()
            .filter(|(_, hall)| {
                let floor = hall.bounds().expanded(aisle);
                regions.iter().any(|r| touches(r, &floor))
            })
            .map(|(id, _)| *id)
            .collect();
        halls.extend(
            near.iter()
                .filter_map(|id| plan.booths.get(id).map(|b| b.hall))
                .filter(|h| plan.halls.contains_key(h)),
        );

        let exhibitors: BTreeSet<ExhibitorId> = changed
            .iter()
            .filter_map(|id| plan.booths.get(id)?.exhibitor)
            .collect();
        let stale = |f: &Finding| match f.rule {
            Rule::BoothOutsideHall
            | Rule::BoothOverlap
            | Rule::BoothOnObstacle
            | Rule::BoothContainsPillar
            | Rule::ExitBlocked
            | Rule::FireEquipmentBlocked
            | Rule::AisleTooNarrow
            | Rule::BoothNoAisleAccess
            | Rule::CompetitorsAdjacent
            | Rule::BoothTooDeep
            | Rule::RowTooLong => f.booth_ids.iter().any(|b| near.contains(b)),
            Rule::BoothTooSmall | Rule::OffGrid => f.booth_ids.iter().any(|b| changed.contains(b)),
            Rule::AreaMismatch | Rule::ZoneMismatch => {
                f.exhibitors.iter().any(|e| exhibitors.contains(e))
            }
            _ => false,
        };
        self.site.retain(|f| !stale(f));

        let mut jobs: Vec<Job<'_>> = vec![Job::Geometry, Job::Rows, Job::Data];
        jobs.extend(
            halls
                .iter()
                .map(|h| Job::Hall(*h, self.by_hall.get(h).map_or(&[][..], Vec::as_slice))),
        );
        let scope = Scope::Near {
            near: &near,
            moved: &changed,
            fixed: &self.fixed,
        };
        let derived = &self.derived;
        let run = |k: usize| {
            let scope = if matches!(jobs[k], Job::Hall(..)) {
                Scope::All
            } else {
                scope
            };
            run_job(plan, derived, &jobs[k], scope)
        };
        // One walking field is the bulk of the work: starting a thread for the small rest
        // costs more than it saves. Several fields share the cores.
        let mut results = if halls.len() > 1 {
            in_parallel(jobs.len(), run)
        } else {
            (0..jobs.len()).map(run).collect()
        }
        .into_iter();
        self.site.extend(results.by_ref().take(3).flatten());
        for (h, findings) in halls.iter().zip(results) {
            self.halls.insert(*h, findings);
        }
        self.assemble();
    }

    /// Moves the changed booths in the indexes and records their new places.
    fn patch_indexes(&mut self, plan: &Plan, changed: &BTreeSet<BoothId>) {
        for id in changed {
            let booth = &plan.booths[id];
            if let Some(i) = self.site_item.get(id) {
                self.derived.site_booths.move_item(*i, booth.rect);
            }
            if let Some(index) = self.derived.index.halls.get_mut(&booth.hall)
                && let Some(i) = self.hall_item.get(id)
            {
                index.move_item(*i, booth.rect);
            }
            if let Some(b) = self.booths.get_mut(id) {
                b.rect = booth.rect;
            }
        }
    }

    fn assemble(&mut self) {
        let mut findings: Vec<Finding> = self
            .site
            .iter()
            .chain(self.halls.values().flatten())
            .cloned()
            .collect();
        sort_findings(&mut findings);
        self.report = Report { findings };
    }
}
