//! Comma-separated values as RFC 4180 has them (CRLF between records, a field quoted when it holds
//! the separator, a quote or a line break, quotes doubled; a line break in a field is LF, as in an
//! Excel cell), and the variant Dutch Excel opens with
//! a double click: ";" between fields (the comma is the decimal sign there) and a UTF-8 byte order
//! mark, without which Excel reads "é" as "Ã©".

/// Which reader the file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// RFC 4180: "," and no byte order mark; what other programs and scripts read.
    Rfc4180,
    /// Excel with Dutch regional settings: ";" and a byte order mark.
    DutchExcel,
}

impl Dialect {
    fn separator(self) -> char {
        match self {
            Dialect::Rfc4180 => ',',
            Dialect::DutchExcel => ';',
        }
    }
}

pub fn to_csv(header: &[String], rows: &[Vec<String>], dialect: Dialect) -> String {
    let mut out = String::new();
    if dialect == Dialect::DutchExcel {
        out.push('\u{FEFF}');
    }
    for record in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        let fields: Vec<String> = record.iter().map(|f| field(f, dialect)).collect();
        out.push_str(&fields.join(&dialect.separator().to_string()));
        out.push_str("\r\n");
    }
    out
}

fn field(text: &str, dialect: Dialect) -> String {
    // Inside a field a line break is LF, as Excel keeps one in a cell (CRLF ends a record).
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    // A spreadsheet runs a field that starts like a formula ("=", "+", "@", "-1+…", a tab): a quote
    // in front keeps it text. A dash and a space ("- actie", a list in the notes) is text already.
    let formula = text.starts_with(['=', '+', '@', '\t', '\r'])
        || (text.starts_with('-') && !text.starts_with("- ") && text != "-");
    let text = if formula { format!("'{text}") } else { text };
    if text.contains([dialect.separator(), '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(fields: &[&str]) -> Vec<String> {
        fields.iter().map(|f| (*f).to_owned()).collect()
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        let csv =
            to_csv(&row(&["a", "b"]), &[row(&["x,y", "zeg \"ja\""]), row(&["één\r\ntwee", "ok"])], Dialect::Rfc4180);
        assert_eq!(csv, "a,b\r\n\"x,y\",\"zeg \"\"ja\"\"\"\r\n\"één\ntwee\",ok\r\n");
    }

    #[test]
    fn dutch_excel_gets_semicolons_and_a_byte_order_mark() {
        let csv = to_csv(&row(&["Eigenaar", "Status"]), &[row(&["vpk; nacht", "1,5"])], Dialect::DutchExcel);
        assert_eq!(csv, "\u{FEFF}Eigenaar;Status\r\n\"vpk; nacht\";1,5\r\n");
    }

    #[test]
    fn a_field_that_looks_like_a_formula_stays_text() {
        let csv =
            to_csv(&row(&["a"]), &[row(&["=HYPERLINK(\"x\")"]), row(&["- actie"]), row(&["-1+2"])], Dialect::Rfc4180);
        assert_eq!(csv, "a\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n- actie\r\n'-1+2\r\n");
    }
}
