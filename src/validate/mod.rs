//! The pure layout-validation module: `validate(&Plan) -> Report`.
//!
//! No GUI, no I/O, no clock: the same plan always gives the same report, in the same order.
//! One file per rule family: [`geometry`] (overlaps, obstacles, exits, aisles, neighbours),
//! [`reach`] (walking paths to exits on a floor grid), [`data`] (numbers, references, areas,
//! allocation).

mod data;
mod geometry;
mod live;
mod reach;
mod rows;
mod sanity;
mod walk;

pub use live::Live;
pub use reach::{HeatCells, Route, routes_to_exits, walking_distances, walking_heat};
pub use walk::{MAX_COORD_MM, in_range};

use std::collections::BTreeSet;
use std::fmt;

use serde::Serialize;

use crate::i18n::{Arg, Lang};
use crate::model::{BoothId, Derived, ExhibitorId, HallId, Plan};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The plan cannot be built or sold like this (fire rules, overlaps, broken references).
    Error,
    /// Allowed, but someone should look (pillar in a booth, competitors side by side).
    Warning,
    /// Worth knowing (an exhibitor still without a booth).
    Info,
}

impl Severity {
    /// Lower-case name.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

macro_rules! rules {
    ($($variant:ident = $id:literal, $severity:ident, $summary:literal;)*) => {
        /// A validation rule. Its id is stable: tools and people may match on it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $(
                #[doc = $summary]
                $variant,
            )*
        }

        impl Rule {
            /// Every rule, in report order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),*];

            /// Stable kebab-case id.
            pub fn id(self) -> &'static str {
                match self { $(Rule::$variant => $id,)* }
            }

            /// Severity of every finding of this rule.
            pub fn severity(self) -> Severity {
                match self { $(Rule::$variant => Severity::$severity,)* }
            }

            /// The catalogue key of its title ("rule-booth-overlap"); its summary's key adds
            /// `-summary`.
            pub fn title_key(self) -> &'static str {
                match self { $(Rule::$variant => concat!("rule-", $id),)* }
            }

            /// One line on what the rule checks, with its default numbers.
            pub fn summary(self) -> &'static str {
                match self { $(Rule::$variant => $summary,)* }
            }
        }
    };
}

