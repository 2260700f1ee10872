//! The wizard's behaviour, driven by key events through `keys` and `update`
//! without a terminal: the interview, going back, the title screen, the
//! crisis screen, changing answers from the results, saving, quitting.

mod tui_kit;

use fitcheck::core::answers::Answer;
use fitcheck::core::bank::Kind;
use fitcheck::core::session::Session;
use fitcheck::store::Store;
use fitcheck::tui::app::{Exit, Focus, Mode, Msg, Notice, Noting, Popup, Row, Screen, Start, Tab};
use fitcheck::tui::update::update;
use fitcheck::tui::{keys, view};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use tui_kit::*;

#[test]
fn welcome_offers_a_new_interview_and_nothing_is_saved_before_an_answer() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    assert_eq!(app.screen, Screen::Welcome);
    assert_eq!(app.welcome.items, vec![Start::StartNew]);
    start_new(&mut app);
    assert!(
        kit.store().list().0.is_empty(),
        "no file before the first answer"
    );
}

#[test]
fn every_answer_is_saved_at_once() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    let mut given = 0;
    while current(&app).is_some() {
        answer(&mut app);
        given += 1;
        let (sessions, _) = kit.store().list();
        assert_eq!(sessions.len(), 1);
        assert_eq!(
            sessions[0].answers, app.interview.answers,
            "after answer {given}"
        );
    }
    assert_eq!(app.screen, Screen::Results);
    assert!(kit.store().list().0[0].digest.finished);
}

#[test]
fn welcome_offers_the_latest_unfinished_session() {
    let kit = Kit::new();
    {
        let mut app = kit.app(None);
        start_new(&mut app);
        answer(&mut app);
        answer(&mut app);
    }
    let mut app = kit.app(None);
    assert_eq!(app.welcome.items, vec![Start::Resume, Start::StartNew]);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Question);
    assert_eq!(app.interview.progress(app.bank).answered, 2);
    let t = render(&mut app, 80, 24);
    let header: String = (0..80)
        .map(|x| t.backend().buffer()[(x, 0)].symbol().to_string())
        .collect();
    assert!(
        header.trim_end().ends_with(fitcheck::strings::SAVED),
        "a resumed session is saved before any new answer: {header:?}"
    );
}

#[test]
fn welcome_offers_the_newest_finished_session_and_an_older_unfinished_one() {
    let kit = Kit::new();
    {
        let mut app = kit.app(None);
        start_new(&mut app);
        answer(&mut app);
    }
    let unfinished = kit.store().list().0.remove(0);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    {
        let mut app = kit.app(None);
        assert_eq!(app.welcome.items, vec![Start::Resume, Start::StartNew]);
        press_char(&mut app, '2');
        finish(&mut app);
    }
    let (sessions, _) = kit.store().list();
    let done = sessions.iter().find(|s| s.id != unfinished.id).unwrap();
    assert!(done.digest.finished);

    let mut app = kit.app(None);
    let mut expected = vec![Start::ViewResults, Start::Resume, Start::StartNew];
    if kit.bank.sections.iter().any(|s| s.revisit) {
        expected.insert(1, Start::CheckIn);
    }
    assert_eq!(app.welcome.items, expected, "the newest, finished, first");
    let results = expected
        .iter()
        .position(|s| *s == Start::ViewResults)
        .unwrap();
    press_char(&mut app, char::from(b'1' + results as u8));
    assert_eq!(app.screen, Screen::Results);
    assert_eq!(app.autosave.as_ref().unwrap().session().id, done.id);

    let mut app = kit.app(None);
    let resume = expected.iter().position(|s| *s == Start::Resume).unwrap();
    press_char(&mut app, char::from(b'1' + resume as u8));
    assert_eq!(app.screen, Screen::Question);
    assert_eq!(app.autosave.as_ref().unwrap().session().id, unfinished.id);
}

#[test]
fn a_given_unfinished_session_opens_at_its_first_unanswered_question() {
    let kit = Kit::new();
    let mut s = Session::new(&kit.bank, 0);
    let first = &kit.bank.questions[0];
    s.answers.child.insert(
        first.id.clone(),
        Answer::One(first.options[calm_option(first)].id.clone()),
    );
    kit.store().save(&s).unwrap();
    let app = kit.app(Some(s));
    assert_eq!(app.screen, Screen::Question);
    assert_ne!(app.question().unwrap().id, first.id);
}

#[test]
fn a_finished_session_offers_a_check_in_or_the_results() {
    let kit = Kit::new();
    {
        let mut app = kit.app(None);
        start_new(&mut app);
        finish(&mut app);
    }
    let saved = kit.store().list().0.remove(0);
    let revisited = kit
        .bank
        .questions
        .iter()
        .any(|q| kit.bank.section(&q.section).is_some_and(|s| s.revisit));
    let mut app = kit.app(Some(saved.clone()));
    assert_eq!(app.screen, Screen::Welcome);
    assert!(
        revisited,
        "the built-in bank asks some questions again at a check-in"
    );
    // Seeing the results is the default; a check-in is a choice.
    assert_eq!(app.welcome.items, vec![Start::ViewResults, Start::CheckIn]);
    assert_eq!(app.welcome.highlight, 0);
    press_char(&mut app, '1');
    assert_eq!(app.screen, Screen::Results);

    drop(app);
    let mut app = kit.app(Some(saved.clone()));
    press_char(&mut app, '2');
    assert_eq!(app.popup, Some(Popup::Note(Noting::CheckIn)));
    press(&mut app, KeyCode::Esc);
    let after = kit.store().list().0.remove(0);
    assert!(after.checkin.is_some(), "the check-in is saved as it goes");
    assert!(
        after.checkins.is_empty(),
        "and kept apart until it is finished"
    );
    assert_eq!(
        after.answers, saved.answers,
        "the results stay as they were"
    );
    assert_eq!(
        app.screen,
        Screen::Question,
        "the revisited questions are asked again"
    );
    finish(&mut app);
    let after = kit.store().list().0.remove(0);
    assert_eq!(after.checkins.len(), 1, "finished, it is in the history");
    assert!(after.checkin.is_none());
}

#[test]
fn a_check_in_asks_the_revisited_questions_again() {
    let kit = Kit::revisiting();
    {
        let mut app = kit.app(None);
        start_new(&mut app);
        finish(&mut app);
    }
    let saved = kit.store().list().0.remove(0);
    let mut app = kit.app(Some(saved));
    assert_eq!(app.welcome.items, vec![Start::ViewResults, Start::CheckIn]);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let after = kit.store().list().0.remove(0);
    assert!(after.checkin.is_some(), "the check-in is saved");
    assert_eq!(
        app.popup,
        Some(Popup::Note(Noting::CheckIn)),
        "a note on the weeks since comes first"
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.popup, None, "it can be skipped");
    assert_eq!(kit.store().list().0.remove(0).checkin.unwrap().note, None);
    assert_eq!(app.screen, Screen::Question);
    let q = app.question().unwrap();
    assert!(
        kit.bank.section(&q.section).unwrap().revisit,
        "a revisited question"
    );
    assert!(
        app.last_time().is_some(),
        "the answer given last time is shown"
    );
    finish(&mut app);
    let after = kit.store().list().0.remove(0);
    assert!(after.digest.finished);
}

