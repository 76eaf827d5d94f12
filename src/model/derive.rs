//! Values derived from a plan and never stored: open sides, booth type, price.

use std::collections::BTreeMap;

use super::geom::{Rect, Side};
use super::spatial::{ItemKind, SiteIndex};
use super::{Booth, BoothId, Plan, ZoneId};

/// Which sides of a booth face free floor.
#[allow(
    clippy::struct_excessive_bools,
    reason = "four independent sides, named for readers"
)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct OpenSides {
    /// North side open.
    pub north: bool,
    /// East side open.
    pub east: bool,
    /// South side open.
    pub south: bool,
    /// West side open.
    pub west: bool,
}

impl OpenSides {
    /// Whether one side is open.
    pub fn is_open(&self, side: Side) -> bool {
        match side {
            Side::North => self.north,
            Side::East => self.east,
            Side::South => self.south,
            Side::West => self.west,
        }
    }

    fn set(&mut self, side: Side, open: bool) {
        match side {
            Side::North => self.north = open,
            Side::East => self.east = open,
            Side::South => self.south = open,
            Side::West => self.west = open,
        }
    }

    /// Number of open sides.
    pub fn count(&self) -> usize {
        Side::ALL.iter().filter(|s| self.is_open(**s)).count()
    }

    /// The open sides, clockwise from north.
    pub fn sides(&self) -> impl Iterator<Item = Side> + '_ {
        Side::ALL.into_iter().filter(|s| self.is_open(*s))
    }

    /// "north, east" or "none".
    pub fn describe(&self) -> String {
        let names: Vec<&str> = self.sides().map(Side::name).collect();
        if names.is_empty() {
            "none".to_owned()
        } else {
            names.join(", ")
        }
    }

    /// The booth type these open sides make.
    pub fn booth_type(&self) -> BoothType {
        match self.count() {
            0 => BoothType::Enclosed,
            1 => BoothType::Inline,
            2 if (self.north && self.south) || (self.east && self.west) => BoothType::Through,
            2 => BoothType::Corner,
            3 => BoothType::Peninsula,
            _ => BoothType::Island,
        }
    }
}

/// Booth type, from how many sides face an aisle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BoothType {
    /// No side open: visitors cannot reach it.
    Enclosed,
    /// One open side.
    Inline,
    /// Two adjacent open sides.
    Corner,
    /// Two opposite open sides (a single-depth row between two aisles).
    Through,
    /// Three open sides (end-cap / peninsula).
    Peninsula,
    /// Four open sides.
    Island,
}

impl BoothType {
    /// The catalogue key of its name ("booth-type-inline", …).
    pub fn key(self) -> &'static str {
        match self {
            BoothType::Enclosed => "booth-type-enclosed",
            BoothType::Inline => "booth-type-inline",
            BoothType::Corner => "booth-type-corner",
            BoothType::Through => "booth-type-through",
            BoothType::Peninsula => "booth-type-peninsula",
            BoothType::Island => "booth-type-island",
        }
    }

    /// Name for people.
    pub fn label(self) -> &'static str {
        match self {
            BoothType::Enclosed => "enclosed",
            BoothType::Inline => "inline",
            BoothType::Corner => "corner",
            BoothType::Through => "through",
            BoothType::Peninsula => "peninsula",
            BoothType::Island => "island",
        }
    }
}

/// The stretches `(from, to)` along one side of a booth with free floor in front of it (at
/// least the accessible clear width deep and long), in millimetres along the side.
pub fn free_stretches(
    plan: &Plan,
    hall: &super::spatial::HallIndex,
    id: BoothId,
    booth: &Booth,
    side: Side,
    scratch: &mut Vec<u32>,
) -> Vec<(i64, i64)> {
    let probe = plan.rules.min_clear_width_mm.max(1);
    let strip = booth.rect.strip_outside(side, probe);
    let along_x = matches!(side, Side::North | Side::South);
    let (lo, hi) = if along_x {
        (booth.rect.x_mm, booth.rect.right())
    } else {
        (booth.rect.y_mm, booth.rect.bottom())
    };
    let len = hi.saturating_sub(lo);
    if len <= 0 || strip.is_empty() {
        return Vec::new();
    }
    hall.query(&strip, scratch);
    let mut covered: Vec<(i64, i64)> = scratch
        .iter()
        .map(|&i| &hall.items[i as usize])
        .filter(|item| item.kind.blocks_floor() && item.kind != ItemKind::Booth(id))
        .filter_map(|item| item.rect.intersection(&strip))
        .map(|r| {
            if along_x {
                (r.x_mm, r.right())
            } else {
                (r.y_mm, r.bottom())
            }
        })
        .collect();
    covered.sort_unstable();
    let mut free = Vec::new();
    let mut cursor = lo;
    for (a, b) in covered {
        if a > cursor {
            free.push((cursor, a));
        }
        cursor = cursor.max(b);
    }
    if hi > cursor {
        free.push((cursor, hi));
    }
    let need = probe.min(len);
    free.retain(|(a, b)| b.saturating_sub(*a) >= need);
    free
}

