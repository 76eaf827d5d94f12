//! `export map --underlay`: the plan's venue drawings read from their files and handed to
//! the map, each at most [`MAX_SIDE`] pixels a side.

use std::path::Path;

use boothplan::export::Underlay;
use boothplan::model::{HallId, Plan};

/// The longest side of a drawing put on a map, in pixels.
const MAX_SIDE: u32 = 4096;

/// The shown drawings of the plan (of one hall when `hall` is given), read and ready to draw.
/// A drawing whose file changed since it was placed is drawn, and said on stderr.
///
/// # Errors
/// A drawing that cannot be read, named with its file and why.
pub fn underlays(
    plan: &Plan,
    plan_path: &Path,
    hall: Option<HallId>,
) -> Result<Vec<Underlay>, String> {
    let mut out = Vec::new();
    for d in plan
        .drawings
        .values()
        .filter(|d| !d.hidden && hall.is_none_or(|h| h == d.hall))
    {
        let path = boothplan::io::drawing::resolve(Some(plan_path), &d.file);
        let loaded =
            boothplan::io::drawing::load(&path, d.page, &|_| {}).map_err(|e| e.to_string())?;
        if !d.sha256.is_empty() && d.sha256 != loaded.sha256 {
            eprintln!(
                "{}",
                boothplan::i18n::ta(
                    "cli-underlay-changed",
                    &[(
                        "file",
                        boothplan::i18n::Arg::from(super::one_line(&path.display().to_string()))
                    )],
                )
            );
        }
        let (size_px, rgba) = boothplan::io::drawing::stitched(&loaded, MAX_SIDE);
        out.push(Underlay {
            hall: d.hall,
            rect: d.floor_rect(loaded.size_px),
            size_px,
            rgba: std::sync::Arc::new(rgba),
            opacity_pct: d.opacity_pct,
        });
    }
    Ok(out)
}
