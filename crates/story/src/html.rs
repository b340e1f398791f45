//! The learning story as HTML: a whole page (to keep, or to print for comparison) and the article
//! alone (the app's preview, styled by the app). Every text is escaped; there is no script and no
//! style attribute, so the preview passes the app's content security policy.

use std::fmt::Write;

use crate::document::{Bar, Block, Document, TimelineRow};

/// A standalone HTML page with print styles for A4.
pub fn to_html(doc: &Document) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{PAGE_CSS}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
        doc.lang.tag(),
        escape(&format!("{} — {}", doc.kind_of_document, doc.title)),
        to_article(doc)
    )
}

/// The story as one `<article class="story">`, its title an `<h1>`.
pub fn to_article(doc: &Document) -> String {
    to_article_under(doc, 0)
}

/// The story as one `<article class="story">` inside a page whose nearest heading is of level
/// `parent` (the app's preview sits under the review's `<h3>`): the title one level below it, and
/// no level skipped on the way down, so a screen reader's outline of the page holds. Headings
/// carry classes, so styles do not depend on where the article is placed.
pub fn to_article_under(doc: &Document, parent: u8) -> String {
    let title = (parent + 1).min(6);
    let mut out = String::with_capacity(16 * 1024);
    let _ = write!(out, "<article class=\"story\" lang=\"{}\">\n<header>\n", doc.lang.tag());
    let _ = writeln!(out, "<p class=\"kind\">{}</p>", escape(&doc.kind_of_document));
    heading(&mut out, title, "story-title", &doc.title);
    out.push_str("<dl class=\"facts\">\n");
    for (label, value) in &doc.facts {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value));
    }
    out.push_str("</dl>\n</header>\n");
    let section_level = (title + 1).min(6);
    for section in &doc.sections {
        out.push_str("<section>\n");
        heading(&mut out, section_level, "story-section", &section.heading);
        // A label is a level below the heading it follows: the section's or a subheading's.
        let mut above = section_level;
        for block in &section.blocks {
            if matches!(block, Block::Subheading(_)) {
                above = (section_level + 1).min(6);
            }
            block_html(&mut out, block, above);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</article>\n");
    out
}

fn heading(out: &mut String, level: u8, class: &str, text: &str) {
    let _ = writeln!(out, "<h{level} class=\"{class}\">{}</h{level}>", escape(text));
}

fn block_html(out: &mut String, block: &Block, above: u8) {
    let label = (above + 1).min(6);
    let _ = match block {
        Block::Subheading(text) => {
            heading(out, above, "story-sub", text);
            Ok(())
        }
        Block::Paragraph(text) => writeln!(out, "{}", paragraphs(text)),
        Block::Label(text) => {
            heading(out, label, "story-label", text);
            Ok(())
        }
        Block::Field { label: name, text } => {
            heading(out, label, "story-label", name);
            writeln!(out, "{}", paragraphs(text))
        }
        Block::Bullets(items) => {
            out.push_str("<ul>\n");
            items.iter().for_each(|i| {
                let _ = writeln!(out, "<li>{}</li>", escape(i));
            });
            writeln!(out, "</ul>")
        }
        Block::Timeline(rows) => timeline_html(out, rows),
        Block::Chart { caption, bars } => chart_html(out, caption, bars),
        Block::Code(groups) => {
            out.push_str("<ol class=\"code\">");
            groups.iter().for_each(|g| {
                let _ = write!(out, "<li>{}</li>", escape(g));
            });
            writeln!(out, "</ol>")
        }
        Block::Qr(_) => Ok(()),
        Block::Fold(label) => writeln!(out, "<p class=\"fold\">{}</p>", escape(label)),
        Block::PageBreak => writeln!(out, "<hr class=\"page-break\">"),
    };
}

fn timeline_html(out: &mut String, rows: &[TimelineRow]) -> std::fmt::Result {
    out.push_str("<ol class=\"timeline\">\n");
    for row in rows {
        write!(out, "<li><span class=\"at\">{}</span><span class=\"what\">{}", escape(&row.at), escape(&row.text))?;
        if !row.who.is_empty() {
            write!(out, " <span class=\"who\">{}</span>", escape(&row.who))?;
        }
        out.push_str("</span></li>\n");
    }
    writeln!(out, "</ol>")
}

/// Bars as SVG: sizes are attributes, not styles.
fn chart_html(out: &mut String, caption: &str, bars: &[Bar]) -> std::fmt::Result {
    let most = bars.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let row = 22;
    writeln!(out, "<figure class=\"chart\">\n<svg viewBox=\"0 0 480 {}\" width=\"480\" height=\"{}\" role=\"img\" aria-label=\"{}\">", bars.len() * row, bars.len() * row, escape(caption))?;
    for (i, bar) in bars.iter().enumerate() {
        let y = i * row;
        let width = 300 * bar.count / most;
        writeln!(
            out,
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{}</text><rect x=\"130\" y=\"{}\" width=\"{width}\" height=\"14\" fill=\"#2f6f73\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>",
            y + 14,
            escape(&bar.label),
            y + 3,
            136 + width,
            y + 14,
            bar.count
        )?;
    }
    writeln!(out, "</svg>\n<figcaption>{}</figcaption>\n</figure>", escape(caption))
}

/// Blank lines separate paragraphs; single line breaks are kept.
fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", escape(p).replace('\n', "<br>")))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const PAGE_CSS: &str = "
@page { size: A4; margin: 20mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1d2528; }
.story .kind { text-transform: uppercase; letter-spacing: .08em; color: #2f6f73; margin: 0; }
.story .story-title { font-size: 24pt; margin: .2em 0 .6em; }
.story .facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }
.story .facts dt { color: #5b6669; }
.story .facts dd { margin: 0; }
.story header { margin-bottom: 2em; break-after: page; }
.story .story-section { font-size: 15pt; color: #2f6f73; border-bottom: 1px solid #c9d6d7; margin-top: 1.4em; }
.story .story-sub { font-size: 12pt; margin: 1em 0 .3em; }
.story .story-label { font-size: 10.5pt; margin: .6em 0 .1em; color: #5b6669; }
.story p { margin: .2em 0 .6em; }
.story .fold { border-top: 1px dashed #5b6669; padding-top: .4em; margin-top: 1.4em; color: #5b6669; font-weight: bold; }
.story .page-break { border: 0; break-after: page; }
.story .timeline { list-style: none; padding-left: 0; border-left: 2px solid #2f6f73; }
.story .timeline li { display: grid; grid-template-columns: 8em 1fr; gap: 1em; padding: .25em 0 .25em .8em; }
.story .timeline .at { font-weight: bold; }
.story .timeline .who { color: #5b6669; font-size: 9pt; }
.story .chart { margin: .5em 0; }
.story figcaption { color: #5b6669; font-size: 9pt; }
";
