//! Every change to a plan is an [`Edit`] value, applied in one place ([`apply`]), which returns
//! the edit that undoes it. [`History`] keeps those inverses for unlimited undo and redo, groups
//! a drag into one step (a transaction), and knows whether the plan differs from the last save.

mod arrange;
mod build;
pub mod clip;
pub mod renumber;
pub mod reshape;

pub use arrange::{Arrange, arrange};
pub use build::{ExitPlacement, NEW_EXIT_WIDTH_MM};

use std::collections::BTreeMap;

use crate::model::{
    Booth, BoothId, BoothStatus, Exhibitor, ExhibitorId, Exit, ExitId, Hall, HallId, Meta,
    Obstacle, ObstacleId, Plan, Pricing, Rect, VenueRules, Zone, ZoneId,
};

/// One change to a plan. Entity edits put (`Some`) or remove (`None`) one record by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Put or remove a booth.
    Booth(BoothId, Option<Booth>),
    /// Put or remove an exhibitor.
    Exhibitor(ExhibitorId, Option<Exhibitor>),
    /// Put or remove an obstacle.
    Obstacle(ObstacleId, Option<Obstacle>),
    /// Put or remove an exit.
    Exit(ExitId, Option<Exit>),
    /// Put or remove a zone.
    Zone(ZoneId, Option<Zone>),
    /// Put or remove a hall.
    Hall(HallId, Option<Hall>),
    /// Put or remove a venue drawing.
    Drawing(crate::model::DrawingId, Option<crate::model::Drawing>),
    /// Replace the show's metadata.
    Meta(Meta),
    /// Replace the venue rules.
    Rules(VenueRules),
    /// Replace the pricing.
    Pricing(Pricing),
    /// Replace the list of merge conflicts still to resolve.
    Conflicts(Vec<crate::model::Conflict>),
    /// Several edits as one step, applied in order.
    Batch(Vec<Edit>),
}

fn put<K: Ord + Copy, V>(map: &mut BTreeMap<K, V>, id: K, value: Option<V>) -> Option<V> {
    match value {
        Some(v) => map.insert(id, v),
        None => map.remove(&id),
    }
}

/// Applies an edit and returns the edit that undoes it.
pub fn apply(plan: &mut Plan, edit: Edit) -> Edit {
    match edit {
        Edit::Booth(id, v) => Edit::Booth(id, put(&mut plan.booths, id, v)),
        Edit::Exhibitor(id, v) => Edit::Exhibitor(id, put(&mut plan.exhibitors, id, v)),
        Edit::Obstacle(id, v) => Edit::Obstacle(id, put(&mut plan.obstacles, id, v)),
        Edit::Exit(id, v) => Edit::Exit(id, put(&mut plan.exits, id, v)),
        Edit::Zone(id, v) => Edit::Zone(id, put(&mut plan.zones, id, v)),
        Edit::Hall(id, v) => Edit::Hall(id, put(&mut plan.halls, id, v)),
        Edit::Drawing(id, v) => Edit::Drawing(id, put(&mut plan.drawings, id, v)),
        Edit::Meta(m) => Edit::Meta(std::mem::replace(&mut plan.meta, m)),
        Edit::Rules(r) => Edit::Rules(std::mem::replace(&mut plan.rules, r)),
        Edit::Pricing(p) => Edit::Pricing(std::mem::replace(&mut plan.pricing, p)),
        Edit::Conflicts(c) => Edit::Conflicts(std::mem::replace(&mut plan.conflicts, c)),
        Edit::Batch(edits) => {
            let mut inverses: Vec<Edit> = edits.into_iter().map(|e| apply(plan, e)).collect();
            inverses.reverse();
            Edit::Batch(inverses)
        }
    }
}

/// Builders for the edits the editor makes, from the plan as it is.
impl Edit {
    /// Changes one booth through `f`; `None` when the booth does not exist.
    pub fn update_booth(plan: &Plan, id: BoothId, f: impl FnOnce(&mut Booth)) -> Option<Edit> {
        let mut booth = plan.booths.get(&id)?.clone();
        f(&mut booth);
        Some(Edit::Booth(id, Some(booth)))
    }

