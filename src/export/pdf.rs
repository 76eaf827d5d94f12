//! PDF pages: paper sizes, the page renderer shared by packs (map scenes drawn directly by
//! krilla, then the page's text and frames laid out as SVG over them, text embedded from the
//! bundled fonts: selectable, searchable, subset), and the tables of the lists.

use krilla::geom::{Size, Transform};
use krilla::page::PageSettings;
use krilla_svg::{SurfaceExt, SvgSettings};

use super::ExportError;
pub use super::table::table_pdf;
use crate::fonts::FAMILY as FONT;

/// Paper sizes, in points.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    /// ISO A4.
    #[default]
    A4,
    /// ISO A3.
    A3,
    /// ISO A2.
    A2,
    /// ISO A1.
    A1,
    /// ISO A0.
    A0,
    /// US Letter.
    Letter,
    /// US Tabloid (11 × 17 in).
    Tabloid,
}

impl Paper {
    /// Width and height in points, portrait.
    pub fn portrait(self) -> (f64, f64) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::A3 => (841.89, 1190.55),
            Paper::A2 => (1190.55, 1683.78),
            Paper::A1 => (1683.78, 2383.94),
            Paper::A0 => (2383.94, 3370.39),
            Paper::Letter => (612.0, 792.0),
            Paper::Tabloid => (792.0, 1224.0),
        }
    }

    /// Its name as people write it ("A3", "Letter").
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::A3 => "A3",
            Paper::A2 => "A2",
            Paper::A1 => "A1",
            Paper::A0 => "A0",
            Paper::Letter => "Letter",
            Paper::Tabloid => "Tabloid",
        }
    }
}

/// A map scene on a page: enlarged `k` times and moved to `at` (points), clipped to `clip`.
pub(super) struct Placed {
    /// The map.
    pub scene: super::scene::Scene,
    /// Points per map unit.
    pub k: f64,
    /// Where the scene's origin lands.
    pub at: (f64, f64),
    /// The page area it may draw in: x, y, width, height.
    pub clip: Option<[f64; 4]>,
}

/// One page: its maps, then SVG source drawn over them (text, frames, the white page).
pub(super) struct Page {
    /// Everything but the maps, in points; transparent where the maps show through.
    pub svg: String,
    /// The maps, drawn first.
    pub maps: Vec<Placed>,
}

pub(super) fn render(pages: &[Page], title: &str) -> Result<Vec<u8>, ExportError> {
    let mut document = krilla::Document::new();
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(title.to_owned())
            .creator("boothplan".to_owned()),
    );
    let settings = SvgSettings {
        embed_text: true,
        ..SvgSettings::default()
    };
    for p in pages {
        let tree = super::parse(&p.svg)?;
        let s = tree.size();
        let size = Size::from_wh(s.width(), s.height())
            .ok_or_else(|| ExportError::Render("empty page".to_owned()))?;
        let mut page = document.start_page_with(PageSettings::new(size));
        let mut surface = page.surface();
        for map in &p.maps {
            let clip = map.clip.and_then(|[x, y, w, h]| {
                let mut path = krilla::geom::PathBuilder::new();
                path.push_rect(krilla::geom::Rect::from_xywh(
                    x as f32, y as f32, w as f32, h as f32,
                )?);
                path.finish()
            });
            if let Some(clip) = &clip {
                surface.push_clip_path(clip, &krilla::paint::FillRule::NonZero);
            }
            let k = map.k as f32;
            surface.push_transform(&Transform::from_row(
                k,
                0.0,
                0.0,
                k,
                map.at.0 as f32,
                map.at.1 as f32,
            ));
            super::pdfdraw::draw_scene(&mut surface, &map.scene)?;
            surface.pop();
            if clip.is_some() {
                surface.pop();
            }
        }
        surface
            .draw_svg(&tree, size, settings)
            .ok_or_else(|| ExportError::Render("a page could not be drawn".to_owned()))?;
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| ExportError::Render(format!("{e:?}")))
}

/// A table laid out over pages with the header row on every page, optional group titles, and
/// "page x of y", show name, print date and plan revision in the footer.
pub struct Table<'a> {
    /// Column titles.
    pub columns: &'a [&'a str],
    /// Relative column widths.
    pub widths: &'a [f64],
    /// Rows; a row whose first cell starts with `\u{1}` is a group title (repeated, marked
    /// "continued", at the top of a page the group runs onto), one starting with `\u{2}` a
    /// total (ruled above).
    pub rows: Vec<Vec<String>>,
    /// Document title printed at the top of each page.
    pub title: String,
    /// Columns set flush right (numbers, prices).
    pub right: &'a [usize],
    /// Columns never shortened (booth numbers, company names): set smaller to fit instead.
    pub whole: &'a [usize],
    /// The language of the footer and of "continued".
    pub lang: crate::i18n::Lang,
}

