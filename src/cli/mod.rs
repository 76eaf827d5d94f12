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
use boothplan::model::geom::{fmt_m2, m2};
use boothplan::model::{BoothStatus, Plan};
use boothplan::validate::{Report, Severity, validate};
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
                complain(&e);
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
        complain(&e);
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

/// The report as lines for people.
pub fn report_text(plan: &Plan, report: &Report) -> String {
    let mut s = String::new();
    for f in &report.findings {
        let hall = f
            .hall
            .and_then(|h| plan.halls.get(&h))
            .map_or(String::new(), |h| format!(" [{}]", h.name));
        let _ = writeln!(
            s,
            "{:<7} {}{hall}: {}",
            f.severity().label(),
            f.rule.id(),
            f.message
        );
    }
    let _ = writeln!(
        s,
        "{} errors, {} warnings, {} infos",
        report.errors(),
        report.warnings(),
        report.infos()
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

/// A short summary for people.
pub fn info_text(plan: &Plan) -> String {
    let i = info_of(plan);
    let mut s = String::new();
    let _ = writeln!(s, "{} — {} (revision {})", i.show_name, i.venue, i.revision);
    let _ = writeln!(s, "halls: {} ({:.0} m²)", i.halls, i.hall_area_m2);
    let _ = writeln!(
        s,
        "booths: {} ({} available, {} on hold, {} reserved, {} sold)",
        i.booths, i.booths_available, i.booths_on_hold, i.booths_reserved, i.booths_sold
    );
    let _ = writeln!(
        s,
        "exhibitors: {} ({} allocated)",
        i.exhibitors, i.allocated_exhibitors
    );
    let _ = writeln!(
        s,
        "area: {} in booths, {} sold",
        fmt_m2(
            plan.booths
                .values()
                .map(boothplan::model::Booth::area_mm2)
                .sum()
        ),
        fmt_m2(plan.area_sold_mm2())
    );
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
            complain(&e);
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
            "{RENDERER_VAR}=\"{}\" names no renderer: use \"glow\" (OpenGL) or \"wgpu\"",
            one_line(&v)
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
            eprintln!("OpenGL cannot draw the editor here ({e}); trying wgpu.");
            let status = std::process::Command::new(std::env::current_exe()?)
                .args(std::env::args_os().skip(1))
                .env(RENDERER_VAR, Renderer::Wgpu.name())
                .status()
                .map_err(|err| anyhow::anyhow!("cannot start the editor again with wgpu: {err}"))?;
            Ok(status
                .code()
                .map_or(UNREADABLE, |c| u8::try_from(c).unwrap_or(UNREADABLE)))
        }
        Err(e) => Err(anyhow::anyhow!("cannot open the editor window: {e}")),
    }
}

/// Today's date for printed footers (`YYYY-MM-DD`).
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
            complain(&e);
            return Ok(UNREADABLE);
        }
    };
    let applied = apply(&plan, &list.rows);
    let mut out = String::new();
    for column in &list.unknown_columns {
        let _ = writeln!(out, "note: column \"{column}\" is not used");
    }
    let problems: Vec<String> = list
        .problems
        .iter()
        .chain(&applied.problems)
        .map(ToString::to_string)
        .collect();
    for p in &problems {
        let _ = writeln!(out, "{p}");
    }
    if !problems.is_empty() && !accept_partial {
        let _ = writeln!(
            out,
            "{} rows have problems: nothing imported (use --accept-partial to import the {} good rows)",
            problems.len(),
            list.rows.len()
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
        "{} exhibitors added, {} updated, from {}",
        applied.added,
        applied.updated,
        list_path.display()
    );
    emit(&out)?;
    Ok(if problems.is_empty() { OK } else { HAS_ERRORS })
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
        complain(&format!(
            "no hall \"{hall}\" in {} (halls: {})",
            plan_path.display(),
            known.join(", ")
        ));
        return Ok(UNREADABLE);
    };
    let parts: Vec<Option<i64>> = rect.split(',').map(metres).collect();
    let [Some(x), Some(y), Some(w), Some(d)] = parts[..] else {
        complain(&format!("--rect must be X,Y,W,D in metres, not \"{rect}\""));
        return Ok(UNREADABLE);
    };
    let Some((bw, bd)) = parse_size(booth) else {
        complain(&format!(
            "--booth must be WxD in metres, like 3x3, not \"{booth}\""
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
                "{} booths generated ({} dropped to keep the plan free of errors)\n",
                block.booths.len(),
                block.pruned
            ))?;
            boothplan::edit::apply(&mut plan, block.edit());
            Ok(write_result(plan_path, output, &plan, &read))
        }
        Err(e) => {
            complain(&format!("{e}, in {}", plan_path.display()));
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
        complain(&format!(
            "--paper, --landscape, --portrait and --scale are for a PDF map, not {}",
            output.display()
        ));
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
        complain(&format!(
            "--underlay draws venue drawings on SVG, PNG and PDF maps, not on the HTML map {}",
            output.display()
        ));
        return None;
    }
    Some(
        MapOptions::resolve(plan, hall.as_deref(), highlight.as_deref())
            .and_then(|mut options| {
                if *underlay {
                    options.underlays = underlay::underlays(plan, plan_path, options.hall)
                        .map_err(ExportError::Refused)?;
                }
                export_map(plan, &options, output, &out)
            })
            .map(|note| match note {
                Some(note) => format!("map written to {} ({note})", output.display()),
                None => format!("map written to {}", output.display()),
            }),
    )
}

/// `boothplan export …`.
pub fn export_cmd(command: &ExportCommand) -> anyhow::Result<u8> {
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
    };
    let result: Result<String, ExportError> = match command {
        ExportCommand::Map { .. } => match map_cmd(&plan, plan_path, command, output) {
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
            write_packs(&plan, output, paper(*p), |done, total, number| {
                eprintln!("{}", one_line(&format!("pack {done}/{total}: {number}")));
            })
            .map(|files| format!("{} packs written to {}", files.len(), output.display()))
        }
    };
    match result {
        Ok(message) => {
            emit(&(message + "\n"))?;
            Ok(OK)
        }
        Err(e) => {
            complain(&e);
            Ok(UNREADABLE)
        }
    }
}
