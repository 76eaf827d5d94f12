//! Reading a venue drawing: the file a plan names, checked against the hash the plan keeps,
//! decoded (PNG or JPEG, or a PDF page rasterised by hayro, pure Rust) and cut into a pyramid
//! of tiles, so a 10,000 × 7,000 px scan is drawn from a few small textures at any zoom. Runs
//! on a worker thread in the editor.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::message::{Message, Value, kind_word, msg, plain};
use super::{ReadError, read_regular_file};
use crate::i18n::{Arg, Lang, tr};

/// Drawing files larger than this are refused before reading.
pub const MAX_DRAWING_BYTES: u64 = 512 * 1024 * 1024;
/// Decoded drawings with more pixels than this are refused (about 12,000 × 12,500: 600 MB
/// of pixels and a third more for the smaller levels).
pub const MAX_DRAWING_PIXELS: u64 = 150_000_000;
/// Tiles are at most this many pixels on a side.
pub const TILE_PX: u32 = 1024;
/// A PDF page is rasterised at this resolution (dots per inch), less when that would pass
/// [`PDF_MAX_SIDE`].
pub const PDF_DPI: f32 = 200.0;
/// The longest side of a rasterised PDF page, in pixels.
pub const PDF_MAX_SIDE: f32 = 12_000.0;

/// Why a drawing could not be read.
#[derive(Debug)]
pub enum DrawingError {
    /// The file is not where the plan says.
    Missing {
        /// Where it was looked for.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Not a regular file, or too large.
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        why: Message,
    },
    /// A format this build does not draw.
    Unsupported {
        /// The file.
        path: PathBuf,
        /// What it seems to be.
        what: Message,
    },
    /// A PDF without the page asked for.
    NoPage {
        /// The file.
        path: PathBuf,
        /// The page asked for (1 is the first).
        page: u32,
        /// Pages in the file.
        pages: usize,
    },
    /// The image could not be decoded.
    Damaged {
        /// The file.
        path: PathBuf,
        /// What the decoder said.
        why: Message,
    },
}

impl DrawingError {
    /// The message in a language, naming the file; in English exactly what `Display` writes.
    pub fn text(&self, lang: Lang) -> String {
        let file = |p: &Path| Arg::from(p.display().to_string());
        match self {
            Self::Missing { path, source } => tr(
                lang,
                "drawing-file-missing",
                &[
                    ("path", file(path)),
                    (
                        "error",
                        Arg::from(super::message::io_error_text(source, lang)),
                    ),
                ],
            ),
            Self::Unreadable { path, why } => tr(
                lang,
                "drawing-file-unreadable",
                &[("path", file(path)), ("why", Arg::from(why.text(lang)))],
            ),
            Self::Unsupported { path, what } => tr(
                lang,
                "drawing-file-unsupported",
                &[("path", file(path)), ("what", Arg::from(what.text(lang)))],
            ),
            Self::NoPage { path, page, pages } => tr(
                lang,
                "drawing-file-no-page",
                &[
                    ("path", file(path)),
                    ("pages", Arg::from(*pages)),
                    ("page", Arg::from(page.to_string())),
                ],
            ),
            Self::Damaged { path, why } => tr(
                lang,
                "drawing-file-damaged",
                &[("path", file(path)), ("why", Arg::from(why.text(lang)))],
            ),
        }
    }
}

