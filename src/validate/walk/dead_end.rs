//! Dead ends: the parts of the walking field from which visitors can go only one way.
//!
//! # Model
//! A cross-section of a passage is a *chord*: a maximal run of walkable cells along one grid
//! row (or one column), from blocker to blocker, at most three minimum aisles wide. The field
//! is cut into nodes: every chord is one node, and the pieces of floor between chords are the
//! others. A node every route from a place to the doors must pass through is where that place's
//! dead end opens: found as the articulation points of the node graph with one extra node, the
//! way out, joined to every node that holds a door's reach (Tarjan's low points). Everything cut
//! off behind the outermost such node is one dead end. A pillar or an island inside a passage
//! gives two ways round it, but both lead back through the same mouth, so it opens nothing; a
//! second way to the floor where visitors can choose, or a door, does. Rows and columns are cut
//! in two separate passes, so passages running either way are seen.
//!
//! A chord runs from one flank of a passage to the other, across any pillar or island standing
//! free in it: the lanes either side of a pillar at the mouth of a dead end are one cross-section
//! (a fire there closes both), so the dead end reaches out to the mouth. A chord whose flanks
//! are different blockers has a way round it and cuts nothing, so it is not made a node.
//!
//! Floor wider than three minimum aisles is open floor, not a passage: visitors can turn and
//! pass each other there, and the travel-distance rule governs it.
//!
//! A dead end's length is the walk from its mouth (the edge of the node where visitors can
//! choose again) to its farthest point, on the centre line of a stream the minimum aisle wide.
//! In the walking field a straight dead-end aisle is exactly as long as the real one (its mouth
//! and its closed end both move by half an aisle); a bent one is measured over cell centres,
//! which is never shorter than the true walk.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::{Field, len};

/// How many minimum aisles wide a cross-section may be and still be one passage.
pub const PASSAGE_AISLES: i64 = 3;

const NONE: u32 = u32::MAX;

/// A dead end longer than the limit.
#[derive(Clone, Debug)]
pub struct DeadEnd {
    /// Walk from the mouth to the farthest point, in millimetres.
    pub length_mm: f64,
    /// The farthest point (millimetres): the closed end.
    pub far_mm: (i64, i64),
}

/// Dead ends of one hall longer than the limit, and which cells each covers.
pub struct DeadEnds {
    /// Each dead end, longest first.
    pub list: Vec<DeadEnd>,
    /// For each cell, the index in `list` of the dead end holding it (`u32::MAX`: none).
    owner: Vec<u32>,
}

impl DeadEnds {
    /// The dead end the open faces of a booth give onto, if any.
    pub fn of_booth(&self, field: &Field, faces: &super::Faces) -> Option<usize> {
        let mut found = None;
        for seg in faces.rings(field.half) {
            field.cells_touching(seg, |i| {
                let o = self.owner[i];
                if o != NONE {
                    found = Some(found.map_or(o as usize, |f: usize| f.min(o as usize)));
                }
            });
        }
        found
    }
}

/// Union-find with path halving.
struct Sets(Vec<u32>);

impl Sets {
    fn new(n: usize) -> Self {
        Self((0..n as u32).collect())
    }

    fn find(&mut self, mut a: u32) -> u32 {
        while self.0[a as usize] != a {
            let up = self.0[self.0[a as usize] as usize];
            self.0[a as usize] = up;
            a = up;
        }
        a
    }

    fn union(&mut self, a: u32, b: u32) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[a.max(b) as usize] = a.min(b);
        }
    }
}

/// One candidate branch: its cells' distances are in the pass's scratch.
struct Branch {
    length: f64,
    far: usize,
    cells: Vec<u32>,
}

