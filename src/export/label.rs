//! Booth labels fitted to their booth: the number is never shortened.
//!
//! The number gets the largest size the booth allows (within a readable range that grows with
//! the booth), turned a quarter for a tall narrow booth when that reads larger; the company
//! name goes below it on one line, or wrapped to two, then shortened, and is dropped before the
//! number ever is. Where even the number cannot be read inside the booth, it is set beside the
//! booth with a leader line. Widths come from the bundled fonts' own advances.

use std::sync::OnceLock;

/// The smallest number size set inside a booth, in map units (1 unit = 100 mm): 0.25 m tall
/// letters, 3.5 pt at 1:200.
pub const MIN_NUMBER: f64 = 2.5;
/// The largest label size, in map units (3 m tall letters on a very large booth).
pub const MAX_NUMBER: f64 = 30.0;
/// Share of the booth's shorter side the number may take.
const NUMBER_SHARE: f64 = 0.32;
/// Line height as a multiple of the font size.
const LEADING: f64 = 1.15;

/// The bundled fonts, parsed once, in fallback order.
pub fn faces() -> &'static [ttf_parser::Face<'static>] {
    static FACES: OnceLock<Vec<ttf_parser::Face<'static>>> = OnceLock::new();
    FACES.get_or_init(|| {
        crate::fonts::CHAIN
            .iter()
            .filter_map(|data| ttf_parser::Face::parse(data, 0).ok())
            .collect()
    })
}

/// How a character is set without shaping: the bundled font that has it (the first), its
/// glyph there (0, the "missing" box, when none has it) and its advance in ems.
pub fn glyph(c: char) -> (usize, u16, f64) {
    // Looked up once per character and thread: a big map asks for the same few hundred
    // characters millions of times, and each cmap lookup is a search.
    thread_local! {
        static SEEN: std::cell::RefCell<std::collections::HashMap<char, (usize, u16, f64)>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    SEEN.with(|seen| *seen.borrow_mut().entry(c).or_insert_with(|| look_up(c)))
}

fn look_up(c: char) -> (usize, u16, f64) {
    for (i, face) in faces().iter().enumerate() {
        if let Some(g) = face.glyph_index(c) {
            let upem = f64::from(face.units_per_em().max(1));
            return (
                i,
                g.0,
                f64::from(face.glyph_hor_advance(g).unwrap_or(0)) / upem,
            );
        }
    }
    (0, 0, 0.6)
}

/// A character's outline as SVG path data in thousandths of an em, y down, from the
/// bundled font that has it, with its advance in thousandths of an em: the HTML map draws its
/// labels from these, never from the machine's fonts. `None` when no bundled font has it.
pub fn outline(c: char) -> Option<(i64, String)> {
    struct Path {
        d: String,
        k: f32,
    }
    impl Path {
        fn at(&mut self, x: f32, y: f32) {
            use std::fmt::Write as _;
            let _ = write!(
                self.d,
                "{} {}",
                (x * self.k).round() as i32,
                (-y * self.k).round() as i32
            );
        }
    }
    impl ttf_parser::OutlineBuilder for Path {
        fn move_to(&mut self, x: f32, y: f32) {
            self.d.push('M');
            self.at(x, y);
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.d.push('L');
            self.at(x, y);
        }
        fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
            self.d.push('Q');
            self.at(x1, y1);
            self.d.push(' ');
            self.at(x, y);
        }
        fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
            self.d.push('C');
            self.at(x1, y1);
            self.d.push(' ');
            self.at(x2, y2);
            self.d.push(' ');
            self.at(x, y);
        }
        fn close(&mut self) {
            self.d.push('Z');
        }
    }
    let (font, id, advance) = glyph(c);
    let face = faces().get(font)?;
    face.glyph_index(c)?;
    let mut path = Path {
        d: String::new(),
        k: 1000.0 / f32::from(face.units_per_em().max(1)),
    };
    // A space has no outline but an advance.
    let _ = face.outline_glyph(ttf_parser::GlyphId(id), &mut path);
    Some(((advance * 1000.0).round() as i64, path.d))
}

/// Advance width of a character in ems, from the first bundled font that has it (as the
/// renderers fall back).
fn advance_em(c: char) -> f64 {
    glyph(c).2
}

/// Width of `s` set at `size`, in the same units as `size`.
pub fn text_width(s: &str, size: f64) -> f64 {
    s.chars().map(advance_em).sum::<f64>() * size
}

