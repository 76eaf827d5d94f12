//! The command-line commands: each returns the process exit code.

mod allocate;
mod args;
pub mod booth;
pub mod compare;
pub mod report;
mod underlay;
mod update;

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

pub use allocate::allocate_cmd;
pub use args::*;
use boothplan::i18n::{Arg, Lang, current, t, ta};
use boothplan::model::derive::fmt_size;
use boothplan::model::geom::{fmt_m2, m2};
use boothplan::model::{BoothStatus, Plan, Rect};
use boothplan::validate::{Param, Report, Severity, validate};
use serde::Serialize;
use update::{load_for_update, write_result};

/// Exit codes.
pub const OK: u8 = 0;
/// The plan has errors.
pub const HAS_ERRORS: u8 = 1;
/// The file cannot be read or written.
pub const UNREADABLE: u8 = 2;

/// Text for a terminal: control characters a plan or list may hold (escape sequences that
/// recolour or retitle the terminal, carriage returns that overwrite a line) and characters
/// that hide or reorder text (bidirectional overrides, zero-width spaces) are shown escaped
/// (`\u{1b}`), never sent as they are. Line breaks between lines of output stay.
pub fn terminal_safe(text: &str) -> String {
    boothplan::text::visible_lines(text)
}

/// Text for one line of a terminal: as [`terminal_safe`], line breaks escaped too (a file
/// name may hold one).
pub fn one_line(text: &str) -> String {
    terminal_safe(text).replace('\n', "\\u{a}")
}

/// A whole number a message shows, for `lang`: in English as it has always been written
/// ("1234", which scripts and tests read), with the language's grouping elsewhere ("1.234").
/// Below 1,000 it is a number in every language, so English still picks "1 conflict" or "2
/// conflicts" (and a larger one is "other" in English anyway).
pub(crate) fn num_in<N>(lang: Lang, n: N) -> Arg
where
    N: TryInto<i64> + std::fmt::Display + Copy,
{
    match n.try_into() {
        Ok(v) if lang != Lang::En || (-999..=999).contains(&v) => Arg::Int(v),
        _ => Arg::Text(n.to_string()),
    }
}

/// A whole number a message shows, in the CLI's language (see [`num_in`]).
pub(crate) fn num<N>(n: N) -> Arg
where
    N: TryInto<i64> + std::fmt::Display + Copy,
{
    num_in(current(), n)
}

/// An area a message shows, in the CLI's language: "21 m²" in English as always, the
/// language's way elsewhere ("1.234,5 m²").
pub(crate) fn area_arg(area_mm2: i128) -> Arg {
    let lang = current();
    Arg::Text(if lang == Lang::En {
        fmt_m2(area_mm2)
    } else {
        boothplan::i18n::area(lang, area_mm2)
    })
}

/// A booth's width by depth a message shows, in the CLI's language: "7 m × 3 m".
pub(crate) fn size_arg(rect: &Rect) -> Arg {
    let lang = current();
    Arg::Text(if lang == Lang::En {
        fmt_size(rect)
    } else {
        format!(
            "{} × {}",
            boothplan::i18n::length(lang, rect.w_mm),
            boothplan::i18n::length(lang, rect.d_mm)
        )
    })
}

/// A file's name a message shows (made terminal-safe with the whole message).
pub(crate) fn path_arg(path: &Path) -> Arg {
    Arg::Text(path.display().to_string())
}

/// One error line on stderr, terminal-safe, after the program's name.
pub fn complain(message: &dyn std::fmt::Display) {
    eprintln!("boothplan: {}", one_line(&message.to_string()));
}

/// Prints text to stdout, terminal-safe; a closed pipe (`| head`) is not an error.
pub(crate) fn emit(text: &str) -> anyhow::Result<()> {
    emit_bytes(terminal_safe(text).as_bytes())
}

