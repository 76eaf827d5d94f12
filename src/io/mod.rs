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
pub mod message;
mod migrate;
mod ron_text;
pub mod stamp;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, Lang, tr};
use crate::model::Plan;
pub use atomic::{WriteOptions, backup_path, is_changed_on_disk, same_file, write_atomic};
use message::msg;
pub use message::{Message, io_error_text};

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
#[derive(Debug)]
pub struct LoadError {
    /// The file.
    pub path: PathBuf,
    /// What went wrong.
    pub kind: LoadErrorKind,
}

impl LoadError {
    /// The message in a language, naming the file (and the line and column where it applies);
    /// in English exactly what `Display` writes.
    pub fn text(&self, lang: Lang) -> String {
        tr(
            lang,
            "load-error-in-file",
            &[
                ("error", Arg::from(self.kind.text(lang))),
                ("path", Arg::from(self.path.display().to_string())),
            ],
        )
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for LoadError {}

/// The ways reading a plan fails.
#[derive(Debug)]
pub enum LoadErrorKind {
    /// The file could not be read.
    Io(std::io::Error),
    /// Not a regular file (a FIFO, a device, a folder): refused before it is opened.
    NotAFile(&'static str),
    /// The file is empty.
    Empty,
    /// The file is larger than any plan.
    TooLarge {
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The file is not text.
    NotText {
        /// Line of the first non-text byte.
        line: usize,
        /// Column of the first non-text byte.
        column: usize,
    },
    /// RON syntax or structure error.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser says, in English (what scripts read).
        message: String,
        /// The same in any language, where boothplan knows the parser's words; else the
        /// English is shown in every language.
        detail: Option<Message>,
    },
    /// Written by a newer boothplan.
    NewerVersion {
        /// Version in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// A version that never existed.
    UnknownVersion(u32),
}

impl LoadErrorKind {
    /// The message in a language (the line and column where it applies); in English exactly
    /// what `Display` writes.
    pub fn text(&self, lang: Lang) -> String {
        let n = |v: usize| Arg::from(v.to_string());
        match self {
            Self::Io(e) => tr(
                lang,
                "load-cannot-read",
                &[("error", Arg::from(message::io_error_text(e, lang)))],
            ),
            Self::NotAFile(what) => tr(
                lang,
                "load-not-a-file",
                &[("what", message::kind_word(what).arg(lang))],
            ),
            Self::Empty => tr(lang, "load-empty", &[]),
            Self::TooLarge { bytes, limit } => tr(
                lang,
                "load-too-large",
                &[
                    ("bytes", Arg::from(bytes.to_string())),
                    ("limit", Arg::from(limit.to_string())),
                ],
            ),
            Self::NotText { line, column } => tr(
                lang,
                "load-not-text",
                &[("line", n(*line)), ("column", n(*column))],
            ),
            Self::Syntax {
                line,
                column,
                message,
                detail,
            } => {
                let said = match detail {
                    Some(d) if lang != Lang::En => d.text(lang),
                    _ => message.clone(),
                };
                tr(
                    lang,
                    "load-syntax",
                    &[
                        ("line", n(*line)),
                        ("column", n(*column)),
                        ("message", Arg::from(said)),
                    ],
                )
            }
            Self::NewerVersion { found, supported } => tr(
                lang,
                "load-newer-version",
                &[
                    ("found", Arg::from(found.to_string())),
                    ("supported", Arg::from(supported.to_string())),
                ],
            ),
            Self::UnknownVersion(v) => tr(
                lang,
                "load-unknown-version",
                &[("version", Arg::from(v.to_string()))],
            ),
        }
    }
}

impl std::fmt::Display for LoadErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for LoadErrorKind {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<std::io::Error> for LoadErrorKind {
    fn from(e: std::io::Error) -> Self {
        Self::Io(e)
    }
}

/// Why a plan could not be saved.
#[derive(Debug)]
pub enum SaveError {
    /// Writing failed; the cause says whether the previous file is intact.
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The plan's file would be larger than any plan boothplan loads; nothing was written.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Size of the text.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The plan could not be serialised (a bug).
    Serialise(String),
    /// The file changed on disk since it was opened or last saved (someone else saved, a `git
    /// pull`, a sync client); nothing was written over it.
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
    },
}

impl SaveError {
    /// The message in a language, naming the file; in English exactly what `Display` writes.
    pub fn text(&self, lang: Lang) -> String {
        let path = |p: &Path| Arg::from(p.display().to_string());
        match self {
            Self::Io { path: p, source } => tr(
                lang,
                "save-io",
                &[
                    ("path", path(p)),
                    ("error", Arg::from(message::io_error_text(source, lang))),
                ],
            ),
            Self::TooLarge {
                path: p,
                bytes,
                limit,
            } => tr(
                lang,
                "save-too-large",
                &[
                    ("path", path(p)),
                    ("size", Arg::from((bytes / (1024 * 1024)).to_string())),
                    ("limit", Arg::from((limit / (1024 * 1024)).to_string())),
                ],
            ),
            Self::Serialise(e) => tr(lang, "save-serialise", &[("error", Arg::from(e))]),
            Self::ChangedOnDisk { path: p } => {
                tr(lang, "save-changed-on-disk", &[("path", path(p))])
            }
        }
    }
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { source, .. } => Some(source),
            _ => None,
        }
    }
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
        detail: ron_text::detail(&e.code),
    }
}

/// For an id that appears twice, says where it first appears as well.
fn with_first_line(kind: LoadErrorKind, text: &str) -> LoadErrorKind {
    let LoadErrorKind::Syntax {
        line,
        column,
        message,
        detail,
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
            detail,
        };
    };
    let (section, what) = match rest.chars().next() {
        Some('H') => ("halls", "load-what-hall"),
        Some('O') => ("obstacles", "load-what-obstacle"),
        Some('X') => ("exits", "load-what-exit"),
        Some('Z') => ("zones", "load-what-zone"),
        Some('B') => ("booths", "load-what-booth"),
        _ => ("exhibitors", "load-what-exhibitor"),
    };
    let number = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let entry = format!("{number}: (");
    let first = text
        .lines()
        .enumerate()
        .skip_while(|(_, l)| l.trim() != format!("{section}: {{"))
        .find(|(_, l)| l.trim() == entry)
        .map(|(i, _)| i + 1);
    let what = message::Value::Word(what);
    let detail = match first {
        Some(first) if first != line => msg!(
            "load-duplicate-id-first",
            what = what,
            number = number,
            section = section,
            first = first.to_string(),
        ),
        _ => msg!(
            "load-duplicate-id",
            what = what,
            number = number,
            section = section,
        ),
    };
    LoadErrorKind::Syntax {
        line,
        column,
        message: detail.to_string(),
        detail: Some(detail),
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
