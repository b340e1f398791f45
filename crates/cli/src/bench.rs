//! `leerteam bench`: saves, unlock and serialization measured on generated vaults of realistic cases.
//!
//! Every save is compared with a floor measured in the same run: age encryption of the same database
//! image to the same recipients plus one fsync'd write of the ciphertext. Figures are medians.

use std::fs::File;
use std::io::Write;
use std::time::{Duration, Instant};

use chrono::{TimeDelta, TimeZone, Utc};
use leerteam_vault::{SecretString, Vault};
use uuid::Uuid;

use crate::error::{io, CliError};

#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    /// One JSON object a line: {"name", "value", "unit"[, "ratio"]}.
    #[arg(long)]
    json: bool,
    /// Vault sizes to build, in cases.
    #[arg(long, value_delimiter = ',', default_values_t = [10, 200, 1000])]
    sizes: Vec<usize>,
    /// Repetitions of each measurement; the median is reported.
    #[arg(long, default_value_t = 9)]
    rounds: usize,
    /// scrypt work factor of the bench vaults' passphrase.
    #[arg(long, default_value_t = leerteam_vault::DEFAULT_WORK_FACTOR)]
    work_factor: u8,
}

struct Figure {
    name: String,
    value: f64,
    unit: &'static str,
    ratio: Option<f64>,
}

impl Figure {
    fn new(name: impl Into<String>, value: f64, unit: &'static str) -> Self {
        Figure { name: name.into(), value, unit, ratio: None }
    }
}

pub fn run(args: &BenchArgs, out: &mut dyn Write) -> Result<(), CliError> {
    if args.rounds == 0 || args.sizes.is_empty() {
        return Err(CliError::Usage("--rounds and --sizes need at least one".into()));
    }
    let mut saves = Vec::new();
    for &size in &args.sizes {
        let figures = measure_vault(size, args)?;
        if let Some(save) = figures.iter().find(|f| f.name.starts_with("save_ms")) {
            saves.push((size, save.value));
        }
        for figure in &figures {
            print(out, figure, args.json)?;
        }
    }
    // Growth: time per case relative to the smallest vault; 1.0 is perfectly linear.
    if let Some(&(base_size, base_ms)) = saves.first() {
        for &(size, ms) in &saves[1..] {
            let per_case = (ms / size as f64) / (base_ms / base_size as f64);
            print(out, &Figure::new(format!("save_per_case_vs_{base_size}.{size}"), per_case, "ratio"), args.json)?;
        }
    }
    Ok(())
}

