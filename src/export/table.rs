//! Paginated tables (the allocation list, the exhibitor directory) drawn straight into the
//! PDF: text set run by run in the bundled font that has each character, rectangles as
//! paths. No SVG in between: 1,700 pages of a 60,000-company directory take seconds, not
//! minutes.

use krilla::color::rgb::Color;
use krilla::geom::Size;
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::text::Font;

use super::ExportError;
use super::label::{shorten, text_width};
use super::pdf::{Paper, Table};
use super::pdfdraw::{fonts, rect, text};
use super::scene::Anchor;
use crate::model::Plan;

const MARGIN: f32 = 36.0;
const ROW_H: f32 = 13.0;
const FONT_SIZE: f32 = 7.5;

/// A cell's text shortened to its column (never past it).
fn fit(cell: &str, width: f32) -> String {
    shorten(cell, f64::from(FONT_SIZE) * 1.02, f64::from(width - 4.0))
}

/// The size at which a cell that is never shortened fits its column (the table's size when
/// it fits as it is).
fn whole_size(cell: &str, width: f32) -> f32 {
    let w = text_width(cell, f64::from(FONT_SIZE)) as f32;
    let room = width - 4.0;
    // A hair of margin, as the shortening measures at 1.02 times the size.
    if w * 1.03 <= room || w <= 0.0 {
        FONT_SIZE
    } else {
        (FONT_SIZE * room / (w * 1.03)).max(MIN_WHOLE)
    }
}

/// The smallest size a never-shortened cell is set at; below it, even such a cell is
/// shortened (a number or name too long for any readable size).
const MIN_WHOLE: f32 = 4.5;

/// One row of cells on the baseline `y`, each shortened to its column, the `right` columns
/// set flush right.
fn cells<'c>(
    surface: &mut Surface<'_>,
    fonts: &[Font],
    columns: &Columns<'_>,
    y: f32,
    cells: impl Iterator<Item = &'c str>,
    colour: Color,
) {
    let mut x = MARGIN;
    for (c, (cell, w)) in cells.zip(columns.widths).enumerate() {
        let (at, anchor) = if columns.right.contains(&c) {
            (x + w - 2.0, Anchor::End)
        } else {
            (x + 2.0, Anchor::Start)
        };
        let (size, shown) = if columns.whole.contains(&c) {
            let size = whole_size(cell, *w);
            (
                size,
                shorten(cell, f64::from(size) * 1.02, f64::from(w - 4.0)),
            )
        } else {
            (FONT_SIZE, fit(cell, *w))
        };
        text(surface, fonts, (at, y), size, &shown, colour, anchor);
        x += w;
    }
}

/// The columns' widths in points: the table's proportions, then room moved from columns whose
/// text is narrower than their share to those whose text is wider (a word that a
/// language writes longer), as far as the spare room goes. Never-shortened columns (numbers,
/// names) neither give nor take: they are set smaller instead. Measured on the first 2,000
/// rows.
fn column_widths(table: &Table<'_>, usable: f32) -> Vec<f32> {
    let total: f64 = table.widths.iter().sum();
    let share: Vec<f32> = table
        .widths
        .iter()
        .map(|w| (w / total) as f32 * usable)
        .collect();
    let measure = |s: &str| text_width(s, f64::from(FONT_SIZE) * 1.03) as f32 + 5.0;
    // A heading may be set up to a fifth smaller to fit (the data may not).
    let mut need: Vec<f32> = table.columns.iter().map(|h| measure(h) * 0.8).collect();
    let columns = need.len();
    for row in table.rows.iter().filter(|r| r.len() == columns).take(2_000) {
        for (n, cell) in need.iter_mut().zip(row) {
            *n = n.max(measure(cell.trim_start_matches('\u{2}')));
        }
    }
    for (c, n) in need.iter_mut().enumerate() {
        // Never-shortened columns (booth numbers, names) keep their share: a longer one
        // past the rows measured must still fit at a readable size.
        *n = if table.whole.contains(&c) {
            share[c]
        } else {
            n.min(usable / 3.0)
        };
    }
    let deficit: f32 = share.iter().zip(&need).map(|(s, n)| (n - s).max(0.0)).sum();
    let slack: f32 = share.iter().zip(&need).map(|(s, n)| (s - n).max(0.0)).sum();
    if deficit <= 0.0 || slack <= 0.0 {
        return share;
    }
    let moved = deficit.min(slack);
    share
        .iter()
        .zip(&need)
        .map(|(s, n)| {
            if n > s {
                s + (n - s) * moved / deficit
            } else {
                s - (s - n) * moved / slack
            }
        })
        .collect()
}

/// How a table's columns are laid out: widths in points, which are flush right, which are
/// never shortened.
struct Columns<'a> {
    widths: &'a [f32],
    right: &'a [usize],
    whole: &'a [usize],
}

