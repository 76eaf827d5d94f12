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
    let t = text.trim().replace(',', "");
    if t.is_empty() {
        return Ok(None);
    }
    let v: f64 = t.parse().map_err(|_| NotAPrice)?;
    if v.is_finite() && (0.0..1e13).contains(&v) {
        Ok(Some((v * 100.0).round() as i64))
    } else {
        Err(NotAPrice)
    }
}

/// Minor units as people type them back ("1250.5" → "1250.50").
pub fn show_money(minor: Option<i64>) -> String {
    minor.map_or(String::new(), |p| format!("{:.2}", p as f64 / 100.0))
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
    }
}
