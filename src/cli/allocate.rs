//! `boothplan allocate`: the proposal in words or JSON, then the plan updated.

use std::fmt::Write as _;
use std::path::Path;

use boothplan::i18n::{Arg, ta};
use boothplan::model::Plan;

use super::update::{load_for_update, write_result};
use super::{Format, OK, emit};

/// `boothplan allocate`.
pub fn allocate_cmd(
    plan_path: &Path,
    output: Option<&Path>,
    format: Format,
    merge: bool,
) -> anyhow::Result<u8> {
    let (mut plan, read) = match load_for_update(plan_path) {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let allocation =
        boothplan::layout::allocate_with(&plan, boothplan::layout::AllocateOptions { merge });
    let text = match format {
        Format::Json => serde_json::to_string_pretty(&allocation_json(&plan, &allocation))? + "\n",
        Format::Text => {
            let mut s = String::new();
            for a in &allocation.assignments {
                let _ = writeln!(
                    s,
                    "{}",
                    ta(
                        "cli-allocate-assigned",
                        &[
                            ("company", Arg::from(&plan.exhibitors[&a.exhibitor].name)),
                            ("booth", Arg::from(&plan.booths[&a.booth].number)),
                            (
                                "placement",
                                Arg::from(a.placement.text(boothplan::i18n::current()))
                            ),
                        ],
                    )
                );
            }
            for m in &allocation.merged {
                let numbers: Vec<String> = m.booths.iter().map(|b| plan.booth_label(*b)).collect();
                let _ = writeln!(
                    s,
                    "{}",
                    ta(
                        "cli-allocate-merged",
                        &[
                            ("booths", Arg::from(numbers.join(" + "))),
                            (
                                "booth",
                                Arg::from(numbers.first().map_or("", String::as_str))
                            ),
                            ("company", Arg::from(&plan.exhibitors[&m.exhibitor].name)),
                        ],
                    )
                );
            }
            for u in &allocation.unplaced {
                // The reason is the library's, in English.
                let _ = writeln!(
                    s,
                    "{}",
                    ta(
                        "cli-allocate-unplaced",
                        &[
                            ("company", Arg::from(&plan.exhibitors[&u.exhibitor].name)),
                            ("id", Arg::from(u.exhibitor.to_string())),
                            ("reason", Arg::from(u.text(boothplan::i18n::current()))),
                        ],
                    )
                );
            }
            let _ = writeln!(s, "{}", allocation.summary_text(boothplan::i18n::current()));
            s
        }
    };
    emit(&text)?;
    if allocation.assignments.is_empty() {
        return Ok(OK);
    }
    let edit = allocation.edit(&plan);
    boothplan::edit::apply(&mut plan, edit);
    Ok(write_result(plan_path, output, &plan, &read))
}

/// The allocation as JSON: `{"placed": N, "given_away_m2", "outside_zone", "unplaced":
/// [{"exhibitor", "name", "reason"}], ...}`.
fn allocation_json(plan: &Plan, allocation: &boothplan::layout::Allocation) -> serde_json::Value {
    let name = |e: boothplan::model::ExhibitorId| {
        plan.exhibitors
            .get(&e)
            .map_or_else(String::new, |x| x.name.clone())
    };
    serde_json::json!({
        "placed": allocation.assignments.len(),
        "given_away_m2": boothplan::model::geom::m2(allocation.given_away_mm2),
        "outside_zone": allocation.outside_zone(),
        "merged": allocation.merged.iter().map(|m| serde_json::json!({
            "booths": m.booths.iter().map(|b| plan.booth_label(*b)).collect::<Vec<_>>(),
            "into": plan.booth_label(m.booths[0]),
            "exhibitor": m.exhibitor.to_string(),
            "name": name(m.exhibitor),
        })).collect::<Vec<_>>(),
        "unplaced": allocation.unplaced.iter().map(|u| serde_json::json!({
            "exhibitor": u.exhibitor.to_string(),
            "name": name(u.exhibitor),
            "reason": u.reason,
        })).collect::<Vec<_>>(),
        "by_criterion": allocation.by_placement().iter().map(|(p, n)| (p.label().to_owned(), serde_json::json!(n))).collect::<serde_json::Map<_, _>>(),
        "assignments": allocation.assignments.iter().map(|a| serde_json::json!({
            "exhibitor": a.exhibitor.to_string(),
            "name": name(a.exhibitor),
            "booth": plan.booths.get(&a.booth).map_or_else(String::new, |b| b.number.clone()),
            "criterion": a.placement.label(),
        })).collect::<Vec<_>>(),
    })
}
