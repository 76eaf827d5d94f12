//! The embedded demo show and synthetic large plans, generated deterministically.
//!
//! The demo is the Global ICT Exhibition of `shared/DOMAIN.md`: three halls in Busan with a
//! column grid, exits, fire-hose cabinets, themed zones and pavilions, and 420 invented
//! exhibitors. `assets/demo/global-ict-2026.ron` is this function's output, saved; a test keeps
//! the two in step. Pure: no I/O.

mod names;

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{
    Booth, BoothId, BoothStatus, Contact, Exhibitor, ExhibitorId, Exit, Hall, HallId, Meta,
    Obstacle, ObstacleId, ObstacleKind, Plan, Point, Pricing, Rect, Side, VenueRules, Zone, ZoneId,
    ZoneKind,
};
use names::NameBook;

/// Number of exhibitors in the demo.
pub const DEMO_EXHIBITORS: usize = 420;

/// A small, stable pseudo-random generator (`SplitMix64`), so the demo never changes with a
/// dependency's algorithm.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Shuffles a slice in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

const M: i64 = 1000;
/// Perimeter aisle between the walls and the first blocks.
const PERIMETER: i64 = 5 * M;
/// Booth block: two back-to-back row pairs with a 3 m aisle between them.
const BLOCK_W: i64 = 22 * M;
const BLOCK_D: i64 = 15 * M;
/// Main aisles between blocks, with the pillars at their crossings.
const MAIN_AISLE: i64 = 8 * M;
const ROW_D: i64 = 3 * M;
const PAIR_D: i64 = 6 * M;
const PILLAR: i64 = 800;

/// What fills one block position of a hall.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Block {
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

struct HallSpec {
    name: String,
    code: String,
    origin: Point,
    cols: usize,
    rows: usize,
    blocks: Vec<Block>,
}

impl HallSpec {
    fn block_rect(&self, col: usize, row: usize) -> Rect {
        Rect::new(
            self.origin.x_mm + PERIMETER + col as i64 * (BLOCK_W + MAIN_AISLE),
            self.origin.y_mm + PERIMETER + row as i64 * (BLOCK_D + MAIN_AISLE),
            BLOCK_W,
            BLOCK_D,
        )
    }

    fn size(&self) -> (i64, i64) {
        (
            2 * PERIMETER + self.cols as i64 * BLOCK_W + (self.cols as i64 - 1) * MAIN_AISLE,
            2 * PERIMETER + self.rows as i64 * BLOCK_D + (self.rows as i64 - 1) * MAIN_AISLE,
        )
    }

    fn block(&self, col: usize, row: usize) -> Block {
        self.blocks[row * self.cols + col]
    }

