//! Plans that cannot be measured or cannot be right: venue rules that are zero or negative,
//! geometry beyond the range the validator measures, obstacles and exits outside their hall.
//! Each is an error with a true message, so a plan of nonsense never reads "0 errors".

use super::walk::{MAX_COORD_MM, in_range};
use super::{Len, Msg, Rule, Sink, msg};
use crate::model::geom::Side;
use crate::model::{ObstacleKind, Plan};

pub(super) fn check(plan: &Plan, sink: &mut Sink<'_>) {
    rules(plan, sink);
    out_of_range(plan, sink);
    outside_hall(plan, sink);
}

fn rules(plan: &Plan, sink: &mut Sink<'_>) {
    for message in bad_rules(plan) {
        sink.push(Rule::InvalidRule, None, vec![], vec![], message);
    }
    let r = &plan.rules;
    for hall in plan.halls.values() {
        let b = hall.bounds();
        if !b.is_empty() && r.min_aisle_mm > b.w_mm.max(b.d_mm) {
            sink.push(
                Rule::InvalidRule,
                None,
                vec![],
                vec![],
                msg!(
                    "finding-rule-aisle-wider-than-hall",
                    min = Len(r.min_aisle_mm),
                    hall = &hall.name,
                    width = Len(b.w_mm),
                    depth = Len(b.d_mm),
                ),
            );
        }
    }
    for exit in plan.exits.values() {
        if exit.width_mm <= 0 || exit.clearance_mm.is_some_and(|c| c <= 0) {
            let message = match exit.clearance_mm {
                Some(clearance) => msg!(
                    "finding-exit-size-not-positive",
                    exit = &exit.label,
                    width = Len(exit.width_mm),
                    clearance = Len(clearance),
                ),
                None => msg!(
                    "finding-exit-size-not-positive-venue-clearance",
                    exit = &exit.label,
                    width = Len(exit.width_mm),
                ),
            };
            sink.push(Rule::InvalidRule, Some(exit.hall), vec![], vec![], message);
        }
    }
}

/// How a rule's problem is said, given its value.
type Say<T> = fn(T) -> Msg;

/// What is wrong with each venue rule that is zero, negative or beyond any venue.
fn bad_rules(plan: &Plan) -> Vec<Msg> {
    let r = &plan.rules;
    // Each rule that must be more than 0, with what is said when it is not.
    let positive: [(i64, Say<Len>); 11] = [
        (r.min_aisle_mm, |v| {
            msg!("finding-rule-min-aisle-not-positive", value = v)
        }),
        (r.exit_clearance_mm, |v| {
            msg!("finding-rule-exit-clearance-not-positive", value = v)
        }),
        (r.fire_equipment_clearance_mm, |v| {
            msg!(
                "finding-rule-fire-equipment-clearance-not-positive",
                value = v
            )
        }),
        (r.max_travel_mm, |v| {
            msg!("finding-rule-max-travel-not-positive", value = v)
        }),
        (r.min_booth_side_mm, |v| {
            msg!("finding-rule-min-booth-side-not-positive", value = v)
        }),
        (r.min_clear_width_mm, |v| {
            msg!("finding-rule-min-clear-width-not-positive", value = v)
        }),
        (r.walk_grid_mm, |v| {
            msg!("finding-rule-walk-grid-not-positive", value = v)
        }),
        (r.max_row_length_mm, |v| {
            msg!("finding-rule-max-row-length-not-positive", value = v)
        }),
        (r.max_booth_depth_mm, |v| {
            msg!("finding-rule-max-booth-depth-not-positive", value = v)
        }),
        (r.max_dead_end_mm, |v| {
            msg!("finding-rule-max-dead-end-not-positive", value = v)
        }),
        (plan.meta.grid_pitch_mm, |v| {
            msg!("finding-rule-grid-pitch-not-positive", value = v)
        }),
    ];
    let mut bad: Vec<Msg> = positive
        .into_iter()
        .filter(|(v, _)| *v <= 0)
        .map(|(v, message)| message(Len(v)))
        .collect();
    // Each rule that may be 0 but not negative (its value shown as it is written).
    let non_negative: [(i64, Say<String>); 3] = [
        (r.min_booth_area_mm2, |v| {
            msg!("finding-rule-min-booth-area-negative", value = v)
        }),
        (r.area_tolerance_permille, |v| {
            msg!("finding-rule-area-tolerance-negative", value = v)
        }),
        (r.competitor_facing_gap_mm, |v| {
            msg!("finding-rule-competitor-facing-gap-negative", value = v)
        }),
    ];
    for (v, message) in non_negative {
        if v < 0 {
            bad.push(message(v.to_string()));
        }
    }
    // Each length that no venue reaches.
    let bounded: [(i64, Say<Len>); 4] = [
        (r.min_aisle_mm, |v| {
            msg!("finding-rule-min-aisle-too-large", value = v)
        }),
        (r.exit_clearance_mm, |v| {
            msg!("finding-rule-exit-clearance-too-large", value = v)
        }),
        (r.max_travel_mm, |v| {
            msg!("finding-rule-max-travel-too-large", value = v)
        }),
        (r.walk_grid_mm, |v| {
            msg!("finding-rule-walk-grid-too-large", value = v)
        }),
    ];
    for (v, message) in bounded {
        if v > MAX_COORD_MM {
            bad.push(message(Len(v)));
        }
    }
    bad
}

