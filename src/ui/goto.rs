//! Go to (Ctrl+G): type a booth number, a company (any script, diacritics optional), a hall or
//! a zone, and jump there. Empty booths are found by their number like any other.

use super::BoothApp;
use super::canvas::Venue;
use super::files::{AfterDialog, Dialog};
use super::selection::{Item, Selection};
use crate::export::lists::natural_key;
use crate::i18n::{Arg, t, ta};
use crate::model::{BoothId, ExhibitorId, HallId, Plan, ZoneId};
use crate::text::fold;

/// Somewhere to go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A booth.
    Booth(BoothId),
    /// A company (and so its booths).
    Exhibitor(ExhibitorId),
    /// A hall.
    Hall(HallId),
    /// A zone or pavilion.
    Zone(ZoneId),
}

/// One match: where, and how it reads in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Where to go.
    pub target: Target,
    /// "A-101 — 한빛통신", "Hall 1", "Zone: Korea Pavilion".
    pub label: String,
}

/// The most matches listed.
pub const MOST: usize = 12;

/// What `query` names in the plan, best first: a booth number equal to it, then numbers, names
/// of companies, halls and zones that start with it, then those that contain it (every word,
/// ignoring case and diacritics). At most [`MOST`].
pub fn find(plan: &Plan, query: &str) -> Vec<Found> {
    let q = fold(query.trim());
    if q.is_empty() {
        return Vec::new();
    }
    let words: Vec<&str> = q.split_whitespace().collect();
    // 0: equal, 1: starts with, 2: contains every word; None: no match.
    let rank = |text: &str| -> Option<u8> {
        let t = fold(text);
        if t == q {
            Some(0)
        } else if t.starts_with(&q) {
            Some(1)
        } else if words.iter().all(|w| t.contains(w)) {
            Some(2)
        } else {
            None
        }
    };
    let mut found: Vec<(u8, u8, String, Found)> = Vec::new();
    let available = t("goto-available");
    let company = |b: &crate::model::Booth| {
        b.exhibitor
            .and_then(|e| plan.exhibitors.get(&e))
            .map_or(available.as_str(), |e| e.name.as_str())
    };
    for (id, b) in &plan.booths {
        if let Some(r) = rank(&b.number) {
            found.push((
                r,
                0,
                b.number.clone(),
                Found {
                    target: Target::Booth(*id),
                    label: ta(
                        "goto-booth",
                        &[
                            ("booth", Arg::from(&b.number)),
                            ("company", Arg::from(company(b))),
                        ],
                    ),
                },
            ));
        }
    }
    for (id, e) in &plan.exhibitors {
        if let Some(r) = rank(&e.name) {
            let booths: Vec<&str> = plan
                .booths_of(*id)
                .map(|(_, b)| b.number.as_str())
                .collect();
            found.push((
                r,
                1,
                e.name.clone(),
                Found {
                    target: Target::Exhibitor(*id),
                    label: if booths.is_empty() {
                        ta("goto-company-no-booth", &[("company", Arg::from(&e.name))])
                    } else {
                        ta(
                            "goto-company",
                            &[
                                ("company", Arg::from(&e.name)),
                                ("booths", Arg::from(booths.join(", "))),
                            ],
                        )
                    },
                },
            ));
        }
    }
    for (id, h) in &plan.halls {
        if let Some(r) = rank(&h.name).or_else(|| rank(&h.code)) {
            found.push((
                r,
                2,
                h.name.clone(),
                Found {
                    target: Target::Hall(*id),
                    label: ta("goto-hall", &[("hall", Arg::from(&h.name))]),
                },
            ));
        }
    }
    for (id, z) in &plan.zones {
        if let Some(r) = rank(&z.name) {
            found.push((
                r,
                3,
                z.name.clone(),
                Found {
                    target: Target::Zone(*id),
                    label: ta("goto-zone", &[("zone", Arg::from(&z.name))]),
                },
            ));
        }
    }
    // Each label folded and keyed once, not once per comparison.
    found.sort_by_cached_key(|f| (f.0, f.1, natural_key(&fold(&f.2))));
    found.into_iter().take(MOST).map(|(_, _, _, f)| f).collect()
}

