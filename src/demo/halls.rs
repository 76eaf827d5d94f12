//! The demo's halls: blocks of booth rows between main aisles, pillars on a column grid,
//! exits at the aisle ends, fire-hose cabinets, stages and service cores.

use std::collections::BTreeMap;

use crate::model::{
    Booth, BoothId, BoothStatus, Exit, Hall, HallId, Obstacle, ObstacleId, ObstacleKind, Plan,
    Point, Rect, Side,
};

use super::Rng;

pub(super) const M: i64 = 1000;
/// Perimeter aisle between the walls and the first blocks.
pub(super) const PERIMETER: i64 = 5 * M;
/// Booth block: two back-to-back row pairs with a 3 m aisle between them.
pub(super) const BLOCK_W: i64 = 22 * M;
pub(super) const BLOCK_D: i64 = 15 * M;
/// Main aisles between blocks, with the pillars at their crossings.
pub(super) const MAIN_AISLE: i64 = 8 * M;
pub(super) const ROW_D: i64 = 3 * M;
pub(super) const PAIR_D: i64 = 6 * M;
pub(super) const PILLAR: i64 = 800;

/// What fills one block position of a hall.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Block {
    /// Rows of booths; `big` raises the share of double-depth booths (0–100 %).
    Booths { big: u32 },
    /// One island across the whole block height, `width_m` wide, then rows.
    Island { width_m: i64, big: u32 },
    /// A stage (no-build area).
    Stage,
    /// A service core with stairs.
    ServiceCore,
    /// Not part of the hall (the notch of an L-shaped hall).
    Outside,
}

pub(super) struct HallSpec {
    pub(super) name: String,
    pub(super) code: String,
    pub(super) origin: Point,
    pub(super) cols: usize,
    pub(super) rows: usize,
    pub(super) blocks: Vec<Block>,
}

impl HallSpec {
    pub(super) fn block_rect(&self, col: usize, row: usize) -> Rect {
        Rect::new(
            self.origin.x_mm + PERIMETER + col as i64 * (BLOCK_W + MAIN_AISLE),
            self.origin.y_mm + PERIMETER + row as i64 * (BLOCK_D + MAIN_AISLE),
            BLOCK_W,
            BLOCK_D,
        )
    }

    pub(super) fn size(&self) -> (i64, i64) {
        (
            2 * PERIMETER + self.cols as i64 * BLOCK_W + (self.cols as i64 - 1) * MAIN_AISLE,
            2 * PERIMETER + self.rows as i64 * BLOCK_D + (self.rows as i64 - 1) * MAIN_AISLE,
        )
    }

    pub(super) fn block(&self, col: usize, row: usize) -> Block {
        self.blocks[row * self.cols + col]
    }

    /// Outline: the full rectangle, or an L when the bottom-right block is outside.
    pub(super) fn outline(&self) -> Vec<Rect> {
        let (w, d) = self.size();
        let o = self.origin;
        if self.block(self.cols - 1, self.rows - 1) != Block::Outside {
            return vec![Rect::new(o.x_mm, o.y_mm, w, d)];
        }
        // The notch starts 3 m past the blocks beside it: exactly one minimum aisle.
        let notch = self.block_rect(self.cols - 1, self.rows - 1);
        let notch_x = notch.x_mm - MAIN_AISLE + 3 * M;
        let notch_y = notch.y_mm - MAIN_AISLE + 3 * M;
        vec![
            Rect::new(o.x_mm, o.y_mm, w, notch_y - o.y_mm),
            Rect::new(o.x_mm, notch_y, notch_x - o.x_mm, o.y_mm + d - notch_y),
        ]
    }
}

/// Splits `len` metres into parts of 3–6 m, favouring 3 m shells.
pub(super) fn compose(rng: &mut Rng, len: i64, big: u32) -> Vec<i64> {
    let mut parts = Vec::new();
    let mut left = len;
    while left > 0 {
        let options: Vec<i64> = [3, 4, 5, 6]
            .into_iter()
            .filter(|p| left - p == 0 || left - p >= 3)
            .collect();
        let p = if options.contains(&3) && !rng.chance(45 + big / 2) {
            3
        } else {
            *rng.pick(&options)
        };
        parts.push(p);
        left -= p;
    }
    parts
}

/// One column of a row pair: a double-depth booth, or two rows of single-depth booths.
pub(super) enum Column {
    Double(i64),
    Split(Vec<i64>, Vec<i64>),
}

