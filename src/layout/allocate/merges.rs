//! `allocate --merge`: for a company that no single free booth fits, neighbouring free booths
//! of one hall that together form a rectangle (two to four in a row, side by side or back to
//! back) are merged into one that fits — in its zone first, giving away the least floor, never
//! beside or facing a competitor.

use std::collections::BTreeMap;

use super::State;
use crate::model::{Booth, BoothId, ExhibitorId, HallId, Rect};

/// Longest run of booths merged into one.
const MOST: usize = 4;

/// A run of free booths forming one rectangle: the booths (west to east, or north to south)
/// and the rectangle.
pub(super) type Run = (Vec<BoothId>, Rect);

impl State<'_> {
    /// Every run of 2 to [`MOST`] free booths: each continues the one before eastwards (or
    /// southwards), sharing its whole side.
    fn runs(&self) -> Vec<Run> {
        let free: Vec<BoothId> = self.all.values().flatten().copied().collect();
        // Free booths by hall and north-west corner.
        let at: BTreeMap<(HallId, i64, i64), BoothId> = free
            .iter()
            .map(|id| {
                let b = &self.plan.booths[id];
                ((b.hall, b.rect.x_mm, b.rect.y_mm), *id)
            })
            .collect();
        let next = |b: &Booth, east: bool| {
            let corner = if east {
                (b.hall, b.rect.right(), b.rect.y_mm)
            } else {
                (b.hall, b.rect.x_mm, b.rect.bottom())
            };
            let id = *at.get(&corner)?;
            let x = &self.plan.booths[&id].rect;
            let whole_side = if east {
                x.d_mm == b.rect.d_mm
            } else {
                x.w_mm == b.rect.w_mm
            };
            whole_side.then_some(id)
        };
        let mut runs = Vec::new();
        for start in free {
            for east in [true, false] {
                let mut ids = vec![start];
                let mut rect = self.plan.booths[&start].rect;
                while ids.len() < MOST {
                    let Some(n) = ids.last().and_then(|l| next(&self.plan.booths[l], east)) else {
                        break;
                    };
                    rect = rect.union_bounds(&self.plan.booths[&n].rect);
                    ids.push(n);
                    runs.push((ids.clone(), rect));
                }
            }
        }
        runs
    }

    /// The merge that fits `eid` best: in its zone first, then the least floor given away,
    /// never a run beside or facing a competitor.
    pub(super) fn best_merge(&self, eid: ExhibitorId) -> Option<Run> {
        let want = super::want_of(self.plan, eid, self.tolerance);
        self.runs()
            .into_iter()
            .filter(|(_, r)| r.area_mm2() >= want.min_area)
            // The parts are free, so no competitor holds them: each part's neighbours decide.
            .filter(|(ids, _)| ids.iter().all(|b| self.ok(eid, *b)))
            .min_by_key(|(ids, r)| {
                let zone = self.plan.zone_of(&Booth {
                    rect: *r,
                    ..self.plan.booths[&ids[0]].clone()
                });
                let outside = want.zone.is_some() && zone != want.zone;
                (outside, r.area_mm2() - want.contract, ids.clone())
            })
    }

    /// Gives the merged run to `eid`: its booths are taken, the first stands for all.
    pub(super) fn take_run(&mut self, eid: ExhibitorId, (ids, rect): &Run) -> super::Assignment {
        for b in &ids[1..] {
            let area = self.plan.booths[b].area_mm2();
            super::remove(&mut self.all, area, *b);
            if let Some(z) = self.zone_of[b]
                && let Some(index) = self.by_zone.get_mut(&z)
            {
                super::remove(index, area, *b);
            }
            self.holder.insert(*b, eid);
        }
        self.merged_area.insert(ids[0], rect.area_mm2());
        let mut a = self.take(eid, ids[0]);
        let want = super::want_of(self.plan, eid, self.tolerance);
        let zone = self.plan.zone_of(&Booth {
            rect: *rect,
            ..self.plan.booths[&ids[0]].clone()
        });
        let in_zone = want.zone.is_none() || zone == want.zone;
        let exact = rect.area_mm2() <= want.contract + want.contract * self.tolerance / 1000;
        a.placement = super::placement(in_zone, exact);
        a
    }
}
