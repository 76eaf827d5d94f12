//! Exports: maps exhibitors open (SVG, PNG, PDF, offline HTML), packs, and lists staff use
//! (CSV, PDF).
//!
//! A map is built once as a scene ([`scene::map`]): rectangles, lines, text and groups in map
//! units. [`svg`] writes it with every glyph as an outline of the bundled fonts, [`pdfdraw`]
//! draws it into PDF pages with krilla (text embedded, selectable), [`raster`] paints it to
//! pixels with tiny-skia, [`mod@print`] lays it on paper sheets at a stated scale and [`pack`] on
//! exhibitors' pages. The HTML map is drawn by the browser from the plan's data ([`html`]).
//! Every file goes through the crash-safe writer.

pub mod changes;
pub mod html;
pub mod label;
pub mod lists;
pub mod pack;
pub mod pdf;
pub mod pdfdraw;
pub mod print;
pub mod raster;
pub mod sales;
pub mod scene;
pub mod svg;
mod table;
pub mod webfont;

use std::path::{Path, PathBuf};

use crate::io::{WriteOptions, write_atomic};
use crate::model::{BoothId, HallId, Plan};

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing the file failed; nothing half-written is left behind.
    #[error("cannot write the file: {source}, in {}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The output's extension names no format this export writes.
    #[error("cannot export {what} as .{extension} (use {supported}), in {}", path.display())]
    Format {
        /// The file.
        path: PathBuf,
        /// What was exported.
        what: &'static str,
        /// The extension given.
        extension: String,
        /// The extensions that work.
        supported: &'static str,
    },
    /// A hall or booth named on the command line does not exist.
    #[error("{0}")]
    NotFound(crate::io::Message),
    /// What was asked cannot sensibly be made (a print of thousands of sheets); the message
    /// says what would work.
    #[error("{0}")]
    Refused(String),
    /// The SVG could not be turned into outlines or pixels (a bug).
    #[error("rendering failed: {0}")]
    Render(String),
}

impl ExportError {
    /// The message in a language: the file and the system's reason for a failed write, the
    /// formats that work for a wrong extension. (What the command line names and cannot be
    /// found or printed is told in English, as the command line wrote it.)
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{Arg, tr};
        match self {
            ExportError::Io { path, source } => tr(
                lang,
                "export-error-io",
                &[
                    ("error", Arg::from(crate::io::io_error_text(source, lang))),
                    ("path", Arg::from(path.display().to_string())),
                ],
            ),
            ExportError::Format {
                path,
                what,
                extension,
                supported,
            } => tr(
                lang,
                "export-error-format",
                &[
                    ("what", Arg::from(tr(lang, what_key(what), &[]))),
                    ("extension", Arg::from(extension)),
                    ("supported", Arg::from(*supported)),
                    ("path", Arg::from(path.display().to_string())),
                ],
            ),
            ExportError::Render(why) => {
                tr(lang, "export-error-render", &[("error", Arg::from(why))])
            }
            ExportError::NotFound(m) => m.text(lang),
            ExportError::Refused(s) => s.clone(),
        }
    }
}

/// The catalogue key of what an export makes ("a map", "a list").
fn what_key(what: &str) -> &'static str {
    match what {
        "a map" => "export-what-map",
        _ => "export-what-list",
    }
}

/// What a map shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MapOptions {
    /// One hall only (the whole site when `None`).
    pub hall: Option<HallId>,
    /// The booths to stand out ("Your booth"): one, or all of an exhibitor's.
    pub highlight: Vec<BoothId>,
    /// Venue drawings drawn under the halls (`--underlay`).
    pub underlays: Vec<Underlay>,
    /// The language of the map's words: title block, legend, "Your booth".
    pub lang: crate::i18n::Lang,
}

/// A venue drawing as a map draws it: pixels and the floor they cover.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Underlay {
    /// The hall it is drawn under: the map shows it within that hall's bounds only, never
    /// over the title, the legend or another hall.
    pub hall: HallId,
    /// The floor it covers.
    pub rect: crate::model::Rect,
    /// Width and height in pixels.
    pub size_px: (u32, u32),
    /// RGBA pixels, not premultiplied, row by row.
    pub rgba: std::sync::Arc<Vec<u8>>,
    /// How opaque, in percent.
    pub opacity_pct: u8,
}