rules! {
    BoothOutsideHall = "booth-outside-hall", Error,
        "A booth reaches outside its hall's outline, or names a hall that does not exist.";
    BoothOverlap = "booth-overlap", Error,
        "Two booths share floor area.";
    BoothOnObstacle = "booth-on-obstacle", Error,
        "A booth covers fire equipment, a service core or stairs, a stage / no-build area, or a reserved aisle.";
    BoothContainsPillar = "booth-contains-pillar", Warning,
        "A pillar stands inside a booth: allowed, but the exhibitor must be told.";
    ExitBlocked = "exit-blocked", Error,
        "A booth stands in an exit's clearance zone (default 4.5 m deep, the door's width).";
    FireEquipmentBlocked = "fire-equipment-blocked", Error,
        "A booth stands within the clearance around fire equipment (default 1.5 m).";
    AisleTooNarrow = "aisle-too-narrow", Error,
        "A gap wider than 0 and narrower than the minimum aisle (default 3 m) between two booths, or a booth and a wall or obstacle.";
    BoothNoAisleAccess = "booth-no-aisle-access", Error,
        "No side of a booth faces free floor (at least 0.915 m deep and long by default).";
    ExitUnreachable = "exit-unreachable", Error,
        "No walking path at least the minimum aisle wide (default 3 m) leads from the booth to any exit.";
    TravelDistance = "travel-distance", Error,
        "The walking path from a booth to its nearest exit is longer than the limit (default 61 m).";
    DuplicateBoothNumber = "duplicate-booth-number", Error,
        "Two or more booths carry the same number (compared ignoring case and surrounding spaces).";
    MissingBoothNumber = "missing-booth-number", Error,
        "A booth has no number.";
    UnknownExhibitor = "unknown-exhibitor", Error,
        "A booth or a competitor list names an exhibitor id that does not exist.";
    UnknownReference = "unknown-reference", Error,
        "An obstacle, exit or zone names a missing hall, or an exhibitor prefers a missing zone.";
    BoothTooSmall = "booth-too-small", Error,
        "A booth is smaller than the minimum area (default 9 m²) or has a side shorter than the minimum (default 2 m).";
    OffGrid = "off-grid", Warning,
        "A booth's position or size is not a multiple of the grid pitch (default 1 m).";
    ExhibitorMultipleBooths = "exhibitor-multiple-booths", Warning,
        "One exhibitor holds more than one booth.";
    AreaMismatch = "area-mismatch", Warning,
        "An exhibitor's allocated area differs from its contracted area by more than the tolerance (default 5 %).";
    CompetitorsAdjacent = "competitors-adjacent", Warning,
        "Competitors' booths touch, or face each other across one aisle (free floor up to 6 m wide by default).";
    ZoneMismatch = "zone-mismatch", Warning,
        "An exhibitor stands outside the zone or pavilion it asked for.";
    StatusMismatch = "status-mismatch", Warning,
        "A booth's status disagrees with its allocation (allocated but available or on hold; reserved or sold but empty).";
    BoothTooDeep = "booth-too-deep", Error,
        "A point inside a booth is farther than the limit (default 15 m) from the booth's nearest open side.";
    DeadEndAisle = "dead-end-aisle", Error,
        "A passage that leads nowhere (one way out, up to three minimum aisles wide) is longer than the limit (default 18 m) from its mouth to its closed end.";
    RowTooLong = "row-too-long", Warning,
        "A continuous row of booths (touching side by side or back to back) is longer than the limit (default 30 m) without a cross aisle.";
    InvalidRule = "invalid-rule", Error,
        "A venue rule cannot be right: a zero or negative width, clearance, limit or pitch, or a minimum aisle wider than a hall.";
    BoothOutOfRange = "booth-out-of-range", Error,
        "A booth (or a hall) lies more than 1,000 km from the site's origin or is larger than that: too large to measure, left out of the other checks.";
    ObstacleOutsideHall = "obstacle-outside-hall", Error,
        "An obstacle reaches outside its hall or has no area, or an exit's door is not on its hall's wall.";
    UnallocatedExhibitor = "unallocated-exhibitor", Info,
        "An exhibitor has no booth yet.";
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// One problem found in a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The rule that fired.
    pub rule: Rule,
    /// Hall concerned, if any.
    pub hall: Option<HallId>,
    /// Booths involved, by id (for selecting them).
    pub booth_ids: Vec<BoothId>,
    /// Booths involved, by the numbers people read.
    pub booths: Vec<String>,
    /// Exhibitors involved.
    pub exhibitors: Vec<ExhibitorId>,
    /// The catalogue key of the message (`finding-…`).
    pub key: &'static str,
    /// The values the message names, typed so each language writes them its own way.
    pub params: Vec<(&'static str, Param)>,
    /// The message in English: a sentence a person understands (what scripts read).
    pub message: String,
}

impl Finding {
    /// Severity of the finding (its rule's).
    pub fn severity(&self) -> Severity {
        self.rule.severity()
    }

    /// The message in a language.
    pub fn text(&self, lang: Lang) -> String {
        render(lang, self.key, &self.params)
    }
}

/// A value a finding's message names, kept typed so it is written in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Param {
    /// Text from the plan: a booth number, a company, a hall's name.
    Text(String),
    /// A length, mm.
    Length(i64),
    /// An area, mm².
    Area(i128),
    /// A count (it also picks the plural form).
    Count(i64),
}

impl Param {
    /// The value as a message argument in a language.
    pub fn arg(&self, lang: Lang) -> Arg {
        match self {
            Param::Text(s) => Arg::Text(s.clone()),
            Param::Length(mm) => Arg::Text(crate::i18n::length(lang, *mm)),
            Param::Area(mm2) => Arg::Text(crate::i18n::area(lang, *mm2)),
            Param::Count(n) => Arg::Int(*n),
        }
    }
}

