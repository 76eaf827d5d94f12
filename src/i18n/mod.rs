//! Words in English, Korean and Vietnamese: one Fluent catalogue per language in
//! `assets/i18n/`, embedded in the binary, and the numbers, areas, money and dates each
//! language writes its own way.
//!
//! Pure: the catalogues are compiled in, nothing is read at run time. The editor keeps one
//! current language ([`set_current`], read by [`t`] and [`ta`]); exports and reports are given
//! theirs ([`tr`]), so a map can be written in Korean from an editor showing English.

mod format;

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

pub use format::{area, count, date, decimal, length, money};

/// A language boothplan speaks.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Korean (한국어).
    Ko,
    /// Vietnamese (Tiếng Việt).
    Vi,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ko, Lang::Vi];

    /// The language's code: "en", "ko", "vi".
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::Vi => "vi",
        }
    }

    /// The language's name in itself, as language menus show it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
            Lang::Vi => "Tiếng Việt",
        }
    }

    /// The language of a code or locale ("ko", "ko-KR", "vi_VN.UTF-8", "EN"), if boothplan
    /// speaks it.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The catalogue's source text.
    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../assets/i18n/en.ftl"),
            Lang::Ko => include_str!("../../assets/i18n/ko.ftl"),
            Lang::Vi => include_str!("../../assets/i18n/vi.ftl"),
        }
    }
}

/// Reads a plan's `language`: `Some(Ko)`, and also `Some(ko)` or `Some(KO)`; a language this
/// version does not speak (`Some(Fr)`, from a later version or a hand edit) reads as `None`
/// rather than refusing the whole plan.
///
/// # Errors
/// When the value is not a language name at all (a number, a list).
pub fn lenient_language<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Lang>, D::Error> {
    struct Name;
    impl<'de> serde::de::Visitor<'de> for Name {
        type Value = Option<Lang>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a language: En, Ko or Vi")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Lang::from_code(v))
        }
        fn visit_enum<A: serde::de::EnumAccess<'de>>(
            self,
            data: A,
        ) -> Result<Self::Value, A::Error> {
            use serde::de::VariantAccess as _;
            let (Ident(name), variant) = data.variant()?;
            variant.unit_variant()?;
            Ok(Lang::from_code(&name))
        }
    }
    /// A variant's name, as written.
    struct Ident(String);
    impl<'de> serde::Deserialize<'de> for Ident {
        fn deserialize<D3: serde::Deserializer<'de>>(d: D3) -> Result<Self, D3::Error> {
            struct Text;
            impl serde::de::Visitor<'_> for Text {
                type Value = Ident;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a name")
                }
                fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Ident, E> {
                    Ok(Ident(v.to_owned()))
                }
            }
            d.deserialize_identifier(Text)
        }
    }
    struct Optional;
    impl<'de> serde::de::Visitor<'de> for Optional {
        type Value = Option<Lang>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("None or Some(a language)")
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: serde::Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            d.deserialize_enum("Lang", &["En", "Ko", "Vi"], Name)
        }
    }
    d.deserialize_option(Optional)
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A value given to a message: a number (which also picks the plural form) or text.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A whole number, written with the language's digit grouping.
    Int(i64),
    /// Text written as it is (a name, or a figure already formatted).
    Text(String),
}

impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Int(v)
    }
}

impl From<usize> for Arg {
    fn from(v: usize) -> Self {
        Arg::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg {
    fn from(v: u32) -> Self {
        Arg::Int(i64::from(v))
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The three catalogues, parsed once.
fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

fn bundle(lang: Lang) -> Bundle {
    // A catalogue with a syntax error keeps the messages that parsed; the test
    // `catalogues_parse_without_errors` keeps the shipped ones clean.
    let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
    let id = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068, U+2069) around names would show as boxes in PDFs and as codes
    // in terminals; names pass through `text::visible` where that matters instead.
    b.set_use_isolating(false);
    b.set_formatter(Some(match lang {
        Lang::En => format_en,
        Lang::Ko => format_ko,
        Lang::Vi => format_vi,
    }));
    // Duplicate ids are a catalogue bug the tests catch; the last one wins.
    b.add_resource_overriding(resource);
    b
}

fn format_number(lang: Lang, v: &FluentValue<'_>) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(decimal(lang, n.value, 3)),
        _ => None,
    }
}

fn format_en<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    format_number(Lang::En, v)
}

fn format_ko<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    format_number(Lang::Ko, v)
}

fn format_vi<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
    format_number(Lang::Vi, v)
}

/// The message `key` in `lang` with its arguments. A key missing from the language falls back
/// to English, and a key missing from English shows itself, so nothing is ever blank.
pub fn tr(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    format_in(lang, key, args)
        .or_else(|| format_in(Lang::En, key, args))
        .unwrap_or_else(|| key.to_owned())
}

fn format_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let bundle = &bundles()[lang as usize];
    let pattern = bundle.get_message(key)?.value()?;
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Int(n) => fargs.set(*name, FluentValue::from(*n)),
            Arg::Text(s) => fargs.set(*name, FluentValue::from(s.as_str())),
        }
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    Some(out.into_owned())
}

/// True when the language's own catalogue has `key` (not by falling back to English).
pub fn has(lang: Lang, key: &str) -> bool {
    bundles()[lang as usize].has_message(key)
}

thread_local! {
    /// The language of this thread's words. The editor sets it at the start of every frame
    /// from its settings, the CLI once at start; a worker thread is given its language
    /// explicitly ([`tr`]). Per thread, so tests in parallel each keep their own.
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language of this thread's words (the editor's, the CLI's).
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Sets the language of this thread's words.
pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// The system's language, when boothplan speaks it; else English.
pub fn system() -> Lang {
    from_locale(sys_locale::get_locale().as_deref())
}

/// The message `key` in the current language.
pub fn t(key: &str) -> String {
    tr(current(), key, &[])
}

/// The message `key` in the current language, with arguments.
pub fn ta(key: &str, args: &[(&str, Arg)]) -> String {
    tr(current(), key, args)
}

/// The language a locale string names ("ko-KR", "vi_VN.UTF-8"), else English.
pub fn from_locale(locale: Option<&str>) -> Lang {
    locale.and_then(Lang::from_code).unwrap_or_default()
}

#[cfg(test)]
mod tests;
