//! The editor's window: which renderer draws it, and opening it.
//!
//! OpenGL (eframe's glow backend) is the default: on machines without a GPU (office laptops,
//! virtual machines, remote desktops) Mesa's software rasteriser draws the editor's frame for
//! a fraction of the CPU that wgpu on lavapipe takes (measured in `benches/software.rs`), and
//! on a GPU both are far below a frame's budget. `BOOTHPLAN_RENDERER=wgpu` chooses wgpu (for
//! systems with no OpenGL 2, such as some remote Windows sessions; the binary falls back to it
//! by itself when OpenGL cannot start).

use std::path::PathBuf;

use super::BoothApp;
use crate::model::Plan;

/// The environment variable that chooses the renderer.
pub const RENDERER_VAR: &str = "BOOTHPLAN_RENDERER";

/// What draws the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Renderer {
    /// OpenGL through glow.
    Glow,
    /// wgpu (Vulkan, Metal, DirectX 12, or OpenGL).
    Wgpu,
}

impl Renderer {
    /// The renderer `BOOTHPLAN_RENDERER` names ("glow" or "wgpu", any case), OpenGL when it
    /// is unset or empty; `Err` with the value when it names neither.
    ///
    /// # Errors
    /// When the variable holds something else.
    pub fn from_env() -> Result<Self, String> {
        match std::env::var(RENDERER_VAR) {
            Err(_) => Ok(Renderer::Glow),
            Ok(v) if v.trim().is_empty() => Ok(Renderer::Glow),
            Ok(v) => Self::named(&v).ok_or(v),
        }
    }

    /// The renderer called `name` ("glow", "opengl", "gl" or "wgpu", any case).
    pub fn named(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "glow" | "opengl" | "gl" => Some(Renderer::Glow),
            "wgpu" => Some(Renderer::Wgpu),
            _ => None,
        }
    }

    /// The name `BOOTHPLAN_RENDERER` takes.
    pub fn name(self) -> &'static str {
        match self {
            Renderer::Glow => "glow",
            Renderer::Wgpu => "wgpu",
        }
    }
}

/// Why the editor window did not run.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct WindowError {
    /// What eframe said (or the panic it stopped with).
    pub message: String,
    /// True when it failed before the editor was made (no window was ever shown): another
    /// renderer may work, and nothing was lost.
    pub before_opening: bool,
}

/// The window's options for a renderer.
pub fn native_options(renderer: Renderer) -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("boothplan")
            .with_app_id(crate::APP_ID)
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([800.0, 500.0]),
        renderer: match renderer {
            Renderer::Glow => eframe::Renderer::Glow,
            Renderer::Wgpu => eframe::Renderer::Wgpu,
        },
        // egui draws flat colours: dithering only costs a software rasteriser time.
        dithering: false,
        ..Default::default()
    }
}

/// Opens the editor window on a plan, drawn by `renderer`.
///
/// # Errors
/// When no window can be created (no display, or the renderer cannot start).
pub fn run_app(
    plan: Plan,
    path: Option<PathBuf>,
    disk: Option<crate::io::stamp::Stamp>,
    renderer: Renderer,
) -> Result<(), WindowError> {
    let opened = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = opened.clone();
    // eframe panics, rather than failing, when no OpenGL configuration matches: caught, so
    // the caller can try wgpu (only before the editor was made: after, the panic goes on).
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
        eframe::run_native(
            "boothplan",
            native_options(renderer),
            Box::new(move |cc| {
                flag.store(true, std::sync::atomic::Ordering::SeqCst);
                Ok(Box::new(BoothApp::from_creation_context(
                    cc, plan, path, disk,
                )))
            }),
        )
    }));
    let before_opening = !opened.load(std::sync::atomic::Ordering::SeqCst);
    match run {
        Ok(result) => result.map_err(|e| WindowError {
            message: e.to_string(),
            before_opening,
        }),
        Err(panic) if before_opening => Err(WindowError {
            message: panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "the window system stopped".to_owned()),
            before_opening,
        }),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renderers_are_named_as_people_write_them() {
        assert_eq!(Renderer::named("wgpu"), Some(Renderer::Wgpu));
        assert_eq!(Renderer::named(" OpenGL "), Some(Renderer::Glow));
        assert_eq!(Renderer::named("GLOW"), Some(Renderer::Glow));
        assert_eq!(Renderer::named("vulkan"), None);
        for r in [Renderer::Glow, Renderer::Wgpu] {
            assert_eq!(Renderer::named(r.name()), Some(r));
        }
    }

    #[test]
    fn the_window_uses_the_renderer_asked_for_without_dithering() {
        let glow = native_options(Renderer::Glow);
        assert!(matches!(glow.renderer, eframe::Renderer::Glow));
        assert!(!glow.dithering);
        assert!(matches!(
            native_options(Renderer::Wgpu).renderer,
            eframe::Renderer::Wgpu
        ));
    }
}
