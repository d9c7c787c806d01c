import Foundation
import Testing
import YiciTestSupport

/// Every saved input of `fuzz-form` (Fuzz/regressions/form/) through the fuzzer's own code
/// (`FormHarness`, shared with Fuzz/ through a symlink): each page answers it cleanly.
@Suite struct FormFuzzRegressionTests {
  static let inputs = Repository.files(in: "Fuzz/regressions/form", withSuffix: "").map {
    ($0 as NSString).lastPathComponent
  }

  static let harness: FormHarness? = try? FormHarness(root: Repository.root.path)

  @Test func thereAreSavedInputs() { #expect(Self.inputs.count >= 3) }

  @Test(arguments: inputs) func replays(_ name: String) throws {
    let harness = try #require(Self.harness)
    let bytes = try #require(FileManager.default.contents(atPath: Repository.path("Fuzz/regressions/form/\(name)")))
    #expect(harness.run(Array(bytes)) == nil)
  }
}
