import Foundation
import Testing
import YiciTestSupport

@testable import YiciTesting

/// `yici test`: the bundled examples pass with their coverage, and a file of failing cases
/// gives a readable diff naming each case, JSON and JUnit XML (goldens in
/// `Tests/YiciTests/Golden/test/`; re-record with `YICI_RECORD=1 swift test --filter
/// TestCommandTests`).
@Suite struct TestCommandTests {
  static let golden = "Tests/YiciTests/Golden/test"
  static let failing = "\(golden)/failing.test.json"

  @Test func theBundledExamplesPassWithTheirCoverage() throws {
    let run = try YiciBinary.run(["test", "examples", "--coverage"], input: nil)
    #expect(run.status == 0, "\(run.output)\(run.error)")
    Repository.expectGolden(run.output, at: Repository.path("\(Self.golden)/examples.txt"))
  }

  @Test(arguments: [
    (["--coverage"], "failing.txt"), (["--format", "json"], "failing.json"),
    (["--format", "junit"], "failing.junit.xml"),
  ])
  func failingCasesAreNamedWithTheirDiffs(_ options: [String], _ golden: String) throws {
    // The cases decide a small service of their own (shop.yici), so the goldens stay as
    // they are when the bundled rules change.
    let run = try YiciBinary.run(["test", Self.failing] + options, input: nil)
    #expect(run.status == 1)
    Repository.expectGolden(run.output, at: Repository.path("\(Self.golden)/\(golden)"))
  }

  @Test func aCoverageBelowTheMinimumFails() throws {
    let run = try YiciBinary.run(["test", "examples", "--min-coverage", "99.5"], input: nil)
    #expect(run.status == 1)
    #expect(run.error.contains("is below the minimum of 99.5%"))
    #expect(try YiciBinary.run(["test", "examples", "--min-coverage", "80"], input: nil).status == 0)
  }

  @Test func aMisspeltExpectationIsAnErrorNotAPass() {
    let file = #"{"cases": [{"name": "c", "application": {}, "expect": {"outcome": "accepted", "mising": []}}]}"#
    #expect {
      try TestFile.parse(Array(file.utf8), path: "t.test.json")
    } throws: { error in
      (error as? TestFileError)?.description.contains("unknown key \"mising\" in \"expect\"") == true
    }
  }

  @Test func anInlineApplicationIsHandedOverByteForByte() throws {
    let application = #"{"service": "s", "facts": {"n": 0.10000000000000000001}}"#
    let file = #"{"cases": [{"name": "c", "application": "# + application + #", "expect": {}}]}"#
    let parsed = try TestFile.parse(Array(file.utf8), path: "folder/t.test.json")
    #expect(parsed.cases.first?.application == Array(application.utf8))
    #expect(lexicallyNormalized("examples/tests/../../rules") == "rules")
  }
}

extension TestCommandTests {
  @Test func everyExampleApplicationIsATestCase() throws {
    let named = try Repository.files(in: "examples", withSuffix: ".test.json").flatMap {
      try TestFile.read($0).cases.map(\.applicationPath)
    }
    for folder in ["examples/applications", "examples/bundles/applications"] {
      for application in Repository.files(in: folder, withSuffix: ".json") {
        let relative = "\(folder)/" + (application as NSString).lastPathComponent
        #expect(named.contains { $0.hasSuffix(relative) }, "\(relative) has no case in a test file of examples/")
      }
    }
  }
}
