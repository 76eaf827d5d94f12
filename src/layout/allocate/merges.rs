//! `allocate --merge`: for a company that no single free booth fits, neighbouring free booths
//! of one hall that together form a rectangle (two to four in a row, side by side or back to
//! back) are merged into one that fits — in its zone first, giving away the least floor, never
//! beside or facing a competitor.

use std::collections::BTreeMap;

use super::State;
use crate::model::{Booth, BoothId, ExhibitorId, HallId, Rect, ZoneId};

/// Longest run of booths merged into one.
const MOST: usize = 4;

/// A run of free booths forming one rectangle.
pub(super) struct Run {
    /// The booths, west to east or north to south.
    pub ids: Vec<BoothId>,
    /// The rectangle they make.
    pub rect: Rect,
    /// The zone the merged booth would stand in (by its centre).
    pub zone: Option<ZoneId>,
}

impl State<'_> {
    /// Every run of 2 to [`MOST`] free booths: each continues the one before eastwards (or
    /// southwards), sharing its whole side. Made once; runs whose booths are taken later are
    /// passed over.
    pub(super) fn runs(&self) -> Vec<Run> {
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
                    let zone = self.plan.zone_of(&Booth {
                        rect,
                        ..self.plan.booths[&start].clone()
                    });
                    runs.push(Run {
                        ids: ids.clone(),
                        rect,
                        zone,
                    });
                }
            }
        }
        runs
    }

    /// The merge that fits `eid` best: in its zone first, then the least floor given away,
    /// never a run with a booth taken since or beside or facing a competitor.
    pub(super) fn best_merge<'r>(&self, runs: &'r [Run], eid: ExhibitorId) -> Option<&'r Run> {
        let want = super::want_of(self.plan, eid, self.tolerance);
        runs.iter()
            .filter(|r| r.rect.area_mm2() >= want.min_area)
            .filter(|r| r.ids.iter().all(|b| !self.holder.contains_key(b)))
            // The parts are free, so no competitor holds them: each part's neighbours decide.
            .filter(|r| r.ids.iter().all(|b| self.ok(eid, *b)))
            .min_by_key(|r| {
                let outside = want.zone.is_some() && r.zone != want.zone;
                (outside, r.rect.area_mm2(), &r.ids)
            })
    }

    /// Gives the merged run to `eid`: its booths are taken, the first stands for all.
    pub(super) fn take_run(&mut self, eid: ExhibitorId, run: &Run) -> super::Assignment {
        for b in &run.ids {
            self.unfree(eid, *b);
        }
        self.merged_area.insert(run.ids[0], run.rect.area_mm2());
        self.assignment(eid, run.ids[0], run.zone, run.rect.area_mm2())
    }
}
