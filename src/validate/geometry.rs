//! Rules about where booths stand: halls, overlaps, obstacles, exits, fire equipment, aisles,
//! access, and competitors side by side. Neighbours come from the spatial index, so the cost is
//! O(n·k) for n booths with k neighbours each.

use std::collections::BTreeSet;

use super::{Area, Len, Msg, Rule, Scope, Sink, msg};
use crate::model::geom::{between_rect, covered_area_mm2, facing_gap, in_range};
use crate::model::spatial::{Item, ItemKind};
use crate::model::{BoothId, Derived, ExhibitorId, HallId, ObstacleKind, Plan, Rect};

#[expect(
    clippy::too_many_lines,
    reason = "the per-booth rules share one pass and one neighbour query"
)]
pub(super) fn check(plan: &Plan, derived: &Derived, scope: Scope<'_>, sink: &mut Sink<'_>) {
    let owned;
    let (competitors, near_bounds) = match scope {
        Scope::All => {
            owned = competitor_pairs(plan);
            (&owned, None)
        }
        // Only exits and fire equipment near the booths in scope can involve them.
        Scope::Near { near, fixed, .. } => (
            &fixed.competitors,
            Some(
                near.iter()
                    .filter_map(|id| plan.booths.get(id))
                    .fold(Rect::default(), |acc, b| acc.union_bounds(&b.rect)),
            ),
        ),
    };
    let rules = &plan.rules;
    // Gaps narrower than the minimum aisle are looked for round every booth; the wider facing
    // gap only round booths whose exhibitor has competitors.
    let reach = rules.min_aisle_mm.clamp(0, 1_000_000);
    let facing = rules
        .min_aisle_mm
        .max(rules.competitor_facing_gap_mm)
        .clamp(0, 1_000_000);
    let rivals: BTreeSet<ExhibitorId> = competitors.iter().flat_map(|(a, b)| [*a, *b]).collect();
    let mut scratch = Vec::new();
    let mut between = Vec::new();

    for (id, booth) in scope.booths(plan) {
        if !in_range(&booth.rect) {
            continue; // booth-out-of-range
        }
        // Every other booth it touches or faces, wherever drawn and whichever hall it names;
        // each pair once, as (lower id, higher id).
        let around = if booth.exhibitor.is_some_and(|e| rivals.contains(&e)) {
            facing
        } else {
            reach
        };
        derived
            .site_booths
            .query(&booth.rect.expanded(around), &mut scratch);
        let near: Vec<BoothId> = scratch
            .iter()
            .filter_map(|&j| match derived.site_booths.items[j as usize].kind {
                ItemKind::Booth(other) if other > *id || !scope.holds(other) => Some(other),
                _ => None,
            })
            .collect();
        for other in near {
            if other == *id {
                continue;
            }
            booth_pair(
                plan,
                derived,
                sink,
                competitors,
                (other.min(*id), other.max(*id)),
                &mut between,
            );
        }
        let Some(hall) = plan.halls.get(&booth.hall) else {
            sink.push(
                Rule::BoothOutsideHall,
                None,
                vec![*id],
                vec![],
                msg!(
                    "finding-booth-in-missing-hall",
                    booth = sink.booth_label(*id),
                    hall = booth.hall.to_string(),
                ),
            );
            continue;
        };
        let inside = booth.rect.is_empty() || hall.contains(&booth.rect);
        if !inside {
            sink.push(
                Rule::BoothOutsideHall,
                Some(booth.hall),
                vec![*id],
                vec![],
                msg!(
                    "finding-booth-outside-hall",
                    booth = sink.booth_label(*id),
                    hall = &hall.name,
                ),
            );
        }
        if derived.open.get(id).is_some_and(|o| o.count() == 0) && !booth.rect.is_empty() {
            sink.push(
                Rule::BoothNoAisleAccess,
                Some(booth.hall),
                vec![*id],
                booth.exhibitor.into_iter().collect(),
                msg!(
                    "finding-booth-no-aisle-access",
                    booth = sink.booth_label(*id),
                ),
            );
        }
        let Some(index) = derived.index.halls.get(&booth.hall) else {
            continue;
        };
        index.query(&booth.rect.expanded(reach), &mut scratch);
        let items: Vec<_> = scratch.iter().map(|&j| index.items[j as usize]).collect();
        for item in items {
            match item.kind {
                ItemKind::Obstacle(oid, kind) => {
                    let label = &plan.obstacles[&oid].label;
                    booth_obstacle(plan, derived, sink, (*id, item), kind, label, &mut between);
                }
                // A booth reaching outside is booth-outside-hall: no gap to a wall it crosses.
                ItemKind::Wall if inside => {
                    let Some(gap) = pinched_gap(&booth.rect, &item.rect, rules.min_aisle_mm) else {
                        continue;
                    };
                    let floor = between_rect(&booth.rect, &item.rect);
                    if floor_filled(
                        derived,
                        &[booth.hall],
                        &floor,
                        (&[*id], Some(item)),
                        &mut between,
                    ) {
                        continue;
                    }
                    sink.push(
                        Rule::AisleTooNarrow,
                        Some(booth.hall),
                        vec![*id],
                        vec![],
                        msg!(
                            "finding-aisle-too-narrow-wall",
                            booth = sink.booth_label(*id),
                            hall = &hall.name,
                            gap = Len(gap),
                            min = Len(rules.min_aisle_mm),
                        ),
                    );
                }
                ItemKind::Booth(_) | ItemKind::Wall => {}
            }
        }
    }
    check_exits(plan, derived, (scope, near_bounds), sink, &mut scratch);
    check_fire_equipment(plan, derived, (scope, near_bounds), sink, &mut scratch);
}

