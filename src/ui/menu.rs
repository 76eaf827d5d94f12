//! The menu bar and the status bar: they read the editor and send actions.

use std::path::PathBuf;

use super::context::{Action, Actions, ViewContext};
use super::{Command, Tool, theme};
use crate::i18n::{Arg, Lang, t, ta};

/// The status bar: counts, problems and the last message.
pub fn status_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, message: &str) {
    ui.horizontal(|ui| {
        let p = cx.plan();
        ui.label(ta("status-booths", &[("count", Arg::from(p.booths.len()))]));
        ui.separator();
        ui.label(ta(
            "status-allocated",
            &[
                ("allocated", Arg::from(cx.lookup().allocated)),
                ("count", Arg::from(p.exhibitors.len())),
            ],
        ));
        ui.separator();
        ui.label(ta(
            "status-area-sold",
            &[(
                "area",
                Arg::from(crate::i18n::area(
                    crate::i18n::current(),
                    cx.lookup().sold_mm2,
                )),
            )],
        ));
        ui.separator();
        ui.colored_label(
            theme::ERROR,
            ta(
                "status-errors",
                &[("count", Arg::from(cx.report().errors()))],
            ),
        );
        ui.colored_label(
            theme::WARNING,
            ta(
                "status-warnings",
                &[("count", Arg::from(cx.report().warnings()))],
            ),
        );
        if !message.is_empty() {
            ui.separator();
            ui.label(message);
        }
    });
}

/// Align and distribute, edges then centres then gaps.
fn arrange_menu(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions) {
    for (i, how) in crate::edit::Arrange::ALL.into_iter().enumerate() {
        if i == 3 || i == 6 {
            ui.separator();
        }
        command_button(ui, cx, out, Command::Arrange(how));
    }
}

/// The menu bar and the tool buttons.
pub fn menu_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, recent: &[PathBuf], out: &mut Actions) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(t("menu-file"), |ui| file_menu(ui, cx, recent, out));
        ui.menu_button(t("menu-edit"), |ui| edit_menu(ui, cx, out));
        ui.menu_button(t("menu-view"), |ui| view_menu(ui, cx, out));
        ui.menu_button(t("menu-draw"), |ui| {
            for (i, tool) in Tool::ELEMENTS
                .into_iter()
                .chain([Tool::Calibrate])
                .enumerate()
            {
                if i == Tool::ELEMENTS.len() {
                    ui.separator();
                }
                if ui
                    .add(egui::Button::selectable(cx.tool == tool, tool.label()))
                    .clicked()
                {
                    out.tool(tool);
                    ui.close();
                }
            }
        });
        ui.menu_button(t("menu-settings"), |ui| settings_menu(ui, cx, out));
        ui.separator();
        for (tool, label) in [
            (Tool::Select, "tool-select"),
            (Tool::NewBooth, "tool-new-booth"),
            (Tool::Block, "tool-booth-block"),
            (Tool::Measure, "tool-measure"),
        ] {
            if ui.selectable_label(cx.tool == tool, t(label)).clicked() {
                out.tool(tool);
            }
        }
        if Tool::ELEMENTS.contains(&cx.tool) || cx.tool == Tool::Calibrate {
            ui.separator();
            ui.label(ta("tool-drawing", &[("tool", Arg::from(cx.tool.label()))]));
        }
    });
}

fn file_menu(ui: &mut egui::Ui, cx: &ViewContext<'_>, recent: &[PathBuf], out: &mut Actions) {
    command_button(ui, cx, out, Command::New);
    command_button(ui, cx, out, Command::Open);
    ui.menu_button(t("menu-open-recent"), |ui| {
        if recent.is_empty() {
            ui.label(t("menu-no-recent"));
        }
        for path in recent {
            if ui.button(path.display().to_string()).clicked() {
                out.push(Action::Open(path.clone()));
            }
        }
    });
    ui.separator();
    command_button(ui, cx, out, Command::ImportExhibitors);
    ui.menu_button(t("menu-export"), |ui| {
        command_buttons(
            ui,
            cx,
            out,
            &[
                Command::ExportMap,
                Command::ExportList,
                Command::ExportDirectory,
                Command::ExportPacks,
            ],
        );
    });
    ui.separator();
    command_button(ui, cx, out, Command::CompareWith);
    command_button(ui, cx, out, Command::ResolveConflicts);
    ui.separator();
    command_button(ui, cx, out, Command::Save);
    command_button(ui, cx, out, Command::SaveAs);
    ui.separator();
    command_button(ui, cx, out, Command::Quit);
}

