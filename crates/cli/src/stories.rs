//! `leerteam story …`: the learning story of a case as PDF or HTML, its privacy scan, and the
//! vault's story settings; `leerteam invite`: the invitation letter. Each story export is recorded
//! with the case, as in the app.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::Utc;
use leerteam_desk::{LetterFormat, StoryFormat};
use leerteam_model::{ModelError, Role};
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

/// What `story settings` was asked to change.
pub struct SettingsChange {
    pub organisation: Option<String>,
    pub record_patterns: Vec<String>,
    pub clear_patterns: bool,
    pub letterhead: Option<String>,
    pub support_contact: Option<String>,
}

/// Shows the story settings, after changing what was given.
pub fn settings(
    dir: &Path,
    change: SettingsChange,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    // Check the patterns before asking for a passphrase.
    for pattern in &change.record_patterns {
        leerteam_story::compile_record_pattern(pattern)?;
    }
    let mut desk = open(dir, pass)?;
    let mut settings = desk.story_settings()?;
    let changed = change.organisation.is_some()
        || !change.record_patterns.is_empty()
        || change.clear_patterns
        || change.letterhead.is_some()
        || change.support_contact.is_some();
    if let Some(organisation) = change.organisation {
        settings.organisation = organisation;
    }
    if change.clear_patterns {
        settings.record_patterns.clear();
    }
    settings.record_patterns.extend(change.record_patterns);
    if let Some(letterhead) = change.letterhead {
        settings.letterhead = letterhead;
    }
    if let Some(contact) = change.support_contact {
        settings.support_contact = contact;
    }
    if changed {
        settings = desk.set_story_settings(settings)?;
        desk.save(Utc::now())?;
    }
    let text = serde_json::to_string_pretty(&settings).map_err(|e| io("write JSON")(e.into()))?;
    writeln!(out, "{text}").map_err(io("write output"))
}

/// Writes the invitation for one role: a PDF, or plain text when the file ends in `.txt`.
pub fn invite(
    dir: &Path,
    case_id: &str,
    role: &str,
    file: &Path,
    lang: &str,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    // Check the arguments before asking for a passphrase.
    let id = parse_id(case_id)?;
    let role: Role = role.parse().map_err(ModelError::from)?;
    let lang = Lang::parse(lang)?;
    let extension = file.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let format = match extension.as_deref() {
        Some("pdf") => LetterFormat::Pdf,
        Some("txt") => LetterFormat::Text,
        _ => return Err(CliError::Usage("the invitation's file must end in .pdf or .txt".into())),
    };
    let written = open(dir, pass)?.export_invitation(id, role, lang, format, file, Utc::now())?;
    writeln!(out, "{written} bytes written").map_err(io("write output"))
}
