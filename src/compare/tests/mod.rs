use proptest::prelude::*;

use super::merge::{Pick, merge, resolve};
use super::*;
use crate::edit::{Edit, apply};
use crate::model::{BoothStatus, Exhibitor};

fn demo() -> Plan {
    crate::demo::demo_plan()
}

/// The n-th booth of the demo (by id).
fn booth(plan: &Plan, n: usize) -> BoothId {
    *plan.booths.keys().nth(n).expect("the demo has booths")
}

fn edited(plan: &Plan, edit: Option<Edit>) -> Plan {
    let mut p = plan.clone();
    apply(&mut p, edit.expect("the edit exists"));
    p
}

/// Ours and theirs numbering booth `a` differently: a conflict on one field.
fn numbered_apart(base: &Plan, a: BoothId) -> (Plan, Plan) {
    let side = |n: &str| {
        let mut p = base.clone();
        p.booths.get_mut(&a).expect("booth").number = n.to_owned();
        p
    };
    (side("OURS"), side("THEIRS"))
}

fn kinds(d: &Diff, id: &str) -> Vec<Kind> {
    d.changes
        .iter()
        .filter(|c| c.id == id)
        .map(|c| c.kind)
        .collect()
}

#[test]
fn the_same_plan_has_no_changes() {
    let plan = demo();
    assert!(diff(&plan, &plan.clone()).is_empty());
}

#[test]
fn a_booth_moved_resized_and_renumbered_is_one_booth_that_changed() {
    let old = demo();
    let id = booth(&old, 3);
    let new = edited(
        &old,
        Edit::update_booth(&old, id, |b| {
            b.rect.x_mm += 3000;
            b.rect.w_mm += 1000;
            b.number = "Z-999".to_owned();
        }),
    );
    let d = diff(&old, &new);
    let k = kinds(&d, &id.to_string());
    assert!(
        k.contains(&Kind::Moved) && k.contains(&Kind::Resized) && k.contains(&Kind::Renumbered),
        "{k:?}"
    );
    assert!(!k.contains(&Kind::Added) && !k.contains(&Kind::Removed));
    let moved = d
        .changes
        .iter()
        .find(|c| c.kind == Kind::Moved)
        .expect("moved");
    assert!(moved.detail.contains("3 m east"), "{}", moved.detail);
    assert_eq!(
        moved.old_rect.map(|r| r.x_mm + 3000),
        moved.new_rect.map(|r| r.x_mm)
    );
    let renumbered = d
        .changes
        .iter()
        .find(|c| c.kind == Kind::Renumbered)
        .expect("renumbered");
    assert!(
        renumbered.detail.contains("\"Z-999\""),
        "{}",
        renumbered.detail
    );
}

#[test]
fn an_exhibitor_moved_to_another_booth_is_reassigned_from_one_to_the_other() {
    let old = demo();
    let (from, e) = old
        .booths
        .iter()
        .find_map(|(id, b)| b.exhibitor.map(|e| (*id, e)))
        .expect("an allocated booth");
    let to = *old
        .booths
        .iter()
        .find(|(_, b)| b.exhibitor.is_none())
        .expect("a free booth")
        .0;
    let new = edited(
        &old,
        Some(Edit::Batch(vec![
            Edit::unassign(&old, from).expect("booth"),
            Edit::allocate(&old, to, e).expect("booth"),
        ])),
    );
    let d = diff(&old, &new);
    let re = d
        .changes
        .iter()
        .find(|c| c.id == e.to_string() && c.kind == Kind::Reassigned)
        .expect("reassigned");
    let (n_from, n_to) = (&old.booths[&from].number, &old.booths[&to].number);
    assert_eq!(re.detail, format!("booth {n_from} → {n_to}"));
    // Both booths' status changed too, and nothing else about them.
    assert_eq!(kinds(&d, &from.to_string()), vec![Kind::Status]);
}

#[test]
fn rules_halls_and_findings_are_told_in_words() {
    let old = demo();
    let mut rules = old.rules.clone();
    rules.min_aisle_mm = 5000;
    let new = edited(&old, Some(Edit::Rules(rules)));
    let d = diff(&old, &new);
    let rule = d
        .changes
        .iter()
        .find(|c| c.object == Object::Rules)
        .expect("rules change");
    assert_eq!(rule.detail, "min aisle 3 m → 5 m");
    assert!(
        d.changes
            .iter()
            .any(|c| c.kind == Kind::Appeared && c.id == "aisle-too-narrow"),
        "a 5 m aisle rule makes the demo's 3 m aisles too narrow"
    );
    // And back: the findings are resolved.
    let back = diff(&new, &old);
    assert!(
        back.changes
            .iter()
            .any(|c| c.kind == Kind::Resolved && c.id == "aisle-too-narrow")
    );
}

