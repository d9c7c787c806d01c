import YiciEvaluation
import YiciInterchange

/// Decides interchange JSON applications one after another, keeping its working memory
/// from one to the next: the fastest way to decide many (`yici eval --batch` uses one).
///
/// ```swift
/// var decider = Decider(rules, options: DecisionOptions(trace: false))
/// for line in lines {  // each line: an application's JSON bytes
///   try decider.appendDecision(json: line.span, to: &output)
/// }
/// ```
/// Each decision's bytes are those of `RuleSet.appendDecision(json:options:to:)`. A
/// decider owns what it has prepared for deciding, all made on a service's first decision:
/// the tables that bind the service's applications, the program the evaluator runs, its
/// JSON writer; and the memos of explanations and `required` lists, which grow with the
/// distinct texts written and are bounded. Its memory grows with the services it decides,
/// not with those in the rule set. Make one per thread (the `RuleSet` behind it is shared;
/// copies of a decider share its writers and memos).
public struct Decider: LineDecider {
  /// The rules deciding.
  public let ruleSet: RuleSet
  /// How every application is decided.
  public let options: DecisionOptions
  private var decoded = ApplicationDecoder.Decoded()
  private var verdicts = Verdicts(conditions: 0, materials: 0)
  private var programs = ServicePrograms()
  private let writers: DecisionWriters

  /// A decider for the rules, with the options for every decision.
  public init(_ ruleSet: RuleSet, options: DecisionOptions = DecisionOptions()) {
    self.ruleSet = ruleSet
    self.options = options
    writers = DecisionWriters(language: options.language, revision: options.revision)
  }

  /// Decides an application given as interchange JSON and appends the decision's JSON to
  /// `buffer` (nothing is appended when it throws).
  public mutating func appendDecision(json: Span<UInt8>, to buffer: inout [UInt8]) throws(DecisionError) {
    let serviceIndex: Int
    do {
      serviceIndex = try ruleSet.decoder.decode(json, date: options.date, into: &decoded)
    } catch {
      throw .invalidApplication(error)
    }
    guard serviceIndex < ruleSet.compiled.services.count else {
      try appendBundleDecision(serviceIndex, to: &buffer)
      return
    }
    let service = ruleSet.compiled.services[serviceIndex]
    let program = programs.program(serviceIndex, service)
    if options.trace {
      try ruleSet.decide(decoded.application, by: program, options: options).appendJSON(to: &buffer)
      return
    }
    do {
      try Evaluator.verdicts(for: decoded.application, by: program, into: &verdicts)
    } catch {
      throw .cannotDecide(error)
    }
    writers.writer(serviceIndex, service).append(
      verdicts, for: decoded.application, explain: options.explanation, to: &buffer)
  }
}

extension Decider {
  /// A bundle's decision (`target` past the services): written from its verdicts by the
  /// bundle's writer, or, with a trace, from its `Decision`.
  private mutating func appendBundleDecision(_ target: Int, to buffer: inout [UInt8]) throws(DecisionError) {
    let services = ruleSet.compiled.services
    var programs = self.programs
    defer { self.programs = programs }
    guard !options.trace else {
      try ruleSet.decideBundle(decoded.application, target: target, options: options) {
        programs.program($0, services[$0])
      }.appendJSON(to: &buffer)
      return
    }
    let bundle = ruleSet.compiled.bundles[target - services.count]
    let found: BundleVerdicts
    do {
      found = try BundleEvaluator.verdicts(decoded.application, bundle: bundle, services: services) {
        programs.program($0, services[$0])
      }
    } catch {
      throw .cannotDecide(error)
    }
    writers.bundleWriter(target, bundle, services: services).append(
      found, for: decoded.application, writers: writers, explain: options.explanation, to: &buffer)
  }
}
