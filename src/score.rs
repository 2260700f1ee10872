//! Explainable fit scoring: how well each provider's role covers the needs
//! the parent rated, line by line, and what nobody on the team covers.
//!
//! The lines are the result; the fit number only summarises them. Each need
//! rated 1-3 weighs 1, 2 or 4; a role that is trained for a need counts it
//! fully, one where it depends on the person counts it half. An urgent need
//! the role is not trained for never allows a good fit.

use serde::Serialize;

use crate::answers::{Answer, AnswerMap, Answers};
use crate::bank::{Bank, Coverage, Kind, Role, Scope};
use crate::strings;
use crate::text::fill;
use crate::title::{self, Resolution};

/// The fit at or above which a role is a good fit.
pub const GOOD_FIT: u8 = 75;
/// The fit at or above which a role is a partial fit.
pub const PARTIAL_FIT: u8 = 45;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    GoodFit,
    PartialFit,
    PoorFit,
    /// The title is not known, or no need was rated.
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
}

/// A need the parent rated above "not a concern".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RatedNeed {
    pub need: String,
    pub name: String,
    pub level: u8,
    pub level_label: String,
    /// The question that rated it.
    #[serde(skip)]
    pub question: String,
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
    /// 0-100, or null when the verdict is unknown.
    pub fit: Option<u8>,
    pub verdict: Verdict,
    pub verdict_label: String,
    pub verdict_text: String,
    pub needs: Vec<NeedLine>,
    pub expectation_mismatches: Vec<Mismatch>,
    /// Whether the role holds a license to practice on its own.
    pub licensed: bool,
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

/// The needs rated above 0, most urgent first, in interview order within a level.
pub fn rated_needs(bank: &Bank, active: &Answers) -> Vec<RatedNeed> {
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
        if level == 0 || out.iter().any(|r: &RatedNeed| r.need == need.id) {
            continue;
        }
        out.push(RatedNeed {
            need: need.id.clone(),
            name: need.name.clone(),
            level,
            level_label: bank.level_text(level).label.clone(),
            question: q.id.clone(),
        });
    }
    out.sort_by_key(|r| std::cmp::Reverse(r.level));
    out
}

fn weight(level: u8) -> u32 {
    match level {
        0 => 0,
        1 => 1,
        2 => 2,
        _ => 4,
    }
}

/// How the candidate roles cover a capability: trained or not trained when
/// they all agree, varies otherwise. Also the explanation and its source.
fn cover(bank: &Bank, candidates: &[&Role], cap: &str) -> (Coverage, String, String) {
    let capability = bank.capability(cap);
    let cap_name = capability.map_or(cap, |c| c.name.as_str());
    if candidates.is_empty() {
        return (
            Coverage::Varies,
            fill(strings::NO_TITLE, &[("capability", cap_name)]),
            String::new(),
        );
    }
    let ratings: Vec<(&Role, Option<&crate::bank::Rating>)> = candidates
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
    if let [(role, rating)] = ratings.as_slice() {
        let level = levels[0];
        let reason = match rating.and_then(|r| r.note.clone()) {
            Some(note) => note,
            None => capability
                .map(|c| match level {
                    Coverage::Trained => &c.trained_text,
                    Coverage::Varies => &c.varies_text,
                    Coverage::NotTrained => &c.not_trained_text,
                })
                .map_or_else(String::new, |t| fill(t, &[("role", &role.short)])),
        };
        return (level, reason, source);
    }
    let all_same = levels.iter().all(|l| *l == levels[0]);
    let level = if all_same {
        levels[0]
    } else {
        Coverage::Varies
    };
    let shorts: Vec<&str> = candidates.iter().map(|r| r.short.as_str()).collect();
    let reason = if all_same {
        let t = match level {
            Coverage::Trained => strings::ALL_CANDIDATES_TRAINED,
            Coverage::Varies => strings::ALL_CANDIDATES_VARY,
            Coverage::NotTrained => strings::NO_CANDIDATE_TRAINED,
        };
        fill(t, &[("capability", cap_name), ("roles", &list(&shorts))])
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
                strings::SOME_CANDIDATES_MAY,
                &[
                    ("capability", cap_name),
                    ("varies", &list(&with(Coverage::Varies))),
                ],
            )
        } else {
            fill(
                strings::SOME_CANDIDATES_TRAINED,
                &[("capability", cap_name), ("trained", &list(&trained))],
            )
        }
    };
    (level, reason, source)
}

/// "a, b and c".
pub fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), strings::AND),
    }
}

