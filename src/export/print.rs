//! Maps printed to scale: a stated scale (1:200) on a named paper, tiled over several sheets
//! with overlap and crop marks when one sheet is too small, each sheet with the show's title,
//! its place in the set ("Sheet B2 of 3 × 2") and a key map, the legend and a scale bar.
//!
//! The map itself is the same scene as every other format ([`super::scene::map`]), drawn on
//! the sheet at the scale and clipped to the sheet's map area; each sheet carries only the
//! booths that reach into it, found in a spatial index. The sheet's surroundings (title,
//! legend, scale bar, key map, crop marks) are laid out as SVG in points.

use std::fmt::Write as _;

use krilla::geom::{PathBuilder, Rect as PdfRect, Size, Transform};
use krilla::page::PageSettings;
use krilla::paint::FillRule;
use krilla_svg::{SurfaceExt, SvgSettings};

use super::label::shorten;
use super::pdf::Paper;
use super::scene::{MM_PER_UNIT, SheetPart, legend_items};
use super::svg::{Frame, esc, map_bounds, shown_booths};
use super::{ExportError, MapOptions};
use crate::fonts::FAMILY as FONT;
use crate::model::{Plan, Rect};

/// Points per millimetre of paper.
const PT_PER_MM: f64 = 72.0 / 25.4;
/// The unprinted edge of every sheet.
const MARGIN: f64 = 10.0 * PT_PER_MM;
/// Height of the title strip.
const TITLE_H: f64 = 42.0;
/// The least overlap between neighbouring sheets, on paper; more when a booth number is
/// wider, so that every number is whole on one of the two sheets.
const OVERLAP: f64 = 10.0 * PT_PER_MM;
/// Floor around the halls that is printed too (hall names, exit names, labels beside booths).
const BLEED_MM: i64 = 2_500;
/// The smallest booth number worth printing, in points.
pub const MIN_PRINTED_NUMBER: f64 = 6.0;
/// The largest booth number printed, in points (a number 3 m tall on a large booth would be
/// 15 mm at 1:200, wider than any sensible overlap of sheets).
const MAX_PRINTED_NUMBER: f64 = 12.0;
/// Scales offered when none is asked for: the largest that fits one sheet, from a series of
/// round denominators about a tenth apart (1:100, 1:120, 1:125, 1:150, …, 1:750, 1:800, 1:900,
/// 1:1000, …), so the map fills most of the sheet and the scale stays one a person can use.
pub(super) fn scales() -> impl DoubleEndedIterator<Item = u32> {
    const MANTISSAS: [u32; 17] = [
        100, 120, 125, 150, 175, 200, 250, 300, 350, 400, 450, 500, 600, 700, 750, 800, 900,
    ];
    [10, 20, 25, 50, 75].into_iter().chain(
        [1, 10, 100, 1_000]
            .into_iter()
            .flat_map(|power: u32| MANTISSAS.into_iter().map(move |m| m * power)),
    )
}

/// Which way up the sheet is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    /// Taller than wide.
    Portrait,
    /// Wider than tall.
    Landscape,
}

/// How a map is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrintOptions {
    /// The paper of every sheet.
    pub paper: Paper,
    /// The sheet's orientation; `None` takes the one that prints larger (or on fewer sheets).
    pub orientation: Option<Orientation>,
    /// The scale's denominator (200 for 1:200); `None` takes the largest that fits one sheet.
    pub scale: Option<u32>,
}

impl Default for PrintOptions {
    fn default() -> Self {
        Self {
            paper: Paper::A3,
            orientation: None,
            scale: None,
        }
    }
}

/// Reads a scale as people write it: `1:200`, `1/200` or `200`.
///
/// # Errors
/// When it is not a whole denominator from 1 to 1,000,000.
pub fn parse_scale(text: &str) -> Result<u32, String> {
    let t = text.trim();
    let denominator = t
        .strip_prefix("1:")
        .or_else(|| t.strip_prefix("1/"))
        .unwrap_or(t)
        .trim();
    match denominator.parse::<u32>() {
        Ok(n) if (1..=1_000_000).contains(&n) => Ok(n),
        _ => Err(format!(
            "\"{text}\" is not a scale: write it as 1:200 (from 1:1 to 1:1000000)"
        )),
    }
}

/// A sheet's size and its map area, in points. Everything around the map (title, legend,
/// scale bar) is laid out on an A4-sized frame and enlarged with the paper (by the square root
/// of its size over A4's), so an A0 poster's title reads from further away.
#[derive(Clone, Copy, Debug)]
struct Sheet {
    width: f64,
    height: f64,
    /// How much larger than on A4 the surroundings are drawn.
    enlarge: f64,
    /// Legend entries the footer holds.
    legend_room: usize,
    /// Height of the strip under the map (legend, scale bar, key map), in frame units.
    footer: f64,
    legend_columns: usize,
}

