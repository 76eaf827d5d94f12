//! Colours and strokes, in one place.

use egui::{Color32, Stroke};

use crate::model::{BoothStatus, ObstacleKind};

/// Hall floor.
pub fn hall_fill(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(48)
    } else {
        Color32::from_gray(245)
    }
}

/// Hall walls.
pub fn hall_stroke(dark: bool) -> Stroke {
    Stroke::new(
        2.0,
        if dark {
            Color32::from_gray(170)
        } else {
            Color32::from_gray(60)
        },
    )
}

/// Canvas background outside the halls.
pub fn site_background(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(28)
    } else {
        Color32::from_gray(215)
    }
}

/// Grid lines.
pub fn grid(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(62)
    } else {
        Color32::from_gray(228)
    }
}

/// Booth fill by sales status.
pub fn status_fill(status: BoothStatus) -> Color32 {
    match status {
        BoothStatus::Available => Color32::from_rgb(200, 230, 201),
        BoothStatus::OnHold => Color32::from_rgb(255, 236, 179),
        BoothStatus::Reserved => Color32::from_rgb(255, 204, 128),
        BoothStatus::Sold => Color32::from_rgb(144, 202, 249),
    }
}

/// Booth fill when booths are coloured by zone: the zone's colour, lighter.
pub fn zone_fill([r, g, b]: [u8; 3]) -> Color32 {
    Color32::from_rgb(r, g, b).gamma_multiply(0.55).to_opaque()
}

/// Booth fill by zone for a booth in no zone.
pub const NO_ZONE: Color32 = Color32::from_gray(225);
/// Booth fill by sector for a booth with no company.
pub const NO_SECTOR: Color32 = Color32::from_gray(235);

/// The tint of a zone's floor.
pub fn zone_tint([r, g, b]: [u8; 3]) -> Color32 {
    Color32::from_rgba_unmultiplied(r, g, b, 28)
}

/// A stable colour for any text (sectors).
pub fn hashed(text: &str) -> Color32 {
    let h = text.bytes().fold(2_166_136_261u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(16_777_619)
    });
    let [r, g, b, _] = h.to_le_bytes();
    Color32::from_rgb(140 + r % 100, 140 + g % 100, 140 + b % 100)
}

/// Booth outline.
pub fn booth_stroke() -> Stroke {
    Stroke::new(1.0, Color32::from_gray(70))
}

/// Outline of selected booths.
pub fn selection_stroke() -> Stroke {
    Stroke::new(3.0, Color32::from_rgb(25, 118, 210))
}

/// Marker of booths with an error.
pub const ERROR: Color32 = Color32::from_rgb(211, 47, 47);
/// Marker of booths with a warning.
pub const WARNING: Color32 = Color32::from_rgb(245, 124, 0);

/// Obstacle fill.
pub fn obstacle_fill(kind: ObstacleKind) -> Color32 {
    match kind {
        ObstacleKind::Pillar => Color32::from_gray(90),
        ObstacleKind::FireEquipment => Color32::from_rgb(229, 57, 53),
        ObstacleKind::ServiceCore => Color32::from_gray(150),
        ObstacleKind::Stage => Color32::from_rgb(149, 117, 205),
        ObstacleKind::ReservedAisle => Color32::from_rgba_unmultiplied(255, 235, 59, 50),
    }
}

/// Exit door and its clearance zone.
pub const EXIT: Color32 = Color32::from_rgb(46, 125, 50);
/// Clearance zone tint.
pub fn exit_zone() -> Color32 {
    Color32::from_rgba_unmultiplied(46, 125, 50, 45)
}

/// Text on booths.
pub const BOOTH_TEXT: Color32 = Color32::from_gray(20);

/// Tints offered for zones and pavilions (a new zone takes the next by id).
pub const ZONE_PALETTE: [[u8; 3]; 8] = [
    [33, 150, 243],
    [156, 39, 176],
    [0, 150, 136],
    [255, 152, 0],
    [233, 30, 99],
    [121, 85, 72],
    [76, 175, 80],
    [96, 125, 139],
];

/// Compare with…: where a booth was (moved or resized), dashed.
pub const GHOST_MOVED: Color32 = Color32::from_rgb(25, 118, 210);
/// Compare with…: a booth that is gone, dashed.
pub const GHOST_REMOVED: Color32 = Color32::from_rgb(198, 40, 40);
/// Compare with…: a booth that is new, outlined.
pub const GHOST_ADDED: Color32 = Color32::from_rgb(46, 125, 50);