#[test]
fn after_a_check_in_the_results_say_what_changed_and_print_it() {
    let kit = Kit::revisiting();
    {
        let mut app = kit.app(None);
        start_new(&mut app);
        finish(&mut app);
    }
    let saved = kit.store().list().0.remove(0);
    let mut app = kit.app(Some(saved));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "We started a safety plan with Dr. Lee.");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.popup, None);
    assert_eq!(
        kit.store()
            .list()
            .0
            .remove(0)
            .checkin
            .unwrap()
            .note
            .as_deref(),
        Some("We started a safety plan with Dr. Lee."),
        "the note is saved with the check-in"
    );
    // Every need rated one level lower than before: better.
    while let Some(q) = current(&app) {
        if q.kind == Kind::Level {
            pick(&mut app, 1);
        } else {
            answer(&mut app);
        }
    }
    let h = app
        .summary
        .history
        .as_ref()
        .expect("a saved session has a history");
    assert_eq!(h.checkins.len(), 1);
    let words = fitcheck::core::report::history_words(&fitcheck::core::words::EN, h)
        .expect("something to tell");
    let page: String = fitcheck::tui::view::results::lines(&app, 76)
        .iter()
        .map(|l| l.to_string() + "\n")
        .collect();
    assert!(page.contains(&words.heading), "{page}");
    assert!(page.contains(fitcheck::strings::HISTORY_BETTER), "{page}");
    press_char(&mut app, 'p');
    let page = app.printed.clone().expect("a page is printed");
    let printed = std::fs::read_to_string(page.with_extension("txt")).unwrap();
    assert!(printed.contains(&words.heading), "the printout has it too");
    assert!(
        printed.contains("We started a safety plan with Dr. Lee."),
        "and the note: {printed}"
    );
}

#[test]
fn back_returns_to_the_question_before_and_stays_at_the_first() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    let first = app.form.step;
    press(&mut app, KeyCode::Char('b'));
    assert_eq!(app.form.step, first, "nothing before the first question");
    answer(&mut app);
    assert_ne!(app.form.step, first);
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.form.step, first);
    // The answer given before is highlighted.
    let q = app.question().unwrap();
    if q.kind == Kind::Single {
        assert_eq!(app.form.highlight, calm_option(q));
    }
}

#[test]
fn arrows_and_j_k_move_and_enter_chooses() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    let rows = app.form.rows.len();
    assert!(rows >= 2);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.form.highlight, 1);
    press_char(&mut app, 'k');
    assert_eq!(app.form.highlight, 0);
    press_char(&mut app, 'j');
    press(&mut app, KeyCode::Up);
    assert_eq!(app.form.highlight, 0);
    for _ in 0..rows + 3 {
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(
        app.form.highlight,
        rows - 1,
        "the highlight stops at the last row"
    );
}

#[test]
fn levels_read_as_words_and_number_keys_pick_them() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Level));
    let step = app.form.step.unwrap();
    let labels: Vec<String> = app
        .form
        .rows
        .iter()
        .map(|r| fitcheck::tui::view::question::row_label(&app, r))
        .collect();
    let words: Vec<String> = kit
        .bank
        .meta
        .levels
        .iter()
        .map(|l| l.label.clone())
        .collect();
    assert_eq!(&labels[..words.len()], &words[..]);
    // A level is numbered as in plain mode, the README and the answers
    // file (0 to 3), on screen and by its key; it only highlights, Enter
    // answers.
    let text = screen(&mut app, 80, 24);
    for (n, word) in words.iter().enumerate().take(4) {
        assert!(text.contains(&format!("{n}. {word}")), "{text}");
    }
    let readme = include_str!("../README.md");
    for (n, word) in words.iter().enumerate().take(4) {
        assert!(
            readme.contains(&format!("{n} {}", word.to_lowercase())),
            "README numbers {word} as {n}"
        );
    }
    let plain = fitcheck::plain::prompt::question(&kit.bank, &app.interview, step);
    for (n, word) in words.iter().enumerate().take(4) {
        assert!(plain.contains(&format!("{n}. {word}")), "{plain}");
    }
    press_char(&mut app, '0');
    assert_eq!(app.form.highlight, 0);
    press_char(&mut app, '4');
    assert_eq!(app.form.highlight, 0, "there is no level 4");
    press_char(&mut app, '2');
    assert_eq!(app.form.highlight, 2);
    assert_eq!(app.interview.answer_at(&kit.bank, step), None);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.interview.answer_at(&kit.bank, step),
        Some(&Answer::Level(2))
    );
}

#[test]
fn multiple_choice_ticks_with_space_and_asks_before_accepting_nothing() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Multi));
    let step = app.form.step.unwrap();
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.form.step,
        Some(step),
        "nothing ticked: not accepted yet"
    );
    assert!(app.form.error.is_some());
    press(&mut app, KeyCode::Char(' '));
    assert!(app.form.error.is_none());
    press(&mut app, KeyCode::Char(' '));
    assert!(app.form.ticked.is_empty(), "space unticks");
    press_char(&mut app, '1');
    assert_eq!(app.form.ticked.len(), 1, "a number ticks");
    // ...as the list of keys says it does.
    let said = fitcheck::strings::HELP
        .iter()
        .find(|(k, _)| *k == "1-9")
        .map(|(_, what)| *what)
        .unwrap();
    assert!(said.contains("ticks or unticks"), "{said}");
    press_char(&mut app, '1');
    assert!(app.form.ticked.is_empty(), "the number again unticks");
    press_char(&mut app, '1');
    press(&mut app, KeyCode::Enter);
    let q = step.question(&kit.bank);
    assert_eq!(
        app.interview.answer_at(&kit.bank, step),
        Some(&Answer::Many(vec![q.options[0].id.clone()]))
    );
}

#[test]
fn multiple_choice_accepts_nothing_on_a_second_enter() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Multi));
    let step = app.form.step.unwrap();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.interview.answer_at(&kit.bank, step),
        Some(&Answer::Many(Vec::new()))
    );
}

