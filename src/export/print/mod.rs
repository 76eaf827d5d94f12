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

use super::pdf::Paper;
use super::scene::{MM_PER_UNIT, SheetPart};
use super::svg::Frame;
use super::{ExportError, MapOptions};
use crate::model::{Plan, Rect};

mod layout;
mod sheet;

use layout::{Numbers, Plot, plan_layout};
pub(crate) use layout::{largest_number, pt_per_unit};
use sheet::sheet_svg;

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
