import ArgumentParser
import Foundation
import Yici
import YiciInterchange

/// `yici eval`: decide one application, or a batch of them, against the rules.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Decide applications: accepted, accepted with waiver, needs correction, needs information or rejected.",
    discussion: """
      An application is interchange JSON (see the README). With --batch, each line of a JSON Lines \
      file is one application and each output line one JSON decision, in order; a line that is not \
      a valid application gives {"line": N, "error": "…"} and the batch goes on. \
      Every input line gives exactly one output line, a blank line an error object too. \
      Exits 65 when an application (or any batch line) is invalid, 74 when the output cannot be \
      written (a full disk, a closed pipe).
      """)

  @OptionGroup var rules: RuleOptions

  @Option(name: .shortAndLong, help: ArgumentHelp("The application (JSON); - reads standard input.", valueName: "file"))
  var application: String?

  @Option(
    help: ArgumentHelp("Decide every line of a JSON Lines file; - reads standard input.", valueName: "file.jsonl"))
  var batch: String?

  @Option(
    help: ArgumentHelp(
      "With --batch, decide on this many threads (default: every core); the output is the same.",
      valueName: "n"))
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  /// The block size of a parallel batch, for tests (`YICI_BATCH_BLOCK_BYTES`); nil: the library's.
  private var blockBytes: Int? {
    ProcessInfo.processInfo.environment["YICI_BATCH_BLOCK_BYTES"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
  }

  @Option(help: "Output format: text (the explanation) or json (the decision). --batch always writes JSON.")
  var format: OutputFormat = .text

  @Flag(help: "Indent the JSON decision (one application only).")
  var pretty = false

  @Flag(help: "Print the one-time notice (一次性告知书) to hand the applicant, instead of the explanation.")
  var notice = false

  @Option(help: "Language of the explanation: zh or en.")
  var lang: Language = .zh

  @Option(help: ArgumentHelp("Decide on this date (YYYY-MM-DD) instead of the application's.", valueName: "date"))
  var date: String?

  @Flag(
    inversion: .prefixedNo,
    help: "Include the trace of every condition and material (default: on for one application, off for --batch).")
  var trace: Bool?

  @Flag(
    help: "Write the rules' revision (a content hash of the rule files) in each decision, as `yici serve` does.")
  var revision = false

  func validate() throws {
    guard (application == nil) != (batch == nil) else {
      throw ValidationError("give exactly one of --application FILE or --batch FILE.jsonl")
    }
    if notice && (batch != nil || format == .json) {
      throw ValidationError("--notice prints text for one application; leave out --batch and --format json")
    }
    guard (1...1024).contains(jobs) else {
      throw ValidationError("--jobs takes a number of threads from 1 to 1024, not \(jobs)")
    }
    if let date, CivilDate(iso: date) == nil {
      throw ValidationError("--date takes a date as YYYY-MM-DD, not '\(date)'")
    }
  }

  func run() throws {
    let sources = try rules.sources()
    let ruleSet = RuleSet(sources: sources)
    guard ruleSet.errors.isEmpty else {
      rules.report(ruleSet.diagnostics)
      Terminal.write("cannot decide: the rules have \(RuleOptions.summary(ruleSet.diagnostics))\n", to: .error)
      throw ExitCode(ExitStatus.rulesHaveErrors)
    }
    var options = DecisionOptions(language: lang, date: date.flatMap { CivilDate(iso: $0) })
    if revision {
      options.revision = RuleRevision.of(sources, context: RuleSources.context(for: sources, paths: rules.paths))
    }
    if let batch {
      options.trace = trace ?? false
      var replica: (@Sendable () -> RuleSet)?
      if BatchRunner.replicates(ruleSet) { replica = { RuleSet(sources: sources) } }
      let runner = BatchRunner(
        ruleSet: ruleSet, options: options, jobs: jobs, blockBytes: blockBytes, replica: replica)
      let failures: Int
      do {
        failures = try runner.run(path: batch)
      } catch let failure as BatchRunner.ReadFailure {
        Terminal.error(failure.message)
        throw ExitCode(ExitStatus.usage)
      } catch {
        Terminal.error("\(error)")
        throw ExitCode(ExitStatus.outputFailed)
      }
      if failures > 0 { throw ExitCode(ExitStatus.badInput) }
      return
    }
    let path = application!
    guard let input = Terminal.readInput(path) else {
      Terminal.error("cannot read \(path)")
      throw ExitCode(ExitStatus.usage)
    }
    options.trace = trace ?? true
    try decideOne(input, path: path, ruleSet: ruleSet, options: options)
  }

  private func decideOne(_ input: [UInt8], path: String, ruleSet: RuleSet, options: DecisionOptions) throws {
    do {
      let decision = try ruleSet.decide(json: input, options: options)
      switch format {
      case .text:
        Terminal.write(notice ? ruleSet.notice(for: decision, language: options.language) ?? "" : decision.explanation)
      case .json: Terminal.write(bytes: (pretty ? PrettyJSON.format(decision.jsonBytes) : decision.jsonBytes) + [0x0A])
      }
    } catch .invalidApplication(let error) {
      let name = path == "-" ? "<stdin>" : path
      Terminal.error("\(name): invalid application: \(error)")
      throw ExitCode(ExitStatus.badInput)
    } catch .cannotDecide(let error) {
      Terminal.error("cannot decide: \(error)")
      throw ExitCode(ExitStatus.badInput)
    }
  }
}

extension Language: ExpressibleByArgument {}
