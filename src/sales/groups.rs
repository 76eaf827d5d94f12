//! The breakdowns of the sales picture: by hall, zone, country, sector and booth type, each
//! group with its name, its figures and the booths a click on it selects.

use std::collections::BTreeMap;

use super::{ByStatus, Sales};
use crate::model::{Booth, BoothId, BoothStatus, BoothType, Derived, HallId, Plan, ZoneId};

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
