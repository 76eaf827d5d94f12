use proptest::prelude::*;

use super::*;
use crate::edit::apply;

fn demo() -> Plan {
    crate::demo::demo_plan()
}

/// Pairs of free booths of one hall that share a whole side, side by side or back to back.
fn adjacent_free_pairs(plan: &Plan) -> Vec<(BoothId, BoothId)> {
    let mut pairs = Vec::new();
    for (a, x) in plan.booths.iter().filter(|(_, b)| b.is_free()) {
        for (b, y) in plan.booths.iter().filter(|(_, b)| b.is_free()) {
            let beside = y.rect.x_mm == x.rect.right()
                && (y.rect.y_mm, y.rect.d_mm) == (x.rect.y_mm, x.rect.d_mm);
            let behind = y.rect.y_mm == x.rect.bottom()
                && (y.rect.x_mm, y.rect.w_mm) == (x.rect.x_mm, x.rect.w_mm);
            if x.hall == y.hall && (beside || behind) {
                pairs.push((*a, *b));
            }
        }
    }
    pairs
}

fn free_booths(plan: &Plan) -> Vec<BoothId> {
    plan.booths
        .iter()
        .filter(|(_, b)| b.is_free())
        .map(|(id, _)| *id)
        .collect()
}

#[test]
fn two_booths_side_by_side_merge_into_the_first_and_undo_puts_both_back() {
    let mut plan = demo();
    let before = plan.clone();
    let (a, b) = adjacent_free_pairs(&plan)[0];
    let (ra, rb) = (plan.booths[&a].rect, plan.booths[&b].rect);
    let edit = merge_booths(&plan, &[a, b]).expect("merges");
    let undo = apply(&mut plan, edit);
    assert_eq!(plan.booths[&a].rect, ra.union_bounds(&rb));
    assert_eq!(
        plan.booths[&a].number, before.booths[&a].number,
        "the first's number"
    );
    assert!(!plan.booths.contains_key(&b));
    assert_eq!(plan.booths[&a].area_mm2(), ra.area_mm2() + rb.area_mm2());
    apply(&mut plan, undo);
    assert_eq!(plan, before);
}

#[test]
fn merging_refuses_gaps_companies_halls_and_a_single_booth() {
    let plan = demo();
    let (a, b) = adjacent_free_pairs(&plan)[0];
    assert_eq!(merge_booths(&plan, &[a]), Err(ReshapeError::TooFew));
    assert_eq!(merge_booths(&plan, &[a, a]), Err(ReshapeError::TooFew));
    // A free booth that does not touch `a`'s side: no rectangle.
    let far = free_booths(&plan)
        .into_iter()
        .find(|id| {
            let (x, y) = (&plan.booths[&a].rect, &plan.booths[id].rect);
            *id != a
                && *id != b
                && plan.booths[id].hall == plan.booths[&a].hall
                && x.union_bounds(y).area_mm2() != x.area_mm2() + y.area_mm2()
        })
        .expect("a free booth apart");
    assert!(matches!(
        merge_booths(&plan, &[a, far]),
        Err(ReshapeError::NotRectangle(_))
    ));
    let taken = *plan
        .booths
        .iter()
        .find(|(_, b)| b.exhibitor.is_some())
        .expect("a taken booth")
        .0;
    let e = merge_booths(&plan, &[a, taken]).expect_err("taken");
    assert!(matches!(e, ReshapeError::NotFree(..)), "{e}");
    assert!(e.to_string().contains("taken by"), "{e}");
    let other_hall = free_booths(&plan)
        .into_iter()
        .find(|id| plan.booths[id].hall != plan.booths[&a].hall)
        .expect("a free booth in another hall");
    assert!(matches!(
        merge_booths(&plan, &[a, other_hall]),
        Err(ReshapeError::Halls(..))
    ));
}

#[test]
fn a_booth_split_in_three_is_three_parts_numbered_in_order_covering_it() {
    let mut plan = demo();
    let before = plan.clone();
    let id = free_booths(&plan)
        .into_iter()
        .find(|id| plan.booths[id].rect.w_mm >= 6000)
        .expect("a wide free booth");
    let original = plan.booths[&id].clone();
    let edit = split_booth(&plan, id, 3, Along::Width).expect("splits");
    let undo = apply(&mut plan, edit);
    let parts: Vec<&Booth> = plan
        .booths
        .values()
        .filter(|b| b.number.starts_with(original.number.trim()) && b.number != original.number)
        .collect();
    assert_eq!(parts.len(), 3);
    let numbers: Vec<&str> = parts.iter().map(|b| b.number.as_str()).collect();
    let n = original.number.trim();
    assert_eq!(numbers, [format!("{n}A"), format!("{n}B"), format!("{n}C")]);
    assert_eq!(
        plan.booths[&id].number,
        format!("{n}A"),
        "the first keeps the id"
    );
    let area: i128 = parts.iter().map(|b| b.area_mm2()).sum();
    assert_eq!(area, original.area_mm2());
    apply(&mut plan, undo);
    assert_eq!(plan, before);
}

