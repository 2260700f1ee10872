//! Explainable fit scoring: how well each provider's role covers the needs
//! the parent rated, line by line, and what nobody on the team covers.
//!
//! The model, in the words the README uses ("How the fit is worked out"):
//! 1. A need counts for a provider when it calls for action now ("needs
//!    action now" or "urgent") and lies in their line of work.
//! 2. Separate specialties (prescribing, psychological testing, diagnosis
//!    and assessment) are in a role's line of work only when the role
//!    practises them or the parent expects that service from this person;
//!    otherwise they are team gaps, never this person's failing.
//! 3. Needs to keep an eye on are notes and questions, never part of the fit.
//! 4. The fit is the weighted share of counted needs the role's training
//!    covers (trained counts fully, "it depends" half; "needs action now"
//!    weighs 2, "urgent" 4); 75 and above is a good fit, 45 a partial fit.
//! 5. A good fit is capped at partial while an urgent need is not covered,
//!    while the parent expects a service the role does not give, or while a
//!    safety need calls for action and nobody on the team is trained for it.
//!
//! The lines are the result; the number only summarises them.

use serde::Serialize;

use crate::core::answers::{Answer, AnswerMap, Answers};
use crate::core::bank::{Bank, Coverage, Kind, Need, Role, Scope};
use crate::core::text::fill;
use crate::core::title::{self, Resolution};
use crate::core::words::Words;

/// The fit at or above which a role is a good fit.
pub const GOOD_FIT: u8 = 75;
/// The fit at or above which a role is a partial fit.
pub const PARTIAL_FIT: u8 = 45;
/// The lowest need level that calls for action ("needs action now").
pub const ACTION: u8 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    GoodFit,
    PartialFit,
    PoorFit,
    /// No fit can be given: see [`ProviderFit::no_fit_reason`].
    Unknown,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::GoodFit => "good_fit",
            Verdict::PartialFit => "partial_fit",
            Verdict::PoorFit => "poor_fit",
            Verdict::Unknown => "unknown",
        }
    }

    /// The verdict a fit number gives before any cap.
    pub fn band(fit: u8) -> Verdict {
        if fit >= GOOD_FIT {
            Verdict::GoodFit
        } else if fit >= PARTIAL_FIT {
            Verdict::PartialFit
        } else {
            Verdict::PoorFit
        }
    }
}

/// Why a provider has no fit number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoFit {
    /// The title was not given, or matched no role.
    TitleUnknown,
    /// The title still fits several roles.
    TitleUnclear,
    /// No need calls for action now.
    NothingToWeigh,
    /// Every need that calls for action is a separate specialty this role
    /// does not practise.
    OtherSpecialty,
}

/// A rule that kept a verdict from being a good fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CapRule {
    /// An urgent need this role is not trained for.
    UrgentGap,
    /// A service the parent expects from this person that the role does not give.
    Expectation,
    /// A safety need calls for action and nobody on the team is trained for it.
    SafetyGap,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cap {
    pub rule: CapRule,
    pub text: String,
}

/// A need the parent rated above "not a concern".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RatedNeed {
    pub need: String,
    pub name: String,
    pub level: u8,
    pub level_label: String,
    /// The level was raised by the answers to the safety questions (danger
    /// now, or a recent worry), above what the parent rated.
    pub from_safety_answers: bool,
    /// The question that rated it.
    #[serde(skip)]
    pub question: String,
}

impl RatedNeed {
    /// The need's name as the list of needs shows it: one the safety
    /// answers set says so.
    pub fn shown_name(&self, s: &crate::core::words::Words) -> String {
        if self.from_safety_answers {
            format!("{} {}", self.name, s.NEED_FROM_SAFETY)
        } else {
            self.name.clone()
        }
    }
}

/// Whether a need line counts in the provider's fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// It calls for action and is in this role's line of work: it counts.
    Action,
    /// A need to keep an eye on: a note, not part of the fit.
    Watch,
    /// A separate specialty this role does not practise: a team gap.
    OtherSpecialty,
}

/// How one provider covers one need.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeedLine {
    pub need: String,
    pub need_name: String,
    /// The capability that decides the coverage (the weakest one the need calls for).
    pub capability: String,
    pub capability_name: String,
    pub level: u8,
    pub level_label: String,
    pub coverage: Coverage,
    pub reason: String,
    pub source: String,
    /// Whether the line counts in the fit, and why not.
    pub kind: LineKind,
    pub counts: bool,
    /// How the role covers every capability the need calls for, specialties
    /// included: what the team's gaps are worked out from.
    #[serde(skip)]
    pub full: Coverage,
}

