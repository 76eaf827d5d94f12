//! Drawing into a PDF page with krilla directly: rectangles, lines and text set glyph by
//! glyph in the bundled font that has each character (selectable, searchable, subset), and
//! whole map scenes ([`super::scene`]) — no SVG in between, so a 60,000-booth map takes
//! seconds, not minutes.

use krilla::color::rgb::Color;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, LineCap, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::ExportError;
use super::label::glyph;
use super::scene::{self, Anchor, Item, Paint, Rgb, Scene, Text};

/// The bundled fonts as krilla fonts, in fallback order.
///
/// # Errors
/// When a bundled font cannot be read (a broken build).
pub fn fonts() -> Result<&'static [Font], ExportError> {
    static FONTS: std::sync::OnceLock<Vec<Font>> = std::sync::OnceLock::new();
    let fonts = FONTS.get_or_init(|| {
        crate::fonts::CHAIN
            .iter()
            .filter_map(|data| Font::new((*data).into(), 0))
            .collect()
    });
    if fonts.len() == crate::fonts::CHAIN.len() {
        Ok(fonts)
    } else {
        Err(ExportError::Render(
            "a bundled font cannot be read".to_owned(),
        ))
    }
}

/// Draws one line of text with its baseline at `y`, each run of characters in the first
/// bundled font that has them.
pub fn text(
    surface: &mut Surface<'_>,
    fonts: &[Font],
    (x, y): (f32, f32),
    size: f32,
    s: &str,
    colour: Color,
    anchor: Anchor,
) {
    set_text(surface, fonts, (x, y), size, s, (colour, anchor), false);
}

/// [`text`], or with `outlined` the letters as shapes (a halo under a label, which must not be
/// found, selected or read aloud a second time).
fn set_text(
    surface: &mut Surface<'_>,
    fonts: &[Font],
    (x, y): (f32, f32),
    size: f32,
    s: &str,
    (colour, anchor): (Color, Anchor),
    outlined: bool,
) {
    // Each character's font, glyph and advance, looked up once: the width for the anchor and
    // the glyphs drawn come from the same lookup.
    let glyphs: Vec<(usize, char, (usize, u16, f64))> =
        s.char_indices().map(|(i, c)| (i, c, glyph(c))).collect();
    let width = glyphs.iter().map(|(_, _, g)| g.2).sum::<f64>() as f32 * size;
    let mut x = anchor.left(x, width);
    surface.set_fill(Some(Fill {
        paint: colour.into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }));
    // Set glyph by glyph from the fonts' own maps and advances: a table needs no shaping
    // (no ligatures or marks to place: Vietnamese comes precomposed), and shaping every
    // cell was most of the time of a long list.
    let mut run: Vec<KrillaGlyph> = Vec::new();
    let mut run_font = None;
    let mut run_start = (0, x);
    let flush = |surface: &mut Surface<'_>,
                 run: &mut Vec<KrillaGlyph>,
                 font: Option<usize>,
                 (start, at): (usize, f32),
                 end: usize| {
        if let Some(face) = font.and_then(|f| fonts.get(f))
            && !run.is_empty()
        {
            // Ranges relative to the run's own text.
            surface.draw_glyphs(
                Point::from_xy(at, y),
                run,
                face.clone(),
                &s[start..end],
                size,
                outlined,
            );
        }
        run.clear();
    };
    for (i, c, (font, id, advance)) in glyphs {
        if Some(font) != run_font {
            flush(surface, &mut run, run_font, run_start, i);
            run_font = Some(font);
            run_start = (i, x);
        }
        let from = i - run_start.0;
        run.push(KrillaGlyph {
            glyph_id: GlyphId::new(u32::from(id)),
            text_range: from..from + c.len_utf8(),
            x_advance: advance as f32,
            x_offset: 0.0,
            y_offset: 0.0,
            y_advance: 0.0,
            location: None,
        });
        x += advance as f32 * size;
    }
    flush(surface, &mut run, run_font, run_start, s.len());
}

/// Fills a rectangle.
pub fn rect(surface: &mut Surface<'_>, (x, y, w, h): (f32, f32, f32, f32), colour: Color) {
    let Some(r) = Rect::from_xywh(x, y, w, h) else {
        return;
    };
    let mut path = PathBuilder::new();
    path.push_rect(r);
    if let Some(path) = path.finish() {
        surface.set_fill(Some(Fill {
            paint: colour.into(),
            opacity: NormalizedF32::ONE,
            rule: FillRule::NonZero,
        }));
        surface.draw_path(&path);
    }
}

fn rgb([r, g, b]: Rgb) -> Color {
    Color::new(r, g, b)
}

fn opacity(o: f64) -> NormalizedF32 {
    NormalizedF32::new(o.clamp(0.0, 1.0) as f32).unwrap_or(NormalizedF32::ONE)
}

fn rect_path([x, y, w, h]: [f64; 4]) -> Option<krilla::geom::Path> {
    let r = Rect::from_xywh(x as f32, y as f32, w as f32, h as f32)?;
    let mut path = PathBuilder::new();
    path.push_rect(r);
    path.finish()
}

