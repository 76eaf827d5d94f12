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
    match t {
        BoothType::Enclosed => 0,
        BoothType::Inline => 1,
        BoothType::Corner => 2,
        BoothType::Through => 3,
        BoothType::Peninsula => 4,
        BoothType::Island => 5,
    }
}

/// A company field booths are grouped by.
#[derive(Clone, Copy)]
enum Field {
    Country,
    Sector,
}

/// The trimmed country or sector of the company in a booth ("" for a booth without one).
fn company_field<'p>(plan: &'p Plan, booth: &Booth, field: Field) -> &'p str {
    booth
        .exhibitor
        .and_then(|e| plan.exhibitors.get(&e))
        .map_or("", |e| match field {
            Field::Country => e.country.trim(),
            Field::Sector => e.sector.trim(),
        })
}

/// How the picture is broken down.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Breakdown {
    /// By hall.
    #[default]
    Hall,
    /// By zone or pavilion.
    Zone,
    /// By the company's country (top ten, then the rest together).
    Country,
    /// By the company's sector (top ten, then the rest together).
    Sector,
    /// By booth type: inline, corner, peninsula, island.
    Type,
}

impl Breakdown {
    /// Every breakdown, in the order reports show them.
    pub const ALL: [Breakdown; 5] = [
        Breakdown::Hall,
        Breakdown::Zone,
        Breakdown::Country,
        Breakdown::Sector,
        Breakdown::Type,
    ];

    /// Stable key for files and scripts (`hall`, `zone_or_pavilion`, …).
    pub fn key(self) -> &'static str {
        match self {
            Breakdown::Hall => "hall",
            Breakdown::Zone => "zone_or_pavilion",
            Breakdown::Country => "country",
            Breakdown::Sector => "sector",
            Breakdown::Type => "booth_type",
        }
    }
}

/// The catalogue key of a breakdown's title.
pub fn breakdown_key(by: Breakdown) -> &'static str {
    match by {
        Breakdown::Hall => "sales-by-hall",
        Breakdown::Zone => "sales-by-zone",
        Breakdown::Country => "sales-by-country",
        Breakdown::Sector => "sales-by-sector",
        Breakdown::Type => "sales-by-type",
    }
}

/// Which booths a group holds: what a click on its bar selects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Members {
    /// The booths of a hall.
    Hall(HallId),
    /// The booths of a zone (`None`: in no zone).
    Zone(Option<ZoneId>),
    /// The booths of companies from these countries ("" for booths without a company).
    Countries(Vec<String>),
    /// The booths of companies in these sectors ("" for booths without a company).
    Sectors(Vec<String>),
    /// The booths of a type.
    Type(BoothType),
}

/// What a group is called; the words are the caller's (and the language's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GroupName {
    /// A name from the plan: a hall, zone, country or sector.
    Named(String),
    /// Booths in no zone.
    NoZone,
    /// Booths without a company.
    NoCompany,
    /// The countries or sectors after the top ten.
    Other,
    /// A booth type.
    Type(BoothType),
}

impl GroupName {
    /// The name for scripts (JSON and CSV), the same in every version and language: the
    /// plan's name, "(no zone)", "(no company)", "other", or the booth type's word.
    pub fn stable(&self) -> String {
        match self {
            GroupName::Named(name) => name.clone(),
            GroupName::NoZone => "(no zone)".to_owned(),
            GroupName::NoCompany => "(no company)".to_owned(),
            GroupName::Other => "other".to_owned(),
            GroupName::Type(t) => t.label().to_owned(),
        }
    }

    /// The name in a language.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        let key = match self {
            GroupName::Named(name) => return name.clone(),
            GroupName::NoZone => "sales-no-zone",
            GroupName::NoCompany => "sales-no-company",
            GroupName::Other => "sales-other",
            GroupName::Type(t) => t.key(),
        };
        crate::i18n::tr(lang, key, &[])
    }
}

/// One group of a breakdown: its name, figures and booths.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// What it is called.
    pub name: GroupName,
    /// Its figures by status.
    pub figures: ByStatus,
    /// Its booths.
    pub members: Members,
}

/// The groups of one breakdown, in the order reports and charts show them: halls and zones in
/// plan order, countries and sectors largest first (top ten, then "other"), types in order.
pub fn groups(plan: &Plan, s: &Sales, by: Breakdown) -> Vec<Group> {
    match by {
        Breakdown::Hall => s
            .by_hall
            .iter()
            .map(|(h, g)| Group {
                name: GroupName::Named(
                    plan.halls
                        .get(h)
                        .map_or_else(|| h.to_string(), |x| x.name.clone()),
                ),
                figures: g.clone(),
                members: Members::Hall(*h),
            })
            .collect(),
        Breakdown::Zone => s
            .by_zone
            .iter()
            .map(|(z, g)| Group {
                name: z
                    .and_then(|z| plan.zones.get(&z))
                    .map_or(GroupName::NoZone, |x| GroupName::Named(x.name.clone())),
                figures: g.clone(),
                members: Members::Zone(*z),
            })
            .collect(),
        Breakdown::Country => named(&s.by_country, Members::Countries),
        Breakdown::Sector => named(&s.by_sector, Members::Sectors),
        Breakdown::Type => s
            .by_type
            .iter()
            .map(|(t, g)| Group {
                name: GroupName::Type(*t),
                figures: g.clone(),
                members: Members::Type(*t),
            })
            .collect(),
    }
}