impl Sheet {
    fn new(paper: Paper, orientation: Orientation, legend_items: usize) -> Self {
        let (w, h) = paper.portrait();
        let (width, height) = match orientation {
            Orientation::Portrait => (w, h),
            Orientation::Landscape => (h, w),
        };
        let enlarge = (w.min(h) / Paper::A4.portrait().0).sqrt().max(1.0);
        let legend_columns =
            (((width / enlarge - 2.0 * MARGIN - FOOTER_RIGHT) / LEGEND_COLUMN) as usize).max(1);
        // The legend takes at most a quarter of the sheet; entries past that are counted in
        // its last line instead ("and 40 more").
        let most_rows = ((height / enlarge * 0.25 - 6.0) / LEGEND_ROW)
            .floor()
            .max(1.0) as usize;
        let rows = legend_items.div_ceil(legend_columns).min(most_rows);
        let footer = (LEGEND_ROW * rows as f64 + 6.0).max(46.0);
        Self {
            width,
            height,
            enlarge,
            footer,
            legend_columns,
            legend_room: rows * legend_columns,
        }
    }

    /// The map area in frame units (before enlarging): x, y, width, height.
    fn frame_area(&self) -> [f64; 4] {
        [
            MARGIN,
            MARGIN + TITLE_H,
            self.width / self.enlarge - 2.0 * MARGIN,
            self.height / self.enlarge - 2.0 * MARGIN - TITLE_H - self.footer - 4.0,
        ]
    }

    /// The map area on the sheet, in points: x, y, width, height.
    fn area(&self) -> [f64; 4] {
        self.frame_area().map(|v| v * self.enlarge)
    }
}

const LEGEND_COLUMN: f64 = 128.0;
const LEGEND_ROW: f64 = 11.0;
/// Width kept right of the legend for the scale bar and the key map.
const FOOTER_RIGHT: f64 = 230.0;

/// The layout of a printed map: scale, orientation and the grid of sheets.
#[derive(Clone, Copy, Debug)]
struct Plot {
    paper: Paper,
    sheet: Sheet,
    orientation: Orientation,
    scale: u32,
    columns: usize,
    rows: usize,
    /// The printed floor, in plan millimetres.
    body: Rect,
    /// Overlap between neighbouring sheets, in points.
    overlap: f64,
}

impl Plot {
    /// Points per plan millimetre.
    fn k(&self) -> f64 {
        PT_PER_MM / f64::from(self.scale)
    }

    /// Floor per sheet step (the map area less the overlap), in plan millimetres.
    fn step(&self) -> (f64, f64) {
        let [_, _, w, h] = self.sheet.area();
        let (cw, ch) = if self.columns > 1 || self.rows > 1 {
            (w - self.overlap, h - self.overlap)
        } else {
            (w, h)
        };
        (cw / self.k(), ch / self.k())
    }

    /// The plan point at the map area's top left corner of sheet (column, row): the set of
    /// sheets is centred on the floor.
    fn origin(&self, column: usize, row: usize) -> (f64, f64) {
        let [_, _, w, h] = self.sheet.area();
        let (sx, sy) = self.step();
        let k = self.k();
        let extent_w = sx * self.columns as f64 + (w / k - sx);
        let extent_h = sy * self.rows as f64 + (h / k - sy);
        let x0 = self.body.x_mm as f64 - (extent_w - self.body.w_mm as f64) / 2.0;
        let y0 = self.body.y_mm as f64 - (extent_h - self.body.d_mm as f64) / 2.0;
        (x0 + sx * column as f64, y0 + sy * row as f64)
    }

    fn sheets(&self) -> usize {
        self.columns * self.rows
    }
}

/// How many sheets a floor of `body` needs at 1:`scale`, overlapping by `overlap` points:
/// columns and rows.
fn grid(sheet: &Sheet, body: &Rect, scale: u32, overlap: f64) -> (usize, usize) {
    let k = PT_PER_MM / f64::from(scale);
    let [_, _, w, h] = sheet.area();
    let (bw, bh) = (body.w_mm as f64 * k, body.d_mm as f64 * k);
    if bw <= w && bh <= h {
        return (1, 1);
    }
    let count = |body: f64, room: f64| -> usize {
        if body <= room {
            1
        } else {
            ((body - overlap) / (room - overlap).max(1.0))
                .ceil()
                .max(1.0) as usize
        }
    };
    (count(bw, w), count(bh, h))
}

/// The largest scale at which `body` fits one sheet.
fn fitting_scale(sheet: &Sheet, body: &Rect) -> u32 {
    scales()
        .find(|s| grid(sheet, body, *s, OVERLAP) == (1, 1))
        .unwrap_or_else(|| {
            let [_, _, w, h] = sheet.area();
            let need = (body.w_mm as f64 * PT_PER_MM / w).max(body.d_mm as f64 * PT_PER_MM / h);
            // Two significant figures, rounded up.
            let magnitude = 10f64.powf(need.log10().floor() - 1.0).max(1.0);
            ((need / magnitude).ceil() * magnitude).min(f64::from(u32::MAX)) as u32
        })
}