/// Prints bytes as they are (CSV, JSON: their writers escape what a plan holds); a closed
/// pipe is not an error.
pub(crate) fn emit_bytes(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Writes `bytes` to `output`, or prints them: text made terminal-safe, CSV and JSON as they
/// are (their writers quote or escape whatever a plan holds).
pub(crate) fn deliver(output: Option<&Path>, bytes: &[u8], text: bool) -> anyhow::Result<bool> {
    match output {
        Some(path) => match boothplan::export::write(path, bytes) {
            Ok(()) => Ok(true),
            Err(e) => {
                complain(&e.text(boothplan::i18n::current()));
                Ok(false)
            }
        },
        None if text => {
            emit(&String::from_utf8_lossy(bytes))?;
            Ok(true)
        }
        None => {
            emit_bytes(bytes)?;
            Ok(true)
        }
    }
}

/// Loads a plan or reports why not (one line on stderr).
pub(crate) fn load_or_report(path: &Path) -> Result<Plan, u8> {
    boothplan::io::load(path).map_err(|e| {
        complain(&e.text(boothplan::i18n::current()));
        UNREADABLE
    })
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'static str,
    severity: Severity,
    booths: &'a [String],
    exhibitors: Vec<String>,
    hall: Option<&'a str>,
    message: &'a str,
    /// The message's catalogue key: with `params`, the message in any language.
    message_key: &'static str,
    /// The values the message names: text as text, lengths in mm, areas in mm², counts.
    params: serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    errors: usize,
    warnings: usize,
    infos: usize,
    findings: Vec<JsonFinding<'a>>,
}

/// The report as JSON text.
pub fn report_json(plan: &Plan, report: &Report) -> anyhow::Result<String> {
    let findings = report
        .findings
        .iter()
        .map(|f| JsonFinding {
            rule: f.rule.id(),
            severity: f.severity(),
            booths: &f.booths,
            exhibitors: f.exhibitors.iter().map(ToString::to_string).collect(),
            hall: f
                .hall
                .and_then(|h| plan.halls.get(&h))
                .map(|h| h.name.as_str()),
            message: &f.message,
            message_key: f.key,
            params: f
                .params
                .iter()
                .map(|(name, p)| {
                    let value = match p {
                        Param::Text(s) => serde_json::Value::from(s.as_str()),
                        Param::Length(mm) => serde_json::Value::from(*mm),
                        // Always a number: an area beyond i64 (a booth far out of range) is
                        // capped, and told apart by the finding's rule.
                        Param::Area(mm2) => {
                            serde_json::Value::from(i64::try_from(*mm2).unwrap_or(if *mm2 < 0 {
                                i64::MIN
                            } else {
                                i64::MAX
                            }))
                        }
                        Param::Count(n) => serde_json::Value::from(*n),
                    };
                    ((*name).to_owned(), value)
                })
                .collect(),
        })
        .collect();
    let json = JsonReport {
        errors: report.errors(),
        warnings: report.warnings(),
        infos: report.infos(),
        findings,
    };
    Ok(serde_json::to_string_pretty(&json)? + "\n")
}

/// A severity in the CLI's language: "error", "warning", "info".
fn severity_word(severity: Severity) -> String {
    t(match severity {
        Severity::Error => "severity-error",
        Severity::Warning => "severity-warning",
        Severity::Info => "severity-info",
    })
}

/// The report as lines for people, in the CLI's language.
pub fn report_text(plan: &Plan, report: &Report) -> String {
    let lang = current();
    // The severities in one column, as wide as the longest word ("warning": 7 in English).
    let width = [Severity::Error, Severity::Warning, Severity::Info]
        .map(|s| severity_word(s).chars().count())
        .into_iter()
        .max()
        .unwrap_or(7);
    let mut s = String::new();
    for f in &report.findings {
        let hall = f
            .hall
            .and_then(|h| plan.halls.get(&h))
            .map_or(String::new(), |h| format!(" [{}]", h.name));
        let _ = writeln!(
            s,
            "{:<width$} {}{hall}: {}",
            severity_word(f.severity()),
            f.rule.id(),
            f.text(lang)
        );
    }
    let _ = writeln!(
        s,
        "{}",
        ta(
            "cli-validate-summary",
            &[
                ("errors", num(report.errors())),
                ("warnings", num(report.warnings())),
                ("infos", num(report.infos())),
            ],
        )
    );
    s
}

/// `boothplan validate`.
pub fn validate_cmd(path: &Path, format: Format) -> anyhow::Result<u8> {
    let plan = match load_or_report(path) {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let report = validate(&plan);
    emit(&match format {
        Format::Text => report_text(&plan, &report),
        Format::Json => report_json(&plan, &report)?,
    })?;
    Ok(if report.errors() > 0 { HAS_ERRORS } else { OK })
}

#[derive(Serialize)]
struct Info<'a> {
    show_name: &'a str,
    venue: &'a str,
    revision: u64,
    halls: usize,
    hall_area_m2: f64,
    booths: usize,
    booths_available: usize,
    booths_on_hold: usize,
    booths_reserved: usize,
    booths_sold: usize,
    exhibitors: usize,
    allocated_exhibitors: usize,
    area_m2_booths: f64,
    area_m2_sold: f64,
}

fn info_of(plan: &Plan) -> Info<'_> {
    let count = |s: BoothStatus| plan.booths.values().filter(|b| b.status == s).count();
    Info {
        show_name: &plan.meta.show_name,
        venue: &plan.meta.venue,
        revision: plan.meta.revision,
        halls: plan.halls.len(),
        hall_area_m2: m2(plan
            .halls
            .values()
            .map(boothplan::model::Hall::area_mm2)
            .sum()),
        booths: plan.booths.len(),
        booths_available: count(BoothStatus::Available),
        booths_on_hold: count(BoothStatus::OnHold),
        booths_reserved: count(BoothStatus::Reserved),
        booths_sold: count(BoothStatus::Sold),
        exhibitors: plan.exhibitors.len(),
        allocated_exhibitors: plan.allocated_exhibitor_count(),
        area_m2_booths: m2(plan
            .booths
            .values()
            .map(boothplan::model::Booth::area_mm2)
            .sum()),
        area_m2_sold: m2(plan.area_sold_mm2()),
    }
}