impl Field {
    /// The dead ends longer than `limit_mm`, where a passage is at most `max_width_mm` wide.
    pub fn dead_ends(&self, max_width_mm: i64, limit_mm: i64) -> DeadEnds {
        let n = self.cols * self.rows;
        let mut owner = vec![NONE; n];
        let mut list = Vec::new();
        if self.doors.is_empty() || n == 0 {
            return DeadEnds { list, owner };
        }
        let mut blockers = self.blocker_sets();
        let mut door = vec![false; n];
        for d in &self.doors {
            let r = d.reach;
            self.cells_touching(((r.x0, r.y0), (r.x1, r.y1)), |i| door[i] = true);
        }
        let limit = limit_mm as f64 * 2.0;
        let mut branches: Vec<Branch> = Vec::new();
        for across_rows in [true, false] {
            branches.extend(
                self.branches(
                    &mut blockers,
                    &door,
                    across_rows,
                    max_width_mm.clamp(0, super::MAX_COORD_MM) * 2,
                )
                .into_iter()
                .filter(|b| b.length > limit),
            );
        }
        // Longest first; a branch whose closed end lies in one already taken is the same dead
        // end seen across the other grid direction.
        branches.sort_by(|a, b| b.length.total_cmp(&a.length).then(a.far.cmp(&b.far)));
        for b in branches {
            if owner[b.far] != NONE {
                continue;
            }
            let k = list.len() as u32;
            for c in &b.cells {
                if owner[*c as usize] == NONE {
                    owner[*c as usize] = k;
                }
            }
            let (x, y) = self.centre(b.far);
            list.push(DeadEnd {
                length_mm: b.length / 2.0,
                far_mm: ((x / 2.0).round() as i64, (y / 2.0).round() as i64),
            });
        }
        DeadEnds { list, owner }
    }

    /// Connected blockers (cells not walkable, 8-neighbours; everything beyond the grid is one
    /// blocker, index `n`).
    fn blocker_sets(&self) -> Sets {
        let (cols, rows) = (self.cols, self.rows);
        let n = cols * rows;
        let mut sets = Sets::new(n + 1);
        for r in 0..rows {
            for c in 0..cols {
                let i = r * cols + c;
                if self.walk[i] {
                    continue;
                }
                if r == 0 || c == 0 || r + 1 == rows || c + 1 == cols {
                    sets.union(i as u32, n as u32);
                }
                let mut join = |j: usize| {
                    if !self.walk[j] {
                        sets.union(i as u32, j as u32);
                    }
                };
                if c + 1 < cols {
                    join(i + 1);
                }
                if r + 1 < rows {
                    join(i + cols);
                    if c + 1 < cols {
                        join(i + cols + 1);
                    }
                    if c > 0 {
                        join(i + cols - 1);
                    }
                }
            }
        }
        sets
    }