/// Booth numbers as a print at one scale sets them.
struct Numbers {
    /// The scale's denominator.
    scale: u32,
    /// Each number, its font size in map units (100 mm) and its width in ems.
    each: Vec<(String, f64, f64)>,
}

/// The largest booth number at 1:`scale`, in map units.
pub(super) fn largest_number(scale: u32) -> f64 {
    MAX_PRINTED_NUMBER / pt_per_unit(scale)
}

/// Points on paper per map unit (100 mm of floor) at 1:`scale`.
pub(super) fn pt_per_unit(scale: u32) -> f64 {
    MM_PER_UNIT * PT_PER_MM / f64::from(scale)
}

impl Numbers {
    /// The numbers as [`super::scene::map`] sets them on a sheet at 1:`scale`.
    fn new(plan: &Plan, options: &MapOptions, scale: u32) -> Self {
        let unit = |mm: i64| mm as f64 / MM_PER_UNIT;
        let each = shown_booths(plan, options)
            .map(|(_, b)| {
                let company = b
                    .exhibitor
                    .and_then(|e| plan.exhibitors.get(&e))
                    .map_or("", |e| e.name.as_str());
                let label = super::label::fit_at_most(
                    &b.number,
                    company,
                    unit(b.rect.w_mm),
                    unit(b.rect.d_mm),
                    largest_number(scale),
                );
                (
                    b.number.clone(),
                    label.number_size,
                    super::label::text_width(&b.number, 1.0),
                )
            })
            .collect();
        Self { scale, each }
    }

    /// The overlap of sheets that keeps every number whole on one of two neighbours (a
    /// stretch no longer than the overlap lies wholly on one of them), at most a third of the
    /// map area.
    fn overlap(&self, sheet: &Sheet) -> f64 {
        let [_, _, w, h] = sheet.area();
        let widest = self
            .each
            .iter()
            .map(|(_, size, em)| size * pt_per_unit(self.scale) * em.max(1.2))
            .fold(0.0, f64::max);
        (widest + 4.0).max(OVERLAP).min(w.min(h) / 3.0)
    }

    /// Numbers printed smaller than [`MIN_PRINTED_NUMBER`], and the largest scale at which
    /// the smallest reaches it (sizes of numbers that small do not depend on the print's
    /// cap, only on their booth).
    fn small(&self) -> (Vec<String>, Option<u32>) {
        let ppu = pt_per_unit(self.scale);
        let small = self
            .each
            .iter()
            .filter(|(_, size, _)| size * ppu < MIN_PRINTED_NUMBER - 1e-9)
            .map(|(n, _, _)| n.clone())
            .collect();
        let smallest = self
            .each
            .iter()
            .map(|(_, size, _)| *size)
            .fold(f64::INFINITY, f64::min);
        // size × MM_PER_UNIT × PT_PER_MM / N ≥ 6  ⇔  N ≤ size × … / 6.
        let readable = (smallest.is_finite() && smallest > 0.0).then(|| {
            let most = smallest * pt_per_unit(1) / MIN_PRINTED_NUMBER;
            scales().rev().find(|s| f64::from(*s) <= most).unwrap_or(1)
        });
        (small, readable)
    }
}

/// The layout of a print and its numbers at the chosen scale.
fn plan_layout(plan: &Plan, options: &MapOptions, print: &PrintOptions) -> (Plot, Numbers) {
    let body = map_bounds(plan, options).expanded(BLEED_MM);
    let legend = legend_items(plan, options).len();
    let orientations: &[Orientation] = match print.orientation {
        Some(Orientation::Portrait) => &[Orientation::Portrait],
        Some(Orientation::Landscape) => &[Orientation::Landscape],
        None => &[Orientation::Landscape, Orientation::Portrait],
    };
    // Measured once per scale (both orientations share a scale unless it is chosen).
    let mut measured: Vec<Numbers> = Vec::new();
    let mut best: Option<Plot> = None;
    for &orientation in orientations {
        let sheet = Sheet::new(print.paper, orientation, legend);
        let scale = print.scale.unwrap_or_else(|| fitting_scale(&sheet, &body));
        if !measured.iter().any(|n| n.scale == scale) {
            measured.push(Numbers::new(plan, options, scale));
        }
        let Some(numbers) = measured.iter().find(|n| n.scale == scale) else {
            unreachable!("measured just above")
        };
        let overlap = numbers.overlap(&sheet);
        let (columns, rows) = grid(&sheet, &body, scale, overlap);
        let plot = Plot {
            paper: print.paper,
            sheet,
            orientation,
            scale,
            columns,
            rows,
            body,
            overlap,
        };
        // The larger scale, then the fewer sheets; landscape on a tie.
        if best.is_none_or(|b| (plot.scale, plot.sheets()) < (b.scale, b.sheets())) {
            best = Some(plot);
        }
    }
    let plot = best.unwrap_or_else(|| unreachable!("at least one orientation is tried"));
    let numbers = measured
        .into_iter()
        .find(|n| n.scale == plot.scale)
        .unwrap_or_else(|| unreachable!("the chosen scale was measured"));
    (plot, numbers)
}

