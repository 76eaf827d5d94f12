//! The command line's arguments and subcommands (clap).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Floor plans for exhibitions: booths, exhibitors, live validation, exports.
#[derive(Debug, Parser)]
#[command(name = "boothplan", version, about)]
pub struct Cli {
    /// Plan file to open (the embedded demo show when omitted).
    pub plan: Option<PathBuf>,
    /// Language of exports and reports (maps, lists, packs, change and sales reports) and of
    /// the messages: en, ko or vi. Default: the plan's own language for exports, else
    /// English; the system's language for messages.
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<boothplan::i18n::Lang>,
    /// What to do; without a command boothplan opens the plan.
    #[command(subcommand)]
    pub command: Option<Command>,
}

fn parse_lang(s: &str) -> Result<boothplan::i18n::Lang, String> {
    boothplan::i18n::Lang::from_code(s).ok_or_else(|| {
        boothplan::i18n::ta(
            "cli-lang-unknown",
            &[("value", boothplan::i18n::Arg::from(format!("{s:?}")))],
        )
    })
}

/// Output format of reports.
#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum Format {
    /// Lines for people.
    #[default]
    Text,
    /// One JSON object for tools.
    Json,
}

/// Reports.
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Booths, m² and revenue by status (available, on hold, reserved, sold), by hall, zone,
    /// country, sector and booth type; companies still without a booth.
    Sales {
        /// The plan file.
        plan: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: ReportFormat,
        /// Write here instead of to the terminal.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// Output formats of `report`.
#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum ReportFormat {
    /// Lines for people.
    #[default]
    Text,
    /// One JSON object for tools.
    Json,
    /// One row per breakdown, group and status, for spreadsheets.
    Csv,
    /// One or two A4 pages for the committee, charts drawn as vectors.
    Pdf,
}

/// Booth changes.
#[derive(Debug, Subcommand)]
pub enum BoothCommand {
    /// Merge two or more free booths that together form a rectangle into the first.
    Merge {
        /// The plan file.
        plan: PathBuf,
        /// Booth numbers (or ids such as B17), the first keeping its number.
        #[arg(required = true, num_args = 2..)]
        booths: Vec<String>,
        /// Write the result here instead of updating the plan file.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Split a free booth into equal parts, numbered in order (A-101A, A-101B, …).
    Split {
        /// The plan file.
        plan: PathBuf,
        /// Booth number (or id such as B17).
        booth: String,
        /// Number of parts (2 to 26).
        #[arg(long, default_value_t = 2)]
        parts: u32,
        /// Cut along x (its width: parts side by side) or y (its depth: one behind another).
        #[arg(long, value_enum, default_value_t = AlongArg::X)]
        along: AlongArg,
        /// Write the result here instead of updating the plan file.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// Which way `booth split` cuts.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum AlongArg {
    /// Along the width (east–west).
    X,
    /// Along the depth (north–south).
    Y,
}

/// Output formats of `diff`.
#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum DiffFormat {
    /// Lines for people, grouped by hall.
    #[default]
    Text,
    /// One JSON object for tools.
    Json,
    /// One row per change for spreadsheets.
    Csv,
    /// The change report for staff: by hall, then booth, with a map of each hall marking the
    /// changed booths (needs -o).
    Pdf,
    /// The change report as one self-contained HTML file.
    Html,
}

/// What to export.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// A map of the site or one hall; the format follows the extension (.svg, .png, .pdf,
    /// .html).
    Map {
        /// The plan file.
        plan: PathBuf,
        /// Output file.
        #[arg(short, long)]
        output: PathBuf,
        /// One hall only (name or code).
        #[arg(long)]
        hall: Option<String>,
        /// Booth number or exhibitor id to highlight ("Your booth").
        #[arg(long)]
        highlight: Option<String>,
        /// Resolution of a PNG.
        #[arg(long, default_value_t = 150)]
        dpi: u32,
        /// Paper of a PDF map (A3 when not given); tiled over several sheets when the scale
        /// needs more than one.
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
        /// Print the PDF map in landscape (the orientation that prints larger when neither
        /// this nor --portrait is given).
        #[arg(long, conflicts_with = "portrait")]
        landscape: bool,
        /// Print the PDF map in portrait.
        #[arg(long)]
        portrait: bool,
        /// Scale of a PDF map, e.g. 1:200 (the largest that fits one sheet when not given).
        #[arg(long, value_parser = boothplan::export::print::parse_scale)]
        scale: Option<u32>,
        /// Draw the venue drawings under the halls (SVG, PNG and PDF maps).
        #[arg(long)]
        underlay: bool,
    },
    /// The allocation list, one row per booth (.csv or .pdf).
    List {
        /// The plan file.
        plan: PathBuf,
        /// Output file.
        #[arg(short, long)]
        output: PathBuf,
        /// Row order.
        #[arg(long, value_enum, default_value_t = ListBy::Booth)]
        by: ListBy,
        /// Text encoding of the CSV.
        #[arg(long, value_enum, default_value_t = CsvEncodingArg::Utf8)]
        encoding: CsvEncodingArg,
        /// Paper of the PDF (landscape).
        #[arg(long, value_enum, default_value_t = PaperArg::A4)]
        paper: PaperArg,
        /// Add contact person, e-mail, phone and external id columns to the CSV.
        #[arg(long)]
        contacts: bool,
    },
    /// The exhibitor directory, alphabetical by company (.csv or .pdf).
    Directory {
        /// The plan file.
        plan: PathBuf,
        /// Output file.
        #[arg(short, long)]
        output: PathBuf,
        /// Text encoding of the CSV.
        #[arg(long, value_enum, default_value_t = CsvEncodingArg::Utf8)]
        encoding: CsvEncodingArg,
        /// Paper of the PDF (landscape).
        #[arg(long, value_enum, default_value_t = PaperArg::A4)]
        paper: PaperArg,
    },
    /// One PDF per allocated exhibitor: a page per booth, its hall map with the booth
    /// highlighted and its details.
    Packs {
        /// The plan file.
        plan: PathBuf,
        /// Folder to write the packs into.
        #[arg(short, long)]
        output: PathBuf,
        /// Paper.
        #[arg(long, value_enum, default_value_t = PaperArg::A4)]
        paper: PaperArg,
    },
}