impl Target {
    /// The selection that shows it (a company: the company, whose booths the zoom frames).
    fn selection(self) -> Selection {
        Selection::one(match self {
            Target::Booth(id) => Item::Booth(id),
            Target::Exhibitor(id) => Item::Exhibitor(id),
            Target::Hall(id) => Item::Venue(Venue::Hall(id)),
            Target::Zone(id) => Item::Venue(Venue::Zone(id)),
        })
    }
}

impl BoothApp {
    /// The Go to dialog: a field, the matches under it; Enter or a click goes to one.
    pub(super) fn go_to_ui(
        &mut self,
        ui: &mut egui::Ui,
        text: &str,
        close: &mut bool,
        then: &mut Option<AfterDialog>,
    ) {
        ui.set_min_width(420.0);
        ui.heading(t("goto-heading"));
        let mut typed = text.to_owned();
        let label = ui.label(t("goto-field")).id;
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut typed)
                    .hint_text(t("goto-hint"))
                    .desired_width(400.0),
            )
            .labelled_by(label);
        if ui.memory(|m| m.focused().is_none()) {
            field.request_focus();
        }
        if typed != text {
            self.dialog = Some(Dialog::GoTo {
                text: typed.clone(),
            });
        }
        let found = find(self.doc.plan(), &typed);
        let enter = super::files::confirmed(ui);
        let mut chosen = None;
        if !typed.trim().is_empty() && found.is_empty() {
            ui.label(ta("goto-nothing", &[("text", Arg::from(typed.trim()))]));
        }
        for f in &found {
            if ui.selectable_label(false, &f.label).clicked() {
                chosen = Some(f.target);
            }
        }
        if enter && chosen.is_none() {
            chosen = found.first().map(|f| f.target);
        }
        if let Some(target) = chosen {
            *close = true;
            let label = found
                .iter()
                .find(|f| f.target == target)
                .map(|f| f.label.clone())
                .unwrap_or_default();
            *then = Some(Box::new(move |app: &mut BoothApp| {
                app.selection = target.selection();
                app.zoom_to_selection();
                app.status = ta("goto-went", &[("place", Arg::from(label))]);
            }));
        }
        if ui.button(t("goto-cancel")).clicked() {
            *close = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_booth_number_a_company_a_hall_and_a_zone_are_found() {
        let plan = crate::demo::demo_plan();
        let first = |q: &str| find(&plan, q).first().map(|f| f.target);
        let a101 = plan
            .booths
            .iter()
            .find(|(_, b)| b.number == "A-101")
            .map(|(id, _)| *id)
            .expect("demo");
        assert_eq!(
            first("a-101"),
            Some(Target::Booth(a101)),
            "exact number first"
        );
        // Empty booths too.
        let (empty, b) = plan
            .booths
            .iter()
            .find(|(_, b)| b.exhibitor.is_none())
            .expect("an available booth");
        assert_eq!(first(&b.number), Some(Target::Booth(*empty)));
        // A company without diacritics, in any case.
        let song_hong = plan
            .exhibitors
            .iter()
            .find(|(_, e)| e.name == "Công ty Viễn thông Sông Hồng")
            .map(|(id, _)| *id)
            .expect("demo");
        assert!(
            find(&plan, "vien thong SONG hong")
                .iter()
                .any(|f| f.target == Target::Exhibitor(song_hong))
        );
        assert!(
            find(&plan, "한빛")
                .iter()
                .any(|f| f.label.contains("한빛통신"))
        );
        assert!(matches!(first("Hall 2"), Some(Target::Hall(_))));
        assert!(matches!(first("korea pavilion"), Some(Target::Zone(_))));
        assert!(find(&plan, "   ").is_empty());
        assert!(find(&plan, "zzqqxx").is_empty());
        assert!(find(&plan, "a").len() <= MOST);
    }

    #[test]
    fn numbers_sort_as_numbers() {
        let plan = crate::demo::demo_plan();
        let listed: Vec<String> = find(&plan, "A-10")
            .into_iter()
            .filter_map(|f| match f.target {
                Target::Booth(id) => Some(plan.booths[&id].number.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(
            listed.first().map(String::as_str),
            Some("A-101"),
            "{listed:?}"
        );
    }
}
