//! Commands that change a plan file in place (`import`, `generate`, `allocate`): read with a
//! stamp, written back only if nobody changed the file in between.

use std::path::Path;

use boothplan::io::stamp::Stamp;
use boothplan::io::{SaveError, WriteOptions};
use boothplan::model::Plan;

use super::{OK, UNREADABLE, complain, path_arg, save_cmd};

/// Loads a plan that a command changes, with the stamp of the bytes read (see
/// [`write_result`]).
pub(super) fn load_for_update(path: &Path) -> Result<(Plan, Stamp), u8> {
    boothplan::io::stamp::load_stamped(path).map_err(|e| {
        complain(&e.text(boothplan::i18n::current()));
        UNREADABLE
    })
}

/// Saves the changed plan to `output`, or back over the plan file — unless that file changed
/// on disk since it was `read` (someone saved, a `git pull`): then nothing is written, exit 2.
/// An `output` naming the plan file itself is the plan file.
pub(super) fn write_result(
    plan_path: &Path,
    output: Option<&Path>,
    plan: &Plan,
    read: &Stamp,
) -> u8 {
    let Some(output) = output.filter(|o| !boothplan::io::same_file(o, plan_path)) else {
        hold_for_test();
        let options = WriteOptions {
            keep_backup: true,
            expect_sha256: Some(&read.sha256),
        };
        return match boothplan::io::save_with(plan_path, plan, options) {
            Ok(_) => OK,
            Err(SaveError::ChangedOnDisk { .. }) => {
                complain(&boothplan::i18n::ta(
                    "cli-changed-on-disk",
                    &[("file", path_arg(plan_path))],
                ));
                UNREADABLE
            }
            Err(e) => {
                complain(&e.text(boothplan::i18n::current()));
                UNREADABLE
            }
        };
    };
    // Written elsewhere, the plan's venue drawings are named from there.
    let mut moved = plan.clone();
    for d in moved.drawings.values_mut() {
        d.file = boothplan::io::drawing::rebased(&d.file, Some(plan_path), output);
    }
    save_cmd(output, &moved)
}

/// Tests only (debug builds): with `BOOTHPLAN_TEST_HOLD=PATH`, a command that updates its
/// plan in place says it has read it (creates `PATH.ready`) and waits, up to 30 s, for `PATH`
/// to exist before it checks the file and saves, so a test can change the file in between.
fn hold_for_test() {
    #[cfg(debug_assertions)]
    if let Some(go) = std::env::var_os("BOOTHPLAN_TEST_HOLD").map(std::path::PathBuf::from) {
        let mut ready = go.clone().into_os_string();
        ready.push(".ready");
        let _ = std::fs::write(ready, b"");
        for _ in 0..300 {
            if go.exists() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
}
