//! What changed between two plans, and a three-way merge of two people's work.
//!
//! Pure: no GUI, no I/O. Objects are matched by their stable ids, so a booth renumbered and
//! moved is one booth that changed, not one removed and one added. [`diff`] lists changes in
//! words a person reads (by hall, then booth); [`merge::merge`] merges field by field.

mod clash;
mod fields;
mod key;
pub mod merge;
mod phrase;
pub mod render;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::i18n::{Lang, tr};
use crate::model::derive::Derived;
use crate::model::{Booth, BoothId, ExhibitorId, HallId, Plan, Rect};
use crate::validate::{Finding, Report, validate_with};

pub use key::Key;
pub use phrase::{Msg, Phrase};

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

    /// The catalogue key of its name for the start of a sentence ("Venue rules", "Booth").
    pub fn title_key(self) -> &'static str {
        match self {
            Object::Show => "change-title-show",
            Object::Rules => "change-title-rules",
            Object::Pricing => "change-title-pricing",
            Object::Hall => "change-title-hall",
            Object::Obstacle => "change-title-obstacle",
            Object::Exit => "change-title-exit",
            Object::Zone => "change-title-zone",
            Object::Drawing => "change-title-venue-drawing",
            Object::Booth => "change-title-booth",
            Object::Exhibitor => "change-title-exhibitor",
            Object::Finding => "change-title-finding",
        }
    }

    /// Its name for the start of a sentence in a language ("Venue rules", "부스").
    pub fn title_in(self, lang: Lang) -> String {
        tr(lang, self.title_key(), &[])
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

    /// The catalogue key of its name.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Added => "change-kind-added",
            Kind::Removed => "change-kind-removed",
            Kind::Moved => "change-kind-moved",
            Kind::Resized => "change-kind-resized",
            Kind::Renumbered => "change-kind-renumbered",
            Kind::Status => "change-kind-status",
            Kind::Price => "change-kind-price",
            Kind::Reassigned => "change-kind-reassigned",
            Kind::Contract => "change-kind-contract",
            Kind::Changed => "change-kind-changed",
            Kind::Appeared => "change-kind-appeared",
            Kind::Resolved => "change-kind-resolved",
        }
    }

    /// Name for people in a language ([`Kind::label`] is the English one scripts read).
    pub fn label_in(self, lang: Lang) -> String {
        tr(lang, self.key(), &[])
    }
}

/// One change, in words: English in `name` and `detail` (what `boothplan diff` writes, and
/// scripts and git read), any language through [`Change::name_in`] and [`Change::detail_in`].
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
    /// `name` as a phrase, to be written in any language.
    #[serde(skip)]
    pub name_phrase: Phrase,
    /// `detail` as a phrase (a message key and typed values), to be written in any language.
    #[serde(skip)]
    pub detail_phrase: Phrase,
}

impl Change {
    /// A change with no booth or rectangles, its name and detail in English from their
    /// phrases.
    pub fn new(
        object: Object,
        kind: Kind,
        id: String,
        hall: Option<HallId>,
        name: Phrase,
        detail: Phrase,
    ) -> Self {
        Self {
            object,
            kind,
            id,
            hall,
            name: name.text(Lang::En),
            detail: detail.text(Lang::En),
            booth: None,
            old_rect: None,
            new_rect: None,
            name_phrase: name,
            detail_phrase: detail,
        }
    }

