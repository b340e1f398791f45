//! The learning story as an A4 PDF: our own line breaking and page breaking over printpdf's drawing
//! operations, DejaVu Sans embedded as a subset, page numbers stamped once the page count is known,
//! and the language written into the document catalog.

use chrono::{DateTime, Datelike, Timelike, Utc};
use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions,
    Point, Pt, Rect, Rgb, TextItem,
};

use crate::bidi::{shape_arabic, visual_order};
use crate::document::{Bar, Block, Document, Section, TimelineRow};
use crate::error::StoryError;

const REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 56.0;
const TOP: f32 = PAGE_H - 56.0;
const BOTTOM: f32 = 64.0;
const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN;

const BODY: f32 = 9.5;
const LEADING: f32 = BODY * LINE;
/// Line height as a multiple of the font size.
const LINE: f32 = 1.4;
const SMALL: f32 = 8.5;

const INK: (f32, f32, f32) = (0.11, 0.15, 0.16);
const ACCENT: (f32, f32, f32) = (0.18, 0.44, 0.45);
const MUTED: (f32, f32, f32) = (0.36, 0.40, 0.41);
const RULE: (f32, f32, f32) = (0.79, 0.84, 0.84);

#[derive(Debug, Clone, Copy, PartialEq)]
enum Face {
    Regular,
    Bold,
}

struct Font {
    id: FontId,
    metrics: ttf_parser::Face<'static>,
    units_per_em: f32,
}

impl Font {
    fn load(doc: &mut PdfDocument, bytes: &'static [u8]) -> Result<Font, StoryError> {
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(StoryError::Font)?;
        let metrics = ttf_parser::Face::parse(bytes, 0).map_err(|_| StoryError::Font)?;
        let units_per_em = f32::from(metrics.units_per_em());
        Ok(Font { id: doc.add_font(&parsed), metrics, units_per_em })
    }

    /// The advance width of `text` at `size` points, as printpdf will set it (no kerning).
    fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                let advance = self.metrics.glyph_index(c).and_then(|g| self.metrics.glyph_hor_advance(g));
                u32::from(advance.unwrap_or(self.metrics.units_per_em() * 3 / 5))
            })
            .sum();
        units as f32 * size / self.units_per_em
    }
}

struct Layout {
    regular: Font,
    bold: Font,
    pages: Vec<Vec<Op>>,
    /// The baseline of the next line, from the bottom of the page.
    y: f32,
}

/// Writes `doc` as a PDF; `created` becomes the document's creation date.
pub fn to_pdf(doc: &Document, created: DateTime<Utc>) -> Result<Vec<u8>, StoryError> {
    let title = format!("{}: {}", doc.kind_of_document, doc.title);
    let mut pdf = PdfDocument::new(&title);
    let info = &mut pdf.metadata.info;
    info.creation_date = pdf_date(created);
    info.modification_date = pdf_date(created);
    info.metadata_date = pdf_date(created);
    info.creator = "Leerteam".into();
    info.producer = "Leerteam".into();
    info.subject = doc.kind_of_document.clone();
    info.identifier = String::new();

    let mut layout = Layout {
        regular: Font::load(&mut pdf, REGULAR_TTF)?,
        bold: Font::load(&mut pdf, BOLD_TTF)?,
        pages: vec![Vec::new()],
        y: TOP,
    };
    layout.title_page(doc);
    for section in &doc.sections {
        layout.section(section);
    }
    let footer_left = format!("{} · {}", doc.kind_of_document, doc.title);
    let words = doc.lang.words();
    let pages = layout.stamp_page_numbers(&footer_left, words.page, words.of);

    let bytes = pdf.with_pages(pages).save(&PdfSaveOptions::default(), &mut Vec::new());
    finish(&bytes, &title, doc.lang.tag())
}

