//! Stable ids: their types, how new ones are handed out, and refusing one used twice in a
//! plan file.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;
            /// Parses "`PREFIX`17" or plain "17".
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let s = s.trim();
                let digits = s.strip_prefix($prefix).unwrap_or(s);
                digits.parse().map($name)
            }
        }
    };
}

id_type!(
    /// Stable id of a hall.
    HallId, "H"
);
id_type!(
    /// Stable id of an obstacle.
    ObstacleId, "O"
);
id_type!(
    /// Stable id of an exit.
    ExitId, "X"
);
id_type!(
    /// Stable id of a zone or pavilion.
    ZoneId, "Z"
);
id_type!(
    /// Stable id of a booth (not its printed number, which people may change).
    BoothId, "B"
);
id_type!(
    /// Stable id of an exhibiting company.
    ExhibitorId, "E"
);
id_type!(
    /// Stable id of a venue drawing under a hall.
    DrawingId, "D"
);

/// Reads a map whose keys must be unique (for `#[serde(deserialize_with)]`): a plan file with one id twice (a merge can write
/// that) is refused rather than silently keeping the last entry.
///
/// # Errors
/// A key that appears twice, or whatever the map's entries fail with.
pub fn unique_keys<'de, D, K, V>(deserializer: D) -> Result<BTreeMap<K, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    K: Deserialize<'de> + Ord + fmt::Display,
    V: Deserialize<'de>,
{
    struct Unique<K, V>(std::marker::PhantomData<(K, V)>);
    impl<'de, K, V> serde::de::Visitor<'de> for Unique<K, V>
    where
        K: Deserialize<'de> + Ord + fmt::Display,
        V: Deserialize<'de>,
    {
        type Value = BTreeMap<K, V>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a map of ids")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(key) = map.next_key::<K>()? {
                if out.contains_key(&key) {
                    return Err(serde::de::Error::custom(format!("{DUPLICATE_ID} {key}")));
                }
                let value = map.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(Unique(std::marker::PhantomData))
}

/// Ids not in `used`, in the order new ones are handed out: after the highest, then any gap
/// from 1. Never one in use, so a new object never overwrites an old one, even when the highest
/// id is `u32::MAX`.
pub fn free_ids(used: BTreeSet<u32>) -> impl Iterator<Item = u32> {
    let last = used.last().copied().unwrap_or(0);
    let above = last.checked_add(1).into_iter().flat_map(|a| a..=u32::MAX);
    let gaps = (1..last).filter(move |i| !used.contains(i));
    above.chain(gaps)
}

/// The id after the highest in `map` (O(log n)); only when that is `u32::MAX` already, the
/// first gap (see [`free_ids`]).
pub fn next_free<K, V>(map: &BTreeMap<K, V>, raw: impl Fn(&K) -> u32) -> u32 {
    match map.keys().next_back().map(&raw) {
        None => 1,
        Some(last) if last < u32::MAX => last + 1,
        Some(_) => free_ids(map.keys().map(raw).collect())
            .next()
            .unwrap_or(u32::MAX),
    }
}

/// Hands out several new ids of each kind for one edit (duplicate, paste): every call a
/// fresh id, none in use in the plan it was made from.
pub struct NewIds {
    booths: Box<dyn Iterator<Item = u32>>,
    obstacles: Box<dyn Iterator<Item = u32>>,
    exits: Box<dyn Iterator<Item = u32>>,
    zones: Box<dyn Iterator<Item = u32>>,
    halls: Box<dyn Iterator<Item = u32>>,
}

impl NewIds {
    /// Fresh ids for `plan`.
    pub fn new(plan: &super::Plan) -> Self {
        fn fresh<K, V>(map: &BTreeMap<K, V>, raw: fn(&K) -> u32) -> Box<dyn Iterator<Item = u32>> {
            Box::new(free_ids(map.keys().map(raw).collect()))
        }
        Self {
            booths: fresh(&plan.booths, |k| k.0),
            obstacles: fresh(&plan.obstacles, |k| k.0),
            exits: fresh(&plan.exits, |k| k.0),
            zones: fresh(&plan.zones, |k| k.0),
            halls: fresh(&plan.halls, |k| k.0),
        }
    }

    /// A new booth id (`None` only when all four billion are used).
    pub fn booth(&mut self) -> Option<BoothId> {
        self.booths.next().map(BoothId)
    }

    /// A new obstacle id.
    pub fn obstacle(&mut self) -> Option<ObstacleId> {
        self.obstacles.next().map(ObstacleId)
    }

    /// A new exit id.
    pub fn exit(&mut self) -> Option<ExitId> {
        self.exits.next().map(ExitId)
    }

    /// A new zone id.
    pub fn zone(&mut self) -> Option<ZoneId> {
        self.zones.next().map(ZoneId)
    }

    /// A new hall id.
    pub fn hall(&mut self) -> Option<HallId> {
        self.halls.next().map(HallId)
    }
}

/// Start of the message for an id that appears twice in a plan file.
pub const DUPLICATE_ID: &str = "duplicate id";