fn measure_vault(size: usize, args: &BenchArgs) -> Result<Vec<Figure>, CliError> {
    let dir = tempfile::Builder::new().prefix("leerteam-bench").tempdir().map_err(io("create a bench folder"))?;
    let vault_dir = dir.path().join("vault");
    let passphrase = SecretString::from("bench passphrase".to_owned());
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).single().unwrap_or_default();
    let (mut vault, _) = Vault::create(&vault_dir, &passphrase, args.work_factor, now)?;
    leerteam_model::migrate(vault.db_mut())?;
    let today = now.date_naive();
    for n in 0..size {
        let case = leerteam_model::sample_case(Uuid::from_u128(n as u128 + 1), n as u64, now);
        leerteam_model::insert_case(vault.db_mut(), &case, today)?;
    }
    vault.save(now)?;

    let serialize = median(args.rounds, || {
        let start = Instant::now();
        let image = vault.image()?;
        let elapsed = start.elapsed();
        drop(image);
        Ok(elapsed)
    })?;
    let mut tick = 0;
    let save = median(args.rounds, || {
        tick += 1;
        let at = now + TimeDelta::seconds(tick);
        vault
            .db()
            .execute("UPDATE case_file SET updated_at = ?1 WHERE rowid = 1", [at.to_rfc3339()])
            .map_err(leerteam_vault::VaultError::from)?;
        let start = Instant::now();
        vault.save(at)?;
        Ok(start.elapsed())
    })?;
    // The workspace's backend work, without the disk: open a case (with its open items), and store
    // an edit of it. Switching phases calls no command at all. The vault write follows in the
    // background (save_ms above).
    let target = Uuid::from_u128(size as u128 / 2 + 1);
    let open_case = median(args.rounds, || {
        let start = Instant::now();
        let case = leerteam_model::load_case(vault.db(), target)?;
        std::hint::black_box((leerteam_model::open_items(&case, today), leerteam_model::suggested_phase(&case)));
        Ok(start.elapsed())
    })?;
    let mut edited = leerteam_model::load_case(vault.db(), target)?;
    let edit = median(args.rounds, || {
        tick += 1;
        edited.story.text.push_str(" Aangevuld.");
        let start = Instant::now();
        let saved = leerteam_model::save_case(vault.db_mut(), &edited, now + TimeDelta::seconds(tick))?;
        std::hint::black_box(leerteam_model::open_items(&saved, today));
        Ok(start.elapsed())
    })?;
    let list = median(args.rounds, || {
        let start = Instant::now();
        std::hint::black_box(leerteam_model::list_cases(vault.db(), today)?);
        Ok(start.elapsed())
    })?;
    // The follow-up board: the experiments still followed read from the vault, then the board.
    let board = median(args.rounds, || {
        let start = Instant::now();
        let followed = leerteam_model::load_followed(vault.db())?;
        std::hint::black_box(leerteam_followup::board(&followed, today, leerteam_followup::BoardFilter::All));
        Ok(start.elapsed())
    })?;

    let image = vault.image()?;
    let recipients = vault.recipients();
    let floor_path = dir.path().join("floor.age");
    let floor = median(args.rounds, || {
        let start = Instant::now();
        let mut ciphertext = Vec::with_capacity(image.len() + 4096);
        leerteam_vault::encrypt_to(&mut ciphertext, &recipients, &image).map_err(io("encrypt"))?;
        let mut file = File::create(&floor_path).map_err(io("write the floor file"))?;
        file.write_all(&ciphertext).map_err(io("write the floor file"))?;
        file.sync_all().map_err(io("write the floor file"))?;
        Ok(start.elapsed())
    })?;
    let file_size =
        std::fs::metadata(vault_dir.join(leerteam_vault::VAULT_FILE)).map_err(io("read the vault size"))?.len();
    let image_size = image.len();
    drop(image);
    vault.lock();

    // scrypt dominates unlocking and varies by ±10% run to run, more than the rest of the unlock
    // costs. So the overhead is measured apart, with the key file re-encrypted at the lowest work
    // factor, where scrypt takes about a millisecond and the remainder is the vault's own work.
    let unlock_rounds = args.rounds.min(3);
    let unlock = median(unlock_rounds, || time_unlock(&vault_dir, &passphrase))?;
    let kdf = median(unlock_rounds, || time_kdf(&vault_dir, &passphrase))?;
    let mut reopened = Vault::unlock(&vault_dir, &passphrase)?;
    reopened.change_passphrase(&passphrase, leerteam_vault::MIN_WORK_FACTOR)?;
    reopened.lock();
    let light_unlock = median(args.rounds, || time_unlock(&vault_dir, &passphrase))?;
    let light_kdf = median(args.rounds, || time_kdf(&vault_dir, &passphrase))?;

    let mut save_figure = Figure::new(format!("save_ms.{size}"), ms(save), "ms");
    save_figure.ratio = Some(save.as_secs_f64() / floor.as_secs_f64());
    Ok(vec![
        save_figure,
        Figure::new(format!("save_floor_ms.{size}"), ms(floor), "ms"),
        Figure::new(format!("case_open_ms.{size}"), ms(open_case), "ms"),
        Figure::new(format!("case_edit_ms.{size}"), ms(edit), "ms"),
        Figure::new(format!("case_list_ms.{size}"), ms(list), "ms"),
        Figure::new(format!("followup_board_ms.{size}"), ms(board), "ms"),
        Figure::new(format!("serialize_ms.{size}"), ms(serialize), "ms"),
        Figure::new(format!("vault_file_bytes.{size}"), file_size as f64, "bytes"),
        Figure::new(format!("database_bytes.{size}"), image_size as f64, "bytes"),
        Figure::new(format!("unlock_ms.{size}"), ms(unlock), "ms"),
        Figure::new(format!("unlock_kdf_ms.{size}"), ms(kdf), "ms"),
        Figure::new(format!("unlock_overhead_ms.{size}"), ms(light_unlock.saturating_sub(light_kdf)), "ms"),
    ])
}

fn time_unlock(dir: &std::path::Path, passphrase: &SecretString) -> Result<Duration, CliError> {
    let start = Instant::now();
    let mut vault = Vault::unlock(dir, passphrase)?;
    leerteam_model::migrate(vault.db_mut())?;
    Ok(start.elapsed())
}

