import YiciSyntax

/// The checker's diagnostics as the protocol's: the code, the message with the label and
/// help the terminal shows under it, and the notes as related locations.
enum PublishedDiagnostics {
  /// The diagnostics of one file, for `textDocument/publishDiagnostics`.
  static func of(_ diagnostics: [Diagnostic], in file: SourceFile) -> [JSONValue] {
    diagnostics.filter { $0.span.file.path == file.path }.map(convert)
  }

  static func convert(_ diagnostic: Diagnostic) -> JSONValue {
    var message = diagnostic.message
    if let label = diagnostic.label { message += " (\(label))" }
    if let help = diagnostic.help { message += "\nhelp: \(help)" }
    var members: [String: JSONValue] = [
      "range": Positions.range(diagnostic.span.range, in: diagnostic.span.file),
      "severity": .int(diagnostic.severity == .error ? 1 : 2),
      "code": .string(diagnostic.code.rawValue),
      "source": "yici",
      "message": .string(message),
    ]
    let related: [JSONValue] = diagnostic.notes.compactMap { note in
      guard let span = note.span else { return nil }
      return [
        "location": [
          "uri": .string(Workspace.uri(of: span.file.path)), "range": Positions.range(span.range, in: span.file),
        ],
        "message": .string(note.message),
      ]
    }
    if !related.isEmpty { members["relatedInformation"] = .array(related) }
    return .object(members)
  }
}
