//! What a pack tells about a booth in words: its facts (hall, size, type and open sides,
//! neighbours, pillars, the way out, the show, the organiser) and the line under its map, in
//! the pack's language.

use super::Packs;
use crate::export::svg::{Note, highlight_notes};
use crate::i18n::{Arg, Lang, area, date, length, tr};
use crate::model::BoothId;
use crate::validate::Route;

impl Packs<'_> {
    /// The booths around one, each with its company ("A-102 (Hanbit)"), or "available".
    pub(super) fn neighbours(&self, booth: BoothId) -> Vec<String> {
        let plan = self.plan;
        self.near
            .get(&booth)
            .into_iter()
            .flatten()
            .filter_map(|n| plan.booths.get(n))
            .map(|n| {
                let who = n
                    .exhibitor
                    .and_then(|e| plan.exhibitors.get(&e))
                    .map_or_else(
                        || tr(self.lang, "pack-neighbour-free", &[]),
                        |e| e.name.clone(),
                    );
                format!("{} ({who})", n.number)
            })
            .collect()
    }

    /// The facts of a booth, as (label, value) lines.
    pub(super) fn facts(&self, booth: BoothId) -> Vec<(String, String)> {
        let plan = self.plan;
        let lang = self.lang;
        let word = |key: &str| tr(lang, key, &[]);
        let Some(b) = plan.booths.get(&booth) else {
            return Vec::new();
        };
        let open = self.derived.open_sides(booth);
        let neighbours = self.neighbours(booth);
        let mut lines = vec![
            (
                word("pack-hall"),
                plan.halls
                    .get(&b.hall)
                    .map_or_else(String::new, |h| h.name.clone()),
            ),
            (
                word("pack-size"),
                format!(
                    "{} × {} ({})",
                    length(lang, b.rect.w_mm),
                    length(lang, b.rect.d_mm),
                    area(lang, b.area_mm2())
                ),
            ),
            (
                word("pack-type"),
                tr(
                    lang,
                    "pack-type-open",
                    &[
                        ("type", Arg::from(word(open.booth_type().key()))),
                        ("sides", Arg::from(open_sides(open, lang))),
                    ],
                ),
            ),
            (
                word("pack-neighbours"),
                if neighbours.is_empty() {
                    word("pack-none")
                } else {
                    neighbours.join(", ")
                },
            ),
        ];
        // Pillars inside, in one line; the straight-line "nearest exit" gives way to the walk
        // when there is one.
        let (pillars, others): (Vec<Note>, Vec<Note>) = highlight_notes(plan, booth)
            .into_iter()
            .filter(|n| !(matches!(n, Note::NearestExit(..)) && self.route(booth).is_some()))
            .partition(|n| matches!(n, Note::Pillar(_)));
        if !pillars.is_empty() {
            lines.push((
                word("pack-pillars"),
                tr(
                    lang,
                    "pack-pillars-inside",
                    &[("count", Arg::from(pillars.len()))],
                ),
            ));
        }
        for note in others {
            lines.push((word("pack-note"), note.text(lang)));
        }
        if let Some((exit, route)) = self.route(booth) {
            lines.push((
                word("pack-way-out"),
                tr(
                    lang,
                    "pack-way-out-walk",
                    &[
                        ("exit", Arg::from(exit)),
                        (
                            "distance",
                            Arg::from(length(
                                lang,
                                (route.length_mm / 1000.0).round() as i64 * 1000,
                            )),
                        ),
                    ],
                ),
            ));
        }
        lines.push((
            word("pack-show"),
            format!(
                "{} – {} · {}",
                date(lang, &plan.meta.start_date),
                date(lang, &plan.meta.end_date),
                plan.meta.venue
            ),
        ));
        lines.push((word("pack-organiser"), plan.meta.organiser_contact.clone()));
        lines
    }

    /// The line under a pack's map: its scale, and the way out when there is one.
    pub(super) fn caption(&self, scale: u32, route: Option<(&str, &Route)>) -> String {
        let lang = self.lang;
        let scale = Arg::Text(scale.to_string());
        match route {
            Some((exit, r)) => tr(
                lang,
                "pack-caption-route",
                &[
                    ("scale", scale),
                    ("exit", Arg::from(exit)),
                    (
                        "distance",
                        Arg::from(length(lang, (r.length_mm / 1000.0).round() as i64 * 1000)),
                    ),
                ],
            ),
            None => tr(lang, "pack-caption", &[("scale", scale)]),
        }
    }
}

/// The open sides of a booth in words: "north, east".
fn open_sides(open: crate::model::OpenSides, lang: Lang) -> String {
    let names: Vec<String> = open
        .sides()
        .map(|side| tr(lang, side_key(side), &[]))
        .collect();
    if names.is_empty() {
        tr(lang, "pack-none", &[])
    } else {
        names.join(", ")
    }
}

fn side_key(side: crate::model::Side) -> &'static str {
    match side {
        crate::model::Side::North => "side-north",
        crate::model::Side::East => "side-east",
        crate::model::Side::South => "side-south",
        crate::model::Side::West => "side-west",
    }
}
