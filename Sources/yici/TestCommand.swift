import ArgumentParser
import Yici
import YiciTesting

/// `yici test`: the authors' test cases (`*.test.json`), with coverage (`TestRunner`).
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run the authors' test cases (*.test.json) against the rules, with coverage.",
    discussion: """
      Finds the test files under the paths, decides each case's application and compares the \
      decision with what the case expects (README "Testing rules"). A test file's "rules" names \
      the rules it tests; for one that names none, --rules, else the .yici files under the \
      paths, else rules/. Exits 1 when a case fails or cannot run, or the coverage is below \
      --min-coverage.
      """)

  @Argument(help: "Test files (*.test.json) or folders that hold them.")
  var paths: [String] = ["."]

  @Option(name: .customLong("rules"), help: "Rule files or folders for test files that name none.")
  var rules: [String] = []

  @Option(help: "Output format: text, json or junit (JUnit XML, for CI).")
  var format: TestFormat = .text

  @Flag(help: "Print which conditions, material `when`s and waiver clauses the tests saw hold and fail.")
  var coverage = false

  @Option(help: "Fail when the coverage is below this percentage.")
  var minCoverage: Double?

  @Option(help: "Colour diagnostics: auto (on a terminal), always, never.")
  var color: ColorChoice = .auto

  func run() throws {
    let files: [String]
    var defaultRules = rules
    do {
      files = try TestRunner.testFiles(under: paths)
      if defaultRules.isEmpty { defaultRules = try RuleSources.files(paths) }
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage)
    }
    guard !files.isEmpty else {
      Terminal.error("no test files (*.test.json) under \(paths.joined(separator: ", "))")
      throw ExitCode(ExitStatus.usage)
    }
    let report = TestRunner(defaultRules: defaultRules.isEmpty ? ["rules"] : defaultRules).run(files)
    let renderer = DiagnosticRenderer(colored: Terminal.shouldColor(.error, color))
    for diagnostic in report.ruleErrors { Terminal.write(renderer.render(diagnostic) + "\n", to: .error) }
    switch format {
    case .text:
      Terminal.write(report.text)
      if coverage { Terminal.write(report.coverage.text) }
    case .json: Terminal.write(report.json)
    case .junit: Terminal.write(report.junit)
    }
    var succeeded = report.succeeded
    if let minCoverage, report.coverage.percent < minCoverage {
      Terminal.error("coverage \(report.coverage.percentText) is below the minimum of \(minCoverage)%")
      succeeded = false
    }
    if !succeeded { throw ExitCode(ExitStatus.rulesHaveErrors) }
  }
}

/// `--format text|json|junit`.
enum TestFormat: String, CaseIterable, ExpressibleByArgument {
  case text, json, junit
}
