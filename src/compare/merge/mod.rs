//! A three-way merge of plans by stable id, field by field.
//!
//! Edits to different objects, or to different fields of one object, merge cleanly. The same
//! field changed to different values on both sides is a conflict; so is an object removed on
//! one side and changed on the other, or one id added on both sides with different content.
//! OURS is kept for every conflict, and THEIRS is written into the plan's conflict list.
//!
//! A merge can also leave the plan broken where neither side was: two booths moved onto one
//! spot, one exhibitor put into two booths, one new booth number on both sides. The merged
//! plan is validated; for every error (and every new double booking or competitor pair) that
//! neither side had, their changes to the objects concerned are taken back and recorded as a
//! conflict, until no such finding is left.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::fields::{differences, has_fields, join, tree};
use super::key::{Key, get_path, set_path};
use super::phrase::{Msg, Phrase};
use super::{FindingKey, finding_key};
use crate::edit::apply;
use crate::i18n::Lang;
use crate::model::{Conflict, ConflictField, Meta, Plan};
use crate::validate::{Finding, Rule, Severity, validate};

/// The outcome of a merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    /// The merged plan; its `conflicts` hold every conflict still to resolve (older ones
    /// neither side resolved, then this merge's).
    pub plan: Plan,
    /// This merge's conflicts (also in `plan.conflicts`).
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    /// True when the merge had no conflict.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

/// Which of their changes the merged plan holds, per object.
#[derive(Clone, Debug)]
enum Theirs {
    /// The whole object is theirs (only they changed it, or only they added it).
    Whole,
    /// These fields are theirs.
    Fields(Vec<String>),
}

/// What the merge has decided so far.
struct Book<'p> {
    base: &'p Plan,
    ours: &'p Plan,
    theirs: &'p Plan,
    taken: BTreeMap<Key, Theirs>,
    conflicts: Vec<Conflict>,
}

fn json_text(v: Option<&Value>) -> Option<String> {
    v.map(Value::to_string)
}

