//! `leerteam vault key`, `vault colleagues`, `case send` and `case receive` (issue #12's names): a
//! case handed from vault A to vault B, opened with the plain `age` CLI too, and bad files refused.

use super::*;

#[test]
fn a_case_sent_from_a_to_b_arrives_and_age_opens_the_file_with_a_key_file() {
    let (a, b) = (Scratch::create(), Scratch::create());
    a.init();
    b.init();
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/cases/rich-case.json");
    let id = a.ok(&["case", "import", s(&a.vault()), fixture]).trim().to_owned();

    let b_key = b.ok(&["vault", "key", s(&b.vault())]);
    assert_eq!(b_key.lines().count(), 1);
    let b_key = b_key.trim();
    assert!(b_key.starts_with("age1"), "{b_key}");
    let listed = a.ok(&["vault", "colleagues", s(&a.vault()), "--add", "Marieke (IC)", "--key", b_key]);
    let fingerprint =
        format!("{}-{}-{}", &b_key[b_key.len() - 12..][..4], &b_key[b_key.len() - 8..][..4], &b_key[b_key.len() - 4..]);
    assert_eq!(listed.trim(), format!("Marieke (IC)\t{fingerprint}\t{b_key}"));

    let file = a.path("casus.leerteam-case");
    a.ok(&["case", "send", s(&a.vault()), &id, "--to", "Marieke (IC)", "--out", s(&file)]);
    // The sender's recovery key opens the file with the age CLI: the case JSON of docs/case-json.md.
    let output = Command::new("age").args(["--decrypt", "-i", s(&a.path("recovery.txt")), s(&file)]).output().unwrap();
    assert!(output.status.success(), "age: {}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!((json["format"].as_str(), json["version"].as_u64()), (Some("leerteam.case"), Some(3)));
    assert_eq!(json["case"]["history"][0]["kind"], "sent");
    assert_eq!(json["case"]["history"][0]["detail"], "Marieke (IC)");

    let new_id = b.ok(&["case", "receive", s(&b.vault()), s(&file)]).trim().to_owned();
    assert_ne!(new_id, id);
    let received: serde_json::Value = serde_json::from_str(&b.export(&new_id)).unwrap();
    let original: serde_json::Value = serde_json::from_str(&a.export(&id)).unwrap();
    assert_eq!(received["case"]["title"], original["case"]["title"]);
    assert_eq!(received["case"]["perspectives"], original["case"]["perspectives"]);
    assert_eq!(received["case"]["history"][1]["kind"], "received");
    assert_eq!(original["case"]["history"][0]["kind"], "sent", "the sender's case records it too");

    // A file for another vault, a cut file, another kind of file: an error, B unchanged.
    let c = Scratch::create();
    c.init();
    let said = c.fails(&["case", "receive", s(&c.vault()), s(&file)]);
    assert!(said.contains("another vault's key"), "{said}");
    let cut = b.path("cut.leerteam-case");
    let bytes = std::fs::read(&file).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() - 40]).unwrap();
    assert!(b.fails(&["case", "receive", s(&b.vault()), s(&cut)]).contains("damaged or incomplete"));
    assert!(b.fails(&["case", "receive", s(&b.vault()), fixture]).contains("not a Leerteam hand-over file"));
    assert_eq!(b.case_count(), 1);
    assert!(a
        .fails(&["vault", "colleagues", s(&a.vault()), "--add", "X", "--key", "age1bad"])
        .contains("not a hand-over key"));
}
