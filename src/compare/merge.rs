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
use super::{FindingKey, finding_key};
use crate::edit::apply;
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

    fn name(&self, key: Key) -> String {
        key.name(self.ours, self.theirs)
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
        let name = self.name(key);
        match (base, ours, theirs) {
            (false, _, _) => format!("{name}: added on both sides with different content"),
            (true, false, _) => format!("{name}: removed on our side, changed on theirs"),
            (true, _, false) => format!("{name}: changed on our side, removed on theirs"),
            _ => {
                let fields: Vec<String> =
                    paths.iter().map(|p| super::fields::field_name(p)).collect();
                format!(
                    "{name}: {} changed differently on both sides",
                    fields.join(", ")
                )
            }
        }
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
fn watched(f: &Finding) -> bool {
    f.severity() == Severity::Error
        || matches!(
            f.rule,
            Rule::ExhibitorMultipleBooths | Rule::CompetitorsAdjacent
        )
}

/// Merges OURS and THEIRS, both descended from BASE.
pub fn merge(base: &Plan, ours: &Plan, theirs: &Plan) -> Merged {
    let mut book = Book {
        base,
        ours,
        theirs,
        taken: BTreeMap::new(),
        conflicts: Vec::new(),
    };
    // Every save raises the revision: both sides did, which is no conflict.
    let unrevised = |m: &Meta| Meta {
        revision: 0,
        ..m.clone()
    };
    let mut meta = book
        .one(
            Key::Meta,
            Some(&unrevised(&base.meta)),
            Some(&unrevised(&ours.meta)),
            Some(&unrevised(&theirs.meta)),
        )
        .unwrap_or_else(|| ours.meta.clone());
    meta.revision = ours.meta.revision.max(theirs.meta.revision);
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
    plan.conflicts = open_conflicts(base, ours, theirs);
    plan.conflicts.extend(book.conflicts.iter().cloned());
    Merged {
        plan,
        conflicts: book.conflicts,
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

/// Takes back their changes to objects that a finding neither side had concerns, until none
/// is left; a finding with none of their changes to take back is recorded to be looked at.
fn take_back_breakage(plan: &mut Plan, book: &mut Book<'_>) {
    if book.taken.is_empty() {
        return;
    }
    let (ours, theirs) = std::thread::scope(|s| {
        let o = s.spawn(|| validate(book.ours));
        let t = validate(book.theirs);
        (o.join().unwrap_or_else(|e| std::panic::resume_unwind(e)), t)
    });
    let known: BTreeSet<FindingKey> = ours
        .findings
        .iter()
        .chain(&theirs.findings)
        .map(finding_key)
        .collect();
    let mut recorded: BTreeSet<FindingKey> = BTreeSet::new();
    loop {
        let report = validate(plan);
        let fresh: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| watched(f))
            .filter(|f| {
                let k = finding_key(f);
                !known.contains(&k) && !recorded.contains(&k)
            })
            .collect();
        let mut took_back = false;
        for f in fresh {
            recorded.insert(finding_key(f));
            let subjects = f
                .booth_ids
                .iter()
                .map(|b| Key::Booth(*b))
                .chain(f.exhibitors.iter().map(|e| Key::Exhibitor(*e)));
            let mut any = false;
            for key in subjects.collect::<BTreeSet<_>>() {
                if let Some(fields) = take_back(plan, book, key) {
                    any = true;
                    let message = crate::text::printable(&f.message);
                    let what = format!(
                        "{}: their change is not taken, because with it: {message}",
                        book.name(key)
                    );
                    book.conflict(key, what, fields);
                }
            }
            if !any {
                book.conflicts.push(Conflict {
                    object: String::new(),
                    what: format!(
                        "The merge causes a problem neither side had ({}): {}",
                        f.rule.id(),
                        crate::text::printable(&f.message)
                    ),
                    fields: Vec::new(),
                });
            }
            took_back |= any;
        }
        if !took_back {
            break;
        }
    }
}

/// Puts our version of the fields of `key` that came from theirs back into `plan`; the
/// fields, or `None` when nothing of theirs is in it.
fn take_back(plan: &mut Plan, book: &mut Book<'_>, key: Key) -> Option<Vec<ConflictField>> {
    let taken = book.taken.remove(&key)?;
    let ours = key.get(book.ours);
    let paths = match taken {
        Theirs::Whole => {
            let mut paths = Vec::new();
            let theirs = key.get(book.theirs);
            if has_fields(ours.as_ref()) && has_fields(theirs.as_ref()) {
                let mut diffs = Vec::new();
                differences(ours.as_ref(), theirs.as_ref(), "", &mut diffs);
                paths.extend(diffs.into_iter().map(|(p, _, _)| p));
            } else {
                paths.push(String::new());
            }
            paths
        }
        Theirs::Fields(paths) => paths,
    };
    let mut value = key.get(plan);
    for path in &paths {
        set_path(&mut value, path, get_path(ours.as_ref(), path).cloned());
    }
    if let Ok(edit) = key.edit(value) {
        apply(plan, edit);
    }
    Some(paths.iter().map(|p| book.field(key, p)).collect())
}

/// What choosing a side of a conflict does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// Keep what the plan holds (ours); the conflict is dropped.
    Ours,
    /// Put their values in.
    Theirs,
}

/// The edit that resolves conflict `index` of `plan` by `pick`, as one step: their values
/// put in (for [`Pick::Theirs`]) and the conflict taken off the list.
///
/// # Errors
/// No such conflict, an object that is no longer there, or a value that does not fit.
pub fn resolve(plan: &Plan, index: usize, pick: Pick) -> Result<crate::edit::Edit, String> {
    let conflict = plan
        .conflicts
        .get(index)
        .ok_or_else(|| format!("there is no conflict {}", index + 1))?;
    let mut rest = plan.conflicts.clone();
    rest.remove(index);
    let forget = crate::edit::Edit::Conflicts(rest);
    if pick == Pick::Ours || conflict.fields.is_empty() {
        return Ok(forget);
    }
    let key = Key::parse(&conflict.object).ok_or_else(|| {
        format!(
            "the conflict names \"{}\", which is not an object of a plan",
            conflict.object
        )
    })?;
    let mut value = key.get(plan);
    for field in &conflict.fields {
        let theirs = field
            .theirs
            .as_deref()
            .map(serde_json::from_str::<Value>)
            .transpose()
            .map_err(|e| format!("{key} {}: {e}", field.path))?;
        if !set_path(&mut value, &field.path, theirs) {
            return Err(format!("{} is no longer in the plan", key.name(plan, plan)));
        }
    }
    Ok(crate::edit::Edit::Batch(vec![key.edit(value)?, forget]))
}

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
    // Halls first and exhibitors before booths, so that nothing names what is not there yet.
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