/// Issue 13: emptying a checklist is a choice the parent made, so one Enter
/// takes it: after unticking what was ticked (a check-in starts on last
/// time's ticks), after ticking and unticking, and when nothing was ticked
/// last time. Only a list left as it came asks first (Enter alone does not
/// tick, and a need left off by mistake is not asked about).
#[test]
fn emptying_a_checklist_takes_one_enter() {
    let kit = Kit::revisiting();
    {
        let mut app = kit.app(None);
        start_new(&mut app);
        finish(&mut app);
    }
    let saved = kit.store().list().0.remove(0);
    let mut app = kit.app(Some(saved));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Multi));
    let step = app.form.step.unwrap();
    assert!(
        !app.form.ticked.is_empty(),
        "it starts on last time's ticks"
    );
    for i in app.form.ticked.clone() {
        press_char(&mut app, char::from(b'1' + i as u8));
    }
    assert!(app.form.ticked.is_empty());
    press(&mut app, KeyCode::Enter);
    assert_ne!(app.form.step, Some(step), "one Enter took the empty list");
    assert_eq!(
        app.interview.answer_at(&kit.bank, step),
        Some(&Answer::Many(Vec::new()))
    );
    // Back on it, nothing ticked last time: Enter keeps that at once.
    press(&mut app, KeyCode::Char('b'));
    while app.form.step != Some(step) {
        press(&mut app, KeyCode::Char('b'));
    }
    assert!(app.form.ticked.is_empty());
    press(&mut app, KeyCode::Enter);
    assert_ne!(app.form.step, Some(step));

    // A first visit: ticked and unticked is meant, too.
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Multi));
    let step = app.form.step.unwrap();
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.interview.answer_at(&kit.bank, step),
        Some(&Answer::Many(Vec::new()))
    );
}

#[test]
fn text_keeps_what_is_typed_and_esc_leaves_the_box_before_quitting() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Text));
    assert_eq!(app.mode(), Mode::Field);
    // Letters that are commands elsewhere are typed here.
    type_text(&mut app, "bq?g 1 j");
    assert_eq!(app.form.text(), "bq?g 1 j");
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.form.text(), "bq?g 1 ");
    assert_eq!(
        press(&mut app, KeyCode::Esc),
        None,
        "Esc leaves the box first"
    );
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(app.form.text(), "bq?g 1 ", "nothing typed is lost");
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.mode(), Mode::Field);
    press(&mut app, KeyCode::Esc);
    assert_eq!(press(&mut app, KeyCode::Esc), Some(Exit::Quit));
}

#[test]
fn pasted_text_is_cleaned_and_joined_on_one_line() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Text));
    update(
        &mut app,
        Msg::Paste("Ms.\x1b[31m Rivera\nof 日本 😀\x07".to_string()),
    );
    assert_eq!(app.form.text(), "Ms.[31m Rivera of 日本 😀");
    let step = app.form.step.unwrap();
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.interview.answer_at(&kit.bank, step),
        Some(&Answer::One("Ms.[31m Rivera of 日本 😀".to_string()))
    );
}

#[test]
fn an_empty_text_is_refused_with_a_reason() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    // One that can be skipped is skipped instead (below).
    assert!(advance_to(&mut app, |q| matches!(
        q.kind,
        Kind::Text | Kind::Title
    ) && !q.skippable));
    let step = app.form.step;
    type_text(&mut app, "   ");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.form.step, step);
    assert!(
        app.form
            .error
            .as_deref()
            .is_some_and(|e| e.contains("Type"))
    );
}

#[test]
fn a_skippable_question_offers_skip() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(
        advance_to(&mut app, |q| q.skippable),
        "the built-in bank has a question that may be skipped"
    );
    let step = app.form.step.unwrap();
    let skip = app.form.rows.iter().position(|r| *r == Row::Skip).unwrap();
    if app.mode() == Mode::Field {
        press(&mut app, KeyCode::Tab);
    }
    pick(&mut app, skip);
    assert_eq!(
        app.interview.answer_at(&kit.bank, step),
        Some(&Answer::Skipped)
    );
}

#[test]
fn title_lists_matches_as_the_parent_types() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Title));
    let roles = kit.bank.roles.iter().filter(|r| !r.unknown).count();
    assert_eq!(
        app.form
            .rows
            .iter()
            .filter(|r| matches!(r, Row::Title(_)))
            .count(),
        roles,
        "with nothing typed, every title is listed"
    );
    assert!(app.form.rows.contains(&Row::Unknown));
    let title = known_title(&kit.bank);
    type_text(&mut app, &title[..title.len() - 1]);
    let Row::Title(first) = &app.form.rows[0] else {
        panic!("a match comes first: {:?}", app.form.rows);
    };
    assert!(
        fitcheck::core::title::normalize(&first.name)
            .starts_with(&fitcheck::core::title::normalize(&title[..title.len() - 1]))
    );
}

#[test]
fn typing_in_the_list_goes_back_to_the_box() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Title));
    type_text(&mut app, "li");
    press(&mut app, KeyCode::Down);
    assert_eq!(app.mode(), Mode::Normal);
    press_char(&mut app, 'c');
    assert_eq!(app.mode(), Mode::Field);
    assert_eq!(app.form.text(), "lic");
}

#[test]
fn title_picks_the_highlighted_match() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Title));
    let step = app.form.step.unwrap();
    let title = known_title(&kit.bank);
    type_text(&mut app, &title[..2]);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.form.focus, Focus::List);
    let Row::Title(sg) = app.form.rows[0].clone() else {
        panic!("a match first")
    };
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.interview.answer_at(&kit.bank, step),
        Some(&Answer::One(sg.name))
    );
}

#[test]
fn title_that_matches_nothing_needs_a_second_enter() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Title));
    let step = app.form.step.unwrap();
    type_text(&mut app, "zzzq wizard");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.form.step, Some(step));
    assert!(app.form.error.as_deref().unwrap().contains("zzzq wizard"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.interview.answer_at(&kit.bank, step),
        Some(&Answer::One("zzzq wizard".to_string()))
    );
}

#[test]
fn title_unknown_resolves_to_the_unknown_role() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Title));
    let step = app.form.step.unwrap();
    press(&mut app, KeyCode::Tab);
    let i = app
        .form
        .rows
        .iter()
        .position(|r| *r == Row::Unknown)
        .unwrap();
    pick(&mut app, i);
    let typed = app
        .interview
        .answer_at(&kit.bank, step)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string();
    let found = fitcheck::core::title::match_roles(&kit.bank, &typed);
    assert!(found.iter().all(|&r| kit.bank.roles[r].unknown) && !found.is_empty());
}

#[test]
fn g_opens_the_glossary_of_the_highlighted_title() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Title));
    type_text(&mut app, "g");
    assert_eq!(app.form.text(), "g", "in the box, g is typed");
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Down);
    let Row::Title(sg) = app.form.rows[0].clone() else {
        panic!("a title first")
    };
    press_char(&mut app, 'g');
    let Some(Popup::Glossary { text, .. }) = &app.popup else {
        panic!("the glossary opens: {:?}", app.popup);
    };
    let expected = fitcheck::core::glossary::run(&kit.bank, Some(&sg.name)).unwrap();
    assert_eq!(text, &fitcheck::core::text::clean(&expected, true));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.popup, None);
    assert_eq!(
        app.screen,
        Screen::Question,
        "Esc closed the popup, not the wizard"
    );
}

