//! Renumbering a selection of booths as the block generator numbers them: hall code, row and
//! place in the row ("A-1203" is the third booth of row 12 in hall A). Rows are booths whose
//! fronts line up (same top edge), taken from the top down, each from left to right.

use std::collections::{BTreeMap, BTreeSet};

use super::Edit;
use crate::model::{BoothId, HallId, Plan};

/// New numbers for some booths, and the ones another booth already carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Renumbering {
    /// Each booth and its new number, in the order given.
    pub numbers: Vec<(BoothId, String)>,
    /// New numbers another (unselected) booth already has: the number and that booth.
    pub collisions: Vec<(String, BoothId)>,
}

impl Renumbering {
    /// The edit that gives every booth its new number (`None` when nothing changes).
    pub fn edit(&self, plan: &Plan) -> Option<Edit> {
        let edits: Vec<Edit> = self
            .numbers
            .iter()
            .filter_map(|(id, number)| {
                let b = plan.booths.get(id)?;
                (b.number != *number).then(|| {
                    let mut b = b.clone();
                    b.number.clone_from(number);
                    Edit::Booth(*id, Some(b))
                })
            })
            .collect();
        (!edits.is_empty()).then_some(Edit::Batch(edits))
    }
}

/// The row the next new block of a hall would get: one more than the highest in use.
pub fn next_row(plan: &Plan, hall: HallId) -> i64 {
    plan.halls.get(&hall).map_or(1, |h| {
        crate::layout::generate::next_row_number(plan, &h.code)
    })
}

/// Numbers `booths` from row `first_row` on, hall by hall.
pub fn renumber(plan: &Plan, booths: &[BoothId], first_row: i64) -> Renumbering {
    // Hall → row top edge → booths by left edge.
    let mut rows: BTreeMap<HallId, BTreeMap<i64, Vec<(i64, BoothId)>>> = BTreeMap::new();
    for id in booths {
        if let Some(b) = plan.booths.get(id) {
            rows.entry(b.hall)
                .or_default()
                .entry(b.rect.y_mm)
                .or_default()
                .push((b.rect.x_mm, *id));
        }
    }
    let selected: BTreeSet<BoothId> = booths.iter().copied().collect();
    let others: BTreeMap<String, BoothId> = plan
        .booths
        .iter()
        .filter(|(id, _)| !selected.contains(id))
        .map(|(id, b)| (crate::model::number_key(&b.number), *id))
        .collect();
    let mut out = Renumbering::default();
    for (hall, hall_rows) in rows {
        let code = plan.halls.get(&hall).map_or("", |h| h.code.as_str());
        for (r, (_, mut row)) in hall_rows.into_iter().enumerate() {
            row.sort_unstable();
            for (place, (_, id)) in row.into_iter().enumerate() {
                let number = format!(
                    "{code}-{}{:02}",
                    first_row.saturating_add(r as i64),
                    place + 1
                );
                if let Some(other) = others.get(&crate::model::number_key(&number)) {
                    out.collisions.push((number.clone(), *other));
                }
                out.numbers.push((id, number));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_from_the_top_places_from_the_left() {
        let plan = crate::demo::demo_plan();
        let id = |n: &str| {
            plan.booths
                .iter()
                .find(|(_, b)| b.number == n)
                .map(|(id, _)| *id)
                .expect("demo booth")
        };
        // share a front; A-701 is in a lower row.
        let picked = [id("A-701"), id("A-502"), id("A-501")];
        let r = renumber(&plan, &picked, 60);
        let got: BTreeMap<BoothId, String> = r.numbers.iter().cloned().collect();
        assert_eq!(got[&id("A-501")], "A-6001");
        assert_eq!(got[&id("A-502")], "A-6002");
        assert_eq!(got[&id("A-701")], "A-6101");
        assert!(r.collisions.is_empty());
        let mut after = plan.clone();
        crate::edit::apply(&mut after, r.edit(&plan).expect("changes"));
        assert_eq!(after.booths[&id("A-701")].number, "A-6101");
        // Row 1 is taken by A-101 … : each collision names the booth that has it.
        let clash = renumber(&plan, &[id("A-502")], 1);
        assert_eq!(clash.collisions, vec![("A-101".to_owned(), id("A-101"))]);
        assert!(next_row(&plan, plan.booths[&id("A-101")].hall) > 15);
    }
}
