//! A case assembled into the learning story: title block facts and sections of simple blocks, the
//! one shape that both the HTML and the PDF writer render. Participants appear by pseudonym only.

use chrono::NaiveDate;
use leerteam_model::{Case, ExperimentStatus, LearningKind, LocalId, StorySettings};
use serde::Serialize;

use crate::labels::{Lang, Words};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    pub lang: Lang,
    /// "Leerverhaal" / "Learning story".
    pub kind_of_document: String,
    pub title: String,
    /// Label and value lines under the title: kind, ward, period, organisation, date made.
    pub facts: Vec<(String, String)>,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Subheading(String),
    Paragraph(String),
    /// A small heading for what follows: "Check-ins".
    Label(String),
    /// A labelled passage: "What went well" followed by the text.
    Field {
        label: String,
        text: String,
    },
    Bullets(Vec<String>),
    Timeline(Vec<TimelineRow>),
    /// Experiments per status, drawn as bars.
    Chart {
        caption: String,
        bars: Vec<Bar>,
    },
    /// A secret to copy by hand, in numbered groups (the recovery sheet). No case text.
    Code(Vec<String>),
    /// A QR code of the text (the recovery sheet's key line). No case text.
    Qr(String),
    /// A dashed line to fold the page along, with what it hides below it (a role card's own part).
    Fold(String),
    /// What follows starts on a new page (one role card a page).
    PageBreak,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineRow {
    pub at: String,
    pub text: String,
    /// Pseudonyms of those involved, joined.
    pub who: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bar {
    pub label: String,
    pub count: u32,
}

impl Document {
    /// Every text of the document that may carry case content, with the heading it sits under:
    /// what the privacy scan reads and the replacements rewrite.
    pub fn visit_texts(&mut self, mut visit: impl FnMut(&str, &mut String)) {
        let title_page = self.kind_of_document.clone();
        visit(&title_page, &mut self.title);
        for (_, value) in &mut self.facts {
            visit(&title_page, value);
        }
        for section in &mut self.sections {
            let heading = section.heading.as_str();
            for block in &mut section.blocks {
                match block {
                    Block::Subheading(text) | Block::Paragraph(text) | Block::Field { text, .. } => {
                        visit(heading, text)
                    }
                    Block::Label(_) => {}
                    Block::Bullets(items) => items.iter_mut().for_each(|item| visit(heading, item)),
                    Block::Timeline(rows) => rows.iter_mut().for_each(|row| {
                        visit(heading, &mut row.at);
                        visit(heading, &mut row.text);
                    }),
                    Block::Chart { .. } | Block::Code(_) | Block::Qr(_) | Block::Fold(_) | Block::PageBreak => {}
                }
            }
        }
    }
}

/// Builds the story of `case` in `lang`, as it stands, before any privacy replacement.
pub fn assemble(case: &Case, settings: &StorySettings, lang: Lang, today: NaiveDate) -> Document {
    let w = lang.words();
    let mut facts = vec![(w.kind.to_owned(), w.case_kind(case.kind).to_owned())];
    push_fact(&mut facts, w.ward, &case.ward);
    if let Some(period) = period(case, w) {
        facts.push((w.period.to_owned(), period));
    }
    push_fact(&mut facts, w.organisation, &settings.organisation);
    facts.push((w.made_on.to_owned(), w.date(today)));

    let sections = [
        summary(case, w),
        why_and_scope(case, w),
        who_took_part(case, w),
        integrated_picture(case, w),
        perspectives(case, w),
        red_thread(case, w),
        keep_and_change(case, w),
        experiments(case, w),
        where_we_stand(case, w),
        section(w.asks, vec![paragraph(&case.story.asks)]),
        section(w.thanks, vec![paragraph(w.thanks_text), paragraph(w.support_text)]),
    ];
    Document {
        lang,
        kind_of_document: w.marked(w.document, case.is_practice()),
        title: case.title.trim().to_owned(),
        facts,
        sections: sections.into_iter().filter(|s| !s.blocks.is_empty()).collect(),
    }
}

fn push_fact(facts: &mut Vec<(String, String)>, label: &str, value: &str) {
    if !value.trim().is_empty() {
        facts.push((label.to_owned(), value.trim().to_owned()));
    }
}

/// From the event (or the first session) to the last session or check-in.
fn period(case: &Case, w: &Words) -> Option<String> {
    let sessions = case.sessions.iter().filter_map(|s| s.held_on.or(s.planned_on));
    let check_ins = case.experiments.iter().flat_map(|x| x.check_ins.iter().map(|c| c.on));
    let dates: Vec<NaiveDate> = case.event_date.into_iter().chain(sessions).chain(check_ins).collect();
    let (first, last) = (dates.iter().min()?, dates.iter().max()?);
    Some(if first == last { w.date(*first) } else { format!("{} – {}", w.date(*first), w.date(*last)) })
}

fn section(heading: &str, blocks: Vec<Option<Block>>) -> Section {
    Section { heading: heading.to_owned(), blocks: blocks.into_iter().flatten().collect() }
}

fn paragraph(text: &str) -> Option<Block> {
    let text = text.trim();
    (!text.is_empty()).then(|| Block::Paragraph(text.to_owned()))
}

fn field(label: &str, text: &str) -> Option<Block> {
    let text = text.trim();
    (!text.is_empty()).then(|| Block::Field { label: label.to_owned(), text: text.to_owned() })
}

fn bullets(items: Vec<String>) -> Option<Block> {
    let items: Vec<String> = items.into_iter().map(|i| i.trim().to_owned()).filter(|i| !i.is_empty()).collect();
    (!items.is_empty()).then_some(Block::Bullets(items))
}

fn summary(case: &Case, w: &Words) -> Section {
    section(w.summary, vec![paragraph(&case.story.text), field(w.audience, &case.story.audience)])
}

fn why_and_scope(case: &Case, w: &Words) -> Section {
    let g = &case.goal;
    section(
        w.why,
        vec![
            field(w.what_happened, &g.description),
            field(w.why_learn, &g.why_learn),
            field(w.expectation, &g.expectation),
            field(w.scope_in, &g.scope_in),
            field(w.scope_out, &g.scope_out),
        ],
    )
}

fn pseudonym(case: &Case, id: LocalId) -> String {
    case.participants.iter().find(|p| p.id == id).map(|p| p.pseudonym.clone()).unwrap_or_default()
}

fn who_took_part(case: &Case, w: &Words) -> Section {
    let people = case
        .participants
        .iter()
        .map(|p| {
            let discipline = p.discipline.trim();
            let role = w.role(p.role);
            if discipline.is_empty() {
                format!("{} — {role}", p.pseudonym)
            } else {
                format!("{} — {role}, {discipline}", p.pseudonym)
            }
        })
        .collect();
    let mut held: Vec<NaiveDate> = case.sessions.iter().filter_map(|s| s.held_on).collect();
    held.sort();
    let held = held.iter().map(|d| w.date(*d)).collect::<Vec<_>>().join(", ");
    let mut blocks = vec![];
    if !case.participants.is_empty() {
        blocks.extend([paragraph(w.who_intro), bullets(people)]);
    }
    blocks.push(field(w.sessions_held, &held));
    section(w.who, blocks)
}

fn integrated_picture(case: &Case, w: &Words) -> Section {
    let mut events: Vec<_> = case.timeline.iter().collect();
    events.sort_by_key(|e| e.position);
    let rows: Vec<TimelineRow> = events
        .into_iter()
        .filter(|e| !e.description.trim().is_empty())
        .map(|e| TimelineRow {
            at: e.at.trim().to_owned(),
            text: e.description.trim().to_owned(),
            who: e.participant_ids.iter().map(|id| pseudonym(case, *id)).collect::<Vec<_>>().join(", "),
        })
        .collect();
    let timeline = (!rows.is_empty()).then_some(Block::Timeline(rows));
    let heading = timeline.as_ref().map(|_| Block::Subheading(w.timeline.to_owned()));
    section(w.picture, vec![paragraph(&case.integrated_picture), heading, timeline])
}

fn perspectives(case: &Case, w: &Words) -> Section {
    let mut blocks = vec![];
    for p in &case.perspectives {
        let Some(person) = case.participants.iter().find(|x| x.id == p.participant_id) else { continue };
        let mut felt: Vec<String> = p.emotions.iter().map(|e| w.emotion(*e)).collect();
        if !p.other_emotion.trim().is_empty() {
            felt.retain(|e| *e != w.emotion(leerteam_model::Emotion::Other));
            felt.push(p.other_emotion.trim().to_owned());
        }
        let parts = [
            paragraph(&p.text),
            field(w.went_well, &p.went_well),
            field(w.was_hard, &p.was_hard),
            field(w.felt, &felt.join(", ")),
        ];
        if parts.iter().any(Option::is_some) {
            blocks.push(Some(Block::Subheading(format!("{} ({})", person.pseudonym, w.role(person.role)))));
            blocks.extend(parts);
        }
    }
    section(w.perspectives, blocks)
}

fn red_thread(case: &Case, w: &Words) -> Section {
    let mut blocks = vec![];
    for theme in &case.themes {
        blocks.push(Some(Block::Subheading(theme.title.trim().to_owned())).filter(|_| !theme.title.trim().is_empty()));
        blocks.push(paragraph(&theme.description));
    }
    let i = &case.insights;
    blocks.extend([
        field(w.complexity, &i.complexity),
        field(w.variability, &i.variability),
        field(w.coupling, &i.coupling),
    ]);
    section(w.red_thread, blocks)
}

fn keep_and_change(case: &Case, w: &Words) -> Section {
    let mut blocks = vec![];
    for kind in [LearningKind::Keep, LearningKind::Change] {
        let items = case.learning_points.iter().filter(|l| l.kind == kind).map(|l| l.text.clone()).collect();
        if let Some(list) = bullets(items) {
            blocks.extend([Some(Block::Subheading(w.learning(kind).to_owned())), Some(list)]);
        }
    }
    section(w.keep_change, blocks)
}

fn experiments(case: &Case, w: &Words) -> Section {
    let mut blocks = vec![];
    for (n, x) in case.experiments.iter().enumerate() {
        if x.action.trim().is_empty() {
            continue;
        }
        blocks.push(Some(Block::Subheading(format!("{} {}: {}", w.experiment, n + 1, x.action.trim()))));
        let dates = [(w.starts, x.start_on), (w.review, x.review_on)]
            .iter()
            .filter_map(|(label, d)| d.map(|d| format!("{label}: {}", w.date(d))))
            .chain([format!("{}: {}", w.status, w.experiment_status(x.status))])
            .collect::<Vec<_>>()
            .join(" · ");
        blocks.extend([
            field(w.prediction, &x.prediction),
            field(w.owner, &x.owner_role),
            field(w.smallest_scale, &x.smallest_scale),
            paragraph(&dates),
        ]);
        let criteria = x.criteria.iter().map(|c| format!("{}: {}", w.criterion(c.kind), c.text.trim())).collect();
        if let Some(list) = bullets(criteria) {
            blocks.extend([Some(Block::Label(w.criteria.to_owned())), Some(list)]);
        }
        let check_ins = x
            .check_ins
            .iter()
            .map(|c| {
                let result = if c.result.trim().is_empty() {
                    String::new()
                } else {
                    format!(" {}: {}", w.result, c.result.trim())
                };
                format!("{} — {}{result}", w.date(c.on), c.observation.trim())
            })
            .collect();
        if let Some(list) = bullets(check_ins) {
            blocks.extend([Some(Block::Label(w.check_ins.to_owned())), Some(list)]);
        }
    }
    section(w.experiments, blocks)
}

fn where_we_stand(case: &Case, w: &Words) -> Section {
    let followed: Vec<_> = case.experiments.iter().filter(|x| !x.action.trim().is_empty()).collect();
    if followed.is_empty() {
        return section(w.where_we_stand, vec![]);
    }
    let bars = ExperimentStatus::ALL
        .iter()
        .map(|&status| Bar {
            label: w.experiment_status(status).to_owned(),
            count: followed.iter().filter(|x| x.status == status).count() as u32,
        })
        .collect();
    let decided: Vec<String> = followed
        .iter()
        .filter(|x| !x.status.is_open())
        .map(|x| format!("{}: {}", w.experiment_status(x.status), x.action.trim()))
        .collect();
    let decisions = bullets(decided).or_else(|| paragraph(w.no_decisions));
    section(
        w.where_we_stand,
        vec![
            Some(Block::Chart { caption: w.chart_caption.to_owned(), bars }),
            Some(Block::Subheading(w.decisions.to_owned())),
            decisions,
        ],
    )
}
