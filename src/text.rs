//! Text matching for search: case- and diacritic-insensitive, any script.

/// The base letter of a Latin letter with diacritics (Vietnamese and Western European), or the
/// character itself.
fn base_letter(c: char) -> char {
    const GROUPS: &[(&str, char)] = &[
        ("àáạảãâầấậẩẫăằắặẳẵäåāą", 'a'),
        ("èéẹẻẽêềếệểễëēėę", 'e'),
        ("ìíịỉĩîïīį", 'i'),
        ("òóọỏõôồốộổỗơờớợởỡöøō", 'o'),
        ("ùúụủũưừứựửữûüūů", 'u'),
        ("ỳýỵỷỹÿ", 'y'),
        ("đď", 'd'),
        ("çćč", 'c'),
        ("ñńň", 'n'),
        ("śšş", 's'),
        ("źžż", 'z'),
        ("ł", 'l'),
        ("ř", 'r'),
        ("ť", 't'),
        ("ğ", 'g'),
    ];
    if c.is_ascii() {
        return c;
    }
    GROUPS
        .iter()
        .find(|(set, _)| set.contains(c))
        .map_or(c, |(_, base)| *base)
}

/// A character without its diacritics, case kept ("Ễ" → 'E', "đ" → 'd'); `None` for a
/// combining mark, which has no letter of its own.
pub fn without_diacritics(c: char) -> Option<char> {
    if ('\u{300}'..='\u{36f}').contains(&c) {
        return None;
    }
    let lower: Vec<char> = c.to_lowercase().collect();
    let [single] = lower.as_slice() else {
        return Some(c);
    };
    let base = base_letter(*single);
    if base == *single {
        return Some(c);
    }
    Some(if c.is_uppercase() {
        base.to_ascii_uppercase()
    } else {
        base
    })
}

/// Hangul syllables in the Revised Romanization of Korean, letter by letter (without the
/// sound changes across syllables): "한빛통신" → "hanbittongsin". Everything else is kept.
/// For file names and other places only ASCII may go.
pub fn romanize(s: &str) -> String {
    const INITIAL: [&str; 19] = [
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
        "p", "h",
    ];
    const VOWEL: [&str; 21] = [
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
        "we", "wi", "yu", "eu", "ui", "i",
    ];
    const FINAL: [&str; 28] = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
        "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
    ];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let code = u32::from(c);
        if (0xAC00..=0xD7A3).contains(&code) {
            let index = (code - 0xAC00) as usize;
            let (initial, vowel, last) = (index / (21 * 28), index / 28 % 21, index % 28);
            out.push_str(INITIAL[initial]);
            out.push_str(VOWEL[vowel]);
            out.push_str(FINAL[last]);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s` in Unicode's composed form (NFC): a letter and its marks as one character where one
/// exists, as the fonts and every search expect ("Vie\u{302}\u{303}n" becomes "Viễn").
pub fn nfc(s: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::UnicodeNormalization as _;
    if unicode_normalization::is_nfc(s) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.nfc().collect())
    }
}

/// Lower case without diacritics and combining marks: "Viễn" and "VIEN" both become "vien".
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(base_letter)
        .collect()
}

/// True when every word of `query` occurs in `haystack`, ignoring case and diacritics.
/// `folded_haystack` must come from [`fold`].
pub fn matches(folded_haystack: &str, query: &str) -> bool {
    fold(query)
        .split_whitespace()
        .all(|word| folded_haystack.contains(word))
}

/// The text without control characters, for a label on screen (a plan's file name may hold
/// any).
pub fn printable(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

/// True for a character that shows nothing or changes how the text around it reads: control
/// characters, bidirectional overrides and isolates, zero-width spaces and joiners.
fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2069}'
                | '\u{061c}'
                | '\u{feff}'
        )
}

/// The text with every invisible character shown as its code (`\u{202e}`), for reports that
/// tell what changed: a name that differs only by one still reads differently, and none can
/// reorder or hide the text around it.
pub fn visible(s: &str) -> String {
    escaped(s, invisible)
}

/// As [`visible`], with line breaks kept: text for a terminal, whose lines are the output's.
pub fn visible_lines(s: &str) -> String {
    escaped(s, |c| {
        c != '\n' && (invisible(c) || matches!(c, '\u{2028}' | '\u{2029}'))
    })
}

/// The text with the characters `hide` picks shown as their codes.
fn escaped(s: &str, hide: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if hide(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// The text with its first letter capitalised ("click inside…" → "Click inside…").
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|f| f.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Text for one printed line: line and paragraph breaks and tabs become spaces, anything else
/// invisible is shown by its code (a right-to-left override cannot turn the text after it).
pub fn single_line(s: &str) -> String {
    let flat: String = s
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}') {
                ' '
            } else {
                c
            }
        })
        .collect();
    visible(&flat)
}

/// How many terminal columns a text takes: Hangul, CJK and full-width forms take two, a
/// combining mark none, anything else one (enough to line a report up in a terminal).
pub fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| match u32::from(c) {
            0x0300..=0x036F | 0x200B..=0x200F => 0,
            0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA960..=0xA97F
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// The text padded with spaces to `width` terminal columns, on the right (`left`: on the
/// left, for numbers).
pub fn padded(s: &str, width: usize, left: bool) -> String {
    let pad = " ".repeat(width.saturating_sub(display_width(s)));
    if left {
        format!("{pad}{s}")
    } else {
        format!("{s}{pad}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_shown_by_their_code() {
        assert_eq!(visible("다온\u{7}전자"), "다온\\u{7}전자");
        assert_eq!(visible("a\u{202e}b\u{200b}c"), "a\\u{202e}b\\u{200b}c");
        assert_eq!(visible("Công ty 하늘"), "Công ty 하늘");
    }

    #[test]
    fn hangul_is_romanized_syllable_by_syllable() {
        assert_eq!(romanize("한빛통신"), "hanbittongsin");
        assert_eq!(romanize("다온테크"), "daontekeu");
        assert_eq!(romanize("서울 ICT"), "seoul ICT");
        assert_eq!(romanize("Công ty"), "Công ty");
    }

    #[test]
    fn letters_lose_diacritics_and_keep_their_case() {
        let plain: String = "Công ty Viễn thông ĐÀ NẴNG"
            .chars()
            .filter_map(without_diacritics)
            .collect();
        assert_eq!(plain, "Cong ty Vien thong DA NANG");
        assert_eq!(without_diacritics('\u{301}'), None);
        assert_eq!(without_diacritics('한'), Some('한'));
    }

    #[test]
    fn vietnamese_without_diacritics() {
        let name = fold("Công ty Viễn thông Sông Hồng");
        assert!(matches(&name, "vien"));
        assert!(matches(&name, "Viễn"));
        assert!(matches(&name, "song hong"));
        assert!(!matches(&name, "hanoi"));
    }

    #[test]
    fn decomposed_letters_are_composed() {
        let decomposed = "Vie\u{302}\u{303}n";
        assert_eq!(nfc(decomposed), "Viễn");
        assert!(matches!(nfc("Viễn"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn hangul_and_latin() {
        assert!(matches(&fold("한빛통신"), "한빛"));
        assert!(matches(&fold("Nordwave Systems GmbH"), "NORDWAVE gmbh"));
        assert_eq!(fold("ĐẠI"), "dai");
    }
}
