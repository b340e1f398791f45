//! A one-sheet workbook (Office Open XML, ECMA-376) for Excel: inline strings (UTF-8, so Dutch
//! diacritics arrive as written), real date cells, a bold header row that stays in view and has a
//! filter, wrapped text in set column widths. Nothing in it is a formula: a cell that starts with
//! "=" is text.

use chrono::NaiveDate;

use crate::zip;

/// A cell of the sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Date(NaiveDate),
    Number(u32),
    Empty,
}

/// One sheet: its name, the columns (header and width in characters), the rows.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: String,
    pub columns: Vec<(String, f32)>,
    pub rows: Vec<Vec<Cell>>,
}

// Style indexes into cellXfs below.
const HEADER: u8 = 1;
const DATE: u8 = 2;
const WRAPPED: u8 = 3;

pub fn workbook(sheet: &Sheet) -> Vec<u8> {
    zip::stored(&[
        ("[Content_Types].xml", CONTENT_TYPES.into()),
        ("_rels/.rels", ROOT_RELS.into()),
        ("xl/workbook.xml", workbook_xml(&sheet.name).into_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.into()),
        ("xl/styles.xml", STYLES.into()),
        ("xl/worksheets/sheet1.xml", sheet_xml(sheet).into_bytes()),
    ])
}

fn workbook_xml(name: &str) -> String {
    // Excel allows 31 characters and none of []:*?/\ in a sheet's name.
    let name: String = name.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{}" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        escape(&name)
    )
}

fn sheet_xml(sheet: &Sheet) -> String {
    let last_column = column_name(sheet.columns.len().max(1));
    let last_row = sheet.rows.len() + 1;
    let mut out = String::with_capacity(1024 + sheet.rows.len() * 512);
    out.push_str(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#);
    out.push_str("\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    out.push_str(r#"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#);
    out.push_str("<cols>");
    for (n, (_, width)) in sheet.columns.iter().enumerate() {
        out.push_str(&format!(r#"<col min="{0}" max="{0}" width="{width:.1}" customWidth="1"/>"#, n + 1));
    }
    out.push_str("</cols><sheetData>");
    let header: Vec<Cell> = sheet.columns.iter().map(|(h, _)| Cell::Text(h.clone())).collect();
    row_xml(&mut out, 1, &header, HEADER);
    for (n, row) in sheet.rows.iter().enumerate() {
        row_xml(&mut out, n + 2, row, WRAPPED);
    }
    out.push_str(&format!(r#"</sheetData><autoFilter ref="A1:{last_column}{last_row}"/></worksheet>"#));
    out
}

fn row_xml(out: &mut String, row: usize, cells: &[Cell], text_style: u8) {
    out.push_str(&format!(r#"<row r="{row}">"#));
    for (n, cell) in cells.iter().enumerate() {
        let at = format!("{}{row}", column_name(n + 1));
        match cell {
            Cell::Text(text) => out.push_str(&format!(
                r#"<c r="{at}" s="{text_style}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                escape(text)
            )),
            Cell::Date(day) => out.push_str(&format!(r#"<c r="{at}" s="{DATE}"><v>{}</v></c>"#, serial(*day))),
            Cell::Number(n) => out.push_str(&format!(r#"<c r="{at}"><v>{n}</v></c>"#)),
            Cell::Empty => {}
        }
    }
    out.push_str("</row>");
}

/// "A", …, "Z", "AA", …: the letters of column `n` (1-based).
fn column_name(mut n: usize) -> String {
    let mut name = Vec::new();
    while n > 0 {
        n -= 1;
        name.push(b'A' + (n % 26) as u8);
        n /= 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// A day as Excel counts it: days since 1899-12-30 (which absorbs Lotus's missing 29 February 1900).
fn serial(day: NaiveDate) -> i64 {
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default();
    (day - epoch).num_days()
}

/// Text as XML character data: the five escapes, and the control characters XML 1.0 cannot hold
/// dropped (tab and line breaks stay; a CR LF pasted from Windows becomes one line break).
fn escape(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' => out.push(c),
            '\r' => out.push('\n'),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;

const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

/// Styles: 0 plain, 1 bold header, 2 a date as dd-mm-yyyy, 3 wrapped text at the top of its cell.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\-mm\-yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_excel_letters_them() {
        assert_eq!([1, 26, 27, 52, 703].map(column_name), ["A", "Z", "AA", "AZ", "AAA"]);
    }

    #[test]
    fn days_count_from_excels_epoch() {
        assert_eq!(serial(NaiveDate::from_ymd_opt(1900, 3, 1).unwrap()), 61);
        assert_eq!(serial(NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()), 46358);
    }

    #[test]
    fn text_is_escaped_and_loses_only_what_xml_cannot_hold() {
        assert_eq!(
            escape("a<b & \"c\" 'd'\r\ne\u{7}f\tg"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;\ne\u{0}f\tg".replace('\u{0}', "")
        );
    }
}
