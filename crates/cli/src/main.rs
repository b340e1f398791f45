//! `leerteam`: the vault and its cases from the command line. Same core functions as the app.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

mod bench;
mod cases;
mod error;
mod evaluate;
mod followups;
mod handovers;
mod secret;
mod stories;
mod trainings;
mod vaults;

use error::CliError;
use leerteam_desk::StoryFormat as Format;
use leerteam_story::Keep;

#[derive(Parser)]
#[command(name = "leerteam", version, about = "Leerteam: Learning Team cases in an encrypted vault")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create, check and maintain a vault.
    #[command(subcommand)]
    Vault(VaultCommand),
    /// Add, list, export and import cases.
    #[command(subcommand)]
    Case(CaseCommand),
    /// The learning story of a case: PDF, HTML, privacy scan, settings.
    #[command(subcommand)]
    Story(StoryCommand),
    /// What is due across the cases: the follow-up board.
    #[command(subcommand)]
    Followup(FollowupCommand),
    /// Write a calendar file (.ics) of one case's sessions and reviews, or of every open review.
    Calendar {
        dir: PathBuf,
        /// The case; without it, every open review of the active cases.
        case_id: Option<String>,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, default_value = "nl")]
        lang: String,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Write the experiments as an action list for the hospital's systems: one case's, or every
    /// experiment on the follow-up board. XLSX or CSV by FILE's ending; no names in it.
    ExportActions {
        dir: PathBuf,
        /// The case; without it, every experiment still followed in the active cases.
        case_id: Option<String>,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// For a .csv: ";" and a byte order mark, as Excel with Dutch settings opens it.
        #[arg(long)]
        dutch_excel: bool,
        #[arg(long, default_value = "nl")]
        lang: String,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Write the invitation letter for one participant role: a PDF, or plain text for an e-mail
    /// when FILE ends in .txt. The names of participants are never in it.
    Invite {
        dir: PathBuf,
        case_id: String,
        /// patient_client, family, nurse, physician, manager, paramedic, pharmacist, support, other.
        #[arg(long)]
        role: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, default_value = "nl")]
        lang: String,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Training: a practice pack as a practice case, its role cards, groups of trainees.
    #[command(subcommand)]
    Training(TrainingCommand),
    /// Measure saves, unlock and serialization on generated vaults.
    Bench(bench::BenchArgs),
}

#[derive(Subcommand)]
enum TrainingCommand {
    /// Import a practice pack (docs/practice-pack.md) as a practice case, fictional and marked so;
    /// without FILE, the built-in pack. Prints the new case id as its last line.
    Pack {
        dir: PathBuf,
        file: Option<PathBuf>,
        /// The language of the built-in pack.
        #[arg(long, default_value = "nl")]
        lang: String,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Write the role cards of a practice case as a PDF: one card a page, its own part below a fold.
    Cards {
        dir: PathBuf,
        case_id: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, default_value = "nl")]
        lang: String,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Write the observers' sheets as a PDF: one group a page, who takes which card, the checklist,
    /// and the plenary questions.
    Sheets {
        dir: PathBuf,
        case_id: String,
        #[arg(long)]
        trainees: u32,
        /// The round (1, 2, …): the one who facilitates moves one place each round.
        #[arg(long, default_value_t = 1)]
        round: u32,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, default_value = "nl")]
        lang: String,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// How N trainees split into groups of 4 to 6: one line a group, its number and its trainees.
    Groups { trainees: u32 },
}

