//! The map as SVG: the scene ([`super::scene`]) written out, its text either as text (for
//! reading back and testing) or as outlines of the bundled fonts' glyphs, each glyph defined
//! once and used wherever it appears, so the file opens anywhere with no font installed.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::MapOptions;
use super::scene::{Anchor, Item, MARGIN, MM_PER_UNIT, Paint, Rgb, Scene, Text};
use crate::model::{BoothId, ObstacleKind, Plan, Rect};

use crate::fonts::FAMILY as FONT;
const HEADER: f64 = super::scene::HEADER;
const LEGEND_COLUMN: f64 = super::scene::LEGEND_COLUMN;

fn u(mm: i64) -> f64 {
    mm as f64 / MM_PER_UNIT
}

/// Escapes text for XML.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters XML does not allow (controls, U+FFFE, U+FFFF) become spaces: the
            // file must always parse back.
            c if ((c as u32) < 0x20 && c != '\t') || c == '\u{fffe}' || c == '\u{ffff}' => {
                out.push(' ');
            }
            c => out.push(c),
        }
    }
    out
}

/// The area the map shows, in plan millimetres.
pub fn map_bounds(plan: &Plan, options: &MapOptions) -> Rect {
    match options.hall.and_then(|h| plan.halls.get(&h)) {
        Some(h) => h.bounds(),
        None => plan.site_bounds(),
    }
}

/// Booths the map shows.
pub fn shown_booths<'p>(
    plan: &'p Plan,
    options: &MapOptions,
) -> impl Iterator<Item = (BoothId, &'p crate::model::Booth)> {
    let hall = options.hall;
    plan.booths
        .iter()
        .filter(move |(_, b)| hall.is_none_or(|h| b.hall == h))
        .map(|(id, b)| (*id, b))
}

/// Of `exits` (each with a key of the caller's), the one nearest `at` in a straight line, and
/// how far (millimetres).
pub fn nearest_exit<'p, K>(
    exits: impl Iterator<Item = (K, &'p crate::model::Exit)>,
    at: crate::model::Point,
) -> Option<(K, &'p crate::model::Exit, f64)> {
    exits
        .map(|(k, x)| {
            let d = ((x.at.x_mm - at.x_mm) as f64).hypot((x.at.y_mm - at.y_mm) as f64);
            (k, x, d)
        })
        .min_by(|a, b| a.2.total_cmp(&b.2))
}

/// A note for a highlighted booth.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// A pillar stands inside the booth: its label.
    Pillar(String),
    /// The nearest exit in a straight line: its label and the distance, mm (whole metres).
    NearestExit(String, i64),
}

impl Note {
    /// The note in a language.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{Arg, length, tr};
        match self {
            Note::Pillar(label) => tr(lang, "map-note-pillar", &[("pillar", Arg::from(label))]),
            Note::NearestExit(label, mm) => tr(
                lang,
                "map-note-nearest-exit",
                &[
                    ("exit", Arg::from(label)),
                    ("distance", Arg::from(length(lang, *mm))),
                ],
            ),
        }
    }
}

/// Notes for the highlighted booth: pillars inside it and the nearest exit (straight line).
pub fn highlight_notes(plan: &Plan, booth: BoothId) -> Vec<Note> {
    let Some(b) = plan.booths.get(&booth) else {
        return Vec::new();
    };
    let mut notes = Vec::new();
    for o in plan
        .obstacles
        .values()
        .filter(|o| o.hall == b.hall && o.kind == ObstacleKind::Pillar && o.rect.overlaps(&b.rect))
    {
        notes.push(Note::Pillar(o.label.clone()));
    }
    let c = b.rect.centre();
    let nearest = nearest_exit(
        plan.exits
            .values()
            .filter(|x| x.hall == b.hall)
            .map(|x| ((), x)),
        c,
    );
    if let Some(((), x, d)) = nearest {
        notes.push(Note::NearestExit(
            x.label.clone(),
            (d / 1000.0).round() as i64 * 1000,
        ));
    }
    notes
}

/// Where plan millimetres land in the map's SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// SVG x of plan x = 0.
    pub ox: f64,
    /// SVG y of plan y = 0.
    pub oy: f64,
    /// Width of the whole map.
    pub width: f64,
    /// Height of the whole map.
    pub height: f64,
    /// Height of the legend block.
    pub legend_h: f64,
    /// Legend entries per row (as many as the width holds, at most four).
    pub legend_columns: usize,
}

