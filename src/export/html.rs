//! The offline HTML map: one self-contained file that draws the floor from data. Booths,
//! halls, zones, obstacles and exits travel as JSON; a small script draws only what is in view
//! on a canvas, and sets the labels again at every zoom, fitted to each booth on the screen,
//! from outlines of the bundled fonts carried in the file (only the characters the plan uses),
//! so a phone with no Hangul font still shows 한빛통신. Nothing is fetched from anywhere.
//!
//! On a wide screen the search and the booth card sit beside the map; on a phone the map fills
//! the screen and they slide up from the bottom. Pan by dragging (two fingers on a phone),
//! zoom with the wheel, a pinch or the + / − buttons, "Fit" shows everything, and a hall picker
//! jumps to one hall. Search finds companies, booth numbers, countries and sectors in any
//! script, with or without diacritics, and says how many it found ("30 of 46 shown").
//! `#booth=A-101` or `#search=…` in the address selects a booth or runs a search.
//!
//! Every word of the page is in the map's language (`MapOptions::lang`): the markup's from the
//! catalogue, escaped; the script's travel in the JSON (`words`, with `%n`-style blanks the
//! script fills) and, like the plan's, reach the page only as text.
//!
//! Every plan string is data: it reaches the page inside JSON escaped for a script element
//! (and the show's name, XML-escaped, in the title), and the script puts it on the page only
//! as text.

use std::collections::{BTreeMap, BTreeSet};

use super::MapOptions;
use super::svg::{esc, map_bounds, shown_booths};
use crate::i18n::{Arg, Lang, tr};
use crate::model::{BoothStatus, ObstacleKind, Plan, Rect};