    /// What people call it, in a language.
    pub fn name_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.name.clone(),
            _ => self.name_phrase.text(lang),
        }
    }

    /// What happened, in a language.
    pub fn detail_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.detail.clone(),
            _ => self.detail_phrase.text(lang),
        }
    }
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
        |id, h| (Some(*id), Phrase::Text(crate::text::visible(&h.name))),
    );
    fields::objects(
        &mut changes,
        Object::Obstacle,
        &old.obstacles,
        &new.obstacles,
        |_, o| (Some(o.hall), obstacle_name(o)),
    );
    fields::objects(
        &mut changes,
        Object::Exit,
        &old.exits,
        &new.exits,
        |_, x| (Some(x.hall), Phrase::Text(crate::text::visible(&x.label))),
    );
    fields::objects(
        &mut changes,
        Object::Zone,
        &old.zones,
        &new.zones,
        |_, z| (Some(z.hall), Phrase::Text(crate::text::visible(&z.name))),
    );
    fields::objects(
        &mut changes,
        Object::Drawing,
        &old.drawings,
        &new.drawings,
        |_, d| (Some(d.hall), Phrase::Text(crate::text::visible(&d.file))),
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

/// "Pillar C4": an obstacle by its kind and label.
fn obstacle_name(o: &crate::model::Obstacle) -> Phrase {
    use crate::model::ObstacleKind;
    let kind = match o.kind {
        ObstacleKind::Pillar => "change-title-pillar",
        ObstacleKind::FireEquipment => "change-title-fire-equipment",
        ObstacleKind::ServiceCore => "change-title-service-core",
        ObstacleKind::Stage => "change-title-stage",
        ObstacleKind::ReservedAisle => "change-title-reserved-aisle",
    };
    Phrase::words(vec![
        Phrase::key(kind),
        Phrase::Text(crate::text::visible(&o.label)),
    ])
}

fn booth_change(id: BoothId, booth: &Booth, kind: Kind, detail: Phrase) -> Change {
    Change {
        booth: Some(id),
        ..Change::new(
            Object::Booth,
            kind,
            id.to_string(),
            Some(booth.hall),
            Phrase::words(vec![
                Phrase::key("change-title-booth"),
                Phrase::Text(crate::text::visible(&booth.label(id))),
            ]),
            detail,
        )
    }
}

/// A rectangle's sides: "3 m × 6 m".
fn size(r: &Rect) -> Phrase {
    Phrase::Size {
        w_mm: r.w_mm,
        d_mm: r.d_mm,
    }
}

/// A booth status in words ("on hold").
fn status(s: crate::model::BoothStatus) -> Phrase {
    Phrase::Word(s.label().to_owned())
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
                    Msg::new("change-booth-removed")
                        .with("hall", render::hall_phrase(Some(old.hall), a.plan, a.plan))
                        .with("size", size(&old.rect))
                        .into(),
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
                Msg::new("change-booth-added")
                    .with("hall", render::hall_phrase(Some(new.hall), b.plan, b.plan))
                    .with("size", size(&new.rect))
                    .with("position", position(&new.rect))
                    .with("status", status(new.status))
                    .into(),
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
    let price = |side: &Side<'_>, id| side.derived.price_minor(side.plan, id);
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
                Msg::new("change-booth-resized")
                    .with("old_size", size(&old.rect))
                    .with("old_area", Phrase::Area(old.area_mm2()))
                    .with("new_size", size(&new.rect))
                    .with("new_area", Phrase::Area(new.area_mm2()))
                    .into(),
            )
        });
    }
    if old.number != new.number {
        out.push(change(
            id,
            new,
            Kind::Renumbered,
            Msg::new("change-booth-renumbered")
                .with("old", crate::text::visible(&old.number))
                .with("new", crate::text::visible(&new.number))
                .into(),
        ));
    }
    if old.status != new.status {
        out.push(change(
            id,
            new,
            Kind::Status,
            Msg::new("change-booth-status")
                .with("old", status(old.status))
                .with("new", status(new.status))
                .into(),
        ));
    }
    // Both prices in the newer plan's currency: the same amounts read the same.
    let (p0, p1) = (price(a, id), price(b, id));
    if p0 != p1 || old.price_override_minor.is_some() != new.price_override_minor.is_some() {
        let told = |p: Option<i64>, agreed: Option<i64>| {
            let p = p.map_or_else(
                || Phrase::key("change-price-none"),
                |minor| Phrase::Price {
                    minor,
                    currency: currency.clone(),
                },
            );
            if agreed.is_some() {
                Msg::new("change-price-agreed").with("price", p).into()
            } else {
                p
            }
        };
        out.push(change(
            id,
            new,
            Kind::Price,
            Msg::new("change-booth-price")
                .with("old", told(p0, old.price_override_minor))
                .with("new", told(p1, new.price_override_minor))
                .into(),
        ));
    }
}

/// "3 m east and 2 m south, from (12 m, 4 m) to (15 m, 6 m)", naming the halls when the
/// booth changed hall.
fn moved(a: &Side<'_>, b: &Side<'_>, old: &Booth, new: &Booth) -> Phrase {
    let (dx, dy) = (
        new.rect.x_mm.saturating_sub(old.rect.x_mm),
        new.rect.y_mm.saturating_sub(old.rect.y_mm),
    );
    let key = match (dx.signum(), dy.signum()) {
        (0, 0) => None,
        (1, 0) => Some("change-step-east"),
        (_, 0) => Some("change-step-west"),
        (0, 1) => Some("change-step-south"),
        (0, _) => Some("change-step-north"),
        (1, 1) => Some("change-steps-east-south"),
        (1, _) => Some("change-steps-east-north"),
        (_, 1) => Some("change-steps-west-south"),
        _ => Some("change-steps-west-north"),
    };
    let by = key.map(|key| {
        let mut m = Msg::new(key);
        if dx != 0 {
            m = m.with("dx", Phrase::Length(dx.saturating_abs()));
        }
        if dy != 0 {
            m = m.with("dy", Phrase::Length(dy.saturating_abs()));
        }
        Phrase::from(m)
    });
    let other_hall = old.hall != new.hall;
    let msg = match (by, other_hall) {
        (Some(by), false) => Msg::new("change-booth-moved").with("by", by),
        (Some(by), true) => Msg::new("change-booth-moved-hall").with("by", by),
        (None, true) => Msg::new("change-booth-moved-to-hall"),
        (None, false) => Msg::new("change-booth-moved-in-place"),
    };
    let msg = if other_hall {
        msg.with(
            "old_hall",
            render::hall_phrase(Some(old.hall), a.plan, a.plan),
        )
        .with(
            "new_hall",
            render::hall_phrase(Some(new.hall), b.plan, b.plan),
        )
    } else {
        msg
    };
    msg.with("from", position(&old.rect))
        .with("to", position(&new.rect))
        .into()
}

/// A booth's north-west corner in metres on the site: "(12 m, 4 m)".
fn position(r: &Rect) -> Phrase {
    Phrase::Position {
        x_mm: r.x_mm,
        y_mm: r.y_mm,
    }
}

mod people;

use people::{FindingKey, exhibitors, finding_key, findings};

#[cfg(test)]
mod tests;