/// Something the parent expects from a provider that their role may not offer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mismatch {
    /// The option id of the expectation.
    pub expectation: String,
    /// The expectation in the parent's words ("Therapy for my child").
    pub text: String,
    pub capability: String,
    pub coverage: Coverage,
    pub reason: String,
    pub source: String,
}

/// The fit of one provider.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProviderFit {
    /// The name the parent gave (control characters removed), or "Provider 1".
    pub label: String,
    /// The title as typed.
    pub title: Option<String>,
    /// The role id, or "unknown" while the title is unclear.
    pub role: String,
    pub role_title: String,
    /// Roles the title may still mean, when unclear.
    pub candidates: Vec<String>,
    /// 0-100, or null when there is no fit to give (see `no_fit_reason`).
    pub fit: Option<u8>,
    pub verdict: Verdict,
    pub verdict_label: String,
    pub verdict_text: String,
    /// Why there is no fit number, when there is none.
    pub no_fit_reason: Option<NoFit>,
    /// The rules that kept the verdict from a good fit.
    pub verdict_caps: Vec<Cap>,
    /// The needs this role's training covers, by name: what it does well here.
    pub strengths: Vec<String>,
    pub needs: Vec<NeedLine>,
    pub expectation_mismatches: Vec<Mismatch>,
    /// Whether the person holds a license to practice on their own.
    pub licensed: bool,
    /// Whether the title says they are not yet fully licensed and work
    /// under a licensed supervisor (an associate, an intern).
    pub supervised: bool,
    #[serde(skip)]
    pub index: usize,
}

/// A need nobody on the team is trained for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unmet {
    pub need: String,
    pub name: String,
    pub level: u8,
    pub level_label: String,
    /// The best coverage anyone on the team has.
    pub best: Coverage,
    pub reason: String,
}

/// The needs rated above 0, most urgent first, in interview order within a
/// level; the need the safety questions raise is raised to `safety_floor`.
pub fn rated_needs(bank: &Bank, active: &Answers, safety_floor: u8) -> Vec<RatedNeed> {
    // A need raised only by some safety questions (`raised_by`) is raised
    // as far as the answers to those questions report danger.
    let floor_of = |need: &Need| -> u8 {
        if !need.raised_by_safety {
            return 0;
        }
        if need.raised_by.is_empty() {
            return safety_floor;
        }
        match crate::core::interview::crisis_level_of(bank, active, &need.raised_by) {
            Some(crate::core::interview::CrisisLevel::Now) => 3,
            Some(crate::core::interview::CrisisLevel::Recent) => ACTION,
            None => 0,
        }
        .min(safety_floor)
    };
    let mut out = Vec::with_capacity(bank.needs.len());
    for q in &bank.questions {
        if q.kind != Kind::Level {
            continue;
        }
        let Some(level) = active.child.get(&q.id).and_then(Answer::level) else {
            continue;
        };
        let Some(need) = q.need.as_deref().and_then(|n| bank.need(n)) else {
            continue;
        };
        if out.iter().any(|r: &RatedNeed| r.need == need.id) {
            continue;
        }
        let floor = floor_of(need);
        let raised = floor > level;
        let level = if raised { floor } else { level };
        if level == 0 {
            continue;
        }
        out.push(RatedNeed {
            need: need.id.clone(),
            name: need.name.clone(),
            level,
            level_label: bank.level_text(level).label.clone(),
            from_safety_answers: raised,
            question: q.id.clone(),
        });
    }
    for need in bank.needs.iter().filter(|n| n.raised_by_safety) {
        let floor = floor_of(need);
        if floor == 0 || out.iter().any(|r| r.need == need.id) {
            continue;
        }
        out.push(RatedNeed {
            need: need.id.clone(),
            name: need.name.clone(),
            level: floor,
            level_label: bank.level_text(floor).label.clone(),
            from_safety_answers: true,
            question: bank
                .questions
                .iter()
                .find(|q| q.need.as_deref() == Some(&need.id))
                .map(|q| q.id.clone())
                .unwrap_or_default(),
        });
    }
    // Most urgent first; within a level, in interview order (a need the
    // safety answers raise while its own question is not asked, as when it
    // is left off a needs checklist, keeps its place too).
    let order = |r: &RatedNeed| bank.question_pos(&r.question).unwrap_or(usize::MAX);
    out.sort_by_cached_key(|r| (std::cmp::Reverse(r.level), order(r)));
    out
}