/// What printpdf cannot set: the catalog's /Lang and an XMP stream with title and language (screen
/// readers and `pdfinfo -meta` read them); and what it sets but should not: an empty PDF/X version
/// that makes viewers call the file PDF/X, and empty custom keys.
fn finish(bytes: &[u8], title: &str, tag: &str) -> Result<Vec<u8>, StoryError> {
    use lopdf::{Dictionary, Object, Stream};
    let mut pdf = lopdf::Document::load_mem(bytes).map_err(|_| StoryError::Pdf("reading it back"))?;
    let xmp = Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp(title, tag).into_bytes(),
    );
    let metadata = pdf.add_object(xmp);
    let root = pdf.trailer.get(b"Root").and_then(Object::as_reference).map_err(|_| StoryError::Pdf("no catalog"))?;
    let catalog = pdf.get_object_mut(root).and_then(Object::as_dict_mut).map_err(|_| StoryError::Pdf("no catalog"))?;
    catalog.set("Lang", Object::string_literal(tag));
    catalog.set("Metadata", metadata);
    if let Ok(info) = pdf.trailer.get(b"Info").and_then(Object::as_reference) {
        if let Ok(info) = pdf.get_object_mut(info).and_then(Object::as_dict_mut) {
            for key in ["GTS_PDFXVersion", "Identifier", "Keywords", "Author"] {
                info.remove(key.as_bytes());
            }
        }
    }
    let mut out = Vec::with_capacity(bytes.len() + 1024);
    pdf.save_to(&mut out).map_err(|_| StoryError::Pdf("writing it"))?;
    Ok(out)
}

fn xmp(title: &str, tag: &str) -> String {
    let title = crate::html::escape(title);
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>{tag}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>Leerteam</xmp:CreatorTool>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        bom = '\u{feff}'
    )
}

fn pdf_date(t: DateTime<Utc>) -> printpdf::OffsetDateTime {
    use printpdf::date::{Date, Offset, Time};
    printpdf::OffsetDateTime::new_in_offset(
        Date { year: t.year(), month: t.month() as u8, day: t.day() as u8 },
        Time { hour: t.hour() as u8, minute: t.minute() as u8, second: t.second() as u8, millisecond: 0 },
        Offset { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 },
    )
}

fn rule_ops(x1: f32, y1: f32, x2: f32, y2: f32, color: (f32, f32, f32), thickness: f32) -> [Op; 3] {
    let points = [point(x1, y1), point(x2, y2)].map(|p| LinePoint { p, bezier: false }).to_vec();
    [
        Op::SetOutlineColor { col: rgb(color) },
        Op::SetOutlineThickness { pt: Pt(thickness) },
        Op::DrawLine { line: Line { points, is_closed: false } },
    ]
}

fn rgb((r, g, b): (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb { r, g, b, icc_profile: None })
}

fn point(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(y) }
}

/// Text as it can be drawn: tabs become spaces, other control characters go.
fn printable(text: &str) -> String {
    text.chars().map(|c| if c == '\t' { ' ' } else { c }).filter(|c| !c.is_control() || *c == '\n').collect()
}

impl Layout {
    fn font(&self, face: Face) -> &Font {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("there is always a page")
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Starts a new page unless `height` more points fit on this one.
    fn ensure(&mut self, height: f32) {
        if self.y - height < BOTTOM && self.y < TOP {
            self.new_page();
        }
    }

    fn text_at(&mut self, x: f32, y: f32, face: Face, size: f32, color: (f32, f32, f32), text: &str) {
        let ops = self.text_ops(x, y, face, size, color, text);
        self.ops().extend(ops);
    }

    /// One line of text at a baseline, as drawing operations.
    fn text_ops(&self, x: f32, y: f32, face: Face, size: f32, color: (f32, f32, f32), text: &str) -> [Op; 6] {
        let font = PdfFontHandle::External(self.font(face).id.clone());
        [
            Op::StartTextSection,
            Op::SetFillColor { col: rgb(color) },
            Op::SetFont { font, size: Pt(size) },
            Op::SetTextCursor { pos: point(x, y) },
            Op::ShowText { items: vec![TextItem::Text(visual_order(text).into_owned())] },
            Op::EndTextSection,
        ]
    }

    fn rule(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, color: (f32, f32, f32), thickness: f32) {
        self.ops().extend(rule_ops(x1, y1, x2, y2, color, thickness));
    }

    fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: (f32, f32, f32)) {
        self.ops().extend([
            Op::SetFillColor { col: rgb(color) },
            Op::DrawRectangle {
                rectangle: Rect { mode: Some(PaintMode::Fill), ..Rect::from_xywh(Pt(x), Pt(y), Pt(w), Pt(h)) },
            },
        ]);
    }

