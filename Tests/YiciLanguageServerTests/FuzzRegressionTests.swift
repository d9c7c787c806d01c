import Foundation
import Testing
import YiciLanguageServer
import YiciTestSupport

/// Every saved input of `fuzz-lsp` (Fuzz/regressions/lsp/) replayed as the fuzzer runs it.
@Suite struct LanguageServerFuzzRegressionTests {
  static let inputs = Repository.files(in: "Fuzz/regressions/lsp", withSuffix: "")

  @Test func thereAreSavedInputs() {
    #expect(!Self.inputs.isEmpty)
  }

  @Test(arguments: inputs) func replays(_ path: String) throws {
    let bytes = try #require(FileManager.default.contents(atPath: path))
    #expect(LanguageServer.replay(Array(bytes)) == nil)
  }
}