impl Book<'_> {
    fn field(&self, key: Key, path: &str) -> ConflictField {
        let at = |plan: &Plan| json_text(get_path(key.get(plan).as_ref(), path));
        ConflictField {
            path: path.to_owned(),
            base: at(self.base),
            ours: at(self.ours),
            theirs: at(self.theirs),
        }
    }

    fn conflict(&mut self, key: Key, what: String, fields: Vec<ConflictField>) {
        self.conflicts.push(Conflict {
            object: key.to_string(),
            what,
            fields,
        });
    }

    fn name(&self, key: Key) -> Phrase {
        key.name_phrase(self.ours, self.theirs)
    }

    /// Merges one object. `None` on a side: the object is not there.
    fn one<V>(
        &mut self,
        key: Key,
        base: Option<&V>,
        ours: Option<&V>,
        theirs: Option<&V>,
    ) -> Option<V>
    where
        V: Serialize + DeserializeOwned + PartialEq + Clone,
    {
        if ours == theirs || theirs == base {
            return ours.cloned();
        }
        if ours == base {
            self.taken.insert(key, Theirs::Whole);
            return theirs.cloned();
        }
        // An exit's wall and door, a drawing's place and scale, belong together: changed on
        // both sides, the whole object is one field.
        if matches!(key, Key::Exit(_) | Key::Drawing(_)) {
            let what = self.clash_text(key, base.is_some(), ours.is_some(), theirs.is_some(), &[]);
            let field = self.field(key, "");
            self.conflict(key, what, vec![field]);
            return ours.cloned();
        }
        let (b, o, t) = (base.map(tree), ours.map(tree), theirs.map(tree));
        let mut taken = Vec::new();
        let mut clashes = Vec::new();
        let merged = merge_value(
            b.as_ref(),
            o.as_ref(),
            t.as_ref(),
            "",
            &mut taken,
            &mut clashes,
        );
        let typed = if let Ok(v) = merged.map(serde_json::from_value::<V>).transpose() {
            v
        } else {
            // Fields of one type merged field by field are that type; should a future type
            // break that, ours is kept whole and theirs recorded whole.
            taken.clear();
            clashes = vec![String::new()];
            ours.cloned()
        };
        if !clashes.is_empty() {
            let what = self.clash_text(
                key,
                base.is_some(),
                ours.is_some(),
                theirs.is_some(),
                &clashes,
            );
            let fields = clashes.iter().map(|p| self.field(key, p)).collect();
            self.conflict(key, what, fields);
        }
        if !taken.is_empty() {
            self.taken.insert(key, Theirs::Fields(taken));
        }
        typed
    }

    fn clash_text(
        &self,
        key: Key,
        base: bool,
        ours: bool,
        theirs: bool,
        paths: &[String],
    ) -> String {
        let msg = match (base, ours, theirs) {
            (false, _, _) => Msg::new("change-conflict-added-both"),
            (true, false, _) => Msg::new("change-conflict-removed-ours"),
            (true, _, false) => Msg::new("change-conflict-removed-theirs"),
            _ if paths.is_empty() => Msg::new("change-conflict-changed-both"),
            _ => Msg::new("change-conflict-fields-both").with("fields", fields_phrase(paths)),
        };
        msg.with("name", self.name(key)).text(Lang::En)
    }

    fn map<K, V>(
        &mut self,
        key: impl Fn(K) -> Key,
        base: &BTreeMap<K, V>,
        ours: &BTreeMap<K, V>,
        theirs: &BTreeMap<K, V>,
    ) -> BTreeMap<K, V>
    where
        K: Ord + Copy,
        V: Serialize + DeserializeOwned + PartialEq + Clone,
    {
        // Most objects are untouched or changed on one side: compared, not merged.
        let ids: BTreeSet<K> = base
            .keys()
            .chain(ours.keys())
            .chain(theirs.keys())
            .copied()
            .collect();
        ids.into_iter()
            .filter_map(|id| {
                self.one(key(id), base.get(&id), ours.get(&id), theirs.get(&id))
                    .map(|v| (id, v))
            })
            .collect()
    }
}

/// Merges two values field by field against their ancestor. Fields taken from theirs are
/// added to `taken`, clashing fields (ours kept) to `clashes`.
fn merge_value(
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    path: &str,
    taken: &mut Vec<String>,
    clashes: &mut Vec<String>,
) -> Option<Value> {
    if ours == theirs || theirs == base {
        return ours.cloned();
    }
    if ours == base {
        taken.push(path.to_owned());
        return theirs.cloned();
    }
    if let (true, Some(Value::Object(b)), Some(Value::Object(o)), Some(Value::Object(t))) = (
        has_fields(base) && has_fields(ours) && has_fields(theirs),
        base,
        ours,
        theirs,
    ) {
        let keys: BTreeSet<&String> = b.keys().chain(o.keys()).chain(t.keys()).collect();
        let mut out = serde_json::Map::new();
        for k in keys {
            if let Some(v) =
                merge_value(b.get(k), o.get(k), t.get(k), &join(path, k), taken, clashes)
            {
                out.insert(k.clone(), v);
            }
        }
        return Some(Value::Object(out));
    }
    clashes.push(path.to_owned());
    ours.cloned()
}

/// Findings a merge must not introduce: errors, and an exhibitor in a second booth or beside
/// a competitor (each side meant one place for the company, not both).
pub(super) fn watched(f: &Finding) -> bool {
    f.severity() == Severity::Error
        || matches!(
            f.rule,
            Rule::ExhibitorMultipleBooths | Rule::CompetitorsAdjacent
        )
}

