//! Drawing the plan: halls, obstacles, exits, zones, booths and their labels, overlays.

#![allow(
    clippy::wildcard_imports,
    reason = "the canvas's own types and helpers"
)]

use super::*;

impl Canvas {
    pub(super) fn booth_fill(cx: &ViewContext<'_>, b: &crate::model::Booth) -> Color32 {
        match cx.settings.colour_by {
            ColourBy::Status => theme::status_fill(b.status),
            ColourBy::Zone => cx
                .doc
                .plan()
                .zone_of(b)
                .and_then(|z| cx.doc.plan().zones.get(&z))
                .map_or(theme::NO_ZONE, |z| theme::zone_fill(z.colour)),
            ColourBy::Sector => b
                .exhibitor
                .and_then(|e| cx.doc.plan().exhibitors.get(&e))
                .map_or(theme::NO_SECTOR, |e| theme::hashed(&e.sector)),
        }
    }

    pub(super) fn paint(
        &mut self,
        cx: &ViewContext<'_>,
        ui: &egui::Ui,
        painter: &egui::Painter,
        pointer: Option<Pos2>,
    ) {
        let dark = cx.settings.dark;
        let clip = self.view.canvas;
        let v = &self.view;
        painter.rect_filled(clip, CornerRadius::ZERO, theme::site_background(dark));

        // Halls: outlines first (outside strokes), then floors over the inner seams.
        for hall in cx.doc.plan().halls.values() {
            for r in &hall.outline {
                painter.rect_stroke(
                    v.rect_in_screen(r),
                    CornerRadius::ZERO,
                    theme::hall_stroke(dark),
                    StrokeKind::Outside,
                );
            }
        }
        for hall in cx.doc.plan().halls.values() {
            for r in &hall.outline {
                painter.rect_filled(
                    v.rect_in_screen(r),
                    CornerRadius::ZERO,
                    theme::hall_fill(dark),
                );
            }
        }
        if cx.settings.show_drawings {
            self.underlays
                .paint(ui.ctx(), painter, &self.view, cx.doc.plan());
        }
        self.paint_grid(cx, painter);
        if cx.settings.show_heat {
            self.paint_heat(cx, painter);
        }
        for zone in cx
            .doc
            .plan()
            .zones
            .values()
            .filter(|_| cx.settings.show_zones)
        {
            let [r, g, b] = zone.colour;
            for area in &zone.areas {
                let s = v.rect_in_screen(area);
                if s.intersects(clip) {
                    painter.rect_filled(s, CornerRadius::ZERO, theme::zone_tint(zone.colour));
                    if s.width() > 120.0 && cx.settings.show_labels {
                        painter.text(
                            s.left_top() + vec2(4.0, 2.0),
                            egui::Align2::LEFT_TOP,
                            &zone.name,
                            FontId::proportional(12.0),
                            Color32::from_rgb(r, g, b).gamma_multiply(0.8).to_opaque(),
                        );
                    }
                }
            }
        }
        for hall in cx.doc.plan().halls.values() {
            let b = v.rect_in_screen(&hall.bounds());
            if b.width() > 60.0 {
                painter.text(
                    b.left_top() + vec2(0.0, -4.0),
                    egui::Align2::LEFT_BOTTOM,
                    &hall.name,
                    FontId::proportional(14.0),
                    ui.visuals().text_color(),
                );
            }
        }
        for exit in cx.doc.plan().exits.values() {
            let zone = v.rect_in_screen(&exit.clearance_zone(&cx.doc.plan().rules));
            // Zoomed far out an exit is under a pixel: the hall outline says enough.
            if zone.intersects(clip) && zone.width().max(zone.height()) >= 3.0 {
                painter.rect_filled(zone, CornerRadius::ZERO, theme::exit_zone());
                painter.rect_filled(
                    v.rect_in_screen(&exit.door()).expand(2.0),
                    CornerRadius::ZERO,
                    theme::EXIT,
                );
            }
        }
        self.paint_areas(cx, painter);
        self.paint_booths(cx, painter);
        self.paint_ghosts(cx, painter);
        self.paint_fixtures(cx, painter);
        self.paint_venue_selection(cx, painter, pointer);
        self.paint_handles(cx, painter);
        self.paint_overlays(cx, ui, painter, pointer);
        self.paint_measure(cx, painter, pointer);
        self.paint_drawing_notes(cx, painter, pointer);
    }