    /// Changes one exhibitor through `f`.
    pub fn update_exhibitor(
        plan: &Plan,
        id: ExhibitorId,
        f: impl FnOnce(&mut Exhibitor),
    ) -> Option<Edit> {
        let mut e = plan.exhibitors.get(&id)?.clone();
        f(&mut e);
        Some(Edit::Exhibitor(id, Some(e)))
    }

    /// Moves booths to new rectangles, as one step.
    pub fn set_rects(plan: &Plan, rects: impl IntoIterator<Item = (BoothId, Rect)>) -> Edit {
        Edit::Batch(
            rects
                .into_iter()
                .filter_map(|(id, r)| Edit::update_booth(plan, id, |b| b.rect = r))
                .collect(),
        )
    }

    /// Allocates an exhibitor to a booth: it becomes reserved unless already sold. Whoever held
    /// the booth before loses it.
    pub fn allocate(plan: &Plan, booth: BoothId, exhibitor: ExhibitorId) -> Option<Edit> {
        Edit::update_booth(plan, booth, |b| {
            b.exhibitor = Some(exhibitor);
            if b.status != BoothStatus::Sold {
                b.status = BoothStatus::Reserved;
            }
        })
    }

    /// Frees a booth: no exhibitor, available again.
    pub fn unassign(plan: &Plan, booth: BoothId) -> Option<Edit> {
        Edit::update_booth(plan, booth, |b| {
            b.exhibitor = None;
            b.status = BoothStatus::Available;
        })
    }

    /// Removes booths.
    pub fn remove_booths(ids: impl IntoIterator<Item = BoothId>) -> Edit {
        Edit::Batch(ids.into_iter().map(|id| Edit::Booth(id, None)).collect())
    }

    /// Removes an exhibitor, freeing its booths and dropping it from competitor lists.
    pub fn remove_exhibitor(plan: &Plan, id: ExhibitorId) -> Edit {
        let mut edits: Vec<Edit> = plan
            .booths_of(id)
            .filter_map(|(b, _)| Edit::unassign(plan, b))
            .collect();
        for (other, e) in &plan.exhibitors {
            if e.competitors.contains(&id) {
                edits.extend(Edit::update_exhibitor(plan, *other, |e| {
                    e.competitors.remove(&id);
                }));
            }
        }
        edits.push(Edit::Exhibitor(id, None));
        Edit::Batch(edits)
    }

    /// True when the edit changes nothing in `plan`.
    pub fn is_noop(&self, plan: &Plan) -> bool {
        match self {
            Edit::Booth(id, v) => plan.booths.get(id) == v.as_ref(),
            Edit::Exhibitor(id, v) => plan.exhibitors.get(id) == v.as_ref(),
            Edit::Obstacle(id, v) => plan.obstacles.get(id) == v.as_ref(),
            Edit::Exit(id, v) => plan.exits.get(id) == v.as_ref(),
            Edit::Zone(id, v) => plan.zones.get(id) == v.as_ref(),
            Edit::Hall(id, v) => plan.halls.get(id) == v.as_ref(),
            Edit::Drawing(id, v) => plan.drawings.get(id) == v.as_ref(),
            Edit::Meta(m) => plan.meta == *m,
            Edit::Rules(r) => plan.rules == *r,
            Edit::Pricing(p) => plan.pricing == *p,
            Edit::Conflicts(c) => plan.conflicts == *c,
            Edit::Batch(edits) => {
                // Conservative: a batch is a no-op only if every part is, on the plan as it is.
                edits.iter().all(|e| e.is_noop(plan))
            }
        }
    }
}

/// Undo and redo stacks of inverse edits, with transactions and the saved point.
#[derive(Debug, Default)]
pub struct History {
    /// Inverses of applied steps, newest last.
    undo: Vec<Edit>,
    /// Inverses of undone steps (edits that redo them), newest last.
    redo: Vec<Edit>,
    /// Undo depth at the last save; `None` when that state can no longer be reached.
    saved_depth: Option<usize>,
    /// Inverses gathered by the open transaction, in application order.
    transaction: Option<Vec<Edit>>,
}

impl Edit {
    /// True when the edit changes venue drawings only.
    pub fn only_drawings(&self) -> bool {
        match self {
            Edit::Drawing(..) => true,
            Edit::Batch(edits) => edits.iter().all(Edit::only_drawings),
            _ => false,
        }
    }

