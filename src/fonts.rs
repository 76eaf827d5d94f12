//! The bundled fonts: Noto Sans (Latin, Vietnamese), then `NanumGothic` (Hangul). Every surface
//! (editor, PNG, PDF) draws text with these, never with the machine's fonts.

/// Noto Sans, subset to Latin, Vietnamese and common symbols.
pub const NOTO_SANS: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.subset.ttf");
/// `NanumGothic`, for Hangul.
pub const NANUM_GOTHIC: &[u8] = include_bytes!("../assets/fonts/NanumGothic.ttf");
/// The chain in fallback order.
pub const CHAIN: [&[u8]; 2] = [NOTO_SANS, NANUM_GOTHIC];

/// The chain as a CSS / SVG `font-family` list (the SVG and PDF pages laid out as SVG name
/// only these; usvg is given only these).
pub const FAMILY: &str = "Noto Sans, NanumGothic, sans-serif";