impl std::fmt::Display for DrawingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for DrawingError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Missing { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A drawing read from its file.
#[derive(Clone, Debug)]
pub struct LoadedDrawing {
    /// Where it was read from.
    pub path: PathBuf,
    /// SHA-256 of its bytes, lower-case hex.
    pub sha256: String,
    /// Its size in pixels.
    pub size_px: (u32, u32),
    /// Level 0 is full size; each next level half as wide and high, down to one tile.
    pub levels: Vec<Level>,
}

/// One level of the pyramid.
#[derive(Clone, Debug)]
pub struct Level {
    /// How many drawing pixels one pixel of this level covers along a side (1, 2, 4, …).
    pub step: u32,
    /// The level's size in its own pixels.
    pub size_px: (u32, u32),
    /// Its tiles, row by row.
    pub tiles: Vec<Tile>,
}

/// A tile of a level: RGBA pixels, not premultiplied.
#[derive(Clone, Debug)]
pub struct Tile {
    /// Its left and top in the level's pixels.
    pub at_px: (u32, u32),
    /// Its size in the level's pixels.
    pub size_px: (u32, u32),
    /// `size_px.0 * size_px.1 * 4` bytes.
    pub rgba: std::sync::Arc<Vec<u8>>,
}

/// Lower-case hex SHA-256 of bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

/// Where a drawing's file is: its name taken relative to the plan file's folder (or the
/// current folder for a plan never saved), unless absolute; `a/../b` read as `b`.
pub fn resolve(plan_file: Option<&Path>, file: &str) -> PathBuf {
    // As `file_name` names it: from the plan's absolute folder, so a plan opened by a
    // relative path finds the drawing it has just read under the same key.
    let plan_file = plan_file.map(absolute);
    let named = Path::new(file);
    let joined = if named.is_absolute() {
        named.to_path_buf()
    } else {
        plan_file
            .as_deref()
            .and_then(Path::parent)
            .map_or_else(|| named.to_path_buf(), |dir| dir.join(named))
    };
    normalize(&joined)
}

/// A path read without `.` and `folder/..` (lexically: a `..` at the start stays).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            // A folder then `..`: neither (a `..` at the start stays).
            std::path::Component::ParentDir
                if matches!(
                    out.components().next_back(),
                    Some(std::path::Component::Normal(_))
                ) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// An absolute, normalised path: relative ones are taken from the current folder.
pub fn absolute(path: &Path) -> PathBuf {
    normalize(&std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// The name a plan whose file is `plan_file` keeps for the drawing file `file`: relative to
/// the plan's folder when it can be (see [`crate::model::drawing::relative_file`]).
pub fn file_name(plan_file: Option<&Path>, file: &Path) -> String {
    let plan_file = plan_file.map(absolute);
    crate::model::drawing::relative_file(
        plan_file.as_deref().and_then(Path::parent),
        &absolute(file),
    )
}

/// How a drawing's file name `file`, read from the plan file `from`, reads from the plan file
/// `to`: for a plan saved elsewhere.
pub fn rebased(file: &str, from: Option<&Path>, to: &Path) -> String {
    file_name(Some(to), &resolve(from, file))
}

/// Reads, hashes and decodes a drawing, and cuts it into tiles. `progress` is told the
/// fraction done (0 to 1) now and then.
///
/// # Errors
/// [`DrawingError`]: missing, not a file, too large, not PNG or JPEG, damaged.
pub fn load(path: &Path, page: u32, progress: &dyn Fn(f32)) -> Result<LoadedDrawing, DrawingError> {
    let bytes = read_regular_file(path, MAX_DRAWING_BYTES).map_err(|e| match e {
        ReadError::Io(source) if source.kind() == std::io::ErrorKind::NotFound => {
            DrawingError::Missing {
                path: path.to_path_buf(),
                source,
            }
        }
        ReadError::Io(e) => DrawingError::Unreadable {
            path: path.to_path_buf(),
            why: Message::of(Value::io(&e)),
        },
        ReadError::NotAFile(what) => DrawingError::Unreadable {
            path: path.to_path_buf(),
            why: msg!("drawing-file-is-kind", what = kind_word(what)),
        },
        ReadError::TooLarge { limit, .. } => DrawingError::Unreadable {
            path: path.to_path_buf(),
            why: msg!(
                "drawing-file-too-large",
                limit = plain(limit / (1024 * 1024))
            ),
        },
    })?;
    progress(0.1);
    let sha256 = sha256_hex(&bytes);
    let format = match bytes.get(..8) {
        Some([0x89, b'P', b'N', b'G', ..]) => image::ImageFormat::Png,
        Some([0xFF, 0xD8, 0xFF, ..]) => image::ImageFormat::Jpeg,
        Some([b'%', b'P', b'D', b'F', ..]) => {
            let full = pdf_page(path, bytes, page)?;
            progress(0.5);
            let size_px = full.dimensions();
            let levels = pyramid(full, progress);
            progress(1.0);
            return Ok(LoadedDrawing {
                path: path.to_path_buf(),
                sha256,
                size_px,
                levels,
            });
        }
        _ => {
            return Err(DrawingError::Unsupported {
                path: path.to_path_buf(),
                what: msg!("drawing-file-not-an-image"),
            });
        }
    };
    let damaged = |e: image::ImageError| DrawingError::Damaged {
        path: path.to_path_buf(),
        why: Message::verbatim(e.to_string()),
    };
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(&bytes), format);
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_DRAWING_PIXELS * 4 + 1024);
    reader.limits(limits);
    let (w, h) = reader.into_dimensions().map_err(damaged)?;
    if u64::from(w) * u64::from(h) > MAX_DRAWING_PIXELS || w == 0 || h == 0 {
        return Err(DrawingError::Unreadable {
            path: path.to_path_buf(),
            why: msg!(
                "drawing-file-too-many-pixels",
                width = plain(w),
                height = plain(h),
                limit = plain(MAX_DRAWING_PIXELS / 1_000_000),
            ),
        });
    }
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(&bytes), format);
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_DRAWING_PIXELS * 4 + 1024);
    reader.limits(limits);
    let full = reader.decode().map_err(damaged)?.into_rgba8();
    drop(bytes);
    progress(0.5);
    let levels = pyramid(full, progress);
    progress(1.0);
    Ok(LoadedDrawing {
        path: path.to_path_buf(),
        sha256,
        size_px: (w, h),
        levels,
    })
}

