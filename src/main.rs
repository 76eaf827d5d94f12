//! The `boothplan` binary: parses the command line and runs a command.

mod cli;

use std::process::ExitCode;

use clap::Parser;
use cli::{Cli, Command};

fn main() -> ExitCode {
    // Messages to people in the system's language; what scripts read (JSON, CSV, plans, the
    // `diff` text git shows) never changes with it.
    boothplan::i18n::set_current(boothplan::i18n::system());
    // A bug must still end in one clear line, not a backtrace. Its words are looked up now:
    // a panic while the catalogues are read must not need them.
    let internal_error = boothplan::i18n::t("cli-internal-error");
    std::panic::set_hook(Box::new(move |info| {
        eprintln!("boothplan: {internal_error}: {info}");
    }));
    let cli = Cli::parse();
    // `--lang` names the language of exports, and of what the command says too.
    if let Some(lang) = cli.lang {
        boothplan::i18n::set_current(lang);
    }
    let result = match cli.command {
        Some(Command::Validate { plan, format }) => cli::validate_cmd(&plan, format),
        Some(Command::Info { plan, format }) => cli::info_cmd(&plan, format),
        Some(Command::Demo { output }) => Ok(cli::save_cmd(&output, &boothplan::demo::demo_plan())),
        Some(Command::Import {
            plan,
            list,
            output,
            accept_partial,
            encoding,
        }) => cli::import_cmd(&plan, &list, output.as_deref(), accept_partial, encoding),
        Some(Command::Generate {
            plan,
            hall,
            rect,
            booth,
            output,
        }) => cli::generate_cmd(&plan, &hall, &rect, &booth, output.as_deref()),
        Some(Command::Allocate {
            plan,
            output,
            format,
            merge,
        }) => cli::allocate_cmd(&plan, output.as_deref(), format, merge),
        Some(Command::Export(export)) => cli::export_cmd(&export, cli.lang),
        Some(Command::Booth(command)) => cli::booth::booth_cmd(&command),
        Some(Command::Report(cli::ReportCommand::Sales {
            plan,
            format,
            output,
        })) => cli::report::sales_cmd(&plan, format, output.as_deref(), cli.lang),
        Some(Command::Diff {
            old,
            new,
            format,
            output,
            paper,
        }) => cli::compare::diff_cmd(&old, &new, format, output.as_deref(), paper, cli.lang),
        Some(Command::Merge {
            base,
            ours,
            theirs,
            output,
            format,
        }) => cli::compare::merge_cmd(&base, &ours, &theirs, output.as_deref(), format),
        Some(Command::GitDiff { args }) => Ok(cli::compare::git_diff_cmd(&args)),
        Some(Command::Synth {
            booths,
            seed,
            output,
        }) => Ok(cli::save_cmd(
            &output,
            &boothplan::demo::synthetic_plan(booths as usize, seed),
        )),
        None => cli::open_cmd(cli.plan.as_deref()),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            cli::complain(&format!("{e:#}"));
            ExitCode::from(cli::UNREADABLE)
        }
    }
}