/// The rows of one page from `body_top` down: group titles, shaded stripes, totals ruled
/// above.
fn body(
    surface: &mut Surface<'_>,
    fonts: &[Font],
    columns: &Columns<'_>,
    body_top: f32,
    rows: &[std::borrow::Cow<'_, [String]>],
) {
    let usable: f32 = columns.widths.iter().sum();
    let (ink, grey, navy) = (
        Color::new(0x22, 0x22, 0x22),
        Color::new(0x55, 0x55, 0x55),
        Color::new(0x1a, 0x23, 0x7e),
    );
    for (r, row) in rows.iter().enumerate() {
        let y = body_top + r as f32 * ROW_H;
        if let Some(group) = row.first().and_then(|c| c.strip_prefix('\u{1}')) {
            text(
                surface,
                fonts,
                (MARGIN, y + 9.5),
                FONT_SIZE * 1.2,
                group,
                navy,
                Anchor::Start,
            );
            continue;
        }
        let is_total = row.first().is_some_and(|c| c.starts_with('\u{2}'));
        if is_total {
            rect(surface, (MARGIN, y, usable, 0.8), grey);
        } else if r % 2 == 1 {
            rect(
                surface,
                (MARGIN, y, usable, ROW_H),
                Color::new(0xf5, 0xf5, 0xf5),
            );
        }
        cells(
            surface,
            fonts,
            columns,
            y + 9.3,
            row.iter().map(|c| c.trim_start_matches('\u{2}')),
            ink,
        );
    }
}

/// Lays a table out on landscape pages of `paper`: the header row on every page, group
/// titles (repeated on a page a group runs onto), totals, and "page x of y", show name, print
/// date and plan revision in the footer.
///
/// # Errors
/// When a font cannot be read or the PDF cannot be written.
pub fn table_pdf(
    plan: &Plan,
    table: &Table<'_>,
    paper: Paper,
    printed: &str,
) -> Result<Vec<u8>, ExportError> {
    let fonts = fonts()?;
    let (ph, pw) = paper.portrait();
    let (pw, ph) = (pw as f32, ph as f32);
    let usable = pw - 2.0 * MARGIN;
    let widths = column_widths(table, usable);
    let columns = Columns {
        widths: &widths,
        right: table.right,
        whole: table.whole,
    };
    let body_top = MARGIN + 34.0;
    let per_page = (((ph - MARGIN - 24.0) - body_top) / ROW_H).floor().max(1.0) as usize;
    let pages = super::pdf::paginate(&table.rows, per_page, table.lang);
    let count = pages.len();
    let size = Size::from_wh(pw, ph).ok_or_else(|| ExportError::Render("empty page".into()))?;
    let mut document = krilla::Document::new();
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(table.title.clone())
            .creator("boothplan".to_owned()),
    );
    let grey = Color::new(0x55, 0x55, 0x55);
    // Headings are set smaller rather than cut, and take no room from the data.
    let every: Vec<usize> = (0..widths.len()).collect();
    for (i, rows) in pages.iter().enumerate() {
        let mut page = document.start_page_with(PageSettings::new(size));
        let mut surface = page.surface();
        text(
            &mut surface,
            fonts,
            (MARGIN, MARGIN + 10.0),
            13.0,
            &table.title,
            Color::new(0x11, 0x11, 0x11),
            Anchor::Start,
        );
        let header_y = body_top - ROW_H;
        rect(
            &mut surface,
            (MARGIN, header_y, usable, ROW_H),
            Color::new(0xe0, 0xe0, 0xe0),
        );
        cells(
            &mut surface,
            fonts,
            &Columns {
                whole: &every,
                ..columns
            },
            header_y + 9.3,
            table.columns.iter().copied(),
            Color::new(0x11, 0x11, 0x11),
        );
        body(&mut surface, fonts, &columns, body_top, rows);
        let meta = &plan.meta;
        let footer = crate::i18n::tr(
            table.lang,
            "list-footer",
            &[
                ("show", crate::i18n::Arg::from(&meta.show_name)),
                (
                    "date",
                    crate::i18n::Arg::from(crate::i18n::date(table.lang, printed)),
                ),
                (
                    "revision",
                    crate::i18n::Arg::Text(meta.revision.to_string()),
                ),
                ("page", crate::i18n::Arg::from(i + 1)),
                ("pages", crate::i18n::Arg::from(count)),
            ],
        );
        text(
            &mut surface,
            fonts,
            (pw / 2.0, ph - MARGIN / 2.0),
            8.0,
            &footer,
            grey,
            Anchor::Middle,
        );
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| ExportError::Render(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_never_runs_past_its_column() {
        let cell = fit("Công ty Viễn thông Sông Hồng 한빛통신", 60.0);
        assert!(text_width(&cell, f64::from(FONT_SIZE)) <= 56.0, "{cell}");
        assert!(cell.ends_with('…'));
        assert_eq!(fit("A-101", 60.0), "A-101");
    }
}
