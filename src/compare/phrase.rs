//! What a comparison or a merge says, kept as catalogue keys and typed values so that it can be
//! written in any language: lengths, areas and prices by each language's own formatters, and
//! in English exactly as `boothplan diff` has always written them (scripts and git read that).

use crate::i18n::{Arg, Lang, tr};
use crate::model::derive::fmt_price;
use crate::model::geom::{fmt_m, fmt_m2};

/// A message: its catalogue key (`change-…`) and the values it names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Msg {
    /// The catalogue key.
    pub key: &'static str,
    /// The values the message names, by parameter name.
    pub params: Vec<(&'static str, Phrase)>,
}

impl Msg {
    /// The message `key`, without values yet.
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            params: Vec::new(),
        }
    }

    /// The message with one more value.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Phrase>) -> Self {
        self.params.push((name, value.into()));
        self
    }

    /// The message in a language.
    pub fn text(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg)> = self
            .params
            .iter()
            .map(|(name, p)| (*name, p.arg(lang)))
            .collect();
        tr(lang, self.key, &args)
    }
}

/// A piece of what is said: a message, or a value a message names, written in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phrase {
    /// Text written as it is: a name from a plan, an id, a quoted value.
    Text(String),
    /// A length, mm: "2.5 m" ("2,5 m" in Vietnamese).
    Length(i64),
    /// An area, mm²: "9 m²".
    Area(i128),
    /// A whole number (it also picks a plural form).
    Count(i64),
    /// A price in minor units, with its currency code (empty: the amount alone).
    Price {
        /// The amount, minor units (cents).
        minor: i64,
        /// The currency code ("KRW"), or empty.
        currency: String,
    },
    /// A rectangle's sides: "6 m × 3 m".
    Size {
        /// Width, mm.
        w_mm: i64,
        /// Depth, mm.
        d_mm: i64,
    },
    /// A point on the site: "(12 m, 4 m)".
    Position {
        /// East, mm.
        x_mm: i64,
        /// South, mm.
        y_mm: i64,
    },
    /// A message.
    Msg(Msg),
    /// Phrases one after the other, with a separator (", ", "; ", " + ").
    Join(Vec<Phrase>, &'static str),
    /// A field of an object by its dotted path (`contact.email`): "contact email".
    Field(String),
    /// A kind, state or side in English words ("on hold", "fire equipment", "north").
    Word(String),
    /// A validation finding's message, by its catalogue key and parameters.
    Finding {
        /// The finding's catalogue key.
        key: &'static str,
        /// Its parameters.
        params: Vec<(&'static str, crate::validate::Param)>,
    },
    /// A validation rule: its stable id in English (what `boothplan diff` and scripts read),
    /// its title in other languages ("부스 겹침").
    Rule(crate::validate::Rule),
}

impl Default for Phrase {
    fn default() -> Self {
        Phrase::Text(String::new())
    }
}

impl From<Msg> for Phrase {
    fn from(m: Msg) -> Self {
        Phrase::Msg(m)
    }
}

impl From<String> for Phrase {
    fn from(s: String) -> Self {
        Phrase::Text(s)
    }
}

impl From<&str> for Phrase {
    fn from(s: &str) -> Self {
        Phrase::Text(s.to_owned())
    }
}

impl From<&String> for Phrase {
    fn from(s: &String) -> Self {
        Phrase::Text(s.clone())
    }
}

/// A length in a language: English as the plans' own lists write it (no grouping).
fn length(lang: Lang, mm: i64) -> String {
    match lang {
        Lang::En => fmt_m(mm),
        _ => crate::i18n::length(lang, mm),
    }
}

impl Phrase {
    /// A message without values.
    pub fn key(key: &'static str) -> Self {
        Phrase::Msg(Msg::new(key))
    }

    /// Phrases with a space between: "Booth A-101", "부스 A-101", "Gian hàng A-101".
    pub fn words(parts: Vec<Phrase>) -> Self {
        Phrase::Join(parts, " ")
    }

    /// The phrase in a language.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Phrase::Text(s) => s.clone(),
            Phrase::Length(mm) => length(lang, *mm),
            Phrase::Area(mm2) => match lang {
                Lang::En => fmt_m2(*mm2),
                _ => crate::i18n::area(lang, *mm2),
            },
            Phrase::Count(n) => match lang {
                Lang::En => n.to_string(),
                _ => crate::i18n::count(lang, i128::from(*n)),
            },
            Phrase::Price { minor, currency } => {
                let s = match lang {
                    Lang::En => fmt_price(*minor, currency),
                    _ => crate::i18n::money(lang, i128::from(*minor), currency),
                };
                if currency.is_empty() {
                    s.trim().to_owned()
                } else {
                    s
                }
            }
            Phrase::Size { w_mm, d_mm } => {
                format!("{} × {}", length(lang, *w_mm), length(lang, *d_mm))
            }
            Phrase::Position { x_mm, y_mm } => {
                // Vietnamese writes "2,5 m": the two coordinates are kept apart by a semicolon.
                let sep = if lang == Lang::Vi { "; " } else { ", " };
                format!("({}{sep}{})", length(lang, *x_mm), length(lang, *y_mm))
            }
            Phrase::Msg(m) => m.text(lang),
            Phrase::Join(items, sep) => items
                .iter()
                .map(|p| p.text(lang))
                .collect::<Vec<_>>()
                .join(sep),
            Phrase::Field(path) => super::fields::field_name_in(lang, path),
            Phrase::Word(w) => {
                let key = format!("change-word-{}", w.replace(' ', "-"));
                if crate::i18n::has(lang, &key) {
                    tr(lang, &key, &[])
                } else {
                    w.clone()
                }
            }
            Phrase::Finding { key, params } => {
                let args: Vec<(&str, Arg)> =
                    params.iter().map(|(n, p)| (*n, p.arg(lang))).collect();
                crate::text::visible(&tr(lang, key, &args))
            }
            Phrase::Rule(rule) => match lang {
                Lang::En => rule.id().to_owned(),
                _ => tr(lang, rule.title_key(), &[]),
            },
        }
    }

    /// The phrase as a message argument in a language. A count stays a number, so that it
    /// picks the plural form; in English from 1,000 on it is passed as written ("1000", as
    /// `boothplan diff` always wrote it), which English's plural rules put in "other" anyway.
    pub fn arg(&self, lang: Lang) -> Arg {
        match self {
            Phrase::Count(n) if lang != Lang::En || n.unsigned_abs() < 1000 => Arg::Int(*n),
            _ => Arg::Text(self.text(lang)),
        }
    }
}
