//! boothplan: floor plans for exhibitions.
//!
//! Data flows one way: input → [`edit::Edit`] → [`document::Document`] (its
//! [`edit::History`] changes the [`model::Plan`], [`validate::Live`] keeps the
//! [`validate::Report`]) → UI and exports. [`model`] and [`validate`]
//! are pure (no GUI, no I/O, no clock); [`io`] reads and writes plan files.

pub mod compare;
pub mod demo;
pub mod document;
pub mod edit;
pub mod export;
pub mod fonts;
pub mod i18n;
pub mod io;
pub mod layout;
pub mod model;
pub mod sales;
pub mod text;
pub mod ui;
pub mod validate;

/// Application id: window class, storage folder, recovery copies.
pub const APP_ID: &str = "boothplan";
