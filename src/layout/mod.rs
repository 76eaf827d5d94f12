//! Pure algorithms on a plan: the booth-block generator and automatic allocation. No GUI, no
//! I/O; they return proposals the caller applies as one undoable [`crate::edit::Edit`].

pub mod allocate;
mod flow;
pub mod generate;
mod optimal;

pub use allocate::{AllocateOptions, Allocation, allocate, allocate_with};
pub use generate::{BlockSpec, generate};