fn out_of_range(plan: &Plan, sink: &mut Sink<'_>) {
    for (id, booth) in &plan.booths {
        if !in_range(&booth.rect) {
            sink.push(
                Rule::BoothOutOfRange,
                Some(booth.hall),
                vec![*id],
                vec![],
                msg!(
                    "finding-booth-out-of-range",
                    booth = sink.booth_label(*id),
                    limit = Len(MAX_COORD_MM),
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
                msg!(
                    "finding-hall-out-of-range",
                    hall = &hall.name,
                    limit = Len(MAX_COORD_MM),
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
            let message = if o.rect.is_empty() {
                obstacle_without_area(o.kind, &o.label)
            } else if !in_range(&o.rect) {
                obstacle_out_of_range(o.kind, &o.label)
            } else {
                obstacle_outside_hall(o.kind, &o.label, &hall.name)
            };
            sink.push(
                Rule::ObstacleOutsideHall,
                Some(o.hall),
                vec![],
                vec![],
                message,
            );
        }
    }
    for exit in plan.exits.values() {
        let Some(hall) = plan.halls.get(&exit.hall) else {
            continue;
        };
        if exit.width_mm > 0 && !exit.is_on_wall(hall) {
            let message = exit_off_wall(exit.wall, &exit.label, &hall.name);
            sink.push(
                Rule::ObstacleOutsideHall,
                Some(exit.hall),
                vec![],
                vec![],
                message,
            );
        }
    }
}

/// An obstacle with no area.
fn obstacle_without_area(kind: ObstacleKind, obstacle: &str) -> Msg {
    match kind {
        ObstacleKind::Pillar => msg!("finding-pillar-without-area", obstacle = obstacle),
        ObstacleKind::FireEquipment => {
            msg!("finding-fire-equipment-without-area", obstacle = obstacle)
        }
        ObstacleKind::ServiceCore => {
            msg!("finding-service-core-without-area", obstacle = obstacle)
        }
        ObstacleKind::Stage => msg!("finding-stage-without-area", obstacle = obstacle),
        ObstacleKind::ReservedAisle => {
            msg!("finding-reserved-aisle-without-area", obstacle = obstacle)
        }
    }
}

/// An obstacle beyond the range the validator measures.
fn obstacle_out_of_range(kind: ObstacleKind, obstacle: &str) -> Msg {
    let limit = Len(MAX_COORD_MM);
    match kind {
        ObstacleKind::Pillar => msg!(
            "finding-pillar-out-of-range",
            obstacle = obstacle,
            limit = limit,
        ),
        ObstacleKind::FireEquipment => msg!(
            "finding-fire-equipment-out-of-range",
            obstacle = obstacle,
            limit = limit,
        ),
        ObstacleKind::ServiceCore => msg!(
            "finding-service-core-out-of-range",
            obstacle = obstacle,
            limit = limit,
        ),
        ObstacleKind::Stage => msg!(
            "finding-stage-out-of-range",
            obstacle = obstacle,
            limit = limit,
        ),
        ObstacleKind::ReservedAisle => msg!(
            "finding-reserved-aisle-out-of-range",
            obstacle = obstacle,
            limit = limit,
        ),
    }
}

/// An obstacle reaching outside its hall.
fn obstacle_outside_hall(kind: ObstacleKind, obstacle: &str, hall: &str) -> Msg {
    match kind {
        ObstacleKind::Pillar => msg!(
            "finding-pillar-outside-hall",
            obstacle = obstacle,
            hall = hall,
        ),
        ObstacleKind::FireEquipment => msg!(
            "finding-fire-equipment-outside-hall",
            obstacle = obstacle,
            hall = hall,
        ),
        ObstacleKind::ServiceCore => msg!(
            "finding-service-core-outside-hall",
            obstacle = obstacle,
            hall = hall,
        ),
        ObstacleKind::Stage => msg!(
            "finding-stage-outside-hall",
            obstacle = obstacle,
            hall = hall,
        ),
        ObstacleKind::ReservedAisle => msg!(
            "finding-reserved-aisle-outside-hall",
            obstacle = obstacle,
            hall = hall,
        ),
    }
}

/// An exit whose door is not on the wall it names.
fn exit_off_wall(wall: Side, exit: &str, hall: &str) -> Msg {
    match wall {
        Side::North => msg!("finding-exit-off-north-wall", exit = exit, hall = hall),
        Side::East => msg!("finding-exit-off-east-wall", exit = exit, hall = hall),
        Side::South => msg!("finding-exit-off-south-wall", exit = exit, hall = hall),
        Side::West => msg!("finding-exit-off-west-wall", exit = exit, hall = hall),
    }
}