/// How much a need at `level` weighs in the fit: only needs that call for action count.
pub fn weight(level: u8) -> u32 {
    match level {
        0 | 1 => 0,
        2 => 2,
        _ => 4,
    }
}

/// How the candidate roles cover a capability: trained or not trained when
/// they all agree, varies otherwise. Also the explanation and its source.
fn cover(bank: &Bank, candidates: &[&Role], cap: &str) -> (Coverage, String, String) {
    let s = bank.words();
    let capability = bank.capability(cap);
    let cap_name = capability.map_or(cap, |c| c.name.as_str());
    // Only the sentences about several candidates (or none) name the capability.
    let cap_lower = || cap_name.to_lowercase();
    if candidates.is_empty() {
        return (
            Coverage::Varies,
            fill(s.NO_TITLE, &[("capability", &cap_lower())]),
            String::new(),
        );
    }
    if let [role] = candidates {
        let rating = role.ratings.get(cap);
        let level = rating.map_or(Coverage::Varies, |r| r.level);
        let reason = match rating.and_then(|r| r.note.as_ref()) {
            Some(note) => note.clone(),
            None => capability
                .map(|c| match level {
                    Coverage::Trained => &c.trained_text,
                    Coverage::Varies => &c.varies_text,
                    Coverage::NotTrained => &c.not_trained_text,
                })
                .map_or_else(String::new, |t| fill(t, &[("role", &role.short)])),
        };
        let source = rating.map_or_else(String::new, |r| r.source.clone());
        return (level, reason, source);
    }
    let ratings: Vec<(&Role, Option<&crate::core::bank::Rating>)> = candidates
        .iter()
        .map(|r| (*r, r.ratings.get(cap)))
        .collect();
    let levels: Vec<Coverage> = ratings
        .iter()
        .map(|(_, r)| r.map_or(Coverage::Varies, |r| r.level))
        .collect();
    let mut sources: Vec<&str> = Vec::new();
    for (_, r) in &ratings {
        if let Some(r) = r
            && !sources.contains(&r.source.as_str())
        {
            sources.push(&r.source);
        }
    }
    let source = sources.join(", ");
    let all_same = levels.iter().all(|l| *l == levels[0]);
    let level = if all_same {
        levels[0]
    } else {
        Coverage::Varies
    };
    let shorts: Vec<&str> = candidates.iter().map(|r| r.short.as_str()).collect();
    let reason = if all_same {
        let t = match level {
            Coverage::Trained => s.ALL_CANDIDATES_TRAINED,
            Coverage::Varies => s.ALL_CANDIDATES_VARY,
            Coverage::NotTrained => s.NO_CANDIDATE_TRAINED,
        };
        fill(
            t,
            &[("capability", &cap_lower()), ("roles", &list(s, &shorts))],
        )
    } else {
        let with = |wanted: Coverage| -> Vec<&str> {
            ratings
                .iter()
                .filter(|(_, r)| r.map_or(Coverage::Varies, |r| r.level) == wanted)
                .map(|(role, _)| role.short.as_str())
                .collect()
        };
        let trained = with(Coverage::Trained);
        if trained.is_empty() {
            // Some candidates vary and the rest are not trained: name the ones that may be.
            fill(
                s.SOME_CANDIDATES_MAY,
                &[
                    ("capability", &cap_lower()),
                    ("varies", &list(s, &with(Coverage::Varies))),
                ],
            )
        } else {
            fill(
                s.SOME_CANDIDATES_TRAINED,
                &[
                    ("capability", &cap_lower()),
                    ("trained", &list(s, &trained)),
                ],
            )
        }
    };
    (level, reason, source)
}

/// "a, b and c" ("a, b y c"; "a e ira" in Spanish, where "y" becomes
/// "e" before the sound "i").
pub fn list(s: &Words, items: &[&str]) -> String {
    let and = |last: &str| {
        if before_i(last) {
            s.AND_BEFORE_I
        } else {
            s.AND
        }
    };
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        // A name with "and" in it ("family conflict and patterns") is kept
        // apart by a comma before the last "and".
        [rest @ .., last] if items.iter().any(|i| i.contains(s.AND_INSIDE)) => {
            format!("{}, {} {last}", rest.join(", "), and(last))
        }
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), and(last)),
    }
}

