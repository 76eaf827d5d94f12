//! The editor: an eframe app that reads the plan and emits [`Edit`]s.
//!
//! Each frame the panels and the canvas draw the plan and collect what the user asked for as
//! [`Command`]s and [`Edit`]s; [`BoothApp::end_frame`] applies them in one place, through the
//! [`History`], and revalidates. Drags are transactions: one undo step on release, rolled back on
//! Esc.

mod canvas;
pub mod commands;
mod files;
pub mod fonts;
mod jobs;
mod layout_tools;
mod panels;
pub mod theme;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub use canvas::{ColourBy, Tool, View};
pub use commands::Command;
pub use files::{AfterPrompt, Dialog, PathPurpose};

use crate::edit::{Edit, History};
use crate::model::{BoothId, Derived, ExhibitorId, Plan};
use crate::validate::{Live, Report, Severity};

/// Key of the settings in eframe's storage.
const SETTINGS_KEY: &str = "boothplan-settings";
/// Plans larger than this are revalidated when a drag ends rather than on every frame of it.
const LIVE_VALIDATION_LIMIT: usize = 5_000;

/// What the app remembers between runs (in eframe's storage, not in plan files).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
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
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            show_grid: true,
            show_labels: true,
            colour_by: ColourBy::Status,
            dark: false,
        }
    }
}

/// Filters of the exhibitors panel.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Only exhibitors without a booth.
    pub unallocated: bool,
    /// Only this zone.
    pub zone: Option<crate::model::ZoneId>,
    /// Only this sector.
    pub sector: Option<String>,
    /// Only this country.
    pub country: Option<String>,
}

/// What the panels look up every frame, computed once per change of the plan.
#[derive(Clone, Debug, Default)]
pub struct Lookup {
    /// Exhibitor names folded for search, in name order.
    pub folded: Vec<(ExhibitorId, String)>,
    /// Each exhibitor's booths.
    pub booths_of: BTreeMap<ExhibitorId, Vec<BoothId>>,
    /// Every sector named, sorted.
    pub sectors: Vec<String>,
    /// Every country named, sorted.
    pub countries: Vec<String>,
    /// Exhibitors holding a booth.
    pub allocated: usize,
    /// Area of sold booths, mm².
    pub sold_mm2: i128,
}

impl Lookup {
    fn new(plan: &Plan) -> Self {
        let mut booths_of: BTreeMap<ExhibitorId, Vec<BoothId>> = BTreeMap::new();
        for (id, b) in &plan.booths {
            if let Some(e) = b.exhibitor {
                booths_of.entry(e).or_default().push(*id);
            }
        }
        let mut by_name: Vec<(&str, ExhibitorId)> = plan
            .exhibitors
            .iter()
            .map(|(id, e)| (e.name.as_str(), *id))
            .collect();
        by_name.sort_unstable();
        let sectors: BTreeSet<&str> = plan
            .exhibitors
            .values()
            .map(|e| e.sector.as_str())
            .collect();
        let countries: BTreeSet<&str> = plan
            .exhibitors
            .values()
            .map(|e| e.country.as_str())
            .collect();
        Self {
            folded: by_name
                .into_iter()
                .map(|(name, id)| (id, crate::text::fold(name)))
                .collect(),
            allocated: booths_of
                .keys()
                .filter(|e| plan.exhibitors.contains_key(e))
                .count(),
            booths_of,
            sectors: sectors.into_iter().map(str::to_owned).collect(),
            countries: countries.into_iter().map(str::to_owned).collect(),
            sold_mm2: plan.area_sold_mm2(),
        }
    }
}

