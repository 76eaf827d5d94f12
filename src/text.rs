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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn hangul_and_latin() {
        assert!(matches(&fold("한빛통신"), "한빛"));
        assert!(matches(&fold("Nordwave Systems GmbH"), "NORDWAVE gmbh"));
        assert_eq!(fold("ĐẠI"), "dai");
    }
}