#[test]
fn ctrl_g_in_the_title_box_explains_the_typed_title_and_types_nothing() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Title));
    type_text(&mut app, "lcsw");
    let bar = view::keybar::hints(&app);
    assert!(
        bar.contains(&fitcheck::strings::KEY_GLOSSARY_FIELD),
        "{bar:?}"
    );
    assert_eq!(
        view::keybar::help_hint(&app),
        Some(fitcheck::strings::KEY_HELP_FIELD)
    );
    key(&mut app, KeyCode::Char('g'), KeyModifiers::CONTROL);
    let Some(Popup::Glossary { text, .. }) = &app.popup else {
        panic!("the glossary opens: {:?}", app.popup);
    };
    let expected = fitcheck::core::glossary::run(&kit.bank, Some("lcsw")).unwrap();
    assert_eq!(text, &fitcheck::core::text::clean(&expected, true));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.popup, None);
    assert_eq!(app.form.text(), "lcsw", "nothing was typed by Ctrl-G");
    assert_eq!(app.mode(), Mode::Field, "still typing");
}

#[test]
fn f1_lists_the_keys_while_typing_where_question_mark_is_typed() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Text));
    press_char(&mut app, '?');
    assert_eq!(app.popup, None);
    assert_eq!(app.form.text(), "?", "in the box, ? is typed");
    press(&mut app, KeyCode::F(1));
    assert_eq!(app.popup, Some(Popup::Help { scroll: 0 }));
    press(&mut app, KeyCode::F(1));
    assert_eq!(app.popup, None);
    assert_eq!(app.form.text(), "?");
}

#[test]
fn help_lists_the_keys_and_closes() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    press_char(&mut app, '?');
    assert_eq!(app.popup, Some(Popup::Help { scroll: 0 }));
    press(&mut app, KeyCode::Down);
    press_char(&mut app, '?');
    assert_eq!(app.popup, None);
}

#[test]
fn a_crisis_answer_shows_the_crisis_screen_until_its_key() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    let found = advance_to(&mut app, |q| q.options.iter().any(|o| o.crisis));
    assert!(found, "the bank has a safety question");
    let q = app.question().unwrap();
    let i = q.options.iter().position(|o| o.crisis).unwrap();
    pick(&mut app, i);
    assert!(app.crisis_open);
    assert_eq!(app.mode(), Mode::Crisis);
    for code in [
        KeyCode::Enter,
        KeyCode::Char(' '),
        KeyCode::Char('1'),
        KeyCode::Backspace,
        KeyCode::Tab,
    ] {
        press(&mut app, code);
        assert!(app.crisis_open, "{code:?} does not dismiss it");
    }
    assert!(
        matches!(app.notice, Some(Notice::Info(_))),
        "a reminder says how to go on"
    );
    press_char(&mut app, fitcheck::strings::CRISIS_KEY);
    assert!(!app.crisis_open);
    // The results say it too.
    assert!(!advance_to(&mut app, |_| false));
    assert_eq!(app.screen, Screen::Results);
    assert!(app.summary.crisis);
}

#[test]
fn a_resumed_crisis_session_shows_the_crisis_screen_first() {
    let kit = Kit::new();
    let q = kit
        .bank
        .questions
        .iter()
        .find(|q| q.options.iter().any(|o| o.crisis))
        .unwrap();
    let o = q.options.iter().find(|o| o.crisis).unwrap();
    let mut s = Session::new(&kit.bank, 0);
    s.answers
        .child
        .insert(q.id.clone(), Answer::One(o.id.clone()));
    kit.store().save(&s).unwrap();
    let mut app = kit.app(None);
    press(&mut app, KeyCode::Enter);
    assert!(app.crisis_open);
}

#[test]
fn answers_can_be_changed_from_the_results() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    finish(&mut app);
    let before = app.summary.clone();
    press_char(&mut app, '3');
    assert_eq!(app.results.tab, Tab::Answers);
    let steps = app.answered();
    let level = steps
        .iter()
        .position(|s| s.question(&kit.bank).kind == Kind::Level)
        .expect("a need is rated");
    for _ in 0..level {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Question);
    assert_eq!(app.form.step, Some(steps[level]));
    assert!(app.editing);
    pick(&mut app, 3);
    assert_eq!(app.screen, Screen::Results, "back to the results");
    assert_eq!(app.results.tab, Tab::Answers);
    assert!(matches!(app.notice, Some(Notice::Info(_))));
    assert_eq!(
        app.interview.answer_at(&kit.bank, steps[level]),
        Some(&Answer::Level(3))
    );
    assert_ne!(app.summary, before, "the results follow the change");
    let saved = kit.store().list().0.remove(0);
    assert_eq!(saved.answers, app.interview.answers);
}

#[test]
fn r_returns_to_the_results_without_changing_anything() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    finish(&mut app);
    let answers = app.interview.answers.clone();
    press_char(&mut app, 'b');
    assert_eq!(
        app.screen,
        Screen::Question,
        "b from the results opens the last question"
    );
    if app.mode() == Mode::Field {
        press(&mut app, KeyCode::Esc);
    }
    press_char(&mut app, 'r');
    assert_eq!(app.screen, Screen::Results);
    assert_eq!(app.interview.answers, answers);
}

#[test]
fn results_pages_switch_with_tab_and_scroll() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    finish(&mut app);
    update(&mut app, Msg::Resize(60, 18));
    assert_eq!(app.results.tab, Tab::Results);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.results.tab, Tab::Asks);
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(app.results.tab, Tab::Answers);
    press_char(&mut app, '1');
    for _ in 0..500 {
        press(&mut app, KeyCode::Down);
    }
    let max = fitcheck::tui::view::results::max_scroll(&app);
    assert_eq!(app.results.scroll, max, "scrolling stops at the end");
    assert!(max > 0, "the results are longer than a small window");
    press(&mut app, KeyCode::Up);
    assert_eq!(app.results.scroll, max - 1, "and comes back at once");
    press(&mut app, KeyCode::Home);
    assert_eq!(app.results.scroll, 0);
}

#[test]
fn questions_to_ask_can_be_marked_as_asked() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    finish(&mut app);
    assert!(!app.summary.questions_to_ask.is_empty());
    let id = app.summary.questions_to_ask[0].id.clone();
    press_char(&mut app, '2');
    press_char(&mut app, ' ');
    let saved = kit.store().list().0.remove(0);
    assert!(saved.asked.contains_key(&id));
    let asked = &app.summary.history.as_ref().unwrap().asked;
    assert_eq!(asked.len(), 1, "the results list it as asked");
    press_char(&mut app, ' ');
    let saved = kit.store().list().0.remove(0);
    assert!(!saved.asked.contains_key(&id), "marking again unmarks");
}