    /// Stages, service cores and reserved aisles: areas of the floor, under the booths, with
    /// their labels when they fit.
    fn paint_areas(&self, cx: &ViewContext<'_>, painter: &egui::Painter) {
        // Areas (stages, service cores, reserved aisles) under the booths; pillars and fire
        // equipment over them, below.
        for o in cx
            .doc
            .plan()
            .obstacles
            .values()
            .filter(|o| cx.settings.show_obstacles && !o.kind.is_fixture())
        {
            let Some(s) = self.obstacle_on_screen(&o.rect) else {
                continue;
            };
            painter.rect_filled(s, CornerRadius::ZERO, theme::obstacle_fill(o.kind));
            if matches!(o.kind, ObstacleKind::Stage | ObstacleKind::ServiceCore)
                && s.width() > 40.0
                && cx.settings.show_labels
            {
                // Wrapped to the box; drawn only when it fits inside it, never clipped.
                let galley = painter.layout(
                    o.label.clone(),
                    FontId::proportional(11.0),
                    Color32::WHITE,
                    s.width() - 6.0,
                );
                let size = galley.size();
                if size.x <= s.width() - 4.0 && size.y <= s.height() - 4.0 {
                    painter.galley(s.center() - size / 2.0, galley, Color32::WHITE);
                }
            }
        }
    }

    /// An obstacle's rectangle on screen, at least 2 points across so a pillar stays visible
    /// zoomed out; `None` when it is off the canvas or under a point.
    fn obstacle_on_screen(&self, r: &Rect) -> Option<egui::Rect> {
        let s = self.view.rect_in_screen(r);
        if !s.intersects(self.view.canvas) || s.width().max(s.height()) < 1.0 {
            return None;
        }
        Some(if s.width() < 2.0 || s.height() < 2.0 {
            egui::Rect::from_center_size(s.center(), vec2(2.0, 2.0))
        } else {
            s
        })
    }

    /// Pillars and fire equipment, over the booths: one standing in a booth is in plain view
    /// (and is what a click there picks).
    fn paint_fixtures(&self, cx: &ViewContext<'_>, painter: &egui::Painter) {
        for o in cx
            .plan()
            .obstacles
            .values()
            .filter(|o| cx.settings.show_obstacles && o.kind.is_fixture())
        {
            let Some(s) = self.obstacle_on_screen(&o.rect) else {
                continue;
            };
            painter.rect_filled(s, CornerRadius::ZERO, theme::obstacle_fill(o.kind));
            if s.width() >= 6.0 {
                painter.rect_stroke(
                    s,
                    CornerRadius::ZERO,
                    Stroke::new(1.0, Color32::WHITE),
                    StrokeKind::Outside,
                );
            }
        }
    }

    /// Outlines the selected venue object, and the one under the pointer (lighter) when no
    /// booth is there.
    fn paint_venue_selection(
        &self,
        cx: &ViewContext<'_>,
        painter: &egui::Painter,
        pointer: Option<Pos2>,
    ) {
        let plan = cx.doc.plan();
        let outline = |v: Venue, stroke: Stroke| {
            for r in &v.outline(plan) {
                painter.rect_stroke(
                    self.view.rect_in_screen(r).expand(2.0),
                    CornerRadius::ZERO,
                    stroke,
                    StrokeKind::Outside,
                );
            }
        };
        if cx.tool == Tool::Select
            && let Some(p) = pointer
        {
            let at = self.view.pos_in_plan(p);
            let under = match hit::pick(cx, at) {
                Some(Item::Venue(v)) => Some(v),
                _ => None,
            };
            if let Some(v) = under.filter(|v| !matches!(v, Venue::Hall(_)))
                && !cx.selection.contains(Item::Venue(v))
            {
                outline(v, Stroke::new(1.0, theme::selection_stroke().color));
            }
        }
        for v in cx.selection.venue() {
            outline(*v, theme::selection_stroke());
        }
    }

