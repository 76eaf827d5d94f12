//! Minimum-cost flow by successive shortest paths (Dijkstra with potentials), for the
//! allocator's transport problem between classes of companies and classes of booths. Small
//! graphs (hundreds of nodes), exact integer costs, deterministic.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// One arc of the residual graph.
#[derive(Clone, Debug)]
struct Arc {
    to: usize,
    /// Remaining capacity.
    cap: i64,
    cost: i128,
    /// Index of the reverse arc in `to`'s list.
    rev: usize,
}

/// A flow network.
#[derive(Clone, Debug, Default)]
pub struct Network {
    arcs: Vec<Vec<Arc>>,
}

impl Network {
    /// A network of `nodes` nodes and no arcs.
    pub fn new(nodes: usize) -> Self {
        Self {
            arcs: vec![Vec::new(); nodes],
        }
    }

    /// Adds an arc of capacity `cap` and cost per unit `cost` (never negative); its handle for
    /// [`Network::flow_on`].
    pub fn add(&mut self, from: usize, to: usize, cap: i64, cost: i128) -> (usize, usize) {
        debug_assert_ne!(from, to, "no loops");
        let (forward, backward) = (self.arcs[from].len(), self.arcs[to].len());
        self.arcs[from].push(Arc {
            to,
            cap,
            cost,
            rev: backward,
        });
        self.arcs[to].push(Arc {
            to: from,
            cap: 0,
            cost: -cost,
            rev: forward,
        });
        (from, forward)
    }

    /// The flow on an arc added with [`Network::add`] (the capacity its reverse has gained).
    pub fn flow_on(&self, (from, i): (usize, usize)) -> i64 {
        let a = &self.arcs[from][i];
        self.arcs[a.to][a.rev].cap
    }

    /// Sends as much flow as possible (at most `limit`) from `source` to `sink` at least
    /// cost; the amount sent.
    pub fn min_cost_flow(&mut self, source: usize, sink: usize, limit: i64) -> i64 {
        let n = self.arcs.len();
        let mut potential = vec![0i128; n];
        let mut sent = 0;
        while sent < limit {
            // Shortest paths on reduced costs (never negative thanks to the potentials).
            let mut dist: Vec<Option<i128>> = vec![None; n];
            let mut back: Vec<Option<(usize, usize)>> = vec![None; n];
            let mut heap = BinaryHeap::new();
            dist[source] = Some(0);
            heap.push(Reverse((0i128, source)));
            while let Some(Reverse((d, u))) = heap.pop() {
                if dist[u].is_some_and(|best| d > best) {
                    continue;
                }
                for (i, a) in self.arcs[u].iter().enumerate() {
                    if a.cap <= 0 {
                        continue;
                    }
                    let nd = d + a.cost + potential[u] - potential[a.to];
                    if dist[a.to].is_none_or(|best| nd < best) {
                        dist[a.to] = Some(nd);
                        back[a.to] = Some((u, i));
                        heap.push(Reverse((nd, a.to)));
                    }
                }
            }
            if dist[sink].is_none() {
                break;
            }
            for (p, d) in potential.iter_mut().zip(&dist) {
                if let Some(d) = d {
                    *p += d;
                }
            }
            // The bottleneck along the path, then push it.
            let mut push = limit - sent;
            let mut v = sink;
            while let Some((u, i)) = back[v] {
                push = push.min(self.arcs[u][i].cap);
                v = u;
            }
            let mut v = sink;
            while let Some((u, i)) = back[v] {
                self.arcs[u][i].cap -= push;
                let (to, rev) = (self.arcs[u][i].to, self.arcs[u][i].rev);
                self.arcs[to][rev].cap += push;
                v = u;
            }
            sent += push;
        }
        sent
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cheaper_route_is_taken_first_and_capacity_respected() {
        // 0 → 1 → 3 costs 2, 0 → 2 → 3 costs 5; each route carries 2 at most.
        let mut n = Network::new(4);
        let a = n.add(0, 1, 2, 1);
        n.add(1, 3, 2, 1);
        let b = n.add(0, 2, 5, 2);
        n.add(2, 3, 5, 3);
        assert_eq!(n.min_cost_flow(0, 3, 3), 3);
        assert_eq!((n.flow_on(a), n.flow_on(b)), (2, 1));
    }

    #[test]
    fn a_later_path_may_undo_an_earlier_choice() {
        // Two companies, two booths: greedy puts the first in the booth the second needs.
        // Company 1 (node 1) fits both booths (3, 4); company 2 (node 2) fits booth 3 only.
        let mut n = Network::new(6);
        n.add(0, 1, 1, 0);
        n.add(0, 2, 1, 0);
        let c1b3 = n.add(1, 3, 1, 0);
        let c1b4 = n.add(1, 4, 1, 1);
        let c2b3 = n.add(2, 3, 1, 0);
        n.add(3, 5, 1, 0);
        n.add(4, 5, 1, 0);
        assert_eq!(n.min_cost_flow(0, 5, 2), 2);
        assert_eq!(
            (n.flow_on(c1b3), n.flow_on(c1b4), n.flow_on(c2b3)),
            (0, 1, 1)
        );
    }
}