/// The rows of each page: `per_page` at most, a page that continues a group opening with its
/// title again.
pub(super) fn paginate(
    rows: &[Vec<String>],
    per_page: usize,
    lang: crate::i18n::Lang,
) -> Vec<Vec<std::borrow::Cow<'_, [String]>>> {
    let per_page = per_page.max(2);
    let mut pages: Vec<Vec<std::borrow::Cow<'_, [String]>>> = vec![Vec::new()];
    let mut group: Option<&str> = None;
    for (i, row) in rows.iter().enumerate() {
        let title = row.first().and_then(|c| c.strip_prefix('\u{1}'));
        let last = pages.len() - 1;
        // A group title never ends a page: it moves to the next with its first row; a short
        // group (the totals) that fits a page is not split.
        let room = match title {
            Some(_) => {
                let length = rows[i + 1..]
                    .iter()
                    .take_while(|r| !r.first().is_some_and(|c| c.starts_with('\u{1}')))
                    .count();
                let last = i + 1 + length == rows.len();
                if length < per_page && (length < per_page / 4 || last) {
                    1 + length
                } else {
                    2
                }
            }
            None => 1,
        };
        if pages[last].len() + room > per_page {
            pages.push(Vec::new());
            if let (None, Some(g)) = (title, group) {
                let again = vec![format!(
                    "\u{1}{}",
                    crate::i18n::tr(
                        lang,
                        "list-continued",
                        &[("group", crate::i18n::Arg::from(g.to_string()))]
                    )
                )];
                if let Some(p) = pages.last_mut() {
                    p.push(std::borrow::Cow::Owned(again));
                }
            }
        }
        if let Some(t) = title {
            group = Some(t);
        }
        if let Some(page) = pages.last_mut() {
            page.push(std::borrow::Cow::Borrowed(row.as_slice()));
        }
    }
    pages
}

pub(super) const MARGIN: f64 = 36.0;

/// The opening of a page `pw × ph` points, text in the bundled fonts (transparent: the page
/// is white, and maps drawn first show through).
pub(super) fn page_start(pw: f64, ph: f64) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{pw:.2}" height="{ph:.2}" viewBox="0 0 {pw:.2} {ph:.2}" font-family="{FONT}">"#
    )
}

/// A file name safe on every system: the booth number and the company in ASCII.
pub fn pack_file_name(number: &str, company: &str, id: impl std::fmt::Display) -> String {
    let slug = |s: &str, fold: bool, max: usize| {
        // A Hangul name is romanized: a Korean company's pack gets a name people can read.
        let text = if fold {
            crate::text::fold(&crate::text::romanize(s))
        } else {
            s.to_owned()
        };
        let mut out = String::new();
        for c in text.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
        }
        out.trim_end_matches('-')
            .chars()
            .take(max)
            .collect::<String>()
            .trim_end_matches('-')
            .to_owned()
    };
    // The stable id makes every name unique ("A.1" and "A-1", "Café" and "Cafe"), and
    // never empty, hidden (a leading dot) or a name Windows reserves (CON, NUL, COM1, …).
    let parts: Vec<String> = [slug(number, false, 30), slug(company, true, 40)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        format!("booth-{id}.pdf")
    } else {
        format!("{}-{id}.pdf", parts.join("-"))
    }
}

pub use super::pack::{exhibitor_pack_pdf, write_packs};

/// Today's date as `YYYY-MM-DD` from seconds since 1970 (civil calendar, UTC).
pub fn date_from_unix(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BoothId;

    #[test]
    fn file_names_are_ascii_and_safe() {
        assert_eq!(
            pack_file_name("A-101", "Công ty Viễn thông Sông Hồng", BoothId(7)),
            "A-101-cong-ty-vien-thong-song-hong-B7.pdf"
        );
        assert_eq!(
            pack_file_name("B/7", "한빛통신", BoothId(8)),
            "B-7-hanbittongsin-B8.pdf"
        );
        assert_eq!(
            pack_file_name("C-1", "A/B: \"Q\" <Labs>", BoothId(9)),
            "C-1-a-b-q-labs-B9.pdf"
        );
    }

    /// Issue 9, item 16: names that used to collide, vanish or be reserved.
    #[test]
    fn file_names_are_unique_non_empty_and_never_reserved() {
        let names = [
            pack_file_name("A.1", "Cafe Nandu", BoothId(1)),
            pack_file_name("A-1", "Café Ñandú", BoothId(2)),
            pack_file_name("", "", BoothId(3)),
            pack_file_name("…", "한빛", BoothId(4)),
            pack_file_name("CON", "", BoothId(5)),
            pack_file_name(&"9".repeat(500), &"x".repeat(500), BoothId(u32::MAX)),
        ];
        let unique: std::collections::BTreeSet<&String> = names.iter().collect();
        assert_eq!(unique.len(), names.len(), "{names:?}");
        for n in &names {
            let stem = n.trim_end_matches(".pdf");
            assert!(
                !stem.is_empty() && !n.starts_with('.') && !n.starts_with('-'),
                "{n}"
            );
            assert!(n.len() <= 100, "{n}");
            let upper = stem.to_ascii_uppercase();
            let reserved = ["CON", "PRN", "AUX", "NUL"].contains(&upper.as_str())
                || ((upper.starts_with("COM") || upper.starts_with("LPT")) && upper.len() == 4);
            assert!(!reserved, "{n}");
        }
    }

    #[test]
    fn dates_from_the_epoch() {
        assert_eq!(date_from_unix(0), "1970-01-01");
        assert_eq!(date_from_unix(1_795_824_000), "2026-11-28");
        assert_eq!(date_from_unix(951_782_400), "2000-02-29");
    }
}
