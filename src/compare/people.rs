//! The changes to exhibitors (added, removed, reassigned, contract and other fields) and to
//! the validation findings (appeared, resolved).

use super::{
    BTreeMap, BTreeSet, BoothId, Change, ExhibitorId, Finding, HallId, Kind, Msg, Object, Phrase,
    Plan, Report, Side, fields,
};

pub(super) fn exhibitors(out: &mut Vec<Change>, a: &Side<'_>, b: &Side<'_>) {
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
        let change = |kind, detail: Phrase| Change {
            booth: booths_b.first().or(booths_a.first()).copied(),
            ..Change::new(
                Object::Exhibitor,
                kind,
                id.to_string(),
                hall,
                Phrase::Text(crate::text::visible(&named.name)),
                detail,
            )
        };
        let list = |side: &Side<'_>, ids: &BTreeSet<BoothId>| {
            Phrase::Text(
                ids.iter()
                    .map(|bid| side.booth_label(*bid))
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        };
        match (old, new) {
            (None, Some(e)) => {
                let booths = if booths_b.is_empty() {
                    Phrase::key("change-no-booth")
                } else {
                    Msg::new("change-booths")
                        .with("booths", list(b, booths_b))
                        .into()
                };
                out.push(change(
                    Kind::Added,
                    Msg::new("change-exhibitor-added")
                        .with("country", empty_as_dash(&e.country))
                        .with("area", Phrase::Area(i128::from(e.contracted_area_mm2)))
                        .with("booths", booths)
                        .into(),
                ));
            }
            (Some(_), None) => {
                out.push(change(Kind::Removed, Phrase::key("change-removed")));
            }
            (Some(old), Some(new)) => {
                if old.contracted_area_mm2 != new.contracted_area_mm2 {
                    out.push(change(
                        Kind::Contract,
                        Msg::new("change-exhibitor-contract")
                            .with("old", Phrase::Area(i128::from(old.contracted_area_mm2)))
                            .with("new", Phrase::Area(i128::from(new.contracted_area_mm2)))
                            .into(),
                    ));
                }
                let rest = fields::changed_fields(old, new, &["contracted_area_mm2"]);
                if !matches!(&rest, Phrase::Join(items, _) if items.is_empty()) {
                    out.push(change(Kind::Changed, rest));
                }
            }
            (None, None) => {}
        }
        if old.is_some() && new.is_some() && booths_a != booths_b {
            let detail = match (booths_a.is_empty(), booths_b.is_empty()) {
                (true, _) => Msg::new("change-given-booth").with("booths", list(b, booths_b)),
                (_, true) => Msg::new("change-lost-booth").with("booths", list(a, booths_a)),
                _ => Msg::new("change-booth-to-booth")
                    .with("old", list(a, booths_a))
                    .with("new", list(b, booths_b)),
            };
            out.push(change(Kind::Reassigned, detail.into()));
        }
    }
}

fn empty_as_dash(s: &str) -> Phrase {
    if s.trim().is_empty() {
        Phrase::Text("—".to_owned())
    } else {
        Phrase::Text(crate::text::visible(s))
    }
}

/// A finding's identity across plans: its rule and what it is about (its message holds
/// numbers that may change while the problem stays).
pub(super) type FindingKey = (
    crate::validate::Rule,
    Option<HallId>,
    Vec<BoothId>,
    Vec<ExhibitorId>,
);

pub(super) fn finding_key(f: &Finding) -> FindingKey {
    (f.rule, f.hall, f.booth_ids.clone(), f.exhibitors.clone())
}

pub(super) fn findings(out: &mut Vec<Change>, old: &Report, new: &Report) {
    let keys =
        |r: &Report| -> BTreeSet<FindingKey> { r.findings.iter().map(finding_key).collect() };
    let (ka, kb) = (keys(old), keys(new));
    let push = |out: &mut Vec<Change>, f: &Finding, kind| {
        let severity = match f.severity() {
            crate::validate::Severity::Error => "change-severity-error",
            crate::validate::Severity::Warning => "change-severity-warning",
            crate::validate::Severity::Info => "change-severity-info",
        };
        let detail = Phrase::Finding {
            key: f.key,
            params: f.params.clone(),
        };
        out.push(Change {
            booth: f.booth_ids.first().copied(),
            // The finding's English message as the validator wrote it.
            detail: crate::text::visible(&f.message),
            ..Change::new(
                Object::Finding,
                kind,
                f.rule.id().to_owned(),
                f.hall,
                Phrase::words(vec![Phrase::key(severity), Phrase::Rule(f.rule)]),
                detail,
            )
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
