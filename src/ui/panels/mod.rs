//! Side panels. Each reads a [`ViewContext`](super::context::ViewContext) and sends
//! [`Actions`](super::context::Actions); none changes the editor itself.
//!
//! - `exhibitors`: search, filters, the list, companies carried onto booths;
//! - `inspector`: exactly what is selected (booths and companies);
//! - `venue`: the inspector of halls, obstacles, exits and zones, and the metre fields;
//! - `problems`: the validator's findings.

mod exhibitors;
mod inspector;
mod problems;
mod venue;

pub use exhibitors::{ExhibitorsPanel, Filters};
pub use inspector::inspector_ui;
pub use problems::problems_ui;
pub use venue::{parse_metres, show_metres};

/// A single-line text field that reports a new value when editing ends (Enter or focus lost),
/// so one edit is one undo step, not one per key.
pub(super) fn committed_text(
    ui: &mut egui::Ui,
    id: egui::Id,
    current: &str,
    label: egui::Id,
) -> Option<String> {
    committed_text_sized(ui, id, current, label, f32::INFINITY)
}

/// [`committed_text`] with a field `width` points wide.
pub(super) fn committed_text_sized(
    ui: &mut egui::Ui,
    id: egui::Id,
    current: &str,
    label: egui::Id,
    width: f32,
) -> Option<String> {
    let mut buffer = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| current.to_owned());
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut buffer)
                .id(id)
                .desired_width(width),
        )
        .labelled_by(label);
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, buffer));
        None
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
        // Enter or a click elsewhere keeps what was typed; Esc throws it away.
        let escaped = ui.input(|i| i.key_pressed(egui::Key::Escape));
        (response.lost_focus() && !escaped && buffer != current).then_some(buffer)
    }
}

/// Text that is not a price: negative, not a number, absurdly large.
#[derive(Debug, PartialEq, Eq)]
pub struct NotAPrice;

/// A price typed by a person ("1,250.50", "300"): `Ok(None)` for an empty field (no price of
/// its own), `Ok(Some(minor units))` for a price.
pub fn parse_money(text: &str) -> Result<Option<i64>, NotAPrice> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let v: f64 = plain_decimal(t).parse().map_err(|_| NotAPrice)?;
    if v.is_finite() && (0.0..1e13).contains(&v) {
        Ok(Some((v * 100.0).round() as i64))
    } else {
        Err(NotAPrice)
    }
}

/// A number as people write it in any of the languages ("1,250.50", "1.250,50", "12,5",
/// "1 250") as Rust reads it ("1250.50", "12.5"). Both marks present: the last one is the
/// decimal mark. One mark used several times groups thousands. One mark once: with exactly
/// three digits after it, it means what the editor's language means by it ("1,250" and
/// "255.556" in English, "1.250" and "2,125" in Vietnamese); otherwise it is the decimal mark.
pub fn plain_decimal(text: &str) -> String {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let last_dot = t.rfind('.');
    let last_comma = t.rfind(',');
    let decimal = match (last_dot, last_comma) {
        (Some(d), Some(c)) => Some(if d > c { '.' } else { ',' }),
        (Some(i), None) | (None, Some(i)) => {
            let mark = t[i..].chars().next().unwrap_or('.');
            let once = t.matches(mark).count() == 1;
            let three_after = t[i + 1..].chars().filter(char::is_ascii_digit).count() == 3
                && t[i + 1..].chars().all(|c| c.is_ascii_digit());
            let grouping = if crate::i18n::current() == crate::i18n::Lang::Vi {
                '.'
            } else {
                ','
            };
            (once && !(three_after && mark == grouping)).then_some(mark)
        }
        (None, None) => None,
    };
    t.chars()
        .filter_map(|c| match c {
            '.' | ',' if Some(c) == decimal => Some('.'),
            '.' | ',' => None,
            c => Some(c),
        })
        .collect()
}

/// Minor units as people type them back, with the language's decimal mark ("1250.50",
/// "1250,50").
pub fn show_money(minor: Option<i64>) -> String {
    minor.map_or(String::new(), |p| {
        decimal_mark(format!("{:.2}", p as f64 / 100.0))
    })
}

/// A plain number with the editor's decimal mark (a comma in Vietnamese).
pub fn decimal_mark(plain: String) -> String {
    if crate::i18n::current() == crate::i18n::Lang::Vi {
        plain.replace('.', ",")
    } else {
        plain
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_read_as_people_type_it_and_nonsense_is_refused() {
        assert_eq!(parse_money(""), Ok(None));
        assert_eq!(parse_money(" 1,250.50 "), Ok(Some(125_050)));
        assert_eq!(parse_money("300"), Ok(Some(30_000)));
        for nonsense in ["-5", "inf", "NaN", "1e300", "ten"] {
            assert_eq!(parse_money(nonsense), Err(NotAPrice), "{nonsense}");
        }
        assert_eq!(show_money(Some(125_050)), "1250.50");
        assert_eq!(show_money(None), "");
        // As Vietnamese writes it, and a decimal comma on its own.
        assert_eq!(parse_money("1.250,50"), Ok(Some(125_050)));
        assert_eq!(parse_money("12,5"), Ok(Some(1_250)));
        assert_eq!(parse_money("1,250"), Ok(Some(125_000)));
        // Three decimals in English are decimals, never a factor of a thousand.
        assert_eq!(parse_money("255.556"), Ok(Some(25_556)));
        assert_eq!(parse_money("0.125"), Ok(Some(13)));
        assert_eq!(parse_money("1.250.000"), Ok(Some(125_000_000)));
        assert_eq!(parse_money("12.50"), Ok(Some(1_250)));
        crate::i18n::set_current(crate::i18n::Lang::Vi);
        let shown = show_money(Some(125_050));
        let thousand = parse_money("1.250");
        let round_trip = parse_money(&shown);
        crate::i18n::set_current(crate::i18n::Lang::En);
        assert_eq!(shown, "1250,50");
        assert_eq!(round_trip, Ok(Some(125_050)));
        assert_eq!(thousand, Ok(Some(125_000)));
    }
}