#[test]
fn enter_on_a_question_to_ask_notes_what_they_said() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    finish(&mut app);
    press_char(&mut app, '2');
    press(&mut app, KeyCode::Down);
    let id = app.summary.questions_to_ask[1].id.clone();
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.popup, Some(Popup::Note(Noting::Reply(1))));
    assert_eq!(app.mode(), Mode::Note);
    assert_eq!(
        view::keybar::help_hint(&app),
        None,
        "no keys list from the box"
    );
    // Letters that are commands elsewhere are typed here.
    type_text(&mut app, "qbg? She is a QMHA; ");
    update(
        &mut app,
        Msg::Paste("Dr. Lee \x1b[31msupervises\u{7}".to_string()),
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.popup, None);
    let saved = kit.store().list().0.remove(0);
    assert_eq!(
        saved.asked[&id].reply.as_deref(),
        Some("qbg? She is a QMHA; Dr. Lee [31msupervises"),
        "kept, cleaned of control characters, and saved"
    );
    let t = render(&mut app, 80, 24);
    let screen = format!("{:?}", t.backend());
    assert!(
        screen.contains("The answer you noted: qbg? She"),
        "{screen}"
    );

    // Enter again shows it to change; Esc leaves it as it was.
    press(&mut app, KeyCode::Enter);
    assert!(app.note.lines().join(" ").starts_with("qbg? She"));
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.popup, None);
    let again = kit.store().list().0.remove(0);
    assert_eq!(again.asked[&id], saved.asked[&id]);

    // An empty box marks it asked with no answer noted.
    press(&mut app, KeyCode::Down);
    let next = app.summary.questions_to_ask[2].id.clone();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    let saved = kit.store().list().0.remove(0);
    assert_eq!(saved.asked[&next].reply, None);
}

#[test]
fn p_saves_the_page_in_documents_and_o_opens_it() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    finish(&mut app);
    // Before a print, o has nothing to open and is not on the key bar.
    assert!(!view::keybar::hints(&app).contains(&fitcheck::strings::KEY_OPEN_PRINTED));
    press_char(&mut app, 'p');
    let Some(Notice::Info(m)) = &app.notice else {
        panic!("a notice says where: {:?}", app.notice)
    };
    let today = fitcheck::clock::today();
    let page = kit.documents().join(format!("fitcheck-{today}.html"));
    assert!(m.contains(&page.display().to_string()), "{m}");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    let text = std::fs::read_to_string(page.with_extension("txt")).unwrap();
    assert!(text.starts_with(fitcheck::strings::SUMMARY_TITLE));
    assert!(
        kit.store().list().1.is_empty(),
        "nothing lands among the sessions"
    );
    assert!(view::keybar::hints(&app).contains(&fitcheck::strings::KEY_OPEN_PRINTED));
    // A second print gets a number; the first is left as it was.
    press_char(&mut app, 'p');
    let second = kit.documents().join(format!("fitcheck-{today}-2.html"));
    assert_eq!(app.printed.as_deref(), Some(second.as_path()));
    assert_eq!(std::fs::read_to_string(&page).unwrap(), html);
    // o itself is tried in tests/tui_pty.rs, with a stand-in opener: here it
    // could open a real browser on a developer's desktop.
}

#[test]
fn ctrl_c_saves_and_ends_as_interrupted() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    answer(&mut app);
    assert_eq!(
        key(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL),
        Some(Exit::Interrupted)
    );
    // Also while typing.
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Text || q.kind == Kind::Title));
    assert_eq!(
        key(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL),
        Some(Exit::Interrupted)
    );
}

#[test]
fn q_quits_at_once_when_everything_is_saved() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    assert_eq!(press_char(&mut app, 'q'), Some(Exit::Quit));
    let mut app = kit.app(None);
    start_new(&mut app);
    answer(&mut app);
    assert_eq!(press(&mut app, KeyCode::Esc), Some(Exit::Quit));
}

/// A store whose folder cannot be made: under a file.
fn broken_store(kit: &Kit) -> (Store, std::path::PathBuf) {
    let file = kit.dir.path().join("not-a-folder");
    std::fs::write(&file, "").unwrap();
    (Store::at(file.join("sessions")), file)
}

#[test]
fn a_failed_save_is_shown_retried_at_the_next_answer_and_recovers() {
    let kit = Kit::new();
    let (store, blocker) = broken_store(&kit);
    let mut app = kit.app_in(store.clone(), None);
    start_new(&mut app);
    answer(&mut app);
    assert!(app.save_error().is_some(), "the failure is known at once");
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Could not save"), "and shown:\n{text}");
    assert!(text.contains(fitcheck::strings::NOT_SAVED));
    // The folder becomes writable: the next answer saves everything.
    std::fs::remove_file(&blocker).unwrap();
    answer(&mut app);
    assert!(app.save_error().is_none());
    assert_eq!(store.list().0[0].answers, app.interview.answers);
}

#[test]
fn quitting_unsaved_asks_and_can_print_or_retry() {
    let kit = Kit::new();
    let (store, blocker) = broken_store(&kit);
    let mut app = kit.app_in(store, None);
    start_new(&mut app);
    answer(&mut app);
    assert_eq!(
        press_char(&mut app, 'q'),
        None,
        "not quitting without a word"
    );
    assert_eq!(app.popup, Some(Popup::Unsaved));
    assert_eq!(press(&mut app, KeyCode::Esc), None);
    assert_eq!(app.popup, None, "Esc goes back");
    press_char(&mut app, 'q');
    // The page to print goes to Documents, apart from the failing data folder.
    press_char(&mut app, 'p');
    let Some(Notice::Info(m)) = &app.notice else {
        panic!("printed: {:?}", app.notice)
    };
    assert!(m.contains(&kit.documents().display().to_string()), "{m}");
    assert_eq!(app.popup, Some(Popup::Unsaved), "still asking");
    std::fs::remove_file(&blocker).unwrap();
    press_char(&mut app, 's');
    assert_eq!(app.popup, None, "saved: nothing to ask any more");
    assert_eq!(press_char(&mut app, 'q'), Some(Exit::Quit));
}

#[test]
fn quitting_unsaved_quits_on_a_second_q() {
    let kit = Kit::new();
    let (store, _blocker) = broken_store(&kit);
    let mut app = kit.app_in(store, None);
    start_new(&mut app);
    answer(&mut app);
    assert_eq!(press_char(&mut app, 'q'), None);
    assert_eq!(press_char(&mut app, 'q'), Some(Exit::Quit));
}

