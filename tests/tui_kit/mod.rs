//! For the wizard's tests and benchmarks: driving its model with key events, without a terminal, over a
//! throwaway data folder. The interview is driven generically (the kind of
//! each question decides the keys), so the helpers work with any bank.

#![allow(dead_code)]

use fitcheck::core::bank::{Bank, Kind, Question};
use fitcheck::core::session::Session;
use fitcheck::store::Store;
use fitcheck::tui::app::{App, Exit, Screen};
use fitcheck::tui::keys;
use fitcheck::tui::theme::Theme;
use fitcheck::tui::update::update;
use fitcheck::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;

/// The bank and a temporary data folder.
pub struct Kit {
    pub bank: Bank,
    pub dir: tempfile::TempDir,
}

impl Kit {
    pub fn new() -> Kit {
        Kit::with_bank(Bank::embedded().expect("the built-in bank loads"))
    }

    pub fn with_bank(bank: Bank) -> Kit {
        Kit {
            bank,
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// The built-in bank with the section of its first need question asked
    /// again at check-ins, whether or not the shipped bank does that.
    pub fn revisiting() -> Kit {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
        let mut files: Vec<(&str, std::borrow::Cow<'_, str>)> = Vec::new();
        for name in fitcheck::core::bank::FILES {
            let mut text = std::fs::read_to_string(dir.join(name)).expect("a bank file");
            if name == "interview.json" {
                let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
                let section = v["questions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|q| q["kind"] == "level")
                    .map(|q| q["section"].clone())
                    .expect("a need question");
                for s in v["sections"].as_array_mut().unwrap() {
                    if s["id"] == section {
                        s["revisit"] = serde_json::Value::Bool(true);
                    }
                }
                text = v.to_string();
            }
            files.push((name, text.into()));
        }
        Kit::with_bank(Bank::from_texts("test", &files).expect("the bank loads"))
    }

    pub fn store(&self) -> Store {
        Store::at(self.dir.path().join("sessions"))
    }

    /// The wizard at 80x24 without colour (as under NO_COLOR).
    pub fn app(&self, session: Option<Session>) -> App<'_> {
        self.app_in(self.store(), session)
    }

    /// The wizard with its sessions in `store`.
    pub fn app_in(&self, store: Store, session: Option<Session>) -> App<'_> {
        let mut app = App::new(
            &self.bank,
            store,
            session,
            Theme { color: false },
            Size::new(80, 24),
        );
        // Printed pages go to the kit's own Documents folder, never the real one.
        app.documents = Some(self.documents());
        app
    }

    /// The Documents folder of the wizard's `p`.
    pub fn documents(&self) -> std::path::PathBuf {
        let docs = self.dir.path().join("Documents");
        std::fs::create_dir_all(&docs).expect("a Documents folder");
        docs
    }
}

/// Sends a key press through the key map and the update function, then
/// saves what is due, as the wizard does after drawing. The wizard measures
/// each frame before the next key ([`view::drawn`]); so does this.
pub fn key(app: &mut App<'_>, code: KeyCode, modifiers: KeyModifiers) -> Option<Exit> {
    app.drawn = view::drawn(app);
    let event = KeyEvent::new(code, modifiers);
    let msg = keys::key(app, &event)?;
    app.now = fitcheck::clock::now_secs();
    let exit = update(app, msg);
    let later = app.carry_out();
    let exit = exit.or(later);
    app.save_pending();
    exit
}

/// Sends a message, then saves what is due.
pub fn send(app: &mut App<'_>, msg: fitcheck::tui::app::Msg) -> Option<Exit> {
    app.drawn = view::drawn(app);
    app.now = fitcheck::clock::now_secs();
    let exit = update(app, msg);
    let later = app.carry_out();
    let exit = exit.or(later);
    app.save_pending();
    exit
}

pub fn press(app: &mut App<'_>, code: KeyCode) -> Option<Exit> {
    key(app, code, KeyModifiers::NONE)
}

pub fn press_char(app: &mut App<'_>, c: char) -> Option<Exit> {
    press(app, KeyCode::Char(c))
}

/// Types `text` one key at a time.
pub fn type_text(app: &mut App<'_>, text: &str) {
    for c in text.chars() {
        press_char(app, c);
    }
}

/// Draws the app on a test terminal of `w` x `h`.
pub fn render(app: &mut App<'_>, w: u16, h: u16) -> Terminal<TestBackend> {
    update(app, fitcheck::tui::app::Msg::Resize(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    terminal
        .draw(|f| view::draw(app, f))
        .expect("drawing never fails");
    app.drawn = view::drawn(app);
    terminal
}

/// The screen as text, one line per row.
pub fn screen(app: &mut App<'_>, w: u16, h: u16) -> String {
    let t = render(app, w, h);
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        let mut skip = 0;
        for x in 0..w {
            let cell = &buf[(x, y)];
            if skip > 0 {
                skip -= 1;
                continue;
            }
            out.push_str(cell.symbol());
            skip = unicode_width(cell.symbol()).saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

fn unicode_width(s: &str) -> usize {
    fitcheck::core::text::width(s)
}

/// The question on screen.
pub fn current<'a>(app: &App<'a>) -> Option<&'a Question> {
    if app.screen == Screen::Question {
        app.question()
    } else {
        None
    }
}

/// A title every bank knows: the short name of the first real role.
pub fn known_title(bank: &Bank) -> String {
    bank.roles
        .iter()
        .find(|r| !r.unknown)
        .map(|r| r.short.clone())
        .expect("the bank has a role")
}

/// The option of a single-choice question that keeps the interview calm and
/// short: not a crisis, not another provider.
pub fn calm_option(q: &Question) -> usize {
    q.options
        .iter()
        .position(|o| !o.crisis && !o.recent_risk && !o.adds_provider)
        .unwrap_or(0)
}

/// Picks row `i` of the list on screen with its number and Enter, or arrows and Enter.
pub fn pick(app: &mut App<'_>, i: usize) {
    if i < 9 {
        // On a question a number only highlights; elsewhere it chooses.
        let on_question = app.screen == fitcheck::tui::app::Screen::Question;
        // The number the row shows: need levels count from 0.
        let n = match app.form.rows.get(i) {
            Some(row) if on_question => fitcheck::tui::view::question::row_number(row, i),
            _ => i + 1,
        };
        press_char(app, char::from(b'0' + n as u8));
        if on_question {
            press(app, KeyCode::Enter);
        }
    } else {
        press(app, KeyCode::Home);
        for _ in 0..i {
            press(app, KeyCode::Down);
        }
        press(app, KeyCode::Enter);
    }
}

/// Answers the question on screen with keys, the way a calm parent would.
pub fn answer(app: &mut App<'_>) {
    let Some(q) = current(app) else { return };
    match q.kind {
        Kind::Single => pick(app, calm_option(q)),
        Kind::Level => {
            let level = [2u8, 1, 0]
                .into_iter()
                .find(|l| !q.crisis_levels.contains(l) && !q.recent_risk_levels.contains(l))
                .unwrap_or(0);
            pick(app, usize::from(level));
        }
        Kind::Multi => {
            press(app, KeyCode::Char(' '));
            press(app, KeyCode::Enter);
        }
        Kind::Text => {
            type_text(app, "Ms. Rivera");
            press(app, KeyCode::Enter);
        }
        Kind::Title => {
            let title = known_title(app.bank);
            type_text(app, &title);
            press(app, KeyCode::Enter);
        }
    }
}

/// Answers questions until `stop` holds for the one on screen. False if the
/// interview ended first.
pub fn advance_to(app: &mut App<'_>, stop: impl Fn(&Question) -> bool) -> bool {
    for _ in 0..500 {
        match current(app) {
            Some(q) if stop(q) => return true,
            Some(_) => answer(app),
            None => return false,
        }
    }
    panic!("the interview did not move in 500 answers");
}

/// Answers everything, to the results, leaving the session unnamed.
pub fn finish(app: &mut App<'_>) {
    advance_to(app, |_| false);
    skip_label(app);
    assert_eq!(
        app.screen,
        Screen::Results,
        "the interview should end on the results"
    );
}

/// Closes the box asking for the session's name, if it is open (it opens
/// once, when the interview first reaches the results).
pub fn skip_label(app: &mut App<'_>) {
    if app.popup
        == Some(fitcheck::tui::app::Popup::Note(
            fitcheck::tui::app::Noting::Label,
        ))
    {
        press(app, KeyCode::Esc);
    }
}

/// Starts a new interview from the welcome screen.
pub fn start_new(app: &mut App<'_>) {
    let i = app
        .welcome
        .items
        .iter()
        .position(|c| *c == fitcheck::tui::app::Start::StartNew)
        .expect("the welcome screen offers a new interview");
    pick(app, i);
    assert_eq!(app.screen, Screen::Question);
}