/// The width of a pinched aisle between two facing rectangles, if there is one.
fn pinched_gap(a: &Rect, b: &Rect, min_aisle_mm: i64) -> Option<i64> {
    let gap = facing_gap(a, b)?;
    (gap > 0 && gap < min_aisle_mm).then_some(gap)
}

/// True when the floor `between` two things is wholly covered by other booths (of any hall),
/// walking obstacles or walls: a gap filled in is no aisle.
fn floor_filled(
    derived: &Derived,
    halls: &[HallId],
    between: &Rect,
    (skip_booths, skip_item): (&[BoothId], Option<Item>),
    scratch: &mut Vec<u32>,
) -> bool {
    if between.is_empty() {
        return true;
    }
    let mut cover: Vec<Rect> = Vec::new();
    derived.site_booths.query(between, scratch);
    for &j in scratch.iter() {
        let item = derived.site_booths.items[j as usize];
        if let ItemKind::Booth(b) = item.kind
            && !skip_booths.contains(&b)
        {
            cover.push(item.rect);
        }
    }
    for hall in halls {
        let Some(index) = derived.index.halls.get(hall) else {
            continue;
        };
        index.query(between, scratch);
        for &j in scratch.iter() {
            let item = index.items[j as usize];
            if Some(item) != skip_item
                && !matches!(item.kind, ItemKind::Booth(_))
                && item.kind.blocks_floor()
            {
                cover.push(item.rect);
            }
        }
    }
    covered_area_mm2(between, &cover) == between.area_mm2()
}

pub(super) fn competitor_pairs(plan: &Plan) -> BTreeSet<(ExhibitorId, ExhibitorId)> {
    let mut pairs = BTreeSet::new();
    for (id, e) in &plan.exhibitors {
        for other in &e.competitors {
            if other != id {
                pairs.insert((*id.min(other), *id.max(other)));
            }
        }
    }
    pairs
}

