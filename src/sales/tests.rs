use super::*;

#[test]
fn every_breakdown_adds_up_to_the_total() {
    let plan = crate::demo::demo_plan();
    let derived = Derived::new(&plan);
    let s = sales(&plan, &derived);
    assert_eq!(s.total.total().booths, plan.booths.len());
    let sum = |groups: Vec<&ByStatus>| {
        groups.iter().fold(Tally::default(), |mut acc, g| {
            acc += g.total();
            acc
        })
    };
    let total = s.total.total();
    assert_eq!(sum(s.by_hall.values().collect()), total);
    assert_eq!(sum(s.by_zone.values().collect()), total);
    assert_eq!(sum(s.by_country.values().collect()), total);
    assert_eq!(sum(s.by_sector.values().collect()), total);
    assert_eq!(sum(s.by_type.values().collect()), total);
    assert_eq!(s.total.sold.area_mm2, plan.area_sold_mm2());
    assert_eq!(
        s.waiting,
        plan.exhibitors.len() - plan.allocated_exhibitor_count()
    );
    // Every breakdown's groups (top ten and "other" for countries and sectors) add up,
    // and each group's booths are exactly those its figures count.
    for by in Breakdown::ALL {
        let list = groups(&plan, &s, by);
        assert_eq!(
            sum(list.iter().map(|g| &g.figures).collect()),
            total,
            "{by:?}"
        );
        for g in &list {
            let booths = booths_of(&plan, &derived, &g.members, None);
            assert_eq!(
                booths.len(),
                g.figures.total().booths,
                "{by:?} {:?}",
                g.name
            );
            let sold = booths_of(&plan, &derived, &g.members, Some(BoothStatus::Sold));
            assert_eq!(sold.len(), g.figures.sold.booths, "{by:?} {:?}", g.name);
        }
    }
    let countries = groups(&plan, &s, Breakdown::Country);
    assert!(countries.len() <= 11);
    if s.by_country.len() > 10 {
        assert_eq!(countries.last().map(|g| &g.name), Some(&GroupName::Other));
    }
}

/// The figures the slow, obvious way: every booth looked up on its own.
fn reference(plan: &Plan, derived: &Derived) -> Sales {
    let mut s = Sales::default();
    for (id, b) in &plan.booths {
        let area = b.area_mm2();
        let price = i128::from(derived.price_minor(plan, *id).unwrap_or(0));
        let company = b.exhibitor.and_then(|e| plan.exhibitors.get(&e));
        let country = company.map_or("", |e| e.country.trim()).to_owned();
        let sector = company.map_or("", |e| e.sector.trim()).to_owned();
        s.total.add(b.status, area, price);
        s.by_hall
            .entry(b.hall)
            .or_default()
            .add(b.status, area, price);
        s.by_zone
            .entry(plan.zone_of(b))
            .or_default()
            .add(b.status, area, price);
        s.by_country
            .entry(country)
            .or_default()
            .add(b.status, area, price);
        s.by_sector
            .entry(sector)
            .or_default()
            .add(b.status, area, price);
        s.by_type
            .entry(derived.booth_type(*id))
            .or_default()
            .add(b.status, area, price);
    }
    for (id, e) in &plan.exhibitors {
        if !plan.booths.values().any(|b| b.exhibitor == Some(*id)) {
            s.waiting += 1;
            s.waiting_area_mm2 += i128::from(e.contracted_area_mm2.max(0));
        }
    }
    s
}

#[test]
fn the_figures_equal_a_booth_by_booth_reference() {
    let mut odd = crate::demo::demo_plan();
    // A booth naming a company that does not exist, companies with spaces around their
    // country, a company with no booth.
    if let Some(b) = odd.booths.values_mut().next() {
        b.exhibitor = Some(ExhibitorId(999_999));
    }
    for e in odd.exhibitors.values_mut().take(5) {
        e.country = format!("  {}  ", e.country);
    }
    // The same oddities in a plan large enough to be counted in parts: booths naming ids
    // below and above every company's and companies gone from the middle of each part.
    let mut large = crate::demo::synthetic_plan(25_000, 7);
    let ids: Vec<BoothId> = large.booths.keys().copied().collect();
    for (k, id) in ids.iter().enumerate().step_by(997) {
        let dangling = match k % 3 {
            0 => ExhibitorId(0),
            1 => ExhibitorId(u32::MAX),
            _ => ExhibitorId(4_000_000),
        };
        if let Some(b) = large.booths.get_mut(id) {
            b.exhibitor = Some(dangling);
        }
    }
    let companies: Vec<ExhibitorId> = large.exhibitors.keys().copied().collect();
    for e in companies.iter().step_by(1_013) {
        large.exhibitors.remove(e);
    }
    for e in large.exhibitors.values_mut().step_by(7) {
        e.country = format!(" {} ", e.country);
    }
    for plan in [crate::demo::demo_plan(), odd, large] {
        let derived = Derived::new(&plan);
        assert_eq!(sales(&plan, &derived), reference(&plan, &derived));
    }
}