/// A column's letters: A … Z, AA, AB, …
fn column_name(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

/// A sheet's name: column letter and row number ("B2").
fn sheet_name(column: usize, row: usize) -> String {
    format!("{}{}", column_name(column), row + 1)
}

/// A map printed to scale on one or more sheets: the PDF and notes for people (the scale and
/// sheets used, booths whose numbers print too small).
///
/// # Errors
/// When a sheet cannot be drawn.
pub fn map_sheets(
    plan: &Plan,
    options: &MapOptions,
    print: &PrintOptions,
) -> Result<(Vec<u8>, Vec<String>), ExportError> {
    let (plot, numbers) = plan_layout(plan, options, print);
    // The grid is counted before its sheets are listed: at 1:1 a large site is billions.
    let sheets = if plot.sheets() > MAX_SHEETS * 4 {
        Vec::new()
    } else {
        sheets_with_floor(plan, options, &plot)
    };
    if sheets.len() > MAX_SHEETS || plot.sheets() > MAX_SHEETS * 4 {
        return Err(ExportError::Refused(too_many_sheets(
            plan,
            options,
            print,
            &plot,
            sheets.len().max(plot.sheets()),
        )));
    }
    let frame = Frame::new(plan, options);
    // Each sheet's booths from a spatial index, not from every booth of the plan.
    let index = crate::model::spatial::booth_index(plan);
    let mut document = krilla::Document::new();
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(plan.meta.show_name.clone())
            .creator("boothplan".to_owned()),
    );
    let settings = SvgSettings {
        embed_text: true,
        ..SvgSettings::default()
    };
    let k = plot.k();
    let [ax, ay, aw, ah] = plot.sheet.area();
    for &(column, row) in &sheets {
        {
            let (px, py) = plot.origin(column, row);
            // The floor this sheet shows, with room for labels reaching in from outside.
            let region = Rect::from_edges(
                px.floor() as i64 - BLEED_MM,
                py.floor() as i64 - BLEED_MM,
                (px + aw / k).ceil() as i64 + BLEED_MM,
                (py + ah / k).ceil() as i64 + BLEED_MM,
            );
            let booths = index.booths_in(&region);
            let part = SheetPart {
                region,
                booths: Some(&booths),
                largest_number: largest_number(plot.scale),
                labels: true,
            };
            let body = super::scene::map(plan, options, Some(&part));
            let furniture = super::parse(&sheet_svg(plan, options, &plot, column, row))?;
            let size = |w: f64, h: f64| {
                Size::from_wh(w as f32, h as f32)
                    .ok_or_else(|| ExportError::Render("an empty sheet".to_owned()))
            };
            let mut page = document.start_page_with(PageSettings::new(size(
                plot.sheet.width,
                plot.sheet.height,
            )?));
            let mut surface = page.surface();
            let mut clip = PathBuilder::new();
            clip.push_rect(
                PdfRect::from_xywh(ax as f32, ay as f32, aw as f32, ah as f32)
                    .ok_or_else(|| ExportError::Render("an empty map area".to_owned()))?,
            );
            let clip = clip
                .finish()
                .ok_or_else(|| ExportError::Render("an empty map area".to_owned()))?;
            surface.push_clip_path(&clip, &FillRule::NonZero);
            // Map units (100 mm) to points: the plan point (px, py) lands on the area's corner.
            let unit = MM_PER_UNIT * k;
            let to_sheet = Transform::from_row(
                unit as f32,
                0.0,
                0.0,
                unit as f32,
                (ax - (frame.ox + px / MM_PER_UNIT) * unit) as f32,
                (ay - (frame.oy + py / MM_PER_UNIT) * unit) as f32,
            );
            surface.push_transform(&to_sheet);
            super::pdfdraw::draw_scene(&mut surface, &body)?;
            surface.pop();
            surface.pop();
            surface
                .draw_svg(
                    &furniture,
                    size(plot.sheet.width, plot.sheet.height)?,
                    settings,
                )
                .ok_or_else(|| ExportError::Render("a sheet could not be drawn".to_owned()))?;
            surface.finish();
            page.finish();
        }
    }
    let pdf = document
        .finish()
        .map_err(|e| ExportError::Render(format!("{e:?}")))?;
    Ok((
        pdf,
        notes(plan, options, print, &plot, &numbers, sheets.len()),
    ))
}

/// The most sheets a print makes: more is a mistyped scale (1:20 for 1:200), not a map.
const MAX_SHEETS: usize = 300;