    /// Outline: the full rectangle, or an L when the bottom-right block is outside.
    fn outline(&self) -> Vec<Rect> {
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
fn compose(rng: &mut Rng, len: i64, big: u32) -> Vec<i64> {
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
enum Column {
    Double(i64),
    Split(Vec<i64>, Vec<i64>),
}

/// Columns for a row pair `len` metres long.
fn pair_columns(rng: &mut Rng, len: i64, big: u32) -> Vec<Column> {
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
struct Laid {
    rect: Rect,
    line: usize,
}

/// Lays out the booths of one block; `line0` is the first of its four row lines.
fn block_booths(rng: &mut Rng, r: Rect, block: Block, line0: usize) -> Vec<Laid> {
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
fn build_hall(plan: &mut Plan, rng: &mut Rng, hall_id: HallId, spec: &HallSpec) -> Vec<BoothId> {
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

fn zone(
    plan: &mut Plan,
    spec: &HallSpec,
    hall: HallId,
    name: &str,
    kind: ZoneKind,
    colour: [u8; 3],
    blocks: &[(usize, usize)],
) -> ZoneId {
    let id = ZoneId(plan.zones.len() as u32 + 1);
    let areas = blocks
        .iter()
        .map(|(c, r)| spec.block_rect(*c, *r).expanded(MAIN_AISLE / 2 - 1000))
        .collect();
    plan.zones.insert(
        id,
        Zone {
            name: name.to_owned(),
            kind,
            hall,
            colour,
            areas,
            price_per_m2_minor: None,
        },
    );
    id
}

fn blocks_in(cols: std::ops::Range<usize>, rows: std::ops::Range<usize>) -> Vec<(usize, usize)> {
    rows.flat_map(|r| cols.clone().map(move |c| (c, r)))
        .collect()
}

const COUNTRIES_ABROAD: &[&str] = &[
    "United States",
    "Germany",
    "France",
    "Japan",
    "United Kingdom",
    "Finland",
    "Sweden",
    "Indonesia",
    "Thailand",
    "India",
    "United Arab Emirates",
    "Saudi Arabia",
    "Kenya",
    "Brazil",
    "Canada",
    "Spain",
    "Singapore",
    "Malaysia",
    "Rwanda",
];

fn sectors_of(zone_name: &str) -> &'static [&'static str] {
    match zone_name {
        "5G & Mobile" => &["5G networks", "Mobile devices", "Network equipment"],
        "Cybersecurity" => &["Cybersecurity", "Identity & access", "Network equipment"],
        "Spectrum & Satellite" => &["Satellite", "Spectrum management", "Broadcasting"],
        "ICT for Women" => &["Education technology", "Digital inclusion", "AI & data"],
        "Sharing Growth through ICT" => &["Smart city", "AI & data", "Cloud services"],
        _ => &[
            "5G networks",
            "Cybersecurity",
            "Satellite",
            "AI & data",
            "Cloud services",
            "Smart city",
        ],
    }
}

fn country_for(rng: &mut Rng, zone_name: &str) -> String {
    match zone_name {
        "Korea Pavilion" => "Korea".to_owned(),
        "Viet Nam Pavilion" => "Viet Nam".to_owned(),
        "International Pavilion" => (*rng.pick(COUNTRIES_ABROAD)).to_owned(),
        _ if rng.chance(55) => "Korea".to_owned(),
        _ if rng.chance(25) => "Viet Nam".to_owned(),
        _ => (*rng.pick(COUNTRIES_ABROAD)).to_owned(),
    }
}

fn new_exhibitor(
    rng: &mut Rng,
    book: &mut NameBook,
    n: usize,
    zone: Option<(ZoneId, &str)>,
    area_mm2: i64,
    name: Option<&str>,
) -> Exhibitor {
    let zone_name = zone.map_or("", |z| z.1);
    let country = country_for(rng, zone_name);
    let name = name.map_or_else(|| book.company(rng, &country), str::to_owned);
    let mut e = Exhibitor::new(name, area_mm2);
    e.sector = (*rng.pick(sectors_of(zone_name))).to_owned();
    e.preferred_zone = zone.map(|z| z.0);
    e.priority = 1 + rng.below(5) as i32;
    e.contact = Contact {
        person: names::person(rng, &country),
        email: format!("contact{n:03}@example.com"),
        phone: format!("+82 51 740 {:04}", 1000 + n),
    };
    e.external_id = Some(format!("GIE-2026-{n:04}"));
    e.country = country;
    e
}

/// The demo show: Global ICT Exhibition 2026, BEXCO, Busan.
pub fn demo_plan() -> Plan {
    use Block::{Booths, Island, Outside, ServiceCore, Stage};
    let mut rng = Rng::new(2026);
    let mut plan = Plan {
        meta: Meta {
            show_name: "Global ICT Exhibition 2026".to_owned(),
            venue: "BEXCO, Busan".to_owned(),
            start_date: "2026-10-20".to_owned(),
            end_date: "2026-11-07".to_owned(),
            organiser_contact: "Exhibition office · exhibit@example.org · +82 51 740 7300"
                .to_owned(),
            revision: 1,
            currency: "USD".to_owned(),
            grid_pitch_mm: 1000,
        },
        rules: VenueRules::default(),
        pricing: Pricing::default(),
        ..Plan::default()
    };
    let b = |big| Booths { big };
    let specs = [
        HallSpec {
            name: "Hall 1".to_owned(),
            code: "A".to_owned(),
            origin: Point::new(0, 0),
            cols: 4,
            rows: 4,
            blocks: vec![
                Island {
                    width_m: 22,
                    big: 0,
                },
                Stage,
                b(45),
                Island {
                    width_m: 12,
                    big: 30,
                },
                b(50),
                b(40),
                b(25),
                b(20),
                Island {
                    width_m: 10,
                    big: 40,
                },
                b(40),
                b(20),
                b(15),
                b(35),
                b(35),
                b(15),
                b(15),
            ],
        },
        HallSpec {
            name: "Hall 2".to_owned(),
            code: "B".to_owned(),
            origin: Point::new(142 * M, 0),
            cols: 3,
            rows: 4,
            blocks: vec![
                Island {
                    width_m: 14,
                    big: 30,
                },
                b(35),
                b(30),
                b(30),
                b(30),
                b(25),
                Island {
                    width_m: 12,
                    big: 30,
                },
                b(35),
                b(25),
                b(30),
                b(30),
                ServiceCore,
            ],
        },
        HallSpec {
            name: "Hall 3".to_owned(),
            code: "C".to_owned(),
            origin: Point::new(254 * M, 0),
            cols: 3,
            rows: 3,
            blocks: vec![
                b(30),
                b(30),
                b(10),
                b(25),
                Island {
                    width_m: 10,
                    big: 25,
                },
                b(10),
                b(30),
                b(20),
                Outside,
            ],
        },
    ];
    let mut booth_ids = Vec::new();
    for (i, spec) in specs.iter().enumerate() {
        booth_ids.extend(build_hall(&mut plan, &mut rng, HallId(i as u32 + 1), spec));
    }
    let (a, bh, c) = (&specs[0], &specs[1], &specs[2]);
    zone(
        &mut plan,
        a,
        HallId(1),
        "5G & Mobile",
        ZoneKind::Theme,
        [66, 133, 244],
        &blocks_in(0..3, 0..4),
    );
    zone(
        &mut plan,
        a,
        HallId(1),
        "Korea Pavilion",
        ZoneKind::Pavilion,
        [219, 68, 55],
        &blocks_in(3..4, 0..4),
    );
    zone(
        &mut plan,
        bh,
        HallId(2),
        "Cybersecurity",
        ZoneKind::Theme,
        [244, 160, 0],
        &blocks_in(0..2, 0..2),
    );
    zone(
        &mut plan,
        bh,
        HallId(2),
        "Spectrum & Satellite",
        ZoneKind::Theme,
        [15, 157, 88],
        &blocks_in(0..2, 2..4),
    );
    zone(
        &mut plan,
        bh,
        HallId(2),
        "International Pavilion",
        ZoneKind::Pavilion,
        [171, 71, 188],
        &blocks_in(2..3, 0..3),
    );
    zone(
        &mut plan,
        c,
        HallId(3),
        "ICT for Women",
        ZoneKind::Theme,
        [236, 64, 122],
        &blocks_in(0..2, 0..1),
    );
    zone(
        &mut plan,
        c,
        HallId(3),
        "Sharing Growth through ICT",
        ZoneKind::Theme,
        [0, 172, 193],
        &blocks_in(0..2, 1..3),
    );
    zone(
        &mut plan,
        c,
        HallId(3),
        "Viet Nam Pavilion",
        ZoneKind::Pavilion,
        [255, 112, 67],
        &blocks_in(2..3, 0..2),
    );
    if let Some(z) = plan.zones.get_mut(&ZoneId(2)) {
        z.price_per_m2_minor = Some(22_000); // The Korea Pavilion is subsidised.
    }
    allocate_demo(&mut plan, &mut rng, &booth_ids);
    plan
}

/// Fills the demo's booths with invented exhibitors, leaving some free (and some exhibitors
/// without a booth, each with a free booth that fits), and adds the deliberate warnings.
fn allocate_demo(plan: &mut Plan, rng: &mut Rng, booth_ids: &[BoothId]) {
    const UNALLOCATED: usize = 30;
    const ON_HOLD: usize = 6;
    let mut book = NameBook::default();
    let zone_of: BTreeMap<BoothId, Option<(ZoneId, String)>> = booth_ids
        .iter()
        .map(|id| {
            let z = plan.zone_of(&plan.booths[id]);
            (*id, z.map(|z| (z, plan.zones[&z].name.clone())))
        })
        .collect();
    let mut order: Vec<BoothId> = booth_ids.to_vec();
    rng.shuffle(&mut order);
    // Largest booths first among the allocated: sponsors take the islands.
    let allocated_count = DEMO_EXHIBITORS - UNALLOCATED;
    // One exhibitor holds two booths, so one more booth is allocated than exhibitors placed.
    let (take, rest) = order.split_at(allocated_count.min(order.len()));
    let mut take = take.to_vec();
    let rest = rest.to_vec();
    take.sort();

    let well_known = [
        ("한빛통신", "5G & Mobile"),
        ("Công ty Viễn thông Sông Hồng", "Viet Nam Pavilion"),
    ];
    for (name, _) in well_known {
        book.claim(name);
    }
    let mut exhibitors: Vec<(Exhibitor, Vec<BoothId>)> = Vec::new();
    let mut named: BTreeSet<&str> = BTreeSet::new();
    for id in &take {
        let booth = &plan.booths[id];
        let z = zone_of[id].as_ref();
        let zone_name = z.map_or("", |z| z.1.as_str());
        let fixed = well_known
            .iter()
            .find(|(_, zn)| *zn == zone_name && !named.contains(zn))
            .map(|(n, zn)| {
                named.insert(zn);
                *n
            });
        let n = exhibitors.len() + 1;
        let mut e = new_exhibitor(
            rng,
            &mut book,
            n,
            z.map(|z| (z.0, z.1.as_str())),
            booth.area_mm2() as i64,
            fixed,
        );
        if booth.area_mm2() >= 150 * 1_000_000 {
            e.priority = 10;
            e.notes = "Headline sponsor".to_owned();
        }
        exhibitors.push((e, vec![*id]));
    }
    // The well-known names first, so they get the first ids.
    exhibitors.sort_by_key(|(e, _)| !well_known.iter().any(|(n, _)| *n == e.name));

    // Deliberate: one company holds two neighbouring shells (its contract covers both).
    let mut free: Vec<BoothId> = rest;
    if let Some(pos) = exhibitors.iter().skip(well_known.len()).position(|(_, b)| {
        let r = plan.booths[&b[0]].rect;
        free.iter()
            .any(|f| plan.booths[f].rect == r.translated(r.w_mm, 0))
    }) {
        let pos = pos + well_known.len();
        let r = plan.booths[&exhibitors[pos].1[0]].rect;
        let fpos = free
            .iter()
            .position(|f| plan.booths[f].rect == r.translated(r.w_mm, 0))
            .unwrap_or(0);
        let extra = free.remove(fpos);
        exhibitors[pos].0.contracted_area_mm2 += plan.booths[&extra].area_mm2() as i64;
        exhibitors[pos].1.push(extra);
    }
    // Deliberate: one company asked for 2 m² more than its booth.
    if let Some((e, _)) = exhibitors
        .iter_mut()
        .find(|(e, b)| e.contracted_area_mm2 == 18_000_000 && b.len() == 1)
    {
        e.contracted_area_mm2 = 20_000_000;
        e.notes = "Asked for 20 m²; offered 18 m² until a larger booth frees up.".to_owned();
    }
    // Deliberate: one Vietnamese company outside its pavilion, waiting for a move.
    let vn_pavilion = plan
        .zones
        .iter()
        .find(|(_, z)| z.name == "Viet Nam Pavilion")
        .map(|(id, _)| *id);
    if let Some((e, _)) = exhibitors.iter_mut().find(|(e, _)| {
        e.country == "Viet Nam" && e.preferred_zone != vn_pavilion && e.notes.is_empty()
    }) {
        e.preferred_zone = vn_pavilion;
        e.notes = "Wants to join the Viet Nam Pavilion.".to_owned();
    }

    // Exhibitors still without a booth, each fitting a free booth.
    free.sort();
    rng.shuffle(&mut free);
    let (waiting_for, free_rest) = free.split_at(UNALLOCATED.min(free.len()));
    for id in waiting_for {
        let z = zone_of[id].as_ref();
        let n = exhibitors.len() + 1;
        let e = new_exhibitor(
            rng,
            &mut book,
            n,
            z.map(|z| (z.0, z.1.as_str())),
            plan.booths[id].area_mm2() as i64,
            None,
        );
        exhibitors.push((e, vec![]));
    }
    for id in free_rest.iter().take(ON_HOLD) {
        if let Some(b) = plan.booths.get_mut(id) {
            b.status = BoothStatus::OnHold;
        }
    }

    // Competitors: same sector, different halls, so they never stand side by side.
    let mut pairs = 0;
    for i in 0..exhibitors.len() {
        if pairs >= 14 {
            break;
        }
        let Some(&bi) = exhibitors[i].1.first() else {
            continue;
        };
        if let Some(j) = (i + 1..exhibitors.len()).find(|&j| {
            exhibitors[j].1.first().is_some_and(|bj| {
                plan.booths[bj].hall != plan.booths[&bi].hall
                    && exhibitors[j].0.sector == exhibitors[i].0.sector
                    && exhibitors[j].0.competitors.is_empty()
            }) && exhibitors[i].0.competitors.is_empty()
        }) {
            let (ei, ej) = (ExhibitorId(i as u32 + 1), ExhibitorId(j as u32 + 1));
            exhibitors[i].0.competitors.insert(ej);
            exhibitors[j].0.competitors.insert(ei);
            pairs += 1;
        }
    }

    for (i, (e, booths)) in exhibitors.into_iter().enumerate() {
        let id = ExhibitorId(i as u32 + 1);
        for b in booths {
            if let Some(booth) = plan.booths.get_mut(&b) {
                booth.exhibitor = Some(id);
                booth.status = if rng.chance(85) {
                    BoothStatus::Sold
                } else {
                    BoothStatus::Reserved
                };
            }
        }
        plan.exhibitors.insert(id, e);
    }
}

/// A synthetic plan of exactly `booths` booths, for benchmarks and stress tests: copies of a
/// 4 × 4-block hall side by side (the last one partly filled), every booth allocated to its own
/// exhibitor.
pub fn synthetic_plan(booths: usize, seed: u64) -> Plan {
    let mut rng = Rng::new(seed);
    let mut plan = Plan {
        meta: Meta {
            show_name: format!("Synthetic {booths}"),
            ..Meta::default()
        },
        ..Plan::default()
    };
    let mut all = Vec::new();
    let mut h = 0u32;
    while all.len() < booths {
        h += 1;
        let spec = HallSpec {
            name: format!("Synthetic hall {h}"),
            code: format!("S{h}"),
            origin: Point::new(
                i64::from((h - 1) % 20) * 142 * M,
                i64::from((h - 1) / 20) * 114 * M,
            ),
            cols: 4,
            rows: 4,
            blocks: vec![Block::Booths { big: 10 }; 16],
        };
        all.extend(build_hall(&mut plan, &mut rng, HallId(h), &spec));
    }
    for extra in all.split_off(booths) {
        plan.booths.remove(&extra);
    }
    for (i, id) in all.iter().enumerate() {
        let eid = ExhibitorId(i as u32 + 1);
        let area = plan.booths[id].area_mm2() as i64;
        let mut e = Exhibitor::new(names::numbered(&mut rng, i + 1), area);
        e.country = (*rng.pick(COUNTRIES_ABROAD)).to_owned();
        e.sector = (*rng.pick(sectors_of(""))).to_owned();
        plan.exhibitors.insert(eid, e);
        if let Some(b) = plan.booths.get_mut(id) {
            b.exhibitor = Some(eid);
            b.status = BoothStatus::Sold;
        }
    }
    plan
}

/// What File → New starts from: one empty 100 × 60 m hall with a 2.4 m exit in the middle of
/// each wall, default venue rules and a 1 m grid.
pub fn starter_plan() -> Plan {
    let mut plan = Plan {
        meta: Meta {
            show_name: "Untitled show".to_owned(),
            ..Meta::default()
        },
        ..Plan::default()
    };
    let (w, d) = (100 * M, 60 * M);
    plan.halls.insert(
        HallId(1),
        Hall {
            name: "Hall 1".to_owned(),
            code: "A".to_owned(),
            outline: vec![Rect::new(0, 0, w, d)],
        },
    );
    for (i, (wall, at)) in [
        (Side::North, Point::new(w / 2, 0)),
        (Side::East, Point::new(w, d / 2)),
        (Side::South, Point::new(w / 2, d)),
        (Side::West, Point::new(0, d / 2)),
    ]
    .into_iter()
    .enumerate()
    {
        let id = crate::model::ExitId(i as u32 + 1);
        plan.exits.insert(
            id,
            Exit {
                hall: HallId(1),
                label: format!("Exit {}", i + 1),
                wall,
                at,
                width_mm: 2400,
                clearance_mm: None,
            },
        );
    }
    plan
}
