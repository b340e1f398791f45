//! Words, numbers and punctuation of one text, with where they stand and what comes before them.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: &'a str,
    /// The text in lower case, made once: every rule compares it.
    pub(super) low: String,
    pub(super) kind: TokenKind,
    /// Whitespace (or the start of the text) comes right before it.
    pub(super) gap: bool,
    /// A line break comes before it (or it is the first token).
    pub(super) new_line: bool,
}

impl Token<'_> {
    pub(super) fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub(super) fn lower(&self) -> &str {
        &self.low
    }

    pub(super) fn capitalised(&self) -> bool {
        let mut chars = self.text.chars();
        chars.next().is_some_and(char::is_uppercase) && !self.shouting()
    }

    /// All capitals, two letters or more: an abbreviation (SEH, MDO), not a name.
    pub(super) fn shouting(&self) -> bool {
        let word = self.text.trim_end_matches("'s").trim_end_matches("’s");
        word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
    }

    /// One capital letter: an initial when a full stop follows.
    pub(super) fn initial(&self) -> bool {
        self.is_word() && self.text.chars().count() == 1 && self.text.chars().all(char::is_uppercase)
    }
}

pub(super) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let (mut gap, mut new_line) = (true, true);
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            gap = true;
            new_line |= c == '\n';
            continue;
        }
        let apostrophe = |c: char| c == '\'' || c == '’';
        let mut end = start + c.len_utf8();
        let kind = if c.is_alphabetic() || (apostrophe(c) && next_is_t(text, end)) {
            // Letters, with apostrophes inside ("d'Hondt", "Anna's") and "'t".
            while let Some(&(i, n)) = chars.peek() {
                let inner = apostrophe(n) && text[i + n.len_utf8()..].chars().next().is_some_and(char::is_alphabetic);
                if n.is_alphabetic() || is_mark(n) || inner {
                    end = i + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            TokenKind::Word
        } else if c.is_ascii_digit() {
            while let Some(&(i, n)) = chars.peek() {
                if !n.is_ascii_digit() {
                    break;
                }
                end = i + 1;
                chars.next();
            }
            TokenKind::Number
        } else {
            TokenKind::Punct
        };
        let word = &text[start..end];
        tokens.push(Token { start, end, text: word, low: word.to_lowercase(), kind, gap, new_line });
        gap = false;
        new_line = false;
    }
    tokens
}

/// "'t" and "'s" are words ("in 't Veld", "'s nachts", "'s-Hertogenbosch").
pub(super) fn next_is_t(text: &str, at: usize) -> bool {
    let mut rest = text[at..].chars();
    rest.next().is_some_and(|c| matches!(c, 't' | 'T' | 's')) && !rest.next().is_some_and(char::is_alphabetic)
}

pub(super) fn is_mark(c: char) -> bool {
    // Combining diacritics, as in a decomposed "é".
    ('\u{300}'..='\u{36f}').contains(&c)
}
