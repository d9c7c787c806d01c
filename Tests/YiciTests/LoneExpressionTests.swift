import Testing
import Yici
import YiciSemantics
import YiciSyntax
import YiciTestSupport

/// One expression, parsed on its own and checked against a service as a derived fact of
/// it would be: what the REPL's `:eval` runs.
@Suite struct LoneExpressionTests {
  static let files = try! RuleSources.read(["rules"], relativeTo: Repository.root.path).map { Parser.parse($0).file }

  private func check(_ text: String) -> (Result<(service: CompiledService, slot: Int), ExpressionErrors>, SourceFile) {
    let source = SourceFile(path: "<eval>", text: text)
    let parsed = Parser.parseExpression(source)
    guard let expression = parsed.expression else {
      return (.failure(ExpressionErrors(diagnostics: parsed.diagnostics)), source)
    }
    return (
      Checker.checkExpression(expression, in: source, service: "food_business_license_catering", of: Self.files),
      source
    )
  }

  @Test func anExpressionHasTheTypeOfADerivedFact() throws {
    let (result, _) = check("area_m2 > 500 and large_restaurant")
    let (service, slot) = try result.get()
    #expect(service.facts[slot].type == .bool)
    #expect(service.facts[slot].derivation != nil)
  }

  @Test func errorsPointIntoTheExpression() {
    for (text, code, column) in [
      ("area_m2 >", "E0110", 10), ("area_m2 > 5 5", "E0110", 13), ("", "E0110", 1), ("aera_m2 > 5", "E0201", 1),
      ("area_m2 and true", "E0203", 1),
    ] {
      let (result, source) = check(text)
      guard case .failure(let errors) = result, let first = errors.diagnostics.first else {
        Issue.record("'\(text)' checked")
        continue
      }
      #expect(first.code.rawValue == code, "\(text): \(first.message)")
      #expect(first.span.file === source)
      #expect(source.lineAndColumn(of: first.span.range.start).column == column, "\(text)")
    }
  }

  @Test func anUnknownServiceIsSaid() {
    let source = SourceFile(path: "<eval>", text: "true")
    let expression = Parser.parseExpression(source).expression!
    guard case .failure(let errors) = Checker.checkExpression(expression, in: source, service: "nope", of: Self.files)
    else { return #expect(Bool(false)) }
    #expect(errors.message == "no service 'nope' in the rules")
  }
}
