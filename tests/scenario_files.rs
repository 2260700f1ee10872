//! The scenario suite (issue 12): family situations written as answers
//! files in `tests/scenarios/`, each with the crisis flag, the verdicts, the
//! gaps and the first questions a careful clinician-advocate would give,
//! and one line on why. Each file goes through the real binary
//! (`fitcheck summary --answers FILE --format json`), as a script would.
//!
//! A file in `tests/scenarios/` without a case here fails, so no situation
//! is written and then forgotten.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

struct Case {
    file: &'static str,
    why: &'static str,
    /// "now", "recent", or "" for no crisis.
    crisis: &'static str,
    /// (role, verdict) for each provider, in order.
    verdicts: &'static [(&'static str, &'static str)],
    /// `team.unmet`, as need ids, in order.
    unmet: &'static [&'static str],
    /// The first questions to ask, in order.
    first: &'static [&'static str],
}

const CASES: &[Case] = &[
    // Danger, with each kind of role.
    Case {
        file: "danger_now_skills_trainer",
        // Since bank 2026.12.3 the child in danger of hurting themselves
        // now also makes suicidal thoughts or self-harm an urgent need, which
        // a skills trainer is not trained to treat: poor fit (was partial),
        // and that need is a team gap too.
        why: "Danger now and nobody trained to plan for safety or to treat suicidal thoughts: crisis first, no comforting verdict, the plan asked first.",
        crisis: "now",
        verdicts: &[("qmha", "poor_fit")],
        unmet: &["safety", "self_harm"],
        first: &["ask_make_safety_plan", "ask_after_hours"],
    },
    Case {
        file: "danger_now_lcsw",
        why: "Danger now with a licensed therapist trained in safety plans: the role fits; there is no plan, so making one comes first.",
        crisis: "now",
        verdicts: &[("lcsw", "good_fit")],
        unmet: &["trauma"],
        first: &["ask_make_safety_plan", "ask_after_hours"],
    },
    Case {
        file: "worried_about_suicide_with_qmha",
        // Since bank 2026.12.3 recent talk of suicide also makes suicidal
        // thoughts or self-harm a need for action, a team gap here.
        why: "Recent talk of suicide is a crisis even without danger today; a skills trainer cannot plan for safety or treat suicidal thoughts, so no good fit.",
        crisis: "recent",
        verdicts: &[("qmha", "partial_fit")],
        unmet: &["safety", "self_harm"],
        first: &["ask_safety_plan", "ask_after_hours"],
    },
    Case {
        file: "worried_about_suicide_with_lpc",
        why: "Recent talk of suicide, a licensed counselor trained for it and a plan in place: crisis lines first, the role fits, after-hours help asked first.",
        crisis: "recent",
        verdicts: &[("lpc", "good_fit")],
        unmet: &[],
        first: &["ask_after_hours"],
    },
    Case {
        file: "hurt_someone_recently_with_peer",
        why: "Recent harm to others and violence needing action: a peer gives support, not risk assessment; safety and violence are gaps.",
        crisis: "recent",
        verdicts: &[("peer_support", "poor_fit")],
        unmet: &["safety", "violence_aggression"],
        first: &["ask_safety_plan", "ask_after_hours", "ask_certification"],
    },
    Case {
        file: "urgent_violence_no_safety_plan_getting_worse",
        why: "Urgent violence, no safety plan, getting worse, and the parent expects therapy from a skills trainer: poor fit, the plan first, the therapy mismatch in the top three.",
        crisis: "",
        verdicts: &[("qmha", "poor_fit")],
        unmet: &["violence_aggression", "safety"],
        first: &[
            "ask_make_safety_plan",
            "ask_after_hours",
            "ask_therapy_direct",
        ],
    },
    Case {
        file: "bcba_for_routines_and_aggression",
        why: "A behavior analyst fits routines and part of aggression, but nobody is trained to plan for safety: capped at partial, the plan asked first.",
        crisis: "",
        verdicts: &[("bcba", "partial_fit")],
        unmet: &["violence_aggression"],
        first: &["ask_safety_plan", "ask_after_hours"],
    },
    Case {
        file: "safety_watch_only_skills_trainer",
        why: "Safety only to keep an eye on, no danger reported: a note and a question, not a gap; the skills need is covered.",
        crisis: "",
        verdicts: &[("qmha", "good_fit")],
        unmet: &[],
        first: &["ask_supervisor", "ask_no_change", "ask_if_grows"],
    },
    // The article's mismatch: therapy expected from a non-therapist.
    Case {
        file: "qmha_expected_to_give_trauma_therapy",
        why: "The family thinks it gets trauma therapy from a QMHA: poor fit, and 'are you giving therapy?' asked first.",
        crisis: "",
        verdicts: &[("qmha", "poor_fit")],
        unmet: &["trauma"],
        first: &["ask_therapy_direct", "ask_supervisor", "ask_trauma_who"],
    },
    Case {
        file: "therapist_unlicensed_bachelor",
        why: "'Therapist' with no license and a bachelor's degree is a QMHA in Oregon: the therapy mismatch first.",
        crisis: "",
        verdicts: &[("qmha", "partial_fit")],
        unmet: &["trauma"],
        first: &["ask_therapy_direct", "ask_supervisor"],
    },
    Case {
        file: "msw_not_licensed_giving_therapy",
        why: "An MSW is a degree, not a license: therapy may or may not be within what they may do alone, so ask directly and ask who supervises.",
        crisis: "",
        verdicts: &[("msw", "partial_fit")],
        unmet: &["trauma", "family_conflict"],
        first: &["ask_therapy_direct", "ask_supervisor"],
    },
    Case {
        file: "cadc_expected_to_treat_trauma",
        why: "A drug and alcohol counselor fits the substance need; trauma therapy is expected but not their training.",
        crisis: "",
        verdicts: &[("cadc", "partial_fit")],
        unmet: &["trauma"],
        first: &["ask_therapy_direct", "ask_supervisor", "ask_trauma_who"],
    },
    // Roles that fit.
    Case {
        file: "qmha_for_skills_only",
        why: "Skills needs with a skills trainer and no therapy expected: this is what the role is for.",
        crisis: "",
        verdicts: &[("qmha", "good_fit")],
        unmet: &[],
        first: &["ask_supervisor"],
    },
    Case {
        file: "lmft_for_family_conflict",
        why: "Urgent family conflict with a licensed family therapist: a good fit; trauma to watch adds a note, not a gap.",
        crisis: "",
        verdicts: &[("lmft", "good_fit")],
        unmet: &[],
        first: &["ask_no_change", "ask_if_grows"],
    },
    Case {
        file: "cadc_for_substance_use",
        why: "Urgent substance use with a certified drug and alcohol counselor: their line of work.",
        crisis: "",
        verdicts: &[("cadc", "good_fit")],
        unmet: &[],
        first: &["ask_supervisor"],
    },
    Case {
        file: "peer_support_for_steady_presence",
        why: "A family support specialist who shares lived experience is a peer; asked about certification, never 'are you licensed?'.",
        crisis: "",
        verdicts: &[("peer_support", "good_fit")],
        unmet: &["family_stress"],
        first: &["ask_certification", "ask_family_stress"],
    },
    Case {
        file: "qmhp_for_trauma_and_violence",
        why: "A QMHP gives therapy under Oregon's rules, but trauma therapy takes extra training: ask which method.",
        crisis: "",
        verdicts: &[("qmhp", "good_fit")],
        unmet: &["trauma"],
        first: &["ask_supervisor", "ask_trauma_who", "ask_trauma_training"],
    },
    // Separate specialties are team gaps, not a person's failing.
    Case {
        file: "lcsw_when_only_medication_needs_action",
        why: "Only a medication review needs action: a therapist is not a poor fit for not prescribing; it is a team gap.",
        crisis: "",
        verdicts: &[("lcsw", "unknown")],
        unmet: &["medication_question"],
        first: &["ask_prescriber"],
    },
    Case {
        file: "lcsw_expected_to_prescribe",
        why: "The parent expects prescribing from a therapist: now it counts against the fit, as a mismatch said plainly.",
        crisis: "",
        verdicts: &[("lcsw", "partial_fit")],
        unmet: &["medication_question"],
        first: &["ask_prescriber"],
    },
    Case {
        file: "qmha_when_a_diagnosis_is_needed",
        why: "A diagnosis needs a clinician's assessment: not the skills trainer's failing, but 'who can assess this?' is asked.",
        crisis: "",
        verdicts: &[("qmha", "good_fit")],
        unmet: &["diagnosis_question"],
        first: &["ask_supervisor", "ask_assessment"],
    },
    Case {
        file: "psychiatrist_for_medication",
        why: "Urgent medication with a psychiatrist: a good fit; trauma to watch is a note.",
        crisis: "",
        verdicts: &[("psychiatrist", "good_fit")],
        unmet: &[],
        first: &["ask_no_change", "ask_if_grows"],
    },
    Case {
        file: "pmhnp_for_medication",
        why: "A psychiatric nurse practitioner prescribes: a good fit for a medication need.",
        crisis: "",
        verdicts: &[("pmhnp", "good_fit")],
        unmet: &[],
        first: &["ask_no_change"],
    },
    Case {
        file: "psychologist_for_assessment",
        why: "A psychologist assesses and treats: a good fit; trauma therapy depends on their method, so ask.",
        crisis: "",
        verdicts: &[("psychologist", "good_fit")],
        unmet: &["trauma"],
        first: &["ask_trauma_who", "ask_trauma_training"],
    },
    // Supervised associates.
    Case {
        file: "lpc_associate_for_family_conflict",
        why: "An LPC associate is not yet licensed: shown as supervised, and who supervises is asked first.",
        crisis: "",
        verdicts: &[("lpc", "good_fit")],
        unmet: &["family_conflict"],
        first: &["ask_supervisor"],
    },
    Case {
        file: "lcsw_a_for_trauma",
        why: "An LCSW associate works under supervision; trauma therapy depends on training.",
        crisis: "",
        verdicts: &[("lcsw", "partial_fit")],
        unmet: &["trauma"],
        first: &["ask_supervisor", "ask_trauma_who"],
    },
    Case {
        file: "mft_intern_for_family_therapy",
        why: "A family therapy intern is trained for family work, under supervision: good fit, supervisor asked first.",
        crisis: "",
        verdicts: &[("lmft", "good_fit")],
        unmet: &[],
        first: &["ask_supervisor"],
    },
    // Watch-only families and nothing rated.
    Case {
        file: "every_need_watch_only_qmha",
        why: "Every need only to keep an eye on: nothing to weigh, never 'poor fit'.",
        crisis: "",
        verdicts: &[("qmha", "unknown")],
        unmet: &[],
        first: &["ask_supervisor", "ask_no_change", "ask_if_grows"],
    },
    Case {
        file: "every_need_watch_only_lmft",
        why: "Watch-only needs with a family therapist: nothing to weigh yet; 'if it grows, who steps in?'.",
        crisis: "",
        verdicts: &[("lmft", "unknown")],
        unmet: &[],
        first: &["ask_no_change", "ask_if_grows"],
    },
    Case {
        file: "nothing_rated_with_lpc",
        why: "No need rated: no fit to weigh, only the general questions.",
        crisis: "",
        verdicts: &[("lpc", "unknown")],
        unmet: &[],
        first: &["ask_no_change"],
    },
    // Teams.
    Case {
        file: "team_therapist_covers_skills_trainers_gap",
        why: "A skills trainer and a therapist: each judged on their own role; trauma stays a question since the therapist's trauma training varies.",
        crisis: "",
        verdicts: &[("qmha", "partial_fit"), ("lcsw", "good_fit")],
        unmet: &["trauma"],
        first: &["ask_supervisor", "ask_trauma_who"],
    },
    Case {
        file: "team_of_two_paraprofessionals_misses_urgent_trauma",
        why: "Two supportive roles and urgent trauma nobody is trained for: both poor fits, trauma a team gap.",
        crisis: "",
        verdicts: &[("qmha", "poor_fit"), ("peer_support", "poor_fit")],
        unmet: &["trauma"],
        first: &["ask_supervisor", "ask_certification", "ask_trauma_who"],
    },
    Case {
        file: "team_psychiatrist_and_therapist",
        why: "A prescriber and a family therapist cover each other's gaps: coordination is asked first, not each one's gap.",
        crisis: "",
        verdicts: &[("psychiatrist", "partial_fit"), ("lmft", "good_fit")],
        unmet: &["trauma"],
        first: &["ask_coordinate", "ask_trauma_who"],
    },
    // Unknown and ambiguous titles.
    Case {
        file: "unknown_title",
        why: "A title fitcheck does not know: no verdict, and the exact title is asked.",
        crisis: "",
        verdicts: &[("unknown", "unknown")],
        unmet: &["trauma"],
        first: &["ask_therapy_direct", "ask_title", "ask_licensed"],
    },
    Case {
        file: "therapist_not_sure_of_license",
        why: "'Therapist' fits several roles and the parent does not know the license: no verdict until it is known.",
        crisis: "",
        verdicts: &[("unknown", "unknown")],
        unmet: &["trauma"],
        first: &["ask_therapy_direct", "ask_title", "ask_licensed"],
    },
];

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")
}