impl From<String> for Param {
    fn from(s: String) -> Self {
        Param::Text(s)
    }
}

impl From<&str> for Param {
    fn from(s: &str) -> Self {
        Param::Text(s.to_owned())
    }
}

impl From<&String> for Param {
    fn from(s: &String) -> Self {
        Param::Text(s.clone())
    }
}

/// A length parameter, mm.
pub(crate) struct Len(pub i64);

impl From<Len> for Param {
    fn from(l: Len) -> Self {
        Param::Length(l.0)
    }
}

/// An area parameter, mm².
pub(crate) struct Area(pub i128);

impl From<Area> for Param {
    fn from(a: Area) -> Self {
        Param::Area(a.0)
    }
}

/// A count parameter.
pub(crate) struct Count(pub i64);

impl From<Count> for Param {
    fn from(c: Count) -> Self {
        Param::Count(c.0)
    }
}

/// A finding's message before it is written: its catalogue key and parameters.
pub(crate) struct Msg {
    pub key: &'static str,
    pub params: Vec<(&'static str, Param)>,
}

/// `msg!("finding-key", booth = label, gap = Len(mm))`: a message with named parameters.
macro_rules! msg {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::validate::Msg {
            key: $key,
            params: vec![$((stringify!($name), $crate::validate::Param::from($value))),*],
        }
    };
}
pub(crate) use msg;

/// A message in a language from its key and parameters.
fn render(lang: Lang, key: &str, params: &[(&'static str, Param)]) -> String {
    let args: Vec<(&str, Arg)> = params.iter().map(|(n, p)| (*n, p.arg(lang))).collect();
    crate::i18n::tr(lang, key, &args)
}

/// All findings for a plan, most severe first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Findings in a stable order: severity, rule, hall, booths, message.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Number of findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity() == severity)
            .count()
    }

    /// Number of errors.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    /// Number of infos.
    pub fn infos(&self) -> usize {
        self.count(Severity::Info)
    }

    /// Findings of one rule.
    pub fn of_rule(&self, rule: Rule) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.rule == rule)
    }

    /// True when some finding of this rule exists.
    pub fn has(&self, rule: Rule) -> bool {
        self.of_rule(rule).next().is_some()
    }
}

/// Collects findings while the rule families run.
pub(crate) struct Sink<'p> {
    plan: &'p Plan,
    findings: Vec<Finding>,
}

impl<'p> Sink<'p> {
    fn new(plan: &'p Plan) -> Self {
        Self {
            plan,
            findings: Vec::new(),
        }
    }

    /// Records a finding; booth numbers are looked up from the ids.
    pub(crate) fn push(
        &mut self,
        rule: Rule,
        hall: Option<HallId>,
        booth_ids: Vec<BoothId>,
        exhibitors: Vec<ExhibitorId>,
        message: Msg,
    ) {
        let booths = booth_ids.iter().map(|id| self.booth_label(*id)).collect();
        self.findings.push(Finding {
            rule,
            hall,
            booth_ids,
            booths,
            exhibitors,
            message: render(Lang::En, message.key, &message.params),
            key: message.key,
            params: message.params,
        });
    }

    /// The number people read for a booth ("B17" when it has none).
    pub(crate) fn booth_label(&self, id: BoothId) -> String {
        self.plan.booth_label(id)
    }

    /// An exhibitor's name (its id when unknown).
    pub(crate) fn exhibitor_label(&self, id: ExhibitorId) -> String {
        self.plan
            .exhibitors
            .get(&id)
            .map_or_else(|| id.to_string(), |e| e.name.clone())
    }
}

/// Which booths a rule family looks at: all, or (for a live update after booths moved) those
/// near the moves. Findings that involve none of `near` cannot have changed.
#[derive(Clone, Copy)]
pub(crate) enum Scope<'a> {
    /// Every booth of the plan.
    All,
    /// Booths whose findings may have changed (`near`), among them the booths that moved.
    Near {
        /// Every booth within reach of a moved booth's old or new place.
        near: &'a BTreeSet<BoothId>,
        /// The booths that moved.
        moved: &'a BTreeSet<BoothId>,
        /// What moving booths does not change, computed once.
        fixed: &'a Fixed,
    },
}

