//! Plans that cannot be measured or cannot be right: venue rules that are zero or negative,
//! geometry beyond the range the validator measures, obstacles and exits outside their hall.
//! Each is an error with a true message, so a plan of nonsense never reads "0 errors".

use super::walk::{MAX_COORD_MM, in_range};
use super::{Rule, Sink};
use crate::model::Plan;
use crate::model::geom::fmt_m;

pub(super) fn check(plan: &Plan, sink: &mut Sink<'_>) {
    rules(plan, sink);
    out_of_range(plan, sink);
    outside_hall(plan, sink);
}

fn rules(plan: &Plan, sink: &mut Sink<'_>) {
    let r = &plan.rules;
    let positive = [
        ("minimum aisle (min_aisle_mm)", r.min_aisle_mm),
        ("exit clearance (exit_clearance_mm)", r.exit_clearance_mm),
        (
            "fire equipment clearance (fire_equipment_clearance_mm)",
            r.fire_equipment_clearance_mm,
        ),
        ("travel distance limit (max_travel_mm)", r.max_travel_mm),
        (
            "minimum booth side (min_booth_side_mm)",
            r.min_booth_side_mm,
        ),
        (
            "accessible clear width (min_clear_width_mm)",
            r.min_clear_width_mm,
        ),
        ("walking grid (walk_grid_mm)", r.walk_grid_mm),
        ("longest row (max_row_length_mm)", r.max_row_length_mm),
        ("deepest booth (max_booth_depth_mm)", r.max_booth_depth_mm),
        ("longest dead end (max_dead_end_mm)", r.max_dead_end_mm),
        ("grid pitch (grid_pitch_mm)", plan.meta.grid_pitch_mm),
    ];
    let mut bad: Vec<String> = positive
        .iter()
        .filter(|(_, v)| *v <= 0)
        .map(|(name, v)| format!("the {name} is {}; it must be more than 0", fmt_m(*v)))
        .collect();
    for (name, v) in [
        (
            "minimum booth area (min_booth_area_mm2)",
            r.min_booth_area_mm2,
        ),
        (
            "area tolerance (area_tolerance_permille)",
            r.area_tolerance_permille,
        ),
        (
            "competitor facing gap (competitor_facing_gap_mm)",
            r.competitor_facing_gap_mm,
        ),
    ] {
        if v < 0 {
            bad.push(format!("the {name} is {v}; it cannot be negative"));
        }
    }
    for (name, v) in [
        ("minimum aisle", r.min_aisle_mm),
        ("exit clearance", r.exit_clearance_mm),
        ("travel distance limit", r.max_travel_mm),
        ("walking grid", r.walk_grid_mm),
    ] {
        if v > MAX_COORD_MM {
            bad.push(format!("the {name} is {}, beyond any venue", fmt_m(v)));
        }
    }
    for reason in bad {
        sink.push(
            Rule::InvalidRule,
            None,
            vec![],
            vec![],
            format!("Venue rules cannot be right: {reason}."),
        );
    }
    for hall in plan.halls.values() {
        let b = hall.bounds();
        if !b.is_empty() && r.min_aisle_mm > b.w_mm.max(b.d_mm) {
            sink.push(
                Rule::InvalidRule,
                None,
                vec![],
                vec![],
                format!(
                    "Venue rules cannot be right: the minimum aisle ({}) is wider than {} ({} × {}).",
                    fmt_m(r.min_aisle_mm),
                    hall.name,
                    fmt_m(b.w_mm),
                    fmt_m(b.d_mm)
                ),
            );
        }
    }
    for exit in plan.exits.values() {
        if exit.width_mm <= 0 || exit.clearance_mm.is_some_and(|c| c <= 0) {
            sink.push(
                Rule::InvalidRule,
                Some(exit.hall),
                vec![],
                vec![],
                format!(
                    "{} cannot be right: its width is {} and its clearance {}; both must be more than 0.",
                    exit.label,
                    fmt_m(exit.width_mm),
                    exit.clearance_mm
                        .map_or_else(|| "the venue's".to_owned(), fmt_m)
                ),
            );
        }
    }
}

fn out_of_range(plan: &Plan, sink: &mut Sink<'_>) {
    let limit = fmt_m(MAX_COORD_MM);
    for (id, booth) in &plan.booths {
        if !in_range(&booth.rect) {
            sink.push(
                Rule::BoothOutOfRange,
                Some(booth.hall),
                vec![*id],
                vec![],
                format!(
                    "Booth {} is too far from the site's origin or too large to measure (more than {limit}); it is left out of the other checks.",
                    sink.booth_label(*id)
                ),
            );
        }
    }
    for (id, hall) in &plan.halls {
        if hall.outline.iter().any(|r| !in_range(r)) || !in_range(&hall.bounds()) {
            sink.push(
                Rule::BoothOutOfRange,
                Some(*id),
                vec![],
                vec![],
                format!(
                    "{} is too far from the site's origin or too large to measure (more than {limit}); its floor is not checked.",
                    hall.name
                ),
            );
        }
    }
}

fn outside_hall(plan: &Plan, sink: &mut Sink<'_>) {
    for o in plan.obstacles.values() {
        let Some(hall) = plan.halls.get(&o.hall) else {
            continue; // unknown-reference
        };
        if o.rect.is_empty() || !in_range(&o.rect) || !hall.contains(&o.rect) {
            let what = if o.rect.is_empty() {
                "has no area".to_owned()
            } else if !in_range(&o.rect) {
                format!(
                    "lies beyond {} from the site's origin or is larger than that",
                    fmt_m(MAX_COORD_MM)
                )
            } else {
                format!("reaches outside {}", hall.name)
            };
            sink.push(
                Rule::ObstacleOutsideHall,
                Some(o.hall),
                vec![],
                vec![],
                format!("{} {} {what}.", o.kind.title(), o.label),
            );
        }
    }
    for exit in plan.exits.values() {
        let Some(hall) = plan.halls.get(&exit.hall) else {
            continue;
        };
        if exit.width_mm > 0 && !exit.is_on_wall(hall) {
            sink.push(
                Rule::ObstacleOutsideHall,
                Some(exit.hall),
                vec![],
                vec![],
                format!(
                    "{} is not on the {} wall of {}: its door must open from the hall's floor to the outside.",
                    exit.label,
                    exit.wall.name(),
                    hall.name
                ),
            );
        }
    }
}