    /// The branches off the door-linking part of the field, cutting along chords across rows
    /// (`across_rows`: runs along each grid row) or columns, at most `max_width` (doubled
    /// millimetres) wide.
    #[expect(
        clippy::too_many_lines,
        reason = "one graph built and searched in order: chords, pieces, edges, low points"
    )]
    fn branches(
        &self,
        blockers: &mut Sets,
        door: &[bool],
        across_rows: bool,
        max_width: i64,
    ) -> Vec<Branch> {
        let (cols, rows) = (self.cols, self.rows);
        let n = cols * rows;
        let outer = n as u32;
        // Lines along the chord and across it, as (count of lines - 1, cell index of (line, k)).
        let (lines, len) = if across_rows {
            (rows, cols)
        } else {
            (cols, rows)
        };
        let at = |line: usize, k: usize| {
            if across_rows {
                line * cols + k
            } else {
                k * cols + line
            }
        };
        let coord = |k: usize| if across_rows { self.xs[k] } else { self.ys[k] };

        // Nodes: cutting chords first, then the pieces between them. A chord runs from one
        // flank of a passage to the other across the walkable runs of one line and any
        // free-standing blockers between them (a pillar or an island in the passage): it cuts
        // when both flanks are one connected blocker.
        let mut node = vec![NONE; n];
        let mut nodes = 0u32;
        let mut runs: Vec<(usize, usize, u32, u32)> = Vec::new();
        for line in 0..lines {
            runs.clear();
            let mut k = 0;
            while k < len {
                if !self.walk[at(line, k)] {
                    k += 1;
                    continue;
                }
                let start = k;
                while k < len && self.walk[at(line, k)] {
                    k += 1;
                }
                let before = if start == 0 {
                    outer
                } else {
                    at(line, start - 1) as u32
                };
                let after = if k == len { outer } else { at(line, k) as u32 };
                runs.push((start, k, blockers.find(before), blockers.find(after)));
            }
            let mut i = 0;
            while i < runs.len() {
                let (start, _, flank, _) = runs[i];
                // The nearest run on from here that ends on the same blocker, if the whole
                // cross-section is no wider than a passage.
                let mut end = None;
                for (j, &(_, stop, _, after)) in runs.iter().enumerate().skip(i) {
                    if coord(stop) - coord(start) + 2 * self.half > max_width {
                        break;
                    }
                    if after == flank {
                        end = Some(j);
                        break;
                    }
                }
                let Some(j) = end else {
                    i += 1;
                    continue;
                };
                for &(a, b, _, _) in &runs[i..=j] {
                    for c in a..b {
                        node[at(line, c)] = nodes;
                    }
                }
                nodes += 1;
                i = j + 1;
            }
        }
        let mut pieces = Sets::new(n);
        for i in 0..n {
            if !self.walk[i] || node[i] != NONE {
                continue;
            }
            let (c, r) = (i % cols, i / cols);
            if c + 1 < cols && self.walk[i + 1] && node[i + 1] == NONE {
                pieces.union(i as u32, i as u32 + 1);
            }
            if r + 1 < rows && self.walk[i + cols] && node[i + cols] == NONE {
                pieces.union(i as u32, (i + cols) as u32);
            }
        }
        let mut piece_node = vec![NONE; n];
        for (i, slot) in node.iter_mut().enumerate() {
            if self.walk[i] && *slot == NONE {
                let root = pieces.find(i as u32) as usize;
                if piece_node[root] == NONE {
                    piece_node[root] = nodes;
                    nodes += 1;
                }
                *slot = piece_node[root];
            }
        }
        let count = nodes as usize;

        // Edges between nodes whose cells touch (4-neighbours). The same pair may be joined
        // many times: articulation points do not change with repeated edges.
        let mut edges: Vec<(u32, u32)> = Vec::new();
        for i in 0..n {
            let a = node[i];
            if a == NONE {
                continue;
            }
            let (c, r) = (i % cols, i / cols);
            for j in [
                (c + 1 < cols).then_some(i + 1),
                (r + 1 < rows).then_some(i + cols),
            ]
            .into_iter()
            .flatten()
            {
                let b = node[j];
                if b != NONE && b != a {
                    edges.push((a.min(b), a.max(b)));
                }
            }
        }
        let mut has_door = vec![false; count];
        for i in 0..n {
            if door[i] && node[i] != NONE {
                has_door[node[i] as usize] = true;
            }
        }
        // One more node, the way out, joined to every node holding a door's reach.
        let root = count as u32;
        edges.extend(
            (0..count as u32)
                .filter(|v| has_door[*v as usize])
                .map(|v| (v, root)),
        );
        let graph = Csr::new(count + 1, &edges);
        let (parent, order, cut_off) = graph.separations(root);

        // A branch hangs off a node (its mouth) that every route from it to the way out passes
        // through; only the outermost are kept (order is depth-first: parents come first).
        let mut branch_of = vec![NONE; count + 1];
        let mut mouths: Vec<u32> = Vec::new();
        for &v in &order[1..] {
            let (v, p) = (v as usize, parent[v as usize]);
            branch_of[v] = if branch_of[p as usize] != NONE {
                branch_of[p as usize]
            } else if cut_off[v] && p != root {
                mouths.push(p);
                (mouths.len() - 1) as u32
            } else {
                NONE
            };
        }
        if mouths.is_empty() {
            return Vec::new();
        }
        let mut cells: Vec<Vec<u32>> = vec![Vec::new(); mouths.len()];
        for i in 0..n {
            if node[i] != NONE {
                let b = branch_of[node[i] as usize];
                if b != NONE {
                    cells[b as usize].push(i as u32);
                }
            }
        }
        let mut dist = vec![f64::INFINITY; n];
        mouths
            .iter()
            .zip(cells)
            .enumerate()
            .map(|(k, (&mouth, cells))| {
                let (length, far) =
                    self.branch_length(&node, &branch_of, k as u32, mouth, &cells, &mut dist);
                Branch { length, far, cells }
            })
            .collect()
    }

    /// The walk from the mouth (the node `mouth`) of branch `b` to its farthest point, and the
    /// cell where it ends (doubled millimetres).
    fn branch_length(
        &self,
        node: &[u32],
        branch_of: &[u32],
        b: u32,
        mouth: u32,
        cells: &[u32],
        dist: &mut [f64],
    ) -> (f64, usize) {
        let cols = self.cols;
        let inside = |j: usize| node[j] != NONE && branch_of[node[j] as usize] == b;
        let half_w = |i: usize| (self.xs[i % cols + 1] - self.xs[i % cols]) as f64 / 2.0;
        let half_h = |i: usize| (self.ys[i / cols + 1] - self.ys[i / cols]) as f64 / 2.0;
        let mut heap: BinaryHeap<Reverse<(u64, u32)>> = BinaryHeap::new();
        // Seeds: cells touching the mouth, from the shared edge to the centre.
        for &c in cells {
            let i = c as usize;
            let (x, y) = (i % cols, i / cols);
            let mut d = f64::INFINITY;
            if x > 0 && node[i - 1] == mouth || x + 1 < cols && node[i + 1] == mouth {
                d = d.min(half_w(i));
            }
            if y > 0 && node[i - cols] == mouth || y + 1 < self.rows && node[i + cols] == mouth {
                d = d.min(half_h(i));
            }
            if d.is_finite() {
                dist[i] = d;
                heap.push(Reverse((d.to_bits(), c)));
            }
        }
        while let Some(Reverse((bits, v))) = heap.pop() {
            let v = v as usize;
            let d = f64::from_bits(bits);
            if d > dist[v] {
                continue;
            }
            let (x, y) = (v % cols, v / cols);
            let p = self.centre(v);
            let left = x > 0 && inside(v - 1);
            let right = x + 1 < cols && inside(v + 1);
            let up = y > 0 && inside(v - cols);
            let down = y + 1 < self.rows && inside(v + cols);
            let mut next: [Option<usize>; 8] = [None; 8];
            next[0] = left.then(|| v - 1);
            next[1] = right.then(|| v + 1);
            next[2] = up.then(|| v - cols);
            next[3] = down.then(|| v + cols);
            next[4] = (up && left && inside(v - cols - 1)).then(|| v - cols - 1);
            next[5] = (up && right && inside(v - cols + 1)).then(|| v - cols + 1);
            next[6] = (down && left && inside(v + cols - 1)).then(|| v + cols - 1);
            next[7] = (down && right && inside(v + cols + 1)).then(|| v + cols + 1);
            for u in next.into_iter().flatten() {
                let q = self.centre(u);
                let nd = d + len(p.0 - q.0, p.1 - q.1);
                if nd < dist[u] {
                    dist[u] = nd;
                    heap.push(Reverse((nd.to_bits(), u as u32)));
                }
            }
        }
        let mut best = (0.0, cells.first().map_or(0, |c| *c as usize));
        for &c in cells {
            let i = c as usize;
            if dist[i].is_finite() {
                // From the centre on to the cell's far side.
                let l = dist[i] + half_w(i).max(half_h(i));
                if l > best.0 {
                    best = (l, i);
                }
            }
        }
        (best.0, best.1)
    }
}