/// What stays the same while booths only move: computed once for a run of live updates.
#[derive(Clone, Debug, Default)]
pub(crate) struct Fixed {
    /// Competitor pairs, each as (lower id, higher id).
    pub(crate) competitors: BTreeSet<(ExhibitorId, ExhibitorId)>,
    /// Each exhibitor's booths.
    pub(crate) booths_of: std::collections::BTreeMap<ExhibitorId, Vec<BoothId>>,
}

impl Fixed {
    pub(crate) fn new(plan: &Plan) -> Self {
        let mut booths_of: std::collections::BTreeMap<ExhibitorId, Vec<BoothId>> =
            std::collections::BTreeMap::new();
        for (id, b) in &plan.booths {
            if let Some(e) = b.exhibitor {
                booths_of.entry(e).or_default().push(*id);
            }
        }
        Self {
            competitors: geometry::competitor_pairs(plan),
            booths_of,
        }
    }
}

impl<'a> Scope<'a> {
    /// The booths in scope, in id order.
    pub(crate) fn booths<'p>(self, plan: &'p Plan) -> Booths<'p>
    where
        Self: 'p,
    {
        pick(plan, self.ids(false))
    }

    /// The booths near the moves (or, with `moved`, the movers); `None` for every booth.
    fn ids(self, moved: bool) -> Option<&'a BTreeSet<BoothId>> {
        match self {
            Scope::All => None,
            Scope::Near { near, moved: m, .. } => Some(if moved { m } else { near }),
        }
    }

    /// True when findings of this booth are in scope.
    pub(crate) fn holds(self, id: BoothId) -> bool {
        match self {
            Scope::All => true,
            Scope::Near { near, .. } => near.contains(&id),
        }
    }

    /// The booths whose own size and place are in scope, in id order.
    pub(crate) fn moved_booths<'p>(self, plan: &'p Plan) -> Booths<'p>
    where
        Self: 'p,
    {
        pick(plan, self.ids(true))
    }
}

/// Booths of a plan with their ids.
pub(crate) type Booths<'p> = Box<dyn Iterator<Item = (&'p BoothId, &'p crate::model::Booth)> + 'p>;

/// Every booth of the plan, or those of `ids` that exist, in id order.
fn pick<'p>(plan: &'p Plan, ids: Option<&'p BTreeSet<BoothId>>) -> Booths<'p> {
    match ids {
        None => Box::new(plan.booths.iter()),
        Some(ids) => Box::new(ids.iter().filter_map(|id| plan.booths.get_key_value(id))),
    }
}

/// One independent part of the validation.
enum Job<'a> {
    /// Sanity of the rules and ranges, then the pairwise geometry.
    Geometry,
    /// Booth depth and row length.
    Rows,
    /// Numbers, references, areas, allocation.
    Data,
    /// Walking paths of one hall, with the booths that name it.
    Hall(HallId, &'a [BoothId]),
}

/// Checks a plan against every rule.
pub fn validate(plan: &Plan) -> Report {
    // The data rules need no derived values: on a second core they run while those are made.
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let data = || {
        let mut sink = Sink::new(plan);
        data::check(plan, Scope::All, &mut sink);
        sink.findings
    };
    let (derived, data) = if cores > 1 {
        std::thread::scope(|scope| {
            let handle = std::thread::Builder::new()
                .name("boothplan-validate".to_owned())
                .spawn_scoped(scope, data)
                .ok();
            let derived = Derived::new(plan);
            // Without a second thread, on this one.
            let data = handle.map_or_else(data, |h| {
                h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
            });
            (derived, data)
        })
    } else {
        (Derived::new(plan), data())
    };
    let mut findings = findings_with(plan, &derived, false);
    findings.extend(data);
    sort_findings(&mut findings);
    Report { findings }
}

