//! Choosing the questions the parent should ask at the next meeting, from
//! the gaps, mismatches and unknowns the scoring found: most urgent first,
//! each once, each with the reason it was chosen.

use foldhash::{HashMap, HashMapExt};

use serde::Serialize;

use crate::core::answers::Answers;
use crate::core::bank::{Bank, Condition, Coverage, Trigger};
use crate::core::interview;
use crate::core::score::{self, NeedLine, ProviderFit, ProviderView, RatedNeed, Unmet};
use crate::core::text::{articles_for, fill};

/// One question to ask.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AskItem {
    pub id: String,
    /// Words the parent can say aloud.
    pub text: String,
    /// Why this question matters in general.
    pub why: String,
    /// Why it was chosen for this family (the most urgent reason).
    pub reason: String,
    /// The providers it is about; empty when it is about the whole team.
    pub providers: Vec<String>,
    /// 0-3: how urgent the need behind it is.
    pub urgency: u8,
    pub source: String,
    /// One of the few to bring to the next meeting (the first
    /// [`BRING`] at most); the rest are "more questions".
    pub bring: bool,
}

/// How many questions to bring to one meeting.
pub const BRING: usize = 5;

/// What the scoring found, that the questions are chosen from.
pub struct Findings<'a> {
    pub fits: &'a [ProviderFit],
    pub views: &'a [ProviderView<'a>],
    pub needs: &'a [RatedNeed],
    pub unmet: &'a [Unmet],
    pub watch: &'a [Unmet],
    /// Safety comes first: a safety need is a gap, or danger was reported.
    pub safety: bool,
}

/// Where a question stands in the list: lower comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    /// Safety, when safety is a gap or danger was reported.
    Safety,
    /// A service the parent expects that the role does not give.
    Mismatch,
    /// Who supervises, or what the title is.
    Role,
    /// Needs that call for action.
    Gap,
    /// Answers about how things are going, and needs to watch.
    Progress,
    /// Good questions for anyone.
    General,
}

/// One reason an ask applies. The reason's words are only made for the
/// most urgent hit of each ask, which is the one shown.
struct Hit<'a> {
    tier: Tier,
    urgency: u8,
    reason: Box<dyn Fn() -> String + 'a>,
    provider: Option<&'a str>,
}