/// Columns for a row pair `len` metres long.
pub(super) fn pair_columns(rng: &mut Rng, len: i64, big: u32) -> Vec<Column> {
    let mut cols = Vec::new();
    let mut left = len;
    while left > 0 {
        let doubles: Vec<i64> = [6, 8, 9, 12]
            .into_iter()
            .filter(|w| left - w == 0 || left - w >= 3)
            .collect();
        if !doubles.is_empty() && rng.chance(big + 20) {
            let w = *rng.pick(&doubles);
            cols.push(Column::Double(w));
            left -= w;
        } else {
            let widths: Vec<i64> = (6..=16)
                .filter(|w| left - w == 0 || left - w >= 6)
                .collect();
            let w = if widths.is_empty() {
                left
            } else {
                *rng.pick(&widths)
            };
            cols.push(Column::Split(compose(rng, w, big), compose(rng, w, big)));
            left -= w;
        }
    }
    cols
}

/// A booth rectangle and the printed-number parts (row line, position).
pub(super) struct Laid {
    rect: Rect,
    line: usize,
}

/// Lays out the booths of one block; `line0` is the first of its four row lines.
pub(super) fn block_booths(rng: &mut Rng, r: Rect, block: Block, line0: usize) -> Vec<Laid> {
    let mut out = Vec::new();
    let (x_start, big) = match block {
        Block::Booths { big } => (r.x_mm, big),
        Block::Island { width_m, big } => {
            out.push(Laid {
                rect: Rect::new(r.x_mm, r.y_mm, width_m * M, r.d_mm),
                line: line0,
            });
            (r.x_mm + width_m * M, big)
        }
        _ => return out,
    };
    if x_start >= r.right() {
        return out;
    }
    for (pair, y) in [(0, r.y_mm), (1, r.y_mm + PAIR_D + ROW_D)] {
        let mut x = x_start;
        for col in pair_columns(rng, (r.right() - x_start) / M, big) {
            match col {
                Column::Double(w) => {
                    out.push(Laid {
                        rect: Rect::new(x, y, w * M, PAIR_D),
                        line: line0 + pair * 2,
                    });
                    x += w * M;
                }
                Column::Split(top, bottom) => {
                    let mut xt = x;
                    for w in &top {
                        out.push(Laid {
                            rect: Rect::new(xt, y, w * M, ROW_D),
                            line: line0 + pair * 2,
                        });
                        xt += w * M;
                    }
                    let mut xb = x;
                    for w in &bottom {
                        out.push(Laid {
                            rect: Rect::new(xb, y + ROW_D, w * M, ROW_D),
                            line: line0 + pair * 2 + 1,
                        });
                        xb += w * M;
                    }
                    x = xt;
                }
            }
        }
    }
    out
}