fn booth_pair(
    plan: &Plan,
    derived: &Derived,
    sink: &mut Sink<'_>,
    competitors: &BTreeSet<(ExhibitorId, ExhibitorId)>,
    (a_id, b_id): (BoothId, BoothId),
    scratch: &mut Vec<u32>,
) {
    let (a, b) = (&plan.booths[&a_id], &plan.booths[&b_id]);
    let rules = &plan.rules;
    let overlap = a.rect.overlap_area_mm2(&b.rect);
    if overlap > 0 {
        sink.push(
            Rule::BoothOverlap,
            Some(a.hall),
            vec![a_id, b_id],
            a.exhibitor.into_iter().chain(b.exhibitor).collect(),
            msg!(
                "finding-booth-overlap",
                booth = sink.booth_label(a_id),
                other = sink.booth_label(b_id),
                area = Area(overlap),
            ),
        );
        return;
    }
    if let Some(gap) = pinched_gap(&a.rect, &b.rect, rules.min_aisle_mm) {
        let floor = between_rect(&a.rect, &b.rect);
        if !floor_filled(
            derived,
            &[a.hall, b.hall],
            &floor,
            (&[a_id, b_id], None),
            scratch,
        ) {
            sink.push(
                Rule::AisleTooNarrow,
                Some(a.hall),
                vec![a_id, b_id],
                vec![],
                msg!(
                    "finding-aisle-too-narrow-booths",
                    booth = sink.booth_label(a_id),
                    other = sink.booth_label(b_id),
                    gap = Len(gap),
                    min = Len(rules.min_aisle_mm),
                ),
            );
        }
    }
    let (Some(ea), Some(eb)) = (a.exhibitor, b.exhibitor) else {
        return;
    };
    if !competitors.contains(&(ea.min(eb), ea.max(eb))) {
        return;
    }
    let Some(gap) = facing_gap(&a.rect, &b.rect) else {
        return;
    };
    // Side by side, or facing across an aisle this wide.
    let across = if gap == 0 {
        None
    } else if gap <= rules.competitor_facing_gap_mm {
        if !derived
            .site_booths
            .open_floor_between((a_id, &a.rect), (b_id, &b.rect), scratch)
        {
            return;
        }
        Some(gap)
    } else {
        return;
    };
    let message = competitors_adjacent(sink, (ea, a_id), (eb, b_id), across);
    sink.push(
        Rule::CompetitorsAdjacent,
        Some(a.hall),
        vec![a_id, b_id],
        vec![ea.min(eb), ea.max(eb)],
        message,
    );
}

/// Competitors side by side (`across` none) or facing across an aisle that wide.
fn competitors_adjacent(
    sink: &Sink<'_>,
    (ea, a_id): (ExhibitorId, BoothId),
    (eb, b_id): (ExhibitorId, BoothId),
    across: Option<i64>,
) -> Msg {
    let (company, booth, other_company, other) = (
        sink.exhibitor_label(ea),
        sink.booth_label(a_id),
        sink.exhibitor_label(eb),
        sink.booth_label(b_id),
    );
    match across {
        None => msg!(
            "finding-competitors-side-by-side",
            company = company,
            booth = booth,
            other_company = other_company,
            other = other,
        ),
        Some(gap) => msg!(
            "finding-competitors-facing",
            company = company,
            booth = booth,
            other_company = other_company,
            other = other,
            gap = Len(gap),
        ),
    }
}

fn booth_obstacle(
    plan: &Plan,
    derived: &Derived,
    sink: &mut Sink<'_>,
    (id, item): (BoothId, Item),
    kind: ObstacleKind,
    label: &str,
    scratch: &mut Vec<u32>,
) {
    let booth = &plan.booths[&id].rect;
    let rect = &item.rect;
    let hall = plan.booths[&id].hall;
    let exhibitors: Vec<ExhibitorId> = plan.booths[&id].exhibitor.into_iter().collect();
    let overlap = booth.overlap_area_mm2(rect);
    if overlap > 0 {
        let (rule, message) = obstacle_in_booth(kind, label, &sink.booth_label(id), overlap);
        sink.push(rule, Some(hall), vec![id], exhibitors, message);
        return;
    }
    if !kind.blocks_walking() {
        return;
    }
    if let Some(gap) = pinched_gap(booth, rect, plan.rules.min_aisle_mm) {
        let floor = between_rect(booth, rect);
        if floor_filled(derived, &[hall], &floor, (&[id], Some(item)), scratch) {
            return;
        }
        let message = aisle_to_obstacle(
            kind,
            label,
            &sink.booth_label(id),
            gap,
            plan.rules.min_aisle_mm,
        );
        sink.push(Rule::AisleTooNarrow, Some(hall), vec![id], vec![], message);
    }
}

