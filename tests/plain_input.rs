//! What the parent types in plain mode: invalid answers are asked again
//! with a reason, and back, skip, help, roles TITLE and quit work at every
//! question. Questions and answers come from the bank, never named here.

mod common;

use common::*;
use fitcheck::core::answers::{Answer, Answers};
use fitcheck::core::bank::{Bank, Kind, Question};
use fitcheck::core::interview::Interview;
use fitcheck::plain::{reply, script};
use fitcheck::strings as s;

/// A line that is not a valid answer to `q`, and the reason plain mode gives.
fn invalid(bank: &Bank, q: &Question) -> (String, String) {
    let line = match q.kind {
        Kind::Single | Kind::Multi => (q.options.len() + 1).to_string(),
        Kind::Level => "7".to_string(),
        Kind::Text | Kind::Title => unreachable!("any text is a valid answer"),
    };
    let reason = reply::parse(bank, q, &line)
        .expect_err("the line is invalid")
        .to_string();
    (line, reason)
}

/// The answer to `q` that `two_providers` would not give.
fn another_answer(bank: &Bank, q: &Question, given: &Answer) -> Answer {
    match q.kind {
        Kind::Level => Answer::Level(if given.level() == Some(0) { 1 } else { 0 }),
        Kind::Single => {
            let pick = q
                .options
                .iter()
                .find(|o| !given.includes(&o.id) && !o.crisis && !o.adds_provider)
                .or_else(|| q.options.iter().find(|o| !given.includes(&o.id)))
                .expect("a choice has two options");
            Answer::One(pick.id.clone())
        }
        _ => unreachable!("only asked for choices and levels: {bank:p}"),
    }
}

fn is_choice(q: &Question) -> bool {
    matches!(q.kind, Kind::Single | Kind::Multi | Kind::Level)
}

#[test]
fn an_invalid_answer_is_asked_again_with_a_reason() {
    let bank = bank();
    let (mut iv, step, mut lines) = walk_to(&bank, two_providers, |q, _| is_choice(q));
    let q = step.question(&bank);
    let (bad, reason) = invalid(&bank, q);
    lines.push(bad);
    lines.push("   ".to_string()); // an empty line, with nothing to keep
    lines.extend(answer_rest(&bank, &mut iv, two_providers));
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains(&reason), "the reason is shown:\n{err}");
    let empty = s::PLAIN_EMPTY.replace("{how}", &reply::how(q));
    assert!(err.contains(&empty), "an empty line is refused:\n{err}");
    let saved = only_session(data.path());
    assert_eq!(
        saved.answers.map(step.provider).unwrap().get(&q.id),
        iv.answers.map(step.provider).unwrap().get(&q.id),
        "the valid answer is the one kept"
    );
}

#[test]
fn back_returns_to_the_question_before_and_its_answer_can_change() {
    let bank = bank();
    // Stop on a question after the first choice or level question.
    let (mut iv, _, mut lines) = walk_to(&bank, two_providers, |_, n| n == 0);
    lines.insert(0, "back".to_string()); // at the first question: nothing before it
    let first = iv.current(&bank).unwrap();
    let a = two_providers(&bank, first.question(&bank), first);
    lines.push(script::typed(&bank, first.question(&bank), &a).unwrap());
    iv.answer(&bank, a).unwrap();
    let (target, given) = loop {
        let step = iv
            .current(&bank)
            .expect("a choice or level question after the first");
        let q = step.question(&bank);
        let a = two_providers(&bank, q, step);
        lines.push(script::typed(&bank, q, &a).unwrap());
        iv.answer(&bank, a.clone()).unwrap();
        if is_choice(q) {
            break (step, a);
        }
    };
    lines.push("back".to_string());
    assert!(iv.back(&bank));
    assert_eq!(iv.current(&bank), Some(target));
    let q = target.question(&bank);
    let changed = another_answer(&bank, q, &given);
    lines.push(script::typed(&bank, q, &changed).unwrap());
    iv.answer(&bank, changed.clone()).unwrap();
    lines.extend(answer_rest(&bank, &mut iv, two_providers));

    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains(s::PLAIN_FIRST),
        "back at the first question:\n{err}"
    );
    let earlier = s::PLAIN_EARLIER.replace(
        "{answer}",
        &fitcheck::plain::prompt::answer_words(&bank, q, &given),
    );
    assert!(
        err.contains(&earlier),
        "the earlier answer is shown:\n{err}"
    );
    let saved = only_session(data.path());
    assert_eq!(
        saved.answers.map(target.provider).unwrap().get(&q.id),
        Some(&changed)
    );
    assert_eq!(saved.answers, iv.answers);
}