/// Whether `word` starts with the sound "i" ("ira", "hijo", "Hi"), but not
/// "hie" or "hia" ("hielo"): before it, Spanish says "e" for "y".
pub fn before_i(word: &str) -> bool {
    let w = crate::core::title::normalize(word);
    let w = w.strip_prefix('h').unwrap_or(&w);
    w.starts_with('i') && !w.starts_with("ie") && !w.starts_with("ia")
}

/// How the candidate roles cover `cap`, without the words: trained or not
/// trained when they all agree, varies otherwise (or with no candidate).
fn level(candidates: &[&Role], cap: &str) -> Coverage {
    let mut levels = candidates
        .iter()
        .map(|r| r.ratings.get(cap).map_or(Coverage::Varies, |r| r.level));
    match levels.next() {
        None => Coverage::Varies,
        Some(first) if levels.all(|l| l == first) => first,
        Some(_) => Coverage::Varies,
    }
}

/// The first of `caps` with the lowest coverage: the one that decides.
fn weakest<'c>(candidates: &[&Role], caps: impl Iterator<Item = &'c String>) -> Option<&'c String> {
    caps.min_by_key(|c| level(candidates, c))
}

/// The provider's answers and what their title resolves to.
pub struct ProviderView<'a> {
    pub index: usize,
    pub answers: &'a AnswerMap,
    pub resolution: Resolution,
    pub label: String,
}

/// Looks at each active provider.
pub fn providers<'a>(bank: &Bank, active: &'a Answers) -> Vec<ProviderView<'a>> {
    let maps: Vec<&AnswerMap> = active.providers.iter().map(|p| &p.answers).collect();
    active
        .providers
        .iter()
        .enumerate()
        .map(|(i, p)| ProviderView {
            index: i,
            answers: &p.answers,
            resolution: title::resolve(bank, &p.answers, None),
            label: provider_label(bank, &maps, i),
        })
        .collect()
}

/// What to call provider `i` of `providers`: the name the parent gave;
/// else their title, as the parent typed it ("the skills trainer", "the
/// LCSW"), with their number when another unnamed provider has the same
/// title; else "Provider N" (no title yet, or one fitcheck does not know).
pub fn provider_label(bank: &Bank, providers: &[&AnswerMap], i: usize) -> String {
    let s = bank.words();
    let numbered = || fill(s.PROVIDER_N, &[("n", &(i + 1).to_string())]);
    let Some(map) = providers.get(i) else {
        return numbered();
    };
    if let Some(name) = provider_name(bank, map) {
        return name;
    }
    let Some(title) = title_words(bank, map) else {
        return numbered();
    };
    let same = providers.iter().enumerate().any(|(j, other)| {
        j != i
            && provider_name(bank, other).is_none()
            && title_words(bank, other).is_some_and(|t| t.to_lowercase() == title.to_lowercase())
    });
    let the = fill(s.PROVIDER_TITLE, &[("title", &title)]);
    if same {
        fill(
            s.PROVIDER_TITLE_N,
            &[("title", &the), ("n", &(i + 1).to_string())],
        )
    } else {
        the
    }
}

/// The name the parent gave a provider, if any.
fn provider_name(bank: &Bank, map: &AnswerMap) -> Option<String> {
    bank.questions
        .iter()
        .filter(|q| q.names_provider)
        .find_map(|q| map.get(&q.id).and_then(Answer::as_str))
        .map(|n| crate::core::text::clean(n, false).trim().to_string())
        .filter(|n| !n.is_empty())
}

/// A provider's title as words to call them by: the bank's spelling of
/// the name typed ("lcsw" is "LCSW"), with its ordinary words in lower
/// case ("Skills Trainer" is "skills trainer"). None when no title is
/// given, or it matches no role fitcheck knows.
fn title_words(bank: &Bank, map: &AnswerMap) -> Option<String> {
    let typed = bank
        .questions
        .iter()
        .filter(|q| q.kind == Kind::Title)
        .find_map(|q| map.get(&q.id).and_then(Answer::as_str))?;
    let typed = crate::core::text::clean(typed, false).trim().to_string();
    let roles = title::match_roles(bank, &typed);
    if roles.is_empty() || roles.iter().any(|&r| bank.roles[r].unknown) {
        return None;
    }
    let wanted = typed.to_lowercase();
    let known = bank
        .roles
        .iter()
        .flat_map(|r| {
            std::iter::once(&r.short)
                .chain(&r.aliases)
                .chain([&r.title])
        })
        .find(|n| n.to_lowercase() == wanted);
    let words: Vec<String> = known
        .unwrap_or(&typed)
        .split_whitespace()
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                // "Trainer" reads as "trainer"; "LCSW" and "PhD" stay.
                Some(c) if chars.clone().all(|c| !c.is_uppercase()) && w.chars().count() > 1 => {
                    c.to_lowercase().chain(chars).collect()
                }
                _ => w.to_string(),
            }
        })
        .collect();
    Some(words.join(" "))
}

