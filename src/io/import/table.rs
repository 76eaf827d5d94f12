//! Reading a list file into a table of text cells: CSV (encodings, quotes, line numbers as the
//! file's lines) and XLSX (cell by cell, bounded).

use std::collections::BTreeMap;
use std::path::Path;

use super::{MAX_LIST_BYTES, TextEncoding};
use crate::io::message::{Message, msg, plain};

/// Decodes CSV bytes: the asked encoding, else UTF-8 (BOM stripped) when valid, else CP949.
///
/// # Errors
/// When the bytes are not text in the chosen encoding.
pub fn decode(bytes: &[u8], encoding: Option<TextEncoding>) -> Result<String, Message> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let utf8 = std::str::from_utf8(bytes);
    match (encoding, utf8) {
        (Some(TextEncoding::Utf8) | None, Ok(s)) => Ok(s.to_owned()),
        (Some(TextEncoding::Utf8), Err(e)) => {
            Err(msg!("import-not-utf8", byte = plain(e.valid_up_to()),))
        }
        (Some(TextEncoding::Cp949), _) | (None, Err(_)) => {
            let (text, _, had_errors) = encoding_rs::EUC_KR.decode(bytes);
            if had_errors {
                Err(msg!("import-not-text"))
            } else {
                Ok(text.into_owned())
            }
        }
    }
}

/// Header and records with the line each starts on.
pub(super) type Table = (Vec<String>, Vec<(usize, Vec<String>)>);

/// The line (from 1) on which a record starting at byte `offset` begins, whatever the line
/// endings: the CSV reader may report a record as starting on the line break before it (the
/// `\n` of a `\r\n`), which is skipped.
fn line_at(text: &str, line_starts: &[usize], offset: usize) -> usize {
    let skip = text.as_bytes().get(offset..).map_or(0, |rest| {
        rest.iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count()
    });
    line_starts.partition_point(|s| *s <= offset + skip)
}

/// The line of a quoted field that is opened and never closed, if any. Quoting is tracked as
/// the CSV reader does: a quote opens a field only at its start, `""` inside is a quote, and a
/// quote in the middle of a field (`12" Screens`) is plain text.
fn unclosed_quote_line(text: &str) -> Option<usize> {
    #[derive(PartialEq)]
    enum State {
        FieldStart,
        Plain,
        Quoted,
        AfterQuote,
    }
    let mut state = State::FieldStart;
    let mut line = 1;
    let mut opened_on = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let newline = c == '\n' || (c == '\r' && chars.peek() != Some(&'\n'));
        state = match state {
            State::Quoted => {
                if c == '"' {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        State::Quoted
                    } else {
                        State::AfterQuote
                    }
                } else {
                    State::Quoted
                }
            }
            _ if c == ',' || newline => State::FieldStart,
            State::FieldStart if c == '"' => {
                opened_on = line;
                State::Quoted
            }
            State::FieldStart | State::Plain => State::Plain,
            State::AfterQuote => State::AfterQuote,
        };
        if newline {
            line += 1;
        }
    }
    (state == State::Quoted).then_some(opened_on)
}

pub(super) fn read_csv(text: &str) -> Result<Table, Message> {
    if let Some(line) = unclosed_quote_line(text) {
        return Err(msg!("import-unclosed-quote", line = plain(line)));
    }
    // A line ends at `\n`, `\r\n` or a lone `\r` (Excel for Mac), as the CSV reader's records do.
    let bytes = text.as_bytes();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(bytes.iter().enumerate().filter_map(|(i, b)| {
            let ends = *b == b'\n' || (*b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            ends.then_some(i + 1)
        }))
        .collect();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h.iter().map(str::to_owned).collect::<Vec<_>>(),
        Some(Err(e)) => return Err(msg!("import-bad-header", error = e.to_string())),
        None => return Err(msg!("import-empty")),
    };
    let mut rows = Vec::new();
    for record in records {
        match record {
            Ok(r) => {
                let line = r
                    .position()
                    .map_or(0, |p| line_at(text, &line_starts, p.byte() as usize));
                if r.iter().all(|f| f.trim().is_empty()) {
                    continue; // Blank lines are not rows.
                }
                rows.push((line, r.iter().map(str::to_owned).collect()));
            }
            Err(e) => {
                let line = e
                    .position()
                    .map_or(0, |p| line_at(text, &line_starts, p.byte() as usize));
                rows.push((line, vec![format!("\u{0}{e}")]));
            }
        }
    }
    Ok((header, rows))
}

