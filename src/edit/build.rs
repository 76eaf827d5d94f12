//! Edits that add things to a plan, as the drawing tools make them: a booth, a hall or a wing,
//! an obstacle, a zone or one more area of it, an exit on the nearest wall. Each is built from
//! the plan as it is (new ids, free numbers), so the editor, tests and scripts add things the
//! same way.

use std::collections::HashSet;

use super::Edit;
use crate::model::{
    Booth, BoothId, BoothStatus, Exit, ExitId, Hall, HallId, Obstacle, ObstacleId, ObstacleKind,
    Plan, Point, Rect, Side, Zone, ZoneId, ZoneKind,
};

/// Width of a newly placed exit door (a double door).
pub const NEW_EXIT_WIDTH_MM: i64 = 2400;

/// Why an exit cannot be placed where asked. [`ExitPlacement::text`] words it in any
/// language; `Display` is its English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExitPlacement {
    /// The point is in no hall.
    OutsideHalls,
    /// No outside wall of the wing around the point has room for the door.
    NoWall,
}

impl ExitPlacement {
    /// The reason in a language (lower case; the editor capitalises it).
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::tr(
            lang,
            match self {
                ExitPlacement::OutsideHalls => "edit-exit-outside-halls",
                ExitPlacement::NoWall => "edit-exit-no-wall",
            },
            &[],
        )
    }
}

impl std::fmt::Display for ExitPlacement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::i18n::Lang::En))
    }
}

impl std::error::Error for ExitPlacement {}

impl Edit {
    /// A new available booth in `hall`, numbered `<hall code>-N<k>` with the first free `k`.
    pub fn new_booth(plan: &Plan, hall: HallId, rect: Rect) -> (Edit, BoothId) {
        let id = plan.next_booth_id();
        let code = plan.halls.get(&hall).map_or("", |h| h.code.as_str());
        let used: HashSet<&str> = plan.booths.values().map(|b| b.number.as_str()).collect();
        let number = (1..=plan.booths.len() + 1)
            .map(|n| format!("{code}-N{n}"))
            .find(|n| !used.contains(n.as_str()))
            .unwrap_or_default();
        let booth = Booth {
            number,
            hall,
            rect,
            status: BoothStatus::Available,
            price_override_minor: None,
            exhibitor: None,
        };
        (Edit::Booth(id, Some(booth)), id)
    }

    /// A new hall of one rectangle, named "Hall <id>" with a one-letter code not yet used.
    pub fn new_hall(plan: &Plan, rect: Rect) -> (Edit, HallId) {
        let id = plan.next_hall_id();
        let used: HashSet<&str> = plan.halls.values().map(|h| h.code.as_str()).collect();
        let code = ('A'..='Z')
            .map(String::from)
            .find(|c| !used.contains(c.as_str()))
            .unwrap_or_else(|| format!("H{}", id.0));
        let hall = Hall {
            name: format!("Hall {}", id.0),
            code,
            outline: vec![rect],
        };
        (Edit::Hall(id, Some(hall)), id)
    }

    /// One more wing (rectangle) of a hall.
    pub fn add_wing(plan: &Plan, hall: HallId, rect: Rect) -> Option<Edit> {
        let mut h = plan.halls.get(&hall)?.clone();
        h.outline.push(rect);
        Some(Edit::Hall(hall, Some(h)))
    }

    /// A new obstacle, labelled by its kind and id ("Pillar 7").
    pub fn new_obstacle(
        plan: &Plan,
        hall: HallId,
        kind: ObstacleKind,
        rect: Rect,
    ) -> (Edit, ObstacleId) {
        let id = plan.next_obstacle_id();
        let obstacle = Obstacle {
            hall,
            kind,
            rect,
            label: format!("{} {}", kind.title(), id.0),
        };
        (Edit::Obstacle(id, Some(obstacle)), id)
    }

    /// A new zone or pavilion of one area, with a tint from `palette` chosen by its id.
    pub fn new_zone(
        plan: &Plan,
        hall: HallId,
        kind: ZoneKind,
        rect: Rect,
        palette: &[[u8; 3]],
    ) -> (Edit, ZoneId) {
        let id = plan.next_zone_id();
        let noun = match kind {
            ZoneKind::Theme => "Zone",
            ZoneKind::Pavilion => "Pavilion",
        };
        let zone = Zone {
            name: format!("{noun} {}", id.0),
            kind,
            hall,
            colour: palette
                .get(id.0 as usize % palette.len().max(1))
                .copied()
                .unwrap_or([128, 128, 128]),
            areas: vec![rect],
            price_per_m2_minor: None,
        };
        (Edit::Zone(id, Some(zone)), id)
    }

