//! The editor: an eframe app that reads the plan and emits [`Edit`]s.
//!
//! Each frame the panels and the canvas draw the plan and collect what the user asked for as
//! [`Command`]s and [`Edit`]s; [`BoothApp::end_frame`] applies them in one place, through the
//! [`History`], and revalidates. Drags are transactions: one undo step on release, rolled back on
//! Esc.

mod actions;
mod canvas;
mod clipboard;
pub mod commands;
pub mod context;
mod drawings;
mod files;
pub mod fonts;
mod goto;
mod jobs;
mod layout_tools;
mod menu;
mod panels;
mod recovery;
mod renumber;
mod reshape;
mod sales;
pub mod selection;
mod show_settings;
mod team;
pub mod theme;
pub mod window;

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub use canvas::{ColourBy, DrawingStatus, Measurement, Thing, Tool, Venue, View};
pub use commands::Command;
pub use context::{Action, Actions, ViewContext};
pub use files::{AfterPrompt, Dialog, PathPurpose};
pub use panels::{ExhibitorsPanel, Filters};
pub use selection::{Item, Selection};
pub use window::{Renderer, WindowError, run_app};

use crate::document::Document;
pub use crate::document::Lookup;
use crate::edit::Edit;
use crate::model::{BoothId, Derived, Plan};
use crate::validate::{Report, Severity};

/// Key of the settings in eframe's storage.
const SETTINGS_KEY: &str = "boothplan-settings";

/// What the app remembers between runs (in eframe's storage, not in plan files).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent on/off choices the user toggles, remembered as they are"
)]
pub struct Settings {
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
    /// Draw the grid.
    pub show_grid: bool,
    /// Draw booth numbers and company names.
    pub show_labels: bool,
    /// How booths are coloured.
    pub colour_by: ColourBy,
    /// Dark theme.
    pub dark: bool,
    /// Show the walking-distance heat map.
    pub show_heat: bool,
    /// Draw zones and pavilions.
    pub show_zones: bool,
    /// Draw pillars, fire equipment, service cores, stages and reserved aisles.
    pub show_obstacles: bool,
    /// Show the legend on the canvas.
    pub show_legend: bool,
    /// Draw the venue drawings under the halls.
    pub show_drawings: bool,
    /// The editor's language (`None`: the system's).
    pub language: Option<crate::i18n::Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            show_grid: true,
            show_labels: true,
            colour_by: ColourBy::Status,
            dark: false,
            show_heat: false,
            show_zones: true,
            show_obstacles: true,
            show_legend: true,
            show_drawings: true,
            language: None,
        }
    }
}

/// The editor's state.
pub struct BoothApp {
    /// The plan being edited, with its file, history, report and lookups.
    pub doc: Document,
    /// What is selected: booths, companies and venue objects, in one set.
    pub selection: Selection,
    /// The floor canvas: its view and the gesture in progress.
    pub canvas: canvas::Canvas,
    /// Active canvas tool.
    pub tool: Tool,
    /// The open modal dialog, if any.
    pub dialog: Option<Dialog>,
    /// Remembered preferences.
    pub settings: Settings,
    /// The exhibitors panel (search, filters, list).
    pub exhibitors: ExhibitorsPanel,
    /// Use native file dialogs (off in tests: the in-app path field is used).
    pub native_dialogs: bool,
    /// Where autosave writes recovery copies (`None`: no autosave).
    pub recovery_dir: Option<PathBuf>,
    /// One-line feedback in the status bar.
    pub status: String,
    /// The export running in the background, if any.
    pub job: Option<jobs::Job>,
    /// The egui context of the last frame (worker threads ask it to repaint).
    ctx: Option<egui::Context>,
    /// Today's date for printed footers (`YYYY-MM-DD`; set by the binary, fixed in tests).
    pub today: String,
    /// What the panels, the canvas and the shortcuts asked for this frame.
    actions: Actions,
    /// The document generation the selection was last checked against.
    seen_generation: u64,
    /// The selection before and after each undo step, by the step's depth.
    /// (`None` for a step whose selection was not kept: a huge one, or two steps in a frame).
    step_selection: Vec<Option<(Selection, Selection)>>,
    /// The undo depth and the selection when this frame began.
    frame_start: (usize, Selection),
    /// True when this frame undid or redid a step.
    stepped: bool,
    last_autosave_secs: f64,
    title: String,
    close: files::CloseState,
    /// How each venue drawing's file stands, as the canvas last saw it (for panels).
    drawing_status: BTreeMap<crate::model::DrawingId, DrawingStatus>,
    /// The comparison shown by Compare with…, if any.
    pub comparison: Option<team::Comparison>,
    /// Show the Resolve conflicts window while the plan has conflicts.
    pub show_conflicts: bool,
    /// The hash of the file's content last announced as changed on disk (asked once).
    disk_announced: Option<String>,
    /// The Sales window.
    pub sales: sales::SalesView,
    /// The system's language, spoken when the settings name none (English in tests).
    pub system_language: crate::i18n::Lang,
}

