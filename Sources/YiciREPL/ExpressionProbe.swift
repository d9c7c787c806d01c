import Foundation
import Yici
import YiciSemantics
import YiciSyntax

/// Checks an expression typed at the REPL against a service, exactly as the checker
/// checks one in a rule file, through the public parser and checker.
///
/// The library has no entry point for a lone expression, so the probe writes it as a
/// derived fact (`let __repl_value = EXPR`) in a scratch service appended to the
/// service's own file, moves that fact into the service's syntax tree, and checks all
/// the rule files again. The fact's type is the expression's type and its derivation the
/// compiled expression; diagnostics inside it are moved onto the expression's own text,
/// so they point at what the clerk typed.
struct ExpressionProbe {
  static let factID = "__repl_value"
  private static let scratchService = "__repl_probe"

  /// Every rule file of the session.
  let sources: [SourceFile]
  /// The service the expression is about.
  let service: CompiledService

  /// The service compiled with the expression as one more derived fact (and its slot),
  /// or the errors in the expression, placed in a file `<eval>` holding only it.
  func check(_ expression: String) -> Result<(service: CompiledService, slot: Int), ProbeErrors> {
    let original = service.span.file
    let prefix = original.text + "\nservice \(Self.scratchService) { facts { let \(Self.factID) = "
    let offset = prefix.unicodeScalars.count
    let combined = SourceFile(path: original.path, text: prefix + expression + "\n} }\n")
    let expressionFile = SourceFile(path: "<eval>", text: expression)
    func moved(_ diagnostic: Diagnostic) -> Diagnostic {
      let length = expressionFile.scalars.count
      let start = min(max(diagnostic.span.range.start - offset, 0), length)
      let end = min(max(diagnostic.span.range.end - offset, start), length)
      var rebased = diagnostic
      if diagnostic.span.range.start - offset >= length {
        rebased.message = diagnostic.message.replacingOccurrences(
          of: "found '}'", with: "found the end of the expression")
      }
      rebased.span = SourceSpan(file: expressionFile, range: SourceRange(start: start, end: end))
      rebased.notes = diagnostic.notes.map { Diagnostic.Note($0.message) }
      return rebased
    }
    func inExpression(_ diagnostic: Diagnostic) -> Bool {
      diagnostic.severity == .error && diagnostic.span.file === combined && diagnostic.span.range.start >= offset
    }
    var (file, parseDiagnostics) = Parser.parse(combined)
    let parseErrors = parseDiagnostics.filter(inExpression)
    guard parseErrors.isEmpty else { return .failure(ProbeErrors(diagnostics: parseErrors.map(moved))) }
    guard let fact = scratchFact(in: file), let target = serviceIndex(in: file) else {
      return .failure(ProbeErrors(message: "write one expression"))
    }
    file.declarations.removeAll { if case .service(let s) = $0 { s.id.name == Self.scratchService } else { false } }
    if case .service(var syntax) = file.declarations[target] {
      syntax.facts.append(fact)
      file.declarations[target] = .service(syntax)
    }
    let files = sources.map { $0 === original ? file : Parser.parse($0).file }
    let (compiled, diagnostics) = Checker.check(files)
    let errors = diagnostics.filter(inExpression)
    guard errors.isEmpty else { return .failure(ProbeErrors(diagnostics: errors.map(moved))) }
    guard let probe = compiled.service(service.id), let slot = probe.factSlots[Self.factID] else {
      return .failure(ProbeErrors(message: "the expression cannot be checked"))
    }
    return .success((probe, slot))
  }

  /// The scratch service's one derived fact, when the text parsed as one expression.
  private func scratchFact(in file: RuleFile) -> FactSyntax? {
    guard case .service(let scratch)? = file.declarations.last, scratch.id.name == Self.scratchService,
      scratch.facts.count == 1, scratch.facts[0].id.name == Self.factID, case .derived = scratch.facts[0].definition,
      scratch.header.isEmpty, scratch.conditions.isEmpty, scratch.materials.isEmpty
    else { return nil }
    return scratch.facts[0]
  }

  /// Where the service itself is among the file's declarations.
  private func serviceIndex(in file: RuleFile) -> Int? {
    file.declarations.firstIndex { if case .service(let s) = $0 { s.id.name == service.id } else { false } }
  }
}

/// Why an expression did not check: diagnostics on its text, or a message.
struct ProbeErrors: Error {
  var diagnostics: [Diagnostic] = []
  var message: String?
}