    /// The corner handles of the one selected thing (booth, obstacle, zone areas, hall wings).
    fn paint_handles(&self, cx: &ViewContext<'_>, painter: &egui::Painter) {
        let Some(item) = cx.selection.single() else {
            return;
        };
        if cx.tool != Tool::Select {
            return;
        }
        for (_, rect) in Shape::of(cx.doc.plan(), item) {
            let r = self.view.rect_in_screen(&rect);
            for c in [Corner::Nw, Corner::Ne, Corner::Se, Corner::Sw] {
                let h = egui::Rect::from_center_size(corner_pos(r, c), vec2(HANDLE, HANDLE));
                painter.rect_filled(h, CornerRadius::ZERO, Color32::WHITE);
                painter.rect_stroke(
                    h,
                    CornerRadius::ZERO,
                    theme::selection_stroke(),
                    StrokeKind::Inside,
                );
            }
        }
    }

    pub(super) fn paint_grid(&self, cx: &ViewContext<'_>, painter: &egui::Painter) {
        let pitch = cx.doc.plan().meta.grid_pitch_mm;
        let px = pitch as f32 * self.view.scale;
        if !cx.settings.show_grid || pitch <= 0 || px < 8.0 {
            return;
        }
        let stroke = Stroke::new(0.5, theme::grid(cx.settings.dark));
        for hall in cx.doc.plan().halls.values() {
            for r in &hall.outline {
                let s = self.view.rect_in_screen(r).intersect(self.view.canvas);
                if !s.is_positive() {
                    continue;
                }
                let (x0, y0) = self.view.pos_in_plan(s.min);
                let (x1, y1) = self.view.pos_in_plan(s.max);
                let first_x = (x0 / pitch as f64).ceil() as i64 * pitch;
                let first_y = (y0 / pitch as f64).ceil() as i64 * pitch;
                let mut x = first_x.max(r.x_mm);
                while (x as f64) <= x1 && x <= r.right() {
                    let p = self.view.pos_in_screen(x, 0).x;
                    painter.line_segment([pos2(p, s.min.y), pos2(p, s.max.y)], stroke);
                    x += pitch;
                }
                let mut y = first_y.max(r.y_mm);
                while (y as f64) <= y1 && y <= r.bottom() {
                    let p = self.view.pos_in_screen(0, y).y;
                    painter.line_segment([pos2(s.min.x, p), pos2(s.max.x, p)], stroke);
                    y += pitch;
                }
            }
        }
    }