/// A short summary for people, in the CLI's language.
pub fn info_text(plan: &Plan) -> String {
    let i = info_of(plan);
    let lang = current();
    let hall_area = if lang == Lang::En {
        format!("{:.0}", i.hall_area_m2)
    } else {
        boothplan::i18n::decimal(lang, i.hall_area_m2, 0)
    };
    let lines = [
        ta(
            "cli-info-title",
            &[
                ("show", Arg::from(i.show_name)),
                ("venue", Arg::from(i.venue)),
                ("revision", Arg::Text(i.revision.to_string())),
            ],
        ),
        ta(
            "cli-info-halls",
            &[("count", num(i.halls)), ("area", Arg::from(hall_area))],
        ),
        ta(
            "cli-info-booths",
            &[
                ("count", num(i.booths)),
                ("available", num(i.booths_available)),
                ("held", num(i.booths_on_hold)),
                ("reserved", num(i.booths_reserved)),
                ("sold", num(i.booths_sold)),
            ],
        ),
        ta(
            "cli-info-exhibitors",
            &[
                ("count", num(i.exhibitors)),
                ("allocated", num(i.allocated_exhibitors)),
            ],
        ),
        ta(
            "cli-info-area",
            &[
                (
                    "booths",
                    area_arg(
                        plan.booths
                            .values()
                            .map(boothplan::model::Booth::area_mm2)
                            .sum(),
                    ),
                ),
                ("sold", area_arg(plan.area_sold_mm2())),
            ],
        ),
    ];
    let mut s = String::new();
    for line in lines {
        let _ = writeln!(s, "{line}");
    }
    s
}

