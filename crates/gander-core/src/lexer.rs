//! A PostgreSQL-aware lexer, fed one line at a time, that finds where statements really end.
//!
//! It knows what PostgreSQL's own lexer knows about where a `;` does not end a statement:
//! `'…'` with `''`, `E'…'` with backslash escapes, `"ident"`, `$$…$$` and `$tag$…$tag$`,
//! `--` and nested `/* */` comments, parentheses, and (like psql) `BEGIN ATOMIC … END` bodies of
//! `CREATE FUNCTION`/`PROCEDURE`.

/// A place in a file: 0-based line index and byte offset in that line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub(crate) struct Pos {
    pub line: usize,
    pub byte: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Tok {
    /// A keyword or unquoted identifier, upper-cased.
    Word(String),
    /// `"ident"`.
    QuotedIdent,
    /// Any string constant: `'…'`, `E'…'`, `$$…$$`.
    Str,
    /// A number.
    Number,
    /// `;` that does not end the statement (inside parentheses or a `BEGIN ATOMIC` body).
    InnerSemicolon,
    /// Any other character.
    Other(char),
}

#[derive(Clone, Debug)]
pub(crate) struct Token {
    pub tok: Tok,
}

/// A statement as the lexer delimits it.
#[derive(Clone, Debug)]
pub(crate) struct LexStmt {
    /// Its first token.
    pub start: Pos,
    /// Just after its `;`, or after its last token when it has none.
    pub end: Pos,
    /// Whether it ended with a `;`.
    pub terminated: bool,
    pub tokens: Vec<Token>,
}

impl LexStmt {
    /// The leading words, upper-cased, up to the first token that is not a word.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.tokens.iter().map_while(|t| match &t.tok {
            Tok::Word(w) => Some(w.as_str()),
            _ => None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    Normal,
    Str { escapes: bool },
    Ident,
    Dollar { tag: String },
    Comment { depth: u32 },
}

/// What was left open at the end of a section or block.
#[derive(Clone, Debug)]
pub(crate) struct Unclosed {
    pub mode: Mode,
    pub open: Pos,
}

#[derive(Debug)]
pub(crate) struct Lexer {
    mode: Mode,
    open: Pos,
    paren: u32,
    begin_depth: u32,
    idents: [u8; 4],
    ident_count: usize,
    cur: Option<LexStmt>,
    last_end: Pos,
    done: Vec<LexStmt>,
    tokens_seen: usize,
}

impl Default for Lexer {
    fn default() -> Self {
        Lexer {
            mode: Mode::Normal,
            open: Pos::default(),
            paren: 0,
            begin_depth: 0,
            idents: [0; 4],
            ident_count: 0,
            cur: None,
            last_end: Pos::default(),
            done: Vec::new(),
            tokens_seen: 0,
        }
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || !c.is_ascii()
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$' || !c.is_ascii()
}

impl Lexer {
    /// The construct the lexer is inside, if any.
    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// Where the current construct opened.
    pub fn open_pos(&self) -> Pos {
        self.open
    }

    /// Whether a statement has started and not ended.
    pub fn pending(&self) -> Option<&LexStmt> {
        self.cur.as_ref()
    }

    /// Whether the lexer is between statements.
    pub fn at_boundary(&self) -> bool {
        self.mode == Mode::Normal && self.cur.is_none()
    }

    /// Statements completed since the last call.
    pub fn take_done(&mut self) -> Vec<LexStmt> {
        std::mem::take(&mut self.done)
    }

    /// Ends a section or block: closes a pending statement without `;`, or reports what is open.
    pub fn finish(&mut self) -> Result<(), Unclosed> {
        let result = if self.mode != Mode::Normal {
            Err(Unclosed {
                mode: self.mode.clone(),
                open: self.open,
            })
        } else {
            Ok(())
        };
        if let Some(mut stmt) = self.cur.take() {
            stmt.end = self.last_end;
            if result.is_ok() {
                self.done.push(stmt);
            }
        }
        self.mode = Mode::Normal;
        self.paren = 0;
        self.begin_depth = 0;
        self.ident_count = 0;
        result
    }

    /// Forgets everything (after an error).
    pub fn reset(&mut self) {
        *self = Lexer::default();
    }

    /// How many tokens (not comments) were seen since the last reset.
    pub fn tokens_seen(&self) -> usize {
        self.tokens_seen
    }

    fn token(&mut self, tok: Tok, pos: Pos) {
        self.tokens_seen += 1;
        let stmt = self.cur.get_or_insert_with(|| LexStmt {
            start: pos,
            end: pos,
            terminated: false,
            tokens: Vec::new(),
        });
        stmt.tokens.push(Token { tok });
    }

