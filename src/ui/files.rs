//! Files and never losing work: open, save, save as, the unsaved-changes prompt, recent files,
//! and the dialogs that go with them (autosave and recovery are in [`super::recovery`]).

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::BoothApp;
use crate::i18n::{Arg, t, ta};

/// A native dialog that returns within this time was never shown (no desktop portal).
const DIALOG_UNAVAILABLE_MS: u128 = 250;

/// Where the window is in closing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CloseState {
    /// Closing asks about unsaved changes first.
    Open,
    /// Closing goes ahead.
    Allowed,
    /// Close at the end of this frame.
    Closing,
}

/// What a native file dialog gave.
pub(super) enum Picked {
    /// A file.
    Path(PathBuf),
    /// The user closed the dialog.
    Cancelled,
    /// No dialog could be shown (no desktop portal, or tests).
    Unavailable,
}

/// Work to do after a dialog closes, with the app.
pub(super) type AfterDialog = Box<dyn FnOnce(&mut BoothApp)>;

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AfterPrompt {
    /// Start a new plan.
    New,
    /// Ask for a file and open it.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Close the app.
    Quit,
}

/// Why the in-app path field is asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// A plan to open.
    Open,
    /// Where to save.
    SaveAs,
    /// An exhibitor list to import.
    Import,
    /// Where to write an export.
    Export(ExportKind),
    /// A venue drawing to put under a hall.
    Drawing(crate::model::HallId),
    /// Where a drawing's file is now.
    Relink(crate::model::DrawingId),
    /// A plan to compare with.
    Compare,
}

/// What File → Export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// A map: .svg, .png or .html by extension.
    Map,
    /// The allocation list, .csv.
    List,
    /// The exhibitor directory, .csv.
    Directory,
    /// One PDF per allocated exhibitor, into a folder.
    Packs,
}

/// A modal dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dialog {
    /// Save, Discard or Cancel before doing `then`.
    Unsaved {
        /// What waits on the answer.
        then: AfterPrompt,
    },
    /// Something failed; the plan is untouched.
    Error {
        /// Short title.
        title: String,
        /// The full message (file, line, column).
        message: String,
    },
    /// Type a path (when no native dialog can be shown).
    Path {
        /// Open or save.
        purpose: PathPurpose,
        /// The text typed so far.
        text: String,
    },
    /// Preview of an exhibitor list before importing it.
    Import {
        /// The list file.
        path: PathBuf,
        /// What it holds.
        list: crate::io::import::List,
    },
    /// Proposed allocation before applying it.
    Allocate {
        /// The proposal.
        allocation: crate::layout::Allocation,
        /// Neighbouring free booths merged for companies no single booth fits.
        merge: bool,
    },
    /// A generated booth block before adding it.
    Generate {
        /// Where and what.
        spec: crate::layout::BlockSpec,
        /// The booths, or why none.
        block: Result<crate::layout::generate::Block, String>,
    },
    /// The show's settings and venue rules.
    ShowSettings,
    /// New numbers for the selected booths, with a preview of collisions.
    Renumber {
        /// The first row's number, as typed.
        first_row: String,
    },
    /// Go to a booth, company, hall or zone by typing.
    GoTo {
        /// The text typed so far.
        text: String,
    },
    /// The real distance between two points clicked on a venue drawing.
    Calibrate {
        /// The drawing.
        drawing: crate::model::DrawingId,
        /// The first point, in hundredths of the drawing's pixels.
        a: (i64, i64),
        /// The second point.
        b: (i64, i64),
        /// The distance typed so far, in metres.
        text: String,
    },
    /// The plan's file changed on disk behind the editor: Reload, Compare, Merge or Save as.
    ChangedOnDisk {
        /// True when this came up on Save (nothing was written).
        saving: bool,
    },
    /// What to compare the plan with: a file, the last saved version, the backup.
    CompareWith,
    /// Split a booth into equal parts.
    Split {
        /// The booth.
        booth: crate::model::BoothId,
        /// Into how many.
        parts: u32,
        /// Which way it is cut.
        along: crate::edit::reshape::Along,
    },
    /// Restore the recovery copy of unsaved work?
    Restore {
        /// The recovery copy.
        recovery: PathBuf,
        /// The file that work belonged to, if it had one.
        source: Option<PathBuf>,
    },
}

impl Dialog {
    /// How wide the dialog may grow (points): settings hold a form, the rest a message.
    fn max_width(&self) -> f32 {
        match self {
            Dialog::ShowSettings => 640.0,
            _ => 520.0,
        }
    }
}