impl Underlay {
    /// The part of the drawing within `within` (whole pixels, so a little more than the
    /// rectangle asked), or `None` when they do not meet.
    pub fn cropped(&self, within: &crate::model::Rect) -> Option<Underlay> {
        let (w, h) = self.size_px;
        let part = self.rect.intersection(within)?;
        if part.is_empty() || w == 0 || h == 0 || self.rect.is_empty() {
            return None;
        }
        let px = |mm: i64, origin: i64, len: i64, n: u32| -> i64 {
            (i128::from(mm - origin) * i128::from(n) / i128::from(len)) as i64
        };
        let (r, n) = (&self.rect, (w, h));
        let x0 = px(part.x_mm, r.x_mm, r.w_mm, n.0).clamp(0, i64::from(w));
        let y0 = px(part.y_mm, r.y_mm, r.d_mm, n.1).clamp(0, i64::from(h));
        // Rounded up: the last pixel the part touches is in.
        let x1 = (px(part.right(), r.x_mm, r.w_mm, n.0) + 1).clamp(x0 + 1, i64::from(w));
        let y1 = (px(part.bottom(), r.y_mm, r.d_mm, n.1) + 1).clamp(y0 + 1, i64::from(h));
        let (cw, ch) = ((x1 - x0) as u32, (y1 - y0) as u32);
        let mut rgba = Vec::with_capacity(cw as usize * ch as usize * 4);
        for y in y0..y1 {
            let start = ((y as usize) * w as usize + x0 as usize) * 4;
            rgba.extend_from_slice(self.rgba.get(start..start + cw as usize * 4)?);
        }
        let mm = |p: i64, origin: i64, len: i64, n: u32| {
            origin + (i128::from(p) * i128::from(len) / i128::from(n)) as i64
        };
        let (cx0, cy0) = (mm(x0, r.x_mm, r.w_mm, w), mm(y0, r.y_mm, r.d_mm, h));
        let (cx1, cy1) = (mm(x1, r.x_mm, r.w_mm, w), mm(y1, r.y_mm, r.d_mm, h));
        Some(Underlay {
            hall: self.hall,
            rect: crate::model::Rect::from_edges(cx0, cy0, cx1, cy1),
            size_px: (cw, ch),
            rgba: std::sync::Arc::new(rgba),
            opacity_pct: self.opacity_pct,
        })
    }
}

impl MapOptions {
    /// Resolves `--hall NAME` and `--highlight BOOTH_OR_EXHIBITOR` against a plan.
    ///
    /// # Errors
    /// When the hall, booth or exhibitor is not in the plan.
    pub fn resolve(
        plan: &Plan,
        hall: Option<&str>,
        highlight: Option<&str>,
    ) -> Result<Self, ExportError> {
        let hall = match hall {
            None => None,
            Some(h) => Some(
                plan.halls
                    .iter()
                    .find(|(_, x)| {
                        // Any script's case: "hội trường 1" finds "Hội trường 1".
                        let asked = h.trim().to_lowercase();
                        x.name.trim().to_lowercase() == asked
                            || x.code.trim().to_lowercase() == asked
                    })
                    .map(|(id, _)| *id)
                    .ok_or_else(|| {
                        ExportError::NotFound(crate::io::message::msg!(
                            "export-no-hall",
                            hall = h.to_owned()
                        ))
                    })?,
            ),
        };
        let highlight: Vec<BoothId> = match highlight {
            None => Vec::new(),
            Some(h) => {
                let h = h.trim();
                // A number used twice (a mistake the validator reports): the one in the hall
                // asked for, if any.
                let by_number: Vec<BoothId> = plan
                    .booths
                    .iter()
                    .filter(|(_, b)| b.number.eq_ignore_ascii_case(h))
                    .min_by_key(|(_, b)| hall.is_some_and(|k| k != b.hall))
                    .map(|(id, _)| *id)
                    .into_iter()
                    .collect();
                // An exhibitor: every booth it holds.
                let by_exhibitor = || -> Vec<BoothId> {
                    h.parse::<crate::model::ExhibitorId>()
                        .map(|e| plan.booths_of(e).map(|(id, _)| id).collect())
                        .unwrap_or_default()
                };
                let found = if by_number.is_empty() {
                    by_exhibitor()
                } else {
                    by_number
                };
                if found.is_empty() {
                    return Err(ExportError::NotFound(crate::io::message::msg!(
                        "export-no-booth-or-exhibitor",
                        what = h.to_owned()
                    )));
                }
                found
            }
        };
        // A map of one hall shows the booths in it; with none there, it says so rather than
        // print "Your booth" over the wrong hall.
        let in_hall =
            |id: &BoothId| hall.is_none_or(|h| plan.booths.get(id).is_some_and(|b| b.hall == h));
        let mut highlight = highlight;
        if let Some(hall) = hall
            && !highlight.is_empty()
            && !highlight.iter().any(in_hall)
        {
            for id in &highlight {
                if let Some(b) = plan.booths.get(id) {
                    let name = |h| plan.halls.get(&h).map_or("no hall", |x| x.name.as_str());
                    return Err(ExportError::NotFound(crate::io::message::msg!(
                        "export-booth-in-other-hall",
                        booth = b.number.clone(),
                        hall = name(b.hall).to_owned(),
                        asked = name(hall).to_owned()
                    )));
                }
            }
        }
        // An exhibitor with booths in several halls: those in this hall.
        highlight.retain(in_hall);
        highlight.sort_unstable();
        highlight.dedup();
        Ok(Self {
            hall,
            highlight,
            underlays: Vec::new(),
            lang: plan.meta.language.unwrap_or_default(),
        })
    }
}

