//! The Sales window: opened by its shortcut, figures that follow edits, and bars and names
//! that select their booths on the floor.

use super::support::*;
use boothplan::edit::Edit;
use boothplan::model::HallId;
use boothplan::sales::sales;

fn open_sales(h: &mut Harness<'_, BoothApp>) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
    h.run();
    assert!(h.state().sales.open, "Ctrl+Shift+L opens the Sales window");
}

fn sold_booths(h: &Harness<'_, BoothApp>) -> usize {
    let app = h.state();
    sales(app.plan(), app.doc.derived()).total.sold.booths
}

#[test]
fn the_shortcut_opens_sales_with_the_figures_of_the_plan() {
    let mut h = demo();
    assert!(!h.state().sales.open);
    open_sales(&mut h);
    let sold = sold_booths(&h);
    // The totals table shows the plan's own count of sold booths, and the revenue line.
    assert!(h.query_all_by_label("Sold").next().is_some());
    assert!(h.query_all_by_label(&sold.to_string()).next().is_some());
    h.get_by_label_contains("Revenue booked");
    // The same shortcut closes it.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
    h.run();
    assert!(!h.state().sales.open);
}

#[test]
fn figures_follow_every_edit() {
    let mut h = demo();
    open_sales(&mut h);
    let before = sold_booths(&h);
    let (id, booth) = {
        let plan = h.state().plan();
        let (id, b) = plan
            .booths
            .iter()
            .find(|(_, b)| b.status == BoothStatus::Reserved)
            .expect("a reserved booth");
        (*id, b.clone())
    };
    let mut sold = booth;
    sold.status = BoothStatus::Sold;
    h.state_mut().push_edit(Edit::Booth(id, Some(sold)));
    h.run();
    assert_eq!(sold_booths(&h), before + 1);
    // The window shows the new count, not the one it computed when it opened.
    assert!(
        h.query_all_by_label(&(before + 1).to_string())
            .next()
            .is_some()
    );
}

#[test]
fn clicking_a_hall_name_selects_its_booths() {
    let mut h = demo();
    open_sales(&mut h);
    assert!(h.state().selection.is_empty());
    h.get_by_label("Hall 2").click();
    h.run();
    let app = h.state();
    let hall2 = app
        .plan()
        .halls
        .iter()
        .find(|(_, x)| x.name == "Hall 2")
        .map(|(id, _)| *id)
        .expect("hall 2");
    let expected: Vec<BoothId> = app
        .plan()
        .booths
        .iter()
        .filter(|(_, b)| b.hall == hall2)
        .map(|(id, _)| *id)
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(
        app.selection.booths().iter().copied().collect::<Vec<_>>(),
        expected
    );
}

#[test]
fn clicking_a_bar_segment_selects_the_booths_of_that_hall_and_status() {
    let mut h = demo();
    open_sales(&mut h);
    h.run();
    // The first bar is the first hall; its base is what is sold. Click halfway along it.
    let (hall, sold_m2): (HallId, f64) = {
        let app = h.state();
        let s = sales(app.plan(), app.doc.derived());
        let (hall, g) = s.by_hall.iter().next().expect("a hall");
        (*hall, boothplan::model::geom::m2(g.sold.area_mm2))
    };
    assert!(sold_m2 > 0.0, "the demo's first hall has sold booths");
    let at = h
        .state()
        .sales
        .chart_position(0, sold_m2 / 2.0)
        .expect("the chart was drawn");
    click_at(&mut h, at);
    h.run();
    let app = h.state();
    let expected: Vec<BoothId> = app
        .plan()
        .booths
        .iter()
        .filter(|(_, b)| b.hall == hall && b.status == BoothStatus::Sold)
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(
        app.selection.booths().iter().copied().collect::<Vec<_>>(),
        expected
    );
}