fn time_kdf(dir: &std::path::Path, passphrase: &SecretString) -> Result<Duration, CliError> {
    let start = Instant::now();
    leerteam_vault::open_key_file(dir, passphrase)?;
    Ok(start.elapsed())
}

fn median(rounds: usize, mut measure: impl FnMut() -> Result<Duration, CliError>) -> Result<Duration, CliError> {
    let mut times = (0..rounds).map(|_| measure()).collect::<Result<Vec<_>, _>>()?;
    times.sort();
    Ok(times[times.len() / 2])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn print(out: &mut dyn Write, figure: &Figure, json: bool) -> Result<(), CliError> {
    let line = if json {
        let mut object = serde_json::json!({ "name": figure.name, "value": round3(figure.value), "unit": figure.unit });
        if let Some(ratio) = figure.ratio {
            object["ratio"] = serde_json::json!(round3(ratio));
        }
        object.to_string()
    } else {
        let ratio = figure.ratio.map(|r| format!("  ({r:.2}× floor)")).unwrap_or_default();
        format!("{:<34} {:>14.3} {}{ratio}", figure.name, figure.value, figure.unit)
    };
    writeln!(out, "{line}").map_err(io("write output"))
}

fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

#[derive(clap::Args, Debug)]
pub struct StoryBenchArgs {
    /// Where to write the reference story as PDF and HTML (for the comparison with Chromium).
    #[arg(long, value_name = "DIR")]
    out: std::path::PathBuf,
    /// Generated cases to pick the richest from (the 200-case vault of `leerteam bench`).
    #[arg(long, default_value_t = 200)]
    cases: usize,
    #[arg(long, default_value_t = 9)]
    rounds: usize,
    #[arg(long)]
    json: bool,
}

/// The learning story of the reference case, the richest of the generated vault: scan, HTML, PDF.
pub fn story(args: &StoryBenchArgs, out: &mut dyn Write) -> Result<(), CliError> {
    if args.rounds == 0 || args.cases == 0 {
        return Err(CliError::Usage("--rounds and --cases need at least one".into()));
    }
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).single().unwrap_or_default();
    let today = now.date_naive();
    let case = (0..args.cases)
        .map(|n| leerteam_model::sample_case(Uuid::from_u128(n as u128 + 1), n as u64, now))
        .max_by_key(|c| leerteam_model::to_json(c).len())
        .ok_or_else(|| CliError::Usage("no cases".into()))?;
    let settings = leerteam_model::StorySettings {
        organisation: "Ziekenhuis Zuid".into(),
        record_patterns: vec![],
        ..Default::default()
    };
    let lang = leerteam_story::Lang::Nl;
    let keep = leerteam_story::Keep::AsDecided;

    let scan = median(args.rounds, || {
        let start = Instant::now();
        leerteam_story::review(&case, &settings, lang, today)?;
        Ok(start.elapsed())
    })?;
    let html = median(args.rounds, || {
        let start = Instant::now();
        leerteam_story::to_html(&leerteam_story::prepare(&case, &settings, lang, today, keep)?.document);
        Ok(start.elapsed())
    })?;
    let mut pdf_bytes = Vec::new();
    let pdf = median(args.rounds, || {
        let start = Instant::now();
        pdf_bytes =
            leerteam_story::to_pdf(&leerteam_story::prepare(&case, &settings, lang, today, keep)?.document, now)?;
        Ok(start.elapsed())
    })?;

    std::fs::create_dir_all(&args.out).map_err(io("create the output folder"))?;
    let document = leerteam_story::prepare(&case, &settings, lang, today, keep)?.document;
    leerteam_vault::write_export(
        &args.out.join("reference-story.html"),
        leerteam_story::to_html(&document).as_bytes(),
    )?;
    leerteam_vault::write_export(&args.out.join("reference-story.pdf"), &pdf_bytes)?;
    for figure in [
        Figure::new("story_reference_case_json_kb", leerteam_model::to_json(&case).len() as f64 / 1024.0, "KiB"),
        Figure::new("story_scan_ms", ms(scan), "ms"),
        Figure::new("story_html_ms", ms(html), "ms"),
        Figure::new("story_pdf_ms", ms(pdf), "ms"),
        Figure::new("story_pdf_kb", pdf_bytes.len() as f64 / 1024.0, "KiB"),
    ] {
        print(out, &figure, args.json)?;
    }
    Ok(())
}