/// The sheets of the grid that show some floor, in reading order (a sheet of the grid that
/// falls wholly outside every hall is left out; the key map still shows its place).
fn sheets_with_floor(plan: &Plan, options: &MapOptions, plot: &Plot) -> Vec<(usize, usize)> {
    let [_, _, aw, ah] = plot.sheet.area();
    let k = plot.k();
    let floors: Vec<Rect> = plan
        .halls
        .iter()
        .filter(|(id, _)| options.hall.is_none_or(|h| h == **id))
        .flat_map(|(_, h)| h.outline.iter().copied())
        .collect();
    let mut out = Vec::new();
    for row in 0..plot.rows {
        for column in 0..plot.columns {
            let (px, py) = plot.origin(column, row);
            let seen = Rect::from_edges(
                px.floor() as i64,
                py.floor() as i64,
                (px + aw / k).ceil() as i64,
                (py + ah / k).ceil() as i64,
            );
            if plot.sheets() == 1 || floors.iter().any(|f| f.overlaps(&seen)) {
                out.push((column, row));
            }
        }
    }
    out
}

/// Sheets printed at another scale, with the same paper and orientation choice (the grid's
/// count where that is far past the limit).
fn sheets_at(plan: &Plan, options: &MapOptions, print: &PrintOptions, scale: u32) -> usize {
    let at = PrintOptions {
        scale: Some(scale),
        ..*print
    };
    let (plot, _) = plan_layout(plan, options, &at);
    if plot.sheets() > MAX_SHEETS * 4 {
        return plot.sheets();
    }
    sheets_with_floor(plan, options, &plot).len()
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Why a print of too many sheets is refused, and which scales would do.
fn too_many_sheets(
    plan: &Plan,
    options: &MapOptions,
    print: &PrintOptions,
    plot: &Plot,
    sheets: usize,
) -> String {
    // Measured where the map fits one sheet: at 1:20 every number is at its cap.
    let (fitting, numbers) = plan_layout(
        plan,
        options,
        &PrintOptions {
            scale: None,
            ..*print
        },
    );
    let fits = fitting.scale;
    let (_, readable) = numbers.small();
    let mut message = format!(
        "at 1:{} the map would take {} sheets of {} (at most {MAX_SHEETS}): choose a smaller scale, such as --scale 1:{fits} (one sheet)",
        plot.scale,
        sheets,
        plot.paper.name()
    );
    if let Some(r) = readable.filter(|r| *r > plot.scale && *r < fits) {
        let n = sheets_at(plan, options, print, r);
        if n <= MAX_SHEETS {
            let _ = write!(
                message,
                " or --scale 1:{r} ({}, every booth number at least {MIN_PRINTED_NUMBER} pt)",
                plural(n, "sheet", "sheets")
            );
        }
    }
    message
}

/// What the printout is, and what in it will be hard to read.
fn notes(
    plan: &Plan,
    options: &MapOptions,
    print: &PrintOptions,
    plot: &Plot,
    numbers: &Numbers,
    printed: usize,
) -> Vec<String> {
    let mut notes = vec![if plot.sheets() == 1 {
        format!(
            "printed at 1:{} on one {} sheet",
            plot.scale,
            plot.paper_name()
        )
    } else {
        let blank = plot.sheets() - printed;
        format!(
            "printed at 1:{} on {} {} sheets ({} × {}{}, overlapping by at least {:.0} mm, with crop marks)",
            plot.scale,
            printed,
            plot.paper_name(),
            plot.columns,
            plot.rows,
            if blank > 0 {
                format!(
                    "; {} with no floor left out",
                    plural(blank, "sheet", "sheets")
                )
            } else {
                String::new()
            },
            (plot.overlap / PT_PER_MM).floor()
        )
    }];
    let (small, readable) = numbers.small();
    if !small.is_empty() {
        let shown: Vec<&str> = small.iter().take(8).map(String::as_str).collect();
        let more = small.len().saturating_sub(shown.len());
        let mut note = format!(
            "{} print smaller than {MIN_PRINTED_NUMBER} pt at 1:{}: {}{}",
            plural(small.len(), "booth number", "booth numbers"),
            plot.scale,
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        );
        if let Some(r) = readable.filter(|r| *r < plot.scale) {
            let n = sheets_at(plan, options, print, r);
            let _ = write!(
                note,
                "; at --scale 1:{r} every number reaches {MIN_PRINTED_NUMBER} pt ({} of {}{})",
                plural(n, "sheet", "sheets"),
                plot.paper.name(),
                if n > MAX_SHEETS {
                    format!(
                        ": more than the {MAX_SHEETS} a print makes, so take larger paper or one hall at a time with --hall"
                    )
                } else {
                    String::new()
                }
            );
        }
        notes.push(note);
    }
    notes
}

/// Everything on a sheet but the map: title strip, sheet name, crop marks and neighbours,
/// legend, scale bar and key map. SVG in points.
fn sheet_svg(plan: &Plan, options: &MapOptions, plot: &Plot, column: usize, row: usize) -> String {
    let Sheet {
        width,
        height,
        enlarge,
        footer,
        legend_columns,
        ..
    } = plot.sheet;
    let [ax, ay, aw, ah] = plot.sheet.frame_area();
    let tiled = plot.sheets() > 1;
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.2}" height="{height:.2}" viewBox="0 0 {width:.2} {height:.2}" font-family="{FONT}"><g transform="scale({enlarge:.5})">"#
    );
    let _ = write!(
        s,
        r##"<defs><pattern id="aisle" width="3" height="3" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="3" fill="#fffde7"/><rect width="1" height="3" fill="#fbc02d"/></pattern></defs>"##
    );
    title_strip(&mut s, plan, options, plot, (column, row), width / enlarge);
    let right = width / enlarge - MARGIN;
    // The map area's frame.
    let _ = write!(
        s,
        r##"<rect x="{ax:.2}" y="{ay:.2}" width="{aw:.2}" height="{ah:.2}" fill="none" stroke="#999" stroke-width="0.4"/>"##
    );
    if tiled {
        crop_marks(&mut s, plot, column, row);
    }
    // Legend.
    let fy = ay + ah + 8.0;
    let items = legend_items(plan, options);
    let room = plot.sheet.legend_room;
    for (i, (swatch, label)) in items.iter().enumerate() {
        let lx = MARGIN + LEGEND_COLUMN * (i % legend_columns) as f64;
        let ly = fy + LEGEND_ROW * (i / legend_columns) as f64;
        if items.len() > room && i + 1 == room {
            let _ = write!(
                s,
                r##"<text x="{lx:.2}" y="{:.2}" font-size="7" fill="#222">and {} more</text>"##,
                ly + 7.0,
                items.len() - i
            );
            break;
        }
        let _ = write!(
            s,
            r##"<g transform="translate({lx:.2} {ly:.2}) scale({:.4})">{}</g><text x="{:.2}" y="{:.2}" font-size="7" fill="#222">{}</text>"##,
            8.0 / 14.0,
            super::svg::fragment(swatch),
            lx + 11.0,
            ly + 7.0,
            esc(label)
        );
    }
    scale_bar(&mut s, plot, right - FOOTER_RIGHT, fy);
    if tiled {
        key_map(
            &mut s,
            plan,
            options,
            plot,
            (column, row),
            [right - 95.0, fy, 95.0, footer - 4.0],
        );
    }
    s.push_str("</g></svg>");
    s
}