/// `boothplan info`.
pub fn info_cmd(path: &Path, format: Format) -> anyhow::Result<u8> {
    let plan = match load_or_report(path) {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    emit(&match format {
        Format::Text => info_text(&plan),
        Format::Json => serde_json::to_string_pretty(&info_of(&plan))? + "\n",
    })?;
    Ok(OK)
}

/// Saves a plan, reporting a failure as one line.
pub fn save_cmd(path: &Path, plan: &Plan) -> u8 {
    match boothplan::io::save(path, plan) {
        Ok(()) => OK,
        Err(e) => {
            complain(&e.text(boothplan::i18n::current()));
            UNREADABLE
        }
    }
}

/// Opens the editor on a plan file, or on the embedded demo show.
pub fn open_cmd(path: Option<&Path>) -> anyhow::Result<u8> {
    use boothplan::ui::{Renderer, window::RENDERER_VAR};
    let (plan, disk) = match path {
        Some(p) => match load_for_update(p) {
            Ok((plan, stamp)) => (plan, Some(stamp)),
            Err(code) => return Ok(code),
        },
        None => (boothplan::demo::demo_plan(), None),
    };
    let renderer = Renderer::from_env().map_err(|v| {
        anyhow::anyhow!(
            "{}",
            ta(
                "cli-renderer-unknown",
                &[
                    ("var", Arg::from(RENDERER_VAR)),
                    ("value", Arg::from(one_line(&v))),
                ],
            )
        )
    })?;
    match boothplan::ui::run_app(plan, path.map(Path::to_path_buf), disk, renderer) {
        Ok(()) => Ok(OK),
        // OpenGL could not start (no OpenGL 2 on some remote desktops): the same command again
        // with wgpu, in a new process, as the window system allows one event loop per process.
        Err(e)
            if e.before_opening
                && renderer == Renderer::Glow
                && std::env::var(RENDERER_VAR).map_or(true, |v| v.trim().is_empty()) =>
        {
            eprintln!(
                "{}",
                ta(
                    "cli-opengl-fallback",
                    &[("error", Arg::from(e.to_string()))]
                )
            );
            let status = std::process::Command::new(std::env::current_exe()?)
                .args(std::env::args_os().skip(1))
                .env(RENDERER_VAR, Renderer::Wgpu.name())
                .status()
                .map_err(|err| {
                    anyhow::anyhow!(
                        "{}",
                        ta(
                            "cli-editor-restart-failed",
                            &[("error", Arg::from(err.to_string()))]
                        )
                    )
                })?;
            Ok(status
                .code()
                .map_or(UNREADABLE, |c| u8::try_from(c).unwrap_or(UNREADABLE)))
        }
        Err(e) => Err(anyhow::anyhow!(
            "{}",
            ta(
                "cli-editor-open-failed",
                &[("error", Arg::from(e.to_string()))]
            )
        )),
    }
}

/// The language of an export or report: `--lang`, else the plan's own, else English.
pub(crate) fn export_language(
    flag: Option<boothplan::i18n::Lang>,
    plan: &boothplan::model::Plan,
) -> boothplan::i18n::Lang {
    flag.or(plan.meta.language).unwrap_or_default()
}

/// Today's date, `YYYY-MM-DD`.
pub(crate) fn today() -> String {
    boothplan::export::pdf::date_from_unix(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    )
}

/// `boothplan import`.
pub fn import_cmd(
    plan_path: &Path,
    list_path: &Path,
    output: Option<&Path>,
    accept_partial: bool,
    encoding: Option<EncodingArg>,
) -> anyhow::Result<u8> {
    use boothplan::io::import::{TextEncoding, apply, read_list};
    let (mut plan, read) = match load_for_update(plan_path) {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let encoding = encoding.map(|e| match e {
        EncodingArg::Utf8 => TextEncoding::Utf8,
        EncodingArg::Cp949 => TextEncoding::Cp949,
    });
    let list = match read_list(list_path, encoding) {
        Ok(l) => l,
        Err(e) => {
            complain(&e.text(boothplan::i18n::current()));
            return Ok(UNREADABLE);
        }
    };
    let applied = apply(&plan, &list.rows);
    let mut out = String::new();
    for column in &list.unknown_columns {
        let _ = writeln!(
            out,
            "{}",
            ta("cli-import-unused-column", &[("column", Arg::from(column))])
        );
    }
    let problems: Vec<String> = list
        .problems
        .iter()
        .chain(&applied.problems)
        .map(|p| p.text(boothplan::i18n::current()))
        .collect();
    for p in &problems {
        let _ = writeln!(out, "{p}");
    }
    if !problems.is_empty() && !accept_partial {
        let _ = writeln!(
            out,
            "{}",
            ta(
                "cli-import-refused",
                &[
                    ("problems", num(problems.len())),
                    ("good", num(list.rows.len())),
                ],
            )
        );
        emit(&out)?;
        return Ok(HAS_ERRORS);
    }
    // Success is reported only once it has happened: after the save.
    if let Some(edit) = applied.edit {
        boothplan::edit::apply(&mut plan, edit);
        let code = write_result(plan_path, output, &plan, &read);
        if code != OK {
            emit(&out)?;
            return Ok(code);
        }
    }
    let _ = writeln!(
        out,
        "{}",
        ta(
            "cli-import-done",
            &[
                ("added", num(applied.added)),
                ("updated", num(applied.updated)),
                ("file", path_arg(list_path)),
            ],
        )
    );
    emit(&out)?;
    Ok(if problems.is_empty() { OK } else { HAS_ERRORS })
}

/// A refusal for a plan file: "why, in FILE".
pub(crate) fn refused_in(why: &dyn std::fmt::Display, plan_path: &Path) -> String {
    ta(
        "cli-refused-in",
        &[
            ("error", Arg::from(why.to_string())),
            ("file", path_arg(plan_path)),
        ],
    )
}

/// Parses "3x3" or "2.5x4" metres into millimetres.
fn parse_size(s: &str) -> Option<(i64, i64)> {
    let (w, d) = s.split_once(['x', 'X', '×'])?;
    Some((metres(w)?, metres(d)?))
}

fn metres(s: &str) -> Option<i64> {
    let v: f64 = s.trim().parse().ok()?;
    (v.is_finite() && v.abs() < 1e7).then(|| (v * 1000.0).round() as i64)
}

/// `boothplan generate`.
pub fn generate_cmd(
    plan_path: &Path,
    hall: &str,
    rect: &str,
    booth: &str,
    output: Option<&Path>,
) -> anyhow::Result<u8> {
    use boothplan::layout::generate::{BlockSpec, DEFAULT_MAX_ROW_MM, generate};
    let (mut plan, read) = match load_for_update(plan_path) {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let Some(hall_id) = plan
        .halls
        .iter()
        .find(|(_, h)| {
            h.name.eq_ignore_ascii_case(hall.trim()) || h.code.eq_ignore_ascii_case(hall.trim())
        })
        .map(|(id, _)| *id)
    else {
        let known: Vec<&str> = plan.halls.values().map(|h| h.name.as_str()).collect();
        complain(&ta(
            "cli-generate-no-hall",
            &[
                ("hall", Arg::from(hall)),
                ("file", path_arg(plan_path)),
                ("halls", Arg::from(known.join(", "))),
            ],
        ));
        return Ok(UNREADABLE);
    };
    let parts: Vec<Option<i64>> = rect.split(',').map(metres).collect();
    let [Some(x), Some(y), Some(w), Some(d)] = parts[..] else {
        complain(&ta("cli-generate-bad-rect", &[("rect", Arg::from(rect))]));
        return Ok(UNREADABLE);
    };
    let Some((bw, bd)) = parse_size(booth) else {
        complain(&ta(
            "cli-generate-bad-booth",
            &[("booth", Arg::from(booth))],
        ));
        return Ok(UNREADABLE);
    };
    let spec = BlockSpec {
        hall: hall_id,
        area: boothplan::model::Rect::new(x, y, w, d),
        booth_w_mm: bw,
        booth_d_mm: bd,
        max_row_mm: DEFAULT_MAX_ROW_MM,
    };
    match generate(&plan, &spec) {
        Ok(block) => {
            emit(&format!(
                "{}\n",
                ta(
                    "cli-generate-done",
                    &[
                        ("count", num(block.booths.len())),
                        ("dropped", num(block.pruned)),
                    ],
                )
            ))?;
            boothplan::edit::apply(&mut plan, block.edit());
            Ok(write_result(plan_path, output, &plan, &read))
        }
        Err(e) => {
            complain(&refused_in(&e.text(boothplan::i18n::current()), plan_path));
            Ok(HAS_ERRORS)
        }
    }
}

/// How `export map` writes its file (resolution, paper, orientation, scale); `None` (after
/// saying why) when print options are given for a format that is not printed.
fn map_output(command: &ExportCommand, output: &Path) -> Option<boothplan::export::MapOutput> {
    use boothplan::export::print::{Orientation, PrintOptions};
    let ExportCommand::Map {
        dpi,
        paper,
        landscape,
        portrait,
        scale,
        ..
    } = command
    else {
        return None;
    };
    let pdf = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if !pdf && (paper.is_some() || *landscape || *portrait || scale.is_some()) {
        complain(&ta("cli-map-print-options", &[("file", path_arg(output))]));
        return None;
    }
    Some(boothplan::export::MapOutput {
        dpi: *dpi,
        print: PrintOptions {
            paper: paper.map_or(PrintOptions::default().paper, Into::into),
            orientation: if *landscape {
                Some(Orientation::Landscape)
            } else if *portrait {
                Some(Orientation::Portrait)
            } else {
                None
            },
            scale: *scale,
        },
    })
}

/// `boothplan export map`: the map's text for the terminal, or `None` after saying why
/// the options do not fit the output.
fn map_cmd(
    plan: &Plan,
    plan_path: &Path,
    command: &ExportCommand,
    output: &Path,
    lang: boothplan::i18n::Lang,
) -> Option<Result<String, boothplan::export::ExportError>> {
    use boothplan::export::{ExportError, MapOptions, export_map};
    let ExportCommand::Map {
        hall,
        highlight,
        underlay,
        ..
    } = command
    else {
        return None;
    };
    let out = map_output(command, output)?;
    let html = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html"));
    if *underlay && html {
        complain(&ta("cli-map-underlay-html", &[("file", path_arg(output))]));
        return None;
    }
    Some(
        MapOptions::resolve(plan, hall.as_deref(), highlight.as_deref())
            .and_then(|mut options| {
                options.lang = lang;
                if *underlay {
                    options.underlays = underlay::underlays(plan, plan_path, options.hall)
                        .map_err(ExportError::Refused)?;
                }
                export_map(plan, &options, output, &out)
            })
            .map(|note| match note {
                Some(note) => ta(
                    "cli-map-written-note",
                    &[("file", path_arg(output)), ("note", Arg::from(note))],
                ),
                None => ta("cli-map-written", &[("file", path_arg(output))]),
            }),
    )
}

/// `boothplan export …`.
pub fn export_cmd(
    command: &ExportCommand,
    lang: Option<boothplan::i18n::Lang>,
) -> anyhow::Result<u8> {
    use boothplan::export::lists::{CsvEncoding, ListOrder};
    use boothplan::export::pdf::{Paper, write_packs};
    use boothplan::export::{ExportError, ListKind, ListSettings, export_list};
    let (plan_path, output) = match command {
        ExportCommand::Map { plan, output, .. }
        | ExportCommand::List { plan, output, .. }
        | ExportCommand::Directory { plan, output, .. }
        | ExportCommand::Packs { plan, output, .. } => (plan, output),
    };
    let plan = match load_or_report(plan_path) {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let lang = export_language(lang, &plan);
    let paper = Paper::from;
    let settings = |order: ListOrder, encoding: CsvEncodingArg, p: PaperArg| ListSettings {
        order,
        encoding: match encoding {
            CsvEncodingArg::Utf8 => CsvEncoding::Utf8Bom,
            CsvEncodingArg::Cp949 => CsvEncoding::Cp949,
        },
        paper: paper(p),
        printed: today(),
        contacts: false,
        lang,
    };
    let result: Result<String, ExportError> = match command {
        ExportCommand::Map { .. } => match map_cmd(&plan, plan_path, command, output, lang) {
            Some(result) => result,
            None => return Ok(2),
        },
        ExportCommand::List {
            by,
            encoding,
            paper: p,
            contacts,
            ..
        } => {
            let order = match by {
                ListBy::Booth => ListOrder::Booth,
                ListBy::Company => ListOrder::Company,
                ListBy::Hall => ListOrder::Hall,
            };
            export_list(
                &plan,
                ListKind::Allocation,
                &ListSettings {
                    contacts: *contacts,
                    ..settings(order, *encoding, *p)
                },
                output,
            )
        }
        ExportCommand::Directory {
            encoding, paper: p, ..
        } => export_list(
            &plan,
            ListKind::Directory,
            &settings(ListOrder::Booth, *encoding, *p),
            output,
        ),
        ExportCommand::Packs { paper: p, .. } => {
            // The progress lines in the CLI's language (the packs are in the export's).
            let says = current();
            write_packs(&plan, output, paper(*p), lang, |done, total, number| {
                let line = boothplan::i18n::tr(
                    says,
                    "cli-pack-progress",
                    &[
                        ("done", num_in(says, done)),
                        ("total", num_in(says, total)),
                        ("number", Arg::from(number)),
                    ],
                );
                eprintln!("{}", one_line(&line));
            })
            .map(|files| {
                ta(
                    "cli-packs-written",
                    &[("count", num(files.len())), ("folder", path_arg(output))],
                )
            })
        }
    };
    match result {
        Ok(message) => {
            emit(&(message + "\n"))?;
            Ok(OK)
        }
        Err(e) => {
            complain(&e.text(boothplan::i18n::current()));
            Ok(UNREADABLE)
        }
    }
}
