//! Long exports run on a worker thread while the editor shows their progress.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;

use super::BoothApp;
use super::files::Dialog;
use crate::export::ExportError;
use crate::i18n::{Arg, t, ta};

/// A running export of exhibitor packs.
pub struct Job {
    what: String,
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    handle: Option<JoinHandle<Result<Vec<PathBuf>, ExportError>>>,
}

impl BoothApp {
    /// Starts writing one pack per allocated booth into `dir` in the background.
    pub fn start_packs(&mut self, ctx: &egui::Context, dir: PathBuf) {
        if self.job.is_some() {
            self.status = t("jobs-already-running");
            return;
        }
        let plan = self.doc.plan().clone();
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let (d, of_total, repaint) = (done.clone(), total.clone(), ctx.clone());
        let lang = self.export_language();
        let what = ta(
            "jobs-writing-packs",
            &[("folder", Arg::from(dir.display().to_string()))],
        );
        let spawned = std::thread::Builder::new()
            .name("boothplan-packs".to_owned())
            .spawn(move || {
                crate::export::pdf::write_packs(
                    &plan,
                    &dir,
                    crate::export::pdf::Paper::A4,
                    lang,
                    |n, of, _| {
                        d.store(n, Ordering::Relaxed);
                        of_total.store(of, Ordering::Relaxed);
                        repaint.request_repaint();
                    },
                )
            });
        let handle = match spawned {
            Ok(h) => h,
            Err(e) => {
                self.status = ta(
                    "jobs-could-not-start",
                    &[("error", Arg::from(e.to_string()))],
                );
                return;
            }
        };
        self.job = Some(Job {
            what,
            done,
            total,
            handle: Some(handle),
        });
    }

    /// Shows the running job's progress; reports its end.
    pub(super) fn job_ui(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.job else { return };
        let (done, total) = (
            job.done.load(Ordering::Relaxed),
            job.total.load(Ordering::Relaxed),
        );
        egui::Window::new(t("jobs-export-title"))
            .id(egui::Id::unique("boothplan-export-job"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::RIGHT_BOTTOM, [-16.0, -40.0])
            .show(ctx, |ui| {
                ui.label(&job.what);
                let fraction = if total == 0 {
                    0.0
                } else {
                    done as f32 / total as f32
                };
                ui.add(egui::ProgressBar::new(fraction).text(ta(
                    "jobs-progress",
                    &[("done", Arg::from(done)), ("total", Arg::from(total))],
                )));
            });
        if job.handle.as_ref().is_some_and(JoinHandle::is_finished) {
            let result = job.handle.take().map(JoinHandle::join);
            self.job = None;
            match result {
                Some(Ok(Ok(files))) => {
                    self.status = ta("jobs-packs-written", &[("count", Arg::from(files.len()))]);
                }
                Some(Ok(Err(e))) => {
                    self.dialog = Some(Dialog::Error {
                        title: t("jobs-could-not-export"),
                        message: e.text(crate::i18n::current()),
                    });
                }
                Some(Err(_)) | None => {
                    self.dialog = Some(Dialog::Error {
                        title: t("jobs-could-not-export"),
                        message: t("jobs-stopped-unexpectedly"),
                    });
                }
            }
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }
}
