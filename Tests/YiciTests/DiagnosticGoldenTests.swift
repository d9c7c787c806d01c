import Foundation
import Testing
import Yici
import YiciTestSupport

/// One golden case per diagnostic code: `Golden/diagnostics/CODE-name.yici` must produce
/// that code, rendered exactly as `CODE-name.expected` (the text `yici check` prints).
@Suite struct DiagnosticGoldenTests {
  static let folder = "Tests/YiciTests/Golden/diagnostics"
  static let cases = Repository.files(in: folder, withSuffix: ".yici")

  @Test func everyCodeHasAGoldenCase() {
    let covered = Set(Self.cases.map { ($0 as NSString).lastPathComponent.prefix(5) })
    let missing = DiagnosticCode.allCases.filter { !covered.contains(Substring($0.rawValue)) }
    #expect(missing.isEmpty, "no golden case for \(missing.map(\.rawValue))")
  }

  @Test(arguments: cases)
  func diagnosticMatchesGolden(_ path: String) throws {
    let name = (path as NSString).lastPathComponent
    let text = try #require(Repository.read(path))
    let rules = RuleSet(text: text, path: "\(Self.folder)/\(name)")
    let code = String(name.prefix(5))
    #expect(rules.diagnostics.contains { $0.code.rawValue == code }, "\(name) does not produce \(code)")
    let rendered = DiagnosticRenderer().render(rules.diagnostics)
    Repository.expectGolden(rendered, at: (path as NSString).deletingPathExtension + ".expected")
  }
}
