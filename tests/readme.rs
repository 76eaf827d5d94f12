//! The README stays true: it lists every rule, and opens with the two set-up commands that
//! CI also runs.

const README: &str = include_str!("../README.md");
const CI: &str = include_str!("../.ci/run");

#[test]
fn readme_lists_every_rule_with_its_summary() {
    for rule in boothplan::validate::Rule::ALL {
        let row = format!(
            "| `{}` | {} | {} |",
            rule.id(),
            rule.severity(),
            rule.summary()
        );
        assert!(README.contains(&row), "README.md lacks the row:\n{row}");
    }
}

#[test]
fn ci_runs_the_readme_test_command() {
    let block = README
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a sh block");
    let commands: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(
        commands.len(),
        2,
        "two commands: run the app, run the tests"
    );
    let test_command = commands[1];
    assert!(
        CI.lines().any(|l| l.trim() == test_command),
        "`.ci/run` must run `{test_command}`"
    );
}
