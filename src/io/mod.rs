//! Plan files: RON documents with a format version, migrations, and crash-safe saving.
//!
//! A plan file is deterministic: the same plan always gives the same bytes (ordered maps,
//! fixed formatting), so plans diff and merge in git. The first field is `format_version`.
//! Older versions are migrated on load ([`migrate`]); newer ones are refused with a message
//! that says so. Unknown fields are errors, never silently dropped. Every error names the file,
//! and parse errors the line and column.

pub mod atomic;
pub mod drawing;
pub mod import;
mod migrate;
pub mod stamp;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Plan;
pub use atomic::{WriteOptions, backup_path, is_changed_on_disk, same_file, write_atomic};

/// The format version this build writes.
pub const FORMAT_VERSION: u32 = 2;
/// Files larger than this are refused before reading (a 60,000-booth plan is about 30 MiB).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// Deepest nesting accepted while parsing (a plan nests six levels).
const RECURSION_LIMIT: usize = 64;

const HEADER: &str =
    "// boothplan plan file. Written by boothplan; unknown fields are refused on load.\n";

/// What a plan file holds.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document<P> {
    format_version: u32,
    plan: P,
}

/// Why a plan could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{kind}, in {}", path.display())]
pub struct LoadError {
    /// The file.
    pub path: PathBuf,
    /// What went wrong.
    pub kind: LoadErrorKind,
}

/// The ways reading a plan fails.
#[derive(Debug, thiserror::Error)]
pub enum LoadErrorKind {
    /// The file could not be read.
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
    /// Not a regular file (a FIFO, a device, a folder): refused before it is opened.
    #[error("this is {0}, not a regular file; plans are read only from regular files")]
    NotAFile(&'static str),
    /// The file is empty.
    #[error("the file is empty")]
    Empty,
    /// The file is larger than any plan.
    #[error("the file is {bytes} bytes, larger than the {limit}-byte limit for a plan")]
    TooLarge {
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The file is not text.
    #[error("line {line}, column {column}: this is not a text file (binary data)")]
    NotText {
        /// Line of the first non-text byte.
        line: usize,
        /// Column of the first non-text byte.
        column: usize,
    },
    /// RON syntax or structure error.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser says.
        message: String,
    },
    /// Written by a newer boothplan.
    #[error(
        "the file is format version {found}, newer than this boothplan understands (up to {supported}); update boothplan to open it"
    )]
    NewerVersion {
        /// Version in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// A version that never existed.
    #[error("the file says format version {0}, which boothplan never wrote")]
    UnknownVersion(u32),
}

/// Why a plan could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Writing failed; the cause says whether the previous file is intact.
    #[error("could not save {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The plan's file would be larger than any plan boothplan loads; nothing was written.
    #[error(
        "could not save {}: the plan would take {} MiB, more than the {} MiB a plan file may be; nothing was written",
        path.display(), bytes / (1024 * 1024), limit / (1024 * 1024)
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Size of the text.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The plan could not be serialised (a bug).
    #[error("could not serialise the plan: {0}")]
    Serialise(String),
    /// The file changed on disk since it was opened or last saved (someone else saved, a `git
    /// pull`, a sync client); nothing was written over it.
    #[error(
        "{} changed on disk since it was opened or last saved (another program or person saved it); nothing was written over it",
        path.display()
    )]
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
    },
}

/// The plan as the text of a plan file.
///
/// # Errors
/// Only if serialisation fails, which the model's types never do.
pub fn to_ron_string(plan: &Plan) -> Result<String, SaveError> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(4)
        .new_line("\n")
        .indentor("    ");
    let doc = Document {
        format_version: FORMAT_VERSION,
        plan,
    };
    let body = ron::Options::default()
        .to_string_pretty(&doc, config)
        .map_err(|e| SaveError::Serialise(e.to_string()))?;
    Ok(format!("{HEADER}{body}\n"))
}

/// Saves a plan crash-safely, keeping the previous file as `NAME.bak`.
///
/// # Errors
/// I/O failures, with the path; the previous file is then untouched.
pub fn save(path: &Path, plan: &Plan) -> Result<(), SaveError> {
    save_with(path, plan, WriteOptions::default()).map(drop)
}