/// Merges OURS and THEIRS, both descended from BASE.
pub fn merge(base: &Plan, ours: &Plan, theirs: &Plan) -> Merged {
    // One id added on both sides: theirs moves to a fresh id first, so both are kept.
    let separated = super::clash::separate(base, ours, theirs);
    let theirs = separated.as_ref().map_or(theirs, |(t, _)| t);
    let mut book = Book {
        base,
        ours,
        theirs,
        taken: BTreeMap::new(),
        conflicts: Vec::new(),
    };
    // Every save raises the revision: both sides did, which is no conflict.
    let meta = book
        .one(
            Key::Meta,
            Some(&unrevised(&base.meta)),
            Some(&unrevised(&ours.meta)),
            Some(&unrevised(&theirs.meta)),
        )
        .unwrap_or_else(|| ours.meta.clone());
    let rules = book.one(
        Key::Rules,
        Some(&base.rules),
        Some(&ours.rules),
        Some(&theirs.rules),
    );
    let pricing = book.one(
        Key::Pricing,
        Some(&base.pricing),
        Some(&ours.pricing),
        Some(&theirs.pricing),
    );
    let mut plan = Plan {
        meta,
        rules: rules.unwrap_or_else(|| ours.rules.clone()),
        pricing: pricing.unwrap_or_else(|| ours.pricing.clone()),
        halls: book.map(Key::Hall, &base.halls, &ours.halls, &theirs.halls),
        obstacles: book.map(
            Key::Obstacle,
            &base.obstacles,
            &ours.obstacles,
            &theirs.obstacles,
        ),
        exits: book.map(Key::Exit, &base.exits, &ours.exits, &theirs.exits),
        zones: book.map(Key::Zone, &base.zones, &ours.zones, &theirs.zones),
        booths: book.map(Key::Booth, &base.booths, &ours.booths, &theirs.booths),
        exhibitors: book.map(
            Key::Exhibitor,
            &base.exhibitors,
            &ours.exhibitors,
            &theirs.exhibitors,
        ),
        drawings: book.map(
            Key::Drawing,
            &base.drawings,
            &ours.drawings,
            &theirs.drawings,
        ),
        conflicts: Vec::new(),
    };
    take_back_breakage(&mut plan, &mut book);
    for (from, to) in separated.iter().flat_map(|(_, moved)| moved) {
        if to.get(&plan).is_some() {
            let what = Msg::new("change-conflict-kept-both")
                .with("name", book.name(*to))
                .with("from", from.to_string())
                .with("to", to.to_string())
                .text(Lang::En);
            book.conflict(*to, what, Vec::new());
        }
    }
    plan.conflicts = open_conflicts(base, ours, theirs);
    plan.conflicts.extend(book.conflicts.iter().cloned());
    plan.meta.revision = revision(&plan, ours, theirs);
    Merged {
        plan,
        conflicts: book.conflicts,
    }
}

/// A plan's metadata without its revision.
fn unrevised(m: &Meta) -> Meta {
    Meta {
        revision: 0,
        ..m.clone()
    }
}

/// True when two plans differ in nothing but their revision. Every field is named, so a new
/// one cannot be left out.
fn same_but_revision(a: &Plan, b: &Plan) -> bool {
    let Plan {
        meta,
        rules,
        pricing,
        halls,
        obstacles,
        exits,
        zones,
        booths,
        exhibitors,
        drawings,
        conflicts,
    } = a;
    unrevised(meta) == unrevised(&b.meta)
        && *rules == b.rules
        && *pricing == b.pricing
        && *halls == b.halls
        && *obstacles == b.obstacles
        && *exits == b.exits
        && *zones == b.zones
        && *booths == b.booths
        && *exhibitors == b.exhibitors
        && *drawings == b.drawings
        && *conflicts == b.conflicts
}

/// The merged plan's revision: a side's own when the merge is that side, else one above both
/// (printed footers then tell the merge from either side).
fn revision(merged: &Plan, ours: &Plan, theirs: &Plan) -> u64 {
    let (o, t) = (ours.meta.revision, theirs.meta.revision);
    let (like_ours, like_theirs) = (
        same_but_revision(merged, ours),
        same_but_revision(merged, theirs),
    );
    match (like_ours, like_theirs) {
        (true, true) => o.max(t),
        (true, false) if o >= t => o,
        (false, true) if t >= o => t,
        // Unlike a side numbered as high or higher: above both.
        _ => o.max(t).saturating_add(1),
    }
}

