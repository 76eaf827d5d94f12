//! Lists staff use: the allocation list (one row per booth) and the exhibitor directory, as
//! CSV for spreadsheets (UTF-8 with a BOM so Excel shows Hangul, or CP949).

use crate::model::derive::{fmt_price, fmt_size};
use crate::model::geom::m2;
use crate::model::{BoothId, Derived, Plan};

/// How the allocation list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ListOrder {
    /// By booth number.
    #[default]
    Booth,
    /// By company name (available booths last).
    Company,
    /// By hall, then booth number.
    Hall,
}

/// Column titles of the allocation list.
pub const LIST_COLUMNS: [&str; 11] = [
    "Booth",
    "Hall",
    "Zone",
    "Size (m × m)",
    "Area (m²)",
    "Type",
    "Status",
    "Company",
    "Country",
    "Sector",
    "Price",
];

/// Column titles of the allocation list as CSV: sizes, area and price as plain numbers a
/// spreadsheet sums, the currency beside the price.
pub const LIST_CSV_COLUMNS: [&str; 13] = [
    "Booth",
    "Hall",
    "Zone",
    "Width (m)",
    "Depth (m)",
    "Area (m²)",
    "Type",
    "Status",
    "Company",
    "Country",
    "Sector",
    "Price",
    "Currency",
];

/// Contact columns, in the directory and (when asked for) the allocation list.
pub const CONTACT_COLUMNS: [&str; 4] = ["Contact", "E-mail", "Phone", "External id"];

/// Column titles of the exhibitor directory as CSV.
pub const DIRECTORY_CSV_COLUMNS: [&str; 10] = [
    "Company",
    "Country",
    "Sector",
    "Booths",
    "Hall",
    "Area (m²)",
    "Contact",
    "E-mail",
    "Phone",
    "External id",
];

/// Minor units as a plain amount ("1250.00").
fn plain_money(minor: i64) -> String {
    format!(
        "{}{}.{:02}",
        if minor < 0 { "-" } else { "" },
        minor.unsigned_abs() / 100,
        minor.unsigned_abs() % 100
    )
}

fn contact_cells(e: Option<&crate::model::Exhibitor>) -> [String; 4] {
    e.map_or_else(Default::default, |e| {
        [
            e.contact.person.clone(),
            e.contact.email.clone(),
            e.contact.phone.clone(),
            e.external_id.clone().unwrap_or_default(),
        ]
    })
}

/// The allocation list for a spreadsheet: one row per booth with numbers in their own
/// columns (see [`LIST_CSV_COLUMNS`]), and the [`CONTACT_COLUMNS`] when `contacts`.
pub fn list_csv_rows(plan: &Plan, order: ListOrder, contacts: bool) -> Vec<Vec<String>> {
    list_csv_rows_in(plan, order, contacts, crate::i18n::Lang::En)
}

/// [`list_csv_rows`] with types and statuses in a language.
pub fn list_csv_rows_in(
    plan: &Plan,
    order: ListOrder,
    contacts: bool,
    lang: crate::i18n::Lang,
) -> Vec<Vec<String>> {
    let derived = Derived::new(plan);
    ordered_booths(plan, order)
        .iter()
        .map(|id| {
            let b = &plan.booths[id];
            let e = b.exhibitor.and_then(|e| plan.exhibitors.get(&e));
            let mut row = vec![
                b.number.clone(),
                plan.halls
                    .get(&b.hall)
                    .map_or_else(String::new, |h| h.name.clone()),
                plan.zone_of(b)
                    .and_then(|z| plan.zones.get(&z))
                    .map_or_else(String::new, |z| z.name.clone()),
                crate::model::geom::plain_number(crate::model::geom::m(b.rect.w_mm)),
                crate::model::geom::plain_number(crate::model::geom::m(b.rect.d_mm)),
                crate::model::geom::plain_number(m2(b.area_mm2())),
                word(
                    lang,
                    derived.booth_type(*id).key(),
                    derived.booth_type(*id).label(),
                ),
                word(lang, b.status.key(), b.status.label()),
                e.map_or_else(String::new, |e| e.name.clone()),
                e.map_or_else(String::new, |e| e.country.clone()),
                e.map_or_else(String::new, |e| e.sector.clone()),
                derived
                    .price_minor(plan, *id)
                    .map_or_else(String::new, plain_money),
                plan.meta.currency.clone(),
            ];
            if contacts {
                row.extend(contact_cells(e));
            }
            row
        })
        .collect()
}

/// Column titles of the exhibitor directory.
pub const DIRECTORY_COLUMNS: [&str; 5] = ["Company", "Country", "Sector", "Booths", "Hall"];

