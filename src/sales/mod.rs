//! The sales picture: booths, floor and revenue by status, broken down by hall, zone or
//! pavilion, country and sector, and the booth-type mix. Pure: one pass over the plan with its
//! derived prices, so every surface (editor, `report sales`) shows the same figures.

use std::collections::{BTreeMap, HashMap};

use crate::model::derive::price_of;
use crate::model::{
    Booth, BoothId, BoothStatus, BoothType, Derived, ExhibitorId, HallId, Plan, ZoneId,
};

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
    /// The average price per m², minor units (`None` for no floor).
    pub fn per_m2_minor(&self) -> Option<i128> {
        (self.area_mm2 > 0).then(|| self.revenue_minor.saturating_mul(1_000_000) / self.area_mm2)
    }

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

/// Statuses from a bar's base outwards, as charts stack them: what is sold first.
pub const STACK: [BoothStatus; 4] = [
    BoothStatus::Sold,
    BoothStatus::Reserved,
    BoothStatus::OnHold,
    BoothStatus::Available,
];

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

    /// The figures of one status.
    pub fn of(&self, status: BoothStatus) -> &Tally {
        match status {
            BoothStatus::Available => &self.available,
            BoothStatus::OnHold => &self.on_hold,
            BoothStatus::Reserved => &self.reserved,
            BoothStatus::Sold => &self.sold,
        }
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

/// Figures by a company's country or sector, under names borrowed from the plan.
type Names<'p> = HashMap<&'p str, ByStatus, std::hash::BuildHasherDefault<Fnv>>;

/// FNV-1a: a few short names hashed once per company, where `SipHash`'s protection against
/// chosen keys buys nothing (the worst a hostile list can do is slow one pass down).
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A booth held by a company: the company, the status, the floor and the price.
type Taken = (ExhibitorId, BoothStatus, i128, i128);

/// The figures of some of the booths.
#[derive(Default)]
struct Partial {
    total: ByStatus,
    by_hall: BTreeMap<HallId, ByStatus>,
    by_zone: BTreeMap<Option<ZoneId>, ByStatus>,
    by_type: [ByStatus; 6],
    /// Booths without a company.
    none: ByStatus,
    /// Booths with one, to be grouped by its country and sector.
    taken: Vec<Taken>,
}

fn tally_booths<'p>(
    plan: &'p Plan,
    derived: &Derived,
    booths: impl Iterator<Item = (&'p BoothId, &'p Booth)>,
) -> Partial {
    let mut p = Partial::default();
    // Open sides are kept by booth id in the same order as the booths: walked beside them.
    let mut booths = booths.peekable();
    let from = booths.peek().map_or(BoothId(0), |(id, _)| **id);
    let mut opens = derived.open.range(from..).peekable();
    for (id, b) in booths {
        let area = b.area_mm2();
        let zone = plan.zone_of(b);
        while opens.next_if(|(o, _)| *o < id).is_some() {}
        let open = opens
            .next_if(|(o, _)| *o == id)
            .map(|(_, o)| *o)
            .unwrap_or_default();
        let price = i128::from(price_of(plan, b, zone, open));
        p.total.add(b.status, area, price);
        p.by_hall
            .entry(b.hall)
            .or_default()
            .add(b.status, area, price);
        p.by_zone
            .entry(zone)
            .or_default()
            .add(b.status, area, price);
        p.by_type[type_index(open.booth_type())].add(b.status, area, price);
        match b.exhibitor {
            Some(e) => p.taken.push((e, b.status, area, price)),
            None => p.none.add(b.status, area, price),
        }
    }
    p
}

/// `parts` starts of equal ranges of ids from `first` to `last` (one part when there is
/// nothing to split).
fn split(first: Option<u32>, last: Option<u32>, parts: u32) -> Vec<u32> {
    let (Some(first), Some(last)) = (first, last) else {
        return vec![0];
    };
    let step = ((last - first) / parts).max(1);
    let mut out: Vec<u32> = (0..parts).map(|k| first.saturating_add(step * k)).collect();
    out.dedup();
    out
}

/// Countries, sectors and waiting companies of some companies.
#[derive(Default)]
struct CompanyPart<'p> {
    by_country: Names<'p>,
    by_sector: Names<'p>,
    /// Booths naming a company that does not exist: counted as booths without one.
    none: ByStatus,
    waiting: usize,
    waiting_area_mm2: i128,
}

