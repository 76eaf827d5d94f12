//! A uniform-grid spatial index per hall, so neighbour questions cost O(n·k), not O(n²).
//!
//! Each hall's index holds its booths, its obstacles and "walls": the parts of the hall's
//! bounding box (grown by a margin) outside its outline. Walls let the same neighbour query
//! answer "how far is this booth from the wall" for halls of any rectangle-union shape.

use std::collections::BTreeMap;

use super::geom::{Rect, complement_within};
use super::{BoothId, HallId, ObstacleId, ObstacleKind, Plan};

/// What an indexed rectangle is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// A booth.
    Booth(BoothId),
    /// An obstacle of the given kind.
    Obstacle(ObstacleId, ObstacleKind),
    /// Floor outside the hall outline.
    Wall,
}

impl ItemKind {
    /// True when people cannot stand or walk there (booths, walls, all obstacles but reserved
    /// aisles).
    pub fn blocks_floor(self) -> bool {
        match self {
            ItemKind::Booth(_) | ItemKind::Wall => true,
            ItemKind::Obstacle(_, kind) => kind.blocks_walking(),
        }
    }
}

/// One indexed rectangle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// What it is.
    pub kind: ItemKind,
    /// Where it is.
    pub rect: Rect,
}

/// The index of one hall.
#[derive(Clone, Debug)]
pub struct HallIndex {
    /// Everything indexed in this hall.
    pub items: Vec<Item>,
    /// The region the grid covers: the hall bounds grown by the margin.
    pub bounds: Rect,
    cell_mm: i64,
    cols: usize,
    rows: usize,
    /// Compressed rows: `starts[c]..starts[c + 1]` indexes `entries` for cell `c`.
    starts: Vec<u32>,
    entries: Vec<u32>,
    /// Items moved since the index was built: searched one by one (their entries in
    /// the cells, if any, are stale and filtered out by the rectangle test).
    extra: Vec<u32>,
    /// For each item, whether it is in `extra` (its entries in the cells are stale).
    in_extra: Vec<bool>,
    /// True when the bounds were drawn round every item (the site-wide index).
    covers_all: bool,
}

/// Smallest grid cell; large enough that a booth and its aisle neighbours share few cells.
const MIN_CELL_MM: i64 = 8000;
/// Upper bound on cells per axis, so absurd halls cannot exhaust memory.
const MAX_CELLS_PER_AXIS: i64 = 1024;

impl HallIndex {
    /// Builds the index over `items` covering `bounds`.
    pub fn new(bounds: Rect, items: Vec<Item>) -> Self {
        let w = bounds.right().saturating_sub(bounds.x_mm).max(1);
        let d = bounds.bottom().saturating_sub(bounds.y_mm).max(1);
        // About four cells per item keeps each cell's list short.
        let target_cells = (items.len() as i64).saturating_mul(4).max(1);
        let by_count = isqrt((i128::from(w) * i128::from(d) / i128::from(target_cells)).max(1));
        let cell_mm = MIN_CELL_MM
            .max(by_count)
            .max(w / MAX_CELLS_PER_AXIS + 1)
            .max(d / MAX_CELLS_PER_AXIS + 1);
        let cols = (w / cell_mm + 1) as usize;
        let rows = (d / cell_mm + 1) as usize;
        let mut index = Self {
            items,
            bounds,
            cell_mm,
            cols,
            rows,
            starts: Vec::new(),
            entries: Vec::new(),
            extra: Vec::new(),
            in_extra: Vec::new(),
            covers_all: false,
        };
        let mut counts = vec![0u32; cols * rows + 1];
        for item in &index.items {
            if let Some((c0, r0, c1, r1)) = index.cell_range(&item.rect) {
                for r in r0..=r1 {
                    for c in c0..=c1 {
                        counts[r * cols + c] += 1;
                    }
                }
            }
        }
        let mut starts = Vec::with_capacity(counts.len() + 1);
        let mut acc = 0u32;
        for n in &counts {
            starts.push(acc);
            acc += n;
        }
        starts.push(acc);
        let mut fill = starts.clone();
        let mut entries = vec![0u32; acc as usize];
        for (i, item) in index.items.iter().enumerate() {
            if let Some((c0, r0, c1, r1)) = index.cell_range(&item.rect) {
                for r in r0..=r1 {
                    for c in c0..=c1 {
                        let slot = &mut fill[r * cols + c];
                        entries[*slot as usize] = i as u32;
                        *slot += 1;
                    }
                }
            }
        }
        index.starts = starts;
        index.entries = entries;
        index
    }

