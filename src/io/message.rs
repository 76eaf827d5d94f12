//! Messages of the file layer kept as a catalogue key and typed values, so each is written in
//! any language: English for `Display` (what scripts, logs and tests read), the editor's or the
//! CLI's language for people ([`Message::text`]).
//!
//! Pure: nothing here reads or writes a file.

use std::fmt;
use std::io;

use crate::i18n::{Arg, Lang, tr};

/// `msg!("import-no-company-name", line = n.to_string())`: a [`Message`] with named values.
macro_rules! msg {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::io::message::Message {
            key: $key,
            params: vec![$((stringify!($name), $crate::io::message::Value::from($value))),*],
        }
    };
}
pub(crate) use msg;

/// A value a message names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Text written as it is in every language: a path, a name from a list, a number as the
    /// file has it, a parser's own words.
    Text(String),
    /// A word of the catalogue, by its key, written in the message's language.
    Word(&'static str),
    /// Another message, written in the same language.
    Message(Box<Message>),
    /// What the operating system said.
    Os(OsText),
}

impl Value {
    /// The value as a message argument in a language.
    pub fn arg(&self, lang: Lang) -> Arg {
        match self {
            Value::Text(s) => Arg::Text(s.clone()),
            Value::Word(key) => Arg::Text(tr(lang, key, &[])),
            Value::Message(m) => Arg::Text(m.text(lang)),
            Value::Os(o) => Arg::Text(o.text(lang)),
        }
    }

    /// The value written in a language.
    pub fn text(&self, lang: Lang) -> String {
        match self.arg(lang) {
            Arg::Text(s) => s,
            Arg::Int(n) => crate::i18n::count(lang, i128::from(n)),
        }
    }

    /// What an I/O error says, in any language (see [`io_error_text`]).
    pub fn io(e: &io::Error) -> Self {
        match e.get_ref() {
            Some(inner) if inner.is::<super::atomic::ChangedOnDisk>() => {
                Value::Word("save-changed-since-read")
            }
            Some(inner) => match inner.downcast_ref::<WriteFailure>() {
                Some(w) => Value::Message(Box::new(w.0.clone())),
                None => Value::Os(OsText::of(e)),
            },
            None => Value::Os(OsText::of(e)),
        }
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::Text(s.clone())
    }
}

impl From<Message> for Value {
    fn from(m: Message) -> Self {
        Value::Message(Box::new(m))
    }
}

impl From<OsText> for Value {
    fn from(o: OsText) -> Self {
        Value::Os(o)
    }
}

/// A message: its catalogue key and the values it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The catalogue key; empty for words from elsewhere (a decoder's, a parser's), which are
    /// written as they are.
    pub key: &'static str,
    /// The values, by parameter name.
    pub params: Vec<(&'static str, Value)>,
}

impl Message {
    /// Words from elsewhere, written as they are in every language.
    pub fn verbatim(text: impl Into<String>) -> Self {
        Self::of(Value::Text(text.into()))
    }

    /// One value as a whole message (an error the system wrote, another message).
    pub fn of(value: Value) -> Self {
        Self {
            key: "",
            params: vec![("text", value)],
        }
    }

    /// The message in a language.
    pub fn text(&self, lang: Lang) -> String {
        if self.key.is_empty() {
            return self.params.iter().map(|(_, v)| v.text(lang)).collect();
        }
        let args: Vec<(&str, Arg)> = self
            .params
            .iter()
            .map(|(name, v)| (*name, v.arg(lang)))
            .collect();
        tr(lang, self.key, &args)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// What the operating system said about a failed read or write, kept so it can be said in
/// another language: the common cases ("not found", "permission denied", "disk full") are
/// translated, with the system's error number; anything else is its English text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OsText {
    kind: io::ErrorKind,
    code: Option<i32>,
    /// True when the error is the system's own (no words of a program in it).
    plain: bool,
    english: String,
}

impl OsText {
    /// What `e` says.
    pub fn of(e: &io::Error) -> Self {
        Self {
            kind: e.kind(),
            code: e.raw_os_error(),
            plain: e.get_ref().is_none(),
            english: e.to_string(),
        }
    }

    /// The error in a language; in English exactly what the system's error says.
    pub fn text(&self, lang: Lang) -> String {
        if lang == Lang::En || !self.plain {
            return self.english.clone();
        }
        let Some(key) = os_key(self.kind) else {
            return self.english.clone();
        };
        let what = tr(lang, key, &[]);
        match self.code {
            Some(code) => tr(
                lang,
                "io-os-error",
                &[
                    ("message", Arg::from(what)),
                    ("code", Arg::from(code.to_string())),
                ],
            ),
            None => what,
        }
    }
}

/// The catalogue word for the common kinds of system error.
fn os_key(kind: io::ErrorKind) -> Option<&'static str> {
    use io::ErrorKind as K;
    Some(match kind {
        K::NotFound => "io-os-not-found",
        K::PermissionDenied => "io-os-permission-denied",
        K::AlreadyExists => "io-os-already-exists",
        K::IsADirectory => "io-os-is-a-directory",
        K::NotADirectory => "io-os-not-a-directory",
        K::ReadOnlyFilesystem => "io-os-read-only-filesystem",
        K::StorageFull => "io-os-storage-full",
        K::QuotaExceeded => "io-os-quota-exceeded",
        K::FileTooLarge => "io-os-file-too-large",
        K::ResourceBusy => "io-os-resource-busy",
        K::InvalidFilename => "io-os-invalid-filename",
        K::StaleNetworkFileHandle => "io-os-stale-network-file",
        K::TimedOut => "io-os-timed-out",
        _ => return None,
    })
}