/// One page of a PDF rasterised on white, at [`PDF_DPI`] or less.
fn pdf_page(path: &Path, bytes: Vec<u8>, page: u32) -> Result<image::RgbaImage, DrawingError> {
    let damaged = |why: Message| DrawingError::Damaged {
        path: path.to_path_buf(),
        why,
    };
    // The rasteriser is young: a file it cannot follow must not take the editor down.
    let rendered = std::panic::catch_unwind(move || {
        let pdf = hayro::hayro_syntax::Pdf::new(bytes).map_err(|e| match e {
            hayro::hayro_syntax::LoadPdfError::Decryption(_) => msg!("drawing-file-encrypted"),
            hayro::hayro_syntax::LoadPdfError::Invalid => msg!("drawing-file-not-a-pdf"),
        })?;
        let pages = pdf.pages();
        let Some(p) = (page as usize).checked_sub(1).and_then(|i| pages.get(i)) else {
            return Ok(Err(pages.len()));
        };
        let (w, h) = p.render_dimensions();
        let longest = w.max(h).max(1.0);
        let scale = (PDF_DPI / 72.0)
            .min(PDF_MAX_SIDE / longest)
            .min((MAX_DRAWING_PIXELS as f32 / (w * h).max(1.0)).sqrt());
        let settings = hayro::RenderSettings {
            x_scale: scale,
            y_scale: scale,
            bg_color: hayro::vello_cpu::color::palette::css::WHITE,
            ..hayro::RenderSettings::default()
        };
        let pixmap = hayro::render(
            p,
            &hayro::RenderCache::new(),
            &hayro::hayro_interpret::InterpreterSettings::default(),
            &settings,
        );
        let (pw, ph) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
        // On an opaque white ground premultiplied pixels are the pixels.
        Ok(Ok(image::RgbaImage::from_raw(
            pw,
            ph,
            pixmap.data_as_u8_slice().to_vec(),
        )))
    })
    .map_err(|_| damaged(msg!("drawing-file-pdf-failed")))?
    .map_err(damaged)?;
    match rendered {
        Ok(Some(img)) if img.width() > 0 && img.height() > 0 => Ok(img),
        Ok(_) => Err(damaged(msg!("drawing-file-empty-page"))),
        Err(pages) => Err(DrawingError::NoPage {
            path: path.to_path_buf(),
            page,
            pages,
        }),
    }
}

/// The drawing's pixels whole, at the finest level whose longer side is at most `max_side`
/// pixels (for a map): its size and RGBA pixels.
pub fn stitched(drawing: &LoadedDrawing, max_side: u32) -> ((u32, u32), Vec<u8>) {
    let level = drawing
        .levels
        .iter()
        .find(|l| l.size_px.0.max(l.size_px.1) <= max_side)
        .or_else(|| drawing.levels.last());
    let Some(level) = level else {
        return ((0, 0), Vec::new());
    };
    let (w, h) = level.size_px;
    let mut rgba = vec![0u8; (w as usize) * (h as usize) * 4];
    for t in &level.tiles {
        let row = t.size_px.0 as usize * 4;
        for y in 0..t.size_px.1 as usize {
            let from = y * row;
            let to = ((t.at_px.1 as usize + y) * w as usize + t.at_px.0 as usize) * 4;
            if let (Some(src), Some(dst)) =
                (t.rgba.get(from..from + row), rgba.get_mut(to..to + row))
            {
                dst.copy_from_slice(src);
            }
        }
    }
    ((w, h), rgba)
}