/// The catalogue keys of [`LIST_COLUMNS`].
pub const LIST_COLUMN_KEYS: [&str; 11] = [
    "col-booth",
    "col-hall",
    "col-zone",
    "col-size",
    "col-area",
    "col-type",
    "col-status",
    "col-company",
    "col-country",
    "col-sector",
    "col-price",
];

/// The catalogue keys of [`LIST_CSV_COLUMNS`].
pub const LIST_CSV_COLUMN_KEYS: [&str; 13] = [
    "col-booth",
    "col-hall",
    "col-zone",
    "col-width",
    "col-depth",
    "col-area",
    "col-type",
    "col-status",
    "col-company",
    "col-country",
    "col-sector",
    "col-price",
    "col-currency",
];

/// The catalogue keys of [`CONTACT_COLUMNS`].
pub const CONTACT_COLUMN_KEYS: [&str; 4] =
    ["col-contact", "col-email", "col-phone", "col-external-id"];

/// The catalogue keys of [`DIRECTORY_CSV_COLUMNS`].
pub const DIRECTORY_CSV_COLUMN_KEYS: [&str; 10] = [
    "col-company",
    "col-country",
    "col-sector",
    "col-booths",
    "col-hall",
    "col-area",
    "col-contact",
    "col-email",
    "col-phone",
    "col-external-id",
];

/// The catalogue keys of [`DIRECTORY_COLUMNS`].
pub const DIRECTORY_COLUMN_KEYS: [&str; 5] = [
    "col-company",
    "col-country",
    "col-sector",
    "col-booths",
    "col-hall",
];

/// Column titles in a language, from their keys.
pub fn headings(keys: &[&str], lang: crate::i18n::Lang) -> Vec<String> {
    keys.iter().map(|k| crate::i18n::tr(lang, k, &[])).collect()
}

/// A status or type word: the lower-case English word lists have always used, or the
/// language's.
fn word(lang: crate::i18n::Lang, key: &str, english: &str) -> String {
    if lang == crate::i18n::Lang::En {
        english.to_owned()
    } else {
        crate::i18n::tr(lang, key, &[])
    }
}

/// Orders booth numbers so "A-102" comes before "A-1001".
pub(crate) fn natural_key(s: &str) -> Vec<(String, u64)> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut digits = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            if !digits.is_empty() {
                parts.push((
                    std::mem::take(&mut text),
                    digits.parse().unwrap_or(u64::MAX),
                ));
                digits.clear();
            }
            text.extend(c.to_lowercase());
        }
    }
    parts.push((text, digits.parse().unwrap_or(0)));
    parts
}

/// Every booth id in the list's order.
fn ordered_booths(plan: &Plan, order: ListOrder) -> Vec<BoothId> {
    let mut ids: Vec<BoothId> = plan.booths.keys().copied().collect();
    let company = |id: &BoothId| {
        plan.booths[id]
            .exhibitor
            .and_then(|e| plan.exhibitors.get(&e))
            .map(|e| e.name.clone())
    };
    match order {
        ListOrder::Booth => ids.sort_by_cached_key(|id| natural_key(&plan.booths[id].number)),
        ListOrder::Company => ids.sort_by_cached_key(|id| {
            (
                company(id).is_none(),
                company(id).unwrap_or_default(),
                natural_key(&plan.booths[id].number),
            )
        }),
        ListOrder::Hall => ids
            .sort_by_cached_key(|id| (plan.booths[id].hall, natural_key(&plan.booths[id].number))),
    }
    ids
}

/// One row per booth, available booths included, formatted for reading (the PDF list).
pub fn list_rows(plan: &Plan, order: ListOrder) -> Vec<[String; 11]> {
    list_rows_with(plan, &Derived::new(plan), order)
}

/// [`list_rows`] with the plan's derived values already made (types, prices).
pub fn list_rows_with(plan: &Plan, derived: &Derived, order: ListOrder) -> Vec<[String; 11]> {
    list_rows_in(plan, derived, order, crate::i18n::Lang::En)
}