/// Options for parsing our SVG with only the bundled fonts.
fn usvg_options() -> resvg::usvg::Options<'static> {
    // The font database is built once: loading the fonts for every page made a 1,500-page
    // list spend most of its time reading NanumGothic again.
    static FONTS: std::sync::OnceLock<std::sync::Arc<resvg::usvg::fontdb::Database>> =
        std::sync::OnceLock::new();
    let fonts = FONTS.get_or_init(|| {
        let mut db = resvg::usvg::fontdb::Database::new();
        for font in crate::fonts::CHAIN {
            db.load_font_data(font.to_vec());
        }
        db.set_sans_serif_family("Noto Sans");
        std::sync::Arc::new(db)
    });
    let mut opt = resvg::usvg::Options {
        fontdb: fonts.clone(),
        ..resvg::usvg::Options::default()
    };
    opt.font_family = "Noto Sans".to_owned();
    opt
}

/// Parses SVG source with the bundled fonts (text becomes outlines on writing).
///
/// # Errors
/// When the source is not valid SVG (a bug in the writer).
pub fn parse(source: &str) -> Result<resvg::usvg::Tree, ExportError> {
    let opt = usvg_options();
    resvg::usvg::Tree::from_str(source, &opt).map_err(|e| ExportError::Render(e.to_string()))
}

/// Base64 (RFC 4648, with padding).
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Writes an export crash-safely (no backup: exports are made again at will).
///
/// # Errors
/// I/O failures, with the path.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    write_atomic(path, bytes, WriteOptions::no_backup()).map_err(|source| ExportError::Io {
        path: path.to_owned(),
        source,
    })
}

/// How a map is written, beyond what it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapOutput {
    /// Resolution of a PNG.
    pub dpi: u32,
    /// Paper, orientation and scale of a PDF.
    pub print: print::PrintOptions,
}

impl Default for MapOutput {
    fn default() -> Self {
        Self::at_dpi(150)
    }
}

impl MapOutput {
    /// A PNG at `dpi`, a PDF on the default paper at the largest scale that fits.
    pub fn at_dpi(dpi: u32) -> Self {
        Self {
            dpi,
            print: print::PrintOptions::default(),
        }
    }
}

/// Exports a map; the format follows the extension (svg, png, pdf, html). Returns a note for
/// people about what was made when it matters: the scale and sheets of a PDF and booth numbers
/// printed too small, a PNG drawn at a lower resolution than asked.
///
/// # Errors
/// Unknown extension, rendering or I/O failure.
pub fn export_map(
    plan: &Plan,
    options: &MapOptions,
    path: &Path,
    output: &MapOutput,
) -> Result<Option<String>, ExportError> {
    let dpi = output.dpi;
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let scene = || scene::map(plan, options, None);
    let mut note = None;
    let bytes = match extension.as_str() {
        "svg" => svg::to_svg(&scene(), svg::TextAs::Outlines).into_bytes(),
        "png" => {
            let (bytes, used) = raster::render(&scene(), dpi, (800, 500), raster::PNG_PIXELS)?;
            if used < dpi {
                note = Some(format!(
                    "drawn at {used} dpi, the most that fits in memory for a map this large"
                ));
            }
            bytes
        }
        "html" | "htm" => html::map_page(plan, options).into_bytes(),
        "pdf" => {
            let (bytes, notes) = print::map_sheets(plan, options, &output.print)?;
            note = Some(notes.join("; "));
            bytes
        }
        _ => {
            return Err(ExportError::Format {
                path: path.to_owned(),
                what: "a map",
                extension,
                supported: ".svg, .png, .pdf or .html",
            });
        }
    };
    write(path, &bytes)?;
    Ok(note)
}

