//! What changed between two plans, and a three-way merge of two people's work.
//!
//! Pure: no GUI, no I/O. Objects are matched by their stable ids, so a booth renumbered and
//! moved is one booth that changed, not one removed and one added. [`diff`] lists changes in
//! words a person reads (by hall, then booth); [`merge::merge`] merges field by field.

mod clash;
mod fields;
mod key;
pub mod merge;
pub mod render;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::model::derive::{Derived, fmt_price, fmt_size};
use crate::model::geom::{fmt_m, fmt_m2};
use crate::model::{Booth, BoothId, ExhibitorId, HallId, Plan, Rect};
use crate::validate::{Finding, Report, validate_with};

pub use key::Key;

/// What kind of thing changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Object {
    /// The show's name, dates, revision, currency, grid.
    Show,
    /// The venue rules.
    Rules,
    /// The pricing.
    Pricing,
    /// A hall.
    Hall,
    /// A pillar, fire equipment, service core, stage or reserved aisle.
    Obstacle,
    /// An exit.
    Exit,
    /// A zone or pavilion.
    Zone,
    /// A venue drawing.
    Drawing,
    /// A booth.
    Booth,
    /// An exhibitor.
    Exhibitor,
    /// A validation finding.
    Finding,
}

impl Object {
    /// Name for people.
    pub fn label(self) -> &'static str {
        match self {
            Object::Show => "show",
            Object::Rules => "venue rules",
            Object::Pricing => "pricing",
            Object::Hall => "hall",
            Object::Obstacle => "obstacle",
            Object::Exit => "exit",
            Object::Zone => "zone",
            Object::Drawing => "venue drawing",
            Object::Booth => "booth",
            Object::Exhibitor => "exhibitor",
            Object::Finding => "finding",
        }
    }
}

/// How it changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// It is new.
    Added,
    /// It is gone.
    Removed,
    /// A booth stands somewhere else (or in another hall).
    Moved,
    /// A booth has another size.
    Resized,
    /// A booth has another number.
    Renumbered,
    /// A booth's sales status changed.
    Status,
    /// A booth's price changed (its agreed price, or the derived one).
    Price,
    /// An exhibitor holds other booths.
    Reassigned,
    /// An exhibitor's contracted area changed.
    Contract,
    /// Anything else about the object changed.
    Changed,
    /// A validation finding appears.
    Appeared,
    /// A validation finding is gone.
    Resolved,
}

impl Kind {
    /// Name for people.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Moved => "moved",
            Kind::Resized => "resized",
            Kind::Renumbered => "renumbered",
            Kind::Status => "status",
            Kind::Price => "price",
            Kind::Reassigned => "reassigned",
            Kind::Contract => "contract",
            Kind::Changed => "changed",
            Kind::Appeared => "new finding",
            Kind::Resolved => "finding resolved",
        }
    }
}

/// One change, in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What kind of thing changed.
    pub object: Object,
    /// How.
    pub kind: Kind,
    /// Stable id ("B17", "E4"), or the rule id of a finding, or "meta" / "rules" / "pricing".
    pub id: String,
    /// The hall it concerns (the new one when it moved hall), for grouping.
    #[serde(serialize_with = "as_text")]
    pub hall: Option<HallId>,
    /// What people call it: "Booth A-101", "Samsung Electronics".
    pub name: String,
    /// What happened: "moved 3 m east, from (12 m, 4 m) to (15 m, 4 m)".
    pub detail: String,
    /// The booth it concerns, for selecting it.
    #[serde(serialize_with = "as_text")]
    pub booth: Option<BoothId>,
    /// Where it was (booths moved, resized or removed).
    pub old_rect: Option<Rect>,
    /// Where it is (booths added, moved or resized).
    pub new_rect: Option<Rect>,
}

/// An id as the text people and plan files use ("H1", "B17"), or null.
#[allow(clippy::ref_option)] // The signature serde's `serialize_with` calls.
fn as_text<T: std::fmt::Display, S: serde::Serializer>(
    id: &Option<T>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match id {
        Some(id) => s.serialize_str(&id.to_string()),
        None => s.serialize_none(),
    }
}

/// Every change between two plans, in reading order: by hall, then booth, then the rest.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Diff {
    /// The changes.
    pub changes: Vec<Change>,
}

impl Diff {
    /// True when the plans are the same.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// A plan with what a comparison needs of it: its derived values and its report, computed
/// here or borrowed from whoever already has them (the editor's document).
pub struct Side<'p> {
    plan: &'p Plan,
    derived: Cow<'p, Derived>,
    report: Cow<'p, Report>,
}

