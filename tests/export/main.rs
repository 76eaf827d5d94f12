//! Exports: maps (SVG, PNG, PDF, HTML), packs and lists (CSV, PDF), checked for content, not
//! only existence.

#[path = "../common/mod.rs"]
mod common;

mod changes;
mod html;
mod languages;
mod lists;
mod maps;
mod print;
mod support;
mod underlay;