/// The title strip: show, place, venue, dates and revision; "Your booth"; the sheet's name
/// in the set and the scale.
fn title_strip(
    s: &mut String,
    plan: &Plan,
    options: &MapOptions,
    plot: &Plot,
    (column, row): (usize, usize),
    width: f64,
) {
    let m = &plan.meta;
    let place = options
        .hall
        .and_then(|h| plan.halls.get(&h))
        .map_or_else(|| "Site plan".to_owned(), |h| h.name.clone());
    // Each line shortened to the room the right-hand side leaves it.
    let room = width - 2.0 * MARGIN;
    let title = shorten(
        &m.show_name,
        14.0,
        room - if plot.sheets() > 1 { 130.0 } else { 0.0 },
    );
    let sub = shorten(
        &format!(
            "{place} · {} · {} – {} · plan revision {}",
            m.venue, m.start_date, m.end_date, m.revision
        ),
        8.0,
        room - 260.0,
    );
    let _ = write!(
        s,
        r##"<text x="{MARGIN:.2}" y="{:.2}" font-size="14" fill="#111">{}</text><text x="{MARGIN:.2}" y="{:.2}" font-size="8" fill="#444">{}</text>"##,
        MARGIN + 13.0,
        esc(&title),
        MARGIN + 25.0,
        esc(&sub)
    );
    let numbers: Vec<&str> = options
        .highlight
        .iter()
        .filter_map(|h| plan.booths.get(h))
        .map(|b| b.number.as_str())
        .collect();
    if !numbers.is_empty() {
        let yours = format!(
            "{}: {}",
            if numbers.len() == 1 {
                "Your booth"
            } else {
                "Your booths"
            },
            numbers.join(", ")
        );
        let _ = write!(
            s,
            r##"<text x="{MARGIN:.2}" y="{:.2}" font-size="9" fill="#c62828">{}</text>"##,
            MARGIN + 37.0,
            esc(&shorten(&yours, 9.0, room))
        );
    }
    let right = width - MARGIN;
    if plot.sheets() > 1 {
        let _ = write!(
            s,
            r##"<text x="{right:.2}" y="{:.2}" font-size="13" fill="#111" text-anchor="end">Sheet {} of {} × {}</text>"##,
            MARGIN + 13.0,
            sheet_name(column, row),
            plot.columns,
            plot.rows
        );
    }
    let _ = write!(
        s,
        r##"<text x="{right:.2}" y="{:.2}" font-size="8" fill="#444" text-anchor="end">Scale 1:{} on {} · 1 cm on paper = {} on the floor</text>"##,
        MARGIN + 25.0,
        plot.scale,
        plot.paper_name(),
        crate::model::geom::fmt_m(i64::from(plot.scale) * 10)
    );
}

impl Plot {
    /// "A3 landscape".
    fn paper_name(&self) -> String {
        let o = match self.orientation {
            Orientation::Portrait => "portrait",
            Orientation::Landscape => "landscape",
        };
        format!("{} {o}", self.paper.name())
    }
}

