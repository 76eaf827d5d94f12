//! Rules about the plan's data: booth numbers, references, sizes, grid, allocation.

use std::collections::{BTreeMap, BTreeSet};

use super::{Area, Count, Len, Msg, Rule, Scope, Sink, msg};
use crate::model::{BoothId, BoothStatus, ExhibitorId, ObstacleKind, Plan};

pub(super) fn check(plan: &Plan, scope: Scope<'_>, sink: &mut Sink<'_>) {
    if matches!(scope, Scope::All) {
        // Moving booths changes no number and no reference.
        numbers(plan, sink);
        references(plan, sink);
    }
    sizes_and_grid(plan, scope, sink);
    allocation(plan, scope, sink);
}

fn numbers(plan: &Plan, sink: &mut Sink<'_>) {
    let mut keyed: Vec<(String, BoothId)> = Vec::with_capacity(plan.booths.len());
    for (id, booth) in &plan.booths {
        let trimmed = booth.number.trim();
        if trimmed.is_empty() {
            sink.push(
                Rule::MissingBoothNumber,
                Some(booth.hall),
                vec![*id],
                vec![],
                msg!("finding-booth-without-number", booth = id.to_string()),
            );
        } else {
            keyed.push((crate::model::number_key(trimmed), *id));
        }
    }
    keyed.sort_unstable();
    for group in keyed.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        let ids: Vec<BoothId> = group.iter().map(|(_, id)| *id).collect();
        let first = &plan.booths[&ids[0]];
        let message = msg!(
            "finding-duplicate-booth-number",
            count = Count(i64::try_from(ids.len()).unwrap_or(i64::MAX)),
            number = first.number.trim(),
        );
        sink.push(
            Rule::DuplicateBoothNumber,
            Some(first.hall),
            ids,
            vec![],
            message,
        );
    }
}

fn references(plan: &Plan, sink: &mut Sink<'_>) {
    for (id, booth) in &plan.booths {
        if let Some(e) = booth.exhibitor.filter(|e| !plan.exhibitors.contains_key(e)) {
            sink.push(
                Rule::UnknownExhibitor,
                Some(booth.hall),
                vec![*id],
                vec![e],
                msg!(
                    "finding-booth-unknown-exhibitor",
                    booth = sink.booth_label(*id),
                    exhibitor = e.to_string(),
                ),
            );
        }
    }
    for (id, ex) in &plan.exhibitors {
        for c in ex
            .competitors
            .iter()
            .filter(|c| !plan.exhibitors.contains_key(c))
        {
            sink.push(
                Rule::UnknownExhibitor,
                None,
                vec![],
                vec![*id, *c],
                msg!(
                    "finding-unknown-competitor",
                    company = &ex.name,
                    competitor = c.to_string(),
                ),
            );
        }
        if let Some(z) = ex.preferred_zone.filter(|z| !plan.zones.contains_key(z)) {
            sink.push(
                Rule::UnknownReference,
                None,
                vec![],
                vec![*id],
                msg!(
                    "finding-unknown-preferred-zone",
                    company = &ex.name,
                    zone = z.to_string(),
                ),
            );
        }
    }
    for o in plan
        .obstacles
        .values()
        .filter(|o| !plan.halls.contains_key(&o.hall))
    {
        let message = obstacle_in_missing_hall(o.kind, &o.label, o.hall.to_string());
        sink.push(Rule::UnknownReference, None, vec![], vec![], message);
    }
    for x in plan
        .exits
        .values()
        .filter(|x| !plan.halls.contains_key(&x.hall))
    {
        sink.push(
            Rule::UnknownReference,
            None,
            vec![],
            vec![],
            msg!(
                "finding-exit-in-missing-hall",
                exit = &x.label,
                hall = x.hall.to_string(),
            ),
        );
    }
    for z in plan
        .zones
        .values()
        .filter(|z| !plan.halls.contains_key(&z.hall))
    {
        sink.push(
            Rule::UnknownReference,
            None,
            vec![],
            vec![],
            msg!(
                "finding-zone-in-missing-hall",
                zone = &z.name,
                hall = z.hall.to_string(),
            ),
        );
    }
}

