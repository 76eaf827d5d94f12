//! The allocation as an optimisation, solved exactly on classes: companies that want the same
//! (zone, contracted area, priority) are interchangeable, and so are free booths of the same
//! (zone, area). A minimum-cost flow from company classes to booth classes then decides, in
//! this order: as many companies placed as possible (higher priorities first), in their zone,
//! with as little floor given away beyond the contracts as possible. A booth smaller than a
//! contract beyond the tolerance is never an arc at all. The flow is exact and takes
//! milliseconds even for 60,000 booths, since a show has a few hundred classes at most.
//!
//! Competitors (never touching or facing) are pairs, not classes: they are kept apart when
//! each class's booths are handed out — companies with competitors choose first, and one that
//! no booth of its class suits is placed in the best remaining booth that does.

use std::collections::BTreeMap;

use crate::model::{ExhibitorId, Plan, ZoneId};

use super::flow::Network;

/// Areas are costed in units of 0.01 m².
const AREA_UNIT_MM2: i128 = 10_000;
/// Contracts are grouped in steps of 0.1 m², rounded up (the smallest booth a group accepts
/// is then never below any member's): a list with contracts in odd units (square feet) makes
/// a few hundred groups, not one per company.
const CONTRACT_STEP_MM2: i128 = 100_000;
/// Floor given away counts at most this much per company (100 km², in cost units): costs stay
/// far inside `i128` whatever a hostile plan holds.
const MOST_GIVEN: i128 = 1_000_000_000_000;

/// A class of interchangeable companies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Want {
    /// Zone or pavilion asked for.
    pub zone: Option<ZoneId>,
    /// Contracted area, mm².
    pub contract: i128,
    /// Smallest acceptable area, mm².
    pub min_area: i128,
    /// Priority, higher first.
    pub priority: i32,
}

/// A class of interchangeable free booths.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Offer {
    /// The zone the booth stands in.
    pub zone: Option<ZoneId>,
    /// Its area, mm².
    pub area: i128,
}

/// How many companies of each want go to booths of each offer (`None`: left unplaced).
pub(super) type Counts = BTreeMap<(Want, Option<Offer>), i64>;

/// Floor given away beyond the contract, in cost units.
fn give(want: &Want, offer: &Offer) -> i128 {
    ((offer.area - want.contract).max(0) / AREA_UNIT_MM2).min(MOST_GIVEN)
}

/// The optimal numbers of each want placed in each offer.
pub(super) fn solve(wants: &BTreeMap<Want, i64>, offers: &BTreeMap<Offer, i64>) -> Counts {
    let companies: i128 = wants.values().map(|n| i128::from(*n)).sum::<i128>().max(1);
    let largest = offers
        .keys()
        .map(|o| (o.area / AREA_UNIT_MM2).clamp(0, MOST_GIVEN))
        .max()
        .unwrap_or(0);
    // Each term outweighs every possible total of the terms after it.
    let zone_w = companies * (largest + 1) + 1;
    let priorities: Vec<i32> = {
        let mut p: Vec<i32> = wants.keys().map(|w| w.priority).collect();
        p.sort_unstable();
        p.dedup();
        p
    };
    let prio_w = companies * (zone_w + largest + 1) + 1;
    let unplaced_w = companies * prio_w * (priorities.len() as i128 + 1) + 1;
    let rank = |p: i32| priorities.binary_search(&p).unwrap_or(0) as i128;

    let want_list: Vec<(&Want, &i64)> = wants.iter().collect();
    let offer_list: Vec<(&Offer, &i64)> = offers.iter().collect();
    let (source, sink) = (0, 1 + want_list.len() + offer_list.len());
    let mut net = Network::new(sink + 1);
    let mut arcs = Vec::new();
    for (i, (want, n)) in want_list.iter().enumerate() {
        let w = 1 + i;
        net.add(source, w, **n, 0);
        // Left unplaced: dearest of all, and dearer for a higher priority.
        let arc = net.add(w, sink, **n, unplaced_w + prio_w * rank(want.priority));
        arcs.push(((**want, None), arc));
        for (j, (offer, _)) in offer_list.iter().enumerate() {
            if offer.area < want.min_area {
                continue;
            }
            let outside = want.zone.is_some() && offer.zone != want.zone;
            let cost = if outside { zone_w } else { 0 } + give(want, offer);
            let arc = net.add(w, 1 + want_list.len() + j, **n, cost);
            arcs.push(((**want, Some(**offer)), arc));
        }
    }
    for (j, (_, n)) in offer_list.iter().enumerate() {
        net.add(1 + want_list.len() + j, sink, **n, 0);
    }
    let total: i64 = wants.values().sum();
    net.min_cost_flow(source, sink, total);
    arcs.into_iter()
        .filter_map(|(key, arc)| {
            let f = net.flow_on(arc);
            (f > 0).then_some((key, f))
        })
        .collect()
}