#[test]
fn hostile_names_reach_the_text_shown_never_as_control_characters() {
    let old = demo();
    let id = booth(&old, 0);
    let new = edited(
        &old,
        Edit::update_booth(&old, id, |b| b.number = "A\u{1b}[2J\n-1\u{202e}".to_owned()),
    );
    let text = render::text(&diff(&old, &new), &old, &new);
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{202e}'),
        "{text}"
    );
    assert!(
        text.contains("to \"A\\u{1b}[2J\\u{a}-1\\u{202e}\""),
        "shown by their codes, so the change is seen: {text}"
    );
}

// ---- merge ----

#[test]
fn edits_to_different_objects_and_fields_merge_cleanly() {
    let base = demo();
    let (a, b) = (booth(&base, 1), booth(&base, 2));
    let ours = edited(
        &base,
        Edit::update_booth(&base, a, |b| b.status = BoothStatus::OnHold),
    );
    let theirs = edited(
        &base,
        Some(Edit::Batch(vec![
            Edit::update_booth(&base, b, |b| b.number = "N-1".into()).expect("booth"),
            // Another field of the booth ours changed.
            Edit::update_booth(&base, a, |b| b.price_override_minor = Some(100)).expect("booth"),
        ])),
    );
    let m = merge(&base, &ours, &theirs);
    assert!(m.is_clean(), "{:?}", m.conflicts);
    assert_eq!(m.plan.booths[&a].status, BoothStatus::OnHold);
    assert_eq!(m.plan.booths[&a].price_override_minor, Some(100));
    assert_eq!(m.plan.booths[&b].number, "N-1");
}

#[test]
fn the_same_field_changed_differently_keeps_ours_and_records_theirs() {
    let base = demo();
    let a = booth(&base, 1);
    let (ours, theirs) = numbered_apart(&base, a);
    let m = merge(&base, &ours, &theirs);
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert_eq!(m.plan.booths[&a].number, "OURS");
    let c = &m.plan.conflicts[0];
    assert_eq!(c.object, a.to_string());
    assert_eq!(c.fields[0].path, "number");
    assert_eq!(c.fields[0].theirs.as_deref(), Some("\"THEIRS\""));
    // Picking theirs puts it in and drops the conflict, as one undoable edit.
    let mut plan = m.plan.clone();
    let undo = apply(
        &mut plan,
        resolve(&m.plan, 0, Pick::Theirs).expect("resolves"),
    );
    assert_eq!(plan.booths[&a].number, "THEIRS");
    assert!(plan.conflicts.is_empty());
    apply(&mut plan, undo);
    assert_eq!(plan, m.plan);
    // Picking ours only drops it.
    let mut plan = m.plan.clone();
    apply(
        &mut plan,
        resolve(&m.plan, 0, Pick::Ours).expect("resolves"),
    );
    assert_eq!(plan.booths[&a].number, "OURS");
    assert!(plan.conflicts.is_empty());
}

#[test]
fn both_sides_saving_raises_no_conflict_over_the_revision() {
    let base = demo();
    let mut ours = base.clone();
    ours.meta.revision += 1;
    let mut theirs = base.clone();
    theirs.meta.revision += 3;
    let m = merge(&base, &ours, &theirs);
    assert!(m.is_clean());
    assert_eq!(m.plan.meta.revision, base.meta.revision + 3);
}

#[test]
fn removed_on_one_side_and_changed_on_the_other_is_a_conflict() {
    let base = demo();
    let a = booth(&base, 5);
    let ours = edited(&base, Some(Edit::Booth(a, None)));
    let theirs = edited(&base, Edit::update_booth(&base, a, |b| b.rect.y_mm += 1000));
    let m = merge(&base, &ours, &theirs);
    assert!(!m.plan.booths.contains_key(&a), "ours (removed) is kept");
    assert_eq!(m.conflicts.len(), 1);
    assert!(
        m.conflicts[0].what.contains("removed on our side"),
        "{}",
        m.conflicts[0].what
    );
    let mut plan = m.plan.clone();
    apply(
        &mut plan,
        resolve(&m.plan, 0, Pick::Theirs).expect("resolves"),
    );
    assert_eq!(plan.booths.get(&a), theirs.booths.get(&a));
}