#[derive(Subcommand)]
enum FollowupCommand {
    /// Every experiment still being followed in the active cases, overdue first: case, experiment,
    /// status, next review, days overdue, action.
    List {
        dir: PathBuf,
        #[arg(long, value_enum, default_value = "all")]
        show: followups::Show,
        /// Only those without a check-in for this many weeks.
        #[arg(long, value_name = "WEEKS")]
        quiet: Option<u32>,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
}

/// Where the passphrase comes from when `LEERTEAM_PASSPHRASE` is not set and there is no terminal.
#[derive(Args, Clone, Debug, Default)]
pub struct PassphraseArgs {
    /// Read the passphrase from this file (its first line).
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

#[derive(Subcommand)]
enum VaultCommand {
    /// Create a new vault in DIR and show its recovery key once.
    Init {
        dir: PathBuf,
        /// scrypt work factor of the passphrase (10-20).
        #[arg(long, default_value_t = leerteam_vault::DEFAULT_WORK_FACTOR)]
        work_factor: u8,
        /// Write the recovery key to this new file instead of showing it.
        #[arg(long, value_name = "FILE")]
        recovery_key_out: Option<PathBuf>,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Open the vault and print one line: generation, number of cases, last saved (UTC).
    Verify {
        dir: PathBuf,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Set a new passphrase (from LEERTEAM_NEW_PASSPHRASE or a prompt).
    Passwd {
        dir: PathBuf,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Open the vault with the recovery key and set a new passphrase.
    Recover {
        dir: PathBuf,
        #[arg(long, value_name = "FILE")]
        recovery_key: PathBuf,
    },
    /// Write the recovery sheet (PDF: the key in groups and as a QR code, how to use it) to a new
    /// file. With --recovery-key, of that key; without, of a new recovery key that replaces the old.
    Sheet {
        dir: PathBuf,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The recovery key file to print; it must open this vault.
        #[arg(long, value_name = "FILE")]
        recovery_key: Option<PathBuf>,
        #[arg(long, default_value = "nl")]
        lang: String,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// List the encrypted backups, newest first.
    Backups { dir: PathBuf },
    /// Print this vault's hand-over key (age1…) on one line: give it to a colleague.
    Key {
        dir: PathBuf,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// List colleagues' hand-over keys (label, fingerprint, key), after adding or removing one.
    Colleagues {
        dir: PathBuf,
        /// Keep a colleague's key under this label (with --key).
        #[arg(long, requires = "key")]
        add: Option<String>,
        /// The colleague's hand-over key, age1…
        #[arg(long, requires = "add")]
        key: Option<String>,
        #[arg(long)]
        remove: Option<String>,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Bring back a backup; the current state becomes a backup itself.
    Restore {
        dir: PathBuf,
        backup: String,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
}

#[derive(Subcommand)]
enum CaseCommand {
    /// Add a case and print its id.
    Add {
        dir: PathBuf,
        #[arg(long)]
        kind: String,
        #[arg(long)]
        title: String,
        #[arg(long, default_value = "")]
        ward: String,
        /// The day of the event, YYYY-MM-DD.
        #[arg(long)]
        event_date: Option<String>,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// List the cases, most recently changed first.
    List {
        dir: PathBuf,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Print one case with everything under it as JSON (docs/case-json.md).
    Export {
        dir: PathBuf,
        case_id: String,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Add COUNT generated example cases (Dutch text, every phase filled in): for training and demos.
    Samples {
        dir: PathBuf,
        #[arg(long, default_value_t = 3)]
        count: usize,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Hand a case to a colleague: one file encrypted to their hand-over key and to this vault's
    /// (`age --decrypt -i KEYFILE` gives the case JSON). The sessions' raw notes only with --with-notes.
    Send {
        dir: PathBuf,
        case_id: String,
        /// A colleague's label (see `vault colleagues`) or a hand-over key, age1…
        #[arg(long, value_name = "LABEL_OR_AGE_RECIPIENT")]
        to: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long)]
        with_notes: bool,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Add the case of a hand-over file as a new case (never merged) and print its id.
    Receive {
        dir: PathBuf,
        file: PathBuf,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Import a case from a JSON file ("-" for standard input) and print its new id.
    Import {
        dir: PathBuf,
        file: PathBuf,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
}

#[derive(Subcommand)]
enum StoryCommand {
    /// Write the learning story as a PDF, with the privacy replacements applied.
    Pdf {
        #[command(flatten)]
        target: stories::Target,
        /// Replace nothing: names and identifiers stay as written.
        #[arg(long)]
        keep_identifiers: bool,
    },
    /// Write the learning story as HTML, with the privacy replacements applied.
    Html {
        #[command(flatten)]
        target: stories::Target,
    },
    /// List what the privacy scan finds in the story: kind, count, decision, text, replacement.
    Scan {
        dir: PathBuf,
        case_id: String,
        #[arg(long, default_value = "nl")]
        lang: String,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
    /// Measure the story of the richest generated case (scan, HTML, PDF) and write it to --out.
    Bench(bench::StoryBenchArgs),
    /// Score the privacy scan on labelled evaluation files, and beside another tool's spans.
    Evaluate(evaluate::EvaluateArgs),
    /// Show or change the vault's settings for stories and letters: organisation, patient/record
    /// number patterns, the letterhead and support contact of invitations.
    Settings {
        dir: PathBuf,
        #[arg(long)]
        organisation: Option<String>,
        /// A regular expression for this hospital's record numbers (repeatable).
        #[arg(long = "record-pattern", value_name = "REGEX")]
        record_patterns: Vec<String>,
        #[arg(long)]
        clear_patterns: bool,
        /// The sender printed at the top of an invitation, one line.
        #[arg(long)]
        letterhead: Option<String>,
        /// Who involved staff can turn to (peer support), printed in invitations.
        #[arg(long)]
        support_contact: Option<String>,
        #[command(flatten)]
        pass: PassphraseArgs,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = std::io::stdout().lock();
    match run(cli.command, &mut out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let _ = out.flush();
            eprintln!("leerteam: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}

fn run(command: Command, out: &mut dyn Write) -> Result<(), CliError> {
    match command {
        Command::Vault(VaultCommand::Init { dir, work_factor, recovery_key_out, pass }) => {
            vaults::init(&dir, work_factor, recovery_key_out.as_deref(), &pass, out)
        }
        Command::Vault(VaultCommand::Verify { dir, pass }) => vaults::verify(&dir, &pass, out),
        Command::Vault(VaultCommand::Passwd { dir, pass }) => vaults::passwd(&dir, &pass, out),
        Command::Vault(VaultCommand::Recover { dir, recovery_key }) => vaults::recover(&dir, &recovery_key, out),
        Command::Vault(VaultCommand::Backups { dir }) => vaults::backups(&dir, out),
        Command::Vault(VaultCommand::Sheet { dir, out: file, recovery_key, lang, pass }) => {
            vaults::sheet(&dir, &file, recovery_key.as_deref(), &lang, &pass, out)
        }
        Command::Vault(VaultCommand::Restore { dir, backup, pass }) => vaults::restore(&dir, &backup, &pass, out),
        Command::Vault(VaultCommand::Key { dir, pass }) => handovers::key(&dir, &pass, out),
        Command::Vault(VaultCommand::Colleagues { dir, add, key, remove, pass }) => {
            let add = add.as_deref().zip(key.as_deref());
            handovers::colleagues(&dir, add, remove.as_deref(), &pass, out)
        }
        Command::Case(CaseCommand::Send { dir, case_id, to, out: file, with_notes, pass }) => {
            handovers::send(&dir, &case_id, &to, &file, with_notes, &pass, out)
        }
        Command::Case(CaseCommand::Receive { dir, file, pass }) => handovers::receive(&dir, &file, &pass, out),
        Command::Case(CaseCommand::Add { dir, kind, title, ward, event_date, pass }) => {
            cases::add(&dir, &kind, title, ward, event_date.as_deref(), &pass, out)
        }
        Command::Case(CaseCommand::List { dir, json, pass }) => cases::list(&dir, json, &pass, out),
        Command::Case(CaseCommand::Export { dir, case_id, pass }) => cases::export(&dir, &case_id, &pass, out),
        Command::Case(CaseCommand::Import { dir, file, pass }) => cases::import(&dir, &file, &pass, out),
        Command::Case(CaseCommand::Samples { dir, count, pass }) => cases::samples(&dir, count, &pass, out),
        Command::Story(StoryCommand::Pdf { target, keep_identifiers }) => {
            let keep = if keep_identifiers { Keep::Everything } else { Keep::AsDecided };
            stories::export(&target, keep, Format::Pdf, out)
        }
        Command::Story(StoryCommand::Html { target }) => stories::export(&target, Keep::AsDecided, Format::Html, out),
        Command::Story(StoryCommand::Scan { dir, case_id, lang, json, pass }) => {
            stories::scan(&dir, &case_id, &lang, json, &pass, out)
        }
        Command::Story(StoryCommand::Settings {
            dir,
            organisation,
            record_patterns,
            clear_patterns,
            letterhead,
            support_contact,
            pass,
        }) => {
            let change =
                stories::SettingsChange { organisation, record_patterns, clear_patterns, letterhead, support_contact };
            stories::settings(&dir, change, &pass, out)
        }
        Command::Story(StoryCommand::Bench(args)) => bench::story(&args, out),
        Command::Story(StoryCommand::Evaluate(args)) => evaluate::run(&args, out),
        Command::Followup(FollowupCommand::List { dir, show, quiet, json, pass }) => {
            followups::list(&dir, show, quiet, json, &pass, out)
        }
        Command::Calendar { dir, case_id, out: file, lang, pass } => {
            followups::calendar(&dir, case_id.as_deref(), &file, &lang, &pass, out)
        }
        Command::ExportActions { dir, case_id, out: file, dutch_excel, lang, pass } => {
            followups::export_actions(&dir, case_id.as_deref(), &file, dutch_excel, &lang, &pass, out)
        }
        Command::Invite { dir, case_id, role, out: file, lang, pass } => {
            stories::invite(&dir, &case_id, &role, &file, &lang, &pass, out)
        }
        Command::Training(TrainingCommand::Pack { dir, file, lang, pass }) => {
            trainings::pack(&dir, file.as_deref(), &lang, &pass, out)
        }
        Command::Training(TrainingCommand::Cards { dir, case_id, out: file, lang, pass }) => {
            trainings::cards(&dir, &case_id, &file, &lang, &pass, out)
        }
        Command::Training(TrainingCommand::Sheets { dir, case_id, trainees, round, out: file, lang, pass }) => {
            trainings::sheets(&dir, &case_id, trainees, round, &file, &lang, &pass, out)
        }
        Command::Training(TrainingCommand::Groups { trainees }) => trainings::groups(trainees, out),
        Command::Bench(args) => bench::run(&args, out),
    }
}
