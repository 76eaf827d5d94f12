//! Small plans for tests, built in millimetres.
#![allow(dead_code, clippy::missing_panics_doc)]

use boothplan::model::{
    Booth, BoothId, BoothStatus, Exhibitor, ExhibitorId, Exit, ExitId, Hall, HallId, Obstacle,
    ObstacleId, ObstacleKind, Plan, Point, Rect, Side, Zone, ZoneId, ZoneKind,
};

/// One metre.
pub const M: i64 = 1000;
/// The hall every small plan has.
pub const HALL: HallId = HallId(1);

/// An empty 40 × 30 m hall with one 2.4 m exit in the middle of its north wall.
pub fn hall_plan() -> Plan {
    let mut plan = Plan::default();
    plan.halls.insert(
        HALL,
        Hall {
            name: "Hall 1".into(),
            code: "A".into(),
            outline: vec![Rect::new(0, 0, 40 * M, 30 * M)],
        },
    );
    add_exit(&mut plan, Side::North, Point::new(20 * M, 0));
    plan
}

/// Adds an exit to hall 1.
pub fn add_exit(plan: &mut Plan, wall: Side, at: Point) -> ExitId {
    let id = ExitId(plan.exits.len() as u32 + 1);
    plan.exits.insert(
        id,
        Exit {
            hall: HALL,
            label: format!("Exit {}", id.0),
            wall,
            at,
            width_mm: 2400,
            clearance_mm: None,
        },
    );
    id
}

/// Moves every exit of the plan to `x` on the north wall, `width_mm` wide.
pub fn set_door(plan: &mut Plan, x: i64, width_mm: i64) {
    plan.exits.values_mut().for_each(|e| {
        e.at = Point::new(x, 0);
        e.width_mm = width_mm;
    });
}

/// Adds `n` booths `w` × `d` side by side from `x0` eastwards at `y`, numbered `prefix-0`….
pub fn add_row(plan: &mut Plan, prefix: &str, (x0, y): (i64, i64), n: i64, (w, d): (i64, i64)) {
    for i in 0..n {
        add_booth(plan, &format!("{prefix}-{i}"), x0 + i * w, y, w, d);
    }
}

/// Adds an available booth in hall 1 (millimetres).
pub fn add_booth(plan: &mut Plan, number: &str, x: i64, y: i64, w: i64, d: i64) -> BoothId {
    let id = plan.next_booth_id();
    plan.booths.insert(
        id,
        Booth {
            number: number.into(),
            hall: HALL,
            rect: Rect::new(x, y, w, d),
            status: BoothStatus::Available,
            price_override_minor: None,
            exhibitor: None,
        },
    );
    id
}

/// Adds an obstacle in hall 1.
pub fn add_obstacle(plan: &mut Plan, kind: ObstacleKind, rect: Rect) -> ObstacleId {
    let id = ObstacleId(plan.obstacles.len() as u32 + 1);
    plan.obstacles.insert(
        id,
        Obstacle {
            hall: HALL,
            kind,
            rect,
            label: format!("O{}", id.0),
        },
    );
    id
}

/// Adds an exhibitor and, when given, allocates it to a booth (status sold).
pub fn add_exhibitor(
    plan: &mut Plan,
    name: &str,
    area_mm2: i64,
    booth: Option<BoothId>,
) -> ExhibitorId {
    let id = plan.next_exhibitor_id();
    plan.exhibitors.insert(id, Exhibitor::new(name, area_mm2));
    if let Some(b) = booth {
        allocate(plan, id, b);
    }
    id
}

/// Allocates an exhibitor to a booth and marks it sold.
pub fn allocate(plan: &mut Plan, e: ExhibitorId, b: BoothId) {
    let booth = plan.booths.get_mut(&b).expect("booth exists");
    booth.exhibitor = Some(e);
    booth.status = BoothStatus::Sold;
}

/// Adds a themed zone over `area` in hall 1.
pub fn add_zone(plan: &mut Plan, name: &str, area: Rect) -> ZoneId {
    let id = ZoneId(plan.zones.len() as u32 + 1);
    plan.zones.insert(
        id,
        Zone {
            name: name.into(),
            kind: ZoneKind::Theme,
            hall: HALL,
            colour: [10, 20, 30],
            areas: vec![area],
            price_per_m2_minor: None,
        },
    );
    id
}

/// Marks two exhibitors as competitors of each other.
pub fn make_competitors(plan: &mut Plan, a: ExhibitorId, b: ExhibitorId) {
    plan.exhibitors
        .get_mut(&a)
        .expect("exists")
        .competitors
        .insert(b);
    plan.exhibitors
        .get_mut(&b)
        .expect("exists")
        .competitors
        .insert(a);
}

/// A scratch folder unique to this test process and name, emptied.
pub fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("boothplan-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Headless Chromium, when installed. Without it a test is skipped and says so; under CI
/// (where `.ci/run` installs it) a missing browser fails the test instead.
pub fn chromium() -> Option<std::path::PathBuf> {
    let found = find_chromium();
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have chromium (.ci/run installs it)"
        );
        eprintln!("skipped: chromium is not installed here (CI installs it)");
    }
    found
}

fn find_chromium() -> Option<std::path::PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .flat_map(|name| {
            std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
                .map(move |d| d.join(name))
                .collect::<Vec<_>>()
        })
        .find(|p| p.is_file())
}

/// The page after its scripts ran, in headless Chromium.
pub fn dump_dom(browser: &std::path::Path, page: &std::path::Path, hash: &str) -> String {
    dump_dom_sized(browser, page, hash, None)
}

/// [`dump_dom`] in a window of `size` CSS pixels (a phone's 390 × 844, say).
pub fn dump_dom_sized(
    browser: &std::path::Path,
    page: &std::path::Path,
    hash: &str,
    size: Option<(u32, u32)>,
) -> String {
    // A profile of its own: two Chromiums on one profile refuse to start.
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let profile = scratch_dir(&format!("chromium-{run}"));
    let url = if hash.is_empty() {
        format!("file://{}", page.display())
    } else {
        format!("file://{}#{hash}", page.display())
    };
    let mut command = std::process::Command::new(browser);
    command.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]);
    if let Some((w, h)) = size {
        command.arg(format!("--window-size={w},{h}"));
    }
    let o = command
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--virtual-time-budget=3000", "--dump-dom", &url])
        .output()
        .expect("chromium runs");
    let _ = std::fs::remove_dir_all(profile);
    String::from_utf8_lossy(&o.stdout).into_owned()
}