/// How the candidate roles cover a need: as well as the weakest capability it calls for.
fn cover_need(
    bank: &Bank,
    candidates: &[&Role],
    need: &str,
) -> Option<(String, Coverage, String, String)> {
    let need = bank.need(need)?;
    let cap = weakest(candidates, &need.capabilities)?;
    let (level, reason, source) = cover(bank, candidates, cap);
    Some((cap.clone(), level, reason, source))
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
fn weakest<'c>(candidates: &[&Role], caps: &'c [String]) -> Option<&'c String> {
    caps.iter().min_by_key(|c| level(candidates, c))
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
    active
        .providers
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let name = bank
                .questions
                .iter()
                .filter(|q| q.names_provider)
                .find_map(|q| p.answers.get(&q.id).and_then(Answer::as_str))
                .map(|n| crate::text::clean(n, false).trim().to_string())
                .filter(|n| !n.is_empty());
            ProviderView {
                index: i,
                answers: &p.answers,
                resolution: title::resolve(bank, &p.answers, None),
                label: name
                    .unwrap_or_else(|| fill(strings::PROVIDER_N, &[("n", &(i + 1).to_string())])),
            }
        })
        .collect()
}

/// The fit of one provider against the rated needs.
pub fn fit(bank: &Bank, p: &ProviderView<'_>, needs: &[RatedNeed]) -> ProviderFit {
    let candidates: Vec<&Role> = p
        .resolution
        .candidates
        .iter()
        .map(|&i| &bank.roles[i])
        .collect();
    let role = p.resolution.role(bank);
    let mut lines = Vec::new();
    let mut total = 0u32;
    let mut covered = 0.0f64;
    let mut urgent_gap = false;
    for n in needs {
        let Some((cap, coverage, reason, source)) = cover_need(bank, &candidates, &n.need) else {
            continue;
        };
        total += weight(n.level);
        covered += f64::from(weight(n.level)) * coverage.weight();
        if n.level == 3 && coverage == Coverage::NotTrained {
            urgent_gap = true;
        }
        lines.push(NeedLine {
            need: n.need.clone(),
            need_name: n.name.clone(),
            capability_name: bank
                .capability(&cap)
                .map_or_else(|| cap.clone(), |c| c.name.clone()),
            capability: cap,
            level: n.level,
            level_label: n.level_label.clone(),
            coverage,
            reason,
            source,
        });
    }
    let fit = if role.is_some() && total > 0 {
        Some((covered * 100.0 / f64::from(total)).round() as u8)
    } else {
        None
    };
    let verdict = match fit {
        None => Verdict::Unknown,
        Some(f) if f >= GOOD_FIT && !urgent_gap => Verdict::GoodFit,
        Some(f) if f >= PARTIAL_FIT || (f >= GOOD_FIT && urgent_gap) => Verdict::PartialFit,
        Some(_) => Verdict::PoorFit,
    };
    let texts = match verdict {
        Verdict::GoodFit => &bank.meta.verdicts.good_fit,
        Verdict::PartialFit => &bank.meta.verdicts.partial_fit,
        Verdict::PoorFit => &bank.meta.verdicts.poor_fit,
        Verdict::Unknown => &bank.meta.verdicts.unknown,
    };
    let mut mismatches = Vec::new();
    for q in &bank.questions {
        let in_provider = bank
            .section(&q.section)
            .is_some_and(|s| s.scope == Scope::Provider);
        let Some(answer) = p.answers.get(&q.id).filter(|_| in_provider) else {
            continue;
        };
        for o in q
            .options
            .iter()
            .filter(|o| !o.expects.is_empty() && answer.includes(&o.id))
        {
            let weakest =
                weakest(&candidates, &o.expects).map(|c| (c, cover(bank, &candidates, c)));
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
    }
    let unknown = bank.unknown_role();
    ProviderFit {
        label: p.label.clone(),
        title: p
            .resolution
            .typed
            .as_deref()
            .map(|t| crate::text::clean(t, false)),
        role: role.map_or_else(|| unknown.id.clone(), |r| r.id.clone()),
        role_title: role.map_or_else(|| unknown.title.clone(), |r| r.title.clone()),
        candidates: if role.is_none() {
            candidates.iter().map(|r| r.id.clone()).collect()
        } else {
            Vec::new()
        },
        fit,
        verdict,
        verdict_label: texts.label.clone(),
        verdict_text: texts.text.clone(),
        needs: lines,
        expectation_mismatches: mismatches,
        licensed: role.is_some_and(|r| r.traits.get("licensed").is_some_and(|v| v == "yes")),
        index: p.index,
    }
}

/// The rated needs nobody on the team is trained for.
pub fn unmet(fits: &[ProviderFit], needs: &[RatedNeed]) -> Vec<Unmet> {
    needs
        .iter()
        .filter_map(|n| {
            let best = fits
                .iter()
                .filter_map(|f| f.needs.iter().find(|l| l.need == n.need))
                .map(|l| l.coverage)
                .max()
                .unwrap_or(Coverage::NotTrained);
            if best == Coverage::Trained {
                return None;
            }
            let template = match (fits.is_empty(), best) {
                (true, _) => strings::UNMET_NO_TEAM,
                (false, Coverage::Varies) => strings::UNMET_MAYBE,
                _ => strings::UNMET_NOBODY,
            };
            let reason = fill(template, &[("need", &crate::text::mid_sentence(&n.name))]);
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
