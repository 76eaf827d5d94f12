//! The RON parser's common complaints about a plan file, kept as messages so they are said in
//! every language. Field, struct and variant names stay as the file writes them (they are what
//! to look for in it); a complaint not known here is shown in the parser's English.

use super::message::{Message, msg};

/// A name as RON writes it in its messages: `` `name` ``.
fn ident(name: &str) -> String {
    format!("`{name}`")
}

/// Names as a list: `` `a`, `b`, `c` ``.
fn idents(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| ident(n))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The parser's complaint in any language, when boothplan knows it.
pub(super) fn detail(code: &ron::Error) -> Option<Message> {
    use ron::Error as E;
    Some(match code {
        E::Eof => msg!("load-ron-eof"),
        E::TrailingCharacters => msg!("load-ron-trailing"),
        E::ExpectedComma => msg!("load-ron-expected-comma"),
        E::ExpectedMapColon => msg!("load-ron-expected-colon"),
        E::ExpectedStructLike => msg!("load-ron-expected-open", mark = "`(`"),
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => {
            msg!("load-ron-expected-close", mark = "`)`")
        }
        E::ExpectedMap => msg!("load-ron-expected-open", mark = "`{`"),
        E::ExpectedMapEnd => msg!("load-ron-expected-close", mark = "`}`"),
        E::ExpectedArray => msg!("load-ron-expected-open", mark = "`[`"),
        E::ExpectedArrayEnd => msg!("load-ron-expected-close", mark = "`]`"),
        E::ExpectedBoolean => msg!("load-ron-expected-boolean"),
        E::ExpectedInteger => msg!("load-ron-expected-integer"),
        E::ExpectedFloat => msg!("load-ron-expected-number"),
        E::ExpectedString => msg!("load-ron-expected-string"),
        E::ExpectedStringEnd => msg!("load-ron-expected-string-end"),
        E::ExpectedIdentifier => msg!("load-ron-expected-identifier"),
        E::ExpectedOption => msg!("load-ron-expected-option"),
        E::IntegerOutOfBounds => msg!("load-ron-integer-out-of-bounds"),
        E::UnclosedBlockComment => msg!("load-ron-unclosed-comment"),
        E::UnexpectedChar(c) => msg!("load-ron-unexpected-char", char = format!("{c:?}")),
        E::ExceededRecursionLimit => msg!("load-ron-too-deep"),
        E::InvalidValueForType { expected, found } => {
            msg!("load-ron-wrong-value", expected = expected, found = found,)
        }
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => msg!(
                "load-ron-missing-field-in",
                field = ident(field),
                outer = ident(outer),
            ),
            None => msg!("load-ron-missing-field", field = ident(field)),
        },
        E::DuplicateStructField { field, outer } => match outer {
            Some(outer) => msg!(
                "load-ron-duplicate-field-in",
                field = ident(field),
                outer = ident(outer),
            ),
            None => msg!("load-ron-duplicate-field", field = ident(field)),
        },
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } if !expected.is_empty() => match outer {
            Some(outer) => msg!(
                "load-ron-unknown-field-in",
                field = ident(found),
                outer = ident(outer),
                expected = idents(expected),
            ),
            None => msg!(
                "load-ron-unknown-field",
                field = ident(found),
                expected = idents(expected),
            ),
        },
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } if !expected.is_empty() => match outer {
            Some(outer) => msg!(
                "load-ron-unknown-variant-in",
                variant = ident(found),
                outer = ident(outer),
                expected = idents(expected),
            ),
            None => msg!(
                "load-ron-unknown-variant",
                variant = ident(found),
                expected = idents(expected),
            ),
        },
        _ => return None,
    })
}
