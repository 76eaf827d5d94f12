//! Automatic allocation of exhibitors to available booths.
//!
//! An optimisation with stated objectives, in this order: as many companies placed as possible
//! (higher priorities first), never a booth smaller than the contract beyond the tolerance,
//! never beside or facing a competitor, in the zone or pavilion asked for, and as little floor
//! given away beyond the contracts as possible. Solved exactly as a minimum-cost flow on
//! classes of companies and booths ([`super::optimal`]); competitors are kept apart when each
//! class's booths are handed out. Deterministic; every exhibitor left unplaced gets a reason.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

mod merges;

use super::optimal::{Offer, Want, solve, want_of};
use crate::edit::Edit;
use crate::i18n::{Arg, Lang, tr};
use crate::model::spatial::{ItemKind, SiteIndex};
use crate::model::{BoothId, ExhibitorId, Plan, ZoneId};
use crate::validate::Param;

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
    /// Words for people, in English (what scripts and `--json` read).
    pub fn label(self) -> &'static str {
        match self {
            Placement::ExactInZone => "exact area, in their zone",
            Placement::LargerInZone => "nearest larger booth, in their zone",
            Placement::ExactOutsideZone => "exact area, outside their zone",
            Placement::LargerOutsideZone => "nearest larger booth, outside their zone",
        }
    }

    /// The catalogue key of its words (`alloc-placement-…`).
    pub fn key(self) -> &'static str {
        match self {
            Placement::ExactInZone => "alloc-placement-exact-in-zone",
            Placement::LargerInZone => "alloc-placement-larger-in-zone",
            Placement::ExactOutsideZone => "alloc-placement-exact-outside-zone",
            Placement::LargerOutsideZone => "alloc-placement-larger-outside-zone",
        }
    }

    /// Words for people in a language (`text(Lang::En) == label()`).
    pub fn text(self, lang: Lang) -> String {
        tr(lang, self.key(), &[])
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

/// Free booths merged into one for a company that no single booth fits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merge {
    /// The booths merged, the first giving the merged booth its id and number.
    pub booths: Vec<BoothId>,
    /// The company it is for.
    pub exhibitor: ExhibitorId,
}

/// How to allocate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AllocateOptions {
    /// For a company that no single free booth fits, merge neighbouring free booths.
    pub merge: bool,
}

/// An exhibitor the allocator could not place, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unplaced {
    /// The exhibitor.
    pub exhibitor: ExhibitorId,
    /// Why, in English words ("no available booth of 36 m² or more in Spectrum & Satellite"):
    /// what scripts read; [`Unplaced::text`] gives it in any language.
    pub reason: String,
    /// The catalogue key of the reason (`alloc-unplaced-…`).
    pub key: &'static str,
    /// The values the reason names, typed so each language writes them its own way.
    pub params: Vec<(&'static str, Param)>,
}

impl Unplaced {
    /// Why, in a language (`text(Lang::En) == reason`).
    pub fn text(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg)> = self.params.iter().map(|(n, p)| (*n, p.arg(lang))).collect();
        tr(lang, self.key, &args)
    }
}

/// The allocator's proposal: apply it with [`Allocation::edit`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Allocation {
    /// Assignments, in the order they were made.
    pub assignments: Vec<Assignment>,
    /// Exhibitors left without a booth.
    pub unplaced: Vec<Unplaced>,
    /// Booth area handed out beyond the contracts, mm².
    pub given_away_mm2: i128,
    /// Booths merged to place companies (applied before the assignments).
    pub merged: Vec<Merge>,
}

impl Allocation {
    /// All assignments as one undoable edit (each booth becomes reserved), after the merges.
    pub fn edit(&self, plan: &Plan) -> Edit {
        // Each step made on the plan as the steps before left it.
        let mut scratch = plan.clone();
        let mut edits = Vec::new();
        let mut step = |scratch: &mut Plan, edit: Edit| {
            crate::edit::apply(scratch, edit.clone());
            edits.push(edit);
        };
        // A merge the plan no longer allows (a stale proposal) takes its company with it:
        // never a booth smaller than the contract.
        let mut dropped = BTreeSet::new();
        for m in &self.merged {
            match crate::edit::reshape::merge_booths(&scratch, &m.booths) {
                Ok(edit) => step(&mut scratch, edit),
                Err(_) => {
                    dropped.insert(m.exhibitor);
                }
            }
        }
        for a in self
            .assignments
            .iter()
            .filter(|a| !dropped.contains(&a.exhibitor))
        {
            if let Some(edit) = Edit::allocate(&scratch, a.booth, a.exhibitor) {
                step(&mut scratch, edit);
            }
        }
        Edit::Batch(edits)
    }

