//! Rules about the plan's data: booth numbers, references, sizes, grid, allocation.

use std::collections::{BTreeMap, BTreeSet};

use super::{Rule, Scope, Sink};
use crate::model::derive::fmt_size;
use crate::model::geom::{fmt_m, fmt_m2};
use crate::model::{BoothId, BoothStatus, ExhibitorId, Plan};

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
                format!("Booth {id} has no number."),
            );
        } else {
            keyed.push((crate::model::number_key(trimmed), *id));
        }
    }
    keyed.sort_unstable();
    for group in keyed.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        let ids: Vec<BoothId> = group.iter().map(|(_, id)| *id).collect();
        let first = &plan.booths[&ids[0]];
        let message = format!("{} booths are numbered {}.", ids.len(), first.number.trim());
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
                format!(
                    "Booth {} is allocated to exhibitor {e}, which does not exist.",
                    sink.booth_label(*id)
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
                format!("{} lists competitor {c}, which does not exist.", ex.name),
            );
        }
        if let Some(z) = ex.preferred_zone.filter(|z| !plan.zones.contains_key(z)) {
            sink.push(
                Rule::UnknownReference,
                None,
                vec![],
                vec![*id],
                format!("{} prefers zone {z}, which does not exist.", ex.name),
            );
        }
    }
    let missing_hall =
        |what: String, hall| format!("{what} is in hall {hall}, which does not exist.");
    for o in plan
        .obstacles
        .values()
        .filter(|o| !plan.halls.contains_key(&o.hall))
    {
        sink.push(
            Rule::UnknownReference,
            None,
            vec![],
            vec![],
            missing_hall(format!("{} {}", o.kind.label(), o.label), o.hall),
        );
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
            missing_hall(format!("Exit {}", x.label), x.hall),
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
            missing_hall(format!("Zone {}", z.name), z.hall),
        );
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
                format!(
                    "Booth {} is {} ({}); the minimum is {} with sides of at least {}.",
                    sink.booth_label(*id),
                    fmt_size(r),
                    fmt_m2(booth.area_mm2()),
                    fmt_m2(i128::from(rules.min_booth_area_mm2)),
                    fmt_m(rules.min_booth_side_mm)
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
                    format!(
                        "Booth {} is off the {} grid ({}).",
                        sink.booth_label(*id),
                        fmt_m(pitch),
                        off.join(", ")
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
                (true, BoothStatus::Available | BoothStatus::OnHold) => {
                    Some("is allocated but marked")
                }
                (false, BoothStatus::Reserved | BoothStatus::Sold) => {
                    Some("has no exhibitor but is marked")
                }
                _ => None,
            };
            if let Some(what) = mismatch {
                sink.push(
                    Rule::StatusMismatch,
                    Some(booth.hall),
                    vec![*id],
                    booth.exhibitor.into_iter().collect(),
                    format!(
                        "Booth {} {what} {}.",
                        sink.booth_label(*id),
                        booth.status.label()
                    ),
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
                format!(
                    "{} ({}) has no booth yet.",
                    ex.name,
                    fmt_m2(i128::from(ex.contracted_area_mm2))
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
                format!(
                    "{} holds {} booths: {}.",
                    ex.name,
                    booths.len(),
                    numbers.join(", ")
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
                format!(
                    "{} asked for {} and holds {} ({pct:+.0} %).",
                    ex.name,
                    fmt_m2(contract),
                    fmt_m2(area)
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
                    format!("{} asked for {} but stands outside it.", ex.name, zone.name),
                );
            }
        }
    }
}
