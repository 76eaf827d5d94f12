//! Migrations from older plan-file formats to the current one.
//!
//! Each older format keeps frozen copies of the types that changed since, and a function that
//! turns it into the next format. Types that did not change are shared with the current model;
//! when one of them changes, its old shape is frozen here first.
//!
//! Format 1 (the first prototype) differs from format 2 in its metadata: it had no currency
//! and no organiser contact line, and the grid pitch was in centimetres. It had no pricing
//! either. Format 2 adds those, with the defaults below.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::{
    Booth, BoothId, Exhibitor, ExhibitorId, Exit, ExitId, Hall, HallId, Meta, Obstacle, ObstacleId,
    Plan, Pricing, VenueRules, Zone, ZoneId,
};

/// Metadata as format 1 stored it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MetaV1 {
    show_name: String,
    venue: String,
    start_date: String,
    end_date: String,
    revision: u64,
    grid_pitch_cm: i64,
}

/// A format-1 plan.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PlanV1 {
    meta: MetaV1,
    rules: VenueRules,
    #[serde(deserialize_with = "crate::model::unique_keys")]
    halls: BTreeMap<HallId, Hall>,
    #[serde(deserialize_with = "crate::model::unique_keys")]
    obstacles: BTreeMap<ObstacleId, Obstacle>,
    #[serde(deserialize_with = "crate::model::unique_keys")]
    exits: BTreeMap<ExitId, Exit>,
    #[serde(deserialize_with = "crate::model::unique_keys")]
    zones: BTreeMap<ZoneId, Zone>,
    #[serde(deserialize_with = "crate::model::unique_keys")]
    booths: BTreeMap<BoothId, Booth>,
    #[serde(deserialize_with = "crate::model::unique_keys")]
    exhibitors: BTreeMap<ExhibitorId, Exhibitor>,
}

/// Format 1 → format 2.
pub(super) fn from_v1(old: PlanV1) -> Plan {
    let m = old.meta;
    Plan {
        meta: Meta {
            show_name: m.show_name,
            venue: m.venue,
            start_date: m.start_date,
            end_date: m.end_date,
            organiser_contact: String::new(),
            revision: m.revision,
            currency: "USD".to_owned(),
            grid_pitch_mm: m.grid_pitch_cm.saturating_mul(10),
            language: None,
        },
        rules: old.rules,
        pricing: Pricing::default(),
        halls: old.halls,
        obstacles: old.obstacles,
        exits: old.exits,
        zones: old.zones,
        booths: old.booths,
        exhibitors: old.exhibitors,
        drawings: BTreeMap::new(),
        conflicts: Vec::new(),
    }
}