/// The editor's state.
pub struct BoothApp {
    /// The plan being edited.
    pub plan: Plan,
    /// The file it came from or was saved to.
    pub path: Option<PathBuf>,
    /// Undo and redo.
    pub history: History,
    /// Derived values (open sides, spatial index) of the current plan.
    live: Live,
    /// The live validation report.
    /// Worst severity per booth, for the canvas markers.
    pub marks: BTreeMap<BoothId, Severity>,
    /// Selected booths.
    pub selection: BTreeSet<BoothId>,
    /// Selected exhibitor (the inspector shows it when no booth is selected).
    pub selected_exhibitor: Option<ExhibitorId>,
    /// Canvas transform.
    pub view: View,
    /// Active canvas tool.
    pub tool: Tool,
    /// The open modal dialog, if any.
    pub dialog: Option<Dialog>,
    /// Remembered preferences.
    pub settings: Settings,
    /// Exhibitor search text.
    pub search: String,
    /// Exhibitor filters.
    pub filters: Filters,
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
    drag: Option<canvas::Drag>,
    commands: Vec<Command>,
    edits: Vec<Edit>,
    stale: bool,
    /// While every change since the last validation only put booths: which ones.
    moved: Option<BTreeSet<BoothId>>,
    /// Lookups the panels use every frame, rebuilt when the plan changes.
    pub lookup: Lookup,
    list_cache: Option<(String, Filters, Vec<ExhibitorId>)>,
    last_autosave_secs: f64,
    title: String,
    close: files::CloseState,
}

impl BoothApp {
    /// An editor on `plan`, loaded from `path` if given.
    pub fn new(plan: Plan, path: Option<PathBuf>) -> Self {
        let live = Live::new(&plan);
        let mut app = Self {
            plan,
            path,
            history: History::new(),
            live,
            marks: BTreeMap::new(),
            selection: BTreeSet::new(),
            selected_exhibitor: None,
            view: View::default(),
            tool: Tool::Select,
            dialog: None,
            settings: Settings::default(),
            search: String::new(),
            filters: Filters::default(),
            native_dialogs: false,
            recovery_dir: None,
            status: String::new(),
            today: String::new(),
            job: None,
            ctx: None,
            drag: None,
            commands: Vec::new(),
            edits: Vec::new(),
            stale: true,
            moved: None,
            lookup: Lookup::default(),
            list_cache: None,
            last_autosave_secs: 0.0,
            title: String::new(),
            close: files::CloseState::Open,
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
    ) -> Self {
        fonts::install(&cc.egui_ctx);
        let mut app = Self::new(plan, path);
        if let Some(settings) = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, SETTINGS_KEY))
        {
            app.settings = settings;
        }
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

