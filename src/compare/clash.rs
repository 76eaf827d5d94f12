//! One id added on both sides with different content: two people each added "the next"
//! booth or company, and each got the same new id. Theirs gets a fresh id before the merge,
//! and their references to it (a booth's company, a competitor, a preferred zone, a hall) go
//! with it, so both are kept and nothing of theirs silently points at our object.

use std::collections::{BTreeMap, BTreeSet};

use super::Key;
use crate::model::{
    BoothId, DrawingId, ExhibitorId, ExitId, HallId, ObstacleId, Plan, ZoneId, free_ids,
};

/// Ids added on both sides with different content, in `theirs`.
fn clashing<K: Ord + Copy, V: PartialEq>(
    base: &BTreeMap<K, V>,
    ours: &BTreeMap<K, V>,
    theirs: &BTreeMap<K, V>,
) -> Vec<K> {
    theirs
        .iter()
        .filter(|(k, v)| !base.contains_key(k) && ours.get(k).is_some_and(|o| o != *v))
        .map(|(k, _)| *k)
        .collect()
}

/// Moves each clashing id of `theirs` to a fresh one, free on all three sides; the pairs moved.
fn renumber<K: Ord + Copy, V: PartialEq>(
    base: &BTreeMap<K, V>,
    ours: &BTreeMap<K, V>,
    theirs: &mut BTreeMap<K, V>,
    raw: impl Fn(&K) -> u32,
    make: impl Fn(u32) -> K,
) -> Vec<(K, K)> {
    let clashes = clashing(base, ours, theirs);
    if clashes.is_empty() {
        return Vec::new();
    }
    let used: BTreeSet<u32> = base
        .keys()
        .chain(ours.keys())
        .chain(theirs.keys())
        .map(&raw)
        .collect();
    let mut fresh = free_ids(used);
    clashes
        .into_iter()
        .filter_map(|old| {
            let new = make(fresh.next()?);
            let v = theirs.remove(&old)?;
            theirs.insert(new, v);
            Some((old, new))
        })
        .collect()
}

/// Moves of ids as moves of objects.
fn keyed<K>(moves: Vec<(K, K)>, key: fn(K) -> Key) -> impl Iterator<Item = (Key, Key)> {
    moves.into_iter().map(move |(a, b)| (key(a), key(b)))
}

/// `theirs` with every clashing id moved to a fresh one (references too), and the moves.
pub(super) fn separate(base: &Plan, ours: &Plan, theirs: &Plan) -> Option<(Plan, Vec<(Key, Key)>)> {
    let mut t = theirs.clone();
    let mut moved: Vec<(Key, Key)> = Vec::new();
    for (old, new) in renumber(&base.halls, &ours.halls, &mut t.halls, |k| k.0, HallId) {
        let re = |h: &mut HallId| {
            if *h == old {
                *h = new;
            }
        };
        t.booths.values_mut().for_each(|b| re(&mut b.hall));
        t.obstacles.values_mut().for_each(|o| re(&mut o.hall));
        t.exits.values_mut().for_each(|x| re(&mut x.hall));
        t.zones.values_mut().for_each(|z| re(&mut z.hall));
        t.drawings.values_mut().for_each(|d| re(&mut d.hall));
        moved.push((Key::Hall(old), Key::Hall(new)));
    }
    for (old, new) in renumber(&base.zones, &ours.zones, &mut t.zones, |k| k.0, ZoneId) {
        for e in t.exhibitors.values_mut() {
            if e.preferred_zone == Some(old) {
                e.preferred_zone = Some(new);
            }
        }
        moved.push((Key::Zone(old), Key::Zone(new)));
    }
    for (old, new) in renumber(
        &base.exhibitors,
        &ours.exhibitors,
        &mut t.exhibitors,
        |k| k.0,
        ExhibitorId,
    ) {
        for b in t.booths.values_mut() {
            if b.exhibitor == Some(old) {
                b.exhibitor = Some(new);
            }
        }
        for e in t.exhibitors.values_mut() {
            if e.competitors.remove(&old) {
                e.competitors.insert(new);
            }
        }
        moved.push((Key::Exhibitor(old), Key::Exhibitor(new)));
    }
    moved.extend(keyed(
        renumber(&base.booths, &ours.booths, &mut t.booths, |k| k.0, BoothId),
        Key::Booth,
    ));
    moved.extend(keyed(
        renumber(
            &base.obstacles,
            &ours.obstacles,
            &mut t.obstacles,
            |k| k.0,
            ObstacleId,
        ),
        Key::Obstacle,
    ));
    moved.extend(keyed(
        renumber(&base.exits, &ours.exits, &mut t.exits, |k| k.0, ExitId),
        Key::Exit,
    ));
    moved.extend(keyed(
        renumber(
            &base.drawings,
            &ours.drawings,
            &mut t.drawings,
            |k| k.0,
            DrawingId,
        ),
        Key::Drawing,
    ));
    (!moved.is_empty()).then_some((t, moved))
}