/// Conflicts from earlier merges that neither side has resolved (dropped from either list).
fn open_conflicts(base: &Plan, ours: &Plan, theirs: &Plan) -> Vec<Conflict> {
    let mut out: Vec<Conflict> = Vec::new();
    for c in ours.conflicts.iter().chain(&theirs.conflicts) {
        let resolved = base.conflicts.contains(c)
            && !(ours.conflicts.contains(c) && theirs.conflicts.contains(c));
        if !resolved && !out.contains(c) {
            out.push(c.clone());
        }
    }
    out
}

/// Takes back their changes to the objects a finding neither side had concerns (the booths,
/// companies and hall it names), until no such finding is left that their changes explain;
/// the findings still left then are recorded to be looked at.
fn take_back_breakage(plan: &mut Plan, book: &mut Book<'_>) {
    if book.taken.is_empty() {
        return;
    }
    let (ours, theirs) = super::both(|| validate(book.ours), || validate(book.theirs));
    let known: BTreeSet<FindingKey> = ours
        .findings
        .iter()
        .chain(&theirs.findings)
        .map(finding_key)
        .collect();
    loop {
        let report = validate(plan);
        let fresh: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| watched(f) && !known.contains(&finding_key(f)))
            .collect();
        let mut took_back = false;
        for f in &fresh {
            // The booths and companies it names, and the halls it is in (a hall they removed
            // or moved under a booth).
            let halls = f
                .booth_ids
                .iter()
                .filter_map(|b| plan.booths.get(b))
                .map(|b| b.hall);
            let subjects: BTreeSet<Key> = f
                .booth_ids
                .iter()
                .map(|b| Key::Booth(*b))
                .chain(f.exhibitors.iter().map(|e| Key::Exhibitor(*e)))
                .chain(f.hall.into_iter().chain(halls).map(Key::Hall))
                .collect();
            for key in with_contents(subjects, book.ours, plan) {
                if let Some(fields) = take_back(plan, book, key) {
                    took_back = true;
                    let what = Msg::new("change-conflict-taken-back")
                        .with("name", book.name(key))
                        .with("message", crate::text::visible(&f.message))
                        .text(Lang::En);
                    book.conflict(key, what, fields);
                }
            }
        }
        // Each round takes back at least one object's changes, so this ends.
        if !took_back {
            for f in fresh {
                book.conflicts.push(Conflict {
                    object: String::new(),
                    what: Msg::new("change-conflict-merge-problem")
                        .with("rule", f.rule.id())
                        .with("message", crate::text::visible(&f.message))
                        .text(Lang::En),
                    fields: Vec::new(),
                });
            }
            break;
        }
    }
}

/// The objects, and for each hall they removed everything our plan has in it: a hall whose
/// removal is taken back comes back whole, with its exits, obstacles, zones and booths.
fn with_contents(keys: BTreeSet<Key>, ours: &Plan, merged: &Plan) -> BTreeSet<Key> {
    let halls: BTreeSet<crate::model::HallId> = keys
        .iter()
        .filter_map(|k| match k {
            Key::Hall(h) if !merged.halls.contains_key(h) => Some(*h),
            _ => None,
        })
        .collect();
    if halls.is_empty() {
        return keys;
    }
    let inside = |h: &crate::model::HallId| halls.contains(h);
    let mut all = keys;
    all.extend(in_halls(&ours.exits, |x| x.hall, &inside, Key::Exit));
    all.extend(in_halls(
        &ours.obstacles,
        |o| o.hall,
        &inside,
        Key::Obstacle,
    ));
    all.extend(in_halls(&ours.zones, |z| z.hall, &inside, Key::Zone));
    all.extend(in_halls(&ours.booths, |b| b.hall, &inside, Key::Booth));
    // Companies that prefer one of its zones: their removal cleared the preference.
    all.extend(ours.exhibitors.iter().filter_map(|(k, e)| {
        let zone = ours.zones.get(&e.preferred_zone?)?;
        inside(&zone.hall).then_some(Key::Exhibitor(*k))
    }));
    all
}