/// An undirected graph in compressed rows.
struct Csr {
    start: Vec<usize>,
    adj: Vec<u32>,
}

impl Csr {
    fn new(count: usize, edges: &[(u32, u32)]) -> Self {
        let mut start = vec![0usize; count + 1];
        for (a, b) in edges {
            start[*a as usize + 1] += 1;
            start[*b as usize + 1] += 1;
        }
        for k in 0..count {
            start[k + 1] += start[k];
        }
        let mut fill = start.clone();
        let mut adj = vec![0u32; edges.len() * 2];
        for (a, b) in edges {
            adj[fill[*a as usize]] = *b;
            fill[*a as usize] += 1;
            adj[fill[*b as usize]] = *a;
            fill[*b as usize] += 1;
        }
        Self { start, adj }
    }

    fn next(&self, v: usize) -> &[u32] {
        &self.adj[self.start[v]..self.start[v + 1]]
    }

    /// A depth-first search from `root` (Tarjan's low points, without recursion): each node's
    /// parent, the nodes in the order found, and for each node whether its whole subtree is
    /// cut off from everything above its parent once the parent is taken away.
    fn separations(&self, root: u32) -> (Vec<u32>, Vec<u32>, Vec<bool>) {
        let count = self.start.len() - 1;
        let mut parent = vec![NONE; count];
        let mut found = vec![NONE; count];
        let mut low = vec![0u32; count];
        let mut cut_off = vec![false; count];
        let mut order = Vec::new();
        let mut stack: Vec<(u32, usize)> = vec![(root, 0)];
        found[root as usize] = 0;
        low[root as usize] = 0;
        order.push(root);
        while let Some(top) = stack.last_mut() {
            let (v, k) = *top;
            let vs = v as usize;
            if let Some(&u) = self.next(vs).get(k) {
                top.1 += 1;
                let us = u as usize;
                if found[us] == NONE {
                    found[us] = order.len() as u32;
                    low[us] = found[us];
                    parent[us] = v;
                    order.push(u);
                    stack.push((u, 0));
                } else if u != parent[vs] {
                    low[vs] = low[vs].min(found[us]);
                }
            } else {
                stack.pop();
                let p = parent[vs];
                if p != NONE {
                    let ps = p as usize;
                    low[ps] = low[ps].min(low[vs]);
                    cut_off[vs] = low[vs] >= found[ps];
                }
            }
        }
        (parent, order, cut_off)
    }
}
