//! Importing exhibitor lists from CSV (UTF-8, UTF-8 with BOM, CP949/EUC-KR) and XLSX.
//!
//! Columns are recognised by their header, in English or Korean, ignoring case and spaces.
//! Every row with a problem is reported with its line in the file; the caller decides whether
//! to import nothing or only the good rows.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

mod table;

pub use table::decode;
use table::{Table, read_csv, read_xlsx};

use super::message::{Message, kind_word, msg, plain};
use crate::edit::Edit;
use crate::i18n::{Arg, Lang, tr};
use crate::model::{Exhibitor, ExhibitorId, Plan, ZoneId};

/// Text encodings of CSV files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// Korean Windows code page 949 (a superset of EUC-KR).
    Cp949,
}

/// The fields an import can set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    /// Company name (required).
    Name,
    /// Country.
    Country,
    /// Sector.
    Sector,
    /// Contracted area in m².
    Area,
    /// Preferred zone or pavilion, by name.
    Zone,
    /// Competitors, by name or external id, separated by `;`.
    Competitors,
    /// Priority, a whole number.
    Priority,
    /// E-mail.
    Email,
    /// Id in the organiser's own list.
    ExternalId,
}

impl Field {
    /// The field a header names, if any ("회사명", "Company", "Area (m²)").
    pub fn from_header(header: &str) -> Option<Field> {
        let h: String = header
            .trim()
            .trim_start_matches('\u{feff}')
            .to_lowercase()
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '_' && *c != '-')
            .collect();
        let h = h
            .trim_end_matches("(m²)")
            .trim_end_matches("(m2)")
            .trim_end_matches("m²")
            .trim_end_matches("m2");
        Some(match h {
            "name" | "company" | "companyname" | "exhibitor" | "회사명" | "업체명" | "기업명"
            | "회사" => Field::Name,
            "country" | "국가" | "나라" => Field::Country,
            "sector" | "industry" | "분야" | "업종" => Field::Sector,
            "area" | "contractedarea" | "면적" | "계약면적" => Field::Area,
            "zone" | "pavilion" | "구역" | "관" => Field::Zone,
            "competitors" | "competitor" | "경쟁사" => Field::Competitors,
            "priority" | "우선순위" => Field::Priority,
            "email" | "mail" | "이메일" => Field::Email,
            "externalid" | "id" | "외부id" | "등록번호" => Field::ExternalId,
            _ => return None,
        })
    }
}

/// One good row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// Line in the file where the row starts.
    pub line: usize,
    /// Values by field (only the columns the file has).
    pub values: BTreeMap<Field, String>,
    /// Contracted area, square millimetres, when given.
    pub area_mm2: Option<i64>,
    /// Priority, when given.
    pub priority: Option<i32>,
}

/// A row that cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Line in the file.
    pub line: usize,
    /// What is wrong, in English (what scripts read).
    pub message: String,
    /// What is wrong, in any language ([`Problem::message_text`]).
    pub detail: Message,
}

impl Problem {
    /// A problem on a line.
    fn new(line: usize, detail: Message) -> Self {
        Self {
            line,
            message: detail.to_string(),
            detail,
        }
    }

    /// What is wrong, in a language (without the line: `message` in English).
    pub fn message_text(&self, lang: Lang) -> String {
        self.detail.text(lang)
    }

    /// The line and what is wrong, on one line, in a language; in English exactly what
    /// `Display` writes.
    pub fn text(&self, lang: Lang) -> String {
        tr(
            lang,
            "import-problem-on-line",
            &[
                ("line", Arg::from(self.line.to_string())),
                ("message", Arg::from(one_line(&self.detail.text(lang)))),
            ],
        )
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// A message that stays on one line whatever values it quotes (a quoted line break in a
/// list is shown as `\n`).
fn one_line(message: &str) -> String {
    message.replace('\r', "\\r").replace('\n', "\\n")
}

/// What a list file holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct List {
    /// Good rows.
    pub rows: Vec<Row>,
    /// Rows with problems.
    pub problems: Vec<Problem>,
    /// Headers that name no known column (reported, not fatal).
    pub unknown_columns: Vec<String>,
}

/// Why a list cannot be read at all.
#[derive(Debug)]
pub enum ImportError {
    /// The file cannot be read.
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// Not a list: empty, no header, no name column, or not CSV/XLSX.
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: Message,
    },
}

