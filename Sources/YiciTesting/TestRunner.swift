import Foundation
import Yici

/// Runs test files: loads the rules each names (once for files that name the same), decides
/// each case's application, compares the decision with the expectation, and records what the
/// decisions saw for the coverage.
public struct TestRunner {
  /// The rules of test files that name none.
  public var defaultRules: [String]

  /// A runner whose test files without `"rules"` test `defaultRules`.
  public init(defaultRules: [String]) {
    self.defaultRules = defaultRules
  }

  /// The test files (`*.test.json`) under the paths (files or folders), in path order.
  public static func testFiles(under paths: [String]) throws(RuleSources.LoadError) -> [String] {
    try RuleSources.files(paths, suffix: ".test.json")
  }

  /// Runs every test file at the paths given.
  public func run(_ paths: [String]) -> TestReport {
    var report = TestReport()
    var loaded: [String: Result<RuleSet, TestFileError>] = [:]
    for path in paths {
      report.files.append(path)
      let file: TestFile
      do {
        file = try TestFile.read(path)
      } catch {
        report.cases.append(CaseResult(file: path, name: "(the file)", status: .error, error: error.description))
        continue
      }
      let rulePaths = file.rules ?? defaultRules
      let key = rulePaths.joined(separator: "\u{0}")
      if loaded[key] == nil {
        let result: Result<RuleSet, TestFileError>
        do throws(RuleSources.LoadError) {
          result = .success(try RuleSet.load(paths: rulePaths))
        } catch {
          result = .failure(TestFileError(error.description))
        }
        if case .success(let rules) = result {
          report.ruleErrors += rules.errors
          report.coverage.add(rules, key: key)
        }
        loaded[key] = result
      }
      for testCase in file.cases {
        switch loaded[key]! {
        case .failure(let error):
          report.cases.append(CaseResult(file: path, name: testCase.name, status: .error, error: error.description))
        case .success(let rules) where !rules.errors.isEmpty:
          let error = "the rules have \(rules.errors.count) error\(rules.errors.count == 1 ? "" : "s")"
          report.cases.append(CaseResult(file: path, name: testCase.name, status: .error, error: error))
        case .success(let rules):
          report.cases.append(Self.run(testCase, in: path, rules: rules, key: key, coverage: &report.coverage))
        }
      }
    }
    return report
  }

  /// Decides one case and compares.
  private static func run(
    _ testCase: TestCase, in file: String, rules: RuleSet, key: String, coverage: inout Coverage
  ) -> CaseResult {
    var result = CaseResult(file: file, name: testCase.name, status: .passed)
    var options = DecisionOptions()
    if let date = testCase.date {
      guard let day = CivilDate(iso: date) else {
        result.status = .error
        result.error = "\"date\" must be YYYY-MM-DD, not \(date)"
        return result
      }
      options.date = day
    }
    do {
      let decision = try rules.decide(json: testCase.application, options: options)
      result.service = decision.service
      coverage.record(decision, key: key)
      var english: Decision?
      if testCase.expectation.explanation.contains(where: { $0.language == "en" }) {
        options.language = .en
        english = try rules.decide(json: testCase.application, options: options)
      }
      result.mismatches = testCase.expectation.mismatches(decision, english: english)
      result.status = result.mismatches.isEmpty ? .passed : .failed
    } catch {
      result.status = .error
      result.error = "\(testCase.applicationPath): \(error.description)"
    }
    return result
  }
}