/// The capabilities the parent expects from this provider, and the options that say so.
fn expectations<'b>(bank: &'b Bank, p: &ProviderView<'_>) -> Vec<&'b crate::core::bank::Choice> {
    let mut out = Vec::new();
    for q in &bank.questions {
        let in_provider = bank
            .section(&q.section)
            .is_some_and(|s| s.scope == Scope::Provider);
        let Some(answer) = p.answers.get(&q.id).filter(|_| in_provider) else {
            continue;
        };
        out.extend(
            q.options
                .iter()
                .filter(|o| !o.expects.is_empty() && answer.includes(&o.id)),
        );
    }
    out
}

/// One need's line for the candidate roles.
fn line(
    bank: &Bank,
    candidates: &[&Role],
    need: &Need,
    rated: &RatedNeed,
    expected: &[&String],
) -> Option<NeedLine> {
    let s = bank.words();
    // The first of the capabilities with the lowest coverage decides: of
    // them all, and of those in this role's line of work. A specialty is
    // in the line of work when the role practises it, or when the parent
    // expects it from this person.
    let mut all: Option<(&String, Coverage)> = None;
    let mut in_line: Option<(&String, Coverage)> = None;
    for c in &need.capabilities {
        let covers = level(candidates, c);
        if all.is_none_or(|(_, w)| covers < w) {
            all = Some((c, covers));
        }
        let practised = covers != Coverage::NotTrained
            || !bank.capability(c).is_some_and(|c| c.specialty)
            || expected.contains(&c);
        if practised && in_line.is_none_or(|(_, w)| covers < w) {
            in_line = Some((c, covers));
        }
    }
    let (all, full) = all?;
    let (kind, cap) = match in_line {
        None => (LineKind::OtherSpecialty, all),
        Some((cap, _)) if rated.level >= ACTION => (LineKind::Action, cap),
        Some((cap, _)) => (LineKind::Watch, cap),
    };
    let (coverage, mut reason, source) = cover(bank, candidates, cap);
    let cap_name = bank
        .capability(cap)
        .map_or_else(|| cap.clone(), |c| c.name.clone());
    if kind == LineKind::OtherSpecialty {
        let who = match candidates {
            [one] => one.short.clone(),
            _ => s.THIS_ROLE.to_string(),
        };
        reason = fill(
            s.LINE_OTHER_SPECIALTY,
            &[("capability", &cap_name), ("role", &who)],
        );
    }
    // A need that calls for more than one kind of training names the one
    // that decides its line, so "violence: not trained" says which part.
    if need.capabilities.len() > 1 && kind != LineKind::OtherSpecialty {
        reason = fill(
            s.LINE_DECIDED_BY,
            &[("capability", &cap_name), ("reason", &reason)],
        );
    }
    if kind == LineKind::Watch {
        reason = format!("{} {reason}", s.LINE_WATCH);
    }
    if rated.from_safety_answers {
        reason = format!("{} {reason}", s.LINE_FROM_SAFETY);
    }
    Some(NeedLine {
        need: need.id.clone(),
        need_name: rated.name.clone(),
        capability: cap.clone(),
        capability_name: cap_name,
        level: rated.level,
        level_label: rated.level_label.clone(),
        coverage,
        reason,
        source,
        kind,
        counts: kind == LineKind::Action,
        full,
    })
}