/// [`list_rows_with`] with types, statuses and prices in a language.
pub fn list_rows_in(
    plan: &Plan,
    derived: &Derived,
    order: ListOrder,
    lang: crate::i18n::Lang,
) -> Vec<[String; 11]> {
    ordered_booths(plan, order)
        .iter()
        .map(|id| {
            let b = &plan.booths[id];
            let e = b.exhibitor.and_then(|e| plan.exhibitors.get(&e));
            [
                b.number.clone(),
                plan.halls
                    .get(&b.hall)
                    .map_or_else(String::new, |h| h.name.clone()),
                plan.zone_of(b)
                    .and_then(|z| plan.zones.get(&z))
                    .map_or_else(String::new, |z| z.name.clone()),
                if lang == crate::i18n::Lang::En {
                    fmt_size(&b.rect).replace(" m", "")
                } else {
                    format!(
                        "{} × {}",
                        crate::i18n::decimal(lang, crate::model::geom::m(b.rect.w_mm), 3),
                        crate::i18n::decimal(lang, crate::model::geom::m(b.rect.d_mm), 3)
                    )
                },
                if lang == crate::i18n::Lang::En {
                    format!("{}", m2(b.area_mm2()))
                } else {
                    crate::i18n::decimal(lang, m2(b.area_mm2()), 2)
                },
                word(
                    lang,
                    derived.booth_type(*id).key(),
                    derived.booth_type(*id).label(),
                ),
                word(lang, b.status.key(), b.status.label()),
                e.map_or_else(String::new, |e| e.name.clone()),
                e.map_or_else(String::new, |e| e.country.clone()),
                e.map_or_else(String::new, |e| e.sector.clone()),
                derived
                    .price_minor(plan, *id)
                    .map_or_else(String::new, |p| {
                        if lang == crate::i18n::Lang::En {
                            fmt_price(p, &plan.meta.currency)
                        } else {
                            crate::i18n::money(lang, i128::from(p), &plan.meta.currency)
                        }
                    }),
            ]
        })
        .collect()
}

/// The exhibitor directory: every company alphabetically with its booths (the PDF's five
/// columns).
pub fn directory_rows(plan: &Plan) -> Vec<[String; 5]> {
    directory_csv_rows(plan)
        .into_iter()
        .map(|r| {
            let mut cells = r.into_iter();
            std::array::from_fn(|_| cells.next().unwrap_or_default())
        })
        .collect()
}

/// The exhibitor directory for a spreadsheet: see [`DIRECTORY_CSV_COLUMNS`].
pub fn directory_csv_rows(plan: &Plan) -> Vec<Vec<String>> {
    // The booths of every company in one pass (asking each company for its booths would scan
    // every booth per company: minutes at 60,000).
    let mut held: std::collections::HashMap<
        crate::model::ExhibitorId,
        Vec<(BoothId, &crate::model::Booth)>,
    > = std::collections::HashMap::new();
    for (id, b) in &plan.booths {
        if let Some(e) = b.exhibitor {
            held.entry(e).or_default().push((*id, b));
        }
    }
    let mut rows: Vec<Vec<String>> = plan
        .exhibitors
        .iter()
        .map(|(id, e)| {
            let booths: &[(BoothId, &crate::model::Booth)] =
                held.get(id).map_or(&[], Vec::as_slice);
            let mut numbers: Vec<&str> = booths.iter().map(|(_, b)| b.number.as_str()).collect();
            numbers.sort_by_cached_key(|n| natural_key(n));
            let halls: std::collections::BTreeSet<&str> = booths
                .iter()
                .filter_map(|(_, b)| plan.halls.get(&b.hall))
                .map(|h| h.name.as_str())
                .collect();
            let area = booths
                .iter()
                .map(|(_, b)| b.area_mm2())
                .fold(0, i128::saturating_add);
            let mut row = vec![
                e.name.clone(),
                e.country.clone(),
                e.sector.clone(),
                numbers.join(", "),
                halls.into_iter().collect::<Vec<_>>().join(", "),
                if booths.is_empty() {
                    String::new()
                } else {
                    crate::model::geom::plain_number(m2(area))
                },
            ];
            row.extend(contact_cells(Some(e)));
            row
        })
        .collect();
    rows.sort_by_cached_key(|r| (crate::text::fold(&r[0]), r[0].clone()));
    rows
}

/// Text encodings for CSV output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CsvEncoding {
    /// UTF-8 with a byte-order mark (Excel then reads Hangul right).
    #[default]
    Utf8Bom,
    /// Korean CP949; Latin letters it lacks lose their diacritics (Vietnamese "Công" →
    /// "Cong"); anything else it lacks becomes `?`.
    Cp949,
}

/// A text cell that a spreadsheet cannot run: one starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'` (as OWASP recommends against CSV injection); a number
/// ("-12.5") stays a number.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    // A leading "+" is a telephone number ("+82 …"), never a number to sum: a spreadsheet
    // would turn "+821012345678" into 8.2E+11.
    let number = !cell.starts_with('+')
        && !cell.is_empty()
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'))
        && cell.parse::<f64>().is_ok();
    if risky && !number {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// What an encoding could not hold as it was.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loss {
    /// Letters written without their diacritics ("ệ" as "e").
    pub plain: usize,
    /// Characters written as "?".
    pub unknown: usize,
}