/// Saves a plan crash-safely, keeping a backup only if `options` say so; the stamp of the
/// file written.
///
/// # Errors
/// As [`save`].
pub fn save_with(
    path: &Path,
    plan: &Plan,
    options: WriteOptions<'_>,
) -> Result<stamp::Stamp, SaveError> {
    let text = to_ron_string(plan)?;
    // Nothing boothplan saves may be unloadable: refuse before writing.
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(SaveError::TooLarge {
            path: path.to_owned(),
            bytes: text.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    write_atomic(path, text.as_bytes(), options)
        .map(|()| stamp::Stamp::of(path, text.as_bytes()))
        .map_err(|source| {
            if is_changed_on_disk(&source) {
                SaveError::ChangedOnDisk {
                    path: path.to_owned(),
                }
            } else {
                SaveError::Io {
                    path: path.to_owned(),
                    source,
                }
            }
        })
}

/// Reads a plan file.
///
/// # Errors
/// A [`LoadError`] naming the file (and line and column for parse errors).
pub fn load(path: &Path) -> Result<Plan, LoadError> {
    let err = |kind| LoadError {
        path: path.to_owned(),
        kind,
    };
    let bytes = read_regular_file(path, MAX_FILE_BYTES).map_err(|e| err(e.into()))?;
    from_bytes(&bytes).map_err(err)
}

/// Why a file could not be read whole.
#[derive(Debug)]
pub enum ReadError {
    /// The operating system's error.
    Io(std::io::Error),
    /// Not a regular file: what it is ("a folder", "a FIFO", "a device").
    NotAFile(&'static str),
    /// Larger than the limit (`bytes` is what was seen, at least `limit + 1`).
    TooLarge {
        /// Bytes seen.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
}

/// What a non-regular file is, for messages.
pub fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if meta.is_dir() {
        "a folder"
    } else {
        "not a regular file"
    }
}

/// Reads a regular file (links followed) of at most `limit` bytes. Anything else — a FIFO
/// that would block, a device that never ends, a folder — is refused before it is opened, and
/// at most `limit + 1` bytes are read whatever the file's size claims.
///
/// # Errors
/// [`ReadError`].
pub fn read_regular_file(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(kind_of(&meta)));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            bytes: meta.len(),
            limit,
        });
    }
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            bytes: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Parses the bytes of a plan file.
///
/// # Errors
/// What is wrong with them, with line and column where it applies.
pub fn from_bytes(bytes: &[u8]) -> Result<Plan, LoadErrorKind> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let (line, column) = line_col(bytes, e.valid_up_to());
            return Err(LoadErrorKind::NotText { line, column });
        }
    };
    from_str(text)
}

/// Parses the text of a plan file.
///
/// # Errors
/// What is wrong with it, with line and column where it applies.
pub fn from_str(text: &str) -> Result<Plan, LoadErrorKind> {
    // Windows editors start UTF-8 files with a byte-order mark: it is not part of the plan.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadErrorKind::Empty);
    }
    if let Some(pos) = text
        .bytes()
        .position(|b| b == 0 || (b < 0x20 && !b"\t\n\r".contains(&b)))
    {
        let (line, column) = line_col(text.as_bytes(), pos);
        return Err(LoadErrorKind::NotText { line, column });
    }
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let version = sniff_version(text);
    match version {
        Some(v) if v > FORMAT_VERSION => Err(LoadErrorKind::NewerVersion {
            found: v,
            supported: FORMAT_VERSION,
        }),
        Some(1) => {
            let doc: Document<migrate::PlanV1> = options
                .from_str(text)
                .map_err(|e| with_first_line(syntax(&e), text))?;
            Ok(migrate::from_v1(doc.plan))
        }
        Some(0) => Err(LoadErrorKind::UnknownVersion(0)),
        _ => {
            let doc: Document<Plan> = options
                .from_str(text)
                .map_err(|e| with_first_line(syntax(&e), text))?;
            if doc.format_version > FORMAT_VERSION {
                // `format_version` was not the first field, so the sniff missed it.
                return Err(LoadErrorKind::NewerVersion {
                    found: doc.format_version,
                    supported: FORMAT_VERSION,
                });
            }
            if doc.format_version != FORMAT_VERSION {
                return Err(LoadErrorKind::UnknownVersion(doc.format_version));
            }
            Ok(doc.plan)
        }
    }
}

fn syntax(e: &ron::error::SpannedError) -> LoadErrorKind {
    LoadErrorKind::Syntax {
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    }
}

/// For an id that appears twice, says where it first appears as well.
fn with_first_line(kind: LoadErrorKind, text: &str) -> LoadErrorKind {
    let LoadErrorKind::Syntax {
        line,
        column,
        message,
    } = kind
    else {
        return kind;
    };
    let Some(rest) = message
        .split_once(crate::model::DUPLICATE_ID)
        .map(|(_, r)| r.trim().trim_end_matches(['"', '.']).to_owned())
    else {
        return LoadErrorKind::Syntax {
            line,
            column,
            message,
        };
    };
    let (section, what) = match rest.chars().next() {
        Some('H') => ("halls", "hall"),
        Some('O') => ("obstacles", "obstacle"),
        Some('X') => ("exits", "exit"),
        Some('Z') => ("zones", "zone"),
        Some('B') => ("booths", "booth"),
        _ => ("exhibitors", "exhibitor"),
    };
    let number = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let entry = format!("{number}: (");
    let first = text
        .lines()
        .enumerate()
        .skip_while(|(_, l)| l.trim() != format!("{section}: {{"))
        .find(|(_, l)| l.trim() == entry)
        .map(|(i, _)| i + 1);
    let message = match first {
        Some(first) if first != line => format!(
            "{what} id {number} appears twice in {section}, first on line {first} and again here; keep one (a merge may have written both)"
        ),
        _ => format!(
            "{what} id {number} appears twice in {section}; keep one (a merge may have written both)"
        ),
    };
    LoadErrorKind::Syntax {
        line,
        column,
        message,
    }
}

/// Reads `format_version: N` at the start of the document without parsing the rest, so a
/// newer file is refused for its version rather than for fields this build does not know.
fn sniff_version(text: &str) -> Option<u32> {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    let rest = rest.strip_prefix('(')?.trim_start();
    let rest = rest.strip_prefix("format_version")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// 1-based line and column (in characters) of byte `offset`.
fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.split(|b| *b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_the_version_past_comments() {
        assert_eq!(
            sniff_version("// hi\n// there\n(\n  format_version: 7,\n plan: ()"),
            Some(7)
        );
        assert_eq!(sniff_version("(plan: (), format_version: 2)"), None);
    }

    #[test]
    fn line_and_column_count_characters() {
        assert_eq!(line_col("ab\n한빛x".as_bytes(), 9), (2, 3));
    }
}
