//! Hit-testing: what is under a plan point. Booths through the site's spatial index; venue
//! objects (obstacles, exits, zones, halls), the smallest first.

use crate::model::{BoothId, HallId, ObstacleKind, Plan, Rect};

/// A venue object the organiser can select: everything drawn on the floor that is not a booth.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Venue {
    /// A pillar, fire equipment, service core, stage or reserved aisle.
    Obstacle(crate::model::ObstacleId),
    /// An exit door.
    Exit(crate::model::ExitId),
    /// A themed zone or pavilion.
    Zone(crate::model::ZoneId),
    /// A hall.
    Hall(HallId),
}

/// Which layers of venue objects are shown: a hidden layer cannot be picked either.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown {
    /// Pillars, fire equipment, service cores, stages, reserved aisles.
    pub obstacles: bool,
    /// Themed zones and pavilions.
    pub zones: bool,
}

impl Shown {
    /// The layers the editor's settings show.
    pub fn of(settings: &crate::ui::Settings) -> Self {
        Self {
            obstacles: settings.show_obstacles,
            zones: settings.show_zones,
        }
    }
}

/// How far into the hall an exit's door can be clicked (millimetres).
const EXIT_GRAB_MM: i64 = 1500;

/// The pillar or fire equipment under a plan point (the smallest), picked before a booth.
pub fn fixture_at(plan: &Plan, (x, y): (f64, f64), shown: Shown) -> Option<Venue> {
    if !shown.obstacles {
        return None;
    }
    let p = crate::model::Point::new(x.floor() as i64, y.floor() as i64);
    plan.obstacles
        .iter()
        .filter(|(_, o)| o.kind.is_fixture() && o.rect.contains_point(p))
        .min_by_key(|(id, o)| (o.rect.area_mm2(), std::cmp::Reverse(**id)))
        .map(|(id, _)| Venue::Obstacle(*id))
}

/// The venue object under a plan point: an obstacle (the smallest), else an exit's door,
/// else a zone, else a hall.
pub fn venue_at(plan: &Plan, (x, y): (f64, f64), shown: Shown) -> Option<Venue> {
    let p = crate::model::Point::new(x.floor() as i64, y.floor() as i64);
    // The smallest obstacle there: a pillar standing in a reserved aisle is the pillar.
    if let Some((id, _)) = plan
        .obstacles
        .iter()
        .filter(|_| shown.obstacles)
        .filter(|(_, o)| o.rect.contains_point(p))
        .min_by_key(|(id, o)| (o.rect.area_mm2(), std::cmp::Reverse(**id)))
    {
        return Some(Venue::Obstacle(*id));
    }
    if let Some((id, _)) = plan.exits.iter().rev().find(|(_, e)| {
        e.zone(EXIT_GRAB_MM)
            .expanded(EXIT_GRAB_MM / 5)
            .contains_point(p)
    }) {
        return Some(Venue::Exit(*id));
    }
    if let Some((id, _)) = plan
        .zones
        .iter()
        .filter(|_| shown.zones)
        .rev()
        .find(|(_, z)| z.areas.iter().any(|r| r.contains_point(p)))
    {
        return Some(Venue::Zone(*id));
    }
    hall_at(plan, (x, y)).map(Venue::Hall)
}

impl Venue {
    /// True when the venue object is still in the plan.
    pub fn exists(self, plan: &Plan) -> bool {
        match self {
            Venue::Obstacle(id) => plan.obstacles.contains_key(&id),
            Venue::Exit(id) => plan.exits.contains_key(&id),
            Venue::Zone(id) => plan.zones.contains_key(&id),
            Venue::Hall(id) => plan.halls.contains_key(&id),
        }
    }

    /// Its kind in words, singular and plural ("pillar", "pillars").
    pub fn kind_name(self, plan: &Plan) -> (&'static str, &'static str) {
        match self {
            Venue::Obstacle(id) => match plan.obstacles.get(&id).map(|o| o.kind) {
                Some(ObstacleKind::Pillar) => ("pillar", "pillars"),
                Some(ObstacleKind::FireEquipment) => ("fire equipment", "fire equipment"),
                Some(ObstacleKind::ServiceCore) => ("service core", "service cores"),
                Some(ObstacleKind::Stage) => ("stage", "stages"),
                Some(ObstacleKind::ReservedAisle) => ("reserved aisle", "reserved aisles"),
                None => ("obstacle", "obstacles"),
            },
            Venue::Exit(_) => ("exit", "exits"),
            Venue::Zone(id) => match plan.zones.get(&id).map(|z| z.kind) {
                Some(crate::model::ZoneKind::Pavilion) => ("pavilion", "pavilions"),
                _ => ("zone", "zones"),
            },
            Venue::Hall(_) => ("hall", "halls"),
        }
    }