/// True in the frame Enter confirms the open dialog (as its first button would); every dialog
/// with a field asks this, as Esc is Cancel in every dialog.
pub(super) fn confirmed(ui: &egui::Ui) -> bool {
    ui.input(|i| i.key_pressed(egui::Key::Enter))
}

/// A labelled one-line field of a dialog, ready to type in as soon as the dialog opens (when
/// nothing else has the keyboard).
pub(super) fn dialog_field(ui: &mut egui::Ui, label: &str, text: &mut String, width: f32) {
    ui.horizontal(|ui| {
        let label = ui.label(label).id;
        let field = ui
            .add(egui::TextEdit::singleline(text).desired_width(width))
            .labelled_by(label);
        if ui.memory(|m| m.focused().is_none()) {
            field.request_focus();
        }
    });
}

impl BoothApp {
    /// Runs `then` now, or first asks about unsaved changes.
    pub(super) fn guard_unsaved(&mut self, then: AfterPrompt) {
        if self.doc.is_modified() {
            self.dialog = Some(Dialog::Unsaved { then });
        } else {
            self.proceed(then);
        }
    }

    fn proceed(&mut self, then: AfterPrompt) {
        match then {
            AfterPrompt::New => {
                self.replace_document(crate::demo::starter_plan(), None);
            }
            AfterPrompt::Open => self.ask_open(),
            AfterPrompt::OpenPath(path) => self.open_path(&path),
            AfterPrompt::Quit => {
                self.close = CloseState::Closing;
            }
        }
    }

    fn ask_open(&mut self) {
        if let Some(path) = self.pick_plan(PathPurpose::Open) {
            self.open_path(&path);
        }
    }

    /// A plan file picked in the native dialog (see [`BoothApp::pick_file`]).
    pub(super) fn pick_plan(&mut self, purpose: PathPurpose) -> Option<PathBuf> {
        self.pick_file(purpose, &t("files-plan-filter"), &["ron"])
    }

    /// A file of one of `extensions` picked in the native dialog; where none can be shown,
    /// the in-app path field opens for `purpose` instead (and `None` now).
    pub(super) fn pick_file(
        &mut self,
        purpose: PathPurpose,
        kind: &str,
        extensions: &[&str],
    ) -> Option<PathBuf> {
        match self.native_dialog(|| {
            rfd::FileDialog::new()
                .add_filter(kind, extensions)
                .pick_file()
        }) {
            Picked::Path(path) => Some(path),
            Picked::Cancelled => None,
            Picked::Unavailable => {
                self.dialog = Some(Dialog::Path {
                    purpose,
                    text: String::new(),
                });
                None
            }
        }
    }

    /// Shows a native file dialog, telling a cancel from a dialog that could not be shown.
    pub(super) fn native_dialog(&self, show: impl FnOnce() -> Option<PathBuf>) -> Picked {
        if !self.native_dialogs {
            return Picked::Unavailable;
        }
        let start = Instant::now();
        match show() {
            Some(path) => Picked::Path(path),
            // Returned at once: no portal, no dialog was ever on screen.
            None if start.elapsed().as_millis() < DIALOG_UNAVAILABLE_MS => Picked::Unavailable,
            None => Picked::Cancelled,
        }
    }