/// Columns a list may have; a cell beyond is refused rather than allocated.
const MAX_LIST_COLUMNS: u32 = 256;
/// Rows a list may have.
const MAX_LIST_ROWS: u32 = 1_000_000;
/// Non-empty cells a list may have.
const MAX_LIST_CELLS: usize = 5_000_000;

/// Reads the first sheet cell by cell (memory follows the cells written, not the sheet's
/// claimed size: one cell at `XFD1048576` is refused, not a 512 GB grid).
pub(super) fn read_xlsx(path: &Path) -> Result<Table, Message> {
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook(path)
        .map_err(|e| msg!("import-not-a-spreadsheet", error = format!("{e}")))?;
    let sheet = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| msg!("import-no-sheet"))?;
    let unreadable_sheet = |e: calamine::XlsxError| {
        msg!(
            "import-sheet-unreadable",
            sheet = &sheet,
            error = e.to_string()
        )
    };
    let mut cells = book
        .worksheet_cells_reader(&sheet)
        .map_err(unreadable_sheet)?;
    let text = |c: Data| match c {
        Data::Empty => String::new(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
        other => other.to_string(),
    };
    let mut grid: BTreeMap<u32, BTreeMap<u32, String>> = BTreeMap::new();
    let mut count = 0usize;
    let mut bytes = 0usize;
    while let Some(cell) = cells.next_cell().map_err(unreadable_sheet)? {
        let (row, col) = cell.get_position();
        let value = text(Data::from(cell.get_value().clone()));
        if value.trim().is_empty() {
            continue;
        }
        if col >= MAX_LIST_COLUMNS || row >= MAX_LIST_ROWS {
            return Err(msg!(
                "import-cell-beyond",
                sheet = &sheet,
                row = plain(row + 1),
                column = plain(col + 1),
                rows = plain(MAX_LIST_ROWS),
                columns = plain(MAX_LIST_COLUMNS),
            ));
        }
        count += 1;
        bytes += value.len();
        if bytes > MAX_LIST_BYTES as usize {
            return Err(msg!(
                "import-sheet-too-much-text",
                sheet = &sheet,
                limit = plain(MAX_LIST_BYTES / (1024 * 1024)),
            ));
        }
        if count > MAX_LIST_CELLS {
            return Err(msg!(
                "import-sheet-too-many-values",
                sheet = &sheet,
                limit = plain(MAX_LIST_CELLS),
            ));
        }
        grid.entry(row).or_default().insert(col, value);
    }
    let width = grid
        .values()
        .filter_map(|r| r.keys().next_back())
        .max()
        .map_or(0, |c| *c as usize + 1);
    // Rows are padded to the widest: bound what that padding may make.
    if grid.len().saturating_mul(width) > MAX_LIST_CELLS {
        return Err(msg!(
            "import-sheet-too-many-cells",
            sheet = &sheet,
            rows = plain(grid.len()),
            columns = plain(width),
        ));
    }
    let mut rows = grid.into_iter().map(|(r, cols)| {
        let mut v = vec![String::new(); width];
        for (c, value) in cols {
            v[c as usize] = value;
        }
        (r as usize + 1, v)
    });
    let (_, header) = rows.next().ok_or_else(|| msg!("import-empty-sheet"))?;
    Ok((header, rows.collect()))
}