    fn word(&mut self, upper: String, pos: Pos) {
        if self.cur.is_none() {
            self.ident_count = 0;
            self.idents = [0; 4];
        }
        // psql's heuristic for SQL-standard function bodies (psqlscan.l).
        let first = upper
            .as_bytes()
            .first()
            .copied()
            .unwrap_or(0)
            .to_ascii_lowercase();
        if matches!(
            upper.as_str(),
            "CREATE" | "FUNCTION" | "PROCEDURE" | "OR" | "REPLACE"
        ) && self.ident_count < 4
        {
            self.idents[self.ident_count] = first;
        }
        self.ident_count += 1;
        let i = self.idents;
        if i[0] == b'c'
            && (i[1] == b'f'
                || i[1] == b'p'
                || (i[1] == b'o' && i[2] == b'r' && (i[3] == b'f' || i[3] == b'p')))
            && self.paren == 0
        {
            match upper.as_str() {
                "BEGIN" => self.begin_depth += 1,
                "CASE" if self.begin_depth >= 1 => self.begin_depth += 1,
                "END" if self.begin_depth > 0 => self.begin_depth -= 1,
                _ => {}
            }
        }
        self.token(Tok::Word(upper), pos);
    }

    /// Lexes one line (without its line break).
    pub fn feed(&mut self, line_index: usize, line: &str) {
        let bytes = line.as_bytes();
        let len = bytes.len();
        let mut i = 0;
        let at = |byte: usize| Pos {
            line: line_index,
            byte,
        };
        while i < len {
            match &mut self.mode {
                Mode::Comment { depth } => {
                    if bytes[i..].starts_with(b"/*") {
                        *depth += 1;
                        i += 2;
                    } else if bytes[i..].starts_with(b"*/") {
                        *depth -= 1;
                        i += 2;
                        if *depth == 0 {
                            self.mode = Mode::Normal;
                        }
                    } else {
                        i += 1;
                    }
                }
                Mode::Str { escapes } => {
                    let c = bytes[i];
                    if *escapes && c == b'\\' {
                        i += 2;
                    } else if c == b'\'' {
                        if bytes.get(i + 1) == Some(&b'\'') {
                            i += 2;
                        } else {
                            i += 1;
                            self.mode = Mode::Normal;
                            self.last_end = at(i);
                        }
                    } else {
                        i += 1;
                    }
                }
                Mode::Ident => {
                    if bytes[i] == b'"' {
                        if bytes.get(i + 1) == Some(&b'"') {
                            i += 2;
                        } else {
                            i += 1;
                            self.mode = Mode::Normal;
                            self.last_end = at(i);
                        }
                    } else {
                        i += 1;
                    }
                }
                Mode::Dollar { tag } => {
                    if bytes[i..].starts_with(tag.as_bytes()) {
                        i += tag.len();
                        self.mode = Mode::Normal;
                        self.last_end = at(i);
                    } else {
                        i += 1;
                    }
                }
                Mode::Normal => {
                    let Some(c) = line[i..].chars().next() else {
                        break;
                    };
                    let rest = &line[i..];
                    if c.is_whitespace() {
                        i += c.len_utf8();
                    } else if rest.starts_with("--") {
                        break;
                    } else if rest.starts_with("/*") {
                        self.mode = Mode::Comment { depth: 1 };
                        self.open = at(i);
                        i += 2;
                    } else if c == '\'' {
                        self.token(Tok::Str, at(i));
                        self.mode = Mode::Str { escapes: false };
                        self.open = at(i);
                        i += 1;
                    } else if c == '"' {
                        self.token(Tok::QuotedIdent, at(i));
                        self.mode = Mode::Ident;
                        self.open = at(i);
                        i += 1;
                    } else if c == '$' {
                        if let Some(tag) = dollar_tag(rest) {
                            self.token(Tok::Str, at(i));
                            self.open = at(i);
                            i += tag.len();
                            self.mode = Mode::Dollar { tag };
                        } else {
                            // `$1` parameters and stray dollars.
                            let n = rest[1..]
                                .find(|ch: char| !ch.is_ascii_digit())
                                .map_or(rest.len(), |n| n + 1);
                            self.token(Tok::Other('$'), at(i));
                            i += n;
                            self.last_end = at(i);
                        }
                    } else if is_ident_start(c) {
                        let n = rest
                            .find(|ch: char| !is_ident_char(ch))
                            .unwrap_or(rest.len());
                        let word = &rest[..n];
                        let after = rest[n..].chars().next();
                        let upper = word.to_ascii_uppercase();
                        if after == Some('\'') && matches!(upper.as_str(), "E" | "B" | "X" | "N") {
                            self.token(Tok::Str, at(i));
                            self.open = at(i);
                            self.mode = Mode::Str {
                                escapes: upper == "E",
                            };
                            i += n + 1;
                        } else if upper == "U"
                            && (rest[n..].starts_with("&'") || rest[n..].starts_with("&\""))
                        {
                            self.open = at(i);
                            if rest[n..].starts_with("&'") {
                                self.token(Tok::Str, at(i));
                                self.mode = Mode::Str { escapes: false };
                            } else {
                                self.token(Tok::QuotedIdent, at(i));
                                self.mode = Mode::Ident;
                            }
                            i += n + 2;
                        } else {
                            self.word(upper, at(i));
                            i += n;
                            self.last_end = at(i);
                        }
                    } else if c.is_ascii_digit()
                        || (c == '.' && rest[1..].starts_with(|d: char| d.is_ascii_digit()))
                    {
                        let n = rest
                            .find(|ch: char| {
                                !(ch.is_ascii_alphanumeric() || ch == '.' || ch == '_')
                            })
                            .unwrap_or(rest.len());
                        self.token(Tok::Number, at(i));
                        i += n;
                        self.last_end = at(i);
                    } else if c == ';' {
                        i += 1;
                        if self.paren == 0 && self.begin_depth == 0 {
                            if let Some(mut stmt) = self.cur.take() {
                                stmt.end = at(i);
                                stmt.terminated = true;
                                self.done.push(stmt);
                            }
                            self.last_end = at(i);
                            self.ident_count = 0;
                        } else {
                            self.token(Tok::InnerSemicolon, at(i - 1));
                            self.last_end = at(i);
                        }
                    } else {
                        if c == '(' {
                            self.paren += 1;
                        } else if c == ')' {
                            self.paren = self.paren.saturating_sub(1);
                        }
                        self.token(Tok::Other(c), at(i));
                        i += c.len_utf8();
                        self.last_end = at(i);
                    }
                }
            }
        }
    }
}

/// The dollar-quote tag at the start of `s` (`$$`, `$body$`), if it is one.
fn dollar_tag(s: &str) -> Option<String> {
    let rest = &s[1..];
    if rest.starts_with('$') {
        return Some("$$".to_string());
    }
    let first = rest.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '_' || !first.is_ascii()) {
        return None;
    }
    let n = rest.find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_' || !ch.is_ascii()))?;
    if rest[n..].starts_with('$') {
        Some(format!("${}$", &rest[..n]))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> (Vec<String>, Result<(), Unclosed>) {
        let lines: Vec<&str> = text.split('\n').collect();
        let mut lx = Lexer::default();
        for (i, l) in lines.iter().enumerate() {
            lx.feed(i, l);
        }
        let r = lx.finish();
        let out = lx
            .take_done()
            .iter()
            .map(|s| {
                let mut t = String::new();
                for (li, l) in lines
                    .iter()
                    .enumerate()
                    .take(s.end.line + 1)
                    .skip(s.start.line)
                {
                    let a = if li == s.start.line { s.start.byte } else { 0 };
                    let b = if li == s.end.line {
                        s.end.byte
                    } else {
                        l.len()
                    };
                    t.push_str(&l[a..b]);
                    if li != s.end.line {
                        t.push('\n');
                    }
                }
                t
            })
            .collect();
        (out, r)
    }

    #[test]
    fn splits_on_semicolons_outside_quotes() {
        let (s, r) =
            split("select 'a;''b'; select \"x;\" from t;\nselect $$a;\nb$$;select E'\\';' ;");
        assert!(r.is_ok());
        assert_eq!(
            s,
            vec![
                "select 'a;''b';",
                "select \"x;\" from t;",
                "select $$a;\nb$$;",
                "select E'\\';' ;"
            ]
        );
    }

    #[test]
    fn nested_comments_and_tags() {
        let (s, r) = split("/* a /* b; */ c; */ select 1; select $f$ $$; $f$;");
        assert!(r.is_ok());
        assert_eq!(s, vec!["select 1;", "select $f$ $$; $f$;"]);
    }

    #[test]
    fn begin_atomic_body_is_one_statement() {
        let (s, _) = split(
            "create function f() returns int language sql\nbegin atomic\n select 1;\n select 2;\nend;\nselect 3;",
        );
        assert_eq!(s.len(), 2);
        assert!(s[0].ends_with("end;"));
    }

    #[test]
    fn identifiers_with_dollar_are_not_quotes() {
        let (s, r) = split("select a$$b from t; select $1;");
        assert!(r.is_ok());
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn unterminated_reports_opening() {
        let (_, r) = split("select 1;\nselect 'abc;\n;");
        let u = r.unwrap_err();
        assert_eq!(u.open, Pos { line: 1, byte: 7 });
    }
}
