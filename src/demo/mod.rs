//! The embedded demo show and synthetic large plans, generated deterministically.
//!
//! The demo is the Global ICT Exhibition of `shared/DOMAIN.md`: three halls in Busan with a
//! column grid, exits, fire-hose cabinets, themed zones and pavilions, and 420 invented
//! exhibitors. `assets/demo/global-ict-2026.ron` is this function's output, saved; a test keeps
//! the two in step. Pure: no I/O.

mod halls;
mod names;

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{
    BoothId, BoothStatus, Contact, Exhibitor, ExhibitorId, Exit, Hall, HallId, Meta, Plan, Point,
    Pricing, Rect, Side, VenueRules, Zone, ZoneId, ZoneKind,
};
use halls::{Block, HallSpec, M, MAIN_AISLE, build_hall};
use names::NameBook;

/// Contracted areas of a realistic list, m², with how many in a hundred ask for each: shell
/// scheme to raw space.
const CONTRACT_MIX: [(i64, usize); 9] = [
    (9, 30),
    (12, 15),
    (18, 15),
    (24, 10),
    (36, 10),
    (54, 8),
    (72, 5),
    (100, 4),
    (150, 3),
];

/// The demo with every booth free (those on hold stay held) and each company's contract drawn
/// from [`CONTRACT_MIX`] by `seed`: a hard list for the allocator, in tests and benchmarks.
pub fn random_contracts(seed: u64) -> Plan {
    let mut plan = demo_plan();
    for b in plan.booths.values_mut() {
        b.exhibitor = None;
        if b.status != BoothStatus::OnHold {
            b.status = BoothStatus::Available;
        }
    }
    let mut rng = Rng::new(seed);
    for e in plan.exhibitors.values_mut() {
        let mut draw = rng.below(100);
        let m2 = CONTRACT_MIX
            .iter()
            .find(|(_, w)| {
                let hit = draw < *w;
                draw = draw.saturating_sub(*w);
                hit
            })
            .map_or(9, |(m, _)| *m);
        e.contracted_area_mm2 = m2 * 1_000_000;
    }
    plan
}

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
#[expect(
    clippy::too_many_lines,
    reason = "the demo show is described in one place, in reading order"
)]
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
            language: None,
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
#[expect(
    clippy::too_many_lines,
    reason = "the demo show is described in one place, in reading order"
)]
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