/// The levels of an image: full size, then halved (each pixel the mean of four) until one
/// tile holds it.
fn pyramid(full: image::RgbaImage, progress: &dyn Fn(f32)) -> Vec<Level> {
    let mut levels = Vec::new();
    let mut img = full;
    let mut step = 1;
    loop {
        levels.push(Level {
            step,
            size_px: img.dimensions(),
            tiles: tiles(&img),
        });
        progress(0.5 + 0.5 * (1.0 - 1.0 / (levels.len() as f32 + 1.0)));
        let (w, h) = img.dimensions();
        if w <= TILE_PX && h <= TILE_PX {
            break;
        }
        img = halved(&img);
        step *= 2;
    }
    levels
}

/// An image half as wide and high (rounded up), each pixel the mean of the two-by-two
/// block it covers.
fn halved(img: &image::RgbaImage) -> image::RgbaImage {
    let (w, h) = img.dimensions();
    let (hw, hh) = (w.div_ceil(2), h.div_ceil(2));
    image::RgbaImage::from_fn(hw, hh, |x, y| {
        let mut sum = [0u32; 4];
        let mut n = 0;
        for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
            let (sx, sy) = (2 * x + dx, 2 * y + dy);
            if sx < w && sy < h {
                let p = img.get_pixel(sx, sy).0;
                for (s, v) in sum.iter_mut().zip(p) {
                    *s += u32::from(v);
                }
                n += 1;
            }
        }
        image::Rgba(sum.map(|s| (s / n.max(1)) as u8))
    })
}