impl ImportError {
    /// The message in a language, on one line, naming the file; in English exactly what
    /// `Display` writes.
    pub fn text(&self, lang: Lang) -> String {
        let file = |p: &Path| Arg::from(p.display().to_string());
        match self {
            Self::Io { path, source } => tr(
                lang,
                "import-cannot-read",
                &[
                    (
                        "error",
                        Arg::from(super::message::io_error_text(source, lang)),
                    ),
                    ("path", file(path)),
                ],
            ),
            Self::Unreadable { path, message } => tr(
                lang,
                "import-unreadable",
                &[
                    ("message", Arg::from(one_line(&message.text(lang)))),
                    ("path", file(path)),
                ],
            ),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for ImportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { source, .. } => Some(source),
            Self::Unreadable { .. } => None,
        }
    }
}

/// Largest exhibitor list read (CSV or XLSX).
pub const MAX_LIST_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a CSV or XLSX list (by extension).
///
/// # Errors
/// When the file cannot be read or is not a list at all. Row problems are not errors: they are
/// in [`List::problems`].
pub fn read_list(path: &Path, encoding: Option<TextEncoding>) -> Result<List, ImportError> {
    let unreadable = |message: Message| ImportError::Unreadable {
        path: path.to_owned(),
        message,
    };
    let is_xlsx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    let read = |path: &Path| {
        super::read_regular_file(path, MAX_LIST_BYTES).map_err(|e| match e {
            super::ReadError::Io(source) => ImportError::Io {
                path: path.to_owned(),
                source,
            },
            super::ReadError::NotAFile(what) => ImportError::Unreadable {
                path: path.to_owned(),
                message: msg!("import-not-a-file", what = kind_word(what)),
            },
            super::ReadError::TooLarge { limit, .. } => ImportError::Unreadable {
                path: path.to_owned(),
                message: msg!("import-too-large", limit = plain(limit / (1024 * 1024))),
            },
        })
    };
    let table = if is_xlsx {
        // Checked (regular, size) before the spreadsheet reader opens it.
        read(path)?;
        read_xlsx(path).map_err(unreadable)?
    } else {
        let bytes = read(path)?;
        let text = decode(&bytes, encoding).map_err(unreadable)?;
        read_csv(&text).map_err(unreadable)?
    };
    parse_table(table).map_err(unreadable)
}

/// Reads a CSV list already in memory as text.
///
/// # Errors
/// When the text is not a list at all: why, in English (see [`list_from_text_in`]).
pub fn list_from_text(text: &str) -> Result<List, String> {
    list_from_text_in(text).map_err(|m| m.to_string())
}

/// Reads a CSV list already in memory as text.
///
/// # Errors
/// When the text is not a list at all: why, in any language.
pub fn list_from_text_in(text: &str) -> Result<List, Message> {
    parse_table(read_csv(text)?)
}

/// An area in m²: "12", "12.5", "12,5" (decimal comma), "1,000.5" (thousands separators with
/// a decimal point). "1,000" could be a thousand or one (a decimal comma): it is refused with a
/// message rather than guessed, never read as 1.
fn parse_area(a: &str) -> Result<f64, AreaProblem> {
    let a = a.trim();
    // Digit groups after the first: "1,000" is ["000"], "1.000.000" is ["000", "000"].
    let groups = |sep: char| -> Option<usize> {
        let mut parts = a.split(sep);
        let first = parts.next()?;
        let rest: Vec<&str> = parts.collect();
        let ok = (1..=3).contains(&first.len())
            && first.chars().all(|c| c.is_ascii_digit())
            && !rest.is_empty()
            && rest
                .iter()
                .all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()));
        ok.then_some(rest.len())
    };
    let text = match (groups(','), groups('.')) {
        // "1,000,000": only thousands separators can repeat like that.
        (Some(n), _) if n >= 2 => a.replace(',', ""),
        (_, Some(n)) if n >= 2 => a.replace('.', ""),
        // "1,000" or "1.000": a thousand, or one with three decimals?
        (Some(_), _) | (_, Some(_)) => {
            return Err(AreaProblem::Ambiguous);
        }
        _ => {
            let (int, frac) = a.split_once('.').unwrap_or((a, ""));
            if int.contains(',') && !frac.is_empty() {
                // "1,000.5": grouped thousands with a decimal point.
                format!("{}.{frac}", int.replace(',', ""))
            } else if a.matches(',').count() == 1 && !a.contains('.') {
                a.replace(',', ".")
            } else {
                a.to_owned()
            }
        }
    };
    let v: f64 = text
        .trim_end_matches('.')
        .parse()
        .map_err(|_| AreaProblem::NotANumber)?;
    if (0.0..1e9).contains(&v) {
        Ok(v)
    } else {
        Err(AreaProblem::OutOfRange)
    }
}