    /// The message key of its kind counted ("1 pillar", "3 pillars"), given `$count`: words
    /// in the editor's language for what [`Venue::kind_name`] gives in English.
    pub fn kind_key(self, plan: &Plan) -> &'static str {
        match self {
            Venue::Obstacle(id) => match plan.obstacles.get(&id).map(|o| o.kind) {
                Some(ObstacleKind::Pillar) => "canvas-count-pillars",
                Some(ObstacleKind::FireEquipment) => "canvas-count-fire-equipment",
                Some(ObstacleKind::ServiceCore) => "canvas-count-service-cores",
                Some(ObstacleKind::Stage) => "canvas-count-stages",
                Some(ObstacleKind::ReservedAisle) => "canvas-count-reserved-aisles",
                None => "canvas-count-obstacles",
            },
            Venue::Exit(_) => "canvas-count-exits",
            Venue::Zone(id) => match plan.zones.get(&id).map(|z| z.kind) {
                Some(crate::model::ZoneKind::Pavilion) => "canvas-count-pavilions",
                _ => "canvas-count-zones",
            },
            Venue::Hall(_) => "canvas-count-halls",
        }
    }

    /// The rectangles it covers on the floor, as the canvas outlines them (an exit: its
    /// clearance zone).
    pub fn outline(self, plan: &Plan) -> Vec<Rect> {
        match self {
            Venue::Exit(id) => plan
                .exits
                .get(&id)
                .map(|e| vec![e.zone(EXIT_GRAB_MM)])
                .unwrap_or_default(),
            _ => super::drag::venue_rects(plan, self),
        }
    }
}

/// The booth under a plan point through the site's spatial index (a booth of `on_top` first,
/// then the last drawn): what the pointer asks every frame, without scanning every booth.
pub fn booth_at(
    plan: &Plan,
    index: &crate::model::spatial::HallIndex,
    on_top: &std::collections::BTreeSet<BoothId>,
    (x, y): (f64, f64),
) -> Option<BoothId> {
    let p = crate::model::Point::new(x.floor() as i64, y.floor() as i64);
    let mut found = Vec::new();
    index.query(&Rect::new(p.x_mm, p.y_mm, 1, 1), &mut found);
    found
        .iter()
        .filter_map(|&i| match index.items[i as usize].kind {
            crate::model::spatial::ItemKind::Booth(id) => Some(id),
            _ => None,
        })
        .filter(|id| {
            plan.booths
                .get(id)
                .is_some_and(|b| b.rect.contains_point(p))
        })
        // Selected booths are painted on top: they are what the pointer is on.
        .max_by_key(|id| (on_top.contains(id), *id))
}

pub(super) fn hall_at(plan: &Plan, (x, y): (f64, f64)) -> Option<HallId> {
    let p = crate::model::Point::new(x as i64, y as i64);
    plan.halls
        .iter()
        .find(|(_, h)| h.outline.iter().any(|r| r.contains_point(p)))
        .map(|(id, _)| *id)
}

/// What a click at a plan point is on: a pillar or fire equipment standing there (even in a
/// booth), else a booth (a selected one first), else the venue object under it.
pub fn item_at(
    plan: &Plan,
    index: &crate::model::spatial::HallIndex,
    selected: &std::collections::BTreeSet<BoothId>,
    at: (f64, f64),
    shown: Shown,
) -> Option<crate::ui::Item> {
    use crate::ui::Item;
    fixture_at(plan, at, shown)
        .map(Item::Venue)
        .or_else(|| booth_at(plan, index, selected, at).map(Item::Booth))
        .or_else(|| venue_at(plan, at, shown).map(Item::Venue))
}

/// What the pointer at a plan point is on, as the editor shows the plan (hidden layers are
/// looked through).
pub fn pick(cx: &crate::ui::ViewContext<'_>, at: (f64, f64)) -> Option<crate::ui::Item> {
    item_at(
        cx.plan(),
        &cx.derived().site_booths,
        cx.selection.booths(),
        at,
        Shown::of(cx.settings),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: Shown = Shown {
        obstacles: true,
        zones: true,
    };

    #[test]
    fn a_pillar_in_a_reserved_aisle_is_picked_before_the_aisle() {
        let mut plan = crate::demo::starter_plan();
        let hall = *plan.halls.keys().next().expect("a hall");
        let mut put = |id: u32, kind, rect| {
            plan.obstacles.insert(
                crate::model::ObstacleId(id),
                crate::model::Obstacle {
                    hall,
                    kind,
                    rect,
                    label: format!("O{id}"),
                },
            );
        };
        put(1, ObstacleKind::Pillar, Rect::new(10_000, 10_000, 800, 800));
        put(
            2,
            ObstacleKind::ReservedAisle,
            Rect::new(0, 8_000, 40_000, 5_000),
        );
        assert_eq!(
            venue_at(&plan, (10_400.0, 10_400.0), ALL),
            Some(Venue::Obstacle(crate::model::ObstacleId(1)))
        );
        assert_eq!(
            venue_at(&plan, (20_000.0, 10_400.0), ALL),
            Some(Venue::Obstacle(crate::model::ObstacleId(2)))
        );
    }
}