/// Everything the allocator weighs for one company.
pub(super) fn want_of(plan: &Plan, id: ExhibitorId, tolerance: i128) -> Want {
    let ex = &plan.exhibitors[&id];
    let contract = i128::from(ex.contracted_area_mm2.max(0));
    let grouped = (contract + CONTRACT_STEP_MM2 - 1) / CONTRACT_STEP_MM2 * CONTRACT_STEP_MM2;
    Want {
        zone: ex.preferred_zone,
        contract: grouped,
        min_area: grouped - grouped * tolerance / 1000,
        priority: ex.priority,
    }
}

impl Want {
    /// The largest area that still counts as the contracted one.
    pub(super) fn max_exact(&self, tolerance: i128) -> i128 {
        self.contract + self.contract * tolerance / 1000
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn want(contract_m2: i128, zone: Option<u32>, priority: i32) -> Want {
        Want {
            zone: zone.map(ZoneId),
            contract: contract_m2 * 1_000_000,
            min_area: contract_m2 * 950_000,
            priority,
        }
    }

    fn offer(area_m2: i128, zone: Option<u32>) -> Offer {
        Offer {
            zone: zone.map(ZoneId),
            area: area_m2 * 1_000_000,
        }
    }

    #[test]
    fn more_placed_beats_zone_and_zone_beats_area() {
        // Two 9 m² companies for zone 1; one 9 m² booth in zone 1 and one 18 m² outside.
        let wants = BTreeMap::from([(want(9, Some(1), 0), 2)]);
        let offers = BTreeMap::from([(offer(9, Some(1)), 1), (offer(18, Some(2)), 1)]);
        let plan = solve(&wants, &offers);
        assert_eq!(
            plan.get(&(want(9, Some(1), 0), Some(offer(9, Some(1))))),
            Some(&1)
        );
        assert_eq!(
            plan.get(&(want(9, Some(1), 0), Some(offer(18, Some(2))))),
            Some(&1)
        );
    }

    #[test]
    fn the_higher_priority_is_placed_when_not_all_can_be() {
        let (low, high) = (want(9, None, 0), want(9, None, 5));
        let wants = BTreeMap::from([(low, 1), (high, 1)]);
        let offers = BTreeMap::from([(offer(9, None), 1)]);
        let plan = solve(&wants, &offers);
        assert_eq!(plan.get(&(high, Some(offer(9, None)))), Some(&1));
        assert_eq!(plan.get(&(low, None)), Some(&1));
    }

    #[test]
    fn a_smaller_booth_is_never_given_and_the_smallest_that_fits_is() {
        let (small, big) = (want(9, None, 0), want(18, None, 0));
        let wants = BTreeMap::from([(small, 1), (big, 1)]);
        let offers = BTreeMap::from([
            (offer(8, None), 1),
            (offer(9, None), 1),
            (offer(36, None), 1),
            (offer(20, None), 1),
        ]);
        let plan = solve(&wants, &offers);
        assert_eq!(plan.get(&(small, Some(offer(9, None)))), Some(&1));
        assert_eq!(plan.get(&(big, Some(offer(20, None)))), Some(&1));
        assert!(plan.keys().all(|(_, o)| *o != Some(offer(8, None))));
    }
}