/// Checks a plan whose derived values were already computed (the editor keeps them).
pub fn validate_with(plan: &Plan, derived: &Derived) -> Report {
    let mut findings = findings_with(plan, derived, true);
    sort_findings(&mut findings);
    Report { findings }
}

/// The findings of every family (the data rules only `with_data`), unsorted.
fn findings_with(plan: &Plan, derived: &Derived, with_data: bool) -> Vec<Finding> {
    let by_hall = reach::booths_by_hall(plan);
    // Independent jobs, each with its own findings; the walking field of each hall is the
    // largest, so halls are jobs of their own and idle cores take the next job.
    let mut jobs: Vec<Job<'_>> = plan
        .halls
        .keys()
        .map(|h| Job::Hall(*h, by_hall.get(h).map_or(&[][..], Vec::as_slice)))
        .collect();
    // Largest first, so the last job to start is a small one.
    jobs.sort_by_key(|j| match j {
        Job::Hall(_, booths) => std::cmp::Reverse(booths.len()),
        _ => std::cmp::Reverse(0),
    });
    jobs.extend([Job::Geometry, Job::Rows]);
    if with_data {
        jobs.push(Job::Data);
    }
    let results = in_parallel(jobs.len(), |k| run_job(plan, derived, &jobs[k], Scope::All));
    results.into_iter().flatten().collect()
}

/// The findings of one job; `scope` narrows the site-wide families after booths moved.
fn run_job(plan: &Plan, derived: &Derived, job: &Job<'_>, scope: Scope<'_>) -> Vec<Finding> {
    let mut sink = Sink::new(plan);
    match job {
        Job::Geometry => {
            if matches!(scope, Scope::All) {
                sanity::check(plan, &mut sink);
            }
            geometry::check(plan, derived, scope, &mut sink);
        }
        Job::Rows => rows::check(plan, derived, scope, &mut sink),
        Job::Data => data::check(plan, scope, &mut sink),
        Job::Hall(h, booths) => reach::check_hall(plan, derived, *h, booths, &mut sink),
    }
    sink.findings
}

/// Runs `count` independent jobs on every core (this thread is one of the workers); the results
/// come back in job order, whichever finished first, so they never depend on timing.
pub(crate) fn in_parallel<T: Send>(count: usize, job: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(count);
    if workers <= 1 {
        return (0..count).map(job).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut mine = Vec::new();
        loop {
            let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            if k >= count {
                break;
            }
            mine.push((k, job(k)));
        }
        mine
    };
    let done: Vec<Vec<(usize, T)>> = std::thread::scope(|scope| {
        // A worker that cannot be started leaves its share to the others.
        let handles: Vec<_> = (1..workers)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .name("boothplan-validate".to_owned())
                    .spawn_scoped(scope, work)
                    .ok()
            })
            .collect();
        let mut all = vec![work()];
        all.extend(
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))),
        );
        all
    });
    let mut out: Vec<(usize, T)> = done.into_iter().flatten().collect();
    out.sort_by_key(|(k, _)| *k);
    out.into_iter().map(|(_, t)| t).collect()
}

/// The report's order: severity, rule, hall, booths, message (then the rest, so that equal
/// keys never depend on the order findings were made in).
fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (
            a.severity(),
            a.rule,
            a.hall,
            &a.booths,
            &a.message,
            &a.booth_ids,
            &a.exhibitors,
        )
            .cmp(&(
                b.severity(),
                b.rule,
                b.hall,
                &b.booths,
                &b.message,
                &b.booth_ids,
                &b.exhibitors,
            ))
    });
}

/// Naive pairwise overlap count: the O(n²) baseline the benchmarks compare against.
pub fn naive_overlap_count(plan: &Plan) -> usize {
    let booths: Vec<_> = plan.booths.values().collect();
    let mut n = 0;
    for (i, a) in booths.iter().enumerate() {
        for b in &booths[i + 1..] {
            if a.hall == b.hall && a.rect.overlaps(&b.rect) {
                n += 1;
            }
        }
    }
    n
}