/// The questions to ask, most urgent first.
pub fn choose(bank: &Bank, active: &Answers, found: &Findings<'_>) -> Vec<AskItem> {
    let s = bank.words();
    let fits = found.fits;
    let unmet = found.unmet;
    // A provider's gap that another provider covers is asked as teamwork,
    // not as a question to the one who is not trained.
    let covered_by_other = |f: &ProviderFit, need: &str| {
        fits.iter().any(|o| {
            o.index != f.index
                && o.needs
                    .iter()
                    .any(|l| l.need == need && l.full == Coverage::Trained)
        })
    };
    // For each provider: (capability, coverage) -> the most urgent need line
    // calling for that capability with that coverage (the last, on a tie).
    let by_capability: Vec<HashMap<(&str, Coverage), &NeedLine>> = fits
        .iter()
        .map(|f| {
            let mut map: HashMap<(&str, Coverage), &NeedLine> = HashMap::new();
            let role = bank.role(&f.role).filter(|r| !r.unknown);
            for line in f
                .needs
                .iter()
                .filter(|l| l.counts && !covered_by_other(f, &l.need))
            {
                let Some(need) = bank.need(&line.need) else {
                    continue;
                };
                for c in &need.capabilities {
                    // How the role covers this capability itself, not the
                    // need's weakest one: a QMHA who may follow a safety plan
                    // is never said to lack safety training because the
                    // violence line is decided by another capability.
                    let coverage = role
                        .and_then(|r| r.ratings.get(c))
                        .map_or(line.coverage, |r| r.level);
                    let slot = map.entry((c.as_str(), coverage)).or_insert(line);
                    if line.level >= slot.level {
                        *slot = line;
                    }
                }
            }
            map
        })
        .collect();
    // Capability -> the most urgent unmet need calling for it (the last, on a tie).
    let mut unmet_by_capability: HashMap<&str, &Unmet> = HashMap::new();
    for u in unmet {
        let Some(need) = bank.need(&u.need) else {
            continue;
        };
        for c in &need.capabilities {
            let slot = unmet_by_capability.entry(c.as_str()).or_insert(u);
            if u.level >= slot.level {
                *slot = u;
            }
        }
    }
    let unknown = &bank.unknown_role().id;
    let mut items: Vec<((Tier, usize), AskItem)> = Vec::new();
    for (order, ask) in bank.asks.iter().enumerate() {
        let mut hits: Vec<Hit<'_>> = Vec::new();
        for t in &ask.triggers {
            match t {
                Trigger::Gap(c) | Trigger::Unsure(c) => {
                    let wanted = if matches!(t, Trigger::Gap(_)) {
                        Coverage::NotTrained
                    } else {
                        Coverage::Varies
                    };
                    for (f, lines) in fits.iter().zip(&by_capability) {
                        if let Some(line) = lines.get(&(c.as_str(), wanted)) {
                            let template = if wanted == Coverage::NotTrained {
                                s.REASON_GAP
                            } else {
                                s.REASON_UNSURE
                            };
                            hits.push(Hit {
                                tier: Tier::Gap,
                                urgency: line.level,
                                reason: Box::new(move || {
                                    need_reason(
                                        template,
                                        bank,
                                        &f.label,
                                        &line.need_name,
                                        &line.level_label,
                                        c,
                                    )
                                }),
                                provider: Some(f.label.as_str()),
                            });
                        }
                    }
                }
                Trigger::Mismatch(c) => {
                    for f in fits {
                        for m in f
                            .expectation_mismatches
                            .iter()
                            .filter(|m| &m.capability == c)
                        {
                            hits.push(Hit {
                                tier: Tier::Mismatch,
                                urgency: 2,
                                reason: Box::new(move || {
                                    fill(
                                        s.REASON_MISMATCH,
                                        &[
                                            ("provider", &f.label),
                                            ("expectation", &m.text.to_lowercase()),
                                        ],
                                    )
                                }),
                                provider: Some(f.label.as_str()),
                            });
                        }
                    }
                }
                Trigger::Unmet(c) => {
                    if let Some(u) = unmet_by_capability.get(c.as_str()) {
                        hits.push(Hit {
                            tier: Tier::Gap,
                            urgency: u.level,
                            reason: Box::new(move || u.reason.clone()),
                            provider: None,
                        });
                    }
                }
                Trigger::Unlicensed => {
                    for f in fits.iter().filter(|f| !f.licensed && &f.role != unknown) {
                        // As urgent as the most urgent need the role is not fully trained for.
                        let urgency = f
                            .needs
                            .iter()
                            .filter(|l| l.coverage != Coverage::Trained)
                            .map(|l| l.level)
                            .max()
                            .unwrap_or(1)
                            .max(1);
                        hits.push(Hit {
                            tier: Tier::Role,
                            urgency,
                            reason: Box::new(move || {
                                fill(
                                    &articles_for(s.REASON_UNLICENSED, "role", &f.role_title),
                                    &[("provider", &f.label), ("role", &f.role_title)],
                                )
                            }),
                            provider: Some(f.label.as_str()),
                        });
                    }
                }
                Trigger::UnknownRole => {
                    for f in fits.iter().filter(|f| &f.role == unknown) {
                        hits.push(Hit {
                            tier: Tier::Role,
                            urgency: 3,
                            reason: Box::new(move || {
                                fill(s.REASON_UNKNOWN, &[("provider", &f.label)])
                            }),
                            provider: Some(f.label.as_str()),
                        });
                    }
                }
                Trigger::When(c) => {
                    let providers: Vec<Option<usize>> = if fits.is_empty() {
                        vec![None]
                    } else {
                        fits.iter().map(|f| Some(f.index)).collect()
                    };
                    if let Some(p) = providers
                        .into_iter()
                        .find(|p| interview::holds(bank, c, active, *p, usize::MAX))
                    {
                        hits.push(Hit {
                            tier: Tier::Progress,
                            urgency: 2,
                            reason: Box::new(move || answer_reason(bank, c, active, p)),
                            provider: None,
                        });
                    }
                }
                Trigger::Always => hits.push(Hit {
                    tier: Tier::General,
                    urgency: 0,
                    reason: Box::new(move || s.REASON_ALWAYS.to_string()),
                    provider: None,
                }),
                Trigger::Supervised | Trigger::Peer => {
                    let peer = matches!(t, Trigger::Peer);
                    for f in fits.iter().filter(|f| &f.role != unknown) {
                        let is_peer = bank
                            .role(&f.role)
                            .is_some_and(|r| r.traits.get("peer").is_some_and(|v| v == "yes"));
                        if peer != is_peer || (!peer && f.licensed) {
                            continue;
                        }
                        let template = if f.supervised {
                            s.REASON_SUPERVISED
                        } else if peer {
                            s.REASON_PEER
                        } else {
                            s.REASON_UNLICENSED
                        };
                        hits.push(Hit {
                            tier: Tier::Role,
                            urgency: 2,
                            reason: Box::new(move || {
                                fill(
                                    &articles_for(template, "role", &f.role_title),
                                    &[("provider", &f.label), ("role", &f.role_title)],
                                )
                            }),
                            provider: Some(f.label.as_str()),
                        });
                    }
                }
                Trigger::CoveredByOther => {
                    for f in fits {
                        if let Some(l) = f.needs.iter().find(|l| {
                            l.counts && l.full != Coverage::Trained && covered_by_other(f, &l.need)
                        }) {
                            hits.push(Hit {
                                tier: Tier::Gap,
                                urgency: l.level,
                                reason: Box::new(move || {
                                    fill(
                                        s.REASON_COVERED_BY_OTHER,
                                        &[
                                            ("provider", &f.label),
                                            (
                                                "need",
                                                &crate::core::text::mid_sentence(&l.need_name),
                                            ),
                                        ],
                                    )
                                }),
                                provider: None,
                            });
                            break;
                        }
                    }
                }
                Trigger::NeedsAssessment => {
                    let assessed = |caps: &[String]| {
                        fits.iter().any(|f| {
                            bank.role(&f.role).is_some_and(|r| {
                                caps.iter().any(|c| {
                                    r.ratings
                                        .get(c)
                                        .is_some_and(|x| x.level == Coverage::Trained)
                                })
                            })
                        })
                    };
                    if let Some(n) = found.needs.iter().find(|n| {
                        n.level >= score::ACTION
                            && bank.need(&n.need).is_some_and(|d| {
                                !d.assessment.is_empty() && !assessed(&d.assessment)
                            })
                    }) {
                        hits.push(Hit {
                            tier: Tier::Gap,
                            urgency: n.level,
                            reason: Box::new(move || {
                                fill(
                                    s.REASON_ASSESS,
                                    &[
                                        ("need", &crate::core::text::mid_sentence(&n.name)),
                                        ("level", &n.level_label),
                                    ],
                                )
                            }),
                            provider: None,
                        });
                    }
                }
                Trigger::Watch => {
                    if let Some(w) = found.watch.first() {
                        hits.push(Hit {
                            tier: Tier::Progress,
                            urgency: 1,
                            reason: Box::new(move || w.reason.clone()),
                            provider: None,
                        });
                    }
                }
                Trigger::RoleUnclear => {}
            }
        }
        if hits.is_empty() {
            continue;
        }
        let best = hits
            .iter()
            .min_by_key(|h| (h.tier, std::cmp::Reverse(h.urgency)))
            .expect("not empty");
        let tier = if ask.safety && found.safety {
            Tier::Safety
        } else {
            best.tier
        };
        let mut providers: Vec<String> = Vec::new();
        for h in &hits {
            if let Some(p) = h.provider
                && !providers.iter().any(|x| x == p)
            {
                providers.push(p.to_string());
            }
        }
        items.push((
            (tier, order),
            AskItem {
                id: ask.id.clone(),
                text: ask.text.clone(),
                why: ask.why.clone(),
                reason: (best.reason)(),
                providers,
                urgency: best.urgency,
                source: ask.source.clone(),
                bring: false,
            },
        ));
    }
    // Safety questions keep the order of the bank (the plan first); the
    // others go most urgent first.
    items.sort_by_key(|((tier, order), item)| {
        let urgency = if *tier == Tier::Safety {
            0
        } else {
            item.urgency
        };
        (*tier, std::cmp::Reverse(urgency), *order)
    });
    // A question asked instead of another (in the words the answers call
    // for) takes its place: the parent is never asked both.
    let replaced: Vec<String> = items
        .iter()
        .filter_map(|(_, item)| bank.ask(&item.id))
        .flat_map(|a| a.instead_of.iter().cloned())
        .collect();
    items.retain(|(_, item)| !replaced.contains(&item.id));
    // An expectation the role does not meet is among the first three.
    if let Some(i) = items.iter().position(|((t, _), _)| *t == Tier::Mismatch)
        && i > 2
    {
        let m = items.remove(i);
        items.insert(2, m);
    }
    let mut out: Vec<AskItem> = items.into_iter().map(|(_, item)| item).collect();
    for a in out.iter_mut().take(BRING) {
        a.bring = true;
    }
    out
}