fn edit_menu(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions) {
    command_buttons(
        ui,
        cx,
        out,
        &[
            Command::Undo,
            Command::Redo,
            Command::Delete,
            Command::Duplicate,
            Command::SelectAll,
            Command::Rotate,
        ],
    );
    ui.menu_button(t("menu-arrange"), |ui| arrange_menu(ui, cx, out));
    command_button(ui, cx, out, Command::Renumber);
    command_buttons(ui, cx, out, &[Command::MergeBooths, Command::SplitBooth]);
    ui.separator();
    command_buttons(
        ui,
        cx,
        out,
        &[
            Command::SelectTool,
            Command::BoothTool,
            Command::BlockTool,
            Command::MeasureTool,
        ],
    );
    ui.separator();
    command_button(ui, cx, out, Command::Allocate);
    command_button(ui, cx, out, Command::ShowSettings);
}

fn view_menu(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions) {
    command_buttons(
        ui,
        cx,
        out,
        &[Command::ZoomToFit, Command::ZoomToSelection, Command::GoTo],
    );
    ui.separator();
    command_button(ui, cx, out, Command::Sales);
    ui.separator();
    ui.menu_button(t("menu-layers"), |ui| {
        command_buttons(
            ui,
            cx,
            out,
            &[
                Command::ToggleGrid,
                Command::ToggleLabels,
                Command::ToggleZones,
                Command::ToggleObstacles,
                Command::ToggleDrawings,
                Command::ToggleHeatMap,
                Command::ToggleLegend,
            ],
        );
    });
    ui.separator();
    command_buttons(
        ui,
        cx,
        out,
        &[
            Command::ColourByStatus,
            Command::ColourByZone,
            Command::ColourBySector,
            Command::ToggleTheme,
        ],
    );
}

/// The Settings menu: the editor's language, and light or dark.
fn settings_menu(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions) {
    ui.menu_button(t("menu-language"), |ui| {
        for lang in Lang::ALL {
            command_button(ui, cx, out, Command::Language(lang));
        }
    });
    command_button(ui, cx, out, Command::ToggleTheme);
}

/// Menu items for commands, in order.
fn command_buttons(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    out: &mut Actions,
    commands: &[Command],
) {
    for c in commands {
        command_button(ui, cx, out, *c);
    }
}

/// The canvas's context menu: what can be done to the selection.
pub fn selection_menu_ui(ui: &mut egui::Ui, cx: &ViewContext<'_>, out: &mut Actions) {
    command_buttons(
        ui,
        cx,
        out,
        &[
            Command::MergeBooths,
            Command::SplitBooth,
            Command::Renumber,
            Command::Rotate,
            Command::Duplicate,
            Command::ZoomToSelection,
            Command::Delete,
        ],
    );
}

/// A menu item for a command: its label, shortcut, state, and greyed out when it cannot run.
pub fn command_button(
    ui: &mut egui::Ui,
    cx: &ViewContext<'_>,
    out: &mut Actions,
    command: Command,
) {
    let button = egui::Button::new(command.label())
        .selected(command.checked(cx) == Some(true))
        .shortcut_text(command.shortcut_text(ui.ctx()));
    if ui
        .add_enabled(command.enabled(cx), button)
        .on_hover_text(command.tooltip())
        .on_disabled_hover_text(command.tooltip())
        .clicked()
    {
        out.run(command);
        ui.close();
    }
}
