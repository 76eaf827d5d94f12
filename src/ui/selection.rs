//! What the organiser has selected: one set of typed ids, of any kinds together.
//!
//! The inspector shows exactly this set, the canvas outlines it, commands (delete, duplicate,
//! nudge, zoom) act on it, and each undo step remembers it. Booths are kept in a set of their
//! own: a whole show (Select All on 60,000 booths) is asked "is this booth selected?" every
//! frame.

use std::collections::BTreeSet;

use super::Venue;
use crate::i18n::{Arg, ta};
use crate::model::{BoothId, ExhibitorId, Plan};

/// One selectable thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Item {
    /// A booth.
    Booth(BoothId),
    /// An exhibiting company.
    Exhibitor(ExhibitorId),
    /// A hall, obstacle, exit or zone.
    Venue(Venue),
}

impl FromIterator<BoothId> for Selection {
    /// A selection of booths.
    fn from_iter<I: IntoIterator<Item = BoothId>>(ids: I) -> Self {
        Self::of_booths(ids)
    }
}

impl From<Venue> for Item {
    fn from(v: Venue) -> Self {
        Item::Venue(v)
    }
}

/// The selection: booths, companies and venue objects, in any mix.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    booths: BTreeSet<BoothId>,
    exhibitors: BTreeSet<ExhibitorId>,
    venue: BTreeSet<Venue>,
}

impl Selection {
    /// A selection of one item.
    pub fn one(item: impl Into<Item>) -> Self {
        let mut s = Self::default();
        s.insert(item.into());
        s
    }

    /// A selection of booths only.
    pub fn of_booths(ids: impl IntoIterator<Item = BoothId>) -> Self {
        Self {
            booths: ids.into_iter().collect(),
            ..Self::default()
        }
    }

    /// The selected booths.
    pub fn booths(&self) -> &BTreeSet<BoothId> {
        &self.booths
    }

    /// The selected companies.
    pub fn exhibitors(&self) -> &BTreeSet<ExhibitorId> {
        &self.exhibitors
    }

    /// The selected venue objects.
    pub fn venue(&self) -> &BTreeSet<Venue> {
        &self.venue
    }

    /// True when `id` is a selected booth.
    pub fn has_booth(&self, id: BoothId) -> bool {
        self.booths.contains(&id)
    }

    /// True when `item` is selected.
    pub fn contains(&self, item: Item) -> bool {
        match item {
            Item::Booth(id) => self.booths.contains(&id),
            Item::Exhibitor(id) => self.exhibitors.contains(&id),
            Item::Venue(v) => self.venue.contains(&v),
        }
    }

    /// Adds an item.
    pub fn insert(&mut self, item: Item) {
        match item {
            Item::Booth(id) => self.booths.insert(id),
            Item::Exhibitor(id) => self.exhibitors.insert(id),
            Item::Venue(v) => self.venue.insert(v),
        };
    }

    /// Removes an item; true when it was selected.
    pub fn remove(&mut self, item: Item) -> bool {
        match item {
            Item::Booth(id) => self.booths.remove(&id),
            Item::Exhibitor(id) => self.exhibitors.remove(&id),
            Item::Venue(v) => self.venue.remove(&v),
        }
    }

    /// Adds an item if it is not selected, removes it if it is (Shift+click).
    pub fn toggle(&mut self, item: Item) {
        if !self.remove(item) {
            self.insert(item);
        }
    }

    /// Adds booths.
    pub fn add_booths(&mut self, ids: impl IntoIterator<Item = BoothId>) {
        self.booths.extend(ids);
    }

    /// Number of selected items.
    pub fn len(&self) -> usize {
        self.booths.len() + self.exhibitors.len() + self.venue.len()
    }

    /// True when nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Selects nothing.
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// The item, when exactly one is selected.
    pub fn single(&self) -> Option<Item> {
        if self.len() != 1 {
            return None;
        }
        self.items().next()
    }

    /// Every selected item: booths, then companies, then venue objects.
    pub fn items(&self) -> impl Iterator<Item = Item> + '_ {
        self.booths
            .iter()
            .map(|b| Item::Booth(*b))
            .chain(self.exhibitors.iter().map(|e| Item::Exhibitor(*e)))
            .chain(self.venue.iter().map(|v| Item::Venue(*v)))
    }

    /// Drops what is no longer in the plan (after undo, delete, open).
    pub fn retain_existing(&mut self, plan: &Plan) {
        self.booths.retain(|b| plan.booths.contains_key(b));
        self.exhibitors.retain(|e| plan.exhibitors.contains_key(e));
        self.venue.retain(|v| v.exists(plan));
    }

    /// What is selected, counted by kind in words: "3 booths, 1 pillar, 1 exit".
    pub fn describe(&self, plan: &Plan) -> String {
        // Catalogue keys of the kinds, in the order they first appear, with their counts.
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        if !self.booths.is_empty() {
            counts.push(("selection-booths", self.booths.len()));
        }
        if !self.exhibitors.is_empty() {
            counts.push(("selection-companies", self.exhibitors.len()));
        }
        for v in &self.venue {
            let key = v.kind_key(plan);
            if let Some(c) = counts.iter_mut().find(|c| c.0 == key) {
                c.1 += 1;
            } else {
                counts.push((key, 1));
            }
        }
        counts
            .iter()
            .map(|(key, n)| ta(key, &[("count", Arg::from(*n))]))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ObstacleId, ZoneId};

    #[test]
    fn one_set_holds_every_kind_and_toggles() {
        let mut s = Selection::one(Item::Booth(BoothId(1)));
        s.toggle(Item::Venue(Venue::Obstacle(ObstacleId(4))));
        s.toggle(Item::Exhibitor(ExhibitorId(2)));
        assert_eq!(s.len(), 3);
        assert_eq!(s.single(), None);
        s.toggle(Item::Booth(BoothId(1)));
        s.toggle(Item::Exhibitor(ExhibitorId(2)));
        assert_eq!(
            s.single(),
            Some(Item::Venue(Venue::Obstacle(ObstacleId(4))))
        );
        assert!(!s.has_booth(BoothId(1)));
    }

    #[test]
    fn what_is_gone_from_the_plan_is_dropped() {
        let plan = crate::demo::demo_plan();
        let booth = *plan.booths.keys().next().expect("a booth");
        let mut s = Selection::of_booths([booth, BoothId(999_999)]);
        s.insert(Item::Venue(Venue::Zone(ZoneId(999_999))));
        s.insert(Item::Exhibitor(ExhibitorId(999_999)));
        s.retain_existing(&plan);
        assert_eq!(s, Selection::of_booths([booth]));
    }

    #[test]
    fn a_mixed_selection_is_described_by_kind() {
        let plan = crate::demo::demo_plan();
        let mut s = Selection::of_booths(plan.booths.keys().copied().take(3));
        let pillars: Vec<_> = plan
            .obstacles
            .iter()
            .filter(|(_, o)| o.kind == crate::model::ObstacleKind::Pillar)
            .map(|(id, _)| *id)
            .take(2)
            .collect();
        for p in &pillars {
            s.insert(Item::Venue(Venue::Obstacle(*p)));
        }
        let exit = *plan.exits.keys().next().expect("an exit");
        s.insert(Item::Venue(Venue::Exit(exit)));
        assert_eq!(s.describe(&plan), "3 booths, 2 pillars, 1 exit");
    }
}