/// A booth on an obstacle: a pillar inside it, or anything else it covers.
fn obstacle_in_booth(
    kind: ObstacleKind,
    obstacle: &str,
    booth: &str,
    overlap: i128,
) -> (Rule, Msg) {
    let area = Area(overlap);
    match kind {
        ObstacleKind::Pillar => (
            Rule::BoothContainsPillar,
            msg!(
                "finding-pillar-in-booth",
                obstacle = obstacle,
                booth = booth,
                area = area,
            ),
        ),
        ObstacleKind::FireEquipment => (
            Rule::BoothOnObstacle,
            msg!(
                "finding-booth-covers-fire-equipment",
                booth = booth,
                obstacle = obstacle,
                area = area,
            ),
        ),
        ObstacleKind::ServiceCore => (
            Rule::BoothOnObstacle,
            msg!(
                "finding-booth-covers-service-core",
                booth = booth,
                obstacle = obstacle,
                area = area,
            ),
        ),
        ObstacleKind::Stage => (
            Rule::BoothOnObstacle,
            msg!(
                "finding-booth-covers-stage",
                booth = booth,
                obstacle = obstacle,
                area = area,
            ),
        ),
        ObstacleKind::ReservedAisle => (
            Rule::BoothOnObstacle,
            msg!(
                "finding-booth-covers-reserved-aisle",
                booth = booth,
                obstacle = obstacle,
                area = area,
            ),
        ),
    }
}

/// An aisle `gap` wide between a booth and an obstacle, narrower than the minimum `min`.
fn aisle_to_obstacle(kind: ObstacleKind, obstacle: &str, booth: &str, gap: i64, min: i64) -> Msg {
    let (gap, min) = (Len(gap), Len(min));
    match kind {
        ObstacleKind::Pillar => msg!(
            "finding-aisle-too-narrow-pillar",
            booth = booth,
            obstacle = obstacle,
            gap = gap,
            min = min,
        ),
        ObstacleKind::FireEquipment => msg!(
            "finding-aisle-too-narrow-fire-equipment",
            booth = booth,
            obstacle = obstacle,
            gap = gap,
            min = min,
        ),
        ObstacleKind::ServiceCore => msg!(
            "finding-aisle-too-narrow-service-core",
            booth = booth,
            obstacle = obstacle,
            gap = gap,
            min = min,
        ),
        ObstacleKind::Stage => msg!(
            "finding-aisle-too-narrow-stage",
            booth = booth,
            obstacle = obstacle,
            gap = gap,
            min = min,
        ),
        ObstacleKind::ReservedAisle => msg!(
            "finding-aisle-too-narrow-reserved-aisle",
            booth = booth,
            obstacle = obstacle,
            gap = gap,
            min = min,
        ),
    }
}

