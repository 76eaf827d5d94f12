//! The map as a list of things to draw, in painting order, in map units (1 unit = 100 mm of
//! floor): rectangles, lines, text and groups. One scene, three painters: SVG
//! ([`super::svg::to_svg`]), PDF ([`super::pdfdraw::draw_scene`]) and PNG
//! ([`super::raster::render`]), so every format shows the same map, and the PDF and PNG of a
//! 60,000-booth plan are drawn directly instead of through a 100 MB SVG.

use crate::model::{BoothId, Rect};

mod map;

pub use map::{legend_items, map, obstacle_fill, status_fill};

/// A colour.
pub type Rgb = [u8; 3];

/// How a shape is filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    /// One colour.
    Solid(Rgb),
    /// The reserved-aisle hatching: yellow stripes on pale yellow.
    Hatch,
}

/// Where a line of text stands relative to its x.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Starts at x.
    Start,
    /// Centred on x.
    Middle,
    /// Ends at x.
    End,
}

impl Anchor {
    /// Where a text `width` wide anchored at `x` begins.
    pub fn left<T: std::ops::Sub<Output = T> + std::ops::Div<Output = T> + From<u8>>(
        self,
        x: T,
        width: T,
    ) -> T {
        match self {
            Anchor::Start => x,
            Anchor::Middle => x - width / T::from(2),
            Anchor::End => x - width,
        }
    }
}

/// One line of text, its baseline at `y`.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// Anchor point.
    pub x: f64,
    /// Baseline.
    pub y: f64,
    /// Font size.
    pub size: f64,
    /// Placement relative to x.
    pub anchor: Anchor,
    /// Colour.
    pub colour: Rgb,
    /// A white halo around the letters (text over drawings).
    pub halo: bool,
    /// The words.
    pub text: String,
}

/// One thing drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A filled (and maybe outlined) rectangle: x, y, width, height.
    Rect {
        /// Where.
        r: [f64; 4],
        /// Its fill.
        fill: Option<Paint>,
        /// Opacity of the fill.
        opacity: f64,
        /// Outline colour and width.
        stroke: Option<(Rgb, f64)>,
    },
    /// Straight strokes, each from (x1, y1) to (x2, y2), with square ends.
    Lines {
        /// The strokes.
        segments: Vec<[f64; 4]>,
        /// Colour.
        colour: Rgb,
        /// Width.
        width: f64,
    },
    /// Text.
    Text(Text),
    /// Items turned a quarter anticlockwise about a point (a label reading upwards).
    Turned {
        /// The centre of the turn.
        about: [f64; 2],
        /// What is turned.
        items: Vec<Item>,
    },
    /// A picture (a venue drawing) stretched over a rectangle.
    Image {
        /// Where: x, y, width, height.
        r: [f64; 4],
        /// Its pixels.
        image: crate::export::Underlay,
    },
    /// Items drawn together at an opacity, with an id for SVG (a booth's carries its number).
    Group {
        /// The group's id in an SVG.
        id: Option<String>,
        /// A booth's number (`data-number` in an SVG).
        number: Option<String>,
        /// Opacity of the whole.
        opacity: f64,
        /// What is in it.
        items: Vec<Item>,
    },
}

/// A whole drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// Width, in map units.
    pub width: f64,
    /// Height, in map units.
    pub height: f64,
    /// What is drawn, first to last.
    pub items: Vec<Item>,
}

