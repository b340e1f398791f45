//! Bounded property tests, the stable-toolchain twins of the fuzz targets (fuzz/): key texts and
//! hand-over files from arbitrary input give a typed error or the right key, never a panic.

use proptest::prelude::*;

use super::*;

/// A real recovery key line, made once (generating one is what creating a vault does).
fn key_line() -> String {
    let dir = tempfile::tempdir().unwrap();
    let (vault, recovery) = new_vault(dir.path());
    vault.lock();
    recovery.expose().expose_secret().to_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_a_recovery_key_or_a_typed_error(text in ".{0,200}") {
        match RecoveryKey::parse(&text) {
            Ok(key) => {
                let exposed = key.expose();
                prop_assert!(exposed.expose_secret().starts_with("AGE-SECRET-KEY-1"));
            }
            Err(e) => prop_assert!(matches!(e, VaultError::InvalidRecoveryKey), "{e:?}"),
        }
    }

    #[test]
    fn any_text_is_a_hand_over_key_or_a_typed_error(text in ".{0,120}") {
        if let Err(e) = leerteam_vault::parse_handover_key(&text) {
            prop_assert!(matches!(e, VaultError::InvalidHandoverKey), "{e:?}");
        }
    }

    #[test]
    fn any_bytes_give_no_work_factor_or_one_from_their_header(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = leerteam_vault::work_factor_of(&bytes);
    }
}

#[test]
fn a_key_typed_in_any_grouping_and_case_reads_as_the_same_key() {
    let line = key_line();
    let tail: String = line.trim_start_matches("AGE-SECRET-KEY-1").to_owned();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig { cases: 200, ..ProptestConfig::default() });
    runner
        .run(&(prop::collection::vec(0usize..6, 64), prop::bool::ANY, ".{0,20}"), |(gaps, lower, comment)| {
            // Spaces at random places, maybe lower case, a comment line before it.
            let mut typed = String::from("AGE-SECRET-KEY-1");
            for (i, c) in tail.chars().enumerate() {
                typed.push(c);
                typed.extend(std::iter::repeat_n(' ', gaps.get(i).copied().unwrap_or(0) % 3));
            }
            let typed = if lower { typed.to_lowercase() } else { typed };
            let text = format!("# {}\n{typed}\n", comment.replace('\n', " "));
            let key = RecoveryKey::parse(&text).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            let exposed = key.expose();
            prop_assert_eq!(exposed.expose_secret(), line.as_str());
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_damaged_or_foreign_hand_over_file_is_a_typed_error_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(dir.path());
    let other = tempfile::tempdir().unwrap();
    let (colleague, _) = new_vault(other.path());
    let sealed = colleague.seal_for(&vault.handover_key(), br#"{"format":"leerteam.case"}"#).unwrap();
    assert!(vault.open_handover(&sealed).is_ok());
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig { cases: 300, ..ProptestConfig::default() });
    let cuts = (0..sealed.len(), any::<u8>(), 0..sealed.len(), prop::bool::ANY);
    runner
        .run(&cuts, |(at, mask, cut, truncate)| {
            let mut damaged = sealed.clone();
            if truncate {
                damaged.truncate(cut);
            } else {
                damaged[at] ^= mask.max(1);
            }
            match vault.open_handover(&damaged) {
                Ok(plain) => prop_assert_eq!(&plain[..], br#"{"format":"leerteam.case"}"#, "a change that age ignores"),
                Err(e) => prop_assert!(
                    matches!(
                        e,
                        VaultError::NotAHandover | VaultError::HandoverForAnotherKey | VaultError::HandoverDamaged
                    ),
                    "{e:?}"
                ),
            }
            Ok(())
        })
        .unwrap();
    let mut random = proptest::test_runner::TestRunner::new(ProptestConfig { cases: 300, ..ProptestConfig::default() });
    random
        .run(&prop::collection::vec(any::<u8>(), 0..600), |bytes| {
            prop_assert!(vault.open_handover(&bytes).is_err());
            Ok(())
        })
        .unwrap();
}
