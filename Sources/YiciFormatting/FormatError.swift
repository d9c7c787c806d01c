import YiciSyntax

/// Why a file was not formatted.
public enum FormatError: Error, Sendable, CustomStringConvertible {
  /// The file has syntax errors (lexing or parsing); they are given, to show as `yici check`
  /// shows them.
  case syntaxErrors([Diagnostic])
  /// The formatted text would not say what the file says (checked on every run; only a
  /// translation of keywords can meet it, when a name is a keyword of the other language).
  case meaningWouldChange(path: String, reason: String)

  /// One line for people.
  public var description: String {
    switch self {
    case .syntaxErrors(let errors):
      let first = errors.first.map { "\($0.span.description): \($0.message)" } ?? "syntax errors"
      return "not formatted: the file has \(errors.count) syntax error\(errors.count == 1 ? "" : "s") (\(first))"
    case .meaningWouldChange(let path, let reason): return "not formatted: \(path): \(reason)"
    }
  }
}