fn check_exits(
    plan: &Plan,
    derived: &Derived,
    (scope, near): (Scope<'_>, Option<Rect>),
    sink: &mut Sink<'_>,
    scratch: &mut Vec<u32>,
) {
    for exit in plan.exits.values() {
        // The clearance zone, and the door's approach (one minimum aisle deep) that the
        // walking paths need clear.
        let approach = exit.zone(plan.rules.min_aisle_mm.max(1));
        let zone = exit.clearance_zone(&plan.rules).union_bounds(&approach);
        if near.is_some_and(|n| !crate::model::spatial::touches(&n, &zone)) {
            continue;
        }
        // Booths of any hall, wherever drawn.
        derived.site_booths.query(&zone, scratch);
        for &i in scratch.iter() {
            let item = &derived.site_booths.items[i as usize];
            let ItemKind::Booth(id) = item.kind else {
                continue;
            };
            let overlap = item.rect.overlap_area_mm2(&zone);
            if overlap > 0 && scope.holds(id) {
                sink.push(
                    Rule::ExitBlocked,
                    Some(exit.hall),
                    vec![id],
                    plan.booths[&id].exhibitor.into_iter().collect(),
                    msg!(
                        "finding-booth-in-exit-clearance",
                        booth = sink.booth_label(id),
                        exit = &exit.label,
                        area = Area(overlap),
                    ),
                );
            }
        }
        // Anything else people cannot walk through, in the clearance zone or the door's
        // approach (one minimum aisle deep): an obstacle in the approach makes the door no way
        // out for the walking paths.
        let Some(index) = derived.index.halls.get(&exit.hall) else {
            continue;
        };
        if !matches!(scope, Scope::All) {
            continue; // Obstacles do not move with booths.
        }
        index.query(&zone, scratch);
        for &i in scratch.iter() {
            let item = &index.items[i as usize];
            let ItemKind::Obstacle(oid, kind) = item.kind else {
                continue;
            };
            let overlap = item.rect.overlap_area_mm2(&zone);
            if kind.blocks_walking() && overlap > 0 {
                let message = obstacle_in_exit_clearance(
                    kind,
                    item.rect.overlaps(&approach),
                    &plan.obstacles[&oid].label,
                    &exit.label,
                    overlap,
                );
                sink.push(Rule::ExitBlocked, Some(exit.hall), vec![], vec![], message);
            }
        }
    }
}

/// An obstacle in an exit's clearance zone; `in_approach` when it also stands in the door's
/// approach, so the exit is no way out.
fn obstacle_in_exit_clearance(
    kind: ObstacleKind,
    in_approach: bool,
    obstacle: &str,
    exit: &str,
    overlap: i128,
) -> Msg {
    let area = Area(overlap);
    match (kind, in_approach) {
        (ObstacleKind::Pillar, false) => msg!(
            "finding-pillar-in-exit-clearance",
            obstacle = obstacle,
            exit = exit,
            area = area,
        ),
        (ObstacleKind::Pillar, true) => msg!(
            "finding-pillar-in-exit-approach",
            obstacle = obstacle,
            exit = exit,
            area = area,
        ),
        (ObstacleKind::FireEquipment, false) => msg!(
            "finding-fire-equipment-in-exit-clearance",
            obstacle = obstacle,
            exit = exit,
            area = area,
        ),
        (ObstacleKind::FireEquipment, true) => msg!(
            "finding-fire-equipment-in-exit-approach",
            obstacle = obstacle,
            exit = exit,
            area = area,
        ),
        (ObstacleKind::ServiceCore, false) => msg!(
            "finding-service-core-in-exit-clearance",
            obstacle = obstacle,
            exit = exit,
            area = area,
        ),
        (ObstacleKind::ServiceCore, true) => msg!(
            "finding-service-core-in-exit-approach",
            obstacle = obstacle,
            exit = exit,
            area = area,
        ),
        (ObstacleKind::Stage, false) => msg!(
            "finding-stage-in-exit-clearance",
            obstacle = obstacle,
            exit = exit,
            area = area,
        ),
        (ObstacleKind::Stage, true) => msg!(
            "finding-stage-in-exit-approach",
            obstacle = obstacle,
            exit = exit,
            area = area,
        ),
        (ObstacleKind::ReservedAisle, false) => msg!(
            "finding-reserved-aisle-in-exit-clearance",
            obstacle = obstacle,
            exit = exit,
            area = area,
        ),
        (ObstacleKind::ReservedAisle, true) => msg!(
            "finding-reserved-aisle-in-exit-approach",
            obstacle = obstacle,
            exit = exit,
            area = area,
        ),
    }
}

fn check_fire_equipment(
    plan: &Plan,
    derived: &Derived,
    (scope, near): (Scope<'_>, Option<Rect>),
    sink: &mut Sink<'_>,
    scratch: &mut Vec<u32>,
) {
    let clearance = plan.rules.fire_equipment_clearance_mm.clamp(0, 1_000_000);
    for obstacle in plan
        .obstacles
        .values()
        .filter(|o| o.kind == ObstacleKind::FireEquipment)
    {
        let Some(index) = derived.index.halls.get(&obstacle.hall) else {
            continue;
        };
        let zone = obstacle.rect.expanded(clearance);
        if near.is_some_and(|n| !crate::model::spatial::touches(&n, &zone)) {
            continue;
        }
        index.query(&zone, scratch);
        for &i in scratch.iter() {
            let item = &index.items[i as usize];
            if let ItemKind::Booth(id) = item.kind {
                // Covering the equipment itself is booth-on-obstacle, reported once.
                if item.rect.overlaps(&zone)
                    && !item.rect.overlaps(&obstacle.rect)
                    && scope.holds(id)
                {
                    sink.push(
                        Rule::FireEquipmentBlocked,
                        Some(obstacle.hall),
                        vec![id],
                        plan.booths[&id].exhibitor.into_iter().collect(),
                        msg!(
                            "finding-booth-near-fire-equipment",
                            booth = sink.booth_label(id),
                            clearance = Len(clearance),
                            obstacle = &obstacle.label,
                        ),
                    );
                }
            }
        }
    }
}
