//! The bundled font chain: Noto Sans for Latin and Vietnamese, then `NanumGothic` for Hangul.
//! Installed at start-up; the machine's fonts are never used.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

use crate::fonts::{NANUM_GOTHIC, NOTO_SANS};

/// Font definitions with only the bundled fonts, in fallback order.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::empty();
    fonts.font_data.insert(
        "noto-sans".to_owned(),
        Arc::new(FontData::from_static(NOTO_SANS)),
    );
    fonts.font_data.insert(
        "nanum-gothic".to_owned(),
        Arc::new(FontData::from_static(NANUM_GOTHIC)),
    );
    let chain = vec!["noto-sans".to_owned(), "nanum-gothic".to_owned()];
    fonts
        .families
        .insert(FontFamily::Proportional, chain.clone());
    fonts.families.insert(FontFamily::Monospace, chain);
    fonts
}

/// Installs the bundled fonts in an egui context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