#[test]
fn one_id_added_on_both_sides_keeps_both_and_their_references_follow_theirs() {
    let base = demo();
    let id = base.next_exhibitor_id();
    let free = *base
        .booths
        .iter()
        .find(|(_, b)| b.exhibitor.is_none())
        .expect("a free booth")
        .0;
    let ours = edited(
        &base,
        Some(Edit::Exhibitor(
            id,
            Some(Exhibitor::new("Ours Ltd", 9_000_000)),
        )),
    );
    let mut theirs = edited(
        &base,
        Some(Edit::Exhibitor(
            id,
            Some(Exhibitor::new("Theirs Ltd", 9_000_000)),
        )),
    );
    theirs.booths.get_mut(&free).expect("booth").exhibitor = Some(id);
    let m = merge(&base, &ours, &theirs);
    assert_eq!(m.plan.exhibitors[&id].name, "Ours Ltd");
    let moved = m
        .plan
        .exhibitors
        .iter()
        .find(|(_, e)| e.name == "Theirs Ltd")
        .map(|(k, _)| *k)
        .expect("theirs is kept too");
    assert_ne!(moved, id);
    assert_eq!(
        m.plan.booths[&free].exhibitor,
        Some(moved),
        "their booth goes to their company"
    );
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert!(
        m.conflicts[0].what.contains("added on both sides"),
        "{}",
        m.conflicts[0].what
    );
    assert!(
        m.conflicts[0].fields.is_empty(),
        "nothing to pick: both are kept"
    );
}

#[test]
fn an_exit_changed_on_both_sides_is_one_field() {
    let base = demo();
    let x = *base.exits.keys().next().expect("exit");
    let mut ours = base.clone();
    ours.exits.get_mut(&x).expect("exit").at.x_mm += 1000;
    let mut theirs = base.clone();
    theirs.exits.get_mut(&x).expect("exit").at.y_mm += 1000;
    let m = merge(&base, &ours, &theirs);
    assert_eq!(
        m.plan.exits[&x], ours.exits[&x],
        "never one coordinate from each side"
    );
    assert_eq!(m.conflicts.len(), 1);
    let at = base.exits[&x].at;
    let place = |x_mm: i64, y_mm: i64| {
        format!(
            "({}, {})",
            crate::model::geom::fmt_m(x_mm),
            crate::model::geom::fmt_m(y_mm)
        )
    };
    assert_eq!(
        render::conflict_lines(&m.conflicts[0]).join("\n"),
        format!(
            "at: ours {} · theirs {}",
            place(at.x_mm + 1000, at.y_mm),
            place(at.x_mm, at.y_mm + 1000)
        ),
        "told by what differs, in words"
    );
}

#[test]
fn a_merge_unlike_either_side_gets_a_revision_above_both() {
    let base = demo();
    let (a, b) = (booth(&base, 1), booth(&base, 2));
    let mut ours = edited(
        &base,
        Edit::update_booth(&base, a, |x| x.number = "O".into()),
    );
    ours.meta.revision += 2;
    let mut theirs = edited(
        &base,
        Edit::update_booth(&base, b, |x| x.number = "T".into()),
    );
    theirs.meta.revision += 1;
    assert_eq!(
        merge(&base, &ours, &theirs).plan.meta.revision,
        base.meta.revision + 3
    );
}

#[test]
fn taking_theirs_after_the_field_changed_again_is_refused() {
    let base = demo();
    let a = booth(&base, 1);
    let (ours, theirs) = numbered_apart(&base, a);
    let merged = merge(&base, &ours, &theirs).plan;
    let later = edited(
        &merged,
        Edit::update_booth(&merged, a, |b| b.number = "LATER".into()),
    );
    let e = resolve(&later, 0, Pick::Theirs).expect_err("stale");
    assert!(e.to_string().contains("changed after the merge"), "{e}");
    assert!(
        resolve(&later, 0, Pick::Ours).is_ok(),
        "dropping it is always possible"
    );
}