/// Walks companies in id order beside their booths (`taken`, sorted by company).
fn tally_companies<'p>(
    companies: impl Iterator<Item = (&'p ExhibitorId, &'p crate::model::Exhibitor)>,
    taken: &[Taken],
) -> CompanyPart<'p> {
    let mut p = CompanyPart::default();
    let mut taken = taken.iter().peekable();
    for (id, e) in companies {
        while let Some((_, status, area, price)) = taken.next_if(|t| t.0 < *id) {
            p.none.add(*status, *area, *price);
        }
        let mut theirs = ByStatus::default();
        while let Some((_, status, area, price)) = taken.next_if(|t| t.0 == *id) {
            theirs.add(*status, *area, *price);
        }
        if theirs.total().booths == 0 {
            p.waiting += 1;
            p.waiting_area_mm2 = p
                .waiting_area_mm2
                .saturating_add(i128::from(e.contracted_area_mm2.max(0)));
            continue;
        }
        p.by_country
            .entry(e.country.trim())
            .or_default()
            .add_all(&theirs);
        p.by_sector
            .entry(e.sector.trim())
            .or_default()
            .add_all(&theirs);
    }
    for (_, status, area, price) in taken {
        p.none.add(*status, *area, *price);
    }
    p
}

/// The sales picture of a plan, with prices derived as the lists and the inspector derive them.
pub fn sales(plan: &Plan, derived: &Derived) -> Sales {
    // The booths in parts, one per core for a large plan (each booth's zone and open sides
    // looked up once); then the booths of companies, sorted by company, walked beside the
    // companies in order, so a company's country and sector are read once, not once per
    // booth. 60,000 booths in a few milliseconds.
    let parts = if plan.booths.len() < 20_000 { 1 } else { 4 };
    let bounds = split(
        plan.booths.keys().next().map(|b| b.0),
        plan.booths.keys().next_back().map(|b| b.0),
        parts,
    );
    let partial = crate::validate::in_parallel(bounds.len(), |k| {
        let from = BoothId(bounds[k]);
        let range = match bounds.get(k + 1) {
            Some(end) => plan.booths.range(from..BoothId(*end)),
            None => plan.booths.range(from..),
        };
        tally_booths(plan, derived, range)
    });
    let mut s = Sales::default();
    let mut by_type: [ByStatus; 6] = Default::default();
    let mut none = ByStatus::default();
    let mut taken: Vec<Taken> = Vec::with_capacity(plan.booths.len());
    for p in partial {
        s.total.add_all(&p.total);
        for (h, g) in p.by_hall {
            s.by_hall.entry(h).or_default().add_all(&g);
        }
        for (z, g) in p.by_zone {
            s.by_zone.entry(z).or_default().add_all(&g);
        }
        for (all, g) in by_type.iter_mut().zip(&p.by_type) {
            all.add_all(g);
        }
        none.add_all(&p.none);
        taken.extend(p.taken);
    }
    taken.sort_unstable_by_key(|(e, ..)| *e);
    // The companies in parts too; each part takes the booths of its range of companies.
    let bounds = split(
        plan.exhibitors.keys().next().map(|e| e.0),
        plan.exhibitors.keys().next_back().map(|e| e.0),
        parts,
    );
    let by_company = crate::validate::in_parallel(bounds.len(), |k| {
        let from = ExhibitorId(bounds[k]);
        let upto = bounds.get(k + 1).map(|e| ExhibitorId(*e));
        // The first part also takes booths naming ids below every company's.
        let start = if k == 0 {
            0
        } else {
            taken.partition_point(|t| t.0 < from)
        };
        let end = upto.map_or(taken.len(), |u| taken.partition_point(|t| t.0 < u));
        let companies = match upto {
            Some(u) => plan.exhibitors.range(from..u),
            None => plan.exhibitors.range(from..),
        };
        tally_companies(companies, &taken[start..end])
    });
    let mut by_country: Names<'_> = Names::default();
    let mut by_sector: Names<'_> = Names::default();
    for part in by_company {
        none.add_all(&part.none);
        s.waiting += part.waiting;
        s.waiting_area_mm2 = s.waiting_area_mm2.saturating_add(part.waiting_area_mm2);
        for (name, g) in part.by_country {
            by_country.entry(name).or_default().add_all(&g);
        }
        for (name, g) in part.by_sector {
            by_sector.entry(name).or_default().add_all(&g);
        }
    }
    if none.total().booths > 0 {
        by_country.entry("").or_default().add_all(&none);
        by_sector.entry("").or_default().add_all(&none);
    }
    let owned = |m: Names<'_>| m.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    s.by_country = owned(by_country);
    s.by_sector = owned(by_sector);
    s.by_type = BOOTH_TYPES
        .into_iter()
        .zip(by_type)
        .filter(|(_, g)| g.total().booths > 0)
        .collect();
    s
}

/// Every booth type, in the order of [`type_index`].
const BOOTH_TYPES: [BoothType; 6] = [
    BoothType::Enclosed,
    BoothType::Inline,
    BoothType::Corner,
    BoothType::Through,
    BoothType::Peninsula,
    BoothType::Island,
];

fn type_index(t: BoothType) -> usize {
    // `BOOTH_TYPES` lists the types in their declared order.
    t as usize
}

mod groups;

pub use groups::{Breakdown, Group, GroupName, Members, booths_of, breakdown_key, groups};

#[cfg(test)]
mod tests;