    pub(super) fn paint_booths(&self, cx: &ViewContext<'_>, painter: &egui::Painter) {
        let clip = self.view.canvas;
        // All fills go into one mesh. Booths under two points across share pixels when zoomed
        // out: one rectangle per pixel is enough, which keeps 60,000 booths cheap.
        let mut mesh = egui::Mesh::default();
        let mut visible: Vec<(BoothId, egui::Rect)> = Vec::new();
        let (cols, rows) = (
            clip.width().max(1.0) as usize + 1,
            clip.height().max(1.0) as usize + 1,
        );
        let mut covered = vec![false; cols * rows];
        // The selection (and so a booth being dragged) last: on top of its neighbours. A
        // selected company's booths are outlined as selected.
        let selected = Self::selected_booths(cx);
        let booths = &cx.doc.plan().booths;
        let order = booths
            .iter()
            .filter(|(id, _)| !selected.contains(id))
            .chain(selected.iter().filter_map(|id| booths.get_key_value(id)));
        for (id, b) in order {
            let s = self.view.rect_in_screen(&b.rect);
            if !s.intersects(clip) {
                continue;
            }
            let tiny = s.width() < 2.0 && s.height() < 2.0;
            let flagged = cx.doc.marks().contains_key(id) || selected.contains(id);
            if tiny {
                let c = s.center() - clip.min;
                let cell = (c.y.max(0.0) as usize).min(rows - 1) * cols
                    + (c.x.max(0.0) as usize).min(cols - 1);
                if std::mem::replace(&mut covered[cell], true) && !flagged {
                    continue;
                }
            }
            let s = if s.width() < 1.0 || s.height() < 1.0 {
                egui::Rect::from_min_size(s.min, s.size().max(vec2(1.0, 1.0)))
            } else {
                s
            };
            mesh.add_colored_rect(s, Self::booth_fill(cx, b));
            if !tiny || flagged {
                visible.push((*id, s));
            }
        }
        painter.add(egui::Shape::mesh(mesh));
        let detailed = visible.len() < 4000;
        for (id, s) in &visible {
            let big = s.width() >= 4.0 && s.height() >= 4.0;
            if big && detailed {
                painter.rect_stroke(
                    *s,
                    CornerRadius::ZERO,
                    theme::booth_stroke(),
                    StrokeKind::Inside,
                );
            }
            if let Some(sev) = cx.doc.marks().get(id) {
                let colour = match sev {
                    Severity::Error => Some(theme::ERROR),
                    Severity::Warning => Some(theme::WARNING),
                    Severity::Info => None,
                };
                if let Some(c) = colour {
                    painter.rect_stroke(
                        *s,
                        CornerRadius::ZERO,
                        Stroke::new(2.5, c),
                        StrokeKind::Inside,
                    );
                }
            }
            if selected.contains(id) {
                painter.rect_stroke(
                    *s,
                    CornerRadius::ZERO,
                    theme::selection_stroke(),
                    StrokeKind::Outside,
                );
            }
            if cx.settings.show_labels && detailed && s.height() >= 14.0 && s.width() >= 18.0 {
                Self::paint_label(cx, painter, *id, *s);
            }
        }
    }

