//! Every user action is one [`Command`] value that owns its label and keyboard shortcuts, so
//! menus and shortcuts never drift apart.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::edit::Arrange;

/// A user action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start a new, empty plan.
    New,
    /// Open a plan file.
    Open,
    /// Save to the current file.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Leave the app.
    Quit,
    /// Undo the last step.
    Undo,
    /// Redo the last undone step.
    Redo,
    /// Delete everything selected: booths, companies, venue objects.
    Delete,
    /// Duplicate the selected booths and venue objects beside themselves.
    Duplicate,
    /// Select every booth.
    SelectAll,
    /// Swap width and depth of the selected booths and obstacles.
    Rotate,
    /// Zoom so the whole site fits.
    ZoomToFit,
    /// Zoom to what is selected (a company: its booths).
    ZoomToSelection,
    /// Find a booth, company, hall or zone by typing and jump there.
    GoTo,
    /// Show or hide the grid.
    ToggleGrid,
    /// Show or hide booth labels.
    ToggleLabels,
    /// Show or hide the walking-distance heat map.
    ToggleHeatMap,
    /// Show or hide zones and pavilions.
    ToggleZones,
    /// Show or hide obstacles (pillars, fire equipment, service cores, stages, aisles).
    ToggleObstacles,
    /// Show or hide the legend.
    ToggleLegend,
    /// Show or hide the venue drawings.
    ToggleDrawings,
    /// Colour booths by status.
    ColourByStatus,
    /// Colour booths by zone.
    ColourByZone,
    /// Colour booths by sector.
    ColourBySector,
    /// Switch between light and dark.
    ToggleTheme,
    /// The selection tool.
    SelectTool,
    /// The tool that draws new booths.
    BoothTool,
    /// The tool that fills a rectangle with a booth block.
    BlockTool,
    /// The tool that measures distances and clear widths.
    MeasureTool,
    /// Import exhibitors from a CSV or XLSX list.
    ImportExhibitors,
    /// Propose booths for exhibitors without one.
    Allocate,
    /// Export a map (SVG, PNG or HTML; the selected booths are highlighted).
    ExportMap,
    /// Export the allocation list as CSV.
    ExportList,
    /// Export the exhibitor directory as CSV.
    ExportDirectory,
    /// Export one PDF pack per allocated booth into a folder.
    ExportPacks,
    /// The show's name, dates, prices, grid and venue rules.
    ShowSettings,
    /// Align the selected booths and obstacles, or spread them with equal gaps.
    Arrange(crate::edit::Arrange),
    /// Number the selected booths by row and place, as booth blocks are numbered.
    Renumber,
    /// Show what changed since another version: a file, the last save, or the backup.
    CompareWith,
    /// Show the conflicts a merge left, to pick ours or theirs for each.
    ResolveConflicts,
    /// Merge the selected free booths, which together form a rectangle, into one.
    MergeBooths,
    /// Split the selected free booth into equal parts.
    SplitBooth,
    /// Show how much is sold: by hall, zone, country, sector and booth type.
    Sales,
    /// Speak this language in menus, panels, dialogs and findings.
    Language(crate::i18n::Lang),
}