impl<'p> Side<'p> {
    /// A plan, derived and validated now.
    pub fn new(plan: &'p Plan) -> Self {
        let derived = Derived::new(plan);
        let report = validate_with(plan, &derived);
        Self {
            plan,
            derived: Cow::Owned(derived),
            report: Cow::Owned(report),
        }
    }

    /// A plan with the derived values and report it already has.
    pub fn with(plan: &'p Plan, derived: &'p Derived, report: &'p Report) -> Self {
        Self {
            plan,
            derived: Cow::Borrowed(derived),
            report: Cow::Borrowed(report),
        }
    }

    /// Its derived values and report, to keep (and borrow again with [`Side::with`]).
    pub fn into_parts(self) -> (Derived, Report) {
        (self.derived.into_owned(), self.report.into_owned())
    }

    /// A booth's number, printable.
    fn booth_label(&self, id: BoothId) -> String {
        crate::text::visible(&self.plan.booth_label(id))
    }
}

/// Compares two plans. Validation runs on both, so the findings that appear and disappear are
/// part of the answer.
pub fn diff(old: &Plan, new: &Plan) -> Diff {
    let (a, b) = both(|| Side::new(old), || Side::new(new));
    diff_sides(&a, &b)
}

/// Compares two plans whose derived values and reports are at hand.
pub fn diff_sides(a: &Side<'_>, b: &Side<'_>) -> Diff {
    let (old, new) = (a.plan, b.plan);
    let mut changes = Vec::new();
    fields::singleton(&mut changes, Object::Show, "meta", &old.meta, &new.meta);
    fields::singleton(&mut changes, Object::Rules, "rules", &old.rules, &new.rules);
    fields::singleton(
        &mut changes,
        Object::Pricing,
        "pricing",
        &old.pricing,
        &new.pricing,
    );
    fields::objects(
        &mut changes,
        Object::Hall,
        &old.halls,
        &new.halls,
        |id, h| (Some(*id), h.name.clone()),
    );
    fields::objects(
        &mut changes,
        Object::Obstacle,
        &old.obstacles,
        &new.obstacles,
        |_, o| (Some(o.hall), format!("{} {}", o.kind.title(), o.label)),
    );
    fields::objects(
        &mut changes,
        Object::Exit,
        &old.exits,
        &new.exits,
        |_, x| (Some(x.hall), x.label.clone()),
    );
    fields::objects(
        &mut changes,
        Object::Zone,
        &old.zones,
        &new.zones,
        |_, z| (Some(z.hall), z.name.clone()),
    );
    fields::objects(
        &mut changes,
        Object::Drawing,
        &old.drawings,
        &new.drawings,
        |_, d| (Some(d.hall), d.file.clone()),
    );
    booths(&mut changes, a, b);
    exhibitors(&mut changes, a, b);
    findings(&mut changes, &a.report, &b.report);
    sort(&mut changes, old, new);
    Diff { changes }
}

/// Runs two jobs at once (the second on this thread).
fn both<A: Send, B>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B) {
    std::thread::scope(|s| {
        let a = s.spawn(a);
        let b = b();
        (a.join().unwrap_or_else(|e| std::panic::resume_unwind(e)), b)
    })
}

/// Reading order: the site-wide changes first, then each hall in id order, booths by number
/// inside it (the order of a printed list), exhibitors, then findings.
fn sort(changes: &mut [Change], old: &Plan, new: &Plan) {
    let number = |c: &Change| {
        c.booth
            .and_then(|id| new.booths.get(&id).or_else(|| old.booths.get(&id)))
            .map(|b| crate::export::lists::natural_key(&b.number))
            .unwrap_or_default()
    };
    changes.sort_by_cached_key(|c| {
        (
            c.hall,
            c.object == Object::Finding,
            c.object,
            number(c),
            Key::parse(&c.id),
            c.id.clone(),
            c.kind,
        )
    });
}

fn booth_change(id: BoothId, booth: &Booth, kind: Kind, detail: String) -> Change {
    Change {
        object: Object::Booth,
        kind,
        id: id.to_string(),
        hall: Some(booth.hall),
        name: format!("Booth {}", crate::text::visible(&booth.label(id))),
        detail,
        booth: Some(id),
        old_rect: None,
        new_rect: None,
    }
}

fn booths(out: &mut Vec<Change>, a: &Side<'_>, b: &Side<'_>) {
    let change = booth_change;
    for (id, old) in &a.plan.booths {
        let Some(new) = b.plan.booths.get(id) else {
            out.push(Change {
                old_rect: Some(old.rect),
                ..change(
                    *id,
                    old,
                    Kind::Removed,
                    format!(
                        "removed from {} ({})",
                        render::hall_heading(Some(old.hall), a.plan, a.plan),
                        fmt_size(&old.rect)
                    ),
                )
            });
            continue;
        };
        booth_fields(out, a, b, *id, old, new);
    }
    for (id, new) in b
        .plan
        .booths
        .iter()
        .filter(|(id, _)| !a.plan.booths.contains_key(id))
    {
        out.push(Change {
            new_rect: Some(new.rect),
            ..change(
                *id,
                new,
                Kind::Added,
                format!(
                    "added in {}: {} at {}, {}",
                    render::hall_heading(Some(new.hall), b.plan, b.plan),
                    fmt_size(&new.rect),
                    position(&new.rect),
                    new.status.label()
                ),
            )
        });
    }
}