/// The notes under "Your booth", one list for every highlighted booth (numbered when more
/// than one).
pub(super) fn all_highlight_notes(
    plan: &Plan,
    highlight: &[BoothId],
    lang: crate::i18n::Lang,
) -> Vec<String> {
    let highlight: std::collections::BTreeSet<BoothId> = highlight
        .iter()
        .copied()
        .filter(|h| plan.booths.contains_key(h))
        .collect();
    let several = highlight.len() > 1;
    highlight
        .into_iter()
        .flat_map(|h| {
            let number = plan.booths.get(&h).map_or("", |b| b.number.as_str());
            highlight_notes(plan, h).into_iter().map(move |n| {
                let n = n.text(lang);
                if several { format!("{number}: {n}") } else { n }
            })
        })
        .collect()
}

impl Frame {
    /// The frame of a map.
    pub fn new(plan: &Plan, options: &MapOptions) -> Self {
        let bounds = map_bounds(plan, options);
        let width = (u(bounds.right() - bounds.x_mm) + 2.0 * MARGIN).max(700.0);
        let legend_columns = (((width - 2.0 * MARGIN) / LEGEND_COLUMN) as usize).clamp(1, 4);
        let legend_h = 30.0
            + 22.0
                * super::scene::legend_items(plan, options)
                    .len()
                    .div_ceil(legend_columns) as f64;
        // The notes under "Your booth" push the plan down rather than run into it.
        let notes = all_highlight_notes(plan, &options.highlight, options.lang).len();
        let header = HEADER + 14.0 * notes.saturating_sub(3) as f64;
        Self {
            ox: MARGIN - u(bounds.x_mm),
            oy: MARGIN + header - u(bounds.y_mm),
            width,
            height: u(bounds.bottom() - bounds.y_mm) + 2.0 * MARGIN + header + legend_h,
            legend_h,
            legend_columns,
        }
    }

    /// A plan rectangle in SVG units: x, y, width, height.
    pub fn rect(&self, r: &Rect) -> [f64; 4] {
        [
            self.ox + u(r.x_mm),
            self.oy + u(r.y_mm),
            u(r.w_mm),
            u(r.d_mm),
        ]
    }
}

/// How an SVG carries its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextAs {
    /// `<text>` elements naming the bundled fonts.
    Text,
    /// The glyphs' outlines: opens anywhere, no font needed.
    Outlines,
}

/// The SVG source of a map with its text as text.
pub fn map_source(plan: &Plan, options: &MapOptions) -> String {
    to_svg(&super::scene::map(plan, options, None), TextAs::Text)
}