/// The fit of one provider against the rated needs, before the team's caps
/// (see [`team_caps`]).
pub fn fit(bank: &Bank, p: &ProviderView<'_>, needs: &[RatedNeed]) -> ProviderFit {
    let s = bank.words();
    let candidates: Vec<&Role> = p
        .resolution
        .candidates
        .iter()
        .map(|&i| &bank.roles[i])
        .collect();
    let role = p.resolution.role(bank);
    let options = expectations(bank, p);
    let expected: Vec<&String> = options.iter().flat_map(|o| o.expects.iter()).collect();
    let mut lines = Vec::with_capacity(needs.len());
    let (mut total, mut covered) = (0u32, 0.0f64);
    for n in needs {
        let Some(need) = bank.need(&n.need) else {
            continue;
        };
        let Some(l) = line(bank, &candidates, need, n, &expected) else {
            continue;
        };
        if l.counts {
            total += weight(n.level);
            covered += f64::from(weight(n.level)) * l.coverage.weight();
        }
        lines.push(l);
    }
    let mut mismatches = Vec::new();
    for o in &options {
        let weakest =
            weakest(&candidates, o.expects.iter()).map(|c| (c, cover(bank, &candidates, c)));
        if let Some((cap, (coverage, reason, source))) = weakest
            && coverage != Coverage::Trained
        {
            mismatches.push(Mismatch {
                expectation: o.id.clone(),
                text: o.text.clone(),
                capability: cap.clone(),
                coverage,
                reason,
                source,
            });
        }
    }
    let unknown = bank.unknown_role();
    let short = role.map_or("", |r| r.short.as_str());
    let no_fit_reason = if role.is_none() {
        // "Not sure" matches the "I don't know" role: that is not a title
        // that fits several roles, it is no title at all.
        let said_unknown = p.resolution.typed.as_deref().is_some_and(|t| {
            title::match_roles(bank, t)
                .iter()
                .any(|&i| bank.roles[i].unknown)
        });
        Some(
            if p.resolution.matched && !said_unknown && candidates.len() > 1 {
                NoFit::TitleUnclear
            } else {
                NoFit::TitleUnknown
            },
        )
    } else if total == 0 {
        Some(
            // Only a need that calls for action makes it another
            // specialty's job; needs to watch leave nothing to weigh.
            if lines
                .iter()
                .any(|l| l.kind == LineKind::OtherSpecialty && l.level >= ACTION)
            {
                NoFit::OtherSpecialty
            } else {
                NoFit::NothingToWeigh
            },
        )
    } else {
        None
    };
    let fit = match no_fit_reason {
        None => Some((covered * 100.0 / f64::from(total)).round() as u8),
        Some(_) => None,
    };
    let mut caps = Vec::new();
    if let Some(f) = fit
        && Verdict::band(f) == Verdict::GoodFit
    {
        for l in lines
            .iter()
            .filter(|l| l.counts && l.level >= 3 && l.coverage == Coverage::NotTrained)
        {
            caps.push(Cap {
                rule: CapRule::UrgentGap,
                text: fill(
                    s.CAP_URGENT,
                    &[
                        ("need", &crate::core::text::mid_sentence(&l.need_name)),
                        ("role", short),
                    ],
                ),
            });
        }
        for m in mismatches
            .iter()
            .filter(|m| m.coverage == Coverage::NotTrained)
        {
            caps.push(Cap {
                rule: CapRule::Expectation,
                text: fill(
                    s.CAP_EXPECTATION,
                    &[
                        ("expectation", &m.text.to_lowercase()),
                        ("provider", &p.label),
                        ("role", short),
                    ],
                ),
            });
        }
    }
    let verdict = match fit {
        None => Verdict::Unknown,
        Some(_) if !caps.is_empty() => Verdict::PartialFit,
        Some(f) => Verdict::band(f),
    };
    let strengths: Vec<String> = lines
        .iter()
        .filter(|l| l.kind != LineKind::OtherSpecialty && l.coverage == Coverage::Trained)
        .map(|l| l.need_name.clone())
        .collect();
    let mut out = ProviderFit {
        label: p.label.clone(),
        title: p
            .resolution
            .typed
            .as_deref()
            .map(|t| crate::core::text::clean(t, false)),
        role: role.map_or_else(|| unknown.id.clone(), |r| r.id.clone()),
        // "Licensed Professional Counselor" must never head an associate's block.
        role_title: match role {
            None => unknown.title.clone(),
            Some(r) if p.resolution.supervised => fill(s.SUPERVISED_TITLE, &[("role", &r.short)]),
            Some(r) => r.title.clone(),
        },
        candidates: if role.is_none() {
            candidates.iter().map(|r| r.id.clone()).collect()
        } else {
            Vec::new()
        },
        fit,
        verdict,
        verdict_label: String::new(),
        verdict_text: String::new(),
        no_fit_reason,
        verdict_caps: caps,
        strengths,
        needs: lines,
        expectation_mismatches: mismatches,
        licensed: role.is_some_and(|r| r.traits.get("licensed").is_some_and(|v| v == "yes"))
            && !p.resolution.supervised,
        supervised: role.is_some() && p.resolution.supervised,
        index: p.index,
    };
    words(bank, &mut out, role);
    out
}

