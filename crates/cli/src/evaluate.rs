//! `leerteam story evaluate`: the privacy scan on labelled evaluation files, recall and precision per
//! kind, and side by side with another tool's spans on the same files (DEDUCE, in scripts/bench.sh).

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use leerteam_story::evaluation::{leerteam_spans, score, EvalSet, Report, ToolRun};
use leerteam_story::Lang;

use crate::error::{io, CliError};

#[derive(clap::Args)]
pub struct EvaluateArgs {
    /// Labelled evaluation files (tests/fixtures/privacy/dev.json, heldout.json).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Another tool's spans on the same files (the JSON of scripts/deduce/run_deduce.py).
    #[arg(long, value_name = "FILE")]
    against: Option<PathBuf>,
    /// Times each file is scanned for the speed figure.
    #[arg(long, default_value_t = 5)]
    rounds: u32,
    /// One JSON object a line instead of tables.
    #[arg(long)]
    json: bool,
}

pub fn run(args: &EvaluateArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let other: Option<ToolRun> = match &args.against {
        Some(path) => Some(
            serde_json::from_slice(&std::fs::read(path).map_err(io("read the other tool's spans"))?)
                .map_err(|_| CliError::Usage("the other tool's spans are not the runner's JSON".into()))?,
        ),
        None => None,
    };
    let write = |out: &mut dyn Write, line: String| writeln!(out, "{line}").map_err(io("write the output"));
    for path in &args.files {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let set: EvalSet = serde_json::from_slice(&std::fs::read(path).map_err(io("read an evaluation file"))?)
            .ok()
            .filter(|set: &EvalSet| set.items().next().is_some())
            .ok_or_else(|| CliError::Usage(format!("{name} is not an evaluation file")))?;
        let (ours, _) = score(&set, |_, item| leerteam_spans(item, Lang::Nl));
        let took = (0..args.rounds.max(1))
            .map(|_| score(&set, |_, item| leerteam_spans(item, Lang::Nl)).1)
            .min()
            .unwrap_or(Duration::ZERO);
        let theirs = other.as_ref().map(|o| {
            let texts: Vec<&str> = set.items().map(|i| i.text).collect();
            score(&set, |i, _| o.spans(&name, &set, i, texts[i])).0
        });
        if args.json {
            write(out, json_line(&name, "leerteam", &ours, took.as_secs_f64()))?;
            if let (Some(o), Some(t)) = (&other, &theirs) {
                write(out, json_line(&name, &o.tool, t, o.seconds_for(&name)))?;
            }
            continue;
        }
        write(out, format!("{name}: {} texts, {} characters", ours.texts, ours.chars))?;
        write(out, format!("Leerteam\n{}", ours.table()))?;
        if let (Some(o), Some(t)) = (&other, &theirs) {
            write(out, format!("{} {}\n{}", o.tool, o.version, t.table()))?;
            write(out, side_by_side(&ours, t, &o.tool))?;
            let their_seconds = o.seconds_for(&name);
            let speed = their_seconds / took.as_secs_f64().max(1e-9);
            write(
                out,
                format!(
                    "speed: Leerteam {:.1} ms, {} {:.1} ms (+{:.1} s to load): Leerteam {speed:.1}× as fast\n",
                    took.as_secs_f64() * 1e3,
                    o.tool,
                    their_seconds * 1e3,
                    o.load_seconds
                ),
            )?;
        } else {
            write(out, format!("speed: {:.1} ms for {} characters\n", took.as_secs_f64() * 1e3, ours.chars))?;
        }
    }
    Ok(())
}

/// Recall and precision per kind the set labels, the two tools side by side.
fn side_by_side(ours: &Report, theirs: &Report, tool: &str) -> String {
    let mut text = format!("{:<15} {:>9} {:>9} {:>9} {:>9}\n", "kind", "recall", tool, "precision", tool);
    let labelled = ours.kinds.iter().filter(|(_, s)| s.found + s.missed > 0);
    for (kind, s) in labelled {
        let t = theirs.kinds.get(kind).cloned().unwrap_or_default();
        text.push_str(&format!(
            "{kind:<15} {:>9.3} {:>9.3} {:>9.3} {:>9.3}\n",
            s.recall(),
            t.recall(),
            s.precision(),
            t.precision()
        ));
    }
    text
}

fn json_line(file: &str, tool: &str, report: &Report, seconds: f64) -> String {
    let kinds: serde_json::Map<String, serde_json::Value> = report
        .kinds
        .iter()
        .map(|(k, s)| (k.clone(), serde_json::json!({"recall": s.recall(), "precision": s.precision(), "found": s.found, "missed": s.missed, "right": s.right, "wrong": s.wrong})))
        .collect();
    let total = report.total();
    serde_json::json!({
        "name": "privacy_evaluation", "file": file, "tool": tool, "seconds": seconds,
        "recall": total.recall(), "precision": total.precision(),
        "over_redaction": report.over_redaction(), "kinds": kinds,
    })
    .to_string()
}
