//! PNG: a map scene ([`super::scene`]) painted straight onto pixels with tiny-skia, its text
//! from the bundled fonts' glyph outlines (each glyph's path made once). No SVG is parsed
//! and no text is shaped, so a 60,000-booth map is drawn in seconds.

use std::collections::HashMap;

use resvg::tiny_skia::{
    self, Color, FillRule, LineCap, Paint, PathBuilder, Pixmap, Stroke, Transform,
};

use super::ExportError;
use super::scene::{self, Item, Rgb, Scene};

/// Text smaller than this many pixels is left out: it cannot be read, and a big map has a
/// hundred thousand such labels.
const SMALLEST_TEXT_PX: f32 = 2.5;

/// Glyph outlines as tiny-skia paths in font units (y up), with advances in ems.
#[derive(Default)]
struct Glyphs {
    paths: HashMap<char, Option<(tiny_skia::Path, f32, f32)>>,
}

struct Outline(PathBuilder);

impl ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}

impl Glyphs {
    /// A character's outline, its font's units per em, and its advance in ems.
    fn get(&mut self, c: char) -> Option<&(tiny_skia::Path, f32, f32)> {
        self.paths
            .entry(c)
            .or_insert_with(|| {
                let (font, id, advance) = super::label::glyph(c);
                let face = super::label::faces().get(font)?;
                let mut outline = Outline(PathBuilder::new());
                face.outline_glyph(ttf_parser::GlyphId(id), &mut outline)?;
                let path = outline.0.finish()?;
                Some((path, f32::from(face.units_per_em().max(1)), advance as f32))
            })
            .as_ref()
    }
}

fn paint(c: Rgb, alpha: f64) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color(Color::from_rgba8(
        c[0],
        c[1],
        c[2],
        (alpha.clamp(0.0, 1.0) * 255.0).round() as u8,
    ));
    p.anti_alias = true;
    p
}

struct Painter<'p> {
    pixmap: &'p mut tiny_skia::PixmapMut<'p>,
    glyphs: Glyphs,
}

impl Painter<'_> {
    fn items(&mut self, list: &[Item], at: Transform, alpha: f64) {
        for item in list {
            self.item(item, at, alpha);
        }
    }

    fn item(&mut self, item: &Item, at: Transform, alpha: f64) {
        match item {
            Item::Rect {
                r,
                fill,
                opacity,
                stroke,
            } => {
                let Some(rect) =
                    tiny_skia::Rect::from_xywh(r[0] as f32, r[1] as f32, r[2] as f32, r[3] as f32)
                else {
                    return;
                };
                match fill {
                    Some(scene::Paint::Solid(c)) => {
                        self.pixmap
                            .fill_rect(rect, &paint(*c, opacity * alpha), at, None);
                    }
                    Some(scene::Paint::Hatch) => {
                        self.pixmap
                            .fill_rect(rect, &paint(scene::HATCH_GROUND, alpha), at, None);
                        self.lines(
                            &scene::hatch_stripes(*r),
                            (scene::HATCH_STRIPE, scene::HATCH_WIDTH),
                            at,
                            alpha,
                        );
                    }
                    None => {}
                }
                if let Some((c, w)) = stroke {
                    let path = PathBuilder::from_rect(rect);
                    let stroke = Stroke {
                        width: *w as f32,
                        ..Stroke::default()
                    };
                    self.pixmap
                        .stroke_path(&path, &paint(*c, alpha), &stroke, at, None);
                }
            }
            Item::Lines {
                segments,
                colour,
                width,
            } => self.lines(segments, (*colour, *width), at, alpha),
            Item::Text(t) => self.text(t, at, alpha),
            Item::Turned { about, items } => {
                let turned = at.pre_concat(Transform::from_rotate_at(
                    -90.0,
                    about[0] as f32,
                    about[1] as f32,
                ));
                self.items(items, turned, alpha);
            }
            Item::Group { opacity, items, .. } => self.items(items, at, alpha * opacity),
            Item::Image { r, image } => self.image(*r, image, at, alpha),
        }
    }

    /// A venue drawing's pixels stretched over `r`.
    fn image(&mut self, r: [f64; 4], image: &crate::export::Underlay, at: Transform, alpha: f64) {
        let (w, h) = image.size_px;
        let Some(mut pixmap) = Pixmap::new(w, h) else {
            return;
        };
        // tiny-skia holds premultiplied pixels.
        for (out, px) in pixmap
            .pixels_mut()
            .iter_mut()
            .zip(image.rgba.chunks_exact(4))
        {
            *out = tiny_skia::ColorU8::from_rgba(px[0], px[1], px[2], px[3]).premultiply();
        }
        let place = at.pre_concat(Transform::from_row(
            (r[2] / f64::from(w.max(1))) as f32,
            0.0,
            0.0,
            (r[3] / f64::from(h.max(1))) as f32,
            r[0] as f32,
            r[1] as f32,
        ));
        let paint = tiny_skia::PixmapPaint {
            opacity: (alpha * f64::from(image.opacity_pct.min(100)) / 100.0) as f32,
            quality: tiny_skia::FilterQuality::Bilinear,
            ..tiny_skia::PixmapPaint::default()
        };
        self.pixmap
            .draw_pixmap(0, 0, pixmap.as_ref(), &paint, place, None);
    }

    fn lines(
        &mut self,
        segments: &[[f64; 4]],
        (colour, width): (Rgb, f64),
        at: Transform,
        alpha: f64,
    ) {
        let mut path = PathBuilder::new();
        for [x1, y1, x2, y2] in segments {
            path.move_to(*x1 as f32, *y1 as f32);
            path.line_to(*x2 as f32, *y2 as f32);
        }
        if let Some(path) = path.finish() {
            let stroke = Stroke {
                width: width as f32,
                line_cap: LineCap::Square,
                ..Stroke::default()
            };
            self.pixmap
                .stroke_path(&path, &paint(colour, alpha), &stroke, at, None);
        }
    }

    fn text(&mut self, t: &scene::Text, at: Transform, alpha: f64) {
        // The size on the image: the transform's scale (uniform, maybe turned).
        let px = t.size as f32 * (at.sx * at.sx + at.ky * at.ky).sqrt();
        if px < SMALLEST_TEXT_PX {
            return;
        }
        let width = super::label::text_width(&t.text, t.size);
        let mut x = t.anchor.left(t.x, width) as f32;
        let ink = paint(t.colour, alpha);
        let halo = paint([0xff, 0xff, 0xff], alpha);
        for c in t.text.chars() {
            let Some((path, upem, advance)) = self.glyphs.get(c) else {
                x += super::label::glyph(c).2 as f32 * t.size as f32;
                continue;
            };
            let k = t.size as f32 / upem;
            let glyph_at = at.pre_concat(Transform::from_row(k, 0.0, 0.0, -k, x, t.y as f32));
            if t.halo {
                let stroke = Stroke {
                    width: 0.8 / k,
                    ..Stroke::default()
                };
                self.pixmap
                    .stroke_path(path, &halo, &stroke, glyph_at, None);
            }
            self.pixmap
                .fill_path(path, &ink, FillRule::Winding, glyph_at, None);
            x += advance * t.size as f32;
        }
    }
}

