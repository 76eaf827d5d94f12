//! The plan as data: halls, obstacles, exits, zones, booths and exhibitors.
//!
//! Pure: no GUI, no I/O, no clock. Everything is keyed by stable ids held in ordered maps, so a
//! plan serialises the same way every time and an id never changes when something else is
//! deleted. Geometry is integer millimetres in site coordinates (see [`geom`]).

pub mod conflict;
pub mod derive;
pub mod drawing;
pub mod geom;
mod ids;
pub mod measure;
pub mod spatial;
mod walls;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

pub use conflict::{Conflict, ConflictField};
pub use derive::{BoothType, Derived, OpenSides};
pub use drawing::Drawing;
pub use geom::{Point, Rect, Side};
pub use ids::{
    BoothId, DUPLICATE_ID, DrawingId, ExhibitorId, ExitId, HallId, NewIds, ObstacleId, ZoneId,
    free_ids, next_free, unique_keys,
};
pub use walls::Edge;

/// A whole show: what a plan file holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Show name, venue, dates, revision, currency, grid.
    pub meta: Meta,
    /// Every number the validator uses.
    pub rules: VenueRules,
    /// How booth prices are derived.
    pub pricing: Pricing,
    /// Exhibition halls.
    #[serde(deserialize_with = "unique_keys")]
    pub halls: BTreeMap<HallId, Hall>,
    /// Pillars, fire equipment, service cores, stages, reserved aisles.
    #[serde(deserialize_with = "unique_keys")]
    pub obstacles: BTreeMap<ObstacleId, Obstacle>,
    /// Exits on hall walls.
    #[serde(deserialize_with = "unique_keys")]
    pub exits: BTreeMap<ExitId, Exit>,
    /// Themed zones and national pavilions.
    #[serde(deserialize_with = "unique_keys")]
    pub zones: BTreeMap<ZoneId, Zone>,
    /// Booths.
    #[serde(deserialize_with = "unique_keys")]
    pub booths: BTreeMap<BoothId, Booth>,
    /// Exhibiting companies.
    #[serde(deserialize_with = "unique_keys")]
    pub exhibitors: BTreeMap<ExhibitorId, Exhibitor>,
    /// The venue's own drawings shown under halls (files beside the plan; never their
    /// pixels). Left out of the file when there are none.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "unique_keys"
    )]
    pub drawings: BTreeMap<DrawingId, Drawing>,
    /// Conflicts a three-way merge left to resolve (ours kept, theirs recorded). Left out of
    /// the file when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
}

/// Facts about the show itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Show name as printed on maps.
    pub show_name: String,
    /// Venue name.
    pub venue: String,
    /// First day, ISO 8601 (`2026-10-20`).
    pub start_date: String,
    /// Last day, ISO 8601.
    pub end_date: String,
    /// Organiser's contact line printed on exhibitor packs.
    pub organiser_contact: String,
    /// Plan revision: raised by one on every save.
    pub revision: u64,
    /// ISO 4217 currency of prices (`USD`, `KRW`).
    pub currency: String,
    /// Grid pitch booths snap to (1 m by default; 0.5 m and 10 ft = 3048 mm work too).
    pub grid_pitch_mm: i64,
    /// The language of this show's exports (maps, lists, packs, reports) unless `--lang`
    /// says otherwise; `None`: English.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::i18n::lenient_language"
    )]
    pub language: Option<crate::i18n::Lang>,
}

impl Default for Meta {
    fn default() -> Self {
        Self {
            show_name: "New show".to_owned(),
            venue: String::new(),
            start_date: String::new(),
            end_date: String::new(),
            organiser_contact: String::new(),
            revision: 0,
            currency: "USD".to_owned(),
            grid_pitch_mm: 1000,
            language: None,
        }
    }
}