const STYLE: &str = r"
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
input, select, button { font-family: inherit; }
body { font-family: 'boothplan-0', 'boothplan-1', sans-serif; display: flex; height: 100vh; height: 100dvh; overflow: hidden; color: #111; }
#panel { width: 340px; display: flex; flex-direction: column; border-right: 1px solid #ccc; background: #fff; }
#panel header { padding: 10px 12px 6px; }
#panel h1 { font-size: 18px; margin: 0; }
.sub { font-size: 12px; color: #555; margin-top: 2px; }
#yours { color: #c62828; font-weight: 600; font-size: 14px; margin-top: 4px; }
#sheet { padding: 0 12px 12px; overflow: auto; flex: 1; }
#search { width: 100%; font-size: 16px; padding: 8px; border: 1px solid #999; border-radius: 6px; }
#status { font-size: 13px; color: #444; margin: 6px 0; min-height: 1em; }
#status.none { color: #b71c1c; }
#results { list-style: none; padding: 0; margin: 0; }
#results li button { width: 100%; text-align: left; border: 0; border-bottom: 1px solid #eee; background: none; padding: 7px 4px; cursor: pointer; font: inherit; font-size: 14px; }
#results li button:hover, #results li button:focus { background: #e3f2fd; }
#results li.group { font-weight: 600; font-size: 13px; padding: 8px 4px 2px; color: #333; }
.badge { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 8px; margin-left: 6px; vertical-align: 1px; border: 1px solid #0002; }
#info { margin: 8px 0; padding: 10px; background: #fff3e0; border-radius: 6px; }
#info h2 { margin: 0 0 2px; font-size: 20px; }
#info .company { font-size: 15px; margin-bottom: 6px; }
#info dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; font-size: 13px; }
#info dt { color: #666; }
#info dd { margin: 0; }
.lists { margin: 8px 0; display: flex; gap: 6px; flex-wrap: wrap; }
.lists button, #more { font: inherit; font-size: 13px; padding: 4px 8px; border: 1px solid #999; border-radius: 6px; background: #fafafa; cursor: pointer; }
details { font-size: 13px; margin-top: 8px; }
#legend div { display: flex; align-items: center; gap: 6px; margin: 3px 0; }
.swatch { width: 16px; height: 12px; border: 1px solid #555; flex: none; }
main { flex: 1; position: relative; min-width: 0; }
#map { position: absolute; inset: 0; width: 100%; height: 100%; touch-action: none; cursor: grab; display: block; }
.tools { position: absolute; right: 10px; top: 10px; display: flex; flex-direction: column; gap: 6px; }
.tools button { width: 44px; height: 44px; font-size: 22px; border: 1px solid #888; border-radius: 8px; background: #fffe; cursor: pointer; }
.tools button#fit { font-size: 13px; }
#hall { position: absolute; left: 10px; top: 10px; font-size: 15px; padding: 6px; border-radius: 6px; border: 1px solid #888; background: #fffe; max-width: 60%; }
#handle { display: none; }
@media (max-width: 700px) {
  body { display: block; }
  main { position: fixed; inset: 0; }
  #panel { position: fixed; left: 0; right: 0; bottom: 0; width: auto; max-height: 45%; border-right: 0; border-top: 1px solid #999; border-radius: 12px 12px 0 0; box-shadow: 0 -2px 10px #0003; z-index: 2; }
  #panel.open { max-height: 80%; }
  #panel header { padding: 4px 12px 2px; }
  #panel h1 { font-size: 15px; }
  .sub { display: none; }
  #handle { display: block; margin: 6px auto 0; width: 44px; height: 5px; border-radius: 3px; background: #999; border: 0; padding: 0; }
  .tools { top: 56px; }
}
";

const SCRIPT: &str = include_str!("html_map.js");

/// JSON that is safe inside a `<script type="application/json">` block: nothing in it can end
/// the block or open a comment, whatever the plan's strings hold (`<`, `>`, `&`, U+2028, U+2029
/// are written as `\\u` escapes, which JSON reads back as the same characters).
pub fn script_json(value: &serde_json::Value) -> String {
    let mut out = String::new();
    for c in value.to_string().chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// A rectangle in millimetres, the page's unit of length (the card shows sizes exactly).
fn rect_mm(r: &Rect) -> [i64; 4] {
    [r.x_mm, r.y_mm, r.w_mm, r.d_mm]
}

/// A plan string as the page shows it: composed (NFC), so its letters are drawn and matched
/// whole.
fn nfc(s: &str) -> String {
    crate::text::nfc(s).into_owned()
}

use super::svg::colour as hex;

/// Interns strings into a table, for data that repeats (countries, sectors, types).
#[derive(Default)]
struct Table {
    index: BTreeMap<String, usize>,
    items: Vec<String>,
}

impl Table {
    fn id(&mut self, s: &str) -> usize {
        if let Some(i) = self.index.get(s) {
            return *i;
        }
        self.items.push(s.to_owned());
        self.index.insert(s.to_owned(), self.items.len() - 1);
        self.items.len() - 1
    }
}

/// The ids of a map's entries that `keep` keeps, in order, and each one's place in that list
/// (the map's JSON refers to them by place).
fn listed<K: Ord + Copy, V>(
    map: &BTreeMap<K, V>,
    keep: impl Fn(&K, &V) -> bool,
) -> (Vec<K>, BTreeMap<K, usize>) {
    let ids: Vec<K> = map
        .iter()
        .filter(|(k, v)| keep(k, v))
        .map(|(k, _)| *k)
        .collect();
    let index = ids.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    (ids, index)
}

/// The script's words, by catalogue key. The page reads each under the key less `html-`, with
/// dashes as underscores (`html-found-one` as `found_one`); the script fills `%name` in them
/// (`%n`, `%query`) and shows them only as text. One and many are separate messages where
/// English needs both; the script picks by the count.
const SCRIPT_WORDS: [&str; 26] = [
    "html-found-one",
    "html-found-many",
    "html-shown-some",
    "html-nothing",
    "html-no-booth",
    "html-no-sector",
    "html-show-more",
    "html-exhibitors-one",
    "html-exhibitors-many",
    "html-booths-one",
    "html-booths-many",
    "html-listed-az",
    "html-listed-sector",
    "html-no-exhibitor",
    "html-no-name",
    "html-hall",
    "html-card-zone",
    "html-card-sector",
    "html-card-country",
    "html-card-size",
    "html-card-type",
    "html-card-exit",
    "html-exit-about",
    "html-all-halls",
    "html-site",
    "map-legend-exit",
];

/// The script's words in `lang` (see [`SCRIPT_WORDS`]), and "Your booth: …" for the booths
/// that stand out, already written.
fn script_words(lang: Lang, yours: &[String]) -> serde_json::Map<String, serde_json::Value> {
    let mut words: serde_json::Map<String, serde_json::Value> = SCRIPT_WORDS
        .iter()
        .map(|&key| {
            let name = key.strip_prefix("html-").unwrap_or(key).replace('-', "_");
            (name, serde_json::Value::String(tr(lang, key, &[])))
        })
        .collect();
    if !yours.is_empty() {
        words.insert(
            "yours".to_owned(),
            serde_json::Value::String(tr(
                lang,
                "map-your-booth",
                &[
                    ("count", Arg::from(yours.len())),
                    ("numbers", Arg::from(yours.join(", "))),
                ],
            )),
        );
    }
    words
}

/// The language's thousands separator and decimal mark, as its formatter writes them
/// ("1,234.5", "1.234,5"), for the figures the script works out (sizes, areas, counts).
fn marks(lang: Lang) -> [String; 2] {
    let sample: Vec<char> = crate::i18n::decimal(lang, 1234.5, 1).chars().collect();
    let at = |i: usize, or: char| sample.get(i).copied().unwrap_or(or).to_string();
    [at(1, ','), at(5, '.')]
}

/// The map's data: everything the page draws and searches.
#[expect(
    clippy::too_many_lines,
    reason = "one JSON object, field by field, in the order the page reads it"
)]
fn map_data(plan: &Plan, options: &MapOptions) -> serde_json::Value {
    use serde_json::json;
    let in_view = |hall: crate::model::HallId| options.hall.is_none_or(|h| h == hall);
    let derived = crate::model::Derived::new(plan);
    let mut drawn: BTreeSet<char> = BTreeSet::new();
    let mut text = |s: &str| {
        drawn.extend(s.chars());
    };
    let (hall_ids, hall_index) = listed(&plan.halls, |id, _| in_view(*id));
    let halls: Vec<serde_json::Value> = hall_ids
        .iter()
        .filter_map(|id| plan.halls.get(id))
        .map(|h| {
            let name = nfc(&h.name);
            text(&name);
            let walls: Vec<[i64; 4]> = h
                .outer_edges()
                .iter()
                .map(|e| {
                    let (a, b) = e.ends();
                    [a.x_mm, a.y_mm, b.x_mm, b.y_mm]
                })
                .collect();
            json!({
                "name": name,
                "code": nfc(&h.code),
                "rects": h.outline.iter().map(rect_mm).collect::<Vec<_>>(),
                "walls": walls,
                "bounds": rect_mm(&h.bounds()),
            })
        })
        .collect();
    let (zone_ids, zone_index) = listed(&plan.zones, |_, z| in_view(z.hall));
    let zones: Vec<serde_json::Value> = zone_ids
        .iter()
        .filter_map(|id| plan.zones.get(id))
        .map(|z| {
            json!({
                "name": nfc(&z.name),
                "colour": hex(z.colour),
                "rects": z.areas.iter().map(rect_mm).collect::<Vec<_>>(),
            })
        })
        .collect();
    let obstacles: Vec<serde_json::Value> = plan
        .obstacles
        .values()
        .filter(|o| in_view(o.hall))
        .map(|o| {
            let kind = ObstacleKind::ALL
                .iter()
                .position(|k| *k == o.kind)
                .unwrap_or(0);
            let named = matches!(o.kind, ObstacleKind::Stage | ObstacleKind::ServiceCore);
            if named {
                text(&o.label);
            }
            json!([
                kind,
                rect_mm(&o.rect),
                if named { o.label.as_str() } else { "" }
            ])
        })
        .collect();
    let (exit_ids, exit_index) = listed(&plan.exits, |_, e| in_view(e.hall));
    let exits: Vec<serde_json::Value> = exit_ids
        .iter()
        .filter_map(|id| plan.exits.get(id))
        .map(|e| {
            let label = nfc(&e.label);
            text(&label);
            let wall = match e.wall {
                crate::model::Side::North => "n",
                crate::model::Side::South => "s",
                crate::model::Side::West => "w",
                crate::model::Side::East => "e",
            };
            json!({
                "label": label,
                "door": rect_mm(&e.door().expanded(150)),
                "clear": rect_mm(&e.clearance_zone(&plan.rules)),
                "wall": wall,
                "at": [e.at.x_mm, e.at.y_mm],
            })
        })
        .collect();
    // Exits by hall, for each booth's nearest (in a straight line, as the packs say).
    let mut exits_of: BTreeMap<crate::model::HallId, Vec<crate::model::ExitId>> = BTreeMap::new();
    for id in &exit_ids {
        if let Some(e) = plan.exits.get(id) {
            exits_of.entry(e.hall).or_default().push(*id);
        }
    }
    let mut countries = Table::default();
    let mut sectors = Table::default();
    let mut types = Table::default();
    let mut exhibitor_index: BTreeMap<crate::model::ExhibitorId, usize> = BTreeMap::new();
    let mut exhibitors: Vec<serde_json::Value> = Vec::new();
    let mut booths: Vec<serde_json::Value> = Vec::new();
    let mut booth_index: BTreeMap<crate::model::BoothId, usize> = BTreeMap::new();
    // Booth types by catalogue key, in the map's language, written once each.
    let mut type_names: BTreeMap<&'static str, String> = BTreeMap::new();
    // In the order of their numbers ("A-102" before "A-1001"), so a search lists hits in
    // order without sorting them.
    let mut shown: Vec<_> = shown_booths(plan, options).collect();
    shown.sort_by_cached_key(|(id, b)| (super::lists::natural_key(&b.number), *id));
    for (id, b) in shown {
        let number = nfc(&b.number);
        text(&number);
        let exhibitor = match b
            .exhibitor
            .and_then(|e| plan.exhibitors.get(&e).map(|x| (e, x)))
        {
            Some((e, x)) => {
                let next = exhibitor_index.len();
                let i = *exhibitor_index.entry(e).or_insert_with(|| {
                    let name = nfc(&x.name);
                    text(&name);
                    exhibitors.push(json!([
                        name,
                        countries.id(&nfc(&x.country)),
                        sectors.id(&nfc(&x.sector))
                    ]));
                    next
                });
                i64::try_from(i).unwrap_or(-1)
            }
            None => -1,
        };
        let zone = plan
            .zone_of(b)
            .and_then(|z| zone_index.get(&z))
            .map_or(-1, |i| i64::try_from(*i).unwrap_or(-1));
        let c = b.rect.centre();
        let nearest = super::svg::nearest_exit(
            exits_of
                .get(&b.hall)
                .into_iter()
                .flatten()
                .filter_map(|x| plan.exits.get(x).map(|e| (x, e))),
            c,
        )
        .map(|(id, _, d)| (d, id));
        let (exit, exit_m) = nearest.map_or((-1, 0), |(d, x)| {
            (
                exit_index
                    .get(x)
                    .map_or(-1, |i| i64::try_from(*i).unwrap_or(-1)),
                (d / 1000.0).round() as i64,
            )
        });
        let status = BoothStatus::ALL
            .iter()
            .position(|s| *s == b.status)
            .unwrap_or(0);
        let type_name = type_names
            .entry(derived.booth_type(id).key())
            .or_insert_with_key(|key| tr(options.lang, key, &[]));
        let kind = types.id(type_name);
        booth_index.insert(id, booths.len());
        booths.push(json!([
            b.rect.x_mm,
            b.rect.y_mm,
            b.rect.w_mm,
            b.rect.d_mm,
            status,
            hall_index
                .get(&b.hall)
                .map_or(-1, |i| i64::try_from(*i).unwrap_or(-1)),
            zone,
            exhibitor,
            number,
            kind,
            exit,
            exit_m,
        ]));
    }
    // The characters drawn on the map, as outlines (a missing one is drawn as nothing), and
    // the ellipsis of a shortened name.
    drawn.insert('…');
    let glyphs: serde_json::Map<String, serde_json::Value> = drawn
        .into_iter()
        .filter(|c| !c.is_control())
        .filter_map(|c| {
            super::label::outline(c).map(|(advance, path)| (c.to_string(), json!([advance, path])))
        })
        .collect();
    // The lists "A–Z" and "by sector": allocated booths by company (then number), and by
    // sector, then company, ordered here once rather than in the page at every click.
    let name_of = |b: &serde_json::Value, field: usize| -> String {
        let e = b[7].as_i64().unwrap_or(-1);
        usize::try_from(e)
            .ok()
            .and_then(|e| exhibitors.get(e))
            .map(|x| match field {
                0 => x[0].as_str().map(crate::text::fold).unwrap_or_default(),
                _ => x[2]
                    .as_u64()
                    .and_then(|s| sectors.items.get(usize::try_from(s).ok()?))
                    .map(|s| crate::text::fold(s))
                    .unwrap_or_default(),
            })
            .unwrap_or_default()
    };
    let allocated: Vec<usize> = (0..booths.len())
        .filter(|i| booths[*i][7].as_i64().unwrap_or(-1) >= 0)
        .collect();
    let mut order_az = allocated.clone();
    order_az.sort_by_cached_key(|i| name_of(&booths[*i], 0));
    let mut order_sector = allocated;
    order_sector.sort_by_cached_key(|i| (name_of(&booths[*i], 1), name_of(&booths[*i], 0)));
    let m = &plan.meta;
    let highlight: Vec<usize> = options
        .highlight
        .iter()
        .filter_map(|h| booth_index.get(h).copied())
        .collect();
    let yours: Vec<String> = highlight
        .iter()
        .filter_map(|i| booths.get(*i)?[8].as_str().map(str::to_owned))
        .collect();
    let lang = options.lang;
    let day = |d: &str| crate::i18n::date(lang, d);
    let sub = [
        options
            .hall
            .and_then(|h| plan.halls.get(&h))
            .map_or_else(String::new, |h| h.name.clone()),
        m.venue.clone(),
        match (m.start_date.is_empty(), m.end_date.is_empty()) {
            (false, false) => format!("{} – {}", day(&m.start_date), day(&m.end_date)),
            _ => format!("{}{}", day(&m.start_date), day(&m.end_date)),
        },
        tr(
            lang,
            "html-revision",
            &[("revision", Arg::Text(m.revision.to_string()))],
        ),
    ]
    .into_iter()
    .filter(|p| !p.trim().is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    json!({
        "title": nfc(&m.show_name),
        "sub": sub,
        "bounds": rect_mm(&map_bounds(plan, options)),
        "halls": halls,
        "zones": zones,
        "kinds": ObstacleKind::ALL.iter().map(|k| tr(lang, k.key(), &[])).collect::<Vec<_>>(),
        "obstacles": obstacles,
        "exits": exits,
        "statuses": BoothStatus::ALL.iter().map(|s| tr(lang, s.key(), &[])).collect::<Vec<_>>(),
        "status_legend": BoothStatus::ALL
            .iter()
            .map(|s| tr(lang, &s.key().replacen("status-", "map-legend-", 1), &[]))
            .collect::<Vec<_>>(),
        "types": types.items,
        "countries": countries.items,
        "sectors": sectors.items,
        "exhibitors": exhibitors,
        "booths": booths,
        "highlight": highlight,
        "order_az": order_az,
        "order_sector": order_sector,
        "glyphs": glyphs,
        "words": script_words(lang, &yours),
        "marks": marks(lang),
    })
}

/// Words of the page itself (beyond the plan's), for the web fonts.
const PAGE_WORDS: &str = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—…×²“”·ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

/// Every character of every string in `value`.
fn characters(value: &serde_json::Value, into: &mut BTreeSet<char>) {
    match value {
        serde_json::Value::String(s) => into.extend(s.chars()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| characters(v, into)),
        serde_json::Value::Object(fields) => fields.values().for_each(|v| characters(v, into)),
        _ => {}
    }
}

/// `@font-face` rules for the page's panel: each bundled font cut to the characters the page
/// shows that it is the first to have (Noto Sans for Latin and Vietnamese, `NanumGothic` for
/// Hangul), as the editor and the PDFs fall back.
pub(super) fn font_faces(data: &serde_json::Value) -> String {
    font_faces_with(data, "")
}

/// [`font_faces`] for `data` and the words of the page's own markup, `words`.
fn font_faces_with(data: &serde_json::Value, words: &str) -> String {
    let mut chars = BTreeSet::new();
    characters(data, &mut chars);
    chars.extend(PAGE_WORDS.chars());
    chars.extend(words.chars());
    let mut by_font: Vec<Vec<char>> = vec![Vec::new(); crate::fonts::CHAIN.len()];
    for c in chars.into_iter().filter(|c| !c.is_control()) {
        let (font, glyph, _) = super::label::glyph(c);
        if glyph != 0 {
            by_font[font].push(c);
        }
    }
    crate::fonts::CHAIN
        .iter()
        .zip(by_font)
        .enumerate()
        .filter_map(|(i, (font, chars))| {
            let cut = super::webfont::subset(font, chars)?;
            Some(format!(
                "@font-face {{ font-family: 'boothplan-{i}'; src: url(data:font/ttf;base64,{}) format('truetype'); }}\n",
                super::base64(&cut)
            ))
        })
        .collect()
}

/// The whole page: the map's data and the script that draws it, in `options.lang`.
pub fn map_page(plan: &Plan, options: &MapOptions) -> String {
    let lang = options.lang;
    let value = map_data(plan, options);
    // The words of the page's markup, from the catalogue, escaped as any text in markup.
    let word = |key: &str| tr(lang, key, &[]);
    let page_title = tr(
        lang,
        "html-page-title",
        &[("show", Arg::from(plan.meta.show_name.as_str()))],
    );
    let words = [
        word("html-panel-more"),
        word("html-search-placeholder"),
        word("html-search-label"),
        word("html-list-az"),
        word("html-list-sector"),
        word("html-legend"),
        word("html-map-label"),
        word("html-hall"),
        word("html-zoom-in"),
        word("html-zoom-out"),
        word("html-fit-label"),
        word("html-fit"),
    ];
    let fonts = font_faces_with(&value, &format!("{page_title}{}", words.concat()));
    let [
        more,
        placeholder,
        search_label,
        az,
        by_sector,
        legend,
        map_label,
        hall,
        zoom_in,
        zoom_out,
        fit_label,
        fit,
    ] = words.map(|w| esc(&w));
    let data = script_json(&value);
    let title = esc(&plan.meta.show_name);
    let page_title = esc(&page_title);
    let code = lang.code();
    format!(
        "<!doctype html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{page_title}</title><style>{fonts}{STYLE}</style></head>\n<body data-booths=\"{n}\">\n<div id=\"panel\"><button id=\"handle\" aria-label=\"{more}\"></button><header><h1>{title}</h1><div class=\"sub\" id=\"sub\"></div><div id=\"yours\"></div></header>\n<div id=\"sheet\"><input id=\"search\" type=\"search\" placeholder=\"{placeholder}\" aria-label=\"{search_label}\" autocomplete=\"off\"><div id=\"status\" role=\"status\"></div><div id=\"info\" hidden></div><ul id=\"results\"></ul><div class=\"lists\"><button id=\"az\">{az}</button><button id=\"by-sector\">{by_sector}</button></div><details id=\"legend-box\"><summary>{legend}</summary><div id=\"legend\"></div></details></div></div>\n<main><canvas id=\"map\" aria-label=\"{map_label}\"></canvas><select id=\"hall\" aria-label=\"{hall}\"></select><div class=\"tools\"><button id=\"zoom-in\" aria-label=\"{zoom_in}\">+</button><button id=\"zoom-out\" aria-label=\"{zoom_out}\">−</button><button id=\"fit\" aria-label=\"{fit_label}\">{fit}</button></div></main>\n<script id=\"map-data\" type=\"application/json\">{data}</script>\n<script>{SCRIPT}</script></body></html>\n",
        n = shown_booths(plan, options).count(),
    )
}
