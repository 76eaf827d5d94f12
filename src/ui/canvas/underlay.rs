//! Venue drawings under the halls on the canvas: each file is read on a worker thread (its
//! progress shown), kept as a pyramid of tiles (`io::drawing`), and only the tiles in view,
//! at the level that matches the zoom, become textures. A missing or changed file is said on
//! the canvas; the plan is never held back by it.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread::JoinHandle;

use egui::{Color32, Pos2, Rect as ScreenRect, vec2};

use super::View;
use crate::i18n::{Arg, t, ta};
use crate::io::drawing::{DrawingError, LoadedDrawing};
use crate::model::{Drawing, DrawingId, Plan};

/// Textures kept beyond those in view this frame, before the least recent go.
const KEPT_TEXTURES: usize = 48;
/// Drawings read at once (each may hold hundreds of megabytes while it is cut): the others
/// wait their turn. Reads no longer wanted (another page, another file) count until they end.
const READING_AT_ONCE: usize = 2;

/// What the canvas knows of one drawing's file.
enum State {
    Loading {
        progress: Arc<AtomicU32>,
        handle: JoinHandle<Result<LoadedDrawing, DrawingError>>,
    },
    Ready {
        drawing: LoadedDrawing,
        /// Textures by (level, tile), with the frame they were last drawn in.
        textures: HashMap<(usize, usize), (egui::TextureHandle, u64)>,
    },
    Failed(String),
}

struct Entry {
    /// The file as resolved when loading began, and the page: another is loaded again.
    path: (PathBuf, u32),
    state: State,
}

/// A drawing being read before it is added to a hall.
struct Adding {
    hall: crate::model::HallId,
    path: PathBuf,
    progress: Arc<AtomicU32>,
    handle: JoinHandle<Result<LoadedDrawing, DrawingError>>,
}

/// A drawing read and ready to be added to a hall, or why it cannot be.
pub type Added = Result<(crate::model::HallId, LoadedDrawing), String>;

/// The drawings of the open plan, loaded or loading.
#[derive(Default)]
pub struct Underlays {
    entries: BTreeMap<DrawingId, Entry>,
    adding: Option<Adding>,
    frame: u64,
    ctx: Option<egui::Context>,
    /// Reads still running whose result is no longer wanted.
    retired: Vec<JoinHandle<Result<LoadedDrawing, DrawingError>>>,
}

/// Reads a drawing on a worker thread, telling `progress` (an `f32`'s bits) how far it is.
fn spawn_load(
    ctx: Option<egui::Context>,
    (path, page): (PathBuf, u32),
    progress: Arc<AtomicU32>,
) -> std::io::Result<JoinHandle<Result<LoadedDrawing, DrawingError>>> {
    std::thread::Builder::new()
        .name("boothplan-drawing".to_owned())
        .spawn(move || {
            let result = crate::io::drawing::load(&path, page, &|f| {
                progress.store(f.to_bits(), Ordering::Relaxed);
                if let Some(c) = &ctx {
                    c.request_repaint();
                }
            });
            if let Some(c) = &ctx {
                c.request_repaint();
            }
            result
        })
}

/// How a drawing stands, for panels and messages.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Being read: the fraction done.
    Loading(f32),
    /// Drawn; its size in pixels, and whether its file changed since it was placed.
    Ready {
        /// Width and height in pixels.
        size_px: (u32, u32),
        /// True when the file's bytes are not those the plan's hash names.
        changed: bool,
    },
    /// Could not be read: why, in words.
    Failed(String),
}

impl Underlays {
    /// Forgets a drawing; a read still running is kept until it ends (it is counted among the
    /// reads at once).
    fn retire(&mut self, id: DrawingId) {
        if let Some(Entry {
            state: State::Loading { handle, .. },
            ..
        }) = self.entries.remove(&id)
        {
            self.retired.push(handle);
        }
    }