/// The venue's and fire authority's numbers. Defaults follow `shared/DOMAIN.md`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VenueRules {
    /// A gap between booths (or a booth and a wall or obstacle) wider than 0 and narrower than
    /// this is a pinched aisle; walking paths must be at least this wide. Default 3 m.
    pub min_aisle_mm: i64,
    /// Depth of the clear zone in front of an exit door. Default 4.5 m (15 ft).
    pub exit_clearance_mm: i64,
    /// Clear distance around fire equipment. Default 1.5 m (5 ft).
    pub fire_equipment_clearance_mm: i64,
    /// Longest walk from a booth to the nearest exit. Default 61 m.
    pub max_travel_mm: i64,
    /// Smallest booth area. Default 9 m² (3 × 3 m shell scheme).
    pub min_booth_area_mm2: i64,
    /// Shortest booth side. Default 2 m.
    pub min_booth_side_mm: i64,
    /// Allocated area may differ from the contracted area by this many per mille. Default 50 (5 %).
    pub area_tolerance_permille: i64,
    /// Competitors facing each other across a gap up to this wide are "facing". Default 6 m.
    pub competitor_facing_gap_mm: i64,
    /// A booth side is open when free floor at least this deep and this long lies in front of
    /// it. Default 0.915 m (36 in, the accessible clear width).
    pub min_clear_width_mm: i64,
    /// Walking grid: between the lines that the obstacles' own edges give, even lines are laid
    /// at most twice this far apart. It bounds the cells of the first, upper-bound pass of the
    /// travel distance; widths are always exact and walks over the limit are measured exactly.
    /// Default 1 m.
    pub walk_grid_mm: i64,
    /// Longest continuous row of booths (booths touching side by side or back to back)
    /// without a cross aisle. Default 30 m.
    #[serde(default = "default_max_row_length_mm")]
    pub max_row_length_mm: i64,
    /// Farthest any point inside a booth may be from its nearest open side. Default 15 m
    /// (50 ft, NFPA 101).
    #[serde(default = "default_max_booth_depth_mm")]
    pub max_booth_depth_mm: i64,
    /// Longest dead-end aisle: the walk from where visitors can choose between two ways out to
    /// the closed end of a passage that leads nowhere. Default 18 m.
    #[serde(default = "default_max_dead_end_mm")]
    pub max_dead_end_mm: i64,
}

fn default_max_row_length_mm() -> i64 {
    30_000
}

fn default_max_booth_depth_mm() -> i64 {
    15_000
}

fn default_max_dead_end_mm() -> i64 {
    18_000
}

impl Default for VenueRules {
    fn default() -> Self {
        Self {
            min_aisle_mm: 3000,
            exit_clearance_mm: 4500,
            fire_equipment_clearance_mm: 1500,
            max_travel_mm: 61_000,
            min_booth_area_mm2: 9_000_000,
            min_booth_side_mm: 2000,
            area_tolerance_permille: 50,
            competitor_facing_gap_mm: 6000,
            min_clear_width_mm: 915,
            walk_grid_mm: 1000,
            max_row_length_mm: default_max_row_length_mm(),
            max_booth_depth_mm: default_max_booth_depth_mm(),
            max_dead_end_mm: default_max_dead_end_mm(),
        }
    }
}

/// How a booth's price is derived from its area, zone and open sides.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pricing {
    /// Price per square metre, in minor units of the currency (cents), where the zone sets none.
    pub per_m2_minor: i64,
    /// Premium per open side beyond the first, in per mille of the base price (100 = +10 %).
    pub open_side_premium_permille: i64,
}

impl Default for Pricing {
    fn default() -> Self {
        // BEXCO 2024: shell scheme USD 2,300 per 9 m² ≈ USD 255.56 per m².
        Self {
            per_m2_minor: 25_556,
            open_side_premium_permille: 100,
        }
    }
}

/// An exhibition hall.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hall {
    /// Name people use ("Hall 1").
    pub name: String,
    /// Letter or short code used in booth numbers ("A").
    pub code: String,
    /// Floor outline in site coordinates: the union of these rectangles. Its position on the
    /// site is where the rectangles are, so halls draw side by side.
    pub outline: Vec<Rect>,
}

impl Hall {
    /// The smallest rectangle around the outline.
    pub fn bounds(&self) -> Rect {
        self.outline
            .iter()
            .fold(Rect::default(), |acc, r| acc.union_bounds(r))
    }

    /// True when `r` lies wholly on the hall's floor (the union of the outline's rectangles).
    pub fn contains(&self, r: &Rect) -> bool {
        self.outline.iter().any(|o| o.contains_rect(r))
            || geom::covered_area_mm2(r, &self.outline) == r.area_mm2()
    }

    /// Floor area in square millimetres.
    pub fn area_mm2(&self) -> i128 {
        geom::covered_area_mm2(&self.bounds(), &self.outline)
    }
}