/// Top ten by floor, then one "other" group holding the rest.
fn named(groups: &BTreeMap<String, ByStatus>, members: fn(Vec<String>) -> Members) -> Vec<Group> {
    let mut all: Vec<(&String, &ByStatus)> = groups.iter().collect();
    all.sort_by(|(n1, a), (n2, b)| (b.total().area_mm2, n1).cmp(&(a.total().area_mm2, n2)));
    let mut out: Vec<Group> = all
        .iter()
        .take(10)
        .map(|(n, g)| Group {
            name: if n.is_empty() {
                GroupName::NoCompany
            } else {
                GroupName::Named((*n).clone())
            },
            figures: (*g).clone(),
            members: members(vec![(*n).clone()]),
        })
        .collect();
    if all.len() > 10 {
        let mut other = ByStatus::default();
        for (_, g) in &all[10..] {
            other.add_all(g);
        }
        out.push(Group {
            name: GroupName::Other,
            figures: other,
            members: members(all[10..].iter().map(|(n, _)| (*n).clone()).collect()),
        });
    }
    out
}

/// The booths of a group, of one status or all (`None`), in id order.
pub fn booths_of(
    plan: &Plan,
    derived: &Derived,
    members: &Members,
    status: Option<BoothStatus>,
) -> Vec<BoothId> {
    let holds = |id: BoothId, b: &Booth| match members {
        Members::Hall(h) => b.hall == *h,
        Members::Zone(z) => plan.zone_of(b) == *z,
        Members::Countries(names) => {
            let c = company_field(plan, b, Field::Country);
            names.iter().any(|n| n == c)
        }
        Members::Sectors(names) => {
            let c = company_field(plan, b, Field::Sector);
            names.iter().any(|n| n == c)
        }
        Members::Type(t) => derived.booth_type(id) == *t,
    };
    plan.booths
        .iter()
        .filter(|(id, b)| status.is_none_or(|s| b.status == s) && holds(**id, b))
        .map(|(id, _)| *id)
        .collect()
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
        // Every breakdown's groups (top ten and "other" for countries and sectors) add up,
        // and each group's booths are exactly those its figures count.
        for by in Breakdown::ALL {
            let list = groups(&plan, &s, by);
            assert_eq!(
                sum(list.iter().map(|g| &g.figures).collect()),
                total,
                "{by:?}"
            );
            for g in &list {
                let booths = booths_of(&plan, &derived, &g.members, None);
                assert_eq!(
                    booths.len(),
                    g.figures.total().booths,
                    "{by:?} {:?}",
                    g.name
                );
                let sold = booths_of(&plan, &derived, &g.members, Some(BoothStatus::Sold));
                assert_eq!(sold.len(), g.figures.sold.booths, "{by:?} {:?}", g.name);
            }
        }
        let countries = groups(&plan, &s, Breakdown::Country);
        assert!(countries.len() <= 11);
        if s.by_country.len() > 10 {
            assert_eq!(countries.last().map(|g| &g.name), Some(&GroupName::Other));
        }
    }

    /// The figures the slow, obvious way: every booth looked up on its own.
    fn reference(plan: &Plan, derived: &Derived) -> Sales {
        let mut s = Sales::default();
        for (id, b) in &plan.booths {
            let area = b.area_mm2();
            let price = i128::from(derived.price_minor(plan, *id).unwrap_or(0));
            let company = b.exhibitor.and_then(|e| plan.exhibitors.get(&e));
            let country = company.map_or("", |e| e.country.trim()).to_owned();
            let sector = company.map_or("", |e| e.sector.trim()).to_owned();
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
        for (id, e) in &plan.exhibitors {
            if !plan.booths.values().any(|b| b.exhibitor == Some(*id)) {
                s.waiting += 1;
                s.waiting_area_mm2 += i128::from(e.contracted_area_mm2.max(0));
            }
        }
        s
    }

    #[test]
    fn the_figures_equal_a_booth_by_booth_reference() {
        let mut odd = crate::demo::demo_plan();
        // A booth naming a company that does not exist, companies with spaces around their
        // country, a company with no booth.
        if let Some(b) = odd.booths.values_mut().next() {
            b.exhibitor = Some(ExhibitorId(999_999));
        }
        for e in odd.exhibitors.values_mut().take(5) {
            e.country = format!("  {}  ", e.country);
        }
        // The same oddities in a plan large enough to be counted in parts: booths naming ids
        // below and above every company's and companies gone from the middle of each part.
        let mut large = crate::demo::synthetic_plan(25_000, 7);
        let ids: Vec<BoothId> = large.booths.keys().copied().collect();
        for (k, id) in ids.iter().enumerate().step_by(997) {
            let dangling = match k % 3 {
                0 => ExhibitorId(0),
                1 => ExhibitorId(u32::MAX),
                _ => ExhibitorId(4_000_000),
            };
            if let Some(b) = large.booths.get_mut(id) {
                b.exhibitor = Some(dangling);
            }
        }
        let companies: Vec<ExhibitorId> = large.exhibitors.keys().copied().collect();
        for e in companies.iter().step_by(1_013) {
            large.exhibitors.remove(e);
        }
        for e in large.exhibitors.values_mut().step_by(7) {
            e.country = format!(" {} ", e.country);
        }
        for plan in [crate::demo::demo_plan(), odd, large] {
            let derived = Derived::new(&plan);
            assert_eq!(sales(&plan, &derived), reference(&plan, &derived));
        }
    }
}