    /// The booths outlined as selected: the selected booths and the booths of the selected
    /// companies.
    fn selected_booths<'a>(
        cx: &ViewContext<'a>,
    ) -> std::borrow::Cow<'a, std::collections::BTreeSet<BoothId>> {
        if cx.selection.exhibitors().is_empty() {
            return std::borrow::Cow::Borrowed(cx.selection.booths());
        }
        let lookup = cx.lookup();
        let mut all = cx.selection.booths().clone();
        for e in cx.selection.exhibitors() {
            all.extend(lookup.booths_of.get(e).into_iter().flatten());
        }
        std::borrow::Cow::Owned(all)
    }

    /// Booth number and company name, scaled to fit the booth, hidden when too small to read.
    pub(super) fn paint_label(
        cx: &ViewContext<'_>,
        painter: &egui::Painter,
        id: BoothId,
        s: egui::Rect,
    ) {
        let Some(b) = cx.doc.plan().booths.get(&id) else {
            return;
        };
        let inner = s.shrink(2.0);
        let base = (s.height() / 3.2).min(13.0);
        let fit = |text: &str, size: f32| -> Option<std::sync::Arc<egui::Galley>> {
            let galley = painter.layout_no_wrap(
                text.to_owned(),
                FontId::proportional(size),
                theme::BOOTH_TEXT,
            );
            let w = galley.size().x;
            let size = if w > inner.width() {
                size * inner.width() / w
            } else {
                size
            };
            (size >= 6.5).then(|| {
                painter.layout_no_wrap(
                    text.to_owned(),
                    FontId::proportional(size),
                    theme::BOOTH_TEXT,
                )
            })
        };
        let Some(number) = fit(&b.number, base) else {
            return;
        };
        let name = b
            .exhibitor
            .and_then(|e| cx.doc.plan().exhibitors.get(&e))
            .map(|e| e.name.as_str());
        let name = name
            .and_then(|n| fit(n, base * 0.9))
            .filter(|g| number.size().y + g.size().y <= inner.height());
        let total = number.size().y + name.as_ref().map_or(0.0, |g| g.size().y);
        let mut y = inner.center().y - total / 2.0;
        let number_h = number.size().y;
        painter.galley(
            pos2(inner.center().x - number.size().x / 2.0, y),
            number,
            theme::BOOTH_TEXT,
        );
        y += number_h;
        if let Some(g) = name {
            painter.galley(
                pos2(inner.center().x - g.size().x / 2.0, y),
                g,
                theme::BOOTH_TEXT,
            );
        }
    }

    pub(super) fn paint_overlays(
        &self,
        cx: &ViewContext<'_>,
        ui: &egui::Ui,
        painter: &egui::Painter,
        pointer: Option<Pos2>,
    ) {
        let text = ui.visuals().text_color();
        match &self.drag {
            Some(Drag::Marquee { start, end, .. }) => {
                let r = egui::Rect::from_two_pos(*start, *end);
                painter.rect_filled(
                    r,
                    CornerRadius::ZERO,
                    Color32::from_rgba_unmultiplied(25, 118, 210, 30),
                );
                painter.rect_stroke(
                    r,
                    CornerRadius::ZERO,
                    Stroke::new(1.0, theme::selection_stroke().color),
                    StrokeKind::Inside,
                );
            }
            Some(Drag::Create {
                start_mm, end_mm, ..
            }) => {
                let r = span_rect(*start_mm, *end_mm);
                let s = self.view.rect_in_screen(&r);
                painter.rect_filled(
                    s,
                    CornerRadius::ZERO,
                    Color32::from_rgba_unmultiplied(76, 175, 80, 90),
                );
                painter.text(
                    s.right_bottom() + vec2(4.0, 4.0),
                    egui::Align2::LEFT_TOP,
                    format!("{} ({})", size_text(&r), area_text(r.area_mm2())),
                    FontId::proportional(12.0),
                    text,
                );
            }
            _ => {}
        }
        if let Some(block) = cx.pending_block() {
            for (_, b) in &block.booths {
                let s = self.view.rect_in_screen(&b.rect);
                painter.rect_filled(
                    s,
                    CornerRadius::ZERO,
                    Color32::from_rgba_unmultiplied(76, 175, 80, 120),
                );
                painter.rect_stroke(
                    s,
                    CornerRadius::ZERO,
                    Stroke::new(1.0, Color32::from_rgb(46, 125, 50)),
                    StrokeKind::Inside,
                );
            }
        }
        // Scale bar: a round length near 120 points.
        let canvas = self.view.canvas;
        let target_mm = 120.0 / f64::from(self.view.scale);
        let nice = [
            1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10_000.0,
        ]
        .into_iter()
        .map(|m| m * 1000.0)
        .rfind(|mm| *mm <= target_mm)
        .unwrap_or(1000.0);
        let len = (nice * f64::from(self.view.scale)) as f32;
        let base = canvas.left_bottom() + vec2(16.0, -18.0);
        let bar_stroke = Stroke::new(2.0, text);
        painter.line_segment([base, base + vec2(len, 0.0)], bar_stroke);
        painter.line_segment([base, base + vec2(0.0, -6.0)], bar_stroke);
        painter.line_segment([base + vec2(len, 0.0), base + vec2(len, -6.0)], bar_stroke);
        painter.text(
            base + vec2(len / 2.0, -4.0),
            egui::Align2::CENTER_BOTTOM,
            length_text(nice as i64),
            FontId::proportional(12.0),
            text,
        );
        if let Some(p) = pointer {
            let (x, y) = self.view.pos_in_plan(p);
            // Rounded to the 0.1 m shown, then + 0.0: never "-0.0 m".
            let shown = |mm: f64| (mm / 100.0).round() / 10.0 + 0.0;
            painter.text(
                canvas.right_bottom() + vec2(-10.0, -8.0),
                egui::Align2::RIGHT_BOTTOM,
                format!("x {} m, y {} m", fixed(shown(x), 1), fixed(shown(y), 1)),
                FontId::proportional(12.0),
                text,
            );
        }
    }
}