#[test]
fn clicking_an_option_chooses_it() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    let step = app.form.step.unwrap();
    let q = app.question().unwrap();
    let want = calm_option(q);
    let text = screen(&mut app, 80, 24);
    let label = &q.options[want].text;
    let (row, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(&format!("{}. {label}", want + 1)))
        .expect("the option is on screen");
    let col = line.find(label.as_str()).unwrap() as u16;
    // The key mapper resolves the click from what was drawn there.
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: col,
        row: row as u16,
        modifiers: KeyModifiers::NONE,
    });
    let msg = keys::msg(&app, &click).expect("the click lands on the option");
    send(&mut app, msg);
    assert_eq!(
        app.interview.answer_at(&kit.bank, step),
        Some(&Answer::One(q.options[want].id.clone()))
    );
}

#[test]
fn the_selection_stays_visible_without_colour() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    let t = render(&mut app, 80, 24);
    let buf = t.backend().buffer();
    let mut marker = false;
    let mut reversed = false;
    for y in 0..24 {
        for x in 0..80 {
            let c = &buf[(x, y)];
            assert_eq!(c.fg, ratatui::style::Color::Reset, "no colour at {x},{y}");
            assert_eq!(c.bg, ratatui::style::Color::Reset, "no colour at {x},{y}");
            marker |= c.symbol() == fitcheck::strings::MARKER;
            reversed |= c.modifier.contains(ratatui::style::Modifier::REVERSED);
        }
    }
    assert!(
        marker && reversed,
        "a marker and reverse video show the selection"
    );
}

#[test]
fn keys_do_nothing_unseen_in_a_window_too_small() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    update(&mut app, Msg::Resize(40, 10));
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.screen,
        Screen::Welcome,
        "Enter did not start anything unseen"
    );
    update(&mut app, Msg::Resize(80, 24));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Question);
    update(&mut app, Msg::Resize(40, 10));
    assert_eq!(
        press_char(&mut app, 'q'),
        Some(Exit::Quit),
        "quitting still works"
    );
}

#[test]
fn esc_in_a_text_box_then_enter_never_drops_what_was_typed() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Text && q.skippable));
    let step = app.form.step.unwrap();
    type_text(&mut app, "Dana");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.form.step, Some(step), "not skipped unasked");
    assert_eq!(app.form.text(), "Dana");
    assert!(
        app.form
            .error
            .as_deref()
            .is_some_and(|e| e.contains("Dana")),
        "{:?}",
        app.form.error
    );
    // As the message says: Tab, then Enter keeps it.
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.interview.answer_at(&kit.bank, step),
        Some(&Answer::One("Dana".to_string()))
    );
    // A title typed, then Esc and Enter on "I don't know their title".
    assert!(advance_to(&mut app, |q| q.kind == Kind::Title));
    let title = app.form.step.unwrap();
    type_text(&mut app, "zzqx");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.form.step, Some(title));
    assert_eq!(app.form.text(), "zzqx");
    // Enter again means it: the typed words are left out.
    press(&mut app, KeyCode::Enter);
    assert_ne!(app.form.step, Some(title));
}

#[test]
fn an_empty_enter_on_an_optional_question_skips_it() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Text && q.skippable));
    let step = app.form.step.unwrap();
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.interview.answer_at(&kit.bank, step),
        Some(&Answer::Skipped)
    );
    assert_ne!(app.form.step, Some(step));
}

#[test]
fn an_unnamed_provider_is_called_by_their_title_on_screen() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Text && q.skippable));
    press(&mut app, KeyCode::Enter);
    assert_eq!(current(&app).map(|q| q.kind), Some(Kind::Title));
    type_text(&mut app, "LCSW");
    press(&mut app, KeyCode::Enter);
    let text = screen(&mut app, 80, 24);
    let header = text.lines().next().unwrap();
    assert!(
        header.contains("the LCSW") && !header.contains("Provider 1"),
        "{header}"
    );
}

#[test]
fn the_wizard_asks_once_for_a_name_to_come_back_by() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    advance_to(&mut app, |_| false);
    assert_eq!(app.screen, Screen::Results);
    assert_eq!(app.popup, Some(Popup::Note(Noting::Label)));
    assert_eq!(
        app.note.lines().join(""),
        "",
        "nothing suggested: no name asked"
    );
    // Esc: no name, and not asked again when the results come back.
    press(&mut app, KeyCode::Esc);
    assert_eq!(kit.store().list().0[0].label, None);
    press_char(&mut app, '3');
    press(&mut app, KeyCode::Enter);
    assert!(app.screen == Screen::Question);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Results);
    assert_eq!(app.popup, None, "asked once");
    // n on the results names it; the name finds it.
    press_char(&mut app, 'n');
    assert_eq!(app.popup, Some(Popup::Note(Noting::Label)));
    type_text(&mut app, "Dana");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.popup, None);
    assert_eq!(kit.store().list().0[0].label.as_deref(), Some("Dana"));
    assert_eq!(
        kit.store().find("dana").unwrap().id,
        kit.store().list().0[0].id
    );
    // n again shows the name, to change it.
    press_char(&mut app, 'n');
    assert_eq!(app.note.lines().join(""), "Dana");
}

#[test]
fn the_too_small_screen_says_in_words_the_size_needed_and_how_to_quit() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    assert!(advance_to(&mut app, |q| q.kind == Kind::Text));
    type_text(&mut app, "Dana");
    update(&mut app, Msg::Resize(50, 16));
    let text = screen(&mut app, 50, 16)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("50 columns wide and 16 rows tall")
            && text.contains("at least 60 columns and 18 rows")
            && text.contains("To quit, press q"),
        "{text}"
    );
    // In a text box too, q quits as the screen says, and types nothing.
    assert_eq!(press_char(&mut app, 'q'), Some(Exit::Quit));
    assert_eq!(app.form.text(), "Dana");
}

#[test]
fn an_answer_is_saved_after_its_frame_and_before_leaving() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    let q = app.question().unwrap();
    let key = fitcheck::tui::keys::key(
        &app,
        &ratatui::crossterm::event::KeyEvent::from(KeyCode::Char(char::from(
            b'1' + calm_option(q) as u8,
        ))),
    )
    .unwrap();
    update(&mut app, key);
    update(&mut app, Msg::Confirm);
    assert!(kit.store().list().0.is_empty(), "the frame comes first");
    assert!(app.save_pending(), "then the save");
    assert_eq!(kit.store().list().0[0].answers, app.interview.answers);
    assert!(!app.save_pending(), "once");
    // A save still due when leaving is made on the way out, Ctrl-C included.
    answer_unsaved(&mut app);
    // (update leaves the save to the loop, which carries it out at once.)
    assert_eq!(update(&mut app, Msg::Interrupt), Some(Exit::Interrupted));
    app.carry_out();
    assert_eq!(kit.store().list().0[0].answers, app.interview.answers);
}