    /// Queues a command to run at the end of the frame.
    pub fn run(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Queues an edit to apply at the end of the frame.
    pub fn push_edit(&mut self, edit: Edit) {
        self.edits.push(edit);
    }

    /// Applies an edit now (tests and scripted use).
    pub fn apply_now(&mut self, edit: Edit) {
        self.apply_edit(edit);
        self.revalidate();
    }

    /// The validation report of the plan as it is now.
    pub fn report(&self) -> &Report {
        self.live.report()
    }

    /// Open sides, types and indexes of the plan as it is now.
    pub fn derived(&self) -> &Derived {
        self.live.derived()
    }

    /// Applies an edit through the history, noting what it changed for the next validation.
    pub(crate) fn apply_edit(&mut self, edit: Edit) {
        let first = !self.stale;
        let mut ids = if first {
            Some(BTreeSet::new())
        } else {
            self.moved.take()
        };
        if let Some(set) = ids.as_mut()
            && !booths_of_edit(&edit, set)
        {
            ids = None;
        }
        self.moved = ids;
        self.history.apply(&mut self.plan, edit);
        self.stale = true;
    }

    /// Notes a change the next validation must take in full (undo, redo, a new document).
    pub(crate) fn changed_all(&mut self) {
        self.stale = true;
        self.moved = None;
    }

    /// Brings the report up to date when the plan changed.
    fn revalidate(&mut self) {
        if !self.stale {
            return;
        }
        if let Some(ids) = self.moved.take() {
            // Booths moved or resized: brought up to date live, at any size.
            let ids: Vec<BoothId> = ids.into_iter().collect();
            self.live.moved(&self.plan, &ids);
        } else {
            if self.history.in_transaction() && self.plan.booths.len() > LIVE_VALIDATION_LIMIT {
                return; // Anything else during a gesture on a huge plan: on release.
            }
            self.live = Live::new(&self.plan);
        }
        self.stale = false;
        self.marks.clear();
        for f in &self.live.report().findings {
            for b in &f.booth_ids {
                let worst = self.marks.entry(*b).or_insert(f.severity());
                *worst = (*worst).min(f.severity());
            }
        }
        self.selection.retain(|b| self.plan.booths.contains_key(b));
        if self
            .selected_exhibitor
            .is_some_and(|e| !self.plan.exhibitors.contains_key(&e))
        {
            self.selected_exhibitor = None;
        }
        self.lookup = Lookup::new(&self.plan);
        self.list_cache = None;
    }

    /// Replaces the document (New, Open, restore).
    fn replace_document(&mut self, plan: Plan, path: Option<PathBuf>) {
        self.plan = plan;
        self.path = path;
        self.history = History::new();
        self.selection.clear();
        self.selected_exhibitor = None;
        self.drag = None;
        self.view.fitted = false;
        self.changed_all();
        self.revalidate();
    }

    /// The file name, or the show name for a plan never saved.
    pub fn document_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || self.plan.meta.show_name.clone(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// The window title: file or show name, with a marker for unsaved changes.
    pub fn window_title(&self) -> String {
        let marker = if self.history.is_dirty() { " •" } else { "" };
        format!("boothplan — {}{marker}", self.document_name())
    }

    /// Draws one frame of the whole editor and handles its input.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.ctx = Some(ctx.clone());
        ctx.set_theme(if self.settings.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        if self.dialog.is_none() {
            if let Some(c) = Command::from_input(&ctx) {
                self.run(c);
            }
        }
        self.close_request(&ctx);
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        egui::Panel::left("exhibitors")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| self.exhibitors_ui(ui));
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| self.inspector_ui(ui));
        egui::Panel::bottom("problems")
            .resizable(true)
            .default_size(170.0)
            .show(ui, |ui| self.problems_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| self.canvas_ui(ui));
        self.dialog_ui(&ctx);
        self.job_ui(&ctx);
        self.end_frame(&ctx);
    }