/// Settings of a list export.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListSettings {
    /// Row order of the allocation list (`Hall` also groups the PDF by hall).
    pub order: lists::ListOrder,
    /// Encoding of a CSV.
    pub encoding: lists::CsvEncoding,
    /// Paper of a PDF.
    pub paper: pdf::Paper,
    /// The print date in PDF footers (`YYYY-MM-DD`).
    pub printed: String,
    /// Contact person, e-mail, phone and external id in the allocation list's CSV too (the
    /// directory's CSV always has them).
    pub contacts: bool,
    /// The language of headings, statuses, booth types and totals.
    pub lang: crate::i18n::Lang,
}

/// Which list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    /// One row per booth.
    Allocation,
    /// Companies alphabetically with their booths.
    Directory,
}

/// The totals closing the PDF allocation list: per hall and overall, booths (and how many
/// hold a company), area and the sum of prices, in the list's columns.
fn list_totals(
    plan: &Plan,
    derived: &crate::model::Derived,
    lang: crate::i18n::Lang,
) -> Vec<Vec<String>> {
    use crate::i18n::{Arg, tr};
    let mut rows = vec![vec![format!("\u{1}{}", tr(lang, "list-totals", &[]))]];
    let mut sum = |hall: Option<HallId>, name: &str| {
        let booths: Vec<_> = plan
            .booths
            .iter()
            .filter(|(_, b)| hall.is_none_or(|h| b.hall == h))
            .collect();
        let area = booths
            .iter()
            .map(|(_, b)| b.area_mm2())
            .fold(0, i128::saturating_add);
        let taken = booths.iter().filter(|(_, b)| b.exhibitor.is_some()).count();
        let price = booths
            .iter()
            .filter_map(|(id, _)| derived.price_minor(plan, **id))
            .fold(0_i64, i64::saturating_add);
        rows.push(vec![
            format!("\u{2}{}", tr(lang, "list-total", &[])),
            name.to_owned(),
            String::new(),
            String::new(),
            if lang == crate::i18n::Lang::En {
                format!("{}", crate::model::geom::m2(area))
            } else {
                crate::i18n::decimal(lang, crate::model::geom::m2(area), 2)
            },
            String::new(),
            String::new(),
            tr(
                lang,
                "list-total-booths",
                &[
                    ("count", Arg::from(booths.len())),
                    ("taken", Arg::from(taken)),
                ],
            ),
            String::new(),
            String::new(),
            if lang == crate::i18n::Lang::En {
                crate::model::derive::fmt_price(price, &plan.meta.currency)
            } else {
                crate::i18n::money(lang, i128::from(price), &plan.meta.currency)
            },
        ]);
    };
    for (id, h) in &plan.halls {
        sum(Some(*id), &h.name);
    }
    sum(None, &tr(lang, "list-all-halls", &[]));
    rows
}

/// The CSV of a list: numbers in their own columns, contacts; a line for people.
fn write_csv_list(
    plan: &Plan,
    kind: ListKind,
    settings: &ListSettings,
    path: &Path,
) -> Result<String, ExportError> {
    use lists::to_csv;

    // For spreadsheets: numbers in their own columns, contacts.
    let lang = settings.lang;
    let (columns, rows): (Vec<String>, Vec<Vec<String>>) = match kind {
        ListKind::Allocation => {
            let mut keys = lists::LIST_CSV_COLUMN_KEYS.to_vec();
            if settings.contacts {
                keys.extend(lists::CONTACT_COLUMN_KEYS);
            }
            (
                lists::headings(&keys, lang),
                lists::list_csv_rows_in(plan, settings.order, settings.contacts, lang),
            )
        }
        ListKind::Directory => (
            lists::headings(&lists::DIRECTORY_CSV_COLUMN_KEYS, lang),
            lists::directory_csv_rows(plan),
        ),
    };
    let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
    let (bytes, loss) = to_csv(&columns, &rows, settings.encoding)
        .map_err(|e| ExportError::Render(e.to_string()))?;
    write(path, &bytes)?;
    let mut note = crate::i18n::ta(
        "export-rows-written",
        &[
            ("count", crate::i18n::Arg::from(rows.len())),
            ("path", crate::i18n::Arg::from(path.display().to_string())),
        ],
    );
    if loss.plain > 0 {
        note.push_str(&crate::i18n::ta(
            "export-cp949-plain",
            &[("count", crate::i18n::Arg::from(loss.plain))],
        ));
    }
    if loss.unknown > 0 {
        note.push_str(&crate::i18n::ta(
            "export-cp949-unknown",
            &[("count", crate::i18n::Arg::from(loss.unknown))],
        ));
    }
    Ok(note)
}