    /// Greedy line breaking on spaces; a word wider than the line is broken between characters.
    fn wrap(&self, text: &str, face: Face, size: f32, width: f32) -> Vec<String> {
        let font = self.font(face);
        let space = font.width(" ", size);
        let mut lines = Vec::new();
        let text = printable(text);
        for source_line in shape_arabic(&text).split('\n') {
            let mut line = String::new();
            let mut line_w = 0.0;
            for word in source_line.split(' ').filter(|w| !w.is_empty()) {
                let word_w = font.width(word, size);
                if !line.is_empty() && line_w + space + word_w > width {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                if word_w > width {
                    for c in word.chars() {
                        let c_w = font.width(c.encode_utf8(&mut [0; 4]), size);
                        if line_w + c_w > width && !line.is_empty() {
                            lines.push(std::mem::take(&mut line));
                            line_w = 0.0;
                        }
                        line.push(c);
                        line_w += c_w;
                    }
                    continue;
                }
                if !line.is_empty() {
                    line.push(' ');
                    line_w += space;
                }
                line.push_str(word);
                line_w += word_w;
            }
            lines.push(line);
        }
        lines
    }

    /// Wrapped text from the current position; blank lines become paragraph gaps.
    fn paragraph(&mut self, text: &str, x: f32, width: f32, face: Face, size: f32, color: (f32, f32, f32)) {
        let leading = size * LINE;
        for line in self.wrap(text, face, size, width) {
            if line.is_empty() {
                self.y -= leading * 0.5;
                continue;
            }
            self.ensure(leading);
            self.y -= leading;
            self.text_at(x, self.y + leading - size, face, size, color, &line);
        }
    }

    fn gap(&mut self, points: f32) {
        if self.y < TOP {
            self.y -= points;
        }
    }

    /// The title block at the top of page 1; the story follows on the same page.
    fn title_page(&mut self, doc: &Document) {
        self.y = TOP - 40.0;
        self.fill_rect(MARGIN, self.y + 28.0, 48.0, 4.0, ACCENT);
        self.text_at(MARGIN, self.y, Face::Bold, 12.0, ACCENT, &doc.kind_of_document.to_uppercase());
        self.y -= 12.0;
        self.paragraph(&doc.title, MARGIN, TEXT_W, Face::Bold, 24.0, INK);
        self.y -= 28.0;
        let label_w = doc.facts.iter().map(|(l, _)| self.regular.width(l, BODY)).fold(0.0, f32::max) + 18.0;
        for (label, value) in &doc.facts {
            let top = self.y;
            self.text_at(MARGIN, top - BODY, Face::Regular, BODY, MUTED, label);
            self.paragraph(value, MARGIN + label_w, TEXT_W - label_w, Face::Regular, BODY, INK);
            self.y -= 4.0;
        }
        self.y -= 10.0;
        self.rule(MARGIN, self.y, MARGIN + TEXT_W, self.y, ACCENT, 1.2);
        self.y -= 6.0;
    }

    fn section(&mut self, section: &Section) {
        self.ensure(18.0 + 12.0 + 3.0 * LEADING);
        self.gap(16.0);
        self.y -= 18.0;
        self.text_at(MARGIN, self.y, Face::Bold, 15.0, ACCENT, &section.heading);
        self.y -= 6.0;
        self.rule(MARGIN, self.y, MARGIN + TEXT_W, self.y, RULE, 0.8);
        self.y -= 4.0;
        for block in &section.blocks {
            self.block(block);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Subheading(text) => {
                let lines = self.wrap(text, Face::Bold, 12.0, TEXT_W).len() as f32;
                self.ensure(lines * 12.0 * LINE + 3.0 * LEADING + 24.0);

                self.gap(8.0);
                self.paragraph(text, MARGIN, TEXT_W, Face::Bold, 12.0, INK);
                self.y -= 2.0;
            }
            Block::Paragraph(text) => {
                self.paragraph(text, MARGIN, TEXT_W, Face::Regular, BODY, INK);
                self.y -= 5.0;
            }
            Block::Label(label) => {
                self.ensure(SMALL * LINE + 2.0 * LEADING + 3.0);
                self.gap(3.0);
                self.paragraph(label, MARGIN, TEXT_W, Face::Bold, SMALL + 0.5, MUTED);
            }
            Block::Field { label, text } => {
                self.ensure(SMALL * LINE + 2.0 * LEADING);
                self.gap(3.0);
                self.paragraph(label, MARGIN, TEXT_W, Face::Bold, SMALL + 0.5, MUTED);
                self.paragraph(text, MARGIN, TEXT_W, Face::Regular, BODY, INK);
                self.y -= 5.0;
            }
            Block::Bullets(items) => {
                for item in items {
                    self.ensure(LEADING);
                    let top = self.y;
                    self.text_at(MARGIN + 4.0, top - BODY - 0.5, Face::Regular, BODY, ACCENT, "•");
                    self.paragraph(item, MARGIN + 16.0, TEXT_W - 16.0, Face::Regular, BODY, INK);
                    self.y -= 2.0;
                }
                self.y -= 4.0;
            }
            Block::Timeline(rows) => self.timeline(rows),
            Block::Chart { caption, bars } => self.chart(caption, bars),
            Block::Code(groups) => self.code(groups),
            Block::Qr(text) => self.qr(text),
            Block::Fold(label) => self.fold(label),
            Block::PageBreak => self.new_page(),
        }
    }

    /// A dashed line across the page to fold along, and under it what the fold hides.
    fn fold(&mut self, label: &str) {
        self.ensure(3.0 * LEADING + 24.0);
        self.gap(14.0);
        self.y -= 6.0;
        let dash = 6.0;
        let mut x = MARGIN;
        while x < MARGIN + TEXT_W {
            let end = (x + dash).min(MARGIN + TEXT_W);
            self.rule(x, self.y, end, self.y, MUTED, 0.8);
            x += 2.0 * dash;
        }
        self.y -= 4.0;
        self.paragraph(label, MARGIN, TEXT_W, Face::Bold, SMALL + 0.5, MUTED);
        self.y -= 4.0;
    }

    /// Numbered groups in five columns, large enough to copy without mistakes.
    fn code(&mut self, groups: &[String]) {
        const COLUMNS: usize = 5;
        const CELL_W: f32 = TEXT_W / COLUMNS as f32;
        const ROW_H: f32 = 26.0;
        self.ensure(groups.len().div_ceil(COLUMNS) as f32 * ROW_H + 8.0);
        for row in groups.chunks(COLUMNS).enumerate() {
            let (r, cells) = row;
            self.y -= ROW_H;
            for (c, group) in cells.iter().enumerate() {
                let x = MARGIN + c as f32 * CELL_W;
                let number = (r * COLUMNS + c + 1).to_string();
                self.text_at(x, self.y + 4.0, Face::Regular, SMALL, MUTED, &number);
                self.text_at(x + 16.0, self.y + 4.0, Face::Bold, 15.0, INK, group);
            }
        }
        self.y -= 8.0;
    }

    /// A QR code (error correction M) with its quiet zone, dark modules as filled squares.
    fn qr(&mut self, text: &str) {
        let Ok(code) = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M) else {
            return;
        };
        let width = code.width();
        let module = 2.5;
        let side = (width + 8) as f32 * module;
        self.ensure(side + 8.0);
        let left = MARGIN;
        let top = self.y - 4.0 * module;
        for (i, color) in code.to_colors().into_iter().enumerate() {
            if color == qrcode::Color::Dark {
                let (col, row) = ((i % width) as f32, (i / width) as f32);
                self.fill_rect(
                    left + (4.0 + col) * module,
                    top - (row + 1.0) * module,
                    module,
                    module,
                    (0.0, 0.0, 0.0),
                );
            }
        }
        self.y -= side;
    }