/// What an obstacle is; decides which rules apply to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ObstacleKind {
    /// A structural column: allowed inside a booth (with a warning), blocks walking.
    Pillar,
    /// Fire-hose cabinet, pull station, extinguisher: needs clearance; never inside a booth.
    FireEquipment,
    /// Service core or stairs: never inside a booth.
    ServiceCore,
    /// Stage or other no-build area: never inside a booth.
    Stage,
    /// A main or cross aisle kept free: walkable floor, never inside a booth.
    ReservedAisle,
}

impl ObstacleKind {
    /// All kinds.
    pub const ALL: [ObstacleKind; 5] = [
        ObstacleKind::Pillar,
        ObstacleKind::FireEquipment,
        ObstacleKind::ServiceCore,
        ObstacleKind::Stage,
        ObstacleKind::ReservedAisle,
    ];

    /// The catalogue key of its name ("obstacle-pillar", …; lower case, as in a sentence).
    pub fn key(self) -> &'static str {
        match self {
            ObstacleKind::Pillar => "obstacle-pillar",
            ObstacleKind::FireEquipment => "obstacle-fire-equipment",
            ObstacleKind::ServiceCore => "obstacle-service-core",
            ObstacleKind::Stage => "obstacle-stage",
            ObstacleKind::ReservedAisle => "obstacle-reserved-aisle",
        }
    }

    /// Name for people.
    pub fn label(self) -> &'static str {
        match self {
            ObstacleKind::Pillar => "pillar",
            ObstacleKind::FireEquipment => "fire equipment",
            ObstacleKind::ServiceCore => "service core",
            ObstacleKind::Stage => "stage / no-build area",
            ObstacleKind::ReservedAisle => "reserved aisle",
        }
    }

    /// Name for the start of a sentence ("Pillar", "Fire equipment").
    pub fn title(self) -> String {
        crate::text::capitalised(self.label())
    }

    /// True for what stands in the floor rather than covers an area of it (pillars and fire
    /// equipment): maps draw it over booths and aisles, and a click picks it first.
    pub fn is_fixture(self) -> bool {
        matches!(self, ObstacleKind::Pillar | ObstacleKind::FireEquipment)
    }

    /// True when people cannot walk through it (everything but a reserved aisle).
    pub fn blocks_walking(self) -> bool {
        self != ObstacleKind::ReservedAisle
    }
}

/// Something on the floor that booths must respect.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Obstacle {
    /// Hall it stands in.
    pub hall: HallId,
    /// What it is.
    pub kind: ObstacleKind,
    /// Footprint.
    pub rect: Rect,
    /// Label people use ("C4", "FHC-12").
    pub label: String,
}

/// An exit door on a hall wall.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exit {
    /// Hall it serves.
    pub hall: HallId,
    /// Label people use ("Exit 3").
    pub label: String,
    /// The wall it is on: the clearance zone reaches from this wall into the hall.
    pub wall: Side,
    /// Middle of the door, on the wall line.
    pub at: Point,
    /// Door width.
    pub width_mm: i64,
    /// Clearance depth; `None` uses the venue rule.
    pub clearance_mm: Option<i64>,
}

impl Exit {
    /// The door opening as a zero-depth span turned into a thin rectangle inside the hall.
    pub fn door(&self) -> Rect {
        self.zone(1)
    }

    /// The zone in front of the door that must stay clear.
    pub fn clearance_zone(&self, rules: &VenueRules) -> Rect {
        self.zone(self.clearance_mm.unwrap_or(rules.exit_clearance_mm).max(0))
    }

    /// The strip in front of the door, `depth_mm` into the hall.
    pub fn zone(&self, depth_mm: i64) -> Rect {
        let depth = depth_mm.max(0);
        let half = self.width_mm.max(0) / 2;
        let w = self.width_mm.max(0);
        match self.wall {
            Side::North => Rect::new(self.at.x_mm.saturating_sub(half), self.at.y_mm, w, depth),
            Side::South => Rect::new(
                self.at.x_mm.saturating_sub(half),
                self.at.y_mm.saturating_sub(depth),
                w,
                depth,
            ),
            Side::West => Rect::new(self.at.x_mm, self.at.y_mm.saturating_sub(half), depth, w),
            Side::East => Rect::new(
                self.at.x_mm.saturating_sub(depth),
                self.at.y_mm.saturating_sub(half),
                depth,
                w,
            ),
        }
    }
}

/// Whether a zone is a theme or a national pavilion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ZoneKind {
    /// A themed zone (5G, cybersecurity, …).
    Theme,
    /// A national or group pavilion.
    Pavilion,
}

