//! The sales picture: booths, floor and revenue by status, broken down by hall, zone or
//! pavilion, country and sector, and the booth-type mix. Pure: one pass over the plan with its
//! derived prices, so every surface (editor, `report sales`) shows the same figures.

use std::collections::BTreeMap;

use crate::model::{BoothStatus, BoothType, Derived, HallId, Plan, ZoneId};

/// Booths, floor and money of one group.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Number of booths.
    pub booths: usize,
    /// Their floor, mm².
    pub area_mm2: i128,
    /// Their prices, minor units of the plan's currency.
    pub revenue_minor: i128,
}

impl Tally {
    fn add(&mut self, area_mm2: i128, price_minor: i128) {
        *self += Tally {
            booths: 1,
            area_mm2,
            revenue_minor: price_minor,
        };
    }
}

impl std::ops::AddAssign for Tally {
    fn add_assign(&mut self, other: Tally) {
        self.booths += other.booths;
        self.area_mm2 = self.area_mm2.saturating_add(other.area_mm2);
        self.revenue_minor = self.revenue_minor.saturating_add(other.revenue_minor);
    }
}

/// One group's booths by sales status.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ByStatus {
    /// Free to sell: the potential revenue.
    pub available: Tally,
    /// Held for a prospect: pending.
    pub on_hold: Tally,
    /// Assigned, not yet paid: pending.
    pub reserved: Tally,
    /// Paid: booked.
    pub sold: Tally,
}

impl ByStatus {
    fn add(&mut self, status: BoothStatus, area_mm2: i128, price_minor: i128) {
        match status {
            BoothStatus::Available => &mut self.available,
            BoothStatus::OnHold => &mut self.on_hold,
            BoothStatus::Reserved => &mut self.reserved,
            BoothStatus::Sold => &mut self.sold,
        }
        .add(area_mm2, price_minor);
    }

    /// All booths of the group, whatever their status.
    pub fn total(&self) -> Tally {
        let mut t = Tally::default();
        for x in [self.available, self.on_hold, self.reserved, self.sold] {
            t += x;
        }
        t
    }

    /// Adds another group's figures, status by status.
    fn add_all(&mut self, other: &ByStatus) {
        self.available += other.available;
        self.on_hold += other.on_hold;
        self.reserved += other.reserved;
        self.sold += other.sold;
    }

    /// Revenue still to come in: reserved and on hold.
    pub fn pending_minor(&self) -> i128 {
        self.reserved
            .revenue_minor
            .saturating_add(self.on_hold.revenue_minor)
    }
}

/// The whole picture.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sales {
    /// Every booth.
    pub total: ByStatus,
    /// By hall.
    pub by_hall: BTreeMap<HallId, ByStatus>,
    /// By zone or pavilion (`None`: booths in no zone).
    pub by_zone: BTreeMap<Option<ZoneId>, ByStatus>,
    /// By the country of the company in the booth ("" for booths without one).
    pub by_country: BTreeMap<String, ByStatus>,
    /// By the sector of the company in the booth ("" for booths without one).
    pub by_sector: BTreeMap<String, ByStatus>,
    /// By booth type (inline, corner, peninsula, island).
    pub by_type: BTreeMap<BoothType, ByStatus>,
    /// Companies with no booth yet.
    pub waiting: usize,
    /// Their contracted floor, mm².
    pub waiting_area_mm2: i128,
}

/// The sales picture of a plan, with prices derived as the lists and the inspector derive them.
pub fn sales(plan: &Plan, derived: &Derived) -> Sales {
    let mut s = Sales::default();
    for (id, b) in &plan.booths {
        let area = b.area_mm2();
        let price = i128::from(derived.price_minor(plan, *id).unwrap_or(0));
        let company = b.exhibitor.and_then(|e| plan.exhibitors.get(&e));
        let country = company.map_or_else(String::new, |e| e.country.trim().to_owned());
        let sector = company.map_or_else(String::new, |e| e.sector.trim().to_owned());
        s.total.add(b.status, area, price);
        s.by_hall
            .entry(b.hall)
            .or_default()
            .add(b.status, area, price);
        s.by_zone
            .entry(plan.zone_of(b))
            .or_default()
            .add(b.status, area, price);
        s.by_country
            .entry(country)
            .or_default()
            .add(b.status, area, price);
        s.by_sector
            .entry(sector)
            .or_default()
            .add(b.status, area, price);
        s.by_type
            .entry(derived.booth_type(*id))
            .or_default()
            .add(b.status, area, price);
    }
    let held: std::collections::BTreeSet<_> =
        plan.booths.values().filter_map(|b| b.exhibitor).collect();
    for (id, e) in &plan.exhibitors {
        if !held.contains(id) {
            s.waiting += 1;
            s.waiting_area_mm2 = s
                .waiting_area_mm2
                .saturating_add(i128::from(e.contracted_area_mm2.max(0)));
        }
    }
    s
}

/// The ten largest groups by floor, then "other" for the rest (for charts and lists of
/// countries and sectors): names and their figures.
pub fn top_ten(groups: &BTreeMap<String, ByStatus>) -> Vec<(String, ByStatus)> {
    let mut all: Vec<(&String, &ByStatus)> = groups.iter().collect();
    all.sort_by(|(n1, a), (n2, b)| (b.total().area_mm2, n1).cmp(&(a.total().area_mm2, n2)));
    let mut out: Vec<(String, ByStatus)> = all
        .iter()
        .take(10)
        .map(|(n, g)| ((*n).clone(), (*g).clone()))
        .collect();
    if all.len() > 10 {
        let mut other = ByStatus::default();
        for (_, g) in &all[10..] {
            other.add_all(g);
        }
        out.push(("other".to_owned(), other));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_breakdown_adds_up_to_the_total() {
        let plan = crate::demo::demo_plan();
        let derived = Derived::new(&plan);
        let s = sales(&plan, &derived);
        assert_eq!(s.total.total().booths, plan.booths.len());
        let sum = |groups: Vec<&ByStatus>| {
            groups.iter().fold(Tally::default(), |mut acc, g| {
                acc += g.total();
                acc
            })
        };
        let total = s.total.total();
        assert_eq!(sum(s.by_hall.values().collect()), total);
        assert_eq!(sum(s.by_zone.values().collect()), total);
        assert_eq!(sum(s.by_country.values().collect()), total);
        assert_eq!(sum(s.by_sector.values().collect()), total);
        assert_eq!(sum(s.by_type.values().collect()), total);
        assert_eq!(s.total.sold.area_mm2, plan.area_sold_mm2());
        assert_eq!(
            s.waiting,
            plan.exhibitors.len() - plan.allocated_exhibitor_count()
        );
        let top = top_ten(&s.by_country);
        assert!(top.len() <= 11);
        assert_eq!(sum(top.iter().map(|(_, g)| g).collect()), total);
    }
}
