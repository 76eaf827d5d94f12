//! Web fonts cut from the bundled fonts: only the characters a page shows, as a TrueType file
//! a browser accepts, so the HTML map's panel shows Hangul and Vietnamese from our fonts even
//! on a machine that has none.
//!
//! `subsetter` keeps the outlines (composite glyphs and all) and metrics of the characters
//! asked for; it leaves out what a PDF does not need and a browser does: the character map
//! (`cmap`) and the `OS/2` metrics. Those are added here: a `cmap` built from the kept
//! characters and the original font's `OS/2`.

use std::collections::BTreeMap;

/// A web font of `font` holding the characters of `chars` it has; `None` when it has none of
/// them or cannot be cut.
pub fn subset(font: &[u8], chars: impl IntoIterator<Item = char>) -> Option<Vec<u8>> {
    let face = ttf_parser::Face::parse(font, 0).ok()?;
    let mut remapper = subsetter::GlyphRemapper::new();
    let mut map: BTreeMap<u32, u16> = BTreeMap::new();
    for c in chars {
        if let Some(g) = face.glyph_index(c) {
            map.insert(u32::from(c), remapper.remap(g.0));
        }
    }
    if map.is_empty() {
        return None;
    }
    let cut = subsetter::subset(font, 0, &remapper).ok()?;
    let mut tables = tables(&cut)?;
    tables.insert(*b"cmap", cmap(&map));
    let os2 = face
        .raw_face()
        .table(ttf_parser::Tag::from_bytes(b"OS/2"))?;
    tables.insert(*b"OS/2", os2.to_vec());
    Some(assemble(&tables))
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// The tables of a font file, by tag.
fn tables(font: &[u8]) -> Option<BTreeMap<[u8; 4], Vec<u8>>> {
    let count = usize::from(u16_at(font, 4)?);
    let mut out = BTreeMap::new();
    for i in 0..count {
        let record = 12 + 16 * i;
        let tag: [u8; 4] = font.get(record..record + 4)?.try_into().ok()?;
        let offset = u32_at(font, record + 8)? as usize;
        let length = u32_at(font, record + 12)? as usize;
        out.insert(tag, font.get(offset..offset.checked_add(length)?)?.to_vec());
    }
    Some(out)
}

/// A `cmap` with a format 4 subtable for the Basic Multilingual Plane (Windows, Unicode BMP)
/// and a format 12 subtable for every character (Windows, full Unicode).
fn cmap(map: &BTreeMap<u32, u16>) -> Vec<u8> {
    let put16 = |v: &mut Vec<u8>, x: u16| v.extend_from_slice(&x.to_be_bytes());
    let put32 = |v: &mut Vec<u8>, x: u32| v.extend_from_slice(&x.to_be_bytes());
    // Format 4: one segment per run of consecutive characters with consecutive glyphs (the
    // remapper numbers glyphs in character order, so runs are common), then the closing one.
    let mut runs: Vec<(u16, u16, u16)> = Vec::new(); // first char, last char, first glyph
    for (c, g) in map.iter().filter_map(|(c, g)| {
        u16::try_from(*c)
            .ok()
            .filter(|c| *c != 0xFFFF)
            .map(|c| (c, *g))
    }) {
        match runs.last_mut() {
            Some((first, last, glyph))
                if c == last.wrapping_add(1) && g == glyph.wrapping_add(c - *first) =>
            {
                *last = c;
            }
            _ => runs.push((c, c, g)),
        }
    }
    let segments = runs.len() + 1;
    // A format 4 table is at most 64 KB: past about 8,000 runs only the format 12 one is
    // written (every browser reads it).
    let f4 = (segments <= 8_000).then(|| {
        let seg_x2 = (segments * 2) as u16;
        let selector = segments.ilog2() as u16;
        let range = 2 * (1u16 << selector);
        let mut f4 = Vec::new();
        put16(&mut f4, 4);
        put16(&mut f4, 0); // length, set below
        put16(&mut f4, 0); // language
        put16(&mut f4, seg_x2);
        put16(&mut f4, range);
        put16(&mut f4, selector);
        put16(&mut f4, seg_x2 - range);
        for (_, last, _) in &runs {
            put16(&mut f4, *last);
        }
        put16(&mut f4, 0xFFFF);
        put16(&mut f4, 0); // reserved pad
        for (first, _, _) in &runs {
            put16(&mut f4, *first);
        }
        put16(&mut f4, 0xFFFF);
        for (first, _, glyph) in &runs {
            put16(&mut f4, glyph.wrapping_sub(*first));
        }
        put16(&mut f4, 1);
        for _ in 0..segments {
            put16(&mut f4, 0);
        }
        let len = f4.len() as u16;
        f4[2..4].copy_from_slice(&len.to_be_bytes());
        f4
    });
    // Format 12: one group per character.
    let mut f12 = Vec::new();
    put16(&mut f12, 12);
    put16(&mut f12, 0);
    put32(&mut f12, 16 + 12 * map.len() as u32);
    put32(&mut f12, 0);
    put32(&mut f12, map.len() as u32);
    for (c, g) in map {
        put32(&mut f12, *c);
        put32(&mut f12, *c);
        put32(&mut f12, u32::from(*g));
    }
    let mut out = Vec::new();
    put16(&mut out, 0);
    if let Some(f4) = &f4 {
        put16(&mut out, 2);
        put16(&mut out, 3);
        put16(&mut out, 1);
        put32(&mut out, 4 + 16);
        put16(&mut out, 3);
        put16(&mut out, 10);
        put32(&mut out, 4 + 16 + f4.len() as u32);
        out.extend_from_slice(f4);
    } else {
        put16(&mut out, 1);
        put16(&mut out, 3);
        put16(&mut out, 10);
        put32(&mut out, 4 + 8);
    }
    out.extend_from_slice(&f12);
    out
}

fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

/// A TrueType file of `tables`: the directory in tag order, each table 4-byte aligned with its
/// checksum, and `head`'s whole-file checksum adjustment.
fn assemble(tables: &BTreeMap<[u8; 4], Vec<u8>>) -> Vec<u8> {
    let count = u16::try_from(tables.len()).unwrap_or(u16::MAX);
    let selector = f64::from(count).log2().floor() as u16;
    let range = 16 * (1u16 << selector);
    let mut out = Vec::new();
    out.extend_from_slice(&0x0001_0000u32.to_be_bytes());
    for v in [count, range, selector, (count * 16).saturating_sub(range)] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    let mut body = Vec::new();
    let mut head_at = None;
    for (tag, data) in tables {
        let mut data = data.clone();
        if tag == b"head" && data.len() >= 12 {
            data[8..12].copy_from_slice(&[0; 4]);
            head_at = Some(offset);
        }
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(&data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let padded = data.len().div_ceil(4) * 4;
        body.extend_from_slice(&data);
        body.resize(body.len() + padded - data.len(), 0);
        offset += padded;
    }
    out.extend_from_slice(&body);
    if let Some(at) = head_at {
        let adjust = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[at + 8..at + 12].copy_from_slice(&adjust.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bmp_table_merges_runs_and_states_its_own_size() {
        let map: BTreeMap<u32, u16> = [(65, 1), (66, 2), (67, 3), (0xAC00, 4)].into();
        let table = cmap(&map);
        let at = u32_at(&table, 8).expect("offset") as usize;
        assert_eq!(u16_at(&table, at), Some(4), "format 4 first");
        // Two runs (A–C, 가) and the closing segment.
        assert_eq!(u16_at(&table, at + 6), Some(6));
        let length = usize::from(u16_at(&table, at + 2).expect("length"));
        assert_eq!(length, 14 + 3 * 2 + 2 + 3 * 2 * 3);
        let f12 = u32_at(&table, 16).expect("offset") as usize;
        assert_eq!(f12, at + length, "format 12 right after it");
        assert_eq!(u16_at(&table, f12), Some(12));
    }

    #[test]
    fn a_cut_font_maps_its_characters_to_the_same_outlines() {
        let text = "한빛통신 Công ty Viễn thông A-101";
        for font in crate::fonts::CHAIN {
            let Some(cut) = subset(font, text.chars()) else {
                continue;
            };
            let original = ttf_parser::Face::parse(font, 0).expect("bundled");
            let face = ttf_parser::Face::parse(&cut, 0).expect("the cut font parses");
            assert!(
                cut.len() < font.len() / 4,
                "{} of {}",
                cut.len(),
                font.len()
            );
            for c in text.chars().filter(|c| *c != ' ') {
                let (Some(was), Some(now)) = (original.glyph_index(c), face.glyph_index(c)) else {
                    assert!(original.glyph_index(c).is_none(), "{c} kept");
                    continue;
                };
                assert_eq!(
                    original.glyph_hor_advance(was),
                    face.glyph_hor_advance(now),
                    "{c}"
                );
                assert_eq!(
                    original.glyph_bounding_box(was),
                    face.glyph_bounding_box(now),
                    "{c}"
                );
            }
            assert!(face.glyph_index('Z').is_none(), "only what was asked");
        }
        assert!(subset(crate::fonts::NANUM_GOTHIC, "ABC".chars()).is_some());
        // Every Hangul syllable the font has: one run per stretch, every one mapped.
        let syllables: Vec<char> = ('가'..='힣').collect();
        let cut = subset(crate::fonts::NANUM_GOTHIC, syllables.iter().copied()).expect("cut");
        let face = ttf_parser::Face::parse(&cut, 0).expect("parses");
        let original = ttf_parser::Face::parse(crate::fonts::NANUM_GOTHIC, 0).expect("font");
        for c in syllables.iter().step_by(97) {
            assert_eq!(
                face.glyph_index(*c).is_some(),
                original.glyph_index(*c).is_some(),
                "{c}"
            );
        }
        assert!(subset(crate::fonts::NOTO_SANS, "한".chars()).is_none());
    }
}