#[test]
fn a_hall_they_removed_under_our_new_booth_comes_back() {
    let base = demo();
    let hall = *base.halls.keys().last().expect("hall");
    let mut theirs = base.clone();
    theirs.halls.remove(&hall);
    theirs.obstacles.retain(|_, o| o.hall != hall);
    theirs.exits.retain(|_, x| x.hall != hall);
    theirs.zones.retain(|_, z| z.hall != hall);
    theirs.booths.retain(|_, b| b.hall != hall);
    // Ours renumbers a booth in that hall.
    let ours_booth = *base
        .booths
        .iter()
        .find(|(_, b)| b.hall == hall)
        .expect("booth")
        .0;
    let ours = edited(
        &base,
        Edit::update_booth(&base, ours_booth, |b| b.number = "KEEP".into()),
    );
    let m = merge(&base, &ours, &theirs);
    assert!(!m.is_clean());
    assert!(
        m.plan.halls.contains_key(&hall),
        "the hall our booth stands in is kept"
    );
    let errors = crate::validate::validate(&m.plan).errors();
    assert!(
        errors <= crate::validate::validate(&ours).errors(),
        "{:?}",
        m.conflicts
    );
}

#[test]
fn two_booths_moved_onto_one_spot_is_a_conflict_and_theirs_is_taken_back() {
    let base = demo();
    let (a, b) = (booth(&base, 0), booth(&base, 1));
    let spot = base.booths[&booth(&base, 10)].rect;
    // Each side frees the spot and moves one booth onto it.
    let free = Edit::Booth(booth(&base, 10), None);
    let ours = edited(
        &base,
        Some(Edit::Batch(vec![
            free.clone(),
            Edit::update_booth(&base, a, |x| x.rect = spot).expect("booth"),
        ])),
    );
    let theirs = edited(
        &base,
        Some(Edit::Batch(vec![
            free,
            Edit::update_booth(&base, b, |x| x.rect = spot).expect("booth"),
        ])),
    );
    let m = merge(&base, &ours, &theirs);
    assert_eq!(m.plan.booths[&a].rect, spot, "ours kept");
    assert_eq!(
        m.plan.booths[&b].rect, base.booths[&b].rect,
        "theirs taken back"
    );
    assert!(
        m.conflicts.iter().any(|c| c.object == b.to_string()
            && (c.what.contains("overlap") || c.what.contains("share"))),
        "{:?}",
        m.conflicts
    );
    let overlaps = crate::validate::validate(&m.plan)
        .findings
        .iter()
        .filter(|f| f.rule == crate::validate::Rule::BoothOverlap)
        .count();
    assert_eq!(overlaps, 0);
}

#[test]
fn one_exhibitor_put_into_two_booths_is_a_conflict() {
    let base = demo();
    let e = base.next_exhibitor_id();
    let with = edited(
        &base,
        Some(Edit::Exhibitor(
            e,
            Some(Exhibitor::new("New Co", 9_000_000)),
        )),
    );
    let free: Vec<BoothId> = with
        .booths
        .iter()
        .filter(|(_, b)| b.exhibitor.is_none())
        .map(|(id, _)| *id)
        .take(2)
        .collect();
    let ours = edited(&with, Edit::allocate(&with, free[0], e));
    let theirs = edited(&with, Edit::allocate(&with, free[1], e));
    let m = merge(&with, &ours, &theirs);
    assert_eq!(m.plan.booths_of(e).count(), 1, "{:?}", m.conflicts);
    assert_eq!(m.plan.booths[&free[0]].exhibitor, Some(e));
    assert!(!m.is_clean());
}

#[test]
fn the_same_new_booth_number_on_both_sides_is_a_conflict() {
    let base = demo();
    let (a, b) = (booth(&base, 0), booth(&base, 1));
    let ours = edited(
        &base,
        Edit::update_booth(&base, a, |x| x.number = "NEW-1".into()),
    );
    let theirs = edited(
        &base,
        Edit::update_booth(&base, b, |x| x.number = "new-1 ".into()),
    );
    let m = merge(&base, &ours, &theirs);
    assert!(!m.is_clean());
    assert_eq!(m.plan.booths[&b].number, base.booths[&b].number);
}

#[test]
fn conflicts_resolved_on_either_side_stay_resolved() {
    let base = demo();
    let a = booth(&base, 1);
    let (ours, theirs) = numbered_apart(&base, a);
    let with = merge(&base, &ours, &theirs).plan;
    let mut resolved = with.clone();
    apply(
        &mut resolved,
        resolve(&with, 0, Pick::Ours).expect("resolves"),
    );
    let m = merge(&with, &resolved, &with);
    assert!(m.plan.conflicts.is_empty());
    let m = merge(&with, &with, &resolved);
    assert!(m.plan.conflicts.is_empty(), "resolved on their side too");
    let m = merge(&with, &with, &with);
    assert_eq!(
        m.plan.conflicts.len(),
        1,
        "resolved on neither side: still open"
    );
}