/// Open sides of one booth, given the index of its hall.
pub fn open_sides(
    plan: &Plan,
    index: &SiteIndex,
    id: BoothId,
    booth: &Booth,
    scratch: &mut Vec<u32>,
) -> OpenSides {
    let mut open = OpenSides::default();
    let Some(hall) = index.halls.get(&booth.hall) else {
        return open;
    };
    for side in Side::ALL {
        let free = free_stretches(plan, hall, id, booth, side, scratch);
        open.set(side, !free.is_empty());
    }
    open
}

/// Derived values for every booth of a plan, with the index used to compute them.
#[derive(Clone, Debug)]
pub struct Derived {
    /// The spatial index of the plan.
    pub index: SiteIndex,
    /// Open sides of every booth that stands in a known hall.
    pub open: BTreeMap<BoothId, OpenSides>,
    /// Every booth of the site in one index, wherever it is drawn and whichever hall it names,
    /// so that pairwise checks see every pair that touches.
    pub site_booths: super::spatial::HallIndex,
}

impl Derived {
    /// Computes open sides for every booth.
    pub fn new(plan: &Plan) -> Self {
        let r = &plan.rules;
        let margin = r
            .min_aisle_mm
            .max(r.competitor_facing_gap_mm)
            .max(r.min_clear_width_mm)
            .clamp(1, 1_000_000)
            + 1;
        let index = SiteIndex::new(plan, margin);
        let mut scratch = Vec::new();
        let open = plan
            .booths
            .iter()
            .map(|(id, b)| (*id, open_sides(plan, &index, *id, b, &mut scratch)))
            .collect();
        let site_booths = super::spatial::booth_index(plan);
        Self {
            index,
            open,
            site_booths,
        }
    }

    /// Open sides of a booth (none for an unknown booth).
    pub fn open_sides(&self, id: BoothId) -> OpenSides {
        self.open.get(&id).copied().unwrap_or_default()
    }

    /// Type of a booth.
    pub fn booth_type(&self, id: BoothId) -> BoothType {
        self.open_sides(id).booth_type()
    }

    /// Price of a booth in minor units: its override, else area × zone or base rate, plus the
    /// premium for each open side beyond the first.
    pub fn price_minor(&self, plan: &Plan, id: BoothId) -> Option<i64> {
        let booth = plan.booths.get(&id)?;
        Some(price_of(
            plan,
            booth,
            plan.zone_of(booth),
            self.open_sides(id),
        ))
    }
}

/// The price of a booth whose zone and open sides are already known (see
/// [`Derived::price_minor`]): one pass over many booths looks each up once.
pub fn price_of(plan: &Plan, booth: &Booth, zone: Option<ZoneId>, open: OpenSides) -> i64 {
    if let Some(p) = booth.price_override_minor {
        return p;
    }
    let rate = zone
        .and_then(|z| plan.zones.get(&z))
        .and_then(|z| z.price_per_m2_minor)
        .unwrap_or(plan.pricing.per_m2_minor);
    let extra_sides = open.count().saturating_sub(1) as i128;
    let base = booth.area_mm2().saturating_mul(i128::from(rate)) / super::geom::MM2_PER_M2;
    let factor = 1000 + i128::from(plan.pricing.open_side_premium_permille) * extra_sides;
    let total = base.saturating_mul(factor) / 1000;
    total.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
}

/// Formats minor units of a currency as "USD 2,300.00".
pub fn fmt_price(minor: i64, currency: &str) -> String {
    let negative = minor < 0;
    let abs = minor.unsigned_abs();
    let whole = (abs / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!(
        "{currency} {}{grouped}.{:02}",
        if negative { "-" } else { "" },
        abs % 100
    )
}

/// A rectangle's sides as "3 m × 6 m".
pub fn fmt_size(r: &Rect) -> String {
    format!(
        "{} × {}",
        super::geom::fmt_m(r.w_mm),
        super::geom::fmt_m(r.d_mm)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_format_with_grouping() {
        assert_eq!(fmt_price(230_000, "USD"), "USD 2,300.00");
        assert_eq!(fmt_price(5, "USD"), "USD 0.05");
        assert_eq!(fmt_price(-123_456_789, "KRW"), "KRW -1,234,567.89");
    }

    #[test]
    fn booth_types_from_open_sides() {
        let mut o = OpenSides::default();
        assert_eq!(o.booth_type(), BoothType::Enclosed);
        o.south = true;
        assert_eq!(o.booth_type(), BoothType::Inline);
        o.east = true;
        assert_eq!(o.booth_type(), BoothType::Corner);
        o.north = true;
        assert_eq!(o.booth_type(), BoothType::Peninsula);
        o.west = true;
        assert_eq!(o.booth_type(), BoothType::Island);
    }
}