/// Exports a list as CSV or PDF (by extension); returns a line for people.
///
/// # Errors
/// Unknown extension, rendering or I/O failure.
pub fn export_list(
    plan: &Plan,
    kind: ListKind,
    settings: &ListSettings,
    path: &Path,
) -> Result<String, ExportError> {
    use lists::{
        DIRECTORY_COLUMN_KEYS, LIST_COLUMN_KEYS, ListOrder, directory_rows, headings, list_rows_in,
    };
    let lang = settings.lang;
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if extension == "csv" {
        return write_csv_list(plan, kind, settings, path);
    }
    // Types and prices, once for the allocation list's rows and their totals.
    let derived = (kind == ListKind::Allocation).then(|| crate::model::Derived::new(plan));
    let (columns, widths, rows, title): (Vec<String>, &[f64], Vec<Vec<String>>, &str) = match kind {
        ListKind::Allocation => (
            headings(&LIST_COLUMN_KEYS, lang),
            &[5.0, 5.0, 10.0, 7.0, 5.5, 6.0, 5.5, 16.0, 7.5, 9.5, 9.0],
            derived
                .as_ref()
                .map(|d| list_rows_in(plan, d, settings.order, lang))
                .unwrap_or_default()
                .into_iter()
                .map(|r| r.to_vec())
                .collect(),
            "list-title-allocation",
        ),
        ListKind::Directory => (
            headings(&DIRECTORY_COLUMN_KEYS, lang),
            &[30.0, 12.0, 15.0, 18.0, 10.0],
            directory_rows(plan)
                .into_iter()
                .map(|r| r.to_vec())
                .collect(),
            "list-title-directory",
        ),
    };
    let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
    let title = crate::i18n::tr(lang, title, &[]);
    let count = rows.len();
    match extension.as_str() {
        "pdf" => {
            let mut table_rows = Vec::with_capacity(count + plan.halls.len());
            let mut hall: Option<String> = None;
            for row in rows {
                if kind == ListKind::Allocation
                    && settings.order == ListOrder::Hall
                    && hall.as_ref() != Some(&row[1])
                {
                    hall = Some(row[1].clone());
                    table_rows.push(vec![format!("\u{1}{}", row[1])]);
                }
                table_rows.push(row);
            }
            if let Some(derived) = &derived {
                table_rows.extend(list_totals(plan, derived, lang));
            }
            let table = pdf::Table {
                columns: &columns,
                widths,
                lang,
                rows: table_rows,
                title: format!("{} — {title}", plan.meta.show_name),
                // Area and price of the allocation list.
                right: if kind == ListKind::Allocation {
                    &[4, 10]
                } else {
                    &[]
                },
                // Booth numbers and company names are set smaller, never cut.
                whole: if kind == ListKind::Allocation {
                    &[0, 7]
                } else {
                    &[0]
                },
            };
            write(
                path,
                &pdf::table_pdf(plan, &table, settings.paper, &settings.printed)?,
            )?;
            Ok(crate::i18n::ta(
                "export-rows-written",
                &[
                    ("count", crate::i18n::Arg::from(count)),
                    ("path", crate::i18n::Arg::from(path.display().to_string())),
                ],
            ))
        }
        _ => Err(ExportError::Format {
            path: path.to_owned(),
            what: "a list",
            extension,
            supported: ".csv or .pdf",
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_png_too_large_for_memory_is_drawn_at_the_largest_resolution_that_fits() {
        let plan = crate::demo::demo_plan();
        let scene = scene::map(&plan, &MapOptions::default(), None);
        let budget = 2_000_000.0;
        let (bytes, used) = raster::render(&scene, 600, (800, 500), budget).expect("drawn");
        assert!(used < 600, "lowered from 600 dpi to {used}");
        let image = resvg::tiny_skia::Pixmap::decode_png(&bytes).expect("a png");
        let pixels = f64::from(image.width()) * f64::from(image.height());
        assert!(pixels <= budget && pixels > budget * 0.9, "{pixels} pixels");
        // Within the budget, the asked resolution is kept.
        let (_, used) = raster::render(&scene, 20, (800, 500), budget).expect("drawn");
        assert!(used >= 20);
    }
}