/// A themed zone or pavilion: an area of a hall.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Zone {
    /// Name people use.
    pub name: String,
    /// Theme or pavilion.
    pub kind: ZoneKind,
    /// Hall it lies in.
    pub hall: HallId,
    /// Tint on maps, sRGB.
    pub colour: [u8; 3],
    /// Its area: the union of these rectangles.
    pub areas: Vec<Rect>,
    /// Price per m² in this zone, in minor units; `None` uses the plan's pricing.
    pub price_per_m2_minor: Option<i64>,
}

impl Zone {
    /// True when the point lies in the zone.
    pub fn contains(&self, p: Point) -> bool {
        self.areas.iter().any(|a| a.contains_point(p))
    }
}

/// Sales status of a booth.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum BoothStatus {
    /// Free to sell.
    #[default]
    Available,
    /// Held for a prospect; not yet assigned.
    OnHold,
    /// Assigned to an exhibitor, not yet paid.
    Reserved,
    /// Assigned and paid.
    Sold,
}

impl BoothStatus {
    /// All statuses, in sales order.
    pub const ALL: [BoothStatus; 4] = [
        BoothStatus::Available,
        BoothStatus::OnHold,
        BoothStatus::Reserved,
        BoothStatus::Sold,
    ];

    /// The catalogue key of its name ("status-available", …).
    pub fn key(self) -> &'static str {
        match self {
            BoothStatus::Available => "status-available",
            BoothStatus::OnHold => "status-on-hold",
            BoothStatus::Reserved => "status-reserved",
            BoothStatus::Sold => "status-sold",
        }
    }

    /// Name for people.
    pub fn label(self) -> &'static str {
        match self {
            BoothStatus::Available => "available",
            BoothStatus::OnHold => "on hold",
            BoothStatus::Reserved => "reserved",
            BoothStatus::Sold => "sold",
        }
    }
}

/// A booth on the floor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Booth {
    /// The number people read ("A-101").
    pub number: String,
    /// Hall it stands in.
    pub hall: HallId,
    /// Footprint.
    pub rect: Rect,
    /// Sales status.
    pub status: BoothStatus,
    /// Price agreed for this booth, overriding the derived price (minor units).
    pub price_override_minor: Option<i64>,
    /// Company allocated to it.
    pub exhibitor: Option<ExhibitorId>,
}

/// How booth numbers are compared: two booths whose numbers have the same key are numbered
/// the same (the validator's duplicate rule; generating, renumbering and pasting avoid it).
pub fn number_key(number: &str) -> String {
    number.trim().to_uppercase()
}

impl Booth {
    /// True when the booth can be sold, merged or split: available, with no company.
    pub fn is_free(&self) -> bool {
        self.exhibitor.is_none() && self.status == BoothStatus::Available
    }

    /// The number people read; its id (`id`, "B17") when it has none.
    pub fn label(&self, id: BoothId) -> String {
        if self.number.trim().is_empty() {
            id.to_string()
        } else {
            self.number.clone()
        }
    }

    /// Area in square millimetres.
    pub fn area_mm2(&self) -> i128 {
        self.rect.area_mm2()
    }
}

/// Contact details of an exhibitor.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Person to ask for.
    pub person: String,
    /// E-mail address.
    pub email: String,
    /// Telephone number.
    pub phone: String,
}

/// An exhibiting company.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exhibitor {
    /// Company name, any script.
    pub name: String,
    /// Country name.
    pub country: String,
    /// Sector or product group.
    pub sector: String,
    /// Area in the contract, square millimetres.
    pub contracted_area_mm2: i64,
    /// Zone or pavilion it asked for.
    pub preferred_zone: Option<ZoneId>,
    /// Companies it must not stand beside or face.
    pub competitors: BTreeSet<ExhibitorId>,
    /// Allocation priority: higher goes first (sponsors, early payment, returning exhibitors).
    pub priority: i32,
    /// Who to contact.
    pub contact: Contact,
    /// Free notes.
    pub notes: String,
    /// Id in the organiser's CRM or registration list.
    pub external_id: Option<String>,
}

impl Exhibitor {
    /// A company with just a name and contracted area; the rest empty.
    pub fn new(name: impl Into<String>, contracted_area_mm2: i64) -> Self {
        Self {
            name: name.into(),
            country: String::new(),
            sector: String::new(),
            contracted_area_mm2,
            preferred_zone: None,
            competitors: BTreeSet::new(),
            priority: 0,
            contact: Contact::default(),
            notes: String::new(),
            external_id: None,
        }
    }
}