#[test]
fn enter_keeps_the_earlier_answer_after_back() {
    let bank = bank();
    let (mut iv, _, mut lines) = walk_to(&bank, two_providers, |_, n| n == 2);
    let kept = iv.answers.clone();
    lines.push("back".to_string());
    lines.push(String::new());
    assert!(iv.back(&bank));
    let step = iv.current(&bank).unwrap();
    let earlier = iv.answer_at(&bank, step).unwrap().clone();
    iv.answer(&bank, earlier).unwrap();
    assert_eq!(iv.answers, kept);
    lines.extend(answer_rest(&bank, &mut iv, two_providers));
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(only_session(data.path()).answers, iv.answers);
}

#[test]
fn skip_skips_where_allowed_and_explains_where_not() {
    let bank = bank();
    let (mut iv, step, mut lines) = walk_to(&bank, two_providers, |q, _| !q.skippable);
    let refusal = iv.skip(&bank).expect_err("cannot skip").to_string();
    lines.push("skip".to_string());
    let a = two_providers(&bank, step.question(&bank), step);
    lines.push(script::typed(&bank, step.question(&bank), &a).unwrap());
    iv.answer(&bank, a).unwrap();
    let skippable = loop {
        let step = iv
            .current(&bank)
            .expect("the bank has a question that can be skipped");
        if step.question(&bank).skippable {
            break step;
        }
        let q = step.question(&bank);
        let a = two_providers(&bank, q, step);
        lines.push(script::typed(&bank, q, &a).unwrap());
        iv.answer(&bank, a).unwrap();
    };
    lines.push("SKIP".to_string());
    iv.skip(&bank).unwrap();
    lines.extend(answer_rest(&bank, &mut iv, two_providers));
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains(&refusal), "{err}");
    let saved = only_session(data.path());
    let q = skippable.question(&bank);
    assert_eq!(
        saved.answers.map(skippable.provider).unwrap().get(&q.id),
        Some(&Answer::Skipped)
    );
}

#[test]
fn help_explains_the_question_and_the_words_that_work() {
    let bank = bank();
    let first = Interview::new(Answers::default()).current(&bank).unwrap();
    let q = first.question(&bank);
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], "help\nquit\n");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&fitcheck::plain::prompt::help(&bank, q)),
        "{err}"
    );
    for line in s::PLAIN_HELP_LINES {
        assert!(err.contains(line), "{line:?} in:\n{err}");
    }
    // The question is asked again after the help.
    let prompt = format!(
        "Question 1 of {}: {}",
        Interview::new(Answers::default())
            .progress(&bank)
            .section_count(&fitcheck::core::words::EN),
        q.prompt
    );
    assert_eq!(err.matches(&prompt).count(), 2, "{err}");
}