    /// How many were placed by each criterion.
    pub fn by_placement(&self) -> BTreeMap<Placement, usize> {
        let mut counts = BTreeMap::new();
        for a in &self.assignments {
            *counts.entry(a.placement).or_insert(0) += 1;
        }
        counts
    }

    /// Companies placed outside the zone they asked for.
    pub fn outside_zone(&self) -> usize {
        self.assignments
            .iter()
            .filter(|a| {
                matches!(
                    a.placement,
                    Placement::ExactOutsideZone | Placement::LargerOutsideZone
                )
            })
            .count()
    }

    /// A summary for people, in English (what the command line prints; figures written as
    /// scripts read them, without digit grouping). [`Allocation::summary_text`] gives it in
    /// any language.
    pub fn summary(&self) -> String {
        self.summary_text(Lang::En)
    }

    /// [`Allocation::summary`] in a language, its figures written the language's way.
    pub fn summary_text(&self, lang: Lang) -> String {
        let mut s = tr(
            lang,
            "alloc-summary",
            &[
                ("count", Arg::from(self.assignments.len())),
                ("unplaced", Arg::from(self.unplaced.len())),
                (
                    "area",
                    Arg::from(crate::i18n::area(lang, self.given_away_mm2)),
                ),
                ("outside", Arg::from(self.outside_zone())),
            ],
        );
        if !self.merged.is_empty() {
            s.push_str(&tr(
                lang,
                "alloc-summary-merged",
                &[("count", Arg::from(self.merged.len()))],
            ));
        }
        for (p, n) in self.by_placement() {
            s.push_str(&tr(
                lang,
                "alloc-summary-by-placement",
                &[
                    ("count", Arg::from(n)),
                    ("placement", Arg::from(p.text(lang))),
                ],
            ));
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
pub fn allocate(plan: &Plan) -> Allocation {
    allocate_with(plan, AllocateOptions::default())
}

/// [`allocate`], with options.
pub fn allocate_with(plan: &Plan, options: AllocateOptions) -> Allocation {
    let mut state = State::new(plan);
    let order = state.order();
    // The optimum by class: how many of each want go to booths of each offer.
    let mut wants: BTreeMap<Want, i64> = BTreeMap::new();
    for e in &order {
        *wants.entry(want_of(plan, *e, state.tolerance)).or_insert(0) += 1;
    }
    let mut offers: BTreeMap<Offer, i64> = BTreeMap::new();
    for (area, ids) in &state.all {
        for b in ids {
            *offers
                .entry(Offer {
                    zone: state.zone_of[b],
                    area: *area,
                })
                .or_insert(0) += 1;
        }
    }
    let mut slots: BTreeMap<Want, Vec<(Offer, i64)>> = BTreeMap::new();
    for ((want, offer), n) in solve(&wants, &offers) {
        if let Some(offer) = offer {
            slots.entry(want).or_default().push((offer, n));
        }
    }
    let mut result = Allocation::default();
    let mut left = Vec::new();
    for eid in order {
        let want = want_of(plan, eid, state.tolerance);
        // Cheapest first: in the zone, then the least floor given away.
        let placed = slots.get_mut(&want).and_then(|list| {
            let mut ranked: Vec<usize> = (0..list.len()).filter(|i| list[*i].1 > 0).collect();
            ranked.sort_by_key(|i| {
                let o = list[*i].0;
                (want.zone.is_some() && o.zone != want.zone, o.area)
            });
            ranked.into_iter().find_map(|i| {
                let booth = state.first_ok(eid, list[i].0)?;
                list[i].1 -= 1;
                Some(booth)
            })
        });
        if let Some(booth) = placed {
            result.assignments.push(state.take(eid, booth));
        } else {
            // Booths were meant for it, and a competitor beside each turned it away.
            if slots
                .get(&want)
                .is_some_and(|l| l.iter().any(|(_, n)| *n > 0))
            {
                state.blocked.insert(eid);
            }
            left.push(eid);
        }
    }
    // Those the flow left over, or whose class had no booth beside no competitor, by priority
    // (then larger contracts, then id): the best booth still free that suits them, else the
    // reason why none does.
    left.sort_by_key(|e| {
        let x = &plan.exhibitors[e];
        (
            std::cmp::Reverse(x.priority),
            std::cmp::Reverse(x.contracted_area_mm2),
            *e,
        )
    });
    let mut unplaced = Vec::new();
    for eid in left {
        match state.best_free(eid) {
            Some(booth) => result.assignments.push(state.take(eid, booth)),
            None => unplaced.push(eid),
        }
    }
    // Then, if asked, neighbouring free booths merged for those no single booth fits.
    let runs = if options.merge && !unplaced.is_empty() {
        state.runs()
    } else {
        Vec::new()
    };
    for eid in unplaced {
        if let Some(run) = state.best_merge(&runs, eid) {
            result.assignments.push(state.take_run(eid, run));
            result.merged.push(Merge {
                booths: run.ids.clone(),
                exhibitor: eid,
            });
        } else {
            result.unplaced.push(state.why_not(eid));
        }
    }
    result.given_away_mm2 = result
        .assignments
        .iter()
        .map(|a| {
            let contract = i128::from(plan.exhibitors[&a.exhibitor].contracted_area_mm2.max(0));
            let area = state
                .merged_area
                .get(&a.booth)
                .copied()
                .unwrap_or_else(|| plan.booths[&a.booth].area_mm2());
            (area - contract).max(0)
        })
        .sum();
    result
}

/// The criterion a placement met.
fn placement(in_zone: bool, exact: bool) -> Placement {
    match (in_zone, exact) {
        (true, true) => Placement::ExactInZone,
        (true, false) => Placement::LargerInZone,
        (false, true) => Placement::ExactOutsideZone,
        (false, false) => Placement::LargerOutsideZone,
    }
}

/// What the allocator knows as it hands booths out.
struct State<'p> {
    plan: &'p Plan,
    tolerance: i128,
    /// Booths that touch or face each booth.
    near: BTreeMap<BoothId, Vec<BoothId>>,
    /// Who holds which booth, as the allocator goes.
    holder: BTreeMap<BoothId, ExhibitorId>,
    zone_of: BTreeMap<BoothId, Option<ZoneId>>,
    /// Free booths by area, over the site and per zone.
    all: ByArea,
    by_zone: BTreeMap<ZoneId, ByArea>,
    /// The area of booths merged for a company, by the merged booth's id.
    merged_area: BTreeMap<BoothId, i128>,
    /// The free booths before anyone was placed (for the reasons).
    free_at_start: ByArea,
    /// Companies a booth meant for them was refused to, for a competitor beside it.
    blocked: BTreeSet<ExhibitorId>,
}

impl<'p> State<'p> {
    fn new(plan: &'p Plan) -> Self {
        let index = SiteIndex::new(
            plan,
            plan.rules.competitor_facing_gap_mm.clamp(1, 1_000_000) + 1,
        );
        let zone_of: BTreeMap<BoothId, Option<ZoneId>> = plan
            .booths
            .iter()
            .map(|(id, b)| (*id, plan.zone_of(b)))
            .collect();
        let mut all: ByArea = BTreeMap::new();
        let mut by_zone: BTreeMap<ZoneId, ByArea> = BTreeMap::new();
        for (id, b) in &plan.booths {
            // Out of range booths are left to the validator: no cost is weighed for them.
            let free = b.is_free()
                && plan.halls.contains_key(&b.hall)
                && crate::model::geom::in_range(&b.rect);
            if !free {
                continue;
            }
            all.entry(b.area_mm2()).or_default().insert(*id);
            if let Some(z) = zone_of[id] {
                by_zone
                    .entry(z)
                    .or_default()
                    .entry(b.area_mm2())
                    .or_default()
                    .insert(*id);
            }
        }
        Self {
            plan,
            tolerance: i128::from(plan.rules.area_tolerance_permille.clamp(0, 1000)),
            near: neighbours(plan, &index),
            holder: plan
                .booths
                .iter()
                .filter_map(|(id, b)| b.exhibitor.map(|e| (*id, e)))
                .collect(),
            zone_of,
            free_at_start: all.clone(),
            all,
            by_zone,
            merged_area: BTreeMap::new(),
            blocked: BTreeSet::new(),
        }
    }

    /// Exhibitors without a booth: those with competitors first (they have fewer booths to
    /// choose from), then by priority, larger contracts first, then id.
    fn order(&self) -> Vec<ExhibitorId> {
        let plan = self.plan;
        let held: BTreeSet<ExhibitorId> = self.holder.values().copied().collect();
        let rivals: BTreeSet<ExhibitorId> = plan
            .exhibitors
            .iter()
            .flat_map(|(id, e)| {
                e.competitors
                    .iter()
                    .copied()
                    .chain((!e.competitors.is_empty()).then_some(*id))
            })
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
                !rivals.contains(e),
                std::cmp::Reverse(x.priority),
                std::cmp::Reverse(x.contracted_area_mm2),
                *e,
            )
        });
        waiting
    }

    /// True when `booth` neither touches nor faces a booth of a competitor of `eid`.
    fn ok(&self, eid: ExhibitorId, booth: BoothId) -> bool {
        let plan = self.plan;
        let Some(ex) = plan.exhibitors.get(&eid) else {
            return false;
        };
        !self.near.get(&booth).is_some_and(|ns| {
            ns.iter().any(|n| {
                self.holder.get(n).is_some_and(|other| {
                    ex.competitors.contains(other)
                        || plan
                            .exhibitors
                            .get(other)
                            .is_some_and(|o| o.competitors.contains(&eid))
                })
            })
        })
    }

    /// The first free booth of an offer that suits `eid`.
    fn first_ok(&self, eid: ExhibitorId, offer: Offer) -> Option<BoothId> {
        let index = match offer.zone {
            Some(z) => self.by_zone.get(&z)?,
            None => &self.all,
        };
        index
            .get(&offer.area)?
            .iter()
            .copied()
            .filter(|b| self.zone_of[b] == offer.zone)
            .find(|b| self.ok(eid, *b))
    }

    /// The best free booth for `eid` as things stand (in its zone first, an exact area before
    /// the nearest larger one), if any suits it.
    fn best_free(&self, eid: ExhibitorId) -> Option<BoothId> {
        let want = want_of(self.plan, eid, self.tolerance);
        let max_exact = want.max_exact(self.tolerance);
        let ok = |b: BoothId| self.ok(eid, b);
        want.zone
            .and_then(|z| self.by_zone.get(&z))
            .and_then(|i| pick(i, want.contract, want.min_area, max_exact, &ok))
            .or_else(|| pick(&self.all, want.contract, want.min_area, max_exact, &ok))
            .map(|(b, _)| b)
    }

    /// Gives `booth` to `eid`.
    fn take(&mut self, eid: ExhibitorId, booth: BoothId) -> Assignment {
        let area = self.plan.booths[&booth].area_mm2();
        self.unfree(eid, booth);
        self.assignment(eid, booth, self.zone_of[&booth], area)
    }

    /// `booth` is no longer free: `eid` holds it.
    fn unfree(&mut self, eid: ExhibitorId, booth: BoothId) {
        let area = self.plan.booths[&booth].area_mm2();
        remove(&mut self.all, area, booth);
        if let Some(z) = self.zone_of[&booth]
            && let Some(index) = self.by_zone.get_mut(&z)
        {
            remove(index, area, booth);
        }
        self.holder.insert(booth, eid);
    }

    /// `eid` in `booth`, which stands in `zone` and measures `area`: by which criterion.
    fn assignment(
        &self,
        eid: ExhibitorId,
        booth: BoothId,
        zone: Option<ZoneId>,
        area: i128,
    ) -> Assignment {
        let want = want_of(self.plan, eid, self.tolerance);
        let in_zone = want.zone.is_none() || zone == want.zone;
        Assignment {
            exhibitor: eid,
            booth,
            placement: placement(in_zone, area <= want.max_exact(self.tolerance)),
        }
    }

    /// Why no booth suits `eid`.
    fn why_not(&self, eid: ExhibitorId) -> Unplaced {
        let want = want_of(self.plan, eid, self.tolerance);
        let fitting: usize = self
            .all
            .range(want.min_area..)
            .map(|(_, ids)| ids.len())
            .sum();
        let size = Param::Area(want.min_area.max(0));
        let count = |n: usize| Param::Count(i64::try_from(n).unwrap_or(i64::MAX));
        let at_start: usize = self
            .free_at_start
            .range(want.min_area..)
            .map(|(_, ids)| ids.len())
            .sum();
        let (key, params): (&'static str, Vec<(&'static str, Param)>) = if fitting > 0 {
            (
                "alloc-unplaced-beside-competitor",
                vec![("count", count(fitting)), ("size", size)],
            )
        } else if at_start > 0 && self.blocked.contains(&eid) {
            (
                "alloc-unplaced-blocked",
                vec![("size", size), ("count", count(at_start))],
            )
        } else if at_start > 0 {
            (
                "alloc-unplaced-taken",
                vec![("count", count(at_start)), ("size", size)],
            )
        } else if let Some(zone) = want.zone.and_then(|z| self.plan.zones.get(&z)) {
            (
                "alloc-unplaced-none-in-zone",
                vec![("size", size), ("zone", Param::from(&zone.name))],
            )
        } else {
            ("alloc-unplaced-none", vec![("size", size)])
        };
        let mut unplaced = Unplaced {
            exhibitor: eid,
            reason: String::new(),
            key,
            params,
        };
        unplaced.reason = unplaced.text(Lang::En);
        unplaced
    }
}