/// Why an area cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AreaProblem {
    /// "1,000": a thousand, or one?
    Ambiguous,
    /// Not a number.
    NotANumber,
    /// Negative, or more than any hall.
    OutOfRange,
}

impl AreaProblem {
    /// The problem with the value `a` as it was written.
    fn message(self, a: &str) -> Message {
        match self {
            AreaProblem::Ambiguous => msg!("import-area-ambiguous", value = a),
            AreaProblem::NotANumber => msg!("import-area-not-a-number", value = a),
            AreaProblem::OutOfRange => msg!("import-area-out-of-range", value = a),
        }
    }
}

fn parse_table((header, records): Table) -> Result<List, Message> {
    let fields: Vec<Option<Field>> = header.iter().map(|h| Field::from_header(h)).collect();
    if !fields.contains(&Some(Field::Name)) {
        return Err(msg!("import-no-name-column", header = header.join(", ")));
    }
    for (i, f) in fields.iter().enumerate() {
        if let Some(f) = f
            && let Some(j) = fields[..i].iter().position(|g| g.as_ref() == Some(f))
        {
            return Err(msg!(
                "import-same-field-twice",
                first = plain(j + 1),
                first_header = header[j].trim(),
                second = plain(i + 1),
                second_header = header[i].trim(),
            ));
        }
    }
    let mut list = List {
        unknown_columns: header
            .iter()
            .zip(&fields)
            .filter(|(h, f)| f.is_none() && !h.trim().is_empty())
            .map(|(h, _)| h.trim().to_owned())
            .collect(),
        ..List::default()
    };
    for (line, record) in records {
        if let Some(err) = record.first().and_then(|f| f.strip_prefix('\u{0}')) {
            list.problems.push(Problem::new(
                line,
                msg!("import-unreadable-row", error = err),
            ));
            continue;
        }
        if record.len() != header.len() {
            list.problems.push(Problem::new(
                line,
                msg!(
                    "import-field-count",
                    count = plain(record.len()),
                    header = plain(header.len()),
                ),
            ));
            continue;
        }
        let mut row = Row {
            line,
            ..Row::default()
        };
        for (field, value) in fields.iter().zip(&record) {
            if let Some(f) = field {
                // Composed (NFC): a name pasted from a Mac arrives decomposed, "Vie\u{302}\u{303}n",
                // and would neither match "Viễn" nor print as one letter.
                row.values
                    .insert(*f, crate::text::nfc(value.trim()).into_owned());
            }
        }
        if row.values.get(&Field::Name).is_none_or(String::is_empty) {
            list.problems
                .push(Problem::new(line, msg!("import-no-company-name")));
            continue;
        }
        if let Some(a) = row.values.get(&Field::Area).filter(|a| !a.is_empty()) {
            match parse_area(a) {
                Ok(v) => {
                    row.area_mm2 = Some((v * 1e6).round() as i64);
                }
                Err(why) => {
                    list.problems.push(Problem::new(line, why.message(a)));
                    continue;
                }
            }
        }
        if let Some(p) = row.values.get(&Field::Priority).filter(|p| !p.is_empty()) {
            if let Ok(v) = p.parse::<i32>() {
                row.priority = Some(v);
            } else {
                {
                    list.problems.push(Problem::new(
                        line,
                        msg!("import-priority-not-whole", value = p),
                    ));
                    continue;
                }
            }
        }
        list.rows.push(row);
    }
    Ok(list)
}

/// What applying an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// The change, as one undoable edit.
    pub edit: Option<Edit>,
    /// New exhibitors.
    pub added: usize,
    /// Existing exhibitors updated (matched by external id, else by name).
    pub updated: usize,
    /// Problems found while resolving zones and competitors.
    pub problems: Vec<Problem>,
}