/// Sets the verdict's label and the sentences that explain it, from the
/// lines beneath it, so the words never claim more than the table shows.
pub fn words(bank: &Bank, f: &mut ProviderFit, role: Option<&Role>) {
    let s = bank.words();
    let t = &bank.meta.verdicts;
    let general = match (f.verdict, f.no_fit_reason) {
        (Verdict::GoodFit, _) => &t.good_fit,
        (Verdict::PartialFit, _) => &t.partial_fit,
        (Verdict::PoorFit, _) => &t.poor_fit,
        (Verdict::Unknown, Some(NoFit::NothingToWeigh)) => &t.nothing_to_weigh,
        (Verdict::Unknown, Some(NoFit::OtherSpecialty)) => &t.other_specialty,
        (Verdict::Unknown, _) => &t.unknown,
    };
    f.verdict_label = general.label.clone();
    let names = |pred: &dyn Fn(&NeedLine) -> bool| -> String {
        let v: Vec<String> = f
            .needs
            .iter()
            .filter(|l| pred(l))
            .map(|l| crate::core::text::mid_sentence(&l.need_name))
            .collect();
        let v: Vec<&str> = v.iter().map(String::as_str).collect();
        list(s, &v)
    };
    let counted = |c: Coverage| move |l: &NeedLine| l.counts && l.coverage == c;
    let trained = names(&counted(Coverage::Trained));
    let varies = names(&counted(Coverage::Varies));
    let gaps = names(&counted(Coverage::NotTrained));
    let short = role.map_or(String::new(), |r| r.short.clone());
    let mut sentences: Vec<String> = Vec::new();
    let fill_role = |tpl: &str, extra: &[(&str, &str)]| {
        let mut v: Vec<(&str, &str)> = vec![("role", short.as_str()), ("provider", &f.label)];
        v.extend_from_slice(extra);
        fill(tpl, &v)
    };
    match f.no_fit_reason {
        Some(NoFit::TitleUnknown) => sentences.push(match f.title.as_deref() {
            // "I don't know" is not a title that matches nothing.
            Some(typed)
                if title::match_roles(bank, typed)
                    .iter()
                    .any(|&i| bank.roles[i].unknown) =>
            {
                fill_role(s.VT_TITLE_NOT_KNOWN_YET, &[])
            }
            Some(typed) if !typed.trim().is_empty() => {
                fill_role(s.VT_TITLE_NO_MATCH, &[("title", typed)])
            }
            _ => fill_role(s.VT_TITLE_MISSING, &[]),
        }),
        Some(NoFit::TitleUnclear) => {
            let shorts: Vec<&str> = f
                .candidates
                .iter()
                .filter_map(|c| bank.role(c).map(|r| r.short.as_str()))
                .collect();
            sentences.push(fill_role(
                s.VT_TITLE_UNCLEAR,
                &[
                    ("title", f.title.as_deref().unwrap_or_default()),
                    ("roles", &list(s, &shorts)),
                ],
            ));
        }
        Some(NoFit::NothingToWeigh) => {}
        Some(NoFit::OtherSpecialty) => sentences.push(fill_role(
            s.VT_OTHER_SPECIALTY,
            &[(
                "needs",
                &names(&|l: &NeedLine| l.kind == LineKind::OtherSpecialty && l.level >= ACTION),
            )],
        )),
        None => {
            if !trained.is_empty() {
                sentences.push(fill_role(s.VT_COVERS, &[("needs", &trained)]));
            }
            if !varies.is_empty() {
                sentences.push(fill_role(s.VT_ASK, &[("needs", &varies)]));
            }
            if !gaps.is_empty() {
                let tpl = if trained.is_empty() && varies.is_empty() {
                    s.VT_COVERS_NONE
                } else {
                    s.VT_NOT_COVERS
                };
                sentences.push(fill_role(tpl, &[("needs", &gaps)]));
            }
        }
    }
    for c in &f.verdict_caps {
        sentences.push(c.text.clone());
    }
    if !general.text.trim().is_empty() {
        sentences.push(general.text.clone());
    }
    f.verdict_text = sentences.join(" ");
}