/// A random edit of one object of the demo, chosen by `n`; `salt` varies the values. Some
/// move, add or remove booths, so that the merge's take-back of breakage is tried too.
fn random_edit(plan: &Plan, n: usize, salt: i64) -> Edit {
    let ids: Vec<BoothId> = plan.booths.keys().copied().collect();
    let eids: Vec<ExhibitorId> = plan.exhibitors.keys().copied().collect();
    let id = ids[n % ids.len()];
    match n % 8 {
        0 => Edit::update_booth(plan, id, |b| b.number = format!("R{salt}-{n}")),
        1 => Edit::update_booth(plan, id, |b| {
            b.price_override_minor = Some(salt.abs() * 100);
        }),
        2 => Edit::update_booth(plan, id, |b| {
            b.status = BoothStatus::ALL[(salt.unsigned_abs() % 4) as usize];
        }),
        3 => Edit::update_exhibitor(plan, eids[n % eids.len()], |e| {
            e.notes = format!("note {salt}");
        }),
        4 => Edit::update_exhibitor(plan, eids[n % eids.len()], |e| {
            e.contracted_area_mm2 = 9_000_000 + salt.abs() * 1_000_000;
        }),
        5 => Edit::update_booth(plan, id, |b| b.rect.x_mm += (salt - 25) * 1000),
        6 => Some(Edit::Booth(id, None)),
        _ => {
            let mut b = plan.booths[&id].clone();
            b.number = format!("NEW-{salt}-{n}");
            b.rect.y_mm += (salt - 25) * 1000;
            Some(Edit::Booth(plan.next_booth_id(), Some(b)))
        }
    }
    .expect("the object exists")
}

fn object_of(e: &Edit) -> String {
    match e {
        Edit::Booth(id, _) => id.to_string(),
        Edit::Exhibitor(id, _) => id.to_string(),
        _ => String::new(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn merging_with_an_unchanged_side_gives_the_other(n in 0usize..2000, salt in 0i64..50) {
        let base = demo();
        let x = edited(&base, Some(random_edit(&base, n, salt)));
        prop_assert_eq!(&merge(&base, &x, &base).plan, &x);
        prop_assert_eq!(&merge(&base, &base, &x).plan, &x);
        prop_assert_eq!(&merge(&base, &x, &x).plan, &x);
    }

    #[test]
    fn edits_to_disjoint_objects_merge_to_both_applied(n in 0usize..2000, m in 0usize..2000, s in 0i64..50, t in 0i64..50) {
        let base = demo();
        let (e1, e2) = (random_edit(&base, n, s), random_edit(&base, m, t));
        prop_assume!(object_of(&e1) != object_of(&e2));
        let ours = edited(&base, Some(e1));
        let theirs = edited(&base, Some(e2.clone()));
        let both = edited(&ours, Some(e2));
        let merged = merge(&base, &ours, &theirs);
        if merged.is_clean() {
            prop_assert_eq!(&merged.plan.booths, &both.booths);
            prop_assert_eq!(&merged.plan.exhibitors, &both.exhibitors);
        } else {
            // A conflict only where applying both breaks what neither side broke.
            let known: std::collections::BTreeSet<_> = crate::validate::validate(&ours)
                .findings
                .iter()
                .chain(&crate::validate::validate(&theirs).findings)
                .map(finding_key)
                .collect();
            let fresh = crate::validate::validate(&both)
                .findings
                .iter()
                .filter(|f| super::merge::watched(f) && !known.contains(&finding_key(f)))
                .count();
            prop_assert!(fresh > 0, "{:?}", merged.conflicts);
        }
        // Never a watched finding that neither side had, unless recorded to look at.
        let known: std::collections::BTreeSet<_> = crate::validate::validate(&ours)
            .findings
            .iter()
            .chain(&crate::validate::validate(&theirs).findings)
            .map(finding_key)
            .collect();
        let fresh = crate::validate::validate(&merged.plan)
            .findings
            .iter()
            .filter(|f| super::merge::watched(f) && !known.contains(&finding_key(f)))
            .count();
        let unexplained = merged.conflicts.iter().filter(|c| c.object.is_empty()).count();
        prop_assert!(fresh <= unexplained, "{fresh} new findings, {unexplained} recorded");
    }
}

mod languages;