    /// Changes every drawing this edit puts (inside batches too) through `f`.
    pub fn for_each_drawing(&mut self, f: &mut impl FnMut(&mut crate::model::Drawing)) {
        match self {
            Edit::Drawing(_, Some(d)) => f(d),
            Edit::Batch(edits) => edits.iter_mut().for_each(|e| e.for_each_drawing(f)),
            _ => {}
        }
    }
}

impl History {
    /// Changes every drawing the undo and redo steps would put back through `f` (a drawing's
    /// file named anew when the plan is saved elsewhere).
    pub fn for_each_drawing(&mut self, mut f: impl FnMut(&mut crate::model::Drawing)) {
        for e in self
            .undo
            .iter_mut()
            .chain(self.redo.iter_mut())
            .chain(self.transaction.iter_mut().flatten())
        {
            e.for_each_drawing(&mut f);
        }
    }

    /// A history whose current state is the saved one.
    pub fn new() -> Self {
        Self {
            saved_depth: Some(0),
            ..Self::default()
        }
    }

    /// Applies an edit as one undoable step (or as part of the open transaction).
    pub fn apply(&mut self, plan: &mut Plan, edit: Edit) {
        if edit.is_noop(plan) {
            return;
        }
        let inverse = apply(plan, edit);
        if let Some(t) = &mut self.transaction {
            t.push(inverse);
        } else {
            self.push_step(inverse);
        }
    }

    fn push_step(&mut self, inverse: Edit) {
        if self.saved_depth.is_some_and(|d| d > self.undo.len()) {
            self.saved_depth = None; // The saved state was on the redo branch we drop.
        }
        self.redo.clear();
        self.undo.push(inverse);
    }

    /// Starts a transaction (a drag): its edits apply at once and become one step on commit.
    pub fn begin(&mut self) {
        if self.transaction.is_none() {
            self.transaction = Some(Vec::new());
        }
    }

    /// True while a transaction is open.
    pub fn in_transaction(&self) -> bool {
        self.transaction.is_some()
    }

    /// Ends the transaction as one undo step (nothing when it changed nothing).
    pub fn commit(&mut self) {
        if let Some(mut inverses) = self.transaction.take()
            && !inverses.is_empty()
        {
            inverses.reverse();
            self.push_step(Edit::Batch(inverses));
        }
    }

    /// Rolls the transaction back, leaving the plan as it was at `begin`.
    pub fn abort(&mut self, plan: &mut Plan) {
        if let Some(inverses) = self.transaction.take() {
            for inverse in inverses.into_iter().rev() {
                apply(plan, inverse);
            }
        }
    }

    /// Undoes the last step; false when there is none.
    pub fn undo(&mut self, plan: &mut Plan) -> bool {
        self.abort(plan);
        let Some(inverse) = self.undo.pop() else {
            return false;
        };
        self.redo.push(apply(plan, inverse));
        true
    }

    /// Redoes the last undone step; false when there is none.
    pub fn redo(&mut self, plan: &mut Plan) -> bool {
        self.abort(plan);
        let Some(edit) = self.redo.pop() else {
            return false;
        };
        self.undo.push(apply(plan, edit));
        true
    }

    /// True when there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Marks the current state as saved.
    pub fn mark_saved(&mut self) {
        self.saved_depth = Some(self.undo.len());
    }

    /// Marks the current state as not saved anywhere (restored work, a new plan from a
    /// template).
    pub fn mark_unsaved(&mut self) {
        self.saved_depth = None;
    }

    /// True when the plan differs from the saved state (or a transaction is open).
    pub fn is_dirty(&self) -> bool {
        self.transaction.as_ref().is_some_and(|t| !t.is_empty())
            || self.saved_depth != Some(self.undo.len())
    }

    /// Number of steps that can be undone.
    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{HallId, Rect};

    fn plan_with_booth() -> (Plan, BoothId) {
        let mut plan = Plan::default();
        let id = BoothId(1);
        plan.booths.insert(
            id,
            Booth {
                number: "A-1".into(),
                hall: HallId(1),
                rect: Rect::new(0, 0, 3000, 3000),
                status: BoothStatus::Available,
                price_override_minor: None,
                exhibitor: None,
            },
        );
        (plan, id)
    }