/// Crop marks at the map area's corners, dashed lines where a neighbour's sheet begins, and
/// the neighbour's name in the margin.
fn crop_marks(s: &mut String, plot: &Plot, column: usize, row: usize) {
    let [ax, ay, aw, ah] = plot.sheet.frame_area();
    let overlap = plot.overlap / plot.sheet.enlarge;
    let mut d = String::new();
    for (x, y, sx, sy) in [
        (ax, ay, -1.0, -1.0),
        (ax + aw, ay, 1.0, -1.0),
        (ax, ay + ah, -1.0, 1.0),
        (ax + aw, ay + ah, 1.0, 1.0),
    ] {
        let _ = write!(
            d,
            "M{:.2} {y:.2}H{:.2}M{x:.2} {:.2}V{:.2}",
            x + sx * 3.0,
            x + sx * 14.0,
            y + sy * 3.0,
            y + sy * 14.0
        );
    }
    let _ = write!(
        s,
        r##"<path d="{d}" stroke="#000" stroke-width="0.3" fill="none"/>"##
    );
    let mut dashed = String::new();
    let mut names = String::new();
    let label = |s: &mut String, x: f64, y: f64, rotate: f64, text: &str| {
        let _ = write!(
            s,
            r##"<text x="{x:.2}" y="{y:.2}" font-size="7" fill="#555" text-anchor="middle" transform="rotate({rotate} {x:.2} {y:.2})">{}</text>"##,
            esc(text)
        );
    };
    if column > 0 {
        let _ = write!(dashed, "M{:.2} {ay:.2}V{:.2}", ax + overlap, ay + ah);
        let name = sheet_name(column - 1, row);
        label(
            &mut names,
            ax - 6.0,
            ay + ah / 2.0,
            -90.0,
            &format!("overlaps {name}"),
        );
    }
    if column + 1 < plot.columns {
        let _ = write!(dashed, "M{:.2} {ay:.2}V{:.2}", ax + aw - overlap, ay + ah);
        let name = sheet_name(column + 1, row);
        label(
            &mut names,
            ax + aw + 6.0,
            ay + ah / 2.0,
            90.0,
            &format!("overlaps {name}"),
        );
    }
    if row > 0 {
        let _ = write!(dashed, "M{ax:.2} {:.2}H{:.2}", ay + overlap, ax + aw);
        let name = sheet_name(column, row - 1);
        label(
            &mut names,
            ax + aw / 2.0,
            ay - 3.0,
            0.0,
            &format!("overlaps {name}"),
        );
    }
    if row + 1 < plot.rows {
        let _ = write!(dashed, "M{ax:.2} {:.2}H{:.2}", ay + ah - overlap, ax + aw);
        let name = sheet_name(column, row + 1);
        label(
            &mut names,
            ax + aw / 2.0,
            ay + ah + 7.0,
            0.0,
            &format!("overlaps {name}"),
        );
    }
    if !dashed.is_empty() {
        let _ = write!(
            s,
            r##"<path d="{dashed}" stroke="#777" stroke-width="0.4" stroke-dasharray="3 2" fill="none"/>"##
        );
    }
    s.push_str(&names);
}

/// A scale bar of a round length, in four alternating parts, with the scale written under it.
fn scale_bar(s: &mut String, plot: &Plot, x: f64, y: f64) {
    // Frame units per plan millimetre.
    let k = plot.k() / plot.sheet.enlarge;
    // A round length from a millimetre to 500 km, the longest at most 100 units long.
    let lengths = (0..9).flat_map(|p| [1_i64, 2, 5].map(|m| m * 10_i64.pow(p)));
    let lengths: Vec<i64> = lengths.collect();
    let mm = lengths
        .into_iter()
        .rfind(|mm| *mm as f64 * k <= 100.0)
        .unwrap_or(10);
    let len = mm as f64 * k;
    for i in 0..4 {
        let fill = if i % 2 == 0 { "#222" } else { "#fff" };
        let _ = write!(
            s,
            r##"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="4" fill="{fill}" stroke="#222" stroke-width="0.4"/>"##,
            x + len / 4.0 * f64::from(i),
            y + 2.0,
            len / 4.0
        );
    }
    let (unit, per) = if mm >= 1_000_000 {
        ("km", 1_000_000.0)
    } else if mm >= 1_000 {
        ("m", 1_000.0)
    } else {
        ("cm", 10.0)
    };
    let number = |v: f64| crate::model::geom::plain_number(v / per);
    for (dx, text, anchor) in [
        (0.0, "0".to_owned(), "middle"),
        (len / 2.0, number(mm as f64 / 2.0), "middle"),
        (len, format!("{} {unit}", number(mm as f64)), "start"),
    ] {
        let _ = write!(
            s,
            r##"<text x="{:.2}" y="{:.2}" font-size="7" fill="#222" text-anchor="{anchor}">{text}</text>"##,
            x + dx - if anchor == "start" { 3.0 } else { 0.0 },
            y + 14.0
        );
    }
    let _ = write!(
        s,
        r##"<text x="{x:.2}" y="{:.2}" font-size="8" fill="#222">1:{}</text>"##,
        y + 25.0,
        plot.scale
    );
}