/// The heat map's colour for a walk `d` out of a limit: green near an exit, yellow half way,
/// orange near the limit, red past it; violet where no exit is reached.
pub fn heat_colour(d: Option<f64>, limit: f64) -> Color32 {
    let Some(d) = d else {
        return Color32::from_rgba_unmultiplied(123, 31, 162, 110);
    };
    let t = (d / limit.max(1.0)) as f32;
    let mix = |a: [u8; 3], b: [u8; 3], k: f32| {
        let m =
            |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * k.clamp(0.0, 1.0)) as u8;
        [m(a[0], b[0]), m(a[1], b[1]), m(a[2], b[2])]
    };
    let [r, g, b] = if t <= 0.5 {
        mix([46, 160, 67], [250, 204, 21], t * 2.0)
    } else if t <= 1.0 {
        mix([250, 204, 21], [239, 108, 0], (t - 0.5) * 2.0)
    } else {
        [211, 47, 47]
    };
    Color32::from_rgba_unmultiplied(r, g, b, 90)
}

impl Canvas {
    /// The walking-distance heat map over the floor, and its key in the lower left corner.
    fn paint_heat(&self, cx: &ViewContext<'_>, painter: &egui::Painter) {
        let Some((_, cells)) = &self.heat else {
            return;
        };
        let limit = cx.doc.plan().rules.max_travel_mm as f64;
        let clip = self.view.canvas;
        for (cell, d) in cells {
            let s = self.view.rect_in_screen(cell);
            if s.intersects(clip) {
                painter.rect_filled(s, CornerRadius::ZERO, heat_colour(*d, limit));
            }
        }
        // The key: the ramp from an exit to the travel limit and past it.
        // Above the scale bar.
        let origin = clip.left_bottom() + vec2(12.0, -78.0);
        let width = 180.0;
        for i in 0..36 {
            let t = f64::from(i) / 30.0;
            let x = origin.x + width * i as f32 / 36.0;
            painter.rect_filled(
                egui::Rect::from_min_size(egui::pos2(x, origin.y), vec2(width / 36.0 + 0.5, 10.0)),
                CornerRadius::ZERO,
                heat_colour(Some(t * limit), limit).to_opaque(),
            );
        }
        let limit_x = origin.x + width * 30.0 / 36.0;
        painter.line_segment(
            [
                egui::pos2(limit_x, origin.y - 3.0),
                egui::pos2(limit_x, origin.y + 13.0),
            ],
            egui::Stroke::new(1.5, Color32::BLACK),
        );
        let text = |at: Pos2, align, s: String| {
            painter.text(
                at,
                align,
                s,
                FontId::proportional(11.0),
                Color32::from_gray(30),
            );
        };
        text(
            origin + vec2(0.0, 14.0),
            egui::Align2::LEFT_TOP,
            t("canvas-heat-exit"),
        );
        text(
            egui::pos2(limit_x, origin.y + 14.0),
            egui::Align2::CENTER_TOP,
            ta(
                "canvas-heat-limit",
                &[(
                    "limit",
                    Arg::from(length_text(cx.doc.plan().rules.max_travel_mm)),
                )],
            ),
        );
        text(
            origin + vec2(0.0, -4.0),
            egui::Align2::LEFT_BOTTOM,
            t("canvas-heat-title"),
        );
    }
}
