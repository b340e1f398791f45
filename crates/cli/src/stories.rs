//! `leerteam story …`: the learning story of a case as PDF or HTML, its privacy scan, and the
//! vault's story settings. Each export is recorded with the case, as in the app.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::Utc;
use leerteam_desk::StoryFormat;
use leerteam_story::{Decision, Keep, Lang};

use crate::cases::parse_id;
use crate::error::{io, CliError};
use crate::vaults::open;
use crate::PassphraseArgs;

/// Which story to write where: the arguments `story pdf` and `story html` share.
#[derive(clap::Args, Debug)]
pub struct Target {
    dir: PathBuf,
    case_id: String,
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// nl or en.
    #[arg(long, default_value = "nl")]
    lang: String,
    #[command(flatten)]
    pass: PassphraseArgs,
}

pub fn export(target: &Target, keep: Keep, format: StoryFormat, out: &mut dyn Write) -> Result<(), CliError> {
    let id = parse_id(&target.case_id)?;
    let lang = Lang::parse(&target.lang)?;
    let mut desk = open(&target.dir, &target.pass)?;
    let now = Utc::now();
    let (_, written) = desk.export_story(id, lang, format, keep, &target.out, now)?;
    desk.save(now)?;
    writeln!(out, "{written} bytes written").map_err(io("write output"))
}

pub fn scan(
    dir: &Path,
    case_id: &str,
    lang: &str,
    json: bool,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let id = parse_id(case_id)?;
    let lang = Lang::parse(lang)?;
    let findings = open(dir, pass)?.story_findings(id, lang, Utc::now().date_naive())?;
    if json {
        let text = serde_json::to_string_pretty(&findings).map_err(|e| io("write JSON")(e.into()))?;
        return writeln!(out, "{text}").map_err(io("write output"));
    }
    // kind, count, decision, text, replacement, general form: one finding a line.
    for f in findings {
        let decision = match f.choice {
            Decision::Generalise => "generalise",
            // Blame wording without a suggestion: only a person can rewrite it.
            Decision::Keep if f.replacement.is_none() && !f.detail => "hint",
            Decision::Keep => "keep",
            Decision::Replace => "replace",
        };
        let replacement = f.replacement.as_deref().unwrap_or("");
        let general = f.general.as_deref().unwrap_or("");
        writeln!(out, "{}\t{}\t{decision}\t{}\t{replacement}\t{general}", f.kind.as_str(), f.count, f.text)
            .map_err(io("write output"))?;
    }
    Ok(())
}

/// Shows the story settings, after changing what was given.
pub fn settings(
    dir: &Path,
    organisation: Option<String>,
    record_patterns: Vec<String>,
    clear_patterns: bool,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    // Check the patterns before asking for a passphrase.
    for pattern in &record_patterns {
        leerteam_story::compile_record_pattern(pattern)?;
    }
    let mut desk = open(dir, pass)?;
    let mut settings = desk.story_settings()?;
    let changed = organisation.is_some() || !record_patterns.is_empty() || clear_patterns;
    if let Some(organisation) = organisation {
        settings.organisation = organisation;
    }
    if clear_patterns {
        settings.record_patterns.clear();
    }
    settings.record_patterns.extend(record_patterns);
    if changed {
        settings = desk.set_story_settings(settings)?;
        desk.save(Utc::now())?;
    }
    let text = serde_json::to_string_pretty(&settings).map_err(|e| io("write JSON")(e.into()))?;
    writeln!(out, "{text}").map_err(io("write output"))
}