/// Answers the question on screen without the save the wizard makes after drawing.
fn answer_unsaved(app: &mut fitcheck::tui::app::App<'_>) {
    let q = app.question().unwrap();
    let msg = match q.kind {
        Kind::Single => Msg::Pick(calm_option(q)),
        _ => Msg::Pick(0),
    };
    if q.kind == Kind::Multi {
        update(app, Msg::Toggle);
        update(app, Msg::Confirm);
    } else if matches!(q.kind, Kind::Text | Kind::Title) {
        update(app, Msg::Paste(known_title(app.bank)));
        update(app, Msg::Confirm);
    } else {
        update(app, msg);
        update(app, Msg::Confirm);
    }
}

/// Issue 15, finding 3: a session open in another window is not opened,
/// from the welcome screen or from `resume`; the screen says why and shows
/// it read-only.
#[test]
fn a_session_open_in_another_window_is_not_opened_and_the_screen_says_so() {
    let kit = Kit::new();
    {
        let mut app = kit.app(None);
        start_new(&mut app);
        answer(&mut app);
    }
    let session = kit.store().latest().unwrap();
    let held = kit.store().lock(&session.id).unwrap();
    let says_open = |app: &fitcheck::tui::app::App<'_>| matches!(&app.notice, Some(Notice::Error(m)) if m.contains("open in another"));
    let mut app = kit.app(None);
    assert_eq!(app.welcome.items, vec![Start::Resume, Start::StartNew]);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Welcome);
    assert!(says_open(&app), "{:?}", app.notice);
    assert!(app.autosave.is_none());
    // It can be read, not changed: its summary, in a popup that scrolls.
    match &app.popup {
        Some(Popup::Glossary { title, text, .. }) => {
            assert!(title.contains("read-only"), "{title}");
            assert!(text.contains("open in another"), "{text}");
            assert!(text.contains(fitcheck::strings::SUMMARY_TITLE), "{text}");
        }
        other => panic!("a read-only view: {other:?}"),
    }
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.popup, None);
    assert_eq!(app.screen, Screen::Welcome);
    let app = kit.app(Some(session.clone()));
    assert_eq!(app.screen, Screen::Welcome);
    assert!(says_open(&app), "{:?}", app.notice);
    assert!(app.welcome.items.contains(&Start::StartNew));
    drop(app);
    drop(held);
    let mut app = kit.app(None);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Question);
    assert_eq!(app.interview.progress(app.bank).answered, 1);
}

/// Issue 15, finding 4: `p` never replaces a file, and never writes
/// through a link planted where the printout would go: it takes the next
/// free name, private to the parent.
#[cfg(unix)]
#[test]
fn p_never_writes_through_a_planted_link() {
    use std::os::unix::fs::PermissionsExt;
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    finish(&mut app);
    let today = fitcheck::clock::today();
    let planted = kit.documents().join(format!("fitcheck-{today}.html"));
    let target = kit.dir.path().join("precious.txt");
    std::fs::write(&target, "keep").unwrap();
    std::os::unix::fs::symlink(&target, &planted).unwrap();
    press_char(&mut app, 'p');
    assert!(
        matches!(&app.notice, Some(Notice::Info(_))),
        "{:?}",
        app.notice
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
    let page = app.printed.clone().expect("printed under another name");
    assert_ne!(page, planted);
    let mode = std::fs::metadata(&page).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

/// A finished session open in another window: neither a check-in nor its
/// results open here; it is shown read-only and nothing is recorded.
#[test]
fn a_finished_session_open_elsewhere_is_shown_read_only_without_a_check_in() {
    let kit = Kit::new();
    {
        let mut app = kit.app(None);
        start_new(&mut app);
        finish(&mut app);
    }
    let saved = kit.store().list().0.remove(0);
    let held = kit.store().lock(&saved.id).unwrap();
    for i in 0..kit_items(&kit, &saved) {
        let mut app = kit.app(Some(saved.clone()));
        press_char(&mut app, char::from(b'1' + i as u8));
        assert_eq!(app.screen, Screen::Welcome, "item {i}");
        assert!(
            matches!(&app.popup, Some(Popup::Glossary { title, .. }) if title.contains("read-only")),
            "item {i}: {:?}",
            app.popup
        );
    }
    drop(held);
    assert_eq!(
        kit.store().load(&saved.id).unwrap(),
        saved,
        "nothing recorded"
    );
}

fn kit_items(kit: &Kit, saved: &Session) -> usize {
    kit.app(Some(saved.clone())).welcome.items.len()
}

/// Issue 14, item 3: a check-in can be stopped at any point, and nothing
/// changes; while it is in progress, and after it is stopped, the session
/// shows its results as they were.
#[test]
fn a_check_in_can_be_stopped_and_nothing_changes() {
    let kit = Kit::revisiting();
    {
        let mut app = kit.app(None);
        start_new(&mut app);
        finish(&mut app);
    }
    // Last updated long ago, so a new stamp would show.
    let mut saved = kit.store().list().0.remove(0);
    saved.updated = "2026-01-02T03:04:05Z".to_string();
    kit.store().save(&saved).unwrap();
    let saved = kit.store().find(&saved.id).unwrap();
    let mut app = kit.app(Some(saved.clone()));
    press_char(&mut app, '2');
    press(&mut app, KeyCode::Esc);
    // The safety questions kept as they were, then two needs rated
    // differently from last time.
    while current(&app).is_some_and(|q| q.section == kit.bank.sections[0].id) {
        press(&mut app, KeyCode::Enter);
        // Danger reported again brings the crisis lines again.
        if app.crisis_open {
            press_char(&mut app, fitcheck::strings::CRISIS_KEY);
        }
    }
    for _ in 0..2 {
        let q = current(&app).expect("a question");
        let rows = app.form.rows.len();
        let other = (app.form.highlight + 1) % rows.max(1);
        assert!(q.kind != Kind::Text);
        pick(&mut app, other);
        if app.crisis_open {
            press_char(&mut app, fitcheck::strings::CRISIS_KEY);
        }
    }
    app.save_pending();
    let during = kit.store().list().0.remove(0);
    assert_eq!(during.answers, saved.answers, "results unchanged meanwhile");
    assert_eq!(during.digest, saved.digest, "list shows what it showed");
    assert!(!during.checkin.as_ref().unwrap().answers.is_empty());
    // Esc asks; Esc again goes on; Esc then y stops.
    assert_eq!(app.screen, Screen::Question);
    assert!(app.checking_in());
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.popup, Some(Popup::StopCheckIn));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.popup, None);
    assert_eq!(app.screen, Screen::Question);
    press(&mut app, KeyCode::Esc);
    press_char(&mut app, 'y');
    assert_eq!(app.screen, Screen::Results);
    let after = kit.store().list().0.remove(0);
    assert!(after.checkin.is_none());
    assert!(after.checkins.is_empty());
    assert_eq!(after.answers, saved.answers);
    assert_eq!(after.digest.verdicts, saved.digest.verdicts);
    // Review finding: exactly as it was, its update time too.
    assert_eq!(after.updated, saved.updated);
    assert_eq!(after, saved);
}