fn summary(file: &Path) -> Value {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_fitcheck"))
        // English whatever the machine's locale.
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("FITCHECK_LANG")
        .env("FITCHECK_DATA_DIR", data.path())
        .args(["summary", "--format", "json", "--answers"])
        .arg(file)
        .output()
        .expect("fitcheck runs");
    assert!(
        out.status.success(),
        "{}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the summary is JSON")
}

fn strs(v: &Value, f: impl Fn(&Value) -> &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| f(x).as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_scenario_gives_what_a_careful_clinician_advocate_would() {
    assert!(CASES.len() >= 30, "{} scenarios", CASES.len());
    let mut wrong = Vec::new();
    for c in CASES {
        assert!(!c.why.is_empty());
        let s = summary(&dir().join(format!("{}.json", c.file)));
        let mut check = |what: &str, got: String, want: String| {
            if got != want {
                wrong.push(format!(
                    "{}: {what}\n    want {want}\n    got  {got}\n    why: {}",
                    c.file, c.why
                ));
            }
        };
        check("complete", s["complete"].to_string(), "true".into());
        check(
            "crisis",
            format!("{} {}", s["crisis"], s["crisis_level"]),
            if c.crisis.is_empty() {
                "false null".into()
            } else {
                format!("true \"{}\"", c.crisis)
            },
        );
        let got: Vec<(String, String)> = s["providers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["role"].as_str().unwrap().to_string(),
                    p["verdict"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        check(
            "verdicts",
            format!("{got:?}"),
            format!("{:?}", {
                c.verdicts
                    .iter()
                    .map(|(r, v)| (r.to_string(), v.to_string()))
                    .collect::<Vec<_>>()
            }),
        );
        check(
            "team.unmet",
            format!("{:?}", strs(&s["team"]["unmet"], |u| &u["need"])),
            format!("{:?}", c.unmet),
        );
        let asks = strs(&s["questions_to_ask"], |a| &a["id"]);
        check(
            "first questions",
            format!("{:?}", &asks[..c.first.len().min(asks.len())]),
            format!("{:?}", c.first),
        );
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn every_scenario_file_has_a_case_and_every_case_a_file() {
    let mut files: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".json").map(str::to_string))
        .collect();
    files.sort();
    let mut cases: Vec<String> = CASES.iter().map(|c| c.file.to_string()).collect();
    cases.sort();
    assert_eq!(files, cases);
}

/// The properties every scenario shows, whatever its case says.
#[test]
fn in_every_scenario_at_most_five_are_to_bring_and_no_verdict_comforts_a_safety_gap() {
    for c in CASES {
        let s = summary(&dir().join(format!("{}.json", c.file)));
        let asks = s["questions_to_ask"].as_array().unwrap();
        let bring = asks.iter().take_while(|a| a["bring"] == true).count();
        assert!(bring <= 5 && asks.iter().filter(|a| a["bring"] == true).count() == bring);
        assert!(
            !s["crisis_lines"].as_array().unwrap().is_empty(),
            "{}",
            c.file
        );
        // A verdict never comforts while a safety need is a team gap.
        if !s["team"]["safety_gap"].is_null() {
            for p in s["providers"].as_array().unwrap() {
                assert_ne!(p["verdict"], "good_fit", "{}", c.file);
            }
        }
    }
}