    /// Applies what the frame asked for, revalidates, autosaves, and updates the title.
    fn end_frame(&mut self, ctx: &egui::Context) {
        for edit in std::mem::take(&mut self.edits) {
            self.apply_edit(edit);
        }
        for command in std::mem::take(&mut self.commands) {
            self.execute(command);
        }
        self.revalidate();
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

    fn execute(&mut self, command: Command) {
        match command {
            Command::New => self.guard_unsaved(AfterPrompt::New),
            Command::Open => self.guard_unsaved(AfterPrompt::Open),
            Command::Save => self.save(),
            Command::SaveAs => self.save_as(),
            Command::Quit => self.guard_unsaved(AfterPrompt::Quit),
            Command::Undo => {
                self.drag = None;
                // Undo first rolls back a gesture in progress, even with nothing to undo.
                let gesture = self.history.in_transaction();
                if self.history.undo(&mut self.plan) || gesture {
                    self.changed_all();
                }
            }
            Command::Redo => {
                self.drag = None;
                let gesture = self.history.in_transaction();
                if self.history.redo(&mut self.plan) || gesture {
                    self.changed_all();
                }
            }
            Command::Delete => {
                if !self.selection.is_empty() {
                    self.apply_edit(Edit::remove_booths(self.selection.iter().copied()));
                    self.selection.clear();
                }
            }
            Command::Duplicate => self.duplicate_selection(),
            Command::SelectAll => self.selection = self.plan.booths.keys().copied().collect(),
            Command::Rotate => {
                let rects: Vec<_> = self
                    .selection
                    .iter()
                    .filter_map(|id| self.plan.booths.get(id).map(|b| (*id, b.rect.rotated())))
                    .collect();
                let edit = Edit::set_rects(&self.plan, rects);
                self.apply_edit(edit);
            }
            Command::ZoomToFit => self.view.fitted = false,
            Command::ZoomToSelection => self.zoom_to_booths(&self.selection.clone()),
            Command::ToggleGrid => self.settings.show_grid = !self.settings.show_grid,
            Command::ToggleLabels => self.settings.show_labels = !self.settings.show_labels,
            Command::ColourByStatus => self.settings.colour_by = ColourBy::Status,
            Command::ColourByZone => self.settings.colour_by = ColourBy::Zone,
            Command::ColourBySector => self.settings.colour_by = ColourBy::Sector,
            Command::ToggleTheme => self.settings.dark = !self.settings.dark,
            Command::SelectTool => self.tool = Tool::Select,
            Command::BoothTool => self.tool = Tool::NewBooth,
            Command::BlockTool => self.tool = Tool::Block,
            Command::ImportExhibitors => self.ask_import(),
            Command::Allocate => self.preview_allocation(),
            Command::ExportMap => self.ask_export(files::ExportKind::Map),
            Command::ExportList => self.ask_export(files::ExportKind::List),
            Command::ExportDirectory => self.ask_export(files::ExportKind::Directory),
            Command::ExportPacks => self.ask_export(files::ExportKind::Packs),
        }
    }

    /// Copies the selected booths one booth-width to the east, numbered after the last booth.
    fn duplicate_selection(&mut self) {
        let mut free = crate::model::free_ids(self.plan.booths.keys().map(|k| k.0).collect());
        let mut edits = Vec::new();
        let mut copies = BTreeSet::new();
        for id in &self.selection {
            let Some(b) = self.plan.booths.get(id) else {
                continue;
            };
            let mut copy = b.clone();
            copy.rect = b.rect.translated(b.rect.w_mm, 0);
            copy.exhibitor = None;
            copy.status = crate::model::BoothStatus::Available;
            copy.number = format!("{}-copy", b.number);
            let Some(next) = free.next().map(crate::model::BoothId) else {
                break;
            };
            edits.push(Edit::Booth(next, Some(copy)));
            copies.insert(next);
        }
        if !edits.is_empty() {
            self.apply_edit(Edit::Batch(edits));
            self.selection = copies;
        }
    }

    fn status_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let p = &self.plan;
            ui.label(format!("{} booths", p.booths.len()));
            ui.separator();
            ui.label(format!(
                "{} / {} exhibitors allocated",
                self.lookup.allocated,
                p.exhibitors.len()
            ));
            ui.separator();
            ui.label(format!(
                "{} sold",
                crate::model::geom::fmt_m2(self.lookup.sold_mm2)
            ));
            ui.separator();
            ui.colored_label(theme::ERROR, format!("{} errors", self.report().errors()));
            ui.colored_label(
                theme::WARNING,
                format!("{} warnings", self.report().warnings()),
            );
            if !self.status.is_empty() {
                ui.separator();
                ui.label(&self.status);
            }
        });
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                self.command_button(ui, &ctx, Command::New);
                self.command_button(ui, &ctx, Command::Open);
                ui.menu_button("Open Recent", |ui| {
                    if self.settings.recent.is_empty() {
                        ui.label("No recent files");
                    }
                    for path in self.settings.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.guard_unsaved(AfterPrompt::OpenPath(path));
                        }
                    }
                });
                ui.separator();
                self.command_button(ui, &ctx, Command::ImportExhibitors);
                ui.menu_button("Export", |ui| {
                    for c in [
                        Command::ExportMap,
                        Command::ExportList,
                        Command::ExportDirectory,
                        Command::ExportPacks,
                    ] {
                        self.command_button(ui, &ctx, c);
                    }
                });
                ui.separator();
                self.command_button(ui, &ctx, Command::Save);
                self.command_button(ui, &ctx, Command::SaveAs);
                ui.separator();
                self.command_button(ui, &ctx, Command::Quit);
            });
            ui.menu_button("Edit", |ui| {
                for c in [
                    Command::Undo,
                    Command::Redo,
                    Command::Delete,
                    Command::Duplicate,
                    Command::SelectAll,
                    Command::Rotate,
                ] {
                    self.command_button(ui, &ctx, c);
                }
                ui.separator();
                self.command_button(ui, &ctx, Command::SelectTool);
                self.command_button(ui, &ctx, Command::BoothTool);
                self.command_button(ui, &ctx, Command::BlockTool);
                ui.separator();
                self.command_button(ui, &ctx, Command::Allocate);
            });
            ui.menu_button("View", |ui| {
                for c in [
                    Command::ZoomToFit,
                    Command::ZoomToSelection,
                    Command::ToggleGrid,
                    Command::ToggleLabels,
                ] {
                    self.command_button(ui, &ctx, c);
                }
                ui.separator();
                for c in [
                    Command::ColourByStatus,
                    Command::ColourByZone,
                    Command::ColourBySector,
                    Command::ToggleTheme,
                ] {
                    self.command_button(ui, &ctx, c);
                }
            });
            ui.menu_button("Draw", |ui| {
                for tool in Tool::ELEMENTS {
                    if ui
                        .add(egui::Button::selectable(self.tool == tool, tool.label()))
                        .clicked()
                    {
                        self.tool = tool;
                        ui.close();
                    }
                }
            });
            ui.separator();
            ui.selectable_value(&mut self.tool, Tool::Select, "Select");
            ui.selectable_value(&mut self.tool, Tool::NewBooth, "New booth");
            ui.selectable_value(&mut self.tool, Tool::Block, "Booth block");
            if Tool::ELEMENTS.contains(&self.tool) {
                ui.separator();
                ui.label(format!("Drawing: {}", self.tool.label()));
            }
        });
    }

    fn command_button(&mut self, ui: &mut egui::Ui, ctx: &egui::Context, command: Command) {
        let enabled = match command {
            Command::Undo => self.history.can_undo(),
            Command::Redo => self.history.can_redo(),
            Command::Delete | Command::Duplicate | Command::Rotate | Command::ZoomToSelection => {
                !self.selection.is_empty()
            }
            _ => true,
        };
        let checked = match command {
            Command::ToggleGrid => Some(self.settings.show_grid),
            Command::ToggleLabels => Some(self.settings.show_labels),
            Command::ColourByStatus => Some(self.settings.colour_by == ColourBy::Status),
            Command::ColourByZone => Some(self.settings.colour_by == ColourBy::Zone),
            Command::ColourBySector => Some(self.settings.colour_by == ColourBy::Sector),
            Command::ToggleTheme => Some(self.settings.dark),
            Command::SelectTool => Some(self.tool == Tool::Select),
            Command::BoothTool => Some(self.tool == Tool::NewBooth),
            Command::BlockTool => Some(self.tool == Tool::Block),
            _ => None,
        };
        let button = egui::Button::new(command.label())
            .selected(checked == Some(true))
            .shortcut_text(command.shortcut_text(ctx));
        if ui.add_enabled(enabled, button).clicked() {
            self.run(command);
            ui.close();
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

/// Opens the editor window on a plan.
///
/// # Errors
/// When no window can be created (no display).
pub fn run_app(plan: Plan, path: Option<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("boothplan")
            .with_app_id(crate::APP_ID)
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([800.0, 500.0]),
        ..Default::default()
    };
    eframe::run_native(
        "boothplan",
        options,
        Box::new(move |cc| Ok(Box::new(BoothApp::from_creation_context(cc, plan, path)))),
    )
}

/// Adds to `ids` the booths an edit puts or removes; false when it changes anything else.
fn booths_of_edit(edit: &Edit, ids: &mut BTreeSet<BoothId>) -> bool {
    match edit {
        Edit::Booth(id, _) => {
            ids.insert(*id);
            true
        }
        Edit::Batch(edits) => edits.iter().all(|e| booths_of_edit(e, ids)),
        _ => false,
    }
}