impl Scene {
    /// Every text of the scene, in drawing order.
    pub fn texts(&self) -> Vec<&Text> {
        fn walk<'a>(items: &'a [Item], out: &mut Vec<&'a Text>) {
            for item in items {
                match item {
                    Item::Text(t) => out.push(t),
                    Item::Turned { items, .. } | Item::Group { items, .. } => walk(items, out),
                    Item::Rect { .. } | Item::Lines { .. } | Item::Image { .. } => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.items, &mut out);
        out
    }
}

/// Millimetres per map unit.
pub const MM_PER_UNIT: f64 = 100.0;
/// The white space around a map.
pub const MARGIN: f64 = 40.0;
/// Height of the title block.
pub const HEADER: f64 = 70.0;
/// Width of one legend column.
pub const LEGEND_COLUMN: f64 = 230.0;
/// Size of exit names.
pub const EXIT_LABEL: f64 = 9.0;
/// The stripes of the reserved-aisle hatching over `[x, y, w, h]`: at 45°, 5 units apart,
/// each cut to the rectangle, as (x1, y1, x2, y2).
pub fn hatch_stripes([x, y, w, h]: [f64; 4]) -> Vec<[f64; 4]> {
    let step = 5.0 * std::f64::consts::SQRT_2;
    let mut out = Vec::new();
    // Each stripe rises from (x + d, y + h) to (x + d + h, y); t runs along it.
    let mut d = -h;
    while d < w {
        let (t0, t1) = ((-d).max(0.0), h.min(w - d));
        if t0 < t1 {
            out.push([x + d + t0, y + h - t0, x + d + t1, y + h - t1]);
        }
        d += step;
    }
    out
}

/// Width of a hatching stripe.
pub const HATCH_WIDTH: f64 = 1.6;
/// The ground of a hatched area (a reserved aisle).
pub const HATCH_GROUND: Rgb = [0xff, 0xfd, 0xe7];
/// The stripes of a hatched area.
pub const HATCH_STRIPE: Rgb = [0xfb, 0xc0, 0x2d];

/// The SVG pattern `url(#aisle)` of hatching: stripes `stripe` wide every `step`, turned 45°.
pub fn hatch_pattern(step: f64, stripe: f64) -> String {
    let hex = super::svg::colour;
    format!(
        r#"<pattern id="aisle" width="{step}" height="{step}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="{step}" height="{step}" fill="{}"/><rect width="{stripe}" height="{step}" fill="{}"/></pattern>"#,
        hex(HATCH_GROUND),
        hex(HATCH_STRIPE)
    )
}

/// `items` moved by (dx, dy) and enlarged by `k` about the origin.
pub fn placed(items: &[Item], (dx, dy): (f64, f64), k: f64) -> Vec<Item> {
    items
        .iter()
        .map(|item| match item {
            Item::Rect {
                r,
                fill,
                opacity,
                stroke,
            } => Item::Rect {
                r: [dx + r[0] * k, dy + r[1] * k, r[2] * k, r[3] * k],
                fill: *fill,
                opacity: *opacity,
                stroke: stroke.map(|(c, w)| (c, w * k)),
            },
            Item::Lines {
                segments,
                colour,
                width,
            } => Item::Lines {
                segments: segments
                    .iter()
                    .map(|s| [dx + s[0] * k, dy + s[1] * k, dx + s[2] * k, dy + s[3] * k])
                    .collect(),
                colour: *colour,
                width: width * k,
            },
            Item::Text(t) => Item::Text(Text {
                x: dx + t.x * k,
                y: dy + t.y * k,
                size: t.size * k,
                ..t.clone()
            }),
            Item::Turned { about, items } => Item::Turned {
                about: [dx + about[0] * k, dy + about[1] * k],
                items: placed(items, (dx, dy), k),
            },
            Item::Image { r, image } => Item::Image {
                r: [dx + r[0] * k, dy + r[1] * k, r[2] * k, r[3] * k],
                image: image.clone(),
            },
            Item::Group {
                id,
                number,
                opacity,
                items,
            } => Item::Group {
                id: id.clone(),
                number: number.clone(),
                opacity: *opacity,
                items: placed(items, (dx, dy), k),
            },
        })
        .collect()
}

/// One printed sheet's part of a map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SheetPart<'a> {
    /// The floor the sheet shows, in plan millimetres.
    pub region: Rect,
    /// The booths that may reach into it, in id order, when the caller has looked them up in
    /// a spatial index (a page of a 60,000-booth plan then never looks at all of them).
    pub booths: Option<&'a [BoothId]>,
    /// The largest booth number, in map units.
    pub largest_number: f64,
    /// Booth numbers and names drawn (a key map shows the booths alone).
    pub labels: bool,
}