#[test]
fn roles_explains_a_title_at_any_question() {
    let bank = bank();
    let role = bank.roles.iter().find(|r| !r.unknown).unwrap();
    let known = fitcheck::core::glossary::run(&bank, Some(&role.short)).expect("a known title");
    let unknown = fitcheck::core::glossary::run(&bank, Some("zzqx"))
        .expect_err("no such title")
        .to_string();
    let list = fitcheck::core::glossary::run(&bank, None).unwrap();
    let (_, _, mut lines) = walk_to(&bank, two_providers, |_, n| n == 1);
    lines.push(format!("roles {}", role.short));
    lines.push("ROLES zzqx".to_string());
    lines.push("roles".to_string());
    lines.push("quit".to_string());
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(known.trim_end()), "{err}");
    assert!(err.contains(unknown.trim_end()), "{err}");
    assert!(err.contains(list.trim_end()), "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn quit_saves_exits_1_and_resume_goes_on_from_there() {
    let bank = bank();
    let (mut iv, step, mut lines) = walk_to(&bank, two_providers, |_, n| n == 2);
    lines.push("quit".to_string());
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(s::PLAIN_QUIT), "{err}");
    assert!(stdout(&out).is_empty(), "nothing on stdout");
    let saved = only_session(data.path());
    assert_eq!(saved.answers, iv.answers);
    assert!(
        err.contains(&s::PLAIN_RESUME_WITH.replace("{id}", &saved.id)),
        "{err}"
    );

    // Going on: resume asks the question that was left, then the rest.
    let n = iv.progress(&bank).in_section;
    let rest = answer_rest(&bank, &mut iv, two_providers);
    let out = run(
        data.path(),
        &["--plain", "resume", &saved.id],
        &script_text(&rest),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let q = step.question(&bank);
    let first_asked = err.lines().find(|l| l.starts_with("Question ")).unwrap();
    assert!(first_asked.ends_with(&q.prompt), "{first_asked}");
    assert!(
        first_asked.starts_with(&format!("Question {n} of")),
        "{first_asked}"
    );
    let done = only_session(data.path());
    assert_eq!(done.id, saved.id);
    assert_eq!(done.answers, iv.answers);
    assert!(done.digest.finished);
}

#[test]
fn quit_before_any_answer_saves_nothing() {
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], "quit\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(s::PLAIN_NOTHING_SAVED),
        "{}",
        stderr(&out)
    );
    assert!(sessions(data.path()).is_empty());
}

#[test]
fn stdout_keeps_just_the_summary_and_stderr_the_prompts() {
    let bank = bank();
    let lines = script::lines(&bank, &answers(&bank, two_providers)).unwrap();
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    assert_eq!(out.status.code(), Some(0));
    let (o, e) = (stdout(&out), stderr(&out));
    assert!(o.starts_with(s::SUMMARY_TITLE), "{o}");
    for prompt in [s::PLAIN_WELCOME, "Question 1 of", s::PLAIN_INPUT.trim()] {
        assert!(!o.contains(prompt), "{prompt:?} is not on stdout");
        assert!(e.contains(prompt), "{prompt:?} is on stderr");
    }
    assert!(
        !e.contains(s::NEEDS_HEADING),
        "the summary is not on stderr"
    );
    for line in &lines {
        assert!(
            e.contains(&format!("{}{line}\n", s::PLAIN_INPUT)),
            "piped input is echoed: {line}"
        );
    }
}