/// Turns good rows into exhibitors: existing ones (same external id, else same name) are
/// updated, others added. Zones and competitors are resolved by name or external id.
#[expect(
    clippy::too_many_lines,
    reason = "one row read column by column, each with its own message"
)]
pub fn apply(plan: &Plan, rows: &[Row]) -> Applied {
    let mut work: BTreeMap<ExhibitorId, Exhibitor> = plan.exhibitors.clone();
    let mut free = crate::model::free_ids(plan.exhibitors.keys().map(|k| k.0).collect());
    let key = |s: &str| s.trim().to_lowercase();
    // Indexes by name and external id (every id holding each, so the lowest wins as before):
    // one lookup per row, not a scan of every company.
    let mut by_name: HashMap<String, BTreeSet<ExhibitorId>> = HashMap::new();
    let mut by_external: HashMap<String, BTreeSet<ExhibitorId>> = HashMap::new();
    for (id, e) in &work {
        by_name.entry(key(&e.name)).or_default().insert(*id);
        if let Some(x) = &e.external_id {
            by_external.entry(x.clone()).or_default().insert(*id);
        }
    }
    let first = |index: &HashMap<String, BTreeSet<ExhibitorId>>, k: &str| {
        index.get(k).and_then(|ids| ids.first().copied())
    };
    let mut zones: HashMap<String, ZoneId> = HashMap::new();
    for (zid, zone) in &plan.zones {
        zones.entry(key(&zone.name)).or_insert(*zid);
    }
    let mut applied = Applied::default();
    let mut row_ids = Vec::new();
    for row in rows {
        let name = row.values.get(&Field::Name).cloned().unwrap_or_default();
        let external = row
            .values
            .get(&Field::ExternalId)
            .filter(|s| !s.is_empty())
            .cloned();
        let existing = external
            .as_ref()
            .and_then(|x| first(&by_external, x))
            .or_else(|| first(&by_name, &key(&name)));
        let id = if let Some(id) = existing {
            id
        } else {
            let Some(raw) = free.next() else {
                applied
                    .problems
                    .push(Problem::new(row.line, msg!("import-no-id-left")));
                continue;
            };
            let id = ExhibitorId(raw);
            work.insert(id, Exhibitor::new(String::new(), 0));
            applied.added += 1;
            id
        };
        if existing.is_some() {
            applied.updated += 1;
        }
        let Some(e) = work.get_mut(&id) else { continue };
        if let Some(ids) = by_name.get_mut(&key(&e.name)) {
            ids.remove(&id);
        }
        by_name.entry(key(&name)).or_default().insert(id);
        e.name = name;
        if let Some(v) = row.values.get(&Field::Country) {
            e.country = v.clone();
        }
        if let Some(v) = row.values.get(&Field::Sector) {
            e.sector = v.clone();
        }
        if let Some(a) = row.area_mm2 {
            e.contracted_area_mm2 = a;
        }
        if let Some(p) = row.priority {
            e.priority = p;
        }
        if let Some(v) = row.values.get(&Field::Email) {
            e.contact.email = v.clone();
        }
        if let Some(x) = external {
            if let Some(old) = &e.external_id
                && let Some(ids) = by_external.get_mut(old)
            {
                ids.remove(&id);
            }
            by_external.entry(x.clone()).or_default().insert(id);
            e.external_id = Some(x);
        }
        if let Some(z) = row.values.get(&Field::Zone).filter(|z| !z.is_empty()) {
            match zones.get(&key(z)) {
                Some(zid) => e.preferred_zone = Some(*zid),
                None => applied.problems.push(Problem::new(
                    row.line,
                    msg!("import-no-such-zone", zone = z),
                )),
            }
        }
        row_ids.push((row, id));
    }
    // Competitors, once every company of the list exists.
    for (row, id) in &row_ids {
        let Some(list) = row
            .values
            .get(&Field::Competitors)
            .filter(|c| !c.is_empty())
        else {
            continue;
        };
        for wanted in list
            .split([';', '|'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let found = match (first(&by_name, &key(wanted)), first(&by_external, wanted)) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            match found {
                Some(c) if c != *id => {
                    if let Some(e) = work.get_mut(id) {
                        e.competitors.insert(c);
                    }
                    if let Some(e) = work.get_mut(&c) {
                        e.competitors.insert(*id);
                    }
                }
                Some(_) => {}
                None => applied.problems.push(Problem::new(
                    row.line,
                    msg!("import-no-such-competitor", competitor = wanted),
                )),
            }
        }
    }
    let edits: Vec<Edit> = work
        .into_iter()
        .filter(|(id, e)| plan.exhibitors.get(id) != Some(e))
        .map(|(id, e)| Edit::Exhibitor(id, Some(e)))
        .collect();
    applied.edit = (!edits.is_empty()).then_some(Edit::Batch(edits));
    applied
}