const fn cmd(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn cmd_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 53] = [
        Command::New,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::Delete,
        Command::Duplicate,
        Command::SelectAll,
        Command::Rotate,
        Command::ZoomToFit,
        Command::ZoomToSelection,
        Command::GoTo,
        Command::ToggleGrid,
        Command::ToggleLabels,
        Command::ToggleHeatMap,
        Command::ToggleZones,
        Command::ToggleObstacles,
        Command::ToggleLegend,
        Command::ToggleDrawings,
        Command::ColourByStatus,
        Command::ColourByZone,
        Command::ColourBySector,
        Command::ToggleTheme,
        Command::SelectTool,
        Command::BoothTool,
        Command::BlockTool,
        Command::MeasureTool,
        Command::ImportExhibitors,
        Command::Allocate,
        Command::ExportMap,
        Command::ExportList,
        Command::ExportDirectory,
        Command::ExportPacks,
        Command::ShowSettings,
        Command::Arrange(Arrange::Left),
        Command::Arrange(Arrange::CentresAcross),
        Command::Arrange(Arrange::Right),
        Command::Arrange(Arrange::Top),
        Command::Arrange(Arrange::CentresDown),
        Command::Arrange(Arrange::Bottom),
        Command::Arrange(Arrange::SpreadAcross),
        Command::Arrange(Arrange::SpreadDown),
        Command::Renumber,
        Command::CompareWith,
        Command::ResolveConflicts,
        Command::MergeBooths,
        Command::SplitBooth,
        Command::Sales,
        Command::Language(crate::i18n::Lang::En),
        Command::Language(crate::i18n::Lang::Ko),
        Command::Language(crate::i18n::Lang::Vi),
    ];

    /// The catalogue key of the menu label; the tooltip's key adds `-tip`.
    pub fn key(self) -> &'static str {
        match self {
            Command::New => "cmd-new",
            Command::Open => "cmd-open",
            Command::Save => "cmd-save",
            Command::SaveAs => "cmd-save-as",
            Command::Quit => "cmd-quit",
            Command::Undo => "cmd-undo",
            Command::Redo => "cmd-redo",
            Command::Delete => "cmd-delete",
            Command::Duplicate => "cmd-duplicate",
            Command::SelectAll => "cmd-select-all",
            Command::Rotate => "cmd-rotate",
            Command::ZoomToFit => "cmd-zoom-to-fit",
            Command::ZoomToSelection => "cmd-zoom-to-selection",
            Command::GoTo => "cmd-go-to",
            Command::ToggleGrid => "cmd-toggle-grid",
            Command::ToggleLabels => "cmd-toggle-labels",
            Command::ToggleHeatMap => "cmd-toggle-heat-map",
            Command::ToggleZones => "cmd-toggle-zones",
            Command::ToggleObstacles => "cmd-toggle-obstacles",
            Command::ToggleLegend => "cmd-toggle-legend",
            Command::ToggleDrawings => "cmd-toggle-drawings",
            Command::ColourByStatus => "cmd-colour-by-status",
            Command::ColourByZone => "cmd-colour-by-zone",
            Command::ColourBySector => "cmd-colour-by-sector",
            Command::ToggleTheme => "cmd-toggle-theme",
            Command::SelectTool => "cmd-select-tool",
            Command::BoothTool => "cmd-booth-tool",
            Command::BlockTool => "cmd-block-tool",
            Command::MeasureTool => "cmd-measure-tool",
            Command::ImportExhibitors => "cmd-import-exhibitors",
            Command::Allocate => "cmd-allocate",
            Command::ExportMap => "cmd-export-map",
            Command::ExportList => "cmd-export-list",
            Command::ExportDirectory => "cmd-export-directory",
            Command::ExportPacks => "cmd-export-packs",
            Command::ShowSettings => "cmd-show-settings",
            Command::Renumber => "cmd-renumber",
            Command::CompareWith => "cmd-compare-with",
            Command::ResolveConflicts => "cmd-resolve-conflicts",
            Command::MergeBooths => "cmd-merge-booths",
            Command::SplitBooth => "cmd-split-booth",
            Command::Sales => "cmd-sales",
            Command::Language(lang) => match lang {
                crate::i18n::Lang::En => "cmd-language-en",
                crate::i18n::Lang::Ko => "cmd-language-ko",
                crate::i18n::Lang::Vi => "cmd-language-vi",
            },
            Command::Arrange(how) => match how {
                Arrange::Left => "cmd-arrange-left",
                Arrange::CentresAcross => "cmd-arrange-centres-across",
                Arrange::Right => "cmd-arrange-right",
                Arrange::Top => "cmd-arrange-top",
                Arrange::CentresDown => "cmd-arrange-centres-down",
                Arrange::Bottom => "cmd-arrange-bottom",
                Arrange::SpreadAcross => "cmd-arrange-spread-across",
                Arrange::SpreadDown => "cmd-arrange-spread-down",
            },
        }
    }

    /// Menu label, in the editor's language.
    pub fn label(self) -> String {
        crate::i18n::t(self.key())
    }

    /// What the command does, for its tooltip, in the editor's language.
    pub fn tooltip(self) -> String {
        crate::i18n::t(&format!("{}-tip", self.key()))
    }

    /// Keyboard shortcuts; the first is shown in menus.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NEW: [KeyboardShortcut; 1] = [cmd(Key::N)];
        const OPEN: [KeyboardShortcut; 1] = [cmd(Key::O)];
        const SAVE: [KeyboardShortcut; 1] = [cmd(Key::S)];
        const SAVE_AS: [KeyboardShortcut; 1] = [cmd_shift(Key::S)];
        const QUIT: [KeyboardShortcut; 1] = [cmd(Key::Q)];
        const UNDO: [KeyboardShortcut; 1] = [cmd(Key::Z)];
        const REDO: [KeyboardShortcut; 2] = [cmd_shift(Key::Z), cmd(Key::Y)];
        const DELETE: [KeyboardShortcut; 2] = [plain(Key::Delete), plain(Key::Backspace)];
        const DUPLICATE: [KeyboardShortcut; 1] = [cmd(Key::D)];
        const SELECT_ALL: [KeyboardShortcut; 1] = [cmd(Key::A)];
        const ROTATE: [KeyboardShortcut; 1] = [plain(Key::R)];
        const FIT: [KeyboardShortcut; 1] = [plain(Key::F)];
        const ZOOM_SEL: [KeyboardShortcut; 1] = [cmd_shift(Key::F)];
        const GO_TO: [KeyboardShortcut; 1] = [cmd(Key::G)];
        const GRID: [KeyboardShortcut; 1] = [plain(Key::G)];
        const LABELS: [KeyboardShortcut; 1] = [plain(Key::L)];
        const HEAT: [KeyboardShortcut; 1] = [plain(Key::H)];
        const ZONES: [KeyboardShortcut; 1] = [plain(Key::Z)];
        const OBSTACLES: [KeyboardShortcut; 1] = [plain(Key::O)];
        const DRAWINGS: [KeyboardShortcut; 1] = [plain(Key::D)];
        const SELECT_TOOL: [KeyboardShortcut; 1] = [plain(Key::V)];
        const BOOTH_TOOL: [KeyboardShortcut; 1] = [plain(Key::B)];
        const BLOCK_TOOL: [KeyboardShortcut; 1] = [plain(Key::K)];
        const MEASURE_TOOL: [KeyboardShortcut; 1] = [plain(Key::M)];
        const IMPORT: [KeyboardShortcut; 1] = [cmd(Key::I)];
        const ALLOCATE: [KeyboardShortcut; 1] = [cmd_shift(Key::A)];
        const EXPORT_MAP: [KeyboardShortcut; 1] = [cmd(Key::E)];
        const SETTINGS: [KeyboardShortcut; 1] = [cmd(Key::Comma)];
        const COMPARE: [KeyboardShortcut; 1] = [cmd_shift(Key::D)];
        const MERGE: [KeyboardShortcut; 1] = [cmd_shift(Key::M)];
        const SPLIT: [KeyboardShortcut; 1] = [cmd_shift(Key::X)];
        const SALES: [KeyboardShortcut; 1] = [cmd_shift(Key::L)];
        match self {
            Command::New => &NEW,
            Command::Open => &OPEN,
            Command::Save => &SAVE,
            Command::SaveAs => &SAVE_AS,
            Command::Quit => &QUIT,
            Command::Undo => &UNDO,
            Command::Redo => &REDO,
            Command::Delete => &DELETE,
            Command::Duplicate => &DUPLICATE,
            Command::SelectAll => &SELECT_ALL,
            Command::Rotate => &ROTATE,
            Command::ZoomToFit => &FIT,
            Command::ZoomToSelection => &ZOOM_SEL,
            Command::GoTo => &GO_TO,
            Command::ToggleGrid => &GRID,
            Command::ToggleLabels => &LABELS,
            Command::ToggleHeatMap => &HEAT,
            Command::ToggleZones => &ZONES,
            Command::ToggleObstacles => &OBSTACLES,
            Command::ToggleDrawings => &DRAWINGS,
            Command::SelectTool => &SELECT_TOOL,
            Command::BoothTool => &BOOTH_TOOL,
            Command::BlockTool => &BLOCK_TOOL,
            Command::MeasureTool => &MEASURE_TOOL,
            Command::ImportExhibitors => &IMPORT,
            Command::Allocate => &ALLOCATE,
            Command::ExportMap => &EXPORT_MAP,
            Command::ShowSettings => &SETTINGS,
            Command::CompareWith => &COMPARE,
            Command::MergeBooths => &MERGE,
            Command::SplitBooth => &SPLIT,
            Command::Sales => &SALES,
            Command::ColourByStatus
            | Command::ColourByZone
            | Command::ColourBySector
            | Command::ToggleTheme
            | Command::ToggleLegend
            | Command::ExportList
            | Command::ExportDirectory
            | Command::ExportPacks
            | Command::Arrange(_)
            | Command::Renumber
            | Command::ResolveConflicts
            | Command::Language(_) => &[],
        }
    }

    /// True when the command can run on the editor as it is (menus grey it out otherwise, and
    /// its shortcut does nothing).
    pub fn enabled(self, app: &super::ViewContext<'_>) -> bool {
        match self {
            // During a drag, undo and redo first roll the drag back.
            Command::Undo => app.doc.history().can_undo() || app.doc.history().in_transaction(),
            Command::Redo => app.doc.history().can_redo() || app.doc.history().in_transaction(),
            Command::Delete | Command::ZoomToSelection => !app.selection.is_empty(),
            Command::Renumber => !app.selection.booths().is_empty(),
            Command::ResolveConflicts => !app.plan().conflicts.is_empty(),
            Command::MergeBooths => app.selection.booths().len() >= 2,
            Command::SplitBooth => app.selection.booths().len() == 1,
            Command::Duplicate => {
                !app.selection.booths().is_empty() || !app.selection.venue().is_empty()
            }
            Command::Rotate => {
                !app.selection.booths().is_empty()
                    || app
                        .selection
                        .venue()
                        .iter()
                        .any(|v| matches!(v, super::Venue::Obstacle(_)))
            }
            Command::Arrange(how) => {
                let obstacles = app
                    .selection
                    .venue()
                    .iter()
                    .filter(|v| matches!(v, super::Venue::Obstacle(_)))
                    .count();
                app.selection.booths().len() + obstacles >= how.needs()
            }
            _ => true,
        }
    }

    /// For toggles and choices: whether the command's state is on.
    pub fn checked(self, app: &super::ViewContext<'_>) -> Option<bool> {
        use super::{ColourBy, Tool};
        let s = app.settings;
        match self {
            Command::ToggleGrid => Some(s.show_grid),
            Command::ToggleLabels => Some(s.show_labels),
            Command::ToggleHeatMap => Some(s.show_heat),
            Command::ToggleZones => Some(s.show_zones),
            Command::ToggleObstacles => Some(s.show_obstacles),
            Command::ToggleLegend => Some(s.show_legend),
            Command::ToggleDrawings => Some(s.show_drawings),
            Command::ColourByStatus => Some(s.colour_by == ColourBy::Status),
            Command::ColourByZone => Some(s.colour_by == ColourBy::Zone),
            Command::ColourBySector => Some(s.colour_by == ColourBy::Sector),
            Command::ToggleTheme => Some(s.dark),
            Command::SelectTool => Some(app.tool == Tool::Select),
            Command::BoothTool => Some(app.tool == Tool::NewBooth),
            Command::BlockTool => Some(app.tool == Tool::Block),
            Command::MeasureTool => Some(app.tool == Tool::Measure),
            Command::Language(lang) => Some(crate::i18n::current() == lang),
            _ => None,
        }
    }

    /// True for commands that still run while a text field has the keyboard.
    pub fn works_while_typing(self) -> bool {
        matches!(
            self,
            Command::New | Command::Open | Command::Save | Command::SaveAs | Command::Quit
        )
    }

    /// The shortcut as menus show it ("Ctrl+Shift+Z", "Ctrl+,"): keys as keyboards print
    /// them, the same in every language.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcuts()
            .first()
            .map(|s| ctx.format_shortcut(s).replace("Comma", ","))
            .unwrap_or_default()
    }

    /// The command whose shortcut was pressed this frame, if any (consuming the key press).
    pub fn from_input(ctx: &egui::Context) -> Option<Command> {
        let typing = ctx.egui_wants_keyboard_input();
        // Longer chords first, so Ctrl+Shift+Z is not taken for Ctrl+Z.
        let mut all: Vec<(Command, KeyboardShortcut)> = Command::ALL
            .iter()
            .flat_map(|c| c.shortcuts().iter().map(move |s| (*c, *s)))
            .collect();
        all.sort_by_key(|(_, s)| {
            std::cmp::Reverse(u8::from(s.modifiers.shift) + u8::from(s.modifiers.command))
        });
        ctx.input_mut(|i| {
            all.into_iter()
                .find(|(c, s)| (!typing || c.works_while_typing()) && i.consume_shortcut(s))
                .map(|(c, _)| c)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = std::collections::BTreeSet::new();
        for c in Command::ALL {
            for s in c.shortcuts() {
                assert!(
                    seen.insert(format!("{:?}{:?}", s.modifiers, s.logical_key)),
                    "{c:?}"
                );
            }
        }
    }
}