/// Paper sizes.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum PaperArg {
    /// ISO A4.
    A4,
    /// ISO A3.
    A3,
    /// ISO A2.
    A2,
    /// ISO A1.
    A1,
    /// ISO A0.
    A0,
    /// US Letter.
    Letter,
    /// US Tabloid (11 × 17 in).
    Tabloid,
}

impl From<PaperArg> for boothplan::export::pdf::Paper {
    fn from(p: PaperArg) -> Self {
        match p {
            PaperArg::A4 => Self::A4,
            PaperArg::A3 => Self::A3,
            PaperArg::A2 => Self::A2,
            PaperArg::A1 => Self::A1,
            PaperArg::A0 => Self::A0,
            PaperArg::Letter => Self::Letter,
            PaperArg::Tabloid => Self::Tabloid,
        }
    }
}

/// Orders of the allocation list.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ListBy {
    /// By booth number.
    Booth,
    /// By company.
    Company,
    /// By hall.
    Hall,
}

/// CSV encodings.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum CsvEncodingArg {
    /// UTF-8 with a byte-order mark.
    #[value(name = "utf-8")]
    Utf8,
    /// Korean CP949.
    Cp949,
}

/// Encodings accepted by `--encoding`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum EncodingArg {
    /// UTF-8 (with or without BOM).
    #[value(name = "utf-8")]
    Utf8,
    /// Korean CP949 / EUC-KR.
    Cp949,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a plan against every rule. Exit 0: no errors; 1: errors; 2: unreadable file.
    Validate {
        /// The plan file.
        plan: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Summarise a plan: halls, booths, exhibitors, area sold.
    Info {
        /// The plan file.
        plan: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Write the embedded demo show to a file.
    Demo {
        /// Where to write it.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Import exhibitors from a CSV or XLSX list. Exit 0: all imported; 1: refused, or partly
    /// imported with problems; 2: unreadable file.
    Import {
        /// The plan file.
        plan: PathBuf,
        /// The list (.csv or .xlsx).
        list: PathBuf,
        /// Write the result here instead of updating the plan file.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Import the good rows even when some rows have problems.
        #[arg(long)]
        accept_partial: bool,
        /// Text encoding of a CSV list (detected when omitted).
        #[arg(long, value_enum)]
        encoding: Option<EncodingArg>,
    },
    /// Fill a rectangle of a hall with rows of booths.
    Generate {
        /// The plan file.
        plan: PathBuf,
        /// Hall name or code.
        #[arg(long)]
        hall: String,
        /// Rectangle to fill, in metres: X,Y,W,D (site coordinates).
        #[arg(long)]
        rect: String,
        /// Booth size in metres, width by depth, such as `3x3`.
        #[arg(long, default_value = "3x3")]
        booth: String,
        /// Write the result here instead of updating the plan file.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Allocate exhibitors without a booth to available booths.
    Allocate {
        /// The plan file.
        plan: PathBuf,
        /// Write the result here instead of updating the plan file.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Output format of the summary.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
        /// For a company that no single free booth fits, merge neighbouring free booths
        /// (two to four in a row) into one that does.
        #[arg(long)]
        merge: bool,
    },
    /// Export maps (SVG, PNG, HTML) and lists (CSV).
    #[command(subcommand)]
    Export(ExportCommand),
    /// Reports for the organising committee.
    #[command(subcommand)]
    Report(ReportCommand),
    /// Merge free booths into one, or split a booth into equal parts. Exit 0: done; 1:
    /// refused (the reason on stderr); 2: unreadable file.
    #[command(subcommand)]
    Booth(BoothCommand),
    /// Tell what changed between two plans, by stable id. Exit 0: the same; 1: they differ;
    /// 2: one cannot be read.
    Diff {
        /// The older plan.
        old: PathBuf,
        /// The newer plan.
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: DiffFormat,
        /// Write here instead of to the terminal (required for a PDF).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Paper of the PDF report.
        #[arg(long, value_enum, default_value_t = PaperArg::A4)]
        paper: PaperArg,
    },
    /// Merge two plans descended from a common one, field by field. Exit 0: merged cleanly;
    /// 1: with conflicts (ours kept, theirs listed in the plan); 2: an input cannot be read.
    Merge {
        /// The common ancestor.
        base: PathBuf,
        /// Our version: kept where both changed the same field.
        ours: PathBuf,
        /// Their version.
        theirs: PathBuf,
        /// Write the merged plan here (standard output when not given).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Format of the conflict report.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Git's external diff driver: `git config diff.boothplan.command "boothplan git-diff"`.
    /// Git passes the path, then the old file, hash and mode, then the new ones.
    #[command(hide = true)]
    GitDiff {
        /// What git passes.
        #[arg(num_args = 1..)]
        args: Vec<PathBuf>,
    },
    /// Write a synthetic plan of many booths (for stress tests and benchmarks).
    Synth {
        /// Number of booths (at most 300,000: larger plans exceed what a plan file may hold).
        #[arg(long, default_value_t = 60_000, value_parser = clap::value_parser!(u32).range(1..=300_000))]
        booths: u32,
        /// Random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Where to write it.
        #[arg(short, long)]
        output: PathBuf,
    },
}