/// "You answered “No” to “Is there a written plan?”", from the first
/// `any_of` in `c` that holds; a general sentence when there is none.
fn answer_reason(bank: &Bank, c: &Condition, active: &Answers, provider: Option<usize>) -> String {
    fn leaf<'c>(
        bank: &Bank,
        c: &'c Condition,
        active: &Answers,
        p: Option<usize>,
    ) -> Option<(&'c str, String)> {
        match c {
            Condition::AnyOf { question, options } => {
                let answer = active.get(bank, question, p)?;
                let q = bank.question(question)?;
                let chosen = options.iter().find(|o| answer.includes(o))?;
                Some((question.as_str(), q.option(chosen)?.text.clone()))
            }
            Condition::LevelAtLeast { question, level } => {
                let l = active.get(bank, question, p)?.level()?;
                (l >= *level).then(|| (question.as_str(), bank.level_text(l).label.clone()))
            }
            Condition::All(cs) | Condition::Any(cs) => {
                cs.iter().find_map(|c| leaf(bank, c, active, p))
            }
            _ => None,
        }
    }
    let s = bank.words();
    match leaf(bank, c, active, provider).and_then(|(q, option)| Some((bank.question(q)?, option)))
    {
        Some((q, option)) => fill(
            s.REASON_ANSWERED,
            &[("option", &option), ("question", &q.prompt)],
        ),
        None => s.REASON_ANSWER.to_string(),
    }
}

/// The reason for a gap or an unsure coverage, in words.
fn need_reason(
    template: &str,
    bank: &Bank,
    provider: &str,
    need: &str,
    level: &str,
    cap: &str,
) -> String {
    let cap_name = bank.capability(cap).map_or(cap, |c| c.name.as_str());
    fill(
        template,
        &[
            ("provider", provider),
            ("need", &crate::core::text::mid_sentence(need)),
            ("level", level),
            ("capability", &cap_name.to_lowercase()),
        ],
    )
}
