//! Random edits of a valid case, saved one after another: each is either stored and read back
//! exactly, or refused with the field's path and the stored case left as it was. Never does a
//! stored case break a rule.

use proptest::prelude::*;

use super::*;

#[derive(Debug, Clone)]
enum Edit {
    Title(String),
    Status(usize, ExperimentStatus),
    AddCriterion(usize, CriterionKind),
    DropCriterion(usize),
    ReviewOn(usize, i64),
    SessionOn(usize, i64),
    AddExperiment(ExperimentStatus),
    DropExperiment(usize),
}

fn status() -> impl Strategy<Value = ExperimentStatus> {
    prop::sample::select(ExperimentStatus::ALL.to_vec())
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        "[a-zA-Zé ]{0,12}".prop_map(Edit::Title),
        (0..6usize, status()).prop_map(|(i, s)| Edit::Status(i, s)),
        (0..6usize, prop::sample::select(CriterionKind::ALL.to_vec())).prop_map(|(i, k)| Edit::AddCriterion(i, k)),
        (0..6usize).prop_map(Edit::DropCriterion),
        (0..6usize, -40..40i64).prop_map(|(i, d)| Edit::ReviewOn(i, d)),
        (0..4usize, -20..20i64).prop_map(|(i, d)| Edit::SessionOn(i, d)),
        status().prop_map(Edit::AddExperiment),
        (0..6usize).prop_map(Edit::DropExperiment),
    ]
}

fn apply(case: &mut Case, edit: &Edit) {
    let today = sample_today();
    let next_criterion = case.experiments.iter().flat_map(|x| &x.criteria).map(|c| c.id).max().unwrap_or(0) + 1;
    let next_experiment = case.experiments.iter().map(|x| x.id).max().unwrap_or(0) + 1;
    let n = case.experiments.len();
    match edit.clone() {
        Edit::Title(title) => case.title = title,
        Edit::Status(i, s) if i < n => case.experiments[i].status = s,
        Edit::AddCriterion(i, kind) if i < n => {
            case.experiments[i].criteria.push(Criterion { id: next_criterion, kind, text: "meetbaar".into() })
        }
        Edit::DropCriterion(i) if i < n => {
            case.experiments[i].criteria.pop();
        }
        Edit::ReviewOn(i, days) if i < n => case.experiments[i].review_on = Some(today + TimeDelta::days(days)),
        Edit::SessionOn(i, days) if i < case.sessions.len() => {
            case.sessions[i].held_on = Some(today + TimeDelta::days(days))
        }
        Edit::AddExperiment(status) => {
            let mut x = case.experiments.first().cloned().unwrap_or_else(|| base().experiments[0].clone());
            (x.id, x.status, x.criteria, x.check_ins) = (next_experiment, status, Vec::new(), Vec::new());
            case.experiments.push(x);
        }
        Edit::DropExperiment(i) if i < n => {
            case.experiments.remove(i);
        }
        _ => {}
    }
}

fn base() -> Case {
    sample_case(id(1), 3, now())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_edits_are_stored_exactly_or_refused_with_a_path(edits in prop::collection::vec(edit(), 1..12)) {
        let mut conn = db();
        insert_case(&mut conn, &base(), sample_today()).unwrap();
        let mut at = now();
        for edit in &edits {
            at += TimeDelta::minutes(1);
            let before = load_case(&conn, id(1)).unwrap();
            let mut edited = before.clone();
            apply(&mut edited, edit);
            match save_case(&mut conn, &edited, at) {
                Ok(saved) => {
                    let loaded = load_case(&conn, id(1)).unwrap();
                    prop_assert_eq!(&loaded, &saved, "read back exactly after {:?}", edit);
                    prop_assert_eq!(loaded.updated_at, at);
                }
                Err(ModelError::Invalid(findings)) => {
                    let errors: Vec<_> = findings.iter().filter(|f| f.severity == Severity::Error).collect();
                    prop_assert!(!errors.is_empty());
                    prop_assert!(errors.iter().all(|f| !f.path.is_empty()), "{:?}", errors);
                    prop_assert_eq!(&load_case(&conn, id(1)).unwrap(), &before, "refused {:?} changed nothing", edit);
                }
                Err(other) => prop_assert!(false, "unexpected {:?}", other),
            }
            let stored = load_case(&conn, id(1)).unwrap();
            let broken: Vec<_> = check(&stored, at.date_naive()).into_iter().filter(|f| f.severity == Severity::Error).collect();
            prop_assert!(broken.is_empty(), "stored case breaks {:?}", broken);
        }
    }
}