    /// Starts reading every drawing the plan names that is not read yet (or whose file is now
    /// another), forgets drawings no longer in the plan, and takes in finished reads.
    pub fn sync(&mut self, ctx: &egui::Context, plan: &Plan, plan_file: Option<&std::path::Path>) {
        self.ctx = Some(ctx.clone());
        let gone: Vec<DrawingId> = self
            .entries
            .keys()
            .filter(|id| !plan.drawings.contains_key(id))
            .copied()
            .collect();
        for id in gone {
            self.retire(id);
        }
        self.retired.retain(|h| !h.is_finished());
        for (id, d) in &plan.drawings {
            let path = (crate::io::drawing::resolve(plan_file, &d.file), d.page);
            if self.entries.get(id).is_some_and(|e| e.path == path) {
                continue;
            }
            let reading = self.retired.len()
                + usize::from(self.adding.is_some())
                + self
                    .entries
                    .values()
                    .filter(|e| matches!(e.state, State::Loading { .. }))
                    .count();
            if reading >= READING_AT_ONCE {
                // Its turn comes when a read ends (that frame is asked for by the reader).
                if let Some(Entry {
                    state: State::Loading { .. },
                    ..
                }) = self.entries.get(id)
                {
                    continue;
                }
                // Not loading (just skipped above): forgotten until its turn.
                self.entries.remove(id);
                continue;
            }
            self.retire(*id);
            let progress = Arc::new(AtomicU32::new(0));
            let spawned = spawn_load(Some(ctx.clone()), path.clone(), progress.clone());
            let state = match spawned {
                Ok(handle) => State::Loading { progress, handle },
                Err(e) => State::Failed(ta(
                    "canvas-drawing-start-failed",
                    &[(
                        "error",
                        Arg::from(crate::io::io_error_text(&e, crate::i18n::current())),
                    )],
                )),
            };
            self.entries.insert(*id, Entry { path, state });
        }
        for entry in self.entries.values_mut() {
            if let State::Loading { handle, .. } = &entry.state
                && handle.is_finished()
            {
                let State::Loading { handle, .. } =
                    std::mem::replace(&mut entry.state, State::Failed(String::new()))
                else {
                    continue;
                };
                entry.state = match handle.join() {
                    Ok(Ok(drawing)) => State::Ready {
                        drawing,
                        textures: HashMap::new(),
                    },
                    Ok(Err(e)) => State::Failed(e.text(crate::i18n::current())),
                    Err(_) => State::Failed(t("canvas-drawing-stopped")),
                };
            }
        }
    }

    /// Starts reading a drawing file to add under `hall`. Refused (`false`) while another is
    /// being read.
    pub fn start_adding(&mut self, hall: crate::model::HallId, path: PathBuf) -> bool {
        if self.adding.is_some() {
            return false;
        }
        let progress = Arc::new(AtomicU32::new(0));
        match spawn_load(self.ctx.clone(), (path.clone(), 1), progress.clone()) {
            Ok(handle) => {
                self.adding = Some(Adding {
                    hall,
                    path,
                    progress,
                    handle,
                });
                true
            }
            Err(_) => false,
        }
    }

    /// The drawing being added, when its reading has ended.
    pub fn take_added(&mut self) -> Option<Added> {
        if !self.adding.as_ref()?.handle.is_finished() {
            return None;
        }
        let adding = self.adding.take()?;
        Some(match adding.handle.join() {
            Ok(Ok(drawing)) => Ok((adding.hall, drawing)),
            Ok(Err(e)) => Err(e.text(crate::i18n::current())),
            Err(_) => Err(ta(
                "canvas-drawing-path-stopped",
                &[("path", Arg::from(adding.path.display().to_string()))],
            )),
        })
    }

    /// Keeps a drawing read while adding it, under the id the plan gave it.
    pub fn adopt(&mut self, id: DrawingId, drawing: LoadedDrawing) {
        self.entries.insert(
            id,
            Entry {
                path: (drawing.path.clone(), 1),
                state: State::Ready {
                    drawing,
                    textures: HashMap::new(),
                },
            },
        );
    }

    /// How far the drawing being added is read (0 to 1), while one is.
    pub fn adding_progress(&self) -> Option<f32> {
        self.adding
            .as_ref()
            .map(|a| f32::from_bits(a.progress.load(Ordering::Relaxed)))
    }

    /// How the drawing stands; `None` when the canvas has not seen it yet.
    pub fn status(&self, id: DrawingId, plan: &Plan) -> Option<Status> {
        let entry = self.entries.get(&id)?;
        Some(match &entry.state {
            State::Loading { progress, .. } => {
                Status::Loading(f32::from_bits(progress.load(Ordering::Relaxed)))
            }
            State::Ready { drawing, .. } => Status::Ready {
                size_px: drawing.size_px,
                changed: plan
                    .drawings
                    .get(&id)
                    .is_some_and(|d| !d.sha256.is_empty() && d.sha256 != drawing.sha256),
            },
            State::Failed(why) => Status::Failed(why.clone()),
        })
    }