impl Plan {
    /// The next free booth id.
    pub fn next_booth_id(&self) -> BoothId {
        BoothId(next_free(&self.booths, |k| k.0))
    }

    /// The next free exhibitor id.
    pub fn next_exhibitor_id(&self) -> ExhibitorId {
        ExhibitorId(next_free(&self.exhibitors, |k| k.0))
    }

    /// The next free hall id.
    pub fn next_hall_id(&self) -> HallId {
        HallId(next_free(&self.halls, |k| k.0))
    }

    /// The next free obstacle id.
    pub fn next_obstacle_id(&self) -> ObstacleId {
        ObstacleId(next_free(&self.obstacles, |k| k.0))
    }

    /// The next free exit id.
    pub fn next_exit_id(&self) -> ExitId {
        ExitId(next_free(&self.exits, |k| k.0))
    }

    /// The next free zone id.
    pub fn next_zone_id(&self) -> ZoneId {
        ZoneId(next_free(&self.zones, |k| k.0))
    }

    /// Booths allocated to an exhibitor, in id order.
    pub fn booths_of(&self, exhibitor: ExhibitorId) -> impl Iterator<Item = (BoothId, &Booth)> {
        self.booths
            .iter()
            .filter(move |(_, b)| b.exhibitor == Some(exhibitor))
            .map(|(id, b)| (*id, b))
    }

    /// The number people read for a booth ("B17" when it has none or is not in the plan).
    pub fn booth_label(&self, id: BoothId) -> String {
        self.booths
            .get(&id)
            .map_or_else(|| id.to_string(), |b| b.label(id))
    }

    /// The zone a booth lies in (by its centre), if any.
    pub fn zone_of(&self, booth: &Booth) -> Option<ZoneId> {
        let c = booth.rect.centre();
        self.zones
            .iter()
            .find(|(_, z)| z.hall == booth.hall && z.contains(c))
            .map(|(id, _)| *id)
    }

    /// The smallest rectangle around every hall.
    pub fn site_bounds(&self) -> Rect {
        self.halls
            .values()
            .fold(Rect::default(), |acc, h| acc.union_bounds(&h.bounds()))
    }

    /// Number of exhibitors holding at least one booth.
    pub fn allocated_exhibitor_count(&self) -> usize {
        let held: BTreeSet<ExhibitorId> =
            self.booths.values().filter_map(|b| b.exhibitor).collect();
        self.exhibitors
            .keys()
            .filter(|id| held.contains(id))
            .count()
    }

    /// Total area of sold booths, square millimetres.
    pub fn area_sold_mm2(&self) -> i128 {
        self.booths
            .values()
            .filter(|b| b.status == BoothStatus::Sold)
            .map(Booth::area_mm2)
            .fold(0, i128::saturating_add)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_display_and_parse() {
        assert_eq!(ExhibitorId(42).to_string(), "E42");
        assert_eq!("E42".parse::<ExhibitorId>(), Ok(ExhibitorId(42)));
        assert_eq!("42".parse::<ExhibitorId>(), Ok(ExhibitorId(42)));
        assert!("E4x".parse::<ExhibitorId>().is_err());
    }

    #[test]
    fn exit_clearance_reaches_into_the_hall() {
        let rules = VenueRules::default();
        let north = Exit {
            hall: HallId(1),
            label: "N".into(),
            wall: Side::North,
            at: Point::new(10_000, 0),
            width_mm: 2000,
            clearance_mm: None,
        };
        assert_eq!(north.clearance_zone(&rules), Rect::new(9000, 0, 2000, 4500));
        let east = Exit {
            wall: Side::East,
            at: Point::new(50_000, 20_000),
            ..north
        };
        assert_eq!(
            east.clearance_zone(&rules),
            Rect::new(45_500, 19_000, 4500, 2000)
        );
    }

    #[test]
    fn l_shaped_hall_area() {
        let hall = Hall {
            name: "L".into(),
            code: "L".into(),
            outline: vec![
                Rect::new(0, 0, 10_000, 5000),
                Rect::new(0, 5000, 5000, 5000),
            ],
        };
        assert_eq!(hall.area_mm2(), 75_000_000);
        assert_eq!(hall.bounds(), Rect::new(0, 0, 10_000, 10_000));
    }
}