    #[test]
    fn undo_restores_and_redo_reapplies() {
        let (mut plan, id) = plan_with_booth();
        let before = plan.clone();
        let mut h = History::new();
        let edit = Edit::set_rects(&plan, [(id, Rect::new(1000, 0, 3000, 3000))]);
        h.apply(&mut plan, edit);
        let after = plan.clone();
        assert!(h.is_dirty());
        assert!(h.undo(&mut plan));
        assert_eq!(plan, before);
        assert!(!h.is_dirty(), "back at the saved point");
        assert!(h.redo(&mut plan));
        assert_eq!(plan, after);
        assert!(!h.redo(&mut plan));
    }

    #[test]
    fn a_drag_is_one_step_and_abort_rolls_back() {
        let (mut plan, id) = plan_with_booth();
        let before = plan.clone();
        let mut h = History::new();
        h.begin();
        for x in 1..=5 {
            let e = Edit::set_rects(&plan, [(id, Rect::new(x * 1000, 0, 3000, 3000))]);
            h.apply(&mut plan, e);
        }
        h.commit();
        assert_eq!(h.undo_depth(), 1);
        assert_eq!(plan.booths[&id].rect.x_mm, 5000);
        h.undo(&mut plan);
        assert_eq!(plan, before);

        h.begin();
        let e = Edit::set_rects(&plan, [(id, Rect::new(9000, 0, 3000, 3000))]);
        h.apply(&mut plan, e);
        h.abort(&mut plan);
        assert_eq!(plan, before);
        assert_eq!(h.undo_depth(), 0);
    }

    #[test]
    fn saved_point_lost_on_a_new_branch() {
        let (mut plan, id) = plan_with_booth();
        let mut h = History::new();
        let e = Edit::update_booth(&plan, id, |b| b.number = "A-2".into()).expect("booth");
        h.apply(&mut plan, e);
        h.mark_saved();
        h.undo(&mut plan);
        assert!(h.is_dirty());
        let e = Edit::update_booth(&plan, id, |b| b.number = "A-3".into()).expect("booth");
        h.apply(&mut plan, e);
        assert!(h.is_dirty(), "the saved state is gone for good");
    }

    #[test]
    fn no_op_edits_make_no_step() {
        let (mut plan, id) = plan_with_booth();
        let mut h = History::new();
        let e = Edit::update_booth(&plan, id, |_| {}).expect("booth");
        h.apply(&mut plan, e);
        assert!(!h.can_undo());
        assert!(!h.is_dirty());
    }

    #[test]
    fn removing_a_company_frees_its_booth_and_its_rivals_lists_and_undo_restores_all() {
        let (mut plan, id) = plan_with_booth();
        let (a, b) = (ExhibitorId(1), ExhibitorId(2));
        plan.exhibitors.insert(a, Exhibitor::new("A", 9_000_000));
        plan.exhibitors.insert(b, Exhibitor::new("B", 9_000_000));
        plan.exhibitors
            .get_mut(&b)
            .expect("b")
            .competitors
            .insert(a);
        let e = Edit::allocate(&plan, id, a).expect("booth");
        apply(&mut plan, e);
        let before = plan.clone();
        let mut h = History::new();
        let e = Edit::remove_exhibitor(&plan, a);
        h.apply(&mut plan, e);
        assert!(!plan.exhibitors.contains_key(&a));
        assert_eq!(plan.booths[&id].exhibitor, None);
        assert_eq!(plan.booths[&id].status, BoothStatus::Available);
        assert!(plan.exhibitors[&b].competitors.is_empty());
        assert_eq!(h.undo_depth(), 1);
        h.undo(&mut plan);
        assert_eq!(plan, before);
    }

    #[test]
    fn allocation_reserves_unless_sold() {
        let (mut plan, id) = plan_with_booth();
        let e = Edit::allocate(&plan, id, ExhibitorId(3)).expect("booth");
        apply(&mut plan, e);
        assert_eq!(plan.booths[&id].status, BoothStatus::Reserved);
        plan.booths.get_mut(&id).expect("booth").status = BoothStatus::Sold;
        let e = Edit::allocate(&plan, id, ExhibitorId(4)).expect("booth");
        apply(&mut plan, e);
        assert_eq!(plan.booths[&id].status, BoothStatus::Sold);
    }
}