/// The changes of one booth that is in both plans.
fn booth_fields(
    out: &mut Vec<Change>,
    a: &Side<'_>,
    b: &Side<'_>,
    id: BoothId,
    old: &Booth,
    new: &Booth,
) {
    let change = booth_change;
    let currency = &b.plan.meta.currency;
    let price = |side: &Side<'_>, id| {
        side.derived
            .price_minor(side.plan, id)
            .map_or_else(|| "none".to_owned(), |p| fmt_price(p, currency))
    };
    if (old.rect.x_mm, old.rect.y_mm, old.hall) != (new.rect.x_mm, new.rect.y_mm, new.hall) {
        out.push(Change {
            old_rect: Some(old.rect),
            new_rect: Some(new.rect),
            ..change(id, new, Kind::Moved, moved(a, b, old, new))
        });
    }
    if (old.rect.w_mm, old.rect.d_mm) != (new.rect.w_mm, new.rect.d_mm) {
        out.push(Change {
            old_rect: Some(old.rect),
            new_rect: Some(new.rect),
            ..change(
                id,
                new,
                Kind::Resized,
                format!(
                    "resized from {} ({}) to {} ({})",
                    fmt_size(&old.rect),
                    fmt_m2(old.area_mm2()),
                    fmt_size(&new.rect),
                    fmt_m2(new.area_mm2())
                ),
            )
        });
    }
    if old.number != new.number {
        out.push(change(
            id,
            new,
            Kind::Renumbered,
            format!(
                "renumbered from {} to {}",
                quoted(&old.number),
                quoted(&new.number)
            ),
        ));
    }
    if old.status != new.status {
        out.push(change(
            id,
            new,
            Kind::Status,
            format!("status {} → {}", old.status.label(), new.status.label()),
        ));
    }
    let (p0, p1) = (price(a, id), price(b, id));
    if p0 != p1 || old.price_override_minor.is_some() != new.price_override_minor.is_some() {
        let agreed = |o: Option<i64>| if o.is_some() { " (agreed)" } else { "" };
        out.push(change(
            id,
            new,
            Kind::Price,
            format!(
                "price {p0}{} → {p1}{}",
                agreed(old.price_override_minor),
                agreed(new.price_override_minor)
            ),
        ));
    }
}

/// "3 m east and 2 m south, from (12 m, 4 m) to (15 m, 6 m)", naming the halls when the
/// booth changed hall.
fn moved(a: &Side<'_>, b: &Side<'_>, old: &Booth, new: &Booth) -> String {
    let (dx, dy) = (
        new.rect.x_mm.saturating_sub(old.rect.x_mm),
        new.rect.y_mm.saturating_sub(old.rect.y_mm),
    );
    let mut steps = Vec::new();
    if dx != 0 {
        steps.push(format!(
            "{} {}",
            fmt_m(dx.saturating_abs()),
            if dx > 0 { "east" } else { "west" }
        ));
    }
    if dy != 0 {
        steps.push(format!(
            "{} {}",
            fmt_m(dy.saturating_abs()),
            if dy > 0 { "south" } else { "north" }
        ));
    }
    let hall = if old.hall == new.hall {
        String::new()
    } else {
        format!(
            " from {} to {}",
            render::hall_heading(Some(old.hall), a.plan, a.plan),
            render::hall_heading(Some(new.hall), b.plan, b.plan)
        )
    };
    let by = if steps.is_empty() {
        String::new()
    } else {
        format!(" {}", steps.join(" and "))
    };
    format!(
        "moved{by}{hall}, from {} to {}",
        position(&old.rect),
        position(&new.rect)
    )
}

/// A booth's north-west corner in metres on the site: "(12 m, 4 m)".
fn position(r: &Rect) -> String {
    format!("({}, {})", fmt_m(r.x_mm), fmt_m(r.y_mm))
}

fn quoted(s: &str) -> String {
    format!("\"{}\"", crate::text::visible(s))
}