/// `s` shortened with an ellipsis to fit `width` at `size` (for names, never for numbers).
pub fn shorten(s: &str, size: f64, width: f64) -> String {
    if text_width(s, size) <= width {
        return s.to_owned();
    }
    let room = width - text_width("…", size);
    let mut out = String::new();
    let mut used = 0.0;
    for c in s.chars() {
        let w = advance_em(c) * size;
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// Splits a name into two lines of about equal width: at the space nearest the middle, or
/// between any two characters of a name without spaces (Hangul names often have none).
fn two_lines(s: &str) -> (String, String) {
    let chars: Vec<char> = s.chars().collect();
    let total: f64 = chars.iter().map(|c| advance_em(*c)).sum();
    let mut best: Option<(f64, usize)> = None;
    let mut run = 0.0;
    let has_space = chars.contains(&' ');
    for (i, c) in chars.iter().enumerate() {
        run += advance_em(*c);
        let breakable = if has_space {
            *c == ' '
        } else {
            i + 1 < chars.len()
        };
        if breakable {
            let off = (run - total / 2.0).abs();
            if best.is_none_or(|(b, _)| off < b) {
                best = Some((off, i));
            }
        }
    }
    match best {
        Some((_, i)) => {
            let first: String = chars[..=i].iter().collect();
            let second: String = chars[i + 1..].iter().collect();
            (first.trim().to_owned(), second.trim().to_owned())
        }
        None => (s.to_owned(), String::new()),
    }
}

/// A label laid out for its booth, in map units.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The number, whole.
    pub number: String,
    /// Its font size.
    pub number_size: f64,
    /// Company lines under it, with their font size (none, one or two).
    pub company: Vec<String>,
    /// The company lines' font size.
    pub company_size: f64,
    /// Set a quarter turn anticlockwise (reading upwards), for a tall narrow booth.
    pub rotated: bool,
    /// Set beside the booth with a leader line: too small to read inside it.
    pub outside: bool,
}

impl Label {
    /// Height of the whole block, in map units.
    pub fn height(&self) -> f64 {
        self.number_size * LEADING + self.company.len() as f64 * self.company_size * LEADING
    }
}

/// The largest size at which `text` fits `width`, capped at `cap`.
fn size_for(text: &str, width: f64, cap: f64) -> f64 {
    let em = text_width(text, 1.0);
    if em <= 0.0 {
        cap
    } else {
        (width / em).min(cap)
    }
}

/// Lays out the label of a booth `w` × `h` map units.
pub fn fit(number: &str, company: &str, w: f64, h: f64) -> Label {
    fit_at_most(number, company, w, h, MAX_NUMBER)
}

/// [`fit`] with the number at most `largest` map units (a print keeps big booths' numbers to
/// a size that fits the sheets' overlap).
pub fn fit_at_most(number: &str, company: &str, w: f64, h: f64, largest: f64) -> Label {
    // The number's size grows with the booth (its area), within a readable range; when the
    // company's name does not fit whole beside a number that large, the number gives way a
    // little before the name is shortened.
    let cap = (NUMBER_SHARE * (w * h).max(0.0).sqrt()).clamp(MIN_NUMBER, largest.max(MIN_NUMBER));
    let first = layout(number, company, w, h, cap);
    if company.trim().is_empty() || first.outside || first.company_whole(company) {
        return first;
    }
    [0.85, 0.7]
        .into_iter()
        .map(|f| layout(number, company, w, h, (cap * f).max(MIN_NUMBER)))
        .find(|l| l.company_whole(company))
        .unwrap_or(first)
}

impl Label {
    /// True when the company lines hold the whole name.
    fn company_whole(&self, company: &str) -> bool {
        !self.company.is_empty() && !self.company.iter().any(|l| l.ends_with('…')) && {
            let joined: String = self.company.concat();
            let squeezed: String = company.chars().filter(|c| !c.is_whitespace()).collect();
            joined
                .chars()
                .filter(|c| !c.is_whitespace())
                .eq(squeezed.chars())
        }
    }
}

/// [`fit`] with the number at most `cap` map units.
fn layout(number: &str, company: &str, w: f64, h: f64, cap: f64) -> Label {
    let pad = (0.06 * w.min(h)).min(1.5);
    let (inner_w, inner_h) = ((w - 2.0 * pad).max(0.0), (h - 2.0 * pad).max(0.0));
    // Upright, or turned when the booth is taller than wide and that reads larger; the number
    // takes at most 60 % of the booth's depth, leaving room for the name.
    let upright = size_for(number, inner_w, cap.min(0.6 * inner_h / LEADING));
    let turned = size_for(number, inner_h, cap.min(0.6 * inner_w / LEADING));
    let rotated = h > w && turned > upright * 1.2;
    let (number_size, across, along) = if rotated {
        (turned, inner_h, inner_w)
    } else {
        (upright, inner_w, inner_h)
    };
    // Too small to read inside: the full depth before giving up, either way round.
    let (number_size, rotated, across, along) = if number_size < MIN_NUMBER {
        let flat = size_for(number, inner_w, cap.min(inner_h / LEADING));
        let turned = size_for(number, inner_h, cap.min(inner_w / LEADING));
        if turned > flat {
            (turned, true, inner_h, inner_w)
        } else {
            (flat, false, inner_w, inner_h)
        }
    } else {
        (number_size, rotated, across, along)
    };
    if number_size < MIN_NUMBER {
        return Label {
            number: number.to_owned(),
            number_size: MIN_NUMBER,
            company: Vec::new(),
            company_size: 0.0,
            rotated: false,
            outside: true,
        };
    }
    let mut label = Label {
        number: number.to_owned(),
        number_size,
        company: Vec::new(),
        company_size: 0.0,
        rotated,
        outside: false,
    };
    let name = company.trim();
    if name.is_empty() {
        return label;
    }
    // The company below, smaller than the number and never unreadably small.
    let room = along - number_size * LEADING;
    let largest = number_size * 0.8;
    // Never a speck: a name that cannot be set this large is shortened or left out.
    let smallest = (number_size * 0.45).max(MIN_NUMBER);
    if room < smallest * LEADING {
        return label;
    }
    let one = size_for(name, across, largest.min(room / LEADING));
    if one >= smallest {
        label.company = vec![name.to_owned()];
        label.company_size = one;
        return label;
    }
    let (first, second) = two_lines(name);
    if !second.is_empty() && room >= 2.0 * smallest * LEADING {
        let wider = if text_width(&first, 1.0) >= text_width(&second, 1.0) {
            &first
        } else {
            &second
        };
        let two = size_for(wider, across, largest.min(room / (2.0 * LEADING)));
        if two >= smallest {
            label.company = vec![first, second];
            label.company_size = two;
            return label;
        }
        // Two lines at the smallest size, the second shortened.
        if text_width(&first, smallest) <= across {
            label.company = vec![first, shorten(&second, smallest, across)];
            label.company_size = smallest;
            return label;
        }
    }
    // One line at the smallest size, shortened.
    let short = shorten(name, smallest, across);
    if short != "…" {
        label.company = vec![short];
        label.company_size = smallest;
    }
    label
}

/// `text` broken at spaces into lines at most `width` wide at `size` (a word longer than a
/// line is shortened).
pub fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size) > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            line = word.to_owned();
        } else {
            line = candidate;
        }
    }
    lines.push(line);
    lines
        .into_iter()
        .map(|l| shorten(&l, size, width))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_wrap_at_spaces_within_the_width() {
        let lines = wrap(
            "A-102 (하늘데이터), A-301 (Công ty Công nghệ Hội An)",
            9.0,
            120.0,
        );
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(
            lines.iter().all(|l| text_width(l, 9.0) <= 120.0),
            "{lines:?}"
        );
        assert_eq!(wrap("short", 9.0, 120.0), ["short"]);
    }

    #[test]
    fn widths_come_from_the_fonts_hangul_wider_than_latin() {
        let latin = text_width("abcd", 10.0);
        let hangul = text_width("한빛통신", 10.0);
        assert!(latin > 15.0 && latin < 30.0, "{latin}");
        assert!(hangul > latin, "{hangul} vs {latin}");
    }

    #[test]
    fn a_number_is_never_shortened_even_in_a_narrow_booth() {
        for (w, h) in [
            (30.0, 30.0),
            (12.0, 30.0),
            (30.0, 12.0),
            (8.0, 8.0),
            (2.0, 2.0),
        ] {
            let l = fit("A-1401", "Công ty Viễn thông Sông Hồng", w, h);
            assert_eq!(l.number, "A-1401");
            if !l.outside {
                let (across, along) = if l.rotated { (h, w) } else { (w, h) };
                assert!(
                    text_width(&l.number, l.number_size) <= across + 1e-9,
                    "{l:?}"
                );
                assert!(l.height() <= along + 1e-9, "{l:?} in {w}×{h}");
                assert!(l.number_size >= MIN_NUMBER);
            }
            for line in &l.company {
                let across = if l.rotated { h } else { w };
                assert!(text_width(line, l.company_size) <= across, "{l:?}");
            }
        }
    }

    #[test]
    fn a_tall_narrow_booth_reads_upwards_and_a_tiny_one_labels_outside() {
        let l = fit("B-2207", "", 10.0, 40.0);
        assert!(l.rotated, "{l:?}");
        let l = fit("B-2207", "", 1.5, 1.5);
        assert!(l.outside, "{l:?}");
        // Not more than 20 % larger turned, yet too small upright: turned, not set outside.
        let l = fit("HALL-B-EXTENSION-1001", "", 30.0, 33.0);
        assert!(!l.outside && l.rotated, "{l:?}");
    }

    #[test]
    fn large_booths_get_large_labels_and_names_wrap_before_they_are_cut() {
        let small = fit("A-101", "", 30.0, 30.0);
        let large = fit("A-101", "", 200.0, 150.0);
        assert!(
            large.number_size > 2.5 * small.number_size,
            "{small:?} {large:?}"
        );
        let l = fit("A-101", "Công ty Viễn thông Sông Hồng", 30.0, 30.0);
        assert_eq!(l.company.len(), 2, "{l:?}");
        assert!(!l.company.iter().any(|c| c.contains('…')), "{l:?}");
    }
}
