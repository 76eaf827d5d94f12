//! The change report for staff ("what changed since the list you printed on Monday"): every
//! change grouped by hall, then booth, with a small map of each hall on which the changed
//! booths are marked — added green, moved or resized blue with a dashed outline at the old
//! place, removed red. As a paginated PDF, and as one self-contained HTML file.

use std::fmt::Write as _;

use super::label::{shorten, wrap};
use super::pdf::{MARGIN, Page, Paper, Placed, page_start, render};
use super::scene::{Item, Scene};
use super::svg::{Frame, TextAs, esc, to_svg};
use super::{ExportError, MapOptions};
use crate::compare::render::{by_hall, hall_heading_in, line_in, summary_in};
use crate::compare::{Change, Diff, Kind, Object};
use crate::i18n::{Arg, Lang, tr};
use crate::model::{HallId, Plan};

const GREEN: [u8; 3] = [0x2e, 0x7d, 0x32];
const BLUE: [u8; 3] = [0x15, 0x65, 0xc0];
const RED: [u8; 3] = [0xc6, 0x28, 0x28];

/// The colour a change is marked in, on the map and in the list.
fn colour(c: &Change) -> Option<[u8; 3]> {
    match (c.object, c.kind) {
        (Object::Finding, Kind::Appeared) | (_, Kind::Removed) => Some(RED),
        (Object::Finding, Kind::Resolved) | (_, Kind::Added) => Some(GREEN),
        (_, Kind::Moved | Kind::Resized) => Some(BLUE),
        _ => None,
    }
}

use super::svg::colour as hex;

/// The title and the line under it.
fn headline(old: &Plan, new: &Plan, diff: &Diff, lang: Lang) -> (String, String) {
    (
        tr(
            lang,
            "changes-title",
            &[("show", Arg::from(crate::text::visible(&new.meta.show_name)))],
        ),
        tr(
            lang,
            "changes-subtitle",
            &[
                ("from", Arg::Text(old.meta.revision.to_string())),
                ("to", Arg::Text(new.meta.revision.to_string())),
                ("summary", Arg::from(summary_in(diff, lang))),
            ],
        ),
    )
}

/// A hall's map with its changed booths marked: the newer plan's map (the older one's for a
/// hall that is gone), `None` for changes that belong to no hall.
fn hall_map(
    (old, new): (&Plan, &Plan),
    hall: Option<HallId>,
    changes: &[&Change],
    lang: Lang,
) -> Option<Scene> {
    let hall = hall?;
    let plan = if new.halls.contains_key(&hall) {
        new
    } else {
        old
    };
    if !plan.halls.contains_key(&hall) {
        return None;
    }
    let options = MapOptions {
        hall: Some(hall),
        lang,
        ..MapOptions::default()
    };
    let mut scene = super::scene::map(plan, &options, None);
    let frame = Frame::new(plan, &options);
    // Marks a little thicker than the booth outlines at any map size.
    let width = (scene.width / 300.0).max(1.5);
    for c in changes.iter().filter(|c| c.object == Object::Booth) {
        let Some(rgb) = colour(c) else { continue };
        if let (Some(old), Kind::Moved | Kind::Resized) = (c.old_rect, c.kind) {
            scene.items.push(dashed(frame.rect(&old), rgb, width));
        }
        let at = if c.kind == Kind::Removed {
            c.old_rect
        } else {
            c.new_rect
        };
        if let Some(r) = at {
            scene.items.push(Item::Rect {
                r: frame.rect(&r),
                fill: None,
                opacity: 1.0,
                stroke: Some((rgb, width)),
            });
        }
    }
    Some(scene)
}