fn exhibitors(out: &mut Vec<Change>, a: &Side<'_>, b: &Side<'_>) {
    let held = |plan: &Plan| {
        let mut held: BTreeMap<ExhibitorId, BTreeSet<BoothId>> = BTreeMap::new();
        for (id, booth) in &plan.booths {
            if let Some(e) = booth.exhibitor {
                held.entry(e).or_default().insert(*id);
            }
        }
        held
    };
    let (held_a, held_b) = (held(a.plan), held(b.plan));
    let none = BTreeSet::new();
    let ids: BTreeSet<ExhibitorId> = a
        .plan
        .exhibitors
        .keys()
        .chain(b.plan.exhibitors.keys())
        .copied()
        .collect();
    for id in ids {
        let (old, new) = (a.plan.exhibitors.get(&id), b.plan.exhibitors.get(&id));
        let Some(named) = new.or(old) else { continue };
        let (booths_a, booths_b) = (
            held_a.get(&id).unwrap_or(&none),
            held_b.get(&id).unwrap_or(&none),
        );
        let hall = booths_b
            .first()
            .and_then(|bid| b.plan.booths.get(bid))
            .or_else(|| booths_a.first().and_then(|bid| a.plan.booths.get(bid)))
            .map(|booth| booth.hall);
        let change = |kind, detail: String| Change {
            object: Object::Exhibitor,
            kind,
            id: id.to_string(),
            hall,
            name: crate::text::visible(&named.name),
            detail,
            booth: booths_b.first().or(booths_a.first()).copied(),
            old_rect: None,
            new_rect: None,
        };
        let list = |side: &Side<'_>, ids: &BTreeSet<BoothId>| {
            ids.iter()
                .map(|bid| side.booth_label(*bid))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (old, new) {
            (None, Some(e)) => {
                let booths = if booths_b.is_empty() {
                    "no booth".to_owned()
                } else {
                    format!("booth {}", list(b, booths_b))
                };
                out.push(change(
                    Kind::Added,
                    format!(
                        "added: {}, {} contracted, {booths}",
                        empty_as_dash(&e.country),
                        fmt_m2(i128::from(e.contracted_area_mm2))
                    ),
                ));
            }
            (Some(_), None) => {
                out.push(change(Kind::Removed, "removed".to_owned()));
            }
            (Some(old), Some(new)) => {
                if old.contracted_area_mm2 != new.contracted_area_mm2 {
                    out.push(change(
                        Kind::Contract,
                        format!(
                            "contract {} → {}",
                            fmt_m2(i128::from(old.contracted_area_mm2)),
                            fmt_m2(i128::from(new.contracted_area_mm2))
                        ),
                    ));
                }
                let rest = fields::changed_fields(old, new, &["contracted_area_mm2"]);
                if !rest.is_empty() {
                    out.push(change(Kind::Changed, rest));
                }
            }
            (None, None) => {}
        }
        if old.is_some() && new.is_some() && booths_a != booths_b {
            let detail = match (booths_a.is_empty(), booths_b.is_empty()) {
                (true, _) => format!("given booth {}", list(b, booths_b)),
                (_, true) => format!("lost booth {}: now without a booth", list(a, booths_a)),
                _ => format!("booth {} → {}", list(a, booths_a), list(b, booths_b)),
            };
            out.push(change(Kind::Reassigned, detail));
        }
    }
}

fn empty_as_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_owned()
    } else {
        crate::text::visible(s)
    }
}

/// A finding's identity across plans: its rule and what it is about (its message holds
/// numbers that may change while the problem stays).
type FindingKey = (
    crate::validate::Rule,
    Option<HallId>,
    Vec<BoothId>,
    Vec<ExhibitorId>,
);

fn finding_key(f: &Finding) -> FindingKey {
    (f.rule, f.hall, f.booth_ids.clone(), f.exhibitors.clone())
}

fn findings(out: &mut Vec<Change>, old: &Report, new: &Report) {
    let keys =
        |r: &Report| -> BTreeSet<FindingKey> { r.findings.iter().map(finding_key).collect() };
    let (ka, kb) = (keys(old), keys(new));
    let push = |out: &mut Vec<Change>, f: &Finding, kind| {
        let severity = f.severity().label();
        out.push(Change {
            object: Object::Finding,
            kind,
            id: f.rule.id().to_owned(),
            hall: f.hall,
            name: format!("{severity} {}", f.rule.id()),
            detail: crate::text::visible(&f.message),
            booth: f.booth_ids.first().copied(),
            old_rect: None,
            new_rect: None,
        });
    };
    let mut seen = BTreeSet::new();
    for f in &new.findings {
        let k = finding_key(f);
        if !ka.contains(&k) && seen.insert(k) {
            push(out, f, Kind::Appeared);
        }
    }
    for f in &old.findings {
        let k = finding_key(f);
        if !kb.contains(&k) && seen.insert(k) {
            push(out, f, Kind::Resolved);
        }
    }
}

#[cfg(test)]
mod tests;