    /// A vertical line with a dot per moment: when, what, and who was involved.
    fn timeline(&mut self, rows: &[TimelineRow]) {
        const AT_W: f32 = 92.0;
        let text_x = MARGIN + 16.0 + AT_W;
        let text_w = TEXT_W - 16.0 - AT_W;
        for row in rows {
            let at = self.wrap(&row.at, Face::Bold, SMALL + 0.5, AT_W - 6.0);
            let what = self.wrap(&row.text, Face::Regular, BODY, text_w);
            let who = if row.who.is_empty() { vec![] } else { self.wrap(&row.who, Face::Regular, SMALL, text_w) };
            let first_lines = what.len().clamp(1, 3) as f32;
            self.ensure(first_lines * LEADING + 6.0);
            let dot_y = self.y - BODY + 1.0;
            self.fill_rect(MARGIN + 1.5, dot_y, 6.0, 6.0, ACCENT);
            for (i, line) in at.iter().enumerate() {
                self.text_at(MARGIN + 16.0, self.y - BODY - i as f32 * 11.0, Face::Bold, SMALL + 0.5, INK, line);
            }
            let start = self.y;
            for line in what {
                self.timeline_line(start);
                self.y -= LEADING;
                self.text_at(text_x, self.y + LEADING - BODY, Face::Regular, BODY, INK, &line);
            }
            for line in who {
                self.timeline_line(start);
                self.y -= SMALL * 1.4;
                self.text_at(text_x, self.y + SMALL * 0.4, Face::Regular, SMALL, MUTED, &line);
            }
            self.y = self.y.min(start - at.len() as f32 * 11.0 - 4.0);
            self.y -= 6.0;
            let y = self.y;
            self.rule(MARGIN + 4.5, y, MARGIN + 4.5, y + 6.0, ACCENT, 1.2);
        }
        self.y -= 4.0;
    }