/// The whole floor in small with the grid of sheets, this one shaded.
fn key_map(
    s: &mut String,
    plan: &Plan,
    options: &MapOptions,
    plot: &Plot,
    (column, row): (usize, usize),
    [x, y, w, h]: [f64; 4],
) {
    let [_, _, aw, ah] = plot.sheet.area();
    let k = plot.k();
    // The label on top, the map under it.
    let _ = write!(
        s,
        r##"<text x="{:.2}" y="{:.2}" font-size="6" fill="#444" text-anchor="end">Key: this sheet, {}, shaded</text>"##,
        x + w,
        y + 5.0,
        sheet_name(column, row)
    );
    let (y, h) = (y + 8.0, h - 8.0);
    let (x0, y0) = plot.origin(0, 0);
    let (last_x, last_y) = plot.origin(plot.columns - 1, plot.rows - 1);
    let (ew, eh) = (last_x + aw / k - x0, last_y + ah / k - y0);
    let f = (w / ew).min(h / eh);
    let line = (aw / k * f / 8.0).min(0.3);
    let (ox, oy) = (x + w - ew * f, y);
    let at = |px: f64, py: f64| (ox + (px - x0) * f, oy + (py - y0) * f);
    let mut halls = String::new();
    for h in plan
        .halls
        .iter()
        .filter(|(id, _)| options.hall.is_none_or(|k| k == **id))
        .map(|(_, h)| h)
    {
        for r in &h.outline {
            let (rx, ry) = at(r.x_mm as f64, r.y_mm as f64);
            let _ = write!(
                halls,
                r##"<rect x="{rx:.2}" y="{ry:.2}" width="{:.2}" height="{:.2}" fill="#ddd"/>"##,
                r.w_mm as f64 * f,
                r.d_mm as f64 * f
            );
        }
    }
    s.push_str(&halls);
    for r in 0..plot.rows {
        for c in 0..plot.columns {
            let (px, py) = plot.origin(c, r);
            let (sx, sy) = at(px, py);
            let this = (c, r) == (column, row);
            let _ = write!(
                s,
                r##"<rect x="{sx:.2}" y="{sy:.2}" width="{:.2}" height="{:.2}" fill="{}" fill-opacity="0.45" stroke="#333" stroke-width="{line:.3}"/>"##,
                aw / k * f,
                ah / k * f,
                if this { "#c62828" } else { "none" }
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_are_read_as_people_write_them() {
        assert_eq!(parse_scale("1:200"), Ok(200));
        assert_eq!(parse_scale(" 1/500 "), Ok(500));
        assert_eq!(parse_scale("250"), Ok(250));
        assert!(parse_scale("1:0").is_err());
        assert!(parse_scale("2:300").is_err());
        assert!(parse_scale("big").is_err());
    }

    #[test]
    fn sheets_are_named_by_column_letter_and_row_number() {
        assert_eq!(sheet_name(0, 0), "A1");
        assert_eq!(sheet_name(1, 2), "B3");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(27), "AB");
        assert_eq!(column_name(26 * 27), "AAA");
    }

    #[test]
    fn a_floor_too_large_for_a_sheet_is_cut_into_overlapping_sheets() {
        let sheet = Sheet::new(Paper::A4, Orientation::Landscape, 6);
        let [_, _, w, h] = sheet.area();
        // Exactly one map area wide at 1:100: one sheet; a millimetre more: two.
        let mm = |pt: f64| (pt / PT_PER_MM * 100.0).floor() as i64;
        let fits = Rect::new(0, 0, mm(w), mm(h));
        assert_eq!(grid(&sheet, &fits, 100, OVERLAP), (1, 1));
        let wider = Rect::new(0, 0, mm(w) + 100, mm(h));
        assert_eq!(grid(&sheet, &wider, 100, OVERLAP), (2, 1));
        // Each further sheet adds its width less the overlap.
        let three = Rect::new(0, 0, mm(2.0 * w - OVERLAP) + 100, mm(h));
        assert_eq!(grid(&sheet, &three, 100, OVERLAP), (3, 1));
        assert_eq!(fitting_scale(&sheet, &fits), 100);
        assert_eq!(fitting_scale(&sheet, &wider), 120);
    }

    #[test]
    fn offered_scales_are_round_and_about_a_tenth_apart() {
        let all: Vec<u32> = scales().collect();
        assert_eq!(all.first(), Some(&10));
        assert!(all.windows(2).all(|w| w[0] < w[1]), "{all:?}");
        let from_100: Vec<u32> = all.iter().copied().filter(|s| *s >= 100).collect();
        assert!(
            from_100
                .windows(2)
                .all(|w| f64::from(w[1]) / f64::from(w[0]) <= 1.25)
        );
        for s in [100, 200, 250, 500, 750, 1_000, 1_250, 2_500, 90_000] {
            assert!(all.contains(&s), "1:{s}");
        }
    }
}