/// CSV bytes (RFC 4180 quoting) and what the encoding could not hold.
///
/// # Errors
/// Only if the CSV writer fails in memory, which it does not.
pub fn to_csv<R: AsRef<[String]>>(
    header: &[&str],
    rows: &[R],
    encoding: CsvEncoding,
) -> Result<(Vec<u8>, Loss), csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(header)?;
    for row in rows {
        writer.write_record(
            row.as_ref()
                .iter()
                .map(|c| spreadsheet_safe(c).into_owned()),
        )?;
    }
    let text = String::from_utf8(
        writer
            .into_inner()
            .map_err(csv::IntoInnerError::into_error)?,
    )
    .unwrap_or_default();
    Ok(match encoding {
        CsvEncoding::Utf8Bom => {
            let mut bytes = b"\xEF\xBB\xBF".to_vec();
            bytes.extend(text.as_bytes());
            (bytes, Loss::default())
        }
        CsvEncoding::Cp949 => {
            let mut loss = Loss::default();
            let mut out = Vec::with_capacity(text.len());
            let mut buf = [0u8; 4];
            for c in text.chars() {
                let (bytes, _, unmappable) = encoding_rs::EUC_KR.encode(c.encode_utf8(&mut buf));
                if unmappable {
                    // A Vietnamese letter loses its diacritics ("Công" → "Cong"), a combining
                    // mark goes; only what has no plain form becomes "?".
                    match crate::text::without_diacritics(c) {
                        Some(base) if base.is_ascii() => {
                            loss.plain += 1;
                            out.push(base as u8);
                        }
                        Some(_) => {
                            loss.unknown += 1;
                            out.push(b'?');
                        }
                        None => {}
                    }
                } else {
                    out.extend_from_slice(&bytes);
                }
            }
            (out, loss)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn booth_numbers_sort_naturally() {
        let mut v = vec!["A-1001", "A-102", "B-101", "A-99"];
        v.sort_by_cached_key(|n| natural_key(n));
        assert_eq!(v, ["A-99", "A-102", "A-1001", "B-101"]);
    }

    #[test]
    fn formulas_are_neutralised_and_numbers_kept() {
        for (cell, out) in [
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("+cmd", "'+cmd"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("-12.5", "-12.5"),
            ("9", "9"),
            // A telephone number stays text a spreadsheet shows as typed.
            ("+821012345678", "'+821012345678"),
            ("Nordwave = best", "Nordwave = best"),
        ] {
            assert_eq!(spreadsheet_safe(cell), out);
        }
    }

    #[test]
    fn cp949_drops_only_diacritics_from_vietnamese_and_marks_the_rest() {
        // Issue 12: "Công ty" became "C?ng ty".
        let (bytes, lost) = to_csv(
            &["Name"],
            &[["한빛 Việt · Công ty ĐÀ NẴNG ✓".to_owned()]],
            CsvEncoding::Cp949,
        )
        .expect("csv");
        let (text, _, _) = encoding_rs::EUC_KR.decode(&bytes);
        assert_eq!(text, "Name\r\n한빛 Viet · Cong ty DA NANG ?\r\n");
        assert_eq!(
            lost,
            Loss {
                plain: 5,
                unknown: 1
            },
            "the tick has no plain form"
        );
    }

    #[test]
    fn csv_lists_hold_numbers_a_spreadsheet_can_sum() {
        let plan = crate::demo::demo_plan();
        let rows = list_csv_rows(&plan, ListOrder::Booth, true);
        assert_eq!(rows.len(), plan.booths.len());
        assert!(
            rows.iter()
                .all(|r| r.len() == LIST_CSV_COLUMNS.len() + CONTACT_COLUMNS.len())
        );
        let column = |name: &str| {
            LIST_CSV_COLUMNS
                .iter()
                .position(|c| *c == name)
                .expect(name)
        };
        let area: f64 = rows
            .iter()
            .map(|r| r[column("Area (m²)")].parse::<f64>().expect("a number"))
            .sum();
        let expected: i128 = plan
            .booths
            .values()
            .map(crate::model::Booth::area_mm2)
            .sum();
        assert!((area - m2(expected)).abs() < 0.01, "{area} m²");
        for r in &rows {
            let (w, d) = (
                r[column("Width (m)")].parse::<f64>().expect("width"),
                r[column("Depth (m)")].parse::<f64>().expect("depth"),
            );
            assert!((w * d - r[column("Area (m²)")].parse::<f64>().expect("area")).abs() < 1e-6);
            if !r[column("Price")].is_empty() {
                r[column("Price")]
                    .parse::<f64>()
                    .expect("a price is a plain number");
                assert_eq!(r[column("Currency")], plan.meta.currency);
            }
        }
        let directory = directory_csv_rows(&plan);
        assert!(
            directory
                .iter()
                .all(|r| r.len() == DIRECTORY_CSV_COLUMNS.len())
        );
        assert!(
            directory.iter().any(|r| r[7].contains('@')),
            "e-mail addresses are in the directory"
        );
    }
}