    /// Moves item `i` to `rect` (an empty rectangle takes it out of every answer). Queries stay
    /// exact; each moved item costs every later query one rectangle test, so rebuild the index
    /// after many ([`HallIndex::moved_count`]).
    pub fn move_item(&mut self, i: usize, rect: Rect) {
        self.items[i].rect = rect;
        self.in_extra.resize(self.items.len(), false);
        if !self.in_extra[i] {
            self.in_extra[i] = true;
            self.extra.push(i as u32);
        }
    }

    /// How many items were moved since the index was built.
    pub fn moved_count(&self) -> usize {
        self.extra.len()
    }

    fn cell_range(&self, r: &Rect) -> Option<(usize, usize, usize, usize)> {
        if r.is_empty() {
            return None;
        }
        let clip = |v: i64, origin: i64, n: usize| -> usize {
            (((v.saturating_sub(origin)) / self.cell_mm).clamp(0, n as i64 - 1)) as usize
        };
        // Entirely outside the grid: nothing to find.
        if r.right() < self.bounds.x_mm
            || r.x_mm > self.bounds.right()
            || r.bottom() < self.bounds.y_mm
            || r.y_mm > self.bounds.bottom()
        {
            return None;
        }
        Some((
            clip(r.x_mm, self.bounds.x_mm, self.cols),
            clip(r.y_mm, self.bounds.y_mm, self.rows),
            clip(r.right(), self.bounds.x_mm, self.cols),
            clip(r.bottom(), self.bounds.y_mm, self.rows),
        ))
    }

    /// True when no booth other than `a` and `b` stands on the floor between the two facing
    /// rectangles: "facing across an aisle" only counts across open floor.
    pub fn open_floor_between(
        &self,
        (a_id, a): (BoothId, &Rect),
        (b_id, b): (BoothId, &Rect),
        scratch: &mut Vec<u32>,
    ) -> bool {
        let floor = super::geom::between_rect(a, b);
        self.query(&floor, scratch);
        !scratch.iter().any(|&i| {
            let item = &self.items[i as usize];
            matches!(item.kind, ItemKind::Booth(id) if id != a_id && id != b_id)
                && item.rect.overlaps(&floor)
        })
    }