/// A colour as SVG, HTML and CSS write it (`#1565c0`).
pub(crate) fn colour([r, g, b]: Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Writes a scene as an SVG document.
pub fn to_svg(scene: &Scene, text_as: TextAs) -> String {
    let (w, h) = (scene.width, scene.height);
    let mut s = String::new();
    let font = match text_as {
        TextAs::Text => format!(r#" font-family="{FONT}""#),
        TextAs::Outlines => String::new(),
    };
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.1} {h:.1}"{font}>"#
    );
    s.push_str("<defs>");
    s.push_str(&super::scene::hatch_pattern(5.0, super::scene::HATCH_WIDTH));
    // Each glyph once, by the order of first use; a space (no outline) or a character no
    // bundled font has is only its advance, as the labels were measured.
    let mut glyphs: BTreeMap<char, (Option<usize>, i64)> = BTreeMap::new();
    if text_as == TextAs::Outlines {
        let mut defined = 0;
        for t in scene.texts() {
            for c in t.text.chars() {
                if glyphs.contains_key(&c) {
                    continue;
                }
                let entry = match super::label::outline(c) {
                    Some((advance, path)) if !path.is_empty() => {
                        let _ = write!(s, r#"<path id="g{defined}" d="{path}"/>"#);
                        defined += 1;
                        (Some(defined - 1), advance)
                    }
                    Some((advance, _)) => (None, advance),
                    None => (None, (super::label::glyph(c).2 * 1000.0).round() as i64),
                };
                glyphs.insert(c, entry);
            }
        }
    }
    s.push_str("</defs>\n");
    let mut writer = Writer {
        out: s,
        glyphs: (text_as == TextAs::Outlines).then_some(glyphs),
    };
    writer.items(&scene.items);
    let mut s = writer.out;
    s.push_str("</svg>\n");
    s
}

/// Items written as an SVG fragment with their text as text (a legend swatch on a page laid
/// out as SVG).
pub fn fragment(items: &[Item]) -> String {
    let mut writer = Writer {
        out: String::new(),
        glyphs: None,
    };
    writer.items(items);
    writer.out
}

struct Writer {
    out: String,
    /// Glyph ids (none for a space) and advances (thousandths of an em) when text is written
    /// as outlines.
    glyphs: Option<BTreeMap<char, (Option<usize>, i64)>>,
}

impl Writer {
    fn items(&mut self, items: &[Item]) {
        for item in items {
            self.item(item);
        }
    }

    fn item(&mut self, item: &Item) {
        let s = &mut self.out;
        match item {
            Item::Rect {
                r,
                fill,
                opacity,
                stroke,
            } => {
                let fill = match fill {
                    Some(Paint::Solid(c)) => colour(*c),
                    Some(Paint::Hatch) => "url(#aisle)".to_owned(),
                    None => "none".to_owned(),
                };
                let _ = write!(
                    s,
                    r#"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" fill="{fill}""#,
                    r[0], r[1], r[2], r[3]
                );
                if *opacity < 1.0 {
                    let _ = write!(s, r#" fill-opacity="{opacity}""#);
                }
                if let Some((c, w)) = stroke {
                    let _ = write!(s, r#" stroke="{}" stroke-width="{w}""#, colour(*c));
                }
                s.push_str("/>\n");
            }
            Item::Lines {
                segments,
                colour: c,
                width,
            } => {
                s.push_str("<path d=\"");
                for [x1, y1, x2, y2] in segments {
                    let _ = write!(s, "M{x1:.2} {y1:.2}L{x2:.2} {y2:.2}");
                }
                let _ = writeln!(
                    s,
                    r#"" fill="none" stroke="{}" stroke-width="{width}" stroke-linecap="square"/>"#,
                    colour(*c)
                );
            }
            Item::Text(t) => self.text(t),
            Item::Turned { about, items } => {
                let _ = write!(
                    s,
                    r#"<g transform="rotate(-90 {:.2} {:.2})">"#,
                    about[0], about[1]
                );
                self.items(items);
                self.out.push_str("</g>\n");
            }
            Item::Group {
                id,
                number,
                opacity,
                items,
            } => {
                s.push_str("<g");
                if let Some(id) = id {
                    let _ = write!(s, r#" id="{}""#, esc(id));
                }
                if let Some(n) = number {
                    let _ = write!(s, r#" data-number="{}" opacity="{opacity}""#, esc(n));
                } else if *opacity < 1.0 {
                    let _ = write!(s, r#" opacity="{opacity}""#);
                }
                s.push_str(">\n");
                self.items(items);
                self.out.push_str("</g>\n");
            }
            Item::Image { r, image } => {
                let (w, h) = image.size_px;
                let mut png = Vec::new();
                let encoded =
                    image::RgbaImage::from_raw(w, h, image.rgba.to_vec()).is_some_and(|i| {
                        i.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
                            .is_ok()
                    });
                if encoded {
                    let _ = writeln!(
                        s,
                        r#"<image x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" preserveAspectRatio="none" opacity="{}" href="data:image/png;base64,{}"/>"#,
                        r[0],
                        r[1],
                        r[2],
                        r[3],
                        f64::from(image.opacity_pct.min(100)) / 100.0,
                        super::base64(&png)
                    );
                }
            }
        }
    }

    fn text(&mut self, t: &Text) {
        let s = &mut self.out;
        let halo = if t.halo {
            r##" stroke="#fff" stroke-width="0.8" paint-order="stroke""##
        } else {
            ""
        };
        let Some(glyphs) = &self.glyphs else {
            let anchor = match t.anchor {
                Anchor::Start => "",
                Anchor::Middle => r#" text-anchor="middle""#,
                Anchor::End => r#" text-anchor="end""#,
            };
            let _ = writeln!(
                s,
                r#"<text x="{:.2}" y="{:.2}" font-size="{:.2}" fill="{}"{anchor}{halo}>{}</text>"#,
                t.x,
                t.y,
                t.size,
                colour(t.colour),
                esc(&t.text)
            );
            return;
        };
        let width = super::label::text_width(&t.text, t.size);
        let left = t.anchor.left(t.x, width);
        let k = t.size / 1000.0;
        let halo = if t.halo {
            format!(
                r##" stroke="#fff" stroke-width="{:.1}" paint-order="stroke""##,
                0.8 / k
            )
        } else {
            String::new()
        };
        let _ = write!(
            s,
            r#"<g aria-label="{}" fill="{}" transform="translate({left:.2} {:.2}) scale({k:.5})"{halo}>"#,
            esc(&t.text),
            colour(t.colour),
            t.y
        );
        let mut x = 0;
        for c in t.text.chars() {
            if let Some((glyph, advance)) = glyphs.get(&c) {
                if let Some(n) = glyph {
                    let _ = write!(s, r##"<use xlink:href="#g{n}" x="{x}"/>"##);
                }
                x += advance;
            }
        }
        s.push_str("</g>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::super::label::{shorten, text_width};
    use super::*;

    #[test]
    fn long_names_get_an_ellipsis() {
        assert_eq!(shorten("Nordwave", 10.0, 100.0), "Nordwave");
        let short = shorten("Công ty Viễn thông Sông Hồng", 10.0, 60.0);
        assert!(
            short.ends_with('…') && text_width(&short, 10.0) <= 60.0,
            "{short}"
        );
        assert_eq!(esc("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