    /// One more area of a zone, when `rect` starts inside one of its areas (a corner of `rect`
    /// is in it) in the same hall; `None` otherwise.
    pub fn add_zone_area(plan: &Plan, zone: ZoneId, hall: HallId, rect: Rect) -> Option<Edit> {
        let mut z = plan.zones.get(&zone)?.clone();
        let corners = [
            Point::new(rect.x_mm, rect.y_mm),
            Point::new(rect.right() - 1, rect.y_mm),
            Point::new(rect.x_mm, rect.bottom() - 1),
            Point::new(rect.right() - 1, rect.bottom() - 1),
        ];
        let touches = z
            .areas
            .iter()
            .any(|a| corners.iter().any(|c| a.contains_point(*c)));
        if z.hall != hall || !touches {
            return None;
        }
        z.areas.push(rect);
        Some(Edit::Zone(zone, Some(z)))
    }

    /// A new exit door on the outside wall nearest to `at`, centred on `at` along the wall.
    ///
    /// # Errors
    /// When `at` is in no hall, or no wall of the wing around it has room for the whole door
    /// (a seam between two wings across open floor is no wall).
    pub fn new_exit(plan: &Plan, at: Point) -> Result<(Edit, ExitId), ExitPlacement> {
        let (hall_id, hall) = plan
            .halls
            .iter()
            .find(|(_, h)| h.outline.iter().any(|r| r.contains_point(at)))
            .ok_or(ExitPlacement::OutsideHalls)?;
        // The walls of the wings containing `at`, nearest first; on each, the door slides to
        // the nearest place where all of it is in an outside wall (not on a seam between two
        // wings, not past a corner).
        let mut walls: Vec<(i64, Side, Point)> = hall
            .outline
            .iter()
            .filter(|r| r.contains_point(at))
            .flat_map(|r| {
                [
                    (at.y_mm - r.y_mm, Side::North, Point::new(at.x_mm, r.y_mm)),
                    (
                        r.bottom() - at.y_mm,
                        Side::South,
                        Point::new(at.x_mm, r.bottom()),
                    ),
                    (at.x_mm - r.x_mm, Side::West, Point::new(r.x_mm, at.y_mm)),
                    (
                        r.right() - at.x_mm,
                        Side::East,
                        Point::new(r.right(), at.y_mm),
                    ),
                ]
            })
            .collect();
        walls.sort_by_key(|w| w.0);
        let (wall, door) = walls
            .into_iter()
            .find_map(|(_, wall, point)| {
                let probe = Exit {
                    hall: *hall_id,
                    label: String::new(),
                    wall,
                    at: point,
                    width_mm: NEW_EXIT_WIDTH_MM,
                    clearance_mm: None,
                };
                let along = match wall {
                    Side::North | Side::South => point.x_mm,
                    Side::West | Side::East => point.y_mm,
                };
                probe.slid_along_wall(hall, along).map(|p| (wall, p))
            })
            .ok_or(ExitPlacement::NoWall)?;
        let id = plan.next_exit_id();
        let exit = Exit {
            hall: *hall_id,
            label: format!("Exit {}", id.0),
            wall,
            at: door,
            width_mm: NEW_EXIT_WIDTH_MM,
            clearance_mm: None,
        };
        Ok((Edit::Exit(id, Some(exit)), id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_hall() -> Plan {
        let mut plan = Plan::default();
        let (edit, _) = Edit::new_hall(&plan, Rect::new(0, 0, 40_000, 30_000));
        crate::edit::apply(&mut plan, edit);
        plan
    }

    #[test]
    fn new_booths_take_the_first_free_number_of_their_hall() {
        let mut plan = one_hall();
        let hall = *plan.halls.keys().next().expect("hall");
        for _ in 0..3 {
            let (edit, _) = Edit::new_booth(&plan, hall, Rect::new(0, 0, 3000, 3000));
            crate::edit::apply(&mut plan, edit);
        }
        let numbers: Vec<&str> = plan.booths.values().map(|b| b.number.as_str()).collect();
        assert_eq!(numbers, ["A-N1", "A-N2", "A-N3"]);
        plan.booths.remove(&BoothId(2));
        let (edit, id) = Edit::new_booth(&plan, hall, Rect::new(0, 0, 3000, 3000));
        crate::edit::apply(&mut plan, edit);
        assert_eq!(plan.booths[&id].number, "A-N2");
    }

    #[test]
    fn a_second_hall_gets_the_next_free_code() {
        let mut plan = one_hall();
        let (edit, id) = Edit::new_hall(&plan, Rect::new(50_000, 0, 10_000, 10_000));
        crate::edit::apply(&mut plan, edit);
        assert_eq!(plan.halls[&id].code, "B");
    }

    #[test]
    fn an_exit_goes_on_the_nearest_wall_never_on_a_seam_between_wings() {
        let mut plan = one_hall();
        let hall = *plan.halls.keys().next().expect("hall");
        // A wing east of the first: the seam is x = 40 m.
        let wing =
            Edit::add_wing(&plan, hall, Rect::new(40_000, 0, 20_000, 30_000)).expect("hall exists");
        crate::edit::apply(&mut plan, wing);
        // 1 m west of the seam and 5 m from the north wall: the north wall, not the seam.
        let (edit, id) = Edit::new_exit(&plan, Point::new(39_000, 5_000)).expect("placed");
        crate::edit::apply(&mut plan, edit);
        let e = &plan.exits[&id];
        assert_eq!((e.wall, e.at), (Side::North, Point::new(39_000, 0)));
        // Near the west wall: the west wall.
        let (edit, id) = Edit::new_exit(&plan, Point::new(1_000, 15_000)).expect("placed");
        crate::edit::apply(&mut plan, edit);
        assert_eq!(plan.exits[&id].wall, Side::West);
        assert_eq!(
            Edit::new_exit(&plan, Point::new(-5, 5)),
            Err(ExitPlacement::OutsideHalls)
        );
    }

    #[test]
    fn a_new_door_slides_clear_of_corners_and_seams_so_all_of_it_is_in_the_wall() {
        let mut plan = one_hall();
        let hall = *plan.halls.keys().next().expect("hall");
        // A narrower wing east of the first: x 40–60 m, y 0–10 m. The first wing's east wall
        // is outside only below y = 10 m.
        let wing =
            Edit::add_wing(&plan, hall, Rect::new(40_000, 0, 20_000, 10_000)).expect("hall exists");
        crate::edit::apply(&mut plan, wing);
        // Clicked 0.8 m west of that wall at y = 10.5 m: a centred door would reach up onto
        // the seam (y 9.3–11.7 m); it slides south until all of it is in the wall.
        let (edit, id) = Edit::new_exit(&plan, Point::new(39_200, 10_500)).expect("placed");
        crate::edit::apply(&mut plan, edit);
        let e = &plan.exits[&id];
        assert_eq!(e.wall, Side::East);
        assert_eq!(e.at, Point::new(40_000, 10_000 + NEW_EXIT_WIDTH_MM / 2));
        assert!(e.is_on_wall(&plan.halls[&hall]));
        // 0.5 m from the north-west corner, nearest the north wall: slid clear of the corner.
        let (edit, id) = Edit::new_exit(&plan, Point::new(500, 300)).expect("placed");
        crate::edit::apply(&mut plan, edit);
        let e = &plan.exits[&id];
        assert_eq!((e.wall, e.at), (Side::North, Point::new(1_200, 0)));
        // And the validator agrees on every door placed.
        let report = crate::validate::validate(&plan);
        assert!(
            report
                .findings
                .iter()
                .all(|f| !f.message.contains("is not on the")),
            "{:?}",
            report.findings
        );
    }

    #[test]
    fn a_zone_area_is_added_only_from_inside_the_zone() {
        let mut plan = one_hall();
        let hall = *plan.halls.keys().next().expect("hall");
        let (edit, zone) = Edit::new_zone(
            &plan,
            hall,
            ZoneKind::Pavilion,
            Rect::new(0, 0, 10_000, 10_000),
            &[[1, 2, 3]],
        );
        crate::edit::apply(&mut plan, edit);
        assert_eq!(plan.zones[&zone].colour, [1, 2, 3]);
        assert_eq!(plan.zones[&zone].name, "Pavilion 1");
        let inside = Edit::add_zone_area(&plan, zone, hall, Rect::new(9_000, 5_000, 5_000, 5_000));
        assert!(inside.is_some());
        let apart = Edit::add_zone_area(&plan, zone, hall, Rect::new(20_000, 0, 5_000, 5_000));
        assert!(apart.is_none());
    }
}
