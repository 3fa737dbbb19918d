//! What went wrong, and where: every message names the file and, where it can, the line.

use std::fmt;

/// A problem that stops the build: the editor must fix the named file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusError {
    pub file: String,
    /// 1-based line number, when the problem has one.
    pub line: Option<usize>,
    pub message: String,
}

/// A problem the build worked around with a documented fallback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

fn write_place(f: &mut fmt::Formatter<'_>, file: &str, line: Option<usize>, message: &str) -> fmt::Result {
    match line {
        Some(line) => write!(f, "{file}:{line}: {message}"),
        None => write!(f, "{file}: {message}"),
    }
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_place(f, &self.file, self.line, &self.message)
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_place(f, &self.file, self.line, &self.message)
    }
}

impl std::error::Error for CorpusError {}

impl CorpusError {
    pub fn new(file: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> Self {
        CorpusError { file: file.into(), line, message: message.into() }
    }
}

impl Warning {
    pub fn new(file: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> Self {
        Warning { file: file.into(), line, message: message.into() }
    }
}

/// 1-based line number of byte `offset` in `text` (counting `\n`, `\r\n` and lone `\r` as breaks).
pub fn line_of(bytes: &[u8], offset: usize) -> usize {
    let upto = &bytes[..offset.min(bytes.len())];
    let mut line = 1;
    let mut i = 0;
    while i < upto.len() {
        match upto[i] {
            b'\n' => line += 1,
            b'\r' if upto.get(i + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
        i += 1;
    }
    line
}