    /// Opens a plan file; on failure the current plan stays open and untouched.
    pub fn open_path(&mut self, path: &Path) {
        match self.doc.reopen(path) {
            Ok(()) => {
                self.document_replaced();
                self.remember_recent(path);
                self.status = ta(
                    "files-opened",
                    &[("path", Arg::from(path.display().to_string()))],
                );
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: t("files-could-not-open"),
                    message: e.text(crate::i18n::current()),
                });
            }
        }
    }

    /// Saves to the current file, or asks where.
    pub(super) fn save(&mut self) {
        match self.doc.path().map(Path::to_path_buf) {
            Some(path) => {
                self.save_to(&path);
            }
            None => self.save_as(),
        }
    }

    pub(super) fn save_as(&mut self) {
        let suggested = self.doc.path().and_then(|p| p.file_name()).map_or_else(
            || "plan.ron".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let filter = t("files-plan-filter");
        let shown = self.native_dialog(|| {
            rfd::FileDialog::new()
                .add_filter(filter, &["ron"])
                .set_file_name(&suggested)
                .save_file()
        });
        match shown {
            Picked::Path(path) => {
                self.save_to(&path);
            }
            Picked::Cancelled => {}
            Picked::Unavailable => {
                let text = self
                    .doc
                    .path()
                    .map_or_else(String::new, |p| p.display().to_string());
                self.dialog = Some(Dialog::Path {
                    purpose: PathPurpose::SaveAs,
                    text,
                });
            }
        }
    }

    /// Saves to `path` (raising the plan's revision); true on success.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match self.doc.save_to(path) {
            Ok(revision) => {
                self.remember_recent(path);
                self.remove_recovery();
                self.status = ta(
                    "files-saved",
                    &[
                        ("path", Arg::from(path.display().to_string())),
                        ("revision", Arg::from(revision.to_string())),
                    ],
                );
                true
            }
            Err(crate::io::SaveError::ChangedOnDisk { .. }) => {
                self.dialog = Some(Dialog::ChangedOnDisk { saving: true });
                false
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: t("files-could-not-save"),
                    message: e.text(crate::i18n::current()),
                });
                false
            }
        }
    }

    fn remember_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.settings.recent.retain(|p| *p != path);
        self.settings.recent.insert(0, path);
        self.settings.recent.truncate(10);
    }

    /// Handles the window's close button: asks first when there are unsaved changes.
    pub(super) fn close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.close == CloseState::Open {
            if self.doc.is_modified() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.dialog = Some(Dialog::Unsaved {
                    then: AfterPrompt::Quit,
                });
            } else {
                self.close = CloseState::Allowed;
            }
        }
        if self.close == CloseState::Closing {
            self.close = CloseState::Allowed;
            self.remove_recovery();
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Draws the open dialog, if any, and acts on its buttons.
    #[expect(
        clippy::too_many_lines,
        reason = "one match arm per dialog; each arm is short"
    )]
    pub(super) fn dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = self.dialog.clone() else {
            return;
        };
        let mut close = false;
        let mut then: Option<AfterDialog> = None;
        egui::Modal::new(egui::Id::unique("boothplan-dialog")).show(ctx, |ui| {
            ui.set_max_width(dialog.max_width());
            match &dialog {
                Dialog::Unsaved { then: after } => {
                    ui.heading(t("files-unsaved-changes"));
                    ui.label(ta(
                        "files-save-changes-first",
                        &[("name", Arg::from(self.document_name()))],
                    ));
                    ui.horizontal(|ui| {
                        if ui.button(t("files-save")).clicked() {
                            let after = after.clone();
                            close = true;
                            then = Some(Box::new(move |app: &mut BoothApp| {
                                app.save();
                                if !app.doc.is_modified() {
                                    app.proceed(after);
                                }
                            }));
                        }
                        if ui.button(t("files-discard")).clicked() {
                            let after = after.clone();
                            close = true;
                            then = Some(Box::new(move |app: &mut BoothApp| {
                                app.remove_recovery();
                                app.doc.forget_changes();
                                app.proceed(after);
                            }));
                        }
                        if ui.button(t("files-cancel")).clicked() {
                            close = true;
                        }
                    });
                }
                Dialog::Error { title, message } => {
                    ui.heading(title);
                    ui.label(message);
                    ui.label(t("files-plan-unchanged"));
                    if ui.button(t("files-ok")).clicked() {
                        close = true;
                    }
                }
                Dialog::Path { purpose, text } => {
                    ui.heading(t(match purpose {
                        PathPurpose::Open => "files-path-open",
                        PathPurpose::SaveAs => "files-path-save-as",
                        PathPurpose::Import => "files-path-import",
                        PathPurpose::Export(_) => "files-path-export",
                        PathPurpose::Drawing(_) => "files-path-drawing",
                        PathPurpose::Relink(_) => "files-path-relink",
                        PathPurpose::Compare => "files-path-compare",
                    }));
                    ui.label(t("files-no-file-dialog"));
                    let mut typed = text.clone();
                    let label = ui.label(t("files-path")).id;
                    // Bare paths are left as they are; hints with words in them are translated.
                    let hint = match purpose {
                        PathPurpose::Open | PathPurpose::SaveAs | PathPurpose::Compare => {
                            "/path/to/plan.ron".to_owned()
                        }
                        PathPurpose::Import => t("files-hint-import"),
                        PathPurpose::Export(ExportKind::Map) => t("files-hint-map"),
                        PathPurpose::Export(ExportKind::List) => {
                            "/path/to/allocation-list.csv".to_owned()
                        }
                        PathPurpose::Export(ExportKind::Directory) => {
                            "/path/to/directory.csv".to_owned()
                        }
                        PathPurpose::Export(ExportKind::Packs) => t("files-hint-packs"),
                        PathPurpose::Drawing(_) | PathPurpose::Relink(_) => t("files-hint-drawing"),
                    };
                    let field = ui
                        .add(
                            egui::TextEdit::singleline(&mut typed)
                                .hint_text(hint)
                                .desired_width(480.0),
                        )
                        .labelled_by(label);
                    // Ready to type as soon as the dialog opens.
                    if ui.memory(|m| m.focused().is_none()) {
                        field.request_focus();
                    }
                    if typed != *text {
                        self.dialog = Some(Dialog::Path {
                            purpose: *purpose,
                            text: typed.clone(),
                        });
                    }
                    let enter = confirmed(ui);
                    ui.horizontal(|ui| {
                        let ok = ui.add_enabled(
                            !typed.trim().is_empty(),
                            egui::Button::new(t(match purpose {
                                PathPurpose::Open => "files-open",
                                PathPurpose::SaveAs => "files-save",
                                PathPurpose::Import => "files-read",
                                PathPurpose::Export(_) => "files-export",
                                PathPurpose::Drawing(_) => "files-add",
                                PathPurpose::Relink(_) => "files-use-this-file",
                                PathPurpose::Compare => "files-compare",
                            })),
                        );
                        if (ok.clicked() || enter) && !typed.trim().is_empty() {
                            let path = PathBuf::from(typed.trim());
                            let purpose = *purpose;
                            close = true;
                            then = Some(Box::new(move |app: &mut BoothApp| match purpose {
                                PathPurpose::Open => app.open_path(&path),
                                PathPurpose::SaveAs => {
                                    app.save_to(&path);
                                }
                                PathPurpose::Import => app.preview_import(&path),
                                PathPurpose::Export(kind) => app.export_to(kind, &path),
                                PathPurpose::Drawing(hall) => app.add_drawing(hall, &path),
                                PathPurpose::Relink(id) => app.relink_drawing(id, &path),
                                PathPurpose::Compare => app.compare_with_file(&path),
                            }));
                        }
                        if ui.button(t("files-cancel")).clicked() {
                            close = true;
                        }
                    });
                }
                Dialog::Import { path, list } => {
                    Self::import_dialog_ui(ui, path, list, &mut close, &mut then);
                }
                Dialog::Allocate { allocation, merge } => {
                    self.allocate_dialog_ui(ui, (allocation, *merge), &mut close, &mut then);
                }
                Dialog::Generate { spec, block } => {
                    self.generate_dialog_ui(ui, spec, block, &mut close, &mut then);
                }
                Dialog::ShowSettings => self.show_settings_ui(ui, &mut close),
                Dialog::GoTo { text } => self.go_to_ui(ui, text, &mut close, &mut then),
                Dialog::Calibrate {
                    drawing,
                    a,
                    b,
                    text,
                } => self.calibrate_ui(ui, (*drawing, *a, *b), text, &mut close, &mut then),
                Dialog::Renumber { first_row } => {
                    self.renumber_ui(ui, first_row, &mut close, &mut then);
                }
                Dialog::ChangedOnDisk { saving } => {
                    self.changed_on_disk_ui(ui, *saving, &mut close, &mut then);
                }
                Dialog::CompareWith => self.compare_with_ui(ui, &mut close, &mut then),
                Dialog::Split {
                    booth,
                    parts,
                    along,
                } => self.split_ui(ui, (*booth, *parts, *along), &mut close, &mut then),
                Dialog::Restore { recovery, source } => {
                    ui.heading(t("files-restore-unsaved-work"));
                    ui.label(match source {
                        Some(s) => ta(
                            "files-closed-with-changes-to",
                            &[("path", Arg::from(s.display().to_string()))],
                        ),
                        None => t("files-closed-with-changes-to-new"),
                    });
                    ui.horizontal(|ui| {
                        if ui.button(t("files-restore")).clicked() {
                            let (recovery, source) = (recovery.clone(), source.clone());
                            close = true;
                            then = Some(Box::new(move |app: &mut BoothApp| {
                                app.restore(&recovery, source);
                            }));
                        }
                        if ui.button(t("files-discard")).clicked() {
                            close = true;
                            then = Some(Box::new(BoothApp::remove_recovery));
                        }
                    });
                }
            }
        });
        // Esc is Cancel in every dialog: nothing happens, the dialog closes.
        // Not the Restore prompt: the recovery copy would not survive the next autosave.
        if then.is_none()
            && !matches!(dialog, Dialog::Restore { .. })
            && ctx.input(|i| i.key_pressed(egui::Key::Escape))
        {
            close = true;
        }
        if close {
            self.dialog = None;
        }
        if let Some(f) = then {
            f(self);
        }
    }
}
