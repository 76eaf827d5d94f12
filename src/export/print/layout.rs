//! The layout of a print: sheet sizes and their map area, the scale, the grid of sheets and
//! their overlap, and the booth numbers as the print sets them.

use super::{
    BLEED_MM, MARGIN, MAX_PRINTED_NUMBER, MIN_PRINTED_NUMBER, OVERLAP, Orientation, PT_PER_MM,
    PrintOptions, TITLE_H, scales,
};
use crate::export::MapOptions;
use crate::export::pdf::Paper;
use crate::export::scene::{MM_PER_UNIT, legend_items};
use crate::export::svg::{map_bounds, shown_booths};
use crate::model::{Plan, Rect};

/// A sheet's size and its map area, in points. Everything around the map (title, legend,
/// scale bar) is laid out on an A4-sized frame and enlarged with the paper (by the square root
/// of its size over A4's), so an A0 poster's title reads from further away.
#[derive(Clone, Copy, Debug)]
pub(super) struct Sheet {
    pub(super) width: f64,
    pub(super) height: f64,
    /// How much larger than on A4 the surroundings are drawn.
    pub(super) enlarge: f64,
    /// Legend entries the footer holds.
    pub(super) legend_room: usize,
    /// Height of the strip under the map (legend, scale bar, key map), in frame units.
    pub(super) footer: f64,
    pub(super) legend_columns: usize,
}

impl Sheet {
    pub(super) fn new(paper: Paper, orientation: Orientation, legend_items: usize) -> Self {
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
    pub(super) fn frame_area(&self) -> [f64; 4] {
        [
            MARGIN,
            MARGIN + TITLE_H,
            self.width / self.enlarge - 2.0 * MARGIN,
            self.height / self.enlarge - 2.0 * MARGIN - TITLE_H - self.footer - 4.0,
        ]
    }

    /// The map area on the sheet, in points: x, y, width, height.
    pub(super) fn area(&self) -> [f64; 4] {
        self.frame_area().map(|v| v * self.enlarge)
    }
}

pub(super) const LEGEND_COLUMN: f64 = 128.0;
pub(super) const LEGEND_ROW: f64 = 11.0;
/// Width kept right of the legend for the scale bar and the key map.
pub(super) const FOOTER_RIGHT: f64 = 230.0;

/// The layout of a printed map: scale, orientation and the grid of sheets.
#[derive(Clone, Copy, Debug)]
pub(super) struct Plot {
    pub(super) paper: Paper,
    pub(super) sheet: Sheet,
    pub(super) orientation: Orientation,
    pub(super) scale: u32,
    pub(super) columns: usize,
    pub(super) rows: usize,
    /// The printed floor, in plan millimetres.
    pub(super) body: Rect,
    /// Overlap between neighbouring sheets, in points.
    pub(super) overlap: f64,
}

impl Plot {
    /// Points per plan millimetre.
    pub(super) fn k(&self) -> f64 {
        PT_PER_MM / f64::from(self.scale)
    }

    /// Floor per sheet step (the map area less the overlap), in plan millimetres.
    pub(super) fn step(&self) -> (f64, f64) {
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
    pub(super) fn origin(&self, column: usize, row: usize) -> (f64, f64) {
        let [_, _, w, h] = self.sheet.area();
        let (sx, sy) = self.step();
        let k = self.k();
        let extent_w = sx * self.columns as f64 + (w / k - sx);
        let extent_h = sy * self.rows as f64 + (h / k - sy);
        let x0 = self.body.x_mm as f64 - (extent_w - self.body.w_mm as f64) / 2.0;
        let y0 = self.body.y_mm as f64 - (extent_h - self.body.d_mm as f64) / 2.0;
        (x0 + sx * column as f64, y0 + sy * row as f64)
    }

    pub(super) fn sheets(&self) -> usize {
        self.columns * self.rows
    }
}

/// How many sheets a floor of `body` needs at 1:`scale`, overlapping by `overlap` points:
/// columns and rows.
pub(super) fn grid(sheet: &Sheet, body: &Rect, scale: u32, overlap: f64) -> (usize, usize) {
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
pub(super) fn fitting_scale(sheet: &Sheet, body: &Rect) -> u32 {
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
pub(super) struct Numbers {
    /// The scale's denominator.
    pub(super) scale: u32,
    /// Each number, its font size in map units (100 mm) and its width in ems.
    pub(super) each: Vec<(String, f64, f64)>,
}

/// The largest booth number at 1:`scale`, in map units.
pub(crate) fn largest_number(scale: u32) -> f64 {
    MAX_PRINTED_NUMBER / pt_per_unit(scale)
}

/// Points on paper per map unit (100 mm of floor) at 1:`scale`.
pub(crate) fn pt_per_unit(scale: u32) -> f64 {
    MM_PER_UNIT * PT_PER_MM / f64::from(scale)
}

impl Numbers {
    /// The numbers as [`super::scene::map`] sets them on a sheet at 1:`scale`.
    pub(super) fn new(plan: &Plan, options: &MapOptions, scale: u32) -> Self {
        let unit = |mm: i64| mm as f64 / MM_PER_UNIT;
        let each = shown_booths(plan, options)
            .map(|(_, b)| {
                let company = b
                    .exhibitor
                    .and_then(|e| plan.exhibitors.get(&e))
                    .map_or("", |e| e.name.as_str());
                let label = crate::export::label::fit_at_most(
                    &b.number,
                    company,
                    unit(b.rect.w_mm),
                    unit(b.rect.d_mm),
                    largest_number(scale),
                );
                (
                    b.number.clone(),
                    label.number_size,
                    crate::export::label::text_width(&b.number, 1.0),
                )
            })
            .collect();
        Self { scale, each }
    }

    /// The overlap of sheets that keeps every number whole on one of two neighbours (a
    /// stretch no longer than the overlap lies wholly on one of them), at most a third of the
    /// map area.
    pub(super) fn overlap(&self, sheet: &Sheet) -> f64 {
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
    pub(super) fn small(&self) -> (Vec<String>, Option<u32>) {
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
pub(super) fn plan_layout(
    plan: &Plan,
    options: &MapOptions,
    print: &PrintOptions,
) -> (Plot, Numbers) {
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
pub(super) fn column_name(mut i: usize) -> String {
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
pub(super) fn sheet_name(column: usize, row: usize) -> String {
    format!("{}{}", column_name(column), row + 1)
}

impl Plot {
    /// "A3 landscape".
    /// The paper and its orientation in a language ("A4 landscape").
    pub(super) fn paper_name_in(&self, lang: crate::i18n::Lang) -> String {
        let key = match self.orientation {
            Orientation::Portrait => "sheet-portrait",
            Orientation::Landscape => "sheet-landscape",
        };
        crate::i18n::tr(
            lang,
            key,
            &[("paper", crate::i18n::Arg::from(self.paper.name()))],
        )
    }

    pub(super) fn paper_name(&self) -> String {
        let o = match self.orientation {
            Orientation::Portrait => "portrait",
            Orientation::Landscape => "landscape",
        };
        format!("{} {o}", self.paper.name())
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse_scale;
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
