//! The sales picture: booths, floor and revenue by status, broken down by hall, zone or
//! pavilion, country and sector, and the booth-type mix. Pure: one pass over the plan with its
//! derived prices, so every surface (editor, `report sales`) shows the same figures.

use std::collections::BTreeMap;

use crate::model::{Booth, BoothId, BoothStatus, BoothType, Derived, HallId, Plan, ZoneId};

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
        let country = company_field(plan, b, Field::Country).to_owned();
        let sector = company_field(plan, b, Field::Sector).to_owned();
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
}
