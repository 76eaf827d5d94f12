//! Numbers, areas, lengths, money and dates as each language writes them: "1,234.5" in
//! English and Korean, "1.234,5" in Vietnamese; dates "2026-11-29", "2026년 11월 29일",
//! "29/11/2026".

use super::Lang;

/// The thousands separator and the decimal mark.
fn marks(lang: Lang) -> (char, char) {
    match lang {
        Lang::En | Lang::Ko => (',', '.'),
        Lang::Vi => ('.', ','),
    }
}

/// Groups the digits of a whole number by thousands.
fn grouped(lang: Lang, digits: &str) -> String {
    let (sep, _) = marks(lang);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// A whole number with the language's grouping: "12,345", "12.345".
pub fn count(lang: Lang, n: i128) -> String {
    let sign = if n < 0 { "-" } else { "" };
    format!("{sign}{}", grouped(lang, &n.unsigned_abs().to_string()))
}

/// A number with at most `decimals` places, trailing zeros dropped: "1,234.5", "1.234,5".
pub fn decimal(lang: Lang, v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let s = format!("{:.*}", decimals, v.abs());
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    let frac = frac.trim_end_matches('0');
    let negative = v < 0.0 && (whole != "0" || !frac.is_empty());
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&grouped(lang, whole));
    if !frac.is_empty() {
        out.push(marks(lang).1);
        out.push_str(frac);
    }
    out
}

/// An area given in mm², in square metres to two places: "1,234.5 m²".
pub fn area(lang: Lang, area_mm2: i128) -> String {
    format!("{} m²", decimal(lang, crate::model::geom::m2(area_mm2), 2))
}

/// A length given in mm, in metres to three places: "2.5 m", "2,5 m".
pub fn length(lang: Lang, mm: i64) -> String {
    format!("{} m", decimal(lang, mm as f64 / 1000.0, 3))
}

/// A price given in minor units (cents): "KRW 1,234,000.00" in English and Korean,
/// "1.234.000,00 KRW" in Vietnamese.
pub fn money(lang: Lang, minor: i128, currency: &str) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let whole = grouped(lang, &(abs / 100).to_string());
    let cents = abs % 100;
    let mark = marks(lang).1;
    match lang {
        Lang::En | Lang::Ko => format!("{currency} {sign}{whole}{mark}{cents:02}"),
        Lang::Vi => format!("{sign}{whole}{mark}{cents:02} {currency}"),
    }
}

/// A date given as `YYYY-MM-DD` in the language's order; anything else is shown as it is.
pub fn date(lang: Lang, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let [y, m, d] = parts[..] else {
        return iso.to_owned();
    };
    let (Ok(yn), Ok(mn), Ok(dn)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return iso.to_owned();
    };
    match lang {
        Lang::En => format!("{yn:04}-{mn:02}-{dn:02}"),
        Lang::Ko => format!("{yn}년 {mn}월 {dn}일"),
        Lang::Vi => format!("{dn:02}/{mn:02}/{yn}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_marked_as_each_language_writes_them() {
        assert_eq!(count(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(count(Lang::Vi, -1_234), "-1.234");
        assert_eq!(count(Lang::Ko, 999), "999");
        assert_eq!(decimal(Lang::En, 1234.5, 2), "1,234.5");
        assert_eq!(decimal(Lang::Vi, 1234.5, 2), "1.234,5");
        assert_eq!(decimal(Lang::En, -0.001, 2), "0");
        assert_eq!(area(Lang::Vi, 9_000_000), "9 m²");
        assert_eq!(area(Lang::En, 1_500_000), "1.5 m²");
        assert_eq!(length(Lang::Vi, 2_500), "2,5 m");
        assert_eq!(money(Lang::En, 123_456_789, "KRW"), "KRW 1,234,567.89");
        assert_eq!(money(Lang::Vi, -5, "KRW"), "-0,05 KRW");
        assert_eq!(date(Lang::Ko, "2026-11-29"), "2026년 11월 29일");
        assert_eq!(date(Lang::Vi, "2026-11-29"), "29/11/2026");
        assert_eq!(date(Lang::En, "2026-11-29"), "2026-11-29");
        assert_eq!(date(Lang::Vi, "someday"), "someday");
    }
}
