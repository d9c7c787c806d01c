import YiciSemantics

/// The errors and warnings of binding an application to a service, worded once for both
/// ways in: JSON text (`ApplicationDecoder`) and a Swift `Application` (`bound(to:)`).
extension InterchangeError {
  /// The application names a service the rules do not have.
  package static func noService(_ name: String, known: [String], column: Int? = nil) -> InterchangeError {
    let hint = InputHint.closest(to: name, in: known).map { "; did you mean '\($0)'?" } ?? ""
    return InterchangeError(
      "no service '\(InputHint.shown(name))' in the rules\(hint)", path: "service", column: column)
  }

  /// The application gives no service.
  static let noServiceField = InterchangeError("the application names no service; add \"service\": \"…\"")

  /// The application gives no date and none was passed.
  static let noDate = InterchangeError("the application has no date; add \"date\": \"YYYY-MM-DD\" (or pass --date)")

  /// A fact the service does not have.
  static func unknownFact(_ name: String, of service: CompiledService, known: [String], column: Int? = nil)
    -> InterchangeError
  {
    let hint = InputHint.closest(to: name, in: known).map { "; did you mean '\($0)'?" } ?? ""
    return InterchangeError(
      "service '\(service.id)' has no fact '\(InputHint.shown(name))'\(hint)", path: "facts", column: column)
  }

  /// A date fact (or the application's date, `path` "date") that is not `YYYY-MM-DD`.
  static func notADate(_ text: String, path: String, column: Int? = nil) -> InterchangeError {
    InterchangeError("'\(InputHint.shown(text))' is not a date (YYYY-MM-DD)", path: path, column: column)
  }

  /// A value of an options fact that is none of its options.
  static func notAnOption(_ text: String, of fact: FactDefinition, column: Int? = nil) -> InterchangeError {
    let ids = fact.options.map(\.id)
    let hint = InputHint.closest(to: text, in: ids).map { "did you mean '\($0)'? " } ?? ""
    return InterchangeError(
      "'\(InputHint.shown(text))' is not an option of '\(fact.id)'; \(hint)the options are \(ids.joined(separator: ", "))",
      path: "facts.\(fact.id)", column: column)
  }

  /// A value given for a derived fact.
  static func derived(_ fact: FactDefinition) -> InterchangeError {
    InterchangeError("'\(fact.id)' is derived from other facts; it cannot be given", path: "facts.\(fact.id)")
  }

  /// The warning for an id in `materials` (field 4), `shared` (5) or `commitments` (6)
  /// that is not the service's; it is ignored.
  static func unknownIDWarning(_ id: String, field: Int, known: [String]) -> String {
    let name = field == 4 ? "materials" : field == 5 ? "shared" : "commitments"
    let hint = InputHint.closest(to: id, in: known).map { " (did you mean '\($0)'?)" } ?? ""
    return
      "\(name): '\(id)' is not a \(field == 6 ? "condition or material" : "material") of this service, ignored\(hint)"
  }
}