impl BoothApp {
    /// An editor on `plan`, loaded from `path` if given (say what the file held with
    /// `doc.set_disk`, or a save over it asks first).
    pub fn new(plan: Plan, path: Option<PathBuf>) -> Self {
        let mut app = Self {
            doc: Document::new(plan, path),
            selection: Selection::default(),
            canvas: canvas::Canvas::default(),
            tool: Tool::Select,
            dialog: None,
            settings: Settings::default(),
            exhibitors: ExhibitorsPanel::default(),
            native_dialogs: false,
            recovery_dir: None,
            status: String::new(),
            today: String::new(),
            job: None,
            ctx: None,
            actions: Actions::default(),
            seen_generation: u64::MAX,
            step_selection: Vec::new(),
            frame_start: (0, Selection::default()),
            stepped: false,
            last_autosave_secs: 0.0,
            title: String::new(),
            close: files::CloseState::Open,
            drawing_status: BTreeMap::new(),
            comparison: None,
            show_conflicts: true,
            disk_announced: None,
            sales: sales::SalesView::default(),
            system_language: crate::i18n::Lang::En,
        };
        app.revalidate();
        app
    }

    /// The editor as eframe starts it: settings from storage, fonts installed, native dialogs,
    /// autosave, and an offer to restore a recovery copy.
    pub fn from_creation_context(
        cc: &eframe::CreationContext<'_>,
        plan: Plan,
        path: Option<PathBuf>,
        disk: Option<crate::io::stamp::Stamp>,
    ) -> Self {
        fonts::install(&cc.egui_ctx);
        let mut app = Self::new(plan, path);
        app.doc.set_disk(disk);
        if let Some(settings) = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, SETTINGS_KEY))
        {
            app.settings = settings;
        }
        app.system_language = crate::i18n::system();
        crate::i18n::set_current(app.language());
        app.native_dialogs = true;
        app.today = crate::export::pdf::date_from_unix(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
        );
        app.recovery_dir = eframe::storage_dir(crate::APP_ID);
        app.offer_recovery();
        app
    }

    /// The language the editor speaks.
    pub fn language(&self) -> crate::i18n::Lang {
        self.settings.language.unwrap_or(self.system_language)
    }

    /// The language of exports from the editor: the show's own, else the editor's.
    pub fn export_language(&self) -> crate::i18n::Lang {
        self.doc
            .plan()
            .meta
            .language
            .unwrap_or_else(|| self.language())
    }

    /// Queues a command to run at the end of the frame.
    pub fn run(&mut self, command: Command) {
        self.actions.run(command);
    }

    /// Queues an edit to apply at the end of the frame.
    pub fn push_edit(&mut self, edit: Edit) {
        self.actions.edit(edit);
    }

    /// What panels see: the document, the selection, the settings and the tool.
    pub fn context(&self) -> ViewContext<'_> {
        ViewContext {
            doc: &self.doc,
            selection: &self.selection,
            settings: &self.settings,
            tool: self.tool,
            dialog: self.dialog.as_ref(),
            drawings: &self.drawing_status,
            compared: self.comparison.as_ref().map(|c| &c.diff),
        }
    }

    /// Zooms the canvas to what is selected (a company: its booths).
    fn zoom_to_selection(&mut self) {
        let bounds = canvas::selection_bounds(&self.context());
        if !bounds.is_empty() {
            self.canvas.view.fit(&bounds.expanded(12_000));
        }
    }

    /// Does what a panel asked for (the end of every frame; tests and scripts too).
    pub fn handle(&mut self, action: Action) {
        match action {
            Action::Edit(edit) => self.apply_edit(edit),
            Action::Select(selection) => self.selection = selection,
            Action::ZoomToSelection => self.zoom_to_selection(),
            Action::Run(command) => self.execute(command),
            Action::Tool(tool) => self.tool = tool,
            Action::Status(text) => self.status = text,
            Action::Open(path) => self.guard_unsaved(AfterPrompt::OpenPath(path)),
            // A gesture lives while the canvas holds it: once undo, Esc or a command has ended
            // it, what the same frame still sent for it is dropped.
            Action::Begin => {
                if self.canvas.drag.is_some() {
                    self.doc.begin();
                    // What the status bar said is about an earlier step.
                    self.status.clear();
                }
            }
            Action::GestureEdit(edit) => {
                if self.canvas.drag.is_some() && self.doc.history().in_transaction() {
                    self.apply_edit(edit);
                }
            }
            Action::Commit => self.doc.commit(),
            Action::Abort => self.doc.abort(),
            Action::PreviewBlock(hall, area) => self.preview_block(hall, area),
            Action::AddDrawing(hall) => self.ask_drawing(hall),
            Action::Calibrate(drawing, a, b) => {
                self.status = "Type the real distance between the two points".to_owned();
                self.dialog = Some(Dialog::Calibrate {
                    drawing,
                    a,
                    b,
                    text: String::new(),
                });
            }
            Action::RelinkDrawing(id) => self.ask_relink(id),
            Action::AcceptDrawing(id) => {
                if let (Some(hash), Some(d)) = (
                    self.canvas.underlays.read_hash(id),
                    self.doc.plan().drawings.get(&id),
                ) {
                    let accepted = crate::model::Drawing {
                        sha256: hash.to_owned(),
                        ..d.clone()
                    };
                    self.doc.apply(Edit::Drawing(id, Some(accepted)));
                }
            }
            Action::Problem(title, message) => {
                self.dialog = Some(Dialog::Error { title, message });
            }
        }
    }

    /// Applies an edit now (tests and scripted use).
    pub fn apply_now(&mut self, edit: Edit) {
        self.apply_edit(edit);
        self.revalidate();
    }

    /// The plan as it is now.
    pub fn plan(&self) -> &Plan {
        self.doc.plan()
    }

    /// The validation report, as of the end of the last frame.
    pub fn report(&self) -> &Report {
        self.doc.report()
    }

    /// Open sides, types and indexes, as of the end of the last frame.
    pub fn derived(&self) -> &Derived {
        self.doc.derived()
    }

    /// The worst severity of the problems of each booth, for the canvas markers.
    pub fn marks(&self) -> &BTreeMap<BoothId, Severity> {
        self.doc.marks()
    }

    /// Applies an edit to the document.
    pub(crate) fn apply_edit(&mut self, edit: Edit) {
        self.doc.apply(edit);
    }

    /// Brings the report and lookups up to date, and drops selections of what is gone.
    fn revalidate(&mut self) {
        let before = self.doc.generation();
        self.doc.refresh();
        if self.seen_generation == before {
            return;
        }
        self.seen_generation = before;
        self.selection.retain_existing(self.doc.plan());
        self.exhibitors.forget_missing(self.doc.plan());
    }

    /// Replaces the document (New, Open, restore).
    fn replace_document(&mut self, plan: Plan, path: Option<PathBuf>) {
        self.doc.replace(plan, path);
        self.document_replaced();
    }

    /// After the document was replaced (New, Open, Reload, restore): nothing of the old
    /// plan stays selected, shown or compared.
    fn document_replaced(&mut self) {
        self.step_selection.clear();
        self.selection.clear();
        self.canvas = canvas::Canvas::default();
        self.comparison = None;
        self.revalidate();
    }

    /// The file name, or the show name for a plan never saved.
    pub fn document_name(&self) -> String {
        self.doc.path().and_then(|p| p.file_name()).map_or_else(
            || self.doc.plan().meta.show_name.clone(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// The window title: file or show name, with a marker for unsaved changes.
    pub fn window_title(&self) -> String {
        let marker = if self.doc.is_modified() { " •" } else { "" };
        format!("boothplan — {}{marker}", self.document_name())
    }

    /// Draws one frame of the whole editor and handles its input.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.ctx = Some(ctx.clone());
        // A huge selection (Select All on a big plan) is not copied every frame: its steps
        // undo without restoring it.
        self.frame_start = if self.selection.len() <= 5_000 {
            (self.doc.history().undo_depth(), self.selection.clone())
        } else {
            (usize::MAX - 1, Selection::default())
        };
        self.stepped = false;
        crate::i18n::set_current(self.language());
        ctx.set_theme(if self.settings.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        // Read (and consume) a shortcut now, run it after what the panels and the canvas asked
        // for this frame: a key pressed mid-drag acts on the drag as it stands.
        let shortcut = self
            .dialog
            .is_none()
            .then(|| Command::from_input(&ctx))
            .flatten();
        // Ctrl+C, Ctrl+X and Ctrl+V arrive as clipboard events (the system clipboard's text
        // with a paste); a text field being typed in keeps them.
        let clipboard: Vec<egui::Event> =
            if self.dialog.is_none() && !ctx.egui_wants_keyboard_input() {
                ctx.input(|i| {
                    i.events
                        .iter()
                        .filter(|e| {
                            matches!(
                                e,
                                egui::Event::Copy | egui::Event::Cut | egui::Event::Paste(_)
                            )
                        })
                        .cloned()
                        .collect()
                })
            } else {
                Vec::new()
            };
        self.close_request(&ctx);
        self.check_disk_on_focus(&ctx);
        {
            // Panels read the editor and send actions; none changes it.
            let cx = ViewContext {
                doc: &self.doc,
                selection: &self.selection,
                settings: &self.settings,
                tool: self.tool,
                dialog: self.dialog.as_ref(),
                drawings: &self.drawing_status,
                compared: self.comparison.as_ref().map(|c| &c.diff),
            };
            let out = &mut self.actions;
            let recent = &self.settings.recent;
            egui::Panel::top("menu").show(ui, |ui| menu::menu_ui(ui, &cx, recent, out));
            let status = &self.status;
            egui::Panel::bottom("status").show(ui, |ui| menu::status_ui(ui, &cx, status));
            let exhibitors = &mut self.exhibitors;
            egui::Panel::left("exhibitors")
                .resizable(true)
                .default_size(300.0)
                .show(ui, |ui| exhibitors.ui(ui, &cx, out));
            egui::Panel::right("inspector")
                .resizable(true)
                .default_size(300.0)
                .show(ui, |ui| panels::inspector_ui(ui, &cx, out));
            egui::Panel::bottom("problems")
                .resizable(true)
                .default_size(170.0)
                .show(ui, |ui| panels::problems_ui(ui, &cx, out));
            let canvas = &mut self.canvas;
            egui::CentralPanel::default().show(ui, |ui| canvas.ui(ui, &cx, out));
        }
        self.drawing_status = self
            .doc
            .plan()
            .drawings
            .keys()
            .filter_map(|id| {
                let status = self.canvas.underlays.status(*id, self.doc.plan())?;
                Some((*id, status))
            })
            .collect();
        if let Some(c) = shortcut {
            self.run(c);
        }
        for event in clipboard {
            self.clipboard_event(&ctx, event);
        }
        self.dialog_ui(&ctx);
        self.team_ui(&ctx);
        self.sales_ui(&ctx);
        self.job_ui(&ctx);
        self.end_frame(&ctx);
    }

    /// Applies what the frame asked for, revalidates, autosaves, and updates the title.
    fn end_frame(&mut self, ctx: &egui::Context) {
        // In the order they were asked for: a selection after the edit that made its booths.
        for action in self.actions.take() {
            self.handle(action);
        }
        self.revalidate();
        // However it came there (a click, undo, paste, Go to), nothing hidden stays selected.
        self.drop_hidden_from_selection();
        self.remember_step_selection();
        let now = ctx.input(|i| i.time);
        self.autosave(now);
        // Wake an idle editor when the next recovery copy is due: the promise is "every
        // minute while there are unsaved changes", not "at the next mouse move".
        if let Some(wait) = self.autosave_due_in(now) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
        }
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl eframe::App for BoothApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}