    /// Breaks the page if needed and draws the timeline's spine beside the next line.
    fn timeline_line(&mut self, row_start: f32) {
        if self.y - LEADING < BOTTOM {
            self.new_page();
        }
        let top = if self.y == row_start { self.y - BODY + 4.0 } else { self.y };
        self.rule(MARGIN + 4.5, self.y - LEADING, MARGIN + 4.5, top, ACCENT, 1.2);
    }

    fn chart(&mut self, caption: &str, bars: &[Bar]) {
        const LABEL_W: f32 = 110.0;
        const BAR_MAX: f32 = 240.0;
        let most = bars.iter().map(|b| b.count).max().unwrap_or(0).max(1) as f32;
        self.ensure(bars.len() as f32 * 18.0 + 20.0);
        self.gap(6.0);
        for bar in bars {
            self.y -= 18.0;
            self.text_at(MARGIN, self.y + 3.0, Face::Regular, BODY, INK, &bar.label);
            let width = BAR_MAX * bar.count as f32 / most;
            if bar.count > 0 {
                self.fill_rect(MARGIN + LABEL_W, self.y + 1.0, width, 11.0, ACCENT);
            }
            self.rule(MARGIN + LABEL_W, self.y - 1.0, MARGIN + LABEL_W, self.y + 14.0, RULE, 0.6);
            let count = bar.count.to_string();
            self.text_at(MARGIN + LABEL_W + width + 6.0, self.y + 3.0, Face::Bold, BODY, INK, &count);
        }
        self.y -= 16.0;
        self.text_at(MARGIN, self.y, Face::Regular, SMALL, MUTED, caption);
        self.y -= 8.0;
    }

    /// "Pagina 2 van 5" on every page, with the document's title beside it.
    fn stamp_page_numbers(self, footer_left: &str, page: &str, of: &str) -> Vec<PdfPage> {
        let total = self.pages.len();
        let left = self.fit(footer_left, SMALL, TEXT_W - 110.0);
        let footer = |i: usize| {
            let number = format!("{page} {} {of} {total}", i + 1);
            let x = MARGIN + TEXT_W - self.regular.width(&number, SMALL);
            let mut ops = rule_ops(MARGIN, 46.0, MARGIN + TEXT_W, 46.0, RULE, 0.6).to_vec();
            ops.extend(self.text_ops(x, 34.0, Face::Regular, SMALL, MUTED, &number));
            ops.extend(self.text_ops(MARGIN, 34.0, Face::Regular, SMALL, MUTED, &left));
            ops
        };
        let footers: Vec<Vec<Op>> = (0..total).map(footer).collect();
        self.pages
            .into_iter()
            .zip(footers)
            .map(|(mut ops, footer)| {
                ops.extend(footer);
                PdfPage::new(Mm(210.0), Mm(297.0), ops)
            })
            .collect()
    }

    /// `text` cut with an ellipsis to fit `width`.
    fn fit(&self, text: &str, size: f32, width: f32) -> String {
        let text = shape_arabic(&printable(text).replace('\n', " ")).into_owned();
        if self.regular.width(&text, size) <= width {
            return text;
        }
        let mut out = String::new();
        for c in text.chars() {
            if self.regular.width(&format!("{out}{c}…"), size) > width {
                break;
            }
            out.push(c);
        }
        format!("{}…", out.trim_end())
    }
}