/// An image cut into tiles of at most [`TILE_PX`] a side, row by row.
fn tiles(img: &image::RgbaImage) -> Vec<Tile> {
    let (w, h) = img.dimensions();
    let mut out = Vec::new();
    for ty in (0..h).step_by(TILE_PX as usize) {
        for tx in (0..w).step_by(TILE_PX as usize) {
            let (tw, th) = (TILE_PX.min(w - tx), TILE_PX.min(h - ty));
            let mut rgba = Vec::with_capacity((tw * th * 4) as usize);
            for y in ty..ty + th {
                let start = ((y * w + tx) * 4) as usize;
                rgba.extend_from_slice(&img.as_raw()[start..start + (tw * 4) as usize]);
            }
            out.push(Tile {
                at_px: (tx, ty),
                size_px: (tw, th),
                rgba: std::sync::Arc::new(rgba),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_big_image_becomes_tiles_and_smaller_levels() {
        let img = image::RgbaImage::from_fn(2500, 1100, |x, y| {
            image::Rgba([(x % 256) as u8, (y % 256) as u8, 0, 255])
        });
        let levels = pyramid(img, &|_| {});
        assert_eq!(levels[0].size_px, (2500, 1100));
        assert_eq!(levels[0].tiles.len(), 3 * 2);
        let last = levels.last().expect("levels");
        assert!(last.size_px.0 <= TILE_PX && last.size_px.1 <= TILE_PX);
        assert_eq!(last.tiles.len(), 1);
        assert_eq!(levels[1].step, 2);
        assert_eq!(levels[1].size_px, (1250, 550));
        for level in &levels {
            let covered: u64 = level
                .tiles
                .iter()
                .map(|t| u64::from(t.size_px.0) * u64::from(t.size_px.1))
                .sum();
            assert_eq!(
                covered,
                u64::from(level.size_px.0) * u64::from(level.size_px.1)
            );
            for t in &level.tiles {
                assert_eq!(
                    t.rgba.len() as u64,
                    u64::from(t.size_px.0 * t.size_px.1 * 4)
                );
            }
        }
        // A tile holds the pixels of its place.
        let t = &levels[0].tiles[3];
        assert_eq!(t.at_px, (0, 1024));
        assert_eq!(&t.rgba[..4], &[0, 0, 0, 255]);
    }

    #[test]
    fn a_level_stitched_back_is_the_image() {
        let img = image::RgbaImage::from_fn(2100, 1500, |x, y| {
            image::Rgba([(x % 251) as u8, (y % 241) as u8, ((x + y) % 7) as u8, 255])
        });
        let drawing = LoadedDrawing {
            path: PathBuf::new(),
            sha256: String::new(),
            size_px: (2100, 1500),
            levels: pyramid(img.clone(), &|_| {}),
        };
        let ((w, h), rgba) = stitched(&drawing, 4096);
        assert_eq!((w, h), (2100, 1500));
        assert_eq!(rgba, img.into_raw(), "full size, every tile in its place");
        let ((w, h), _) = stitched(&drawing, 1100);
        assert_eq!((w, h), (1050, 750), "the next level down fits");
    }

    #[test]
    fn halving_averages_blocks() {
        let img = image::RgbaImage::from_fn(3, 1, |x, _| image::Rgba([x as u8 * 100, 0, 0, 255]));
        let h = halved(&img);
        assert_eq!(h.dimensions(), (2, 1));
        assert_eq!(h.get_pixel(0, 0).0[0], 50);
        assert_eq!(h.get_pixel(1, 0).0[0], 200);
    }

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("boothplan-drawing-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir
    }

    #[test]
    fn a_png_is_read_hashed_and_tiled_and_bad_files_are_named() {
        let dir = scratch("files");
        let png = dir.join("hall.png");
        image::RgbaImage::from_pixel(300, 200, image::Rgba([10, 20, 30, 255]))
            .save(&png)
            .expect("written");
        let bytes = std::fs::read(&png).expect("read");
        let d = load(&png, 1, &|_| {}).expect("loaded");
        assert_eq!(d.size_px, (300, 200));
        assert_eq!(d.sha256, sha256_hex(&bytes));
        assert_eq!(d.sha256.len(), 64);
        // Missing: named, and said to be missing.
        let missing = load(&dir.join("gone.png"), 1, &|_| {}).expect_err("missing");
        assert!(matches!(missing, DrawingError::Missing { .. }));
        assert!(missing.to_string().contains("gone.png"), "{missing}");
        // A PDF that is only a header: damaged, said so.
        let pdf = dir.join("hall.pdf");
        std::fs::write(&pdf, b"%PDF-1.7\n").expect("written");
        let e = load(&pdf, 1, &|_| {}).expect_err("pdf");
        assert!(matches!(e, DrawingError::Damaged { .. }), "{e}");
        // Neither image nor PDF.
        let text = dir.join("hall.txt");
        std::fs::write(&text, b"hello").expect("written");
        let e = load(&text, 1, &|_| {}).expect_err("text");
        assert!(e.to_string().contains("PNG, JPEG and PDF"), "{e}");
        // Damaged: a PNG header and nothing else.
        let bad = dir.join("bad.png");
        std::fs::write(&bad, [0x89, b'P', b'N', b'G', 13, 10, 26, 10, 0, 0]).expect("written");
        assert!(matches!(
            load(&bad, 1, &|_| {}),
            Err(DrawingError::Damaged { .. })
        ));
        // A folder is not a drawing.
        assert!(matches!(
            load(&dir, 1, &|_| {}),
            Err(DrawingError::Unreadable { .. })
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_name_rebased_for_another_plan_file_reads_the_same_file() {
        // A plan folder named through `..` is the same folder.
        assert_eq!(
            rebased(
                "venue/hall.png",
                Some(Path::new("/home/u/work/../shows/plan.ron")),
                Path::new("/home/u/shows/plan.ron")
            ),
            "venue/hall.png"
        );
        assert_eq!(
            rebased(
                "venue/hall.png",
                Some(Path::new("/home/u/shows/plan.ron")),
                Path::new("/home/u/work/../other/./plan.ron")
            ),
            "../shows/venue/hall.png"
        );
    }

    #[test]
    fn names_are_taken_from_the_plan_folder() {
        assert_eq!(
            resolve(Some(Path::new("/shows/busan/plan.ron")), "venue/hall.png"),
            Path::new("/shows/busan/venue/hall.png")
        );
        assert_eq!(
            resolve(Some(Path::new("/shows/plan.ron")), "/abs/hall.png"),
            Path::new("/abs/hall.png")
        );
        assert_eq!(
            resolve(Some(Path::new("/shows/b/plan.ron")), "../a/./hall.png"),
            Path::new("/shows/a/hall.png")
        );
    }
}