#[test]
fn splitting_refuses_silly_counts_and_numbers_in_use() {
    let mut plan = demo();
    let id = free_booths(&plan)
        .into_iter()
        .find(|id| plan.booths[id].rect.w_mm >= 6000)
        .expect("a wide free booth");
    assert_eq!(
        split_booth(&plan, id, 1, Along::Width),
        Err(ReshapeError::Parts(1))
    );
    // Parts under the venue's smallest booth (9 m², 2 m sides) are refused.
    let e = split_booth(&plan, id, 7, Along::Width).expect_err("too small");
    assert!(matches!(e, ReshapeError::TooSmall(..)), "{e}");
    assert!(
        e.to_string()
            .contains("smaller than the venue's smallest booth"),
        "{e}"
    );
    assert_eq!(
        split_booth(&plan, id, 27, Along::Depth),
        Err(ReshapeError::Parts(27))
    );
    let taken = format!("{}B", plan.booths[&id].number.trim()).to_lowercase();
    let other = *plan
        .booths
        .keys()
        .find(|k| **k != id)
        .expect("another booth");
    plan.booths.get_mut(&other).expect("booth").number = taken;
    assert!(matches!(
        split_booth(&plan, id, 2, Along::Width),
        Err(ReshapeError::Taken(..))
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn split_parts_tile_the_booth_exactly_and_merge_back_into_it(
        pick in 0usize..1000, parts in 2u32..7, depth in any::<bool>()
    ) {
        let plan = demo();
        let along = if depth { Along::Depth } else { Along::Width };
        // The free booths this split suits (parts no smaller than the venue's smallest booth).
        let ids: Vec<BoothId> = free_booths(&plan)
            .into_iter()
            .filter(|id| split_booth(&plan, *id, parts, along).is_ok())
            .collect();
        prop_assume!(!ids.is_empty());
        let id = ids[pick % ids.len()];
        let original = plan.booths[&id].rect;
        let rects = parts_of(&original, parts, along);
        prop_assert_eq!(rects.iter().map(Rect::area_mm2).sum::<i128>(), original.area_mm2());
        for (i, a) in rects.iter().enumerate() {
            prop_assert!(original.contains_rect(a));
            for b in &rects[i + 1..] {
                prop_assert!(!a.overlaps(b));
            }
        }
        let edit = split_booth(&plan, id, parts, along).expect("splits");
        let mut split = plan.clone();
        apply(&mut split, edit);
        let new: Vec<BoothId> = split
            .booths
            .keys()
            .filter(|k| !plan.booths.contains_key(k) || **k == id)
            .copied()
            .collect();
        prop_assert_eq!(new.len(), parts as usize);
        let mut back = split.clone();
        apply(&mut back, merge_booths(&split, &new).expect("merges back"));
        prop_assert_eq!(back.booths[&id].rect, original);
    }

    #[test]
    fn merging_neighbours_adds_no_error(pick in 0usize..1000) {
        let plan = demo();
        let pairs = adjacent_free_pairs(&plan);
        let (a, b) = pairs[pick % pairs.len()];
        let mut merged = plan.clone();
        apply(&mut merged, merge_booths(&plan, &[a, b]).expect("merges"));
        let errors = |p: &Plan| crate::validate::validate(p).errors();
        prop_assert!(errors(&merged) <= errors(&plan));
        let area = |p: &Plan| p.booths.values().map(Booth::area_mm2).sum::<i128>();
        prop_assert_eq!(area(&merged), area(&plan));
    }
}

#[test]
fn a_change_that_adds_an_error_is_refused_with_it() {
    let plan = demo();
    let (a, b) = adjacent_free_pairs(&plan)[0];
    // Booth b moved onto a: an overlap the plan does not have.
    let onto = Edit::update_booth(&plan, b, |x| x.rect = plan.booths[&a].rect).expect("booth");
    let e = checked(&plan, None, onto).expect_err("breaks");
    assert!(
        matches!(&e, ReshapeError::Breaks(found) if !found.is_empty()),
        "{e}"
    );
    assert!(checked(&plan, None, merge_booths(&plan, &[a, b]).expect("merges")).is_ok());
}
