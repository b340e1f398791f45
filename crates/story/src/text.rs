//! A document as plain text, to paste into an e-mail (Outlook takes it as it is): the title, the
//! facts as "Label: value", each section under its heading, paragraphs apart by a blank line,
//! bullets as "- ". A paragraph stays one line, so the mail program wraps it to its window; lines end
//! in CRLF, as Windows expects.

use crate::document::{Block, Document};

pub fn to_text(doc: &Document) -> String {
    let mut lines = vec![doc.title.clone()];
    lines.extend(doc.facts.iter().map(|(label, value)| format!("{label}: {value}")));
    for section in &doc.sections {
        lines.extend([String::new(), section.heading.to_uppercase()]);
        for (n, chunk) in section.blocks.iter().flat_map(chunks).enumerate() {
            if n > 0 {
                lines.push(String::new());
            }
            lines.extend(chunk);
        }
    }
    let mut out = lines.join("\r\n");
    out.push_str("\r\n");
    out
}

/// A block as groups of lines, each group set apart from the next by a blank line.
fn chunks(block: &Block) -> Vec<Vec<String>> {
    match block {
        Block::Subheading(text) | Block::Paragraph(text) | Block::Label(text) => paragraphs(text),
        Block::Field { label, text } => {
            let mut groups = paragraphs(text);
            match groups.first_mut() {
                Some(first) => first.insert(0, format!("{label}:")),
                None => groups.push(vec![format!("{label}:")]),
            }
            groups
        }
        Block::Bullets(items) => vec![items.iter().map(|item| format!("- {}", one_line(item))).collect()],
        Block::Timeline(rows) => vec![rows
            .iter()
            .map(|row| {
                let who = if row.who.is_empty() { String::new() } else { format!(" ({})", row.who) };
                format!("- {}: {}{who}", row.at, one_line(&row.text))
            })
            .collect()],
        Block::Code(groups) => vec![groups.iter().enumerate().map(|(n, g)| format!("{:>2}. {g}", n + 1)).collect()],
        Block::Qr(_) | Block::PageBreak => Vec::new(),
        Block::Fold(label) => vec![vec!["- ".repeat(30).trim_end().to_owned(), label.clone()]],
        Block::Chart { caption, bars } => {
            let mut group = vec![format!("{caption}:")];
            group.extend(bars.iter().map(|bar| format!("- {}: {}", bar.label, bar.count)));
            vec![group]
        }
    }
}

/// A text's paragraphs (apart by blank lines in the text), each one line.
fn paragraphs(text: &str) -> Vec<Vec<String>> {
    text.split("\n\n").map(one_line).filter(|p| !p.is_empty()).map(|p| vec![p]).collect()
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