    /// The booths whose rectangles the index finds in `area`, in id order, each once.
    pub fn booths_in(&self, area: &Rect) -> Vec<BoothId> {
        let mut found = Vec::new();
        self.query(area, &mut found);
        let mut ids: Vec<BoothId> = found
            .iter()
            .filter_map(|i| match self.items.get(*i as usize)?.kind {
                ItemKind::Booth(id) => Some(id),
                _ => None,
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Indices (into `items`) of everything whose rectangle touches or overlaps `area`
    /// (closed boxes: sharing an edge counts), without repeats, in ascending order.
    pub fn query(&self, area: &Rect, out: &mut Vec<u32>) {
        out.clear();
        let cells = self.cell_range(area);
        // Found exactly as if the index had been built with them: an index whose bounds cover
        // all its items would have grown to hold them; one with fixed bounds holds only those
        // inside its grid.
        out.extend(self.extra.iter().filter(|&&i| {
            let rect = &self.items[i as usize].rect;
            touches(rect, area)
                && (self.covers_all || (cells.is_some() && self.cell_range(rect).is_some()))
        }));
        let Some((c0, r0, c1, r1)) = cells else {
            out.sort_unstable();
            out.dedup();
            return;
        };
        for r in r0..=r1 {
            for c in c0..=c1 {
                let cell = r * self.cols + c;
                let (a, b) = (self.starts[cell] as usize, self.starts[cell + 1] as usize);
                for &i in &self.entries[a..b] {
                    // A moved item's entries are where it was: it is found through `extra`.
                    let moved = self.in_extra.get(i as usize).copied().unwrap_or(false);
                    if !moved && touches(&self.items[i as usize].rect, area) {
                        out.push(i);
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
    }
}

/// True when two closed boxes meet (overlap or share an edge or a corner).
pub fn touches(a: &Rect, b: &Rect) -> bool {
    !a.is_empty()
        && !b.is_empty()
        && a.x_mm <= b.right()
        && b.x_mm <= a.right()
        && a.y_mm <= b.bottom()
        && b.y_mm <= a.bottom()
}

fn isqrt(v: i128) -> i64 {
    let mut x = (v as f64).sqrt() as i128;
    while x * x > v {
        x -= 1;
    }
    while (x + 1) * (x + 1) <= v {
        x += 1;
    }
    x.min(i128::from(i64::MAX)) as i64
}

/// One index of every booth of the plan that lies within measuring range (see
/// [`super::geom::in_range`]), covering the box around all of them.
pub fn booth_index(plan: &Plan) -> HallIndex {
    let items: Vec<Item> = plan
        .booths
        .iter()
        .filter(|(_, b)| !b.rect.is_empty() && super::geom::in_range(&b.rect))
        .map(|(id, b)| Item {
            kind: ItemKind::Booth(*id),
            rect: b.rect,
        })
        .collect();
    let bounds = items
        .iter()
        .fold(Rect::default(), |acc, i| acc.union_bounds(&i.rect))
        .expanded(1);
    let mut index = HallIndex::new(bounds, items);
    index.covers_all = true;
    index
}

/// Indexes of every hall of a plan.
#[derive(Clone, Debug, Default)]
pub struct SiteIndex {
    /// One index per hall.
    pub halls: BTreeMap<HallId, HallIndex>,
}

impl SiteIndex {
    /// Indexes the plan; walls reach `margin_mm` beyond each hall's bounds.
    pub fn new(plan: &Plan, margin_mm: i64) -> Self {
        let mut items: BTreeMap<HallId, Vec<Item>> =
            plan.halls.keys().map(|id| (*id, Vec::new())).collect();
        for (id, booth) in &plan.booths {
            if let Some(v) = items.get_mut(&booth.hall) {
                v.push(Item {
                    kind: ItemKind::Booth(*id),
                    rect: booth.rect,
                });
            }
        }
        for (id, obstacle) in &plan.obstacles {
            if let Some(v) = items.get_mut(&obstacle.hall) {
                v.push(Item {
                    kind: ItemKind::Obstacle(*id, obstacle.kind),
                    rect: obstacle.rect,
                });
            }
        }
        let mut halls = BTreeMap::new();
        for (id, mut hall_items) in items {
            let hall = &plan.halls[&id];
            let bounds = hall.bounds().expanded(margin_mm.max(1));
            for wall in complement_within(&bounds, &hall.outline) {
                hall_items.push(Item {
                    kind: ItemKind::Wall,
                    rect: wall,
                });
            }
            halls.insert(id, HallIndex::new(bounds, hall_items));
        }
        Self { halls }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_finds_neighbours_once() {
        let items = (0..100)
            .map(|i| Item {
                kind: ItemKind::Wall,
                rect: Rect::new(i * 3000, 0, 3000, 3000),
            })
            .collect();
        let index = HallIndex::new(Rect::new(0, 0, 300_000, 10_000), items);
        let mut out = Vec::new();
        index.query(&Rect::new(30_000, 0, 3000, 3000), &mut out);
        assert_eq!(out, vec![9, 10, 11]);
    }

    #[test]
    fn isqrt_is_exact() {
        assert_eq!(isqrt(0), 0);
        assert_eq!(isqrt(15), 3);
        assert_eq!(isqrt(16), 4);
        assert_eq!(isqrt(1i128 << 62), 1i64 << 31);
    }
}
