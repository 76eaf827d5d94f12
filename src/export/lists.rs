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

/// Column titles of the exhibitor directory.
pub const DIRECTORY_COLUMNS: [&str; 5] = ["Company", "Country", "Sector", "Booths", "Hall"];

/// Orders booth numbers so "A-102" comes before "A-1001".
fn natural_key(s: &str) -> Vec<(String, u64)> {
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

/// One row per booth, available booths included.
pub fn list_rows(plan: &Plan, order: ListOrder) -> Vec<[String; 11]> {
    let derived = Derived::new(plan);
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
    ids.iter()
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
                fmt_size(&b.rect).replace(" m", ""),
                format!("{}", m2(b.area_mm2())),
                derived.booth_type(*id).label().to_owned(),
                b.status.label().to_owned(),
                e.map_or_else(String::new, |e| e.name.clone()),
                e.map_or_else(String::new, |e| e.country.clone()),
                e.map_or_else(String::new, |e| e.sector.clone()),
                derived
                    .price_minor(plan, *id)
                    .map_or_else(String::new, |p| fmt_price(p, &plan.meta.currency)),
            ]
        })
        .collect()
}

/// The exhibitor directory: every company alphabetically with its booths.
pub fn directory_rows(plan: &Plan) -> Vec<[String; 5]> {
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
    let mut rows: Vec<[String; 5]> = plan
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
            [
                e.name.clone(),
                e.country.clone(),
                e.sector.clone(),
                numbers.join(", "),
                halls.into_iter().collect::<Vec<_>>().join(", "),
            ]
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
    /// Korean CP949; characters it lacks (Vietnamese letters) become `?`.
    Cp949,
}

/// A text cell that a spreadsheet cannot run: one starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'` (as OWASP recommends against CSV injection); a number
/// ("-12.5") stays a number.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = !cell.is_empty()
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

/// CSV bytes (RFC 4180 quoting) and how many characters the encoding could not hold.
///
/// # Errors
/// Only if the CSV writer fails in memory, which it does not.
pub fn to_csv<R: AsRef<[String]>>(
    header: &[&str],
    rows: &[R],
    encoding: CsvEncoding,
) -> Result<(Vec<u8>, usize), csv::Error> {
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
            (bytes, 0)
        }
        CsvEncoding::Cp949 => {
            let mut lost = 0;
            let mut out = Vec::with_capacity(text.len());
            let mut buf = [0u8; 4];
            for c in text.chars() {
                let (bytes, _, unmappable) = encoding_rs::EUC_KR.encode(c.encode_utf8(&mut buf));
                if unmappable {
                    lost += 1;
                    out.push(b'?');
                } else {
                    out.extend_from_slice(&bytes);
                }
            }
            (out, lost)
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
            ("Nordwave = best", "Nordwave = best"),
        ] {
            assert_eq!(spreadsheet_safe(cell), out);
        }
    }

    #[test]
    fn cp949_replaces_what_it_cannot_hold() {
        let (bytes, lost) =
            to_csv(&["Name"], &[["한빛 Việt".to_owned()]], CsvEncoding::Cp949).expect("csv");
        assert_eq!(lost, 1, "ệ is not in CP949");
        let (text, _, _) = encoding_rs::EUC_KR.decode(&bytes);
        assert_eq!(text, "Name\r\n한빛 Vi?t\r\n");
    }
}
