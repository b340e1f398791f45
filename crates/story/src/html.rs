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

/// The story as one `<article class="story">`.
pub fn to_article(doc: &Document) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let _ = write!(out, "<article class=\"story\" lang=\"{}\">\n<header>\n", doc.lang.tag());
    let _ = writeln!(out, "<p class=\"kind\">{}</p>", escape(&doc.kind_of_document));
    let _ = writeln!(out, "<h1>{}</h1>\n<dl class=\"facts\">", escape(&doc.title));
    for (label, value) in &doc.facts {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value));
    }
    out.push_str("</dl>\n</header>\n");
    for section in &doc.sections {
        let _ = writeln!(out, "<section>\n<h2>{}</h2>", escape(&section.heading));
        for block in &section.blocks {
            block_html(&mut out, block);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</article>\n");
    out
}

fn block_html(out: &mut String, block: &Block) {
    let _ = match block {
        Block::Subheading(text) => writeln!(out, "<h3>{}</h3>", escape(text)),
        Block::Paragraph(text) => writeln!(out, "{}", paragraphs(text)),
        Block::Label(text) => writeln!(out, "<h4>{}</h4>", escape(text)),
        Block::Field { label, text } => writeln!(out, "<h4>{}</h4>\n{}", escape(label), paragraphs(text)),
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
.story h1 { font-size: 24pt; margin: .2em 0 .6em; }
.story .facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }
.story .facts dt { color: #5b6669; }
.story .facts dd { margin: 0; }
.story header { margin-bottom: 2em; break-after: page; }
.story h2 { font-size: 15pt; color: #2f6f73; border-bottom: 1px solid #c9d6d7; margin-top: 1.4em; }
.story h3 { font-size: 12pt; margin: 1em 0 .3em; }
.story h4 { font-size: 10.5pt; margin: .6em 0 .1em; color: #5b6669; }
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