/// An obstacle that names a hall that does not exist.
fn obstacle_in_missing_hall(kind: ObstacleKind, obstacle: &str, hall: String) -> Msg {
    match kind {
        ObstacleKind::Pillar => msg!(
            "finding-pillar-in-missing-hall",
            obstacle = obstacle,
            hall = hall,
        ),
        ObstacleKind::FireEquipment => msg!(
            "finding-fire-equipment-in-missing-hall",
            obstacle = obstacle,
            hall = hall,
        ),
        ObstacleKind::ServiceCore => msg!(
            "finding-service-core-in-missing-hall",
            obstacle = obstacle,
            hall = hall,
        ),
        ObstacleKind::Stage => msg!(
            "finding-stage-in-missing-hall",
            obstacle = obstacle,
            hall = hall,
        ),
        ObstacleKind::ReservedAisle => msg!(
            "finding-reserved-aisle-in-missing-hall",
            obstacle = obstacle,
            hall = hall,
        ),
    }
}

fn sizes_and_grid(plan: &Plan, scope: Scope<'_>, sink: &mut Sink<'_>) {
    let rules = &plan.rules;
    let pitch = plan.meta.grid_pitch_mm;
    for (id, booth) in scope.moved_booths(plan) {
        let r = &booth.rect;
        if !super::walk::in_range(r) {
            continue; // booth-out-of-range
        }
        if booth.area_mm2() < i128::from(rules.min_booth_area_mm2)
            || r.w_mm < rules.min_booth_side_mm
            || r.d_mm < rules.min_booth_side_mm
        {
            sink.push(
                Rule::BoothTooSmall,
                Some(booth.hall),
                vec![*id],
                vec![],
                msg!(
                    "finding-booth-too-small",
                    booth = sink.booth_label(*id),
                    width = Len(r.w_mm),
                    depth = Len(r.d_mm),
                    area = Area(booth.area_mm2()),
                    min_area = Area(i128::from(rules.min_booth_area_mm2)),
                    min_side = Len(rules.min_booth_side_mm),
                ),
            );
        }
        let on_grid = |v: i64| v.rem_euclid(pitch) == 0;
        if pitch > 0 && !(on_grid(r.x_mm) && on_grid(r.y_mm) && on_grid(r.w_mm) && on_grid(r.d_mm))
        {
            let off: Vec<&str> = [
                ("x", r.x_mm),
                ("y", r.y_mm),
                ("width", r.w_mm),
                ("depth", r.d_mm),
            ]
            .into_iter()
            .filter(|(_, v)| v.rem_euclid(pitch) != 0)
            .map(|(name, _)| name)
            .collect();
            if !off.is_empty() {
                sink.push(
                    Rule::OffGrid,
                    Some(booth.hall),
                    vec![*id],
                    vec![],
                    msg!(
                        "finding-booth-off-grid",
                        booth = sink.booth_label(*id),
                        pitch = Len(pitch),
                        off = off.join(", "),
                    ),
                );
            }
        }
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "the allocation rules share one pass over the booths"
)]
fn allocation(plan: &Plan, scope: Scope<'_>, sink: &mut Sink<'_>) {
    // After moves, only the areas and zones of the movers' exhibitors can have changed.
    let only: Option<BTreeSet<ExhibitorId>> = match scope {
        Scope::All => None,
        Scope::Near { moved, .. } => Some(
            moved
                .iter()
                .filter_map(|b| plan.booths.get(b)?.exhibitor)
                .collect(),
        ),
    };
    let mut held: BTreeMap<ExhibitorId, Vec<BoothId>> = BTreeMap::new();
    if let (Scope::Near { fixed, .. }, Some(only)) = (scope, &only) {
        // Who holds which booth does not change while booths move.
        for e in only {
            if let Some(b) = fixed.booths_of.get(e) {
                held.insert(*e, b.clone());
            }
        }
    } else {
        for (id, booth) in &plan.booths {
            if let Some(e) = booth.exhibitor {
                held.entry(e).or_default().push(*id);
            }
            let mismatch = match (booth.exhibitor.is_some(), booth.status) {
                (true, BoothStatus::Available) => Some(msg!(
                    "finding-allocated-booth-available",
                    booth = sink.booth_label(*id),
                )),
                (true, BoothStatus::OnHold) => Some(msg!(
                    "finding-allocated-booth-on-hold",
                    booth = sink.booth_label(*id),
                )),
                (false, BoothStatus::Reserved) => Some(msg!(
                    "finding-empty-booth-reserved",
                    booth = sink.booth_label(*id),
                )),
                (false, BoothStatus::Sold) => Some(msg!(
                    "finding-empty-booth-sold",
                    booth = sink.booth_label(*id)
                )),
                _ => None,
            };
            if let Some(message) = mismatch {
                sink.push(
                    Rule::StatusMismatch,
                    Some(booth.hall),
                    vec![*id],
                    booth.exhibitor.into_iter().collect(),
                    message,
                );
            }
        }
    }
    let tolerance = plan.rules.area_tolerance_permille;
    let exhibitors: Box<dyn Iterator<Item = (&ExhibitorId, &crate::model::Exhibitor)>> = match &only
    {
        None => Box::new(plan.exhibitors.iter()),
        Some(o) => Box::new(o.iter().filter_map(|e| plan.exhibitors.get_key_value(e))),
    };
    for (eid, ex) in exhibitors {
        let Some(booths) = held.get(eid) else {
            if only.is_some() {
                continue;
            }
            sink.push(
                Rule::UnallocatedExhibitor,
                None,
                vec![],
                vec![*eid],
                msg!(
                    "finding-exhibitor-without-booth",
                    company = &ex.name,
                    area = Area(i128::from(ex.contracted_area_mm2)),
                ),
            );
            continue;
        };
        let hall = plan.booths[&booths[0]].hall;
        if booths.len() > 1 && only.is_none() {
            let numbers: Vec<String> = booths.iter().map(|b| sink.booth_label(*b)).collect();
            sink.push(
                Rule::ExhibitorMultipleBooths,
                Some(hall),
                booths.clone(),
                vec![*eid],
                msg!(
                    "finding-exhibitor-multiple-booths",
                    company = &ex.name,
                    count = Count(i64::try_from(booths.len()).unwrap_or(i64::MAX)),
                    booths = numbers.join(", "),
                ),
            );
        }
        let area: i128 = booths
            .iter()
            .map(|b| plan.booths[b].area_mm2())
            .fold(0, i128::saturating_add);
        let contract = i128::from(ex.contracted_area_mm2);
        if area
            .saturating_sub(contract)
            .saturating_abs()
            .saturating_mul(1000)
            > contract.abs().saturating_mul(i128::from(tolerance))
        {
            let pct = if contract == 0 {
                0.0
            } else {
                (area - contract) as f64 * 100.0 / contract as f64
            };
            sink.push(
                Rule::AreaMismatch,
                Some(hall),
                booths.clone(),
                vec![*eid],
                msg!(
                    "finding-area-mismatch",
                    company = &ex.name,
                    contract = Area(contract),
                    area = Area(area),
                    change = format!("{pct:+.0}"),
                ),
            );
        }
        if let Some(zone_id) = ex.preferred_zone {
            let Some(zone) = plan.zones.get(&zone_id) else {
                continue;
            };
            if !booths
                .iter()
                .any(|b| plan.zone_of(&plan.booths[b]) == Some(zone_id))
            {
                sink.push(
                    Rule::ZoneMismatch,
                    Some(hall),
                    booths.clone(),
                    vec![*eid],
                    msg!(
                        "finding-zone-mismatch",
                        company = &ex.name,
                        zone = &zone.name,
                    ),
                );
            }
        }
    }
}