/// An error of a crash-safe write, carried inside an [`io::Error`] so callers keep their
/// `io::Result`: its `Display` is the English message, [`io_error_text`] writes it in any
/// language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriteFailure(pub Message);

impl fmt::Display for WriteFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for WriteFailure {}

impl WriteFailure {
    /// An [`io::Error`] of `kind` carrying the message.
    pub fn error(kind: io::ErrorKind, message: Message) -> io::Error {
        io::Error::new(kind, Self(message))
    }
}

/// What an I/O error says, in a language: boothplan's own words about a save (see
/// [`WriteFailure`], [`super::atomic::ChangedOnDisk`]) are translated, and so are the system's
/// common errors; in English it is always exactly `e.to_string()`.
pub fn io_error_text(e: &io::Error, lang: Lang) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    if let Some(inner) = e.get_ref() {
        if let Some(w) = inner.downcast_ref::<WriteFailure>() {
            return w.0.text(lang);
        }
        if inner.is::<super::atomic::ChangedOnDisk>() {
            return tr(lang, "save-changed-since-read", &[]);
        }
    }
    OsText::of(e).text(lang)
}

/// What a non-regular file is, as a catalogue word (from [`super::kind_of`]'s English).
pub fn kind_word(what: &str) -> Value {
    Value::Word(match what {
        "a FIFO (named pipe)" => "io-kind-fifo",
        "a device" => "io-kind-device",
        "a socket" => "io-kind-socket",
        "a folder" => "io-kind-folder",
        _ => "io-kind-other",
    })
}

/// A number written as the file or the system gives it (no grouping), in every language.
pub fn plain(n: impl std::fmt::Display) -> Value {
    Value::Text(n.to_string())
}

/// A path, as the system writes it.
pub fn path(p: &std::path::Path) -> Value {
    Value::Text(p.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{LoadError, LoadErrorKind, SaveError};

    fn hangul(s: &str) -> bool {
        s.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c))
    }

    #[test]
    fn load_errors_name_the_file_line_and_column_in_every_language() {
        let e = LoadError {
            path: "/shows/busan/plan.ron".into(),
            kind: LoadErrorKind::NotText {
                line: 12,
                column: 7,
            },
        };
        assert_eq!(
            e.to_string(),
            "line 12, column 7: this is not a text file (binary data), in /shows/busan/plan.ron"
        );
        for lang in Lang::ALL {
            let text = e.text(lang);
            assert!(text.contains("/shows/busan/plan.ron"), "{lang}: {text}");
            assert!(text.contains("12") && text.contains('7'), "{lang}: {text}");
        }
        assert!(hangul(&e.text(Lang::Ko)));
        assert_ne!(e.text(Lang::Vi), e.to_string());
    }

    #[test]
    fn parser_complaints_keep_the_names_of_the_file() {
        let code = ron::Error::MissingStructField {
            field: "number",
            outer: Some("Booth".to_owned()),
        };
        let kind = LoadErrorKind::Syntax {
            line: 40,
            column: 9,
            message: code.to_string(),
            detail: crate::io::ron_text::detail(&code),
        };
        assert_eq!(
            kind.to_string(),
            "line 40, column 9: Unexpected missing field named `number` in `Booth`"
        );
        let ko = kind.text(Lang::Ko);
        assert!(
            hangul(&ko) && ko.contains("`number`") && ko.contains("`Booth`"),
            "{ko}"
        );
        assert!(ko.contains("40") && ko.contains('9'), "{ko}");
    }

    #[test]
    fn a_save_error_says_the_system_error_in_the_language() {
        let source = WriteFailure::error(
            io::ErrorKind::PermissionDenied,
            msg!("save-read-only", path = "/shows/plan.ron"),
        );
        let e = SaveError::Io {
            path: "/shows/plan.ron".into(),
            source,
        };
        assert_eq!(
            e.to_string(),
            "could not save /shows/plan.ron: /shows/plan.ron is read-only; nothing was written and the previous file is intact"
        );
        let ko = e.text(Lang::Ko);
        assert!(hangul(&ko) && ko.contains("/shows/plan.ron"), "{ko}");
        // EACCES: the system's own error, with its number.
        #[cfg(unix)]
        {
            let denied = io::Error::from_raw_os_error(13);
            assert_eq!(io_error_text(&denied, Lang::En), denied.to_string());
            let vi = io_error_text(&denied, Lang::Vi);
            assert!(vi.contains("13") && vi != denied.to_string(), "{vi}");
        }
    }

    #[test]
    fn import_problems_are_written_in_every_language() {
        let list = crate::io::import::list_from_text_in("name,area\nAlpha,x\n").expect("a list");
        let p = &list.problems[0];
        assert_eq!(p.to_string(), "line 2: area \"x\" is not a number of m²");
        assert_eq!(p.message_text(Lang::En), p.message);
        let ko = p.text(Lang::Ko);
        assert!(
            hangul(&ko) && ko.contains('2') && ko.contains("\"x\""),
            "{ko}"
        );
    }
}
