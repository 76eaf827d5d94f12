//! Panels read, actions write: every panel gets a read-only [`ViewContext`] and an [`Actions`]
//! sender, and what it asks for is handled in one place after the UI pass
//! ([`super::BoothApp::handle`]).

use super::{Command, Dialog, Selection, Settings, Tool};
use crate::document::{Document, Lookup};
use crate::edit::Edit;
use crate::layout::generate::Block;
use crate::model::{Derived, HallId, Plan, Rect};
use crate::validate::Report;

/// What a panel sees of the editor: the document, the selection, the settings and the tool.
#[derive(Clone, Copy)]
pub struct ViewContext<'a> {
    /// The plan with its history, report and lookups.
    pub doc: &'a Document,
    /// What is selected.
    pub selection: &'a Selection,
    /// Remembered preferences.
    pub settings: &'a Settings,
    /// The active canvas tool.
    pub tool: Tool,
    /// The open modal dialog, if any (the canvas leaves keys to it).
    pub dialog: Option<&'a Dialog>,
    /// How each venue drawing's file stands (read, reading, missing, changed).
    pub drawings: &'a std::collections::BTreeMap<crate::model::DrawingId, super::DrawingStatus>,
    /// The changes shown by Compare with… (the canvas outlines where booths were).
    pub compared: Option<&'a crate::compare::Diff>,
}

impl<'a> ViewContext<'a> {
    /// The plan as it is now.
    pub fn plan(&self) -> &'a Plan {
        self.doc.plan()
    }

    /// Open sides, types and indexes.
    pub fn derived(&self) -> &'a Derived {
        self.doc.derived()
    }

    /// The validation report.
    pub fn report(&self) -> &'a Report {
        self.doc.report()
    }

    /// Exhibitor lookups (booths of each company, folded names, sectors, countries).
    pub fn lookup(&self) -> &'a Lookup {
        self.doc.lookup()
    }

    /// The generated booths waiting for "Apply" in the block dialog, for the canvas preview.
    pub fn pending_block(&self) -> Option<&'a Block> {
        match self.dialog {
            Some(Dialog::Generate {
                block: Ok(block), ..
            }) => Some(block),
            _ => None,
        }
    }
}

/// One thing a panel asks for.
#[derive(Clone, Debug)]
#[must_use]
pub enum Action {
    /// Change the plan (one undo step).
    Edit(Edit),
    /// Replace the selection.
    Select(Selection),
    /// Zoom the canvas to the selection as it is when this action is handled.
    ZoomToSelection,
    /// Run a command (menu item, shortcut).
    Run(Command),
    /// Switch the canvas tool.
    Tool(Tool),
    /// Say something in the status bar.
    Status(String),
    /// Open this file (asking first about unsaved changes).
    Open(std::path::PathBuf),
    /// Start a gesture: the edits until [`Action::Commit`] are one undo step.
    Begin,
    /// A step of the gesture in progress; dropped when the gesture was rolled back before it
    /// is handled (undo or Esc pressed in the same frame as a pointer move).
    GestureEdit(Edit),
    /// End the gesture as one undo step.
    Commit,
    /// Roll the gesture back (Esc during a drag).
    Abort,
    /// Preview a generated booth block filling this rectangle of a hall.
    PreviewBlock(HallId, Rect),
    /// Ask for a venue drawing file to put under this hall.
    AddDrawing(HallId),
    /// Ask the real distance between two points of a drawing (pixels, in hundredths).
    Calibrate(crate::model::DrawingId, (i64, i64), (i64, i64)),
    /// Ask where a drawing's file is now (it was moved or renamed).
    RelinkDrawing(crate::model::DrawingId),
    /// Take the drawing's file as it is now (its hash), after it changed.
    AcceptDrawing(crate::model::DrawingId),
    /// Show a problem in a dialog: its title and message.
    Problem(String, String),
}

/// The sender panels push their [`Action`]s into, in the order they happened.
#[derive(Debug, Default)]
pub struct Actions(Vec<Action>);

impl Actions {
    /// Asks for an edit of the plan.
    pub fn edit(&mut self, edit: Edit) {
        self.0.push(Action::Edit(edit));
    }

    /// Asks for a step of the gesture in progress.
    pub fn gesture_edit(&mut self, edit: Edit) {
        self.0.push(Action::GestureEdit(edit));
    }

    /// Asks for an edit, if there is one.
    pub fn maybe_edit(&mut self, edit: Option<Edit>) {
        if let Some(edit) = edit {
            self.edit(edit);
        }
    }

    /// Asks for a new selection.
    pub fn select(&mut self, selection: Selection) {
        self.0.push(Action::Select(selection));
    }

    /// Asks for the canvas to show the selection.
    pub fn zoom_to_selection(&mut self) {
        self.0.push(Action::ZoomToSelection);
    }

    /// Asks for a command to run.
    pub fn run(&mut self, command: Command) {
        self.0.push(Action::Run(command));
    }

    /// Asks for another canvas tool.
    pub fn tool(&mut self, tool: Tool) {
        self.0.push(Action::Tool(tool));
    }

    /// Says something in the status bar.
    pub fn status(&mut self, text: impl Into<String>) {
        self.0.push(Action::Status(text.into()));
    }

    /// Adds any action.
    pub fn push(&mut self, action: Action) {
        self.0.push(action);
    }

    /// Takes every action asked for so far, oldest first.
    pub fn take(&mut self) -> Vec<Action> {
        std::mem::take(&mut self.0)
    }

    /// True when nothing was asked for.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