/// Builds one hall: outline, pillars, exits, fire-hose cabinets, reserved aisle, stage and
/// service core, and its booths (numbered `CODE-LNN`: row line L, position NN).
#[expect(
    clippy::too_many_lines,
    reason = "the demo's halls are laid out in one reading order, top to bottom"
)]
pub(super) fn build_hall(
    plan: &mut Plan,
    rng: &mut Rng,
    hall_id: HallId,
    spec: &HallSpec,
) -> Vec<BoothId> {
    let (w, d) = spec.size();
    let o = spec.origin;
    plan.halls.insert(
        hall_id,
        Hall {
            name: spec.name.clone(),
            code: spec.code.clone(),
            outline: spec.outline(),
        },
    );
    let mut next_obstacle = plan.obstacles.keys().next_back().map_or(1, |k| k.0 + 1);
    let mut add_obstacle = |plan: &mut Plan, kind, rect, label: String| {
        plan.obstacles.insert(
            ObstacleId(next_obstacle),
            Obstacle {
                hall: hall_id,
                kind,
                rect,
                label,
            },
        );
        next_obstacle += 1;
    };
    let notch = spec.block(spec.cols - 1, spec.rows - 1) == Block::Outside;

    // Pillars at the crossings of the main aisles.
    for row in 1..spec.rows {
        for col in 1..spec.cols {
            if notch && row == spec.rows - 1 && col == spec.cols - 1 {
                continue;
            }
            let b = spec.block_rect(col, row);
            let cx = b.x_mm - MAIN_AISLE / 2;
            let cy = b.y_mm - MAIN_AISLE / 2;
            let label = format!("{}-{}{}", spec.code, (b'A' + col as u8 - 1) as char, row);
            add_obstacle(
                plan,
                ObstacleKind::Pillar,
                Rect::new(cx - PILLAR / 2, cy - PILLAR / 2, PILLAR, PILLAR),
                label,
            );
        }
    }
    // A reserved main aisle down the middle of the hall.
    let mid = (spec.cols / 2).max(1);
    let aisle_x = spec.block_rect(mid, 0).x_mm - MAIN_AISLE;
    let aisle_bottom = if notch && mid == spec.cols - 1 {
        spec.block_rect(mid, spec.rows - 1).y_mm - MAIN_AISLE
    } else {
        o.y_mm + d - PERIMETER
    };
    add_obstacle(
        plan,
        ObstacleKind::ReservedAisle,
        Rect::from_edges(
            aisle_x,
            o.y_mm + PERIMETER,
            aisle_x + MAIN_AISLE,
            aisle_bottom,
        ),
        format!("{} main aisle", spec.code),
    );
    // Stages and service cores.
    for row in 0..spec.rows {
        for col in 0..spec.cols {
            let b = spec.block_rect(col, row);
            match spec.block(col, row) {
                Block::Stage => add_obstacle(
                    plan,
                    ObstacleKind::Stage,
                    b,
                    "Global 5G Summit stage".to_owned(),
                ),
                Block::ServiceCore => add_obstacle(
                    plan,
                    ObstacleKind::ServiceCore,
                    Rect::new(b.x_mm + 5 * M, b.y_mm + 4 * M, 12 * M, 7 * M),
                    format!("{} stairs and toilets", spec.code),
                ),
                _ => {}
            }
        }
    }

    // Exits at the ends of the main aisles, on every wall.
    let mut exits = Vec::new();
    for col in 1..spec.cols {
        let x = spec.block_rect(col, 0).x_mm - MAIN_AISLE / 2;
        exits.push((Side::North, Point::new(x, o.y_mm)));
        let on_notch = notch && col == spec.cols - 1;
        if on_notch {
            // The door sits wholly on the notch's own wall, 0.3 m from its corner, still at
            // the end of the main aisle.
            let top = spec.outline()[0];
            let wing = spec.outline()[1];
            exits.push((Side::South, Point::new(wing.right() + 1500, top.bottom())));
        } else {
            exits.push((Side::South, Point::new(x, o.y_mm + d)));
        }
    }
    for row in 1..spec.rows {
        let y = spec.block_rect(0, row).y_mm - MAIN_AISLE / 2;
        exits.push((Side::West, Point::new(o.x_mm, y)));
        let on_notch = notch && row == spec.rows - 1;
        if on_notch {
            let top = spec.outline()[0];
            let wing = spec.outline()[1];
            exits.push((Side::East, Point::new(wing.right(), top.bottom() + 1500)));
        } else {
            exits.push((Side::East, Point::new(o.x_mm + w, y)));
        }
    }
    let first_exit = plan.exits.keys().next_back().map_or(1, |k| k.0 + 1);
    for (i, (wall, at)) in exits.into_iter().enumerate() {
        plan.exits.insert(
            crate::model::ExitId(first_exit + i as u32),
            Exit {
                hall: hall_id,
                label: format!("Exit {}{}", spec.code, i + 1),
                wall,
                at,
                width_mm: 2400,
                clearance_mm: None,
            },
        );
    }
    // Fire-hose cabinets on the walls, between the exits, and on each pillar's north face.
    for col in 0..spec.cols {
        let x = spec.block_rect(col, 0).x_mm + BLOCK_W / 2;
        add_obstacle(
            plan,
            ObstacleKind::FireEquipment,
            Rect::new(x - 500, o.y_mm, 1000, 300),
            format!("FHC-{}{}", spec.code, col * 2 + 1),
        );
        // The notch's wall is only one aisle from the blocks: no cabinet there.
        if !(notch && col == spec.cols - 1) {
            add_obstacle(
                plan,
                ObstacleKind::FireEquipment,
                Rect::new(x - 500, o.y_mm + d - 300, 1000, 300),
                format!("FHC-{}{}", spec.code, col * 2 + 2),
            );
        }
    }

    // Booths, numbered along their row lines.
    let mut laid = Vec::new();
    for row in 0..spec.rows {
        for col in 0..spec.cols {
            laid.extend(block_booths(
                rng,
                spec.block_rect(col, row),
                spec.block(col, row),
                row * 4 + 1,
            ));
        }
    }
    laid.sort_by_key(|l| (l.line, l.rect.x_mm, l.rect.y_mm));
    let mut ids = Vec::new();
    let mut position: BTreeMap<usize, usize> = BTreeMap::new();
    for l in laid {
        let n = position.entry(l.line).or_insert(0);
        *n += 1;
        let id = plan.next_booth_id();
        plan.booths.insert(
            id,
            Booth {
                number: format!("{}-{}{:02}", spec.code, l.line, n),
                hall: hall_id,
                rect: l.rect,
                status: BoothStatus::Available,
                price_override_minor: None,
                exhibitor: None,
            },
        );
        ids.push(id);
    }
    ids
}