/// Draws a scene in its own units (push a transform first to place and scale it).
///
/// # Errors
/// When the bundled fonts cannot be read.
pub fn draw_scene(surface: &mut Surface<'_>, scene: &Scene) -> Result<(), ExportError> {
    let fonts = fonts()?;
    items(surface, fonts, &scene.items);
    surface.set_fill(None);
    surface.set_stroke(None);
    Ok(())
}

fn items(surface: &mut Surface<'_>, fonts: &[Font], list: &[Item]) {
    for item in list {
        match item {
            Item::Rect {
                r,
                fill,
                opacity: o,
                stroke,
            } => draw_rect(surface, *r, *fill, *o, *stroke),
            Item::Lines {
                segments,
                colour,
                width,
            } => {
                let mut path = PathBuilder::new();
                for [x1, y1, x2, y2] in segments {
                    path.move_to(*x1 as f32, *y1 as f32);
                    path.line_to(*x2 as f32, *y2 as f32);
                }
                if let Some(path) = path.finish() {
                    surface.set_fill(None);
                    surface.set_stroke(Some(Stroke {
                        paint: rgb(*colour).into(),
                        width: *width as f32,
                        line_cap: LineCap::Square,
                        ..Stroke::default()
                    }));
                    surface.draw_path(&path);
                    surface.set_stroke(None);
                }
            }
            Item::Text(t) => draw_text(surface, fonts, t),
            Item::Turned {
                about,
                items: inner,
            } => {
                surface.push_transform(&Transform::from_rotate_at(
                    -90.0,
                    about[0] as f32,
                    about[1] as f32,
                ));
                items(surface, fonts, inner);
                surface.pop();
            }
            Item::Group {
                opacity: o,
                items: inner,
                ..
            } => {
                if *o < 1.0 {
                    surface.push_opacity(opacity(*o));
                    items(surface, fonts, inner);
                    surface.pop();
                } else {
                    items(surface, fonts, inner);
                }
            }
            Item::Image { r, image } => draw_image(surface, *r, image),
        }
    }
}

/// A venue drawing's pixels stretched over `r`.
fn draw_image(surface: &mut Surface<'_>, r: [f64; 4], image: &crate::export::Underlay) {
    let (w, h) = image.size_px;
    let Some(size) = krilla::geom::Size::from_wh(r[2] as f32, r[3] as f32) else {
        return;
    };
    let pixels = krilla::image::Image::from_rgba8(image.rgba.to_vec(), w, h);
    surface.push_transform(&Transform::from_translate(r[0] as f32, r[1] as f32));
    surface.push_opacity(opacity(f64::from(image.opacity_pct.min(100)) / 100.0));
    surface.draw_image(pixels, size);
    surface.pop();
    surface.pop();
}

fn draw_rect(
    surface: &mut Surface<'_>,
    r: [f64; 4],
    fill: Option<Paint>,
    o: f64,
    stroke: Option<(Rgb, f64)>,
) {
    let Some(path) = rect_path(r) else {
        return;
    };
    match fill {
        Some(Paint::Solid(c)) => {
            surface.set_fill(Some(Fill {
                paint: rgb(c).into(),
                opacity: opacity(o),
                rule: FillRule::NonZero,
            }));
            surface.set_stroke(None);
            surface.draw_path(&path);
        }
        Some(Paint::Hatch) => hatch(surface, &path, r),
        None => {}
    }
    if let Some((c, w)) = stroke {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            paint: rgb(c).into(),
            width: w as f32,
            ..Stroke::default()
        }));
        surface.draw_path(&path);
        surface.set_stroke(None);
    }
}

/// A text of a scene; with a halo, first stroked in white under the letters.
fn draw_text(surface: &mut Surface<'_>, fonts: &[Font], t: &Text) {
    let at = (t.x as f32, t.y as f32);
    if t.halo {
        let white = Color::new(255, 255, 255);
        surface.set_stroke(Some(Stroke {
            paint: white.into(),
            width: 0.8,
            ..Stroke::default()
        }));
        set_text(
            surface,
            fonts,
            at,
            t.size as f32,
            &t.text,
            (white, t.anchor),
            true,
        );
        surface.set_stroke(None);
    }
    text(
        surface,
        fonts,
        at,
        t.size as f32,
        &t.text,
        rgb(t.colour),
        t.anchor,
    );
}

/// The reserved-aisle hatching: pale yellow, with yellow stripes at 45°.
fn hatch(surface: &mut Surface<'_>, path: &krilla::geom::Path, r: [f64; 4]) {
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint: rgb(scene::HATCH_GROUND).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }));
    surface.draw_path(path);
    let mut stripes = PathBuilder::new();
    for [x1, y1, x2, y2] in scene::hatch_stripes(r) {
        stripes.move_to(x1 as f32, y1 as f32);
        stripes.line_to(x2 as f32, y2 as f32);
    }
    if let Some(stripes) = stripes.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            paint: rgb(scene::HATCH_STRIPE).into(),
            width: scene::HATCH_WIDTH as f32,
            ..Stroke::default()
        }));
        surface.draw_path(&stripes);
        surface.set_stroke(None);
    }
}