/// The keys of the objects of `map` that stand in one of the halls.
fn in_halls<'m, K: Copy, V>(
    map: &'m BTreeMap<K, V>,
    hall: impl Fn(&V) -> crate::model::HallId + 'm,
    inside: &'m impl Fn(&crate::model::HallId) -> bool,
    key: fn(K) -> Key,
) -> impl Iterator<Item = Key> + 'm {
    map.iter()
        .filter(move |(_, v)| inside(&hall(v)))
        .map(move |(k, _)| key(*k))
}

/// Puts our version of `key` back into `plan` when it holds any of their changes (their
/// fields taken back, clashing ones were ours already: what is left is our object); the
/// fields taken back, or `None` when nothing of theirs is in it.
fn take_back(plan: &mut Plan, book: &mut Book<'_>, key: Key) -> Option<Vec<ConflictField>> {
    let paths = match book.taken.remove(&key)? {
        Theirs::Fields(paths) => paths,
        Theirs::Whole => {
            let (ours, theirs) = (key.get(book.ours), key.get(book.theirs));
            if has_fields(ours.as_ref()) && has_fields(theirs.as_ref()) {
                let mut diffs = Vec::new();
                differences(ours.as_ref(), theirs.as_ref(), "", &mut diffs);
                diffs.into_iter().map(|(p, _, _)| p).collect()
            } else {
                vec![String::new()]
            }
        }
    };
    apply(plan, key.put_from(book.ours));
    Some(paths.iter().map(|p| book.field(key, p)).collect())
}

mod resolve;

use resolve::fields_phrase;
pub use resolve::{Pick, ResolveError, resolve, what_in};

/// The edit that turns `from` into `to`, object by object (one undo step for a whole merge or
/// reload). Empty when they are the same.
pub fn edit_between(from: &Plan, to: &Plan) -> crate::edit::Edit {
    use crate::edit::Edit;
    fn objects<K: Ord + Copy, V: PartialEq + Clone>(
        edits: &mut Vec<Edit>,
        from: &BTreeMap<K, V>,
        to: &BTreeMap<K, V>,
        make: impl Fn(K, Option<V>) -> Edit,
    ) {
        for (id, v) in from {
            match to.get(id) {
                None => edits.push(make(*id, None)),
                Some(w) if w != v => edits.push(make(*id, Some(w.clone()))),
                Some(_) => {}
            }
        }
        for (id, w) in to.iter().filter(|(id, _)| !from.contains_key(id)) {
            edits.push(make(*id, Some(w.clone())));
        }
    }
    let mut edits = Vec::new();
    if from.meta != to.meta {
        edits.push(Edit::Meta(to.meta.clone()));
    }
    if from.rules != to.rules {
        edits.push(Edit::Rules(to.rules.clone()));
    }
    if from.pricing != to.pricing {
        edits.push(Edit::Pricing(to.pricing.clone()));
    }
    // Every object of `to` that differs, put whole; what `from` has and `to` lacks, removed.
    objects(&mut edits, &from.halls, &to.halls, Edit::Hall);
    objects(&mut edits, &from.obstacles, &to.obstacles, Edit::Obstacle);
    objects(&mut edits, &from.exits, &to.exits, Edit::Exit);
    objects(&mut edits, &from.zones, &to.zones, Edit::Zone);
    objects(
        &mut edits,
        &from.exhibitors,
        &to.exhibitors,
        Edit::Exhibitor,
    );
    objects(&mut edits, &from.booths, &to.booths, Edit::Booth);
    objects(&mut edits, &from.drawings, &to.drawings, Edit::Drawing);
    if from.conflicts != to.conflicts {
        edits.push(Edit::Conflicts(to.conflicts.clone()));
    }
    Edit::Batch(edits)
}