    /// The hash of the file as read now (to accept a changed file).
    pub fn read_hash(&self, id: DrawingId) -> Option<&str> {
        match &self.entries.get(&id)?.state {
            State::Ready { drawing, .. } => Some(&drawing.sha256),
            _ => None,
        }
    }

    /// The size in pixels of a drawing read.
    pub fn size_px(&self, id: DrawingId) -> Option<(u32, u32)> {
        match &self.entries.get(&id)?.state {
            State::Ready { drawing, .. } => Some(drawing.size_px),
            _ => None,
        }
    }

    /// Draws the visible drawings' tiles in view, at the level matching the zoom.
    pub fn paint(
        &mut self,
        ctx: &egui::Context,
        painter: &egui::Painter,
        view: &View,
        plan: &Plan,
    ) {
        self.frame += 1;
        let frame = self.frame;
        for (id, entry) in &mut self.entries {
            let (Some(d), State::Ready { drawing, textures }) =
                (plan.drawings.get(id), &mut entry.state)
            else {
                continue;
            };
            if d.hidden || d.um_per_px <= 0 {
                continue;
            }
            paint_drawing(ctx, painter, view, *id, d, drawing, textures, frame);
            if textures.len() > KEPT_TEXTURES {
                let mut ages: Vec<u64> = textures.values().map(|(_, f)| *f).collect();
                ages.sort_unstable();
                let cut = ages[ages.len() - KEPT_TEXTURES];
                textures.retain(|_, (_, f)| *f >= cut || *f == frame);
            }
        }
    }
}

/// The level whose pixels are about one screen point at this zoom (never finer than needed).
fn level_for(points_per_px: f32, levels: usize) -> usize {
    let mut level = 0;
    let mut step = 1.0;
    while level + 1 < levels && points_per_px * step * 2.0 <= 1.0 {
        level += 1;
        step *= 2.0;
    }
    level
}

#[allow(
    clippy::too_many_arguments,
    reason = "one drawing's parts, passed apart so the cache can be borrowed mutably"
)]
fn paint_drawing(
    ctx: &egui::Context,
    painter: &egui::Painter,
    view: &View,
    id: DrawingId,
    d: &Drawing,
    drawing: &LoadedDrawing,
    textures: &mut HashMap<(usize, usize), (egui::TextureHandle, u64)>,
    frame: u64,
) {
    let mm_per_px = d.um_per_px as f32 / 1000.0;
    let points_per_px = view.scale * mm_per_px;
    let level = level_for(points_per_px, drawing.levels.len());
    let Some(l) = drawing.levels.get(level) else {
        return;
    };
    let tint = Color32::from_white_alpha((u32::from(d.opacity_pct.min(100)) * 255 / 100) as u8);
    let origin = view.pos_in_screen(d.at.x_mm, d.at.y_mm);
    let to_screen = |level_px: (u32, u32)| -> Pos2 {
        origin
            + vec2(
                level_px.0 as f32 * l.step as f32 * points_per_px,
                level_px.1 as f32 * l.step as f32 * points_per_px,
            )
    };
    for (i, tile) in l.tiles.iter().enumerate() {
        let r = ScreenRect::from_min_max(
            to_screen(tile.at_px),
            to_screen((tile.at_px.0 + tile.size_px.0, tile.at_px.1 + tile.size_px.1)),
        );
        if !r.intersects(view.canvas) {
            continue;
        }
        let entry = textures.entry((level, i)).or_insert_with(|| {
            let image = egui::ColorImage::from_rgba_unmultiplied(
                [tile.size_px.0 as usize, tile.size_px.1 as usize],
                &tile.rgba,
            );
            let texture = ctx.load_texture(
                format!("drawing {id} level {level} tile {i}"),
                image,
                egui::TextureOptions::LINEAR,
            );
            (texture, frame)
        });
        entry.1 = frame;
        painter.image(
            entry.0.id(),
            r,
            ScreenRect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)),
            tint,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_level_matches_the_zoom() {
        assert_eq!(level_for(2.0, 5), 0, "zoomed in: full size");
        assert_eq!(level_for(1.0, 5), 0);
        assert_eq!(level_for(0.5, 5), 1);
        assert_eq!(level_for(0.1, 5), 3);
        assert_eq!(level_for(0.001, 5), 4, "never past the last level");
    }
}
