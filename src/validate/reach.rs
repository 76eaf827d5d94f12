//! Walking paths: every booth must reach an exit along aisles at least the minimum width, and
//! the nearest exit must be within the travel-distance limit.
//!
//! The walking field ([`super::walk`]) is exact geometry on a rectilinear grid; a booth's walk
//! is measured from the door opening along the centre line of a stream the minimum aisle wide to
//! where the booth's visitors step into the aisle (an open side of the booth). The grid gives
//! every booth the length of a real path (never shorter than the true walk); booths whose bound
//! is over the limit are measured exactly before anything is reported, so a diagonal walk is not
//! overestimated into a false error.

use std::collections::BTreeMap;

use super::walk::{Faces, Field, PASSAGE_AISLES, in_range};
use super::{Count, Len, Rule, Sink, msg};
use crate::model::{BoothId, Derived, HallId, Plan, Rect};

/// The booths that name each hall and can be measured, in id order.
pub(super) fn booths_by_hall(plan: &Plan) -> BTreeMap<HallId, Vec<BoothId>> {
    let mut out: BTreeMap<HallId, Vec<BoothId>> = BTreeMap::new();
    for (id, booth) in &plan.booths {
        if !booth.rect.is_empty() && in_range(&booth.rect) {
            out.entry(booth.hall).or_default().push(*id);
        }
    }
    out
}

/// What the field says of one booth.
enum Walk {
    /// No open face of the booth touches walkable floor connected to a door.
    Unreachable,
    /// The shortest walk, in millimetres.
    Metres(f64),
}

/// Walks of the booths of one hall; exact where `exact_over_mm` is exceeded by the bound.
fn walks(
    plan: &Plan,
    derived: &Derived,
    field: &Field,
    booths: &[BoothId],
    exact_over_mm: f64,
) -> BTreeMap<BoothId, Walk> {
    let mut out = BTreeMap::new();
    let mut over: Vec<(BoothId, Faces, f64)> = Vec::new();
    for id in booths {
        let booth = &plan.booths[id];
        let open = derived.open_sides(*id);
        if open.count() == 0 {
            continue; // Already booth-no-aisle-access.
        }
        let faces = Faces::new(&booth.rect, open.sides());
        match field.grid_walk_mm(&faces) {
            None => {
                out.insert(*id, Walk::Unreachable);
            }
            Some(bound) if bound > exact_over_mm => over.push((*id, faces, bound)),
            Some(bound) => {
                out.insert(*id, Walk::Metres(bound));
            }
        }
    }
    if !over.is_empty() {
        let targets: Vec<_> = over.iter().map(|(_, f, b)| (f, *b)).collect();
        let exact = field.exact_walks_mm(&targets);
        for ((id, _, _), d) in over.iter().zip(exact) {
            out.insert(*id, Walk::Metres(d));
        }
    }
    out
}

/// The shortest walk from each booth (in a hall) to the nearest exit door, in millimetres;
/// `None` where no path at least the minimum aisle wide leads to an exit.
pub fn walking_distances(plan: &Plan) -> BTreeMap<BoothId, Option<f64>> {
    let derived = Derived::new(plan);
    let by_hall = booths_by_hall(plan);
    let mut out = BTreeMap::new();
    for (hall_id, booths) in &by_hall {
        let Some(field) = Field::new(plan, &derived, *hall_id) else {
            continue;
        };
        for (id, w) in walks(plan, &derived, &field, booths, -1.0) {
            out.insert(
                id,
                match w {
                    Walk::Unreachable => None,
                    Walk::Metres(d) => Some(d),
                },
            );
        }
    }
    out
}

/// A way from a booth to an exit, along the validator's walking field.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    /// Points in plan millimetres, from the booth's open side to the door: a real walk along
    /// the walking grid (a little longer than the shortest where it turns).
    pub points: Vec<(f64, f64)>,
    /// The exit it leaves by.
    pub exit: crate::model::ExitId,
    /// Length of the walk drawn, in millimetres: never shorter than the shortest walk, which
    /// `travel-distance` measures exactly.
    pub length_mm: f64,
}

/// A walk from each of `booths` to the exit nearest by the walking field (`None` for a booth
/// no path leads from). One field per hall.
pub fn routes_to_exits(
    plan: &Plan,
    derived: &Derived,
    booths: &[BoothId],
) -> BTreeMap<BoothId, Option<Route>> {
    let mut by_hall: BTreeMap<HallId, Vec<BoothId>> = BTreeMap::new();
    for id in booths {
        if let Some(b) = plan.booths.get(id) {
            by_hall.entry(b.hall).or_default().push(*id);
        }
    }
    let mut out = BTreeMap::new();
    for (hall_id, ids) in &by_hall {
        let field = Field::new(plan, derived, *hall_id);
        for id in ids {
            let route = field.as_ref().and_then(|field| {
                let booth = &plan.booths[id];
                let open = derived.open_sides(*id);
                let faces = Faces::new(&booth.rect, open.sides());
                let (points, exit) = field.grid_route_mm(&faces)?;
                let length_mm = points
                    .windows(2)
                    .map(|w| (w[1].0 - w[0].0).hypot(w[1].1 - w[0].1))
                    .sum();
                Some(Route {
                    points,
                    exit,
                    length_mm,
                })
            });
            out.insert(*id, route);
        }
    }
    out
}