/// The most pixels a PNG map gets: 40 million (an 8,000 × 5,000 image), 160 MB while drawn
/// and as much again while encoded, so a 60,000-booth map stays under 500 MB.
pub const PNG_PIXELS: f64 = 40_000_000.0;

/// Paints a scene to PNG bytes at `dpi` (96 = one pixel per map unit), at least
/// `min_w × min_h` pixels, and at most `budget` pixels: a larger map is drawn at the highest
/// resolution that fits. Returns the bytes and the resolution used.
///
/// # Errors
/// When the image cannot be made or encoded.
pub fn render(
    scene: &Scene,
    dpi: u32,
    min: (u32, u32),
    budget: f64,
) -> Result<(Vec<u8>, u32), ExportError> {
    let (w, h) = (scene.width.max(1.0), scene.height.max(1.0));
    let mut scale = f64::from(dpi.max(1)) / 96.0;
    scale = scale.max(f64::from(min.0) / w).max(f64::from(min.1) / h);
    // A map too large for memory at the asked resolution is drawn at the largest that fits.
    let pixels = w * scale * h * scale;
    if pixels > budget {
        scale *= (budget / pixels).sqrt() * 0.999;
    }
    let (pw, ph) = (
        (w * scale).ceil().max(1.0) as u32,
        (h * scale).ceil().max(1.0) as u32,
    );
    let mut pixmap = Pixmap::new(pw, ph)
        .ok_or_else(|| ExportError::Render(format!("cannot make a {pw} × {ph} image")))?;
    pixmap.fill(Color::WHITE);
    {
        let mut target = pixmap.as_mut();
        let mut painter = Painter {
            pixmap: &mut target,
            glyphs: Glyphs::default(),
        };
        painter.items(
            &scene.items,
            Transform::from_scale(scale as f32, scale as f32),
            1.0,
        );
    }
    let bytes = pixmap
        .encode_png()
        .map_err(|e| ExportError::Render(e.to_string()))?;
    Ok((bytes, (scale * 96.0).round() as u32))
}
