//! The editor, driven like a user would: pointer drags, keys, panels. Runs on the CPU.

#[path = "../common/mod.rs"]
mod common;

mod canvas;
mod drawings;
mod language;
mod reshape;
mod sales;
mod selection;
mod support;
mod team;
mod tools;
mod venue;
mod workflows;