/// Cells of floor, each with the walk from it to the nearest exit in millimetres (`None`:
/// no exit is reached).
pub type HeatCells = Vec<(Rect, Option<f64>)>;

/// The walking field of every hall as cells with their walk out (see
/// [`Field::cells_mm`]): where the plan is tight before a travel-distance error appears.
pub fn walking_heat(plan: &Plan, derived: &Derived) -> HeatCells {
    plan.halls
        .keys()
        .filter_map(|h| Field::new(plan, derived, *h))
        .flat_map(|f| f.cells_mm())
        .collect()
}

/// Walking-path findings of one hall: `booths` are those that name it.
pub(super) fn check_hall(
    plan: &Plan,
    derived: &Derived,
    hall_id: HallId,
    booths: &[BoothId],
    sink: &mut Sink<'_>,
) {
    let hall = &plan.halls[&hall_id];
    let rules = &plan.rules;
    let Some(field) = Field::new(plan, derived, hall_id) else {
        return;
    };
    let limit = rules.max_travel_mm as f64;
    for (id, walk) in walks(plan, derived, &field, booths, limit) {
        let exhibitors = plan.booths[&id].exhibitor.into_iter().collect();
        match walk {
            Walk::Unreachable => {
                let message = if field.has_exits() {
                    msg!(
                        "finding-exit-unreachable",
                        booth = sink.booth_label(id),
                        min = Len(rules.min_aisle_mm),
                    )
                } else {
                    msg!(
                        "finding-exit-unreachable-no-exit",
                        booth = sink.booth_label(id),
                        hall = &hall.name,
                    )
                };
                sink.push(
                    Rule::ExitUnreachable,
                    Some(hall_id),
                    vec![id],
                    exhibitors,
                    message,
                );
            }
            Walk::Metres(d) if d > limit => {
                // Shown rounded up to 0.1 m, so it never reads as within the limit.
                let shown = ((d / 100.0).ceil() as i64).saturating_mul(100);
                sink.push(
                    Rule::TravelDistance,
                    Some(hall_id),
                    vec![id],
                    exhibitors,
                    msg!(
                        "finding-travel-distance",
                        booth = sink.booth_label(id),
                        walk = Len(shown),
                        limit = Len(rules.max_travel_mm),
                    ),
                );
            }
            Walk::Metres(_) => {}
        }
    }
    dead_ends(plan, derived, &field, hall_id, booths, sink);
}

/// Passages that lead nowhere, longer than the limit, with the booths that give onto them.
fn dead_ends(
    plan: &Plan,
    derived: &Derived,
    field: &Field,
    hall_id: HallId,
    booths: &[BoothId],
    sink: &mut Sink<'_>,
) {
    let rules = &plan.rules;
    if rules.max_dead_end_mm <= 0 || rules.min_aisle_mm <= 0 {
        return; // invalid-rule says so.
    }
    let widest = rules
        .min_aisle_mm
        .clamp(1, super::MAX_COORD_MM)
        .saturating_mul(PASSAGE_AISLES);
    let found = field.dead_ends(widest, rules.max_dead_end_mm);
    if found.list.is_empty() {
        return;
    }
    let mut on: Vec<Vec<BoothId>> = vec![Vec::new(); found.list.len()];
    for id in booths {
        let booth = &plan.booths[id];
        let open = derived.open_sides(*id);
        if open.count() == 0 {
            continue;
        }
        if let Some(k) = found.of_booth(field, &Faces::new(&booth.rect, open.sides())) {
            on[k].push(*id);
        }
    }
    let hall = &plan.halls[&hall_id];
    for (end, ids) in found.list.iter().zip(on) {
        // Shown rounded up to 0.1 m, so it never reads as within the limit.
        let shown = ((end.length_mm / 100.0).ceil() as i64).saturating_mul(100);
        let exhibitors = ids
            .iter()
            .filter_map(|id| plan.booths[id].exhibitor)
            .collect();
        let labels = |list: &[BoothId]| {
            list.iter()
                .map(|id| sink.booth_label(*id))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (length, x, y, limit) = (
            Len(shown),
            Len(end.far_mm.0),
            Len(end.far_mm.1),
            Len(rules.max_dead_end_mm),
        );
        let message = match ids.len() {
            0 => msg!(
                "finding-dead-end-aisle",
                hall = &hall.name,
                length = length,
                x = x,
                y = y,
                limit = limit,
            ),
            1..=6 => msg!(
                "finding-dead-end-aisle-booths",
                hall = &hall.name,
                length = length,
                x = x,
                y = y,
                limit = limit,
                booths = labels(&ids),
            ),
            n => msg!(
                "finding-dead-end-aisle-many-booths",
                hall = &hall.name,
                length = length,
                x = x,
                y = y,
                limit = limit,
                booths = labels(&ids[..5]),
                count = Count(i64::try_from(n - 5).unwrap_or(i64::MAX)),
            ),
        };
        sink.push(Rule::DeadEndAisle, Some(hall_id), ids, exhibitors, message);
    }
}
