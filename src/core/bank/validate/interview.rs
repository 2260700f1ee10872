//! Checks of `interview.json`: sections, questions, options and their
//! conditions, and the facts the history tracks.

use foldhash::HashSet;

use super::Checker;
use crate::core::bank::{Condition, Kind, Scope, Tracks};

impl Checker<'_> {
    pub(super) fn interview(&mut self) {
        let b = self.bank;
        let traits: HashSet<&str> = b
            .roles
            .iter()
            .flat_map(|r| r.traits.keys().map(String::as_str))
            .collect();
        if !b.questions.iter().any(|q| q.kind == Kind::Title) {
            self.push(
                "interview.json",
                "questions",
                "no question asks for the provider's title".to_string(),
            );
        }
        let mut last_section = 0;
        for (pos, q) in b.questions.iter().enumerate() {
            let f = "interview.json";
            let Some(section) = b.section(&q.section) else {
                self.push(f, &q.id, format!("unknown section \"{}\"", q.section));
                continue;
            };
            let section_pos = b
                .sections
                .iter()
                .position(|s| s.id == q.section)
                .unwrap_or(0);
            if section_pos < last_section {
                self.push(
                    f,
                    &q.id,
                    format!("is in section \"{}\", which comes before the previous question's section: keep questions in section order", q.section),
                );
            }
            last_section = last_section.max(section_pos);
            if q.prompt.trim().is_empty() {
                self.push(f, &q.id, "has no prompt".to_string());
            }
            for o in &q.options {
                if o.text.trim().is_empty() {
                    self.push(f, &q.id, format!("option \"{}\" has no text", o.id));
                }
                for c in &o.expects {
                    self.capability(f, &q.id, c);
                }
                if let Some(n) = &o.need {
                    let rated = b
                        .questions
                        .iter()
                        .any(|l| l.kind == Kind::Level && l.need.as_deref() == Some(n));
                    if q.kind != Kind::Multi || section.scope != Scope::Child {
                        self.push(
                            f,
                            &q.id,
                            format!(
                                "option \"{}\" names a need: only a child multiple-choice checklist may",
                                o.id
                            ),
                        );
                    } else if !rated {
                        self.push(
                            f,
                            &q.id,
                            format!(
                                "option \"{}\" names need \"{n}\", which no level question rates",
                                o.id
                            ),
                        );
                    }
                }
                if o.trait_value.is_some() && q.trait_name.is_none() {
                    self.push(
                        f,
                        &q.id,
                        format!(
                            "option \"{}\" has a trait_value but the question names no trait",
                            o.id
                        ),
                    );
                }
            }
            match q.kind {
                Kind::Single | Kind::Multi => {
                    if q.options.len() < 2 {
                        self.push(
                            f,
                            &q.id,
                            "a choice question needs at least two options".to_string(),
                        );
                    }
                }
                Kind::Level => match &q.need {
                    None => self.push(f, &q.id, "a level question must name its need".to_string()),
                    Some(n) if b.need(n).is_none() => {
                        self.push(f, &q.id, format!("unknown need \"{n}\""))
                    }
                    Some(_) => {}
                },
                Kind::Text | Kind::Title => {
                    if !q.options.is_empty() {
                        self.push(f, &q.id, "a text question cannot have options".to_string());
                    }
                }
            }
            if q.kind != Kind::Level && q.need.is_some() {
                self.push(f, &q.id, "only level questions rate a need".to_string());
            }
            if q.recent_risk_levels.iter().any(|&l| l > 3) {
                self.push(f, &q.id, "recent_risk_levels must be 0-3".to_string());
            }
            if q.crisis_levels.iter().any(|&l| l > 3) {
                self.push(f, &q.id, "crisis_levels must be 0-3".to_string());
            }
            if let Some(t) = &q.trait_name {
                if !traits.contains(t.as_str()) {
                    self.push(f, &q.id, format!("no role has the trait \"{t}\""));
                }
                if section.scope != Scope::Provider {
                    self.push(
                        f,
                        &q.id,
                        "a title follow-up must be in a provider section".to_string(),
                    );
                }
            }
            if q.names_provider && (section.scope != Scope::Provider || q.kind != Kind::Text) {
                self.push(
                    f,
                    &q.id,
                    "names_provider needs a text question in a provider section".to_string(),
                );
            }
            if !q.level_hints.is_empty()
                && (q.kind != Kind::Level
                    || q.level_hints.len() != 4
                    || q.level_hints.iter().any(|h| h.trim().is_empty()))
            {
                self.push(
                    f,
                    &q.id,
                    "level_hints needs a level question and four hints, for levels 0 to 3"
                        .to_string(),
                );
            }
            if q.is_safety() {
                if q.skippable {
                    self.push(
                        f,
                        &q.id,
                        "a safety question can never be skipped".to_string(),
                    );
                }
                // The one condition a safety question may have: a safety
                // level asked when its need is ticked on a needs checklist
                // (always asked itself, and never skippable).
                let ticked = match &q.when {
                    Some(Condition::AnyOf { question, options }) => {
                        q.kind == Kind::Level
                            && b.question(question).is_some_and(|c| {
                                !c.skippable
                                    && c.when.is_none()
                                    && options
                                        .iter()
                                        .all(|o| c.option(o).is_some_and(|o| o.need == q.need))
                            })
                    }
                    _ => false,
                };
                if q.when.is_some() && !ticked {
                    self.push(
                        f,
                        &q.id,
                        "a safety question is always asked: its only condition may be its need ticked on a needs checklist".to_string(),
                    );
                }
            }
            if let Some(c) = &q.when {
                self.condition(f, &q.id, c, Some(pos), section.scope);
            }
        }
        let adds = b
            .questions
            .iter()
            .any(|q| q.options.iter().any(|o| o.adds_provider));
        if adds
            && !b
                .questions
                .iter()
                .filter(|q| q.options.iter().any(|o| o.adds_provider))
                .all(|q| {
                    b.section(&q.section)
                        .is_some_and(|s| s.scope == Scope::Provider)
                })
        {
            self.push(
                "interview.json",
                "adds_provider",
                "only a provider question can add a provider".to_string(),
            );
        }
    }

    /// Checks a condition of the question at `pos` (None: a question to ask, which may look at any question).
    pub(super) fn condition(
        &mut self,
        file: &str,
        id: &str,
        c: &Condition,
        pos: Option<usize>,
        scope: Scope,
    ) {
        let b = self.bank;
        match c {
            Condition::AnyOf { question, .. } | Condition::LevelAtLeast { question, .. } => {
                let Some(target) = b.question(question) else {
                    self.push(
                        file,
                        id,
                        format!("condition depends on unknown question \"{question}\""),
                    );
                    return;
                };
                let target_pos = b.question_pos(question).unwrap_or(0);
                if let Some(pos) = pos
                    && target_pos >= pos
                {
                    self.push(
                        file,
                        id,
                        format!(
                            "condition depends on \"{question}\", which is not asked before it"
                        ),
                    );
                }
                let target_scope = b.section(&target.section).map(|s| s.scope);
                if scope == Scope::Child && target_scope == Some(Scope::Provider) && pos.is_some() {
                    self.push(
                        file,
                        id,
                        format!("a question asked once cannot depend on \"{question}\", which is asked for each provider"),
                    );
                }
                match c {
                    Condition::AnyOf { options, .. } => {
                        if !matches!(target.kind, Kind::Single | Kind::Multi) {
                            self.push(
                                file,
                                id,
                                format!(
                                    "any_of needs a choice question, \"{question}\" is not one"
                                ),
                            );
                        }
                        for o in options {
                            if target.option(o).is_none() {
                                self.push(
                                    file,
                                    id,
                                    format!("\"{question}\" has no option \"{o}\""),
                                );
                            }
                        }
                    }
                    Condition::LevelAtLeast { level, .. } => {
                        if target.kind != Kind::Level {
                            self.push(file, id, format!("level_at_least needs a level question, \"{question}\" is not one"));
                        }
                        if *level > 3 {
                            self.push(file, id, "level_at_least takes a level 0-3".to_string());
                        }
                    }
                    _ => {}
                }
            }
            Condition::TitleUnclear(t) => {
                if scope != Scope::Provider {
                    self.push(
                        file,
                        id,
                        "title_unclear only works in a provider section".to_string(),
                    );
                }
                if !b.roles.iter().any(|r| r.traits.contains_key(t)) {
                    self.push(file, id, format!("no role has the trait \"{t}\""));
                }
            }
            Condition::All(cs) | Condition::Any(cs) => {
                for c in cs {
                    self.condition(file, id, c, pos, scope);
                }
            }
            Condition::Not(c) => self.condition(file, id, c, pos, scope),
        }
    }

    /// The optional `tracks` questions and the option fields only they use.
    pub(super) fn tracks(&mut self) {
        let b = self.bank;
        let f = "interview.json";
        for fact in [Tracks::InvolvedSince, Tracks::WrittenPlan] {
            let carriers: Vec<&str> = b
                .questions
                .iter()
                .filter(|q| q.tracks == Some(fact))
                .map(|q| q.id.as_str())
                .collect();
            if carriers.len() > 1 {
                self.push(
                    f,
                    carriers[1],
                    format!(
                        "only one question can track {}; {} already does",
                        tracks_name(fact),
                        carriers[0]
                    ),
                );
            }
        }
        for q in &b.questions {
            let scope = b.section(&q.section).map(|s| s.scope);
            match q.tracks {
                Some(Tracks::InvolvedSince) => {
                    if scope != Some(Scope::Provider) {
                        self.push(
                            f,
                            &q.id,
                            "involved_since is about a provider: put it in a provider section"
                                .to_string(),
                        );
                    }
                    if !matches!(q.kind, Kind::Single | Kind::Text) {
                        self.push(
                            f,
                            &q.id,
                            "involved_since needs a single-choice or a text question".to_string(),
                        );
                    }
                    if q.kind == Kind::Single && q.options.iter().all(|o| o.months.is_none()) {
                        self.push(
                            f,
                            &q.id,
                            "involved_since: give at least one option its \"months\"".to_string(),
                        );
                    }
                }
                Some(Tracks::WrittenPlan) => {
                    if q.kind != Kind::Single {
                        self.push(
                            f,
                            &q.id,
                            "written_plan needs a single-choice question".to_string(),
                        );
                    }
                    if !q.options.iter().any(|o| o.no_plan) {
                        self.push(
                            f,
                            &q.id,
                            "written_plan: mark the option meaning \"no plan\" with \"no_plan\": true"
                                .to_string(),
                        );
                    }
                }
                None => {}
            }
            for o in &q.options {
                if o.months.is_some() && q.tracks != Some(Tracks::InvolvedSince) {
                    self.push(
                        f,
                        &q.id,
                        format!(
                            "option \"{}\" has months, but the question does not track involved_since",
                            o.id
                        ),
                    );
                }
                if o.no_plan && q.tracks != Some(Tracks::WrittenPlan) {
                    self.push(
                        f,
                        &q.id,
                        format!(
                            "option \"{}\" has no_plan, but the question does not track written_plan",
                            o.id
                        ),
                    );
                }
            }
        }
    }
}

fn tracks_name(fact: Tracks) -> &'static str {
    match fact {
        Tracks::InvolvedSince => "involved_since",
        Tracks::WrittenPlan => "written_plan",
    }
}