/// A rectangle's outline as dashes (map units).
fn dashed([x, y, w, h]: [f64; 4], colour: [u8; 3], width: f64) -> Item {
    let (dash, gap) = (width * 3.0, width * 2.0);
    let mut segments = Vec::new();
    for (x0, y0, x1, y1) in [
        (x, y, x + w, y),
        (x + w, y, x + w, y + h),
        (x + w, y + h, x, y + h),
        (x, y + h, x, y),
    ] {
        let length = (x1 - x0).hypot(y1 - y0);
        let mut t = 0.0;
        while t < length {
            let t1 = (t + dash).min(length);
            let at = |s: f64| (x0 + (x1 - x0) * s / length, y0 + (y1 - y0) * s / length);
            let ((ax, ay), (bx, by)) = (at(t), at(t1));
            segments.push([ax, ay, bx, by]);
            t += dash + gap;
        }
    }
    Item::Lines {
        segments,
        colour,
        width,
    }
}

/// What the PDF lays out, top to bottom.
enum Block {
    Heading(String),
    Map(Scene),
    Line { text: String, colour: String },
}

/// A block on a page: itself, or a hall's heading again over the rest of its list.
enum Laid<'b> {
    Block(&'b Block),
    Continued(&'b str),
}

const MAP_H: f64 = 320.0;
const LINE_H: f64 = 11.5;
const HEADING_H: f64 = 22.0;

/// Every heading, map and line of the report, in order.
fn blocks(old: &Plan, new: &Plan, diff: &Diff, width: f64, lang: Lang) -> Vec<Block> {
    let mut blocks = Vec::new();
    for (hall, changes) in by_hall(diff) {
        blocks.push(Block::Heading(hall_heading_in(hall, old, new, lang)));
        if let Some(scene) = hall_map((old, new), hall, &changes, lang) {
            blocks.push(Block::Map(scene));
        }
        for c in changes {
            let colour = hex(colour(c).unwrap_or([0x22, 0x22, 0x22]));
            for (i, text) in wrap(&line_in(c, lang), 9.0, width - 12.0)
                .into_iter()
                .enumerate()
            {
                let text = if i == 0 { text } else { format!("   {text}") };
                blocks.push(Block::Line {
                    text,
                    colour: colour.clone(),
                });
            }
        }
    }
    if diff.is_empty() {
        blocks.push(Block::Line {
            text: tr(lang, "changes-nothing", &[]),
            colour: "#222222".to_owned(),
        });
    }
    blocks
}

/// The blocks laid out on pages, each with its top; the first page's start at `top`, every
/// page's end at `bottom`.
fn layout(blocks: &[Block], width: f64, (top, bottom): (f64, f64)) -> Vec<Vec<(f64, Laid<'_>)>> {
    // Layout: each page's blocks with their tops.
    let height = |b: &Block| match b {
        Block::Heading(_) => HEADING_H,
        Block::Map(s) => s.height * (width / s.width).min(MAP_H / s.height) + 8.0,
        Block::Line { .. } => LINE_H,
    };
    let mut pages: Vec<Vec<(f64, Laid<'_>)>> = vec![Vec::new()];
    let (mut y, bottom) = (top, bottom);
    let mut heading: Option<&str> = None;
    for (i, block) in blocks.iter().enumerate() {
        // A heading keeps its next block on its page.
        let need = height(block)
            + match block {
                Block::Heading(_) => blocks.get(i + 1).map_or(0.0, height),
                _ => 0.0,
            };
        if y + need > bottom && pages.last().is_some_and(|p| !p.is_empty()) {
            y = MARGIN + 24.0;
            let mut page = Vec::new();
            if let (Block::Line { .. }, Some(h)) = (block, heading) {
                page.push((y, Laid::Continued(h)));
                y += HEADING_H;
            }
            pages.push(page);
        }
        if let Block::Heading(h) = block {
            heading = Some(h);
        }
        if let Some(p) = pages.last_mut() {
            p.push((y, Laid::Block(block)));
        }
        y += height(block);
    }
    pages
}

/// The first page's head: title, the line under it, and the key to the map colours.
fn first_page_head(s: &mut String, (title, subtitle): (&str, &str), width: f64, lang: Lang) {
    let _ = write!(
        s,
        r##"<text x="{MARGIN}" y="{:.1}" font-size="16" fill="#111">{}</text><text x="{MARGIN}" y="{:.1}" font-size="10" fill="#444">{}</text>"##,
        MARGIN + 14.0,
        esc(&shorten(title, 16.0, width)),
        MARGIN + 32.0,
        esc(&shorten(subtitle, 10.0, width))
    );
    let _ = write!(
        s,
        r##"<text x="{MARGIN}" y="{:.1}" font-size="9" fill="#444">{} <tspan fill="{}">{}</tspan> · <tspan fill="{}">{}</tspan> · <tspan fill="{}">{}</tspan></text>"##,
        MARGIN + 46.0,
        esc(&tr(lang, "changes-key-on-maps", &[])),
        hex(GREEN),
        esc(&tr(lang, "changes-key-added", &[])),
        hex(BLUE),
        esc(&tr(lang, "changes-key-moved", &[])),
        hex(RED),
        esc(&tr(lang, "changes-key-removed", &[]))
    );
}

/// The change report as a PDF: the site-wide changes, then each hall with its map and its
/// changes; a hall's list running onto the next page has its heading again there.
///
/// # Errors
/// When a font cannot be read or the PDF cannot be written.
pub fn changes_pdf(
    old: &Plan,
    new: &Plan,
    diff: &Diff,
    paper: Paper,
    printed: &str,
    lang: Lang,
) -> Result<Vec<u8>, ExportError> {
    let (pw, ph) = paper.portrait();
    let width = pw - 2.0 * MARGIN;
    let blocks = blocks(old, new, diff, width, lang);
    let (title, subtitle) = headline(old, new, diff, lang);
    let pages = layout(&blocks, width, (MARGIN + 56.0, ph - MARGIN - 20.0));
    let count = pages.len();
    let mut out = Vec::with_capacity(count);
    for (n, page) in pages.iter().enumerate() {
        let mut s = page_start(pw, ph);
        if n == 0 {
            first_page_head(&mut s, (&title, &subtitle), width, lang);
        } else {
            let _ = write!(
                s,
                r##"<text x="{MARGIN}" y="{:.1}" font-size="9" fill="#555">{}</text>"##,
                MARGIN + 8.0,
                esc(&shorten(&title, 9.0, width))
            );
        }
        let mut maps = Vec::new();
        for (top, laid) in page {
            let block = match laid {
                Laid::Block(b) => *b,
                Laid::Continued(h) => {
                    let _ = write!(
                        s,
                        r##"<text x="{MARGIN}" y="{:.1}" font-size="12" font-weight="bold" fill="#111">{}</text>"##,
                        top + 15.0,
                        esc(&shorten(
                            &tr(
                                lang,
                                "list-continued",
                                &[("group", Arg::from(h.to_string()))]
                            ),
                            12.0,
                            width
                        ))
                    );
                    continue;
                }
            };
            match block {
                Block::Heading(h) => {
                    let _ = write!(
                        s,
                        r##"<text x="{MARGIN}" y="{:.1}" font-size="12" font-weight="bold" fill="#111">{}</text>"##,
                        top + 15.0,
                        esc(&shorten(h, 12.0, width))
                    );
                }
                Block::Map(scene) => {
                    let k = (width / scene.width).min(MAP_H / scene.height);
                    let at = (MARGIN + (width - scene.width * k) / 2.0, *top);
                    maps.push(Placed {
                        scene: scene.clone(),
                        k,
                        at,
                        clip: Some([MARGIN, *top, width, scene.height * k]),
                    });
                }
                Block::Line { text, colour } => {
                    let _ = write!(
                        s,
                        r#"<text x="{:.1}" y="{:.1}" font-size="9" fill="{colour}">{}</text>"#,
                        MARGIN + 6.0,
                        top + 9.0,
                        esc(text)
                    );
                }
            }
        }
        let footer = tr(
            lang,
            "changes-footer",
            &[
                ("page", Arg::from(n + 1)),
                ("pages", Arg::from(count)),
                ("date", Arg::from(crate::i18n::date(lang, printed))),
                ("show", Arg::from(crate::text::visible(&new.meta.show_name))),
                ("from", Arg::Text(old.meta.revision.to_string())),
                ("to", Arg::Text(new.meta.revision.to_string())),
            ],
        );
        let _ = write!(
            s,
            r##"<text x="{MARGIN}" y="{:.1}" font-size="8" fill="#555">{}</text></svg>"##,
            ph - MARGIN,
            esc(&shorten(&footer, 8.0, width))
        );
        out.push(Page { svg: s, maps });
    }
    render(&out, &title)
}

const STYLE: &str = "body{font-family:'boothplan-0','boothplan-1',sans-serif;color:#111;max-width:60rem;margin:1.5rem auto;padding:0 1rem}h1{font-size:1.5rem;margin:0}p.sub{color:#444;margin:.3rem 0 1.2rem}h2{font-size:1.15rem;margin:1.6rem 0 .4rem;border-bottom:1px solid #ccc}svg{max-width:100%;height:auto;display:block;margin:.4rem 0}table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.25rem .4rem;border-bottom:1px solid #eee;vertical-align:top}th{background:#f3f3f3}td.k{white-space:nowrap;font-weight:bold}.key span{display:inline-block;margin-right:1rem}.key b{display:inline-block;width:.9rem;height:.9rem;border:2px solid;margin-right:.3rem;vertical-align:middle}footer{color:#555;font-size:.8rem;margin-top:2rem}";

/// The change report as one self-contained HTML file: the bundled fonts cut to the page's
/// characters, each hall's map as inline SVG with its text as outlines, no script. Every
/// name from the plans is escaped: data, never markup.
pub fn changes_html(old: &Plan, new: &Plan, diff: &Diff, printed: &str, lang: Lang) -> String {
    let (title, subtitle) = headline(old, new, diff, lang);
    let word = |key: &str| esc(&tr(lang, key, &[]));
    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>{}</h1><p class=\"sub\">{}</p><p class=\"key\"><span><b style=\"border-color:{}\"></b>{}</span><span><b style=\"border-color:{};border-style:dashed\"></b>{}</span><span><b style=\"border-color:{}\"></b>{}</span></p>",
        esc(&title),
        esc(&subtitle),
        hex(GREEN),
        word("changes-html-added"),
        hex(BLUE),
        word("changes-html-moved"),
        hex(RED),
        word("changes-html-removed")
    );
    for (hall, changes) in by_hall(diff) {
        let _ = write!(
            body,
            "<section><h2>{}</h2>",
            esc(&hall_heading_in(hall, old, new, lang))
        );
        if let Some(scene) = hall_map((old, new), hall, &changes, lang) {
            body.push_str(&to_svg(&scene, TextAs::Outlines));
        }
        let _ = write!(
            body,
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            word("changes-col-what"),
            word("changes-col-change"),
            word("changes-col-details")
        );
        for c in changes {
            let style =
                colour(c).map_or_else(String::new, |rgb| format!(" style=\"color:{}\"", hex(rgb)));
            let _ = write!(
                body,
                "<tr><td>{} <small>{}</small></td><td class=\"k\"{style}>{}</td><td>{}</td></tr>",
                esc(&c.name_in(lang)),
                esc(&c.id),
                esc(&c.kind.label_in(lang)),
                esc(&c.detail_in(lang))
            );
        }
        body.push_str("</tbody></table></section>");
    }
    if diff.is_empty() {
        let _ = write!(body, "<p>{}</p>", word("changes-nothing"));
    }
    let _ = write!(
        body,
        "<footer>{}</footer>",
        esc(&tr(
            lang,
            "changes-html-footer",
            &[("date", Arg::from(crate::i18n::date(lang, printed)))]
        ))
    );
    let fonts = super::html::font_faces(&serde_json::Value::String(format!(
        "{title}{subtitle}{body}"
    )));
    format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title><style>{fonts}{STYLE}</style></head>\n<body>{body}</body></html>\n",
        lang.code(),
        esc(&title)
    )
}
