use super::*;

#[test]
fn spanish_command_words_work_with_or_without_accents_and_english_still_does() {
    use crate::core::words::ES;
    for (typed, want) in [
        ("atrás", Reply::Back),
        ("ATRAS", Reply::Back),
        ("back", Reply::Back),
        ("saltar", Reply::Skip),
        ("Ayuda", Reply::Help),
        ("?", Reply::Help),
        ("salir", Reply::Quit),
        ("imprimir", Reply::Print),
        ("abrir", Reply::Open),
        ("parar", Reply::Stop),
        ("titulos", Reply::Roles(None)),
        ("roles psicóloga", Reply::Roles(Some("psicóloga".into()))),
    ] {
        assert_eq!(command_in(&ES, typed), Some(want), "{typed}");
    }
    // Spanish words are not commands in English, nor with words after them.
    assert_eq!(command("atrás"), None);
    assert_eq!(command_in(&ES, "salir ahora"), None);
    let es = Bank::embedded_in(crate::core::lang::Lang::Es).unwrap();
    let q = es.questions.iter().find(|q| q.kind == Kind::Multi).unwrap();
    assert_eq!(
        parse(&es, q, "ninguna").unwrap(),
        Reply::Answer(Answer::Many(Vec::new()))
    );
}

fn bank() -> Bank {
    Bank::embedded().expect("the built-in bank loads")
}

fn first(bank: &Bank, kind: Kind) -> &Question {
    bank.questions
        .iter()
        .find(|q| q.kind == kind)
        .expect("the bank has a question of this kind")
}

#[test]
fn commands_work_in_any_case_and_roles_takes_a_title() {
    assert_eq!(command(" BACK "), Some(Reply::Back));
    assert_eq!(command("Skip"), Some(Reply::Skip));
    assert_eq!(command("?"), Some(Reply::Help));
    assert_eq!(command("quit"), Some(Reply::Quit));
    assert_eq!(command("roles"), Some(Reply::Roles(None)));
    assert_eq!(
        command("roles  skills trainer "),
        Some(Reply::Roles(Some("skills trainer".to_string())))
    );
    assert_eq!(command("back please"), None);
    assert_eq!(command("backwards"), None);
}

#[test]
fn a_choice_is_picked_by_number_words_id_or_unique_start() {
    let names = [("yes", "Yes"), ("no", "No"), ("not_sure", "Not sure")];
    assert_eq!(choose(&names, 1, "2", "how"), Ok(1));
    assert_eq!(
        choose(&names, 1, "NO", "how"),
        Ok(1),
        "whole text beats a start"
    );
    assert_eq!(choose(&names, 1, "not_sure", "how"), Ok(2));
    assert_eq!(choose(&names, 1, "not s", "how"), Ok(2));
    assert_eq!(choose(&names, 1, "y", "how"), Ok(0));
    let e = choose(&names, 1, "n", "how").unwrap_err().to_string();
    assert!(e.contains("2 (No)") && e.contains("3 (Not sure)"), "{e}");
    let e = choose(&names, 1, "4", "how").unwrap_err();
    assert!(matches!(e, NotUnderstood::NoOption { n: 4, .. }), "{e}");
    let e = e.to_string();
    assert!(e.contains("no option 4"), "{e}");
    let e = choose(&names, 1, "maybe", "HOW").unwrap_err().to_string();
    assert!(e.contains("maybe") && e.ends_with("HOW"), "{e}");
    assert_eq!(choose(&names, 0, "0", "how"), Ok(0));
}

#[test]
fn each_kind_of_question_reads_its_answer() {
    let bank = bank();
    let single = first(&bank, Kind::Single);
    let last = single.options.len();
    assert_eq!(
        parse(&bank, single, &last.to_string()),
        Ok(Reply::Answer(Answer::One(
            single.options[last - 1].id.clone()
        )))
    );
    assert_eq!(
        parse(&bank, single, &single.options[0].text.to_uppercase()),
        Ok(Reply::Answer(Answer::One(single.options[0].id.clone())))
    );
    let level = first(&bank, Kind::Level);
    assert_eq!(
        parse(&bank, level, "3"),
        Ok(Reply::Answer(Answer::Level(3)))
    );
    assert_eq!(
        parse(&bank, level, &bank.meta.levels[2].label),
        Ok(Reply::Answer(Answer::Level(2)))
    );
    assert!(parse(&bank, level, "4").is_err());
    let title = first(&bank, Kind::Title);
    assert_eq!(
        parse(&bank, title, "  a title  "),
        Ok(Reply::Answer(Answer::One("a title".to_string())))
    );
    assert_eq!(parse(&bank, title, "   "), Ok(Reply::Keep));
}

#[test]
fn multiple_choice_takes_numbers_words_and_none() {
    let bank = bank();
    let q = first(&bank, Kind::Multi);
    let ids = |v: &[usize]| -> Vec<String> { v.iter().map(|&i| q.options[i].id.clone()).collect() };
    let all = (0..q.options.len()).collect::<Vec<_>>();
    let numbers: Vec<String> = (1..=q.options.len()).map(|n| n.to_string()).collect();
    assert_eq!(
        parse(&bank, q, &numbers.join(", ")),
        Ok(Reply::Answer(Answer::Many(ids(&all))))
    );
    assert_eq!(
        parse(&bank, q, &numbers.join(" ")),
        Ok(Reply::Answer(Answer::Many(ids(&all))))
    );
    let texts: Vec<&str> = q.options.iter().rev().map(|o| o.text.as_str()).collect();
    assert_eq!(
        parse(&bank, q, &texts.join(",")),
        Ok(Reply::Answer(Answer::Many(ids(&all)))),
        "kept in the bank's order"
    );
    assert_eq!(
        parse(&bank, q, "1, 1"),
        Ok(Reply::Answer(Answer::Many(ids(&[0]))))
    );
    let comma = Question {
        options: vec![
            crate::core::bank::Choice {
                id: "skills".to_string(),
                text: "Coaching skills, like routines".to_string(),
                ..q.options[0].clone()
            },
            crate::core::bank::Choice {
                id: "talk".to_string(),
                text: "Someone to talk to".to_string(),
                ..q.options[0].clone()
            },
        ],
        ..q.clone()
    };
    let both = Answer::Many(vec!["skills".to_string(), "talk".to_string()]);
    assert_eq!(
        parse(
            &bank,
            &comma,
            "someone to talk to, coaching skills, like routines"
        ),
        Ok(Reply::Answer(both.clone())),
        "an option's text may hold a comma"
    );
    assert_eq!(
        parse(&bank, &comma, "coaching, someone"),
        Ok(Reply::Answer(both))
    );
    if !q
        .options
        .iter()
        .any(|o| normalize(&o.text).starts_with("none"))
    {
        assert_eq!(
            parse(&bank, q, "None"),
            Ok(Reply::Answer(Answer::Many(Vec::new())))
        );
    }
    let e = parse(&bank, q, &format!("1 {}", q.options.len() + 1))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains(&format!("no option {}", q.options.len() + 1)),
        "{e}"
    );
    assert!(parse(&bank, q, " , ").is_err());
}
