//! `boothplan booth merge` and `boothplan booth split`.

use boothplan::edit::reshape::{Along, checked, merge_booths, split_booth};
use boothplan::i18n::{Arg, ta};
use boothplan::model::{BoothId, Plan, number_key};

use super::update::{load_for_update, write_result};
use super::{
    AlongArg, BoothCommand, HAS_ERRORS, OK, area_arg, complain, emit, num, refused_in, size_arg,
};

/// The booth a person names: by its number (as the validator compares numbers) or its id.
fn booth_named(plan: &Plan, name: &str) -> Result<BoothId, String> {
    let key = number_key(name);
    let by_number: Vec<BoothId> = plan
        .booths
        .iter()
        .filter(|(_, b)| number_key(&b.number) == key)
        .map(|(id, _)| *id)
        .collect();
    match by_number[..] {
        [id] => Ok(id),
        [] => name
            .trim()
            .to_uppercase()
            .strip_prefix('B')
            .and_then(|_| name.trim().to_uppercase().parse::<BoothId>().ok())
            .filter(|id| plan.booths.contains_key(id))
            .ok_or_else(|| ta("cli-booth-not-found", &[("number", Arg::from(name))])),
        _ => Err(ta(
            "cli-booth-ambiguous",
            &[("count", num(by_number.len())), ("number", Arg::from(name))],
        )),
    }
}

/// `boothplan booth …`.
pub fn booth_cmd(command: &BoothCommand) -> anyhow::Result<u8> {
    let (BoothCommand::Merge { plan, output, .. } | BoothCommand::Split { plan, output, .. }) =
        command;
    let (mut doc, read) = match load_for_update(plan) {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let refused = |why: &str| {
        complain(&refused_in(&why, plan));
        Ok(HAS_ERRORS)
    };
    let lang = boothplan::i18n::current();
    let mut merged: Vec<String> = Vec::new();
    let (edit, first) = match command {
        BoothCommand::Merge { booths, .. } => {
            let ids = match booths
                .iter()
                .map(|n| booth_named(&doc, n))
                .collect::<Result<Vec<_>, _>>()
            {
                Ok(ids) => ids,
                Err(e) => return refused(&e),
            };
            merged = ids.iter().map(|id| doc.booth_label(*id)).collect();
            merged.dedup();
            match merge_booths(&doc, &ids).and_then(|edit| checked(&doc, None, edit)) {
                Ok(edit) => (edit, ids[0]),
                Err(e) => return refused(&e.text(lang)),
            }
        }
        BoothCommand::Split {
            booth,
            parts,
            along,
            ..
        } => {
            let id = match booth_named(&doc, booth) {
                Ok(id) => id,
                Err(e) => return refused(&e),
            };
            let along = match along {
                AlongArg::X => Along::Width,
                AlongArg::Y => Along::Depth,
            };
            match split_booth(&doc, id, *parts, along).and_then(|edit| checked(&doc, None, edit)) {
                Ok(edit) => (edit, id),
                Err(e) => return refused(&e.text(lang)),
            }
        }
    };
    boothplan::edit::apply(&mut doc, edit);
    let code = write_result(plan, output.as_deref(), &doc, &read);
    if code == OK {
        let b = &doc.booths[&first];
        let mut args = vec![
            ("number", Arg::from(&b.number)),
            ("size", size_arg(&b.rect)),
            ("area", area_arg(b.area_mm2())),
        ];
        let key = match command {
            BoothCommand::Merge { .. } => {
                args.push(("booths", Arg::from(merged.join(", "))));
                "cli-booth-merged"
            }
            BoothCommand::Split { booth, parts, .. } => {
                args.push(("booth", Arg::from(booth)));
                args.push(("parts", num(*parts)));
                "cli-booth-split"
            }
        };
        let line = ta(key, &args);
        emit(&format!("{line}\n"))?;
    }
    Ok(code)
}