/// Whether a safety need calls for action and nobody on the team is
/// trained for it: the first such need, if any.
pub fn safety_gap<'n>(
    bank: &Bank,
    fits: &[ProviderFit],
    needs: &'n [RatedNeed],
) -> Option<&'n RatedNeed> {
    needs.iter().find(|n| {
        n.level >= ACTION
            && bank.need(&n.need).is_some_and(|d| d.safety)
            && !fits.iter().any(|f| {
                f.needs
                    .iter()
                    .any(|l| l.need == n.need && l.full == Coverage::Trained)
            })
    })
}

/// Caps that depend on the whole team: while a safety need calls for
/// action and nobody on the team is trained for it, no provider is a good
/// fit. Returns the sentence that says so, for the summary.
pub fn team_caps(bank: &Bank, fits: &mut [ProviderFit], needs: &[RatedNeed]) -> Option<String> {
    let s = bank.words();
    let gap = safety_gap(bank, fits, needs)?;
    let text = fill(
        s.CAP_SAFETY,
        &[("need", &crate::core::text::mid_sentence(&gap.name))],
    );
    for f in fits.iter_mut() {
        if f.verdict == Verdict::GoodFit {
            f.verdict = Verdict::PartialFit;
            f.verdict_caps.push(Cap {
                rule: CapRule::SafetyGap,
                text: text.clone(),
            });
            let role = bank.role(&f.role).filter(|r| !r.unknown);
            words(bank, f, role);
        }
    }
    Some(text)
}

/// The needs at `levels` nobody on the team is trained for.
fn gaps(s: &Words, fits: &[ProviderFit], needs: &[RatedNeed], action: bool) -> Vec<Unmet> {
    needs
        .iter()
        .filter(|n| (n.level >= ACTION) == action)
        .filter_map(|n| {
            let best = fits
                .iter()
                .filter_map(|f| f.needs.iter().find(|l| l.need == n.need))
                .map(|l| l.full)
                .max()
                .unwrap_or(Coverage::NotTrained);
            if best == Coverage::Trained {
                return None;
            }
            let need = crate::core::text::mid_sentence(&n.name);
            let reason = if !action {
                fill(s.WATCH_NOTE, &[("need", &need)])
            } else {
                let template = match (fits, best) {
                    ([], _) => s.UNMET_NO_TEAM,
                    (_, Coverage::Varies) => s.UNMET_MAYBE,
                    ([_], _) => s.UNMET_ONLY_ONE,
                    _ => s.UNMET_NOBODY,
                };
                let who = fits.first().map_or("", |f| f.label.as_str());
                fill(template, &[("need", &need), ("provider", who)])
            };
            Some(Unmet {
                need: n.need.clone(),
                name: n.name.clone(),
                level: n.level,
                level_label: n.level_label.clone(),
                best,
                reason,
            })
        })
        .collect()
}

/// The needs that call for action nobody on the team is trained for.
pub fn unmet(s: &Words, fits: &[ProviderFit], needs: &[RatedNeed]) -> Vec<Unmet> {
    gaps(s, fits, needs, true)
}

/// The needs to keep an eye on that nobody on the team is trained for.
pub fn watch(s: &Words, fits: &[ProviderFit], needs: &[RatedNeed]) -> Vec<Unmet> {
    gaps(s, fits, needs, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_lists_say_e_before_the_sound_i_and_english_is_unchanged() {
        use crate::core::words::{EN, ES};
        assert_eq!(list(&EN, &["anger", "ire"]), "anger and ire");
        assert_eq!(list(&ES, &["ansiedad", "ira"]), "ansiedad e ira");
        assert_eq!(list(&ES, &["padres", "hijos"]), "padres e hijos");
        assert_eq!(list(&ES, &["agua", "hielo"]), "agua y hielo");
        assert_eq!(list(&ES, &["a", "b", "trauma"]), "a, b y trauma");
    }

    #[test]
    fn bands_have_their_cut_offs_at_45_and_75() {
        assert_eq!(Verdict::band(44), Verdict::PoorFit);
        assert_eq!(Verdict::band(45), Verdict::PartialFit);
        assert_eq!(Verdict::band(74), Verdict::PartialFit);
        assert_eq!(Verdict::band(75), Verdict::GoodFit);
        assert_eq!(Verdict::band(0), Verdict::PoorFit);
        assert_eq!(Verdict::band(100), Verdict::GoodFit);
    }

    #[test]
    fn only_needs_that_call_for_action_weigh() {
        assert_eq!(
            [0, 1, 2, 3].map(weight),
            [0, 0, 2, 4],
            "watch-level needs are notes, never part of the fit"
        );
    }
}