/// Issue 14, item 3: each question of a check-in starts on the answer
/// given last time; Enter through all of them changes nothing, and "what
/// changed" lists nothing as better or worse.
#[test]
fn enter_through_a_check_in_keeps_every_answer() {
    let kit = Kit::revisiting();
    {
        let mut app = kit.app(None);
        start_new(&mut app);
        finish(&mut app);
    }
    let saved = kit.store().list().0.remove(0);
    let mut app = kit.app(Some(saved.clone()));
    press_char(&mut app, '2');
    press(&mut app, KeyCode::Esc);
    let mut asked = 0;
    while app.screen == Screen::Question {
        assert!(
            app.last_time().is_some(),
            "{:?}",
            current(&app).map(|q| &q.id)
        );
        press(&mut app, KeyCode::Enter);
        // The crisis screen, if last time's answers call for it.
        if app.crisis_open {
            press_char(&mut app, fitcheck::strings::CRISIS_KEY);
        }
        asked += 1;
        assert!(asked < 100);
    }
    app.save_pending();
    let after = kit.store().list().0.remove(0);
    assert_eq!(after.checkins.len(), 1);
    assert_eq!(after.answers, saved.answers, "Enter kept every answer");
    let h = app.summary.history.as_ref().unwrap();
    assert!(
        h.needs
            .iter()
            .all(|n| n.change == fitcheck::core::history::Change::Same),
        "{:?}",
        h.needs
    );
    assert!(h.answers.is_empty(), "no answer listed as changed");
}

/// At the smallest window the crisis lines do not all fit: they scroll, the
/// screen says there is more below, and every line can be reached.
#[test]
fn the_crisis_lines_scroll_in_a_small_window() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    // "Yes, right now" to the first safety question.
    pick(&mut app, 0);
    assert!(app.crisis_open);
    let first = screen(&mut app, 60, 18);
    assert!(first.contains("More help below"), "{first}");
    let last_line =
        fitcheck::core::interview::crisis_lines(&kit.bank, &app.interview.active(&kit.bank))
            .last()
            .map(|l| {
                l.text
                    .split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap();
    assert!(!first.contains(&last_line));
    for _ in 0..40 {
        press(&mut app, KeyCode::Down);
    }
    let end = screen(&mut app, 60, 18);
    let flat = end.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&last_line), "{end}");
    assert!(!end.contains("More help below"));
    assert!(app.crisis_open, "scrolling never leaves the crisis screen");
}

/// `update` only changes the model: printing and saving a reply are left
/// as tasks, and nothing reaches the disk until the loop carries them out.
#[test]
fn update_leaves_the_disk_to_carry_out() {
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    let docs = kit.documents();
    let files = |d: &std::path::Path| std::fs::read_dir(d).unwrap().count();
    assert_eq!(update(&mut app, Msg::Print), None);
    assert_eq!(app.tasks, vec![fitcheck::tui::app::Task::Print]);
    assert_eq!(files(&docs), 0, "nothing printed by update");
    assert_eq!(app.printed, None);
    assert_eq!(app.carry_out(), None);
    assert!(app.tasks.is_empty());
    assert!(
        app.printed.is_some() && files(&docs) > 0,
        "printed by carry_out"
    );
    // Quitting is a task too: the unsaved answers are saved first.
    assert_eq!(update(&mut app, Msg::Quit), None);
    assert_eq!(app.carry_out(), Some(Exit::Quit));
}

/// `l` on the welcome screen shows the whole wizard in Spanish, and `l`
/// again in English (issue 16).
#[test]
fn l_on_the_welcome_switches_the_screen_to_spanish_and_back() {
    use fitcheck::core::lang::Lang;
    use fitcheck::core::words::Words;
    let (en, es) = (Words::of(Lang::En), Words::of(Lang::Es));
    let kit = Kit::new();
    let mut app = kit.app(None);
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains(en.WELCOME_NEW), "{shown}");
    assert!(shown.contains("l English / Español"), "{shown}");
    press_char(&mut app, 'l');
    assert_eq!(app.bank.lang, Lang::Es);
    assert_eq!(app.screen, Screen::Welcome);
    let shown = screen(&mut app, 80, 24);
    insta::assert_snapshot!("welcome_switched_to_spanish_80x24", shown);
    assert!(shown.contains(es.WELCOME_NEW), "{shown}");
    assert!(!shown.contains(en.WELCOME_NEW), "{shown}");
    press_char(&mut app, 'l');
    assert_eq!(app.bank.lang, Lang::En);
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains(en.WELCOME_NEW), "{shown}");
    assert!(shown.contains(en.LANG_NOW), "{shown}");
    // Nothing was saved: switching is not an answer.
    assert!(kit.store().list().0.is_empty());
}

/// Mid-interview, `l` keeps the answers and the question on screen, and the
/// session remembers the language: it opens in it next time. On a question
/// with a text box, `l` is typed.
#[test]
fn l_mid_interview_keeps_everything_and_the_session_remembers_the_language() {
    use fitcheck::core::lang::Lang;
    let kit = Kit::new();
    let mut app = kit.app(None);
    start_new(&mut app);
    answer(&mut app);
    // On to a question where letters are commands.
    assert!(advance_to(&mut app, |q| matches!(
        q.kind,
        Kind::Single | Kind::Level | Kind::Multi
    )));
    press(&mut app, KeyCode::Down);
    let (step, highlight) = (app.form.step, app.form.highlight);
    let answers = app.interview.answers.clone();
    press_char(&mut app, 'l');
    assert_eq!(app.bank.lang, Lang::Es);
    assert_eq!(
        (app.form.step, app.form.highlight),
        (step, highlight),
        "the same question, the same row"
    );
    assert_eq!(app.interview.answers, answers);
    let q = current(&app).expect("a question");
    let es = fitcheck::core::bank::Bank::embedded_in(Lang::Es).unwrap();
    assert_eq!(q.prompt, es.question(&q.id).unwrap().prompt);
    let id = app.autosave.as_ref().unwrap().session().id.clone();
    let saved = kit.store().load(&id).expect("saved");
    assert_eq!(saved.lang(), Some(Lang::Es));
    assert_eq!(saved.answers, answers);
    // Answering on in Spanish keeps it Spanish.
    answer(&mut app);
    assert_eq!(kit.store().load(&id).unwrap().lang(), Some(Lang::Es));
    // On a question with a text box, l is a letter of the answer.
    let mut app = kit.app(None);
    start_new(&mut app);
    if advance_to(&mut app, |q| matches!(q.kind, Kind::Text | Kind::Title)) {
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.form.focus, Focus::List);
        press_char(&mut app, 'l');
        assert_eq!(app.bank.lang, Lang::En);
        assert_eq!(app.form.text(), "l");
    }
}