#[test]
fn danger_shows_the_crisis_lines_at_once_and_first_in_the_summary() {
    let bank = bank();
    let (mut iv, step, lines_before) = walk_to(&bank, two_providers, |q, _| q.is_safety());
    let q = step.question(&bank);
    let danger = match q.kind {
        Kind::Level => Answer::Level(q.crisis_levels[0]),
        Kind::Multi => Answer::Many(vec![
            q.options.iter().find(|o| o.crisis).unwrap().id.clone(),
        ]),
        _ => Answer::One(q.options.iter().find(|o| o.crisis).unwrap().id.clone()),
    };
    let mut lines = lines_before;
    lines.push(script::typed(&bank, q, &danger).unwrap());
    iv.answer(&bank, danger).unwrap();
    assert!(iv.crisis(&bank));
    let next = iv.current(&bank);
    lines.extend(answer_rest(&bank, &mut iv, two_providers));
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    let (o, e) = (stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{e}");
    let heading = &bank.meta.crisis.heading;
    let shown = e.find(heading.as_str()).expect("crisis lines on stderr");
    if let Some(next) = next {
        let n = iv.steps(&bank).iter().position(|s| *s == next).unwrap() + 1;
        let asked = e
            .find(&format!("Question {n} of"))
            .expect("the next question");
        assert!(shown < asked, "crisis lines before the next question:\n{e}");
    }
    // Lines about danger from another person depend on who the danger
    // comes from (tests/interview.rs pins that); every other line shows.
    for l in bank.meta.crisis.lines.iter().filter(|l| !l.others_only) {
        assert!(e.contains(&l.text), "{e}");
    }
    let top = o
        .find(heading.as_str())
        .expect("crisis lines in the summary");
    let needs = o.find(s::NEEDS_HEADING).expect("needs");
    assert!(top < needs, "crisis lines first in the summary:\n{o}");
}

#[test]
fn typed_control_characters_never_reach_the_terminal() {
    let bank = bank();
    let (mut iv, step, mut lines) = walk_to(&bank, two_providers, |q, _| q.kind == Kind::Title);
    lines.push("\x1b[2J\x1b]0;owned\x07zz\u{202e}qx".to_string());
    iv.answer(&bank, Answer::One("[2J]0;ownedzzqx".to_string()))
        .unwrap();
    lines.push("back".to_string());
    lines.push(String::new());
    lines.extend(answer_rest(&bank, &mut iv, two_providers));
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    let (o, e) = (stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{e}");
    for text in [&o, &e] {
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' || c == '\u{202e}'),
            "{text:?}"
        );
    }
    let saved = only_session(data.path());
    assert_eq!(
        saved
            .answers
            .map(step.provider)
            .unwrap()
            .get(&step.question(&bank).id),
        Some(&Answer::One("[2J]0;ownedzzqx".to_string()))
    );
}

#[test]
fn an_empty_line_on_a_question_that_can_be_skipped_skips_it() {
    let bank = bank();
    let (mut iv, step, mut lines) = walk_to(&bank, two_providers, |q, _| q.skippable);
    let q = step.question(&bank);
    lines.push(String::new());
    iv.skip(&bank).unwrap();
    lines.extend(answer_rest(&bank, &mut iv, two_providers));
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains(s::PLAIN_HOW_SKIP),
        "how to skip is said:\n{err}"
    );
    assert!(!err.contains("Nothing was typed"), "{err}");
    let saved = only_session(data.path());
    assert_eq!(
        saved.answers.get(&bank, &q.id, step.provider),
        Some(&Answer::Skipped)
    );
}

/// Two providers, the first with a title several roles share and "not
/// sure" to every question that narrows it down, so questions are added
/// as the parent goes.
fn unclear_title(bank: &Bank, q: &Question, step: fitcheck::core::interview::Step) -> Answer {
    match q.kind {
        Kind::Title if step.provider == Some(0) => Answer::One("therapist".to_string()),
        Kind::Single if q.trait_name.is_some() => Answer::One(
            q.options
                .iter()
                .find(|o| o.trait_value.is_none())
                .expect("a follow-up offers not sure")
                .id
                .clone(),
        ),
        _ => two_providers(bank, q, step),
    }
}

#[test]
fn the_question_total_never_jumps_unannounced() {
    let bank = bank();
    let lines = answer_rest(
        &bank,
        &mut Interview::new(Answers::default()),
        unclear_title,
    );
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    // (n, total, an estimate) for each question line, in order.
    let asked: Vec<(usize, String, bool)> = err
        .lines()
        .filter_map(|l| l.strip_prefix("Question "))
        .map(|l| {
            let (n, rest) = l.split_once(" of ").unwrap();
            let total = rest.split_once(':').unwrap().0;
            let about = total.starts_with("about ");
            (
                n.parse().unwrap(),
                total.trim_start_matches("about ").to_string(),
                about,
            )
        })
        .collect();
    assert!(asked.len() > 15, "{err}");
    assert!(
        asked.iter().any(|(_, _, about)| *about),
        "the title adds questions"
    );
    for pair in asked.windows(2) {
        let ((n, total, about), (next, next_total, _)) = (&pair[0], &pair[1]);
        if *next == n + 1 && total != next_total {
            assert!(
                about,
                "{n} of {total}, then {next} of {next_total}, unannounced:\n{err}"
            );
        }
        if *next == n + 1 {
            continue;
        }
        assert_eq!(*next, 1, "a new section starts at 1:\n{err}");
    }
}
