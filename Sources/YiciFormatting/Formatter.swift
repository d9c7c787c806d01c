import YiciSyntax

/// `yici fmt`: a rule file in its canonical layout, and in either keyword language.
///
/// The layout keeps the author's line breaks and comments where they were, and makes the
/// rest canonical: two spaces of indentation a block, continuation lines of an item two
/// more (an `en` text two more than the line it continues), lines inside an open
/// parenthesis aligned after it, one space between tokens (none inside parentheses, before
/// `,` `;` `:` `%` or after a unary minus), ASCII punctuation and quotes, at most one blank
/// line in a row, and every keyword spelled in one language. Formatting is idempotent, and
/// the output says exactly what the input says: it is parsed again, and its syntax tree
/// (without positions) must equal the input's, or nothing is returned.
public enum Formatter {
  /// The file in canonical layout, its keywords spelled in `keywords` (nil: the file's own
  /// language, the one most of its keywords are written in).
  ///
  /// Throws `FormatError.syntaxErrors` when the file does not parse (nothing is formatted
  /// that could be read two ways), and `FormatError.meaningWouldChange` in the one case the
  /// other keyword language cannot say the same thing (a name that is a keyword there).
  public static func format(_ source: SourceFile, keywords: KeywordLanguage? = nil) throws(FormatError) -> String {
    let parsed = Parser.parseForLayout(source)
    let errors = parsed.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty else { throw .syntaxErrors(errors) }
    let language = keywords ?? parsed.file.language ?? .english
    let text = Layout(parsed, keywords: language).text
    try verify(text, saysWhat: parsed.file, in: language)
    return text
  }

  /// Whether the file is already in canonical layout (in its own keyword language).
  public static func isFormatted(_ source: SourceFile) throws(FormatError) -> Bool {
    try format(source) == source.text
  }

  /// Throws unless `text` parses without error to the same tree as `original`.
  private static func verify(_ text: String, saysWhat original: RuleFile, in language: KeywordLanguage)
    throws(FormatError)
  {
    let path = original.source.path
    let reparsed = Parser.parse(SourceFile(path: path, text: text))
    if let error = reparsed.diagnostics.first(where: { $0.severity == .error }) {
      throw .meaningWouldChange(path: path, reason: "the formatted text would not parse: \(error.message)")
    }
    guard reparsed.file.structure == original.structure else {
      let names = language == .english ? "English" : "Chinese"
      throw .meaningWouldChange(
        path: path,
        reason: "written with \(names) keywords it would read differently (a name that is a \(names) keyword?)")
    }
  }
}
